//! Assignment bundles (agency → expert). The agency seals the agency data
//! for one expert; the expert's side opens it only after the signature, the
//! recipient, the expiry, the sequence and every hash check out — before a
//! byte is decrypted, and before anything else changes.

use chrono::{DateTime, Utc};
use reviewdesk_domain::{CallId, ExpertId};
use zeroize::Zeroizing;

use crate::archive::{self, Limits};
use crate::keys::{KeyPair, PublicKeys, encrypt_to};
use crate::manifest::{
    self, BUNDLE_FORMAT, BundleManifest, CONTENT, Entry, FORMAT_VERSION, Fields as _, NAMES,
};
use crate::{ExchangeError, timestamp};

/// What the agency says about a bundle it issues.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BundleInfo {
    pub bundle_id: String,
    pub call_id: CallId,
    pub expert_id: ExpertId,
    pub sequence: u64,
    pub issued_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

/// Seals `content` (agency data JSON) for one expert.
pub fn seal(
    agency: &KeyPair,
    expert: &PublicKeys,
    info: &BundleInfo,
    content: &[u8],
) -> Result<Vec<u8>, ExchangeError> {
    let ciphertext = encrypt_to(expert, content)?;
    let manifest = BundleManifest {
        format: BUNDLE_FORMAT.to_owned(),
        version: FORMAT_VERSION,
        bundle_id: info.bundle_id.clone(),
        call_id: info.call_id.clone(),
        expert_id: info.expert_id.clone(),
        sequence: info.sequence,
        issued_at: timestamp(info.issued_at),
        expires_at: timestamp(info.expires_at),
        agency_key: agency.public().signing,
        recipient: expert.encryption.clone(),
        entries: vec![Entry::of(CONTENT, &ciphertext)],
    };
    let manifest_bytes = manifest::to_canonical(&manifest);
    Ok(manifest::signed_container(
        agency,
        &manifest_bytes,
        &ciphertext,
    ))
}

/// Who is opening a bundle, and what they already have.
pub struct Opener<'a> {
    pub expert_id: &'a ExpertId,
    pub keys: &'a KeyPair,
    /// The agency's keys as pinned at enrollment.
    pub agency: &'a PublicKeys,
    /// The sequence of the bundle installed for a call, if any.
    pub installed_sequence: &'a dyn Fn(&CallId) -> Option<u64>,
    pub now: DateTime<Utc>,
    pub limits: Limits,
}

impl std::fmt::Debug for Opener<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Opener")
            .field("expert_id", &self.expert_id)
            .field("now", &self.now)
            .finish_non_exhaustive()
    }
}

/// A bundle that passed every check, with its content decrypted.
#[derive(Debug)]
pub struct OpenedBundle {
    pub manifest: BundleManifest,
    pub content: Zeroizing<Vec<u8>>,
}

/// Checks a bundle and decrypts its content; refuses it whole otherwise.
/// The encryption key a bundle is sealed for, read without checking its
/// signature: for its issuer, deciding whether a bundle it holds still
/// reaches the expert (whose key may have changed since). Never act on it
/// as the recipient.
pub fn sealed_for(bytes: &[u8], limits: Limits) -> Result<String, ExchangeError> {
    let container = archive::read(bytes, "bundle", &NAMES, limits)?;
    let manifest: BundleManifest = manifest::parse(container.manifest, BUNDLE_FORMAT)?;
    Ok(manifest.recipient)
}

pub fn open(bytes: &[u8], opener: &Opener<'_>) -> Result<OpenedBundle, ExchangeError> {
    let container = archive::read(bytes, "bundle", &NAMES, opener.limits)?;
    let manifest: BundleManifest = manifest::parse(container.manifest, BUNDLE_FORMAT)?;
    opener
        .agency
        .verify(container.manifest, container.signature)?;
    manifest.check_fields()?;
    if manifest.expert_id != opener.expert_id
        || manifest.recipient != opener.keys.public().encryption
    {
        return Err(ExchangeError::WrongRecipient);
    }
    let expires_at = crate::parse_timestamp(&manifest.expires_at, "bundle")?;
    if opener.now > expires_at {
        return Err(ExchangeError::Expired {
            expires_at: manifest.expires_at,
        });
    }
    if let Some(installed) =
        (opener.installed_sequence)(&manifest.call_id).filter(|i| manifest.sequence < *i)
    {
        return Err(ExchangeError::Rollback {
            sequence: manifest.sequence,
            installed,
        });
    }
    let ciphertext = checked_content(&manifest.entries, container.content, "bundle")?;
    let content = opener.keys.decrypt(ciphertext)?;
    Ok(OpenedBundle { manifest, content })
}

/// The content entry, once the manifest vouches for exactly it.
pub(crate) fn checked_content<'a>(
    vouched: &[Entry],
    content: &'a [u8],
    kind: &'static str,
) -> Result<&'a [u8], ExchangeError> {
    match vouched {
        [entry] if entry.name == CONTENT => {
            if entry.matches(content) {
                Ok(content)
            } else {
                Err(ExchangeError::HashMismatch {
                    name: CONTENT.to_owned(),
                })
            }
        }
        _ => Err(ExchangeError::Malformed {
            kind,
            detail: "the manifest must list exactly content.age".into(),
        }),
    }
}

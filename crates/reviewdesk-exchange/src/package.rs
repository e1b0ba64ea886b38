//! Score packages (expert → agency). The expert seals their submitted sheets
//! and recusals, signed, chained to their previous package and encrypted to
//! the agency. Anyone holding the package can check its signature and hashes;
//! only the agency can read it.

use chrono::{DateTime, Utc};
use reviewdesk_domain::{CallId, ExpertId, PackageId};
use zeroize::Zeroizing;

use crate::archive::{self, Limits};
use crate::bundle::checked_content;
use crate::key_history::{self, EnrolledKey};
use crate::keys::{KeyPair, PublicKeys, encrypt_to};
use crate::manifest::{
    self, CONTENT, Entry, FORMAT_VERSION, Fields as _, NAMES, PACKAGE_FORMAT, PackageManifest,
};
use crate::{ExchangeError, timestamp};

/// What the expert's side says about a package it makes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackageInfo {
    pub package_id: PackageId,
    pub call_id: CallId,
    pub expert_id: ExpertId,
    pub sequence: u64,
    /// `manifest_digest` of the previous package; `None` for the first.
    pub previous: Option<String>,
    pub created_at: DateTime<Utc>,
}

/// A sealed package: the file's bytes, and its manifest bytes for chaining.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SealedPackage {
    pub bytes: Vec<u8>,
    pub manifest_bytes: Vec<u8>,
}

pub fn seal(
    expert: &KeyPair,
    agency: &PublicKeys,
    info: &PackageInfo,
    content: &[u8],
) -> Result<SealedPackage, ExchangeError> {
    let ciphertext = encrypt_to(agency, content)?;
    let manifest = PackageManifest {
        format: PACKAGE_FORMAT.to_owned(),
        version: FORMAT_VERSION,
        package_id: info.package_id.clone(),
        call_id: info.call_id.clone(),
        expert_id: info.expert_id.clone(),
        sequence: info.sequence,
        previous: info.previous.clone(),
        created_at: timestamp(info.created_at),
        expert_key: expert.public().signing,
        recipient: agency.encryption.clone(),
        entries: vec![Entry::of(CONTENT, &ciphertext)],
    };
    let manifest_bytes = manifest::to_canonical(&manifest);
    Ok(SealedPackage {
        bytes: manifest::signed_container(expert, &manifest_bytes, &ciphertext),
        manifest_bytes,
    })
}

/// A package whose signature and hashes hold; still encrypted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifiedPackage {
    pub manifest: PackageManifest,
    pub manifest_bytes: Vec<u8>,
    ciphertext: Vec<u8>,
}

impl VerifiedPackage {
    /// Decrypts the content with the agency's keys.
    pub fn open(&self, agency: &KeyPair) -> Result<Zeroizing<Vec<u8>>, ExchangeError> {
        agency.decrypt(&self.ciphertext)
    }
}

/// The expert a package is checked against: their id and every key the
/// agency enrolled for them, each with the places in their chain it signs.
#[derive(Debug, Clone, Copy)]
pub struct RegisteredExpert<'a> {
    pub expert_id: &'a str,
    pub keys: &'a [EnrolledKey],
}

/// Checks a package: its fields, its signature by the expert's signing key —
/// `expert`, as registered by the agency, who must be the expert the manifest
/// names; or when `None` the key the manifest names (which proves the package
/// intact, not who made it) — its address to the `agency`, and its hashes.
/// The signature is checked before the content is looked at.
pub fn verify(
    bytes: &[u8],
    expert: Option<RegisteredExpert<'_>>,
    agency: &PublicKeys,
    limits: Limits,
) -> Result<VerifiedPackage, ExchangeError> {
    let container = archive::read(bytes, "package", &NAMES, limits)?;
    let manifest: PackageManifest = manifest::parse(container.manifest, PACKAGE_FORMAT)?;
    let enrolled = match expert {
        Some(registered) => Some(
            key_history::find(registered.keys, &manifest.expert_key)
                .ok_or(ExchangeError::BadSignature)?,
        ),
        None => None,
    };
    let signer = match enrolled {
        Some(key) => key.keys.clone(),
        None => PublicKeys {
            signing: manifest.expert_key.clone(),
            encryption: String::new(),
        },
    };
    signer.verify(container.manifest, container.signature)?;
    manifest.check_fields()?;
    // A revoked key signed only the places up to the chain head at its
    // revocation; a key enrolled later, only the places after.
    if enrolled.is_some_and(|key| !key.signs(manifest.sequence)) {
        return Err(ExchangeError::RevokedKey {
            sequence: manifest.sequence,
        });
    }
    // Signed with that expert's key, and naming that expert: a key vouches
    // for its own expert only.
    if let Some(registered) = expert.filter(|r| r.expert_id != manifest.expert_id) {
        return Err(ExchangeError::WrongExpert {
            named: manifest.expert_id.into_string(),
            registered: registered.expert_id.to_owned(),
        });
    }
    if manifest.recipient != agency.encryption {
        return Err(ExchangeError::WrongRecipient);
    }
    let ciphertext = checked_content(&manifest.entries, container.content, "package")?;
    Ok(VerifiedPackage {
        manifest,
        manifest_bytes: container.manifest.to_vec(),
        ciphertext: ciphertext.to_vec(),
    })
}

/// The manifest a package claims, read without checking its signature: only to
/// learn whom to verify it against. Never act on it before `verify`.
pub fn peek(bytes: &[u8], limits: Limits) -> Result<PackageManifest, ExchangeError> {
    let container = archive::read(bytes, "package", &NAMES, limits)?;
    manifest::parse(container.manifest, PACKAGE_FORMAT)
}

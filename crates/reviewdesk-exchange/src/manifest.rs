//! Manifests: what a bundle or package is, who made it for whom, and the
//! SHA-256 of every other entry. A manifest's bytes are canonical — compact
//! JSON, fields in the documented order — so that exactly one byte string
//! carries a given manifest, and the signature covers those bytes.

use reviewdesk_domain::{CallId, ExpertId, PackageId};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use sha2::{Digest as _, Sha256};

use crate::ExchangeError;

pub const BUNDLE_FORMAT: &str = "reviewdesk.bundle";
pub const PACKAGE_FORMAT: &str = "reviewdesk.package";
pub const FORMAT_VERSION: u32 = 1;

/// The entry names of both containers, in the order they are written.
pub const MANIFEST: &str = "manifest.json";
pub const SIGNATURE: &str = "manifest.sig";
pub const CONTENT: &str = "content.age";
pub(crate) const NAMES: [&str; 3] = [MANIFEST, SIGNATURE, CONTENT];

/// One entry the manifest vouches for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub name: String,
    pub size: u64,
    /// Lowercase hex.
    pub sha256: String,
}

impl Entry {
    pub(crate) fn of(name: &str, bytes: &[u8]) -> Self {
        Self {
            name: name.to_owned(),
            size: bytes.len() as u64,
            sha256: sha256_hex(bytes),
        }
    }

    pub(crate) fn matches(&self, bytes: &[u8]) -> bool {
        self.size == bytes.len() as u64 && self.sha256 == sha256_hex(bytes)
    }
}

/// An assignment bundle: the agency's data for one expert.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BundleManifest {
    pub format: String,
    pub version: u32,
    /// A UUID.
    pub bundle_id: String,
    pub call_id: CallId,
    pub expert_id: ExpertId,
    /// Grows with every bundle issued to this expert for this call.
    pub sequence: u64,
    /// RFC 3339, UTC, whole seconds (`2025-11-25T08:00:00Z`).
    pub issued_at: String,
    pub expires_at: String,
    /// The agency's signing key.
    pub agency_key: String,
    /// The expert's age recipient the content is encrypted to.
    pub recipient: String,
    pub entries: Vec<Entry>,
}

/// A score package: an expert's submitted sheets and recusals for the agency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackageManifest {
    pub format: String,
    pub version: u32,
    /// A UUID; also the idempotency key of its upload.
    pub package_id: PackageId,
    pub call_id: CallId,
    pub expert_id: ExpertId,
    /// 1 for the expert's first package, then one more each time.
    pub sequence: u64,
    /// SHA-256 (hex) of the previous package's manifest bytes; `null` for the first.
    pub previous: Option<String>,
    pub created_at: String,
    /// The expert's signing key.
    pub expert_key: String,
    /// The agency's age recipient the content is encrypted to.
    pub recipient: String,
    pub entries: Vec<Entry>,
}

pub(crate) fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// The SHA-256 of a manifest's bytes, as the next package's `previous`.
pub fn manifest_digest(manifest_bytes: &[u8]) -> String {
    sha256_hex(manifest_bytes)
}

pub(crate) fn to_canonical<T: Serialize>(manifest: &T) -> Vec<u8> {
    // Serializing plain structs of strings and integers cannot fail.
    serde_json::to_vec(manifest).expect("manifest serializes")
}

/// Parses manifest bytes of the expected `format`, refusing another kind, a
/// version this build does not read, or bytes that are not canonical.
pub(crate) fn parse<T: Serialize + DeserializeOwned + Fields>(
    bytes: &[u8],
    format: &'static str,
) -> Result<T, ExchangeError> {
    let kind = if format == BUNDLE_FORMAT {
        "bundle"
    } else {
        "package"
    };
    let malformed = |detail: String| ExchangeError::Malformed { kind, detail };
    let head: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|e| malformed(format!("manifest: {e}")))?;
    let found = head["format"].as_str().unwrap_or_default();
    if found != format {
        return Err(ExchangeError::WrongKind {
            expected: kind,
            found: found.to_owned(),
        });
    }
    let version = head["version"].as_u64().unwrap_or_default();
    if version != u64::from(FORMAT_VERSION) {
        return Err(ExchangeError::UnsupportedVersion {
            found: u32::try_from(version).unwrap_or(u32::MAX),
        });
    }
    let manifest: T =
        serde_json::from_value(head).map_err(|e| malformed(format!("manifest: {e}")))?;
    if to_canonical(&manifest) != bytes {
        return Err(ExchangeError::NotCanonical);
    }
    Ok(manifest)
}

/// The forms `docs/formats.md` gives each manifest field, checked once the
/// signature holds: a signed manifest is still refused when a field is out
/// of form, so every reader agrees on what a valid file is.
pub(crate) trait Fields {
    fn check_fields(&self) -> Result<(), ExchangeError>;
}

fn invalid(field: &'static str, value: impl ToString) -> ExchangeError {
    ExchangeError::InvalidField {
        field,
        value: value.to_string(),
    }
}

/// A UUID in its lowercase hyphenated form.
fn check_uuid(field: &'static str, value: &str) -> Result<(), ExchangeError> {
    match uuid::Uuid::try_parse(value) {
        Ok(id) if id.hyphenated().to_string() == value => Ok(()),
        _ => Err(invalid(field, value)),
    }
}

/// An identifier of the agency data: 1 to 128 characters, no control
/// characters, no surrounding white space.
fn check_id(field: &'static str, value: &str) -> Result<(), ExchangeError> {
    let plain = !value.is_empty()
        && value.len() <= 128
        && value.trim() == value
        && !value.chars().any(char::is_control);
    if plain {
        Ok(())
    } else {
        Err(invalid(field, value))
    }
}

/// 64 lowercase hex digits.
pub(crate) fn is_sha256_hex(value: &str) -> bool {
    value.len() == 64
        && value
            .bytes()
            .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// RFC 3339 in UTC with whole seconds: exactly what `timestamp` writes.
fn check_time(field: &'static str, value: &str) -> Result<(), ExchangeError> {
    match chrono::DateTime::parse_from_rfc3339(value) {
        Ok(time) if crate::timestamp(time.to_utc()) == value => Ok(()),
        _ => Err(invalid(field, value)),
    }
}

fn check_entries(entries: &[Entry]) -> Result<(), ExchangeError> {
    match entries {
        [entry] if entry.name == CONTENT && is_sha256_hex(&entry.sha256) => Ok(()),
        [entry] if entry.name == CONTENT => Err(invalid("entries.sha256", &entry.sha256)),
        _ => Err(invalid("entries", "must list exactly content.age")),
    }
}

impl Fields for BundleManifest {
    fn check_fields(&self) -> Result<(), ExchangeError> {
        check_uuid("bundle_id", &self.bundle_id)?;
        check_id("call_id", &self.call_id)?;
        check_id("expert_id", &self.expert_id)?;
        if self.sequence == 0 {
            return Err(invalid("sequence", self.sequence));
        }
        check_time("issued_at", &self.issued_at)?;
        check_time("expires_at", &self.expires_at)?;
        check_entries(&self.entries)
    }
}

impl Fields for PackageManifest {
    fn check_fields(&self) -> Result<(), ExchangeError> {
        check_uuid("package_id", &self.package_id)?;
        check_id("call_id", &self.call_id)?;
        check_id("expert_id", &self.expert_id)?;
        // The first package starts the chain; every later one names its
        // predecessor's digest.
        match (self.sequence, &self.previous) {
            (0, _) => return Err(invalid("sequence", self.sequence)),
            (1, Some(previous)) => return Err(invalid("previous", previous)),
            (2.., None) => return Err(invalid("previous", "null")),
            (2.., Some(previous)) if !is_sha256_hex(previous) => {
                return Err(invalid("previous", previous));
            }
            _ => {}
        }
        check_time("created_at", &self.created_at)?;
        check_entries(&self.entries)
    }
}

/// The zip of a bundle or package: the manifest's bytes, `signer`'s signature
/// of them, and the encrypted content, in that order.
pub(crate) fn signed_container(
    signer: &crate::KeyPair,
    manifest_bytes: &[u8],
    ciphertext: &[u8],
) -> Vec<u8> {
    let signature = signer.sign(manifest_bytes);
    crate::archive::write(&[
        (MANIFEST, manifest_bytes),
        (SIGNATURE, &signature),
        (CONTENT, ciphertext),
    ])
}

//! Manifests: what a bundle or package is, who made it for whom, and the
//! SHA-256 of every other entry. A manifest's bytes are canonical — compact
//! JSON, fields in the documented order — so that exactly one byte string
//! carries a given manifest, and the signature covers those bytes.

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
    pub call_id: String,
    pub expert_id: String,
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
    pub package_id: String,
    pub call_id: String,
    pub expert_id: String,
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
pub(crate) fn parse<T: Serialize + DeserializeOwned>(
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

//! Receipts: the agency's signed acknowledgement that a package arrived and
//! was accepted. The expert keeps it as proof of delivery.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Utc};
use reviewdesk_domain::{ExpertId, PackageId};
use serde::{Deserialize, Serialize};

use crate::keys::{KeyPair, PublicKeys};
use crate::manifest::{FORMAT_VERSION, to_canonical};
use crate::{ExchangeError, timestamp};

pub const RECEIPT_FORMAT: &str = "reviewdesk.receipt";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReceiptBody {
    pub format: String,
    pub version: u32,
    pub package_id: PackageId,
    pub expert_id: ExpertId,
    pub sequence: u64,
    /// SHA-256 (hex) of the package's manifest bytes.
    pub manifest_digest: String,
    pub received_at: String,
}

/// A receipt: the body and the agency's signature of its canonical bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Receipt {
    pub body: ReceiptBody,
    pub signature: String,
}

pub fn issue(
    agency: &KeyPair,
    package_id: &PackageId,
    expert_id: &ExpertId,
    sequence: u64,
    manifest_digest: &str,
    now: DateTime<Utc>,
) -> Receipt {
    let body = ReceiptBody {
        format: RECEIPT_FORMAT.to_owned(),
        version: FORMAT_VERSION,
        package_id: package_id.into(),
        expert_id: expert_id.into(),
        sequence,
        manifest_digest: manifest_digest.to_owned(),
        received_at: timestamp(now),
    };
    let signature = URL_SAFE_NO_PAD.encode(agency.sign(&to_canonical(&body)));
    Receipt { body, signature }
}

/// Checks a receipt against the pinned agency keys and the package it should
/// acknowledge.
pub fn verify(
    receipt: &Receipt,
    agency: &PublicKeys,
    package_id: &PackageId,
    manifest_digest: &str,
) -> Result<(), ExchangeError> {
    let signature = URL_SAFE_NO_PAD
        .decode(&receipt.signature)
        .map_err(|_| ExchangeError::BadSignature)?;
    agency.verify(&to_canonical(&receipt.body), &signature)?;
    if receipt.body.package_id != package_id || receipt.body.manifest_digest != manifest_digest {
        return Err(ExchangeError::WrongRecipient);
    }
    Ok(())
}

//! Checking a minutes PDF from anywhere — a printed copy's file, an e-mail —
//! with nothing but the agency's public key: the content it carries must
//! give the digest the agency sealed, and each expert's signature must hold
//! over that digest. What the PDF prints is drawn from that content; its
//! footer names the same digest.

use std::collections::BTreeMap;

use reviewdesk_domain::{CallId, ErrorCode, ExpertId, LocalizedText, Problem};
use reviewdesk_exchange::signed_minutes::{self, MAX_SEAL_BYTES};
use reviewdesk_exchange::{ExchangeError, PublicKeys};
use reviewdesk_minutes::attachments::{AttachmentError, attachment};
use reviewdesk_minutes::minutes::{CONTENT_ATTACHMENT, Minutes, SEAL_ATTACHMENT};

use crate::CoreError;
use crate::staff::documents::fingerprint;

/// The largest content a minutes PDF may carry.
const MAX_CONTENT_BYTES: usize = 32 << 20;

/// What checking a minutes PDF found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MinutesCheck {
    pub call_id: CallId,
    /// SHA-256 (hex) of the content, as recomputed — the one sealed.
    pub digest: String,
    /// When the chair fixed the content for signing; `None` if never.
    pub fixed_at: Option<String>,
    pub sealed_at: String,
    pub demands: usize,
    pub signatures: Vec<SignatureCheck>,
    /// The experts the minutes name who did not sign.
    pub unsigned: Vec<(ExpertId, LocalizedText)>,
}

/// One expert's signature as checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignatureCheck {
    pub expert_id: ExpertId,
    /// As the minutes name them; `None` for a signer they do not name.
    pub name: Option<LocalizedText>,
    pub signed_at: String,
    /// SHA-256 (hex) of the key that signed.
    pub key_fingerprint: String,
    /// `None` when it holds; else why not.
    pub problem: Option<Problem>,
}

impl MinutesCheck {
    /// Whether every signature holds.
    pub fn holds(&self) -> bool {
        self.signatures.iter().all(|s| s.problem.is_none())
    }
}

/// Checks the minutes PDF `pdf` (read from `source`, named in errors)
/// against the agency's public keys.
pub fn verify_minutes(
    pdf: &[u8],
    source: &str,
    agency: &PublicKeys,
) -> Result<MinutesCheck, CoreError> {
    let unsealed = |detail: String| {
        CoreError::new(ErrorCode::MinutesUnsealed, detail.clone())
            .with("path", source)
            .with("detail", detail)
    };
    let read = |name: &str, limit: usize| match attachment(pdf, name, limit) {
        Ok(Some(bytes)) => Ok(bytes),
        Ok(None) => Err(unsealed(format!("no attachment {name}"))),
        Err(AttachmentError::TooLarge { size, limit }) => {
            Err(CoreError::from(ExchangeError::TooLarge {
                size: size as u64,
                limit: limit as u64,
            }))
        }
        Err(error) => Err(unsealed(error.to_string())),
    };
    let content = read(CONTENT_ATTACHMENT, MAX_CONTENT_BYTES)?;
    let seal = read(SEAL_ATTACHMENT, MAX_SEAL_BYTES)?;
    let (seal, checked) =
        signed_minutes::verify(&content, &seal, agency).map_err(|error| match error {
            ExchangeError::HashMismatch { .. } => CoreError::new(
                ErrorCode::MinutesAltered,
                "the content does not give the sealed digest",
            ),
            other => other.into(),
        })?;
    let minutes: Minutes = serde_json::from_slice(&content).map_err(|e| {
        CoreError::from(ExchangeError::Malformed {
            kind: "minutes content",
            detail: e.to_string(),
        })
    })?;
    let names: BTreeMap<&ExpertId, &LocalizedText> =
        minutes.experts.iter().map(|e| (&e.id, &e.name)).collect();
    let signatures: Vec<SignatureCheck> = checked
        .into_iter()
        .map(|check| {
            let signature = check.signature;
            let name = names.get(&signature.expert_id).map(|n| (*n).clone());
            let problem = match (check.refused, &name) {
                (Some(refused), _) => Some(Problem::from(&CoreError::from(refused))),
                (None, None) => Some(Problem::from(
                    &CoreError::new(ErrorCode::MinutesNotOnPanel, "not named")
                        .with("expert", &signature.expert_id),
                )),
                (None, Some(_)) => None,
            };
            SignatureCheck {
                // As the minutes print key fingerprints.
                key_fingerprint: fingerprint(&signature.signing_key),
                expert_id: signature.expert_id,
                name,
                signed_at: signature.signed_at,
                problem,
            }
        })
        .collect();
    let unsigned = minutes
        .experts
        .iter()
        .filter(|e| !signatures.iter().any(|s| s.expert_id == e.id))
        .map(|e| (e.id.clone(), e.name.clone()))
        .collect();
    Ok(MinutesCheck {
        call_id: seal.call_id,
        digest: seal.digest,
        fixed_at: seal.fixed_at,
        sealed_at: seal.sealed_at,
        demands: minutes.demands.len(),
        signatures,
        unsigned,
    })
}

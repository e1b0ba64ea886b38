//! Minutes the panel signs. The chair fixes the minutes' content — bytes of
//! JSON this crate does not read — and its digest, SHA-256 of exactly those
//! bytes; each expert signs the digest with their key; the agency key seals
//! the digest with every signature and the key that made it. A copy of the
//! minutes carries the content and the seal, so anyone with the agency's
//! public key can recompute the digest and check each signature.
//! `docs/formats.md` ("Signed minutes") specifies both.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Utc};
use reviewdesk_domain::{CallId, ExpertId};
use serde::{Deserialize, Serialize};
use sha2::{Digest as _, Sha256};

use crate::keys::{KeyPair, PublicKeys};
use crate::manifest::{FORMAT_VERSION, to_canonical};
use crate::{ExchangeError, timestamp};

pub const MINUTES_SIGNATURE_FORMAT: &str = "reviewdesk.minutes-signature";
pub const MINUTES_SEAL_FORMAT: &str = "reviewdesk.minutes-seal";

/// The most a seal's JSON may take: a panel's signatures are a few hundred
/// bytes each.
pub const MAX_SEAL_BYTES: usize = 1 << 20;
/// The most signatures one seal may hold: more than any panel has experts.
pub const MAX_SIGNATURES: usize = 100;

/// SHA-256 (hex) of the minutes' content bytes.
pub fn content_digest(content: &[u8]) -> String {
    hex::encode(Sha256::digest(content))
}

/// What an expert's signature covers.
#[derive(Serialize)]
struct Signed<'a> {
    format: &'a str,
    version: u32,
    call_id: &'a CallId,
    expert_id: &'a ExpertId,
    digest: &'a str,
    signing_key: &'a str,
    signed_at: &'a str,
}

/// An expert's signature of the minutes' digest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MinutesSignature {
    pub call_id: CallId,
    pub expert_id: ExpertId,
    /// SHA-256 (hex) of the content signed.
    pub digest: String,
    /// The expert's Ed25519 key that signed, unpadded base64url.
    pub signing_key: String,
    pub signed_at: String,
    /// Ed25519 over the canonical signed fields, unpadded base64url.
    pub signature: String,
}

impl MinutesSignature {
    /// `expert_id`'s signature with `keys` of the minutes of `call_id` whose
    /// content has `digest`.
    pub fn sign(
        keys: &KeyPair,
        call_id: &CallId,
        expert_id: &ExpertId,
        digest: &str,
        now: DateTime<Utc>,
    ) -> Self {
        let signing_key = keys.public().signing;
        let signed_at = timestamp(now);
        let message = to_canonical(&Signed {
            format: MINUTES_SIGNATURE_FORMAT,
            version: FORMAT_VERSION,
            call_id,
            expert_id,
            digest,
            signing_key: &signing_key,
            signed_at: &signed_at,
        });
        Self {
            call_id: call_id.clone(),
            expert_id: expert_id.clone(),
            digest: digest.to_owned(),
            signature: URL_SAFE_NO_PAD.encode(keys.sign(&message)),
            signing_key,
            signed_at,
        }
    }

    /// Whether the signature is its key's over its fields.
    pub fn verify(&self) -> Result<(), ExchangeError> {
        let message = to_canonical(&Signed {
            format: MINUTES_SIGNATURE_FORMAT,
            version: FORMAT_VERSION,
            call_id: &self.call_id,
            expert_id: &self.expert_id,
            digest: &self.digest,
            signing_key: &self.signing_key,
            signed_at: &self.signed_at,
        });
        let signature = URL_SAFE_NO_PAD
            .decode(&self.signature)
            .map_err(|_| ExchangeError::BadSignature)?;
        crate::keys::verify_with(&self.signing_key, &message, &signature)
    }

    /// Whether it is the signature of `expert` (whose enrolled keys are
    /// `enrolled`) of the minutes of `call_id` with `digest`.
    pub fn check(
        &self,
        call_id: &CallId,
        digest: &str,
        enrolled: &PublicKeys,
    ) -> Result<(), ExchangeError> {
        if &self.call_id != call_id || !self.digest.eq_ignore_ascii_case(digest) {
            return Err(ExchangeError::WrongRecipient);
        }
        if self.signing_key != enrolled.signing {
            return Err(ExchangeError::BadSignature);
        }
        self.verify()
    }
}

/// What the agency seals: the minutes' digest and who signed it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MinutesSeal {
    pub format: String,
    pub version: u32,
    pub call_id: CallId,
    /// SHA-256 (hex) of the content.
    pub digest: String,
    /// When the chair fixed the content for signing; `None` for minutes
    /// never fixed, which no expert signed.
    pub fixed_at: Option<String>,
    /// Every signature the agency took, each with a key it had enrolled
    /// for that expert; experts in the content who are not here did not sign.
    pub signatures: Vec<MinutesSignature>,
    pub sealed_at: String,
}

/// A seal and the agency's signature of its canonical bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SealedMinutes {
    pub seal: MinutesSeal,
    pub signature: String,
}

impl MinutesSeal {
    pub fn new(
        call_id: &CallId,
        digest: &str,
        fixed_at: Option<&str>,
        signatures: Vec<MinutesSignature>,
        now: DateTime<Utc>,
    ) -> Self {
        Self {
            format: MINUTES_SEAL_FORMAT.to_owned(),
            version: FORMAT_VERSION,
            call_id: call_id.clone(),
            digest: digest.to_owned(),
            fixed_at: fixed_at.map(str::to_owned),
            signatures,
            sealed_at: timestamp(now),
        }
    }

    pub fn seal(self, agency: &KeyPair) -> SealedMinutes {
        let signature = URL_SAFE_NO_PAD.encode(agency.sign(&to_canonical(&self)));
        SealedMinutes {
            seal: self,
            signature,
        }
    }
}

/// `GET /v1/meeting/minutes`: the minutes the chair fixed, for the asking
/// expert to read and sign; `null` until the chair fixes them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MinutesToSign {
    pub call_id: CallId,
    /// SHA-256 (hex) of `content`'s UTF-8 bytes.
    pub digest: String,
    pub fixed_at: String,
    /// The content's JSON text, exactly as fixed.
    pub content: String,
    /// Whether the asking expert signed this digest already.
    pub signed: bool,
}

/// One signature as a check found it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedSignature {
    pub signature: MinutesSignature,
    /// `None` when it holds; else why not.
    pub refused: Option<ExchangeError>,
}

/// Checks `content` against the seal in `seal_bytes` under the `agency`'s
/// key: the seal must be the agency's, the content's digest the sealed one;
/// then each signature is checked on its own, so one bad signature is named
/// without hiding the others.
pub fn verify(
    content: &[u8],
    seal_bytes: &[u8],
    agency: &PublicKeys,
) -> Result<(MinutesSeal, Vec<CheckedSignature>), ExchangeError> {
    if seal_bytes.len() > MAX_SEAL_BYTES {
        return Err(ExchangeError::TooLarge {
            size: seal_bytes.len() as u64,
            limit: MAX_SEAL_BYTES as u64,
        });
    }
    let sealed: SealedMinutes =
        serde_json::from_slice(seal_bytes).map_err(|e| ExchangeError::Malformed {
            kind: "minutes seal",
            detail: e.to_string(),
        })?;
    if sealed.seal.signatures.len() > MAX_SIGNATURES {
        return Err(ExchangeError::TooManyEntries {
            count: sealed.seal.signatures.len(),
            limit: MAX_SIGNATURES,
        });
    }
    let signature = URL_SAFE_NO_PAD
        .decode(&sealed.signature)
        .map_err(|_| ExchangeError::BadSignature)?;
    agency.verify(&to_canonical(&sealed.seal), &signature)?;
    let seal = sealed.seal;
    if seal.format != MINUTES_SEAL_FORMAT || seal.version != FORMAT_VERSION {
        return Err(ExchangeError::Malformed {
            kind: "minutes seal",
            detail: format!("{} version {}", seal.format, seal.version),
        });
    }
    if !content_digest(content).eq_ignore_ascii_case(&seal.digest) {
        return Err(ExchangeError::HashMismatch {
            name: "minutes content".to_owned(),
        });
    }
    let checked = seal
        .signatures
        .iter()
        .map(|signature| {
            let refused = if signature.call_id != seal.call_id
                || !signature.digest.eq_ignore_ascii_case(&seal.digest)
            {
                Some(ExchangeError::WrongRecipient)
            } else {
                signature.verify().err()
            };
            CheckedSignature {
                signature: signature.clone(),
                refused,
            }
        })
        .collect();
    Ok((seal, checked))
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONTENT: &[u8] = br#"{"call_id":"CALL","demands":[]}"#;

    fn signed(expert: &KeyPair, id: &str, digest: &str) -> MinutesSignature {
        MinutesSignature::sign(
            expert,
            &CallId::from("CALL"),
            &ExpertId::from(id),
            digest,
            Utc::now(),
        )
    }

    #[test]
    fn an_experts_signature_holds_for_their_key_and_that_digest_only() {
        let expert = KeyPair::generate();
        let digest = content_digest(CONTENT);
        let signature = signed(&expert, "E01", &digest);
        let call = CallId::from("CALL");
        assert_eq!(signature.check(&call, &digest, &expert.public()), Ok(()));
        let other = KeyPair::generate();
        assert_eq!(
            signature.check(&call, &digest, &other.public()),
            Err(ExchangeError::BadSignature)
        );
        assert_eq!(
            signature.check(&call, &"0".repeat(64), &expert.public()),
            Err(ExchangeError::WrongRecipient)
        );
        let mut altered = signature.clone();
        altered.expert_id = ExpertId::from("E02");
        assert_eq!(altered.verify(), Err(ExchangeError::BadSignature));
    }

    #[test]
    fn a_seal_holds_the_content_and_names_each_bad_signature() {
        let agency = KeyPair::generate();
        let (first, second) = (KeyPair::generate(), KeyPair::generate());
        let digest = content_digest(CONTENT);
        let mut forged = signed(&second, "E02", &digest);
        forged.signed_at = "2026-01-01T00:00:00Z".to_owned();
        let sealed = MinutesSeal::new(
            &CallId::from("CALL"),
            &digest,
            Some("2026-12-03T09:00:00Z"),
            vec![signed(&first, "E01", &digest), forged],
            Utc::now(),
        )
        .seal(&agency);
        let bytes = serde_json::to_vec(&sealed).expect("json");

        let (seal, checked) = verify(CONTENT, &bytes, &agency.public()).expect("sealed");
        assert_eq!(seal.digest, digest);
        assert_eq!(checked[0].refused, None);
        assert_eq!(checked[1].refused, Some(ExchangeError::BadSignature));

        let altered = br#"{"call_id":"CALL","demands":[1]}"#;
        assert!(matches!(
            verify(altered, &bytes, &agency.public()),
            Err(ExchangeError::HashMismatch { .. })
        ));
        assert_eq!(
            verify(CONTENT, &bytes, &KeyPair::generate().public()),
            Err(ExchangeError::BadSignature)
        );
        assert!(matches!(
            verify(CONTENT, b"not json", &agency.public()),
            Err(ExchangeError::Malformed { .. })
        ));
    }

    #[test]
    fn an_oversized_seal_is_refused_before_it_is_parsed_or_checked() {
        let agency = KeyPair::generate();
        let huge = vec![b' '; MAX_SEAL_BYTES + 1];
        assert!(matches!(
            verify(CONTENT, &huge, &agency.public()),
            Err(ExchangeError::TooLarge { .. })
        ));
        let digest = content_digest(CONTENT);
        let signer = KeyPair::generate();
        let many = (0..=MAX_SIGNATURES)
            .map(|i| signed(&signer, &format!("E{i:03}"), &digest))
            .collect();
        let sealed =
            MinutesSeal::new(&CallId::from("CALL"), &digest, None, many, Utc::now()).seal(&agency);
        let bytes = serde_json::to_vec(&sealed).expect("json");
        assert!(bytes.len() <= MAX_SEAL_BYTES);
        assert!(matches!(
            verify(CONTENT, &bytes, &agency.public()),
            Err(ExchangeError::TooManyEntries { .. })
        ));
    }
}

//! Signed HTTP requests: an expert proves each request to the agency server
//! with their Ed25519 key. The signature covers the method, the path (with
//! query), a timestamp, a random nonce and the SHA-256 of the body, so a
//! request cannot be altered, and a replayed one is refused because its nonce
//! was seen (or its timestamp is too old to be remembered). The body's
//! digest travels in a header too, so the server checks the signature, the
//! clock and the nonce before it reads a byte of the body, and afterwards
//! only that the body has that digest.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Duration, Utc};
use reviewdesk_domain::ExpertId;

use crate::keys::{KeyPair, PublicKeys};
use crate::manifest::sha256_hex;
use crate::{ExchangeError, parse_timestamp, timestamp};

pub const EXPERT_HEADER: &str = "x-reviewdesk-expert";
pub const TIMESTAMP_HEADER: &str = "x-reviewdesk-timestamp";
pub const NONCE_HEADER: &str = "x-reviewdesk-nonce";
pub const SIGNATURE_HEADER: &str = "x-reviewdesk-signature";
pub const BODY_DIGEST_HEADER: &str = "x-reviewdesk-body-sha256";

/// How far a request's timestamp may be from the server's clock.
pub const MAX_SKEW: Duration = Duration::minutes(5);

/// The five headers of a signed request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestSignature {
    pub expert_id: ExpertId,
    pub timestamp: String,
    pub nonce: String,
    pub signature: String,
    /// SHA-256 (hex) of the body the signature covers.
    pub body_sha256: String,
}

impl RequestSignature {
    pub fn headers(&self) -> [(&'static str, &str); 5] {
        [
            (EXPERT_HEADER, &self.expert_id),
            (TIMESTAMP_HEADER, &self.timestamp),
            (NONCE_HEADER, &self.nonce),
            (SIGNATURE_HEADER, &self.signature),
            (BODY_DIGEST_HEADER, &self.body_sha256),
        ]
    }

    /// The signature a request carries, read with `header` (a header's
    /// value by name); `Err` names the first header missing.
    pub fn from_headers(header: impl Fn(&str) -> Option<String>) -> Result<Self, &'static str> {
        let read = |name: &'static str| header(name).ok_or(name);
        Ok(Self {
            expert_id: read(EXPERT_HEADER)?.into(),
            timestamp: read(TIMESTAMP_HEADER)?,
            nonce: read(NONCE_HEADER)?,
            signature: read(SIGNATURE_HEADER)?,
            body_sha256: read(BODY_DIGEST_HEADER)?,
        })
    }

    /// Whether `body` is the body this request signed; checked once the
    /// signature held and the body was read.
    pub fn check_body(&self, body: &[u8]) -> Result<(), ExchangeError> {
        if sha256_hex(body) == self.body_sha256 {
            Ok(())
        } else {
            Err(ExchangeError::HashMismatch {
                name: "request body".into(),
            })
        }
    }
}

fn message(method: &str, path: &str, timestamp: &str, nonce: &str, body_sha256: &str) -> Vec<u8> {
    format!(
        "reviewdesk-request-v1\n{}\n{path}\n{timestamp}\n{nonce}\n{body_sha256}",
        method.to_ascii_uppercase(),
    )
    .into_bytes()
}

/// Signs a request the expert is about to send.
pub fn sign(
    keys: &KeyPair,
    expert_id: &ExpertId,
    method: &str,
    path: &str,
    body: &[u8],
    now: DateTime<Utc>,
) -> RequestSignature {
    let nonce = hex::encode(rand::random::<[u8; 16]>());
    let timestamp = timestamp(now);
    let body_sha256 = sha256_hex(body);
    let signature = keys.sign(&message(method, path, &timestamp, &nonce, &body_sha256));
    RequestSignature {
        expert_id: expert_id.clone(),
        timestamp,
        nonce,
        signature: URL_SAFE_NO_PAD.encode(signature),
        body_sha256,
    }
}

/// Checks a request's signature by the expert's registered keys and that its
/// timestamp is within `MAX_SKEW` of `now`, from its headers alone; the body
/// is checked against the signed digest with [`RequestSignature::check_body`]
/// once read. Whether the nonce is fresh is the server's to check (it
/// remembers nonces for twice the skew).
pub fn verify(
    signed: &RequestSignature,
    expert: &PublicKeys,
    method: &str,
    path: &str,
    now: DateTime<Utc>,
) -> Result<(), ExchangeError> {
    let at = parse_timestamp(&signed.timestamp, "request")?;
    if at < now - MAX_SKEW || at > now + MAX_SKEW {
        return Err(ExchangeError::Expired {
            expires_at: signed.timestamp.clone(),
        });
    }
    let digest_form = signed.body_sha256.len() == 64
        && signed
            .body_sha256
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    if signed.nonce.len() < 16 || signed.nonce.len() > 64 || !digest_form {
        return Err(ExchangeError::BadSignature);
    }
    let signature = URL_SAFE_NO_PAD
        .decode(&signed.signature)
        .map_err(|_| ExchangeError::BadSignature)?;
    expert.verify(
        &message(
            method,
            path,
            &signed.timestamp,
            &signed.nonce,
            &signed.body_sha256,
        ),
        &signature,
    )
}

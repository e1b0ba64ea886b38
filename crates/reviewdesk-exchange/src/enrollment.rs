//! Enrollment: an expert's keys become known to the agency, and the agency's
//! keys become pinned in the expert's vault. The agency hands each expert an
//! id and a one-time code through a trusted channel (letter, phone, in
//! person). The code authenticates both directions: the expert's request
//! carries an HMAC under the code, and so does the agency's response, so
//! neither side can be impersonated by someone who saw the files in transit.
//! The same request and response travel over HTTP (online) or as files
//! (offline); see `docs/formats.md`.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Utc};
use hmac::{Hmac, Mac as _};
use reviewdesk_domain::ExpertId;
use serde::{Deserialize, Serialize};
use sha2::Sha256;

use crate::acceptance::ChainHead;
use crate::keys::{KeyPair, PublicKeys};
use crate::manifest::{FORMAT_VERSION, sha256_hex, to_canonical};
use crate::{ExchangeError, timestamp};

pub const REQUEST_FORMAT: &str = "reviewdesk.enrollment-request";
pub const RESPONSE_FORMAT: &str = "reviewdesk.enrollment-response";

/// What the expert asks to have registered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RequestBody {
    pub format: String,
    pub version: u32,
    pub expert_id: ExpertId,
    pub keys: PublicKeys,
    pub created_at: String,
}

/// What the agency answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResponseBody {
    pub format: String,
    pub version: u32,
    pub expert_id: ExpertId,
    /// The agency's keys, to pin.
    pub agency: PublicKeys,
    /// Where the agency server answers, when there is one.
    pub server: Option<String>,
    /// SHA-256 (hex) of the server's TLS certificate, when it uses one of its
    /// own that the platform does not trust: the expert's app then accepts
    /// that certificate, and no other, for this server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls_certificate: Option<String>,
    /// SHA-256 (hex) of the canonical request body this answers.
    pub request: String,
    pub issued_at: String,
    /// For an expert enrolled again: the last package the agency holds of
    /// them, which the new vault's first package follows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chain_head: Option<ChainHead>,
}

/// A signed, code-authenticated message: the body, an HMAC-SHA256 of its
/// canonical bytes under the one-time code (hex), and the sender's Ed25519
/// signature of the same bytes (base64url).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signed<T> {
    pub body: T,
    pub proof: String,
    pub signature: String,
}

pub type EnrollmentRequest = Signed<RequestBody>;
pub type EnrollmentResponse = Signed<ResponseBody>;

/// A code as people type it: case, spaces and dashes do not matter.
pub fn normalize_code(code: &str) -> String {
    code.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// A fresh one-time code: 16 characters of Crockford base32 (80 bits), shown
/// in groups of four.
pub fn new_code() -> String {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let bytes: [u8; 16] = rand::random();
    let chars: Vec<char> = bytes
        .iter()
        .map(|b| char::from(ALPHABET[usize::from(b & 31)]))
        .collect();
    chars
        .chunks(4)
        .map(|group| group.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

fn proof(code: &str, bytes: &[u8]) -> String {
    // HMAC accepts keys of any length.
    let mut mac =
        Hmac::<Sha256>::new_from_slice(normalize_code(code).as_bytes()).expect("any key length");
    mac.update(bytes);
    hex::encode(mac.finalize().into_bytes())
}

fn check_proof(code: &str, bytes: &[u8], claimed: &str) -> Result<(), ExchangeError> {
    let mut mac =
        Hmac::<Sha256>::new_from_slice(normalize_code(code).as_bytes()).expect("any key length");
    mac.update(bytes);
    let claimed = hex::decode(claimed).map_err(|_| ExchangeError::BadSignature)?;
    // Constant time: the code is a secret.
    mac.verify_slice(&claimed)
        .map_err(|_| ExchangeError::BadSignature)
}

fn sign<T: Serialize>(body: T, keys: &KeyPair, code: &str) -> Signed<T> {
    let bytes = to_canonical(&body);
    Signed {
        proof: proof(code, &bytes),
        signature: URL_SAFE_NO_PAD.encode(keys.sign(&bytes)),
        body,
    }
}

fn verify<T: Serialize>(
    signed: &Signed<T>,
    signer: &PublicKeys,
    code: &str,
) -> Result<Vec<u8>, ExchangeError> {
    let bytes = to_canonical(&signed.body);
    check_proof(code, &bytes, &signed.proof)?;
    let signature = URL_SAFE_NO_PAD
        .decode(&signed.signature)
        .map_err(|_| ExchangeError::BadSignature)?;
    signer.verify(&bytes, &signature)?;
    Ok(bytes)
}

/// The expert's request, made with their new keys and the agency's code.
pub fn request(
    expert_id: &ExpertId,
    keys: &KeyPair,
    code: &str,
    now: DateTime<Utc>,
) -> EnrollmentRequest {
    let body = RequestBody {
        format: REQUEST_FORMAT.to_owned(),
        version: FORMAT_VERSION,
        expert_id: expert_id.clone(),
        keys: keys.public(),
        created_at: timestamp(now),
    };
    sign(body, keys, code)
}

/// On the agency's side: checks the code proof and the proof of possession.
pub fn check_request(request: &EnrollmentRequest, code: &str) -> Result<(), ExchangeError> {
    check_kind(&request.body.format, REQUEST_FORMAT, request.body.version)?;
    request.body.keys.check()?;
    verify(request, &request.body.keys, code).map(drop)
}

/// Where the agency's server answers, as an enrollment response tells it.
#[derive(Debug, Clone, Copy, Default)]
pub struct ServerAddress<'a> {
    pub url: Option<&'a str>,
    /// SHA-256 (hex) of its TLS certificate, to pin.
    pub tls_certificate: Option<&'a str>,
}

/// The agency's answer to a request it has checked; `chain_head`, the
/// expert's last package it holds, when it enrolls them again.
pub fn respond(
    request: &EnrollmentRequest,
    agency: &KeyPair,
    code: &str,
    (server, chain_head): (ServerAddress<'_>, Option<ChainHead>),
    now: DateTime<Utc>,
) -> EnrollmentResponse {
    let body = ResponseBody {
        format: RESPONSE_FORMAT.to_owned(),
        version: FORMAT_VERSION,
        expert_id: request.body.expert_id.clone(),
        agency: agency.public(),
        server: server.url.map(str::to_owned),
        tls_certificate: server.tls_certificate.map(str::to_owned),
        request: sha256_hex(&to_canonical(&request.body)),
        issued_at: timestamp(now),
        chain_head,
    };
    sign(body, agency, code)
}

/// On the expert's side: the response answers this request, under this code,
/// signed by the keys it carries. Returns the agency's keys to pin.
pub fn check_response(
    response: &EnrollmentResponse,
    request: &EnrollmentRequest,
    code: &str,
) -> Result<PublicKeys, ExchangeError> {
    let body = &response.body;
    check_kind(&body.format, RESPONSE_FORMAT, body.version)?;
    body.agency.check()?;
    verify(response, &body.agency, code)?;
    if body.request != sha256_hex(&to_canonical(&request.body))
        || body.expert_id != request.body.expert_id
    {
        return Err(ExchangeError::WrongRecipient);
    }
    if let Some(head) = &body.chain_head {
        let digest_form = head.digest.len() == 64
            && head
                .digest
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        if head.sequence == 0 || !digest_form {
            return Err(ExchangeError::InvalidField {
                field: "chain_head",
                value: format!("{} {}", head.sequence, head.digest),
            });
        }
    }
    Ok(body.agency.clone())
}

fn check_kind(found: &str, expected: &'static str, version: u32) -> Result<(), ExchangeError> {
    if found != expected {
        return Err(ExchangeError::WrongKind {
            expected,
            found: found.to_owned(),
        });
    }
    if version != FORMAT_VERSION {
        return Err(ExchangeError::UnsupportedVersion { found: version });
    }
    Ok(())
}

//! The parts of an expert's signed request that are checked before its body
//! is read — the signature headers, the method and the path with its query —
//! the same for the agency server and the meeting hub.

use axum::http::request::Parts;
use reviewdesk_exchange::request::RequestSignature;

/// A request's signature headers and what they sign besides the body.
#[derive(Debug)]
pub struct SignedHead {
    pub signature: RequestSignature,
    pub method: String,
    /// The path with its query, as signed.
    pub path: String,
}

/// Reads the signature headers of `parts`; the error names the header
/// missing.
pub fn signed_head(parts: &Parts) -> Result<SignedHead, &'static str> {
    let signature = RequestSignature::from_headers(|name| {
        let value = parts.headers.get(name)?.to_str().ok()?;
        Some(value.to_owned())
    })?;
    Ok(SignedHead {
        signature,
        method: parts.method.to_string(),
        path: parts
            .uri
            .path_and_query()
            .map_or("/", |p| p.as_str())
            .to_owned(),
    })
}

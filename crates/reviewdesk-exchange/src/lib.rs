//! What travels between the agency and its experts, and how each side checks
//! it: Ed25519 + age keys (`keys`), assignment bundles (`bundle`, agency →
//! expert), score packages (`package`, expert → agency), both zip files of a
//! canonical manifest, its signature and age-encrypted content (`manifest`),
//! read defensively (`archive`); and enrollment (`enrollment`), which pins each
//! side's keys at the other; signed HTTP requests (`request`) and the agency's
//! receipts (`receipt`); packages uploaded in parts (`upload`); an expert's
//! keys across re-enrollments (`key_history`); the staff
//! key file that lets a staff vault open the panel's packages (`staff_key`);
//! the panel meeting's hub card, code and reports (`meeting`); the minutes
//! the panel signs and the agency seals (`signed_minutes`).
//! `docs/formats.md` specifies them byte for byte.
//!
//! Invariants: nothing here touches the disk or the network; a refused file
//! leaves no trace; content is decrypted only after signature and hashes hold.

pub mod acceptance;
pub mod archive;
pub mod bundle;
pub mod enrollment;
mod error;
pub mod key_history;
pub mod keys;
pub mod manifest;
pub mod meeting;
pub mod package;
pub mod receipt;
pub mod request;
pub mod signed_minutes;
pub mod staff_key;
pub mod upload;

use chrono::{DateTime, Utc};

pub use archive::Limits;
pub use error::ExchangeError;
pub use key_history::EnrolledKey;
pub use keys::{KeyPair, PublicKeys};

/// A manifest time: RFC 3339, UTC, whole seconds — ReviewDesk's one form.
pub fn timestamp(at: DateTime<Utc>) -> String {
    reviewdesk_domain::Timestamp::from(at).to_string()
}

pub(crate) fn parse_timestamp(
    text: &str,
    kind: &'static str,
) -> Result<DateTime<Utc>, ExchangeError> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| ExchangeError::Malformed {
            kind,
            detail: format!("not a time: {text}"),
        })
}

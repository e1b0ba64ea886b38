//! The audit log: every enrollment, bundle issued, package accepted or
//! refused, staff sign-in and download, and admin command, appended to a
//! hash chain in the database. Each entry's hash covers its number, its
//! fields and the previous entry's hash, so a row deleted, inserted or
//! altered breaks the chain at that row; `reviewdesk-server audit verify`
//! finds the first break. Removing entries from the end leaves a shorter
//! chain that still holds: the head `verify` prints is what an operator
//! notes down to catch that.

use serde::Serialize;
use sha2::{Digest as _, Sha256};

/// The `previous` of the first entry.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Who acted: an expert (by the key that signed), a staff member (signed
/// in), the agency's administrator (a subcommand), or the server itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    Expert(String),
    Staff(String),
    Admin,
}

impl std::fmt::Display for Actor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Expert(id) => write!(f, "expert:{id}"),
            Self::Staff(name) => write!(f, "staff:{name}"),
            Self::Admin => f.write_str("admin"),
        }
    }
}

/// What happened, before it takes its place in the chain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditEntry {
    /// RFC 3339, UTC.
    pub at: String,
    pub actor: String,
    /// What kind of action, e.g. `package-accepted`.
    pub action: String,
    /// What it was done to: a package, an expert, a call.
    pub subject: String,
    /// A reason code or a short note; empty when there is none.
    pub detail: String,
}

impl AuditEntry {
    pub fn new(
        at: chrono::DateTime<chrono::Utc>,
        actor: &Actor,
        action: &str,
        subject: &str,
        detail: &str,
    ) -> Self {
        Self {
            at: reviewdesk_exchange::timestamp(at),
            actor: actor.to_string(),
            action: action.to_owned(),
            subject: subject.to_owned(),
            detail: detail.to_owned(),
        }
    }
}

/// An entry in its place in the chain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditRecord {
    pub seq: u64,
    #[serde(flatten)]
    pub entry: AuditEntry,
    pub previous: String,
    pub hash: String,
}

/// The hash of entry number `seq` after `previous`: SHA-256 of the JSON
/// array of every field, so no two different entries read the same.
pub fn chain_hash(seq: u64, entry: &AuditEntry, previous: &str) -> String {
    let fields = serde_json::json!([
        seq,
        entry.at,
        entry.actor,
        entry.action,
        entry.subject,
        entry.detail,
        previous
    ]);
    hex::encode(Sha256::digest(fields.to_string().as_bytes()))
}

/// The entry that follows `head` (`None`: the log is empty).
pub fn next_record(head: Option<(u64, String)>, entry: AuditEntry) -> AuditRecord {
    let (seq, previous) = match head {
        Some((seq, hash)) => (seq + 1, hash),
        None => (1, GENESIS.to_owned()),
    };
    AuditRecord {
        hash: chain_hash(seq, &entry, &previous),
        seq,
        entry,
        previous,
    }
}

/// Where the chain breaks, and how.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Break {
    #[error("entry {expected} is missing (the next is {found})")]
    Missing { expected: u64, found: u64 },
    #[error("entry {seq} does not follow entry {}", seq - 1)]
    Unlinked { seq: u64 },
    #[error("entry {seq} was altered")]
    Altered { seq: u64 },
}

impl Break {
    pub fn seq(&self) -> u64 {
        match self {
            Self::Missing { expected, .. } => *expected,
            Self::Unlinked { seq } | Self::Altered { seq } => *seq,
        }
    }
}

/// Checks records read in order, page by page: `head` is where the previous
/// page ended (`None` before the first).
pub fn verify_page(head: &mut Option<(u64, String)>, records: &[AuditRecord]) -> Result<(), Break> {
    for record in records {
        let (expected, previous) = match head.as_ref() {
            Some((seq, hash)) => (seq + 1, hash.as_str()),
            None => (1, GENESIS),
        };
        if record.seq != expected {
            return Err(Break::Missing {
                expected,
                found: record.seq,
            });
        }
        if record.previous != previous {
            return Err(Break::Unlinked { seq: record.seq });
        }
        if chain_hash(record.seq, &record.entry, &record.previous) != record.hash {
            return Err(Break::Altered { seq: record.seq });
        }
        *head = Some((record.seq, record.hash.clone()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(action: &str) -> AuditEntry {
        AuditEntry {
            at: "2026-12-01T09:00:00Z".into(),
            actor: "admin".into(),
            action: action.into(),
            subject: "E01".into(),
            detail: String::new(),
        }
    }

    fn chain(n: usize) -> Vec<AuditRecord> {
        let mut records: Vec<AuditRecord> = Vec::new();
        for i in 0..n {
            let head = records.last().map(|r| (r.seq, r.hash.clone()));
            records.push(next_record(head, entry(&format!("action-{i}"))));
        }
        records
    }

    #[test]
    fn a_whole_chain_holds_and_any_change_breaks_it_where_it_was_made() {
        let records = chain(5);
        assert_eq!(verify_page(&mut None, &records), Ok(()));

        let mut deleted = records.clone();
        deleted.remove(2);
        assert_eq!(
            verify_page(&mut None, &deleted),
            Err(Break::Missing {
                expected: 3,
                found: 4
            })
        );

        let mut altered = records.clone();
        altered[1].entry.detail = "a reason nobody gave".into();
        assert_eq!(
            verify_page(&mut None, &altered),
            Err(Break::Altered { seq: 2 })
        );

        // Rewritten with a fresh hash, the entry no longer links to the next.
        let mut rewritten = records.clone();
        rewritten[1].entry.subject = "E02".into();
        rewritten[1].hash = chain_hash(2, &rewritten[1].entry, &rewritten[1].previous);
        assert_eq!(
            verify_page(&mut None, &rewritten),
            Err(Break::Unlinked { seq: 3 })
        );
    }

    #[test]
    fn pages_verify_as_the_whole() {
        let records = chain(7);
        let mut head = None;
        for page in records.chunks(3) {
            verify_page(&mut head, page).expect("holds");
        }
        assert_eq!(head.map(|(seq, _)| seq), Some(7));
    }
}

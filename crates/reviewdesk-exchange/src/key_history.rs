//! An expert's key history: every key the agency enrolled for them, with the
//! places in their package chain each may sign. An expert enrolled again
//! after losing a laptop keeps one chain; the old key signed its packages up
//! to the chain head when the agency revoked it, the new key signs from the
//! next place on. Places, not times, bound a key: a package's time is the
//! expert's claim, its place in the chain is checked by every receiver.

use serde::{Deserialize, Serialize};

use crate::PublicKeys;

/// One key the agency enrolled for an expert.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnrolledKey {
    pub keys: PublicKeys,
    /// The first place in the expert's chain it signs.
    #[serde(default = "first_place", skip_serializing_if = "is_first_place")]
    pub from_sequence: u64,
    /// Set once the agency revoked it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revoked: Option<Revocation>,
}

/// When a key was revoked, and the last place it had signed by then.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Revocation {
    /// The chain head at revocation; 0 when the key had signed nothing.
    pub last_sequence: u64,
    pub revoked_at: String,
}

fn first_place() -> u64 {
    1
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde's signature
fn is_first_place(sequence: &u64) -> bool {
    *sequence == 1
}

impl EnrolledKey {
    /// An expert's only key: it signs every place.
    pub fn only(keys: PublicKeys) -> Self {
        Self {
            keys,
            from_sequence: 1,
            revoked: None,
        }
    }

    /// Whether this key may sign the package at `sequence`.
    pub fn signs(&self, sequence: u64) -> bool {
        sequence >= self.from_sequence
            && self
                .revoked
                .as_ref()
                .is_none_or(|revoked| sequence <= revoked.last_sequence)
    }
}

/// The key of `history` with this signing key, if the agency enrolled it.
pub fn find<'a>(history: &'a [EnrolledKey], signing: &str) -> Option<&'a EnrolledKey> {
    history.iter().find(|key| key.keys.signing == signing)
}

/// The key of `history` not revoked: the one the expert signs with now.
pub fn current(history: &[EnrolledKey]) -> Option<&EnrolledKey> {
    history.iter().rev().find(|key| key.revoked.is_none())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(name: &str) -> PublicKeys {
        PublicKeys {
            signing: name.to_owned(),
            encryption: String::new(),
        }
    }

    #[test]
    fn a_revoked_key_signs_up_to_its_last_place_and_its_successor_from_the_next() {
        let old = EnrolledKey {
            revoked: Some(Revocation {
                last_sequence: 3,
                revoked_at: "2026-12-02T10:00:00Z".into(),
            }),
            ..EnrolledKey::only(keys("old"))
        };
        let new = EnrolledKey {
            from_sequence: 4,
            ..EnrolledKey::only(keys("new"))
        };
        assert!((1..=3).all(|s| old.signs(s)));
        assert!(!old.signs(4));
        assert!(!new.signs(3));
        assert!(new.signs(4) && new.signs(400));
        let history = [old, new];
        assert_eq!(
            current(&history).map(|k| k.keys.signing.as_str()),
            Some("new")
        );
        assert!(find(&history, "old").is_some() && find(&history, "other").is_none());
    }

    #[test]
    fn an_only_key_is_written_as_its_keys_alone() {
        let json = serde_json::to_value(EnrolledKey::only(keys("k"))).expect("JSON");
        assert_eq!(
            json,
            serde_json::json!({"keys": {"signing": "k", "encryption": ""}})
        );
    }
}

//! The nonces of requests taken in the last minutes: a request is signed
//! for a moment (the allowed clock skew either side), so remembering its
//! nonce for twice that long refuses any replay of it. Bounded, so a flood
//! of signed requests cannot grow it without end.

use std::collections::{BTreeMap, HashSet};

use chrono::{DateTime, Duration, Utc};

/// More than a panel's experts send in the window, by far.
const MAX_REMEMBERED: usize = 100_000;

#[derive(Debug, Default)]
pub(crate) struct Nonces {
    seen: HashSet<String>,
    by_time: BTreeMap<DateTime<Utc>, Vec<String>>,
}

impl Nonces {
    /// Remembers `nonce`; false when it was seen in the window (a replay)
    /// or the memory is full (the client retries later).
    pub(crate) fn fresh(&mut self, nonce: &str, now: DateTime<Utc>, window: Duration) -> bool {
        let forget_before = now - window;
        while let Some(entry) = self.by_time.first_entry() {
            if *entry.key() >= forget_before {
                break;
            }
            for old in entry.remove() {
                self.seen.remove(&old);
            }
        }
        if self.seen.contains(nonce) || self.seen.len() >= MAX_REMEMBERED {
            return false;
        }
        self.seen.insert(nonce.to_owned());
        self.by_time.entry(now).or_default().push(nonce.to_owned());
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_nonce_is_taken_once_within_the_window_and_forgotten_after() {
        let mut nonces = Nonces::default();
        let now = Utc::now();
        let window = Duration::minutes(10);
        assert!(nonces.fresh("a", now, window));
        assert!(!nonces.fresh("a", now + Duration::minutes(9), window));
        assert!(nonces.fresh("b", now + Duration::minutes(9), window));
        assert!(nonces.fresh("a", now + Duration::minutes(11), window));
    }
}

//! Passphrase strength, for the hint shown while a person chooses one.

use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PassphraseStrength {
    /// 0 (very weak) to 4 (strong), as estimated by zxcvbn.
    pub level: u8,
    /// Which hint to show: `short`, `words` or `ok`.
    pub hint: String,
}

/// Below this level a new passphrase is refused.
pub const MINIMUM_LEVEL: u8 = 2;

pub fn strength(passphrase: &str) -> PassphraseStrength {
    let level = if passphrase.is_empty() {
        0
    } else {
        u8::from(zxcvbn::zxcvbn(passphrase, &[]).score())
    };
    let hint = if passphrase.chars().count() < 12 {
        "short"
    } else if level < 3 {
        "words"
    } else {
        "ok"
    };
    PassphraseStrength {
        level,
        hint: hint.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_passwords_are_weak_and_long_phrases_strong() {
        assert!(strength("password").level < MINIMUM_LEVEL);
        assert_eq!(strength("").level, 0);
        let phrase = strength("lychee harbour violet tram 42");
        assert!(phrase.level >= 3);
        assert_eq!(phrase.hint, "ok");
        assert_eq!(strength("Ab3$").hint, "short");
    }
}

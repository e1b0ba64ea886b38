//! Unified social credit codes (统一社会信用代码) as defined by GB 32100-2015.
//!
//! A code is 18 characters: registration authority (1), organisation type (1),
//! administrative division (6 digits), organisation identifier (9) and a check
//! character computed from the first 17 with weights 3^i mod 31. Parsing never
//! panics; a code that fails any part is reported with the part that failed.

use std::fmt;

/// The 31 characters a code may use: digits and capitals without I, O, Z, S, V.
const ALPHABET: &[u8; 31] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS: [u32; 17] = [
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];
const LENGTH: usize = 18;

/// A unified social credit code whose length, alphabet and check character are valid.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CreditCode(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CreditCodeError {
    #[error("a unified social credit code has 18 characters, this one has {0}")]
    WrongLength(usize),
    #[error("character {position} ('{found}') is not allowed in a unified social credit code")]
    BadCharacter { position: usize, found: char },
    #[error("the administrative division code (characters 3–8) must be six digits")]
    BadDivision,
    #[error("the check character is '{found}' but the code requires '{expected}'")]
    CheckMismatch { expected: char, found: char },
}

impl CreditCode {
    pub fn parse(input: &str) -> Result<Self, CreditCodeError> {
        let chars: Vec<char> = input.chars().collect();
        if chars.len() != LENGTH {
            return Err(CreditCodeError::WrongLength(chars.len()));
        }
        let mut values = [0u32; LENGTH];
        for (index, &c) in chars.iter().enumerate() {
            values[index] = alphabet_value(c).ok_or(CreditCodeError::BadCharacter {
                position: index + 1,
                found: c,
            })?;
        }
        if !chars[2..8].iter().all(char::is_ascii_digit) {
            return Err(CreditCodeError::BadDivision);
        }
        let expected = check_character(&values[..17]);
        if chars[17] != expected {
            return Err(CreditCodeError::CheckMismatch {
                expected,
                found: chars[17],
            });
        }
        Ok(Self(input.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The six-digit administrative division code (GB/T 2260) of the registering authority.
    pub fn division_code(&self) -> &str {
        &self.0[2..8]
    }

    /// Whether the registering authority sits in the Guangxi Zhuang Autonomous Region
    /// (division codes 45xxxx).
    pub fn is_registered_in_guangxi(&self) -> bool {
        self.division_code().starts_with("45")
    }
}

impl fmt::Display for CreditCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Completes the first 17 characters of a code with its check character. Used by the
/// demo data generator and tests to make valid codes; returns `None` on a bad prefix.
pub fn complete(prefix17: &str) -> Option<String> {
    let values: Option<Vec<u32>> = prefix17.chars().map(alphabet_value).collect();
    let values = values?;
    (values.len() == 17).then(|| format!("{prefix17}{}", check_character(&values)))
}

fn alphabet_value(c: char) -> Option<u32> {
    let byte = u8::try_from(c).ok()?;
    ALPHABET.iter().position(|&a| a == byte).map(|p| p as u32)
}

fn check_character(values: &[u32]) -> char {
    let sum: u32 = values.iter().zip(WEIGHTS).map(|(v, w)| v * w).sum();
    let check = (31 - sum % 31) % 31;
    ALPHABET[check as usize] as char
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[rstest]
    // Vectors whose check characters were computed independently of this module.
    #[case("91350100M000100Y43")]
    #[case("91110000802100433B")]
    #[case("91450000198220916X")]
    fn accepts_valid_codes(#[case] code: &str) {
        assert_eq!(
            CreditCode::parse(code).map(|c| c.to_string()),
            Ok(code.to_owned())
        );
    }

    #[rstest]
    #[case("91350100M000100Y4", CreditCodeError::WrongLength(17))]
    #[case("91350100M000100Y431", CreditCodeError::WrongLength(19))]
    #[case("91350100M000100Y4I", CreditCodeError::BadCharacter { position: 18, found: 'I' })]
    #[case("9135A100M000100Y43", CreditCodeError::BadDivision)]
    #[case("91350100M000100Y44", CreditCodeError::CheckMismatch { expected: '3', found: '4' })]
    fn refuses_invalid_codes(#[case] code: &str, #[case] error: CreditCodeError) {
        assert_eq!(CreditCode::parse(code), Err(error));
    }

    #[test]
    fn knows_guangxi_by_division_code() {
        let guangxi = CreditCode::parse("91450000198220916X").expect("valid");
        assert!(guangxi.is_registered_in_guangxi());
        let fujian = CreditCode::parse("91350100M000100Y43").expect("valid");
        assert!(!fujian.is_registered_in_guangxi());
    }

    proptest::proptest! {
        #[test]
        fn completed_codes_parse(prefix in "[0-9A-HJ-NP-RTUWXY]{2}[0-9]{6}[0-9A-HJ-NP-RTUWXY]{9}") {
            let code = complete(&prefix).expect("prefix uses the alphabet");
            proptest::prop_assert!(CreditCode::parse(&code).is_ok());
        }

        #[test]
        fn any_single_substitution_is_caught(
            prefix in "[0-9A-HJ-NP-RTUWXY]{2}[0-9]{6}[0-9A-HJ-NP-RTUWXY]{9}",
            position in 0usize..17,
            shift in 1u32..31,
        ) {
            let code = complete(&prefix).expect("valid prefix");
            let mut chars: Vec<char> = code.chars().collect();
            let value = alphabet_value(chars[position]).expect("alphabet");
            chars[position] = ALPHABET[((value + shift) % 31) as usize] as char;
            let altered: String = chars.into_iter().collect();
            proptest::prop_assert!(CreditCode::parse(&altered).is_err());
        }
    }
}

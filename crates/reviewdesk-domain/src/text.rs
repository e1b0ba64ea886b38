//! Text that exists in several languages: names of ASEAN partners in their own
//! scripts next to Chinese and English, descriptions in the agency's languages.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A BCP 47 language tag as used in the data (`zh-CN`, `en`, `th`, `vi`, `km`, `my`…).
pub type LanguageTag = String;

/// The same text in one or more languages, keyed by language tag. Never empty once
/// a document has been validated.
///
/// Deserializing refuses a map that is blank in every language or keyed by something
/// that is not a language tag, so a validated document never carries either.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(try_from = "BTreeMap<LanguageTag, String>")]
pub struct LocalizedText(pub BTreeMap<LanguageTag, String>);

impl TryFrom<BTreeMap<LanguageTag, String>> for LocalizedText {
    type Error = String;

    fn try_from(map: BTreeMap<LanguageTag, String>) -> Result<Self, Self::Error> {
        if let Some(tag) = map.keys().find(|tag| !is_language_tag(tag)) {
            return Err(format!("{BAD_TAG_PREFIX}`{tag}`"));
        }
        let text = Self(map);
        if text.is_blank() {
            return Err(BLANK_TEXT.to_owned());
        }
        Ok(text)
    }
}

/// Messages the document validator recognises to classify a refusal.
pub(crate) const BLANK_TEXT: &str = "text is blank in every language";
pub(crate) const BAD_TAG_PREFIX: &str = "not a language tag: ";

impl LocalizedText {
    pub fn new<'a>(entries: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        Self(
            entries
                .into_iter()
                .map(|(lang, text)| (lang.to_owned(), text.to_owned()))
                .collect(),
        )
    }

    /// The text in `lang`, else English, else Chinese, else any language present.
    pub fn best_for(&self, lang: &str) -> &str {
        [lang, "en", "zh-CN"]
            .iter()
            .find_map(|l| self.0.get(*l))
            .or_else(|| self.0.values().next())
            .map_or("", String::as_str)
    }

    /// Every variant joined, for search that must find a name in any script.
    pub fn all_text(&self) -> impl Iterator<Item = &str> {
        self.0.values().map(String::as_str)
    }

    fn is_blank(&self) -> bool {
        self.0.values().all(|t| t.trim().is_empty())
    }
}

/// Whether `tag` is shaped like a BCP 47 tag: a 2–3 letter primary language and
/// optional alphanumeric subtags of 2–8 characters.
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary_ok = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_lowercase()));
    primary_ok
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefers_the_asked_language_then_english_then_chinese() {
        let name =
            LocalizedText::new([("th", "มหาวิทยาลัยเชียงใหม่"), ("en", "Chiang Mai University")]);
        assert_eq!(name.best_for("th"), "มหาวิทยาลัยเชียงใหม่");
        assert_eq!(name.best_for("zh-CN"), "Chiang Mai University");
        let only_local = LocalizedText::new([("km", "សាកលវិទ្យាល័យ")]);
        assert_eq!(only_local.best_for("en"), "សាកលវិទ្យាល័យ");
    }

    #[test]
    fn recognises_language_tags() {
        for good in ["en", "zh-CN", "th", "zh-Hans-CN", "fil"] {
            assert!(is_language_tag(good), "{good}");
        }
        for bad in ["", "EN", "english", "zh_CN", "zh-", "x"] {
            assert!(!is_language_tag(bad), "{bad}");
        }
    }
}

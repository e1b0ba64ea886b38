//! The languages ReviewDesk ships and how a reader's wishes map onto them.
//!
//! The reader's system names its languages in many spellings (`th_TH.UTF-8`,
//! `zh-Hant-TW`, `fil-PH`, a `LANGUAGE` list like `lo:th:en`); fluent-langneg
//! negotiates them against the shipped list, in the reader's order.

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

/// The languages ReviewDesk ships, in the order a language menu lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Language {
    ZhCn,
    En,
    Vi,
    Th,
    Id,
    Ms,
    Fil,
    Km,
    Lo,
    My,
}

impl Language {
    pub const ALL: [Self; 10] = [
        Self::ZhCn,
        Self::En,
        Self::Vi,
        Self::Th,
        Self::Id,
        Self::Ms,
        Self::Fil,
        Self::Km,
        Self::Lo,
        Self::My,
    ];

    pub fn tag(self) -> &'static str {
        match self {
            Self::ZhCn => "zh-CN",
            Self::En => "en",
            Self::Vi => "vi",
            Self::Th => "th",
            Self::Id => "id",
            Self::Ms => "ms",
            Self::Fil => "fil",
            Self::Km => "km",
            Self::Lo => "lo",
            Self::My => "my",
        }
    }

    pub fn langid(self) -> LanguageIdentifier {
        self.tag().parse().unwrap_or_default()
    }

    /// Where a message missing in this language is looked up next: English,
    /// which every evaluator of the programme reads, then the agency's Chinese.
    pub fn fallback_chain(self) -> Vec<Self> {
        let mut chain = vec![self];
        for next in [Self::En, Self::ZhCn] {
            if !chain.contains(&next) {
                chain.push(next);
            }
        }
        chain
    }

    /// The shipped language for one tag (`zh-CN`, `zh_CN.UTF-8`, `en-GB`,
    /// `tl`); `None` for languages ReviewDesk does not ship.
    pub fn from_tag(tag: &str) -> Option<Self> {
        negotiate(&[tag]).into_iter().next()
    }

    /// The language to show when the reader has not chosen one: the first
    /// shipped language the system asks for; English when it asks only for
    /// languages ReviewDesk lacks; Chinese, the agency's, when it names none.
    pub fn preferred<S: AsRef<str>>(requested: &[S]) -> Self {
        let wanted: Vec<&str> = requested
            .iter()
            .map(AsRef::as_ref)
            .filter(|tag| !is_unnamed(tag))
            .collect();
        match negotiate(&wanted).first() {
            Some(language) => *language,
            None if wanted.is_empty() => Self::ZhCn,
            None => Self::En,
        }
    }

    /// The language the system asks for ([`Language::preferred`] over
    /// [`system_languages`]).
    pub fn from_environment() -> Self {
        Self::preferred(&system_languages())
    }
}

/// The system's languages, most wanted first. On Unix: `LANGUAGE` (a
/// colon-separated list), then `LC_ALL`, `LC_MESSAGES` and `LANG` as POSIX
/// defines their precedence, then what the platform reports (macOS keeps
/// the user's languages outside the environment). On Windows: the user's
/// language list from Windows' settings alone, since a POSIX shell there
/// (Git Bash, MSYS) sets `LANG` for its own tools, not as the user's choice.
pub fn system_languages() -> Vec<String> {
    let mut languages = if cfg!(windows) {
        Vec::new()
    } else {
        match posix_languages() {
            Some(languages) => languages,
            None => return Vec::new(),
        }
    };
    if languages.is_empty() {
        languages.extend(sys_locale::get_locales());
    }
    languages.retain(|tag| !is_unnamed(tag));
    languages
}

/// The languages the POSIX variables ask for; `None` for the C locale,
/// which asks for none (GNU gettext then ignores LANGUAGE, and so do we).
fn posix_languages() -> Option<Vec<String>> {
    let mut languages: Vec<String> = Vec::new();
    if let Ok(list) = std::env::var("LANGUAGE") {
        languages.extend(list.split(':').map(str::to_owned));
    }
    if let Some(locale) = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty())
    {
        if is_unnamed(&locale) {
            return None;
        }
        languages.push(locale);
    }
    Some(languages)
}

fn is_unnamed(tag: &str) -> bool {
    let tag = tag.trim();
    tag.is_empty() || tag == "C" || tag == "POSIX" || tag.starts_with("C.")
}

/// The shipped languages that match `requested`, in the reader's order of
/// preference, each once. Tags may be BCP 47 or POSIX (`th_TH.UTF-8@calendar`);
/// retired codes are understood (`tl` for Filipino, `in` for Indonesian).
pub fn negotiate<S: AsRef<str>>(requested: &[S]) -> Vec<Language> {
    let requested: Vec<LanguageIdentifier> = requested
        .iter()
        .filter_map(|tag| bcp47(tag.as_ref()).parse().ok())
        .collect();
    let available: Vec<LanguageIdentifier> = Language::ALL.iter().map(|l| l.langid()).collect();
    negotiate_languages(&requested, &available, None, NegotiationStrategy::Filtering)
        .into_iter()
        .filter_map(|found| Language::ALL.into_iter().find(|l| &l.langid() == found))
        .collect()
}

/// A POSIX locale name as a BCP 47 tag: `zh_CN.UTF-8@x` → `zh-CN`.
fn bcp47(tag: &str) -> String {
    let tag = tag
        .split(['.', '@'])
        .next()
        .unwrap_or_default()
        .replace('_', "-");
    let (language, rest) = tag.split_once('-').unwrap_or((&tag, ""));
    let language = match language.to_ascii_lowercase().as_str() {
        "tl" => "fil".to_owned(),
        "in" => "id".to_owned(),
        other => other.to_owned(),
    };
    if rest.is_empty() {
        language
    } else {
        format!("{language}-{rest}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn understands_the_spellings_systems_use() {
        let cases = [
            ("zh_CN.UTF-8", Some(Language::ZhCn)),
            ("zh-Hans", Some(Language::ZhCn)),
            ("zh-TW", Some(Language::ZhCn)),
            ("en-GB", Some(Language::En)),
            ("vi_VN.UTF-8", Some(Language::Vi)),
            ("th-TH", Some(Language::Th)),
            ("id-ID", Some(Language::Id)),
            ("in", Some(Language::Id)),
            ("ms_MY", Some(Language::Ms)),
            ("fil-PH", Some(Language::Fil)),
            ("tl_PH.UTF-8", Some(Language::Fil)),
            ("km-KH", Some(Language::Km)),
            ("lo_LA", Some(Language::Lo)),
            ("my-MM", Some(Language::My)),
            ("fr-FR", None),
        ];
        for (tag, expected) in cases {
            assert_eq!(Language::from_tag(tag), expected, "{tag}");
        }
    }

    #[test]
    fn keeps_the_readers_order_and_falls_back_sensibly() {
        assert_eq!(
            negotiate(&["fr", "lo", "th", "en"]),
            vec![Language::Lo, Language::Th, Language::En]
        );
        assert_eq!(Language::preferred(&["fr_FR.UTF-8", "km"]), Language::Km);
        assert_eq!(Language::preferred(&["fr_FR.UTF-8"]), Language::En);
        assert_eq!(Language::preferred(&["C", ""]), Language::ZhCn);
        assert_eq!(Language::preferred::<&str>(&[]), Language::ZhCn);
        assert_eq!(
            Language::My.fallback_chain(),
            vec![Language::My, Language::En, Language::ZhCn]
        );
        assert_eq!(
            Language::En.fallback_chain(),
            vec![Language::En, Language::ZhCn]
        );
    }
}

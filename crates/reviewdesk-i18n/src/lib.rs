//! Localized messages for the Rust side (CLI output, error texts), read from the
//! same Fluent files in `locales/` that the UI uses.
//!
//! The files are compiled in, so a binary never runs without its messages. zh-CN is
//! the agency's language and the reference locale; en is always complete too.

use std::fmt;

#[cfg(feature = "clap")]
mod help;
#[cfg(feature = "clap")]
pub use help::localized_help;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// The languages ReviewDesk ships, in the order a language menu lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    ZhCn,
    En,
}

impl Language {
    pub const ALL: [Self; 2] = [Self::ZhCn, Self::En];

    pub fn tag(self) -> &'static str {
        match self {
            Self::ZhCn => "zh-CN",
            Self::En => "en",
        }
    }

    /// The language for a tag like `zh-CN`, `zh_CN.UTF-8` or `en-GB`; `None` for
    /// languages ReviewDesk does not ship.
    pub fn from_tag(tag: &str) -> Option<Self> {
        let primary = tag
            .split(['-', '_', '.'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "zh" => Some(Self::ZhCn),
            "en" => Some(Self::En),
            _ => None,
        }
    }

    /// The language of the environment (`LC_ALL`, `LC_MESSAGES`, `LANG`), else Chinese.
    pub fn from_environment() -> Self {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| std::env::var(name).ok())
            .find(|value| !value.is_empty() && value != "C" && value != "POSIX")
            .and_then(|value| Self::from_tag(&value))
            .unwrap_or(Self::ZhCn)
    }
}

/// The Fluent files of each language; the UI loads the same files.
pub const FILES: [&str; 7] = [
    "app.ftl",
    "errors.ftl",
    "cli.ftl",
    "checklist.ftl",
    "scoring.ftl",
    "server.ftl",
    "minutes.ftl",
];

fn sources(language: Language) -> [&'static str; 7] {
    match language {
        Language::ZhCn => [
            include_str!("../../../locales/zh-CN/app.ftl"),
            include_str!("../../../locales/zh-CN/errors.ftl"),
            include_str!("../../../locales/zh-CN/cli.ftl"),
            include_str!("../../../locales/zh-CN/checklist.ftl"),
            include_str!("../../../locales/zh-CN/scoring.ftl"),
            include_str!("../../../locales/zh-CN/server.ftl"),
            include_str!("../../../locales/zh-CN/minutes.ftl"),
        ],
        Language::En => [
            include_str!("../../../locales/en/app.ftl"),
            include_str!("../../../locales/en/errors.ftl"),
            include_str!("../../../locales/en/cli.ftl"),
            include_str!("../../../locales/en/checklist.ftl"),
            include_str!("../../../locales/en/scoring.ftl"),
            include_str!("../../../locales/en/server.ftl"),
            include_str!("../../../locales/en/minutes.ftl"),
        ],
    }
}

/// Formats messages of one language.
pub struct Localizer {
    language: Language,
    bundle: FluentBundle<FluentResource>,
}

impl fmt::Debug for Localizer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Localizer")
            .field("language", &self.language)
            .finish_non_exhaustive()
    }
}

impl Localizer {
    pub fn new(language: Language) -> Self {
        let langid = language.tag().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // Isolation marks would show up as stray characters in terminals and logs.
        bundle.set_use_isolating(false);
        for source in sources(language) {
            // The locale test proves every shipped file parses; a broken file would
            // only lose its own messages, which then fall back to their ids.
            let resource =
                FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, _)| partial);
            let _ = bundle.add_resource(resource);
        }
        Self { language, bundle }
    }

    pub fn language(&self) -> Language {
        self.language
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The message `id` with `args`; the id itself when the message is missing.
    /// Arguments written as plain integers are passed as numbers so messages
    /// can choose plural forms.
    pub fn format(&self, id: &str, args: &[(&str, String)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, fluent_value(value));
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    }
}

/// Source text of one shipped locale file, for the locale lint.
pub fn source(language: Language, file: &str) -> Option<&'static str> {
    FILES
        .iter()
        .position(|f| *f == file)
        .map(|i| sources(language)[i])
}

/// A whole number written canonically (no sign, no leading zeros) becomes a
/// Fluent number; anything else, such as "A001" or "0012", stays text.
fn fluent_value(value: &str) -> FluentValue<'_> {
    match value.parse::<u64>() {
        Ok(number) if number.to_string() == value => FluentValue::from(number),
        _ => FluentValue::from(value),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_language_from_tags_and_locales() {
        assert_eq!(Language::from_tag("zh_CN.UTF-8"), Some(Language::ZhCn));
        assert_eq!(Language::from_tag("en-GB"), Some(Language::En));
        assert_eq!(Language::from_tag("th"), None);
    }

    #[test]
    fn formats_with_arguments_in_both_languages() {
        let en = Localizer::new(Language::En);
        assert_eq!(
            en.format("error-not-found", &[("id", "A001".into())]),
            "Nothing found with id A001."
        );
        let zh = Localizer::new(Language::ZhCn);
        assert_eq!(
            zh.format("error-not-found", &[("id", "A001".into())]),
            "未找到编号为 A001 的记录。"
        );
        assert_eq!(zh.format("no-such-message", &[]), "no-such-message");
    }
}

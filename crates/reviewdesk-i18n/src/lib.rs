//! Localized messages for the Rust side (CLI output, error texts, documents),
//! read from the same Fluent files in `locales/` that the UI uses.
//!
//! The files are compiled in, so a binary never runs without its messages. zh-CN is
//! the agency's language and the reference locale; every shipped locale has every
//! message (the locale lint in `tests/it` proves it), and a lookup still falls back
//! along [`Language::fallback_chain`] rather than show an id.
//!
//! - `languages` — the shipped languages and negotiation from the reader's wishes;
//! - `values` — numbers, money and dates written the locale's way.

use std::fmt;

#[cfg(feature = "clap")]
mod help;
mod languages;
mod values;

#[cfg(feature = "clap")]
pub use help::localized_help;
pub use languages::{Language, negotiate};
pub use values::Arg;

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;

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

/// The compiled-in files of every language, in the order of [`FILES`].
macro_rules! locale_sources {
    ($($language:ident => $tag:literal),* $(,)?) => {
        fn sources(language: Language) -> [&'static str; 7] {
            match language {
                $(Language::$language => [
                    include_str!(concat!("../../../locales/", $tag, "/app.ftl")),
                    include_str!(concat!("../../../locales/", $tag, "/errors.ftl")),
                    include_str!(concat!("../../../locales/", $tag, "/cli.ftl")),
                    include_str!(concat!("../../../locales/", $tag, "/checklist.ftl")),
                    include_str!(concat!("../../../locales/", $tag, "/scoring.ftl")),
                    include_str!(concat!("../../../locales/", $tag, "/server.ftl")),
                    include_str!(concat!("../../../locales/", $tag, "/minutes.ftl")),
                ],)*
            }
        }
    };
}

locale_sources! {
    ZhCn => "zh-CN",
    En => "en",
    Vi => "vi",
    Th => "th",
    Id => "id",
    Ms => "ms",
    Fil => "fil",
    Km => "km",
    Lo => "lo",
    My => "my",
}

/// Formats messages of one language, falling back along its chain.
pub struct Localizer {
    language: Language,
    /// The language's bundle first, then its fallbacks'.
    bundles: Vec<FluentBundle<FluentResource>>,
}

impl fmt::Debug for Localizer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Localizer")
            .field("language", &self.language)
            .finish_non_exhaustive()
    }
}

fn bundle(language: Language) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new_concurrent(vec![language.langid()]);
    // Isolation marks would show up as stray characters in terminals and logs.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(values::format_number));
    let lone_value = format!("{VALUE_MESSAGE} = {{ $value }}");
    for source in sources(language).into_iter().chain([lone_value.as_str()]) {
        // The locale lint proves every shipped file parses; a broken file would
        // only lose its own messages, which then fall back along the chain.
        let resource =
            FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, _)| partial);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

impl Localizer {
    pub fn new(language: Language) -> Self {
        Self {
            language,
            bundles: language.fallback_chain().into_iter().map(bundle).collect(),
        }
    }

    pub fn language(&self) -> Language {
        self.language
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundles.iter().any(|b| b.has_message(id))
    }

    /// The message `id` with `args`; the id itself when no language of the chain
    /// has it. Each argument's kind is inferred ([`Arg::infer`]): whole numbers
    /// are counts, `YYYY-MM-DD` are dates, the rest is text.
    pub fn format(&self, id: &str, args: &[(&str, String)]) -> String {
        self.format_args(
            id,
            args.iter()
                .map(|(name, value)| (*name, Arg::infer(value)))
                .collect(),
        )
    }

    /// The message `id` with arguments whose kind the caller states.
    pub fn format_args(&self, id: &str, args: Vec<(&str, Arg)>) -> String {
        let Some((bundle, pattern)) = self
            .bundles
            .iter()
            .find_map(|b| b.get_message(id).and_then(|m| m.value()).map(|p| (b, p)))
        else {
            return id.to_owned();
        };
        let fluent_args = values::fluent_args(args);
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    }

    /// One value on its own, written the way this language writes it.
    pub fn value(&self, value: Arg) -> String {
        self.format_args(VALUE_MESSAGE, vec![("value", value)])
    }
}

/// A message every bundle gets beside the shipped files, so [`Localizer::value`]
/// formats a lone value through the same formatter as values inside messages.
const VALUE_MESSAGE: &str = "reviewdesk-lone-value";

/// Source text of one shipped locale file, for the locale lint.
pub fn source(language: Language, file: &str) -> Option<&'static str> {
    FILES
        .iter()
        .position(|f| *f == file)
        .map(|i| sources(language)[i])
}

#[cfg(test)]
mod tests {
    use super::*;

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

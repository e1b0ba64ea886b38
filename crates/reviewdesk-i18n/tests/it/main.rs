//! Locale lint: every shipped locale parses, has the same files and message ids as
//! the reference locale (zh-CN, which en matches too), and uses the same variables
//! in each message; no message is left in English in another locale; plural
//! variants follow each locale's CLDR rules; and every message id the UI names
//! exists. The formatting of values per locale is tested in `formatting`.

mod formatting;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use fluent_syntax::ast;
use reviewdesk_i18n::{FILES, Language, source};

type Messages = BTreeMap<String, BTreeSet<String>>;

fn messages(language: Language, file: &str) -> Messages {
    let text = source(language, file).expect("shipped file");
    let resource = fluent_syntax::parser::parse(text).unwrap_or_else(|(_, errors)| {
        panic!("{}/{file} does not parse: {errors:?}", language.tag())
    });
    let mut messages = Messages::new();
    for entry in resource.body {
        if let ast::Entry::Message(message) = entry {
            let mut variables = BTreeSet::new();
            if let Some(value) = &message.value {
                collect_variables(value, &mut variables);
            }
            messages.insert(message.id.name.to_owned(), variables);
        }
    }
    messages
}

fn collect_variables(pattern: &ast::Pattern<&str>, into: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_expression(expression, into);
        }
    }
}

fn collect_expression(expression: &ast::Expression<&str>, into: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, into);
            for variant in variants {
                collect_variables(&variant.value, into);
            }
        }
        ast::Expression::Inline(inline) => collect_inline(inline, into),
    }
}

fn collect_inline(inline: &ast::InlineExpression<&str>, into: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            into.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => collect_expression(expression, into),
        _ => {}
    }
}

#[test]
fn every_locale_has_the_reference_messages_with_the_same_variables() {
    for file in FILES {
        let reference = messages(Language::ZhCn, file);
        assert!(!reference.is_empty(), "{file} has messages");
        for language in Language::ALL {
            let other = messages(language, file);
            let missing: Vec<_> = reference
                .keys()
                .filter(|id| !other.contains_key(*id))
                .collect();
            let extra: Vec<_> = other
                .keys()
                .filter(|id| !reference.contains_key(*id))
                .collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{}/{file}: missing {missing:?}, extra {extra:?}",
                language.tag()
            );
            for (id, variables) in &reference {
                assert_eq!(
                    &other[id],
                    variables,
                    "{}/{file}: variables of {id}",
                    language.tag()
                );
            }
        }
    }
}

#[test]
fn the_locale_folders_hold_exactly_the_shipped_files() {
    let locales = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    for language in Language::ALL {
        let mut found: Vec<String> = std::fs::read_dir(locales.join(language.tag()))
            .expect("locale folder")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        found.sort();
        let mut expected: Vec<String> = FILES.iter().map(|f| (*f).to_owned()).collect();
        expected.sort();
        assert_eq!(found, expected, "{}", language.tag());
    }
}

/// Message ids written literally in the UI sources, as `t("id"` or `t('id'`.
fn ids_used_by_the_ui() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let mut stack = vec![PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../ui/src")];
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            stack.extend(
                std::fs::read_dir(&path)
                    .expect("dir")
                    .map(|e| e.expect("entry").path()),
            );
        } else if path.extension().is_some_and(|e| e == "ts" || e == "tsx") {
            let text = std::fs::read_to_string(&path).expect("read");
            for (index, _) in text.match_indices("t(") {
                let preceded_by_word = text[..index]
                    .chars()
                    .last()
                    .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.');
                let rest = &text[index + 2..];
                let Some(quote) = rest.chars().next().filter(|c| *c == '"' || *c == '\'') else {
                    continue;
                };
                if preceded_by_word {
                    continue;
                }
                if let Some(end) = rest[1..].find(quote) {
                    ids.insert(rest[1..1 + end].to_owned());
                }
            }
        }
    }
    ids
}

#[test]
fn every_message_the_ui_names_exists() {
    let known: BTreeSet<String> = FILES
        .iter()
        .flat_map(|f| messages(Language::ZhCn, f).into_keys())
        .collect();
    let used = ids_used_by_the_ui();
    assert!(!used.is_empty(), "found the UI's message ids");
    let missing: Vec<_> = used.difference(&known).collect();
    assert!(
        missing.is_empty(),
        "the UI names messages that no locale has: {missing:?}"
    );
}

/// The text a translator writes in a message (placeables left out), per id.
fn texts(language: Language, file: &str) -> BTreeMap<String, String> {
    let text = source(language, file).expect("shipped file");
    let resource = fluent_syntax::parser::parse(text).expect("parses (checked above)");
    let mut texts = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(message) = entry
            && let Some(value) = &message.value
        {
            let mut words = String::new();
            collect_text(value, &mut words);
            texts.insert(message.id.name.to_owned(), words);
        }
    }
    texts
}

fn collect_text(pattern: &ast::Pattern<&str>, into: &mut String) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => into.push_str(value),
            ast::PatternElement::Placeable {
                expression: ast::Expression::Select { variants, .. },
            } => {
                for variant in variants {
                    collect_text(&variant.value, into);
                }
            }
            ast::PatternElement::Placeable { .. } => {}
        }
    }
}

/// Messages that are the same in English and another language on purpose:
/// names, and words the other language writes the English way.
const SAME_AS_ENGLISH: &[(&str, &str)] = &[
    // The product's name and each language's own name for itself.
    ("*", "app-title"),
    ("*", "language-zh-CN"),
    ("*", "language-en"),
    ("*", "language-vi"),
    ("*", "language-th"),
    ("*", "language-id"),
    ("*", "language-ms"),
    ("*", "language-fil"),
    ("*", "language-km"),
    ("*", "language-lo"),
    ("*", "language-my"),
    // Indonesian and Malay write these words as English does.
    ("id", "app-unit"),
    ("id", "panel-status"),
    ("id", "minutes-status"),
    ("id", "resource-data"),
    ("ms", "panel-status"),
    ("ms", "minutes-status"),
    ("ms", "sync-state"),
    ("ms", "resource-data"),
];

/// Country names are names: many languages of the region write "Malaysia"
/// or "Singapore" as English does.
const NAME_PREFIXES: &[&str] = &["country-"];

fn same_as_english_allowed(language: Language, id: &str) -> bool {
    NAME_PREFIXES.iter().any(|prefix| id.starts_with(prefix))
        || SAME_AS_ENGLISH
            .iter()
            .any(|(tag, allowed)| (*tag == "*" || *tag == language.tag()) && *allowed == id)
}

#[test]
fn no_message_is_left_in_english_in_another_locale() {
    let mut untranslated = Vec::new();
    for file in FILES {
        let english = texts(Language::En, file);
        for language in Language::ALL.into_iter().filter(|l| *l != Language::En) {
            for (id, text) in texts(language, file) {
                let has_words = text.chars().any(char::is_alphabetic);
                if has_words
                    && english.get(&id) == Some(&text)
                    && !same_as_english_allowed(language, &id)
                {
                    untranslated.push(format!("{}/{file}: {id} = {text}", language.tag()));
                }
            }
        }
    }
    assert!(
        untranslated.is_empty(),
        "{} messages are still in English:\n{}",
        untranslated.len(),
        untranslated.join("\n")
    );
}

/// The plural categories a locale's CLDR rules produce, found by asking the
/// rules about whole numbers and a few decimals.
fn plural_categories(language: Language) -> BTreeSet<&'static str> {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    // The plural data is keyed by language alone ("zh", not "zh-CN").
    let bare: unic_langid::LanguageIdentifier = language
        .langid()
        .language
        .as_str()
        .parse()
        .expect("a language subtag is a language id");
    let rules = PluralRules::create(bare, PluralRuleType::CARDINAL)
        .expect("CLDR plural rules for every shipped locale");
    let samples = (0..1200u32)
        .map(f64::from)
        .chain([0.5, 1.5, 2.5, 1_000_000.0]);
    samples
        .filter_map(|n| rules.select(n).ok())
        .map(|category| match category {
            PluralCategory::ZERO => "zero",
            PluralCategory::ONE => "one",
            PluralCategory::TWO => "two",
            PluralCategory::FEW => "few",
            PluralCategory::MANY => "many",
            PluralCategory::OTHER => "other",
        })
        .collect()
}

#[test]
fn every_locale_has_its_own_cldr_plural_rules() {
    use intl_pluralrules::{PluralRuleType, PluralRules};
    let known = PluralRules::get_locales(PluralRuleType::CARDINAL);
    for language in Language::ALL {
        // Fluent silently takes English rules for a locale the plural data
        // lacks; every shipped one must be there under its own language.
        assert!(
            known
                .iter()
                .any(|l| l.language == language.langid().language),
            "no CLDR plural rules for {}",
            language.tag()
        );
    }
    assert_eq!(plural_categories(Language::Th), BTreeSet::from(["other"]));
    assert_eq!(
        plural_categories(Language::Fil),
        BTreeSet::from(["one", "other"])
    );
}

/// Plural variants a locale can never select are English rules in disguise:
/// a Thai `[one]` variant, say, would never be shown.
#[test]
fn plural_variants_are_categories_of_their_locale() {
    const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];
    let mut wrong = Vec::new();
    for language in Language::ALL {
        let categories = plural_categories(language);
        for file in FILES {
            let text = source(language, file).expect("shipped file");
            let resource = fluent_syntax::parser::parse(text).expect("parses");
            for entry in resource.body {
                let ast::Entry::Message(message) = entry else {
                    continue;
                };
                let Some(value) = &message.value else {
                    continue;
                };
                let mut keys = Vec::new();
                collect_variant_keys(value, &mut keys);
                for key in keys {
                    if CATEGORIES.contains(&key.as_str()) && !categories.contains(key.as_str()) {
                        wrong.push(format!(
                            "{}/{file}: {} has [{key}], which {} never selects",
                            language.tag(),
                            message.id.name,
                            language.tag()
                        ));
                    }
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

fn collect_variant_keys(pattern: &ast::Pattern<&str>, into: &mut Vec<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable {
            expression: ast::Expression::Select { variants, .. },
        } = element
        {
            for variant in variants {
                if let ast::VariantKey::Identifier { name } = variant.key {
                    into.push(name.to_owned());
                }
                collect_variant_keys(&variant.value, into);
            }
        }
    }
}

#[test]
fn the_ui_offers_exactly_the_shipped_languages_in_the_same_order() {
    let source = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/i18n.ts"),
    )
    .expect("read ui/src/i18n.ts");
    let line = source
        .lines()
        .find(|l| l.starts_with("export const LANGUAGES"))
        .expect("the UI's LANGUAGES list");
    let tags: Vec<&str> = line.split('"').skip(1).step_by(2).collect();
    let shipped: Vec<&str> = Language::ALL.iter().map(|l| l.tag()).collect();
    assert_eq!(tags, shipped);
}

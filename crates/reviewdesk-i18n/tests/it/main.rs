//! Locale lint: every shipped locale parses, has the same files and message ids as
//! the reference locale (zh-CN), and uses the same variables in each message; and
//! every message id the UI names exists.

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

//! Core use cases on real vaults, and checks on files generated from the Rust
//! types: they must match what the code generates now (`cargo xtask codegen`
//! refreshes them).

mod bundles;
mod durability;
mod scoring;
mod staff;

use std::path::PathBuf;

fn repository_file(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(relative)
}

fn check_generated(relative: &str, expected: &str) {
    let path = repository_file(relative);
    if std::env::var_os("UPDATE_GENERATED").is_some() {
        std::fs::write(&path, expected).expect("write generated file");
        return;
    }
    let actual = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "{relative} is stale: run `cargo xtask codegen` and commit the result"
    );
}

#[test]
fn typescript_bindings_are_current() {
    check_generated(
        "ui/src/generated/bindings.ts",
        &reviewdesk_core::bindings::typescript(),
    );
}

#[test]
fn agency_data_schema_is_current() {
    check_generated(
        "docs/agency-data.schema.json",
        &reviewdesk_core::bindings::agency_data_schema(),
    );
}

#[test]
fn the_schema_describes_the_document() {
    let schema: serde_json::Value =
        serde_json::from_str(&reviewdesk_core::bindings::agency_data_schema()).expect("JSON");
    let required = schema["required"].as_array().expect("required");
    for field in ["format", "version", "call", "demands", "applications"] {
        assert!(required.iter().any(|r| r == field), "{field} is required");
    }
}

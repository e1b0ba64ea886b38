//! Golden files: a bundle and a package made once with fixed test keys and
//! committed (`tests/golden/`). Today's code must still open them, and must
//! still write the same manifest bytes and zip layout for the same inputs, or
//! the format has drifted from `docs/formats.md`. `UPDATE_GOLDEN=1` rewrites
//! them — only together with a new format version.

use std::path::PathBuf;

use reviewdesk_exchange::EnrolledKey;
use reviewdesk_exchange::acceptance;
use reviewdesk_exchange::bundle::{self, BundleInfo, Opener};
use reviewdesk_exchange::package::{self, PackageInfo, RegisteredExpert};
use reviewdesk_exchange::{KeyPair, Limits};

use crate::acceptance::scores;
use crate::hostile::entries_of;
use crate::{CONTENT, at};

fn golden(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name)
}

fn keys(name: &str) -> KeyPair {
    if std::env::var_os("UPDATE_GOLDEN").is_some() && !golden(name).exists() {
        std::fs::create_dir_all(golden("")).expect("folder");
        std::fs::write(
            golden(name),
            KeyPair::generate().to_secret_text().as_bytes(),
        )
        .expect("write key");
    }
    let text = std::fs::read_to_string(golden(name)).expect("golden key");
    KeyPair::from_secret_text(text.trim_end()).expect("key")
}

fn bundle_info() -> BundleInfo {
    BundleInfo {
        bundle_id: "6f1c2a0e-5a43-4c1e-9b0e-2f4f3f1d8a11".into(),
        call_id: "GX-ASEAN-2025".into(),
        expert_id: "E01".into(),
        sequence: 1,
        issued_at: at(20),
        expires_at: at(30),
    }
}

fn package_info() -> PackageInfo {
    PackageInfo {
        package_id: "0b7d9c3e-2f1a-4b8e-9c55-3a2d1e0f9b71".into(),
        call_id: "GX-ASEAN-2025".into(),
        expert_id: "E01".into(),
        sequence: 1,
        previous: None,
        created_at: at(22),
    }
}

/// The stored file, or (with UPDATE_GOLDEN) a fresh one written in its place.
fn golden_file(name: &str, make: impl FnOnce() -> Vec<u8>) -> Vec<u8> {
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(golden(name), make()).expect("write golden");
    }
    std::fs::read(golden(name)).expect("golden file")
}

/// Entry names in order, and the manifest's bytes: what must not drift.
fn layout(bytes: &[u8]) -> (Vec<String>, String) {
    let entries = entries_of(bytes);
    let names = entries.iter().map(|(n, _)| n.clone()).collect();
    let manifest = String::from_utf8(entries[0].1.clone()).expect("utf-8");
    // The content is encrypted afresh each time; its size and hash vary.
    let stable = manifest
        .split(",\"entries\"")
        .next()
        .expect("manifest")
        .to_owned();
    (names, stable)
}

#[test]
fn the_golden_bundle_still_opens_and_the_format_has_not_drifted() {
    let (agency, expert) = (keys("agency.key"), keys("expert.key"));
    let make = || bundle::seal(&agency, &expert.public(), &bundle_info(), CONTENT).expect("seal");
    let stored = golden_file("bundle.zip", make);
    let pinned = agency.public();
    let opened = bundle::open(
        &stored,
        &Opener {
            expert_id: &"E01".into(),
            keys: &expert,
            agency: &pinned,
            installed_sequence: &|_| None,
            now: at(21),
            limits: Limits::default(),
        },
    )
    .expect("the golden bundle opens");
    assert_eq!(opened.content.as_slice(), CONTENT);
    assert_eq!(layout(&make()), layout(&stored));
    assert_eq!(
        layout(&stored).0,
        ["manifest.json", "manifest.sig", "content.age"]
    );
}

#[test]
fn the_golden_package_still_verifies_and_the_format_has_not_drifted() {
    let (agency, expert) = (keys("agency.key"), keys("expert.key"));
    // A real score document, as `docs/formats.md` describes it, so a
    // third-party verifier that reads the content accepts the golden file.
    let content = serde_json::to_vec(&scores(&["A001"], "8")).expect("JSON");
    let make = || {
        package::seal(&expert, &agency.public(), &package_info(), &content)
            .expect("seal")
            .bytes
    };
    let stored = golden_file("package.zip", make);
    let keys = expert.public();
    let registered = RegisteredExpert {
        expert_id: "E01",
        keys: &[EnrolledKey::only(keys.clone())],
    };
    let verified = package::verify(
        &stored,
        Some(registered),
        &agency.public(),
        Limits::default(),
    )
    .expect("the golden package verifies");
    assert_eq!(verified.open(&agency).expect("open").as_slice(), content);
    assert_eq!(layout(&make()), layout(&stored));

    // And the whole acceptance rule takes it.
    let assigned = [reviewdesk_domain::ApplicationId::new("A001")].into();
    let rubrics = reviewdesk_domain::default_rubrics::all();
    let judged = acceptance::place(&stored, registered, &agency, None, Limits::default())
        .expect("placed")
        .judge(Some(acceptance::CallTerms {
            assigned: &assigned,
            rubrics: &rubrics,
        }));
    let sheets = &judged.content().expect("its scores count").sheets;
    assert_eq!(sheets[0].application_id, "A001");
}

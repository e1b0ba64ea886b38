//! Score packages: sealed by an expert, verified by anyone with the expert's
//! and the agency's public keys, opened only by the agency.

use reviewdesk_exchange::EnrolledKey;
use reviewdesk_exchange::manifest::manifest_digest;
use reviewdesk_exchange::package::{self, PackageInfo, RegisteredExpert, SealedPackage};
use reviewdesk_exchange::{ExchangeError, KeyPair, Limits};

use crate::hostile::{entries_of, stored_zip};
use crate::{Parties, at};

const SHEETS: &[u8] = br#"{"sheets":[{"application_id":"A001","version":1}]}"#;

fn info(sequence: u64, previous: Option<String>) -> PackageInfo {
    PackageInfo {
        package_id: format!("0b7d9c3e-2f1a-4b8e-9c55-00000000000{sequence}").into(),
        call_id: "GX-ASEAN-2025".into(),
        expert_id: "E01".into(),
        sequence,
        previous,
        created_at: at(22),
    }
}

fn seal(parties: &Parties, info: &PackageInfo) -> SealedPackage {
    package::seal(&parties.expert, &parties.agency.public(), info, SHEETS).expect("seal")
}

fn verify(parties: &Parties, bytes: &[u8]) -> Result<package::VerifiedPackage, ExchangeError> {
    let keys = parties.expert.public();
    package::verify(
        bytes,
        Some(RegisteredExpert {
            expert_id: "E01",
            keys: &[EnrolledKey::only(keys.clone())],
        }),
        &parties.agency.public(),
        Limits::default(),
    )
}

#[test]
fn a_package_verifies_chains_and_opens_for_the_agency_only() {
    let parties = Parties::new();
    let first = seal(&parties, &info(1, None));
    let verified = verify(&parties, &first.bytes).expect("verifies");
    assert_eq!(verified.manifest.sequence, 1);
    assert_eq!(verified.manifest.previous, None);
    assert_eq!(
        verified
            .open(&parties.agency)
            .expect("agency reads")
            .as_slice(),
        SHEETS
    );
    assert_eq!(
        verified
            .open(&parties.expert)
            .expect_err("the expert cannot"),
        ExchangeError::Undecryptable
    );

    let second = seal(
        &parties,
        &info(2, Some(manifest_digest(&first.manifest_bytes))),
    );
    let verified = verify(&parties, &second.bytes).expect("verifies");
    assert_eq!(
        verified.manifest.previous.as_deref(),
        Some(manifest_digest(&first.manifest_bytes).as_str())
    );
}

#[test]
fn a_package_signed_by_another_expert_is_refused() {
    let parties = Parties::new();
    let other = Parties::with(
        KeyPair::from_secret_text(&parties.agency.to_secret_text()).expect("same agency"),
        KeyPair::generate(),
    );
    let forged = seal(&other, &info(1, None));
    assert_eq!(
        verify(&parties, &forged.bytes).expect_err("refused"),
        ExchangeError::BadSignature
    );
}

#[test]
fn without_a_registered_key_the_manifests_key_proves_the_package_intact() {
    let parties = Parties::new();
    let sealed = seal(&parties, &info(1, None));
    let verified = package::verify(
        &sealed.bytes,
        None,
        &parties.agency.public(),
        Limits::default(),
    )
    .expect("intact");
    assert_eq!(
        verified.manifest.expert_key,
        parties.expert.public().signing
    );
    let mut entries = entries_of(&sealed.bytes);
    entries[1].1[5] ^= 1;
    assert_eq!(
        package::verify(
            &stored_zip(&entries),
            None,
            &parties.agency.public(),
            Limits::default()
        )
        .expect_err("signature changed"),
        ExchangeError::BadSignature
    );
}

#[test]
fn a_modified_package_is_refused() {
    let parties = Parties::new();
    let sealed = seal(&parties, &info(1, None));
    let mut entries = entries_of(&sealed.bytes);
    let last = entries[2].1.len() - 1;
    entries[2].1[last] ^= 1;
    assert_eq!(
        verify(&parties, &stored_zip(&entries)).expect_err("content changed"),
        ExchangeError::HashMismatch {
            name: "content.age".into()
        }
    );
    let mut entries = entries_of(&sealed.bytes);
    let manifest = String::from_utf8(entries[0].1.clone())
        .expect("utf-8")
        .replace("\"sequence\":1", "\"sequence\":7");
    entries[0].1 = manifest.into_bytes();
    assert_eq!(
        verify(&parties, &stored_zip(&entries)).expect_err("manifest changed"),
        ExchangeError::BadSignature
    );
}

#[test]
fn a_bundle_is_not_a_package() {
    let parties = Parties::new();
    assert_eq!(
        verify(&parties, &parties.bundle(1)).expect_err("wrong kind"),
        ExchangeError::WrongKind {
            expected: "package",
            found: "reviewdesk.bundle".into()
        }
    );
}

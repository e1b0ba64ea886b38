//! Bundles and packages sealed and opened with real keys, and every refusal:
//! forged, altered, misaddressed, expired and rolled-back files, and hostile
//! zips built byte by byte inside the tests.

mod acceptance;
mod enrollment;
mod golden;
mod hostile;
mod packages;

use chrono::{DateTime, Duration, TimeZone as _, Utc};
use reviewdesk_exchange::bundle::{self, BundleInfo, Opener};
use reviewdesk_exchange::{ExchangeError, KeyPair, Limits, PublicKeys};

pub(crate) const CONTENT: &[u8] =
    br#"{"format":"reviewdesk.agency-data","note":"stand-in content"}"#;

pub(crate) fn at(day: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2025, 11, day, 8, 0, 0)
        .single()
        .expect("valid time")
}

pub(crate) struct Parties {
    pub agency: KeyPair,
    pub expert: KeyPair,
    /// The agency's public keys as the expert pinned them.
    pub pinned: PublicKeys,
}

impl Parties {
    pub fn new() -> Self {
        Self::with(KeyPair::generate(), KeyPair::generate())
    }

    pub fn with(agency: KeyPair, expert: KeyPair) -> Self {
        Self {
            pinned: agency.public(),
            agency,
            expert,
        }
    }

    pub fn info(&self, sequence: u64) -> BundleInfo {
        BundleInfo {
            bundle_id: "6f1c2a0e-5a43-4c1e-9b0e-2f4f3f1d8a11".into(),
            call_id: "GX-ASEAN-2025".into(),
            expert_id: "E01".into(),
            sequence,
            issued_at: at(20),
            expires_at: at(30),
        }
    }

    pub fn bundle(&self, sequence: u64) -> Vec<u8> {
        bundle::seal(
            &self.agency,
            &self.expert.public(),
            &self.info(sequence),
            CONTENT,
        )
        .expect("seal")
    }
}

pub(crate) fn open_with<'a>(
    parties: &'a Parties,
    bytes: &[u8],
    change: impl FnOnce(&mut Opener<'a>),
) -> Result<bundle::OpenedBundle, ExchangeError> {
    let mut opener = Opener {
        expert_id: Box::leak(Box::new("E01".into())),
        keys: &parties.expert,
        agency: &parties.pinned,
        installed_sequence: &|_| None,
        now: at(21),
        limits: Limits::default(),
    };
    change(&mut opener);
    bundle::open(bytes, &opener)
}

pub(crate) fn refusal(result: Result<bundle::OpenedBundle, ExchangeError>) -> ExchangeError {
    result.map(|_| ()).expect_err("refused")
}

#[test]
fn a_bundle_opens_for_its_expert_with_its_content() {
    let parties = Parties::new();
    let opened = open_with(&parties, &parties.bundle(3), |_| {}).expect("opens");
    assert_eq!(opened.content.as_slice(), CONTENT);
    assert_eq!(opened.manifest.sequence, 3);
    assert_eq!(opened.manifest.expires_at, "2025-11-30T08:00:00Z");
}

#[test]
fn a_bundle_from_another_agency_key_or_with_a_changed_signature_is_refused() {
    let parties = Parties::new();
    let impostor = Parties::with(
        KeyPair::generate(),
        KeyPair::from_secret_text(&parties.expert.to_secret_text()).expect("same expert"),
    );
    let forged = impostor.bundle(1);
    assert_eq!(
        refusal(open_with(&parties, &forged, |_| {})),
        ExchangeError::BadSignature
    );
    let mut entries = hostile::entries_of(&parties.bundle(1));
    entries[1].1[0] ^= 1;
    assert_eq!(
        refusal(open_with(&parties, &hostile::stored_zip(&entries), |_| {})),
        ExchangeError::BadSignature
    );
}

#[test]
fn a_bundle_for_someone_else_is_refused() {
    let parties = Parties::new();
    let bytes = parties.bundle(1);
    let err = refusal(open_with(&parties, &bytes, |o| {
        o.expert_id = Box::leak(Box::new("E02".into()))
    }));
    assert_eq!(err, ExchangeError::WrongRecipient);
    let other = KeyPair::generate();
    let err = refusal(open_with(&parties, &bytes, |o| o.keys = &other));
    assert_eq!(err, ExchangeError::WrongRecipient);
}

#[test]
fn an_expired_bundle_is_refused() {
    let parties = Parties::new();
    let bytes = parties.bundle(1);
    let err = refusal(open_with(&parties, &bytes, |o| {
        o.now = at(30) + Duration::seconds(1);
    }));
    assert_eq!(
        err,
        ExchangeError::Expired {
            expires_at: "2025-11-30T08:00:00Z".into()
        }
    );
    assert!(open_with(&parties, &bytes, |o| o.now = at(30)).is_ok());
}

#[test]
fn an_older_bundle_than_the_installed_one_is_refused() {
    let parties = Parties::new();
    let bytes = parties.bundle(4);
    let err = refusal(open_with(&parties, &bytes, |o| {
        o.installed_sequence = &|_| Some(5)
    }));
    assert_eq!(
        err,
        ExchangeError::Rollback {
            sequence: 4,
            installed: 5
        }
    );
    assert!(open_with(&parties, &bytes, |o| o.installed_sequence = &|_| Some(4)).is_ok());
}

#[test]
fn content_that_differs_from_its_hash_is_refused() {
    let parties = Parties::new();
    let mut entries = hostile::entries_of(&parties.bundle(1));
    let last = entries[2].1.len() - 1;
    entries[2].1[last] ^= 1;
    let err = refusal(open_with(&parties, &hostile::stored_zip(&entries), |_| {}));
    assert_eq!(
        err,
        ExchangeError::HashMismatch {
            name: "content.age".into()
        }
    );
}

#[test]
fn a_manifest_that_is_not_canonical_is_refused_even_when_signed() {
    let parties = Parties::new();
    let entries = hostile::entries_of(&parties.bundle(1));
    let spaced = String::from_utf8(entries[0].1.clone())
        .expect("utf-8")
        .replacen(',', ", ", 1);
    let resigned = hostile::resigned(&parties.agency, spaced.as_bytes(), &entries[2].1);
    let err = refusal(open_with(&parties, &resigned, |_| {}));
    assert_eq!(err, ExchangeError::NotCanonical);
}

#[test]
fn keys_survive_their_secret_text_and_nothing_else() {
    let keys = KeyPair::generate();
    let again = KeyPair::from_secret_text(&keys.to_secret_text()).expect("parse");
    assert_eq!(again.public(), keys.public());
    assert!(!format!("{keys:?}").contains("AGE-SECRET-KEY"));
    assert_eq!(
        KeyPair::from_secret_text("nonsense")
            .expect_err("refused")
            .code(),
        "exchange-bad-key"
    );
}

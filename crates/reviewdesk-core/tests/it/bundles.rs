//! Enrollment and assignment bundles through the session, with a real agency
//! key on the other side: pinning, importing, updating without losing scores,
//! and refusals that leave the vault as it was.

use chrono::{DateTime, TimeZone as _, Utc};
use reviewdesk_core::{KdfParams, Passphrase, Session, Timestamp};
use reviewdesk_exchange::KeyPair;
use reviewdesk_exchange::bundle::{self, BundleInfo};
use reviewdesk_exchange::enrollment;

use crate::scoring::{PASSPHRASE, complete_sheet};

const CODE: &str = "7K2M-Q9XD-4HNB-TV3C";

fn at(day: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2025, 11, day, 8, 0, 0)
        .single()
        .expect("time")
}

struct Setup {
    _dir: tempfile::TempDir,
    session: Session,
    agency: KeyPair,
    expert: reviewdesk_exchange::PublicKeys,
}

/// A new vault, enrolled as E01 with a fresh agency key, offline.
fn enrolled() -> Setup {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut session = Session::new(KdfParams::insecure_for_tests());
    let pass = Passphrase::new(PASSPHRASE.into());
    session
        .create_vault(&dir.path().join("v.rdvault"), &pass, &pass)
        .expect("create");
    let agency = KeyPair::generate();
    let request = session
        .expert()
        .enrollment_request(&"E01".into(), CODE, at(19))
        .expect("request");
    enrollment::check_request(&request, CODE).expect("the agency accepts");
    let response = enrollment::respond(
        &request,
        &agency,
        CODE,
        (
            enrollment::ServerAddress {
                url: Some("http://127.0.0.1:1"),
                tls_certificate: None,
            },
            None,
        ),
        at(19),
    );
    let identity = session
        .expert()
        .complete_enrollment(&response, None, at(19))
        .expect("enrolled");
    assert_eq!(identity.agency_key, Some(agency.public().signing));
    assert_eq!(identity.server.as_deref(), Some("http://127.0.0.1:1"));
    Setup {
        _dir: dir,
        session,
        expert: request.body.keys,
        agency,
    }
}

fn demo(title: &str) -> Vec<u8> {
    let mut document: serde_json::Value =
        serde_json::from_slice(&reviewdesk_core::demo_document(1)).expect("JSON");
    document["call"]["title"]["en"] = title.into();
    serde_json::to_vec(&document).expect("JSON")
}

fn sealed(setup: &Setup, sequence: u64, content: &[u8]) -> Vec<u8> {
    let call_id: serde_json::Value = serde_json::from_slice(content).expect("JSON");
    bundle::seal(
        &setup.agency,
        &setup.expert,
        &BundleInfo {
            bundle_id: format!("00000000-0000-4000-8000-00000000000{sequence}"),
            call_id: call_id["call"]["id"].as_str().expect("id").into(),
            expert_id: "E01".into(),
            sequence,
            issued_at: at(20),
            expires_at: at(30),
        },
        content,
    )
    .expect("seal")
}

fn call_title(session: &Session) -> String {
    let overview = session
        .overview(None, &Default::default())
        .expect("overview");
    overview.call.expect("call").title.best_for("en").to_owned()
}

#[test]
fn a_newer_bundle_updates_the_call_and_keeps_the_scores_an_older_one_is_refused() {
    let mut setup = enrolled();
    let first = sealed(&setup, 1, &demo("First issue"));
    let report = setup
        .session
        .expert()
        .import_bundle(&first, at(21), &mut |_| {})
        .expect("imports");
    assert_eq!(report.applications, 26);
    let call = report.call_id;
    setup
        .session
        .expert()
        .save_sheet(
            &call,
            &"A001".into(),
            &complete_sheet("8", "Kept across bundles."),
            "2025-12-01T09:01:00Z".parse().expect("time"),
        )
        .expect("score");

    let second = sealed(&setup, 2, &demo("Second issue"));
    setup
        .session
        .expert()
        .import_bundle(&second, at(22), &mut |_| {})
        .expect("a newer bundle imports");
    assert_eq!(call_title(&setup.session), "Second issue");
    let sheets = setup.session.expert().sheets(&call).expect("sheets");
    assert_eq!(sheets[0].input.opinion, "Kept across bundles.");

    let error = setup
        .session
        .expert()
        .import_bundle(&first, at(22), &mut |_| {})
        .expect_err("rollback");
    assert_eq!(error.code, "exchange-rollback");
    assert_eq!(call_title(&setup.session), "Second issue");
}

#[test]
fn refused_bundles_change_nothing() {
    let mut setup = enrolled();
    let good = sealed(&setup, 1, &demo("Issued"));
    let mut tampered = good.clone();
    let last = tampered.len() - 30;
    tampered[last] ^= 1;
    let error = setup
        .session
        .expert()
        .import_bundle(&tampered, at(21), &mut |_| {})
        .expect_err("tampered");
    assert!(error.code.as_str().starts_with("exchange-"), "{error:?}");
    assert!(
        setup
            .session
            .overview(None, &Default::default())
            .expect("overview")
            .call
            .is_none()
    );

    let expired = setup
        .session
        .expert()
        .import_bundle(&good, at(30) + chrono::Duration::hours(1), &mut |_| {})
        .expect_err("expired");
    assert_eq!(expired.code, "exchange-expired");
    assert!(
        setup
            .session
            .overview(None, &Default::default())
            .expect("overview")
            .call
            .is_none()
    );
}

#[test]
fn a_vault_that_is_not_enrolled_refuses_bundles_and_enrollment_needs_the_right_code() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut session = Session::new(KdfParams::insecure_for_tests());
    let pass = Passphrase::new(PASSPHRASE.into());
    session
        .create_vault(&dir.path().join("v.rdvault"), &pass, &pass)
        .expect("create");
    let agency = KeyPair::generate();
    let request = session
        .expert()
        .enrollment_request(&"E01".into(), CODE, at(19))
        .expect("request");
    let bytes = bundle::seal(
        &agency,
        &request.body.keys,
        &BundleInfo {
            bundle_id: "00000000-0000-4000-8000-000000000001".into(),
            call_id: "x".into(),
            expert_id: "E01".into(),
            sequence: 1,
            issued_at: at(20),
            expires_at: at(30),
        },
        b"{}",
    )
    .expect("seal");
    assert_eq!(
        session
            .expert()
            .import_bundle(&bytes, at(21), &mut |_| {})
            .expect_err("not enrolled")
            .code,
        "not-enrolled"
    );
    let forged = enrollment::respond(
        &request,
        &KeyPair::generate(),
        "WRONG-CODE",
        Default::default(),
        at(19),
    );
    assert_eq!(
        session
            .expert()
            .complete_enrollment(&forged, None, at(19))
            .expect_err("wrong code")
            .code,
        "exchange-bad-signature"
    );
    let identity = session
        .expert()
        .identity()
        .expect("identity")
        .expect("pending");
    assert_eq!(identity.agency_key, None);
    // Asking again keeps the same keys, so a response to either request fits them.
    let again = session
        .expert()
        .enrollment_request(&"E01".into(), CODE, at(20))
        .expect("request again");
    assert_eq!(again.body.keys, request.body.keys);
}

#[test]
fn submitting_queues_a_chained_package_only_the_agency_can_read() {
    use reviewdesk_core::outbox::{DeliveryStateView, PackageContent};
    use reviewdesk_core::sheet::{ConflictKind, Declaration, SheetInput};
    use reviewdesk_exchange::Limits;
    use reviewdesk_exchange::manifest::manifest_digest;
    use reviewdesk_exchange::package;

    let mut setup = enrolled();
    let bundle = sealed(&setup, 1, &demo("Issued"));
    let report = setup
        .session
        .expert()
        .import_bundle(&bundle, at(21), &mut |_| {})
        .expect("imports");
    let call = report.call_id;
    let now: Timestamp = "2025-11-22T09:30:00Z".parse().expect("time");
    setup
        .session
        .expert()
        .save_sheet(
            &call,
            &"A001".into(),
            &complete_sheet("8", "Sound plan."),
            now,
        )
        .expect("score");
    setup
        .session
        .expert()
        .submit_sheet(&call, &"A001".into(), now)
        .expect("submit");
    let mut recusal = complete_sheet("9", "typed before declaring");
    recusal.declaration = Some(Declaration::Conflict {
        conflict: ConflictKind::Relative,
        details: "My cousin leads the team".into(),
    });
    setup
        .session
        .expert()
        .save_sheet(&call, &"A002".into(), &recusal, now)
        .expect("recuse");
    setup
        .session
        .expert()
        .submit_sheet(&call, &"A002".into(), now)
        .expect("submit recusal");

    let outbox = setup.session.expert().outbox().expect("outbox");
    assert_eq!(outbox.len(), 2);
    assert!(outbox.iter().all(|p| p.state == DeliveryStateView::Queued));
    assert_eq!((outbox[0].sequence, outbox[1].sequence), (1, 2));

    let folder = setup._dir.path().join("outbox");
    let files = setup
        .session
        .expert()
        .export_outbox(&folder)
        .expect("export");
    assert_eq!(files.len(), 2);
    let open = |path: &std::path::Path| {
        let verified = package::verify(
            &std::fs::read(path).expect("read"),
            Some(package::RegisteredExpert {
                expert_id: "E01",
                keys: &[reviewdesk_exchange::EnrolledKey::only(setup.expert.clone())],
            }),
            &setup.agency.public(),
            Limits::default(),
        )
        .expect("the agency verifies it");
        let content: PackageContent =
            serde_json::from_slice(&verified.open(&setup.agency).expect("decrypt")).expect("JSON");
        (verified, content)
    };
    let (first, scores) = open(&files[0]);
    let (second, recused) = open(&files[1]);
    assert_eq!(first.manifest.previous, None);
    assert_eq!(
        second.manifest.previous,
        Some(manifest_digest(&first.manifest_bytes))
    );
    assert_eq!(scores.sheets[0].application_id, "A001");
    assert_eq!(scores.sheets[0].input.opinion, "Sound plan.");
    assert_eq!(
        scores.sheets[0]
            .totals
            .as_ref()
            .and_then(|t| t.overall)
            .map(|p| p.to_string()),
        Some("80".into())
    );
    let packaged = &recused.sheets[0];
    assert!(packaged.recused);
    assert_eq!(
        packaged.input,
        SheetInput {
            declaration: recusal.declaration.clone(),
            ..SheetInput::default()
        }
    );
    assert_eq!(packaged.totals, None);
}

/// A call that arrived signed is never replaced by a plain data file, which
/// anyone could have edited; a newer bundle still replaces it.
#[test]
fn a_plain_data_file_cannot_replace_a_call_that_arrived_signed() {
    let mut setup = enrolled();
    let bundle = sealed(&setup, 1, &demo("Signed"));
    setup
        .session
        .expert()
        .import_bundle(&bundle, at(21), &mut |_| {})
        .expect("bundle");
    let error = setup
        .session
        .import(&demo("Edited by anyone"), &mut |_| {})
        .expect_err("refused");
    assert_eq!(error.code, "import-call-signed");
    assert_eq!(call_title(&setup.session), "Signed");
    let bundle = sealed(&setup, 2, &demo("Signed again"));
    setup
        .session
        .expert()
        .import_bundle(&bundle, at(21), &mut |_| {})
        .expect("a newer bundle");
    assert_eq!(call_title(&setup.session), "Signed again");
}

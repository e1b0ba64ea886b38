//! Sync between a real vault and the real agency server on 127.0.0.1 port 0:
//! online enrollment, bundle download and import, packages delivered in order
//! with receipts recorded, and a server that cannot be reached.

mod acceptance;
mod backup;
mod faults;
mod meeting;
mod reenrollment;
mod tls;

use std::time::Duration;

use chrono::Utc;
use reviewdesk_core::outbox::{Delivery, DeliveryStateView};
use reviewdesk_core::{KdfParams, Passphrase, Session, Timestamp};
use reviewdesk_server::{Agency, Database};
use reviewdesk_sync::SyncPolicy;

const PASSPHRASE: &str = "lychee harbour violet tram 42";

fn quick() -> SyncPolicy {
    SyncPolicy {
        attempts: 3,
        base: Duration::from_millis(10),
        cap: Duration::from_millis(50),
        timeout: Duration::from_secs(10),
        ..SyncPolicy::default()
    }
}

/// The agency's operations on a new SQLite file in a test's folder, with
/// the demo call loaded and a one-time code for E01.
struct DemoAgency {
    agency: Agency,
    code: String,
    call_id: String,
}

async fn demo_agency(dir: &std::path::Path) -> DemoAgency {
    demo_agency_with(
        dir,
        &reviewdesk_demo::generate_json(reviewdesk_demo::DEMO_SEED, 1),
    )
    .await
}

/// As [`demo_agency`], with the agency data `document` loaded.
async fn demo_agency_with(dir: &std::path::Path, document: &[u8]) -> DemoAgency {
    let agency = Agency::open_or_init(
        &Database::Sqlite(dir.join("server.db")),
        None,
        &reviewdesk_server::testing::unseal(dir),
    )
    .await
    .expect("server");
    let report = agency.load_call(document, Utc::now()).await.expect("load");
    let code = agency.issue_code(&"E01".into()).await.expect("code");
    DemoAgency {
        agency,
        code,
        call_id: report.call_id.into_string(),
    }
}

fn complete_sheet(opinion: &str) -> reviewdesk_core::sheet::SheetInput {
    complete_sheet_scored("8", opinion)
}

/// A complete sheet with every item scored `score` of 10.
fn complete_sheet_scored(score: &str, opinion: &str) -> reviewdesk_core::sheet::SheetInput {
    let rubric = reviewdesk_domain::default_rubrics::pre_review();
    serde_json::from_value(serde_json::json!({
        "declaration": {"kind": "no_conflict"},
        "scores": rubric.criteria.iter().flat_map(|c| &c.items).map(|i| (i.id.clone(), score)).collect::<std::collections::BTreeMap<_, _>>(),
        "vetoes": {"related-to-demand-side": false, "export-restricted": false},
        "recommendation": "recommend",
        "opinion": opinion,
    }))
    .expect("sheet")
}

/// The demo agency serving on loopback: its operations, its address, the
/// one-time code for E01 and the call.
struct Serving {
    agency: Agency,
    server: String,
    code: String,
    call_id: String,
}

async fn serving(dir: &std::path::Path) -> Serving {
    serving_with(
        dir,
        &reviewdesk_demo::generate_json(reviewdesk_demo::DEMO_SEED, 1),
    )
    .await
}

/// As [`serving`], with the agency data `document` loaded.
async fn serving_with(dir: &std::path::Path, document: &[u8]) -> Serving {
    let DemoAgency {
        agency,
        code,
        call_id,
    } = demo_agency_with(dir, document).await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let server = format!("http://{}", listener.local_addr().expect("address"));
    tokio::spawn(reviewdesk_server::http::serve(listener, agency.clone()));
    Serving {
        agency,
        server,
        code,
        call_id,
    }
}

/// A laptop: a new vault at `path`, enrolled online as E01 with `code` and
/// holding the call's bundle.
async fn enrolled_laptop(
    path: &std::path::Path,
    server: &str,
    code: &str,
) -> std::sync::Mutex<Session> {
    enrolled_laptop_as(path, server, "E01", code).await
}

/// As [`enrolled_laptop`], enrolled as `expert`.
async fn enrolled_laptop_as(
    path: &std::path::Path,
    server: &str,
    expert: &str,
    code: &str,
) -> std::sync::Mutex<Session> {
    let laptop = std::sync::Mutex::new(Session::new(KdfParams::insecure_for_tests()));
    let session = || laptop.lock().expect("session");
    let pass = Passphrase::new(PASSPHRASE.into());
    session().create_vault(path, &pass, &pass).expect("vault");
    reviewdesk_sync::enroll_vault(session, server, &expert.into(), code, quick())
        .await
        .expect("enrolled");
    reviewdesk_sync::sync_once(session, None, quick(), &mut |_| {})
        .await
        .expect("bundle");
    laptop
}

/// Scores and submits `application` in the session's vault, with `opinion`.
fn submit(session: &mut Session, call: &str, application: &str, opinion: &str) {
    let now = Timestamp::now();
    let mut expert = session.expert();
    expert
        .save_sheet(
            &call.into(),
            &application.into(),
            &complete_sheet(opinion),
            now,
        )
        .expect("score");
    expert
        .submit_sheet(&call.into(), &application.into(), now)
        .expect("submit");
}

#[tokio::test]
async fn scores_travel_to_the_server_and_receipts_come_back() {
    let dir = tempfile::tempdir().expect("tempdir");
    let DemoAgency { agency, code, .. } = demo_agency(dir.path()).await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let server = format!("http://{}", listener.local_addr().expect("address"));
    tokio::spawn(reviewdesk_server::http::serve(listener, agency));

    let mut session = Session::new(KdfParams::insecure_for_tests());
    let pass = Passphrase::new(PASSPHRASE.into());
    session
        .create_vault(&dir.path().join("expert.rdvault"), &pass, &pass)
        .expect("vault");
    let request = session
        .expert()
        .enrollment_request(&"E01".into(), &code, Utc::now())
        .expect("request");
    let response = reviewdesk_sync::enroll(&server, &request, quick())
        .await
        .expect("enrolled online");
    session
        .expert()
        .complete_enrollment(&response, None, Utc::now())
        .expect("pinned");

    let plan = session.expert().sync_plan(Some(&server)).expect("plan");
    let bundles = reviewdesk_sync::fetch_bundles(&plan, quick())
        .await
        .expect("bundles");
    assert_eq!(bundles.len(), 1);
    let report = session
        .expert()
        .import_bundle(&bundles[0].1, Utc::now(), &mut |_| {})
        .expect("import");
    let call = report.call_id;
    // Nothing newer now: no second download.
    let plan = session.expert().sync_plan(Some(&server)).expect("plan");
    assert!(
        reviewdesk_sync::fetch_bundles(&plan, quick())
            .await
            .expect("none")
            .is_empty()
    );

    for application in ["A001", "A002", "A003"] {
        let now = Timestamp::now();
        session
            .expert()
            .save_sheet(
                &call,
                &application.into(),
                &complete_sheet("Scored offline."),
                now,
            )
            .expect("score");
        session
            .expert()
            .submit_sheet(&call, &application.into(), now)
            .expect("submit");
    }
    let plan = session.expert().sync_plan(Some(&server)).expect("plan");
    assert_eq!(plan.packages.len(), 3);
    let mut results = Vec::new();
    let report = reviewdesk_sync::deliver(&plan, quick(), |package, delivery| {
        results.push((package.package_id.clone(), delivery.clone()));
    })
    .await;
    assert_eq!(
        (report.delivered, report.refused, report.pending),
        (3, 0, 0)
    );
    for (id, delivery) in &results {
        assert!(matches!(delivery, Delivery::Delivered { .. }));
        session
            .expert()
            .record_delivery(id, delivery, Timestamp::now())
            .expect("record");
    }
    let outbox = session.expert().outbox().expect("outbox");
    assert!(
        outbox
            .iter()
            .all(|p| p.state == DeliveryStateView::Delivered && p.receipt.is_some())
    );
    assert!(
        session
            .expert()
            .sync_plan(Some(&server))
            .expect("plan")
            .packages
            .is_empty()
    );
}

#[tokio::test]
async fn an_unreachable_server_leaves_everything_queued() {
    let dir = tempfile::tempdir().expect("tempdir");
    let DemoAgency { agency, code, .. } = demo_agency(dir.path()).await;
    let mut session = Session::new(KdfParams::insecure_for_tests());
    let pass = Passphrase::new(PASSPHRASE.into());
    session
        .create_vault(&dir.path().join("expert.rdvault"), &pass, &pass)
        .expect("vault");
    let request = session
        .expert()
        .enrollment_request(&"E01".into(), &code, Utc::now())
        .expect("request");
    let response = agency
        .enroll(&request, Utc::now())
        .await
        .expect("offline enrollment");
    session
        .expert()
        .complete_enrollment(&response, None, Utc::now())
        .expect("pinned");
    let (_, bundle) = agency
        .issue_bundle(
            &"E01".into(),
            &reviewdesk_demo_call().clone().into(),
            Utc::now(),
        )
        .await
        .expect("bundle");
    let call = session
        .expert()
        .import_bundle(&bundle, Utc::now(), &mut |_| {})
        .expect("import")
        .call_id;
    let now = Timestamp::now();
    session
        .expert()
        .save_sheet(&call, &"A001".into(), &complete_sheet("x"), now)
        .expect("score");
    session
        .expert()
        .submit_sheet(&call, &"A001".into(), now)
        .expect("submit");

    // A port nothing listens on.
    let closed = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let dead = format!("http://{}", closed.local_addr().expect("address"));
    drop(closed);
    let plan = session.expert().sync_plan(Some(&dead)).expect("plan");
    let report = reviewdesk_sync::deliver(&plan, quick(), |_, _| panic!("nothing can end")).await;
    assert_eq!((report.delivered, report.pending), (0, 1));
    assert!(report.last_error.is_some());
    assert_eq!(
        session.expert().outbox().expect("outbox")[0].state,
        DeliveryStateView::Queued
    );
}

fn reviewdesk_demo_call() -> String {
    let document: serde_json::Value = serde_json::from_slice(&reviewdesk_demo::generate_json(
        reviewdesk_demo::DEMO_SEED,
        1,
    ))
    .expect("JSON");
    document["call"]["id"].as_str().expect("id").to_owned()
}

//! A panel meeting on the room's network: an expert's vault joins the real
//! hub (a staff vault served by `reviewdesk-meeting` on 127.0.0.1 port 0)
//! with the join card's address and code, sends it every package it lacks
//! and gets the agency's receipts; the agency server still gets each
//! package once the vault syncs again. A wrong code or a hub the agency
//! does not vouch for is refused before anything is sent.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use reviewdesk_core::outbox::DeliveryStateView;
use reviewdesk_core::{ErrorCode, KdfParams, Passphrase, Session, Timestamp};
use reviewdesk_meeting::MeetingOptions;
use zeroize::Zeroizing;

use crate::{PASSPHRASE, Serving, complete_sheet, enrolled_laptop, quick, serving, submit};

const STAFF_PASSPHRASE: &str = "mango river seventeen kites";

/// A staff vault with the call's data and the staff key `agency` writes
/// now (so it knows every expert enrolled by then).
async fn staff_vault(
    dir: &std::path::Path,
    agency: &reviewdesk_server::Agency,
) -> Arc<Mutex<Session>> {
    let mut staff = Session::new(KdfParams::insecure_for_tests());
    let pass = Passphrase::new(PASSPHRASE.into());
    staff
        .create_vault(&dir.join("staff.rdvault"), &pass, &pass)
        .expect("vault");
    let demo = reviewdesk_demo::generate_json(reviewdesk_demo::DEMO_SEED, 1);
    staff.import(&demo, &mut |_| {}).expect("agency data");
    let key = agency.staff_key(STAFF_PASSPHRASE).await.expect("staff key");
    staff
        .staff()
        .install_staff_key(&key, &Zeroizing::new(STAFF_PASSPHRASE.into()))
        .expect("installed");
    Arc::new(Mutex::new(staff))
}

fn loopback() -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], 0))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_expert_joins_the_meeting_and_the_hub_takes_every_package_it_lacks() {
    let dir = tempfile::tempdir().expect("tempdir");
    let Serving {
        agency,
        server,
        code,
        call_id,
    } = serving(dir.path()).await;
    let laptop = enrolled_laptop(&dir.path().join("e01.rdvault"), &server, &code).await;
    let session = || laptop.lock().expect("session");
    // Before the meeting, one package reached the agency server.
    submit(&mut session(), &call_id, "A001", "Scored at home.");
    reviewdesk_sync::sync_once(session, None, quick(), &mut |_| {})
        .await
        .expect("synced");
    let staff = staff_vault(dir.path(), &agency).await;
    let meeting = reviewdesk_meeting::start(
        Arc::clone(&staff),
        MeetingOptions {
            call_id: call_id.as_str().into(),
            listen: loopback(),
        },
    )
    .await
    .expect("hub");
    let card = meeting.card.clone();
    assert_eq!(card.addresses.len(), 1, "{:?}", card.addresses);
    let address = &card.addresses[0];

    // A code from another certificate is refused in the handshake.
    let refused =
        reviewdesk_sync::meeting::join_meeting(session, address, Some("AAAA-BBBB-CCCC"), quick())
            .await
            .expect_err("wrong code");
    assert_eq!(refused.code, ErrorCode::MeetingCodeWrong);
    assert!(session().expert().joined_meeting().expect("read").is_none());

    // The join line the QR code carries.
    let joined = reviewdesk_sync::meeting::join_meeting(session, &card.join_line, None, quick())
        .await
        .expect("joined");
    assert_eq!(joined.tls_certificate, card.fingerprint);
    assert_eq!(joined.call_id.as_str(), call_id);

    // In the room: one submitted, one being scored.
    submit(&mut session(), &call_id, "A002", "Scored in the room.");
    session()
        .expert()
        .save_sheet(
            &call_id.as_str().into(),
            &"A003".into(),
            &complete_sheet("Still thinking."),
            Timestamp::now(),
        )
        .expect("draft");
    let changes = meeting.changes();
    let step = reviewdesk_sync::meeting::meeting_step(session, quick())
        .await
        .expect("in step");
    // The hub lacked both: the one the agency already has, and the new one.
    assert_eq!((step.delivered, step.refused, step.pending), (2, 0, 0));
    assert!(step.discussions.is_empty(), "no demand is open yet");
    assert!(changes.has_changed().expect("hub running"));
    assert_eq!(
        staff
            .lock()
            .expect("staff")
            .staff()
            .panel_chains()
            .expect("chains"),
        [("E01".to_owned(), 1), ("E01".to_owned(), 2)]
    );
    let scoring = meeting.scoring();
    assert_eq!(
        scoring
            .get(&reviewdesk_domain::ExpertId::from("E01"))
            .map(|s| s.iter().map(|a| a.as_str().to_owned()).collect::<Vec<_>>()),
        Some(vec!["A003".to_owned()])
    );
    let outbox = session().expert().outbox().expect("outbox");
    assert!(
        outbox
            .iter()
            .all(|p| p.state == DeliveryStateView::Delivered)
    );
    assert_eq!(session().expert().awaiting_agency().expect("count"), 1);

    // Nothing new: the next step sends nothing.
    let again = reviewdesk_sync::meeting::meeting_step(session, quick())
        .await
        .expect("in step");
    assert_eq!(again.delivered, 0);

    // Back at the agency, staff forward what the meeting took: the one
    // package the server lacks.
    meeting.stop().await;
    agency
        .add_staff("clerk", "correct horse battery")
        .await
        .expect("staff account");
    let call: reviewdesk_domain::CallId = call_id.as_str().into();
    let forward = || {
        reviewdesk_sync::fetch_into_vault(
            || staff.lock().expect("staff"),
            &server,
            "clerk",
            "correct horse battery",
            &call,
            quick(),
        )
    };
    let exchanged = forward().await.expect("forwarded");
    assert_eq!((exchanged.forwarded, exchanged.imported), (1, 0));
    let second = &session().expert().outbox().expect("outbox")[1]
        .package_id
        .clone();
    let forwarded = agency
        .receipt(&"E01".into(), second)
        .await
        .expect("the agency holds it");

    // The expert's app, back online, sends it too: accepted once, with the
    // same receipt.
    let synced = reviewdesk_sync::sync_once(session, None, quick(), &mut |_| {})
        .await
        .expect("synced");
    assert_eq!(synced.delivered, 1);
    assert_eq!(session().expert().awaiting_agency().expect("count"), 0);
    let outbox = session().expert().outbox().expect("outbox");
    assert_eq!(
        outbox[1].receipt.as_ref().map(|r| r.received_at.clone()),
        Some(forwarded.body.received_at.clone()),
        "the agency's own receipt, from when staff forwarded it"
    );
    // Forwarding again changes nothing.
    let again = forward().await.expect("nothing to do");
    assert_eq!(again.forwarded, 0);
}

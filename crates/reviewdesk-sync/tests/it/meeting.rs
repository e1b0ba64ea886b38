//! A panel meeting on the room's network: an expert's vault joins the real
//! hub (a staff vault served by `reviewdesk-meeting` on 127.0.0.1 port 0)
//! with the join card's address and code, sends it every package it lacks
//! and gets the agency's receipts; the agency server still gets each
//! package once the vault syncs again. A wrong code or a hub the agency
//! does not vouch for is refused before anything is sent.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use reviewdesk_core::outbox::DeliveryStateView;
use reviewdesk_core::staff::board::ExpertState;
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
    let demo = reviewdesk_demo::generate_json(reviewdesk_demo::DEMO_SEED, 1);
    staff_vault_with(dir, agency, &demo).await
}

/// As [`staff_vault`], with the agency data `document`.
async fn staff_vault_with(
    dir: &std::path::Path,
    agency: &reviewdesk_server::Agency,
    demo: &[u8],
) -> Arc<Mutex<Session>> {
    let mut staff = Session::new(KdfParams::insecure_for_tests());
    let pass = Passphrase::new(PASSPHRASE.into());
    staff
        .create_vault(&dir.join("staff.rdvault"), &pass, &pass)
        .expect("vault");
    staff.import(demo, &mut |_| {}).expect("agency data");
    let key = agency.staff_key(STAFF_PASSPHRASE).await.expect("staff key");
    staff
        .staff()
        .install_staff_key(&key, &Zeroizing::new(STAFF_PASSPHRASE.into()))
        .expect("installed");
    Arc::new(Mutex::new(staff))
}

/// The hub of a meeting on `call_id`, served from `staff` on loopback.
async fn start_hub(staff: &Arc<Mutex<Session>>, call_id: &str) -> reviewdesk_meeting::Meeting {
    reviewdesk_meeting::start(
        Arc::clone(staff),
        MeetingOptions {
            call_id: call_id.into(),
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
        },
    )
    .await
    .expect("hub")
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
    let meeting = start_hub(&staff, &call_id).await;
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
            .map(|p| p.state)
            .eq([DeliveryStateView::Delivered, DeliveryStateView::AtMeeting]),
        "the first reached the agency, the second only the hub"
    );
    assert_eq!(session().expert().awaiting_agency().expect("count"), 1);
    assert_eq!(
        session().expert().sync_status(None).queued,
        1,
        "the sync indicator counts it as waiting for the agency"
    );

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
    assert_eq!(outbox[1].state, DeliveryStateView::Delivered);
    assert_eq!(
        outbox[1].receipt.as_ref().map(|r| r.received_at.clone()),
        Some(forwarded.body.received_at.clone()),
        "the agency's own receipt, from when staff forwarded it"
    );
    // Forwarding again changes nothing.
    let again = forward().await.expect("nothing to do");
    assert_eq!(again.forwarded, 0);
}

/// The room's network between the experts and the hub: a TCP relay on
/// loopback that can be cut (every open connection dropped, new ones
/// refused) and restored.
struct RoomNetwork {
    address: SocketAddr,
    up: tokio::sync::watch::Sender<bool>,
}

impl RoomNetwork {
    async fn to(hub: SocketAddr) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let address = listener.local_addr().expect("address");
        let (up, _) = tokio::sync::watch::channel(true);
        let watching = up.clone();
        tokio::spawn(async move {
            while let Ok((mut client, _)) = listener.accept().await {
                let mut state = watching.subscribe();
                if !*state.borrow() {
                    continue;
                }
                tokio::spawn(async move {
                    let Ok(mut server) = tokio::net::TcpStream::connect(hub).await else {
                        return;
                    };
                    tokio::select! {
                        _ = tokio::io::copy_bidirectional(&mut client, &mut server) => {}
                        _ = state.wait_for(|up| !*up) => {}
                    }
                });
            }
        });
        Self { address, up }
    }

    fn cut(&self) {
        self.up.send_replace(false);
    }

    fn restore(&self) {
        self.up.send_replace(true);
    }
}

fn hub_address(card: &reviewdesk_meeting::JoinCard) -> SocketAddr {
    card.addresses[0]
        .trim_start_matches("https://")
        .parse()
        .expect("an address")
}

/// A meeting on the demo call dated today (open for pre-review): the hub
/// served from a staff vault, and two experts' vaults enrolled, not joined.
struct PanelOfTwo {
    agency: reviewdesk_server::Agency,
    call_id: String,
    today: chrono::NaiveDate,
    e01: Mutex<Session>,
    e02: Mutex<Session>,
    staff: Arc<Mutex<Session>>,
    meeting: reviewdesk_meeting::Meeting,
}

async fn panel_of_two(dir: &std::path::Path) -> PanelOfTwo {
    let today = chrono::Local::now().date_naive();
    let demo = reviewdesk_demo::generate_json_on(reviewdesk_demo::DEMO_SEED, 1, today);
    let Serving {
        agency,
        server,
        code,
        call_id,
    } = crate::serving_with(dir, &demo).await;
    let e01 = enrolled_laptop(&dir.join("e01.rdvault"), &server, &code).await;
    let e02_code = agency.issue_code(&"E02".into()).await.expect("code");
    let e02 = crate::enrolled_laptop_as(&dir.join("e02.rdvault"), &server, "E02", &e02_code).await;
    let staff = staff_vault_with(dir, &agency, &demo).await;
    let meeting = start_hub(&staff, &call_id).await;
    PanelOfTwo {
        agency,
        call_id,
        today,
        e01,
        e02,
        staff,
        meeting,
    }
}

/// A meeting on a call open for pre-review (the demo dated today): the
/// room's network drops while an expert keeps scoring and nothing is lost;
/// the chair opens a demand for discussion, then for revision; an expert
/// revises, and the board and the results follow.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_network_drops_mid_meeting_and_a_revision_round_follows_the_discussion() {
    let dir = tempfile::tempdir().expect("tempdir");
    let PanelOfTwo {
        call_id,
        today,
        e01,
        e02,
        staff,
        meeting,
        ..
    } = panel_of_two(dir.path()).await;
    let room = RoomNetwork::to(hub_address(&meeting.card)).await;
    let through_room = format!("https://{}", room.address);
    let session_1 = || e01.lock().expect("E01");
    let session_2 = || e02.lock().expect("E02");
    reviewdesk_sync::meeting::join_meeting(
        session_1,
        &through_room,
        Some(&meeting.card.code),
        quick(),
    )
    .await
    .expect("E01 joined");
    reviewdesk_sync::meeting::join_meeting(
        session_2,
        &through_room,
        Some(&meeting.card.code),
        quick(),
    )
    .await
    .expect("E02 joined");
    let score = |session: &mut Session, application: &str, points: &str| {
        let (call, application) = (call_id.as_str().into(), application.into());
        let sheet =
            crate::complete_sheet_scored(points, &format!("{points} of 10: reasons of the score."));
        let mut expert = session.expert();
        expert
            .save_sheet(&call, &application, &sheet, Timestamp::now())
            .expect("score");
        expert
            .submit_sheet(&call, &application, Timestamp::now())
            .expect("submit");
    };
    score(&mut session_1(), "A001", "8");
    let first = reviewdesk_sync::meeting::meeting_step(session_1, quick())
        .await
        .expect("in step");
    assert_eq!(first.delivered, 1);

    // The room's network drops; E01 keeps scoring.
    room.cut();
    score(&mut session_1(), "A002", "7");
    score(&mut session_1(), "A004", "6");
    let cut = reviewdesk_sync::meeting::meeting_step(session_1, quick())
        .await
        .expect_err("no network");
    assert_eq!(cut.code, ErrorCode::MeetingHubUnreachable);
    let outbox = session_1().expert().outbox().expect("outbox");
    assert_eq!(outbox.len(), 3, "every submission kept its package");
    assert_eq!(
        outbox
            .iter()
            .filter(|p| p.state == DeliveryStateView::Queued)
            .count(),
        2
    );
    // It returns: what waited goes, nothing twice.
    room.restore();
    let back = reviewdesk_sync::meeting::meeting_step(session_1, quick())
        .await
        .expect("in step again");
    assert_eq!((back.delivered, back.pending), (2, 0));
    assert_eq!(
        staff
            .lock()
            .expect("staff")
            .staff()
            .panel_chains()
            .expect("chains")
            .len(),
        3
    );

    // E02 scores the demand too; the chair opens it for discussion.
    for (application, points) in [("A001", "6"), ("A002", "9"), ("A004", "7")] {
        score(&mut session_2(), application, points);
    }
    reviewdesk_sync::meeting::meeting_step(session_2, quick())
        .await
        .expect("E02 in step");
    let (call, d01): (reviewdesk_domain::CallId, reviewdesk_domain::DemandId) =
        (call_id.as_str().into(), "D01".into());
    let open = |round| {
        staff
            .lock()
            .expect("staff")
            .staff()
            .set_round(&call, &d01, round, Timestamp::now())
            .expect("round")
    };
    open(Some(reviewdesk_core::staff::Round::Discussion));
    let shown = reviewdesk_sync::meeting::meeting_step(session_1, quick())
        .await
        .expect("in step");
    let view = shown.discussions[0]
        .view
        .as_ref()
        .expect("E01 submitted all of D01");
    let a001 = view
        .applicants
        .iter()
        .find(|a| a.application_id == "A001")
        .expect("A001");
    let overall = a001.overall.as_ref().expect("two scores");
    assert_eq!(overall.scores.len(), 2);
    assert_eq!(
        a001.opinions,
        ["6 of 10: reasons of the score."],
        "the other expert's reasons, without a name"
    );

    // The chair opens a revision round; E01 revises A001 after hearing E02.
    open(Some(reviewdesk_core::staff::Round::Revision));
    session_1()
        .expert()
        .revise_sheet(&call, &"A001".into(), today, Timestamp::now())
        .expect("a new version");
    reviewdesk_sync::meeting::meeting_step(session_1, quick())
        .await
        .expect("in step");
    let board = meeting.board().await.expect("board");
    let state = |board: &reviewdesk_core::staff::board::BoardView, application: &str| {
        board.demands[0]
            .applicants
            .iter()
            .find(|a| a.application_id == application)
            .and_then(|a| a.experts.iter().find(|c| c.expert_id == "E01"))
            .map(|c| c.state)
    };
    assert_eq!(state(&board, "A001"), Some(ExpertState::Revising));
    score(&mut session_1(), "A001", "7");
    let revised = reviewdesk_sync::meeting::meeting_step(session_1, quick())
        .await
        .expect("in step");
    assert_eq!(revised.delivered, 1);
    let board = meeting.board().await.expect("board");
    assert_eq!(state(&board, "A001"), Some(ExpertState::Submitted));
    let panel = staff
        .lock()
        .expect("staff")
        .staff()
        .panel(&call)
        .expect("panel");
    let a001 = panel.demands[0]
        .applicants
        .iter()
        .find(|a| a.application_id == "A001")
        .expect("A001");
    let e01_score = a001
        .scores
        .iter()
        .find(|s| s.expert_id == "E01")
        .and_then(|s| s.overall.map(|p| p.to_string()));
    assert_eq!(
        e01_score.as_deref(),
        Some("70"),
        "the revised version counts"
    );
    assert!(!panel.calibration.experts.is_empty());
    meeting.stop().await;
}

/// The end of a meeting: the chair fixes the minutes, each expert's app
/// reads them from the hub and signs their digest, and the minutes PDF
/// carries the content with the agency's seal — so a copy is checked with
/// the agency's public key alone, and an altered copy is caught.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_panel_signs_the_minutes_and_a_copy_is_checked_with_the_agency_key() {
    use reviewdesk_core::minutes_check::verify_minutes;
    use reviewdesk_exchange::KeyPair;
    use reviewdesk_exchange::signed_minutes::MinutesSignature;
    use reviewdesk_minutes::minutes::{CONTENT_ATTACHMENT, SEAL_ATTACHMENT};

    let dir = tempfile::tempdir().expect("tempdir");
    let PanelOfTwo {
        agency,
        call_id,
        e01,
        e02,
        staff,
        meeting,
        ..
    } = panel_of_two(dir.path()).await;
    let session_1 = || e01.lock().expect("E01");
    let session_2 = || e02.lock().expect("E02");
    let line = &meeting.card.join_line;
    reviewdesk_sync::meeting::join_meeting(session_1, line, None, quick())
        .await
        .expect("E01 joined");
    reviewdesk_sync::meeting::join_meeting(session_2, line, None, quick())
        .await
        .expect("E02 joined");
    submit(&mut session_1(), &call_id, "A001", "Sound plan.");
    submit(&mut session_2(), &call_id, "A001", "Credible partners.");
    let call: reviewdesk_domain::CallId = call_id.as_str().into();

    // Nothing to sign before the chair fixes the minutes.
    let before = reviewdesk_sync::meeting::meeting_step(session_1, quick())
        .await
        .expect("in step");
    assert!(before.minutes.is_none());
    let early = reviewdesk_sync::meeting::sign_minutes(session_1, &"0".repeat(64), quick())
        .await
        .expect_err("not fixed");
    assert_eq!(early.code, ErrorCode::MinutesNotFixed);
    reviewdesk_sync::meeting::meeting_step(session_2, quick())
        .await
        .expect("in step");

    meeting.fix_minutes().await.expect("fixed");
    let read = reviewdesk_sync::meeting::meeting_step(session_1, quick())
        .await
        .expect("in step")
        .minutes
        .expect("the fixed minutes, checked against their digest");
    assert!(!read.signed);
    assert!(read.demands.iter().any(|d| d.demand_id == "D01"));
    assert_eq!(
        read.experts
            .iter()
            .map(|(id, _)| id.as_str())
            .collect::<Vec<_>>(),
        ["E01", "E02"]
    );
    // A hub that shows one content under another's digest is refused.
    let mut forged = staff
        .lock()
        .expect("staff")
        .staff()
        .minutes_to_sign(&call, &"E01".into())
        .expect("read")
        .expect("as the hub shows them");
    forged.content = forged.content.replace("Sound plan.", "Weak plan.");
    assert_eq!(
        reviewdesk_core::expert::meeting::read_minutes_to_sign(&forged)
            .expect_err("altered")
            .code,
        ErrorCode::MinutesAltered
    );

    // Signing what one did not read is refused; what one read is kept.
    let stale = reviewdesk_sync::meeting::sign_minutes(session_1, &"0".repeat(64), quick())
        .await
        .expect_err("another digest");
    assert_eq!(stale.code, ErrorCode::MinutesChanged);
    let signed = reviewdesk_sync::meeting::sign_minutes(session_1, &read.digest, quick())
        .await
        .expect("signed");
    assert_eq!(signed.digest, read.digest);
    let again = reviewdesk_sync::meeting::meeting_step(session_1, quick())
        .await
        .expect("in step");
    assert!(again.minutes.expect("minutes").signed);
    let view = meeting.view().await.expect("view");
    let signing = view.minutes.expect("fixed");
    assert!(signing.current);
    assert_eq!(
        signing
            .signed
            .iter()
            .map(|s| s.expert_id.as_str())
            .collect::<Vec<_>>(),
        ["E01"]
    );
    assert_eq!(signing.unsigned.len(), 1);

    // Another expert's signature, or one made with a key the agency never
    // enrolled, is not kept.
    {
        let mut staff = staff.lock().expect("staff");
        let mut desk = staff.staff();
        let refused = desk
            .accept_minutes_signature(&"E02".into(), &signed)
            .expect_err("E01's signature sent as E02");
        assert_eq!(refused.code, ErrorCode::ExchangeWrongExpert);
        let stranger = MinutesSignature::sign(
            &KeyPair::generate(),
            &call,
            &"E02".into(),
            &read.digest,
            chrono::Utc::now(),
        );
        let refused = desk
            .accept_minutes_signature(&"E02".into(), &stranger)
            .expect_err("not E02's key");
        assert_eq!(refused.code, ErrorCode::ExchangeBadSignature);
    }
    let e02_read = reviewdesk_sync::meeting::meeting_step(session_2, quick())
        .await
        .expect("in step")
        .minutes
        .expect("minutes");
    assert_eq!(e02_read.digest, read.digest, "one content for the panel");
    reviewdesk_sync::meeting::sign_minutes(session_2, &e02_read.digest, quick())
        .await
        .expect("E02 signed");
    meeting.stop().await;

    // The minutes PDF lists both signatures as verified and carries the
    // content and the seal.
    let pdf_path = dir.path().join("minutes.pdf");
    let fonts = reviewdesk_core::staff::shipped_fonts(None);
    staff
        .lock()
        .expect("staff")
        .staff()
        .export_minutes(&call, &pdf_path, &fonts, reviewdesk_core::Language::En)
        .expect("exported");
    let pdf = std::fs::read(&pdf_path).expect("pdf");
    if let Some(text) = poppler(
        "pdftotext",
        &[
            pdf_path.as_os_str(),
            "-enc".as_ref(),
            "UTF-8".as_ref(),
            "-".as_ref(),
        ],
    ) {
        assert_eq!(text.matches("Signed electronically").count(), 2, "{text}");
        assert!(text.contains(&read.digest), "the footer names the digest");
    }
    if let Some(listed) = poppler("pdfdetach", &["-list".as_ref(), pdf_path.as_os_str()]) {
        assert!(
            listed.contains(CONTENT_ATTACHMENT) && listed.contains(SEAL_ATTACHMENT),
            "{listed}"
        );
    }

    let agency_key = agency.public_keys();
    let check = verify_minutes(&pdf, "minutes.pdf", &agency_key).expect("it holds");
    assert!(check.holds());
    assert_eq!(check.digest, read.digest);
    assert!(check.fixed_at.is_some());
    assert_eq!(
        check
            .signatures
            .iter()
            .map(|s| s.expert_id.as_str())
            .collect::<Vec<_>>(),
        ["E01", "E02"]
    );
    assert!(check.unsigned.is_empty());

    // Under another agency's key, the seal fails.
    let stranger = KeyPair::generate().public();
    assert_eq!(
        verify_minutes(&pdf, "minutes.pdf", &stranger)
            .expect_err("not this agency's")
            .code,
        ErrorCode::ExchangeBadSignature
    );
    // A copy whose content was altered after sealing is caught.
    let content = reviewdesk_minutes::attachments::attachment(&pdf, CONTENT_ATTACHMENT, 1 << 25)
        .expect("read")
        .expect("content");
    let seal = reviewdesk_minutes::attachments::attachment(&pdf, SEAL_ATTACHMENT, 1 << 20)
        .expect("read")
        .expect("seal");
    let altered = String::from_utf8(content)
        .expect("UTF-8")
        .replace("Sound plan.", "Weak plan.");
    let bare = reviewdesk_minutes::minutes::render(
        &serde_json::from_str(&altered).expect("minutes"),
        &fonts,
        reviewdesk_core::Language::En,
    )
    .expect("rendered");
    let json = "application/json";
    let doctored = reviewdesk_minutes::attachments::attach(
        &bare,
        &[
            (CONTENT_ATTACHMENT, json, altered.as_bytes()),
            (SEAL_ATTACHMENT, json, &seal),
        ],
    )
    .expect("attached");
    assert_eq!(
        verify_minutes(&doctored, "doctored.pdf", &agency_key)
            .expect_err("altered")
            .code,
        ErrorCode::MinutesAltered
    );
    // A PDF that carries nothing to check is said to be so.
    assert_eq!(
        verify_minutes(&bare, "bare.pdf", &agency_key)
            .expect_err("nothing carried")
            .code,
        ErrorCode::MinutesUnsealed
    );

    // A note recorded after signing changes the content: the signatures
    // stay with the content they signed, and the new minutes carry none.
    staff
        .lock()
        .expect("staff")
        .staff()
        .set_demand_note(
            &call,
            &"D01".into(),
            &reviewdesk_core::staff::DemandNote {
                note: "Added after signing.".into(),
                votes: Default::default(),
            },
        )
        .expect("note");
    let signing = staff
        .lock()
        .expect("staff")
        .staff()
        .minutes_signing(&call)
        .expect("read")
        .expect("fixed");
    assert!(
        !signing.current,
        "the data no longer gives the fixed content"
    );
    assert_eq!(
        staff
            .lock()
            .expect("staff")
            .staff()
            .minutes_to_sign(&call, &"E01".into())
            .expect("read"),
        None,
        "content the data no longer gives is not offered for signing"
    );
    staff
        .lock()
        .expect("staff")
        .staff()
        .export_minutes(&call, &pdf_path, &fonts, reviewdesk_core::Language::En)
        .expect("exported");
    let check = verify_minutes(
        &std::fs::read(&pdf_path).expect("pdf"),
        "minutes.pdf",
        &agency_key,
    )
    .expect("sealed");
    assert!(check.signatures.is_empty() && check.fixed_at.is_none());
    assert_eq!(check.unsigned.len(), 2);
}

/// What poppler's `tool` prints for `args`; `None` under Wine, where the
/// Windows build's tests run without poppler (Linux runs them all).
fn poppler(tool: &str, args: &[&std::ffi::OsStr]) -> Option<String> {
    match std::process::Command::new(tool).args(args).output() {
        Ok(output) => {
            assert!(
                output.status.success(),
                "{tool}: {}",
                String::from_utf8_lossy(&output.stderr)
            );
            Some(String::from_utf8_lossy(&output.stdout).into_owned())
        }
        Err(e) if cfg!(windows) && e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => panic!("{tool}: {e}"),
    }
}

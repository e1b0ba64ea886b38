//! Staff mode end to end on real vaults: two experts enroll, receive the
//! demo call as a bundle, score and submit; their package files reach a
//! staff vault holding the agency's keys, which checks each again, decides
//! per demand and writes the minutes, the opinion forms and the matrix.
//! Tampered, foreign and repeated packages, and a wrong key passphrase, are
//! refused or ignored without changing anything.

use std::path::{Path, PathBuf};

use chrono::{Duration, Utc};
use reviewdesk_core::staff::board::{ExpertState, ScoringReports};
use reviewdesk_core::staff::{DemandNote, MeetingInput, PanelImportState};
use reviewdesk_core::{KdfParams, Language, Passphrase, Session};
use reviewdesk_domain::discussion::Round;
use reviewdesk_domain::panel::DemandOutcome;
use reviewdesk_exchange::EnrolledKey;
use reviewdesk_exchange::bundle::{self, BundleInfo};
use reviewdesk_exchange::staff_key::{self, ExpertKeys};
use reviewdesk_exchange::{KeyPair, PublicKeys, enrollment};
use zeroize::Zeroizing;

use crate::scoring::{PASSPHRASE, complete_sheet};

const CODE: &str = "7K2M-Q9XD-4HNB-TV3C";
const STAFF_PASSPHRASE: &str = "mango river seventeen kites";

struct Expert {
    _dir: tempfile::TempDir,
    session: Session,
    keys: PublicKeys,
}

fn new_vault(dir: &Path, name: &str) -> Session {
    let mut session = Session::new(KdfParams::insecure_for_tests());
    let pass = Passphrase::new(PASSPHRASE.into());
    session
        .create_vault(&dir.join(name), &pass, &pass)
        .expect("create");
    session
}

/// An expert's vault, enrolled with `agency` and holding the demo call.
fn expert(agency: &KeyPair, id: &str) -> Expert {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut session = new_vault(dir.path(), "expert.rdvault");
    let request = session
        .expert()
        .enrollment_request(&id.into(), CODE, Utc::now())
        .expect("request");
    let response = enrollment::respond(&request, agency, CODE, Default::default(), Utc::now());
    session
        .expert()
        .complete_enrollment(&response, None, Utc::now())
        .expect("enrolled");
    let content = reviewdesk_core::demo_document(1);
    let call_id =
        serde_json::from_slice::<serde_json::Value>(&content).expect("JSON")["call"]["id"]
            .as_str()
            .expect("id")
            .to_owned();
    let bundle = bundle::seal(
        agency,
        &request.body.keys,
        &BundleInfo {
            bundle_id: uuid::Uuid::new_v4().to_string(),
            call_id: call_id.into(),
            expert_id: id.into(),
            sequence: 1,
            issued_at: Utc::now(),
            expires_at: Utc::now() + Duration::days(30),
        },
        &content,
    )
    .expect("seal");
    session
        .expert()
        .import_bundle(&bundle, Utc::now(), &mut |_| {})
        .expect("bundle");
    Expert {
        _dir: dir,
        keys: request.body.keys,
        session,
    }
}

/// Scores and submits `applications` (score per application), recusing `recuse`.
fn submit(expert: &mut Expert, call: &str, scores: &[(&str, &str)], recuse: Option<&str>) {
    for (application, score) in scores {
        let sheet = if Some(*application) == recuse {
            serde_json::from_value(serde_json::json!({
                "declaration": {"kind": "conflict", "conflict": "former_employer", "details": "Worked there until 2024"},
            }))
            .expect("recusal")
        } else {
            complete_sheet(
                score,
                &format!("Opinion on {application}: sound partnership base."),
            )
        };
        expert
            .session
            .expert()
            .save_sheet(
                &call.into(),
                &(*application).into(),
                &sheet,
                "2025-12-02T09:00:00Z".parse().expect("time"),
            )
            .expect("save");
        expert
            .session
            .expert()
            .submit_sheet(
                &call.into(),
                &(*application).into(),
                "2025-12-02T09:05:00Z".parse().expect("time"),
            )
            .expect("submit");
    }
}

fn package_files(expert: &mut Expert, folder: &Path) -> Vec<PathBuf> {
    let mut files = expert
        .session
        .expert()
        .export_outbox(folder)
        .expect("export");
    files.sort();
    files
}

#[test]
fn a_staff_vault_checks_the_panels_packages_and_writes_the_minutes() {
    let agency = KeyPair::generate();
    let mut e01 = expert(&agency, "E01");
    let mut e02 = expert(&agency, "E02");
    let mut outsider = expert(&agency, "E03");
    let call = "GX-ASEAN-AI-2025";
    submit(
        &mut e01,
        call,
        &[("A001", "8"), ("A002", "6"), ("A004", "7")],
        None,
    );
    submit(
        &mut e02,
        call,
        &[("A001", "9"), ("A002", "5"), ("A004", "6.5")],
        Some("A002"),
    );

    // The staff member's vault: the call's agency data, then the staff key.
    let dir = tempfile::tempdir().expect("tempdir");
    let mut staff = new_vault(dir.path(), "staff.rdvault");
    staff
        .import(&reviewdesk_core::demo_document(1), &mut |_| {})
        .expect("agency data");
    let key_file = staff_key::seal(
        &agency,
        &staff_key::Server {
            url: Some("https://review.example".into()),
            tls_certificate: None,
        },
        &[
            ExpertKeys {
                expert_id: "E01".into(),
                keys: vec![EnrolledKey::only(e01.keys.clone())],
            },
            ExpertKeys {
                expert_id: "E02".into(),
                keys: vec![EnrolledKey::only(e02.keys.clone())],
            },
        ],
        STAFF_PASSPHRASE,
    )
    .expect("staff key");
    let error = staff
        .staff()
        .install_staff_key(&key_file, &Zeroizing::new("not the passphrase".into()))
        .expect_err("wrong passphrase");
    assert_eq!(error.code, "staff-key-wrong-passphrase");
    assert_eq!(
        staff.staff().view().expect("staff"),
        None,
        "nothing installed"
    );
    let installed = staff
        .staff()
        .install_staff_key(&key_file, &Zeroizing::new(STAFF_PASSPHRASE.into()))
        .expect("installed");
    assert_eq!(
        (installed.agency_key, installed.experts),
        (agency.public().signing, 2)
    );

    let packages = dir.path().join("usb");
    let e01_files = package_files(&mut e01, &packages.join("e01"));
    let e02_files = package_files(&mut e02, &packages.join("e02"));
    assert_eq!((e01_files.len(), e02_files.len()), (3, 3));

    // Refused, and nothing imported: a tampered package, an unknown expert's.
    let mut tampered = std::fs::read(&e01_files[0]).expect("read");
    let at = tampered.len() / 2;
    tampered[at] ^= 0x40;
    assert!(staff.staff().import_panel_package(&tampered).is_err());
    let foreign = package_files(&mut outsider, &packages.join("e03"));
    assert!(foreign.is_empty(), "the outsider submitted nothing yet");
    let panel = staff.staff().panel(&call.into()).expect("panel");
    assert!(
        panel
            .demands
            .iter()
            .all(|d| d.applicants.iter().all(|a| a.scores.is_empty()))
    );

    for file in e01_files.iter().chain(&e02_files) {
        let imported = staff
            .staff()
            .import_panel_package(&std::fs::read(file).expect("read"))
            .expect("imports");
        assert_eq!(imported.state, PanelImportState::Imported);
    }
    let again = staff
        .staff()
        .import_panel_package(&std::fs::read(&e01_files[0]).expect("read"))
        .expect("the same package again");
    assert_eq!(again.state, PanelImportState::AlreadyImported);

    // D01's applicants: A001–A004; A003 fails formal review in the demo.
    staff
        .staff()
        .set_demand_note(
            &call.into(),
            &"D01".into(),
            &DemandNote {
                note: "主持专家：同意按综合得分选定。".into(),
                votes: Default::default(),
            },
        )
        .expect("note");
    let panel = staff.staff().panel(&call.into()).expect("panel");
    let d01 = panel
        .demands
        .iter()
        .find(|d| d.demand_id == "D01")
        .expect("D01");
    let a001 = d01
        .applicants
        .iter()
        .find(|a| a.application_id == "A001")
        .expect("A001");
    assert_eq!(a001.scores.len(), 2);
    let a002 = d01
        .applicants
        .iter()
        .find(|a| a.application_id == "A002")
        .expect("A002");
    assert!(
        a002.scores
            .iter()
            .any(|s| s.expert_id == "E02" && s.recused)
    );
    // Two scores only: the trimmed mean falls back to the mean, A001 (85)
    // above A004 (67.5); A002 (60, one expert) also ranks.
    let first = &d01.result.applicants[0];
    assert_eq!(first.application_id, "A001");
    assert_eq!(
        first.overall.as_ref().map(|o| o.value.to_string()),
        Some("85".into())
    );
    // E03–E05 are assigned too and have not submitted: no conclusion yet.
    assert_eq!(d01.result.outcome, DemandOutcome::AwaitingScores);
    assert_eq!(first.missing, ["E03", "E04", "E05"]);
    // Calibrated from what came in: the two experts who submitted; D01's
    // agreement leaves out A002, which E02 recused from, not E02.
    let calibrated: Vec<&str> = panel
        .calibration
        .experts
        .iter()
        .map(|e| e.expert_id.as_str())
        .collect();
    assert_eq!(calibrated, ["E01", "E02"]);
    let d01_agreement = &panel
        .calibration
        .demands
        .iter()
        .find(|d| d.demand_id == "D01")
        .expect("D01 calibrated")
        .kendall_w;
    assert_eq!((d01_agreement.experts, d01_agreement.applicants), (2, 2));

    staff
        .staff()
        .set_meeting(
            &call.into(),
            &MeetingInput {
                date: "2025-12-03".into(),
                place: Some("南宁 Nanning".into()),
                chair: "E01".into(),
                staff: vec!["韦晓玲".into()],
            },
        )
        .expect("meeting");
    let assets = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../assets/fonts");
    let out = dir.path().join("out");
    std::fs::create_dir_all(&out).expect("out");
    staff
        .staff()
        .export_minutes(
            &call.into(),
            &out.join("minutes.pdf"),
            &assets,
            Language::En,
        )
        .expect("minutes");
    staff
        .staff()
        .export_matrix(&call.into(), &out.join("matrix.csv"), Language::En)
        .expect("matrix");
    let forms = staff
        .staff()
        .export_opinion_forms(&call.into(), &out.join("opinions"), &assets, Language::En)
        .expect("forms");
    assert_eq!(forms.len(), 2);
    let csv = std::fs::read(out.join("matrix.csv")).expect("csv");
    assert!(csv.starts_with(b"\xEF\xBB\xBF"));
    let text = match std::process::Command::new("pdftotext")
        .args([
            out.join("minutes.pdf").as_os_str(),
            "-enc".as_ref(),
            "UTF-8".as_ref(),
            "-".as_ref(),
        ])
        .output()
    {
        Ok(text) => text,
        // Windows has no poppler; tests/windows/ reads a PDF written on
        // Windows back with poppler on Linux, which must have it.
        Err(e) if cfg!(windows) && e.kind() == std::io::ErrorKind::NotFound => {
            eprintln!("skipped reading the minutes back: poppler is not installed on this Windows");
            return;
        }
        Err(e) => panic!("pdftotext: {e}"),
    };
    let text = String::from_utf8(text.stdout).expect("utf-8");
    for expected in [
        "评审会议纪要",
        "南宁 Nanning",
        "主持专家：同意按综合得分选定。",
        "A001",
        "85.00",
    ] {
        assert!(text.contains(expected), "{expected:?} not in the minutes");
    }
}

#[test]
fn packages_that_came_before_their_call_count_once_the_call_arrives() {
    let agency = KeyPair::generate();
    let mut e01 = expert(&agency, "E01");
    let call = "GX-ASEAN-AI-2025";
    submit(&mut e01, call, &[("A001", "8")], None);

    // The staff key first, the packages next, the call's data last.
    let dir = tempfile::tempdir().expect("tempdir");
    let mut staff = new_vault(dir.path(), "staff.rdvault");
    let key_file = staff_key::seal(
        &agency,
        &staff_key::Server::default(),
        &[ExpertKeys {
            expert_id: "E01".into(),
            keys: vec![EnrolledKey::only(e01.keys.clone())],
        }],
        STAFF_PASSPHRASE,
    )
    .expect("staff key");
    staff
        .staff()
        .install_staff_key(&key_file, &Zeroizing::new(STAFF_PASSPHRASE.into()))
        .expect("installed");
    let files = package_files(&mut e01, &dir.path().join("usb"));
    let imported = staff
        .staff()
        .import_panel_package(&std::fs::read(&files[0]).expect("read"))
        .expect("placed");
    assert!(
        matches!(&imported.state, PanelImportState::Refused { code, .. } if *code == "package-unknown-call"),
        "{imported:?}"
    );

    staff
        .import(&reviewdesk_core::demo_document(1), &mut |_| {})
        .expect("agency data");
    let panel = staff.staff().panel(&call.into()).expect("panel");
    let a001 = panel
        .demands
        .iter()
        .flat_map(|d| &d.applicants)
        .find(|a| a.application_id == "A001")
        .expect("A001");
    assert_eq!(
        a001.scores
            .iter()
            .map(|s| (s.expert_id.as_str(), s.overall.map(|o| o.to_string())))
            .collect::<Vec<_>>(),
        [("E01", Some("80".to_owned()))],
        "judged against the call once it arrived"
    );
}

/// A call whose tie-break chain has no panel vote does not take a vote: the
/// note is refused whole with a code that says why, and the note without the
/// vote is kept.
#[test]
fn a_vote_the_calls_rule_does_not_count_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut staff = new_vault(dir.path(), "staff.rdvault");
    let mut document: serde_json::Value =
        serde_json::from_slice(&reviewdesk_core::demo_document(1)).expect("JSON");
    document["call"]["aggregation"] = serde_json::json!({
        "method": "mean", "precision": 2, "veto": "any",
        "tie_break": [{"by": "criterion", "criterion_id": "partnership"}],
    });
    let call: reviewdesk_core::CallId = document["call"]["id"].as_str().expect("id").into();
    staff
        .import(&serde_json::to_vec(&document).expect("JSON"), &mut |_| {})
        .expect("agency data");
    let voted = DemandNote {
        note: "The panel chose A001.".into(),
        votes: [("A001".into(), 4)].into(),
    };
    let refused = staff
        .staff()
        .set_demand_note(&call, &"D01".into(), &voted)
        .expect_err("no vote in the rule");
    assert_eq!(refused.code, reviewdesk_core::ErrorCode::PanelVoteNotInRule);
    let unvoted = DemandNote {
        votes: Default::default(),
        ..voted
    };
    staff
        .staff()
        .set_demand_note(&call, &"D01".into(), &unvoted)
        .expect("a note without a vote");
    let panel = staff.staff().panel(&call).expect("panel");
    let d01 = panel
        .demands
        .iter()
        .find(|d| d.demand_id == "D01")
        .expect("D01");
    assert_eq!(d01.note, unvoted);
    assert!(!panel.rule.decides_ties_by_vote());
}

/// A staff vault holding `document`, the staff key for `experts` and every
/// package they exported.
fn staff_vault_with(
    agency: &KeyPair,
    experts: &mut [(&str, &mut Expert)],
    document: &[u8],
) -> (tempfile::TempDir, Session) {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut staff = new_vault(dir.path(), "staff.rdvault");
    staff.import(document, &mut |_| {}).expect("agency data");
    let keys: Vec<ExpertKeys> = experts
        .iter()
        .map(|(id, expert)| ExpertKeys {
            expert_id: (*id).into(),
            keys: vec![EnrolledKey::only(expert.keys.clone())],
        })
        .collect();
    let server = staff_key::Server {
        url: None,
        tls_certificate: None,
    };
    let key_file = staff_key::seal(agency, &server, &keys, STAFF_PASSPHRASE).expect("key");
    staff
        .staff()
        .install_staff_key(&key_file, &Zeroizing::new(STAFF_PASSPHRASE.into()))
        .expect("installed");
    for (id, expert) in experts.iter_mut() {
        for file in package_files(expert, &dir.path().join(id)) {
            staff
                .staff()
                .import_panel_package(&std::fs::read(file).expect("read"))
                .expect("imported");
        }
    }
    (dir, staff)
}

/// The meeting's discussion round: nothing before the chair opens a demand;
/// then an expert who submitted sees the panel's scores without names (and,
/// as this call allows, the others' opinions), an applicant they recused
/// from blanked; one who has not submitted sees nothing; a revision round
/// the call does not allow is refused; closing the round hides it again.
#[test]
fn the_chair_opens_a_demand_and_only_experts_who_submitted_see_the_panel() {
    let agency = KeyPair::generate();
    let mut e01 = expert(&agency, "E01");
    let mut e02 = expert(&agency, "E02");
    let call_id = "GX-ASEAN-AI-2025";
    submit(
        &mut e01,
        call_id,
        &[("A001", "8"), ("A002", "6"), ("A004", "7")],
        None,
    );
    submit(
        &mut e02,
        call_id,
        &[("A001", "9"), ("A002", "5"), ("A004", "6.5")],
        Some("A002"),
    );
    let mut document: serde_json::Value =
        serde_json::from_slice(&reviewdesk_core::demo_document(1)).expect("JSON");
    document["call"]["discussion"] = serde_json::json!({"share_reasons": true});
    let document = serde_json::to_vec(&document).expect("JSON");
    let (_dir, mut staff) = staff_vault_with(
        &agency,
        &mut [("E01", &mut e01), ("E02", &mut e02)],
        &document,
    );
    let call: reviewdesk_core::CallId = call_id.into();
    let d01: reviewdesk_core::DemandId = "D01".into();
    fn code<T: std::fmt::Debug>(
        result: Result<T, reviewdesk_core::CoreError>,
    ) -> reviewdesk_core::ErrorCode {
        result.expect_err("refused").code
    }

    assert_eq!(
        code(staff.staff().discussion_for(&call, &d01, &"E01".into())),
        reviewdesk_core::ErrorCode::DiscussionNotOpen
    );
    let now: reviewdesk_core::Timestamp = "2025-12-03T09:00:00Z".parse().expect("time");
    assert_eq!(
        code(
            staff
                .staff()
                .set_round(&call, &d01, Some(Round::Revision), now)
        ),
        reviewdesk_core::ErrorCode::RevisionNotAllowed
    );
    staff
        .staff()
        .set_round(&call, &d01, Some(Round::Discussion), now)
        .expect("opened");
    assert_eq!(
        staff.staff().rounds(&call).expect("rounds"),
        [(d01.clone(), Round::Discussion)].into()
    );
    let panel = staff.staff().panel(&call).expect("panel");
    let rounds: Vec<_> = panel
        .demands
        .iter()
        .filter_map(|d| d.round.map(|r| (d.demand_id.as_str(), r)))
        .collect();
    assert_eq!(
        rounds,
        [("D01", Round::Discussion)],
        "the board shows the round"
    );
    assert!(!panel.discussion.allow_revision);

    let not_yet = staff
        .staff()
        .discussion_for(&call, &d01, &"E03".into())
        .expect_err("E03 has not submitted");
    assert_eq!(
        not_yet.code,
        reviewdesk_core::ErrorCode::DiscussionNotSubmitted
    );
    assert!(
        not_yet
            .args
            .contains(&("applications".into(), "A001, A002, A004".into()))
    );

    let shown = staff
        .staff()
        .discussion_for(&call, &d01, &"E02".into())
        .expect("E02 submitted and recused");
    assert!(shown.reasons_shared);
    let a001 = shown
        .applicants
        .iter()
        .find(|a| a.application_id == "A001")
        .expect("A001");
    let overall = a001.overall.as_ref().expect("two scores");
    assert_eq!(overall.scores.len(), 2);
    assert_eq!(
        a001.opinions,
        ["Opinion on A001: sound partnership base."],
        "E01's, not E02's own"
    );
    let a002 = shown
        .applicants
        .iter()
        .find(|a| a.application_id == "A002")
        .expect("A002");
    assert!(a002.recused && a002.overall.is_none() && a002.opinions.is_empty());

    // What the hub answers each expert: every open demand they score.
    let for_e03 = staff
        .staff()
        .discussions_for(&call, &"E03".into())
        .expect("E03's");
    assert_eq!(for_e03.len(), 1);
    assert!(for_e03[0].view.is_none());
    assert_eq!(
        for_e03[0].withheld.as_ref().map(|p| p.code),
        Some(reviewdesk_core::ErrorCode::DiscussionNotSubmitted)
    );
    let for_e02 = staff
        .staff()
        .discussions_for(&call, &"E02".into())
        .expect("E02's");
    assert_eq!(for_e02[0].view.as_ref(), Some(&shown));

    // The chair's board: where each expert stands, never a score.
    let scoring: ScoringReports = [
        ("E03".into(), ["A001".into()].into()),
        ("E01".into(), ["A002".into()].into()),
    ]
    .into();
    let board = staff.staff().board(&call, &scoring).expect("board");
    let d01_board = board
        .demands
        .iter()
        .find(|d| d.demand_id == d01)
        .expect("D01");
    assert_eq!(d01_board.round, Some(Round::Discussion));
    let state = |application: &str, expert: &str| {
        d01_board
            .applicants
            .iter()
            .find(|a| a.application_id == application)
            .and_then(|a| a.experts.iter().find(|c| c.expert_id == expert))
            .map(|c| c.state)
    };
    assert_eq!(state("A001", "E01"), Some(ExpertState::Submitted));
    assert_eq!(state("A001", "E03"), Some(ExpertState::Scoring));
    assert_eq!(state("A002", "E01"), Some(ExpertState::Revising));
    assert_eq!(state("A002", "E02"), Some(ExpertState::Recused));
    assert_eq!(state("A004", "E03"), Some(ExpertState::NotStarted));
    let json = serde_json::to_string(&board).expect("JSON");
    assert!(
        !json.contains("score\"") && !json.contains("overall"),
        "{json}"
    );

    staff
        .staff()
        .set_round(&call, &d01, None, now)
        .expect("closed");
    assert_eq!(
        code(staff.staff().discussion_for(&call, &d01, &"E02".into())),
        reviewdesk_core::ErrorCode::DiscussionNotOpen
    );
}

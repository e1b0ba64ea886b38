//! Score sheets through the session, as the app and the CLI use them: the
//! scoring form, revision before the deadline, progress and comparison.

use std::path::PathBuf;

use chrono::NaiveDate;
use reviewdesk_core::sheet::{ConflictKind, Declaration, SheetInput};
use reviewdesk_core::views::{SheetProgress, SheetState};
use reviewdesk_core::{KdfParams, Passphrase, Session, Timestamp};

pub(crate) const PASSPHRASE: &str = "lychee harbour violet tram 42";

/// The shipped pre-review rubric's sub-item ids, in form order.
pub(crate) fn item_ids() -> Vec<String> {
    reviewdesk_domain::default_rubrics::pre_review()
        .criteria
        .into_iter()
        .flat_map(|c| c.items)
        .map(|i| i.id)
        .collect()
}

pub(crate) struct DemoVault {
    _dir: tempfile::TempDir,
    pub path: PathBuf,
    pub call_id: reviewdesk_domain::CallId,
}

impl DemoVault {
    /// A vault with the demo call, with `patch` applied to the agency data first.
    pub fn new(patch: impl FnOnce(&mut serde_json::Value)) -> (Self, Session) {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("expert.rdvault");
        let mut session = Session::new(KdfParams::insecure_for_tests());
        let pass = Passphrase::new(PASSPHRASE.into());
        session.create_vault(&path, &pass, &pass).expect("create");
        let mut document: serde_json::Value =
            serde_json::from_slice(&reviewdesk_core::demo_document(1)).expect("JSON");
        patch(&mut document);
        let bytes = serde_json::to_vec(&document).expect("JSON");
        let report = session.import(&bytes, &mut |_| {}).expect("import");
        let vault = Self {
            _dir: dir,
            path,
            call_id: report.call_id,
        };
        (vault, session)
    }
}

/// A sheet that can be submitted: every item at `score`, vetoes answered.
pub(crate) fn complete_sheet(score: &str, opinion: &str) -> SheetInput {
    serde_json::from_value(serde_json::json!({
        "declaration": {"kind": "no_conflict"},
        "scores": item_ids().into_iter().map(|i| (i, score)).collect::<std::collections::BTreeMap<_, _>>(),
        "vetoes": {"related-to-demand-side": false, "export-restricted": false},
        "recommendation": "recommend",
        "opinion": opinion,
    }))
    .expect("sheet")
}

fn date(text: &str) -> NaiveDate {
    text.parse().expect("date")
}

#[test]
fn the_scoring_view_carries_the_rubric_the_sheet_and_its_history() {
    let (demo, mut session) = DemoVault::new(|d| d["call"]["pre_review_due"] = "2025-12-05".into());
    let call = &demo.call_id;
    let empty = session
        .expert()
        .scoring(call, &"A001".into(), date("2025-12-01"))
        .expect("view");
    assert_eq!(empty.rubric.id, "pre-review");
    assert_eq!(empty.sheet, None);
    assert_eq!(empty.application.progress, SheetProgress::NotStarted);
    assert_eq!(empty.revise_until.as_deref(), Some("2025-12-05"));

    session
        .expert()
        .save_sheet(
            call,
            &"A001".into(),
            &complete_sheet("7", "Fine."),
            minute(1),
        )
        .expect("save");
    session
        .expert()
        .submit_sheet(call, &"A001".into(), minute(2))
        .expect("submit");
    session
        .expert()
        .revise_sheet(call, &"A001".into(), date("2025-12-05"), minute(3))
        .expect("revise on the last day");
    session
        .expert()
        .save_sheet(
            call,
            &"A001".into(),
            &complete_sheet("8", "Better."),
            minute(4),
        )
        .expect("save the revision");

    let view = session
        .expert()
        .scoring(call, &"A001".into(), date("2025-12-05"))
        .expect("view");
    assert!(view.can_revise);
    assert_eq!(view.history.len(), 2);
    assert_eq!(view.history[0].state, SheetState::Submitted);
    assert_eq!(view.history[0].input.opinion, "Fine.");
    let latest = view.sheet.expect("sheet");
    assert_eq!((latest.version, latest.state), (2, SheetState::Draft));
    assert_eq!(
        latest.totals.overall.map(|p| p.to_string()).as_deref(),
        Some("80")
    );
    assert_eq!(view.application.progress, SheetProgress::InProgress);

    let late = session
        .expert()
        .scoring(call, &"A001".into(), date("2025-12-06"))
        .expect("view");
    assert!(!late.can_revise);
}

#[test]
fn revising_after_the_pre_review_deadline_is_refused() {
    let (demo, mut session) = DemoVault::new(|d| d["call"]["pre_review_due"] = "2025-12-05".into());
    let call = &demo.call_id;
    session
        .expert()
        .save_sheet(
            call,
            &"A001".into(),
            &complete_sheet("7", "Fine."),
            minute(1),
        )
        .expect("save");
    session
        .expert()
        .submit_sheet(call, &"A001".into(), minute(2))
        .expect("submit");
    let error = session
        .expert()
        .revise_sheet(call, &"A001".into(), date("2025-12-06"), minute(3))
        .expect_err("too late");
    assert_eq!(error.code, "sheet-deadline-passed");
    assert_eq!(session.expert().sheets(call).expect("sheets")[0].version, 1);
}

#[test]
fn progress_counts_each_demands_sheets_by_state() {
    let (demo, mut session) = DemoVault::new(|_| {});
    let call = &demo.call_id;
    let overview = session
        .overview(Some(call), &Default::default())
        .expect("overview");
    let demand = &overview.demands[0];
    let ids: Vec<&str> = demand.applications.iter().map(|a| a.id.as_str()).collect();
    assert!(
        ids.len() >= 3,
        "the first demo demand has several applicants"
    );

    session
        .expert()
        .save_sheet(
            call,
            &(ids[0]).into(),
            &complete_sheet("7", "Fine."),
            minute(1),
        )
        .expect("save");
    session
        .expert()
        .submit_sheet(call, &(ids[0]).into(), minute(2))
        .expect("submit");
    let recusal = SheetInput {
        declaration: Some(Declaration::Conflict {
            conflict: ConflictKind::Collaborator,
            details: "Co-authored a paper in 2024".into(),
        }),
        ..SheetInput::default()
    };
    session
        .expert()
        .save_sheet(call, &(ids[1]).into(), &recusal, minute(3))
        .expect("recuse");
    session
        .expert()
        .save_sheet(call, &(ids[2]).into(), &SheetInput::default(), minute(4))
        .expect("draft");

    let progress = session.expert().progress(call).expect("progress");
    let row = progress
        .iter()
        .find(|p| p.demand_id == demand.demand.id)
        .expect("row");
    assert_eq!(
        (row.submitted, row.recused, row.in_progress, row.not_started),
        (1, 1, 1, ids.len() - 3)
    );
    let total: usize = progress
        .iter()
        .map(|p| p.submitted + p.recused + p.in_progress + p.not_started)
        .sum();
    assert_eq!(total, 26);

    let listed = session
        .overview(Some(call), &Default::default())
        .expect("overview");
    let states: Vec<SheetProgress> = listed.demands[0].applications[..3]
        .iter()
        .map(|a| a.progress)
        .collect();
    assert_eq!(
        states,
        [
            SheetProgress::Submitted,
            SheetProgress::Recused,
            SheetProgress::InProgress
        ]
    );
}

#[test]
fn the_comparison_lines_up_a_demands_applicants_criterion_by_criterion() {
    let (demo, mut session) = DemoVault::new(|_| {});
    let call = &demo.call_id;
    let overview = session
        .overview(Some(call), &Default::default())
        .expect("overview");
    let demand = &overview.demands[0];
    let first = &demand.applications[0].id;
    let mut vetoed = complete_sheet("9", "Strong, but the lead is related to the demand side.");
    vetoed.vetoes.insert("related-to-demand-side".into(), true);
    vetoed.recommendation = Some(reviewdesk_core::rubric::OverallRecommendation::DoNotRecommend);
    session
        .expert()
        .save_sheet(call, first, &vetoed, minute(1))
        .expect("save");

    let comparison = session
        .expert()
        .comparison(call, &demand.demand.id)
        .expect("comparison");
    assert_eq!(comparison.applications.len(), demand.applications.len());
    let scored = &comparison.applications[0];
    assert_eq!(scored.application.id, *first);
    assert_eq!(scored.totals.criteria.len(), 4);
    assert!(
        scored
            .totals
            .criteria
            .iter()
            .all(|c| c.score.map(|s| s.to_string()).as_deref() == Some("90"))
    );
    assert_eq!(scored.vetoes, ["related-to-demand-side"]);
    let unscored = &comparison.applications[1];
    assert_eq!(unscored.application.progress, SheetProgress::NotStarted);
    assert!(unscored.totals.criteria.iter().all(|c| c.score.is_none()));

    let missing = session
        .expert()
        .comparison(call, &"no-such-demand".into())
        .expect_err("unknown demand");
    assert_eq!(missing.code, "not-found");
}

/// 09:`n` on the first of December 2025: the moments a test's steps happen.
fn minute(n: u32) -> Timestamp {
    format!("2025-12-01T09:{n:02}:00Z").parse().expect("time")
}

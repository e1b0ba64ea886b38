//! Score sheets: what keeps one from being submitted.

use reviewdesk_domain::default_rubrics;
use reviewdesk_domain::rubric::{OverallRecommendation, Points, ScoreProblem};
use reviewdesk_domain::sheet::{ConflictKind, Declaration, SheetInput, SheetProblem as P};

fn p(text: &str) -> Points {
    Points(text.parse().expect("decimal"))
}

/// A complete, submittable pre-review sheet.
fn complete() -> SheetInput {
    let rubric = default_rubrics::pre_review();
    SheetInput {
        declaration: Some(Declaration::NoConflict),
        scores: rubric
            .criteria
            .iter()
            .flat_map(|c| &c.items)
            .map(|i| (i.id.clone(), p("7.5")))
            .collect(),
        vetoes: rubric
            .vetoes
            .iter()
            .map(|v| (v.id.clone(), false))
            .collect(),
        recommendation: Some(OverallRecommendation::Recommend),
        opinion: "Sound plan with a credible local partner.".into(),
        ..SheetInput::default()
    }
}

#[test]
fn a_complete_sheet_has_no_problems() {
    assert_eq!(complete().problems(&default_rubrics::pre_review()), vec![]);
}

#[test]
fn nothing_counts_before_the_declaration() {
    let sheet = SheetInput {
        declaration: None,
        ..complete()
    };
    assert_eq!(
        sheet.problems(&default_rubrics::pre_review()),
        vec![P::Undeclared]
    );
}

#[test]
fn a_declared_conflict_recuses_and_needs_nothing_else() {
    let sheet = SheetInput {
        declaration: Some(Declaration::Conflict {
            conflict: ConflictKind::FormerEmployer,
            details: "Left in 2024".into(),
        }),
        ..SheetInput::default()
    };
    assert!(sheet.is_recusal());
    assert_eq!(sheet.problems(&default_rubrics::pre_review()), vec![]);
}

#[test]
fn lists_what_is_missing_and_what_is_wrong() {
    let rubric = default_rubrics::pre_review();
    let mut sheet = complete();
    sheet.scores.remove("benefit");
    sheet.scores.insert("integrity".into(), p("7.3"));
    sheet.scores.insert("rnd-investment".into(), p("9.5"));
    sheet.scores.insert("made-up".into(), p("1"));
    sheet.vetoes.remove("export-restricted");
    sheet.recommendation = None;
    sheet.opinion = " ".into();
    let problems = sheet.problems(&rubric);
    assert_eq!(
        problems,
        vec![
            P::InvalidScore {
                item: "integrity".into(),
                issue: ScoreProblem::OffStep { step: p("0.5") }
            },
            P::UnknownItem {
                item: "made-up".into()
            },
            P::CommentRequired {
                item: "rnd-investment".into()
            },
            P::Unscored {
                item: "benefit".into()
            },
            P::VetoUnanswered {
                veto: "export-restricted".into()
            },
            P::RecommendationMissing,
            P::OpinionMissing,
        ]
    );
    assert_eq!(problems.iter().filter(|p| p.is_invalid()).count(), 2);
}

#[test]
fn a_veto_that_applies_forbids_a_recommendation() {
    let mut sheet = complete();
    sheet.vetoes.insert("related-to-demand-side".into(), true);
    assert_eq!(
        sheet.problems(&default_rubrics::pre_review()),
        vec![P::VetoContradicted {
            veto: "related-to-demand-side".into()
        }]
    );
    sheet.recommendation = Some(OverallRecommendation::DoNotRecommend);
    assert_eq!(sheet.problems(&default_rubrics::pre_review()), vec![]);
}

#[test]
fn a_demonstration_needs_a_decision_and_reasons() {
    let rubric = default_rubrics::demonstration();
    let sheet = SheetInput {
        declaration: Some(Declaration::NoConflict),
        vetoes: [("export-restricted".to_owned(), false)].into(),
        ..SheetInput::default()
    };
    assert_eq!(
        sheet.problems(&rubric),
        vec![P::DecisionMissing, P::OpinionMissing]
    );
}

#[test]
fn the_sheet_file_format_reads_as_documented() {
    let sheet: SheetInput = serde_json::from_str(
        r#"{ "declaration": {"kind": "no_conflict"}, "scores": {"rnd-investment": "8", "integrity": 9.5},
             "comments": {"integrity": "Clean record"}, "vetoes": {"export-restricted": false},
             "recommendation": "recommend_with_conditions", "opinion": "…" }"#,
    )
    .expect("valid sheet file");
    assert_eq!(sheet.scores["integrity"], p("9.5"));
    assert!(
        serde_json::from_str::<SheetInput>(r#"{"score": {}}"#).is_err(),
        "unknown fields are refused"
    );
}

//! The discussion round: an expert sees the panel's scores for a demand only
//! once they submitted (or recused) for every applicant assigned to them;
//! then without names — sorted scores, median, range, the rule's flag — and
//! the others' reasons only where the call shares them; an applicant they
//! recused from is blanked.

use std::collections::BTreeMap;

use reviewdesk_domain::discussion::{
    ApplicantDiscussion, DiscussionRefusal, DiscussionRules, WrittenReasons, discussion,
};
use reviewdesk_domain::panel::{AggregationRule, Applicant, ExpertScore, decide};
use reviewdesk_domain::rubric::Points;
use reviewdesk_domain::{ApplicationId, ExpertId};

use crate::panel::recusal;

fn p(text: &str) -> Points {
    Points(text.parse().expect("decimal"))
}

fn scored(expert: &str, overall: &str, partnership: &str) -> ExpertScore {
    ExpertScore {
        expert_id: expert.into(),
        recused: false,
        overall: Some(p(overall)),
        criteria: BTreeMap::from([("partnership".to_owned(), p(partnership))]),
        vetoes: vec![],
    }
}

fn applicant(id: &str, scores: Vec<ExpertScore>) -> Applicant {
    Applicant {
        application_id: id.into(),
        passed_formal_review: true,
        assigned_experts: vec!["E1".into(), "E2".into(), "E3".into(), "E4".into()],
        scores,
        panel_votes: None,
    }
}

/// A1 scored by all four (E4 wide apart), A2 scored by three, E2 recused.
fn demand() -> Vec<Applicant> {
    vec![
        applicant(
            "A1",
            vec![
                scored("E1", "80", "70"),
                scored("E2", "85", "90"),
                scored("E3", "82", "75"),
                scored("E4", "50", "40"),
            ],
        ),
        applicant(
            "A2",
            vec![
                scored("E1", "70", "60"),
                recusal("E2"),
                scored("E3", "72", "65"),
                scored("E4", "75", "80"),
            ],
        ),
    ]
}

fn reasons() -> BTreeMap<(ApplicationId, ExpertId), WrittenReasons> {
    let written = |criterion: &str, opinion: &str| WrittenReasons {
        criteria: BTreeMap::from([("partnership".to_owned(), vec![criterion.to_owned()])]),
        opinion: opinion.to_owned(),
    };
    BTreeMap::from([
        (
            ("A1".into(), "E1".into()),
            written("MoU signed in 2023", "Sound."),
        ),
        (
            ("A1".into(), "E2".into()),
            written("Strong joint lab", "  "),
        ),
        (
            ("A1".into(), "E4".into()),
            written("No evidence of the lab", "Weak partner base."),
        ),
    ])
}

/// What `viewer` is shown of `applicants` under `rules`, the default rule deciding.
fn shown_to(
    viewer: &str,
    applicants: &[Applicant],
    rules: DiscussionRules,
) -> Result<Vec<ApplicantDiscussion>, DiscussionRefusal> {
    let result = decide(applicants, &AggregationRule::default(), &BTreeMap::new());
    let criteria = ["partnership".to_owned()];
    discussion(
        &viewer.into(),
        applicants,
        &result,
        &criteria,
        &reasons(),
        rules,
    )
}

#[test]
fn an_expert_who_has_not_submitted_sees_nothing() {
    let mut applicants = demand();
    applicants[1].scores.retain(|s| s.expert_id != "E3");
    let refused = shown_to("E3", &applicants, DiscussionRules::default())
        .expect_err("E3 has not submitted for A2");
    assert_eq!(refused, DiscussionRefusal::NotSubmitted(vec!["A2".into()]));
    let refused = shown_to("E9", &applicants, DiscussionRules::default())
        .expect_err("E9 is not on this demand");
    assert_eq!(refused, DiscussionRefusal::NotAssigned);
}

#[test]
fn a_submitted_expert_sees_the_panels_spread_without_names_or_reasons_by_default() {
    let applicants = demand();
    let shown = shown_to("E1", &applicants, DiscussionRules::default()).expect("E1 submitted both");
    let a1 = &shown[0];
    let overall = a1.overall.as_ref().expect("spread");
    let texts = |v: &[Points]| v.iter().map(|p| p.0.to_string()).collect::<Vec<_>>();
    assert_eq!(texts(&overall.scores), ["50", "80", "82", "85"]);
    assert_eq!(overall.median.0.to_string(), "81");
    assert_eq!(
        (overall.low.0.to_string(), overall.high.0.to_string()),
        ("50".into(), "85".into())
    );
    let partnership = a1.criteria[0].spread.as_ref().expect("criterion");
    assert_eq!(texts(&partnership.scores), ["40", "70", "75", "90"]);
    assert_eq!(partnership.median.0.to_string(), "72.5");
    // 85 − 50 = 35 is wider than the default rule's 20: flagged.
    assert!(a1.discuss);
    assert!(a1.opinions.is_empty() && a1.criteria[0].reasons.is_empty());
    // A2: E2 recused, so three scores; the median is the middle one.
    let a2 = shown[1].overall.as_ref().expect("spread");
    assert_eq!(texts(&a2.scores), ["70", "72", "75"]);
    assert_eq!(a2.median.0.to_string(), "72");
    assert!(!shown[1].discuss);
    let json = serde_json::to_string(&shown).expect("JSON");
    for name in ["E1", "E2", "E3", "E4"] {
        assert!(!json.contains(name), "{name} named in {json}");
    }
}

#[test]
fn where_the_call_shares_reasons_the_others_reasons_are_shown_without_names() {
    let applicants = demand();
    let shown = shown_to(
        "E1",
        &applicants,
        DiscussionRules {
            share_reasons: true,
            allow_revision: false,
        },
    )
    .expect("E1 submitted both");
    // The others' only, sorted, blanks left out; E1's own are not repeated.
    assert_eq!(
        shown[0].criteria[0].reasons,
        ["No evidence of the lab", "Strong joint lab"]
    );
    assert_eq!(shown[0].opinions, ["Weak partner base."]);
}

#[test]
fn an_applicant_the_expert_recused_from_is_blanked() {
    let applicants = demand();
    let shown = shown_to(
        "E2",
        &applicants,
        DiscussionRules {
            share_reasons: true,
            allow_revision: true,
        },
    )
    .expect("E2 submitted A1 and recused from A2");
    assert!(!shown[0].recused && shown[0].overall.is_some());
    let a2 = &shown[1];
    assert!(a2.recused);
    assert!(a2.overall.is_none() && a2.criteria.is_empty() && a2.opinions.is_empty());
}

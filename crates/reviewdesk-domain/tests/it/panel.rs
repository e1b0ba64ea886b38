//! The panel's result per demand: aggregation by each method (and what a
//! trimmed mean does with fewer than five scores), the guideline's rules on
//! formal review and single applicants, exclusions, dispersion flags and the
//! tie-break chain; property tests for order, bounds and determinism.

use std::collections::BTreeMap;

use proptest::prelude::*;
use reviewdesk_domain::panel::{
    Aggregate, AggregationMethod, AggregationRule, Applicant, DemandOutcome, Exclusion,
    ExpertScore, TieBreak, VetoRule, aggregate, decide,
};
use reviewdesk_domain::rubric::Points;

fn p(text: &str) -> Points {
    Points(text.parse().expect("decimal"))
}

fn ps(texts: &[&str]) -> Vec<Points> {
    texts.iter().map(|t| p(t)).collect()
}

fn rule(method: AggregationMethod) -> AggregationRule {
    AggregationRule {
        method,
        ..AggregationRule::default()
    }
}

fn score(expert: &str, overall: &str, partnership: &str, delivery: &str) -> ExpertScore {
    ExpertScore {
        expert_id: expert.into(),
        recused: false,
        overall: Some(p(overall)),
        criteria: BTreeMap::from([
            ("partnership".to_owned(), p(partnership)),
            ("delivery".to_owned(), p(delivery)),
        ]),
        vetoes: vec![],
    }
}

pub(crate) fn recusal(expert: &str) -> ExpertScore {
    ExpertScore {
        expert_id: expert.into(),
        recused: true,
        overall: None,
        criteria: BTreeMap::new(),
        vetoes: vec![],
    }
}

/// An applicant that passed formal review, scored `overall` by E1–E5 (the
/// same on both criteria).
fn applicant(id: &str, overall: &[&str]) -> Applicant {
    let scores: Vec<ExpertScore> = overall
        .iter()
        .enumerate()
        .map(|(i, s)| score(&format!("E{}", i + 1), s, s, s))
        .collect();
    Applicant {
        application_id: id.into(),
        passed_formal_review: true,
        assigned_experts: scores.iter().map(|s| s.expert_id.clone()).collect(),
        scores,
        panel_votes: None,
    }
}

fn outcome(applicants: &[Applicant], rule: &AggregationRule) -> DemandOutcome {
    decide(applicants, rule, &BTreeMap::new()).outcome
}

#[test]
fn a_trimmed_mean_drops_one_highest_and_one_lowest_score() {
    let result = aggregate(
        &ps(&["70", "80", "85", "90", "99"]),
        &rule(AggregationMethod::TrimmedMean),
    );
    assert_eq!(
        result,
        Some(Aggregate {
            value: p("85.00"),
            method: AggregationMethod::TrimmedMean,
            counted: 3,
            dropped: Some((p("99"), p("70"))),
        })
    );
}

/// With fewer scores than `trim_min_scores` (5 by default), dropping two
/// would leave too little: the plain mean is used, and the result says so.
#[test]
fn a_trimmed_mean_of_fewer_than_five_scores_is_the_plain_mean() {
    for scores in [
        &["70", "80", "90", "100"][..],
        &["70", "80", "90"],
        &["60", "90"],
        &["75"],
    ] {
        let result = aggregate(&ps(scores), &rule(AggregationMethod::TrimmedMean)).expect("some");
        let plain = aggregate(&ps(scores), &rule(AggregationMethod::Mean)).expect("some");
        assert_eq!(result, plain, "{scores:?}");
        assert_eq!(result.method, AggregationMethod::Mean);
        assert_eq!(result.dropped, None);
    }
    // An agency may allow trimming from three scores: the middle one remains.
    let three = AggregationRule {
        trim_min_scores: 3,
        ..rule(AggregationMethod::TrimmedMean)
    };
    let result = aggregate(&ps(&["70", "82.5", "90"]), &three).expect("some");
    assert_eq!((result.value, result.counted), (p("82.50"), 1));
    // Never from fewer than three, whatever the setting.
    let two = AggregationRule {
        trim_min_scores: 0,
        ..three
    };
    let result = aggregate(&ps(&["70", "90"]), &two).expect("some");
    assert_eq!(
        (result.value, result.method),
        (p("80.00"), AggregationMethod::Mean)
    );
    assert_eq!(aggregate(&[], &two), None);
}

#[test]
fn the_median_of_an_even_count_is_the_mean_of_the_middle_two() {
    let median = rule(AggregationMethod::Median);
    assert_eq!(
        aggregate(&ps(&["90", "70", "80"]), &median).map(|a| a.value),
        Some(p("80.00"))
    );
    assert_eq!(
        aggregate(&ps(&["90", "70", "80", "81"]), &median).map(|a| a.value),
        Some(p("80.50"))
    );
}

#[test]
fn aggregates_round_once_half_away_from_zero_at_the_rules_precision() {
    let mean = rule(AggregationMethod::Mean);
    assert_eq!(
        aggregate(&ps(&["85.12", "85.13"]), &mean).map(|a| a.value),
        Some(p("85.13"))
    );
    // 256/3 = 85.333…: rounded once, not per step.
    assert_eq!(
        aggregate(&ps(&["85", "85", "86"]), &mean).map(|a| a.value),
        Some(p("85.33"))
    );
    let one_place = AggregationRule {
        precision: 1,
        ..mean
    };
    assert_eq!(
        aggregate(&ps(&["80.25", "80.2"]), &one_place).map(|a| a.value),
        Some(p("80.2"))
    );
    assert_eq!(
        aggregate(&ps(&["80.25", "80.25"]), &one_place).map(|a| a.value),
        Some(p("80.3"))
    );
}

#[test]
fn a_single_applicant_that_passed_formal_review_goes_straight_to_signing() {
    let rule = AggregationRule::default();
    let mut failed = applicant("A2", &["95", "95", "95"]);
    failed.passed_formal_review = false;
    let cases: [(&str, Vec<Applicant>, DemandOutcome); 4] = [
        (
            "alone, even unscored",
            vec![Applicant {
                scores: vec![],
                ..applicant("A1", &["80"])
            }],
            DemandOutcome::StraightToSigning {
                application_id: "A1".into(),
            },
        ),
        (
            "the only one of two that passed formal review",
            vec![applicant("A1", &["70", "72", "74"]), failed.clone()],
            DemandOutcome::StraightToSigning {
                application_id: "A1".into(),
            },
        ),
        (
            "none passed formal review",
            vec![failed.clone()],
            DemandOutcome::NoneSelectable,
        ),
        (
            "two passed: the panel ranks them",
            vec![
                applicant("A1", &["70", "72", "74"]),
                applicant("A3", &["80", "82", "84"]),
            ],
            DemandOutcome::Selected {
                application_id: "A3".into(),
            },
        ),
    ];
    for (name, applicants, expected) in cases {
        assert_eq!(outcome(&applicants, &rule), expected, "{name}");
    }
}

#[test]
fn an_applicant_that_failed_formal_review_is_not_ranked_whatever_its_scores() {
    let mut failed = applicant("A1", &["99", "99", "99"]);
    failed.passed_formal_review = false;
    let result = decide(
        &[
            failed,
            applicant("A2", &["70", "75", "80"]),
            applicant("A3", &["65", "70", "75"]),
        ],
        &AggregationRule::default(),
        &BTreeMap::new(),
    );
    let a1 = result
        .applicants
        .iter()
        .find(|a| a.application_id == "A1")
        .expect("A1");
    assert_eq!(
        (a1.rank, &a1.exclusion),
        (None, &Some(Exclusion::FailedFormalReview))
    );
    assert_eq!(
        result.outcome,
        DemandOutcome::Selected {
            application_id: "A2".into()
        }
    );
    let order: Vec<_> = result
        .applicants
        .iter()
        .map(|a| a.application_id.as_str())
        .collect();
    assert_eq!(order, ["A2", "A3", "A1"], "ranked first, then the excluded");
}

#[test]
fn vetoes_pass_mark_and_thresholds_exclude() {
    let mut vetoed_once = applicant("A1", &["90", "90", "90"]);
    vetoed_once.scores[0].vetoes = vec!["export-restricted".into()];
    let others = applicant("A2", &["70", "70", "70"]);
    let low = applicant("A3", &["55", "58", "59"]);

    let any = AggregationRule::default();
    let result = decide(
        &[vetoed_once.clone(), others.clone(), low.clone()],
        &any,
        &BTreeMap::new(),
    );
    let exclusion = |id: &str| {
        result
            .applicants
            .iter()
            .find(|a| a.application_id == id)
            .and_then(|a| a.exclusion.clone())
    };
    assert_eq!(
        exclusion("A1"),
        Some(Exclusion::Vetoed {
            vetoes: vec!["export-restricted".into()]
        })
    );
    assert_eq!(
        exclusion("A3"),
        Some(Exclusion::BelowPassMark { pass_mark: p("60") })
    );
    assert_eq!(
        result.outcome,
        DemandOutcome::Selected {
            application_id: "A2".into()
        }
    );

    // By majority, one veto of three does not rule out; two do.
    let majority = AggregationRule {
        veto: VetoRule::Majority,
        ..AggregationRule::default()
    };
    assert_eq!(
        outcome(&[vetoed_once.clone(), others.clone()], &majority),
        DemandOutcome::Selected {
            application_id: "A1".into()
        }
    );
    let mut vetoed_twice = vetoed_once;
    vetoed_twice.scores[1].vetoes = vec!["export-restricted".into()];
    assert_eq!(
        outcome(&[vetoed_twice, others.clone()], &majority),
        DemandOutcome::Selected {
            application_id: "A2".into()
        }
    );

    // A criterion threshold applies to the aggregated criterion score.
    let thresholds = BTreeMap::from([("delivery".to_owned(), p("75"))]);
    let result = decide(
        &[others, applicant("A4", &["80", "80", "80"])],
        &any,
        &thresholds,
    );
    let a2 = &result.applicants[1];
    assert_eq!(
        a2.exclusion,
        Some(Exclusion::BelowThreshold {
            criterion_id: "delivery".into(),
            threshold: p("75")
        })
    );
}

#[test]
fn wide_disagreement_is_flagged_for_discussion() {
    let rule = AggregationRule {
        discuss_range: Some(p("20")),
        discuss_std_dev: Some(p("8")),
        ..AggregationRule::default()
    };
    let result = decide(
        &[
            applicant("A1", &["60", "70", "80"]),
            applicant("A2", &["60", "81", "75"]),
            applicant("A3", &["70", "71", "72"]),
        ],
        &rule,
        &BTreeMap::new(),
    );
    let flags: BTreeMap<_, _> = result
        .applicants
        .iter()
        .map(|a| (a.application_id.as_str(), (a.range, a.std_dev, a.discuss)))
        .collect();
    // A1: range 20 is not above 20; σ = 8.16 is above 8.
    assert_eq!(flags["A1"], (Some(p("20")), Some(p("8.16")), true));
    assert_eq!(flags["A2"].0, Some(p("21")));
    assert!(flags["A2"].2);
    assert_eq!(flags["A3"], (Some(p("2")), Some(p("0.82")), false));
}

#[test]
fn recusals_do_not_count_and_missing_sheets_hold_the_result() {
    let mut a1 = applicant("A1", &["80", "82", "84"]);
    a1.scores.push(recusal("E4"));
    a1.assigned_experts.push("E4".into());
    a1.assigned_experts.push("E5".into());
    let result = decide(
        &[a1, applicant("A2", &["70", "70", "70"])],
        &AggregationRule::default(),
        &BTreeMap::new(),
    );
    let first = &result.applicants[0];
    assert_eq!(first.recused, ["E4"]);
    assert_eq!(first.missing, ["E5"]);
    assert_eq!(first.overall.as_ref().map(|o| o.counted), Some(3));
    assert_eq!(result.outcome, DemandOutcome::AwaitingScores);

    // Missing sheets for an applicant out at formal review hold nothing.
    let mut failed = applicant("A3", &["50"]);
    failed.passed_formal_review = false;
    failed.assigned_experts.push("E9".into());
    let result = decide(
        &[
            applicant("A1", &["80", "82", "84"]),
            applicant("A2", &["70", "70", "70"]),
            failed,
        ],
        &AggregationRule::default(),
        &BTreeMap::new(),
    );
    assert_eq!(
        result.outcome,
        DemandOutcome::Selected {
            application_id: "A1".into()
        }
    );
}

#[test]
fn ties_go_down_the_chain_and_an_unbroken_tie_awaits_the_panel() {
    let tied = |id: &str, partnership: &str, delivery: &str, votes: Option<u32>| Applicant {
        application_id: id.into(),
        passed_formal_review: true,
        assigned_experts: vec!["E1".into(), "E2".into()],
        scores: vec![
            score("E1", "80", partnership, delivery),
            score("E2", "80", partnership, delivery),
        ],
        panel_votes: votes,
    };
    let rule = AggregationRule::default();
    let rank = |applicants: &[Applicant]| {
        let result = decide(applicants, &rule, &BTreeMap::new());
        let order: Vec<(String, Option<u32>, Option<TieBreak>)> = result
            .applicants
            .iter()
            .map(|a| (a.application_id.to_string(), a.rank, a.separated_by.clone()))
            .collect();
        (order, result.outcome)
    };
    let partnership = TieBreak::Criterion {
        criterion_id: "partnership".into(),
    };
    let delivery = TieBreak::Criterion {
        criterion_id: "delivery".into(),
    };

    let (order, outcome) = rank(&[tied("A1", "70", "90", None), tied("A2", "75", "60", None)]);
    assert_eq!(order[0], ("A2".into(), Some(1), Some(partnership.clone())));
    assert_eq!(
        outcome,
        DemandOutcome::Selected {
            application_id: "A2".into()
        }
    );

    let (order, _) = rank(&[tied("A1", "70", "90", None), tied("A2", "70", "60", None)]);
    assert_eq!(order[0], ("A1".into(), Some(1), Some(delivery)));

    let (order, _) = rank(&[
        tied("A1", "70", "60", Some(2)),
        tied("A2", "70", "60", Some(5)),
    ]);
    assert_eq!(order[0], ("A2".into(), Some(1), Some(TieBreak::PanelVote)));

    let (order, outcome) = rank(&[
        tied("A3", "70", "60", None),
        tied("A1", "70", "60", None),
        tied("A2", "60", "60", None),
    ]);
    assert_eq!(
        order,
        [
            ("A1".into(), Some(1), None),
            ("A3".into(), Some(1), Some(partnership.clone())),
            ("A2".into(), Some(3), None),
        ]
    );
    assert_eq!(
        outcome,
        DemandOutcome::TieUnresolved {
            application_ids: vec!["A1".into(), "A3".into()]
        }
    );
}

fn points() -> impl Strategy<Value = Points> {
    (0i64..=400).prop_map(|quarter| Points::new(quarter * 25, 2))
}

fn method() -> impl Strategy<Value = AggregationMethod> {
    prop_oneof![
        Just(AggregationMethod::Mean),
        Just(AggregationMethod::TrimmedMean),
        Just(AggregationMethod::Median),
    ]
}

proptest! {
    #[test]
    fn the_order_of_the_scores_does_not_matter(
        scores in prop::collection::vec(points(), 1..15),
        method in method(),
        seed in any::<u64>(),
    ) {
        let rule = rule(method);
        let mut shuffled = scores.clone();
        let mut state = seed;
        for i in (1..shuffled.len()).rev() {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            shuffled.swap(i, (state >> 33) as usize % (i + 1));
        }
        prop_assert_eq!(aggregate(&scores, &rule), aggregate(&shuffled, &rule));
    }

    #[test]
    fn every_aggregate_lies_between_the_lowest_and_highest_score(
        scores in prop::collection::vec(points(), 1..15),
        method in method(),
    ) {
        let result = aggregate(&scores, &rule(method)).expect("some");
        let low = scores.iter().min().expect("min");
        let high = scores.iter().max().expect("max");
        prop_assert!(*low <= result.value && result.value <= *high, "{:?} not in [{}, {}]", result, low, high);
        if result.method == AggregationMethod::TrimmedMean {
            prop_assert_eq!(result.counted as usize, scores.len() - 2);
        }
    }

    #[test]
    fn the_ranking_does_not_depend_on_the_order_of_applicants_or_sheets(
        overalls in prop::collection::vec(prop::collection::vec(60i64..=62, 3), 2..6),
        votes in prop::collection::vec(prop::option::of(0u32..3), 6),
        reverse_sheets in any::<bool>(),
    ) {
        let applicants: Vec<Applicant> = overalls
            .iter()
            .enumerate()
            .map(|(i, scores)| {
                let text: Vec<String> = scores.iter().map(ToString::to_string).collect();
                let refs: Vec<&str> = text.iter().map(String::as_str).collect();
                let mut a = applicant(&format!("A{i}"), &refs);
                a.panel_votes = votes[i];
                if reverse_sheets {
                    a.scores.reverse();
                }
                a
            })
            .collect();
        let mut reversed = applicants.clone();
        reversed.reverse();
        let rule = AggregationRule::default();
        let forward = decide(&applicants, &rule, &BTreeMap::new());
        let backward = decide(&reversed, &rule, &BTreeMap::new());
        prop_assert_eq!(forward, backward);
    }
}

/// A call may rank by normalised scores instead: a lenient expert's high
/// score then counts for less. Here E1 scores everything in the 90s and E2
/// everything in the 50s–60s; A1 has E1's lowest score, A2 E2's highest.
#[test]
fn a_rule_that_ranks_by_normalised_scores_corrects_for_a_lenient_expert() {
    use reviewdesk_domain::calibration::calibrate;
    use reviewdesk_domain::panel::{RankBy, decide_normalised};

    let scored = |id: &str, scores: &[(&str, &str)]| Applicant {
        application_id: id.into(),
        passed_formal_review: true,
        assigned_experts: scores.iter().map(|(e, _)| (*e).into()).collect(),
        scores: scores.iter().map(|(e, s)| score(e, s, s, s)).collect(),
        panel_votes: None,
    };
    let d1 = vec![
        scored("A1", &[("E1", "90"), ("E3", "80")]),
        scored("A2", &[("E2", "60"), ("E3", "78")]),
    ];
    let d2 = vec![
        scored("B1", &[("E1", "100"), ("E2", "60"), ("E3", "70")]),
        scored("B2", &[("E1", "95"), ("E2", "50"), ("E3", "60")]),
    ];
    let calibration = calibrate(&[("D1".into(), d1.clone()), ("D2".into(), d2)]);
    let normalised = calibration.demands[0]
        .normalised
        .iter()
        .map(|n| (n.application_id.clone(), n.mean_z.0))
        .collect();
    let thresholds = BTreeMap::new();

    // By the aggregate, A1 (85) is above A2 (69).
    let by_aggregate =
        decide_normalised(&d1, &AggregationRule::default(), &thresholds, &normalised);
    assert_eq!(
        by_aggregate.outcome,
        DemandOutcome::Selected {
            application_id: "A1".into()
        }
    );
    // By the normalised score, A2 (mean z 0.73) is above A1 (−0.10).
    let rule = AggregationRule {
        rank_by: RankBy::Normalised,
        ..AggregationRule::default()
    };
    let by_normalised = decide_normalised(&d1, &rule, &thresholds, &normalised);
    assert_eq!(
        by_normalised.outcome,
        DemandOutcome::Selected {
            application_id: "A2".into()
        }
    );
    assert_eq!(
        by_normalised
            .applicants
            .iter()
            .map(|a| (a.application_id.as_str(), a.rank))
            .collect::<Vec<_>>(),
        [("A2", Some(1)), ("A1", Some(2))]
    );
    // The aggregate stays what it is, for the pass mark and the minutes.
    assert_eq!(
        by_normalised.applicants[0]
            .overall
            .as_ref()
            .map(|o| o.value),
        Some(p("69"))
    );
}

//! Rubrics: the shipped ones are valid and follow the guideline; scores are
//! checked against their scales; totals obey the arithmetic they promise.

use std::collections::BTreeMap;

use proptest::prelude::*;
use reviewdesk_domain::default_rubrics;
use reviewdesk_domain::rubric::{Points, Rubric, RubricKind, ScoreProblem};
use rust_decimal::Decimal;

fn p(text: &str) -> Points {
    Points(text.parse().expect("decimal"))
}

fn all_items(rubric: &Rubric, value: &str) -> BTreeMap<String, Points> {
    rubric
        .criteria
        .iter()
        .flat_map(|c| &c.items)
        .map(|i| (i.id.clone(), p(value)))
        .collect()
}

#[test]
fn the_shipped_rubrics_are_valid_and_cover_the_guideline() {
    for rubric in default_rubrics::all() {
        rubric
            .validate()
            .unwrap_or_else(|e| panic!("{}: {e}", rubric.id));
    }
    let pre_review = default_rubrics::pre_review();
    let ids: Vec<&str> = pre_review.criteria.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "qualification",
            "delivery",
            "partnership",
            "risk-and-benefit"
        ]
    );
    let weights: Decimal = pre_review.criteria.iter().map(|c| c.weight.0).sum();
    assert_eq!(weights, Decimal::ONE_HUNDRED);
    assert!(
        pre_review
            .vetoes
            .iter()
            .any(|v| v.id == "related-to-demand-side")
    );
    assert_eq!(default_rubrics::demand_assessment().criteria.len(), 5);
    assert_eq!(default_rubrics::demonstration().kind, RubricKind::PassFail);
}

#[test]
fn scores_must_sit_on_the_scale() {
    let rubric = default_rubrics::pre_review();
    let scale = &rubric.criteria[0].items[0].scale;
    assert_eq!(scale.check(p("7.5")), Ok(()));
    assert_eq!(scale.check(p("0")), Ok(()));
    assert_eq!(scale.check(p("10")), Ok(()));
    assert_eq!(
        scale.check(p("7.3")),
        Err(ScoreProblem::OffStep { step: p("0.5") })
    );
    assert_eq!(
        scale.check(p("10.5")),
        Err(ScoreProblem::OutOfRange {
            min: p("0"),
            max: p("10")
        })
    );
    assert_eq!(
        scale.check(p("-0.5")),
        Err(ScoreProblem::OutOfRange {
            min: p("0"),
            max: p("10")
        })
    );
}

#[test]
fn extreme_scores_need_a_reason() {
    let rubric = default_rubrics::pre_review();
    let needs = |value: &str| rubric.needs_comment("rnd-investment", p(value));
    assert!(needs("5.5"));
    assert!(!needs("6"));
    assert!(!needs("9"));
    assert!(needs("9.5"));
}

#[test]
fn totals_run_from_zero_to_a_hundred_and_wait_for_every_item() {
    let rubric = default_rubrics::pre_review();
    assert_eq!(
        rubric.totals(&all_items(&rubric, "10")).overall,
        Some(p("100"))
    );
    assert_eq!(
        rubric.totals(&all_items(&rubric, "0")).overall,
        Some(p("0"))
    );
    let mut partial = all_items(&rubric, "8");
    partial.remove("benefit");
    let totals = rubric.totals(&partial);
    assert_eq!(totals.overall, None);
    assert_eq!(totals.criteria[0].score, Some(p("80")));
    assert_eq!(totals.criteria[3].score, None);
}

#[test]
fn totals_are_weighted_and_rounded_once() {
    let rubric = default_rubrics::pre_review();
    let mut scores = all_items(&rubric, "10");
    // Qualification: 10, 10, 7.5 -> 91.666…; overall: (25 × 91.666… + 75 × 100) / 100.
    scores.insert("integrity".into(), p("7.5"));
    let totals = rubric.totals(&scores);
    assert_eq!(totals.criteria[0].score, Some(p("91.67")));
    assert_eq!(totals.overall, Some(p("97.92")));
}

#[test]
fn thresholds_flag_a_weak_criterion() {
    let mut rubric = default_rubrics::pre_review();
    rubric.criteria[1].threshold = Some(p("60"));
    let totals = rubric.totals(&all_items(&rubric, "5.5"));
    assert!(totals.criteria[1].below_threshold);
    assert!(!totals.criteria[0].below_threshold);
}

#[test]
fn broken_rubrics_are_refused_with_the_place() {
    let refuse = |change: fn(&mut Rubric), path: &str| {
        let mut rubric = default_rubrics::pre_review();
        change(&mut rubric);
        assert_eq!(rubric.validate().expect_err("refused").path, path);
    };
    refuse(
        |r| r.criteria[0].items[1].scale.step = p("0.3"),
        "criteria[0].items[1].scale.step",
    );
    refuse(|r| r.criteria[1].weight = p("0"), "criteria[1].weight");
    refuse(
        |r| r.criteria[2].items[0].id = "rnd-investment".into(),
        "criteria[2].items[0].id",
    );
    refuse(|r| r.criteria[3].items.clear(), "criteria[3].items");
    refuse(|r| r.precision = 5, "precision");
    refuse(
        |r| r.comment_rule.as_mut().expect("rule").below = p("0.95"),
        "comment_rule",
    );
    refuse(
        |r| r.criteria[0].threshold = Some(p("101")),
        "criteria[0].threshold",
    );
}

#[test]
fn points_are_written_as_strings_and_read_from_numbers_too() {
    assert_eq!(serde_json::to_string(&p("7.5")).expect("json"), "\"7.5\"");
    assert_eq!(
        serde_json::from_str::<Points>("7.5").expect("number"),
        p("7.5")
    );
    assert_eq!(
        serde_json::from_str::<Points>("\"0.5\"").expect("string"),
        p("0.5")
    );
}

/// Scores as half-point steps 0..=20 (0 to 10), one per pre-review sub-item.
fn sheet() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(0u8..=20, 14)
}

fn scores_of(rubric: &Rubric, steps: &[u8]) -> BTreeMap<String, Points> {
    rubric
        .criteria
        .iter()
        .flat_map(|c| &c.items)
        .zip(steps)
        .map(|(item, step)| {
            (
                item.id.clone(),
                Points(Decimal::new(i64::from(*step) * 5, 1)),
            )
        })
        .collect()
}

proptest! {
    #[test]
    fn the_overall_stays_within_zero_and_a_hundred_at_the_declared_precision(steps in sheet()) {
        let rubric = default_rubrics::pre_review();
        let overall = rubric.totals(&scores_of(&rubric, &steps)).overall.expect("complete").0;
        prop_assert!(overall >= Decimal::ZERO && overall <= Decimal::ONE_HUNDRED);
        prop_assert!(overall.scale() <= rubric.precision);
    }

    #[test]
    fn raising_a_score_never_lowers_the_overall(steps in sheet(), index in 0usize..14) {
        let rubric = default_rubrics::pre_review();
        let before = rubric.totals(&scores_of(&rubric, &steps)).overall;
        let mut raised = steps.clone();
        raised[index] = (raised[index] + 1).min(20);
        let after = rubric.totals(&scores_of(&rubric, &raised)).overall;
        prop_assert!(after >= before);
    }

    #[test]
    fn scaling_every_weight_changes_nothing(steps in sheet(), factor in 1i64..50) {
        let rubric = default_rubrics::pre_review();
        let mut scaled = rubric.clone();
        for criterion in &mut scaled.criteria {
            criterion.weight = Points(criterion.weight.0 * Decimal::from(factor));
            for item in &mut criterion.items {
                item.weight = Points(item.weight.0 * Decimal::from(factor));
            }
        }
        let scores = scores_of(&rubric, &steps);
        prop_assert_eq!(rubric.totals(&scores), scaled.totals(&scores));
    }

    #[test]
    fn rounding_is_within_half_a_unit_of_the_exact_mean(steps in sheet()) {
        // With equal criterion weights and one item each, the overall is the plain mean.
        let mut rubric = default_rubrics::demand_assessment();
        rubric.precision = 1;
        let scores = scores_of(&rubric, &steps[..5]);
        let exact: Decimal = steps[..5].iter().map(|s| Decimal::from(*s) * Decimal::from(5)).sum::<Decimal>() / Decimal::from(5);
        let overall = rubric.totals(&scores).overall.expect("complete").0;
        prop_assert!((overall - exact).abs() <= Decimal::new(5, 2));
    }
}

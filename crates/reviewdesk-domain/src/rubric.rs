//! Rubrics: the forms experts score on, as data carried with the agency data —
//! criteria with sub-items, each with a description, a scale and a weight;
//! optional thresholds, veto items (一票否决) and rules for required comments;
//! and the arithmetic that turns a sheet of scores into totals.
//!
//! Scores are exact decimals (`Points`): a 0–10 scale in steps of 0.5 never meets
//! binary floating point. Totals are computed exactly and rounded once, half away
//! from zero, to the rubric's declared precision.

use std::collections::{BTreeMap, HashSet};

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::{Id, ReviewStage};
use crate::text::LocalizedText;

/// An exact decimal amount of points, written in JSON as a string (`"7.5"`) or a number.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema, TS,
)]
#[serde(transparent)]
pub struct Points(
    #[ts(type = "string")]
    #[schemars(with = "String")]
    pub Decimal,
);

impl Points {
    pub fn new(value: i64, scale: u32) -> Self {
        Self(Decimal::new(value, scale))
    }
}

impl std::fmt::Display for Points {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.normalize().fmt(f)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum RubricKind {
    /// Criteria with scored sub-items, totals and a recommendation.
    Scored,
    /// A decision, pass or fail, with the reasons written out.
    PassFail,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    pub min: Points,
    pub max: Points,
    pub step: Points,
}

impl Scale {
    /// Where `value` sits between min (0) and max (1).
    pub fn fraction(&self, value: Points) -> Decimal {
        (value.0 - self.min.0) / (self.max.0 - self.min.0)
    }

    pub fn check(&self, value: Points) -> Result<(), ScoreProblem> {
        if value < self.min || value > self.max {
            return Err(ScoreProblem::OutOfRange {
                min: self.min,
                max: self.max,
            });
        }
        if !((value.0 - self.min.0) % self.step.0).is_zero() {
            return Err(ScoreProblem::OffStep { step: self.step });
        }
        Ok(())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct SubItem {
    pub id: Id,
    pub title: LocalizedText,
    pub description: LocalizedText,
    pub scale: Scale,
    /// Relative weight within its criterion.
    pub weight: Points,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    pub id: Id,
    pub title: LocalizedText,
    pub description: LocalizedText,
    /// Relative weight in the overall score.
    pub weight: Points,
    /// Lowest acceptable criterion score, on the 0–100 scale, when set.
    #[serde(default)]
    pub threshold: Option<Points>,
    pub items: Vec<SubItem>,
}

/// A yes/no question whose "yes" rules the application out (一票否决).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct Veto {
    pub id: Id,
    pub title: LocalizedText,
    pub description: LocalizedText,
}

/// A sub-item scored below `below` or above `above` (fractions of its scale)
/// needs a written reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct CommentRule {
    pub below: Points,
    pub above: Points,
}

/// An expert's overall recommendation on a scored rubric.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum OverallRecommendation {
    Recommend,
    RecommendWithConditions,
    DoNotRecommend,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct Rubric {
    pub id: Id,
    /// Raised whenever the rubric changes; a score sheet names the version it used.
    pub version: u32,
    pub stage: ReviewStage,
    pub kind: RubricKind,
    pub title: LocalizedText,
    #[serde(default)]
    pub criteria: Vec<Criterion>,
    #[serde(default)]
    pub vetoes: Vec<Veto>,
    #[serde(default)]
    pub comment_rule: Option<CommentRule>,
    /// Decimal places of criterion and overall totals.
    pub precision: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum ScoreProblem {
    OutOfRange { min: Points, max: Points },
    OffStep { step: Points },
}

/// Why a rubric cannot be used, and where in it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}: {fault}")]
pub struct RubricProblem {
    pub path: String,
    pub fault: RubricFault,
}

/// What is wrong with a rubric; `code()` names it for localized messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RubricFault {
    #[error("more than {MAX_PRECISION} decimal places")]
    PrecisionTooHigh,
    #[error("a scored rubric needs at least one criterion")]
    NoCriteria,
    #[error("id used twice")]
    DuplicateId,
    #[error("weight must be positive")]
    WeightNotPositive,
    #[error("threshold must be between 0 and 100")]
    ThresholdOutOfRange,
    #[error("a criterion needs at least one sub-item")]
    NoItems,
    #[error("needs min < max and a positive step")]
    BadScale,
    #[error("the step must divide the range")]
    StepNotDividing,
    #[error("needs 0 <= below <= above <= 1")]
    BadCommentRule,
}

impl RubricFault {
    pub fn code(self) -> &'static str {
        match self {
            Self::PrecisionTooHigh => "precision-too-high",
            Self::NoCriteria => "no-criteria",
            Self::DuplicateId => "duplicate-id",
            Self::WeightNotPositive => "weight-not-positive",
            Self::ThresholdOutOfRange => "threshold-out-of-range",
            Self::NoItems => "no-items",
            Self::BadScale => "bad-scale",
            Self::StepNotDividing => "step-not-dividing",
            Self::BadCommentRule => "bad-comment-rule",
        }
    }
}

/// The largest precision a rubric may declare.
pub const MAX_PRECISION: u32 = 4;

impl Rubric {
    /// Checks that the rubric can be scored: ids unique, weights positive, scales
    /// whose step divides their range, sensible thresholds and comment rule.
    pub fn validate(&self) -> Result<(), RubricProblem> {
        let problem = |path: String, fault: RubricFault| Err(RubricProblem { path, fault });
        if self.precision > MAX_PRECISION {
            return problem("precision".into(), RubricFault::PrecisionTooHigh);
        }
        if self.kind == RubricKind::Scored && self.criteria.is_empty() {
            return problem("criteria".into(), RubricFault::NoCriteria);
        }
        let mut ids = HashSet::new();
        for (c, criterion) in self.criteria.iter().enumerate() {
            let path = format!("criteria[{c}]");
            if !ids.insert(criterion.id.as_str()) {
                return problem(format!("{path}.id"), RubricFault::DuplicateId);
            }
            if criterion.weight.0 <= Decimal::ZERO {
                return problem(format!("{path}.weight"), RubricFault::WeightNotPositive);
            }
            if criterion
                .threshold
                .is_some_and(|t| t.0 < Decimal::ZERO || t.0 > Decimal::ONE_HUNDRED)
            {
                return problem(
                    format!("{path}.threshold"),
                    RubricFault::ThresholdOutOfRange,
                );
            }
            if criterion.items.is_empty() {
                return problem(format!("{path}.items"), RubricFault::NoItems);
            }
            for (i, item) in criterion.items.iter().enumerate() {
                let path = format!("{path}.items[{i}]");
                if !ids.insert(item.id.as_str()) {
                    return problem(format!("{path}.id"), RubricFault::DuplicateId);
                }
                if item.weight.0 <= Decimal::ZERO {
                    return problem(format!("{path}.weight"), RubricFault::WeightNotPositive);
                }
                let scale = &item.scale;
                if scale.min >= scale.max || scale.step.0 <= Decimal::ZERO {
                    return problem(format!("{path}.scale"), RubricFault::BadScale);
                }
                if !((scale.max.0 - scale.min.0) % scale.step.0).is_zero() {
                    return problem(format!("{path}.scale.step"), RubricFault::StepNotDividing);
                }
            }
        }
        for (v, veto) in self.vetoes.iter().enumerate() {
            if !ids.insert(veto.id.as_str()) {
                return problem(format!("vetoes[{v}].id"), RubricFault::DuplicateId);
            }
        }
        if let Some(rule) = &self.comment_rule {
            let (below, above) = (rule.below.0, rule.above.0);
            if below < Decimal::ZERO || above > Decimal::ONE || below > above {
                return problem("comment_rule".into(), RubricFault::BadCommentRule);
            }
        }
        Ok(())
    }

    pub fn item(&self, item_id: &str) -> Option<&SubItem> {
        self.criteria
            .iter()
            .flat_map(|c| &c.items)
            .find(|i| i.id == item_id)
    }

    /// Whether scoring `item_id` at `value` needs a written reason.
    pub fn needs_comment(&self, item_id: &str, value: Points) -> bool {
        match (self.item(item_id), &self.comment_rule) {
            (Some(item), Some(rule)) => {
                let fraction = item.scale.fraction(value);
                fraction < rule.below.0 || fraction > rule.above.0
            }
            _ => false,
        }
    }

    /// Criterion and overall scores on a 0–100 scale for the scores given, keyed
    /// by sub-item id. A criterion with an unscored sub-item has no score yet, and
    /// neither has the whole. Out-of-range scores are the caller's to refuse first.
    ///
    /// The arithmetic is exact (fractions), so a total that lands on a midpoint,
    /// like 31.875, rounds the same way whatever the weights' common factor.
    pub fn totals(&self, scores: &BTreeMap<Id, Points>) -> Totals {
        let hundred = Fraction::integer(100);
        let mut exact_scores = Vec::with_capacity(self.criteria.len());
        let criteria = self
            .criteria
            .iter()
            .map(|criterion| {
                let mut weights = Fraction::integer(0);
                let mut sum = Some(Fraction::integer(0));
                for item in &criterion.items {
                    let weight = Fraction::of(item.weight.0);
                    weights = weights.add(weight);
                    sum = match (sum, scores.get(&item.id)) {
                        (Some(sum), Some(value)) => {
                            let scale = &item.scale;
                            let fraction = Fraction::of(value.0 - scale.min.0)
                                .div(Fraction::of(scale.max.0 - scale.min.0));
                            Some(sum.add(weight.mul(fraction)))
                        }
                        _ => None,
                    };
                }
                let exact = sum.map(|sum| sum.div(weights).mul(hundred));
                exact_scores.push((Fraction::of(criterion.weight.0), exact));
                CriterionTotal {
                    criterion_id: criterion.id.clone(),
                    score: exact.map(|s| s.round(self.precision)),
                    below_threshold: matches!(
                        (exact, criterion.threshold),
                        (Some(s), Some(t)) if s.less_than(Fraction::of(t.0))
                    ),
                }
            })
            .collect();
        let weights = exact_scores
            .iter()
            .fold(Fraction::integer(0), |sum, (w, _)| sum.add(*w));
        let overall = exact_scores
            .iter()
            .try_fold(Fraction::integer(0), |sum, (weight, score)| {
                score.map(|s| sum.add(weight.mul(s)))
            })
            .filter(|_| weights.numerator != 0)
            .map(|sum| sum.div(weights).round(self.precision));
        Totals { criteria, overall }
    }
}

/// An exact fraction for score arithmetic. Rubric inputs are small decimals
/// (weights, scales, half points), so numerators and denominators stay far from
/// the i128 range once reduced.
#[derive(Debug, Clone, Copy)]
struct Fraction {
    numerator: i128,
    denominator: i128,
}

impl Fraction {
    fn integer(value: i128) -> Self {
        Self {
            numerator: value,
            denominator: 1,
        }
    }

    fn of(value: Decimal) -> Self {
        Self::reduced(value.mantissa(), 10i128.pow(value.scale()))
    }

    fn reduced(numerator: i128, denominator: i128) -> Self {
        let sign = if denominator < 0 { -1 } else { 1 };
        let divisor = gcd(numerator.abs(), denominator.abs()).max(1);
        Self {
            numerator: sign * numerator / divisor,
            denominator: sign * denominator / divisor,
        }
    }

    fn add(self, other: Self) -> Self {
        Self::reduced(
            self.numerator * other.denominator + other.numerator * self.denominator,
            self.denominator * other.denominator,
        )
    }

    fn mul(self, other: Self) -> Self {
        Self::reduced(
            self.numerator * other.numerator,
            self.denominator * other.denominator,
        )
    }

    fn div(self, other: Self) -> Self {
        Self::reduced(
            self.numerator * other.denominator,
            self.denominator * other.numerator,
        )
    }

    fn less_than(self, other: Self) -> bool {
        self.numerator * other.denominator < other.numerator * self.denominator
    }

    /// Rounded to `places` decimals, half away from zero.
    fn round(self, places: u32) -> Points {
        let scaled = self.numerator * 10i128.pow(places);
        let (quotient, remainder) = (scaled / self.denominator, scaled % self.denominator);
        let away = if 2 * remainder.abs() >= self.denominator {
            scaled.signum()
        } else {
            0
        };
        Points(Decimal::from_i128_with_scale(quotient + away, places))
    }
}

fn gcd(mut a: i128, mut b: i128) -> i128 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CriterionTotal {
    pub criterion_id: Id,
    /// 0–100, rounded to the rubric's precision; `None` until every sub-item is scored.
    pub score: Option<Points>,
    pub below_threshold: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Totals {
    pub criteria: Vec<CriterionTotal>,
    /// Weighted over the criteria's unrounded scores, then rounded.
    pub overall: Option<Points>,
}

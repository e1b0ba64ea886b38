//! The panel's result per demand, from the experts' submitted pre-review
//! sheets: each applicant's scores aggregated by the call's rule (mean,
//! trimmed mean dropping one highest and one lowest score, or median),
//! wide disagreement flagged for discussion, and a ranking with a
//! deterministic, configurable tie-break chain.
//!
//! The guideline's rules (DOMAIN.md, workflow steps 3–4): an applicant that
//! failed formal review is not ranked; when a single applicant of a demand
//! passed formal review it goes straight to signing, without a ranking;
//! otherwise the panel selects one applicant per demand.
//!
//! Scores are exact decimals; an aggregate is computed exactly and rounded
//! once, half away from zero, to the rule's precision.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use rust_decimal::{Decimal, RoundingStrategy};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::ids::{ApplicationId, ExpertId};
use crate::model::Id;
use crate::rubric::Points;

/// How experts' scores for one applicant become one score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum AggregationMethod {
    Mean,
    /// Drops one highest and one lowest score, then averages (去掉一个最高分和一个最低分).
    TrimmedMean,
    Median,
}

/// How experts' vetoes (一票否决) weigh.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum VetoRule {
    /// One expert's veto rules the applicant out.
    Any,
    /// A veto by more than half of the experts who scored rules it out.
    Majority,
}

/// One step of the tie-break chain, applied in order to applicants whose
/// aggregated overall scores are equal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(tag = "by", rename_all = "snake_case")]
pub enum TieBreak {
    /// The higher aggregated score on this criterion wins.
    Criterion { criterion_id: Id },
    /// The more votes in the panel's recorded vote win.
    PanelVote,
}

/// The call's aggregation rule, printed in the minutes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct AggregationRule {
    pub method: AggregationMethod,
    /// Decimal places of aggregated scores.
    pub precision: u32,
    /// The fewest scores a trimmed mean is taken of. With fewer, dropping two
    /// would leave too little to judge by, so the plain mean is used — and
    /// the minutes say so for that applicant.
    #[serde(default = "default_trim_min_scores")]
    pub trim_min_scores: u32,
    /// Flag "discuss" when the experts' overall scores spread wider than this
    /// (highest minus lowest).
    #[serde(default)]
    pub discuss_range: Option<Points>,
    /// Flag "discuss" when their population standard deviation is above this.
    #[serde(default)]
    pub discuss_std_dev: Option<Points>,
    /// The lowest aggregated overall score an applicant may be selected with.
    #[serde(default)]
    pub pass_mark: Option<Points>,
    pub veto: VetoRule,
    #[serde(default)]
    pub tie_break: Vec<TieBreak>,
    /// What orders the ranking: the aggregated overall score (the default)
    /// or the normalised score (the mean of the experts' z-scores, see
    /// `calibration.rs`). Exclusions and the pass mark stay on the aggregate.
    #[serde(default, skip_serializing_if = "RankBy::is_default")]
    pub rank_by: RankBy,
}

/// What orders a demand's ranking.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum RankBy {
    /// The aggregated overall score, by the rule's method.
    #[default]
    Aggregate,
    /// The normalised score, correcting for harsh and lenient experts.
    Normalised,
}

impl RankBy {
    pub fn is_default(&self) -> bool {
        *self == Self::default()
    }
}

fn default_trim_min_scores() -> u32 {
    5
}

impl AggregationRule {
    /// The fewest scores a trimmed mean is actually taken of: the rule's
    /// `trim_min_scores`, but never below three, since dropping the highest
    /// and the lowest of two would leave nothing.
    pub fn trim_min_scores_applied(&self) -> u32 {
        self.trim_min_scores.max(3)
    }

    /// Whether a vote of the panel breaks ties: only when the tie-break
    /// chain has a `panel_vote` step.
    pub fn decides_ties_by_vote(&self) -> bool {
        self.tie_break.contains(&TieBreak::PanelVote)
    }
}

impl Default for AggregationRule {
    /// Common Chinese panel practice: trimmed mean to two decimals, discuss a
    /// spread above 20 points, pass mark 60, any veto rules out; ties go to
    /// the ASEAN partnership base, then delivery capacity, then a panel vote.
    fn default() -> Self {
        Self {
            method: AggregationMethod::TrimmedMean,
            precision: 2,
            trim_min_scores: default_trim_min_scores(),
            discuss_range: Some(Points::new(20, 0)),
            discuss_std_dev: None,
            pass_mark: Some(Points::new(60, 0)),
            veto: VetoRule::Any,
            tie_break: vec![
                TieBreak::Criterion {
                    criterion_id: "partnership".into(),
                },
                TieBreak::Criterion {
                    criterion_id: "delivery".into(),
                },
                TieBreak::PanelVote,
            ],
            rank_by: RankBy::Aggregate,
        }
    }
}

/// One expert's submitted sheet for an applicant, as the panel counts it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ExpertScore {
    pub expert_id: ExpertId,
    /// Declared a conflict of interest (回避): counts as no score.
    pub recused: bool,
    /// 0–100 at the rubric's precision; `None` for a recusal.
    pub overall: Option<Points>,
    /// Criterion id → 0–100.
    pub criteria: BTreeMap<Id, Points>,
    /// The vetoes this expert applied.
    pub vetoes: Vec<Id>,
}

/// An applicant of a demand with everything the panel decides on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Applicant {
    pub application_id: ApplicationId,
    pub passed_formal_review: bool,
    /// The experts assigned to score it.
    pub assigned_experts: Vec<ExpertId>,
    pub scores: Vec<ExpertScore>,
    /// Votes for it in the panel's recorded vote, when one was held.
    pub panel_votes: Option<u32>,
}

/// Why an applicant is not in the ranking.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum Exclusion {
    FailedFormalReview,
    /// No expert has scored it yet.
    NoScores,
    Vetoed {
        vetoes: Vec<Id>,
    },
    BelowPassMark {
        pass_mark: Points,
    },
    /// Its aggregated score on a criterion is below the criterion's threshold.
    BelowThreshold {
        criterion_id: Id,
        threshold: Points,
    },
}

/// The aggregate of one set of scores, with what was done to get it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Aggregate {
    pub value: Points,
    /// The method actually applied (the plain mean when a trimmed mean had
    /// too few scores).
    pub method: AggregationMethod,
    /// How many scores it was taken of, after dropping.
    pub counted: u32,
    /// The highest and lowest scores dropped, for a trimmed mean.
    pub dropped: Option<(Points, Points)>,
}

/// An applicant's line in the panel's result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ApplicantResult {
    pub application_id: ApplicationId,
    pub overall: Option<Aggregate>,
    /// Criterion id → aggregate, for the criteria every counted expert scored.
    pub criteria: BTreeMap<Id, Aggregate>,
    /// Highest minus lowest overall score.
    pub range: Option<Points>,
    /// Population standard deviation of the overall scores, at the rule's precision.
    pub std_dev: Option<Points>,
    /// The scores disagree more than the rule allows: the panel discusses first.
    pub discuss: bool,
    pub recused: Vec<ExpertId>,
    /// Assigned experts whose sheet has not arrived.
    pub missing: Vec<ExpertId>,
    /// 1 for the first; applicants equal through the whole tie-break chain
    /// share a rank; `None` when excluded.
    pub rank: Option<u32>,
    pub exclusion: Option<Exclusion>,
    /// The tie-break step that placed it above the next, when scores were equal.
    pub separated_by: Option<TieBreak>,
}

/// What the panel concludes for a demand.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum DemandOutcome {
    /// Exactly one applicant passed formal review: it goes straight to signing.
    StraightToSigning { application_id: ApplicationId },
    /// The first of the ranking.
    Selected { application_id: ApplicationId },
    /// The first places stay equal after the whole tie-break chain: the
    /// panel must vote (or record its vote) before one is selected.
    TieUnresolved { application_ids: Vec<ApplicationId> },
    /// Sheets are still missing: no result yet.
    AwaitingScores,
    /// No applicant can be selected.
    NoneSelectable,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DemandResult {
    /// In ranking order, then the excluded in application order.
    pub applicants: Vec<ApplicantResult>,
    pub outcome: DemandOutcome,
}

/// Aggregates `scores` by `rule`; `None` for no scores.
pub fn aggregate(scores: &[Points], rule: &AggregationRule) -> Option<Aggregate> {
    if scores.is_empty() {
        return None;
    }
    let mut sorted: Vec<Decimal> = scores.iter().map(|p| p.0).collect();
    sorted.sort();
    let n = sorted.len();
    let (value, method, counted, dropped) = match rule.method {
        AggregationMethod::Median => {
            let middle = if n % 2 == 1 {
                sorted[n / 2]
            } else {
                (sorted[n / 2 - 1] + sorted[n / 2]) / Decimal::TWO
            };
            (middle, AggregationMethod::Median, n, None)
        }
        AggregationMethod::TrimmedMean if n >= rule.trim_min_scores_applied() as usize => {
            let kept = &sorted[1..n - 1];
            (
                mean(kept),
                AggregationMethod::TrimmedMean,
                kept.len(),
                Some((Points(sorted[n - 1]), Points(sorted[0]))),
            )
        }
        AggregationMethod::Mean | AggregationMethod::TrimmedMean => {
            (mean(&sorted), AggregationMethod::Mean, n, None)
        }
    };
    Some(Aggregate {
        value: round(value, rule.precision),
        method,
        counted: u32::try_from(counted).unwrap_or(u32::MAX),
        dropped,
    })
}

fn mean(values: &[Decimal]) -> Decimal {
    // Scores are at most 100 with a few decimals: the sum is exact, and the
    // one division keeps 28 significant digits before the single rounding.
    values.iter().sum::<Decimal>() / Decimal::from(values.len())
}

fn round(value: Decimal, places: u32) -> Points {
    Points(value.round_dp_with_strategy(places, RoundingStrategy::MidpointAwayFromZero))
}

/// Population standard deviation, for the dispersion flag only.
fn std_dev(scores: &[Points], places: u32) -> Option<Points> {
    if scores.is_empty() {
        return None;
    }
    let values: Vec<f64> = scores
        .iter()
        .map(|p| p.0.try_into().unwrap_or(0.0))
        .collect();
    let n = values.len() as f64;
    let mean = values.iter().sum::<f64>() / n;
    let variance = values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / n;
    Decimal::try_from(variance.sqrt())
        .ok()
        .map(|d| round(d, places))
}

/// The panel's result for one demand. `thresholds` are the rubric's
/// criterion thresholds (criterion id → lowest acceptable 0–100 score).
/// A rule that ranks by normalised scores needs them: use [`decide_normalised`].
pub fn decide(
    applicants: &[Applicant],
    rule: &AggregationRule,
    thresholds: &BTreeMap<Id, Points>,
) -> DemandResult {
    decide_normalised(applicants, rule, thresholds, &BTreeMap::new())
}

/// As [`decide`], with each applicant's normalised score (the calibration's
/// mean z-score), which orders the ranking when the rule ranks by it.
pub fn decide_normalised(
    applicants: &[Applicant],
    rule: &AggregationRule,
    thresholds: &BTreeMap<Id, Points>,
    normalised: &BTreeMap<ApplicationId, Decimal>,
) -> DemandResult {
    let mut results: Vec<Ranked> = applicants
        .iter()
        .map(|a| {
            let key = match rule.rank_by {
                RankBy::Aggregate => None,
                RankBy::Normalised => normalised.get(&a.application_id).copied(),
            };
            (assess(a, rule, thresholds), a.panel_votes, key)
        })
        .collect();
    let eligible_count = applicants.iter().filter(|a| a.passed_formal_review).count();
    // An applicant out at formal review needs no scores to wait for.
    let awaiting = results
        .iter()
        .zip(applicants)
        .any(|((r, _, _), a)| a.passed_formal_review && !r.missing.is_empty());

    let (mut ranked, mut excluded): (Vec<_>, Vec<_>) = results
        .drain(..)
        .partition(|(r, _, _)| r.exclusion.is_none());
    ranked.sort_by(|a, b| {
        compare(a, b, rule).then_with(|| a.0.application_id.cmp(&b.0.application_id))
    });
    // Equal through the whole chain share a rank (1, 1, 3); otherwise the
    // step that separated each from the next is recorded.
    for index in 0..ranked.len() {
        let rank = match index.checked_sub(1) {
            Some(previous) if compare(&ranked[previous], &ranked[index], rule).is_eq() => {
                ranked[previous].0.rank
            }
            _ => Some(u32::try_from(index + 1).unwrap_or(u32::MAX)),
        };
        let separated_by = ranked
            .get(index + 1)
            .and_then(|next| separating_step(&ranked[index], next, rule));
        ranked[index].0.rank = rank;
        ranked[index].0.separated_by = separated_by;
    }
    let tied_first: Vec<ApplicationId> = ranked
        .iter()
        .filter(|(r, _, _)| r.rank == Some(1))
        .map(|(r, _, _)| r.application_id.clone())
        .collect();
    excluded.sort_by(|a, b| a.0.application_id.cmp(&b.0.application_id));

    let outcome = if eligible_count == 0 {
        DemandOutcome::NoneSelectable
    } else if eligible_count == 1 {
        let single = applicants
            .iter()
            .find(|a| a.passed_formal_review)
            .map(|a| a.application_id.clone())
            .unwrap_or_default();
        DemandOutcome::StraightToSigning {
            application_id: single,
        }
    } else if awaiting {
        DemandOutcome::AwaitingScores
    } else if tied_first.len() > 1 {
        DemandOutcome::TieUnresolved {
            application_ids: tied_first,
        }
    } else if let Some((first, _, _)) = ranked.first() {
        DemandOutcome::Selected {
            application_id: first.application_id.clone(),
        }
    } else {
        DemandOutcome::NoneSelectable
    };
    DemandResult {
        applicants: ranked
            .into_iter()
            .chain(excluded)
            .map(|(result, _, _)| result)
            .collect(),
        outcome,
    }
}

/// One applicant's aggregates, flags and exclusion (rank comes later).
fn assess(
    applicant: &Applicant,
    rule: &AggregationRule,
    thresholds: &BTreeMap<Id, Points>,
) -> ApplicantResult {
    let counted: Vec<&ExpertScore> = applicant
        .scores
        .iter()
        .filter(|s| !s.recused && s.overall.is_some())
        .collect();
    let overall_scores: Vec<Points> = counted.iter().filter_map(|s| s.overall).collect();
    let overall = aggregate(&overall_scores, rule);
    let mut criteria = BTreeMap::new();
    let criterion_ids: Vec<&Id> = counted
        .first()
        .map(|s| s.criteria.keys().collect())
        .unwrap_or_default();
    for id in criterion_ids {
        let scores: Option<Vec<Points>> = counted
            .iter()
            .map(|s| s.criteria.get(id).copied())
            .collect();
        if let Some(aggregated) = scores.and_then(|s| aggregate(&s, rule)) {
            criteria.insert(id.clone(), aggregated);
        }
    }
    let range = overall_scores
        .iter()
        .max()
        .zip(overall_scores.iter().min())
        .map(|(high, low)| Points(high.0 - low.0));
    let std_dev = std_dev(&overall_scores, rule.precision);
    let discuss = matches!((range, rule.discuss_range), (Some(r), Some(limit)) if r > limit)
        || matches!((std_dev, rule.discuss_std_dev), (Some(s), Some(limit)) if s > limit);

    let mut vetoes: BTreeMap<&Id, usize> = BTreeMap::new();
    for score in &counted {
        for veto in &score.vetoes {
            *vetoes.entry(veto).or_default() += 1;
        }
    }
    let vetoed: Vec<Id> = vetoes
        .iter()
        .filter(|(_, count)| match rule.veto {
            VetoRule::Any => **count >= 1,
            VetoRule::Majority => 2 * **count > counted.len(),
        })
        .map(|(id, _)| (*id).clone())
        .collect();
    let below_threshold = thresholds.iter().find_map(|(criterion_id, threshold)| {
        criteria
            .get(criterion_id)
            .filter(|a| a.value < *threshold)
            .map(|_| Exclusion::BelowThreshold {
                criterion_id: criterion_id.clone(),
                threshold: *threshold,
            })
    });
    let exclusion = if !applicant.passed_formal_review {
        Some(Exclusion::FailedFormalReview)
    } else if overall.is_none() {
        Some(Exclusion::NoScores)
    } else if !vetoed.is_empty() {
        Some(Exclusion::Vetoed { vetoes: vetoed })
    } else if let Some(pass_mark) = rule
        .pass_mark
        .filter(|mark| overall.as_ref().is_some_and(|o| o.value < *mark))
    {
        Some(Exclusion::BelowPassMark { pass_mark })
    } else {
        below_threshold
    };
    let scored_or_recused: Vec<&ExpertId> = applicant.scores.iter().map(|s| &s.expert_id).collect();
    ApplicantResult {
        application_id: applicant.application_id.clone(),
        overall,
        criteria,
        range,
        std_dev,
        discuss,
        recused: applicant
            .scores
            .iter()
            .filter(|s| s.recused)
            .map(|s| s.expert_id.clone())
            .collect(),
        missing: applicant
            .assigned_experts
            .iter()
            .filter(|e| !scored_or_recused.contains(e))
            .cloned()
            .collect(),
        rank: None,
        exclusion,
        separated_by: None,
    }
}

/// An applicant's result, its recorded votes and, when the rule ranks by
/// it, its normalised score.
type Ranked = (ApplicantResult, Option<u32>, Option<Decimal>);

/// What the ranking orders by first, higher first: the normalised score when
/// the rule ranks by it, else the aggregated overall score.
fn ranking_key(r: &Ranked, rule: &AggregationRule) -> Option<Decimal> {
    match rule.rank_by {
        RankBy::Aggregate => r.0.overall.as_ref().map(|o| o.value.0),
        RankBy::Normalised => r.2,
    }
}

/// Higher first by [`ranking_key`], then the tie-break chain; `Equal` when all agree.
fn compare(a: &Ranked, b: &Ranked, rule: &AggregationRule) -> Ordering {
    ranking_key(b, rule)
        .cmp(&ranking_key(a, rule))
        .then_with(|| {
            rule.tie_break
                .iter()
                .map(|step| step_order(a, b, step))
                .find(|o| o.is_ne())
                .unwrap_or(Ordering::Equal)
        })
}

/// How one tie-break step orders `a` against `b` (`Less` puts `a` first).
fn step_order(a: &Ranked, b: &Ranked, step: &TieBreak) -> Ordering {
    match step {
        TieBreak::Criterion { criterion_id } => {
            let score = |r: &Ranked| r.0.criteria.get(criterion_id).map(|c| c.value);
            score(b).cmp(&score(a))
        }
        TieBreak::PanelVote => b.1.cmp(&a.1),
    }
}

/// The step that orders `a` before `b` when what ranks them is equal.
fn separating_step(a: &Ranked, b: &Ranked, rule: &AggregationRule) -> Option<TieBreak> {
    if ranking_key(a, rule) != ranking_key(b, rule) {
        return None;
    }
    rule.tie_break
        .iter()
        .find(|step| step_order(a, b, step).is_ne())
        .cloned()
}

/// The particulars of the meeting, for the minutes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MeetingInput {
    pub date: String,
    /// `None` for an online meeting.
    pub place: Option<String>,
    /// The chair's expert id.
    pub chair: String,
    pub staff: Vec<String>,
}

/// The panel's conclusion note and recorded vote for one demand.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DemandNote {
    pub note: String,
    /// Application id → votes, when the panel voted.
    pub votes: BTreeMap<ApplicationId, u32>,
}

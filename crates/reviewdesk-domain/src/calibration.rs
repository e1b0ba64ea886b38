//! Calibration and agreement: how harsh or lenient each expert scored next
//! to the rest of the panel, a ranking on scores normalised per expert (shown
//! beside the ranking by the call's rule, which stays decisive), and how far
//! the experts agree — Kendall's W per demand, ICC(2,k) across the panel —
//! with a flag when agreement is low.
//!
//! What counts: the overall score of a submitted, non-recused sheet for an
//! applicant that passed formal review. Everything is computed in exact
//! decimals (a square root, for the z-scores, to 28 significant digits) and
//! rounded once at the end, half away from zero.
//!
//! The readings, as `docs/formats.md` states them:
//! - An expert's *offset* is the mean, over the applicants they scored that
//!   at least one other expert scored too, of their score minus the mean of
//!   every counted score for that applicant. Positive is lenient.
//! - A *z-score* is (score − the expert's mean) / the expert's population
//!   standard deviation, over every applicant they scored in the call; an
//!   expert whose scores are all equal (or who gave one) has z = 0 throughout.
//! - The *normalised score* of an applicant is the mean z-score of the
//!   experts who scored it; the normalised ranking orders by it, higher
//!   first, and applicants equal at the printed precision share a rank.
//! - Agreement needs every counted expert to have scored every counted
//!   applicant. Where recusals leave gaps, the expert (or applicant) missing
//!   the most scores is left out — on a tie, whichever keeps the larger
//!   table, the expert when both keep the same — until the table is full;
//!   the result says how many of each it counted and which experts it left out.
//! - Kendall's W ranks each expert's scores (ties take their mean rank) and
//!   corrects for ties; ICC(2,k) is the two-way random-effects, absolute
//!   agreement coefficient of the mean of k experts (Shrout & Fleiss 1979).
//!   Either is undefined (absent) with fewer than two experts or two
//!   applicants, or when its denominator is zero.

use std::collections::BTreeMap;

use rust_decimal::{Decimal, MathematicalOps as _, RoundingStrategy};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::ids::{ApplicationId, DemandId, ExpertId};
use crate::panel::Applicant;
use crate::rubric::Points;

/// Decimal places of z-scores and agreement coefficients.
pub const COEFFICIENT_PLACES: u32 = 3;
/// Decimal places of an expert's mean and offset, in points.
pub const OFFSET_PLACES: u32 = 2;
/// Below this, Kendall's W or ICC(2,k) is flagged as low agreement (Koo & Li
/// 2016 call an ICC under 0.5 poor; W under 0.5 is at best moderate).
pub const LOW_AGREEMENT: Decimal = Decimal::from_parts(5, 0, 0, false, 1);

/// A unitless statistic (a z-score or an agreement coefficient), exact to
/// its printed places; written in JSON as a string.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema, TS,
)]
#[serde(transparent)]
pub struct Coefficient(
    #[ts(type = "string")]
    #[schemars(with = "String")]
    pub Decimal,
);

impl std::fmt::Display for Coefficient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// How one expert scored next to the panel.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ExpertLeniency {
    pub expert_id: ExpertId,
    /// Applicants they gave a counted score.
    pub scored: u32,
    /// Their mean overall score.
    pub mean: Points,
    /// Their mean difference from the panel on the same applicants; positive
    /// is lenient. `None` when nobody else scored what they scored.
    pub offset: Option<Points>,
}

/// An applicant's score normalised per expert, and its place by that score.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NormalisedScore {
    pub application_id: ApplicationId,
    /// Each scoring expert's z-score for it.
    pub z: BTreeMap<ExpertId, Coefficient>,
    /// The mean of those z-scores.
    pub mean_z: Coefficient,
    pub rank: u32,
}

/// An agreement coefficient and the table it was taken of.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Agreement {
    /// `None` when undefined (too few experts or applicants, or no spread).
    pub value: Option<Coefficient>,
    pub experts: u32,
    pub applicants: u32,
    /// Experts left out because they did not score every counted applicant.
    pub left_out: Vec<ExpertId>,
    /// The value is below [`LOW_AGREEMENT`].
    pub low: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DemandCalibration {
    pub demand_id: DemandId,
    /// Higher normalised score first.
    pub normalised: Vec<NormalisedScore>,
    pub kendall_w: Agreement,
}

/// Calibration and agreement for a whole panel.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Calibration {
    /// In expert order.
    pub experts: Vec<ExpertLeniency>,
    /// In the order given.
    pub demands: Vec<DemandCalibration>,
    /// ICC(2,k) over every demand's applicants.
    pub icc: Agreement,
}

/// The counted overall scores: applicant → expert → score.
type Table = BTreeMap<ApplicationId, BTreeMap<ExpertId, Decimal>>;

fn counted(applicants: &[Applicant]) -> Table {
    applicants
        .iter()
        .filter(|a| a.passed_formal_review)
        .map(|a| {
            let scores = a
                .scores
                .iter()
                .filter(|s| !s.recused)
                .filter_map(|s| Some((s.expert_id.clone(), s.overall?.0)))
                .collect();
            (a.application_id.clone(), scores)
        })
        // An applicant nobody has scored yet is not part of the table.
        .filter(|(_, scores): &(ApplicationId, BTreeMap<ExpertId, Decimal>)| !scores.is_empty())
        .collect()
}

/// Calibrates a panel from each demand's applicants, as `panel::decide` takes them.
pub fn calibrate(demands: &[(DemandId, Vec<Applicant>)]) -> Calibration {
    let tables: Vec<(DemandId, Table)> = demands
        .iter()
        .map(|(id, applicants)| (id.clone(), counted(applicants)))
        .collect();
    let whole: Table = tables
        .iter()
        .flat_map(|(_, table)| table.iter().map(|(a, s)| (a.clone(), s.clone())))
        .collect();
    let standing = standing(&whole);
    Calibration {
        experts: leniency(&whole, &standing),
        demands: tables
            .iter()
            .map(|(demand_id, table)| DemandCalibration {
                demand_id: demand_id.clone(),
                normalised: normalised(table, &standing),
                kendall_w: agreement(table, kendall_w),
            })
            .collect(),
        icc: agreement(&whole, icc_2k),
    }
}

/// Each expert's mean and population standard deviation over the call.
fn standing(table: &Table) -> BTreeMap<ExpertId, (Decimal, Decimal)> {
    let mut by_expert: BTreeMap<&ExpertId, Vec<Decimal>> = BTreeMap::new();
    for scores in table.values() {
        for (expert, score) in scores {
            by_expert.entry(expert).or_default().push(*score);
        }
    }
    by_expert
        .into_iter()
        .map(|(expert, scores)| {
            let mean = mean(&scores);
            let variance = mean_of(scores.iter().map(|s| (s - mean) * (s - mean)), scores.len());
            let sd = variance.sqrt().unwrap_or_default();
            (expert.clone(), (mean, sd))
        })
        .collect()
}

fn leniency(
    table: &Table,
    standing: &BTreeMap<ExpertId, (Decimal, Decimal)>,
) -> Vec<ExpertLeniency> {
    let mut differences: BTreeMap<&ExpertId, Vec<Decimal>> = BTreeMap::new();
    for scores in table.values().filter(|s| s.len() >= 2) {
        let panel_mean = mean(&scores.values().copied().collect::<Vec<_>>());
        for (expert, score) in scores {
            differences
                .entry(expert)
                .or_default()
                .push(score - panel_mean);
        }
    }
    standing
        .iter()
        .map(|(expert, (mean_score, _))| ExpertLeniency {
            expert_id: expert.clone(),
            scored: u32::try_from(table.values().filter(|s| s.contains_key(expert)).count())
                .unwrap_or(u32::MAX),
            mean: Points(round(*mean_score, OFFSET_PLACES)),
            offset: differences
                .get(expert)
                .map(|d| Points(round(mean(d), OFFSET_PLACES))),
        })
        .collect()
}

fn normalised(
    table: &Table,
    standing: &BTreeMap<ExpertId, (Decimal, Decimal)>,
) -> Vec<NormalisedScore> {
    let mut scored: Vec<(ApplicationId, BTreeMap<ExpertId, Decimal>, Decimal)> = table
        .iter()
        .filter(|(_, scores)| !scores.is_empty())
        .map(|(application, scores)| {
            let z: BTreeMap<ExpertId, Decimal> = scores
                .iter()
                .map(|(expert, score)| {
                    let (mean, sd) = standing[expert];
                    let z = if sd.is_zero() {
                        Decimal::ZERO
                    } else {
                        (score - mean) / sd
                    };
                    (expert.clone(), z)
                })
                .collect();
            let mean_z = mean(&z.values().copied().collect::<Vec<_>>());
            (application.clone(), z, mean_z)
        })
        .collect();
    scored.sort_by(|a, b| {
        round(b.2, COEFFICIENT_PLACES)
            .cmp(&round(a.2, COEFFICIENT_PLACES))
            .then_with(|| a.0.cmp(&b.0))
    });
    let mut out: Vec<NormalisedScore> = Vec::with_capacity(scored.len());
    for (index, (application_id, z, mean_z)) in scored.into_iter().enumerate() {
        let mean_z = Coefficient(round(mean_z, COEFFICIENT_PLACES));
        let rank = match out.last() {
            Some(previous) if previous.mean_z == mean_z => previous.rank,
            _ => u32::try_from(index + 1).unwrap_or(u32::MAX),
        };
        out.push(NormalisedScore {
            application_id,
            z: z.into_iter()
                .map(|(e, v)| (e, Coefficient(round(v, COEFFICIENT_PLACES))))
                .collect(),
            mean_z,
            rank,
        });
    }
    out
}

/// A full table: rows are applicants, columns experts.
struct Block {
    experts: Vec<ExpertId>,
    rows: Vec<Vec<Decimal>>,
    left_out: Vec<ExpertId>,
}

/// Leaves out the expert (or applicant) missing the most scores — on a tie,
/// whichever keeps the larger table, the expert if both keep the same — until
/// every kept expert scored every kept applicant.
fn complete_block(table: &Table) -> Block {
    let mut experts: Vec<ExpertId> = table
        .values()
        .flat_map(|s| s.keys().cloned())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    let all_experts = experts.clone();
    let mut applicants: Vec<&ApplicationId> = table.keys().collect();
    loop {
        let missing_of_expert = |e: &ExpertId| {
            applicants
                .iter()
                .filter(|a| !table[**a].contains_key(e))
                .count()
        };
        let missing_of_applicant = |a: &ApplicationId| {
            experts
                .iter()
                .filter(|e| !table[a].contains_key(*e))
                .count()
        };
        let worst_expert = experts
            .iter()
            .enumerate()
            .map(|(i, e)| (missing_of_expert(e), i))
            .max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        let worst_applicant = applicants
            .iter()
            .enumerate()
            .map(|(i, a)| (missing_of_applicant(a), i))
            .max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        // On a tie, leave out whichever keeps the larger table.
        let keeps_more_without_the_expert = experts.len().saturating_sub(1) * applicants.len()
            >= experts.len() * applicants.len().saturating_sub(1);
        match (worst_expert, worst_applicant) {
            (Some((e, i)), a)
                if e > 0
                    && a.is_none_or(|(a, _)| {
                        e > a || (e == a && keeps_more_without_the_expert)
                    }) =>
            {
                experts.remove(i);
            }
            (_, Some((a, i))) if a > 0 => {
                applicants.remove(i);
            }
            _ => break,
        }
    }
    let rows = applicants
        .iter()
        .map(|a| experts.iter().map(|e| table[*a][e]).collect())
        .collect();
    let left_out = all_experts
        .into_iter()
        .filter(|e| !experts.contains(e))
        .collect();
    Block {
        experts,
        rows,
        left_out,
    }
}

fn agreement(table: &Table, coefficient: fn(&[Vec<Decimal>]) -> Option<Decimal>) -> Agreement {
    let block = complete_block(table);
    let (applicants, experts) = (block.rows.len(), block.experts.len());
    let value = (applicants >= 2 && experts >= 2)
        .then(|| coefficient(&block.rows))
        .flatten()
        .map(|v| Coefficient(round(v, COEFFICIENT_PLACES)));
    Agreement {
        low: value.is_some_and(|v| v.0 < LOW_AGREEMENT),
        value,
        experts: u32::try_from(experts).unwrap_or(u32::MAX),
        applicants: u32::try_from(applicants).unwrap_or(u32::MAX),
        left_out: block.left_out,
    }
}

/// Kendall's coefficient of concordance with the correction for ties, of
/// `rows` (applicants) as ranked by each column (expert).
fn kendall_w(rows: &[Vec<Decimal>]) -> Option<Decimal> {
    let n = Decimal::from(rows.len());
    let m = Decimal::from(rows.first()?.len());
    let mut rank_sums = vec![Decimal::ZERO; rows.len()];
    let mut ties = Decimal::ZERO;
    for column in 0..rows[0].len() {
        let scores: Vec<Decimal> = rows.iter().map(|r| r[column]).collect();
        for (i, score) in scores.iter().enumerate() {
            let below = scores.iter().filter(|s| *s < score).count();
            let equal = scores.iter().filter(|s| *s == score).count();
            // Mean of the ranks below+1 ..= below+equal.
            rank_sums[i] += Decimal::from(2 * below + equal + 1) / Decimal::TWO;
        }
        let mut sorted = scores.clone();
        sorted.sort();
        for group in sorted.chunk_by(|a, b| a == b) {
            let t = Decimal::from(group.len());
            ties += t * t * t - t;
        }
    }
    let mean_sum = m * (n + Decimal::ONE) / Decimal::TWO;
    let s: Decimal = rank_sums
        .iter()
        .map(|r| (r - mean_sum) * (r - mean_sum))
        .sum();
    let denominator = m * m * (n * n * n - n) - m * ties;
    (!denominator.is_zero()).then(|| Decimal::from(12) * s / denominator)
}

/// ICC(2,k) of `rows` (applicants) scored by every column (expert).
///
/// With n applicants, k experts, T the total, A the sum of squares, R and C
/// the sums of squared row and column totals, the sums of squares times nk
/// are r = nR − T², c = kC − T², e = nkA − nR − kC + T², and
/// ICC(2,k) = (MSR − MSE) / (MSR + (MSC − MSE)/n) = n(r(k−1) − e) / (n·r(k−1) + c(n−1) − e):
/// one division, so a table with no spread is told exactly.
fn icc_2k(rows: &[Vec<Decimal>]) -> Option<Decimal> {
    let n = Decimal::from(rows.len());
    let k = Decimal::from(rows.first()?.len());
    let total: Decimal = rows.iter().flatten().sum();
    let squares: Decimal = rows.iter().flatten().map(|x| x * x).sum();
    let row_squares: Decimal = rows
        .iter()
        .map(|r| r.iter().sum::<Decimal>())
        .map(|s| s * s)
        .sum();
    let column_squares: Decimal = (0..rows[0].len())
        .map(|c| rows.iter().map(|r| r[c]).sum::<Decimal>())
        .map(|s| s * s)
        .sum();
    let r = n * row_squares - total * total;
    let c = k * column_squares - total * total;
    let e = n * k * squares - n * row_squares - k * column_squares + total * total;
    let one = Decimal::ONE;
    let denominator = n * r * (k - one) + c * (n - one) - e;
    (!denominator.is_zero()).then(|| n * (r * (k - one) - e) / denominator)
}

fn mean(values: &[Decimal]) -> Decimal {
    mean_of(values.iter().copied(), values.len())
}

fn mean_of(values: impl Iterator<Item = Decimal>, count: usize) -> Decimal {
    if count == 0 {
        return Decimal::ZERO;
    }
    values.sum::<Decimal>() / Decimal::from(count)
}

/// Rounded once, half away from zero, and written with all its places.
fn round(value: Decimal, places: u32) -> Decimal {
    let mut rounded = value.round_dp_with_strategy(places, RoundingStrategy::MidpointAwayFromZero);
    rounded.rescale(places);
    // Never "-0.000".
    rounded.set_sign_positive(rounded.is_sign_positive() || rounded.is_zero());
    rounded
}

//! The discussion round (a panel meeting's read phase after submission):
//! what an expert sees of the panel's scores for a demand the chair opened.
//! Only an expert who has submitted a sheet (or recused) for every applicant
//! of the demand assigned to them (that passed formal review) sees anything; then, per applicant, each
//! criterion's and the overall score's distribution without names (sorted),
//! median and range, the dispersion flag of the call's rule, and — where the
//! call shares them — the other experts' written reasons, without names. An
//! applicant the viewer recused from is blanked: they see that they recused,
//! nothing of the others' scores.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::ids::{ApplicationId, ExpertId};
use crate::model::Id;
use crate::panel::{Applicant, DemandResult};
use crate::rubric::Points;

/// The call's rules for the discussion round (`call.discussion` in the
/// agency data); both off unless the call turns them on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct DiscussionRules {
    /// Experts see the other experts' written reasons (item comments and
    /// opinions, without names) in the discussion round.
    #[serde(default)]
    pub share_reasons: bool,
    /// The chair may open a revision round after the discussion, in which
    /// experts revise their submitted sheets.
    #[serde(default)]
    pub allow_revision: bool,
}

impl DiscussionRules {
    pub fn is_default(&self) -> bool {
        *self == Self::default()
    }
}

/// What one expert wrote for an applicant, as the discussion may share it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WrittenReasons {
    /// Criterion id → the comments on its items.
    pub criteria: BTreeMap<Id, Vec<String>>,
    pub opinion: String,
}

/// A set of scores without the names of who gave them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Spread {
    /// Every counted score, lowest first.
    pub scores: Vec<Points>,
    pub median: Points,
    pub low: Points,
    pub high: Points,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CriterionDiscussion {
    pub criterion_id: Id,
    pub spread: Option<Spread>,
    /// The other experts' comments on its items, sorted; empty unless the
    /// call shares reasons.
    pub reasons: Vec<String>,
}

/// One applicant as the discussion shows it to one expert.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ApplicantDiscussion {
    pub application_id: ApplicationId,
    /// The viewer recused from it: everything else is empty.
    pub recused: bool,
    pub overall: Option<Spread>,
    pub criteria: Vec<CriterionDiscussion>,
    /// The call's rule flags the scores for discussion.
    pub discuss: bool,
    /// The other experts' opinions, sorted; empty unless the call shares reasons.
    pub opinions: Vec<String>,
}

/// The round a demand is in at the meeting, once the chair opened it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Round {
    /// Experts who submitted see the panel's scores.
    Discussion,
    /// As in discussion, and experts may revise their submitted sheets.
    Revision,
}

impl Round {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Discussion => "discussion",
            Self::Revision => "revision",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "discussion" => Some(Self::Discussion),
            "revision" => Some(Self::Revision),
            _ => None,
        }
    }
}

/// Why an expert is shown nothing of a demand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DiscussionRefusal {
    /// None of the demand's applicants is assigned to them.
    NotAssigned,
    /// These applicants, assigned to them, have no submitted sheet or
    /// recusal of theirs yet.
    NotSubmitted(Vec<ApplicationId>),
}

/// The discussion of one demand for `viewer`; `criteria` are the rubric's
/// criterion ids in order.
pub fn discussion(
    viewer: &ExpertId,
    applicants: &[Applicant],
    result: &DemandResult,
    criteria: &[Id],
    reasons: &BTreeMap<(ApplicationId, ExpertId), WrittenReasons>,
    rules: DiscussionRules,
) -> Result<Vec<ApplicantDiscussion>, DiscussionRefusal> {
    if !applicants
        .iter()
        .any(|a| a.assigned_experts.contains(viewer))
    {
        return Err(DiscussionRefusal::NotAssigned);
    }
    // An applicant out at formal review is not scored, so not waited for.
    let missing: Vec<ApplicationId> = applicants
        .iter()
        .filter(|a| a.passed_formal_review && a.assigned_experts.contains(viewer))
        .filter(|a| !a.scores.iter().any(|s| s.expert_id == viewer))
        .map(|a| a.application_id.clone())
        .collect();
    if !missing.is_empty() {
        return Err(DiscussionRefusal::NotSubmitted(missing));
    }
    Ok(applicants
        .iter()
        .map(|applicant| {
            let recused = applicant
                .scores
                .iter()
                .any(|s| s.expert_id == viewer && s.recused);
            if recused {
                return ApplicantDiscussion {
                    application_id: applicant.application_id.clone(),
                    recused: true,
                    overall: None,
                    criteria: Vec::new(),
                    discuss: false,
                    opinions: Vec::new(),
                };
            }
            let counted: Vec<_> = applicant.scores.iter().filter(|s| !s.recused).collect();
            let others = || {
                counted
                    .iter()
                    .filter(|s| s.expert_id != viewer)
                    .filter_map(|s| {
                        reasons.get(&(applicant.application_id.clone(), s.expert_id.clone()))
                    })
            };
            let shared = |texts: Vec<String>| -> Vec<String> {
                let mut texts: Vec<String> = texts
                    .into_iter()
                    .map(|t| t.trim().to_owned())
                    .filter(|t| !t.is_empty())
                    .collect();
                texts.sort();
                if rules.share_reasons {
                    texts
                } else {
                    Vec::new()
                }
            };
            ApplicantDiscussion {
                application_id: applicant.application_id.clone(),
                recused: false,
                overall: spread(counted.iter().filter_map(|s| s.overall).collect()),
                criteria: criteria
                    .iter()
                    .map(|id| CriterionDiscussion {
                        criterion_id: id.clone(),
                        spread: spread(
                            counted
                                .iter()
                                .filter_map(|s| s.criteria.get(id).copied())
                                .collect(),
                        ),
                        reasons: shared(
                            others()
                                .flat_map(|r| r.criteria.get(id).cloned().unwrap_or_default())
                                .collect(),
                        ),
                    })
                    .collect(),
                discuss: result
                    .applicants
                    .iter()
                    .any(|r| r.application_id == applicant.application_id && r.discuss),
                opinions: shared(others().map(|r| r.opinion.clone()).collect()),
            }
        })
        .collect())
}

fn spread(mut scores: Vec<Points>) -> Option<Spread> {
    scores.sort();
    let (low, high) = (*scores.first()?, *scores.last()?);
    let n = scores.len();
    let median = if n % 2 == 1 {
        scores[n / 2]
    } else {
        // Exact, without the trailing zeros a division adds (72.5, not 72.50).
        Points(((scores[n / 2 - 1].0 + scores[n / 2].0) / Decimal::TWO).normalize())
    };
    Some(Spread {
        scores,
        median,
        low,
        high,
    })
}

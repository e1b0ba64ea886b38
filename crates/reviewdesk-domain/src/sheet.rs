//! Score sheets: what one expert records for one application — the conflict
//! declaration that must come first, scores per sub-item, reasons, veto answers,
//! the overall recommendation and opinion — and what is still missing before it
//! can be submitted. The sheet file that `reviewdesk score --from` reads is
//! [`SheetInput`].

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::Id;
use crate::rubric::{OverallRecommendation, Points, Rubric, RubricKind, ScoreProblem};

/// Kinds of conflict of interest that recuse an expert (回避).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum ConflictKind {
    /// Works for the applicant, a consortium member or the demand side.
    SameUnit,
    /// Worked there in the last three years.
    FormerEmployer,
    /// Co-authored, co-applied or collaborated with the team recently.
    Collaborator,
    /// Close relative on the team.
    Relative,
    /// Holds shares or another financial interest.
    FinancialInterest,
    Other,
}

/// The declaration an expert makes before scoring an application.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Declaration {
    NoConflict,
    /// Recuses the expert: the application cannot be scored by them.
    Conflict {
        conflict: ConflictKind,
        details: String,
    },
}

/// A pass/fail decision, for rubrics of that kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    Pass,
    Fail,
}

/// The content of a sheet, as an expert fills it in and as a sheet file carries it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct SheetInput {
    #[serde(default)]
    pub declaration: Option<Declaration>,
    /// Sub-item id → score.
    #[serde(default)]
    pub scores: BTreeMap<Id, Points>,
    /// Sub-item id → the reason for its score.
    #[serde(default)]
    pub comments: BTreeMap<Id, String>,
    /// Veto id → whether it applies.
    #[serde(default)]
    pub vetoes: BTreeMap<Id, bool>,
    #[serde(default)]
    pub recommendation: Option<OverallRecommendation>,
    #[serde(default)]
    pub decision: Option<Decision>,
    /// The expert's written opinion (专家意见).
    #[serde(default)]
    pub opinion: String,
}

/// Something that keeps a sheet from being submitted, or a value that is wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum SheetProblem {
    /// No declaration yet: scoring cannot start.
    Undeclared,
    UnknownItem {
        item: Id,
    },
    UnknownVeto {
        veto: Id,
    },
    InvalidScore {
        item: Id,
        issue: ScoreProblem,
    },
    Unscored {
        item: Id,
    },
    CommentRequired {
        item: Id,
    },
    VetoUnanswered {
        veto: Id,
    },
    RecommendationMissing,
    /// A veto applies but the recommendation is not "do not recommend".
    VetoContradicted {
        veto: Id,
    },
    DecisionMissing,
    OpinionMissing,
}

impl SheetProblem {
    /// Problems that make a value wrong, as opposed to not yet filled in.
    pub fn is_invalid(&self) -> bool {
        matches!(
            self,
            Self::UnknownItem { .. } | Self::UnknownVeto { .. } | Self::InvalidScore { .. }
        )
    }
}

impl SheetInput {
    /// Everything that keeps this sheet from being submitted against `rubric`,
    /// in the rubric's order. A declared conflict needs nothing else.
    pub fn problems(&self, rubric: &Rubric) -> Vec<SheetProblem> {
        use SheetProblem as P;
        let mut problems = Vec::new();
        match &self.declaration {
            None => problems.push(P::Undeclared),
            Some(Declaration::Conflict { .. }) => return problems,
            Some(Declaration::NoConflict) => {}
        }
        for (item, value) in &self.scores {
            match rubric.item(item) {
                None => problems.push(P::UnknownItem { item: item.clone() }),
                Some(sub) => {
                    if let Err(issue) = sub.scale.check(*value) {
                        problems.push(P::InvalidScore {
                            item: item.clone(),
                            issue,
                        });
                    }
                }
            }
        }
        for veto in self
            .vetoes
            .keys()
            .filter(|v| !rubric.vetoes.iter().any(|r| &r.id == *v))
        {
            problems.push(P::UnknownVeto { veto: veto.clone() });
        }
        for item in rubric.criteria.iter().flat_map(|c| &c.items) {
            match self.scores.get(&item.id) {
                None => problems.push(P::Unscored {
                    item: item.id.clone(),
                }),
                Some(value) => {
                    let explained = self
                        .comments
                        .get(&item.id)
                        .is_some_and(|c| !c.trim().is_empty());
                    if rubric.needs_comment(&item.id, *value) && !explained {
                        problems.push(P::CommentRequired {
                            item: item.id.clone(),
                        });
                    }
                }
            }
        }
        for veto in &rubric.vetoes {
            match self.vetoes.get(&veto.id) {
                None => problems.push(P::VetoUnanswered {
                    veto: veto.id.clone(),
                }),
                Some(true)
                    if rubric.kind == RubricKind::Scored
                        && self
                            .recommendation
                            .is_some_and(|r| r != OverallRecommendation::DoNotRecommend) =>
                {
                    problems.push(P::VetoContradicted {
                        veto: veto.id.clone(),
                    });
                }
                Some(_) => {}
            }
        }
        match rubric.kind {
            RubricKind::Scored if self.recommendation.is_none() => {
                problems.push(P::RecommendationMissing)
            }
            RubricKind::PassFail if self.decision.is_none() => problems.push(P::DecisionMissing),
            _ => {}
        }
        if self.opinion.trim().is_empty() {
            problems.push(P::OpinionMissing);
        }
        problems
    }

    pub fn is_recusal(&self) -> bool {
        matches!(self.declaration, Some(Declaration::Conflict { .. }))
    }
}

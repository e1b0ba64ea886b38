//! The chair's board during a meeting: per demand and applicant, where each
//! assigned expert stands — not started, scoring, submitted, revising,
//! recused — and never a score. Submissions and recusals come from the
//! packages the staff vault holds; "scoring" is what experts' apps report
//! to the meeting's hub (a draft saved), which only the hub knows.

use std::collections::{BTreeMap, BTreeSet};

use reviewdesk_domain::{ApplicationId, CallId, DemandId, ExpertId, LocalizedText};
use serde::Serialize;
use ts_rs::TS;

use super::{PanelView, Round, StaffDesk};
use crate::CoreError;

/// Where an expert stands on one applicant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ExpertState {
    NotStarted,
    /// A draft saved, nothing submitted yet.
    Scoring,
    Submitted,
    /// Submitted, and a new version is being drafted (a revision round).
    Revising,
    /// Declared a conflict of interest (回避).
    Recused,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct BoardCell {
    pub expert_id: ExpertId,
    pub state: ExpertState,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct BoardApplicant {
    pub application_id: ApplicationId,
    pub lead: LocalizedText,
    /// One per assigned expert, in the call's order of experts.
    pub experts: Vec<BoardCell>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct BoardDemand {
    pub demand_id: DemandId,
    pub title: LocalizedText,
    pub round: Option<Round>,
    pub applicants: Vec<BoardApplicant>,
    /// Experts' sheets submitted or recused, of all assigned.
    pub done: usize,
    pub assigned: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct BoardView {
    pub call_id: CallId,
    pub demands: Vec<BoardDemand>,
}

/// What each expert reported scoring now: expert → applications.
pub type ScoringReports = BTreeMap<ExpertId, BTreeSet<ApplicationId>>;

impl StaffDesk<'_> {
    /// The board of `call_id`, with what experts reported scoring.
    pub fn board(
        &self,
        call_id: &CallId,
        scoring: &ScoringReports,
    ) -> Result<BoardView, CoreError> {
        Ok(board_of(&self.panel(call_id)?, scoring))
    }
}

/// The board of a panel: no score leaves it.
pub fn board_of(panel: &PanelView, scoring: &ScoringReports) -> BoardView {
    let is_scoring = |expert: &ExpertId, application: &ApplicationId| {
        scoring
            .get(expert)
            .is_some_and(|drafts| drafts.contains(application))
    };
    let demands = panel
        .demands
        .iter()
        .map(|demand| {
            let applicants: Vec<BoardApplicant> = demand
                .applicants
                .iter()
                .map(|applicant| BoardApplicant {
                    application_id: applicant.application_id.clone(),
                    lead: demand
                        .leads
                        .get(&applicant.application_id)
                        .cloned()
                        .unwrap_or_default(),
                    experts: applicant
                        .assigned_experts
                        .iter()
                        .map(|expert| {
                            let sheet = applicant.scores.iter().find(|s| s.expert_id == *expert);
                            let drafting = is_scoring(expert, &applicant.application_id);
                            let state = match (sheet, drafting) {
                                (Some(s), _) if s.recused => ExpertState::Recused,
                                (Some(_), true) => ExpertState::Revising,
                                (Some(_), false) => ExpertState::Submitted,
                                (None, true) => ExpertState::Scoring,
                                (None, false) => ExpertState::NotStarted,
                            };
                            BoardCell {
                                expert_id: expert.clone(),
                                state,
                            }
                        })
                        .collect(),
                })
                .collect();
            let cells = applicants.iter().flat_map(|a| &a.experts);
            let done = cells
                .clone()
                .filter(|c| {
                    matches!(
                        c.state,
                        ExpertState::Submitted | ExpertState::Recused | ExpertState::Revising
                    )
                })
                .count();
            BoardDemand {
                demand_id: demand.demand_id.clone(),
                title: demand.title.clone(),
                round: demand.round,
                done,
                assigned: cells.count(),
                applicants,
            }
        })
        .collect();
    BoardView {
        call_id: panel.call_id.clone(),
        demands,
    }
}

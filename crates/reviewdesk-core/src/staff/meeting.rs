//! The panel meeting's rounds on the staff's desk: the chair opens a demand
//! for discussion — and, where the call allows, for revision — and an expert
//! who has submitted for it is shown the panel's scores without names (the
//! meeting hub asks this desk on the expert's behalf). The rule of what an
//! expert may see is the domain's (`discussion.rs`); this adds the vault.

use std::collections::BTreeMap;

use reviewdesk_domain::discussion::{
    self, ApplicantDiscussion, DiscussionRefusal, Round, WrittenReasons,
};
use reviewdesk_domain::{ApplicationId, CallId, DemandId, ErrorCode, ExpertId, Problem, Timestamp};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::StaffDesk;
use crate::CoreError;

/// A demand's discussion as one expert is shown it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DiscussionView {
    pub call_id: CallId,
    pub demand_id: DemandId,
    pub round: Round,
    /// Whether the call shares the other experts' written reasons.
    pub reasons_shared: bool,
    pub applicants: Vec<ApplicantDiscussion>,
}

impl StaffDesk<'_> {
    /// The round each demand of `call_id` is in; a demand not listed is in
    /// none (the experts score alone).
    pub fn rounds(&self, call_id: &CallId) -> Result<BTreeMap<DemandId, Round>, CoreError> {
        Ok(self
            .vault()?
            .panel_rounds(call_id)?
            .into_iter()
            .map(|(demand, round, _)| (demand, round))
            .collect())
    }

    /// The chair opens `demand_id` for discussion or revision, or closes its
    /// round (`None`). A revision round needs the call to allow revision.
    pub fn set_round(
        &mut self,
        call_id: &CallId,
        demand_id: &DemandId,
        round: Option<Round>,
        now: Timestamp,
    ) -> Result<(), CoreError> {
        let vault = self.vault()?;
        let call = vault.call(call_id)?;
        let known = vault
            .demand_groups(call_id, &Default::default())?
            .iter()
            .any(|g| g.demand.id == demand_id);
        if !known {
            return Err(CoreError::new(ErrorCode::NotFound, "no such demand").with("id", demand_id));
        }
        if round == Some(Round::Revision) && !call.discussion.allow_revision {
            return Err(CoreError::new(
                ErrorCode::RevisionNotAllowed,
                "the call does not allow a revision round",
            )
            .with("demand", demand_id));
        }
        self.vault_mut()?
            .set_panel_round(call_id, demand_id, round, now)?;
        Ok(())
    }

    /// What `expert_id` is shown of `demand_id` in its open round.
    pub fn discussion_for(
        &self,
        call_id: &CallId,
        demand_id: &DemandId,
        expert_id: &ExpertId,
    ) -> Result<DiscussionView, CoreError> {
        let round = self.rounds(call_id)?.remove(demand_id).ok_or_else(|| {
            CoreError::new(
                ErrorCode::DiscussionNotOpen,
                "the demand is not open for discussion",
            )
            .with("demand", demand_id)
        })?;
        self.discussion_context(call_id)?
            .view(demand_id, round, expert_id)
    }

    /// What `expert_id` is shown of every demand of `call_id` in an open
    /// round that they score: the panel's view where they have submitted,
    /// why not where they have not. The panel is read once for all.
    pub fn discussions_for(
        &self,
        call_id: &CallId,
        expert_id: &ExpertId,
    ) -> Result<Vec<DemandDiscussion>, CoreError> {
        let rounds = self.rounds(call_id)?;
        if rounds.is_empty() {
            return Ok(Vec::new());
        }
        let context = self.discussion_context(call_id)?;
        let mut shown = Vec::new();
        for (demand_id, round) in rounds {
            let (view, withheld) = match context.view(&demand_id, round, expert_id) {
                Ok(view) => (Some(view), None),
                Err(e) if e.code == ErrorCode::DiscussionNotAssigned => continue,
                Err(e) if e.code == ErrorCode::DiscussionNotSubmitted => {
                    (None, Some(Problem::from(&e)))
                }
                Err(e) => return Err(e),
            };
            shown.push(DemandDiscussion {
                demand_id,
                round,
                view,
                withheld,
            });
        }
        Ok(shown)
    }

    /// The panel and every expert's written reasons by criterion, read once.
    fn discussion_context(&self, call_id: &CallId) -> Result<DiscussionContext, CoreError> {
        // The panel view already holds the call's settings and criteria; the
        // rubric is read again only for which criterion each item is under.
        let panel = self.panel(call_id)?;
        let rubric = self.session().pre_review_rubric(call_id)?;
        let item_criterion: BTreeMap<&str, &str> = rubric
            .criteria
            .iter()
            .flat_map(|c| c.items.iter().map(move |i| (i.id.as_str(), c.id.as_str())))
            .collect();
        let mut reasons: BTreeMap<(ApplicationId, ExpertId), WrittenReasons> = BTreeMap::new();
        for (expert, sheet) in self.panel_sheets(call_id)? {
            let mut written = WrittenReasons {
                opinion: sheet.input.opinion.clone(),
                ..WrittenReasons::default()
            };
            for (item, comment) in &sheet.input.comments {
                if let Some(criterion) = item_criterion.get(item.as_str()) {
                    written
                        .criteria
                        .entry((*criterion).to_owned())
                        .or_default()
                        .push(comment.clone());
                }
            }
            reasons.insert((sheet.application_id.clone(), expert), written);
        }
        Ok(DiscussionContext { panel, reasons })
    }
}

/// One open demand as an expert is shown it: the panel's view once they
/// have submitted, else why it is withheld.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DemandDiscussion {
    pub demand_id: DemandId,
    pub round: Round,
    pub view: Option<DiscussionView>,
    /// `discussion-not-submitted`, naming the applications still to submit.
    pub withheld: Option<Problem>,
}

/// What every expert's view of a call's discussion is made from.
struct DiscussionContext {
    panel: super::PanelView,
    reasons: BTreeMap<(ApplicationId, ExpertId), WrittenReasons>,
}

impl DiscussionContext {
    fn view(
        &self,
        demand_id: &DemandId,
        round: Round,
        expert_id: &ExpertId,
    ) -> Result<DiscussionView, CoreError> {
        let panel = &self.panel;
        let demand = panel
            .demands
            .iter()
            .find(|d| d.demand_id == demand_id)
            .ok_or_else(|| {
                CoreError::new(ErrorCode::NotFound, "no such demand").with("id", demand_id)
            })?;
        let criteria: Vec<String> = panel.criteria.iter().map(|(id, _)| id.clone()).collect();
        let applicants = discussion::discussion(
            expert_id,
            &demand.applicants,
            &demand.result,
            &criteria,
            &self.reasons,
            panel.discussion,
        )
        .map_err(|refusal| match refusal {
            DiscussionRefusal::NotAssigned => CoreError::new(
                ErrorCode::DiscussionNotAssigned,
                "the expert scores none of the demand's applicants",
            )
            .with("demand", demand_id),
            DiscussionRefusal::NotSubmitted(missing) => CoreError::new(
                ErrorCode::DiscussionNotSubmitted,
                "the expert has not submitted for every applicant",
            )
            .with("demand", demand_id)
            .with(
                "applications",
                missing
                    .iter()
                    .map(|a| a.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
        })?;
        Ok(DiscussionView {
            call_id: panel.call_id.clone(),
            demand_id: demand_id.clone(),
            round,
            reasons_shared: panel.discussion.share_reasons,
            applicants,
        })
    }
}

//! The panel of a call: every expert's newest counted sheet per application,
//! the result per demand by the call's rule, and what the meeting records
//! beside it (its particulars, a note and a vote per demand).

use std::collections::BTreeMap;

use reviewdesk_domain::calibration;
use reviewdesk_domain::checklist::{self, Verdict};
use reviewdesk_domain::panel::{self, Applicant, ExpertScore};
use reviewdesk_domain::rubric::Points;
use reviewdesk_domain::scores::PackagedSheet;
use reviewdesk_domain::{ApplicationId, CallId, DemandId, ExpertId, ReviewStage, wire_name};

use super::{DemandNote, DemandPanel, MeetingInput, PanelView, StaffDesk};
use crate::{CoreError, ErrorCode};

impl StaffDesk<'_> {
    /// Every expert's newest submitted sheet per application, from the
    /// packages imported for `call_id`: (expert, sheet).
    pub(crate) fn panel_sheets(
        &self,
        call_id: &CallId,
    ) -> Result<Vec<(ExpertId, PackagedSheet)>, CoreError> {
        let mut newest: BTreeMap<(ExpertId, ApplicationId), PackagedSheet> = BTreeMap::new();
        let counted = self.vault()?.panel_packages(call_id)?;
        // A refused package has no content: it counts in no result.
        for (package, content) in counted
            .iter()
            .filter_map(|p| p.content.as_ref().map(|c| (p, c)))
        {
            for sheet in content.sheets.iter().cloned() {
                let key = (
                    ExpertId::new(package.expert_id.as_str()),
                    sheet.application_id.clone(),
                );
                // Totals here are those acceptance computed on import.
                if newest.get(&key).is_none_or(|s| s.version <= sheet.version) {
                    newest.insert(key, sheet);
                }
            }
        }
        Ok(newest
            .into_iter()
            .map(|((expert, _), sheet)| (expert, sheet))
            .collect())
    }

    /// The panel's result per demand, by the call's aggregation rule.
    pub fn panel(&self, call_id: &CallId) -> Result<PanelView, CoreError> {
        let vault = self.vault()?;
        let call = vault.call(call_id)?;
        let rule = call.aggregation.clone().unwrap_or_default();
        let rubric = self.session().pre_review_rubric(call_id)?;
        let thresholds: BTreeMap<String, Points> = rubric
            .criteria
            .iter()
            .filter_map(|c| c.threshold.map(|t| (c.id.clone(), t)))
            .collect();
        let assignments = vault.assignments(call_id, &wire_name(&ReviewStage::PreReview))?;
        let sheets = self.panel_sheets(call_id)?;
        let notes: BTreeMap<DemandId, DemandNote> =
            vault.panel_notes(call_id)?.into_iter().collect();
        let rounds = self.rounds(call_id)?;
        let groups = vault.demand_groups(call_id, &Default::default())?;
        let mut inputs: Vec<(DemandId, Vec<Applicant>)> = Vec::new();
        for group in &groups {
            let note = notes.get(&group.demand.id).cloned().unwrap_or_default();
            let applicants: Vec<Applicant> = group
                .applications
                .iter()
                .map(|application| Applicant {
                    application_id: application.id.clone(),
                    passed_formal_review: checklist::check(&call, application)
                        .hard_rules
                        .iter()
                        .all(|f| f.verdict == Verdict::Pass),
                    assigned_experts: assignments
                        .iter()
                        .filter(|(_, a)| a == &application.id)
                        .map(|(e, _)| e.clone())
                        .collect(),
                    scores: sheets
                        .iter()
                        .filter(|(_, s)| s.application_id == application.id)
                        .map(|(expert, sheet)| expert_score(expert, sheet))
                        .collect(),
                    panel_votes: note.votes.get(&application.id).copied(),
                })
                .collect();
            inputs.push((group.demand.id.clone(), applicants));
        }
        // Calibrated first: a rule that ranks by normalised scores needs them.
        let calibration = calibration::calibrate(&inputs);
        let demands = groups
            .iter()
            .zip(inputs)
            .zip(&calibration.demands)
            .map(|((group, (demand_id, applicants)), calibrated)| {
                let normalised = calibrated
                    .normalised
                    .iter()
                    .map(|n| (n.application_id.clone(), n.mean_z.0))
                    .collect();
                let result = panel::decide_normalised(&applicants, &rule, &thresholds, &normalised);
                DemandPanel {
                    title: group.demand.title.clone(),
                    leads: group
                        .applications
                        .iter()
                        .map(|a| (a.id.clone(), a.lead.name.clone()))
                        .collect(),
                    applicants,
                    result,
                    note: notes.get(&demand_id).cloned().unwrap_or_default(),
                    round: rounds.get(&demand_id).copied(),
                    demand_id,
                }
            })
            .collect();
        let meeting = vault.panel_meeting(call_id)?.unwrap_or_default();
        Ok(PanelView {
            call_id: call_id.into(),
            rule,
            demands,
            criteria: rubric
                .criteria
                .iter()
                .map(|c| (c.id.clone(), c.title.clone()))
                .collect(),
            experts: vault
                .experts(call_id)?
                .into_iter()
                .map(|e| (e.id, e.name))
                .collect(),
            meeting,
            calibration,
            discussion: call.discussion,
        })
    }

    pub fn set_meeting(
        &mut self,
        call_id: &CallId,
        meeting: &MeetingInput,
    ) -> Result<(), CoreError> {
        self.vault_mut()?.set_panel_meeting(call_id, meeting)?;
        Ok(())
    }

    pub fn set_demand_note(
        &mut self,
        call_id: &CallId,
        demand_id: &DemandId,
        note: &DemandNote,
    ) -> Result<(), CoreError> {
        // A vote the call's rule would not count is refused, not kept
        // beside a result it cannot change.
        let rule = self.vault()?.call(call_id)?.aggregation.unwrap_or_default();
        if !note.votes.is_empty() && !rule.decides_ties_by_vote() {
            return Err(CoreError::new(
                ErrorCode::PanelVoteNotInRule,
                "the call's tie-break chain has no panel vote",
            )
            .with("demand", demand_id));
        }
        self.vault_mut()?.set_panel_note(call_id, demand_id, note)?;
        Ok(())
    }
}

fn expert_score(expert: &ExpertId, sheet: &PackagedSheet) -> ExpertScore {
    let totals = sheet.totals.as_ref();
    ExpertScore {
        expert_id: expert.clone(),
        recused: sheet.recused,
        overall: totals.and_then(|t| t.overall),
        criteria: totals
            .map(|t| {
                t.criteria
                    .iter()
                    .filter_map(|c| c.score.map(|s| (c.criterion_id.clone(), s)))
                    .collect()
            })
            .unwrap_or_default(),
        vetoes: sheet
            .input
            .vetoes
            .iter()
            .filter(|(_, applies)| **applies)
            .map(|(id, _)| id.clone())
            .collect(),
    }
}

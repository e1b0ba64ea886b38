//! Scoring use cases: the expert's score sheets on the pre-review rubric — save
//! on every change, submit, revise before the deadline — and the views built
//! from them: the scoring form, progress per demand and the side-by-side
//! comparison of one demand's applicants.

use std::collections::HashMap;

use chrono::NaiveDate;
use reviewdesk_domain::rubric::Rubric;
use reviewdesk_domain::sheet::{SheetInput, SheetProblem};
use reviewdesk_domain::{ApplicationId, CallId, DemandId, Timestamp};
use reviewdesk_vault::{ApplicationFilter, SheetStatus, StoredSheet};

use super::ExpertDesk;
use crate::views::{
    ApplicationSummary, ComparedApplication, Comparison, DemandProgress, ScoringView,
    SheetProgress, SheetState, SheetView,
};
use crate::{CoreError, ErrorCode};

impl ExpertDesk<'_> {
    /// Stores a score sheet's content at once (autosave). Wrong values are
    /// refused and nothing is saved; missing ones are listed in the returned view.
    pub fn save_sheet(
        &mut self,
        call_id: &CallId,
        application_id: &ApplicationId,
        input: &SheetInput,
        now: Timestamp,
    ) -> Result<SheetView, CoreError> {
        let rubric = self.session().pre_review_rubric(call_id)?;
        self.vault()?.application(call_id, application_id)?;
        if let Some(problem) = input
            .problems(&rubric)
            .into_iter()
            .find(SheetProblem::is_invalid)
        {
            return Err(invalid_sheet(&problem));
        }
        let stored = self.vault_mut()?.save_sheet(
            call_id,
            application_id,
            (&rubric.id, rubric.version),
            input,
            now,
        )?;
        Ok(sheet_view(&rubric, stored))
    }

    /// Submits the latest draft; refused while anything is missing.
    pub fn submit_sheet(
        &mut self,
        call_id: &CallId,
        application_id: &ApplicationId,
        now: Timestamp,
    ) -> Result<SheetView, CoreError> {
        let rubric = self.session().pre_review_rubric(call_id)?;
        let draft = self
            .vault()?
            .sheet(call_id, application_id)?
            .ok_or_else(|| {
                CoreError::new(ErrorCode::NotFound, "no sheet").with("id", application_id)
            })?;
        let missing = draft.input.problems(&rubric).len();
        if missing > 0 {
            return Err(
                CoreError::new(ErrorCode::SheetIncomplete, "the sheet is incomplete")
                    .with("count", missing.to_string()),
            );
        }
        // Enrolled: the package carrying the submission is queued with it.
        let stored = match self.package_for(call_id, &rubric, &draft, now)? {
            Some(package) => self.vault_mut()?.submit_sheet_with_package(
                call_id,
                application_id,
                now,
                &package,
            )?,
            None => self
                .vault_mut()?
                .submit_sheet(call_id, application_id, now)?,
        };
        Ok(sheet_view(&rubric, stored))
    }

    /// Reopens a submitted sheet as a new version, before the pre-review deadline.
    pub fn revise_sheet(
        &mut self,
        call_id: &CallId,
        application_id: &ApplicationId,
        today: NaiveDate,
        now: Timestamp,
    ) -> Result<SheetView, CoreError> {
        let call = self.vault()?.call(call_id)?;
        if let Some(due) = call.pre_review_due.filter(|due| today > *due) {
            return Err(CoreError::new(
                ErrorCode::SheetDeadlinePassed,
                "past the pre-review deadline",
            )
            .with("date", due.to_string()));
        }
        let rubric = self.session().pre_review_rubric(call_id)?;
        let stored = self
            .vault_mut()?
            .revise_sheet(call_id, application_id, now)?;
        Ok(sheet_view(&rubric, stored))
    }

    /// The latest version of every sheet of a call.
    pub fn sheets(&self, call_id: &CallId) -> Result<Vec<SheetView>, CoreError> {
        let rubric = self.session().pre_review_rubric(call_id)?;
        Ok(self
            .vault()?
            .sheets(call_id)?
            .into_iter()
            .map(|s| sheet_view(&rubric, s))
            .collect())
    }

    /// The scoring form of one application: rubric, latest sheet and history.
    pub fn scoring(
        &self,
        call_id: &CallId,
        application_id: &ApplicationId,
        today: NaiveDate,
    ) -> Result<ScoringView, CoreError> {
        let vault = self.vault()?;
        let record = vault.application(call_id, application_id)?;
        let call = vault.call(call_id)?;
        let rubric = self.session().pre_review_rubric(call_id)?;
        let history: Vec<SheetView> = vault
            .sheet_history(call_id, application_id)?
            .into_iter()
            .map(|s| sheet_view(&rubric, s))
            .collect();
        let sheet = history.last().cloned();
        let progress = progress_of(sheet.as_ref());
        Ok(ScoringView {
            call_id: call_id.into(),
            application: ApplicationSummary::of(&record.application, progress),
            rubric,
            sheet,
            history,
            revise_until: call.pre_review_due.map(|d| d.to_string()),
            can_revise: call.pre_review_due.is_none_or(|due| today <= due),
        })
    }

    /// How far the expert has come with each demand of a call.
    pub fn progress(&self, call_id: &CallId) -> Result<Vec<DemandProgress>, CoreError> {
        let progress = self.session().sheet_progress(call_id)?;
        let groups = self
            .vault()?
            .demand_groups(call_id, &ApplicationFilter::default())?;
        Ok(groups
            .into_iter()
            .map(|group| {
                let mut row = DemandProgress {
                    demand_id: group.demand.id.clone(),
                    demand_title: group.demand.title.clone(),
                    not_started: 0,
                    in_progress: 0,
                    submitted: 0,
                    recused: 0,
                };
                for application in &group.applications {
                    *match progress.get(application.id.as_str()) {
                        None | Some(SheetProgress::NotStarted) => &mut row.not_started,
                        Some(SheetProgress::InProgress) => &mut row.in_progress,
                        Some(SheetProgress::Submitted) => &mut row.submitted,
                        Some(SheetProgress::Recused) => &mut row.recused,
                    } += 1;
                }
                row
            })
            .collect())
    }

    /// The applicants of one demand side by side, as the expert scored them.
    pub fn comparison(
        &self,
        call_id: &CallId,
        demand_id: &DemandId,
    ) -> Result<Comparison, CoreError> {
        let vault = self.vault()?;
        let rubric = self.session().pre_review_rubric(call_id)?;
        let group = vault
            .demand_groups(call_id, &ApplicationFilter::default())?
            .into_iter()
            .find(|g| g.demand.id == demand_id)
            .ok_or_else(|| {
                CoreError::new(ErrorCode::NotFound, "no such demand").with("id", demand_id)
            })?;
        let sheets: HashMap<ApplicationId, SheetView> = self
            .sheets(call_id)?
            .into_iter()
            .map(|s| (s.application_id.clone(), s))
            .collect();
        let applications = group
            .applications
            .iter()
            .map(|application| {
                let sheet = sheets.get(application.id.as_str());
                let input = sheet.map(|s| &s.input);
                ComparedApplication {
                    application: ApplicationSummary::of(application, progress_of(sheet)),
                    totals: sheet
                        .map_or_else(|| rubric.totals(&Default::default()), |s| s.totals.clone()),
                    recommendation: input.and_then(|i| i.recommendation),
                    vetoes: input
                        .map(|i| {
                            i.vetoes
                                .iter()
                                .filter(|(_, applies)| **applies)
                                .map(|(id, _)| id.clone())
                                .collect()
                        })
                        .unwrap_or_default(),
                }
            })
            .collect();
        Ok(Comparison {
            demand: group.demand,
            rubric,
            applications,
        })
    }
}

fn progress_of(sheet: Option<&SheetView>) -> SheetProgress {
    match sheet {
        None => SheetProgress::NotStarted,
        Some(s) if s.recused => SheetProgress::Recused,
        Some(s) if s.state == SheetState::Submitted => SheetProgress::Submitted,
        Some(_) => SheetProgress::InProgress,
    }
}

fn sheet_view(rubric: &Rubric, stored: StoredSheet) -> SheetView {
    SheetView {
        totals: rubric.totals(&stored.input.scores),
        problems: stored.input.problems(rubric),
        recused: stored.input.is_recusal(),
        application_id: stored.application_id,
        version: stored.version,
        state: match stored.status {
            SheetStatus::Draft => SheetState::Draft,
            SheetStatus::Submitted => SheetState::Submitted,
        },
        rubric_id: stored.rubric_id,
        rubric_version: stored.rubric_version,
        input: stored.input,
        updated_at: stored.updated_at,
        submitted_at: stored.submitted_at,
    }
}

fn invalid_sheet(problem: &SheetProblem) -> CoreError {
    let detail = serde_json::to_string(problem).unwrap_or_default();
    let item = match problem {
        SheetProblem::UnknownItem { item } | SheetProblem::InvalidScore { item, .. } => {
            item.clone()
        }
        SheetProblem::UnknownVeto { veto } => veto.clone(),
        _ => String::new(),
    };
    CoreError::new(ErrorCode::SheetInvalid, detail).with("item", item)
}

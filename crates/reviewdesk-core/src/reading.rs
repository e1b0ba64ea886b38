//! What both roles need of an unlocked vault: taking in the agency's data
//! (a plain file, or a bundle through the expert's enrollment) and reading the
//! calls, demands and applications it holds.

use std::collections::{BTreeSet, HashMap};
use std::io::Read as _;
use std::path::Path;

use chrono::{DateTime, Utc};
use reviewdesk_domain::checklist::{self, Checklist};
use reviewdesk_domain::document::MAX_DOCUMENT_BYTES;
use reviewdesk_domain::rubric::Rubric;
use reviewdesk_domain::{
    AgencyDocument, ApplicationId, CallId, DemandId, DocumentError, DocumentErrorKind, ReviewStage,
    wire_name,
};
use reviewdesk_vault::{
    ApplicationFilter, AttachmentContent, ImportProgress, SheetStatus, StoredSheet,
};

use crate::views::{
    ApplicationDetail, ApplicationSummary, CallInfo, CreditCodeCheck, DemandView, ImportReport,
    ListFilter, Overview, SheetProgress,
};
use crate::{CoreError, ErrorCode, Session};

impl Session {
    /// Reads an assignment bundle (a zip) or a plain agency data file and
    /// imports it; all or nothing.
    pub fn import_file(
        &mut self,
        path: &Path,
        now: DateTime<Utc>,
        progress: &mut dyn FnMut(ImportProgress),
    ) -> Result<ImportReport, CoreError> {
        let bytes = read_document(path)?;
        if bytes.starts_with(b"PK\x03\x04") {
            // A bundle is addressed to the enrolled expert.
            self.expert().import_bundle(&bytes, now, progress)
        } else {
            self.import(&bytes, progress)
        }
    }

    /// Validates and imports a plain agency data document; all or nothing.
    /// A call this vault received in a signed bundle is never replaced by a
    /// plain file, which anyone could have edited: only a newer bundle may.
    pub fn import(
        &mut self,
        bytes: &[u8],
        progress: &mut dyn FnMut(ImportProgress),
    ) -> Result<ImportReport, CoreError> {
        let document = AgencyDocument::parse(bytes)?;
        let call_id = &document.call.id;
        if self.vault()?.installed_bundle(call_id)?.is_some() {
            return Err(CoreError::new(
                ErrorCode::ImportCallSigned,
                format!("{call_id} arrived signed; a plain file cannot replace it"),
            )
            .with("call", call_id.clone()));
        }
        let outcome = self.vault_mut()?.import(&document, progress)?;
        // A staff vault may hold packages that came before this call did.
        self.staff()
            .judge_packages_that_came_before_their_call(call_id)?;
        Ok(ImportReport::of(&document, outcome))
    }

    /// The calls in the vault and, for the chosen call (else the latest imported),
    /// its demands with the applications that pass the filter.
    pub fn overview(
        &self,
        call_id: Option<&str>,
        filter: &ListFilter,
    ) -> Result<Overview, CoreError> {
        let vault = self.vault()?;
        let summaries = vault.calls()?;
        let calls = summaries
            .iter()
            .map(|s| CallInfo {
                id: s.call.id.clone(),
                title: s.call.title.clone(),
                application_deadline: s.call.application_deadline.to_string(),
                demands: s.demands,
                applications: s.applications,
            })
            .collect();
        let Some(current) = summaries
            .iter()
            .find(|s| call_id.is_none_or(|id| s.call.id == id))
        else {
            return Ok(Overview {
                calls,
                call: None,
                demands: vec![],
                countries: vec![],
                fields: vec![],
            });
        };
        let all = vault.demand_groups(&current.call.id, &ApplicationFilter::default())?;
        let countries: BTreeSet<_> = all.iter().map(|g| g.demand.demand_side.country).collect();
        let fields: BTreeSet<_> = all.iter().map(|g| g.demand.field).collect();
        let totals: HashMap<DemandId, usize> = all
            .iter()
            .map(|g| (g.demand.id.clone(), g.applications.len()))
            .collect();
        let vault_filter = ApplicationFilter {
            text: filter.text.clone(),
            country: filter.country.map(|c| c.code().to_owned()),
            field: filter.field.map(|f| wire_name(&f)),
        };
        let shown = if vault_filter == ApplicationFilter::default() {
            all
        } else {
            vault.demand_groups(&current.call.id, &vault_filter)?
        };
        let progress = self.sheet_progress(&current.call.id)?;
        let demands = shown
            .into_iter()
            .map(|group| DemandView {
                total_applications: totals.get(&group.demand.id).copied().unwrap_or_default(),
                applications: group
                    .applications
                    .iter()
                    .map(|a| {
                        let progress = progress.get(a.id.as_str()).copied();
                        ApplicationSummary::of(a, progress.unwrap_or(SheetProgress::NotStarted))
                    })
                    .collect(),
                demand: group.demand,
            })
            .collect();
        Ok(Overview {
            calls,
            call: Some(current.call.clone()),
            demands,
            countries: countries.into_iter().collect(),
            fields: fields.into_iter().collect(),
        })
    }

    pub fn application(
        &self,
        call_id: &CallId,
        application_id: &ApplicationId,
    ) -> Result<ApplicationDetail, CoreError> {
        let vault = self.vault()?;
        let record = vault.application(call_id, application_id)?;
        let checklist = checklist::check(&vault.call(call_id)?, &record.application);
        let credit_codes = record
            .application
            .units()
            .map(|u| CreditCodeCheck::of(&u.credit_code))
            .collect();
        Ok(ApplicationDetail {
            call_id: call_id.into(),
            application: record.application,
            demand: record.demand,
            attachments: record.attachments,
            credit_codes,
            checklist,
        })
    }

    /// The formal-review checklist of one application.
    pub fn checklist(
        &self,
        call_id: &CallId,
        application_id: &ApplicationId,
    ) -> Result<Checklist, CoreError> {
        let vault = self.vault()?;
        let record = vault.application(call_id, application_id)?;
        Ok(checklist::check(&vault.call(call_id)?, &record.application))
    }

    /// The call to act on: `call_id` when given, else the latest imported.
    pub fn current_call_id(&self, call_id: Option<&CallId>) -> Result<CallId, CoreError> {
        let calls = self.vault()?.calls()?;
        calls
            .iter()
            .find(|s| call_id.is_none_or(|id| s.call.id == id))
            .map(|s| s.call.id.clone())
            .ok_or_else(|| {
                CoreError::new(ErrorCode::NotFound, "no such call")
                    .with("id", call_id.map(CallId::as_str).unwrap_or_default())
            })
    }

    pub fn attachment(
        &self,
        call_id: &CallId,
        attachment_id: &str,
    ) -> Result<AttachmentContent, CoreError> {
        Ok(self.vault()?.attachment(call_id, attachment_id)?)
    }

    /// Application id → progress, for every application with a sheet.
    pub(crate) fn sheet_progress(
        &self,
        call_id: &CallId,
    ) -> Result<HashMap<ApplicationId, SheetProgress>, CoreError> {
        Ok(self
            .vault()?
            .sheets(call_id)?
            .into_iter()
            .map(|s| {
                let progress = stored_progress(&s);
                (s.application_id, progress)
            })
            .collect())
    }

    pub(crate) fn pre_review_rubric(&self, call_id: &CallId) -> Result<Rubric, CoreError> {
        self.vault()?
            .rubrics(call_id)?
            .into_iter()
            .find(|r| r.stage == ReviewStage::PreReview)
            .ok_or_else(|| {
                CoreError::new(ErrorCode::NotFound, "no pre-review rubric").with("id", "pre-review")
            })
    }
}

fn stored_progress(sheet: &StoredSheet) -> SheetProgress {
    match (sheet.input.is_recusal(), sheet.status) {
        (true, _) => SheetProgress::Recused,
        (false, SheetStatus::Submitted) => SheetProgress::Submitted,
        (false, SheetStatus::Draft) => SheetProgress::InProgress,
    }
}

/// Reads an agency data file, refusing one too large before reading it whole.
fn read_document(path: &Path) -> Result<Vec<u8>, CoreError> {
    let file = std::fs::File::open(path)?;
    let size = file.metadata()?.len();
    if size > MAX_DOCUMENT_BYTES as u64 {
        return Err(DocumentError {
            path: String::new(),
            kind: DocumentErrorKind::TooLarge {
                size: size as usize,
                limit: MAX_DOCUMENT_BYTES,
            },
        }
        .into());
    }
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(MAX_DOCUMENT_BYTES as u64 + 1)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

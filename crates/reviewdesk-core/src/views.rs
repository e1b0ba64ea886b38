//! What front ends show: read models assembled from the vault, serializable and
//! mirrored as TypeScript types (see `bindings`).

use reviewdesk_domain::Timestamp;
use reviewdesk_domain::checklist::Checklist;
use reviewdesk_domain::rubric::{OverallRecommendation, Rubric, Totals};
use reviewdesk_domain::sheet::{SheetInput, SheetProblem};
use reviewdesk_domain::{
    Application, ApplicationId, AseanCountry, AttachmentMeta, Call, CallId, CreditCode,
    CreditCodeError, Demand, DemandId, LocalizedText, TechField, UnitKind, Yuan,
};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::settings::Settings;

/// What the app needs to know at start, before anything is unlocked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct AppStatus {
    pub vault_exists: bool,
    pub unlocked: bool,
    pub settings: Settings,
    /// The demo call will be imported into a newly created vault.
    pub demo_on_create: bool,
}

/// Narrows the list of applications. Empty means everything.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ListFilter {
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub country: Option<AseanCountry>,
    #[serde(default)]
    pub field: Option<TechField>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct CallInfo {
    pub id: CallId,
    pub title: LocalizedText,
    pub application_deadline: String,
    pub demands: usize,
    pub applications: usize,
}

/// One row of the application list.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ApplicationSummary {
    pub id: ApplicationId,
    pub demand_id: DemandId,
    pub project_title: LocalizedText,
    pub lead_name: LocalizedText,
    pub lead_kind: UnitKind,
    /// Lead plus consortium members.
    pub units: usize,
    pub public_request: Yuan,
    pub period_months: u16,
    /// How far the expert's score sheet for it has come.
    pub progress: SheetProgress,
}

impl ApplicationSummary {
    pub fn of(application: &Application, progress: SheetProgress) -> Self {
        Self {
            id: application.id.clone(),
            demand_id: application.demand_id.clone(),
            project_title: application.project_title.clone(),
            lead_name: application.lead.name.clone(),
            lead_kind: application.lead.kind,
            units: application.units().count(),
            public_request: application.budget.public_request,
            period_months: application.period_months,
            progress,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct DemandView {
    pub demand: Demand,
    pub applications: Vec<ApplicationSummary>,
    /// Applications to the demand in the whole call, whatever the filter shows.
    pub total_applications: usize,
}

/// The main screen: the calls in the vault and the chosen call's demands.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Overview {
    pub calls: Vec<CallInfo>,
    pub call: Option<Call>,
    pub demands: Vec<DemandView>,
    /// Filter choices that exist in the call, so the menus offer nothing empty.
    pub countries: Vec<AseanCountry>,
    pub fields: Vec<TechField>,
}

/// Whether a credit code in an application is well formed, for display.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct CreditCodeCheck {
    pub code: String,
    /// `None` when valid; else one of `wrong-length`, `bad-character`,
    /// `bad-division`, `check-mismatch`.
    pub problem: Option<String>,
}

impl CreditCodeCheck {
    pub fn of(code: &str) -> Self {
        let problem = CreditCode::parse(code).err().map(|error| {
            match error {
                CreditCodeError::WrongLength(_) => "wrong-length",
                CreditCodeError::BadCharacter { .. } => "bad-character",
                CreditCodeError::BadDivision => "bad-division",
                CreditCodeError::CheckMismatch { .. } => "check-mismatch",
            }
            .to_owned()
        });
        Self {
            code: code.to_owned(),
            problem,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ApplicationDetail {
    pub call_id: CallId,
    pub application: Application,
    pub demand: Demand,
    pub attachments: Vec<AttachmentMeta>,
    /// One check per unit, lead first.
    pub credit_codes: Vec<CreditCodeCheck>,
    /// The formal-review checklist, measured at the call's deadline.
    pub checklist: Checklist,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ImportResult {
    Imported,
    Replaced,
    Unchanged,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ImportReport {
    pub result: ImportResult,
    pub call_id: CallId,
    pub demands: usize,
    pub applications: usize,
    pub attachments: usize,
}

impl ImportReport {
    pub(crate) fn of(
        document: &reviewdesk_domain::ValidatedDocument,
        outcome: reviewdesk_vault::ImportOutcome,
    ) -> Self {
        use reviewdesk_vault::ImportOutcome as O;
        let (result, call_id) = match outcome {
            O::Imported {
                call_id,
                replaced: true,
                ..
            } => (ImportResult::Replaced, call_id),
            O::Imported { call_id, .. } => (ImportResult::Imported, call_id),
            O::AlreadyImported { call_id } => (ImportResult::Unchanged, call_id),
        };
        Self {
            result,
            call_id,
            demands: document.demands.len(),
            applications: document.applications.len(),
            attachments: document.attachments.len(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SheetState {
    Draft,
    Submitted,
}

/// A score sheet with what the rubric makes of it: totals and what is missing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SheetView {
    pub application_id: ApplicationId,
    pub version: u32,
    pub state: SheetState,
    pub rubric_id: String,
    pub rubric_version: u32,
    pub recused: bool,
    pub input: SheetInput,
    pub totals: Totals,
    pub problems: Vec<SheetProblem>,
    #[ts(type = "string")]
    pub updated_at: Timestamp,
    #[ts(type = "string | null")]
    pub submitted_at: Option<Timestamp>,
}

/// How far an expert has come with one application.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SheetProgress {
    NotStarted,
    /// A draft exists; nothing is submitted yet.
    InProgress,
    /// Scored and submitted.
    Submitted,
    /// A conflict was declared: the expert does not score it.
    Recused,
}

/// Everything the scoring form of one application needs.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ScoringView {
    pub call_id: CallId,
    pub application: ApplicationSummary,
    pub rubric: Rubric,
    /// The latest version, `None` before the declaration is made.
    pub sheet: Option<SheetView>,
    /// Every version, oldest first (the latest included).
    pub history: Vec<SheetView>,
    /// The last day a submitted sheet may be revised, when the call sets one.
    pub revise_until: Option<String>,
    /// Whether a submitted sheet may still be revised today.
    pub can_revise: bool,
}

/// Progress of one demand's applications.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct DemandProgress {
    pub demand_id: DemandId,
    pub demand_title: reviewdesk_domain::LocalizedText,
    pub not_started: usize,
    pub in_progress: usize,
    pub submitted: usize,
    pub recused: usize,
}

/// One applicant's column in a side-by-side comparison.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ComparedApplication {
    pub application: ApplicationSummary,
    pub totals: Totals,
    pub recommendation: Option<OverallRecommendation>,
    /// Veto items the expert answered "applies".
    pub vetoes: Vec<String>,
}

/// The applicants of one demand side by side, criterion by criterion, as the
/// expert scored them.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Comparison {
    pub demand: Demand,
    pub rubric: Rubric,
    pub applications: Vec<ComparedApplication>,
}

//! The staff's desk: a staff member's vault holds the agency's keys (from
//! the staff key file the agency server writes, `key.rs`), imports the
//! panel's score packages by the one acceptance rule (`packages.rs`), and
//! turns them into the panel's result per demand and the meeting's record
//! (`panel.rs`), runs the meeting's discussion and revision rounds
//! (`meeting.rs`), answers the meeting hub on the experts' behalf (`hub.rs`),
//! keeps the chair's board of who stands where (`board.rs`), has the
//! panel sign the minutes (`signing.rs`) and writes the documents
//! (`documents.rs`).

pub mod board;
pub mod documents;
pub mod hub;
pub mod key;
pub mod meeting;
pub mod packages;
pub mod panel;
pub mod signing;

use std::collections::BTreeMap;

use reviewdesk_domain::calibration::Calibration;
use reviewdesk_domain::discussion::DiscussionRules;
use reviewdesk_domain::panel::{AggregationRule, Applicant, DemandResult};
use reviewdesk_domain::{
    ApplicationId, CallId, DemandId, ErrorCode, ExpertId, LocalizedText, PackageId,
};
use reviewdesk_vault::PanelPackage;
use serde::Serialize;
use ts_rs::TS;

use crate::CoreError;
use crate::session::Desk;

pub use documents::{PanelDocument, shipped_fonts};
pub use reviewdesk_domain::discussion::Round;
pub use reviewdesk_domain::panel::{DemandNote, MeetingInput};

/// The staff's use cases over a session; made by
/// [`Session::staff`](crate::Session::staff).
pub type StaffDesk<'s> = Desk<'s, StaffRole>;

/// The staff's role, for [`Desk`].
#[derive(Debug)]
pub enum StaffRole {}

/// What a staff vault holds of the agency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct StaffView {
    /// The agency's signing key.
    pub agency_key: String,
    pub server: Option<String>,
    pub experts: usize,
}

/// What importing one package did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PanelImport {
    pub package_id: PackageId,
    pub expert_id: ExpertId,
    #[ts(type = "number")]
    pub sequence: u64,
    pub sheets: usize,
    pub state: PanelImportState,
}

/// What became of an imported package.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum PanelImportState {
    /// Its sheets count in the panel.
    Imported,
    /// The very package was imported before: nothing changed.
    AlreadyImported,
    /// It came before its predecessor and waits aside for it.
    Waiting,
    /// Authentic and in its place, but its content does not count: `code`
    /// and `args` say why, as the server said it.
    Refused {
        code: ErrorCode,
        args: BTreeMap<String, String>,
    },
}

impl PanelImport {
    fn of(package: &PanelPackage, state: PanelImportState) -> Self {
        let sheets = package.content.as_ref().map_or(0, |c| c.sheets.len());
        Self {
            package_id: package.package_id.clone(),
            expert_id: package.expert_id.clone(),
            sequence: package.sequence,
            sheets,
            state,
        }
    }
}

/// How a batch of packages fared, for the person who brought them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, TS)]
pub struct PanelImportTally {
    pub imported: usize,
    pub already_imported: usize,
    pub waiting: usize,
    /// In their place, but their scores do not count.
    pub refused: usize,
    /// Held here and not on the agency server (taken at a panel meeting),
    /// so sent to it.
    pub forwarded: usize,
}

impl PanelImportTally {
    pub fn count(&mut self, import: &PanelImport) {
        *match import.state {
            PanelImportState::Imported => &mut self.imported,
            PanelImportState::AlreadyImported => &mut self.already_imported,
            PanelImportState::Waiting => &mut self.waiting,
            PanelImportState::Refused { .. } => &mut self.refused,
        } += 1;
    }
}

/// The panel of a call: per demand its applicants with every expert's score
/// and the result by the call's rule.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PanelView {
    pub call_id: CallId,
    pub rule: AggregationRule,
    pub demands: Vec<DemandPanel>,
    /// The pre-review rubric's criteria: id and title, in order.
    pub criteria: Vec<(String, LocalizedText)>,
    /// The call's experts: id and name, for choosing the chair.
    pub experts: Vec<(ExpertId, LocalizedText)>,
    pub meeting: MeetingInput,
    /// Each expert's leniency, the normalised ranking and agreement, beside
    /// the results (which the call's rule decides).
    pub calibration: Calibration,
    /// The call's discussion settings: whether a revision round may be opened.
    pub discussion: DiscussionRules,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct DemandPanel {
    pub demand_id: DemandId,
    pub title: LocalizedText,
    /// Application id → the lead applicant's name.
    pub leads: BTreeMap<ApplicationId, LocalizedText>,
    pub applicants: Vec<Applicant>,
    pub result: DemandResult,
    pub note: DemandNote,
    /// The meeting's round the chair opened it for, if any.
    pub round: Option<Round>,
}

pub(crate) fn staff_error(code: ErrorCode, detail: impl Into<String>) -> CoreError {
    CoreError::new(code, detail)
}

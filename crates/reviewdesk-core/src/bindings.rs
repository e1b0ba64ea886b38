//! The TypeScript mirror of every type that crosses to the UI, generated from the
//! Rust types so the two never drift. `ui/src/generated/bindings.ts` is this
//! function's output; a test fails when the committed file is stale.

use reviewdesk_domain::calibration::{
    Agreement, Calibration, Coefficient, DemandCalibration, ExpertLeniency, NormalisedScore,
};
use reviewdesk_domain::checklist::{Checklist, Figure, Finding, Rule, Verdict};
use reviewdesk_domain::discussion::{
    ApplicantDiscussion, CriterionDiscussion, DiscussionRules, Round, Spread,
};
use reviewdesk_domain::panel::{
    Aggregate, AggregationMethod, AggregationRule, Applicant, ApplicantResult, DemandOutcome,
    DemandResult, Exclusion, ExpertScore, RankBy, TieBreak, VetoRule,
};
use reviewdesk_domain::rubric::{
    CommentRule, Criterion, CriterionTotal, OverallRecommendation, Points, Rubric, RubricKind,
    Scale, ScoreProblem, SubItem, Totals, Veto,
};
use reviewdesk_domain::sheet::{ConflictKind, Decision, Declaration, SheetInput, SheetProblem};
use reviewdesk_domain::*;
use ts_rs::{Config, TS};

use crate::IdentityView;
use crate::backup::{BackupStatus, BackupView};
use crate::expert::meeting::{JoinedView, MeetingView, MinutesDemandView, MinutesToSignView};
use crate::outbox::{DeliveryStateView, OutboxView, ReceiptView, SyncPhase, SyncStatus};
use crate::passphrase::PassphraseStrength;
use crate::settings::Settings;
use crate::staff::board::{BoardApplicant, BoardCell, BoardDemand, BoardView, ExpertState};
use crate::staff::hub::{HubView, JoinCard};
use crate::staff::meeting::{DemandDiscussion, DiscussionView};
use crate::staff::signing::{MinutesSigningView, SignedEntry};
use crate::staff::{
    DemandNote, DemandPanel, MeetingInput, PanelDocument, PanelImport, PanelImportState,
    PanelImportTally, PanelView, StaffView,
};
use crate::views::*;
use crate::{ErrorCode, ErrorPayload, Problem};

macro_rules! declarations {
    ($config:expr; $($ty:ty),* $(,)?) => {
        vec![$(<$ty as TS>::decl($config)),*]
    };
}

pub fn typescript() -> String {
    let config = Config::default();
    let declarations = declarations![&config;
        ExpertId, CallId, DemandId, ApplicationId, PackageId,
        Yuan, LocalizedText, AggregationMethod, VetoRule, TieBreak, RankBy, AggregationRule, DiscussionRules, Call, AseanCountry, TechField, DemandSideKind, DemandSide, Contact,
        ResourceKind, ResourceCommitment, CooperationMode, Demand, UnitKind, Unit, Recommendation,
        EnterpriseFinance, TeamMember, Team, IpKind, IpItem, CommercialisationCase, Integrity,
        FeasibilitySection, FeasibilitySectionText, FeasibilityReport, Budget, PartnershipEvidence,
        AseanPartnership, RelationKind, RelationDeclaration, AttachmentKind, AttachmentMeta,
        Application, ReviewStage, Expert, Assignment, Verdict, Rule, Finding, Figure, Checklist,
        Points, RubricKind, Scale, SubItem, Criterion, Veto, CommentRule, OverallRecommendation, Rubric,
        ScoreProblem, CriterionTotal, Totals, ConflictKind, Declaration, Decision, SheetInput, SheetProblem,
        ExpertScore, Applicant, Exclusion, Aggregate, ApplicantResult, DemandOutcome, DemandResult,
        Coefficient, ExpertLeniency, NormalisedScore, Agreement, DemandCalibration, Calibration,
        Round, Spread, CriterionDiscussion, ApplicantDiscussion, DiscussionView, DemandDiscussion,
        ExpertState, BoardCell, BoardApplicant, BoardDemand, BoardView, JoinCard, HubView, JoinedView, MeetingView,
        MinutesSigningView, SignedEntry, MinutesToSignView, MinutesDemandView,
        SheetState, SheetView, SheetProgress, ScoringView, DemandProgress, ComparedApplication, Comparison,
        IdentityView, DeliveryStateView, OutboxView, ReceiptView, SyncPhase, SyncStatus,
        StaffView, PanelImportState, PanelImport, PanelImportTally, PanelDocument, MeetingInput, DemandNote, DemandPanel, PanelView,
        ListFilter, CallInfo, ApplicationSummary, DemandView, Overview, CreditCodeCheck,
        ApplicationDetail, ImportResult, ImportReport, PassphraseStrength, Settings, AppStatus, ErrorCode, ErrorPayload, Problem,
        BackupView, BackupStatus,
    ];
    let mut out = String::from(
        "// Generated from the Rust types by `cargo xtask codegen`; do not edit.\n\
         // A test fails when this file is stale.\n\n",
    );
    for declaration in declarations {
        out.push_str("export ");
        out.push_str(&declaration);
        out.push_str("\n\n");
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

/// The JSON Schema of the agency data document, for `docs/agency-data.schema.json`.
pub fn agency_data_schema() -> String {
    let schema = schemars::schema_for!(AgencyDocument);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

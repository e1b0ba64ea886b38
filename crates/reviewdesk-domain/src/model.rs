//! The entities of a call for applications, named after the guideline (see
//! `../shared/DOMAIN.md`). Every fact the guideline's rules look at has a field here;
//! judging those facts is the job of the checklist, not of these types, so data that
//! breaks a hard rule is still representable and importable.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::credit_code::{CreditCode, CreditCodeError};
use crate::ids::{ApplicationId, CallId, DemandId, ExpertId};
use crate::text::{LanguageTag, LocalizedText};

/// The name a unit variant has in the data, like `smart_agriculture` or `TH`, for
/// storage columns and filters that must match the wire format exactly.
pub fn wire_name<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(name)) => name,
        _ => String::new(),
    }
}

/// Identifiers are opaque strings chosen by the agency, unique within a
/// document; those of the things a review is about have types of their own
/// (`crate::ids`), the rest (attachments) are this.
pub type Id = String;

/// An amount of money in whole yuan (CNY).
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    JsonSchema,
    TS,
)]
#[serde(transparent)]
pub struct Yuan(#[ts(type = "number")] pub u64);

/// One call for applications (批次): the published list of demands and its deadline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct Call {
    pub id: CallId,
    pub title: LocalizedText,
    /// Last day applications are accepted; every date rule is measured against it.
    pub application_deadline: NaiveDate,
    /// Date by which the pre-review (预评审) is to be finished, when already set.
    #[serde(default)]
    pub pre_review_due: Option<NaiveDate>,
    /// How the pre-review panel aggregates and ranks; when absent, the
    /// default rule (`AggregationRule::default`, shown as this field's
    /// default) applies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = crate::panel::AggregationRule::default()))]
    pub aggregation: Option<crate::panel::AggregationRule>,
    /// The panel meeting's discussion round: whether experts see the others'
    /// written reasons, and whether the chair may open a revision round.
    /// Both off when absent.
    #[serde(
        default,
        skip_serializing_if = "crate::discussion::DiscussionRules::is_default"
    )]
    pub discussion: crate::discussion::DiscussionRules,
}

/// The ten ASEAN member states.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema, TS,
)]
pub enum AseanCountry {
    #[serde(rename = "BN")]
    Brunei,
    #[serde(rename = "KH")]
    Cambodia,
    #[serde(rename = "ID")]
    Indonesia,
    #[serde(rename = "LA")]
    Laos,
    #[serde(rename = "MY")]
    Malaysia,
    #[serde(rename = "MM")]
    Myanmar,
    #[serde(rename = "PH")]
    Philippines,
    #[serde(rename = "SG")]
    Singapore,
    #[serde(rename = "TH")]
    Thailand,
    #[serde(rename = "VN")]
    Vietnam,
}

impl AseanCountry {
    pub const ALL: [Self; 10] = [
        Self::Brunei,
        Self::Cambodia,
        Self::Indonesia,
        Self::Laos,
        Self::Malaysia,
        Self::Myanmar,
        Self::Philippines,
        Self::Singapore,
        Self::Thailand,
        Self::Vietnam,
    ];

    /// The ISO 3166-1 alpha-2 code, as written in the data.
    pub fn code(self) -> &'static str {
        match self {
            Self::Brunei => "BN",
            Self::Cambodia => "KH",
            Self::Indonesia => "ID",
            Self::Laos => "LA",
            Self::Malaysia => "MY",
            Self::Myanmar => "MM",
            Self::Philippines => "PH",
            Self::Singapore => "SG",
            Self::Thailand => "TH",
            Self::Vietnam => "VN",
        }
    }
}

/// The application field of a demand.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema, TS,
)]
#[serde(rename_all = "snake_case")]
pub enum TechField {
    SmartAgriculture,
    Healthcare,
    SmartManufacturing,
    Logistics,
    Energy,
    Education,
    Finance,
    Tourism,
    Environment,
    SmartCity,
    LanguageTechnology,
    Other,
}

/// What kind of body an ASEAN demand side is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum DemandSideKind {
    University,
    ResearchInstitute,
    Enterprise,
    GovernmentBody,
}

/// The ASEAN organisation that poses a demand (需求方).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct DemandSide {
    /// Name in its own script, plus Chinese and English where known.
    pub name: LocalizedText,
    pub country: AseanCountry,
    pub kind: DemandSideKind,
    /// Registration number in its home country.
    pub registration_number: String,
    pub registered_on: NaiveDate,
    #[serde(default)]
    pub contact: Option<Contact>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub name: String,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
}

/// A kind of local resource the demand side commits to the cooperation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum ResourceKind {
    Funds,
    Site,
    Data,
    Personnel,
    PolicyCoordination,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct ResourceCommitment {
    pub kind: ResourceKind,
    pub description: LocalizedText,
    /// Value in yuan when the resource is money or has been valued.
    #[serde(default)]
    pub value: Option<Yuan>,
}

/// How the two sides cooperate (合作模式); an application may combine several.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema, TS,
)]
#[serde(rename_all = "snake_case")]
pub enum CooperationMode {
    TechnologyTransfer,
    JointRnd,
    Training,
    TechnologyLicensing,
    TechnologyInvestment,
    Other,
}

/// A published demand (需求) of the call.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct Demand {
    pub id: DemandId,
    /// The code under which the list (榜单) publishes it.
    pub code: String,
    pub title: LocalizedText,
    pub field: TechField,
    pub demand_side: DemandSide,
    /// The technical need, as posed by the demand side.
    pub description: LocalizedText,
    pub goals: LocalizedText,
    pub scenario: LocalizedText,
    pub committed_resources: Vec<ResourceCommitment>,
    pub cooperation_modes: Vec<CooperationMode>,
}

/// What kind of legal person a Guangxi unit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum UnitKind {
    Enterprise,
    University,
    ResearchInstitute,
    Other,
}

/// A Chinese unit taking part in an application, as lead or consortium member.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    pub name: LocalizedText,
    /// Unified social credit code as written on the business licence; checked, not
    /// trusted: see [`Unit::credit_code`].
    pub credit_code: String,
    pub kind: UnitKind,
    pub registered_on: NaiveDate,
    pub registered_address: String,
    /// Whether the unit is an independent legal person (独立法人).
    pub independent_legal_person: bool,
}

impl Unit {
    pub fn credit_code(&self) -> Result<CreditCode, CreditCodeError> {
        CreditCode::parse(&self.credit_code)
    }
}

/// How an application reached the agency.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Recommendation {
    /// Recommended by a city S&T bureau or sector authority (推荐单位).
    Unit { name: LocalizedText },
    /// Self-recommended (自荐).
    SelfRecommended,
}

/// Last year's figures of an enterprise in the application, for the R&D intensity rule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct EnterpriseFinance {
    /// Credit code of the lead or member this report belongs to.
    pub unit_credit_code: String,
    pub year: i32,
    pub main_business_revenue: Yuan,
    pub rnd_spend: Yuan,
    /// The audited financial report, when supplied.
    #[serde(default)]
    pub audited_report: Option<Id>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct TeamMember {
    pub name: String,
    pub role: LocalizedText,
    /// Full-time R&D staff (全职研发人员).
    pub full_time_rnd: bool,
    /// Languages the member works in, as language tags.
    pub languages: Vec<LanguageTag>,
    /// International cooperation experience, when any.
    #[serde(default)]
    pub international_experience: Option<LocalizedText>,
    /// Able to work independently in an ASEAN country.
    pub can_work_in_asean: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct Team {
    pub leader: TeamMember,
    pub members: Vec<TeamMember>,
    /// The staff list (人员名单) as supplied.
    #[serde(default)]
    pub staff_list: Option<Id>,
}

impl Team {
    pub fn everyone(&self) -> impl Iterator<Item = &TeamMember> {
        std::iter::once(&self.leader).chain(&self.members)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum IpKind {
    InventionPatent,
    UtilityPatent,
    SoftwareCopyright,
    Other,
}

/// A piece of intellectual property the applicants own.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct IpItem {
    pub kind: IpKind,
    pub title: LocalizedText,
    pub number: String,
    pub holder: String,
    pub granted_on: NaiveDate,
    #[serde(default)]
    pub evidence: Option<Id>,
}

/// A past commercialisation case (成果转化案例).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct CommercialisationCase {
    pub title: LocalizedText,
    pub customer: LocalizedText,
    pub year: i32,
    #[serde(default)]
    pub contract_value: Option<Yuan>,
    pub summary: LocalizedText,
    #[serde(default)]
    pub evidence: Option<Id>,
}

/// Research-integrity evidence (科研诚信).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct Integrity {
    /// The applicant declares it is under an active research-integrity sanction.
    pub active_sanction_declared: bool,
    #[serde(default)]
    pub commitment_letter: Option<Id>,
    #[serde(default)]
    pub public_credit_report: Option<Id>,
}

/// The sections a feasibility report must have, in the guideline's order.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema, TS,
)]
#[serde(rename_all = "snake_case")]
pub enum FeasibilitySection {
    TechnologyStatus,
    ResearchBase,
    AseanMarketFeasibility,
    RndContentAndRoute,
    Organisation,
    Innovations,
    Schedule,
    EconomicBenefit,
    DeploymentPlan,
    BudgetAndFunding,
    RiskResponse,
    LocalPartners,
    IpAndBenefitSharing,
}

impl FeasibilitySection {
    pub const ALL: [Self; 13] = [
        Self::TechnologyStatus,
        Self::ResearchBase,
        Self::AseanMarketFeasibility,
        Self::RndContentAndRoute,
        Self::Organisation,
        Self::Innovations,
        Self::Schedule,
        Self::EconomicBenefit,
        Self::DeploymentPlan,
        Self::BudgetAndFunding,
        Self::RiskResponse,
        Self::LocalPartners,
        Self::IpAndBenefitSharing,
    ];
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct FeasibilitySectionText {
    pub section: FeasibilitySection,
    pub text: LocalizedText,
}

/// The feasibility report (可行性报告): its sections and the full document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct FeasibilityReport {
    pub sections: Vec<FeasibilitySectionText>,
    #[serde(default)]
    pub document: Option<Id>,
}

/// Money of the project: public funding requested and the applicant's own matching.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct Budget {
    pub public_request: Yuan,
    pub self_raised: Yuan,
    #[serde(default)]
    pub funding_sources: Option<LocalizedText>,
}

/// One piece of ASEAN partnership evidence (合作基础).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct PartnershipEvidence {
    pub partner: LocalizedText,
    pub country: AseanCountry,
    pub summary: LocalizedText,
    #[serde(default)]
    pub since: Option<NaiveDate>,
    #[serde(default)]
    pub evidence: Option<Id>,
}

/// The priority items of the ASEAN partnership base.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct AseanPartnership {
    /// Cooperation agreements and past joint projects with ASEAN bodies.
    #[serde(default)]
    pub agreements: Vec<PartnershipEvidence>,
    /// Technology or products already deployed in ASEAN.
    #[serde(default)]
    pub deployments: Vec<PartnershipEvidence>,
    /// Local service teams or partners who know the target country's law and culture.
    #[serde(default)]
    pub local_teams: Vec<PartnershipEvidence>,
}

/// Kinds of relation with the demand side that break the independence rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum RelationKind {
    SameUnit,
    Subsidiary,
    Control,
    JointControl,
    SignificantInfluence,
    Equity,
    RelatedPartyTransactions,
}

/// The applicant's declaration of its relation with the demand side.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct RelationDeclaration {
    /// Relations declared; empty means "no relation".
    pub relations: Vec<RelationKind>,
    pub statement: LocalizedText,
    #[serde(default)]
    pub signed_declaration: Option<Id>,
}

/// What an attachment is evidence of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum AttachmentKind {
    BusinessLicence,
    AuditedFinancialReport,
    StaffList,
    IpCertificate,
    CommercialisationEvidence,
    IntegrityCommitment,
    CreditReport,
    FeasibilityReport,
    CooperationAgreement,
    RelationDeclaration,
    Other,
}

/// An attachment's metadata; its bytes travel beside it in the document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct AttachmentMeta {
    pub id: Id,
    pub application_id: ApplicationId,
    pub kind: AttachmentKind,
    pub title: LocalizedText,
    pub file_name: String,
    pub media_type: String,
    #[ts(type = "number")]
    pub size: u64,
    /// Lower-case hex SHA-256 of the bytes.
    pub sha256: String,
}

/// An application (揭榜申报) to solve one demand.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct Application {
    pub id: ApplicationId,
    pub demand_id: DemandId,
    pub project_title: LocalizedText,
    pub submitted_on: NaiveDate,
    pub recommendation: Recommendation,
    /// The lead applicant (牵头揭榜方).
    pub lead: Unit,
    /// Consortium members besides the lead; empty when applying alone.
    pub members: Vec<Unit>,
    pub enterprise_finances: Vec<EnterpriseFinance>,
    pub team: Team,
    pub ip_items: Vec<IpItem>,
    pub commercialisation_cases: Vec<CommercialisationCase>,
    pub integrity: Integrity,
    pub feasibility: FeasibilityReport,
    pub budget: Budget,
    pub period_months: u16,
    pub cooperation_modes: Vec<CooperationMode>,
    pub asean_partnership: AseanPartnership,
    pub relation_declaration: RelationDeclaration,
    /// The business licence of the lead applicant.
    #[serde(default)]
    pub business_licence: Option<Id>,
}

impl Application {
    /// Lead and members: the units the consortium-size rule counts.
    pub fn units(&self) -> impl Iterator<Item = &Unit> {
        std::iter::once(&self.lead).chain(&self.members)
    }

    /// Every attachment id the application refers to, with the field that refers to it.
    pub fn attachment_references(&self) -> Vec<(String, &Id)> {
        fn push<'a>(refs: &mut Vec<(String, &'a Id)>, field: String, id: &'a Option<Id>) {
            if let Some(id) = id {
                refs.push((field, id));
            }
        }
        let mut refs = Vec::new();
        for (i, f) in self.enterprise_finances.iter().enumerate() {
            push(
                &mut refs,
                format!("enterprise_finances[{i}].audited_report"),
                &f.audited_report,
            );
        }
        push(&mut refs, "team.staff_list".into(), &self.team.staff_list);
        for (i, ip) in self.ip_items.iter().enumerate() {
            push(&mut refs, format!("ip_items[{i}].evidence"), &ip.evidence);
        }
        for (i, c) in self.commercialisation_cases.iter().enumerate() {
            push(
                &mut refs,
                format!("commercialisation_cases[{i}].evidence"),
                &c.evidence,
            );
        }
        push(
            &mut refs,
            "integrity.commitment_letter".into(),
            &self.integrity.commitment_letter,
        );
        push(
            &mut refs,
            "integrity.public_credit_report".into(),
            &self.integrity.public_credit_report,
        );
        push(
            &mut refs,
            "feasibility.document".into(),
            &self.feasibility.document,
        );
        for (list, items) in [
            ("agreements", &self.asean_partnership.agreements),
            ("deployments", &self.asean_partnership.deployments),
            ("local_teams", &self.asean_partnership.local_teams),
        ] {
            for (i, e) in items.iter().enumerate() {
                push(
                    &mut refs,
                    format!("asean_partnership.{list}[{i}].evidence"),
                    &e.evidence,
                );
            }
        }
        push(
            &mut refs,
            "relation_declaration.signed_declaration".into(),
            &self.relation_declaration.signed_declaration,
        );
        push(&mut refs, "business_licence".into(), &self.business_licence);
        refs
    }
}

/// Review stages in which experts take part.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, TS)]
#[serde(rename_all = "snake_case")]
pub enum ReviewStage {
    /// 定榜发榜: assessing the collected demands.
    DemandAssessment,
    /// 预评审: scoring applications on the four criteria.
    PreReview,
    /// 定帅论证: demonstration of the signed plan.
    Demonstration,
}

/// An expert (专家) of the review panel; some are overseas.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct Expert {
    pub id: ExpertId,
    pub name: LocalizedText,
    pub organisation: LocalizedText,
    /// ISO 3166-1 alpha-2 country of residence (CN for experts in China).
    pub country: String,
    pub languages: Vec<LanguageTag>,
    #[serde(default)]
    pub email: Option<String>,
}

/// Which applications an expert reviews in which stage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct Assignment {
    pub expert_id: ExpertId,
    pub stage: ReviewStage,
    pub application_ids: Vec<ApplicationId>,
}

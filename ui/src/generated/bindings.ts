// Generated from the Rust types by `cargo xtask codegen`; do not edit.
// A test fails when this file is stale.

export type ExpertId = string;

export type CallId = string;

export type DemandId = string;

export type ApplicationId = string;

export type PackageId = string;

export type Yuan = number;

export type LocalizedText = { [key in string]: string };

export type AggregationMethod = "mean" | "trimmed_mean" | "median";

export type VetoRule = "any" | "majority";

export type TieBreak = { "by": "criterion", criterion_id: string, } | { "by": "panel_vote" };

export type RankBy = "aggregate" | "normalised";

export type AggregationRule = { method: AggregationMethod, 
/**
 * Decimal places of aggregated scores.
 */
precision: number, 
/**
 * The fewest scores a trimmed mean is taken of. With fewer, dropping two
 * would leave too little to judge by, so the plain mean is used — and
 * the minutes say so for that applicant.
 */
trim_min_scores: number, 
/**
 * Flag "discuss" when the experts' overall scores spread wider than this
 * (highest minus lowest).
 */
discuss_range: Points | null, 
/**
 * Flag "discuss" when their population standard deviation is above this.
 */
discuss_std_dev: Points | null, 
/**
 * The lowest aggregated overall score an applicant may be selected with.
 */
pass_mark: Points | null, veto: VetoRule, tie_break: Array<TieBreak>, 
/**
 * What orders the ranking: the aggregated overall score (the default)
 * or the normalised score (the mean of the experts' z-scores, see
 * `calibration.rs`). Exclusions and the pass mark stay on the aggregate.
 */
rank_by?: RankBy, };

export type DiscussionRules = { 
/**
 * Experts see the other experts' written reasons (item comments and
 * opinions, without names) in the discussion round.
 */
share_reasons: boolean, 
/**
 * The chair may open a revision round after the discussion, in which
 * experts revise their submitted sheets.
 */
allow_revision: boolean, };

export type Call = { id: CallId, title: LocalizedText, 
/**
 * Last day applications are accepted; every date rule is measured against it.
 */
application_deadline: string, 
/**
 * Date by which the pre-review (预评审) is to be finished, when already set.
 */
pre_review_due: string | null, 
/**
 * How the pre-review panel aggregates and ranks; when absent, the
 * default rule (`AggregationRule::default`, shown as this field's
 * default) applies.
 */
aggregation?: AggregationRule | null, 
/**
 * The panel meeting's discussion round: whether experts see the others'
 * written reasons, and whether the chair may open a revision round.
 * Both off when absent.
 */
discussion?: DiscussionRules, };

export type AseanCountry = "BN" | "KH" | "ID" | "LA" | "MY" | "MM" | "PH" | "SG" | "TH" | "VN";

export type TechField = "smart_agriculture" | "healthcare" | "smart_manufacturing" | "logistics" | "energy" | "education" | "finance" | "tourism" | "environment" | "smart_city" | "language_technology" | "other";

export type DemandSideKind = "university" | "research_institute" | "enterprise" | "government_body";

export type DemandSide = { 
/**
 * Name in its own script, plus Chinese and English where known.
 */
name: LocalizedText, country: AseanCountry, kind: DemandSideKind, 
/**
 * Registration number in its home country.
 */
registration_number: string, registered_on: string, contact: Contact | null, };

export type Contact = { name: string, email: string | null, phone: string | null, };

export type ResourceKind = "funds" | "site" | "data" | "personnel" | "policy_coordination";

export type ResourceCommitment = { kind: ResourceKind, description: LocalizedText, 
/**
 * Value in yuan when the resource is money or has been valued.
 */
value: Yuan | null, };

export type CooperationMode = "technology_transfer" | "joint_rnd" | "training" | "technology_licensing" | "technology_investment" | "other";

export type Demand = { id: DemandId, 
/**
 * The code under which the list (榜单) publishes it.
 */
code: string, title: LocalizedText, field: TechField, demand_side: DemandSide, 
/**
 * The technical need, as posed by the demand side.
 */
description: LocalizedText, goals: LocalizedText, scenario: LocalizedText, committed_resources: Array<ResourceCommitment>, cooperation_modes: Array<CooperationMode>, };

export type UnitKind = "enterprise" | "university" | "research_institute" | "other";

export type Unit = { name: LocalizedText, 
/**
 * Unified social credit code as written on the business licence; checked, not
 * trusted: see [`Unit::credit_code`].
 */
credit_code: string, kind: UnitKind, registered_on: string, registered_address: string, 
/**
 * Whether the unit is an independent legal person (独立法人).
 */
independent_legal_person: boolean, };

export type Recommendation = { "kind": "unit", name: LocalizedText, } | { "kind": "self_recommended" };

export type EnterpriseFinance = { 
/**
 * Credit code of the lead or member this report belongs to.
 */
unit_credit_code: string, year: number, main_business_revenue: Yuan, rnd_spend: Yuan, 
/**
 * The audited financial report, when supplied.
 */
audited_report: string | null, };

export type TeamMember = { name: string, role: LocalizedText, 
/**
 * Full-time R&D staff (全职研发人员).
 */
full_time_rnd: boolean, 
/**
 * Languages the member works in, as language tags.
 */
languages: Array<string>, 
/**
 * International cooperation experience, when any.
 */
international_experience: LocalizedText | null, 
/**
 * Able to work independently in an ASEAN country.
 */
can_work_in_asean: boolean, };

export type Team = { leader: TeamMember, members: Array<TeamMember>, 
/**
 * The staff list (人员名单) as supplied.
 */
staff_list: string | null, };

export type IpKind = "invention_patent" | "utility_patent" | "software_copyright" | "other";

export type IpItem = { kind: IpKind, title: LocalizedText, number: string, holder: string, granted_on: string, evidence: string | null, };

export type CommercialisationCase = { title: LocalizedText, customer: LocalizedText, year: number, contract_value: Yuan | null, summary: LocalizedText, evidence: string | null, };

export type Integrity = { 
/**
 * The applicant declares it is under an active research-integrity sanction.
 */
active_sanction_declared: boolean, commitment_letter: string | null, public_credit_report: string | null, };

export type FeasibilitySection = "technology_status" | "research_base" | "asean_market_feasibility" | "rnd_content_and_route" | "organisation" | "innovations" | "schedule" | "economic_benefit" | "deployment_plan" | "budget_and_funding" | "risk_response" | "local_partners" | "ip_and_benefit_sharing";

export type FeasibilitySectionText = { section: FeasibilitySection, text: LocalizedText, };

export type FeasibilityReport = { sections: Array<FeasibilitySectionText>, document: string | null, };

export type Budget = { public_request: Yuan, self_raised: Yuan, funding_sources: LocalizedText | null, };

export type PartnershipEvidence = { partner: LocalizedText, country: AseanCountry, summary: LocalizedText, since: string | null, evidence: string | null, };

export type AseanPartnership = { 
/**
 * Cooperation agreements and past joint projects with ASEAN bodies.
 */
agreements: Array<PartnershipEvidence>, 
/**
 * Technology or products already deployed in ASEAN.
 */
deployments: Array<PartnershipEvidence>, 
/**
 * Local service teams or partners who know the target country's law and culture.
 */
local_teams: Array<PartnershipEvidence>, };

export type RelationKind = "same_unit" | "subsidiary" | "control" | "joint_control" | "significant_influence" | "equity" | "related_party_transactions";

export type RelationDeclaration = { 
/**
 * Relations declared; empty means "no relation".
 */
relations: Array<RelationKind>, statement: LocalizedText, signed_declaration: string | null, };

export type AttachmentKind = "business_licence" | "audited_financial_report" | "staff_list" | "ip_certificate" | "commercialisation_evidence" | "integrity_commitment" | "credit_report" | "feasibility_report" | "cooperation_agreement" | "relation_declaration" | "other";

export type AttachmentMeta = { id: string, application_id: ApplicationId, kind: AttachmentKind, title: LocalizedText, file_name: string, media_type: string, size: number, 
/**
 * Lower-case hex SHA-256 of the bytes.
 */
sha256: string, };

export type Application = { id: ApplicationId, demand_id: DemandId, project_title: LocalizedText, submitted_on: string, recommendation: Recommendation, 
/**
 * The lead applicant (牵头揭榜方).
 */
lead: Unit, 
/**
 * Consortium members besides the lead; empty when applying alone.
 */
members: Array<Unit>, enterprise_finances: Array<EnterpriseFinance>, team: Team, ip_items: Array<IpItem>, commercialisation_cases: Array<CommercialisationCase>, integrity: Integrity, feasibility: FeasibilityReport, budget: Budget, period_months: number, cooperation_modes: Array<CooperationMode>, asean_partnership: AseanPartnership, relation_declaration: RelationDeclaration, 
/**
 * The business licence of the lead applicant.
 */
business_licence: string | null, };

export type ReviewStage = "demand_assessment" | "pre_review" | "demonstration";

export type Expert = { id: ExpertId, name: LocalizedText, organisation: LocalizedText, 
/**
 * ISO 3166-1 alpha-2 country of residence (CN for experts in China).
 */
country: string, languages: Array<string>, email: string | null, };

export type Assignment = { expert_id: ExpertId, stage: ReviewStage, application_ids: Array<ApplicationId>, };

export type Verdict = "pass" | "fail" | "missing_evidence";

export type Rule = "lead_applicant" | "consortium" | "rnd_intensity" | "rnd_staff" | "international_capacity" | "ip_and_cases" | "research_integrity" | "feasibility_report" | "independence" | "funding" | "period" | "priority_agreements" | "priority_deployments" | "priority_local_teams";

export type Finding = { rule: Rule, verdict: Verdict, reason: string, figures: { [key in string]: Figure }, };

export type Figure = { "kind": "text", "value": string } | { "kind": "count", "value": number } | { "kind": "decimal", "value": string } | { "kind": "money", "value": number } | { "kind": "year", "value": number } | { "kind": "date", "value": string };

export type Checklist = { application_id: ApplicationId, 
/**
 * The eleven hard rules, in the guideline's order.
 */
hard_rules: Array<Finding>, 
/**
 * The three priority items; `pass` means present, `fail` absent.
 */
priorities: Array<Finding>, };

export type Points = string;

export type RubricKind = "scored" | "pass_fail";

export type Scale = { min: Points, max: Points, step: Points, };

export type SubItem = { id: string, title: LocalizedText, description: LocalizedText, scale: Scale, 
/**
 * Relative weight within its criterion.
 */
weight: Points, };

export type Criterion = { id: string, title: LocalizedText, description: LocalizedText, 
/**
 * Relative weight in the overall score.
 */
weight: Points, 
/**
 * Lowest acceptable criterion score, on the 0–100 scale, when set.
 */
threshold: Points | null, items: Array<SubItem>, };

export type Veto = { id: string, title: LocalizedText, description: LocalizedText, };

export type CommentRule = { below: Points, above: Points, };

export type OverallRecommendation = "recommend" | "recommend_with_conditions" | "do_not_recommend";

export type Rubric = { id: string, 
/**
 * Raised whenever the rubric changes; a score sheet names the version it used.
 */
version: number, stage: ReviewStage, kind: RubricKind, title: LocalizedText, criteria: Array<Criterion>, vetoes: Array<Veto>, comment_rule: CommentRule | null, 
/**
 * Decimal places of criterion and overall totals.
 */
precision: number, };

export type ScoreProblem = { "problem": "out_of_range", min: Points, max: Points, } | { "problem": "off_step", step: Points, };

export type CriterionTotal = { criterion_id: string, 
/**
 * 0–100, rounded to the rubric's precision; `None` until every sub-item is scored.
 */
score: Points | null, below_threshold: boolean, };

export type Totals = { criteria: Array<CriterionTotal>, 
/**
 * Weighted over the criteria's unrounded scores, then rounded.
 */
overall: Points | null, };

export type ConflictKind = "same_unit" | "former_employer" | "collaborator" | "relative" | "financial_interest" | "other";

export type Declaration = { "kind": "no_conflict" } | { "kind": "conflict", conflict: ConflictKind, details: string, };

export type Decision = "pass" | "fail";

export type SheetInput = { declaration: Declaration | null, 
/**
 * Sub-item id → score.
 */
scores: { [key in string]: Points }, 
/**
 * Sub-item id → the reason for its score.
 */
comments: { [key in string]: string }, 
/**
 * Veto id → whether it applies.
 */
vetoes: { [key in string]: boolean }, recommendation: OverallRecommendation | null, decision: Decision | null, 
/**
 * The expert's written opinion (专家意见).
 */
opinion: string, };

export type SheetProblem = { "problem": "undeclared" } | { "problem": "unknown_item", item: string, } | { "problem": "unknown_veto", veto: string, } | { "problem": "invalid_score", item: string, issue: ScoreProblem, } | { "problem": "unscored", item: string, } | { "problem": "comment_required", item: string, } | { "problem": "veto_unanswered", veto: string, } | { "problem": "recommendation_missing" } | { "problem": "veto_contradicted", veto: string, } | { "problem": "decision_missing" } | { "problem": "opinion_missing" };

export type ExpertScore = { expert_id: ExpertId, 
/**
 * Declared a conflict of interest (回避): counts as no score.
 */
recused: boolean, 
/**
 * 0–100 at the rubric's precision; `None` for a recusal.
 */
overall: Points | null, 
/**
 * Criterion id → 0–100.
 */
criteria: { [key in string]: Points }, 
/**
 * The vetoes this expert applied.
 */
vetoes: Array<string>, };

export type Applicant = { application_id: ApplicationId, passed_formal_review: boolean, 
/**
 * The experts assigned to score it.
 */
assigned_experts: Array<ExpertId>, scores: Array<ExpertScore>, 
/**
 * Votes for it in the panel's recorded vote, when one was held.
 */
panel_votes: number | null, };

export type Exclusion = { "reason": "failed_formal_review" } | { "reason": "no_scores" } | { "reason": "vetoed", vetoes: Array<string>, } | { "reason": "below_pass_mark", pass_mark: Points, } | { "reason": "below_threshold", criterion_id: string, threshold: Points, };

export type Aggregate = { value: Points, 
/**
 * The method actually applied (the plain mean when a trimmed mean had
 * too few scores).
 */
method: AggregationMethod, 
/**
 * How many scores it was taken of, after dropping.
 */
counted: number, 
/**
 * The highest and lowest scores dropped, for a trimmed mean.
 */
dropped: [Points, Points] | null, };

export type ApplicantResult = { application_id: ApplicationId, overall: Aggregate | null, 
/**
 * Criterion id → aggregate, for the criteria every counted expert scored.
 */
criteria: { [key in string]: Aggregate }, 
/**
 * Highest minus lowest overall score.
 */
range: Points | null, 
/**
 * Population standard deviation of the overall scores, at the rule's precision.
 */
std_dev: Points | null, 
/**
 * The scores disagree more than the rule allows: the panel discusses first.
 */
discuss: boolean, recused: Array<ExpertId>, 
/**
 * Assigned experts whose sheet has not arrived.
 */
missing: Array<ExpertId>, 
/**
 * 1 for the first; applicants equal through the whole tie-break chain
 * share a rank; `None` when excluded.
 */
rank: number | null, exclusion: Exclusion | null, 
/**
 * The tie-break step that placed it above the next, when scores were equal.
 */
separated_by: TieBreak | null, };

export type DemandOutcome = { "outcome": "straight_to_signing", application_id: ApplicationId, } | { "outcome": "selected", application_id: ApplicationId, } | { "outcome": "tie_unresolved", application_ids: Array<ApplicationId>, } | { "outcome": "awaiting_scores" } | { "outcome": "none_selectable" };

export type DemandResult = { 
/**
 * In ranking order, then the excluded in application order.
 */
applicants: Array<ApplicantResult>, outcome: DemandOutcome, };

export type Coefficient = string;

export type ExpertLeniency = { expert_id: ExpertId, 
/**
 * Applicants they gave a counted score.
 */
scored: number, 
/**
 * Their mean overall score.
 */
mean: Points, 
/**
 * Their mean difference from the panel on the same applicants; positive
 * is lenient. `None` when nobody else scored what they scored.
 */
offset: Points | null, };

export type NormalisedScore = { application_id: ApplicationId, 
/**
 * Each scoring expert's z-score for it.
 */
z: { [key in ExpertId]: Coefficient }, 
/**
 * The mean of those z-scores.
 */
mean_z: Coefficient, rank: number, };

export type Agreement = { 
/**
 * `None` when undefined (too few experts or applicants, or no spread).
 */
value: Coefficient | null, experts: number, applicants: number, 
/**
 * Experts left out because they did not score every counted applicant.
 */
left_out: Array<ExpertId>, 
/**
 * The value is below [`LOW_AGREEMENT`].
 */
low: boolean, };

export type DemandCalibration = { demand_id: DemandId, 
/**
 * Higher normalised score first.
 */
normalised: Array<NormalisedScore>, kendall_w: Agreement, };

export type Calibration = { 
/**
 * In expert order.
 */
experts: Array<ExpertLeniency>, 
/**
 * In the order given.
 */
demands: Array<DemandCalibration>, 
/**
 * ICC(2,k) over every demand's applicants.
 */
icc: Agreement, };

export type Round = "discussion" | "revision";

export type Spread = { 
/**
 * Every counted score, lowest first.
 */
scores: Array<Points>, median: Points, low: Points, high: Points, };

export type CriterionDiscussion = { criterion_id: string, spread: Spread | null, 
/**
 * The other experts' comments on its items, sorted; empty unless the
 * call shares reasons.
 */
reasons: Array<string>, };

export type ApplicantDiscussion = { application_id: ApplicationId, 
/**
 * The viewer recused from it: everything else is empty.
 */
recused: boolean, overall: Spread | null, criteria: Array<CriterionDiscussion>, 
/**
 * The call's rule flags the scores for discussion.
 */
discuss: boolean, 
/**
 * The other experts' opinions, sorted; empty unless the call shares reasons.
 */
opinions: Array<string>, };

export type DiscussionView = { call_id: CallId, demand_id: DemandId, round: Round, 
/**
 * Whether the call shares the other experts' written reasons.
 */
reasons_shared: boolean, applicants: Array<ApplicantDiscussion>, };

export type DemandDiscussion = { demand_id: DemandId, round: Round, view: DiscussionView | null, 
/**
 * `discussion-not-submitted`, naming the applications still to submit.
 */
withheld: Problem | null, };

export type ExpertState = "not_started" | "scoring" | "submitted" | "revising" | "recused";

export type BoardCell = { expert_id: ExpertId, state: ExpertState, };

export type BoardApplicant = { application_id: ApplicationId, lead: LocalizedText, 
/**
 * One per assigned expert, in the call's order of experts.
 */
experts: Array<BoardCell>, };

export type BoardDemand = { demand_id: DemandId, title: LocalizedText, round: Round | null, applicants: Array<BoardApplicant>, 
/**
 * Experts' sheets submitted or recused, of all assigned.
 */
done: number, assigned: number, };

export type BoardView = { call_id: CallId, demands: Array<BoardDemand>, };

export type JoinCard = { call_id: CallId, 
/**
 * Where experts reach the hub, one per network the machine is on:
 * `https://ADDRESS:PORT`.
 */
addresses: Array<string>, 
/**
 * SHA-256 (hex) of the meeting's certificate.
 */
fingerprint: string, 
/**
 * The meeting code, read from the fingerprint: `ABCD-EFGH-JKLM`.
 */
code: string, 
/**
 * The first address and the code, `https://ADDRESS:PORT#ABCD-EFGH-JKLM`:
 * what the QR code carries.
 */
join_line: string, 
/**
 * The QR code of the join line, an SVG document.
 */
qr_svg: string, };

export type HubView = { card: JoinCard, board: BoardView, 
/**
 * The minutes fixed for signing and who signed, once fixed.
 */
minutes: MinutesSigningView | null, };

export type JoinedView = { address: string, call_id: CallId, 
/**
 * The meeting code of the hub's certificate, to compare with the card.
 */
code: string, joined_at: string, };

export type MeetingView = { joined: JoinedView | null, 
/**
 * The open demands the expert scores, as the hub last showed them.
 */
discussions: Array<DemandDiscussion>, 
/**
 * Why the hub was last not reached, if it was not.
 */
trouble: Problem | null, 
/**
 * Packages the agency server has not answered for itself yet: they go
 * at the next sync.
 */
awaiting_agency: number, 
/**
 * The minutes the chair fixed for the panel to sign, once fixed.
 */
minutes: MinutesToSignView | null, };

export type MinutesSigningView = { call_id: CallId, 
/**
 * SHA-256 (hex) of the fixed content.
 */
digest: string, fixed_at: string, 
/**
 * Whether the panel's data still gives this content. When a package or
 * a note changed it since, the chair fixes the minutes again and the
 * panel signs the new content.
 */
current: boolean, 
/**
 * The experts who signed, with when.
 */
signed: Array<SignedEntry>, 
/**
 * The experts the minutes name who have not signed.
 */
unsigned: Array<[ExpertId, LocalizedText]>, };

export type SignedEntry = { expert_id: ExpertId, name: LocalizedText, signed_at: string, };

export type MinutesToSignView = { call_id: CallId, 
/**
 * SHA-256 (hex) of the content: what the signature covers.
 */
digest: string, fixed_at: string, 
/**
 * Whether this expert signed this content already.
 */
signed: boolean, meeting_date: string, place: string | null, chair: string, demands: Array<MinutesDemandView>, 
/**
 * The experts who sign, in order.
 */
experts: Array<[ExpertId, LocalizedText]>, };

export type MinutesDemandView = { demand_id: DemandId, title: LocalizedText, 
/**
 * Application id → the lead applicant's name.
 */
leads: { [key in ApplicationId]: LocalizedText }, result: DemandResult, chair_note: string, };

export type SheetState = "draft" | "submitted";

export type SheetView = { application_id: ApplicationId, version: number, state: SheetState, rubric_id: string, rubric_version: number, recused: boolean, input: SheetInput, totals: Totals, problems: Array<SheetProblem>, updated_at: string, submitted_at: string | null, };

export type SheetProgress = "not_started" | "in_progress" | "submitted" | "recused";

export type ScoringView = { call_id: CallId, application: ApplicationSummary, rubric: Rubric, 
/**
 * The latest version, `None` before the declaration is made.
 */
sheet: SheetView | null, 
/**
 * Every version, oldest first (the latest included).
 */
history: Array<SheetView>, 
/**
 * The last day a submitted sheet may be revised, when the call sets one.
 */
revise_until: string | null, 
/**
 * Whether a submitted sheet may still be revised today.
 */
can_revise: boolean, };

export type DemandProgress = { demand_id: DemandId, demand_title: LocalizedText, not_started: number, in_progress: number, submitted: number, recused: number, };

export type ComparedApplication = { application: ApplicationSummary, totals: Totals, recommendation: OverallRecommendation | null, 
/**
 * Veto items the expert answered "applies".
 */
vetoes: Array<string>, };

export type Comparison = { demand: Demand, rubric: Rubric, applications: Array<ComparedApplication>, };

export type IdentityView = { expert_id: ExpertId, 
/**
 * The expert's own public keys, as the agency registers them.
 */
signing_key: string, encryption_key: string, 
/**
 * The agency's signing key once pinned; `None` while enrollment waits for
 * the agency's response.
 */
agency_key: string | null, server: string | null, enrolled_at: string | null, 
/**
 * For a vault enrolled again after another was lost: the last package
 * the agency held of the expert, which this vault's packages follow.
 */
continues_after: bigint | null, };

export type DeliveryStateView = "queued" | "at_meeting" | "delivered" | "quarantined";

export type OutboxView = { package_id: PackageId, sequence: number, call_id: CallId, applications: Array<ApplicationId>, state: DeliveryStateView, created_at: string, 
/**
 * Why the agency refused it, when quarantined.
 */
reason: Problem | null, receipt: ReceiptView | null, };

export type ReceiptView = { 
/**
 * When the agency received the package (RFC 3339, UTC).
 */
received_at: string, 
/**
 * SHA-256 (hex) of the package's manifest, as the agency signed it.
 */
manifest_digest: string, 
/**
 * The agency's Ed25519 signature (base64url).
 */
signature: string, };

export type SyncPhase = "idle" | "sending" | "offline" | "all_synced" | "needs_attention" | "revoked";

export type SyncStatus = { phase: SyncPhase, queued: number, quarantined: number, delivered: number, 
/**
 * Why the last run stopped short, when it did.
 */
last_error: Problem | null, };

export type StaffView = { 
/**
 * The agency's signing key.
 */
agency_key: string, server: string | null, experts: number, };

export type PanelImportState = { "state": "imported" } | { "state": "already_imported" } | { "state": "waiting" } | { "state": "refused", code: ErrorCode, args: { [key in string]: string }, };

export type PanelImport = { package_id: PackageId, expert_id: ExpertId, sequence: number, sheets: number, state: PanelImportState, };

export type PanelImportTally = { imported: number, already_imported: number, waiting: number, 
/**
 * In their place, but their scores do not count.
 */
refused: number, 
/**
 * Held here and not on the agency server (taken at a panel meeting),
 * so sent to it.
 */
forwarded: number, };

export type PanelDocument = "minutes" | "matrix" | "opinions";

export type MeetingInput = { date: string, 
/**
 * `None` for an online meeting.
 */
place: string | null, 
/**
 * The chair's expert id.
 */
chair: string, staff: Array<string>, };

export type DemandNote = { note: string, 
/**
 * Application id → votes, when the panel voted.
 */
votes: { [key in ApplicationId]: number }, };

export type DemandPanel = { demand_id: DemandId, title: LocalizedText, 
/**
 * Application id → the lead applicant's name.
 */
leads: { [key in ApplicationId]: LocalizedText }, applicants: Array<Applicant>, result: DemandResult, note: DemandNote, 
/**
 * The meeting's round the chair opened it for, if any.
 */
round: Round | null, };

export type PanelView = { call_id: CallId, rule: AggregationRule, demands: Array<DemandPanel>, 
/**
 * The pre-review rubric's criteria: id and title, in order.
 */
criteria: Array<[string, LocalizedText]>, 
/**
 * The call's experts: id and name, for choosing the chair.
 */
experts: Array<[ExpertId, LocalizedText]>, meeting: MeetingInput, 
/**
 * Each expert's leniency, the normalised ranking and agreement, beside
 * the results (which the call's rule decides).
 */
calibration: Calibration, 
/**
 * The call's discussion settings: whether a revision round may be opened.
 */
discussion: DiscussionRules, };

export type ListFilter = { text: string, country: AseanCountry | null, field: TechField | null, };

export type CallInfo = { id: CallId, title: LocalizedText, application_deadline: string, demands: number, applications: number, };

export type ApplicationSummary = { id: ApplicationId, demand_id: DemandId, project_title: LocalizedText, lead_name: LocalizedText, lead_kind: UnitKind, 
/**
 * Lead plus consortium members.
 */
units: number, public_request: Yuan, period_months: number, 
/**
 * How far the expert's score sheet for it has come.
 */
progress: SheetProgress, };

export type DemandView = { demand: Demand, applications: Array<ApplicationSummary>, 
/**
 * Applications to the demand in the whole call, whatever the filter shows.
 */
total_applications: number, };

export type Overview = { calls: Array<CallInfo>, call: Call | null, demands: Array<DemandView>, 
/**
 * Filter choices that exist in the call, so the menus offer nothing empty.
 */
countries: Array<AseanCountry>, fields: Array<TechField>, };

export type CreditCodeCheck = { code: string, 
/**
 * `None` when valid; else one of `wrong-length`, `bad-character`,
 * `bad-division`, `check-mismatch`.
 */
problem: string | null, };

export type ApplicationDetail = { call_id: CallId, application: Application, demand: Demand, attachments: Array<AttachmentMeta>, 
/**
 * One check per unit, lead first.
 */
credit_codes: Array<CreditCodeCheck>, 
/**
 * The formal-review checklist, measured at the call's deadline.
 */
checklist: Checklist, };

export type ImportResult = "imported" | "replaced" | "unchanged";

export type ImportReport = { result: ImportResult, call_id: CallId, demands: number, applications: number, attachments: number, };

export type PassphraseStrength = { 
/**
 * 0 (very weak) to 4 (strong), as estimated by zxcvbn.
 */
level: number, 
/**
 * Which hint to show: `short`, `words` or `ok`.
 */
hint: string, };

export type Settings = { 
/**
 * A shipped language tag (`zh-CN`, `en`, `th`…); the system's language until the user picks one.
 */
language: string, 
/**
 * Seconds without activity before the vault locks itself; 0 never locks.
 * The app offers whole minutes; seconds keep tests of auto-lock short.
 */
auto_lock_seconds: number, 
/**
 * Plain HTTP to an agency server on another machine, chosen by the
 * user when the agency asks for it; off, only loopback may be plain.
 */
insecure_http: boolean, };

export type AppStatus = { vault_exists: boolean, unlocked: boolean, settings: Settings, 
/**
 * The demo call will be imported into a newly created vault.
 */
demo_on_create: boolean, };

export type ErrorCode = "vault-wrong-passphrase" | "vault-wrong-recovery-key" | "vault-no-recovery-key" | "recovery-key-malformed" | "vault-backup-damaged" | "vault-newer-backup" | "vault-copy-behind" | "vault-not-found" | "vault-in-use" | "vault-exists" | "vault-encryption-unavailable" | "vault-key-file-damaged" | "vault-newer-schema" | "vault-locked" | "vault-corrupt" | "passphrase-empty" | "passphrase-mismatch" | "passphrase-too-weak" | "not-found" | "io" | "internal" | "document" | "import-call-signed" | "sheet-locked" | "sheet-invalid" | "sheet-incomplete" | "sheet-deadline-passed" | "sheet-file-invalid" | "already-enrolled" | "enrollment-not-started" | "enrollment-file-invalid" | "enroll-usage" | "not-enrolled" | "key-revoked" | "bundle-call-mismatch" | "key-file-invalid" | "exchange-malformed" | "exchange-unsafe-path" | "exchange-symlink" | "exchange-duplicate-name" | "exchange-overlapping-entries" | "exchange-too-many-entries" | "exchange-too-large" | "exchange-compression-ratio" | "exchange-unexpected-entry" | "exchange-not-stored" | "exchange-entry-order" | "exchange-invalid-field" | "exchange-wrong-expert" | "exchange-not-canonical" | "exchange-wrong-kind" | "exchange-unsupported-version" | "exchange-bad-signature" | "exchange-revoked-key" | "exchange-hash-mismatch" | "exchange-wrong-recipient" | "exchange-expired" | "exchange-rollback" | "exchange-undecryptable" | "exchange-bad-key" | "exchange-encryption" | "package-unknown-expert" | "package-early" | "package-fork" | "package-unreadable" | "package-unknown-call" | "package-content-mismatch" | "package-not-assigned" | "package-unknown-rubric" | "package-invalid-sheet" | "package-totals-mismatch" | "package-id-reused" | "sync-unreachable" | "sync-refused" | "sync-incomplete" | "no-server" | "server-certificate-changed" | "server-certificate-untrusted" | "insecure-http" | "staff-key-wrong-passphrase" | "not-staff" | "staff-only" | "staff-locked" | "fonts-missing" | "staff-vote-usage" | "panel-vote-not-in-rule" | "discussion-not-open" | "discussion-not-submitted" | "discussion-not-assigned" | "revision-not-allowed" | "meeting-not-joined" | "meeting-code-wrong" | "meeting-not-vouched" | "meeting-hub-unreachable" | "minutes-not-fixed" | "minutes-changed" | "minutes-altered" | "minutes-unsealed" | "minutes-not-on-panel";

export type ErrorPayload = { code: ErrorCode, message: string, args: { [key in string]: string }, };

export type Problem = { code: ErrorCode, args: { [key in string]: string }, };

export type BackupView = { 
/**
 * When the backup was taken.
 */
created_at: string, };

export type BackupStatus = { last_backup_at: string | null, 
/**
 * The last backup is older than a day (or there is none) and something
 * was scored or queued since.
 */
reminder: boolean, };

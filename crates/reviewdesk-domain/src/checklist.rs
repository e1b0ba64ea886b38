//! The formal-review checklist (形式审查): every hard rule of the guideline judged
//! for one application as pass, fail or missing evidence, with the reason and the
//! figures used, plus the three priority items of the ASEAN partnership base.
//!
//! Dates are measured against the call's application deadline, never against
//! today's clock, so a checklist reads the same whenever it is computed.
//! `docs/rules.md` maps each rule of the guideline to its function here and its tests.

use std::collections::BTreeMap;

use chrono::{Datelike as _, Months, NaiveDate};
use serde::Serialize;
use ts_rs::TS;

use crate::credit_code::CreditCode;
use crate::ids::ApplicationId;
use crate::model::{Application, Call, FeasibilitySection, Unit, UnitKind, wire_name};

/// Public funding one application may request, in yuan.
pub const MAX_PUBLIC_FUNDING: u64 = 1_500_000;
/// Units in a consortium, lead included.
pub const MAX_UNITS: usize = 5;
/// Full-time R&D staff required "in principle".
pub const MIN_RND_STAFF: usize = 5;
/// Implementation period, in months.
pub const PERIOD_MONTHS: std::ops::RangeInclusive<u16> = 12..=24;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Pass,
    Fail,
    MissingEvidence,
}

/// The rules, numbered as in `../shared/DOMAIN.md`; `Priority*` are the
/// non-mandatory items of the ASEAN partnership base.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    LeadApplicant,
    Consortium,
    RndIntensity,
    RndStaff,
    InternationalCapacity,
    IpAndCases,
    ResearchIntegrity,
    FeasibilityReport,
    Independence,
    Funding,
    Period,
    PriorityAgreements,
    PriorityDeployments,
    PriorityLocalTeams,
}

/// One judged rule: the verdict, a reason code (localized as `check-<reason>`)
/// and the figures the reason cites.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Finding {
    pub rule: Rule,
    pub verdict: Verdict,
    pub reason: String,
    pub figures: BTreeMap<String, Figure>,
}

/// A figure a reason cites, with what kind of value it is, so every front end
/// writes it the reader's way: money as currency, dates in the locale's order,
/// decimals with the locale's separator, years ungrouped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Figure {
    /// Names, codes and lists, written as they are.
    Text(String),
    Count(#[ts(type = "number")] u64),
    /// An exact decimal, digits with a `.` (such as `1.25`).
    Decimal(String),
    /// Yuan.
    Money(#[ts(type = "number")] u64),
    Year(i32),
    Date(NaiveDate),
}

impl std::fmt::Display for Figure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Text(text) | Self::Decimal(text) => f.write_str(text),
            Self::Count(count) | Self::Money(count) => write!(f, "{count}"),
            Self::Year(year) => write!(f, "{year}"),
            Self::Date(date) => write!(f, "{date}"),
        }
    }
}

impl From<&str> for Figure {
    fn from(text: &str) -> Self {
        Self::Text(text.to_owned())
    }
}

impl From<String> for Figure {
    fn from(text: String) -> Self {
        Self::Text(text)
    }
}

impl From<&String> for Figure {
    fn from(text: &String) -> Self {
        Self::Text(text.clone())
    }
}

impl From<usize> for Figure {
    fn from(count: usize) -> Self {
        Self::Count(count as u64)
    }
}

impl From<u32> for Figure {
    fn from(count: u32) -> Self {
        Self::Count(u64::from(count))
    }
}

impl From<u16> for Figure {
    fn from(count: u16) -> Self {
        Self::Count(u64::from(count))
    }
}

impl From<u8> for Figure {
    fn from(count: u8) -> Self {
        Self::Count(u64::from(count))
    }
}

impl From<NaiveDate> for Figure {
    fn from(date: NaiveDate) -> Self {
        Self::Date(date)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Checklist {
    pub application_id: ApplicationId,
    /// The eleven hard rules, in the guideline's order.
    pub hard_rules: Vec<Finding>,
    /// The three priority items; `pass` means present, `fail` absent.
    pub priorities: Vec<Finding>,
}

impl Checklist {
    pub fn count(&self, verdict: Verdict) -> usize {
        self.hard_rules
            .iter()
            .filter(|f| f.verdict == verdict)
            .count()
    }

    pub fn finding(&self, rule: Rule) -> Option<&Finding> {
        self.hard_rules
            .iter()
            .chain(&self.priorities)
            .find(|f| f.rule == rule)
    }
}

/// Judges `application` against every rule, measured at the call's deadline.
pub fn check(call: &Call, application: &Application) -> Checklist {
    let deadline = call.application_deadline;
    Checklist {
        application_id: application.id.clone(),
        hard_rules: vec![
            lead_applicant(application, deadline),
            consortium(application),
            rnd_intensity(application, deadline),
            rnd_staff(application),
            international_capacity(application),
            ip_and_cases(application),
            research_integrity(application),
            feasibility_report(application),
            independence(application),
            funding(application),
            period(application),
        ],
        priorities: priorities(application),
    }
}

struct Judge {
    rule: Rule,
    figures: BTreeMap<String, Figure>,
}

impl Judge {
    fn new(rule: Rule) -> Self {
        Self {
            rule,
            figures: BTreeMap::new(),
        }
    }

    fn figure(mut self, name: &str, value: impl Into<Figure>) -> Self {
        self.figures.insert(name.to_owned(), value.into());
        self
    }

    fn verdict(self, verdict: Verdict, reason: &str) -> Finding {
        Finding {
            rule: self.rule,
            verdict,
            reason: reason.to_owned(),
            figures: self.figures,
        }
    }

    fn pass(self, reason: &str) -> Finding {
        self.verdict(Verdict::Pass, reason)
    }

    fn fail(self, reason: &str) -> Finding {
        self.verdict(Verdict::Fail, reason)
    }

    fn missing(self, reason: &str) -> Finding {
        self.verdict(Verdict::MissingEvidence, reason)
    }
}

/// Years between two dates, to two decimals, for display only; decisions use
/// calendar arithmetic.
fn years_between(from: NaiveDate, to: NaiveDate) -> Figure {
    Figure::Decimal(format!("{:.2}", (to - from).num_days() as f64 / 365.25))
}

/// Rule 1: the lead is registered in Guangxi for at least a year before the
/// deadline, is an independent legal person with a valid credit code, and is an
/// enterprise, university or research institute.
fn lead_applicant(application: &Application, deadline: NaiveDate) -> Finding {
    let lead = &application.lead;
    let judge = Judge::new(Rule::LeadApplicant)
        .figure("credit_code", &lead.credit_code)
        .figure("registered_on", lead.registered_on)
        .figure("deadline", deadline)
        .figure("years", years_between(lead.registered_on, deadline));
    let code = match CreditCode::parse(&lead.credit_code) {
        Ok(code) => code,
        Err(error) => {
            return judge
                .figure("problem", error.to_string())
                .fail("credit-code-invalid");
        }
    };
    let judge = judge.figure("division", code.division_code());
    if !code.is_registered_in_guangxi() {
        return judge.fail("not-registered-in-guangxi");
    }
    if !lead.independent_legal_person {
        return judge.fail("not-independent-legal-person");
    }
    if lead.kind == UnitKind::Other {
        return judge.fail("lead-kind-not-eligible");
    }
    let one_year_later = lead.registered_on.checked_add_months(Months::new(12));
    if one_year_later.is_none_or(|date| date > deadline) {
        return judge.fail("registered-less-than-a-year");
    }
    if application.business_licence.is_none() {
        return judge.missing("business-licence-missing");
    }
    judge.pass("lead-eligible")
}

fn is_enterprise(unit: &Unit) -> bool {
    unit.kind == UnitKind::Enterprise
}

/// Rule 2: at most five units in all, at least one of them an enterprise.
fn consortium(application: &Application) -> Finding {
    let units = application.units().count();
    let enterprises = application.units().filter(|u| is_enterprise(u)).count();
    let judge = Judge::new(Rule::Consortium)
        .figure("units", units)
        .figure("max", MAX_UNITS)
        .figure("enterprises", enterprises);
    if units > MAX_UNITS {
        judge.fail("too-many-units")
    } else if enterprises == 0 {
        judge.fail("no-enterprise")
    } else {
        judge.pass("consortium-ok")
    }
}

/// Rule 3: last year, the lead or a participating enterprise spent at least 1 %
/// of its main business revenue on R&D, shown by an audited report.
fn rnd_intensity(application: &Application, deadline: NaiveDate) -> Finding {
    let year = deadline.year() - 1;
    let judge = Judge::new(Rule::RndIntensity).figure("year", Figure::Year(year));
    let enterprise_codes: Vec<&str> = application
        .units()
        .filter(|u| is_enterprise(u))
        .map(|u| u.credit_code.as_str())
        .collect();
    let reports: Vec<_> = application
        .enterprise_finances
        .iter()
        .filter(|f| f.year == year && enterprise_codes.contains(&f.unit_credit_code.as_str()))
        .collect();
    // The best-placed enterprise decides: the rule asks for one that qualifies.
    let Some(best) = reports.iter().max_by(|a, b| {
        let left = u128::from(a.rnd_spend.0) * u128::from(b.main_business_revenue.0);
        let right = u128::from(b.rnd_spend.0) * u128::from(a.main_business_revenue.0);
        left.cmp(&right)
    }) else {
        return judge.missing("no-finances-for-year");
    };
    let revenue = best.main_business_revenue.0;
    let spend = best.rnd_spend.0;
    let unit = application
        .units()
        .find(|u| u.credit_code == best.unit_credit_code);
    let judge = judge
        .figure(
            "unit",
            unit.map(|u| u.name.best_for("zh-CN").to_owned())
                .unwrap_or_default(),
        )
        .figure("revenue", Figure::Money(revenue))
        .figure("rnd_spend", Figure::Money(spend))
        .figure("percent", Figure::Decimal(percent(spend, revenue)));
    // Exact integer comparison: spend / revenue >= 1 / 100.
    if revenue == 0 || u128::from(spend) * 100 < u128::from(revenue) {
        return judge.fail("rnd-below-one-percent");
    }
    if best.audited_report.is_none() {
        return judge.missing("audited-report-missing");
    }
    judge.pass("rnd-ok")
}

/// A share as a percentage with two decimals, rounded down so 0.999 % never
/// displays as 1.00 %.
fn percent(part: u64, whole: u64) -> String {
    if whole == 0 {
        return "0.00".to_owned();
    }
    let hundredths = u128::from(part) * 10_000 / u128::from(whole);
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
}

/// Rule 4: at least five full-time R&D staff, with a staff list.
fn rnd_staff(application: &Application) -> Finding {
    let full_time = application
        .team
        .everyone()
        .filter(|m| m.full_time_rnd)
        .count();
    let judge = Judge::new(Rule::RndStaff)
        .figure("full_time", full_time)
        .figure("minimum", MIN_RND_STAFF);
    if full_time < MIN_RND_STAFF {
        judge.fail("too-few-rnd-staff")
    } else if application.team.staff_list.is_none() {
        judge.missing("staff-list-missing")
    } else {
        judge.pass("rnd-staff-ok")
    }
}

/// Rule 5: a member who works in English or an ASEAN language, has international
/// cooperation experience, and can work independently in ASEAN.
fn international_capacity(application: &Application) -> Finding {
    let judge = Judge::new(Rule::InternationalCapacity);
    let qualified = application.team.everyone().find(|m| {
        m.can_work_in_asean
            && m.international_experience.is_some()
            && m.languages.iter().any(|l| !l.starts_with("zh"))
    });
    match qualified {
        Some(member) => judge
            .figure("name", &member.name)
            .figure("languages", member.languages.join(", "))
            .pass("international-member"),
        None => judge.fail("no-international-member"),
    }
}

/// Rule 6: own intellectual property and past commercialisation cases, with evidence.
fn ip_and_cases(application: &Application) -> Finding {
    let judge = Judge::new(Rule::IpAndCases)
        .figure("ip_items", application.ip_items.len())
        .figure("cases", application.commercialisation_cases.len());
    if application.ip_items.is_empty() {
        judge.fail("no-ip")
    } else if application.commercialisation_cases.is_empty() {
        judge.fail("no-commercialisation-case")
    } else if application.ip_items.iter().all(|ip| ip.evidence.is_none()) {
        judge.missing("ip-evidence-missing")
    } else if application
        .commercialisation_cases
        .iter()
        .all(|c| c.evidence.is_none())
    {
        judge.missing("case-evidence-missing")
    } else {
        judge.pass("ip-and-cases-ok")
    }
}

/// Rule 7: no active sanction; the commitment letter and credit report supplied.
fn research_integrity(application: &Application) -> Finding {
    let integrity = &application.integrity;
    let judge = Judge::new(Rule::ResearchIntegrity);
    if integrity.active_sanction_declared {
        judge.fail("active-sanction-declared")
    } else if integrity.commitment_letter.is_none() {
        judge.missing("integrity-commitment-missing")
    } else if integrity.public_credit_report.is_none() {
        judge.missing("credit-report-missing")
    } else {
        judge.pass("integrity-ok")
    }
}

/// Rule 8: the feasibility report has all thirteen sections.
fn feasibility_report(application: &Application) -> Finding {
    let report = &application.feasibility;
    let missing: Vec<String> = FeasibilitySection::ALL
        .iter()
        .filter(|section| !report.sections.iter().any(|s| s.section == **section))
        .map(wire_name)
        .collect();
    let judge = Judge::new(Rule::FeasibilityReport)
        .figure("present", FeasibilitySection::ALL.len() - missing.len())
        .figure("required", FeasibilitySection::ALL.len());
    if !missing.is_empty() {
        judge
            .figure("missing", missing.join(","))
            .fail("feasibility-sections-missing")
    } else if report.document.is_none() {
        judge.missing("feasibility-document-missing")
    } else {
        judge.pass("feasibility-complete")
    }
}

/// Rule 9: no control, influence, equity or related-party relation with the
/// demand side.
fn independence(application: &Application) -> Finding {
    let relations = &application.relation_declaration.relations;
    let judge = Judge::new(Rule::Independence);
    if !relations.is_empty() {
        let kinds: Vec<String> = relations.iter().map(wire_name).collect();
        judge
            .figure("relations", kinds.join(","))
            .fail("related-to-demand-side")
    } else {
        judge.pass("independent")
    }
}

/// Rule 10: at most 1,500,000 CNY of public money, matched at least 1:1.
fn funding(application: &Application) -> Finding {
    let budget = &application.budget;
    let judge = Judge::new(Rule::Funding)
        .figure("public_request", Figure::Money(budget.public_request.0))
        .figure("self_raised", Figure::Money(budget.self_raised.0))
        .figure("max", Figure::Money(MAX_PUBLIC_FUNDING));
    if budget.public_request.0 > MAX_PUBLIC_FUNDING {
        judge.fail("public-request-too-high")
    } else if budget.self_raised < budget.public_request {
        judge.fail("matching-below-one-to-one")
    } else {
        judge.pass("funding-ok")
    }
}

/// Rule 11: an implementation period of 12 to 24 months.
fn period(application: &Application) -> Finding {
    let judge = Judge::new(Rule::Period)
        .figure("months", application.period_months)
        .figure("min", *PERIOD_MONTHS.start())
        .figure("max", *PERIOD_MONTHS.end());
    if PERIOD_MONTHS.contains(&application.period_months) {
        judge.pass("period-ok")
    } else {
        judge.fail("period-out-of-range")
    }
}

/// The priority items of the ASEAN partnership base: present or not.
fn priorities(application: &Application) -> Vec<Finding> {
    let partnership = &application.asean_partnership;
    [
        (
            Rule::PriorityAgreements,
            partnership.agreements.len(),
            "agreements",
        ),
        (
            Rule::PriorityDeployments,
            partnership.deployments.len(),
            "deployments",
        ),
        (
            Rule::PriorityLocalTeams,
            partnership.local_teams.len(),
            "local-teams",
        ),
    ]
    .into_iter()
    .map(|(rule, count, name)| {
        let judge = Judge::new(rule).figure("count", count);
        if count > 0 {
            judge.pass(&format!("{name}-present"))
        } else {
            judge.fail(&format!("{name}-absent"))
        }
    })
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_rounds_down_to_hundredths() {
        assert_eq!(percent(999, 100_000), "0.99");
        assert_eq!(percent(1_000, 100_000), "1.00");
        assert_eq!(percent(99_999, 10_000_000), "0.99");
        assert_eq!(percent(1, 0), "0.00");
    }
}

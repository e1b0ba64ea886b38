//! The formal-review checklist: every hard rule at and around its boundary, and
//! the demo call's deliberate breaches found where they were put.

use reviewdesk_domain::checklist::{Rule, Verdict, check};
use reviewdesk_domain::{
    AgencyDocument, Application, Call, RelationKind, UnitKind, ValidatedDocument, Yuan, credit_code,
};
use rstest::rstest;

fn demo() -> ValidatedDocument {
    AgencyDocument::parse(&reviewdesk_demo::generate_json(
        reviewdesk_demo::DEMO_SEED,
        1,
    ))
    .expect("demo data is valid")
}

/// The call and A001, which meets every hard rule.
fn baseline() -> (Call, Application) {
    let document = demo();
    let application = document
        .applications
        .into_iter()
        .find(|a| a.id == "A001")
        .expect("A001");
    (document.call, application)
}

fn verdict(call: &Call, application: &Application, rule: Rule) -> (Verdict, String) {
    let checklist = check(call, application);
    let finding = checklist.finding(rule).expect("rule judged");
    (finding.verdict, finding.reason.clone())
}

fn date(text: &str) -> chrono::NaiveDate {
    text.parse().expect("date")
}

#[test]
fn the_baseline_meets_every_hard_rule() {
    let (call, application) = baseline();
    let checklist = check(&call, &application);
    assert_eq!(checklist.hard_rules.len(), 11);
    for finding in &checklist.hard_rules {
        assert_eq!(finding.verdict, Verdict::Pass, "{finding:?}");
    }
    assert_eq!(checklist.priorities.len(), 3);
}

#[rstest]
#[case::exactly_one_year("2024-11-20", Verdict::Pass)]
#[case::one_day_short("2024-11-21", Verdict::Fail)]
#[case::long_ago("2010-01-01", Verdict::Pass)]
#[case::after_the_deadline("2025-12-01", Verdict::Fail)]
fn lead_registered_at_least_a_year_before_the_deadline(
    #[case] registered: &str,
    #[case] expected: Verdict,
) {
    let (call, mut application) = baseline();
    application.lead.registered_on = date(registered);
    assert_eq!(
        verdict(&call, &application, Rule::LeadApplicant).0,
        expected
    );
}

#[test]
fn the_reason_cites_the_dates_and_years() {
    let (call, mut application) = baseline();
    application.lead.registered_on = date("2025-03-01");
    let checklist = check(&call, &application);
    let finding = checklist.finding(Rule::LeadApplicant).expect("judged");
    assert_eq!(finding.reason, "registered-less-than-a-year");
    assert_eq!(finding.figures["registered_on"].to_string(), "2025-03-01");
    assert_eq!(finding.figures["deadline"].to_string(), "2025-11-20");
    assert_eq!(finding.figures["years"].to_string(), "0.72");
}

#[rstest]
#[case::check_character("wrong-check", "credit-code-invalid")]
#[case::outside_guangxi("fujian", "not-registered-in-guangxi")]
fn the_lead_needs_a_valid_guangxi_credit_code(#[case] variant: &str, #[case] reason: &str) {
    let (call, mut application) = baseline();
    let code = &application.lead.credit_code;
    application.lead.credit_code = match variant {
        "fujian" => credit_code::complete("91350100M000100Y4").expect("valid prefix"),
        _ => format!(
            "{}{}",
            &code[..17],
            if code.ends_with('0') { '1' } else { '0' }
        ),
    };
    assert_eq!(
        verdict(&call, &application, Rule::LeadApplicant),
        (Verdict::Fail, reason.to_owned())
    );
}

#[test]
fn the_lead_must_be_an_independent_legal_person_of_an_eligible_kind() {
    let (call, mut application) = baseline();
    application.lead.independent_legal_person = false;
    assert_eq!(
        verdict(&call, &application, Rule::LeadApplicant).1,
        "not-independent-legal-person"
    );
    let (call, mut application) = baseline();
    application.lead.kind = UnitKind::Other;
    assert_eq!(
        verdict(&call, &application, Rule::LeadApplicant).1,
        "lead-kind-not-eligible"
    );
    let (call, mut application) = baseline();
    application.business_licence = None;
    assert_eq!(
        verdict(&call, &application, Rule::LeadApplicant).0,
        Verdict::MissingEvidence
    );
}

#[rstest]
#[case::alone(0, Verdict::Pass)]
#[case::five_units(4, Verdict::Pass)]
#[case::six_units(5, Verdict::Fail)]
fn a_consortium_has_at_most_five_units(#[case] members: usize, #[case] expected: Verdict) {
    let (call, mut application) = baseline();
    let member = application.lead.clone();
    application.members = vec![member; members];
    assert_eq!(verdict(&call, &application, Rule::Consortium).0, expected);
}

#[test]
fn a_consortium_without_an_enterprise_fails() {
    let (call, mut application) = baseline();
    application.lead.kind = UnitKind::University;
    for member in &mut application.members {
        member.kind = UnitKind::ResearchInstitute;
    }
    assert_eq!(
        verdict(&call, &application, Rule::Consortium),
        (Verdict::Fail, "no-enterprise".into())
    );
}

#[rstest]
#[case::just_under(99_999, Verdict::Fail)]
#[case::point_nine_nine(99_000, Verdict::Fail)]
#[case::exactly_one_percent(100_000, Verdict::Pass)]
#[case::more(300_000, Verdict::Pass)]
fn rnd_spend_is_at_least_one_percent_of_revenue(#[case] spend: u64, #[case] expected: Verdict) {
    let (call, mut application) = baseline();
    application.enterprise_finances.truncate(1);
    application.enterprise_finances[0].main_business_revenue = Yuan(10_000_000);
    application.enterprise_finances[0].rnd_spend = Yuan(spend);
    assert_eq!(verdict(&call, &application, Rule::RndIntensity).0, expected);
}

#[test]
fn rnd_figures_must_be_of_last_year_and_audited() {
    let (call, mut application) = baseline();
    application.enterprise_finances[0].year = 2023;
    assert_eq!(
        verdict(&call, &application, Rule::RndIntensity),
        (Verdict::MissingEvidence, "no-finances-for-year".into())
    );
    let (call, mut application) = baseline();
    application.enterprise_finances[0].audited_report = None;
    assert_eq!(
        verdict(&call, &application, Rule::RndIntensity).1,
        "audited-report-missing"
    );
}

#[rstest]
#[case::four(4, Verdict::Fail)]
#[case::five(5, Verdict::Pass)]
fn at_least_five_full_time_rnd_staff(#[case] full_time: usize, #[case] expected: Verdict) {
    let (call, mut application) = baseline();
    let mut people: Vec<_> = application.team.everyone().cloned().collect();
    people.resize(8, people[1].clone());
    for (index, person) in people.iter_mut().enumerate() {
        person.full_time_rnd = index < full_time;
    }
    application.team.leader = people.remove(0);
    application.team.members = people;
    assert_eq!(verdict(&call, &application, Rule::RndStaff).0, expected);
}

#[test]
fn someone_must_work_in_a_foreign_language_abroad() {
    let (call, mut application) = baseline();
    for member in std::iter::once(&mut application.team.leader).chain(&mut application.team.members)
    {
        member.languages = vec!["zh-CN".into()];
    }
    assert_eq!(
        verdict(&call, &application, Rule::InternationalCapacity).0,
        Verdict::Fail
    );
}

#[test]
fn ip_and_cases_need_evidence() {
    let (call, mut application) = baseline();
    application.commercialisation_cases.clear();
    assert_eq!(
        verdict(&call, &application, Rule::IpAndCases),
        (Verdict::Fail, "no-commercialisation-case".into())
    );
    let (call, mut application) = baseline();
    for item in &mut application.ip_items {
        item.evidence = None;
    }
    assert_eq!(
        verdict(&call, &application, Rule::IpAndCases).0,
        Verdict::MissingEvidence
    );
}

#[test]
fn an_active_sanction_fails_integrity() {
    let (call, mut application) = baseline();
    application.integrity.active_sanction_declared = true;
    assert_eq!(
        verdict(&call, &application, Rule::ResearchIntegrity).0,
        Verdict::Fail
    );
}

#[test]
fn every_feasibility_section_is_required() {
    let (call, mut application) = baseline();
    application.feasibility.sections.pop();
    let checklist = check(&call, &application);
    let finding = checklist.finding(Rule::FeasibilityReport).expect("judged");
    assert_eq!(finding.verdict, Verdict::Fail);
    assert_eq!(
        finding.figures["missing"].to_string(),
        "ip_and_benefit_sharing"
    );
}

#[rstest]
#[case::none(vec![], Verdict::Pass)]
#[case::equity(vec![RelationKind::Equity], Verdict::Fail)]
#[case::related_party(vec![RelationKind::RelatedPartyTransactions], Verdict::Fail)]
fn a_related_demand_side_fails_independence(
    #[case] relations: Vec<RelationKind>,
    #[case] expected: Verdict,
) {
    let (call, mut application) = baseline();
    application.relation_declaration.relations = relations;
    assert_eq!(verdict(&call, &application, Rule::Independence).0, expected);
}

#[rstest]
#[case::at_the_ceiling(1_500_000, 1_500_000, Verdict::Pass)]
#[case::one_yuan_over(1_500_001, 1_600_000, Verdict::Fail)]
#[case::matching_exactly_one_to_one(800_000, 800_000, Verdict::Pass)]
#[case::matching_just_under(800_000, 799_999, Verdict::Fail)]
fn public_money_is_capped_and_matched(
    #[case] public: u64,
    #[case] own: u64,
    #[case] expected: Verdict,
) {
    let (call, mut application) = baseline();
    application.budget.public_request = Yuan(public);
    application.budget.self_raised = Yuan(own);
    assert_eq!(verdict(&call, &application, Rule::Funding).0, expected);
}

#[rstest]
#[case(11, Verdict::Fail)]
#[case(12, Verdict::Pass)]
#[case(24, Verdict::Pass)]
#[case(25, Verdict::Fail)]
fn the_period_is_twelve_to_twenty_four_months(#[case] months: u16, #[case] expected: Verdict) {
    let (call, mut application) = baseline();
    application.period_months = months;
    assert_eq!(verdict(&call, &application, Rule::Period).0, expected);
}

#[test]
fn the_checklist_never_reads_the_clock() {
    let (mut call, application) = baseline();
    call.application_deadline = date("2012-01-01");
    // Registered after this earlier deadline: the same application now fails rule 1.
    assert_eq!(
        verdict(&call, &application, Rule::LeadApplicant).0,
        Verdict::Fail
    );
}

#[test]
fn the_demo_breaches_are_found_where_they_were_put() {
    let document = demo();
    let expected = [
        ("A003", Rule::LeadApplicant, Verdict::Fail),
        ("A005", Rule::RndStaff, Verdict::Fail),
        ("A007", Rule::Consortium, Verdict::Fail),
        ("A009", Rule::Consortium, Verdict::Fail),
        ("A011", Rule::RndIntensity, Verdict::Fail),
        ("A012", Rule::ResearchIntegrity, Verdict::Fail),
        ("A014", Rule::Funding, Verdict::Fail),
        ("A015", Rule::RndStaff, Verdict::MissingEvidence),
        ("A017", Rule::Funding, Verdict::Fail),
        ("A019", Rule::Period, Verdict::Fail),
        ("A021", Rule::Independence, Verdict::Fail),
        ("A023", Rule::LeadApplicant, Verdict::Fail),
        ("A025", Rule::FeasibilityReport, Verdict::Fail),
        ("A026", Rule::InternationalCapacity, Verdict::Fail),
    ];
    for application in &document.applications {
        let checklist = check(&document.call, application);
        let problems: Vec<(Rule, Verdict)> = checklist
            .hard_rules
            .iter()
            .filter(|f| f.verdict != Verdict::Pass)
            .map(|f| (f.rule, f.verdict))
            .collect();
        let planned: Vec<(Rule, Verdict)> = expected
            .iter()
            .filter(|(id, _, _)| *id == application.id)
            .map(|(_, r, v)| (*r, *v))
            .collect();
        // A009 has no enterprise, so it also has no enterprise R&D figures.
        let tolerated =
            |(rule, _): &(Rule, Verdict)| application.id == "A009" && *rule == Rule::RndIntensity;
        let unplanned: Vec<_> = problems
            .iter()
            .filter(|p| !planned.contains(p) && !tolerated(p))
            .collect();
        assert!(
            unplanned.is_empty(),
            "{}: unplanned findings {unplanned:?}",
            application.id
        );
        for plan in &planned {
            assert!(
                problems.contains(plan),
                "{}: expected {plan:?}, found {problems:?}",
                application.id
            );
        }
    }
}

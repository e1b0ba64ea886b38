//! Generates a realistic call for applications: demands posed by organisations in
//! several ASEAN countries, Guangxi applicants answering them alone or in consortia,
//! small real PDF attachments, experts and assignments. A few applications break
//! hard rules of the guideline on purpose, so the formal-review checklist has
//! something to find.
//!
//! The output depends only on the seed and the scale, so the same arguments give
//! byte-identical documents (and a repeated import is recognised as such). Its
//! dates are those of a call that closed in November 2025; [`generate_on`]
//! moves every one of them by the same number of days, so that a demo made
//! today shows a call whose pre-review is still open, and every rule that
//! compares dates reads as it does in the reference document.

mod catalogue;
pub mod pdf;
mod sheets;

pub use sheets::complete_sheet;

use chrono::{Datelike as _, Duration, NaiveDate};
use rand::rngs::StdRng;
use rand::{Rng as _, SeedableRng as _};
use reviewdesk_domain::document::AttachmentFile;
use reviewdesk_domain::*;

use catalogue::{APPLICANTS, DEMANDS, DemandTemplate, EXPERTS, MEMBER_NAMES, UnitTemplate};

/// The seed of the demo data shipped with the app.
pub const DEMO_SEED: u64 = 20_251_120;

/// How many applications answer each demand template, in order; the ninth demand
/// has a single applicant, which goes straight to signing.
const APPLICATIONS_PER_DEMAND: [usize; 10] = [4, 3, 3, 2, 3, 3, 2, 3, 1, 2];

/// A call with 10 × `scale` demands and 26 × `scale` applications.
pub fn generate(seed: u64, scale: usize) -> AgencyDocument {
    let mut rng = StdRng::seed_from_u64(seed);
    let (year, month, day) = REFERENCE_DEADLINE;
    let deadline = date(year, month, day);
    let mut document = AgencyDocument::new(Call {
        id: "GX-ASEAN-AI-2025".into(),
        title: LocalizedText::new([
            ("zh-CN", "2025年面向东盟的人工智能跨境“揭榜挂帅”项目"),
            (
                "en",
                "2025 Cross-border Open Competition for ASEAN AI Projects",
            ),
        ]),
        application_deadline: deadline,
        pre_review_due: Some(date(2025, 12, 5)),
        aggregation: None,
        discussion: Default::default(),
    });

    let mut application_number = 0;
    for round in 0..scale.max(1) {
        for (template_index, template) in DEMANDS.iter().enumerate() {
            let demand = demand(template, template_index, round);
            for _ in 0..APPLICATIONS_PER_DEMAND[template_index] {
                application_number += 1;
                let (application, attachments) =
                    application(&mut rng, &demand, application_number, deadline);
                document.applications.push(application);
                document.attachments.extend(attachments);
            }
            document.demands.push(demand);
        }
    }

    for (id, zh, en, org_zh, org_en, country, languages) in EXPERTS {
        document.experts.push(Expert {
            id: (*id).into(),
            name: LocalizedText::new([("zh-CN", *zh), ("en", *en)]),
            organisation: LocalizedText::new([("zh-CN", *org_zh), ("en", *org_en)]),
            country: (*country).into(),
            languages: languages.iter().map(|l| (*l).to_owned()).collect(),
            email: None,
        });
    }
    let all_applications: Vec<ApplicationId> =
        document.applications.iter().map(|a| a.id.clone()).collect();
    for expert in &document.experts {
        document.assignments.push(Assignment {
            expert_id: expert.id.clone(),
            stage: ReviewStage::PreReview,
            application_ids: all_applications.clone(),
        });
    }
    document
}

/// The reference document's application deadline.
const REFERENCE_DEADLINE: (i32, u32, u32) = (2025, 11, 20);

/// The document [`generate`] makes as the demo shows it: every date moved by
/// the same number of days so that applications closed the day before
/// `made_on` and the pre-review is due two weeks after it, and the panel
/// meeting's discussion sharing the experts' reasons and allowing a
/// revision round, so the whole meeting can be tried.
pub fn generate_on(seed: u64, scale: usize, made_on: NaiveDate) -> AgencyDocument {
    let mut document = generate(seed, scale);
    document.call.discussion = discussion::DiscussionRules {
        share_reasons: true,
        allow_revision: true,
    };
    let (year, month, day) = REFERENCE_DEADLINE;
    let deadline = made_on - Duration::days(1);
    let shift = Shift {
        days: deadline - date(year, month, day),
        years: i64::from(deadline.year() - year),
    };
    // Every date field is a `YYYY-MM-DD` string on the wire, and every
    // financial year a number named `year`: moved there, the document cannot
    // miss one when a field is added.
    let mut value = serde_json::to_value(&document).unwrap_or_default();
    shift.apply(&mut value);
    serde_json::from_value(value).unwrap_or(document)
}

/// How far a dated demo moves from the reference: its dates by days, its
/// financial years by years (the year before the deadline is the one the
/// rules ask reports for).
struct Shift {
    days: Duration,
    years: i64,
}

impl Shift {
    fn apply(&self, value: &mut serde_json::Value) {
        match value {
            serde_json::Value::String(text) if text.len() == 10 => {
                if let Ok(day) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
                    *text = (day + self.days).format("%Y-%m-%d").to_string();
                }
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(|v| self.apply(v)),
            serde_json::Value::Object(fields) => {
                for (name, field) in fields.iter_mut() {
                    match field.as_i64() {
                        Some(year) if name == "year" => *field = (year + self.years).into(),
                        _ => self.apply(field),
                    }
                }
            }
            _ => {}
        }
    }
}

/// [`generate_on`] as pretty JSON bytes, ready to import.
pub fn generate_json_on(seed: u64, scale: usize, made_on: NaiveDate) -> Vec<u8> {
    serde_json::to_vec_pretty(&generate_on(seed, scale, made_on)).unwrap_or_default()
}

/// The demo document as pretty JSON bytes, ready to import.
pub fn generate_json(seed: u64, scale: usize) -> Vec<u8> {
    // Serializing plain data with string keys cannot fail.
    serde_json::to_vec_pretty(&generate(seed, scale)).unwrap_or_default()
}

/// The demo document with `count` more experts, X001…, each assigned the
/// first application only: a crowd for load and concurrency tests.
pub fn crowded(seed: u64, count: usize) -> AgencyDocument {
    let mut document = generate(seed, 1);
    let (Some(expert), Some(assignment), Some(first)) = (
        document.experts.first().cloned(),
        document.assignments.first().cloned(),
        document.applications.first().map(|a| a.id.clone()),
    ) else {
        return document;
    };
    for n in 1..=count {
        let id = ExpertId::from(format!("X{n:03}"));
        document.experts.push(Expert {
            id: id.clone(),
            ..expert.clone()
        });
        document.assignments.push(Assignment {
            expert_id: id,
            application_ids: vec![first.clone()],
            ..assignment.clone()
        });
    }
    document
}

fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap_or_default()
}

fn text(zh: &str, en: &str) -> LocalizedText {
    LocalizedText::new([("zh-CN", zh), ("en", en)])
}

fn demand(template: &DemandTemplate, index: usize, round: usize) -> Demand {
    let suffix = if round == 0 {
        String::new()
    } else {
        format!("-{}", round + 1)
    };
    let mut name = LocalizedText::new([("zh-CN", template.org_zh), ("en", template.org_en)]);
    name.0
        .insert(template.org_lang.into(), template.org_native.into());
    Demand {
        id: format!("D{:02}{suffix}", index + 1).into(),
        code: format!("GX-ASEAN-2025-{:02}{suffix}", index + 1),
        title: text(template.title_zh, template.title_en),
        field: template.field,
        demand_side: DemandSide {
            name,
            country: template.country,
            kind: template.kind,
            registration_number: format!(
                "{}-{:06}",
                template.country.code(),
                104_729 * (index + 1) % 1_000_000
            ),
            registered_on: date(2008 + index as i32, 3, 15),
            contact: Some(Contact {
                name: template.contact.into(),
                email: Some(format!("contact{}@example.org", index + 1)),
                phone: None,
            }),
        },
        description: text(template.need_zh, template.need_en),
        goals: text(template.goal_zh, template.goal_en),
        scenario: text(template.scenario_zh, template.scenario_en),
        committed_resources: vec![
            ResourceCommitment {
                kind: ResourceKind::Data,
                description: text(
                    "提供脱敏的本地业务数据与标注样本",
                    "De-identified local operational data and labelled samples",
                ),
                value: None,
            },
            ResourceCommitment {
                kind: ResourceKind::Site,
                description: text(
                    "提供试点场地与运行环境",
                    "A pilot site and operating environment",
                ),
                value: None,
            },
            ResourceCommitment {
                kind: ResourceKind::Funds,
                description: text("配套资金", "Matching funds"),
                value: Some(Yuan(300_000 + 50_000 * index as u64)),
            },
        ],
        cooperation_modes: template.modes.to_vec(),
    }
}

/// The hard rule an application breaks on purpose, by its number in the call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Breach {
    None,
    RegisteredUnderOneYear,
    LowRndFunding,
    SixUnits,
    NoEnterprise,
    TooFewRndStaff,
    NoForeignLanguage,
    PublicRequestTooHigh,
    MatchingBelowOneToOne,
    PeriodTooLong,
    RelatedToDemandSide,
    InvalidCreditCode,
    MissingFeasibilitySections,
    Sanctioned,
    NoStaffList,
}

fn breach_for(number: usize) -> Breach {
    match number {
        3 => Breach::RegisteredUnderOneYear,
        5 => Breach::TooFewRndStaff,
        7 => Breach::SixUnits,
        9 => Breach::NoEnterprise,
        11 => Breach::LowRndFunding,
        12 => Breach::Sanctioned,
        14 => Breach::PublicRequestTooHigh,
        15 => Breach::NoStaffList,
        17 => Breach::MatchingBelowOneToOne,
        19 => Breach::PeriodTooLong,
        21 => Breach::RelatedToDemandSide,
        23 => Breach::InvalidCreditCode,
        25 => Breach::MissingFeasibilitySections,
        26 => Breach::NoForeignLanguage,
        _ => Breach::None,
    }
}

fn unit(template: &UnitTemplate, serial: usize, registered_on: NaiveDate) -> Unit {
    let prefix = format!(
        "{}{}{}{:09}",
        template.code_head,
        template.division,
        "",
        100_000_000 + serial * 7_919
    );
    let prefix: String = prefix.chars().take(17).collect();
    Unit {
        name: text(template.zh, template.en),
        credit_code: credit_code::complete(&prefix).unwrap_or(prefix),
        kind: template.kind,
        registered_on,
        registered_address: template.address.into(),
        independent_legal_person: true,
    }
}

fn application(
    rng: &mut StdRng,
    demand: &Demand,
    number: usize,
    deadline: NaiveDate,
) -> (Application, Vec<AttachmentFile>) {
    let id = format!("A{number:03}");
    let breach = breach_for((number - 1) % 26 + 1);
    let lead_template = &APPLICANTS[number % APPLICANTS.len()];
    let registered_on = if breach == Breach::RegisteredUnderOneYear {
        date(2025, 3, 1)
    } else {
        date(2012 + (number % 10) as i32, 1 + (number % 12) as u32, 10)
    };
    let mut lead = unit(lead_template, number * 10, registered_on);
    if breach == Breach::NoEnterprise {
        lead = unit(&catalogue::UNIVERSITY, number * 10, registered_on);
    }
    if breach == Breach::InvalidCreditCode {
        let mut code: Vec<char> = lead.credit_code.chars().collect();
        code[17] = if code[17] == '0' { '1' } else { '0' };
        lead.credit_code = code.into_iter().collect();
    }
    let member_count = match breach {
        Breach::SixUnits => 5,
        Breach::NoEnterprise => 1,
        _ => number % 3,
    };
    let members: Vec<Unit> = (0..member_count)
        .map(|m| {
            let template = if breach == Breach::NoEnterprise {
                &catalogue::INSTITUTE
            } else {
                &APPLICANTS[(number + m * 5 + 3) % APPLICANTS.len()]
            };
            unit(template, number * 10 + m + 1, date(2010 + m as i32, 6, 1))
        })
        .collect();

    let revenue = 20_000_000 + rng.gen_range(0..80u64) * 1_000_000;
    let rnd_spend = if breach == Breach::LowRndFunding {
        revenue * 8 / 1000
    } else {
        revenue * rng.gen_range(2..9u64) / 100
    };
    let finance_unit = if lead.kind == UnitKind::Enterprise {
        &lead
    } else {
        members.first().unwrap_or(&lead)
    };
    let public_request = match breach {
        Breach::PublicRequestTooHigh => 1_600_000,
        _ => 800_000 + rng.gen_range(0..=7u64) * 100_000,
    };
    let self_raised = match breach {
        Breach::MatchingBelowOneToOne => public_request * 8 / 10,
        _ => public_request + rng.gen_range(0..=10u64) * 100_000,
    };

    let foreign_language = match demand.demand_side.country {
        AseanCountry::Thailand => "th",
        AseanCountry::Vietnam => "vi",
        AseanCountry::Cambodia => "km",
        AseanCountry::Myanmar => "my",
        AseanCountry::Laos => "lo",
        AseanCountry::Indonesia => "id",
        AseanCountry::Malaysia => "ms",
        AseanCountry::Philippines => "fil",
        _ => "en",
    };
    let rnd_staff = if breach == Breach::TooFewRndStaff {
        3
    } else {
        5 + number % 4
    };
    let person = |i: usize, languages: &[&str], asean: bool| TeamMember {
        name: MEMBER_NAMES[(number * 7 + i) % MEMBER_NAMES.len()].into(),
        role: if i == 0 {
            text("项目负责人", "Project leader")
        } else {
            text("研发工程师", "R&D engineer")
        },
        full_time_rnd: i < rnd_staff,
        languages: languages.iter().map(|l| (*l).to_owned()).collect(),
        international_experience: asean.then(|| {
            text(
                "曾在东盟国家执行合作项目两年以上",
                "Led cooperation projects in ASEAN countries for over two years",
            )
        }),
        can_work_in_asean: asean,
    };
    let linguist = breach != Breach::NoForeignLanguage;
    let leader = person(
        0,
        if linguist {
            &["zh-CN", "en"]
        } else {
            &["zh-CN"]
        },
        linguist,
    );
    let members_team: Vec<TeamMember> = (1..rnd_staff.max(5) + 1)
        .map(|i| {
            if i == 1 && linguist {
                person(i, &["zh-CN", foreign_language], true)
            } else {
                person(i, &["zh-CN"], false)
            }
        })
        .collect();

    let sections: Vec<FeasibilitySectionText> = FeasibilitySection::ALL
        .iter()
        .take(if breach == Breach::MissingFeasibilitySections {
            9
        } else {
            13
        })
        .map(|section| FeasibilitySectionText {
            section: *section,
            text: text(
                &format!(
                    "{}：针对{}的论述。",
                    catalogue::section_title_zh(*section),
                    demand.title.best_for("zh-CN")
                ),
                &format!(
                    "{}: discussion for {}.",
                    catalogue::section_title_en(*section),
                    demand.title.best_for("en")
                ),
            ),
        })
        .collect();

    let mut attachments = Vec::new();
    let mut attach =
        |suffix: &str, kind: AttachmentKind, title: LocalizedText, lines: Vec<String>| -> Id {
            let attachment_id = format!("{id}-{suffix}");
            let meta = AttachmentMeta {
                id: attachment_id.clone(),
                application_id: id.as_str().into(),
                kind,
                title: title.clone(),
                file_name: format!("{attachment_id}.pdf"),
                media_type: "application/pdf".into(),
                size: 0,
                sha256: String::new(),
            };
            let bytes = pdf::one_page(title.best_for("en"), &lines);
            attachments.push(AttachmentFile::from_bytes(meta, &bytes));
            attachment_id
        };
    let lead_en = lead.name.best_for("en").to_owned();
    let licence = attach(
        "licence",
        AttachmentKind::BusinessLicence,
        text("营业执照", "Business licence"),
        vec![
            lead_en.clone(),
            format!("Unified social credit code: {}", lead.credit_code),
            format!("Registered on {}", lead.registered_on),
        ],
    );
    let audited = attach(
        "audit",
        AttachmentKind::AuditedFinancialReport,
        text("2024年度审计报告", "Audited financial report 2024"),
        vec![
            finance_unit.name.best_for("en").to_owned(),
            format!("Main business revenue: {revenue} CNY"),
            format!("R&D expenditure: {rnd_spend} CNY"),
        ],
    );
    let feasibility = attach(
        "feasibility",
        AttachmentKind::FeasibilityReport,
        text("可行性研究报告", "Feasibility report"),
        vec![
            format!("Application {id} for demand {}", demand.code),
            demand.title.best_for("en").to_owned(),
        ],
    );
    let commitment = attach(
        "integrity",
        AttachmentKind::IntegrityCommitment,
        text("科研诚信承诺书", "Research integrity commitment"),
        vec![
            lead_en.clone(),
            "We commit to research integrity in all project activities.".into(),
        ],
    );
    let credit_report = attach(
        "credit",
        AttachmentKind::CreditReport,
        text("公共信用信息报告", "Public credit report"),
        vec![lead_en.clone(), "No record of serious dishonesty.".into()],
    );
    let staff_list = (breach != Breach::NoStaffList).then(|| {
        attach(
            "staff",
            AttachmentKind::StaffList,
            text("研发人员名单", "R&D staff list"),
            vec![lead_en.clone(), format!("{rnd_staff} full-time R&D staff")],
        )
    });
    let ip_certificate = attach(
        "ip",
        AttachmentKind::IpCertificate,
        text("发明专利证书", "Invention patent certificate"),
        vec![
            lead_en.clone(),
            format!("Patent ZL2021{:07}.{}", number * 1000, number % 10),
        ],
    );
    let case_evidence = attach(
        "case",
        AttachmentKind::CommercialisationEvidence,
        text("成果转化合同", "Commercialisation contract"),
        vec![lead_en.clone(), "Contract and acceptance report".into()],
    );
    let agreement = number.is_multiple_of(2).then(|| {
        attach(
            "agreement",
            AttachmentKind::CooperationAgreement,
            text("合作协议", "Cooperation agreement"),
            vec![
                format!("{lead_en} and {}", demand.demand_side.name.best_for("en")),
                "Memorandum of understanding".into(),
            ],
        )
    });

    let relations = if breach == Breach::RelatedToDemandSide {
        vec![RelationKind::Equity]
    } else {
        vec![]
    };
    let application = Application {
        id: id.as_str().into(),
        demand_id: demand.id.clone(),
        project_title: text(
            &format!(
                "{}——{}方案",
                demand.title.best_for("zh-CN"),
                lead.name.best_for("zh-CN")
            ),
            &format!("{}: a solution by {}", demand.title.best_for("en"), lead_en),
        ),
        submitted_on: deadline - Duration::days(1 + (number % 20) as i64),
        recommendation: if number.is_multiple_of(4) {
            Recommendation::SelfRecommended
        } else {
            Recommendation::Unit {
                name: text(lead_template.recommender_zh, lead_template.recommender_en),
            }
        },
        enterprise_finances: vec![EnterpriseFinance {
            unit_credit_code: finance_unit.credit_code.clone(),
            year: 2024,
            main_business_revenue: Yuan(revenue),
            rnd_spend: Yuan(rnd_spend),
            audited_report: Some(audited),
        }],
        lead,
        members,
        team: Team {
            leader,
            members: members_team,
            staff_list,
        },
        ip_items: (0..1 + number % 3)
            .map(|i| IpItem {
                kind: if i == 0 {
                    IpKind::InventionPatent
                } else {
                    IpKind::SoftwareCopyright
                },
                title: text(
                    &format!("一种基于深度学习的识别方法（{}）", i + 1),
                    &format!("A deep-learning recognition method ({})", i + 1),
                ),
                number: format!("ZL2021{:07}.{}", number * 1000 + i, (number + i) % 10),
                holder: lead_en.clone(),
                granted_on: date(2021 + i as i32, 5, 20),
                evidence: (i == 0).then(|| ip_certificate.clone()),
            })
            .collect(),
        commercialisation_cases: vec![CommercialisationCase {
            title: text(
                "智能识别系统在区内推广应用",
                "Recognition system deployed across the region",
            ),
            customer: text(
                "南宁市某县农业农村局",
                "A county agriculture bureau in Nanning",
            ),
            year: 2023,
            contract_value: Some(Yuan(1_200_000 + 10_000 * number as u64)),
            summary: text(
                "系统已稳定运行一年以上。",
                "The system has run reliably for over a year.",
            ),
            evidence: Some(case_evidence),
        }],
        integrity: Integrity {
            active_sanction_declared: breach == Breach::Sanctioned,
            commitment_letter: Some(commitment),
            public_credit_report: Some(credit_report),
        },
        feasibility: FeasibilityReport {
            sections,
            document: Some(feasibility),
        },
        budget: Budget {
            public_request: Yuan(public_request),
            self_raised: Yuan(self_raised),
            funding_sources: Some(text(
                "企业自有资金与银行授信",
                "Own funds and a bank credit line",
            )),
        },
        period_months: if breach == Breach::PeriodTooLong {
            30
        } else {
            [12, 18, 24][number % 3]
        },
        cooperation_modes: demand
            .cooperation_modes
            .iter()
            .take(1 + number % 2)
            .copied()
            .collect(),
        asean_partnership: AseanPartnership {
            agreements: agreement
                .iter()
                .map(|evidence| PartnershipEvidence {
                    partner: demand.demand_side.name.clone(),
                    country: demand.demand_side.country,
                    summary: text("已签署合作备忘录", "Memorandum of understanding signed"),
                    since: Some(date(2023, 9, 1)),
                    evidence: Some(evidence.clone()),
                })
                .collect(),
            deployments: if number.is_multiple_of(3) {
                vec![PartnershipEvidence {
                    partner: demand.demand_side.name.clone(),
                    country: demand.demand_side.country,
                    summary: text(
                        "相关产品已在当地试点部署",
                        "A related product is piloted locally",
                    ),
                    since: Some(date(2024, 4, 1)),
                    evidence: None,
                }]
            } else {
                vec![]
            },
            local_teams: vec![],
        },
        relation_declaration: RelationDeclaration {
            statement: if relations.is_empty() {
                text(
                    "揭榜方与需求方不存在关联关系。",
                    "The applicant has no relation with the demand side.",
                )
            } else {
                text(
                    "揭榜方持有需求方关联企业股权。",
                    "The applicant holds equity in an affiliate of the demand side.",
                )
            },
            relations,
            signed_declaration: None,
        },
        business_licence: Some(licence),
    };
    (application, attachments)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verdicts(document: &AgencyDocument) -> Vec<Vec<checklist::Verdict>> {
        document
            .applications
            .iter()
            .map(|a| {
                let found = checklist::check(&document.call, a);
                found
                    .hard_rules
                    .iter()
                    .chain(&found.priorities)
                    .map(|f| f.verdict)
                    .collect()
            })
            .collect()
    }

    #[test]
    fn a_demo_made_today_is_open_for_pre_review_and_reads_as_the_reference() {
        let today = date(2026, 12, 2);
        let dated = generate_on(DEMO_SEED, 1, today);
        let reference = generate(DEMO_SEED, 1);
        assert!(dated.call.discussion.allow_revision && dated.call.discussion.share_reasons);
        assert_eq!(dated.call.application_deadline, date(2026, 12, 1));
        assert_eq!(dated.call.pre_review_due, Some(date(2026, 12, 16)));
        let (submitted, closed) = (
            dated.applications[0].submitted_on,
            dated.call.application_deadline,
        );
        assert!(submitted < closed);
        assert_eq!(verdicts(&dated), verdicts(&reference));
        assert_eq!(
            generate_json_on(DEMO_SEED, 1, today),
            generate_json_on(DEMO_SEED, 1, today),
            "the same day gives the same bytes"
        );
    }
}

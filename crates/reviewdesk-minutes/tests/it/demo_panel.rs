//! The demo call's panel, as the minutes tests use it: every application of
//! the demo call with its real formal-review verdict, scored by five demo
//! experts with deterministic scores, one recusal and one veto.

use std::collections::BTreeMap;

use reviewdesk_domain::LocalizedText;
use reviewdesk_domain::checklist::{self, Verdict};
use reviewdesk_domain::panel::{self, AggregationRule, Applicant, ExpertScore};
use reviewdesk_domain::rubric::Points;
use reviewdesk_minutes::minutes::{DemandMinutes, ExpertEntry, Meeting, Minutes};

pub const EXPERTS: usize = 5;

/// A score in half points between 55 and 97, different for each pair.
fn synthetic(application: usize, expert: usize, salt: usize) -> Points {
    let half_points = 110 + (application * 37 + expert * 23 + salt * 11) % 85;
    Points::new(i64::try_from(half_points * 5).unwrap_or(0), 1)
}

pub fn demo_minutes(scale: usize, experts: usize) -> Minutes {
    let document = reviewdesk_demo::generate(reviewdesk_demo::DEMO_SEED, scale);
    panel_minutes(document, experts)
}

/// The minutes of a panel of `experts` over the first `applications` of a
/// demo call large enough to hold them.
#[allow(dead_code, reason = "used by the minutes benchmark")]
pub fn sized_minutes(applications: usize, experts: usize) -> Minutes {
    let mut document =
        reviewdesk_demo::generate(reviewdesk_demo::DEMO_SEED, applications.div_ceil(26));
    document.applications.truncate(applications);
    let used: std::collections::BTreeSet<reviewdesk_domain::DemandId> = document
        .applications
        .iter()
        .map(|a| a.demand_id.clone())
        .collect();
    document.demands.retain(|d| used.contains(&d.id));
    panel_minutes(document, experts)
}

fn panel_minutes(document: reviewdesk_domain::AgencyDocument, experts: usize) -> Minutes {
    let rubric = reviewdesk_domain::default_rubrics::pre_review();
    let rule = AggregationRule::default();
    let panel: Vec<&reviewdesk_domain::Expert> =
        document.experts.iter().cycle().take(experts).collect();
    let expert_ids: Vec<reviewdesk_domain::ExpertId> = (0..experts)
        .map(|i| {
            if i < document.experts.len() {
                panel[i].id.clone()
            } else {
                format!("X{i:02}").into()
            }
        })
        .collect();
    let thresholds = BTreeMap::new();
    let mut demands = Vec::new();
    let mut application_index = 0;
    for demand in &document.demands {
        let mut applicants = Vec::new();
        let mut leads = BTreeMap::new();
        let mut opinions = BTreeMap::new();
        for application in document
            .applications
            .iter()
            .filter(|a| a.demand_id == demand.id)
        {
            application_index += 1;
            let passed = checklist::check(&document.call, application).count(Verdict::Pass) == 11;
            let scores: Vec<ExpertScore> = expert_ids
                .iter()
                .enumerate()
                .map(|(e, expert_id)| {
                    let recused = application_index == 2 && e == 1;
                    ExpertScore {
                        expert_id: expert_id.clone(),
                        recused,
                        overall: (!recused).then(|| synthetic(application_index, e, 0)),
                        criteria: rubric
                            .criteria
                            .iter()
                            .enumerate()
                            .map(|(c, criterion)| {
                                (criterion.id.clone(), synthetic(application_index, e, c + 1))
                            })
                            .filter(|_| !recused)
                            .collect(),
                        vetoes: if application_index == 5 && e == 0 {
                            vec!["export-restricted".into()]
                        } else {
                            vec![]
                        },
                    }
                })
                .collect();
            opinions.insert(
                application.id.clone(),
                scores
                    .iter()
                    .filter(|s| !s.recused)
                    .take(2)
                    .map(|s| {
                        (
                            s.expert_id.clone(),
                            format!("{}: the partnership base and delivery plan were weighed against the demand.", application.id),
                        )
                    })
                    .collect(),
            );
            leads.insert(application.id.clone(), application.lead.name.clone());
            applicants.push(Applicant {
                application_id: application.id.clone(),
                passed_formal_review: passed,
                assigned_experts: expert_ids.clone(),
                scores,
                panel_votes: None,
            });
        }
        let result = panel::decide(&applicants, &rule, &thresholds);
        demands.push(DemandMinutes {
            id: demand.id.clone(),
            title: demand.title.clone(),
            demand_side: demand.demand_side.name.clone(),
            leads,
            applicants,
            result,
            opinions,
            chair_note: String::new(),
        });
    }
    Minutes {
        call_id: document.call.id.clone(),
        call_title: document.call.title.clone(),
        meeting: Meeting {
            date: "2025-12-03".into(),
            place: Some("南宁 Nanning, 广西科技厅 3 号会议室".into()),
            chair: expert_ids[0].to_string(),
            staff: vec!["韦晓玲 Wei Xiaoling".into()],
        },
        rule,
        criteria: rubric
            .criteria
            .iter()
            .map(|c| (c.id.clone(), c.title.clone()))
            .collect(),
        demands,
        experts: expert_ids
            .iter()
            .enumerate()
            .map(|(i, id)| {
                let known = document.experts.get(i);
                ExpertEntry {
                    id: id.clone(),
                    name: known.map_or_else(
                        || LocalizedText::new([("en", id.as_str())]),
                        |e| e.name.clone(),
                    ),
                    organisation: known.map_or_else(
                        || LocalizedText::new([("en", "Panel")]),
                        |e| e.organisation.clone(),
                    ),
                    key_fingerprint: format!("{:064x}", i as u128 * 0x9e37_79b9_7f4a_7c15 + 1),
                    packages: vec![format!("{:064x}", i as u128 * 0x5851_f42d_4c95_7f2d + 7)],
                }
            })
            .collect(),
    }
}

/// Every text the minutes of `minutes` must contain.
pub fn expected_texts(minutes: &Minutes) -> Vec<String> {
    let mut texts = vec![minutes.call_id.to_string()];
    for demand in &minutes.demands {
        texts.push(demand.id.to_string());
        texts.extend(demand.demand_side.all_text().map(str::to_owned));
        for lead in demand.leads.values() {
            texts.extend(lead.all_text().map(str::to_owned));
        }
        for applicant in &demand.applicants {
            for score in &applicant.scores {
                if let Some(overall) = score.overall {
                    texts.push(overall.to_string());
                }
            }
        }
        for result in &demand.result.applicants {
            if let Some(overall) = &result.overall {
                texts.push(overall.value.to_string());
            }
            texts.extend(result.criteria.values().map(|a| a.value.to_string()));
        }
    }
    for expert in &minutes.experts {
        texts.extend(expert.name.all_text().map(str::to_owned));
    }
    texts.sort();
    texts.dedup();
    texts
}

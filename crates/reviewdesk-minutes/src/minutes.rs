//! The review minutes (评审会议纪要): what the panel met on and how it
//! decided, per demand — the applicants, each expert's score, the
//! aggregation rule applied, the ranking and the conclusion, a digest of the
//! experts' opinions — and the experts' signatures with their key
//! fingerprints and package digests. Bilingual: every label in Chinese and
//! English, from `locales/*/minutes.ftl`; names as written, in every script.

use std::collections::BTreeMap;
use std::path::Path;

use reviewdesk_domain::panel::{
    AggregationMethod, AggregationRule, Applicant, DemandOutcome, DemandResult, Exclusion, RankBy,
    TieBreak, VetoRule,
};
use reviewdesk_domain::rubric::Points;
use reviewdesk_domain::{ApplicationId, CallId, DemandId, ExpertId, LocalizedText};
use reviewdesk_i18n::Language;
use serde::{Deserialize, Serialize};
use sha2::{Digest as _, Sha256};

use crate::fonts::{self, FontError};
use crate::layout::{Align, BODY, Column, SMALL, Writer};
use crate::text::Fonts;
use crate::{Labels, names};

/// Everything the minutes say.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Minutes {
    pub call_id: CallId,
    pub call_title: LocalizedText,
    pub meeting: Meeting,
    pub rule: AggregationRule,
    /// The rubric's criteria, in order: id and title.
    pub criteria: Vec<(String, LocalizedText)>,
    pub demands: Vec<DemandMinutes>,
    /// Every expert of the panel, in the order they sign.
    pub experts: Vec<ExpertEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meeting {
    /// ISO date.
    pub date: String,
    /// The room, or `None` for an online meeting.
    pub place: Option<String>,
    /// The chair's expert id.
    pub chair: String,
    pub staff: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DemandMinutes {
    pub id: DemandId,
    pub title: LocalizedText,
    pub demand_side: LocalizedText,
    /// Application id → the lead applicant's name.
    pub leads: BTreeMap<ApplicationId, LocalizedText>,
    /// The panel's input: every applicant with each expert's score.
    pub applicants: Vec<Applicant>,
    pub result: DemandResult,
    /// Application id → (expert id, opinion), for the digest.
    pub opinions: BTreeMap<ApplicationId, Vec<(ExpertId, String)>>,
    pub chair_note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExpertEntry {
    pub id: ExpertId,
    pub name: LocalizedText,
    pub organisation: LocalizedText,
    /// SHA-256 (hex) of the expert's public signing key.
    pub key_fingerprint: String,
    /// SHA-256 (hex) of each score package of theirs the minutes rest on.
    pub packages: Vec<String>,
}

/// The names of the files a signed minutes PDF carries: the content the
/// panel signed, and the agency's seal of its digest and signatures.
pub const CONTENT_ATTACHMENT: &str = "reviewdesk-minutes.json";
pub const SEAL_ATTACHMENT: &str = "reviewdesk-minutes-seal.json";

impl Minutes {
    /// The content as the panel signs it: its JSON, these very bytes.
    pub fn content_bytes(&self) -> Vec<u8> {
        // Plain data of strings, numbers and maps with string keys cannot
        // fail to serialize.
        serde_json::to_vec(self).unwrap_or_default()
    }

    /// SHA-256 (hex) of the minutes' content: what the footer names, so a
    /// printed copy can be matched to the data it came from.
    pub fn content_hash(&self) -> String {
        hex::encode(Sha256::digest(self.content_bytes()))
    }
}

/// How the panel signed the minutes, for the signatures' table: every
/// signature here was checked against the expert's enrolled key and the
/// content's digest before it is printed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Signing {
    /// Expert id → when they signed (RFC 3339).
    pub signed: BTreeMap<ExpertId, String>,
}

fn score(points: Option<Points>) -> String {
    points.map_or_else(|| "—".to_owned(), |p| p.to_string())
}

/// An aggregate at the rule's precision, trailing zeros kept ("86.00").
fn aggregate(points: Option<Points>, precision: u32) -> String {
    points.map_or_else(
        || "—".to_owned(),
        |p| {
            let mut value = p.0;
            value.rescale(precision);
            value.to_string()
        },
    )
}

/// Renders the minutes in Chinese and `second`, with room for handwritten
/// signatures; `assets` is the folder of shipped fonts.
pub fn render(minutes: &Minutes, assets: &Path, second: Language) -> Result<Vec<u8>, FontError> {
    render_signed(minutes, None, assets, second)
}

/// Renders the minutes, listing the panel's verified signatures (`signing`)
/// when the chair fixed them for signing.
pub fn render_signed(
    minutes: &Minutes,
    signing: Option<&Signing>,
    assets: &Path,
    second: Language,
) -> Result<Vec<u8>, FontError> {
    let fonts = Fonts::new(fonts::load(assets)?);
    let labels = Labels::new(second);
    let mut writer = Writer::new(&fonts);
    let expert_name = |id: &str| {
        minutes
            .experts
            .iter()
            .find(|e| e.id == id)
            .map_or_else(|| id.to_owned(), |e| names(&e.name))
    };

    writer.paragraph(&names(&minutes.call_title), 13.0, 0.0, true);
    for line in labels.lines("minutes-title", &[]) {
        writer.paragraph(&line, 18.0, 0.0, true);
    }
    writer.paragraph(&labels.both("minutes-subtitle", &[]), BODY, 0.0, true);
    writer.space(8.0);

    writer.heading(&labels.both("minutes-section-meeting", &[]), 12.0, 60.0);
    let members: Vec<String> = minutes.experts.iter().map(|e| names(&e.name)).collect();
    writer.fields(
        &[
            (
                labels.both("minutes-call", &[]),
                minutes.call_id.to_string(),
            ),
            (
                labels.both("minutes-date", &[]),
                minutes.meeting.date.clone(),
            ),
            (
                labels.both("minutes-place", &[]),
                minutes
                    .meeting
                    .place
                    .clone()
                    .unwrap_or_else(|| labels.both("minutes-online", &[])),
            ),
            (
                labels.both("minutes-chair", &[]),
                expert_name(&minutes.meeting.chair),
            ),
            (labels.both("minutes-members", &[]), members.join("；")),
            (
                labels.both("minutes-staff", &[]),
                minutes.meeting.staff.join("；"),
            ),
        ],
        0.28,
    );

    writer.heading(&labels.both("minutes-section-rule", &[]), 12.0, 60.0);
    for line in rule_lines(&minutes.rule, &minutes.criteria, &labels) {
        writer.paragraph(&line, BODY, 0.0, false);
    }

    writer.heading(&labels.both("minutes-section-recusals", &[]), 12.0, 40.0);
    let recusals: Vec<(String, String)> = minutes
        .demands
        .iter()
        .flat_map(|d| &d.applicants)
        .flat_map(|a| {
            a.scores
                .iter()
                .filter(|s| s.recused)
                .map(|s| (expert_name(&s.expert_id), a.application_id.to_string()))
        })
        .collect();
    if recusals.is_empty() {
        for line in labels.lines("minutes-no-recusals", &[]) {
            writer.paragraph(&line, BODY, 0.0, false);
        }
    }
    for (expert, application) in recusals {
        for line in labels.lines(
            "minutes-recusal",
            &[("expert", expert), ("application", application)],
        ) {
            writer.paragraph(&line, BODY, 0.0, false);
        }
    }

    // Kept with the first demand's heading and tables, not left at a page's foot.
    writer.heading(&labels.both("minutes-section-demands", &[]), 12.0, 260.0);
    for demand in &minutes.demands {
        demand_section(&mut writer, demand, minutes, &labels, &expert_name);
    }

    crate::calibration::section(&mut writer, minutes, &labels, &expert_name);

    writer.heading(&labels.both("minutes-section-signatures", &[]), 12.0, 80.0);
    if let Some(signing) = signing {
        let args = [
            ("signed", signing.signed.len().to_string()),
            ("experts", minutes.experts.len().to_string()),
            ("call", minutes.call_id.to_string()),
        ];
        for line in labels.lines("minutes-signed-summary", &args) {
            writer.paragraph(&line, SMALL, 0.0, false);
        }
        writer.space(4.0);
    }
    let columns = [
        Column::new(
            labels.both("minutes-signature-expert", &[]),
            2.2,
            Align::Left,
        ),
        Column::new(labels.both("minutes-signature-key", &[]), 2.4, Align::Left),
        Column::new(
            labels.both("minutes-signature-package", &[]),
            2.4,
            Align::Left,
        ),
        Column::new(labels.both("minutes-signature-sign", &[]), 1.6, Align::Left),
    ];
    let rows: Vec<Vec<String>> = minutes
        .experts
        .iter()
        .map(|e| {
            vec![
                format!("{}\n{}", names(&e.name), names(&e.organisation)),
                grouped(&e.key_fingerprint),
                e.packages
                    .iter()
                    .map(|p| grouped(p))
                    .collect::<Vec<_>>()
                    .join("\n"),
                signing.and_then(|s| s.signed.get(&e.id)).map_or_else(
                    || "\n\n".to_owned(),
                    |at| {
                        labels
                            .lines("minutes-signed-verified", &[("at", at.clone())])
                            .join("\n")
                    },
                ),
            ]
        })
        .collect();
    writer.table(&columns, &rows, SMALL);

    let title = format!(
        "{} — {}",
        minutes.call_id,
        labels.second.format("minutes-title", &[])
    );
    crate::finish(writer, &fonts, &labels, &minutes.content_hash(), &title)
}

/// A hex digest in groups of four, so it can be read out and compared.
pub(crate) fn grouped(hex: &str) -> String {
    hex.as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The rule as sentences, Chinese then English.
fn rule_lines(
    rule: &AggregationRule,
    criteria: &[(String, LocalizedText)],
    labels: &Labels,
) -> Vec<String> {
    let method = match rule.method {
        AggregationMethod::Mean => "minutes-method-mean",
        AggregationMethod::TrimmedMean => "minutes-method-trimmed_mean",
        AggregationMethod::Median => "minutes-method-median",
    };
    let mut sentences: Vec<(String, Vec<(&str, String)>)> = vec![
        (
            method.into(),
            vec![("min", rule.trim_min_scores_applied().to_string())],
        ),
        (
            "minutes-precision".into(),
            vec![("places", rule.precision.to_string())],
        ),
    ];
    if let Some(range) = rule.discuss_range {
        sentences.push((
            "minutes-discuss-range".into(),
            vec![("range", range.to_string())],
        ));
    }
    if let Some(value) = rule.discuss_std_dev {
        sentences.push((
            "minutes-discuss-std-dev".into(),
            vec![("value", value.to_string())],
        ));
    }
    if let Some(mark) = rule.pass_mark {
        sentences.push(("minutes-pass-mark".into(), vec![("mark", mark.to_string())]));
    }
    sentences.push((
        match rule.veto {
            VetoRule::Any => "minutes-veto-any",
            VetoRule::Majority => "minutes-veto-majority",
        }
        .into(),
        vec![],
    ));
    if rule.rank_by == RankBy::Normalised {
        sentences.push(("minutes-rank-by-normalised".into(), vec![]));
    }
    let mut lines = Vec::new();
    for (id, args) in &sentences {
        lines.extend(labels.lines(id, args));
    }
    if !rule.tie_break.is_empty() {
        for (localizer, tag, separator) in [
            (&labels.zh, "zh-CN", "，"),
            (&labels.second, labels.second_tag(), ", "),
        ] {
            let chain: Vec<String> = rule
                .tie_break
                .iter()
                .map(|step| match step {
                    TieBreak::Criterion { criterion_id } => {
                        let title = criteria
                            .iter()
                            .find(|(id, _)| id == criterion_id)
                            .map_or(criterion_id.as_str(), |(_, t)| t.best_for(tag));
                        localizer
                            .format("minutes-tie-criterion", &[("criterion", title.to_owned())])
                    }
                    TieBreak::PanelVote => localizer.format("minutes-tie-vote", &[]),
                })
                .collect();
            lines.push(localizer.format("minutes-tie-break", &[("chain", chain.join(separator))]));
        }
    }
    lines.extend(labels.lines("minutes-rules", &[]));
    lines
}

fn demand_section(
    writer: &mut Writer<'_>,
    demand: &DemandMinutes,
    minutes: &Minutes,
    labels: &Labels,
    expert_name: &dyn Fn(&str) -> String,
) {
    let title_args = |lang: &str| {
        vec![
            ("id", demand.id.to_string()),
            ("title", demand.title.best_for(lang).to_owned()),
        ]
    };
    writer.heading(
        &format!(
            "{}\n{}",
            labels.zh.format("minutes-demand", &title_args("zh-CN")),
            labels
                .second
                .format("minutes-demand", &title_args(labels.second_tag()))
        ),
        11.0,
        120.0,
    );
    writer.fields(
        &[(
            labels.both("minutes-demand-side", &[]),
            names(&demand.demand_side),
        )],
        0.28,
    );
    let lead = |id: &str| {
        demand
            .leads
            .get(id)
            .map_or_else(|| id.to_owned(), |name| format!("{id} {}", names(name)))
    };

    // Each expert's overall score, applicants across.
    writer.paragraph(
        &labels.both("minutes-scores-by-expert", &[]),
        BODY,
        0.0,
        false,
    );
    let mut columns = vec![Column::new(
        labels.both("minutes-expert", &[]),
        2.4,
        Align::Left,
    )];
    columns.extend(
        demand
            .applicants
            .iter()
            .map(|a| Column::new(a.application_id.to_string(), 1.0, Align::Right)),
    );
    let mut experts: Vec<&ExpertId> = demand
        .applicants
        .iter()
        .flat_map(|a| {
            a.assigned_experts
                .iter()
                .chain(a.scores.iter().map(|s| &s.expert_id))
        })
        .collect();
    experts.sort();
    experts.dedup();
    let recused = labels.both("minutes-recused", &[]);
    let missing = labels.both("minutes-missing", &[]);
    let rows: Vec<Vec<String>> = experts
        .iter()
        .map(|expert| {
            let mut row = vec![format!("{expert} {}", expert_name(expert))];
            row.extend(demand.applicants.iter().map(|a| {
                match a.scores.iter().find(|s| s.expert_id == *expert) {
                    Some(s) if s.recused => recused.clone(),
                    Some(s) => score(s.overall),
                    None if a.assigned_experts.contains(*expert) => missing.clone(),
                    None => String::new(),
                }
            }));
            row
        })
        .collect();
    writer.table(&columns, &rows, SMALL);

    // The aggregated result, in ranking order.
    writer.paragraph(&labels.both("minutes-result", &[]), BODY, 0.0, false);
    let mut columns = vec![
        Column::new(labels.both("minutes-rank", &[]), 0.7, Align::Center),
        Column::new(labels.both("minutes-application", &[]), 2.3, Align::Left),
    ];
    columns.extend(
        minutes
            .criteria
            .iter()
            .map(|(_, title)| Column::new(labels.title(title, "\n"), 1.35, Align::Right)),
    );
    columns.push(Column::new(
        labels.both("minutes-overall", &[]),
        1.0,
        Align::Right,
    ));
    columns.push(Column::new(
        labels.both("minutes-status", &[]),
        2.6,
        Align::Left,
    ));
    let rows: Vec<Vec<String>> = demand
        .result
        .applicants
        .iter()
        .map(|result| {
            let mut row = vec![
                result.rank.map(|r| r.to_string()).unwrap_or_default(),
                lead(&result.application_id),
            ];
            let precision = minutes.rule.precision;
            row.extend(
                minutes
                    .criteria
                    .iter()
                    .map(|(id, _)| aggregate(result.criteria.get(id).map(|a| a.value), precision)),
            );
            row.push(aggregate(
                result.overall.as_ref().map(|a| a.value),
                precision,
            ));
            let mut cell = status(result.exclusion.as_ref(), result.discuss, minutes, labels);
            if let Some(overall) = &result.overall {
                cell.push('\n');
                cell.push_str(&applied(overall, labels));
            }
            row.push(cell);
            row
        })
        .collect();
    writer.table(&columns, &rows, SMALL);

    let outcome = match &demand.result.outcome {
        DemandOutcome::StraightToSigning { application_id } => (
            "minutes-outcome-straight_to_signing",
            vec![("application", lead(application_id))],
        ),
        DemandOutcome::Selected { application_id } => (
            "minutes-outcome-selected",
            vec![("application", lead(application_id))],
        ),
        DemandOutcome::TieUnresolved { application_ids } => (
            if minutes.rule.decides_ties_by_vote() {
                "minutes-outcome-tie_unresolved"
            } else {
                "minutes-outcome-tie_unresolved-no-vote"
            },
            vec![(
                "applications",
                application_ids
                    .iter()
                    .map(|id| lead(id))
                    .collect::<Vec<_>>()
                    .join(", "),
            )],
        ),
        DemandOutcome::AwaitingScores => ("minutes-outcome-awaiting_scores", vec![]),
        DemandOutcome::NoneSelectable => ("minutes-outcome-none_selectable", vec![]),
    };
    for line in labels.lines(outcome.0, &outcome.1) {
        writer.paragraph(&line, BODY, 0.0, false);
    }
    if !demand.chair_note.is_empty() {
        writer.paragraph(
            &format!(
                "{}: {}",
                labels.both("minutes-chair-note", &[]),
                demand.chair_note
            ),
            BODY,
            0.0,
            false,
        );
    }
    if demand.opinions.values().any(|o| !o.is_empty()) {
        writer.paragraph(&labels.both("minutes-comments", &[]), BODY, 0.0, false);
        for (application, opinions) in &demand.opinions {
            writer.paragraph(&lead(application), SMALL + 0.5, 8.0, false);
            for (expert, opinion) in opinions {
                writer.paragraph(
                    &format!("{}: {opinion}", expert_name(expert)),
                    SMALL,
                    16.0,
                    false,
                );
            }
        }
    }
    writer.space(6.0);
}

/// How an applicant's overall score was aggregated: the method actually
/// applied (the plain mean when a trimmed mean had too few scores), how many
/// scores counted and which were dropped.
fn applied(aggregate: &reviewdesk_domain::panel::Aggregate, labels: &Labels) -> String {
    let counted = aggregate.counted.to_string();
    match (aggregate.method, aggregate.dropped) {
        (AggregationMethod::TrimmedMean, Some((high, low))) => labels.both(
            "minutes-applied-trimmed_mean",
            &[
                ("counted", counted),
                ("high", high.to_string()),
                ("low", low.to_string()),
            ],
        ),
        (AggregationMethod::Median, _) => {
            labels.both("minutes-applied-median", &[("counted", counted)])
        }
        _ => labels.both("minutes-applied-mean", &[("counted", counted)]),
    }
}

fn status(
    exclusion: Option<&Exclusion>,
    discuss: bool,
    minutes: &Minutes,
    labels: &Labels,
) -> String {
    let criterion = |id: &str| {
        minutes
            .criteria
            .iter()
            .find(|(c, _)| c == id)
            .map_or_else(|| id.to_owned(), |(_, t)| labels.title(t, " "))
    };
    match exclusion {
        None if discuss => labels.both("minutes-status-discuss", &[]),
        None => labels.both("minutes-status-ranked", &[]),
        Some(Exclusion::FailedFormalReview) => {
            labels.both("minutes-status-failed_formal_review", &[])
        }
        Some(Exclusion::NoScores) => labels.both("minutes-status-no_scores", &[]),
        Some(Exclusion::Vetoed { vetoes }) => {
            labels.both("minutes-status-vetoed", &[("vetoes", vetoes.join(", "))])
        }
        Some(Exclusion::BelowPassMark { .. }) => labels.both("minutes-status-below_pass_mark", &[]),
        Some(Exclusion::BelowThreshold { criterion_id, .. }) => labels.both(
            "minutes-status-below_threshold",
            &[("criterion", criterion(criterion_id))],
        ),
    }
}

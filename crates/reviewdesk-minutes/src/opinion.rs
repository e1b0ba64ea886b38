//! The individual expert opinion form (专家个人评审意见表): one expert's
//! submitted sheets as they signed them — for each application the
//! declaration, every sub-item's score with its reason, the criterion and
//! overall totals, the vetoes, the recommendation and the written opinion —
//! with the expert's key fingerprint and a line to sign on.

use std::path::Path;

use reviewdesk_domain::rubric::{OverallRecommendation, Rubric};
use reviewdesk_domain::scores::PackagedSheet;
use reviewdesk_domain::sheet::Declaration;
use reviewdesk_domain::{ApplicationId, CallId, LocalizedText};
use reviewdesk_i18n::Language;
use serde::Serialize;
use sha2::{Digest as _, Sha256};

use crate::fonts::{self, FontError};
use crate::layout::{Align, BODY, Column, SMALL, Writer};
use crate::minutes::ExpertEntry;
use crate::text::Fonts;
use crate::{Labels, names};

/// What one expert's form shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OpinionForm {
    pub call_id: CallId,
    pub call_title: LocalizedText,
    pub expert: ExpertEntry,
    pub rubric: Rubric,
    /// (application id, lead applicant's name, the sheet as submitted).
    pub sheets: Vec<(ApplicationId, LocalizedText, PackagedSheet)>,
}

impl OpinionForm {
    pub fn content_hash(&self) -> String {
        hex::encode(Sha256::digest(serde_json::to_vec(self).unwrap_or_default()))
    }
}

/// Renders the form in Chinese and `second`; `assets` is the folder of
/// shipped fonts.
pub fn render(form: &OpinionForm, assets: &Path, second: Language) -> Result<Vec<u8>, FontError> {
    let fonts = Fonts::new(fonts::load(assets)?);
    let labels = Labels::new(second);
    let mut writer = Writer::new(&fonts);
    let rubric = &form.rubric;

    writer.paragraph(&names(&form.call_title), 13.0, 0.0, true);
    for line in labels.lines("opinion-title", &[]) {
        writer.paragraph(&line, 18.0, 0.0, true);
    }
    writer.space(8.0);
    writer.fields(
        &[
            (labels.both("minutes-call", &[]), form.call_id.to_string()),
            (
                labels.both("minutes-expert", &[]),
                format!("{} {}", form.expert.id, names(&form.expert.name)),
            ),
            (
                labels.both("opinion-organisation", &[]),
                names(&form.expert.organisation),
            ),
            (
                labels.both("minutes-signature-key", &[]),
                crate::minutes::grouped(&form.expert.key_fingerprint),
            ),
        ],
        0.28,
    );

    for (application_id, lead, sheet) in &form.sheets {
        writer.heading(&format!("{application_id} {}", names(lead)), 11.0, 120.0);
        let declaration = match &sheet.input.declaration {
            Some(Declaration::Conflict { details, .. }) => {
                labels.both("opinion-declared-conflict", &[("details", details.clone())])
            }
            _ => labels.both("opinion-no-conflict", &[]),
        };
        writer.fields(
            &[
                (labels.both("opinion-declaration", &[]), declaration),
                (
                    labels.both("opinion-submitted", &[]),
                    format!("{} (v{})", sheet.submitted_at, sheet.version),
                ),
            ],
            0.28,
        );
        if sheet.recused {
            continue;
        }
        let columns = [
            Column::new(labels.both("opinion-item", &[]), 3.2, Align::Left),
            Column::new(labels.both("opinion-score", &[]), 1.0, Align::Right),
            Column::new(labels.both("opinion-reason", &[]), 3.6, Align::Left),
        ];
        let mut rows = Vec::new();
        for (criterion, total) in rubric.criteria.iter().zip(
            sheet
                .totals
                .iter()
                .flat_map(|t| t.criteria.iter().map(Some))
                .chain(std::iter::repeat(None)),
        ) {
            rows.push(vec![
                labels.title(&criterion.title, " "),
                total
                    .and_then(|t| t.score)
                    .map(|s| s.to_string())
                    .unwrap_or_default(),
                String::new(),
            ]);
            for item in &criterion.items {
                rows.push(vec![
                    format!("    {}", labels.title(&item.title, " ")),
                    sheet
                        .input
                        .scores
                        .get(&item.id)
                        .map(ToString::to_string)
                        .unwrap_or_else(|| "—".into()),
                    sheet
                        .input
                        .comments
                        .get(&item.id)
                        .cloned()
                        .unwrap_or_default(),
                ]);
            }
        }
        rows.push(vec![
            labels.both("minutes-overall", &[]),
            sheet
                .totals
                .as_ref()
                .and_then(|t| t.overall)
                .map(|s| s.to_string())
                .unwrap_or_default(),
            String::new(),
        ]);
        writer.table(&columns, &rows, SMALL);
        let vetoes: Vec<String> = rubric
            .vetoes
            .iter()
            .filter(|v| sheet.input.vetoes.get(&v.id).copied().unwrap_or(false))
            .map(|v| labels.title(&v.title, " "))
            .collect();
        let recommendation = sheet.input.recommendation.map(|r| match r {
            OverallRecommendation::Recommend => "recommendation-recommend",
            OverallRecommendation::RecommendWithConditions => {
                "recommendation-recommend_with_conditions"
            }
            OverallRecommendation::DoNotRecommend => "recommendation-do_not_recommend",
        });
        writer.fields(
            &[
                (
                    labels.both("opinion-vetoes", &[]),
                    if vetoes.is_empty() {
                        labels.both("opinion-no-vetoes", &[])
                    } else {
                        vetoes.join("；")
                    },
                ),
                (
                    labels.both("opinion-recommendation", &[]),
                    recommendation
                        .map(|id| labels.both(id, &[]))
                        .unwrap_or_default(),
                ),
                (
                    labels.both("opinion-opinion", &[]),
                    sheet.input.opinion.clone(),
                ),
            ],
            0.28,
        );
    }

    writer.space(24.0);
    writer.paragraph(&labels.both("opinion-sign", &[]), BODY, 0.0, false);

    let title = format!(
        "{} — {}",
        form.expert.id,
        labels.second.format("opinion-title", &[])
    );
    crate::finish(writer, &fonts, &labels, &form.content_hash(), &title)
}

//! The score matrix as CSV, for Excel and WPS: UTF-8 with a byte-order mark
//! (without it both read Chinese as mojibake), one row per expert and
//! applicant with the criterion scores and the overall score, then one
//! aggregate row per applicant with its rank and status. Lines end in CRLF,
//! as Excel on Windows writes and expects them.

use reviewdesk_i18n::Language;

use crate::Labels;
use crate::minutes::Minutes;

/// The CSV bytes of the minutes' score matrix, headed in Chinese and `second`.
pub fn csv(minutes: &Minutes, second: Language) -> Vec<u8> {
    let labels = Labels::new(second);
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(b"\xEF\xBB\xBF".to_vec());
    let mut header = vec![
        labels.both("matrix-demand", &[]),
        labels.both("minutes-application", &[]),
        labels.both("matrix-lead", &[]),
        labels.both("minutes-expert", &[]),
        labels.both("minutes-recused", &[]),
    ];
    header.extend(
        minutes
            .criteria
            .iter()
            .map(|(_, title)| labels.title(title, " ")),
    );
    header.push(labels.both("minutes-overall", &[]));
    header.push(labels.both("minutes-rank", &[]));
    // Writing into memory cannot fail.
    let _ = writer.write_record(&header);
    let aggregate_row = labels.both("matrix-aggregate", &[]);
    let yes = labels.both("matrix-yes", &[]);
    for demand in &minutes.demands {
        for applicant in &demand.applicants {
            let lead = demand
                .leads
                .get(&applicant.application_id)
                .map(crate::names)
                .unwrap_or_default();
            for score in &applicant.scores {
                let mut row = vec![
                    demand.id.to_string(),
                    applicant.application_id.to_string(),
                    lead.clone(),
                    score.expert_id.to_string(),
                    if score.recused {
                        yes.clone()
                    } else {
                        String::new()
                    },
                ];
                row.extend(minutes.criteria.iter().map(|(id, _)| {
                    score
                        .criteria
                        .get(id)
                        .map(ToString::to_string)
                        .unwrap_or_default()
                }));
                row.push(score.overall.map(|o| o.to_string()).unwrap_or_default());
                row.push(String::new());
                let _ = writer.write_record(&row);
            }
            if let Some(result) = demand
                .result
                .applicants
                .iter()
                .find(|r| r.application_id == applicant.application_id)
            {
                let mut row = vec![
                    demand.id.to_string(),
                    applicant.application_id.to_string(),
                    lead.clone(),
                    aggregate_row.clone(),
                    String::new(),
                ];
                row.extend(minutes.criteria.iter().map(|(id, _)| {
                    result
                        .criteria
                        .get(id)
                        .map(|a| a.value.to_string())
                        .unwrap_or_default()
                }));
                row.push(
                    result
                        .overall
                        .as_ref()
                        .map(|a| a.value.to_string())
                        .unwrap_or_default(),
                );
                row.push(result.rank.map(|r| r.to_string()).unwrap_or_default());
                let _ = writer.write_record(&row);
            }
        }
    }
    writer.into_inner().unwrap_or_default()
}

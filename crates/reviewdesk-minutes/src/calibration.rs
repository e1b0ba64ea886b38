//! The minutes' calibration section: each expert's leniency, per demand the
//! ranking on normalised scores beside the ranking by the call's rule and
//! Kendall's W, and ICC(2,k) across the panel — computed from the same
//! applicants and scores the demands print, so the content digest covers it.

use reviewdesk_domain::calibration::{Agreement, Calibration, calibrate};

use crate::Labels;
use crate::layout::{Align, BODY, Column, SMALL, Writer};
use crate::minutes::Minutes;

/// The panel's calibration, as the minutes print it.
pub fn of(minutes: &Minutes) -> Calibration {
    let demands: Vec<_> = minutes
        .demands
        .iter()
        .map(|d| (d.id.clone(), d.applicants.clone()))
        .collect();
    calibrate(&demands)
}

pub(crate) fn section(
    writer: &mut Writer<'_>,
    minutes: &Minutes,
    labels: &Labels,
    expert_name: &dyn Fn(&str) -> String,
) {
    let calibration = of(minutes);
    writer.heading(
        &labels.both("minutes-section-calibration", &[]),
        12.0,
        120.0,
    );
    for line in labels.lines("minutes-calibration-note", &[]) {
        writer.paragraph(&line, BODY, 0.0, false);
    }

    let columns = [
        Column::new(labels.both("minutes-expert", &[]), 2.6, Align::Left),
        Column::new(
            labels.both("minutes-calibration-scored", &[]),
            1.0,
            Align::Right,
        ),
        Column::new(
            labels.both("minutes-calibration-mean", &[]),
            1.0,
            Align::Right,
        ),
        Column::new(
            labels.both("minutes-calibration-offset", &[]),
            1.2,
            Align::Right,
        ),
    ];
    let rows: Vec<Vec<String>> = calibration
        .experts
        .iter()
        .map(|e| {
            vec![
                format!("{} {}", e.expert_id, expert_name(&e.expert_id)),
                e.scored.to_string(),
                // The decimal itself, so its places show ("3.50").
                e.mean.0.to_string(),
                e.offset
                    .map_or_else(|| "—".to_owned(), |o| signed(&o.0.to_string())),
            ]
        })
        .collect();
    writer.table(&columns, &rows, SMALL);

    for demand in &calibration.demands {
        let Some(printed) = minutes.demands.iter().find(|d| d.id == demand.demand_id) else {
            continue;
        };
        agreement_lines(
            writer,
            labels,
            "minutes-agreement-w",
            &[("demand", demand.demand_id.to_string())],
            &demand.kendall_w,
            expert_name,
        );
        if demand.normalised.is_empty() {
            continue;
        }
        let columns = [
            Column::new(labels.both("minutes-application", &[]), 2.0, Align::Left),
            Column::new(
                labels.both("minutes-calibration-rule-rank", &[]),
                1.2,
                Align::Center,
            ),
            Column::new(
                labels.both("minutes-calibration-normalised", &[]),
                1.3,
                Align::Right,
            ),
            Column::new(
                labels.both("minutes-calibration-normalised-rank", &[]),
                1.2,
                Align::Center,
            ),
        ];
        let rows: Vec<Vec<String>> = demand
            .normalised
            .iter()
            .map(|n| {
                let rule_rank = printed
                    .result
                    .applicants
                    .iter()
                    .find(|a| a.application_id == n.application_id)
                    .and_then(|a| a.rank)
                    .map_or_else(|| "—".to_owned(), |r| r.to_string());
                vec![
                    n.application_id.to_string(),
                    rule_rank,
                    signed(&n.mean_z.to_string()),
                    n.rank.to_string(),
                ]
            })
            .collect();
        writer.table(&columns, &rows, SMALL);
    }
    agreement_lines(
        writer,
        labels,
        "minutes-agreement-icc",
        &[],
        &calibration.icc,
        expert_name,
    );
}

/// "Kendall's W = 0.887 (4 experts, 6 applicants)", in both languages, with
/// the low-agreement flag and who was left out.
fn agreement_lines(
    writer: &mut Writer<'_>,
    labels: &Labels,
    id: &str,
    args: &[(&str, String)],
    agreement: &Agreement,
    expert_name: &dyn Fn(&str) -> String,
) {
    for (localizer, separator) in [(&labels.zh, "；"), (&labels.second, "; ")] {
        let value = agreement.value.map_or_else(
            || localizer.format("minutes-agreement-undefined", &[]),
            |v| v.to_string(),
        );
        let mut all: Vec<(&str, String)> = args.to_vec();
        all.extend([
            ("value", value),
            ("experts", agreement.experts.to_string()),
            ("applicants", agreement.applicants.to_string()),
        ]);
        let mut line = localizer.format(id, &all);
        if agreement.low {
            line.push_str(" — ");
            line.push_str(&localizer.format("minutes-agreement-low", &[]));
        }
        if !agreement.left_out.is_empty() {
            let names: Vec<String> = agreement
                .left_out
                .iter()
                .map(|e| format!("{e} {}", expert_name(e)))
                .collect();
            line.push_str(separator);
            line.push_str(&localizer.format(
                "minutes-agreement-left-out",
                &[("experts", names.join(", "))],
            ));
        }
        writer.paragraph(&line, BODY, 0.0, false);
    }
}

/// A figure with its sign written, so leniency reads at a glance: "+2.38",
/// "-0.96", "0.00".
fn signed(text: &str) -> String {
    if text.starts_with('-') || !text.chars().any(|c| ('1'..='9').contains(&c)) {
        text.to_owned()
    } else {
        format!("+{text}")
    }
}

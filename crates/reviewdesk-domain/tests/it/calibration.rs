//! Calibration and agreement against values computed independently:
//! `tests/reference/calibration.py` computes every figure below with pandas,
//! NumPy and pingouin (its header says how to run it), and the Shrout &
//! Fleiss table's ICC(2,4) is the one the paper prints (.62). Rows are
//! applicants A1…, columns experts E1…; `None` is a recusal.

use reviewdesk_domain::calibration::{Calibration, calibrate};
use reviewdesk_domain::panel::{Applicant, ExpertScore};
use reviewdesk_domain::rubric::Points;

fn panel(rows: &[&[Option<&str>]]) -> Vec<Applicant> {
    rows.iter()
        .enumerate()
        .map(|(a, row)| Applicant {
            application_id: format!("A{}", a + 1).into(),
            passed_formal_review: true,
            assigned_experts: (1..=row.len()).map(|e| format!("E{e}").into()).collect(),
            scores: row
                .iter()
                .enumerate()
                .map(|(e, score)| ExpertScore {
                    expert_id: format!("E{}", e + 1).into(),
                    recused: score.is_none(),
                    overall: score.map(|s| Points(s.parse().expect("decimal"))),
                    criteria: Default::default(),
                    vetoes: vec![],
                })
                .collect(),
            panel_votes: None,
        })
        .collect()
}

/// Shrout & Fleiss (1979), Table 2: six targets, four judges.
const SHROUT_FLEISS: [&[Option<&str>]; 6] = [
    &[Some("9"), Some("2"), Some("5"), Some("8")],
    &[Some("6"), Some("1"), Some("3"), Some("2")],
    &[Some("8"), Some("4"), Some("6"), Some("8")],
    &[Some("7"), Some("1"), Some("2"), Some("6")],
    &[Some("10"), Some("5"), Some("6"), Some("9")],
    &[Some("6"), Some("2"), Some("4"), Some("7")],
];

fn one_demand(rows: &[&[Option<&str>]]) -> Calibration {
    calibrate(&[("D1".into(), panel(rows))])
}

/// What the reference script prints for a case, rounded as ReviewDesk prints it.
struct Expected<'a> {
    offsets: &'a [&'a str],
    /// Per applicant, each expert's z-score ("-" where none).
    z: &'a [&'a [&'a str]],
    mean_z: &'a [&'a str],
    kendall_w: Option<&'a str>,
    icc: Option<&'a str>,
}

fn check(name: &str, calibration: &Calibration, expected: &Expected<'_>) {
    let offsets: Vec<String> = calibration
        .experts
        .iter()
        .map(|e| e.offset.map(|o| o.0.to_string()).unwrap_or_default())
        .collect();
    assert_eq!(offsets, expected.offsets, "{name}: offsets");
    let demand = &calibration.demands[0];
    for (a, row) in expected.z.iter().enumerate() {
        let id = format!("A{}", a + 1);
        let scored = demand
            .normalised
            .iter()
            .find(|n| n.application_id == id.as_str())
            .expect("normalised");
        let z: Vec<String> = (1..=row.len())
            .map(|e| {
                scored
                    .z
                    .get(format!("E{e}").as_str())
                    .map_or_else(|| "-".to_owned(), |v| v.to_string())
            })
            .collect();
        assert_eq!(z, *row, "{name}: z-scores of {id}");
        assert_eq!(
            scored.mean_z.to_string(),
            expected.mean_z[a],
            "{name}: mean z of {id}"
        );
    }
    let w = demand.kendall_w.value.map(|v| v.to_string());
    assert_eq!(w.as_deref(), expected.kendall_w, "{name}: Kendall's W");
    let icc = calibration.icc.value.map(|v| v.to_string());
    assert_eq!(icc.as_deref(), expected.icc, "{name}: ICC(2,k)");
}

#[test]
fn shrout_and_fleiss_six_targets_four_judges() {
    let calibration = one_demand(&SHROUT_FLEISS);
    check(
        "shrout_fleiss",
        &calibration,
        &Expected {
            offsets: &["2.38", "-2.79", "-0.96", "1.38"],
            z: &[
                &["0.894", "-0.333", "0.447", "0.583"],
                &["-1.118", "-1.000", "-0.894", "-2.042"],
                &["0.224", "1.000", "1.118", "0.583"],
                &["-0.447", "-1.000", "-1.565", "-0.292"],
                &["1.565", "1.667", "1.118", "1.021"],
                &["-1.118", "-0.333", "-0.224", "0.146"],
            ],
            mean_z: &["0.398", "-1.264", "0.731", "-0.826", "1.343", "-0.382"],
            kendall_w: Some("0.887"),
            icc: Some("0.620"),
        },
    );
    let by_rank: Vec<(&str, u32)> = calibration.demands[0]
        .normalised
        .iter()
        .map(|n| (n.application_id.as_str(), n.rank))
        .collect();
    assert_eq!(
        by_rank,
        [
            ("A5", 1),
            ("A3", 2),
            ("A1", 3),
            ("A6", 4),
            ("A4", 5),
            ("A2", 6)
        ]
    );
    assert!(!calibration.icc.low);
}

#[test]
fn five_experts_whose_scores_tie() {
    let calibration = one_demand(&[
        &[Some("82"), Some("75"), Some("90"), Some("70"), Some("88")],
        &[Some("82"), Some("80"), Some("85"), Some("70"), Some("80")],
        &[Some("76"), Some("75"), Some("85"), Some("65"), Some("80")],
        &[Some("90"), Some("85"), Some("92"), Some("78"), Some("88")],
        &[Some("70"), Some("60"), Some("72"), Some("55"), Some("66")],
    ]);
    check(
        "ties",
        &calibration,
        &Expected {
            offsets: &["2.44", "-2.56", "7.24", "-9.96", "2.84"],
            z: &[
                &["0.299", "0.000", "0.746", "0.318", "0.945"],
                &["0.299", "0.598", "0.029", "0.318", "-0.050"],
                &["-0.598", "0.000", "0.029", "-0.344", "-0.050"],
                &["1.494", "1.195", "1.033", "1.377", "0.945"],
                &["-1.494", "-1.793", "-1.837", "-1.668", "-1.791"],
            ],
            mean_z: &["0.462", "0.239", "-0.193", "1.209", "-1.717"],
            kendall_w: Some("0.904"),
            icc: Some("0.873"),
        },
    );
}

#[test]
fn seven_experts_with_decimals_who_rank_three_applicants_differently() {
    let calibration = one_demand(&[
        &[
            Some("81.5"),
            Some("77.0"),
            Some("85.25"),
            Some("79.0"),
            Some("90.0"),
            Some("74.5"),
            Some("83.0"),
        ],
        &[
            Some("78.0"),
            Some("80.5"),
            Some("79.75"),
            Some("83.0"),
            Some("86.5"),
            Some("76.0"),
            Some("80.0"),
        ],
        &[
            Some("88.0"),
            Some("71.0"),
            Some("90.0"),
            Some("75.5"),
            Some("92.5"),
            Some("70.0"),
            Some("84.0"),
        ],
    ]);
    check(
        "seven",
        &calibration,
        &Expected {
            offsets: &["1.31", "-5.02", "3.81", "-2.02", "8.48", "-7.69", "1.14"],
            z: &[
                &[
                    "-0.241", "0.212", "0.060", "-0.054", "0.135", "0.392", "0.392",
                ],
                &[
                    "-1.086", "1.105", "-1.253", "1.251", "-1.287", "0.981", "-1.373",
                ],
                &[
                    "1.327", "-1.317", "1.194", "-1.197", "1.151", "-1.373", "0.981",
                ],
            ],
            mean_z: &["0.128", "-0.238", "0.110"],
            kendall_w: Some("0.020"),
            icc: Some("-0.623"),
        },
    );
    assert!(
        calibration.demands[0].kendall_w.low,
        "W 0.020 is low agreement"
    );
    assert!(calibration.icc.low, "a negative ICC is low agreement");
}

#[test]
fn experts_who_disagree_have_no_icc_and_tied_normalised_scores_share_a_rank() {
    let calibration = one_demand(&[
        &[Some("90"), Some("60"), Some("75")],
        &[Some("60"), Some("90"), Some("75")],
        &[Some("75"), Some("75"), Some("60")],
        &[Some("70"), Some("80"), Some("90")],
    ]);
    check(
        "disagree",
        &calibration,
        &Expected {
            offsets: &["-1.25", "1.25", "0.00"],
            z: &[
                &["1.501", "-1.501", "0.000"],
                &["-1.270", "1.270", "0.000"],
                &["0.115", "-0.115", "-1.414"],
                &["-0.346", "0.346", "1.414"],
            ],
            mean_z: &["0.000", "0.000", "-0.471", "0.471"],
            kendall_w: Some("0.103"),
            icc: None,
        },
    );
    assert!(
        !calibration.icc.low,
        "an undefined coefficient is not flagged"
    );
    let by_rank: Vec<(&str, u32)> = calibration.demands[0]
        .normalised
        .iter()
        .map(|n| (n.application_id.as_str(), n.rank))
        .collect();
    assert_eq!(by_rank, [("A4", 1), ("A1", 2), ("A2", 2), ("A3", 4)]);
}

#[test]
fn recusals_leave_gaps_out_of_agreement_but_not_out_of_leniency() {
    let calibration = one_demand(&[
        &[Some("80"), Some("70"), Some("85"), None],
        &[Some("75"), None, Some("80"), Some("60")],
        &[Some("90"), Some("78"), Some("92"), Some("70")],
        &[Some("60"), Some("55"), Some("70"), Some("50")],
    ]);
    check(
        "recusal",
        &calibration,
        &Expected {
            offsets: &["3.44", "-5.53", "8.94", "-10.97"],
            z: &[
                &["0.346", "0.245", "0.406", "-"],
                &["-0.115", "-", "-0.218", "0.000"],
                &["1.270", "1.084", "1.279", "1.225"],
                &["-1.501", "-1.329", "-1.467", "-1.225"],
            ],
            mean_z: &["0.332", "-0.111", "1.215", "-1.380"],
            kendall_w: Some("1.000"),
            icc: Some("0.782"),
        },
    );
    // E2 goes first (12 cells either way, the expert on a tie), then A1
    // (9 cells kept against 8 without E4).
    let w = &calibration.demands[0].kendall_w;
    assert_eq!((w.experts, w.applicants), (3, 3));
    let left_out: Vec<&str> = w.left_out.iter().map(|e| e.as_str()).collect();
    assert_eq!(left_out, ["E2"]);
}

#[test]
fn what_the_panel_does_not_count_is_not_calibrated() {
    let mut applicants = panel(&[
        &[Some("80"), Some("70")],
        &[Some("60"), Some("50")],
        &[Some("10"), Some("10")],
    ]);
    applicants[2].passed_formal_review = false;
    let calibration = calibrate(&[("D1".into(), applicants)]);
    let means: Vec<String> = calibration
        .experts
        .iter()
        .map(|e| format!("{} {} {}", e.expert_id, e.scored, e.mean.0))
        .collect();
    assert_eq!(means, ["E1 2 70.00", "E2 2 60.00"]);
    assert_eq!(calibration.demands[0].normalised.len(), 2);
}

#[test]
fn one_expert_or_one_applicant_gives_no_agreement_and_no_offset() {
    let calibration = one_demand(&[&[Some("80")], &[Some("70")]]);
    assert_eq!(calibration.icc.value, None);
    assert_eq!(calibration.demands[0].kendall_w.value, None);
    assert_eq!(calibration.experts[0].offset, None, "nobody to differ from");
    let calibration = one_demand(&[&[Some("80"), Some("70")]]);
    assert_eq!(calibration.icc.value, None);
    assert_eq!(
        calibration.experts[0]
            .offset
            .map(|o| o.0.to_string())
            .as_deref(),
        Some("5.00")
    );
}

#[test]
fn agreement_across_the_panel_spans_every_demand() {
    // The Shrout & Fleiss table split into two demands of three applicants:
    // W per demand, ICC over all six.
    let mut all = panel(&SHROUT_FLEISS);
    let second: Vec<Applicant> = all.split_off(3);
    let calibration = calibrate(&[("D1".into(), all), ("D2".into(), second)]);
    assert_eq!(
        calibration.icc.value.map(|v| v.to_string()).as_deref(),
        Some("0.620")
    );
    assert_eq!(
        (calibration.icc.experts, calibration.icc.applicants),
        (4, 6)
    );
    assert_eq!(calibration.demands.len(), 2);
    let w: Vec<String> = calibration
        .demands
        .iter()
        .map(|d| {
            format!(
                "{} {}",
                d.kendall_w.applicants,
                d.kendall_w.value.expect("W")
            )
        })
        .collect();
    assert_eq!(w, ["3 0.817", "3 0.813"]);
}

#[test]
fn with_two_experts_a_recusal_leaves_the_applicant_out_not_the_expert() {
    let calibration = one_demand(&[
        &[Some("80"), Some("90")],
        &[Some("60"), None],
        &[Some("70"), Some("65")],
    ]);
    let w = &calibration.demands[0].kendall_w;
    assert_eq!((w.experts, w.applicants), (2, 2));
    assert!(w.left_out.is_empty());
    assert_eq!(w.value.map(|v| v.to_string()).as_deref(), Some("1.000"));
}

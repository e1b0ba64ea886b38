//! The acceptance rule for score packages, and the strict reading of their
//! files: every refusal here is of a package an enrolled expert signed
//! correctly, so only the rule stands between it and a panel's ranking.

use std::collections::BTreeSet;

use reviewdesk_demo::complete_sheet;
use reviewdesk_domain::default_rubrics;
use reviewdesk_domain::rubric::Points;
use reviewdesk_domain::scores::{PackageContent, PackagedSheet, SCORES_FORMAT};
use reviewdesk_exchange::EnrolledKey;
use reviewdesk_exchange::acceptance::{
    self, CallTerms, ChainHead, ContentRefusal, JudgedPackage, Refusal,
};
use reviewdesk_exchange::manifest::manifest_digest;
use reviewdesk_exchange::package::{self, PackageInfo, RegisteredExpert};
use reviewdesk_exchange::{ExchangeError, Limits};

use crate::hostile::{Raw, entries_of, raw_zip, resigned};
use crate::{Parties, at};

const CALL: &str = "GX-ASEAN-2025";

fn info(sequence: u64, previous: Option<String>) -> PackageInfo {
    PackageInfo {
        package_id: format!("0b7d9c3e-2f1a-4b8e-9c55-{sequence:012}").into(),
        call_id: CALL.into(),
        expert_id: "E01".into(),
        sequence,
        previous,
        created_at: at(22),
    }
}

/// An honest expert's content: one sheet per application, every item at `score`.
pub(crate) fn scores(applications: &[&str], score: &str) -> PackageContent {
    let rubric = default_rubrics::pre_review();
    PackageContent {
        format: SCORES_FORMAT.into(),
        version: 1,
        call_id: CALL.into(),
        expert_id: "E01".into(),
        sheets: applications
            .iter()
            .map(|a| {
                PackagedSheet::new(
                    &(*a).into(),
                    (1, &rubric),
                    &complete_sheet(&rubric, points(score), "A credible plan."),
                    "2025-11-22T09:30:00Z".parse().expect("time"),
                )
            })
            .collect(),
    }
}

fn points(text: &str) -> Points {
    serde_json::from_value(text.into()).expect("points")
}

fn seal(parties: &Parties, info: &PackageInfo, content: &PackageContent) -> Vec<u8> {
    let json = serde_json::to_vec(content).expect("JSON");
    package::seal(&parties.expert, &parties.agency.public(), info, &json)
        .expect("seal")
        .bytes
}

fn registered(parties: &Parties) -> reviewdesk_exchange::PublicKeys {
    parties.expert.public()
}

/// The whole rule, as a receiver holding `head` of E01's chain and the call
/// with E01 assigned A001 and A002.
fn accept(
    parties: &Parties,
    bytes: &[u8],
    head: Option<&ChainHead>,
) -> Result<JudgedPackage, Refusal> {
    let keys = registered(parties);
    let expert = RegisteredExpert {
        expert_id: "E01",
        keys: &[EnrolledKey::only(keys.clone())],
    };
    let assigned: BTreeSet<reviewdesk_domain::ApplicationId> =
        ["A001", "A002"].map(Into::into).into();
    let rubrics = default_rubrics::all();
    let placed = acceptance::place(bytes, expert, &parties.agency, head, Limits::default())?;
    Ok(placed.judge(Some(CallTerms {
        assigned: &assigned,
        rubrics: &rubrics,
    })))
}

fn content_refusal(judged: &JudgedPackage) -> ContentRefusal {
    judged.content().expect_err("content refused").clone()
}

#[test]
fn an_honest_package_is_accepted_with_the_totals_it_computes() {
    let parties = Parties::new();
    let bytes = seal(&parties, &info(1, None), &scores(&["A001"], "8"));
    let judged = accept(&parties, &bytes, None).expect("accepted");
    let content = judged.content().expect("counts");
    assert_eq!(
        content.sheets[0]
            .totals
            .as_ref()
            .and_then(|t| t.overall)
            .map(|o| o.to_string()),
        Some("80".to_owned())
    );
}

#[test]
fn a_score_off_its_items_scale_is_refused() {
    let parties = Parties::new();
    let mut content = scores(&["A001"], "8");
    let first = content.sheets[0].input.scores.keys().next().cloned();
    let first = first.expect("an item");
    content.sheets[0].input.scores.insert(first, points("999"));
    let judged = accept(&parties, &seal(&parties, &info(1, None), &content), None).expect("placed");
    assert_eq!(
        content_refusal(&judged),
        ContentRefusal::InvalidSheet {
            application: "A001".into()
        }
    );
    // Off the step, though within the scale.
    let mut content = scores(&["A001"], "8");
    let first = content.sheets[0].input.scores.keys().next().cloned();
    content.sheets[0]
        .input
        .scores
        .insert(first.expect("an item"), points("7.25"));
    let judged = accept(&parties, &seal(&parties, &info(1, None), &content), None).expect("placed");
    assert_eq!(content_refusal(&judged).code(), "package-invalid-sheet");
}

#[test]
fn totals_the_scores_do_not_give_are_refused() {
    let parties = Parties::new();
    let mut content = scores(&["A001"], "2");
    let claimed = scores(&["A001"], "10").sheets[0].totals.clone();
    content.sheets[0].totals = claimed;
    let judged = accept(&parties, &seal(&parties, &info(1, None), &content), None).expect("placed");
    assert_eq!(
        content_refusal(&judged),
        ContentRefusal::TotalsMismatch {
            application: "A001".into()
        }
    );
}

#[test]
fn a_sheet_for_an_application_not_assigned_is_refused() {
    let parties = Parties::new();
    let content = scores(&["A001", "A009"], "8");
    let judged = accept(&parties, &seal(&parties, &info(1, None), &content), None).expect("placed");
    assert_eq!(
        content_refusal(&judged),
        ContentRefusal::NotAssigned {
            application: "A009".into()
        }
    );
    // Refused content still earns the package its place: the next follows it.
    let next = seal(
        &parties,
        &info(2, Some(judged.digest().to_owned())),
        &scores(&["A002"], "7"),
    );
    assert!(
        accept(&parties, &next, Some(&judged.head()))
            .expect("follows")
            .content()
            .is_ok()
    );
}

#[test]
fn a_recusal_carrying_scores_and_an_unknown_rubric_are_refused() {
    let parties = Parties::new();
    let mut content = scores(&["A001"], "8");
    content.sheets[0].recused = true;
    content.sheets[0].input.declaration = Some(
        serde_json::from_value(
            serde_json::json!({"kind": "conflict", "conflict": "relative", "details": "Cousin"}),
        )
        .expect("declaration"),
    );
    let judged = accept(&parties, &seal(&parties, &info(1, None), &content), None).expect("placed");
    assert_eq!(content_refusal(&judged).code(), "package-invalid-sheet");

    let mut content = scores(&["A001"], "8");
    content.sheets[0].rubric_version = 9;
    let judged = accept(&parties, &seal(&parties, &info(1, None), &content), None).expect("placed");
    assert_eq!(
        content_refusal(&judged),
        ContentRefusal::UnknownRubric {
            rubric: "pre-review".into(),
            version: 9
        }
    );
}

#[test]
fn the_chain_takes_only_the_next_package() {
    let parties = Parties::new();
    let first = seal(&parties, &info(1, None), &scores(&["A001"], "8"));
    let one = accept(&parties, &first, None).expect("first");
    let head = one.head();
    // Package 3 naming package 1: early, not a fork, while 2 is missing.
    let third = seal(
        &parties,
        &info(3, Some(head.digest.clone())),
        &scores(&["A001"], "9"),
    );
    assert_eq!(
        accept(&parties, &third, Some(&head))
            .expect_err("early")
            .code(),
        "package-early"
    );
    // A second package 1, or a 2 naming no predecessor's digest: a fork.
    let again = seal(
        &parties,
        &PackageInfo {
            package_id: "0b7d9c3e-2f1a-4b8e-9c55-aaaaaaaaaaaa".into(),
            ..info(1, None)
        },
        &scores(&["A001"], "9"),
    );
    assert_eq!(
        accept(&parties, &again, Some(&head))
            .expect_err("fork")
            .code(),
        "package-fork"
    );
    let stranger = seal(
        &parties,
        &info(2, Some(manifest_digest(b"another chain"))),
        &scores(&["A001"], "9"),
    );
    assert!(matches!(
        accept(&parties, &stranger, Some(&head)),
        Err(Refusal::Fork {
            sequence: 2,
            head: 1,
            ..
        })
    ));
}

#[test]
fn a_package_naming_another_expert_is_refused_whoever_signed_it() {
    let parties = Parties::new();
    let named_e02 = package::seal(
        &parties.expert,
        &parties.agency.public(),
        &PackageInfo {
            expert_id: "E02".into(),
            ..info(1, None)
        },
        b"{}",
    )
    .expect("seal")
    .bytes;
    let keys = registered(&parties);
    let refused = package::verify(
        &named_e02,
        Some(RegisteredExpert {
            expert_id: "E01",
            keys: &[EnrolledKey::only(keys.clone())],
        }),
        &parties.agency.public(),
        Limits::default(),
    )
    .expect_err("refused");
    assert_eq!(
        refused,
        ExchangeError::WrongExpert {
            named: "E02".into(),
            registered: "E01".into()
        }
    );
}

/// Signed correctly, but a field out of its documented form.
#[test]
fn manifest_fields_out_of_form_are_refused_though_signed() {
    let parties = Parties::new();
    let keys = registered(&parties);
    let verify = |bytes: &[u8]| {
        package::verify(
            bytes,
            Some(RegisteredExpert {
                expert_id: "E01",
                keys: &[EnrolledKey::only(keys.clone())],
            }),
            &parties.agency.public(),
            Limits::default(),
        )
        .expect_err("refused")
    };
    let field_of = |error: ExchangeError| match error {
        ExchangeError::InvalidField { field, .. } => field,
        other => panic!("not a field refusal: {other:?}"),
    };
    let sealed = |info: PackageInfo| {
        package::seal(&parties.expert, &parties.agency.public(), &info, b"{}")
            .expect("seal")
            .bytes
    };
    let digest = manifest_digest(b"first");
    for (case, bytes, field) in [
        ("sequence 0", sealed(info(0, None)), "sequence"),
        (
            "previous on the first",
            sealed(info(1, Some(digest.clone()))),
            "previous",
        ),
        (
            "no previous on the second",
            sealed(info(2, None)),
            "previous",
        ),
        (
            "previous not a digest",
            sealed(info(2, Some("ABC".into()))),
            "previous",
        ),
        (
            "package id not a UUID",
            sealed(PackageInfo {
                package_id: "package-1".into(),
                ..info(1, None)
            }),
            "package_id",
        ),
        (
            "package id a UUID in capitals",
            sealed(PackageInfo {
                package_id: "0B7D9C3E-2F1A-4B8E-9C55-000000000001".into(),
                ..info(1, None)
            }),
            "package_id",
        ),
        (
            "empty expert",
            sealed(PackageInfo {
                expert_id: String::new().into(),
                ..info(1, None)
            }),
            "expert_id",
        ),
    ] {
        assert_eq!(field_of(verify(&bytes)), field, "{case}");
    }
    // A time with an offset, signed anew.
    let entries = entries_of(&sealed(info(1, None)));
    let manifest = String::from_utf8(entries[0].1.clone())
        .expect("utf-8")
        .replace("2025-11-22T08:00:00Z", "2025-11-22T16:00:00+08:00");
    let bytes = resigned(&parties.expert, manifest.as_bytes(), &entries[2].1);
    assert_eq!(field_of(verify(&bytes)), "created_at");
}

#[test]
fn reordered_or_compressed_entries_are_refused() {
    let parties = Parties::new();
    let bytes = seal(&parties, &info(1, None), &scores(&["A001"], "8"));
    let entries = entries_of(&bytes);
    let keys = registered(&parties);
    let verify = |bytes: &[u8]| {
        package::verify(
            bytes,
            Some(RegisteredExpert {
                expert_id: "E01",
                keys: &[EnrolledKey::only(keys.clone())],
            }),
            &parties.agency.public(),
            Limits::default(),
        )
    };
    let reordered = raw_zip(&[
        Raw::stored("manifest.sig", &entries[1].1),
        Raw::stored("manifest.json", &entries[0].1),
        Raw::stored("content.age", &entries[2].1),
    ]);
    assert_eq!(
        verify(&reordered).expect_err("reordered"),
        ExchangeError::EntryOrder
    );
    let mut deflated = Raw::stored(
        "content.age",
        &crate::hostile::deflate_chunks(&entries[2].1, 1),
    );
    deflated.method = 8;
    deflated.size = entries[2].1.len() as u32;
    let compressed = raw_zip(&[
        Raw::stored("manifest.json", &entries[0].1),
        Raw::stored("manifest.sig", &entries[1].1),
        deflated,
    ]);
    assert_eq!(
        verify(&compressed).expect_err("compressed"),
        ExchangeError::NotStored {
            name: "content.age".into()
        }
    );
}

/// Reads this process's peak resident memory, in bytes (Linux).
fn peak_resident_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}

const MEASURE: &str = "REVIEWDESK_MEASURE_HOSTILE";

/// Some 10 to 30 MiB on disk whose one entry expands to 1,000 MiB — under
/// the ratio and size limits — and not signed by anyone we know.
fn bomb_under_the_limits() -> Vec<u8> {
    // One scattered byte in 47: it deflates about 80 times, not a thousand.
    let chunk: Vec<u8> = (0..1usize << 20)
        .map(|i| {
            if i % 47 == 0 {
                (i.wrapping_mul(2_654_435_761) >> 13) as u8
            } else {
                0
            }
        })
        .collect();
    let deflated = crate::hostile::deflate_chunks(&chunk, 1000);
    let mut content = Raw::stored("content.age", &deflated);
    content.method = 8;
    content.size = 1000 << 20;
    raw_zip(&[
        Raw::stored(
            "manifest.json",
            br#"{"format":"reviewdesk.package","version":1}"#,
        ),
        Raw::stored("manifest.sig", &[0; 64]),
        content,
    ])
}

/// The file is refused before anything in it is inflated: the process's
/// peak memory stays near the file's own size. Measured in a child process
/// of this test binary, so no other test's memory counts.
#[test]
fn a_file_that_would_expand_costs_no_more_than_itself() {
    if std::env::var_os(MEASURE).is_some() {
        let bytes = bomb_under_the_limits();
        let started = std::time::Instant::now();
        let refused = package::peek(&bytes, Limits::default()).expect_err("refused");
        let elapsed = started.elapsed();
        let peak = peak_resident_bytes().unwrap_or_default();
        println!(
            "MEASURED file={} peak={} code={} ms={}",
            bytes.len(),
            peak,
            refused.code(),
            elapsed.as_millis()
        );
        return;
    }
    let output = std::process::Command::new(std::env::current_exe().expect("test binary"))
        .args([
            "--exact",
            "acceptance::a_file_that_would_expand_costs_no_more_than_itself",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(MEASURE, "1")
        .output()
        .expect("child");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let line = stdout
        .lines()
        .find_map(|l| l.find("MEASURED").map(|at| &l[at..]))
        .unwrap_or_else(|| panic!("no measurement: {stdout}"));
    let field = |name: &str| -> String {
        line.split_whitespace()
            .find_map(|f| f.strip_prefix(&format!("{name}=")))
            .expect("field")
            .to_owned()
    };
    let file: u64 = field("file").parse().expect("size");
    let peak: u64 = field("peak").parse().expect("peak");
    println!("{line}");
    assert!(file < 64 << 20, "the hostile file is tens of MiB: {file}");
    assert_eq!(field("code"), "exchange-not-stored");
    // The file itself, the deflater's buffers and the test binary: far below
    // the gigabyte the entry would expand to.
    assert!(peak < 200 << 20, "peak {peak} bytes for a {file}-byte file");
}

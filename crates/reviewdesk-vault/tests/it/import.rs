//! Imports are all or nothing, and idempotent.

use reviewdesk_vault::{ApplicationFilter, ImportOutcome};

use crate::{TestVault, demo, snapshot};

#[test]
fn imports_the_demo_call_and_reads_it_back() {
    let (_test, mut vault) = TestVault::new();
    let mut reports = Vec::new();
    let outcome = vault
        .import(&demo(), &mut |p| reports.push(p))
        .expect("import");
    assert!(
        matches!(
            outcome,
            ImportOutcome::Imported {
                applications: 26,
                replaced: false,
                ..
            }
        ),
        "{outcome:?}"
    );
    assert_eq!(
        reports.last().map(|p| (p.done, p.total)),
        Some((reports.len(), reports.len()))
    );
    let groups = vault
        .demand_groups(&"GX-ASEAN-AI-2025".into(), &ApplicationFilter::default())
        .expect("groups");
    assert_eq!(groups.len(), 10);
    assert_eq!(
        groups.iter().map(|g| g.applications.len()).sum::<usize>(),
        26
    );
    let record = vault
        .application(&"GX-ASEAN-AI-2025".into(), &"A001".into())
        .expect("application");
    assert_eq!(record.application.id, "A001");
    assert!(!record.attachments.is_empty());
    let content = vault
        .attachment(&"GX-ASEAN-AI-2025".into(), &record.attachments[0].id)
        .expect("attachment");
    assert!(content.bytes.starts_with(b"%PDF-"));
}

#[test]
fn search_finds_names_in_any_script_and_filters_narrow() {
    let (_test, mut vault) = TestVault::new();
    vault.import(&demo(), &mut |_| {}).expect("import");
    let find = |text: &str, country: Option<&str>| {
        let filter = ApplicationFilter {
            text: text.into(),
            country: country.map(str::to_owned),
            field: None,
        };
        vault
            .demand_groups(&"GX-ASEAN-AI-2025".into(), &filter)
            .expect("groups")
    };
    let thai = find("เชียงใหม่", None);
    assert_eq!(thai.len(), 1);
    assert_eq!(thai[0].demand.id, "D01");
    assert!(
        find("ZHINONG", None)
            .iter()
            .any(|g| !g.applications.is_empty())
    );
    assert!(find("100%_no_such", None).is_empty());
    let vietnam = find("", Some("VN"));
    assert_eq!(vietnam.len(), 2);
}

#[test]
fn importing_the_same_data_again_changes_nothing() {
    let (test, mut vault) = TestVault::new();
    let document = demo();
    vault.import(&document, &mut |_| {}).expect("first import");
    vault.lock().expect("lock");
    let mut vault = test.open();
    let before = vault.record_counts().expect("counts");
    let files_before = snapshot(&test.path);
    let outcome = vault.import(&document, &mut |_| {}).expect("second import");
    assert_eq!(
        outcome,
        ImportOutcome::AlreadyImported {
            call_id: "GX-ASEAN-AI-2025".into()
        }
    );
    assert_eq!(vault.record_counts().expect("counts"), before);
    vault.lock().expect("lock");
    let main_file = |files: &[(std::path::PathBuf, Vec<u8>)]| {
        files
            .iter()
            .find(|(p, _)| p.extension().is_some_and(|e| e == "rdvault"))
            .map(|(_, b)| b.clone())
    };
    assert_eq!(main_file(&snapshot(&test.path)), main_file(&files_before));
}

#[test]
fn a_failure_part_way_leaves_the_previous_data_untouched() {
    let (_test, mut vault) = TestVault::new();
    vault.import(&demo(), &mut |_| {}).expect("import");
    let before = vault.record_counts().expect("counts");
    // A changed document whose last attachment repeats an id: the insert fails after
    // the old call was deleted and most of the new one written.
    let mut broken = changed_demo(20);
    let duplicate = broken.attachments[0].clone();
    broken.attachments.push(duplicate);
    let mut seen = 0;
    assert!(vault.import(&broken, &mut |_| seen += 1).is_err());
    assert!(
        seen > 20,
        "the failure came part way through ({seen} records)"
    );
    assert_eq!(vault.record_counts().expect("counts"), before);
    assert_eq!(
        vault
            .application(&"GX-ASEAN-AI-2025".into(), &"A026".into())
            .expect("old data")
            .application
            .id,
        "A026"
    );
}

#[test]
fn a_changed_document_replaces_the_call() {
    let (_test, mut vault) = TestVault::new();
    vault.import(&demo(), &mut |_| {}).expect("import");
    let smaller = changed_demo(24);
    let outcome = vault.import(&smaller, &mut |_| {}).expect("replace");
    assert!(matches!(
        outcome,
        ImportOutcome::Imported {
            applications: 24,
            replaced: true,
            ..
        }
    ));
    assert_eq!(
        vault.record_counts().expect("counts")[2],
        ("applications", 24)
    );
}

/// The demo call with only its first `applications` applications (and their
/// attachments), as a different document than the demo.
fn changed_demo(applications: usize) -> reviewdesk_domain::ValidatedDocument {
    let mut document = demo();
    document.sha256 = "changed".into();
    document.applications.truncate(applications);
    let kept: Vec<reviewdesk_domain::ApplicationId> =
        document.applications.iter().map(|a| a.id.clone()).collect();
    document
        .attachments
        .retain(|(meta, _)| kept.contains(&meta.application_id));
    document
}

#[test]
fn sheets_survive_a_reimport_and_keep_their_versions() {
    use reviewdesk_domain::sheet::{Declaration, SheetInput};
    use reviewdesk_vault::SheetStatus;
    let (_test, mut vault) = TestVault::new();
    vault.import(&demo(), &mut |_| {}).expect("import");
    let call = "GX-ASEAN-AI-2025";
    let input = SheetInput {
        declaration: Some(Declaration::NoConflict),
        opinion: "first".into(),
        ..SheetInput::default()
    };
    vault
        .save_sheet(
            &call.into(),
            &"A001".into(),
            ("pre-review", 1),
            &input,
            minute(1),
        )
        .expect("save");
    vault
        .submit_sheet(&call.into(), &"A001".into(), minute(2))
        .expect("submit");
    let revised = vault
        .revise_sheet(&call.into(), &"A001".into(), minute(3))
        .expect("revise");
    assert_eq!((revised.version, revised.status), (2, SheetStatus::Draft));
    assert_eq!(revised.input.opinion, "first");
    let second = SheetInput {
        opinion: "second".into(),
        ..input
    };
    vault
        .save_sheet(
            &call.into(),
            &"A001".into(),
            ("pre-review", 1),
            &second,
            minute(4),
        )
        .expect("save v2");
    vault
        .import(&changed_demo(24), &mut |_| {})
        .expect("re-import");
    let history = vault
        .sheet_history(&call.into(), &"A001".into())
        .expect("history");
    let opinions: Vec<(u32, &str)> = history
        .iter()
        .map(|s| (s.version, s.input.opinion.as_str()))
        .collect();
    assert_eq!(opinions, [(1, "first"), (2, "second")]);
    assert_eq!(history[0].status, SheetStatus::Submitted);
}

/// 09:`n` on the first of December 2025: the moments a test's steps happen.
fn minute(n: u32) -> reviewdesk_domain::Timestamp {
    format!("2025-12-01T09:{n:02}:00Z").parse().expect("time")
}

/// Submitted sheets come back only in a signed bundle: agency data imported
/// as a plain file installs none, whatever it carries.
#[test]
fn plain_agency_data_brings_no_submitted_sheets_back() {
    let (_test, mut vault) = TestVault::new();
    let mut document = demo();
    let rubric = reviewdesk_domain::default_rubrics::pre_review();
    document.submitted = vec![reviewdesk_domain::scores::PackagedSheet::new(
        &"A001".into(),
        (1, &rubric),
        &reviewdesk_domain::sheet::SheetInput::default(),
        "2025-11-22T09:00:00Z".parse().expect("time"),
    )];
    vault.import(&document, &mut |_| {}).expect("import");
    assert_eq!(
        vault.sheets(&"GX-ASEAN-AI-2025".into()).expect("sheets"),
        Vec::new(),
        "nothing unsigned becomes a submitted sheet"
    );
}

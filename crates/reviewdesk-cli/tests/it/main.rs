//! The `reviewdesk` binary, run as a script would run it.

use std::io::{BufRead as _, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use reviewdesk_domain::ApplicationId;
use reviewdesk_vault::{Passphrase, Vault};

const PASSPHRASE: &str = "lychee harbour violet tram 42";

struct Workspace {
    dir: tempfile::TempDir,
}

impl Workspace {
    fn new() -> Self {
        Self {
            dir: tempfile::tempdir().expect("tempdir"),
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_reviewdesk"));
        command
            .args(args)
            .current_dir(self.dir.path())
            .env("LANG", "en_US.UTF-8")
            .env_remove("LANGUAGE")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES");
        command
            .env("REVIEWDESK_PASSPHRASE", PASSPHRASE)
            .stdin(Stdio::null());
        command
    }

    fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().expect("run reviewdesk")
    }

    fn ok(&self, args: &[&str]) -> String {
        let output = self.run(args);
        assert!(
            output.status.success(),
            "{args:?} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).expect("utf-8")
    }

    /// A vault with the demo call imported.
    fn demo_vault(&self) -> PathBuf {
        self.ok(&["demo-data", "demo.json"]);
        self.ok(&["vault", "create", "v.rdvault"]);
        self.ok(&["import", "demo.json", "--vault", "v.rdvault"]);
        self.path("v.rdvault")
    }
}

fn one_line_error(output: &Output) -> String {
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(stderr.trim_end().lines().count(), 1, "one line: {stderr}");
    stderr
}

fn application_count(vault: &Path) -> usize {
    let vault = Vault::open(vault, &Passphrase::new(PASSPHRASE.into())).expect("open");
    vault.record_counts().expect("counts")[2].1
}

#[test]
fn demo_data_goes_into_a_new_vault_and_lists_as_json() {
    let ws = Workspace::new();
    let vault = ws.demo_vault();
    assert_eq!(application_count(&vault), 26);
    let listing: serde_json::Value =
        serde_json::from_str(&ws.ok(&["list", "--vault", "v.rdvault", "--json"])).expect("JSON");
    let demands = listing["demands"].as_array().expect("demands");
    assert_eq!(demands.len(), 10);
    let countries: std::collections::BTreeSet<_> = demands
        .iter()
        .map(|d| d["demand"]["demand_side"]["country"].as_str())
        .collect();
    assert!(countries.len() >= 5, "{countries:?}");
    assert!(
        demands
            .iter()
            .any(|d| d["applications"].as_array().map(Vec::len) == Some(1))
    );
    let text = ws.ok(&["list", "--vault", "v.rdvault"]);
    assert!(
        text.contains("GX-ASEAN-2025-01") && text.contains("A001"),
        "{text}"
    );
    let shown: serde_json::Value =
        serde_json::from_str(&ws.ok(&["show", "A023", "--vault", "v.rdvault"])).expect("JSON");
    assert_eq!(shown["credit_codes"][0]["problem"], "check-mismatch");
}

#[test]
fn importing_the_same_file_twice_says_nothing_changed() {
    let ws = Workspace::new();
    ws.demo_vault();
    let again = ws.ok(&["import", "demo.json", "--vault", "v.rdvault"]);
    assert!(again.contains("already imported"), "{again}");
    assert_eq!(application_count(&ws.path("v.rdvault")), 26);
}

#[test]
fn a_wrong_passphrase_fails_with_one_clear_line() {
    let ws = Workspace::new();
    ws.demo_vault();
    let output = ws
        .command(&["list", "--vault", "v.rdvault"])
        .env("REVIEWDESK_PASSPHRASE", "wrong")
        .output()
        .expect("run");
    assert_eq!(
        one_line_error(&output),
        "error: The passphrase is wrong. Nothing was changed.\n"
    );
    let output = ws
        .command(&["list", "--vault", "v.rdvault"])
        .env("LANG", "zh_CN.UTF-8")
        .env("REVIEWDESK_PASSPHRASE", "wrong")
        .output()
        .expect("run");
    assert_eq!(
        one_line_error(&output),
        "错误：口令不正确，未做任何更改。\n"
    );
}

/// A vault another program holds (here, this test) is refused at once with
/// one clear line, and opens again once it is let go.
#[test]
fn a_vault_open_in_another_program_is_refused_with_one_clear_line() {
    let ws = Workspace::new();
    let path = ws.demo_vault();
    let held = Vault::open(&path, &Passphrase::new(PASSPHRASE.into())).expect("open");
    let refused = ws.run(&["list", "--vault", "v.rdvault"]);
    assert_eq!(refused.status.code(), Some(1));
    let error = one_line_error(&refused);
    assert!(
        error.contains("is open in another ReviewDesk window or program"),
        "{error}"
    );
    drop(held);
    ws.ok(&["list", "--vault", "v.rdvault"]);
}

#[test]
fn a_bad_file_is_refused_with_its_field_and_changes_nothing() {
    let ws = Workspace::new();
    let vault = ws.demo_vault();
    let mut document: serde_json::Value =
        serde_json::from_slice(&std::fs::read(ws.path("demo.json")).expect("read")).expect("JSON");
    document["applications"][4]["demand_id"] = "D77".into();
    document["call"]["title"]["en"] = "Changed".into();
    std::fs::write(
        ws.path("bad.json"),
        serde_json::to_vec(&document).expect("JSON"),
    )
    .expect("write");
    let error = one_line_error(&ws.run(&["import", "bad.json", "--vault", "v.rdvault"]));
    assert!(
        error.contains("applications[4].demand_id") && error.contains("D77"),
        "{error}"
    );
    assert_eq!(application_count(&vault), 26);
}

#[test]
fn a_weak_or_missing_passphrase_is_refused_when_creating() {
    let ws = Workspace::new();
    let output = ws
        .command(&["vault", "create", "weak.rdvault"])
        .env("REVIEWDESK_PASSPHRASE", "password")
        .output()
        .expect("run");
    assert!(one_line_error(&output).contains("too easy to guess"));
    assert!(!ws.path("weak.rdvault").exists());
}

#[test]
fn the_passphrase_can_be_changed_from_the_command_line() {
    let ws = Workspace::new();
    ws.demo_vault();
    let output = ws
        .command(&["vault", "change-passphrase", "v.rdvault"])
        .env("REVIEWDESK_NEW_PASSPHRASE", "tamarind ferry opal 19")
        .output()
        .expect("run");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(one_line_error(&ws.run(&["list", "--vault", "v.rdvault"])).contains("wrong"));
    let listed = ws
        .command(&["list", "--vault", "v.rdvault"])
        .env("REVIEWDESK_PASSPHRASE", "tamarind ferry opal 19")
        .output()
        .expect("run");
    assert!(listed.status.success());
}

#[test]
fn a_forgotten_passphrase_is_replaced_with_the_recovery_key_shown_at_creation() {
    let ws = Workspace::new();
    ws.ok(&["demo-data", "demo.json"]);
    let created = ws.ok(&["vault", "create", "v.rdvault"]);
    let recovery_key = created
        .lines()
        .find_map(|line| line.strip_prefix("Recovery key ("))
        .and_then(|rest| rest.rsplit(": ").next())
        .expect("the recovery key is printed")
        .trim()
        .to_owned();
    ws.ok(&["import", "demo.json", "--vault", "v.rdvault"]);
    let reset = |key: &str| {
        ws.command(&["vault", "reset-passphrase", "v.rdvault"])
            .env_remove("REVIEWDESK_PASSPHRASE")
            .env("REVIEWDESK_RECOVERY_KEY", key)
            .env("REVIEWDESK_NEW_PASSPHRASE", "banyan lantern ochre 58")
            .output()
            .expect("run")
    };
    let wrong = reset("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789");
    assert_eq!(
        wrong.status.code(),
        Some(3),
        "a wrong key is told like a wrong passphrase"
    );
    assert!(one_line_error(&wrong).contains("does not open this vault"));
    let malformed = reset("not a key");
    assert_eq!(malformed.status.code(), Some(2));
    let done = reset(&recovery_key.to_lowercase());
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    let listed = ws
        .command(&["list", "--vault", "v.rdvault"])
        .env("REVIEWDESK_PASSPHRASE", "banyan lantern ochre 58")
        .output()
        .expect("run");
    assert!(
        listed.status.success(),
        "the vault opens with the new passphrase"
    );
    assert!(String::from_utf8_lossy(&listed.stdout).contains("A001"));
}

/// A vault of the previous key file format moves to the wrapped key on its
/// first unlock. That first unlock is killed (SIGKILL) at moments spread
/// over how long a whole one takes here; whatever it had done, the vault
/// opens afterwards with its passphrase and its data.
#[test]
fn a_vault_moving_to_the_wrapped_key_opens_however_the_move_was_killed() {
    const PREVIOUS: &str = "previous format vault 2026";
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../reviewdesk-vault/tests/fixtures/key-file-v1");
    let copied = || {
        let ws = Workspace::new();
        for name in ["expert.rdvault", "expert.rdvault.kdf"] {
            std::fs::copy(fixture.join(name), ws.path(name)).expect("copy");
        }
        ws
    };
    let list = |ws: &Workspace| {
        let mut command = ws.command(&["list", "--vault", "expert.rdvault"]);
        command.env("REVIEWDESK_PASSPHRASE", PREVIOUS);
        command
    };
    let whole = {
        let ws = copied();
        let started = std::time::Instant::now();
        assert!(list(&ws).output().expect("run").status.success());
        started.elapsed()
    };
    for step in 0..12u32 {
        let ws = copied();
        let mut first = list(&ws)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        std::thread::sleep(whole * step / 10);
        let _ = first.kill();
        let _ = first.wait();
        let listed = list(&ws).output().expect("run");
        assert!(
            listed.status.success(),
            "killed after {step}/10 of an unlock: {}",
            String::from_utf8_lossy(&listed.stderr)
        );
        assert!(String::from_utf8_lossy(&listed.stdout).contains("A001"));
        let key_file: serde_json::Value = serde_json::from_slice(
            &std::fs::read(ws.path("expert.rdvault.kdf")).expect("key file"),
        )
        .expect("a whole key file, old or new");
        assert_eq!(key_file["version"], 2, "moved by the unlock that finished");
    }
}

/// Kills an import with SIGKILL once it has written `after` records inside its
/// transaction, then checks the vault holds the data from before, whole.
fn kill_import_after(ws: &Workspace, file: &str, after: usize) {
    let mut child = ws
        .command(&["import", file, "--vault", "v.rdvault"])
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let stderr = child.stderr.take().expect("stderr");
    let mut reached = 0;
    for line in BufReader::new(stderr).lines() {
        let line = line.expect("line");
        // "Importing: N of M records", N grouped the English way ("1,200")
        if let Some(done) = line
            .strip_prefix("Importing: ")
            .and_then(|rest| rest.split(' ').next())
            .and_then(|n| n.replace(',', "").parse::<usize>().ok())
        {
            reached = done;
            if done >= after {
                break;
            }
        }
    }
    child.kill().expect("kill");
    let status = child.wait().expect("wait");
    assert!(
        !status.success(),
        "the import was still running when killed (reached {reached})"
    );
    assert!(reached >= after, "killed after {reached} records");
}

#[test]
fn a_process_killed_in_the_middle_of_an_import_leaves_the_vault_as_it_was() {
    let ws = Workspace::new();
    ws.ok(&["demo-data", "big.json", "--scale", "20"]);
    ws.ok(&["vault", "create", "v.rdvault"]);
    let vault = ws.path("v.rdvault");
    for after in [1, 1000, 2000] {
        kill_import_after(&ws, "big.json", after);
        assert_eq!(
            application_count(&vault),
            0,
            "nothing of the killed import remains"
        );
    }
    ws.ok(&["import", "big.json", "--vault", "v.rdvault"]);
    assert_eq!(application_count(&vault), 520);
    // A killed re-import of other data leaves the complete earlier import.
    ws.ok(&["demo-data", "small.json"]);
    let mut small: serde_json::Value =
        serde_json::from_slice(&std::fs::read(ws.path("small.json")).expect("read")).expect("JSON");
    small["call"]["title"]["en"] = "Changed title".into();
    std::fs::write(
        ws.path("small.json"),
        serde_json::to_vec(&small).expect("JSON"),
    )
    .expect("write");
    kill_import_after(&ws, "small.json", 100);
    assert_eq!(application_count(&vault), 520);
    let opened = Vault::open(&vault, &Passphrase::new(PASSPHRASE.into())).expect("open");
    assert_eq!(
        opened.integrity_problems().expect("checks"),
        Vec::<String>::new()
    );
}

#[test]
fn help_speaks_the_users_language() {
    let ws = Workspace::new();
    let chinese = ws
        .command(&["--help"])
        .env("LANG", "zh_CN.UTF-8")
        .output()
        .expect("run");
    assert!(String::from_utf8_lossy(&chinese.stdout).contains("列出保险库中的需求与申报"));
    let english = ws.ok(&["import", "--help"]);
    assert!(
        english.contains("Import an assignment bundle (.zip) or an agency data file into a vault; all or nothing."),
        "{english}"
    );
}

#[test]
fn check_reports_the_formal_review_checklist() {
    let ws = Workspace::new();
    ws.demo_vault();
    let checklist = |id: &str| -> serde_json::Value {
        serde_json::from_str(&ws.ok(&["check", id, "--vault", "v.rdvault", "--json"]))
            .expect("JSON")
    };
    let passing = checklist("A001");
    let verdicts: Vec<_> = passing["hard_rules"]
        .as_array()
        .expect("rules")
        .iter()
        .map(|f| f["verdict"].clone())
        .collect();
    assert_eq!(verdicts.len(), 11);
    assert!(verdicts.iter().all(|v| v == "pass"), "{verdicts:?}");
    let late = checklist("A003");
    assert_eq!(late["hard_rules"][0]["rule"], "lead_applicant");
    assert_eq!(late["hard_rules"][0]["verdict"], "fail");
    assert_eq!(
        late["hard_rules"][0]["figures"]["registered_on"],
        serde_json::json!({ "kind": "date", "value": "2025-03-01" })
    );
    let text = ws.ok(&["check", "A014", "--vault", "v.rdvault"]);
    assert!(
        text.contains("[Fail] 10.") && text.contains("CN¥1,600,000.00 of public funding requested"),
        "{text}"
    );
    let missing = one_line_error(&ws.run(&["check", "A999", "--vault", "v.rdvault"]));
    assert!(missing.contains("A999"), "{missing}");
}

/// The reader's language comes from the system, with POSIX precedence; its
/// numbers, money and dates are written its way, and Thai dates in the
/// Buddhist era as Thai systems show them.
#[test]
fn check_speaks_the_systems_language_with_its_numbers_and_dates() {
    let ws = Workspace::new();
    ws.demo_vault();
    let check = |lang: &str, language: Option<&str>, id: &str| {
        let mut command = ws.command(&["check", id, "--vault", "v.rdvault"]);
        command.env("LANG", lang);
        if let Some(list) = language {
            command.env("LANGUAGE", list);
        }
        let output = command.output().expect("run");
        assert!(output.status.success(), "{output:?}");
        String::from_utf8(output.stdout).expect("UTF-8")
    };
    let vietnamese = check("vi_VN.UTF-8", None, "A003");
    assert!(
        vietnamese.contains("[Không đạt] 1.") && vietnamese.contains("1 thg 3, 2025"),
        "{vietnamese}"
    );
    let money = check("vi_VN.UTF-8", None, "A014");
    assert!(money.contains("1.600.000,00\u{a0}CN¥"), "{money}");
    let thai = check("th_TH.UTF-8", None, "A003");
    assert!(thai.contains("1 มี.ค. 2568"), "{thai}");
    // LANGUAGE lists preferences; the first shipped one wins.
    let lao = check("en_US.UTF-8", Some("fr:lo:th"), "A003");
    assert!(lao.contains("ບໍ່ຜ່ານ"), "{lao}");
    // An unshipped language falls back to English, not to message ids.
    let french = check("fr_FR.UTF-8", None, "A003");
    assert!(french.contains("[Fail] 1."), "{french}");
}

const ITEMS: [&str; 14] = [
    "rnd-investment",
    "ip-and-cases",
    "integrity",
    "team-and-languages",
    "route-and-schedule",
    "budget-and-matching",
    "agreements",
    "deployments",
    "local-team",
    "demand-resources",
    "technical-risk",
    "compliance-risk",
    "benefit",
    "ip-arrangement",
];

fn sheet_file(ws: &Workspace, name: &str, score: &str, opinion: &str) -> String {
    let scores: serde_json::Map<String, serde_json::Value> = ITEMS
        .iter()
        .map(|i| ((*i).to_owned(), score.into()))
        .collect();
    let sheet = serde_json::json!({
        "declaration": {"kind": "no_conflict"},
        "scores": scores,
        "vetoes": {"related-to-demand-side": false, "export-restricted": false},
        "recommendation": "recommend",
        "opinion": opinion,
    });
    std::fs::write(ws.path(name), serde_json::to_vec(&sheet).expect("JSON")).expect("write");
    name.to_owned()
}

#[test]
fn score_fills_and_submits_a_sheet_which_then_stays_as_submitted() {
    let ws = Workspace::new();
    ws.demo_vault();
    let draft = sheet_file(&ws, "draft.json", "7.5", "");
    let saved = ws.ok(&["score", "A001", "--vault", "v.rdvault", "--from", &draft]);
    assert!(
        saved.contains("saved as a draft; overall 75; one thing still to complete"),
        "{saved}"
    );
    let incomplete = one_line_error(&ws.run(&[
        "score",
        "A001",
        "--vault",
        "v.rdvault",
        "--from",
        &draft,
        "--submit",
    ]));
    assert!(
        incomplete.contains("cannot be submitted yet: one thing is still missing"),
        "{incomplete}"
    );
    let complete = sheet_file(
        &ws,
        "complete.json",
        "7.5",
        "A credible plan with a real local partner.",
    );
    let submitted = ws.ok(&[
        "score",
        "A001",
        "--vault",
        "v.rdvault",
        "--from",
        &complete,
        "--submit",
    ]);
    assert!(
        submitted.contains("version 1 submitted; overall 75"),
        "{submitted}"
    );
    let locked =
        one_line_error(&ws.run(&["score", "A001", "--vault", "v.rdvault", "--from", &complete]));
    assert!(
        locked.contains("submitted and can no longer change"),
        "{locked}"
    );
    let sheets: serde_json::Value =
        serde_json::from_str(&ws.ok(&["sheets", "--vault", "v.rdvault", "--json"])).expect("JSON");
    assert_eq!(sheets.as_array().map(Vec::len), Some(1));
    assert_eq!(sheets[0]["state"], "submitted");
    assert_eq!(sheets[0]["totals"]["overall"], "75.00");
    assert_eq!(sheets[0]["problems"], serde_json::json!([]));
}

/// The command line and the app (through the core, as its `save_sheet`
/// command does) write a sheet's time in the one form, and each reads back
/// exactly what the other wrote.
#[test]
fn a_time_written_by_the_command_line_and_by_the_app_reads_back_equal() {
    use reviewdesk_core::{Session, Timestamp};
    let ws = Workspace::new();
    let vault = ws.demo_vault();
    let draft = sheet_file(&ws, "draft.json", "7.5", "");
    ws.ok(&["score", "A001", "--vault", "v.rdvault", "--from", &draft]);
    let mut session = Session::default();
    session
        .unlock(&vault, &reviewdesk_core::Passphrase::new(PASSPHRASE.into()))
        .expect("unlock");
    let call = session.current_call_id(None).expect("call");
    let input =
        serde_json::from_slice(&std::fs::read(ws.path(&draft)).expect("read")).expect("a sheet");
    let written_by_app = Timestamp::now();
    session
        .expert()
        .save_sheet(&call, &"A002".into(), &input, written_by_app)
        .expect("save as the app does");
    let read_by_app: Vec<(ApplicationId, Timestamp)> = session
        .expert()
        .sheets(&call)
        .expect("sheets")
        .into_iter()
        .map(|s| (s.application_id, s.updated_at))
        .collect();
    session.lock();
    let listed: serde_json::Value =
        serde_json::from_str(&ws.ok(&["sheets", "--vault", "v.rdvault", "--json"])).expect("JSON");
    let read_by_cli: Vec<(ApplicationId, Timestamp)> = listed
        .as_array()
        .expect("a list")
        .iter()
        .map(|s| {
            let at = s["updated_at"].as_str().expect("a time");
            let parsed = at.parse().expect("the one form");
            (s["application_id"].as_str().expect("id").into(), parsed)
        })
        .collect();
    assert_eq!(read_by_cli, read_by_app);
    assert_eq!(read_by_cli.len(), 2);
    assert_eq!(read_by_cli[1], ("A002".into(), written_by_app));
}

#[test]
fn a_wrong_value_in_a_sheet_file_saves_nothing() {
    let ws = Workspace::new();
    ws.demo_vault();
    let wrong = sheet_file(&ws, "wrong.json", "7.3", "x");
    let error =
        one_line_error(&ws.run(&["score", "A002", "--vault", "v.rdvault", "--from", &wrong]));
    assert!(error.contains("wrong value (agreements)"), "{error}");
    std::fs::write(ws.path("garbled.json"), "{\"scores\": ").expect("write");
    let garbled = one_line_error(&ws.run(&[
        "score",
        "A002",
        "--vault",
        "v.rdvault",
        "--from",
        "garbled.json",
    ]));
    assert!(garbled.contains("could not be read"), "{garbled}");
    assert_eq!(
        ws.ok(&["sheets", "--vault", "v.rdvault", "--json"]).trim(),
        "[]"
    );
}

#[test]
fn a_declared_conflict_is_recorded_as_a_recusal() {
    let ws = Workspace::new();
    ws.demo_vault();
    let sheet = serde_json::json!({"declaration": {"kind": "conflict", "conflict": "former_employer", "details": "Worked there until 2024"}});
    std::fs::write(ws.path("recusal.json"), sheet.to_string()).expect("write");
    let line = ws.ok(&[
        "score",
        "A004",
        "--vault",
        "v.rdvault",
        "--from",
        "recusal.json",
        "--submit",
    ]);
    assert!(
        line.contains("recused for a conflict of interest"),
        "{line}"
    );
}

#[test]
fn a_submitted_sheet_is_revised_as_a_new_version_until_the_deadline() {
    let ws = Workspace::new();
    ws.demo_vault();
    let first = sheet_file(&ws, "first.json", "7.5", "Sound plan.");
    let second = sheet_file(
        &ws,
        "second.json",
        "8",
        "Sound plan; the budget is now clear.",
    );
    let score = |file: &str, extra: &[&str]| {
        let mut args = vec!["score", "A001", "--vault", "v.rdvault", "--from", file];
        args.extend_from_slice(extra);
        ws.run(&args)
    };
    assert!(score(&first, &["--submit"]).status.success());
    // The demo call's pre-review closed on 2025-12-05, written the English way.
    let closed = one_line_error(&score(&second, &["--revise"]));
    assert!(closed.contains("closed on Dec 5, 2025"), "{closed}");

    let mut document: serde_json::Value =
        serde_json::from_slice(&std::fs::read(ws.path("demo.json")).expect("read")).expect("JSON");
    document["call"]["pre_review_due"] = "2099-12-31".into();
    std::fs::write(ws.path("open.json"), document.to_string()).expect("write");
    ws.ok(&["import", "open.json", "--vault", "v.rdvault"]);
    let revised = score(&second, &["--revise", "--submit"]);
    let line = String::from_utf8_lossy(&revised.stdout);
    assert!(line.contains("version 2 submitted; overall 80"), "{line}");

    let sheets: serde_json::Value =
        serde_json::from_str(&ws.ok(&["sheets", "--vault", "v.rdvault", "--json"])).expect("JSON");
    assert_eq!(sheets[0]["version"], 2);
    assert_eq!(sheets[0]["input"]["scores"]["benefit"], "8");
}

#[test]
fn enrollment_by_files_then_a_bundle_imports() {
    use reviewdesk_exchange::bundle::{self, BundleInfo};
    use reviewdesk_exchange::enrollment::{self, EnrollmentRequest};

    let ws = Workspace::new();
    ws.ok(&["vault", "create", "v.rdvault"]);
    let code = "7K2M-Q9XD-4HNB-TV3C";
    let asked = ws.ok(&[
        "enroll",
        "--vault",
        "v.rdvault",
        "--expert",
        "E01",
        "--code",
        code,
        "--request",
        "request.json",
    ]);
    assert!(asked.contains("request.json"), "{asked}");

    // The agency's side: check the request, answer it, seal a bundle.
    let agency = reviewdesk_exchange::KeyPair::generate();
    let request: EnrollmentRequest =
        serde_json::from_slice(&std::fs::read(ws.path("request.json")).expect("read"))
            .expect("request");
    enrollment::check_request(&request, code).expect("valid request");
    let now = chrono::Utc::now();
    let response = enrollment::respond(&request, &agency, code, Default::default(), now);
    std::fs::write(
        ws.path("response.json"),
        serde_json::to_vec(&response).expect("JSON"),
    )
    .expect("write");
    let enrolled = ws.ok(&[
        "enroll",
        "--vault",
        "v.rdvault",
        "--response",
        "response.json",
    ]);
    assert!(enrolled.contains(&agency.public().signing), "{enrolled}");

    ws.ok(&["demo-data", "demo.json"]);
    let demo = std::fs::read(ws.path("demo.json")).expect("demo");
    let call: serde_json::Value = serde_json::from_slice(&demo).expect("JSON");
    let sealed = bundle::seal(
        &agency,
        &request.body.keys,
        &BundleInfo {
            bundle_id: "00000000-0000-4000-8000-000000000001".into(),
            call_id: call["call"]["id"].as_str().expect("id").into(),
            expert_id: "E01".into(),
            sequence: 1,
            issued_at: now,
            expires_at: now + chrono::Duration::days(30),
        },
        &demo,
    )
    .expect("seal");
    std::fs::write(ws.path("bundle.zip"), &sealed).expect("write");
    ws.ok(&["import", "bundle.zip", "--vault", "v.rdvault"]);
    assert_eq!(application_count(&ws.path("v.rdvault")), 26);

    // Scores travel back as packages: submit, export, verify without a vault.
    let complete = sheet_file(&ws, "complete.json", "8", "A credible plan.");
    ws.ok(&["score", "A001", "--vault", "v.rdvault", "--from", &complete]);
    ws.ok(&["submit", "A001", "--vault", "v.rdvault"]);
    let listed = ws.ok(&["outbox", "--vault", "v.rdvault"]);
    assert!(listed.contains("#1 queued: A001"), "{listed}");
    let exported = ws.ok(&["outbox", "--vault", "v.rdvault", "--export", "out"]);
    assert!(exported.contains("One package was written"), "{exported}");
    std::fs::write(
        ws.path("agency.json"),
        serde_json::to_vec(&agency.public()).expect("JSON"),
    )
    .expect("write");
    std::fs::write(
        ws.path("expert.json"),
        serde_json::to_vec(&request.body.keys).expect("JSON"),
    )
    .expect("write");
    let package = "out/reviewdesk-package-E01-000001.zip";
    let verified = ws.ok(&[
        "verify",
        package,
        "--agency-key",
        "agency.json",
        "--expert-key",
        "expert.json",
        "--expert",
        "E01",
    ]);
    assert!(
        verified.contains("signed by their registered key"),
        "{verified}"
    );
    let other = reviewdesk_exchange::KeyPair::generate();
    std::fs::write(
        ws.path("other.json"),
        serde_json::to_vec(&other.public()).expect("JSON"),
    )
    .expect("write");
    let refused = one_line_error(&ws.run(&[
        "verify",
        package,
        "--agency-key",
        "agency.json",
        "--expert-key",
        "other.json",
        "--expert",
        "E01",
    ]));
    assert!(refused.contains("signature does not match"), "{refused}");

    let mut tampered = sealed;
    let at = tampered.len() / 2;
    tampered[at] ^= 1;
    std::fs::write(ws.path("tampered.zip"), &tampered).expect("write");
    let refused = one_line_error(&ws.run(&["import", "tampered.zip", "--vault", "v.rdvault"]));
    assert!(refused.contains("Nothing was changed"), "{refused}");
}

/// The agency server, in this process on 127.0.0.1 port 0, with the demo call
/// and a code for E01. Returns its address and the code.
fn agency_server(ws: &Workspace) -> (String, String) {
    let database = reviewdesk_server::Database::Sqlite(ws.path("server.db"));
    let unseal = reviewdesk_server::testing::unseal(&ws.path("."));
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Runtime::new().expect("runtime");
        runtime.block_on(async move {
            let agency = reviewdesk_server::Agency::open_or_init(&database, None, &unseal)
                .await
                .expect("server");
            agency
                .load_call(
                    &reviewdesk_demo::generate_json(reviewdesk_demo::DEMO_SEED, 1),
                    chrono::Utc::now(),
                )
                .await
                .expect("load");
            let code = agency.issue_code(&"E01".into()).await.expect("code");
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                .await
                .expect("bind");
            sender
                .send((listener.local_addr().expect("address"), code))
                .expect("send");
            reviewdesk_server::http::serve(listener, agency)
                .await
                .expect("serve");
        });
    });
    let (address, code) = receiver.recv().expect("address");
    (format!("http://{address}"), code)
}

/// `e.rdvault`, enrolled online as E01 with `code` and holding the bundle.
fn enrolled_expert_vault(ws: &Workspace, server: &str, code: &str) {
    ws.ok(&["vault", "create", "e.rdvault"]);
    ws.ok(&[
        "enroll",
        "--vault",
        "e.rdvault",
        "--expert",
        "E01",
        "--code",
        code,
        "--server",
        server,
    ]);
    ws.ok(&["sync", "--vault", "e.rdvault"]);
}

#[test]
fn enroll_online_sync_scores_and_receive_receipts() {
    let ws = Workspace::new();
    let (server, code) = agency_server(&ws);
    ws.ok(&["vault", "create", "v.rdvault"]);
    let enrolled = ws.ok(&[
        "enroll",
        "--vault",
        "v.rdvault",
        "--expert",
        "E01",
        "--code",
        &code,
        "--server",
        &server,
    ]);
    assert!(enrolled.contains("Enrolled as E01"), "{enrolled}");
    // The address used to enroll is remembered.
    let first = ws.ok(&["sync", "--vault", "v.rdvault"]);
    assert!(first.contains("one new bundle"), "{first}");
    assert_eq!(application_count(&ws.path("v.rdvault")), 26);

    let complete = sheet_file(&ws, "complete.json", "8", "Scored on the train.");
    ws.ok(&[
        "score",
        "A001",
        "--vault",
        "v.rdvault",
        "--from",
        &complete,
        "--submit",
    ]);
    let second = ws.ok(&["sync", "--vault", "v.rdvault", "--server", &server]);
    assert!(
        second.contains("1 delivered, 0 refused by the agency, 0 still queued"),
        "{second}"
    );
    let outbox: serde_json::Value =
        serde_json::from_str(&ws.ok(&["outbox", "--vault", "v.rdvault", "--json"])).expect("JSON");
    assert_eq!(outbox[0]["state"], "delivered");
    assert_eq!(
        outbox[0]["receipt"]["signature"].as_str().map(str::len),
        Some(86)
    );
    assert!(outbox[0]["receipt"]["received_at"].is_string());

    // A package above the size given goes up in parts, with the same result.
    ws.ok(&[
        "score",
        "A002",
        "--vault",
        "v.rdvault",
        "--from",
        &complete,
        "--submit",
    ]);
    let third = ws.ok(&["sync", "--vault", "v.rdvault", "--parts-above", "1"]);
    assert!(
        third.contains("1 delivered, 0 refused by the agency, 0 still queued"),
        "{third}"
    );
}

#[test]
fn staff_import_a_panels_packages_and_write_the_minutes() {
    let ws = Workspace::new();
    let (server, code) = agency_server(&ws);
    enrolled_expert_vault(&ws, &server, &code);
    let complete = sheet_file(&ws, "complete.json", "8", "Sound plan; 合作基础扎实。");
    for application in ["A001", "A002"] {
        ws.ok(&[
            "score",
            application,
            "--vault",
            "e.rdvault",
            "--from",
            &complete,
            "--submit",
        ]);
    }
    ws.ok(&["outbox", "--vault", "e.rdvault", "--export", "usb"]);

    // The agency writes the staff key; a staff member sets up their vault.
    let passphrase = "mango river seventeen kites";
    let database = reviewdesk_server::Database::Sqlite(ws.path("server.db"));
    let unseal = reviewdesk_server::testing::unseal(&ws.path("."));
    let staff_key = tokio::runtime::Runtime::new()
        .expect("runtime")
        .block_on(async {
            let agency = reviewdesk_server::Agency::open(&database, &unseal).await?;
            agency.staff_key(passphrase).await
        })
        .expect("key");
    std::fs::write(ws.path("staff.key"), staff_key).expect("write");
    ws.ok(&["demo-data", "demo.json"]);
    ws.ok(&["vault", "create", "s.rdvault"]);
    ws.ok(&["import", "demo.json", "--vault", "s.rdvault"]);
    let installed = ws
        .command(&["staff", "key", "staff.key", "--vault", "s.rdvault"])
        .env("REVIEWDESK_STAFF_KEY_PASSPHRASE", passphrase)
        .output()
        .expect("run");
    assert!(
        installed.status.success(),
        "{}",
        String::from_utf8_lossy(&installed.stderr)
    );
    assert!(String::from_utf8_lossy(&installed.stdout).contains("1 experts' keys"));

    let mut packages: Vec<String> = std::fs::read_dir(ws.path("usb"))
        .expect("usb")
        .map(|e| e.expect("entry").path().display().to_string())
        .collect();
    packages.sort();
    assert_eq!(packages.len(), 2);
    let mut args = vec!["staff", "import", "--vault", "s.rdvault"];
    args.extend(packages.iter().map(String::as_str));
    let imported = ws.ok(&args);
    assert!(
        imported.contains("package 1 of E01 checked and imported (1 sheets)"),
        "{imported}"
    );

    // Online: the expert scores one more and syncs; the staff member fetches
    // what the vault does not hold yet — that one package.
    ws.ok(&[
        "score",
        "A004",
        "--vault",
        "e.rdvault",
        "--from",
        &complete,
        "--submit",
    ]);
    ws.ok(&["sync", "--vault", "e.rdvault"]);
    tokio::runtime::Runtime::new()
        .expect("runtime")
        .block_on(async {
            let agency = reviewdesk_server::Agency::open(&database, &unseal).await?;
            agency.add_staff("clerk", "correct horse battery").await
        })
        .expect("staff account");
    let fetch = |password: &str| {
        ws.command(&[
            "staff",
            "fetch",
            "--vault",
            "s.rdvault",
            "--server",
            &server,
            "--user",
            "clerk",
        ])
        .env("REVIEWDESK_STAFF_PASSWORD", password)
        .output()
        .expect("run")
    };
    assert!(!fetch("wrong").status.success());
    let fetched = fetch("correct horse battery");
    assert!(
        fetched.status.success(),
        "{}",
        String::from_utf8_lossy(&fetched.stderr)
    );
    assert!(
        String::from_utf8_lossy(&fetched.stdout).contains("One new package fetched"),
        "{}",
        String::from_utf8_lossy(&fetched.stdout)
    );

    let d01_of_panel = || {
        let panel: serde_json::Value =
            serde_json::from_str(&ws.ok(&["staff", "panel", "--vault", "s.rdvault", "--json"]))
                .expect("JSON");
        panel["demands"]
            .as_array()
            .expect("demands")
            .iter()
            .find(|d| d["demand_id"] == "D01")
            .expect("D01")
            .clone()
    };
    let d01 = d01_of_panel();
    let a001 = d01["applicants"]
        .as_array()
        .expect("applicants")
        .iter()
        .find(|a| a["application_id"] == "A001")
        .expect("A001");
    assert_eq!(a001["scores"][0]["expert_id"], "E01");

    ws.ok(&[
        "staff",
        "meeting",
        "--vault",
        "s.rdvault",
        "--date",
        "2025-12-03",
        "--place",
        "南宁",
        "--chair",
        "E01",
        "--staff-member",
        "韦晓玲",
    ]);
    let wrong = ws.run(&[
        "staff",
        "note",
        "--vault",
        "s.rdvault",
        "--demand",
        "D01",
        "--vote",
        "A001",
    ]);
    assert!(!wrong.status.success());
    assert!(
        one_line_error(&wrong).contains("APPLICATION=VOTES"),
        "{}",
        one_line_error(&wrong)
    );
    ws.ok(&[
        "staff",
        "note",
        "--vault",
        "s.rdvault",
        "--demand",
        "D01",
        "--note",
        "同意。",
        "--vote",
        "A001=3",
    ]);
    // The chair opens D01 for discussion; the demo call allows no revision round.
    let round = |choice: &str| {
        ws.run(&[
            "staff",
            "round",
            "--vault",
            "s.rdvault",
            "--demand",
            "D01",
            choice,
        ])
    };
    assert!(round("discussion").status.success());
    assert_eq!(d01_of_panel()["round"], "discussion");
    let refused = round("revision");
    assert_eq!(
        refused.status.code(),
        Some(2),
        "what the call does not allow"
    );
    assert!(
        one_line_error(&refused).contains("revision"),
        "{}",
        one_line_error(&refused)
    );
    assert!(round("close").status.success());
    let written = ws.ok(&[
        "staff",
        "minutes",
        "--vault",
        "s.rdvault",
        "--out",
        "minutes.pdf",
        "--csv",
        "matrix.csv",
        "--opinions",
        "forms",
    ]);
    assert_eq!(written.matches("Written:").count(), 3, "{written}");
    let text = Command::new("pdftotext")
        .args([
            ws.path("minutes.pdf").as_os_str(),
            "-enc".as_ref(),
            "UTF-8".as_ref(),
            "-".as_ref(),
        ])
        .output()
        .expect("pdftotext");
    let text = String::from_utf8_lossy(&text.stdout);
    for expected in [
        "评审会议纪要",
        "南宁",
        "同意。",
        "Sound plan; 合作基础扎实。",
        "韦晓玲",
    ] {
        assert!(text.contains(expected), "{expected:?} not in the minutes");
    }

    // Anyone with the agency's public key checks a copy: never fixed for
    // signing, it is still the agency's content, signed by nobody.
    let agency_key = tokio::runtime::Runtime::new()
        .expect("runtime")
        .block_on(async {
            let agency = reviewdesk_server::Agency::open(&database, &unseal).await?;
            Ok::<_, reviewdesk_server::ServerError>(agency.public_keys())
        })
        .expect("agency key");
    std::fs::write(
        ws.path("agency.json"),
        serde_json::to_vec(&agency_key).expect("JSON"),
    )
    .expect("write");
    let verify = |pdf: &str| ws.run(&["verify-minutes", pdf, "--agency-key", "agency.json"]);
    let checked = verify("minutes.pdf");
    let said = String::from_utf8_lossy(&checked.stdout).into_owned();
    assert!(checked.status.success(), "{said}");
    assert!(said.contains("as the agency sealed them"), "{said}");
    assert!(said.contains("never fixed"), "{said}");
    assert!(
        said.contains("E01") && said.contains("did not sign"),
        "{said}"
    );

    // Fixed for signing, the minutes name their digest; E01 has not signed.
    let fixed = ws.ok(&["staff", "fix-minutes", "--vault", "s.rdvault"]);
    let digest = fixed
        .split_whitespace()
        .find(|word| word.len() == 65 && word.ends_with('.'))
        .map(|word| word.trim_end_matches('.').to_owned())
        .expect("a digest");
    ws.ok(&[
        "staff",
        "minutes",
        "--vault",
        "s.rdvault",
        "--out",
        "fixed.pdf",
    ]);
    let checked = verify("fixed.pdf");
    let said = String::from_utf8_lossy(&checked.stdout).into_owned();
    assert!(checked.status.success(), "{said}");
    assert!(said.contains(&digest), "{said}");
    assert!(!said.contains("never fixed"), "{said}");

    // A copy whose carried content was edited is refused as altered input;
    // a PDF that carries none is said to carry nothing to check.
    let mut bytes = std::fs::read(ws.path("fixed.pdf")).expect("read");
    let (from, to) = ("同意。".as_bytes(), "反对。".as_bytes());
    let at = bytes
        .windows(from.len())
        .position(|w| w == from)
        .expect("the note in the carried content");
    bytes[at..at + to.len()].copy_from_slice(to);
    std::fs::write(ws.path("altered.pdf"), bytes).expect("write");
    let refused = verify("altered.pdf");
    assert_eq!(refused.status.code(), Some(4), "refused input");
    assert!(
        one_line_error(&refused).contains("altered"),
        "{}",
        one_line_error(&refused)
    );
    let refused = verify("forms/../matrix.csv");
    assert!(!refused.status.success());
    assert!(
        one_line_error(&refused).contains("no minutes sealed"),
        "{}",
        one_line_error(&refused)
    );
}

/// `verify` with an expert's registered keys vouches only for that expert: a
/// package naming E02 but signed with E01's key is not reported as E02's.
#[test]
fn verify_does_not_trust_the_name_on_the_package() {
    use reviewdesk_exchange::KeyPair;
    use reviewdesk_exchange::package::{self, PackageInfo};
    let ws = Workspace::new();
    let (agency, e01, e02) = (
        KeyPair::generate(),
        KeyPair::generate(),
        KeyPair::generate(),
    );
    for (name, keys) in [
        ("agency.json", &agency),
        ("e01.json", &e01),
        ("e02.json", &e02),
    ] {
        std::fs::write(
            ws.path(name),
            serde_json::to_vec(&keys.public()).expect("JSON"),
        )
        .expect("write");
    }
    let sealed = package::seal(
        &e01,
        &agency.public(),
        &PackageInfo {
            package_id: "0b7d9c3e-2f1a-4b8e-9c55-3a2d1e0f9b71".into(),
            call_id: "GX-ASEAN-AI-2025".into(),
            expert_id: "E02".into(),
            sequence: 1,
            previous: None,
            created_at: chrono::Utc::now(),
        },
        b"{}",
    )
    .expect("seal");
    std::fs::write(ws.path("p.zip"), &sealed.bytes).expect("write");
    let verify = |expert: &str, key: &str| {
        one_line_error(&ws.run(&[
            "verify",
            "p.zip",
            "--agency-key",
            "agency.json",
            "--expert-key",
            key,
            "--expert",
            expert,
        ]))
    };
    let with_e01s_key = verify("E01", "e01.json");
    assert!(
        with_e01s_key.contains("names expert E02") && with_e01s_key.contains("E01"),
        "{with_e01s_key}"
    );
    let with_e02s_key = verify("E02", "e02.json");
    assert!(
        with_e02s_key.contains("signature does not match"),
        "{with_e02s_key}"
    );
    // A file far larger than any package is refused by its size, unread
    // (a sparse file: it costs no disk).
    let huge = std::fs::File::create(ws.path("huge.zip")).expect("create");
    huge.set_len(1 << 30).expect("size");
    let refused = ws.run(&["verify", "huge.zip", "--agency-key", "agency.json"]);
    assert_eq!(refused.status.code(), Some(4), "refused input");
    let message = one_line_error(&refused);
    assert!(message.contains("at most"), "{message}");
    // A registered key needs the expert it belongs to.
    let output = ws.run(&[
        "verify",
        "p.zip",
        "--agency-key",
        "agency.json",
        "--expert-key",
        "e01.json",
    ]);
    assert!(!output.status.success());
}

/// Scripts tell failures apart by the exit status: usage 2, wrong passphrase
/// 3, refused input 4, a damaged vault or key file 5 (README).
#[test]
fn the_exit_status_says_what_kind_of_failure_it_was() {
    let ws = Workspace::new();
    let vault = ws.demo_vault();
    let status = |output: Output| output.status.code();
    assert_eq!(status(ws.run(&["list"])), Some(2), "usage");
    let wrong = ws
        .command(&["list", "--vault", "v.rdvault"])
        .env("REVIEWDESK_PASSPHRASE", "not the passphrase at all")
        .output()
        .expect("run");
    assert_eq!(status(wrong), Some(3), "wrong passphrase");
    std::fs::write(ws.path("edited.json"), b"{\"format\": \"something else\"}").expect("write");
    assert_eq!(
        status(ws.run(&["import", "edited.json", "--vault", "v.rdvault"])),
        Some(4),
        "refused input"
    );

    // Damage to the database's first page reads as damage, not as a wrong
    // passphrase; so does a key file that is not one.
    let mut bytes = std::fs::read(&vault).expect("vault");
    for byte in &mut bytes[200..400] {
        *byte ^= 0x5a;
    }
    std::fs::write(&vault, &bytes).expect("damage");
    let damaged = ws.run(&["list", "--vault", "v.rdvault"]);
    let message = String::from_utf8_lossy(&damaged.stderr).into_owned();
    assert_eq!(status(damaged), Some(5), "damaged vault: {message}");
    assert!(message.contains("backup"), "{message}");
    std::fs::write(ws.path("v.rdvault.kdf"), [0xff, 0xfe, 0x7b]).expect("damage");
    let damaged = ws.run(&["list", "--vault", "v.rdvault"]);
    let message = String::from_utf8_lossy(&damaged.stderr).into_owned();
    assert_eq!(status(damaged), Some(5), "damaged key file: {message}");
    assert!(!message.contains("UTF-8"), "{message}");
}

/// The panel meeting from the shell: an expert's vault joins the hub (a
/// staff vault served in this process on loopback) with the join line, sends
/// what the hub lacks, and is told what it may see of an open demand.
#[test]
fn an_expert_joins_a_meeting_and_keeps_in_step_from_the_command_line() {
    let ws = Workspace::new();
    let (server, code) = agency_server(&ws);
    enrolled_expert_vault(&ws, &server, &code);
    let complete = sheet_file(&ws, "complete.json", "8", "Sound plan.");
    ws.ok(&[
        "score",
        "A001",
        "--vault",
        "e.rdvault",
        "--from",
        &complete,
        "--submit",
    ]);
    let left = one_line_error(&ws.run(&["meeting", "status", "--vault", "e.rdvault"]));
    assert!(left.contains("has not joined a meeting"), "{left}");

    // The staff vault, held by the hub in this process.
    let passphrase = "mango river seventeen kites";
    let database = reviewdesk_server::Database::Sqlite(ws.path("server.db"));
    let unseal = reviewdesk_server::testing::unseal(&ws.path("."));
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let staff_key = runtime
        .block_on(async {
            let agency = reviewdesk_server::Agency::open(&database, &unseal).await?;
            agency.staff_key(passphrase).await
        })
        .expect("key");
    ws.ok(&["demo-data", "demo.json"]);
    ws.ok(&["vault", "create", "s.rdvault"]);
    ws.ok(&["import", "demo.json", "--vault", "s.rdvault"]);
    let mut staff = reviewdesk_core::Session::default();
    staff
        .unlock(
            &ws.path("s.rdvault"),
            &reviewdesk_core::Passphrase::new(PASSPHRASE.into()),
        )
        .expect("unlocked");
    staff
        .staff()
        .install_staff_key(&staff_key, &zeroize::Zeroizing::new(passphrase.into()))
        .expect("installed");
    let call: reviewdesk_domain::CallId = "GX-ASEAN-AI-2025".into();
    let staff = std::sync::Arc::new(std::sync::Mutex::new(staff));
    let meeting = runtime
        .block_on(reviewdesk_meeting::start(
            std::sync::Arc::clone(&staff),
            reviewdesk_meeting::MeetingOptions {
                call_id: call.clone(),
                listen: "127.0.0.1:0".parse().expect("address"),
            },
        ))
        .expect("hub");

    let joined = ws.ok(&[
        "meeting",
        "join",
        "--vault",
        "e.rdvault",
        &meeting.card.join_line,
    ]);
    assert!(
        joined.contains("Joined the meeting on call GX-ASEAN-AI-2025"),
        "{joined}"
    );
    let step = ws.ok(&["meeting", "status", "--vault", "e.rdvault"]);
    assert!(
        step.contains("Packages sent to the meeting's hub: 1; still to send: 0."),
        "{step}"
    );
    assert!(step.contains("The chair has opened no demand"), "{step}");

    // The chair opens A001's demand; E01 has not submitted for all of it.
    let demand = {
        let mut staff = staff.lock().expect("staff");
        let mut desk = staff.staff();
        let demand = desk
            .panel(&call)
            .expect("panel")
            .demands
            .into_iter()
            .find(|d| d.applicants.iter().any(|a| a.application_id == "A001"))
            .expect("A001's demand")
            .demand_id;
        desk.set_round(
            &call,
            &demand,
            Some(reviewdesk_core::staff::Round::Discussion),
            reviewdesk_domain::Timestamp::now(),
        )
        .expect("opened");
        demand
    };
    let step = ws.ok(&["meeting", "status", "--vault", "e.rdvault"]);
    assert!(
        step.contains(&format!("{demand} — Open for discussion")),
        "{step}"
    );
    assert!(
        step.contains("Packages sent to the meeting's hub: 0"),
        "{step}"
    );
    runtime.block_on(meeting.stop());

    // The hub gone, the vault says so and keeps everything.
    let unreachable = one_line_error(&ws.run(&["meeting", "status", "--vault", "e.rdvault"]));
    assert!(
        unreachable.contains("The meeting's hub at https://127.0.0.1:"),
        "{unreachable}"
    );
    ws.ok(&["meeting", "leave", "--vault", "e.rdvault"]);
}

/// The demo made today shows a call whose pre-review is open: a submitted
/// sheet can still be revised.
#[test]
fn a_demo_dated_today_is_open_for_pre_review() {
    let ws = Workspace::new();
    ws.ok(&["demo-data", "demo.json", "--today"]);
    let document: serde_json::Value =
        serde_json::from_slice(&std::fs::read(ws.path("demo.json")).expect("read")).expect("JSON");
    let yesterday = (chrono::Local::now().date_naive() - chrono::Duration::days(1)).to_string();
    assert_eq!(document["call"]["application_deadline"], yesterday.as_str());
    ws.ok(&["vault", "create", "v.rdvault"]);
    ws.ok(&["import", "demo.json", "--vault", "v.rdvault"]);
    let complete = sheet_file(&ws, "complete.json", "8", "Sound plan.");
    ws.ok(&[
        "score",
        "A001",
        "--vault",
        "v.rdvault",
        "--from",
        &complete,
        "--submit",
    ]);
    let revised = ws.ok(&[
        "score",
        "A001",
        "--vault",
        "v.rdvault",
        "--from",
        &complete,
        "--revise",
        "--submit",
    ]);
    assert!(revised.contains("version 2 submitted"), "{revised}");
}

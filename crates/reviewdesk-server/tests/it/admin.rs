//! The `reviewdesk-server` binary as an agency clerk runs it: every admin
//! subcommand, offline enrollment by files, and `serve`.

use std::collections::BTreeMap;
use std::io::{BufRead as _, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Mutex, PoisonError};

use reviewdesk_server::Database;
use reviewdesk_server::seal::KEY_FILE_VARIABLE;

use chrono::Utc;
use reviewdesk_exchange::bundle::{self, Opener};
use reviewdesk_exchange::enrollment::{self, EnrollmentResponse};
use reviewdesk_exchange::package::{self, PackageInfo};
use reviewdesk_exchange::{KeyPair, Limits, PublicKeys};

/// The database of the test working in `dir`: `server.db` there, or a fresh
/// PostgreSQL schema when the suite runs on PostgreSQL; made on first use.
fn database(dir: &Path) -> String {
    static MADE: Mutex<BTreeMap<PathBuf, String>> = Mutex::new(BTreeMap::new());
    let mut made = MADE.lock().unwrap_or_else(PoisonError::into_inner);
    made.entry(dir.to_owned())
        .or_insert_with(|| {
            let runtime = tokio::runtime::Runtime::new().expect("runtime");
            match runtime.block_on(reviewdesk_server::testing::database(dir)) {
                Database::Sqlite(_) => "server.db".to_owned(),
                Database::Postgres(address) => address,
            }
        })
        .clone()
}

/// The key file sealing the agency's keys of the test working in `dir`.
fn key_file(dir: &Path) -> PathBuf {
    match reviewdesk_server::testing::unseal(dir) {
        reviewdesk_server::Unseal::KeyFile(path) => path,
        reviewdesk_server::Unseal::Passphrase(_) => unreachable!("tests seal with a key file"),
    }
}

/// Runs an admin subcommand on the test's database (see [`database`]), in English.
fn admin(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_reviewdesk-server"))
        .args(["--database", &database(dir)])
        .args(args)
        .env(KEY_FILE_VARIABLE, key_file(dir))
        .current_dir(dir)
        .env("LANG", "en_US.UTF-8")
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("REVIEWDESK_STAFF_PASSWORD", "correct horse battery")
        .output()
        .expect("run")
}

fn server(dir: &Path, args: &[&str]) -> String {
    let output = admin(dir, args);
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("utf-8")
}

fn path(dir: &Path, name: &str) -> PathBuf {
    dir.join(name)
}

#[test]
fn a_clerk_runs_the_whole_exchange_from_the_shell() {
    let dir = tempfile::tempdir().expect("tempdir");
    let dir = dir.path();
    let keys: PublicKeys = serde_json::from_str(&server(dir, &["init"])).expect("keys");
    #[cfg(unix)]
    if database(dir) == "server.db" {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(path(dir, "server.db"))
            .expect("database")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "the database holds the agency's keys");
    }
    assert_eq!(
        serde_json::from_str::<PublicKeys>(&server(dir, &["agency-key"])).expect("keys"),
        keys
    );
    let demo = reviewdesk_demo::generate_json(reviewdesk_demo::DEMO_SEED, 1);
    std::fs::write(path(dir, "demo.json"), &demo).expect("write");
    let loaded = server(dir, &["load-call", "demo.json"]);
    assert!(loaded.contains("26 applications"), "{loaded}");
    let code = server(dir, &["code", "E01"]).trim().to_owned();
    assert_eq!(code.len(), 19, "the code alone: {code}");

    let expert = KeyPair::generate();
    let request = enrollment::request(&"E01".into(), &expert, &code, Utc::now());
    std::fs::write(
        path(dir, "request.json"),
        serde_json::to_vec(&request).expect("JSON"),
    )
    .expect("write");
    server(dir, &["enroll", "request.json", "--out", "response.json"]);
    let response: EnrollmentResponse =
        serde_json::from_slice(&std::fs::read(path(dir, "response.json")).expect("read"))
            .expect("response");
    assert_eq!(
        enrollment::check_response(&response, &request, &code).expect("valid"),
        keys
    );

    let call: serde_json::Value = serde_json::from_slice(&demo).expect("JSON");
    let call = call["call"]["id"].as_str().expect("id");
    server(
        dir,
        &[
            "assign",
            "--call",
            call,
            "--expert",
            "E01",
            "--applications",
            "A001,A002",
        ],
    );
    let issued = server(
        dir,
        &[
            "issue-bundle",
            "--expert",
            "E01",
            "--call",
            call,
            "--out",
            "b.zip",
        ],
    );
    assert!(issued.contains("Bundle 1"), "{issued}");
    let opened = bundle::open(
        &std::fs::read(path(dir, "b.zip")).expect("read"),
        &Opener {
            expert_id: &"E01".into(),
            keys: &expert,
            agency: &keys,
            installed_sequence: &|_| None,
            now: Utc::now(),
            limits: Limits::default(),
        },
    )
    .expect("the bundle opens");
    let document = reviewdesk_domain::AgencyDocument::parse(&opened.content).expect("valid");
    let ids: Vec<&str> = document
        .applications
        .iter()
        .map(|a| a.id.as_str())
        .collect();
    assert_eq!(
        ids,
        ["A001", "A002"],
        "the bundle carries the assigned applications only"
    );

    let content = serde_json::json!({
        "format": "reviewdesk.scores", "version": 1, "call_id": call, "expert_id": "E01",
        "sheets": [{"application_id": "A001", "version": 1, "rubric_id": "pre-review", "rubric_version": 1,
                    "submitted_at": "2025-11-22T09:00:00Z", "recused": true,
                    "input": {"declaration": {"kind": "conflict", "conflict": "relative", "details": "cousin"}},
                    "totals": null}]
    });
    let sealed = package::seal(
        &expert,
        &keys,
        &PackageInfo {
            package_id: "0b7d9c3e-2f1a-4b8e-9c55-3a2d1e0f9b71".into(),
            call_id: call.into(),
            expert_id: "E01".into(),
            sequence: 1,
            previous: None,
            created_at: Utc::now(),
        },
        content.to_string().as_bytes(),
    )
    .expect("seal");
    std::fs::write(path(dir, "p1.zip"), &sealed.bytes).expect("write");
    let accepted = server(dir, &["import-package", "p1.zip"]);
    assert!(accepted.contains("package 1 of E01"), "{accepted}");
    // Importing the same file again is harmless.
    server(dir, &["import-package", "p1.zip"]);
    let progress: serde_json::Value =
        serde_json::from_str(&server(dir, &["progress"])).expect("JSON");
    let e01 = &progress.as_array().expect("array")[0];
    assert_eq!(
        (e01["packages"].as_u64(), e01["recused"].as_u64()),
        (Some(1), Some(1))
    );
    assert!(server(dir, &["add-staff", "clerk"]).contains("clerk"));

    // Every one of those actions is on record, in order, in an unbroken chain.
    let verified = server(dir, &["audit", "verify"]);
    assert!(verified.contains("unbroken: 10 entries"), "{verified}");
    let log: Vec<serde_json::Value> =
        serde_json::from_str(&server(dir, &["audit", "list", "--json"])).expect("JSON");
    let actions: Vec<(&str, &str)> = log
        .iter()
        .map(|e| {
            (
                e["action"].as_str().unwrap_or_default(),
                e["actor"].as_str().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        actions,
        [
            ("initialized", "admin"),
            ("agency-key-read", "admin"),
            ("call-loaded", "admin"),
            ("code-issued", "admin"),
            ("enrolled", "expert:E01"),
            ("assigned", "admin"),
            ("bundle-issued", "admin"),
            ("package-accepted", "expert:E01"),
            ("progress-read", "admin"),
            ("staff-added", "admin"),
        ],
        "importing the same package again changed nothing, so it is not on record"
    );
    assert!(
        !serde_json::to_string(&log).expect("JSON").contains(&code),
        "the enrollment code itself is never recorded"
    );

    // An entry altered in the database is found, and so is one removed.
    tamper(
        dir,
        "UPDATE audit SET detail = 'nothing happened' WHERE seq = 8",
    );
    let broken = refused(dir, &["audit", "verify"]);
    assert!(
        broken.contains("audit-broken") && broken.contains("entry 8"),
        "{broken}"
    );
    tamper(dir, "UPDATE audit SET detail = '#1' WHERE seq = 8");
    assert!(server(dir, &["audit", "verify"]).contains("unbroken"));
    tamper(dir, "DELETE FROM audit WHERE seq = 4");
    let broken = refused(dir, &["audit", "verify"]);
    assert!(broken.contains("entry 4 is missing"), "{broken}");
}

/// Changes the test's database behind the server's back, as someone with
/// access to the database could.
fn tamper(dir: &Path, sql: &str) {
    let database = database(dir);
    if database == "server.db" {
        let connection = rusqlite::Connection::open(path(dir, "server.db")).expect("open");
        connection.execute_batch(sql).expect("tamper");
        return;
    }
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    runtime.block_on(async {
        let client = reviewdesk_server::store::connect(&database)
            .await
            .expect("connect");
        client.batch_execute(sql).await.expect("tamper");
    });
}

/// `reviewdesk-server serve` on `database`, run in `dir`, on loopback port
/// 0: the process and the address it prints.
pub(crate) fn serve(dir: &Path, database: &str) -> (std::process::Child, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_reviewdesk-server"))
        .args(["--database", database, "serve", "--listen", "127.0.0.1:0"])
        .current_dir(dir)
        .env(KEY_FILE_VARIABLE, key_file(dir))
        .env("LANG", "en_US.UTF-8")
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stderr(Stdio::piped())
        .spawn()
        .expect("serve");
    let mut lines = BufReader::new(child.stderr.take().expect("stderr")).lines();
    let line = lines
        .by_ref()
        .map_while(Result::ok)
        .find(|l| l.contains("listening on"))
        .expect("the server says where it listens");
    let url = line.rsplit(' ').next().expect("url").to_owned();
    // The server keeps writing its log; nobody needs to read it.
    std::thread::spawn(move || lines.for_each(drop));
    (child, url)
}

/// Runs an admin subcommand that must fail; returns what it said.
fn refused(dir: &Path, args: &[&str]) -> String {
    let output = admin(dir, args);
    assert!(!output.status.success(), "{args:?} succeeded");
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// An enrolled expert gets no plain code: `reenroll` revokes their key first,
/// says at which package, and is on record; the new code enrolls a new key.
#[test]
fn an_enrolled_expert_is_enrolled_again_only_by_revoking_their_key() {
    let dir = tempfile::tempdir().expect("tempdir");
    let dir = dir.path();
    server(dir, &["init"]);
    std::fs::write(
        path(dir, "demo.json"),
        reviewdesk_demo::generate_json(reviewdesk_demo::DEMO_SEED, 1),
    )
    .expect("write");
    server(dir, &["load-call", "demo.json"]);
    let enroll = |code: &str| {
        let request = enrollment::request(&"E01".into(), &KeyPair::generate(), code, Utc::now());
        std::fs::write(
            path(dir, "request.json"),
            serde_json::to_vec(&request).expect("JSON"),
        )
        .expect("write");
        server(dir, &["enroll", "request.json", "--out", "response.json"]);
    };
    enroll(server(dir, &["code", "E01"]).trim());

    let refused = refused(dir, &["code", "E01"]);
    assert!(
        refused.contains("expert-enrolled") && refused.contains("reenroll E01"),
        "{refused}"
    );
    let output = admin(dir, &["reenroll", "E01"]);
    assert!(output.status.success());
    let told = String::from_utf8_lossy(&output.stderr);
    assert!(
        told.contains("Key of E01 revoked after their package 0"),
        "{told}"
    );
    let code = String::from_utf8(output.stdout).expect("utf-8");
    assert_eq!(code.trim().len(), 19, "the code alone: {code}");
    enroll(code.trim());

    let log: Vec<serde_json::Value> =
        serde_json::from_str(&server(dir, &["audit", "list", "--json"])).expect("JSON");
    let revoked = log
        .iter()
        .find(|e| e["action"] == "key-revoked")
        .expect("on record");
    assert_eq!(
        (&revoked["subject"], &revoked["detail"]),
        (&"E01".into(), &"after #0".into())
    );
    let enrolled = log.iter().filter(|e| e["action"] == "enrolled").count();
    assert_eq!(enrolled, 2);
}

/// A package file whose entries are compressed is refused from its directory
/// alone: nothing in it is inflated, whatever it would expand to.
#[test]
fn a_compressed_package_file_is_refused_before_it_is_read() {
    use std::io::Write as _;
    let dir = tempfile::tempdir().expect("tempdir");
    let dir = dir.path();
    server(dir, &["init"]);
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for name in ["manifest.json", "manifest.sig", "content.age"] {
        writer.start_file(name, options).expect("start");
        writer.write_all(&[b'x'; 4000]).expect("write");
    }
    let bytes = writer.finish().expect("finish").into_inner();
    std::fs::write(path(dir, "bomb.zip"), bytes).expect("write");
    let stderr = refused(dir, &["import-package", "bomb.zip"]);
    assert!(stderr.contains("exchange-not-stored"), "{stderr}");
}

/// A package file larger than any package is refused by its size: a sparse
/// gigabyte is never read.
#[test]
fn an_oversized_package_file_is_refused_by_its_size() {
    let dir = tempfile::tempdir().expect("tempdir");
    let dir = dir.path();
    server(dir, &["init"]);
    let file = std::fs::File::create(path(dir, "huge.zip")).expect("create");
    file.set_len(1 << 30).expect("sparse");
    let stderr = refused(dir, &["import-package", "huge.zip"]);
    assert!(stderr.contains("exchange-too-large"), "{stderr}");
}

#[test]
fn serve_answers_on_the_address_it_prints() {
    let dir = tempfile::tempdir().expect("tempdir");
    let keys = server(dir.path(), &["init"]);
    let (mut child, url) = serve(dir.path(), &database(dir.path()));
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let body = runtime.block_on(async {
        crate::http_client()
            .get(format!("{url}/v1/agency"))
            .send()
            .await
            .expect("get")
            .bytes()
            .await
            .expect("body")
    });
    child.kill().expect("stop");
    child.wait().expect("reap");
    assert_eq!(
        serde_json::from_slice::<PublicKeys>(&body).expect("keys"),
        serde_json::from_str::<PublicKeys>(&keys).expect("keys")
    );
}

/// `--help` of the binary and of each subcommand, in Chinese: every command
/// and every argument has its help text from the locale.
#[test]
fn help_is_complete_in_chinese() {
    let help = |args: &[&str]| {
        let output = Command::new(env!("CARGO_BIN_EXE_reviewdesk-server"))
            .args(args)
            .env("LANG", "zh_CN.UTF-8")
            .env_remove("LANGUAGE")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .output()
            .expect("run");
        assert!(output.status.success(), "{args:?}");
        String::from_utf8(output.stdout).expect("utf-8")
    };
    let has_chinese = |line: &str| line.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    let top = help(&["--help"]);
    assert!(top.starts_with("ReviewDesk 机构服务器"), "{top}");
    let commands: Vec<&str> = top
        .lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|c| *c != "help")
        .collect();
    assert_eq!(commands.len(), 17, "{top}");
    for command in commands {
        let text = help(&[command, "--help"]);
        let described = text
            .lines()
            .filter(|l| l.starts_with("  ") && !l.contains("--help"))
            .chain(text.lines().take(1));
        for line in described {
            assert!(has_chinese(line), "{command}: {line:?} is not localized");
        }
    }
}

#[test]
fn a_database_out_of_reach_is_named_without_its_password() {
    let dir = tempfile::tempdir().expect("tempdir");
    // Nothing listens on the discard port of this machine.
    let address = "postgres://agency:s3cret-word@127.0.0.1:9/reviewdesk";
    let output = Command::new(env!("CARGO_BIN_EXE_reviewdesk-server"))
        .args(["--database", address, "progress"])
        .current_dir(dir.path())
        .env("LANG", "en_US.UTF-8")
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("run");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("unavailable"), "{stderr}");
    assert!(
        stderr.contains("cannot be reached"),
        "the operator learns what failed: {stderr}"
    );
    assert!(!stderr.contains("s3cret-word"), "{stderr}");
    assert!(
        std::fs::read_dir(dir.path()).expect("dir").next().is_none(),
        "no SQLite file is made in its place"
    );
}

#[test]
fn the_server_does_not_start_without_the_key_that_unseals_the_agencys_keys() {
    let dir = tempfile::tempdir().expect("tempdir");
    let dir = dir.path();
    server(dir, &["init"]);
    let run = |key_file: Option<&Path>| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_reviewdesk-server"));
        command
            .args([
                "--database",
                &database(dir),
                "serve",
                "--listen",
                "127.0.0.1:0",
            ])
            .current_dir(dir)
            .env("LANG", "en_US.UTF-8")
            .env_remove("LANGUAGE")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove(KEY_FILE_VARIABLE)
            .env_remove(reviewdesk_server::seal::PASSPHRASE_VARIABLE)
            .env_remove("CREDENTIALS_DIRECTORY");
        if let Some(path) = key_file {
            command.env(KEY_FILE_VARIABLE, path);
        }
        let output = command.output().expect("run");
        assert!(!output.status.success(), "the server started");
        String::from_utf8_lossy(&output.stderr).into_owned()
    };
    let said = run(None);
    assert!(
        said.contains("agency-keys-locked") && said.contains(KEY_FILE_VARIABLE),
        "it says how to start it: {said}"
    );
    server(dir, &["new-key-file", "other.key"]);
    let said = run(Some(&path(dir, "other.key")));
    assert!(said.contains("agency-keys-locked"), "{said}");
}

#[test]
fn serve_refuses_a_certificate_that_does_not_match_its_key() {
    let dir = tempfile::tempdir().expect("tempdir");
    let dir = dir.path();
    server(dir, &["init"]);
    for name in ["one", "two"] {
        let made = rcgen::generate_simple_self_signed(vec!["localhost".into()]).expect("cert");
        std::fs::write(path(dir, &format!("{name}.pem")), made.cert.pem()).expect("write");
        std::fs::write(
            path(dir, &format!("{name}.key")),
            made.signing_key.serialize_pem(),
        )
        .expect("write");
    }
    let said = refused(
        dir,
        &[
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--tls-cert",
            "one.pem",
            "--tls-key",
            "two.key",
        ],
    );
    assert!(
        said.contains("tls-certificate") && said.contains("one.pem"),
        "{said}"
    );
    let said = refused(
        dir,
        &["serve", "--tls-cert", "one.pem", "--tls-key", "missing.key"],
    );
    assert!(said.contains("missing.key"), "{said}");
}

#[test]
fn backup_copies_the_database_while_it_serves() {
    let dir = tempfile::tempdir().expect("tempdir");
    let dir = dir.path();
    server(dir, &["init"]);
    let demo = reviewdesk_demo::generate_json(reviewdesk_demo::DEMO_SEED, 1);
    std::fs::write(path(dir, "demo.json"), &demo).expect("write");
    server(dir, &["load-call", "demo.json"]);
    let (mut serving, _) = serve(dir, &database(dir));
    let backup = admin(dir, &["backup", "copy.db"]);
    if database(dir) != "server.db" {
        // PostgreSQL has its own tool, and the server says which.
        assert!(!backup.status.success());
        assert!(String::from_utf8_lossy(&backup.stderr).contains("pg_dump"));
        serving.kill().expect("stop");
        serving.wait().expect("reap");
        return;
    }
    assert!(
        backup.status.success(),
        "{}",
        String::from_utf8_lossy(&backup.stderr)
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(path(dir, "copy.db"))
            .expect("copy")
            .permissions()
            .mode();
        assert_eq!(
            mode & 0o777,
            0o600,
            "the copy holds what the database holds"
        );
    }
    let refused_again = admin(dir, &["backup", "copy.db"]);
    assert!(
        !refused_again.status.success(),
        "a backup is never overwritten"
    );
    serving.kill().expect("stop");
    serving.wait().expect("reap");
    // The copy is a whole server database: the same experts, an unbroken log.
    let on = |database: &str, args: &[&str]| {
        let output = Command::new(env!("CARGO_BIN_EXE_reviewdesk-server"))
            .args(["--database", database])
            .args(args)
            .current_dir(dir)
            .env("LANG", "en_US.UTF-8")
            .env(KEY_FILE_VARIABLE, key_file(dir))
            .output()
            .expect("run");
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).expect("utf-8")
    };
    let experts = |database: &str| -> Vec<String> {
        let progress: serde_json::Value =
            serde_json::from_str(&on(database, &["progress"])).expect("JSON");
        progress
            .as_array()
            .expect("array")
            .iter()
            .map(|e| e["expert_id"].as_str().unwrap_or_default().to_owned())
            .collect()
    };
    assert_eq!(experts("copy.db"), experts("server.db"));
    assert!(on("copy.db", &["audit", "verify"]).contains("unbroken"));
}

#[test]
fn the_log_can_be_json_lines_for_a_collector() {
    let dir = tempfile::tempdir().expect("tempdir");
    let dir = dir.path();
    server(dir, &["init"]);
    let mut child = Command::new(env!("CARGO_BIN_EXE_reviewdesk-server"))
        .args(["--database", &database(dir), "--log-format", "json"])
        .args(["serve", "--listen", "127.0.0.1:0"])
        .current_dir(dir)
        .env("LANG", "en_US.UTF-8")
        .env(KEY_FILE_VARIABLE, key_file(dir))
        .env_remove("RUST_LOG")
        .stderr(Stdio::piped())
        .spawn()
        .expect("serve");
    let logged = BufReader::new(child.stderr.take().expect("stderr"))
        .lines()
        .map_while(Result::ok)
        .find(|line| line.starts_with('{'))
        .expect("a JSON line");
    child.kill().expect("stop");
    child.wait().expect("reap");
    let event: serde_json::Value = serde_json::from_str(&logged).expect("JSON");
    assert_eq!(event["level"], "INFO", "{logged}");
    assert_eq!(event["fields"]["message"], "listening", "{logged}");
    assert!(
        event["fields"]["address"]
            .as_str()
            .is_some_and(|a| a.starts_with("http://127.0.0.1:")),
        "{logged}"
    );
}

#[test]
fn a_settings_file_says_what_the_command_line_does_not() {
    let dir = tempfile::tempdir().expect("tempdir");
    let dir = dir.path();
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_reviewdesk-server"))
            .args(args)
            .current_dir(dir)
            .env("LANG", "en_US.UTF-8")
            .env(KEY_FILE_VARIABLE, key_file(dir))
            .env_remove("REVIEWDESK_SERVER_DB")
            .output()
            .expect("run")
    };
    std::fs::write(path(dir, "server.toml"), "database = \"from-file.db\"\n").expect("write");
    assert!(run(&["--config", "server.toml", "init"]).status.success());
    assert!(
        path(dir, "from-file.db").exists(),
        "the file named the database"
    );
    assert!(
        run(&["--config", "server.toml", "--database", "given.db", "init"])
            .status
            .success()
    );
    assert!(path(dir, "given.db").exists(), "the command line wins");

    std::fs::write(path(dir, "typo.toml"), "databse = \"x.db\"\n").expect("write");
    let refused = run(&["--config", "typo.toml", "init"]);
    assert!(!refused.status.success());
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(
        said.contains("config") && said.contains("typo.toml") && said.contains("databse"),
        "an unknown key is named: {said}"
    );
}

#[test]
fn the_staff_key_file_carries_the_certificate_the_server_answers_https_with() {
    let dir = tempfile::tempdir().expect("tempdir");
    let dir = dir.path();
    server(dir, &["init"]);
    let made = rcgen::generate_simple_self_signed(vec!["localhost".into()]).expect("cert");
    std::fs::write(path(dir, "server.pem"), made.cert.pem()).expect("write");
    let pin = reviewdesk_server::tls::fingerprint(&path(dir, "server.pem")).expect("fingerprint");
    // Named in the settings file `serve` reads, so staff-key finds it too.
    std::fs::write(
        path(dir, "server.toml"),
        "tls_cert = \"server.pem\"\ntls_key = \"server.key\"\n",
    )
    .expect("write");
    let passphrase = "a long staff key passphrase";
    write_staff_key(dir, &["--config", "server.toml"], passphrase);
    let bytes = std::fs::read(path(dir, "staff.key")).expect("staff key");
    let opened = reviewdesk_exchange::staff_key::open(&bytes, passphrase).expect("opens");
    assert_eq!(opened.server.tls_certificate, Some(pin));

    let without = path(dir, "plain.key");
    let plain = Command::new(env!("CARGO_BIN_EXE_reviewdesk-server"))
        .args(["--database", &database(dir), "staff-key", "--out"])
        .arg(&without)
        .env(KEY_FILE_VARIABLE, key_file(dir))
        .env("REVIEWDESK_STAFF_KEY_PASSPHRASE", passphrase)
        .current_dir(dir)
        .output()
        .expect("run");
    assert!(plain.status.success());
    let opened = reviewdesk_exchange::staff_key::open(
        &std::fs::read(&without).expect("staff key"),
        passphrase,
    )
    .expect("opens");
    assert_eq!(opened.server.tls_certificate, None, "no HTTPS, no pin");
}

/// Writes `staff.key` in `dir` with `staff-key`, sealed with `passphrase`;
/// `options` go before the subcommand.
fn write_staff_key(dir: &Path, options: &[&str], passphrase: &str) {
    let written = Command::new(env!("CARGO_BIN_EXE_reviewdesk-server"))
        .args(["--database", &database(dir)])
        .args(options)
        .args(["staff-key", "--out", "staff.key"])
        .env(KEY_FILE_VARIABLE, key_file(dir))
        .env("REVIEWDESK_STAFF_KEY_PASSPHRASE", passphrase)
        .current_dir(dir)
        .output()
        .expect("run");
    assert!(
        written.status.success(),
        "{}",
        String::from_utf8_lossy(&written.stderr)
    );
}

/// `reviewdesk-server meeting` runs a hub from a staff vault: it prints the
/// join card, whose address answers with the card the agency key signs for
/// a certificate of the printed code, and stops on SIGTERM.
#[test]
fn a_meeting_hub_runs_from_the_shell_and_prints_its_join_card() {
    let dir = tempfile::tempdir().expect("tempdir");
    let dir = dir.path();
    let keys: PublicKeys = serde_json::from_str(&server(dir, &["init"])).expect("keys");
    let demo = reviewdesk_demo::generate_json(reviewdesk_demo::DEMO_SEED, 1);
    std::fs::write(path(dir, "demo.json"), &demo).expect("write");
    server(dir, &["load-call", "demo.json"]);
    let staff_passphrase = "mango river seventeen kites";
    write_staff_key(dir, &[], staff_passphrase);
    let vault_passphrase = "lychee harbour violet tram 42";
    {
        let mut staff =
            reviewdesk_core::Session::new(reviewdesk_core::KdfParams::insecure_for_tests());
        let pass = reviewdesk_core::Passphrase::new(vault_passphrase.into());
        staff
            .create_vault(&path(dir, "staff.rdvault"), &pass, &pass)
            .expect("vault");
        staff.import(&demo, &mut |_| {}).expect("agency data");
        staff
            .staff()
            .install_staff_key_file(
                &path(dir, "staff.key"),
                &zeroize::Zeroizing::new(staff_passphrase.into()),
            )
            .expect("installed");
    }

    let mut child = Command::new(env!("CARGO_BIN_EXE_reviewdesk-server"))
        .args([
            "meeting",
            "--vault",
            "staff.rdvault",
            "--call",
            "GX-ASEAN-AI-2025",
            "--listen",
            "127.0.0.1:0",
        ])
        .current_dir(dir)
        .env("REVIEWDESK_PASSPHRASE", vault_passphrase)
        .env("LANG", "en_US.UTF-8")
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("meeting");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let mut field = |label: &str| {
        lines
            .by_ref()
            .map_while(Result::ok)
            .find_map(|l| l.strip_prefix(label).map(str::to_owned))
            .unwrap_or_else(|| panic!("the join card shows {label}"))
    };
    let address = field("Address: ");
    let code = field("Meeting code: ");
    let fingerprint = field("Certificate fingerprint (SHA-256): ");
    assert!(address.starts_with("https://127.0.0.1:"), "{address}");

    let _ = rustls::crypto::ring::default_provider().install_default();
    let client = reqwest::Client::builder()
        .tls_danger_accept_invalid_certs(true)
        .build()
        .expect("client");
    let body = tokio::runtime::Runtime::new()
        .expect("runtime")
        .block_on(async {
            client
                .get(format!("{address}/v1/meeting"))
                .send()
                .await?
                .bytes()
                .await
        })
        .expect("the card");
    let card: reviewdesk_exchange::meeting::SignedMeetingCard =
        serde_json::from_slice(&body).expect("a card");
    let shown = reviewdesk_exchange::meeting::verify_card(&card, &keys, &fingerprint)
        .expect("signed by the agency for the certificate printed");
    assert!(reviewdesk_exchange::meeting::code_matches(
        &code,
        &shown.tls_certificate
    ));

    let stopped = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(stopped.success());
    assert!(child.wait().expect("exit").success());
    assert!(
        lines
            .map_while(Result::ok)
            .any(|l| l.contains("The meeting hub has stopped.")),
        "the hub says it stopped"
    );
}

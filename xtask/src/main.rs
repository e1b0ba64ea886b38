//! Project automation, run as `cargo xtask <task>`:
//!
//! - `demo`: build the UI and the desktop app, then run it with the demo call.
//! - `test`: every test — Rust unit and integration tests, the UI type check, and
//!   the end-to-end tests that drive the real app under Xvfb.
//! - `codegen`: regenerate the TypeScript bindings, the IPC surface
//!   (`ipc.rs`) and the JSON Schema.
//! - `bench`: measure what docs/BENCHMARKS.md records.
//! - `bundle KIND [--target TRIPLE]`: bundle the app with the Tauri CLI
//!   (the hosted workflow's `.dmg` and `.msi`).
//! - `windows`: cross-build the Windows executables and their installer;
//!   `windows-test` proves them under Wine (see `windows.rs`).
//!
//! System packages are installed by `.ci/dev`, which the README runs first.

mod bench;
mod bundle;
mod deps;
mod ipc;
mod windows;

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context as _, Result, bail};

fn main() -> Result<()> {
    let task = std::env::args().nth(1).unwrap_or_default();
    let root = repository_root();
    std::env::set_current_dir(&root)?;
    match task.as_str() {
        "demo" => demo(&root),
        "test" => test(&root),
        "codegen" => {
            run(Command::new("cargo")
                .args(["test", "-q", "-p", "reviewdesk-core", "--test", "it"])
                .env("UPDATE_GENERATED", "1"))?;
            ipc::generate(&root, true)
        }
        "build-app" => build_app(false),
        "bench" => bench::measure(&root),
        "windows" => windows::build(&root).map(drop),
        "bundle" => bundle::bundle_task(&root, &std::env::args().skip(2).collect::<Vec<_>>()),
        "windows-test" => windows::test(&root),
        _ => bail!(
            "usage: cargo xtask <demo|test|codegen|build-app|bench|bundle|windows|windows-test>"
        ),
    }
}

fn repository_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

pub(crate) fn run(command: &mut Command) -> Result<()> {
    eprintln!("$ {command:?}");
    let status = command
        .status()
        .with_context(|| format!("could not start {command:?}"))?;
    if !status.success() {
        bail!("{command:?} failed with {status}");
    }
    Ok(())
}

/// Builds the UI bundle, then the desktop app that embeds it.
pub(crate) fn build_app(release: bool) -> Result<()> {
    run(Command::new("npm").args(["--prefix", "ui", "run", "build"]))?;
    let mut cargo = Command::new("cargo");
    cargo.args(["build", "-p", "reviewdesk-app"]);
    if release {
        cargo.arg("--release");
    }
    run(&mut cargo)
}

/// Runs the app with the demo call, next to a local agency server: the first
/// run enrolls the new vault with the server and receives the call as a
/// signed bundle; submitted sheets travel back and receipts return.
fn demo(root: &Path) -> Result<()> {
    build_app(false)?;
    run(Command::new("cargo").args(["build", "-p", "reviewdesk-cli", "-p", "reviewdesk-server"]))?;
    // The demo keeps its own vault and server, away from real ones.
    let home = root.join("target/demo-home");
    let server_home = home.join("server");
    std::fs::create_dir_all(&server_home)?;
    let server_bin = root.join("target/debug/reviewdesk-server");
    let db = server_home.join("server.db");
    // The agency's keys are sealed to a key file, here beside the database.
    let key_file = server_home.join("agency.key");
    let admin = |args: &[&str]| -> Result<String> {
        let output = Command::new(&server_bin)
            .arg("--db")
            .arg(&db)
            .args(args)
            .env("REVIEWDESK_AGENCY_KEY_FILE", &key_file)
            .output()?;
        anyhow::ensure!(
            output.status.success(),
            "reviewdesk-server {args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        Ok(String::from_utf8(output.stdout)?)
    };
    let address = "127.0.0.1:8750";
    if !key_file.exists() {
        admin(&["new-key-file", &key_file.to_string_lossy()])?;
    }
    admin(&["init", "--url", &format!("http://{address}")])?;
    let call = server_home.join("demo-call.json");
    // Dated from today, so the call is open for pre-review and the meeting.
    run(Command::new(root.join("target/debug/reviewdesk"))
        .arg("demo-data")
        .arg(&call)
        .arg("--today"))?;
    admin(&["load-call", &call.to_string_lossy()])?;
    // The code enrolls the demo vault when the app creates it. A vault made on
    // an earlier run is enrolled already and needs none; when it was deleted
    // since, E01 is enrolled again on the new one, which revokes the old key.
    let code = if home.join("vault.rdvault").exists() {
        String::new()
    } else {
        match admin(&["code", "E01"]) {
            Ok(code) => code,
            Err(_) => admin(&["reenroll", "E01"])?,
        }
        .trim()
        .to_owned()
    };
    let mut server = Command::new(&server_bin)
        .arg("--db")
        .arg(&db)
        .args(["serve", "--listen", address])
        .env("REVIEWDESK_AGENCY_KEY_FILE", &key_file)
        .spawn()?;
    eprintln!("ReviewDesk demo: the vault lives in {}.", home.display());
    eprintln!(
        "The agency server runs on http://{address} (data in {}).",
        server_home.display()
    );
    eprintln!(
        "On the first run choose a passphrase: the vault enrolls as expert E01 and receives the demo call from the server."
    );
    let app = run(Command::new(root.join("target/debug/reviewdesk-desktop"))
        .arg("--demo")
        .env("REVIEWDESK_HOME", &home)
        .env("REVIEWDESK_DEMO_SERVER", format!("http://{address}"))
        .env("REVIEWDESK_DEMO_CODE", code));
    let _ = server.kill();
    let _ = server.wait();
    app
}

fn test(root: &Path) -> Result<()> {
    run(Command::new("cargo").args(["fmt", "--all", "--check"]))?;
    // One build of everything — the app with its UI, every test and bench —
    // resolved once for the whole workspace, dev-dependencies included, as
    // the test runs below resolve it. Building the app alone first (or one
    // package's tests alone) resolves some dependencies' features otherwise
    // and compiles them again, each time.
    run(Command::new("npm").args(["--prefix", "ui", "run", "build"]))?;
    run(Command::new("cargo").args(["build", "--workspace", "--all-targets"]))?;
    let nextest = Command::new("cargo")
        .args(["nextest", "--version"])
        .output()
        .is_ok_and(|o| o.status.success());
    let runner: &[&str] = if nextest {
        &["nextest", "run", "--no-fail-fast"]
    } else {
        &["test", "--no-fail-fast"]
    };
    run(Command::new("cargo").args(runner).arg("--workspace"))?;
    // The agency server's suite again, on the PostgreSQL store, when
    // `.ci/dev test` started one (its address in REVIEWDESK_CI_POSTGRES).
    match std::env::var("REVIEWDESK_CI_POSTGRES") {
        Ok(address) if !address.is_empty() => {
            // With nextest, the workspace's build filtered to the server's
            // tests: nothing is compiled again.
            let only_the_server: &[&str] = if nextest {
                &["--workspace", "-E", "package(reviewdesk-server)"]
            } else {
                &["-p", "reviewdesk-server"]
            };
            run(Command::new("cargo")
                .args(runner)
                .args(only_the_server)
                .env("REVIEWDESK_TEST_POSTGRES", address))?;
        }
        _ => eprintln!(
            "The agency server's suite ran on SQLite only: `bash .ci/dev test` also runs it on PostgreSQL."
        ),
    }
    // The end-to-end tests also run the command line and the agency server:
    // the binaries the test build just made for their own tests. Building
    // them again alone would resolve features without the app's and rebuild
    // half the dependency tree for nothing.
    // A stuck test fails after ten minutes instead of holding the run.
    run(Command::new("xvfb-run").args([
        "-a",
        "node",
        "--test",
        "--test-timeout=600000",
        "tests/e2e/",
    ]))?;
    // Last, Windows: cross-built, its logic's suites and the installed
    // programs run under Wine.
    windows::test(root)
}

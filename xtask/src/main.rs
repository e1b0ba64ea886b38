//! Project automation, run as `cargo xtask <task>`:
//!
//! - `demo`: build the UI and the desktop app, then run it with the demo call.
//! - `test`: every test — Rust unit and integration tests, the UI type check, and
//!   the end-to-end tests that drive the real app under Xvfb.
//! - `codegen`: regenerate the TypeScript bindings and the JSON Schema.
//! - `bench`: measure what docs/BENCHMARKS.md records.
//!
//! System packages are installed by `.ci/setup`, which the README runs first.

mod bench;

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context as _, Result, bail};

fn main() -> Result<()> {
    let task = std::env::args().nth(1).unwrap_or_default();
    let root = repository_root();
    std::env::set_current_dir(&root)?;
    match task.as_str() {
        "demo" => demo(&root),
        "test" => test(),
        "codegen" => run(Command::new("cargo")
            .args(["test", "-q", "-p", "reviewdesk-core", "--test", "it"])
            .env("UPDATE_GENERATED", "1")),
        "build-app" => build_app(false),
        "bench" => bench::measure(&root),
        _ => bail!("usage: cargo xtask <demo|test|codegen|build-app|bench>"),
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

fn demo(root: &Path) -> Result<()> {
    build_app(false)?;
    // The demo keeps its own vault, away from a real one in the user's data folder.
    let home = root.join("target/demo-home");
    std::fs::create_dir_all(&home)?;
    eprintln!("ReviewDesk demo: the vault lives in {}.", home.display());
    eprintln!(
        "On the first run choose a passphrase; the demo call is imported into the new vault."
    );
    run(Command::new(root.join("target/debug/reviewdesk-desktop"))
        .arg("--demo")
        .env("REVIEWDESK_HOME", &home))
}

fn test() -> Result<()> {
    run(Command::new("cargo").args(["fmt", "--all", "--check"]))?;
    build_app(false)?;
    let nextest = Command::new("cargo")
        .args(["nextest", "--version"])
        .output()
        .is_ok_and(|o| o.status.success());
    if nextest {
        run(Command::new("cargo").args(["nextest", "run", "--workspace", "--no-fail-fast"]))?;
    } else {
        run(Command::new("cargo").args(["test", "--workspace", "--no-fail-fast"]))?;
    }
    // The end-to-end tests also run the command line and the agency server.
    run(Command::new("cargo").args(["build", "-p", "reviewdesk-cli", "-p", "reviewdesk-server"]))?;
    run(Command::new("xvfb-run").args(["-a", "node", "--test", "tests/e2e/"]))
}

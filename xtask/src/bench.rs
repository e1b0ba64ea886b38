//! `cargo xtask bench`: the measurements of docs/BENCHMARKS.md, next to an empty
//! Tauri window built the same way (release profile, same Tauri and features).
//!
//! Sizes are read from the release binaries and the `.deb` packages the Tauri CLI
//! bundles; launch time and memory come from `tests/bench/app.mjs`, which drives
//! both apps under Xvfb; autosave latency and the time to open a score sheet
//! from `tests/bench/scoring.mjs`; unlock, import and sheet-save times from the
//! vault's criterion bench; the exchange's figures from the criterion benches
//! of bundle import (core) and package acceptance (server) and from the
//! slow-link delivery bench (sync).

use std::path::Path;
use std::process::Command;

use anyhow::Result;

use crate::bundle::bundle;
use crate::{build_app, run};

pub(crate) fn measure(root: &Path) -> Result<()> {
    build_app(true)?;
    run(Command::new("cargo").args(["build", "--release", "-p", "empty-window"]))?;
    let apps = [
        ("ReviewDesk", "src-tauri", "reviewdesk-desktop"),
        ("empty Tauri window", "xtask/empty-window", "empty-window"),
    ];
    let mut rows = Vec::new();
    for (name, app_path, binary) in apps {
        let deb = bundle(root, app_path, binary, "deb", None)?;
        let binary_size = std::fs::metadata(root.join("target/release").join(binary))?.len();
        rows.push(format!(
            "| {name} | {} | {} |",
            mib(binary_size),
            mib(std::fs::metadata(&deb)?.len())
        ));
    }
    eprintln!(
        "| app | release binary | .deb |\n| --- | --- | --- |\n{}",
        rows.join("\n")
    );
    run(Command::new("xvfb-run").args([
        "-a",
        "node",
        "tests/bench/app.mjs",
        "target/release/reviewdesk-desktop",
        "target/release/empty-window",
        "10",
    ]))?;
    run(Command::new("xvfb-run").args([
        "-a",
        "node",
        "tests/bench/scoring.mjs",
        "target/release/reviewdesk-desktop",
        "500",
        "4",
    ]))?;
    for (package, bench) in [
        ("reviewdesk-vault", "vault"),
        ("reviewdesk-core", "bundle"),
        ("reviewdesk-server", "packages"),
        ("reviewdesk-server", "load"),
        ("reviewdesk-server", "abuse"),
        ("reviewdesk-server", "meeting"),
        ("reviewdesk-sync", "slow_link"),
        ("reviewdesk-minutes", "minutes"),
    ] {
        run(Command::new("cargo").args(["bench", "-p", package, "--bench", bench]))?;
    }
    Ok(())
}

fn mib(bytes: u64) -> String {
    format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0))
}

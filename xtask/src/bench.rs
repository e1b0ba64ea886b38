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

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context as _, Result};

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
        let deb = bundle_deb(root, app_path, binary)?;
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
        ("reviewdesk-sync", "slow_link"),
        ("reviewdesk-minutes", "minutes"),
    ] {
        run(Command::new("cargo").args(["bench", "-p", package, "--bench", bench]))?;
    }
    Ok(())
}

/// Bundles the app at `app_path` as a `.deb` with the Tauri CLI; returns its path.
fn bundle_deb(root: &Path, app_path: &str, binary: &str) -> Result<PathBuf> {
    let app_dir = root.join(app_path);
    let config_beside_app = app_dir.join("tauri.conf.json");
    let placed = !config_beside_app.exists();
    if placed {
        std::fs::copy(resolved_config(root)?, &config_beside_app)?;
    }
    let bundled = run(Command::new(root.join("ui/node_modules/.bin/tauri"))
        .args(["build", "--bundles", "deb"])
        .env("TAURI_APP_PATH", &app_dir)
        .env("TAURI_FRONTEND_PATH", root.join("ui")));
    if placed {
        std::fs::remove_file(&config_beside_app)?;
    }
    bundled?;
    let folder = root.join("target/release/bundle/deb");
    std::fs::read_dir(&folder)?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| {
            path.extension().is_some_and(|e| e == "deb")
                && path
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with(binary_package(binary)))
        })
        .max_by_key(|path| std::fs::metadata(path).and_then(|m| m.modified()).ok())
        .with_context(|| format!("no .deb for {binary} in {}", folder.display()))
}

/// The Tauri CLI reads its config beside the app's crate, but ReviewDesk keeps its
/// one `tauri.conf.json` at the top of the repository; the app's build script
/// leaves a copy with absolute paths in its `OUT_DIR`, which the CLI can read
/// from anywhere. Returns the newest such copy of the release build.
fn resolved_config(root: &Path) -> Result<PathBuf> {
    let builds = root.join("target/release/build");
    std::fs::read_dir(&builds)?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| {
            path.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("reviewdesk-app-"))
        })
        .map(|path| path.join("out/config/tauri.conf.json"))
        .filter(|path| path.exists())
        .max_by_key(|path| std::fs::metadata(path).and_then(|m| m.modified()).ok())
        .with_context(|| format!("no resolved tauri.conf.json under {}", builds.display()))
}

/// The Debian package name the Tauri CLI derives from the product name.
fn binary_package(binary: &str) -> &'static str {
    if binary == "empty-window" {
        "empty-window"
    } else {
        "ReviewDesk"
    }
}

fn mib(bytes: u64) -> String {
    format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0))
}

//! The app bundled by the Tauri CLI from the one `tauri.conf.json`: the
//! `.deb` that `cargo xtask bench` measures, and `cargo xtask bundle KIND
//! [--target TRIPLE]`, with which the hosted workflow
//! (`.github/workflows/platforms.yml`) builds the macOS `.dmg` and the
//! Windows `.msi` on their own systems.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context as _, Result};

use crate::run;

/// `cargo xtask bundle KIND [--target TRIPLE]`: the UI, the release app,
/// then the bundle.
pub(crate) fn bundle_task(root: &Path, args: &[String]) -> Result<()> {
    let (kind, target) = match args {
        [kind] => (kind.as_str(), None),
        [kind, flag, target] if flag == "--target" => (kind.as_str(), Some(target.as_str())),
        _ => anyhow::bail!("usage: cargo xtask bundle <deb|dmg|msi|nsis> [--target TRIPLE]"),
    };
    run(Command::new("npm").args(["--prefix", "ui", "run", "build"]))?;
    let mut cargo = Command::new("cargo");
    cargo.args(["build", "--release", "-p", "reviewdesk-app"]);
    if let Some(target) = target {
        cargo.args(["--target", target]);
    }
    run(&mut cargo)?;
    let bundled = bundle(root, "src-tauri", "reviewdesk-desktop", kind, target)?;
    eprintln!("Bundled: {}", bundled.display());
    Ok(())
}

/// Bundles the app at `app_path` with the Tauri CLI as `kind` (deb, dmg,
/// msi…), for `target` or this machine; returns the bundle's path.
pub(crate) fn bundle(
    root: &Path,
    app_path: &str,
    binary: &str,
    kind: &str,
    target: Option<&str>,
) -> Result<PathBuf> {
    let release = match target {
        Some(target) => root.join("target").join(target).join("release"),
        None => root.join("target/release"),
    };
    let app_dir = root.join(app_path);
    let config_beside_app = app_dir.join("tauri.conf.json");
    let placed = !config_beside_app.exists();
    if placed {
        std::fs::copy(resolved_config(&release)?, &config_beside_app)?;
    }
    let cli_name = if cfg!(windows) { "tauri.cmd" } else { "tauri" };
    let mut cli = Command::new(root.join("ui/node_modules/.bin").join(cli_name));
    cli.args(["build", "--bundles", kind]);
    if let Some(target) = target {
        cli.args(["--target", target]);
    }
    let bundled = run(cli
        .env("TAURI_APP_PATH", &app_dir)
        .env("TAURI_FRONTEND_PATH", root.join("ui")));
    if placed {
        std::fs::remove_file(&config_beside_app)?;
    }
    bundled?;
    let folder = release.join("bundle").join(kind);
    std::fs::read_dir(&folder)?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| {
            path.extension().is_some_and(|e| e == kind)
                && path
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with(binary_package(binary)))
        })
        .max_by_key(|path| std::fs::metadata(path).and_then(|m| m.modified()).ok())
        .with_context(|| format!("no .{kind} for {binary} in {}", folder.display()))
}

/// The Tauri CLI reads its config beside the app's crate, but ReviewDesk keeps its
/// one `tauri.conf.json` at the top of the repository; the app's build script
/// leaves a copy with absolute paths in its `OUT_DIR`, which the CLI can read
/// from anywhere. Returns the newest such copy of the release build in
/// `release`.
fn resolved_config(release: &Path) -> Result<PathBuf> {
    let builds = release.join("build");
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

/// The bundle's file name as the Tauri CLI derives it from the product name.
fn binary_package(binary: &str) -> &'static str {
    if binary == "empty-window" {
        "empty-window"
    } else {
        "ReviewDesk"
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::process::Command;

    /// The hosted workflow is not run here, so its syntax is checked against
    /// GitHub's workflow schema (action-validator, a UI dev dependency).
    #[test]
    fn the_hosted_workflow_is_a_valid_github_workflow() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .expect("xtask sits in the workspace");
        let output = Command::new(root.join("ui/node_modules/.bin/action-validator"))
            .arg(".github/workflows/platforms.yml")
            .current_dir(root)
            .output()
            .expect("action-validator runs (npm ci --prefix ui installs it)");
        assert!(
            output.status.success(),
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

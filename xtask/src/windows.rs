//! ReviewDesk for Windows, cross-built from Linux.
//!
//! `cargo xtask windows` builds the desktop app, the command line and the
//! agency server as `x86_64-pc-windows-gnu` executables (release profile,
//! the UI embedded, SQLCipher and its crypto compiled in), stages them with
//! what they need beside them, and packs the stage with makensis into a
//! per-user installer (`src-tauri/windows/installer.nsi`).
//!
//! `cargo xtask windows-test` (also the last part of `cargo xtask test`)
//! proves them under Wine: the test suites of the crates that hold the logic
//! run as Windows executables, then `tests/windows/` installs the installer
//! silently into a Wine prefix and drives the installed programs.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context as _, Result, bail};

use crate::run;

pub const TARGET: &str = "x86_64-pc-windows-gnu";

/// The crates whose tests run as Windows executables: the ones that hold
/// the logic. The command line and the server are driven from outside, by
/// `tests/windows/`, through the installed programs.
const LOGIC_CRATES: &[&str] = &[
    "reviewdesk-domain",
    "reviewdesk-exchange",
    "reviewdesk-vault",
    "reviewdesk-core",
    "reviewdesk-minutes",
    "reviewdesk-i18n",
    "reviewdesk-sync",
    "reviewdesk-meeting",
];

/// The installer's languages: each shipped locale NSIS has a language for,
/// English first, the fallback for any other Windows language.
const INSTALLER_LANGUAGES: &[(&str, &str)] = &[
    ("en", "ENGLISH"),
    ("zh-CN", "SIMPCHINESE"),
    ("id", "INDONESIAN"),
    ("ms", "MALAY"),
    ("th", "THAI"),
    ("vi", "VIETNAMESE"),
];

/// The programs the installer carries.
const PROGRAMS: &[&str] = &["reviewdesk-app", "reviewdesk-cli", "reviewdesk-server"];

/// A test executable cargo built, and the folder of its package, where
/// cargo would run it.
#[derive(Debug)]
struct TestExecutable {
    path: PathBuf,
    package_dir: PathBuf,
}

/// Builds the executables, stages them in `target/windows/ReviewDesk` as
/// they are laid out on the user's disk, and makes the installer; returns
/// the installer's path.
pub fn build(root: &Path) -> Result<PathBuf> {
    require_toolchain()?;
    run(Command::new("npm").args(["--prefix", "ui", "run", "build"]))?;
    let mut cargo = Command::new("cargo");
    cargo.args(["build", "--release", "--target", TARGET]);
    for package in PROGRAMS {
        cargo.args(["-p", package]);
    }
    run(&mut cargo)?;
    package(root)
}

/// Builds the programs and, in the same cargo run, every test executable
/// of them and of the logic crates: one resolution of the dependencies'
/// features for both, so nothing is compiled twice (the tests'
/// dev-dependencies and Tauri ask for different features of shared crates).
/// Returns the installer and the logic crates' test executables.
fn build_with_tests(root: &Path) -> Result<(PathBuf, Vec<TestExecutable>)> {
    require_toolchain()?;
    run(Command::new("npm").args(["--prefix", "ui", "run", "build"]))?;
    let mut cargo = Command::new("cargo");
    cargo.args(["build", "--release", "--target", TARGET]);
    for package in PROGRAMS.iter().chain(LOGIC_CRATES) {
        cargo.args(["-p", package]);
    }
    cargo
        .args([
            "--bins",
            "--lib",
            "--tests",
            "--message-format=json-render-diagnostics",
        ])
        .stdout(std::process::Stdio::piped());
    eprintln!("$ {cargo:?}");
    let mut child = cargo.spawn().context("could not start cargo")?;
    let stdout = child.stdout.take().context("cargo's output")?;
    let mut tests = Vec::new();
    for line in std::io::BufRead::lines(std::io::BufReader::new(stdout)) {
        let message: serde_json::Value = serde_json::from_str(&line?).unwrap_or_default();
        if let Some(test) = logic_test_executable(&message) {
            tests.push(test);
        }
    }
    if !child.wait()?.success() {
        bail!("the Windows build failed");
    }
    Ok((package(root)?, tests))
}

/// The test executable a cargo JSON message names, when it is one of the
/// logic crates'.
fn logic_test_executable(message: &serde_json::Value) -> Option<TestExecutable> {
    if message["reason"] != "compiler-artifact" || message["profile"]["test"] != true {
        return None;
    }
    let package_dir = Path::new(message["manifest_path"].as_str()?).parent()?;
    let package = package_dir.file_name()?.to_str()?;
    let path = PathBuf::from(message["executable"].as_str()?);
    LOGIC_CRATES.contains(&package).then(|| TestExecutable {
        path,
        package_dir: package_dir.to_path_buf(),
    })
}

/// Stages the built programs and makes the installer; returns its path.
fn package(root: &Path) -> Result<PathBuf> {
    let out = root.join("target/windows");
    let stage = stage(root, &out.join("ReviewDesk"))?;
    let strings = out.join("strings.nsh");
    std::fs::write(&strings, installer_strings(root)?)?;
    let version = app_version(root)?;
    let installer = out.join(format!("ReviewDesk-{version}-setup.exe"));
    let define = |name: &str, value: &dyn AsRef<std::ffi::OsStr>| {
        let mut flag = std::ffi::OsString::from(format!("-D{name}="));
        flag.push(value.as_ref());
        flag
    };
    run(Command::new("makensis")
        .arg("-V2")
        .arg("-INPUTCHARSET")
        .arg("UTF8")
        .arg(define("VERSION", &version))
        .arg(define("VERSION4", &format!("{version}.0")))
        .arg(define("PUBLISHER", &PUBLISHER))
        .arg(define("STAGE", &stage))
        .arg(define("STRINGS", &strings))
        .arg(define("ICON", &root.join("assets/icons/icon.ico")))
        .arg(define("OUTFILE", &installer))
        .arg(root.join("src-tauri/windows/installer.nsi")))?;
    let size = std::fs::metadata(&installer)?.len();
    eprintln!(
        "Windows installer: {} ({:.1} MiB)",
        installer.display(),
        size as f64 / (1024.0 * 1024.0)
    );
    eprintln!(
        "Not made here: the .msi, whose WiX toolset runs on Windows only; the hosted workflow .github/workflows/platforms.yml builds it."
    );
    Ok(installer)
}

/// The publisher named in the installer's file properties and in Windows'
/// list of installed programs.
const PUBLISHER: &str = "Department of Science and Technology of Guangxi Zhuang Autonomous Region";

/// Says what is missing, and how to get it, before anything is compiled.
fn require_toolchain() -> Result<()> {
    let installed = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).contains(TARGET))
        .unwrap_or(false);
    let mut missing = Vec::new();
    if !installed {
        missing.push(format!(
            "the Rust target {TARGET} (rustup target add {TARGET})"
        ));
    }
    for (tool, package) in [
        ("x86_64-w64-mingw32-gcc", "gcc-mingw-w64-x86-64"),
        ("makensis", "nsis"),
    ] {
        if Command::new(tool).arg("--version").output().is_err() {
            missing.push(format!("{tool} (Debian package {package})"));
        }
    }
    if !missing.is_empty() {
        bail!(
            "the Windows build needs {}; `bash .ci/dev windows` installs them",
            missing.join(", ")
        );
    }
    Ok(())
}

/// Lays out what the installer installs: the app with the WebView2 loader
/// and the fonts beside it, the command-line tools in `bin\` (Windows' file
/// names ignore case, so `reviewdesk.exe` cannot sit beside `ReviewDesk.exe`).
fn stage(root: &Path, stage: &Path) -> Result<PathBuf> {
    let built = root.join("target").join(TARGET).join("release");
    if stage.exists() {
        std::fs::remove_dir_all(stage)?;
    }
    std::fs::create_dir_all(stage.join("bin"))?;
    std::fs::create_dir_all(stage.join("fonts"))?;
    let copy = |from: &Path, to: &Path| {
        std::fs::copy(from, to)
            .with_context(|| format!("copy {} to {}", from.display(), to.display()))
    };
    copy(
        &built.join("reviewdesk-desktop.exe"),
        &stage.join("ReviewDesk.exe"),
    )?;
    copy(
        &built.join("reviewdesk.exe"),
        &stage.join("bin/reviewdesk.exe"),
    )?;
    copy(
        &built.join("reviewdesk-server.exe"),
        &stage.join("bin/reviewdesk-server.exe"),
    )?;
    copy(&webview2_loader(&built)?, &stage.join("WebView2Loader.dll"))?;
    for font in std::fs::read_dir(root.join("assets/fonts"))? {
        let font = font?.path();
        if let Some(name) = font.file_name() {
            copy(&font, &stage.join("fonts").join(name))?;
        }
    }
    Ok(stage.to_path_buf())
}

/// The x64 `WebView2Loader.dll` that `webview2-com-sys` ships and copies to
/// its build output: a GNU-target Tauri app loads it from beside itself.
fn webview2_loader(built: &Path) -> Result<PathBuf> {
    let mut found: Vec<(std::time::SystemTime, PathBuf)> = std::fs::read_dir(built.join("build"))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|dir| {
            dir.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("webview2-com-sys-"))
        })
        .map(|dir| dir.join("out/x64/WebView2Loader.dll"))
        .filter_map(|dll| Some((dll.metadata().ok()?.modified().ok()?, dll)))
        .collect();
    found.sort();
    found
        .pop()
        .map(|(_, dll)| dll)
        .context("WebView2Loader.dll was not found in webview2-com-sys's build output")
}

/// The app's version, as `tauri.conf.json` gives it to the bundles.
fn app_version(root: &Path) -> Result<String> {
    let config: serde_json::Value =
        serde_json::from_slice(&std::fs::read(root.join("tauri.conf.json"))?)?;
    config["version"]
        .as_str()
        .map(str::to_owned)
        .context("tauri.conf.json has no version")
}

/// The installer's messages as NSIS `LangString`s, from the `installer-*`
/// messages of each locale's `app.ftl`: one source for every string a user
/// reads, whatever shows it.
fn installer_strings(root: &Path) -> Result<String> {
    let mut out = String::from("; Written by `cargo xtask windows` from locales/*/app.ftl.\n");
    for (locale, language) in INSTALLER_LANGUAGES {
        let source = std::fs::read_to_string(root.join("locales").join(locale).join("app.ftl"))?;
        for (id, text) in installer_messages(&source) {
            writeln!(
                out,
                "LangString {} ${{LANG_{language}}} \"{}\"",
                id.replace('-', "_"),
                nsis_text(&text)
            )?;
        }
    }
    Ok(out)
}

/// The single-line `installer-*` messages of a Fluent file.
fn installer_messages(source: &str) -> BTreeMap<String, String> {
    source
        .lines()
        .filter(|line| line.starts_with("installer-"))
        .filter_map(|line| line.split_once(" = "))
        .map(|(id, text)| (id.trim().to_owned(), text.trim().to_owned()))
        .collect()
}

/// A message as an NSIS string: `$` and `"` escaped, and the one variable
/// the messages use, the data folder, as the script's variable.
fn nsis_text(text: &str) -> String {
    text.replace('$', "$$")
        .replace('"', "$\\\"")
        .replace("{ $$folder }", "$DataDir")
}

/// Builds everything, then proves it under Wine.
pub fn test(root: &Path) -> Result<()> {
    let (installer, tests) = build_with_tests(root)?;
    let prefix = wine_prefix(root)?;
    let locales = unix_locales(root)?;
    let wine_env = |command: &mut Command| {
        command
            .env("WINEPREFIX", &prefix)
            .env("WINEDEBUG", "-all")
            .env("LOCPATH", &locales);
    };
    // The logic crates' suites, as Windows executables, each run from its
    // package's folder as cargo runs tests; every one, then any failure.
    anyhow::ensure!(
        tests.len() >= LOGIC_CRATES.len(),
        "only {} test executables were built",
        tests.len()
    );
    let mut failed = Vec::new();
    for test in &tests {
        let mut suite = Command::new("wine");
        suite.arg(&test.path).current_dir(&test.package_dir);
        wine_env(&mut suite);
        if run(&mut suite).is_err() {
            failed.push(test.path.display().to_string());
        }
    }
    if !failed.is_empty() {
        bail!(
            "Windows test executables failed under Wine: {}",
            failed.join(", ")
        );
    }
    // The installer, installed silently, and the installed programs.
    let mut installed = Command::new("node");
    installed
        .args(["--test", "--test-timeout=600000", "tests/windows/"])
        .env("REVIEWDESK_WINDOWS_INSTALLER", &installer);
    wine_env(&mut installed);
    run(&mut installed)
}

/// The Unix locales Wine makes Windows' language and code page from
/// (`LANG=zh_CN.UTF-8` is a Chinese Windows with UTF-8 file names), compiled
/// into `target/` for Wine alone (`LOCPATH`): a fresh machine has only C.UTF-8,
/// and the rest of the tests must not change with the machine's locales.
fn unix_locales(root: &Path) -> Result<PathBuf> {
    let locales = root.join("target/windows/locales");
    for (source, name) in [("en_US", "en_US.UTF-8"), ("zh_CN", "zh_CN.UTF-8")] {
        if !locales.join(name).exists() {
            std::fs::create_dir_all(&locales)?;
            run(Command::new("localedef")
                .args(["-i", source, "-f", "UTF-8"])
                .arg(locales.join(name)))?;
        }
    }
    Ok(locales)
}

/// A Wine prefix of our own under `target/`, made once (`wineboot`).
fn wine_prefix(root: &Path) -> Result<PathBuf> {
    let prefix = root.join("target/windows/wine");
    if !prefix.join("system.reg").exists() {
        if Command::new("wine").arg("--version").output().is_err() {
            bail!(
                "the Windows tests need Wine (Debian package wine64); `bash .ci/dev test` installs it"
            );
        }
        // Without Mono and Gecko, which a new prefix would offer to
        // download: nothing here needs .NET or Internet Explorer.
        run(Command::new("wineboot")
            .arg("--init")
            .env("WINEPREFIX", &prefix)
            .env("WINEDEBUG", "-all")
            .env("WINEDLLOVERRIDES", "mscoree,mshtml="))?;
    }
    // Wine 8 lacks the system DLL Rust's standard library takes random
    // bytes from; see xtask/wine/bcryptprimitives.c.
    let system_dll = prefix.join("drive_c/windows/system32/bcryptprimitives.dll");
    if !system_dll.exists() {
        run(Command::new("x86_64-w64-mingw32-gcc")
            .args(["-shared", "-O2", "-s", "-o"])
            .arg(&system_dll)
            .arg(root.join("xtask/wine/bcryptprimitives.c"))
            .arg("-ladvapi32"))?;
    }
    Ok(prefix)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .expect("xtask sits in the workspace")
            .to_path_buf()
    }

    #[test]
    fn every_message_the_installer_names_exists_in_each_of_its_languages() {
        let script = std::fs::read_to_string(root().join("src-tauri/windows/installer.nsi"))
            .expect("the installer script");
        let named: std::collections::BTreeSet<String> = script
            .split("$(")
            .skip(1)
            .filter_map(|rest| rest.split_once(')'))
            .map(|(id, _)| id.to_owned())
            .collect();
        assert!(named.len() >= 4, "{named:?}");
        let strings = installer_strings(&root()).expect("strings");
        for (_, language) in INSTALLER_LANGUAGES {
            for id in &named {
                assert!(
                    strings.contains(&format!("LangString {id} ${{LANG_{language}}} \"")),
                    "{id} in {language}"
                );
            }
        }
    }

    #[test]
    fn the_logic_crates_test_executables_are_told_from_cargos_messages() {
        let artifact = |manifest: &str, test: bool| {
            serde_json::json!({
                "reason": "compiler-artifact",
                "manifest_path": manifest,
                "profile": {"test": test},
                "executable": "/t/release/deps/it-0123.exe",
            })
        };
        let found = logic_test_executable(&artifact("/r/crates/reviewdesk-vault/Cargo.toml", true))
            .expect("a vault test");
        assert_eq!(found.path, Path::new("/t/release/deps/it-0123.exe"));
        assert_eq!(found.package_dir, Path::new("/r/crates/reviewdesk-vault"));
        // The programs' own tests, and the programs themselves, are not run.
        assert!(
            logic_test_executable(&artifact("/r/crates/reviewdesk-server/Cargo.toml", true))
                .is_none()
        );
        assert!(
            logic_test_executable(&artifact("/r/crates/reviewdesk-vault/Cargo.toml", false))
                .is_none()
        );
        let mut library = artifact("/r/crates/reviewdesk-vault/Cargo.toml", true);
        library["executable"] = serde_json::Value::Null;
        assert!(logic_test_executable(&library).is_none());
    }

    #[test]
    fn messages_become_nsis_strings_with_their_variable() {
        assert_eq!(
            nsis_text("Delete \"all\" in { $folder }? It costs $5."),
            "Delete $\\\"all$\\\" in $DataDir? It costs $$5."
        );
    }
}

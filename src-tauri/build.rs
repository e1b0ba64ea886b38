//! Hands Tauri's build script the one `tauri.conf.json`, which sits at the top of the
//! repository (a symlink beside this crate would not survive a Windows checkout).
//!
//! The config's paths are relative to the config itself, and that is how the app's
//! `generate_context!` reads them. Tauri's build script resolves `bundle.resources`
//! from this crate's folder instead, so it is given a copy with every path made
//! absolute. `cargo xtask bench` bundles with the Tauri CLI from the same copy.

use std::path::{Path, PathBuf};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the app crate sits inside the repository");
    let config_path = root.join("tauri.conf.json");
    println!("cargo:rerun-if-changed={}", config_path.display());
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let resolved = out.join("config").join("tauri.conf.json");
    write_with_absolute_paths(&config_path, &resolved);
    tauri_build::try_build(tauri_build::Attributes::new().config_path(resolved))
        .expect("the Tauri build step failed");
}

/// Writes the config at `source` to `target` with its file paths made absolute.
fn write_with_absolute_paths(source: &Path, target: &Path) {
    let text = std::fs::read_to_string(source).expect("tauri.conf.json is readable");
    let mut config: serde_json::Value =
        serde_json::from_str(&text).expect("tauri.conf.json is valid JSON");
    let base = source.parent().expect("a file has a folder");
    let absolute = |path: &str| base.join(path).display().to_string();
    if let Some(dist) = config.pointer_mut("/build/frontendDist") {
        if let Some(path) = dist.as_str() {
            *dist = absolute(path).into();
        }
    }
    if let Some(icons) = config
        .pointer_mut("/bundle/icon")
        .and_then(|v| v.as_array_mut())
    {
        for icon in icons {
            if let Some(path) = icon.as_str() {
                *icon = absolute(path).into();
            }
        }
    }
    if let Some(resources) = config
        .pointer_mut("/bundle/resources")
        .and_then(|v| v.as_object_mut())
    {
        *resources = std::mem::take(resources)
            .into_iter()
            .map(|(from, to)| (absolute(&from), to))
            .collect();
    }
    std::fs::create_dir_all(target.parent().expect("a file has a folder"))
        .expect("OUT_DIR is writable");
    std::fs::write(
        target,
        serde_json::to_string_pretty(&config).expect("JSON serializes"),
    )
    .expect("OUT_DIR is writable");
}

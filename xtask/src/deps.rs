//! The house rules on dependencies, read from `cargo metadata` (see the
//! invariants in ARCHITECTURE.md): the core reaches the demo crate only
//! through its `demo` feature, only the app shells depend on Tauri, and on the
//! expert's side only the vault knows SQL.

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::process::Command;

    /// Every workspace package's normal (not dev or build) dependencies:
    /// (package, dependency, optional).
    fn normal_dependencies() -> Vec<(String, String, bool)> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .expect("xtask sits in the workspace");
        let output = Command::new(env!("CARGO"))
            .args(["metadata", "--format-version", "1", "--no-deps"])
            .current_dir(root)
            .output()
            .expect("cargo metadata runs");
        assert!(output.status.success(), "cargo metadata failed");
        let metadata: serde_json::Value =
            serde_json::from_slice(&output.stdout).expect("cargo metadata writes JSON");
        let mut found = Vec::new();
        for package in metadata["packages"].as_array().into_iter().flatten() {
            let name = package["name"].as_str().unwrap_or_default();
            for dependency in package["dependencies"].as_array().into_iter().flatten() {
                if dependency["kind"].is_null() {
                    found.push((
                        name.to_owned(),
                        dependency["name"].as_str().unwrap_or_default().to_owned(),
                        dependency["optional"].as_bool().unwrap_or_default(),
                    ));
                }
            }
        }
        found
    }

    fn dependents_of(dependency: &str) -> Vec<(String, bool)> {
        normal_dependencies()
            .into_iter()
            .filter(|(_, name, _)| name == dependency)
            .map(|(package, _, optional)| (package, optional))
            .collect()
    }

    #[test]
    fn the_core_reaches_the_demo_only_through_its_feature() {
        let core = dependents_of("reviewdesk-demo")
            .into_iter()
            .filter(|(package, _)| package == "reviewdesk-core")
            .collect::<Vec<_>>();
        assert_eq!(core, vec![("reviewdesk-core".to_owned(), true)]);
    }

    #[test]
    fn only_the_app_shells_depend_on_tauri() {
        let mut packages: Vec<String> =
            dependents_of("tauri").into_iter().map(|(p, _)| p).collect();
        packages.sort();
        assert_eq!(packages, ["empty-window", "reviewdesk-app"]);
    }

    #[test]
    fn only_the_vault_and_the_server_know_sql() {
        let mut packages: Vec<String> = dependents_of("rusqlite")
            .into_iter()
            .map(|(p, _)| p)
            .collect();
        packages.sort();
        // The vault names it twice: once more for Windows, with OpenSSL.
        packages.dedup();
        assert_eq!(packages, ["reviewdesk-server", "reviewdesk-vault"]);
    }
}

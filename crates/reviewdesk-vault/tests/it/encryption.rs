//! Nothing imported is readable without the key.

use std::process::Command;

use crate::{TestVault, demo, files_of};

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn vault_and_wal_hold_no_imported_text_in_the_clear() {
    let (test, mut vault) = TestVault::new();
    vault.import(&demo(), &mut |_| {}).expect("import");
    // Keep the connection open so the WAL still holds the import's pages.
    let files = files_of(&test.path);
    assert!(
        files.iter().any(|p| p.to_string_lossy().ends_with("-wal")),
        "a WAL exists: {files:?}"
    );
    let secrets: [&[u8]; 6] = [
        "Chiang Mai Agricultural Innovation Institute".as_bytes(),
        "สถาบันวิจัยนวัตกรรมเกษตรเชียงใหม่".as_bytes(),
        "广西智农科技有限公司".as_bytes(),
        b"%PDF-1.4",
        b"Unified social credit code",
        b"SQLite format 3",
    ];
    for file in files
        .iter()
        .filter(|p| !p.to_string_lossy().ends_with(".kdf"))
    {
        let bytes = std::fs::read(file).expect("read");
        for secret in secrets {
            assert!(
                !contains(&bytes, secret),
                "{} contains {:?}",
                file.display(),
                String::from_utf8_lossy(secret)
            );
        }
    }
    drop(vault);
}

#[test]
fn plain_sqlite_cannot_read_the_vault() {
    let (test, vault) = TestVault::new();
    vault.lock().expect("lock");
    let output = match Command::new("sqlite3")
        .arg(&test.path)
        .arg("SELECT count(*) FROM sqlite_master;")
        .output()
    {
        Ok(output) => output,
        // Windows has no sqlite3 of its own; Linux must have it.
        Err(e) if cfg!(windows) && e.kind() == std::io::ErrorKind::NotFound => {
            eprintln!("skipped: sqlite3 is not installed on this Windows");
            return;
        }
        Err(e) => panic!("run sqlite3: {e}"),
    };
    assert!(
        !output.status.success(),
        "sqlite3 read the vault: {}",
        String::from_utf8_lossy(&output.stdout)
    );
    assert!(String::from_utf8_lossy(&output.stderr).contains("not a database"));
}

#[test]
fn integrity_checks_pass_after_an_import() {
    let (test, mut vault) = TestVault::new();
    vault.import(&demo(), &mut |_| {}).expect("import");
    vault.lock().expect("lock");
    assert_eq!(
        test.open().integrity_problems().expect("checks"),
        Vec::<String>::new()
    );
}

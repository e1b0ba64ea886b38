//! Unlocking, wrong passphrases and passphrase changes.

use std::fs;

use reviewdesk_vault::{KdfParams, Vault, VaultError};

use crate::{PASSPHRASE, TestVault, demo, passphrase, snapshot};

#[test]
fn a_wrong_passphrase_is_refused_and_changes_nothing() {
    let (test, mut vault) = TestVault::new();
    vault.import(&demo(), &mut |_| {}).expect("import");
    vault.lock().expect("lock");
    let before = snapshot(&test.path);
    let error = Vault::open(&test.path, &passphrase("not the passphrase")).expect_err("refused");
    assert!(matches!(error, VaultError::WrongPassphrase), "{error:?}");
    assert_eq!(snapshot(&test.path), before);
    assert_eq!(
        test.open().record_counts().expect("counts")[2],
        ("applications", 26)
    );
}

#[test]
fn the_production_key_derivation_also_refuses_a_wrong_passphrase() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("v.rdvault");
    Vault::create(&path, &passphrase(PASSPHRASE), KdfParams::default())
        .expect("create")
        .lock()
        .expect("lock");
    assert!(matches!(
        Vault::open(&path, &passphrase("wrong")),
        Err(VaultError::WrongPassphrase)
    ));
    Vault::open(&path, &passphrase(PASSPHRASE)).expect("right passphrase opens");
}

#[test]
fn changing_the_passphrase_keeps_the_data_and_retires_the_old_one() {
    let (test, mut vault) = TestVault::new();
    vault.import(&demo(), &mut |_| {}).expect("import");
    vault
        .change_passphrase(
            &passphrase("new harbour lychee 77"),
            KdfParams::insecure_for_tests(),
        )
        .expect("change");
    vault.lock().expect("lock");
    assert!(matches!(
        Vault::open(&test.path, &passphrase(PASSPHRASE)),
        Err(VaultError::WrongPassphrase)
    ));
    let reopened =
        Vault::open(&test.path, &passphrase("new harbour lychee 77")).expect("new opens");
    assert_eq!(
        reopened.record_counts().expect("counts")[2],
        ("applications", 26)
    );
    assert_eq!(
        reopened.integrity_problems().expect("checks"),
        Vec::<String>::new()
    );
}

#[test]
fn a_change_interrupted_after_rekeying_is_finished_by_the_next_unlock() {
    // Left by the previous version, which re-keyed the database: the new key
    // file staged beside the old, the database already under the new key.
    let (dir, path) = crate::fixture("key-file-v1-change-interrupted");
    let new = passphrase("changed when the laptop died 2026");
    Vault::open(&path, &new)
        .expect("opens with the new passphrase")
        .lock()
        .expect("lock");
    assert!(
        !dir.path().join("expert.rdvault.kdf.next").exists(),
        "the staged key file is no longer needed"
    );
    Vault::open(&path, &new).expect("still opens");
    assert!(matches!(
        Vault::open(&path, &passphrase("previous format vault 2026")),
        Err(VaultError::WrongPassphrase)
    ));
}

#[test]
fn creating_over_an_existing_vault_is_refused() {
    let (test, vault) = TestVault::new();
    vault.lock().expect("lock");
    let error = Vault::create(
        &test.path,
        &passphrase("x y z w v"),
        KdfParams::insecure_for_tests(),
    )
    .expect_err("refused");
    assert!(matches!(error, VaultError::AlreadyExists(_)));
}

#[test]
fn a_missing_vault_is_reported_as_missing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let error = Vault::open(&dir.path().join("none.rdvault"), &passphrase(PASSPHRASE))
        .expect_err("missing");
    assert!(matches!(error, VaultError::NotFound(_)));
}

/// The key file lies beside the vault, where anyone with the disk can edit
/// it: costs that would exhaust memory or time, a huge file, or bytes that
/// are not its JSON are damage, refused before anything is derived.
#[test]
fn a_hostile_or_damaged_key_file_is_refused_before_deriving() {
    let (test, vault) = TestVault::new();
    vault.lock().expect("lock");
    let key_file = {
        let mut name = test.path.as_os_str().to_owned();
        name.push(".kdf");
        std::path::PathBuf::from(name)
    };
    let original: serde_json::Value =
        serde_json::from_slice(&fs::read(&key_file).expect("key file")).expect("JSON");
    let with = |field: &str, value: serde_json::Value| {
        let mut changed = original.clone();
        changed[field] = value;
        serde_json::to_vec(&changed).expect("JSON")
    };
    for (case, bytes) in [
        ("32 GiB of memory", with("memory_kib", (32u64 << 20).into())),
        ("2^32 - 1 passes", with("iterations", u32::MAX.into())),
        ("a thousand lanes", with("parallelism", 1000.into())),
        (
            "a salt of a megabyte",
            with("salt_hex", "ab".repeat(1 << 19).into()),
        ),
        ("not UTF-8", vec![0xff, 0xfe, 0x00, 0x7b]),
        ("not JSON", b"argon2id but not as we wrote it".to_vec()),
    ] {
        fs::write(&key_file, &bytes).expect("write");
        let error = Vault::open(&test.path, &passphrase(PASSPHRASE)).expect_err(case);
        assert!(
            matches!(error, VaultError::KeyFileDamaged(_)),
            "{case}: {error:?}"
        );
    }
}

/// The database, its key file and what SQLite writes beside them are the
/// owner's alone.
#[cfg(unix)]
#[test]
fn a_vaults_files_are_readable_by_their_owner_only() {
    use std::os::unix::fs::PermissionsExt as _;
    let (test, mut vault) = TestVault::new();
    vault.import(&demo(), &mut |_| {}).expect("import");
    let files = crate::files_of(&test.path);
    assert!(files.len() >= 2, "{files:?}");
    for file in files {
        let mode = fs::metadata(&file).expect("metadata").permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{}", file.display());
    }
    drop(vault);
}

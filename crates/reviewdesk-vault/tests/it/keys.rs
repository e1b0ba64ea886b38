//! The wrapped key: a vault of the previous format moved to it on unlock
//! with its data, interrupted at any point and still opening; the recovery
//! key setting a new passphrase; a passphrase change that leaves the
//! database untouched.

use std::fs;

use reviewdesk_vault::{KdfParams, RecoveryKey, Vault, VaultError};

use crate::{PASSPHRASE, TestVault, demo, fixture, passphrase, snapshot};

/// The passphrase of the vaults in `tests/fixtures/key-file-v1*`.
const PREVIOUS: &str = "previous format vault 2026";

fn key_file(path: &std::path::Path) -> serde_json::Value {
    let mut name = path.as_os_str().to_owned();
    name.push(".kdf");
    serde_json::from_slice(&fs::read(name).expect("key file")).expect("JSON")
}

#[test]
fn a_vault_of_the_previous_format_opens_with_its_data_and_moves_to_the_wrapped_key() {
    let (_dir, path) = fixture("key-file-v1");
    assert!(key_file(&path).get("format").is_none(), "version 1 before");
    let vault = Vault::open(&path, &passphrase(PREVIOUS)).expect("opens");
    assert_eq!(
        vault.record_counts().expect("counts")[2],
        ("applications", 26)
    );
    let sheets = vault.sheets(&"GX-ASEAN-AI-2025".into()).expect("sheets");
    assert_eq!(sheets.len(), 1, "the sheet scored in the previous version");
    assert!(!vault.has_recovery_key(), "none until the expert makes one");
    vault.lock().expect("lock");

    let moved = key_file(&path);
    assert_eq!(moved["format"], "reviewdesk.vault-key");
    assert_eq!(moved["version"], 2);
    assert!(matches!(
        Vault::open(&path, &passphrase("not it")),
        Err(VaultError::WrongPassphrase)
    ));
    let mut vault = Vault::open(&path, &passphrase(PREVIOUS)).expect("opens again");
    assert_eq!(
        vault.integrity_problems().expect("checks"),
        Vec::<String>::new()
    );
    let recovery = vault.new_recovery_key().expect("a recovery key");
    assert!(vault.has_recovery_key());
    vault.lock().expect("lock");
    Vault::open_with_recovery_key(
        &path,
        &recovery,
        &passphrase("a new one after all"),
        KdfParams::insecure_for_tests(),
    )
    .expect("the recovery key works on a moved vault");
}

/// The move writes the new key file beside the old and renames it over:
/// whatever moment it stops at, the files on disk are the old key file
/// (perhaps with a partial new one beside it) or the new one, and both open.
#[test]
fn a_move_stopped_at_any_point_leaves_a_vault_that_opens() {
    let partial_writes = [
        &b""[..],
        b"{\"format\": \"reviewdesk.vault-k",
        b"{\"format\": \"reviewdesk.vault-key\", \"version\": 2}",
    ];
    for partial in partial_writes {
        let (dir, path) = fixture("key-file-v1");
        // Stopped while the new key file was being written.
        fs::write(dir.path().join("expert.rdvault.kdf.tmp"), partial).expect("partial");
        let vault = Vault::open(&path, &passphrase(PREVIOUS)).expect("the old key file opens");
        assert_eq!(
            vault.record_counts().expect("counts")[2],
            ("applications", 26)
        );
        vault.lock().expect("lock");
        assert_eq!(key_file(&path)["version"], 2);
        assert!(!dir.path().join("expert.rdvault.kdf.tmp").exists());
    }
}

#[test]
fn the_recovery_key_sets_a_new_passphrase_and_keeps_everything() {
    let (test, mut vault) = TestVault::new();
    vault.import(&demo(), &mut |_| {}).expect("import");
    let recovery = vault.new_recovery_key().expect("recovery key");
    let written = recovery.to_text();
    vault.lock().expect("lock");

    let before = snapshot(&test.path);
    let stranger = RecoveryKey::parse("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789").expect("shape");
    let refused = Vault::open_with_recovery_key(
        &test.path,
        &stranger,
        &passphrase("anything"),
        KdfParams::insecure_for_tests(),
    );
    assert!(
        matches!(refused, Err(VaultError::WrongRecoveryKey)),
        "{refused:?}"
    );
    assert_eq!(snapshot(&test.path), before, "nothing changed");

    // As the expert types it back from the printed page.
    let typed = RecoveryKey::parse(&written.to_lowercase()).expect("typed");
    let reset = Vault::open_with_recovery_key(
        &test.path,
        &typed,
        &passphrase("a passphrase I will remember"),
        KdfParams::insecure_for_tests(),
    )
    .expect("reset");
    assert_eq!(
        reset.record_counts().expect("counts")[2],
        ("applications", 26)
    );
    reset.lock().expect("lock");
    assert!(matches!(
        Vault::open(&test.path, &passphrase(PASSPHRASE)),
        Err(VaultError::WrongPassphrase)
    ));
    Vault::open(&test.path, &passphrase("a passphrase I will remember")).expect("new opens");
}

#[test]
fn changing_the_passphrase_rewrites_the_key_file_and_not_the_database() {
    let (test, mut vault) = TestVault::new();
    vault.import(&demo(), &mut |_| {}).expect("import");
    vault.lock().expect("lock");
    let database = || fs::read(&test.path).expect("database");
    let mut vault = test.open();
    let before = database();
    vault
        .change_passphrase(
            &passphrase("new harbour lychee 77"),
            KdfParams::insecure_for_tests(),
        )
        .expect("change");
    assert_eq!(database(), before, "not one page re-encrypted");
    vault.lock().expect("lock");
    Vault::open(&test.path, &passphrase("new harbour lychee 77")).expect("new opens");
}

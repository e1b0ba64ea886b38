//! Backups: written while the vault is open, as encrypted as the vault,
//! restored elsewhere whole with the passphrase or the recovery key; a
//! truncated, altered or newer backup is refused and changes nothing.

use std::fs;
use std::io::Write as _;

use chrono::{TimeZone as _, Utc};
use reviewdesk_vault::{
    KdfParams, RecoveryKey, Vault, VaultError, read_backup_manifest, restore_backup,
};

use crate::{PASSPHRASE, TestVault, demo, passphrase};

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// A vault with the demo call and a recovery key, backed up while open.
fn backed_up() -> (
    TestVault,
    tempfile::TempDir,
    std::path::PathBuf,
    RecoveryKey,
) {
    let (test, mut vault) = TestVault::new();
    vault.import(&demo(), &mut |_| {}).expect("import");
    let recovery = vault.new_recovery_key().expect("recovery key");
    assert!(
        !vault.work_since_last_backup().expect("work"),
        "an import is the agency's, not work to lose"
    );
    let draft = reviewdesk_domain::sheet::SheetInput {
        opinion: "Scored before the backup.".into(),
        ..Default::default()
    };
    let scored: reviewdesk_domain::Timestamp = "2026-12-02T08:00:00Z".parse().expect("time");
    vault
        .save_sheet(
            &"GX-ASEAN-AI-2025".into(),
            &"A001".into(),
            ("pre-review", 1),
            &draft,
            scored,
        )
        .expect("save");
    assert!(
        vault.work_since_last_backup().expect("work"),
        "a sheet not backed up"
    );
    let elsewhere = tempfile::tempdir().expect("tempdir");
    let file = elsewhere.path().join("backup.rdbackup");
    let now = Utc
        .with_ymd_and_hms(2026, 12, 2, 9, 0, 0)
        .single()
        .expect("time");
    let manifest = vault.write_backup(&file, now).expect("backup while open");
    assert_eq!(manifest.created_at, now);
    assert_eq!(vault.last_backup_at().expect("when"), Some(now));
    assert!(!vault.work_since_last_backup().expect("work"));
    assert_eq!(
        fs::read_dir(elsewhere.path()).expect("dir").count(),
        1,
        "nothing left beside the backup"
    );
    (test, elsewhere, file, recovery)
}

#[test]
fn a_backup_restores_elsewhere_whole_and_opens_with_the_passphrase_or_the_recovery_key() {
    let (_test, elsewhere, file, recovery) = backed_up();
    let bytes = fs::read(&file).expect("backup");
    for secret in [
        "Chiang Mai Agricultural Innovation Institute".as_bytes(),
        "广西智农科技有限公司".as_bytes(),
        b"SQLite format 3",
        b"%PDF-1.4",
    ] {
        assert!(
            !contains(&bytes, secret),
            "{}",
            String::from_utf8_lossy(secret)
        );
    }
    let manifest = read_backup_manifest(&file).expect("manifest");

    let laptop = elsewhere.path().join("new laptop").join("expert.rdvault");
    let restored = restore_backup(&file, &laptop).expect("restored");
    assert_eq!(restored, manifest);
    let vault = Vault::open(&laptop, &passphrase(PASSPHRASE)).expect("the passphrase opens it");
    assert_eq!(
        vault.record_counts().expect("counts")[2],
        ("applications", 26)
    );
    let sheet = vault
        .sheet(&"GX-ASEAN-AI-2025".into(), &"A001".into())
        .expect("read")
        .expect("the sheet came along");
    assert_eq!(sheet.input.opinion, "Scored before the backup.");
    assert_eq!(
        vault.integrity_problems().expect("checks"),
        Vec::<String>::new()
    );
    vault.lock().expect("lock");

    let other = elsewhere
        .path()
        .join("another laptop")
        .join("expert.rdvault");
    restore_backup(&file, &other).expect("restored again");
    let reset = Vault::open_with_recovery_key(
        &other,
        &recovery,
        &passphrase("a passphrase for the new laptop"),
        KdfParams::insecure_for_tests(),
    )
    .expect("the recovery key opens it");
    assert_eq!(
        reset.record_counts().expect("counts")[2],
        ("applications", 26)
    );

    let refused = restore_backup(&file, &laptop).expect_err("a vault is there");
    assert!(
        matches!(refused, VaultError::AlreadyExists(_)),
        "{refused:?}"
    );
}

#[test]
fn a_truncated_altered_or_newer_backup_is_refused_and_nothing_is_restored() {
    let (_test, elsewhere, file, _recovery) = backed_up();
    let bytes = fs::read(&file).expect("backup");
    let target = elsewhere.path().join("restored").join("expert.rdvault");
    let attempt = |name: &str, bytes: &[u8]| {
        let damaged = elsewhere.path().join(name);
        fs::write(&damaged, bytes).expect("write");
        let refused = restore_backup(&damaged, &target).expect_err(name);
        let leftovers: Vec<_> = target
            .parent()
            .and_then(|dir| fs::read_dir(dir).ok())
            .map(|entries| entries.filter_map(Result::ok).map(|e| e.path()).collect())
            .unwrap_or_default();
        assert!(leftovers.is_empty(), "{name}: {leftovers:?}");
        refused
    };

    let truncated = attempt("truncated", &bytes[..bytes.len() / 2]);
    assert!(
        matches!(truncated, VaultError::BackupDamaged(_)),
        "{truncated:?}"
    );

    // One byte of the database's pages changed, inside the archive.
    let mut altered = bytes.clone();
    let at = altered.len() / 2;
    altered[at] ^= 0x40;
    let altered = attempt("altered", &altered);
    assert!(
        matches!(altered, VaultError::BackupDamaged(_)),
        "{altered:?}"
    );

    // A manifest written by a newer version.
    let mut manifest = read_backup_manifest(&file).expect("manifest");
    manifest.schema_version = 99;
    let mut rewritten = Vec::new();
    {
        let mut original = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).expect("zip");
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(&mut rewritten));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        for name in ["manifest.json", "vault.rdvault.kdf", "vault.rdvault"] {
            zip.start_file(name, options).expect("entry");
            if name == "manifest.json" {
                zip.write_all(&serde_json::to_vec(&manifest).expect("JSON"))
                    .expect("write");
            } else {
                std::io::copy(&mut original.by_name(name).expect("entry"), &mut zip).expect("copy");
            }
        }
        zip.finish().expect("zip");
    }
    let newer = attempt("newer", &rewritten);
    assert!(
        matches!(newer, VaultError::NewerBackup { found: 99, .. }),
        "{newer:?}"
    );

    let not_a_backup = attempt("not a backup", b"PK\x03\x04 but nothing more");
    assert!(
        matches!(not_a_backup, VaultError::BackupDamaged(_)),
        "{not_a_backup:?}"
    );
}

/// Backups written while another connection autosaves a draft every few
/// milliseconds are each a consistent snapshot: each restores whole, passes
/// SQLite's and SQLCipher's checks, and holds one of the drafts as saved.
#[test]
fn a_backup_taken_during_autosave_is_a_consistent_snapshot() {
    use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};

    let (test, mut vault) = TestVault::new();
    vault.import(&demo(), &mut |_| {}).expect("import");
    let (stop, saved_so_far) = (AtomicBool::new(false), AtomicU32::new(0));
    let elsewhere = tempfile::tempdir().expect("tempdir");
    let saves = std::thread::scope(|scope| {
        let autosave = scope.spawn(|| {
            let mut app = test.open();
            let mut saves = 0u32;
            while !stop.load(Ordering::Relaxed) || saves < 20 {
                saves += 1;
                let draft = reviewdesk_domain::sheet::SheetInput {
                    opinion: format!("autosave {saves}"),
                    ..Default::default()
                };
                app.save_sheet(
                    &"GX-ASEAN-AI-2025".into(),
                    &"A001".into(),
                    ("pre-review", 1),
                    &draft,
                    reviewdesk_domain::Timestamp::now(),
                )
                .expect("autosave");
                saved_so_far.store(saves, Ordering::Relaxed);
                std::thread::sleep(std::time::Duration::from_millis(2));
            }
            saves
        });
        // Backups begin once autosaving has.
        while saved_so_far.load(Ordering::Relaxed) == 0 {
            std::thread::yield_now();
        }
        for n in 0..5 {
            let file = elsewhere.path().join(format!("backup-{n}.rdbackup"));
            vault.write_backup(&file, Utc::now()).expect("backup");
        }
        stop.store(true, Ordering::Relaxed);
        autosave.join().expect("autosave thread")
    });

    for n in 0..5 {
        let file = elsewhere.path().join(format!("backup-{n}.rdbackup"));
        let laptop = elsewhere
            .path()
            .join(format!("laptop {n}"))
            .join("expert.rdvault");
        restore_backup(&file, &laptop).expect("restored");
        let restored = Vault::open(&laptop, &passphrase(PASSPHRASE)).expect("opens");
        assert_eq!(
            restored.integrity_problems().expect("checks"),
            Vec::<String>::new()
        );
        assert_eq!(
            restored.record_counts().expect("counts")[2],
            ("applications", 26)
        );
        if let Some(sheet) = restored
            .sheet(&"GX-ASEAN-AI-2025".into(), &"A001".into())
            .expect("read")
        {
            let saved: u32 = sheet
                .input
                .opinion
                .strip_prefix("autosave ")
                .and_then(|n| n.parse().ok())
                .expect("a draft as it was saved");
            assert!((1..=saves).contains(&saved));
        }
    }
}

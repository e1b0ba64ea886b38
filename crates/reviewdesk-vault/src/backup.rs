//! Backups of a vault: a consistent snapshot of the database taken while the
//! vault is open, still encrypted under the same database key, with the key
//! file that unwraps that key (so the passphrase or the recovery key opens
//! the copy) and a small manifest that names the vault, its schema version,
//! the time and the digests. The file is a zip of three stored entries,
//! written beside its destination and renamed into place; restoring checks
//! every entry and digest before anything is put where a vault goes, and
//! puts the key file there last, so a restore that stops part way leaves no
//! vault at all rather than half of one. Its format is in `docs/formats.md`.

use std::fs;
use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest as _, Sha256};

use crate::key::{key_file_path, owner_only, read_key_file, sync_parent};
use crate::{Vault, VaultError, schema};

pub const BACKUP_FORMAT: &str = "reviewdesk.vault-backup";
const VERSION: u32 = 1;
const MANIFEST: &str = "manifest.json";
const DATABASE: &str = "vault.rdvault";
const KEY_FILE: &str = "vault.rdvault.kdf";
/// A manifest is a few lines; a key file a few hundred bytes.
const MANIFEST_LIMIT: u64 = 64 << 10;
const KEY_FILE_LIMIT: u64 = 4 << 10;

/// What a backup says about itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BackupManifest {
    pub format: String,
    pub version: u32,
    /// The vault's own id: a restored copy keeps it.
    pub vault_id: String,
    pub schema_version: i64,
    pub created_at: DateTime<Utc>,
    pub database_bytes: u64,
    pub database_sha256: String,
    pub key_file_sha256: String,
}

fn damaged(why: impl Into<String>) -> VaultError {
    VaultError::BackupDamaged(why.into())
}

/// `path` with `suffix` added to its file name.
fn beside(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Copies `from` into `to`, returning how many bytes and their SHA-256.
fn copy_hashing(
    from: &mut impl std::io::Read,
    to: &mut impl std::io::Write,
) -> std::io::Result<(u64, String)> {
    let mut hash = Sha256::new();
    let mut buffer = vec![0u8; 64 << 10];
    let mut total = 0u64;
    loop {
        let read = from.read(&mut buffer)?;
        if read == 0 {
            break;
        }
        hash.update(&buffer[..read]);
        to.write_all(&buffer[..read])?;
        total += read as u64;
    }
    Ok((total, hex::encode(hash.finalize())))
}

impl Vault {
    /// Writes a backup of this vault to `to` (replacing a file there), taken
    /// now, while the vault stays open; records when, for the reminder.
    pub fn write_backup(
        &mut self,
        to: &Path,
        now: DateTime<Utc>,
    ) -> Result<BackupManifest, VaultError> {
        let snapshot = beside(to, ".snapshot");
        let partial = beside(to, ".partial");
        let written = self.write_backup_via(to, &snapshot, &partial, now);
        // Whatever happened, nothing is left beside the destination.
        for leftover in [&snapshot, &partial] {
            if leftover.exists() {
                let _ = fs::remove_file(leftover);
            }
        }
        let manifest = written?;
        self.connection.execute(
            "UPDATE vault_meta SET last_backup_at = ?1 WHERE id = 1",
            [now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)],
        )?;
        Ok(manifest)
    }

    fn write_backup_via(
        &mut self,
        to: &Path,
        snapshot: &Path,
        partial: &Path,
        now: DateTime<Utc>,
    ) -> Result<BackupManifest, VaultError> {
        // The snapshot is a database of its own under the same key: a
        // consistent copy made in one read transaction, never plaintext.
        owner_only(snapshot)?;
        let key = self.key_literal();
        self.connection.execute(
            "ATTACH DATABASE ?1 AS backup KEY ?2",
            rusqlite::params![snapshot.to_string_lossy(), key.as_str()],
        )?;
        let schema_version: i64 =
            self.connection
                .query_row("PRAGMA main.user_version", [], |row| row.get(0))?;
        let exported = self
            .connection
            .query_row("SELECT sqlcipher_export('backup')", [], |_| Ok(()))
            .and_then(|()| {
                self.connection
                    .execute_batch(&format!("PRAGMA backup.user_version = {schema_version}"))
            });
        self.connection.execute("DETACH DATABASE backup", [])?;
        exported?;

        // The key file as this vault holds it, not read back from disk.
        let key_file = serde_json::to_vec_pretty(&self.keyring)?;
        let vault_id: String = self.connection.query_row(
            "SELECT vault_id FROM vault_meta WHERE id = 1",
            [],
            |row| row.get(0),
        )?;
        let database_size = fs::metadata(snapshot)?.len();

        // The database goes in first, hashed as it is copied: it is read once.
        let file = owner_only(partial)?;
        let mut zip = zip::ZipWriter::new(file);
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored)
            .unix_permissions(0o600)
            .large_file(database_size >= u64::from(u32::MAX));
        let zipped = |e: zip::result::ZipError| VaultError::Io(std::io::Error::other(e));
        zip.start_file(DATABASE, options).map_err(zipped)?;
        let (database_bytes, database_sha256) =
            copy_hashing(&mut fs::File::open(snapshot)?, &mut zip)?;
        let manifest = BackupManifest {
            format: BACKUP_FORMAT.to_owned(),
            version: VERSION,
            vault_id,
            schema_version,
            created_at: now,
            database_bytes,
            database_sha256,
            key_file_sha256: hex::encode(Sha256::digest(&key_file)),
        };
        zip.start_file(KEY_FILE, options).map_err(zipped)?;
        zip.write_all(&key_file)?;
        zip.start_file(MANIFEST, options).map_err(zipped)?;
        zip.write_all(&serde_json::to_vec_pretty(&manifest)?)?;
        zip.finish().map_err(zipped)?.sync_all()?;
        fs::rename(partial, to)?;
        sync_parent(to)?;
        Ok(manifest)
    }

    /// Whether anything was scored or queued to send since the last backup
    /// (since ever, without one): work a lost laptop would lose.
    pub fn work_since_last_backup(&self) -> Result<bool, VaultError> {
        Ok(self.connection.query_row(
            "SELECT EXISTS (SELECT 1 FROM sheets, vault_meta
                            WHERE vault_meta.last_backup_at IS NULL
                               OR sheets.updated_at > vault_meta.last_backup_at)
                 OR EXISTS (SELECT 1 FROM outbox, vault_meta
                            WHERE vault_meta.last_backup_at IS NULL
                               OR outbox.updated_at > vault_meta.last_backup_at)",
            [],
            |row| row.get(0),
        )?)
    }

    /// When the last backup of this vault was written, if ever.
    pub fn last_backup_at(&self) -> Result<Option<DateTime<Utc>>, VaultError> {
        let at: Option<String> = self.connection.query_row(
            "SELECT last_backup_at FROM vault_meta WHERE id = 1",
            [],
            |row| row.get(0),
        )?;
        // Written in the one time form (see `write_backup`); anything else is damage.
        at.map(|text| {
            text.parse::<reviewdesk_domain::Timestamp>()
                .map(DateTime::from)
                .map_err(|e| VaultError::Corrupt(format!("last_backup_at: {e}")))
        })
        .transpose()
    }
}

/// Reads and checks a backup's manifest, without restoring anything.
pub fn read_backup_manifest(from: &Path) -> Result<BackupManifest, VaultError> {
    let mut archive = open_archive(from)?;
    manifest_of(&mut archive)
}

fn open_archive(from: &Path) -> Result<zip::ZipArchive<fs::File>, VaultError> {
    let archive = zip::ZipArchive::new(fs::File::open(from)?)
        .map_err(|e| damaged(format!("not a backup file: {e}")))?;
    let mut names: Vec<String> = archive
        .file_names()
        .map(|name| name.map(|n| n.into_owned()))
        .collect::<Result<_, _>>()
        .map_err(|e| damaged(format!("not a backup file: {e}")))?;
    names.sort_unstable();
    if names != [MANIFEST, DATABASE, KEY_FILE] {
        return Err(damaged(format!("unexpected entries: {names:?}")));
    }
    Ok(archive)
}

/// Reads entry `name` whole, refusing more than `limit` bytes.
fn read_entry(
    archive: &mut zip::ZipArchive<fs::File>,
    name: &str,
    limit: u64,
) -> Result<Vec<u8>, VaultError> {
    let entry = archive
        .by_name(name)
        .map_err(|e| damaged(format!("{name}: {e}")))?;
    if entry.size() > limit {
        return Err(damaged(format!("{name}: {} bytes", entry.size())));
    }
    let mut bytes = Vec::new();
    entry
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| damaged(format!("{name}: {e}")))?;
    Ok(bytes)
}

fn manifest_of(archive: &mut zip::ZipArchive<fs::File>) -> Result<BackupManifest, VaultError> {
    let bytes = read_entry(archive, MANIFEST, MANIFEST_LIMIT)?;
    let manifest: BackupManifest =
        serde_json::from_slice(&bytes).map_err(|e| damaged(format!("{MANIFEST}: {e}")))?;
    if manifest.format != BACKUP_FORMAT {
        return Err(damaged(format!("{MANIFEST}: format {}", manifest.format)));
    }
    if manifest.version > VERSION || manifest.schema_version > schema::LATEST_VERSION {
        return Err(VaultError::NewerBackup {
            found: manifest.schema_version,
            known: schema::LATEST_VERSION,
        });
    }
    Ok(manifest)
}

/// Restores the backup `from` as the vault at `vault`, where no vault may
/// be. Every entry and digest is checked first; then the database and last
/// its key file are renamed into place. Opening it is the caller's next
/// step, with the passphrase or the recovery key of the vault backed up.
pub fn restore_backup(from: &Path, vault: &Path) -> Result<BackupManifest, VaultError> {
    if vault.exists() || key_file_path(vault).exists() {
        return Err(VaultError::AlreadyExists(vault.to_owned()));
    }
    let mut archive = open_archive(from)?;
    let manifest = manifest_of(&mut archive)?;
    let key_file = read_entry(&mut archive, KEY_FILE, KEY_FILE_LIMIT)?;
    if hex::encode(Sha256::digest(&key_file)) != manifest.key_file_sha256 {
        return Err(damaged(format!(
            "{KEY_FILE}: digest differs from the manifest"
        )));
    }
    if let Some(parent) = vault.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::create_dir_all(parent)?;
    }
    let database = beside(vault, ".restoring");
    let key_file_staged = beside(vault, ".kdf.restoring");
    let restored = (|| {
        {
            let mut entry = archive
                .by_name(DATABASE)
                .map_err(|e| damaged(format!("{DATABASE}: {e}")))?;
            if entry.size() != manifest.database_bytes {
                return Err(damaged(format!(
                    "{DATABASE}: {} bytes, the manifest says {}",
                    entry.size(),
                    manifest.database_bytes
                )));
            }
            let mut out = owner_only(&database)?;
            let (bytes, digest) = copy_hashing(&mut entry, &mut out)
                .map_err(|e| damaged(format!("{DATABASE}: {e}")))?;
            if bytes != manifest.database_bytes || digest != manifest.database_sha256 {
                return Err(damaged(format!(
                    "{DATABASE}: digest differs from the manifest"
                )));
            }
            out.sync_all()?;
        }
        owner_only(&key_file_staged)?.write_all(&key_file)?;
        // The key file must be one this version reads.
        read_key_file(&key_file_staged)?;
        fs::rename(&database, vault)?;
        fs::rename(&key_file_staged, key_file_path(vault))?;
        sync_parent(vault)
    })();
    if restored.is_err() {
        for leftover in [&database, &key_file_staged] {
            let _ = fs::remove_file(leftover);
        }
        // A database renamed without its key file is no vault: take it back.
        if !key_file_path(vault).exists() {
            let _ = fs::remove_file(vault);
        }
    }
    restored.map(|()| manifest)
}

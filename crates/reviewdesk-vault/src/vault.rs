//! Opening, creating and closing a vault, and the keys that open it: the
//! passphrase, the recovery key, and moving a vault from before them to
//! the wrapped key (see `keyring`).

use std::fs;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, ErrorCode, OpenFlags};

use crate::key::{
    KdfParams, KeyFile, OnDisk, Passphrase, RawKey, key_file_path, pending_key_file_path,
    read_key_file, sync_parent, write_key_file,
};
use crate::keyring::{Keyring, RecoveryKey};
use crate::{VaultError, schema};

/// An unlocked vault. Dropping it locks it: the connection closes and SQLCipher
/// wipes its copy of the key, as this wipes its own.
pub struct Vault {
    pub(crate) connection: Connection,
    path: PathBuf,
    /// The database key, to wrap again when the passphrase or the recovery
    /// key changes.
    key: RawKey,
    pub(crate) keyring: Keyring,
    /// This process's hold on the vault, shared by its handles (`lock`).
    _held: std::sync::Arc<crate::lock::Held>,
}

/// Opens the database file at `path`. SQLite initialises itself at the first
/// open in the process, and SQLCipher's part of that marks itself done before
/// it registers `sqlcipher_export` for new connections: a connection another
/// thread opened in that moment would lack it, and its backups would fail.
/// So the first initialisation runs alone, on a connection of its own.
fn open_database(path: &Path) -> Result<Connection, VaultError> {
    static SQLITE_READY: std::sync::Once = std::sync::Once::new();
    SQLITE_READY.call_once(|| {
        // Only for its side effect; an error here shows again below.
        let _ = Connection::open_in_memory();
    });
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    Ok(Connection::open_with_flags(path, flags)?)
}

impl std::fmt::Debug for Vault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Vault")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

impl Vault {
    /// Creates a new, empty vault at `path`, protected by `passphrase`.
    pub fn create(
        path: &Path,
        passphrase: &Passphrase,
        params: KdfParams,
    ) -> Result<Self, VaultError> {
        if path.exists() || key_file_path(path).exists() {
            return Err(VaultError::AlreadyExists(path.to_owned()));
        }
        let (keyring, key) = Keyring::generate(params, passphrase)?;
        // The key file goes first: a database without it could never be opened again.
        write_key_file(&key_file_path(path), &keyring)?;
        // Created owner-only before SQLite opens it; SQLite gives its WAL and
        // shared-memory files the database's mode.
        crate::key::owner_only(path)?;
        let connection = open_database(path)?;
        let mut vault = Self::keyed(connection, path, key, keyring, true)?;
        vault.prepare()?;
        sync_parent(path)?;
        Ok(vault)
    }

    /// Whether a vault lives at `path`: its database and its key file.
    pub fn exists(path: &Path) -> bool {
        path.exists() && key_file_path(path).exists()
    }

    /// The key file beside the vault at `path`, which must be there.
    fn key_file(path: &Path) -> Result<OnDisk, VaultError> {
        if !path.exists() {
            return Err(VaultError::NotFound(path.to_owned()));
        }
        read_key_file(&key_file_path(path)).map_err(|error| match error {
            VaultError::Io(e) if e.kind() == std::io::ErrorKind::NotFound => {
                VaultError::NotFound(key_file_path(path))
            }
            other => other,
        })
    }

    /// Unlocks the vault at `path`. A wrong passphrase is reported as such and
    /// nothing on disk changes. A vault from before the wrapped key is moved
    /// to it here (see `keyring`).
    pub fn open(path: &Path, passphrase: &Passphrase) -> Result<Self, VaultError> {
        let mut vault = match Self::key_file(path)? {
            OnDisk::Wrapped(keyring) => {
                let key = keyring.unlock(passphrase)?;
                Self::open_with(path, key, keyring)?
            }
            OnDisk::Passphrase(key_file) => {
                Self::open_passphrase_keyed(path, passphrase, key_file)?
            }
        };
        vault.prepare()?;
        Ok(vault)
    }

    /// Opens a vault whose key the passphrase derives (key file version 1)
    /// and moves it to the wrapped key: the same database key, wrapped by
    /// the same passphrase, in a key file that replaces the old one in one
    /// rename. Until the rename the old file opens it; after, the new one.
    fn open_passphrase_keyed(
        path: &Path,
        passphrase: &Passphrase,
        key_file: KeyFile,
    ) -> Result<Self, VaultError> {
        let (key, key_file) = match key_file.derive(passphrase) {
            Ok(key) => (key, key_file),
            // A passphrase change of that version that stopped between
            // re-keying the database and replacing the key file left the
            // new key file beside the old one.
            Err(VaultError::WrongPassphrase) => {
                let Ok(pending) = KeyFile::read(&pending_key_file_path(path)) else {
                    return Err(VaultError::WrongPassphrase);
                };
                (pending.derive(passphrase)?, pending)
            }
            Err(other) => return Err(other),
        };
        let connection = open_database(path)?;
        let proven = key_file.proves_keys();
        let keyring = Keyring::wrapping(&key, key_file.params(), passphrase)?;
        let vault = Self::keyed(connection, path, key, keyring, proven)?;
        write_key_file(&key_file_path(path), &vault.keyring)?;
        let pending = pending_key_file_path(path);
        if pending.exists() {
            fs::remove_file(pending)?;
            sync_parent(path)?;
        }
        Ok(vault)
    }

    /// Sets a new passphrase with the recovery key, when the passphrase is
    /// forgotten: the vault opens with the recovery key, and from now on
    /// with `new` (the recovery key keeps working).
    pub fn open_with_recovery_key(
        path: &Path,
        recovery: &RecoveryKey,
        new: &Passphrase,
        params: KdfParams,
    ) -> Result<Self, VaultError> {
        let OnDisk::Wrapped(keyring) = Self::key_file(path)? else {
            return Err(VaultError::NoRecoveryKey);
        };
        let key = keyring.unlock_with_recovery_key(recovery)?;
        let mut vault = Self::open_with(path, key, keyring)?;
        vault.prepare()?;
        vault.change_passphrase(new, params)?;
        Ok(vault)
    }

    fn open_with(path: &Path, key: RawKey, keyring: Keyring) -> Result<Self, VaultError> {
        // The key file proved the key: a database that will not read is damaged.
        Self::keyed(open_database(path)?, path, key, keyring, true)
    }

    /// Applies the key and proves it before anything else touches the file.
    /// With a key the key file already proved right, a database that will not
    /// read is damaged, not locked with another passphrase.
    fn keyed(
        connection: Connection,
        path: &Path,
        key: RawKey,
        keyring: Keyring,
        key_proven: bool,
    ) -> Result<Self, VaultError> {
        // Before a byte is read: another process may be changing it.
        let held = crate::lock::hold(path)?;
        let cipher_version: Option<String> = connection
            .query_row("PRAGMA cipher_version", [], |row| row.get(0))
            .ok();
        if cipher_version.is_none_or(|v| v.is_empty()) {
            return Err(VaultError::EncryptionUnavailable);
        }
        // SQLCipher logs a failed key check to stderr; the caller reports it better.
        connection
            .query_row("PRAGMA cipher_log_level = NONE", [], |_| Ok(()))
            .ok();
        connection.pragma_update(None, "key", &*key.pragma_literal())?;
        match connection.query_row("SELECT count(*) FROM sqlite_master", [], |row| {
            row.get::<_, i64>(0)
        }) {
            Ok(_) => Ok(Self {
                connection,
                path: path.to_owned(),
                key,
                keyring,
                _held: held,
            }),
            Err(rusqlite::Error::SqliteFailure(e, _))
                if e.code == ErrorCode::NotADatabase && !key_proven =>
            {
                Err(VaultError::WrongPassphrase)
            }
            Err(other) => Err(other.into()),
        }
    }

    /// Durability and confidentiality settings, then the schema.
    fn prepare(&mut self) -> Result<(), VaultError> {
        self.connection.pragma_update(None, "journal_mode", "WAL")?;
        self.connection.pragma_update(None, "synchronous", "FULL")?;
        self.connection
            .pragma_update(None, "temp_store", "MEMORY")?;
        self.connection.pragma_update(None, "foreign_keys", "ON")?;
        self.connection
            .busy_timeout(std::time::Duration::from_secs(5))?;
        let found: i64 = self
            .connection
            .pragma_query_value(None, "user_version", |row| row.get(0))?;
        if found > schema::LATEST_VERSION {
            return Err(VaultError::NewerSchema {
                found,
                known: schema::LATEST_VERSION,
            });
        }
        schema::migrations().to_latest(&mut self.connection)?;
        Ok(())
    }

    /// Replaces the passphrase: the database key is wrapped by the new one
    /// in a key file that replaces the old in one rename, so an interruption
    /// leaves a vault that the old or the new passphrase opens. The database
    /// itself is not touched; the recovery key keeps working.
    pub fn change_passphrase(
        &mut self,
        new: &Passphrase,
        params: KdfParams,
    ) -> Result<(), VaultError> {
        let keyring = self.keyring.with_passphrase(&self.key, params, new)?;
        write_key_file(&key_file_path(&self.path), &keyring)?;
        self.keyring = keyring;
        Ok(())
    }

    /// Makes a new recovery key, which from now on also opens the vault (the
    /// one before no longer does), and returns it to be shown once.
    pub fn new_recovery_key(&mut self) -> Result<RecoveryKey, VaultError> {
        let (keyring, recovery) = self.keyring.with_new_recovery_key(&self.key)?;
        write_key_file(&key_file_path(&self.path), &keyring)?;
        self.keyring = keyring;
        Ok(recovery)
    }

    /// The database key as SQLCipher's raw-key literal, for a snapshot under
    /// the same key.
    pub(crate) fn key_literal(&self) -> zeroize::Zeroizing<String> {
        self.key.pragma_literal()
    }

    /// Whether a recovery key opens this vault (a vault moved from before
    /// recovery keys has none until one is made).
    pub fn has_recovery_key(&self) -> bool {
        self.keyring.has_recovery_key()
    }

    /// Locks the vault: closes the connection, which wipes the key from memory.
    pub fn lock(self) -> Result<(), VaultError> {
        self.connection.close().map_err(|(_, e)| e.into())
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// SQLite's and SQLCipher's own integrity checks; empty when all is well.
    pub fn integrity_problems(&self) -> Result<Vec<String>, VaultError> {
        let mut problems = Vec::new();
        for pragma in ["PRAGMA integrity_check", "PRAGMA cipher_integrity_check"] {
            let mut statement = self.connection.prepare(pragma)?;
            let rows = statement.query_map([], |row| row.get::<_, String>(0))?;
            for row in rows {
                let row = row?;
                if row != "ok" {
                    problems.push(row);
                }
            }
        }
        Ok(problems)
    }
}

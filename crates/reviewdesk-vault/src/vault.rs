//! Opening, creating, re-keying and closing a vault.

use std::fs;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, ErrorCode, OpenFlags};

use crate::VaultError;
use crate::key::{
    KdfParams, KeyFile, Passphrase, RawKey, key_file_path, pending_key_file_path, sync_parent,
};
use crate::schema;

/// An unlocked vault. Dropping it locks it: the connection closes and SQLCipher
/// wipes its copy of the key.
#[derive(Debug)]
pub struct Vault {
    pub(crate) connection: Connection,
    path: PathBuf,
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
        let (key_file, key) = KeyFile::generate(params, passphrase)?;
        // The key file goes first: a database without it could never be opened again.
        key_file.write_atomically(&key_file_path(path))?;
        // Created owner-only before SQLite opens it; SQLite gives its WAL and
        // shared-memory files the database's mode.
        crate::key::owner_only(path)?;
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let connection = Connection::open_with_flags(path, flags)?;
        let mut vault = Self::keyed(connection, path, &key, true)?;
        vault.prepare()?;
        sync_parent(path)?;
        Ok(vault)
    }

    /// Whether a vault lives at `path`: its database and its key file.
    pub fn exists(path: &Path) -> bool {
        path.exists() && key_file_path(path).exists()
    }

    /// Unlocks the vault at `path`. A wrong passphrase is reported as such and
    /// nothing on disk changes.
    pub fn open(path: &Path, passphrase: &Passphrase) -> Result<Self, VaultError> {
        if !path.exists() {
            return Err(VaultError::NotFound(path.to_owned()));
        }
        let key_file = KeyFile::read(&key_file_path(path)).map_err(|error| match error {
            VaultError::Io(e) if e.kind() == std::io::ErrorKind::NotFound => {
                VaultError::NotFound(key_file_path(path))
            }
            other => other,
        })?;
        let opened = key_file
            .derive(passphrase)
            .and_then(|key| Self::open_with(path, &key, key_file.proves_keys()));
        let mut vault = match opened {
            Err(VaultError::WrongPassphrase) => {
                Self::open_after_interrupted_rekey(path, passphrase)?
            }
            other => other?,
        };
        vault.prepare()?;
        Ok(vault)
    }

    /// A passphrase change that stopped between re-keying the database and replacing
    /// the key file leaves the new key file beside the old one; try it and finish.
    fn open_after_interrupted_rekey(
        path: &Path,
        passphrase: &Passphrase,
    ) -> Result<Self, VaultError> {
        let pending = pending_key_file_path(path);
        let Ok(key_file) = KeyFile::read(&pending) else {
            return Err(VaultError::WrongPassphrase);
        };
        let vault = Self::open_with(path, &key_file.derive(passphrase)?, key_file.proves_keys())?;
        fs::rename(&pending, key_file_path(path))?;
        sync_parent(path)?;
        Ok(vault)
    }

    fn open_with(path: &Path, key: &RawKey, key_proven: bool) -> Result<Self, VaultError> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        Self::keyed(
            Connection::open_with_flags(path, flags)?,
            path,
            key,
            key_proven,
        )
    }

    /// Applies the key and proves it before anything else touches the file.
    /// With a key the key file already proved right, a database that will not
    /// read is damaged, not locked with another passphrase.
    fn keyed(
        connection: Connection,
        path: &Path,
        key: &RawKey,
        key_proven: bool,
    ) -> Result<Self, VaultError> {
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

    /// Replaces the passphrase. The database is re-keyed in one transaction, and the
    /// new key file is staged beside the old one first, so an interruption at any
    /// point leaves a vault that the old or the new passphrase opens.
    pub fn change_passphrase(
        &mut self,
        new: &Passphrase,
        params: KdfParams,
    ) -> Result<(), VaultError> {
        let (key_file, key) = KeyFile::generate(params, new)?;
        let pending = pending_key_file_path(&self.path);
        key_file.write_atomically(&pending)?;
        // SQLCipher cannot re-key in WAL mode: fold the WAL in, re-key under a
        // rollback journal (encrypted too), then return to WAL.
        self.connection
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        self.connection
            .pragma_update(None, "journal_mode", "DELETE")?;
        let rekeyed = self
            .connection
            .pragma_update(None, "rekey", &*key.pragma_literal());
        self.connection.pragma_update(None, "journal_mode", "WAL")?;
        if let Err(error) = rekeyed {
            fs::remove_file(&pending)?;
            return Err(error.into());
        }
        fs::rename(&pending, key_file_path(&self.path))?;
        sync_parent(&self.path)
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

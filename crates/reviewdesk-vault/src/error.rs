//! What can go wrong with a vault, classified so callers can say it clearly.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum VaultError {
    #[error("a vault already exists at {0}")]
    AlreadyExists(PathBuf),
    #[error("no vault at {0}")]
    NotFound(PathBuf),
    #[error("the vault at {0} is open in another program")]
    InUse(PathBuf),
    #[error("the passphrase is wrong")]
    WrongPassphrase,
    #[error("the recovery key is wrong")]
    WrongRecoveryKey,
    #[error("this vault has no recovery key yet")]
    NoRecoveryKey,
    #[error("that is not a recovery key: 32 letters and digits in groups of four")]
    RecoveryKeyMalformed,
    #[error("this build of SQLite has no SQLCipher encryption; refusing to store data unencrypted")]
    EncryptionUnavailable,
    #[error("the vault's key file is damaged: {0}")]
    KeyFileDamaged(String),
    #[error(
        "the vault was written by a newer version of ReviewDesk (schema {found}, this version knows {known})"
    )]
    NewerSchema { found: i64, known: i64 },
    #[error("the backup file is damaged or not a backup: {0}")]
    BackupDamaged(String),
    #[error(
        "the backup was written by a newer version of ReviewDesk (schema {found}, this version knows {known})"
    )]
    NewerBackup { found: i64, known: i64 },
    #[error("no {kind} with id {id}")]
    NoSuchRecord { kind: &'static str, id: String },
    #[error("the sheet of {0} is submitted and can no longer change")]
    SheetLocked(String),
    #[error("the vault data is damaged: {0}")]
    Corrupt(String),
    #[error("file system error: {0}")]
    Io(#[from] std::io::Error),
    #[error("database error: {0}")]
    Database(rusqlite::Error),
    #[error("schema migration failed: {0}")]
    Migration(#[from] rusqlite_migration::Error),
}

/// SQLite's own word for damage — a malformed page, or a file that is not a
/// database under the right key — is told as damage; anything else stays a
/// database error.
impl From<rusqlite::Error> for VaultError {
    fn from(error: rusqlite::Error) -> Self {
        match &error {
            rusqlite::Error::SqliteFailure(e, _)
                if matches!(
                    e.code,
                    rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase
                ) =>
            {
                Self::Corrupt(error.to_string())
            }
            _ => Self::Database(error),
        }
    }
}

impl From<serde_json::Error> for VaultError {
    fn from(error: serde_json::Error) -> Self {
        Self::Corrupt(error.to_string())
    }
}

//! The encrypted local store: one SQLCipher database per user, holding the agency
//! data (attachments included) imported into it.
//!
//! Invariants:
//! - This is the only crate that knows SQL.
//! - Nothing is ever read or written through a connection that has not proved its
//!   key (`PRAGMA cipher_version` non-empty, then a read of the schema).
//! - Temporary tables and indices live in memory (`temp_store=MEMORY`); the WAL and
//!   rollback journal are encrypted by SQLCipher like the main file.
//! - The passphrase and the derived key are zeroized and never logged or serialized.
//! - One process at a time holds a vault open (`lock`); another is refused.

mod backup;
mod error;
mod identity;
mod import;
mod key;
mod keyring;
mod lock;
mod meeting;
mod minutes;
mod outbox;
mod panel;
mod queries;
mod schema;
mod sheets;
mod vault;

pub use backup::{BACKUP_FORMAT, BackupManifest, read_backup_manifest, restore_backup};
pub use error::VaultError;
pub use identity::{InstalledBundle, StoredIdentity};
pub use import::{ImportOutcome, ImportProgress};
pub use key::{KdfParams, Passphrase};
pub use keyring::RecoveryKey;
pub use meeting::JoinedMeeting;
pub use minutes::FixedMinutes;
pub use outbox::{DeliveryOutcome, DeliveryState, NewPackage, OutboxEntry};
pub use panel::{PanelPackage, StoredStaff};
pub use queries::{
    ApplicationFilter, ApplicationRecord, AttachmentContent, CallSummary, DemandGroup,
};
pub use sheets::{SheetStatus, StoredSheet};
pub use vault::Vault;

/// A JSON column this vault wrote; what does not read back is damage.
pub(crate) fn json_column<T: serde::de::DeserializeOwned>(
    text: String,
    column: usize,
) -> rusqlite::Result<T> {
    serde_json::from_str(&text).map_err(|error| {
        rusqlite::Error::FromSqlConversionFailure(
            column,
            rusqlite::types::Type::Text,
            Box::new(error),
        )
    })
}

/// An identifier column, read as its type.
pub(crate) fn id_column<T: From<String>>(
    row: &rusqlite::Row<'_>,
    column: usize,
) -> rusqlite::Result<T> {
    row.get::<_, String>(column).map(T::from)
}

/// A nullable JSON column this vault wrote.
pub(crate) fn optional_json_column<T: serde::de::DeserializeOwned>(
    text: Option<String>,
    column: usize,
) -> rusqlite::Result<Option<T>> {
    text.map(|text| json_column(text, column)).transpose()
}

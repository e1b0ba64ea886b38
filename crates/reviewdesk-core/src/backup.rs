//! Backups of the expert's vault, as the app and the command line offer
//! them: written while the vault is open, restored where no vault is yet
//! (then unlocked with the passphrase, or the recovery key, it had), and the
//! reminder when the last backup is more than a day old and work since it
//! would be lost with the laptop.

use std::path::Path;

use chrono::{DateTime, TimeDelta, Utc};
use reviewdesk_domain::Timestamp;
use serde::Serialize;
use ts_rs::TS;

use crate::{CoreError, Session};

/// How long a backup may age, with work since, before the expert is reminded.
const REMIND_AFTER: TimeDelta = TimeDelta::days(1);

/// A backup written or restored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct BackupView {
    /// When the backup was taken.
    #[ts(type = "string")]
    pub created_at: Timestamp,
}

/// When the vault was last backed up, and whether to remind the expert.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct BackupStatus {
    #[ts(type = "string | null")]
    pub last_backup_at: Option<Timestamp>,
    /// The last backup is older than a day (or there is none) and something
    /// was scored or queued since.
    pub reminder: bool,
}

fn view(manifest: &reviewdesk_vault::BackupManifest) -> BackupView {
    BackupView {
        created_at: Timestamp::from(manifest.created_at),
    }
}

impl Session {
    /// Writes a backup of the unlocked vault to `to`, taken `now`.
    pub fn write_backup(&mut self, to: &Path, now: DateTime<Utc>) -> Result<BackupView, CoreError> {
        Ok(view(&self.vault_mut()?.write_backup(to, now)?))
    }

    /// Restores the backup `from` as the vault at `vault`, where none may be;
    /// the vault stays locked, for its passphrase or recovery key to open.
    pub fn restore_backup(&mut self, from: &Path, vault: &Path) -> Result<BackupView, CoreError> {
        self.lock();
        Ok(view(&reviewdesk_vault::restore_backup(from, vault)?))
    }

    /// The last backup and whether it is time to remind the expert of one.
    pub fn backup_status(&self, now: DateTime<Utc>) -> Result<BackupStatus, CoreError> {
        let vault = self.vault()?;
        let last = vault.last_backup_at()?;
        let old = last.is_none_or(|at| now - at > REMIND_AFTER);
        Ok(BackupStatus {
            last_backup_at: last.map(Timestamp::from),
            reminder: old && vault.work_since_last_backup()?,
        })
    }
}

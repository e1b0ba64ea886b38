//! `reviewdesk vault …`: creating a vault, changing its passphrase, its
//! recovery key (setting a new passphrase with it, making a new one), and
//! backing it up and restoring it.

use std::path::{Path, PathBuf};

use clap::Subcommand;
use reviewdesk_core::{CoreError, Localizer, Session};

use crate::shell::{
    NEW_PASSPHRASE_VARIABLE, PASSPHRASE_VARIABLE, confirmation, passphrase, say, secret, unlocked,
};

/// Where a script gives the recovery key instead of typing it.
pub const RECOVERY_KEY_VARIABLE: &str = "REVIEWDESK_RECOVERY_KEY";

#[derive(Subcommand)]
pub enum VaultCommand {
    /// Create a new encrypted vault.
    Create { vault: PathBuf },
    /// Change the passphrase of a vault (the new one from REVIEWDESK_NEW_PASSPHRASE or a prompt).
    ChangePassphrase { vault: PathBuf },
    /// Set a new passphrase with the recovery key (from REVIEWDESK_RECOVERY_KEY or a prompt) when the passphrase is forgotten.
    ResetPassphrase { vault: PathBuf },
    /// Make a new recovery key for a vault; the one before stops working.
    NewRecoveryKey { vault: PathBuf },
    /// Write an encrypted backup of a vault to a file.
    Backup {
        vault: PathBuf,
        #[arg(long)]
        out: PathBuf,
    },
    /// Restore a backup file as a vault where there is none yet.
    Restore {
        backup: PathBuf,
        #[arg(long)]
        to: PathBuf,
    },
}

pub fn run(command: VaultCommand, l: &Localizer) -> Result<(), CoreError> {
    match command {
        VaultCommand::Create { vault } => create(&vault, l),
        VaultCommand::ChangePassphrase { vault } => change_passphrase(&vault, l),
        VaultCommand::ResetPassphrase { vault } => reset_passphrase(&vault, l),
        VaultCommand::NewRecoveryKey { vault } => new_recovery_key(&vault, l),
        VaultCommand::Backup { vault, out } => {
            let written = unlocked(&vault, l)?.write_backup(&out, chrono::Utc::now())?;
            let args = [
                ("path", out.display().to_string()),
                ("time", written.created_at.to_string()),
            ];
            say(l.format("cli-backup-written", &args));
            Ok(())
        }
        VaultCommand::Restore { backup, to } => {
            let restored = Session::default().restore_backup(&backup, &to)?;
            let args = [
                ("path", to.display().to_string()),
                ("time", restored.created_at.to_string()),
            ];
            say(l.format("cli-backup-restored", &args));
            Ok(())
        }
    }
}

fn create(vault: &Path, l: &Localizer) -> Result<(), CoreError> {
    let passphrase = passphrase(l, PASSPHRASE_VARIABLE, "cli-new-passphrase-prompt")?;
    let confirmation = confirmation(l, PASSPHRASE_VARIABLE)?;
    let recovery_key = Session::default().create_vault(vault, &passphrase, &confirmation)?;
    let path = vault.display().to_string();
    say(l.format("cli-vault-created", &[("path", path)]));
    say(l.format(
        "cli-recovery-key",
        &[("key", recovery_key.as_str().to_owned())],
    ));
    Ok(())
}

fn reset_passphrase(vault: &Path, l: &Localizer) -> Result<(), CoreError> {
    let recovery_key = secret(l, RECOVERY_KEY_VARIABLE, "cli-recovery-key-prompt")?;
    let new = passphrase(l, NEW_PASSPHRASE_VARIABLE, "cli-new-passphrase-prompt")?;
    let confirmation = confirmation(l, NEW_PASSPHRASE_VARIABLE)?;
    Session::default().reset_passphrase(vault, &recovery_key, &new, &confirmation)?;
    let path = vault.display().to_string();
    say(l.format("cli-passphrase-reset", &[("path", path)]));
    Ok(())
}

fn new_recovery_key(vault: &Path, l: &Localizer) -> Result<(), CoreError> {
    let recovery_key = unlocked(vault, l)?.new_recovery_key()?;
    say(l.format(
        "cli-recovery-key",
        &[("key", recovery_key.as_str().to_owned())],
    ));
    Ok(())
}

fn change_passphrase(vault: &Path, l: &Localizer) -> Result<(), CoreError> {
    let mut session = unlocked(vault, l)?;
    let current = passphrase(l, PASSPHRASE_VARIABLE, "cli-passphrase-prompt")?;
    let new = passphrase(l, NEW_PASSPHRASE_VARIABLE, "cli-new-passphrase-prompt")?;
    let confirmation = confirmation(l, NEW_PASSPHRASE_VARIABLE)?;
    session.change_passphrase(&current, &new, &confirmation)?;
    let path = vault.display().to_string();
    say(l.format("cli-passphrase-changed", &[("path", path)]));
    Ok(())
}

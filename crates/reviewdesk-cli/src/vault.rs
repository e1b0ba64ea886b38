//! `reviewdesk vault …`: creating a vault and changing its passphrase.

use std::path::{Path, PathBuf};

use clap::Subcommand;
use reviewdesk_core::{CoreError, Localizer, Session};

use crate::shell::{
    NEW_PASSPHRASE_VARIABLE, PASSPHRASE_VARIABLE, confirmation, passphrase, say, unlocked,
};

#[derive(Subcommand)]
pub enum VaultCommand {
    /// Create a new encrypted vault.
    Create { vault: PathBuf },
    /// Change the passphrase of a vault (the new one from REVIEWDESK_NEW_PASSPHRASE or a prompt).
    ChangePassphrase { vault: PathBuf },
}

pub fn run(command: VaultCommand, l: &Localizer) -> Result<(), CoreError> {
    match command {
        VaultCommand::Create { vault } => create(&vault, l),
        VaultCommand::ChangePassphrase { vault } => change_passphrase(&vault, l),
    }
}

fn create(vault: &Path, l: &Localizer) -> Result<(), CoreError> {
    let passphrase = passphrase(l, PASSPHRASE_VARIABLE, "cli-new-passphrase-prompt")?;
    let confirmation = confirmation(l, PASSPHRASE_VARIABLE)?;
    Session::default().create_vault(vault, &passphrase, &confirmation)?;
    let path = vault.display().to_string();
    say(l.format("cli-vault-created", &[("path", path)]));
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

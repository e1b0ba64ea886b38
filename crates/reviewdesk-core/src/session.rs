//! A user's session with their vault: locked or unlocked, its passphrase, and
//! the two desks over it — [`ExpertDesk`] for scoring and sending, [`StaffDesk`] for
//! the panel and its documents. Front ends hold one `Session`; what both roles
//! read lives in `reading.rs`.

use std::path::Path;

#[cfg(feature = "demo")]
use reviewdesk_vault::ImportProgress;
use reviewdesk_vault::{KdfParams, Passphrase, RecoveryKey, Vault};
use zeroize::Zeroizing;

use crate::expert::ExpertDesk;
use crate::passphrase::{self, MINIMUM_LEVEL};
use crate::staff::StaffDesk;
use crate::{CoreError, ErrorCode};

#[derive(Debug)]
pub struct Session {
    vault: Option<Vault>,
    kdf: KdfParams,
}

impl Default for Session {
    fn default() -> Self {
        Self::new(KdfParams::default())
    }
}

impl Session {
    pub fn new(kdf: KdfParams) -> Self {
        Self { vault: None, kdf }
    }

    pub fn is_unlocked(&self) -> bool {
        self.vault.is_some()
    }

    /// Creates a vault and leaves it unlocked. The passphrase must be typed twice
    /// and be strong enough. Returns the vault's recovery key, as the expert
    /// writes it down: shown once, never stored in the clear.
    pub fn create_vault(
        &mut self,
        path: &Path,
        passphrase: &Passphrase,
        confirmation: &Passphrase,
    ) -> Result<Zeroizing<String>, CoreError> {
        check_new_passphrase(passphrase, confirmation)?;
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent)?;
        }
        self.lock();
        let mut vault = Vault::create(path, passphrase, self.kdf)?;
        let recovery = vault.new_recovery_key()?;
        self.vault = Some(vault);
        Ok(recovery.to_text())
    }

    /// Sets a new passphrase with the recovery key when the passphrase is
    /// forgotten, and leaves the vault unlocked; everything in it is kept and
    /// the recovery key keeps working.
    pub fn reset_passphrase(
        &mut self,
        path: &Path,
        recovery_key: &str,
        new: &Passphrase,
        confirmation: &Passphrase,
    ) -> Result<(), CoreError> {
        let recovery = RecoveryKey::parse(recovery_key)?;
        check_new_passphrase(new, confirmation)?;
        let vault = Vault::open_with_recovery_key(path, &recovery, new, self.kdf)?;
        self.lock();
        self.vault = Some(vault);
        Ok(())
    }

    /// A new recovery key for the unlocked vault (the one before stops
    /// working), to be shown once.
    pub fn new_recovery_key(&mut self) -> Result<Zeroizing<String>, CoreError> {
        Ok(self.vault_mut()?.new_recovery_key()?.to_text())
    }

    /// Whether a recovery key opens the unlocked vault; a vault made before
    /// recovery keys has none until the expert makes one.
    pub fn has_recovery_key(&self) -> Result<bool, CoreError> {
        Ok(self.vault()?.has_recovery_key())
    }

    pub fn unlock(&mut self, path: &Path, passphrase: &Passphrase) -> Result<(), CoreError> {
        if passphrase.is_empty() {
            return Err(CoreError::new(
                ErrorCode::PassphraseEmpty,
                "empty passphrase",
            ));
        }
        let vault = Vault::open(path, passphrase)?;
        self.lock();
        self.vault = Some(vault);
        Ok(())
    }

    /// Locks the vault; harmless when already locked.
    pub fn lock(&mut self) {
        if let Some(vault) = self.vault.take() {
            // Closing can only fail on a busy statement, and none outlives a call.
            let _ = vault.lock();
        }
    }

    /// Changes the passphrase after proving the current one.
    pub fn change_passphrase(
        &mut self,
        current: &Passphrase,
        new: &Passphrase,
        confirmation: &Passphrase,
    ) -> Result<(), CoreError> {
        check_new_passphrase(new, confirmation)?;
        let vault = self.vault_mut()?;
        let path = vault.path().to_owned();
        Vault::open(&path, current)?.lock()?;
        let kdf = self.kdf;
        self.vault_mut()?.change_passphrase(new, kdf)?;
        Ok(())
    }

    /// Creates a vault, leaves it unlocked and imports the demo call into it, as
    /// the app does when started with `--demo`; returns the recovery key.
    #[cfg(feature = "demo")]
    pub fn create_demo_vault(
        &mut self,
        path: &Path,
        passphrase: &Passphrase,
        confirmation: &Passphrase,
        progress: &mut dyn FnMut(ImportProgress),
    ) -> Result<Zeroizing<String>, CoreError> {
        let recovery_key = self.create_vault(path, passphrase, confirmation)?;
        self.import(&crate::demo_document(1), progress)?;
        Ok(recovery_key)
    }

    /// The expert's use cases: scoring, the outbox, enrollment and bundles.
    pub fn expert(&mut self) -> ExpertDesk<'_> {
        Desk::new(self)
    }

    /// The staff's use cases: the staff key, the panel, the meeting and the
    /// documents written from it.
    pub fn staff(&mut self) -> StaffDesk<'_> {
        Desk::new(self)
    }

    pub(crate) fn vault(&self) -> Result<&Vault, CoreError> {
        self.vault.as_ref().ok_or_else(locked)
    }

    pub(crate) fn vault_mut(&mut self) -> Result<&mut Vault, CoreError> {
        self.vault.as_mut().ok_or_else(locked)
    }
}

pub(crate) fn locked() -> CoreError {
    CoreError::new(ErrorCode::VaultLocked, "the vault is locked")
}

fn check_new_passphrase(
    passphrase: &Passphrase,
    confirmation: &Passphrase,
) -> Result<(), CoreError> {
    if passphrase.is_empty() {
        return Err(CoreError::new(
            ErrorCode::PassphraseEmpty,
            "empty passphrase",
        ));
    }
    if passphrase != confirmation {
        return Err(CoreError::new(
            ErrorCode::PassphraseMismatch,
            "the passphrases differ",
        ));
    }
    if passphrase::strength(passphrase.expose_for_strength()).level < MINIMUM_LEVEL {
        return Err(CoreError::new(
            ErrorCode::PassphraseTooWeak,
            "passphrase below the minimum strength",
        ));
    }
    Ok(())
}

/// One role's use cases over a session: [`ExpertDesk`] or [`StaffDesk`].
/// Each role's methods are in its own module; what every desk needs of the
/// session is here.
#[derive(Debug)]
pub struct Desk<'s, Role> {
    session: &'s mut Session,
    role: std::marker::PhantomData<Role>,
}

impl<'s, Role> Desk<'s, Role> {
    fn new(session: &'s mut Session) -> Self {
        Self {
            session,
            role: std::marker::PhantomData,
        }
    }

    pub(crate) fn session(&self) -> &Session {
        self.session
    }

    pub(crate) fn vault(&self) -> Result<&Vault, CoreError> {
        self.session.vault()
    }

    pub(crate) fn vault_mut(&mut self) -> Result<&mut Vault, CoreError> {
        self.session.vault_mut()
    }
}

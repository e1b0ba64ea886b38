//! The staff key: the agency's keys and its experts' registered keys, taken
//! from the passphrase-protected file the agency server writes.

use reviewdesk_domain::ExpertId;
use std::path::Path;

use reviewdesk_exchange::{EnrolledKey, KeyPair, staff_key};
use reviewdesk_vault::StoredStaff;
use zeroize::Zeroizing;

use super::{StaffDesk, StaffView, staff_error};
use crate::files::read_exchange_file;
use crate::{CoreError, ErrorCode};

impl StaffDesk<'_> {
    /// Installs the agency's keys from a staff key file, replacing any before.
    pub fn install_staff_key(
        &mut self,
        bytes: &[u8],
        passphrase: &Zeroizing<String>,
    ) -> Result<StaffView, CoreError> {
        let key = staff_key::open(bytes, passphrase).map_err(|e| match e {
            reviewdesk_exchange::ExchangeError::Undecryptable => staff_error(
                ErrorCode::StaffKeyWrongPassphrase,
                "wrong passphrase for the staff key file",
            ),
            other => CoreError::from(other),
        })?;
        let experts: Vec<(ExpertId, Vec<EnrolledKey>)> = key
            .experts
            .iter()
            .map(|e| (e.expert_id.clone(), e.keys.clone()))
            .collect();
        self.vault_mut()?.install_staff(
            &StoredStaff {
                agency_secret_keys: key.agency.to_secret_text(),
                server_url: key.server.url.clone(),
                tls_certificate: key.server.tls_certificate.clone(),
            },
            &experts,
        )?;
        self.view()?
            .ok_or_else(|| staff_error(ErrorCode::NotStaff, "the staff key was not installed"))
    }

    /// Installs the agency's keys from the staff key file at `path`.
    pub fn install_staff_key_file(
        &mut self,
        path: &Path,
        passphrase: &Zeroizing<String>,
    ) -> Result<StaffView, CoreError> {
        self.install_staff_key(&read_exchange_file(path)?, passphrase)
    }

    /// What this vault holds of the agency; `None` when it is not a staff vault.
    pub fn view(&self) -> Result<Option<StaffView>, CoreError> {
        let vault = self.vault()?;
        let Some(stored) = vault.staff()? else {
            return Ok(None);
        };
        let agency = KeyPair::from_secret_text(&stored.agency_secret_keys)?;
        Ok(Some(StaffView {
            agency_key: agency.public().signing,
            server: stored.server_url,
            experts: vault.staff_expert_count()?,
        }))
    }

    /// The fingerprint of the agency server's certificate to pin, from the
    /// staff key file; `None` when the platform's roots are to decide.
    pub fn server_certificate(&self) -> Result<Option<String>, CoreError> {
        Ok(self
            .vault()?
            .staff()?
            .and_then(|stored| stored.tls_certificate))
    }

    pub(crate) fn agency_keys(&self) -> Result<KeyPair, CoreError> {
        let stored = self
            .vault()?
            .staff()?
            .ok_or_else(|| staff_error(ErrorCode::NotStaff, "this vault holds no staff key"))?;
        Ok(KeyPair::from_secret_text(&stored.agency_secret_keys)?)
    }
}

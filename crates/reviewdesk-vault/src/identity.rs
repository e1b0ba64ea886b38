//! The expert's identity in the vault: secret keys (as text, encrypted with the
//! rest of the database and zeroized in memory), the enrollment in progress
//! and the pinned agency keys; and which assignment bundle is installed for
//! each call. The vault stores these as given; the core gives them meaning.

use reviewdesk_domain::{CallId, ExpertId};
use reviewdesk_exchange::PublicKeys;
use reviewdesk_exchange::enrollment::EnrollmentRequest;
use rusqlite::{OptionalExtension as _, params};
use zeroize::Zeroizing;

use crate::{Vault, VaultError, id_column, optional_json_column};

/// The one identity row. Its `Debug` leaves out the secrets.
#[derive(Clone, PartialEq, Eq)]
pub struct StoredIdentity {
    pub expert_id: ExpertId,
    /// The expert's secret keys as text; wiped from memory when dropped.
    pub secret_keys: Zeroizing<String>,
    /// The one-time code, kept until the enrollment completes.
    pub enrollment_code: Option<Zeroizing<String>>,
    pub enrollment_request: Option<EnrollmentRequest>,
    /// The agency's public keys, once pinned.
    pub agency_keys: Option<PublicKeys>,
    pub server_url: Option<String>,
    /// SHA-256 (hex) of the server's TLS certificate, pinned at enrollment.
    pub tls_certificate: Option<String>,
    pub enrolled_at: Option<String>,
    /// For a vault enrolled again after another was lost: the place and
    /// manifest digest of the last package the agency held, which this
    /// vault's first package follows.
    pub chain_base: Option<(u64, String)>,
    /// When the agency answered that this vault's key is revoked (the expert
    /// was enrolled again elsewhere); kept until this vault is enrolled again.
    pub key_revoked_at: Option<String>,
}

impl std::fmt::Debug for StoredIdentity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StoredIdentity")
            .field("expert_id", &self.expert_id)
            .field("secret_keys", &"<redacted>")
            .field("enrollment_pending", &self.enrollment_code.is_some())
            .field("agency_keys", &self.agency_keys)
            .field("server_url", &self.server_url)
            .field("tls_certificate", &self.tls_certificate)
            .field("enrolled_at", &self.enrolled_at)
            .field("chain_base", &self.chain_base)
            .field("key_revoked_at", &self.key_revoked_at)
            .finish()
    }
}

/// The assignment bundle installed for a call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstalledBundle {
    pub call_id: CallId,
    pub bundle_id: String,
    pub sequence: u64,
    pub issued_at: String,
    pub expires_at: String,
}

impl Vault {
    pub fn identity(&self) -> Result<Option<StoredIdentity>, VaultError> {
        Ok(self
            .connection
            .query_row(
                "SELECT expert_id, secret_keys, enrollment_code, enrollment_request, agency_keys,
                        server_url, enrolled_at, tls_certificate, chain_base_sequence,
                        chain_base_digest, key_revoked_at
                 FROM identity WHERE id = 1",
                [],
                |row| {
                    Ok(StoredIdentity {
                        expert_id: ExpertId::new(row.get::<_, String>(0)?),
                        secret_keys: Zeroizing::new(row.get(1)?),
                        enrollment_code: row.get::<_, Option<String>>(2)?.map(Zeroizing::new),
                        enrollment_request: optional_json_column(row.get(3)?, 3)?,
                        agency_keys: optional_json_column(row.get(4)?, 4)?,
                        server_url: row.get(5)?,
                        enrolled_at: row.get(6)?,
                        tls_certificate: row.get(7)?,
                        chain_base: row
                            .get::<_, Option<i64>>(8)?
                            .map(|s| u64::try_from(s).unwrap_or_default())
                            .zip(row.get::<_, Option<String>>(9)?),
                        key_revoked_at: row.get(10)?,
                    })
                },
            )
            .optional()?)
    }

    /// Replaces the identity row.
    pub fn save_identity(&mut self, identity: &StoredIdentity) -> Result<(), VaultError> {
        self.connection.execute(
            "INSERT OR REPLACE INTO identity
               (id, expert_id, secret_keys, enrollment_code, enrollment_request, agency_keys,
                server_url, enrolled_at, tls_certificate, chain_base_sequence, chain_base_digest,
                key_revoked_at)
             VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            params![
                identity.expert_id.as_str(),
                identity.secret_keys.as_str(),
                identity.enrollment_code.as_ref().map(|c| c.as_str()),
                identity
                    .enrollment_request
                    .as_ref()
                    .map(serde_json::to_string)
                    .transpose()?,
                identity
                    .agency_keys
                    .as_ref()
                    .map(serde_json::to_string)
                    .transpose()?,
                identity.server_url,
                identity.enrolled_at,
                identity.tls_certificate,
                identity
                    .chain_base
                    .as_ref()
                    .map(|(s, _)| i64::try_from(*s).unwrap_or(i64::MAX)),
                identity.chain_base.as_ref().map(|(_, d)| d.as_str()),
                identity.key_revoked_at,
            ],
        )?;
        Ok(())
    }

    pub fn installed_bundle(
        &self,
        call_id: &CallId,
    ) -> Result<Option<InstalledBundle>, VaultError> {
        Ok(self
            .connection
            .query_row(
                "SELECT call_id, bundle_id, sequence, issued_at, expires_at FROM bundles WHERE call_id = ?1",
                [call_id.as_str()],
                |row| {
                    Ok(InstalledBundle {
                        call_id: id_column(row, 0)?,
                        bundle_id: row.get(1)?,
                        sequence: row.get::<_, i64>(2)?.try_into().unwrap_or_default(),
                        issued_at: row.get(3)?,
                        expires_at: row.get(4)?,
                    })
                },
            )
            .optional()?)
    }
}

/// Records `bundle` as installed, inside the import's transaction.
pub(crate) fn record_bundle(
    transaction: &rusqlite::Transaction<'_>,
    bundle: &InstalledBundle,
) -> Result<(), VaultError> {
    transaction.execute(
        "INSERT OR REPLACE INTO bundles (call_id, bundle_id, sequence, issued_at, expires_at, installed_at)
         VALUES (?1, ?2, ?3, ?4, ?5, datetime('now'))",
        params![
            bundle.call_id.as_str(),
            bundle.bundle_id,
            i64::try_from(bundle.sequence).unwrap_or(i64::MAX),
            bundle.issued_at,
            bundle.expires_at
        ],
    )?;
    Ok(())
}

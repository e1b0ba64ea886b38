//! The expert's identity and their assignment bundles: enrollment (keys made
//! in the vault, the agency's keys pinned after the one-time code proves the
//! response), and importing a bundle, checked whole before the vault changes
//! and then imported all or nothing, keeping every score sheet.

use chrono::{DateTime, Utc};
use reviewdesk_domain::{AgencyDocument, CallId, ExpertId};
use reviewdesk_exchange::bundle::{self, Opener};
use reviewdesk_exchange::enrollment::{self, EnrollmentRequest, EnrollmentResponse};
use reviewdesk_exchange::{KeyPair, Limits, PublicKeys, timestamp};
use reviewdesk_vault::{ImportProgress, InstalledBundle, StoredIdentity};
use serde::Serialize;
use ts_rs::TS;
use zeroize::Zeroizing;

use super::ExpertDesk;
use crate::views::ImportReport;
use crate::{CoreError, ErrorCode, Timestamp};

/// An enrolled vault's identity, with the keys it signs with and the
/// agency's keys it pinned.
pub(crate) struct Enrolled {
    pub identity: StoredIdentity,
    pub keys: KeyPair,
    pub agency: PublicKeys,
}

/// Who this vault belongs to, for display.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct IdentityView {
    pub expert_id: ExpertId,
    /// The expert's own public keys, as the agency registers them.
    pub signing_key: String,
    pub encryption_key: String,
    /// The agency's signing key once pinned; `None` while enrollment waits for
    /// the agency's response.
    pub agency_key: Option<String>,
    pub server: Option<String>,
    pub enrolled_at: Option<String>,
    /// For a vault enrolled again after another was lost: the last package
    /// the agency held of the expert, which this vault's packages follow.
    pub continues_after: Option<u64>,
}

impl ExpertDesk<'_> {
    /// Starts (or restarts) enrollment: makes the expert's keys in the vault
    /// the first time, and returns the request for the agency.
    pub fn enrollment_request(
        &mut self,
        expert_id: &ExpertId,
        code: &str,
        now: DateTime<Utc>,
    ) -> Result<EnrollmentRequest, CoreError> {
        let existing = self.vault()?.identity()?;
        // An enrolled vault is enrolled again only once the agency revoked
        // its key, and as the same expert; it gets new keys.
        if let Some(enrolled) = existing.as_ref().filter(|i| i.enrolled_at.is_some())
            && (enrolled.key_revoked_at.is_none() || enrolled.expert_id != expert_id)
        {
            return Err(
                CoreError::new(ErrorCode::AlreadyEnrolled, "already enrolled")
                    .with("id", enrolled.expert_id.clone()),
            );
        }
        let key_revoked_at = existing.as_ref().and_then(|i| i.key_revoked_at.clone());
        let pending = existing.filter(|i| i.enrolled_at.is_none() && i.expert_id == expert_id);
        let keys = match pending {
            Some(pending) => KeyPair::from_secret_text(&pending.secret_keys)?,
            None => KeyPair::generate(),
        };
        let request = enrollment::request(expert_id, &keys, code, now);
        self.vault_mut()?.save_identity(&StoredIdentity {
            expert_id: expert_id.to_owned(),
            secret_keys: keys.to_secret_text(),
            enrollment_code: Some(Zeroizing::new(enrollment::normalize_code(code))),
            enrollment_request: Some(request.clone()),
            agency_keys: None,
            server_url: None,
            tls_certificate: None,
            enrolled_at: None,
            chain_base: None,
            key_revoked_at,
        })?;
        Ok(request)
    }

    /// Starts enrollment by file: writes the request for the agency (who
    /// answers it with `reviewdesk-server enroll`) to `out`.
    pub fn write_enrollment_request(
        &mut self,
        expert_id: &ExpertId,
        code: &str,
        out: &std::path::Path,
        now: DateTime<Utc>,
    ) -> Result<(), CoreError> {
        let request = self.enrollment_request(expert_id, code, now)?;
        let json = serde_json::to_vec_pretty(&request).map_err(|e| {
            CoreError::new(ErrorCode::Internal, e.to_string()).with("detail", e.to_string())
        })?;
        std::fs::write(out, json)?;
        Ok(())
    }

    /// Completes enrollment by file, with the agency's response file at `path`.
    pub fn complete_enrollment_file(
        &mut self,
        path: &std::path::Path,
        now: DateTime<Utc>,
    ) -> Result<IdentityView, CoreError> {
        let bytes = crate::files::read_exchange_file(path)?;
        let response: EnrollmentResponse = serde_json::from_slice(&bytes).map_err(|e| {
            CoreError::new(ErrorCode::EnrollmentFileInvalid, e.to_string())
                .with("detail", e.to_string())
        })?;
        self.complete_enrollment(&response, None, now)
    }

    /// Completes enrollment with the agency's response: pins its keys. The
    /// server address is the one the agency names, else `used` — the address
    /// an online enrollment just reached.
    pub fn complete_enrollment(
        &mut self,
        response: &EnrollmentResponse,
        used: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<IdentityView, CoreError> {
        let mut identity = self
            .vault()?
            .identity()?
            .filter(|i| i.enrolled_at.is_none())
            .ok_or_else(|| {
                CoreError::new(ErrorCode::EnrollmentNotStarted, "no enrollment waits")
            })?;
        let (Some(code), Some(request)) = (&identity.enrollment_code, &identity.enrollment_request)
        else {
            return Err(CoreError::new(
                ErrorCode::EnrollmentNotStarted,
                "no enrollment waits",
            ));
        };
        let agency = enrollment::check_response(response, request, code)?;
        identity.agency_keys = Some(agency);
        identity.server_url = response
            .body
            .server
            .clone()
            .or_else(|| used.map(str::to_owned));
        identity
            .tls_certificate
            .clone_from(&response.body.tls_certificate);
        identity.enrolled_at = Some(timestamp(now));
        // Enrolled again after another vault was lost: the chain goes on
        // after the last package the agency holds.
        identity.chain_base = response
            .body
            .chain_head
            .as_ref()
            .map(|head| (head.sequence, head.digest.clone()));
        let enrolled_again = identity.key_revoked_at.take().is_some();
        identity.enrollment_code = None;
        identity.enrollment_request = None;
        self.vault_mut()?.save_identity(&identity)?;
        if enrolled_again {
            // What the revoked key sealed and never sent goes with the new one.
            self.reseal_undelivered(Timestamp::from(now))?;
        }
        self.identity()?
            .ok_or_else(|| CoreError::new(ErrorCode::EnrollmentNotStarted, "identity vanished"))
    }

    /// Remembers that the agency answered this vault's key is revoked, so the
    /// vault says so from then on and may be enrolled again.
    pub fn note_key_revoked(&mut self, now: DateTime<Utc>) -> Result<(), CoreError> {
        let vault = self.vault_mut()?;
        if let Some(mut identity) = vault.identity()?.filter(|i| i.enrolled_at.is_some()) {
            identity
                .key_revoked_at
                .get_or_insert_with(|| timestamp(now));
            vault.save_identity(&identity)?;
        }
        Ok(())
    }

    /// The enrolled identity; `None` before enrollment completes.
    pub(crate) fn enrolled(&self) -> Result<Option<Enrolled>, CoreError> {
        let Some(identity) = self
            .vault()?
            .identity()?
            .filter(|i| i.enrolled_at.is_some())
        else {
            return Ok(None);
        };
        let keys = KeyPair::from_secret_text(&identity.secret_keys)?;
        // Enrollment pins the agency's keys as it completes.
        let agency = identity.agency_keys.clone().ok_or_else(|| {
            CoreError::from(reviewdesk_vault::VaultError::Corrupt(
                "an enrolled identity without the agency's keys".into(),
            ))
        })?;
        Ok(Some(Enrolled {
            identity,
            keys,
            agency,
        }))
    }

    /// The enrolled identity, or [`ErrorCode::NotEnrolled`].
    pub(crate) fn require_enrolled(&self) -> Result<Enrolled, CoreError> {
        self.enrolled()?
            .ok_or_else(|| CoreError::new(ErrorCode::NotEnrolled, "the vault is not enrolled"))
    }

    pub fn identity(&self) -> Result<Option<IdentityView>, CoreError> {
        let Some(identity) = self.vault()?.identity()? else {
            return Ok(None);
        };
        let keys = KeyPair::from_secret_text(&identity.secret_keys)?.public();
        Ok(Some(IdentityView {
            expert_id: identity.expert_id,
            signing_key: keys.signing,
            encryption_key: keys.encryption,
            agency_key: identity.agency_keys.map(|a| a.signing),
            server: identity.server_url,
            enrolled_at: identity.enrolled_at,
            continues_after: identity.chain_base.map(|(sequence, _)| sequence),
        }))
    }

    /// Checks an assignment bundle whole, then imports its agency data all or
    /// nothing. Score sheets already made are kept.
    pub fn import_bundle(
        &mut self,
        bytes: &[u8],
        now: DateTime<Utc>,
        progress: &mut dyn FnMut(ImportProgress),
    ) -> Result<ImportReport, CoreError> {
        let Enrolled {
            identity,
            keys,
            agency,
        } = self.require_enrolled()?;
        let vault = self.vault()?;
        let installed = |call: &CallId| {
            vault
                .installed_bundle(call)
                .ok()
                .flatten()
                .map(|b| b.sequence)
        };
        let opened = bundle::open(
            bytes,
            &Opener {
                expert_id: &identity.expert_id,
                keys: &keys,
                agency: &agency,
                installed_sequence: &installed,
                now,
                limits: Limits::default(),
            },
        )?;
        let document = AgencyDocument::parse(&opened.content)?;
        let manifest = opened.manifest;
        if document.call.id != manifest.call_id {
            return Err(
                CoreError::new(ErrorCode::BundleCallMismatch, "content of another call")
                    .with("id", document.call.id.clone()),
            );
        }
        let record = InstalledBundle {
            call_id: manifest.call_id,
            bundle_id: manifest.bundle_id,
            sequence: manifest.sequence,
            issued_at: manifest.issued_at,
            expires_at: manifest.expires_at,
        };
        let outcome = self
            .vault_mut()?
            .import_with_bundle(&document, Some(&record), progress)?;
        Ok(ImportReport::of(&document, outcome))
    }
}

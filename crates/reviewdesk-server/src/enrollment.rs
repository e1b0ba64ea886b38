//! Experts' keys on the agency's side: one-time codes, enrollment, and
//! re-enrollment after a lost laptop — the old key revoked at the expert's
//! chain head (on record), the new key signing from the next place on, and
//! the new vault told that head in the signed enrollment response so its
//! chain goes on. Each expert's key history is what their packages are
//! checked against, here and in the staff key file.

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use reviewdesk_domain::scores::{PackageContent, PackagedSheet};
use reviewdesk_domain::{ApplicationId, CallId, ExpertId};
use reviewdesk_exchange::acceptance::ChainHead;
use reviewdesk_exchange::enrollment::{self, EnrollmentRequest, EnrollmentResponse};
use reviewdesk_exchange::key_history::Revocation;
use reviewdesk_exchange::{EnrolledKey, Limits, PublicKeys, package, timestamp};

use crate::agency::{Agency, not_found, off_thread};
use crate::audit::{Actor, AuditEntry};
use crate::store::{ExpertRow, Reenrollment, RevokedKeyRow};
use crate::{Denial, ServerError};

fn no_code_open(expert_id: &ExpertId) -> ServerError {
    ServerError::refused(
        Denial::Forbidden,
        "no-enrollment-code",
        format!("no enrollment code is open for {expert_id}"),
    )
}

fn enrolled_already(expert_id: &ExpertId) -> ServerError {
    ServerError::refused(
        Denial::Conflict,
        "expert-enrolled",
        format!("{expert_id} is enrolled; `reenroll {expert_id}` revokes their key and enrolls them again"),
    )
    .with_args(vec![("expert", expert_id.to_string())])
}

/// An expert's keys, oldest first: those revoked, then the current one.
fn history_of(expert: &ExpertRow, revoked: Vec<RevokedKeyRow>) -> Vec<EnrolledKey> {
    let mut history: Vec<EnrolledKey> = revoked
        .into_iter()
        .map(|row| EnrolledKey {
            keys: PublicKeys {
                signing: row.signing,
                encryption: row.encryption,
            },
            from_sequence: row.from_sequence,
            revoked: Some(Revocation {
                last_sequence: row.last_sequence,
                revoked_at: row.revoked_at,
            }),
        })
        .collect();
    if let Some((signing, encryption)) = expert.keys.clone() {
        history.push(EnrolledKey {
            keys: PublicKeys {
                signing,
                encryption,
            },
            from_sequence: expert.keys_from_sequence,
            revoked: None,
        });
    }
    history
}

impl Agency {
    /// A new one-time enrollment code for an expert not yet enrolled,
    /// replacing any earlier one. An enrolled expert is enrolled again with
    /// [`Self::reenroll`], which revokes their key first.
    pub async fn issue_code(&self, expert_id: &ExpertId) -> Result<String, ServerError> {
        let expert = self
            .store
            .expert(expert_id)
            .await?
            .ok_or_else(|| not_found("expert", expert_id))?;
        if expert.keys.is_some() {
            return Err(enrolled_already(expert_id));
        }
        let code = enrollment::new_code();
        let entry = AuditEntry::new(Utc::now(), &Actor::Admin, "code-issued", expert_id, "");
        if !self
            .store
            .set_enrollment_code(expert_id, &enrollment::normalize_code(&code), &entry)
            .await?
        {
            // Enrolled meanwhile.
            return Err(enrolled_already(expert_id));
        }
        Ok(code)
    }

    /// Enrolls an expert again, on a new device: revokes their key at their
    /// chain head — packages up to it stay valid, none signed with it is
    /// accepted after — and opens a new one-time code. Returns the code and
    /// the chain head the key was revoked at (`None`: no key was enrolled).
    pub async fn reenroll(
        &self,
        expert_id: &ExpertId,
        now: DateTime<Utc>,
    ) -> Result<(String, Option<u64>), ServerError> {
        let code = enrollment::new_code();
        let revoked = AuditEntry::new(now, &Actor::Admin, "key-revoked", expert_id, "");
        let issued = AuditEntry::new(
            now,
            &Actor::Admin,
            "code-issued",
            expert_id,
            "re-enrollment",
        );
        match self
            .store
            .reenroll(
                expert_id,
                &enrollment::normalize_code(&code),
                &timestamp(now),
                (&revoked, &issued),
            )
            .await?
        {
            Reenrollment::UnknownExpert => Err(not_found("expert", expert_id)),
            Reenrollment::Opened { revoked_after } => Ok((code, revoked_after)),
        }
    }

    /// Registers an expert's keys from their request, if its code holds. An
    /// expert enrolled again is told their chain head, which their new
    /// vault's first package follows.
    pub async fn enroll(
        &self,
        request: &EnrollmentRequest,
        now: DateTime<Utc>,
    ) -> Result<EnrollmentResponse, ServerError> {
        let expert_id = &request.body.expert_id;
        let expert = self
            .store
            .expert(expert_id)
            .await?
            .ok_or_else(|| not_found("expert", expert_id))?;
        let code = expert
            .enrollment_code
            .ok_or_else(|| no_code_open(expert_id))?;
        let (checked, held) = (request.clone(), code.clone());
        off_thread(move || enrollment::check_request(&checked, &held)).await??;
        let keys = &request.body.keys;
        let closed = self
            .store
            .set_expert_keys(
                expert_id,
                &code,
                (&keys.signing, &keys.encryption),
                &timestamp(now),
                &AuditEntry::new(
                    now,
                    &Actor::Expert(expert_id.to_string()),
                    "enrolled",
                    expert_id,
                    &format!("from #{}", expert.keys_from_sequence),
                ),
            )
            .await?;
        if !closed {
            // Another request with the same code came first.
            return Err(no_code_open(expert_id));
        }
        // The head cannot move meanwhile: the revoked key stores nothing,
        // and the new key is the request's own.
        let chain_head = self
            .store
            .chain_head(expert_id)
            .await?
            .map(|(sequence, digest)| ChainHead { sequence, digest });
        let server = enrollment::ServerAddress {
            url: self.server_url.as_deref(),
            tls_certificate: self.tls_certificate.as_deref(),
        };
        Ok(enrollment::respond(
            request,
            &self.keys,
            &code,
            (server, chain_head),
            now,
        ))
    }

    /// Every key the agency enrolled for the expert, oldest first; empty
    /// when they never enrolled.
    pub async fn key_history(&self, expert_id: &ExpertId) -> Result<Vec<EnrolledKey>, ServerError> {
        let expert = self
            .store
            .expert(expert_id)
            .await?
            .ok_or_else(|| not_found("expert", expert_id))?;
        let revoked = self.store.revoked_keys(expert_id).await?;
        Ok(history_of(&expert, revoked))
    }

    /// The sheets the expert submitted in the call as accepted here — the
    /// latest version of each application's, read from their packages with
    /// the agency's key — for the bundles of a vault enrolled again.
    pub(crate) async fn submitted_sheets(
        &self,
        expert_id: &ExpertId,
        call_id: &CallId,
    ) -> Result<Vec<PackagedSheet>, ServerError> {
        let accepted: Vec<String> = self
            .store
            .package_summaries()
            .await?
            .into_iter()
            .filter(|p| p.expert_id == expert_id && p.call_id == call_id && p.refusal.is_none())
            .map(|p| p.package_id)
            .collect();
        let mut latest: BTreeMap<ApplicationId, PackagedSheet> = BTreeMap::new();
        for package_id in accepted {
            let Some(row) = self.store.package(&package_id).await? else {
                continue;
            };
            let agency = Arc::clone(&self.keys);
            let content = off_thread(move || -> Result<PackageContent, ServerError> {
                let verified =
                    package::verify(&row.bytes, None, &agency.public(), Limits::default())?;
                Ok(serde_json::from_slice(&verified.open(&agency)?)?)
            })
            .await??;
            for sheet in content.sheets {
                let newer = latest
                    .get(&sheet.application_id)
                    .is_none_or(|held| held.version < sheet.version);
                if newer {
                    latest.insert(sheet.application_id.clone(), sheet);
                }
            }
        }
        Ok(latest.into_values().collect())
    }

    /// The expert's current keys, or why there are none: never enrolled,
    /// or revoked and not yet enrolled again.
    pub(crate) async fn expert_keys(
        &self,
        expert_id: &ExpertId,
    ) -> Result<PublicKeys, ServerError> {
        let expert = self
            .store
            .expert(expert_id)
            .await?
            .ok_or_else(|| not_found("expert", expert_id))?;
        let (signing, encryption) = expert.keys.ok_or_else(|| {
            ServerError::refused(
                Denial::Forbidden,
                "not-enrolled",
                format!("{expert_id} is not enrolled"),
            )
        })?;
        Ok(PublicKeys {
            signing,
            encryption,
        })
    }
}

//! Score packages and the outbox: a submitted sheet (or recusal) is sealed
//! into a package — signed by the expert, chained to their previous package,
//! encrypted to the agency — and queued in the same transaction as the
//! submission. Packages leave by sync or as files (sneakernet).

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use reviewdesk_domain::rubric::Rubric;
pub use reviewdesk_domain::scores::{PackageContent, PackagedSheet, SCORES_FORMAT};
use reviewdesk_exchange::package::{self, PackageInfo};
use reviewdesk_exchange::{KeyPair, PublicKeys};
use reviewdesk_vault::{DeliveryState, NewPackage, StoredSheet};
use serde::Serialize;
use ts_rs::TS;

use crate::{CoreError, Session};

/// A package in the outbox, for display.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct OutboxView {
    pub package_id: String,
    pub sequence: u64,
    pub call_id: String,
    pub applications: Vec<String>,
    pub state: DeliveryStateView,
    pub created_at: String,
    pub reason: Option<String>,
    pub receipt: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DeliveryStateView {
    Queued,
    Delivered,
    Quarantined,
}

impl Session {
    /// Seals the package carrying `draft` as it is being submitted, or `None`
    /// when the vault is not enrolled (there is no agency key to seal for).
    pub(crate) fn package_for(
        &self,
        call_id: &str,
        rubric: &Rubric,
        draft: &StoredSheet,
        now: &str,
    ) -> Result<Option<NewPackage>, CoreError> {
        let vault = self.vault()?;
        let Some(identity) = vault.identity()?.filter(|i| i.enrolled_at.is_some()) else {
            return Ok(None);
        };
        let keys = KeyPair::from_secret_text(&identity.secret_keys)?;
        let agency: PublicKeys =
            serde_json::from_str(identity.agency_keys.as_deref().unwrap_or_default())?;
        let (sequence, previous) = match vault.last_package()? {
            Some((sequence, digest)) => (sequence + 1, Some(digest)),
            None => (1, None),
        };
        let content = PackageContent {
            format: SCORES_FORMAT.to_owned(),
            version: 1,
            call_id: call_id.to_owned(),
            expert_id: identity.expert_id.clone(),
            sheets: vec![PackagedSheet::new(
                &draft.application_id,
                (draft.version, rubric),
                &draft.input,
                now,
            )],
        };
        let created_at = DateTime::parse_from_rfc3339(now)
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_else(|_| Utc::now());
        let package_id = uuid::Uuid::new_v4().to_string();
        let sealed = package::seal(
            &keys,
            &agency,
            &PackageInfo {
                package_id: package_id.clone(),
                call_id: call_id.to_owned(),
                expert_id: identity.expert_id,
                sequence,
                previous,
                created_at,
            },
            &serde_json::to_vec(&content)?,
        )?;
        Ok(Some(NewPackage {
            package_id,
            sequence,
            call_id: call_id.to_owned(),
            manifest_digest: reviewdesk_exchange::manifest::manifest_digest(&sealed.manifest_bytes),
            sheets: vec![(draft.application_id.clone(), draft.version)],
            bytes: sealed.bytes,
            created_at: reviewdesk_exchange::timestamp(created_at),
        }))
    }

    /// Every package sealed so far, oldest first.
    pub fn outbox(&self) -> Result<Vec<OutboxView>, CoreError> {
        Ok(self
            .vault()?
            .outbox()?
            .into_iter()
            .map(|entry| OutboxView {
                package_id: entry.package.package_id,
                sequence: entry.package.sequence,
                call_id: entry.package.call_id,
                applications: entry.package.sheets.into_iter().map(|(id, _)| id).collect(),
                state: match entry.state {
                    DeliveryState::Queued => DeliveryStateView::Queued,
                    DeliveryState::Delivered => DeliveryStateView::Delivered,
                    DeliveryState::Quarantined => DeliveryStateView::Quarantined,
                },
                created_at: entry.package.created_at,
                reason: entry.reason,
                receipt: entry.receipt,
            })
            .collect())
    }

    /// Writes every package not yet delivered into `folder`, one file each
    /// (`reviewdesk-package-<expert>-<sequence>.zip`), for the agency to
    /// import by hand. Returns the files written.
    pub fn export_outbox(&self, folder: &Path) -> Result<Vec<PathBuf>, CoreError> {
        let vault = self.vault()?;
        let expert = vault
            .identity()?
            .map(|i| i.expert_id)
            .ok_or_else(|| CoreError::new("not-enrolled", "the vault is not enrolled"))?;
        std::fs::create_dir_all(folder)?;
        let mut written = Vec::new();
        for entry in vault.outbox()? {
            if entry.state == DeliveryState::Delivered {
                continue;
            }
            let path = folder.join(format!(
                "reviewdesk-package-{expert}-{:06}.zip",
                entry.package.sequence
            ));
            // Packages are encrypted to the agency; writing them out reveals nothing.
            std::fs::write(&path, &entry.package.bytes)?;
            written.push(path);
        }
        Ok(written)
    }
}

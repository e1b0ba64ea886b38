//! Score packages and the outbox: a submitted sheet (or recusal) is sealed
//! into a package — signed by the expert, chained to their previous package,
//! encrypted to the agency — and queued in the same transaction as the
//! submission. Packages leave by sync or as files (sneakernet).

use std::path::{Path, PathBuf};

use reviewdesk_domain::rubric::Rubric;
pub use reviewdesk_domain::scores::{PackageContent, PackagedSheet, SCORES_FORMAT};
use reviewdesk_domain::{ApplicationId, CallId, ExpertId, PackageId, Timestamp};
use reviewdesk_exchange::package::{self, PackageInfo};
use reviewdesk_exchange::receipt::Receipt;
use reviewdesk_exchange::{KeyPair, PublicKeys};
use reviewdesk_vault::{DeliveryOutcome, DeliveryState, NewPackage, OutboxEntry, StoredSheet};
use serde::Serialize;
use ts_rs::TS;

use super::ExpertDesk;
use super::enrollment::Enrolled;
use crate::{CoreError, ErrorCode, Problem};

/// A package in the outbox, for display.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct OutboxView {
    pub package_id: PackageId,
    #[ts(type = "number")]
    pub sequence: u64,
    pub call_id: CallId,
    pub applications: Vec<ApplicationId>,
    pub state: DeliveryStateView,
    pub created_at: String,
    /// Why the agency refused it, when quarantined.
    pub reason: Option<Problem>,
    pub receipt: Option<ReceiptView>,
}

/// The agency's receipt for a delivered package, as kept in the vault
/// (checked against the pinned agency key when it arrived).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ReceiptView {
    /// When the agency received the package (RFC 3339, UTC).
    pub received_at: String,
    /// SHA-256 (hex) of the package's manifest, as the agency signed it.
    pub manifest_digest: String,
    /// The agency's Ed25519 signature (base64url).
    pub signature: String,
}

impl From<Receipt> for ReceiptView {
    fn from(receipt: Receipt) -> Self {
        Self {
            received_at: receipt.body.received_at,
            manifest_digest: receipt.body.manifest_digest,
            signature: receipt.signature,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DeliveryStateView {
    Queued,
    /// Taken by a panel meeting's hub, with its receipt; the agency server
    /// gets it at the next sync.
    AtMeeting,
    Delivered,
    Quarantined,
}

impl ExpertDesk<'_> {
    /// Seals the package carrying `draft` as it is being submitted, or `None`
    /// when the vault is not enrolled (there is no agency key to seal for).
    pub(crate) fn package_for(
        &self,
        call_id: &CallId,
        rubric: &Rubric,
        draft: &StoredSheet,
        now: Timestamp,
    ) -> Result<Option<NewPackage>, CoreError> {
        let Some(enrolled) = self.enrolled()? else {
            return Ok(None);
        };
        let place = self.vault()?.last_package()?;
        seal_sheet(&enrolled, call_id, (rubric, draft), place, (now, now)).map(Some)
    }

    /// Seals again, with the keys of a vault just enrolled again, the
    /// packages its revoked key had sealed and the agency never received:
    /// the same sheets, as submitted then, chained after the head the
    /// agency named. Nothing the expert submitted is lost with the old key.
    pub(crate) fn reseal_undelivered(&mut self, now: Timestamp) -> Result<usize, CoreError> {
        let enrolled = self.require_enrolled()?;
        let vault = self.vault()?;
        let undelivered: Vec<NewPackage> = vault
            .outbox()?
            .into_iter()
            .filter(|entry| entry.state != DeliveryState::Delivered)
            .map(|entry| entry.package)
            .collect();
        if undelivered.is_empty() {
            return Ok(0);
        }
        let mut place = enrolled.identity.chain_base.clone();
        let mut resealed = Vec::new();
        for package in &undelivered {
            let call_id = &package.call_id;
            let rubric = self.session().pre_review_rubric(call_id)?;
            for (application_id, version) in &package.sheets {
                // Sheets are never deleted: one missing is damage, not
                // something to skip (its package would be lost).
                let sheet = vault
                    .sheet_history(call_id, application_id)?
                    .into_iter()
                    .find(|s| s.version == *version)
                    .ok_or_else(|| {
                        CoreError::from(reviewdesk_vault::VaultError::Corrupt(format!(
                            "the sheet of {application_id} version {version} in an unsent package is missing"
                        )))
                    })?;
                let submitted_at = sheet.submitted_at.unwrap_or(sheet.updated_at);
                let new = seal_sheet(
                    &enrolled,
                    call_id,
                    (&rubric, &sheet),
                    place,
                    (submitted_at, now),
                )?;
                place = Some((new.sequence, new.manifest_digest.clone()));
                resealed.push(new);
            }
        }
        self.vault_mut()?.replace_undelivered(&resealed)?;
        Ok(resealed.len())
    }
}

/// Seals one submitted sheet into a package after `place` (the newest
/// package's sequence and digest; `None` for the first).
fn seal_sheet(
    enrolled: &Enrolled,
    call_id: &CallId,
    (rubric, sheet): (&Rubric, &StoredSheet),
    place: Option<(u64, String)>,
    (submitted_at, now): (Timestamp, Timestamp),
) -> Result<NewPackage, CoreError> {
    let (sequence, previous) = match place {
        Some((sequence, digest)) => (sequence + 1, Some(digest)),
        None => (1, None),
    };
    let expert_id = enrolled.identity.expert_id.as_str();
    let content = PackageContent {
        format: SCORES_FORMAT.to_owned(),
        version: 1,
        call_id: call_id.into(),
        expert_id: expert_id.into(),
        sheets: vec![PackagedSheet::new(
            &sheet.application_id,
            (sheet.version, rubric),
            &sheet.input,
            submitted_at,
        )],
    };
    let created_at = now.instant();
    let package_id = PackageId::new(uuid::Uuid::new_v4().to_string());
    let sealed = package::seal(
        &enrolled.keys,
        &enrolled.agency,
        &PackageInfo {
            package_id: package_id.clone(),
            call_id: call_id.into(),
            expert_id: expert_id.into(),
            sequence,
            previous,
            created_at,
        },
        &serde_json::to_vec(&content)?,
    )?;
    Ok(NewPackage {
        package_id,
        sequence,
        call_id: call_id.into(),
        manifest_digest: reviewdesk_exchange::manifest::manifest_digest(&sealed.manifest_bytes),
        sheets: vec![(sheet.application_id.clone(), sheet.version)],
        bytes: sealed.bytes,
        created_at: reviewdesk_exchange::timestamp(created_at),
    })
}

impl ExpertDesk<'_> {
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
                    DeliveryState::Delivered if entry.via_meeting => DeliveryStateView::AtMeeting,
                    DeliveryState::Delivered => DeliveryStateView::Delivered,
                    DeliveryState::Quarantined => DeliveryStateView::Quarantined,
                },
                created_at: entry.package.created_at,
                reason: entry.reason,
                receipt: entry.receipt.map(ReceiptView::from),
            })
            .collect())
    }

    /// Writes every package the agency server has not answered for itself
    /// (queued, taken only by a meeting's hub, or refused) into `folder`, one file each
    /// (`reviewdesk-package-<expert>-<sequence>.zip`), for the agency to
    /// import by hand. Returns the files written.
    pub fn export_outbox(&self, folder: &Path) -> Result<Vec<PathBuf>, CoreError> {
        let vault = self.vault()?;
        let expert = vault
            .identity()?
            .map(|i| i.expert_id)
            .ok_or_else(|| CoreError::new(ErrorCode::NotEnrolled, "the vault is not enrolled"))?;
        std::fs::create_dir_all(folder)?;
        let mut written = Vec::new();
        for entry in vault.outbox()? {
            if entry.state == DeliveryState::Delivered && !entry.via_meeting {
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

/// What the sync indicator shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SyncPhase {
    /// Locked, or not enrolled with an agency: nothing to sync.
    Idle,
    Sending,
    /// The server could not be reached; packages wait and are sent later.
    Offline,
    AllSynced,
    /// The agency refused a package; the expert should look.
    NeedsAttention,
    /// The agency revoked this vault's key (the expert was enrolled again):
    /// nothing more is sent, and the background sync stops trying.
    Revoked,
}

/// The sync state at a glance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SyncStatus {
    pub phase: SyncPhase,
    pub queued: usize,
    pub quarantined: usize,
    pub delivered: usize,
    /// Why the last run stopped short, when it did.
    pub last_error: Option<Problem>,
}

impl Default for SyncStatus {
    fn default() -> Self {
        Self {
            phase: SyncPhase::Idle,
            queued: 0,
            quarantined: 0,
            delivered: 0,
            last_error: None,
        }
    }
}

impl ExpertDesk<'_> {
    /// The sync state at a glance after a run that ended with `trouble`
    /// (`None`: everything went): a refused package needs the expert's
    /// attention, trouble or a package still queued means offline.
    pub fn sync_status(&self, trouble: Option<Problem>) -> SyncStatus {
        let outbox = self.outbox().unwrap_or_default();
        let count = |wanted: DeliveryStateView| outbox.iter().filter(|p| p.state == wanted).count();
        // A package only a meeting's hub took still waits for the agency.
        let (queued, quarantined) = (
            count(DeliveryStateView::Queued) + count(DeliveryStateView::AtMeeting),
            count(DeliveryStateView::Quarantined),
        );
        // Kept in the vault once the agency said so (`note_key_revoked`).
        let revoked = self
            .vault()
            .ok()
            .and_then(|vault| vault.identity().ok().flatten())
            .is_some_and(|identity| identity.key_revoked_at.is_some());
        let phase = if revoked {
            SyncPhase::Revoked
        } else if quarantined > 0 {
            SyncPhase::NeedsAttention
        } else if trouble.is_some() || queued > 0 {
            SyncPhase::Offline
        } else {
            SyncPhase::AllSynced
        };
        SyncStatus {
            phase,
            queued,
            quarantined,
            delivered: count(DeliveryStateView::Delivered),
            last_error: trouble,
        }
    }
}

/// The folder beside the vault file for partly downloaded bundles.
pub fn downloads_folder(vault: &Path) -> PathBuf {
    let mut name = vault.file_name().unwrap_or_default().to_os_string();
    name.push(".downloads");
    vault.with_file_name(name)
}

/// What a sync run needs, taken from the vault so that no lock is held while
/// the network is slow: where to send, as whom, and the packages to send.
#[derive(Debug)]
pub struct SyncPlan {
    pub server: String,
    /// SHA-256 (hex) of the server's TLS certificate pinned at enrollment:
    /// the only one accepted for it.
    pub tls_certificate: Option<String>,
    pub expert_id: ExpertId,
    pub keys: KeyPair,
    pub agency: PublicKeys,
    /// Queued packages, oldest first: they must arrive in sequence.
    pub packages: Vec<QueuedPackage>,
    /// Calls with an installed bundle, and its sequence, to look for newer ones.
    pub calls: Vec<(CallId, u64)>,
    /// Where bundle downloads keep the bytes received so far, so that one cut
    /// (or a restart) resumes instead of starting over. The bytes there are
    /// the bundle as the agency sealed it: its content is encrypted.
    pub downloads: Option<PathBuf>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueuedPackage {
    pub package_id: PackageId,
    pub sequence: u64,
    pub manifest_digest: String,
    pub bytes: Vec<u8>,
}

impl From<OutboxEntry> for QueuedPackage {
    fn from(entry: OutboxEntry) -> Self {
        Self {
            package_id: entry.package.package_id,
            sequence: entry.package.sequence,
            manifest_digest: entry.package.manifest_digest,
            bytes: entry.package.bytes,
        }
    }
}

/// How one package's delivery ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Delivery {
    /// Accepted, with the agency's receipt, already checked.
    Delivered { receipt: Receipt },
    /// Refused for good, with the server's reason; the rest still goes.
    Refused { reason: Problem },
}

impl ExpertDesk<'_> {
    /// The sync plan, or an error when the vault is not enrolled or knows no
    /// server (`server` overrides the one from enrollment).
    pub fn sync_plan(&self, server: Option<&str>) -> Result<SyncPlan, CoreError> {
        let Enrolled {
            identity,
            keys,
            agency,
        } = self.require_enrolled()?;
        let vault = self.vault()?;
        let server = server
            .map(str::to_owned)
            .or(identity.server_url.clone())
            .ok_or_else(|| CoreError::new(ErrorCode::NoServer, "no server address is known"))?;
        let packages = vault
            .outbox()?
            .into_iter()
            // A meeting's hub answered for some; the agency server still
            // gets them, and answers for them itself.
            .filter(|e| e.state == DeliveryState::Queued || e.via_meeting)
            .map(QueuedPackage::from)
            .collect();
        let calls = vault
            .calls()?
            .into_iter()
            .filter_map(|c| {
                vault
                    .installed_bundle(&c.call.id)
                    .ok()
                    .flatten()
                    .map(|b| (b.call_id, b.sequence))
            })
            .collect();
        Ok(SyncPlan {
            server,
            tls_certificate: identity.tls_certificate.clone(),
            expert_id: identity.expert_id,
            keys,
            agency,
            packages,
            calls,
            downloads: Some(downloads_folder(vault.path())),
        })
    }

    /// Records how a package's delivery ended.
    pub fn record_delivery(
        &mut self,
        package_id: &PackageId,
        delivery: &Delivery,
        now: Timestamp,
    ) -> Result<(), CoreError> {
        let outcome = match delivery {
            Delivery::Delivered { receipt } => DeliveryOutcome::Delivered(receipt.clone()),
            Delivery::Refused { reason } => DeliveryOutcome::Quarantined(reason.clone()),
        };
        self.vault_mut()?.set_delivery(package_id, &outcome, now)?;
        Ok(())
    }
}

//! The outbox: score packages sealed by the expert, waiting to reach the
//! agency or already delivered. A submission and the package that carries it
//! are written in one transaction, so a sheet is never submitted without its
//! package, nor a package queued for a sheet that is not submitted.

use reviewdesk_domain::{ApplicationId, CallId, PackageId, Problem, Timestamp};
use reviewdesk_exchange::receipt::Receipt;
use rusqlite::{OptionalExtension as _, TransactionBehavior, params};

use crate::sheets::{SUBMIT_LATEST_DRAFT, StoredSheet};
use crate::{Vault, VaultError, id_column, optional_json_column};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeliveryState {
    Queued,
    Delivered,
    /// Refused by the agency for a reason that retrying cannot change.
    Quarantined,
}

impl DeliveryState {
    fn as_str(self) -> &'static str {
        match self {
            Self::Queued => "queued",
            Self::Delivered => "delivered",
            Self::Quarantined => "quarantined",
        }
    }

    fn parse(text: &str) -> Self {
        match text {
            "delivered" => Self::Delivered,
            "quarantined" => Self::Quarantined,
            _ => Self::Queued,
        }
    }
}

/// A sealed package for the outbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewPackage {
    pub package_id: PackageId,
    pub sequence: u64,
    pub call_id: CallId,
    pub manifest_digest: String,
    /// (application id, sheet version) of every sheet it carries.
    pub sheets: Vec<(ApplicationId, u32)>,
    pub bytes: Vec<u8>,
    pub created_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxEntry {
    pub package: NewPackage,
    pub state: DeliveryState,
    /// Delivered to a panel meeting's hub, whose receipt it holds; the
    /// agency server has not answered for it itself yet.
    pub via_meeting: bool,
    /// Why the agency refused it, when quarantined.
    pub reason: Option<Problem>,
    /// The agency's receipt, checked when it arrived, once delivered.
    pub receipt: Option<Receipt>,
    pub updated_at: String,
}

/// How a package's delivery ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeliveryOutcome {
    Delivered(Receipt),
    /// Taken by a panel meeting's hub, with the receipt it signed with the
    /// agency key: delivered, and still sent to the agency server.
    DeliveredToMeeting(Receipt),
    Quarantined(Problem),
}

/// Adds `package` to the outbox, queued, inside `transaction`.
fn queue(transaction: &rusqlite::Transaction<'_>, package: &NewPackage) -> Result<(), VaultError> {
    transaction.execute(
        "INSERT INTO outbox (package_id, sequence, call_id, manifest_digest, sheets_json, bytes, created_at, state, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'queued', ?7)",
        params![
            package.package_id.as_str(),
            i64::try_from(package.sequence).unwrap_or(i64::MAX),
            package.call_id.as_str(),
            package.manifest_digest,
            serde_json::to_string(&package.sheets)?,
            package.bytes,
            package.created_at,
        ],
    )?;
    Ok(())
}

fn sequence_of(value: i64) -> u64 {
    u64::try_from(value).unwrap_or_default()
}

impl Vault {
    /// The newest package's sequence and manifest digest, to chain the next:
    /// the outbox's newest, or — in a vault enrolled again — the last package
    /// the agency held of the expert when that is later.
    pub fn last_package(&self) -> Result<Option<(u64, String)>, VaultError> {
        let newest = self
            .connection
            .query_row(
                "SELECT sequence, manifest_digest FROM outbox ORDER BY sequence DESC LIMIT 1",
                [],
                |row| Ok((sequence_of(row.get(0)?), row.get(1)?)),
            )
            .optional()?;
        let base = self.identity()?.and_then(|identity| identity.chain_base);
        Ok(match (newest, base) {
            (Some(newest), Some(base)) if base.0 > newest.0 => Some(base),
            (newest, base) => newest.or(base),
        })
    }

    /// Submits the latest draft of a sheet and queues the package carrying it,
    /// in one transaction.
    pub fn submit_sheet_with_package(
        &mut self,
        call_id: &CallId,
        application_id: &ApplicationId,
        now: Timestamp,
        package: &NewPackage,
    ) -> Result<StoredSheet, VaultError> {
        let transaction = self
            .connection
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        if transaction.execute(
            SUBMIT_LATEST_DRAFT,
            params![call_id.as_str(), application_id.as_str(), now.to_string()],
        )? == 0
        {
            return Err(VaultError::NoSuchRecord {
                kind: "draft sheet",
                id: application_id.to_string(),
            });
        }
        queue(&transaction, package)?;
        transaction.commit()?;
        self.sheet(call_id, application_id)?
            .ok_or_else(|| VaultError::Corrupt("a submitted sheet vanished".into()))
    }

    /// Replaces every package not delivered by `resealed` (the same sheets,
    /// sealed again after the vault was enrolled again), in one transaction.
    pub fn replace_undelivered(&mut self, resealed: &[NewPackage]) -> Result<(), VaultError> {
        let transaction = self
            .connection
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        transaction.execute("DELETE FROM outbox WHERE state <> 'delivered'", [])?;
        for package in resealed {
            queue(&transaction, package)?;
        }
        transaction.commit()?;
        Ok(())
    }

    fn has_package(&self, package_id: &PackageId) -> Result<bool, VaultError> {
        Ok(self
            .connection
            .query_row(
                "SELECT 1 FROM outbox WHERE package_id = ?1",
                [package_id.as_str()],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }

    /// Every package, oldest first.
    pub fn outbox(&self) -> Result<Vec<OutboxEntry>, VaultError> {
        let mut statement = self.connection.prepare(
            "SELECT package_id, sequence, call_id, manifest_digest, sheets_json, bytes, created_at,
                    state, reason, receipt, updated_at, via_meeting
             FROM outbox ORDER BY sequence",
        )?;
        let rows = statement.query_map([], |row| {
            Ok((
                NewPackage {
                    package_id: id_column(row, 0)?,
                    sequence: sequence_of(row.get(1)?),
                    call_id: id_column(row, 2)?,
                    manifest_digest: row.get(3)?,
                    sheets: Vec::new(),
                    bytes: row.get(5)?,
                    created_at: row.get(6)?,
                },
                row.get::<_, String>(4)?,
                row.get::<_, String>(7)?,
                optional_json_column(row.get(8)?, 8)?,
                optional_json_column(row.get(9)?, 9)?,
                row.get(10)?,
                row.get::<_, bool>(11)?,
            ))
        })?;
        rows.map(|row| {
            let (mut package, sheets, state, reason, receipt, updated_at, via_meeting) = row?;
            package.sheets = serde_json::from_str(&sheets)?;
            Ok(OutboxEntry {
                package,
                state: DeliveryState::parse(&state),
                via_meeting,
                reason,
                receipt,
                updated_at,
            })
        })
        .collect()
    }

    /// Records what became of a package: delivered with the agency's receipt
    /// (or a meeting hub's, for a package still queued), or quarantined with
    /// the reason.
    pub fn set_delivery(
        &mut self,
        package_id: &PackageId,
        outcome: &DeliveryOutcome,
        now: Timestamp,
    ) -> Result<(), VaultError> {
        let (state, reason, receipt, via_meeting) = match outcome {
            DeliveryOutcome::Delivered(receipt) => (
                DeliveryState::Delivered,
                None,
                Some(serde_json::to_string(receipt)?),
                false,
            ),
            DeliveryOutcome::DeliveredToMeeting(receipt) => (
                DeliveryState::Delivered,
                None,
                Some(serde_json::to_string(receipt)?),
                true,
            ),
            DeliveryOutcome::Quarantined(reason) => (
                DeliveryState::Quarantined,
                Some(serde_json::to_string(reason)?),
                None,
                false,
            ),
        };
        // A hub's receipt never replaces the agency's own answer.
        let only_queued = if via_meeting {
            "AND state = 'queued'"
        } else {
            ""
        };
        let changed = self.connection.execute(
            &format!(
                "UPDATE outbox SET state = ?2, reason = ?3, receipt = coalesce(?4, receipt),
                        updated_at = ?5, via_meeting = ?6
                 WHERE package_id = ?1 {only_queued}"
            ),
            params![
                package_id.as_str(),
                state.as_str(),
                reason,
                receipt,
                now.to_string(),
                via_meeting
            ],
        )?;
        if changed == 0 && via_meeting && self.has_package(package_id)? {
            return Ok(());
        }
        if changed == 0 {
            return Err(VaultError::NoSuchRecord {
                kind: "package",
                id: package_id.to_string(),
            });
        }
        Ok(())
    }
}

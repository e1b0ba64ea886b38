//! Score sheets in the vault: every change is its own committed transaction
//! (with `synchronous=FULL`, durable once the call returns); a submitted version
//! is never changed again, and a revision starts the next version from it.

use reviewdesk_domain::sheet::SheetInput;
use reviewdesk_domain::{ApplicationId, CallId, Timestamp};
use rusqlite::{OptionalExtension as _, TransactionBehavior, params};

use crate::{Vault, VaultError};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SheetStatus {
    Draft,
    Submitted,
}

impl SheetStatus {
    fn as_str(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Submitted => "submitted",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct StoredSheet {
    pub application_id: ApplicationId,
    pub version: u32,
    pub rubric_id: String,
    pub rubric_version: u32,
    pub status: SheetStatus,
    pub input: SheetInput,
    pub updated_at: Timestamp,
    pub submitted_at: Option<Timestamp>,
}

/// Submits the latest version when it is a draft (`?1` call, `?2` application, `?3` now).
pub(crate) const SUBMIT_LATEST_DRAFT: &str =
    "UPDATE sheets SET status = 'submitted', submitted_at = ?3, updated_at = ?3
     WHERE call_id = ?1 AND application_id = ?2 AND status = 'draft'
       AND version = (SELECT max(version) FROM sheets WHERE call_id = ?1 AND application_id = ?2)";

const COLUMNS: &str = "application_id, version, rubric_id, rubric_version, status, body_json, updated_at, submitted_at";

fn read(row: &rusqlite::Row<'_>) -> rusqlite::Result<(StoredSheet, String)> {
    let status: String = row.get(4)?;
    Ok((
        StoredSheet {
            application_id: ApplicationId::new(row.get::<_, String>(0)?),
            version: row.get(1)?,
            rubric_id: row.get(2)?,
            rubric_version: row.get(3)?,
            status: if status == "submitted" {
                SheetStatus::Submitted
            } else {
                SheetStatus::Draft
            },
            input: SheetInput::default(),
            updated_at: timestamp(row.get(6)?, 6)?,
            submitted_at: row
                .get::<_, Option<String>>(7)?
                .map(|text| timestamp(text, 7))
                .transpose()?,
        },
        row.get(5)?,
    ))
}

fn parsed((mut sheet, body): (StoredSheet, String)) -> Result<StoredSheet, VaultError> {
    sheet.input = serde_json::from_str(&body)?;
    Ok(sheet)
}

impl Vault {
    /// The latest version of the sheet for an application, if any.
    pub fn sheet(
        &self,
        call_id: &CallId,
        application_id: &ApplicationId,
    ) -> Result<Option<StoredSheet>, VaultError> {
        self.connection
            .query_row(
                &format!(
                    "SELECT {COLUMNS} FROM sheets WHERE call_id = ?1 AND application_id = ?2 ORDER BY version DESC LIMIT 1"
                ),
                params![call_id.as_str(), application_id.as_str()],
                read,
            )
            .optional()?
            .map(parsed)
            .transpose()
    }

    /// Every version of a sheet, oldest first.
    pub fn sheet_history(
        &self,
        call_id: &CallId,
        application_id: &ApplicationId,
    ) -> Result<Vec<StoredSheet>, VaultError> {
        let mut statement = self.connection.prepare(&format!(
            "SELECT {COLUMNS} FROM sheets WHERE call_id = ?1 AND application_id = ?2 ORDER BY version"
        ))?;
        let rows = statement.query_map(params![call_id.as_str(), application_id.as_str()], read)?;
        rows.map(|row| parsed(row?)).collect()
    }

    /// The latest version of every sheet of a call.
    pub fn sheets(&self, call_id: &CallId) -> Result<Vec<StoredSheet>, VaultError> {
        let mut statement = self.connection.prepare(&format!(
            "SELECT {COLUMNS} FROM sheets s WHERE call_id = ?1
               AND version = (SELECT max(version) FROM sheets t
                              WHERE t.call_id = s.call_id AND t.application_id = s.application_id)
             ORDER BY application_id"
        ))?;
        let rows = statement.query_map([call_id.as_str()], read)?;
        rows.map(|row| parsed(row?)).collect()
    }

    /// Stores `input` as the draft of the sheet, creating version 1 when there is
    /// none. Refused with `SheetLocked` when the latest version is submitted.
    pub fn save_sheet(
        &mut self,
        call_id: &CallId,
        application_id: &ApplicationId,
        rubric: (&str, u32),
        input: &SheetInput,
        now: Timestamp,
    ) -> Result<StoredSheet, VaultError> {
        let transaction = self
            .connection
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let latest: Option<(u32, String)> = transaction
            .query_row(
                "SELECT version, status FROM sheets WHERE call_id = ?1 AND application_id = ?2
                 ORDER BY version DESC LIMIT 1",
                params![call_id.as_str(), application_id.as_str()],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()?;
        let body = serde_json::to_string(input)?;
        match latest {
            Some((_, status)) if status == SheetStatus::Submitted.as_str() => {
                return Err(VaultError::SheetLocked(application_id.to_string()));
            }
            Some((version, _)) => {
                transaction.execute(
                    "UPDATE sheets SET body_json = ?4, updated_at = ?5
                     WHERE call_id = ?1 AND application_id = ?2 AND version = ?3",
                    params![
                        call_id.as_str(),
                        application_id.as_str(),
                        version,
                        body,
                        now.to_string()
                    ],
                )?;
            }
            None => {
                transaction.execute(
                    "INSERT INTO sheets (call_id, application_id, version, rubric_id, rubric_version, status, body_json, updated_at)
                     VALUES (?1, ?2, 1, ?3, ?4, 'draft', ?5, ?6)",
                    params![call_id.as_str(), application_id.as_str(), rubric.0, rubric.1, body, now.to_string()],
                )?;
            }
        }
        transaction.commit()?;
        self.sheet(call_id, application_id)?
            .ok_or_else(|| VaultError::Corrupt("a saved sheet vanished".into()))
    }

    /// Marks the latest draft as submitted; from then on it cannot change.
    pub fn submit_sheet(
        &mut self,
        call_id: &CallId,
        application_id: &ApplicationId,
        now: Timestamp,
    ) -> Result<StoredSheet, VaultError> {
        self.change_latest(
            SUBMIT_LATEST_DRAFT,
            "draft sheet",
            call_id,
            application_id,
            now,
        )
    }

    /// Starts a new draft version from the latest submitted one, keeping it in history.
    pub fn revise_sheet(
        &mut self,
        call_id: &CallId,
        application_id: &ApplicationId,
        now: Timestamp,
    ) -> Result<StoredSheet, VaultError> {
        let sql = "INSERT INTO sheets (call_id, application_id, version, rubric_id, rubric_version, status, body_json, updated_at)
             SELECT call_id, application_id, version + 1, rubric_id, rubric_version, 'draft', body_json, ?3
             FROM sheets WHERE call_id = ?1 AND application_id = ?2 AND status = 'submitted'
               AND version = (SELECT max(version) FROM sheets WHERE call_id = ?1 AND application_id = ?2)";
        self.change_latest(sql, "submitted sheet", call_id, application_id, now)
    }

    /// Runs a statement that acts on the latest version of a sheet when it is in
    /// the expected state (`?1` call, `?2` application, `?3` now), then reads the
    /// sheet back; `NoSuchRecord` when no row was in that state.
    fn change_latest(
        &mut self,
        sql: &str,
        expected: &'static str,
        call_id: &CallId,
        application_id: &ApplicationId,
        now: Timestamp,
    ) -> Result<StoredSheet, VaultError> {
        if self.connection.execute(
            sql,
            params![call_id.as_str(), application_id.as_str(), now.to_string()],
        )? == 0
        {
            return Err(VaultError::NoSuchRecord {
                kind: expected,
                id: application_id.to_string(),
            });
        }
        self.sheet(call_id, application_id)?
            .ok_or_else(|| VaultError::Corrupt("a changed sheet vanished".into()))
    }
}

/// A time column, which holds only the one form (schema v8 on): anything
/// else is damage, not a time to guess.
fn timestamp(text: String, column: usize) -> rusqlite::Result<Timestamp> {
    text.parse().map_err(|error| {
        rusqlite::Error::FromSqlConversionFailure(
            column,
            rusqlite::types::Type::Text,
            Box::new(error),
        )
    })
}

//! The panel meeting an expert's vault joined: where its hub answers and
//! the certificate it answered with when the expert joined (checked then
//! against the meeting code and the agency's signed card), so later
//! connections accept that certificate only.

use reviewdesk_domain::{CallId, Timestamp};
use rusqlite::{OptionalExtension as _, params};

use crate::{Vault, VaultError, id_column};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JoinedMeeting {
    /// `https://ADDRESS:PORT`.
    pub address: String,
    /// SHA-256 (hex) of the hub's certificate.
    pub tls_certificate: String,
    pub call_id: CallId,
    pub meeting_id: String,
    pub joined_at: Timestamp,
}

impl Vault {
    /// The meeting this vault joined, if any.
    pub fn joined_meeting(&self) -> Result<Option<JoinedMeeting>, VaultError> {
        let row = self
            .connection
            .query_row(
                "SELECT address, tls_certificate, call_id, meeting_id, joined_at FROM meeting_joined",
                [],
                |row| {
                    Ok((
                        row.get::<_, String>(0)?,
                        row.get::<_, String>(1)?,
                        id_column(row, 2)?,
                        row.get::<_, String>(3)?,
                        row.get::<_, String>(4)?,
                    ))
                },
            )
            .optional()?;
        row.map(
            |(address, tls_certificate, call_id, meeting_id, joined_at)| {
                Ok(JoinedMeeting {
                    address,
                    tls_certificate,
                    call_id,
                    meeting_id,
                    joined_at: joined_at.parse().map_err(|_| {
                        VaultError::Corrupt(format!("a meeting joined at {joined_at:?}"))
                    })?,
                })
            },
        )
        .transpose()
    }

    /// Joins `meeting`, instead of any meeting joined before.
    pub fn join_meeting(&mut self, meeting: &JoinedMeeting) -> Result<(), VaultError> {
        self.connection.execute(
            "INSERT OR REPLACE INTO meeting_joined
                 (only, address, tls_certificate, call_id, meeting_id, joined_at)
             VALUES (1, ?1, ?2, ?3, ?4, ?5)",
            params![
                meeting.address,
                meeting.tls_certificate,
                meeting.call_id.as_str(),
                meeting.meeting_id,
                meeting.joined_at.to_string()
            ],
        )?;
        Ok(())
    }

    /// Leaves the meeting joined, if any.
    pub fn leave_meeting(&mut self) -> Result<(), VaultError> {
        self.connection.execute("DELETE FROM meeting_joined", [])?;
        Ok(())
    }
}

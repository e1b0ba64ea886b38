//! The minutes a staff vault fixed for the panel to sign — their content's
//! very bytes and its digest — and the experts' signatures of that digest,
//! each checked before it is kept. Fixing the minutes again keeps the
//! signatures of the earlier content, which no longer count for the new.

use reviewdesk_domain::{CallId, ExpertId, Timestamp};
use reviewdesk_exchange::signed_minutes::MinutesSignature;
use rusqlite::{OptionalExtension as _, params};

use crate::{Vault, VaultError};

/// The minutes' content as the chair fixed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FixedMinutes {
    pub call_id: CallId,
    /// The content's JSON, these very bytes.
    pub content: Vec<u8>,
    /// SHA-256 (hex) of `content`.
    pub digest: String,
    pub fixed_at: Timestamp,
}

impl Vault {
    /// Fixes `minutes` for the panel to sign, instead of any fixed before.
    pub fn fix_minutes(&mut self, minutes: &FixedMinutes) -> Result<(), VaultError> {
        self.connection.execute(
            "INSERT OR REPLACE INTO minutes_fixed (call_id, content, digest, fixed_at)
             VALUES (?1, ?2, ?3, ?4)",
            params![
                minutes.call_id.as_str(),
                minutes.content,
                minutes.digest,
                minutes.fixed_at.to_string()
            ],
        )?;
        Ok(())
    }

    /// The minutes of `call_id` fixed for signing, if any.
    pub fn fixed_minutes(&self, call_id: &CallId) -> Result<Option<FixedMinutes>, VaultError> {
        let row = self
            .connection
            .query_row(
                "SELECT content, digest, fixed_at FROM minutes_fixed WHERE call_id = ?1",
                [call_id.as_str()],
                |row| {
                    Ok((
                        row.get::<_, Vec<u8>>(0)?,
                        row.get::<_, String>(1)?,
                        row.get::<_, String>(2)?,
                    ))
                },
            )
            .optional()?;
        row.map(|(content, digest, fixed_at)| {
            Ok(FixedMinutes {
                call_id: call_id.clone(),
                content,
                digest,
                fixed_at: fixed_at
                    .parse()
                    .map_err(|_| VaultError::Corrupt(format!("minutes fixed at {fixed_at:?}")))?,
            })
        })
        .transpose()
    }

    /// Keeps an expert's signature (checked by the caller); a second
    /// signature of the same digest replaces the first.
    pub fn add_minutes_signature(
        &mut self,
        signature: &MinutesSignature,
    ) -> Result<(), VaultError> {
        let json =
            serde_json::to_string(signature).map_err(|e| VaultError::Corrupt(e.to_string()))?;
        self.connection.execute(
            "INSERT OR REPLACE INTO minutes_signatures (call_id, expert_id, digest, signature_json)
             VALUES (?1, ?2, ?3, ?4)",
            params![
                signature.call_id.as_str(),
                signature.expert_id.as_str(),
                signature.digest.to_ascii_lowercase(),
                json
            ],
        )?;
        Ok(())
    }

    /// The signatures of the minutes of `call_id` with `digest`, by expert.
    pub fn minutes_signatures(
        &self,
        call_id: &CallId,
        digest: &str,
    ) -> Result<Vec<MinutesSignature>, VaultError> {
        let mut statement = self.connection.prepare(
            "SELECT signature_json FROM minutes_signatures
             WHERE call_id = ?1 AND digest = ?2 ORDER BY expert_id",
        )?;
        let rows = statement
            .query_map(
                params![call_id.as_str(), digest.to_ascii_lowercase()],
                |row| row.get::<_, String>(0),
            )?
            .collect::<Result<Vec<_>, _>>()?;
        rows.iter()
            .map(|json| {
                serde_json::from_str(json)
                    .map_err(|e| VaultError::Corrupt(format!("a minutes signature: {e}")))
            })
            .collect()
    }

    /// Whether `expert_id` signed the minutes of `call_id` with `digest`.
    pub fn signed_minutes(
        &self,
        call_id: &CallId,
        expert_id: &ExpertId,
        digest: &str,
    ) -> Result<bool, VaultError> {
        Ok(self
            .minutes_signatures(call_id, digest)?
            .iter()
            .any(|s| &s.expert_id == expert_id))
    }
}

//! Staff mode's storage: the agency's secret keys (encrypted with the rest of
//! the database, zeroized in memory), the experts' public keys, the panel's
//! score packages as imported, and the meeting's particulars, the panel's
//! notes per demand and the round each demand is in. The vault stores these
//! as given, typed; the core checks and interprets them.

use reviewdesk_domain::discussion::Round;
use reviewdesk_domain::panel::{DemandNote, MeetingInput};
use reviewdesk_domain::scores::PackageContent;
use reviewdesk_domain::{CallId, DemandId, ExpertId, PackageId, Timestamp};
use reviewdesk_exchange::EnrolledKey;
use reviewdesk_exchange::acceptance::ContentRefusal;
use rusqlite::{OptionalExtension as _, params};
use zeroize::Zeroizing;

use crate::{Vault, VaultError, id_column, json_column, optional_json_column};

/// The agency's keys in a staff vault. `Debug` leaves the secret out.
#[derive(Clone, PartialEq, Eq)]
pub struct StoredStaff {
    pub agency_secret_keys: Zeroizing<String>,
    pub server_url: Option<String>,
    /// SHA-256 (hex) of the server's certificate, to pin.
    pub tls_certificate: Option<String>,
}

impl std::fmt::Debug for StoredStaff {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StoredStaff")
            .field("agency_secret_keys", &"<redacted>")
            .field("server_url", &self.server_url)
            .field("tls_certificate", &self.tls_certificate)
            .finish()
    }
}

/// A score package as the staff imported it, after the core checked it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PanelPackage {
    pub package_id: PackageId,
    pub expert_id: ExpertId,
    pub call_id: CallId,
    pub sequence: u64,
    pub previous: Option<String>,
    pub manifest_digest: String,
    pub bytes_sha256: String,
    pub bytes: Vec<u8>,
    /// The decrypted content, with the totals acceptance computed; `None`
    /// when refused.
    pub content: Option<PackageContent>,
    /// Why its content does not count, if so; the package still holds its
    /// place in the expert's chain.
    pub refusal: Option<ContentRefusal>,
}

fn sequence(value: i64) -> u64 {
    u64::try_from(value).unwrap_or_default()
}

impl Vault {
    pub fn staff(&self) -> Result<Option<StoredStaff>, VaultError> {
        Ok(self
            .connection
            .query_row(
                "SELECT agency_secret_keys, server_url, tls_certificate FROM staff WHERE id = 1",
                [],
                |row| {
                    Ok(StoredStaff {
                        agency_secret_keys: Zeroizing::new(row.get(0)?),
                        server_url: row.get(1)?,
                        tls_certificate: row.get(2)?,
                    })
                },
            )
            .optional()?)
    }

    /// Installs the agency's keys and the experts' key histories, replacing
    /// what was there, in one transaction.
    pub fn install_staff(
        &mut self,
        staff: &StoredStaff,
        experts: &[(ExpertId, Vec<EnrolledKey>)],
    ) -> Result<(), VaultError> {
        let transaction = self.connection.transaction()?;
        transaction.execute(
            "INSERT OR REPLACE INTO staff
                 (id, agency_secret_keys, server_url, tls_certificate, installed_at)
             VALUES (1, ?1, ?2, ?3, datetime('now'))",
            params![
                staff.agency_secret_keys.as_str(),
                staff.server_url,
                staff.tls_certificate
            ],
        )?;
        for (id, keys) in experts {
            transaction.execute(
                "INSERT OR REPLACE INTO staff_experts (expert_id, public_keys_json) VALUES (?1, ?2)",
                params![id.as_str(), serde_json::to_string(keys)?],
            )?;
        }
        transaction.commit()?;
        Ok(())
    }

    pub fn staff_expert_count(&self) -> Result<usize, VaultError> {
        let count: i64 =
            self.connection
                .query_row("SELECT count(*) FROM staff_experts", [], |row| row.get(0))?;
        Ok(usize::try_from(count).unwrap_or_default())
    }

    /// Every key the agency enrolled for an expert, oldest first.
    pub fn staff_expert_keys(
        &self,
        expert_id: &ExpertId,
    ) -> Result<Option<Vec<EnrolledKey>>, VaultError> {
        Ok(self
            .connection
            .query_row(
                "SELECT public_keys_json FROM staff_experts WHERE expert_id = ?1",
                [expert_id.as_str()],
                |row| json_column(row.get(0)?, 0),
            )
            .optional()?)
    }

    pub fn panel_package(
        &self,
        package_id: &PackageId,
    ) -> Result<Option<PanelPackage>, VaultError> {
        Ok(self
            .panel_packages_where("package_id = ?1", params![package_id.as_str()])?
            .pop())
    }

    /// The expert's package `sequence`, if imported.
    pub fn panel_package_at(
        &self,
        expert_id: &ExpertId,
        sequence_number: u64,
    ) -> Result<Option<PanelPackage>, VaultError> {
        Ok(self
            .panel_packages_where(
                "expert_id = ?1 AND sequence = ?2",
                params![
                    expert_id.as_str(),
                    i64::try_from(sequence_number).unwrap_or(i64::MAX)
                ],
            )?
            .pop())
    }

    /// A call's packages, by expert and sequence.
    pub fn panel_packages(&self, call_id: &CallId) -> Result<Vec<PanelPackage>, VaultError> {
        self.panel_packages_where("call_id = ?1", params![call_id.as_str()])
    }

    fn panel_packages_where(
        &self,
        condition: &str,
        values: impl rusqlite::Params,
    ) -> Result<Vec<PanelPackage>, VaultError> {
        let mut statement = self.connection.prepare(&format!(
            "SELECT package_id, expert_id, call_id, sequence, previous, manifest_digest, bytes_sha256,
                    bytes, content_json, refusal_json
             FROM panel_packages WHERE {condition} ORDER BY expert_id, sequence"
        ))?;
        let rows = statement.query_map(values, |row| {
            Ok(PanelPackage {
                package_id: id_column(row, 0)?,
                expert_id: id_column(row, 1)?,
                call_id: id_column(row, 2)?,
                sequence: sequence(row.get(3)?),
                previous: row.get(4)?,
                manifest_digest: row.get(5)?,
                bytes_sha256: row.get(6)?,
                bytes: row.get(7)?,
                content: json_column(row.get(8)?, 8)?,
                refusal: optional_json_column(row.get(9)?, 9)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn add_panel_package(&mut self, package: &PanelPackage) -> Result<(), VaultError> {
        self.connection.execute(
            "INSERT INTO panel_packages (package_id, expert_id, call_id, sequence, previous,
                 manifest_digest, bytes_sha256, bytes, content_json, refusal_json, imported_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, datetime('now'))",
            params![
                package.package_id.as_str(),
                package.expert_id.as_str(),
                package.call_id.as_str(),
                i64::try_from(package.sequence).unwrap_or(i64::MAX),
                package.previous,
                package.manifest_digest,
                package.bytes_sha256,
                package.bytes,
                serde_json::to_string(&package.content)?,
                package
                    .refusal
                    .as_ref()
                    .map(serde_json::to_string)
                    .transpose()?,
            ],
        )?;
        self.connection.execute(
            "DELETE FROM panel_waiting WHERE package_id = ?1",
            [package.package_id.as_str()],
        )?;
        Ok(())
    }

    /// Replaces what acceptance concluded of a package's content, as when
    /// its call arrived after it.
    pub fn set_panel_judgement(
        &mut self,
        package_id: &PackageId,
        content: Option<&PackageContent>,
        refusal: Option<&ContentRefusal>,
    ) -> Result<(), VaultError> {
        self.connection.execute(
            "UPDATE panel_packages SET content_json = ?2, refusal_json = ?3 WHERE package_id = ?1",
            params![
                package_id.as_str(),
                serde_json::to_string(&content)?,
                refusal.map(serde_json::to_string).transpose()?,
            ],
        )?;
        Ok(())
    }

    /// The newest package imported of an expert, across calls: the head of
    /// their chain.
    pub fn panel_chain_head(
        &self,
        expert_id: &ExpertId,
    ) -> Result<Option<PanelPackage>, VaultError> {
        Ok(self
            .panel_packages_where(
                "expert_id = ?1 AND sequence = (SELECT max(sequence) FROM panel_packages WHERE expert_id = ?1)",
                params![expert_id.as_str()],
            )?
            .pop())
    }

    /// Every imported package's place: (expert, sequence), of any call.
    pub fn panel_chains(&self) -> Result<Vec<(String, u64)>, VaultError> {
        let mut statement = self.connection.prepare(
            "SELECT expert_id, sequence FROM panel_packages ORDER BY expert_id, sequence",
        )?;
        let rows = statement.query_map([], |row| Ok((row.get(0)?, sequence(row.get(1)?))))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The ids of every package held, imported or waiting, of any call.
    pub fn panel_package_ids(&self) -> Result<Vec<String>, VaultError> {
        let mut statement = self.connection.prepare(
            "SELECT package_id FROM panel_packages UNION SELECT package_id FROM panel_waiting",
        )?;
        let rows = statement.query_map([], |row| row.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Keeps a package that came before its predecessor, until it can follow.
    pub fn add_waiting_package(
        &mut self,
        package_id: &PackageId,
        expert_id: &ExpertId,
        sequence_number: u64,
        bytes: &[u8],
    ) -> Result<(), VaultError> {
        self.connection.execute(
            "INSERT OR IGNORE INTO panel_waiting (package_id, expert_id, sequence, bytes, received_at)
             VALUES (?1, ?2, ?3, ?4, datetime('now'))",
            params![
                package_id.as_str(),
                expert_id.as_str(),
                i64::try_from(sequence_number).unwrap_or(i64::MAX),
                bytes
            ],
        )?;
        Ok(())
    }

    /// The waiting packages of an expert with this sequence number (bytes).
    pub fn waiting_packages_at(
        &self,
        expert_id: &ExpertId,
        sequence_number: u64,
    ) -> Result<Vec<Vec<u8>>, VaultError> {
        let mut statement = self.connection.prepare(
            "SELECT bytes FROM panel_waiting WHERE expert_id = ?1 AND sequence = ?2 ORDER BY package_id",
        )?;
        let rows = statement.query_map(
            params![
                expert_id.as_str(),
                i64::try_from(sequence_number).unwrap_or(i64::MAX)
            ],
            |row| row.get(0),
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The meeting's particulars for a call, if recorded.
    pub fn panel_meeting(&self, call_id: &CallId) -> Result<Option<MeetingInput>, VaultError> {
        let json: Option<String> = self
            .connection
            .query_row(
                "SELECT body_json FROM panel_meetings WHERE call_id = ?1",
                [call_id.as_str()],
                |row| row.get(0),
            )
            .optional()?;
        Ok(json.map(|json| serde_json::from_str(&json)).transpose()?)
    }

    pub fn set_panel_meeting(
        &mut self,
        call_id: &CallId,
        meeting: &MeetingInput,
    ) -> Result<(), VaultError> {
        self.connection.execute(
            "INSERT OR REPLACE INTO panel_meetings (call_id, body_json) VALUES (?1, ?2)",
            params![call_id.as_str(), serde_json::to_string(meeting)?],
        )?;
        Ok(())
    }

    /// The panel's notes per demand: (demand id, note).
    pub fn panel_notes(&self, call_id: &CallId) -> Result<Vec<(DemandId, DemandNote)>, VaultError> {
        let mut statement = self.connection.prepare(
            "SELECT demand_id, body_json FROM panel_notes WHERE call_id = ?1 ORDER BY demand_id",
        )?;
        let rows = statement.query_map([call_id.as_str()], |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
        })?;
        let mut notes = Vec::new();
        for row in rows {
            let (demand, json) = row?;
            notes.push((DemandId::new(demand), serde_json::from_str(&json)?));
        }
        Ok(notes)
    }

    /// The demands of `call_id` the chair opened, with their round and when.
    pub fn panel_rounds(
        &self,
        call_id: &CallId,
    ) -> Result<Vec<(DemandId, Round, Timestamp)>, VaultError> {
        let mut statement = self.connection.prepare(
            "SELECT demand_id, round, opened_at FROM panel_rounds WHERE call_id = ?1 ORDER BY demand_id",
        )?;
        let rows = statement
            .query_map(params![call_id.as_str()], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, String>(2)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        rows.into_iter()
            .map(|(demand, round, at)| {
                let round = Round::parse(&round)
                    .ok_or_else(|| VaultError::Corrupt(format!("a panel round of {round:?}")))?;
                let at = at
                    .parse()
                    .map_err(|_| VaultError::Corrupt(format!("a round opened at {at:?}")))?;
                Ok((DemandId::new(demand), round, at))
            })
            .collect()
    }

    /// Opens `demand_id`'s round, or closes it with `None`.
    pub fn set_panel_round(
        &mut self,
        call_id: &CallId,
        demand_id: &DemandId,
        round: Option<Round>,
        now: Timestamp,
    ) -> Result<(), VaultError> {
        match round {
            Some(round) => self.connection.execute(
                "INSERT OR REPLACE INTO panel_rounds (call_id, demand_id, round, opened_at)
                 VALUES (?1, ?2, ?3, ?4)",
                params![
                    call_id.as_str(),
                    demand_id.as_str(),
                    round.as_str(),
                    now.to_string()
                ],
            )?,
            None => self.connection.execute(
                "DELETE FROM panel_rounds WHERE call_id = ?1 AND demand_id = ?2",
                params![call_id.as_str(), demand_id.as_str()],
            )?,
        };
        Ok(())
    }

    pub fn set_panel_note(
        &mut self,
        call_id: &CallId,
        demand_id: &DemandId,
        note: &DemandNote,
    ) -> Result<(), VaultError> {
        self.connection.execute(
            "INSERT OR REPLACE INTO panel_notes (call_id, demand_id, body_json) VALUES (?1, ?2, ?3)",
            params![call_id.as_str(), demand_id.as_str(), serde_json::to_string(note)?],
        )?;
        Ok(())
    }
}

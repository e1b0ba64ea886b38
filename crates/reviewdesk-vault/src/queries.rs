//! Reading agency data back out of the vault.

use reviewdesk_domain::rubric::Rubric;
use reviewdesk_domain::{
    Application, ApplicationId, AttachmentMeta, Call, CallId, Demand, Expert, ExpertId,
};
use rusqlite::{OptionalExtension as _, params};

use crate::{Vault, VaultError};

#[derive(Debug, Clone, PartialEq)]
pub struct CallSummary {
    pub call: Call,
    pub demands: usize,
    pub applications: usize,
}

/// Narrows the application list. Empty fields do not filter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ApplicationFilter {
    /// Matched, case-insensitively, against names in every script, credit codes,
    /// team members and the demand.
    pub text: String,
    /// ISO code of the demand side's country, like `TH`.
    pub country: Option<String>,
    /// A tech field as written in the data, like `healthcare`.
    pub field: Option<String>,
}

impl ApplicationFilter {
    fn is_empty(&self) -> bool {
        self.text.trim().is_empty() && self.country.is_none() && self.field.is_none()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct DemandGroup {
    pub demand: Demand,
    pub applications: Vec<Application>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ApplicationRecord {
    pub application: Application,
    pub demand: Demand,
    pub attachments: Vec<AttachmentMeta>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AttachmentContent {
    pub meta: AttachmentMeta,
    pub bytes: Vec<u8>,
}

impl Vault {
    pub fn calls(&self) -> Result<Vec<CallSummary>, VaultError> {
        let mut statement = self.connection.prepare(
            "SELECT c.body_json,
                    (SELECT count(*) FROM demands d WHERE d.call_id = c.id),
                    (SELECT count(*) FROM applications a WHERE a.call_id = c.id)
             FROM calls c ORDER BY c.imported_at DESC, c.id",
        )?;
        let rows = statement.query_map([], |row| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, i64>(1)?,
                row.get::<_, i64>(2)?,
            ))
        })?;
        rows.map(|row| {
            let (body, demands, applications) = row?;
            Ok(CallSummary {
                call: serde_json::from_str(&body)?,
                demands: demands as usize,
                applications: applications as usize,
            })
        })
        .collect()
    }

    pub fn call(&self, call_id: &CallId) -> Result<Call, VaultError> {
        let body: Option<String> = self
            .connection
            .query_row(
                "SELECT body_json FROM calls WHERE id = ?1",
                [call_id.as_str()],
                |row| row.get(0),
            )
            .optional()?;
        let body = body.ok_or_else(|| VaultError::NoSuchRecord {
            kind: "call",
            id: call_id.to_string(),
        })?;
        Ok(serde_json::from_str(&body)?)
    }

    /// The rubrics of a call, by id.
    pub fn rubrics(&self, call_id: &CallId) -> Result<Vec<Rubric>, VaultError> {
        let mut statement = self
            .connection
            .prepare("SELECT body_json FROM rubrics WHERE call_id = ?1 ORDER BY id")?;
        let rows = statement.query_map([call_id.as_str()], |row| row.get::<_, String>(0))?;
        rows.map(|json| Ok(serde_json::from_str(&json?)?)).collect()
    }

    /// The call's experts, by id.
    pub fn experts(&self, call_id: &CallId) -> Result<Vec<Expert>, VaultError> {
        let mut statement = self
            .connection
            .prepare("SELECT body_json FROM experts WHERE call_id = ?1 ORDER BY id")?;
        let rows = statement.query_map([call_id.as_str()], |row| row.get::<_, String>(0))?;
        rows.map(|json| Ok(serde_json::from_str(&json?)?)).collect()
    }

    /// Who is assigned to what in `stage` (its wire name): (expert, application).
    pub fn assignments(
        &self,
        call_id: &CallId,
        stage: &str,
    ) -> Result<Vec<(ExpertId, ApplicationId)>, VaultError> {
        let mut statement = self.connection.prepare(
            "SELECT expert_id, application_id FROM assignments
             WHERE call_id = ?1 AND stage = ?2 ORDER BY expert_id, application_id",
        )?;
        let rows = statement.query_map(params![call_id.as_str(), stage], |row| {
            Ok((
                ExpertId::new(row.get::<_, String>(0)?),
                ApplicationId::new(row.get::<_, String>(1)?),
            ))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Demands of a call in published order, each with its applications that pass
    /// the filter. With a filter, demands left without applications are omitted.
    pub fn demand_groups(
        &self,
        call_id: &CallId,
        filter: &ApplicationFilter,
    ) -> Result<Vec<DemandGroup>, VaultError> {
        let pattern = format!("%{}%", escape_like(&filter.text.trim().to_lowercase()));
        let mut statement = self.connection.prepare(
            "SELECT d.id, d.body_json, a.body_json
             FROM demands d
             LEFT JOIN applications a
                ON a.call_id = d.call_id AND a.demand_id = d.id AND a.search_text LIKE ?2 ESCAPE '\\'
             WHERE d.call_id = ?1
               AND (?3 IS NULL OR d.country = ?3)
               AND (?4 IS NULL OR d.field = ?4)
             ORDER BY d.position, a.position",
        )?;
        let rows = statement.query_map(
            params![call_id.as_str(), pattern, filter.country, filter.field],
            |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, Option<String>>(2)?,
                ))
            },
        )?;
        let mut groups: Vec<DemandGroup> = Vec::new();
        for row in rows {
            let (demand_id, demand_json, application_json) = row?;
            if groups.last().is_none_or(|g| g.demand.id != demand_id) {
                groups.push(DemandGroup {
                    demand: serde_json::from_str(&demand_json)?,
                    applications: Vec::new(),
                });
            }
            if let (Some(json), Some(group)) = (application_json, groups.last_mut()) {
                group.applications.push(serde_json::from_str(&json)?);
            }
        }
        if !filter.is_empty() {
            groups.retain(|g| !g.applications.is_empty());
        }
        Ok(groups)
    }

    pub fn application(
        &self,
        call_id: &CallId,
        application_id: &ApplicationId,
    ) -> Result<ApplicationRecord, VaultError> {
        let row = self
            .connection
            .query_row(
                "SELECT a.body_json, d.body_json FROM applications a
                 JOIN demands d ON d.call_id = a.call_id AND d.id = a.demand_id
                 WHERE a.call_id = ?1 AND a.id = ?2",
                params![call_id.as_str(), application_id.as_str()],
                |row| Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?)),
            )
            .optional()?;
        let (application_json, demand_json) = row.ok_or_else(|| VaultError::NoSuchRecord {
            kind: "application",
            id: application_id.to_string(),
        })?;
        let mut statement = self.connection.prepare(
            "SELECT meta_json FROM attachments WHERE call_id = ?1 AND application_id = ?2 ORDER BY rowid",
        )?;
        let attachments = statement
            .query_map(params![call_id.as_str(), application_id.as_str()], |row| {
                row.get::<_, String>(0)
            })?
            .map(|json| Ok(serde_json::from_str(&json?)?))
            .collect::<Result<_, VaultError>>()?;
        Ok(ApplicationRecord {
            application: serde_json::from_str(&application_json)?,
            demand: serde_json::from_str(&demand_json)?,
            attachments,
        })
    }

    pub fn attachment(
        &self,
        call_id: &CallId,
        attachment_id: &str,
    ) -> Result<AttachmentContent, VaultError> {
        let row = self
            .connection
            .query_row(
                "SELECT meta_json, content FROM attachments WHERE call_id = ?1 AND id = ?2",
                params![call_id.as_str(), attachment_id],
                |row| Ok((row.get::<_, String>(0)?, row.get::<_, Vec<u8>>(1)?)),
            )
            .optional()?;
        let (meta, bytes) = row.ok_or_else(|| VaultError::NoSuchRecord {
            kind: "attachment",
            id: attachment_id.to_owned(),
        })?;
        Ok(AttachmentContent {
            meta: serde_json::from_str(&meta)?,
            bytes,
        })
    }

    /// Row counts of the agency data, for reports and tests.
    pub fn record_counts(&self) -> Result<[(&'static str, usize); 4], VaultError> {
        let mut counts = [
            ("calls", 0),
            ("demands", 0),
            ("applications", 0),
            ("attachments", 0),
        ];
        for (table, count) in &mut counts {
            let rows: i64 =
                self.connection
                    .query_row(&format!("SELECT count(*) FROM {table}"), [], |row| {
                        row.get(0)
                    })?;
            *count = rows as usize;
        }
        Ok(counts)
    }
}

fn escape_like(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

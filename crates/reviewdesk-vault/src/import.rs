//! Importing agency data: all or nothing, and idempotent.
//!
//! The whole import is one IMMEDIATE transaction, so a bad document, an error half
//! way or a killed process leaves the vault exactly as it was. Importing the same
//! document twice is recognised by its SHA-256 and writes nothing; a changed
//! document for a call already present replaces that call's data.

use reviewdesk_domain::{Application, CallId, Demand, ValidatedDocument, wire_name};
use rusqlite::{TransactionBehavior, params};

use crate::identity::{InstalledBundle, record_bundle};
use crate::{Vault, VaultError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportOutcome {
    Imported {
        call_id: CallId,
        demands: usize,
        applications: usize,
        attachments: usize,
        replaced: bool,
    },
    AlreadyImported {
        call_id: CallId,
    },
}

/// How far an import has come, in records written inside its transaction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImportProgress {
    pub done: usize,
    pub total: usize,
}

impl Vault {
    pub fn import(
        &mut self,
        document: &ValidatedDocument,
        progress: &mut dyn FnMut(ImportProgress),
    ) -> Result<ImportOutcome, VaultError> {
        self.import_with_bundle(document, None, progress)
    }

    /// Imports a document that arrived in an assignment bundle, recording the
    /// bundle as installed in the same transaction.
    pub fn import_with_bundle(
        &mut self,
        document: &ValidatedDocument,
        bundle: Option<&InstalledBundle>,
        progress: &mut dyn FnMut(ImportProgress),
    ) -> Result<ImportOutcome, VaultError> {
        let call_id = document.call.id.as_str();
        let transaction = self
            .connection
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let previous: Option<String> = transaction
            .query_row(
                "SELECT imported_sha256 FROM calls WHERE id = ?1",
                [call_id],
                |row| row.get(0),
            )
            .ok();
        if let Some(bundle) = bundle {
            record_bundle(&transaction, bundle)?;
            // Only a signed bundle brings the expert's submitted sheets back.
            restore_submitted(&transaction, document)?;
        }
        if previous.as_deref() == Some(document.sha256.as_str()) {
            transaction.commit()?;
            return Ok(ImportOutcome::AlreadyImported {
                call_id: document.call.id.clone(),
            });
        }
        // Cascades to demands, applications, attachments, experts and assignments.
        transaction.execute("DELETE FROM calls WHERE id = ?1", [call_id])?;
        transaction.execute(
            "INSERT INTO calls (id, body_json, imported_sha256, imported_at) VALUES (?1, ?2, ?3, datetime('now'))",
            params![call_id, serde_json::to_string(&document.call)?, document.sha256],
        )?;

        let total =
            document.demands.len() + document.applications.len() + document.attachments.len();
        let mut done = 0;
        let mut step = |progress: &mut dyn FnMut(ImportProgress)| {
            done += 1;
            progress(ImportProgress { done, total });
        };

        let mut insert_demand = transaction.prepare(
            "INSERT INTO demands (call_id, id, position, country, field, body_json) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        for (position, demand) in document.demands.iter().enumerate() {
            insert_demand.execute(params![
                call_id,
                demand.id.as_str(),
                position as i64,
                demand.demand_side.country.code(),
                wire_name(&demand.field),
                serde_json::to_string(demand)?,
            ])?;
            step(progress);
        }
        drop(insert_demand);

        let mut insert_application = transaction.prepare(
            "INSERT INTO applications (call_id, id, demand_id, position, search_text, body_json)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        for (position, application) in document.applications.iter().enumerate() {
            let demand = document
                .demands
                .iter()
                .find(|d| d.id == application.demand_id);
            insert_application.execute(params![
                call_id,
                application.id.as_str(),
                application.demand_id.as_str(),
                position as i64,
                search_text(application, demand),
                serde_json::to_string(application)?,
            ])?;
            step(progress);
        }
        drop(insert_application);

        let mut insert_attachment = transaction.prepare(
            "INSERT INTO attachments (call_id, id, application_id, meta_json, content) VALUES (?1, ?2, ?3, ?4, ?5)",
        )?;
        for (meta, bytes) in &document.attachments {
            insert_attachment.execute(params![
                call_id,
                meta.id,
                meta.application_id.as_str(),
                serde_json::to_string(meta)?,
                bytes
            ])?;
            step(progress);
        }
        drop(insert_attachment);

        let mut insert_expert = transaction
            .prepare("INSERT INTO experts (call_id, id, body_json) VALUES (?1, ?2, ?3)")?;
        for expert in &document.experts {
            insert_expert.execute(params![
                call_id,
                expert.id.as_str(),
                serde_json::to_string(expert)?
            ])?;
        }
        drop(insert_expert);
        let mut insert_assignment = transaction.prepare(
            "INSERT OR IGNORE INTO assignments (call_id, expert_id, stage, application_id) VALUES (?1, ?2, ?3, ?4)",
        )?;
        for assignment in &document.assignments {
            let stage = wire_name(&assignment.stage);
            for application_id in &assignment.application_ids {
                insert_assignment.execute(params![
                    call_id,
                    assignment.expert_id.as_str(),
                    stage,
                    application_id.as_str()
                ])?;
            }
        }
        drop(insert_assignment);

        let mut insert_rubric = transaction.prepare(
            "INSERT INTO rubrics (call_id, id, version, body_json) VALUES (?1, ?2, ?3, ?4)",
        )?;
        for rubric in &document.rubrics {
            insert_rubric.execute(params![
                call_id,
                rubric.id,
                rubric.version,
                serde_json::to_string(rubric)?
            ])?;
        }
        drop(insert_rubric);

        transaction.commit()?;
        Ok(ImportOutcome::Imported {
            call_id: document.call.id.clone(),
            demands: document.demands.len(),
            applications: document.applications.len(),
            attachments: document.attachments.len(),
            replaced: previous.is_some(),
        })
    }
}

/// Everything a person may type to find an application, lower-cased: names in any
/// script, credit codes, team members, and the demand it answers.
fn search_text(application: &Application, demand: Option<&Demand>) -> String {
    let mut parts: Vec<&str> = Vec::new();
    parts.push(&application.id);
    parts.extend(application.project_title.all_text());
    for unit in application.units() {
        parts.extend(unit.name.all_text());
        parts.push(&unit.credit_code);
    }
    for member in application.team.everyone() {
        parts.push(&member.name);
    }
    if let Some(demand) = demand {
        parts.push(&demand.code);
        parts.extend(demand.title.all_text());
        parts.extend(demand.demand_side.name.all_text());
    }
    parts.join("\n").to_lowercase()
}

/// The expert's own submitted sheets a bundle brings back (to a vault enrolled
/// again after another was lost): each kept as the submitted version it was,
/// beside whatever versions the vault holds; one it holds already is left.
fn restore_submitted(
    transaction: &rusqlite::Transaction<'_>,
    document: &ValidatedDocument,
) -> Result<(), VaultError> {
    let mut insert = transaction.prepare(
        "INSERT OR IGNORE INTO sheets (call_id, application_id, version, rubric_id, rubric_version,
                                       status, body_json, updated_at, submitted_at)
         VALUES (?1, ?2, ?3, ?4, ?5, 'submitted', ?6, ?7, ?7)",
    )?;
    for sheet in &document.submitted {
        insert.execute(params![
            document.call.id.as_str(),
            sheet.application_id.as_str(),
            sheet.version,
            sheet.rubric_id,
            sheet.rubric_version,
            serde_json::to_string(&sheet.input)?,
            sheet.submitted_at,
        ])?;
    }
    Ok(())
}

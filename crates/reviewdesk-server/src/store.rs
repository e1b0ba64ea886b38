//! The server's database: one SQLite file (not encrypted: it lives on the
//! agency's server, whose disk the agency protects). The only module of the
//! server that knows SQL.

use reviewdesk_domain::ApplicationId;
use std::path::Path;

use rusqlite::{Connection, OptionalExtension as _, params};

use crate::ServerError;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS agency (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    secret_keys TEXT NOT NULL,
    server_url TEXT
);
CREATE TABLE IF NOT EXISTS calls (
    id TEXT PRIMARY KEY,
    document_json TEXT NOT NULL,
    loaded_at TEXT NOT NULL
);
-- The rubrics a call's packages are judged by (the document's, or the shipped
-- ones), kept apart so accepting a package does not parse the whole call.
CREATE TABLE IF NOT EXISTS call_rubrics (
    call_id TEXT PRIMARY KEY,
    rubrics_json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS experts (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    enrollment_code TEXT,
    signing_key TEXT,
    encryption_key TEXT,
    enrolled_at TEXT
);
CREATE TABLE IF NOT EXISTS assignments (
    call_id TEXT NOT NULL,
    expert_id TEXT NOT NULL,
    application_id TEXT NOT NULL,
    PRIMARY KEY (call_id, expert_id, application_id)
);
CREATE TABLE IF NOT EXISTS bundles (
    expert_id TEXT NOT NULL,
    call_id TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    bundle_id TEXT NOT NULL,
    bytes BLOB NOT NULL,
    issued_at TEXT NOT NULL,
    PRIMARY KEY (expert_id, call_id, sequence)
);
CREATE TABLE IF NOT EXISTS packages (
    package_id TEXT PRIMARY KEY,
    expert_id TEXT NOT NULL,
    call_id TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    manifest_digest TEXT NOT NULL,
    bytes_sha256 TEXT NOT NULL,
    bytes BLOB NOT NULL,
    content_json TEXT NOT NULL,
    receipt_json TEXT NOT NULL,
    received_at TEXT NOT NULL,
    refusal TEXT,
    UNIQUE (expert_id, sequence)
);
CREATE TABLE IF NOT EXISTS nonces (
    expert_id TEXT NOT NULL,
    nonce TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (expert_id, nonce)
);
-- Parts of a package being uploaded in pieces, until the expert commits it.
CREATE TABLE IF NOT EXISTS upload_parts (
    expert_id TEXT NOT NULL,
    package_id TEXT NOT NULL,
    offset INTEGER NOT NULL,
    bytes BLOB NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (expert_id, package_id, offset)
);
CREATE TABLE IF NOT EXISTS staff (
    name TEXT PRIMARY KEY,
    password_hash TEXT NOT NULL
);
";

#[derive(Debug)]
pub struct Store {
    connection: Connection,
}

/// An expert as registered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExpertRow {
    pub id: String,
    pub name: String,
    pub enrollment_code: Option<String>,
    pub keys: Option<(String, String)>,
    pub enrolled_at: Option<String>,
}

/// A package as accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackageRow {
    pub package_id: String,
    pub expert_id: String,
    pub call_id: String,
    pub sequence: u64,
    pub manifest_digest: String,
    pub bytes_sha256: String,
    pub bytes: Vec<u8>,
    pub content_json: String,
    pub receipt_json: String,
    pub received_at: String,
    /// Why an authentic package was refused (it still holds its place in the chain).
    pub refusal: Option<String>,
}

/// Creates the database file readable by its owner only (it holds the
/// agency's secret keys); SQLite gives its WAL and shared-memory files the
/// same mode. An existing file is left as it is.
fn create_owner_only(path: &Path) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(e),
    }
}

fn unsigned(value: i64) -> u64 {
    u64::try_from(value).unwrap_or_default()
}

fn signed(value: u64) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX)
}

impl Store {
    pub fn open(path: &Path) -> Result<Self, ServerError> {
        create_owner_only(path)
            .map_err(|e| ServerError::Internal(format!("cannot create {}: {e}", path.display())))?;
        let connection = Connection::open(path)?;
        connection.execute_batch(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;",
        )?;
        connection.execute_batch(SCHEMA)?;
        Ok(Self { connection })
    }

    pub fn agency_keys(&self) -> Result<Option<(String, Option<String>)>, ServerError> {
        Ok(self
            .connection
            .query_row(
                "SELECT secret_keys, server_url FROM agency WHERE id = 1",
                [],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()?)
    }

    pub fn set_agency(
        &self,
        secret_keys: &str,
        server_url: Option<&str>,
    ) -> Result<(), ServerError> {
        self.connection.execute(
            "INSERT INTO agency (id, secret_keys, server_url) VALUES (1, ?1, ?2)
             ON CONFLICT (id) DO UPDATE SET server_url = excluded.server_url",
            params![secret_keys, server_url],
        )?;
        Ok(())
    }

    /// Stores a call's agency data and its experts and assignments, replacing
    /// the call's earlier data but keeping experts' keys.
    pub fn load_call(
        &mut self,
        call_id: &str,
        document_json: &str,
        rubrics_json: &str,
        experts: &[(String, String)],
        assignments: &[(String, String)],
        now: &str,
    ) -> Result<(), ServerError> {
        let transaction = self.connection.transaction()?;
        transaction.execute(
            "INSERT OR REPLACE INTO calls (id, document_json, loaded_at) VALUES (?1, ?2, ?3)",
            params![call_id, document_json, now],
        )?;
        transaction.execute(
            "INSERT OR REPLACE INTO call_rubrics (call_id, rubrics_json) VALUES (?1, ?2)",
            params![call_id, rubrics_json],
        )?;
        for (id, name) in experts {
            transaction.execute(
                "INSERT INTO experts (id, name) VALUES (?1, ?2)
                 ON CONFLICT (id) DO UPDATE SET name = excluded.name",
                params![id, name],
            )?;
        }
        transaction.execute("DELETE FROM assignments WHERE call_id = ?1", [call_id])?;
        for (expert, application) in assignments {
            transaction.execute(
                "INSERT OR IGNORE INTO assignments (call_id, expert_id, application_id) VALUES (?1, ?2, ?3)",
                params![call_id, expert, application],
            )?;
        }
        transaction.commit()?;
        Ok(())
    }

    /// The calls in which the expert has assignments, with the sequence of
    /// the newest bundle issued to them (0 when none yet).
    pub fn expert_calls(&self, expert_id: &str) -> Result<Vec<(String, u64)>, ServerError> {
        let mut statement = self.connection.prepare(
            "SELECT DISTINCT a.call_id,
                    coalesce((SELECT max(sequence) FROM bundles b
                              WHERE b.expert_id = a.expert_id AND b.call_id = a.call_id), 0)
             FROM assignments a WHERE a.expert_id = ?1 ORDER BY a.call_id",
        )?;
        let rows =
            statement.query_map([expert_id], |row| Ok((row.get(0)?, unsigned(row.get(1)?))))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn call_document(&self, call_id: &str) -> Result<Option<String>, ServerError> {
        Ok(self
            .connection
            .query_row(
                "SELECT document_json FROM calls WHERE id = ?1",
                [call_id],
                |row| row.get(0),
            )
            .optional()?)
    }

    pub fn call_rubrics(&self, call_id: &str) -> Result<Option<String>, ServerError> {
        Ok(self
            .connection
            .query_row(
                "SELECT rubrics_json FROM call_rubrics WHERE call_id = ?1",
                [call_id],
                |row| row.get(0),
            )
            .optional()?)
    }

    /// Replaces the expert's assignments in a call.
    pub fn set_assignments(
        &mut self,
        call_id: &str,
        expert_id: &str,
        applications: &[String],
    ) -> Result<(), ServerError> {
        let transaction = self.connection.transaction()?;
        transaction.execute(
            "DELETE FROM assignments WHERE call_id = ?1 AND expert_id = ?2",
            [call_id, expert_id],
        )?;
        for application in applications {
            transaction.execute(
                "INSERT INTO assignments (call_id, expert_id, application_id) VALUES (?1, ?2, ?3)",
                params![call_id, expert_id, application],
            )?;
        }
        transaction.commit()?;
        Ok(())
    }

    pub fn assigned(
        &self,
        call_id: &str,
        expert_id: &str,
    ) -> Result<Vec<ApplicationId>, ServerError> {
        let mut statement = self.connection.prepare(
            "SELECT application_id FROM assignments WHERE call_id = ?1 AND expert_id = ?2 ORDER BY application_id",
        )?;
        let rows = statement.query_map([call_id, expert_id], |row| {
            row.get::<_, String>(0).map(ApplicationId::from)
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn expert(&self, id: &str) -> Result<Option<ExpertRow>, ServerError> {
        Ok(self
            .connection
            .query_row(
                "SELECT id, name, enrollment_code, signing_key, encryption_key, enrolled_at FROM experts WHERE id = ?1",
                [id],
                |row| {
                    let signing: Option<String> = row.get(3)?;
                    let encryption: Option<String> = row.get(4)?;
                    Ok(ExpertRow {
                        id: row.get(0)?,
                        name: row.get(1)?,
                        enrollment_code: row.get(2)?,
                        keys: signing.zip(encryption),
                        enrolled_at: row.get(5)?,
                    })
                },
            )
            .optional()?)
    }

    pub fn experts(&self) -> Result<Vec<ExpertRow>, ServerError> {
        let mut statement = self
            .connection
            .prepare("SELECT id FROM experts ORDER BY id")?;
        let ids: Vec<String> = statement
            .query_map([], |row| row.get(0))?
            .collect::<Result<_, _>>()?;
        ids.iter()
            .filter_map(|id| self.expert(id).transpose())
            .collect()
    }

    pub fn set_enrollment_code(&self, expert_id: &str, code: &str) -> Result<bool, ServerError> {
        Ok(self.connection.execute(
            "UPDATE experts SET enrollment_code = ?2 WHERE id = ?1",
            params![expert_id, code],
        )? == 1)
    }

    pub fn set_expert_keys(
        &self,
        expert_id: &str,
        (signing, encryption): (&str, &str),
        now: &str,
    ) -> Result<(), ServerError> {
        self.connection.execute(
            "UPDATE experts SET signing_key = ?2, encryption_key = ?3, enrolled_at = ?4, enrollment_code = NULL
             WHERE id = ?1",
            params![expert_id, signing, encryption, now],
        )?;
        Ok(())
    }

    pub fn latest_bundle(
        &self,
        expert_id: &str,
        call_id: &str,
    ) -> Result<Option<(u64, Vec<u8>)>, ServerError> {
        Ok(self
            .connection
            .query_row(
                "SELECT sequence, bytes FROM bundles WHERE expert_id = ?1 AND call_id = ?2
                 ORDER BY sequence DESC LIMIT 1",
                [expert_id, call_id],
                |row| Ok((unsigned(row.get(0)?), row.get(1)?)),
            )
            .optional()?)
    }

    /// How many bundles the expert has been issued, over all calls.
    pub fn bundles_issued(&self, expert_id: &str) -> Result<usize, ServerError> {
        let count: i64 = self.connection.query_row(
            "SELECT count(*) FROM bundles WHERE expert_id = ?1",
            [expert_id],
            |row| row.get(0),
        )?;
        Ok(usize::try_from(count).unwrap_or_default())
    }

    pub fn add_bundle(
        &self,
        expert_id: &str,
        call_id: &str,
        sequence: u64,
        bundle_id: &str,
        bytes: &[u8],
        now: &str,
    ) -> Result<(), ServerError> {
        self.connection.execute(
            "INSERT INTO bundles (expert_id, call_id, sequence, bundle_id, bytes, issued_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![expert_id, call_id, signed(sequence), bundle_id, bytes, now],
        )?;
        Ok(())
    }

    pub fn package(&self, package_id: &str) -> Result<Option<PackageRow>, ServerError> {
        self.packages_where("package_id = ?1", &package_id)
            .map(|mut rows| rows.pop())
    }

    pub fn packages(&self) -> Result<Vec<PackageRow>, ServerError> {
        self.packages_where("?1 = ?1", &"")
    }

    fn packages_where(
        &self,
        condition: &str,
        value: &dyn rusqlite::ToSql,
    ) -> Result<Vec<PackageRow>, ServerError> {
        let mut statement = self.connection.prepare(&format!(
            "SELECT package_id, expert_id, call_id, sequence, manifest_digest, bytes_sha256, bytes,
                    content_json, receipt_json, received_at, refusal
             FROM packages WHERE {condition} ORDER BY expert_id, sequence"
        ))?;
        let rows = statement.query_map([value], |row| {
            Ok(PackageRow {
                package_id: row.get(0)?,
                expert_id: row.get(1)?,
                call_id: row.get(2)?,
                sequence: unsigned(row.get(3)?),
                manifest_digest: row.get(4)?,
                bytes_sha256: row.get(5)?,
                bytes: row.get(6)?,
                content_json: row.get(7)?,
                receipt_json: row.get(8)?,
                received_at: row.get(9)?,
                refusal: row.get(10)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The expert's newest accepted package: sequence and manifest digest.
    pub fn chain_head(&self, expert_id: &str) -> Result<Option<(u64, String)>, ServerError> {
        Ok(self
            .connection
            .query_row(
                "SELECT sequence, manifest_digest FROM packages WHERE expert_id = ?1
                 ORDER BY sequence DESC LIMIT 1",
                [expert_id],
                |row| Ok((unsigned(row.get(0)?), row.get(1)?)),
            )
            .optional()?)
    }

    pub fn add_package(&self, row: &PackageRow) -> Result<(), ServerError> {
        self.connection.execute(
            "INSERT INTO packages (package_id, expert_id, call_id, sequence, manifest_digest, bytes_sha256,
                                   bytes, content_json, receipt_json, received_at, refusal)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            params![
                row.package_id,
                row.expert_id,
                row.call_id,
                signed(row.sequence),
                row.manifest_digest,
                row.bytes_sha256,
                row.bytes,
                row.content_json,
                row.receipt_json,
                row.received_at,
                row.refusal
            ],
        )?;
        Ok(())
    }

    /// Records a request nonce; `false` when it was seen before (a replay).
    /// Nonces older than `forget_before` are forgotten first.
    pub fn remember_nonce(
        &self,
        expert_id: &str,
        nonce: &str,
        now: &str,
        forget_before: &str,
    ) -> Result<bool, ServerError> {
        self.connection
            .execute("DELETE FROM nonces WHERE seen_at < ?1", [forget_before])?;
        Ok(self.connection.execute(
            "INSERT OR IGNORE INTO nonces (expert_id, nonce, seen_at) VALUES (?1, ?2, ?3)",
            params![expert_id, nonce, now],
        )? == 1)
    }

    pub fn set_staff(&self, name: &str, password_hash: &str) -> Result<(), ServerError> {
        self.connection.execute(
            "INSERT OR REPLACE INTO staff (name, password_hash) VALUES (?1, ?2)",
            params![name, password_hash],
        )?;
        Ok(())
    }

    pub fn staff_hash(&self, name: &str) -> Result<Option<String>, ServerError> {
        Ok(self
            .connection
            .query_row(
                "SELECT password_hash FROM staff WHERE name = ?1",
                [name],
                |row| row.get(0),
            )
            .optional()?)
    }

    /// How many bytes of a piecewise upload have arrived.
    pub fn upload_length(&self, expert_id: &str, package_id: &str) -> Result<u64, ServerError> {
        let length: i64 = self.connection.query_row(
            "SELECT coalesce(sum(length(bytes)), 0) FROM upload_parts
             WHERE expert_id = ?1 AND package_id = ?2",
            params![expert_id, package_id],
            |row| row.get(0),
        )?;
        Ok(unsigned(length))
    }

    /// An expert's unfinished uploads: how many packages, and their bytes.
    pub fn unfinished_uploads(&self, expert_id: &str) -> Result<(u64, u64), ServerError> {
        let (packages, bytes): (i64, i64) = self.connection.query_row(
            "SELECT count(DISTINCT package_id), coalesce(sum(length(bytes)), 0)
             FROM upload_parts WHERE expert_id = ?1",
            [expert_id],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )?;
        Ok((unsigned(packages), unsigned(bytes)))
    }

    /// Adds the next part of an upload, forgetting uploads abandoned since
    /// `forget_before`.
    pub fn add_upload_part(
        &self,
        expert_id: &str,
        package_id: &str,
        offset: u64,
        bytes: &[u8],
        now: &str,
        forget_before: &str,
    ) -> Result<(), ServerError> {
        self.connection.execute(
            "DELETE FROM upload_parts WHERE (expert_id, package_id) IN
               (SELECT expert_id, package_id FROM upload_parts
                GROUP BY expert_id, package_id HAVING max(received_at) < ?1)",
            [forget_before],
        )?;
        self.connection.execute(
            "INSERT INTO upload_parts (expert_id, package_id, offset, bytes, received_at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![expert_id, package_id, signed(offset), bytes, now],
        )?;
        Ok(())
    }

    /// The upload's bytes so far, in order.
    pub fn upload_bytes(&self, expert_id: &str, package_id: &str) -> Result<Vec<u8>, ServerError> {
        let mut statement = self.connection.prepare(
            "SELECT bytes FROM upload_parts WHERE expert_id = ?1 AND package_id = ?2 ORDER BY offset",
        )?;
        let mut bytes = Vec::new();
        for part in statement.query_map(params![expert_id, package_id], |row| {
            row.get::<_, Vec<u8>>(0)
        })? {
            bytes.extend_from_slice(&part?);
        }
        Ok(bytes)
    }

    pub fn forget_upload(&self, expert_id: &str, package_id: &str) -> Result<(), ServerError> {
        self.connection.execute(
            "DELETE FROM upload_parts WHERE expert_id = ?1 AND package_id = ?2",
            params![expert_id, package_id],
        )?;
        Ok(())
    }
}

//! The embedded store: one SQLite file (not encrypted: it lives on the
//! agency's server, whose disk the agency protects), created readable by its
//! owner only, in WAL mode, with versioned migrations. A few connections
//! serve requests in parallel off the async threads; SQLite lets readers
//! run beside the one writer, and a writer waits for the other.

use std::path::{Path, PathBuf};
use std::time::Duration;

use deadpool::unmanaged::Pool;
use reviewdesk_domain::ApplicationId;
use rusqlite::{Connection, ErrorCode, OptionalExtension as _, TransactionBehavior, params};
use rusqlite_migration::{M, Migrations};

use crate::audit::{self, AuditEntry, AuditRecord};

use super::{
    Added, BundleRow, CallData, ExpertRow, PackageRow, PackageSummary, Reenrollment, RevokedKeyRow,
    Store, StoreError, signed, unsigned,
};

/// Connections open at once: writes take turns anyway, reads share.
const CONNECTIONS: usize = 4;

/// How long a writer waits for another before failing.
const BUSY_WAIT: Duration = Duration::from_secs(30);

const MIGRATIONS: &[&str] = &[
    // 1: the tables as the first servers made them (hence IF NOT EXISTS:
    // a database from before versioned migrations takes this step as done).
    "
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
",
    // 2: the audit log, a hash chain (see audit.rs).
    "
CREATE TABLE audit (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    detail TEXT NOT NULL,
    previous TEXT NOT NULL,
    hash TEXT NOT NULL
);
",
    // 3: scores no longer kept in the clear: a package keeps the sealed
    // bytes the expert sent, and only which applications its sheets are for
    // (and which are recusals) beside them. The connection deletes securely,
    // so the dropped column's text is overwritten.
    "
ALTER TABLE packages ADD COLUMN sheets_json TEXT NOT NULL DEFAULT '[]';
UPDATE packages SET sheets_json = coalesce(
    (SELECT json_group_array(json_object(
         'application_id', json_extract(sheet.value, '$.application_id'),
         'recused', json(CASE WHEN json_extract(sheet.value, '$.recused') THEN 'true' ELSE 'false' END)))
     FROM json_each(packages.content_json, '$.sheets') AS sheet),
    '[]')
WHERE json_valid(content_json) AND content_json <> 'null';
ALTER TABLE packages DROP COLUMN content_json;
",
    // 4: re-enrollment. An expert's revoked keys, each with the places in
    // their chain it signed; the current key signs from `keys_from_sequence`.
    "
ALTER TABLE experts ADD COLUMN keys_from_sequence INTEGER NOT NULL DEFAULT 1;
CREATE TABLE revoked_keys (
    expert_id TEXT NOT NULL,
    signing_key TEXT NOT NULL,
    encryption_key TEXT NOT NULL,
    from_sequence INTEGER NOT NULL,
    last_sequence INTEGER NOT NULL,
    revoked_at TEXT NOT NULL,
    PRIMARY KEY (expert_id, signing_key)
);
",
];

/// Appends `entry` to the audit chain inside `transaction`, which holds the
/// database's write lock, so no other entry takes the same place.
fn append(transaction: &rusqlite::Transaction<'_>, entry: &AuditEntry) -> rusqlite::Result<()> {
    let head = transaction
        .query_row(
            "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1",
            [],
            |row| Ok((unsigned(row.get(0)?), row.get::<_, String>(1)?)),
        )
        .optional()?;
    let record = audit::next_record(head, entry.clone());
    transaction.execute(
        "INSERT INTO audit (seq, at, actor, action, subject, detail, previous, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            signed(record.seq),
            record.entry.at,
            record.entry.actor,
            record.entry.action,
            record.entry.subject,
            record.entry.detail,
            record.previous,
            record.hash
        ],
    )?;
    Ok(())
}

/// Begins a transaction that takes the write lock at once, so a later write
/// in it cannot fail for another writer.
fn writing(c: &mut Connection) -> rusqlite::Result<rusqlite::Transaction<'_>> {
    c.transaction_with_behavior(TransactionBehavior::Immediate)
}

#[derive(Debug)]
pub struct SqliteStore {
    connections: Pool<Connection>,
}

fn failed(error: rusqlite::Error) -> StoreError {
    match error.sqlite_error_code() {
        // Another process holds the file longer than a writer waits.
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => {
            StoreError::Unavailable(error.to_string())
        }
        _ => StoreError::Failed(error.to_string()),
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(error: rusqlite::Error) -> Self {
        failed(error)
    }
}

/// Whether an insert failed on a unique key or primary key.
fn is_taken(error: &rusqlite::Error) -> bool {
    error.sqlite_error_code() == Some(ErrorCode::ConstraintViolation)
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

fn connect(path: &Path) -> Result<Connection, StoreError> {
    let connection = Connection::open(path)?;
    connection.busy_timeout(BUSY_WAIT)?;
    connection.execute_batch(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;
         PRAGMA secure_delete = ON;",
    )?;
    Ok(connection)
}

impl SqliteStore {
    pub async fn open(path: PathBuf) -> Result<Self, StoreError> {
        let connections = tokio::task::spawn_blocking(move || {
            create_owner_only(&path).map_err(|e| {
                StoreError::Failed(format!("cannot create {}: {e}", path.display()))
            })?;
            let mut first = connect(&path)?;
            let migrations = Migrations::new(MIGRATIONS.iter().map(|sql| M::up(sql)).collect());
            migrations
                .to_latest(&mut first)
                .map_err(|e| StoreError::Failed(format!("migrating {}: {e}", path.display())))?;
            let mut connections = vec![first];
            for _ in 1..CONNECTIONS {
                connections.push(connect(&path)?);
            }
            Ok::<_, StoreError>(connections)
        })
        .await
        .map_err(|e| StoreError::Failed(e.to_string()))??;
        Ok(Self {
            connections: Pool::from(connections),
        })
    }

    /// Runs `work` on a free connection, off the async threads.
    async fn with<T: Send + 'static>(
        &self,
        work: impl FnOnce(&mut Connection) -> Result<T, rusqlite::Error> + Send + 'static,
    ) -> Result<T, StoreError> {
        let mut connection = self
            .connections
            .get()
            .await
            .map_err(|e| StoreError::Failed(e.to_string()))?;
        tokio::task::spawn_blocking(move || work(&mut connection))
            .await
            .map_err(|e| StoreError::Failed(e.to_string()))?
            .map_err(failed)
    }
}

fn owned(values: &[String]) -> Vec<String> {
    values.to_vec()
}

fn expert_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<ExpertRow> {
    let signing: Option<String> = row.get(3)?;
    let encryption: Option<String> = row.get(4)?;
    Ok(ExpertRow {
        id: row.get(0)?,
        name: row.get(1)?,
        enrollment_code: row.get(2)?,
        keys: signing.zip(encryption),
        enrolled_at: row.get(5)?,
        keys_from_sequence: unsigned(row.get(6)?),
    })
}

const EXPERT_COLUMNS: &str =
    "id, name, enrollment_code, signing_key, encryption_key, enrolled_at, keys_from_sequence";

#[async_trait::async_trait]
impl Store for SqliteStore {
    async fn agency(&self) -> Result<Option<(String, Option<String>)>, StoreError> {
        self.with(|c| {
            c.query_row(
                "SELECT secret_keys, server_url FROM agency WHERE id = 1",
                [],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()
        })
        .await
    }

    async fn set_agency(
        &self,
        secret_keys: &str,
        server_url: Option<&str>,
    ) -> Result<(), StoreError> {
        let (secret_keys, server_url) = (secret_keys.to_owned(), server_url.map(str::to_owned));
        self.with(move |c| {
            c.execute(
                "INSERT INTO agency (id, secret_keys, server_url) VALUES (1, ?1, ?2)
                 ON CONFLICT (id) DO UPDATE SET server_url = excluded.server_url",
                params![secret_keys, server_url],
            )
            .map(drop)
        })
        .await
    }

    async fn seal_agency_keys(&self, sealed: &str, audit: &AuditEntry) -> Result<(), StoreError> {
        let (sealed, audit) = (sealed.to_owned(), audit.clone());
        self.with(move |c| {
            let transaction = writing(c)?;
            transaction.execute("UPDATE agency SET secret_keys = ?1 WHERE id = 1", [sealed])?;
            append(&transaction, &audit)?;
            transaction.commit()
        })
        .await
    }

    async fn load_call(
        &self,
        call: CallData<'_>,
        now: &str,
        audit: &AuditEntry,
    ) -> Result<(), StoreError> {
        let audit = audit.clone();
        let (call_id, document, rubrics, now) = (
            call.call_id.to_owned(),
            call.document_json.to_owned(),
            call.rubrics_json.to_owned(),
            now.to_owned(),
        );
        let (experts, assignments) = (call.experts.to_vec(), call.assignments.to_vec());
        self.with(move |c| {
            let transaction = writing(c)?;
            transaction.execute(
                "INSERT INTO calls (id, document_json, loaded_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (id) DO UPDATE SET document_json = excluded.document_json,
                                                loaded_at = excluded.loaded_at",
                params![call_id, document, now],
            )?;
            transaction.execute(
                "INSERT INTO call_rubrics (call_id, rubrics_json) VALUES (?1, ?2)
                 ON CONFLICT (call_id) DO UPDATE SET rubrics_json = excluded.rubrics_json",
                params![call_id, rubrics],
            )?;
            for (id, name) in &experts {
                transaction.execute(
                    "INSERT INTO experts (id, name) VALUES (?1, ?2)
                     ON CONFLICT (id) DO UPDATE SET name = excluded.name",
                    params![id, name],
                )?;
            }
            transaction.execute("DELETE FROM assignments WHERE call_id = ?1", [&call_id])?;
            for (expert, application) in &assignments {
                transaction.execute(
                    "INSERT INTO assignments (call_id, expert_id, application_id) VALUES (?1, ?2, ?3)
                     ON CONFLICT DO NOTHING",
                    params![call_id, expert, application],
                )?;
            }
            append(&transaction, &audit)?;
            transaction.commit()
        })
        .await
    }

    async fn expert_calls(&self, expert_id: &str) -> Result<Vec<(String, u64)>, StoreError> {
        let expert_id = expert_id.to_owned();
        self.with(move |c| {
            let mut statement = c.prepare_cached(
                "SELECT DISTINCT a.call_id,
                        coalesce((SELECT max(sequence) FROM bundles b
                                  WHERE b.expert_id = a.expert_id AND b.call_id = a.call_id), 0)
                 FROM assignments a WHERE a.expert_id = ?1 ORDER BY a.call_id",
            )?;
            let rows =
                statement.query_map([expert_id], |row| Ok((row.get(0)?, unsigned(row.get(1)?))))?;
            rows.collect()
        })
        .await
    }

    async fn call_document(&self, call_id: &str) -> Result<Option<String>, StoreError> {
        let call_id = call_id.to_owned();
        self.with(move |c| {
            c.query_row(
                "SELECT document_json FROM calls WHERE id = ?1",
                [call_id],
                |row| row.get(0),
            )
            .optional()
        })
        .await
    }

    async fn call_rubrics(&self, call_id: &str) -> Result<Option<String>, StoreError> {
        let call_id = call_id.to_owned();
        self.with(move |c| {
            c.query_row(
                "SELECT rubrics_json FROM call_rubrics WHERE call_id = ?1",
                [call_id],
                |row| row.get(0),
            )
            .optional()
        })
        .await
    }

    async fn set_assignments(
        &self,
        call_id: &str,
        expert_id: &str,
        applications: &[String],
        audit: &AuditEntry,
    ) -> Result<(), StoreError> {
        let (call_id, expert_id, applications) = (
            call_id.to_owned(),
            expert_id.to_owned(),
            owned(applications),
        );
        let audit = audit.clone();
        self.with(move |c| {
            let transaction = writing(c)?;
            transaction.execute(
                "DELETE FROM assignments WHERE call_id = ?1 AND expert_id = ?2",
                [&call_id, &expert_id],
            )?;
            for application in &applications {
                transaction.execute(
                    "INSERT INTO assignments (call_id, expert_id, application_id) VALUES (?1, ?2, ?3)
                     ON CONFLICT DO NOTHING",
                    params![call_id, expert_id, application],
                )?;
            }
            append(&transaction, &audit)?;
            transaction.commit()
        })
        .await
    }

    async fn assigned(
        &self,
        call_id: &str,
        expert_id: &str,
    ) -> Result<Vec<ApplicationId>, StoreError> {
        let (call_id, expert_id) = (call_id.to_owned(), expert_id.to_owned());
        self.with(move |c| {
            let mut statement = c.prepare_cached(
                "SELECT application_id FROM assignments WHERE call_id = ?1 AND expert_id = ?2
                 ORDER BY application_id",
            )?;
            let rows = statement.query_map([call_id, expert_id], |row| {
                row.get::<_, String>(0).map(ApplicationId::from)
            })?;
            rows.collect()
        })
        .await
    }

    async fn assignments_of(&self, expert_id: &str) -> Result<usize, StoreError> {
        let expert_id = expert_id.to_owned();
        self.with(move |c| {
            c.query_row(
                "SELECT count(*) FROM assignments WHERE expert_id = ?1",
                [expert_id],
                |row| row.get::<_, i64>(0),
            )
        })
        .await
        .map(|count| usize::try_from(count).unwrap_or_default())
    }

    async fn expert(&self, id: &str) -> Result<Option<ExpertRow>, StoreError> {
        let id = id.to_owned();
        self.with(move |c| {
            c.query_row(
                &format!("SELECT {EXPERT_COLUMNS} FROM experts WHERE id = ?1"),
                [id],
                expert_row,
            )
            .optional()
        })
        .await
    }

    async fn experts(&self) -> Result<Vec<ExpertRow>, StoreError> {
        self.with(|c| {
            let mut statement =
                c.prepare_cached(&format!("SELECT {EXPERT_COLUMNS} FROM experts ORDER BY id"))?;
            let rows = statement.query_map([], expert_row)?;
            rows.collect()
        })
        .await
    }

    async fn set_enrollment_code(
        &self,
        expert_id: &str,
        code: &str,
        audit: &AuditEntry,
    ) -> Result<bool, StoreError> {
        let (expert_id, code, audit) = (expert_id.to_owned(), code.to_owned(), audit.clone());
        self.with(move |c| {
            let transaction = writing(c)?;
            let changed = transaction.execute(
                "UPDATE experts SET enrollment_code = ?2 WHERE id = ?1 AND signing_key IS NULL",
                params![expert_id, code],
            )?;
            if changed == 1 {
                append(&transaction, &audit)?;
                transaction.commit()?;
            }
            Ok(changed == 1)
        })
        .await
    }

    async fn set_expert_keys(
        &self,
        expert_id: &str,
        code: &str,
        (signing, encryption): (&str, &str),
        now: &str,
        audit: &AuditEntry,
    ) -> Result<bool, StoreError> {
        let values = [expert_id, code, signing, encryption, now].map(str::to_owned);
        let audit = audit.clone();
        self.with(move |c| {
            let transaction = writing(c)?;
            let changed = transaction.execute(
                "UPDATE experts SET signing_key = ?3, encryption_key = ?4, enrolled_at = ?5,
                                    enrollment_code = NULL
                 WHERE id = ?1 AND enrollment_code = ?2",
                params![values[0], values[1], values[2], values[3], values[4]],
            )?;
            if changed == 1 {
                append(&transaction, &audit)?;
                transaction.commit()?;
            }
            Ok(changed == 1)
        })
        .await
    }

    async fn reenroll(
        &self,
        expert_id: &str,
        code: &str,
        now: &str,
        (revoked, issued): (&AuditEntry, &AuditEntry),
    ) -> Result<Reenrollment, StoreError> {
        let values = [expert_id, code, now].map(str::to_owned);
        let (mut revoked, issued) = (revoked.clone(), issued.clone());
        self.with(move |c| {
            let [expert_id, code, now] = &values;
            // The write lock is held from here: no package is stored between
            // reading the chain head and revoking the key that signs it.
            let transaction = writing(c)?;
            let Some(keys) = transaction
                .query_row(
                    "SELECT signing_key, encryption_key, keys_from_sequence FROM experts
                     WHERE id = ?1",
                    [expert_id],
                    |row| {
                        let signing: Option<String> = row.get(0)?;
                        let encryption: Option<String> = row.get(1)?;
                        Ok((signing.zip(encryption), unsigned(row.get(2)?)))
                    },
                )
                .optional()?
            else {
                return Ok(Reenrollment::UnknownExpert);
            };
            let revoked_after = match keys {
                (Some((signing, encryption)), from_sequence) => {
                    let head: i64 = transaction.query_row(
                        "SELECT coalesce(max(sequence), 0) FROM packages WHERE expert_id = ?1",
                        [expert_id],
                        |row| row.get(0),
                    )?;
                    transaction.execute(
                        "INSERT INTO revoked_keys (expert_id, signing_key, encryption_key,
                                                   from_sequence, last_sequence, revoked_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                        params![
                            expert_id,
                            signing,
                            encryption,
                            signed(from_sequence),
                            head,
                            now
                        ],
                    )?;
                    transaction.execute(
                        "UPDATE experts SET signing_key = NULL, encryption_key = NULL,
                                            enrolled_at = NULL, keys_from_sequence = ?2
                         WHERE id = ?1",
                        params![expert_id, head + 1],
                    )?;
                    revoked.detail = format!("after #{head}");
                    append(&transaction, &revoked)?;
                    Some(unsigned(head))
                }
                (None, _) => None,
            };
            transaction.execute(
                "UPDATE experts SET enrollment_code = ?2 WHERE id = ?1",
                params![expert_id, code],
            )?;
            append(&transaction, &issued)?;
            transaction.commit()?;
            Ok(Reenrollment::Opened { revoked_after })
        })
        .await
    }

    async fn revoked_keys(&self, expert_id: &str) -> Result<Vec<RevokedKeyRow>, StoreError> {
        let expert_id = expert_id.to_owned();
        self.with(move |c| {
            let mut statement = c.prepare_cached(
                "SELECT signing_key, encryption_key, from_sequence, last_sequence, revoked_at
                 FROM revoked_keys WHERE expert_id = ?1 ORDER BY from_sequence, revoked_at",
            )?;
            let rows = statement.query_map([expert_id], |row| {
                Ok(RevokedKeyRow {
                    signing: row.get(0)?,
                    encryption: row.get(1)?,
                    from_sequence: unsigned(row.get(2)?),
                    last_sequence: unsigned(row.get(3)?),
                    revoked_at: row.get(4)?,
                })
            })?;
            rows.collect()
        })
        .await
    }

    async fn latest_bundle(
        &self,
        expert_id: &str,
        call_id: &str,
    ) -> Result<Option<(u64, Vec<u8>)>, StoreError> {
        let (expert_id, call_id) = (expert_id.to_owned(), call_id.to_owned());
        self.with(move |c| {
            c.query_row(
                "SELECT sequence, bytes FROM bundles WHERE expert_id = ?1 AND call_id = ?2
                 ORDER BY sequence DESC LIMIT 1",
                [expert_id, call_id],
                |row| Ok((unsigned(row.get(0)?), row.get(1)?)),
            )
            .optional()
        })
        .await
    }

    async fn bundles_issued(&self, expert_id: &str) -> Result<usize, StoreError> {
        let expert_id = expert_id.to_owned();
        self.with(move |c| {
            c.query_row(
                "SELECT count(*) FROM bundles WHERE expert_id = ?1",
                [expert_id],
                |row| row.get::<_, i64>(0),
            )
        })
        .await
        .map(|count| usize::try_from(count).unwrap_or_default())
    }

    async fn add_bundle(
        &self,
        bundle: BundleRow<'_>,
        audit: &AuditEntry,
    ) -> Result<bool, StoreError> {
        let audit = audit.clone();
        let texts = [
            bundle.expert_id,
            bundle.call_id,
            bundle.bundle_id,
            bundle.issued_at,
        ]
        .map(str::to_owned);
        let (sequence, bytes) = (signed(bundle.sequence), bundle.bytes.to_vec());
        self.with(move |c| {
            let transaction = writing(c)?;
            let inserted = transaction.execute(
                "INSERT INTO bundles (expert_id, call_id, sequence, bundle_id, bytes, issued_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![texts[0], texts[1], sequence, texts[2], bytes, texts[3]],
            );
            match inserted {
                Ok(_) => {
                    append(&transaction, &audit)?;
                    transaction.commit()?;
                    Ok(true)
                }
                Err(error) if is_taken(&error) => Ok(false),
                Err(error) => Err(error),
            }
        })
        .await
    }

    async fn package(&self, package_id: &str) -> Result<Option<PackageRow>, StoreError> {
        let package_id = package_id.to_owned();
        self.with(move |c| {
            c.query_row(
                "SELECT package_id, expert_id, call_id, sequence, manifest_digest, bytes_sha256,
                        bytes, sheets_json, receipt_json, received_at, refusal
                 FROM packages WHERE package_id = ?1",
                [package_id],
                |row| {
                    Ok(PackageRow {
                        package_id: row.get(0)?,
                        expert_id: row.get(1)?,
                        call_id: row.get(2)?,
                        sequence: unsigned(row.get(3)?),
                        manifest_digest: row.get(4)?,
                        bytes_sha256: row.get(5)?,
                        bytes: row.get(6)?,
                        sheets_json: row.get(7)?,
                        receipt_json: row.get(8)?,
                        received_at: row.get(9)?,
                        refusal: row.get(10)?,
                    })
                },
            )
            .optional()
        })
        .await
    }

    async fn package_summaries(&self) -> Result<Vec<PackageSummary>, StoreError> {
        self.with(|c| {
            let mut statement = c.prepare_cached(
                "SELECT package_id, expert_id, call_id, sequence, sheets_json, refusal
                 FROM packages ORDER BY expert_id, sequence",
            )?;
            let rows = statement.query_map([], |row| {
                Ok(PackageSummary {
                    package_id: row.get(0)?,
                    expert_id: row.get(1)?,
                    call_id: row.get(2)?,
                    sequence: unsigned(row.get(3)?),
                    sheets_json: row.get(4)?,
                    refusal: row.get(5)?,
                })
            })?;
            rows.collect()
        })
        .await
    }

    async fn chain_head(&self, expert_id: &str) -> Result<Option<(u64, String)>, StoreError> {
        let expert_id = expert_id.to_owned();
        self.with(move |c| {
            c.query_row(
                "SELECT sequence, manifest_digest FROM packages WHERE expert_id = ?1
                 ORDER BY sequence DESC LIMIT 1",
                [expert_id],
                |row| Ok((unsigned(row.get(0)?), row.get(1)?)),
            )
            .optional()
        })
        .await
    }

    async fn add_package(
        &self,
        row: &PackageRow,
        signed_with: &str,
        audit: &AuditEntry,
    ) -> Result<Added, StoreError> {
        let (row, signed_with, audit) = (row.clone(), signed_with.to_owned(), audit.clone());
        self.with(move |c| {
            let transaction = writing(c)?;
            let current: Option<Option<String>> = transaction
                .query_row(
                    "SELECT signing_key FROM experts WHERE id = ?1",
                    [&row.expert_id],
                    |r| r.get(0),
                )
                .optional()?;
            if current.flatten().as_deref() != Some(signed_with.as_str()) {
                return Ok(Added::KeyRevoked);
            }
            let inserted = transaction.execute(
                "INSERT INTO packages (package_id, expert_id, call_id, sequence, manifest_digest,
                                       bytes_sha256, bytes, sheets_json, receipt_json,
                                       received_at, refusal)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                params![
                    row.package_id,
                    row.expert_id,
                    row.call_id,
                    signed(row.sequence),
                    row.manifest_digest,
                    row.bytes_sha256,
                    row.bytes,
                    row.sheets_json,
                    row.receipt_json,
                    row.received_at,
                    row.refusal
                ],
            );
            match inserted {
                Ok(_) => {
                    append(&transaction, &audit)?;
                    transaction.commit()?;
                    Ok(Added::Stored)
                }
                Err(error) if is_taken(&error) => {
                    let id_taken = transaction
                        .query_row(
                            "SELECT 1 FROM packages WHERE package_id = ?1",
                            [&row.package_id],
                            |_| Ok(()),
                        )
                        .optional()?
                        .is_some();
                    Ok(if id_taken {
                        Added::IdTaken
                    } else {
                        Added::PlaceTaken
                    })
                }
                Err(error) => Err(error),
            }
        })
        .await
    }

    async fn remember_nonce(
        &self,
        expert_id: &str,
        nonce: &str,
        now: &str,
        forget_before: &str,
    ) -> Result<bool, StoreError> {
        let values = [expert_id, nonce, now, forget_before].map(str::to_owned);
        self.with(move |c| {
            c.execute("DELETE FROM nonces WHERE seen_at < ?1", [&values[3]])?;
            c.execute(
                "INSERT INTO nonces (expert_id, nonce, seen_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT DO NOTHING",
                params![values[0], values[1], values[2]],
            )
            .map(|inserted| inserted == 1)
        })
        .await
    }

    async fn set_staff(
        &self,
        name: &str,
        password_hash: &str,
        audit: &AuditEntry,
    ) -> Result<(), StoreError> {
        let (name, hash, audit) = (name.to_owned(), password_hash.to_owned(), audit.clone());
        self.with(move |c| {
            let transaction = writing(c)?;
            transaction.execute(
                "INSERT INTO staff (name, password_hash) VALUES (?1, ?2)
                 ON CONFLICT (name) DO UPDATE SET password_hash = excluded.password_hash",
                params![name, hash],
            )?;
            append(&transaction, &audit)?;
            transaction.commit()
        })
        .await
    }

    async fn staff_hash(&self, name: &str) -> Result<Option<String>, StoreError> {
        let name = name.to_owned();
        self.with(move |c| {
            c.query_row(
                "SELECT password_hash FROM staff WHERE name = ?1",
                [name],
                |row| row.get(0),
            )
            .optional()
        })
        .await
    }

    async fn upload_length(&self, expert_id: &str, package_id: &str) -> Result<u64, StoreError> {
        let (expert_id, package_id) = (expert_id.to_owned(), package_id.to_owned());
        self.with(move |c| {
            c.query_row(
                "SELECT coalesce(sum(length(bytes)), 0) FROM upload_parts
                 WHERE expert_id = ?1 AND package_id = ?2",
                params![expert_id, package_id],
                |row| row.get::<_, i64>(0),
            )
        })
        .await
        .map(unsigned)
    }

    async fn unfinished_uploads(&self, expert_id: &str) -> Result<(u64, u64), StoreError> {
        let expert_id = expert_id.to_owned();
        self.with(move |c| {
            c.query_row(
                "SELECT count(DISTINCT package_id), coalesce(sum(length(bytes)), 0)
                 FROM upload_parts WHERE expert_id = ?1",
                [expert_id],
                |row| Ok((unsigned(row.get(0)?), unsigned(row.get(1)?))),
            )
        })
        .await
    }

    async fn add_upload_part(
        &self,
        expert_id: &str,
        package_id: &str,
        offset: u64,
        bytes: &[u8],
        now: &str,
        forget_before: &str,
    ) -> Result<bool, StoreError> {
        let values = [expert_id, package_id, now, forget_before].map(str::to_owned);
        let (offset, bytes) = (signed(offset), bytes.to_vec());
        self.with(move |c| {
            c.execute(
                "DELETE FROM upload_parts WHERE (expert_id, package_id) IN
                   (SELECT expert_id, package_id FROM upload_parts
                    GROUP BY expert_id, package_id HAVING max(received_at) < ?1)",
                [&values[3]],
            )?;
            let inserted = c.execute(
                "INSERT INTO upload_parts (expert_id, package_id, offset, bytes, received_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![values[0], values[1], offset, bytes, values[2]],
            );
            match inserted {
                Ok(_) => Ok(true),
                Err(error) if is_taken(&error) => Ok(false),
                Err(error) => Err(error),
            }
        })
        .await
    }

    async fn upload_bytes(&self, expert_id: &str, package_id: &str) -> Result<Vec<u8>, StoreError> {
        let (expert_id, package_id) = (expert_id.to_owned(), package_id.to_owned());
        self.with(move |c| {
            let mut statement = c.prepare_cached(
                "SELECT bytes FROM upload_parts WHERE expert_id = ?1 AND package_id = ?2
                 ORDER BY offset",
            )?;
            let mut bytes = Vec::new();
            for part in statement.query_map(params![expert_id, package_id], |row| {
                row.get::<_, Vec<u8>>(0)
            })? {
                bytes.extend_from_slice(&part?);
            }
            Ok(bytes)
        })
        .await
    }

    async fn forget_upload(&self, expert_id: &str, package_id: &str) -> Result<(), StoreError> {
        let (expert_id, package_id) = (expert_id.to_owned(), package_id.to_owned());
        self.with(move |c| {
            c.execute(
                "DELETE FROM upload_parts WHERE expert_id = ?1 AND package_id = ?2",
                params![expert_id, package_id],
            )
            .map(drop)
        })
        .await
    }

    async fn ping(&self) -> Result<(), StoreError> {
        self.with(|c| c.query_row("SELECT 1", [], |_| Ok(()))).await
    }

    async fn backup_to(&self, path: &Path) -> Result<(), StoreError> {
        // The copy holds what the database holds: made readable by its owner
        // only before a byte is written. SQLite writes into an empty file and
        // refuses one that holds anything, so no backup is overwritten.
        create_owner_only(path)
            .map_err(|e| StoreError::Failed(format!("{}: {e}", path.display())))?;
        let target = path.to_string_lossy().into_owned();
        self.with(move |c| c.execute("VACUUM INTO ?1", [target]).map(drop))
            .await
    }

    async fn append_audit(&self, entry: &AuditEntry) -> Result<(), StoreError> {
        let entry = entry.clone();
        self.with(move |c| {
            let transaction = writing(c)?;
            append(&transaction, &entry)?;
            transaction.commit()
        })
        .await
    }

    async fn audit_page(&self, after: u64, limit: usize) -> Result<Vec<AuditRecord>, StoreError> {
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        self.with(move |c| {
            let mut statement = c.prepare_cached(
                "SELECT seq, at, actor, action, subject, detail, previous, hash
                 FROM audit WHERE seq > ?1 ORDER BY seq LIMIT ?2",
            )?;
            let rows = statement.query_map(params![signed(after), limit], |row| {
                Ok(AuditRecord {
                    seq: unsigned(row.get(0)?),
                    entry: AuditEntry {
                        at: row.get(1)?,
                        actor: row.get(2)?,
                        action: row.get(3)?,
                        subject: row.get(4)?,
                        detail: row.get(5)?,
                    },
                    previous: row.get(6)?,
                    hash: row.get(7)?,
                })
            })?;
            rows.collect()
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_kept_by_an_older_server_leave_the_database_and_progress_keeps_its_marks() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("server.db");
        let mut connection = connect(&path).expect("open");
        let migrations = Migrations::new(MIGRATIONS.iter().map(|sql| M::up(sql)).collect());
        migrations
            .to_version(&mut connection, 2)
            .expect("version 2");
        let content = r#"{"sheets": [{"application_id": "A001", "recused": false,
            "input": {"comments": {"c1": "A secret opinion"}, "scores": {"c1": 8}}},
            {"application_id": "A002", "recused": true}]}"#;
        connection
            .execute(
                "INSERT INTO packages VALUES ('p1', 'E01', 'C', 1, 'd', 's', x'00', ?1, '{}', 't', NULL)",
                [content],
            )
            .expect("an older package");
        migrations.to_latest(&mut connection).expect("migrated");
        let marks: String = connection
            .query_row("SELECT sheets_json FROM packages", [], |row| row.get(0))
            .expect("marks");
        let marks: serde_json::Value = serde_json::from_str(&marks).expect("JSON");
        assert_eq!(
            marks,
            serde_json::json!([
                {"application_id": "A001", "recused": false},
                {"application_id": "A002", "recused": true}
            ])
        );
        drop(connection);
        let mut bytes = std::fs::read(&path).expect("file");
        bytes.extend(std::fs::read(dir.path().join("server.db-wal")).unwrap_or_default());
        assert!(
            !String::from_utf8_lossy(&bytes).contains("A secret opinion"),
            "the old text is overwritten, not only forgotten"
        );
    }
}

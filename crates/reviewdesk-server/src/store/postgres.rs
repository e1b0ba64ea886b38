//! The production store: a PostgreSQL database, reached through a pool of
//! connections so requests run in parallel, and shared safely by several
//! server processes. Migrations are versioned in `schema_migrations` and
//! applied under an advisory lock, so two processes starting together
//! apply each step once.

use std::time::Duration;

use deadpool_postgres::{Manager, ManagerConfig, Pool, PoolError, RecyclingMethod, Runtime};
use reviewdesk_domain::ApplicationId;
use tokio_postgres::error::SqlState;
use tokio_postgres::{NoTls, Row, Transaction};

use crate::audit::{self, AuditEntry, AuditRecord};

use super::{
    Added, BundleRow, CallData, ExpertRow, PackageRow, PackageSummary, Reenrollment, RevokedKeyRow,
    Store, StoreError, signed, unsigned,
};

/// Connections a server process holds at most.
const CONNECTIONS: usize = 16;

/// How long a request waits for a connection, or for a new one to open.
const WAIT: Duration = Duration::from_secs(10);

/// Any number of our own, so processes of this server take turns migrating.
const MIGRATION_LOCK: i64 = 0x5265_7669_6577;

/// Taken to append to the audit log, so entries from every process of the
/// server form one chain.
const AUDIT_LOCK: i64 = 0x5265_7669_6578;

const MIGRATIONS: &[&str] = &[
    // 1: the tables, as the embedded store's first version has them.
    "
CREATE TABLE agency (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    secret_keys TEXT NOT NULL,
    server_url TEXT
);
CREATE TABLE calls (
    id TEXT PRIMARY KEY,
    document_json TEXT NOT NULL,
    loaded_at TEXT NOT NULL
);
CREATE TABLE call_rubrics (
    call_id TEXT PRIMARY KEY,
    rubrics_json TEXT NOT NULL
);
CREATE TABLE experts (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    enrollment_code TEXT,
    signing_key TEXT,
    encryption_key TEXT,
    enrolled_at TEXT
);
CREATE TABLE assignments (
    call_id TEXT NOT NULL,
    expert_id TEXT NOT NULL,
    application_id TEXT NOT NULL,
    PRIMARY KEY (call_id, expert_id, application_id)
);
CREATE TABLE bundles (
    expert_id TEXT NOT NULL,
    call_id TEXT NOT NULL,
    sequence BIGINT NOT NULL,
    bundle_id TEXT NOT NULL,
    bytes BYTEA NOT NULL,
    issued_at TEXT NOT NULL,
    PRIMARY KEY (expert_id, call_id, sequence)
);
CREATE TABLE packages (
    package_id TEXT PRIMARY KEY,
    expert_id TEXT NOT NULL,
    call_id TEXT NOT NULL,
    sequence BIGINT NOT NULL,
    manifest_digest TEXT NOT NULL,
    bytes_sha256 TEXT NOT NULL,
    bytes BYTEA NOT NULL,
    content_json TEXT NOT NULL,
    receipt_json TEXT NOT NULL,
    received_at TEXT NOT NULL,
    refusal TEXT,
    UNIQUE (expert_id, sequence)
);
CREATE TABLE nonces (
    expert_id TEXT NOT NULL,
    nonce TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (expert_id, nonce)
);
CREATE INDEX nonces_by_time ON nonces (seen_at);
CREATE TABLE upload_parts (
    expert_id TEXT NOT NULL,
    package_id TEXT NOT NULL,
    part_offset BIGINT NOT NULL,
    bytes BYTEA NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (expert_id, package_id, part_offset)
);
CREATE TABLE staff (
    name TEXT PRIMARY KEY,
    password_hash TEXT NOT NULL
);
",
    // 2: the audit log, a hash chain (see audit.rs).
    "
CREATE TABLE audit (
    seq BIGINT PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    detail TEXT NOT NULL,
    previous TEXT NOT NULL,
    hash TEXT NOT NULL
);
",
    // 3: scores no longer kept in the clear (see the embedded store's 3).
    // PostgreSQL keeps old row versions until vacuumed: the README says to
    // run VACUUM FULL packages after this step.
    "
ALTER TABLE packages ADD COLUMN sheets_json TEXT NOT NULL DEFAULT '[]';
UPDATE packages SET sheets_json = coalesce(
    (SELECT json_agg(json_build_object(
         'application_id', sheet->>'application_id',
         'recused', coalesce((sheet->>'recused')::boolean, false)))::text
     FROM json_array_elements((content_json::json)->'sheets') AS sheet),
    '[]')
WHERE content_json <> 'null';
ALTER TABLE packages DROP COLUMN content_json;
",
    // 4: re-enrollment (see the embedded store's 4).
    "
ALTER TABLE experts ADD COLUMN keys_from_sequence BIGINT NOT NULL DEFAULT 1;
CREATE TABLE revoked_keys (
    expert_id TEXT NOT NULL,
    signing_key TEXT NOT NULL,
    encryption_key TEXT NOT NULL,
    from_sequence BIGINT NOT NULL,
    last_sequence BIGINT NOT NULL,
    revoked_at TEXT NOT NULL,
    PRIMARY KEY (expert_id, signing_key)
);
",
];

/// Appends `entry` to the audit chain inside `transaction`, under the audit
/// lock, which the transaction holds until it ends.
async fn append(transaction: &Transaction<'_>, entry: &AuditEntry) -> Result<(), StoreError> {
    transaction
        .execute("SELECT pg_advisory_xact_lock($1)", &[&AUDIT_LOCK])
        .await?;
    let head = transaction
        .query_opt("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1", &[])
        .await?
        .map(|row| (unsigned(row.get(0)), row.get::<_, String>(1)));
    let record = audit::next_record(head, entry.clone());
    transaction
        .execute(
            "INSERT INTO audit (seq, at, actor, action, subject, detail, previous, hash)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            &[
                &signed(record.seq),
                &record.entry.at,
                &record.entry.actor,
                &record.entry.action,
                &record.entry.subject,
                &record.entry.detail,
                &record.previous,
                &record.hash,
            ],
        )
        .await?;
    Ok(())
}

#[derive(Debug)]
pub struct PostgresStore {
    pool: Pool,
}

/// The address with its password, if any, replaced by `***`.
pub fn without_password(address: &str) -> String {
    let Some((scheme, rest)) = address.split_once("://") else {
        return address.to_owned();
    };
    let (authority, path) = rest.split_once('/').unwrap_or((rest, ""));
    let authority = match authority.rsplit_once('@') {
        Some((user, host)) => match user.split_once(':') {
            Some((name, _)) => format!("{name}:***@{host}"),
            None => format!("{user}@{host}"),
        },
        None => authority.to_owned(),
    };
    let path: Vec<String> = path
        .split('&')
        .map(|part| {
            let (before, value) = part.split_once("password=").unwrap_or((part, ""));
            if value.is_empty() && !part.contains("password=") {
                part.to_owned()
            } else {
                format!("{before}password=***")
            }
        })
        .collect();
    let path = path.join("&");
    if path.is_empty() {
        format!("{scheme}://{authority}")
    } else {
        format!("{scheme}://{authority}/{path}")
    }
}

fn failed(error: &tokio_postgres::Error) -> StoreError {
    // A server error names its state; anything else is the connection.
    match error.code() {
        Some(state)
            if *state == SqlState::ADMIN_SHUTDOWN || *state == SqlState::CANNOT_CONNECT_NOW =>
        {
            StoreError::Unavailable(error.to_string())
        }
        Some(_) => StoreError::Failed(
            error
                .as_db_error()
                .map_or_else(|| error.to_string(), |db| db.message().to_owned()),
        ),
        // The cause says why: a refused certificate, a closed port.
        None => StoreError::Unavailable(with_causes(error)),
    }
}

/// The error and every cause under it, as one line.
fn with_causes(error: &dyn std::error::Error) -> String {
    let mut said = error.to_string();
    let mut cause = error.source();
    while let Some(inner) = cause {
        said.push_str(": ");
        said.push_str(&inner.to_string());
        cause = inner.source();
    }
    said
}

impl From<tokio_postgres::Error> for StoreError {
    fn from(error: tokio_postgres::Error) -> Self {
        failed(&error)
    }
}

impl From<PoolError> for StoreError {
    fn from(error: PoolError) -> Self {
        match error {
            PoolError::Backend(error) => failed(&error),
            other => StoreError::Unavailable(other.to_string()),
        }
    }
}

fn is_taken(error: &tokio_postgres::Error) -> bool {
    error.code() == Some(&SqlState::UNIQUE_VIOLATION)
}

fn count(row: &Row) -> usize {
    usize::try_from(row.get::<_, i64>(0)).unwrap_or_default()
}

fn expert_row(row: &Row) -> ExpertRow {
    let signing: Option<String> = row.get(3);
    let encryption: Option<String> = row.get(4);
    ExpertRow {
        id: row.get(0),
        name: row.get(1),
        enrollment_code: row.get(2),
        keys: signing.zip(encryption),
        enrolled_at: row.get(5),
        keys_from_sequence: unsigned(row.get(6)),
    }
}

const EXPERT_COLUMNS: &str =
    "id, name, enrollment_code, signing_key, encryption_key, enrolled_at, keys_from_sequence";

impl PostgresStore {
    pub async fn open(address: &str) -> Result<Self, StoreError> {
        let reach = super::postgres_tls::reach(address)?;
        let recycling = || ManagerConfig {
            recycling_method: RecyclingMethod::Fast,
        };
        let manager = match reach.tls {
            Some(tls) => Manager::from_config(reach.config, tls, recycling()),
            None => Manager::from_config(reach.config, NoTls, recycling()),
        };
        let pool = Pool::builder(manager)
            .max_size(CONNECTIONS)
            .runtime(Runtime::Tokio1)
            .wait_timeout(Some(WAIT))
            .create_timeout(Some(WAIT))
            .build()
            .map_err(|e| StoreError::Failed(e.to_string()))?;
        let store = Self { pool };
        store.migrate().await?;
        Ok(store)
    }

    async fn migrate(&self) -> Result<(), StoreError> {
        let mut client = self.pool.get().await?;
        let transaction = client.transaction().await?;
        transaction
            .execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])
            .await?;
        transaction
            .batch_execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (
                    version INTEGER PRIMARY KEY,
                    applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
                 )",
            )
            .await?;
        let done: i32 = transaction
            .query_one(
                "SELECT coalesce(max(version), 0) FROM schema_migrations",
                &[],
            )
            .await?
            .get(0);
        let known = i32::try_from(MIGRATIONS.len()).unwrap_or(i32::MAX);
        if done > known {
            return Err(StoreError::Failed(format!(
                "the database is at schema version {done}, newer than this server's {known}; run a newer server"
            )));
        }
        for (version, sql) in (1..)
            .zip(MIGRATIONS)
            .skip(usize::try_from(done).unwrap_or(0))
        {
            transaction.batch_execute(sql).await?;
            transaction
                .execute(
                    "INSERT INTO schema_migrations (version) VALUES ($1)",
                    &[&version],
                )
                .await?;
        }
        transaction.commit().await?;
        Ok(())
    }
}

#[async_trait::async_trait]
impl Store for PostgresStore {
    async fn agency(&self) -> Result<Option<(String, Option<String>)>, StoreError> {
        let client = self.pool.get().await?;
        let row = client
            .query_opt(
                "SELECT secret_keys, server_url FROM agency WHERE id = 1",
                &[],
            )
            .await?;
        Ok(row.map(|row| (row.get(0), row.get(1))))
    }

    async fn set_agency(
        &self,
        secret_keys: &str,
        server_url: Option<&str>,
    ) -> Result<(), StoreError> {
        let client = self.pool.get().await?;
        client
            .execute(
                "INSERT INTO agency (id, secret_keys, server_url) VALUES (1, $1, $2)
                 ON CONFLICT (id) DO UPDATE SET server_url = excluded.server_url",
                &[&secret_keys, &server_url],
            )
            .await?;
        Ok(())
    }

    async fn seal_agency_keys(&self, sealed: &str, audit: &AuditEntry) -> Result<(), StoreError> {
        let mut client = self.pool.get().await?;
        let transaction = client.transaction().await?;
        transaction
            .execute(
                "UPDATE agency SET secret_keys = $1 WHERE id = 1",
                &[&sealed],
            )
            .await?;
        append(&transaction, audit).await?;
        transaction.commit().await?;
        Ok(())
    }

    async fn load_call(
        &self,
        call: CallData<'_>,
        now: &str,
        audit: &AuditEntry,
    ) -> Result<(), StoreError> {
        let mut client = self.pool.get().await?;
        let transaction = client.transaction().await?;
        transaction
            .execute(
                "INSERT INTO calls (id, document_json, loaded_at) VALUES ($1, $2, $3)
                 ON CONFLICT (id) DO UPDATE SET document_json = excluded.document_json,
                                                loaded_at = excluded.loaded_at",
                &[&call.call_id, &call.document_json, &now],
            )
            .await?;
        transaction
            .execute(
                "INSERT INTO call_rubrics (call_id, rubrics_json) VALUES ($1, $2)
                 ON CONFLICT (call_id) DO UPDATE SET rubrics_json = excluded.rubrics_json",
                &[&call.call_id, &call.rubrics_json],
            )
            .await?;
        for (id, name) in call.experts {
            transaction
                .execute(
                    "INSERT INTO experts (id, name) VALUES ($1, $2)
                     ON CONFLICT (id) DO UPDATE SET name = excluded.name",
                    &[id, name],
                )
                .await?;
        }
        transaction
            .execute(
                "DELETE FROM assignments WHERE call_id = $1",
                &[&call.call_id],
            )
            .await?;
        for (expert, application) in call.assignments {
            transaction
                .execute(
                    "INSERT INTO assignments (call_id, expert_id, application_id) VALUES ($1, $2, $3)
                     ON CONFLICT DO NOTHING",
                    &[&call.call_id, expert, application],
                )
                .await?;
        }
        append(&transaction, audit).await?;
        transaction.commit().await?;
        Ok(())
    }

    async fn expert_calls(&self, expert_id: &str) -> Result<Vec<(String, u64)>, StoreError> {
        let client = self.pool.get().await?;
        let rows = client
            .query(
                "SELECT DISTINCT a.call_id,
                        coalesce((SELECT max(sequence) FROM bundles b
                                  WHERE b.expert_id = a.expert_id AND b.call_id = a.call_id), 0)
                 FROM assignments a WHERE a.expert_id = $1 ORDER BY a.call_id",
                &[&expert_id],
            )
            .await?;
        Ok(rows
            .iter()
            .map(|row| (row.get(0), unsigned(row.get(1))))
            .collect())
    }

    async fn call_document(&self, call_id: &str) -> Result<Option<String>, StoreError> {
        let client = self.pool.get().await?;
        let row = client
            .query_opt("SELECT document_json FROM calls WHERE id = $1", &[&call_id])
            .await?;
        Ok(row.map(|row| row.get(0)))
    }

    async fn call_rubrics(&self, call_id: &str) -> Result<Option<String>, StoreError> {
        let client = self.pool.get().await?;
        let row = client
            .query_opt(
                "SELECT rubrics_json FROM call_rubrics WHERE call_id = $1",
                &[&call_id],
            )
            .await?;
        Ok(row.map(|row| row.get(0)))
    }

    async fn set_assignments(
        &self,
        call_id: &str,
        expert_id: &str,
        applications: &[String],
        audit: &AuditEntry,
    ) -> Result<(), StoreError> {
        let mut client = self.pool.get().await?;
        let transaction = client.transaction().await?;
        transaction
            .execute(
                "DELETE FROM assignments WHERE call_id = $1 AND expert_id = $2",
                &[&call_id, &expert_id],
            )
            .await?;
        for application in applications {
            transaction
                .execute(
                    "INSERT INTO assignments (call_id, expert_id, application_id) VALUES ($1, $2, $3)
                     ON CONFLICT DO NOTHING",
                    &[&call_id, &expert_id, application],
                )
                .await?;
        }
        append(&transaction, audit).await?;
        transaction.commit().await?;
        Ok(())
    }

    async fn assigned(
        &self,
        call_id: &str,
        expert_id: &str,
    ) -> Result<Vec<ApplicationId>, StoreError> {
        let client = self.pool.get().await?;
        let rows = client
            .query(
                "SELECT application_id FROM assignments WHERE call_id = $1 AND expert_id = $2
                 ORDER BY application_id",
                &[&call_id, &expert_id],
            )
            .await?;
        Ok(rows
            .iter()
            .map(|row| ApplicationId::from(row.get::<_, String>(0)))
            .collect())
    }

    async fn assignments_of(&self, expert_id: &str) -> Result<usize, StoreError> {
        let client = self.pool.get().await?;
        let row = client
            .query_one(
                "SELECT count(*) FROM assignments WHERE expert_id = $1",
                &[&expert_id],
            )
            .await?;
        Ok(count(&row))
    }

    async fn expert(&self, id: &str) -> Result<Option<ExpertRow>, StoreError> {
        let client = self.pool.get().await?;
        let row = client
            .query_opt(
                &format!("SELECT {EXPERT_COLUMNS} FROM experts WHERE id = $1"),
                &[&id],
            )
            .await?;
        Ok(row.as_ref().map(expert_row))
    }

    async fn experts(&self) -> Result<Vec<ExpertRow>, StoreError> {
        let client = self.pool.get().await?;
        let rows = client
            .query(
                &format!("SELECT {EXPERT_COLUMNS} FROM experts ORDER BY id"),
                &[],
            )
            .await?;
        Ok(rows.iter().map(expert_row).collect())
    }

    async fn set_enrollment_code(
        &self,
        expert_id: &str,
        code: &str,
        audit: &AuditEntry,
    ) -> Result<bool, StoreError> {
        let mut client = self.pool.get().await?;
        let transaction = client.transaction().await?;
        let changed = transaction
            .execute(
                "UPDATE experts SET enrollment_code = $2 WHERE id = $1 AND signing_key IS NULL",
                &[&expert_id, &code],
            )
            .await?;
        if changed == 1 {
            append(&transaction, audit).await?;
            transaction.commit().await?;
        }
        Ok(changed == 1)
    }

    async fn set_expert_keys(
        &self,
        expert_id: &str,
        code: &str,
        (signing, encryption): (&str, &str),
        now: &str,
        audit: &AuditEntry,
    ) -> Result<bool, StoreError> {
        let mut client = self.pool.get().await?;
        let transaction = client.transaction().await?;
        let changed = transaction
            .execute(
                "UPDATE experts SET signing_key = $3, encryption_key = $4, enrolled_at = $5,
                                    enrollment_code = NULL
                 WHERE id = $1 AND enrollment_code = $2",
                &[&expert_id, &code, &signing, &encryption, &now],
            )
            .await?;
        if changed == 1 {
            append(&transaction, audit).await?;
            transaction.commit().await?;
        }
        Ok(changed == 1)
    }

    async fn reenroll(
        &self,
        expert_id: &str,
        code: &str,
        now: &str,
        (revoked, issued): (&AuditEntry, &AuditEntry),
    ) -> Result<Reenrollment, StoreError> {
        let mut client = self.pool.get().await?;
        let transaction = client.transaction().await?;
        // The expert's row stays locked to the end: a package being stored
        // holds it shared (see add_package), so the chain head read below
        // includes every package its key signed, and none follows.
        let Some(row) = transaction
            .query_opt(
                "SELECT signing_key, encryption_key, keys_from_sequence FROM experts
                 WHERE id = $1 FOR UPDATE",
                &[&expert_id],
            )
            .await?
        else {
            return Ok(Reenrollment::UnknownExpert);
        };
        let signing: Option<String> = row.get(0);
        let encryption: Option<String> = row.get(1);
        let from_sequence: i64 = row.get(2);
        let revoked_after = match signing.zip(encryption) {
            Some((signing, encryption)) => {
                let head: i64 = transaction
                    .query_one(
                        "SELECT coalesce(max(sequence), 0)::BIGINT FROM packages
                         WHERE expert_id = $1",
                        &[&expert_id],
                    )
                    .await?
                    .get(0);
                transaction
                    .execute(
                        "INSERT INTO revoked_keys (expert_id, signing_key, encryption_key,
                                                   from_sequence, last_sequence, revoked_at)
                         VALUES ($1, $2, $3, $4, $5, $6)",
                        &[
                            &expert_id,
                            &signing,
                            &encryption,
                            &from_sequence,
                            &head,
                            &now,
                        ],
                    )
                    .await?;
                transaction
                    .execute(
                        "UPDATE experts SET signing_key = NULL, encryption_key = NULL,
                                            enrolled_at = NULL, keys_from_sequence = $2
                         WHERE id = $1",
                        &[&expert_id, &(head + 1)],
                    )
                    .await?;
                let mut revoked = revoked.clone();
                revoked.detail = format!("after #{head}");
                append(&transaction, &revoked).await?;
                Some(unsigned(head))
            }
            None => None,
        };
        transaction
            .execute(
                "UPDATE experts SET enrollment_code = $2 WHERE id = $1",
                &[&expert_id, &code],
            )
            .await?;
        append(&transaction, issued).await?;
        transaction.commit().await?;
        Ok(Reenrollment::Opened { revoked_after })
    }

    async fn revoked_keys(&self, expert_id: &str) -> Result<Vec<RevokedKeyRow>, StoreError> {
        let client = self.pool.get().await?;
        let rows = client
            .query(
                "SELECT signing_key, encryption_key, from_sequence, last_sequence, revoked_at
                 FROM revoked_keys WHERE expert_id = $1 ORDER BY from_sequence, revoked_at",
                &[&expert_id],
            )
            .await?;
        Ok(rows
            .iter()
            .map(|row| RevokedKeyRow {
                signing: row.get(0),
                encryption: row.get(1),
                from_sequence: unsigned(row.get(2)),
                last_sequence: unsigned(row.get(3)),
                revoked_at: row.get(4),
            })
            .collect())
    }

    async fn latest_bundle(
        &self,
        expert_id: &str,
        call_id: &str,
    ) -> Result<Option<(u64, Vec<u8>)>, StoreError> {
        let client = self.pool.get().await?;
        let row = client
            .query_opt(
                "SELECT sequence, bytes FROM bundles WHERE expert_id = $1 AND call_id = $2
                 ORDER BY sequence DESC LIMIT 1",
                &[&expert_id, &call_id],
            )
            .await?;
        Ok(row.map(|row| (unsigned(row.get(0)), row.get(1))))
    }

    async fn bundles_issued(&self, expert_id: &str) -> Result<usize, StoreError> {
        let client = self.pool.get().await?;
        let row = client
            .query_one(
                "SELECT count(*) FROM bundles WHERE expert_id = $1",
                &[&expert_id],
            )
            .await?;
        Ok(count(&row))
    }

    async fn add_bundle(
        &self,
        bundle: BundleRow<'_>,
        audit: &AuditEntry,
    ) -> Result<bool, StoreError> {
        let mut client = self.pool.get().await?;
        let transaction = client.transaction().await?;
        let inserted = transaction
            .execute(
                "INSERT INTO bundles (expert_id, call_id, sequence, bundle_id, bytes, issued_at)
                 VALUES ($1, $2, $3, $4, $5, $6)",
                &[
                    &bundle.expert_id,
                    &bundle.call_id,
                    &signed(bundle.sequence),
                    &bundle.bundle_id,
                    &bundle.bytes,
                    &bundle.issued_at,
                ],
            )
            .await;
        match inserted {
            Ok(_) => {
                append(&transaction, audit).await?;
                transaction.commit().await?;
                Ok(true)
            }
            Err(error) if is_taken(&error) => Ok(false),
            Err(error) => Err(error.into()),
        }
    }

    async fn package(&self, package_id: &str) -> Result<Option<PackageRow>, StoreError> {
        let client = self.pool.get().await?;
        let row = client
            .query_opt(
                "SELECT package_id, expert_id, call_id, sequence, manifest_digest, bytes_sha256,
                        bytes, sheets_json, receipt_json, received_at, refusal
                 FROM packages WHERE package_id = $1",
                &[&package_id],
            )
            .await?;
        Ok(row.map(|row| PackageRow {
            package_id: row.get(0),
            expert_id: row.get(1),
            call_id: row.get(2),
            sequence: unsigned(row.get(3)),
            manifest_digest: row.get(4),
            bytes_sha256: row.get(5),
            bytes: row.get(6),
            sheets_json: row.get(7),
            receipt_json: row.get(8),
            received_at: row.get(9),
            refusal: row.get(10),
        }))
    }

    async fn package_summaries(&self) -> Result<Vec<PackageSummary>, StoreError> {
        let client = self.pool.get().await?;
        let rows = client
            .query(
                "SELECT package_id, expert_id, call_id, sequence, sheets_json, refusal
                 FROM packages ORDER BY expert_id, sequence",
                &[],
            )
            .await?;
        Ok(rows
            .iter()
            .map(|row| PackageSummary {
                package_id: row.get(0),
                expert_id: row.get(1),
                call_id: row.get(2),
                sequence: unsigned(row.get(3)),
                sheets_json: row.get(4),
                refusal: row.get(5),
            })
            .collect())
    }

    async fn chain_head(&self, expert_id: &str) -> Result<Option<(u64, String)>, StoreError> {
        let client = self.pool.get().await?;
        let row = client
            .query_opt(
                "SELECT sequence, manifest_digest FROM packages WHERE expert_id = $1
                 ORDER BY sequence DESC LIMIT 1",
                &[&expert_id],
            )
            .await?;
        Ok(row.map(|row| (unsigned(row.get(0)), row.get(1))))
    }

    async fn add_package(
        &self,
        row: &PackageRow,
        signed_with: &str,
        audit: &AuditEntry,
    ) -> Result<Added, StoreError> {
        let mut client = self.pool.get().await?;
        let transaction = client.transaction().await?;
        // Shared with other packages, exclusive of a revocation (reenroll):
        // a key revoked meanwhile is seen here, and stores nothing.
        let current = transaction
            .query_opt(
                "SELECT signing_key FROM experts WHERE id = $1 FOR SHARE",
                &[&row.expert_id],
            )
            .await?
            .and_then(|r| r.get::<_, Option<String>>(0));
        if current.as_deref() != Some(signed_with) {
            return Ok(Added::KeyRevoked);
        }
        let inserted = transaction
            .execute(
                "INSERT INTO packages (package_id, expert_id, call_id, sequence, manifest_digest,
                                       bytes_sha256, bytes, sheets_json, receipt_json,
                                       received_at, refusal)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
                &[
                    &row.package_id,
                    &row.expert_id,
                    &row.call_id,
                    &signed(row.sequence),
                    &row.manifest_digest,
                    &row.bytes_sha256,
                    &row.bytes,
                    &row.sheets_json,
                    &row.receipt_json,
                    &row.received_at,
                    &row.refusal,
                ],
            )
            .await;
        match inserted {
            Ok(_) => {
                append(&transaction, audit).await?;
                transaction.commit().await?;
                Ok(Added::Stored)
            }
            Err(error) if is_taken(&error) => {
                // The failed insert ended the transaction; ask outside it.
                transaction.rollback().await?;
                let id_taken = client
                    .query_opt(
                        "SELECT 1 FROM packages WHERE package_id = $1",
                        &[&row.package_id],
                    )
                    .await?
                    .is_some();
                Ok(if id_taken {
                    Added::IdTaken
                } else {
                    Added::PlaceTaken
                })
            }
            Err(error) => Err(error.into()),
        }
    }

    async fn remember_nonce(
        &self,
        expert_id: &str,
        nonce: &str,
        now: &str,
        forget_before: &str,
    ) -> Result<bool, StoreError> {
        let client = self.pool.get().await?;
        client
            .execute("DELETE FROM nonces WHERE seen_at < $1", &[&forget_before])
            .await?;
        let inserted = client
            .execute(
                "INSERT INTO nonces (expert_id, nonce, seen_at) VALUES ($1, $2, $3)
                 ON CONFLICT DO NOTHING",
                &[&expert_id, &nonce, &now],
            )
            .await?;
        Ok(inserted == 1)
    }

    async fn set_staff(
        &self,
        name: &str,
        password_hash: &str,
        audit: &AuditEntry,
    ) -> Result<(), StoreError> {
        let mut client = self.pool.get().await?;
        let transaction = client.transaction().await?;
        transaction
            .execute(
                "INSERT INTO staff (name, password_hash) VALUES ($1, $2)
                 ON CONFLICT (name) DO UPDATE SET password_hash = excluded.password_hash",
                &[&name, &password_hash],
            )
            .await?;
        append(&transaction, audit).await?;
        transaction.commit().await?;
        Ok(())
    }

    async fn staff_hash(&self, name: &str) -> Result<Option<String>, StoreError> {
        let client = self.pool.get().await?;
        let row = client
            .query_opt("SELECT password_hash FROM staff WHERE name = $1", &[&name])
            .await?;
        Ok(row.map(|row| row.get(0)))
    }

    async fn upload_length(&self, expert_id: &str, package_id: &str) -> Result<u64, StoreError> {
        let client = self.pool.get().await?;
        let row = client
            .query_one(
                "SELECT coalesce(sum(octet_length(bytes)), 0)::BIGINT FROM upload_parts
                 WHERE expert_id = $1 AND package_id = $2",
                &[&expert_id, &package_id],
            )
            .await?;
        Ok(unsigned(row.get(0)))
    }

    async fn unfinished_uploads(&self, expert_id: &str) -> Result<(u64, u64), StoreError> {
        let client = self.pool.get().await?;
        let row = client
            .query_one(
                "SELECT count(DISTINCT package_id), coalesce(sum(octet_length(bytes)), 0)::BIGINT
                 FROM upload_parts WHERE expert_id = $1",
                &[&expert_id],
            )
            .await?;
        Ok((unsigned(row.get(0)), unsigned(row.get(1))))
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
        let client = self.pool.get().await?;
        client
            .execute(
                "DELETE FROM upload_parts WHERE (expert_id, package_id) IN
                   (SELECT expert_id, package_id FROM upload_parts
                    GROUP BY expert_id, package_id HAVING max(received_at) < $1)",
                &[&forget_before],
            )
            .await?;
        let inserted = client
            .execute(
                "INSERT INTO upload_parts (expert_id, package_id, part_offset, bytes, received_at)
                 VALUES ($1, $2, $3, $4, $5)",
                &[&expert_id, &package_id, &signed(offset), &bytes, &now],
            )
            .await;
        match inserted {
            Ok(_) => Ok(true),
            Err(error) if is_taken(&error) => Ok(false),
            Err(error) => Err(error.into()),
        }
    }

    async fn upload_bytes(&self, expert_id: &str, package_id: &str) -> Result<Vec<u8>, StoreError> {
        let client = self.pool.get().await?;
        let rows = client
            .query(
                "SELECT bytes FROM upload_parts WHERE expert_id = $1 AND package_id = $2
                 ORDER BY part_offset",
                &[&expert_id, &package_id],
            )
            .await?;
        let mut bytes = Vec::new();
        for row in &rows {
            bytes.extend_from_slice(row.get::<_, &[u8]>(0));
        }
        Ok(bytes)
    }

    async fn forget_upload(&self, expert_id: &str, package_id: &str) -> Result<(), StoreError> {
        let client = self.pool.get().await?;
        client
            .execute(
                "DELETE FROM upload_parts WHERE expert_id = $1 AND package_id = $2",
                &[&expert_id, &package_id],
            )
            .await?;
        Ok(())
    }

    async fn ping(&self) -> Result<(), StoreError> {
        let client = self.pool.get().await?;
        client.query_one("SELECT 1", &[]).await?;
        Ok(())
    }

    async fn backup_to(&self, _path: &std::path::Path) -> Result<(), StoreError> {
        Err(StoreError::Failed(
            "a PostgreSQL database is backed up with pg_dump".into(),
        ))
    }

    async fn append_audit(&self, entry: &AuditEntry) -> Result<(), StoreError> {
        let mut client = self.pool.get().await?;
        let transaction = client.transaction().await?;
        append(&transaction, entry).await?;
        transaction.commit().await?;
        Ok(())
    }

    async fn audit_page(&self, after: u64, limit: usize) -> Result<Vec<AuditRecord>, StoreError> {
        let client = self.pool.get().await?;
        let rows = client
            .query(
                "SELECT seq, at, actor, action, subject, detail, previous, hash
                 FROM audit WHERE seq > $1 ORDER BY seq LIMIT $2",
                &[&signed(after), &i64::try_from(limit).unwrap_or(i64::MAX)],
            )
            .await?;
        Ok(rows
            .iter()
            .map(|row| AuditRecord {
                seq: unsigned(row.get(0)),
                entry: AuditEntry {
                    at: row.get(1),
                    actor: row.get(2),
                    action: row.get(3),
                    subject: row.get(4),
                    detail: row.get(5),
                },
                previous: row.get(6),
                hash: row.get(7),
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_is_shown_without_its_password() {
        assert_eq!(
            without_password("postgres://agency:s3cret@db.example:5432/reviewdesk?sslmode=require"),
            "postgres://agency:***@db.example:5432/reviewdesk?sslmode=require"
        );
        assert_eq!(
            without_password("postgresql://db/reviewdesk?user=a&password=s3cret"),
            "postgresql://db/reviewdesk?user=a&password=***"
        );
        assert_eq!(without_password("postgres://db/x"), "postgres://db/x");
    }
}

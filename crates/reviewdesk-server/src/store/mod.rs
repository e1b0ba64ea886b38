//! Where the server keeps its data, behind one contract: the embedded SQLite
//! file (the default, no set-up) or a PostgreSQL database (an agency's
//! production server). The only modules of the server that know SQL are the
//! two implementations below.
//!
//! Every method of [`Store`] is one atomic step; one that changes what the
//! agency holds appends its audit entry in the same transaction, so the log
//! and the data never disagree. Correctness under
//! concurrency — two requests, or two server processes, at once — is the
//! database's job: a package id and an expert's chain position are unique
//! keys, and an insert that loses the race says so ([`Added`]) instead of
//! failing, so the caller answers as if it had come second.

mod postgres;
mod postgres_tls;
mod sqlite;

use std::path::PathBuf;
use std::sync::Arc;

use reviewdesk_domain::ApplicationId;

use crate::ServerError;
use crate::audit::{AuditEntry, AuditRecord};

/// Where the data lives, as the operator names it: a `postgres://` (or
/// `postgresql://`) address, or else the path of the SQLite file.
#[derive(Clone, PartialEq, Eq)]
pub enum Database {
    Sqlite(PathBuf),
    Postgres(String),
}

impl Database {
    pub fn parse(text: &str) -> Self {
        if text.starts_with("postgres://") || text.starts_with("postgresql://") {
            Self::Postgres(text.to_owned())
        } else {
            Self::Sqlite(PathBuf::from(text.strip_prefix("sqlite:").unwrap_or(text)))
        }
    }

    /// Opens the store, creating or migrating its tables.
    pub async fn open(&self) -> Result<Arc<dyn Store>, ServerError> {
        Ok(match self {
            Self::Sqlite(path) => Arc::new(sqlite::SqliteStore::open(path.clone()).await?),
            Self::Postgres(address) => Arc::new(postgres::PostgresStore::open(address).await?),
        })
    }
}

impl From<PathBuf> for Database {
    fn from(path: PathBuf) -> Self {
        Self::Sqlite(path)
    }
}

impl From<&std::path::Path> for Database {
    fn from(path: &std::path::Path) -> Self {
        Self::Sqlite(path.to_owned())
    }
}

/// Shown without the password a PostgreSQL address may hold.
impl std::fmt::Display for Database {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Sqlite(path) => write!(f, "{}", path.display()),
            Self::Postgres(address) => f.write_str(&postgres::without_password(address)),
        }
    }
}

impl std::fmt::Debug for Database {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Database({self})")
    }
}

/// Why the store failed: it cannot be reached for now (the client retries
/// later), or it failed for good.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the database cannot be reached: {0}")]
    Unavailable(String),
    #[error("database: {0}")]
    Failed(String),
}

/// One connection to the PostgreSQL database at `address`, reached as the
/// server reaches it (over TLS as `postgres_tls` decides), driven on its
/// own task until the client is dropped: for tests and checks.
pub async fn connect(address: &str) -> Result<tokio_postgres::Client, StoreError> {
    let reach = postgres_tls::reach(address)?;
    let failed = |e: tokio_postgres::Error| StoreError::Unavailable(e.to_string());
    let client = match reach.tls {
        Some(tls) => {
            let (client, connection) = reach.config.connect(tls).await.map_err(failed)?;
            tokio::spawn(connection);
            client
        }
        None => {
            let (client, connection) = reach
                .config
                .connect(tokio_postgres::NoTls)
                .await
                .map_err(failed)?;
            tokio::spawn(connection);
            client
        }
    };
    Ok(client)
}

impl From<StoreError> for ServerError {
    fn from(error: StoreError) -> Self {
        Self::Database(error)
    }
}

/// What an insert guarded by unique keys did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Added {
    Stored,
    /// The package id is taken (by another request for the same package).
    IdTaken,
    /// The expert's chain position is taken (by another package).
    PlaceTaken,
    /// The key that signed the package is no longer the expert's: the agency
    /// revoked it meanwhile.
    KeyRevoked,
}

/// What opening a re-enrollment did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reenrollment {
    UnknownExpert,
    /// A new enrollment code is open; `revoked_after`: the chain head at
    /// which the expert's key was revoked (0: it had signed nothing), or
    /// `None` when no key was enrolled.
    Opened {
        revoked_after: Option<u64>,
    },
}

/// A key the agency revoked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RevokedKeyRow {
    pub signing: String,
    pub encryption: String,
    pub from_sequence: u64,
    pub last_sequence: u64,
    pub revoked_at: String,
}

/// An expert as registered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExpertRow {
    pub id: String,
    pub name: String,
    pub enrollment_code: Option<String>,
    pub keys: Option<(String, String)>,
    pub enrolled_at: Option<String>,
    /// The first place in the expert's chain the current key signs: after
    /// the chain head at which their previous key was revoked.
    pub keys_from_sequence: u64,
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
    /// Which applications the package's sheets are for, and which of them
    /// are recusals (JSON: `[{"application_id", "recused"}]`): what staff
    /// progress needs, and nothing of the scores, which stay sealed in
    /// `bytes` for the agency's key.
    pub sheets_json: String,
    pub receipt_json: String,
    pub received_at: String,
    /// Why an authentic package was refused (it still holds its place in the chain).
    pub refusal: Option<String>,
}

/// What staff listings read of a package: everything but its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackageSummary {
    pub package_id: String,
    pub expert_id: String,
    pub call_id: String,
    pub sequence: u64,
    pub sheets_json: String,
    pub refusal: Option<String>,
}

/// A call's data as loaded: the document, the rubrics its packages are
/// judged by, its experts (id, name) and assignments (expert, application).
#[derive(Debug, Clone)]
pub struct CallData<'a> {
    pub call_id: &'a str,
    pub document_json: &'a str,
    pub rubrics_json: &'a str,
    pub experts: &'a [(String, String)],
    pub assignments: &'a [(String, String)],
}

/// A bundle as issued.
#[derive(Debug, Clone, Copy)]
pub struct BundleRow<'a> {
    pub expert_id: &'a str,
    pub call_id: &'a str,
    pub sequence: u64,
    pub bundle_id: &'a str,
    pub bytes: &'a [u8],
    pub issued_at: &'a str,
}

/// The store contract. Times are RFC 3339 UTC strings, which order as text.
#[async_trait::async_trait]
pub trait Store: Send + Sync + std::fmt::Debug {
    /// The agency's secret keys (as text) and the address experts use.
    async fn agency(&self) -> Result<Option<(String, Option<String>)>, StoreError>;
    /// Replaces the agency's keys as stored by the same keys sealed.
    async fn seal_agency_keys(&self, sealed: &str, audit: &AuditEntry) -> Result<(), StoreError>;
    /// Records the agency's keys the first time; later only its address.
    async fn set_agency(
        &self,
        secret_keys: &str,
        server_url: Option<&str>,
    ) -> Result<(), StoreError>;

    /// Stores a call's data and its experts and assignments, replacing the
    /// call's earlier data but keeping experts' keys.
    async fn load_call(
        &self,
        call: CallData<'_>,
        now: &str,
        audit: &AuditEntry,
    ) -> Result<(), StoreError>;
    /// The calls in which the expert has assignments, with the sequence of
    /// the newest bundle issued to them (0 when none yet).
    async fn expert_calls(&self, expert_id: &str) -> Result<Vec<(String, u64)>, StoreError>;
    async fn call_document(&self, call_id: &str) -> Result<Option<String>, StoreError>;
    async fn call_rubrics(&self, call_id: &str) -> Result<Option<String>, StoreError>;
    /// Replaces the expert's assignments in a call.
    async fn set_assignments(
        &self,
        call_id: &str,
        expert_id: &str,
        applications: &[String],
        audit: &AuditEntry,
    ) -> Result<(), StoreError>;
    async fn assigned(
        &self,
        call_id: &str,
        expert_id: &str,
    ) -> Result<Vec<ApplicationId>, StoreError>;
    /// Every assignment of the expert, over all calls.
    async fn assignments_of(&self, expert_id: &str) -> Result<usize, StoreError>;

    async fn expert(&self, id: &str) -> Result<Option<ExpertRow>, StoreError>;
    async fn experts(&self) -> Result<Vec<ExpertRow>, StoreError>;
    /// `false` when there is no such expert, or they are enrolled.
    async fn set_enrollment_code(
        &self,
        expert_id: &str,
        code: &str,
        audit: &AuditEntry,
    ) -> Result<bool, StoreError>;
    /// Records the expert's keys and closes their enrollment code; `false`
    /// when the code was used meanwhile.
    async fn set_expert_keys(
        &self,
        expert_id: &str,
        code: &str,
        keys: (&str, &str),
        now: &str,
        audit: &AuditEntry,
    ) -> Result<bool, StoreError>;

    /// Revokes the expert's key, if one is enrolled, at their chain head,
    /// and opens `code` for their next enrollment, in one transaction: no
    /// package signed with the old key is stored after it. `revoked` is put
    /// on record with the chain head as its detail, then `issued`.
    async fn reenroll(
        &self,
        expert_id: &str,
        code: &str,
        now: &str,
        (revoked, issued): (&AuditEntry, &AuditEntry),
    ) -> Result<Reenrollment, StoreError>;
    /// The expert's revoked keys, oldest first.
    async fn revoked_keys(&self, expert_id: &str) -> Result<Vec<RevokedKeyRow>, StoreError>;

    async fn latest_bundle(
        &self,
        expert_id: &str,
        call_id: &str,
    ) -> Result<Option<(u64, Vec<u8>)>, StoreError>;
    /// How many bundles the expert has been issued, over all calls.
    async fn bundles_issued(&self, expert_id: &str) -> Result<usize, StoreError>;
    /// `false` when another bundle took the sequence first.
    async fn add_bundle(
        &self,
        bundle: BundleRow<'_>,
        audit: &AuditEntry,
    ) -> Result<bool, StoreError>;

    async fn package(&self, package_id: &str) -> Result<Option<PackageRow>, StoreError>;
    /// Every package without its bytes, by expert and sequence.
    async fn package_summaries(&self) -> Result<Vec<PackageSummary>, StoreError>;
    /// The expert's newest package: sequence and manifest digest.
    async fn chain_head(&self, expert_id: &str) -> Result<Option<(u64, String)>, StoreError>;
    /// Stores an accepted package, if `signed_with` is still the expert's
    /// signing key.
    async fn add_package(
        &self,
        row: &PackageRow,
        signed_with: &str,
        audit: &AuditEntry,
    ) -> Result<Added, StoreError>;

    /// Records a request nonce; `false` when it was seen before (a replay).
    /// Nonces older than `forget_before` are forgotten first.
    async fn remember_nonce(
        &self,
        expert_id: &str,
        nonce: &str,
        now: &str,
        forget_before: &str,
    ) -> Result<bool, StoreError>;

    async fn set_staff(
        &self,
        name: &str,
        password_hash: &str,
        audit: &AuditEntry,
    ) -> Result<(), StoreError>;
    async fn staff_hash(&self, name: &str) -> Result<Option<String>, StoreError>;

    /// How many bytes of a piecewise upload have arrived.
    async fn upload_length(&self, expert_id: &str, package_id: &str) -> Result<u64, StoreError>;
    /// An expert's unfinished uploads: how many packages, and their bytes.
    async fn unfinished_uploads(&self, expert_id: &str) -> Result<(u64, u64), StoreError>;
    /// Adds the part of an upload at `offset`, forgetting uploads abandoned
    /// since `forget_before`; `false` when a part at that offset came first.
    async fn add_upload_part(
        &self,
        expert_id: &str,
        package_id: &str,
        offset: u64,
        bytes: &[u8],
        now: &str,
        forget_before: &str,
    ) -> Result<bool, StoreError>;
    /// The upload's bytes so far, in order.
    async fn upload_bytes(&self, expert_id: &str, package_id: &str) -> Result<Vec<u8>, StoreError>;
    async fn forget_upload(&self, expert_id: &str, package_id: &str) -> Result<(), StoreError>;

    /// Whether the database answers, for the health check.
    async fn ping(&self) -> Result<(), StoreError>;
    /// Writes a consistent copy of the whole database to `path`, while it
    /// serves; refused for a store that has its own tools (PostgreSQL:
    /// `pg_dump`).
    async fn backup_to(&self, path: &std::path::Path) -> Result<(), StoreError>;

    /// Appends an entry to the audit log on its own.
    async fn append_audit(&self, entry: &AuditEntry) -> Result<(), StoreError>;
    /// Up to `limit` audit records after number `after`, in order.
    async fn audit_page(&self, after: u64, limit: usize) -> Result<Vec<AuditRecord>, StoreError>;
}

/// Integers are stored signed; sequences and sizes are never negative.
fn unsigned(value: i64) -> u64 {
    u64::try_from(value).unwrap_or_default()
}

fn signed(value: u64) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX)
}

//! Where a test's server keeps its data: a fresh SQLite file in the test's
//! folder, or — when `REVIEWDESK_TEST_POSTGRES` names a PostgreSQL database
//! — a fresh schema of its own there, so the same suite proves both stores.

use std::path::Path;

use crate::Database;

/// The variable naming the PostgreSQL database the suite runs against.
pub const POSTGRES_VARIABLE: &str = "REVIEWDESK_TEST_POSTGRES";

/// A new, empty database for one test.
///
/// # Panics
/// When the PostgreSQL database named cannot be reached: the suite was
/// asked to run there.
pub async fn database(dir: &Path) -> Database {
    match std::env::var(POSTGRES_VARIABLE) {
        Ok(address) if !address.is_empty() => Database::Postgres(fresh_schema(&address).await),
        _ => Database::Sqlite(dir.join("server.db")),
    }
}

/// Creates a schema named for this test only and returns the address that
/// makes it the connection's search path.
async fn fresh_schema(address: &str) -> String {
    let client = crate::store::connect(address)
        .await
        .unwrap_or_else(|e| panic!("{POSTGRES_VARIABLE}: {e}"));
    let schema = format!("test_{}", uuid::Uuid::new_v4().simple());
    client
        .batch_execute(&format!("CREATE SCHEMA {schema}"))
        .await
        .unwrap_or_else(|e| panic!("creating schema {schema}: {e}"));
    drop(client);
    let joiner = if address.contains('?') { '&' } else { '?' };
    format!("{address}{joiner}options=-csearch_path%3D{schema}")
}

/// The key file sealing a test server's keys, `agency.key` in `dir`, made
/// on first use.
///
/// # Panics
/// When the key file cannot be written.
pub fn unseal(dir: &Path) -> crate::Unseal {
    let path = dir.join("agency.key");
    if !path.exists() {
        crate::seal::new_key_file(&path).expect("a key file");
    }
    crate::Unseal::KeyFile(path)
}

//! The PostgreSQL store reached over TLS, as `.ci/dev test` runs the suite
//! (`sslmode=require` and the test authority in `sslrootcert`): the
//! connection is encrypted, and a database whose certificate another
//! authority signed is refused. On SQLite there is no database connection
//! to check, and the test says so.

use reviewdesk_server::Database;
use reviewdesk_server::testing::POSTGRES_VARIABLE;

#[tokio::test]
async fn the_database_is_reached_over_tls_with_its_certificate_checked() {
    let address = std::env::var(POSTGRES_VARIABLE).unwrap_or_default();
    let Some((before, after)) = address.split_once("sslrootcert=") else {
        eprintln!("{POSTGRES_VARIABLE} names no PostgreSQL reached over TLS: nothing to check");
        return;
    };
    let client = reviewdesk_server::store::connect(&address)
        .await
        .expect("reached over TLS");
    let row = client
        .query_one(
            "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()",
            &[],
        )
        .await
        .expect("pg_stat_ssl");
    assert!(row.get::<_, bool>(0), "the connection is encrypted");

    let dir = tempfile::tempdir().expect("tempdir");
    let stranger = rcgen::generate_simple_self_signed(vec!["localhost".into()]).expect("cert");
    let other_authority = dir.path().join("other-authority.pem");
    std::fs::write(&other_authority, stranger.cert.pem()).expect("write");
    let rest = after.split_once('&').map_or("", |(_, rest)| rest);
    let swapped = format!(
        "{before}sslrootcert={}{}{rest}",
        other_authority.display(),
        if rest.is_empty() { "" } else { "&" }
    );
    let Err(refused) = Database::parse(&swapped).open().await else {
        panic!("another authority's certificate is refused");
    };
    let said = refused.to_string();
    assert!(
        said.contains("certificate") && !said.contains("reviewdesk-test@"),
        "named as a certificate problem, without the password: {said}"
    );
}

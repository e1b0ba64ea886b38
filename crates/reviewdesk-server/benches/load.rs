//! The agency server under load, for docs/BENCHMARKS.md: 200 simulated
//! experts on loopback, at once, each uploading its chain of signed packages
//! one after the other, as the app does — packages per second, latency p50 /
//! p99 and errors — and, beside it, how many packages one core verifies and
//! decrypts per second without the network or the database (the ceiling).
//!
//! Run with `cargo bench -p reviewdesk-server --bench load` (the embedded
//! store), and with `REVIEWDESK_TEST_POSTGRES=postgres://…` set for the
//! PostgreSQL store.

mod support;

use std::time::Instant;

use reviewdesk_exchange::acceptance;
use reviewdesk_exchange::package::RegisteredExpert;
use reviewdesk_exchange::{EnrolledKey, KeyPair, Limits};
use reviewdesk_server::Agency;
use support::{chain, enrolled_crowd, percentile, upload};

const EXPERTS: usize = 200;
const PACKAGES_EACH: u64 = 5;

fn main() {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    runtime.block_on(async {
        let dir = tempfile::tempdir().expect("tempdir");
        let database = reviewdesk_server::testing::database(dir.path()).await;
        let store = match &database {
            reviewdesk_server::Database::Sqlite(_) => "SQLite",
            reviewdesk_server::Database::Postgres(_) => "PostgreSQL",
        };
        let unseal = reviewdesk_server::testing::unseal(dir.path());
        let agency = Agency::open_or_init(&database, None, &unseal)
            .await
            .expect("server");
        let (call, experts) = enrolled_crowd(&agency, EXPERTS, PACKAGES_EACH).await;

        // The ceiling: one core verifying and decrypting first packages.
        let secret = KeyPair::generate();
        let ceiling_keys = secret.public();
        let firsts: Vec<Vec<u8>> = (0..200)
            .map(|_| chain(&secret, "X001", &ceiling_keys, &call, 1).swap_remove(0).1)
            .collect();
        let history = [EnrolledKey::only(ceiling_keys)];
        let started = Instant::now();
        for bytes in &firsts {
            let expert = RegisteredExpert {
                expert_id: "X001",
                keys: &history,
            };
            acceptance::place(bytes, expert, &secret, None, Limits::default()).expect("placed");
        }
        let ceiling = firsts.len() as f64 / started.elapsed().as_secs_f64();

        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let address = listener.local_addr().expect("address");
        tokio::spawn(reviewdesk_server::http::serve(listener, agency));
        let client = reqwest::Client::builder()
            .pool_max_idle_per_host(EXPERTS)
            .build()
            .expect("client");
        let started = Instant::now();
        let (timings, errors) = upload(&client, address, experts).await;
        let elapsed = started.elapsed();
        let total = timings.len();
        println!(
            "| {store} | {EXPERTS} experts × {PACKAGES_EACH} packages | {:.0} packages/s | p50 {:.1} ms | p99 {:.1} ms | {errors} errors of {total} | ceiling {ceiling:.0} packages/s on one core |",
            total as f64 / elapsed.as_secs_f64(),
            percentile(&timings, 0.5).as_secs_f64() * 1000.0,
            percentile(&timings, 0.99).as_secs_f64() * 1000.0,
        );
    });
}

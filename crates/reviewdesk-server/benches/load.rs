//! The agency server under load, for docs/BENCHMARKS.md: 200 simulated
//! experts on loopback, at once, each uploading its chain of signed packages
//! one after the other, as the app does — packages per second, latency p50 /
//! p99 and errors — and, beside it, how many packages one core verifies and
//! decrypts per second without the network or the database (the ceiling).
//!
//! Run with `cargo bench -p reviewdesk-server --bench load` (the embedded
//! store), and with `REVIEWDESK_TEST_POSTGRES=postgres://…` set for the
//! PostgreSQL store.

use std::time::{Duration, Instant};

use chrono::Utc;
use reviewdesk_domain::scores::{PackageContent, PackagedSheet, SCORES_FORMAT};
use reviewdesk_exchange::acceptance;
use reviewdesk_exchange::manifest::manifest_digest;
use reviewdesk_exchange::package::{self, PackageInfo, RegisteredExpert};
use reviewdesk_exchange::{KeyPair, Limits, PublicKeys, enrollment, request};
use reviewdesk_server::Agency;

const EXPERTS: usize = 200;
const PACKAGES_EACH: u64 = 5;

/// The demo call with `EXPERTS` more experts, X001…, each assigned A001:
/// its id and its agency data.
fn crowded_call() -> (String, Vec<u8>) {
    let document = reviewdesk_demo::crowded(reviewdesk_demo::DEMO_SEED, EXPERTS);
    let call = document.call.id.to_string();
    (call, serde_json::to_vec(&document).expect("JSON"))
}

/// An expert's chain: (package id, bytes), in sequence.
fn chain(keys: &KeyPair, expert: &str, agency: &PublicKeys, call: &str) -> Vec<(String, Vec<u8>)> {
    let rubric = reviewdesk_domain::default_rubrics::pre_review();
    let input = reviewdesk_demo::complete_sheet(
        &rubric,
        reviewdesk_domain::rubric::Points::new(8, 0),
        "Strong partner base in Viet Nam; delivery plan is credible.",
    );
    let mut previous = None;
    let mut packages = Vec::new();
    for sequence in 1..=PACKAGES_EACH {
        let content = PackageContent {
            format: SCORES_FORMAT.into(),
            version: 1,
            call_id: call.into(),
            expert_id: expert.into(),
            sheets: vec![PackagedSheet::new(
                "A001",
                (1, &rubric),
                &input,
                "2025-11-22T09:00:00Z".parse().expect("time"),
            )],
        };
        let id = uuid::Uuid::new_v4().to_string();
        let sealed = package::seal(
            keys,
            agency,
            &PackageInfo {
                package_id: id.as_str().into(),
                call_id: call.into(),
                expert_id: expert.into(),
                sequence,
                previous: previous.take(),
                created_at: Utc::now(),
            },
            &serde_json::to_vec(&content).expect("JSON"),
        )
        .expect("seal");
        previous = Some(manifest_digest(&sealed.manifest_bytes));
        packages.push((id, sealed.bytes));
    }
    packages
}

fn percentile(sorted: &[Duration], fraction: f64) -> Duration {
    let at = ((sorted.len() as f64 - 1.0) * fraction).round() as usize;
    sorted.get(at).copied().unwrap_or_default()
}

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
        let (call, document) = crowded_call();
        agency.load_call(&document, Utc::now()).await.expect("load");
        let agency_keys = agency.public_keys();
        let mut experts = Vec::new();
        for n in 1..=EXPERTS {
            let id = format!("X{n:03}");
            let code = agency.issue_code(&id).await.expect("code");
            let keys = KeyPair::generate();
            agency
                .enroll(&enrollment::request(&id, &keys, &code, Utc::now()), Utc::now())
                .await
                .expect("enrolled");
            let packages = chain(&keys, &id, &agency_keys, &call);
            experts.push((id, keys, packages));
        }

        // The ceiling: one core verifying and decrypting first packages.
        let secret = KeyPair::generate();
        let ceiling_keys = secret.public();
        let firsts: Vec<Vec<u8>> = (0..200)
            .map(|_| chain(&secret, "X001", &ceiling_keys, &call).swap_remove(0).1)
            .collect();
        let started = Instant::now();
        for bytes in &firsts {
            let expert = RegisteredExpert {
                expert_id: "X001",
                keys: &ceiling_keys,
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
        let mut running = tokio::task::JoinSet::new();
        for (id, keys, packages) in experts {
            let client = client.clone();
            running.spawn(async move {
                let mut timings = Vec::new();
                let mut errors = 0usize;
                for (package_id, bytes) in packages {
                    let path = format!("/v1/packages/{package_id}");
                    let signature = request::sign(&keys, &id, "PUT", &path, &bytes, Utc::now());
                    let mut put = client.put(format!("http://{address}{path}")).body(bytes);
                    for (name, value) in signature.headers() {
                        put = put.header(name, value);
                    }
                    let sent = Instant::now();
                    let ok = put.send().await.is_ok_and(|r| r.status() == 200);
                    timings.push(sent.elapsed());
                    errors += usize::from(!ok);
                }
                (timings, errors)
            });
        }
        let mut timings = Vec::new();
        let mut errors = 0;
        while let Some(done) = running.join_next().await {
            let (mine, failed) = done.expect("an expert");
            timings.extend(mine);
            errors += failed;
        }
        let elapsed = started.elapsed();
        timings.sort();
        let total = timings.len();
        println!(
            "| {store} | {EXPERTS} experts × {PACKAGES_EACH} packages | {:.0} packages/s | p50 {:.1} ms | p99 {:.1} ms | {errors} errors of {total} | ceiling {ceiling:.0} packages/s on one core |",
            total as f64 / elapsed.as_secs_f64(),
            percentile(&timings, 0.5).as_secs_f64() * 1000.0,
            percentile(&timings, 0.99).as_secs_f64() * 1000.0,
        );
    });
}

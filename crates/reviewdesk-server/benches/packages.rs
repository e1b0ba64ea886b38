//! How many score packages the agency server verifies and stores per second,
//! for docs/BENCHMARKS.md: a chain of 100 packages (one sheet each, as an
//! expert submits them) accepted into a new server database — signature,
//! chain, decryption, assignment check and the SQLite write with
//! `synchronous=FULL` — first as library calls, then as signed HTTP uploads
//! on loopback.
//!
//! Run with `cargo bench -p reviewdesk-server --bench packages`.

use std::time::Duration;

use chrono::Utc;
use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use reviewdesk_domain::scores::{PackageContent, PackagedSheet, SCORES_FORMAT};
use reviewdesk_exchange::manifest::manifest_digest;
use reviewdesk_exchange::package::{self, PackageInfo};
use reviewdesk_exchange::{KeyPair, enrollment, request};
use reviewdesk_server::Agency;

const PACKAGES: usize = 100;

struct Chain {
    dir: tempfile::TempDir,
    agency: Agency,
    expert: KeyPair,
    /// (package id, bytes), in sequence.
    packages: Vec<(String, Vec<u8>)>,
}

/// A new server with the demo call and E01 enrolled, and E01's next 100
/// packages, each a complete sheet.
fn chain(runtime: &tokio::runtime::Runtime) -> Chain {
    let dir = tempfile::tempdir().expect("tempdir");
    let database = runtime.block_on(reviewdesk_server::testing::database(dir.path()));
    let agency = runtime
        .block_on(Agency::open_or_init(
            &database,
            None,
            &reviewdesk_server::testing::unseal(dir.path()),
        ))
        .expect("server");
    let report = runtime
        .block_on(agency.load_call(
            &reviewdesk_demo::generate_json(reviewdesk_demo::DEMO_SEED, 1),
            Utc::now(),
        ))
        .expect("load");
    let code = runtime
        .block_on(agency.issue_code(&"E01".into()))
        .expect("code");
    let expert = KeyPair::generate();
    runtime
        .block_on(agency.enroll(
            &enrollment::request(&"E01".into(), &expert, &code, Utc::now()),
            Utc::now(),
        ))
        .expect("enroll");
    let rubric = reviewdesk_domain::default_rubrics::pre_review();
    let input = reviewdesk_demo::complete_sheet(
        &rubric,
        reviewdesk_domain::rubric::Points::new(8, 0),
        "Strong partner base in Viet Nam; delivery plan is credible.",
    );
    let assigned = ["A001", "A002", "A003", "A004"];
    let mut previous = None;
    let mut packages = Vec::with_capacity(PACKAGES);
    for sequence in 1..=PACKAGES as u64 {
        let content = PackageContent {
            format: SCORES_FORMAT.into(),
            version: 1,
            call_id: report.call_id.clone(),
            expert_id: "E01".into(),
            sheets: vec![PackagedSheet::new(
                &(assigned[sequence as usize % assigned.len()]).into(),
                (1, &rubric),
                &input,
                "2025-11-22T09:00:00Z".parse().expect("time"),
            )],
        };
        let id = uuid::Uuid::new_v4().to_string();
        let sealed = package::seal(
            &expert,
            &agency.public_keys(),
            &PackageInfo {
                package_id: id.as_str().into(),
                call_id: report.call_id.clone(),
                expert_id: "E01".into(),
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
    Chain {
        dir,
        agency,
        expert,
        packages,
    }
}

fn accept(c: &mut Criterion) {
    let mut group = c.benchmark_group("server");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20))
        .throughput(Throughput::Elements(PACKAGES as u64));
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    group.bench_function("verify and store 100 packages (library calls)", |b| {
        b.iter_batched(
            || chain(&runtime),
            |chain| {
                for (id, bytes) in &chain.packages {
                    runtime
                        .block_on(chain.agency.accept_package(
                            &"E01".into(),
                            &id.clone().into(),
                            bytes,
                            Utc::now(),
                        ))
                        .expect("accepted");
                }
                chain.dir
            },
            BatchSize::PerIteration,
        );
    });

    let _ = rustls::crypto::ring::default_provider().install_default();
    let client = reqwest::Client::new();
    group.bench_function("verify and store 100 packages (signed HTTP uploads)", |b| {
        b.iter_batched(
            || {
                let chain = chain(&runtime);
                let listener = runtime
                    .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
                    .expect("bind");
                let address = listener.local_addr().expect("address");
                let server = runtime.spawn(reviewdesk_server::http::serve(listener, chain.agency));
                (chain.dir, chain.expert, chain.packages, address, server)
            },
            |(dir, expert, packages, address, server)| {
                runtime.block_on(async {
                    for (id, bytes) in packages {
                        let path = format!("/v1/packages/{id}");
                        let signature =
                            request::sign(&expert, &"E01".into(), "PUT", &path, &bytes, Utc::now());
                        let mut put = client.put(format!("http://{address}{path}")).body(bytes);
                        for (name, value) in signature.headers() {
                            put = put.header(name, value);
                        }
                        let response = put.send().await.expect("send");
                        assert_eq!(response.status(), 200);
                    }
                });
                server.abort();
                dir
            },
            BatchSize::PerIteration,
        );
    });
    group.finish();
}

criterion_group!(benches, accept);
criterion_main!(benches);

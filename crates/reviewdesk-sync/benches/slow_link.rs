//! Delivering a score package over a poor link, for docs/BENCHMARKS.md: a
//! package of 50 complete score sheets sent by `reviewdesk_sync::deliver`
//! (the app's sync, default policy) to the real server through a loopback
//! proxy that carries 64 kbit/s and cuts 10 % of connections at a random
//! point — next to the time the same number of bytes takes over the same
//! link with no cuts and no protocol (a raw TCP stream to a sink).
//!
//! Run with `cargo bench -p reviewdesk-sync --bench slow_link` (about ten
//! minutes: every figure is a real transfer at 64 kbit/s).

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::Utc;
use rand::{Rng as _, SeedableRng as _};
use reviewdesk_core::outbox::{Delivery, QueuedPackage, SyncPlan};
use reviewdesk_domain::scores::{PackageContent, PackagedSheet, SCORES_FORMAT};
use reviewdesk_exchange::manifest::manifest_digest;
use reviewdesk_exchange::package::{self, PackageInfo};
use reviewdesk_exchange::{KeyPair, enrollment};
use reviewdesk_server::Agency;
use reviewdesk_sync::SyncPolicy;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Mutex;

/// 64 kbit/s, in bytes per second.
const RATE: f64 = 8_000.0;
const CUT_SHARE: f64 = 0.10;
const SHEETS: usize = 50;
const RUNS: usize = 7;

/// One direction of the link: every byte waits its turn at `RATE`.
#[derive(Clone)]
struct Direction(Arc<Mutex<Instant>>);

impl Direction {
    fn new() -> Self {
        Self(Arc::new(Mutex::new(Instant::now())))
    }

    async fn carry(&self, bytes: usize) {
        let due = {
            let mut free_at = self.0.lock().await;
            let start = (*free_at).max(Instant::now());
            *free_at = start + Duration::from_secs_f64(bytes as f64 / RATE);
            *free_at
        };
        tokio::time::sleep_until(due.into()).await;
    }
}

/// Copies `from` to `to` at the link's pace; stops after `cut_after` bytes
/// when given (the connection is then dropped).
async fn pace(
    mut from: tokio::net::tcp::OwnedReadHalf,
    mut to: tokio::net::tcp::OwnedWriteHalf,
    link: Direction,
    cut_after: Option<usize>,
) {
    let mut buffer = [0u8; 512];
    let mut carried = 0;
    loop {
        let n = match from.read(&mut buffer).await {
            Ok(0) | Err(_) => return,
            Ok(n) => n,
        };
        let n = match cut_after {
            Some(limit) if carried + n >= limit => {
                link.carry(limit - carried).await;
                let _ = to.write_all(&buffer[..limit - carried]).await;
                return;
            }
            _ => n,
        };
        link.carry(n).await;
        if to.write_all(&buffer[..n]).await.is_err() {
            return;
        }
        carried += n;
    }
}

/// A proxy to `upstream` over a 64 kbit/s link that cuts `cut_share` of its
/// connections after a random number of bytes (up to `cut_within`).
async fn slow_link(
    upstream: SocketAddr,
    cut_share: f64,
    cut_within: usize,
    seed: u64,
) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let address = listener.local_addr().expect("address");
    let (up, down) = (Direction::new(), Direction::new());
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    tokio::spawn(async move {
        while let Ok((client, _)) = listener.accept().await {
            let cut = rng
                .gen_bool(cut_share)
                .then(|| rng.gen_range(1..cut_within.max(2)));
            let (up, down) = (up.clone(), down.clone());
            tokio::spawn(async move {
                let Ok(server) = TcpStream::connect(upstream).await else {
                    return;
                };
                let (from_client, to_client) = client.into_split();
                let (from_server, to_server) = server.into_split();
                tokio::select! {
                    () = pace(from_client, to_server, up, cut) => {}
                    () = pace(from_server, to_client, down, None) => {}
                }
            });
        }
    });
    address
}

/// A server with two demo calls' worth of applications, E01 enrolled and
/// assigned the first 50, and E01's chain of `count` packages of 50
/// complete sheets each.
async fn server_and_packages(count: usize) -> (tempfile::TempDir, SocketAddr, SyncPlan) {
    let dir = tempfile::tempdir().expect("tempdir");
    let database = reviewdesk_server::Database::Sqlite(dir.path().join("server.db"));
    let agency = Agency::open_or_init(
        &database,
        None,
        &reviewdesk_server::testing::unseal(dir.path()),
    )
    .await
    .expect("server");
    let document = reviewdesk_demo::generate(reviewdesk_demo::DEMO_SEED, 2);
    let applications: Vec<String> = document
        .applications
        .iter()
        .take(SHEETS)
        .map(|a| a.id.to_string())
        .collect();
    let report = agency
        .load_call(&serde_json::to_vec(&document).expect("JSON"), Utc::now())
        .await
        .expect("load");
    let code = agency.issue_code(&"E01".into()).await.expect("code");
    let expert = KeyPair::generate();
    agency
        .enroll(
            &enrollment::request(&"E01".into(), &expert, &code, Utc::now()),
            Utc::now(),
        )
        .await
        .expect("enroll");
    agency
        .assign(&report.call_id, &"E01".into(), &applications)
        .await
        .expect("assign");
    let rubric = reviewdesk_domain::default_rubrics::pre_review();
    let mut previous = None;
    let mut packages = Vec::new();
    for sequence in 1..=count as u64 {
        let sheets = applications
            .iter()
            .map(|application| {
                let mut input = reviewdesk_demo::complete_sheet(
                    &rubric,
                    reviewdesk_domain::rubric::Points::new(8, 0),
                    "The team has delivered two comparable systems in the region; the plan and budget are credible, with a modest risk in data access that the partner agreement covers.",
                );
                input.comments = rubric
                    .criteria
                    .iter()
                    .flat_map(|c| &c.items)
                    .map(|i| (i.id.clone(), "Evidence checked against the attachments.".to_owned()))
                    .collect();
                PackagedSheet::new(&application.clone().into(), (1, &rubric), &input, "2025-11-22T09:00:00Z".parse().expect("time"))
            })
            .collect();
        let content = PackageContent {
            format: SCORES_FORMAT.into(),
            version: 1,
            call_id: report.call_id.clone(),
            expert_id: "E01".into(),
            sheets,
        };
        let package_id = reviewdesk_domain::PackageId::new(uuid::Uuid::new_v4().to_string());
        let sealed = package::seal(
            &expert,
            &agency.public_keys(),
            &PackageInfo {
                package_id: package_id.clone(),
                call_id: report.call_id.clone(),
                expert_id: "E01".into(),
                sequence,
                previous: previous.take(),
                created_at: Utc::now(),
            },
            &serde_json::to_vec(&content).expect("JSON"),
        )
        .expect("seal");
        let digest = manifest_digest(&sealed.manifest_bytes);
        previous = Some(digest.clone());
        packages.push(QueuedPackage {
            package_id,
            sequence,
            manifest_digest: digest,
            bytes: sealed.bytes,
        });
    }
    let plan = SyncPlan {
        tls_certificate: None,
        server: String::new(),
        expert_id: "E01".into(),
        keys: expert,
        agency: agency.public_keys(),
        packages,
        calls: vec![],
        downloads: None,
    };
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let address = listener.local_addr().expect("address");
    tokio::spawn(reviewdesk_server::http::serve(listener, agency));
    (dir, address, plan)
}

/// A sink that reads `length` bytes and answers one byte.
async fn sink(length: usize) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let address = listener.local_addr().expect("address");
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            tokio::spawn(async move {
                let mut buffer = vec![0u8; length];
                if stream.read_exact(&mut buffer).await.is_ok() {
                    let _ = stream.write_all(b"k").await;
                }
            });
        }
    });
    address
}

fn summary(mut seconds: Vec<f64>) -> String {
    seconds.sort_by(f64::total_cmp);
    format!(
        "median {:.1} s (min {:.1} s, max {:.1} s, {} runs)",
        seconds[seconds.len() / 2],
        seconds[0],
        seconds[seconds.len() - 1],
        seconds.len()
    )
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
#[expect(clippy::print_stdout, reason = "a bench prints its figures")]
async fn main() {
    // Under `cargo test --benches`, only check that it builds and starts.
    if std::env::args().any(|a| a == "--test" || a == "--list") {
        return;
    }
    let (_dir, server, mut plan) = server_and_packages(RUNS).await;
    let size = plan.packages[0].bytes.len();
    println!("package of {SHEETS} complete sheets: {size} bytes");

    let mut delivered = Vec::new();
    let queue = std::mem::take(&mut plan.packages);
    for (run, package) in queue.into_iter().enumerate() {
        let proxy = slow_link(server, CUT_SHARE, size + 2_000, run as u64).await;
        plan.server = format!("http://{proxy}");
        plan.packages = vec![package];
        let started = Instant::now();
        let mut outcome = None;
        while outcome.is_none() {
            let report = reviewdesk_sync::deliver(&plan, SyncPolicy::default(), |_, delivery| {
                outcome = Some(delivery.clone());
            })
            .await;
            assert_eq!(report.refused, 0, "{report:?}");
        }
        assert!(matches!(outcome, Some(Delivery::Delivered { .. })));
        delivered.push(started.elapsed().as_secs_f64());
    }

    let mut raw = Vec::new();
    let target = sink(size).await;
    for run in 0..RUNS {
        let proxy = slow_link(target, 0.0, 1, run as u64).await;
        let bytes = vec![0x5a; size];
        let started = Instant::now();
        let mut stream = TcpStream::connect(proxy).await.expect("connect");
        stream.write_all(&bytes).await.expect("write");
        let mut answer = [0u8; 1];
        stream.read_exact(&mut answer).await.expect("answer");
        raw.push(started.elapsed().as_secs_f64());
    }

    println!(
        "deliver through 64 kbit/s with 10 % of connections cut: {}",
        summary(delivered)
    );
    println!(
        "raw transfer of the same bytes at 64 kbit/s: {}",
        summary(raw)
    );
    println!(
        "(the link's floor for {size} bytes: {:.1} s)",
        size as f64 / RATE
    );
}

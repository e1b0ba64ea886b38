//! The agency server under attack, for docs/BENCHMARKS.md. The server runs
//! as its own process (`reviewdesk-server serve`, built for this bench), so
//! its memory is its own: the peak resident size (`VmHWM`) is read after
//! each step. Measured:
//!
//! - experts' upload latency (p50, p99) on a quiet server, then during a
//!   burst of 1,000 wrong staff sign-ins, and the ratio of the two — once
//!   from one address (the lockout cuts it short) and once spread over 50
//!   loopback addresses with a new name each time (every one a full Argon2
//!   check, the worst an attacker with many addresses can do);
//! - 32 unauthenticated 60 MiB uploads at once (refused before the body);
//! - 1,100 idle connections (capped, and the server still answers).
//!
//! Run with `cargo bench -p reviewdesk-server --bench abuse` (Linux: it reads
//! `/proc`), and with `REVIEWDESK_TEST_POSTGRES=postgres://…` for PostgreSQL.

mod support;

use std::io::{BufRead as _, BufReader};
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use reviewdesk_server::{Agency, Database, Unseal};
use support::{Uploader, enrolled_crowd, percentile, upload};

const EXPERTS_PER_RUN: usize = 20;
const PACKAGES_EACH: u64 = 5;
const WRONG_SIGN_INS: usize = 1_000;
const ATTACKERS: usize = 32;
const ADDRESSES: usize = 50;

/// `reviewdesk-server serve` on `database`, its keys unsealed with
/// `key_file`: the process and its address.
fn serve(database: &Database, key_file: &std::path::Path) -> (Child, SocketAddr) {
    let database = match database {
        Database::Sqlite(path) => path.display().to_string(),
        Database::Postgres(address) => address.clone(),
    };
    let mut child = Command::new(env!("CARGO_BIN_EXE_reviewdesk-server"))
        .args(["--database", &database, "serve", "--listen", "127.0.0.1:0"])
        .env(reviewdesk_server::seal::KEY_FILE_VARIABLE, key_file)
        .env("LANG", "en_US.UTF-8")
        .stderr(Stdio::piped())
        .spawn()
        .expect("serve");
    let mut lines = BufReader::new(child.stderr.take().expect("stderr")).lines();
    let line = lines
        .by_ref()
        .map_while(Result::ok)
        .find(|l| l.contains("listening on"))
        .expect("the server says where it listens");
    std::thread::spawn(move || lines.for_each(drop));
    let url = line.rsplit(' ').next().expect("url");
    let address = url.trim_start_matches("http://").parse().expect("address");
    (child, address)
}

/// The process's peak resident memory so far, in MiB.
fn peak_mib(process: &Child) -> f64 {
    let status =
        std::fs::read_to_string(format!("/proc/{}/status", process.id())).expect("/proc status");
    let kib: f64 = status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|value| value.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmHWM");
    kib / 1024.0
}

/// `WRONG_SIGN_INS` wrong staff sign-ins from `ATTACKERS` connections at
/// once, from `addresses` loopback addresses, with a new name each time when
/// `new_names`: the answers by status.
async fn burst(address: SocketAddr, addresses: usize, new_names: bool) -> Vec<(u16, usize)> {
    let clients: Vec<reqwest::Client> = (0..addresses)
        .map(|n| {
            let local = IpAddr::V4(Ipv4Addr::new(127, 0, 1, u8::try_from(n + 1).expect("few")));
            reqwest::Client::builder()
                .local_address(local)
                .build()
                .expect("client")
        })
        .collect();
    let next = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let mut running = tokio::task::JoinSet::new();
    for _ in 0..ATTACKERS {
        let (clients, next) = (clients.clone(), std::sync::Arc::clone(&next));
        running.spawn(async move {
            let mut statuses = Vec::new();
            loop {
                let n = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                if n >= WRONG_SIGN_INS {
                    break;
                }
                let name = if new_names {
                    format!("guess-{n}")
                } else {
                    "clerk".into()
                };
                let answered = clients[n % clients.len()]
                    .post(format!("http://{address}/v1/staff/sign-in"))
                    .basic_auth(name, Some("not the password"))
                    .send()
                    .await
                    .map_or(0, |r| r.status().as_u16());
                statuses.push(answered);
            }
            statuses
        });
    }
    let mut counted = std::collections::BTreeMap::new();
    while let Some(done) = running.join_next().await {
        for status in done.expect("an attacker") {
            *counted.entry(status).or_insert(0) += 1;
        }
    }
    counted.into_iter().collect()
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

/// 32 uploads of 60 MiB with no signature, at once; how many were answered
/// 401 (the rest saw the connection closed under them, also a refusal).
async fn unauthenticated_bodies(address: SocketAddr) -> usize {
    let body = vec![0u8; 60 << 20];
    let client = reqwest::Client::new();
    let mut running = tokio::task::JoinSet::new();
    for n in 0..32 {
        let (client, body) = (client.clone(), body.clone());
        running.spawn(async move {
            client
                .put(format!("http://{address}/v1/packages/{n}"))
                .body(body)
                .send()
                .await
                .is_ok_and(|r| r.status() == 401)
        });
    }
    let mut answered = 0;
    while let Some(done) = running.join_next().await {
        answered += usize::from(done.expect("an upload"));
    }
    answered
}

/// 1,100 connections that send nothing; whether a request still gets an
/// answer while they are open.
async fn idle_connections(address: SocketAddr) -> bool {
    let mut idle = Vec::new();
    for _ in 0..1_100 {
        if let Ok(connection) = tokio::net::TcpStream::connect(address).await {
            idle.push(connection);
        }
    }
    let answered = tokio::time::timeout(
        Duration::from_secs(60),
        reqwest::Client::new()
            .get(format!("http://{address}/v1/health"))
            .send(),
    )
    .await
    .is_ok_and(|r| r.is_ok_and(|r| r.status() == 200));
    drop(idle);
    answered
}

fn main() {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    runtime.block_on(async {
        let dir = tempfile::tempdir().expect("tempdir");
        let database = reviewdesk_server::testing::database(dir.path()).await;
        let store = match &database {
            Database::Sqlite(_) => "SQLite",
            Database::Postgres(_) => "PostgreSQL",
        };
        let unseal = reviewdesk_server::testing::unseal(dir.path());
        let Unseal::KeyFile(key_file) = &unseal else {
            unreachable!("the bench seals with a key file")
        };
        let runs = 3;
        let experts_needed = EXPERTS_PER_RUN * runs;
        let mut uploaders: Vec<Uploader> = {
            let agency = Agency::open_or_init(&database, None, &unseal)
                .await
                .expect("server");
            agency
                .add_staff("clerk", "correct horse battery")
                .await
                .expect("staff");
            enrolled_crowd(&agency, experts_needed, PACKAGES_EACH).await.1
        };
        let (mut server, address) = serve(&database, key_file);
        let started_mib = peak_mib(&server);

        let mut next_run = || uploaders.drain(..EXPERTS_PER_RUN).collect::<Vec<_>>();
        let (quiet, quiet_errors) = upload(&reqwest::Client::new(), address, next_run()).await;
        let quiet_mib = peak_mib(&server);

        println!("| store | during | upload p50 | p99 | p50 ratio to quiet | p99 ratio | upload errors | sign-in answers | server peak memory |");
        println!("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        let row = |during: &str, timings: &[Duration], errors: usize, answers: &str, mib: f64| {
            let (p50, p99) = (percentile(timings, 0.5), percentile(timings, 0.99));
            println!(
                "| {store} | {during} | {:.1} ms | {:.1} ms | {:.2} | {:.2} | {errors} of {} | {answers} | {mib:.0} MiB |",
                ms(p50),
                ms(p99),
                ms(p50) / ms(percentile(&quiet, 0.5)),
                ms(p99) / ms(percentile(&quiet, 0.99)),
                timings.len(),
            );
        };
        row("nothing (quiet)", &quiet, quiet_errors, "—", quiet_mib);

        for (during, addresses, new_names) in [
            ("1,000 wrong sign-ins, one address, one name", 1, false),
            ("1,000 wrong sign-ins, 50 addresses, a new name each", ADDRESSES, true),
        ] {
            let attack = tokio::spawn(burst(address, addresses, new_names));
            // The burst is under way before the experts start.
            tokio::time::sleep(Duration::from_millis(200)).await;
            let (timings, errors) = upload(&reqwest::Client::new(), address, next_run()).await;
            let attack_started = Instant::now();
            let answers = attack.await.expect("burst");
            let answers = answers
                .iter()
                .map(|(status, count)| format!("{count}× {status}"))
                .collect::<Vec<_>>()
                .join(", ");
            let answers = format!(
                "{answers} (burst outlasted uploads by {:.1} s)",
                attack_started.elapsed().as_secs_f64()
            );
            row(during, &timings, errors, &answers, peak_mib(&server));
        }

        let refused = unauthenticated_bodies(address).await;
        println!(
            "\n32 unauthenticated 60 MiB uploads at once: {refused} answered 401 before their body (the rest cut off); server peak {:.0} MiB.",
            peak_mib(&server)
        );
        let answered = idle_connections(address).await;
        println!(
            "1,100 idle connections: health {}; server peak {:.0} MiB (at start {started_mib:.0} MiB).",
            if answered { "still answered" } else { "NOT answered" },
            peak_mib(&server)
        );
        let _ = server.kill();
        let _ = server.wait();
    });
}

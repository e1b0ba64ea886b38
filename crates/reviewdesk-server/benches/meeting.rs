//! A panel meeting's hub with 15 experts, for docs/BENCHMARKS.md. The hub
//! runs as its own process (`reviewdesk-server meeting`, built for this
//! bench) from a staff vault, so its memory is its own (`VmHWM`); the
//! experts are real vaults in this process, enrolled with an agency server
//! here, each keeping in step with the hub every 3 s as the app does.
//! Measured: the time from an expert's submission (sealing its package
//! included) to the chair's board showing it — the hub prints the board's
//! progress line each time it recomputes the board after a change — p50 and
//! p99 over every submission, and the hub's peak memory.
//!
//! Run with `cargo bench -p reviewdesk-server --bench meeting` (Linux: it
//! reads `/proc`).

#[allow(
    dead_code,
    reason = "the uploads the other benches share are not used here"
)]
mod support;

use std::io::{BufRead as _, BufReader};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::Utc;
use reviewdesk_core::{KdfParams, Passphrase, Session, Timestamp};
use reviewdesk_server::{Agency, Database};
use support::{crowded_call, percentile};

const EXPERTS: usize = 15;
const ROUNDS: usize = 10;
const PASSPHRASE: &str = "lychee harbour violet tram 42";
const STAFF_PASSPHRASE: &str = "mango river seventeen kites";

fn sheet(score: &str) -> reviewdesk_core::sheet::SheetInput {
    let rubric = reviewdesk_domain::default_rubrics::pre_review();
    let scores: std::collections::BTreeMap<_, _> = rubric
        .criteria
        .iter()
        .flat_map(|c| &c.items)
        .map(|i| (i.id.clone(), score.to_owned()))
        .collect();
    serde_json::from_value(serde_json::json!({
        "declaration": {"kind": "no_conflict"},
        "scores": scores,
        "vetoes": {"related-to-demand-side": false, "export-restricted": false},
        "recommendation": "recommend",
        "opinion": "Scored in the room.",
    }))
    .expect("sheet")
}

fn policy() -> reviewdesk_sync::SyncPolicy {
    reviewdesk_sync::SyncPolicy {
        attempts: 3,
        timeout: Duration::from_secs(10),
        ..Default::default()
    }
}

#[expect(clippy::print_stdout, reason = "a bench prints its figures")]
fn main() {
    let dir = tempfile::tempdir().expect("tempdir");
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let (call, document) = crowded_call(EXPERTS);
    // Open for revision for good: each expert submits A001 once a round.
    let mut document: serde_json::Value = serde_json::from_slice(&document).expect("JSON");
    document["call"]["pre_review_due"] = "2099-12-31".into();
    let document = serde_json::to_vec(&document).expect("JSON");
    let (server, agency) = runtime.block_on(async {
        let agency = Agency::open_or_init(
            &Database::Sqlite(dir.path().join("server.db")),
            None,
            &reviewdesk_server::testing::unseal(dir.path()),
        )
        .await
        .expect("server");
        agency.load_call(&document, Utc::now()).await.expect("load");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let server = format!("http://{}", listener.local_addr().expect("address"));
        tokio::spawn(reviewdesk_server::http::serve(listener, agency.clone()));
        (server, agency)
    });
    let experts: Vec<(String, Arc<Mutex<Session>>)> = (1..=EXPERTS)
        .map(|n| {
            let id = format!("X{n:03}");
            let session = Arc::new(Mutex::new(Session::new(KdfParams::insecure_for_tests())));
            let pass = Passphrase::new(PASSPHRASE.into());
            session
                .lock()
                .expect("session")
                .create_vault(&dir.path().join(format!("{id}.rdvault")), &pass, &pass)
                .expect("vault");
            runtime.block_on(async {
                let code = agency.issue_code(&id.as_str().into()).await.expect("code");
                let lock = || session.lock().expect("session");
                reviewdesk_sync::enroll_vault(lock, &server, &id.as_str().into(), &code, policy())
                    .await
                    .expect("enrolled");
                reviewdesk_sync::sync_once(lock, None, policy(), &mut |_| {})
                    .await
                    .expect("bundle");
            });
            (id, session)
        })
        .collect();
    {
        let mut staff = Session::new(KdfParams::insecure_for_tests());
        let pass = Passphrase::new(PASSPHRASE.into());
        staff
            .create_vault(&dir.path().join("staff.rdvault"), &pass, &pass)
            .expect("vault");
        staff.import(&document, &mut |_| {}).expect("agency data");
        let key = runtime
            .block_on(agency.staff_key(STAFF_PASSPHRASE))
            .expect("staff key");
        staff
            .staff()
            .install_staff_key(&key, &zeroize::Zeroizing::new(STAFF_PASSPHRASE.into()))
            .expect("installed");
    }

    let mut hub = Command::new(env!("CARGO_BIN_EXE_reviewdesk-server"))
        .args(["meeting", "--vault", "staff.rdvault", "--call", &call])
        .args(["--listen", "127.0.0.1:0"])
        .current_dir(dir.path())
        .env("REVIEWDESK_PASSPHRASE", PASSPHRASE)
        .env("LANG", "en_US.UTF-8")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("meeting");
    let (shown, board_lines) = std::sync::mpsc::channel::<Instant>();
    let (card, card_lines) = std::sync::mpsc::channel::<String>();
    let stdout = hub.stdout.take().expect("stdout");
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if line.contains("sheets in") {
                let _ = shown.send(Instant::now());
            } else {
                let _ = card.send(line);
            }
        }
    });
    let field = |label: &str| {
        card_lines
            .iter()
            .find_map(|l| l.strip_prefix(label).map(str::to_owned))
            .expect("the join card")
    };
    let address = field("Address: ");
    let code = field("Meeting code: ");
    runtime.block_on(async {
        for (_, session) in &experts {
            let lock = || session.lock().expect("session");
            reviewdesk_sync::meeting::join_meeting(lock, &address, Some(&code), policy())
                .await
                .expect("joined");
        }
    });
    // Every expert's app keeps in step every 3 s, as the app does.
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    for (_, session) in &experts {
        let (session, stop) = (Arc::clone(session), Arc::clone(&stop));
        runtime.spawn(async move {
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let lock = || session.lock().expect("session");
                let _ = reviewdesk_sync::meeting::meeting_step(lock, policy()).await;
                tokio::time::sleep(Duration::from_secs(3)).await;
            }
        });
    }

    let mut latencies = Vec::new();
    let today = chrono::Local::now().date_naive();
    for round in 0..ROUNDS {
        for (_, session) in &experts {
            // The board's lines from before this submission are old news:
            // let the last change's lines arrive, then drop them.
            std::thread::sleep(Duration::from_millis(100));
            while board_lines.try_recv().is_ok() {}
            let started = Instant::now();
            {
                // Revised, scored and submitted at once: no step in between
                // sees a draft.
                let mut session = session.lock().expect("session");
                let mut expert = session.expert();
                let (call, a001) = (call.as_str().into(), "A001".into());
                if round > 0 {
                    expert
                        .revise_sheet(&call, &a001, today, Timestamp::now())
                        .expect("revise");
                }
                let score = if round % 2 == 0 { "8" } else { "7" };
                expert
                    .save_sheet(&call, &a001, &sheet(score), Timestamp::now())
                    .expect("score");
                expert
                    .submit_sheet(&call, &a001, Timestamp::now())
                    .expect("submit");
            }
            let lock = || session.lock().expect("session");
            runtime
                .block_on(reviewdesk_sync::meeting::meeting_step(lock, policy()))
                .expect("in step");
            let board = board_lines
                .recv_timeout(Duration::from_secs(30))
                .expect("the board shows it");
            latencies.push(board.saturating_duration_since(started));
        }
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    latencies.sort();
    let status = std::fs::read_to_string(format!("/proc/{}/status", hub.id())).expect("/proc");
    let peak_kib: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmHWM");
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!("| experts | submissions | submit to board p50 | p99 | hub peak memory |");
    println!("| --- | --- | --- | --- | --- |");
    println!(
        "| {EXPERTS} | {} | {:.1} ms | {:.1} ms | {:.1} MiB |",
        latencies.len(),
        ms(percentile(&latencies, 0.5)),
        ms(percentile(&latencies, 0.99)),
        peak_kib / 1024.0
    );
    let _ = Command::new("kill")
        .args(["-TERM", &hub.id().to_string()])
        .status();
    let _ = hub.wait();
}

//! Durability of autosave: a process saving score changes one after another is
//! killed with SIGKILL at random moments, hundreds of times. After every kill the
//! vault must pass SQLite's and SQLCipher's integrity checks and hold every change
//! the process acknowledged (printed "ack N" after `save_sheet` returned).
//!
//! The child is this same test binary, re-run on the ignored test below with
//! the vault's path in an environment variable.

use std::io::{BufRead as _, BufReader, Write as _};
use std::process::{Command, Stdio};
use std::time::Duration;

use rand::{Rng as _, SeedableRng as _};
use reviewdesk_core::sheet::SheetInput;
use reviewdesk_core::{KdfParams, Passphrase, Session, Timestamp};
use reviewdesk_vault::Vault;

use crate::scoring::{DemoVault, PASSPHRASE, item_ids};

const KILLS: usize = 200;
const VAULT_VARIABLE: &str = "REVIEWDESK_DURABILITY_VAULT";
const START_VARIABLE: &str = "REVIEWDESK_DURABILITY_START";
const APPLICATIONS: [&str; 6] = ["A001", "A002", "A003", "A004", "A005", "A006"];

/// Change `n`: which application it touches and the whole sheet it stores.
/// Every score differs from change to change, and the opinion names `n`.
fn change(n: u64) -> (&'static str, SheetInput) {
    let application = APPLICATIONS[(n % APPLICATIONS.len() as u64) as usize];
    let scores = item_ids()
        .into_iter()
        .enumerate()
        .map(|(i, item)| {
            let halves = (n + i as u64 * 7) % 21;
            let score = format!("{}.{}", halves / 2, if halves % 2 == 1 { 5 } else { 0 });
            (item, serde_json::from_value(score.into()).expect("points"))
        })
        .collect();
    let input = SheetInput {
        declaration: Some(reviewdesk_core::sheet::Declaration::NoConflict),
        scores,
        opinion: format!("change {n}"),
        ..SheetInput::default()
    };
    (application, input)
}

#[test]
#[ignore = "the child process of `acknowledged_score_changes_survive_sigkill`"]
fn child_saving_score_changes_until_killed() {
    let (Some(vault), Some(start)) = (
        std::env::var_os(VAULT_VARIABLE),
        std::env::var(START_VARIABLE).ok(),
    ) else {
        panic!("run by acknowledged_score_changes_survive_sigkill only");
    };
    let mut session = Session::new(KdfParams::insecure_for_tests());
    session
        .unlock(vault.as_ref(), &Passphrase::new(PASSPHRASE.into()))
        .expect("unlock");
    let call_id = session.current_call_id(None).expect("call");
    let mut stdout = std::io::stdout().lock();
    for n in start.parse::<u64>().expect("start").. {
        let (application, input) = change(n);
        session
            .expert()
            .save_sheet(&call_id, &application.into(), &input, Timestamp::now())
            .expect("save");
        writeln!(stdout, "ack {n}")
            .and_then(|()| stdout.flush())
            .expect("ack");
    }
}

#[test]
fn acknowledged_score_changes_survive_sigkill() {
    let (demo, session) = DemoVault::new(|_| {});
    drop(session);
    let seed: u64 = rand::random();
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let mut next: u64 = 0;
    let mut acknowledged_total = 0;
    for kill in 0..KILLS {
        let mut child = Command::new(std::env::current_exe().expect("test binary"))
            .args([
                "--exact",
                "durability::child_saving_score_changes_until_killed",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(VAULT_VARIABLE, &demo.path)
            .env(START_VARIABLE, next.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn child");
        // Kill after a random number of acknowledgements (sometimes none, while
        // the vault is still opening), then a random moment into the next save.
        let wait_for = rng.gen_range(0..=25);
        let mut acks = BufReader::new(child.stdout.take().expect("stdout")).lines();
        let mut seen = 0;
        while seen < wait_for {
            let line = acks.next().expect("child ended early").expect("read");
            if let Some(n) = acknowledged_change(&line) {
                assert_eq!(n, next, "seed {seed}");
                next += 1;
                seen += 1;
            }
        }
        std::thread::sleep(Duration::from_micros(rng.gen_range(0..3_000)));
        child.kill().expect("SIGKILL");
        child.wait().expect("reap");
        // Acknowledgements already written before the kill count too.
        for line in acks.map_while(Result::ok) {
            if let Some(n) = acknowledged_change(&line) {
                assert_eq!(n, next, "seed {seed}");
                next += 1;
            }
        }
        acknowledged_total = next;
        check_vault(&demo, next, kill, seed);
    }
    assert!(
        acknowledged_total >= 1_000,
        "only {acknowledged_total} changes were saved (seed {seed})"
    );
}

/// The change an output line acknowledges. The test harness prints the test's
/// name without a line break first, so the first "ack" shares a line with it.
fn acknowledged_change(line: &str) -> Option<u64> {
    let (_, number) = line.rsplit_once("ack ")?;
    Some(number.trim().parse().expect("a change number"))
}

/// The vault is sound and each application's sheet is the last acknowledged
/// change to it, or the one change in flight when the process died.
fn check_vault(demo: &DemoVault, acknowledged: u64, kill: usize, seed: u64) {
    let vault = Vault::open(&demo.path, &Passphrase::new(PASSPHRASE.into())).expect("reopen");
    let problems = vault.integrity_problems().expect("integrity check");
    assert!(
        problems.is_empty(),
        "kill {kill} (seed {seed}): {problems:?}"
    );
    let sheets = vault.sheets(&demo.call_id).expect("sheets");
    let in_flight = acknowledged;
    for application in APPLICATIONS {
        let last_acked = (0..acknowledged)
            .rev()
            .find(|n| change(*n).0 == application);
        let stored = sheets.iter().find(|s| s.application_id == application);
        let stored_change = stored.map(|s| {
            s.input
                .opinion
                .strip_prefix("change ")
                .and_then(|n| n.parse::<u64>().ok())
                .expect("opinion names its change")
        });
        let allowed_in_flight = change(in_flight).0 == application;
        match stored_change {
            Some(n) if Some(n) == last_acked || (allowed_in_flight && n == in_flight) => {
                assert_eq!(
                    stored.map(|s| &s.input),
                    Some(&change(n).1),
                    "kill {kill} (seed {seed}): {application} holds change {n} only in part"
                );
            }
            None if last_acked.is_none() => {}
            other => panic!(
                "kill {kill} (seed {seed}): {application} holds change {other:?}, \
                 but change {last_acked:?} was acknowledged"
            ),
        }
    }
    vault.lock().expect("close");
}

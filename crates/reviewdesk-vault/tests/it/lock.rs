//! One process at a time: a vault another process holds is refused at once,
//! and opens as soon as that process has let go, even by dying; handles in
//! one process share it.

use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::path::Path;
use std::process::{Command, Stdio};

use reviewdesk_vault::{Vault, VaultError};

use crate::{PASSPHRASE, TestVault, passphrase};

const HOLD_VARIABLE: &str = "REVIEWDESK_TEST_HOLD_VAULT";

/// Run as a child process: opens the vault, says so, and holds it until its
/// standard input closes or it is killed.
#[test]
#[ignore = "a child process of a_vault_open_in_another_process_is_refused_until_it_lets_go"]
fn child_holding_a_vault() {
    let Some(path) = std::env::var_os(HOLD_VARIABLE) else {
        return;
    };
    let vault = Vault::open(Path::new(&path), &passphrase(PASSPHRASE)).expect("open");
    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "\nholding")
        .and_then(|()| stdout.flush())
        .expect("say");
    let _ = std::io::stdin().read_to_end(&mut Vec::new());
    drop(vault);
}

#[test]
fn a_vault_open_in_another_process_is_refused_until_it_lets_go() {
    let (test, vault) = TestVault::new();
    drop(vault);
    let mut child = Command::new(std::env::current_exe().expect("test binary"))
        .args([
            "--exact",
            "lock::child_holding_a_vault",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(HOLD_VARIABLE, &test.path)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn child");
    let said = BufReader::new(child.stdout.take().expect("stdout"))
        .lines()
        .map_while(Result::ok)
        .any(|line| line.trim() == "holding");
    assert!(said, "the child opened the vault");
    match Vault::open(&test.path, &passphrase(PASSPHRASE)) {
        Err(VaultError::InUse(path)) => assert_eq!(path, test.path),
        other => panic!("expected the vault in use, got {other:?}"),
    }
    // A process that dies lets go as surely as one that closes the vault.
    child.kill().expect("kill");
    child.wait().expect("reap");
    test.open().lock().expect("lock");
}

#[test]
fn handles_in_one_process_share_the_vault() {
    let (test, first) = TestVault::new();
    let second = test.open();
    drop(first);
    let third = test.open();
    drop(second);
    drop(third);
    test.open().lock().expect("lock");
}

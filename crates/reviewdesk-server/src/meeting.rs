//! `reviewdesk-server meeting`: a panel meeting's hub from the shell, for a
//! room where staff run no app — the staff vault unlocked, the hub served on
//! the room's network (`reviewdesk_meeting`), the join card printed with its
//! QR code, and a line per demand each time the board changes, until
//! Ctrl+C or SIGTERM. The chair types commands on its standard input: open
//! or close a demand's round, fix the minutes for signing — the hub holds
//! the staff vault, so they go through it.

use std::net::SocketAddr;
use std::path::Path;
use std::sync::{Arc, Mutex};

use reviewdesk_core::staff::Round;
use reviewdesk_core::{CoreError, Passphrase, Session};
use reviewdesk_domain::{CallId, DemandId};
use reviewdesk_i18n::Localizer;
use reviewdesk_meeting::MeetingOptions;
use reviewdesk_server::{Denial, ServerError};

use crate::{say, secret, stop_asked};

/// A staff desk's refusal, in the words of the server's other refusals.
fn refused(error: &CoreError, l: &Localizer) -> ServerError {
    ServerError::refused(Denial::BadRequest, error.code.as_str(), error.localized(l))
}

pub(crate) async fn run(
    vault: &Path,
    call_id: CallId,
    listen: SocketAddr,
    l: &Localizer,
) -> Result<(), ServerError> {
    let passphrase = secret("REVIEWDESK_PASSPHRASE", "server-vault-passphrase-prompt", l)?;
    let mut session = Session::default();
    session
        .unlock(vault, &Passphrase::new(passphrase.to_string()))
        .map_err(|e| refused(&e, l))?;
    let session = Arc::new(Mutex::new(session));
    let meeting = reviewdesk_meeting::start(session, MeetingOptions { call_id, listen })
        .await
        .map_err(|e| refused(&e, l))?;
    let card = &meeting.card;
    say(l.format(
        "server-meeting-started",
        &[("call", card.call_id.to_string())],
    ));
    for address in &card.addresses {
        say(l.format("server-meeting-address", &[("address", address.clone())]));
    }
    say(l.format("server-meeting-code", &[("code", card.code.clone())]));
    say(l.format(
        "server-meeting-fingerprint",
        &[("fingerprint", card.fingerprint.clone())],
    ));
    say(reviewdesk_meeting::qr_text(card));
    say(l.format("server-meeting-commands", &[]));
    let mut changes = meeting.changes();
    let mut commands = chair_commands();
    let stop = stop_asked();
    tokio::pin!(stop);
    loop {
        tokio::select! {
            () = &mut stop => break,
            changed = changes.changed() => {
                if changed.is_err() {
                    break;
                }
                show_progress(&meeting, l).await;
            }
            Some(line) = commands.recv() => obey(&meeting, &line, l).await,
        }
    }
    meeting.stop().await;
    say(l.format("server-meeting-stopped", &[]));
    Ok(())
}

/// The lines the chair types, read on a thread of their own (standard
/// input blocks); none when it is closed.
fn chair_commands() -> tokio::sync::mpsc::Receiver<String> {
    let (send, receive) = tokio::sync::mpsc::channel(8);
    std::thread::spawn(move || {
        for line in std::io::stdin().lines() {
            let Ok(line) = line else { break };
            if send.blocking_send(line).is_err() {
                break;
            }
        }
    });
    receive
}

/// One command of the chair's: `round DEMAND discussion|revision|close`
/// or `fix-minutes`; anything else is answered with what may be typed.
async fn obey(meeting: &reviewdesk_meeting::Meeting, line: &str, l: &Localizer) {
    let words: Vec<&str> = line.split_whitespace().collect();
    let done = match words.as_slice() {
        [] => return,
        ["fix-minutes"] => meeting.fix_minutes().await.map(|fixed| {
            l.format(
                "server-meeting-minutes-fixed",
                &[
                    ("digest", fixed.digest),
                    ("experts", fixed.unsigned.len().to_string()),
                ],
            )
        }),
        ["round", demand, choice] => {
            let round = match *choice {
                "close" => Ok(None),
                other => Round::parse(other).map(Some).ok_or(()),
            };
            match round {
                Ok(round) => meeting
                    .set_round(DemandId::from(*demand), round)
                    .await
                    .map(|()| {
                        l.format(
                            "server-meeting-round-set",
                            &[("demand", (*demand).to_owned())],
                        )
                    }),
                Err(()) => Ok(l.format("server-meeting-commands", &[])),
            }
        }
        _ => Ok(l.format("server-meeting-commands", &[])),
    };
    match done {
        Ok(said) => say(said),
        Err(error) => say(error.localized(l)),
    }
}

/// A line per demand of who is done, and who signed the minutes once fixed.
async fn show_progress(meeting: &reviewdesk_meeting::Meeting, l: &Localizer) {
    match meeting.view().await {
        Ok(view) => {
            for demand in &view.board.demands {
                say(l.format(
                    "server-meeting-progress",
                    &[
                        ("demand", demand.demand_id.to_string()),
                        ("done", demand.done.to_string()),
                        ("assigned", demand.assigned.to_string()),
                    ],
                ));
            }
            if let Some(minutes) = &view.minutes {
                let experts = minutes.signed.len() + minutes.unsigned.len();
                say(l.format(
                    "server-meeting-signed",
                    &[
                        ("signed", minutes.signed.len().to_string()),
                        ("experts", experts.to_string()),
                    ],
                ));
            }
        }
        Err(error) => tracing::warn!(code = error.code.as_str(), "board"),
    }
}

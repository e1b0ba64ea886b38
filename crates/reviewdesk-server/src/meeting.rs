//! `reviewdesk-server meeting`: a panel meeting's hub from the shell, for a
//! room where staff run no app — the staff vault unlocked, the hub served on
//! the room's network (`reviewdesk_meeting`), the join card printed with its
//! QR code, and a line per demand each time the board changes, until
//! Ctrl+C or SIGTERM.

use std::net::SocketAddr;
use std::path::Path;
use std::sync::{Arc, Mutex};

use reviewdesk_core::{CoreError, Passphrase, Session};
use reviewdesk_domain::CallId;
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
    let mut changes = meeting.changes();
    let stop = stop_asked();
    tokio::pin!(stop);
    loop {
        tokio::select! {
            () = &mut stop => break,
            changed = changes.changed() => {
                if changed.is_err() {
                    break;
                }
                match meeting.board().await {
                    Ok(board) => {
                        for demand in &board.demands {
                            say(l.format("server-meeting-progress", &[
                                ("demand", demand.demand_id.to_string()),
                                ("done", demand.done.to_string()),
                                ("assigned", demand.assigned.to_string()),
                            ]));
                        }
                    }
                    Err(error) => tracing::warn!(code = error.code.as_str(), "board"),
                }
            }
        }
    }
    meeting.stop().await;
    say(l.format("server-meeting-stopped", &[]));
    Ok(())
}

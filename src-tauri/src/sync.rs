//! The background sync task: whenever woken (a submission, the Sync button)
//! or once a minute — unless the agency revoked the vault's key, when only
//! the Sync button wakes it — it takes a sync plan from the session, delivers queued
//! packages and fetches newer bundles without holding the session, records
//! the results, and tells the window the sync state at a glance.

use std::time::Duration;

use reviewdesk_core::Problem;
use reviewdesk_core::outbox::{SyncPhase as Phase, SyncStatus as SyncState};
use tauri::{AppHandle, Manager as _};
use tokio::sync::Notify;

use crate::events;
use crate::state::AppState;

const PERIOD: Duration = Duration::from_secs(60);

/// Wakes the task early.
#[derive(Debug, Default)]
pub struct SyncSignal(pub Notify);

pub fn start(app: AppHandle) {
    tauri::async_runtime::spawn(async move {
        loop {
            run_once(&app).await;
            let signal = &app.state::<SyncSignal>().0;
            let revoked = app.state::<AppState>().sync_state().phase == Phase::Revoked;
            if revoked {
                signal.notified().await;
            } else {
                let _ = tokio::time::timeout(PERIOD, signal.notified()).await;
            }
        }
    });
}

async fn run_once(app: &AppHandle) {
    let state = app.state::<AppState>();
    let _one_run_at_a_time = state.sync_run.lock().await;
    // No server to reach (locked, not enrolled, or enrolled by file with no
    // address): nothing is sent, but what waits is still counted, for the
    // outbox to be handed over on a USB stick.
    let not_ready = {
        let mut session = state.session();
        if !session.is_unlocked() {
            Some(SyncState::default())
        } else if session.expert().sync_plan(None).is_err() {
            Some(SyncState {
                phase: Phase::Idle,
                ..session.expert().sync_status(None)
            })
        } else {
            None
        }
    };
    if let Some(waiting) = not_ready {
        publish(app, waiting);
        return;
    }
    let sending = state.session().expert().sync_status(None);
    publish(
        app,
        SyncState {
            phase: Phase::Sending,
            ..sending
        },
    );
    let policy = reviewdesk_sync::SyncPolicy {
        attempts: 4,
        ..state.sync_policy()
    };
    let outcome = reviewdesk_sync::sync_once(|| state.session(), None, policy, &mut |_| {}).await;
    let trouble = match outcome {
        Ok(outcome) => {
            if outcome.bundles > 0 {
                events::BUNDLES_UPDATED.emit(app, ());
            }
            outcome.problem
        }
        Err(failure) => Some(failure),
    };
    let status = state
        .session()
        .expert()
        .sync_status(trouble.as_ref().map(Problem::from));
    publish(app, status);
}

fn publish(app: &AppHandle, state: SyncState) {
    *app.state::<AppState>().sync_state() = state.clone();
    events::SYNC_STATE.emit(app, state);
}

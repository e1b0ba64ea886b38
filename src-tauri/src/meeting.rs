//! The panel meeting in the app. In staff mode, the hub: started on the
//! room's network from the staff vault open here, its join card, and the
//! board pushed to the window whenever a package or a report arrives. For an
//! expert, joining a meeting and a background task that keeps in step with
//! its hub — at once after each save or submission, so the chair's board
//! follows within a second, and every few seconds otherwise. At the end the
//! chair fixes the minutes and each expert signs what their app shows.

use std::net::SocketAddr;
use std::time::Duration;

use reviewdesk_core::expert::meeting::{MeetingView, MinutesToSignView};
use reviewdesk_core::staff::hub::HubView;
use reviewdesk_core::staff::meeting::DemandDiscussion;
use reviewdesk_core::{CallId, CoreError, ErrorPayload, Problem};
use reviewdesk_meeting::{Meeting, MeetingOptions};
use tauri::{AppHandle, Manager as _, State};
use tokio::sync::Notify;

use crate::events;
use crate::state::AppState;

type Reply<T> = Result<T, ErrorPayload>;

/// The port a meeting listens on unless the chair picks another.
const DEFAULT_PORT: u16 = 8765;
/// How often an expert's app asks the hub for news when nothing happens.
const PERIOD: Duration = Duration::from_secs(3);

/// The hub this app serves, if any, and what the expert's app last heard.
#[derive(Default)]
pub struct MeetingState {
    hub: tokio::sync::Mutex<Option<Meeting>>,
    heard: std::sync::Mutex<Heard>,
}

/// What the expert's app last heard from the hub it joined.
#[derive(Default, Clone)]
struct Heard {
    discussions: Vec<DemandDiscussion>,
    minutes: Option<MinutesToSignView>,
    trouble: Option<Problem>,
}

/// Wakes the expert's meeting task early: a sheet was saved or submitted.
#[derive(Debug, Default)]
pub struct MeetingSignal(pub Notify);

/// Starts a meeting on `call_id` from the staff vault, on every network of
/// this machine (`port`, or 8765); the chair shows the join card. A meeting
/// already running is shown instead.
#[tauri::command]
pub async fn start_meeting(
    app: AppHandle,
    state: State<'_, AppState>,
    meetings: State<'_, MeetingState>,
    call_id: CallId,
    port: Option<u16>,
) -> Reply<HubView> {
    let mut hub = meetings.hub.lock().await;
    if hub.is_none() {
        let options = MeetingOptions {
            call_id,
            listen: SocketAddr::from(([0, 0, 0, 0], port.unwrap_or(DEFAULT_PORT))),
        };
        let meeting = reviewdesk_meeting::start(state.session_handle(), options)
            .await
            .map_err(|e| state.fail(e))?;
        follow(app, meeting.changes());
        *hub = Some(meeting);
    }
    let meeting = hub.as_ref().ok_or_else(|| state.fail(not_running()))?;
    meeting.view().await.map_err(|e| state.fail(e))
}

/// Pushes the board to the window at each change, until the hub stops.
fn follow(app: AppHandle, mut changes: tokio::sync::watch::Receiver<u64>) {
    tauri::async_runtime::spawn(async move {
        while changes.changed().await.is_ok() {
            let meetings = app.state::<MeetingState>();
            let hub = meetings.hub.lock().await;
            if let Some(Ok(view)) = match hub.as_ref() {
                Some(meeting) => Some(meeting.view().await),
                None => None,
            } {
                events::HUB_BOARD.emit(&app, view);
            }
        }
    });
}

fn not_running() -> CoreError {
    CoreError::new(
        reviewdesk_core::ErrorCode::NotFound,
        "no meeting is running",
    )
    .with("id", "meeting")
}

/// The running meeting's card and board; `None` when none runs.
#[tauri::command]
pub async fn hub(
    state: State<'_, AppState>,
    meetings: State<'_, MeetingState>,
) -> Reply<Option<HubView>> {
    let hub = meetings.hub.lock().await;
    match hub.as_ref() {
        Some(meeting) => meeting.view().await.map(Some).map_err(|e| state.fail(e)),
        None => Ok(None),
    }
}

/// Fixes the minutes as the panel's data gives them now, for the experts to
/// sign; returns the chair's view with the content's digest.
#[tauri::command]
pub async fn fix_minutes(
    state: State<'_, AppState>,
    meetings: State<'_, MeetingState>,
) -> Reply<HubView> {
    let hub = meetings.hub.lock().await;
    let meeting = hub.as_ref().ok_or_else(|| state.fail(not_running()))?;
    meeting.fix_minutes().await.map_err(|e| state.fail(e))?;
    meeting.view().await.map_err(|e| state.fail(e))
}

/// Signs the minutes the expert read (`digest`), if the hub still shows
/// that content.
#[tauri::command]
pub async fn sign_minutes(
    state: State<'_, AppState>,
    meetings: State<'_, MeetingState>,
    digest: String,
) -> Reply<MeetingView> {
    reviewdesk_sync::meeting::sign_minutes(|| state.session(), &digest, state.sync_policy())
        .await
        .map_err(|e| state.fail(e))?;
    let heard = {
        let mut heard = meetings
            .heard
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(minutes) = heard.minutes.as_mut().filter(|m| m.digest == digest) {
            minutes.signed = true;
        }
        heard.clone()
    };
    view(&state, &heard)
}

/// Ends the meeting: requests in flight finish, then the hub stops.
#[tauri::command]
pub async fn stop_meeting(meetings: State<'_, MeetingState>) -> Reply<()> {
    if let Some(meeting) = meetings.hub.lock().await.take() {
        meeting.stop().await;
    }
    Ok(())
}

/// Joins the meeting on the chair's join card: its address and `code`, or
/// the join line its QR code carries.
#[tauri::command]
pub async fn join_meeting(
    state: State<'_, AppState>,
    signal: State<'_, MeetingSignal>,
    hub: String,
    code: Option<String>,
) -> Reply<MeetingView> {
    let code = code.filter(|c| !c.trim().is_empty());
    reviewdesk_sync::meeting::join_meeting(
        || state.session(),
        &hub,
        code.as_deref(),
        state.sync_policy(),
    )
    .await
    .map_err(|e| state.fail(e))?;
    signal.0.notify_one();
    view(&state, &Heard::default())
}

/// Leaves the meeting; the packages still go to the agency server.
#[tauri::command]
pub async fn leave_meeting(
    state: State<'_, AppState>,
    meetings: State<'_, MeetingState>,
) -> Reply<MeetingView> {
    state
        .session()
        .expert()
        .leave_meeting()
        .map_err(|e| state.fail(e))?;
    let heard = Heard::default();
    *meetings
        .heard
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner) = heard.clone();
    view(&state, &heard)
}

/// The meeting joined and what its hub last showed.
#[tauri::command]
pub async fn meeting(
    state: State<'_, AppState>,
    meetings: State<'_, MeetingState>,
) -> Reply<MeetingView> {
    let heard = meetings
        .heard
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .clone();
    view(&state, &heard)
}

fn view(state: &AppState, heard: &Heard) -> Reply<MeetingView> {
    state
        .session()
        .expert()
        .meeting_view(
            heard.discussions.clone(),
            heard.minutes.clone(),
            heard.trouble.clone(),
        )
        .map_err(|e| state.fail(e))
}

/// The expert's meeting task: while the vault has joined a meeting, one step
/// with its hub when woken or every few seconds; the window hears each.
pub fn start(app: AppHandle) {
    tauri::async_runtime::spawn(async move {
        loop {
            step(&app).await;
            let signal = &app.state::<MeetingSignal>().0;
            let _ = tokio::time::timeout(PERIOD, signal.notified()).await;
        }
    });
}

async fn step(app: &AppHandle) {
    let state = app.state::<AppState>();
    let joined = {
        let mut session = state.session();
        session.is_unlocked() && matches!(session.expert().joined_meeting(), Ok(Some(_)))
    };
    if !joined {
        return;
    }
    let policy = reviewdesk_sync::SyncPolicy {
        attempts: 2,
        timeout: Duration::from_secs(5),
        ..state.sync_policy()
    };
    let heard = match reviewdesk_sync::meeting::meeting_step(|| state.session(), policy).await {
        Ok(step) => Heard {
            discussions: step.discussions,
            minutes: step.minutes,
            trouble: None,
        },
        Err(error) => {
            let earlier = app.state::<MeetingState>();
            let earlier = earlier.heard.lock().map(|h| h.clone()).unwrap_or_default();
            Heard {
                trouble: Some(Problem::from(&error)),
                ..earlier
            }
        }
    };
    *app.state::<MeetingState>()
        .heard
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner) = heard.clone();
    if let Ok(view) = view(&state, &heard) {
        events::MEETING_STATE.emit(app, view);
    }
}

//! The events the app sends the window, each with its payload's type. The
//! UI's `ui/src/generated/ipc.ts` is generated from this file and the
//! commands (`cargo xtask codegen`), so a name or a payload cannot drift.

use std::marker::PhantomData;

use reviewdesk_core::expert::meeting::MeetingView;
use reviewdesk_core::outbox::SyncStatus;
use reviewdesk_core::staff::hub::HubView;
use serde::Serialize;
use tauri::{AppHandle, Emitter as _};

/// An event's name, typed by its payload.
pub struct Event<P> {
    name: &'static str,
    payload: PhantomData<fn(P)>,
}

impl<P: Serialize + Clone> Event<P> {
    const fn new(name: &'static str) -> Self {
        Self {
            name,
            payload: PhantomData,
        }
    }

    /// Sends the event; a window already closed has nothing to show it in.
    pub fn emit(&self, app: &AppHandle, payload: P) {
        let _ = app.emit(self.name, payload);
    }
}

/// The sync state at a glance changed.
pub const SYNC_STATE: Event<SyncStatus> = Event::new("sync-state");
/// Sync imported a newer bundle: what the window shows may have changed.
pub const BUNDLES_UPDATED: Event<()> = Event::new("bundles-updated");
/// The meeting this app serves changed: a package or a report arrived.
pub const HUB_BOARD: Event<HubView> = Event::new("hub-board");
/// The meeting this vault joined answered, or did not.
pub const MEETING_STATE: Event<MeetingView> = Event::new("meeting-state");
/// An import went on, about once per percent.
pub const IMPORT_PROGRESS: Event<ImportProgressEvent> = Event::new("import-progress");

#[derive(Debug, Clone, Serialize)]
pub struct ImportProgressEvent {
    pub done: usize,
    pub total: usize,
}

//! What the app holds between commands: the session, where the vault and the
//! settings live, and a localizer per language for error messages.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock, PoisonError};

use reviewdesk_core::settings::Settings;
use reviewdesk_core::views::AppStatus;
use reviewdesk_core::{CoreError, ErrorPayload, Language, Localizer, Session};

pub struct AppState {
    /// Shared with the meeting hub, which answers experts from it.
    session: Arc<Mutex<Session>>,
    sync_state: Mutex<reviewdesk_core::outbox::SyncStatus>,
    /// Held for a whole sync run: two runs on one vault would download the
    /// same bundle into the same partial file and undo each other's bytes
    /// (the background task woken while the demo's first run syncs).
    pub sync_run: tokio::sync::Mutex<()>,
    settings: Mutex<Settings>,
    pub vault_path: PathBuf,
    pub settings_path: PathBuf,
    /// Started with `--demo`: a new vault gets the demo call.
    pub demo: bool,
    /// The demo's local agency server, when `cargo xtask demo` started one.
    pub demo_server: Option<crate::demo::DemoServer>,
    /// Built when a language is first needed: most users never change it.
    localizers: [OnceLock<Localizer>; Language::ALL.len()],
}

impl AppState {
    pub fn new(home: &Path, demo: bool) -> Self {
        let settings_path = home.join("settings.json");
        Self {
            session: Arc::new(Mutex::new(Session::default())),
            sync_state: Mutex::new(reviewdesk_core::outbox::SyncStatus::default()),
            sync_run: tokio::sync::Mutex::new(()),
            settings: Mutex::new(Settings::load(&settings_path)),
            vault_path: home.join("vault.rdvault"),
            settings_path,
            demo,
            demo_server: demo
                .then(crate::demo::DemoServer::from_environment)
                .flatten(),
            localizers: Default::default(),
        }
    }

    /// What the window needs to know at start, before anything is unlocked.
    pub fn status(&self) -> AppStatus {
        AppStatus {
            vault_exists: reviewdesk_core::vault_exists(&self.vault_path),
            unlocked: self.session().is_unlocked(),
            settings: self.settings().clone(),
            demo_on_create: self.demo,
        }
    }

    /// The session; a panic in an earlier command does not lock the user out.
    pub fn session(&self) -> MutexGuard<'_, Session> {
        self.session.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The session for a meeting's hub to answer from.
    pub fn session_handle(&self) -> Arc<Mutex<Session>> {
        Arc::clone(&self.session)
    }

    /// The sync state last published to the window.
    pub fn sync_state(&self) -> MutexGuard<'_, reviewdesk_core::outbox::SyncStatus> {
        self.sync_state
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    pub fn settings(&self) -> MutexGuard<'_, Settings> {
        self.settings.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// How to speak to the agency server: plain HTTP off this machine only
    /// when the user chose it in the settings.
    pub fn sync_policy(&self) -> reviewdesk_sync::SyncPolicy {
        reviewdesk_sync::SyncPolicy {
            insecure_http: self.settings().insecure_http,
            ..Default::default()
        }
    }

    /// The error as the UI receives it, in the user's language.
    pub fn fail(&self, error: CoreError) -> ErrorPayload {
        let language = self.settings().language();
        let index = Language::ALL
            .iter()
            .position(|l| *l == language)
            .unwrap_or_default();
        let localizer = self.localizers[index].get_or_init(|| Localizer::new(language));
        error.payload(localizer)
    }
}

//! Tauri commands: thin adapters from IPC to reviewdesk-core. They are `async` so
//! key derivation and imports run off the UI thread.

use reviewdesk_core::passphrase::PassphraseStrength;
use reviewdesk_core::settings::Settings;
use reviewdesk_core::sheet::SheetInput;
use reviewdesk_core::views::{
    AppStatus, ApplicationDetail, Comparison, DemandProgress, ImportReport, ListFilter, Overview,
    ScoringView, SheetView,
};
use reviewdesk_core::{ApplicationId, CallId, DemandId, ExpertId};
use reviewdesk_core::{ErrorPayload, Passphrase, Timestamp};
use tauri::{AppHandle, State};
use zeroize::Zeroizing;

use reviewdesk_core::IdentityView;
use reviewdesk_core::outbox::OutboxView;

use crate::events::{self, ImportProgressEvent};
use crate::meeting::MeetingSignal;
use crate::state::AppState;
use crate::sync::SyncSignal;

type Reply<T> = Result<T, ErrorPayload>;

/// Takes ownership of a passphrase from IPC; the IPC copy is wiped when dropped.
fn passphrase(text: String) -> Passphrase {
    Passphrase::new(Zeroizing::new(text).to_string())
}

#[tauri::command]
pub async fn app_status(state: State<'_, AppState>) -> Reply<AppStatus> {
    Ok(state.status())
}

#[tauri::command]
pub async fn save_settings(state: State<'_, AppState>, settings: Settings) -> Reply<Settings> {
    settings
        .save(&state.settings_path)
        .map_err(|e| state.fail(e.into()))?;
    *state.settings() = Settings::load(&state.settings_path);
    Ok(state.settings().clone())
}

#[tauri::command]
pub async fn passphrase_strength(passphrase: String) -> Reply<PassphraseStrength> {
    let passphrase = Zeroizing::new(passphrase);
    Ok(reviewdesk_core::passphrase::strength(&passphrase))
}

/// Creates the vault; with `--demo` it also gets the demo call (see `demo.rs`).
/// Returns the recovery key for the window to show once.
#[tauri::command]
pub async fn create_vault(
    app: AppHandle,
    state: State<'_, AppState>,
    passphrase: String,
    confirmation: String,
) -> Reply<String> {
    let (passphrase, confirmation) = (self::passphrase(passphrase), self::passphrase(confirmation));
    let mut progress = progress_reporter(&app);
    crate::demo::create_vault(&state, &passphrase, &confirmation, &mut progress)
        .await
        .map(|recovery_key| recovery_key.to_string())
        .map_err(|e| state.fail(e))
}

/// Sets a new passphrase with the recovery key and unlocks the vault.
#[tauri::command]
pub async fn reset_passphrase(
    state: State<'_, AppState>,
    recovery_key: String,
    passphrase: String,
    confirmation: String,
) -> Reply<()> {
    let recovery_key = Zeroizing::new(recovery_key);
    let (passphrase, confirmation) = (self::passphrase(passphrase), self::passphrase(confirmation));
    state
        .session()
        .reset_passphrase(&state.vault_path, &recovery_key, &passphrase, &confirmation)
        .map_err(|e| state.fail(e))
}

/// A new recovery key for the unlocked vault, for the window to show once.
#[tauri::command]
pub async fn new_recovery_key(state: State<'_, AppState>) -> Reply<String> {
    state
        .session()
        .new_recovery_key()
        .map(|recovery_key| recovery_key.to_string())
        .map_err(|e| state.fail(e))
}

/// Asks where to save a backup of the open vault and writes it there; the
/// path written, or `None` when the person cancels.
#[tauri::command]
pub async fn write_backup(app: AppHandle, state: State<'_, AppState>) -> Reply<Option<String>> {
    let name = format!(
        "reviewdesk-backup-{}.rdbackup",
        chrono::Utc::now().format("%Y-%m-%d")
    );
    let Some(path) = crate::dialogs::save_file(&app, name).await else {
        return Ok(None);
    };
    state
        .session()
        .write_backup(&path, chrono::Utc::now())
        .map(|_| Some(path.display().to_string()))
        .map_err(|e| state.fail(e))
}

/// Asks for a backup file and restores it as this user's vault, where there
/// is none yet; it stays locked for its passphrase or recovery key.
#[tauri::command]
pub async fn restore_backup(
    app: AppHandle,
    state: State<'_, AppState>,
) -> Reply<Option<reviewdesk_core::backup::BackupView>> {
    let Some(path) = crate::dialogs::pick_file(&app, "ReviewDesk", &["rdbackup"]).await else {
        return Ok(None);
    };
    state
        .session()
        .restore_backup(&path, &state.vault_path)
        .map(Some)
        .map_err(|e| state.fail(e))
}

/// When the vault was last backed up, and whether to remind the expert.
#[tauri::command]
pub async fn backup_status(
    state: State<'_, AppState>,
) -> Reply<reviewdesk_core::backup::BackupStatus> {
    state
        .session()
        .backup_status(chrono::Utc::now())
        .map_err(|e| state.fail(e))
}

/// Enrollment by file: asks where to save the request for the agency and
/// writes it; the path written, or `None` when the person cancels.
#[tauri::command]
pub async fn write_enrollment_request(
    app: AppHandle,
    state: State<'_, AppState>,
    expert_id: ExpertId,
    code: String,
) -> Reply<Option<String>> {
    let expert_id = ExpertId::new(expert_id.trim());
    let name = format!("reviewdesk-enrollment-{expert_id}.json");
    let Some(path) = crate::dialogs::save_file(&app, name).await else {
        return Ok(None);
    };
    state
        .session()
        .expert()
        .write_enrollment_request(&expert_id, &code, &path, chrono::Utc::now())
        .map(|()| Some(path.display().to_string()))
        .map_err(|e| state.fail(e))
}

/// Enrollment by file: asks for the agency's response file and completes
/// the enrollment with it; `None` when the person cancels.
#[tauri::command]
pub async fn read_enrollment_response(
    app: AppHandle,
    signal: State<'_, SyncSignal>,
    state: State<'_, AppState>,
) -> Reply<Option<IdentityView>> {
    let Some(path) = crate::dialogs::pick_file(&app, "ReviewDesk", &["json"]).await else {
        return Ok(None);
    };
    let identity = state
        .session()
        .expert()
        .complete_enrollment_file(&path, chrono::Utc::now())
        .map_err(|e| state.fail(e))?;
    signal.0.notify_one();
    Ok(Some(identity))
}

/// Whether a recovery key opens the unlocked vault.
#[tauri::command]
pub async fn has_recovery_key(state: State<'_, AppState>) -> Reply<bool> {
    state
        .session()
        .has_recovery_key()
        .map_err(|e| state.fail(e))
}

#[tauri::command]
pub async fn unlock_vault(state: State<'_, AppState>, passphrase: String) -> Reply<()> {
    let passphrase = self::passphrase(passphrase);
    state
        .session()
        .unlock(&state.vault_path, &passphrase)
        .map_err(|e| state.fail(e))
}

#[tauri::command]
pub async fn lock_vault(state: State<'_, AppState>) -> Reply<()> {
    state.session().lock();
    Ok(())
}

#[tauri::command]
pub async fn change_passphrase(
    state: State<'_, AppState>,
    current: String,
    new: String,
    confirmation: String,
) -> Reply<()> {
    let (current, new, confirmation) = (
        passphrase(current),
        passphrase(new),
        passphrase(confirmation),
    );
    state
        .session()
        .change_passphrase(&current, &new, &confirmation)
        .map_err(|e| state.fail(e))
}

/// Asks for an agency data file and imports it; `None` when the person cancels.
#[tauri::command]
pub async fn import_agency_file(
    app: AppHandle,
    state: State<'_, AppState>,
) -> Reply<Option<ImportReport>> {
    let Some(path) = crate::dialogs::pick_file(&app, "ReviewDesk", &["zip", "json"]).await else {
        return Ok(None);
    };
    let report =
        state
            .session()
            .import_file(&path, chrono::Utc::now(), &mut progress_reporter(&app));
    report.map(Some).map_err(|e| state.fail(e))
}

#[tauri::command]
pub async fn overview(
    state: State<'_, AppState>,
    call_id: Option<CallId>,
    filter: ListFilter,
) -> Reply<Overview> {
    state
        .session()
        .overview(call_id.as_deref(), &filter)
        .map_err(|e| state.fail(e))
}

#[tauri::command]
pub async fn application(
    state: State<'_, AppState>,
    call_id: CallId,
    application_id: ApplicationId,
) -> Reply<ApplicationDetail> {
    state
        .session()
        .application(&call_id, &application_id)
        .map_err(|e| state.fail(e))
}

/// The attachment's bytes, sent raw rather than as JSON so large files stay cheap.
#[tauri::command]
pub async fn attachment(
    state: State<'_, AppState>,
    call_id: CallId,
    attachment_id: String,
) -> Reply<tauri::ipc::Response> {
    let content = state
        .session()
        .attachment(&call_id, &attachment_id)
        .map_err(|e| state.fail(e))?;
    Ok(tauri::ipc::Response::new(content.bytes))
}

/// The moment a sheet changes, as stored with it.
fn now() -> Timestamp {
    Timestamp::now()
}

/// The expert's calendar day, against which the pre-review deadline is read.
fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

#[tauri::command]
pub async fn scoring(
    state: State<'_, AppState>,
    call_id: CallId,
    application_id: ApplicationId,
) -> Reply<ScoringView> {
    state
        .session()
        .expert()
        .scoring(&call_id, &application_id, today())
        .map_err(|e| state.fail(e))
}

/// Autosave: the UI sends the whole sheet after every change, one at a time.
#[tauri::command]
pub async fn save_sheet(
    state: State<'_, AppState>,
    meeting: State<'_, MeetingSignal>,
    call_id: CallId,
    application_id: ApplicationId,
    input: SheetInput,
) -> Reply<SheetView> {
    let view = state
        .session()
        .expert()
        .save_sheet(&call_id, &application_id, &input, now())
        .map_err(|e| state.fail(e))?;
    // A meeting's board shows the expert scoring.
    meeting.0.notify_one();
    Ok(view)
}

/// Submits, then wakes the sync task to send the package it queued, and
/// the meeting task to bring it to a meeting's hub.
#[tauri::command]
pub async fn submit_sheet(
    state: State<'_, AppState>,
    signal: State<'_, SyncSignal>,
    meeting: State<'_, MeetingSignal>,
    call_id: CallId,
    application_id: ApplicationId,
) -> Reply<SheetView> {
    let view = state
        .session()
        .expert()
        .submit_sheet(&call_id, &application_id, now())
        .map_err(|e| state.fail(e))?;
    signal.0.notify_one();
    meeting.0.notify_one();
    Ok(view)
}

#[tauri::command]
pub async fn identity(state: State<'_, AppState>) -> Reply<Option<IdentityView>> {
    state
        .session()
        .expert()
        .identity()
        .map_err(|e| state.fail(e))
}

/// Enrolls online: the request is made in the vault, sent without holding the
/// session, and the response pins the agency's keys.
#[tauri::command]
pub async fn enroll_online(
    state: State<'_, AppState>,
    signal: State<'_, SyncSignal>,
    server: String,
    expert_id: ExpertId,
    code: String,
) -> Reply<IdentityView> {
    let identity = reviewdesk_sync::enroll_vault(
        || state.session(),
        &server,
        &expert_id,
        &code,
        state.sync_policy(),
    )
    .await
    .map_err(|e| state.fail(e))?;
    signal.0.notify_one();
    Ok(identity)
}

#[tauri::command]
pub async fn outbox(state: State<'_, AppState>) -> Reply<Vec<OutboxView>> {
    state.session().expert().outbox().map_err(|e| state.fail(e))
}

#[tauri::command]
pub async fn sync_state(state: State<'_, AppState>) -> Reply<reviewdesk_core::outbox::SyncStatus> {
    Ok(state.sync_state().clone())
}

#[tauri::command]
pub async fn sync_now(signal: State<'_, SyncSignal>) -> Reply<()> {
    signal.0.notify_one();
    Ok(())
}

/// Asks for a folder and writes the undelivered packages into it.
#[tauri::command]
pub async fn export_outbox(app: AppHandle, state: State<'_, AppState>) -> Reply<Option<usize>> {
    let Some(folder) = crate::dialogs::pick_folder(&app).await else {
        return Ok(None);
    };
    state
        .session()
        .expert()
        .export_outbox(&folder)
        .map(|files| Some(files.len()))
        .map_err(|e| state.fail(e))
}

#[tauri::command]
pub async fn revise_sheet(
    state: State<'_, AppState>,
    meeting: State<'_, MeetingSignal>,
    call_id: CallId,
    application_id: ApplicationId,
) -> Reply<SheetView> {
    let view = state
        .session()
        .expert()
        .revise_sheet(&call_id, &application_id, today(), now())
        .map_err(|e| state.fail(e))?;
    // A meeting's board shows the expert revising.
    meeting.0.notify_one();
    Ok(view)
}

#[tauri::command]
pub async fn progress(state: State<'_, AppState>, call_id: CallId) -> Reply<Vec<DemandProgress>> {
    state
        .session()
        .expert()
        .progress(&call_id)
        .map_err(|e| state.fail(e))
}

#[tauri::command]
pub async fn comparison(
    state: State<'_, AppState>,
    call_id: CallId,
    demand_id: DemandId,
) -> Reply<Comparison> {
    state
        .session()
        .expert()
        .comparison(&call_id, &demand_id)
        .map_err(|e| state.fail(e))
}

/// Emits `import-progress` events, about one per percent.
fn progress_reporter(app: &AppHandle) -> impl FnMut(reviewdesk_core::ImportProgress) + '_ {
    let mut last = 0;
    move |p| {
        if p.done == p.total || p.done - last >= (p.total / 100).max(1) {
            last = p.done;
            events::IMPORT_PROGRESS.emit(
                app,
                ImportProgressEvent {
                    done: p.done,
                    total: p.total,
                },
            );
        }
    }
}

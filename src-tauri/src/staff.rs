//! Tauri commands of staff mode: thin adapters over the core's staff use
//! cases, with the native file dialogs for the staff key, package files and
//! the documents written.

use reviewdesk_core::{CallId, DemandId, Timestamp};
use std::path::PathBuf;

use reviewdesk_core::staff::{
    DemandNote, MeetingInput, PanelDocument, PanelImportTally, PanelView, Round, StaffView,
};
use tauri::{AppHandle, Manager as _, State};
use zeroize::Zeroizing;

use crate::state::AppState;

type Reply<T> = Result<T, reviewdesk_core::ErrorPayload>;

/// The shipped fonts: the app's resources when bundled, else the usual places.
fn fonts_dir(app: &AppHandle) -> PathBuf {
    let bundled = app.path().resource_dir().ok().map(|dir| dir.join("fonts"));
    reviewdesk_core::staff::shipped_fonts(bundled.as_deref())
}

#[tauri::command]
pub async fn staff_status(state: State<'_, AppState>) -> Reply<Option<StaffView>> {
    state.session().staff().view().map_err(|e| state.fail(e))
}

#[tauri::command]
pub async fn install_staff_key(
    app: AppHandle,
    state: State<'_, AppState>,
    passphrase: String,
) -> Reply<Option<StaffView>> {
    let passphrase = Zeroizing::new(passphrase);
    let Some(file) = crate::dialogs::pick_file(&app, "ReviewDesk", &["key"]).await else {
        return Ok(None);
    };
    let installed = state
        .session()
        .staff()
        .install_staff_key_file(&file, &passphrase);
    installed.map(Some).map_err(|e| state.fail(e))
}

/// Imports the package files chosen; returns how they fared.
#[tauri::command]
pub async fn import_panel_packages(
    app: AppHandle,
    state: State<'_, AppState>,
) -> Reply<Option<PanelImportTally>> {
    let Some(files) = crate::dialogs::pick_files(&app, "ReviewDesk", &["zip"]).await else {
        return Ok(None);
    };
    let tally = state.session().staff().import_panel_files(&files);
    tally.map(Some).map_err(|e| state.fail(e))
}

/// Fetches the call's packages from the server; returns how many were new.
#[tauri::command]
pub async fn fetch_panel(
    state: State<'_, AppState>,
    call_id: CallId,
    server: String,
    user: String,
    password: String,
) -> Reply<PanelImportTally> {
    let password = Zeroizing::new(password);
    reviewdesk_sync::fetch_into_vault(
        || state.session(),
        &server,
        &user,
        &password,
        &call_id,
        state.sync_policy(),
    )
    .await
    .map_err(|e| state.fail(e))
}

#[tauri::command]
pub async fn panel(state: State<'_, AppState>, call_id: CallId) -> Reply<PanelView> {
    state
        .session()
        .staff()
        .panel(&call_id)
        .map_err(|e| state.fail(e))
}

#[tauri::command]
pub async fn save_meeting(
    state: State<'_, AppState>,
    call_id: CallId,
    meeting: MeetingInput,
) -> Reply<()> {
    state
        .session()
        .staff()
        .set_meeting(&call_id, &meeting)
        .map_err(|e| state.fail(e))
}

#[tauri::command]
pub async fn save_demand_note(
    state: State<'_, AppState>,
    call_id: CallId,
    demand_id: DemandId,
    note: DemandNote,
) -> Reply<()> {
    state
        .session()
        .staff()
        .set_demand_note(&call_id, &demand_id, &note)
        .map_err(|e| state.fail(e))
}

/// The chair opens `demand_id` for discussion or revision, or closes its
/// round (`round` null).
#[tauri::command]
pub async fn set_round(
    state: State<'_, AppState>,
    call_id: CallId,
    demand_id: DemandId,
    round: Option<Round>,
) -> Reply<()> {
    state
        .session()
        .staff()
        .set_round(&call_id, &demand_id, round, Timestamp::now())
        .map_err(|e| state.fail(e))
}

/// Writes the minutes, the matrix or the opinion forms where the person
/// chooses (a file, or a folder for the forms); returns the path written,
/// `None` when they cancel.
#[tauri::command]
pub async fn export_panel_document(
    app: AppHandle,
    state: State<'_, AppState>,
    call_id: CallId,
    kind: PanelDocument,
) -> Reply<Option<String>> {
    let chosen = match kind.suggested_name(&call_id) {
        Some(name) => crate::dialogs::save_file(&app, name).await,
        None => crate::dialogs::pick_folder(&app).await,
    };
    let Some(target) = chosen else {
        return Ok(None);
    };
    // Chinese with the reader's language, as the panel view shows it.
    let second = state.settings().language();
    let written = state
        .session()
        .staff()
        .export(&call_id, kind, &target, &fonts_dir(&app), second);
    written.map_err(|e| state.fail(e))?;
    Ok(Some(target.display().to_string()))
}

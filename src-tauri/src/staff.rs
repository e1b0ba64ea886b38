//! Tauri commands of staff mode: thin adapters over the core's staff use
//! cases, with the native file dialogs for the staff key, package files and
//! the documents written.

use std::path::PathBuf;

use reviewdesk_core::staff::{DemandNote, MeetingInput, PanelImportState, PanelView, StaffView};
use tauri::{AppHandle, Manager as _, State};
use zeroize::Zeroizing;

use crate::state::AppState;

type Reply<T> = Result<T, reviewdesk_core::ErrorPayload>;

/// The shipped fonts: the app's resources when bundled, else the usual places.
fn fonts_dir(app: &AppHandle) -> PathBuf {
    let bundled = app.path().resource_dir().ok().map(|dir| dir.join("fonts"));
    reviewdesk_core::staff::shipped_fonts(bundled.as_deref())
}

/// Runs a native dialog on the main (GTK) thread and waits for its answer.
fn on_main_thread<T: Send + 'static>(
    app: &AppHandle,
    dialog: impl FnOnce() -> Option<T> + Send + 'static,
) -> Option<T> {
    let (sender, receiver) = std::sync::mpsc::channel();
    app.run_on_main_thread(move || {
        let _ = sender.send(dialog());
    })
    .ok()?;
    receiver.recv().ok().flatten()
}

#[tauri::command]
pub async fn staff_status(state: State<'_, AppState>) -> Reply<Option<StaffView>> {
    state.session().staff().map_err(|e| state.fail(e))
}

#[tauri::command]
pub async fn install_staff_key(
    app: AppHandle,
    state: State<'_, AppState>,
    passphrase: String,
) -> Reply<Option<StaffView>> {
    let passphrase = Zeroizing::new(passphrase);
    let Some(file) = on_main_thread(&app, || {
        rfd::FileDialog::new()
            .add_filter("ReviewDesk", &["key"])
            .pick_file()
    }) else {
        return Ok(None);
    };
    let bytes = std::fs::read(&file).map_err(|e| state.fail(e.into()))?;
    state
        .session()
        .install_staff_key(&bytes, &passphrase)
        .map(Some)
        .map_err(|e| state.fail(e))
}

/// Imports the package files chosen; returns how many were new.
#[tauri::command]
pub async fn import_panel_packages(
    app: AppHandle,
    state: State<'_, AppState>,
) -> Reply<Option<usize>> {
    let Some(files) = on_main_thread(&app, || {
        rfd::FileDialog::new()
            .add_filter("ReviewDesk", &["zip"])
            .pick_files()
    }) else {
        return Ok(None);
    };
    let mut imported = 0;
    for file in files {
        let bytes = std::fs::read(&file).map_err(|e| state.fail(e.into()))?;
        let report = state
            .session()
            .import_panel_package(&bytes)
            .map_err(|e| state.fail(e))?;
        imported += usize::from(report.state == PanelImportState::Imported);
    }
    Ok(Some(imported))
}

/// Fetches the call's packages from the server; returns how many were new.
#[tauri::command]
pub async fn fetch_panel(
    state: State<'_, AppState>,
    call_id: String,
    server: String,
    user: String,
    password: String,
) -> Reply<usize> {
    let password = Zeroizing::new(password);
    reviewdesk_sync::fetch_into_vault(
        || state.session(),
        &server,
        &user,
        &password,
        &call_id,
        Default::default(),
    )
    .await
    .map_err(|e| state.fail(e))
}

#[tauri::command]
pub async fn panel(state: State<'_, AppState>, call_id: String) -> Reply<PanelView> {
    state.session().panel(&call_id).map_err(|e| state.fail(e))
}

#[tauri::command]
pub async fn save_meeting(
    state: State<'_, AppState>,
    call_id: String,
    meeting: MeetingInput,
) -> Reply<()> {
    state
        .session()
        .set_meeting(&call_id, &meeting)
        .map_err(|e| state.fail(e))
}

#[tauri::command]
pub async fn save_demand_note(
    state: State<'_, AppState>,
    call_id: String,
    demand_id: String,
    note: DemandNote,
) -> Reply<()> {
    state
        .session()
        .set_demand_note(&call_id, &demand_id, &note)
        .map_err(|e| state.fail(e))
}

/// The documents staff write from a panel.
#[derive(Debug, Clone, Copy, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PanelDocument {
    Minutes,
    Matrix,
    Opinions,
}

/// Writes the minutes, the matrix or the opinion forms where the person
/// chooses (a file, or a folder for the forms); returns the path written,
/// `None` when they cancel.
#[tauri::command]
pub async fn export_panel_document(
    app: AppHandle,
    state: State<'_, AppState>,
    call_id: String,
    kind: PanelDocument,
) -> Reply<Option<String>> {
    let fonts = fonts_dir(&app);
    let file_name = match kind {
        PanelDocument::Minutes => Some(format!("minutes-{call_id}.pdf")),
        PanelDocument::Matrix => Some(format!("score-matrix-{call_id}.csv")),
        PanelDocument::Opinions => None,
    };
    let target = on_main_thread(&app, move || match file_name {
        Some(name) => rfd::FileDialog::new().set_file_name(name).save_file(),
        None => rfd::FileDialog::new().pick_folder(),
    });
    let Some(target) = target else {
        return Ok(None);
    };
    // Chinese with the reader's language, as the panel view shows it.
    let second = state.settings().language();
    let session = state.session();
    match kind {
        PanelDocument::Minutes => session.export_minutes(&call_id, &target, &fonts, second),
        PanelDocument::Matrix => session.export_matrix(&call_id, &target, second),
        PanelDocument::Opinions => session
            .export_opinion_forms(&call_id, &target, &fonts, second)
            .map(drop),
    }
    .map_err(|e| state.fail(e))?;
    Ok(Some(target.display().to_string()))
}

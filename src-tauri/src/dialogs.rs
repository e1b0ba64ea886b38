//! Native file dialogs, run on the main (GTK) thread while the command waits
//! on its worker thread. For end-to-end tests the dialog is answered at this
//! edge instead: when `REVIEWDESK_TEST_DIALOG` names a file that exists, its
//! content is the path chosen (empty: cancelled), so the real import,
//! export, backup and restore code runs on a path the test chose.

use std::path::PathBuf;

use tauri::AppHandle;

const TEST_ANSWER: &str = "REVIEWDESK_TEST_DIALOG";

/// What the test set as the answer, when it answers dialogs.
fn answered_by_test() -> Option<Option<PathBuf>> {
    let file = std::env::var_os(TEST_ANSWER)?;
    let answer = std::fs::read_to_string(file).ok()?;
    let answer = answer.trim();
    Some((!answer.is_empty()).then(|| PathBuf::from(answer)))
}

async fn on_main_thread(
    app: &AppHandle,
    dialog: impl FnOnce() -> Option<PathBuf> + Send + 'static,
) -> Option<PathBuf> {
    if let Some(answer) = answered_by_test() {
        return answer;
    }
    let (sender, receiver) = std::sync::mpsc::channel();
    if app
        .run_on_main_thread(move || {
            let _ = sender.send(dialog());
        })
        .is_err()
    {
        return None;
    }
    receiver.recv().ok().flatten()
}

/// A file to open, of the kinds `extensions` names.
pub async fn pick_file(
    app: &AppHandle,
    kind: &'static str,
    extensions: &'static [&'static str],
) -> Option<PathBuf> {
    on_main_thread(app, move || {
        rfd::FileDialog::new()
            .add_filter(kind, extensions)
            .pick_file()
    })
    .await
}

/// A folder to write into.
pub async fn pick_folder(app: &AppHandle) -> Option<PathBuf> {
    on_main_thread(app, || rfd::FileDialog::new().pick_folder()).await
}

/// Where to save a file, suggesting `name`.
pub async fn save_file(app: &AppHandle, name: String) -> Option<PathBuf> {
    on_main_thread(app, move || {
        rfd::FileDialog::new().set_file_name(name).save_file()
    })
    .await
}

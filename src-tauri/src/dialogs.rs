//! Native file dialogs, run on the main (GTK) thread while the command waits
//! on its worker thread. For end-to-end tests the dialog is answered at this
//! edge instead: when `REVIEWDESK_TEST_DIALOG` names a file that exists, its
//! content is the path chosen (one per line where several may be; empty:
//! cancelled), so the real import, export, backup and restore code runs on
//! paths the test chose.

use std::path::PathBuf;

use tauri::AppHandle;

const TEST_ANSWER: &str = "REVIEWDESK_TEST_DIALOG";

/// The paths the test set as the answer, when it answers dialogs.
fn answered_by_test() -> Option<Vec<PathBuf>> {
    let file = std::env::var_os(TEST_ANSWER)?;
    let answer = std::fs::read_to_string(file).ok()?;
    Some(
        answer
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .map(PathBuf::from)
            .collect(),
    )
}

/// Runs `dialog` on the main thread and waits for its answer — or takes the
/// test's answer, through `from_test`.
async fn on_main_thread<T: Send + 'static>(
    app: &AppHandle,
    from_test: impl FnOnce(Vec<PathBuf>) -> Option<T>,
    dialog: impl FnOnce() -> Option<T> + Send + 'static,
) -> Option<T> {
    if let Some(answer) = answered_by_test() {
        return from_test(answer);
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

/// The first path of a test's answer.
fn first(answer: Vec<PathBuf>) -> Option<PathBuf> {
    answer.into_iter().next()
}

/// A file to open, of the kinds `extensions` names.
pub async fn pick_file(
    app: &AppHandle,
    kind: &'static str,
    extensions: &'static [&'static str],
) -> Option<PathBuf> {
    on_main_thread(app, first, move || {
        rfd::FileDialog::new()
            .add_filter(kind, extensions)
            .pick_file()
    })
    .await
}

/// Files to open, of the kinds `extensions` names.
pub async fn pick_files(
    app: &AppHandle,
    kind: &'static str,
    extensions: &'static [&'static str],
) -> Option<Vec<PathBuf>> {
    on_main_thread(
        app,
        |answer| (!answer.is_empty()).then_some(answer),
        move || {
            rfd::FileDialog::new()
                .add_filter(kind, extensions)
                .pick_files()
        },
    )
    .await
}

/// A folder to write into.
pub async fn pick_folder(app: &AppHandle) -> Option<PathBuf> {
    on_main_thread(app, first, || rfd::FileDialog::new().pick_folder()).await
}

/// Where to save a file, suggesting `name`.
pub async fn save_file(app: &AppHandle, name: String) -> Option<PathBuf> {
    on_main_thread(app, first, move || {
        rfd::FileDialog::new().set_file_name(name).save_file()
    })
    .await
}

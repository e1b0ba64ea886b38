//! The ReviewDesk desktop app: a Tauri window over reviewdesk-core.
//!
//! Invariant: this crate only adapts. Each command parses its input, calls one core
//! function and maps the result or the error (`{code, message, args}`); no review
//! logic lives here.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod commands;
mod demo;
mod dialogs;
mod events;
mod meeting;
mod staff;
mod state;
mod sync;

use tauri::Manager as _;

fn main() {
    let demo = std::env::args().any(|arg| arg == "--demo");
    tauri::Builder::default()
        .setup(move |app| {
            // The vault and settings live in the user's own data folder:
            // ~/.local/share/cn.gxkjt.reviewdesk on Linux, Application
            // Support on macOS, and %LOCALAPPDATA% on Windows, not the
            // roaming folder, which a domain copies between machines at
            // every sign-in and a vault with its attachments is too big for.
            let home = match std::env::var_os("REVIEWDESK_HOME") {
                Some(home) => std::path::PathBuf::from(home),
                None => app.path().app_local_data_dir()?,
            };
            app.manage(state::AppState::new(&home, demo));
            app.manage(sync::SyncSignal::default());
            app.manage(meeting::MeetingState::default());
            app.manage(meeting::MeetingSignal::default());
            sync::start(app.handle().clone());
            meeting::start(app.handle().clone());
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::app_status,
            commands::save_settings,
            commands::passphrase_strength,
            commands::create_vault,
            commands::unlock_vault,
            commands::lock_vault,
            commands::change_passphrase,
            commands::reset_passphrase,
            commands::new_recovery_key,
            commands::has_recovery_key,
            commands::write_enrollment_request,
            commands::read_enrollment_response,
            commands::write_backup,
            commands::restore_backup,
            commands::backup_status,
            commands::import_agency_file,
            commands::overview,
            commands::application,
            commands::attachment,
            commands::scoring,
            commands::save_sheet,
            commands::submit_sheet,
            commands::revise_sheet,
            commands::progress,
            commands::comparison,
            commands::identity,
            commands::enroll_online,
            commands::outbox,
            commands::sync_state,
            commands::sync_now,
            commands::export_outbox,
            staff::staff_status,
            staff::install_staff_key,
            staff::import_panel_packages,
            staff::fetch_panel,
            staff::panel,
            staff::save_meeting,
            staff::save_demand_note,
            staff::set_round,
            staff::export_panel_document,
            meeting::start_meeting,
            meeting::hub,
            meeting::stop_meeting,
            meeting::fix_minutes,
            meeting::sign_minutes,
            meeting::join_meeting,
            meeting::leave_meeting,
            meeting::meeting,
        ])
        .run(tauri::generate_context!("../tauri.conf.json"))
        .unwrap_or_else(|error| {
            eprintln!("ReviewDesk could not start: {error}");
            std::process::exit(1);
        });
}

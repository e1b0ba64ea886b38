//! An expert's score sheets from the command line: fill one from a sheet
//! file (optionally revising and submitting it), submit, list.

use reviewdesk_domain::{ApplicationId, CallId};
use std::path::{Path, PathBuf};

use clap::Subcommand;
use reviewdesk_core::sheet::SheetInput;
use reviewdesk_core::views::{SheetState, SheetView};
use reviewdesk_core::{CoreError, ErrorCode, Localizer, Timestamp};

use crate::shell::{say, to_json, unlocked};

#[derive(Subcommand)]
pub enum ScoringCommand {
    /// Fill the score sheet of an application from a sheet file, validated like the form.
    Score {
        application: ApplicationId,
        #[arg(long)]
        vault: PathBuf,
        #[arg(long)]
        from: PathBuf,
        /// Submit the sheet once saved; refused while anything is missing.
        #[arg(long)]
        submit: bool,
        /// Start a new version of a submitted sheet first (until the pre-review deadline).
        #[arg(long)]
        revise: bool,
        #[arg(long)]
        call: Option<CallId>,
    },
    /// List the score sheets in a vault.
    Sheets {
        #[arg(long)]
        vault: PathBuf,
        #[arg(long)]
        json: bool,
        #[arg(long)]
        call: Option<CallId>,
    },
    /// Submit a complete sheet; once enrolled, this queues its score package.
    Submit {
        application: ApplicationId,
        #[arg(long)]
        vault: PathBuf,
        #[arg(long)]
        call: Option<CallId>,
    },
}

/// What `score` does besides saving.
struct Steps {
    revise: bool,
    submit: bool,
}

pub fn run(command: ScoringCommand, l: &Localizer) -> Result<(), CoreError> {
    match command {
        ScoringCommand::Score {
            application,
            vault,
            from,
            submit,
            revise,
            call,
        } => score(
            &application,
            &vault,
            &from,
            Steps { revise, submit },
            call,
            l,
        ),
        ScoringCommand::Sheets { vault, json, call } => sheets(&vault, json, call, l),
        ScoringCommand::Submit {
            application,
            vault,
            call,
        } => {
            let mut session = unlocked(&vault, l)?;
            let call_id = session.current_call_id(call.as_ref())?;
            let now = Timestamp::now();
            say(sheet_line(
                l,
                &session.expert().submit_sheet(&call_id, &application, now)?,
            ));
            Ok(())
        }
    }
}

fn score(
    application: &ApplicationId,
    vault: &Path,
    from: &Path,
    steps: Steps,
    call: Option<CallId>,
    l: &Localizer,
) -> Result<(), CoreError> {
    let bytes = reviewdesk_core::files::read_exchange_file(from)?;
    let input: SheetInput = serde_json::from_slice(&bytes).map_err(|e| {
        CoreError::new(ErrorCode::SheetFileInvalid, e.to_string()).with("detail", e.to_string())
    })?;
    let mut session = unlocked(vault, l)?;
    let call_id = session.current_call_id(call.as_ref())?;
    let now = Timestamp::now();
    if steps.revise {
        let today = chrono::Local::now().date_naive();
        session
            .expert()
            .revise_sheet(&call_id, application, today, now)?;
    }
    let mut view = session
        .expert()
        .save_sheet(&call_id, application, &input, now)?;
    if steps.submit {
        view = session.expert().submit_sheet(&call_id, application, now)?;
    }
    say(sheet_line(l, &view));
    Ok(())
}

fn sheets(vault: &Path, json: bool, call: Option<CallId>, l: &Localizer) -> Result<(), CoreError> {
    let mut session = unlocked(vault, l)?;
    let call_id = session.current_call_id(call.as_ref())?;
    let sheets = session.expert().sheets(&call_id)?;
    if json {
        say(to_json(&sheets)?);
    } else {
        for view in &sheets {
            say(sheet_line(l, view));
        }
    }
    Ok(())
}

/// One line about a sheet: its version and state, the overall score, what is missing.
fn sheet_line(l: &Localizer, view: &SheetView) -> String {
    let state = match (view.recused, view.state) {
        (true, _) => "cli-sheet-recused",
        (false, SheetState::Submitted) => "cli-sheet-submitted",
        (false, SheetState::Draft) => "cli-sheet-draft",
    };
    let overall = view
        .totals
        .overall
        .map_or_else(|| "—".into(), |p| p.to_string());
    let args = [
        ("application", view.application_id.to_string()),
        ("version", view.version.to_string()),
        ("overall", overall),
        ("missing", view.problems.len().to_string()),
    ];
    l.format(state, &args)
}

//! `reviewdesk`: the command line over reviewdesk-core, for scripting and staff
//! automation. Each subcommand parses its arguments, calls one core function and
//! prints the result; failures print one localized line and exit with a status
//! that says what kind of failure it was (README).
//!
//! - `data` — the demo call, importing, listing, showing, the checklist;
//! - `vault` — creating a vault, changing its passphrase;
//! - `scoring` — score sheets: fill, submit, list;
//! - `exchange` — enrollment, sync, the outbox, verifying a package;
//! - `meeting` — an expert at a panel meeting: join, keep in step, leave;
//! - `staff` — the agency staff's panel, meeting and documents;
//! - `shell` — what they share: output, secrets, unlocking.

mod data;
mod exchange;
mod meeting;
mod scoring;
mod shell;
mod staff;
mod vault;

use std::process::ExitCode;

use clap::{CommandFactory as _, FromArgMatches as _, Parser, Subcommand};
use reviewdesk_core::{CoreError, Language, Localizer};

#[derive(Parser)]
#[command(
    name = "reviewdesk",
    version,
    about = "ReviewDesk: offline expert review for the cross-border open competition"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    #[command(flatten)]
    Data(data::DataCommand),
    /// Manage vaults.
    Vault {
        #[command(subcommand)]
        command: vault::VaultCommand,
    },
    #[command(flatten)]
    Scoring(scoring::ScoringCommand),
    #[command(flatten)]
    Exchange(exchange::ExchangeCommand),
    /// An expert at a panel meeting: join the hub on the room's network, keep in step with it, leave.
    Meeting {
        #[command(subcommand)]
        command: meeting::MeetingCommand,
    },
    /// Agency staff: the panel's packages, results, minutes and score matrix.
    Staff {
        #[command(subcommand)]
        command: staff::StaffCommand,
    },
}

fn main() -> ExitCode {
    let localizer = Localizer::new(Language::from_environment());
    let matches =
        reviewdesk_i18n::localized_help(Cli::command(), &localizer, "cli-help").get_matches();
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|error| error.exit());
    match run(cli.command, &localizer) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            let message = error.localized(&localizer).replace('\n', " ");
            eprintln!("{}", localizer.format("cli-error", &[("message", message)]));
            ExitCode::from(error.failure().exit_status())
        }
    }
}

fn run(command: Command, l: &Localizer) -> Result<(), CoreError> {
    match command {
        Command::Data(command) => data::run(command, l),
        Command::Vault { command } => vault::run(command, l),
        Command::Scoring(command) => scoring::run(command, l),
        Command::Exchange(command) => exchange::run(command, l),
        Command::Meeting { command } => meeting::run(command, l),
        Command::Staff { command } => staff::run(command, l),
    }
}

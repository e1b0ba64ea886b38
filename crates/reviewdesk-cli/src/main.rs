//! `reviewdesk`: the command line over reviewdesk-core, for scripting and staff
//! automation. Each subcommand parses its arguments, calls one core function and
//! prints the result; failures print one localized line and exit non-zero.

mod staff;

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{CommandFactory as _, FromArgMatches as _, Parser, Subcommand};
use reviewdesk_core::checklist::{Finding, Verdict};
use reviewdesk_core::sheet::SheetInput;
use reviewdesk_core::views::{ListFilter, SheetState, SheetView};
use reviewdesk_core::wire_name;
use reviewdesk_core::{Arg, CoreError, Language, Localizer, Passphrase, Session, figure_arg};

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
    /// Write a generated demo call (agency data format) to OUT.
    DemoData {
        out: PathBuf,
        /// Make the call this many times larger (10 demands, 26 applications each).
        #[arg(long, default_value_t = 1)]
        scale: usize,
    },
    /// Manage vaults.
    Vault {
        #[command(subcommand)]
        command: VaultCommand,
    },
    /// Agency staff: the panel's packages, results, minutes and score matrix.
    Staff {
        #[command(subcommand)]
        command: staff::StaffCommand,
    },
    /// Import an agency data file into a vault; all or nothing.
    Import {
        file: PathBuf,
        #[arg(long)]
        vault: PathBuf,
    },
    /// Enroll this vault with the agency: with --expert and --code, write the
    /// enrollment request to --request; later, with --response, pin the agency's keys.
    Enroll {
        #[arg(long)]
        vault: PathBuf,
        #[arg(long, requires = "code", conflicts_with = "response")]
        expert: Option<String>,
        #[arg(long)]
        code: Option<String>,
        /// Write the request to this file (offline enrollment).
        #[arg(long, conflicts_with = "server")]
        request: Option<PathBuf>,
        /// Enroll online with the agency server at this address.
        #[arg(long)]
        server: Option<String>,
        #[arg(long)]
        response: Option<PathBuf>,
    },
    /// Send queued score packages to the agency server and fetch newer bundles.
    Sync {
        #[arg(long)]
        vault: PathBuf,
        /// The server's address (default: the one given at enrollment).
        #[arg(long)]
        server: Option<String>,
        /// Upload packages larger than this many bytes in parts that resume after a cut.
        #[arg(long, value_name = "BYTES")]
        parts_above: Option<usize>,
    },
    /// List the demands and applications in a vault.
    List {
        #[arg(long)]
        vault: PathBuf,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
        /// Only applications matching this text.
        #[arg(long, default_value = "")]
        search: String,
    },
    /// Show the formal-review checklist of one application.
    Check {
        application: String,
        #[arg(long)]
        vault: PathBuf,
        #[arg(long)]
        call: Option<String>,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Fill the score sheet of an application from a sheet file, validated like the form.
    Score {
        application: String,
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
        call: Option<String>,
    },
    /// List the score sheets in a vault.
    Sheets {
        #[arg(long)]
        vault: PathBuf,
        #[arg(long)]
        json: bool,
        #[arg(long)]
        call: Option<String>,
    },
    /// Submit a complete sheet; once enrolled, this queues its score package.
    Submit {
        application: String,
        #[arg(long)]
        vault: PathBuf,
        #[arg(long)]
        call: Option<String>,
    },
    /// List the score packages in the outbox, or export those not yet delivered.
    Outbox {
        #[arg(long)]
        vault: PathBuf,
        #[arg(long)]
        json: bool,
        /// Write each undelivered package into this folder, for the agency.
        #[arg(long)]
        export: Option<PathBuf>,
    },
    /// Check a score package's signature and hashes without a vault.
    Verify {
        package: PathBuf,
        /// The agency's public keys (JSON: signing, encryption).
        #[arg(long)]
        agency_key: PathBuf,
        /// The expert's registered public keys; without it, the key the package names.
        #[arg(long, requires = "expert")]
        expert_key: Option<PathBuf>,
        /// Whose registered keys `--expert-key` holds: the package must name this expert.
        #[arg(long, requires = "expert_key")]
        expert: Option<String>,
    },
    /// Show one application in full, as JSON.
    Show {
        application: String,
        #[arg(long)]
        vault: PathBuf,
        #[arg(long)]
        call: Option<String>,
    },
}

#[derive(Subcommand)]
enum VaultCommand {
    /// Create a new encrypted vault.
    Create { vault: PathBuf },
    /// Change the passphrase of a vault (the new one from REVIEWDESK_NEW_PASSPHRASE or a prompt).
    ChangePassphrase { vault: PathBuf },
}

const PASSPHRASE_VARIABLE: &str = "REVIEWDESK_PASSPHRASE";
const NEW_PASSPHRASE_VARIABLE: &str = "REVIEWDESK_NEW_PASSPHRASE";

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
        Command::DemoData { out, scale } => {
            let bytes = reviewdesk_core::demo_document(scale);
            std::fs::write(&out, bytes)?;
            say(l.format(
                "cli-demo-written",
                &[
                    ("demands", (10 * scale).to_string()),
                    ("applications", (26 * scale).to_string()),
                    ("path", out.display().to_string()),
                ],
            ));
        }
        Command::Staff { command } => staff::run(command, l)?,
        Command::Vault {
            command: VaultCommand::Create { vault },
        } => {
            let passphrase = passphrase(l, PASSPHRASE_VARIABLE, "cli-new-passphrase-prompt")?;
            let confirmation = confirmation(l, PASSPHRASE_VARIABLE)?;
            Session::default().create_vault(&vault, &passphrase, &confirmation)?;
            say(l.format(
                "cli-vault-created",
                &[("path", vault.display().to_string())],
            ));
        }
        Command::Vault {
            command: VaultCommand::ChangePassphrase { vault },
        } => {
            let mut session = unlocked(&vault, l)?;
            let current = passphrase(l, PASSPHRASE_VARIABLE, "cli-passphrase-prompt")?;
            let new = passphrase(l, NEW_PASSPHRASE_VARIABLE, "cli-new-passphrase-prompt")?;
            let confirmation = confirmation(l, NEW_PASSPHRASE_VARIABLE)?;
            session.change_passphrase(&current, &new, &confirmation)?;
            say(l.format(
                "cli-passphrase-changed",
                &[("path", vault.display().to_string())],
            ));
        }
        Command::Enroll {
            vault,
            expert,
            code,
            request,
            server,
            response,
        } => {
            let mut session = unlocked(&vault, l)?;
            match (expert, code, request, server, response) {
                (Some(expert), Some(code), None, Some(server), None) => {
                    let session = std::cell::RefCell::new(session);
                    let identity = runtime()?.block_on(reviewdesk_sync::enroll_vault(
                        || session.borrow_mut(),
                        &server,
                        &expert,
                        &code,
                        Default::default(),
                    ))?;
                    say(l.format(
                        "cli-enrolled",
                        &[
                            ("id", identity.expert_id),
                            ("agency", identity.agency_key.unwrap_or_default()),
                        ],
                    ));
                }
                (Some(expert), Some(code), Some(out), None, None) => {
                    let request = session.enrollment_request(&expert, &code, chrono::Utc::now())?;
                    std::fs::write(&out, to_json(&request)?)?;
                    say(l.format(
                        "cli-enrollment-requested",
                        &[("path", out.display().to_string())],
                    ));
                }
                (None, None, None, _, Some(file)) => {
                    let text = std::fs::read_to_string(&file)?;
                    let response = serde_json::from_str(&text).map_err(|e| {
                        CoreError::new("enrollment-file-invalid", e.to_string())
                            .with("detail", e.to_string())
                    })?;
                    let identity =
                        session.complete_enrollment(&response, None, chrono::Utc::now())?;
                    say(l.format(
                        "cli-enrolled",
                        &[
                            ("id", identity.expert_id),
                            ("agency", identity.agency_key.unwrap_or_default()),
                        ],
                    ));
                }
                _ => {
                    return Err(CoreError::new(
                        "enroll-usage",
                        "enroll needs --expert, --code and --request, or --response",
                    ));
                }
            }
        }
        Command::Sync {
            vault,
            server,
            parts_above,
        } => {
            let session = std::sync::Mutex::new(unlocked(&vault, l)?);
            let mut policy = reviewdesk_sync::SyncPolicy::default();
            if let Some(bytes) = parts_above {
                policy.resumable_above = bytes;
            }
            let lock = || {
                session
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner)
            };
            let mut ignore_progress = |_| {};
            let sync =
                reviewdesk_sync::sync_once(lock, server.as_deref(), policy, &mut ignore_progress);
            let outcome = runtime()?.block_on(sync)?;
            say(l.format(
                "cli-synced",
                &[
                    ("delivered", outcome.delivered.to_string()),
                    ("refused", outcome.refused.to_string()),
                    ("pending", outcome.pending.to_string()),
                    ("bundles", outcome.bundles.to_string()),
                ],
            ));
            if let Some(problem) = outcome.problem {
                return Err(problem);
            }
        }
        Command::Import { file, vault } => {
            let mut session = unlocked(&vault, l)?;
            let mut last_reported = 0;
            let report = session.import_file(&file, chrono::Utc::now(), &mut |p| {
                // Report about every 5% so progress is visible without flooding logs.
                if p.done == 1
                    || p.done == p.total
                    || p.done - last_reported >= (p.total / 20).max(1)
                {
                    last_reported = p.done;
                    eprintln!(
                        "{}",
                        l.format(
                            "cli-import-progress",
                            &[("done", p.done.to_string()), ("total", p.total.to_string())]
                        )
                    );
                }
            })?;
            let id = match report.result {
                reviewdesk_core::views::ImportResult::Imported => "cli-imported",
                reviewdesk_core::views::ImportResult::Replaced => "cli-reimported",
                reviewdesk_core::views::ImportResult::Unchanged => "cli-already-imported",
            };
            say(l.format(
                id,
                &[
                    ("call", report.call_id),
                    ("demands", report.demands.to_string()),
                    ("applications", report.applications.to_string()),
                    ("attachments", report.attachments.to_string()),
                ],
            ));
        }
        Command::List {
            vault,
            json,
            search,
        } => {
            let session = unlocked(&vault, l)?;
            let overview = session.overview(
                None,
                &ListFilter {
                    text: search,
                    ..ListFilter::default()
                },
            )?;
            if json {
                say(serde_json::to_string_pretty(&overview)
                    .map_err(|e| CoreError::new("internal", e.to_string()))?);
            } else if overview.call.is_none() {
                say(l.format("cli-list-empty", &[]));
            } else {
                let lang = l.language().tag();
                for view in &overview.demands {
                    say(format!(
                        "{}  {}  [{}]",
                        view.demand.code,
                        view.demand.title.best_for(lang),
                        view.demand.demand_side.country.code()
                    ));
                    for a in &view.applications {
                        say(format!("    {}  {}", a.id, a.lead_name.best_for(lang)));
                    }
                }
            }
        }
        Command::Check {
            application,
            vault,
            call,
            json,
        } => {
            let session = unlocked(&vault, l)?;
            let call_id = session.current_call_id(call.as_deref())?;
            let checklist = session.checklist(&call_id, &application)?;
            if json {
                say(to_json(&checklist)?);
            } else {
                say(l.format(
                    "check-summary",
                    &[
                        ("pass", checklist.count(Verdict::Pass).to_string()),
                        ("fail", checklist.count(Verdict::Fail).to_string()),
                        (
                            "missing",
                            checklist.count(Verdict::MissingEvidence).to_string(),
                        ),
                    ],
                ));
                for finding in &checklist.hard_rules {
                    say(describe_finding(l, finding, "check-verdict"));
                }
                say(l.format("check-priorities", &[]));
                for finding in &checklist.priorities {
                    say(describe_finding(l, finding, "check-priority"));
                }
            }
        }
        Command::Score {
            application,
            vault,
            from,
            submit,
            revise,
            call,
        } => {
            let text = std::fs::read_to_string(&from)?;
            let input: SheetInput = serde_json::from_str(&text).map_err(|e| {
                CoreError::new("sheet-file-invalid", e.to_string()).with("detail", e.to_string())
            })?;
            let mut session = unlocked(&vault, l)?;
            let call_id = session.current_call_id(call.as_deref())?;
            let now = chrono::Utc::now().to_rfc3339();
            if revise {
                let today = chrono::Local::now().date_naive();
                session.revise_sheet(&call_id, &application, today, &now)?;
            }
            let mut view = session.save_sheet(&call_id, &application, &input, &now)?;
            if submit {
                view = session.submit_sheet(&call_id, &application, &now)?;
            }
            say(sheet_line(l, &view));
        }
        Command::Submit {
            application,
            vault,
            call,
        } => {
            let mut session = unlocked(&vault, l)?;
            let call_id = session.current_call_id(call.as_deref())?;
            let now = chrono::Utc::now().to_rfc3339();
            say(sheet_line(
                l,
                &session.submit_sheet(&call_id, &application, &now)?,
            ));
        }
        Command::Outbox {
            vault,
            json,
            export,
        } => {
            let session = unlocked(&vault, l)?;
            if let Some(folder) = export {
                let files = session.export_outbox(&folder)?;
                say(l.format(
                    "cli-outbox-exported",
                    &[
                        ("count", files.len().to_string()),
                        ("path", folder.display().to_string()),
                    ],
                ));
            } else if json {
                say(to_json(&session.outbox()?)?);
            } else {
                for package in session.outbox()? {
                    say(l.format(
                        "cli-outbox-line",
                        &[
                            ("sequence", package.sequence.to_string()),
                            ("state", l.format(package_state(package.state), &[])),
                            ("applications", package.applications.join(", ")),
                            ("id", package.package_id),
                        ],
                    ));
                }
            }
        }
        Command::Verify {
            package,
            agency_key,
            expert_key,
            expert,
        } => {
            let read_keys = |path: &PathBuf| -> Result<reviewdesk_core::PublicKeys, CoreError> {
                serde_json::from_slice(&std::fs::read(path)?).map_err(|e| {
                    CoreError::new("key-file-invalid", e.to_string())
                        .with("path", path.display().to_string())
                })
            };
            let agency = read_keys(&agency_key)?;
            let keys = expert_key.as_ref().map(read_keys).transpose()?;
            let registered = expert.as_deref().zip(keys.as_ref());
            let manifest =
                reviewdesk_core::verify_package(&std::fs::read(&package)?, registered, &agency)?;
            say(l.format(
                if registered.is_some() {
                    "cli-verified"
                } else {
                    "cli-verified-intact"
                },
                &[
                    ("id", manifest.package_id),
                    ("expert", manifest.expert_id),
                    ("sequence", manifest.sequence.to_string()),
                    ("key", manifest.expert_key),
                ],
            ));
        }
        Command::Sheets { vault, json, call } => {
            let session = unlocked(&vault, l)?;
            let call_id = session.current_call_id(call.as_deref())?;
            let sheets = session.sheets(&call_id)?;
            if json {
                say(to_json(&sheets)?);
            } else {
                for view in &sheets {
                    say(sheet_line(l, view));
                }
            }
        }
        Command::Show {
            application,
            vault,
            call,
        } => {
            let session = unlocked(&vault, l)?;
            let call_id = session.current_call_id(call.as_deref())?;
            say(to_json(&session.application(&call_id, &application)?)?);
        }
    }
    Ok(())
}

fn runtime() -> Result<tokio::runtime::Runtime, CoreError> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(CoreError::from)
}

fn package_state(state: reviewdesk_core::outbox::DeliveryStateView) -> &'static str {
    use reviewdesk_core::outbox::DeliveryStateView as S;
    match state {
        S::Queued => "cli-package-queued",
        S::Delivered => "cli-package-delivered",
        S::Quarantined => "cli-package-quarantined",
    }
}

/// One line about a sheet: its version and state, the overall score, what is missing.
fn sheet_line(l: &Localizer, view: &SheetView) -> String {
    let state = match (view.recused, view.state) {
        (true, _) => "cli-sheet-recused",
        (false, SheetState::Submitted) => "cli-sheet-submitted",
        (false, SheetState::Draft) => "cli-sheet-draft",
    };
    l.format(
        state,
        &[
            ("application", view.application_id.clone()),
            ("version", view.version.to_string()),
            (
                "overall",
                view.totals
                    .overall
                    .map(|p| p.to_string())
                    .unwrap_or_else(|| "—".into()),
            ),
            ("missing", view.problems.len().to_string()),
        ],
    )
}

fn to_json(value: &impl serde::Serialize) -> Result<String, CoreError> {
    serde_json::to_string_pretty(value)
        .map_err(|e| CoreError::new("internal", e.to_string()).with("detail", e.to_string()))
}

/// One checklist line: verdict, rule and the reason with its figures.
fn describe_finding(l: &Localizer, finding: &Finding, verdicts: &str) -> String {
    let verdict = l.format(&format!("{verdicts}-{}", wire_name(&finding.verdict)), &[]);
    let rule = l.format(&format!("check-rule-{}", wire_name(&finding.rule)), &[]);
    let figures: Vec<(&str, Arg)> = finding
        .figures
        .iter()
        .map(|(k, v)| (k.as_str(), figure_arg(v)))
        .collect();
    let mut reason = l.format_args(&format!("check-{}", finding.reason), figures);
    if let Some(missing) = finding.figures.get("missing") {
        let names: Vec<String> = missing
            .to_string()
            .split(',')
            .map(|code| l.format(&format!("section-{code}"), &[]))
            .collect();
        reason.push(' ');
        reason.push_str(&l.format("check-missing-sections", &[("sections", names.join(", "))]));
    }
    format!("[{verdict}] {rule}\n    {reason}")
}

/// Prints a line of output; a closed pipe (`reviewdesk list | head`) is not an error.
#[allow(clippy::print_stdout)]
fn say(line: String) {
    let _ = writeln!(std::io::stdout(), "{line}");
}

fn unlocked(vault: &Path, l: &Localizer) -> Result<Session, CoreError> {
    let passphrase = passphrase(l, PASSPHRASE_VARIABLE, "cli-passphrase-prompt")?;
    let mut session = Session::default();
    session.unlock(vault, &passphrase)?;
    Ok(session)
}

/// The passphrase from `variable` when set, else typed at a prompt without echo.
fn passphrase(l: &Localizer, variable: &str, prompt: &str) -> Result<Passphrase, CoreError> {
    if let Ok(value) = std::env::var(variable) {
        return Ok(Passphrase::new(value));
    }
    rpassword::prompt_password(l.format(prompt, &[]))
        .map(Passphrase::new)
        .map_err(CoreError::from)
}

/// The passphrase typed a second time; from the environment it counts as confirmed.
fn confirmation(l: &Localizer, variable: &str) -> Result<Passphrase, CoreError> {
    if let Ok(value) = std::env::var(variable) {
        return Ok(Passphrase::new(value));
    }
    rpassword::prompt_password(l.format("cli-confirm-passphrase-prompt", &[]))
        .map(Passphrase::new)
        .map_err(CoreError::from)
}

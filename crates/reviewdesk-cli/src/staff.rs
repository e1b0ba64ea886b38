//! `reviewdesk staff …`: the agency staff's commands over a staff vault —
//! install the staff key, import the panel's package files, show the result
//! per demand, record the meeting and the panel's notes and votes, and write
//! the minutes, the opinion forms and the score matrix. Each is one core call.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use clap::Subcommand;
use reviewdesk_core::staff::{
    DemandNote, MeetingInput, PanelImport, PanelImportState, PanelImportTally, StaffDesk,
};
use reviewdesk_core::{CoreError, ErrorCode, Language, Localizer, Timestamp};
use reviewdesk_domain::discussion::Round;
use reviewdesk_domain::panel::{ApplicantResult, DemandOutcome};
use reviewdesk_domain::{ApplicationId, CallId, DemandId};

use crate::shell::{runtime, say, secret, to_json, unlocked};
use reviewdesk_core::files::read_exchange_file;

const STAFF_KEY_VARIABLE: &str = "REVIEWDESK_STAFF_KEY_PASSPHRASE";
const STAFF_PASSWORD_VARIABLE: &str = "REVIEWDESK_STAFF_PASSWORD";

#[derive(Subcommand)]
pub enum StaffCommand {
    /// Install the staff key file (its passphrase from REVIEWDESK_STAFF_KEY_PASSPHRASE or a prompt).
    Key {
        file: PathBuf,
        #[arg(long)]
        vault: PathBuf,
    },
    /// Check and import score package files; each all or nothing.
    Import {
        files: Vec<PathBuf>,
        #[arg(long)]
        vault: PathBuf,
    },
    /// Fetch the call's packages from the agency server (staff password from REVIEWDESK_STAFF_PASSWORD or a prompt) and import those not held yet.
    Fetch {
        #[arg(long)]
        vault: PathBuf,
        #[arg(long)]
        call: Option<CallId>,
        /// The server's address (default: the one in the staff key).
        #[arg(long)]
        server: Option<String>,
        #[arg(long)]
        user: String,
        /// Speak plain HTTP to a server on another machine (only if the agency asks).
        #[arg(long)]
        insecure_http: bool,
    },
    /// Show the panel's result per demand.
    Panel {
        #[arg(long)]
        vault: PathBuf,
        #[arg(long)]
        call: Option<CallId>,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Record the meeting's date, place, chair and staff.
    Meeting {
        #[arg(long)]
        vault: PathBuf,
        #[arg(long)]
        call: Option<CallId>,
        #[arg(long)]
        date: String,
        /// Leave out for an online meeting.
        #[arg(long)]
        place: Option<String>,
        #[arg(long)]
        chair: String,
        #[arg(long = "staff-member")]
        staff: Vec<String>,
    },
    /// Record the panel's note and vote for a demand.
    Note {
        #[command(flatten)]
        at: DemandAt,
        #[arg(long, default_value = "")]
        note: String,
        /// A recorded vote, as APPLICATION=VOTES; repeat for each applicant.
        #[arg(long = "vote")]
        votes: Vec<String>,
    },
    /// Open a demand for the meeting's discussion or revision round, or close its round.
    Round {
        #[command(flatten)]
        at: DemandAt,
        /// discussion, revision or close.
        #[arg(value_parser = parse_round)]
        round: RoundChoice,
    },
    /// Fix the minutes' content as the panel's data gives it now, for the experts to sign at the meeting.
    FixMinutes {
        #[arg(long)]
        vault: PathBuf,
        #[arg(long)]
        call: Option<CallId>,
    },
    /// Write the review minutes (PDF), and optionally the score matrix (CSV) and the opinion forms.
    Minutes {
        #[arg(long)]
        vault: PathBuf,
        #[arg(long)]
        call: Option<CallId>,
        #[arg(long)]
        out: PathBuf,
        #[arg(long)]
        csv: Option<PathBuf>,
        #[arg(long)]
        opinions: Option<PathBuf>,
        /// The documents' language beside Chinese (default: this command's).
        #[arg(long, value_parser = parse_language)]
        language: Option<Language>,
    },
}

/// A demand of a call in a staff vault (the latest call when not given).
#[derive(Debug, clap::Args)]
pub struct DemandAt {
    #[arg(long)]
    vault: PathBuf,
    #[arg(long)]
    call: Option<CallId>,
    #[arg(long)]
    demand: DemandId,
}

/// A round to open, or none (`close`).
#[derive(Debug, Clone, Copy)]
pub struct RoundChoice(Option<Round>);

fn parse_round(text: &str) -> Result<RoundChoice, String> {
    match text {
        "close" => Ok(RoundChoice(None)),
        other => Round::parse(other)
            .map(|r| RoundChoice(Some(r)))
            .ok_or_else(|| "discussion, revision or close".to_owned()),
    }
}

fn parse_language(tag: &str) -> Result<Language, String> {
    Language::from_tag(tag).ok_or_else(|| {
        let shipped: Vec<&str> = Language::ALL.iter().map(|l| l.tag()).collect();
        format!("{tag}: {}", shipped.join(", "))
    })
}

pub fn run(command: StaffCommand, l: &Localizer) -> Result<(), CoreError> {
    match command {
        StaffCommand::Key { file, vault } => install_key(&file, &vault, l),
        StaffCommand::Import { files, vault } => import(&vault, &files, l),
        StaffCommand::Fetch {
            vault,
            call,
            server,
            user,
            insecure_http,
        } => fetch(&vault, call, server, &user, insecure_http, l),
        StaffCommand::Panel { vault, call, json } => panel(&vault, call, json, l),
        StaffCommand::Meeting {
            vault,
            call,
            date,
            place,
            chair,
            staff,
        } => {
            let meeting = MeetingInput {
                date,
                place,
                chair,
                staff,
            };
            meeting_or_note(&vault, call, l, |staff, call_id| {
                staff.set_meeting(call_id, &meeting)
            })
        }
        StaffCommand::Note { at, note, votes } => {
            let note = DemandNote {
                note,
                votes: parse_votes(&votes)?,
            };
            meeting_or_note(&at.vault, at.call, l, |staff, call_id| {
                staff.set_demand_note(call_id, &at.demand, &note)
            })
        }
        StaffCommand::Round { at, round } => {
            meeting_or_note(&at.vault, at.call, l, |staff, call_id| {
                staff.set_round(call_id, &at.demand, round.0, Timestamp::now())
            })
        }
        StaffCommand::FixMinutes { vault, call } => fix_minutes(&vault, call, l),
        StaffCommand::Minutes {
            vault,
            call,
            out,
            csv,
            opinions,
            language,
        } => {
            let documents = Documents {
                minutes: out,
                matrix: csv,
                opinions,
                second: language.unwrap_or(l.language()),
            };
            minutes(&vault, call, documents, l)
        }
    }
}

fn fix_minutes(vault: &Path, call: Option<CallId>, l: &Localizer) -> Result<(), CoreError> {
    let mut session = unlocked(vault, l)?;
    let call_id = session.current_call_id(call.as_ref())?;
    let fixed = session.staff().fix_minutes(&call_id, chrono::Utc::now())?;
    let args = [
        ("call", call_id.into_string()),
        ("digest", fixed.digest),
        ("experts", fixed.unsigned.len().to_string()),
    ];
    say(l.format("cli-staff-minutes-fixed", &args));
    Ok(())
}

fn import(vault: &Path, files: &[PathBuf], l: &Localizer) -> Result<(), CoreError> {
    let mut session = unlocked(vault, l)?;
    for file in files {
        let imported = session
            .staff()
            .import_panel_package(&read_exchange_file(file)?)?;
        say(imported_line(file, imported, l));
    }
    Ok(())
}

/// Records the meeting's particulars or a demand's note with `save`, for
/// `call` (else the latest), and says so.
fn meeting_or_note(
    vault: &Path,
    call: Option<CallId>,
    l: &Localizer,
    save: impl FnOnce(&mut StaffDesk<'_>, &CallId) -> Result<(), CoreError>,
) -> Result<(), CoreError> {
    let mut session = unlocked(vault, l)?;
    let call_id = session.current_call_id(call.as_ref())?;
    save(&mut session.staff(), &call_id)?;
    say(l.format("cli-staff-saved", &[]));
    Ok(())
}

fn install_key(file: &Path, vault: &Path, l: &Localizer) -> Result<(), CoreError> {
    let mut session = unlocked(vault, l)?;
    let passphrase = secret(l, STAFF_KEY_VARIABLE, "cli-staff-key-prompt")?;
    let staff = session
        .staff()
        .install_staff_key(&read_exchange_file(file)?, &passphrase)?;
    let args = [
        ("agency", staff.agency_key),
        ("experts", staff.experts.to_string()),
    ];
    say(l.format("cli-staff-key-installed", &args));
    Ok(())
}

/// What became of one package file, with the reason when its content does
/// not count.
fn imported_line(file: &Path, imported: PanelImport, l: &Localizer) -> String {
    let (id, reason) = match imported.state {
        PanelImportState::Imported => ("cli-staff-package-imported", None),
        PanelImportState::AlreadyImported => ("cli-staff-package-again", None),
        PanelImportState::Waiting => ("cli-staff-package-waiting", None),
        PanelImportState::Refused { code, args } => {
            let args: Vec<(&str, String)> =
                args.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
            let reason = l.format(&format!("error-{code}"), &args);
            ("cli-staff-package-refused", Some(reason))
        }
    };
    let mut args = vec![
        ("path", file.display().to_string()),
        ("expert", imported.expert_id.into_string()),
        ("sequence", imported.sequence.to_string()),
        ("sheets", imported.sheets.to_string()),
    ];
    args.extend(reason.map(|reason| ("reason", reason)));
    l.format(id, &args)
}

fn fetch(
    vault: &Path,
    call: Option<CallId>,
    server: Option<String>,
    user: &str,
    insecure_http: bool,
    l: &Localizer,
) -> Result<(), CoreError> {
    let mut session = unlocked(vault, l)?;
    let call_id = session.current_call_id(call.as_ref())?;
    let server = server
        .or(session.staff().view()?.and_then(|s| s.server))
        .ok_or_else(|| CoreError::new(ErrorCode::NoServer, "no server address is known"))?;
    let policy = reviewdesk_sync::SyncPolicy {
        insecure_http,
        ..Default::default()
    };
    // Refused before the password is even asked for.
    let trust = reviewdesk_sync::tls::Trust {
        pinned: None,
        insecure_http,
        meeting_code: None,
    };
    reviewdesk_sync::tls::check_address(&server, &trust)?;
    let password = secret(l, STAFF_PASSWORD_VARIABLE, "cli-staff-password-prompt")?;
    let session = std::cell::RefCell::new(session);
    let tally = runtime()?.block_on(reviewdesk_sync::fetch_into_vault(
        || session.borrow_mut(),
        &server,
        user,
        &password,
        &call_id,
        policy,
    ))?;
    print_tally(&tally, server, l);
    Ok(())
}

/// How many packages came, and how many wait or do not count.
fn print_tally(tally: &PanelImportTally, server: String, l: &Localizer) {
    let fetched = tally.imported + tally.already_imported + tally.waiting + tally.refused;
    let args = [("count", fetched.to_string()), ("server", server)];
    say(l.format("cli-staff-fetched", &args));
    if tally.forwarded > 0 {
        let args = [("count", tally.forwarded.to_string())];
        say(l.format("panel-forwarded", &args));
    }
    if tally.waiting + tally.refused > 0 {
        let args = [
            ("waiting", tally.waiting.to_string()),
            ("refused", tally.refused.to_string()),
        ];
        say(l.format("panel-import-aside", &args));
    }
}

fn panel(vault: &Path, call: Option<CallId>, json: bool, l: &Localizer) -> Result<(), CoreError> {
    let mut session = unlocked(vault, l)?;
    let call_id = session.current_call_id(call.as_ref())?;
    let panel = session.staff().panel(&call_id)?;
    if json {
        say(to_json(&panel)?);
        return Ok(());
    }
    for demand in &panel.demands {
        say(l.format("cli-staff-demand", &[("id", demand.demand_id.to_string())]));
        for result in &demand.result.applicants {
            say(result_line(result, l));
        }
        let by_vote = panel.rule.decides_ties_by_vote();
        say(format!(
            "  → {}",
            outcome(&demand.result.outcome, by_vote, l)
        ));
    }
    Ok(())
}

/// One applicant of a demand: rank, id, overall score, experts still missing.
fn result_line(result: &ApplicantResult, l: &Localizer) -> String {
    let rank = result.rank.map(|r| r.to_string()).unwrap_or_default();
    let overall = result
        .overall
        .as_ref()
        .map_or_else(|| "—".into(), |o| o.value.to_string());
    let missing = if result.missing.is_empty() {
        String::new()
    } else {
        let experts = [("experts", result.missing.join(", "))];
        format!("  {}", l.format("cli-staff-missing", &experts))
    };
    format!(
        "  {rank:>3}  {:<6} {overall:>7}{missing}",
        result.application_id
    )
}

/// Votes written APPLICATION=VOTES.
fn parse_votes(votes: &[String]) -> Result<BTreeMap<ApplicationId, u32>, CoreError> {
    votes
        .iter()
        .map(|vote| {
            vote.split_once('=')
                .and_then(|(id, count)| Some((id.into(), count.parse().ok()?)))
                .ok_or_else(|| {
                    CoreError::new(ErrorCode::StaffVoteUsage, vote.clone())
                        .with("vote", vote.clone())
                })
        })
        .collect()
}

/// Which documents to write, and the language beside Chinese.
struct Documents {
    minutes: PathBuf,
    matrix: Option<PathBuf>,
    opinions: Option<PathBuf>,
    second: Language,
}

fn minutes(
    vault: &Path,
    call: Option<CallId>,
    documents: Documents,
    l: &Localizer,
) -> Result<(), CoreError> {
    let mut session = unlocked(vault, l)?;
    let call_id = session.current_call_id(call.as_ref())?;
    let fonts = reviewdesk_core::staff::shipped_fonts(None);
    let second = documents.second;
    let written =
        |path: &Path| say(l.format("cli-staff-written", &[("path", path.display().to_string())]));
    session
        .staff()
        .export_minutes(&call_id, &documents.minutes, &fonts, second)?;
    written(&documents.minutes);
    if let Some(path) = documents.matrix {
        session.staff().export_matrix(&call_id, &path, second)?;
        written(&path);
    }
    if let Some(folder) = documents.opinions {
        for path in session
            .staff()
            .export_opinion_forms(&call_id, &folder, &fonts, second)?
        {
            written(&path);
        }
    }
    Ok(())
}

fn outcome(outcome: &DemandOutcome, by_vote: bool, l: &Localizer) -> String {
    match outcome {
        DemandOutcome::StraightToSigning { application_id } => l.format(
            "cli-staff-outcome-straight_to_signing",
            &[("application", application_id.to_string())],
        ),
        DemandOutcome::Selected { application_id } => l.format(
            "cli-staff-outcome-selected",
            &[("application", application_id.to_string())],
        ),
        DemandOutcome::TieUnresolved { application_ids } => l.format(
            if by_vote {
                "cli-staff-outcome-tie_unresolved"
            } else {
                "cli-staff-outcome-tie_unresolved-no-vote"
            },
            &[("applications", application_ids.join(", "))],
        ),
        DemandOutcome::AwaitingScores => l.format("cli-staff-outcome-awaiting_scores", &[]),
        DemandOutcome::NoneSelectable => l.format("cli-staff-outcome-none_selectable", &[]),
    }
}

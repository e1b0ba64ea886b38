//! An expert at a panel meeting, from the shell: join the hub on the room's
//! network with the chair's join card, keep in step with it (send what it
//! lacks, say what is being scored, read the open discussions and the
//! minutes fixed for signing), sign the minutes, leave.

use std::cell::RefCell;
use std::path::{Path, PathBuf};

use clap::Subcommand;
use reviewdesk_core::expert::meeting::MinutesToSignView;
use reviewdesk_core::staff::meeting::DemandDiscussion;
use reviewdesk_core::{CoreError, Localizer};
use reviewdesk_domain::discussion::{Round, Spread};

use crate::shell::{runtime, say, to_json, unlocked};

#[derive(Subcommand)]
pub enum MeetingCommand {
    /// Join the meeting on the chair's join card: its address and code, or the line its QR code carries.
    Join {
        #[arg(long)]
        vault: PathBuf,
        /// The hub's address (https://ADDRESS:PORT), or the join line ADDRESS#CODE.
        hub: String,
        /// The meeting code on the join card.
        #[arg(long)]
        code: Option<String>,
    },
    /// Send the hub what it lacks, tell it what is being scored, and show the open discussions.
    Status {
        #[arg(long)]
        vault: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// Sign the minutes the chair fixed, whose content SHA-256 `meeting status` showed.
    Sign {
        #[arg(long)]
        vault: PathBuf,
        /// The content SHA-256 of the minutes you read: signed only if the hub still shows them.
        #[arg(long)]
        digest: String,
    },
    /// Leave the meeting joined; the packages still go to the agency server at the next sync.
    Leave {
        #[arg(long)]
        vault: PathBuf,
    },
}

pub fn run(command: MeetingCommand, l: &Localizer) -> Result<(), CoreError> {
    match command {
        MeetingCommand::Join { vault, hub, code } => join(&vault, &hub, code.as_deref(), l),
        MeetingCommand::Status { vault, json } => status(&vault, json, l),
        MeetingCommand::Sign { vault, digest } => sign(&vault, &digest, l),
        MeetingCommand::Leave { vault } => {
            unlocked(&vault, l)?.expert().leave_meeting()?;
            say(l.format("cli-meeting-left", &[]));
            Ok(())
        }
    }
}

fn join(vault: &Path, hub: &str, code: Option<&str>, l: &Localizer) -> Result<(), CoreError> {
    let session = RefCell::new(unlocked(vault, l)?);
    let joined = runtime()?.block_on(reviewdesk_sync::meeting::join_meeting(
        || session.borrow_mut(),
        hub,
        code,
        reviewdesk_sync::SyncPolicy::default(),
    ))?;
    let args = [
        ("call", joined.call_id.into_string()),
        ("address", joined.address),
        ("fingerprint", joined.tls_certificate),
    ];
    say(l.format("cli-meeting-joined", &args));
    Ok(())
}

fn status(vault: &Path, json: bool, l: &Localizer) -> Result<(), CoreError> {
    let session = RefCell::new(unlocked(vault, l)?);
    let step = runtime()?.block_on(reviewdesk_sync::meeting::meeting_step(
        || session.borrow_mut(),
        reviewdesk_sync::SyncPolicy::default(),
    ))?;
    if json {
        say(to_json(&step.discussions)?);
        return Ok(());
    }
    let args = [
        ("delivered", step.delivered.to_string()),
        ("pending", step.pending.to_string()),
    ];
    say(l.format("cli-meeting-step", &args));
    if step.discussions.is_empty() {
        say(l.format("cli-meeting-nothing-open", &[]));
    }
    for discussion in &step.discussions {
        show(discussion, l);
    }
    if let Some(minutes) = &step.minutes {
        show_minutes(minutes, vault, l);
    }
    Ok(())
}

fn sign(vault: &Path, digest: &str, l: &Localizer) -> Result<(), CoreError> {
    let session = RefCell::new(unlocked(vault, l)?);
    let signature = runtime()?.block_on(reviewdesk_sync::meeting::sign_minutes(
        || session.borrow_mut(),
        digest,
        reviewdesk_sync::SyncPolicy::default(),
    ))?;
    let args = [
        ("call", signature.call_id.into_string()),
        ("digest", signature.digest),
    ];
    say(l.format("cli-meeting-signed", &args));
    Ok(())
}

/// The minutes fixed for signing: each demand's ranking and conclusion,
/// the digest, and how to sign it.
fn show_minutes(minutes: &MinutesToSignView, vault: &Path, l: &Localizer) {
    let args = [
        ("call", minutes.call_id.to_string()),
        ("fixed", minutes.fixed_at.clone()),
        ("digest", minutes.digest.clone()),
    ];
    say(l.format("cli-meeting-minutes", &args));
    for demand in &minutes.demands {
        say(format!(
            "{} {}",
            demand.demand_id,
            demand.title.best_for(l.language().tag())
        ));
        for applicant in &demand.result.applicants {
            let lead = demand
                .leads
                .get(&applicant.application_id)
                .map(|n| n.best_for(l.language().tag()).to_owned())
                .unwrap_or_default();
            let args = [
                (
                    "rank",
                    applicant
                        .rank
                        .map_or_else(|| "—".to_owned(), |r| r.to_string()),
                ),
                ("application", applicant.application_id.to_string()),
                ("lead", lead),
                (
                    "score",
                    applicant
                        .overall
                        .as_ref()
                        .map_or_else(|| "—".to_owned(), |a| a.value.to_string()),
                ),
            ];
            say(l.format("cli-meeting-minutes-applicant", &args));
        }
        if !demand.chair_note.trim().is_empty() {
            say(format!("  » {}", demand.chair_note));
        }
    }
    if minutes.signed {
        say(l.format("cli-meeting-minutes-signed", &[]));
    } else {
        let args = [
            ("vault", vault.display().to_string()),
            ("digest", minutes.digest.clone()),
        ];
        say(l.format("cli-meeting-minutes-sign-hint", &args));
    }
}

/// One open demand, as the expert is shown it: never a name.
fn show(discussion: &DemandDiscussion, l: &Localizer) {
    let round = match discussion.round {
        Round::Discussion => "panel-round-discussion",
        Round::Revision => "panel-round-revision",
    };
    say(format!(
        "{} — {}",
        discussion.demand_id,
        l.format(round, &[])
    ));
    if let Some(withheld) = &discussion.withheld {
        say(format!("  {}", CoreError::from(withheld).localized(l)));
    }
    let Some(view) = &discussion.view else {
        return;
    };
    for applicant in &view.applicants {
        let id = applicant.application_id.to_string();
        if applicant.recused {
            say(l.format("cli-meeting-recused", &[("application", id)]));
            continue;
        }
        let flag = if applicant.discuss {
            l.format("cli-meeting-flagged", &[])
        } else {
            String::new()
        };
        if let Some(overall) = &applicant.overall {
            say(spread_line(
                l,
                &id,
                &l.format("cli-meeting-overall", &[]),
                overall,
                &flag,
            ));
        }
        for criterion in &applicant.criteria {
            if let Some(spread) = &criterion.spread {
                say(spread_line(l, &id, &criterion.criterion_id, spread, ""));
            }
            for reason in &criterion.reasons {
                say(format!("      · {reason}"));
            }
        }
        for opinion in &applicant.opinions {
            say(format!("    » {opinion}"));
        }
    }
}

fn spread_line(
    l: &Localizer,
    application: &str,
    what: &str,
    spread: &Spread,
    flag: &str,
) -> String {
    let scores: Vec<String> = spread.scores.iter().map(ToString::to_string).collect();
    let args = [
        ("application", application.to_owned()),
        ("criterion", what.to_owned()),
        ("scores", scores.join(", ")),
        ("median", spread.median.to_string()),
        ("low", spread.low.to_string()),
        ("high", spread.high.to_string()),
        ("flag", flag.to_owned()),
    ];
    l.format("cli-meeting-spread", &args)
}

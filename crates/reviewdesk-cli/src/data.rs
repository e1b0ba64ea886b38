//! The agency's data in a vault: the demo call, importing a file, listing
//! the applications, one application in full, its formal-review checklist.

use reviewdesk_domain::{ApplicationId, CallId};
use std::path::{Path, PathBuf};

use clap::Subcommand;
use reviewdesk_core::checklist::{Checklist, Finding, Verdict};
use reviewdesk_core::views::{ImportResult, ListFilter, Overview};
use reviewdesk_core::{Arg, CoreError, ImportProgress, Localizer, figure_arg, wire_name};

use crate::shell::{say, to_json, unlocked};

#[derive(Subcommand)]
pub enum DataCommand {
    /// Write a generated demo call (agency data format) to OUT.
    DemoData {
        out: PathBuf,
        /// Make the call this many times larger (10 demands, 26 applications each).
        #[arg(long, default_value_t = 1)]
        scale: usize,
        /// Date the call from today: applications closed yesterday, pre-review due in two weeks.
        #[arg(long)]
        today: bool,
    },
    /// Import an agency data file into a vault; all or nothing.
    Import {
        file: PathBuf,
        #[arg(long)]
        vault: PathBuf,
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
        application: ApplicationId,
        #[arg(long)]
        vault: PathBuf,
        #[arg(long)]
        call: Option<CallId>,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Show one application in full, as JSON.
    Show {
        application: ApplicationId,
        #[arg(long)]
        vault: PathBuf,
        #[arg(long)]
        call: Option<CallId>,
    },
}

pub fn run(command: DataCommand, l: &Localizer) -> Result<(), CoreError> {
    match command {
        DataCommand::DemoData { out, scale, today } => demo_data(&out, scale, today, l),
        DataCommand::Import { file, vault } => import(&file, &vault, l),
        DataCommand::List {
            vault,
            json,
            search,
        } => list(&vault, json, search, l),
        DataCommand::Check {
            application,
            vault,
            call,
            json,
        } => check(&application, &vault, call.as_ref(), json, l),
        DataCommand::Show {
            application,
            vault,
            call,
        } => {
            let session = unlocked(&vault, l)?;
            let call_id = session.current_call_id(call.as_ref())?;
            say(to_json(&session.application(&call_id, &application)?)?);
            Ok(())
        }
    }
}

fn demo_data(out: &Path, scale: usize, today: bool, l: &Localizer) -> Result<(), CoreError> {
    let document = if today {
        reviewdesk_core::demo_document_on(scale, chrono::Local::now().date_naive())
    } else {
        reviewdesk_core::demo_document(scale)
    };
    std::fs::write(out, document)?;
    let args = [
        ("demands", (10 * scale).to_string()),
        ("applications", (26 * scale).to_string()),
        ("path", out.display().to_string()),
    ];
    say(l.format("cli-demo-written", &args));
    Ok(())
}

fn import(file: &Path, vault: &Path, l: &Localizer) -> Result<(), CoreError> {
    let mut session = unlocked(vault, l)?;
    let mut reporter = progress_reporter(l);
    let report = session.import_file(file, chrono::Utc::now(), &mut reporter)?;
    let id = match report.result {
        ImportResult::Imported => "cli-imported",
        ImportResult::Replaced => "cli-reimported",
        ImportResult::Unchanged => "cli-already-imported",
    };
    let args = [
        ("call", report.call_id.into_string()),
        ("demands", report.demands.to_string()),
        ("applications", report.applications.to_string()),
        ("attachments", report.attachments.to_string()),
    ];
    say(l.format(id, &args));
    Ok(())
}

/// Reports an import's progress on stderr about every 5%, so it is visible
/// without flooding logs.
fn progress_reporter(l: &Localizer) -> impl FnMut(ImportProgress) + '_ {
    let mut last_reported = 0;
    move |p: ImportProgress| {
        let step = (p.total / 20).max(1);
        if p.done == 1 || p.done == p.total || p.done - last_reported >= step {
            last_reported = p.done;
            let args = [("done", p.done.to_string()), ("total", p.total.to_string())];
            eprintln!("{}", l.format("cli-import-progress", &args));
        }
    }
}

fn list(vault: &Path, json: bool, search: String, l: &Localizer) -> Result<(), CoreError> {
    let session = unlocked(vault, l)?;
    let filter = ListFilter {
        text: search,
        ..ListFilter::default()
    };
    let overview = session.overview(None, &filter)?;
    if json {
        say(to_json(&overview)?);
    } else if overview.call.is_none() {
        say(l.format("cli-list-empty", &[]));
    } else {
        print_overview(&overview, l);
    }
    Ok(())
}

/// Each demand with its applications, one line each.
fn print_overview(overview: &Overview, l: &Localizer) {
    let lang = l.language().tag();
    for view in &overview.demands {
        let demand = &view.demand;
        let country = demand.demand_side.country.code();
        say(format!(
            "{}  {}  [{country}]",
            demand.code,
            demand.title.best_for(lang)
        ));
        for a in &view.applications {
            say(format!("    {}  {}", a.id, a.lead_name.best_for(lang)));
        }
    }
}

fn check(
    application: &ApplicationId,
    vault: &Path,
    call: Option<&CallId>,
    json: bool,
    l: &Localizer,
) -> Result<(), CoreError> {
    let session = unlocked(vault, l)?;
    let call_id = session.current_call_id(call)?;
    let checklist = session.checklist(&call_id, application)?;
    if json {
        say(to_json(&checklist)?);
    } else {
        print_checklist(&checklist, l);
    }
    Ok(())
}

/// The verdicts counted, then every rule and priority with its reason.
fn print_checklist(checklist: &Checklist, l: &Localizer) {
    let count = |verdict| checklist.count(verdict).to_string();
    let summary = [
        ("pass", count(Verdict::Pass)),
        ("fail", count(Verdict::Fail)),
        ("missing", count(Verdict::MissingEvidence)),
    ];
    say(l.format("check-summary", &summary));
    for finding in &checklist.hard_rules {
        say(describe_finding(l, finding, "check-verdict"));
    }
    say(l.format("check-priorities", &[]));
    for finding in &checklist.priorities {
        say(describe_finding(l, finding, "check-priority"));
    }
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

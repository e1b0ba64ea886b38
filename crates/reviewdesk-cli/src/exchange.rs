//! What travels between an expert and the agency: enrollment (online or by
//! files), sync, the outbox of score packages, and checking a package file
//! without a vault.

use reviewdesk_domain::ExpertId;
use std::path::{Path, PathBuf};

use clap::Subcommand;
use reviewdesk_core::outbox::DeliveryStateView;
use reviewdesk_core::{CoreError, ErrorCode, IdentityView, Localizer, PublicKeys, Session};

use crate::shell::{runtime, say, to_json, unlocked};
use reviewdesk_core::files::read_exchange_file;

#[derive(Subcommand)]
pub enum ExchangeCommand {
    /// Enroll this vault with the agency: with --expert and --code, write the
    /// enrollment request to --request; later, with --response, pin the agency's keys.
    Enroll {
        #[arg(long)]
        vault: PathBuf,
        #[arg(long, requires = "code", conflicts_with = "response")]
        expert: Option<ExpertId>,
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
        /// Speak plain HTTP to a server on another machine (only if the agency asks).
        #[arg(long)]
        insecure_http: bool,
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
        /// Speak plain HTTP to a server on another machine (only if the agency asks).
        #[arg(long)]
        insecure_http: bool,
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
    /// Check a minutes PDF: recompute its content's digest and check every signature, with the agency's public keys alone.
    VerifyMinutes {
        /// The minutes PDF.
        minutes: PathBuf,
        /// The agency's public keys (JSON: signing, encryption).
        #[arg(long)]
        agency_key: PathBuf,
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
        expert: Option<ExpertId>,
    },
}

/// How an enrollment is asked for.
enum Enrollment {
    Online {
        expert: ExpertId,
        code: String,
        server: String,
    },
    Request {
        expert: ExpertId,
        code: String,
        out: PathBuf,
    },
    Response(PathBuf),
}

impl Enrollment {
    /// Which enrollment the options ask for: online, a request file to send,
    /// or the agency's response file to complete one.
    fn asked(
        expert: Option<ExpertId>,
        code: Option<String>,
        request: Option<PathBuf>,
        server: Option<String>,
        response: Option<PathBuf>,
    ) -> Result<Self, CoreError> {
        match (expert, code, request, server, response) {
            (Some(expert), Some(code), None, Some(server), None) => Ok(Self::Online {
                expert,
                code,
                server,
            }),
            (Some(expert), Some(code), Some(out), None, None) => {
                Ok(Self::Request { expert, code, out })
            }
            (None, None, None, _, Some(file)) => Ok(Self::Response(file)),
            _ => {
                let usage = "enroll needs --expert, --code and --request, or --response";
                Err(CoreError::new(ErrorCode::EnrollUsage, usage))
            }
        }
    }
}

pub fn run(command: ExchangeCommand, l: &Localizer) -> Result<(), CoreError> {
    match command {
        ExchangeCommand::Enroll {
            vault,
            expert,
            code,
            request,
            server,
            response,
            insecure_http,
        } => {
            let how = Enrollment::asked(expert, code, request, server, response)?;
            let policy = reviewdesk_sync::SyncPolicy {
                insecure_http,
                ..Default::default()
            };
            enroll(unlocked(&vault, l)?, how, policy, l)
        }
        ExchangeCommand::Sync {
            vault,
            server,
            parts_above,
            insecure_http,
        } => {
            let mut policy = reviewdesk_sync::SyncPolicy {
                insecure_http,
                ..Default::default()
            };
            if let Some(bytes) = parts_above {
                policy.resumable_above = bytes;
            }
            sync(&vault, server, policy, l)
        }
        ExchangeCommand::Outbox {
            vault,
            json,
            export,
        } => outbox(&vault, json, export, l),
        ExchangeCommand::Verify {
            package,
            agency_key,
            expert_key,
            expert,
        } => verify(&package, &agency_key, expert_key.zip(expert), l),
        ExchangeCommand::VerifyMinutes {
            minutes,
            agency_key,
        } => verify_minutes(&minutes, &agency_key, l),
    }
}

fn enroll(
    mut session: Session,
    how: Enrollment,
    policy: reviewdesk_sync::SyncPolicy,
    l: &Localizer,
) -> Result<(), CoreError> {
    let identity = match how {
        Enrollment::Online {
            expert,
            code,
            server,
        } => {
            let session = std::cell::RefCell::new(session);
            runtime()?.block_on(reviewdesk_sync::enroll_vault(
                || session.borrow_mut(),
                &server,
                &expert,
                &code,
                policy,
            ))?
        }
        Enrollment::Request { expert, code, out } => {
            return request_enrollment(&mut session, &expert, &code, &out, l);
        }
        Enrollment::Response(file) => complete_enrollment(&mut session, &file)?,
    };
    say(enrolled(l, identity));
    Ok(())
}

/// Writes the request for the agency to `out`, making the expert's keys.
fn request_enrollment(
    session: &mut Session,
    expert: &ExpertId,
    code: &str,
    out: &Path,
    l: &Localizer,
) -> Result<(), CoreError> {
    session
        .expert()
        .write_enrollment_request(expert, code, out, chrono::Utc::now())?;
    let path = out.display().to_string();
    say(l.format("cli-enrollment-requested", &[("path", path)]));
    Ok(())
}

/// Completes the enrollment with the agency's response file.
fn complete_enrollment(session: &mut Session, file: &Path) -> Result<IdentityView, CoreError> {
    session
        .expert()
        .complete_enrollment_file(file, chrono::Utc::now())
}

fn enrolled(l: &Localizer, identity: IdentityView) -> String {
    let args = [
        ("id", identity.expert_id.into_string()),
        ("agency", identity.agency_key.unwrap_or_default()),
    ];
    l.format("cli-enrolled", &args)
}

fn sync(
    vault: &Path,
    server: Option<String>,
    policy: reviewdesk_sync::SyncPolicy,
    l: &Localizer,
) -> Result<(), CoreError> {
    let session = std::sync::Mutex::new(unlocked(vault, l)?);
    let lock = || {
        session
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    };
    let mut ignore_progress = |_| {};
    let sync = reviewdesk_sync::sync_once(lock, server.as_deref(), policy, &mut ignore_progress);
    let outcome = runtime()?.block_on(sync)?;
    let args = [
        ("delivered", outcome.delivered.to_string()),
        ("refused", outcome.refused.to_string()),
        ("pending", outcome.pending.to_string()),
        ("bundles", outcome.bundles.to_string()),
    ];
    say(l.format("cli-synced", &args));
    outcome.problem.map_or(Ok(()), Err)
}

fn outbox(
    vault: &Path,
    json: bool,
    export: Option<PathBuf>,
    l: &Localizer,
) -> Result<(), CoreError> {
    let mut session = unlocked(vault, l)?;
    if let Some(folder) = export {
        let files = session.expert().export_outbox(&folder)?;
        let args = [
            ("count", files.len().to_string()),
            ("path", folder.display().to_string()),
        ];
        say(l.format("cli-outbox-exported", &args));
    } else if json {
        say(to_json(&session.expert().outbox()?)?);
    } else {
        for package in session.expert().outbox()? {
            let args = [
                ("sequence", package.sequence.to_string()),
                ("state", l.format(package_state(package.state), &[])),
                ("applications", package.applications.join(", ")),
                ("id", package.package_id.into_string()),
            ];
            say(l.format("cli-outbox-line", &args));
        }
    }
    Ok(())
}

fn verify(
    package: &Path,
    agency_key: &Path,
    registered: Option<(PathBuf, ExpertId)>,
    l: &Localizer,
) -> Result<(), CoreError> {
    let agency = read_keys(agency_key)?;
    let registered = registered
        .map(|(path, expert)| Ok::<_, CoreError>((expert, read_keys(&path)?)))
        .transpose()?;
    let expert = registered.as_ref().map(|(id, keys)| (id.as_str(), keys));
    let manifest = reviewdesk_core::verify_package(&read_exchange_file(package)?, expert, &agency)?;
    let id = if expert.is_some() {
        "cli-verified"
    } else {
        "cli-verified-intact"
    };
    let args = [
        ("id", manifest.package_id.into_string()),
        ("expert", manifest.expert_id.into_string()),
        ("sequence", manifest.sequence.to_string()),
        ("key", manifest.expert_key),
    ];
    say(l.format(id, &args));
    Ok(())
}

/// Checks a minutes PDF and says what holds; fails (refused input) when
/// the content was altered or a signature does not hold.
fn verify_minutes(pdf: &Path, agency_key: &Path, l: &Localizer) -> Result<(), CoreError> {
    let agency = read_keys(agency_key)?;
    let source = pdf.display().to_string();
    // Bounded by its size before it is read, as any file from outside.
    let bytes = read_exchange_file(pdf)?;
    let check = reviewdesk_core::minutes_check::verify_minutes(&bytes, &source, &agency)?;
    let args = [
        ("path", source),
        ("call", check.call_id.to_string()),
        ("digest", check.digest.clone()),
        ("demands", check.demands.to_string()),
    ];
    say(l.format("cli-minutes-content-holds", &args));
    if check.fixed_at.is_none() {
        say(l.format("cli-minutes-never-fixed", &[]));
    }
    let tag = l.language().tag();
    for signature in &check.signatures {
        let name = signature
            .name
            .as_ref()
            .map_or_else(String::new, |n| n.best_for(tag).to_owned());
        let mut args = vec![
            ("expert", signature.expert_id.to_string()),
            ("name", name),
            ("at", signature.signed_at.clone()),
            ("key", signature.key_fingerprint.clone()),
        ];
        match &signature.problem {
            None => say(l.format("cli-minutes-signature-holds", &args)),
            Some(problem) => {
                args.push(("reason", CoreError::from(problem).localized(l)));
                say(l.format("cli-minutes-signature-fails", &args));
            }
        }
    }
    for (expert, name) in &check.unsigned {
        let args = [
            ("expert", expert.to_string()),
            ("name", name.best_for(tag).to_owned()),
        ];
        say(l.format("cli-minutes-unsigned", &args));
    }
    if check.holds() {
        Ok(())
    } else {
        Err(CoreError::new(
            ErrorCode::ExchangeBadSignature,
            "a signature does not hold",
        ))
    }
}

fn read_keys(path: &Path) -> Result<PublicKeys, CoreError> {
    serde_json::from_slice(&read_exchange_file(path)?).map_err(|e| {
        CoreError::new(ErrorCode::KeyFileInvalid, e.to_string())
            .with("path", path.display().to_string())
    })
}

fn package_state(state: DeliveryStateView) -> &'static str {
    match state {
        DeliveryStateView::Queued => "cli-package-queued",
        DeliveryStateView::AtMeeting => "cli-package-at-meeting",
        DeliveryStateView::Delivered => "cli-package-delivered",
        DeliveryStateView::Quarantined => "cli-package-quarantined",
    }
}

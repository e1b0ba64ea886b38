//! `reviewdesk-server`: the agency's reference server. `serve` runs the HTTP
//! API; the other subcommands are the agency's admin tools over the same
//! database (the SQLite file, or PostgreSQL). Each calls one `Agency`
//! operation and prints its result.

mod meeting;

use reviewdesk_domain::{CallId, ExpertId};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::Utc;
use clap::{CommandFactory as _, FromArgMatches as _, Parser, Subcommand};
use reviewdesk_domain::document::MAX_DOCUMENT_BYTES;
use reviewdesk_exchange::enrollment::EnrollmentRequest;
use reviewdesk_i18n::{Language, Localizer};
use reviewdesk_server::audit::Actor;
use reviewdesk_server::upload::MAX_PACKAGE_BYTES;
use reviewdesk_server::{Agency, Database, Denial, ServerError, Unseal};

#[derive(Parser)]
#[command(
    name = "reviewdesk-server",
    version,
    about = "The ReviewDesk agency server and its admin tools."
)]
struct Cli {
    /// Where the server keeps its data: the path of its SQLite file, or a
    /// PostgreSQL address (postgres://user:password@host/database).
    #[arg(
        long,
        alias = "db",
        env = "REVIEWDESK_SERVER_DB",
        default_value = "reviewdesk-server.db",
        value_parser = |text: &str| Ok::<_, std::convert::Infallible>(Database::parse(text))
    )]
    database: Database,
    /// A settings file (TOML) for what the command line does not say: database, log_format, listen, tls_cert, tls_key.
    #[arg(long, env = "REVIEWDESK_SERVER_CONFIG")]
    config: Option<PathBuf>,
    /// How the server writes its log to standard error: text, or one JSON object per line.
    #[arg(
        long,
        value_enum,
        default_value = "text",
        env = "REVIEWDESK_LOG_FORMAT"
    )]
    log_format: LogFormat,
    #[command(subcommand)]
    command: Command,
}

/// The settings file: each key stands for the flag of the same name, and a
/// flag given on the command line (or in its environment variable) wins.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Settings {
    database: Option<String>,
    log_format: Option<LogFormat>,
    listen: Option<SocketAddr>,
    tls_cert: Option<PathBuf>,
    tls_key: Option<PathBuf>,
}

impl Settings {
    fn read(path: &Path) -> Result<Self, ServerError> {
        let refused = |message: String| {
            ServerError::refused(
                Denial::BadRequest,
                "config",
                format!("{}: {message}", path.display()),
            )
        };
        // A settings file is a few lines; a larger one is refused unread.
        let bytes = read(path, 64 << 10)?;
        let text = String::from_utf8(bytes).map_err(|e| refused(e.to_string()))?;
        toml::from_str(&text).map_err(|e| refused(e.to_string()))
    }

    /// Fills in what `matches` left at its default from the file.
    fn apply(self, cli: &mut Cli, matches: &clap::ArgMatches) {
        use clap::parser::ValueSource;
        let defaulted = |matches: &clap::ArgMatches, id: &str| {
            matches.value_source(id) != Some(ValueSource::CommandLine)
                && matches.value_source(id) != Some(ValueSource::EnvVariable)
        };
        if let Some(database) = self.database.filter(|_| defaulted(matches, "database")) {
            cli.database = Database::parse(&database);
        }
        if let Some(format) = self.log_format.filter(|_| defaulted(matches, "log_format")) {
            cli.log_format = format;
        }
        if let Command::StaffKey { tls_cert, .. } = &mut cli.command
            && tls_cert.is_none()
        {
            tls_cert.clone_from(&self.tls_cert);
        }
        if let Command::Serve {
            listen,
            tls_cert,
            tls_key,
        } = &mut cli.command
        {
            let serve = matches.subcommand_matches("serve");
            let unsaid = |id: &str| serve.is_none_or(|m| defaulted(m, id));
            if let Some(address) = self.listen.filter(|_| unsaid("listen")) {
                *listen = address;
            }
            if tls_cert.is_none() && tls_key.is_none() {
                tls_cert.clone_from(&self.tls_cert);
                tls_key.clone_from(&self.tls_key);
            }
        }
    }
}

#[derive(Debug, Clone, Copy, clap::ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
enum LogFormat {
    Text,
    Json,
}

/// The log goes to standard error, as text or as JSON lines (for a log
/// collector); `RUST_LOG` chooses what is logged.
fn start_logging(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| "reviewdesk_server=info".into());
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match format {
        LogFormat::Text => builder.init(),
        LogFormat::Json => builder.json().init(),
    }
}

#[derive(Subcommand)]
enum Command {
    /// Write a new key file to seal the agency's keys with; keep it apart from the database.
    NewKeyFile { file: PathBuf },
    /// Create the database and the agency's keys (once); print the public keys.
    Init {
        /// The address experts reach this server at, sent to them at enrollment.
        #[arg(long)]
        url: Option<String>,
    },
    /// Run the HTTP API.
    Serve {
        #[arg(long, default_value = "127.0.0.1:8750")]
        listen: SocketAddr,
        /// Serve HTTPS with this certificate chain (PEM, the server's own first).
        #[arg(long, requires = "tls_key")]
        tls_cert: Option<PathBuf>,
        /// The certificate's private key (PEM).
        #[arg(long, requires = "tls_cert")]
        tls_key: Option<PathBuf>,
    },
    /// Print the agency's public keys (JSON), to give to experts and verifiers.
    AgencyKey,
    /// Load (or reload) a call from an agency data file, with its experts and assignments.
    LoadCall { file: PathBuf },
    /// Set exactly which applications of a call an expert reviews.
    Assign {
        #[arg(long)]
        call: CallId,
        #[arg(long)]
        expert: ExpertId,
        /// Application ids, separated by commas.
        #[arg(long, value_delimiter = ',', required = true)]
        applications: Vec<String>,
    },
    /// Issue a one-time enrollment code for an expert (printed alone on standard output).
    Code { expert: ExpertId },
    /// Enroll an expert again on a new device: revoke their key at their last package and issue a one-time code.
    Reenroll { expert: ExpertId },
    /// Answer an enrollment request file with a response file (offline enrollment).
    Enroll {
        request: PathBuf,
        #[arg(long)]
        out: PathBuf,
    },
    /// Seal a new assignment bundle of a call for an expert.
    IssueBundle {
        #[arg(long)]
        expert: ExpertId,
        #[arg(long)]
        call: CallId,
        #[arg(long)]
        out: PathBuf,
    },
    /// Accept score package files brought by hand.
    ImportPackage { files: Vec<PathBuf> },
    /// Show each expert's progress (JSON).
    Progress,
    /// Add or replace a staff account (password from REVIEWDESK_STAFF_PASSWORD or a prompt).
    AddStaff { name: String },
    /// Write the staff key file: the agency's keys and the experts' public keys, sealed with a passphrase (REVIEWDESK_STAFF_KEY_PASSPHRASE or a prompt).
    StaffKey {
        #[arg(long)]
        out: PathBuf,
        /// The certificate the server answers HTTPS with (PEM), for staff to
        /// pin when the platform does not trust it.
        #[arg(long)]
        tls_cert: Option<PathBuf>,
    },
    /// Run a panel meeting's hub on the room's network from a staff vault (passphrase from REVIEWDESK_PASSPHRASE or a prompt); print its join card.
    Meeting {
        /// The staff vault, with the staff key installed and the call's data.
        #[arg(long)]
        vault: PathBuf,
        #[arg(long)]
        call: CallId,
        /// Where to listen: every network of the machine by default.
        #[arg(long, default_value = "0.0.0.0:8765")]
        listen: SocketAddr,
    },
    /// Write a consistent copy of the SQLite database to FILE while the server runs (PostgreSQL: use pg_dump).
    Backup { file: PathBuf },
    /// Check or print the audit log of every action.
    #[command(disable_help_subcommand = true)]
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Check that no entry of the audit log was removed or altered.
    Verify,
    /// Print the audit log.
    List {
        /// As JSON.
        #[arg(long)]
        json: bool,
        /// Only the entries after this number.
        #[arg(long, default_value_t = 0)]
        after: u64,
    },
}

fn main() -> ExitCode {
    let localizer = Localizer::new(Language::from_environment());
    let matches =
        reviewdesk_i18n::localized_help(Cli::command(), &localizer, "server-help").get_matches();
    let mut cli = Cli::from_arg_matches(&matches).unwrap_or_else(|error| error.exit());
    if let Some(path) = cli.config.clone() {
        match Settings::read(&path) {
            Ok(settings) => settings.apply(&mut cli, &matches),
            Err(error) => return failed(&error, &localizer),
        }
    }
    start_logging(cli.log_format);
    let ran = tokio::runtime::Runtime::new()
        .map_err(|e| ServerError::Internal(e.to_string()))
        .and_then(|runtime| runtime.block_on(run(cli, &localizer)));
    match ran {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => failed(&error, &localizer),
    }
}

fn failed(error: &ServerError, l: &Localizer) -> ExitCode {
    let args = [
        ("code", error.code().to_owned()),
        ("message", error.to_string()),
    ];
    eprintln!("{}", l.format("server-error", &args));
    ExitCode::FAILURE
}

#[expect(clippy::print_stdout, reason = "the admin tools print their results")]
fn say(line: impl AsRef<str>) {
    println!("{}", line.as_ref());
}

fn json(value: &impl serde::Serialize) -> Result<String, ServerError> {
    serde_json::to_string_pretty(value).map_err(|e| ServerError::Internal(e.to_string()))
}

/// Reads a file an administrator brought, refused by its size before a byte
/// of it is read when it holds more than `limit`.
fn read(path: &Path, limit: u64) -> Result<Vec<u8>, ServerError> {
    use std::io::Read as _;
    let failed = |e: std::io::Error| ServerError::Internal(format!("{}: {e}", path.display()));
    let file = std::fs::File::open(path).map_err(failed)?;
    let size = file.metadata().map_err(failed)?.len();
    let too_large = |size: u64| {
        let message = format!("{}: {size} bytes, more than {limit}", path.display());
        ServerError::refused(Denial::TooLarge, "exchange-too-large", message)
    };
    if size > limit {
        return Err(too_large(size));
    }
    let mut bytes = Vec::new();
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(failed)?;
    if bytes.len() as u64 > limit {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// The most an enrollment request file holds: two keys, an id, a code.
const ENROLLMENT_REQUEST_LIMIT: u64 = 64 << 10;

fn write(path: &Path, bytes: &[u8]) -> Result<(), ServerError> {
    std::fs::write(path, bytes)
        .map_err(|e| ServerError::Internal(format!("{}: {e}", path.display())))
}

async fn run(cli: Cli, l: &Localizer) -> Result<(), ServerError> {
    let db = &cli.database;
    match cli.command {
        Command::Init { url } => say(json(
            &Agency::open_or_init(db, url.as_deref(), &unseal()?)
                .await?
                .public_keys(),
        )?),
        Command::NewKeyFile { file } => {
            reviewdesk_server::seal::new_key_file(&file)?;
            say(l.format(
                "server-key-file-written",
                &[("path", file.display().to_string())],
            ));
        }
        Command::Serve {
            listen,
            tls_cert,
            tls_key,
        } => {
            let tls = match (tls_cert, tls_key) {
                (Some(cert), Some(key)) => Some(reviewdesk_server::tls::load(&cert, &key)?),
                _ => None,
            };
            serve(db, listen, tls, l).await?;
        }
        Command::AgencyKey => {
            let agency = open(db).await?;
            agency
                .record(&Actor::Admin, "agency-key-read", "", "")
                .await?;
            say(json(&agency.public_keys())?);
        }
        Command::LoadCall { file } => load_call(db, &file, l).await?,
        Command::Assign {
            call,
            expert,
            applications,
        } => assign(db, call, expert, &applications, l).await?,
        Command::Code { expert } => code(db, expert, l).await?,
        Command::Reenroll { expert } => reenroll(db, expert, l).await?,
        Command::Enroll { request, out } => enroll(db, &request, &out, l).await?,
        Command::IssueBundle { expert, call, out } => {
            issue_bundle(db, expert, &call, &out, l).await?;
        }
        Command::ImportPackage { files } => import_packages(db, &files, l).await?,
        Command::Backup { file } => {
            open(db).await?.backup(&file).await?;
            say(l.format(
                "server-backup-written",
                &[("path", file.display().to_string())],
            ));
        }
        Command::Progress => {
            let progress = open(db).await?.progress_read_by(&Actor::Admin).await?;
            say(json(&progress)?);
        }
        Command::AddStaff { name } => {
            let password = secret("REVIEWDESK_STAFF_PASSWORD", "server-password-prompt", l)?;
            open(db).await?.add_staff(&name, &password).await?;
            say(l.format("server-staff-added", &[("name", name)]));
        }
        Command::StaffKey { out, tls_cert } => staff_key(db, &out, tls_cert.as_deref(), l).await?,
        Command::Meeting {
            vault,
            call,
            listen,
        } => meeting::run(&vault, call, listen, l).await?,
        Command::Audit {
            command: AuditCommand::Verify,
        } => verify_audit(db, l).await?,
        Command::Audit {
            command: AuditCommand::List { json, after },
        } => list_audit(db, json, after).await?,
    }
    Ok(())
}

/// What unseals the agency's keys, from the environment (see `seal`).
fn unseal() -> Result<Unseal, ServerError> {
    Unseal::from_environment().ok_or_else(reviewdesk_server::seal::nothing_to_unseal)
}

/// The agency, its keys unsealed as the environment says. Without a way to
/// unseal them, the database is still reached first, so a database out of
/// reach is reported as such.
async fn open(db: &Database) -> Result<Agency, ServerError> {
    match Unseal::from_environment() {
        Some(unseal) => Agency::open(db, &unseal).await,
        None => {
            db.open().await?;
            Err(reviewdesk_server::seal::nothing_to_unseal())
        }
    }
}

/// Checks the audit chain; a break is an error naming the first bad entry.
async fn verify_audit(db: &Database, l: &Localizer) -> Result<(), ServerError> {
    match open(db).await?.verify_audit().await? {
        None => say(l.format("server-audit-empty", &[])),
        Some((entries, hash)) => say(l.format(
            "server-audit-intact",
            &[("entries", entries.to_string()), ("hash", hash)],
        )),
    }
    Ok(())
}

/// Prints the audit log page by page, as text or as one JSON array.
async fn list_audit(db: &Database, as_json: bool, after: u64) -> Result<(), ServerError> {
    use std::io::Write as _;
    let agency = open(db).await?;
    let mut out = std::io::stdout().lock();
    let failed = |e: std::io::Error| ServerError::Internal(e.to_string());
    let mut after = after;
    let mut first = true;
    if as_json {
        out.write_all(b"[").map_err(failed)?;
    }
    loop {
        let page = agency
            .audit_page(after, reviewdesk_server::agency::AUDIT_PAGE)
            .await?;
        let Some(last) = page.last() else { break };
        after = last.seq;
        for record in &page {
            if as_json {
                let separator = if first { "\n" } else { ",\n" };
                let line = serde_json::to_string(record)
                    .map_err(|e| ServerError::Internal(e.to_string()))?;
                write!(out, "{separator}{line}").map_err(failed)?;
            } else {
                let entry = &record.entry;
                writeln!(
                    out,
                    "{}\t{}\t{}\t{}\t{}\t{}",
                    record.seq, entry.at, entry.actor, entry.action, entry.subject, entry.detail
                )
                .map_err(failed)?;
            }
            first = false;
        }
    }
    if as_json {
        out.write_all(b"\n]\n").map_err(failed)?;
    }
    Ok(())
}

/// Serves the HTTP API on `listen` (HTTPS with `tls`) until interrupted.
async fn serve(
    db: &Database,
    listen: SocketAddr,
    tls: Option<reviewdesk_server::tls::TlsIdentity>,
    l: &Localizer,
) -> Result<(), ServerError> {
    use reviewdesk_server::http::{ServerLimits, serve_until};
    let agency = open(db).await?;
    let internal = |e: std::io::Error| ServerError::Internal(e.to_string());
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .map_err(|e| ServerError::Internal(format!("{listen}: {e}")))?;
    let address = listener.local_addr().map_err(internal)?;
    let scheme = if tls.is_some() { "https" } else { "http" };
    let url = format!("{scheme}://{address}");
    tracing::info!(address = %url, "listening");
    eprintln!("{}", l.format("server-listening", &[("address", url)]));
    let limits = ServerLimits::default();
    serve_until(listener, agency, limits, tls, stop_asked())
        .await
        .map_err(internal)
}

/// Completes when the server is asked to stop: Ctrl+C, or SIGTERM (what
/// systemd and container runtimes send).
async fn stop_asked() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        if let Ok(mut terminate) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = terminate.recv() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}

async fn load_call(db: &Database, file: &Path, l: &Localizer) -> Result<(), ServerError> {
    let report = open(db)
        .await?
        .load_call(&read(file, MAX_DOCUMENT_BYTES as u64)?, Utc::now())
        .await?;
    let args = [
        ("call", report.call_id.into_string()),
        ("applications", report.applications.to_string()),
        ("experts", report.experts.to_string()),
    ];
    say(l.format("server-call-loaded", &args));
    Ok(())
}

async fn assign(
    db: &Database,
    call: CallId,
    expert: ExpertId,
    applications: &[String],
    l: &Localizer,
) -> Result<(), ServerError> {
    open(db).await?.assign(&call, &expert, applications).await?;
    let args = [
        ("expert", expert.into_string()),
        ("count", applications.len().to_string()),
        ("call", call.into_string()),
    ];
    say(l.format("server-assigned", &args));
    Ok(())
}

/// The code alone on standard output, for scripts; the sentence on stderr.
async fn code(db: &Database, expert: ExpertId, l: &Localizer) -> Result<(), ServerError> {
    let code = open(db).await?.issue_code(&expert).await?;
    let args = [("expert", expert.into_string()), ("code", code.clone())];
    eprintln!("{}", l.format("server-code", &args));
    say(code);
    Ok(())
}

async fn reenroll(db: &Database, expert: ExpertId, l: &Localizer) -> Result<(), ServerError> {
    let (code, revoked_after) = open(db).await?.reenroll(&expert, Utc::now()).await?;
    let message = match revoked_after {
        Some(last) => l.format(
            "server-reenrolled",
            &[
                ("expert", expert.into_string()),
                ("last", last.to_string()),
                ("code", code.clone()),
            ],
        ),
        None => l.format(
            "server-reenroll-not-enrolled",
            &[("expert", expert.into_string()), ("code", code.clone())],
        ),
    };
    eprintln!("{message}");
    say(code);
    Ok(())
}

async fn enroll(
    db: &Database,
    request: &Path,
    out: &Path,
    l: &Localizer,
) -> Result<(), ServerError> {
    let request: EnrollmentRequest =
        serde_json::from_slice(&read(request, ENROLLMENT_REQUEST_LIMIT)?)?;
    let response = open(db).await?.enroll(&request, Utc::now()).await?;
    write(out, json(&response)?.as_bytes())?;
    let args = [
        ("expert", request.body.expert_id.into_string()),
        ("path", out.display().to_string()),
    ];
    say(l.format("server-enrolled", &args));
    Ok(())
}

async fn issue_bundle(
    db: &Database,
    expert: ExpertId,
    call: &CallId,
    out: &Path,
    l: &Localizer,
) -> Result<(), ServerError> {
    let (sequence, bytes) = open(db)
        .await?
        .issue_bundle(&expert, call, Utc::now())
        .await?;
    write(out, &bytes)?;
    let args = [
        ("expert", expert.into_string()),
        ("sequence", sequence.to_string()),
        ("path", out.display().to_string()),
    ];
    say(l.format("server-bundle-issued", &args));
    Ok(())
}

async fn import_packages(
    db: &Database,
    files: &[PathBuf],
    l: &Localizer,
) -> Result<(), ServerError> {
    let agency = open(db).await?;
    for file in files {
        let receipt = agency
            .import_package(&read(file, MAX_PACKAGE_BYTES)?, Utc::now())
            .await?;
        let args = [
            ("path", file.display().to_string()),
            ("expert", receipt.body.expert_id.into_string()),
            ("sequence", receipt.body.sequence.to_string()),
        ];
        say(l.format("server-package-accepted", &args));
    }
    Ok(())
}

async fn staff_key(
    db: &Database,
    out: &Path,
    tls_cert: Option<&Path>,
    l: &Localizer,
) -> Result<(), ServerError> {
    let pin = tls_cert
        .map(reviewdesk_server::tls::fingerprint)
        .transpose()?;
    let passphrase = secret(
        "REVIEWDESK_STAFF_KEY_PASSPHRASE",
        "server-staff-key-prompt",
        l,
    )?;
    if passphrase.chars().count() < 12 {
        let weak = l.format("server-staff-key-weak", &[]);
        return Err(ServerError::refused(
            Denial::BadRequest,
            "weak-passphrase",
            weak,
        ));
    }
    let mut agency = open(db).await?;
    if let Some(pin) = pin {
        agency = agency.with_tls_certificate(pin);
    }
    write(out, &agency.staff_key(&passphrase).await?)?;
    let path = out.display().to_string();
    agency
        .record(&Actor::Admin, "staff-key-written", &path, "")
        .await?;
    let args = [("path", out.display().to_string())];
    say(l.format("server-staff-key-written", &args));
    Ok(())
}

/// A secret from the environment variable `variable`, else asked for with
/// the message `prompt`; wiped from memory when dropped.
fn secret(
    variable: &str,
    prompt: &str,
    l: &Localizer,
) -> Result<zeroize::Zeroizing<String>, ServerError> {
    match std::env::var(variable) {
        Ok(secret) => Ok(zeroize::Zeroizing::new(secret)),
        Err(_) => rpassword::prompt_password(l.format(prompt, &[]))
            .map(zeroize::Zeroizing::new)
            .map_err(|e| ServerError::Internal(e.to_string())),
    }
}

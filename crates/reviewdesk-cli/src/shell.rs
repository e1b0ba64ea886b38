//! What every subcommand shares: printing, JSON, secrets from the environment
//! or a prompt, unlocking a vault, and a runtime for the network calls.

use std::io::Write as _;
use std::path::Path;

use reviewdesk_core::{CoreError, ErrorCode, Localizer, Passphrase, Session};
use zeroize::Zeroizing;

pub const PASSPHRASE_VARIABLE: &str = "REVIEWDESK_PASSPHRASE";
pub const NEW_PASSPHRASE_VARIABLE: &str = "REVIEWDESK_NEW_PASSPHRASE";

/// Prints a line of output; a closed pipe (`reviewdesk list | head`) is not an error.
#[allow(clippy::print_stdout)]
pub fn say(line: String) {
    let _ = writeln!(std::io::stdout(), "{line}");
}

pub fn to_json(value: &impl serde::Serialize) -> Result<String, CoreError> {
    serde_json::to_string_pretty(value).map_err(|e| {
        CoreError::new(ErrorCode::Internal, e.to_string()).with("detail", e.to_string())
    })
}

/// A secret from `variable` when set, else typed at the `prompt` without echo.
pub fn secret(l: &Localizer, variable: &str, prompt: &str) -> Result<Zeroizing<String>, CoreError> {
    if let Ok(value) = std::env::var(variable) {
        return Ok(Zeroizing::new(value));
    }
    rpassword::prompt_password(l.format(prompt, &[]))
        .map(Zeroizing::new)
        .map_err(CoreError::from)
}

/// A passphrase from `variable` or a prompt.
pub fn passphrase(l: &Localizer, variable: &str, prompt: &str) -> Result<Passphrase, CoreError> {
    let text = secret(l, variable, prompt)?;
    Ok(Passphrase::new(text.as_str().to_owned()))
}

/// The passphrase typed a second time; from the environment it counts as confirmed.
pub fn confirmation(l: &Localizer, variable: &str) -> Result<Passphrase, CoreError> {
    passphrase(l, variable, "cli-confirm-passphrase-prompt")
}

pub fn unlocked(vault: &Path, l: &Localizer) -> Result<Session, CoreError> {
    let passphrase = passphrase(l, PASSPHRASE_VARIABLE, "cli-passphrase-prompt")?;
    let mut session = Session::default();
    session.unlock(vault, &passphrase)?;
    Ok(session)
}

pub fn runtime() -> Result<tokio::runtime::Runtime, CoreError> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(CoreError::from)
}

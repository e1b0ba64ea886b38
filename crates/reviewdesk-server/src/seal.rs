//! The agency's secret keys at rest: sealed with age, either to a key file
//! the operator keeps apart from the database (handed to the server through
//! an environment variable or a systemd credential) or with a passphrase.
//! A copy of the database alone does not give the keys; the server does not
//! start until it can unseal them, and says how to let it.

use std::path::{Path, PathBuf};
use std::str::FromStr as _;

use age::secrecy::{ExposeSecret as _, SecretString};
use base64::Engine as _;
use zeroize::Zeroizing;

use crate::{Denial, ServerError};

/// How sealed keys are marked in the database; anything else is the
/// unsealed text of a database from before sealing.
const SEALED_PREFIX: &str = "age:";

/// The variable naming the key file.
pub const KEY_FILE_VARIABLE: &str = "REVIEWDESK_AGENCY_KEY_FILE";
/// The name of the systemd credential holding the key file.
pub const CREDENTIAL: &str = "agency-key";
/// The variable holding the passphrase.
pub const PASSPHRASE_VARIABLE: &str = "REVIEWDESK_AGENCY_PASSPHRASE";

/// What unseals the agency's keys.
pub enum Unseal {
    /// An age identity file (`AGE-SECRET-KEY-1…`).
    KeyFile(PathBuf),
    /// A passphrase (age with scrypt).
    Passphrase(Zeroizing<String>),
}

impl std::fmt::Debug for Unseal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::KeyFile(path) => write!(f, "KeyFile({})", path.display()),
            Self::Passphrase(_) => f.write_str("Passphrase(…)"),
        }
    }
}

impl Unseal {
    /// What the environment offers, in this order: the key file named by
    /// [`KEY_FILE_VARIABLE`], the systemd credential [`CREDENTIAL`], the
    /// passphrase in [`PASSPHRASE_VARIABLE`].
    pub fn from_environment() -> Option<Self> {
        if let Some(path) = std::env::var_os(KEY_FILE_VARIABLE).filter(|p| !p.is_empty()) {
            return Some(Self::KeyFile(PathBuf::from(path)));
        }
        if let Some(directory) = std::env::var_os("CREDENTIALS_DIRECTORY") {
            let path = Path::new(&directory).join(CREDENTIAL);
            if path.exists() {
                return Some(Self::KeyFile(path));
            }
        }
        std::env::var(PASSPHRASE_VARIABLE)
            .ok()
            .filter(|p| !p.is_empty())
            .map(|p| Self::Passphrase(Zeroizing::new(p)))
    }
}

fn locked(message: String) -> ServerError {
    ServerError::refused(Denial::Forbidden, "agency-keys-locked", message)
}

/// Writes a new key file, readable by its owner only; refuses to replace one.
pub fn new_key_file(path: &Path) -> Result<(), ServerError> {
    use std::io::Write as _;
    let identity = age::x25519::Identity::generate();
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    let failed = |e: std::io::Error| ServerError::Internal(format!("{}: {e}", path.display()));
    let mut file = options.open(path).map_err(failed)?;
    let text = Zeroizing::new(format!("{}\n", identity.to_string().expose_secret()));
    file.write_all(text.as_bytes()).map_err(failed)
}

/// A key file holds one line of about 75 characters: anything far larger
/// is not one, and is refused before it is read.
const KEY_FILE_LIMIT: u64 = 4 << 10;

fn key_file_identity(path: &Path) -> Result<age::x25519::Identity, ServerError> {
    use std::io::Read as _;
    let unreadable = |e: &dyn std::fmt::Display| {
        locked(format!(
            "the agency key file {} cannot be read: {e}",
            path.display()
        ))
    };
    let mut bytes = Zeroizing::new(Vec::new());
    std::fs::File::open(path)
        .and_then(|file| file.take(KEY_FILE_LIMIT + 1).read_to_end(&mut bytes))
        .map_err(|e| unreadable(&e))?;
    if bytes.len() as u64 > KEY_FILE_LIMIT {
        return Err(unreadable(&format!("more than {KEY_FILE_LIMIT} bytes")));
    }
    let text = Zeroizing::new(String::from_utf8_lossy(&bytes).into_owned());
    let line = text
        .lines()
        .find(|l| l.starts_with("AGE-SECRET-KEY-"))
        .unwrap_or_default();
    age::x25519::Identity::from_str(line).map_err(|_| {
        locked(format!(
            "{} is not an agency key file (made by `reviewdesk-server new-key-file`)",
            path.display()
        ))
    })
}

/// Seals the keys' secret text for the database.
pub fn seal(secret_text: &str, unseal: &Unseal) -> Result<String, ServerError> {
    let failed = |e: age::EncryptError| ServerError::Internal(format!("sealing the keys: {e}"));
    let sealed = match unseal {
        Unseal::KeyFile(path) => {
            let recipient = key_file_identity(path)?.to_public();
            age::encrypt(&recipient, secret_text.as_bytes()).map_err(failed)?
        }
        Unseal::Passphrase(passphrase) => {
            let recipient = age::scrypt::Recipient::new(SecretString::from(passphrase.to_string()));
            age::encrypt(&recipient, secret_text.as_bytes()).map_err(failed)?
        }
    };
    Ok(format!(
        "{SEALED_PREFIX}{}",
        base64::engine::general_purpose::STANDARD.encode(sealed)
    ))
}

/// Whether the database holds the keys sealed.
pub fn is_sealed(stored: &str) -> bool {
    stored.starts_with(SEALED_PREFIX)
}

/// The keys' secret text from what the database holds.
pub fn unseal(stored: &str, unseal: &Unseal) -> Result<Zeroizing<String>, ServerError> {
    let Some(encoded) = stored.strip_prefix(SEALED_PREFIX) else {
        return Ok(Zeroizing::new(stored.to_owned()));
    };
    let sealed = base64::engine::general_purpose::STANDARD
        .decode(encoded)
        .map_err(|_| ServerError::Internal("the sealed agency keys are damaged".into()))?;
    let opened = match unseal {
        Unseal::KeyFile(path) => age::decrypt(&key_file_identity(path)?, &sealed),
        Unseal::Passphrase(passphrase) => {
            let identity = age::scrypt::Identity::new(SecretString::from(passphrase.to_string()));
            age::decrypt(&identity, &sealed)
        }
    }
    .map_err(|_| {
        locked("the agency's keys were sealed with another key file or passphrase".into())
    })?;
    String::from_utf8(opened)
        .map(Zeroizing::new)
        .map_err(|_| ServerError::Internal("the sealed agency keys are damaged".into()))
}

/// The refusal when nothing was given to unseal the keys with.
pub fn nothing_to_unseal() -> ServerError {
    locked(format!(
        "the agency's keys are sealed: give the key file in {KEY_FILE_VARIABLE} (or as the systemd credential {CREDENTIAL}), or the passphrase in {PASSPHRASE_VARIABLE}"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_sealed_to_a_key_file_open_with_it_only() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (mine, other) = (dir.path().join("mine.key"), dir.path().join("other.key"));
        new_key_file(&mine).expect("key file");
        new_key_file(&other).expect("key file");
        assert!(new_key_file(&mine).is_err(), "a key file is never replaced");
        let sealed = seal("the secret text", &Unseal::KeyFile(mine.clone())).expect("seal");
        assert!(is_sealed(&sealed) && !sealed.contains("the secret text"));
        assert_eq!(
            *unseal(&sealed, &Unseal::KeyFile(mine)).expect("opens"),
            "the secret text"
        );
        let refused = unseal(&sealed, &Unseal::KeyFile(other)).expect_err("another key");
        assert_eq!(refused.code(), "agency-keys-locked");
        let refused = unseal(
            &sealed,
            &Unseal::Passphrase(Zeroizing::new("a guess at it".into())),
        )
        .expect_err("no passphrase opens a key-file seal");
        assert_eq!(refused.code(), "agency-keys-locked");
    }

    #[test]
    fn a_huge_file_given_as_the_key_file_is_refused_before_it_is_read() {
        let dir = tempfile::tempdir().expect("tempdir");
        let huge = dir.path().join("huge.key");
        std::fs::File::create(&huge)
            .and_then(|file| file.set_len(1 << 30))
            .expect("sparse file");
        let refused = seal("the secret text", &Unseal::KeyFile(huge)).expect_err("refused");
        assert_eq!(refused.code(), "agency-keys-locked");
        assert!(refused.to_string().contains("more than"), "{refused}");
    }
}

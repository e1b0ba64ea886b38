//! Passphrases, the Argon2id key derivation and the key file beside the database.
//!
//! The key file (`<vault>.kdf`) holds only public parameters: the algorithm, its
//! costs and the random salt. The derived 32-byte key is handed to SQLCipher as a
//! raw key, so SQLCipher's own PBKDF2 step is skipped.

use std::fmt;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use argon2::{Algorithm, Argon2, Params, Version};
use rand::RngCore as _;
use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use crate::VaultError;

/// A passphrase typed by the user. Not `Clone`, not `Serialize`, redacted in `Debug`,
/// wiped from memory when dropped.
#[derive(Zeroize, ZeroizeOnDrop)]
pub struct Passphrase(String);

impl Passphrase {
    pub fn new(text: String) -> Self {
        Self(text)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub(crate) fn expose(&self) -> &[u8] {
        self.0.as_bytes()
    }

    /// The text, only to estimate its strength while it is being chosen.
    pub fn expose_for_strength(&self) -> &str {
        &self.0
    }
}

/// Compared in constant time, so a comparison does not leak where two differ.
impl PartialEq for Passphrase {
    fn eq(&self, other: &Self) -> bool {
        let (a, b) = (self.0.as_bytes(), other.0.as_bytes());
        a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
    }
}

impl fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Passphrase(<redacted>)")
    }
}

/// Argon2id costs. The default is the production setting: 64 MiB, 3 passes, 4 lanes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct KdfParams {
    pub memory_kib: u32,
    pub iterations: u32,
    pub parallelism: u32,
}

impl Default for KdfParams {
    fn default() -> Self {
        Self {
            memory_kib: 64 * 1024,
            iterations: 3,
            parallelism: 4,
        }
    }
}

impl KdfParams {
    /// Cheap costs for tests that create many vaults; never the default.
    pub fn insecure_for_tests() -> Self {
        Self {
            memory_kib: 1024,
            iterations: 1,
            parallelism: 1,
        }
    }
}

/// The contents of the key file.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct KeyFile {
    algorithm: String,
    version: u32,
    #[serde(flatten)]
    params: KdfParams,
    salt_hex: String,
    /// SHA-256 of a fixed label and the derived key: tells a wrong
    /// passphrase from a damaged database, which SQLCipher cannot. It makes
    /// guessing no easier than the database's own first page does. Absent
    /// in key files written before it existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    key_check: Option<String>,
}

const ALGORITHM: &str = "argon2id";
const SALT_BYTES: usize = 16;

/// What a key file may ask for. It lies beside the vault where anyone with the
/// disk can edit it, so costs beyond these are refused as damage before a byte
/// is derived: 32 GiB of memory would abort the process, 2³² passes would
/// never end.
const KEY_FILE_MAX_BYTES: u64 = 4096;
const MEMORY_KIB: std::ops::RangeInclusive<u32> = 1024..=(1 << 20);
const ITERATIONS: std::ops::RangeInclusive<u32> = 1..=16;
const PARALLELISM: std::ops::RangeInclusive<u32> = 1..=16;
const SALT_HEX_CHARS: std::ops::RangeInclusive<usize> = 32..=128;

/// A 32-byte key — the database's SQLCipher raw key, or a key that wraps
/// it — wiped when dropped.
pub(crate) struct RawKey(Zeroizing<[u8; 32]>);

impl RawKey {
    pub(crate) fn random() -> Self {
        let mut key = Zeroizing::new([0u8; 32]);
        rand::rngs::OsRng.fill_bytes(key.as_mut());
        Self(key)
    }

    pub(crate) fn from_bytes(mut bytes: [u8; 32]) -> Self {
        let key = Self(Zeroizing::new(bytes));
        bytes.zeroize();
        key
    }

    pub(crate) fn bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// A labelled SHA-256 of the key: tells the right key from another
    /// without revealing it.
    pub(crate) fn check_value(&self) -> String {
        use sha2::Digest as _;
        let mut hasher = sha2::Sha256::new();
        hasher.update(b"reviewdesk vault key check\0");
        hasher.update(self.0.as_slice());
        hex::encode(hasher.finalize())
    }

    /// The key as SQLCipher's raw-key literal `x'…'`, in a buffer wiped when dropped.
    pub(crate) fn pragma_literal(&self) -> Zeroizing<String> {
        let mut literal = Zeroizing::new(String::with_capacity(67));
        literal.push_str("x'");
        for byte in self.0.iter() {
            literal.push(char::from_digit(u32::from(byte >> 4), 16).unwrap_or('0'));
            literal.push(char::from_digit(u32::from(byte & 0xF), 16).unwrap_or('0'));
        }
        literal.push('\'');
        literal
    }
}

impl KeyFile {
    /// A new key file for `passphrase`, and the key it derives.
    pub(crate) fn generate(
        params: KdfParams,
        passphrase: &Passphrase,
    ) -> Result<(Self, RawKey), VaultError> {
        let mut salt = [0u8; SALT_BYTES];
        rand::rngs::OsRng.fill_bytes(&mut salt);
        let mut key_file = Self {
            algorithm: ALGORITHM.to_owned(),
            version: 0x13,
            params,
            salt_hex: hex::encode(salt),
            key_check: None,
        };
        let key = key_file.derive(passphrase)?;
        key_file.key_check = Some(key.check_value());
        Ok((key_file, key))
    }

    /// Whether a key this file derives is proven right before the database
    /// is touched (key files written before the check existed cannot say).
    pub(crate) fn proves_keys(&self) -> bool {
        self.key_check.is_some()
    }

    /// The costs this file derives with.
    pub(crate) fn params(&self) -> KdfParams {
        self.params
    }

    pub(crate) fn derive(&self, passphrase: &Passphrase) -> Result<RawKey, VaultError> {
        let damaged = |why: String| VaultError::KeyFileDamaged(why);
        if self.algorithm != ALGORITHM || self.version != 0x13 {
            return Err(damaged(format!(
                "unknown algorithm {} v{}",
                self.algorithm, self.version
            )));
        }
        let within = MEMORY_KIB.contains(&self.params.memory_kib)
            && ITERATIONS.contains(&self.params.iterations)
            && PARALLELISM.contains(&self.params.parallelism)
            && SALT_HEX_CHARS.contains(&self.salt_hex.len());
        if !within {
            return Err(damaged(format!(
                "costs out of bounds: {:?}, salt of {} hex digits",
                self.params,
                self.salt_hex.len()
            )));
        }
        let salt = hex::decode(&self.salt_hex).map_err(|e| damaged(e.to_string()))?;
        let params = Params::new(
            self.params.memory_kib,
            self.params.iterations,
            self.params.parallelism,
            Some(32),
        )
        .map_err(|e| damaged(e.to_string()))?;
        let mut key = Zeroizing::new([0u8; 32]);
        Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
            .hash_password_into(passphrase.expose(), &salt, key.as_mut())
            .map_err(|e| damaged(e.to_string()))?;
        let key = RawKey(key);
        match &self.key_check {
            Some(check) if *check != key.check_value() => Err(VaultError::WrongPassphrase),
            _ => Ok(key),
        }
    }

    /// Reads a version 1 key file; see [`read_key_file`].
    pub(crate) fn read(path: &Path) -> Result<Self, VaultError> {
        match read_key_file(path)? {
            OnDisk::Passphrase(file) => Ok(file),
            OnDisk::Wrapped(_) => Err(VaultError::KeyFileDamaged(
                "a version 2 key file where version 1 was expected".into(),
            )),
        }
    }
}

/// A key file as found beside a vault: version 1 (the passphrase derives
/// the database key) or version 2 (the database key wrapped).
pub(crate) enum OnDisk {
    Passphrase(KeyFile),
    Wrapped(crate::keyring::Keyring),
}

/// Reads at most a few KiB: anything longer, or not one of the two JSON
/// forms, is damage.
pub(crate) fn read_key_file(path: &Path) -> Result<OnDisk, VaultError> {
    use std::io::Read as _;
    let damaged = |why: String| VaultError::KeyFileDamaged(why);
    let mut bytes = Vec::new();
    fs::File::open(path)?
        .take(KEY_FILE_MAX_BYTES + 1)
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > KEY_FILE_MAX_BYTES {
        return Err(damaged(format!("longer than {KEY_FILE_MAX_BYTES} bytes")));
    }
    let value: serde_json::Value =
        serde_json::from_slice(&bytes).map_err(|e| damaged(e.to_string()))?;
    if value.get("format").is_some() {
        let keyring: crate::keyring::Keyring =
            serde_json::from_value(value).map_err(|e| damaged(e.to_string()))?;
        Ok(OnDisk::Wrapped(keyring.checked()?))
    } else {
        Ok(OnDisk::Passphrase(
            serde_json::from_value(value).map_err(|e| damaged(e.to_string()))?,
        ))
    }
}

/// Writes a key file durably: a temporary file, fsync, rename, fsync of the
/// folder. An interruption leaves the file before or the file after, whole.
pub(crate) fn write_key_file(
    path: &Path,
    contents: &impl serde::Serialize,
) -> Result<(), VaultError> {
    let temporary = sibling(path, ".tmp");
    {
        let mut file = owner_only(&temporary)?;
        file.write_all(serde_json::to_string_pretty(contents)?.as_bytes())?;
        file.sync_all()?;
    }
    fs::rename(&temporary, path)?;
    sync_parent(path)
}

/// Creates (or truncates) a file only its owner may read or write: vaults,
/// key files and anything beside them.
pub fn owner_only(path: &Path) -> std::io::Result<fs::File> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    let file = options.open(path)?;
    // An existing file keeps its mode through `open`; set it again.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        file.set_permissions(fs::Permissions::from_mode(0o600))?;
    }
    Ok(file)
}

/// `<vault>.kdf`: the key file of a vault.
pub(crate) fn key_file_path(vault: &Path) -> PathBuf {
    sibling(vault, ".kdf")
}

/// `<vault>.kdf.next`: the key file of a passphrase change not yet completed.
pub(crate) fn pending_key_file_path(vault: &Path) -> PathBuf {
    sibling(vault, ".kdf.next")
}

pub(crate) fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Makes a file created or renamed in the vault's folder durable. On Unix
/// the folder itself is fsynced; Windows cannot open a folder as a file,
/// and NTFS journals the change to the folder itself.
pub(crate) fn sync_parent(path: &Path) -> Result<(), VaultError> {
    #[cfg(unix)]
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::File::open(parent)?.sync_all()?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_the_passphrase() {
        let passphrase = Passphrase::new("correct horse battery staple".into());
        assert_eq!(format!("{passphrase:?}"), "Passphrase(<redacted>)");
    }

    #[test]
    fn same_passphrase_and_salt_give_the_same_key_and_another_salt_does_not() {
        let passphrase = Passphrase::new("s3cret".into());
        let (file, a) =
            KeyFile::generate(KdfParams::insecure_for_tests(), &passphrase).expect("generate");
        let b = file.derive(&passphrase).expect("derive");
        assert_eq!(*a.pragma_literal(), *b.pragma_literal());
        let (_, other) =
            KeyFile::generate(KdfParams::insecure_for_tests(), &passphrase).expect("generate");
        assert_ne!(*a.pragma_literal(), *other.pragma_literal());
        assert_eq!(a.pragma_literal().len(), 67);
    }

    #[test]
    fn the_key_check_tells_a_wrong_passphrase_before_the_database_is_touched() {
        let (file, _) = KeyFile::generate(
            KdfParams::insecure_for_tests(),
            &Passphrase::new("s3cret".into()),
        )
        .expect("generate");
        assert!(file.proves_keys());
        assert!(matches!(
            file.derive(&Passphrase::new("wrong".into())),
            Err(VaultError::WrongPassphrase)
        ));
    }
}

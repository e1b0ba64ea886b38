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
}

const ALGORITHM: &str = "argon2id";
const SALT_BYTES: usize = 16;

/// A 32-byte SQLCipher raw key, wiped when dropped.
pub(crate) struct RawKey(Zeroizing<[u8; 32]>);

impl RawKey {
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
    pub(crate) fn generate(params: KdfParams) -> Self {
        let mut salt = [0u8; SALT_BYTES];
        rand::rngs::OsRng.fill_bytes(&mut salt);
        Self {
            algorithm: ALGORITHM.to_owned(),
            version: 0x13,
            params,
            salt_hex: hex::encode(salt),
        }
    }

    pub(crate) fn derive(&self, passphrase: &Passphrase) -> Result<RawKey, VaultError> {
        let damaged = |why: String| VaultError::KeyFileDamaged(why);
        if self.algorithm != ALGORITHM || self.version != 0x13 {
            return Err(damaged(format!(
                "unknown algorithm {} v{}",
                self.algorithm, self.version
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
        Ok(RawKey(key))
    }

    pub(crate) fn read(path: &Path) -> Result<Self, VaultError> {
        let text = fs::read_to_string(path)?;
        serde_json::from_str(&text).map_err(|e| VaultError::KeyFileDamaged(e.to_string()))
    }

    /// Writes the key file durably: a temporary file, fsync, rename, fsync of the folder.
    pub(crate) fn write_atomically(&self, path: &Path) -> Result<(), VaultError> {
        let temporary = sibling(path, ".tmp");
        {
            let mut file = fs::File::create(&temporary)?;
            file.write_all(serde_json::to_string_pretty(self)?.as_bytes())?;
            file.sync_all()?;
        }
        fs::rename(&temporary, path)?;
        sync_parent(path)
    }
}

/// `<vault>.kdf`: the key file of a vault.
pub(crate) fn key_file_path(vault: &Path) -> PathBuf {
    sibling(vault, ".kdf")
}

/// `<vault>.kdf.next`: the key file of a passphrase change not yet completed.
pub(crate) fn pending_key_file_path(vault: &Path) -> PathBuf {
    sibling(vault, ".kdf.next")
}

fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

pub(crate) fn sync_parent(path: &Path) -> Result<(), VaultError> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::File::open(parent)?.sync_all()?;
    }
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
        let file = KeyFile::generate(KdfParams::insecure_for_tests());
        let passphrase = Passphrase::new("s3cret".into());
        let a = file.derive(&passphrase).expect("derive");
        let b = file.derive(&passphrase).expect("derive");
        assert_eq!(*a.pragma_literal(), *b.pragma_literal());
        let other = KeyFile::generate(KdfParams::insecure_for_tests());
        assert_ne!(
            *a.pragma_literal(),
            *other.derive(&passphrase).expect("derive").pragma_literal()
        );
        assert_eq!(a.pragma_literal().len(), 67);
    }
}

//! The vault's key at rest (key file version 2). The database is encrypted
//! with a random 32-byte key, and the key file beside it holds that key
//! wrapped twice (XChaCha20-Poly1305): once by a key derived from the
//! passphrase (Argon2id, the parameters checked as before), once by a key
//! derived from the recovery key shown to the expert. Changing the
//! passphrase, or setting a new one with the recovery key, rewrites only this
//! small file, in one atomic rename; the database is never re-encrypted for
//! it. A vault from before (key file version 1, the passphrase's Argon2id
//! output being the database key) is moved to version 2 on unlock by
//! wrapping the key it already has: one rename, so an interruption at any
//! point leaves a vault that opens.

use chacha20poly1305::aead::{Aead as _, KeyInit as _, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand::RngCore as _;
use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use crate::VaultError;
use crate::key::{KdfParams, KeyFile, Passphrase, RawKey};

pub(crate) const FORMAT: &str = "reviewdesk.vault-key";
const VERSION: u32 = 2;
const NONCE_BYTES: usize = 24;

/// A wrapped copy of the database key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Wrapped {
    nonce_hex: String,
    key_hex: String,
}

/// The key file, version 2.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Keyring {
    format: String,
    version: u32,
    /// Tells a database key unwrapped right from damage (see `RawKey`).
    key_check: String,
    /// How the passphrase's wrapping key is derived, as version 1 derived
    /// the database key itself.
    passphrase: KeyFile,
    wrapped_by_passphrase: Wrapped,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    wrapped_by_recovery_key: Option<Wrapped>,
}

/// Which wrapping a key is for: part of what the seal authenticates, so a
/// wrapping cannot be moved to the other place.
#[derive(Clone, Copy)]
enum Wrapper {
    Passphrase,
    RecoveryKey,
}

impl Wrapper {
    fn label(self) -> &'static [u8] {
        match self {
            Self::Passphrase => b"reviewdesk vault key v2: passphrase",
            Self::RecoveryKey => b"reviewdesk vault key v2: recovery key",
        }
    }
}

fn wrap(wrapping: &RawKey, key: &RawKey, wrapper: Wrapper) -> Result<Wrapped, VaultError> {
    let mut nonce = [0u8; NONCE_BYTES];
    rand::rngs::OsRng.fill_bytes(&mut nonce);
    let cipher = XChaCha20Poly1305::new(wrapping.bytes().into());
    let sealed = cipher
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: key.bytes(),
                aad: wrapper.label(),
            },
        )
        .map_err(|_| VaultError::KeyFileDamaged("the key could not be wrapped".into()))?;
    Ok(Wrapped {
        nonce_hex: hex::encode(nonce),
        key_hex: hex::encode(sealed),
    })
}

/// The database key inside `wrapped`, when `wrapping` is the key it was
/// wrapped with; `None` when it is not (or the wrapping was altered).
fn unwrap(
    wrapping: &RawKey,
    wrapped: &Wrapped,
    wrapper: Wrapper,
) -> Result<Option<RawKey>, VaultError> {
    let damaged = |what: &str| VaultError::KeyFileDamaged(format!("the wrapped key: {what}"));
    let nonce = hex::decode(&wrapped.nonce_hex).map_err(|e| damaged(&e.to_string()))?;
    let sealed = hex::decode(&wrapped.key_hex).map_err(|e| damaged(&e.to_string()))?;
    if nonce.len() != NONCE_BYTES || sealed.len() != 32 + 16 {
        return Err(damaged("wrong length"));
    }
    let cipher = XChaCha20Poly1305::new(wrapping.bytes().into());
    let Ok(opened) = cipher.decrypt(
        XNonce::from_slice(&nonce),
        Payload {
            msg: &sealed,
            aad: wrapper.label(),
        },
    ) else {
        return Ok(None);
    };
    let opened = Zeroizing::new(opened);
    let mut key = [0u8; 32];
    key.copy_from_slice(&opened);
    Ok(Some(RawKey::from_bytes(key)))
}

impl Keyring {
    /// A key file for a new vault: a random database key, wrapped by
    /// `passphrase`; and that key.
    pub(crate) fn generate(
        params: KdfParams,
        passphrase: &Passphrase,
    ) -> Result<(Self, RawKey), VaultError> {
        let key = RawKey::random();
        let keyring = Self::wrapping(&key, params, passphrase)?;
        Ok((keyring, key))
    }

    /// A key file holding `key` wrapped by `passphrase` only.
    pub(crate) fn wrapping(
        key: &RawKey,
        params: KdfParams,
        passphrase: &Passphrase,
    ) -> Result<Self, VaultError> {
        let (derivation, wrapping) = KeyFile::generate(params, passphrase)?;
        Ok(Self {
            format: FORMAT.to_owned(),
            version: VERSION,
            key_check: key.check_value(),
            passphrase: derivation,
            wrapped_by_passphrase: wrap(&wrapping, key, Wrapper::Passphrase)?,
            wrapped_by_recovery_key: None,
        })
    }

    /// Checks what was read is this format and version.
    pub(crate) fn checked(self) -> Result<Self, VaultError> {
        if self.format != FORMAT || self.version != VERSION {
            return Err(VaultError::KeyFileDamaged(format!(
                "{} version {}, not {FORMAT} version {VERSION}",
                self.format, self.version
            )));
        }
        Ok(self)
    }

    /// The database key, with `passphrase`.
    pub(crate) fn unlock(&self, passphrase: &Passphrase) -> Result<RawKey, VaultError> {
        let wrapping = self.passphrase.derive(passphrase)?;
        let key = unwrap(&wrapping, &self.wrapped_by_passphrase, Wrapper::Passphrase)?
            .ok_or(VaultError::WrongPassphrase)?;
        self.proven(key)
    }

    /// The database key, with the recovery key.
    pub(crate) fn unlock_with_recovery_key(
        &self,
        recovery: &RecoveryKey,
    ) -> Result<RawKey, VaultError> {
        let wrapped = self
            .wrapped_by_recovery_key
            .as_ref()
            .ok_or(VaultError::NoRecoveryKey)?;
        let key = unwrap(&recovery.wrapping_key(), wrapped, Wrapper::RecoveryKey)?
            .ok_or(VaultError::WrongRecoveryKey)?;
        self.proven(key)
    }

    /// A key that unwrapped but is not the one this file names was put
    /// there by someone else: damage, not a wrong passphrase.
    fn proven(&self, key: RawKey) -> Result<RawKey, VaultError> {
        if key.check_value() == self.key_check {
            Ok(key)
        } else {
            Err(VaultError::KeyFileDamaged(
                "the key inside is not the vault's".into(),
            ))
        }
    }

    /// The same key file, `key` wrapped by a new passphrase instead; the
    /// recovery key still works.
    pub(crate) fn with_passphrase(
        &self,
        key: &RawKey,
        params: KdfParams,
        passphrase: &Passphrase,
    ) -> Result<Self, VaultError> {
        Ok(Self {
            wrapped_by_recovery_key: self.wrapped_by_recovery_key.clone(),
            ..Self::wrapping(key, params, passphrase)?
        })
    }

    /// The same key file with a new recovery key (the one before no longer
    /// works), and that recovery key.
    pub(crate) fn with_new_recovery_key(
        &self,
        key: &RawKey,
    ) -> Result<(Self, RecoveryKey), VaultError> {
        let recovery = RecoveryKey::generate();
        let wrapped = wrap(&recovery.wrapping_key(), key, Wrapper::RecoveryKey)?;
        Ok((
            Self {
                wrapped_by_recovery_key: Some(wrapped),
                ..self.clone()
            },
            recovery,
        ))
    }

    pub(crate) fn has_recovery_key(&self) -> bool {
        self.wrapped_by_recovery_key.is_some()
    }
}

/// The recovery key: 160 random bits, written for people as 32 letters and
/// digits in groups of four (Crockford's base 32: no I, L, O or U, and
/// those misread letters are read as the digits they look like). Not
/// `Clone`, wiped when dropped, redacted in `Debug`.
#[derive(Zeroize, ZeroizeOnDrop)]
pub struct RecoveryKey([u8; 20]);

impl std::fmt::Debug for RecoveryKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RecoveryKey(<redacted>)")
    }
}

fn crockford() -> data_encoding::Encoding {
    let mut spec = data_encoding::Specification::new();
    spec.symbols.push_str("0123456789ABCDEFGHJKMNPQRSTVWXYZ");
    spec.translate.from.push_str("abcdefghjkmnpqrstvwxyzoOiIlL");
    spec.translate.to.push_str("ABCDEFGHJKMNPQRSTVWXYZ001111");
    spec.ignore.push_str("- ");
    spec.encoding().expect("a valid base 32 alphabet")
}

impl RecoveryKey {
    fn generate() -> Self {
        let mut bytes = [0u8; 20];
        rand::rngs::OsRng.fill_bytes(&mut bytes);
        Self(bytes)
    }

    /// Reads a recovery key as typed: any case, with or without the dashes
    /// and spaces, O for 0 and I or L for 1.
    pub fn parse(text: &str) -> Result<Self, VaultError> {
        let decoded = Zeroizing::new(
            crockford()
                .decode(text.trim().as_bytes())
                .map_err(|_| VaultError::RecoveryKeyMalformed)?,
        );
        let bytes: [u8; 20] = decoded
            .as_slice()
            .try_into()
            .map_err(|_| VaultError::RecoveryKeyMalformed)?;
        Ok(Self(bytes))
    }

    /// The key as people write it: eight groups of four, `XXXX-XXXX-…`.
    pub fn to_text(&self) -> Zeroizing<String> {
        let plain = Zeroizing::new(crockford().encode(&self.0));
        let mut grouped = Zeroizing::new(String::with_capacity(39));
        for (n, symbol) in plain.chars().enumerate() {
            if n > 0 && n % 4 == 0 {
                grouped.push('-');
            }
            grouped.push(symbol);
        }
        grouped
    }

    /// The key that wraps the database key. The recovery key is random and
    /// long, so a hash (with this purpose in it) is all the derivation needs.
    fn wrapping_key(&self) -> RawKey {
        use sha2::Digest as _;
        let mut hasher = sha2::Sha256::new();
        hasher.update(b"reviewdesk vault recovery key v2\0");
        hasher.update(self.0);
        RawKey::from_bytes(hasher.finalize().into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn passphrase(text: &str) -> Passphrase {
        Passphrase::new(text.into())
    }

    #[test]
    fn the_database_key_opens_with_the_passphrase_or_the_recovery_key_only() {
        let (keyring, key) =
            Keyring::generate(KdfParams::insecure_for_tests(), &passphrase("s3cret")).expect("new");
        let opened = keyring.unlock(&passphrase("s3cret")).expect("unlocks");
        assert_eq!(*opened.pragma_literal(), *key.pragma_literal());
        assert!(matches!(
            keyring.unlock(&passphrase("wrong")),
            Err(VaultError::WrongPassphrase)
        ));
        let stranger = RecoveryKey::generate();
        assert!(matches!(
            keyring.unlock_with_recovery_key(&stranger),
            Err(VaultError::NoRecoveryKey)
        ));
        let (keyring, recovery) = keyring.with_new_recovery_key(&key).expect("recovery");
        let recovered = keyring
            .unlock_with_recovery_key(&recovery)
            .expect("recovers");
        assert_eq!(*recovered.pragma_literal(), *key.pragma_literal());
        assert!(matches!(
            keyring.unlock_with_recovery_key(&stranger),
            Err(VaultError::WrongRecoveryKey)
        ));
    }

    #[test]
    fn a_new_passphrase_rewraps_the_same_key_and_keeps_the_recovery_key() {
        let (keyring, key) =
            Keyring::generate(KdfParams::insecure_for_tests(), &passphrase("old")).expect("new");
        let (keyring, recovery) = keyring.with_new_recovery_key(&key).expect("recovery");
        let changed = keyring
            .with_passphrase(&key, KdfParams::insecure_for_tests(), &passphrase("new"))
            .expect("rewrapped");
        assert!(matches!(
            changed.unlock(&passphrase("old")),
            Err(VaultError::WrongPassphrase)
        ));
        let opened = changed.unlock(&passphrase("new")).expect("new passphrase");
        assert_eq!(*opened.pragma_literal(), *key.pragma_literal());
        assert!(changed.unlock_with_recovery_key(&recovery).is_ok());
    }

    #[test]
    fn a_wrapping_moved_or_altered_is_not_taken_for_the_key() {
        let (keyring, key) =
            Keyring::generate(KdfParams::insecure_for_tests(), &passphrase("s3cret")).expect("new");
        let (mut keyring, recovery) = keyring.with_new_recovery_key(&key).expect("recovery");
        // The passphrase's wrapping put where the recovery key's goes.
        keyring.wrapped_by_recovery_key = Some(keyring.wrapped_by_passphrase.clone());
        assert!(matches!(
            keyring.unlock_with_recovery_key(&recovery),
            Err(VaultError::WrongRecoveryKey)
        ));
        let mut altered = keyring.clone();
        altered.key_check = "0".repeat(64);
        assert!(matches!(
            altered.unlock(&passphrase("s3cret")),
            Err(VaultError::KeyFileDamaged(_))
        ));
    }

    #[test]
    fn a_recovery_key_reads_back_however_it_was_typed() {
        let key = RecoveryKey::generate();
        let text = key.to_text();
        assert_eq!(text.len(), 39);
        assert_eq!(text.matches('-').count(), 7);
        let sloppy = text
            .to_lowercase()
            .replace('-', " ")
            .replace('0', "o")
            .replace('1', "l");
        let read = RecoveryKey::parse(&sloppy).expect("reads");
        assert_eq!(read.0, key.0);
        assert!(matches!(
            RecoveryKey::parse("ABCD-EFGH"),
            Err(VaultError::RecoveryKeyMalformed)
        ));
        assert!(matches!(
            RecoveryKey::parse(&text.replace(text.chars().next().unwrap_or('A'), "U")),
            Err(VaultError::RecoveryKeyMalformed)
        ));
        assert_eq!(format!("{key:?}"), "RecoveryKey(<redacted>)");
    }
}

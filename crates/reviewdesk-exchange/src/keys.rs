//! Keys: each party (the agency, every expert) has an Ed25519 key that signs
//! and an age X25519 identity that decrypts. Public halves travel as text:
//! the Ed25519 key in unpadded base64url, the age recipient as `age1…`.
//!
//! Secret halves never implement `Serialize`, `Clone` or a revealing `Debug`;
//! they leave a `KeyPair` only as zeroizing bytes for the encrypted vault.

use std::fmt;
use std::str::FromStr as _;

use age::secrecy::ExposeSecret as _;
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ed25519_dalek::{Signature, Signer as _, SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::ExchangeError;

/// A party's secret keys.
pub struct KeyPair {
    signing: SigningKey,
    decryption: age::x25519::Identity,
}

impl fmt::Debug for KeyPair {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KeyPair")
            .field("public", &self.public())
            .finish_non_exhaustive()
    }
}

impl KeyPair {
    pub fn generate() -> Self {
        Self {
            signing: SigningKey::generate(&mut rand::rngs::OsRng),
            decryption: age::x25519::Identity::generate(),
        }
    }

    pub fn public(&self) -> PublicKeys {
        PublicKeys {
            signing: URL_SAFE_NO_PAD.encode(self.signing.verifying_key().as_bytes()),
            encryption: self.decryption.to_public().to_string(),
        }
    }

    pub(crate) fn sign(&self, message: &[u8]) -> [u8; 64] {
        self.signing.sign(message).to_bytes()
    }

    pub(crate) fn decrypt(&self, ciphertext: &[u8]) -> Result<Zeroizing<Vec<u8>>, ExchangeError> {
        age::decrypt(&self.decryption, ciphertext)
            .map(Zeroizing::new)
            .map_err(|_| ExchangeError::Undecryptable)
    }

    /// The secret keys as text for the encrypted vault: the Ed25519 seed in hex,
    /// a line break, the age secret key.
    pub fn to_secret_text(&self) -> Zeroizing<String> {
        let seed = Zeroizing::new(hex::encode(self.signing.to_bytes()));
        let identity = self.decryption.to_string();
        Zeroizing::new(format!("{}\n{}", *seed, identity.expose_secret()))
    }

    pub fn from_secret_text(text: &str) -> Result<Self, ExchangeError> {
        let bad = |detail: &str| ExchangeError::BadKey {
            detail: detail.to_owned(),
        };
        let (seed, identity) = text
            .split_once('\n')
            .ok_or_else(|| bad("two lines expected"))?;
        let mut seed_bytes = Zeroizing::new([0u8; 32]);
        hex::decode_to_slice(seed, &mut *seed_bytes).map_err(|_| bad("signing seed"))?;
        Ok(Self {
            signing: SigningKey::from_bytes(&seed_bytes),
            decryption: age::x25519::Identity::from_str(identity)
                .map_err(|_| bad("age identity"))?,
        })
    }
}

/// A party's public keys, as pinned by the other side.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PublicKeys {
    /// Ed25519 verifying key, 32 bytes in unpadded base64url.
    pub signing: String,
    /// age X25519 recipient, `age1…`.
    pub encryption: String,
}

impl PublicKeys {
    pub(crate) fn verifying_key(&self) -> Result<VerifyingKey, ExchangeError> {
        let bytes: [u8; 32] = URL_SAFE_NO_PAD
            .decode(&self.signing)
            .ok()
            .and_then(|b| b.try_into().ok())
            .ok_or_else(|| ExchangeError::BadKey {
                detail: "signing key".into(),
            })?;
        VerifyingKey::from_bytes(&bytes).map_err(|_| ExchangeError::BadKey {
            detail: "signing key".into(),
        })
    }

    pub(crate) fn recipient(&self) -> Result<age::x25519::Recipient, ExchangeError> {
        age::x25519::Recipient::from_str(&self.encryption).map_err(|_| ExchangeError::BadKey {
            detail: "encryption key".into(),
        })
    }

    /// Checks an Ed25519 signature made by this party over `message`.
    pub(crate) fn verify(&self, message: &[u8], signature: &[u8]) -> Result<(), ExchangeError> {
        let signature =
            Signature::from_slice(signature).map_err(|_| ExchangeError::BadSignature)?;
        // Strict: no small-order keys, no malleable signatures.
        self.verifying_key()?
            .verify_strict(message, &signature)
            .map_err(|_| ExchangeError::BadSignature)
    }

    /// Validates both keys, for pinning.
    pub fn check(&self) -> Result<(), ExchangeError> {
        self.verifying_key()?;
        self.recipient()?;
        Ok(())
    }
}

/// Checks an Ed25519 signature over `message` by the key `signing`
/// (unpadded base64url), strictly, as [`PublicKeys::verify`] does.
pub(crate) fn verify_with(
    signing: &str,
    message: &[u8],
    signature: &[u8],
) -> Result<(), ExchangeError> {
    let key = PublicKeys {
        signing: signing.to_owned(),
        encryption: String::new(),
    };
    key.verify(message, signature)
}

pub(crate) fn encrypt_to(
    recipient: &PublicKeys,
    plaintext: &[u8],
) -> Result<Vec<u8>, ExchangeError> {
    age::encrypt(&recipient.recipient()?, plaintext).map_err(|e| ExchangeError::Encryption {
        detail: e.to_string(),
    })
}

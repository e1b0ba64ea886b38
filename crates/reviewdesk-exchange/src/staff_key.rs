//! The staff key file: what a staff member's vault needs to open and check
//! the panel's score packages itself — the agency's secret keys and the
//! experts' public keys as enrolled, revoked ones included — and to reach the agency server safely
//! (its address, and the fingerprint of its certificate to pin), encrypted with a passphrase (age with
//! scrypt), so the file may be handed over on a USB stick. Its format is in
//! `docs/formats.md`.

use age::secrecy::SecretString;
use reviewdesk_domain::ExpertId;
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::{EnrolledKey, ExchangeError, KeyPair, PublicKeys};

pub const STAFF_KEY_FORMAT: &str = "reviewdesk.staff-key";
const VERSION: u32 = 1;

/// The plaintext inside; only ever held in memory.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Plain {
    format: String,
    version: u32,
    agency_secret_keys: String,
    server_url: Option<String>,
    /// Absent from files written for a server without HTTPS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    tls_certificate: Option<String>,
    experts: Vec<ExpertKeys>,
}

impl Drop for Plain {
    fn drop(&mut self) {
        use zeroize::Zeroize as _;
        self.agency_secret_keys.zeroize();
    }
}

/// An expert's public keys as the agency enrolled them: every key, oldest
/// first, with the places in the expert's chain each signs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpertKeys {
    pub expert_id: ExpertId,
    #[serde(deserialize_with = "history_or_only_key")]
    pub keys: Vec<EnrolledKey>,
}

/// Files written before re-enrollment existed hold the one key's object.
fn history_or_only_key<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Vec<EnrolledKey>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Written {
        History(Vec<EnrolledKey>),
        Only(PublicKeys),
    }
    Ok(match Written::deserialize(deserializer)? {
        Written::History(history) => history,
        Written::Only(keys) => vec![EnrolledKey::only(keys)],
    })
}

/// The agency server as staff reach it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Server {
    pub url: Option<String>,
    /// SHA-256 (hex) of the certificate it answers HTTPS with, to pin.
    pub tls_certificate: Option<String>,
}

/// An opened staff key file.
#[derive(Debug)]
pub struct StaffKey {
    pub agency: KeyPair,
    pub server: Server,
    pub experts: Vec<ExpertKeys>,
}

/// Seals the agency's keys, how to reach its server and the experts' public
/// keys under `passphrase`.
pub fn seal(
    agency: &KeyPair,
    server: &Server,
    experts: &[ExpertKeys],
    passphrase: &str,
) -> Result<Vec<u8>, ExchangeError> {
    let plain = Plain {
        format: STAFF_KEY_FORMAT.to_owned(),
        version: VERSION,
        agency_secret_keys: agency.to_secret_text().to_string(),
        server_url: server.url.clone(),
        tls_certificate: server.tls_certificate.clone(),
        experts: experts.to_vec(),
    };
    let json =
        Zeroizing::new(
            serde_json::to_vec(&plain).map_err(|e| ExchangeError::Encryption {
                detail: e.to_string(),
            })?,
        );
    let recipient = age::scrypt::Recipient::new(SecretString::from(passphrase.to_owned()));
    age::encrypt(&recipient, &json).map_err(|e| ExchangeError::Encryption {
        detail: e.to_string(),
    })
}

/// Opens a staff key file; a wrong passphrase is `Undecryptable`.
pub fn open(bytes: &[u8], passphrase: &str) -> Result<StaffKey, ExchangeError> {
    let identity = age::scrypt::Identity::new(SecretString::from(passphrase.to_owned()));
    let json =
        Zeroizing::new(age::decrypt(&identity, bytes).map_err(|_| ExchangeError::Undecryptable)?);
    let plain: Plain = serde_json::from_slice(&json).map_err(|e| ExchangeError::Malformed {
        kind: "staff key",
        detail: e.to_string(),
    })?;
    if plain.format != STAFF_KEY_FORMAT {
        return Err(ExchangeError::WrongKind {
            expected: "staff key",
            found: plain.format.clone(),
        });
    }
    if plain.version != VERSION {
        return Err(ExchangeError::UnsupportedVersion {
            found: plain.version,
        });
    }
    Ok(StaffKey {
        agency: KeyPair::from_secret_text(&plain.agency_secret_keys)?,
        server: Server {
            url: plain.server_url.clone(),
            tls_certificate: plain.tls_certificate.clone(),
        },
        experts: plain.experts.clone(),
    })
}

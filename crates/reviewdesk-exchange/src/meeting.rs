//! The panel meeting's messages between the hub (a staff app on the room's
//! network) and the experts' apps. The hub serves HTTPS with a certificate
//! made for the meeting; an expert joins with its address and a short code
//! read from that certificate's fingerprint, so a stranger's hub on the same
//! network is refused during the TLS handshake. The hub then shows a card
//! signed with the agency's key naming the same certificate: an expert's app
//! speaks to a hub only when the agency vouches for it. `docs/formats.md`
//! specifies each message.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Utc};
use reviewdesk_domain::{ApplicationId, CallId, ExpertId};
use serde::{Deserialize, Serialize};

use crate::keys::{KeyPair, PublicKeys};
use crate::manifest::{FORMAT_VERSION, to_canonical};
use crate::{ExchangeError, timestamp};

pub const MEETING_CARD_FORMAT: &str = "reviewdesk.meeting-card";

/// Characters in a meeting code: 60 bits of the certificate's fingerprint,
/// too many to match by making certificates during a meeting.
const CODE_CHARS: usize = 12;

/// The most applications one status report may name: more than any expert
/// is assigned, few enough to hold for every expert of a panel.
pub const MAX_REPORTED_APPLICATIONS: usize = 500;

/// What a hub says of itself, signed with the agency key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeetingCard {
    pub format: String,
    pub version: u32,
    /// Random, new for each meeting.
    pub meeting_id: String,
    pub call_id: CallId,
    /// SHA-256 (hex) of the certificate the hub answers HTTPS with.
    pub tls_certificate: String,
    pub started_at: String,
}

/// A meeting card and the agency's signature of its canonical bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignedMeetingCard {
    pub card: MeetingCard,
    pub signature: String,
}

impl MeetingCard {
    /// The card of a meeting on `call_id` starting `now`, served with the
    /// certificate whose fingerprint is `tls_certificate`.
    pub fn new(call_id: &CallId, tls_certificate: &str, now: DateTime<Utc>) -> Self {
        Self {
            format: MEETING_CARD_FORMAT.to_owned(),
            version: FORMAT_VERSION,
            meeting_id: uuid::Uuid::new_v4().to_string(),
            call_id: call_id.clone(),
            tls_certificate: tls_certificate.to_owned(),
            started_at: timestamp(now),
        }
    }

    pub fn sign(self, agency: &KeyPair) -> SignedMeetingCard {
        let signature = URL_SAFE_NO_PAD.encode(agency.sign(&to_canonical(&self)));
        SignedMeetingCard {
            card: self,
            signature,
        }
    }
}

/// The card, once it holds: signed by the pinned agency key, of this format,
/// and naming the certificate the hub was seen to answer with (`shown`).
pub fn verify_card<'c>(
    signed: &'c SignedMeetingCard,
    agency: &PublicKeys,
    shown: &str,
) -> Result<&'c MeetingCard, ExchangeError> {
    let signature = URL_SAFE_NO_PAD
        .decode(&signed.signature)
        .map_err(|_| ExchangeError::BadSignature)?;
    agency.verify(&to_canonical(&signed.card), &signature)?;
    let card = &signed.card;
    if card.format != MEETING_CARD_FORMAT || card.version != FORMAT_VERSION {
        return Err(ExchangeError::Malformed {
            kind: "meeting card",
            detail: format!("{} version {}", card.format, card.version),
        });
    }
    if !card.tls_certificate.eq_ignore_ascii_case(shown) {
        return Err(ExchangeError::WrongRecipient);
    }
    Ok(card)
}

/// The meeting code of a certificate: the first 60 bits of its fingerprint
/// (hex) in base32, as three groups of four — `ABCD-EFGH-JKLM`.
pub fn meeting_code(fingerprint: &str) -> String {
    let bytes = hex::decode(fingerprint).unwrap_or_default();
    let encoded = data_encoding::BASE32_NOPAD.encode(&bytes);
    let chars: Vec<char> = encoded.chars().take(CODE_CHARS).collect();
    chars
        .chunks(4)
        .map(|group| group.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

/// A typed code in its written form: upper case, without separators, with
/// the digits people type for the letters they resemble read as letters.
fn normalised(typed: &str) -> String {
    typed
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| match c.to_ascii_uppercase() {
            '0' => 'O',
            '1' => 'I',
            '8' => 'B',
            other => other,
        })
        .collect()
}

/// Whether `typed` is the meeting code of the certificate `fingerprint`.
pub fn code_matches(typed: &str, fingerprint: &str) -> bool {
    let expected = normalised(&meeting_code(fingerprint));
    expected.len() == CODE_CHARS && normalised(typed) == expected
}

/// A join card's line, as the QR code carries it: the hub's address and the
/// meeting code, `https://HOST:PORT#ABCD-EFGH-JKLM`.
pub fn join_line(address: &str, code: &str) -> String {
    format!("{}#{code}", address.trim_end_matches('/'))
}

/// The address and the code of a join line; `None` when it has no code.
pub fn parse_join_line(line: &str) -> Option<(String, String)> {
    let (address, code) = line.trim().split_once('#')?;
    (!address.is_empty() && !code.is_empty()).then(|| (address.to_owned(), code.to_owned()))
}

/// `GET /v1/meeting/chain`: the newest package of the asking expert the hub
/// holds, so the expert's app sends every later one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChainPosition {
    pub expert_id: ExpertId,
    /// `None`: the hub holds none of the expert's packages.
    pub sequence: Option<u64>,
}

/// `POST /v1/meeting/status`: the applications an expert is scoring now
/// (a draft saved, not submitted), for the chair's board. Submissions and
/// recusals reach the board through the packages themselves.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScoringReport {
    pub call_id: CallId,
    pub scoring: Vec<ApplicationId>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fingerprint() -> String {
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08".to_owned()
    }

    #[test]
    fn a_meeting_code_is_read_from_the_fingerprint_and_forgives_how_it_is_typed() {
        let code = meeting_code(&fingerprint());
        assert_eq!(code.len(), 14, "{code}");
        assert!(code_matches(&code, &fingerprint()));
        let typed = code.to_lowercase().replace('-', " ").replace('O', "0");
        assert!(code_matches(&typed, &fingerprint()), "{typed}");
        assert!(!code_matches(&code[..9], &fingerprint()));
        let other = "0".repeat(64);
        assert!(!code_matches(&code, &other));
        assert!(!code_matches("", "not hex"));
    }

    #[test]
    fn a_card_holds_only_under_the_agency_key_for_the_certificate_shown() {
        let agency = KeyPair::generate();
        let signed =
            MeetingCard::new(&CallId::from("CALL"), &fingerprint(), Utc::now()).sign(&agency);
        assert!(verify_card(&signed, &agency.public(), &fingerprint()).is_ok());
        assert_eq!(
            verify_card(&signed, &agency.public(), &"0".repeat(64)),
            Err(ExchangeError::WrongRecipient)
        );
        let stranger = KeyPair::generate();
        assert_eq!(
            verify_card(&signed, &stranger.public(), &fingerprint()),
            Err(ExchangeError::BadSignature)
        );
        let mut altered = signed.clone();
        altered.card.tls_certificate = "0".repeat(64);
        assert_eq!(
            verify_card(&altered, &agency.public(), &"0".repeat(64)),
            Err(ExchangeError::BadSignature)
        );
    }

    #[test]
    fn a_join_line_carries_the_address_and_the_code() {
        let line = join_line("https://192.0.2.7:8765/", "ABCD-EFGH-JKLM");
        assert_eq!(line, "https://192.0.2.7:8765#ABCD-EFGH-JKLM");
        assert_eq!(
            parse_join_line(&line),
            Some(("https://192.0.2.7:8765".into(), "ABCD-EFGH-JKLM".into()))
        );
        assert_eq!(parse_join_line("https://192.0.2.7:8765"), None);
    }
}

//! Short-lived staff tokens: a staff member's password is checked once, at
//! sign-in, and the answer is a token that stands for it on the next
//! requests until it expires. A token names the staff member and its expiry
//! and carries an HMAC over both and the password hash it was issued under,
//! keyed by a key derived from the agency's secret keys. So every server
//! process of one agency accepts it without shared state, it cannot be
//! forged or stretched, and it dies with a changed password or a removed
//! account. Checking one costs a hash and a lookup, never an Argon2 check.

use base64::Engine as _;
use chrono::{DateTime, Utc};
use hmac::{Hmac, Mac as _};
use sha2::{Digest as _, Sha256};
use zeroize::Zeroizing;

const PREFIX: &str = "rdst1";
const KEY_CONTEXT: &[u8] = b"reviewdesk.staff-token-key.v1\n";
const MAC_CONTEXT: &[u8] = b"reviewdesk.staff-token.v1\n";

/// The key tokens are made and checked with.
#[derive(Clone)]
pub(crate) struct TokenKey(Zeroizing<[u8; 32]>);

impl std::fmt::Debug for TokenKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TokenKey(<redacted>)")
    }
}

/// What a token says, once its MAC is known to hold for some password hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Claimed {
    pub(crate) name: String,
    pub(crate) expires: DateTime<Utc>,
}

fn b64() -> base64::engine::GeneralPurpose {
    base64::engine::general_purpose::URL_SAFE_NO_PAD
}

impl TokenKey {
    /// Derives the token key from the agency's secret keys (as text), so
    /// processes sharing the agency's keys share it.
    pub(crate) fn derive(agency_secret: &str) -> Self {
        let mut hash = Sha256::new();
        hash.update(KEY_CONTEXT);
        hash.update(agency_secret.as_bytes());
        Self(Zeroizing::new(hash.finalize().into()))
    }

    fn mac(&self, name: &str, expires: i64, password_hash: &str) -> Hmac<Sha256> {
        // The key is 32 bytes; HMAC takes a key of any length.
        let mut mac = <Hmac<Sha256>>::new_from_slice(self.0.as_slice()).expect("any key length");
        for part in [
            name.as_bytes(),
            expires.to_string().as_bytes(),
            password_hash.as_bytes(),
        ] {
            // Length-prefixed, so no two different triples hash alike.
            mac.update(&(part.len() as u64).to_be_bytes());
            mac.update(part);
        }
        mac.update(MAC_CONTEXT);
        mac
    }

    /// A token for `name`, whose password hash is `password_hash`, valid
    /// until `expires`.
    pub(crate) fn issue(&self, name: &str, password_hash: &str, expires: DateTime<Utc>) -> String {
        let seconds = expires.timestamp();
        let tag = self
            .mac(name, seconds, password_hash)
            .finalize()
            .into_bytes();
        format!(
            "{PREFIX}.{}.{seconds}.{}",
            b64().encode(name),
            b64().encode(tag)
        )
    }

    /// What `token` claims, if it is well formed; nothing is known to hold yet.
    pub(crate) fn claimed(token: &str) -> Option<(Claimed, Vec<u8>)> {
        let mut parts = token.split('.');
        let (Some(PREFIX), Some(name), Some(seconds), Some(tag), None) = (
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
        ) else {
            return None;
        };
        let name = String::from_utf8(b64().decode(name).ok()?).ok()?;
        let expires = DateTime::from_timestamp(seconds.parse().ok()?, 0)?;
        let tag = b64().decode(tag).ok()?;
        Some((Claimed { name, expires }, tag))
    }

    /// Whether `tag` is this key's MAC of `claimed` under `password_hash`
    /// and the token has not expired at `now`. Compared in constant time.
    pub(crate) fn holds(
        &self,
        claimed: &Claimed,
        tag: &[u8],
        password_hash: &str,
        now: DateTime<Utc>,
    ) -> bool {
        now < claimed.expires
            && self
                .mac(&claimed.name, claimed.expires.timestamp(), password_hash)
                .verify_slice(tag)
                .is_ok()
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeDelta;

    use super::*;

    fn checked(key: &TokenKey, token: &str, hash: &str, now: DateTime<Utc>) -> Option<String> {
        let (claimed, tag) = TokenKey::claimed(token)?;
        key.holds(&claimed, &tag, hash, now).then_some(claimed.name)
    }

    #[test]
    fn a_token_stands_for_its_name_until_it_expires() {
        let key = TokenKey::derive("AGENCY-SECRET-1");
        let now = Utc::now();
        let token = key.issue("clerk", "$argon2id$hash", now + TimeDelta::minutes(15));
        assert_eq!(
            checked(&key, &token, "$argon2id$hash", now).as_deref(),
            Some("clerk")
        );
        let later = now + TimeDelta::minutes(16);
        assert_eq!(
            checked(&key, &token, "$argon2id$hash", later),
            None,
            "expired"
        );
    }

    #[test]
    fn a_token_dies_with_a_new_password_another_agency_or_an_edit() {
        let key = TokenKey::derive("AGENCY-SECRET-1");
        let now = Utc::now();
        let token = key.issue("clerk", "old-hash", now + TimeDelta::minutes(15));
        assert_eq!(
            checked(&key, &token, "new-hash", now),
            None,
            "password changed"
        );
        let other = TokenKey::derive("AGENCY-SECRET-2");
        assert_eq!(
            checked(&other, &token, "old-hash", now),
            None,
            "another agency"
        );
        let (claimed, tag) = TokenKey::claimed(&token).expect("well formed");
        let stretched = format!(
            "{PREFIX}.{}.{}.{}",
            b64().encode(&claimed.name),
            claimed.expires.timestamp() + 86_400,
            b64().encode(&tag)
        );
        assert_eq!(
            checked(&key, &stretched, "old-hash", now + TimeDelta::hours(2)),
            None
        );
        let renamed = format!(
            "{PREFIX}.{}.{}.{}",
            b64().encode("admin"),
            claimed.expires.timestamp(),
            b64().encode(&tag)
        );
        assert_eq!(checked(&key, &renamed, "old-hash", now), None);
        for garbage in [
            "",
            "rdst1",
            "rdst1.a.b.c",
            "Basic x",
            &format!("{token}.extra"),
        ] {
            assert_eq!(checked(&key, garbage, "old-hash", now), None, "{garbage}");
        }
    }
}

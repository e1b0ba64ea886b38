//! Time as ReviewDesk keeps it: one UTC instant type, [`Timestamp`], wherever
//! time crosses a crate, and one text form wherever it is stored or sent —
//! RFC 3339 in UTC, to the whole second, with `Z` (`2025-12-01T09:30:00Z`).
//! Reading is strict: text in another form is refused, never replaced by
//! the current time.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, SecondsFormat, SubsecRound as _, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An instant in UTC, to the whole second.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(DateTime<Utc>);

impl Timestamp {
    pub fn now() -> Self {
        Self::from(Utc::now())
    }

    pub fn instant(self) -> DateTime<Utc> {
        self.0
    }
}

impl From<DateTime<Utc>> for Timestamp {
    /// Drops what is finer than a second, as the text form does.
    fn from(at: DateTime<Utc>) -> Self {
        Self(at.trunc_subsecs(0))
    }
}

impl From<Timestamp> for DateTime<Utc> {
    fn from(at: Timestamp) -> Self {
        at.0
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.to_rfc3339_opts(SecondsFormat::Secs, true))
    }
}

/// Text that is not a timestamp in the one form.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a UTC time written as 2025-12-01T09:30:00Z")]
pub struct NotATimestamp(pub String);

impl FromStr for Timestamp {
    type Err = NotATimestamp;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let refused = || NotATimestamp(text.to_owned());
        let parsed = DateTime::parse_from_rfc3339(text).map_err(|_| refused())?;
        let at = Self(parsed.with_timezone(&Utc));
        // Only the one form: UTC with `Z`, whole seconds.
        if at.to_string() == text {
            Ok(at)
        } else {
            Err(refused())
        }
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_one_form_reads_back_as_the_same_instant() {
        let at: Timestamp = "2025-12-01T09:30:00Z".parse().expect("the one form");
        assert_eq!(at.to_string(), "2025-12-01T09:30:00Z");
        let now = Timestamp::now();
        assert_eq!(now.to_string().parse::<Timestamp>(), Ok(now));
        let json = serde_json::to_string(&at).expect("serializes");
        assert_eq!(json, "\"2025-12-01T09:30:00Z\"");
        assert_eq!(serde_json::from_str::<Timestamp>(&json).ok(), Some(at));
    }

    #[test]
    fn other_forms_are_refused_not_guessed() {
        for text in [
            "2025-12-01T17:30:00+08:00",
            "2025-12-01T09:30:00.123Z",
            "2025-12-01T09:30:00+00:00",
            "2025-12-01 09:30:00Z",
            "2025-12-01",
            "yesterday",
            "",
        ] {
            assert!(text.parse::<Timestamp>().is_err(), "{text:?} accepted");
        }
    }
}

//! Per-user preferences that must be readable before the vault is unlocked (the
//! language of the unlock screen, the idle time before auto-lock, whether the
//! agency server may be spoken to in plain HTTP). Nothing confidential
//! belongs here: the file is plain JSON.

use std::fs;
use std::path::Path;

use reviewdesk_i18n::Language;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct Settings {
    /// A shipped language tag (`zh-CN`, `en`, `th`…); the system's language until the user picks one.
    pub language: String,
    /// Seconds without activity before the vault locks itself; 0 never locks.
    /// The app offers whole minutes; seconds keep tests of auto-lock short.
    pub auto_lock_seconds: u32,
    /// Plain HTTP to an agency server on another machine, chosen by the
    /// user when the agency asks for it; off, only loopback may be plain.
    pub insecure_http: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            language: Language::from_environment().tag().to_owned(),
            auto_lock_seconds: 10 * 60,
            insecure_http: false,
        }
    }
}

impl Settings {
    /// The settings at `path`, or the defaults when the file is missing or unreadable
    /// (preferences are never worth refusing to start over).
    pub fn load(path: &Path) -> Self {
        let mut settings: Self = fs::read_to_string(path)
            .ok()
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_default();
        if Language::from_tag(&settings.language).is_none() {
            settings.language = Self::default().language;
        }
        settings
    }

    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        let temporary = path.with_extension("json.tmp");
        fs::write(&temporary, serde_json::to_string_pretty(self)?)?;
        fs::rename(temporary, path)
    }

    pub fn language(&self) -> Language {
        Language::from_tag(&self.language).unwrap_or(Language::ZhCn)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_falls_back_on_garbage() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("settings.json");
        let settings = Settings {
            language: "en".into(),
            auto_lock_seconds: 180,
            insecure_http: true,
        };
        settings.save(&path).expect("save");
        assert_eq!(Settings::load(&path), settings);
        fs::write(&path, "{not json").expect("write");
        assert_eq!(Settings::load(&path).auto_lock_seconds, 600);
    }

    #[test]
    fn settings_from_before_plain_http_was_a_choice_keep_it_refused() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("settings.json");
        fs::write(&path, r#"{"language": "en", "auto_lock_seconds": 300}"#).expect("write");
        let settings = Settings::load(&path);
        assert_eq!(settings.auto_lock_seconds, 300);
        assert!(!settings.insecure_http);
    }
}

//! The one error type front ends see: a stable code plus named arguments. The code
//! picks a Fluent message (`error-<code>`), so every language can say it well.

use reviewdesk_domain::{DocumentError, DocumentErrorKind, ErrorCode, Problem};
use reviewdesk_exchange::ExchangeError;
use reviewdesk_i18n::Localizer;
use reviewdesk_vault::VaultError;
use serde::Serialize;
use std::borrow::Cow;
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{code}: {detail}")]
pub struct CoreError {
    /// What went wrong, like [`ErrorCode::VaultWrongPassphrase`].
    pub code: ErrorCode,
    /// Named values the message uses. Names are ours, or the agency
    /// server's when it gave its own code.
    pub args: Vec<(Cow<'static, str>, String)>,
    /// An English explanation for logs and developers; never shown instead of the
    /// localized message.
    pub detail: String,
}

/// What crosses the IPC boundary: `{code, message, args}`. `message` is already
/// localized in the app's language; the UI may re-localize from code and args.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ErrorPayload {
    pub code: ErrorCode,
    pub message: String,
    pub args: std::collections::BTreeMap<String, String>,
}

impl From<&CoreError> for Problem {
    fn from(error: &CoreError) -> Self {
        Self {
            code: error.code,
            args: error
                .args
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect(),
        }
    }
}

impl From<&Problem> for CoreError {
    /// A problem kept for later, to say again in the reader's language.
    fn from(problem: &Problem) -> Self {
        Self {
            code: problem.code,
            args: problem
                .args
                .iter()
                .map(|(k, v)| (Cow::Owned(k.clone()), v.clone()))
                .collect(),
            detail: String::new(),
        }
    }
}

/// What kind of failure an error is, for whoever must act on it: a script
/// tells these apart by the command line's exit status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// The command or its prompts were answered wrongly.
    Usage,
    WrongPassphrase,
    /// A file or package from outside was refused; nothing changed.
    RefusedInput,
    /// The vault or its key file is damaged: restore from a backup.
    Damaged,
    Other,
}

impl Failure {
    /// The `reviewdesk` command's exit status (documented in the README).
    pub fn exit_status(self) -> u8 {
        match self {
            Self::Other => 1,
            Self::Usage => 2,
            Self::WrongPassphrase => 3,
            Self::RefusedInput => 4,
            Self::Damaged => 5,
        }
    }
}

impl CoreError {
    pub fn failure(&self) -> Failure {
        use ErrorCode as C;
        match self.code {
            C::VaultWrongPassphrase | C::VaultWrongRecoveryKey | C::StaffKeyWrongPassphrase => {
                Failure::WrongPassphrase
            }
            C::VaultCorrupt | C::VaultKeyFileDamaged => Failure::Damaged,
            C::EnrollUsage
            | C::StaffVoteUsage
            // What the call's rule does not allow is asked of it.
            | C::PanelVoteNotInRule
            | C::RevisionNotAllowed
            | C::NoServer
            | C::PassphraseEmpty
            | C::PassphraseMismatch
            | C::PassphraseTooWeak
            | C::RecoveryKeyMalformed => Failure::Usage,
            C::Document
            | C::SheetInvalid
            | C::SheetIncomplete
            | C::SheetFileInvalid
            | C::EnrollmentFileInvalid
            | C::BundleCallMismatch
            | C::KeyFileInvalid
            | C::ImportCallSigned
            | C::VaultBackupDamaged
            | C::VaultNewerBackup
            | C::MinutesAltered
            | C::MinutesUnsealed => Failure::RefusedInput,
            code if code.as_str().starts_with("exchange-")
                || code.as_str().starts_with("package-") =>
            {
                Failure::RefusedInput
            }
            _ => Failure::Other,
        }
    }

    pub fn new(code: ErrorCode, detail: impl Into<String>) -> Self {
        Self {
            code,
            args: Vec::new(),
            detail: detail.into(),
        }
    }

    pub fn with(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((Cow::Borrowed(name), value.into()));
        self
    }

    /// Adds named values, like [`Self::with`] for each.
    pub fn extend(&mut self, args: impl IntoIterator<Item = (&'static str, String)>) {
        self.args.extend(
            args.into_iter()
                .map(|(name, value)| (Cow::Borrowed(name), value)),
        );
    }

    /// The message in the localizer's language.
    pub fn localized(&self, localizer: &Localizer) -> String {
        let args: Vec<(&str, String)> = self.args.iter().map(|(k, v)| (&**k, v.clone())).collect();
        if self.code == ErrorCode::Document {
            return self.localized_document(localizer, &args);
        }
        localizer.format(&format!("error-{}", self.code.as_str()), &args)
    }

    fn localized_document(&self, localizer: &Localizer, args: &[(&str, String)]) -> String {
        let get = |name: &str| {
            args.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        };
        let path = get("path");
        let location = if path.is_empty() {
            String::new()
        } else {
            localizer.format("document-location", &[("path", path)])
        };
        let reason = localizer.format(&format!("document-{}", get("reason")), args);
        localizer.format(
            "error-document",
            &[("location", location), ("reason", reason)],
        )
    }

    pub fn payload(&self, localizer: &Localizer) -> ErrorPayload {
        ErrorPayload {
            code: self.code,
            message: self.localized(localizer),
            args: self
                .args
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect(),
        }
    }
}

impl From<VaultError> for CoreError {
    fn from(error: VaultError) -> Self {
        let detail = error.to_string();
        match error {
            VaultError::AlreadyExists(path) => {
                Self::new(ErrorCode::VaultExists, detail).with("path", path.display().to_string())
            }
            VaultError::NotFound(path) => {
                Self::new(ErrorCode::VaultNotFound, detail).with("path", path.display().to_string())
            }
            VaultError::InUse(path) => {
                Self::new(ErrorCode::VaultInUse, detail).with("path", path.display().to_string())
            }
            VaultError::WrongPassphrase => Self::new(ErrorCode::VaultWrongPassphrase, detail),
            VaultError::WrongRecoveryKey => Self::new(ErrorCode::VaultWrongRecoveryKey, detail),
            VaultError::NoRecoveryKey => Self::new(ErrorCode::VaultNoRecoveryKey, detail),
            VaultError::RecoveryKeyMalformed => Self::new(ErrorCode::RecoveryKeyMalformed, detail),
            VaultError::BackupDamaged(why) => {
                Self::new(ErrorCode::VaultBackupDamaged, detail).with("detail", why)
            }
            VaultError::NewerBackup { .. } => Self::new(ErrorCode::VaultNewerBackup, detail),
            VaultError::EncryptionUnavailable => {
                Self::new(ErrorCode::VaultEncryptionUnavailable, detail)
            }
            VaultError::KeyFileDamaged(why) => {
                Self::new(ErrorCode::VaultKeyFileDamaged, detail).with("detail", why)
            }
            VaultError::NewerSchema { .. } => Self::new(ErrorCode::VaultNewerSchema, detail),
            VaultError::NoSuchRecord { id, .. } => {
                Self::new(ErrorCode::NotFound, detail).with("id", id)
            }
            VaultError::SheetLocked(id) => Self::new(ErrorCode::SheetLocked, detail).with("id", id),
            VaultError::Corrupt(why) => {
                Self::new(ErrorCode::VaultCorrupt, detail).with("detail", why)
            }
            VaultError::Io(e) => Self::new(ErrorCode::Io, detail).with("detail", e.to_string()),
            VaultError::Database(_) | VaultError::Migration(_) => {
                Self::new(ErrorCode::Internal, detail.clone()).with("detail", detail)
            }
        }
    }
}

impl From<DocumentError> for CoreError {
    fn from(error: DocumentError) -> Self {
        let mut core = Self::new(ErrorCode::Document, error.to_string())
            .with("path", error.path.clone())
            .with("reason", error.kind.code());
        use DocumentErrorKind as K;
        let extra: Vec<(&'static str, String)> = match error.kind {
            K::TooLarge { size, limit } => {
                vec![("size", size.to_string()), ("limit", limit.to_string())]
            }
            K::Syntax { line, column } => {
                vec![("line", line.to_string()), ("column", column.to_string())]
            }
            K::WrongFormat { found } => vec![("found", found)],
            K::UnsupportedVersion { found, supported } => {
                vec![
                    ("found", found.to_string()),
                    ("supported", supported.to_string()),
                ]
            }
            K::MissingField { field } | K::UnknownField { field } => vec![("field", field)],
            K::UnknownValue { value } => vec![("value", value)],
            K::WrongType { detail } | K::InvalidValue { detail } => vec![("detail", detail)],
            K::BadLanguageTag { tag } => vec![("tag", tag)],
            K::DuplicateId { id } | K::ForeignAttachment { id } => vec![("id", id)],
            K::UnknownReference { target, id } => vec![("target", target.to_string()), ("id", id)],
            K::SizeMismatch { declared, actual } => vec![
                ("declared", declared.to_string()),
                ("actual", actual.to_string()),
            ],
            K::UnsupportedMediaType { media_type } | K::ContentMismatch { media_type } => {
                vec![("media_type", media_type)]
            }
            K::InvalidRubric { fault } => vec![("fault", fault.code().to_owned())],
            K::BlankText | K::BadBase64 | K::DigestMismatch => vec![],
        };
        core.extend(extra);
        core
    }
}

impl From<ExchangeError> for CoreError {
    fn from(error: ExchangeError) -> Self {
        let mut core = Self::new(error.code(), error.to_string());
        core.extend(error.args());
        core
    }
}

/// JSON the core stores itself (identity, pinned keys) that no longer parses.
impl From<serde_json::Error> for CoreError {
    fn from(error: serde_json::Error) -> Self {
        VaultError::from(error).into()
    }
}

impl From<std::io::Error> for CoreError {
    fn from(error: std::io::Error) -> Self {
        Self::new(ErrorCode::Io, error.to_string()).with("detail", error.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reviewdesk_i18n::Language;

    #[test]
    fn payload_has_the_shape_the_ui_reads() {
        let error = CoreError::from(VaultError::WrongPassphrase);
        let json =
            serde_json::to_value(error.payload(&Localizer::new(Language::En))).expect("serialize");
        assert_eq!(
            json,
            serde_json::json!({
                "code": "vault-wrong-passphrase",
                "message": "The passphrase is wrong. Nothing was changed.",
                "args": {}
            })
        );
    }

    /// The code list and the messages agree both ways, in every language:
    /// no code without its words, no message for a code that is gone.
    #[test]
    fn every_code_has_a_message_in_every_language_and_no_message_lacks_a_code() {
        for language in Language::ALL {
            let source = reviewdesk_i18n::source(language, "errors.ftl").expect("errors.ftl");
            let ids: Vec<&str> = source
                .lines()
                .filter_map(|line| line.strip_prefix("error-"))
                .filter_map(|rest| rest.split_once(" =").map(|(id, _)| id))
                .collect();
            for code in ErrorCode::ALL {
                assert!(
                    ids.contains(&code.as_str()),
                    "{language:?} lacks error-{code}"
                );
            }
            for id in ids {
                assert!(ErrorCode::parse(id).is_some(), "error-{id} names no code");
            }
        }
    }

    #[test]
    fn a_kept_problem_round_trips_and_reads_as_a_code_with_arguments() {
        let error = CoreError::new(ErrorCode::SyncRefused, "no")
            .with("code", "package-fork")
            .with("detail", "a fork");
        let json = serde_json::to_value(Problem::from(&error)).expect("serialize");
        assert_eq!(
            json,
            serde_json::json!({
                "code": "sync-refused",
                "args": {"code": "package-fork", "detail": "a fork"}
            })
        );
    }

    #[test]
    fn document_errors_name_the_field_in_the_users_language() {
        let error = CoreError::from(DocumentError {
            path: "applications[2].demand_id".into(),
            kind: DocumentErrorKind::UnknownReference {
                target: reviewdesk_domain::document::ReferenceTarget::Demand,
                id: "D99".into(),
            },
        });
        assert_eq!(
            error.localized(&Localizer::new(Language::En)),
            "The agency data file was refused, nothing was imported. At applications[2].demand_id: It refers to demand “D99”, which is not in the file."
        );
        assert_eq!(
            error.localized(&Localizer::new(Language::ZhCn)),
            "机构数据文件被拒绝，未导入任何内容。位置 applications[2].demand_id：引用了文件中不存在的需求“D99”。"
        );
    }

    #[test]
    fn rubric_faults_are_told_in_the_users_language() {
        let error = CoreError::from(DocumentError {
            path: "rubrics[0].criteria[1].weight".into(),
            kind: DocumentErrorKind::InvalidRubric {
                fault: reviewdesk_domain::rubric::RubricFault::WeightNotPositive,
            },
        });
        assert!(
            error
                .localized(&Localizer::new(Language::En))
                .ends_with("The rubric cannot be scored: a weight must be above zero.")
        );
        assert!(
            error
                .localized(&Localizer::new(Language::ZhCn))
                .ends_with("评分表无法使用：权重必须大于零。")
        );
    }
}

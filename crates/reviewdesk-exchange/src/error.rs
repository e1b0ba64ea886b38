//! Why a bundle or package was refused. Each refusal has a stable code the
//! front ends localize (`error-<code>` in `locales/*/errors.ftl`).

use reviewdesk_domain::ErrorCode;

/// A refusal; nothing has been extracted or changed when one is returned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExchangeError {
    #[error("not a readable {kind} file: {detail}")]
    Malformed { kind: &'static str, detail: String },
    #[error("the entry name {name:?} is absolute or leaves the archive")]
    UnsafePath { name: String },
    #[error("the entry {name:?} is a symbolic link")]
    Symlink { name: String },
    #[error("two entries have the same name")]
    DuplicateName,
    #[error("two entries share the same bytes of the file")]
    OverlappingEntries,
    #[error("{count} entries; at most {limit} are allowed")]
    TooManyEntries { count: usize, limit: usize },
    #[error("{size} bytes; at most {limit} are allowed")]
    TooLarge { size: u64, limit: u64 },
    #[error("the entry {name:?} expands more than {limit} times")]
    CompressionRatio { name: String, limit: u64 },
    #[error("unexpected entry {name:?}")]
    UnexpectedEntry { name: String },
    #[error("the entry {name:?} is compressed; entries must be stored")]
    NotStored { name: String },
    #[error("the entries are not in the documented order")]
    EntryOrder,
    #[error("the manifest's {field} is not of the documented form: {value:?}")]
    InvalidField { field: &'static str, value: String },
    #[error("the package names expert {named}, but was checked against {registered}'s key")]
    WrongExpert { named: String, registered: String },
    #[error("the manifest is not in canonical form")]
    NotCanonical,
    #[error("a {found} file where a {expected} was expected")]
    WrongKind {
        expected: &'static str,
        found: String,
    },
    #[error("format version {found} is not supported")]
    UnsupportedVersion { found: u32 },
    #[error("the signature does not verify")]
    BadSignature,
    #[error("the entry {name:?} does not match its hash in the manifest")]
    HashMismatch { name: String },
    #[error("addressed to another recipient")]
    WrongRecipient,
    #[error("expired at {expires_at}")]
    Expired { expires_at: String },
    #[error("version {sequence} is older than the installed version {installed}")]
    Rollback { sequence: u64, installed: u64 },
    #[error("the content cannot be decrypted with this key")]
    Undecryptable,
    #[error("a key is not valid: {detail}")]
    BadKey { detail: String },
    #[error("could not encrypt: {detail}")]
    Encryption { detail: String },
}

impl ExchangeError {
    /// The stable code of this refusal.
    pub fn code(&self) -> ErrorCode {
        match self {
            Self::Malformed { .. } => ErrorCode::ExchangeMalformed,
            Self::UnsafePath { .. } => ErrorCode::ExchangeUnsafePath,
            Self::Symlink { .. } => ErrorCode::ExchangeSymlink,
            Self::DuplicateName => ErrorCode::ExchangeDuplicateName,
            Self::OverlappingEntries => ErrorCode::ExchangeOverlappingEntries,
            Self::TooManyEntries { .. } => ErrorCode::ExchangeTooManyEntries,
            Self::TooLarge { .. } => ErrorCode::ExchangeTooLarge,
            Self::CompressionRatio { .. } => ErrorCode::ExchangeCompressionRatio,
            Self::UnexpectedEntry { .. } => ErrorCode::ExchangeUnexpectedEntry,
            Self::NotStored { .. } => ErrorCode::ExchangeNotStored,
            Self::EntryOrder => ErrorCode::ExchangeEntryOrder,
            Self::InvalidField { .. } => ErrorCode::ExchangeInvalidField,
            Self::WrongExpert { .. } => ErrorCode::ExchangeWrongExpert,
            Self::NotCanonical => ErrorCode::ExchangeNotCanonical,
            Self::WrongKind { .. } => ErrorCode::ExchangeWrongKind,
            Self::UnsupportedVersion { .. } => ErrorCode::ExchangeUnsupportedVersion,
            Self::BadSignature => ErrorCode::ExchangeBadSignature,
            Self::HashMismatch { .. } => ErrorCode::ExchangeHashMismatch,
            Self::WrongRecipient => ErrorCode::ExchangeWrongRecipient,
            Self::Expired { .. } => ErrorCode::ExchangeExpired,
            Self::Rollback { .. } => ErrorCode::ExchangeRollback,
            Self::Undecryptable => ErrorCode::ExchangeUndecryptable,
            Self::BadKey { .. } => ErrorCode::ExchangeBadKey,
            Self::Encryption { .. } => ErrorCode::ExchangeEncryption,
        }
    }
}

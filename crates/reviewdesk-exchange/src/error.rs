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
    #[error("package {sequence} is signed with a key not valid for that place in the chain")]
    RevokedKey { sequence: u64 },
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
            Self::RevokedKey { .. } => ErrorCode::ExchangeRevokedKey,
            Self::HashMismatch { .. } => ErrorCode::ExchangeHashMismatch,
            Self::WrongRecipient => ErrorCode::ExchangeWrongRecipient,
            Self::Expired { .. } => ErrorCode::ExchangeExpired,
            Self::Rollback { .. } => ErrorCode::ExchangeRollback,
            Self::Undecryptable => ErrorCode::ExchangeUndecryptable,
            Self::BadKey { .. } => ErrorCode::ExchangeBadKey,
            Self::Encryption { .. } => ErrorCode::ExchangeEncryption,
        }
    }

    /// Named values for the message of [`Self::code`].
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            Self::Malformed { kind, detail } => {
                vec![("kind", (*kind).to_owned()), ("detail", detail.clone())]
            }
            Self::UnsafePath { name }
            | Self::Symlink { name }
            | Self::UnexpectedEntry { name }
            | Self::NotStored { name }
            | Self::HashMismatch { name } => vec![("name", name.clone())],
            Self::InvalidField { field, value } => {
                vec![("field", (*field).to_owned()), ("value", value.clone())]
            }
            Self::WrongExpert { named, registered } => {
                vec![("named", named.clone()), ("registered", registered.clone())]
            }
            Self::CompressionRatio { name, limit } => {
                vec![("name", name.clone()), ("limit", limit.to_string())]
            }
            Self::TooManyEntries { count, limit } => {
                vec![("count", count.to_string()), ("limit", limit.to_string())]
            }
            Self::TooLarge { size, limit } => {
                vec![("size", size.to_string()), ("limit", limit.to_string())]
            }
            Self::WrongKind { expected, found } => {
                vec![
                    ("expected", (*expected).to_owned()),
                    ("found", found.clone()),
                ]
            }
            Self::UnsupportedVersion { found } => vec![("found", found.to_string())],
            Self::RevokedKey { sequence } => vec![("sequence", sequence.to_string())],
            Self::Expired { expires_at } => vec![("date", expires_at.clone())],
            Self::Rollback {
                sequence,
                installed,
            } => vec![
                ("sequence", sequence.to_string()),
                ("installed", installed.to_string()),
            ],
            Self::BadKey { detail } | Self::Encryption { detail } => {
                vec![("detail", detail.clone())]
            }
            Self::DuplicateName
            | Self::EntryOrder
            | Self::OverlappingEntries
            | Self::NotCanonical
            | Self::BadSignature
            | Self::WrongRecipient
            | Self::Undecryptable => Vec::new(),
        }
    }
}

//! Every error ReviewDesk reports, as one closed list of codes. A code
//! names a Fluent message (`error-<code>`) that every front end localizes
//! with the error's named arguments; the agency server answers with the
//! same codes, and the UI receives the list as a TypeScript union, so a code
//! cannot be misspelt on either side of a boundary.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

macro_rules! error_codes {
    ($($(#[doc = $doc:literal])* $variant:ident = $code:literal,)*) => {
        /// What went wrong, as a stable code; see the module documentation.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
        pub enum ErrorCode {
            $($(#[doc = $doc])* #[serde(rename = $code)] $variant,)*
        }

        impl ErrorCode {
            /// Every code, in the order declared.
            pub const ALL: &'static [Self] = &[$(Self::$variant),*];

            /// The code as it is written on the wire and in message ids.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $code,)*
                }
            }

            /// The code a peer (the agency server) sent, when it is one of ours.
            pub fn parse(code: &str) -> Option<Self> {
                match code {
                    $($code => Some(Self::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

error_codes! {
    // The vault and its passphrase.
    VaultWrongPassphrase = "vault-wrong-passphrase",
    /// The recovery key typed does not open this vault.
    VaultWrongRecoveryKey = "vault-wrong-recovery-key",
    /// The vault has no recovery key (made before recovery keys, none made since).
    VaultNoRecoveryKey = "vault-no-recovery-key",
    /// What was typed is not shaped like a recovery key.
    RecoveryKeyMalformed = "recovery-key-malformed",
    /// A backup file that is truncated, altered or not a backup.
    VaultBackupDamaged = "vault-backup-damaged",
    /// A backup written by a newer version of the app.
    VaultNewerBackup = "vault-newer-backup",
    /// Another copy of this vault (a restored backup, or the vault on
    /// another laptop) already sent the package at this place in the chain.
    VaultCopyBehind = "vault-copy-behind",
    VaultNotFound = "vault-not-found",
    /// Another program (another app window, the command line) has the vault open.
    VaultInUse = "vault-in-use",
    VaultExists = "vault-exists",
    VaultEncryptionUnavailable = "vault-encryption-unavailable",
    /// The key file beside the vault is damaged: restore from a backup.
    VaultKeyFileDamaged = "vault-key-file-damaged",
    VaultNewerSchema = "vault-newer-schema",
    VaultLocked = "vault-locked",
    /// The vault's database is damaged: restore from a backup.
    VaultCorrupt = "vault-corrupt",
    PassphraseEmpty = "passphrase-empty",
    PassphraseMismatch = "passphrase-mismatch",
    PassphraseTooWeak = "passphrase-too-weak",
    // Anywhere.
    NotFound = "not-found",
    Io = "io",
    /// A fault of this program, never of the input.
    Internal = "internal",
    /// An agency data file refused; its `reason` argument says why.
    Document = "document",
    ImportCallSigned = "import-call-signed",
    // Score sheets.
    SheetLocked = "sheet-locked",
    SheetInvalid = "sheet-invalid",
    SheetIncomplete = "sheet-incomplete",
    SheetDeadlinePassed = "sheet-deadline-passed",
    SheetFileInvalid = "sheet-file-invalid",
    // Enrollment and bundles.
    AlreadyEnrolled = "already-enrolled",
    EnrollmentNotStarted = "enrollment-not-started",
    EnrollmentFileInvalid = "enrollment-file-invalid",
    EnrollUsage = "enroll-usage",
    NotEnrolled = "not-enrolled",
    /// The agency revoked this vault's key: the expert was enrolled again.
    KeyRevoked = "key-revoked",
    BundleCallMismatch = "bundle-call-mismatch",
    KeyFileInvalid = "key-file-invalid",
    // Reading a bundle or package file.
    ExchangeMalformed = "exchange-malformed",
    ExchangeUnsafePath = "exchange-unsafe-path",
    ExchangeSymlink = "exchange-symlink",
    ExchangeDuplicateName = "exchange-duplicate-name",
    ExchangeOverlappingEntries = "exchange-overlapping-entries",
    ExchangeTooManyEntries = "exchange-too-many-entries",
    ExchangeTooLarge = "exchange-too-large",
    ExchangeCompressionRatio = "exchange-compression-ratio",
    ExchangeUnexpectedEntry = "exchange-unexpected-entry",
    ExchangeNotStored = "exchange-not-stored",
    ExchangeEntryOrder = "exchange-entry-order",
    ExchangeInvalidField = "exchange-invalid-field",
    ExchangeWrongExpert = "exchange-wrong-expert",
    ExchangeNotCanonical = "exchange-not-canonical",
    ExchangeWrongKind = "exchange-wrong-kind",
    ExchangeUnsupportedVersion = "exchange-unsupported-version",
    ExchangeBadSignature = "exchange-bad-signature",
    ExchangeRevokedKey = "exchange-revoked-key",
    ExchangeHashMismatch = "exchange-hash-mismatch",
    ExchangeWrongRecipient = "exchange-wrong-recipient",
    ExchangeExpired = "exchange-expired",
    ExchangeRollback = "exchange-rollback",
    ExchangeUndecryptable = "exchange-undecryptable",
    ExchangeBadKey = "exchange-bad-key",
    ExchangeEncryption = "exchange-encryption",
    // Accepting a score package (the one rule of every receiver).
    PackageUnknownExpert = "package-unknown-expert",
    PackageEarly = "package-early",
    PackageFork = "package-fork",
    PackageUnreadable = "package-unreadable",
    PackageUnknownCall = "package-unknown-call",
    PackageContentMismatch = "package-content-mismatch",
    PackageNotAssigned = "package-not-assigned",
    PackageUnknownRubric = "package-unknown-rubric",
    PackageInvalidSheet = "package-invalid-sheet",
    PackageTotalsMismatch = "package-totals-mismatch",
    PackageIdReused = "package-id-reused",
    // Sync.
    SyncUnreachable = "sync-unreachable",
    /// The server refused with a code that is not ours; `code` and
    /// `reason` arguments carry what it said.
    SyncRefused = "sync-refused",
    SyncIncomplete = "sync-incomplete",
    NoServer = "no-server",
    /// The server answered with another TLS certificate than the one pinned
    /// at enrollment: someone may be in between.
    ServerCertificateChanged = "server-certificate-changed",
    /// The server's TLS certificate is neither trusted by the platform nor
    /// pinned.
    ServerCertificateUntrusted = "server-certificate-untrusted",
    /// Plain HTTP to a server on another machine, not chosen by the user.
    InsecureHttp = "insecure-http",
    // Staff.
    StaffKeyWrongPassphrase = "staff-key-wrong-passphrase",
    NotStaff = "not-staff",
    /// The agency server did not accept a staff name and password.
    StaffOnly = "staff-only",
    /// Too many failed staff sign-ins: locked out for a while.
    StaffLocked = "staff-locked",
    FontsMissing = "fonts-missing",
    StaffVoteUsage = "staff-vote-usage",
    /// A vote recorded for a demand whose call does not break ties by vote.
    PanelVoteNotInRule = "panel-vote-not-in-rule",
    // The panel meeting.
    /// The chair has not opened the demand for discussion.
    DiscussionNotOpen = "discussion-not-open",
    /// The expert has not submitted (or recused) for every applicant of the
    /// demand assigned to them, so sees nothing of the others' scores.
    DiscussionNotSubmitted = "discussion-not-submitted",
    /// None of the demand's applicants is assigned to the expert.
    DiscussionNotAssigned = "discussion-not-assigned",
    /// The call does not allow a revision round.
    RevisionNotAllowed = "revision-not-allowed",
    // The panel meeting, on the room's network.
    /// The vault has joined no meeting.
    MeetingNotJoined = "meeting-not-joined",
    /// The hub's certificate does not match the meeting code typed.
    MeetingCodeWrong = "meeting-code-wrong",
    /// The hub's card is not signed by the agency key for its certificate.
    MeetingNotVouched = "meeting-not-vouched",
    /// The joined meeting's hub did not answer.
    MeetingHubUnreachable = "meeting-hub-unreachable",
    // The minutes the panel signs.
    /// The chair has not fixed the minutes for signing.
    MinutesNotFixed = "minutes-not-fixed",
    /// The digest signed is not the content the chair fixed now.
    MinutesChanged = "minutes-changed",
    /// The minutes' content does not match the digest signed and sealed.
    MinutesAltered = "minutes-altered",
    /// A PDF without the content and seal ReviewDesk embeds.
    MinutesUnsealed = "minutes-unsealed",
    /// The signer is not one of the experts the minutes name.
    MinutesNotOnPanel = "minutes-not-on-panel",
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Lets a test or a table say `assert_eq!(error.code, "vault-locked")`.
impl PartialEq<&str> for ErrorCode {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<str> for ErrorCode {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_reads_back_as_itself_on_the_wire() {
        for code in ErrorCode::ALL {
            assert_eq!(ErrorCode::parse(code.as_str()), Some(*code));
            let json = serde_json::to_string(code).expect("serializes");
            assert_eq!(json, format!("\"{}\"", code.as_str()));
        }
        assert_eq!(ErrorCode::parse("no-such-code"), None);
    }
}

/// An error as data kept or shown later — a package's quarantine reason,
/// the last sync's trouble: its code and named arguments, which the UI
/// localizes like any error.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Problem {
    pub code: ErrorCode,
    pub args: std::collections::BTreeMap<String, String>,
}

//! The agency data document: one JSON file that carries a call with its demands,
//! applications, attachments, experts and assignments from the agency to ReviewDesk.
//!
//! `AgencyDocument::parse` is the only way from bytes to a [`ValidatedDocument`]: it
//! checks the envelope (format marker, version), the shape (every field, by path),
//! and the integrity of the whole (unique ids, references that resolve, attachment
//! bytes that match their digest and declared type). Anything it refuses is named by
//! the field path and a reason, so the agency can fix the file.

use std::collections::{HashMap, HashSet};

use base64::Engine as _;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::default_rubrics;
use crate::model::{Application, Assignment, AttachmentMeta, Call, Demand, Expert};
use crate::rubric::{Rubric, RubricFault};
use crate::scores::PackagedSheet;
use crate::text::{self, is_language_tag};

/// The value of the `format` field that marks an agency data document.
pub const FORMAT_MARKER: &str = "reviewdesk.agency-data";
/// The versions this build reads.
pub const SUPPORTED_VERSIONS: &[u32] = &[1];
pub const CURRENT_VERSION: u32 = 1;
/// A document above this size is refused before parsing, so a hostile file cannot
/// exhaust memory.
pub const MAX_DOCUMENT_BYTES: usize = 512 * 1024 * 1024;
/// Media types an attachment may have. The app displays attachments, so anything a
/// webview would execute (HTML, SVG, scripts) is refused at the door.
pub const ALLOWED_MEDIA_TYPES: &[&str] =
    &["application/pdf", "image/png", "image/jpeg", "text/plain"];

/// The document as written by the agency (version 1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct AgencyDocument {
    /// Always `reviewdesk.agency-data`.
    pub format: String,
    /// Format version; this build reads version 1.
    pub version: u32,
    pub call: Call,
    pub demands: Vec<Demand>,
    pub applications: Vec<Application>,
    #[serde(default)]
    pub attachments: Vec<AttachmentFile>,
    #[serde(default)]
    pub experts: Vec<Expert>,
    #[serde(default)]
    pub assignments: Vec<Assignment>,
    /// The rubrics experts score this call on; when absent, the rubrics ReviewDesk
    /// ships (pre-review, demand assessment, demonstration) apply.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rubrics: Vec<Rubric>,
    /// In an assignment bundle only: the sheets the expert already submitted
    /// in this call, as the agency holds them (the latest version of each),
    /// so a vault enrolled again after a lost laptop shows what was sent and
    /// revises from it. A vault ignores them outside a signed bundle.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(skip)]
    #[ts(skip)]
    pub submitted: Vec<PackagedSheet>,
}

/// An attachment with its bytes, base64-encoded (RFC 4648, with padding).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[serde(deny_unknown_fields)]
pub struct AttachmentFile {
    pub meta: AttachmentMeta,
    pub content_base64: String,
}

/// A document that passed every check, with its attachments decoded.
#[derive(Debug, Clone)]
pub struct ValidatedDocument {
    pub call: Call,
    pub demands: Vec<Demand>,
    pub applications: Vec<Application>,
    pub attachments: Vec<(AttachmentMeta, Vec<u8>)>,
    pub experts: Vec<Expert>,
    pub assignments: Vec<Assignment>,
    /// The call's rubrics, or the shipped ones when the document has none.
    pub rubrics: Vec<Rubric>,
    /// Whether `rubrics` came from the document (else they are the shipped ones).
    pub rubrics_from_document: bool,
    /// The expert's own submitted sheets a bundle brings back; each for an
    /// application of the document, on one of its rubrics.
    pub submitted: Vec<PackagedSheet>,
    /// Lower-case hex SHA-256 of the document bytes, to recognise a repeated import.
    pub sha256: String,
}

/// Why a document was refused, and where.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}{kind}", if path.is_empty() { String::new() } else { format!("{path}: ") })]
pub struct DocumentError {
    /// The field path, like `applications[3].lead.credit_code`; empty for the whole file.
    pub path: String,
    pub kind: DocumentErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DocumentErrorKind {
    #[error("the file is {size} bytes, more than the {limit} bytes allowed")]
    TooLarge { size: usize, limit: usize },
    #[error("not valid JSON at line {line}, column {column}")]
    Syntax { line: usize, column: usize },
    #[error("this is not a ReviewDesk agency data file (format is \"{found}\")")]
    WrongFormat { found: String },
    #[error(
        "format version {found} is not supported; this version of ReviewDesk reads version {supported}"
    )]
    UnsupportedVersion { found: u32, supported: u32 },
    #[error("required field `{field}` is missing")]
    MissingField { field: String },
    #[error("field `{field}` is not part of the format")]
    UnknownField { field: String },
    #[error("`{value}` is not one of the allowed values")]
    UnknownValue { value: String },
    #[error("wrong type: {detail}")]
    WrongType { detail: String },
    #[error("invalid value: {detail}")]
    InvalidValue { detail: String },
    #[error("the text is empty in every language")]
    BlankText,
    #[error("`{tag}` is not a language tag")]
    BadLanguageTag { tag: String },
    #[error("id `{id}` is used twice")]
    DuplicateId { id: String },
    #[error("refers to {target} `{id}`, which is not in the file")]
    UnknownReference { target: ReferenceTarget, id: String },
    #[error("attachment `{id}` belongs to another application")]
    ForeignAttachment { id: String },
    #[error("attachment content is not valid base64")]
    BadBase64,
    #[error("attachment is {actual} bytes but declares {declared}")]
    SizeMismatch { declared: u64, actual: u64 },
    #[error("attachment content does not match its SHA-256 digest")]
    DigestMismatch,
    #[error("media type `{media_type}` is not accepted")]
    UnsupportedMediaType { media_type: String },
    #[error("attachment content is not a {media_type} file")]
    ContentMismatch { media_type: String },
    #[error("the rubric cannot be scored: {fault}")]
    InvalidRubric { fault: RubricFault },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReferenceTarget {
    Demand,
    Application,
    Attachment,
    Expert,
}

impl std::fmt::Display for ReferenceTarget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Demand => "demand",
            Self::Application => "application",
            Self::Attachment => "attachment",
            Self::Expert => "expert",
        })
    }
}

impl DocumentErrorKind {
    /// A stable code, for localized messages and for scripts.
    pub fn code(&self) -> &'static str {
        match self {
            Self::TooLarge { .. } => "too-large",
            Self::Syntax { .. } => "syntax",
            Self::WrongFormat { .. } => "wrong-format",
            Self::UnsupportedVersion { .. } => "unsupported-version",
            Self::MissingField { .. } => "missing-field",
            Self::UnknownField { .. } => "unknown-field",
            Self::UnknownValue { .. } => "unknown-value",
            Self::WrongType { .. } => "wrong-type",
            Self::InvalidValue { .. } => "invalid-value",
            Self::BlankText => "blank-text",
            Self::BadLanguageTag { .. } => "bad-language-tag",
            Self::DuplicateId { .. } => "duplicate-id",
            Self::UnknownReference { .. } => "unknown-reference",
            Self::ForeignAttachment { .. } => "foreign-attachment",
            Self::BadBase64 => "bad-base64",
            Self::SizeMismatch { .. } => "size-mismatch",
            Self::DigestMismatch => "digest-mismatch",
            Self::UnsupportedMediaType { .. } => "unsupported-media-type",
            Self::ContentMismatch { .. } => "content-mismatch",
            Self::InvalidRubric { .. } => "invalid-rubric",
        }
    }
}

fn at(path: impl Into<String>, kind: DocumentErrorKind) -> DocumentError {
    DocumentError {
        path: path.into(),
        kind,
    }
}

/// Just the envelope, read first so that a file of another version is refused for
/// its version rather than for fields that version does not have.
#[derive(Deserialize)]
struct Envelope {
    format: Option<String>,
    version: Option<u32>,
}

impl AgencyDocument {
    pub fn new(call: Call) -> Self {
        Self {
            format: FORMAT_MARKER.to_owned(),
            version: CURRENT_VERSION,
            call,
            demands: Vec::new(),
            applications: Vec::new(),
            attachments: Vec::new(),
            experts: Vec::new(),
            assignments: Vec::new(),
            rubrics: Vec::new(),
            submitted: Vec::new(),
        }
    }

    /// Parses and validates a document; see the module comment for what is checked.
    pub fn parse(bytes: &[u8]) -> Result<ValidatedDocument, DocumentError> {
        Self::parse_with_limit(bytes, MAX_DOCUMENT_BYTES)
    }

    /// [`AgencyDocument::parse`] with another size limit.
    pub fn parse_with_limit(
        bytes: &[u8],
        limit: usize,
    ) -> Result<ValidatedDocument, DocumentError> {
        if bytes.len() > limit {
            return Err(at(
                "",
                DocumentErrorKind::TooLarge {
                    size: bytes.len(),
                    limit,
                },
            ));
        }
        let envelope: Envelope =
            serde_json::from_slice(bytes).map_err(|e| syntax_or_shape(&e, String::new()))?;
        let format = envelope.format.ok_or_else(|| {
            at(
                "",
                DocumentErrorKind::MissingField {
                    field: "format".into(),
                },
            )
        })?;
        if format != FORMAT_MARKER {
            return Err(at(
                "format",
                DocumentErrorKind::WrongFormat { found: format },
            ));
        }
        let version = envelope.version.ok_or_else(|| {
            at(
                "",
                DocumentErrorKind::MissingField {
                    field: "version".into(),
                },
            )
        })?;
        if !SUPPORTED_VERSIONS.contains(&version) {
            return Err(at(
                "version",
                DocumentErrorKind::UnsupportedVersion {
                    found: version,
                    supported: CURRENT_VERSION,
                },
            ));
        }
        let mut deserializer = serde_json::Deserializer::from_slice(bytes);
        let document: AgencyDocument = serde_path_to_error::deserialize(&mut deserializer)
            .map_err(|e| {
                let path = e.path().to_string();
                syntax_or_shape(e.inner(), if path == "." { String::new() } else { path })
            })?;
        document.validate(hex::encode(Sha256::digest(bytes)))
    }

    fn validate(self, sha256: String) -> Result<ValidatedDocument, DocumentError> {
        let demand_ids = unique_ids(self.demands.iter().map(|d| &d.id), "demands")?;
        let application_ids = unique_ids(self.applications.iter().map(|a| &a.id), "applications")?;
        let expert_ids = unique_ids(self.experts.iter().map(|e| &e.id), "experts")?;
        unique_ids(self.attachments.iter().map(|a| &a.meta.id), "attachments")?;
        unique_ids(self.rubrics.iter().map(|r| &r.id), "rubrics")?;
        for (i, rubric) in self.rubrics.iter().enumerate() {
            rubric.validate().map_err(|problem| {
                at(
                    format!("rubrics[{i}].{}", problem.path),
                    DocumentErrorKind::InvalidRubric {
                        fault: problem.fault,
                    },
                )
            })?;
        }

        let mut attachment_owner: HashMap<&str, &str> = HashMap::new();
        for (i, file) in self.attachments.iter().enumerate() {
            if !application_ids.contains(file.meta.application_id.as_str()) {
                return Err(unknown(
                    format!("attachments[{i}].meta.application_id"),
                    ReferenceTarget::Application,
                    &file.meta.application_id,
                ));
            }
            attachment_owner.insert(&file.meta.id, &file.meta.application_id);
        }

        for (i, application) in self.applications.iter().enumerate() {
            let base = format!("applications[{i}]");
            if !demand_ids.contains(application.demand_id.as_str()) {
                return Err(unknown(
                    format!("{base}.demand_id"),
                    ReferenceTarget::Demand,
                    &application.demand_id,
                ));
            }
            for (field, id) in application.attachment_references() {
                match attachment_owner.get(id.as_str()) {
                    None => {
                        return Err(unknown(
                            format!("{base}.{field}"),
                            ReferenceTarget::Attachment,
                            id,
                        ));
                    }
                    Some(owner) if application.id != *owner => {
                        return Err(at(
                            format!("{base}.{field}"),
                            DocumentErrorKind::ForeignAttachment { id: id.clone() },
                        ));
                    }
                    Some(_) => {}
                }
            }
            for (j, member) in application.team.everyone().enumerate() {
                let member_path = if j == 0 {
                    format!("{base}.team.leader")
                } else {
                    format!("{base}.team.members[{}]", j - 1)
                };
                check_language_tags(&member.languages, &format!("{member_path}.languages"))?;
            }
        }

        for (i, expert) in self.experts.iter().enumerate() {
            check_language_tags(&expert.languages, &format!("experts[{i}].languages"))?;
        }
        for (i, assignment) in self.assignments.iter().enumerate() {
            if !expert_ids.contains(assignment.expert_id.as_str()) {
                return Err(unknown(
                    format!("assignments[{i}].expert_id"),
                    ReferenceTarget::Expert,
                    &assignment.expert_id,
                ));
            }
            for (j, id) in assignment.application_ids.iter().enumerate() {
                if !application_ids.contains(id.as_str()) {
                    return Err(unknown(
                        format!("assignments[{i}].application_ids[{j}]"),
                        ReferenceTarget::Application,
                        id,
                    ));
                }
            }
        }

        let rubrics_from_document = !self.rubrics.is_empty();
        let rubrics = if rubrics_from_document {
            self.rubrics
        } else {
            default_rubrics::all()
        };
        for (i, sheet) in self.submitted.iter().enumerate() {
            if sheet.submitted_at.parse::<crate::Timestamp>().is_err() {
                return Err(DocumentError {
                    path: format!("submitted[{i}].submitted_at"),
                    kind: DocumentErrorKind::InvalidValue {
                        detail: sheet.submitted_at.clone(),
                    },
                });
            }
            if !application_ids.contains(sheet.application_id.as_str()) {
                return Err(unknown(
                    format!("submitted[{i}].application_id"),
                    ReferenceTarget::Application,
                    &sheet.application_id,
                ));
            }
            if !rubrics
                .iter()
                .any(|r| r.id == sheet.rubric_id && r.version == sheet.rubric_version)
            {
                return Err(DocumentError {
                    path: format!("submitted[{i}].rubric_id"),
                    kind: DocumentErrorKind::UnknownValue {
                        value: format!("{} v{}", sheet.rubric_id, sheet.rubric_version),
                    },
                });
            }
        }

        let mut attachments = Vec::with_capacity(self.attachments.len());
        for (i, file) in self.attachments.into_iter().enumerate() {
            let bytes = decode_attachment(&file, &format!("attachments[{i}]"))?;
            attachments.push((file.meta, bytes));
        }

        Ok(ValidatedDocument {
            rubrics,
            rubrics_from_document,
            submitted: self.submitted,
            call: self.call,
            demands: self.demands,
            applications: self.applications,
            attachments,
            experts: self.experts,
            assignments: self.assignments,
            sha256,
        })
    }
}

impl ValidatedDocument {
    /// Back to the wire form, for writing demo data and for round-trip tests.
    pub fn to_document(&self) -> AgencyDocument {
        let engine = base64::engine::general_purpose::STANDARD;
        AgencyDocument {
            format: FORMAT_MARKER.to_owned(),
            version: CURRENT_VERSION,
            call: self.call.clone(),
            demands: self.demands.clone(),
            applications: self.applications.clone(),
            attachments: self
                .attachments
                .iter()
                .map(|(meta, bytes)| AttachmentFile {
                    meta: meta.clone(),
                    content_base64: engine.encode(bytes),
                })
                .collect(),
            experts: self.experts.clone(),
            assignments: self.assignments.clone(),
            rubrics: if self.rubrics_from_document {
                self.rubrics.clone()
            } else {
                Vec::new()
            },
            submitted: self.submitted.clone(),
        }
    }
}

impl AttachmentFile {
    /// Builds the wire form of an attachment, computing its size and digest.
    pub fn from_bytes(mut meta: AttachmentMeta, bytes: &[u8]) -> Self {
        meta.size = bytes.len() as u64;
        meta.sha256 = hex::encode(Sha256::digest(bytes));
        Self {
            meta,
            content_base64: base64::engine::general_purpose::STANDARD.encode(bytes),
        }
    }
}

fn unknown(path: String, target: ReferenceTarget, id: &str) -> DocumentError {
    at(
        path,
        DocumentErrorKind::UnknownReference {
            target,
            id: id.to_owned(),
        },
    )
}

fn unique_ids<'a, I: AsRef<str> + 'a>(
    ids: impl Iterator<Item = &'a I>,
    list: &str,
) -> Result<HashSet<&'a str>, DocumentError> {
    let mut seen = HashSet::new();
    for (i, id) in ids.enumerate() {
        let id = id.as_ref();
        if !seen.insert(id) {
            return Err(at(
                format!("{list}[{i}].id"),
                DocumentErrorKind::DuplicateId { id: id.to_owned() },
            ));
        }
    }
    Ok(seen)
}

fn check_language_tags(tags: &[String], path: &str) -> Result<(), DocumentError> {
    match tags.iter().position(|t| !is_language_tag(t)) {
        Some(j) => Err(at(
            format!("{path}[{j}]"),
            DocumentErrorKind::BadLanguageTag {
                tag: tags[j].clone(),
            },
        )),
        None => Ok(()),
    }
}

fn decode_attachment(file: &AttachmentFile, path: &str) -> Result<Vec<u8>, DocumentError> {
    let meta = &file.meta;
    if !ALLOWED_MEDIA_TYPES.contains(&meta.media_type.as_str()) {
        return Err(at(
            format!("{path}.meta.media_type"),
            DocumentErrorKind::UnsupportedMediaType {
                media_type: meta.media_type.clone(),
            },
        ));
    }
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(&file.content_base64)
        .map_err(|_| {
            at(
                format!("{path}.content_base64"),
                DocumentErrorKind::BadBase64,
            )
        })?;
    if bytes.len() as u64 != meta.size {
        return Err(at(
            format!("{path}.meta.size"),
            DocumentErrorKind::SizeMismatch {
                declared: meta.size,
                actual: bytes.len() as u64,
            },
        ));
    }
    if hex::encode(Sha256::digest(&bytes)) != meta.sha256.to_ascii_lowercase() {
        return Err(at(
            format!("{path}.meta.sha256"),
            DocumentErrorKind::DigestMismatch,
        ));
    }
    if !content_matches(&meta.media_type, &bytes) {
        return Err(at(
            format!("{path}.content_base64"),
            DocumentErrorKind::ContentMismatch {
                media_type: meta.media_type.clone(),
            },
        ));
    }
    Ok(bytes)
}

/// Whether the bytes start the way files of the declared type must.
fn content_matches(media_type: &str, bytes: &[u8]) -> bool {
    match media_type {
        "application/pdf" => bytes.starts_with(b"%PDF-"),
        "image/png" => bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
        "image/jpeg" => bytes.starts_with(b"\xFF\xD8\xFF"),
        "text/plain" => std::str::from_utf8(bytes).is_ok(),
        _ => false,
    }
}

/// Turns a serde error into the refusal a person can act on.
fn syntax_or_shape(error: &serde_json::Error, path: String) -> DocumentError {
    use serde_json::error::Category;
    if matches!(
        error.classify(),
        Category::Syntax | Category::Eof | Category::Io
    ) {
        return at(
            "",
            DocumentErrorKind::Syntax {
                line: error.line(),
                column: error.column(),
            },
        );
    }
    // serde_json appends " at line L column C"; the path says where, more usefully.
    let message = error.to_string();
    let message = message
        .rsplit_once(" at line ")
        .map_or(message.as_str(), |(m, _)| m);
    let quoted = |m: &str| m.split('`').nth(1).unwrap_or_default().to_owned();
    let kind = if message.starts_with("missing field") {
        DocumentErrorKind::MissingField {
            field: quoted(message),
        }
    } else if message.starts_with("unknown field") {
        DocumentErrorKind::UnknownField {
            field: quoted(message),
        }
    } else if message.starts_with("unknown variant") {
        DocumentErrorKind::UnknownValue {
            value: quoted(message),
        }
    } else if message.starts_with("invalid type") {
        DocumentErrorKind::WrongType {
            detail: message.trim_start_matches("invalid type: ").to_owned(),
        }
    } else if message == text::BLANK_TEXT {
        DocumentErrorKind::BlankText
    } else if let Some(tag) = message.strip_prefix(text::BAD_TAG_PREFIX) {
        DocumentErrorKind::BadLanguageTag {
            tag: tag.trim_matches('`').to_owned(),
        }
    } else {
        DocumentErrorKind::InvalidValue {
            detail: message.to_owned(),
        }
    };
    at(path, kind)
}

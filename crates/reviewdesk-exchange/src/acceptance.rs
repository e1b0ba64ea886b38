//! The one rule by which a score package is accepted — by the agency server,
//! by a staff vault and (its first step) by `reviewdesk verify` alike — as a
//! chain of types: bytes → [`VerifiedPackage`](crate::package::VerifiedPackage)
//! (signed by the expert the manifest names, with the key the agency
//! enrolled) → [`PlacedPackage`] (next in that expert's chain, decrypted) →
//! [`JudgedPackage`] (every sheet for an application assigned to the expert,
//! on a rubric of the call, every score on its item's scale and step, every
//! total recomputed from the items — or the reason its content does not
//! count, while the package keeps its place).
//!
//! Nothing a package says about its own totals is believed: acceptance
//! computes them again with the rubric and refuses a package whose totals
//! differ. No I/O: the receiver passes in what it holds (the expert's chain
//! head, the call's assignments and rubrics).

use std::collections::BTreeSet;

use reviewdesk_domain::rubric::Rubric;
use reviewdesk_domain::scores::{PackageContent, SCORES_FORMAT};
use reviewdesk_domain::sheet::SheetProblem;
use reviewdesk_domain::{ApplicationId, CallId, ErrorCode, ExpertId};
use serde::{Deserialize, Serialize};

use crate::manifest::{PackageManifest, manifest_digest};
use crate::package::{self, RegisteredExpert};
use crate::{ExchangeError, KeyPair, Limits};

/// The newest package a receiver holds of one expert.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChainHead {
    pub sequence: u64,
    /// `manifest_digest` of that package.
    pub digest: String,
}

/// Why a package is not accepted. Each has a stable code the front ends
/// localize (`error-<code>`) and every caller reports alike.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    /// The file itself: structure, signature, address or hashes.
    #[error(transparent)]
    Exchange(#[from] ExchangeError),
    #[error("the package is from {expert}, whose key is not known here")]
    UnknownExpert { expert: ExpertId },
    #[error("package {sequence} of {expert} came before package {expected}")]
    Early {
        expert: ExpertId,
        sequence: u64,
        expected: u64,
    },
    #[error("package {sequence} of {expert} does not follow their package {head}")]
    Fork {
        expert: ExpertId,
        sequence: u64,
        head: u64,
    },
    /// Authentic and in its place, but its content cannot count.
    #[error(transparent)]
    Content(#[from] ContentRefusal),
}

impl Refusal {
    pub fn code(&self) -> ErrorCode {
        match self {
            Self::Exchange(error) => error.code(),
            Self::UnknownExpert { .. } => ErrorCode::PackageUnknownExpert,
            Self::Early { .. } => ErrorCode::PackageEarly,
            Self::Fork { .. } => ErrorCode::PackageFork,
            Self::Content(refusal) => refusal.code(),
        }
    }

    /// Named values for the message of [`Self::code`].
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            Self::Exchange(error) => error.args(),
            Self::UnknownExpert { expert } => vec![("expert", expert.to_string())],
            Self::Early {
                expert,
                sequence,
                expected,
            } => vec![
                ("expert", expert.to_string()),
                ("sequence", sequence.to_string()),
                ("expected", expected.to_string()),
            ],
            Self::Fork {
                expert,
                sequence,
                head,
            } => vec![
                ("expert", expert.to_string()),
                ("sequence", sequence.to_string()),
                ("head", head.to_string()),
            ],
            Self::Content(refusal) => refusal.args(),
        }
    }
}

/// Why the content of an authentic package, in its place in the chain, does
/// not count. Stored beside such a package, so it is serializable.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[serde(tag = "code")]
pub enum ContentRefusal {
    /// Not a scores document this version reads.
    #[serde(rename = "package-unreadable")]
    #[error("the content is not a scores document: {detail}")]
    Unreadable { detail: String },
    #[serde(rename = "package-unknown-call")]
    #[error("the package is for call {call}, which is not held here")]
    UnknownCall { call: CallId },
    #[serde(rename = "package-content-mismatch")]
    #[error("the content names another expert or call than the signed manifest")]
    Mismatch,
    #[serde(rename = "package-not-assigned")]
    #[error("a sheet for {application}, which is not assigned to the expert")]
    NotAssigned { application: ApplicationId },
    #[serde(rename = "package-unknown-rubric")]
    #[error("a sheet on rubric {rubric} version {version}, which the call does not have")]
    UnknownRubric { rubric: String, version: u32 },
    #[serde(rename = "package-invalid-sheet")]
    #[error("the sheet for {application} is not a complete, valid submission")]
    InvalidSheet { application: ApplicationId },
    #[serde(rename = "package-totals-mismatch")]
    #[error("the totals of the sheet for {application} are not those of its scores")]
    TotalsMismatch { application: ApplicationId },
}

impl ContentRefusal {
    pub fn code(&self) -> ErrorCode {
        match self {
            Self::Unreadable { .. } => ErrorCode::PackageUnreadable,
            Self::UnknownCall { .. } => ErrorCode::PackageUnknownCall,
            Self::Mismatch => ErrorCode::PackageContentMismatch,
            Self::NotAssigned { .. } => ErrorCode::PackageNotAssigned,
            Self::UnknownRubric { .. } => ErrorCode::PackageUnknownRubric,
            Self::InvalidSheet { .. } => ErrorCode::PackageInvalidSheet,
            Self::TotalsMismatch { .. } => ErrorCode::PackageTotalsMismatch,
        }
    }

    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            Self::Unreadable { detail } => vec![("detail", detail.clone())],
            Self::UnknownCall { call } => vec![("call", call.to_string())],
            Self::Mismatch => Vec::new(),
            Self::NotAssigned { application }
            | Self::InvalidSheet { application }
            | Self::TotalsMismatch { application } => {
                vec![("application", application.to_string())]
            }
            Self::UnknownRubric { rubric, version } => {
                vec![("rubric", rubric.clone()), ("version", version.to_string())]
            }
        }
    }
}

/// Whether a package goes next in its expert's chain, given the newest package
/// the receiver holds of that expert: exactly next, naming that package's
/// digest. A later one is `Early` (wait for the ones between); anything else
/// is a fork.
pub fn follows(manifest: &PackageManifest, head: Option<&ChainHead>) -> Result<(), Refusal> {
    let expected = head.map_or(1, |h| h.sequence + 1);
    if manifest.sequence > expected {
        return Err(Refusal::Early {
            expert: manifest.expert_id.clone(),
            sequence: manifest.sequence,
            expected,
        });
    }
    if manifest.sequence < expected || manifest.previous.as_ref() != head.map(|h| &h.digest) {
        return Err(Refusal::Fork {
            expert: manifest.expert_id.clone(),
            sequence: manifest.sequence,
            head: expected - 1,
        });
    }
    Ok(())
}

/// What a call lets an expert's package hold: sheets for the applications
/// assigned to the expert, on the call's rubrics.
#[derive(Debug, Clone, Copy)]
pub struct CallTerms<'a> {
    pub assigned: &'a BTreeSet<ApplicationId>,
    pub rubrics: &'a [Rubric],
}

/// A package whose signature is the named expert's, addressed to this agency,
/// in its place in the expert's chain, and decrypted; its content not yet
/// judged.
#[derive(Debug)]
pub struct PlacedPackage {
    manifest: PackageManifest,
    manifest_bytes: Vec<u8>,
    content: Result<PackageContent, ContentRefusal>,
}

/// Checks a package as far as anything but the call's terms go: the file and
/// its signature by `expert` (who must be the expert it names), its address to
/// `agency`, its place after `head`, and its decryption. A refusal here means
/// the package takes no place in the chain.
pub fn place(
    bytes: &[u8],
    expert: RegisteredExpert<'_>,
    agency: &KeyPair,
    head: Option<&ChainHead>,
    limits: Limits,
) -> Result<PlacedPackage, Refusal> {
    let verified = package::verify(bytes, Some(expert), &agency.public(), limits)?;
    follows(&verified.manifest, head)?;
    let plain = verified.open(agency)?;
    let content = read_content(&plain, &verified.manifest);
    Ok(PlacedPackage {
        manifest: verified.manifest,
        manifest_bytes: verified.manifest_bytes,
        content,
    })
}

impl PlacedPackage {
    pub fn manifest(&self) -> &PackageManifest {
        &self.manifest
    }

    /// Judges every sheet against the call's terms (`None`: the receiver
    /// does not hold the call). Either way the package keeps its place in the
    /// chain, so an honest expert's next package is not blocked by a refused
    /// one.
    pub fn judge(self, terms: Option<CallTerms<'_>>) -> JudgedPackage {
        let call = &self.manifest.call_id;
        let content = self.content.and_then(|content| match terms {
            Some(terms) => judge_content(content, terms),
            None => Err(ContentRefusal::UnknownCall { call: call.clone() }),
        });
        JudgedPackage {
            digest: manifest_digest(&self.manifest_bytes),
            manifest: self.manifest,
            manifest_bytes: self.manifest_bytes,
            content,
        }
    }
}

/// A package through the whole rule: its place in the chain is earned, and
/// its content either counts — with totals computed here — or is refused for
/// a stated reason. The only form in which a package reaches a store.
#[derive(Debug, Clone)]
pub struct JudgedPackage {
    manifest: PackageManifest,
    manifest_bytes: Vec<u8>,
    digest: String,
    content: Result<PackageContent, ContentRefusal>,
}

impl JudgedPackage {
    pub fn manifest(&self) -> &PackageManifest {
        &self.manifest
    }

    pub fn manifest_bytes(&self) -> &[u8] {
        &self.manifest_bytes
    }

    /// The next package's `previous`.
    pub fn digest(&self) -> &str {
        &self.digest
    }

    /// The content, when it counts; its totals are those acceptance computed.
    pub fn content(&self) -> Result<&PackageContent, &ContentRefusal> {
        self.content.as_ref()
    }

    pub fn head(&self) -> ChainHead {
        ChainHead {
            sequence: self.manifest.sequence,
            digest: self.digest.clone(),
        }
    }
}

fn read_content(
    plain: &[u8],
    manifest: &PackageManifest,
) -> Result<PackageContent, ContentRefusal> {
    let content: PackageContent =
        serde_json::from_slice(plain).map_err(|e| ContentRefusal::Unreadable {
            detail: e.to_string(),
        })?;
    if content.format != SCORES_FORMAT || content.version != 1 {
        return Err(ContentRefusal::Unreadable {
            detail: format!("{} version {}", content.format, content.version),
        });
    }
    if content.expert_id != manifest.expert_id || content.call_id != manifest.call_id {
        return Err(ContentRefusal::Mismatch);
    }
    Ok(content)
}

/// Every sheet for an assigned application, on a rubric of the call, complete
/// and valid as a submission; totals recomputed, and refused when the package
/// claimed others.
fn judge_content(
    mut content: PackageContent,
    terms: CallTerms<'_>,
) -> Result<PackageContent, ContentRefusal> {
    for sheet in &mut content.sheets {
        let application = || sheet.application_id.clone();
        if !terms.assigned.contains(&sheet.application_id) {
            return Err(ContentRefusal::NotAssigned {
                application: application(),
            });
        }
        let rubric = terms
            .rubrics
            .iter()
            .find(|r| r.id == sheet.rubric_id && r.version == sheet.rubric_version)
            .ok_or_else(|| ContentRefusal::UnknownRubric {
                rubric: sheet.rubric_id.clone(),
                version: sheet.rubric_version,
            })?;
        let problems: Vec<SheetProblem> = sheet.input.problems(rubric);
        let recusal_holds_only_its_declaration = !sheet.recused
            || (sheet.input.scores.is_empty()
                && sheet.input.vetoes.is_empty()
                && sheet.input.comments.is_empty()
                && sheet.totals.is_none());
        if sheet.recused != sheet.input.is_recusal()
            || !problems.is_empty()
            || !recusal_holds_only_its_declaration
        {
            return Err(ContentRefusal::InvalidSheet {
                application: application(),
            });
        }
        if sheet.recused {
            continue;
        }
        // Only now, with every score on its scale, is the arithmetic safe.
        let totals = rubric.totals(&sheet.input.scores);
        if sheet.totals.as_ref() != Some(&totals) {
            return Err(ContentRefusal::TotalsMismatch {
                application: application(),
            });
        }
        sheet.totals = Some(totals);
    }
    Ok(content)
}

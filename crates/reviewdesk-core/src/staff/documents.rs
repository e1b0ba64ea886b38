//! The documents staff write from a panel: the review minutes (PDF), each
//! expert's opinion form (PDF) and the score matrix (CSV), in Chinese beside
//! the reader's language, each written whole or not at all.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use reviewdesk_domain::{ApplicationId, CallId, LocalizedText};
use reviewdesk_minutes::minutes::{
    CONTENT_ATTACHMENT, DemandMinutes, ExpertEntry, Meeting, Minutes, SEAL_ATTACHMENT,
};
use reviewdesk_minutes::opinion::OpinionForm;
use reviewdesk_vault::PanelPackage;
use serde::{Deserialize, Serialize};
use sha2::{Digest as _, Sha256};
use ts_rs::TS;

use super::{StaffDesk, staff_error};
use crate::{CoreError, ErrorCode, Language};

/// The documents staff write from a panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PanelDocument {
    /// The review minutes, a PDF.
    Minutes,
    /// The score matrix, a CSV file.
    Matrix,
    /// One opinion form (PDF) per expert, into a folder.
    Opinions,
}

impl PanelDocument {
    /// The file name offered when saving it; `None` for the opinion forms,
    /// which go into a folder.
    pub fn suggested_name(self, call_id: &CallId) -> Option<String> {
        match self {
            Self::Minutes => Some(format!("minutes-{call_id}.pdf")),
            Self::Matrix => Some(format!("score-matrix-{call_id}.csv")),
            Self::Opinions => None,
        }
    }
}

impl StaffDesk<'_> {
    /// The review minutes' content for `call_id`.
    pub fn minutes(&self, call_id: &CallId) -> Result<Minutes, CoreError> {
        let panel = self.panel(call_id)?;
        let vault = self.vault()?;
        let call = vault.call(call_id)?;
        let rubric = self.session().pre_review_rubric(call_id)?;
        let groups = vault.demand_groups(call_id, &Default::default())?;
        let meeting = panel.meeting.clone();
        let experts = self.expert_entries(call_id)?;
        let sheets = self.panel_sheets(call_id)?;
        let demands = panel
            .demands
            .into_iter()
            .filter_map(|demand| {
                let group = groups.iter().find(|g| g.demand.id == demand.demand_id)?;
                let opinions = group
                    .applications
                    .iter()
                    .map(|a| {
                        let said = sheets
                            .iter()
                            .filter(|(_, s)| {
                                s.application_id == a.id && !s.input.opinion.trim().is_empty()
                            })
                            .map(|(expert, s)| (expert.clone(), s.input.opinion.clone()))
                            .collect();
                        (a.id.clone(), said)
                    })
                    .collect();
                Some(DemandMinutes {
                    id: demand.demand_id,
                    title: group.demand.title.clone(),
                    demand_side: group.demand.demand_side.name.clone(),
                    leads: group
                        .applications
                        .iter()
                        .map(|a| (a.id.clone(), a.lead.name.clone()))
                        .collect(),
                    applicants: demand.applicants,
                    result: demand.result,
                    opinions,
                    chair_note: demand.note.note,
                })
            })
            .collect();
        Ok(Minutes {
            call_id: call_id.into(),
            call_title: call.title.clone(),
            meeting: Meeting {
                date: meeting.date,
                place: meeting.place,
                chair: meeting.chair,
                staff: meeting.staff,
            },
            rule: panel.rule,
            criteria: rubric
                .criteria
                .iter()
                .map(|c| (c.id.clone(), c.title.clone()))
                .collect(),
            demands,
            experts,
        })
    }

    /// The call's experts who sent packages, with their key fingerprints and
    /// package digests.
    fn expert_entries(&self, call_id: &CallId) -> Result<Vec<ExpertEntry>, CoreError> {
        let vault = self.vault()?;
        let packages = vault.panel_packages(call_id)?;
        let mut entries = Vec::new();
        for expert in vault.experts(call_id)? {
            let mine: Vec<&PanelPackage> = packages
                .iter()
                .filter(|p| p.expert_id == expert.id)
                .collect();
            if mine.is_empty() {
                continue;
            }
            // The keys that signed these packages: more than one when the
            // expert was enrolled again on another device.
            let signed_with: Vec<String> = vault
                .staff_expert_keys(&expert.id)?
                .unwrap_or_default()
                .iter()
                .filter(|key| mine.iter().any(|p| key.signs(p.sequence)))
                .map(|key| fingerprint(&key.keys.signing))
                .collect();
            entries.push(ExpertEntry {
                id: expert.id.clone(),
                name: expert.name.clone(),
                organisation: expert.organisation.clone(),
                key_fingerprint: signed_with.join(", "),
                packages: mine.iter().map(|p| p.bytes_sha256.clone()).collect(),
            });
        }
        Ok(entries)
    }

    /// Writes `document` of `call_id` to `target` (a file, or a folder for
    /// the opinion forms), in Chinese and `second`, set in the fonts in `fonts`.
    pub fn export(
        &self,
        call_id: &CallId,
        document: PanelDocument,
        target: &Path,
        fonts: &Path,
        second: Language,
    ) -> Result<(), CoreError> {
        match document {
            PanelDocument::Minutes => self.export_minutes(call_id, target, fonts, second),
            PanelDocument::Matrix => self.export_matrix(call_id, target, second),
            PanelDocument::Opinions => self
                .export_opinion_forms(call_id, target, fonts, second)
                .map(drop),
        }
    }

    /// Writes the minutes PDF of `call_id` to `path`, in Chinese and
    /// `second`: listing the panel's verified signatures when the content is
    /// the one fixed for signing, and carrying the content with the agency's
    /// seal, so `reviewdesk verify-minutes` can check a copy.
    pub fn export_minutes(
        &self,
        call_id: &CallId,
        path: &Path,
        assets: &Path,
        second: Language,
    ) -> Result<(), CoreError> {
        let minutes = self.minutes(call_id)?;
        let sealed = self.sealed_minutes(&minutes, chrono::Utc::now())?;
        let pdf = reviewdesk_minutes::minutes::render_signed(
            &minutes,
            sealed.signing.as_ref(),
            assets,
            second,
        )
        .map_err(fonts_missing)?;
        let json = "application/json";
        let pdf = reviewdesk_minutes::attachments::attach(
            &pdf,
            &[
                (CONTENT_ATTACHMENT, json, &sealed.content),
                (SEAL_ATTACHMENT, json, &sealed.seal_json),
            ],
        )
        .map_err(|e| CoreError::new(ErrorCode::Internal, e.to_string()))?;
        write_whole(path, &pdf)
    }

    /// Writes the score matrix CSV of `call_id` to `path`, headed in Chinese
    /// and `second`.
    pub fn export_matrix(
        &self,
        call_id: &CallId,
        path: &Path,
        second: Language,
    ) -> Result<(), CoreError> {
        write_whole(
            path,
            &reviewdesk_minutes::matrix::csv(&self.minutes(call_id)?, second),
        )
    }

    /// Writes each expert's opinion form into `folder`, in Chinese and
    /// `second`; returns the files.
    pub fn export_opinion_forms(
        &self,
        call_id: &CallId,
        folder: &Path,
        assets: &Path,
        second: Language,
    ) -> Result<Vec<PathBuf>, CoreError> {
        let vault = self.vault()?;
        let call = vault.call(call_id)?;
        let rubric = self.session().pre_review_rubric(call_id)?;
        let leads: BTreeMap<ApplicationId, LocalizedText> = vault
            .demand_groups(call_id, &Default::default())?
            .into_iter()
            .flat_map(|g| g.applications)
            .map(|a| (a.id.clone(), a.lead.name.clone()))
            .collect();
        let sheets = self.panel_sheets(call_id)?;
        std::fs::create_dir_all(folder)?;
        let mut written = Vec::new();
        for expert in self.expert_entries(call_id)? {
            let form = OpinionForm {
                call_id: call_id.into(),
                call_title: call.title.clone(),
                rubric: rubric.clone(),
                sheets: sheets
                    .iter()
                    .filter(|(e, _)| *e == expert.id)
                    .map(|(_, s)| {
                        let lead = leads.get(&s.application_id).cloned().unwrap_or_default();
                        (s.application_id.clone(), lead, s.clone())
                    })
                    .collect(),
                expert,
            };
            let bytes = reviewdesk_minutes::opinion::render(&form, assets, second)
                .map_err(fonts_missing)?;
            let path = folder.join(format!("opinion-{}-{}.pdf", call_id, form.expert.id));
            write_whole(&path, &bytes)?;
            written.push(path);
        }
        Ok(written)
    }
}

/// Where the fonts the documents are set in are: `bundled` (an installed
/// app's resources) when it holds them, else where `reviewdesk_minutes`
/// finds them (`REVIEWDESK_FONTS`, beside the program, or the checkout).
pub fn shipped_fonts(bundled: Option<&Path>) -> PathBuf {
    bundled
        .filter(|dir| dir.join("OFL.txt").is_file())
        .map_or_else(reviewdesk_minutes::fonts::shipped_dir, Path::to_path_buf)
}

fn fonts_missing(error: reviewdesk_minutes::fonts::FontError) -> CoreError {
    staff_error(ErrorCode::FontsMissing, error.to_string()).with("detail", error.to_string())
}

/// Writes through a temporary file beside `path`, so a reader never sees half
/// a document.
fn write_whole(path: &Path, bytes: &[u8]) -> Result<(), CoreError> {
    let mut temporary = path.as_os_str().to_owned();
    temporary.push(".part");
    std::fs::write(&temporary, bytes)?;
    std::fs::rename(&temporary, path)?;
    Ok(())
}

/// SHA-256 (hex) of a base64url signing key's bytes.
pub(crate) fn fingerprint(signing_key: &str) -> String {
    use base64::Engine as _;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(signing_key)
        .unwrap_or_else(|_| signing_key.as_bytes().to_vec());
    hex::encode(Sha256::digest(bytes))
}

//! Staff mode: a staff member's vault holds the agency's keys (from the staff
//! key file the agency server writes), imports the panel's score packages —
//! each checked again: the expert's signature with the key the agency
//! enrolled, the chain against the packages already imported, decryption
//! with the agency's key — and turns them into the panel's result per
//! demand, the review minutes, each expert's opinion form and the score
//! matrix.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use reviewdesk_domain::checklist::{self, Verdict};
use reviewdesk_domain::panel::{self, AggregationRule, Applicant, DemandResult, ExpertScore};
use reviewdesk_domain::rubric::{Points, Rubric};
use reviewdesk_domain::scores::{PackageContent, PackagedSheet};
use reviewdesk_domain::{LocalizedText, ReviewStage, wire_name};
use reviewdesk_exchange::acceptance::{self, CallTerms, ChainHead, Refusal};
use reviewdesk_exchange::package::RegisteredExpert;
use reviewdesk_exchange::{KeyPair, Limits, PublicKeys, package, staff_key};
use reviewdesk_minutes::minutes::{DemandMinutes, ExpertEntry, Meeting, Minutes};
use reviewdesk_minutes::opinion::OpinionForm;
use reviewdesk_vault::{PanelPackage, StoredStaff};
use serde::{Deserialize, Serialize};
use sha2::{Digest as _, Sha256};
use ts_rs::TS;
use zeroize::Zeroizing;

use crate::{CoreError, Language, Session};

/// What a staff vault holds of the agency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct StaffView {
    /// The agency's signing key.
    pub agency_key: String,
    pub server: Option<String>,
    pub experts: usize,
}

/// What importing one package did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PanelImport {
    pub package_id: String,
    pub expert_id: String,
    #[ts(type = "number")]
    pub sequence: u64,
    pub sheets: usize,
    pub state: PanelImportState,
}

/// What became of an imported package.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum PanelImportState {
    /// Its sheets count in the panel.
    Imported,
    /// The very package was imported before: nothing changed.
    AlreadyImported,
    /// It came before its predecessor and waits aside for it.
    Waiting,
    /// Authentic and in its place, but its content does not count: `code`
    /// and `args` say why, as the server said it.
    Refused {
        code: String,
        args: BTreeMap<String, String>,
    },
}

impl PanelImport {
    fn of(package: &PanelPackage, state: PanelImportState) -> Self {
        let sheets = serde_json::from_str::<PackageContent>(&package.content_json)
            .map_or(0, |content| content.sheets.len());
        Self {
            package_id: package.package_id.clone(),
            expert_id: package.expert_id.clone(),
            sequence: package.sequence,
            sheets,
            state,
        }
    }
}

/// The particulars of the meeting, for the minutes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MeetingInput {
    pub date: String,
    /// `None` for an online meeting.
    pub place: Option<String>,
    /// The chair's expert id.
    pub chair: String,
    pub staff: Vec<String>,
}

/// The panel's conclusion note and recorded vote for one demand.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DemandNote {
    pub note: String,
    /// Application id → votes, when the panel voted.
    pub votes: BTreeMap<String, u32>,
}

/// The panel of a call: per demand its applicants with every expert's score
/// and the result by the call's rule.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PanelView {
    pub call_id: String,
    pub rule: AggregationRule,
    pub demands: Vec<DemandPanel>,
    /// The pre-review rubric's criteria: id and title, in order.
    pub criteria: Vec<(String, LocalizedText)>,
    /// The call's experts: id and name, for choosing the chair.
    pub experts: Vec<(String, LocalizedText)>,
    pub meeting: MeetingInput,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct DemandPanel {
    pub demand_id: String,
    pub title: LocalizedText,
    /// Application id → the lead applicant's name.
    pub leads: BTreeMap<String, LocalizedText>,
    pub applicants: Vec<Applicant>,
    pub result: DemandResult,
    pub note: DemandNote,
}

fn staff_error(code: &'static str, detail: impl Into<String>) -> CoreError {
    CoreError::new(code, detail)
}

impl Session {
    /// Installs the agency's keys from a staff key file, replacing any before.
    pub fn install_staff_key(
        &mut self,
        bytes: &[u8],
        passphrase: &Zeroizing<String>,
    ) -> Result<StaffView, CoreError> {
        let key = staff_key::open(bytes, passphrase).map_err(|e| match e {
            reviewdesk_exchange::ExchangeError::Undecryptable => staff_error(
                "staff-key-wrong-passphrase",
                "wrong passphrase for the staff key file",
            ),
            other => CoreError::from(other),
        })?;
        let experts: Vec<(String, String)> = key
            .experts
            .iter()
            .map(|e| Ok((e.expert_id.clone(), serde_json::to_string(&e.keys)?)))
            .collect::<Result<_, serde_json::Error>>()?;
        self.vault_mut()?.install_staff(
            &StoredStaff {
                agency_secret_keys: key.agency.to_secret_text(),
                server_url: key.server_url.clone(),
            },
            &experts,
        )?;
        self.staff()?
            .ok_or_else(|| staff_error("not-staff", "the staff key was not installed"))
    }

    pub fn staff(&self) -> Result<Option<StaffView>, CoreError> {
        let vault = self.vault()?;
        let Some(stored) = vault.staff()? else {
            return Ok(None);
        };
        let agency = KeyPair::from_secret_text(&stored.agency_secret_keys)?;
        Ok(Some(StaffView {
            agency_key: agency.public().signing,
            server: stored.server_url,
            experts: vault.staff_expert_count()?,
        }))
    }

    fn agency_keys(&self) -> Result<KeyPair, CoreError> {
        let stored = self
            .vault()?
            .staff()?
            .ok_or_else(|| staff_error("not-staff", "this vault holds no staff key"))?;
        Ok(KeyPair::from_secret_text(&stored.agency_secret_keys)?)
    }

    /// Imports one score package by the same acceptance rule as the agency
    /// server: the named expert's signature with their enrolled key, addressed
    /// to this agency, its place in the expert's chain, and its content
    /// against the call's assignments and rubrics. A package whose content is
    /// refused keeps its place, as on the server, and counts in no result; one
    /// that came before its predecessor waits aside and is imported when the
    /// predecessor is. All or nothing.
    pub fn import_panel_package(&mut self, bytes: &[u8]) -> Result<PanelImport, CoreError> {
        let agency = self.agency_keys()?;
        // Unverified: only to learn whom to check it against.
        let claimed = package::peek(bytes, Limits::default())?;
        let bytes_sha256 = hex::encode(Sha256::digest(bytes));
        let vault = self.vault()?;
        if let Some(earlier) = vault.panel_package(&claimed.package_id)? {
            if earlier.bytes_sha256 != bytes_sha256 {
                return Err(package_id_reused(&claimed.package_id));
            }
            return Ok(PanelImport::of(&earlier, PanelImportState::AlreadyImported));
        }
        let keys: PublicKeys = vault
            .staff_expert_keys(&claimed.expert_id)?
            .map(|json| serde_json::from_str(&json))
            .transpose()?
            .ok_or_else(|| Refusal::UnknownExpert {
                expert: claimed.expert_id.clone(),
            })
            .map_err(refusal)?;
        let head = vault
            .panel_chain_head(&claimed.expert_id)?
            .map(|p| ChainHead {
                sequence: p.sequence,
                digest: p.manifest_digest,
            });
        let expert = RegisteredExpert {
            expert_id: &claimed.expert_id,
            keys: &keys,
        };
        let placed =
            match acceptance::place(bytes, expert, &agency, head.as_ref(), Limits::default()) {
                Ok(placed) => placed,
                Err(Refusal::Early { .. }) => {
                    self.vault_mut()?.add_waiting_package(
                        &claimed.package_id,
                        &claimed.expert_id,
                        claimed.sequence,
                        bytes,
                    )?;
                    return Ok(PanelImport {
                        package_id: claimed.package_id,
                        expert_id: claimed.expert_id,
                        sequence: claimed.sequence,
                        sheets: 0,
                        state: PanelImportState::Waiting,
                    });
                }
                Err(other) => return Err(refusal(other)),
            };
        let call_id = placed.manifest().call_id.clone();
        let terms = self.call_terms(&call_id, &claimed.expert_id)?;
        let judged = placed.judge(
            terms
                .as_ref()
                .map(|(assigned, rubrics)| CallTerms { assigned, rubrics }),
        );
        let package = PanelPackage {
            package_id: judged.manifest().package_id.clone(),
            expert_id: judged.manifest().expert_id.clone(),
            call_id,
            sequence: judged.manifest().sequence,
            previous: judged.manifest().previous.clone(),
            manifest_digest: judged.digest().to_owned(),
            bytes_sha256,
            bytes: bytes.to_vec(),
            content_json: match judged.content() {
                Ok(content) => serde_json::to_string(content).map_err(internal)?,
                Err(_) => "null".to_owned(),
            },
            refusal_json: judged
                .content()
                .err()
                .map(serde_json::to_string)
                .transpose()
                .map_err(internal)?,
        };
        let state = match judged.content() {
            Ok(_) => PanelImportState::Imported,
            Err(refused) => PanelImportState::Refused {
                code: refused.code().to_owned(),
                args: refused
                    .args()
                    .into_iter()
                    .map(|(name, value)| (name.to_owned(), value))
                    .collect(),
            },
        };
        self.vault_mut()?.add_panel_package(&package)?;
        let imported = PanelImport::of(&package, state);
        // Whatever waited for this package can follow it now.
        let next = package.sequence + 1;
        for waiting in self
            .vault()?
            .waiting_packages_at(&package.expert_id, next)?
        {
            // A waiting package that does not fit stays aside; it was
            // reported when it arrived.
            let _ = self.import_panel_package(&waiting);
        }
        Ok(imported)
    }

    /// The applications assigned to an expert in a call, over every stage,
    /// and the call's rubrics; `None` when this vault does not hold the call.
    fn call_terms(
        &self,
        call_id: &str,
        expert_id: &str,
    ) -> Result<Option<(BTreeSet<String>, Vec<Rubric>)>, CoreError> {
        let vault = self.vault()?;
        if vault.call(call_id).is_err() {
            return Ok(None);
        }
        let rubrics = vault.rubrics(call_id)?;
        let mut assigned = BTreeSet::new();
        for stage in rubrics.iter().map(|r| wire_name(&r.stage)) {
            assigned.extend(
                vault
                    .assignments(call_id, &stage)?
                    .into_iter()
                    .filter(|(expert, _)| expert == expert_id)
                    .map(|(_, application)| application),
            );
        }
        Ok(Some((assigned, rubrics)))
    }

    /// The place of every package imported, of any call: (expert, sequence),
    /// by expert and sequence — the chains as this vault holds them.
    pub fn panel_chains(&self) -> Result<Vec<(String, u64)>, CoreError> {
        Ok(self.vault()?.panel_chains()?)
    }

    /// The ids of every package this vault holds, imported or waiting, of
    /// any call: what a fetch need not bring again.
    pub fn panel_package_ids(&self) -> Result<BTreeSet<String>, CoreError> {
        Ok(self.vault()?.panel_package_ids()?.into_iter().collect())
    }

    /// Every expert's newest submitted sheet per application, from the
    /// packages imported for `call_id`: (expert, sheet).
    fn panel_sheets(&self, call_id: &str) -> Result<Vec<(String, PackagedSheet)>, CoreError> {
        let mut newest: BTreeMap<(String, String), PackagedSheet> = BTreeMap::new();
        let counted = self.vault()?.panel_packages(call_id)?;
        for package in counted.iter().filter(|p| p.refusal_json.is_none()) {
            let content: PackageContent = serde_json::from_str(&package.content_json)?;
            for sheet in content.sheets {
                let key = (package.expert_id.clone(), sheet.application_id.clone());
                // Totals here are those acceptance computed on import.
                if newest.get(&key).is_none_or(|s| s.version <= sheet.version) {
                    newest.insert(key, sheet);
                }
            }
        }
        Ok(newest
            .into_iter()
            .map(|((expert, _), sheet)| (expert, sheet))
            .collect())
    }

    /// The panel's result per demand, by the call's aggregation rule.
    pub fn panel(&self, call_id: &str) -> Result<PanelView, CoreError> {
        let vault = self.vault()?;
        let call = vault.call(call_id)?;
        let rule = call.aggregation.clone().unwrap_or_default();
        let rubric = self.pre_review_rubric(call_id)?;
        let thresholds: BTreeMap<String, Points> = rubric
            .criteria
            .iter()
            .filter_map(|c| c.threshold.map(|t| (c.id.clone(), t)))
            .collect();
        let assignments = vault.assignments(call_id, &wire_name(&ReviewStage::PreReview))?;
        let sheets = self.panel_sheets(call_id)?;
        let notes: BTreeMap<String, DemandNote> = vault
            .panel_notes(call_id)?
            .into_iter()
            .map(|(demand, json)| Ok((demand, serde_json::from_str(&json)?)))
            .collect::<Result<_, serde_json::Error>>()?;
        let mut demands = Vec::new();
        for group in vault.demand_groups(call_id, &Default::default())? {
            let note = notes.get(&group.demand.id).cloned().unwrap_or_default();
            let applicants: Vec<Applicant> = group
                .applications
                .iter()
                .map(|application| Applicant {
                    application_id: application.id.clone(),
                    passed_formal_review: checklist::check(&call, application)
                        .hard_rules
                        .iter()
                        .all(|f| f.verdict == Verdict::Pass),
                    assigned_experts: assignments
                        .iter()
                        .filter(|(_, a)| a == &application.id)
                        .map(|(e, _)| e.clone())
                        .collect(),
                    scores: sheets
                        .iter()
                        .filter(|(_, s)| s.application_id == application.id)
                        .map(|(expert, sheet)| expert_score(expert, sheet))
                        .collect(),
                    panel_votes: note.votes.get(&application.id).copied(),
                })
                .collect();
            let result = panel::decide(&applicants, &rule, &thresholds);
            demands.push(DemandPanel {
                demand_id: group.demand.id.clone(),
                title: group.demand.title.clone(),
                leads: group
                    .applications
                    .iter()
                    .map(|a| (a.id.clone(), a.lead.name.clone()))
                    .collect(),
                applicants,
                result,
                note,
            });
        }
        let meeting = vault
            .panel_meeting(call_id)?
            .map(|json| serde_json::from_str(&json))
            .transpose()?
            .unwrap_or_default();
        Ok(PanelView {
            call_id: call_id.to_owned(),
            rule,
            demands,
            criteria: rubric
                .criteria
                .iter()
                .map(|c| (c.id.clone(), c.title.clone()))
                .collect(),
            experts: vault
                .experts(call_id)?
                .into_iter()
                .map(|e| (e.id, e.name))
                .collect(),
            meeting,
        })
    }

    pub fn set_meeting(&mut self, call_id: &str, meeting: &MeetingInput) -> Result<(), CoreError> {
        let json = serde_json::to_string(meeting)?;
        self.vault_mut()?.set_panel_meeting(call_id, &json)?;
        Ok(())
    }

    pub fn set_demand_note(
        &mut self,
        call_id: &str,
        demand_id: &str,
        note: &DemandNote,
    ) -> Result<(), CoreError> {
        let json = serde_json::to_string(note)?;
        self.vault_mut()?
            .set_panel_note(call_id, demand_id, &json)?;
        Ok(())
    }

    /// The review minutes' content for `call_id`.
    pub fn minutes(&self, call_id: &str) -> Result<Minutes, CoreError> {
        let panel = self.panel(call_id)?;
        let vault = self.vault()?;
        let call = vault.call(call_id)?;
        let rubric = self.pre_review_rubric(call_id)?;
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
            call_id: call_id.to_owned(),
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
    fn expert_entries(&self, call_id: &str) -> Result<Vec<ExpertEntry>, CoreError> {
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
            let keys: Option<PublicKeys> = vault
                .staff_expert_keys(&expert.id)?
                .map(|json| serde_json::from_str(&json))
                .transpose()?;
            entries.push(ExpertEntry {
                id: expert.id.clone(),
                name: expert.name.clone(),
                organisation: expert.organisation.clone(),
                key_fingerprint: keys.map(|k| fingerprint(&k.signing)).unwrap_or_default(),
                packages: mine.iter().map(|p| p.bytes_sha256.clone()).collect(),
            });
        }
        Ok(entries)
    }

    /// Writes the minutes PDF of `call_id` to `path`, in Chinese and `second`.
    pub fn export_minutes(
        &self,
        call_id: &str,
        path: &Path,
        assets: &Path,
        second: Language,
    ) -> Result<(), CoreError> {
        let minutes = self.minutes(call_id)?;
        let bytes =
            reviewdesk_minutes::minutes::render(&minutes, assets, second).map_err(fonts_missing)?;
        write_whole(path, &bytes)
    }

    /// Writes the score matrix CSV of `call_id` to `path`, headed in Chinese
    /// and `second`.
    pub fn export_matrix(
        &self,
        call_id: &str,
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
        call_id: &str,
        folder: &Path,
        assets: &Path,
        second: Language,
    ) -> Result<Vec<std::path::PathBuf>, CoreError> {
        let vault = self.vault()?;
        let call = vault.call(call_id)?;
        let rubric = self.pre_review_rubric(call_id)?;
        let leads: BTreeMap<String, LocalizedText> = vault
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
                call_id: call_id.to_owned(),
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

fn package_id_reused(package_id: &str) -> CoreError {
    staff_error("package-id-reused", package_id.to_owned()).with("package", package_id.to_owned())
}

/// A package refusal, with the code and arguments every receiver reports.
fn refusal(refusal: Refusal) -> CoreError {
    match refusal {
        Refusal::Exchange(error) => error.into(),
        other => {
            let mut error = CoreError::new(other.code(), other.to_string());
            error.args = other.args();
            error
        }
    }
}

/// Our own JSON that does not serialize: a fault of this program.
fn internal(error: serde_json::Error) -> CoreError {
    CoreError::new("internal", error.to_string()).with("detail", error.to_string())
}

/// Where the fonts the documents are set in are: `bundled` (an installed
/// app's resources) when it holds them, else where `reviewdesk_minutes`
/// finds them (`REVIEWDESK_FONTS`, beside the program, or the checkout).
pub fn shipped_fonts(bundled: Option<&Path>) -> std::path::PathBuf {
    bundled
        .filter(|dir| dir.join("OFL.txt").is_file())
        .map_or_else(reviewdesk_minutes::fonts::shipped_dir, Path::to_path_buf)
}

fn fonts_missing(error: reviewdesk_minutes::fonts::FontError) -> CoreError {
    staff_error("fonts-missing", error.to_string()).with("detail", error.to_string())
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
fn fingerprint(signing_key: &str) -> String {
    use base64::Engine as _;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(signing_key)
        .unwrap_or_else(|_| signing_key.as_bytes().to_vec());
    hex::encode(Sha256::digest(bytes))
}

fn expert_score(expert: &str, sheet: &PackagedSheet) -> ExpertScore {
    let totals = sheet.totals.as_ref();
    ExpertScore {
        expert_id: expert.to_owned(),
        recused: sheet.recused,
        overall: totals.and_then(|t| t.overall),
        criteria: totals
            .map(|t| {
                t.criteria
                    .iter()
                    .filter_map(|c| c.score.map(|s| (c.criterion_id.clone(), s)))
                    .collect()
            })
            .unwrap_or_default(),
        vetoes: sheet
            .input
            .vetoes
            .iter()
            .filter(|(_, applies)| **applies)
            .map(|(id, _)| id.clone())
            .collect(),
    }
}

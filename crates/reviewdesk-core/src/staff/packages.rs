//! The panel's score packages coming in: each by the same acceptance rule
//! as the agency server — the named expert's signature with their enrolled
//! key, its place in the expert's chain, its content against the call — so a
//! staff vault and the server always hold the same history.

use std::collections::BTreeSet;
use std::path::PathBuf;

use reviewdesk_domain::rubric::Rubric;
use reviewdesk_domain::{ApplicationId, CallId, ExpertId, PackageId, wire_name};
use reviewdesk_exchange::acceptance::{self, CallTerms, ChainHead, ContentRefusal, Refusal};
use reviewdesk_exchange::package::RegisteredExpert;
use reviewdesk_exchange::{EnrolledKey, Limits, package};
use reviewdesk_vault::PanelPackage;
use sha2::{Digest as _, Sha256};

use super::{PanelImport, PanelImportState, PanelImportTally, StaffDesk, staff_error};
use crate::files::read_exchange_file;
use crate::{CoreError, ErrorCode};

impl StaffDesk<'_> {
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
        let keys: Vec<EnrolledKey> = vault
            .staff_expert_keys(&claimed.expert_id)?
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
            content: judged.content().ok().cloned(),
            refusal: judged.content().err().cloned(),
        };
        let state = match judged.content() {
            Ok(_) => PanelImportState::Imported,
            Err(refused) => PanelImportState::Refused {
                code: refused.code(),
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

    /// Judges again the packages of `call_id` imported before this vault
    /// held the call (kept in their place, refused as for an unknown call),
    /// now that it does, as the server would have judged them; returns how
    /// many. Nothing to do in a vault without the staff key.
    pub(crate) fn judge_packages_that_came_before_their_call(
        &mut self,
        call_id: &CallId,
    ) -> Result<usize, CoreError> {
        let vault = self.vault()?;
        if vault.staff()?.is_none() || vault.call(call_id).is_err() {
            return Ok(0);
        }
        let agency = self.agency_keys()?;
        let early: Vec<PanelPackage> = vault
            .panel_packages(call_id)?
            .into_iter()
            .filter(|p| matches!(p.refusal, Some(ContentRefusal::UnknownCall { .. })))
            .collect();
        for package in &early {
            let keys = self
                .vault()?
                .staff_expert_keys(&package.expert_id)?
                .ok_or_else(|| Refusal::UnknownExpert {
                    expert: package.expert_id.clone(),
                })
                .map_err(refusal)?;
            // It was placed once: the head it followed is its predecessor.
            let predecessor = package.previous.as_ref().map(|digest| ChainHead {
                sequence: package.sequence - 1,
                digest: digest.clone(),
            });
            let expert = RegisteredExpert {
                expert_id: &package.expert_id,
                keys: &keys,
            };
            let placed = acceptance::place(
                &package.bytes,
                expert,
                &agency,
                predecessor.as_ref(),
                Limits::default(),
            )
            .map_err(refusal)?;
            let terms = self.call_terms(call_id, &package.expert_id)?;
            let judged = placed.judge(
                terms
                    .as_ref()
                    .map(|(assigned, rubrics)| CallTerms { assigned, rubrics }),
            );
            self.vault_mut()?.set_panel_judgement(
                &package.package_id,
                judged.content().ok(),
                judged.content().err(),
            )?;
        }
        Ok(early.len())
    }

    /// Imports packages one after another, each as
    /// [`Self::import_panel_package`]; stops at the first that is not
    /// authentic, with those before it kept.
    pub fn import_panel_packages<'b>(
        &mut self,
        packages: impl IntoIterator<Item = &'b [u8]>,
    ) -> Result<PanelImportTally, CoreError> {
        let mut tally = PanelImportTally::default();
        for bytes in packages {
            tally.count(&self.import_panel_package(bytes)?);
        }
        Ok(tally)
    }

    /// Imports package files one after another, each as
    /// [`Self::import_panel_package`]; stops at the first that is not
    /// authentic or not readable, naming it, with those before it kept.
    pub fn import_panel_files(&mut self, files: &[PathBuf]) -> Result<PanelImportTally, CoreError> {
        let mut tally = PanelImportTally::default();
        for file in files {
            let name = file.file_name().unwrap_or_default().to_string_lossy();
            let import = read_exchange_file(file)
                .and_then(|bytes| self.import_panel_package(&bytes))
                .map_err(|e| e.with("file", name.into_owned()))?;
            tally.count(&import);
        }
        Ok(tally)
    }

    /// The applications assigned to an expert in a call, over every stage,
    /// and the call's rubrics; `None` when this vault does not hold the call.
    fn call_terms(
        &self,
        call_id: &CallId,
        expert_id: &ExpertId,
    ) -> Result<Option<(BTreeSet<ApplicationId>, Vec<Rubric>)>, CoreError> {
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

    /// Every package of `call_id` this vault holds in its place, oldest first
    /// per expert: in the order another receiver can take them.
    pub fn panel_packages_in_order(
        &self,
        call_id: &CallId,
    ) -> Result<Vec<(PackageId, Vec<u8>)>, CoreError> {
        let mut packages = self.vault()?.panel_packages(call_id)?;
        packages.sort_by(|a, b| (&a.expert_id, a.sequence).cmp(&(&b.expert_id, b.sequence)));
        Ok(packages
            .into_iter()
            .map(|p| (p.package_id, p.bytes))
            .collect())
    }

    /// The ids of every package this vault holds, imported or waiting, of
    /// any call: what a fetch need not bring again.
    pub fn panel_package_ids(&self) -> Result<BTreeSet<String>, CoreError> {
        Ok(self.vault()?.panel_package_ids()?.into_iter().collect())
    }
}

fn package_id_reused(package_id: &PackageId) -> CoreError {
    staff_error(ErrorCode::PackageIdReused, package_id.to_owned())
        .with("package", package_id.to_owned())
}

/// A package refusal, with the code and arguments every receiver reports.
fn refusal(refusal: Refusal) -> CoreError {
    let mut error = CoreError::new(refusal.code(), refusal.to_string());
    error.extend(refusal.args());
    error
}

//! The agency's side of the exchange, as library calls: the HTTP handlers and
//! the admin subcommands are thin adapters over these.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::Denial;
use chrono::{DateTime, Duration, Utc};
use reviewdesk_domain::rubric::Rubric;
use reviewdesk_domain::scores::PackageContent;
use reviewdesk_domain::{AgencyDocument, ApplicationId, CallId, DemandId};
use reviewdesk_exchange::acceptance::{self, CallTerms, ChainHead, ContentRefusal, Refusal};
use reviewdesk_exchange::bundle::{self, BundleInfo};
use reviewdesk_exchange::enrollment::{self, EnrollmentRequest, EnrollmentResponse};
use reviewdesk_exchange::package::RegisteredExpert;
use reviewdesk_exchange::receipt::{self, Receipt};
use reviewdesk_exchange::request::{self, MAX_SKEW, RequestSignature};
use reviewdesk_exchange::staff_key::{self, ExpertKeys};
use reviewdesk_exchange::{KeyPair, Limits, PublicKeys, package, timestamp};
use serde::Serialize;
use sha2::{Digest as _, Sha256};

use crate::ServerError;
use crate::store::{PackageRow, Store};

/// How long an issued bundle stays valid.
pub const BUNDLE_VALIDITY: Duration = Duration::days(60);

#[derive(Debug)]
pub struct Agency {
    pub(crate) store: Store,
    keys: KeyPair,
    server_url: Option<String>,
}

/// What loading a call did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LoadReport {
    pub call_id: CallId,
    pub applications: usize,
    pub experts: usize,
}

/// One expert's progress, for staff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExpertProgress {
    pub expert_id: String,
    pub name: String,
    pub enrolled: bool,
    pub assigned: usize,
    /// Bundles issued to the expert (downloaded online or handed over).
    pub bundles: usize,
    pub packages: usize,
    pub scored: usize,
    pub recused: usize,
}

/// A content refusal as stored beside its package.
pub(crate) fn stored_refusal(json: &str) -> ContentRefusal {
    serde_json::from_str(json).unwrap_or_else(|_| ContentRefusal::Unreadable {
        detail: json.to_owned(),
    })
}

fn not_found(what: &str, id: &str) -> ServerError {
    ServerError::refused(Denial::NotFound, "not-found", format!("no {what} {id}"))
}

impl Agency {
    /// Opens the database at `path`, creating the agency's keys the first time.
    pub fn open_or_init(path: &Path, server_url: Option<&str>) -> Result<Self, ServerError> {
        let store = Store::open(path)?;
        if store.agency_keys()?.is_none() {
            store.set_agency(&KeyPair::generate().to_secret_text(), server_url)?;
        } else if server_url.is_some() {
            let (secret, _) = store.agency_keys()?.unwrap_or_default();
            store.set_agency(&secret, server_url)?;
        }
        Self::open(path)
    }

    /// Opens an initialized database.
    pub fn open(path: &Path) -> Result<Self, ServerError> {
        let store = Store::open(path)?;
        let (secret, server_url) = store.agency_keys()?.ok_or_else(|| {
            ServerError::Internal(format!("{} is not initialized; run init", path.display()))
        })?;
        let keys = KeyPair::from_secret_text(&secret)
            .map_err(|e| ServerError::Internal(format!("agency keys: {e}")))?;
        Ok(Self {
            store,
            keys,
            server_url,
        })
    }

    pub fn public_keys(&self) -> PublicKeys {
        self.keys.public()
    }

    /// Loads (or reloads) a call from an agency data document, with its
    /// experts and assignments.
    pub fn load_call(
        &mut self,
        bytes: &[u8],
        now: DateTime<Utc>,
    ) -> Result<LoadReport, ServerError> {
        let validated = AgencyDocument::parse(bytes)
            .map_err(|e| ServerError::refused(Denial::Unprocessable, "document", e.to_string()))?;
        let document: AgencyDocument = serde_json::from_slice(bytes)?;
        let experts: Vec<(String, String)> = validated
            .experts
            .iter()
            .map(|e| (e.id.to_string(), e.name.best_for("en").to_owned()))
            .collect();
        let assignments: BTreeSet<(String, String)> = validated
            .assignments
            .iter()
            .flat_map(|a| {
                a.application_ids
                    .iter()
                    .map(|app| (a.expert_id.to_string(), app.to_string()))
            })
            .collect();
        self.store.load_call(
            &validated.call.id,
            &serde_json::to_string(&document)?,
            &serde_json::to_string(&validated.rubrics)?,
            &experts,
            &assignments.into_iter().collect::<Vec<_>>(),
            &timestamp(now),
        )?;
        Ok(LoadReport {
            call_id: validated.call.id,
            applications: validated.applications.len(),
            experts: experts.len(),
        })
    }

    /// Sets exactly which applications of a call an expert reviews. Every id
    /// must be an application of the call; the next bundle carries them.
    pub fn assign(
        &mut self,
        call_id: &str,
        expert_id: &str,
        applications: &[String],
    ) -> Result<(), ServerError> {
        self.store
            .expert(expert_id)?
            .ok_or_else(|| not_found("expert", expert_id))?;
        let document: AgencyDocument = serde_json::from_str(
            &self
                .store
                .call_document(call_id)?
                .ok_or_else(|| not_found("call", call_id))?,
        )?;
        if let Some(unknown) = applications
            .iter()
            .find(|id| !document.applications.iter().any(|a| &a.id == *id))
        {
            return Err(not_found("application", unknown));
        }
        self.store.set_assignments(call_id, expert_id, applications)
    }

    /// A new one-time enrollment code for an expert, replacing any earlier one.
    pub fn issue_code(&self, expert_id: &str) -> Result<String, ServerError> {
        let code = enrollment::new_code();
        if !self
            .store
            .set_enrollment_code(expert_id, &enrollment::normalize_code(&code))?
        {
            return Err(not_found("expert", expert_id));
        }
        Ok(code)
    }

    /// Registers an expert's keys from their request, if its code holds.
    pub fn enroll(
        &self,
        request: &EnrollmentRequest,
        now: DateTime<Utc>,
    ) -> Result<EnrollmentResponse, ServerError> {
        let expert_id = &request.body.expert_id;
        let expert = self
            .store
            .expert(expert_id)?
            .ok_or_else(|| not_found("expert", expert_id))?;
        let code = expert.enrollment_code.ok_or_else(|| {
            ServerError::refused(
                Denial::Forbidden,
                "no-enrollment-code",
                format!("no enrollment code is open for {expert_id}"),
            )
        })?;
        enrollment::check_request(request, &code)?;
        let keys = &request.body.keys;
        self.store.set_expert_keys(
            expert_id,
            (&keys.signing, &keys.encryption),
            &timestamp(now),
        )?;
        Ok(enrollment::respond(
            request,
            &self.keys,
            &code,
            self.server_url.as_deref(),
            now,
        ))
    }

    fn expert_keys(&self, expert_id: &str) -> Result<PublicKeys, ServerError> {
        let expert = self
            .store
            .expert(expert_id)?
            .ok_or_else(|| not_found("expert", expert_id))?;
        let (signing, encryption) = expert.keys.ok_or_else(|| {
            ServerError::refused(
                Denial::Forbidden,
                "not-enrolled",
                format!("{expert_id} is not enrolled"),
            )
        })?;
        Ok(PublicKeys {
            signing,
            encryption,
        })
    }

    /// Seals a new bundle of the call for the expert: only the applications
    /// assigned to them, with their demands and attachments.
    pub fn issue_bundle(
        &mut self,
        expert_id: &str,
        call_id: &str,
        now: DateTime<Utc>,
    ) -> Result<(u64, Vec<u8>), ServerError> {
        let keys = self.expert_keys(expert_id)?;
        let document: AgencyDocument = serde_json::from_str(
            &self
                .store
                .call_document(call_id)?
                .ok_or_else(|| not_found("call", call_id))?,
        )?;
        let assigned: BTreeSet<ApplicationId> = self
            .store
            .assigned(call_id, expert_id)?
            .into_iter()
            .collect();
        if assigned.is_empty() {
            return Err(ServerError::refused(
                Denial::Forbidden,
                "not-assigned",
                format!("{expert_id} has no assignments in {call_id}"),
            ));
        }
        let content = serde_json::to_vec(&subset(document, expert_id, &assigned))?;
        let sequence = self
            .store
            .latest_bundle(expert_id, call_id)?
            .map_or(1, |(s, _)| s + 1);
        let bundle_id = uuid::Uuid::new_v4().to_string();
        let bytes = bundle::seal(
            &self.keys,
            &keys,
            &BundleInfo {
                bundle_id: bundle_id.clone(),
                call_id: call_id.into(),
                expert_id: expert_id.into(),
                sequence,
                issued_at: now,
                expires_at: now + BUNDLE_VALIDITY,
            },
            &content,
        )?;
        self.store.add_bundle(
            expert_id,
            call_id,
            sequence,
            &bundle_id,
            &bytes,
            &timestamp(now),
        )?;
        Ok((sequence, bytes))
    }

    /// The newest bundle issued to the expert for the call, issuing the first.
    pub fn bundle(
        &mut self,
        expert_id: &str,
        call_id: &str,
        now: DateTime<Utc>,
    ) -> Result<(u64, Vec<u8>), ServerError> {
        match self.store.latest_bundle(expert_id, call_id)? {
            Some(newest) => Ok(newest),
            None => self.issue_bundle(expert_id, call_id, now),
        }
    }

    /// Authenticates a signed request by its headers: the expert's enrolled
    /// key, the clock and a nonce not seen before. The caller reads the body
    /// only afterwards, and checks it against the signed digest.
    pub fn authenticate(
        &self,
        signed: &RequestSignature,
        method: &str,
        path: &str,
        now: DateTime<Utc>,
    ) -> Result<(), ServerError> {
        let keys = self.expert_keys(&signed.expert_id).map_err(|_| {
            ServerError::refused(Denial::Unauthorized, "unknown-expert", "unknown expert")
        })?;
        request::verify(signed, &keys, method, path, now).map_err(|e| {
            ServerError::refused(Denial::Unauthorized, e.code().as_str(), e.to_string())
        })?;
        let forget_before = timestamp(now - MAX_SKEW * 2);
        if !self.store.remember_nonce(
            &signed.expert_id,
            &signed.nonce,
            &timestamp(now),
            &forget_before,
        )? {
            return Err(ServerError::refused(
                Denial::Unauthorized,
                "replayed",
                "this request was already received",
            ));
        }
        Ok(())
    }

    /// Accepts a score package from `expert_id`: idempotent by package id,
    /// verified, in sequence, for applications assigned to them.
    pub fn accept_package(
        &mut self,
        expert_id: &str,
        package_id: &str,
        bytes: &[u8],
        now: DateTime<Utc>,
    ) -> Result<Receipt, ServerError> {
        let bytes_sha256 = hex::encode(Sha256::digest(bytes));
        if let Some(answer) = self.earlier_answer(expert_id, package_id, &bytes_sha256)? {
            return answer;
        }
        let keys = self.expert_keys(expert_id)?;
        let head = self
            .store
            .chain_head(expert_id)?
            .map(|(sequence, digest)| ChainHead { sequence, digest });
        let expert = RegisteredExpert {
            expert_id,
            keys: &keys,
        };
        let placed =
            acceptance::place(bytes, expert, &self.keys, head.as_ref(), Limits::default())?;
        if placed.manifest().package_id != package_id {
            return Err(ServerError::refused(
                Denial::Unprocessable,
                "package-mismatch",
                "the package names another id or expert",
            ));
        }
        let call_id = placed.manifest().call_id.clone();
        let rubrics = self.call_rubrics(&call_id)?;
        let assigned: BTreeSet<ApplicationId> = self
            .store
            .assigned(&call_id, expert_id)?
            .into_iter()
            .collect();
        let judged = placed.judge(rubrics.as_deref().map(|rubrics| CallTerms {
            assigned: &assigned,
            rubrics,
        }));
        let manifest = judged.manifest();
        let receipt = receipt::issue(
            &self.keys,
            package_id,
            expert_id,
            manifest.sequence,
            judged.digest(),
            now,
        );
        // Authentic and in sequence: the package takes its place in the chain
        // even when its content is refused, so it does not block the next.
        let refusal = judged.content().err().cloned();
        self.store.add_package(&PackageRow {
            package_id: package_id.to_owned(),
            expert_id: expert_id.to_owned(),
            call_id: call_id.into_string(),
            sequence: manifest.sequence,
            manifest_digest: judged.digest().to_owned(),
            bytes_sha256,
            bytes: bytes.to_vec(),
            content_json: match judged.content() {
                Ok(content) => serde_json::to_string(content)?,
                Err(_) => "null".to_owned(),
            },
            receipt_json: serde_json::to_string(&receipt)?,
            received_at: timestamp(now),
            refusal: refusal.as_ref().map(serde_json::to_string).transpose()?,
        })?;
        match refusal {
            None => Ok(receipt),
            Some(refusal) => Err(Refusal::Content(refusal).into()),
        }
    }

    /// The rubrics a call's packages are judged by; `None` for a call this
    /// server does not hold.
    fn call_rubrics(&self, call_id: &str) -> Result<Option<Vec<Rubric>>, ServerError> {
        self.store
            .call_rubrics(call_id)?
            .map(|json| serde_json::from_str(&json))
            .transpose()
            .map_err(|e| ServerError::Internal(format!("stored rubrics of {call_id}: {e}")))
    }

    /// The answer given when this package id was received before: the same
    /// receipt (or refusal) for the same bytes from the same expert, a
    /// conflict for anything else. `None` when the id is new.
    pub(crate) fn earlier_answer(
        &self,
        expert_id: &str,
        package_id: &str,
        bytes_sha256: &str,
    ) -> Result<Option<Result<Receipt, ServerError>>, ServerError> {
        let Some(stored) = self.store.package(package_id)? else {
            return Ok(None);
        };
        if stored.bytes_sha256 == bytes_sha256 && stored.expert_id == expert_id {
            return Ok(Some(match stored.refusal {
                None => Ok(serde_json::from_str(&stored.receipt_json)?),
                Some(reason) => Err(Refusal::Content(stored_refusal(&reason)).into()),
            }));
        }
        Ok(Some(Err(ServerError::refused(
            Denial::Conflict,
            "package-id-reused",
            format!("package {package_id} was already received with other content"),
        )
        .with_args(vec![("package", package_id.to_owned())]))))
    }

    /// The staff key file: the agency's keys and every enrolled expert's
    /// public keys, sealed under `passphrase` for a staff member's vault.
    pub fn staff_key(&self, passphrase: &str) -> Result<Vec<u8>, ServerError> {
        let experts: Vec<ExpertKeys> = self
            .store
            .experts()?
            .into_iter()
            .filter_map(|e| {
                let (signing, encryption) = e.keys?;
                Some(ExpertKeys {
                    expert_id: e.id,
                    keys: PublicKeys {
                        signing,
                        encryption,
                    },
                })
            })
            .collect();
        Ok(staff_key::seal(
            &self.keys,
            self.server_url.as_deref(),
            &experts,
            passphrase,
        )?)
    }

    /// The calls the expert is assigned in, with the newest bundle's sequence.
    pub fn expert_calls(&self, expert_id: &str) -> Result<Vec<(String, u64)>, ServerError> {
        self.store.expert_calls(expert_id)
    }

    /// Accepts a package file brought by hand: the expert is the one it names.
    pub fn import_package(
        &mut self,
        bytes: &[u8],
        now: DateTime<Utc>,
    ) -> Result<Receipt, ServerError> {
        // Unverified: only to know whom to verify it against.
        let claimed = package::peek(bytes, Limits::default())?;
        if self.expert_keys(&claimed.expert_id).is_err() {
            return Err(Refusal::UnknownExpert {
                expert: claimed.expert_id,
            }
            .into());
        }
        self.accept_package(&claimed.expert_id, &claimed.package_id, bytes, now)
    }

    pub fn receipt(&self, expert_id: &str, package_id: &str) -> Result<Receipt, ServerError> {
        let stored = self
            .store
            .package(package_id)?
            .filter(|p| p.expert_id == expert_id)
            .ok_or_else(|| not_found("package", package_id))?;
        Ok(serde_json::from_str(&stored.receipt_json)?)
    }

    /// What a staff vault needs to hold the panel of a call as the server
    /// does: every package of every expert who sent one for the call — of
    /// any call, refused content included, since each holds its place in
    /// the expert's chain — as (package id, expert, sequence), by expert and
    /// sequence.
    pub fn call_packages(&self, call_id: &str) -> Result<Vec<(String, String, u64)>, ServerError> {
        let packages = self.store.packages()?;
        let experts: BTreeSet<&str> = packages
            .iter()
            .filter(|p| p.call_id == call_id)
            .map(|p| p.expert_id.as_str())
            .collect();
        // The store lists them by expert and sequence already.
        Ok(packages
            .iter()
            .filter(|p| experts.contains(p.expert_id.as_str()))
            .map(|p| (p.package_id.clone(), p.expert_id.clone(), p.sequence))
            .collect())
    }

    /// A verified package's bytes, for staff.
    pub fn package_bytes(&self, package_id: &str) -> Result<Vec<u8>, ServerError> {
        Ok(self
            .store
            .package(package_id)?
            .ok_or_else(|| not_found("package", package_id))?
            .bytes)
    }

    pub fn progress(&self) -> Result<Vec<ExpertProgress>, ServerError> {
        let packages = self.store.packages()?;
        let mut latest: BTreeMap<(String, String), bool> = BTreeMap::new();
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        for package in packages.iter().filter(|p| p.refusal.is_none()) {
            *counts.entry(package.expert_id.clone()).or_default() += 1;
            let content: PackageContent = serde_json::from_str(&package.content_json)?;
            for sheet in content.sheets {
                latest.insert(
                    (
                        package.expert_id.clone(),
                        sheet.application_id.into_string(),
                    ),
                    sheet.recused,
                );
            }
        }
        let calls: Vec<String> = packages.iter().map(|p| p.call_id.clone()).collect();
        self.store
            .experts()?
            .into_iter()
            .map(|expert| {
                let mut assigned = BTreeSet::new();
                for call in calls.iter().chain(std::iter::once(&String::new())) {
                    assigned.extend(self.store.assigned(call, &expert.id)?);
                }
                let mine = latest.iter().filter(|((e, _), _)| *e == expert.id);
                let recused = mine.clone().filter(|(_, r)| **r).count();
                Ok(ExpertProgress {
                    bundles: self.store.bundles_issued(&expert.id)?,
                    scored: mine.count() - recused,
                    recused,
                    packages: counts.get(&expert.id).copied().unwrap_or_default(),
                    enrolled: expert.keys.is_some(),
                    assigned: assigned.len(),
                    expert_id: expert.id,
                    name: expert.name,
                })
            })
            .collect()
    }

    pub fn add_staff(&self, name: &str, password: &str) -> Result<(), ServerError> {
        use argon2::password_hash::{PasswordHasher as _, SaltString};
        let salt = SaltString::generate(&mut rand::rngs::OsRng);
        let hash = argon2::Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map_err(|e| ServerError::Internal(e.to_string()))?
            .to_string();
        self.store.set_staff(name, &hash)
    }

    /// Whether `password` is the staff member `name`'s; an unknown name
    /// takes as long to refuse.
    pub fn check_staff(&self, name: &str, password: &str) -> Result<bool, ServerError> {
        let stored = self.store.staff_hash(name)?;
        Ok(crate::sign_in::password_holds(stored.as_deref(), password))
    }

    /// The stored hash of a staff member's password, to check off the
    /// agency's lock.
    pub fn staff_hash(&self, name: &str) -> Result<Option<String>, ServerError> {
        self.store.staff_hash(name)
    }
}

/// The part of a call's data one expert receives.
fn subset(
    mut document: AgencyDocument,
    expert_id: &str,
    assigned: &BTreeSet<ApplicationId>,
) -> AgencyDocument {
    document.applications.retain(|a| assigned.contains(&a.id));
    let demands: BTreeSet<DemandId> = document
        .applications
        .iter()
        .map(|a| a.demand_id.clone())
        .collect();
    document.demands.retain(|d| demands.contains(&d.id));
    document
        .attachments
        .retain(|f| assigned.contains(&f.meta.application_id));
    document.experts.retain(|e| e.id == expert_id);
    document.assignments.retain(|a| a.expert_id == expert_id);
    for assignment in &mut document.assignments {
        assignment
            .application_ids
            .retain(|id| assigned.contains(id));
    }
    document
}

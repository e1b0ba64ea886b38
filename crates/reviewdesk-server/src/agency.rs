//! The agency's side of the exchange, as library calls: the HTTP handlers and
//! the admin subcommands are thin adapters over these.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use crate::Denial;
use chrono::{DateTime, Duration, Utc};
use reviewdesk_domain::rubric::Rubric;
use reviewdesk_domain::{AgencyDocument, ApplicationId, CallId, DemandId, ExpertId, PackageId};
use reviewdesk_exchange::acceptance::{self, CallTerms, ChainHead, ContentRefusal, Refusal};
use reviewdesk_exchange::bundle::{self, BundleInfo};
use reviewdesk_exchange::package::RegisteredExpert;
use reviewdesk_exchange::receipt::{self, Receipt};
use reviewdesk_exchange::request::{self, MAX_SKEW, RequestSignature};
use reviewdesk_exchange::staff_key::{self, ExpertKeys};
use reviewdesk_exchange::{ExchangeError, KeyPair, Limits, PublicKeys, package, timestamp};
use serde::Serialize;
use sha2::{Digest as _, Sha256};

use crate::ServerError;
use crate::audit::{self, Actor, AuditEntry, AuditRecord};
use crate::seal::{self, Unseal};
use crate::staff_token::TokenKey;
use crate::store::{Added, BundleRow, CallData, Database, PackageRow, Store};

/// How many audit records are read at a time.
pub const AUDIT_PAGE: usize = 1000;

/// How long an issued bundle stays valid.
pub const BUNDLE_VALIDITY: Duration = Duration::days(60);

/// The agency's operations over its store. Cheap to clone: every request
/// holds its own, and none waits for another's (the store keeps them apart).
#[derive(Debug, Clone)]
pub struct Agency {
    pub(crate) store: Arc<dyn Store>,
    pub(crate) keys: Arc<KeyPair>,
    pub(crate) server_url: Option<String>,
    /// SHA-256 (hex) of the certificate this server answers HTTPS with,
    /// told to experts at enrollment so their apps pin it.
    pub(crate) tls_certificate: Option<String>,
    /// Makes and checks staff sign-in tokens.
    token_key: TokenKey,
}

/// Runs CPU-heavy work (signatures, decryption, Argon2) off the async
/// threads, so one request's work does not hold up the others' I/O.
pub(crate) async fn off_thread<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, ServerError> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| ServerError::Internal(e.to_string()))
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

/// What is kept in the clear of a sheet in an accepted package: whom it is
/// for and whether it is a recusal. Its scores stay sealed in the package.
#[derive(Debug, Serialize, serde::Deserialize)]
struct SheetMark {
    application_id: String,
    recused: bool,
}

impl SheetMark {
    fn of(sheet: &reviewdesk_domain::scores::PackagedSheet) -> Self {
        Self {
            application_id: sheet.application_id.to_string(),
            recused: sheet.recused,
        }
    }
}

/// A content refusal as stored beside its package.
pub(crate) fn stored_refusal(json: &str) -> ContentRefusal {
    serde_json::from_str(json).unwrap_or_else(|_| ContentRefusal::Unreadable {
        detail: json.to_owned(),
    })
}

pub(crate) fn not_found(what: &str, id: &str) -> ServerError {
    ServerError::refused(Denial::NotFound, "not-found", format!("no {what} {id}"))
}

impl Agency {
    /// Opens the database, creating the agency's keys the first time,
    /// sealed as `unseal` opens them.
    pub async fn open_or_init(
        database: &Database,
        server_url: Option<&str>,
        unseal: &Unseal,
    ) -> Result<Self, ServerError> {
        let store = database.open().await?;
        match store.agency().await? {
            None => {
                let secret = KeyPair::generate().to_secret_text();
                let sealed = seal::seal(&secret, unseal)?;
                store.set_agency(&sealed, server_url).await?;
                let entry = AuditEntry::new(Utc::now(), &Actor::Admin, "initialized", "", "");
                store.append_audit(&entry).await?;
            }
            Some((secret, _)) if server_url.is_some() => {
                store.set_agency(&secret, server_url).await?;
            }
            Some(_) => {}
        }
        Self::over(store, database, unseal).await
    }

    /// Opens an initialized database, unsealing the agency's keys.
    pub async fn open(database: &Database, unseal: &Unseal) -> Result<Self, ServerError> {
        Self::over(database.open().await?, database, unseal).await
    }

    async fn over(
        store: Arc<dyn Store>,
        database: &Database,
        unseal: &Unseal,
    ) -> Result<Self, ServerError> {
        let (stored, server_url) = store.agency().await?.ok_or_else(|| {
            ServerError::Internal(format!("{database} is not initialized; run init"))
        })?;
        let secret = seal::unseal(&stored, unseal)?;
        let keys = KeyPair::from_secret_text(&secret)
            .map_err(|e| ServerError::Internal(format!("agency keys: {e}")))?;
        if !seal::is_sealed(&stored) {
            // A database from before sealing: sealed from now on.
            let entry = AuditEntry::new(Utc::now(), &Actor::Admin, "keys-sealed", "", "");
            store
                .seal_agency_keys(&seal::seal(&secret, unseal)?, &entry)
                .await?;
        }
        Ok(Self {
            store,
            keys: Arc::new(keys),
            server_url,
            tls_certificate: None,
            token_key: TokenKey::derive(&secret),
        })
    }

    /// The same agency, answering HTTPS with the certificate whose SHA-256
    /// (hex) is `fingerprint`.
    #[must_use]
    pub fn with_tls_certificate(mut self, fingerprint: String) -> Self {
        self.tls_certificate = Some(fingerprint);
        self
    }

    pub fn public_keys(&self) -> PublicKeys {
        self.keys.public()
    }

    /// Loads (or reloads) a call from an agency data document, with its
    /// experts and assignments.
    pub async fn load_call(
        &self,
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
        let assignments: Vec<(String, String)> = assignments.into_iter().collect();
        let call = CallData {
            call_id: &validated.call.id,
            document_json: &serde_json::to_string(&document)?,
            rubrics_json: &serde_json::to_string(&validated.rubrics)?,
            experts: &experts,
            assignments: &assignments,
        };
        let detail = format!(
            "{} applications, {} experts",
            validated.applications.len(),
            experts.len()
        );
        let entry = AuditEntry::new(
            now,
            &Actor::Admin,
            "call-loaded",
            &validated.call.id,
            &detail,
        );
        self.store.load_call(call, &timestamp(now), &entry).await?;
        Ok(LoadReport {
            call_id: validated.call.id,
            applications: validated.applications.len(),
            experts: experts.len(),
        })
    }

    /// Sets exactly which applications of a call an expert reviews. Every id
    /// must be an application of the call; the next bundle carries them.
    pub async fn assign(
        &self,
        call_id: &CallId,
        expert_id: &ExpertId,
        applications: &[String],
    ) -> Result<(), ServerError> {
        self.store
            .expert(expert_id)
            .await?
            .ok_or_else(|| not_found("expert", expert_id))?;
        let document: AgencyDocument = serde_json::from_str(
            &self
                .store
                .call_document(call_id)
                .await?
                .ok_or_else(|| not_found("call", call_id))?,
        )?;
        if let Some(unknown) = applications
            .iter()
            .find(|id| !document.applications.iter().any(|a| &a.id == *id))
        {
            return Err(not_found("application", unknown));
        }
        let entry = AuditEntry::new(
            Utc::now(),
            &Actor::Admin,
            "assigned",
            expert_id,
            &format!("{call_id}: {}", applications.join(",")),
        );
        Ok(self
            .store
            .set_assignments(call_id, expert_id, applications, &entry)
            .await?)
    }

    /// Seals a new bundle of the call for the expert: only the applications
    /// assigned to them, with their demands and attachments.
    pub async fn issue_bundle(
        &self,
        expert_id: &ExpertId,
        call_id: &CallId,
        now: DateTime<Utc>,
    ) -> Result<(u64, Vec<u8>), ServerError> {
        self.issue_bundle_for(&Actor::Admin, expert_id, call_id, now)
            .await
    }

    async fn issue_bundle_for(
        &self,
        actor: &Actor,
        expert_id: &ExpertId,
        call_id: &CallId,
        now: DateTime<Utc>,
    ) -> Result<(u64, Vec<u8>), ServerError> {
        let keys = self.expert_keys(expert_id).await?;
        let document: AgencyDocument = serde_json::from_str(
            &self
                .store
                .call_document(call_id)
                .await?
                .ok_or_else(|| not_found("call", call_id))?,
        )?;
        let assigned: BTreeSet<ApplicationId> = self
            .store
            .assigned(call_id, expert_id)
            .await?
            .into_iter()
            .collect();
        if assigned.is_empty() {
            return Err(ServerError::refused(
                Denial::Forbidden,
                "not-assigned",
                format!("{expert_id} has no assignments in {call_id}"),
            ));
        }
        let mut document = subset(document, expert_id, &assigned);
        if !self.store.revoked_keys(expert_id).await?.is_empty() {
            // Enrolled again: the new vault gets back what the lost one sent.
            document.submitted = self.submitted_sheets(expert_id, call_id).await?;
            document
                .submitted
                .retain(|sheet| assigned.contains(&sheet.application_id));
        }
        let content = serde_json::to_vec(&document)?;
        let sequence = self
            .store
            .latest_bundle(expert_id, call_id)
            .await?
            .map_or(1, |(s, _)| s + 1);
        let bundle_id = uuid::Uuid::new_v4().to_string();
        let info = BundleInfo {
            bundle_id: bundle_id.clone(),
            call_id: call_id.into(),
            expert_id: expert_id.into(),
            sequence,
            issued_at: now,
            expires_at: now + BUNDLE_VALIDITY,
        };
        let agency = Arc::clone(&self.keys);
        let bytes = off_thread(move || bundle::seal(&agency, &keys, &info, &content)).await??;
        let issued_at = timestamp(now);
        let bundle = BundleRow {
            expert_id,
            call_id,
            sequence,
            bundle_id: &bundle_id,
            bytes: &bytes,
            issued_at: &issued_at,
        };
        let entry = AuditEntry::new(
            now,
            actor,
            "bundle-issued",
            expert_id,
            &format!("{call_id} #{sequence}"),
        );
        if !self.store.add_bundle(bundle, &entry).await? {
            // Another request issued this sequence first: that bundle is the newest.
            return Box::pin(self.bundle(expert_id, call_id, now)).await;
        }
        Ok((sequence, bytes))
    }

    /// The newest bundle issued to the expert for the call, issuing the
    /// first — or another, when the newest was sealed for a key the expert
    /// no longer has (they were enrolled again).
    pub async fn bundle(
        &self,
        expert_id: &ExpertId,
        call_id: &CallId,
        now: DateTime<Utc>,
    ) -> Result<(u64, Vec<u8>), ServerError> {
        if let Some((sequence, bytes)) = self.store.latest_bundle(expert_id, call_id).await? {
            let current = self.expert_keys(expert_id).await?.encryption;
            if bundle::sealed_for(&bytes, Limits::default())? == current {
                return Ok((sequence, bytes));
            }
        }
        let actor = Actor::Expert(expert_id.to_string());
        self.issue_bundle_for(&actor, expert_id, call_id, now).await
    }

    /// Authenticates a signed request by its headers: the expert's enrolled
    /// key, the clock and a nonce not seen before. The caller reads the body
    /// only afterwards, and checks it against the signed digest.
    pub async fn authenticate(
        &self,
        signed: &RequestSignature,
        method: &str,
        path: &str,
        now: DateTime<Utc>,
    ) -> Result<(), ServerError> {
        let keys = match self.expert_keys(&signed.expert_id).await {
            Err(ServerError::Refused { .. }) => None,
            other => Some(other?),
        };
        let verified = match keys {
            Some(keys) => {
                let (checked, method, path) = (signed.clone(), method.to_owned(), path.to_owned());
                off_thread(move || request::verify(&checked, &keys, &method, &path, now))
                    .await?
                    .map_err(|e| {
                        ServerError::refused(Denial::Unauthorized, e.code().as_str(), e.to_string())
                    })
            }
            None => Err(ServerError::refused(
                Denial::Unauthorized,
                "unknown-expert",
                "unknown expert",
            )),
        };
        if let Err(refusal) = verified {
            // A vault whose key was revoked is told so, to stop retrying.
            return Err(
                if self
                    .signed_by_revoked_key(signed, method, path, now)
                    .await?
                {
                    ServerError::refused(
                        Denial::Unauthorized,
                        "key-revoked",
                        "this device's key was revoked: the expert was enrolled again",
                    )
                } else {
                    refusal
                },
            );
        }
        let forget_before = timestamp(now - MAX_SKEW * 2);
        if !self
            .store
            .remember_nonce(
                &signed.expert_id,
                &signed.nonce,
                &timestamp(now),
                &forget_before,
            )
            .await?
        {
            return Err(ServerError::refused(
                Denial::Unauthorized,
                "replayed",
                "this request was already received",
            ));
        }
        Ok(())
    }

    /// Whether `signed` verifies with one of the expert's revoked keys.
    async fn signed_by_revoked_key(
        &self,
        signed: &RequestSignature,
        method: &str,
        path: &str,
        now: DateTime<Utc>,
    ) -> Result<bool, ServerError> {
        let revoked = self.store.revoked_keys(&signed.expert_id).await?;
        if revoked.is_empty() {
            return Ok(false);
        }
        let (checked, method, path) = (signed.clone(), method.to_owned(), path.to_owned());
        off_thread(move || {
            revoked.into_iter().any(|row| {
                let keys = PublicKeys {
                    signing: row.signing,
                    encryption: row.encryption,
                };
                request::verify(&checked, &keys, &method, &path, now).is_ok()
            })
        })
        .await
    }

    /// Accepts a score package from `expert_id`: idempotent by package id,
    /// verified, in sequence, for applications assigned to them.
    pub async fn accept_package(
        &self,
        expert_id: &ExpertId,
        package_id: &PackageId,
        bytes: &[u8],
        now: DateTime<Utc>,
    ) -> Result<Receipt, ServerError> {
        let bytes_sha256 = hex::encode(Sha256::digest(bytes));
        let answer = self
            .place_package(expert_id, package_id, bytes, &bytes_sha256, now)
            .await;
        // A package stored with its refusal was recorded with it (and a
        // repeat of it changes nothing); one refused outright is recorded
        // here. One that came early is not refused yet.
        if let Err(error @ ServerError::Refused { .. }) = &answer
            && !self
                .store
                .package(package_id)
                .await?
                .is_some_and(|p| p.expert_id == expert_id && p.bytes_sha256 == bytes_sha256)
        {
            let entry = AuditEntry::new(
                now,
                &Actor::Expert(expert_id.to_string()),
                "package-refused",
                package_id,
                error.code(),
            );
            self.store.append_audit(&entry).await?;
        }
        answer
    }

    async fn place_package(
        &self,
        expert_id: &ExpertId,
        package_id: &PackageId,
        bytes: &[u8],
        bytes_sha256: &str,
        now: DateTime<Utc>,
    ) -> Result<Receipt, ServerError> {
        if let Some(answer) = self
            .earlier_answer(expert_id, package_id, bytes_sha256)
            .await?
        {
            return answer;
        }
        let history = self.key_history(expert_id).await?;
        if history.is_empty() {
            // Never enrolled: the same answer as for its requests.
            self.expert_keys(expert_id).await?;
        }
        let head = self
            .store
            .chain_head(expert_id)
            .await?
            .map(|(sequence, digest)| ChainHead { sequence, digest });
        let (agency, sent, expert) = (
            Arc::clone(&self.keys),
            bytes.to_vec(),
            expert_id.to_string(),
        );
        let placed = off_thread(move || {
            let expert = RegisteredExpert {
                expert_id: &expert,
                keys: &history,
            };
            acceptance::place(&sent, expert, &agency, head.as_ref(), Limits::default())
        })
        .await?;
        let placed = match placed {
            Ok(placed) => placed,
            // The same package, sent twice at once, may have taken the place.
            Err(fork @ Refusal::Fork { .. }) => {
                return self
                    .answered_meanwhile(expert_id, package_id, bytes_sha256, fork.into())
                    .await;
            }
            Err(refusal) => return Err(refusal.into()),
        };
        if placed.manifest().package_id != package_id {
            return Err(ServerError::refused(
                Denial::Unprocessable,
                "package-mismatch",
                "the package names another id or expert",
            ));
        }
        let call_id = placed.manifest().call_id.clone();
        let rubrics = self.call_rubrics(&call_id).await?;
        let assigned: BTreeSet<ApplicationId> = self
            .store
            .assigned(&call_id, expert_id)
            .await?
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
        let row = PackageRow {
            package_id: package_id.to_string(),
            expert_id: expert_id.to_string(),
            call_id: call_id.into_string(),
            sequence: manifest.sequence,
            manifest_digest: judged.digest().to_owned(),
            bytes_sha256: bytes_sha256.to_owned(),
            bytes: bytes.to_vec(),
            sheets_json: serde_json::to_string(&match judged.content() {
                Ok(content) => content.sheets.iter().map(SheetMark::of).collect(),
                Err(_) => Vec::new(),
            })?,
            receipt_json: serde_json::to_string(&receipt)?,
            received_at: timestamp(now),
            refusal: refusal.as_ref().map(serde_json::to_string).transpose()?,
        };
        let (action, detail) = match &refusal {
            None => ("package-accepted", format!("#{}", manifest.sequence)),
            Some(refusal) => ("package-refused", refusal.code().as_str().to_owned()),
        };
        let entry = AuditEntry::new(
            now,
            &Actor::Expert(expert_id.to_string()),
            action,
            package_id,
            &detail,
        );
        match self
            .store
            .add_package(&row, &manifest.expert_key, &entry)
            .await?
        {
            Added::Stored => {}
            // The key was revoked while the package was being checked.
            Added::KeyRevoked => {
                return Err(Refusal::Exchange(ExchangeError::RevokedKey {
                    sequence: manifest.sequence,
                })
                .into());
            }
            // The same package, or another, took the place meanwhile.
            Added::IdTaken | Added::PlaceTaken => {
                let fork = Refusal::Fork {
                    expert: manifest.expert_id.clone(),
                    sequence: manifest.sequence,
                    head: manifest.sequence,
                };
                return self
                    .answered_meanwhile(expert_id, package_id, bytes_sha256, fork.into())
                    .await;
            }
        }
        match refusal {
            None => Ok(receipt),
            Some(refusal) => Err(Refusal::Content(refusal).into()),
        }
    }

    /// The answer for a package that lost a race for its place: the stored
    /// answer when the same package won it (sent twice at once, or to two
    /// servers), else `refusal`.
    async fn answered_meanwhile(
        &self,
        expert_id: &ExpertId,
        package_id: &PackageId,
        bytes_sha256: &str,
        refusal: ServerError,
    ) -> Result<Receipt, ServerError> {
        match self
            .earlier_answer(expert_id, package_id, bytes_sha256)
            .await?
        {
            Some(answer) => answer,
            None => Err(refusal),
        }
    }

    /// The rubrics a call's packages are judged by; `None` for a call this
    /// server does not hold.
    async fn call_rubrics(&self, call_id: &CallId) -> Result<Option<Vec<Rubric>>, ServerError> {
        self.store
            .call_rubrics(call_id)
            .await?
            .map(|json| serde_json::from_str(&json))
            .transpose()
            .map_err(|e| ServerError::Internal(format!("stored rubrics of {call_id}: {e}")))
    }

    /// The answer given when this package id was received before: the same
    /// receipt (or refusal) for the same bytes from the same expert, a
    /// conflict for anything else. `None` when the id is new.
    pub(crate) async fn earlier_answer(
        &self,
        expert_id: &ExpertId,
        package_id: &PackageId,
        bytes_sha256: &str,
    ) -> Result<Option<Result<Receipt, ServerError>>, ServerError> {
        let Some(stored) = self.store.package(package_id).await? else {
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
        .with_args(vec![("package", package_id.to_string())]))))
    }

    /// The staff key file: the agency's keys, every enrolled expert's key
    /// history and how to reach this server (its address, and the
    /// certificate to pin when it answers HTTPS), sealed under `passphrase`
    /// for a staff member's vault.
    pub async fn staff_key(&self, passphrase: &str) -> Result<Vec<u8>, ServerError> {
        let mut experts = Vec::new();
        for expert in self.store.experts().await? {
            let expert_id = ExpertId::from(expert.id);
            let keys = self.key_history(&expert_id).await?;
            if !keys.is_empty() {
                experts.push(ExpertKeys { expert_id, keys });
            }
        }
        let agency = Arc::clone(&self.keys);
        let server = staff_key::Server {
            url: self.server_url.clone(),
            tls_certificate: self.tls_certificate.clone(),
        };
        let passphrase = zeroize::Zeroizing::new(passphrase.to_owned());
        Ok(off_thread(move || staff_key::seal(&agency, &server, &experts, &passphrase)).await??)
    }

    /// The calls the expert is assigned in, with the newest bundle's sequence.
    pub async fn expert_calls(
        &self,
        expert_id: &ExpertId,
    ) -> Result<Vec<(String, u64)>, ServerError> {
        Ok(self.store.expert_calls(expert_id).await?)
    }

    /// Accepts a package file brought by hand: the expert is the one it names.
    pub async fn import_package(
        &self,
        bytes: &[u8],
        now: DateTime<Utc>,
    ) -> Result<Receipt, ServerError> {
        // Unverified: only to know whom to verify it against.
        let claimed = package::peek(bytes, Limits::default())?;
        let enrolled = match self.key_history(&claimed.expert_id).await {
            Ok(history) => !history.is_empty(),
            Err(_) => false,
        };
        if !enrolled {
            return Err(Refusal::UnknownExpert {
                expert: claimed.expert_id,
            }
            .into());
        }
        self.accept_package(&claimed.expert_id, &claimed.package_id, bytes, now)
            .await
    }

    /// A package a staff member forwards — taken at a panel meeting's hub
    /// on the expert's behalf — accepted as [`Self::import_package`]: the
    /// expert's signature is what authenticates it, and a package already
    /// received gets its stored answer, so it is accepted once. On record
    /// as forwarded by `staff`.
    pub async fn forward_package_by(
        &self,
        staff: &Actor,
        package_id: &PackageId,
        bytes: &[u8],
        now: DateTime<Utc>,
    ) -> Result<Receipt, ServerError> {
        let claimed = package::peek(bytes, Limits::default())?;
        if claimed.package_id != *package_id {
            return Err(ServerError::refused(
                Denial::Unprocessable,
                "package-mismatch",
                "the package names another id or expert",
            ));
        }
        let receipt = self.import_package(bytes, now).await?;
        self.record(staff, "package-forwarded", package_id, &claimed.expert_id)
            .await?;
        Ok(receipt)
    }

    pub async fn receipt(
        &self,
        expert_id: &ExpertId,
        package_id: &PackageId,
    ) -> Result<Receipt, ServerError> {
        let stored = self
            .store
            .package(package_id)
            .await?
            .filter(|p| p.expert_id == expert_id)
            .ok_or_else(|| not_found("package", package_id))?;
        Ok(serde_json::from_str(&stored.receipt_json)?)
    }

    /// What a staff vault needs to hold the panel of a call as the server
    /// does: every package of every expert who sent one for the call — of
    /// any call, refused content included, since each holds its place in
    /// the expert's chain — as (package id, expert, sequence), by expert and
    /// sequence.
    pub async fn call_packages(
        &self,
        call_id: &CallId,
    ) -> Result<Vec<(String, String, u64)>, ServerError> {
        let packages = self.store.package_summaries().await?;
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
    pub async fn package_bytes(&self, package_id: &PackageId) -> Result<Vec<u8>, ServerError> {
        Ok(self
            .store
            .package(package_id)
            .await?
            .ok_or_else(|| not_found("package", package_id))?
            .bytes)
    }

    pub async fn progress(&self) -> Result<Vec<ExpertProgress>, ServerError> {
        let packages = self.store.package_summaries().await?;
        let mut latest: BTreeMap<(String, String), bool> = BTreeMap::new();
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        for package in packages.iter().filter(|p| p.refusal.is_none()) {
            *counts.entry(package.expert_id.clone()).or_default() += 1;
            let sheets: Vec<SheetMark> = serde_json::from_str(&package.sheets_json)?;
            for sheet in sheets {
                latest.insert(
                    (package.expert_id.clone(), sheet.application_id),
                    sheet.recused,
                );
            }
        }
        let mut progress = Vec::new();
        for expert in self.store.experts().await? {
            let mine = latest.iter().filter(|((e, _), _)| *e == expert.id);
            let recused = mine.clone().filter(|(_, r)| **r).count();
            progress.push(ExpertProgress {
                bundles: self.store.bundles_issued(&expert.id).await?,
                scored: mine.count() - recused,
                recused,
                packages: counts.get(&expert.id).copied().unwrap_or_default(),
                enrolled: expert.keys.is_some(),
                assigned: self.store.assignments_of(&expert.id).await?,
                expert_id: expert.id,
                name: expert.name,
            });
        }
        Ok(progress)
    }

    pub async fn add_staff(&self, name: &str, password: &str) -> Result<(), ServerError> {
        use argon2::password_hash::{PasswordHasher as _, SaltString};
        let password = zeroize::Zeroizing::new(password.to_owned());
        let hash = off_thread(move || {
            let salt = SaltString::generate(&mut rand::rngs::OsRng);
            argon2::Argon2::default()
                .hash_password(password.as_bytes(), &salt)
                .map(|hash| hash.to_string())
                .map_err(|e| ServerError::Internal(e.to_string()))
        })
        .await??;
        let entry = AuditEntry::new(Utc::now(), &Actor::Admin, "staff-added", name, "");
        Ok(self.store.set_staff(name, &hash, &entry).await?)
    }

    /// Whether the database answers.
    pub async fn healthy(&self) -> Result<(), ServerError> {
        Ok(self.store.ping().await?)
    }

    /// Writes a consistent copy of the database to `path` while serving.
    pub async fn backup(&self, path: &std::path::Path) -> Result<(), ServerError> {
        self.store.backup_to(path).await?;
        let entry = AuditEntry::new(
            Utc::now(),
            &Actor::Admin,
            "backup-written",
            &path.display().to_string(),
            "",
        );
        Ok(self.store.append_audit(&entry).await?)
    }

    /// Every expert's progress, as `reader` (staff or admin) reads it: the
    /// read is on record.
    pub async fn progress_read_by(
        &self,
        reader: &Actor,
    ) -> Result<Vec<ExpertProgress>, ServerError> {
        let progress = self.progress().await?;
        self.record(reader, "progress-read", "", "").await?;
        Ok(progress)
    }

    /// [`Agency::call_packages`], read by `reader`, on record.
    pub async fn call_packages_read_by(
        &self,
        reader: &Actor,
        call_id: &CallId,
    ) -> Result<Vec<(String, String, u64)>, ServerError> {
        let packages = self.call_packages(call_id).await?;
        self.record(reader, "packages-listed", call_id, "").await?;
        Ok(packages)
    }

    /// A package's bytes, downloaded by `reader`, on record.
    pub async fn package_bytes_read_by(
        &self,
        reader: &Actor,
        package_id: &PackageId,
    ) -> Result<Vec<u8>, ServerError> {
        let bytes = self.package_bytes(package_id).await?;
        self.record(reader, "package-downloaded", package_id, "")
            .await?;
        Ok(bytes)
    }

    /// Records an action that changes nothing the agency holds: a staff
    /// member's sign-in or download, an admin's export.
    pub async fn record(
        &self,
        actor: &Actor,
        action: &str,
        subject: &str,
        detail: &str,
    ) -> Result<(), ServerError> {
        let entry = AuditEntry::new(Utc::now(), actor, action, subject, detail);
        Ok(self.store.append_audit(&entry).await?)
    }

    /// Checks the whole audit log, page by page: how many entries it holds
    /// and the newest one's hash, or where the chain breaks.
    pub async fn verify_audit(&self) -> Result<Option<(u64, String)>, ServerError> {
        let mut head = None;
        loop {
            let after = head.as_ref().map_or(0, |(seq, _)| *seq);
            let page = self.store.audit_page(after, AUDIT_PAGE).await?;
            if page.is_empty() {
                return Ok(head);
            }
            audit::verify_page(&mut head, &page).map_err(|broken| {
                ServerError::refused(Denial::Conflict, "audit-broken", broken.to_string())
                    .with_args(vec![("entry", broken.seq().to_string())])
            })?;
        }
    }

    /// Up to `limit` audit records after number `after`, in order.
    pub async fn audit_page(
        &self,
        after: u64,
        limit: usize,
    ) -> Result<Vec<AuditRecord>, ServerError> {
        Ok(self.store.audit_page(after, limit).await?)
    }

    /// The stored hash of a staff member's password, for sign-in to check.
    pub async fn staff_hash(&self, name: &str) -> Result<Option<String>, ServerError> {
        Ok(self.store.staff_hash(name).await?)
    }

    /// A staff member signed in from `client` (their password held against
    /// `password_hash`): the token that stands for the password until
    /// `lifetime` has passed, and when that is. On record.
    pub async fn staff_signed_in(
        &self,
        name: &str,
        password_hash: &str,
        client: &str,
        lifetime: std::time::Duration,
    ) -> Result<(String, DateTime<Utc>), ServerError> {
        let lifetime =
            Duration::from_std(lifetime).map_err(|e| ServerError::Internal(e.to_string()))?;
        let expires = Utc::now() + lifetime;
        let token = self.token_key.issue(name, password_hash, expires);
        self.record(&Actor::Staff(name.to_owned()), "staff-sign-in", client, "")
            .await?;
        Ok((token, expires))
    }

    /// The staff member a sign-in token stands for, while it holds: not
    /// expired, and issued under the password the account has now.
    pub async fn staff_by_token(&self, token: &str) -> Result<Actor, ServerError> {
        let refused = |code: &'static str, message: &str| {
            ServerError::refused(Denial::Unauthorized, code, message.to_owned())
        };
        let (claimed, tag) = TokenKey::claimed(token)
            .ok_or_else(|| refused("staff-only", "staff credentials are required"))?;
        let now = Utc::now();
        if now >= claimed.expires {
            return Err(refused(
                "staff-token-expired",
                "the staff sign-in has expired; sign in again",
            ));
        }
        let hash = self.store.staff_hash(&claimed.name).await?;
        match hash {
            Some(hash) if self.token_key.holds(&claimed, &tag, &hash, now) => {
                Ok(Actor::Staff(claimed.name))
            }
            _ => Err(refused("staff-only", "staff credentials are required")),
        }
    }
}

/// The part of a call's data one expert receives.
fn subset(
    mut document: AgencyDocument,
    expert_id: &ExpertId,
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

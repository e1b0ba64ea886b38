//! Sync with the agency server, made for links that drop: the expert's
//! queued packages are delivered in sequence, each retried with exponential
//! backoff and full jitter while the failure is one that retrying can cure
//! (no connection, a cut, a 5xx, "an earlier package has not arrived"); a
//! package the server refuses for good is reported so the caller can
//! quarantine it, and the next one goes on. A package larger than
//! [`SyncPolicy::resumable_above`] goes up in parts and resumes from the
//! server's offset after a cut; bundles come down with HTTP ranges, resuming
//! after a cut.
//!
//! The session is not held while the network is slow: the caller takes a
//! [`SyncPlan`] from the vault, runs [`deliver`] / [`fetch_bundles`], and
//! records the results.

use std::ops::DerefMut;
use std::time::Duration;

use chrono::Utc;
use reviewdesk_core::outbox::{Delivery, QueuedPackage, SyncPlan};
use reviewdesk_core::{CoreError, IdentityView, Session};
use reviewdesk_exchange::receipt::{self, Receipt};
use reviewdesk_exchange::request;
use reviewdesk_exchange::upload::{UploadCommit, UploadStatus};

/// How hard to try before giving up for this run, and how to send.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SyncPolicy {
    /// Failures in a row (without progress) before the run gives up.
    pub attempts: u32,
    pub base: Duration,
    pub cap: Duration,
    /// Per-request timeout, so a stalled link fails and is retried.
    pub timeout: Duration,
    /// Packages larger than this many bytes are uploaded in parts.
    pub resumable_above: usize,
    /// The size of one part.
    pub part_bytes: usize,
}

impl Default for SyncPolicy {
    fn default() -> Self {
        Self {
            attempts: 8,
            base: Duration::from_millis(250),
            cap: Duration::from_secs(30),
            timeout: Duration::from_secs(60),
            resumable_above: 256 << 10,
            part_bytes: 64 << 10,
        }
    }
}

impl SyncPolicy {
    /// Full jitter: a random wait between zero and the capped exponential.
    pub fn delay(&self, attempt: u32) -> Duration {
        let ceiling = self
            .base
            .saturating_mul(2u32.saturating_pow(attempt.min(20)))
            .min(self.cap);
        ceiling.mul_f64(rand::random::<f64>())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SyncError {
    /// Worth trying again later: the network, the server's load, ordering.
    #[error("{0}")]
    Retryable(String),
    /// Trying again cannot help; `code` is the server's reason.
    #[error("{code}: {message}")]
    Refused { code: String, message: String },
}

impl From<SyncError> for CoreError {
    /// As the expert reads it: the server could not be reached (with why), or
    /// it refused (with its code and reason).
    fn from(error: SyncError) -> Self {
        match error {
            SyncError::Retryable(why) => {
                CoreError::new("sync-unreachable", why.clone()).with("detail", why)
            }
            SyncError::Refused { code, message } => CoreError::new("sync-refused", message.clone())
                .with("code", code)
                .with("detail", message),
        }
    }
}

/// What a delivery run did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DeliveryReport {
    pub delivered: usize,
    pub refused: usize,
    /// Packages left queued (the run stopped at the first that kept failing).
    pub pending: usize,
    pub last_error: Option<String>,
}

struct Client<'a> {
    http: reqwest::Client,
    plan: &'a SyncPlan,
}

impl Client<'_> {
    async fn send(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Vec<u8>,
        range: Option<usize>,
    ) -> Result<(u16, reqwest::header::HeaderMap, Vec<u8>), SyncError> {
        let signature = request::sign(
            &self.plan.keys,
            &self.plan.expert_id,
            method.as_str(),
            path,
            &body,
            Utc::now(),
        );
        let url = format!("{}{path}", self.plan.server.trim_end_matches('/'));
        let mut builder = self.http.request(method, url).body(body);
        for (name, value) in signature.headers() {
            builder = builder.header(name, value);
        }
        if let Some(start) = range {
            builder = builder.header(reqwest::header::RANGE, format!("bytes={start}-"));
        }
        let response = builder
            .send()
            .await
            .map_err(|e| SyncError::Retryable(e.to_string()))?;
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let bytes = response
            .bytes()
            .await
            .map_err(|e| SyncError::Retryable(e.to_string()))?;
        Ok((status, headers, bytes.to_vec()))
    }

    /// Classifies an error answer by the server's own `retryable` flag, or by
    /// status when the body is not the server's (a proxy, a cut).
    fn failure(status: u16, body: &[u8]) -> SyncError {
        let parsed: Option<serde_json::Value> = serde_json::from_slice(body).ok();
        let field = |name: &str| {
            parsed
                .as_ref()
                .and_then(|v| v[name].as_str().map(str::to_owned))
                .unwrap_or_default()
        };
        let retryable = parsed
            .as_ref()
            .and_then(|v| v["retryable"].as_bool())
            .unwrap_or(status >= 500 || status == 408 || status == 429);
        if retryable {
            SyncError::Retryable(format!("HTTP {status} {}", field("code")))
        } else {
            SyncError::Refused {
                code: field("code"),
                message: field("message"),
            }
        }
    }

    /// Sends the package in one request; the answer is its receipt.
    async fn upload(&self, package: &QueuedPackage) -> Result<String, SyncError> {
        let path = format!("/v1/packages/{}", package.package_id);
        let (status, _, body) = self
            .send(reqwest::Method::PUT, &path, package.bytes.clone(), None)
            .await?;
        if status != 200 {
            return Err(Self::failure(status, &body));
        }
        Self::checked_receipt(package, &body, self.plan)
    }

    /// One pass of a piecewise upload: asks the server where it stands,
    /// sends the parts from there and commits. A cut ends the pass; the next
    /// pass resumes from the server's offset. `progress` hears each offset
    /// the server confirms.
    async fn upload_in_parts(
        &self,
        package: &QueuedPackage,
        part_bytes: usize,
        progress: &mut impl FnMut(u64),
    ) -> Result<String, SyncError> {
        let base = format!("/v1/packages/{}/upload", package.package_id);
        let status: UploadStatus = self.json(reqwest::Method::GET, &base, vec![]).await?;
        let total = package.bytes.len();
        let mut offset = usize::try_from(status.offset).unwrap_or(usize::MAX);
        if offset > total {
            // Not parts of these bytes: the commit clears them.
            offset = total;
        }
        if !status.received {
            while offset < total {
                let end = offset.saturating_add(part_bytes.max(1)).min(total);
                let part = package.bytes[offset..end].to_vec();
                let path = format!("{base}?offset={offset}");
                let confirmed: UploadStatus =
                    self.json(reqwest::Method::PATCH, &path, part).await?;
                offset = usize::try_from(confirmed.offset).unwrap_or(usize::MAX);
                progress(confirmed.offset);
            }
        }
        let commit = serde_json::to_vec(&UploadCommit::of(&package.bytes))
            .map_err(|e| SyncError::Retryable(e.to_string()))?;
        let path = format!("{base}/commit");
        let (status, _, body) = self
            .send(reqwest::Method::POST, &path, commit, None)
            .await?;
        if status != 200 {
            return Err(Self::failure(status, &body));
        }
        Self::checked_receipt(package, &body, self.plan)
    }

    /// A signed request whose 200 answer is JSON.
    async fn json<T: serde::de::DeserializeOwned>(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Vec<u8>,
    ) -> Result<T, SyncError> {
        let (status, _, answer) = self.send(method, path, body, None).await?;
        if status != 200 {
            return Err(Self::failure(status, &answer));
        }
        serde_json::from_slice(&answer).map_err(|e| SyncError::Retryable(e.to_string()))
    }

    fn checked_receipt(
        package: &QueuedPackage,
        body: &[u8],
        plan: &SyncPlan,
    ) -> Result<String, SyncError> {
        // A receipt that does not hold is treated as no answer: send again.
        let receipt: Receipt = serde_json::from_slice(body)
            .map_err(|e| SyncError::Retryable(format!("receipt: {e}")))?;
        receipt::verify(
            &receipt,
            &plan.agency,
            &package.package_id,
            &package.manifest_digest,
        )
        .map_err(|e| SyncError::Retryable(format!("receipt: {e}")))?;
        Ok(String::from_utf8_lossy(body).into_owned())
    }
}

fn client<'a>(plan: &'a SyncPlan, policy: &SyncPolicy) -> Client<'a> {
    Client {
        http: reqwest::Client::builder()
            .timeout(policy.timeout)
            .connect_timeout(policy.timeout.min(Duration::from_secs(15)))
            .build()
            .unwrap_or_default(),
        plan,
    }
}

/// Delivers the plan's packages in order. `record` is called as each ends
/// (delivered or refused), so progress survives a crash mid-run.
pub async fn deliver(
    plan: &SyncPlan,
    policy: SyncPolicy,
    mut record: impl FnMut(&QueuedPackage, &Delivery),
) -> DeliveryReport {
    let client = client(plan, &policy);
    let mut report = DeliveryReport::default();
    for (index, package) in plan.packages.iter().enumerate() {
        let mut attempt = 0;
        let in_parts = package.bytes.len() > policy.resumable_above;
        let outcome = loop {
            let mut advanced = false;
            let sent = if in_parts {
                client
                    .upload_in_parts(package, policy.part_bytes, &mut |_| advanced = true)
                    .await
            } else {
                client.upload(package).await
            };
            if advanced {
                // Bytes got through: the link works, only slowly or briefly.
                attempt = 0;
            }
            match sent {
                Ok(receipt) => break Some(Delivery::Delivered { receipt }),
                Err(SyncError::Refused { code, message }) => {
                    break Some(Delivery::Refused {
                        reason: format!("{code}: {message}"),
                    });
                }
                Err(SyncError::Retryable(why)) => {
                    report.last_error = Some(why);
                    attempt += 1;
                    if attempt >= policy.attempts {
                        break None;
                    }
                    tokio::time::sleep(policy.delay(attempt)).await;
                }
            }
        };
        match outcome {
            Some(delivery) => {
                if matches!(delivery, Delivery::Delivered { .. }) {
                    report.delivered += 1;
                } else {
                    report.refused += 1;
                }
                record(package, &delivery);
            }
            None => {
                report.pending = plan.packages.len() - index;
                return report;
            }
        }
    }
    report.last_error = None;
    report
}

/// Downloads every bundle newer than the one installed, resuming a cut
/// download from the bytes already received. Returns (call, bundle bytes).
pub async fn fetch_bundles(
    plan: &SyncPlan,
    policy: SyncPolicy,
) -> Result<Vec<(String, Vec<u8>)>, SyncError> {
    let client = client(plan, &policy);
    let listed = with_retries(&policy, || async {
        let (status, _, body): (u16, _, Vec<u8>) = client
            .send(reqwest::Method::GET, "/v1/calls", vec![], None)
            .await?;
        if status != 200 {
            return Err(Client::failure(status, &body));
        }
        serde_json::from_slice::<serde_json::Value>(&body)
            .map_err(|e| SyncError::Retryable(e.to_string()))
    })
    .await?;
    let mut bundles = Vec::new();
    for entry in listed.as_array().into_iter().flatten() {
        let (Some(call), Some(sequence)) = (entry["call_id"].as_str(), entry["sequence"].as_u64())
        else {
            continue;
        };
        let installed = plan.calls.iter().find(|(c, _)| c == call).map(|(_, s)| *s);
        if installed.is_some_and(|s| s >= sequence) && sequence > 0 {
            continue;
        }
        bundles.push((call.to_owned(), download(&client, &policy, call).await?));
    }
    Ok(bundles)
}

async fn download(
    client: &Client<'_>,
    policy: &SyncPolicy,
    call: &str,
) -> Result<Vec<u8>, SyncError> {
    let path = format!("/v1/calls/{call}/bundle");
    let mut received: Vec<u8> = Vec::new();
    let mut attempt = 0;
    loop {
        let range = (!received.is_empty()).then_some(received.len());
        let result = client
            .send(reqwest::Method::GET, &path, vec![], range)
            .await;
        match result {
            Ok((200, _, body)) => return Ok(body),
            Ok((206, headers, body)) => {
                let total = headers
                    .get(reqwest::header::CONTENT_RANGE)
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| v.rsplit('/').next())
                    .and_then(|t| t.parse::<usize>().ok());
                received.extend_from_slice(&body);
                if total == Some(received.len()) {
                    return Ok(received);
                }
            }
            Ok((416, _, _)) => received.clear(),
            Ok((status, _, body)) => match Client::failure(status, &body) {
                refused @ SyncError::Refused { .. } => return Err(refused),
                SyncError::Retryable(_) => {}
            },
            Err(SyncError::Retryable(_)) => {}
            Err(refused) => return Err(refused),
        }
        attempt += 1;
        if attempt >= policy.attempts {
            return Err(SyncError::Retryable(format!(
                "{path}: gave up after {attempt} attempts"
            )));
        }
        tokio::time::sleep(policy.delay(attempt)).await;
    }
}

async fn with_retries<T, F, Fut>(policy: &SyncPolicy, mut run: F) -> Result<T, SyncError>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, SyncError>>,
{
    let mut attempt = 0;
    loop {
        match run().await {
            Err(SyncError::Retryable(why)) => {
                attempt += 1;
                if attempt >= policy.attempts {
                    return Err(SyncError::Retryable(why));
                }
                tokio::time::sleep(policy.delay(attempt)).await;
            }
            other => return other,
        }
    }
}

/// Enrolls the vault online: the vault makes the request, the agency answers,
/// the vault pins the agency's keys. `session` gives the session for each
/// vault step; it is not held while the network is slow.
pub async fn enroll_vault<G: DerefMut<Target = Session>>(
    session: impl Fn() -> G,
    server: &str,
    expert_id: &str,
    code: &str,
    policy: SyncPolicy,
) -> Result<IdentityView, CoreError> {
    let request = session().enrollment_request(expert_id, code, Utc::now())?;
    let response = enroll(server, &request, policy).await?;
    session().complete_enrollment(&response, Some(server), Utc::now())
}

/// Online enrollment's network step: sends the request, returns the agency's
/// response.
pub async fn enroll(
    server: &str,
    request: &reviewdesk_core::EnrollmentRequest,
    policy: SyncPolicy,
) -> Result<reviewdesk_core::EnrollmentResponse, SyncError> {
    let http = reqwest::Client::builder()
        .timeout(policy.timeout)
        .build()
        .unwrap_or_default();
    let url = format!("{}/v1/enroll", server.trim_end_matches('/'));
    let body = serde_json::to_vec(request).map_err(|e| SyncError::Retryable(e.to_string()))?;
    with_retries(&policy, || async {
        let response = http
            .post(&url)
            .body(body.clone())
            .send()
            .await
            .map_err(|e| SyncError::Retryable(e.to_string()))?;
        let status = response.status().as_u16();
        let bytes = response
            .bytes()
            .await
            .map_err(|e| SyncError::Retryable(e.to_string()))?;
        if status != 200 {
            return Err(Client::failure(status, &bytes));
        }
        serde_json::from_slice(&bytes).map_err(|e| SyncError::Retryable(e.to_string()))
    })
    .await
}

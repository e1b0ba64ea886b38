//! Sync with the agency server, made for links that drop: the expert's
//! queued packages are delivered in sequence, each retried with exponential
//! backoff and full jitter while the failure is one that retrying can cure
//! (no connection, a cut, a 5xx, "an earlier package has not arrived"); a
//! package the server refuses for good is reported so the caller can
//! quarantine it, and the next one goes on. Bundles come down with HTTP
//! ranges, resuming after a cut.
//!
//! The session is not held while the network is slow: the caller takes a
//! [`SyncPlan`] from the vault, runs [`deliver`] / [`fetch_bundles`], and
//! records the results.

use std::time::Duration;

use chrono::Utc;
use reviewdesk_core::outbox::{Delivery, QueuedPackage, SyncPlan};
use reviewdesk_exchange::receipt::{self, Receipt};
use reviewdesk_exchange::request;

/// How hard to try before giving up for this run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    pub attempts: u32,
    pub base: Duration,
    pub cap: Duration,
    /// Per-request timeout, so a stalled link fails and is retried.
    pub timeout: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            attempts: 8,
            base: Duration::from_millis(250),
            cap: Duration::from_secs(30),
            timeout: Duration::from_secs(60),
        }
    }
}

impl RetryPolicy {
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

    async fn upload(&self, package: &QueuedPackage) -> Result<String, SyncError> {
        let path = format!("/v1/packages/{}", package.package_id);
        let (status, _, body) = self
            .send(reqwest::Method::PUT, &path, package.bytes.clone(), None)
            .await?;
        if status != 200 {
            return Err(Self::failure(status, &body));
        }
        // A receipt that does not hold is treated as no answer: send again.
        let receipt: Receipt = serde_json::from_slice(&body)
            .map_err(|e| SyncError::Retryable(format!("receipt: {e}")))?;
        receipt::verify(
            &receipt,
            &self.plan.agency,
            &package.package_id,
            &package.manifest_digest,
        )
        .map_err(|e| SyncError::Retryable(format!("receipt: {e}")))?;
        Ok(String::from_utf8_lossy(&body).into_owned())
    }
}

fn client<'a>(plan: &'a SyncPlan, policy: &RetryPolicy) -> Client<'a> {
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
    policy: RetryPolicy,
    mut record: impl FnMut(&QueuedPackage, &Delivery),
) -> DeliveryReport {
    let client = client(plan, &policy);
    let mut report = DeliveryReport::default();
    for (index, package) in plan.packages.iter().enumerate() {
        let mut attempt = 0;
        let outcome = loop {
            match client.upload(package).await {
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
    policy: RetryPolicy,
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
    policy: &RetryPolicy,
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

async fn with_retries<T, F, Fut>(policy: &RetryPolicy, mut run: F) -> Result<T, SyncError>
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

/// Online enrollment: sends the request, returns the agency's response.
pub async fn enroll(
    server: &str,
    request: &reviewdesk_core::EnrollmentRequest,
    policy: RetryPolicy,
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

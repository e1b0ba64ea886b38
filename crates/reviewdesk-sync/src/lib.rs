//! Sync with the agency server, made for links that drop: the expert's
//! queued packages are delivered in sequence, each retried with exponential
//! backoff and full jitter while the failure is one that retrying can cure
//! (no connection, a cut, a 5xx, "an earlier package has not arrived"); a
//! package the server refuses for good is reported so the caller can
//! quarantine it, and the next one goes on. A package larger than
//! [`SyncPolicy::resumable_above`] goes up in parts and resumes from the
//! server's offset after a cut; bundles come down with HTTP ranges, resuming
//! after a cut or a restart.
//!
//! - `client` — signed requests and how failures are classified;
//! - `deliver` — the outbox, whole or in parts, with receipts checked;
//! - `download` — bundles, with the bytes received kept for resuming;
//! - `run` — one whole sync run over a session, as the app and the CLI do it;
//! - `meeting` — an expert's app in a panel meeting: joining the hub on the
//!   room's network and keeping in step with it;
//! - `staff` — the panel's packages for staff, with their credentials;
//! - `tls` — HTTPS with the platform's roots or the pinned certificate, and
//!   plain HTTP only to this machine.
//!
//! The session is not held while the network is slow: a run takes a
//! [`SyncPlan`](reviewdesk_core::outbox::SyncPlan) from the vault, runs
//! [`deliver`] / [`fetch_bundles`], and records the results.

mod client;
mod deliver;
mod download;
pub mod meeting;
mod run;
mod staff;
pub mod tls;

use reviewdesk_domain::ExpertId;
use std::ops::DerefMut;
use std::time::Duration;

use chrono::Utc;
use reviewdesk_core::{CoreError, ErrorCode, IdentityView, Session};

pub use deliver::deliver;
pub use download::fetch_bundles;
pub use run::{SyncOutcome, sync_once};
pub use staff::{fetch_into_vault, fetch_panel_packages};

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
    /// Plain HTTP to a server on another machine, chosen by the user.
    pub insecure_http: bool,
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
            insecure_http: false,
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
    /// Trying again cannot help; `code` is the server's reason, `args` the
    /// named values its message uses.
    #[error("{code}: {message}")]
    Refused {
        code: String,
        message: String,
        args: std::collections::BTreeMap<String, String>,
    },
    /// The connection itself is refused before anything is sent (plain
    /// HTTP, a certificate that changed or is not trusted): no package is
    /// to blame, and trying again cannot help.
    #[error("{code:?}: {server}")]
    Unsafe { code: ErrorCode, server: String },
}

impl SyncError {
    /// Whether the server refuses this vault itself, not one of its
    /// packages: its key was revoked when the expert was enrolled again.
    pub fn is_key_revoked(&self) -> bool {
        matches!(self, Self::Refused { code, .. } if code == ErrorCode::KeyRevoked.as_str())
    }
}

impl From<SyncError> for CoreError {
    /// As the expert reads it: the server could not be reached (with why), or
    /// it refused: a package by the one acceptance rule every receiver shares,
    /// with that rule's code and arguments, a staff sign-in in its own words,
    /// or anything else with the server's code and English reason.
    fn from(error: SyncError) -> Self {
        match error {
            SyncError::Retryable(why) => {
                CoreError::new(ErrorCode::SyncUnreachable, why.clone()).with("detail", why)
            }
            SyncError::Unsafe { code, server } => {
                CoreError::new(code, format!("{code:?} ({server})")).with("server", server)
            }
            SyncError::Refused {
                code,
                message,
                args,
            } => match ErrorCode::parse(&code).filter(|known| is_worded_here(*known)) {
                Some(known) => {
                    let mut error = CoreError::new(known, message);
                    error
                        .args
                        .extend(args.into_iter().map(|(name, value)| (name.into(), value)));
                    error
                }
                None => CoreError::new(ErrorCode::SyncRefused, message.clone())
                    .with("code", code)
                    .with("detail", message),
            },
        }
    }
}

/// Whether the server's `code` is one this client words itself: the shared
/// package acceptance rule's (its own refusals and the file checks beneath
/// them), which the server and this client mean alike, and staff sign-in's.
fn is_worded_here(code: ErrorCode) -> bool {
    let name = code.as_str();
    name.starts_with("package-")
        || name.starts_with("exchange-")
        || name.starts_with("discussion-")
        || matches!(
            code,
            ErrorCode::StaffOnly | ErrorCode::StaffLocked | ErrorCode::KeyRevoked
        )
}

/// What a delivery run did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DeliveryReport {
    pub delivered: usize,
    pub refused: usize,
    /// Packages left queued (the run stopped at the first that kept failing).
    pub pending: usize,
    pub last_error: Option<String>,
    /// Why nothing more could be sent at all: the connection was refused.
    pub stopped: Option<SyncError>,
}

pub(crate) async fn with_retries<T, F, Fut>(policy: &SyncPolicy, mut run: F) -> Result<T, SyncError>
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
    expert_id: &ExpertId,
    code: &str,
    policy: SyncPolicy,
) -> Result<IdentityView, CoreError> {
    let request = session()
        .expert()
        .enrollment_request(expert_id, code, Utc::now())?;
    let response = enroll(server, &request, policy).await?;
    session()
        .expert()
        .complete_enrollment(&response, Some(server), Utc::now())
}

/// Online enrollment's network step: sends the request, returns the agency's
/// response.
pub async fn enroll(
    server: &str,
    request: &reviewdesk_core::EnrollmentRequest,
    policy: SyncPolicy,
) -> Result<reviewdesk_core::EnrollmentResponse, SyncError> {
    let trust = tls::Trust {
        pinned: None,
        insecure_http: policy.insecure_http,
        meeting_code: None,
    };
    let connection = tls::Connection::new(server, &trust, true, |b| b.timeout(policy.timeout))?;
    let url = format!("{}/v1/enroll", server.trim_end_matches('/'));
    let body = serde_json::to_vec(request).map_err(client::retryable)?;
    let response: reviewdesk_core::EnrollmentResponse = with_retries(&policy, || async {
        let response = connection
            .http
            .post(&url)
            .body(body.clone())
            .send()
            .await
            .map_err(|e| connection.failed(&e))?;
        let status = response.status().as_u16();
        let bytes = response.bytes().await.map_err(client::retryable)?;
        if status != 200 {
            return Err(client::failure(status, &bytes));
        }
        serde_json::from_slice(&bytes).map_err(client::retryable)
    })
    .await?;
    // The certificate shown must be the one the signed response names (the
    // vault then checks the signature), or one the platform trusts.
    if let Some(shown) = connection.seen.shown() {
        match &response.body.tls_certificate {
            Some(named) if *named != shown.fingerprint => {
                return Err(tls::refusal(ErrorCode::ServerCertificateChanged, server));
            }
            None if !shown.trusted => {
                return Err(tls::refusal(ErrorCode::ServerCertificateUntrusted, server));
            }
            _ => {}
        }
    }
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(code: &str) -> CoreError {
        CoreError::from(SyncError::Refused {
            code: code.to_owned(),
            message: "as the server put it".to_owned(),
            args: std::collections::BTreeMap::new(),
        })
    }

    #[test]
    fn the_servers_refusals_are_worded_here_where_this_client_knows_them() {
        assert_eq!(refused("staff-locked").code, ErrorCode::StaffLocked);
        assert_eq!(refused("staff-only").code, ErrorCode::StaffOnly);
        assert_eq!(refused("package-fork").code, ErrorCode::PackageFork);
        let other = refused("replayed");
        assert_eq!(other.code, ErrorCode::SyncRefused);
        assert!(
            other
                .args
                .iter()
                .any(|(k, v)| k == "code" && v == "replayed")
        );
    }
}

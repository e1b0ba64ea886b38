//! Signed requests to the agency server, and how their failures are read:
//! retry (the network, a 5xx, the server's own `retryable`) or give up.

use std::time::Duration;

use chrono::Utc;
use reqwest::header::{HeaderName, HeaderValue};
use reviewdesk_core::outbox::SyncPlan;
use reviewdesk_exchange::request;

use crate::{SyncError, SyncPolicy};

pub(crate) struct Client<'a> {
    connection: crate::tls::Connection,
    /// A whole request (sending, waiting, reading) may take this long.
    timeout: Duration,
    pub(crate) plan: &'a SyncPlan,
}

/// A server answer read whole.
pub(crate) struct Answer {
    pub status: u16,
    pub body: Vec<u8>,
}

impl<'a> Client<'a> {
    /// A client for the plan's server, trusting the certificate pinned at
    /// enrollment (or the platform's roots); refused for plain HTTP off this
    /// machine unless the policy allows it.
    pub(crate) fn new(plan: &'a SyncPlan, policy: &SyncPolicy) -> Result<Self, SyncError> {
        let trust = crate::tls::Trust {
            pinned: plan.tls_certificate.clone(),
            insecure_http: policy.insecure_http,
            meeting_code: None,
        };
        let connection = crate::tls::Connection::new(&plan.server, &trust, false, |builder| {
            // A stalled link fails and is retried; a slow one that still
            // moves is left to finish (long downloads have no total limit).
            builder
                .read_timeout(policy.timeout)
                .connect_timeout(policy.timeout.min(Duration::from_secs(15)))
        })?;
        Ok(Self {
            connection,
            timeout: policy.timeout,
            plan,
        })
    }

    /// Sends a request signed with the expert's key and returns the answer
    /// as it starts to arrive. `whole` bounds the request's total time.
    pub(crate) async fn open(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Vec<u8>,
        extra: &[(HeaderName, HeaderValue)],
        whole: bool,
    ) -> Result<reqwest::Response, SyncError> {
        let signature = request::sign(
            &self.plan.keys,
            &self.plan.expert_id,
            method.as_str(),
            path,
            &body,
            Utc::now(),
        );
        let url = format!("{}{path}", self.plan.server.trim_end_matches('/'));
        let mut builder = self.connection.http.request(method, url).body(body);
        if whole {
            builder = builder.timeout(self.timeout);
        }
        for (name, value) in signature.headers() {
            builder = builder.header(name, value);
        }
        for (name, value) in extra {
            builder = builder.header(name, value);
        }
        builder.send().await.map_err(|e| self.connection.failed(&e))
    }

    /// Sends a signed request and reads the whole answer.
    pub(crate) async fn send(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Vec<u8>,
    ) -> Result<Answer, SyncError> {
        let response = self.open(method, path, body, &[], true).await?;
        let status = response.status().as_u16();
        let body = response.bytes().await.map_err(retryable)?.to_vec();
        Ok(Answer { status, body })
    }

    /// A signed request whose 200 answer is JSON.
    pub(crate) async fn json<T: serde::de::DeserializeOwned>(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Vec<u8>,
    ) -> Result<T, SyncError> {
        let answer = self.send(method, path, body).await?;
        if answer.status != 200 {
            return Err(failure(answer.status, &answer.body));
        }
        serde_json::from_slice(&answer.body).map_err(retryable)
    }
}

pub(crate) fn retryable(error: impl std::fmt::Display) -> SyncError {
    SyncError::Retryable(error.to_string())
}

/// Classifies an error answer by the server's own `retryable` flag, or by
/// status when the body is not the server's (a proxy, a cut).
pub(crate) fn failure(status: u16, body: &[u8]) -> SyncError {
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
        let args = parsed
            .as_ref()
            .and_then(|v| v["args"].as_object())
            .map(|args| {
                args.iter()
                    .filter_map(|(name, value)| Some((name.clone(), value.as_str()?.to_owned())))
                    .collect()
            })
            .unwrap_or_default();
        SyncError::Refused {
            code: field("code"),
            message: field("message"),
            args,
        }
    }
}

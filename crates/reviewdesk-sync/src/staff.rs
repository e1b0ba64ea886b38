//! Staff exchanging a panel's packages with the agency server: signed in
//! once with their credentials (HTTP basic, for a short-lived token, renewed
//! when it expires), the list of the call's accepted packages, then each one
//! the staff vault does not hold yet — and, the other way, every package the
//! vault took at a panel meeting that the server lacks, forwarded for it to
//! accept as the expert's (the expert's signature authenticates it; a
//! package already there gets its stored answer). The vault checks every
//! package fetched again on import; the server is not trusted for that.

use reviewdesk_domain::{CallId, PackageId};
use std::collections::BTreeSet;
use std::ops::DerefMut;

use reviewdesk_core::staff::PanelImportTally;
use reviewdesk_core::{CoreError, Session};
use serde::Deserialize;
use zeroize::Zeroizing;

use crate::client::{failure, retryable};
use crate::tls::Connection;
use crate::{SyncError, SyncPolicy, with_retries};

#[derive(Debug, Deserialize)]
struct Listed {
    package_id: String,
}

#[derive(Deserialize, zeroize::Zeroize, zeroize::ZeroizeOnDrop)]
struct SignedIn {
    token: String,
}

/// The server's code for a token past its time: sign in again.
const TOKEN_EXPIRED: &str = "staff-token-expired";

/// A staff member signed in to the agency server.
struct StaffClient<'a> {
    connection: Connection,
    base: String,
    user: &'a str,
    password: &'a str,
    token: std::sync::Mutex<Zeroizing<String>>,
}

impl<'a> StaffClient<'a> {
    /// Signs in to `server`; `pinned` is the fingerprint of the server's
    /// certificate to accept when the staff key file carried one.
    async fn sign_in(
        server: &str,
        pinned: Option<String>,
        user: &'a str,
        password: &'a str,
        policy: &SyncPolicy,
    ) -> Result<Self, SyncError> {
        // No password leaves this machine over plain HTTP unless the user chose it.
        let trust = crate::tls::Trust {
            pinned,
            insecure_http: policy.insecure_http,
            meeting_code: None,
        };
        let connection = Connection::new(server, &trust, false, |b| b.timeout(policy.timeout))?;
        let client = Self {
            connection,
            base: server.trim_end_matches('/').to_owned(),
            user,
            password,
            token: std::sync::Mutex::default(),
        };
        // The password crosses once; a token stands for it.
        let token = with_retries(policy, || client.new_token()).await?;
        *client
            .token
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = token;
        Ok(client)
    }

    async fn new_token(&self) -> Result<Zeroizing<String>, SyncError> {
        let response = self
            .connection
            .http
            .post(format!("{}/v1/staff/sign-in", self.base))
            .basic_auth(self.user, Some(self.password))
            .send()
            .await;
        let body = Zeroizing::new(self.answer(response).await?);
        let mut signed_in: SignedIn = serde_json::from_slice(&body).map_err(retryable)?;
        Ok(Zeroizing::new(std::mem::take(&mut signed_in.token)))
    }

    async fn answer(
        &self,
        response: Result<reqwest::Response, reqwest::Error>,
    ) -> Result<Vec<u8>, SyncError> {
        let response = response.map_err(|e| self.connection.failed(&e))?;
        let status = response.status().as_u16();
        let body = response.bytes().await.map_err(retryable)?.to_vec();
        if status == 200 {
            Ok(body)
        } else {
            Err(failure(status, &body))
        }
    }

    /// One request with the token, signed in again once when it expired.
    async fn request(
        &self,
        method: reqwest::Method,
        path: &str,
        body: &[u8],
    ) -> Result<Vec<u8>, SyncError> {
        let send = || {
            let bearer = self.token.lock().map(|t| t.to_string()).unwrap_or_default();
            self.connection
                .http
                .request(method.clone(), format!("{}{path}", self.base))
                .bearer_auth(bearer)
                .body(body.to_vec())
                .send()
        };
        match self.answer(send().await).await {
            Err(SyncError::Refused { code, .. }) if code == TOKEN_EXPIRED => {
                let renewed = self.new_token().await?;
                if let Ok(mut held) = self.token.lock() {
                    *held = renewed;
                }
                self.answer(send().await).await
            }
            answered => answered,
        }
    }

    /// The ids of the call's packages the server holds.
    async fn listed(
        &self,
        call: &CallId,
        policy: &SyncPolicy,
    ) -> Result<BTreeSet<String>, SyncError> {
        let path = format!("/v1/staff/calls/{call}/packages");
        let body = with_retries(policy, || self.request(reqwest::Method::GET, &path, &[])).await?;
        let listed: Vec<Listed> = serde_json::from_slice(&body).map_err(retryable)?;
        Ok(listed.into_iter().map(|e| e.package_id).collect())
    }
}

/// The bytes of every package of `call` on `server` not in `held`;
/// `pinned` is the fingerprint of the server's certificate to accept when
/// the staff key file carried one.
pub async fn fetch_panel_packages(
    server: &str,
    pinned: Option<String>,
    user: &str,
    password: &str,
    call: &CallId,
    held: &BTreeSet<String>,
    policy: SyncPolicy,
) -> Result<Vec<Vec<u8>>, SyncError> {
    let client = StaffClient::sign_in(server, pinned, user, password, &policy).await?;
    let mut packages = Vec::new();
    for id in client.listed(call, &policy).await?.difference(held) {
        let path = format!("/v1/staff/packages/{id}");
        let bytes =
            with_retries(&policy, || client.request(reqwest::Method::GET, &path, &[])).await?;
        packages.push(bytes);
    }
    Ok(packages)
}

/// Whether the server refused a package for what it says, keeping it in
/// its place — not for its place or its signature.
fn is_content_refusal(code: &str) -> bool {
    use reviewdesk_core::ErrorCode as C;
    code.starts_with("package-")
        && ![
            C::PackageFork,
            C::PackageIdReused,
            C::PackageEarly,
            C::PackageUnknownExpert,
        ]
        .iter()
        .any(|c| c.as_str() == code)
}

/// Exchanges the call's packages with the agency server: imports those the
/// staff vault does not hold yet, each checked again by the core, and
/// forwards those the vault holds that the server lacks (taken at a panel
/// meeting), oldest first per expert. `session` gives the session for each
/// vault step; it is not held while the network is slow. Returns how the
/// packages fetched fared, and how many were forwarded.
pub async fn fetch_into_vault<G: DerefMut<Target = Session>>(
    session: impl Fn() -> G,
    server: &str,
    user: &str,
    password: &str,
    call: &CallId,
    policy: SyncPolicy,
) -> Result<PanelImportTally, CoreError> {
    let (held, pinned) = {
        let mut session = session();
        let staff = session.staff();
        (staff.panel_package_ids()?, staff.server_certificate()?)
    };
    let client = StaffClient::sign_in(server, pinned, user, password, &policy).await?;
    let listed = client.listed(call, &policy).await?;
    let mut fetched = Vec::new();
    for id in listed.difference(&held) {
        let path = format!("/v1/staff/packages/{id}");
        fetched.push(
            with_retries(&policy, || client.request(reqwest::Method::GET, &path, &[])).await?,
        );
    }
    let mut tally = session()
        .staff()
        .import_panel_packages(fetched.iter().map(Vec::as_slice))?;
    let to_forward: Vec<(PackageId, Vec<u8>)> = session()
        .staff()
        .panel_packages_in_order(call)?
        .into_iter()
        .filter(|(id, _)| !listed.contains(id.as_str()))
        .collect();
    for (id, bytes) in &to_forward {
        let path = format!("/v1/staff/packages/{id}");
        let forwarded = with_retries(&policy, || {
            client.request(reqwest::Method::PUT, &path, bytes)
        })
        .await;
        match forwarded {
            Ok(_) => tally.forwarded += 1,
            // Refused for its content, the server keeps it in its place as
            // this vault does: nothing more to do.
            Err(SyncError::Refused { code, .. }) if is_content_refusal(&code) => {
                tally.forwarded += 1;
            }
            Err(other) => return Err(other.into()),
        }
    }
    Ok(tally)
}

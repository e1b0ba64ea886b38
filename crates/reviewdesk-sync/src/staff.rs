//! Staff fetching a panel's packages from the agency server: signed in once
//! with their credentials (HTTP basic, for a short-lived token), the list of
//! the call's accepted packages, then each one the staff vault does not hold
//! yet. The vault checks every one again on import; the server is not
//! trusted for that.

use reviewdesk_domain::CallId;
use std::collections::BTreeSet;
use std::ops::DerefMut;

use reviewdesk_core::staff::PanelImportTally;
use reviewdesk_core::{CoreError, Session};
use serde::Deserialize;

use crate::client::{failure, retryable};
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
    // No password leaves this machine over plain HTTP unless the user chose it.
    let trust = crate::tls::Trust {
        pinned,
        insecure_http: policy.insecure_http,
        meeting_code: None,
    };
    let connection =
        crate::tls::Connection::new(server, &trust, false, |b| b.timeout(policy.timeout))?;
    let base = server.trim_end_matches('/');
    let connection = &connection;
    let answer = |response: Result<reqwest::Response, reqwest::Error>| async move {
        let response = response.map_err(|e| connection.failed(&e))?;
        let status = response.status().as_u16();
        let body = response.bytes().await.map_err(retryable)?.to_vec();
        if status == 200 {
            Ok(body)
        } else {
            Err(failure(status, &body))
        }
    };
    let sign_in = || async {
        let response = connection
            .http
            .post(format!("{base}/v1/staff/sign-in"))
            .basic_auth(user, Some(password))
            .send()
            .await;
        let body = zeroize::Zeroizing::new(answer(response).await?);
        let mut signed_in: SignedIn = serde_json::from_slice(&body).map_err(retryable)?;
        Ok::<_, SyncError>(zeroize::Zeroizing::new(std::mem::take(
            &mut signed_in.token,
        )))
    };
    // The password crosses once; a token stands for it, renewed when it
    // expires during a long fetch.
    let token = std::sync::Mutex::new(with_retries(&policy, sign_in).await?);
    let token = &token;
    let get = |path: String| async move {
        let send = || {
            let bearer = token.lock().map(|t| t.to_string()).unwrap_or_default();
            connection
                .http
                .get(format!("{base}{path}"))
                .bearer_auth(bearer)
                .send()
        };
        match answer(send().await).await {
            Err(SyncError::Refused { code, .. }) if code == TOKEN_EXPIRED => {
                let renewed = sign_in().await?;
                if let Ok(mut held) = token.lock() {
                    *held = renewed;
                }
                answer(send().await).await
            }
            answered => answered,
        }
    };
    let listed: Vec<Listed> = serde_json::from_slice(
        &with_retries(&policy, || get(format!("/v1/staff/calls/{call}/packages"))).await?,
    )
    .map_err(retryable)?;
    let mut packages = Vec::new();
    for entry in listed.iter().filter(|e| !held.contains(&e.package_id)) {
        let path = format!("/v1/staff/packages/{}", entry.package_id);
        packages.push(with_retries(&policy, || get(path.clone())).await?);
    }
    Ok(packages)
}

/// Fetches the call's packages the staff vault does not hold yet and imports
/// each, checked again by the core. `session` gives the session for each
/// vault step; it is not held while the network is slow. Returns how the
/// packages fetched fared.
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
    let fetched = fetch_panel_packages(server, pinned, user, password, call, &held, policy).await?;
    session()
        .staff()
        .import_panel_packages(fetched.iter().map(Vec::as_slice))
}

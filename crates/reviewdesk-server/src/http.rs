//! The HTTP API: thin axum handlers over [`Agency`]. Experts sign every
//! request (`reviewdesk_exchange::request`); staff sign in once with HTTP
//! basic authentication and use the token they get. Every body has a size
//! limit.
//!
//! - `GET  /v1/health` — 200 while the database answers, else 503
//! - `GET  /v1/agency` — the agency's public keys
//! - `POST /v1/enroll` — enrollment request → response
//! - `GET  /v1/calls` — the expert's calls and their newest bundle's sequence
//! - `GET  /v1/calls/{call}/bundle` — the expert's bundle (HTTP Range supported)
//! - `PUT  /v1/packages/{id}` — a score package → the signed receipt
//! - `GET  /v1/packages/{id}/upload` — how much of a package sent in parts arrived
//! - `PATCH /v1/packages/{id}/upload?offset=N` — the next part → the new offset
//! - `POST /v1/packages/{id}/upload/commit` — `{"sha256"}` → the signed receipt
//! - `GET  /v1/packages/{id}/receipt` — the receipt of a package received
//! - `POST /v1/staff/sign-in` — HTTP basic credentials → a short-lived token
//! - `GET  /v1/staff/progress`, `GET /v1/staff/calls/{call}/packages`,
//!   `GET /v1/staff/packages/{id}` — for staff, with the token (`Bearer`)
//! - `PUT  /v1/staff/packages/{id}` — a package taken at a panel meeting,
//!   forwarded by staff → the receipt

use reviewdesk_domain::{CallId, ExpertId, PackageId};
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{
    ConnectInfo, DefaultBodyLimit, FromRequest, FromRequestParts, Path, Query, Request, State,
};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use base64::Engine as _;
use chrono::Utc;
use reviewdesk_exchange::enrollment::EnrollmentRequest;
use reviewdesk_exchange::upload::UploadCommit;
use serde::Deserialize;

use reviewdesk_http::{
    BodyError, ConnectionLimits, SignedHead, documented_errors, error_body, signed_head,
};

use crate::audit::Actor;
use crate::sign_in::{SignIn, SignInLimits};
use crate::upload::MAX_PACKAGE_BYTES;
use crate::{Agency, Denial, ServerError};

/// The largest request body accepted: a whole package.
pub const MAX_BODY_BYTES: usize = MAX_PACKAGE_BYTES as usize;
const MAX_ENROLL_BYTES: usize = 64 << 10;

/// What every handler shares: no lock, since the store keeps concurrent
/// requests apart.
#[derive(Debug, Clone)]
struct Shared {
    agency: Agency,
    sign_in: Arc<SignIn>,
    /// How long a request body may pause between its parts.
    body_timeout: std::time::Duration,
}

/// Reads a request body of at most `limit` bytes within the pace
/// [`reviewdesk_http::read_body`] keeps.
async fn read_body(
    body: axum::body::Body,
    limit: usize,
    idle: std::time::Duration,
) -> Result<Bytes, ServerError> {
    reviewdesk_http::read_body(body, limit, idle)
        .await
        .map_err(|error| match error {
            BodyError::TooLarge => {
                ServerError::refused(Denial::TooLarge, "too-large", error.to_string())
            }
            BodyError::Stalled { .. } => {
                ServerError::refused(Denial::TooSlow, "body-timeout", error.to_string())
            }
        })
}

/// The API within the default [`ServerLimits`].
pub fn router(agency: Agency) -> Router {
    router_within(agency, ServerLimits::default())
}

/// The API, its staff sign-in within `limits`.
pub fn router_within(agency: Agency, limits: ServerLimits) -> Router {
    let shared = Shared {
        agency,
        sign_in: Arc::new(SignIn::new(limits.sign_in)),
        body_timeout: limits.body_timeout,
    };
    Router::new()
        .route("/v1/health", get(health))
        .route("/v1/agency", get(agency_keys))
        .route(
            "/v1/enroll",
            post(enroll).layer(DefaultBodyLimit::max(MAX_ENROLL_BYTES)),
        )
        .route("/v1/calls", get(calls))
        .route("/v1/calls/{call}/bundle", get(bundle))
        .route("/v1/packages/{id}", put(upload_package))
        .route(
            "/v1/packages/{id}/upload",
            get(upload_status).patch(upload_part),
        )
        .route("/v1/packages/{id}/upload/commit", post(upload_commit))
        .route("/v1/packages/{id}/receipt", get(receipt))
        .route("/v1/staff/sign-in", post(staff_sign_in))
        .route("/v1/staff/progress", get(staff_progress))
        .route("/v1/staff/calls/{call}/packages", get(staff_call_packages))
        .route(
            "/v1/staff/packages/{id}",
            get(staff_package).put(staff_forward_package),
        )
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(axum::middleware::map_response(documented_errors))
        .with_state(shared)
}

/// What the server holds open at once, how long it waits for a client, and
/// how staff sign-in holds under attack.
#[derive(Debug, Clone, Copy)]
pub struct ServerLimits {
    /// Connections served at once; more wait, unaccepted, in the listen backlog.
    pub max_connections: usize,
    /// Time for a request's headers to arrive whole, and for an idle
    /// connection's next request to start: a silent or trickling client is
    /// closed after it.
    pub header_timeout: std::time::Duration,
    pub sign_in: SignInLimits,
    /// How long requests in flight may take to finish once the server is
    /// asked to stop.
    pub drain: std::time::Duration,
    /// How long a request body may pause between its parts before the
    /// request is refused (408 `body-timeout`) and its connection closed.
    pub body_timeout: std::time::Duration,
}

impl ServerLimits {
    /// What the accept loop holds to.
    pub fn connections(&self) -> ConnectionLimits {
        ConnectionLimits {
            max_connections: self.max_connections,
            header_timeout: self.header_timeout,
            drain: self.drain,
        }
    }
}

impl Default for ServerLimits {
    fn default() -> Self {
        Self {
            max_connections: 512,
            header_timeout: std::time::Duration::from_secs(20),
            sign_in: SignInLimits::default(),
            drain: std::time::Duration::from_secs(30),
            body_timeout: std::time::Duration::from_secs(30),
        }
    }
}

/// Serves until the listener fails or the task is dropped, within
/// [`ServerLimits::default`].
pub async fn serve(listener: tokio::net::TcpListener, agency: Agency) -> std::io::Result<()> {
    serve_within(listener, agency, ServerLimits::default()).await
}

/// Serves HTTP/1.1 within `limits`: a connection is accepted only when a
/// slot is free, and closed when its headers do not arrive in time.
pub async fn serve_within(
    listener: tokio::net::TcpListener,
    agency: Agency,
    limits: ServerLimits,
) -> std::io::Result<()> {
    serve_until(listener, agency, limits, None, std::future::pending()).await
}

/// Serves HTTPS with `tls` within `limits`, as [`serve_within`] serves HTTP;
/// experts are told the certificate at enrollment.
pub async fn serve_tls(
    listener: tokio::net::TcpListener,
    agency: Agency,
    limits: ServerLimits,
    tls: crate::tls::TlsIdentity,
) -> std::io::Result<()> {
    serve_until(listener, agency, limits, Some(tls), std::future::pending()).await
}

/// Serves (HTTPS with `tls`, when given) until `shutdown` completes; then
/// stops accepting, lets requests in flight finish for up to
/// [`ServerLimits::drain`], and returns.
pub async fn serve_until(
    listener: tokio::net::TcpListener,
    agency: Agency,
    limits: ServerLimits,
    tls: Option<crate::tls::TlsIdentity>,
    shutdown: impl std::future::Future<Output = ()>,
) -> std::io::Result<()> {
    let agency = match &tls {
        Some(tls) => agency.with_tls_certificate(tls.fingerprint.clone()),
        None => agency,
    };
    let app = router_within(agency, limits);
    let tls = tls.map(|tls| tls.config);
    reviewdesk_http::serve_until(listener, app, limits.connections(), tls, shutdown).await
}

/// For load balancers and monitoring: 200 while the database answers, 503
/// (`unavailable`) while it does not.
async fn health(State(shared): State<Shared>) -> Result<Response, ServerError> {
    shared.agency.healthy().await?;
    Ok(Json(serde_json::json!({"status": "ok"})).into_response())
}

async fn agency_keys(State(shared): State<Shared>) -> Result<Response, ServerError> {
    let keys = shared.agency.public_keys();
    Ok(Json(keys).into_response())
}

async fn enroll(State(shared): State<Shared>, request: Request) -> Result<Response, ServerError> {
    let body = read_body(request.into_body(), MAX_ENROLL_BYTES, shared.body_timeout).await?;
    let request: EnrollmentRequest = serde_json::from_slice(&body)?;
    let response = shared.agency.enroll(&request, Utc::now()).await?;
    Ok(Json(response).into_response())
}

/// The expert who signed this request, once the signature, clock and nonce
/// hold; and the request's body, which the signature covers. The headers are
/// checked before a byte of the body is read, so a stranger cannot make the
/// server take in a large body; the body is then checked against the signed
/// digest. As an extractor, so no handler can forget the check.
struct SignedBy {
    expert_id: ExpertId,
    body: Bytes,
}

impl FromRequest<Shared> for SignedBy {
    type Rejection = ServerError;

    async fn from_request(request: Request, shared: &Shared) -> Result<Self, ServerError> {
        let (parts, body) = request.into_parts();
        let SignedHead {
            signature: signed,
            method,
            path,
        } = signed_head(&parts).map_err(|missing| {
            ServerError::refused(
                Denial::Unauthorized,
                "unsigned",
                format!("the request has no {missing} header"),
            )
        })?;
        shared
            .agency
            .authenticate(&signed, &method, &path, Utc::now())
            .await?;
        let body = read_body(body, MAX_BODY_BYTES, shared.body_timeout).await?;
        signed.check_body(&body).map_err(|e| {
            ServerError::refused(Denial::Unauthorized, e.code().as_str(), e.to_string())
        })?;
        Ok(Self {
            expert_id: signed.expert_id,
            body,
        })
    }
}

fn staff_denied() -> ServerError {
    ServerError::refused(
        Denial::Unauthorized,
        "staff-only",
        "staff credentials are required",
    )
}

/// A staff member whose sign-in token (`Authorization: Bearer`) holds.
struct Staff(Actor);

impl FromRequestParts<Shared> for Staff {
    type Rejection = ServerError;

    async fn from_request_parts(parts: &mut Parts, shared: &Shared) -> Result<Self, ServerError> {
        let token = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .ok_or_else(staff_denied)?;
        Ok(Self(shared.agency.staff_by_token(token).await?))
    }
}

/// `POST /v1/staff/sign-in` with HTTP basic credentials: the only request
/// whose password is checked; the answer is a token for the next ones.
async fn staff_sign_in(
    State(shared): State<Shared>,
    request: Request,
) -> Result<Response, ServerError> {
    let denied = staff_denied;
    let encoded = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Basic "))
        .ok_or_else(denied)?;
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(encoded)
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
        .map(zeroize::Zeroizing::new)
        .ok_or_else(denied)?;
    let (name, password) = decoded.split_once(':').ok_or_else(denied)?;
    let (name, password) = (
        name.to_owned(),
        zeroize::Zeroizing::new(password.to_owned()),
    );
    let client = request
        .extensions()
        .get::<ConnectInfo<std::net::SocketAddr>>()
        .map(|info| info.0.ip());
    let stored = shared.agency.staff_hash(&name);
    let held = shared
        .sign_in
        .check(&name, password, client, stored)
        .await?;
    let client = client.map(|ip| ip.to_string()).unwrap_or_default();
    let Some(hash) = held else {
        let actor = Actor::Staff(name);
        shared
            .agency
            .record(&actor, "staff-sign-in-refused", &client, "")
            .await?;
        return Err(denied());
    };
    let (token, expires) = shared
        .agency
        .staff_signed_in(&name, &hash, &client, shared.sign_in.token_lifetime)
        .await?;
    let expires_at = reviewdesk_exchange::timestamp(expires);
    Ok(Json(serde_json::json!({"token": token, "expires_at": expires_at})).into_response())
}

async fn calls(
    State(shared): State<Shared>,
    SignedBy { expert_id, .. }: SignedBy,
) -> Result<Response, ServerError> {
    let calls = shared.agency.expert_calls(&expert_id).await?;
    let listed: Vec<serde_json::Value> = calls
        .into_iter()
        .map(|(call_id, sequence)| serde_json::json!({"call_id": call_id, "sequence": sequence}))
        .collect();
    Ok(Json(listed).into_response())
}

async fn bundle(
    State(shared): State<Shared>,
    Path(call): Path<CallId>,
    headers: HeaderMap,
    SignedBy { expert_id, .. }: SignedBy,
) -> Result<Response, ServerError> {
    let tag_call = call.clone();
    let (sequence, bytes) = shared.agency.bundle(&expert_id, &call, Utc::now()).await?;
    // The bundle's call and sequence name its bytes for good: a newer
    // bundle has a higher sequence.
    Ok(ranged(
        &headers,
        &format!("\"{tag_call}-{sequence}\""),
        bytes,
    ))
}

/// The whole body, or the part a `Range: bytes=START-[END]` header asks for,
/// so an interrupted download resumes where it stopped. With `If-Range`
/// naming other bytes than `etag`, the whole body instead.
fn ranged(headers: &HeaderMap, etag: &str, bytes: Vec<u8>) -> Response {
    let total = bytes.len();
    let same_bytes = headers
        .get(header::IF_RANGE)
        .is_none_or(|v| v.as_bytes() == etag.as_bytes());
    let range = headers
        .get(header::RANGE)
        .and_then(|v| v.to_str().ok())
        .filter(|_| same_bytes);
    let known = [
        (header::ACCEPT_RANGES, "bytes".to_owned()),
        (header::ETAG, etag.to_owned()),
    ];
    let Some(range) = range else {
        return (known, bytes).into_response();
    };
    let parsed = range.strip_prefix("bytes=").and_then(|spec| {
        let (start, end) = spec.split_once('-')?;
        let start: usize = start.parse().ok()?;
        let end: usize = if end.is_empty() {
            total.checked_sub(1)?
        } else {
            end.parse::<usize>().ok()?.min(total.checked_sub(1)?)
        };
        (start <= end).then_some((start, end))
    });
    match parsed {
        Some((start, end)) => (
            StatusCode::PARTIAL_CONTENT,
            known,
            [(
                header::CONTENT_RANGE,
                format!("bytes {start}-{end}/{total}"),
            )],
            bytes[start..=end].to_vec(),
        )
            .into_response(),
        None => (
            StatusCode::RANGE_NOT_SATISFIABLE,
            [(header::CONTENT_RANGE, format!("bytes */{total}"))],
        )
            .into_response(),
    }
}

async fn upload_package(
    State(shared): State<Shared>,
    Path(id): Path<PackageId>,
    SignedBy { expert_id, body }: SignedBy,
) -> Result<Response, ServerError> {
    let receipt = shared
        .agency
        .accept_package(&expert_id, &id, &body, Utc::now())
        .await?;
    Ok(Json(receipt).into_response())
}

async fn upload_status(
    State(shared): State<Shared>,
    Path(id): Path<PackageId>,
    SignedBy { expert_id, .. }: SignedBy,
) -> Result<Response, ServerError> {
    let status = shared.agency.upload_status(&expert_id, &id).await?;
    Ok(Json(status).into_response())
}

#[derive(Debug, Deserialize)]
struct PartAt {
    offset: u64,
}

async fn upload_part(
    State(shared): State<Shared>,
    Path(id): Path<PackageId>,
    Query(at): Query<PartAt>,
    SignedBy { expert_id, body }: SignedBy,
) -> Result<Response, ServerError> {
    let status = shared
        .agency
        .append_upload(&expert_id, &id, at.offset, &body, Utc::now())
        .await?;
    Ok(Json(status).into_response())
}

async fn upload_commit(
    State(shared): State<Shared>,
    Path(id): Path<PackageId>,
    SignedBy { expert_id, body }: SignedBy,
) -> Result<Response, ServerError> {
    let commit: UploadCommit = serde_json::from_slice(&body)?;
    let receipt = shared
        .agency
        .commit_upload(&expert_id, &id, &commit, Utc::now())
        .await?;
    Ok(Json(receipt).into_response())
}

async fn receipt(
    State(shared): State<Shared>,
    Path(id): Path<PackageId>,
    SignedBy { expert_id, .. }: SignedBy,
) -> Result<Response, ServerError> {
    let receipt = shared.agency.receipt(&expert_id, &id).await?;
    Ok(Json(receipt).into_response())
}

async fn staff_progress(
    State(shared): State<Shared>,
    Staff(staff): Staff,
) -> Result<Response, ServerError> {
    let progress = shared.agency.progress_read_by(&staff).await?;
    Ok(Json(progress).into_response())
}

async fn staff_call_packages(
    State(shared): State<Shared>,
    Path(call): Path<CallId>,
    Staff(staff): Staff,
) -> Result<Response, ServerError> {
    let packages = shared.agency.call_packages_read_by(&staff, &call).await?;
    let listed: Vec<serde_json::Value> = packages
        .into_iter()
        .map(|(package_id, expert_id, sequence)| {
            serde_json::json!({"package_id": package_id, "expert_id": expert_id, "sequence": sequence})
        })
        .collect();
    Ok(Json(listed).into_response())
}

async fn staff_package(
    State(shared): State<Shared>,
    Path(id): Path<PackageId>,
    Staff(staff): Staff,
) -> Result<Response, ServerError> {
    let bytes = shared.agency.package_bytes_read_by(&staff, &id).await?;
    Ok(([(header::CONTENT_TYPE, "application/zip")], bytes).into_response())
}

/// `PUT /v1/staff/packages/{id}`: a package taken at a panel meeting,
/// forwarded by staff; the staff token is checked before the body is read.
async fn staff_forward_package(
    State(shared): State<Shared>,
    Path(id): Path<PackageId>,
    Staff(staff): Staff,
    request: Request,
) -> Result<Response, ServerError> {
    let body = read_body(request.into_body(), MAX_BODY_BYTES, shared.body_timeout).await?;
    let receipt = shared
        .agency
        .forward_package_by(&staff, &id, &body, Utc::now())
        .await?;
    Ok(Json(receipt).into_response())
}

/// The one place a refusal becomes an HTTP status.
fn status(error: &ServerError) -> StatusCode {
    match error {
        ServerError::Refused { denial, .. } => match denial {
            Denial::BadRequest => StatusCode::BAD_REQUEST,
            Denial::Unauthorized => StatusCode::UNAUTHORIZED,
            Denial::Forbidden => StatusCode::FORBIDDEN,
            Denial::NotFound => StatusCode::NOT_FOUND,
            Denial::Conflict => StatusCode::CONFLICT,
            Denial::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Denial::TooManyAttempts => StatusCode::TOO_MANY_REQUESTS,
            Denial::TooSlow => StatusCode::REQUEST_TIMEOUT,
            Denial::Unprocessable => StatusCode::UNPROCESSABLE_ENTITY,
        },
        // An earlier package is still on its way: the client retries.
        ServerError::Later { .. } => StatusCode::CONFLICT,
        // The database is out of reach for now: the client retries.
        _ if error.is_unavailable() => StatusCode::SERVICE_UNAVAILABLE,
        ServerError::Database(_) | ServerError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

impl IntoResponse for ServerError {
    fn into_response(self) -> Response {
        if !matches!(self, Self::Refused { .. } | Self::Later { .. }) {
            tracing::error!(error = %self, "request failed");
        }
        let args: serde_json::Map<String, serde_json::Value> = self
            .args()
            .iter()
            .map(|(name, value)| ((*name).to_owned(), value.clone().into()))
            .collect();
        let body = error_body(self.code(), &self.to_string(), args, self.retryable());
        (status(&self), body).into_response()
    }
}

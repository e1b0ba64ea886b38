//! The hub's HTTP API, thin handlers over the staff desk. Every request but
//! the card's is signed by an expert, as to the agency server, and checked
//! against the keys the staff key file brought before its body is read.
//!
//! - `GET  /v1/meeting` — the meeting card, signed with the agency key
//! - `GET  /v1/meeting/chain` — the asking expert's newest package here
//! - `PUT  /v1/packages/{id}` — a score package → the agency's receipt
//! - `POST /v1/meeting/status` — the applications the expert is scoring now
//! - `GET  /v1/meeting/discussion` — the open demands as the expert is shown them
//! - `GET  /v1/meeting/minutes` — the minutes the chair fixed, to read and sign
//! - `POST /v1/meeting/minutes/signature` — the expert's signature of them

use std::collections::BTreeSet;
use std::sync::{Arc, PoisonError};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, FromRequest, Path, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use chrono::Utc;
use reviewdesk_core::{CoreError, ErrorCode};
use reviewdesk_domain::{ExpertId, PackageId};
use reviewdesk_exchange::meeting::{MAX_REPORTED_APPLICATIONS, ScoringReport};
use reviewdesk_exchange::request::MAX_SKEW;
use reviewdesk_exchange::signed_minutes::MinutesSignature;
use reviewdesk_http::{BodyError, SignedHead, documented_errors, error_body, signed_head};

use crate::hub::Hub;

/// The largest body: a whole package, as the agency server takes.
const MAX_BODY_BYTES: usize = 64 << 20;
/// How long a body may pause between its parts.
const BODY_IDLE: Duration = Duration::from_secs(30);

pub(crate) fn router(hub: Arc<Hub>) -> Router {
    Router::new()
        .route("/v1/meeting", get(card))
        .route("/v1/meeting/chain", get(chain))
        .route("/v1/meeting/status", post(status))
        .route("/v1/meeting/discussion", get(discussion))
        .route("/v1/meeting/minutes", get(minutes))
        .route("/v1/meeting/minutes/signature", post(minutes_signature))
        .route("/v1/packages/{id}", put(package))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(axum::middleware::map_response(documented_errors))
        .with_state(hub)
}

/// Why the hub did not do what was asked.
enum HubError {
    /// The staff desk's refusal, with the code the expert's app localizes.
    Core(CoreError),
    /// The request itself: unsigned, replayed, too large, too slow.
    Request {
        status: StatusCode,
        code: &'static str,
        message: String,
        retryable: bool,
    },
}

impl From<CoreError> for HubError {
    fn from(error: CoreError) -> Self {
        Self::Core(error)
    }
}

impl From<BodyError> for HubError {
    fn from(error: BodyError) -> Self {
        let (status, code, retryable) = match error {
            BodyError::TooLarge => (StatusCode::PAYLOAD_TOO_LARGE, "too-large", false),
            BodyError::Stalled { .. } => (StatusCode::REQUEST_TIMEOUT, "body-timeout", true),
        };
        Self::Request {
            status,
            code,
            message: error.to_string(),
            retryable,
        }
    }
}

fn refused(status: StatusCode, code: &'static str, message: impl Into<String>) -> HubError {
    HubError::Request {
        status,
        code,
        message: message.into(),
        retryable: false,
    }
}

/// The one place a refusal becomes an HTTP status, as the agency server's
/// would: the expert's app reads the same codes from either.
fn status_of(code: ErrorCode) -> (StatusCode, bool) {
    use ErrorCode as C;
    match code {
        // An earlier package is still on its way: the app sends it first.
        C::PackageEarly => (StatusCode::CONFLICT, true),
        C::PackageFork | C::PackageIdReused => (StatusCode::CONFLICT, false),
        C::KeyRevoked | C::PackageUnknownExpert | C::ExchangeBadSignature | C::ExchangeExpired => {
            (StatusCode::UNAUTHORIZED, false)
        }
        C::DiscussionNotOpen
        | C::DiscussionNotAssigned
        | C::DiscussionNotSubmitted
        | C::MinutesNotOnPanel => (StatusCode::FORBIDDEN, false),
        // The chair fixed the minutes again: the expert reads them anew.
        C::MinutesChanged => (StatusCode::CONFLICT, false),
        C::MinutesNotFixed => (StatusCode::NOT_FOUND, false),
        C::NotFound => (StatusCode::NOT_FOUND, false),
        C::ExchangeTooLarge => (StatusCode::PAYLOAD_TOO_LARGE, false),
        // The staff vault is locked, busy or failing: the chair can mend it.
        C::VaultLocked | C::VaultInUse | C::Io | C::Internal | C::VaultCorrupt => {
            (StatusCode::SERVICE_UNAVAILABLE, true)
        }
        _ => (StatusCode::UNPROCESSABLE_ENTITY, false),
    }
}

impl IntoResponse for HubError {
    fn into_response(self) -> Response {
        match self {
            Self::Core(error) => {
                let (status, retryable) = status_of(error.code);
                if status.is_server_error() {
                    tracing::warn!(code = error.code.as_str(), "meeting request failed");
                }
                let args = error
                    .args
                    .iter()
                    .map(|(name, value)| (name.to_string(), value.clone().into()))
                    .collect();
                let body = error_body(error.code.as_str(), &error.detail, args, retryable);
                (status, body).into_response()
            }
            Self::Request {
                status,
                code,
                message,
                retryable,
            } => {
                let body = error_body(code, &message, serde_json::Map::new(), retryable);
                (status, body).into_response()
            }
        }
    }
}

/// The expert who signed this request, once signature, clock and nonce
/// hold, and its body, which the signature covers. The headers are checked
/// before a byte of the body is read.
struct SignedBy {
    expert_id: ExpertId,
    body: Bytes,
}

impl FromRequest<Arc<Hub>> for SignedBy {
    type Rejection = HubError;

    async fn from_request(request: Request, hub: &Arc<Hub>) -> Result<Self, HubError> {
        let (parts, body) = request.into_parts();
        let SignedHead {
            signature: signed,
            method,
            path,
        } = signed_head(&parts).map_err(|missing| {
            refused(
                StatusCode::UNAUTHORIZED,
                "unsigned",
                format!("the request has no {missing} header"),
            )
        })?;
        let now = Utc::now();
        let checked = signed.clone();
        hub.desk(move |desk| desk.authenticate_expert(&checked, &method, &path, now))
            .await?;
        let fresh = hub
            .nonces
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .fresh(&signed.nonce, now, MAX_SKEW * 2);
        if !fresh {
            return Err(refused(
                StatusCode::UNAUTHORIZED,
                "replayed",
                "this request was already received",
            ));
        }
        let body = reviewdesk_http::read_body(body, MAX_BODY_BYTES, BODY_IDLE).await?;
        signed
            .check_body(&body)
            .map_err(|e| refused(StatusCode::UNAUTHORIZED, e.code().as_str(), e.to_string()))?;
        Ok(Self {
            expert_id: signed.expert_id,
            body,
        })
    }
}

async fn card(State(hub): State<Arc<Hub>>) -> Response {
    Json(hub.card.clone()).into_response()
}

async fn chain(
    State(hub): State<Arc<Hub>>,
    SignedBy { expert_id, .. }: SignedBy,
) -> Result<Response, HubError> {
    let position = hub
        .desk(move |desk| desk.chain_position(&expert_id))
        .await?;
    Ok(Json(position).into_response())
}

async fn package(
    State(hub): State<Arc<Hub>>,
    Path(id): Path<PackageId>,
    SignedBy { expert_id, body }: SignedBy,
) -> Result<Response, HubError> {
    let receipt = hub
        .desk(move |desk| desk.accept_meeting_package(&expert_id, &id, &body, Utc::now()))
        .await?;
    hub.changed();
    Ok(Json(receipt).into_response())
}

async fn status(
    State(hub): State<Arc<Hub>>,
    SignedBy { expert_id, body }: SignedBy,
) -> Result<Response, HubError> {
    let report: ScoringReport = serde_json::from_slice(&body)
        .map_err(|e| refused(StatusCode::BAD_REQUEST, "bad-json", e.to_string()))?;
    if report.call_id != hub.call_id {
        return Err(
            CoreError::new(ErrorCode::NotFound, "the meeting is on another call")
                .with("id", report.call_id)
                .into(),
        );
    }
    if report.scoring.len() > MAX_REPORTED_APPLICATIONS {
        return Err(refused(
            StatusCode::PAYLOAD_TOO_LARGE,
            "too-large",
            "the report names too many applications",
        ));
    }
    hub.report_scoring(
        &expert_id,
        report.scoring.into_iter().collect::<BTreeSet<_>>(),
    );
    Ok(StatusCode::NO_CONTENT.into_response())
}

async fn discussion(
    State(hub): State<Arc<Hub>>,
    SignedBy { expert_id, .. }: SignedBy,
) -> Result<Response, HubError> {
    let call_id = hub.call_id.clone();
    let shown = hub
        .desk(move |desk| desk.discussions_for(&call_id, &expert_id))
        .await?;
    Ok(Json(shown).into_response())
}

async fn minutes(
    State(hub): State<Arc<Hub>>,
    SignedBy { expert_id, .. }: SignedBy,
) -> Result<Response, HubError> {
    let call_id = hub.call_id.clone();
    let shown = hub
        .desk(move |desk| desk.minutes_to_sign(&call_id, &expert_id))
        .await?;
    Ok(Json(shown).into_response())
}

async fn minutes_signature(
    State(hub): State<Arc<Hub>>,
    SignedBy { expert_id, body }: SignedBy,
) -> Result<Response, HubError> {
    let signature: MinutesSignature = serde_json::from_slice(&body)
        .map_err(|e| refused(StatusCode::BAD_REQUEST, "bad-json", e.to_string()))?;
    if signature.call_id != hub.call_id {
        return Err(
            CoreError::new(ErrorCode::NotFound, "the meeting is on another call")
                .with("id", signature.call_id)
                .into(),
        );
    }
    hub.desk(move |desk| desk.accept_minutes_signature(&expert_id, &signature))
        .await?;
    hub.changed();
    Ok(StatusCode::NO_CONTENT.into_response())
}

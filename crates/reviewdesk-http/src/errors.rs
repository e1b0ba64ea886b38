//! The documented error answer, `{"code", "message", "args", "retryable"}`:
//! clients read `code` (and the named `args` its message uses), never the
//! English `message`.

use axum::Json;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

/// The documented error answer.
pub fn error_body(
    code: &str,
    message: &str,
    args: serde_json::Map<String, serde_json::Value>,
    retryable: bool,
) -> Json<serde_json::Value> {
    Json(serde_json::json!({
        "code": code,
        "message": message,
        "args": args,
        "retryable": retryable,
    }))
}

/// Middleware (`axum::middleware::map_response`): the answers the framework
/// makes itself — an unknown route, a wrong method, a body over the limit —
/// in the documented JSON, as every other error is.
pub async fn documented_errors(response: Response) -> Response {
    let status = response.status();
    let json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if json || !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let (code, message) = match status {
        StatusCode::PAYLOAD_TOO_LARGE => ("too-large", "the request body is too large"),
        StatusCode::NOT_FOUND => ("not-found", "no such resource"),
        StatusCode::METHOD_NOT_ALLOWED => (
            "method-not-allowed",
            "this resource does not take that method",
        ),
        _ if status.is_server_error() => ("internal", "the server failed"),
        _ => ("bad-request", "the request is not one this server reads"),
    };
    let body = error_body(
        code,
        message,
        serde_json::Map::new(),
        status.is_server_error(),
    );
    (status, body).into_response()
}

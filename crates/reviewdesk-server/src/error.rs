//! Why the server refused or failed, with the HTTP status and whether the
//! client may retry. Bodies are `{"code", "message", "retryable"}`.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use reviewdesk_exchange::ExchangeError;
use reviewdesk_exchange::acceptance::Refusal;

#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    /// The request or file is refused for good.
    #[error("{message}")]
    Refused {
        status: StatusCode,
        code: &'static str,
        message: String,
    },
    /// Try again later (e.g. an earlier package has not arrived yet).
    #[error("{message}")]
    Later { code: &'static str, message: String },
    #[error("database: {0}")]
    Database(#[from] rusqlite::Error),
    #[error("{0}")]
    Internal(String),
}

impl ServerError {
    pub fn refused(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        Self::Refused {
            status,
            code,
            message: message.into(),
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            Self::Refused { code, .. } | Self::Later { code, .. } => code,
            Self::Database(_) | Self::Internal(_) => "internal",
        }
    }

    pub fn status(&self) -> StatusCode {
        match self {
            Self::Refused { status, .. } => *status,
            Self::Later { .. } => StatusCode::CONFLICT,
            Self::Database(_) | Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// Whether sending the same request again later may succeed.
    pub fn retryable(&self) -> bool {
        !matches!(self, Self::Refused { .. })
    }
}

impl From<ExchangeError> for ServerError {
    fn from(error: ExchangeError) -> Self {
        let status = match error {
            ExchangeError::TooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            ExchangeError::BadSignature => StatusCode::UNAUTHORIZED,
            _ => StatusCode::UNPROCESSABLE_ENTITY,
        };
        Self::refused(status, error.code(), error.to_string())
    }
}

impl From<Refusal> for ServerError {
    fn from(refusal: Refusal) -> Self {
        let message = refusal.to_string();
        match refusal {
            Refusal::Exchange(error) => error.into(),
            // Retryable: the packages between will come.
            Refusal::Early { .. } => Self::Later {
                code: refusal.code(),
                message,
            },
            Refusal::Fork { .. } => Self::refused(StatusCode::CONFLICT, refusal.code(), message),
            Refusal::UnknownExpert { .. } | Refusal::Content(_) => {
                Self::refused(StatusCode::FORBIDDEN, refusal.code(), message)
            }
        }
    }
}

impl From<serde_json::Error> for ServerError {
    fn from(error: serde_json::Error) -> Self {
        Self::refused(StatusCode::BAD_REQUEST, "bad-json", error.to_string())
    }
}

impl IntoResponse for ServerError {
    fn into_response(self) -> Response {
        if !matches!(self, Self::Refused { .. } | Self::Later { .. }) {
            tracing::error!(error = %self, "request failed");
        }
        let body = serde_json::json!({
            "code": self.code(),
            "message": self.to_string(),
            "retryable": self.retryable(),
        });
        (self.status(), axum::Json(body)).into_response()
    }
}

//! Why the server refused or failed, and whether the client may retry. What
//! kind of refusal it is decides the HTTP status, which only `http.rs`
//! chooses; bodies are `{"code", "message", "retryable"}`.

use reviewdesk_exchange::ExchangeError;
use reviewdesk_exchange::acceptance::Refusal;

/// What kind of refusal: the request is malformed, unauthenticated, not
/// allowed, about something unknown, in conflict with what the server holds,
/// too large, or well-formed but unacceptable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Denial {
    BadRequest,
    Unauthorized,
    Forbidden,
    NotFound,
    Conflict,
    TooLarge,
    Unprocessable,
}

#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    /// The request or file is refused for good.
    #[error("{message}")]
    Refused {
        denial: Denial,
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
    pub fn refused(denial: Denial, code: &'static str, message: impl Into<String>) -> Self {
        Self::Refused {
            denial,
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

    /// Whether sending the same request again later may succeed.
    pub fn retryable(&self) -> bool {
        !matches!(self, Self::Refused { .. })
    }
}

impl From<ExchangeError> for ServerError {
    fn from(error: ExchangeError) -> Self {
        let denial = match error {
            ExchangeError::TooLarge { .. } => Denial::TooLarge,
            ExchangeError::BadSignature => Denial::Unauthorized,
            _ => Denial::Unprocessable,
        };
        Self::refused(denial, error.code().as_str(), error.to_string())
    }
}

impl From<Refusal> for ServerError {
    fn from(refusal: Refusal) -> Self {
        let message = refusal.to_string();
        match refusal {
            Refusal::Exchange(error) => error.into(),
            // Retryable: the packages between will come.
            Refusal::Early { .. } => Self::Later {
                code: refusal.code().as_str(),
                message,
            },
            Refusal::Fork { .. } => {
                Self::refused(Denial::Conflict, refusal.code().as_str(), message)
            }
            Refusal::UnknownExpert { .. } | Refusal::Content(_) => {
                Self::refused(Denial::Forbidden, refusal.code().as_str(), message)
            }
        }
    }
}

impl From<serde_json::Error> for ServerError {
    fn from(error: serde_json::Error) -> Self {
        Self::refused(Denial::BadRequest, "bad-json", error.to_string())
    }
}

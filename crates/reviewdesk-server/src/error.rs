//! Why the server refused or failed, and whether the client may retry. What
//! kind of refusal it is decides the HTTP status, which only `http.rs`
//! chooses; bodies are `{"code", "message", "args", "retryable"}`, where
//! `args` are the named values the client's message for `code` uses.

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
    /// Locked out for a while after too many failures.
    TooManyAttempts,
    /// The client sent too slowly (a stalled request body).
    TooSlow,
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
        args: Vec<(&'static str, String)>,
    },
    /// Try again later (e.g. an earlier package has not arrived yet).
    #[error("{message}")]
    Later {
        code: &'static str,
        message: String,
        args: Vec<(&'static str, String)>,
    },
    #[error(transparent)]
    Database(crate::store::StoreError),
    #[error("{0}")]
    Internal(String),
}

impl ServerError {
    pub fn refused(denial: Denial, code: &'static str, message: impl Into<String>) -> Self {
        Self::Refused {
            denial,
            code,
            message: message.into(),
            args: Vec::new(),
        }
    }

    pub fn later(code: &'static str, message: impl Into<String>) -> Self {
        Self::Later {
            code,
            message: message.into(),
            args: Vec::new(),
        }
    }

    /// The same refusal, with the named values its message uses.
    pub fn with_args(mut self, named: Vec<(&'static str, String)>) -> Self {
        if let Self::Refused { args, .. } | Self::Later { args, .. } = &mut self {
            *args = named;
        }
        self
    }

    pub fn args(&self) -> &[(&'static str, String)] {
        match self {
            Self::Refused { args, .. } | Self::Later { args, .. } => args,
            Self::Database(_) | Self::Internal(_) => &[],
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            Self::Refused { code, .. } | Self::Later { code, .. } => code,
            Self::Database(crate::store::StoreError::Unavailable(_)) => "unavailable",
            Self::Database(_) | Self::Internal(_) => "internal",
        }
    }

    /// Whether sending the same request again later may succeed.
    pub fn retryable(&self) -> bool {
        // A body that stalled on a poor link may well arrive next time.
        !matches!(self, Self::Refused { denial, .. } if *denial != Denial::TooSlow)
    }

    /// Whether the database cannot be reached for now.
    pub fn is_unavailable(&self) -> bool {
        matches!(
            self,
            Self::Database(crate::store::StoreError::Unavailable(_))
        )
    }
}

impl From<ExchangeError> for ServerError {
    fn from(error: ExchangeError) -> Self {
        let denial = match error {
            ExchangeError::TooLarge { .. } => Denial::TooLarge,
            ExchangeError::BadSignature => Denial::Unauthorized,
            _ => Denial::Unprocessable,
        };
        Self::refused(denial, error.code().as_str(), error.to_string()).with_args(error.args())
    }
}

impl From<Refusal> for ServerError {
    fn from(refusal: Refusal) -> Self {
        let (code, message, args) = (refusal.code().as_str(), refusal.to_string(), refusal.args());
        match refusal {
            Refusal::Exchange(error) => error.into(),
            // Retryable: the packages between will come.
            Refusal::Early { .. } => Self::later(code, message).with_args(args),
            Refusal::Fork { .. } => Self::refused(Denial::Conflict, code, message).with_args(args),
            Refusal::UnknownExpert { .. } | Refusal::Content(_) => {
                Self::refused(Denial::Forbidden, code, message).with_args(args)
            }
        }
    }
}

impl From<serde_json::Error> for ServerError {
    fn from(error: serde_json::Error) -> Self {
        Self::refused(Denial::BadRequest, "bad-json", error.to_string())
    }
}

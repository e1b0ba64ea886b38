//! What the agency server and the meeting hub both serve HTTP with, so the
//! two answer a hostile network the same way:
//!
//! - `serve` — the accept loop: a bounded number of connections, headers
//!   and TLS handshakes within a deadline, a graceful stop;
//! - `body` — a request body read within a size limit and a pace;
//! - `errors` — the documented error answer, `{"code", "message", "args",
//!   "retryable"}`, also for what the framework answers itself;
//! - `tls` — HTTPS identities: a certificate and key loaded from PEM files,
//!   or a certificate made for one meeting;
//! - `signed` — an expert's signed request's headers, method and path,
//!   read before its body.

pub mod body;
pub mod errors;
pub mod serve;
pub mod signed;
pub mod tls;

pub use body::{BodyError, read_body};
pub use errors::{documented_errors, error_body};
pub use serve::{ConnectionLimits, serve_until};
pub use signed::{SignedHead, signed_head};
pub use tls::{TlsError, TlsIdentity};

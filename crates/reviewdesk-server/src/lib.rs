//! The agency's reference server: a library (this crate) and a binary
//! (`reviewdesk-server`, `src/main.rs`) whose `serve` runs the HTTP API and
//! whose admin subcommands drive the same operations from the shell.
//!
//! - `agency` — the operations: load a call, register and enroll experts,
//!   issue bundles, accept packages with receipts, staff progress.
//! - `enrollment` — experts' keys: codes, enrollment, re-enrollment that
//!   revokes the old key at the chain head, and each expert's key history.
//! - `http` — the axum API over them.
//! - `audit` — the hash-chained audit log of every action.
//! - `seal` — the agency's secret keys at rest, sealed to a key file or a
//!   passphrase.
//! - `tls` — HTTPS: the certificate and key, checked to belong together.
//! - `upload` — packages uploaded in parts, resumed from the server's offset.
//! - `sign_in` — staff sign-in under attack: lockouts, equal-time refusals,
//!   a few password checks at a time.
//! - `store` — where the data lives, behind one contract: the embedded
//!   SQLite file or PostgreSQL; the only module that knows SQL.
//!
//! Invariants: a package is accepted at most once per id (same bytes get the
//! stored receipt, other bytes are refused); an expert's packages form an
//! unbroken chain; every request an expert makes is signed and never replayed.

pub mod agency;
pub mod audit;
mod enrollment;
mod error;
pub mod http;
pub mod seal;
pub mod sign_in;
mod staff_token;
pub mod store;
#[doc(hidden)]
pub mod testing;
pub mod tls;
pub mod upload;

pub use agency::Agency;
pub use error::{Denial, ServerError};
pub use seal::Unseal;
pub use store::Database;

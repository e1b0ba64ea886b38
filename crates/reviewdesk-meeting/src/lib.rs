//! The panel meeting's hub: on the room's network, with no internet, the
//! staff app (or `reviewdesk-server meeting`) serves the experts' apps over
//! TLS with a certificate made for the meeting. Packages are taken by the
//! staff desk's acceptance rule and answered with the agency's receipts, so
//! an expert's app treats the hub as it treats the agency server; the chair
//! sees each expert's state change as it happens.
//!
//! - `hub` — a running meeting: the staff session it answers from, its
//!   signed card, what experts report, the change signal the board follows;
//! - `routes` — the HTTP API over it (`docs/formats.md`, "The meeting hub");
//! - `join_card` — what the chair shows the room: addresses, the
//!   certificate's fingerprint, the meeting code, a QR code;
//! - `nonces` — a request is never taken twice.
//!
//! Invariants: the hub holds no key of its own but the certificate's, made
//! in memory and gone when the meeting ends; everything it learns goes
//! through the staff desk's acceptance rule into the staff vault, so what a
//! meeting received is what a later import or fetch would have.

mod hub;
pub mod join_card;
mod nonces;
mod routes;

pub use hub::{Meeting, MeetingOptions, start};
pub use join_card::{join_card, qr_text};
pub use reviewdesk_core::staff::hub::{HubView, JoinCard};

//! The review domain of the cross-border open competition (揭榜挂帅): a call with its
//! demands posed by ASEAN organisations, the applications that answer them, the
//! experts who review them, and the versioned agency data document that carries them.
//!
//! Invariant: this crate does no I/O and knows nothing of storage, transport or UI.
//! It is plain data, validation and arithmetic, so every other crate can trust it.

pub mod calibration;
pub mod checklist;
pub mod credit_code;
pub mod default_rubrics;
pub mod discussion;
pub mod document;
pub mod error_code;
pub mod ids;
pub mod model;
pub mod panel;
pub mod rubric;
pub mod scores;
pub mod sheet;
pub mod text;
pub mod time;

pub use credit_code::{CreditCode, CreditCodeError};
pub use document::{AgencyDocument, DocumentError, DocumentErrorKind, ValidatedDocument};
pub use error_code::{ErrorCode, Problem};
pub use ids::{ApplicationId, CallId, DemandId, ExpertId, PackageId};
pub use model::*;
pub use text::{LanguageTag, LocalizedText};
pub use time::Timestamp;

//! ReviewDesk's use cases. A [`Session`] holds the vault (locked or unlocked)
//! and what both roles read; [`Session::expert`] gives the expert's desk
//! (scoring, outbox, enrollment, bundles) and [`Session::staff`] the staff's
//! (staff key, panel packages, panel and meeting, documents). The desktop app,
//! the CLI and the tests all call these; none of them talks to the vault
//! directly.
//!
//! Invariants: this crate knows nothing of Tauri, of terminals or of HTTP. Errors
//! leave it as [`CoreError`], a stable code with arguments that any front end can
//! localize.

pub mod backup;
pub mod bindings;
mod error;
pub mod expert;
mod figures;
pub mod files;
pub mod minutes_check;
pub mod passphrase;
mod reading;
mod session;
pub mod settings;
pub mod staff;
pub mod views;

pub use error::{CoreError, ErrorPayload, Failure};
pub use expert::ExpertDesk;
pub use expert::enrollment::IdentityView;
pub use expert::outbox;
pub use figures::figure_arg;
pub use reviewdesk_domain::Problem;
pub use reviewdesk_domain::{
    ApplicationId, CallId, DemandId, ErrorCode, ExpertId, PackageId, Timestamp, checklist, rubric,
    sheet, wire_name,
};
use reviewdesk_exchange::EnrolledKey;
pub use reviewdesk_exchange::PublicKeys;
pub use reviewdesk_exchange::enrollment::{EnrollmentRequest, EnrollmentResponse};
pub use reviewdesk_exchange::manifest::PackageManifest;
pub use reviewdesk_i18n::{Arg, Language, Localizer};
pub use reviewdesk_vault::{ImportOutcome, ImportProgress, KdfParams, Passphrase};
pub use session::{Desk, Session};
pub use staff::StaffDesk;

/// Checks a score package file as anyone can — its form, signature and
/// hashes, by the first step of the acceptance rule: with an expert's id and
/// registered keys, the package must name that expert and carry their
/// signature; without, it is only proven intact under the key it names.
pub fn verify_package(
    bytes: &[u8],
    expert: Option<(&str, &PublicKeys)>,
    agency: &PublicKeys,
) -> Result<PackageManifest, CoreError> {
    let registered = expert.map(|(id, keys)| (id, [EnrolledKey::only(keys.clone())]));
    let verified = reviewdesk_exchange::package::verify(
        bytes,
        registered.as_ref().map(|(expert_id, keys)| {
            reviewdesk_exchange::package::RegisteredExpert { expert_id, keys }
        }),
        agency,
        reviewdesk_exchange::Limits::default(),
    )?;
    Ok(verified.manifest)
}

/// Whether a vault (database and key file) exists at `path`.
pub fn vault_exists(path: &std::path::Path) -> bool {
    reviewdesk_vault::Vault::exists(path)
}

/// Generates the demo call as JSON bytes, for `reviewdesk demo-data` and `--demo`.
#[cfg(feature = "demo")]
pub fn demo_document(scale: usize) -> Vec<u8> {
    reviewdesk_demo::generate_json(reviewdesk_demo::DEMO_SEED, scale)
}

/// The demo call dated from `today`: applications closed the day before,
/// the pre-review still open (`reviewdesk demo-data --today`, which the
/// demo command uses).
#[cfg(feature = "demo")]
pub fn demo_document_on(scale: usize, today: chrono::NaiveDate) -> Vec<u8> {
    reviewdesk_demo::generate_json_on(reviewdesk_demo::DEMO_SEED, scale, today)
}

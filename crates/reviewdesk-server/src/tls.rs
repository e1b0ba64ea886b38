//! HTTPS for the server: the certificate chain and private key from PEM
//! files, checked to belong together (`reviewdesk_http::tls`). The
//! certificate's SHA-256 is what experts' apps pin at enrollment when the
//! platform does not trust it (an agency's own, self-signed certificate).

use std::path::Path;

pub use reviewdesk_http::TlsIdentity;

use crate::{Denial, ServerError};

fn refused(error: reviewdesk_http::TlsError) -> ServerError {
    ServerError::refused(Denial::BadRequest, "tls-certificate", error.0)
}

/// The fingerprint of the certificate in `cert`, as clients pin it: what the
/// staff key file carries for staff to trust the server with.
pub fn fingerprint(cert: &Path) -> Result<String, ServerError> {
    reviewdesk_http::tls::fingerprint(cert).map_err(refused)
}

/// Loads the certificate chain (`cert`, end-entity first) and its private
/// key (`key`); refused when either cannot be read or they do not belong
/// together.
pub fn load(cert: &Path, key: &Path) -> Result<TlsIdentity, ServerError> {
    reviewdesk_http::tls::load(cert, key).map_err(refused)
}

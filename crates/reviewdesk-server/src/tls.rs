//! HTTPS for the server: the certificate chain and private key from PEM
//! files, checked to belong together, served with rustls (ring). The
//! certificate's SHA-256 is what experts' apps pin at enrollment when the
//! platform does not trust it (an agency's own, self-signed certificate).

use std::path::Path;
use std::sync::Arc;

use rustls::pki_types::pem::PemObject as _;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use sha2::{Digest as _, Sha256};

use crate::{Denial, ServerError};

/// What the server answers HTTPS with.
#[derive(Debug, Clone)]
pub struct TlsIdentity {
    pub config: Arc<rustls::ServerConfig>,
    /// SHA-256 (hex) of the end-entity certificate.
    pub fingerprint: String,
}

fn refused(message: String) -> ServerError {
    ServerError::refused(Denial::BadRequest, "tls-certificate", message)
}

/// The certificate chain in `cert` (PEM, end-entity first) and the
/// end-entity certificate's SHA-256 (hex), the fingerprint clients pin.
fn chain(cert: &Path) -> Result<(Vec<CertificateDer<'static>>, String), ServerError> {
    let chain: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(cert)
        .and_then(Iterator::collect)
        .map_err(|e| refused(format!("{}: {e}", cert.display())))?;
    let Some(end_entity) = chain.first() else {
        return Err(refused(format!("{} holds no certificate", cert.display())));
    };
    let fingerprint = hex::encode(Sha256::digest(end_entity.as_ref()));
    Ok((chain, fingerprint))
}

/// The fingerprint of the certificate in `cert`, as clients pin it: what the
/// staff key file carries for staff to trust the server with.
pub fn fingerprint(cert: &Path) -> Result<String, ServerError> {
    Ok(chain(cert)?.1)
}

/// Loads the certificate chain (`cert`, end-entity first) and its private
/// key (`key`); refused when either cannot be read or they do not belong
/// together.
pub fn load(cert: &Path, key: &Path) -> Result<TlsIdentity, ServerError> {
    let (chain, fingerprint) = chain(cert)?;
    let private_key = PrivateKeyDer::from_pem_file(key)
        .map_err(|e| refused(format!("{}: {e}", key.display())))?;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| refused(e.to_string()))?
        .with_no_client_auth()
        .with_single_cert(chain, private_key)
        .map_err(|e| {
            refused(format!(
                "{} and {} do not make a certificate and its key: {e}",
                cert.display(),
                key.display()
            ))
        })?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(TlsIdentity {
        config: Arc::new(config),
        fingerprint,
    })
}

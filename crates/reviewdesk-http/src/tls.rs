//! HTTPS identities: a certificate chain and private key from PEM files,
//! checked to belong together (the agency server's), or a self-signed
//! certificate made in memory for one meeting (the hub's, never written to
//! disk). Served with rustls (ring). The end-entity certificate's SHA-256 is
//! what clients pin.

use std::path::Path;
use std::sync::Arc;

use rustls::pki_types::pem::PemObject as _;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use sha2::{Digest as _, Sha256};

/// What a server answers HTTPS with.
#[derive(Debug, Clone)]
pub struct TlsIdentity {
    pub config: Arc<rustls::ServerConfig>,
    /// SHA-256 (hex) of the end-entity certificate.
    pub fingerprint: String,
}

/// A certificate or key that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct TlsError(pub String);

/// SHA-256 (hex) of a certificate, as clients pin it.
pub fn fingerprint_of(der: &[u8]) -> String {
    hex::encode(Sha256::digest(der))
}

/// The certificate chain in `cert` (PEM, end-entity first) and the
/// end-entity certificate's fingerprint.
fn chain(cert: &Path) -> Result<(Vec<CertificateDer<'static>>, String), TlsError> {
    let chain: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(cert)
        .and_then(Iterator::collect)
        .map_err(|e| TlsError(format!("{}: {e}", cert.display())))?;
    let Some(end_entity) = chain.first() else {
        return Err(TlsError(format!("{} holds no certificate", cert.display())));
    };
    let fingerprint = fingerprint_of(end_entity.as_ref());
    Ok((chain, fingerprint))
}

/// The fingerprint of the certificate in `cert`, as clients pin it.
pub fn fingerprint(cert: &Path) -> Result<String, TlsError> {
    Ok(chain(cert)?.1)
}

/// Loads the certificate chain (`cert`, end-entity first) and its private
/// key (`key`); refused when either cannot be read or they do not belong
/// together.
pub fn load(cert: &Path, key: &Path) -> Result<TlsIdentity, TlsError> {
    let (chain, fingerprint) = chain(cert)?;
    let private_key = PrivateKeyDer::from_pem_file(key)
        .map_err(|e| TlsError(format!("{}: {e}", key.display())))?;
    identity(chain, private_key, fingerprint).map_err(|e| {
        TlsError(format!(
            "{} and {} do not make a certificate and its key: {e}",
            cert.display(),
            key.display()
        ))
    })
}

/// A self-signed certificate for `names` (host names or IP addresses), made
/// now and held only in memory: a meeting's, trusted by its fingerprint.
pub fn self_signed(names: Vec<String>) -> Result<TlsIdentity, TlsError> {
    let made = rcgen::generate_simple_self_signed(names).map_err(|e| TlsError(e.to_string()))?;
    let certificate = made.cert.der().clone();
    let fingerprint = fingerprint_of(certificate.as_ref());
    let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(made.signing_key.serialize_der()));
    identity(vec![certificate], key, fingerprint)
}

fn identity(
    chain: Vec<CertificateDer<'static>>,
    key: PrivateKeyDer<'static>,
    fingerprint: String,
) -> Result<TlsIdentity, TlsError> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| TlsError(e.to_string()))?
        .with_no_client_auth()
        .with_single_cert(chain, key)
        .map_err(|e| TlsError(e.to_string()))?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(TlsIdentity {
        config: Arc::new(config),
        fingerprint,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_meetings_certificate_is_new_each_time() {
        let one = self_signed(vec!["127.0.0.1".into()]).expect("made");
        let other = self_signed(vec!["127.0.0.1".into()]).expect("made");
        assert_eq!(one.fingerprint.len(), 64);
        assert_ne!(one.fingerprint, other.fingerprint);
    }
}

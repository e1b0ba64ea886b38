//! How the clients reach the agency server. HTTPS with rustls: a server
//! certificate the platform trusts, or — for an agency that uses its own
//! self-signed certificate — exactly the certificate pinned at enrollment,
//! and no other. Plain HTTP goes only to this machine (loopback) unless the
//! user chose it for a server elsewhere, so a staff password or a package
//! never crosses the network unprotected by accident.

use std::net::IpAddr;
use std::sync::{Arc, Mutex, PoisonError};

use reviewdesk_core::ErrorCode;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::CryptoProvider;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{DigitallySignedStruct, SignatureScheme};
use sha2::{Digest as _, Sha256};

use crate::SyncError;

/// What a client trusts for one server.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Trust {
    /// SHA-256 (hex) of the one certificate to accept, pinned at enrollment.
    pub pinned: Option<String>,
    /// Plain HTTP to a server on another machine, chosen by the user.
    pub insecure_http: bool,
    /// Joining a meeting's hub: the one certificate accepted is the one
    /// whose fingerprint this meeting code is read from.
    pub meeting_code: Option<String>,
}

/// SHA-256 (hex) of a certificate, as pins are written.
pub fn fingerprint(der: &[u8]) -> String {
    hex::encode(Sha256::digest(der))
}

/// The certificate a server showed, and whether it held: what enrollment
/// compares with the signed response, and what explains a refused handshake.
#[derive(Debug, Default)]
pub(crate) struct Seen {
    shown: Mutex<Option<Shown>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Shown {
    pub fingerprint: String,
    /// The platform trusts it.
    pub trusted: bool,
    /// It is not the pinned one.
    pub mismatched: bool,
}

impl Seen {
    pub(crate) fn shown(&self) -> Option<Shown> {
        self.shown
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    fn record(&self, shown: Shown) {
        *self.shown.lock().unwrap_or_else(PoisonError::into_inner) = Some(shown);
    }
}

#[derive(Debug)]
struct Verifier {
    platform: Arc<dyn ServerCertVerifier>,
    provider: Arc<CryptoProvider>,
    pinned: Option<String>,
    meeting_code: Option<String>,
    /// On first contact (enrollment) a certificate the platform does not
    /// trust is let through, to be judged against the signed response.
    first_contact: bool,
    seen: Arc<Seen>,
}

fn refused_certificate() -> rustls::Error {
    rustls::Error::InvalidCertificate(rustls::CertificateError::ApplicationVerificationFailure)
}

impl ServerCertVerifier for Verifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let fingerprint = fingerprint(end_entity);
        let pinned = match (&self.pinned, &self.meeting_code) {
            (Some(pinned), _) => Some(*pinned == fingerprint),
            (None, Some(code)) => Some(reviewdesk_exchange::meeting::code_matches(
                code,
                &fingerprint,
            )),
            (None, None) => None,
        };
        if let Some(held) = pinned {
            let mismatched = !held;
            self.seen.record(Shown {
                fingerprint,
                trusted: false,
                mismatched,
            });
            return if mismatched {
                Err(refused_certificate())
            } else {
                Ok(ServerCertVerified::assertion())
            };
        }
        let platform = self.platform.verify_server_cert(
            end_entity,
            intermediates,
            server_name,
            ocsp_response,
            now,
        );
        self.seen.record(Shown {
            fingerprint,
            trusted: platform.is_ok(),
            mismatched: false,
        });
        match platform {
            Err(_) if self.first_contact => Ok(ServerCertVerified::assertion()),
            other => other,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}

/// Whether `server` may be spoken to as `trust` allows: HTTPS always, plain
/// HTTP to this machine or when the user chose it.
pub fn check_address(server: &str, trust: &Trust) -> Result<(), SyncError> {
    let Some(rest) = server.strip_prefix("http://") else {
        return Ok(());
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = match authority.rsplit_once(':') {
        Some((host, port)) if port.chars().all(|c| c.is_ascii_digit()) => host,
        _ => authority,
    };
    let host = host.trim_start_matches('[').trim_end_matches(']');
    let loopback = host.eq_ignore_ascii_case("localhost")
        || host.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback());
    if loopback || trust.insecure_http {
        Ok(())
    } else {
        Err(refusal(ErrorCode::InsecureHttp, server))
    }
}

pub(crate) fn refusal(code: ErrorCode, server: &str) -> SyncError {
    SyncError::Unsafe {
        code,
        server: server.to_owned(),
    }
}

/// A connection to one server: the HTTP client and what its handshakes saw.
pub(crate) struct Connection {
    pub http: reqwest::Client,
    pub seen: Arc<Seen>,
    server: String,
}

impl Connection {
    /// A client for `server` as `trust` allows; `first_contact` lets an
    /// untrusted certificate through to be judged after the answer (see
    /// [`Seen`]). `configure` sets timeouts.
    pub(crate) fn new(
        server: &str,
        trust: &Trust,
        first_contact: bool,
        configure: impl FnOnce(reqwest::ClientBuilder) -> reqwest::ClientBuilder,
    ) -> Result<Self, SyncError> {
        check_address(server, trust)?;
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let failed = |e: &dyn std::fmt::Display| SyncError::Retryable(format!("TLS: {e}"));
        let platform = rustls_platform_verifier::Verifier::new(Arc::clone(&provider))
            .map_err(|e| failed(&e))?;
        let seen = Arc::new(Seen::default());
        let verifier = Verifier {
            platform: Arc::new(platform),
            provider: Arc::clone(&provider),
            pinned: trust.pinned.clone(),
            meeting_code: trust.meeting_code.clone(),
            first_contact,
            seen: Arc::clone(&seen),
        };
        let config = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| failed(&e))?
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(verifier))
            .with_no_client_auth();
        let http = configure(reqwest::Client::builder().tls_backend_preconfigured(config))
            .build()
            .map_err(|e| failed(&e))?;
        Ok(Self {
            http,
            seen,
            server: server.to_owned(),
        })
    }

    /// What a failed request means: a certificate refused for good, or a
    /// failure worth retrying.
    pub(crate) fn failed(&self, error: &reqwest::Error) -> SyncError {
        match self.seen.shown() {
            Some(shown) if shown.mismatched => {
                refusal(ErrorCode::ServerCertificateChanged, &self.server)
            }
            Some(shown) if !shown.trusted && error.is_connect() => {
                refusal(ErrorCode::ServerCertificateUntrusted, &self.server)
            }
            _ => SyncError::Retryable(error.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_http_goes_only_to_this_machine_unless_chosen() {
        let trust = Trust::default();
        for allowed in [
            "https://agency.example/",
            "http://127.0.0.1:8750",
            "http://localhost:8750/",
            "http://[::1]:8750",
        ] {
            assert_eq!(check_address(allowed, &trust), Ok(()), "{allowed}");
        }
        for refused in [
            "http://agency.example",
            "http://192.0.2.7:8750",
            "http://127.0.0.1.example:80",
        ] {
            let error = check_address(refused, &trust).expect_err(refused);
            assert!(
                matches!(
                    &error,
                    SyncError::Unsafe {
                        code: ErrorCode::InsecureHttp,
                        ..
                    }
                ),
                "{refused}: {error:?}"
            );
        }
        let chosen = Trust {
            insecure_http: true,
            ..Trust::default()
        };
        assert_eq!(check_address("http://agency.example", &chosen), Ok(()));
    }
}

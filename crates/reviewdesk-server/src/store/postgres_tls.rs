//! How the server reaches PostgreSQL, and whether over TLS. A database on
//! another machine is reached over TLS whose certificate is checked — against
//! the platform's roots, or against the agency's own authority named by
//! libpq's `sslrootcert=FILE` in the address — unless the address says
//! `sslmode=disable`; libpq's default (`prefer`) would fall back to plain
//! text when the network says so, which is what an attacker on it would say.
//! A database on this machine (loopback or a Unix socket) is reached as the
//! address says, plain unless `sslmode=require`.

use std::net::IpAddr;
use std::str::FromStr as _;
use std::sync::Arc;

use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject as _;
use tokio_postgres::config::{Host, SslMode};
use tokio_postgres_rustls::MakeRustlsConnect;

use super::StoreError;

/// A parsed address and the TLS it is reached with (`None`: plain).
pub(crate) struct Reach {
    pub(crate) config: tokio_postgres::Config,
    pub(crate) tls: Option<MakeRustlsConnect>,
}

/// The most a `sslrootcert` file may hold: a few certificates.
const ROOTS_LIMIT: u64 = 1 << 20;

fn refused(message: String) -> StoreError {
    StoreError::Failed(format!("the database address: {message}"))
}

/// Parses `address` (a URL or libpq's `key=value` form) and decides the TLS.
pub(crate) fn reach(address: &str) -> Result<Reach, StoreError> {
    let (address, root_file) = take_root_file(address);
    let mut config =
        tokio_postgres::Config::from_str(&address).map_err(|e| refused(e.to_string()))?;
    let mode = config.get_ssl_mode();
    let tls = match mode {
        SslMode::Disable => false,
        SslMode::Require => true,
        // `prefer`, the default: TLS and nothing less off this machine.
        _ => {
            let remote = !on_this_machine(&config);
            if remote {
                config.ssl_mode(SslMode::Require);
            }
            remote
        }
    };
    if !tls {
        return Ok(Reach { config, tls: None });
    }
    let client = client_config(root_file.as_deref())?;
    Ok(Reach {
        config,
        tls: Some(MakeRustlsConnect::new(client)),
    })
}

/// Whether every host the address names is this machine.
fn on_this_machine(config: &tokio_postgres::Config) -> bool {
    let hosts = config.get_hosts();
    !hosts.is_empty()
        && hosts.iter().all(|host| match host {
            // A Unix socket (there are none on Windows).
            #[cfg(unix)]
            Host::Unix(_) => true,
            Host::Tcp(name) => {
                name == "localhost"
                    || name
                        .trim_start_matches('[')
                        .trim_end_matches(']')
                        .parse::<IpAddr>()
                        .is_ok_and(|ip| ip.is_loopback())
            }
        })
}

/// The address without libpq's `sslrootcert` (which tokio-postgres does not
/// know), and the file it named.
fn take_root_file(address: &str) -> (String, Option<String>) {
    const KEY: &str = "sslrootcert=";
    let mut root = None;
    if let Some((base, query)) = address.split_once('?') {
        let kept: Vec<&str> = query
            .split('&')
            .filter(|part| match part.strip_prefix(KEY) {
                Some(file) => {
                    root = Some(file.to_owned());
                    false
                }
                None => true,
            })
            .collect();
        let address = if kept.is_empty() {
            base.to_owned()
        } else {
            format!("{base}?{}", kept.join("&"))
        };
        return (address, root);
    }
    let kept: Vec<&str> = address
        .split_whitespace()
        .filter(|part| match part.strip_prefix(KEY) {
            Some(file) => {
                root = Some(file.to_owned());
                false
            }
            None => true,
        })
        .collect();
    (kept.join(" "), root)
}

/// rustls (ring) checking the database's certificate against the
/// certificates in `root_file`, or the platform's roots without one.
fn client_config(root_file: Option<&str>) -> Result<rustls::ClientConfig, StoreError> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = rustls::ClientConfig::builder_with_provider(Arc::clone(&provider))
        .with_safe_default_protocol_versions()
        .map_err(|e| refused(e.to_string()))?;
    let config = match root_file {
        Some(file) => {
            let mut roots = rustls::RootCertStore::empty();
            for certificate in read_roots(file)? {
                roots
                    .add(certificate)
                    .map_err(|e| refused(format!("sslrootcert {file}: {e}")))?;
            }
            builder.with_root_certificates(roots)
        }
        None => {
            let platform = rustls_platform_verifier::Verifier::new(provider)
                .map_err(|e| refused(e.to_string()))?;
            builder
                .dangerous()
                .with_custom_certificate_verifier(Arc::new(platform))
        }
    };
    Ok(config.with_no_client_auth())
}

/// The certificates (PEM) in `file`, refused unread when it is larger than
/// a few certificates can be.
fn read_roots(file: &str) -> Result<Vec<CertificateDer<'static>>, StoreError> {
    let unreadable = |e: &dyn std::fmt::Display| refused(format!("sslrootcert {file}: {e}"));
    let size = std::fs::metadata(file).map_err(|e| unreadable(&e))?.len();
    if size > ROOTS_LIMIT {
        return Err(unreadable(&format!(
            "{size} bytes, more than {ROOTS_LIMIT}"
        )));
    }
    let certificates: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(file)
        .and_then(Iterator::collect)
        .map_err(|e| unreadable(&e))?;
    if certificates.is_empty() {
        return Err(unreadable(&"no certificate in it"));
    }
    Ok(certificates)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tls_for(address: &str) -> bool {
        reach(address).expect("parsed").tls.is_some()
    }

    #[test]
    fn another_machine_is_reached_over_tls_unless_the_address_says_disable() {
        assert!(tls_for("postgres://agency@db.example/reviewdesk"));
        assert!(tls_for(
            "postgres://agency@10.0.0.5/reviewdesk?sslmode=prefer"
        ));
        assert!(tls_for("host=db.example user=agency"));
        let required = reach("postgres://agency@db.example/reviewdesk").expect("parsed");
        assert_eq!(
            required.config.get_ssl_mode(),
            SslMode::Require,
            "no falling back to plain text"
        );
        assert!(!tls_for(
            "postgres://agency@db.example/reviewdesk?sslmode=disable"
        ));
    }

    #[test]
    fn this_machine_is_reached_as_the_address_says() {
        assert!(!tls_for("postgres://agency@127.0.0.1/reviewdesk"));
        assert!(!tls_for("postgres://agency@localhost:5433/reviewdesk"));
        assert!(!tls_for("host=/var/run/postgresql user=agency"));
        assert!(tls_for(
            "postgres://agency@127.0.0.1/reviewdesk?sslmode=require"
        ));
    }

    #[test]
    fn sslrootcert_is_taken_out_of_the_address_and_read() {
        let (address, root) = take_root_file(
            "postgres://a@db.example/r?sslmode=require&sslrootcert=/etc/ca.pem&application_name=x",
        );
        assert_eq!(
            address,
            "postgres://a@db.example/r?sslmode=require&application_name=x"
        );
        assert_eq!(root.as_deref(), Some("/etc/ca.pem"));
        let (address, root) = take_root_file("host=db.example sslrootcert=/etc/ca.pem user=a");
        assert_eq!(address, "host=db.example user=a");
        assert_eq!(root.as_deref(), Some("/etc/ca.pem"));

        let missing = reach("postgres://a@db.example/r?sslrootcert=/nonexistent/ca.pem");
        let Err(StoreError::Failed(message)) = missing else {
            panic!("a missing root file is refused");
        };
        assert!(message.contains("/nonexistent/ca.pem"), "{message}");

        // A root file larger than certificates can be is refused unread.
        let dir = std::env::temp_dir().join(format!("roots-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("dir");
        let huge = dir.join("huge.pem");
        std::fs::write(&huge, vec![b'A'; (ROOTS_LIMIT + 1) as usize]).expect("write");
        let refused = reach(&format!(
            "postgres://a@db.example/r?sslrootcert={}",
            huge.display()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        let Err(StoreError::Failed(message)) = refused else {
            panic!("an oversized root file is refused");
        };
        assert!(message.contains("more than"), "{message}");
    }
}

//! HTTPS with an agency's own, self-signed certificate: enrollment pins it,
//! sync runs over it, another certificate on the same address is refused
//! with its own error and nothing sent, staff reach it with the pin their
//! staff key file carries and not without, and plain HTTP to another
//! machine is refused before a byte leaves.

use std::collections::BTreeSet;
use std::net::SocketAddr;
use std::path::Path;

use reviewdesk_core::{ErrorCode, KdfParams, Passphrase, Session};
use reviewdesk_server::Agency;
use reviewdesk_server::http::{ServerLimits, serve_tls};
use reviewdesk_server::tls::TlsIdentity;
use reviewdesk_sync::SyncError;

use crate::{DemoAgency, PASSPHRASE, demo_agency, quick};

/// A new self-signed certificate for this machine, written as PEM files in
/// `dir` under `name`, and loaded as the server loads it.
fn certificate(dir: &Path, name: &str) -> TlsIdentity {
    let made = rcgen::generate_simple_self_signed(vec!["localhost".into(), "127.0.0.1".into()])
        .expect("certificate");
    let (cert, key) = (
        dir.join(format!("{name}.pem")),
        dir.join(format!("{name}.key")),
    );
    std::fs::write(&cert, made.cert.pem()).expect("write");
    std::fs::write(&key, made.signing_key.serialize_pem()).expect("write");
    reviewdesk_server::tls::load(&cert, &key).expect("a certificate and its key")
}

/// Serves `agency` over HTTPS with `identity` on `address` until aborted.
async fn serve(
    agency: Agency,
    address: SocketAddr,
    identity: TlsIdentity,
) -> tokio::task::JoinHandle<std::io::Result<()>> {
    let listener = tokio::net::TcpListener::bind(address).await.expect("bind");
    tokio::spawn(serve_tls(
        listener,
        agency,
        ServerLimits::default(),
        identity,
    ))
}

#[tokio::test]
async fn an_agencys_own_certificate_is_pinned_at_enrollment_and_no_other_is_accepted() {
    let dir = tempfile::tempdir().expect("tempdir");
    let DemoAgency {
        agency,
        code,
        call_id,
    } = demo_agency(dir.path()).await;
    agency
        .add_staff("clerk", "correct horse battery")
        .await
        .expect("staff");
    let address = {
        let probe = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        probe.local_addr().expect("address")
    };
    let first = certificate(dir.path(), "first");
    let pinned = first.fingerprint.clone();
    let running = serve(agency.clone(), address, first).await;
    let server = format!("https://{address}");

    let mut session = Session::new(KdfParams::insecure_for_tests());
    let pass = Passphrase::new(PASSPHRASE.into());
    session
        .create_vault(&dir.path().join("expert.rdvault"), &pass, &pass)
        .expect("vault");
    let session = std::sync::Mutex::new(session);
    let lock = || session.lock().expect("session");
    reviewdesk_sync::enroll_vault(lock, &server, &"E01".into(), &code, quick())
        .await
        .expect("enrolled over HTTPS");
    let plan = lock().expert().sync_plan(None).expect("plan");
    assert_eq!(
        plan.tls_certificate,
        Some(pinned),
        "the certificate is pinned"
    );
    let outcome = reviewdesk_sync::sync_once(lock, None, quick(), &mut |_| {})
        .await
        .expect("sync");
    assert_eq!(
        (outcome.bundles, outcome.problem.as_ref().map(|p| p.code)),
        (1, None),
        "the bundle came over HTTPS"
    );

    // Another certificate on the same address: refused, by name.
    running.abort();
    let _ = running.await;
    let second = certificate(dir.path(), "second");
    let staff_agency = agency
        .clone()
        .with_tls_certificate(second.fingerprint.clone());
    let running = serve(agency, address, second).await;
    let outcome = reviewdesk_sync::sync_once(lock, None, quick(), &mut |_| {})
        .await
        .expect("sync");
    let problem = outcome.problem.expect("refused");
    assert_eq!(problem.code, ErrorCode::ServerCertificateChanged);
    assert_eq!(
        problem
            .args
            .iter()
            .find(|(name, _)| name == "server")
            .map(|(_, value)| value.as_str()),
        Some(server.as_str())
    );
    // Without a pin, a certificate the platform does not trust is refused
    // too: staff fetching with their password never reach it.
    let fetched = reviewdesk_sync::fetch_panel_packages(
        &server,
        None,
        "clerk",
        "correct horse battery",
        &"GX".into(),
        &BTreeSet::new(),
        quick(),
    )
    .await;
    assert!(
        matches!(
            fetched,
            Err(SyncError::Unsafe {
                code: ErrorCode::ServerCertificateUntrusted,
                ..
            })
        ),
        "{fetched:?}"
    );
    // With the staff key file the server wrote, which carries the pin, the
    // staff vault fetches over that certificate.
    let mut staff = Session::new(KdfParams::insecure_for_tests());
    staff
        .create_vault(&dir.path().join("staff.rdvault"), &pass, &pass)
        .expect("staff vault");
    let staff_passphrase = zeroize::Zeroizing::new(String::from("a long staff key passphrase"));
    let key_file = staff_agency
        .staff_key(&staff_passphrase)
        .await
        .expect("staff key");
    staff
        .staff()
        .install_staff_key(&key_file, &staff_passphrase)
        .expect("installed");
    let staff = std::sync::Mutex::new(staff);
    let fetched = reviewdesk_sync::fetch_into_vault(
        || staff.lock().expect("staff session"),
        &server,
        "clerk",
        "correct horse battery",
        &call_id.clone().into(),
        quick(),
    )
    .await;
    assert!(fetched.is_ok(), "{fetched:?}");
    running.abort();
}

#[tokio::test]
async fn a_password_or_a_package_never_crosses_plain_http_to_another_machine() {
    // A documentation address: were anything sent, it would hang or fail
    // as unreachable, not be refused at once.
    let elsewhere = "http://192.0.2.7:8750";
    let fetched = reviewdesk_sync::fetch_panel_packages(
        elsewhere,
        None,
        "clerk",
        "correct horse battery",
        &"GX".into(),
        &BTreeSet::new(),
        quick(),
    )
    .await;
    assert!(
        matches!(
            &fetched,
            Err(SyncError::Unsafe {
                code: ErrorCode::InsecureHttp,
                server,
            }) if server == elsewhere
        ),
        "{fetched:?}"
    );

    let dir = tempfile::tempdir().expect("tempdir");
    let mut session = Session::new(KdfParams::insecure_for_tests());
    let pass = Passphrase::new(PASSPHRASE.into());
    session
        .create_vault(&dir.path().join("expert.rdvault"), &pass, &pass)
        .expect("vault");
    let session = std::sync::Mutex::new(session);
    let lock = || session.lock().expect("session");
    let enrolled =
        reviewdesk_sync::enroll_vault(lock, elsewhere, &"E01".into(), "CODE", quick()).await;
    assert_eq!(enrolled.expect_err("refused").code, ErrorCode::InsecureHttp);
}

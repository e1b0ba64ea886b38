//! A vault restored from a backup on a new laptop syncs on where the backup
//! left it; when the old copy then sends too, the server takes the first at
//! each place in the chain and the other copy is told it is behind.

use chrono::Utc;
use reviewdesk_core::outbox::DeliveryStateView;
use reviewdesk_core::{ErrorCode, KdfParams, Passphrase, Session};

use crate::{DemoAgency, PASSPHRASE, demo_agency, quick, submit};

#[tokio::test]
async fn a_restored_vault_syncs_on_and_the_copy_left_behind_is_told_so() {
    let dir = tempfile::tempdir().expect("tempdir");
    let DemoAgency {
        agency,
        code,
        call_id,
    } = demo_agency(dir.path()).await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let server = format!("http://{}", listener.local_addr().expect("address"));
    tokio::spawn(reviewdesk_server::http::serve(listener, agency));
    let pass = Passphrase::new(PASSPHRASE.into());

    let old_laptop = std::sync::Mutex::new(Session::new(KdfParams::insecure_for_tests()));
    let old = || old_laptop.lock().expect("session");
    old()
        .create_vault(&dir.path().join("old.rdvault"), &pass, &pass)
        .expect("vault");
    reviewdesk_sync::enroll_vault(old, &server, "E01", &code, quick())
        .await
        .expect("enrolled");
    reviewdesk_sync::sync_once(old, None, quick(), &mut |_| {})
        .await
        .expect("bundle");
    submit(&mut old(), &call_id, "A001", "Scored on the road.");
    let synced = reviewdesk_sync::sync_once(old, None, quick(), &mut |_| {})
        .await
        .expect("sync");
    assert_eq!(synced.delivered, 1);

    let backup = dir.path().join("usb").join("expert.rdbackup");
    std::fs::create_dir_all(backup.parent().expect("folder")).expect("folder");
    old().write_backup(&backup, Utc::now()).expect("backup");

    // The new laptop: restored, unlocked with the same passphrase, and on.
    let new_laptop = std::sync::Mutex::new(Session::new(KdfParams::insecure_for_tests()));
    let new = || new_laptop.lock().expect("session");
    let restored = dir.path().join("new laptop").join("expert.rdvault");
    new().restore_backup(&backup, &restored).expect("restored");
    new().unlock(&restored, &pass).expect("unlocked");
    submit(&mut new(), &call_id, "A002", "Scored on the road.");
    let synced = reviewdesk_sync::sync_once(new, None, quick(), &mut |_| {})
        .await
        .expect("sync");
    assert_eq!(
        (synced.delivered, synced.refused),
        (1, 0),
        "the restored vault's next package follows the chain the server holds"
    );

    // The old laptop turns up again and sends what it scored meanwhile.
    submit(&mut old(), &call_id, "A003", "Scored on the road.");
    let synced = reviewdesk_sync::sync_once(old, None, quick(), &mut |_| {})
        .await
        .expect("sync");
    assert_eq!((synced.delivered, synced.refused), (0, 1));
    let outbox = old().expert().outbox().expect("outbox");
    let behind = outbox
        .iter()
        .find(|entry| entry.state == DeliveryStateView::Quarantined)
        .expect("set aside");
    let reason = behind.reason.as_ref().expect("a reason");
    assert_eq!(reason.code, ErrorCode::VaultCopyBehind);
    assert!(
        reason
            .args
            .iter()
            .any(|(name, value)| name == "sequence" && value == "2"),
        "{reason:?}"
    );
}

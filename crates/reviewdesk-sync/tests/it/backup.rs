//! A vault backed up while the app autosaves, restored on a new laptop,
//! syncs on where the backup left it; when the old copy then sends too, the server takes the first at
//! each place in the chain and the other copy is told it is behind.

use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};

use chrono::Utc;
use reviewdesk_core::outbox::DeliveryStateView;
use reviewdesk_core::{ErrorCode, KdfParams, Passphrase, Session, Timestamp};

use crate::{PASSPHRASE, Serving, complete_sheet, enrolled_laptop, quick, serving, submit};

#[tokio::test]
async fn a_restored_vault_syncs_on_and_the_copy_left_behind_is_told_so() {
    let dir = tempfile::tempdir().expect("tempdir");
    let Serving {
        server,
        code,
        call_id,
        ..
    } = serving(dir.path()).await;
    let pass = Passphrase::new(PASSPHRASE.into());
    let old_laptop = enrolled_laptop(&dir.path().join("old.rdvault"), &server, &code).await;
    let old = || old_laptop.lock().expect("session");
    submit(&mut old(), &call_id, "A001", "Scored on the road.");
    let synced = reviewdesk_sync::sync_once(old, None, quick(), &mut |_| {})
        .await
        .expect("sync");
    assert_eq!(synced.delivered, 1);

    // Backed up while the app autosaves a draft: another connection to the
    // same vault saving every few milliseconds.
    let backup = dir.path().join("usb").join("expert.rdbackup");
    std::fs::create_dir_all(backup.parent().expect("folder")).expect("folder");
    let (stop, saved) = (AtomicBool::new(false), AtomicU32::new(0));
    std::thread::scope(|scope| {
        let autosave = scope.spawn(|| {
            let mut app = Session::new(KdfParams::insecure_for_tests());
            app.unlock(&dir.path().join("old.rdvault"), &pass)
                .expect("a second connection");
            let mut saves = 0;
            while !stop.load(Ordering::Relaxed) || saves < 10 {
                saves += 1;
                let draft = complete_sheet(&format!("autosave {saves}"));
                app.expert()
                    .save_sheet(
                        &call_id.clone().into(),
                        &"A005".into(),
                        &draft,
                        Timestamp::now(),
                    )
                    .expect("autosave");
                saved.store(saves, Ordering::Relaxed);
                std::thread::sleep(std::time::Duration::from_millis(2));
            }
        });
        while saved.load(Ordering::Relaxed) == 0 {
            std::thread::yield_now();
        }
        old().write_backup(&backup, Utc::now()).expect("backup");
        stop.store(true, Ordering::Relaxed);
        autosave.join().expect("autosave thread");
    });

    // The new laptop: restored, unlocked with the same passphrase, and on.
    let new_laptop = std::sync::Mutex::new(Session::new(KdfParams::insecure_for_tests()));
    let new = || new_laptop.lock().expect("session");
    let restored = dir.path().join("new laptop").join("expert.rdvault");
    new().restore_backup(&backup, &restored).expect("restored");
    new().unlock(&restored, &pass).expect("unlocked");
    let drafts = new()
        .expert()
        .sheets(&call_id.clone().into())
        .expect("sheets");
    let autosaved = drafts
        .iter()
        .find(|s| s.application_id == "A005")
        .expect("the draft being autosaved came along");
    assert!(
        autosaved.input.opinion.starts_with("autosave "),
        "{autosaved:?}"
    );
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

//! An expert whose laptop is lost with no backup is enrolled again: the
//! agency revokes the old key at the chain head the server holds, the new
//! vault goes on from there with the sheets it had sent, and every receiver
//! — the server, a staff vault with a new staff key file — takes the new
//! key's packages in order and refuses the old key's after revocation.

use chrono::Utc;
use reviewdesk_core::outbox::{DeliveryStateView, SyncPhase};
use reviewdesk_core::staff::PanelImportState;
use reviewdesk_core::{ErrorCode, KdfParams, Passphrase, Problem, Session, Timestamp};
use zeroize::Zeroizing;

use crate::{PASSPHRASE, Serving, enrolled_laptop, quick, serving, submit};

const STAFF_PASSPHRASE: &str = "tamarind ferry ninety lanterns";

#[tokio::test]
async fn a_lost_laptop_is_replaced_by_enrolling_again_and_the_chain_goes_on() {
    let dir = tempfile::tempdir().expect("tempdir");
    let Serving {
        agency,
        server,
        code,
        call_id,
    } = serving(dir.path()).await;
    let pass = Passphrase::new(PASSPHRASE.into());

    // Three packages sent from the laptop that will be lost; a fourth sealed
    // on it and never sent.
    let lost_laptop = enrolled_laptop(&dir.path().join("lost.rdvault"), &server, &code).await;
    let lost = || lost_laptop.lock().expect("session");
    for application in ["A001", "A002", "A003"] {
        submit(&mut lost(), &call_id, application, "Sent before the loss.");
    }
    let synced = reviewdesk_sync::sync_once(lost, None, quick(), &mut |_| {})
        .await
        .expect("sync");
    assert_eq!(synced.delivered, 3);
    submit(&mut lost(), &call_id, "A004", "Never sent.");
    let exported = lost()
        .expert()
        .export_outbox(&dir.path().join("lost outbox"))
        .expect("export");
    assert_eq!(exported.len(), 1, "only the unsent package");
    let never_sent = std::fs::read(&exported[0]).expect("the unsent package");

    // The agency revokes the old key at the head it holds and issues a code.
    let (_first, revoked_after) = agency
        .reenroll(&"E01".into(), Utc::now())
        .await
        .expect("reenroll");
    assert_eq!(revoked_after, Some(3));
    let audit = agency.audit_page(0, 1000).await.expect("audit");
    assert!(
        audit.iter().any(|r| r.entry.action == "key-revoked"
            && r.entry.subject == "E01"
            && r.entry.detail == "after #3"),
        "the revocation is on record"
    );
    // Asked again before the expert enrolled: a new code, nothing more to revoke.
    let (new_code, revoked_after) = agency
        .reenroll(&"E01".into(), Utc::now())
        .await
        .expect("again");
    assert_eq!(revoked_after, None);

    // The new laptop: enrolled with the new code, it continues after package 3
    // and gets back the three sheets that were sent.
    let new_laptop = std::sync::Mutex::new(Session::new(KdfParams::insecure_for_tests()));
    let new = || new_laptop.lock().expect("session");
    new()
        .create_vault(&dir.path().join("new.rdvault"), &pass, &pass)
        .expect("vault");
    reviewdesk_sync::enroll_vault(new, &server, &"E01".into(), &new_code, quick())
        .await
        .expect("enrolled again");
    let identity = new().expert().identity().expect("identity").expect("some");
    assert_eq!(identity.continues_after, Some(3));
    let synced = reviewdesk_sync::sync_once(new, None, quick(), &mut |_| {})
        .await
        .expect("bundle");
    assert_eq!(synced.bundles, 1, "{:?}", synced.problem);
    let sheets = new()
        .expert()
        .sheets(&call_id.clone().into())
        .expect("sheets");
    let sent: Vec<(&str, u32, bool)> = sheets
        .iter()
        .map(|s| {
            (
                s.application_id.as_str(),
                s.version,
                s.submitted_at.is_some(),
            )
        })
        .collect();
    assert_eq!(
        sent,
        [("A001", 1, true), ("A002", 1, true), ("A003", 1, true)],
        "what the lost laptop sent, back as submitted"
    );
    assert_eq!(sheets[0].input.opinion, "Sent before the loss.");

    // A fourth sheet and a revision of the first, sent in order.
    submit(&mut new(), &call_id, "A004", "Scored on the new laptop.");
    // A day within the demo call's pre-review period, when revision is allowed.
    let today = chrono::NaiveDate::from_ymd_opt(2025, 12, 1).expect("date");
    new()
        .expert()
        .revise_sheet(
            &call_id.clone().into(),
            &"A001".into(),
            today,
            Timestamp::now(),
        )
        .expect("revise");
    submit(&mut new(), &call_id, "A001", "Revised on the new laptop.");
    let synced = reviewdesk_sync::sync_once(new, None, quick(), &mut |_| {})
        .await
        .expect("sync");
    assert_eq!(
        (synced.delivered, synced.refused),
        (2, 0),
        "{:?}",
        synced.problem
    );
    let chain: Vec<u64> = agency
        .call_packages(&call_id.clone().into())
        .await
        .expect("packages")
        .into_iter()
        .filter(|(_, expert, _)| expert == "E01")
        .map(|(_, _, sequence)| sequence)
        .collect();
    assert_eq!(chain, [1, 2, 3, 4, 5]);

    // The lost laptop's unsent package: refused by its key, by file or online.
    let refused = agency
        .import_package(&never_sent, Utc::now())
        .await
        .expect_err("refused");
    assert_eq!(refused.code(), "exchange-revoked-key");
    let synced = reviewdesk_sync::sync_once(lost, None, quick(), &mut |_| {})
        .await
        .expect("sync");
    let problem = synced.problem.expect("told why");
    assert_eq!(problem.code, ErrorCode::KeyRevoked);
    assert_eq!(
        lost()
            .expert()
            .sync_status(Some(Problem::from(&problem)))
            .phase,
        SyncPhase::Revoked,
        "the app shows the key revoked, and stops trying by itself"
    );
    assert_eq!(
        (synced.delivered, synced.refused, synced.pending),
        (0, 0, 1)
    );
    assert_eq!(
        lost().expert().outbox().expect("outbox")[3].state,
        DeliveryStateView::Queued,
        "the work stays in the vault, not set aside as refused"
    );
    let audit = agency.audit_page(0, 1000).await.expect("audit");
    assert!(
        audit.iter().any(
            |r| r.entry.action == "package-refused" && r.entry.detail == "exchange-revoked-key"
        ),
        "the refusal is on record"
    );

    // Staff with a staff key file written now take all five in order and
    // refuse the old key's package too.
    let mut staff = Session::new(KdfParams::insecure_for_tests());
    staff
        .create_vault(&dir.path().join("staff.rdvault"), &pass, &pass)
        .expect("vault");
    staff
        .import(
            &reviewdesk_demo::generate_json(reviewdesk_demo::DEMO_SEED, 1),
            &mut |_| {},
        )
        .expect("agency data");
    staff
        .staff()
        .install_staff_key(
            &agency.staff_key(STAFF_PASSPHRASE).await.expect("staff key"),
            &Zeroizing::new(STAFF_PASSPHRASE.into()),
        )
        .expect("installed");
    for (package_id, _, _) in agency
        .call_packages(&call_id.clone().into())
        .await
        .expect("packages")
    {
        let bytes = agency
            .package_bytes(&package_id.clone().into())
            .await
            .expect("bytes");
        let imported = staff.staff().import_panel_package(&bytes).expect("import");
        assert_eq!(imported.state, PanelImportState::Imported, "{package_id}");
    }
    let refused = staff
        .staff()
        .import_panel_package(&never_sent)
        .expect_err("refused");
    assert_eq!(refused.code, ErrorCode::ExchangeRevokedKey);
}

/// A vault told its key was revoked may itself be enrolled again with a new
/// code: it gets new keys, and what the old key sealed and never sent is
/// sealed again after the head the agency names, and delivered.
#[tokio::test]
async fn a_revoked_vault_enrolled_again_sends_what_it_had_not_sent() {
    let dir = tempfile::tempdir().expect("tempdir");
    let Serving {
        agency,
        server,
        code,
        call_id,
    } = serving(dir.path()).await;
    let laptop = enrolled_laptop(&dir.path().join("expert.rdvault"), &server, &code).await;
    let vault = || laptop.lock().expect("session");
    submit(&mut vault(), &call_id, "A001", "Sent.");
    let synced = reviewdesk_sync::sync_once(vault, None, quick(), &mut |_| {})
        .await
        .expect("sync");
    assert_eq!(synced.delivered, 1);
    submit(
        &mut vault(),
        &call_id,
        "A002",
        "Scored while the key was revoked.",
    );

    let (code, _) = agency
        .reenroll(&"E01".into(), Utc::now())
        .await
        .expect("reenroll");
    let synced = reviewdesk_sync::sync_once(vault, None, quick(), &mut |_| {})
        .await
        .expect("sync");
    assert_eq!(synced.problem.map(|p| p.code), Some(ErrorCode::KeyRevoked));
    assert_eq!(
        vault().expert().sync_status(None).phase,
        SyncPhase::Revoked,
        "the vault remembers, after a restart too"
    );
    let old_key = vault()
        .expert()
        .identity()
        .expect("identity")
        .expect("some")
        .signing_key;

    reviewdesk_sync::enroll_vault(vault, &server, &"E01".into(), &code, quick())
        .await
        .expect("enrolled again in place");
    let identity = vault()
        .expert()
        .identity()
        .expect("identity")
        .expect("some");
    assert_ne!(identity.signing_key, old_key, "new keys");
    assert_eq!(identity.continues_after, Some(1));
    let outbox = vault().expert().outbox().expect("outbox");
    let places: Vec<(u64, DeliveryStateView)> =
        outbox.iter().map(|e| (e.sequence, e.state)).collect();
    assert_eq!(
        places,
        [
            (1, DeliveryStateView::Delivered),
            (2, DeliveryStateView::Queued)
        ],
        "the unsent sheet, sealed again with the new key"
    );
    let synced = reviewdesk_sync::sync_once(vault, None, quick(), &mut |_| {})
        .await
        .expect("sync");
    assert_eq!(
        (synced.delivered, synced.refused),
        (1, 0),
        "{:?}",
        synced.problem
    );
    assert_ne!(vault().expert().sync_status(None).phase, SyncPhase::Revoked);
    let chain: Vec<u64> = agency
        .call_packages(&call_id.clone().into())
        .await
        .expect("packages")
        .into_iter()
        .map(|(_, _, sequence)| sequence)
        .collect();
    assert_eq!(chain, [1, 2]);
}

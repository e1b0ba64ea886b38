//! Importing a large assignment bundle, for docs/BENCHMARKS.md: 500
//! applications with 200 MB of attachments, sealed by the agency for the
//! expert, imported into an enrolled vault (zip checks, signature, hashes,
//! decryption, validation, every row and attachment into SQLCipher) — next
//! to the least any import of the same bytes must do: decrypt them, hash
//! them and write them to a file.
//!
//! Run with `cargo bench -p reviewdesk-core --bench bundle`.

use std::io::Write as _;
use std::time::Duration;

use chrono::Utc;
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use rand::{RngCore as _, SeedableRng as _};
use reviewdesk_core::{KdfParams, Passphrase, Session};
use reviewdesk_domain::AgencyDocument;
use reviewdesk_domain::document::AttachmentFile;
use reviewdesk_exchange::bundle::{self, BundleInfo};
use reviewdesk_exchange::{KeyPair, enrollment};
use sha2::{Digest as _, Sha256};

const APPLICATIONS: usize = 500;
const ATTACHMENT_BYTES: usize = 200_000_000;
const CODE: &str = "7K2M-Q9XD-4HNB-TV3C";
const PASSPHRASE: &str = "lychee harbour violet tram 42";

/// The demo call grown to 500 applications, each attachment padded (after
/// its PDF) with random bytes so that they hold 200 MB in all.
fn large_call() -> Vec<u8> {
    let mut document: AgencyDocument = reviewdesk_demo::generate(reviewdesk_demo::DEMO_SEED, 20);
    document.applications.truncate(APPLICATIONS);
    let kept: std::collections::BTreeSet<String> = document
        .applications
        .iter()
        .map(|a| a.id.to_string())
        .collect();
    document
        .attachments
        .retain(|a| kept.contains(&a.meta.application_id.to_string()));
    for assignment in &mut document.assignments {
        assignment
            .application_ids
            .retain(|id| kept.contains(&id.to_string()));
    }
    let each = ATTACHMENT_BYTES / document.attachments.len();
    let mut rng = rand::rngs::StdRng::seed_from_u64(7);
    for attachment in &mut document.attachments {
        let mut bytes = base64_decode(&attachment.content_base64);
        let mut padding = vec![0u8; each.saturating_sub(bytes.len())];
        rng.fill_bytes(&mut padding);
        bytes.extend_from_slice(&padding);
        *attachment = AttachmentFile::from_bytes(attachment.meta.clone(), &bytes);
    }
    serde_json::to_vec(&document).expect("JSON")
}

fn base64_decode(text: &str) -> Vec<u8> {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD
        .decode(text)
        .expect("base64")
}

/// A new vault enrolled as E01 with `agency`; returns it with the expert's
/// public keys.
fn enrolled(agency: &KeyPair) -> (tempfile::TempDir, Session, reviewdesk_exchange::PublicKeys) {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut session = Session::new(KdfParams::insecure_for_tests());
    let pass = Passphrase::new(PASSPHRASE.into());
    session
        .create_vault(&dir.path().join("v.rdvault"), &pass, &pass)
        .expect("create");
    let request = session
        .expert()
        .enrollment_request(&"E01".into(), CODE, Utc::now())
        .expect("request");
    let response = enrollment::respond(&request, agency, CODE, Default::default(), Utc::now());
    session
        .expert()
        .complete_enrollment(&response, None, Utc::now())
        .expect("enrolled");
    (dir, session, request.body.keys)
}

fn import(c: &mut Criterion) {
    let content = large_call();
    let call_id =
        serde_json::from_slice::<serde_json::Value>(&content).expect("JSON")["call"]["id"]
            .as_str()
            .expect("id")
            .to_owned();
    let agency = KeyPair::generate();
    let seal = |expert: &reviewdesk_exchange::PublicKeys| {
        bundle::seal(
            &agency,
            expert,
            &BundleInfo {
                bundle_id: uuid::Uuid::new_v4().to_string(),
                call_id: call_id.as_str().into(),
                expert_id: "E01".into(),
                sequence: 1,
                issued_at: Utc::now(),
                expires_at: Utc::now() + chrono::Duration::days(30),
            },
            &content,
        )
        .expect("seal")
    };
    let mut group = c.benchmark_group("bundle");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(60));
    group.bench_function(
        "import 500 applications, 200 MB of attachments, into an enrolled vault",
        |b| {
            b.iter_batched(
                || {
                    let (dir, session, expert) = enrolled(&agency);
                    let bytes = seal(&expert);
                    (dir, session, bytes)
                },
                |(dir, mut session, bytes)| {
                    let report = session
                        .expert()
                        .import_bundle(&bytes, Utc::now(), &mut |_| {})
                        .expect("import");
                    assert_eq!(report.applications, APPLICATIONS);
                    (dir, session)
                },
                BatchSize::PerIteration,
            );
        },
    );

    // The floor: the same content encrypted to an age key, decrypted,
    // hashed and written to a file that is then flushed to disk.
    let identity = age::x25519::Identity::generate();
    let ciphertext = age::encrypt(&identity.to_public(), &content).expect("encrypt");
    group.bench_function("decrypt, hash and write the same bytes", |b| {
        b.iter_batched(
            || tempfile::tempdir().expect("tempdir"),
            |dir| {
                let plaintext = age::decrypt(&identity, &ciphertext).expect("decrypt");
                let digest = Sha256::digest(&ciphertext);
                let mut file =
                    std::fs::File::create(dir.path().join("content.json")).expect("create");
                file.write_all(&plaintext).expect("write");
                file.sync_all().expect("sync");
                (dir, digest)
            },
            BatchSize::PerIteration,
        );
    });
    group.finish();
}

criterion_group!(benches, import);
criterion_main!(benches);

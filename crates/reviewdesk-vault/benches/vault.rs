//! Vault benchmarks for docs/BENCHMARKS.md: unlocking with the production key
//! derivation, importing the demo call and one 20 times larger, and storing one
//! score sheet change (the vault's part of autosave).
//!
//! Run with `cargo bench -p reviewdesk-vault --bench vault`.

use std::time::Duration;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use reviewdesk_domain::AgencyDocument;
use reviewdesk_domain::rubric::Points;
use reviewdesk_domain::sheet::{Declaration, SheetInput};
use reviewdesk_vault::{KdfParams, Passphrase, Vault};

const PASSPHRASE: &str = "lychee harbour violet tram 42";

fn unlock(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("bench.rdvault");
    let passphrase = Passphrase::new(PASSPHRASE.into());
    Vault::create(&path, &passphrase, KdfParams::default())
        .expect("create")
        .lock()
        .expect("lock");
    let mut group = c.benchmark_group("vault");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(10));
    group.bench_function("unlock (Argon2id 64 MiB, t=3, p=4)", |b| {
        b.iter(|| {
            Vault::open(&path, &passphrase)
                .expect("open")
                .lock()
                .expect("lock")
        });
    });
    group.finish();
}

fn import(c: &mut Criterion) {
    let mut group = c.benchmark_group("import");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20));
    for (name, scale) in [
        ("demo call (26 applications)", 1),
        ("20x demo call (520 applications)", 20),
    ] {
        let bytes = reviewdesk_demo::generate_json(reviewdesk_demo::DEMO_SEED, scale);
        group.bench_function(format!("parse, validate and import the {name}"), |b| {
            b.iter_batched(
                || {
                    let dir = tempfile::tempdir().expect("tempdir");
                    let path = dir.path().join("bench.rdvault");
                    let passphrase = Passphrase::new(PASSPHRASE.into());
                    let vault = Vault::create(&path, &passphrase, KdfParams::insecure_for_tests())
                        .expect("create");
                    (dir, vault)
                },
                |(dir, mut vault)| {
                    let document = AgencyDocument::parse(&bytes).expect("valid");
                    vault.import(&document, &mut |_| {}).expect("import");
                    (dir, vault)
                },
                BatchSize::PerIteration,
            );
        });
    }
    group.finish();
}

fn save_sheet(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("bench.rdvault");
    let passphrase = Passphrase::new(PASSPHRASE.into());
    let mut vault =
        Vault::create(&path, &passphrase, KdfParams::insecure_for_tests()).expect("create");
    let document = AgencyDocument::parse(&reviewdesk_demo::generate_json(
        reviewdesk_demo::DEMO_SEED,
        1,
    ))
    .expect("valid");
    let call = document.call.id.clone();
    vault.import(&document, &mut |_| {}).expect("import");
    let mut input = SheetInput {
        declaration: Some(Declaration::NoConflict),
        opinion: "A credible plan with a real local partner.".into(),
        ..SheetInput::default()
    };
    let mut group = c.benchmark_group("sheets");
    group.bench_function(
        "save one score sheet change (own transaction, synchronous=FULL)",
        |b| {
            let mut n: i64 = 0;
            b.iter(|| {
                n += 1;
                input
                    .scores
                    .insert("benefit".into(), Points::new(n % 21 * 5, 1));
                vault
                    .save_sheet(
                        &call,
                        &"A001".into(),
                        ("pre-review", 1),
                        &input,
                        "2025-12-01T09:00:00Z".parse().expect("time"),
                    )
                    .expect("save")
            });
        },
    );
    group.finish();
}

criterion_group!(benches, unlock, import, save_sheet);
criterion_main!(benches);

//! Vault benchmarks for docs/BENCHMARKS.md: unlocking with the production key
//! derivation, and importing the demo call and one 20 times larger.
//!
//! Run with `cargo bench -p reviewdesk-vault --bench vault`.

use std::time::Duration;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use reviewdesk_domain::AgencyDocument;
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

criterion_group!(benches, unlock, import);
criterion_main!(benches);

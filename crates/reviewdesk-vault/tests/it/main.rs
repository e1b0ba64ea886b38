//! Vault tests on real SQLCipher files in temporary directories.

mod backup;
mod encryption;
mod import;
mod keys;
mod lock;
mod passphrase;

use std::path::{Path, PathBuf};

use reviewdesk_domain::{AgencyDocument, ValidatedDocument};
use reviewdesk_vault::{KdfParams, Passphrase, Vault};

pub(crate) const PASSPHRASE: &str = "lychee harbour violet tram 42";

pub(crate) fn passphrase(text: &str) -> Passphrase {
    Passphrase::new(text.to_owned())
}

pub(crate) fn demo() -> ValidatedDocument {
    AgencyDocument::parse(&reviewdesk_demo::generate_json(
        reviewdesk_demo::DEMO_SEED,
        1,
    ))
    .expect("demo data is valid")
}

pub(crate) struct TestVault {
    pub _dir: tempfile::TempDir,
    pub path: PathBuf,
}

impl TestVault {
    pub fn new() -> (Self, Vault) {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("expert.rdvault");
        let vault = Vault::create(
            &path,
            &passphrase(PASSPHRASE),
            KdfParams::insecure_for_tests(),
        )
        .expect("create");
        (Self { _dir: dir, path }, vault)
    }

    pub fn open(&self) -> Vault {
        Vault::open(&self.path, &passphrase(PASSPHRASE)).expect("open")
    }
}

/// Every file of a vault: the database, its WAL and shared memory, the key file.
pub(crate) fn files_of(path: &Path) -> Vec<PathBuf> {
    let parent = path.parent().expect("parent");
    let stem = path
        .file_name()
        .expect("name")
        .to_string_lossy()
        .into_owned();
    let mut files: Vec<PathBuf> = std::fs::read_dir(parent)
        .expect("read dir")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(&stem))
        })
        .collect();
    files.sort();
    files
}

pub(crate) fn snapshot(path: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    files_of(path)
        .into_iter()
        .map(|p| (p.clone(), std::fs::read(&p).expect("read")))
        .collect()
}

/// A copy of the vault kept in `tests/fixtures/<name>/expert.rdvault`, with
/// the files beside it, in a new folder: its folder and the vault's path.
pub(crate) fn fixture(name: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let kept = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    for entry in std::fs::read_dir(&kept).expect("fixture") {
        let entry = entry.expect("entry");
        std::fs::copy(entry.path(), dir.path().join(entry.file_name())).expect("copy");
    }
    let path = dir.path().join("expert.rdvault");
    (dir, path)
}

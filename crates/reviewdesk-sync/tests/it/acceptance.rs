//! One acceptance rule, every receiver: the agency server (`import-package`),
//! a staff vault's import and `verify` meet each hostile package an enrolled
//! expert could sign, and answer with the same code; the server and the staff
//! vault end up holding the same chain.

use std::collections::BTreeMap;

use chrono::Utc;
use reviewdesk_core::staff::PanelImportState;
use reviewdesk_core::{KdfParams, Passphrase, PublicKeys, Session};
use reviewdesk_domain::rubric::Points;
use reviewdesk_domain::scores::{PackageContent, PackagedSheet, SCORES_FORMAT};
use reviewdesk_exchange::manifest::manifest_digest;
use reviewdesk_exchange::package::{self, PackageInfo, SealedPackage};
use reviewdesk_exchange::{KeyPair, enrollment};
use reviewdesk_server::{Agency, Database};
use zeroize::Zeroizing;

use crate::PASSPHRASE;

const CALL: &str = "GX-ASEAN-AI-2025";
const STAFF_PASSPHRASE: &str = "mango river seventeen kites";

struct Receivers {
    _dir: tempfile::TempDir,
    agency: Agency,
    staff: Session,
    experts: BTreeMap<&'static str, KeyPair>,
}

impl Receivers {
    /// The server with the demo call and E01, E02 enrolled; a staff vault
    /// with the call's data and the staff key the server wrote.
    fn new() -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        let agency = Agency::open_or_init(
            &Database::Sqlite(dir.path().join("server.db")),
            None,
            &reviewdesk_server::testing::unseal(dir.path()),
        )
        .wait()
        .expect("server");
        let demo = reviewdesk_demo::generate_json(reviewdesk_demo::DEMO_SEED, 1);
        agency.load_call(&demo, Utc::now()).wait().expect("load");
        let mut experts = BTreeMap::new();
        for id in ["E01", "E02"] {
            let keys = KeyPair::generate();
            let code = agency.issue_code(&id.into()).wait().expect("code");
            let request = enrollment::request(&id.into(), &keys, &code, Utc::now());
            agency
                .enroll(&request, Utc::now())
                .wait()
                .expect("enrolled");
            experts.insert(id, keys);
        }
        let mut staff = Session::new(KdfParams::insecure_for_tests());
        let pass = Passphrase::new(PASSPHRASE.into());
        staff
            .create_vault(&dir.path().join("staff.rdvault"), &pass, &pass)
            .expect("vault");
        staff.import(&demo, &mut |_| {}).expect("agency data");
        staff
            .staff()
            .install_staff_key(
                &agency
                    .staff_key(STAFF_PASSPHRASE)
                    .wait()
                    .expect("staff key"),
                &Zeroizing::new(STAFF_PASSPHRASE.into()),
            )
            .expect("installed");
        Self {
            _dir: dir,
            agency,
            staff,
            experts,
        }
    }

    fn agency_keys(&self) -> PublicKeys {
        self.agency.public_keys()
    }

    /// What each receiver says of `bytes`: (server, staff, verify). "accepted"
    /// when it takes the package and counts it; `verify`, without the agency's
    /// secret key, judges the file and its signature but cannot see content.
    fn receive(&mut self, bytes: &[u8]) -> (String, String, String) {
        let server = match self.agency.import_package(bytes, Utc::now()).wait() {
            Ok(_) => "accepted".to_owned(),
            Err(error) => error.code().to_owned(),
        };
        let staff = match self.staff.staff().import_panel_package(bytes) {
            Ok(imported) => match imported.state {
                PanelImportState::Imported => "accepted".to_owned(),
                PanelImportState::AlreadyImported => "already-imported".to_owned(),
                PanelImportState::Waiting => "package-early".to_owned(),
                PanelImportState::Refused { code, .. } => code.to_string(),
            },
            Err(error) => error.code.to_string(),
        };
        // A careful third party checks with the registered keys of the
        // expert the file names, when it knows them; else only that it is
        // intact under the key it names.
        let claimed = package::peek(bytes, reviewdesk_exchange::Limits::default())
            .ok()
            .map(|m| m.expert_id);
        let keys = claimed
            .as_deref()
            .and_then(|id| self.experts.get(id))
            .map(KeyPair::public);
        let registered = claimed.as_deref().zip(keys.as_ref());
        let verify = match reviewdesk_core::verify_package(bytes, registered, &self.agency_keys()) {
            Ok(_) => "accepted".to_owned(),
            Err(error) => error.code.to_string(),
        };
        (server, staff, verify)
    }

    fn seal(&self, signer: &str, info: &PackageInfo, content: &PackageContent) -> SealedPackage {
        package::seal(
            &self.experts[signer],
            &self.agency_keys(),
            info,
            &serde_json::to_vec(content).expect("JSON"),
        )
        .expect("seal")
    }
}

fn info(expert: &str, sequence: u64, previous: Option<&SealedPackage>) -> PackageInfo {
    PackageInfo {
        package_id: uuid::Uuid::new_v4().to_string().into(),
        call_id: CALL.into(),
        expert_id: expert.into(),
        sequence,
        previous: previous.map(|p| manifest_digest(&p.manifest_bytes)),
        created_at: Utc::now(),
    }
}

/// An honest expert's content: one complete sheet per application.
fn scores(expert: &str, applications: &[&str], score: i64) -> PackageContent {
    let rubric = reviewdesk_domain::default_rubrics::pre_review();
    let input = reviewdesk_demo::complete_sheet(&rubric, Points::new(score, 0), "Credible.");
    PackageContent {
        format: SCORES_FORMAT.into(),
        version: 1,
        call_id: CALL.into(),
        expert_id: expert.into(),
        sheets: applications
            .iter()
            .map(|a| {
                PackagedSheet::new(
                    &(*a).into(),
                    (1, &rubric),
                    &input,
                    "2025-11-22T09:00:00Z".parse().expect("time"),
                )
            })
            .collect(),
    }
}

fn rezip(bytes: &[u8], change: impl FnOnce(&mut Vec<(String, Vec<u8>, bool)>)) -> Vec<u8> {
    use std::io::{Cursor, Read as _, Write as _};
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("zip");
    let mut entries: Vec<(String, Vec<u8>, bool)> = (0..archive.len())
        .map(|i| {
            let mut entry = archive.by_index(i).expect("entry");
            let mut data = Vec::new();
            entry.read_to_end(&mut data).expect("read");
            (
                String::from_utf8_lossy(entry.name_raw()).into_owned(),
                data,
                false,
            )
        })
        .collect();
    change(&mut entries);
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, data, deflate) in entries {
        let method = if deflate {
            zip::CompressionMethod::Deflated
        } else {
            zip::CompressionMethod::Stored
        };
        let options = zip::write::SimpleFileOptions::default().compression_method(method);
        writer.start_file(name, options).expect("start");
        writer.write_all(&data).expect("write");
    }
    writer.finish().expect("finish").into_inner()
}

#[test]
fn every_receiver_refuses_the_same_package_with_the_same_code() {
    let mut at = Receivers::new();
    let rubric = reviewdesk_domain::default_rubrics::pre_review();
    let item = rubric.criteria[0].items[0].id.clone();

    // E01's chain: three packages whose content cannot count, each keeping
    // its place, then an honest one.
    let mut off_scale = scores("E01", &["A001"], 8);
    off_scale.sheets[0]
        .input
        .scores
        .insert(item.clone(), Points::new(999, 0));
    let one = at.seal("E01", &info("E01", 1, None), &off_scale);
    let mut lying_totals = scores("E01", &["A001"], 0);
    lying_totals.sheets[0].totals = scores("E01", &["A001"], 10).sheets[0].totals.clone();
    let two = at.seal("E01", &info("E01", 2, Some(&one)), &lying_totals);
    let three = at.seal(
        "E01",
        &info("E01", 3, Some(&two)),
        &scores("E01", &["A999"], 8),
    );
    let four = at.seal(
        "E01",
        &info("E01", 4, Some(&three)),
        &scores("E01", &["A002"], 7),
    );
    // Out of the chain.
    let six_early = at.seal(
        "E01",
        &info("E01", 6, Some(&four)),
        &scores("E01", &["A002"], 9),
    );
    let three_again = at.seal(
        "E01",
        &info("E01", 3, Some(&two)),
        &scores("E01", &["A002"], 9),
    );
    let five_elsewhere = at.seal(
        "E01",
        &info("E01", 5, Some(&two)),
        &scores("E01", &["A002"], 9),
    );
    // Files no honest client makes.
    let named_e02 = at.seal("E01", &info("E02", 1, None), &scores("E02", &["A001"], 10));
    let honest_e02 = at.seal("E02", &info("E02", 1, None), &scores("E02", &["A001"], 6));
    let compressed = rezip(&honest_e02.bytes, |e| e[2].2 = true);
    let reordered = rezip(&honest_e02.bytes, |e| e.swap(0, 1));
    let sequence_zero = at.seal("E02", &info("E02", 0, None), &scores("E02", &["A001"], 6));
    let unknown = package::seal(
        &KeyPair::generate(),
        &at.agency_keys(),
        &info("E09", 1, None),
        b"{}",
    )
    .expect("seal");
    let reused_id = at.seal(
        "E02",
        &PackageInfo {
            package_id: info_id(&honest_e02),
            ..info("E02", 2, Some(&honest_e02))
        },
        &scores("E02", &["A002"], 6),
    );

    let intact = "accepted";
    let table: Vec<(&str, &[u8], &str, &str)> = vec![
        // case, file, code from server and staff, code from verify
        (
            "score off the scale",
            &one.bytes,
            "package-invalid-sheet",
            intact,
        ),
        (
            "totals not those of the scores",
            &two.bytes,
            "package-totals-mismatch",
            intact,
        ),
        (
            "application not assigned",
            &three.bytes,
            "package-not-assigned",
            intact,
        ),
        ("honest", &four.bytes, "accepted", intact),
        ("early", &six_early.bytes, "package-early", intact),
        (
            "a second package 3",
            &three_again.bytes,
            "package-fork",
            intact,
        ),
        ("5 after 2", &five_elsewhere.bytes, "package-fork", intact),
        (
            "E02's name, E01's key",
            &named_e02.bytes,
            "exchange-bad-signature",
            "exchange-bad-signature",
        ),
        (
            "compressed entry",
            &compressed,
            "exchange-not-stored",
            "exchange-not-stored",
        ),
        (
            "entries reordered",
            &reordered,
            "exchange-entry-order",
            "exchange-entry-order",
        ),
        (
            "sequence 0",
            &sequence_zero.bytes,
            "exchange-invalid-field",
            "exchange-invalid-field",
        ),
        (
            "unknown expert",
            &unknown.bytes,
            "package-unknown-expert",
            intact,
        ),
        ("honest E02", &honest_e02.bytes, "accepted", intact),
        (
            "package id reused",
            &reused_id.bytes,
            "package-id-reused",
            intact,
        ),
    ];
    for (case, bytes, code, verify_code) in table {
        let (server, staff, verify) = at.receive(bytes);
        assert_eq!(
            (server.as_str(), staff.as_str(), verify.as_str()),
            (code, code, verify_code),
            "{case}"
        );
    }

    // Both hold the same chains: every package placed, refused content
    // included, and nothing else.
    let on_server: Vec<(String, u64)> = at
        .agency
        .call_packages(&CALL.into())
        .wait()
        .expect("server")
        .into_iter()
        .map(|(_, expert, sequence)| (expert, sequence))
        .collect();
    let mut in_vault: Vec<(String, u64)> = at
        .staff
        .staff()
        .panel_chains()
        .expect("staff")
        .into_iter()
        .collect();
    in_vault.sort();
    assert_eq!(on_server, in_vault);
    assert_eq!(
        in_vault,
        [
            ("E01".into(), 1),
            ("E01".into(), 2),
            ("E01".into(), 3),
            ("E01".into(), 4),
            ("E02".into(), 1)
        ]
    );

    // Only honest scores count: E01's 70 for A002 and E02's 60 for A001.
    let panel = at.staff.staff().panel(&CALL.into()).expect("panel");
    let scored: Vec<(String, String, Option<String>)> = panel
        .demands
        .iter()
        .flat_map(|d| &d.applicants)
        .flat_map(|a| {
            a.scores.iter().map(|s| {
                (
                    a.application_id.to_string(),
                    s.expert_id.to_string(),
                    s.overall.map(|o| o.to_string()),
                )
            })
        })
        .collect();
    assert_eq!(
        scored,
        [
            ("A001".into(), "E02".into(), Some("60".into())),
            ("A002".into(), "E01".into(), Some("70".into())),
        ]
    );
}

fn info_id(sealed: &SealedPackage) -> reviewdesk_domain::PackageId {
    serde_json::from_slice::<serde_json::Value>(&sealed.manifest_bytes).expect("JSON")["package_id"]
        .as_str()
        .expect("id")
        .into()
}

/// A staff vault that imports an expert's packages out of order agrees with
/// the server: an early package waits aside, never wins over the genuine one,
/// and follows when its predecessor arrives.
#[test]
fn staff_import_keeps_an_early_package_aside_until_its_predecessor_arrives() {
    let mut at = Receivers::new();
    let one = at.seal("E01", &info("E01", 1, None), &scores("E01", &["A001"], 8));
    let two = at.seal(
        "E01",
        &info("E01", 2, Some(&one)),
        &scores("E01", &["A002"], 7),
    );
    let three = at.seal(
        "E01",
        &info("E01", 3, Some(&two)),
        &scores("E01", &["A003"], 6),
    );
    // A package 3 naming package 1, and a 5 after a gap.
    let three_after_one = at.seal(
        "E01",
        &info("E01", 3, Some(&one)),
        &scores("E01", &["A001"], 10),
    );
    let four = at.seal(
        "E01",
        &info("E01", 4, Some(&three)),
        &scores("E01", &["A004"], 5),
    );
    let five = at.seal(
        "E01",
        &info("E01", 5, Some(&four)),
        &scores("E01", &["A005"], 5),
    );

    let mut import = |bytes: &[u8]| {
        at.staff
            .staff()
            .import_panel_package(bytes)
            .map(|i| i.state)
            .map_err(|e| e.code)
    };
    assert_eq!(import(&one.bytes), Ok(PanelImportState::Imported));
    assert_eq!(
        import(&three_after_one.bytes),
        Ok(PanelImportState::Waiting)
    );
    assert_eq!(import(&five.bytes), Ok(PanelImportState::Waiting));
    // The genuine package 2 is taken; the 3 that named package 1 no longer fits.
    assert_eq!(import(&two.bytes), Ok(PanelImportState::Imported));
    assert_eq!(import(&three.bytes), Ok(PanelImportState::Imported));
    // Package 5 waited for 4 and follows it.
    assert_eq!(import(&four.bytes), Ok(PanelImportState::Imported));
    let mut chain: Vec<(String, u64)> = at.staff.staff().panel_chains().expect("chains");
    chain.sort();
    assert_eq!(
        chain,
        (1..=5).map(|s| ("E01".to_owned(), s)).collect::<Vec<_>>()
    );
    for package in [&one, &two, &three, &four, &five] {
        assert!(
            at.agency
                .import_package(&package.bytes, Utc::now())
                .wait()
                .is_ok()
        );
    }
    assert_eq!(
        at.agency
            .import_package(&three_after_one.bytes, Utc::now())
            .wait()
            .map_err(|e| e.code())
            .err(),
        Some("package-fork")
    );
    let on_server: Vec<(String, u64)> = at
        .agency
        .call_packages(&CALL.into())
        .wait()
        .expect("server")
        .into_iter()
        .map(|(_, expert, sequence)| (expert, sequence))
        .collect();
    assert_eq!(on_server, chain);
}

/// Waits for the server's work in these synchronous tests.
trait Wait: std::future::Future + Sized {
    fn wait(self) -> Self::Output {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime")
            .block_on(self)
    }
}

impl<F: std::future::Future> Wait for F {}

//! Correctness under concurrency is the store's job, on either store:
//! requests that race for one package id or one place in an expert's chain
//! end as if they had come one after the other, and two server processes on
//! one database serve the same experts as one server would.

use std::collections::BTreeMap;
use std::process::Child;

use chrono::Utc;
use reviewdesk_exchange::manifest::manifest_digest;
use reviewdesk_exchange::receipt::Receipt;
use reviewdesk_exchange::{KeyPair, PublicKeys, enrollment, request};
use reviewdesk_server::{Agency, Database};

use crate::admin::serve;
use crate::{Place, code_of, sealed_package, start};

fn receipt_of(body: &[u8]) -> Receipt {
    serde_json::from_slice(body)
        .unwrap_or_else(|_| panic!("a receipt: {}", String::from_utf8_lossy(body)))
}

#[tokio::test]
async fn the_same_package_sent_twice_at_once_is_stored_once() {
    let server = start().await;
    let expert = server.enroll("E01", &server.codes[0]).await;
    let mut previous = None;
    for sequence in 1..=8 {
        let (id, sealed) = server.package(&expert, sequence, previous.take(), "A001");
        let (first, second) = tokio::join!(
            server.put(&expert, &id, sealed.bytes.clone()),
            server.put(&expert, &id, sealed.bytes.clone()),
        );
        assert_eq!(
            (first.0, second.0),
            (200, 200),
            "package {sequence}: both requests are answered with its receipt"
        );
        assert_eq!(
            receipt_of(&first.1),
            receipt_of(&second.1),
            "package {sequence}: one package, one receipt"
        );
        previous = Some(manifest_digest(&sealed.manifest_bytes));
    }
    let progress = server.staff_progress().await;
    let e01 = progress
        .as_array()
        .and_then(|all| all.iter().find(|p| p["expert_id"] == "E01"))
        .expect("E01");
    assert_eq!(e01["packages"], 8, "each package is stored once");
}

#[tokio::test]
async fn two_packages_racing_for_one_place_end_with_one_accepted() {
    let server = start().await;
    let expert = server.enroll("E01", &server.codes[0]).await;
    let mut previous = None;
    for sequence in 1..=6 {
        let (one_id, one) = server.package(&expert, sequence, previous.clone(), "A001");
        let (other_id, other) = server.package(&expert, sequence, previous.clone(), "A002");
        let (first, second) = tokio::join!(
            server.put(&expert, &one_id, one.bytes.clone()),
            server.put(&expert, &other_id, other.bytes.clone()),
        );
        let mut answers = [
            (first.0, code_of_answer(first.0, &first.1)),
            (second.0, code_of_answer(second.0, &second.1)),
        ];
        answers.sort();
        assert_eq!(
            answers,
            [(200, String::new()), (409, "package-fork".to_owned())],
            "place {sequence}: one package takes it, the other is a fork"
        );
        let winner = if first.0 == 200 { &one } else { &other };
        previous = Some(manifest_digest(&winner.manifest_bytes));
    }
}

fn code_of_answer(status: u16, body: &[u8]) -> String {
    if status == 200 {
        String::new()
    } else {
        code_of(body)
    }
}

const EXPERTS: usize = 200;
const PACKAGES_EACH: u64 = 3;

/// The demo call with `EXPERTS` more experts, X001…, each assigned A001:
/// its id and its agency data.
fn crowded_call() -> (String, Vec<u8>) {
    let document = reviewdesk_demo::crowded(reviewdesk_demo::DEMO_SEED, EXPERTS);
    let call = document.call.id.to_string();
    (call, serde_json::to_vec(&document).expect("JSON"))
}

/// Kills the server processes when the test ends, however it ends.
struct Processes(Vec<Child>);

impl Drop for Processes {
    fn drop(&mut self) {
        for child in &mut self.0 {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// Uploads a package to the server at `base`, signed by the expert.
async fn put(
    client: &reqwest::Client,
    base: &str,
    (expert_id, keys): (&str, &KeyPair),
    id: &str,
    bytes: Vec<u8>,
) -> (u16, Vec<u8>) {
    let path = format!("/v1/packages/{id}");
    let signature = request::sign(keys, &expert_id.into(), "PUT", &path, &bytes, Utc::now());
    let mut builder = client.put(format!("{base}{path}")).body(bytes);
    for (name, value) in signature.headers() {
        builder = builder.header(name, value);
    }
    let response = builder.send().await.expect("send");
    let status = response.status().as_u16();
    (status, response.bytes().await.expect("body").to_vec())
}

/// One simulated expert: each package goes to both servers at once.
async fn submit_chain(
    client: reqwest::Client,
    servers: [String; 2],
    (expert_id, keys): (String, KeyPair),
    agency: PublicKeys,
    call_id: String,
) {
    let mut previous = None;
    for sequence in 1..=PACKAGES_EACH {
        let place = Place {
            call_id: &call_id,
            sequence,
            previous: previous.take(),
        };
        let (id, sealed) = sealed_package(&keys, &expert_id, &agency, place, "A001");
        let expert = (expert_id.as_str(), &keys);
        let (first, second) = tokio::join!(
            put(&client, &servers[0], expert, &id, sealed.bytes.clone()),
            put(&client, &servers[1], expert, &id, sealed.bytes.clone()),
        );
        assert_eq!(
            (first.0, second.0),
            (200, 200),
            "{expert_id} package {sequence}: {} / {}",
            String::from_utf8_lossy(&first.1),
            String::from_utf8_lossy(&second.1)
        );
        assert_eq!(receipt_of(&first.1), receipt_of(&second.1));
        previous = Some(manifest_digest(&sealed.manifest_bytes));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_server_processes_on_one_database_serve_as_one() {
    let dir = tempfile::tempdir().expect("tempdir");
    let database = reviewdesk_server::testing::database(dir.path()).await;
    let agency = Agency::open_or_init(
        &database,
        None,
        &reviewdesk_server::testing::unseal(dir.path()),
    )
    .await
    .expect("server");
    let (call_id, document) = crowded_call();
    agency.load_call(&document, Utc::now()).await.expect("load");
    let mut experts = Vec::new();
    for n in 1..=EXPERTS {
        let id = format!("X{n:03}");
        let code = agency.issue_code(&id.clone().into()).await.expect("code");
        let keys = KeyPair::generate();
        agency
            .enroll(
                &enrollment::request(&id.clone().into(), &keys, &code, Utc::now()),
                Utc::now(),
            )
            .await
            .expect("enrolled");
        experts.push((id, keys));
    }
    let address = match &database {
        Database::Sqlite(path) => path.display().to_string(),
        Database::Postgres(address) => address.clone(),
    };
    let (one, first) = serve(dir.path(), &address);
    let (two, second) = serve(dir.path(), &address);
    let _processes = Processes(vec![one, two]);

    let client = crate::http_client();
    let mut running = tokio::task::JoinSet::new();
    for (n, expert) in experts.into_iter().enumerate() {
        // Half the experts name the second server first.
        let servers = if n % 2 == 0 {
            [first.clone(), second.clone()]
        } else {
            [second.clone(), first.clone()]
        };
        running.spawn(submit_chain(
            client.clone(),
            servers,
            expert,
            agency.public_keys(),
            call_id.clone(),
        ));
    }
    while let Some(done) = running.join_next().await {
        done.expect("an expert's chain");
    }

    let mut chains: BTreeMap<String, Vec<u64>> = BTreeMap::new();
    for (_, expert, sequence) in agency
        .call_packages(&call_id.clone().into())
        .await
        .expect("packages")
    {
        chains.entry(expert).or_default().push(sequence);
    }
    assert_eq!(chains.len(), EXPERTS, "every expert's packages arrived");
    for (expert, sequences) in chains {
        assert_eq!(
            sequences,
            (1..=PACKAGES_EACH).collect::<Vec<_>>(),
            "{expert}: every package stored exactly once, in chain order"
        );
    }
}

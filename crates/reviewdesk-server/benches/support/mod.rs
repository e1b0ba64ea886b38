//! What the server's load and abuse benchmarks share: a crowded call, each
//! simulated expert's chain of signed packages, and percentiles.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use chrono::Utc;
use reviewdesk_domain::scores::{PackageContent, PackagedSheet, SCORES_FORMAT};
use reviewdesk_exchange::manifest::manifest_digest;
use reviewdesk_exchange::package::{self, PackageInfo};
use reviewdesk_exchange::{KeyPair, PublicKeys, request};

/// An expert ready to upload: id, keys and the chain to send.
pub type Uploader = (String, KeyPair, Vec<(String, Vec<u8>)>);

/// The demo call with `experts` more experts, X001…, each assigned A001:
/// its id and its agency data.
pub fn crowded_call(experts: usize) -> (String, Vec<u8>) {
    let document = reviewdesk_demo::crowded(reviewdesk_demo::DEMO_SEED, experts);
    let call = document.call.id.to_string();
    (call, serde_json::to_vec(&document).expect("JSON"))
}

/// An expert's chain of `length` packages: (package id, bytes), in sequence.
pub fn chain(
    keys: &KeyPair,
    expert: &str,
    agency: &PublicKeys,
    call: &str,
    length: u64,
) -> Vec<(String, Vec<u8>)> {
    let rubric = reviewdesk_domain::default_rubrics::pre_review();
    let input = reviewdesk_demo::complete_sheet(
        &rubric,
        reviewdesk_domain::rubric::Points::new(8, 0),
        "Strong partner base in Viet Nam; delivery plan is credible.",
    );
    let mut previous = None;
    let mut packages = Vec::new();
    for sequence in 1..=length {
        let content = PackageContent {
            format: SCORES_FORMAT.into(),
            version: 1,
            call_id: call.into(),
            expert_id: expert.into(),
            sheets: vec![PackagedSheet::new(
                &"A001".into(),
                (1, &rubric),
                &input,
                "2025-11-22T09:00:00Z".parse().expect("time"),
            )],
        };
        let id = uuid::Uuid::new_v4().to_string();
        let sealed = package::seal(
            keys,
            agency,
            &PackageInfo {
                package_id: id.as_str().into(),
                call_id: call.into(),
                expert_id: expert.into(),
                sequence,
                previous: previous.take(),
                created_at: Utc::now(),
            },
            &serde_json::to_vec(&content).expect("JSON"),
        )
        .expect("seal");
        previous = Some(manifest_digest(&sealed.manifest_bytes));
        packages.push((id, sealed.bytes));
    }
    packages
}

/// The value at `fraction` (0.5: the median) of `sorted`.
pub fn percentile(sorted: &[Duration], fraction: f64) -> Duration {
    let at = ((sorted.len() as f64 - 1.0) * fraction).round() as usize;
    sorted.get(at).copied().unwrap_or_default()
}

/// Each expert uploads its chain at once with the others, one package after
/// the other, as the app does: the latency of every upload (sorted) and how
/// many failed.
pub async fn upload(
    client: &reqwest::Client,
    address: SocketAddr,
    experts: Vec<Uploader>,
) -> (Vec<Duration>, usize) {
    let mut running = tokio::task::JoinSet::new();
    for (id, keys, packages) in experts {
        let client = client.clone();
        running.spawn(async move {
            let mut timings = Vec::new();
            let mut errors = 0usize;
            for (package_id, bytes) in packages {
                let path = format!("/v1/packages/{package_id}");
                let signature =
                    request::sign(&keys, &id.clone().into(), "PUT", &path, &bytes, Utc::now());
                let mut put = client.put(format!("http://{address}{path}")).body(bytes);
                for (name, value) in signature.headers() {
                    put = put.header(name, value);
                }
                let sent = Instant::now();
                let ok = put.send().await.is_ok_and(|r| r.status() == 200);
                timings.push(sent.elapsed());
                errors += usize::from(!ok);
            }
            (timings, errors)
        });
    }
    let mut timings = Vec::new();
    let mut errors = 0;
    while let Some(done) = running.join_next().await {
        let (mine, failed) = done.expect("an expert");
        timings.extend(mine);
        errors += failed;
    }
    timings.sort();
    (timings, errors)
}

/// Loads a call crowded with `experts` experts into `agency`, enrolls each
/// with new keys, and seals each one's chain of `packages_each` packages:
/// the call's id and the experts, ready to upload.
pub async fn enrolled_crowd(
    agency: &reviewdesk_server::Agency,
    experts: usize,
    packages_each: u64,
) -> (String, Vec<Uploader>) {
    let (call, document) = crowded_call(experts);
    agency.load_call(&document, Utc::now()).await.expect("load");
    let agency_keys = agency.public_keys();
    let mut uploaders = Vec::new();
    for n in 1..=experts {
        let id = format!("X{n:03}");
        let code = agency.issue_code(&id.clone().into()).await.expect("code");
        let keys = KeyPair::generate();
        let request =
            reviewdesk_exchange::enrollment::request(&id.clone().into(), &keys, &code, Utc::now());
        agency.enroll(&request, Utc::now()).await.expect("enrolled");
        let packages = chain(&keys, &id, &agency_keys, &call, packages_each);
        uploaders.push((id, keys, packages));
    }
    (call, uploaders)
}

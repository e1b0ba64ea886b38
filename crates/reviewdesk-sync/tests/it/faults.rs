//! Hundreds of packages pushed through a hostile network: a TCP proxy on
//! loopback that delays, drops and cuts connections mid-request or
//! mid-response, and answers some requests with 503. Even connections it lets
//! through are cut after a random number of bytes, so a kept-alive connection
//! cannot dodge the faults. Afterwards the server must hold every package
//! exactly once, in an unbroken chain.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::Utc;
use rand::{Rng as _, SeedableRng as _};
use reviewdesk_core::outbox::{Delivery, QueuedPackage, SyncPlan};
use reviewdesk_domain::scores::{PackageContent, PackagedSheet, SCORES_FORMAT};
use reviewdesk_exchange::manifest::manifest_digest;
use reviewdesk_exchange::package::{self, PackageInfo};
use reviewdesk_exchange::{KeyPair, enrollment};
use reviewdesk_server::{Agency, Database};
use reviewdesk_sync::SyncPolicy;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::{TcpListener, TcpStream};

const PACKAGES: usize = 300;

#[derive(Debug, Clone, Copy)]
enum Fault {
    Pass,
    Delay(u64),
    Drop,
    Unavailable,
    CutRequest(usize),
    CutResponse(usize),
}

/// A proxy to `upstream` that picks a fault for every connection; returns its
/// address and the number of connections it has faulted.
async fn hostile_proxy(upstream: SocketAddr, seed: u64) -> (SocketAddr, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let address = listener.local_addr().expect("address");
    let rng = Arc::new(Mutex::new(rand::rngs::StdRng::seed_from_u64(seed)));
    let faulted = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&faulted);
    tokio::spawn(async move {
        while let Ok((client, _)) = listener.accept().await {
            let (fault, budget) = {
                let mut rng = rng.lock().expect("rng");
                let fault = match rng.gen_range(0..100) {
                    0..=49 => Fault::Pass,
                    50..=59 => Fault::Delay(rng.gen_range(1..50)),
                    60..=69 => Fault::Drop,
                    70..=79 => Fault::Unavailable,
                    80..=89 => Fault::CutRequest(rng.gen_range(1..400)),
                    _ => Fault::CutResponse(rng.gen_range(1..200)),
                };
                (fault, rng.gen_range(500..6_000))
            };
            if !matches!(fault, Fault::Pass | Fault::Delay(_)) {
                counter.fetch_add(1, Ordering::Relaxed);
            }
            tokio::spawn(relay(client, upstream, fault, budget));
        }
    });
    (address, faulted)
}

async fn relay(mut client: TcpStream, upstream: SocketAddr, fault: Fault, budget: usize) {
    match fault {
        Fault::Drop => {}
        Fault::Unavailable => {
            let mut buffer = [0u8; 512];
            let _ = client.read(&mut buffer).await;
            let _ = client
                .write_all(b"HTTP/1.1 503 Service Unavailable\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")
                .await;
        }
        Fault::CutRequest(limit) => {
            let Ok(mut server) = TcpStream::connect(upstream).await else {
                return;
            };
            let mut buffer = vec![0u8; limit];
            if let Ok(n) = client.read(&mut buffer).await {
                let _ = server.write_all(&buffer[..n]).await;
            }
        }
        Fault::CutResponse(limit) => {
            let Ok(server) = TcpStream::connect(upstream).await else {
                return;
            };
            let (mut from_client, mut to_client) = client.into_split();
            let (mut from_server, mut to_server) = server.into_split();
            let upload = tokio::spawn(async move {
                let _ = tokio::io::copy(&mut from_client, &mut to_server).await;
            });
            let mut buffer = vec![0u8; limit];
            let mut sent = 0;
            while sent < limit {
                match from_server.read(&mut buffer[sent..]).await {
                    Ok(0) | Err(_) => break,
                    Ok(n) => sent += n,
                }
            }
            let _ = to_client.write_all(&buffer[..sent]).await;
            upload.abort();
        }
        Fault::Delay(ms) => {
            tokio::time::sleep(Duration::from_millis(ms)).await;
            pass(client, upstream, budget).await;
        }
        Fault::Pass => pass(client, upstream, budget).await,
    }
}

/// Relays both ways until either side closes or `budget` bytes have gone
/// each way — then cuts, wherever the requests and responses happen to be.
async fn pass(client: TcpStream, upstream: SocketAddr, budget: usize) {
    let Ok(server) = TcpStream::connect(upstream).await else {
        return;
    };
    let (mut from_client, mut to_client) = client.into_split();
    let (mut from_server, mut to_server) = server.into_split();
    let up = async move {
        let _ = tokio::io::copy(&mut (&mut from_client).take(budget as u64), &mut to_server).await;
    };
    let down = async move {
        let _ = tokio::io::copy(&mut (&mut from_server).take(budget as u64), &mut to_client).await;
    };
    tokio::select! {
        () = up => {}
        () = down => {}
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hundreds_of_packages_arrive_exactly_once_through_a_hostile_network() {
    let (dir, call_id, expert, agency_keys, upstream) = enrolled_server().await;
    let db = dir.path().join("server.db");
    let seed: u64 = rand::random();
    let (proxy, faulted) = hostile_proxy(upstream, seed).await;

    // The expert's chain of packages, one sheet each.
    let mut previous = None;
    let mut packages = Vec::with_capacity(PACKAGES);
    for sequence in 1..=PACKAGES as u64 {
        let package = seal(
            &expert,
            &agency_keys,
            &call_id,
            sequence,
            previous.take(),
            "Credible.",
        );
        previous = Some(package.manifest_digest.clone());
        packages.push(package);
    }
    let mut plan = SyncPlan {
        tls_certificate: None,
        server: format!("http://{proxy}"),
        expert_id: "E01".into(),
        keys: expert,
        agency: agency_keys,
        packages,
        calls: vec![],
        downloads: None,
    };
    let policy = SyncPolicy {
        attempts: 12,
        base: Duration::from_millis(2),
        cap: Duration::from_millis(40),
        timeout: Duration::from_secs(5),
        ..SyncPolicy::default()
    };
    // Like the app: sync again while anything is left, taking up where it stopped.
    let mut delivered = Vec::new();
    for _ in 0..20 {
        let report = reviewdesk_sync::deliver(&plan, policy, |package, delivery| {
            assert!(
                matches!(delivery, Delivery::Delivered { .. }),
                "seed {seed}: {delivery:?}"
            );
            delivered.push(package.sequence);
        })
        .await;
        let done = plan.packages.len() - report.pending;
        plan.packages.drain(..done);
        if plan.packages.is_empty() {
            break;
        }
    }
    assert!(
        plan.packages.is_empty(),
        "seed {seed}: {} packages never arrived",
        plan.packages.len()
    );
    assert_eq!(
        delivered,
        (1..=PACKAGES as u64).collect::<Vec<_>>(),
        "seed {seed}"
    );

    assert!(
        faulted.load(Ordering::Relaxed) >= 40,
        "seed {seed}: only {} connections were faulted",
        faulted.load(Ordering::Relaxed)
    );
    let server = Agency::open(
        &Database::Sqlite(db.clone()),
        &reviewdesk_server::testing::unseal(dir.path()),
    )
    .await
    .expect("reopen");
    let progress = server.progress().await.expect("progress");
    let e01 = progress.iter().find(|p| p.expert_id == "E01").expect("E01");
    assert_eq!(
        e01.packages, PACKAGES,
        "seed {seed}: every package exactly once"
    );
}

/// A server on loopback with the demo call and E01 enrolled: its folder (the
/// database is `server.db`), the call, E01's keys, the agency's keys and
/// the server's address.
async fn enrolled_server() -> (
    tempfile::TempDir,
    String,
    KeyPair,
    reviewdesk_exchange::PublicKeys,
    SocketAddr,
) {
    let dir = tempfile::tempdir().expect("tempdir");
    let crate::DemoAgency {
        agency,
        code,
        call_id,
    } = crate::demo_agency(dir.path()).await;
    let expert = KeyPair::generate();
    let request = enrollment::request(&"E01".into(), &expert, &code, Utc::now());
    agency.enroll(&request, Utc::now()).await.expect("enrolled");
    let agency_keys = agency.public_keys();
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let upstream = listener.local_addr().expect("address");
    tokio::spawn(reviewdesk_server::http::serve(listener, agency));
    (dir, call_id, expert, agency_keys, upstream)
}

/// Copies until either side closes or `budget` bytes have gone, counting
/// each chunk as it passes.
async fn relay_counted(
    from: &mut tokio::net::tcp::OwnedReadHalf,
    to: &mut tokio::net::tcp::OwnedWriteHalf,
    budget: u64,
    counter: &AtomicUsize,
) {
    let mut buffer = vec![0u8; 16 << 10];
    let mut left = usize::try_from(budget).unwrap_or(usize::MAX);
    while left > 0 {
        let want = buffer.len().min(left);
        let n = match from.read(&mut buffer[..want]).await {
            Ok(0) | Err(_) => return,
            Ok(n) => n,
        };
        if to.write_all(&buffer[..n]).await.is_err() {
            return;
        }
        counter.fetch_add(n, Ordering::Relaxed);
        left -= n;
    }
}

/// A proxy that cuts every connection once `up` bytes have gone upstream or
/// `down` bytes downstream on it, and refuses connections beyond the first
/// `connections`. Returns its address and the bytes it carried each way.
async fn cutting_proxy(
    upstream: SocketAddr,
    up: u64,
    down: u64,
    connections: usize,
) -> (SocketAddr, Arc<AtomicUsize>, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let address = listener.local_addr().expect("address");
    let (sent_up, sent_down) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
    let (counter_up, counter_down) = (Arc::clone(&sent_up), Arc::clone(&sent_down));
    tokio::spawn(async move {
        let mut accepted = 0;
        while let Ok((client, _)) = listener.accept().await {
            accepted += 1;
            if accepted > connections {
                continue;
            }
            let (counter_up, counter_down) = (Arc::clone(&counter_up), Arc::clone(&counter_down));
            tokio::spawn(async move {
                let Ok(server) = TcpStream::connect(upstream).await else {
                    return;
                };
                let (mut from_client, mut to_client) = client.into_split();
                let (mut from_server, mut to_server) = server.into_split();
                let up = relay_counted(&mut from_client, &mut to_server, up, &counter_up);
                let down = relay_counted(&mut from_server, &mut to_client, down, &counter_down);
                tokio::select! {
                    () = up => {}
                    () = down => {}
                }
            });
        }
    });
    (address, sent_up, sent_down)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_large_package_resumes_from_the_servers_offset_when_every_connection_is_cut() {
    let (dir, call_id, expert, agency_keys, upstream) = enrolled_server().await;
    // Random text, so the package is as large as the opinion.
    let opinion: String = rand::thread_rng()
        .sample_iter(rand::distributions::Alphanumeric)
        .take(300 << 10)
        .map(char::from)
        .collect();
    let package = seal(&expert, &agency_keys, &call_id, 1, None, &opinion);
    let size = package.bytes.len();
    // No connection carries more than a sixth of the package.
    let (proxy, forwarded, _) =
        cutting_proxy(upstream, (size / 6) as u64, u64::MAX, usize::MAX).await;
    let plan = delivery_of(package, proxy, expert, agency_keys);
    let policy = SyncPolicy {
        attempts: 5,
        base: Duration::from_millis(1),
        cap: Duration::from_millis(10),
        timeout: Duration::from_secs(10),
        resumable_above: 64 << 10,
        part_bytes: 16 << 10,
        insecure_http: false,
    };

    // Sent whole, it can never get through.
    let whole = SyncPolicy {
        resumable_above: usize::MAX,
        ..policy
    };
    let report = reviewdesk_sync::deliver(&plan, whole, |_, d| panic!("{d:?}")).await;
    assert_eq!(report.pending, 1);
    forwarded.store(0, Ordering::Relaxed);

    // In parts, each cut costs at most the part under way.
    let mut receipts = Vec::new();
    let report = reviewdesk_sync::deliver(&plan, policy, |_, delivery| {
        receipts.push(delivery.clone());
    })
    .await;
    assert_eq!(report.delivered, 1, "{report:?}");
    assert!(matches!(receipts.as_slice(), [Delivery::Delivered { .. }]));
    let sent = forwarded.load(Ordering::Relaxed);
    assert!(
        sent < size + size / 2,
        "{sent} bytes went upstream for a package of {size}: the upload restarted"
    );
    let server = Agency::open(
        &Database::Sqlite(dir.path().join("server.db")),
        &reviewdesk_server::testing::unseal(dir.path()),
    )
    .await
    .expect("reopen");
    let e01 = server.progress().await.expect("progress");
    assert_eq!(
        e01.iter()
            .find(|p| p.expert_id == "E01")
            .expect("E01")
            .packages,
        1
    );
}

#[tokio::test]
async fn a_package_the_server_refuses_is_set_aside_with_the_rules_code_and_values() {
    let (_dir, call_id, expert, agency_keys, upstream) = enrolled_server().await;
    let package = seal_for(&expert, &agency_keys, &call_id, 1, None, "A999", "—");
    let plan = delivery_of(package, upstream, expert, agency_keys);
    let mut deliveries = Vec::new();
    let report = reviewdesk_sync::deliver(&plan, SyncPolicy::default(), |_, delivery| {
        deliveries.push(delivery.clone());
    })
    .await;
    assert_eq!(report.refused, 1, "{report:?}");
    let [Delivery::Refused { reason }] = deliveries.as_slice() else {
        panic!("{deliveries:?}");
    };
    assert_eq!(
        reason.code,
        reviewdesk_domain::ErrorCode::PackageNotAssigned
    );
    assert_eq!(
        reason.args.get("application").map(String::as_str),
        Some("A999")
    );
}

/// E01's plan to deliver `package` to the server at `address`, and nothing else.
fn delivery_of(
    package: QueuedPackage,
    address: SocketAddr,
    expert: KeyPair,
    agency: reviewdesk_exchange::PublicKeys,
) -> SyncPlan {
    SyncPlan {
        tls_certificate: None,
        server: format!("http://{address}"),
        expert_id: "E01".into(),
        keys: expert,
        agency,
        packages: vec![package],
        calls: vec![],
        downloads: None,
    }
}

/// The expert's package `sequence`: one sheet for an application of the
/// demo call, with `opinion` as its written opinion.
fn seal(
    expert: &KeyPair,
    agency: &reviewdesk_exchange::PublicKeys,
    call_id: &str,
    sequence: u64,
    previous: Option<String>,
    opinion: &str,
) -> QueuedPackage {
    let application = format!("A{:03}", (sequence - 1) % 26 + 1);
    seal_for(
        expert,
        agency,
        call_id,
        sequence,
        previous,
        &application,
        opinion,
    )
}

/// The expert's package `sequence`: one sheet for `application`.
fn seal_for(
    expert: &KeyPair,
    agency: &reviewdesk_exchange::PublicKeys,
    call_id: &str,
    sequence: u64,
    previous: Option<String>,
    application: &str,
    opinion: &str,
) -> QueuedPackage {
    let rubric = reviewdesk_domain::default_rubrics::pre_review();
    let content = PackageContent {
        format: SCORES_FORMAT.into(),
        version: 1,
        call_id: call_id.into(),
        expert_id: "E01".into(),
        sheets: vec![PackagedSheet::new(
            &application.into(),
            (1, &rubric),
            &reviewdesk_demo::complete_sheet(
                &rubric,
                reviewdesk_domain::rubric::Points::new(8, 0),
                opinion,
            ),
            "2025-11-22T09:00:00Z".parse().expect("time"),
        )],
    };
    let package_id = uuid_for(sequence);
    let sealed = package::seal(
        expert,
        agency,
        &PackageInfo {
            package_id: package_id.clone(),
            call_id: call_id.into(),
            expert_id: "E01".into(),
            sequence,
            previous,
            created_at: Utc::now(),
        },
        &serde_json::to_vec(&content).expect("JSON"),
    )
    .expect("seal");
    QueuedPackage {
        package_id,
        sequence,
        manifest_digest: manifest_digest(&sealed.manifest_bytes),
        bytes: sealed.bytes,
    }
}

fn uuid_for(sequence: u64) -> reviewdesk_domain::PackageId {
    format!("00000000-0000-4000-8000-{sequence:012}").into()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cut_bundle_download_resumes_after_a_restart_from_the_bytes_kept() {
    let (_server_dir, _call_id, expert, agency_keys, upstream) = enrolled_server().await;
    let vault_dir = tempfile::tempdir().expect("tempdir");
    let downloads = vault_dir.path().join("v.rdvault.downloads");
    let plan_via = |server: SocketAddr, downloads: Option<std::path::PathBuf>| SyncPlan {
        tls_certificate: None,
        server: format!("http://{server}"),
        expert_id: "E01".into(),
        keys: KeyPair::from_secret_text(&expert.to_secret_text()).expect("keys"),
        agency: agency_keys.clone(),
        packages: vec![],
        calls: vec![],
        downloads,
    };
    let policy = SyncPolicy {
        attempts: 3,
        base: Duration::from_millis(1),
        cap: Duration::from_millis(10),
        timeout: Duration::from_secs(10),
        ..SyncPolicy::default()
    };
    // The bundle as it comes on a good link.
    let direct = reviewdesk_sync::fetch_bundles(&plan_via(upstream, None), policy)
        .await
        .expect("direct");
    let bundle = direct[0].1.clone();
    let size = bundle.len();
    assert!(size > 100_000, "{size}");

    // A link that carries a fifth of the bundle per connection, then goes
    // down for good after four connections: the run fails, the bytes stay.
    let fifth = (size / 5) as u64;
    let (proxy, _, down) = cutting_proxy(upstream, u64::MAX, fifth, 4).await;
    let error = reviewdesk_sync::fetch_bundles(&plan_via(proxy, Some(downloads.clone())), policy)
        .await
        .expect_err("the link went down");
    assert!(
        matches!(error, reviewdesk_sync::SyncError::Retryable(_)),
        "{error:?}"
    );
    let kept = std::fs::read_dir(&downloads)
        .expect("downloads")
        .filter_map(Result::ok)
        .find(|e| e.path().extension().is_some_and(|x| x == "part"))
        .expect("a part file")
        .metadata()
        .expect("part")
        .len() as usize;
    assert!(kept > size / 3 && kept < size, "{kept} of {size} kept");
    let first_run = down.load(Ordering::Relaxed);

    // After a restart (a new plan, a new client), on a link that still cuts
    // every connection: the download goes on from the bytes kept.
    let (proxy, _, down) = cutting_proxy(upstream, u64::MAX, fifth, usize::MAX).await;
    let fetched = reviewdesk_sync::fetch_bundles(&plan_via(proxy, Some(downloads.clone())), policy)
        .await
        .expect("resumed");
    assert_eq!(fetched.len(), 1);
    assert!(fetched[0].1 == bundle, "the very bytes of the bundle");
    let carried = first_run + down.load(Ordering::Relaxed);
    assert!(
        carried < size + size / 4,
        "{carried} bytes carried for a bundle of {size}: the download started over"
    );
    assert_eq!(
        std::fs::read_dir(&downloads).expect("downloads").count(),
        0,
        "nothing is kept once the bundle is whole"
    );
}

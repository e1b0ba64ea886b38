//! The database out of reach: at start the server says so and stops; while
//! serving, requests answer 503 (retryable) and succeed once it is back,
//! with nothing half-written.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use reviewdesk_exchange::manifest::manifest_digest;
use reviewdesk_server::{Agency, Database};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Mutex;
use tokio::task::JoinSet;

use crate::{Server, code_of, start_on};

/// A TCP relay to the database that the test can cut and restore.
struct Relay {
    address: SocketAddr,
    open: Arc<AtomicBool>,
    links: Arc<Mutex<JoinSet<()>>>,
}

impl Relay {
    async fn to(upstream: SocketAddr) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let address = listener.local_addr().expect("address");
        let open = Arc::new(AtomicBool::new(true));
        let links = Arc::new(Mutex::new(JoinSet::new()));
        let (accepting, running) = (Arc::clone(&open), Arc::clone(&links));
        tokio::spawn(async move {
            while let Ok((mut client, _)) = listener.accept().await {
                if !accepting.load(Ordering::SeqCst) {
                    continue; // dropped: the database is out of reach
                }
                running.lock().await.spawn(async move {
                    if let Ok(mut server) = TcpStream::connect(upstream).await {
                        let _ = tokio::io::copy_bidirectional(&mut client, &mut server).await;
                    }
                });
            }
        });
        Self {
            address,
            open,
            links,
        }
    }

    /// Every connection through the relay drops, and new ones are refused.
    async fn cut(&self) {
        self.open.store(false, Ordering::SeqCst);
        self.links.lock().await.abort_all();
    }

    fn restore(&self) {
        self.open.store(true, Ordering::SeqCst);
    }
}

/// The PostgreSQL address with its host and port replaced by `relay`'s.
fn through(address: &str, relay: SocketAddr) -> String {
    let (scheme, rest) = address.split_once("://").expect("a URL");
    let (user, rest) = rest.rsplit_once('@').map_or(("", rest), |(u, r)| (u, r));
    let path = rest.find(['/', '?']).map_or("", |at| &rest[at..]);
    let at = if user.is_empty() { "" } else { "@" };
    format!("{scheme}://{user}{at}{relay}{path}")
}

/// Where the address says the database is.
async fn endpoint(address: &str) -> SocketAddr {
    // Without its query: libpq's `sslrootcert` is not tokio-postgres's.
    let without_query = address.split('?').next().unwrap_or(address);
    let config: tokio_postgres::Config = without_query.parse().expect("address");
    let host = match &config.get_hosts()[0] {
        tokio_postgres::config::Host::Tcp(host) => host.clone(),
        #[cfg(unix)]
        tokio_postgres::config::Host::Unix(_) => panic!("the test database is reached over TCP"),
    };
    let port = config.get_ports().first().copied().unwrap_or(5432);
    tokio::net::lookup_host((host.as_str(), port))
        .await
        .expect("host")
        .next()
        .expect("an address")
}

#[tokio::test]
async fn a_database_out_of_reach_answers_503_until_it_is_back() {
    let dir = tempfile::tempdir().expect("tempdir");
    let Database::Postgres(address) = reviewdesk_server::testing::database(dir.path()).await else {
        eprintln!("on the embedded store there is no database server to lose");
        return;
    };
    let relay = Relay::to(endpoint(&address).await).await;
    let unseal = reviewdesk_server::testing::unseal(dir.path());
    let server: Server = start_on(Database::Postgres(through(&address, relay.address)), dir).await;
    let expert = server.enroll("E01", &server.codes[0]).await;
    let (id, package) = server.package(&expert, 1, None, "A001");

    assert_eq!(health(&server).await, 200);
    relay.cut().await;
    assert_eq!(
        health(&server).await,
        503,
        "the health check tells monitoring"
    );
    let (status, body, _) = server.put(&expert, &id, package.bytes.clone()).await;
    assert_eq!(
        (status, code_of(&body).as_str()),
        (503, "unavailable"),
        "{}",
        String::from_utf8_lossy(&body)
    );
    let value: serde_json::Value = serde_json::from_slice(&body).expect("JSON");
    assert_eq!(value["retryable"], true);

    relay.restore();
    assert_eq!(health(&server).await, 200);
    let (status, body, _) = server.put(&expert, &id, package.bytes.clone()).await;
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    let (next_id, next) = server.package(
        &expert,
        2,
        Some(manifest_digest(&package.manifest_bytes)),
        "A002",
    );
    let (status, _, _) = server.put(&expert, &next_id, next.bytes).await;
    assert_eq!(status, 200, "the chain goes on where it stood");
    let agency = Agency::open(&Database::Postgres(address), &unseal)
        .await
        .expect("open");
    let packages = agency
        .call_packages(&server.call_id.clone().into())
        .await
        .expect("packages");
    let sequences: Vec<u64> = packages.iter().map(|(_, _, sequence)| *sequence).collect();
    assert_eq!(
        sequences,
        [1, 2],
        "each package stored once, nothing half-written"
    );
}

async fn health(server: &Server) -> u16 {
    server
        .client
        .get(server.url("/v1/health"))
        .send()
        .await
        .expect("send")
        .status()
        .as_u16()
}

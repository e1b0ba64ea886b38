//! The server's connections under abuse: a client that sends its headers
//! slowly or not at all is closed once the header timeout passes, and
//! connections beyond the cap wait unaccepted until a slot frees, so idle
//! sockets cannot stop the server answering.

use std::time::Duration;

use reviewdesk_server::Agency;
use reviewdesk_server::http::ServerLimits;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpStream;

/// A server within `limits` on loopback, with the staff account `clerk`;
/// its folder and address.
async fn server(limits: ServerLimits) -> (tempfile::TempDir, std::net::SocketAddr) {
    let dir = tempfile::tempdir().expect("tempdir");
    let database = reviewdesk_server::testing::database(dir.path()).await;
    let agency = Agency::open_or_init(
        &database,
        None,
        &reviewdesk_server::testing::unseal(dir.path()),
    )
    .await
    .expect("server");
    agency
        .add_staff("clerk", "correct horse battery")
        .await
        .expect("staff");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let address = listener.local_addr().expect("address");
    tokio::spawn(reviewdesk_server::http::serve_within(
        listener, agency, limits,
    ));
    (dir, address)
}

/// What the server sends before it closes `connection` (or a minute passes).
async fn until_closed(connection: &mut TcpStream) -> Option<String> {
    let mut seen = Vec::new();
    let mut buffer = [0u8; 1024];
    let read = async {
        loop {
            match connection.read(&mut buffer).await {
                Ok(0) | Err(_) => break,
                Ok(n) => seen.extend_from_slice(&buffer[..n]),
            }
        }
    };
    tokio::time::timeout(Duration::from_secs(60), read)
        .await
        .ok()?;
    Some(String::from_utf8_lossy(&seen).into_owned())
}

const LIMITS: ServerLimits = ServerLimits {
    max_connections: 2,
    header_timeout: Duration::from_secs(1),
    sign_in: reviewdesk_server::sign_in::SignInLimits {
        failures_per_name: 5,
        failures_per_address: 20,
        lockout: Duration::from_secs(900),
        concurrent_checks: 4,
        token_lifetime: Duration::from_secs(900),
    },
    drain: Duration::from_secs(10),
    body_timeout: Duration::from_secs(1),
};

#[tokio::test]
async fn a_client_that_trickles_its_headers_is_closed() {
    let (_dir, address) = server(LIMITS).await;
    let mut trickling = TcpStream::connect(address).await.expect("connect");
    trickling
        .write_all(b"GET /v1/agency HTTP/1.1\r\nhost: x\r\n")
        .await
        .expect("part of the headers");
    let said = until_closed(&mut trickling)
        .await
        .expect("the server closes the connection");
    assert!(!said.contains("200 OK"), "{said}");
}

#[tokio::test]
async fn silent_connections_cannot_keep_others_out() {
    let (_dir, address) = server(LIMITS).await;
    // As many silent connections as the server holds at once.
    let mut silent = Vec::new();
    for _ in 0..LIMITS.max_connections {
        silent.push(TcpStream::connect(address).await.expect("connect"));
    }
    let mut asking = TcpStream::connect(address).await.expect("connect");
    asking
        .write_all(b"GET /v1/agency HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n")
        .await
        .expect("request");
    let answer = until_closed(&mut asking).await.expect("an answer");
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    for connection in &mut silent {
        assert!(
            until_closed(connection).await.is_some(),
            "a silent connection is closed"
        );
    }
}

#[tokio::test]
async fn a_request_in_flight_finishes_when_the_server_stops() {
    let dir = tempfile::tempdir().expect("tempdir");
    let database = reviewdesk_server::testing::database(dir.path()).await;
    let unseal = reviewdesk_server::testing::unseal(dir.path());
    let agency = Agency::open_or_init(&database, None, &unseal)
        .await
        .expect("server");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let address = listener.local_addr().expect("address");
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let serving = tokio::spawn(reviewdesk_server::http::serve_until(
        listener,
        agency,
        LIMITS,
        None,
        async {
            let _ = stopped.await;
        },
    ));
    // Half a request body is on its way when the server is asked to stop.
    let mut in_flight = TcpStream::connect(address).await.expect("connect");
    in_flight
        .write_all(
            b"POST /v1/enroll HTTP/1.1\r\nHost: test\r\nContent-Length: 20\r\n\r\n0123456789",
        )
        .await
        .expect("write");
    tokio::time::sleep(Duration::from_millis(200)).await;
    stop.send(()).expect("stop");
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(
        TcpStream::connect(address).await.is_err(),
        "no new connection is accepted"
    );
    in_flight.write_all(b"0123456789").await.expect("the rest");
    let answer = until_closed(&mut in_flight).await.expect("an answer");
    assert!(
        answer.starts_with("HTTP/1.1 400") && answer.contains("bad-json"),
        "the request in flight got its whole answer: {answer}"
    );
    tokio::time::timeout(Duration::from_secs(10), serving)
        .await
        .expect("the server stops once it is done")
        .expect("joined")
        .expect("served");
}

#[tokio::test]
async fn a_client_that_stalls_its_body_is_answered_and_closed() {
    let (_dir, address) = server(LIMITS).await;
    let mut stalling = TcpStream::connect(address).await.expect("connect");
    stalling
        .write_all(
            b"POST /v1/enroll HTTP/1.1\r\nHost: test\r\nContent-Length: 100\r\n\r\n{\"body\":",
        )
        .await
        .expect("write");
    let answer = until_closed(&mut stalling)
        .await
        .expect("closed within the minute");
    assert!(
        answer.starts_with("HTTP/1.1 408") && answer.contains("body-timeout"),
        "{answer}"
    );
    assert!(
        answer.contains("\"retryable\":true"),
        "a stalled link may do better next time: {answer}"
    );
}

#[tokio::test]
async fn an_expired_sign_in_token_asks_to_sign_in_again() {
    let limits = ServerLimits {
        sign_in: reviewdesk_server::sign_in::SignInLimits {
            token_lifetime: Duration::from_secs(1),
            ..Default::default()
        },
        ..Default::default()
    };
    let (_dir, address) = server(limits).await;
    let client = crate::http_client();
    let signed_in = client
        .post(format!("http://{address}/v1/staff/sign-in"))
        .basic_auth("clerk", Some("correct horse battery"))
        .send()
        .await
        .expect("send")
        .bytes()
        .await
        .expect("body");
    let signed_in: serde_json::Value = serde_json::from_slice(&signed_in).expect("JSON");
    let token = signed_in["token"].as_str().expect("token");
    // The token's expiry is in whole seconds: two seconds are past it.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let expired = client
        .get(format!("http://{address}/v1/staff/progress"))
        .bearer_auth(token)
        .send()
        .await
        .expect("send");
    assert_eq!(expired.status(), 401);
    let body: serde_json::Value =
        serde_json::from_slice(&expired.bytes().await.expect("body")).expect("JSON");
    assert_eq!(body["code"], "staff-token-expired");
}

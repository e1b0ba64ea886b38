//! The agency server over real HTTP on 127.0.0.1 port 0, with a real SQLite
//! file: online enrollment, signed bundle downloads (with ranges), packages
//! with receipts, and every refusal a client can provoke.

mod admin;
mod concurrency;
mod connections;
mod database_tls;
mod outage;

use std::net::SocketAddr;

use chrono::{Duration, Utc};
use reviewdesk_domain::scores::{PackageContent, PackagedSheet, SCORES_FORMAT};
use reviewdesk_exchange::bundle::{self, Opener};
use reviewdesk_exchange::enrollment::{self, EnrollmentResponse};
use reviewdesk_exchange::manifest::manifest_digest;
use reviewdesk_exchange::package::{self, PackageInfo, SealedPackage};
use reviewdesk_exchange::receipt::{self, Receipt};
use reviewdesk_exchange::request::{self, RequestSignature};
use reviewdesk_exchange::upload::{UploadCommit, UploadStatus};
use reviewdesk_exchange::{KeyPair, Limits, PublicKeys};
use reviewdesk_server::Agency;

struct Server {
    _dir: tempfile::TempDir,
    database: reviewdesk_server::Database,
    address: SocketAddr,
    agency: PublicKeys,
    /// The agency's operations the server runs, for what an admin does.
    ops: Agency,
    codes: Vec<String>,
    call_id: String,
    client: reqwest::Client,
}

/// An HTTP client for speaking to the server directly, with rustls' ring
/// provider (the clients ship no other).
fn http_client() -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::new()
}

async fn start() -> Server {
    let dir = tempfile::tempdir().expect("tempdir");
    let database = reviewdesk_server::testing::database(dir.path()).await;
    start_on(database, dir).await
}

/// The server on `database`, with the demo call, codes for E01 and E02 and
/// the staff account `clerk`, serving on loopback; `dir` lives as long.
async fn start_on(database: reviewdesk_server::Database, dir: tempfile::TempDir) -> Server {
    let agency = Agency::open_or_init(
        &database,
        Some("http://reviewdesk.test"),
        &reviewdesk_server::testing::unseal(dir.path()),
    )
    .await
    .expect("init");
    let report = agency
        .load_call(
            &reviewdesk_demo::generate_json(reviewdesk_demo::DEMO_SEED, 1),
            Utc::now(),
        )
        .await
        .expect("load");
    let mut codes = Vec::new();
    for expert in ["E01", "E02"] {
        codes.push(agency.issue_code(&expert.into()).await.expect("code"));
    }
    agency
        .add_staff("clerk", "correct horse battery")
        .await
        .expect("staff");
    let keys = agency.public_keys();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let address = listener.local_addr().expect("address");
    tokio::spawn(reviewdesk_server::http::serve(listener, agency.clone()));
    Server {
        _dir: dir,
        database,
        address,
        agency: keys,
        ops: agency,
        codes,
        call_id: report.call_id.into_string(),
        client: http_client(),
    }
}

struct Expert {
    id: &'static str,
    keys: KeyPair,
}

impl Server {
    fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.address)
    }

    async fn enroll(&self, id: &'static str, code: &str) -> Expert {
        self.enroll_answered(id, code).await.0
    }

    /// Enrolls new keys for `id` online; the expert and the agency's answer.
    async fn enroll_answered(&self, id: &'static str, code: &str) -> (Expert, EnrollmentResponse) {
        let keys = KeyPair::generate();
        let request = enrollment::request(&id.into(), &keys, code, Utc::now());
        let response = self
            .client
            .post(self.url("/v1/enroll"))
            .body(serde_json::to_vec(&request).expect("JSON"))
            .send()
            .await
            .expect("send");
        assert_eq!(response.status(), 200);
        let answer: EnrollmentResponse =
            serde_json::from_slice(&response.bytes().await.expect("body")).expect("JSON");
        let pinned = enrollment::check_response(&answer, &request, code).expect("valid");
        assert_eq!(pinned, self.agency);
        (Expert { id, keys }, answer)
    }

    /// Sends a signed request; returns status and body.
    async fn signed(
        &self,
        expert: &Expert,
        method: reqwest::Method,
        path: &str,
        body: Vec<u8>,
        extra: &[(&str, &str)],
    ) -> (u16, Vec<u8>, RequestSignature) {
        let signature = request::sign(
            &expert.keys,
            &expert.id.into(),
            method.as_str(),
            path,
            &body,
            Utc::now(),
        );
        let (status, bytes) = self.send(&signature, method, path, body, extra).await;
        (status, bytes, signature)
    }

    async fn send(
        &self,
        signature: &RequestSignature,
        method: reqwest::Method,
        path: &str,
        body: Vec<u8>,
        extra: &[(&str, &str)],
    ) -> (u16, Vec<u8>) {
        let mut builder = self.client.request(method, self.url(path)).body(body);
        for (name, value) in signature.headers().iter().chain(extra) {
            builder = builder.header(*name, *value);
        }
        let response = builder.send().await.expect("send");
        let status = response.status().as_u16();
        (status, response.bytes().await.expect("body").to_vec())
    }

    /// Signs in as `name` with `password`: the answer's status and body.
    async fn sign_in(&self, name: &str, password: &str) -> (u16, serde_json::Value) {
        let response = self
            .client
            .post(self.url("/v1/staff/sign-in"))
            .basic_auth(name, Some(password))
            .send()
            .await
            .expect("send");
        let status = response.status().as_u16();
        let body = response.bytes().await.expect("body");
        (status, serde_json::from_slice(&body).expect("JSON"))
    }

    /// A sign-in token of `clerk`'s.
    async fn clerk_token(&self) -> String {
        let (status, body) = self.sign_in("clerk", "correct horse battery").await;
        assert_eq!(status, 200, "{body}");
        body["token"].as_str().expect("token").to_owned()
    }

    /// What staff see of every expert's progress, signed in as `clerk`.
    async fn staff_progress(&self) -> serde_json::Value {
        let body = self
            .client
            .get(self.url("/v1/staff/progress"))
            .bearer_auth(self.clerk_token().await)
            .send()
            .await
            .expect("send")
            .bytes()
            .await
            .expect("body");
        serde_json::from_slice(&body).expect("JSON")
    }

    /// Uploads a package under `id`, signed by `expert`.
    async fn put(
        &self,
        expert: &Expert,
        id: &str,
        bytes: Vec<u8>,
    ) -> (u16, Vec<u8>, RequestSignature) {
        let path = format!("/v1/packages/{id}");
        self.signed(expert, reqwest::Method::PUT, &path, bytes, &[])
            .await
    }

    fn package(
        &self,
        expert: &Expert,
        sequence: u64,
        previous: Option<String>,
        application: &str,
    ) -> (String, SealedPackage) {
        let place = Place {
            call_id: &self.call_id,
            sequence,
            previous,
        };
        sealed_package(&expert.keys, expert.id, &self.agency, place, application)
    }
}

/// Where a package goes: its call and its place in the expert's chain.
struct Place<'a> {
    call_id: &'a str,
    sequence: u64,
    previous: Option<String>,
}

/// A new package of one complete sheet for `application`, sealed by the
/// expert for the agency: its id and the sealed package.
fn sealed_package(
    expert: &KeyPair,
    expert_id: &str,
    agency: &PublicKeys,
    place: Place<'_>,
    application: &str,
) -> (String, SealedPackage) {
    let package_id = uuid::Uuid::new_v4().to_string();
    let rubric = reviewdesk_domain::default_rubrics::pre_review();
    let content = PackageContent {
        format: SCORES_FORMAT.into(),
        version: 1,
        call_id: place.call_id.into(),
        expert_id: expert_id.into(),
        sheets: vec![PackagedSheet::new(
            &application.into(),
            (1, &rubric),
            &reviewdesk_demo::complete_sheet(
                &rubric,
                reviewdesk_domain::rubric::Points::new(8, 0),
                "A credible plan.",
            ),
            "2025-11-22T09:00:00Z".parse().expect("time"),
        )],
    };
    let sealed = package::seal(
        expert,
        agency,
        &PackageInfo {
            package_id: package_id.as_str().into(),
            call_id: place.call_id.into(),
            expert_id: expert_id.into(),
            sequence: place.sequence,
            previous: place.previous,
            created_at: Utc::now(),
        },
        &serde_json::to_vec(&content).expect("JSON"),
    )
    .expect("seal");
    (package_id, sealed)
}

fn code_of(body: &[u8]) -> String {
    let value: serde_json::Value = serde_json::from_slice(body).expect("JSON error body");
    value["code"].as_str().unwrap_or_default().to_owned()
}

#[tokio::test]
async fn an_enrolled_expert_downloads_a_bundle_in_parts_and_it_opens() {
    let server = start().await;
    let expert = server.enroll("E01", &server.codes[0]).await;
    let path = format!("/v1/calls/{}/bundle", server.call_id);
    let (status, whole, _) = server
        .signed(&expert, reqwest::Method::GET, &path, vec![], &[])
        .await;
    assert_eq!(status, 200);
    let (status, head, _) = server
        .signed(
            &expert,
            reqwest::Method::GET,
            &path,
            vec![],
            &[("range", "bytes=0-999")],
        )
        .await;
    assert_eq!((status, head.len()), (206, 1000));
    let (status, tail, _) = server
        .signed(
            &expert,
            reqwest::Method::GET,
            &path,
            vec![],
            &[("range", "bytes=1000-")],
        )
        .await;
    assert_eq!(status, 206);
    assert_eq!([head, tail].concat(), whole);
    // A range of other bytes than this bundle's (If-Range names another
    // bundle) gets the whole bundle, so two bundles are never spliced.
    let etag = format!("\"{}-1\"", server.call_id);
    for (tag, expected) in [(etag.as_str(), 206), ("\"GX-other-7\"", 200)] {
        let (status, _, _) = server
            .signed(
                &expert,
                reqwest::Method::GET,
                &path,
                vec![],
                &[("range", "bytes=1000-"), ("if-range", tag)],
            )
            .await;
        assert_eq!(status, expected, "If-Range: {tag}");
    }
    let opened = bundle::open(
        &whole,
        &Opener {
            expert_id: &"E01".into(),
            keys: &expert.keys,
            agency: &server.agency,
            installed_sequence: &|_| None,
            now: Utc::now(),
            limits: Limits::default(),
        },
    )
    .expect("the bundle opens for its expert");
    let document = reviewdesk_domain::AgencyDocument::parse(&opened.content).expect("valid data");
    assert_eq!(document.applications.len(), 26);
    assert_eq!(
        document.experts.len(),
        1,
        "only the expert's own entry travels"
    );
}

#[tokio::test]
async fn packages_get_receipts_once_and_in_order() {
    let server = start().await;
    let expert = server.enroll("E01", &server.codes[0]).await;
    let (first_id, first) = server.package(&expert, 1, None, "A001");
    let (second_id, second) = server.package(
        &expert,
        2,
        Some(manifest_digest(&first.manifest_bytes)),
        "A002",
    );

    let (status, body, _) = server.put(&expert, &second_id, second.bytes.clone()).await;
    assert_eq!((status, code_of(&body).as_str()), (409, "package-early"));
    let value: serde_json::Value = serde_json::from_slice(&body).expect("JSON");
    assert_eq!(value["retryable"], true);

    let (status, body, signature) = server.put(&expert, &first_id, first.bytes.clone()).await;
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    let receipt: Receipt = serde_json::from_slice(&body).expect("receipt");
    receipt::verify(
        &receipt,
        &server.agency,
        &first_id.clone().into(),
        &manifest_digest(&first.manifest_bytes),
    )
    .expect("a receipt signed by the agency");

    // The very same request again is a replay.
    let (status, body) = server
        .send(
            &signature,
            reqwest::Method::PUT,
            &format!("/v1/packages/{first_id}"),
            first.bytes.clone(),
            &[],
        )
        .await;
    assert_eq!((status, code_of(&body).as_str()), (401, "replayed"));
    // The same package in a new request: the stored receipt.
    let (status, body, _) = server.put(&expert, &first_id, first.bytes.clone()).await;
    assert_eq!(status, 200);
    assert_eq!(
        serde_json::from_slice::<Receipt>(&body).expect("receipt"),
        receipt
    );
    // The same id with other bytes is refused.
    let (status, body, _) = server.put(&expert, &first_id, second.bytes.clone()).await;
    assert_eq!(
        (status, code_of(&body).as_str()),
        (409, "package-id-reused")
    );

    let (status, _, _) = server.put(&expert, &second_id, second.bytes.clone()).await;
    assert_eq!(status, 200);
    let (status, body, _) = server
        .signed(
            &expert,
            reqwest::Method::GET,
            &format!("/v1/packages/{second_id}/receipt"),
            vec![],
            &[],
        )
        .await;
    assert_eq!(status, 200);
    assert_eq!(
        serde_json::from_slice::<Receipt>(&body)
            .expect("receipt")
            .body
            .sequence,
        2
    );
}

#[tokio::test]
async fn forged_modified_and_unsigned_uploads_are_refused() {
    let server = start().await;
    let expert = server.enroll("E01", &server.codes[0]).await;
    let other = server.enroll("E02", &server.codes[1]).await;

    // E02 seals a package claiming to be E01's, and uploads it as E01 cannot sign.
    let impostor = Expert {
        id: "E01",
        keys: KeyPair::from_secret_text(&other.keys.to_secret_text()).expect("keys"),
    };
    let (id, forged) = server.package(&impostor, 1, None, "A001");
    let (status, body, _) = server.put(&other, &id, forged.bytes).await;
    assert!(matches!(status, 401 | 403 | 422), "{status}");
    assert!(!code_of(&body).is_empty());
    // Signed as E01 with E02's key: the request itself is refused.
    let (id, package) = server.package(&expert, 1, None, "A001");
    let (status, body, _) = server.put(&impostor, &id, package.bytes.clone()).await;
    assert_eq!(
        (status, code_of(&body).as_str()),
        (401, "exchange-bad-signature")
    );

    let mut modified = package.bytes.clone();
    let at = modified.len() / 2;
    modified[at] ^= 1;
    let (status, body, _) = server.put(&expert, &id, modified).await;
    assert!(matches!(status, 401 | 422), "{status}: {}", code_of(&body));

    let (status, body) = server
        .send(
            &RequestSignature {
                expert_id: "E01".into(),
                timestamp: reviewdesk_exchange::timestamp(Utc::now() - Duration::minutes(30)),
                nonce: "0123456789abcdef0123".into(),
                signature: "x".into(),
                body_sha256: "0".repeat(64),
            },
            reqwest::Method::PUT,
            &format!("/v1/packages/{id}"),
            package.bytes,
            &[],
        )
        .await;
    assert_eq!((status, code_of(&body).as_str()), (401, "exchange-expired"));

    let too_big = vec![0u8; reviewdesk_server::http::MAX_BODY_BYTES + 1];
    let (status, _, _) = server.put(&expert, &id, too_big).await;
    assert_eq!(status, 413);
}

#[tokio::test]
async fn the_frameworks_own_refusals_are_the_documented_json() {
    let server = start().await;
    let too_large = server
        .client
        .post(server.url("/v1/enroll"))
        .body(vec![b'{'; 1 << 20])
        .send()
        .await
        .expect("send");
    let unknown = server
        .client
        .get(server.url("/v1/nothing"))
        .send()
        .await
        .expect("send");
    let wrong_method = server
        .client
        .delete(server.url("/v1/agency"))
        .send()
        .await
        .expect("send");
    for (response, status, code) in [
        (too_large, 413, "too-large"),
        (unknown, 404, "not-found"),
        (wrong_method, 405, "method-not-allowed"),
    ] {
        assert_eq!(response.status().as_u16(), status);
        let body: serde_json::Value =
            serde_json::from_slice(&response.bytes().await.expect("body")).expect("JSON");
        assert_eq!(
            (body["code"].as_str(), body["retryable"].as_bool()),
            (Some(code), Some(false))
        );
    }
}

#[tokio::test]
async fn a_request_is_authenticated_before_its_body_is_read() {
    use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
    let server = start().await;
    let expert = server.enroll("E01", &server.codes[0]).await;
    let (id, package) = server.package(&expert, 1, None, "A001");

    // Signed for one body, sent with another: refused once read.
    let path = format!("/v1/packages/{id}");
    let signed_for_other = request::sign(
        &expert.keys,
        &"E01".into(),
        "PUT",
        &path,
        b"other",
        Utc::now(),
    );
    let (status, body) = server
        .send(
            &signed_for_other,
            reqwest::Method::PUT,
            &path,
            package.bytes,
            &[],
        )
        .await;
    assert_eq!(
        (status, code_of(&body).as_str()),
        (401, "exchange-hash-mismatch")
    );

    // A stranger announces 60 MiB and sends a little: the answer comes at
    // once, without waiting for the rest.
    let stranger = Expert {
        id: "E01",
        keys: KeyPair::generate(),
    };
    let signature = request::sign(&stranger.keys, &"E01".into(), "PUT", &path, b"", Utc::now());
    let mut head = format!(
        "PUT {path} HTTP/1.1\r\nhost: {}\r\ncontent-length: {}\r\n",
        server.address,
        60 << 20
    );
    for (name, value) in signature.headers() {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    let mut connection = tokio::net::TcpStream::connect(server.address)
        .await
        .expect("connect");
    connection.write_all(head.as_bytes()).await.expect("head");
    connection.write_all(&[0u8; 4096]).await.expect("a little");
    let mut answer = vec![0u8; 64];
    let read = tokio::time::timeout(
        std::time::Duration::from_secs(30),
        connection.read(&mut answer),
    )
    .await
    .expect("an answer before the body is complete")
    .expect("read");
    assert!(
        String::from_utf8_lossy(&answer[..read]).starts_with("HTTP/1.1 401"),
        "{}",
        String::from_utf8_lossy(&answer[..read])
    );
}

#[tokio::test]
async fn wrong_staff_passwords_lock_the_name_out_for_a_while() {
    let server = start().await;
    let allowance = reviewdesk_server::sign_in::SignInLimits::default().failures_per_name;
    for _ in 0..allowance {
        assert_eq!(server.sign_in("clerk", "guess").await.0, 401);
    }
    let (status, body) = server.sign_in("clerk", "correct horse battery").await;
    assert_eq!(status, 429, "even the right password waits");
    assert_eq!(body["code"], "staff-locked");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_crowd_of_wrong_passwords_is_held_to_the_allowance_while_an_expert_uploads() {
    let server = start().await;
    let expert = server.enroll("E01", &server.codes[0]).await;
    let allowance = reviewdesk_server::sign_in::SignInLimits::default().failures_per_name;
    let mut crowd = tokio::task::JoinSet::new();
    for _ in 0..200 {
        let (client, url) = (server.client.clone(), server.url("/v1/staff/sign-in"));
        crowd.spawn(async move {
            let answer = client
                .post(url)
                .basic_auth("clerk", Some("guess"))
                .send()
                .await
                .expect("send");
            answer.status().as_u16()
        });
    }
    // While the crowd is at the door, the expert's chain goes up as usual.
    let mut previous = None;
    for sequence in 1..=3 {
        let (id, sealed) = server.package(&expert, sequence, previous.take(), "A001");
        let (status, body, _) = server.put(&expert, &id, sealed.bytes.clone()).await;
        assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
        previous = Some(manifest_digest(&sealed.manifest_bytes));
    }
    let mut answers = std::collections::BTreeMap::new();
    while let Some(status) = crowd.join_next().await {
        *answers.entry(status.expect("an attempt")).or_insert(0u32) += 1;
    }
    assert_eq!(
        answers,
        [(401, allowance), (429, 200 - allowance)].into(),
        "only the allowance is ever checked, however many come at once"
    );
}

#[tokio::test]
async fn staff_see_progress_with_credentials_only() {
    let server = start().await;
    let expert = server.enroll("E01", &server.codes[0]).await;
    let (id, sealed) = server.package(&expert, 1, None, "A001");
    let (status, _, _) = server.put(&expert, &id, sealed.bytes.clone()).await;
    assert_eq!(status, 200);
    let anonymous = server
        .client
        .get(server.url("/v1/staff/progress"))
        .send()
        .await
        .expect("send");
    assert_eq!(anonymous.status(), 401);
    assert_eq!(server.sign_in("clerk", "guess").await.0, 401);
    let basic = server
        .client
        .get(server.url("/v1/staff/progress"))
        .basic_auth("clerk", Some("correct horse battery"))
        .send()
        .await
        .expect("send");
    assert_eq!(basic.status(), 401, "a password is taken at sign-in only");
    let progress = server.staff_progress().await;
    let e01 = progress
        .as_array()
        .and_then(|all| all.iter().find(|p| p["expert_id"] == "E01"))
        .expect("E01");
    assert_eq!(
        (e01["packages"].as_u64(), e01["enrolled"].as_bool()),
        (Some(1), Some(true))
    );
    let download = server
        .client
        .get(server.url(&format!("/v1/staff/packages/{id}")))
        .bearer_auth(server.clerk_token().await)
        .send()
        .await
        .expect("send")
        .bytes()
        .await
        .expect("body");
    assert_eq!(download.to_vec(), sealed.bytes);
}

#[tokio::test]
async fn a_sign_in_token_stands_for_the_password_until_it_changes_and_cannot_be_forged() {
    let server = start().await;
    let token = server.clerk_token().await;
    let progress = |token: String| {
        server
            .client
            .get(server.url("/v1/staff/progress"))
            .bearer_auth(token)
            .send()
    };
    assert_eq!(progress(token.clone()).await.expect("send").status(), 200);
    let (name, rest) = token
        .strip_prefix("rdst1.")
        .and_then(|t| t.split_once('.'))
        .expect("rdst1.<name>.<expiry>.<mac>");
    assert!(!name.is_empty());
    let (expiry, mac) = rest.split_once('.').expect("expiry and mac");
    let stretched = format!(
        "rdst1.{name}.{}.{mac}",
        expiry.parse::<i64>().expect("seconds") + 86_400
    );
    let forged = progress(stretched).await.expect("send");
    assert_eq!(forged.status(), 401, "an expiry pushed out breaks the MAC");

    let agency = Agency::open(
        &server.database,
        &reviewdesk_server::testing::unseal(server._dir.path()),
    )
    .await
    .expect("open");
    agency
        .add_staff("clerk", "a new password for clerk")
        .await
        .expect("password changed");
    let stale = progress(token).await.expect("send");
    assert_eq!(stale.status(), 401, "the token died with the old password");

    let audit = agency.audit_page(0, 1000).await.expect("audit");
    let actions: Vec<&str> = audit.iter().map(|r| r.entry.action.as_str()).collect();
    assert!(actions.contains(&"staff-sign-in"), "{actions:?}");
}

/// Re-enrollment on either store: the old key is refused at the door and,
/// brought by file, by the acceptance rule; the new key starts after the
/// head its enrollment response names, and not before.
#[tokio::test]
async fn a_revoked_key_is_refused_and_the_new_key_goes_on_from_the_head() {
    let server = start().await;
    let old = server.enroll("E01", &server.codes[0]).await;
    let (first_id, first) = server.package(&old, 1, None, "A001");
    let (status, body, _) = server.put(&old, &first_id, first.bytes.clone()).await;
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    let head = manifest_digest(&first.manifest_bytes);

    let (code, revoked_after) = server
        .ops
        .reenroll(&"E01".into(), Utc::now())
        .await
        .expect("reenroll");
    assert_eq!(revoked_after, Some(1));
    // What the old key signs next is refused at the door, and by file.
    let (late_id, late) = server.package(&old, 2, Some(head.clone()), "A002");
    let (status, body, _) = server.put(&old, &late_id, late.bytes.clone()).await;
    assert_eq!((status, code_of(&body).as_str()), (401, "key-revoked"));
    let by_file = server
        .ops
        .import_package(&late.bytes, Utc::now())
        .await
        .expect_err("refused");
    assert_eq!(by_file.code(), "exchange-revoked-key");

    // Enrolled again: the response names the head the new chain follows.
    let (new, answer) = server.enroll_answered("E01", &code).await;
    let named = answer.body.chain_head.expect("the chain head");
    assert_eq!((named.sequence, named.digest.as_str()), (1, head.as_str()));

    // The new key cannot take a place before its own.
    let (before_id, before) = server.package(&new, 1, None, "A003");
    let (status, body, _) = server.put(&new, &before_id, before.bytes.clone()).await;
    assert_eq!(
        (status, code_of(&body).as_str()),
        (422, "exchange-revoked-key"),
        "{}",
        String::from_utf8_lossy(&body)
    );
    let (second_id, second) = server.package(&new, 2, Some(head), "A002");
    let (status, body, _) = server.put(&new, &second_id, second.bytes.clone()).await;
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
}

#[tokio::test]
async fn enrollment_with_a_wrong_code_is_refused() {
    let server = start().await;
    let keys = KeyPair::generate();
    let request = enrollment::request(&"E01".into(), &keys, "WRONG-CODE-0000", Utc::now());
    let response = server
        .client
        .post(server.url("/v1/enroll"))
        .body(serde_json::to_vec(&request).expect("JSON"))
        .send()
        .await
        .expect("send");
    assert_eq!(response.status(), 401);
}

#[tokio::test]
async fn a_refused_package_keeps_its_place_and_does_not_block_the_next() {
    let server = start().await;
    let expert = server.enroll("E01", &server.codes[0]).await;
    let (first_id, first) = server.package(&expert, 1, None, "A999");
    let (second_id, second) = server.package(
        &expert,
        2,
        Some(manifest_digest(&first.manifest_bytes)),
        "A001",
    );
    for _ in 0..2 {
        let (status, body, _) = server.put(&expert, &first_id, first.bytes.clone()).await;
        assert_eq!(
            (status, code_of(&body).as_str()),
            (403, "package-not-assigned")
        );
        let value: serde_json::Value = serde_json::from_slice(&body).expect("JSON");
        assert_eq!(value["retryable"], false);
        assert_eq!(value["args"]["application"], "A999", "the message's values");
    }
    let (status, _, _) = server.put(&expert, &second_id, second.bytes).await;
    assert_eq!(status, 200);
    let (status, body, _) = server
        .signed(&expert, reqwest::Method::GET, "/v1/calls", vec![], &[])
        .await;
    assert_eq!(status, 200);
    let calls: serde_json::Value = serde_json::from_slice(&body).expect("JSON");
    assert_eq!(calls[0]["call_id"], server.call_id.as_str());
}

#[tokio::test]
async fn a_package_uploaded_in_parts_is_committed_once_from_the_servers_offset() {
    let server = start().await;
    let expert = server.enroll("E01", &server.codes[0]).await;
    let (id, sealed) = server.package(&expert, 1, None, "A001");
    let bytes = sealed.bytes.clone();
    let upload = format!("/v1/packages/{id}/upload");
    let status_of = |body: &[u8]| -> UploadStatus { serde_json::from_slice(body).expect("status") };
    let part = |offset: usize, end: usize| {
        let (path, part) = (
            format!("{upload}?offset={offset}"),
            bytes[offset..end].to_vec(),
        );
        let server = &server;
        let expert = &expert;
        async move {
            server
                .signed(expert, reqwest::Method::PATCH, &path, part, &[])
                .await
        }
    };
    let commit = |sha256: String| {
        let body = serde_json::to_vec(&UploadCommit { sha256 }).expect("JSON");
        let path = format!("{upload}/commit");
        let server = &server;
        let expert = &expert;
        async move {
            server
                .signed(expert, reqwest::Method::POST, &path, body, &[])
                .await
        }
    };
    let half = bytes.len() / 2;

    let (status, body, _) = server
        .signed(&expert, reqwest::Method::GET, &upload, vec![], &[])
        .await;
    assert_eq!(status, 200);
    assert_eq!(
        status_of(&body),
        UploadStatus {
            offset: 0,
            received: false
        }
    );
    // Nothing arrived yet: the commit waits.
    let (status, body, _) = commit(UploadCommit::of(&bytes).sha256).await;
    assert_eq!(
        (status, code_of(&body).as_str()),
        (409, "upload-incomplete")
    );

    let (status, body, _) = part(0, half).await;
    assert_eq!(status, 200);
    assert_eq!(status_of(&body).offset, half as u64);
    // A part that does not start where the bytes end is refused, retryably.
    let (status, body, _) = part(1, half).await;
    assert_eq!((status, code_of(&body).as_str()), (409, "upload-offset"));
    let (_, body, _) = server
        .signed(&expert, reqwest::Method::GET, &upload, vec![], &[])
        .await;
    assert_eq!(
        status_of(&body).offset,
        half as u64,
        "the server says where to resume"
    );

    // Committing other bytes clears the parts: the upload starts again.
    let (status, body, _) = commit(UploadCommit::of(b"other").sha256).await;
    assert_eq!((status, code_of(&body).as_str()), (409, "upload-mismatch"));
    let (_, body, _) = server
        .signed(&expert, reqwest::Method::GET, &upload, vec![], &[])
        .await;
    assert_eq!(status_of(&body).offset, 0);

    part(0, half).await;
    let (status, _, _) = part(half, bytes.len()).await;
    assert_eq!(status, 200);
    let (status, body, _) = commit(UploadCommit::of(&bytes).sha256).await;
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    let receipt: Receipt = serde_json::from_slice(&body).expect("receipt");
    receipt::verify(
        &receipt,
        &server.agency,
        &id.clone().into(),
        &manifest_digest(&sealed.manifest_bytes),
    )
    .expect("a receipt signed by the agency");

    // The commit's answer was lost: the expert asks, and commits again.
    let (_, body, _) = server
        .signed(&expert, reqwest::Method::GET, &upload, vec![], &[])
        .await;
    assert_eq!(
        status_of(&body),
        UploadStatus {
            offset: 0,
            received: true
        }
    );
    let (status, body, _) = commit(UploadCommit::of(&bytes).sha256).await;
    assert_eq!(status, 200);
    assert_eq!(
        serde_json::from_slice::<Receipt>(&body).expect("receipt"),
        receipt
    );
    // The same id with other bytes is still refused.
    let (status, body, _) = commit(UploadCommit::of(b"other").sha256).await;
    assert_eq!(
        (status, code_of(&body).as_str()),
        (409, "package-id-reused")
    );
    // And it is there once, as if sent in one request.
    let (status, body, _) = server.put(&expert, &id, bytes.clone()).await;
    assert_eq!(status, 200);
    assert_eq!(
        serde_json::from_slice::<Receipt>(&body).expect("receipt"),
        receipt
    );
}

#[tokio::test]
async fn parts_beyond_the_package_limit_are_refused() {
    let server = start().await;
    let expert = server.enroll("E01", &server.codes[0]).await;
    let id = uuid::Uuid::new_v4();
    let chunk = vec![7u8; 16 << 20];
    let mut offset = 0;
    let last = loop {
        let path = format!("/v1/packages/{id}/upload?offset={offset}");
        let (status, body, _) = server
            .signed(&expert, reqwest::Method::PATCH, &path, chunk.clone(), &[])
            .await;
        if status != 200 {
            break (status, code_of(&body));
        }
        offset += chunk.len();
    };
    assert_eq!(
        offset,
        reviewdesk_server::upload::MAX_PACKAGE_BYTES as usize
    );
    assert_eq!((last.0, last.1.as_str()), (413, "package-too-large"));
}

/// Everything the test server's database holds, as text: the SQLite file and
/// its WAL as they are on disk, or every row of every table in PostgreSQL.
async fn database_as_text(server: &Server) -> String {
    match &server.database {
        reviewdesk_server::Database::Sqlite(path) => {
            let mut text = String::new();
            for suffix in ["", "-wal"] {
                let mut file = path.clone().into_os_string();
                file.push(suffix);
                if let Ok(bytes) = std::fs::read(&file) {
                    text.push_str(&String::from_utf8_lossy(&bytes));
                }
            }
            text
        }
        reviewdesk_server::Database::Postgres(address) => {
            let client = reviewdesk_server::store::connect(address)
                .await
                .expect("connect");
            let tables = client
                .query(
                    "SELECT table_name::text FROM information_schema.tables
                     WHERE table_schema = current_schema()",
                    &[],
                )
                .await
                .expect("tables");
            let mut text = String::new();
            for table in &tables {
                let name: String = table.get(0);
                let rows = client
                    .query(&format!("SELECT t::text FROM {name} t"), &[])
                    .await
                    .expect("rows");
                for row in rows {
                    text.push_str(&row.get::<_, String>(0));
                    text.push('\n');
                }
            }
            text
        }
    }
}

#[tokio::test]
async fn a_copy_of_the_database_holds_neither_the_agencys_keys_nor_a_score() {
    let server = start().await;
    let expert = server.enroll("E01", &server.codes[0]).await;
    let (id, package) = server.package(&expert, 1, None, "A001");
    let (status, _, _) = server.put(&expert, &id, package.bytes).await;
    assert_eq!(status, 200);
    let everything = database_as_text(&server).await;
    assert!(
        everything.contains("A001") && everything.contains(&id),
        "the copy was read: who sent what is there"
    );
    assert!(!everything.contains("AGE-SECRET-KEY"), "no secret key");
    assert!(!everything.contains("A credible plan"), "no comment");
    assert!(!everything.contains("\"scores\""), "no scores");
    let progress = server.staff_progress().await;
    let e01 = progress
        .as_array()
        .and_then(|all| all.iter().find(|p| p["expert_id"] == "E01"))
        .expect("E01");
    assert_eq!(
        (e01["packages"].as_u64(), e01["scored"].as_u64()),
        (Some(1), Some(1)),
        "staff progress still knows what was submitted"
    );
}

#[tokio::test]
async fn keys_an_older_server_kept_unsealed_are_sealed_at_the_next_start() {
    let dir = tempfile::tempdir().expect("tempdir");
    let database = reviewdesk_server::testing::database(dir.path()).await;
    let store = database.open().await.expect("store");
    let keys = KeyPair::generate();
    store
        .set_agency(&keys.to_secret_text(), None)
        .await
        .expect("unsealed keys");
    let unseal = reviewdesk_server::testing::unseal(dir.path());
    let agency = Agency::open(&database, &unseal).await.expect("opens");
    assert_eq!(agency.public_keys(), keys.public(), "the same keys");
    let (stored, _) = store.agency().await.expect("read").expect("keys");
    assert!(reviewdesk_server::seal::is_sealed(&stored), "{stored}");
    assert!(!stored.contains("AGE-SECRET-KEY"));
    let again = Agency::open(&database, &unseal)
        .await
        .expect("opens sealed");
    assert_eq!(again.public_keys(), keys.public());
}

#[tokio::test]
async fn the_health_check_answers_while_the_database_does() {
    let server = start().await;
    let response = server
        .client
        .get(server.url("/v1/health"))
        .send()
        .await
        .expect("send");
    assert_eq!(response.status(), 200);
    let body: serde_json::Value =
        serde_json::from_slice(&response.bytes().await.expect("body")).expect("JSON");
    assert_eq!(body["status"], "ok");
}

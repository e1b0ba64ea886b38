//! The vault's schema, as an append-only list of migrations. Never edit a migration
//! that has shipped; add a new one.

use rusqlite_migration::{M, Migrations};

/// Entities are stored as their JSON form beside the few columns queries need, so the
/// schema does not churn with every new field of the domain model.
const V1: &str = "
CREATE TABLE calls (
    id TEXT PRIMARY KEY,
    body_json TEXT NOT NULL,
    imported_sha256 TEXT NOT NULL,
    imported_at TEXT NOT NULL
);
CREATE TABLE demands (
    call_id TEXT NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    country TEXT NOT NULL,
    field TEXT NOT NULL,
    body_json TEXT NOT NULL,
    PRIMARY KEY (call_id, id)
);
CREATE TABLE applications (
    call_id TEXT NOT NULL,
    id TEXT NOT NULL,
    demand_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    search_text TEXT NOT NULL,
    body_json TEXT NOT NULL,
    PRIMARY KEY (call_id, id),
    FOREIGN KEY (call_id, demand_id) REFERENCES demands(call_id, id) ON DELETE CASCADE
);
CREATE INDEX applications_by_demand ON applications(call_id, demand_id, position);
CREATE TABLE attachments (
    call_id TEXT NOT NULL,
    id TEXT NOT NULL,
    application_id TEXT NOT NULL,
    meta_json TEXT NOT NULL,
    content BLOB NOT NULL,
    PRIMARY KEY (call_id, id),
    FOREIGN KEY (call_id, application_id) REFERENCES applications(call_id, id) ON DELETE CASCADE
);
CREATE INDEX attachments_by_application ON attachments(call_id, application_id);
CREATE TABLE experts (
    call_id TEXT NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    body_json TEXT NOT NULL,
    PRIMARY KEY (call_id, id)
);
CREATE TABLE assignments (
    call_id TEXT NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    expert_id TEXT NOT NULL,
    stage TEXT NOT NULL,
    application_id TEXT NOT NULL,
    PRIMARY KEY (call_id, expert_id, stage, application_id)
);
";

/// The rubrics a call is scored on, as carried by its agency data (or shipped).
const V2: &str = "
CREATE TABLE rubrics (
    call_id TEXT NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    version INTEGER NOT NULL,
    body_json TEXT NOT NULL,
    PRIMARY KEY (call_id, id)
);
";

/// Score sheets, one row per version. Deliberately not tied to `applications` by a
/// cascading key: re-importing a call must never delete an expert's work.
const V3: &str = "
CREATE TABLE sheets (
    call_id TEXT NOT NULL,
    application_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    rubric_id TEXT NOT NULL,
    rubric_version INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'submitted')),
    body_json TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    submitted_at TEXT,
    PRIMARY KEY (call_id, application_id, version)
);
";

/// The expert's identity (one row): their keys, inside the encrypted database
/// and nowhere else; the enrollment in progress; the agency keys once pinned.
/// And, per call, the assignment bundle installed, so an older one is refused.
const V4: &str = "
CREATE TABLE identity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    expert_id TEXT NOT NULL,
    secret_keys TEXT NOT NULL,
    enrollment_code TEXT,
    enrollment_request TEXT,
    agency_keys TEXT,
    server_url TEXT,
    enrolled_at TEXT
);
CREATE TABLE bundles (
    call_id TEXT PRIMARY KEY,
    bundle_id TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    issued_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    installed_at TEXT NOT NULL
);
";

/// The outbox: every score package the expert has sealed, in sequence, with
/// its delivery state. A package is never changed once sealed; only its state,
/// reason and receipt are.
const V5: &str = "
CREATE TABLE outbox (
    package_id TEXT PRIMARY KEY,
    sequence INTEGER NOT NULL UNIQUE,
    call_id TEXT NOT NULL,
    manifest_digest TEXT NOT NULL,
    sheets_json TEXT NOT NULL,
    bytes BLOB NOT NULL,
    created_at TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('queued', 'delivered', 'quarantined')),
    reason TEXT,
    receipt TEXT,
    updated_at TEXT NOT NULL
);
";

/// Staff mode: the agency's keys and the experts' public keys, so the vault
/// opens and checks score packages itself; the panel's packages as imported;
/// the meeting's particulars and the panel's notes and votes per demand.
const V6: &str = "
CREATE TABLE staff (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    agency_secret_keys TEXT NOT NULL,
    server_url TEXT,
    installed_at TEXT NOT NULL
);
CREATE TABLE staff_experts (
    expert_id TEXT PRIMARY KEY,
    public_keys_json TEXT NOT NULL
);
CREATE TABLE panel_packages (
    package_id TEXT PRIMARY KEY,
    expert_id TEXT NOT NULL,
    call_id TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    previous TEXT,
    manifest_digest TEXT NOT NULL,
    bytes_sha256 TEXT NOT NULL,
    bytes BLOB NOT NULL,
    content_json TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    UNIQUE (expert_id, sequence)
);
CREATE TABLE panel_meetings (
    call_id TEXT PRIMARY KEY,
    body_json TEXT NOT NULL
);
CREATE TABLE panel_notes (
    call_id TEXT NOT NULL,
    demand_id TEXT NOT NULL,
    body_json TEXT NOT NULL,
    PRIMARY KEY (call_id, demand_id)
);
";

/// Staff import follows the server's chain rule: a package whose content was
/// refused keeps its place with the reason; a package that came before its
/// predecessor waits aside until the predecessor is imported.
const V7: &str = "
ALTER TABLE panel_packages ADD COLUMN refusal_json TEXT;
CREATE TABLE panel_waiting (
    package_id TEXT PRIMARY KEY,
    expert_id TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    bytes BLOB NOT NULL,
    received_at TEXT NOT NULL
);
";

/// Time in one form: a sheet's and a delivery's times, written before in
/// other RFC 3339 forms (milliseconds, `+00:00`), become UTC to the second
/// with `Z`, as every time is written now.
const V8: &str = "
UPDATE sheets SET updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', updated_at)
    WHERE strftime('%Y-%m-%dT%H:%M:%SZ', updated_at) IS NOT NULL;
UPDATE sheets SET submitted_at = strftime('%Y-%m-%dT%H:%M:%SZ', submitted_at)
    WHERE strftime('%Y-%m-%dT%H:%M:%SZ', submitted_at) IS NOT NULL;
UPDATE outbox SET updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', updated_at)
    WHERE strftime('%Y-%m-%dT%H:%M:%SZ', updated_at) IS NOT NULL;
";

/// A quarantine reason is a `Problem` in JSON (code and named values); vaults
/// from before error codes kept the server's English words, which become the
/// `sync-refused` problem that carries them.
const V9: &str = "
UPDATE outbox
    SET reason = json_object('code', 'sync-refused', 'args', json_object('code', '', 'detail', reason))
    WHERE reason IS NOT NULL AND NOT json_valid(reason);
";

/// The agency server's TLS certificate, pinned at enrollment when the
/// platform does not trust it (SHA-256, hex).
const V10: &str = "
ALTER TABLE identity ADD COLUMN tls_certificate TEXT;
";

/// The same pin for staff, from the staff key file.
const V11: &str = "
ALTER TABLE staff ADD COLUMN tls_certificate TEXT;
";

/// The vault's own id (a restored copy keeps it) and when it was last
/// backed up.
const V12: &str = "
CREATE TABLE vault_meta (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    vault_id TEXT NOT NULL,
    last_backup_at TEXT
);
INSERT INTO vault_meta (id, vault_id) VALUES (1, lower(hex(randomblob(16))));
";

/// Re-enrollment. An expert's vault enrolled again starts its package chain
/// after the head the agency held (the place and the digest of the package
/// there); a vault told its key was revoked remembers when, and may then be
/// enrolled again; staff keep each expert's every key, with the places it
/// signs — one key object before becomes a history of one.
const V13: &str = "
ALTER TABLE identity ADD COLUMN chain_base_sequence INTEGER;
ALTER TABLE identity ADD COLUMN chain_base_digest TEXT;
ALTER TABLE identity ADD COLUMN key_revoked_at TEXT;
UPDATE staff_experts SET public_keys_json = json_array(json_object('keys', json(public_keys_json)))
    WHERE json_type(public_keys_json) = 'object';
";

/// The panel meeting's rounds: a demand the chair opened for discussion or
/// revision.
const V14: &str = "
CREATE TABLE panel_rounds (
    call_id TEXT NOT NULL,
    demand_id TEXT NOT NULL,
    round TEXT NOT NULL CHECK (round IN ('discussion', 'revision')),
    opened_at TEXT NOT NULL,
    PRIMARY KEY (call_id, demand_id)
);
";

/// Version 15: the panel meeting an expert's vault joined (its hub's
/// address and certificate), and which deliveries a meeting's hub answered
/// for the agency server, which still gets them.
const V15: &str = "
CREATE TABLE meeting_joined (
    only INTEGER PRIMARY KEY CHECK (only = 1),
    address TEXT NOT NULL,
    tls_certificate TEXT NOT NULL,
    call_id TEXT NOT NULL,
    meeting_id TEXT NOT NULL,
    joined_at TEXT NOT NULL
);
ALTER TABLE outbox ADD COLUMN via_meeting INTEGER NOT NULL DEFAULT 0;
";

/// Version 16: the minutes a staff vault fixed for the panel to sign, and
/// the experts' signatures of their digest.
const V16: &str = "
CREATE TABLE minutes_fixed (
    call_id TEXT PRIMARY KEY,
    content BLOB NOT NULL,
    digest TEXT NOT NULL,
    fixed_at TEXT NOT NULL
);
CREATE TABLE minutes_signatures (
    call_id TEXT NOT NULL,
    expert_id TEXT NOT NULL,
    digest TEXT NOT NULL,
    signature_json TEXT NOT NULL,
    PRIMARY KEY (call_id, expert_id, digest)
);
";

pub(crate) fn migrations() -> Migrations<'static> {
    Migrations::new(vec![
        M::up(V1),
        M::up(V2),
        M::up(V3),
        M::up(V4),
        M::up(V5),
        M::up(V6),
        M::up(V7),
        M::up(V8),
        M::up(V9),
        M::up(V10),
        M::up(V11),
        M::up(V12),
        M::up(V13),
        M::up(V14),
        M::up(V15),
        M::up(V16),
    ])
}

/// The schema version this build writes.
pub(crate) const LATEST_VERSION: i64 = 16;

#[cfg(test)]
mod tests {
    #[test]
    fn migrations_are_valid() {
        assert!(super::migrations().validate().is_ok());
    }

    #[test]
    fn the_latest_version_is_the_last_migrations() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut connection = rusqlite::Connection::open(dir.path().join("v.db")).expect("open");
        super::migrations()
            .to_latest(&mut connection)
            .expect("migrate");
        let version: i64 = connection
            .query_row("PRAGMA user_version", [], |row| row.get(0))
            .expect("version");
        assert_eq!(
            version,
            super::LATEST_VERSION,
            "LATEST_VERSION names the last migration"
        );
    }

    /// Times the app (milliseconds) and the command line (`+00:00`) wrote
    /// before there was one form read back, after v8, in the one form.
    #[test]
    fn times_written_in_older_forms_are_rewritten_in_the_one_form() {
        let mut connection = rusqlite::Connection::open_in_memory().expect("memory");
        let migrations = super::migrations();
        migrations.to_version(&mut connection, 7).expect("v7");
        connection
            .execute_batch(
                "INSERT INTO sheets VALUES ('C', 'A001', 1, 'R', 1, 'submitted', '{}',
                     '2025-12-01T09:30:00.123Z', '2025-12-01T09:30:00.123Z');
                 INSERT INTO sheets VALUES ('C', 'A002', 1, 'R', 1, 'draft', '{}',
                     '2025-12-01T17:30:05.123456789+08:00', NULL);
                 INSERT INTO outbox VALUES ('P', 1, 'C', 'd', '[]', x'00',
                     '2025-12-01T09:30:00Z', 'queued', NULL, NULL, '2025-12-01T09:31:00+00:00');",
            )
            .expect("older rows");
        migrations.to_latest(&mut connection).expect("v8");
        let times: Vec<(String, Option<String>)> = connection
            .prepare("SELECT updated_at, submitted_at FROM sheets ORDER BY application_id")
            .and_then(|mut s| {
                s.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                    .collect::<Result<_, _>>()
            })
            .expect("times");
        assert_eq!(
            times,
            vec![
                (
                    "2025-12-01T09:30:00Z".into(),
                    Some("2025-12-01T09:30:00Z".into())
                ),
                ("2025-12-01T09:30:05Z".into(), None),
            ]
        );
        let delivery: String = connection
            .query_row("SELECT updated_at FROM outbox", [], |r| r.get(0))
            .expect("delivery");
        assert_eq!(delivery, "2025-12-01T09:31:00Z");
    }

    /// A reason kept as the server's words before error codes reads back,
    /// after v9, as the `sync-refused` problem carrying those words.
    #[test]
    fn a_quarantine_reason_in_words_becomes_a_problem() {
        let mut connection = rusqlite::Connection::open_in_memory().expect("memory");
        let migrations = super::migrations();
        migrations.to_version(&mut connection, 8).expect("v8");
        connection
            .execute_batch(
                "INSERT INTO outbox VALUES ('P', 1, 'C', 'd', '[]', x'00', '2025-12-01T09:30:00Z',
                     'quarantined', 'package-not-assigned: a sheet for A999', NULL, '2025-12-01T09:31:00Z');
                 INSERT INTO outbox VALUES ('Q', 2, 'C', 'e', '[]', x'00', '2025-12-01T09:30:00Z',
                     'quarantined', '{\"code\":\"package-fork\",\"args\":{}}', NULL, '2025-12-01T09:31:00Z');",
            )
            .expect("older rows");
        migrations.to_latest(&mut connection).expect("v9");
        let reasons: Vec<reviewdesk_domain::Problem> = connection
            .prepare("SELECT reason FROM outbox ORDER BY sequence")
            .and_then(|mut s| {
                s.query_map([], |r| r.get::<_, String>(0))?
                    .collect::<Result<Vec<_>, _>>()
            })
            .expect("reasons")
            .iter()
            .map(|json| serde_json::from_str(json).expect("a problem"))
            .collect();
        assert_eq!(reasons[0].code, reviewdesk_domain::ErrorCode::SyncRefused);
        assert_eq!(
            reasons[0].args.get("detail").map(String::as_str),
            Some("package-not-assigned: a sheet for A999")
        );
        assert_eq!(reasons[1].code, reviewdesk_domain::ErrorCode::PackageFork);
    }

    /// A staff vault's expert keys, one object each before v13, become a
    /// history of that one key.
    #[test]
    fn an_experts_one_key_becomes_a_history_of_one() {
        let mut connection = rusqlite::Connection::open_in_memory().expect("memory");
        let migrations = super::migrations();
        migrations.to_version(&mut connection, 12).expect("v12");
        connection
            .execute_batch(
                r#"INSERT INTO staff_experts VALUES ('E01', '{"signing":"s","encryption":"age1e"}');"#,
            )
            .expect("older row");
        migrations.to_latest(&mut connection).expect("v13");
        let json: String = connection
            .query_row("SELECT public_keys_json FROM staff_experts", [], |r| {
                r.get(0)
            })
            .expect("row");
        let history: Vec<reviewdesk_exchange::EnrolledKey> =
            serde_json::from_str(&json).expect("a history");
        assert_eq!(
            history,
            vec![reviewdesk_exchange::EnrolledKey::only(
                reviewdesk_exchange::PublicKeys {
                    signing: "s".into(),
                    encryption: "age1e".into()
                }
            )]
        );
    }
}

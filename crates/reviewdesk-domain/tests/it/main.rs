//! The agency data format: what it accepts, and one test per reason it refuses.

mod calibration;
mod checklist;
mod discussion;
mod panel;
mod rubric;
mod sheet;

use reviewdesk_domain::document::{AgencyDocument, ReferenceTarget};
use reviewdesk_domain::{DocumentError, DocumentErrorKind as K};
use serde_json::{Value, json};

fn demo() -> Value {
    serde_json::from_slice(&reviewdesk_demo::generate_json(
        reviewdesk_demo::DEMO_SEED,
        1,
    ))
    .expect("demo JSON")
}

fn parse(value: &Value) -> Result<(), DocumentError> {
    AgencyDocument::parse(&serde_json::to_vec(value).expect("serialize")).map(|_| ())
}

fn refused(value: &Value) -> DocumentError {
    parse(value).expect_err("the document is refused")
}

fn assert_refused(value: &Value, path: &str, kind: K) {
    assert_eq!(
        refused(value),
        DocumentError {
            path: path.into(),
            kind
        }
    );
}

#[test]
fn accepts_the_demo_call_and_round_trips_it() {
    let bytes = reviewdesk_demo::generate_json(reviewdesk_demo::DEMO_SEED, 1);
    let document = AgencyDocument::parse(&bytes).expect("valid");
    assert_eq!(document.applications.len(), 26);
    let a001 = document
        .attachments
        .iter()
        .filter(|(m, _)| m.application_id == "A001");
    assert_eq!(a001.count(), 8);
    let again = serde_json::to_vec_pretty(&document.to_document()).expect("serialize");
    assert_eq!(again, bytes, "parse and write back gives the same bytes");
}

#[test]
fn refuses_a_file_over_the_size_limit() {
    let error = AgencyDocument::parse_with_limit(&[b' '; 100], 99).expect_err("too large");
    assert_eq!(
        error.kind,
        K::TooLarge {
            size: 100,
            limit: 99
        }
    );
}

#[test]
fn refuses_invalid_json_with_its_position() {
    let error = AgencyDocument::parse(b"{\n  \"format\": \"reviewdesk.agency-data\",\n  oops")
        .expect_err("syntax");
    assert_eq!(error.kind, K::Syntax { line: 3, column: 3 });
}

#[test]
fn refuses_another_kind_of_file() {
    assert_refused(
        &json!({"format": "something-else", "version": 1}),
        "format",
        K::WrongFormat {
            found: "something-else".into(),
        },
    );
    assert_refused(
        &json!({"version": 1}),
        "",
        K::MissingField {
            field: "format".into(),
        },
    );
}

#[test]
fn refuses_an_unknown_version_before_reading_its_fields() {
    assert_refused(
        &json!({"format": "reviewdesk.agency-data", "version": 2, "whatever": true}),
        "version",
        K::UnsupportedVersion {
            found: 2,
            supported: 1,
        },
    );
}

#[test]
fn refuses_a_missing_field_by_path() {
    let mut doc = demo();
    doc["applications"][3]["lead"]
        .as_object_mut()
        .expect("object")
        .remove("credit_code");
    assert_refused(
        &doc,
        "applications[3].lead",
        K::MissingField {
            field: "credit_code".into(),
        },
    );
}

#[test]
fn refuses_an_unknown_field() {
    let mut doc = demo();
    doc["demands"][0]["budget"] = json!(5);
    assert_refused(
        &doc,
        "demands[0].budget",
        K::UnknownField {
            field: "budget".into(),
        },
    );
}

#[test]
fn refuses_an_unknown_enumeration_value() {
    let mut doc = demo();
    doc["demands"][1]["demand_side"]["country"] = json!("CN");
    assert_refused(
        &doc,
        "demands[1].demand_side.country",
        K::UnknownValue { value: "CN".into() },
    );
}

#[test]
fn refuses_a_wrong_type() {
    let mut doc = demo();
    doc["applications"][0]["budget"]["public_request"] = json!("a lot");
    let error = refused(&doc);
    assert_eq!(error.path, "applications[0].budget.public_request");
    assert!(matches!(error.kind, K::WrongType { .. }), "{error:?}");
}

#[test]
fn refuses_a_negative_amount() {
    let mut doc = demo();
    doc["applications"][0]["budget"]["self_raised"] = json!(-1);
    let error = refused(&doc);
    assert_eq!(error.path, "applications[0].budget.self_raised");
    assert!(
        matches!(error.kind, K::InvalidValue { .. } | K::WrongType { .. }),
        "{error:?}"
    );
}

#[test]
fn refuses_an_invalid_date() {
    let mut doc = demo();
    doc["call"]["application_deadline"] = json!("2025-02-30");
    let error = refused(&doc);
    assert_eq!(error.path, "call.application_deadline");
    assert!(matches!(error.kind, K::InvalidValue { .. }), "{error:?}");
}

#[test]
fn refuses_text_blank_in_every_language() {
    let mut doc = demo();
    doc["demands"][2]["title"] = json!({"zh-CN": " ", "en": ""});
    assert_refused(&doc, "demands[2].title", K::BlankText);
}

#[test]
fn refuses_a_bad_language_tag() {
    let mut doc = demo();
    doc["demands"][2]["title"] = json!({"Thai": "x"});
    assert_refused(
        &doc,
        "demands[2].title",
        K::BadLanguageTag { tag: "Thai".into() },
    );
    let mut doc = demo();
    doc["applications"][1]["team"]["leader"]["languages"] = json!(["zh-CN", "english"]);
    assert_refused(
        &doc,
        "applications[1].team.leader.languages[1]",
        K::BadLanguageTag {
            tag: "english".into(),
        },
    );
}

#[test]
fn refuses_a_duplicate_id() {
    let mut doc = demo();
    doc["applications"][5]["id"] = json!("A001");
    assert_refused(
        &doc,
        "applications[5].id",
        K::DuplicateId { id: "A001".into() },
    );
}

#[test]
fn refuses_a_reference_to_a_missing_demand() {
    let mut doc = demo();
    doc["applications"][2]["demand_id"] = json!("D99");
    assert_refused(
        &doc,
        "applications[2].demand_id",
        K::UnknownReference {
            target: ReferenceTarget::Demand,
            id: "D99".into(),
        },
    );
}

/// The sheets a bundle brings back to a vault enrolled again are for the
/// document's applications, on its rubrics, with a time of the one form.
#[test]
fn refuses_a_submitted_sheet_that_does_not_fit_the_call() {
    let sheet = |application: &str, rubric: &str, at: &str| {
        json!({"application_id": application, "version": 1, "rubric_id": rubric,
               "rubric_version": 1, "submitted_at": at, "recused": true,
               "input": {"declaration": {"kind": "conflict", "conflict": "relative", "details": "a cousin"}},
               "totals": null})
    };
    let mut doc = demo();
    doc["submitted"] = json!([sheet("A001", "pre-review", "2025-11-22T09:00:00Z")]);
    let bytes = serde_json::to_vec(&doc).expect("JSON");
    assert_eq!(
        AgencyDocument::parse(&bytes).expect("fits").submitted.len(),
        1
    );
    doc["submitted"] = json!([sheet("A999", "pre-review", "2025-11-22T09:00:00Z")]);
    assert_refused(
        &doc,
        "submitted[0].application_id",
        K::UnknownReference {
            target: ReferenceTarget::Application,
            id: "A999".into(),
        },
    );
    doc["submitted"] = json!([sheet("A001", "no-such-rubric", "2025-11-22T09:00:00Z")]);
    assert_refused(
        &doc,
        "submitted[0].rubric_id",
        K::UnknownValue {
            value: "no-such-rubric v1".into(),
        },
    );
    doc["submitted"] = json!([sheet("A001", "pre-review", "yesterday")]);
    assert_refused(
        &doc,
        "submitted[0].submitted_at",
        K::InvalidValue {
            detail: "yesterday".into(),
        },
    );
}

#[test]
fn refuses_a_reference_to_a_missing_attachment() {
    let mut doc = demo();
    doc["applications"][0]["business_licence"] = json!("nope");
    assert_refused(
        &doc,
        "applications[0].business_licence",
        K::UnknownReference {
            target: ReferenceTarget::Attachment,
            id: "nope".into(),
        },
    );
}

#[test]
fn refuses_an_attachment_of_another_application() {
    let mut doc = demo();
    doc["applications"][0]["business_licence"] = json!("A002-licence");
    assert_refused(
        &doc,
        "applications[0].business_licence",
        K::ForeignAttachment {
            id: "A002-licence".into(),
        },
    );
}

#[test]
fn refuses_an_assignment_to_an_unknown_expert_or_application() {
    let mut doc = demo();
    doc["assignments"][0]["expert_id"] = json!("E99");
    assert_refused(
        &doc,
        "assignments[0].expert_id",
        K::UnknownReference {
            target: ReferenceTarget::Expert,
            id: "E99".into(),
        },
    );
    let mut doc = demo();
    doc["assignments"][1]["application_ids"][4] = json!("A999");
    assert_refused(
        &doc,
        "assignments[1].application_ids[4]",
        K::UnknownReference {
            target: ReferenceTarget::Application,
            id: "A999".into(),
        },
    );
}

#[test]
fn refuses_attachment_content_that_is_not_base64() {
    let mut doc = demo();
    doc["attachments"][0]["content_base64"] = json!("***");
    assert_refused(&doc, "attachments[0].content_base64", K::BadBase64);
}

#[test]
fn refuses_attachment_content_of_another_size() {
    let mut doc = demo();
    doc["attachments"][0]["meta"]["size"] = json!(3);
    let error = refused(&doc);
    assert_eq!(error.path, "attachments[0].meta.size");
    assert!(matches!(error.kind, K::SizeMismatch { declared: 3, .. }));
}

#[test]
fn refuses_attachment_content_that_does_not_match_its_digest() {
    let mut doc = demo();
    doc["attachments"][0]["meta"]["sha256"] = json!("00".repeat(32));
    assert_refused(&doc, "attachments[0].meta.sha256", K::DigestMismatch);
}

#[test]
fn refuses_media_types_a_webview_would_run() {
    let mut doc = demo();
    doc["attachments"][0]["meta"]["media_type"] = json!("text/html");
    assert_refused(
        &doc,
        "attachments[0].meta.media_type",
        K::UnsupportedMediaType {
            media_type: "text/html".into(),
        },
    );
}

#[test]
fn refuses_content_that_is_not_what_it_claims() {
    let mut doc = demo();
    doc["attachments"][0]["meta"]["media_type"] = json!("image/png");
    assert_refused(
        &doc,
        "attachments[0].content_base64",
        K::ContentMismatch {
            media_type: "image/png".into(),
        },
    );
}

#[test]
fn every_refusal_has_a_stable_code() {
    let codes = [
        K::BlankText.code(),
        K::BadBase64.code(),
        K::DigestMismatch.code(),
        K::Syntax { line: 1, column: 1 }.code(),
    ];
    assert_eq!(
        codes,
        ["blank-text", "bad-base64", "digest-mismatch", "syntax"]
    );
}

#[test]
fn refuses_a_rubric_that_cannot_be_scored() {
    let mut doc = demo();
    let mut rubric =
        serde_json::to_value(reviewdesk_domain::default_rubrics::pre_review()).expect("rubric");
    rubric["criteria"][0]["items"][0]["scale"]["step"] = json!("0.3");
    doc["rubrics"] = json!([rubric]);
    let error = refused(&doc);
    assert_eq!(error.path, "rubrics[0].criteria[0].items[0].scale.step");
    assert_eq!(
        error.kind,
        K::InvalidRubric {
            fault: reviewdesk_domain::rubric::RubricFault::StepNotDividing
        }
    );
}

#[test]
fn a_document_may_carry_its_own_rubrics() {
    let mut doc = demo();
    let mut rubric =
        serde_json::to_value(reviewdesk_domain::default_rubrics::pre_review()).expect("rubric");
    rubric["version"] = json!(2);
    doc["rubrics"] = json!([rubric]);
    let document = AgencyDocument::parse(&serde_json::to_vec(&doc).expect("JSON")).expect("valid");
    assert!(document.rubrics_from_document);
    assert_eq!(document.rubrics.len(), 1);
    assert_eq!(document.rubrics[0].version, 2);
}

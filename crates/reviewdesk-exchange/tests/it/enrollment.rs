//! Enrollment: the one-time code authenticates the expert's request and the
//! agency's response; keys swapped in transit are refused.

use reviewdesk_exchange::enrollment::{
    ServerAddress, check_request, check_response, new_code, normalize_code, request, respond,
};
use reviewdesk_exchange::{ExchangeError, KeyPair};

use crate::at;

#[test]
fn request_and_response_pin_each_sides_keys() {
    let (agency, expert) = (KeyPair::generate(), KeyPair::generate());
    let code = new_code();
    assert_eq!(normalize_code(&code).len(), 16);
    let asked = request(&"E01".into(), &expert, &code, at(20));
    // People type codes in lower case with spaces.
    let typed = code.to_lowercase().replace('-', " ");
    check_request(&asked, &typed).expect("the agency accepts");
    let certificate = "ab".repeat(32);
    let server = ServerAddress {
        url: Some("https://review.example"),
        tls_certificate: Some(&certificate),
    };
    let answer = respond(&asked, &agency, &code, (server, None), at(20));
    let pinned = check_response(&answer, &asked, &code).expect("the expert accepts");
    assert_eq!(pinned, agency.public());
    assert_eq!(asked.body.keys, expert.public());
    // The certificate to pin is covered like the keys: another one named in
    // transit breaks the response.
    let mut swapped = answer.clone();
    swapped.body.tls_certificate = Some("cd".repeat(32));
    assert_eq!(
        check_response(&swapped, &asked, &code).expect_err("refused"),
        ExchangeError::BadSignature
    );
}

#[test]
fn a_wrong_code_is_refused_both_ways() {
    let (agency, expert) = (KeyPair::generate(), KeyPair::generate());
    let code = new_code();
    let asked = request(&"E01".into(), &expert, &code, at(20));
    assert_eq!(
        check_request(&asked, "WRONG-CODE").expect_err("refused"),
        ExchangeError::BadSignature
    );
    let answer = respond(&asked, &agency, "OTHER-CODE", Default::default(), at(20));
    assert_eq!(
        check_response(&answer, &asked, &code).expect_err("refused"),
        ExchangeError::BadSignature
    );
}

#[test]
fn keys_swapped_in_transit_are_refused() {
    let (agency, expert, attacker) = (
        KeyPair::generate(),
        KeyPair::generate(),
        KeyPair::generate(),
    );
    let code = new_code();
    let mut asked = request(&"E01".into(), &expert, &code, at(20));
    asked.body.keys = attacker.public();
    assert_eq!(
        check_request(&asked, &code).expect_err("refused"),
        ExchangeError::BadSignature
    );

    let asked = request(&"E01".into(), &expert, &code, at(20));
    let mut answer = respond(&asked, &agency, &code, Default::default(), at(20));
    answer.body.agency = attacker.public();
    assert_eq!(
        check_response(&answer, &asked, &code).expect_err("refused"),
        ExchangeError::BadSignature
    );
}

#[test]
fn a_response_to_another_request_is_refused() {
    let (agency, expert) = (KeyPair::generate(), KeyPair::generate());
    let code = new_code();
    let first = request(&"E01".into(), &expert, &code, at(20));
    let second = request(&"E01".into(), &expert, &code, at(21));
    let answer = respond(&first, &agency, &code, Default::default(), at(21));
    assert_eq!(
        check_response(&answer, &second, &code).expect_err("refused"),
        ExchangeError::WrongRecipient
    );
}

/// A chain head the expert's vault would start from is of the documented
/// form — a place from 1, a SHA-256 in hex — even under the agency's signature.
#[test]
fn a_chain_head_of_another_form_is_refused() {
    use reviewdesk_exchange::acceptance::ChainHead;
    let (agency, expert) = (KeyPair::generate(), KeyPair::generate());
    let code = new_code();
    let asked = request(&"E01".into(), &expert, &code, at(20));
    let answer = |sequence: u64, digest: &str| {
        let head = ChainHead {
            sequence,
            digest: digest.to_owned(),
        };
        respond(
            &asked,
            &agency,
            &code,
            (Default::default(), Some(head)),
            at(20),
        )
    };
    let good = "ab".repeat(32);
    check_response(&answer(3, &good), &asked, &code).expect("the documented form");
    for (sequence, digest) in [(0, good.as_str()), (3, "AB"), (3, &"AB".repeat(32))] {
        assert!(
            matches!(
                check_response(&answer(sequence, digest), &asked, &code),
                Err(ExchangeError::InvalidField {
                    field: "chain_head",
                    ..
                })
            ),
            "{sequence} {digest}"
        );
    }
}

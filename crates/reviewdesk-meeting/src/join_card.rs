//! The join card the chair shows the room: where the hub listens, the
//! fingerprint of its certificate, the meeting code read from it, and the
//! same as a QR code. An expert types the address and code (or scans the
//! line); their app refuses any other certificate.

use std::net::{IpAddr, SocketAddr};

use qrcode::QrCode;
use qrcode::render::{svg, unicode};
use reviewdesk_core::staff::hub::JoinCard;
use reviewdesk_domain::CallId;
use reviewdesk_exchange::meeting::{join_line, meeting_code};

/// The join card of a hub served at `addresses` with the certificate whose
/// SHA-256 is `fingerprint`.
pub fn join_card(call_id: &CallId, addresses: Vec<String>, fingerprint: &str) -> JoinCard {
    let code = meeting_code(fingerprint);
    let first = addresses.first().map(String::as_str).unwrap_or_default();
    let join_line = join_line(first, &code);
    let qr_svg = QrCode::new(join_line.as_bytes())
        .map(|qr| {
            qr.render::<svg::Color<'_>>()
                .min_dimensions(200, 200)
                .build()
        })
        .unwrap_or_default();
    JoinCard {
        call_id: call_id.clone(),
        addresses,
        fingerprint: fingerprint.to_owned(),
        code,
        join_line,
        qr_svg,
    }
}

/// The card's QR code drawn with block characters, for a terminal.
pub fn qr_text(card: &JoinCard) -> String {
    QrCode::new(card.join_line.as_bytes())
        .map(|qr| qr.render::<unicode::Dense1x2>().quiet_zone(true).build())
        .unwrap_or_default()
}

/// The addresses the room reaches a hub bound to `bound` at: the bound
/// address itself, or — bound to every interface — each IPv4 address of the
/// machine's networks, this machine's own last (a laptop alone on no
/// network still shows one).
pub fn room_addresses(bound: SocketAddr) -> Vec<IpAddr> {
    if !bound.ip().is_unspecified() {
        return vec![bound.ip()];
    }
    let mut found: Vec<IpAddr> = if_addrs::get_if_addrs()
        .unwrap_or_default()
        .into_iter()
        .map(|interface| interface.ip())
        .filter(|ip| ip.is_ipv4() && !ip.is_loopback())
        .collect();
    found.sort();
    found.dedup();
    found.push(IpAddr::from([127, 0, 0, 1]));
    found
}

/// `https://ADDRESS:PORT`, with brackets around an IPv6 address.
pub fn https_address(ip: IpAddr, port: u16) -> String {
    format!("https://{}", SocketAddr::new(ip, port))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hub_on_every_network_lists_this_machine_last() {
        let found = room_addresses(SocketAddr::from(([0, 0, 0, 0], 8765)));
        assert_eq!(found.last(), Some(&IpAddr::from([127, 0, 0, 1])));
        assert!(found.iter().all(|ip| ip.is_ipv4()));
        let bound = SocketAddr::from(([127, 0, 0, 1], 8765));
        assert_eq!(room_addresses(bound), [bound.ip()]);
    }

    #[test]
    fn a_join_card_carries_the_code_of_its_certificate() {
        let fingerprint = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        let card = join_card(
            &CallId::from("CALL"),
            vec![https_address(IpAddr::from([192, 0, 2, 7]), 8765)],
            fingerprint,
        );
        assert_eq!(card.addresses, ["https://192.0.2.7:8765"]);
        assert!(reviewdesk_exchange::meeting::code_matches(
            &card.code,
            fingerprint
        ));
        assert_eq!(
            card.join_line,
            format!("https://192.0.2.7:8765#{}", card.code)
        );
        assert!(card.qr_svg.starts_with("<?xml"), "{}", &card.qr_svg[..40]);
        assert!(!qr_text(&card).is_empty());
        assert_eq!(
            https_address("::1".parse().expect("ip"), 8765),
            "https://[::1]:8765"
        );
    }
}

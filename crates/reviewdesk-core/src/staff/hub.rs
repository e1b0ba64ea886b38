//! What the meeting hub asks of the staff's desk on an expert's behalf: who
//! signed a request (by the expert keys the staff key file brought), taking
//! a package by the one acceptance rule and answering with a receipt signed
//! with the agency key — as the agency server would — and where each
//! expert's chain stands here, so their app sends what the hub lacks. The
//! hub adds only the network (`reviewdesk-meeting`).

use chrono::{DateTime, Utc};
use reviewdesk_domain::{CallId, ErrorCode, ExpertId, PackageId};
use reviewdesk_exchange::meeting::{ChainPosition, MeetingCard, SignedMeetingCard};
use reviewdesk_exchange::receipt::{self, Receipt};
use reviewdesk_exchange::request::{self, RequestSignature};
use reviewdesk_exchange::{EnrolledKey, Limits, package};

use serde::Serialize;
use ts_rs::TS;

use super::board::BoardView;
use super::{PanelImportState, StaffDesk, staff_error};
use crate::CoreError;

/// What the chair shows the room to join the meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct JoinCard {
    pub call_id: CallId,
    /// Where experts reach the hub, one per network the machine is on:
    /// `https://ADDRESS:PORT`.
    pub addresses: Vec<String>,
    /// SHA-256 (hex) of the meeting's certificate.
    pub fingerprint: String,
    /// The meeting code, read from the fingerprint: `ABCD-EFGH-JKLM`.
    pub code: String,
    /// The first address and the code, `https://ADDRESS:PORT#ABCD-EFGH-JKLM`:
    /// what the QR code carries.
    pub join_line: String,
    /// The QR code of the join line, an SVG document.
    pub qr_svg: String,
}

/// A running meeting as the chair's screen shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct HubView {
    pub card: JoinCard,
    pub board: BoardView,
    /// The minutes fixed for signing and who signed, once fixed.
    pub minutes: Option<super::signing::MinutesSigningView>,
}

impl StaffDesk<'_> {
    /// Checks that `signed` is the named expert's signature of this request
    /// (`method`, `path`, at a time within the allowed skew) with the key
    /// they are enrolled with now. Signed with a key since revoked, the
    /// answer says so, so that vault stops asking. Whether the nonce is
    /// fresh is the caller's to check.
    pub fn authenticate_expert(
        &self,
        signed: &RequestSignature,
        method: &str,
        path: &str,
        now: DateTime<Utc>,
    ) -> Result<(), CoreError> {
        let keys: Vec<EnrolledKey> = self
            .vault()?
            .staff_expert_keys(&signed.expert_id)?
            .unwrap_or_default();
        let (current, earlier): (Vec<&EnrolledKey>, Vec<&EnrolledKey>) =
            keys.iter().partition(|k| k.revoked.is_none());
        let Some(current) = current.last() else {
            return Err(CoreError::new(
                ErrorCode::PackageUnknownExpert,
                "the expert is not enrolled with this agency",
            )
            .with("expert", &signed.expert_id));
        };
        let checked = request::verify(signed, &current.keys, method, path, now);
        match checked {
            Ok(()) => Ok(()),
            Err(refused) => {
                let revoked = earlier
                    .iter()
                    .any(|k| request::verify(signed, &k.keys, method, path, now).is_ok());
                Err(if revoked {
                    CoreError::new(
                        ErrorCode::KeyRevoked,
                        "this device's key was revoked: the expert was enrolled again",
                    )
                } else {
                    refused.into()
                })
            }
        }
    }

    /// Takes a package `signer` sent to the meeting, by
    /// [`Self::import_panel_package`], and answers with the agency's receipt —
    /// the same as the agency server would give. A package that came before
    /// its predecessor waits aside and is answered `package-early` (the
    /// expert's app sends it again after the one between); one whose content
    /// is refused keeps its place and is answered with the refusal.
    pub fn accept_meeting_package(
        &mut self,
        signer: &ExpertId,
        package_id: &PackageId,
        bytes: &[u8],
        now: DateTime<Utc>,
    ) -> Result<Receipt, CoreError> {
        // Unverified: to refuse one expert sending another's package (or
        // under another id) before it costs a signature check.
        let claimed = package::peek(bytes, Limits::default())?;
        if claimed.expert_id != signer || claimed.package_id != package_id {
            return Err(CoreError::new(
                ErrorCode::ExchangeWrongExpert,
                "the package names another id or expert",
            )
            .with("expert", signer));
        }
        let imported = self.import_panel_package(bytes)?;
        if imported.state == PanelImportState::Waiting {
            return Err(CoreError::new(
                ErrorCode::PackageEarly,
                "an earlier package of this expert has not arrived yet",
            )
            .with("sequence", imported.sequence.to_string()));
        }
        let stored = self
            .vault()?
            .panel_package(package_id)?
            .ok_or_else(|| staff_error(ErrorCode::Internal, "an imported package is missing"))?;
        if let Some(refusal) = stored.refusal {
            let mut refused = CoreError::new(refusal.code(), refusal.to_string());
            refused.extend(refusal.args());
            return Err(refused);
        }
        Ok(receipt::issue(
            &self.agency_keys()?,
            package_id,
            signer,
            stored.sequence,
            &stored.manifest_digest,
            now,
        ))
    }

    /// The newest package of `expert_id` this vault holds: the expert's app
    /// sends every later one.
    pub fn chain_position(&self, expert_id: &ExpertId) -> Result<ChainPosition, CoreError> {
        let head = self.vault()?.panel_chain_head(expert_id)?;
        Ok(ChainPosition {
            expert_id: expert_id.clone(),
            sequence: head.map(|p| p.sequence),
        })
    }

    /// The card a hub for `call_id` shows, signed with the agency key:
    /// experts' apps join only a hub the agency vouches for, served with the
    /// certificate `tls_certificate` (SHA-256, hex).
    pub fn meeting_card(
        &self,
        call_id: &CallId,
        tls_certificate: &str,
        now: DateTime<Utc>,
    ) -> Result<SignedMeetingCard, CoreError> {
        self.vault()?.call(call_id)?;
        Ok(MeetingCard::new(call_id, tls_certificate, now).sign(&self.agency_keys()?))
    }
}

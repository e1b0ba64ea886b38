//! The expert's side of a panel meeting: the hub joined (its address and
//! certificate, checked at joining by the network side), the packages it
//! lacks, what the expert is scoring now for the chair's board, and the
//! receipts it gives — kept apart from the agency's, so every package still
//! reaches the agency server itself when the vault next syncs.

use std::collections::BTreeMap;

use reviewdesk_domain::panel::DemandResult;
use reviewdesk_domain::{
    ApplicationId, CallId, DemandId, ErrorCode, ExpertId, LocalizedText, PackageId, Timestamp,
};
use reviewdesk_exchange::meeting::ScoringReport;
use reviewdesk_exchange::receipt::Receipt;
use reviewdesk_exchange::signed_minutes::{MinutesToSign, content_digest};
use reviewdesk_minutes::minutes::Minutes;
pub use reviewdesk_vault::JoinedMeeting;
use reviewdesk_vault::{DeliveryOutcome, DeliveryState};

use serde::Serialize;
use ts_rs::TS;

use super::ExpertDesk;
use super::outbox::{QueuedPackage, SyncPlan};
use crate::staff::meeting::DemandDiscussion;
use crate::{CoreError, Problem};

/// The meeting a vault joined, as the expert's screen names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct JoinedView {
    pub address: String,
    pub call_id: CallId,
    /// The meeting code of the hub's certificate, to compare with the card.
    pub code: String,
    #[ts(type = "string")]
    pub joined_at: Timestamp,
}

/// The expert's side of a meeting: the hub joined, what it last showed of
/// the open demands, and whether it answered.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
pub struct MeetingView {
    pub joined: Option<JoinedView>,
    /// The open demands the expert scores, as the hub last showed them.
    pub discussions: Vec<DemandDiscussion>,
    /// Why the hub was last not reached, if it was not.
    pub trouble: Option<Problem>,
    /// Packages the agency server has not answered for itself yet: they go
    /// at the next sync.
    pub awaiting_agency: usize,
    /// The minutes the chair fixed for the panel to sign, once fixed.
    pub minutes: Option<MinutesToSignView>,
}

/// The minutes as an expert reads them before signing: the content the
/// digest is of, checked against it on arrival.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct MinutesToSignView {
    pub call_id: CallId,
    /// SHA-256 (hex) of the content: what the signature covers.
    pub digest: String,
    pub fixed_at: String,
    /// Whether this expert signed this content already.
    pub signed: bool,
    pub meeting_date: String,
    pub place: Option<String>,
    pub chair: String,
    pub demands: Vec<MinutesDemandView>,
    /// The experts who sign, in order.
    pub experts: Vec<(ExpertId, LocalizedText)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct MinutesDemandView {
    pub demand_id: DemandId,
    pub title: LocalizedText,
    /// Application id → the lead applicant's name.
    pub leads: BTreeMap<ApplicationId, LocalizedText>,
    pub result: DemandResult,
    pub chair_note: String,
}

/// The minutes a hub showed, once their content gives the digest it named;
/// a hub that shows one content and names another's digest is refused.
pub fn read_minutes_to_sign(shown: &MinutesToSign) -> Result<MinutesToSignView, CoreError> {
    if !content_digest(shown.content.as_bytes()).eq_ignore_ascii_case(&shown.digest) {
        return Err(CoreError::new(
            ErrorCode::MinutesAltered,
            "the hub's minutes do not give the digest it named",
        ));
    }
    let minutes: Minutes = serde_json::from_str(&shown.content).map_err(|e| {
        CoreError::from(reviewdesk_exchange::ExchangeError::Malformed {
            kind: "minutes content",
            detail: e.to_string(),
        })
    })?;
    Ok(MinutesToSignView {
        call_id: shown.call_id.clone(),
        digest: shown.digest.clone(),
        fixed_at: shown.fixed_at.clone(),
        signed: shown.signed,
        meeting_date: minutes.meeting.date,
        place: minutes.meeting.place,
        chair: minutes.meeting.chair,
        demands: minutes
            .demands
            .into_iter()
            .map(|d| MinutesDemandView {
                demand_id: d.id,
                title: d.title,
                leads: d.leads,
                result: d.result,
                chair_note: d.chair_note,
            })
            .collect(),
        experts: minutes
            .experts
            .into_iter()
            .map(|e| (e.id, e.name))
            .collect(),
    })
}

/// `expert_id`'s signature with `keys` of the minutes the hub shows now
/// (`shown`), which must be the content the expert read (`read_digest`).
pub fn sign_minutes(
    keys: &reviewdesk_exchange::KeyPair,
    expert_id: &ExpertId,
    shown: &MinutesToSign,
    read_digest: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<reviewdesk_exchange::signed_minutes::MinutesSignature, CoreError> {
    read_minutes_to_sign(shown)?;
    if !shown.digest.eq_ignore_ascii_case(read_digest.trim()) {
        return Err(CoreError::new(
            ErrorCode::MinutesChanged,
            "the hub shows other minutes than those read",
        )
        .with("call", &shown.call_id));
    }
    Ok(reviewdesk_exchange::signed_minutes::MinutesSignature::sign(
        keys,
        &shown.call_id,
        expert_id,
        &shown.digest,
        now,
    ))
}

impl ExpertDesk<'_> {
    /// The meeting view, with what the hub last showed and why it was not
    /// reached (`trouble`).
    pub fn meeting_view(
        &self,
        discussions: Vec<DemandDiscussion>,
        minutes: Option<MinutesToSignView>,
        trouble: Option<Problem>,
    ) -> Result<MeetingView, CoreError> {
        let joined = self.joined_meeting()?.map(|m| JoinedView {
            code: reviewdesk_exchange::meeting::meeting_code(&m.tls_certificate),
            address: m.address,
            call_id: m.call_id,
            joined_at: m.joined_at,
        });
        Ok(MeetingView {
            discussions: if joined.is_some() {
                discussions
            } else {
                Vec::new()
            },
            minutes: joined.as_ref().and(minutes),
            trouble: joined.as_ref().and(trouble),
            joined,
            awaiting_agency: self.awaiting_agency()?,
        })
    }

    /// The meeting this vault joined, if any.
    pub fn joined_meeting(&self) -> Result<Option<JoinedMeeting>, CoreError> {
        Ok(self.vault()?.joined_meeting()?)
    }

    /// Joins `meeting` (checked by the caller against its code and card).
    pub fn join_meeting(&mut self, meeting: &JoinedMeeting) -> Result<(), CoreError> {
        self.vault()?.call(&meeting.call_id)?;
        Ok(self.vault_mut()?.join_meeting(meeting)?)
    }

    pub fn leave_meeting(&mut self) -> Result<(), CoreError> {
        Ok(self.vault_mut()?.leave_meeting()?)
    }

    /// What to send the joined meeting's hub, which holds this expert's
    /// chain up to `hub_head`: every later package, delivered to the agency
    /// or not, oldest first — the hub checks each in its place. The plan's
    /// server is the hub, trusted by the certificate seen at joining.
    pub fn meeting_plan(&self, hub_head: Option<u64>) -> Result<SyncPlan, CoreError> {
        let meeting = self.joined_meeting()?.ok_or_else(not_joined)?;
        let mut plan = self.sync_plan(Some(&meeting.address))?;
        plan.tls_certificate = Some(meeting.tls_certificate);
        plan.calls.clear();
        plan.downloads = None;
        plan.packages = self
            .vault()?
            .outbox()?
            .into_iter()
            .filter(|e| hub_head.is_none_or(|head| e.package.sequence > head))
            .map(QueuedPackage::from)
            .collect();
        Ok(plan)
    }

    /// Records the hub's receipt for a package: one still queued counts as
    /// delivered, and goes to the agency server at the next sync all the
    /// same; the agency's own receipt is never replaced.
    pub fn record_meeting_delivery(
        &mut self,
        package_id: &PackageId,
        receipt: &Receipt,
        now: Timestamp,
    ) -> Result<(), CoreError> {
        self.vault_mut()?.set_delivery(
            package_id,
            &DeliveryOutcome::DeliveredToMeeting(receipt.clone()),
            now,
        )?;
        Ok(())
    }

    /// The applications of `call_id` the expert is scoring now — a draft
    /// saved and not submitted — for the chair's board. No score leaves.
    pub fn scoring_report(&self, call_id: &CallId) -> Result<ScoringReport, CoreError> {
        let scoring = self
            .vault()?
            .sheets(call_id)?
            .into_iter()
            .filter(|s| s.submitted_at.is_none())
            .map(|s| s.application_id)
            .collect();
        Ok(ScoringReport {
            call_id: call_id.clone(),
            scoring,
        })
    }

    /// How many packages the agency server has not answered for itself:
    /// queued, or received only by a meeting's hub.
    pub fn awaiting_agency(&self) -> Result<usize, CoreError> {
        Ok(self
            .vault()?
            .outbox()?
            .iter()
            .filter(|e| e.state == DeliveryState::Queued || e.via_meeting)
            .count())
    }
}

fn not_joined() -> CoreError {
    CoreError::new(
        ErrorCode::MeetingNotJoined,
        "this vault has not joined a meeting",
    )
}

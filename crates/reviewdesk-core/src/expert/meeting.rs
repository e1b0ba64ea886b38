//! The expert's side of a panel meeting: the hub joined (its address and
//! certificate, checked at joining by the network side), the packages it
//! lacks, what the expert is scoring now for the chair's board, and the
//! receipts it gives — kept apart from the agency's, so every package still
//! reaches the agency server itself when the vault next syncs.

use reviewdesk_domain::{CallId, ErrorCode, PackageId, Timestamp};
use reviewdesk_exchange::meeting::ScoringReport;
use reviewdesk_exchange::receipt::Receipt;
pub use reviewdesk_vault::JoinedMeeting;
use reviewdesk_vault::{DeliveryOutcome, DeliveryState};

use super::ExpertDesk;
use super::outbox::{QueuedPackage, SyncPlan};
use crate::CoreError;

impl ExpertDesk<'_> {
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

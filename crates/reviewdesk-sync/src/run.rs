//! One sync run, as the app's background task and `reviewdesk sync` both do
//! it: take the plan from the vault, deliver the queued packages, record each
//! delivery, fetch newer bundles and import them. The session is taken only
//! for the vault steps, never across the network.

use std::ops::DerefMut;

use chrono::Utc;
use reviewdesk_core::{CoreError, ErrorCode, ImportProgress, Session, Timestamp};

use crate::{SyncPolicy, deliver, fetch_bundles};

/// What one run did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SyncOutcome {
    pub delivered: usize,
    /// Refused by the server for good: quarantined.
    pub refused: usize,
    /// Still queued: the link failed before they went.
    pub pending: usize,
    pub bundles: usize,
    /// Why the run ended before everything went, or a bundle was refused.
    pub problem: Option<CoreError>,
}

/// Runs one sync of the vault `session` gives, against `server` (default:
/// the one given at enrollment). Fails only when there is nothing to run
/// (no vault, not enrolled); what went wrong along the way is in
/// [`SyncOutcome::problem`], and everything not sent stays queued.
pub async fn sync_once<G: DerefMut<Target = Session>>(
    session: impl Fn() -> G,
    server: Option<&str>,
    policy: SyncPolicy,
    progress: &mut (dyn FnMut(ImportProgress) + Send),
) -> Result<SyncOutcome, CoreError> {
    let plan = session().expert().sync_plan(server)?;
    let mut results = Vec::new();
    let report = deliver(&plan, policy, |package, delivery| {
        results.push((package.package_id.clone(), delivery.clone()));
    })
    .await;
    let now = Timestamp::now();
    let mut problem = None;
    {
        let mut session = session();
        for (id, delivery) in &results {
            // A vault locked meanwhile keeps the package queued: sent again.
            if let Err(error) = session.expert().record_delivery(id, delivery, now) {
                problem = Some(error);
            }
        }
    }
    if let Some(stopped) = report.stopped.clone() {
        problem = Some(stopped.into());
    } else if let Some(error) = report.last_error.clone().filter(|_| report.pending > 0) {
        problem =
            Some(CoreError::new(ErrorCode::SyncIncomplete, error.clone()).with("detail", error));
    }
    let mut bundles = 0;
    match fetch_bundles(&plan, policy).await {
        Ok(fetched) => {
            let mut session = session();
            for (_, bytes) in fetched {
                match session.expert().import_bundle(&bytes, Utc::now(), progress) {
                    Ok(_) => bundles += 1,
                    Err(error) => problem = Some(error),
                }
            }
        }
        Err(error) => problem = problem.or(Some(error.into())),
    }
    if problem
        .as_ref()
        .is_some_and(|p| p.code == ErrorCode::KeyRevoked)
    {
        // Kept in the vault: it says so from now on, and may be enrolled
        // again. A vault locked meanwhile is told at its next sync.
        let _ = session().expert().note_key_revoked(Utc::now());
    }
    Ok(SyncOutcome {
        delivered: report.delivered,
        refused: report.refused,
        pending: report.pending,
        bundles,
        problem,
    })
}

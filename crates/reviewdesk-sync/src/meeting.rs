//! An expert's app in a panel meeting. Joining: the hub's address and the
//! meeting code from the chair's join card; the TLS handshake accepts only
//! the certificate that code is read from, and the hub's card must be
//! signed by the agency key this vault trusts and name that certificate —
//! then the vault remembers the hub. Keeping in step, as often as the app
//! likes: the packages the hub lacks (delivered to the agency or not), the
//! applications the expert is scoring now, and the open discussions.

use std::ops::DerefMut;

use reviewdesk_core::expert::meeting::{JoinedMeeting, MinutesToSignView, read_minutes_to_sign};
use reviewdesk_core::staff::meeting::DemandDiscussion;
use reviewdesk_core::{CoreError, ErrorCode, Session, Timestamp};
use reviewdesk_exchange::meeting::{
    ChainPosition, SignedMeetingCard, parse_join_line, verify_card,
};
use reviewdesk_exchange::signed_minutes::{MinutesSignature, MinutesToSign};

use crate::SyncPolicy;
use crate::client::{Client, failure, retryable};
use crate::deliver::deliver;
use crate::tls::{Connection, Trust};

/// Joins the meeting whose join card shows `address` and `code` — or, with
/// `code` `None`, the join line `ADDRESS#CODE` the card's QR code carries.
pub async fn join_meeting<G: DerefMut<Target = Session>>(
    session: impl Fn() -> G,
    address: &str,
    code: Option<&str>,
    policy: SyncPolicy,
) -> Result<JoinedMeeting, CoreError> {
    let (address, code) = match code {
        Some(code) => (address.trim().to_owned(), code.to_owned()),
        None => parse_join_line(address).ok_or_else(|| {
            CoreError::new(ErrorCode::MeetingCodeWrong, "no meeting code was given")
                .with("server", address)
                .with("code", "")
        })?,
    };
    let address = address.trim_end_matches('/').to_owned();
    if !address.starts_with("https://") {
        return Err(
            CoreError::new(ErrorCode::InsecureHttp, "a meeting hub answers HTTPS only")
                .with("server", address),
        );
    }
    let agency = session().expert().sync_plan(Some(&address))?.agency;
    let trust = Trust {
        meeting_code: Some(code.clone()),
        ..Trust::default()
    };
    let connection = Connection::new(&address, &trust, false, |b| b.timeout(policy.timeout))?;
    let url = format!("{address}/v1/meeting");
    let answer = connection.http.get(&url).send().await;
    let shown = connection.seen.shown();
    if shown.as_ref().is_some_and(|s| s.mismatched) {
        return Err(CoreError::new(
            ErrorCode::MeetingCodeWrong,
            "the hub's certificate is not the meeting code's",
        )
        .with("server", &address)
        .with("code", code));
    }
    let response = answer.map_err(|e| CoreError::from(retryable(e)))?;
    if !response.status().is_success() {
        let status = response.status().as_u16();
        let body = response.bytes().await.unwrap_or_default();
        return Err(failure(status, &body).into());
    }
    let body = response
        .bytes()
        .await
        .map_err(|e| CoreError::from(retryable(e)))?;
    let not_vouched = || {
        CoreError::new(
            ErrorCode::MeetingNotVouched,
            "the hub's card is not the agency's for its certificate",
        )
        .with("server", &address)
    };
    let signed: SignedMeetingCard = serde_json::from_slice(&body).map_err(|_| not_vouched())?;
    let fingerprint = shown.map(|s| s.fingerprint).unwrap_or_default();
    let card = verify_card(&signed, &agency, &fingerprint).map_err(|_| not_vouched())?;
    let joined = JoinedMeeting {
        address: address.clone(),
        tls_certificate: fingerprint,
        call_id: card.call_id.clone(),
        meeting_id: card.meeting_id.clone(),
        joined_at: Timestamp::now(),
    };
    session().expert().join_meeting(&joined)?;
    Ok(joined)
}

/// What one step in step with the hub did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MeetingStep {
    /// Packages the hub took in this step.
    pub delivered: usize,
    /// Packages the hub refused; they stay for the agency server to judge.
    pub refused: usize,
    /// Packages not sent this time (the hub out of reach): the next step
    /// sends them.
    pub pending: usize,
    /// The open demands the expert scores, as the hub shows them.
    pub discussions: Vec<DemandDiscussion>,
    /// The minutes the chair fixed for signing, once fixed — their content
    /// checked against the digest the hub names.
    pub minutes: Option<MinutesToSignView>,
}

/// One step in step with the joined meeting's hub: sends every package it
/// lacks, tells it which applications the expert is scoring now, and
/// reads the open discussions. The session is not held while the network
/// is slow. Fails when the hub cannot be reached (the app tries again);
/// nothing is lost, the packages stay in the outbox.
pub async fn meeting_step<G: DerefMut<Target = Session>>(
    session: impl Fn() -> G,
    policy: SyncPolicy,
) -> Result<MeetingStep, CoreError> {
    let hub = session()
        .expert()
        .joined_meeting()?
        .map(|m| m.address)
        .unwrap_or_default();
    step(session, policy).await.map_err(|error| {
        if error.code == ErrorCode::SyncUnreachable {
            let mut unreachable =
                CoreError::new(ErrorCode::MeetingHubUnreachable, error.detail).with("server", hub);
            unreachable.args.extend(error.args);
            unreachable
        } else {
            error
        }
    })
}

async fn step<G: DerefMut<Target = Session>>(
    session: impl Fn() -> G,
    policy: SyncPolicy,
) -> Result<MeetingStep, CoreError> {
    let policy = SyncPolicy {
        // The hub takes a package whole, in one request.
        resumable_above: usize::MAX,
        ..policy
    };
    let (first, report) = {
        let mut session = session();
        let expert = session.expert();
        let meeting = expert.joined_meeting()?.ok_or_else(|| {
            CoreError::new(
                ErrorCode::MeetingNotJoined,
                "this vault has not joined a meeting",
            )
        })?;
        (
            expert.meeting_plan(Some(u64::MAX))?,
            expert.scoring_report(&meeting.call_id)?,
        )
    };
    let client = Client::new(&first, &policy)?;
    let position: ChainPosition = client
        .json(reqwest::Method::GET, "/v1/meeting/chain", vec![])
        .await?;
    let plan = session().expert().meeting_plan(position.sequence)?;
    let mut receipts = Vec::new();
    let delivered = deliver(&plan, policy, |package, delivery| {
        if let reviewdesk_core::outbox::Delivery::Delivered { receipt } = delivery {
            receipts.push((package.package_id.clone(), receipt.clone()));
        }
    })
    .await;
    {
        let now = Timestamp::now();
        let mut session = session();
        for (package_id, receipt) in &receipts {
            session
                .expert()
                .record_meeting_delivery(package_id, receipt, now)?;
        }
    }
    if let Some(stopped) = delivered.stopped {
        return Err(stopped.into());
    }
    let body = serde_json::to_vec(&report).map_err(|e| CoreError::from(retryable(e)))?;
    let answer = client
        .send(reqwest::Method::POST, "/v1/meeting/status", body)
        .await?;
    if !(200..300).contains(&answer.status) {
        return Err(failure(answer.status, &answer.body).into());
    }
    let discussions: Vec<DemandDiscussion> = client
        .json(reqwest::Method::GET, "/v1/meeting/discussion", vec![])
        .await?;
    let minutes: Option<MinutesToSign> = client
        .json(reqwest::Method::GET, "/v1/meeting/minutes", vec![])
        .await?;
    // Minutes whose content does not give the digest the hub names are
    // refused, never shown for signing.
    let minutes = minutes.as_ref().map(read_minutes_to_sign).transpose()?;
    Ok(MeetingStep {
        delivered: delivered.delivered,
        refused: delivered.refused,
        pending: delivered.pending,
        discussions,
        minutes,
    })
}

/// Signs the minutes the joined meeting's chair fixed, which the expert
/// read with the digest `read_digest`: the hub's minutes are fetched again
/// and signed only if they are still that content. Returns the signature
/// the hub kept.
pub async fn sign_minutes<G: DerefMut<Target = Session>>(
    session: impl Fn() -> G,
    read_digest: &str,
    policy: SyncPolicy,
) -> Result<MinutesSignature, CoreError> {
    let plan = session().expert().meeting_plan(Some(u64::MAX))?;
    let client = Client::new(&plan, &policy)?;
    let shown: Option<MinutesToSign> = client
        .json(reqwest::Method::GET, "/v1/meeting/minutes", vec![])
        .await?;
    let call = session()
        .expert()
        .joined_meeting()?
        .map(|m| m.call_id.to_string())
        .unwrap_or_default();
    let shown = shown.ok_or_else(|| {
        CoreError::new(
            ErrorCode::MinutesNotFixed,
            "the chair has not fixed the minutes",
        )
        .with("call", call)
    })?;
    let signature = reviewdesk_core::expert::meeting::sign_minutes(
        &plan.keys,
        &plan.expert_id,
        &shown,
        read_digest,
        chrono::Utc::now(),
    )?;
    let body = serde_json::to_vec(&signature).map_err(|e| CoreError::from(retryable(e)))?;
    let answer = client
        .send(reqwest::Method::POST, "/v1/meeting/minutes/signature", body)
        .await?;
    if !(200..300).contains(&answer.status) {
        return Err(failure(answer.status, &answer.body).into());
    }
    Ok(signature)
}

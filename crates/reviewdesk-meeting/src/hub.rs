//! A running meeting: the staff session the hub answers from, the card the
//! agency key signs for it, what experts report between packages, and a
//! change counter the chair's board follows. Started on a listener of its
//! own; stopped by the chair, which lets requests in flight finish.

use std::collections::{BTreeMap, BTreeSet};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use reviewdesk_core::staff::Round;
use reviewdesk_core::staff::board::BoardView;
use reviewdesk_core::staff::hub::{HubView, JoinCard};
use reviewdesk_core::staff::signing::MinutesSigningView;
use reviewdesk_core::{CoreError, ErrorCode, Session, StaffDesk, Timestamp};
use reviewdesk_domain::{ApplicationId, CallId, DemandId, ExpertId};
use reviewdesk_exchange::meeting::SignedMeetingCard;
use tokio::sync::{oneshot, watch};
use tokio::task::JoinHandle;

use crate::join_card::{https_address, join_card, room_addresses};
use crate::nonces::Nonces;

/// Where and for which call a meeting runs.
#[derive(Debug, Clone)]
pub struct MeetingOptions {
    pub call_id: CallId,
    /// `0.0.0.0:PORT` for the room's network; port 0 takes a free one.
    pub listen: SocketAddr,
}

/// What the hub's handlers share.
pub(crate) struct Hub {
    session: Arc<Mutex<Session>>,
    pub(crate) call_id: CallId,
    pub(crate) card: SignedMeetingCard,
    pub(crate) nonces: Mutex<Nonces>,
    /// The applications each expert said they are scoring (a draft saved).
    scoring: Mutex<BTreeMap<ExpertId, BTreeSet<ApplicationId>>>,
    changes: watch::Sender<u64>,
}

impl Hub {
    /// Runs `work` on the staff desk, on a thread that may block: the vault
    /// is SQLite, and the session is shared with the chair's own commands.
    pub(crate) async fn desk<R: Send + 'static>(
        self: &Arc<Self>,
        work: impl FnOnce(&mut StaffDesk<'_>) -> Result<R, CoreError> + Send + 'static,
    ) -> Result<R, CoreError> {
        let hub = Arc::clone(self);
        tokio::task::spawn_blocking(move || {
            let mut session = hub.session.lock().unwrap_or_else(PoisonError::into_inner);
            work(&mut session.staff())
        })
        .await
        .map_err(|e| CoreError::new(ErrorCode::Internal, e.to_string()))?
    }

    /// Tells whoever follows the meeting (the chair's board) that something
    /// changed.
    pub(crate) fn changed(&self) {
        self.changes.send_modify(|count| *count += 1);
    }

    pub(crate) fn report_scoring(&self, expert: &ExpertId, scoring: BTreeSet<ApplicationId>) {
        let mut reports = self.scoring.lock().unwrap_or_else(PoisonError::into_inner);
        if reports.get(expert) != Some(&scoring) {
            reports.insert(expert.clone(), scoring);
            drop(reports);
            self.changed();
        }
    }
}

/// A meeting being served.
pub struct Meeting {
    pub card: JoinCard,
    hub: Arc<Hub>,
    stop: Option<oneshot::Sender<()>>,
    served: JoinHandle<std::io::Result<()>>,
}

impl std::fmt::Debug for Meeting {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Meeting")
            .field("call_id", &self.hub.call_id)
            .field("addresses", &self.card.addresses)
            .finish_non_exhaustive()
    }
}

impl Meeting {
    /// A counter that moves whenever a package is taken or an expert
    /// reports: the board reads the panel again when it does.
    pub fn changes(&self) -> watch::Receiver<u64> {
        self.hub.changes.subscribe()
    }

    /// What each expert said they are scoring, not yet submitted.
    pub fn scoring(&self) -> BTreeMap<ExpertId, BTreeSet<ApplicationId>> {
        self.hub
            .scoring
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// The chair's board: where each expert stands on each applicant.
    pub async fn board(&self) -> Result<BoardView, CoreError> {
        let scoring = self.scoring();
        let call_id = self.hub.call_id.clone();
        self.hub
            .desk(move |desk| desk.board(&call_id, &scoring))
            .await
    }

    /// The card, the board and the minutes' signatures together, as the
    /// chair's screen shows them.
    pub async fn view(&self) -> Result<HubView, CoreError> {
        let call_id = self.hub.call_id.clone();
        let minutes = self
            .hub
            .desk(move |desk| desk.minutes_signing(&call_id))
            .await?;
        Ok(HubView {
            card: self.card.clone(),
            board: self.board().await?,
            minutes,
        })
    }

    /// Fixes the minutes as the panel's data gives them now, for the panel
    /// to sign; the experts' apps show them at their next step.
    pub async fn fix_minutes(&self) -> Result<MinutesSigningView, CoreError> {
        let call_id = self.hub.call_id.clone();
        self.chair(move |desk| desk.fix_minutes(&call_id, chrono::Utc::now()))
            .await
    }

    /// Opens a demand of the meeting's call for a round, or closes its
    /// round (`None`): the experts' apps show it at their next step.
    pub async fn set_round(&self, demand: DemandId, round: Option<Round>) -> Result<(), CoreError> {
        let call_id = self.hub.call_id.clone();
        self.chair(move |desk| desk.set_round(&call_id, &demand, round, Timestamp::now()))
            .await
    }

    /// Does the chair's `work` on the staff desk the hub answers from — the
    /// session is shared, so the shell's chair needs no second one — and
    /// tells the board.
    async fn chair<R: Send + 'static>(
        &self,
        work: impl FnOnce(&mut StaffDesk<'_>) -> Result<R, CoreError> + Send + 'static,
    ) -> Result<R, CoreError> {
        let done = self.hub.desk(work).await?;
        self.hub.changed();
        Ok(done)
    }

    /// Stops accepting, lets requests in flight finish, and returns when the
    /// hub has stopped.
    pub async fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        let _ = (&mut self.served).await;
    }

    /// Waits until the hub stops by itself (its listener failed).
    pub async fn served(&mut self) -> std::io::Result<()> {
        match (&mut self.served).await {
            Ok(result) => result,
            Err(e) => Err(std::io::Error::other(e)),
        }
    }
}

/// A room's worth of connections, with the agency server's patience.
const LIMITS: reviewdesk_http::ConnectionLimits = reviewdesk_http::ConnectionLimits {
    max_connections: 64,
    header_timeout: Duration::from_secs(20),
    drain: Duration::from_secs(5),
};

/// Starts a meeting on `call_id` from the staff vault open in `session`:
/// makes the meeting's certificate, has the agency key sign the card
/// naming it, and serves the hub on `listen`.
pub async fn start(
    session: Arc<Mutex<Session>>,
    options: MeetingOptions,
) -> Result<Meeting, CoreError> {
    let io = |e: std::io::Error| CoreError::new(ErrorCode::Io, e.to_string());
    let listener = tokio::net::TcpListener::bind(options.listen)
        .await
        .map_err(|e| io(e).with("path", options.listen.to_string()))?;
    let bound = listener.local_addr().map_err(io)?;
    let ips = room_addresses(bound);
    let mut names: Vec<String> = ips.iter().map(ToString::to_string).collect();
    names.push("localhost".to_owned());
    let tls = reviewdesk_http::tls::self_signed(names)
        .map_err(|e| CoreError::new(ErrorCode::Internal, e.0))?;
    let card = {
        let mut session = session.lock().unwrap_or_else(PoisonError::into_inner);
        session
            .staff()
            .meeting_card(&options.call_id, &tls.fingerprint, chrono::Utc::now())?
    };
    let addresses = ips
        .into_iter()
        .map(|ip| https_address(ip, bound.port()))
        .collect();
    let join_card = join_card(&options.call_id, addresses, &tls.fingerprint);
    let hub = Arc::new(Hub {
        session,
        call_id: options.call_id,
        card,
        nonces: Mutex::default(),
        scoring: Mutex::default(),
        changes: watch::Sender::new(0),
    });
    let (stop, stopped) = oneshot::channel::<()>();
    let app = crate::routes::router(Arc::clone(&hub));
    let served = tokio::spawn(reviewdesk_http::serve_until(
        listener,
        app,
        LIMITS,
        Some(tls.config),
        async {
            let _ = stopped.await;
        },
    ));
    tracing::info!(addresses = ?join_card.addresses, "meeting hub listening");
    Ok(Meeting {
        card: join_card,
        hub,
        stop: Some(stop),
        served,
    })
}

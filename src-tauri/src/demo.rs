//! The demo's first run against a local agency server (`cargo xtask demo`
//! starts one and passes its address and a one-time code in
//! `REVIEWDESK_DEMO_SERVER` / `REVIEWDESK_DEMO_CODE`): the new vault enrolls
//! as expert E01 and receives its call as a signed bundle, exactly as an
//! expert's would. Without a server the demo call is imported from the
//! built-in data instead. The session is never held across network waits.

use reviewdesk_core::ExpertId;
use reviewdesk_core::{CoreError, Passphrase};
use zeroize::Zeroizing;

use crate::state::AppState;

/// Where the demo's agency server is, when `cargo xtask demo` started one.
#[derive(Debug, Clone)]
pub struct DemoServer {
    pub url: String,
    pub expert_id: ExpertId,
    pub code: String,
}

impl DemoServer {
    pub fn from_environment() -> Option<Self> {
        Some(Self {
            url: std::env::var("REVIEWDESK_DEMO_SERVER").ok()?,
            expert_id: std::env::var("REVIEWDESK_DEMO_EXPERT")
                .map_or_else(|_| "E01".into(), ExpertId::from),
            code: std::env::var("REVIEWDESK_DEMO_CODE").ok()?,
        })
    }
}

/// Creates the vault as the app was started: plain, with the built-in demo
/// call (`--demo`), or enrolled with the demo's agency server when
/// `cargo xtask demo` started one. Returns the vault's recovery key.
pub async fn create_vault(
    state: &AppState,
    passphrase: &Passphrase,
    confirmation: &Passphrase,
    progress: &mut (dyn FnMut(reviewdesk_core::ImportProgress) + Send),
) -> Result<Zeroizing<String>, CoreError> {
    let path = &state.vault_path;
    match (&state.demo_server, state.demo) {
        (Some(server), _) => {
            create_enrolled_vault(state, server, passphrase, confirmation, progress).await
        }
        (None, true) => state
            .session()
            .create_demo_vault(path, passphrase, confirmation, progress),
        (None, false) => state.session().create_vault(path, passphrase, confirmation),
    }
}

/// Creates the vault, enrolls it with the demo server and imports the bundle
/// it issues. Falls back to the built-in demo call if the server fails.
async fn create_enrolled_vault(
    state: &AppState,
    server: &DemoServer,
    passphrase: &Passphrase,
    confirmation: &Passphrase,
    progress: &mut (dyn FnMut(reviewdesk_core::ImportProgress) + Send),
) -> Result<Zeroizing<String>, CoreError> {
    let recovery_key = state
        .session()
        .create_vault(&state.vault_path, passphrase, confirmation)?;
    let synced = async {
        let _one_run_at_a_time = state.sync_run.lock().await;
        // The demo goes on with the built-in call, but whoever runs it (or
        // the end-to-end tests) sees why the server was not used.
        let said = |error: CoreError| eprintln!("demo server {}: {error}", server.url);
        reviewdesk_sync::enroll_vault(
            || state.session(),
            &server.url,
            &server.expert_id,
            &server.code,
            Default::default(),
        )
        .await
        .map_err(said)
        .ok()?;
        reviewdesk_sync::sync_once(|| state.session(), None, Default::default(), progress)
            .await
            .map_err(said)
            .ok()
            .filter(|outcome| outcome.bundles > 0)
    }
    .await;
    if synced.is_none() {
        state
            .session()
            .import(&reviewdesk_core::demo_document(1), progress)?;
    }
    Ok(recovery_key)
}

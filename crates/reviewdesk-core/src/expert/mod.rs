//! The expert's desk: what an expert does with an unlocked vault — score the
//! applications assigned to them, seal and send score packages, enroll with
//! the agency and take in its assignment bundles. Reading the call and the
//! vault's lifecycle sit below, in [`Session`], because staff need them too.

pub mod enrollment;
pub mod outbox;
pub mod scoring;

use reviewdesk_vault::Vault;

use crate::{CoreError, Session};

/// The expert's use cases over a session; made by [`Session::expert`].
#[derive(Debug)]
pub struct ExpertDesk<'s> {
    session: &'s mut Session,
}

impl<'s> ExpertDesk<'s> {
    pub(crate) fn new(session: &'s mut Session) -> Self {
        Self { session }
    }

    pub(crate) fn session(&self) -> &Session {
        self.session
    }

    pub(crate) fn vault(&self) -> Result<&Vault, CoreError> {
        self.session.vault()
    }

    pub(crate) fn vault_mut(&mut self) -> Result<&mut Vault, CoreError> {
        self.session.vault_mut()
    }
}

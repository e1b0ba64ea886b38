//! The expert's desk: what an expert does with an unlocked vault — score the
//! applications assigned to them, seal and send score packages, enroll with
//! the agency and take in its assignment bundles, and take part in a panel
//! meeting on the room's network (`meeting.rs`). Reading the call and the
//! vault's lifecycle sit below, in [`Session`](crate::Session), because
//! staff need them too.

pub mod enrollment;
pub mod meeting;
pub mod outbox;
pub mod scoring;

use crate::session::Desk;

/// The expert's use cases over a session; made by
/// [`Session::expert`](crate::Session::expert).
pub type ExpertDesk<'s> = Desk<'s, ExpertRole>;

/// The expert's role, for [`Desk`].
#[derive(Debug)]
pub enum ExpertRole {}

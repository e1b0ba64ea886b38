//! What a score package carries to the agency, once decrypted: an expert's
//! submitted sheets and recusals for one call (`docs/formats.md`).

use serde::{Deserialize, Serialize};

use crate::ids::{ApplicationId, CallId, ExpertId};
use crate::rubric::{Rubric, Totals};
use crate::sheet::SheetInput;
use crate::time::Timestamp;

pub const SCORES_FORMAT: &str = "reviewdesk.scores";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackageContent {
    pub format: String,
    pub version: u32,
    pub call_id: CallId,
    pub expert_id: ExpertId,
    pub sheets: Vec<PackagedSheet>,
}

/// One submitted sheet as the agency receives it. A recusal carries only its
/// declaration: scores an expert typed before declaring a conflict stay home.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackagedSheet {
    pub application_id: ApplicationId,
    pub version: u32,
    pub rubric_id: String,
    pub rubric_version: u32,
    pub submitted_at: String,
    pub recused: bool,
    pub input: SheetInput,
    pub totals: Option<Totals>,
}

impl PackagedSheet {
    /// The sheet as it leaves: a recusal stripped to its declaration.
    pub fn new(
        application_id: &ApplicationId,
        (version, rubric): (u32, &Rubric),
        input: &SheetInput,
        submitted_at: Timestamp,
    ) -> Self {
        let recused = input.is_recusal();
        let input = if recused {
            SheetInput {
                declaration: input.declaration.clone(),
                ..SheetInput::default()
            }
        } else {
            input.clone()
        };
        Self {
            application_id: application_id.clone(),
            version,
            rubric_id: rubric.id.clone(),
            rubric_version: rubric.version,
            submitted_at: submitted_at.to_string(),
            recused,
            totals: (!recused).then(|| rubric.totals(&input.scores)),
            input,
        }
    }
}

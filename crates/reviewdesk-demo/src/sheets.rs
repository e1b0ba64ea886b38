//! Score sheets an honest expert would submit, for tests, benchmarks and demo
//! packages: every sub-item of a rubric at one score with a reason, every veto
//! answered "does not apply", recommended, with an opinion — what the
//! acceptance rule of a score package takes, whatever the score.

use reviewdesk_domain::rubric::{OverallRecommendation, Points, Rubric};
use reviewdesk_domain::sheet::{Declaration, SheetInput};

/// A complete sheet on `rubric` with every sub-item at `score`, which must
/// lie on each item's scale and step.
pub fn complete_sheet(rubric: &Rubric, score: Points, opinion: &str) -> SheetInput {
    SheetInput {
        declaration: Some(Declaration::NoConflict),
        scores: rubric
            .criteria
            .iter()
            .flat_map(|c| &c.items)
            .map(|item| (item.id.clone(), score))
            .collect(),
        comments: rubric
            .criteria
            .iter()
            .flat_map(|c| &c.items)
            .map(|item| (item.id.clone(), "Checked against the evidence.".to_owned()))
            .collect(),
        vetoes: rubric
            .vetoes
            .iter()
            .map(|v| (v.id.clone(), false))
            .collect(),
        recommendation: Some(OverallRecommendation::Recommend),
        opinion: opinion.to_owned(),
        ..SheetInput::default()
    }
}

//! The agency's documents as PDF: the review minutes (评审会议纪要) and each
//! expert's opinion form (专家个人评审意见表). A4, Chinese with English,
//! names in every ASEAN script shaped right, fonts embedded and subset.
//!
//! - `fonts` — which font sets which script, and where it comes from;
//! - `text` — shaping, measuring and breaking text into lines;
//! - `layout` — headings, paragraphs and tables flowed onto pages, footers;
//! - `minutes` — the review minutes from the panel's results;
//! - `opinion` — one expert's opinion form from their submitted sheets;
//! - `matrix` — the score matrix as CSV for Excel and WPS;
//! - `pdf` — pages of drawing operations into a file;
//! - `attachments` — files carried inside a PDF (the signed minutes' content
//!   and seal), read back with bounds.

pub mod attachments;
pub mod calibration;
pub mod fonts;
pub mod layout;
pub mod matrix;
pub mod minutes;
pub mod opinion;
pub mod pdf;
pub mod text;

use reviewdesk_domain::LocalizedText;
use reviewdesk_i18n::{Language, Localizer};

/// Every label in Chinese, the agency's language, and a second language: the
/// reader's (English, or any ASEAN language ReviewDesk ships).
pub(crate) struct Labels {
    pub(crate) zh: Localizer,
    pub(crate) second: Localizer,
}

impl Labels {
    /// Chinese with `second`; Chinese alone is not offered, so a Chinese
    /// reader's minutes carry English as the panel's working language.
    pub(crate) fn new(second: Language) -> Self {
        let second = if second == Language::ZhCn {
            Language::En
        } else {
            second
        };
        Self {
            zh: Localizer::new(Language::ZhCn),
            second: Localizer::new(second),
        }
    }

    pub(crate) fn second_tag(&self) -> &'static str {
        self.second.language().tag()
    }

    /// "中文 Second".
    pub(crate) fn both(&self, id: &str, args: &[(&str, String)]) -> String {
        format!(
            "{} {}",
            self.zh.format(id, args),
            self.second.format(id, args)
        )
    }

    /// The Chinese line, then the second language's.
    pub(crate) fn lines(&self, id: &str, args: &[(&str, String)]) -> [String; 2] {
        [self.zh.format(id, args), self.second.format(id, args)]
    }

    /// A title from the agency data in Chinese and in the second language
    /// (English where the data has no such variant), side by side.
    pub(crate) fn title(&self, text: &LocalizedText, separator: &str) -> String {
        let zh = text.best_for("zh-CN");
        let second = text.best_for(self.second_tag());
        if zh == second {
            zh.to_owned()
        } else {
            format!("{zh}{separator}{second}")
        }
    }
}

/// Every variant of a name, Chinese first, each once: "广西… / Guangxi…".
pub(crate) fn names(text: &LocalizedText) -> String {
    let mut seen: Vec<&str> = Vec::new();
    for value in ["zh-CN", "en"]
        .iter()
        .filter_map(|tag| text.0.get(*tag).map(String::as_str))
        .chain(text.all_text())
    {
        if !seen.contains(&value) {
            seen.push(value);
        }
    }
    seen.join(" / ")
}

/// Ends a document: refuses it when a character could not be drawn, puts the
/// footer (content hash, page of pages) on every page and writes the PDF.
pub(crate) fn finish(
    writer: layout::Writer<'_>,
    fonts: &text::Fonts,
    labels: &Labels,
    content_hash: &str,
    title: &str,
) -> Result<Vec<u8>, fonts::FontError> {
    let missing = fonts.missing();
    if !missing.is_empty() {
        return Err(fonts::FontError::MissingGlyphs {
            characters: missing.into_iter().collect(),
        });
    }
    let pages = writer.finish(|page, pages| {
        (
            labels.lines("minutes-footer-hash", &[("hash", content_hash.to_owned())]),
            labels.lines(
                "minutes-footer-page",
                &[("page", page.to_string()), ("pages", pages.to_string())],
            ),
        )
    });
    Ok(pdf::write(title, fonts, pages))
}

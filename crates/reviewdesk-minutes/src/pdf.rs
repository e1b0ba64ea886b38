//! A4 pages of drawing operations into a PDF file, with the fonts embedded
//! and subset under fixed resource names.

use printpdf::{
    FontId, Mm, Op, ParsedFont, PdfDocument, PdfFont, PdfPage, PdfSaveOptions, PdfWarnMsg,
};

use crate::text::Fonts;

/// A4 in points.
pub const PAGE_WIDTH: f32 = 595.276;
pub const PAGE_HEIGHT: f32 = 841.89;

/// The PDF of `pages`, titled `title`.
pub fn write(title: &str, fonts: &Fonts, pages: Vec<Vec<Op>>) -> Vec<u8> {
    let mut document = PdfDocument::new(title);
    for font in fonts.data() {
        let mut warnings = Vec::new();
        let Some(parsed) = ParsedFont::from_bytes(&font.bytes, font.index as usize, &mut warnings)
        else {
            continue;
        };
        document.resources.fonts.map.insert(
            FontId(font.face.resource().to_owned()),
            PdfFont::new(parsed),
        );
    }
    let pages = pages
        .into_iter()
        .map(|ops| PdfPage::new(Mm(210.0), Mm(297.0), ops))
        .collect();
    let options = PdfSaveOptions {
        subset_fonts: true,
        ..PdfSaveOptions::default()
    };
    let mut warnings: Vec<PdfWarnMsg> = Vec::new();
    document.with_pages(pages).save(&options, &mut warnings)
}

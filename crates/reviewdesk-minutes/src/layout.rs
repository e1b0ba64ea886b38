//! Flowing content onto A4 pages: headings, paragraphs, label–value lines
//! and ruled tables whose header row repeats on every page they run onto;
//! then a footer on every page with its number, the page count and the
//! document's content hash.

use printpdf::{Color, Line as PathLine, LinePoint, Op, Point, Pt, Rgb};

use crate::pdf::{PAGE_HEIGHT, PAGE_WIDTH};
use crate::text::Fonts;

const MARGIN_X: f32 = 56.0;
const MARGIN_TOP: f32 = 60.0;
/// Room kept at the bottom for the footer.
const MARGIN_BOTTOM: f32 = 64.0;
const CELL_PAD: f32 = 3.5;

pub const BODY: f32 = 10.0;
pub const SMALL: f32 = 8.0;

/// How a table column's cells sit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
    Center,
}

#[derive(Debug, Clone)]
pub struct Column {
    pub title: String,
    /// Share of the text width.
    pub share: f32,
    pub align: Align,
}

impl Column {
    pub fn new(title: String, share: f32, align: Align) -> Self {
        Self {
            title,
            share,
            align,
        }
    }
}

/// A document being laid out.
#[derive(Debug)]
pub struct Writer<'f> {
    fonts: &'f Fonts,
    pages: Vec<Vec<Op>>,
    ops: Vec<Op>,
    /// The next baseline's top, in points from the page's bottom.
    y: f32,
}

impl<'f> Writer<'f> {
    pub fn new(fonts: &'f Fonts) -> Self {
        Self {
            fonts,
            pages: Vec::new(),
            ops: Vec::new(),
            y: PAGE_HEIGHT - MARGIN_TOP,
        }
    }

    pub fn text_width() -> f32 {
        PAGE_WIDTH - 2.0 * MARGIN_X
    }

    fn line_height(size: f32) -> f32 {
        size * 1.45
    }

    /// Starts a new page.
    pub fn page_break(&mut self) {
        self.pages.push(std::mem::take(&mut self.ops));
        self.y = PAGE_HEIGHT - MARGIN_TOP;
    }

    /// Makes room for `height` points, on a new page if needed.
    fn room(&mut self, height: f32) {
        if self.y - height < MARGIN_BOTTOM && self.y < PAGE_HEIGHT - MARGIN_TOP {
            self.page_break();
        }
    }

    pub fn space(&mut self, points: f32) {
        self.y -= points;
    }

    /// A paragraph at `size`, indented by `indent`, centred when asked.
    pub fn paragraph(&mut self, text: &str, size: f32, indent: f32, centered: bool) {
        let width = Self::text_width() - indent;
        for line in self.fonts.paragraph(text, size).lines(width) {
            let height = Self::line_height(size);
            self.room(height);
            let x = if centered {
                MARGIN_X + (Self::text_width() - line.width) / 2.0
            } else {
                MARGIN_X + indent
            };
            line.draw(x, self.y - size, &mut self.ops);
            self.y -= height;
        }
    }

    /// A heading, kept with at least `keep` points of what follows.
    pub fn heading(&mut self, text: &str, size: f32, keep: f32) {
        self.room(Self::line_height(size) + keep);
        self.space(size * 0.4);
        self.paragraph(text, size, 0.0, false);
        self.rule(0.6);
        self.space(size * 0.3);
    }

    /// A full-width horizontal rule at the current position.
    pub fn rule(&mut self, thickness: f32) {
        let y = self.y + 2.0;
        self.stroke(MARGIN_X, y, MARGIN_X + Self::text_width(), y, thickness);
    }

    fn stroke(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, thickness: f32) {
        self.ops.push(Op::SetOutlineThickness { pt: Pt(thickness) });
        self.ops.push(Op::SetOutlineColor {
            col: Color::Rgb(Rgb::new(0.25, 0.25, 0.25, None)),
        });
        self.ops.push(Op::DrawLine {
            line: PathLine {
                points: vec![
                    LinePoint {
                        p: Point {
                            x: Pt(x1),
                            y: Pt(y1),
                        },
                        bezier: false,
                    },
                    LinePoint {
                        p: Point {
                            x: Pt(x2),
                            y: Pt(y2),
                        },
                        bezier: false,
                    },
                ],
                is_closed: false,
            },
        });
    }

    /// Label–value lines, the labels in a column of `label_share` of the width.
    pub fn fields(&mut self, fields: &[(String, String)], label_share: f32) {
        let label_width = Self::text_width() * label_share;
        for (label, value) in fields {
            let labels = self.fonts.paragraph(label, BODY).lines(label_width - 6.0);
            let values = self
                .fonts
                .paragraph(value, BODY)
                .lines(Self::text_width() - label_width);
            let rows = labels.len().max(values.len());
            for row in 0..rows {
                let height = Self::line_height(BODY);
                self.room(height);
                if let Some(line) = labels.get(row) {
                    line.draw(MARGIN_X, self.y - BODY, &mut self.ops);
                }
                if let Some(line) = values.get(row) {
                    line.draw(MARGIN_X + label_width, self.y - BODY, &mut self.ops);
                }
                self.y -= height;
            }
        }
    }

    /// A ruled table; rows never split, and the header row is drawn again at
    /// the top of every page the table continues on.
    pub fn table(&mut self, columns: &[Column], rows: &[Vec<String>], size: f32) {
        let total: f32 = columns.iter().map(|c| c.share).sum();
        let widths: Vec<f32> = columns
            .iter()
            .map(|c| Self::text_width() * c.share / total)
            .collect();
        let header: Vec<String> = columns.iter().map(|c| c.title.clone()).collect();
        let header_cells = self.cells(&header, &widths, size);
        let header_height = Self::row_height(&header_cells, size);
        let laid: Vec<_> = rows
            .iter()
            .map(|row| {
                let cells = self.cells(row, &widths, size);
                let height = Self::row_height(&cells, size);
                (cells, height)
            })
            .collect();
        let first_height = laid.first().map_or(0.0, |(_, h)| *h);
        self.room(header_height + first_height);
        self.row(&header_cells, &widths, columns, header_height, size, true);
        for (cells, height) in &laid {
            if self.y - height < MARGIN_BOTTOM {
                self.page_break();
                self.row(&header_cells, &widths, columns, header_height, size, true);
            }
            self.row(cells, &widths, columns, *height, size, false);
        }
        self.space(6.0);
    }

    fn cells(&self, row: &[String], widths: &[f32], size: f32) -> Vec<Vec<crate::text::Line>> {
        row.iter()
            .zip(widths)
            .map(|(text, width)| {
                self.fonts
                    .paragraph(text, size)
                    .lines(width - 2.0 * CELL_PAD)
            })
            .collect()
    }

    fn row_height(cells: &[Vec<crate::text::Line>], size: f32) -> f32 {
        let lines = cells.iter().map(Vec::len).max().unwrap_or(1).max(1);
        lines as f32 * Self::line_height(size) + 2.0 * CELL_PAD
    }

    fn row(
        &mut self,
        cells: &[Vec<crate::text::Line>],
        widths: &[f32],
        columns: &[Column],
        height: f32,
        size: f32,
        header: bool,
    ) {
        let top = self.y;
        let bottom = top - height;
        if header {
            self.ops.push(Op::SetFillColor {
                col: Color::Rgb(Rgb::new(0.92, 0.93, 0.95, None)),
            });
            self.ops.push(Op::DrawRectangle {
                rectangle: printpdf::Rect {
                    x: Pt(MARGIN_X),
                    y: Pt(bottom),
                    width: Pt(Self::text_width()),
                    height: Pt(height),
                    mode: Some(printpdf::PaintMode::Fill),
                    winding_order: None,
                },
            });
            self.ops.push(Op::SetFillColor {
                col: Color::Rgb(Rgb::new(0.0, 0.0, 0.0, None)),
            });
        }
        let mut x = MARGIN_X;
        for ((lines, width), column) in cells.iter().zip(widths).zip(columns) {
            let mut baseline = top - CELL_PAD - size;
            for line in lines {
                let left = match column.align {
                    Align::Left => x + CELL_PAD,
                    Align::Right => x + width - CELL_PAD - line.width,
                    Align::Center => x + (width - line.width) / 2.0,
                };
                line.draw(left, baseline, &mut self.ops);
                baseline -= Self::line_height(size);
            }
            x += width;
        }
        // Ruling: top and bottom of the row, and every column edge.
        let right = MARGIN_X + Self::text_width();
        self.stroke(MARGIN_X, top, right, top, 0.5);
        self.stroke(MARGIN_X, bottom, right, bottom, 0.5);
        let mut edge = MARGIN_X;
        self.stroke(edge, top, edge, bottom, 0.5);
        for width in widths {
            edge += width;
            self.stroke(edge, top, edge, bottom, 0.5);
        }
        self.y = bottom;
    }

    /// The pages, each with its footer: `footer(page, pages)` gives the
    /// left text (e.g. the document hash) and the right (page numbers).
    pub fn finish(
        mut self,
        footer: impl Fn(usize, usize) -> ([String; 2], [String; 2]),
    ) -> Vec<Vec<Op>> {
        if !self.ops.is_empty() || self.pages.is_empty() {
            self.page_break();
        }
        let count = self.pages.len();
        let fonts = self.fonts;
        let mut pages = std::mem::take(&mut self.pages);
        let leading = SMALL * 1.3;
        for (index, ops) in pages.iter_mut().enumerate() {
            // Each footer is a line per language: the content hash on the
            // left, the page of pages right-aligned beside it; the left
            // column gets whatever the right one leaves.
            let (left, right) = footer(index + 1, count);
            let right: Vec<crate::text::Line> = right
                .iter()
                .filter_map(|text| {
                    fonts
                        .paragraph(text, SMALL)
                        .lines(Self::text_width())
                        .into_iter()
                        .next()
                })
                .collect();
            let right_width = right.iter().map(|l| l.width).fold(0.0, f32::max);
            let left_width = Self::text_width() - right_width - 12.0;
            let top = MARGIN_BOTTOM - 30.0;
            let left_lines = left
                .iter()
                .flat_map(|text| fonts.paragraph(text, SMALL).lines(left_width));
            for (row, line) in left_lines.enumerate() {
                line.draw(MARGIN_X, top - row as f32 * leading, ops);
            }
            for (row, line) in right.iter().enumerate() {
                line.draw(
                    MARGIN_X + Self::text_width() - line.width,
                    top - row as f32 * leading,
                    ops,
                );
            }
        }
        pages
    }
}

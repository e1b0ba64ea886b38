//! Text as the documents set it: a paragraph is split into runs by script,
//! each run shaped once with rustybuzz in its face (so Thai, Khmer, Lao and
//! Burmese marks and ligatures come out right), and broken into lines at the
//! Unicode line-break opportunities (UAX #14, with ICU4X's dictionaries and
//! models finding the word ends Thai, Lao, Khmer and Burmese do not mark with
//! spaces), or between clusters when a single word is wider than the line. A line is drawn glyph by glyph at
//! the shaped positions, each run wrapped in an `/ActualText` span so that
//! copying and searching give back the very text.

use icu_segmenter::LineSegmenter;
use icu_segmenter::options::LineBreakOptions;
use printpdf::{Codepoint, DictItem, FontId, Op, PdfFontHandle, Pt, TextItem, TextMatrix};

use crate::fonts::{Face, FontData};

/// The loaded fonts, by face, and the characters they were asked for but
/// could not draw.
#[derive(Debug, Clone)]
pub struct Fonts {
    data: Vec<FontData>,
    missing: std::cell::RefCell<std::collections::BTreeSet<char>>,
    /// Which face draws which character, as found: asking a font each time
    /// would parse it again for every character.
    coverage: std::cell::RefCell<std::collections::HashMap<(Face, char), bool>>,
}

/// One shaped glyph; positions in font units of its face.
#[derive(Debug, Clone, Copy)]
struct Glyph {
    gid: u16,
    /// Byte offset in the paragraph of the cluster it belongs to.
    cluster: usize,
    advance: f32,
    x_offset: f32,
    y_offset: f32,
}

#[derive(Debug, Clone)]
struct Run {
    face: Face,
    start: usize,
    end: usize,
    /// Points per font unit at the paragraph's size.
    scale: f32,
    glyphs: Vec<Glyph>,
}

/// A paragraph shaped at one size, ready to be broken into lines.
#[derive(Debug, Clone)]
pub struct Paragraph {
    text: String,
    size: f32,
    runs: Vec<Run>,
    /// (cluster byte offset, width in points up to it), in text order.
    prefix: Vec<(usize, f32)>,
}

/// A glyph placed on a line, relative to the line's start and baseline.
#[derive(Debug, Clone, Copy)]
struct Placed {
    gid: u16,
    x: f32,
    y: f32,
}

/// A part of a line in one face.
#[derive(Debug, Clone)]
struct Piece {
    face: Face,
    text: String,
    glyphs: Vec<Placed>,
}

/// One line of a paragraph.
#[derive(Debug, Clone)]
pub struct Line {
    pieces: Vec<Piece>,
    pub width: f32,
    size: f32,
}

impl Fonts {
    pub fn new(data: Vec<FontData>) -> Self {
        Self {
            data,
            missing: Default::default(),
            coverage: Default::default(),
        }
    }

    /// Every character shaped so far that no font could draw (it would show
    /// as an empty box).
    pub fn missing(&self) -> Vec<char> {
        self.missing.borrow().iter().copied().collect()
    }

    pub fn data(&self) -> &[FontData] {
        &self.data
    }

    fn font(&self, face: Face) -> &FontData {
        self.data
            .iter()
            .find(|f| f.face == face)
            .or_else(|| self.data.first())
            .unwrap_or_else(|| unreachable!("fonts are loaded for every face"))
    }

    fn shaper(&self, face: Face) -> Option<rustybuzz::Face<'_>> {
        let font = self.font(face);
        rustybuzz::Face::from_slice(&font.bytes, font.index)
    }

    /// The face for `c`, given the run it would continue: its script's face
    /// when that face has the glyph, else one that has it.
    fn face_for(&self, c: char, current: Option<Face>) -> Face {
        let has = |face: Face| {
            if let Some(known) = self.coverage.borrow().get(&(face, c)) {
                return *known;
            }
            let found = self
                .shaper(face)
                .is_some_and(|f| f.glyph_index(c).is_some());
            self.coverage.borrow_mut().insert((face, c), found);
            found
        };
        let wanted = Face::for_char(c).or(current).unwrap_or(Face::Latin);
        if has(wanted) || c.is_whitespace() || c.is_control() {
            return wanted;
        }
        [Face::Latin, Face::Cjk]
            .into_iter()
            .chain(Face::ALL)
            .find(|f| has(*f))
            .unwrap_or(wanted)
    }

    /// Shapes `text` at `size` points.
    pub fn paragraph(&self, text: &str, size: f32) -> Paragraph {
        let mut runs: Vec<Run> = Vec::new();
        let mut current: Option<(Face, usize)> = None;
        for (at, c) in text.char_indices() {
            let face = self.face_for(c, current.map(|(f, _)| f));
            match current {
                Some((f, _)) if f == face => {}
                Some((f, start)) => {
                    runs.push(self.shape(text, f, start, at, size));
                    current = Some((face, at));
                }
                None => current = Some((face, at)),
            }
        }
        if let Some((face, start)) = current {
            runs.push(self.shape(text, face, start, text.len(), size));
        }
        let mut prefix = Vec::new();
        let mut width = 0.0;
        for run in &runs {
            for glyph in &run.glyphs {
                prefix.push((glyph.cluster, width));
                width += glyph.advance * run.scale;
            }
        }
        prefix.push((text.len(), width));
        Paragraph {
            text: text.to_owned(),
            size,
            runs,
            prefix,
        }
    }

    fn shape(&self, text: &str, face: Face, start: usize, end: usize, size: f32) -> Run {
        let Some(shaper) = self.shaper(face) else {
            return Run {
                face,
                start,
                end,
                scale: 0.0,
                glyphs: Vec::new(),
            };
        };
        let scale = size / f32::from(shaper.units_per_em() as u16);
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(&text[start..end]);
        buffer.set_direction(rustybuzz::Direction::LeftToRight);
        buffer.guess_segment_properties();
        let shaped = rustybuzz::shape(&shaper, &[], buffer);
        for info in shaped.glyph_infos().iter().filter(|i| i.glyph_id == 0) {
            let from = start + info.cluster as usize;
            let cluster = text[from..end].chars().take(1);
            self.missing
                .borrow_mut()
                .extend(cluster.filter(|c| !c.is_whitespace() && !c.is_control()));
        }
        let glyphs = shaped
            .glyph_infos()
            .iter()
            .zip(shaped.glyph_positions())
            .map(|(info, position)| Glyph {
                gid: u16::try_from(info.glyph_id).unwrap_or(0),
                cluster: start + info.cluster as usize,
                advance: position.x_advance as f32,
                x_offset: position.x_offset as f32,
                y_offset: position.y_offset as f32,
            })
            .collect();
        Run {
            face,
            start,
            end,
            scale,
            glyphs,
        }
    }
}

impl Paragraph {
    /// Width in points of the text between two byte offsets.
    fn width(&self, start: usize, end: usize) -> f32 {
        let at = |byte: usize| {
            let index = self.prefix.partition_point(|(cluster, _)| *cluster < byte);
            self.prefix.get(index).map_or(0.0, |(_, w)| *w)
        };
        at(end) - at(start)
    }

    /// The whole paragraph's width on one line.
    pub fn natural_width(&self) -> f32 {
        self.width(0, self.text.len())
    }

    /// Breaks the paragraph into lines no wider than `max` points.
    pub fn lines(&self, max: f32) -> Vec<Line> {
        let breaks = break_opportunities(&self.text);
        let clusters: Vec<usize> = {
            let mut c: Vec<usize> = self.prefix.iter().map(|(c, _)| *c).collect();
            c.dedup();
            c
        };
        let mut lines = Vec::new();
        let mut start = 0;
        while start < self.text.len() {
            let mandatory = breaks
                .iter()
                .find(|(at, mandatory)| *at > start && *mandatory)
                .map_or(self.text.len(), |(at, _)| *at);
            let fits = |end: usize| self.width(start, self.trimmed_end(start, end)) <= max;
            let end = if fits(mandatory) {
                mandatory
            } else {
                let by_word = breaks
                    .iter()
                    .map(|(at, _)| *at)
                    .filter(|at| *at > start && *at < mandatory)
                    .take_while(|at| fits(*at))
                    .last();
                by_word.unwrap_or_else(|| {
                    // One word wider than the line: break between clusters,
                    // at least one cluster per line.
                    let inside = clusters
                        .iter()
                        .copied()
                        .filter(|c| *c > start && *c < mandatory);
                    let first = inside.clone().next().unwrap_or(mandatory);
                    inside.take_while(|c| fits(*c)).last().unwrap_or(first)
                })
            };
            lines.push(self.line(start, self.trimmed_end(start, end)));
            start = end;
        }
        lines
    }

    /// `end` without the whitespace (and line break) before it.
    fn trimmed_end(&self, start: usize, end: usize) -> usize {
        start + self.text[start..end].trim_end().len()
    }

    fn line(&self, start: usize, end: usize) -> Line {
        let mut pieces = Vec::new();
        let mut x = 0.0;
        for run in &self.runs {
            let (from, to) = (run.start.max(start), run.end.min(end));
            if from >= to {
                continue;
            }
            let mut glyphs = Vec::new();
            for glyph in run
                .glyphs
                .iter()
                .filter(|g| g.cluster >= from && g.cluster < to)
            {
                glyphs.push(Placed {
                    gid: glyph.gid,
                    x: x + glyph.x_offset * run.scale,
                    y: glyph.y_offset * run.scale,
                });
                x += glyph.advance * run.scale;
            }
            pieces.push(Piece {
                face: run.face,
                text: self.text[from..to].to_owned(),
                glyphs,
            });
        }
        Line {
            pieces,
            width: x,
            size: self.size,
        }
    }
}

impl Line {
    /// The line's text, as copying it gives.
    pub fn text(&self) -> String {
        self.pieces.iter().map(|p| p.text.as_str()).collect()
    }

    /// Draws the line with its start at `x` and its baseline at `y` (points
    /// from the page's bottom left).
    pub fn draw(&self, x: f32, y: f32, ops: &mut Vec<Op>) {
        for piece in self.pieces.iter().filter(|p| !p.glyphs.is_empty()) {
            ops.push(Op::StartTextSection);
            ops.push(Op::SetFont {
                font: PdfFontHandle::External(FontId(piece.face.resource().to_owned())),
                size: Pt(self.size),
            });
            ops.push(actual_text(&piece.text));
            for glyph in &piece.glyphs {
                ops.push(Op::SetTextMatrix {
                    matrix: TextMatrix::Raw([1.0, 0.0, 0.0, 1.0, x + glyph.x, y + glyph.y]),
                });
                ops.push(Op::ShowText {
                    items: vec![TextItem::GlyphIds(vec![Codepoint::new(glyph.gid, 0.0)])],
                });
            }
            ops.push(Op::EndMarkedContent);
            ops.push(Op::EndTextSection);
        }
    }
}

/// Where lines may end, as byte offsets, each with whether it must (after a
/// line break character); the text's end is always one.
fn break_opportunities(text: &str) -> Vec<(usize, bool)> {
    let segmenter = LineSegmenter::new_auto(LineBreakOptions::default());
    segmenter
        .segment_str(text)
        .filter(|at| *at > 0)
        .map(|at| {
            let mandatory = at == text.len()
                || text[..at].ends_with([
                    '\n', '\r', '\u{0B}', '\u{0C}', '\u{85}', '\u{2028}', '\u{2029}',
                ]);
            (at, mandatory)
        })
        .collect()
}

/// `BDC /Span << /ActualText <UTF-16BE> >>`: what copying and searching give
/// for the glyphs inside, whatever their order and ligatures.
fn actual_text(text: &str) -> Op {
    let mut data = vec![0xFE, 0xFF];
    for unit in text.encode_utf16() {
        data.extend_from_slice(&unit.to_be_bytes());
    }
    Op::BeginMarkedContentWithProperties {
        tag: "Span".to_owned(),
        properties: DictItem::Dict {
            map: [(
                "ActualText".to_owned(),
                DictItem::String {
                    data,
                    literal: false,
                },
            )]
            .into_iter()
            .collect(),
        },
    }
}

//! The fonts the documents are set in, one per script group: Noto Sans for
//! Latin (with Vietnamese), Noto Sans CJK for Chinese, and Noto Sans Thai,
//! Khmer, Lao, Myanmar and Tamil (Singapore). The script fonts ship in
//! `assets/fonts` (SIL Open Font License, `assets/fonts/OFL.txt`) and are
//! used first, so the same
//! inputs give the same PDF on every machine; the system's copies serve when
//! the assets are not beside the binary. The complete CJK font is too large
//! to ship, so the system's is used first (Debian and Ubuntu:
//! `fonts-noto-cjk`, which the README's commands install; macOS and Windows:
//! their own), and a shipped subset (the 6,763 characters of GB 2312) serves
//! without it. A character no font has refuses the document with a clear
//! error rather than printing an empty box.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use unicode_script::{Script, UnicodeScript as _};

/// Which font a run of text is set in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Face {
    Latin,
    Cjk,
    Thai,
    Khmer,
    Lao,
    Myanmar,
    Tamil,
}

impl Face {
    pub const ALL: [Face; 7] = [
        Face::Latin,
        Face::Cjk,
        Face::Thai,
        Face::Khmer,
        Face::Lao,
        Face::Myanmar,
        Face::Tamil,
    ];

    /// The face a character's script asks for; `None` for characters of any
    /// script (spaces, digits, punctuation, combining marks), which stay in
    /// the run they are in.
    pub fn for_char(c: char) -> Option<Face> {
        match c.script() {
            Script::Han
            | Script::Hiragana
            | Script::Katakana
            | Script::Bopomofo
            | Script::Hangul => Some(Face::Cjk),
            Script::Thai => Some(Face::Thai),
            Script::Khmer => Some(Face::Khmer),
            Script::Lao => Some(Face::Lao),
            Script::Myanmar => Some(Face::Myanmar),
            Script::Tamil => Some(Face::Tamil),
            Script::Common | Script::Inherited | Script::Unknown => {
                // Full-width forms and CJK punctuation belong with Chinese text.
                matches!(c, '\u{3000}'..='\u{303f}' | '\u{ff00}'..='\u{ffef}').then_some(Face::Cjk)
            }
            _ => Some(Face::Latin),
        }
    }

    /// The PDF resource name; fixed, so the same inputs give the same file.
    /// Six capitals, because it also becomes the subset tag of the embedded
    /// font's name (`RDLATN+NotoSans-Regular`), which readers recognise.
    pub fn resource(self) -> &'static str {
        match self {
            Face::Latin => "RDLATN",
            Face::Cjk => "RDCJKS",
            Face::Thai => "RDTHAI",
            Face::Khmer => "RDKHMR",
            Face::Lao => "RDLAOS",
            Face::Myanmar => "RDMYAN",
            Face::Tamil => "RDTAML",
        }
    }

    /// The shipped file in `assets/fonts`, if any, tried first.
    fn shipped(self) -> Option<&'static str> {
        match self {
            Face::Latin => Some("NotoSans-Regular.ttf"),
            Face::Cjk => Some("NotoSansSC-Common.otf"),
            Face::Thai => Some("NotoSansThai-Regular.ttf"),
            Face::Khmer => Some("NotoSansKhmer-Regular.ttf"),
            Face::Lao => Some("NotoSansLao-Regular.ttf"),
            Face::Myanmar => Some("NotoSansMyanmar-Regular.ttf"),
            Face::Tamil => Some("NotoSansTamil-Regular.ttf"),
        }
    }

    /// System files to try next, with the face index inside a collection:
    /// Linux's and macOS's (Windows' are in `windows`; a Unix path means
    /// nothing there).
    fn system(self) -> &'static [(&'static str, u32)] {
        if cfg!(windows) {
            return &[];
        }
        match self {
            Face::Latin => &[("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf", 0)],
            // Index 2 is Simplified Chinese in the Noto CJK collections.
            Face::Cjk => &[
                ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
                ("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc", 2),
                (
                    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
                    2,
                ),
                (
                    "/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf",
                    0,
                ),
                ("/System/Library/Fonts/Supplemental/Songti.ttc", 0),
            ],
            Face::Thai => &[("/usr/share/fonts/truetype/noto/NotoSansThai-Regular.ttf", 0)],
            Face::Khmer => &[(
                "/usr/share/fonts/truetype/noto/NotoSansKhmer-Regular.ttf",
                0,
            )],
            Face::Lao => &[("/usr/share/fonts/truetype/noto/NotoSansLao-Regular.ttf", 0)],
            Face::Myanmar => &[(
                "/usr/share/fonts/truetype/noto/NotoSansMyanmar-Regular.ttf",
                0,
            )],
            Face::Tamil => &[(
                "/usr/share/fonts/truetype/noto/NotoSansTamil-Regular.ttf",
                0,
            )],
        }
    }

    /// Windows' own fonts for a face, in its fonts folder
    /// (`%SystemRoot%\Fonts`, wherever Windows is installed): Microsoft
    /// YaHei, then SimSun, for Chinese. The other faces ship whole.
    fn windows(self) -> Vec<(PathBuf, u32)> {
        let Some(system_root) =
            std::env::var_os("SystemRoot").or_else(|| std::env::var_os("windir"))
        else {
            return Vec::new();
        };
        let fonts = PathBuf::from(system_root).join("Fonts");
        let files: &[(&str, u32)] = match self {
            Face::Cjk => &[("msyh.ttc", 0), ("simsun.ttc", 0)],
            _ => &[],
        };
        files
            .iter()
            .map(|(name, index)| (fonts.join(name), *index))
            .collect()
    }
}

/// Where the shipped fonts are: `REVIEWDESK_FONTS` when set; else beside the
/// program (`fonts/`, or `../fonts` from the Windows installation's `bin\`,
/// or `../share/reviewdesk/fonts` for an installed package, or the app
/// bundle's `resources/fonts`); else the repository's
/// `assets/fonts`, for builds run from a checkout.
pub fn shipped_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("REVIEWDESK_FONTS") {
        return PathBuf::from(dir);
    }
    let beside_program = std::env::current_exe().ok().and_then(|exe| {
        let dir = exe.parent()?.to_path_buf();
        [
            dir.join("fonts"),
            dir.join("../fonts"),
            dir.join("../share/reviewdesk/fonts"),
            dir.join("../lib/reviewdesk/assets/fonts"),
            dir.join("resources/fonts"),
        ]
        .into_iter()
        .find(|candidate| candidate.join("OFL.txt").is_file())
    });
    beside_program
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/fonts"))
}

/// A font's bytes, loaded once.
#[derive(Debug, Clone)]
pub struct FontData {
    pub face: Face,
    pub bytes: Arc<Vec<u8>>,
    pub index: u32,
    pub path: PathBuf,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FontError {
    /// No font for these faces was found on the system or in `assets/fonts`.
    #[error("no font found for {missing:?}; on Debian or Ubuntu install fonts-noto-cjk")]
    Missing { missing: Vec<Face> },
    /// The text holds characters no loaded font can draw.
    #[error("no font has a glyph for {characters}; on Debian or Ubuntu install fonts-noto-cjk")]
    MissingGlyphs { characters: String },
}

/// The fonts for every face, from the system or `assets_dir`.
pub fn load(assets_dir: &Path) -> Result<Vec<FontData>, FontError> {
    load_with(assets_dir, true)
}

/// Only the fonts shipped in `assets_dir`, as on a machine without fonts
/// of its own.
pub fn load_shipped(assets_dir: &Path) -> Result<Vec<FontData>, FontError> {
    load_with(assets_dir, false)
}

fn load_with(assets_dir: &Path, use_system: bool) -> Result<Vec<FontData>, FontError> {
    let mut loaded = Vec::new();
    let mut missing = Vec::new();
    for face in Face::ALL {
        let shipped = face.shipped().map(|name| (assets_dir.join(name), 0));
        let system = face
            .system()
            .iter()
            .map(|(path, index)| (PathBuf::from(path), *index))
            .chain(face.windows())
            .filter(|_| use_system);
        // The complete system CJK font before the shipped subset; the other
        // faces ship whole, so their shipped file comes first.
        let ordered: Vec<(PathBuf, u32)> = if face == Face::Cjk {
            system.chain(shipped).collect()
        } else {
            shipped.into_iter().chain(system).collect()
        };
        let found = ordered.into_iter().find_map(|(path, index)| {
            let bytes = std::fs::read(&path).ok()?;
            rustybuzz::Face::from_slice(&bytes, index)?;
            Some(FontData {
                face,
                bytes: Arc::new(bytes),
                index,
                path,
            })
        });
        match found {
            Some(font) => loaded.push(font),
            None => missing.push(face),
        }
    }
    if missing.is_empty() {
        Ok(loaded)
    } else {
        Err(FontError::Missing { missing })
    }
}

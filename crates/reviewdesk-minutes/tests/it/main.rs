//! The typesetting checked the way a reader's tools see it: poppler's
//! `pdffonts` (every font embedded and subset) and `pdftotext` (every
//! script's text comes back as written).

mod demo_panel;

use std::path::Path;
use std::process::Command;

use reviewdesk_i18n::Language;
use reviewdesk_minutes::pdf::{self, PAGE_HEIGHT};
use reviewdesk_minutes::text::{Fonts, Line};

fn assets() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/fonts")
}

/// Runs one of poppler's tools; `None` when it is not installed on Windows,
/// where the test's reading back is skipped, saying so. Linux must have it.
/// (`tests/windows/` reads a PDF written on Windows back with poppler on
/// Linux.)
fn run_poppler(command: &mut Command) -> Option<std::process::Output> {
    match command.output() {
        Ok(output) => Some(output),
        Err(e) if cfg!(windows) && e.kind() == std::io::ErrorKind::NotFound => {
            eprintln!(
                "skipped reading the PDF back: poppler ({:?}) is not installed on this Windows",
                command.get_program()
            );
            None
        }
        Err(e) => panic!("{:?}: {e}", command.get_program()),
    }
}

/// Renders `pdf`'s pages (the first `pages`, or all) at 100 dpi into
/// `into/page-N.png`, and fails when poppler complains about anything;
/// false when poppler is not there to render them (see `run_poppler`).
fn rasterise(pdf: &Path, into: &Path, pages: Option<u32>) -> bool {
    let mut command = Command::new("pdftoppm");
    command.args(["-r", "100", "-png"]);
    if let Some(last) = pages {
        command.args(["-f", "1", "-l", &last.to_string()]);
    }
    let Some(rendered) = run_poppler(command.arg(pdf).arg(into.join("page"))) else {
        return false;
    };
    assert!(
        rendered.status.success() && rendered.stderr.is_empty(),
        "{}: poppler complains: {}",
        pdf.display(),
        String::from_utf8_lossy(&rendered.stderr)
    );
    true
}

/// What poppler's `tool` says of `pdf` (see `run_poppler`).
fn poppler(tool: &str, pdf: &Path) -> Option<String> {
    let mut command = Command::new(tool);
    command.arg(pdf);
    if tool == "pdftotext" {
        command.args(["-enc", "UTF-8", "-"]);
    }
    let output = run_poppler(&mut command)?;
    assert!(
        output.status.success(),
        "{tool}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    Some(String::from_utf8(output.stdout).expect("utf-8"))
}

const NAMES: [&str; 8] = [
    "评审会议纪要 Review minutes",
    "Trường Đại học Bách khoa Hà Nội — Nguyễn Thị Hồng Nhung",
    "มหาวิทยาลัยเชียงใหม่ สมศักดิ์ ใจดี",
    "សាកលវិទ្យាល័យភូមិន្ទភ្នំពេញ សុខ សុភ័ក្ត្រ",
    "ມະຫາວິທະຍາໄລແຫ່ງຊາດລາວ ສົມພອນ ພົມມະວົງ",
    "ရန်ကုန်တက္ကသိုလ် ဒေါ်ခင်မြင့်မြင့်",
    "சிங்கப்பூர் தேசிய பல்கலைக்கழகம் முத்து குமார்",
    "广西人工智能学会 合计 87.25 分",
];

#[test]
fn every_script_is_embedded_subset_and_reads_back() {
    let fonts = Fonts::new(reviewdesk_minutes::fonts::load(&assets()).expect("fonts"));
    let mut ops = Vec::new();
    let mut y = PAGE_HEIGHT - 72.0;
    for name in NAMES {
        for line in fonts.paragraph(name, 12.0).lines(450.0) {
            line.draw(72.0, y, &mut ops);
            y -= 18.0;
        }
    }
    let bytes = pdf::write("scripts", &fonts, vec![ops]);
    assert!(
        bytes.len() < 400_000,
        "{} bytes: the fonts are not subset",
        bytes.len()
    );
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("scripts.pdf");
    std::fs::write(&file, bytes).expect("write");
    if let Some(keep) = std::env::var_os("REVIEWDESK_KEEP_PDF") {
        std::fs::copy(&file, keep).expect("keep");
    }

    let Some(fonts_listed) = poppler("pdffonts", &file) else {
        return;
    };
    let rows: Vec<&str> = fonts_listed.lines().skip(2).collect();
    assert_eq!(rows.len(), 7, "{fonts_listed}");
    for row in rows {
        let columns: Vec<&str> = row.split_whitespace().collect();
        // name, type…, encoding, emb, sub, uni, object, id
        let n = columns.len();
        assert_eq!(
            &columns[n - 5..n - 2],
            ["yes", "yes", "yes"],
            "embedded, subset, unicode: {row}"
        );
    }
    let Some(text) = poppler("pdftotext", &file) else {
        return;
    };
    for name in NAMES {
        assert!(text.contains(name), "{name:?} not in:\n{text}");
    }
}

#[test]
fn lines_break_where_the_scripts_allow_and_never_overflow() {
    let fonts = Fonts::new(reviewdesk_minutes::fonts::load(&assets()).expect("fonts"));
    for name in NAMES {
        let paragraph = fonts.paragraph(name, 12.0);
        for width in [60.0, 100.0, 160.0] {
            let lines = paragraph.lines(width);
            for line in &lines {
                let single_cluster = fonts.paragraph(&line.text(), 12.0).lines(0.0).len() == 1;
                assert!(
                    line.width <= width + 0.01 || single_cluster,
                    "{name:?} at {width}: {:?} is {} wide",
                    line.text(),
                    line.width
                );
            }
            let joined: String = lines.iter().map(|l| l.text()).collect::<Vec<_>>().join("");
            assert_eq!(
                joined.replace(' ', ""),
                name.replace(' ', ""),
                "nothing lost or repeated at {width}"
            );
        }
    }
    // Every language's longer labels wrap within the width too.
    for language in Language::ALL {
        let l = reviewdesk_i18n::Localizer::new(language);
        for id in [
            "minutes-subtitle",
            "minutes-rules",
            "minutes-method-trimmed_mean",
        ] {
            let text = l.format(id, &[("min", "5".into())]);
            for width in [200.0, 483.0] {
                for line in fonts.paragraph(&text, 10.0).lines(width) {
                    assert!(
                        line.width <= width + 0.01,
                        "{}: {id} at {width}: {:?} is {} wide",
                        language.tag(),
                        line.text(),
                        line.width
                    );
                }
            }
        }
    }
    // Chinese breaks between characters; a Latin word is never split while
    // a space allows a break.
    let lines = fonts
        .paragraph("评审会议纪要评审会议纪要", 12.0)
        .lines(40.0);
    assert!(lines.len() >= 4 && lines.iter().all(|l| l.text().chars().count() <= 3));
    let lines = fonts.paragraph("Review minutes", 12.0).lines(60.0);
    assert_eq!(
        lines.iter().map(Line::text).collect::<Vec<_>>(),
        ["Review", "minutes"]
    );
}

/// Thai, Lao, Khmer and Burmese write words without spaces between them; a
/// line may still only end where a word does, never inside one.
#[test]
fn scripts_without_spaces_break_between_words() {
    let fonts = Fonts::new(reviewdesk_minutes::fonts::load(&assets()).expect("fonts"));
    // Each phrase as its words (a line may end after any of them), and the
    // longest word a dictionary may keep whole (compounds such as អ្នកជំនាញ,
    // "expert", are one word to it): lines at least that wide never need to
    // split a word.
    let phrases: [(&[&str], &str); 4] = [
        (
            &["การ", "ประเมิน", "ผู้", "เชี่ยวชาญ", "สำหรับ", "การ", "แข่งขัน"],
            "เชี่ยวชาญ",
        ),
        (&["ການ", "ປະເມີນ", "ຜົນ", "ຂອງ", "ຜູ້", "ຊ່ຽວຊານ"], "ຊ່ຽວຊານ"),
        (&["ការ", "វាយ", "តម្លៃ", "របស់", "អ្នក", "ជំនាញ"], "អ្នកជំនាញ"),
        (&["ကျွမ်းကျင်", "သူ", "များ", "၏", "အကဲဖြတ်ချက်"], "များ၏အကဲဖြတ်ချက်"),
    ];
    for (words, longest) in phrases {
        let text: String = words.concat();
        let ends: Vec<usize> = words
            .iter()
            .scan(0, |at, word| {
                *at += word.len();
                Some(*at)
            })
            .collect();
        let widest = fonts.paragraph(longest, 12.0).natural_width();
        let mut wrapped = false;
        for width in [widest + 1.0, widest * 1.6, widest * 2.2] {
            let lines = fonts.paragraph(&text, 12.0).lines(width);
            wrapped |= lines.len() > 1;
            let mut at = 0;
            for line in &lines {
                at += line.text().len();
                assert!(
                    ends.contains(&at),
                    "{text:?} at {width}: a line ends inside a word: {:?}",
                    lines.iter().map(Line::text).collect::<Vec<_>>()
                );
            }
        }
        assert!(wrapped, "{text:?} never needed more than one line");
    }
}

#[test]
fn the_demo_panels_minutes_hold_every_name_and_number_in_every_script() {
    let minutes = demo_panel::demo_minutes(1, demo_panel::EXPERTS);
    let bytes =
        reviewdesk_minutes::minutes::render(&minutes, &assets(), Language::En).expect("minutes");
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("minutes.pdf");
    std::fs::write(&file, &bytes).expect("write");
    if let Some(keep) = std::env::var_os("REVIEWDESK_KEEP_MINUTES") {
        std::fs::copy(&file, keep).expect("keep");
    }
    let Some(listed) = poppler("pdffonts", &file) else {
        return;
    };
    for row in listed.lines().skip(2) {
        let columns: Vec<&str> = row.split_whitespace().collect();
        let n = columns.len();
        assert_eq!(&columns[n - 5..n - 2], ["yes", "yes", "yes"], "{row}");
    }
    // pdftotext lays table cells out in columns; compare without spacing.
    let squeeze = |text: &str| text.split_whitespace().collect::<String>();
    let Some(text) = poppler("pdftotext", &file) else {
        return;
    };
    let text = squeeze(&text);
    for expected in demo_panel::expected_texts(&minutes) {
        assert!(
            text.contains(&squeeze(&expected)),
            "{expected:?} is missing"
        );
    }
    assert!(
        text.contains(&minutes.content_hash()),
        "the footer names the content hash"
    );
    // Each applicant's line says how its score was aggregated: a trimmed
    // mean of five, or the plain mean where a recusal left four.
    assert!(text.contains(&squeeze("trimmed mean of 3 (dropped")));
    assert!(text.contains(&squeeze("mean of 4")));

    // Rendered as a reader sees them: every page rasterises at 100 dpi, and
    // the pages are kept in target/tmp/minutes for a person to look at.
    let shots = Path::new(env!("CARGO_TARGET_TMPDIR")).join("minutes");
    std::fs::create_dir_all(&shots).expect("shots");
    if !rasterise(&file, &shots, None) {
        return;
    }
    let pages: Vec<_> = std::fs::read_dir(&shots)
        .expect("shots")
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with("page"))
        .collect();
    assert!(pages.len() >= 2);
    for page in pages {
        // A blank A4 page at 100 dpi compresses to a few hundred bytes.
        let size = page.metadata().expect("size").len();
        assert!(
            size > 20_000,
            "{:?} looks blank ({size} bytes)",
            page.path()
        );
    }
}

/// The minutes speak Chinese and the reader's language: every language's
/// labels come out shaped, embedded and readable; each language's PDF and
/// first pages are kept in target/tmp/minutes-<tag> for a person to look at.
#[test]
fn minutes_speak_each_readers_language_beside_chinese() {
    let minutes = demo_panel::demo_minutes(1, demo_panel::EXPERTS);
    let squeeze = |text: &str| text.split_whitespace().collect::<String>();
    for language in Language::ALL {
        let bytes =
            reviewdesk_minutes::minutes::render(&minutes, &assets(), language).expect("minutes");
        let shots =
            Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("minutes-{}", language.tag()));
        std::fs::create_dir_all(&shots).expect("shots");
        let file = shots.join("minutes.pdf");
        std::fs::write(&file, &bytes).expect("write");
        let Some(text) = poppler("pdftotext", &file) else {
            return;
        };
        let text = squeeze(&text);
        let second = if language == Language::ZhCn {
            Language::En
        } else {
            language
        };
        let l = reviewdesk_i18n::Localizer::new(second);
        for id in [
            "minutes-title",
            "minutes-section-rule",
            "minutes-section-calibration",
            "minutes-section-signatures",
        ] {
            let label = l.format(id, &[]);
            assert!(
                text.contains(&squeeze(&label)),
                "{}: {label:?} is missing",
                language.tag()
            );
        }
        assert!(text.contains("评审会议纪要"), "{}", language.tag());
        assert!(rasterise(&file, &shots, Some(2)) || cfg!(windows));
    }
}

/// The text of `minutes` rendered beside English, as pdftotext reads it, with
/// no white space (tables lay words out in columns); `None` without poppler.
fn english_minutes_text(minutes: &reviewdesk_minutes::minutes::Minutes) -> Option<String> {
    let bytes =
        reviewdesk_minutes::minutes::render(minutes, &assets(), Language::En).expect("minutes");
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("minutes.pdf");
    std::fs::write(&file, bytes).expect("write");
    let text = poppler("pdftotext", &file)?;
    Some(text.split_whitespace().collect())
}

/// The calibration section prints what the domain computes from the same
/// scores: each demand's Kendall's W and the panel's ICC(2,k), in Chinese
/// and in the reader's language, beside the ranking by the rule.
#[test]
fn the_minutes_print_the_panels_calibration_and_agreement() {
    let minutes = demo_panel::demo_minutes(1, demo_panel::EXPERTS);
    let calibration = reviewdesk_minutes::calibration::of(&minutes);
    assert!(!calibration.experts.is_empty() && !calibration.demands.is_empty());
    let Some(text) = english_minutes_text(&minutes) else {
        return;
    };
    let squeeze = |text: &str| text.split_whitespace().collect::<String>();
    let value = |v: Option<reviewdesk_domain::calibration::Coefficient>| {
        v.map_or_else(|| "not defined".to_owned(), |v| v.to_string())
    };
    let icc = value(calibration.icc.value);
    for expected in [
        "评分校准与一致性".to_owned(),
        "Calibration and agreement".to_owned(),
        format!(
            "Across the panel: ICC(2,k) = {icc} (experts: {}, applicants: {})",
            calibration.icc.experts, calibration.icc.applicants
        ),
        format!(
            "全体专家组：组内相关系数 ICC(2,k) = {}",
            value(calibration.icc.value)
        ),
    ] {
        assert!(
            text.contains(&squeeze(&expected)),
            "{expected:?} is missing"
        );
    }
    for demand in &calibration.demands {
        let line = format!(
            "Demand {}: Kendall's W = {}",
            demand.demand_id,
            value(demand.kendall_w.value)
        );
        assert!(text.contains(&squeeze(&line)), "{line:?} is missing");
    }
}

/// The rule is printed as the arithmetic applies it: a trimmed mean is never
/// taken of fewer than three scores whatever `trim_min_scores` says, and a tie
/// the call's chain leaves open is not said to go to a vote the rule lacks.
#[test]
fn the_minutes_print_the_rule_as_applied() {
    let mut minutes = demo_panel::demo_minutes(1, demo_panel::EXPERTS);
    minutes.rule.trim_min_scores = 2;
    minutes.rule.tie_break.clear();
    minutes.rule.rank_by = reviewdesk_domain::panel::RankBy::Normalised;
    let tied: Vec<reviewdesk_domain::ApplicationId> = minutes.demands[0]
        .applicants
        .iter()
        .take(2)
        .map(|a| a.application_id.clone())
        .collect();
    minutes.demands[0].result.outcome = reviewdesk_domain::panel::DemandOutcome::TieUnresolved {
        application_ids: tied,
    };
    let Some(text) = english_minutes_text(&minutes) else {
        return;
    };
    assert!(text.contains("withfewerthan3scores"), "the applied minimum");
    assert!(!text.contains("fewerthan2"));
    assert!(text.contains("thecall'srulebreaksthetienofurther"));
    assert!(!text.contains("thepaneldecidesbyvote"));
    assert!(text.contains("本批次规则不再进一步区分"));
    assert!(text.contains("Therankingordersbythenormalisedscore"));
    assert!(text.contains("排序依据标准化分"));
}

/// The same minutes give the same PDF, but for the creation date and the
/// document id.
#[test]
fn the_same_minutes_give_the_same_pdf() {
    let minutes = demo_panel::demo_minutes(1, demo_panel::EXPERTS);
    let first =
        reviewdesk_minutes::minutes::render(&minutes, &assets(), Language::En).expect("minutes");
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let second =
        reviewdesk_minutes::minutes::render(&minutes, &assets(), Language::En).expect("minutes");
    let differing: Vec<usize> = first
        .iter()
        .zip(&second)
        .enumerate()
        .filter(|(_, (a, b))| a != b)
        .map(|(i, _)| i)
        .collect();
    assert_eq!(first.len(), second.len());
    let context = |at: usize| {
        String::from_utf8_lossy(&first[at.saturating_sub(120)..(at + 10).min(first.len())])
            .into_owned()
    };
    for at in differing {
        let around = context(at);
        assert!(
            around.contains("CreationDate")
                || around.contains("ModDate")
                || around.contains("/ID")
                || around.contains("uuid")
                || around.contains("Date>"),
            "differs at {at}: {around:?}"
        );
    }
}

#[test]
fn an_experts_opinion_form_holds_every_score_reason_and_opinion() {
    use reviewdesk_domain::scores::PackagedSheet;
    use reviewdesk_domain::sheet::SheetInput;
    let document = reviewdesk_demo::generate(reviewdesk_demo::DEMO_SEED, 1);
    let rubric = reviewdesk_domain::default_rubrics::pre_review();
    let items: Vec<_> = rubric.criteria.iter().flat_map(|c| &c.items).collect();
    let scored: SheetInput = serde_json::from_value(serde_json::json!({
        "declaration": {"kind": "no_conflict"},
        "scores": items.iter().enumerate().map(|(i, item)| (item.id.clone(), format!("{}.5", 4 + i % 5))).collect::<std::collections::BTreeMap<_, _>>(),
        "comments": {(items[0].id.clone()): "Giấy phép kinh doanh hợp lệ; 营业执照有效"},
        "recommendation": "recommend_with_conditions",
        "opinion": "Đối tác tại Chiang Mai (เชียงใหม่) đã cam kết dữ liệu; 建议补充数据安全方案。",
    }))
    .expect("sheet");
    let recusal: SheetInput = serde_json::from_value(serde_json::json!({
        "declaration": {"kind": "conflict", "conflict": "former_employer", "details": "曾在该单位任职 Former employee"},
    }))
    .expect("sheet");
    let lead = |id: &str| {
        document
            .applications
            .iter()
            .find(|a| a.id == id)
            .expect("app")
            .lead
            .name
            .clone()
    };
    let form = reviewdesk_minutes::opinion::OpinionForm {
        call_id: document.call.id.clone(),
        call_title: document.call.title.clone(),
        expert: reviewdesk_minutes::minutes::ExpertEntry {
            id: document.experts[0].id.clone(),
            name: document.experts[0].name.clone(),
            organisation: document.experts[0].organisation.clone(),
            key_fingerprint: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                .into(),
            packages: vec![],
        },
        rubric: rubric.clone(),
        sheets: vec![
            (
                "A001".into(),
                lead("A001"),
                PackagedSheet::new(
                    &"A001".into(),
                    (1, &rubric),
                    &scored,
                    "2025-12-02T09:30:00Z".parse().expect("time"),
                ),
            ),
            (
                "A002".into(),
                lead("A002"),
                PackagedSheet::new(
                    &"A002".into(),
                    (1, &rubric),
                    &recusal,
                    "2025-12-02T09:40:00Z".parse().expect("time"),
                ),
            ),
        ],
    };
    let bytes = reviewdesk_minutes::opinion::render(&form, &assets(), Language::En).expect("form");
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("opinion.pdf");
    std::fs::write(&file, &bytes).expect("write");
    if let Some(keep) = std::env::var_os("REVIEWDESK_KEEP_OPINION") {
        std::fs::copy(&file, keep).expect("keep");
    }
    let squeeze = |text: &str| text.split_whitespace().collect::<String>();
    let Some(text) = poppler("pdftotext", &file) else {
        return;
    };
    let text = squeeze(&text);
    let sheet = &form.sheets[0].2;
    let mut expected: Vec<String> = vec![
        "专家个人评审意见表".into(),
        "A001".into(),
        "A002".into(),
        "曾在该单位任职 Former employee".into(),
        scored.opinion.clone(),
        "Giấy phép kinh doanh hợp lệ; 营业执照有效".into(),
        sheet
            .totals
            .as_ref()
            .and_then(|t| t.overall)
            .expect("overall")
            .to_string(),
    ];
    expected.extend(lead("A001").all_text().map(str::to_owned));
    expected.extend(scored.scores.values().map(ToString::to_string));
    for item in &items {
        expected.push(item.title.best_for("zh-CN").to_owned());
    }
    for wanted in expected {
        assert!(text.contains(&squeeze(&wanted)), "{wanted:?} is missing");
    }
}

#[test]
fn the_score_matrix_csv_opens_in_excel_with_chinese_intact() {
    let minutes = demo_panel::demo_minutes(1, demo_panel::EXPERTS);
    let bytes = reviewdesk_minutes::matrix::csv(&minutes, Language::En);
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBF"),
        "a UTF-8 byte-order mark first"
    );
    let lines = bytes.split(|b| *b == b'\n').count() - 1;
    let crlf = bytes.windows(2).filter(|pair| pair == b"\r\n").count();
    assert!(lines > 1 && crlf == lines, "every line ends in CRLF");
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let header = reader.headers().expect("header").clone();
    assert_eq!(&header[0], "需求 Demand");
    assert_eq!(header.len(), 5 + minutes.criteria.len() + 2);
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    let applicants: usize = minutes.demands.iter().map(|d| d.applicants.len()).sum();
    assert_eq!(rows.len(), applicants * (demo_panel::EXPERTS + 1));
    // Every expert's overall score is there, as in the minutes.
    let first = &minutes.demands[0].applicants[0];
    for score in &first.scores {
        let row = rows
            .iter()
            .find(|r| r[1] == first.application_id && r[3] == score.expert_id)
            .expect("row");
        assert_eq!(
            &row[header.len() - 2],
            score.overall.map(|o| o.to_string()).unwrap_or_default()
        );
    }
    assert!(
        rows.iter().any(|r| r[2].contains("南宁")),
        "Chinese names intact"
    );
}

/// Without the system's CJK font, the shipped subset sets Chinese; a
/// character no font has refuses the document instead of printing a box.
#[test]
fn the_shipped_fonts_suffice_and_a_missing_glyph_is_refused() {
    let fonts = Fonts::new(reviewdesk_minutes::fonts::load_shipped(&assets()).expect("fonts"));
    let mut ops = Vec::new();
    for (index, name) in NAMES.iter().enumerate() {
        for line in fonts.paragraph(name, 12.0).lines(450.0) {
            line.draw(72.0, PAGE_HEIGHT - 72.0 - 20.0 * index as f32, &mut ops);
        }
    }
    assert!(fonts.missing().is_empty(), "{:?}", fonts.missing());
    let bytes = pdf::write("shipped", &fonts, vec![ops]);
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("shipped.pdf");
    std::fs::write(&file, bytes).expect("write");
    let Some(text) = poppler("pdftotext", &file) else {
        return;
    };
    for name in NAMES {
        assert!(text.contains(name), "{name:?} not in:\n{text}");
    }

    let mut minutes = demo_panel::demo_minutes(1, 3);
    minutes.meeting.staff.push("Ana \u{1F600}".into());
    let error = reviewdesk_minutes::minutes::render(&minutes, &assets(), Language::En)
        .expect_err("a missing glyph");
    assert_eq!(
        error,
        reviewdesk_minutes::fonts::FontError::MissingGlyphs {
            characters: "\u{1F600}".into()
        }
    );
}

/// Every character of every shipped message has a glyph in the shipped fonts
/// (the UI's web fonts are subsets of the same faces by script block), so no
/// language prints or shows a box.
#[test]
fn every_locale_can_be_drawn_with_the_shipped_fonts() {
    let fonts = Fonts::new(reviewdesk_minutes::fonts::load_shipped(&assets()).expect("fonts"));
    for language in Language::ALL {
        for file in reviewdesk_i18n::FILES {
            let source = reviewdesk_i18n::source(language, file).expect("shipped file");
            for line in source.lines().filter(|l| !l.starts_with('#')) {
                let _ = fonts.paragraph(line, 10.0);
            }
        }
    }
    assert!(
        fonts.missing().is_empty(),
        "no shipped glyph for {:?}",
        fonts.missing()
    );
}

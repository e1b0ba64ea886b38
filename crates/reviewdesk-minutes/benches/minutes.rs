//! How long the review minutes take to write, for docs/BENCHMARKS.md: a
//! panel of 15 experts over 50 and over 500 applicants, rendered to PDF —
//! next to LibreOffice (the tool staff use today) converting an equivalent
//! document (the same headings, tables and opinions, as HTML) to PDF in the
//! same run.
//!
//! Run with `cargo bench -p reviewdesk-minutes --bench minutes` (LibreOffice's
//! `soffice` must be installed for the comparison; it is skipped otherwise).

#[allow(dead_code, reason = "the tests use the rest of the demo panel")]
#[path = "../tests/it/demo_panel.rs"]
mod demo_panel;

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use reviewdesk_i18n::Language;
use reviewdesk_minutes::minutes::Minutes;

const EXPERTS: usize = 15;

fn median(mut seconds: Vec<f64>) -> f64 {
    seconds.sort_by(f64::total_cmp);
    seconds[seconds.len() / 2]
}

/// The same content as HTML, for LibreOffice.
fn html(minutes: &Minutes) -> String {
    let escape = |t: &str| t.replace('&', "&amp;").replace('<', "&lt;");
    let mut out = format!(
        "<html><head><meta charset=\"utf-8\"><title>{0}</title></head><body><h1>{0} 评审会议纪要 Review Minutes</h1>",
        escape(&minutes.call_id)
    );
    for demand in &minutes.demands {
        out.push_str(&format!(
            "<h2>{} {}</h2><table border=\"1\"><tr><th>专家 Expert</th>",
            demand.id,
            escape(demand.title.best_for("zh-CN"))
        ));
        for applicant in &demand.applicants {
            out.push_str(&format!("<th>{}</th>", applicant.application_id));
        }
        out.push_str("</tr>");
        for (index, expert) in minutes.experts.iter().enumerate() {
            out.push_str(&format!(
                "<tr><td>{}</td>",
                escape(expert.name.best_for("zh-CN"))
            ));
            for applicant in &demand.applicants {
                let score = applicant
                    .scores
                    .get(index)
                    .and_then(|s| s.overall)
                    .map(|p| p.to_string())
                    .unwrap_or_default();
                out.push_str(&format!("<td>{score}</td>"));
            }
            out.push_str("</tr>");
        }
        out.push_str("</table><table border=\"1\"><tr><th>排名 Rank</th><th>揭榜方 Applicant</th><th>综合得分 Overall</th></tr>");
        for result in &demand.result.applicants {
            out.push_str(&format!(
                "<tr><td>{}</td><td>{} {}</td><td>{}</td></tr>",
                result.rank.map(|r| r.to_string()).unwrap_or_default(),
                result.application_id,
                escape(
                    demand
                        .leads
                        .get(&result.application_id)
                        .map(|l| l.best_for("zh-CN"))
                        .unwrap_or_default()
                ),
                result
                    .overall
                    .as_ref()
                    .map(|o| o.value.to_string())
                    .unwrap_or_default()
            ));
        }
        out.push_str("</table>");
        for (application, opinions) in &demand.opinions {
            for (expert, opinion) in opinions {
                out.push_str(&format!(
                    "<p>{application} {expert}: {}</p>",
                    escape(opinion)
                ));
            }
        }
    }
    out.push_str("</body></html>");
    out
}

#[expect(clippy::print_stdout, reason = "a bench prints its figures")]
fn main() {
    if std::env::args().any(|a| a == "--test" || a == "--list") {
        return;
    }
    let fonts = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/fonts");
    let dir = tempfile::tempdir().expect("tempdir");
    let soffice = Command::new("soffice").arg("--version").output().is_ok();
    for (applicants, runs) in [(50, 5), (500, 3)] {
        let minutes = demo_panel::sized_minutes(applicants, EXPERTS);
        let mut times = Vec::new();
        let mut size = 0;
        for _ in 0..runs {
            let started = Instant::now();
            let bytes = reviewdesk_minutes::minutes::render(&minutes, &fonts, Language::En)
                .expect("render");
            times.push(started.elapsed().as_secs_f64());
            size = bytes.len();
            std::fs::write(dir.path().join(format!("minutes-{applicants}.pdf")), &bytes)
                .expect("write");
        }
        let pages = Command::new("pdfinfo")
            .arg(dir.path().join(format!("minutes-{applicants}.pdf")))
            .output()
            .map(|o| {
                String::from_utf8_lossy(&o.stdout)
                    .lines()
                    .find_map(|l| l.strip_prefix("Pages:").map(|p| p.trim().to_owned()))
                    .unwrap_or_default()
            })
            .unwrap_or_default();
        println!(
            "ReviewDesk minutes, {applicants} applicants × {EXPERTS} experts: {:.2} s median of {runs}, {:.1} MiB, {pages} pages",
            median(times),
            size as f64 / (1 << 20) as f64
        );
        if soffice {
            let source = dir.path().join(format!("equivalent-{applicants}.html"));
            std::fs::write(&source, html(&minutes)).expect("html");
            let mut times = Vec::new();
            for _ in 0..runs {
                let started = Instant::now();
                let status = Command::new("soffice")
                    .args([
                        "--headless",
                        "--convert-to",
                        "pdf:writer_pdf_Export",
                        "--outdir",
                    ])
                    .arg(dir.path())
                    .arg(&source)
                    .env("HOME", dir.path())
                    .output()
                    .expect("soffice");
                assert!(
                    status.status.success(),
                    "{}",
                    String::from_utf8_lossy(&status.stderr)
                );
                times.push(started.elapsed().as_secs_f64());
            }
            let converted = dir.path().join(format!("equivalent-{applicants}.pdf"));
            let size = std::fs::metadata(&converted)
                .map(|m| m.len())
                .unwrap_or_default();
            println!(
                "LibreOffice headless, the same content as HTML → PDF: {:.2} s median of {runs}, {:.1} MiB",
                median(times),
                size as f64 / (1 << 20) as f64
            );
        }
    }
}

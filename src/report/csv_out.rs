//! `findings.csv`: one row per finding, for spreadsheets. Same order and statuses as `findings.json`
//! (resolved findings from `--baseline` last; `allowed` ones with the reviewer's reason).
//!
//! Cells whose text comes from the archive are guarded against spreadsheet formula injection: a cell
//! that would start with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'` (OWASP's
//! advice), so a post reading `=HYPERLINK(…)` is shown, not run, when the CSV is opened in Excel.
//! `findings.json` keeps the exact text.

use super::Report;
use std::borrow::Cow;
use std::io;

/// Text safe to put in a spreadsheet cell (see the module docs).
pub fn cell(s: &str) -> Cow<'_, str> {
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{s}")),
        _ => Cow::Borrowed(s),
    }
}

pub const HEADER: [&str; 20] = [
    "finding_id",
    "status",
    "rule",
    "category",
    "severity",
    "confidence",
    "message",
    "action",
    "instruction",
    "platform",
    "kind",
    "timestamp",
    "audience",
    "author",
    "url",
    "source",
    "guidance",
    "text",
    "record_id",
    "allow_reason",
];

pub fn render(report: &Report) -> io::Result<Vec<u8>> {
    let mut out = Vec::new();
    write(report, &mut out)?;
    Ok(out)
}

/// As [`render`], streamed into `out`.
pub fn write(report: &Report, out: &mut dyn io::Write) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(HEADER)?;
    for f in &report.findings {
        let r = &f.record;
        let guidance = f
            .guidance
            .iter()
            .map(|g| format!("{} ¶{}", g.source, g.paragraph))
            .collect::<Vec<_>>()
            .join("; ");
        let author = r
            .author
            .handle
            .as_deref()
            .or(r.author.name.as_deref())
            .unwrap_or("");
        let source = format!(
            "{} → {} #{}",
            r.source.input, r.source.entry, r.source.index
        );
        w.write_record([
            f.id.as_str(),
            f.status.as_deref().unwrap_or(""),
            &f.rule,
            f.category.as_str(),
            f.severity.as_str(),
            &format!("{:.2}", f.confidence),
            &cell(&f.message),
            f.action.kind.as_str(),
            &cell(&f.action.instruction),
            r.platform.as_str(),
            r.kind.as_str(),
            &r.timestamp.map(|t| t.to_canonical()).unwrap_or_default(),
            r.audience.as_str(),
            &cell(author),
            &cell(r.url.as_deref().unwrap_or("")),
            &cell(&source),
            &guidance,
            &cell(&r.text),
            &r.id,
            report
                .allowed
                .get(&f.id)
                .map(|a| a.reason.as_str())
                .unwrap_or(""),
        ])?;
    }
    w.flush()
}

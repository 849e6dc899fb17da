//! `report.html`: one self-contained page a person would rather look at than read.
//!
//! It opens with the figures that matter (records scanned, findings by severity, platforms, the span
//! of years), a timeline of findings per year drawn as inline SVG, then every finding as a card — the
//! post with the words that triggered it highlighted, what to do, why it matters and the guidance
//! paragraph it rests on — with filters by severity, category, platform, action and status. Then the
//! cleanup plan, what changed since the baseline, the rules that fired, and what was and was not read.
//!
//! Constraints that shaped it:
//! - **Offline and self-contained**: CSS and JS are inlined from `assets/`, the chart is SVG generated
//!   here, there are no fonts, images or scripts from anywhere else, and a Content-Security-Policy
//!   (`default-src 'none'`, the inline style and script allowed by their SHA-256 hashes only) stops the
//!   browser fetching anything or running any other script even if something slipped through.
//! - **Hostile content**: post texts, names, URLs and paths come from the archive and are escaped in
//!   every context; links are only made for `http(s)` URLs.
//! - **Works without JS**: every card is in the HTML; the script only filters (state in the URL hash,
//!   `#severity=high&platform=twitter`, so a filtered view can be bookmarked) and marks the page
//!   `data-ready` once it has run.
//! - **Deterministic**: same report, same bytes. A generation date appears only when
//!   `SOURCE_DATE_EPOCH` is set.
//! - **Accessible**: landmarks, a skip link, labelled checkboxes in fieldsets, a live count of shown
//!   findings, a text alternative and a data table for the chart, and colours that pass WCAG AA.

use super::cleanup::{self, PlanRow};
use super::Report;
use crate::model::{Platform, Record};
use crate::rules::{excerpt, Category, Evidence, Finding, Guidance, Registry, RuleMeta, Severity};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io;

const CSS: &str = include_str!("assets/report.css");
const JS: &str = include_str!("assets/report.js");

const SEVERITIES: [Severity; 4] = [
    Severity::High,
    Severity::Medium,
    Severity::Low,
    Severity::Info,
];

/// Escape text for HTML element content and quoted attribute values alike.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// An `http(s)` URL safe to put in `href`, or `None` (no `javascript:`, `data:` or relative links).
fn safe_url(u: &str) -> Option<String> {
    let t = u.trim();
    let lower = t.to_ascii_lowercase();
    let ok = (lower.starts_with("https://") || lower.starts_with("http://"))
        && !t.chars().any(|c| c.is_control() || c.is_whitespace());
    ok.then(|| esc(t))
}

fn base64(bytes: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk.first().copied().unwrap_or(0),
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(A[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn csp_hash(s: &str) -> String {
    format!("'sha256-{}'", base64(&Sha256::digest(s.as_bytes())))
}

fn title_case(s: &str) -> String {
    let s = s.replace('_', " ");
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

fn when(r: &Record) -> String {
    match r.timestamp {
        Some(t) if t.local => format!("{} (local time)", t.at.format("%Y-%m-%d %H:%M")),
        Some(t) => format!("{} UTC", t.at.format("%Y-%m-%d %H:%M")),
        None => "undated".to_string(),
    }
}

/// The generation date, only when `SOURCE_DATE_EPOCH` is set (reproducible builds convention).
fn generated_at() -> Option<String> {
    let secs: i64 = std::env::var("SOURCE_DATE_EPOCH")
        .ok()?
        .trim()
        .parse()
        .ok()?;
    let t = chrono::DateTime::from_timestamp(secs, 0)?;
    Some(t.format("%Y-%m-%d %H:%M UTC").to_string())
}

/// The record text with evidence spans marked. Offsets are chars; out-of-range spans are clamped.
fn highlighted(text: &str, evidence: &[Evidence]) -> String {
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    let spans: Vec<(usize, usize, &str)> = evidence
        .iter()
        .filter(|e| e.end > e.start)
        .map(|e| (e.start.min(n), e.end.min(n), e.matched.as_str()))
        .filter(|(s, e, _)| e > s)
        .collect();
    let mut points: BTreeSet<usize> = BTreeSet::from([0, n]);
    for (s, e, _) in &spans {
        points.insert(*s);
        points.insert(*e);
    }
    let points: Vec<usize> = points.into_iter().collect();
    let mut out = String::new();
    for w in points.windows(2) {
        let (a, b) = (w[0], w[1]);
        let seg: String = chars[a..b].iter().collect();
        let mut kinds: Vec<&str> = spans
            .iter()
            .filter(|(s, e, _)| *s <= a && *e >= b)
            .map(|(_, _, k)| *k)
            .collect();
        kinds.sort();
        kinds.dedup();
        if kinds.is_empty() {
            out += &esc(&seg);
        } else {
            let label = kinds
                .iter()
                .map(|k| k.replace('_', " "))
                .collect::<Vec<_>>()
                .join(", ");
            let _ = write!(
                out,
                "<mark title=\"{}\" data-matched=\"{}\">{}</mark>",
                esc(&label),
                esc(&kinds.join(" ")),
                esc(&seg)
            );
        }
    }
    out
}

/// A filter group: input name, legend, and (value, label) options.
type Facet = (&'static str, &'static str, Vec<(String, String)>);

struct Page<'a> {
    report: &'a Report,
    rules: BTreeMap<&'static str, &'static RuleMeta>,
    /// The page being built; spilled into `sink` between cards so a report with tens of thousands
    /// of findings is never held whole in memory.
    out: String,
    sink: &'a mut dyn io::Write,
    failed: Option<io::Error>,
    /// Cards link to the rule docs instead of repeating them (more than [`INLINE_WHY_MAX`] findings).
    compact_why: bool,
}

/// Buffered page text written out once it passes this size.
const SPILL_BYTES: usize = 256 * 1024;

/// Up to this many findings, each card carries its rule's explanation and the guidance it quotes.
/// Beyond it the cards link to the rule's entry under "The rules behind these findings", which holds
/// the same text once: a decade of history can give tens of thousands of findings, and repeating
/// 3 KB of guidance on each made the page hundreds of megabytes, too large for a browser to open.
const INLINE_WHY_MAX: usize = 1000;

/// Render the report page into memory (tests; the CLI streams with [`write()`]).
pub fn render(report: &Report) -> String {
    let mut bytes = Vec::new();
    // Writing into a Vec cannot fail.
    let _ = write(report, &mut bytes);
    String::from_utf8(bytes).unwrap_or_default()
}

/// Write the report page to `sink` as it is built.
pub fn write(report: &Report, sink: &mut dyn io::Write) -> io::Result<()> {
    let reg = Registry::all();
    let rules = reg.metas().into_iter().map(|m| (m.code, m)).collect();
    let mut p = Page {
        report,
        rules,
        out: String::with_capacity(SPILL_BYTES + 64 * 1024),
        sink,
        failed: None,
        compact_why: report.current().count() > INLINE_WHY_MAX,
    };
    p.document();
    p.spill_all();
    match p.failed {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

impl<'a> Page<'a> {
    /// Write out the buffered text if it has grown large.
    fn spill(&mut self) {
        if self.out.len() >= SPILL_BYTES {
            self.spill_all();
        }
    }

    fn spill_all(&mut self) {
        if self.failed.is_none() {
            if let Err(e) = self.sink.write_all(self.out.as_bytes()) {
                self.failed = Some(e);
            }
        }
        self.out.clear();
    }

    fn meta(&self, code: &str) -> Option<&'static RuleMeta> {
        self.rules.get(code).copied().or_else(|| {
            self.rules
                .values()
                .copied()
                .find(|m| m.code.eq_ignore_ascii_case(code))
        })
    }

    fn current(&self) -> Vec<&'a Finding> {
        let report: &'a Report = self.report;
        report.current().collect()
    }

    fn document(&mut self) {
        let current = self.current();
        let title = format!(
            "hindsight report: {} finding{}",
            current.len(),
            if current.len() == 1 { "" } else { "s" }
        );
        let csp = format!(
            "default-src 'none'; style-src {}; script-src {}; img-src data:; base-uri 'none'; form-action 'none'",
            csp_hash(CSS),
            csp_hash(JS)
        );
        let _ = write!(
            self.out,
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n\
<meta name=\"referrer\" content=\"no-referrer\">\n<meta name=\"robots\" content=\"noindex\">\n\
<meta name=\"generator\" content=\"hindsight {}\">\n<title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n\
<a class=\"skip\" href=\"#findings\">Skip to the findings</a>\n",
            esc(&csp),
            env!("CARGO_PKG_VERSION"),
            esc(&title)
        );
        self.header();
        self.out += "<main>\n";
        self.overview();
        self.timeline();
        self.findings();
        self.plan();
        self.resolved();
        self.stale_allow();
        self.rule_docs();
        self.coverage();
        self.out += "</main>\n";
        let _ = write!(
            self.out,
            "<footer class=\"page\"><p>Made offline by hindsight {} from the archives listed above. \
This page holds the same sensitive content as the archives{}: keep it as you keep them. \
It loads nothing from the internet.</p></footer>\n<script>{JS}</script>\n</body>\n</html>\n",
            env!("CARGO_PKG_VERSION"),
            if self.report.redacted {
                ", less the identifiers masked by --redact"
            } else {
                ""
            }
        );
    }

    fn header(&mut self) {
        let r = self.report;
        self.out += "<header class=\"page\">\n<h1>Social media audit</h1>\n";
        let inputs = r
            .inputs
            .iter()
            .map(|i| format!("<code>{}</code>", esc(i)))
            .collect::<Vec<_>>()
            .join(", ");
        let _ = writeln!(
            self.out,
            "<p>Archives: {}. Checked against the GMC's guidance on doctors' use of social media with {} rule{}.</p>",
            if inputs.is_empty() { "none".into() } else { inputs },
            r.rules_run.len(),
            if r.rules_run.len() == 1 { "" } else { "s" }
        );
        if r.redacted {
            self.out += "<p>Names, handles and identifiers of patients and other people are masked (<code>[NAME-1]</code>, <code>[NHS-NUMBER]</code>…); links and times of your own posts are kept.</p>\n";
        }
        if let Some(b) = &r.baseline {
            let _ = writeln!(self.out, "<p>Compared with <code>{}</code>.</p>", esc(b));
        }
        if let Some(at) = generated_at() {
            let _ = writeln!(self.out, "<p>Generated {}.</p>", esc(&at));
        }
        if r.coverage.has_errors() {
            self.out += "<p class=\"warning\"><strong>Some files could not be read</strong>; see <a href=\"#coverage\">what was read</a>.</p>\n";
        }
        self.out += "</header>\n";
    }

    fn figure(&mut self, class: &str, label: &str, value: &str, note: &str) {
        let _ = writeln!(
            self.out,
            "<div class=\"{}\"><dt>{}</dt><dd>{}{}</dd></div>",
            class,
            esc(label),
            esc(value),
            if note.is_empty() {
                String::new()
            } else {
                format!("<small>{}</small>", esc(note))
            }
        );
    }

    fn overview(&mut self) {
        let r = self.report;
        let t = &r.coverage.totals;
        let current = self.current();
        let count = |s: Severity| current.iter().filter(|f| f.severity == s).count();
        self.out += "<section id=\"overview\" aria-labelledby=\"overview-h\">\n<h2 id=\"overview-h\">At a glance</h2>\n<dl class=\"figures\">\n";
        self.figure(
            "",
            "Records scanned",
            &t.records.to_string(),
            &format!("in {} files read", t.recognised),
        );
        self.figure(
            "",
            "Findings",
            &current.len().to_string(),
            &format!("{} to act on", r.plan.len()),
        );
        for s in SEVERITIES {
            self.figure(
                &format!("sev-{}", s.as_str()),
                &title_case(s.as_str()),
                &count(s).to_string(),
                "",
            );
        }
        let platforms: Vec<String> = t
            .by_platform
            .keys()
            .map(|p| platform_name(p).to_string())
            .collect();
        self.figure(
            "",
            "Platforms",
            &platforms.len().to_string(),
            &platforms.join(", "),
        );
        let range = match (t.first, t.last) {
            (Some(a), Some(b)) if a.year() == b.year() => a.year().to_string(),
            (Some(a), Some(b)) => format!("{}–{}", a.year(), b.year()),
            _ => "—".to_string(),
        };
        let note = match (t.first, t.last) {
            (Some(a), Some(b)) => format!(
                "{} to {}",
                a.at.format("%-d %b %Y"),
                b.at.format("%-d %b %Y")
            ),
            _ => "no dated records".to_string(),
        };
        self.figure("", "Years covered", &range, &note);
        if r.baseline.is_some() {
            let c = r.changes();
            self.figure("", "New since baseline", &c.new.to_string(), "");
            self.figure("", "Unchanged", &c.unchanged.to_string(), "");
            self.figure("", "Resolved", &c.resolved.to_string(), "no longer found");
        }
        if let Some(stale) = &r.allow_stale {
            self.figure(
                "",
                "Accepted by review",
                &r.allowed.len().to_string(),
                &format!("{} stale allow entries", stale.len()),
            );
        }
        self.out += "</dl>\n</section>\n";
    }

    fn timeline(&mut self) {
        let current = self.current();
        let mut by_year: BTreeMap<Option<i32>, [usize; 4]> = BTreeMap::new();
        for f in &current {
            let y = f.record.timestamp.map(|t| t.year());
            let idx = SEVERITIES
                .iter()
                .position(|s| *s == f.severity)
                .unwrap_or(3);
            by_year.entry(y).or_default()[idx] += 1;
        }
        let years: Vec<i32> = by_year.keys().flatten().copied().collect();
        let mut columns: Vec<(String, [usize; 4])> = Vec::new();
        if let (Some(&lo), Some(&hi)) = (years.first(), years.last()) {
            // Every year in the span, so gaps show as gaps; at most a century to keep the chart sane.
            let lo = lo.max(hi.saturating_sub(99));
            for y in lo..=hi {
                columns.push((
                    y.to_string(),
                    by_year.get(&Some(y)).copied().unwrap_or_default(),
                ));
            }
        }
        if let Some(c) = by_year.get(&None) {
            columns.push(("undated".to_string(), *c));
        }
        self.out += "<section id=\"timeline\" aria-labelledby=\"timeline-h\">\n<h2 id=\"timeline-h\">Findings per year</h2>\n<div class=\"chart\">\n";
        if columns.is_empty() {
            self.out += "<p>No findings to chart.</p>\n</div>\n</section>\n";
            return;
        }
        self.out += &timeline_svg(&columns);
        self.out += "<ul class=\"legend\" aria-hidden=\"true\">";
        for s in SEVERITIES {
            let _ = write!(
                self.out,
                "<li><span class=\"swatch-{}\"></span>{}</li>",
                s.as_str(),
                title_case(s.as_str())
            );
        }
        self.out += "</ul>\n<details><summary>Chart data</summary>\n<div class=\"table-wrap\"><table>\n<caption class=\"visually-hidden\">Findings per year by severity</caption>\n<thead><tr><th scope=\"col\">Year</th>";
        for s in SEVERITIES {
            let _ = write!(
                self.out,
                "<th scope=\"col\">{}</th>",
                title_case(s.as_str())
            );
        }
        self.out += "<th scope=\"col\">Total</th></tr></thead>\n<tbody>\n";
        for (label, c) in &columns {
            let _ = write!(self.out, "<tr><th scope=\"row\">{}</th>", esc(label));
            for n in c {
                let _ = write!(self.out, "<td>{n}</td>");
            }
            let _ = writeln!(self.out, "<td>{}</td></tr>", c.iter().sum::<usize>());
        }
        self.out += "</tbody></table></div></details>\n</div>\n</section>\n";
    }

    fn findings(&mut self) {
        let current = self.current();
        self.out += "<section id=\"findings\" aria-labelledby=\"findings-h\">\n<h2 id=\"findings-h\">Findings</h2>\n";
        if current.is_empty() {
            self.out += "<p>Nothing was flagged.</p>\n";
        }
        self.filters(&current);
        let _ = writeln!(
            self.out,
            "<p id=\"shown\" class=\"shown\" role=\"status\" aria-live=\"polite\" tabindex=\"-1\">{} finding{}.</p>",
            current.len(),
            if current.len() == 1 { "" } else { "s" }
        );
        let _ = writeln!(
            self.out,
            "<ol id=\"cards\" class=\"cards\" data-total=\"{}\" data-shown=\"{}\">",
            current.len(),
            current.len()
        );
        for f in &current {
            self.card(f);
            self.spill();
        }
        self.out += "</ol>\n</section>\n";
    }

    fn filters(&mut self, current: &[&Finding]) {
        if current.is_empty() {
            return;
        }
        let mut facets: Vec<Facet> = Vec::new();
        let present = |get: &dyn Fn(&Finding) -> String| -> BTreeMap<String, usize> {
            let mut m = BTreeMap::new();
            for f in current {
                *m.entry(get(f)).or_insert(0) += 1;
            }
            m
        };
        let sev = present(&|f| f.severity.as_str().to_string());
        facets.push((
            "severity",
            "Severity",
            SEVERITIES
                .iter()
                .filter_map(|s| {
                    sev.get(s.as_str()).map(|n| {
                        (
                            s.as_str().to_string(),
                            format!("{} ({n})", title_case(s.as_str())),
                        )
                    })
                })
                .collect(),
        ));
        let cat = present(&|f| f.category.as_str().to_string());
        facets.push((
            "category",
            "Category",
            Category::ALL
                .iter()
                .filter_map(|c| {
                    cat.get(c.as_str()).map(|n| {
                        (
                            c.as_str().to_string(),
                            format!("{} ({n})", title_case(c.as_str())),
                        )
                    })
                })
                .collect(),
        ));
        let plat = present(&|f| f.record.platform.as_str().to_string());
        facets.push((
            "platform",
            "Platform",
            Platform::ALL
                .iter()
                .filter_map(|p| {
                    plat.get(p.as_str()).map(|n| {
                        (
                            p.as_str().to_string(),
                            format!("{} ({n})", p.display_name()),
                        )
                    })
                })
                .collect(),
        ));
        let act = present(&|f| f.action.kind.as_str().to_string());
        facets.push((
            "action",
            "Action",
            act.iter()
                .map(|(k, n)| (k.clone(), format!("{} ({n})", title_case(k))))
                .collect(),
        ));
        let st = present(&|f| f.status.clone().unwrap_or_default());
        if !(st.len() == 1 && st.contains_key("")) {
            facets.push((
                "status",
                "Status",
                st.iter()
                    .map(|(k, n)| {
                        let label = if k.is_empty() { "none" } else { k.as_str() };
                        (k.clone(), format!("{} ({n})", title_case(label)))
                    })
                    .collect(),
            ));
        }
        self.out += "<form id=\"filters\" class=\"filters\" aria-label=\"Filter findings\">\n";
        for (name, legend, options) in facets {
            let _ = write!(self.out, "<fieldset><legend>{legend}</legend>");
            for (value, label) in options {
                let _ = write!(
                    self.out,
                    "<label><input type=\"checkbox\" name=\"{}\" value=\"{}\" checked> <span>{}</span></label>",
                    name,
                    esc(&value),
                    esc(&label)
                );
            }
            self.out += "</fieldset>\n";
        }
        self.out += "<button type=\"button\" id=\"show-all\">Show all</button>\n</form>\n";
    }

    fn card(&mut self, f: &Finding) {
        let r = &f.record;
        let sev = f.severity.as_str();
        let status = f.status.as_deref().unwrap_or("");
        let meta = self.meta(&f.rule);
        let _ = writeln!(
            self.out,
            "<li id=\"finding-{}\" data-severity=\"{}\" data-category=\"{}\" data-platform=\"{}\" data-action=\"{}\" data-status=\"{}\">",
            esc(&f.id),
            sev,
            f.category.as_str(),
            r.platform.as_str(),
            f.action.kind.as_str(),
            esc(status)
        );
        let _ = write!(
            self.out,
            "<article class=\"card sev-{sev}\" aria-labelledby=\"h-{id}\">\n<header><span class=\"badge sev-{sev}\">{}</span>",
            title_case(sev),
            id = esc(&f.id)
        );
        if !status.is_empty() {
            let _ = write!(
                self.out,
                "<span class=\"badge status status-{}\">{}</span>",
                esc(status),
                esc(&title_case(status))
            );
        }
        let rule_label = match meta {
            Some(m) => format!(
                "<a href=\"#rule-{}\">{}</a> {}",
                esc(m.code),
                esc(m.code),
                esc(m.name)
            ),
            None => esc(&f.rule),
        };
        let _ = write!(
            self.out,
            "<h3 id=\"h-{}\">{}</h3>\n<p class=\"meta\">{} · {} · {} · {} · {} · {}",
            esc(&f.id),
            esc(&title_case(&f.message)),
            rule_label,
            esc(&title_case(f.category.as_str())),
            esc(r.platform.display_name()),
            esc(r.kind.as_str()),
            esc(&when(r)),
            esc(&audience_label(r))
        );
        match r.url.as_deref().and_then(safe_url) {
            Some(u) => {
                let _ = write!(
                    self.out,
                    " · <a href=\"{u}\" rel=\"noopener noreferrer\" target=\"_blank\">Open on {}</a>",
                    esc(r.platform.display_name())
                );
            }
            None => {
                if let Some(c) = r.context.as_deref().or(r.thread.as_deref()) {
                    let _ = write!(self.out, " · in {}", esc(c));
                }
            }
        }
        self.out += "</p></header>\n";
        if !r.text.trim().is_empty() {
            let _ = writeln!(
                self.out,
                "<blockquote class=\"text\">{}</blockquote>",
                highlighted(&r.text, &f.evidence)
            );
        }
        let metadata: Vec<&Evidence> = f.evidence.iter().filter(|e| e.end <= e.start).collect();
        if !metadata.is_empty() {
            self.out += "<ul class=\"evidence\">";
            for e in metadata {
                let _ = write!(
                    self.out,
                    "<li><span class=\"kind\">{}</span> {}</li>",
                    esc(&e.matched.replace('_', " ")),
                    esc(&e.text)
                );
            }
            self.out += "</ul>\n";
        }
        if !r.media.is_empty() {
            let names: Vec<String> = r.media.iter().map(|m| esc(&m.path)).collect();
            let _ = writeln!(self.out, "<p class=\"ids\">Media: {}</p>", names.join(", "));
        }
        if let Some(a) = self.report.allowed.get(&f.id) {
            let mut who = String::new();
            if let Some(rv) = &a.reviewer {
                who += &format!(" — {}", esc(rv));
            }
            if let Some(d) = &a.date {
                who += &format!(", {}", esc(d));
            }
            let _ = writeln!(
                self.out,
                "<p class=\"allowed\"><strong>Accepted on review:</strong> {}{}</p>",
                esc(&a.reason),
                who
            );
        } else if f.severity > Severity::Info && status != "resolved" {
            let _ = writeln!(
                self.out,
                "<p class=\"action action-{}\"><strong>{}:</strong> {}</p>",
                f.action.kind.as_str(),
                esc(&title_case(f.action.kind.as_str())),
                esc(&f.action.instruction)
            );
        }
        self.why(f, meta);
        if !f.related.is_empty() {
            self.out += "<details><summary>Related records</summary><ul>";
            for rel in &f.related {
                let at = rel.timestamp.map(|t| t.to_canonical()).unwrap_or_default();
                let link = rel
                    .url
                    .as_deref()
                    .and_then(safe_url)
                    .map(|u| format!(" <a href=\"{u}\" rel=\"noopener noreferrer\">link</a>"))
                    .unwrap_or_default();
                let _ = write!(
                    self.out,
                    "<li>{} {}: {}{}</li>",
                    esc(rel.platform.display_name()),
                    esc(&at),
                    esc(&rel.excerpt),
                    link
                );
            }
            self.out += "</ul></details>\n";
        }
        let _ = writeln!(
            self.out,
            "<p class=\"ids\">Finding {} · record {} · {} → {} #{}</p>\n</article>\n</li>",
            esc(&f.id),
            esc(&r.id),
            esc(&r.source.input),
            esc(&r.source.entry),
            r.source.index
        );
    }

    fn why(&mut self, f: &Finding, meta: Option<&'static RuleMeta>) {
        // "GMC (2024) Using social media… ¶18, ¶20; GMC (2013)… ¶15": one title per document.
        let mut by_doc: Vec<(String, Vec<String>)> = Vec::new();
        for g in &f.guidance {
            let title = g
                .source()
                .map(|s| s.title().to_string())
                .unwrap_or_else(|| g.source.to_string());
            let para = if g.paragraph.chars().all(|c| c.is_ascii_alphanumeric()) {
                format!("¶{}", g.paragraph)
            } else {
                format!("“{}”", g.paragraph)
            };
            match by_doc.iter_mut().find(|(t, _)| *t == title) {
                Some((_, ps)) => ps.push(para),
                None => by_doc.push((title, vec![para])),
            }
        }
        let cites: Vec<String> = by_doc
            .iter()
            .map(|(t, ps)| format!("{t} {}", ps.join(", ")))
            .collect();
        let _ = writeln!(
            self.out,
            "<details class=\"why\"><summary>Why it matters · {}</summary>",
            esc(&cites.join("; "))
        );
        match meta {
            Some(m) if self.compact_why => {
                let _ = writeln!(
                    self.out,
                    "<p>Why it matters, how to fix it and the guidance quoted: <a href=\"#rule-{code}\">{code}</a>.</p>",
                    code = esc(m.code)
                );
                // Paragraphs this finding cites beyond its rule's own list are quoted here.
                let extra: Vec<Guidance> = f
                    .guidance
                    .iter()
                    .filter(|g| !m.guidance.contains(g))
                    .cloned()
                    .collect();
                self.out += &quotes_html(&extra);
            }
            Some(m) => {
                let _ = writeln!(
                    self.out,
                    "<p>{}</p>\n<p><strong>How to fix:</strong> {}</p>",
                    esc(&collapse(m.why_it_matters)),
                    esc(&collapse(m.how_to_fix))
                );
                self.out += &quotes_html(&f.guidance);
            }
            None => self.out += &quotes_html(&f.guidance),
        }
        self.out += "</details>\n";
    }

    fn plan(&mut self) {
        let rows: &[PlanRow] = &self.report.plan;
        self.out += "<section id=\"plan\" aria-labelledby=\"plan-h\">\n<h2 id=\"plan-h\">Cleanup plan</h2>\n";
        if rows.is_empty() {
            self.out += "<p>Nothing to do.</p>\n</section>\n";
            return;
        }
        let _ = writeln!(
            self.out,
            "<p>{} action{}, most urgent first (the same list is in <code>cleanup.csv</code>).</p>",
            rows.len(),
            if rows.len() == 1 { "" } else { "s" }
        );
        self.out += "<div class=\"table-wrap\"><table>\n<thead><tr><th scope=\"col\">#</th><th scope=\"col\">Action</th><th scope=\"col\">What to do</th><th scope=\"col\">Where</th><th scope=\"col\">Rules</th></tr></thead>\n<tbody>\n";
        for row in rows {
            self.spill();
            let place = if row.is_account_level() {
                format!("{} account settings", esc(row.platform.display_name()))
            } else {
                match row.record.url.as_deref().and_then(safe_url) {
                    Some(u) => format!(
                        "<a href=\"{u}\" rel=\"noopener noreferrer\">{}</a> · {}",
                        esc(row.platform.display_name()),
                        esc(&when(&row.record))
                    ),
                    None => esc(&cleanup::locator(&row.record)),
                }
            };
            let finding_link = row
                .finding_ids
                .first()
                .map(|id| format!(" <a href=\"#finding-{}\">details</a>", esc(id)))
                .unwrap_or_default();
            let _ = writeln!(
                self.out,
                "<tr><td>{}</td><td><span class=\"badge sev-{}\">{}</span> {}</td><td>{}{}</td><td>{}</td><td class=\"nowrap\">{}</td></tr>",
                row.priority,
                row.severity.as_str(),
                title_case(row.severity.as_str()),
                esc(&title_case(row.action.as_str())),
                esc(&row.instruction),
                finding_link,
                place,
                esc(&row.rules.join(" "))
            );
        }
        self.out += "</tbody></table></div>\n</section>\n";
    }

    fn resolved(&mut self) {
        let resolved: Vec<&Finding> = self
            .report
            .findings
            .iter()
            .filter(|f| f.status.as_deref() == Some("resolved"))
            .collect();
        if self.report.baseline.is_none() {
            return;
        }
        self.out += "<section id=\"resolved\" aria-labelledby=\"resolved-h\">\n<h2 id=\"resolved-h\">Resolved since the baseline</h2>\n";
        if resolved.is_empty() {
            self.out += "<p>No finding of the baseline has gone.</p>\n</section>\n";
            return;
        }
        self.out += "<ul>\n";
        for f in resolved {
            let link = f
                .record
                .url
                .as_deref()
                .and_then(safe_url)
                .map(|u| format!(" <a href=\"{u}\" rel=\"noopener noreferrer\">link</a>"))
                .unwrap_or_default();
            let _ = writeln!(
                self.out,
                "<li><span class=\"badge status status-resolved\">Resolved</span> {} {} — {} ({}, {}): “{}”{}</li>",
                esc(&f.rule),
                esc(f.severity.as_str()),
                esc(&f.message),
                esc(f.record.platform.display_name()),
                esc(&when(&f.record)),
                esc(&excerpt(&f.record.text, 100)),
                link
            );
        }
        self.out += "</ul>\n</section>\n";
    }

    fn stale_allow(&mut self) {
        let Some(stale) = &self.report.allow_stale else {
            return;
        };
        if stale.is_empty() {
            return;
        }
        self.out += "<section id=\"allow-stale\" aria-labelledby=\"stale-h\">\n<h2 id=\"stale-h\">Allow-list entries that matched nothing</h2>\n<p>The record was deleted or the rule changed; remove these entries from the allow list.</p>\n<ul>\n";
        for a in stale {
            let _ = writeln!(
                self.out,
                "<li><code>{}</code> {} — {}</li>",
                esc(&a.record),
                esc(&a.rule),
                esc(&a.reason)
            );
        }
        self.out += "</ul>\n</section>\n";
    }

    fn rule_docs(&mut self) {
        let fired: BTreeSet<&str> = self
            .report
            .findings
            .iter()
            .map(|f| f.rule.as_str())
            .collect();
        let metas: Vec<&'static RuleMeta> = fired.iter().filter_map(|c| self.meta(c)).collect();
        if metas.is_empty() {
            return;
        }
        self.out += "<section id=\"rules\" class=\"rules\" aria-labelledby=\"rules-h\">\n<h2 id=\"rules-h\">The rules behind these findings</h2>\n";
        for m in metas {
            let _ = writeln!(
                self.out,
                "<article id=\"rule-{}\"><h3>{} {} — {}</h3>\n<p><strong>What it finds:</strong> {}</p>\n<p><strong>Why it matters:</strong> {}</p>\n<p><strong>Example:</strong> {}</p>\n<p><strong>How to fix:</strong> {}</p>",
                esc(m.code),
                esc(m.code),
                esc(m.name),
                esc(m.summary),
                esc(&collapse(m.what_it_finds)),
                esc(&collapse(m.why_it_matters)),
                esc(&collapse(m.example)),
                esc(&collapse(m.how_to_fix))
            );
            self.out += &quotes_html(m.guidance);
            self.out += "</article>\n";
        }
        self.out += "</section>\n";
    }

    fn coverage(&mut self) {
        let c = &self.report.coverage;
        let t = &c.totals;
        self.out += "<section id=\"coverage\" aria-labelledby=\"coverage-h\">\n<h2 id=\"coverage-h\">What was read</h2>\n<dl class=\"figures\">\n";
        for (label, n) in [
            ("Files and entries", t.entries),
            ("Read", t.recognised),
            ("Skipped on purpose", t.skipped),
            ("Not recognised", t.unrecognised),
            ("Media files", t.media_files),
            ("Could not be read", t.errors),
            ("Duplicates merged", t.duplicates),
            ("Outside --since/--until", t.filtered_out),
        ] {
            self.figure("", label, &n.to_string(), "");
        }
        self.out += "</dl>\n";
        if !c.problems.is_empty() {
            self.out += "<h3>Problems</h3>\n<ul class=\"problems\">\n";
            let mut problems: Vec<_> = c.problems.iter().collect();
            problems.sort_by_key(|p| p.level != crate::input::Level::Error);
            for p in problems {
                let (class, word) = if p.level == crate::input::Level::Error {
                    ("error", "Error")
                } else {
                    ("warn", "Warning")
                };
                let place = match &p.entry {
                    Some(e) => format!("<code>{}</code> → <code>{}</code>", esc(&p.input), esc(e)),
                    None => format!("<code>{}</code>", esc(&p.input)),
                };
                let hint = p
                    .hint
                    .as_deref()
                    .map(|h| format!("<br>What to do: {}", esc(h)))
                    .unwrap_or_default();
                let _ = writeln!(
                    self.out,
                    "<li><span class=\"{class}\">{word}</span> {place}: {}{hint}</li>",
                    esc(&p.message)
                );
            }
            self.out += "</ul>\n";
        }
        if !c.entries.is_empty() {
            let _ = write!(
                self.out,
                "<details{}><summary>Every file ({})</summary>\n<div class=\"table-wrap\"><table>\n<thead><tr><th scope=\"col\">File</th><th scope=\"col\">Read as</th><th scope=\"col\">Outcome</th><th scope=\"col\">Records</th><th scope=\"col\">Unparsed items</th><th scope=\"col\">Span</th></tr></thead>\n<tbody>\n",
                if c.entries.len() <= 40 { " open" } else { "" },
                c.entries.len()
            );
            for e in &c.entries {
                let outcome = match &e.reason {
                    Some(r) => format!("{} ({})", e.role, r),
                    None => e.role.clone(),
                };
                let span = match (e.first, e.last) {
                    (Some(a), Some(b)) => {
                        format!("{} – {}", a.at.format("%Y-%m-%d"), b.at.format("%Y-%m-%d"))
                    }
                    _ => String::new(),
                };
                let _ = writeln!(
                    self.out,
                    "<tr><td><code>{}</code> → <code>{}</code></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                    esc(&e.input),
                    esc(&e.entry),
                    esc(e.source.as_deref().unwrap_or("—")),
                    esc(&outcome),
                    e.records,
                    e.unparsed,
                    esc(&span)
                );
            }
            self.out += "</tbody></table></div></details>\n";
        }
        self.out += "</section>\n";
    }
}

fn platform_name(key: &str) -> &'static str {
    Platform::ALL
        .iter()
        .find(|p| p.as_str() == key)
        .map(|p| p.display_name())
        .unwrap_or("other")
}

fn audience_label(r: &Record) -> String {
    let who = if r.author.is_owner() {
        "yours".to_string()
    } else {
        match r.author.name.as_deref().or(r.author.handle.as_deref()) {
            Some(n) => format!("by {n}"),
            None => "by someone else".to_string(),
        }
    };
    format!("{} · {}", r.audience.as_str(), who)
}

/// The quoted guidance paragraphs, each once: ¶8 and ¶8c quote the same paragraph, so they share one
/// block labelled with both.
fn quotes_html(guidance: &[Guidance]) -> String {
    let mut quotes: Vec<(&'static str, Vec<String>)> = Vec::new();
    for g in guidance {
        let Some(q) = g.quote() else { continue };
        match quotes.iter_mut().find(|(t, _)| *t == q) {
            Some((_, labels)) => labels.push(format!("¶{}", g.paragraph)),
            None => quotes.push((q, vec![g.label()])),
        }
    }
    let mut out = String::new();
    for (q, labels) in quotes {
        let _ = writeln!(
            out,
            "<blockquote class=\"guidance\"><p>{}</p><footer>{}</footer></blockquote>",
            esc(q),
            esc(&labels.join(", "))
        );
    }
    out
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The stacked bar chart of findings per year by severity, as inline SVG.
fn timeline_svg(columns: &[(String, [usize; 4])]) -> String {
    let (w, h) = (760.0_f64, 260.0_f64);
    let (left, right, top, bottom) = (44.0, 12.0, 16.0, 36.0);
    let plot_w = w - left - right;
    let plot_h = h - top - bottom;
    let max = columns
        .iter()
        .map(|(_, c)| c.iter().sum::<usize>())
        .max()
        .unwrap_or(0)
        .max(1);
    let step = nice_step(max);
    let ymax = max.div_ceil(step) * step;
    let total: usize = columns.iter().map(|(_, c)| c.iter().sum::<usize>()).sum();
    let busiest = columns
        .iter()
        .max_by(|a, b| {
            a.1.iter()
                .sum::<usize>()
                .cmp(&b.1.iter().sum::<usize>())
                .then(b.0.cmp(&a.0))
        })
        .map(|(y, c)| format!("{y} ({})", c.iter().sum::<usize>()))
        .unwrap_or_default();
    let dated: Vec<&str> = columns
        .iter()
        .map(|c| c.0.as_str())
        .filter(|y| *y != "undated")
        .collect();
    let span = match (dated.first(), dated.last()) {
        (Some(a), Some(b)) if a == b => format!(" in {a}"),
        (Some(a), Some(b)) => format!(" from {a} to {b}"),
        _ => String::new(),
    };
    let undated = columns
        .iter()
        .find(|c| c.0 == "undated")
        .map(|c| format!(" ({} undated)", c.1.iter().sum::<usize>()))
        .unwrap_or_default();
    let mut s = String::new();
    let _ = write!(
        s,
        "<svg id=\"timeline-chart\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" xmlns=\"http://www.w3.org/2000/svg\">\n<title id=\"chart-title\">Findings per year by severity</title>\n<desc id=\"chart-desc\">{total} findings{}{}; the most in {}.</desc>\n",
        esc(&span),
        esc(&undated),
        esc(&busiest)
    );
    let mut tick = 0;
    while tick <= ymax {
        let y = top + plot_h - (tick as f64 / ymax as f64) * plot_h;
        let _ = writeln!(
            s,
            "<line x1=\"{left}\" x2=\"{:.1}\" y1=\"{y:.1}\" y2=\"{y:.1}\" stroke=\"#d5d9de\" stroke-width=\"1\"/><text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"end\" fill=\"#4a525c\">{tick}</text>",
            w - right,
            left - 6.0,
            y + 4.0
        );
        tick += step;
    }
    let slot = plot_w / columns.len() as f64;
    let bar = (slot * 0.7).min(48.0);
    let label_every = (columns.len() / 16).max(1);
    let colours = ["#b3261e", "#9a4a00", "#35569c", "#5b6168"];
    for (i, (label, counts)) in columns.iter().enumerate() {
        let x = left + slot * i as f64 + (slot - bar) / 2.0;
        let mut y = top + plot_h;
        let sum: usize = counts.iter().sum();
        let _ = write!(s, "<g data-year=\"{}\">", esc(label));
        // Draw from the bottom: info, low, medium, high on top.
        for idx in (0..4).rev() {
            let n = counts[idx];
            if n == 0 {
                continue;
            }
            let bh = n as f64 / ymax as f64 * plot_h;
            y -= bh;
            let _ = write!(
                s,
                "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{bar:.1}\" height=\"{bh:.1}\" fill=\"{}\" data-severity=\"{}\"><title>{}: {} {}</title></rect>",
                colours[idx],
                SEVERITIES[idx].as_str(),
                esc(label),
                n,
                SEVERITIES[idx].as_str()
            );
        }
        if sum > 0 {
            let _ = write!(
                s,
                "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#1b1f24\">{sum}</text>",
                x + bar / 2.0,
                y - 4.0
            );
        }
        if i % label_every == 0 || i + 1 == columns.len() {
            let _ = write!(
                s,
                "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#4a525c\">{}</text>",
                x + bar / 2.0,
                h - bottom + 16.0,
                esc(label)
            );
        }
        s += "</g>\n";
    }
    s += "</svg>\n";
    s
}

/// A round tick step (1, 2, 5, 10, 20, 50…) giving at most five gridlines.
fn nice_step(max: usize) -> usize {
    let mut base: usize = 1;
    loop {
        for m in [1, 2, 5] {
            let step = base.saturating_mul(m);
            if max.div_ceil(step) <= 5 || step == usize::MAX {
                return step;
            }
        }
        base = base.saturating_mul(10);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_every_special_character() {
        assert_eq!(
            esc("<script>alert('x')&\"</script>"),
            "&lt;script&gt;alert(&#39;x&#39;)&amp;&quot;&lt;/script&gt;"
        );
    }

    #[test]
    fn only_http_links_are_made() {
        assert!(safe_url("javascript:alert(1)").is_none());
        assert!(safe_url("data:text/html,x").is_none());
        assert!(safe_url("https://x.com/a/status/1 onmouseover=").is_none());
        assert_eq!(
            safe_url("https://x.com/a/status/1?x=\"y\"").as_deref(),
            Some("https://x.com/a/status/1?x=&quot;y&quot;")
        );
    }

    #[test]
    fn base64_matches_known_vectors() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }

    #[test]
    fn highlights_overlapping_spans_and_clamps_bad_offsets() {
        let ev = |s, e, m: &str| Evidence {
            start: s,
            end: e,
            text: String::new(),
            matched: m.into(),
        };
        let out = highlighted(
            "née <b> 943",
            &[ev(0, 3, "name"), ev(2, 7, "tag"), ev(8, 99, "nhs_number")],
        );
        assert_eq!(
            out,
            "<mark title=\"name\" data-matched=\"name\">né</mark><mark title=\"name, tag\" data-matched=\"name tag\">e</mark><mark title=\"tag\" data-matched=\"tag\"> &lt;b&gt;</mark> <mark title=\"nhs number\" data-matched=\"nhs_number\">943</mark>"
        );
    }

    #[test]
    fn nice_steps_are_round() {
        assert_eq!(nice_step(1), 1);
        assert_eq!(nice_step(5), 1);
        assert_eq!(nice_step(7), 2);
        assert_eq!(nice_step(23), 5);
        assert_eq!(nice_step(48), 10);
        assert_eq!(nice_step(120), 50);
    }
}

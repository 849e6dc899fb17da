//! What the CSV-based social sources (LinkedIn, Reddit, Discord's old packages, YouTube's Takeout)
//! share: decoding, header sniffing, preamble skipping, case-insensitive header maps, a multi-format
//! date parser, and the small text scanners (links, hashtags, mentions) every source runs on its text.
//!
//! Why one helper and not five copies: the same quirks turn up on every platform. LinkedIn wrote
//! UTF-16LE tab-separated files in 2018 and UTF-8 with a BOM later; its `Connections.csv` starts with
//! a three-line notice before the header; headers change spacing and case between years
//! (`Share Commentary` → `ShareCommentary`, `CONVERSATION ID`); dates come in half a dozen shapes.
//! Detection and reading must agree on all of that, so both go through [`head_rows`] / [`Table`].
//!
//! Header names are compared in a normal form ([`norm`]): lower-cased with everything that is not a
//! letter or digit removed, so `Sent At`, `sent_at` and `SENTAT` are the same column.

use crate::ingest::{text, utf8, ReadStats};
use crate::input::{Entry, Limits};
use crate::model::{Provenance, Timestamp};
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use regex::Regex;
use std::collections::BTreeMap;
use std::sync::LazyLock;

/// How many rows before the header a file may carry (LinkedIn's Connections notice is three).
pub const MAX_PREAMBLE_ROWS: usize = 8;

/// A header name in normal form: lower-case letters and digits only.
pub fn norm(s: &str) -> String {
    s.trim_start_matches('\u{feff}')
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Decode a whole file: UTF-8 (BOM or not) without copying when possible, UTF-16 via
/// [`text::decode_text`].
pub fn decode(mut bytes: Vec<u8>) -> String {
    match utf8::sniff(&bytes) {
        (utf8::Encoding::Utf8, bom) => {
            bytes.drain(..bom);
            match String::from_utf8(bytes) {
                Ok(s) => s,
                Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
            }
        }
        _ => text::decode_text(&bytes),
    }
}

/// Read and decode an entry; an unreadable entry is recorded as a failure and gives `None`.
pub fn read_text(entry: &Entry, limits: &Limits, stats: &mut ReadStats) -> Option<String> {
    match entry.read_all(limits) {
        Ok(bytes) => Some(decode(bytes)),
        Err(e) => {
            stats.failed(
                entry,
                format!("cannot read: {e}; the file may be damaged, download the export again"),
            );
            None
        }
    }
}

/// The field delimiter of a CSV text: tab, semicolon or comma, whichever the first non-empty line
/// holds most of outside quotes (comma on a tie).
pub fn sniff_delimiter(text: &str) -> u8 {
    let line = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let (mut commas, mut tabs, mut semis, mut quoted) = (0usize, 0usize, 0usize, false);
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => commas += 1,
            '\t' if !quoted => tabs += 1,
            ';' if !quoted => semis += 1,
            _ => {}
        }
    }
    if tabs > commas && tabs >= semis {
        b'\t'
    } else if semis > commas {
        b';'
    } else {
        b','
    }
}

fn reader(text: &str) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(sniff_delimiter(text))
        .from_reader(text.as_bytes())
}

/// The first rows of a file head, each field in normal form, for detection. A head cut mid-row or
/// mid-quote simply yields fewer rows. UTF-16 heads are decoded first.
pub fn head_rows(head: &[u8], max_rows: usize) -> Vec<Vec<String>> {
    raw_head_rows(head, max_rows)
        .into_iter()
        .map(|r| r.iter().map(|f| norm(f)).collect())
        .collect()
}

/// The first rows of a file head as written (trimmed), for shape checks on data rows.
pub fn raw_head_rows(head: &[u8], max_rows: usize) -> Vec<Vec<String>> {
    let text = text::decode_text(head);
    let mut out = Vec::new();
    for rec in reader(&text).records().take(max_rows) {
        match rec {
            Ok(r) => out.push(r.iter().map(|f| f.trim().to_string()).collect()),
            Err(_) => break,
        }
    }
    out
}

/// True when `row` (normal form) holds every one of `names` (normal form).
pub fn has_all(row: &[String], names: &[&str]) -> bool {
    names.iter().all(|n| row.iter().any(|f| f == n))
}

/// A CSV file positioned after its header row, read row by row.
pub struct Table<'t> {
    /// Header fields in normal form.
    pub header: Vec<String>,
    cols: BTreeMap<String, usize>,
    reader: csv::Reader<&'t [u8]>,
    /// No field can be longer than the text, so a row buffer of this size never has to grow.
    text_len: usize,
}

/// One data row with access by (normal-form) column name.
pub struct Row<'a> {
    record: &'a csv::StringRecord,
    cols: &'a BTreeMap<String, usize>,
    /// 0-based index of the data row (header excluded).
    pub index: u64,
}

impl Row<'_> {
    /// The trimmed, non-empty value of the first of `names` present in the header.
    pub fn get(&self, names: &[&str]) -> Option<&str> {
        names
            .iter()
            .filter_map(|n| self.cols.get(*n))
            .filter_map(|i| self.record.get(*i))
            .map(str::trim)
            .find(|v| !v.is_empty())
    }

    /// The value as written (untrimmed) of the first of `names` present, empty when absent.
    pub fn raw(&self, names: &[&str]) -> &str {
        names
            .iter()
            .filter_map(|n| self.cols.get(*n))
            .find_map(|i| self.record.get(*i))
            .unwrap_or("")
    }

    /// The trimmed, non-empty value at a position.
    pub fn at(&self, i: usize) -> Option<&str> {
        self.record.get(i).map(str::trim).filter(|v| !v.is_empty())
    }

    /// The value at a position as written.
    pub fn raw_at(&self, i: usize) -> &str {
        self.record.get(i).unwrap_or("")
    }

    pub fn len(&self) -> usize {
        self.record.len()
    }

    pub fn is_empty(&self) -> bool {
        self.record.iter().all(|f| f.trim().is_empty())
    }
}

impl<'t> Table<'t> {
    /// Find the header among the first [`MAX_PREAMBLE_ROWS`] rows: the first row `is_header` accepts.
    pub fn open(text: &'t str, is_header: impl Fn(&[String]) -> bool) -> Option<Table<'t>> {
        let mut reader = reader(text);
        let mut record = csv::StringRecord::new();
        for _ in 0..MAX_PREAMBLE_ROWS {
            match reader.read_record(&mut record) {
                Ok(true) => {}
                Ok(false) | Err(_) => return None,
            }
            let header: Vec<String> = record.iter().map(norm).collect();
            if is_header(&header) {
                let mut cols = BTreeMap::new();
                for (i, h) in header.iter().enumerate() {
                    cols.entry(h.clone()).or_insert(i);
                }
                return Some(Table {
                    header,
                    cols,
                    reader,
                    text_len: text.len(),
                });
            }
        }
        None
    }

    /// Call `f` for every non-blank data row; rows the CSV reader rejects are counted as unparsed
    /// items of `entry`.
    pub fn rows(
        self,
        entry: &Entry,
        stats: &mut ReadStats,
        mut f: impl FnMut(&Row, &mut ReadStats),
    ) {
        self.scan(|event| match event {
            Ok(row) => f(row, stats),
            Err(why) => stats.unparsed(entry, why),
        });
    }

    /// Call `f` for every non-blank data row, ignoring rows the CSV reader rejects (for pre-passes
    /// whose rows are counted by the main pass).
    pub fn each(self, mut f: impl FnMut(&Row)) {
        self.scan(|event| {
            if let Ok(row) = event {
                f(row)
            }
        });
    }

    fn scan(mut self, mut f: impl FnMut(Result<&Row, String>)) {
        let mut record = csv::StringRecord::with_capacity(self.text_len, 0);
        let mut index = 0u64;
        loop {
            match self.reader.read_record(&mut record) {
                Ok(false) => break,
                Ok(true) => {
                    let row = Row {
                        record: &record,
                        cols: &self.cols,
                        index,
                    };
                    if !row.is_empty() {
                        f(Ok(&row));
                    }
                }
                Err(e) => f(Err(format!("row {}: {e}", index + 1))),
            }
            index += 1;
        }
    }
}

/// Where a record came from: the entry and the item's position in it.
pub fn provenance(entry: &Entry, index: u64) -> Provenance {
    Provenance {
        input: entry.input.to_string(),
        entry: entry.path.clone(),
        index,
    }
}

/// How to read a time written without a zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Naive {
    /// The platform writes UTC without saying so (Reddit, Discord, TikTok, LinkedIn's ISO dates).
    Utc,
    /// A wall-clock time in the exporter's locale (LinkedIn's US-style `10/16/18, 8:36 AM`).
    Local,
}

const NAIVE_FORMATS: [&str; 8] = [
    "%Y-%m-%d %H:%M:%S%.f",
    "%Y-%m-%dT%H:%M:%S%.f",
    "%Y/%m/%d %H:%M:%S%.f",
    "%Y-%m-%d %H:%M",
    "%Y/%m/%d %H:%M",
    "%d/%m/%Y %H:%M:%S",
    "%d.%m.%Y %H:%M:%S",
    "%d.%m.%Y, %H:%M:%S",
];

/// US-style times LinkedIn wrote in 2018 and still writes in `Invitations.csv`.
const US_FORMATS: [&str; 6] = [
    "%m/%d/%y, %I:%M %p",
    "%m/%d/%Y, %I:%M %p",
    "%m/%d/%y %I:%M %p",
    "%m/%d/%Y %I:%M %p",
    "%m/%d/%y, %H:%M",
    "%m/%d/%Y, %H:%M",
];

const DATE_FORMATS: [&str; 5] = ["%Y-%m-%d", "%d %b %Y", "%b %d, %Y", "%Y/%m/%d", "%d %B %Y"];

/// Parse any of the date shapes the social exports use:
/// RFC 3339 (`2023-05-01T12:00:00Z`, offsets, fractions), `2023-05-01 14:22:10 UTC`,
/// `2017/06/08 08:15:44 UTC`, `2025-07-01 14:33:22`, `2021-05-01 12:00:00.123000+00:00`,
/// `10/16/18, 8:36 AM`, `05 Mar 2024`, and Unix seconds or milliseconds. Zone-less times are read as
/// `naive` says. `None` for anything else.
pub fn parse_time(raw: &str, naive: Naive) -> Option<Timestamp> {
    let s = raw.trim();
    if s.is_empty() {
        return None;
    }
    if s.bytes().all(|b| b.is_ascii_digit()) {
        let n: i64 = s.parse().ok()?;
        return match s.len() {
            9..=10 => Timestamp::from_unix(n),
            12..=13 => Timestamp::from_unix_ms(n),
            _ => None,
        };
    }
    if let Some(t) = Timestamp::parse_rfc3339(s) {
        return Some(t);
    }
    for f in ["%Y-%m-%d %H:%M:%S%.f%:z", "%Y-%m-%d %H:%M:%S%.f%z"] {
        if let Ok(d) = DateTime::parse_from_str(s, f) {
            return Some(Timestamp::utc(d.with_timezone(&Utc)));
        }
    }
    let (body, explicit_utc) = match strip_utc_suffix(s) {
        Some(b) => (b, true),
        None => (s, false),
    };
    let make = |at: NaiveDateTime| {
        if explicit_utc || naive == Naive::Utc {
            Timestamp::utc(at.and_utc())
        } else {
            Timestamp::local(at)
        }
    };
    for f in NAIVE_FORMATS {
        if let Ok(at) = NaiveDateTime::parse_from_str(body, f) {
            return Some(make(at));
        }
    }
    // US times are written in the viewer's locale, never UTC unless they say so.
    let us_body = body.replace('\u{202f}', " ");
    for f in US_FORMATS {
        if let Ok(at) = NaiveDateTime::parse_from_str(&us_body, f) {
            return Some(if explicit_utc {
                Timestamp::utc(at.and_utc())
            } else {
                Timestamp::local(at)
            });
        }
    }
    for f in DATE_FORMATS {
        if let Ok(d) = NaiveDate::parse_from_str(body, f) {
            return Some(make(d.and_hms_opt(0, 0, 0)?));
        }
    }
    None
}

fn strip_utc_suffix(s: &str) -> Option<&str> {
    for suffix in [" UTC", " GMT", "UTC", "Z"] {
        if let Some(b) = s.strip_suffix(suffix) {
            return Some(b.trim_end());
        }
    }
    None
}

/// The most frequent value, ties broken by the smaller value, so the answer never depends on order.
pub fn most_common<I, S>(values: I) -> Option<String>
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    let mut counts: BTreeMap<String, u64> = BTreeMap::new();
    for v in values {
        let v = v.as_ref().trim();
        if !v.is_empty() {
            *counts.entry(v.to_string()).or_insert(0) += 1;
        }
    }
    counts
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
        .map(|(v, _)| v)
}

static LINK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)\b(?:https?://|www\.)[^\s<>"'\]\[)(]+"#).expect("link pattern")
});
static HASHTAG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|[^\w&/])#(\w*[^\W\d]\w*)").expect("hashtag pattern"));
static MENTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\w@./])@([A-Za-z0-9_.]{2,30}\w)").expect("mention pattern")
});
static REDDIT_USER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|[^\w/])/?u/([A-Za-z0-9_-]{3,20})").expect("u/ pattern"));

fn push_unique(out: &mut Vec<String>, v: String) {
    if !out.contains(&v) {
        out.push(v);
    }
}

/// URLs in text, trailing punctuation removed, in order of appearance, without repeats.
pub fn links_in(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for m in LINK.find_iter(text) {
        let link = m
            .as_str()
            .trim_end_matches(['.', ',', ';', ':', '!', '?', '\'', '"']);
        if link.len() > 7 {
            push_unique(&mut out, link.to_string());
        }
    }
    out
}

/// `#tags` in text (not `#123` or URL fragments), without the `#`.
pub fn hashtags_in(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for c in HASHTAG.captures_iter(text) {
        if let Some(m) = c.get(1) {
            push_unique(&mut out, m.as_str().to_string());
        }
    }
    out
}

/// `@handles` in text (not e-mail addresses), without the `@`.
pub fn mentions_in(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for c in MENTION.captures_iter(text) {
        if let Some(m) = c.get(1) {
            push_unique(&mut out, m.as_str().to_string());
        }
    }
    out
}

/// Reddit `u/name` mentions, without the prefix.
pub fn reddit_users_in(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for c in REDDIT_USER.captures_iter(text) {
        if let Some(m) = c.get(1) {
            push_unique(&mut out, m.as_str().to_string());
        }
    }
    out
}

/// Add to `links` every link found in `text` that is not there already.
pub fn add_links(links: &mut Vec<String>, text: &str) {
    for l in links_in(text) {
        push_unique(links, l);
    }
}

/// A media kind guessed from a URL or file name's extension.
pub fn media_kind(path: &str) -> Option<&'static str> {
    let lower = path.to_ascii_lowercase();
    let base = lower.split(['?', '#']).next().unwrap_or("");
    let ext = base.rsplit('.').next().unwrap_or("");
    match ext {
        "jpg" | "jpeg" | "png" | "webp" | "heic" | "heif" | "bmp" | "tif" | "tiff" => Some("photo"),
        "gif" => Some("gif"),
        "mp4" | "mov" | "webm" | "mkv" | "avi" => Some("video"),
        "mp3" | "m4a" | "ogg" | "opus" | "wav" => Some("audio"),
        _ => None,
    }
}

/// Decode `%XX` escapes (LinkedIn URNs inside links); invalid escapes are kept as written.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'%' {
            let hex = bytes
                .get(i + 1..i + 3)
                .and_then(|h| std::str::from_utf8(h).ok())
                .and_then(|h| u8::from_str_radix(h, 16).ok());
            if let Some(v) = hex {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(t: Option<Timestamp>) -> String {
        t.map(|t| t.to_canonical()).unwrap_or_default()
    }

    #[test]
    fn parses_every_documented_date_shape() {
        let u = Naive::Utc;
        assert_eq!(
            at(parse_time("2025-07-01 14:33:22", u)),
            "2025-07-01T14:33:22Z"
        );
        assert_eq!(
            at(parse_time("2017/06/08 08:15:44 UTC", u)),
            "2017-06-08T08:15:44Z"
        );
        assert_eq!(
            at(parse_time("2023-05-01 14:22:10 UTC", u)),
            "2023-05-01T14:22:10Z"
        );
        assert_eq!(
            at(parse_time("2023-05-01T12:00:00Z", u)),
            "2023-05-01T12:00:00Z"
        );
        assert_eq!(
            at(parse_time("2023-09-19T17:42:53.434647+00:00", u)),
            "2023-09-19T17:42:53Z"
        );
        assert_eq!(
            at(parse_time("2021-05-01 12:00:00.123000+00:00", u)),
            "2021-05-01T12:00:00Z"
        );
        assert_eq!(
            at(parse_time("2025-01-26T04:05:31.195+05:30", u)),
            "2025-01-25T22:35:31Z"
        );
        assert_eq!(
            at(parse_time("10/16/18, 8:36 AM", u)),
            "2018-10-16T08:36:00"
        );
        assert_eq!(
            at(parse_time("8/18/18, 12:37 PM", u)),
            "2018-08-18T12:37:00"
        );
        assert_eq!(
            at(parse_time("05 Mar 2024", Naive::Local)),
            "2024-03-05T00:00:00"
        );
        assert_eq!(at(parse_time("1700000000", u)), "2023-11-14T22:13:20Z");
        assert_eq!(at(parse_time("1700000000000", u)), "2023-11-14T22:13:20Z");
        assert_eq!(parse_time("yesterday", u), None);
        assert_eq!(parse_time("", u), None);
        assert_eq!(parse_time("Jun 2018", u), None);
    }

    #[test]
    fn finds_header_after_preamble_and_reads_rows() {
        let text = "Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,Example,https://x,,Acme,Chief,05 Mar 2024\n";
        let t = Table::open(text, |h| has_all(h, &["firstname", "connectedon"])).unwrap();
        let mut seen = Vec::new();
        t.each(|r| seen.push(r.get(&["company"]).unwrap_or("").to_string()));
        assert_eq!(seen, vec!["Acme"]);
    }

    #[test]
    fn sniffs_tabs_and_utf16_heads() {
        let utf16: Vec<u8> =
            "\u{FEFF}\"Date\"\t\"Share Link\"\n\"2017/06/08 08:15:44 UTC\"\t\"x\"\n"
                .encode_utf16()
                .flat_map(|u| u.to_le_bytes())
                .collect();
        let rows = head_rows(&utf16, 4);
        assert_eq!(rows[0], vec!["date", "sharelink"]);
        assert_eq!(decode(utf16).lines().count(), 2);
    }

    #[test]
    fn scans_links_tags_and_mentions() {
        let t =
            "See https://example.org/a, www.nhs.uk. #Health #2024 mail a@b.com @dr_jane u/doc_bob";
        assert_eq!(links_in(t), vec!["https://example.org/a", "www.nhs.uk"]);
        assert_eq!(hashtags_in(t), vec!["Health"]);
        assert_eq!(mentions_in(t), vec!["dr_jane"]);
        assert_eq!(reddit_users_in(t), vec!["doc_bob"]);
    }

    #[test]
    fn most_common_is_order_independent() {
        assert_eq!(most_common(["b", "a", "b", "a"]), Some("a".to_string()));
        assert_eq!(most_common(["x", "y", "y"]), Some("y".to_string()));
        assert_eq!(most_common(Vec::<String>::new()), None);
    }

    #[test]
    fn percent_decodes_urns() {
        assert_eq!(
            percent_decode("urn%3Ali%3Ashare%3A7345"),
            "urn:li:share:7345"
        );
        assert_eq!(percent_decode("100%zz"), "100%zz");
    }
}

//! The cleanup plan (`cleanup.csv`): one row per thing to do, most urgent first.
//!
//! A doctor wants an ordered list they can work through with the platform open beside it, so each row
//! says what to do (`delete`, `edit`, `disclose`, `restrict`, `strip_location`, `review`), exactly how,
//! and where to find the item: its own link where the platform has one (X status, Mastodon status,
//! Reddit permalink, LinkedIn share, Bluesky post — whatever the source put in `record.url`), otherwise
//! the date, the thread or chat, and an excerpt to search for.
//!
//! - A record with several findings gets one row: the strongest action (delete beats edit beats
//!   strip_location…), the highest severity, every rule and guidance paragraph behind it, and the
//!   instructions of its other findings after "Also:" (none after a delete: the item is gone).
//! - Account-level actions (name yourself in the bio, review privacy settings) concern the account, not
//!   one record, so they collapse into one row per platform and action, listing the records behind them,
//!   and come first: they take a minute and change how everything else reads.
//! - Then rows are ordered by severity, reach (public before followers before groups before private),
//!   own content before other people's, time, and record id.
//! - Info findings, findings accepted through `--allow`, and resolved findings are not actions.

use super::csv_out::cell;
use super::Report;
use crate::model::{Platform, Record};
use crate::rules::{ActionKind, Finding, Severity};
use std::cmp::Reverse;
use std::collections::BTreeMap;
use std::io;

/// One action on one record, or one account-level action on one platform.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanRow {
    pub priority: usize,
    pub action: ActionKind,
    pub severity: Severity,
    pub instruction: String,
    pub platform: Platform,
    /// The record acted on (for account rows: the first record behind it).
    pub record: Record,
    /// Every record behind the row (one, except for account rows).
    pub record_ids: Vec<String>,
    pub rules: Vec<String>,
    pub guidance: Vec<String>,
    pub finding_ids: Vec<String>,
    /// `new` when any finding behind the row is new since the baseline, `unchanged` when none is, and
    /// empty without a baseline.
    pub status: String,
}

impl PlanRow {
    pub fn is_account_level(&self) -> bool {
        self.action.is_account_level()
    }
}

/// Does this finding call for an action?
pub fn is_actionable(f: &Finding) -> bool {
    f.severity > Severity::Info
        && !matches!(f.status.as_deref(), Some("resolved") | Some("allowed"))
}

/// Where to find the item: its link, or date, thread and excerpt when the platform has no links.
pub fn locator(r: &Record) -> String {
    if let Some(u) = r.url.as_deref().filter(|u| !u.trim().is_empty()) {
        return u.to_string();
    }
    let when = r
        .timestamp
        .map(|t| t.to_canonical())
        .unwrap_or_else(|| "undated".into());
    let place = r
        .context
        .as_deref()
        .or(r.thread.as_deref())
        .map(|c| format!(" in {c}"))
        .unwrap_or_default();
    format!(
        "{} {} {}{} — \"{}\"",
        r.platform.display_name(),
        r.kind,
        when,
        place,
        crate::rules::excerpt(&r.text, 60)
    )
}

/// `gmc-2024 ¶9; gmc-2024 ¶18`: the paragraphs behind a row, by document then paragraph number.
fn guidance_labels<'a>(fs: impl Iterator<Item = &'a Finding>) -> Vec<String> {
    let mut g: Vec<(String, u32, String)> = fs
        .flat_map(|f| {
            f.guidance.iter().map(|g| {
                let number: String = g
                    .paragraph
                    .chars()
                    .take_while(char::is_ascii_digit)
                    .collect();
                (
                    g.source.to_string(),
                    number.parse().unwrap_or(u32::MAX),
                    g.paragraph.to_string(),
                )
            })
        })
        .collect();
    g.sort();
    g.dedup();
    g.into_iter()
        .map(|(source, _, paragraph)| format!("{source} ¶{paragraph}"))
        .collect()
}

fn sorted_unique(items: impl Iterator<Item = String>) -> Vec<String> {
    let mut v: Vec<String> = items.collect();
    v.sort();
    v.dedup();
    v
}

fn row_status(fs: &[&Finding]) -> String {
    if fs.iter().any(|f| f.status.as_deref() == Some("new")) {
        "new".into()
    } else if fs.iter().any(|f| f.status.as_deref() == Some("unchanged")) {
        "unchanged".into()
    } else {
        String::new()
    }
}

/// An instruction that repeats the row's verb ("Delete this post: it names…") without it ("It
/// names…"), so a row with several reasons to delete says "Delete this post" once.
fn without_repeated_verb(instruction: &str) -> &str {
    let Some(rest) = ["Delete this ", "Remove this "]
        .iter()
        .find_map(|p| instruction.strip_prefix(p))
    else {
        return instruction;
    };
    let noun_end = rest
        .find(|c: char| !(c.is_alphanumeric() || c == ' ' || c == '-'))
        .unwrap_or(rest.len());
    let after = rest[noun_end..]
        .trim_start_matches([':', ';', '.', ','])
        .trim_start();
    // Only when the noun is a word or two ("post", "group message") and something follows.
    if after.is_empty() || rest[..noun_end].split_whitespace().count() > 2 {
        instruction
    } else {
        after
    }
}

fn record_row(fs: Vec<&Finding>) -> Option<PlanRow> {
    let lead = fs.iter().copied().max_by(|a, b| {
        (a.action.kind.strength(), a.severity)
            .cmp(&(b.action.kind.strength(), b.severity))
            .then(b.id.cmp(&a.id))
    })?;
    let severity = fs.iter().map(|f| f.severity).max().unwrap_or(Severity::Low);
    let mut same: Vec<&str> = vec![lead.action.instruction.as_str()];
    let mut also: Vec<&str> = Vec::new();
    let mut ordered = fs.clone();
    ordered.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    for f in &ordered {
        let i = f.action.instruction.as_str();
        if same.contains(&i) || also.contains(&i) {
            continue;
        }
        if f.action.kind == lead.action.kind {
            same.push(without_repeated_verb(i));
        } else if lead.action.kind != ActionKind::Delete && !f.action.kind.is_account_level() {
            also.push(i);
        }
    }
    let mut instruction = same
        .iter()
        .map(|i| capitalised(i))
        .collect::<Vec<_>>()
        .join(" ");
    if !also.is_empty() {
        instruction += &format!(" Also: {}", also.join(" "));
    }
    Some(PlanRow {
        priority: 0,
        action: lead.action.kind,
        severity,
        instruction,
        platform: lead.record.platform,
        record: (*lead.record).clone(),
        record_ids: vec![lead.record.id.clone()],
        rules: sorted_unique(fs.iter().map(|f| f.rule.clone())),
        guidance: guidance_labels(fs.iter().copied()),
        finding_ids: sorted_unique(fs.iter().map(|f| f.id.clone())),
        status: row_status(&fs),
    })
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn account_row(action: ActionKind, fs: Vec<&Finding>) -> Option<PlanRow> {
    let mut ordered = fs.clone();
    ordered.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    let first = ordered.first()?;
    let mut instructions: Vec<&str> = Vec::new();
    for f in &ordered {
        if !instructions.contains(&f.action.instruction.as_str()) {
            instructions.push(&f.action.instruction);
        }
    }
    Some(PlanRow {
        priority: 0,
        action,
        severity: fs.iter().map(|f| f.severity).max().unwrap_or(Severity::Low),
        instruction: instructions.join(" "),
        platform: first.record.platform,
        record: (*first.record).clone(),
        record_ids: sorted_unique(fs.iter().map(|f| f.record.id.clone())),
        rules: sorted_unique(fs.iter().map(|f| f.rule.clone())),
        guidance: guidance_labels(fs.iter().copied()),
        finding_ids: sorted_unique(fs.iter().map(|f| f.id.clone())),
        status: row_status(&fs),
    })
}

/// The plan for a set of findings (statuses already applied).
pub fn plan(findings: &[Finding]) -> Vec<PlanRow> {
    let mut by_record: BTreeMap<&str, Vec<&Finding>> = BTreeMap::new();
    let mut by_account: BTreeMap<(Platform, ActionKind), Vec<&Finding>> = BTreeMap::new();
    for f in findings.iter().filter(|f| is_actionable(f)) {
        if f.action.kind.is_account_level() {
            by_account
                .entry((f.record.platform, f.action.kind))
                .or_default()
                .push(f);
        } else {
            by_record.entry(&f.record.id).or_default().push(f);
        }
    }
    let mut rows: Vec<PlanRow> = by_account
        .into_iter()
        .filter_map(|((_, action), fs)| account_row(action, fs))
        .chain(by_record.into_values().filter_map(record_row))
        .collect();
    rows.sort_by(|a, b| {
        let key = |r: &PlanRow| {
            (
                !r.is_account_level(),
                Reverse(r.severity),
                Reverse(r.record.audience.reach()),
                !r.record.author.is_owner(),
                r.record.timestamp,
                r.platform,
                r.action,
                r.record.id.clone(),
            )
        };
        key(a).cmp(&key(b))
    });
    for (i, r) in rows.iter_mut().enumerate() {
        r.priority = i + 1;
    }
    rows
}

pub const HEADER: [&str; 15] = [
    "priority",
    "action",
    "severity",
    "instruction",
    "platform",
    "kind",
    "timestamp",
    "audience",
    "where",
    "excerpt",
    "rules",
    "guidance",
    "record_id",
    "status",
    "finding_ids",
];

pub fn render(report: &Report) -> io::Result<Vec<u8>> {
    render_rows(&report.plan)
}

pub fn render_rows(rows: &[PlanRow]) -> io::Result<Vec<u8>> {
    let mut out = Vec::new();
    write_rows(rows, &mut out)?;
    Ok(out)
}

/// As [`render_rows`], streamed into `out`.
pub fn write_rows(rows: &[PlanRow], out: &mut dyn io::Write) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(HEADER)?;
    for row in rows {
        let r = &row.record;
        let (kind, timestamp, audience, place, excerpt) = if row.is_account_level() {
            (
                "account".to_string(),
                String::new(),
                String::new(),
                format!(
                    "{} account settings ({} record{})",
                    row.platform.display_name(),
                    row.record_ids.len(),
                    if row.record_ids.len() == 1 { "" } else { "s" }
                ),
                String::new(),
            )
        } else {
            (
                r.kind.to_string(),
                r.timestamp.map(|t| t.to_canonical()).unwrap_or_default(),
                r.audience.to_string(),
                locator(r),
                crate::rules::excerpt(&r.text, 120),
            )
        };
        w.write_record([
            row.priority.to_string().as_str(),
            row.action.as_str(),
            row.severity.as_str(),
            &cell(&row.instruction),
            row.platform.as_str(),
            &kind,
            &timestamp,
            &audience,
            &cell(&place),
            &cell(&excerpt),
            &row.rules.join(" "),
            &row.guidance.join("; "),
            &row.record_ids.join(" "),
            &row.status,
            &row.finding_ids.join(" "),
        ])?;
    }
    w.flush()
}

#[cfg(test)]
mod verb_tests {
    use super::without_repeated_verb;

    #[test]
    fn a_second_reason_to_delete_drops_the_verb_only() {
        assert_eq!(
            without_repeated_verb("Delete this post: it contains a number."),
            "it contains a number."
        );
        assert_eq!(
            without_repeated_verb("Delete this group message; if any must stay, remove “bed 4”."),
            "if any must stay, remove “bed 4”."
        );
        assert_eq!(
            without_repeated_verb("Delete this post."),
            "Delete this post."
        );
        assert_eq!(
            without_repeated_verb("Remove the location from this post."),
            "Remove the location from this post."
        );
    }
}

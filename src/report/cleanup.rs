//! The cleanup plan: one row per record to act on, most urgent first.
//!
//! A record with several findings gets one row: the strongest action (delete beats edit beats
//! strip_location…), the highest severity, and every rule and guidance paragraph behind it. Rows are
//! ordered by severity, then reach (public before private), then own content before others', then time.

use crate::model::Record;
use crate::rules::{ActionKind, Finding, Severity};
use std::collections::BTreeMap;
use std::io;

/// One action on one record.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanRow {
    pub priority: usize,
    pub action: ActionKind,
    pub severity: Severity,
    pub instruction: String,
    pub record: Record,
    pub rules: Vec<String>,
    pub guidance: Vec<String>,
    pub finding_ids: Vec<String>,
}

/// Where to find the item: its link, or date, thread and excerpt when the platform has no links.
pub fn locator(r: &Record) -> String {
    if let Some(u) = &r.url {
        return u.clone();
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
        "{} {}{} — \"{}\"",
        r.platform.display_name(),
        when,
        place,
        crate::rules::excerpt(&r.text, 60)
    )
}

pub fn plan(findings: &[Finding]) -> Vec<PlanRow> {
    let mut by_record: BTreeMap<&str, Vec<&Finding>> = BTreeMap::new();
    for f in findings
        .iter()
        .filter(|f| f.severity > Severity::Info && f.status.as_deref() != Some("resolved"))
    {
        by_record.entry(&f.record.id).or_default().push(f);
    }
    let mut rows: Vec<PlanRow> = by_record
        .into_values()
        .map(|fs| {
            let lead = fs
                .iter()
                .max_by(|a, b| {
                    (a.action.kind.strength(), a.severity)
                        .cmp(&(b.action.kind.strength(), b.severity))
                        .then(b.id.cmp(&a.id))
                })
                .expect("at least one finding per record");
            let severity = fs.iter().map(|f| f.severity).max().unwrap_or(Severity::Low);
            let mut instructions: Vec<&str> = vec![lead.action.instruction.as_str()];
            for f in &fs {
                if !instructions.contains(&f.action.instruction.as_str())
                    && f.action.kind == lead.action.kind
                {
                    instructions.push(&f.action.instruction);
                }
            }
            let mut rules: Vec<String> = fs.iter().map(|f| f.rule.clone()).collect();
            rules.sort();
            rules.dedup();
            let mut guidance: Vec<String> = fs
                .iter()
                .flat_map(|f| {
                    f.guidance
                        .iter()
                        .map(|g| format!("{} ¶{}", g.source, g.paragraph))
                })
                .collect();
            guidance.sort();
            guidance.dedup();
            let mut finding_ids: Vec<String> = fs.iter().map(|f| f.id.clone()).collect();
            finding_ids.sort();
            PlanRow {
                priority: 0,
                action: lead.action.kind,
                severity,
                instruction: instructions.join(" "),
                record: lead.record.clone(),
                rules,
                guidance,
                finding_ids,
            }
        })
        .collect();
    rows.sort_by(|a, b| {
        let key = |r: &PlanRow| {
            (
                !r.action.is_account_level(),
                std::cmp::Reverse(r.severity),
                std::cmp::Reverse(r.record.audience.reach()),
                !r.record.author.is_owner(),
                r.record.timestamp,
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

pub const HEADER: [&str; 13] = [
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
];

pub fn render(rows: &[PlanRow]) -> io::Result<Vec<u8>> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(HEADER)?;
    for row in rows {
        let r = &row.record;
        w.write_record([
            row.priority.to_string().as_str(),
            row.action.as_str(),
            row.severity.as_str(),
            &row.instruction,
            r.platform.as_str(),
            r.kind.as_str(),
            &r.timestamp.map(|t| t.to_canonical()).unwrap_or_default(),
            r.audience.as_str(),
            &locator(r),
            &crate::rules::excerpt(&r.text, 120),
            &row.rules.join(" "),
            &row.guidance.join("; "),
            &r.id,
        ])?;
    }
    w.into_inner().map_err(|e| io::Error::other(e.to_string()))
}

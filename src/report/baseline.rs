//! `--baseline OLD/findings.json`: what changed since the last run.
//!
//! An adviser re-running hindsight after the doctor has cleaned up wants three lists: what is new,
//! what is still there, and what has gone. A finding is *unchanged* when the old file holds a finding
//! with the same stable id (rule, record and evidence hashed); when the evidence moved (an edited post,
//! a rule that now quotes a longer span) the id changes, so the fallback is the same rule on the same
//! record. Old findings matched by neither are *resolved* and are reported too, with the record as the
//! old file described it. Findings the old file already marked `resolved` were not present in that run
//! and are ignored.

use crate::rules::Finding;
use anyhow::{bail, Context as _};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The findings of a previous run.
#[derive(Debug, Clone, Default)]
pub struct Baseline {
    /// The path as given, for the report.
    pub label: String,
    pub findings: Vec<Finding>,
}

#[derive(Deserialize)]
struct OldDocument {
    schema_version: Option<String>,
    findings: Vec<Finding>,
}

/// Counts for the report headline.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Changes {
    pub new: u64,
    pub unchanged: u64,
    pub resolved: u64,
}

impl Baseline {
    /// Read a previous `findings.json`. A missing or unparsable file is an error: comparing against
    /// nothing would report every finding as new and hide what was resolved.
    pub fn load(path: &Path) -> anyhow::Result<Baseline> {
        let bytes = std::fs::read(path).with_context(|| {
            format!(
                "cannot read the baseline {} (give the findings.json of an earlier run)",
                path.display()
            )
        })?;
        Self::parse(&path.display().to_string(), &bytes).with_context(|| {
            format!(
                "the baseline {} is not a hindsight findings.json",
                path.display()
            )
        })
    }

    pub fn parse(label: &str, bytes: &[u8]) -> anyhow::Result<Baseline> {
        let doc: OldDocument = serde_json::from_slice(bytes)?;
        match doc.schema_version.as_deref() {
            Some(v) if v.split('.').next() == super::SCHEMA_VERSION.split('.').next() => {}
            Some(v) => bail!(
                "schema version {v} is not compatible with {}",
                super::SCHEMA_VERSION
            ),
            None => bail!("no schema_version"),
        }
        Ok(Baseline {
            label: label.to_string(),
            findings: doc
                .findings
                .into_iter()
                .filter(|f| f.status.as_deref() != Some("resolved"))
                .collect(),
        })
    }

    /// Mark each of `findings` `new` or `unchanged` and return the old findings that are gone, marked
    /// `resolved`, in report order.
    pub fn compare(&self, findings: &mut [Finding]) -> Vec<Finding> {
        let mut unmatched_ids: BTreeSet<&str> =
            self.findings.iter().map(|f| f.id.as_str()).collect();
        let mut matched = vec![false; findings.len()];
        for (i, f) in findings.iter().enumerate() {
            if unmatched_ids.remove(f.id.as_str()) {
                matched[i] = true;
            }
        }
        // Fallback: the same rule on the same record, one old finding for one new one.
        let mut by_key: BTreeMap<(&str, &str), Vec<&str>> = BTreeMap::new();
        for f in &self.findings {
            if unmatched_ids.contains(f.id.as_str()) {
                by_key
                    .entry((f.rule.as_str(), f.record.id.as_str()))
                    .or_default()
                    .push(f.id.as_str());
            }
        }
        for (i, f) in findings.iter().enumerate() {
            if matched[i] {
                continue;
            }
            if let Some(old) = by_key
                .get_mut(&(f.rule.as_str(), f.record.id.as_str()))
                .and_then(|v| v.pop())
            {
                unmatched_ids.remove(old);
                matched[i] = true;
            }
        }
        for (f, m) in findings.iter_mut().zip(&matched) {
            f.status = Some(if *m { "unchanged" } else { "new" }.to_string());
        }
        let mut resolved: Vec<Finding> = self
            .findings
            .iter()
            .filter(|f| unmatched_ids.contains(f.id.as_str()))
            .cloned()
            .map(|mut f| {
                f.status = Some("resolved".to_string());
                f
            })
            .collect();
        crate::engine::sort_findings(&mut resolved);
        resolved
    }
}

//! `--allow FILE`: decisions a reviewer has already made ("consent on file", "not a patient").
//!
//! An adviser who has looked at a finding and accepted it should not see it again in the action lists
//! on the next run, but the record of that decision must stay visible: an allowed finding keeps its
//! place in `findings.json` with status `allowed` and the reason, and is left out of the cleanup plan
//! and the delete lists only. An entry that matches nothing any more is *stale* (the post was deleted,
//! or the rule changed); stale entries are listed in `findings.json` (`allow_stale`) and on stderr, in
//! the manner of ruff's unused `noqa`, so the allow list does not silently rot.
//!
//! The file is a JSON array (schema in `schemas/allow.schema.json`):
//! `[{"record": "twitter:1234", "rule": "CONF001", "reason": "consent on file", "reviewer": "AB",
//! "date": "2024-05-01"}]`. `rule` is a rule code (case-insensitive) or `*` for every rule on the record.

use crate::rules::Finding;
use anyhow::{bail, Context as _};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::path::Path;

/// One reviewed decision.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AllowEntry {
    /// The record id as in `findings.json` (`record.id`).
    pub record: String,
    /// The rule code, or `*` for every rule on that record.
    pub rule: String,
    /// Why the finding is accepted.
    pub reason: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

impl AllowEntry {
    pub fn matches(&self, f: &Finding) -> bool {
        f.record.id == self.record && (self.rule == "*" || self.rule.eq_ignore_ascii_case(&f.rule))
    }
}

/// The entries of an allow file, in file order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AllowList {
    pub entries: Vec<AllowEntry>,
}

impl AllowList {
    /// Read and validate an allow file. Every problem is an error naming the file and the entry: a
    /// reviewer's decisions silently ignored would be worse than a refused run.
    pub fn load(path: &Path) -> anyhow::Result<AllowList> {
        let bytes = std::fs::read(path)
            .with_context(|| format!("cannot read the allow list {}", path.display()))?;
        Self::parse(&bytes).with_context(|| {
            format!(
                "the allow list {} is not valid (expected a JSON array of {{\"record\", \"rule\", \"reason\"}} objects; see schemas/allow.schema.json)",
                path.display()
            )
        })
    }

    pub fn parse(bytes: &[u8]) -> anyhow::Result<AllowList> {
        let entries: Vec<AllowEntry> = serde_json::from_slice(bytes)?;
        for (i, e) in entries.iter().enumerate() {
            if e.record.trim().is_empty() {
                bail!("entry {i}: \"record\" is empty");
            }
            if e.rule.trim().is_empty() {
                bail!("entry {i}: \"rule\" is empty (use \"*\" for every rule on the record)");
            }
            if e.reason.trim().is_empty() {
                bail!("entry {i}: \"reason\" is empty; say why the finding is accepted");
            }
        }
        Ok(AllowList { entries })
    }

    /// The first entry that allows `f`, if any.
    pub fn decision(&self, f: &Finding) -> Option<&AllowEntry> {
        self.entries.iter().find(|e| e.matches(f))
    }

    /// Entries that match none of `findings`, sorted and de-duplicated.
    pub fn stale(&self, findings: &[Finding]) -> Vec<AllowEntry> {
        let stale: BTreeSet<&AllowEntry> = self
            .entries
            .iter()
            .filter(|e| !findings.iter().any(|f| e.matches(f)))
            .collect();
        stale.into_iter().cloned().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_entries_without_a_reason_or_with_unknown_fields() {
        assert!(AllowList::parse(br#"[{"record":"x:1","rule":"LOC001","reason":" "}]"#).is_err());
        assert!(
            AllowList::parse(br#"[{"record":"x:1","rule":"LOC001","reason":"ok","why":1}]"#)
                .is_err()
        );
        assert!(AllowList::parse(b"{").is_err());
        let ok = AllowList::parse(
            br#"[{"record":"x:1","rule":"*","reason":"consent on file","reviewer":"AB"}]"#,
        )
        .unwrap();
        assert_eq!(ok.entries[0].reviewer.as_deref(), Some("AB"));
    }
}

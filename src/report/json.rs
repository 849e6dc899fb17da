//! `findings.json`: the contract every consumer reads (schema in `schemas/findings.schema.json`).
//!
//! Besides the scan's findings it carries what the run options added: each finding's `status`
//! (`new`/`unchanged` against `--baseline`, `allowed` with the reviewer's decision under `allow`,
//! `resolved` for baseline findings no longer found, listed after the current ones), the baseline's
//! counts, the allow-list entries that matched nothing (`allow_stale`), and whether identifiers were
//! masked (`redacted`).

use super::allow::AllowEntry;
use super::{Report, SCHEMA_VERSION};
use crate::engine::Coverage;
use crate::rules::Finding;
use serde::Serialize;
use std::io;

#[derive(Serialize)]
pub struct Tool {
    pub name: &'static str,
    pub version: &'static str,
}

pub const TOOL: Tool = Tool {
    name: "hindsight",
    version: env!("CARGO_PKG_VERSION"),
};

#[derive(Serialize)]
struct FindingOut<'a> {
    #[serde(flatten)]
    finding: &'a Finding,
    #[serde(skip_serializing_if = "Option::is_none")]
    allow: Option<&'a AllowEntry>,
}

#[derive(Serialize)]
struct BaselineOut<'a> {
    file: &'a str,
    #[serde(flatten)]
    changes: super::baseline::Changes,
}

#[derive(Serialize)]
struct Document<'a> {
    schema_version: &'static str,
    tool: &'a Tool,
    inputs: &'a [String],
    rules: &'a [String],
    redacted: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    baseline: Option<BaselineOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    allow_stale: Option<&'a [AllowEntry]>,
    coverage: &'a Coverage,
    findings: Vec<FindingOut<'a>>,
}

/// Pretty-printed JSON with a trailing newline.
pub fn render(report: &Report) -> io::Result<Vec<u8>> {
    let mut out = Vec::new();
    write(report, &mut out)?;
    Ok(out)
}

/// As [`render`], streamed into `w`.
pub fn write(report: &Report, w: &mut dyn io::Write) -> io::Result<()> {
    let doc = Document {
        schema_version: SCHEMA_VERSION,
        tool: &TOOL,
        inputs: &report.inputs,
        rules: &report.rules_run,
        redacted: report.redacted,
        baseline: report.baseline.as_deref().map(|file| BaselineOut {
            file,
            changes: report.changes(),
        }),
        allow_stale: report.allow_stale.as_deref(),
        coverage: &report.coverage,
        findings: report
            .findings
            .iter()
            .map(|f| FindingOut {
                finding: f,
                allow: report.allowed.get(&f.id),
            })
            .collect(),
    };
    serde_json::to_writer_pretty(&mut *w, &doc).map_err(io::Error::other)?;
    w.write_all(b"\n")
}

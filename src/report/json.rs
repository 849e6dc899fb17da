//! `findings.json`: the contract every consumer reads (schema in `schemas/findings.schema.json`).

use super::SCHEMA_VERSION;
use crate::engine::{Coverage, Scan};
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
struct Document<'a> {
    schema_version: &'static str,
    tool: &'a Tool,
    inputs: &'a [String],
    rules: &'a [String],
    coverage: &'a Coverage,
    findings: &'a [Finding],
}

/// Pretty-printed JSON with a trailing newline.
pub fn render(scan: &Scan) -> io::Result<Vec<u8>> {
    let doc = Document {
        schema_version: SCHEMA_VERSION,
        tool: &TOOL,
        inputs: &scan.inputs,
        rules: &scan.rules_run,
        coverage: &scan.coverage,
        findings: &scan.findings,
    };
    let mut out = serde_json::to_vec_pretty(&doc).map_err(io::Error::other)?;
    out.push(b'\n');
    Ok(out)
}

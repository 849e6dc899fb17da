//! Findings on the embedded demo, as a reviewed snapshot: rule, severity, action and record per finding.

use hindsight::engine::{scan, ScanConfig, Silent};
use std::path::PathBuf;

#[test]
fn demo_findings_snapshot() {
    let s = scan(
        &[PathBuf::from("fixtures/demo")],
        &ScanConfig::default(),
        &Silent,
    );
    let rows: Vec<String> = s
        .findings
        .iter()
        .map(|f| {
            format!(
                "{} {} {} {} {}",
                f.rule,
                f.severity,
                f.action.kind.as_str(),
                f.record.id,
                f.message
            )
        })
        .collect();
    insta::assert_yaml_snapshot!("demo_findings", rows);
}

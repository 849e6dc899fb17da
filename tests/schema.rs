//! Every JSON output validates against its schema in `schemas/`.

use hindsight::engine::{ingest, scan, ScanConfig, Silent};
use serde_json::Value;
use std::path::PathBuf;

fn schema(name: &str) -> Value {
    let path = format!("{}/schemas/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn assert_valid(schema: &Value, doc: &Value, what: &str) {
    let validator = jsonschema::validator_for(schema).expect("schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(doc)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .take(10)
        .collect();
    assert!(
        errors.is_empty(),
        "{what} does not match its schema:\n{}",
        errors.join("\n")
    );
}

fn fixture_paths() -> Vec<PathBuf> {
    let fixtures = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&fixtures)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir() && !p.ends_with("eval"))
        .collect();
    paths.sort();
    paths
}

#[test]
fn records_from_every_fixture_match_the_record_schema() {
    let schema = schema("record.schema.json");
    let got = ingest(&fixture_paths(), &ScanConfig::default(), &Silent);
    assert!(got.records.len() > 20);
    for r in &got.records {
        assert_valid(&schema, &serde_json::to_value(r).unwrap(), &r.id);
    }
}

#[test]
fn findings_json_of_every_fixture_matches_the_findings_schema() {
    let schema = schema("findings.schema.json");
    for path in fixture_paths() {
        let s = scan(std::slice::from_ref(&path), &ScanConfig::default(), &Silent);
        let doc: Value = serde_json::from_slice(
            &hindsight::report::json::render(&hindsight::report::Report::build(
                &s,
                &Default::default(),
            ))
            .unwrap(),
        )
        .unwrap();
        assert_valid(&schema, &doc, &path.display().to_string());
    }
}

#[test]
fn rule_catalogue_matches_the_rules_schema() {
    let doc: Value = serde_json::from_str(
        &hindsight::rules::catalogue_json(&hindsight::rules::Registry::all()).unwrap(),
    )
    .unwrap();
    assert_valid(&schema("rules.schema.json"), &doc, "rules --json");
}

#[test]
fn findings_schema_embeds_the_record_schema_unchanged() {
    let mut record = schema("record.schema.json");
    let obj = record.as_object_mut().unwrap();
    obj.remove("$schema");
    obj.remove("$id");
    assert_eq!(schema("findings.schema.json")["$defs"]["record"], record);
}

#[test]
fn schemas_reject_what_they_should() {
    let schema = schema("record.schema.json");
    let validator = jsonschema::validator_for(&schema).unwrap();
    let got = ingest(
        &[PathBuf::from("fixtures/demo")],
        &ScanConfig::default(),
        &Silent,
    );
    let mut bad = serde_json::to_value(&got.records[0]).unwrap();
    bad["platform"] = Value::from("myspace");
    assert!(!validator.is_valid(&bad));
}

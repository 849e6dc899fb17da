//! The fixture scan shared by `tests/reports.rs` and `tests/html_browser.rs`.
//!
//! Records come from `fixtures/reports/records.jsonl` (the record model as `hindsight records` prints
//! it, synthetic and fictional), so the tests do not depend on which platform sources exist yet. They go
//! through the real rules (the location rules fire on them) plus findings built here for rule codes
//! `TST1xx`, which no real rule uses, standing in for the categories whose rules are still being written.
//! Coverage is the real engine's over `fixtures/reports/archive` (an unrecognised note and a truncated
//! zip), re-totalled over the fixture records.

#![allow(dead_code)]

use hindsight::engine::{self, CoverageTotals, Scan, ScanConfig, Silent};
use hindsight::model::Record;
use hindsight::rules::guidance::{Guidance, GuidanceSource};
use hindsight::rules::{Action, ActionKind, Category, Evidence, Finding, Registry, Severity};
use std::path::{Path, PathBuf};

pub const ARCHIVE: &str = "fixtures/reports/archive";

pub fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

pub fn records() -> Vec<Record> {
    let text = std::fs::read_to_string(manifest_dir().join("fixtures/reports/records.jsonl"))
        .expect("fixture records");
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("a record"))
        .collect()
}

fn find<'a>(records: &'a [Record], id: &str) -> &'a Record {
    records
        .iter()
        .find(|r| r.id == id)
        .unwrap_or_else(|| panic!("fixture record {id}"))
}

/// A finding of a stand-in rule, with evidence spans located by substring.
#[allow(clippy::too_many_arguments)]
fn made(
    record: &Record,
    rule: &str,
    category: Category,
    severity: Severity,
    message: &str,
    spans: &[(&str, &str)],
    action: Action,
    guidance: &[(GuidanceSource, &'static str)],
) -> Finding {
    let evidence = spans
        .iter()
        .map(|(needle, matched)| {
            let at = record
                .text
                .find(needle)
                .unwrap_or_else(|| panic!("{needle:?} in {}", record.id));
            Evidence::from_bytes(&record.text, at, at + needle.len(), *matched)
        })
        .collect();
    let mut f = Finding {
        id: String::new(),
        rule: rule.to_string(),
        category,
        severity,
        confidence: 0.9,
        message: message.to_string(),
        guidance: guidance
            .iter()
            .map(|(s, p)| Guidance::cite(*s, p))
            .collect(),
        evidence,
        action,
        record: Box::new(record.clone()),
        related: Vec::new(),
        status: None,
    };
    f.finalise();
    f
}

pub fn stand_in_findings(records: &[Record]) -> Vec<Finding> {
    use GuidanceSource::*;
    let patient = find(records, "twitter:1300000000000000002");
    let ad = find(
        records,
        "mastodon:https://mastodon.example/users/drjane/statuses/110000000000000001",
    );
    let rant = find(records, "reddit:k1abc2");
    let chat = find(records, "whatsapp:h:fedcba9876543210");
    let profile = find(records, "twitter:profile");
    let vitd = find(records, "twitter:1500000000000000003");
    let share = find(records, "linkedin:urn:li:share:7000000000000000004");
    vec![
        made(
            patient,
            "TST101",
            Category::Confidentiality,
            Severity::High,
            "a patient identified by name, NHS number and date of birth",
            &[
                ("Mrs Eleanor Whitcombe", "patient_name"),
                ("943 476 5919", "nhs_number"),
                ("12/03/1984", "date_of_birth"),
                ("@ellie_w_fict", "third_party_handle"),
            ],
            Action::new(ActionKind::Delete, "Delete this post: it identifies a patient."),
            &[(Gmc2024, "18"), (Gmc2024, "20")],
        ),
        made(
            ad,
            "TST102",
            Category::Advertising,
            Severity::High,
            "a prescription-only medicine promoted to the public with an offer",
            &[("anti-wrinkle injections", "pom_reference"), ("20% off", "offer")],
            Action::new(ActionKind::Delete, "Delete this post: botulinum toxin may not be advertised to the public."),
            &[(Gmc2024, "12"), (Gmp2024, "90")],
        ),
        made(
            rant,
            "TST103",
            Category::Conduct,
            Severity::High,
            "a colleague named and insulted in public",
            &[("Dr Harold Pemberton", "colleague_name"), ("utter idiot", "insult")],
            Action::new(ActionKind::Delete, "Delete this comment."),
            &[(Gmc2024, "14"), (Gmc2013, "15")],
        ),
        made(
            chat,
            "TST106",
            Category::Confidentiality,
            Severity::Medium,
            "a relative shared a patient's details with you in a group chat",
            &[("Eleanor Whitcombe", "patient_name"), ("07700 900456", "phone_number")],
            Action::new(ActionKind::Review, "Someone else posted this; ask them to remove the patient's details and leave the chat if it is not a clinical channel."),
            &[(Gmc2024, "9"), (Gmc2024, "18")],
        ),
        made(
            profile,
            "TST104",
            Category::Identity,
            Severity::Low,
            "health commentary from a profile that does not give your name",
            &[("GP.", "claimed_role")],
            Action::new(ActionKind::NameInBio, "Add your name to your X/Twitter bio, since you say you are a doctor."),
            &[(Gmc2024, "8"), (Gmc2013, "17")],
        ),
        made(
            vitd,
            "TST104",
            Category::Identity,
            Severity::Low,
            "health advice from an account that does not give your name",
            &[("most adults in the UK should consider a supplement", "health_advice")],
            Action::new(ActionKind::NameInBio, "Add your name to your X/Twitter bio, since you say you are a doctor."),
            &[(Gmc2024, "8"), (Gmc2013, "17")],
        ),
        made(
            share,
            "TST105",
            Category::ConflictOfInterest,
            Severity::Medium,
            "a product recommended without declaring an interest",
            &[("recommend GlowSkin Serum", "product_endorsement")],
            Action::new(ActionKind::Disclose, "Add a declaration of any interest in GlowSkin (payment, free products, shares), or delete the post."),
            &[(Gmc2024, "12"), (Gmc2013, "19")],
        ),
    ]
}

/// The fixture scan: real coverage of the archive, real location rules, stand-in findings.
pub fn scan_with_jobs(jobs: Option<usize>) -> Scan {
    let records = records();
    let config = ScanConfig {
        jobs,
        ..ScanConfig::default()
    };
    let ingested = engine::ingest(&[PathBuf::from(ARCHIVE)], &config, &Silent);
    let mut coverage = ingested.coverage;
    let mut totals = CoverageTotals {
        inputs: coverage.totals.inputs,
        entries: coverage.totals.entries,
        recognised: coverage.totals.recognised,
        skipped: coverage.totals.skipped,
        unrecognised: coverage.totals.unrecognised,
        media_files: coverage.totals.media_files,
        errors: coverage.totals.errors,
        warnings: coverage.totals.warnings,
        ..CoverageTotals::default()
    };
    engine::tally_records(&records, &mut totals);
    coverage.totals = totals;
    // Only the location rules run for real: the report tests check renderers, so the other findings
    // are fixed stand-ins that rule tuning cannot change.
    let mut registry = Registry::all();
    registry.filter(&["location".to_string()], &[]);
    let mut findings = engine::run_rules(&records, &registry, jobs);
    findings.extend(stand_in_findings(&records));
    engine::sort_findings(&mut findings);
    let mut rules_run: Vec<String> = registry
        .metas()
        .iter()
        .map(|m| m.code.to_string())
        .collect();
    rules_run
        .extend(["TST101", "TST102", "TST103", "TST104", "TST105", "TST106"].map(String::from));
    Scan {
        inputs: ingested.inputs,
        coverage,
        findings,
        rules_run,
        timings: Default::default(),
    }
}

pub fn scan() -> Scan {
    scan_with_jobs(None)
}

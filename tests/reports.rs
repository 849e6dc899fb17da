//! Reports end to end: every output of a small fixture scan, snapshots, determinism, owner-only files,
//! redaction that leaks nothing, baselines, allow lists, delete lists and the CLI flags.

mod common;

use clap::Parser;
use hindsight::cli::Cli;
use hindsight::report::allow::AllowList;
use hindsight::report::baseline::Baseline;
use hindsight::report::{self, Options, Report};
use hindsight::rules::{Evidence, Severity};
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

fn write(report: &Report) -> (tempfile::TempDir, BTreeMap<String, Vec<u8>>) {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    report::write_all(&out, report).unwrap();
    let files = read_dir(&out);
    (tmp, files)
}

fn read_dir(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

fn text(files: &BTreeMap<String, Vec<u8>>, name: &str) -> String {
    String::from_utf8(
        files
            .get(name)
            .unwrap_or_else(|| panic!("{name} written"))
            .clone(),
    )
    .unwrap()
}

/// The `<section id="…">` of the page, up to its end.
fn section<'a>(html: &'a str, id: &str) -> &'a str {
    let start = html
        .find(&format!("<section id=\"{id}\""))
        .unwrap_or_else(|| panic!("section {id}"));
    let end = html[start..].find("</section>").unwrap() + start + "</section>".len();
    &html[start..end]
}

fn plain() -> Report {
    Report::build(&common::scan(), &Options::default())
}

#[test]
fn findings_csv_snapshot() {
    let (_t, files) = write(&plain());
    insta::assert_snapshot!("findings_csv", text(&files, "findings.csv"));
}

#[test]
fn cleanup_csv_snapshot_and_order() {
    let report = plain();
    let (_t, files) = write(&report);
    let csv = text(&files, "cleanup.csv");
    insta::assert_snapshot!("cleanup_csv", csv);

    let plan = &report.plan;
    // The account-level row comes first and gathers both TST104 findings on X.
    assert_eq!(plan[0].action.as_str(), "name_in_bio");
    assert_eq!(
        plan[0].record_ids,
        vec!["twitter:1500000000000000003", "twitter:profile"]
    );
    assert_eq!(
        plan.iter().filter(|r| r.action.is_account_level()).count(),
        1,
        "one row per platform and account action"
    );
    // Then high before medium before low; public before group at equal severity.
    let sev: Vec<Severity> = plan.iter().skip(1).map(|r| r.severity).collect();
    let mut sorted = sev.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(sev, sorted);
    let medium: Vec<&str> = plan
        .iter()
        .filter(|r| r.severity == Severity::Medium && !r.is_account_level())
        .map(|r| r.record.audience.as_str())
        .collect();
    assert_eq!(medium.last(), Some(&"group"), "{medium:?}");
    // A row without a link is located by date, chat and excerpt.
    let chat = plan
        .iter()
        .find(|r| r.platform.as_str() == "whatsapp")
        .unwrap();
    let place = hindsight::report::cleanup::locator(&chat.record);
    assert!(
        place.starts_with("WhatsApp group_message 2021-02-12T08:02:00 in Ward 7 handover — \"Mum"),
        "{place}"
    );
    assert!(csv.contains("https://www.reddit.com/r/doctorsUK/comments/zz9yy8/rotas/k1abc2/"));
}

#[test]
fn summary_csv_snapshot_and_rates() {
    let (_t, files) = write(&plain());
    let csv = text(&files, "summary.csv");
    insta::assert_snapshot!("summary_csv", csv);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "year,platform,category,severity,findings,allowed,records,rate_per_1000"
    );
    assert!(lines.contains(&"2021,twitter,all,all,1,0,1,1000.00"));
    assert!(lines.contains(&"2021,twitter,confidentiality,high,1,0,1,1000.00"));
    // A year and platform with records and no findings still has its total row.
    assert!(lines.contains(&"2024,bluesky,all,all,0,0,1,0.00"));
    assert!(lines
        .iter()
        .any(|l| l.starts_with("undated,twitter,all,all,1,")));
    assert!(files["summary.parquet"].starts_with(b"PAR1"));
    assert!(files["summary.parquet"].ends_with(b"PAR1"));
}

#[test]
fn findings_json_snapshot() {
    let (_t, files) = write(&plain());
    let json: serde_json::Value = serde_json::from_slice(&files["findings.json"]).unwrap();
    assert_eq!(json["redacted"], false);
    assert!(json.get("baseline").is_none() && json.get("allow_stale").is_none());
    assert_eq!(
        json["coverage"]["totals"]["by_year_platform"]["2021"],
        serde_json::json!({"twitter": 1, "whatsapp": 1})
    );
    insta::assert_json_snapshot!("findings_json_findings", json["findings"]);
}

#[test]
fn html_snapshot_of_overview_timeline_card_and_plan() {
    let report = plain();
    let html = hindsight::report::html::render(&report);
    insta::assert_snapshot!("html_overview", section(&html, "overview"));
    insta::assert_snapshot!("html_timeline", section(&html, "timeline"));
    let card_start = html.find("<li id=\"finding-").unwrap();
    let card_end = html[card_start..].find("</li>").unwrap() + card_start + 5;
    insta::assert_snapshot!("html_first_card", &html[card_start..card_end]);
    insta::assert_snapshot!("html_plan", section(&html, "plan"));
    insta::assert_snapshot!("html_coverage", section(&html, "coverage"));
}

/// A report with thousands of findings links each card to its rule's entry instead of repeating
/// the explanation and the quoted guidance on every card; a small report keeps them inline.
#[test]
fn html_cards_link_to_the_rule_docs_when_findings_are_many() {
    // The card of a registered rule (the stand-in TST rules have no docs to link to).
    let card_of = |html: &str, code: &str| {
        let at = html
            .find(&format!("<a href=\"#rule-{code}\">{code}</a> "))
            .unwrap_or_else(|| panic!("a {code} card"));
        let start = html[..at].rfind("<li id=\"finding-").unwrap();
        html[start..at + html[at..].find("</article>").unwrap()].to_string()
    };
    let small = plain();
    let code = small
        .findings
        .iter()
        .map(|f| f.rule.clone())
        .find(|c| !c.starts_with("TST"))
        .expect("a location finding");
    let html = hindsight::report::html::render(&small);
    let card = card_of(&html, &code);
    assert!(card.contains("<blockquote class=\"guidance\">"), "{card}");
    assert!(card.contains("How to fix:"), "{card}");

    let mut many = small.clone();
    let originals = many.findings.clone();
    for copy in 0..(1001 / originals.len() + 1) {
        for f in &originals {
            let mut f = f.clone();
            f.id = format!("{}-{copy}", f.id);
            many.findings.push(f);
        }
    }
    let html = hindsight::report::html::render(&many);
    let card = card_of(&html, &code);
    assert!(
        card.contains(&format!(
            "the guidance quoted: <a href=\"#rule-{code}\">{code}</a>"
        )),
        "{card}"
    );
    assert!(!card.contains("<blockquote class=\"guidance\">"), "{card}");
    assert!(!card.contains("How to fix:"), "{card}");
    let rules = section(&html, "rules");
    let entry = &rules[rules.find(&format!("id=\"rule-{code}\"")).unwrap()..];
    let entry = &entry[..entry.find("</article>").unwrap()];
    assert!(entry.contains("<blockquote class=\"guidance\">"), "{entry}");
    assert!(entry.contains("How to fix:"), "{entry}");
}

#[test]
fn html_is_self_contained_and_content_is_inert() {
    let html = hindsight::report::html::render(&plain());
    // Exactly one script element: ours. The post's <script> is text.
    assert_eq!(html.matches("<script").count(), 1);
    assert!(!html.contains("alert('pwned')"));
    assert!(html.contains("&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;"));
    // Nothing is loaded from anywhere: no src, no link elements, no CSS urls or imports.
    for banned in [" src=", "<link", "url(", "@import", "<iframe", "<img"] {
        assert!(!html.contains(banned), "{banned} in the page");
    }
    assert!(html.contains("Content-Security-Policy\" content=\"default-src &#39;none&#39;"));
    // Evidence is highlighted, the rule explained, the guidance quoted.
    assert!(
        html.contains("<mark title=\"nhs number\" data-matched=\"nhs_number\">943 476 5919</mark>")
    );
    assert!(html.contains(
        "When using social media of any kind, you must maintain patient confidentiality"
    ));
    assert!(html.contains("id=\"rule-LOC001\""));
    // ¶8 and ¶8c quote the same paragraph: one block, both labels.
    assert!(html.contains("Doctors&#39; use of social media ¶8, ¶8c</footer>"));
    assert!(html.contains("<svg id=\"timeline-chart\""));
    // Links only for http(s); the record's own link is kept.
    assert!(html.contains("href=\"https://x.com/drjanefictional/status/1300000000000000002\""));
    // Coverage names the unreadable archive with a hint.
    let cov = section(&html, "coverage");
    assert!(cov.contains("broken.zip"), "{cov}");
}

#[test]
fn every_output_is_deterministic_across_runs_and_jobs() {
    let one = Report::build(&common::scan_with_jobs(Some(1)), &Options::default());
    let two = Report::build(&common::scan_with_jobs(Some(2)), &Options::default());
    let (_a, a) = write(&one);
    let (_b, b) = write(&two);
    let (_c, c) = write(&one);
    assert_eq!(
        a.keys().collect::<Vec<_>>(),
        vec![
            "cleanup.csv",
            "delete-mastodon.txt",
            "delete-reddit.txt",
            "delete-x.txt",
            "findings.csv",
            "findings.json",
            "report.html",
            "summary.csv",
            "summary.parquet",
        ]
    );
    for (name, bytes) in &a {
        assert_eq!(
            Some(bytes),
            b.get(name),
            "{name} differs between --jobs 1 and 2"
        );
        assert_eq!(Some(bytes), c.get(name), "{name} differs between runs");
    }
}

#[cfg(unix)]
#[test]
fn outputs_are_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let written = report::write_all(&out, &plain()).unwrap();
    assert_eq!(
        fs::metadata(&out).unwrap().permissions().mode() & 0o777,
        0o700
    );
    assert_eq!(written.len(), 9);
    for p in written {
        assert_eq!(
            fs::metadata(&p).unwrap().permissions().mode() & 0o777,
            0o600,
            "{}",
            p.display()
        );
    }
}

#[test]
fn csv_cells_cannot_become_formulas() {
    let mut scan = common::scan();
    let f = scan
        .findings
        .iter_mut()
        .find(|f| f.rule == "TST105")
        .unwrap();
    f.record.text = "=HYPERLINK(\"https://evil.example\",\"click\")".into();
    f.record.author.handle = Some("@someone".into());
    let (_t, files) = write(&Report::build(&scan, &Options::default()));
    let findings = text(&files, "findings.csv");
    assert!(
        findings.contains("\"'=HYPERLINK(\"\"https://evil.example\"\""),
        "{findings}"
    );
    assert!(findings.contains(",'@someone,"));
    assert!(text(&files, "cleanup.csv").contains("\"'=HYPERLINK("));
    let json = text(&files, "findings.json");
    assert!(
        json.contains("\"text\": \"=HYPERLINK("),
        "JSON keeps the exact text"
    );
}

#[test]
fn delete_lists_hold_only_delete_rows() {
    let (_t, files) = write(&plain());
    assert_eq!(text(&files, "delete-x.txt"), "1300000000000000002\n");
    assert_eq!(
        text(&files, "delete-mastodon.txt"),
        "https://mastodon.example/@drjane/110000000000000001\n"
    );
    assert_eq!(text(&files, "delete-reddit.txt"), "t1_k1abc2\n");
}

/// Values from the fixture that identify a patient or a third party.
const SECRETS: &[&str] = &[
    "Eleanor",
    "Whitcombe",
    "Harold Pemberton",
    "Pemberton",
    "943 476 5919",
    "9434765919",
    "12/03/1984",
    "ellie_w_fict",
    "07700 900456",
    "7700 900123",
    "tom.whitcombe@example.com",
    "0113 496 0123",
];

#[test]
fn redaction_masks_identifiers_in_every_output_and_keeps_own_links() {
    let scan = common::scan();
    let report = Report::build(
        &scan,
        &Options {
            redact: true,
            ..Options::default()
        },
    );
    let (_t, files) = write(&report);
    assert_eq!(files.len(), 9, "every output, delete lists included");

    let reasons: Vec<String> = Vec::new();
    let redactor = hindsight::report::redact::Redactor::build(&scan.findings, &reasons);
    let mut values: Vec<String> = redactor
        .masked_values()
        .into_iter()
        .map(|(_, v)| v)
        .filter(|v| v.chars().count() >= 5)
        .collect();
    values.extend(SECRETS.iter().map(|s| s.to_string()));
    for v in [
        "Eleanor Whitcombe",
        "Tom Whitcombe",
        "943 476 5919",
        "ellie_w_fict",
    ] {
        assert!(
            redactor.masked_values().iter().any(|(_, m)| m.contains(v)),
            "{v} harvested"
        );
    }
    for (name, bytes) in &files {
        let hay = String::from_utf8_lossy(bytes).to_lowercase();
        for v in &values {
            assert!(!hay.contains(&v.to_lowercase()), "{v:?} leaks into {name}");
        }
    }
    let json = text(&files, "findings.json");
    let html = text(&files, "report.html");
    for kept in [
        "https://x.com/drjanefictional/status/1300000000000000002",
        "2021-02-11T23:40:00Z",
        "drjanefictional",
        "Riverside Leisure Centre",
    ] {
        assert!(json.contains(kept), "{kept} kept in findings.json");
    }
    assert!(json.contains("\"redacted\": true"));
    assert!(
        json.contains("WhatsApp Chat with [NAME-"),
        "paths are masked too"
    );
    assert!(html.contains("[NHS-NUMBER]") && html.contains("[DOB]"));
    // The same person has the same mask everywhere.
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let texts: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["record"]["text"].as_str().unwrap())
        .collect();
    let patient = texts.iter().find(|t| t.starts_with("Tough night")).unwrap();
    let chat = texts.iter().find(|t| t.starts_with("Mum")).unwrap();
    assert!(
        patient.contains("[NAME-1]") && chat.contains("([NAME-1])"),
        "{patient} / {chat}"
    );
    // Evidence still points at the masked text.
    for f in v["findings"].as_array().unwrap() {
        let chars: Vec<char> = f["record"]["text"].as_str().unwrap().chars().collect();
        for e in f["evidence"].as_array().unwrap() {
            let (s, t) = (
                e["start"].as_u64().unwrap() as usize,
                e["end"].as_u64().unwrap() as usize,
            );
            if t > s {
                let span: String = chars[s..t].iter().collect();
                assert_eq!(span, e["text"].as_str().unwrap());
            }
        }
    }
    // The delete lists are unchanged by redaction: they hold the doctor's own ids.
    assert_eq!(text(&files, "delete-x.txt"), "1300000000000000002\n");
}

fn findings_json_of(report: &Report) -> (tempfile::TempDir, std::path::PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("old");
    report::write_all(&out, report).unwrap();
    (tmp, out.join("findings.json"))
}

#[test]
fn baseline_marks_new_unchanged_and_resolved() {
    let (_old_dir, old) = findings_json_of(&plain());

    let mut scan = common::scan();
    // The reddit comment was deleted: its finding is resolved.
    scan.findings.retain(|f| f.record.id != "reddit:k1abc2");
    // The advert's evidence changed (new id, same rule and record): still unchanged.
    let ad = scan
        .findings
        .iter_mut()
        .find(|f| f.rule == "TST102")
        .unwrap();
    let ad_text = ad.record.text.clone();
    ad.evidence = vec![Evidence::from_bytes(&ad_text, 0, 7, "offer")];
    let old_ad_id = ad.id.clone();
    ad.finalise();
    assert_ne!(old_ad_id, ad.id);
    // And a finding that was not there before.
    let mut extra = scan
        .findings
        .iter()
        .find(|f| f.rule == "TST105")
        .unwrap()
        .clone();
    extra.rule = "TST107".into();
    extra.finalise();
    scan.findings.push(extra);
    hindsight::engine::sort_findings(&mut scan.findings);

    let baseline = Baseline::load(&old).unwrap();
    let report = Report::build(
        &scan,
        &Options {
            baseline: Some(baseline),
            ..Options::default()
        },
    );
    let status = |rule: &str| -> Vec<&str> {
        report
            .findings
            .iter()
            .filter(|f| f.rule == rule)
            .map(|f| f.status.as_deref().unwrap())
            .collect()
    };
    assert_eq!(status("TST103"), vec!["resolved"]);
    assert_eq!(status("TST102"), vec!["unchanged"]);
    assert_eq!(status("TST107"), vec!["new"]);
    assert_eq!(status("LOC001"), vec!["unchanged", "unchanged"]);
    assert_eq!(
        report.findings.last().unwrap().status.as_deref(),
        Some("resolved")
    );
    let c = report.changes();
    assert_eq!((c.new, c.resolved), (1, 1));

    let (_t, files) = write(&report);
    let json: serde_json::Value = serde_json::from_slice(&files["findings.json"]).unwrap();
    assert_eq!(json["baseline"]["resolved"], 1);
    assert_eq!(json["baseline"]["new"], 1);
    assert!(text(&files, "findings.csv")
        .lines()
        .any(|l| l.contains(",resolved,TST103,")));
    assert!(
        !text(&files, "cleanup.csv").contains("k1abc2"),
        "resolved is not an action"
    );
    assert!(!files.contains_key("delete-reddit.txt"));
    let html = text(&files, "report.html");
    assert!(section(&html, "resolved").contains("TST103"));
    assert!(html.contains("value=\"new\""), "status filter offered");
    assert!(text(&files, "cleanup.csv")
        .lines()
        .any(|l| l.contains(",new,")));
}

#[test]
fn a_missing_or_broken_baseline_is_a_clear_error() {
    let e = Baseline::load(Path::new("/nonexistent/findings.json")).unwrap_err();
    assert!(format!("{e:#}").contains("cannot read the baseline /nonexistent/findings.json"));
    let tmp = tempfile::tempdir().unwrap();
    let bad = tmp.path().join("findings.json");
    fs::write(&bad, "{\"schema_version\": \"1.0\", \"findings\": [").unwrap();
    let e = Baseline::load(&bad).unwrap_err();
    assert!(
        format!("{e:#}").contains("is not a hindsight findings.json"),
        "{e:#}"
    );
    fs::write(&bad, "{\"schema_version\": \"9.0\", \"findings\": []}").unwrap();
    assert!(format!("{:#}", Baseline::load(&bad).unwrap_err()).contains("not compatible"));
}

#[test]
fn allow_list_moves_findings_out_of_the_action_lists_and_reports_stale_entries() {
    let allow_json = r#"[
      {"record": "twitter:1300000000000000002", "rule": "tst101", "reason": "consent on file", "reviewer": "MDO adviser", "date": "2024-05-01"},
      {"record": "twitter:999", "rule": "LOC001", "reason": "post deleted last year"}
    ]"#;
    // The example validates against the published schema.
    let schema: serde_json::Value = serde_json::from_str(
        &fs::read_to_string(common::manifest_dir().join("schemas/allow.schema.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let instance: serde_json::Value = serde_json::from_str(allow_json).unwrap();
    assert!(validator.is_valid(&instance));
    assert!(!validator.is_valid(&serde_json::json!([{"record": "x", "rule": "LOC001"}])));

    let tmp = tempfile::tempdir().unwrap();
    let allow_path = tmp.path().join("allow.json");
    fs::write(&allow_path, allow_json).unwrap();
    let allow = AllowList::load(&allow_path).unwrap();
    let report = Report::build(
        &common::scan(),
        &Options {
            allow: Some(allow),
            ..Options::default()
        },
    );
    let out = tmp.path().join("out");
    // A delete list left by an earlier run must not survive when it has nothing to say.
    fs::create_dir_all(&out).unwrap();
    fs::write(out.join("delete-x.txt"), "1300000000000000002\n").unwrap();
    report::write_all(&out, &report).unwrap();
    let files = read_dir(&out);

    let json: serde_json::Value = serde_json::from_slice(&files["findings.json"]).unwrap();
    let allowed: Vec<&serde_json::Value> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["status"] == "allowed")
        .collect();
    assert_eq!(allowed.len(), 1);
    assert_eq!(allowed[0]["rule"], "TST101");
    assert_eq!(allowed[0]["allow"]["reason"], "consent on file");
    assert_eq!(json["allow_stale"][0]["record"], "twitter:999");
    assert!(!text(&files, "cleanup.csv").contains("twitter:1300000000000000002"));
    assert!(
        !files.contains_key("delete-x.txt"),
        "stale delete list removed"
    );
    assert!(text(&files, "findings.csv").contains(",allowed,TST101,"));
    assert!(text(&files, "summary.csv").contains("2021,twitter,all,all,1,1,1,1000.00"));
    let html = text(&files, "report.html");
    assert!(html.contains("Accepted on review:</strong> consent on file — MDO adviser, 2024-05-01"));
    assert!(section(&html, "allow-stale").contains("twitter:999"));
}

#[test]
fn cli_flags_are_wired_and_bad_files_fail_fast() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let archive = common::manifest_dir().join(common::ARCHIVE);
    let run = |extra: &[&str]| {
        let mut args: Vec<String> = vec![
            "hindsight".into(),
            "scan".into(),
            archive.display().to_string(),
            "--out".into(),
            out.display().to_string(),
            "--quiet".into(),
        ];
        args.extend(extra.iter().map(|s| s.to_string()));
        let cli = Cli::try_parse_from(args).unwrap();
        hindsight::app::run(cli.command)
    };
    let e = run(&["--baseline", "/nonexistent/findings.json"]).unwrap_err();
    assert!(format!("{e:#}").contains("baseline"));
    assert!(!out.exists(), "nothing written when an option file is bad");
    let bad_allow = tmp.path().join("allow.json");
    fs::write(&bad_allow, r#"[{"record": "x", "rule": "LOC001"}]"#).unwrap();
    let e = run(&["--allow", bad_allow.to_str().unwrap()]).unwrap_err();
    assert!(format!("{e:#}").contains("allow list"), "{e:#}");

    // The truncated zip makes this exit 2; every report is still written.
    let code = run(&["--redact"]).unwrap();
    assert_eq!(code, hindsight::app::EXIT_INPUT_ERROR);
    let files = read_dir(&out);
    for name in [
        "findings.json",
        "findings.csv",
        "cleanup.csv",
        "summary.csv",
        "summary.parquet",
        "report.html",
    ] {
        assert!(files.contains_key(name), "{name}");
    }
    let baseline = out.join("findings.json");
    let code = run(&["--baseline", baseline.to_str().unwrap()]).unwrap();
    assert_eq!(code, hindsight::app::EXIT_INPUT_ERROR);
}

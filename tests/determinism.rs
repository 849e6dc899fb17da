//! The thread count changes how fast, never what: every report byte, every record and the coverage
//! are identical with `--jobs 1`, 2 and 3, on every fixture and on generated exports big enough to
//! go through many batches of the parallel readers and of the engine.

use hindsight::bench::generate::generate;
use hindsight::engine::{ingest, run_rules, scan, ScanConfig, Silent};
use hindsight::rules::Registry;
use std::path::{Path, PathBuf};

fn config(jobs: usize) -> ScanConfig {
    ScanConfig {
        jobs: Some(jobs),
        ..ScanConfig::default()
    }
}

/// Every report file of a scan with `jobs` threads, by name.
fn reports(paths: &[PathBuf], jobs: usize) -> Vec<(String, Vec<u8>)> {
    let out = tempfile::tempdir().unwrap();
    let s = scan(paths, &config(jobs), &Silent);
    let report = hindsight::report::Report::build(&s, &Default::default());
    let written = hindsight::report::write_all(out.path(), &report).unwrap();
    let mut files: Vec<(String, Vec<u8>)> = written
        .iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            (name, std::fs::read(p).unwrap())
        })
        .collect();
    files.sort();
    files
}

/// Records and coverage of an ingest with `jobs` threads, as JSON.
fn records(paths: &[PathBuf], jobs: usize) -> String {
    let got = ingest(paths, &config(jobs), &Silent);
    serde_json::to_string(&(&got.records, &got.coverage)).unwrap()
}

fn assert_same_for_every_thread_count(paths: &[PathBuf]) {
    let one = reports(paths, 1);
    assert!(one.iter().any(|(n, _)| n == "findings.json"));
    for jobs in [2, 3] {
        let many = reports(paths, jobs);
        assert_eq!(one.len(), many.len());
        for ((name, a), (_, b)) in one.iter().zip(&many) {
            assert!(
                a == b,
                "{name} differs between --jobs 1 and --jobs {jobs} for {paths:?}"
            );
        }
    }
    let one = records(paths, 1);
    assert_eq!(one, records(paths, 2), "records differ for {paths:?}");
}

/// Every folder under `fixtures/`, in name order.
fn fixture_dirs() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    assert!(dirs.len() > 5, "fixtures found: {dirs:?}");
    dirs
}

#[test]
fn every_fixture_gives_the_same_bytes_with_any_thread_count() {
    let dirs = fixture_dirs();
    for dir in &dirs {
        assert_same_for_every_thread_count(std::slice::from_ref(dir));
    }
    // All of them at once: exports read in parallel with each other.
    assert_same_for_every_thread_count(&dirs);
}

#[test]
fn generated_exports_give_the_same_bytes_with_any_thread_count() {
    let dir = tempfile::tempdir().unwrap();
    // Big enough for several batches of the tweet splitter (512 KB), of the engine (1024 records)
    // and of the WhatsApp reader (256 messages).
    let gen = generate(dir.path(), 6_000, 3_000).unwrap();
    assert_same_for_every_thread_count(&gen.paths);
}

/// The scan streams records past the rules before it has read the account holder's profiles, and
/// re-checks the rules that consult them at the end. Whatever the order, it must find exactly what the
/// rules find over all the records in memory, with the account facts known from the start.
fn assert_scan_matches_rules_in_memory(paths: &[PathBuf]) {
    let config = config(2);
    let scanned = scan(paths, &config, &Silent).findings;
    let records = ingest(paths, &config, &Silent).records;
    let in_memory = run_rules(&records, &Registry::all(), Some(2));
    let ids = |f: &[hindsight::rules::Finding]| -> Vec<String> {
        f.iter()
            .map(|f| format!("{} {}", f.rule, f.record.id))
            .collect()
    };
    assert_eq!(ids(&scanned), ids(&in_memory), "for {paths:?}");
    assert_eq!(
        serde_json::to_string(&scanned).unwrap(),
        serde_json::to_string(&in_memory).unwrap(),
        "for {paths:?}"
    );
}

#[test]
fn the_streaming_scan_finds_what_the_rules_find_in_memory_on_every_fixture() {
    for dir in &fixture_dirs() {
        assert_scan_matches_rules_in_memory(std::slice::from_ref(dir));
    }
    let generated = tempfile::tempdir().unwrap();
    let gen = generate(generated.path(), 3_000, 1_000).unwrap();
    assert_scan_matches_rules_in_memory(&gen.paths);
}

/// A party named in a bio and an accusation against the account's own handle: facts that only the
/// profile, read after the posts, can supply.
#[test]
fn the_streaming_scan_uses_the_bio_and_the_owner_names_read_after_the_posts() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("twitter-drlee").join("data");
    std::fs::create_dir_all(&data).unwrap();
    let write = |name: &str, body: &str| std::fs::write(data.join(name), body).unwrap();
    write(
        "manifest.js",
        r#"window.__THAR_CONFIG = {"userInfo": {"accountId": "90000001", "userName": "drlee_derm", "displayName": "Dr Sam Lee"}}"#,
    );
    write(
        "account.js",
        r#"window.YTD.account.part0 = [{"account": {"username": "drlee_derm", "accountId": "90000001", "accountDisplayName": "Dr Sam Lee"}}]"#,
    );
    write(
        "profile.js",
        r#"window.YTD.profile.part0 = [{"profile": {"description": {"bio": "Dermatologist. Medical director at Lumeris Clinic.", "website": "", "location": "Leeds"}}}]"#,
    );
    let tweet = |id: &str, text: &str| {
        format!(
            r#"{{"tweet": {{"id_str": "{id}", "id": "{id}", "created_at": "Mon Dec 02 22:10:00 +0000 2019", "full_text": "{text}", "entities": {{"hashtags": [], "user_mentions": [], "urls": []}}}}}}"#
        )
    };
    write(
        "tweet.js",
        &format!(
            "window.YTD.tweet.part0 = [{}, {}]",
            tweet(
                "1300000000000000001",
                "Honestly the results at Lumeris this month have been amazing. Highly recommend, book your consultation today!"
            ),
            tweet(
                "1300000000000000002",
                "Someone just called @drlee_derm a fraud and a quack in my replies. Water off a duck's back."
            ),
        ),
    );
    let paths = [dir.path().join("twitter-drlee")];
    let records = ingest(&paths, &config(1), &Silent).records;
    assert!(
        records.iter().any(|r| r.text.contains("Lumeris Clinic")),
        "bio read"
    );
    let in_memory = run_rules(&records, &Registry::all(), Some(1));
    assert!(
        in_memory
            .iter()
            .any(|f| f.rule == "COI001" && f.record.id.ends_with("1300000000000000001")),
        "{in_memory:#?}"
    );
    assert_scan_matches_rules_in_memory(&paths);
}

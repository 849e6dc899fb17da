//! The thread count changes how fast, never what: every report byte, every record and the coverage
//! are identical with `--jobs 1`, 2 and 3, on every fixture and on generated exports big enough to
//! go through many batches of the parallel readers and of the engine.

use hindsight::bench::generate::generate;
use hindsight::engine::{ingest, scan, ScanConfig, Silent};
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

#[test]
fn every_fixture_gives_the_same_bytes_with_any_thread_count() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    assert!(dirs.len() > 5, "fixtures found: {dirs:?}");
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

//! Every input a fuzz target once crashed, hung or exhausted memory on, replayed: first through the
//! very harness that found it (the fuzz crate's `src/lib.rs`, included below), then as a file under
//! the target's typical name through a whole scan. Inputs live in `fixtures/regressions/<target>/`;
//! add one by copying the artifact cargo-fuzz saved (`tests/fuzz/artifacts/<target>/crash-…`) there.

#[path = "fuzz/src/lib.rs"]
#[allow(dead_code)]
mod harness;

use hindsight::engine::{scan, ScanConfig, Silent};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Generous for a debug build; a regression that hung took seconds in an optimised one.
const MAX_SECONDS_PER_INPUT: u64 = 20;

fn regression_inputs() -> Vec<(String, PathBuf)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/regressions");
    let mut out = Vec::new();
    let Ok(targets) = std::fs::read_dir(&root) else {
        return out;
    };
    for target in targets.flatten().filter(|t| t.path().is_dir()) {
        let name = target.file_name().to_string_lossy().into_owned();
        for file in std::fs::read_dir(target.path()).unwrap().flatten() {
            if file.path().is_file() {
                out.push((name.clone(), file.path()));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn every_saved_fuzz_input_runs_cleanly_through_its_harness_and_a_scan() {
    let inputs = regression_inputs();
    for (target, path) in &inputs {
        let data = std::fs::read(path).unwrap();
        let started = Instant::now();
        harness::run(target, &data);
        let (name, bytes) = harness::as_file(target, &data);
        let tmp = tempfile::tempdir().unwrap();
        let file = tmp.path().join("export").join(&name);
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(&file, bytes).unwrap();
        let config = ScanConfig {
            jobs: Some(1),
            ..ScanConfig::default()
        };
        let s = scan(&[tmp.path().join("export")], &config, &Silent);
        assert!(s.coverage.totals.entries >= 1, "{}", path.display());
        let took = started.elapsed();
        assert!(
            took < Duration::from_secs(MAX_SECONDS_PER_INPUT),
            "{} took {took:?}",
            path.display()
        );
    }
    eprintln!("{} saved fuzz inputs replayed", inputs.len());
}

#[test]
fn the_harness_accepts_every_seed() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz/seeds");
    let mut n = 0;
    for target in std::fs::read_dir(&seeds).unwrap().flatten() {
        let name = target.file_name().to_string_lossy().into_owned();
        for file in std::fs::read_dir(target.path()).unwrap().flatten() {
            harness::run(&name, &std::fs::read(file.path()).unwrap());
            n += 1;
        }
    }
    assert!(n >= 8, "seeds found: {n}");
}

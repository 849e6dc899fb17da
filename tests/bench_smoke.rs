//! `hindsight bench` keeps working: a tiny run through every stage (timings are not asserted here;
//! targets are measured by the bench itself and recorded in the README).

use hindsight::bench::{run, BenchConfig};

#[test]
fn bench_runs_every_stage_at_a_tiny_size() {
    let cfg = BenchConfig {
        records: 400,
        messages: Some(300),
        jobs: Some(2),
        compare_jobs: true,
        scaling: true,
        keep: None,
    };
    let out = run(&cfg).unwrap();
    for line in [
        "inflate + parse",
        "rules (CPU",
        "lower bound",
        "ratio full scan / lower bound",
        "speed-up",
        "scaling:",
    ] {
        assert!(out.contains(line), "missing {line:?} in:\n{out}");
    }
    let records: u64 = out
        .lines()
        .find_map(|l| l.strip_prefix("records: "))
        .and_then(|l| l.split_whitespace().next())
        .unwrap()
        .parse()
        .unwrap();
    assert!(
        records >= 400,
        "the generated tweets are read back: {records}"
    );
}

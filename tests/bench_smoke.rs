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
        rule_times: false,
    };
    let out = run(&cfg).unwrap();
    for line in [
        "inflate + parse",
        "rules (CPU",
        "lower bound",
        "ratio full scan / lower bound",
        "speed-up",
        "scaling:",
        "(median of ",
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

#[test]
fn bench_rule_times_prints_a_row_per_rule() {
    let cfg = BenchConfig {
        records: 300,
        messages: None,
        jobs: Some(1),
        compare_jobs: false,
        scaling: false,
        keep: None,
        rule_times: true,
    };
    let out = run(&cfg).unwrap();
    assert!(out.contains("per-record rule time on 300"), "{out}");
    let rows = out.lines().filter(|l| l.starts_with("CONF")).count();
    assert!(rows >= 3, "confidentiality rules listed:\n{out}");
}

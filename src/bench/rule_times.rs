//! `hindsight bench --rule-times`: CPU time of each per-record rule on the benchmark's text mix.
//!
//! The scan reports rules as one figure; this splits it, so the next optimisation goes where the
//! time is. Each rule is timed on every record with the shared per-record work (the regex gates'
//! n-gram set, the combined phrase pass and the text analysis) timed on its own line, exactly as
//! the engine runs them. The clock read per call costs a few tens of nanoseconds, measured and
//! subtracted.

use super::generate::{text, Rng};
use crate::detect::{gate, Analysis};
use crate::engine::account_facts;
use crate::model::{Kind, Platform, Provenance, Record};
use crate::rules::{watch::WatchList, Context, Registry};
use std::time::{Duration, Instant};

/// Synthetic posts drawn from the benchmark's text mix.
pub fn sample_records(n: usize) -> Vec<Record> {
    let mut rng = Rng::new(0x5eed_1234);
    (0..n)
        .map(|i| {
            let source = Provenance {
                input: "bench".into(),
                entry: "tweets.js".into(),
                index: i as u64,
            };
            let mut r = Record::new(Platform::Twitter, Kind::Post, Some(i.to_string()), source);
            r.text = text(&mut rng);
            r
        })
        .collect()
}

/// Per-rule time on `records`, slowest first, preceded by the shared per-record work.
pub fn measure(records: &[Record]) -> Vec<(String, Duration)> {
    let registry = Registry::all();
    let account = account_facts(records);
    let watch = WatchList::default();
    let clock_cost = clock_overhead();
    let mut per_rule = vec![Duration::ZERO; registry.rules.len()];
    let mut shared = Duration::ZERO;
    let mut findings = Vec::new();
    for r in records {
        let started = Instant::now();
        let _gate = gate::enter(&r.text);
        let analysis = Analysis::of(r);
        shared += started.elapsed();
        let cx = Context::for_record(&account, &watch, Some(&analysis));
        for (rule, spent) in registry.rules.iter().zip(per_rule.iter_mut()) {
            let started = Instant::now();
            rule.check(r, &cx, &mut findings);
            *spent += started.elapsed().saturating_sub(clock_cost);
        }
        findings.clear();
    }
    let mut rows: Vec<(String, Duration)> = registry
        .rules
        .iter()
        .map(|rule| rule.meta().code.to_string())
        .zip(per_rule)
        .collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    rows.insert(0, ("(gate, phrase pass, analysis)".to_string(), shared));
    rows
}

/// What one `Instant::now()` + `elapsed()` pair costs, so it is not charged to the rules.
fn clock_overhead() -> Duration {
    const ROUNDS: u32 = 10_000;
    let started = Instant::now();
    let mut sink = Duration::ZERO;
    for _ in 0..ROUNDS {
        sink += Instant::now().elapsed();
    }
    std::hint::black_box(sink);
    started.elapsed() / ROUNDS
}

/// The table `bench --rule-times` prints: nanoseconds per record for each rule and the total.
pub fn render(rows: &[(String, Duration)], records: usize) -> String {
    let per = |d: Duration| d.as_nanos() as f64 / records.max(1) as f64;
    let total: f64 = rows.iter().map(|(_, d)| per(*d)).sum();
    let mut s = format!("per-record rule time on {records} synthetic posts (one thread)\n");
    s += "rule                              ns/record   share\n";
    for (name, d) in rows {
        s += &format!(
            "{name:<32} {:>10.0} {:>6.1}%\n",
            per(*d),
            100.0 * per(*d) / total.max(1e-9)
        );
    }
    s += &format!("{:<32} {total:>10.0}\n", "total");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_gets_a_row_and_the_shared_work_comes_first() {
        let records = sample_records(200);
        let rows = measure(&records);
        assert_eq!(rows.len(), Registry::all().rules.len() + 1);
        assert!(rows[0].0.starts_with("(gate"));
        assert!(rows[1..].windows(2).all(|w| w[0].1 >= w[1].1));
        let table = render(&rows, records.len());
        assert!(table.contains("CONF001"), "{table}");
    }
}

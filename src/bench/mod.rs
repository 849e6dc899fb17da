//! `hindsight bench`: speed and memory, measured on synthetic exports at a requested size.
//!
//! The figure that matters is the ratio of a full scan to its **lower bound** on the same data in the
//! same run: inflating every archive entry and one multi-pattern (Aho-Corasick) pass over its bytes for
//! the rule lexicons. Nothing that reads the archives and looks for those words can be faster, so the
//! ratio says how much the parsing, record building, rules and reports cost on top of the unavoidable.
//! Targets live here and in the README, never in timed unit tests. `--rule-times` ([`rule_times`])
//! splits the rules' share per rule, to show where the next optimisation should go.

pub mod generate;
pub mod rule_times;

use crate::engine::{self, ScanConfig, Silent};
use crate::input::{InputTree, Limits};
use aho_corasick::AhoCorasick;
use rayon::prelude::*;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// What `hindsight bench` was asked to do.
#[derive(Debug, Clone)]
pub struct BenchConfig {
    pub records: u64,
    /// Messages generated besides the `records` tweets (default: a quarter of them).
    pub messages: Option<u64>,
    pub jobs: Option<usize>,
    /// Also scan with one thread, to measure parallel speed-up.
    pub compare_jobs: bool,
    /// Also run at a tenth of the size, to measure scaling.
    pub scaling: bool,
    /// Keep the generated exports in this folder instead of a temporary one.
    pub keep: Option<PathBuf>,
    /// Instead of scanning, time each per-record rule on `records` synthetic posts.
    pub rule_times: bool,
}

/// One measured scan.
#[derive(Debug, Clone)]
pub struct Measure {
    pub records: u64,
    pub bytes: u64,
    pub lower_bound: Duration,
    pub inflate_only: Duration,
    pub parse_only: Duration,
    pub scan: Duration,
    pub rules_cpu: Duration,
    pub cross: Duration,
    /// Records kept in memory for the cross-record passes, in all and by rule.
    pub kept: u64,
    pub kept_by_rule: Vec<(&'static str, u64)>,
    pub reports: Duration,
    /// CPU time (user + system, all threads) of the scan and reports, when the OS tells.
    pub cpu: Option<Duration>,
    pub findings: usize,
    /// Terms in the rule lexicons the lower bound searched for (0 until rules declare any).
    pub lexicon_terms: usize,
}

/// Peak resident memory of this process so far (Linux `VmHWM`), in bytes.
pub fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// CPU time this process has used so far (user + system, all threads), from `/proc/self/stat`.
/// On a shared machine it tells how much of the wall time the scan actually had the CPU.
pub fn process_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which may hold spaces) start at the last `)`.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    // The kernel reports in USER_HZ, which is 100 on every Linux that hindsight targets.
    Some(Duration::from_millis(ticks * 10))
}

/// Every word the rules' lexicons look for, for the lower bound's multi-pattern pass.
fn lexicon_terms() -> Vec<String> {
    crate::detect::lexicon_terms()
}

/// Inflate every entry (in parallel, like the scan) and optionally run the lexicon automaton over it.
fn inflate_all(paths: &[PathBuf], automaton: Option<&AhoCorasick>) -> (Duration, u64, u64) {
    let started = Instant::now();
    let limits = Limits::default();
    let tree = InputTree::open(paths, &limits);
    let (bytes, hits) = tree
        .entries
        .par_iter()
        .map(|e| {
            let mut bytes = 0u64;
            let mut hits = 0u64;
            let Ok(mut r) = e.open(&limits) else {
                return (0, 0);
            };
            let mut buf = vec![0u8; 256 * 1024];
            loop {
                match r.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        bytes += n as u64;
                        if let Some(ac) = automaton {
                            hits += ac.find_iter(&buf[..n]).count() as u64;
                        }
                    }
                }
            }
            (bytes, hits)
        })
        .reduce(|| (0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
    (started.elapsed(), bytes, hits)
}

fn measure(paths: &[PathBuf], jobs: Option<usize>, out_dir: &Path) -> Measure {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs.unwrap_or(0))
        .build()
        .expect("thread pool");
    let terms = lexicon_terms();
    // No terms, no search: an automaton without patterns still walks every byte, which would make
    // the lower bound look slower (and the ratio better) than it is.
    let automaton = (!terms.is_empty()).then(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(&terms)
            .expect("lexicon automaton")
    });
    let (inflate_only, bytes, _) = pool.install(|| inflate_all(paths, None));
    let lower_bound = match &automaton {
        Some(ac) => pool.install(|| inflate_all(paths, Some(ac))).0,
        None => inflate_only,
    };
    let config = ScanConfig {
        jobs,
        ..ScanConfig::default()
    };
    let started = Instant::now();
    let records = engine::count_records(paths, &config);
    let parse_only = started.elapsed();
    let cpu_before = process_cpu();
    let started = Instant::now();
    let scan = engine::scan(paths, &config, &Silent);
    let scan_time = started.elapsed();
    let timings = scan.timings.clone();
    let findings = scan.findings.len();
    let started = Instant::now();
    let report = crate::report::Report::from_scan(scan, &crate::report::Options::default());
    let _ = pool.install(|| crate::report::write_all(out_dir, &report));
    drop(report);
    let reports = started.elapsed();
    let cpu = process_cpu()
        .zip(cpu_before)
        .map(|(after, before)| after.saturating_sub(before));
    Measure {
        records,
        bytes,
        lower_bound,
        inflate_only,
        parse_only,
        scan: scan_time,
        rules_cpu: timings.rules_cpu,
        cross: timings.cross,
        kept: timings.kept,
        kept_by_rule: timings.kept_by_rule,
        reports,
        cpu,
        findings,
        lexicon_terms: terms.len(),
    }
}

fn mb_s(bytes: u64, d: Duration) -> f64 {
    bytes as f64 / 1e6 / d.as_secs_f64().max(1e-9)
}

fn rec_s(records: u64, d: Duration) -> f64 {
    records as f64 / d.as_secs_f64().max(1e-9)
}

/// Render one measurement as the table the README records.
pub fn render(m: &Measure, jobs: usize) -> String {
    let total = m.scan + m.reports;
    let mut s = String::new();
    s += &format!(
        "records: {}   uncompressed bytes: {:.1} MB   threads: {jobs}   findings: {}\n",
        m.records,
        m.bytes as f64 / 1e6,
        m.findings
    );
    s += "stage                         time      MB/s    records/s\n";
    let row = |name: &str, d: Duration| {
        format!(
            "{name:<28} {:>7.2}s {:>9.1} {:>12.0}\n",
            d.as_secs_f64(),
            mb_s(m.bytes, d),
            rec_s(m.records, d)
        )
    };
    s += &row("inflate", m.inflate_only);
    s += &row("inflate + parse", m.parse_only);
    s += &row("rules (CPU, all threads)", m.rules_cpu);
    s += &row("cross-record passes", m.cross);
    let by_rule: Vec<String> = m
        .kept_by_rule
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(code, n)| format!("{code} {n}"))
        .collect();
    s += &format!(
        "records kept for cross-record passes: {} ({})\n",
        m.kept,
        if by_rule.is_empty() {
            "none asked".to_string()
        } else {
            by_rule.join(", ")
        }
    );
    s += &row("full scan", m.scan);
    s += &row("reports", m.reports);
    s += &row("scan + reports", total);
    s += &row("lower bound (inflate + AC)", m.lower_bound);
    s += &if m.lexicon_terms == 0 {
        "lower bound: no rule declares lexicon terms yet, so it is inflating alone\n".to_string()
    } else {
        format!(
            "lower bound: one pass for {} lexicon terms\n",
            m.lexicon_terms
        )
    };
    s += &format!(
        "ratio full scan / lower bound: {:.2}x\n",
        total.as_secs_f64() / m.lower_bound.as_secs_f64().max(1e-9)
    );
    if let Some(cpu) = m.cpu {
        s += &format!(
            "scan + reports CPU time: {:.2}s, {:.2} cores busy on average\n",
            cpu.as_secs_f64(),
            cpu.as_secs_f64() / total.as_secs_f64().max(1e-9)
        );
    }
    s
}

/// Run the benchmark and return the printed report.
pub fn run(cfg: &BenchConfig) -> std::io::Result<String> {
    if cfg.rule_times {
        let records = rule_times::sample_records(cfg.records as usize);
        return Ok(rule_times::render(
            &rule_times::measure(&records),
            records.len(),
        ));
    }
    let tmp;
    let dir = match &cfg.keep {
        Some(d) => {
            std::fs::create_dir_all(d)?;
            d.clone()
        }
        None => {
            tmp = tempfile::tempdir()?;
            tmp.path().to_path_buf()
        }
    };
    let messages = cfg.messages.unwrap_or(cfg.records / 4);
    let jobs = cfg.jobs.unwrap_or_else(|| {
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
    });
    let mut out = String::new();
    let started = Instant::now();
    let data = dir.join("exports");
    std::fs::create_dir_all(&data)?;
    let gen = generate::generate(&data, cfg.records, messages)?;
    out += &format!(
        "generated {} tweets and {} messages ({:.1} MB compressed) in {:.1}s\n\n",
        gen.tweets,
        gen.messages,
        gen.compressed_bytes as f64 / 1e6,
        started.elapsed().as_secs_f64()
    );
    // Compiling the rules' regexes and automata happens once per process, on first use. Warm up on
    // a small export first, so neither the first measured scan pays it while the others do (the
    // lower bound's automaton is also built before its clock starts), and report it on its own.
    let warm_dir = dir.join("warm-up");
    std::fs::create_dir_all(&warm_dir)?;
    let warm = generate::generate(&warm_dir, 200, 50)?;
    let started = Instant::now();
    let warm_scan = engine::scan(
        &warm.paths,
        &ScanConfig {
            jobs: Some(jobs),
            ..ScanConfig::default()
        },
        &Silent,
    );
    drop(warm_scan);
    out += &format!(
        "start-up (compiling the rules' regexes and automata, once per run): {:.2}s\n\n",
        started.elapsed().as_secs_f64()
    );
    let m = measure(&gen.paths, Some(jobs), &dir.join("report"));
    out += &render(&m, jobs);
    if let Some(peak) = peak_rss() {
        out += &format!("peak memory (VmHWM): {:.0} MB\n", peak as f64 / 1e6);
    }
    if cfg.compare_jobs && jobs > 1 {
        let one = measure(&gen.paths, Some(1), &dir.join("report-1"));
        out += &format!(
            "\n--jobs 1: scan + reports {:.2}s; speed-up with {jobs} threads: {:.2}x\n",
            (one.scan + one.reports).as_secs_f64(),
            (one.scan + one.reports).as_secs_f64() / (m.scan + m.reports).as_secs_f64().max(1e-9)
        );
        if let (Some(c1), Some(cn)) = (one.cpu, m.cpu) {
            out += &format!(
                "CPU time with 1 thread {:.2}s, with {jobs} threads {:.2}s (on a busy machine the \
                 wall-clock speed-up is capped by the CPU the other processes leave)\n",
                c1.as_secs_f64(),
                cn.as_secs_f64()
            );
        }
    }
    if cfg.scaling && cfg.records >= 10 {
        let small_dir = dir.join("exports-tenth");
        std::fs::create_dir_all(&small_dir)?;
        let small = generate::generate(&small_dir, cfg.records / 10, messages / 10)?;
        // A scan of a tenth of the size lasts about a second, so one run is at the mercy of
        // whatever else the machine is doing in that second: take the median of three.
        let mut runs: Vec<Measure> = (0..3)
            .map(|_| measure(&small.paths, Some(jobs), &dir.join("report-tenth")))
            .collect();
        runs.sort_by_key(|r| r.scan + r.reports);
        let times: Vec<String> = runs
            .iter()
            .map(|r| format!("{:.2}s", (r.scan + r.reports).as_secs_f64()))
            .collect();
        let s = &runs[1];
        out += &format!(
            "\nscaling: {} records in {:.2}s (median of {}), {} records in {:.2}s: 10x the records cost {:.2}x the time\n",
            s.records,
            (s.scan + s.reports).as_secs_f64(),
            times.join(", "),
            m.records,
            (m.scan + m.reports).as_secs_f64(),
            (m.scan + m.reports).as_secs_f64() / (s.scan + s.reports).as_secs_f64().max(1e-9)
        );
    }
    Ok(out)
}

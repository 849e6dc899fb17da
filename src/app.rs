//! The commands behind the CLI, callable from tests.

use crate::cli::{BenchArgs, Command, InspectArgs, RecordsArgs, RulesArgs, ScanArgs};
use crate::engine::{self, Progress, Silent};
use crate::report;
use crate::rules::Registry;
use anyhow::Context as _;
use indicatif::{ProgressBar, ProgressStyle};
use std::io::{IsTerminal, Write};

/// Exit codes in the ripgrep/ruff manner.
pub const EXIT_CLEAN: u8 = 0;
pub const EXIT_FINDINGS: u8 = 1;
pub const EXIT_INPUT_ERROR: u8 = 2;

pub fn run(command: Command) -> anyhow::Result<u8> {
    match command {
        Command::Scan(a) => scan(a),
        Command::Records(a) => records(a),
        Command::Rules(a) => rules(a),
        Command::Inspect(a) => inspect(a),
        Command::Bench(a) => bench(a),
    }
}

/// indicatif progress on stderr, only when stderr is a terminal.
struct Bar(Option<ProgressBar>);

impl Bar {
    fn new(quiet: bool) -> Bar {
        if quiet || !std::io::stderr().is_terminal() {
            return Bar(None);
        }
        let pb = ProgressBar::new(0);
        pb.set_style(
            ProgressStyle::with_template("{spinner} {msg:>10} [{bar:30}] {pos}/{len} ({elapsed})")
                .expect("valid template")
                .progress_chars("=> "),
        );
        Bar(Some(pb))
    }
}

impl Progress for Bar {
    fn stage(&self, name: &str, total: u64) {
        if let Some(pb) = &self.0 {
            pb.set_message(name.to_string());
            pb.set_length(total);
            pb.set_position(0);
        }
    }
    fn inc(&self, n: u64) {
        if let Some(pb) = &self.0 {
            pb.inc(n);
        }
    }
    fn finish(&self) {
        if let Some(pb) = &self.0 {
            pb.finish_and_clear();
        }
    }
}

/// Read `--baseline` and `--allow` before scanning, so a bad file fails fast.
fn report_options(a: &ScanArgs) -> anyhow::Result<report::Options> {
    Ok(report::Options {
        redact: a.redact,
        baseline: a
            .baseline
            .as_deref()
            .map(report::baseline::Baseline::load)
            .transpose()?,
        allow: a
            .allow
            .as_deref()
            .map(report::allow::AllowList::load)
            .transpose()?,
    })
}

fn scan(a: ScanArgs) -> anyhow::Result<u8> {
    let config = a.config()?;
    let options = report_options(&a)?;
    let bar = Bar::new(a.input.quiet);
    let scan = engine::scan(&a.input.paths, &config, &bar);
    bar.finish();
    let found = scan.findings.len();
    let coverage = scan.coverage.clone();
    let built = report::Report::from_scan(scan, &options);
    for s in built.allow_stale.iter().flatten() {
        eprintln!(
            "hindsight: warning: allow-list entry matches nothing: record {} rule {} ({})",
            s.record, s.rule, s.reason
        );
    }
    let written = engine::with_jobs(config.jobs, || report::write_all(&a.out, &built))
        .with_context(|| format!("writing reports to {}", a.out.display()))?;
    if !a.input.quiet {
        let t = &coverage.totals;
        eprintln!(
            "hindsight: {} records from {} entries ({} recognised, {} unrecognised, {} errors); {} findings",
            t.records,
            t.entries,
            t.recognised,
            t.unrecognised,
            t.errors,
            found
        );
        for p in coverage
            .problems
            .iter()
            .filter(|p| p.level == crate::input::Level::Error)
        {
            eprintln!("  error: {p}");
        }
        for w in written {
            eprintln!("  wrote {}", w.display());
        }
    }
    Ok(if coverage.has_errors() {
        EXIT_INPUT_ERROR
    } else if built.findings.iter().any(report::cleanup::is_actionable) {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    })
}

fn records(a: RecordsArgs) -> anyhow::Result<u8> {
    let ingested = engine::ingest(&a.input.paths, &a.input.config(), &Silent);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for r in &ingested.records {
        serde_json::to_writer(&mut out, r)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    for p in &ingested.coverage.problems {
        eprintln!(
            "hindsight: {}: {p}",
            if p.level == crate::input::Level::Error {
                "error"
            } else {
                "warning"
            }
        );
    }
    Ok(if ingested.coverage.has_errors() {
        EXIT_INPUT_ERROR
    } else {
        EXIT_CLEAN
    })
}

fn rules(a: RulesArgs) -> anyhow::Result<u8> {
    let reg = Registry::all();
    let mut out = String::new();
    match a.code {
        Some(code) => {
            let m = reg
                .find(&code)
                .with_context(|| format!("no rule {code:?}; run `hindsight rules` for the list"))?;
            out.push_str(&crate::rules::explain(m));
        }
        None if a.json => out = crate::rules::catalogue_json(&reg)?,
        None => {
            for m in reg.metas() {
                out.push_str(&format!(
                    "{:<8} {:<20} {:<7} {}\n",
                    m.code,
                    m.category.as_str(),
                    m.severity.as_str(),
                    m.summary
                ));
            }
        }
    }
    print!("{out}");
    Ok(EXIT_CLEAN)
}

fn inspect(a: InspectArgs) -> anyhow::Result<u8> {
    let ingested = engine::ingest(&a.input.paths, &a.input.config(), &Bar::new(a.input.quiet));
    let cov = &ingested.coverage;
    if a.json {
        println!("{}", serde_json::to_string_pretty(cov)?);
    } else {
        print!("{}", crate::report::inspect_table(cov));
    }
    Ok(if cov.has_errors() {
        EXIT_INPUT_ERROR
    } else {
        EXIT_CLEAN
    })
}

fn bench(a: BenchArgs) -> anyhow::Result<u8> {
    let cfg = crate::bench::BenchConfig {
        records: a.records,
        messages: a.messages,
        jobs: a.jobs,
        compare_jobs: a.compare_jobs,
        scaling: a.scaling,
        keep: a.keep,
        rule_times: a.rule_times,
    };
    print!("{}", crate::bench::run(&cfg)?);
    Ok(EXIT_CLEAN)
}

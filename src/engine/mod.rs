//! The engine: detect, read, run rules, order findings. Everything parallel, everything deterministic,
//! and streaming: records flow from the parsers straight through the per-record rules, and only the
//! records a cross-record pass asks for are kept, so memory follows the findings, not the archive.
//!
//! Determinism is a feature here: an adviser compares two runs, and tests compare bytes. Every parallel
//! step collects into a vector in export order (rayon's indexed `collect` keeps order), ties are broken
//! by explicit keys, and findings are sorted by [`Finding::sort_key`]. The thread count changes how
//! fast, never what.
//!
//! Account facts (bios, the owner's names) are only known once everything is read, but per-record rules
//! run while reading. The rules' [`Context`] notes how each rule consulted them
//! ([`crate::rules::AccountUse`]): a record whose verdict the complete facts could change is kept
//! and checked again at the end, so a scan finds exactly what the rules find over records in memory
//! with the facts known from the start (a test holds the two to each other on every fixture).

pub mod coverage;
mod read;

pub use coverage::{year_label, Coverage, CoverageTotals, EntryCoverage};

use crate::detect::Analysis;
use crate::input::{InputTree, Level, Limits};
use crate::model::{AuthorRole, Kind, Platform, Record, Timestamp};
use crate::rules::identity::HealthTally;
use crate::rules::verdict::is_public_own_post;
use crate::rules::watch::WatchList;
use crate::rules::{AccountFacts, AccountUse, Context, Finding, Registry};
use rayon::prelude::*;
use read::{read_tree, Sink};
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// Everything a scan needs besides the paths.
#[derive(Debug, Clone, Default)]
pub struct ScanConfig {
    /// Worker threads; `None` = one per core.
    pub jobs: Option<usize>,
    pub limits: Limits,
    /// Rule codes, code prefixes or categories to run (empty = all).
    pub select: Vec<String>,
    pub ignore: Vec<String>,
    /// Only records at or after / before these times (records without a time are kept).
    pub since: Option<Timestamp>,
    pub until: Option<Timestamp>,
    /// Terms that must always be flagged (`--watch FILE`).
    pub watch: WatchList,
}

/// Progress reporting hooks (indicatif in the CLI, nothing in tests).
pub trait Progress: Sync {
    fn stage(&self, _name: &str, _total: u64) {}
    fn inc(&self, _n: u64) {}
    fn finish(&self) {}
}

/// Reports nothing.
pub struct Silent;
impl Progress for Silent {}

/// The normalised records of a set of inputs, de-duplicated, in deterministic order.
pub struct Ingested {
    pub inputs: Vec<String>,
    pub records: Vec<Record>,
    pub coverage: Coverage,
}

/// Where the time went, for `hindsight bench`.
#[derive(Debug, Clone, Default)]
pub struct Timings {
    /// Listing the input tree (zip central directories, tar buffering).
    pub list: Duration,
    /// Detection, parsing and per-record rules, overlapped on all threads (wall clock).
    pub read_and_rules: Duration,
    /// Time spent in per-record rules (and in keeping what later passes need), summed over threads.
    pub rules_cpu: Duration,
    /// Cross-record passes and account re-checks (wall clock).
    pub cross: Duration,
    /// Distinct records kept in memory for the cross-record passes and re-checks.
    pub kept: u64,
    /// How many of those each cross-record rule asked for, by rule code.
    pub kept_by_rule: Vec<(&'static str, u64)>,
}

/// The outcome of a scan.
pub struct Scan {
    pub inputs: Vec<String>,
    pub coverage: Coverage,
    pub findings: Vec<Finding>,
    pub rules_run: Vec<String>,
    pub timings: Timings,
}

/// Run `work` on a pool of `jobs` threads (one per core when `None`), as the scan does: the reports
/// are written on the same number of threads as the records were read.
pub fn with_jobs<R: Send>(jobs: Option<usize>, work: impl FnOnce() -> R + Send) -> R {
    thread_pool(jobs).install(work)
}

fn thread_pool(jobs: Option<usize>) -> rayon::ThreadPool {
    let mut b = rayon::ThreadPoolBuilder::new();
    if let Some(j) = jobs {
        b = b.num_threads(j.max(1));
    }
    b.build().unwrap_or_else(|_| {
        rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .expect("a one-thread pool")
    })
}

fn coverage_of<S>(tree: &InputTree, out: &mut read::ReadOutcome<S>) -> Coverage {
    let mut totals = CoverageTotals {
        inputs: tree.inputs.len() as u64,
        entries: tree.entries.len() as u64,
        recognised: out.recognised,
        skipped: out.skipped,
        unrecognised: out.unrecognised,
        media_files: out.media_files,
        filtered_out: out.filtered_out,
        ..Default::default()
    };
    coverage::count_distinct(&mut totals, std::mem::take(&mut out.keys));
    totals.errors = out
        .problems
        .iter()
        .filter(|p| p.level == Level::Error)
        .count() as u64;
    totals.warnings = out
        .problems
        .iter()
        .filter(|p| p.level == Level::Warning)
        .count() as u64;
    Coverage {
        totals,
        entries: std::mem::take(&mut out.entries),
        problems: std::mem::take(&mut out.problems),
    }
}

/// Keep the first copy of each record id, choosing by provenance so the choice is deterministic.
fn dedup_records(records: &mut Vec<Record>) {
    records.sort_by(|a, b| {
        (&a.id, &a.source.input, &a.source.entry, a.source.index).cmp(&(
            &b.id,
            &b.source.input,
            &b.source.entry,
            b.source.index,
        ))
    });
    records.dedup_by(|b, a| a.id == b.id);
}

/// Detect and read every entry under `paths`, keeping every record (for `hindsight records` and tests).
pub fn ingest(paths: &[PathBuf], config: &ScanConfig, progress: &dyn Progress) -> Ingested {
    let tree = InputTree::open(paths, &config.limits);
    thread_pool(config.jobs).install(|| {
        let mut out = read_tree(&tree, config, progress, Vec::new);
        let mut records: Vec<Record> = std::mem::take(&mut out.sinks)
            .into_iter()
            .flatten()
            .collect();
        dedup_records(&mut records);
        records.sort_by(|a, b| {
            (a.platform, a.timestamp, &a.id).cmp(&(b.platform, b.timestamp, &b.id))
        });
        progress.finish();
        Ingested {
            inputs: tree.inputs.clone(),
            records,
            coverage: coverage_of(&tree, &mut out),
        }
    })
}

/// Read everything and count the records without keeping them or running rules: the parse-only
/// stage of `hindsight bench`.
/// Fill `totals` (records, duplicates, per platform, kind and year) from records already in memory,
/// counting each record id once, as a scan does while streaming.
pub fn tally_records(records: &[Record], totals: &mut coverage::CoverageTotals) {
    let keys = records.iter().map(coverage::RecordKey::of).collect();
    coverage::count_distinct(totals, keys);
}

pub fn count_records(paths: &[PathBuf], config: &ScanConfig) -> u64 {
    struct Count(u64);
    impl Sink for Count {
        fn accept(&mut self, _record: Record) {
            self.0 += 1;
        }
    }
    let tree = InputTree::open(paths, &config.limits);
    thread_pool(config.jobs).install(|| {
        read_tree(&tree, config, &Silent, || Count(0))
            .sinks
            .iter()
            .map(|c| c.0)
            .sum()
    })
}

/// Facts about the account holder, gathered from their profiles and own records.
pub fn account_facts<'a>(records: impl IntoIterator<Item = &'a Record>) -> AccountFacts {
    let mut facts = AccountFacts::default();
    let mut names = BTreeSet::new();
    for r in records
        .into_iter()
        .filter(|r| r.author.role == AuthorRole::Owner)
    {
        if is_public_own_post(r) {
            facts.public_post_platforms.insert(r.platform);
        }
        if r.kind == Kind::Profile && !r.text.trim().is_empty() {
            facts.bios.push((r.platform, r.text.clone()));
        }
        for n in [&r.author.name, &r.author.handle].into_iter().flatten() {
            if !n.trim().is_empty() {
                names.insert(n.clone());
            }
        }
    }
    facts.bios.sort();
    facts.bios.dedup();
    facts.owner_names = names.into_iter().collect();
    facts
}

/// Collects what a scan keeps from one export while its records stream past.
struct ScanSink<'a> {
    registry: &'a Registry,
    account: &'a AccountFacts,
    watch: &'a WatchList,
    findings: Vec<Finding>,
    /// Records some cross-record rule asked for (with a bit per cross rule that wants it), plus
    /// profiles and records to re-check against the account facts.
    /// Boxed, so merging and sorting them moves pointers rather than whole records.
    kept: Vec<(Box<Record>, u64)>,
    /// Records to check again once the account facts are complete, with the rules to run (by index).
    recheck: Vec<(String, Vec<usize>)>,
    owner_names: BTreeSet<String>,
    public_post_platforms: BTreeSet<Platform>,
    health_posts: HealthTally,
    rules_cpu: Duration,
}

/// Which cross rules want a record, one bit per rule in registry order.
fn cross_mask(registry: &Registry, r: &Record, a: &Analysis) -> u64 {
    registry
        .cross
        .iter()
        .enumerate()
        .filter(|(_, c)| c.wants(r, a))
        .fold(0, |m, (k, _)| m | (1u64 << k.min(63)))
}

impl ScanSink<'_> {
    /// Run the per-record rules on `r`; the cross-rule mask when the scan must keep it for a later
    /// pass (a zero mask still keeps profiles and records to re-check).
    fn check(&mut self, r: &Record) -> Option<u64> {
        let _gate = crate::detect::gate::enter(&r.text);
        let analysis = Analysis::of(r);
        let cx = Context::for_record(self.account, self.watch, Some(&analysis));
        let mut recheck = Vec::new();
        for (k, rule) in self.registry.rules.iter().enumerate() {
            let before = self.findings.len();
            rule.check(r, &cx, &mut self.findings);
            let fired = self.findings.len() > before;
            let again = match cx.take_account_use() {
                AccountUse::None => false,
                AccountUse::Soften => fired,
                AccountUse::MayCreate => true,
            };
            if again {
                self.findings.truncate(before);
                recheck.push(k);
            }
        }
        let mask = cross_mask(self.registry, r, &analysis);
        if r.author.role == AuthorRole::Owner {
            for n in [&r.author.name, &r.author.handle].into_iter().flatten() {
                if !self.owner_names.contains(n) {
                    self.owner_names.insert(n.clone());
                }
            }
        }
        if is_public_own_post(r) {
            self.public_post_platforms.insert(r.platform);
        }
        self.health_posts.add(r, &analysis);
        let needs_recheck = !recheck.is_empty();
        if needs_recheck {
            self.recheck.push((r.id.clone(), recheck));
        }
        let profile = r.kind == Kind::Profile && r.author.role == AuthorRole::Owner;
        (needs_recheck || profile || mask != 0).then_some(mask)
    }
}

impl Sink for ScanSink<'_> {
    fn accept(&mut self, r: Record) {
        let start = Instant::now();
        if let Some(mask) = self.check(&r) {
            self.kept.push((Box::new(r), mask));
        }
        self.rules_cpu += start.elapsed();
    }

    /// Timed once per batch (reading the clock per record would cost more than cheap rules).
    fn accept_all(&mut self, records: Vec<Record>) {
        let start = Instant::now();
        for r in records {
            if let Some(mask) = self.check(&r) {
                self.kept.push((Box::new(r), mask));
            }
        }
        self.rules_cpu += start.elapsed();
    }
}

/// Run the rules over records already in memory (tests, the evaluation set).
pub fn run_rules(records: &[Record], registry: &Registry, jobs: Option<usize>) -> Vec<Finding> {
    run_rules_with(records, registry, &WatchList::default(), jobs)
}

/// As [`run_rules`], with a watch list. Each record's text is analysed once and the analysis shared
/// by every rule.
pub fn run_rules_with(
    records: &[Record],
    registry: &Registry,
    watch: &WatchList,
    jobs: Option<usize>,
) -> Vec<Finding> {
    let mut account = account_facts(records);
    thread_pool(jobs).install(|| {
        let per_record: Vec<(Vec<Finding>, u64, bool)> = records
            .par_iter()
            .map(|r| {
                let _gate = crate::detect::gate::enter(&r.text);
                let a = Analysis::of(r);
                let cx = Context::for_record(&account, watch, Some(&a));
                let mut out = Vec::new();
                for rule in &registry.rules {
                    rule.check(r, &cx, &mut out);
                }
                let health = crate::rules::identity::public_health_post(r, &a);
                (out, cross_mask(registry, r, &a), health)
            })
            .collect();
        let mut findings = Vec::new();
        let mut masks = Vec::with_capacity(records.len());
        let mut health_posts = HealthTally::default();
        for (r, (f, m, health)) in records.iter().zip(per_record) {
            findings.extend(f);
            masks.push(m);
            if health {
                health_posts.add_counted(r);
            }
        }
        account.health_posts = health_posts.finish();
        let kept: Vec<(&Record, u64)> = records.iter().zip(masks).collect();
        findings.extend(run_cross(&kept, registry, &account, watch));
        sort_findings(&mut findings);
        findings
    })
}

/// Each cross rule over the records it wanted, with their analyses computed once for that rule.
fn run_cross(
    kept: &[(&Record, u64)],
    registry: &Registry,
    account: &AccountFacts,
    watch: &WatchList,
) -> Vec<Finding> {
    registry
        .cross
        .par_iter()
        .enumerate()
        .flat_map_iter(|(k, rule)| {
            let bit = 1u64 << k.min(63);
            let wanted: Vec<&Record> = kept
                .iter()
                .filter(|(_, m)| m & bit != 0)
                .map(|(r, _)| *r)
                .collect();
            let analyses: Vec<Analysis> = wanted
                .par_iter()
                .map(|r| {
                    let _gate = crate::detect::gate::enter(&r.text);
                    Analysis::of(r)
                })
                .collect();
            let cx = Context::for_records(account, watch, &analyses);
            let mut out = Vec::new();
            rule.check_all(&wanted, &cx, &mut out);
            out
        })
        .collect()
}

/// Sort findings into report order and drop exact duplicates (the same finding on two copies of a
/// record keeps the copy with the first provenance).
pub fn sort_findings(findings: &mut Vec<Finding>) {
    findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    findings.dedup_by(|b, a| a.id == b.id);
}

/// The whole pipeline.
pub fn scan(paths: &[PathBuf], config: &ScanConfig, progress: &dyn Progress) -> Scan {
    let mut timings = Timings::default();
    let started = Instant::now();
    let tree = InputTree::open(paths, &config.limits);
    timings.list = started.elapsed();
    let mut registry = Registry::all();
    registry.filter(&config.select, &config.ignore);
    let empty = AccountFacts::default();

    thread_pool(config.jobs).install(|| {
        let started = Instant::now();
        let mut out = read_tree(&tree, config, progress, || ScanSink {
            registry: &registry,
            account: &empty,
            watch: &config.watch,
            findings: Vec::new(),
            kept: Vec::new(),
            recheck: Vec::new(),
            owner_names: BTreeSet::new(),
            public_post_platforms: BTreeSet::new(),
            health_posts: HealthTally::default(),
            rules_cpu: Duration::ZERO,
        });
        timings.read_and_rules = started.elapsed();

        let started = Instant::now();
        // Sized up front: growing by doubling would briefly hold two or three copies of them.
        let mut findings = Vec::with_capacity(out.sinks.iter().map(|s| s.findings.len()).sum());
        let mut kept = Vec::new();
        let mut recheck: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
        let mut owner_names = BTreeSet::new();
        let mut public_post_platforms = BTreeSet::new();
        let mut health_posts = HealthTally::default();
        for sink in std::mem::take(&mut out.sinks) {
            public_post_platforms.extend(sink.public_post_platforms);
            health_posts.merge(sink.health_posts);
            findings.extend(sink.findings);
            kept.extend(sink.kept);
            for (id, rules) in sink.recheck {
                recheck.entry(id).or_default().extend(rules);
            }
            owner_names.extend(sink.owner_names);
            timings.rules_cpu += sink.rules_cpu;
        }
        kept.sort_by(|(a, _), (b, _)| {
            (&a.id, &a.source.input, &a.source.entry, a.source.index).cmp(&(
                &b.id,
                &b.source.input,
                &b.source.entry,
                b.source.index,
            ))
        });
        kept.dedup_by(|(b, _), (a, _)| a.id == b.id);
        let mut account = account_facts(kept.iter().map(|(r, _)| &**r));
        account.owner_names = owner_names.into_iter().collect();
        account.public_post_platforms = public_post_platforms;
        account.health_posts = health_posts.finish();
        let cx = Context::for_record(&account, &config.watch, None);
        for (r, _) in &kept {
            for &k in recheck.get(&r.id).into_iter().flatten() {
                registry.rules[k].check(r, &cx, &mut findings);
            }
        }
        timings.kept = kept.len() as u64;
        timings.kept_by_rule = registry
            .cross
            .iter()
            .enumerate()
            .map(|(k, rule)| {
                let bit = 1u64 << k.min(63);
                let n = kept.iter().filter(|(_, m)| m & bit != 0).count() as u64;
                (rule.meta().code, n)
            })
            .collect();
        let kept_refs: Vec<(&Record, u64)> = kept.iter().map(|(r, m)| (&**r, *m)).collect();
        findings.extend(run_cross(&kept_refs, &registry, &account, &config.watch));
        sort_findings(&mut findings);
        timings.cross = started.elapsed();
        progress.finish();
        Scan {
            inputs: tree.inputs.clone(),
            coverage: coverage_of(&tree, &mut out),
            findings,
            rules_run: registry
                .metas()
                .iter()
                .map(|m| m.code.to_string())
                .collect(),
            timings,
        }
    })
}

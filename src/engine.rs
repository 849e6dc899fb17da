//! The engine: detect, read, de-duplicate, run rules, order findings. Everything parallel, everything
//! deterministic.
//!
//! Determinism is a feature here: an adviser compares two runs, and tests compare bytes. So every
//! parallel step collects into a vector in input order (rayon's indexed `collect` keeps order), ties are
//! broken by explicit keys, and the final findings are sorted by [`Finding::sort_key`]. The thread count
//! changes how fast, never what.

use crate::ingest::{self, Claim, Export, MediaIndex, Probe, ReadStats, Role, Source, HEAD_BYTES};
use crate::input::{Entry, InputTree, Level, Limits, Problem};
use crate::model::{AuthorRole, Kind, Platform, Record, Timestamp};
use crate::rules::{AccountFacts, Context, Finding, Registry};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;

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

/// What was read from one entry, for the coverage report.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct EntryCoverage {
    pub input: String,
    pub entry: String,
    /// The source that claimed it, or `null` if none did.
    pub source: Option<String>,
    pub confidence: u8,
    /// `records`, `context`, `skipped`, `unrecognised`.
    pub role: String,
    /// Why it was skipped, for skipped entries.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    pub bytes: u64,
    pub records: u64,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub by_kind: BTreeMap<String, u64>,
    pub first: Option<Timestamp>,
    pub last: Option<Timestamp>,
    /// Items in the entry that could not be parsed.
    pub unparsed: u64,
}

/// Totals for the coverage report's headline.
#[derive(Debug, Clone, Serialize, Default, PartialEq)]
pub struct CoverageTotals {
    pub inputs: u64,
    pub entries: u64,
    pub recognised: u64,
    pub skipped: u64,
    pub unrecognised: u64,
    pub media_files: u64,
    pub errors: u64,
    pub warnings: u64,
    pub records: u64,
    /// Records seen more than once (repeated downloads, split parts) and counted once.
    pub duplicates: u64,
    /// Records outside `--since/--until`.
    pub filtered_out: u64,
    pub by_platform: BTreeMap<String, u64>,
    pub by_kind: BTreeMap<String, u64>,
    /// Records per year and platform (`{"2019": {"twitter": 12}}`, `"undated"` for records without a
    /// time): the denominators of the summary's rates.
    pub by_year_platform: BTreeMap<String, BTreeMap<String, u64>>,
    pub first: Option<Timestamp>,
    pub last: Option<Timestamp>,
}

/// What was and was not read.
#[derive(Debug, Clone, Serialize, Default, PartialEq)]
pub struct Coverage {
    pub totals: CoverageTotals,
    /// Every non-media entry, in input order.
    pub entries: Vec<EntryCoverage>,
    /// Everything that could not be read, with its path.
    pub problems: Vec<Problem>,
}

impl Coverage {
    /// True when some input or entry could not be read (exit code 2).
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(|p| p.level == Level::Error)
    }
}

/// The normalised records of a set of inputs, de-duplicated, in deterministic order.
pub struct Ingested {
    pub inputs: Vec<String>,
    pub records: Vec<Record>,
    pub coverage: Coverage,
}

/// The outcome of a scan.
pub struct Scan {
    pub inputs: Vec<String>,
    pub coverage: Coverage,
    pub findings: Vec<Finding>,
    pub rules_run: Vec<String>,
}

const MEDIA_EXTENSIONS: [&str; 14] = [
    ".jpg", ".jpeg", ".png", ".gif", ".heic", ".heif", ".webp", ".mp4", ".mov", ".m4a", ".mp3",
    ".opus", ".webm", ".tif",
];

fn is_media_name(name_lower: &str) -> bool {
    MEDIA_EXTENSIONS.iter().any(|e| name_lower.ends_with(e))
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

/// Detect and read every entry under `paths`.
pub fn ingest(paths: &[PathBuf], config: &ScanConfig, progress: &dyn Progress) -> Ingested {
    let tree = InputTree::open(paths, &config.limits);
    thread_pool(config.jobs).install(|| ingest_tree(&tree, config, progress))
}

/// Which source claims an entry, if any: (source index, claim).
fn detect_entry(
    entry: &Entry,
    sources: &[Box<dyn Source>],
    limits: &Limits,
) -> Result<Option<(usize, Claim)>, Problem> {
    let name = entry.file_name_lower();
    let head = if is_media_name(&name) {
        Vec::new()
    } else {
        entry.head(HEAD_BYTES, limits).map_err(|e| {
            Problem::new(&entry.input, Some(&entry.path), format!("cannot read: {e}"))
                .with_hint("the file may be damaged or truncated; download the export again")
        })?
    };
    let path = entry.path_lower();
    let probe = Probe {
        entry,
        path: &path,
        name: &name,
        head: &head,
    };
    let mut best: Option<(usize, Claim)> = None;
    for (i, s) in sources.iter().enumerate() {
        let claim = s.detect(&probe);
        if claim.is_mine() && best.is_none_or(|(_, b)| claim.confidence > b.confidence) {
            best = Some((i, claim));
        }
    }
    Ok(best)
}

fn ingest_tree(tree: &InputTree, config: &ScanConfig, progress: &dyn Progress) -> Ingested {
    let sources = ingest::registry();
    let limits = &config.limits;

    progress.stage("detecting", tree.entries.len() as u64);
    let detections: Vec<Result<Option<(usize, Claim)>, Problem>> = tree
        .entries
        .par_iter()
        .map(|e| {
            let d = detect_entry(e, &sources, limits);
            progress.inc(1);
            d
        })
        .collect();

    let mut problems = tree.problems.clone();
    let mut media = MediaIndex::default();
    let mut groups: BTreeMap<(usize, &str, String), Vec<(&Entry, Claim)>> = BTreeMap::new();
    let mut coverage_rows: Vec<EntryCoverage> = Vec::new();
    let mut totals = CoverageTotals {
        inputs: tree.inputs.len() as u64,
        entries: tree.entries.len() as u64,
        ..Default::default()
    };
    for (entry, det) in tree.entries.iter().zip(detections) {
        let row = |source: Option<&str>, confidence: u8, role: &str, reason: Option<&str>| {
            EntryCoverage {
                input: entry.input.to_string(),
                entry: entry.path.clone(),
                source: source.map(str::to_string),
                confidence,
                role: role.to_string(),
                reason: reason.map(str::to_string),
                bytes: entry.size,
                records: 0,
                by_kind: BTreeMap::new(),
                first: None,
                last: None,
                unparsed: 0,
            }
        };
        match det {
            Err(p) => {
                problems.push(p);
                coverage_rows.push(row(None, 0, "unreadable", None));
            }
            Ok(None) if is_media_name(&entry.file_name_lower()) => {
                media.insert(entry);
                totals.media_files += 1;
            }
            Ok(None) => {
                totals.unrecognised += 1;
                coverage_rows.push(row(None, 0, "unrecognised", None));
            }
            Ok(Some((i, claim))) => {
                let s = &sources[i];
                match claim.role {
                    Role::Media => {
                        media.insert(entry);
                        totals.media_files += 1;
                        continue;
                    }
                    Role::Skipped(why) => {
                        totals.skipped += 1;
                        coverage_rows.push(row(
                            Some(s.name()),
                            claim.confidence,
                            "skipped",
                            Some(why),
                        ));
                        continue;
                    }
                    Role::Records => {
                        totals.recognised += 1;
                        coverage_rows.push(row(Some(s.name()), claim.confidence, "records", None));
                    }
                    Role::Context => {
                        totals.recognised += 1;
                        coverage_rows.push(row(Some(s.name()), claim.confidence, "context", None));
                    }
                }
                groups
                    .entry((i, &entry.input, s.export_root(entry)))
                    .or_default()
                    .push((entry, claim));
            }
        }
    }

    progress.stage("reading", groups.len() as u64);
    let groups: Vec<_> = groups.into_iter().collect();
    let results: Vec<(Vec<Record>, ReadStats)> = groups
        .par_iter()
        .map(|((i, input, root), entries)| {
            let export = Export {
                input,
                root: root.clone(),
                entries: entries.clone(),
                media: &media,
                limits,
            };
            let mut records = Vec::new();
            let stats = sources[*i].read(&export, &mut |mut r: Record| {
                r.ensure_id();
                records.push(r);
            });
            progress.inc(1);
            (records, stats)
        })
        .collect();

    let mut all: Vec<Record> = Vec::new();
    let mut unparsed: BTreeMap<(String, String), u64> = BTreeMap::new();
    for (((_, input, _), _), (records, stats)) in groups.iter().zip(results) {
        for (entry, n) in stats.unparsed {
            *unparsed.entry((input.to_string(), entry)).or_insert(0) += n;
        }
        problems.extend(stats.problems);
        all.extend(records);
    }

    // De-duplicate: the same item from two downloads or two split parts keeps its first copy.
    all.sort_by(|a, b| {
        (&a.id, &a.source.input, &a.source.entry, a.source.index).cmp(&(
            &b.id,
            &b.source.input,
            &b.source.entry,
            b.source.index,
        ))
    });
    let before = all.len();
    all.dedup_by(|b, a| a.id == b.id);
    totals.duplicates = (before - all.len()) as u64;

    // Count per entry before filtering by date, so coverage says what each file held.
    let mut per_entry: BTreeMap<
        (&str, &str),
        (
            u64,
            BTreeMap<String, u64>,
            Option<Timestamp>,
            Option<Timestamp>,
        ),
    > = BTreeMap::new();
    for r in &all {
        let slot = per_entry
            .entry((&r.source.input, &r.source.entry))
            .or_default();
        slot.0 += 1;
        *slot.1.entry(r.kind.as_str().to_string()).or_insert(0) += 1;
        if let Some(t) = r.timestamp {
            slot.2 = Some(slot.2.map_or(t, |f| f.min(t)));
            slot.3 = Some(slot.3.map_or(t, |l| l.max(t)));
        }
    }
    for row in &mut coverage_rows {
        if let Some((n, kinds, first, last)) =
            per_entry.get(&(row.input.as_str(), row.entry.as_str()))
        {
            row.records = *n;
            row.by_kind = kinds.clone();
            row.first = *first;
            row.last = *last;
        }
        row.unparsed = unparsed
            .get(&(row.input.clone(), row.entry.clone()))
            .copied()
            .unwrap_or(0);
    }
    drop(per_entry);

    let in_range = |r: &Record| match r.timestamp {
        None => true,
        Some(t) => {
            config.since.is_none_or(|s| t.at >= s.at) && config.until.is_none_or(|u| t.at <= u.at)
        }
    };
    let before = all.len();
    all.retain(in_range);
    totals.filtered_out = (before - all.len()) as u64;

    all.sort_by(|a, b| (a.platform, a.timestamp, &a.id).cmp(&(b.platform, b.timestamp, &b.id)));
    tally_records(&all, &mut totals);
    problems.sort();
    problems.dedup();
    totals.errors = problems.iter().filter(|p| p.level == Level::Error).count() as u64;
    totals.warnings = problems
        .iter()
        .filter(|p| p.level == Level::Warning)
        .count() as u64;
    progress.finish();

    Ingested {
        inputs: tree.inputs.clone(),
        records: all,
        coverage: Coverage {
            totals,
            entries: coverage_rows,
            problems,
        },
    }
}

/// The year label of a record in [`CoverageTotals::by_year_platform`] and the summary.
pub fn year_label(t: Option<Timestamp>) -> String {
    t.map_or_else(|| "undated".to_string(), |t| format!("{:04}", t.year()))
}

/// Count records into the totals: per platform, kind, year and platform, first and last time.
pub fn tally_records(records: &[Record], totals: &mut CoverageTotals) {
    for r in records {
        *totals
            .by_platform
            .entry(r.platform.as_str().to_string())
            .or_insert(0) += 1;
        *totals
            .by_kind
            .entry(r.kind.as_str().to_string())
            .or_insert(0) += 1;
        *totals
            .by_year_platform
            .entry(year_label(r.timestamp))
            .or_default()
            .entry(r.platform.as_str().to_string())
            .or_insert(0) += 1;
        if let Some(t) = r.timestamp {
            totals.first = Some(totals.first.map_or(t, |f| f.min(t)));
            totals.last = Some(totals.last.map_or(t, |l| l.max(t)));
        }
    }
    totals.records += records.len() as u64;
}

/// Facts about the account holder, gathered from their profiles and own records.
pub fn account_facts(records: &[Record]) -> AccountFacts {
    let mut facts = AccountFacts::default();
    let mut names = HashSet::new();
    for r in records
        .iter()
        .filter(|r| r.author.role == AuthorRole::Owner)
    {
        if r.kind == Kind::Profile && !r.text.trim().is_empty() {
            facts.bios.push((r.platform, r.text.clone()));
        }
        for n in [&r.author.name, &r.author.handle].into_iter().flatten() {
            if !n.trim().is_empty() && names.insert(n.clone()) {
                facts.owner_names.push(n.clone());
            }
        }
    }
    facts.owner_names.sort();
    facts
}

/// Run the rules over ingested records.
pub fn run_rules(records: &[Record], registry: &Registry, jobs: Option<usize>) -> Vec<Finding> {
    let account = account_facts(records);
    let cx = Context { account: &account };
    thread_pool(jobs).install(|| {
        let mut findings: Vec<Finding> = records
            .par_iter()
            .flat_map_iter(|r| {
                let mut out = Vec::new();
                for rule in &registry.rules {
                    rule.check(r, &cx, &mut out);
                }
                out
            })
            .collect();
        let refs: Vec<&Record> = records.iter().collect();
        let cross: Vec<Finding> = registry
            .cross
            .par_iter()
            .flat_map_iter(|rule| {
                let mut out = Vec::new();
                rule.check_all(&refs, &cx, &mut out);
                out
            })
            .collect();
        findings.extend(cross);
        sort_findings(&mut findings);
        findings
    })
}

/// Sort findings into report order and drop exact duplicates.
pub fn sort_findings(findings: &mut Vec<Finding>) {
    findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    findings.dedup_by(|b, a| a.id == b.id);
}

/// The whole pipeline.
pub fn scan(paths: &[PathBuf], config: &ScanConfig, progress: &dyn Progress) -> Scan {
    let ingested = ingest(paths, config, progress);
    let mut registry = Registry::all();
    registry.filter(&config.select, &config.ignore);
    let findings = run_rules(&ingested.records, &registry, config.jobs);
    Scan {
        inputs: ingested.inputs,
        coverage: ingested.coverage,
        findings,
        rules_run: registry
            .metas()
            .iter()
            .map(|m| m.code.to_string())
            .collect(),
    }
}

/// Platforms present in a record set (used by reports).
pub fn platforms(records: &[Record]) -> Vec<Platform> {
    let mut p: Vec<_> = records.iter().map(|r| r.platform).collect();
    p.sort();
    p.dedup();
    p
}

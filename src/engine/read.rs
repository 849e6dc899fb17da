//! Detect every entry, group entries into exports, and stream each export's records into sinks, in
//! parallel. Exports are read side by side; within one export, records go to the sinks (the
//! per-record rules) in batches on any thread, either as the source emits them or, for a source
//! that builds records on several threads ([`Source::read_parallel`]), right where they were built.
//! Batches are merged in emission or commit order, never in completion order, so whatever the
//! sinks collected merges deterministically.

use super::coverage::{EntryCounts, EntryCoverage, RecordKey};
use super::{Progress, ScanConfig};
use crate::ingest::{
    self, Claim, Export, MediaIndex, Probe, ProcessedBatch, RecordBatches, Role, Source, HEAD_BYTES,
};
use crate::input::{Entry, InputTree, Limits, Problem};
use crate::model::Record;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

/// Receives the records of one export as they are read, a batch at a time.
pub(crate) trait Sink: Send {
    fn accept(&mut self, record: Record);

    fn accept_all(&mut self, records: Vec<Record>) {
        for r in records {
            self.accept(r);
        }
    }
}

impl Sink for Vec<Record> {
    fn accept(&mut self, record: Record) {
        self.push(record);
    }
}

/// What reading produced besides the sinks.
pub(crate) struct ReadOutcome<S> {
    pub sinks: Vec<S>,
    pub entries: Vec<EntryCoverage>,
    pub problems: Vec<Problem>,
    pub keys: Vec<RecordKey>,
    pub filtered_out: u64,
    pub recognised: u64,
    pub skipped: u64,
    pub unrecognised: u64,
    pub media_files: u64,
}

const MEDIA_EXTENSIONS: [&str; 14] = [
    ".jpg", ".jpeg", ".png", ".gif", ".heic", ".heif", ".webp", ".mp4", ".mov", ".m4a", ".mp3",
    ".opus", ".webm", ".tif",
];

fn is_media_name(name_lower: &str) -> bool {
    MEDIA_EXTENSIONS.iter().any(|e| name_lower.ends_with(e))
}

/// Which source claims an entry, if any: (source index, claim). Ties go to the earlier source.
fn detect_entry(
    entry: &Entry,
    sources: &[Box<dyn Source>],
    limits: &Limits,
) -> Result<Option<(usize, Claim)>, Problem> {
    let name = entry.file_name_lower();
    let head = if is_media_name(&name) {
        Vec::new()
    } else {
        entry
            .head(HEAD_BYTES, limits)
            .map(ingest::utf8::head_as_utf8)
            .map_err(|e| {
                Problem::new(
                    &entry.input,
                    Some(&entry.path),
                    crate::input::unreadable(&e),
                )
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

/// Records handed to a sink task at a time: large enough to amortise the hand-over, small enough
/// that a few batches in flight per thread cost little memory.
const RECORD_BATCH: usize = 1024;

/// What the sinks of one export collected, merged in emission order.
struct ExportRead<S> {
    sinks: Vec<S>,
    counts: BTreeMap<String, EntryCounts>,
    keys: Vec<RecordKey>,
    filtered: u64,
}

impl<S> Default for ExportRead<S> {
    fn default() -> Self {
        ExportRead {
            sinks: Vec::new(),
            counts: BTreeMap::new(),
            keys: Vec::new(),
            filtered: 0,
        }
    }
}

impl<S> ExportRead<S> {
    fn merge(&mut self, mut part: ExportRead<S>) {
        self.sinks.extend(part.sinks);
        for (entry, c) in part.counts {
            self.counts.entry(entry).or_default().merge(c);
        }
        // Keys are sorted later, so their order is free: grow the larger vector, never copy it.
        if part.keys.len() > self.keys.len() {
            std::mem::swap(&mut self.keys, &mut part.keys);
        }
        self.keys.extend(part.keys);
        self.filtered += part.filtered;
    }
}

/// [`RecordBatches`] for one export: batches are run through a fresh sink on the thread that
/// built them and wait, numbered, until committed; they are merged in commit order.
struct DirectBatches<'a, S, M, F> {
    make_sink: &'a M,
    in_range: &'a F,
    next: AtomicU64,
    processed: Mutex<BTreeMap<u64, ExportRead<S>>>,
    committed: Mutex<ExportRead<S>>,
}

impl<S, M, F> RecordBatches for DirectBatches<'_, S, M, F>
where
    S: Sink,
    M: Fn() -> S + Sync,
    F: Fn(&Record) -> bool + Sync,
{
    fn process(&self, records: Vec<Record>) -> ProcessedBatch {
        let part = sink_batch(records, self.make_sink, self.in_range);
        let id = self.next.fetch_add(1, Ordering::Relaxed);
        lock(&self.processed).insert(id, part);
        ProcessedBatch(id)
    }

    fn commit(&self, batch: ProcessedBatch) {
        let part = lock(&self.processed).remove(&batch.0);
        if let Some(part) = part {
            lock(&self.committed).merge(part);
        }
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// Run one batch of an export's records through a fresh sink, counting them for coverage.
fn sink_batch<S: Sink>(
    batch: Vec<Record>,
    make_sink: &(impl Fn() -> S + Sync),
    in_range: &(impl Fn(&Record) -> bool + Sync),
) -> ExportRead<S> {
    let mut batch = batch;
    let mut counts: BTreeMap<String, EntryCounts> = BTreeMap::new();
    // Records of a batch nearly always share their entry: count a run, then file it.
    let mut run: Option<(String, EntryCounts)> = None;
    for r in &mut batch {
        r.ensure_id();
        match &mut run {
            Some((entry, c)) if *entry == r.source.entry => c.add(r),
            _ => {
                if let Some((entry, c)) = run.take() {
                    counts.entry(entry).or_default().merge(c);
                }
                let mut c = EntryCounts::default();
                c.add(r);
                run = Some((r.source.entry.clone(), c));
            }
        }
    }
    if let Some((entry, c)) = run {
        counts.entry(entry).or_default().merge(c);
    }
    let before = batch.len();
    batch.retain(|r| in_range(r));
    let filtered = (before - batch.len()) as u64;
    let keys = batch.iter().map(RecordKey::of).collect();
    let mut sink = make_sink();
    sink.accept_all(batch);
    ExportRead {
        sinks: vec![sink],
        counts,
        keys,
        filtered,
    }
}

/// All exports' record keys in one vector, reusing the largest allocation.
fn concat_keys(mut parts: Vec<Vec<RecordKey>>) -> Vec<RecordKey> {
    let total = parts.iter().map(Vec::len).sum::<usize>();
    let Some(biggest) = (0..parts.len()).max_by_key(|&i| parts[i].capacity()) else {
        return Vec::new();
    };
    let mut all = std::mem::take(&mut parts[biggest]);
    all.reserve_exact(total - all.len());
    for p in parts {
        all.extend(p);
    }
    all
}

/// Entries are read per (source index, input, export root).
type GroupKey<'a> = (usize, &'a str, String);

/// Detect, group and read everything in `tree`, handing each export's records to a fresh sink.
pub(crate) fn read_tree<S: Sink>(
    tree: &InputTree,
    config: &ScanConfig,
    progress: &dyn Progress,
    make_sink: impl Fn() -> S + Sync,
) -> ReadOutcome<S> {
    let sources = ingest::registry();
    let limits = &config.limits;

    progress.stage("detecting", tree.entries.len() as u64);
    let detections: Vec<_> = tree
        .entries
        .par_iter()
        .map(|e| {
            let d = detect_entry(e, &sources, limits);
            progress.inc(1);
            d
        })
        .collect();

    let mut out = ReadOutcome {
        sinks: Vec::new(),
        entries: Vec::new(),
        problems: tree.problems.clone(),
        keys: Vec::new(),
        filtered_out: 0,
        recognised: 0,
        skipped: 0,
        unrecognised: 0,
        media_files: 0,
    };
    let mut media = MediaIndex::default();
    let mut groups: BTreeMap<GroupKey, Vec<(&Entry, Claim)>> = BTreeMap::new();
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
        if entry.size == 0 {
            out.problems.push(
                Problem::new(&entry.input, Some(&entry.path), "empty file (0 bytes)").warning(),
            );
        }
        match det {
            Err(p) => {
                out.problems.push(p);
                out.entries.push(row(None, 0, "unreadable", None));
            }
            Ok(None) if is_media_name(&entry.file_name_lower()) => {
                media.insert(entry);
                out.media_files += 1;
            }
            Ok(None) => {
                out.unrecognised += 1;
                out.entries.push(row(None, 0, "unrecognised", None));
            }
            Ok(Some((i, claim))) => {
                let s = &sources[i];
                match claim.role {
                    Role::Media => {
                        media.insert(entry);
                        out.media_files += 1;
                        continue;
                    }
                    Role::Skipped(why) => {
                        out.skipped += 1;
                        out.entries.push(row(
                            Some(s.name()),
                            claim.confidence,
                            "skipped",
                            Some(why),
                        ));
                        continue;
                    }
                    Role::Records => {
                        out.entries
                            .push(row(Some(s.name()), claim.confidence, "records", None))
                    }
                    Role::Context => {
                        out.entries
                            .push(row(Some(s.name()), claim.confidence, "context", None))
                    }
                }
                out.recognised += 1;
                groups
                    .entry((i, &entry.input, s.export_root(entry)))
                    .or_default()
                    .push((entry, claim));
            }
        }
    }

    progress.stage("reading", groups.len() as u64);
    let groups: Vec<_> = groups.into_iter().collect();
    let in_range = |r: &Record| match r.timestamp {
        None => true,
        Some(t) => {
            config.since.is_none_or(|s| t.at >= s.at) && config.until.is_none_or(|u| t.at <= u.at)
        }
    };
    let results: Vec<_> = groups
        .par_iter()
        .map(|((i, input, root), entries)| {
            let export = Export {
                input,
                root: root.clone(),
                entries: entries.clone(),
                media: &media,
                limits,
            };
            let mut read = ExportRead::default();
            // Records a source builds on several threads go through the sink right there.
            let direct = DirectBatches {
                make_sink: &make_sink,
                in_range: &in_range,
                next: AtomicU64::new(0),
                processed: Mutex::new(BTreeMap::new()),
                committed: Mutex::new(ExportRead::default()),
            };
            // The source emits on this thread; batches of its records go through the sink (the
            // per-record rules) on any thread, and come back in emission order.
            let stats = crate::pipeline::ordered(
                |batch: Vec<Record>| sink_batch(batch, &make_sink, &in_range),
                |part| read.merge(part),
                |push| {
                    let mut batch = Vec::with_capacity(RECORD_BATCH);
                    let stats = sources[*i].read_parallel(
                        &export,
                        &mut |r: Record| {
                            batch.push(r);
                            if batch.len() >= RECORD_BATCH {
                                push(std::mem::replace(
                                    &mut batch,
                                    Vec::with_capacity(RECORD_BATCH),
                                ));
                            }
                        },
                        &direct,
                    );
                    if !batch.is_empty() {
                        push(batch);
                    }
                    stats
                },
            );
            read.merge(
                direct
                    .committed
                    .into_inner()
                    .unwrap_or_else(|p| p.into_inner()),
            );
            progress.inc(1);
            (read, stats)
        })
        .collect();

    let mut per_entry: BTreeMap<(String, String), EntryCounts> = BTreeMap::new();
    let mut unparsed: BTreeMap<(String, String), u64> = BTreeMap::new();
    let mut keys: Vec<Vec<RecordKey>> = Vec::new();
    for (((_, input, _), _), (read, stats)) in groups.iter().zip(results) {
        for (entry, n) in stats.unparsed {
            *unparsed.entry((input.to_string(), entry)).or_insert(0) += n;
        }
        for (entry, c) in read.counts {
            per_entry
                .entry((input.to_string(), entry))
                .or_default()
                .merge(c);
        }
        out.problems.extend(stats.problems);
        keys.push(read.keys);
        out.filtered_out += read.filtered;
        out.sinks.extend(read.sinks);
    }
    out.keys = concat_keys(keys);
    for row in &mut out.entries {
        let key = (row.input.clone(), row.entry.clone());
        if let Some(c) = per_entry.remove(&key) {
            row.records = c.records;
            row.by_kind = c.by_kind;
            row.first = c.first;
            row.last = c.last;
        }
        row.unparsed = unparsed.get(&key).copied().unwrap_or(0);
    }
    out.problems.sort();
    out.problems.dedup();
    out
}

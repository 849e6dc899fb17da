//! What was and was not read: the coverage section of every report and of `hindsight inspect`.

use crate::input::{Level, Problem};
use crate::model::{Kind, Platform, Record, Timestamp};
use serde::Serialize;
use std::collections::BTreeMap;

/// What was read from one entry.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct EntryCoverage {
    pub input: String,
    pub entry: String,
    /// The source that claimed it, or `null` if none did.
    pub source: Option<String>,
    pub confidence: u8,
    /// `records`, `context`, `skipped`, `unrecognised` or `unreadable`.
    pub role: String,
    /// Why it was skipped, for skipped entries.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    pub bytes: u64,
    /// Records the entry held (before de-duplication across exports).
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
    /// Distinct records scanned.
    pub records: u64,
    /// Records seen more than once (repeated downloads, split parts) and counted once.
    pub duplicates: u64,
    /// Records outside `--since/--until`.
    pub filtered_out: u64,
    pub by_platform: BTreeMap<String, u64>,
    pub by_kind: BTreeMap<String, u64>,
    /// Distinct records per year and platform (`"2019"` → `"twitter"` → n); undated records under `"undated"`.
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

/// Per entry while reading: records, records by kind, first and last time.
#[derive(Debug, Default, Clone)]
pub(crate) struct EntryCounts {
    pub records: u64,
    pub by_kind: BTreeMap<String, u64>,
    pub first: Option<Timestamp>,
    pub last: Option<Timestamp>,
}

impl EntryCounts {
    pub fn add(&mut self, r: &Record) {
        self.records += 1;
        match self.by_kind.get_mut(r.kind.as_str()) {
            Some(n) => *n += 1,
            None => {
                self.by_kind.insert(r.kind.as_str().to_string(), 1);
            }
        }
        if let Some(t) = r.timestamp {
            self.first = Some(self.first.map_or(t, |f| f.min(t)));
            self.last = Some(self.last.map_or(t, |l| l.max(t)));
        }
    }

    pub fn merge(&mut self, o: EntryCounts) {
        self.records += o.records;
        for (k, v) in o.by_kind {
            *self.by_kind.entry(k).or_insert(0) += v;
        }
        self.first = [self.first, o.first].into_iter().flatten().min();
        self.last = [self.last, o.last].into_iter().flatten().max();
    }
}

/// The few facts about a record the totals need, kept for every record so duplicates can be counted
/// once without keeping the records themselves (24 bytes instead of a whole record). A 64-bit hash
/// of the id is plenty: two distinct ids among a hundred million records collide with odds of about
/// one in four thousand, and a collision only makes a count one lower. The time is kept to the
/// second, which is all the totals print.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct RecordKey {
    pub id_hash: u64,
    seconds: i64,
    pub platform: Platform,
    pub kind: Kind,
    dated: Dated,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Dated {
    Undated,
    Utc,
    Local,
}

/// A 64-bit hash of a record id: FNV-1a, then a finaliser that spreads every input bit over the
/// output. Stable across runs and versions, and far cheaper than a cryptographic hash on short ids.
fn id_hash(id: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in id.as_bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

impl RecordKey {
    pub fn of(r: &Record) -> Self {
        let (seconds, dated) = match r.timestamp {
            None => (0, Dated::Undated),
            Some(t) => (
                t.at.and_utc().timestamp(),
                if t.local { Dated::Local } else { Dated::Utc },
            ),
        };
        RecordKey {
            id_hash: id_hash(&r.id),
            seconds,
            platform: r.platform,
            kind: r.kind,
            dated,
        }
    }

    /// The record's time, to the second.
    pub fn time(&self) -> Option<Timestamp> {
        let local = match self.dated {
            Dated::Undated => return None,
            Dated::Utc => false,
            Dated::Local => true,
        };
        let at = chrono::DateTime::from_timestamp(self.seconds, 0)?.naive_utc();
        Some(Timestamp { at, local })
    }
}

/// The year label of a record in [`CoverageTotals::by_year_platform`] and the summary.
pub fn year_label(t: Option<Timestamp>) -> String {
    t.map_or_else(|| "undated".to_string(), |t| format!("{:04}", t.year()))
}

/// Distinct records counted by platform, kind and year, with the first and last time.
#[derive(Default)]
struct Tally {
    by_platform: BTreeMap<Platform, u64>,
    by_kind: BTreeMap<Kind, u64>,
    by_year: BTreeMap<(Option<i32>, Platform), u64>,
    first: Option<Timestamp>,
    last: Option<Timestamp>,
}

impl Tally {
    fn of(keys: &[RecordKey]) -> Tally {
        let mut t = Tally::default();
        for k in keys {
            *t.by_platform.entry(k.platform).or_insert(0) += 1;
            *t.by_kind.entry(k.kind).or_insert(0) += 1;
            *t.by_year
                .entry((k.time().map(|t| t.year()), k.platform))
                .or_insert(0) += 1;
            if let Some(time) = k.time() {
                t.first = Some(t.first.map_or(time, |f| f.min(time)));
                t.last = Some(t.last.map_or(time, |l| l.max(time)));
            }
        }
        t
    }

    fn merge(mut self, other: Tally) -> Tally {
        for (k, n) in other.by_platform {
            *self.by_platform.entry(k).or_insert(0) += n;
        }
        for (k, n) in other.by_kind {
            *self.by_kind.entry(k).or_insert(0) += n;
        }
        for (k, n) in other.by_year {
            *self.by_year.entry(k).or_insert(0) += n;
        }
        self.first = [self.first, other.first].into_iter().flatten().min();
        self.last = [self.last, other.last].into_iter().flatten().max();
        self
    }
}

/// Fill the totals from every record's key: distinct records by platform, kind and year.
pub(crate) fn count_distinct(totals: &mut CoverageTotals, mut keys: Vec<RecordKey>) {
    use rayon::prelude::*;
    keys.par_sort_unstable();
    let before = keys.len();
    keys.dedup_by_key(|k| k.id_hash);
    totals.duplicates = (before - keys.len()) as u64;
    totals.records = keys.len() as u64;
    // Count on enums and years in parallel chunks, and name them once at the end.
    let tally = keys
        .par_chunks(64 * 1024)
        .map(Tally::of)
        .reduce(Tally::default, Tally::merge);
    let Tally {
        by_platform,
        by_kind,
        by_year,
        first,
        last,
    } = tally;
    totals.first = first;
    totals.last = last;
    for (p, n) in by_platform {
        *totals
            .by_platform
            .entry(p.as_str().to_string())
            .or_insert(0) += n;
    }
    for (kind, n) in by_kind {
        *totals.by_kind.entry(kind.as_str().to_string()).or_insert(0) += n;
    }
    for ((year, p), n) in by_year {
        let year = year.map_or_else(|| "undated".to_string(), |y| format!("{y:04}"));
        *totals
            .by_year_platform
            .entry(year)
            .or_default()
            .entry(p.as_str().to_string())
            .or_insert(0) += n;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_hashes_are_stable_and_spread() {
        assert_eq!(id_hash("twitter:1"), id_hash("twitter:1"));
        let hashes: std::collections::BTreeSet<u64> = (0..100_000)
            .map(|i| id_hash(&format!("twitter:{i}")))
            .collect();
        assert_eq!(hashes.len(), 100_000);
        assert_ne!(id_hash("a"), id_hash("b"));
    }

    #[test]
    fn record_keys_stay_small() {
        assert!(std::mem::size_of::<RecordKey>() <= 24);
    }
}

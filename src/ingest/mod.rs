//! Sources: one per platform, each recognising its own files and turning them into [`Record`]s.
//!
//! The flow for every run:
//! 1. **detect** — every source rates every entry of the input tree from its path and first bytes
//!    ([`Source::detect`]). Detection looks at content (key names, header rows, JS globals) before paths,
//!    so renamed folders and loose files are still recognised. The highest confidence wins; ties go to
//!    the source listed first in [`registry`], so detection is deterministic.
//! 2. **group** — entries claimed by one source are grouped into exports ([`Source::export_root`]), so a
//!    source sees a whole export at once (Twitter needs `manifest.js` to know whose archive it is and
//!    `note-tweet.js` beside `tweets.js`; Messenger needs the profile to know which sender is the owner).
//! 3. **read** — exports are read in parallel; each source streams records to a sink and reports what it
//!    could not parse as [`Problem`]s carrying the entry path. Nothing a source meets is fatal.
//!
//! Adding a platform: write `src/ingest/<platform>.rs` implementing [`Source`], add it to [`registry`],
//! add fixtures under `fixtures/<platform>/` and a snapshot test. The shared conformance test
//! (`tests/ingest_conformance.rs`) then checks it answers garbage with "not mine" or a counted error.

pub mod bluesky;
pub mod csvutil;
pub mod discord;
pub mod exif;
pub mod facebook;
pub mod instagram;
pub mod linkedin;
pub mod mastodon;
pub mod meta;
pub mod reddit;
pub mod telegram;
pub mod text;
pub mod tiktok;
pub mod twitter;
pub mod utf8;
pub mod whatsapp;
pub mod youtube;

use crate::input::{Entry, Limits, Problem};
use crate::model::{Platform, Record};
use serde::Serialize;
use std::collections::BTreeMap;

/// How many bytes of each entry detection may look at.
pub const HEAD_BYTES: usize = 8192;

/// What an entry is to the source that claims it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Holds records (posts, messages, comments, profile).
    Records,
    /// Needed to read other entries (a manifest, an account file) but holds no records itself.
    Context,
    /// Recognised, but deliberately not read: likes without text, follower lists, ads data. Counted in
    /// coverage with the reason.
    Skipped(&'static str),
    /// A media file of the export (photos, videos); read for EXIF when a record refers to it.
    Media,
}

/// A source's claim on an entry. `confidence` is 0–100; 0 means "not mine".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Claim {
    pub confidence: u8,
    pub role: Role,
}

impl Claim {
    pub const NOT_MINE: Claim = Claim {
        confidence: 0,
        role: Role::Skipped("not recognised"),
    };

    pub fn records(confidence: u8) -> Claim {
        Claim {
            confidence,
            role: Role::Records,
        }
    }

    pub fn context(confidence: u8) -> Claim {
        Claim {
            confidence,
            role: Role::Context,
        }
    }

    pub fn skipped(confidence: u8, why: &'static str) -> Claim {
        Claim {
            confidence,
            role: Role::Skipped(why),
        }
    }

    pub fn media(confidence: u8) -> Claim {
        Claim {
            confidence,
            role: Role::Media,
        }
    }

    pub fn is_mine(&self) -> bool {
        self.confidence > 0
    }
}

/// What detection gets to look at: the entry's path and its first [`HEAD_BYTES`] bytes.
pub struct Probe<'a> {
    pub entry: &'a Entry,
    /// Lower-cased path with `/` separators.
    pub path: &'a str,
    /// Lower-cased file name.
    pub name: &'a str,
    pub head: &'a [u8],
}

impl Probe<'_> {
    /// The head as text, with a UTF-8 BOM removed and invalid bytes replaced.
    pub fn head_text(&self) -> std::borrow::Cow<'_, str> {
        let h = self.head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(self.head);
        text::lossy(h)
    }

    /// True when the head contains `needle` (bytes).
    pub fn head_contains(&self, needle: &str) -> bool {
        memchr::memmem::find(self.head, needle.as_bytes()).is_some()
    }
}

/// One export as a source sees it: its claimed entries, with roles, sorted by path.
pub struct Export<'a> {
    /// Input label and root path inside it that groups these entries.
    pub input: &'a str,
    pub root: String,
    pub entries: Vec<(&'a Entry, Claim)>,
    /// Media entries of the same input, for resolving EXIF of photos the export references.
    pub media: &'a MediaIndex<'a>,
    pub limits: &'a Limits,
}

impl<'a> Export<'a> {
    /// Entries with the given role.
    pub fn with_role(&self, role: Role) -> impl Iterator<Item = &'a Entry> + '_ {
        self.entries
            .iter()
            .filter(move |(_, c)| c.role == role)
            .map(|(e, _)| *e)
    }
}

/// Media files of each input, indexed by lower-cased file name, so a source can read EXIF from the
/// `posts/media/x.jpg` its JSON refers to.
#[derive(Default)]
pub struct MediaIndex<'a> {
    by_name: BTreeMap<(&'a str, String), Vec<&'a Entry>>,
}

impl<'a> MediaIndex<'a> {
    pub fn insert(&mut self, e: &'a Entry) {
        self.by_name
            .entry((&*e.input, e.file_name_lower()))
            .or_default()
            .push(e);
    }

    /// Find a media entry of `input` whose path ends with `rel` (case-insensitive), preferring the
    /// shortest match. Exports write media paths relative to their root, so suffix matching resolves
    /// them wherever the export sits in the input tree (and old exports' wrong folder casing).
    pub fn find(&self, input: &str, rel: &str) -> Option<&'a Entry> {
        let rel = rel
            .trim_start_matches("./")
            .trim_start_matches('/')
            .replace('\\', "/")
            .to_lowercase();
        let name = rel.rsplit('/').next().filter(|n| !n.is_empty())?;
        let candidates = self.by_name.get(&(input, name.to_string()))?;
        let suffix = format!("/{rel}");
        candidates
            .iter()
            .filter(|e| {
                let p = e.path_lower();
                p == rel || p.ends_with(&suffix)
            })
            .min_by_key(|e| (e.path.len(), e.path.clone()))
            .copied()
    }
}

/// What reading one export produced besides records.
#[derive(Debug, Default, Clone, Serialize)]
pub struct ReadStats {
    /// Per entry path: how many items it held that could not be parsed.
    pub unparsed: BTreeMap<String, u64>,
    pub problems: Vec<Problem>,
}

impl ReadStats {
    /// Count one unparseable item in `entry` and keep the first few reasons as problems.
    pub fn unparsed(&mut self, entry: &Entry, what: impl Into<String>) {
        let n = self.unparsed.entry(entry.path.clone()).or_insert(0);
        *n += 1;
        if *n <= 3 {
            self.problems
                .push(Problem::new(&entry.input, Some(&entry.path), what.into()).warning());
        }
    }

    /// A whole entry (or the rest of it, after a break) could not be read: an error, exit code 2.
    pub fn failed(&mut self, entry: &Entry, what: impl Into<String>) {
        self.problems
            .push(Problem::new(&entry.input, Some(&entry.path), what.into()));
    }

    pub fn merge(&mut self, other: ReadStats) {
        for (k, v) in other.unparsed {
            *self.unparsed.entry(k).or_insert(0) += v;
        }
        self.problems.extend(other.problems);
    }
}

/// A platform parser.
pub trait Source: Sync + Send {
    /// Stable name used in coverage (`twitter`, `facebook`, …).
    fn name(&self) -> &'static str;

    fn platform(&self) -> Platform;

    /// Rate one entry. Must be cheap (path and head only) and must never panic on any bytes.
    fn detect(&self, probe: &Probe) -> Claim;

    /// The root of the export an entry belongs to; entries with the same input and root are read
    /// together. The default is the entry's folder.
    fn export_root(&self, entry: &Entry) -> String {
        parent_dir(&entry.path).to_string()
    }

    /// Read one export, handing every record to `emit`. Problems go in the returned stats; never panic.
    fn read(&self, export: &Export, emit: &mut dyn FnMut(Record)) -> ReadStats;

    /// [`Source::read`] for a source that builds records on several threads. Besides `emit`, it may
    /// run finished records through the per-record work where they were built
    /// ([`RecordBatches::process`], any thread) and count them later, in a deterministic order
    /// ([`RecordBatches::commit`], on the reading thread). The default reads with [`Source::read`].
    fn read_parallel(
        &self,
        export: &Export,
        emit: &mut dyn FnMut(Record),
        batches: &dyn RecordBatches,
    ) -> ReadStats {
        let _ = batches;
        self.read(export, emit)
    }
}

/// The engine's side of [`Source::read_parallel`].
pub trait RecordBatches: Sync {
    /// Run finished records through the per-record rules now, on this thread. Nothing counts
    /// until the result is committed.
    fn process(&self, records: Vec<Record>) -> ProcessedBatch;
    /// Count a processed batch. Called on the thread that reads the export, in an order that does
    /// not depend on timing; a batch never committed (the file broke before it) is not counted.
    fn commit(&self, batch: ProcessedBatch);
}

/// A handle on what [`RecordBatches::process`] made of a batch; only the engine looks inside.
#[derive(Debug)]
pub struct ProcessedBatch(pub u64);

/// Every source, in tie-break order.
pub fn registry() -> Vec<Box<dyn Source>> {
    vec![
        Box::new(twitter::Twitter),
        Box::new(linkedin::Linkedin),
        Box::new(reddit::Reddit),
        Box::new(tiktok::Tiktok),
        Box::new(discord::Discord),
        Box::new(youtube::Youtube),
        Box::new(mastodon::Mastodon),
        Box::new(bluesky::Bluesky),
        Box::new(whatsapp::Whatsapp),
        Box::new(telegram::Telegram),
        Box::new(facebook::Facebook),
        Box::new(instagram::Instagram),
    ]
}

/// The folder part of an entry path (`data/tweets.js` → `data`), empty for a top-level file.
pub fn parent_dir(path: &str) -> &str {
    match path.rfind('/') {
        Some(i) => &path[..i],
        None => "",
    }
}

/// The part of `path` before the first segment equal to `segment` (case-insensitive), if present:
/// `export!/data/tweets.js` with `data` → `export!`. Used by sources whose exports have a fixed folder.
pub fn root_before_segment<'p>(path: &'p str, segment: &str) -> Option<&'p str> {
    let mut start = 0;
    for part in path.split('/') {
        if part.eq_ignore_ascii_case(segment) {
            return Some(path[..start].trim_end_matches('/'));
        }
        start += part.len() + 1;
    }
    None
}

/// What a reader says when a JSON array breaks part-way: how many `items` were kept, the parser's
/// reason, and what the person can do about it.
pub fn json_break_message(delivered: usize, items: &str, error: &dyn std::fmt::Display) -> String {
    if delivered == 0 {
        format!(
            "JSON breaks before the first of its {items} ({error}); nothing in this file could be read \
             — download the archive again"
        )
    } else {
        format!(
            "JSON breaks after {delivered} {items} ({error}); those were read — download the archive \
             again for the rest"
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn root_before_segment_finds_fixed_folders() {
        assert_eq!(
            root_before_segment("x.zip!/data/tweets.js", "data"),
            Some("x.zip!")
        );
        assert_eq!(root_before_segment("data/tweets.js", "data"), Some(""));
        assert_eq!(root_before_segment("a/b/Data/t.js", "data"), Some("a/b"));
        assert_eq!(root_before_segment("tweets.js", "data"), None);
    }

    #[test]
    fn media_index_matches_by_suffix() {
        let e1 = Entry::from_bytes("in", "fb.zip!/posts/media/a/1.jpg", vec![]);
        let e2 = Entry::from_bytes("in", "posts/media/a/1.jpg", vec![]);
        let mut idx = MediaIndex::default();
        idx.insert(&e1);
        idx.insert(&e2);
        assert_eq!(
            idx.find("in", "posts/media/a/1.jpg").unwrap().path,
            "posts/media/a/1.jpg"
        );
        assert_eq!(
            idx.find("in", "media/A/1.JPG").unwrap().path,
            "posts/media/a/1.jpg"
        );
        assert!(idx.find("other", "posts/media/a/1.jpg").is_none());
        assert!(idx.find("in", "").is_none());
    }
}

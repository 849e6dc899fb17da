//! What Facebook, Messenger, Instagram and Threads exports share: Meta's "Download Your
//! Information" machinery.
//!
//! One machinery means one set of quirks, handled once here:
//! - **Mojibake**: every string (keys too) is UTF-8 written byte by byte as `\u00XX`; [`json`]
//!   repairs it as it parses, before any reader sees a value.
//! - **Look-alike files**: Instagram DMs and Messenger threads share a shape, both products use the
//!   same folder names; [`classify()`] decides the product once so the two sources never compete.
//! - **Threads of messages** ([`thread`]) and **media blocks with EXIF** ([`media`]) are the same
//!   structures in both products.
//! - **The HTML export** looks the same too: it is reported once per export with what to do
//!   (request JSON), and [`html`] reads what it can (message, post and comment text) strictly.
//!
//! [`read_export`] is the skeleton both sources run: profiles first (they name the owner, and
//! Instagram's says whether the account is private), then data files, then threads.

pub mod classify;
pub mod html;
pub mod json;
pub mod keys;
pub mod media;
pub mod thread;

use crate::ingest::{Export, ProcessedBatch, ReadStats, RecordBatches, HEAD_BYTES};
use crate::input::Entry;
use crate::model::{Audience, Author, AuthorRole, Kind, Platform, Provenance, Record};
use classify::{classify, FileKind};
use json::Broken;
use media::MediaReader;
use std::collections::BTreeSet;

/// The two export families. Threads ships inside the Instagram export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MetaPlatform {
    Facebook,
    Instagram,
}

/// What the export says about its owner.
#[derive(Debug, Default, Clone)]
pub struct Owner {
    /// Display names from profile files (an export folder may hold more than one profile).
    pub names: Vec<String>,
    /// Handles (usernames) from profile files.
    pub handles: Vec<String>,
    /// Who sees the owner's posts, when the profile says (Instagram's "Private Account").
    pub audience: Option<Audience>,
}

impl Owner {
    pub fn add_name(&mut self, name: &str) {
        let name = name.trim();
        if !name.is_empty() && !self.names.iter().any(|n| n == name) {
            self.names.push(name.to_string());
        }
    }

    pub fn add_handle(&mut self, handle: &str) {
        let handle = handle.trim();
        if !handle.is_empty() && !self.handles.iter().any(|h| h == handle) {
            self.handles.push(handle.to_string());
        }
    }

    /// The one handle the export names, if exactly one.
    pub fn handle(&self) -> Option<&str> {
        match self.handles.as_slice() {
            [one] => Some(one),
            _ => None,
        }
    }

    /// The author of the owner's own content, named only when the export names exactly one owner
    /// (a folder of loose files may hold several people's profiles).
    pub fn author(&self) -> Author {
        let single = self.names.len() <= 1 && self.handles.len() <= 1;
        Author {
            role: AuthorRole::Owner,
            name: single.then(|| self.names.first().cloned()).flatten(),
            handle: single.then(|| self.handle().map(str::to_string)).flatten(),
        }
    }
}

/// State shared by everything reading one export.
pub struct Reader<'a, 'e> {
    pub export: &'a Export<'e>,
    pub platform: Platform,
    pub media: MediaReader<'a>,
    pub stats: ReadStats,
    pub owner: Owner,
    /// Media paths already emitted as part of a post, so album listings do not repeat them.
    pub seen_media: BTreeSet<String>,
    sink: &'a mut dyn FnMut(Record),
}

impl Reader<'_, '_> {
    /// An empty record of this export's platform, with provenance.
    pub fn record(&self, kind: Kind, entry: &Entry, index: u64) -> Record {
        self.record_on(self.platform, kind, entry, index)
    }

    /// An empty record of another platform (Threads records from an Instagram export).
    pub fn record_on(&self, platform: Platform, kind: Kind, entry: &Entry, index: u64) -> Record {
        Record::new(
            platform,
            kind,
            None,
            Provenance {
                input: entry.input.to_string(),
                entry: entry.path.clone(),
                index,
            },
        )
    }

    /// Hand a finished record over, with its derived id.
    pub fn emit(&mut self, mut rec: Record) {
        rec.text = rec.text.trim().to_string();
        rec.ensure_id();
        (self.sink)(rec);
    }

    /// Report a file that broke part-way (or could not be parsed at all).
    pub fn broken(&mut self, entry: &Entry, broken: &Broken, what: &str) {
        let msg = if broken.delivered == 0 {
            format!(
                "cannot read this {what} file ({}): it is empty, truncated or not JSON; nothing \
                 was read from it — download the export again",
                broken.message
            )
        } else {
            format!(
                "this {what} file breaks part-way ({}); the {} items before the break were read — \
                 download the export again for the rest",
                broken.message, broken.delivered
            )
        };
        self.stats.failed(entry, msg);
    }
}

/// Read thread files on every thread of the pool, one file per task; their records and problems
/// are handed on in file order, exactly as if read one after another (given `batches`, the records
/// go through the rules in the task and only the outcome is handed on).
fn read_threads(
    r: &mut Reader,
    threads: &[&Entry],
    profile_names: &[String],
    counts: &thread::LazyCounts,
    batches: Option<&dyn RecordBatches>,
) {
    let (export, platform, owner) = (r.export, r.platform, r.owner.clone());
    crate::pipeline::ordered(
        |entry: &Entry| {
            let mut records = Vec::new();
            let mut collect = |rec: Record| records.push(rec);
            let mut tr = Reader {
                export,
                platform,
                media: MediaReader {
                    index: export.media,
                    input: export.input,
                    limits: export.limits,
                },
                stats: ReadStats::default(),
                owner: owner.clone(),
                seen_media: BTreeSet::new(),
                sink: &mut collect,
            };
            thread::read_thread(&mut tr, entry, profile_names, counts);
            let stats = tr.stats;
            let processed = match batches {
                Some(b) if !records.is_empty() => Err(b.process(records)),
                _ => Ok(records),
            };
            (processed, stats)
        },
        |(processed, stats): (Result<Vec<Record>, ProcessedBatch>, ReadStats)| {
            match (processed, batches) {
                (Ok(records), _) => records.into_iter().for_each(&mut *r.sink),
                (Err(p), Some(b)) => b.commit(p),
                (Err(_), None) => {}
            }
            r.stats.merge(stats);
        },
        |push| threads.iter().for_each(|e| push(e)),
    );
}

/// What a source plugs into [`read_export`].
pub trait MetaSource {
    fn meta_platform(&self) -> MetaPlatform;
    fn platform(&self) -> Platform;
    /// Read a profile file into `r.owner` (and emit its profile record).
    fn read_profile(&self, r: &mut Reader, entry: &Entry);
    /// Read any other data file.
    fn read_data(&self, r: &mut Reader, entry: &Entry);
    /// Order of data files: lower first (posts before the albums that repeat their photos).
    fn data_order(&self, name_lower: &str) -> u8;
    /// Product name for the HTML-export problem.
    fn product(&self) -> &'static str;
}

/// Read one Meta export: classify its entries again (detection kept only a confidence), report an
/// HTML export once, then profiles, data files and threads in that order.
pub fn read_export(
    src: &dyn MetaSource,
    export: &Export,
    sink: &mut dyn FnMut(Record),
) -> ReadStats {
    read_export_with(src, export, sink, None)
}

/// [`read_export`] for [`crate::ingest::Source::read_parallel`]: thread files' records go through
/// the rules on the thread that read them.
pub fn read_export_parallel(
    src: &dyn MetaSource,
    export: &Export,
    sink: &mut dyn FnMut(Record),
    batches: &dyn RecordBatches,
) -> ReadStats {
    read_export_with(src, export, sink, Some(batches))
}

fn read_export_with(
    src: &dyn MetaSource,
    export: &Export,
    sink: &mut dyn FnMut(Record),
    batches: Option<&dyn RecordBatches>,
) -> ReadStats {
    let mut r = Reader {
        export,
        platform: src.platform(),
        media: MediaReader {
            index: export.media,
            input: export.input,
            limits: export.limits,
        },
        stats: ReadStats::default(),
        owner: Owner::default(),
        seen_media: BTreeSet::new(),
        sink,
    };
    let mut profiles = Vec::new();
    let mut data = Vec::new();
    let mut threads = Vec::new();
    let mut html_pages = Vec::new();
    for (entry, _) in &export.entries {
        let head = match entry
            .head(HEAD_BYTES, export.limits)
            .map(crate::ingest::utf8::head_as_utf8)
        {
            Ok(h) => h,
            Err(e) => {
                r.stats.failed(
                    entry,
                    format!(
                        "cannot read: {e}; the file may be damaged — download the export again"
                    ),
                );
                continue;
            }
        };
        let name = entry.file_name_lower();
        let Some(c) = classify(&entry.path_lower(), &name, &head) else {
            continue;
        };
        if c.platform != src.meta_platform() {
            continue;
        }
        match c.kind {
            FileKind::Profile => profiles.push(*entry),
            FileKind::Data => data.push((src.data_order(&name), *entry)),
            FileKind::Thread => threads.push(*entry),
            FileKind::Html => html_pages.push(*entry),
            FileKind::Media | FileKind::Skipped(_) => {}
        }
    }

    for entry in &profiles {
        src.read_profile(&mut r, entry);
    }
    // Who takes part in every thread, for threads where the profile's name does not appear (no
    // profile in this part of a multi-zip export, or a name changed since).
    let counts = thread::LazyCounts::new(&threads, export.limits);
    if r.owner.names.is_empty() {
        // No profile in this export (or this part of it): the one person in every thread is the
        // owner, which names the author of the posts too.
        counts.read_in_parallel();
        if let Some(name) = counts.get().common_to_all().map(str::to_string) {
            r.owner.add_name(&name);
        }
    }

    data.sort_by(|a, b| (a.0, &a.1.path).cmp(&(b.0, &b.1.path)));
    for (_, entry) in &data {
        src.read_data(&mut r, entry);
    }

    let profile_names = r.owner.names.clone();
    read_threads(&mut r, &threads, &profile_names, &counts, batches);
    html::read_pages(&mut r, &html_pages, src.product());
    r.stats
}

//! The input tree: every file a user points us at, whether loose in a folder, inside a `.zip`, inside a
//! `.tar.gz`, or inside an archive inside an archive.
//!
//! Why it is built this way:
//! - **Read in place, never extracted.** Archives hold patients' and third parties' data; writing their
//!   contents to a temporary directory would leave copies behind. Zip entries are streamed straight from
//!   the archive file (we locate each entry's compressed bytes once and inflate them on demand), so a
//!   multi-gigabyte export costs one open file per reader, not its size in memory.
//! - **Nested archives live in memory, within limits.** An archive inside an archive cannot be seeked
//!   in place, so it is read into memory, bounded by [`Limits::max_nested_archive_bytes`]. `.tar.gz`
//!   cannot be seeked either; its entries are buffered once during listing (data files fully, media files
//!   only their first [`TAR_MEDIA_HEAD_BYTES`], enough for EXIF).
//! - **Bombs stop at documented limits** ([`Limits`]): bytes per entry, bytes per run, nesting depth,
//!   entry count, and zip entries whose compressed data overlap (the "overlapping files" bomb). A limit
//!   hit is a [`Problem`] on that input; every other input is still read.
//! - **Paths are data, never destinations.** Entry names with `..` or absolute paths are kept as labels
//!   only; nothing is ever written from an archive, and tar links are listed as skipped, not followed.

use flate2::read::{DeflateDecoder, GzDecoder};
use std::fs::File;
use std::io::{self, Cursor, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// How much of a media file inside a `.tar.gz` is kept: enough for the EXIF block of a JPEG or HEIC.
pub const TAR_MEDIA_HEAD_BYTES: usize = 256 * 1024;

/// Limits against decompression bombs and runaway inputs. The defaults fit a decade of a heavy user's
/// exports on a laptop; each is documented in the README.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Largest uncompressed entry read (default 4 GiB).
    pub max_entry_bytes: u64,
    /// Largest total of uncompressed bytes read across the run (default 64 GiB).
    pub max_total_bytes: u64,
    /// Deepest archive nesting: a zip in a zip is depth 2 (default 3).
    pub max_depth: u32,
    /// Most entries listed across all inputs (default 2,000,000).
    pub max_entries: u64,
    /// Largest nested archive or `.tar.gz` content held in memory (default 1 GiB).
    pub max_nested_archive_bytes: u64,
    /// Largest compression ratio accepted for an entry bigger than 1 MiB (default 1000:1).
    pub max_ratio: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_entry_bytes: 4 << 30,
            max_total_bytes: 64 << 30,
            max_depth: 3,
            max_entries: 2_000_000,
            max_nested_archive_bytes: 1 << 30,
            max_ratio: 1000,
        }
    }
}

/// How bad a problem is. An `error` means part of the input was not scanned (exit code 2); a `warning`
/// is something skipped on purpose or a single item that could not be parsed.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Error,
    Warning,
}

/// Something about an input or entry that could not be read. Reported in the coverage section with
/// its path; never fatal to the run.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub struct Problem {
    pub level: Level,
    /// The path the user gave, or the file found beneath it.
    pub input: String,
    /// The entry inside it, if the problem is with one entry.
    pub entry: Option<String>,
    /// What went wrong.
    pub message: String,
    /// What the user can do about it.
    pub hint: Option<String>,
}

impl Problem {
    pub fn new(input: &str, entry: Option<&str>, message: impl Into<String>) -> Self {
        Problem {
            level: Level::Error,
            input: input.to_string(),
            entry: entry.map(str::to_string),
            message: message.into(),
            hint: None,
        }
    }

    /// Downgrade to a warning: skipped on purpose, or one item of many.
    pub fn warning(mut self) -> Self {
        self.level = Level::Warning;
        self
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.input)?;
        if let Some(e) = &self.entry {
            write!(f, " → {e}")?;
        }
        write!(f, ": {}", self.message)?;
        if let Some(h) = &self.hint {
            write!(f, " ({h})")?;
        }
        Ok(())
    }
}

/// A read error as a problem message that says what went wrong and what to do about it.
pub fn unreadable(e: &io::Error) -> String {
    let text = e.to_string();
    let action = if text.contains("decompression bomb") {
        "the archive may be hostile; do not open it"
    } else if e.kind() == io::ErrorKind::PermissionDenied {
        "check the file's permissions"
    } else if e.kind() == io::ErrorKind::UnexpectedEof {
        "the file is cut short; download the export again"
    } else {
        "the file may be damaged; download the export again"
    };
    format!("cannot read: {text} — {action}")
}

/// Bytes an archive lives in: a file on disk or a buffer (nested archives).
#[derive(Debug)]
enum Container {
    Disk(PathBuf),
    Memory(Arc<[u8]>),
}

#[derive(Debug, Clone)]
enum Locator {
    Disk(PathBuf),
    /// A zip entry: where its compressed data starts in the container, how long it is, how it is packed.
    Zip {
        container: Arc<Container>,
        data_start: u64,
        compressed: u64,
        deflated: bool,
    },
    /// Bytes already in memory (tar entries). `truncated` when only the head was kept.
    Memory {
        data: Arc<[u8]>,
        truncated: bool,
    },
}

/// One file in the input tree.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The input path as the user gave it (or the file found beneath a folder they gave).
    pub input: Arc<str>,
    /// Path of the entry inside the input, `/`-separated; `!/` separates nested archives. For a loose
    /// file given directly, its file name.
    pub path: String,
    /// Uncompressed size as declared (zip) or measured.
    pub size: u64,
    locator: Locator,
}

impl Entry {
    /// An in-memory entry, for tests and for sources that synthesise entries.
    pub fn from_bytes(input: &str, path: &str, data: Vec<u8>) -> Self {
        let size = data.len() as u64;
        Entry {
            input: Arc::from(input),
            path: path.to_string(),
            size,
            locator: Locator::Memory {
                data: Arc::from(data),
                truncated: false,
            },
        }
    }

    /// The entry's file name (last path segment), lower-cased.
    pub fn file_name_lower(&self) -> String {
        self.path
            .rsplit(['/', '\\'])
            .next()
            .unwrap_or(&self.path)
            .to_lowercase()
    }

    /// The entry path lower-cased with `\` turned into `/`, for path-based hints in `detect`.
    pub fn path_lower(&self) -> String {
        self.path.replace('\\', "/").to_lowercase()
    }

    /// True when only the head of the entry was kept (media inside a `.tar.gz`).
    pub fn is_truncated(&self) -> bool {
        matches!(
            self.locator,
            Locator::Memory {
                truncated: true,
                ..
            }
        )
    }

    /// Open the entry as a stream. The stream fails with an error naming the entry if it would exceed
    /// `limits.max_entry_bytes`, or, for a zip entry, the size its archive declares (the limits are
    /// checked against declared sizes, so an entry must not inflate beyond its own).
    pub fn open(&self, limits: &Limits) -> io::Result<Box<dyn Read + Send>> {
        let raw: Box<dyn Read + Send> = match &self.locator {
            Locator::Disk(p) => Box::new(File::open(p)?),
            Locator::Memory { data, .. } => Box::new(Cursor::new(ArcBytes(data.clone()))),
            Locator::Zip {
                container,
                data_start,
                compressed,
                deflated,
            } => {
                let body: Box<dyn Read + Send> = match &**container {
                    Container::Disk(p) => {
                        let mut f = File::open(p)?;
                        f.seek(SeekFrom::Start(*data_start))?;
                        Box::new(f.take(*compressed))
                    }
                    Container::Memory(buf) => {
                        let mut c = Cursor::new(ArcBytes(buf.clone()));
                        c.seek(SeekFrom::Start(*data_start))?;
                        Box::new(c.take(*compressed))
                    }
                };
                if *deflated {
                    Box::new(DeflateDecoder::new(body))
                } else {
                    body
                }
            }
        };
        let declared =
            matches!(self.locator, Locator::Zip { .. }) && self.size < limits.max_entry_bytes;
        let limit = if declared {
            self.size
        } else {
            limits.max_entry_bytes
        };
        Ok(Box::new(LimitedReader {
            inner: raw,
            remaining: limit,
            limit,
            declared,
        }))
    }

    /// Read the whole entry into memory (bounded by the limits).
    pub fn read_all(&self, limits: &Limits) -> io::Result<Vec<u8>> {
        let mut out = Vec::with_capacity(self.size.min(64 << 20) as usize);
        self.open(limits)?.read_to_end(&mut out)?;
        Ok(out)
    }

    /// The first `n` bytes (fewer if the entry is shorter), for cheap format detection.
    pub fn head(&self, n: usize, limits: &Limits) -> io::Result<Vec<u8>> {
        let mut out = Vec::with_capacity(n);
        self.open(limits)?.take(n as u64).read_to_end(&mut out)?;
        Ok(out)
    }
}

/// A `Cursor`-able view of shared bytes.
#[derive(Debug, Clone)]
struct ArcBytes(Arc<[u8]>);

impl AsRef<[u8]> for ArcBytes {
    fn as_ref(&self) -> &[u8] {
        &self.0
    }
}

struct LimitedReader {
    inner: Box<dyn Read + Send>,
    remaining: u64,
    limit: u64,
    /// The limit is the size the archive declares for the entry, not the configured one.
    declared: bool,
}

impl Read for LimitedReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.remaining == 0 {
            // Probe one byte: exactly at the limit is fine, beyond it is a bomb.
            let mut probe = [0u8; 1];
            return match self.inner.read(&mut probe)? {
                0 => Ok(0),
                _ if self.declared => Err(io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!(
                        "entry inflates beyond the {} bytes its archive declares (possible decompression bomb)",
                        self.limit
                    ),
                )),
                _ => Err(io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!(
                        "entry is larger than the {} byte limit (possible decompression bomb)",
                        self.limit
                    ),
                )),
            };
        }
        let want = buf
            .len()
            .min(self.remaining.min(usize::MAX as u64) as usize);
        let n = self.inner.read(&mut buf[..want])?;
        self.remaining -= n as u64;
        Ok(n)
    }
}

/// Everything found under the given paths: the entries to detect and read, and what could not be read.
#[derive(Debug, Default)]
pub struct InputTree {
    pub entries: Vec<Entry>,
    pub problems: Vec<Problem>,
    /// Inputs as given, for the report's `inputs` list.
    pub inputs: Vec<String>,
}

/// The kind of container a file name announces.
fn archive_kind(name_lower: &str) -> Option<ArchiveKind> {
    if name_lower.ends_with(".zip") {
        Some(ArchiveKind::Zip)
    } else if name_lower.ends_with(".tar.gz") || name_lower.ends_with(".tgz") {
        Some(ArchiveKind::TarGz)
    } else if name_lower.ends_with(".tar") {
        Some(ArchiveKind::Tar)
    } else {
        None
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum ArchiveKind {
    Zip,
    TarGz,
    Tar,
}

struct Walker<'a> {
    limits: &'a Limits,
    tree: InputTree,
    total_bytes: AtomicU64,
}

impl InputTree {
    /// List every entry under `paths`. Never fails as a whole: unreadable paths become problems.
    pub fn open(paths: &[PathBuf], limits: &Limits) -> InputTree {
        let mut w = Walker {
            limits,
            tree: InputTree::default(),
            total_bytes: AtomicU64::new(0),
        };
        for p in paths {
            let label = p.display().to_string();
            w.tree.inputs.push(label.clone());
            w.walk_path(p, &label, None);
        }
        w.tree
            .entries
            .sort_by(|a, b| (&*a.input, &a.path).cmp(&(&*b.input, &b.path)));
        w.tree.problems.sort();
        w.tree.problems.dedup();
        w.tree
    }

    /// Total number of bytes declared by the entries.
    pub fn total_bytes(&self) -> u64 {
        self.entries.iter().map(|e| e.size).sum()
    }
}

impl Walker<'_> {
    fn too_many_entries(&self) -> bool {
        self.tree.entries.len() as u64 >= self.limits.max_entries
    }

    fn push(&mut self, e: Entry) -> bool {
        if self.too_many_entries() {
            return false;
        }
        self.tree.entries.push(e);
        true
    }

    /// `label` is the input label for entries beneath `path`; `rel` the path relative to the input root.
    fn walk_path(&mut self, path: &Path, label: &str, rel: Option<&str>) {
        let meta = match std::fs::symlink_metadata(path) {
            Ok(m) => m,
            Err(e) => {
                let p = Problem::new(label, rel, format!("cannot read: {e}"));
                self.tree
                    .problems
                    .push(p.with_hint("check the path exists and is readable"));
                return;
            }
        };
        if meta.file_type().is_symlink() {
            // Follow a symlink only when the user named it directly; links inside folders could loop.
            if rel.is_some() {
                self.tree
                    .problems
                    .push(Problem::new(label, rel, "symbolic link not followed").warning());
                return;
            }
            match std::fs::metadata(path) {
                Ok(m) if m.is_dir() => return self.walk_dir(path, label),
                Ok(_) => {}
                Err(e) => {
                    self.tree.problems.push(
                        Problem::new(label, rel, format!("broken symbolic link: {e}"))
                            .with_hint("name the link's target directly, or remove the link"),
                    );
                    return;
                }
            }
        } else if meta.is_dir() {
            return self.walk_dir(path, label);
        }
        let name = rel.map(str::to_string).unwrap_or_else(|| {
            path.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| label.to_string())
        });
        match archive_kind(&name.to_lowercase()) {
            // An archive given directly labels its entries plainly; one found in a folder prefixes them.
            Some(kind) => self.open_archive_on_disk(path, kind, label, rel.unwrap_or("")),
            None => {
                let size = meta.len();
                let e = Entry {
                    input: Arc::from(label),
                    path: name,
                    size,
                    locator: Locator::Disk(path.to_path_buf()),
                };
                if !self.push(e) {
                    self.entry_limit_problem(label);
                }
            }
        }
    }

    fn walk_dir(&mut self, dir: &Path, label: &str) {
        // Iterative, sorted walk; entries are labelled relative to the folder the user gave.
        let mut stack = vec![(dir.to_path_buf(), String::new())];
        while let Some((d, prefix)) = stack.pop() {
            let rd = match std::fs::read_dir(&d) {
                Ok(rd) => rd,
                Err(e) => {
                    let entry = (!prefix.is_empty()).then_some(prefix.trim_end_matches('/'));
                    self.tree.problems.push(
                        Problem::new(label, entry, format!("cannot list folder: {e}"))
                            .with_hint("check the folder's permissions"),
                    );
                    continue;
                }
            };
            let mut children: Vec<_> = rd.filter_map(|r| r.ok()).collect();
            children.sort_by_key(|c| c.file_name());
            let mut subdirs = Vec::new();
            for c in children {
                let name = c.file_name().to_string_lossy().into_owned();
                let rel = format!("{prefix}{name}");
                let ft = match c.file_type() {
                    Ok(ft) => ft,
                    Err(e) => {
                        self.tree.problems.push(
                            Problem::new(label, Some(&rel), format!("cannot stat: {e}"))
                                .with_hint("check the file's permissions"),
                        );
                        continue;
                    }
                };
                if ft.is_dir() {
                    subdirs.push((c.path(), format!("{rel}/")));
                } else {
                    self.walk_path(&c.path(), label, Some(&rel));
                }
                if self.too_many_entries() {
                    self.entry_limit_problem(label);
                    return;
                }
            }
            stack.extend(subdirs.into_iter().rev());
        }
    }

    fn entry_limit_problem(&mut self, label: &str) {
        let msg = format!(
            "more than {} entries; the rest were not listed",
            self.limits.max_entries
        );
        if !self.tree.problems.iter().any(|p| p.message == msg) {
            self.tree
                .problems
                .push(Problem::new(label, None, msg).with_hint("scan fewer inputs at a time"));
        }
    }

    fn open_archive_on_disk(&mut self, path: &Path, kind: ArchiveKind, label: &str, name: &str) {
        match kind {
            ArchiveKind::Zip => {
                let container = Arc::new(Container::Disk(path.to_path_buf()));
                match File::open(path) {
                    Ok(f) => self.list_zip(f, container, label, name, 1),
                    Err(e) => self.tree.problems.push(
                        Problem::new(label, non_empty(name), format!("cannot open: {e}"))
                            .with_hint("check the file exists and is readable"),
                    ),
                }
            }
            ArchiveKind::TarGz | ArchiveKind::Tar => match File::open(path) {
                Ok(f) => {
                    let reader: Box<dyn Read> = if kind == ArchiveKind::TarGz {
                        Box::new(GzDecoder::new(f))
                    } else {
                        Box::new(f)
                    };
                    self.list_tar(reader, label, name, 1)
                }
                Err(e) => self.tree.problems.push(
                    Problem::new(label, non_empty(name), format!("cannot open: {e}"))
                        .with_hint("check the file exists and is readable"),
                ),
            },
        }
    }

    /// List a zip's entries. `prefix` is the archive's own path within the input (used to label nested
    /// entries as `outer.zip!/data/x.js`); for a top-level archive the entries are labelled plainly.
    fn list_zip<R: Read + Seek>(
        &mut self,
        reader: R,
        container: Arc<Container>,
        label: &str,
        prefix: &str,
        depth: u32,
    ) {
        let mut zip = match zip::ZipArchive::new(reader) {
            Ok(z) => z,
            Err(e) => {
                self.tree.problems.push(
                    Problem::new(
                        label,
                        non_empty(prefix),
                        format!("not a readable zip archive: {e}"),
                    )
                    .with_hint(
                        "the download may be incomplete or truncated; download the archive again",
                    ),
                );
                return;
            }
        };
        let nested_prefix = entry_prefix(prefix);
        // First pass: collect spans to detect overlapping entries (a known zip-bomb construction).
        let mut spans: Vec<(u64, u64, usize)> = Vec::new();
        for i in 0..zip.len() {
            if let Ok(f) = zip.by_index_raw(i) {
                if !f.is_dir() {
                    spans.push((f.header_start(), f.compressed_size(), i));
                }
            }
        }
        spans.sort();
        if spans
            .windows(2)
            .any(|w| w[1].0 < w[0].0.saturating_add(w[0].1))
        {
            self.tree.problems.push(
                Problem::new(label, non_empty(prefix), "zip entries overlap each other (a decompression-bomb construction); archive skipped")
                    .with_hint("this archive was not produced by a platform export; do not open it"),
            );
            return;
        }
        for i in 0..zip.len() {
            if self.too_many_entries() {
                self.entry_limit_problem(label);
                return;
            }
            let (name, is_dir, encrypted, data_start, compressed, size, method) =
                match zip.by_index_raw(i) {
                    Ok(f) => (
                        String::from_utf8_lossy(f.name_raw()).into_owned(),
                        f.is_dir(),
                        f.encrypted(),
                        f.data_start(),
                        f.compressed_size(),
                        f.size(),
                        f.compression(),
                    ),
                    Err(e) => {
                        self.tree.problems.push(
                            Problem::new(
                                label,
                                non_empty(prefix),
                                format!("zip entry {i} unreadable: {e}"),
                            )
                            .with_hint("the archive is damaged; download it again"),
                        );
                        continue;
                    }
                };
            if is_dir {
                continue;
            }
            let entry_path = format!("{nested_prefix}{name}");
            if encrypted {
                self.tree.problems.push(
                    Problem::new(label, Some(&entry_path), "entry is encrypted; skipped")
                        .with_hint("re-create the archive without a password"),
                );
                continue;
            }
            let deflated = match method {
                zip::CompressionMethod::Stored => false,
                zip::CompressionMethod::Deflated => true,
                other => {
                    self.tree.problems.push(
                        Problem::new(
                            label,
                            Some(&entry_path),
                            format!("unsupported compression method {other:?}; skipped"),
                        )
                        .with_hint("unpack the archive with a zip tool and scan the folder"),
                    );
                    continue;
                }
            };
            if size > self.limits.max_entry_bytes {
                self.tree.problems.push(Problem::new(
                    label,
                    Some(&entry_path),
                    format!(
                        "entry declares {size} bytes, over the {} byte limit; skipped",
                        self.limits.max_entry_bytes
                    ),
                )
                .with_hint("no platform export has a file this large; the archive may be hostile, do not open it"));
                continue;
            }
            if size > (1 << 20) && compressed > 0 && size / compressed > self.limits.max_ratio {
                self.tree.problems.push(Problem::new(
                    label,
                    Some(&entry_path),
                    format!("compression ratio {}:1 exceeds the {}:1 limit (possible decompression bomb); skipped", size / compressed, self.limits.max_ratio),
                )
                .with_hint("no platform export compresses this much; the archive may be hostile, do not open it"));
                continue;
            }
            let total = self.total_bytes.fetch_add(size, Ordering::Relaxed) + size;
            if total > self.limits.max_total_bytes {
                self.tree.problems.push(
                    Problem::new(
                        label,
                        Some(&entry_path),
                        format!(
                        "run exceeds the {} byte total limit; the rest of this archive was skipped",
                        self.limits.max_total_bytes
                    ),
                    )
                    .with_hint("scan fewer inputs at a time"),
                );
                return;
            }
            let locator = Locator::Zip {
                container: container.clone(),
                data_start,
                compressed,
                deflated,
            };
            let entry = Entry {
                input: Arc::from(label),
                path: entry_path.clone(),
                size,
                locator,
            };
            match archive_kind(&name.to_lowercase()) {
                Some(kind) => self.open_nested(&entry, kind, label, depth),
                None => {
                    self.push(entry);
                }
            }
        }
    }

    fn open_nested(&mut self, entry: &Entry, kind: ArchiveKind, label: &str, depth: u32) {
        if depth >= self.limits.max_depth {
            self.tree.problems.push(
                Problem::new(
                    label,
                    Some(&entry.path),
                    format!(
                        "archive nested deeper than {} levels; skipped",
                        self.limits.max_depth
                    ),
                )
                .with_hint("unpack the outer archive and scan the inner one directly"),
            );
            return;
        }
        let cap = self.limits.max_nested_archive_bytes;
        let bytes = match read_capped(entry, cap, self.limits) {
            Ok(b) => b,
            Err(e) => {
                self.tree.problems.push(
                    Problem::new(
                        label,
                        Some(&entry.path),
                        format!("nested archive unreadable: {e}"),
                    )
                    .with_hint("unpack the outer archive and scan the inner one directly"),
                );
                return;
            }
        };
        match kind {
            ArchiveKind::Zip => {
                let data: Arc<[u8]> = Arc::from(bytes);
                let container = Arc::new(Container::Memory(data.clone()));
                self.list_zip(
                    Cursor::new(ArcBytes(data)),
                    container,
                    label,
                    &entry.path,
                    depth + 1,
                );
            }
            ArchiveKind::TarGz => self.list_tar(
                Box::new(GzDecoder::new(Cursor::new(bytes))),
                label,
                &entry.path,
                depth + 1,
            ),
            ArchiveKind::Tar => {
                self.list_tar(Box::new(Cursor::new(bytes)), label, &entry.path, depth + 1)
            }
        }
    }

    /// List a tar stream, buffering entries (see module docs). `depth` 1 means a top-level archive.
    fn list_tar(&mut self, reader: Box<dyn Read + '_>, label: &str, prefix: &str, depth: u32) {
        let nested_prefix = entry_prefix(prefix);
        let mut archive = tar::Archive::new(reader);
        let entries = match archive.entries() {
            Ok(es) => es,
            Err(e) => {
                self.tree.problems.push(
                    Problem::new(
                        label,
                        non_empty(prefix),
                        format!("not a readable tar archive: {e}"),
                    )
                    .with_hint(
                        "the download may be incomplete or damaged; download the archive again",
                    ),
                );
                return;
            }
        };
        let mut buffered: u64 = 0;
        let mut nested: Vec<(Entry, ArchiveKind)> = Vec::new();
        for item in entries {
            if self.too_many_entries() {
                self.entry_limit_problem(label);
                break;
            }
            let mut item = match item {
                Ok(i) => i,
                Err(e) => {
                    self.tree.problems.push(
                        Problem::new(label, non_empty(prefix), format!("tar archive is truncated or corrupt: {e}"))
                            .with_hint("entries before the damage were read; download the archive again for the rest"),
                    );
                    break;
                }
            };
            let name = String::from_utf8_lossy(&item.path_bytes()).into_owned();
            let entry_path = format!("{nested_prefix}{name}");
            let etype = item.header().entry_type();
            if etype.is_symlink() || etype.is_hard_link() {
                self.tree.problems.push(
                    Problem::new(
                        label,
                        Some(&entry_path),
                        "link inside tar archive not followed",
                    )
                    .warning(),
                );
                continue;
            }
            if !etype.is_file() {
                continue;
            }
            let lower = name.to_lowercase();
            let nested_kind = archive_kind(&lower);
            let keep_all = nested_kind.is_some() || is_data_file(&lower);
            let cap = if keep_all {
                self.limits.max_entry_bytes
            } else {
                TAR_MEDIA_HEAD_BYTES as u64
            };
            let mut data = Vec::new();
            let read = (&mut item).take(cap).read_to_end(&mut data);
            let mut truncated = false;
            if let Err(e) = read {
                self.tree.problems.push(
                    Problem::new(
                        label,
                        Some(&entry_path),
                        format!("tar entry truncated: {e}"),
                    )
                    .with_hint("the download was cut short; download the archive again"),
                );
                if data.is_empty() {
                    continue;
                }
                truncated = true;
            }
            // Anything left unread means the entry is bigger than what we keep.
            let mut rest = [0u8; 1];
            if matches!(item.read(&mut rest), Ok(n) if n > 0) {
                if keep_all {
                    self.tree.problems.push(Problem::new(
                        label,
                        Some(&entry_path),
                        format!(
                            "entry is larger than the {} byte limit; skipped",
                            self.limits.max_entry_bytes
                        ),
                    )
                .with_hint("no platform export has a file this large; the archive may be hostile, do not open it"));
                    continue;
                }
                truncated = true;
            }
            buffered += data.len() as u64;
            if buffered > self.limits.max_nested_archive_bytes {
                self.tree.problems.push(
                    Problem::new(
                        label,
                        non_empty(prefix),
                        format!(
                            "tar content exceeds the {} byte in-memory limit; the rest was skipped",
                            self.limits.max_nested_archive_bytes
                        ),
                    )
                    .with_hint("unpack the archive into a folder and scan the folder"),
                );
                break;
            }
            let size = data.len() as u64;
            let entry = Entry {
                input: Arc::from(label),
                path: entry_path,
                size,
                locator: Locator::Memory {
                    data: Arc::from(data),
                    truncated,
                },
            };
            match nested_kind {
                Some(k) => nested.push((entry, k)),
                None => {
                    self.push(entry);
                }
            }
        }
        for (entry, kind) in nested {
            self.open_nested(&entry, kind, label, depth);
        }
    }
}

/// How entries inside an archive are labelled: plainly for an archive the user named directly (empty
/// `archive_path`), `archive_path!/name` otherwise, so two exports in one folder never collide.
fn entry_prefix(archive_path: &str) -> String {
    if archive_path.is_empty() {
        String::new()
    } else {
        format!("{archive_path}!/")
    }
}

/// Files whose whole content matters (text and structured data), as opposed to media where only the
/// EXIF head is read.
fn is_data_file(lower: &str) -> bool {
    const DATA: [&str; 9] = [
        ".json", ".js", ".csv", ".txt", ".html", ".htm", ".car", ".tsv", ".xml",
    ];
    DATA.iter().any(|ext| lower.ends_with(ext))
        || !lower.rsplit('/').next().unwrap_or(lower).contains('.')
}

fn non_empty(s: &str) -> Option<&str> {
    (!s.is_empty()).then_some(s)
}

fn read_capped(entry: &Entry, cap: u64, limits: &Limits) -> io::Result<Vec<u8>> {
    let mut out = Vec::new();
    let mut r = entry.open(limits)?.take(cap + 1);
    r.read_to_end(&mut out)?;
    if out.len() as u64 > cap {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!("larger than the {cap} byte limit for archives inside archives"),
        ));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn zip_bytes(files: &[(&str, &[u8])]) -> Vec<u8> {
        let mut buf = Cursor::new(Vec::new());
        {
            let mut w = zip::ZipWriter::new(&mut buf);
            let opts = zip::write::SimpleFileOptions::default();
            for (name, data) in files {
                w.start_file(*name, opts).unwrap();
                w.write_all(data).unwrap();
            }
            w.finish().unwrap();
        }
        buf.into_inner()
    }

    #[test]
    fn reads_zip_entries_in_place_and_nested_zips() {
        let inner = zip_bytes(&[("data/tweets.js", b"window.YTD.tweets.part0 = []")]);
        let outer = zip_bytes(&[("a.txt", b"hello"), ("inner.zip", &inner)]);
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("outer.zip");
        std::fs::write(&p, outer).unwrap();
        let tree = InputTree::open(&[p], &Limits::default());
        assert!(tree.problems.is_empty(), "{:?}", tree.problems);
        let paths: Vec<_> = tree.entries.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(paths, ["a.txt", "inner.zip!/data/tweets.js"]);
        let limits = Limits::default();
        assert_eq!(tree.entries[0].read_all(&limits).unwrap(), b"hello");
        assert_eq!(
            tree.entries[1].read_all(&limits).unwrap(),
            b"window.YTD.tweets.part0 = []"
        );
    }

    #[test]
    fn entry_limit_stops_oversized_streams() {
        let e = Entry::from_bytes("x", "big.json", vec![b'a'; 100]);
        let limits = Limits {
            max_entry_bytes: 10,
            ..Limits::default()
        };
        let err = e.read_all(&limits).unwrap_err();
        assert!(err.to_string().contains("limit"));
        let exact = Limits {
            max_entry_bytes: 100,
            ..Limits::default()
        };
        assert_eq!(e.read_all(&exact).unwrap().len(), 100);
    }

    #[test]
    fn truncated_zip_is_a_problem_not_a_panic() {
        let bytes = zip_bytes(&[("a.txt", b"hello world")]);
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("broken.zip");
        std::fs::write(&p, &bytes[..bytes.len() / 2]).unwrap();
        let tree = InputTree::open(&[p], &Limits::default());
        assert!(tree.entries.is_empty());
        assert_eq!(tree.problems.len(), 1);
        assert!(tree.problems[0].message.contains("zip"));
    }

    #[test]
    fn nesting_depth_is_limited() {
        let l1 = zip_bytes(&[("x.txt", b"x")]);
        let l2 = zip_bytes(&[("l1.zip", &l1)]);
        let l3 = zip_bytes(&[("l2.zip", &l2)]);
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("l3.zip");
        std::fs::write(&p, l3).unwrap();
        let limits = Limits {
            max_depth: 2,
            ..Limits::default()
        };
        let tree = InputTree::open(&[p], &limits);
        assert!(tree.entries.is_empty());
        assert!(
            tree.problems[0].message.contains("nested deeper"),
            "{:?}",
            tree.problems
        );
    }

    #[test]
    fn tar_gz_entries_are_listed_and_links_not_followed() {
        let mut tar_buf = Vec::new();
        {
            let mut b = tar::Builder::new(&mut tar_buf);
            let data = br#"{"orderedItems":[]}"#;
            let mut h = tar::Header::new_gnu();
            h.set_size(data.len() as u64);
            h.set_mode(0o644);
            h.set_cksum();
            b.append_data(&mut h, "outbox.json", &data[..]).unwrap();
            let mut l = tar::Header::new_gnu();
            l.set_entry_type(tar::EntryType::Symlink);
            l.set_size(0);
            b.append_link(&mut l, "evil", "/etc/passwd").unwrap();
            b.finish().unwrap();
        }
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(&tar_buf).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("archive.tar.gz");
        std::fs::write(&p, gz.finish().unwrap()).unwrap();
        let tree = InputTree::open(&[p], &Limits::default());
        assert_eq!(tree.entries.len(), 1);
        assert_eq!(tree.entries[0].path, "outbox.json");
        assert!(tree.problems.iter().any(|p| p.message.contains("link")));
    }

    #[test]
    fn missing_path_is_reported() {
        let tree = InputTree::open(&[PathBuf::from("/definitely/not/here")], &Limits::default());
        assert_eq!(tree.problems.len(), 1);
        assert!(tree.problems[0].message.starts_with("cannot read"));
    }
}

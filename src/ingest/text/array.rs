//! Streaming the elements of a large top-level JSON array: `tweets.js` (hundreds of MB), DM files,
//! Discord channels.
//!
//! **Fast path.** A [`Splitter`] reads the stream in large chunks and finds where each element
//! starts and ends by tracking only strings and bracket depth — no parsing, no allocation per
//! element. Whole elements are cut into [`Batch`]es that own their bytes, so they can be parsed on
//! any thread ([`par_array_elements`]) while the next chunk is inflated and split. Each element is
//! then parsed once, straight from its bytes.
//!
//! **Exact when broken.** The splitter does not validate JSON, so the first element that does not
//! parse (or anything unexpected between elements, a truncation, a read error) hands over to the
//! plain `serde_json` streaming parser, which resumes at that element with the same line and column
//! it would have had from the start of the stream (see [`replay_prefix`]). A damaged file therefore
//! yields exactly the elements and the error message (position included) that a whole-stream
//! `serde_json` parse gives; only well-formed data takes the fast path.

use serde::de::{DeserializeSeed, IgnoredAny, SeqAccess, Visitor};
use serde::Deserialize;
use serde_json::value::RawValue;
use std::fmt;
use std::io::{self, Cursor, Read};
use std::ops::Range;

/// How much is read from the stream at a time.
const CHUNK: usize = 256 * 1024;
/// A batch is cut once this many bytes are buffered (elements larger than this make a batch alone).
const BATCH_BYTES: usize = 512 * 1024;
/// Deeper elements go to the exact parser, which enforces `serde_json`'s recursion limit in context.
const FAST_MAX_DEPTH: u32 = 100;

/// The outcome of streaming an array: how many elements were delivered, and the error that stopped it.
#[derive(Debug, Default)]
pub struct ArrayOutcome {
    pub delivered: u64,
    pub error: Option<String>,
}

/// A line and column as `serde_json` counts them: lines from 1, columns in bytes since the last
/// newline (0 right after it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Pos {
    line: usize,
    col: usize,
}

impl Pos {
    const START: Pos = Pos { line: 1, col: 0 };

    fn advance(self, bytes: &[u8]) -> Pos {
        match memchr::memrchr(b'\n', bytes) {
            None => Pos {
                line: self.line,
                col: self.col + bytes.len(),
            },
            Some(last) => Pos {
                line: self.line + memchr::memchr_iter(b'\n', bytes).count(),
                col: bytes.len() - last - 1,
            },
        }
    }
}

fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\n' | b'\t' | b'\r')
}

/// Where the element being scanned ends, found incrementally as bytes arrive.
#[derive(Debug, Clone, Copy)]
struct Scan {
    /// Where to resume, as an offset in the splitter's buffer.
    at: usize,
    depth: u32,
    max_depth: u32,
    in_str: bool,
    scalar: bool,
}

impl Scan {
    fn new(first: u8, start: usize) -> Scan {
        let container = matches!(first, b'{' | b'[');
        Scan {
            at: start + 1,
            depth: u32::from(container),
            max_depth: u32::from(container),
            in_str: first == b'"',
            scalar: !container && first != b'"',
        }
    }

    /// The end (exclusive) of the element once it is complete in `buf`.
    fn run(&mut self, buf: &[u8], eof: bool) -> Option<usize> {
        let len = buf.len();
        let mut i = self.at;
        if self.scalar {
            let rest = buf.get(i..).unwrap_or(&[]);
            return match rest
                .iter()
                .position(|&b| is_ws(b) || matches!(b, b',' | b']' | b'}'))
            {
                Some(p) => Some(i + p),
                None if eof => Some(len),
                None => {
                    self.at = len;
                    None
                }
            };
        }
        loop {
            if self.in_str {
                let Some(p) = memchr::memchr2(b'"', b'\\', buf.get(i..).unwrap_or(&[])) else {
                    self.at = len;
                    return None;
                };
                let j = i + p;
                if buf[j] == b'\\' {
                    if j + 1 >= len {
                        self.at = j;
                        return None;
                    }
                    i = j + 2;
                } else {
                    self.in_str = false;
                    i = j + 1;
                    if self.depth == 0 {
                        return Some(i);
                    }
                }
                continue;
            }
            let Some(&b) = buf.get(i) else {
                self.at = len;
                return None;
            };
            i += 1;
            match b {
                b'"' => self.in_str = true,
                b'{' | b'[' => {
                    self.depth += 1;
                    self.max_depth = self.max_depth.max(self.depth);
                }
                b'}' | b']' => {
                    self.depth -= 1;
                    if self.depth == 0 {
                        return Some(i);
                    }
                }
                _ => {}
            }
        }
    }
}

#[derive(Debug, Clone, Copy)]
enum State {
    /// Before the opening `[`.
    Start,
    /// Before an element; `first` right after the `[`.
    Before { first: bool },
    /// Inside the element starting at `start`.
    Element { start: usize, scan: Scan },
    /// After the element `start..end`, before its `,` or `]`.
    After { start: usize, end: usize },
    /// The closing `]` has been read.
    Done,
    /// The fast path stops here: the exact parser takes over from this point.
    Broken(Resume),
}

/// Where the exact parser resumes.
#[derive(Debug, Clone, Copy)]
enum Resume {
    /// From the first byte of the stream (it does not start with an array).
    StreamStart,
    /// From offset `at` of the buffer, before element `index`.
    Element { at: usize, index: u64 },
}

/// Whole elements cut from the stream, owning their bytes.
struct Batch {
    bytes: Vec<u8>,
    elements: Vec<Range<usize>>,
    first_index: u64,
    /// `bytes[..owned]` is this batch's share of the stream; the rest was carried to the next batch.
    owned: usize,
    /// Position of `bytes[0]` in the stream.
    origin: Pos,
}

impl Batch {
    /// The exact parser's starting point at element `n` of this batch: its position, index, and
    /// the stream bytes from there to the end of this batch's share.
    fn resume_at(&self, n: usize) -> (Pos, u64, Vec<u8>) {
        let start = self.elements.get(n).map_or(self.owned, |r| r.start);
        (
            self.origin.advance(&self.bytes[..start]),
            self.first_index + n as u64,
            self.bytes[start..self.owned].to_vec(),
        )
    }
}

/// Cuts a stream holding one JSON array into batches of whole elements.
struct Splitter<R> {
    reader: R,
    buf: Vec<u8>,
    /// Position of `buf[0]` in the stream.
    origin: Pos,
    pos: usize,
    state: State,
    eof: bool,
    error: Option<io::Error>,
    elements: Vec<Range<usize>>,
    next_index: u64,
    batch_first: u64,
}

impl<R: Read> Splitter<R> {
    fn new(reader: R) -> Self {
        Splitter {
            reader,
            buf: Vec::with_capacity(BATCH_BYTES + CHUNK),
            origin: Pos::START,
            pos: 0,
            state: State::Start,
            eof: false,
            error: None,
            elements: Vec::new(),
            next_index: 0,
            batch_first: 0,
        }
    }

    /// The next batch of whole elements, or `None` when the array is done or the fast path stopped.
    fn next_batch(&mut self) -> Option<Batch> {
        loop {
            self.step();
            let finished = matches!(self.state, State::Done | State::Broken(_));
            if !self.elements.is_empty() && (finished || self.buf.len() >= BATCH_BYTES) {
                return Some(self.cut());
            }
            if finished {
                return None;
            }
            self.fill();
        }
    }

    fn skip_ws(&mut self) -> Option<u8> {
        while let Some(&b) = self.buf.get(self.pos) {
            if !is_ws(b) {
                return Some(b);
            }
            self.pos += 1;
        }
        None
    }

    fn broken_at(&mut self, at: usize) {
        self.state = State::Broken(Resume::Element {
            at,
            index: self.next_index,
        });
    }

    /// Advance through the buffered bytes as far as they go.
    fn step(&mut self) {
        loop {
            match self.state {
                State::Start => match self.skip_ws() {
                    Some(b'[') => {
                        self.pos += 1;
                        self.state = State::Before { first: true };
                    }
                    Some(_) => self.state = State::Broken(Resume::StreamStart),
                    None if self.eof => self.state = State::Broken(Resume::StreamStart),
                    None => return,
                },
                State::Before { first } => match self.skip_ws() {
                    Some(b']') if first => {
                        self.pos += 1;
                        self.state = State::Done;
                    }
                    // `,]` — a trailing comma is for the exact parser to report.
                    Some(b']') => self.broken_at(self.pos),
                    Some(b) => {
                        self.state = State::Element {
                            start: self.pos,
                            scan: Scan::new(b, self.pos),
                        }
                    }
                    None if self.eof => self.broken_at(self.pos),
                    None => return,
                },
                State::Element { start, mut scan } => match scan.run(&self.buf, self.eof) {
                    Some(_) if scan.max_depth > FAST_MAX_DEPTH => self.broken_at(start),
                    Some(end) => {
                        self.pos = end;
                        self.state = State::After { start, end };
                    }
                    None if self.eof => self.broken_at(start),
                    None => {
                        self.state = State::Element { start, scan };
                        return;
                    }
                },
                State::After { start, end } => match self.skip_ws() {
                    Some(sep @ (b',' | b']')) => {
                        self.elements.push(start..end);
                        self.next_index += 1;
                        self.pos += 1;
                        self.state = if sep == b',' {
                            State::Before { first: false }
                        } else {
                            State::Done
                        };
                    }
                    Some(_) => self.broken_at(start),
                    None if self.eof => self.broken_at(start),
                    None => return,
                },
                State::Done | State::Broken(_) => return,
            }
        }
    }

    /// Read more of the stream into the buffer.
    fn fill(&mut self) {
        if self.eof {
            return;
        }
        let len = self.buf.len();
        self.buf.resize(len + CHUNK, 0);
        loop {
            match self.reader.read(&mut self.buf[len..]) {
                Ok(n) => {
                    self.buf.truncate(len + n);
                    self.eof = n == 0;
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    self.buf.truncate(len);
                    self.error = Some(e);
                    self.eof = true;
                }
            }
            return;
        }
    }

    /// Hand the complete elements over as a batch; bytes of an unfinished element carry over.
    fn cut(&mut self) -> Batch {
        let cut = match self.state {
            State::Start | State::Broken(Resume::StreamStart) => 0,
            State::Before { .. } => self.pos,
            State::Element { start, .. } | State::After { start, .. } => start,
            State::Done => self.buf.len(),
            State::Broken(Resume::Element { at, .. }) => at,
        };
        let carry = &self.buf[cut..];
        let mut next = Vec::with_capacity((BATCH_BYTES + CHUNK).max(carry.len() + CHUNK));
        next.extend_from_slice(carry);
        let bytes = std::mem::replace(&mut self.buf, next);
        let origin = self.origin;
        self.origin = origin.advance(&bytes[..cut]);
        self.pos -= cut.min(self.pos);
        self.state = match self.state {
            State::Element { start, mut scan } => {
                scan.at -= cut;
                State::Element {
                    start: start - cut,
                    scan,
                }
            }
            State::After { start, end } => State::After {
                start: start - cut,
                end: end - cut,
            },
            State::Broken(Resume::Element { at, index }) => State::Broken(Resume::Element {
                at: at - cut,
                index,
            }),
            other => other,
        };
        let first_index = self.batch_first;
        self.batch_first = self.next_index;
        Batch {
            bytes,
            elements: std::mem::take(&mut self.elements),
            first_index,
            owned: cut,
            origin,
        }
    }

    /// Where the exact parser must resume if the splitter stopped early: `None` when the array
    /// ended cleanly.
    fn resume_point(&self) -> Option<(Option<(Pos, u64)>, usize)> {
        match self.state {
            State::Broken(Resume::StreamStart) => Some((None, 0)),
            State::Broken(Resume::Element { at, index }) => {
                Some((Some((self.origin.advance(&self.buf[..at]), index)), at))
            }
            _ => None,
        }
    }

    /// The rest of the stream after `head`: the buffered bytes from `from`, then the unread part
    /// (or the read error that ended it).
    fn into_rest(self, head: Vec<u8>, from: usize) -> impl Read {
        let buffered = self.buf.get(from..).unwrap_or(&[]).to_vec();
        let tail = match self.error {
            Some(e) => Tail::Error(Some(e)),
            None => Tail::Reader(self.reader),
        };
        Cursor::new(head).chain(Cursor::new(buffered)).chain(tail)
    }
}

/// The stream after the buffered bytes: the reader itself, or the error reading it ended with.
enum Tail<R> {
    Reader(R),
    Error(Option<io::Error>),
}

impl<R: Read> Read for Tail<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            Tail::Reader(r) => r.read(buf),
            Tail::Error(e) => match e.take() {
                Some(e) => Err(e),
                None => Ok(0),
            },
        }
    }
}

/// Bytes that put `serde_json` inside an array, before element `index`, at line and column `pos`:
/// `[` (or `[0,` and a placeholder element it skips, so a following `]` is still a trailing comma),
/// then newlines and spaces up to the position. Errors after that point then carry exactly the
/// positions a parse from the start of the stream would report.
fn replay_prefix(pos: Pos, index: u64) -> Vec<u8> {
    let mut p: Vec<u8> = if index == 0 {
        b"[".to_vec()
    } else {
        b"[0,".to_vec()
    };
    if pos.line <= 1 {
        let width = pos.col.max(p.len());
        p.resize(width, b' ');
    } else {
        p.resize(p.len() + pos.line - 1, b'\n');
        p.resize(p.len() + pos.col, b' ');
    }
    p
}

/// Parse the rest of the array with `serde_json`'s own streaming parser. `from` is `None` to start at
/// the beginning of `stream`, else the position and index of the element `stream` starts with.
fn exact_from(
    stream: impl Read,
    from: Option<(Pos, u64)>,
    f: &mut dyn FnMut(u64, &RawValue),
) -> ArrayOutcome {
    let (prefix, index) = match from {
        None => (Vec::new(), 0),
        Some((pos, index)) => (replay_prefix(pos, index), index),
    };
    let mut de = serde_json::Deserializer::from_reader(Cursor::new(prefix).chain(stream));
    let mut out = ArrayOutcome {
        delivered: index,
        error: None,
    };
    let seed = ElementSeed {
        f,
        count: &mut out.delivered,
        skip_placeholder: index > 0,
    };
    if let Err(e) = serde::Deserializer::deserialize_seq(&mut de, seed) {
        out.error = Some(e.to_string());
    }
    out
}

struct ElementSeed<'a> {
    f: &'a mut dyn FnMut(u64, &RawValue),
    count: &'a mut u64,
    skip_placeholder: bool,
}

impl<'de> DeserializeSeed<'de> for ElementSeed<'_> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for ElementSeed<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON array")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        if self.skip_placeholder {
            seq.next_element::<IgnoredAny>()?;
        }
        while let Some(raw) = seq.next_element::<Box<RawValue>>()? {
            (self.f)(*self.count, &raw);
            *self.count += 1;
        }
        Ok(())
    }
}

/// Stream the elements of the top-level JSON array in `reader`, calling `f(index, raw)` for each.
/// A syntax error or truncation ends the stream; elements before it have already been delivered.
/// A trailing `;` (JavaScript) after the array is tolerated.
pub fn for_each_array_element<R: Read>(
    reader: R,
    mut f: impl FnMut(u64, &RawValue),
) -> ArrayOutcome {
    let mut sp = Splitter::new(reader);
    let mut delivered = 0u64;
    while let Some(batch) = sp.next_batch() {
        for (n, range) in batch.elements.iter().enumerate() {
            match serde_json::from_slice::<&RawValue>(&batch.bytes[range.clone()]) {
                Ok(raw) => {
                    f(batch.first_index + n as u64, raw);
                    delivered += 1;
                }
                Err(_) => {
                    let (pos, index, head) = batch.resume_at(n);
                    return exact_from(sp.into_rest(head, 0), Some((pos, index)), &mut f);
                }
            }
        }
    }
    match sp.resume_point() {
        None => ArrayOutcome {
            delivered,
            error: None,
        },
        Some((from, at)) => exact_from(sp.into_rest(Vec::new(), at), from, &mut f),
    }
}

/// The elements of the top-level array by `serde_json`'s own streaming parser alone: slower, and
/// the oracle the splitter is held to (unit tests and the `json_array` fuzz target check that
/// [`for_each_array_element`] and [`par_array_elements`] give exactly its elements and error).
pub fn exact_array_elements<R: Read>(reader: R, mut f: impl FnMut(u64, &RawValue)) -> ArrayOutcome {
    exact_from(reader, None, &mut f)
}

/// What parsing one element gave: a value for the consumer, or the finding that the element is not
/// valid JSON (the array breaks there, and the exact parser reports where and why).
pub enum Parsed<T> {
    Item(T),
    NotJson,
}

/// Why an element did not deserialize.
#[derive(Debug)]
pub enum ElementError {
    /// The element is not valid JSON.
    NotJson,
    /// Valid JSON of the wrong shape: the element is unparsed, the array goes on.
    Data(serde_json::Error),
}

/// Deserialize one element's text, telling wrong shapes (reported per item) from broken JSON (which
/// ends the array).
pub fn parse_element<'a, D: Deserialize<'a>>(text: &'a str) -> Result<D, ElementError> {
    match serde_json::from_str::<D>(text) {
        Ok(d) => Ok(d),
        Err(e) if e.is_data() && serde_json::from_str::<IgnoredAny>(text).is_ok() => {
            Err(ElementError::Data(e))
        }
        Err(_) => Err(ElementError::NotJson),
    }
}

/// Like [`for_each_array_element`], but elements are parsed by `parse` on any thread of the rayon
/// pool while this thread reads and splits the stream; `consume` gets the results on this thread in
/// element order, so what it sees does not depend on the thread count. `parse` receives the
/// element's exact text (valid UTF-8) and must answer [`Parsed::NotJson`] when it is not valid JSON
/// ([`parse_element`] tells).
pub fn par_array_elements<R: Read, T: Send>(
    reader: R,
    parse: impl Fn(u64, &str) -> Parsed<T> + Sync,
    mut consume: impl FnMut(u64, T),
) -> ArrayOutcome {
    par_array_batches(
        reader,
        parse,
        |items| items,
        |items| {
            for (i, t) in items {
                consume(i, t);
            }
        },
    )
}

/// [`par_array_elements`] with a second step per batch of elements, on the thread that parsed
/// them: `finish` gets the batch's values in order (up to the first element that is not JSON) and
/// makes what `consume` then receives, once per batch and in order. Work that needs whole batches
/// (handing records to the rules where they were built) goes in `finish`.
pub fn par_array_batches<R: Read, T, B: Send>(
    reader: R,
    parse: impl Fn(u64, &str) -> Parsed<T> + Sync,
    finish: impl Fn(Vec<(u64, T)>) -> B + Sync,
    mut consume: impl FnMut(B),
) -> ArrayOutcome {
    let mut sp = Splitter::new(reader);
    let stop = std::cell::Cell::new(false);
    let mut delivered = 0u64;
    // Where the exact parser resumes, and the stream bytes from there that batches already hold.
    let mut broken: Option<(Pos, u64, Vec<u8>)> = None;
    crate::pipeline::ordered(
        |batch: Batch| {
            let mut items = Vec::with_capacity(batch.elements.len());
            let mut not_json = None;
            for (n, range) in batch.elements.iter().enumerate() {
                let index = batch.first_index + n as u64;
                let parsed = match std::str::from_utf8(&batch.bytes[range.clone()]) {
                    Ok(text) => parse(index, text),
                    Err(_) => Parsed::NotJson,
                };
                match parsed {
                    Parsed::Item(t) => items.push((index, t)),
                    Parsed::NotJson => {
                        not_json = Some(n);
                        break;
                    }
                }
            }
            let count = items.len() as u64;
            (batch, finish(items), count, not_json)
        },
        |(batch, finished, count, not_json)| {
            if let Some((_, _, bytes)) = &mut broken {
                bytes.extend_from_slice(&batch.bytes[..batch.owned]);
                return;
            }
            consume(finished);
            delivered += count;
            if let Some(n) = not_json {
                broken = Some(batch.resume_at(n));
                stop.set(true);
            }
        },
        |push| {
            while !stop.get() {
                match sp.next_batch() {
                    Some(b) => push(b),
                    None => break,
                }
            }
        },
    );
    let mut exact = |i: u64, raw: &RawValue| {
        if let Parsed::Item(t) = parse(i, raw.get()) {
            consume(finish(vec![(i, t)]));
        }
    };
    if let Some((pos, index, head)) = broken {
        return exact_from(sp.into_rest(head, 0), Some((pos, index)), &mut exact);
    }
    match sp.resume_point() {
        None => ArrayOutcome {
            delivered,
            error: None,
        },
        Some((from, at)) => exact_from(sp.into_rest(Vec::new(), at), from, &mut exact),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reference: `serde_json`'s streaming parser over the whole stream.
    fn reference(bytes: &[u8]) -> (Vec<(u64, String)>, ArrayOutcome) {
        let mut seen = Vec::new();
        let out = exact_from(bytes, None, &mut |i, raw| {
            seen.push((i, raw.get().to_string()))
        });
        (seen, out)
    }

    fn fast(bytes: &[u8]) -> (Vec<(u64, String)>, ArrayOutcome) {
        let mut seen = Vec::new();
        let out = for_each_array_element(bytes, |i, raw| seen.push((i, raw.get().to_string())));
        (seen, out)
    }

    fn parallel(bytes: &[u8], jobs: usize) -> (Vec<(u64, String)>, ArrayOutcome) {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(jobs)
            .build()
            .unwrap();
        pool.install(|| {
            let mut seen = Vec::new();
            let out = par_array_elements(
                bytes,
                |_, text| match parse_element::<&RawValue>(text) {
                    Ok(raw) => Parsed::Item(raw.get().to_string()),
                    Err(ElementError::Data(e)) => Parsed::Item(format!("data error {e}")),
                    Err(ElementError::NotJson) => Parsed::NotJson,
                },
                |i, s| seen.push((i, s)),
            );
            (seen, out)
        })
    }

    fn assert_same(bytes: &[u8]) {
        let (want, want_out) = reference(bytes);
        for (name, (got, out)) in [
            ("sequential", fast(bytes)),
            ("parallel 1", parallel(bytes, 1)),
            ("parallel 2", parallel(bytes, 2)),
        ] {
            let shown = String::from_utf8_lossy(&bytes[..bytes.len().min(80)]);
            assert_eq!(got, want, "{name} elements for {shown:?}");
            assert_eq!(
                out.delivered, want_out.delivered,
                "{name} count for {shown:?}"
            );
            assert_eq!(out.error, want_out.error, "{name} error for {shown:?}");
        }
    }

    #[test]
    fn streams_array_and_keeps_elements_before_a_break() {
        let (seen, out) = fast(br#"[{"a":1}, {"a":2}, {"a":"#);
        assert_eq!(out.delivered, 2);
        assert!(out.error.is_some());
        assert_eq!(
            seen,
            vec![(0, r#"{"a":1}"#.to_string()), (1, r#"{"a":2}"#.to_string())]
        );
    }

    #[test]
    fn matches_serde_json_on_good_and_broken_arrays() {
        let cases: &[&[u8]] = &[
            b"[]",
            b"  [ ] ;",
            b"[1,2,3]",
            b"[1,2,3];\n",
            b"[ \"a\\\"]\" , {\"b\": [1, {\"c\": \"]}\"}]}, null, true, -1.5e3 ]",
            b"[1,]",
            b"[,1]",
            b"[1 2]",
            b"[1,\n 2,\n x]",
            b"[{\"a\":1}\n,\n{\"a\":\n\"unterminated",
            b"[{\"a\":1},{\"a\":2}}]",
            b"[{\"a\":1},{\"a\":2]]",
            b"[1,2",
            b"[1,2,",
            b"[",
            b"",
            b"nothing",
            b"{\"not\": \"an array\"}",
            b"[1x, 2]",
            b"[\"\\u12\"]",
            b"[\"ok\", \"bad \xff utf8\", 3]",
            b"[{\"a\":1}] trailing garbage",
            b"\n\n  [\n  {\"deep\": 1},\n  {\"a\": tru}\n]",
        ];
        for c in cases {
            assert_same(c);
        }
    }

    #[test]
    fn deep_nesting_is_judged_by_the_exact_parser() {
        let mut deep = b"[1,".to_vec();
        deep.extend(std::iter::repeat_n(b'[', 130));
        deep.extend(std::iter::repeat_n(b']', 130));
        deep.push(b']');
        assert_same(&deep);
    }

    #[test]
    fn elements_across_many_chunks_and_batches() {
        let mut s = String::from("[");
        for i in 0..20_000 {
            if i > 0 {
                s.push_str(",\n");
            }
            s.push_str(&format!(
                r#"{{"id": {i}, "text": "line \"{i}\" with \\ and ] and }} {}"}}"#,
                "x".repeat(i % 97)
            ));
        }
        // One element far larger than a chunk.
        s.push_str(&format!(r#",{{"big": "{}"}}"#, "y".repeat(3 * CHUNK)));
        s.push(']');
        assert_same(s.as_bytes());
        let mut truncated = s.as_bytes()[..s.len() / 2].to_vec();
        assert_same(&truncated);
        truncated.truncate(s.len() / 3 + 7);
        assert_same(&truncated);
        let broken = s.replacen("\"id\": 15000,", "\"id\": 15000 ", 1);
        assert_same(broken.as_bytes());
    }

    #[test]
    fn random_damage_gives_what_serde_json_gives() {
        let mut s = String::from("[");
        for i in 0..40 {
            if i > 0 {
                s.push_str(if i % 3 == 0 { ",\n  " } else { "," });
            }
            s.push_str(&format!(
                r#"{{"id":"{i}","t":"a \"q\" \\ [x] {{y}}","n":[{i},{{"k":null}}],"b":true}}"#
            ));
        }
        s.push(']');
        let base = s.into_bytes();
        let noise = b"\",]}{[x\n\\: 0";
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = move |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        for round in 0..400 {
            let mut b = base.clone();
            if round % 4 == 0 {
                b.truncate(next(base.len()));
            } else {
                for _ in 0..=round % 3 {
                    let at = next(b.len());
                    b[at] = noise[next(noise.len())];
                }
            }
            assert_same(&b);
        }
    }

    #[test]
    fn read_errors_end_the_array_like_serde_json() {
        struct Failing<'a>(&'a [u8]);
        impl Read for Failing<'_> {
            fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
                if self.0.is_empty() {
                    return Err(io::Error::other("corrupt deflate stream"));
                }
                let n = buf.len().min(self.0.len()).min(7);
                buf[..n].copy_from_slice(&self.0[..n]);
                self.0 = &self.0[n..];
                Ok(n)
            }
        }
        let data = b"[{\"a\":1},{\"a\":2},{\"a\":3";
        let mut want = Vec::new();
        let want_out = exact_from(Failing(data), None, &mut |i, raw| {
            want.push((i, raw.get().to_string()))
        });
        let mut got = Vec::new();
        let out =
            for_each_array_element(Failing(data), |i, raw| got.push((i, raw.get().to_string())));
        assert_eq!(got, want);
        assert_eq!(
            (out.delivered, out.error),
            (want_out.delivered, want_out.error)
        );
    }

    #[test]
    fn replay_prefix_reproduces_positions() {
        assert_eq!(replay_prefix(Pos { line: 1, col: 4 }, 0), b"[   ");
        assert_eq!(replay_prefix(Pos { line: 1, col: 5 }, 2), b"[0,  ");
        assert_eq!(replay_prefix(Pos { line: 3, col: 1 }, 1), b"[0,\n\n ");
        let bytes = b"[1,\n  2,\n  x]";
        assert_eq!(Pos::START.advance(&bytes[..11]), Pos { line: 3, col: 2 });
    }
}

//! One cheap look at a record's text before any regex runs.
//!
//! The rules confirm their cues with a few hundred regexes, and on a short post nearly all of them
//! find nothing. Even a regex that finds nothing walks the whole text, so a decade of posts paid for
//! every regex on every record. Most regexes cannot match unless the text holds one of a few words
//! (`prescrib`, `discount`, `bay`…), and those words can be read off the pattern itself.
//!
//! So each [`Regex`] works out, when it is compiled, which literals any match must contain (its
//! *gate*), and the engine takes the trigrams of each record's text once, into a small bit set, before
//! the rules run ([`enter`]). A regex whose required literals are missing from that set is skipped:
//! it could not have matched. A regex whose gate is open runs as before, so the results are exactly
//! those of the plain regex (a property test checks this on random texts). Texts that are not the
//! record's text or a slice of it, and patterns with no usable literal, are never gated.
//!
//! Once the regexes have compiled, the literal lists are answered by one automaton pass a record
//! ([`super::literals`]) rather than by the trigrams, which cost a few tests a literal. A pattern
//! that is one alternation is also gated branch by branch ([`Gate`]), and a pattern with Unicode
//! word boundaries runs as an ASCII-boundary twin where that finds the same ([`ascii_twin`]).
//!
//! Long texts are gated the same way: their n-gram set fills up, but the automaton pass still
//! tells exactly which literals are there, and on a pasted document or a chat export read as one
//! message that is what keeps a few hundred regexes from each reading megabytes. They also run on a
//! second compilation of each pattern with a larger lazy-DFA cache ([`LONG_TEXT`]).
//!
//! Case: patterns under `(?i)` match case variants, including the Kelvin sign for `k` and the long
//! `ſ` for `s`; the trigrams fold text and literals the same way, so a fold never hides a match.

use regex_syntax::hir::{Class, Hir, HirKind};
use std::cell::RefCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

/// Bits in a record's n-gram set. Short posts fill a few percent of it; long texts fill more and
/// simply gate less.
const BITS: usize = 8192;
const WORDS: usize = BITS / 64;
const SLOT_SHIFT: u32 = 32 - 13;
/// Phrase-list hits kept for one record; a text with more (a hostile or pathological one) has each
/// list search it on its own instead, so the frame never holds more than a few megabytes of hits.
const MAX_RECORD_HITS: usize = 1 << 18;
/// Caps on the literal sets worked out from a pattern, so a large alternation stays cheap to check.
const MAX_SET: usize = 64;
const MAX_SETS: usize = 3;
/// Candidate sets kept per node while walking a pattern.
const MAX_CANDIDATES: usize = 8;

/// What is known about the record whose rules are running on this thread: where its text is, its
/// trigrams, and the hits of the built-in phrase lists (one combined pass).
struct Frame {
    start: usize,
    len: usize,
    serial: u64,
    bits: [u64; WORDS],
    hits: Vec<super::phrases::RawHit>,
    /// `hits` holds every hit of the combined pass (false when there were too many to keep).
    hits_complete: bool,
    /// No word character outside ASCII (see [`only_ascii_words`]).
    ascii_words: bool,
    /// Literal lists `0..indexed` are answered by `marks` ([`super::literals`]).
    indexed: u32,
    marks: Vec<u64>,
}

/// A stack, because a rule that waits on the thread pool may run another record's rules on this
/// thread in the meantime; that record's frame sits on top until it is done. Frames below `live`
/// are in use; the ones above are kept to reuse their allocations.
struct Frames {
    frames: Vec<Frame>,
    live: usize,
}

impl Frames {
    fn top(&self) -> Option<&Frame> {
        self.live.checked_sub(1).and_then(|i| self.frames.get(i))
    }
}

thread_local! {
    static FRAMES: RefCell<Frames> = const {
        RefCell::new(Frames {
            frames: Vec::new(),
            live: 0,
        })
    };
    /// Counts [`enter`] calls, so each entered record has its own serial number.
    static SERIAL: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// While this lives, regexes on this thread gate on `text` and its slices.
#[must_use = "the gate closes when this is dropped"]
pub struct Entered {
    pushed: bool,
}

/// Take the trigrams of `text` (a record's text) for the regexes that run on it until the returned
/// guard is dropped.
pub fn enter(text: &str) -> Entered {
    let serial = SERIAL.with(|n| {
        n.set(n.get() + 1);
        n.get()
    });
    FRAMES.with(|f| {
        let mut stack = f.borrow_mut();
        let live = stack.live;
        if stack.frames.len() == live {
            stack.frames.push(Frame {
                start: 0,
                len: 0,
                serial: 0,
                bits: [0; WORDS],
                hits: Vec::new(),
                hits_complete: false,
                ascii_words: true,
                indexed: 0,
                marks: Vec::new(),
            });
        }
        let frame = &mut stack.frames[live];
        frame.start = text.as_ptr() as usize;
        frame.len = text.len();
        frame.serial = serial;
        frame.ascii_words = only_ascii_words(text);
        frame.bits = [0; WORDS];
        for_each_ngram(text.as_bytes(), |t| {
            let bit = slot(t);
            frame.bits[bit / 64] |= 1 << (bit % 64);
        });
        let (bits, marks) = (&frame.bits, &mut frame.marks);
        frame.indexed = super::literals::with_current(|index| {
            let index = index?;
            index
                .mark(text, |b| has_bit(bits, b), marks)
                .then(|| index.lists())
        })
        .unwrap_or(0);
        frame.hits_complete = super::phrases::record_hits(text, &mut frame.hits, MAX_RECORD_HITS);
        stack.live += 1;
    });
    Entered { pushed: true }
}

impl Drop for Entered {
    fn drop(&mut self) {
        if self.pushed {
            FRAMES.with(|f| {
                let mut stack = f.borrow_mut();
                stack.live = stack.live.saturating_sub(1);
            });
        }
    }
}

/// A number unique to this entry of `text` on this thread, when `text` is exactly the entered
/// record's text (not a copy, not a slice). Per-record caches key on it instead of hashing the text.
pub fn record_serial(text: &str) -> Option<u64> {
    FRAMES.with(|f| {
        let stack = f.borrow();
        let top = stack.top()?;
        (top.start == text.as_ptr() as usize && top.len == text.len()).then_some(top.serial)
    })
}

/// Where `text` starts within the entered record's text, when it is that text or a slice of it.
fn offset_in(top: &Frame, text: &str) -> Option<usize> {
    let p = text.as_ptr() as usize;
    (p >= top.start && p + text.len() <= top.start + top.len).then(|| p - top.start)
}

/// Run `f` on the built-in phrase-list hits of the entered record, with the offset of `text` in it,
/// when `text` is that record's text or a slice of it (`None` otherwise, or when gates are off).
pub(crate) fn with_record_hits<R>(
    text: &str,
    f: impl FnOnce(usize, &[super::phrases::RawHit]) -> R,
) -> Option<R> {
    if DISABLED.load(Ordering::Relaxed) {
        return None;
    }
    FRAMES.with(|frames| {
        let stack = frames.borrow();
        let top = stack.top()?;
        let offset = offset_in(top, text)?;
        top.hits_complete.then(|| f(offset, &top.hits))
    })
}

/// The n-gram bits that show `literal` is present (all must be set), sorted, each once.
pub(super) fn needle_bits(literal: &[u8]) -> Vec<u16> {
    let mut bits = Vec::new();
    needle_ngrams(literal, |t| bits.push(slot(t) as u16));
    bits.sort_unstable();
    bits.dedup();
    bits
}

fn has_bit(bits: &[u64; WORDS], b: u16) -> bool {
    bits[(b as usize / 64) % WORDS] & (1 << (b as usize % 64)) != 0
}

/// The bit of one folded n-gram (see [`for_each_ngram`]).
fn slot(t: u32) -> usize {
    (t.wrapping_mul(0x9E37_79B1) >> SLOT_SHIFT) as usize % BITS
}

/// Fold bytes the way `(?i)` matching does for ASCII letters: ASCII lowercased, the Kelvin sign to
/// `k` and the long s to `s`; every other byte unchanged.
fn fold_into(bytes: &[u8], out: &mut impl FnMut(u8)) {
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            0xE2 if bytes.get(i + 1..i + 3) == Some(&[0x84, 0xAA]) => {
                out(b'k');
                i += 3;
            }
            0xC5 if bytes.get(i + 1) == Some(&0xBF) => {
                out(b's');
                i += 2;
            }
            _ => {
                out(b.to_ascii_lowercase());
                i += 1;
            }
        }
    }
}

fn fold(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    fold_into(bytes, &mut |b| out.push(b));
    out
}

/// Tagged n-grams, so a byte, a pair and a triple never share a value.
fn unigram(c: u32) -> u32 {
    (1 << 24) | c
}

fn bigram(b: u32, c: u32) -> u32 {
    (2 << 24) | b | (c << 8)
}

fn trigram(a: u32, b: u32, c: u32) -> u32 {
    (3 << 24) | a | (b << 8) | (c << 16)
}

/// Every byte, pair and triple of the folded text: what any literal of it must be made of.
fn for_each_ngram(bytes: &[u8], mut each: impl FnMut(u32)) {
    let (mut a, mut b, mut seen) = (0u32, 0u32, 0usize);
    fold_into(bytes, &mut |c| {
        let c = c as u32;
        each(unigram(c));
        if seen >= 1 {
            each(bigram(b, c));
        }
        if seen >= 2 {
            each(trigram(a, b, c));
        }
        a = b;
        b = c;
        seen += 1;
    });
}

/// The n-grams that show a literal is present: its triples, or the literal itself when shorter.
fn needle_ngrams(needle: &[u8], mut each: impl FnMut(u32)) {
    let folded = fold(needle);
    match folded.as_slice() {
        [] => {}
        [c] => each(unigram(*c as u32)),
        [b, c] => each(bigram(*b as u32, *c as u32)),
        _ => {
            for w in folded.windows(3) {
                each(trigram(w[0] as u32, w[1] as u32, w[2] as u32));
            }
        }
    }
}

/// Literals a match must contain: every set holds, and from each set at least one literal occurs.
/// Kept flat, since it is checked for every regex on every record: the trigram bits of all literals
/// in one list, with where each literal and each set ends.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Conj {
    /// One n-gram bit per literal, checked first: an absent literal nearly always fails here.
    firsts: Vec<u16>,
    /// The literals' other n-gram bits; literal `i` owns `rest[rest_ends[i - 1]..rest_ends[i]]`.
    rest: Vec<u16>,
    rest_ends: Vec<u16>,
    /// Where each set's literals end in `firsts`.
    set_ends: Vec<u16>,
    /// Each set's number in [`super::literals`], and the highest.
    lists: Vec<u32>,
    last_list: u32,
}

impl Conj {
    fn from_sets(mut sets: Vec<Vec<Vec<u8>>>) -> Option<Conj> {
        // Every set must hold, so the shortest lists go first: most texts fail one of them
        // before the long ones are read.
        sets.sort_by_key(Vec::len);
        let mut gate = Conj::default();
        for set in &sets {
            for needle in set {
                let bits = needle_bits(needle);
                let (&first, others) = bits.split_first()?;
                gate.firsts.push(first);
                gate.rest.extend_from_slice(others);
                gate.rest_ends.push(u16::try_from(gate.rest.len()).ok()?);
            }
            gate.set_ends.push(u16::try_from(gate.firsts.len()).ok()?);
        }
        for set in &sets {
            let list = super::literals::register(set).unwrap_or(u32::MAX);
            gate.lists.push(list);
            gate.last_list = gate.last_list.max(list);
        }
        (!gate.set_ends.is_empty()).then_some(gate)
    }

    /// From the record's marked lists when they cover this conjunction's, else from its n-grams.
    fn open_for(&self, frame: &Frame) -> bool {
        if self.last_list < frame.indexed {
            self.lists
                .iter()
                .all(|&l| super::literals::marked(&frame.marks, l))
        } else {
            self.open_in(&frame.bits)
        }
    }

    fn open_in(&self, bits: &[u64; WORDS]) -> bool {
        let has = |b: u16| has_bit(bits, b);
        let mut start = 0usize;
        for &set_end in &self.set_ends {
            let end = set_end as usize;
            let Some(firsts) = self.firsts.get(start..end) else {
                return true;
            };
            let present = firsts.iter().enumerate().any(|(k, &first)| {
                if !has(first) {
                    return false;
                }
                let i = start + k;
                let from = i.checked_sub(1).map_or(0, |j| self.rest_ends[j] as usize);
                let to = self.rest_ends[i] as usize;
                self.rest[from..to].iter().all(|&b| has(b))
            });
            if !present {
                return false;
            }
            start = end;
        }
        true
    }
}

static DISABLED: AtomicBool = AtomicBool::new(false);

/// Turn gating off (or back on) for the whole process. For tests that check the gates change no
/// result; nothing else should need it.
#[doc(hidden)]
pub fn set_enabled(on: bool) {
    DISABLED.store(!on, Ordering::Relaxed);
}

/// What a pattern's matches are made of, as far as literals go.
#[derive(Debug, Clone, Default)]
struct Info {
    /// Every string the node can match, folded, when there are few of them.
    exact: Option<Vec<Vec<u8>>>,
    /// Sets of literals, each of which a match must contain one of.
    required: Vec<Vec<Vec<u8>>>,
}

fn usable(set: &[Vec<u8>]) -> bool {
    !set.is_empty() && set.len() <= MAX_SET && set.iter().all(|n| !n.is_empty())
}

/// A set's worth as a gate: its shortest literal first (up to a trigram's worth, beyond which
/// length adds little), then fewer literals.
fn score(set: &[Vec<u8>]) -> (usize, std::cmp::Reverse<usize>) {
    (
        set.iter().map(Vec::len).min().unwrap_or(0).min(4),
        std::cmp::Reverse(set.len()),
    )
}

/// Keep the best few candidate sets.
fn prune(sets: &mut Vec<Vec<Vec<u8>>>) {
    sets.sort_by_key(|s| std::cmp::Reverse(score(s)));
    sets.dedup();
    sets.truncate(MAX_CANDIDATES);
}

fn dedup(mut set: Vec<Vec<u8>>) -> Vec<Vec<u8>> {
    set.sort();
    set.dedup();
    set
}

impl Info {
    fn exact(strings: Vec<Vec<u8>>) -> Info {
        Info {
            exact: Some(dedup(strings)),
            required: Vec::new(),
        }
    }

    /// Every set this node offers, its exact strings included.
    fn candidates(&self) -> Vec<Vec<Vec<u8>>> {
        let mut sets = self.required.clone();
        if let Some(e) = &self.exact {
            if usable(e) {
                sets.push(e.clone());
            }
        }
        sets
    }

    fn best(&self) -> Option<Vec<Vec<u8>>> {
        self.candidates().into_iter().max_by_key(|s| score(s))
    }
}

/// The single characters a small class matches, folded; `None` for broad classes.
fn class_strings(class: &Class) -> Option<Vec<Vec<u8>>> {
    let mut out = Vec::new();
    match class {
        Class::Unicode(c) => {
            for r in c.iter() {
                if (r.end() as u32 - r.start() as u32) >= 8 {
                    return None;
                }
                for ch in r.start()..=r.end() {
                    let mut buf = [0u8; 4];
                    out.push(fold(ch.encode_utf8(&mut buf).as_bytes()));
                }
            }
        }
        Class::Bytes(c) => {
            for r in c.iter() {
                if r.end() - r.start() >= 8 || r.end() >= 0x80 {
                    return None;
                }
                out.extend((r.start()..=r.end()).map(|b| vec![b.to_ascii_lowercase()]));
            }
        }
    }
    let out = dedup(out);
    (out.len() <= 4).then_some(out)
}

fn product(left: &[Vec<u8>], right: &[Vec<u8>]) -> Vec<Vec<u8>> {
    let mut out = Vec::with_capacity(left.len() * right.len());
    for l in left {
        for r in right {
            let mut s = l.clone();
            s.extend_from_slice(r);
            out.push(s);
        }
    }
    dedup(out)
}

fn info(hir: &Hir) -> Info {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => Info::exact(vec![Vec::new()]),
        HirKind::Literal(lit) => Info::exact(vec![fold(&lit.0)]),
        HirKind::Class(class) => match class_strings(class) {
            Some(strings) => Info::exact(strings),
            None => Info::default(),
        },
        HirKind::Capture(c) => info(&c.sub),
        HirKind::Repetition(rep) => {
            let sub = info(&rep.sub);
            match (rep.min, rep.max) {
                (0, Some(0)) => Info::exact(vec![Vec::new()]),
                (0, Some(1)) => match sub.exact {
                    Some(mut e) if e.len() < MAX_SET => {
                        e.push(Vec::new());
                        Info::exact(e)
                    }
                    _ => Info::default(),
                },
                (0, _) => Info::default(),
                (1, Some(1)) => sub,
                _ => Info {
                    exact: None,
                    required: sub.candidates(),
                },
            }
        }
        HirKind::Concat(children) => concat(children),
        HirKind::Alternation(children) => alternation(children),
    }
}

fn concat(children: &[Hir]) -> Info {
    let mut required: Vec<Vec<Vec<u8>>> = Vec::new();
    let mut run: Vec<Vec<u8>> = vec![Vec::new()];
    let mut whole_exact = true;
    let flush = |run: &mut Vec<Vec<u8>>, required: &mut Vec<Vec<Vec<u8>>>| {
        let done = std::mem::replace(run, vec![Vec::new()]);
        if usable(&done) {
            required.push(done);
        }
    };
    for child in children {
        let child = info(child);
        // A run that is already a good literal stays a candidate on its own before it branches
        // (`treatment` in `treatments?`): one literal checks faster than two.
        if child.exact.as_ref().is_some_and(|e| e.len() > 1) && usable(&run) {
            required.push(run.clone());
        }
        match &child.exact {
            Some(e) if run.len() * e.len() <= MAX_SET => run = product(&run, e),
            Some(e) => {
                whole_exact = false;
                flush(&mut run, &mut required);
                run = e.clone();
            }
            None => {
                whole_exact = false;
                flush(&mut run, &mut required);
            }
        }
        required.extend(child.required);
    }
    if whole_exact {
        prune(&mut required);
        return Info {
            exact: Some(dedup(run)),
            required,
        };
    }
    flush(&mut run, &mut required);
    prune(&mut required);
    Info {
        exact: None,
        required,
    }
}

fn alternation(children: &[Hir]) -> Info {
    let infos: Vec<Info> = children.iter().map(info).collect();
    let exact = infos
        .iter()
        .map(|i| i.exact.clone())
        .collect::<Option<Vec<_>>>()
        .map(|sets| dedup(sets.concat()))
        .filter(|e| e.len() <= MAX_SET);
    let mut union = Vec::new();
    for i in &infos {
        match i.best() {
            Some(set) => union.extend(set),
            None => {
                return Info {
                    exact,
                    required: Vec::new(),
                }
            }
        }
    }
    let union = dedup(union);
    Info {
        exact,
        required: if usable(&union) {
            vec![union]
        } else {
            Vec::new()
        },
    }
}

/// A regex's gate: the literal sets every match needs, and, for a pattern that is one alternation
/// at the top (`(?i)\b(?:going to the press|leaked…|…)`), the sets of each branch. The first is
/// checked first, as it is one short list; the branches are sharper: a long alternation whose
/// branches each need two or three words would otherwise open on any text holding one branch's
/// commonest word ("the", "with"). A match of a branch holds that branch's sets, so when the union
/// is closed every branch is too.
///
/// A closed branch nearly always lacks its first list, and a pattern's branches register their
/// lists one after another, so their first lists sit in one or two words of a record's marks: one
/// AND of each word shows which branches are worth checking ([`BranchIndex`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Gate {
    all: Conj,
    branches: Vec<Conj>,
    firsts: BranchIndex,
}

/// Where the branches' first lists fall in a record's marks ([`super::literals`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct BranchIndex {
    /// Each word of the marks that holds a first list, with the bits of those lists.
    words: Vec<(usize, u64)>,
    /// Each first list and its branch, by list.
    branch_of: Vec<(u32, usize)>,
    /// The highest list of any branch: the marks answer for all of them once they reach it.
    last_list: u32,
}

impl BranchIndex {
    fn of(branches: &[Conj]) -> BranchIndex {
        let mut index = BranchIndex {
            last_list: branches.iter().map(|c| c.last_list).max().unwrap_or(0),
            ..BranchIndex::default()
        };
        for (i, branch) in branches.iter().enumerate() {
            let Some(&first) = branch.lists.first() else {
                // A branch with no list cannot be skipped: leave this index unused.
                index.last_list = u32::MAX;
                continue;
            };
            index.branch_of.push((first, i));
            let (word, bit) = (first as usize / 64, 1u64 << (first % 64));
            match index.words.iter_mut().find(|(w, _)| *w == word) {
                Some((_, bits)) => *bits |= bit,
                None => index.words.push((word, bit)),
            }
        }
        index.branch_of.sort_unstable();
        index
    }

    /// The branches whose first list the record's marks hold, when the marks answer for every
    /// branch; `None` when they do not.
    fn candidates<'a>(&'a self, frame: &'a Frame) -> Option<impl Iterator<Item = usize> + 'a> {
        (self.last_list < frame.indexed).then(|| {
            self.words.iter().flat_map(move |&(word, bits)| {
                let mut hits = frame.marks.get(word).copied().unwrap_or(0) & bits;
                std::iter::from_fn(move || {
                    (hits != 0).then(|| {
                        let bit = hits.trailing_zeros();
                        hits &= hits - 1;
                        word as u32 * 64 + bit
                    })
                })
                .filter_map(|list| {
                    let i = self
                        .branch_of
                        .binary_search_by_key(&list, |&(l, _)| l)
                        .ok()?;
                    Some(self.branch_of[i].1)
                })
            })
        })
    }
}

impl Gate {
    fn new(all: Conj, branches: Vec<Conj>) -> Gate {
        let firsts = BranchIndex::of(&branches);
        Gate {
            all,
            branches,
            firsts,
        }
    }

    fn open_for(&self, frame: &Frame) -> bool {
        if !self.all.open_for(frame) {
            return false;
        }
        if self.branches.is_empty() {
            return true;
        }
        match self.firsts.candidates(frame) {
            Some(mut candidates) => candidates.any(|i| self.branches[i].open_for(frame)),
            None => self.branches.iter().any(|c| c.open_for(frame)),
        }
    }
}

/// The conjunction of the best few literal sets of `hir`, or `None` when it has none.
fn conj_of(hir: &Hir) -> Option<Conj> {
    let mut sets = info(hir).candidates();
    prune(&mut sets);
    sets.truncate(MAX_SETS);
    Conj::from_sets(sets)
}

/// The branches of a pattern that is one alternation, give or take the assertions (`\b`, `^`)
/// and groups around it.
fn top_branches(hir: &Hir) -> Option<&[Hir]> {
    match hir.kind() {
        HirKind::Alternation(branches) => Some(branches),
        HirKind::Capture(c) => top_branches(&c.sub),
        HirKind::Concat(children) => {
            let mut inner = children
                .iter()
                .filter(|c| !matches!(c.kind(), HirKind::Look(_) | HirKind::Empty));
            let only = inner.next()?;
            inner.next().is_none().then_some(())?;
            top_branches(only)
        }
        _ => None,
    }
}

/// The gate of a pattern, or `None` when some match could avoid every literal the pattern names.
/// A long alternation can need more literals than one set holds ([`MAX_SET`]); its branches, each
/// with sets of its own, still gate it, with nothing asked of the whole.
fn gate_of(hir: &Hir) -> Option<Gate> {
    let branches = top_branches(hir)
        .and_then(|branches| branches.iter().map(conj_of).collect::<Option<Vec<_>>>())
        .unwrap_or_default();
    let all = match conj_of(hir) {
        Some(all) => all,
        None if !branches.is_empty() => Conj::default(),
        None => return None,
    };
    Some(Gate::new(all, branches))
}

/// A compiled regex that skips texts lacking its required literals (see the module docs), and
/// runs its ASCII twin on texts where that finds exactly the same (see [`ascii_twin`]).
/// It dereferences to [`regex::Regex`] for everything it does not gate.
#[derive(Debug, Clone)]
pub struct Regex {
    pattern: Box<str>,
    /// The pattern as written. Compiled at once when it has no twin; otherwise on first use, since
    /// most texts run the twin and the Unicode form is the costlier one to compile.
    re: OnceLock<regex::Regex>,
    gate: Option<Gate>,
    /// The pattern with its Unicode word boundaries and word classes made ASCII, when it has any.
    twin_pattern: Option<String>,
    twin: OnceLock<Option<regex::Regex>>,
    /// The pattern and its twin compiled for long texts ([`LONG_TEXT`]), on first use.
    long: OnceLock<Option<regex::Regex>>,
    long_twin: OnceLock<Option<regex::Regex>>,
}

impl Regex {
    pub fn new(pattern: &str) -> Result<Regex, regex::Error> {
        let hir = regex_syntax::parse(pattern).map_err(|e| regex::Error::Syntax(e.to_string()))?;
        // A twin the regex crate refuses is dropped: the original then runs everywhere.
        let compiled_twin = ascii_twin(pattern, &hir).and_then(|(twin_pattern, twin_hir)| {
            let compiled = compile_for(&twin_pattern, &twin_hir, DFA_CACHE_BYTES).ok()?;
            Some((twin_pattern, compiled))
        });
        // The original is compiled now when there is no twin, and in debug builds (the tests) in
        // any case, so a pattern too large for the regex crate fails where it is built.
        let original_now = compiled_twin.is_none() || cfg!(debug_assertions);
        let re = if original_now {
            OnceLock::from(compile_for(pattern, &hir, DFA_CACHE_BYTES)?)
        } else {
            OnceLock::new()
        };
        let (twin_pattern, twin) = match compiled_twin {
            Some((twin_pattern, compiled)) => (Some(twin_pattern), OnceLock::from(Some(compiled))),
            None => (None, OnceLock::new()),
        };
        Ok(Regex {
            pattern: pattern.into(),
            re,
            gate: gate_of(&hir),
            twin_pattern,
            twin,
            long: OnceLock::new(),
            long_twin: OnceLock::new(),
        })
    }

    /// The pattern as written, compiled.
    fn original(&self) -> &regex::Regex {
        self.re.get_or_init(|| {
            // The pattern parsed and its twin compiled, so this fails only past the regex
            // crate's size limit, which no rule pattern comes near; debug builds compile it in
            // `new`, so the tests would show one that did.
            compile_sized(&self.pattern, DFA_CACHE_BYTES)
                .unwrap_or_else(|e| panic!("pattern {:?} failed to compile: {e}", self.pattern))
        })
    }

    /// True when this pattern has literals to gate on.
    pub fn is_gated(&self) -> bool {
        self.gate.is_some()
    }

    /// The compiled form to run on `text`, or `None` when the gate shows it cannot match.
    fn pick(&self, text: &str) -> Option<&regex::Regex> {
        let long = text.len() >= LONG_TEXT;
        if self.gate.is_none() && self.twin_pattern.is_none() && !long {
            return Some(self.original());
        }
        let ascii_words = if DISABLED.load(Ordering::Relaxed) {
            false
        } else {
            let entered = FRAMES.with(|f| {
                let stack = f.borrow();
                let top = stack.top()?;
                offset_in(top, text)?;
                let open = self.gate.as_ref().is_none_or(|g| g.open_for(top));
                Some((open, top.ascii_words))
            });
            match entered {
                Some((false, _)) => return None,
                Some((true, ascii_words)) => ascii_words,
                None => self.twin_pattern.is_some() && only_ascii_words(text),
            }
        };
        let twin = ascii_words.then(|| self.twin(long)).flatten();
        Some(twin.unwrap_or_else(|| self.plain(long)))
    }

    /// The pattern as written; its long-text form when `long` (see [`LONG_TEXT`]).
    fn plain(&self, long: bool) -> &regex::Regex {
        if !long {
            return self.original();
        }
        self.long
            .get_or_init(|| compile_sized(&self.pattern, LONG_DFA_CACHE_BYTES).ok())
            .as_ref()
            .unwrap_or_else(|| self.original())
    }

    fn twin(&self, long: bool) -> Option<&regex::Regex> {
        let pattern = self.twin_pattern.as_deref()?;
        let (cell, floor) = if long {
            (&self.long_twin, LONG_DFA_CACHE_BYTES)
        } else {
            (&self.twin, DFA_CACHE_BYTES)
        };
        cell.get_or_init(|| compile_sized(pattern, floor).ok())
            .as_ref()
    }

    pub fn is_match(&self, text: &str) -> bool {
        self.pick(text).is_some_and(|re| re.is_match(text))
    }

    pub fn find<'t>(&self, text: &'t str) -> Option<regex::Match<'t>> {
        self.pick(text)?.find(text)
    }

    pub fn find_at<'t>(&self, text: &'t str, start: usize) -> Option<regex::Match<'t>> {
        self.pick(text)?.find_at(text, start)
    }

    pub fn find_iter<'r, 't>(
        &'r self,
        text: &'t str,
    ) -> std::iter::Flatten<std::option::IntoIter<regex::Matches<'r, 't>>> {
        self.pick(text)
            .map(|re| re.find_iter(text))
            .into_iter()
            .flatten()
    }

    pub fn captures<'t>(&self, text: &'t str) -> Option<regex::Captures<'t>> {
        self.pick(text)?.captures(text)
    }

    pub fn captures_iter<'r, 't>(
        &'r self,
        text: &'t str,
    ) -> std::iter::Flatten<std::option::IntoIter<regex::CaptureMatches<'r, 't>>> {
        self.pick(text)
            .map(|re| re.captures_iter(text))
            .into_iter()
            .flatten()
    }
}

/// Each rule regex keeps a lazy-DFA cache per thread. The default (2 MiB a cache) lets a few hundred
/// rule regexes hold tens of megabytes between them on a long scan; the rules' patterns are short
/// and run on short texts, and a smaller cache keeps the scan's peak memory down with no change in
/// results (a cache only holds transitions already computed). This is a floor: a pattern whose
/// lazy DFA needs a bigger cache to exist at all gets the least that lets it build
/// ([`super::dfa_cache`]). Before that sizing, smaller floors cost rule CPU because more patterns
/// lost their lazy DFA (session 34: 512 KiB a third more than 640 KiB). With it, and with the ASCII
/// twins, the 1M bench gave the same rule CPU and peak (23.7-23.9 s, 399-400 MB) at 512 KiB and
/// 1 MiB: the caches no longer fill, and the smaller floor leaves room for more varied text.
const DFA_CACHE_BYTES: usize = 512 * 1024;

fn compile_with_cache(pattern: &str, cache_bytes: usize) -> Result<regex::Regex, regex::Error> {
    regex::RegexBuilder::new(pattern)
        .dfa_size_limit(cache_bytes)
        .build()
}

/// Texts at least this long (a LinkedIn article, a pasted document, a chat export read as one
/// message) run on a second compilation of each pattern with a larger lazy-DFA cache.
///
/// A lazy DFA whose small cache fills on a long text is cleared and rebuilt over and over, and after
/// a few clears the regex crate gives up on it for that search and falls back to the PikeVM, at
/// about 1 MB/s for a large alternation. With a cache that holds the states a long text visits,
/// the same pattern reads several hundred MB/s. The long forms are compiled only when a long text
/// arrives, so a scan of ordinary posts never holds their caches.
const LONG_TEXT: usize = 16 * 1024;
const LONG_DFA_CACHE_BYTES: usize = 4 << 20;

/// `pattern` compiled with a lazy-DFA cache of at least `floor` bytes, and more if its lazy DFA
/// needs more to exist at all ([`super::dfa_cache`]).
fn compile_sized(pattern: &str, floor: usize) -> Result<regex::Regex, regex::Error> {
    match regex_syntax::parse(pattern) {
        Ok(hir) => compile_for(pattern, &hir, floor),
        Err(_) => compile_with_cache(pattern, floor),
    }
}

/// [`compile_sized`] for a pattern already parsed to `hir`.
fn compile_for(pattern: &str, hir: &Hir, floor: usize) -> Result<regex::Regex, regex::Error> {
    compile_with_cache(pattern, super::dfa_cache::cache_for(hir, floor))
}

/// True when no character of `text` is a word character outside ASCII: then a Unicode word
/// boundary falls exactly where an ASCII one does, everywhere in `text` and its slices.
fn only_ascii_words(text: &str) -> bool {
    text.is_ascii()
        || !text
            .chars()
            .any(|c| !c.is_ascii() && regex_syntax::is_word_character(c))
}

/// `pattern` with each Unicode word boundary (`\b`, `\b{start}`…) wrapped as an ASCII one
/// (`(?-u:\b)`), and each Unicode `\w` and `\d` (alone or in a bracketed class) written as its ASCII
/// class; `None` when there is nothing to rewrite.
///
/// Why: the regex crate's fast engine (a lazy DFA) cannot decide a Unicode word boundary once the
/// text holds a non-ASCII byte, so on a post with one emoji, curly quote or pound sign it gives up
/// and a slower engine searches again. And a Unicode `\w` compiles to a few hundred byte ranges:
/// under `(?i)`, a large alternation with a few of them needs several times the lazy-DFA cache
/// and takes longer to build states. On a text whose only non-ASCII characters are not word
/// characters (emoji, `’`, `£`, `—`), both forms find the same matches ([`only_ascii_words`]): no
/// character there can tell the two apart (digits are word characters, and the case variants
/// `(?i)` adds to ASCII letters, the Kelvin sign and the long s, are letters). So the twin runs
/// there; anywhere else the original does. `\B` stays as it is: its ASCII form could split a
/// character. `\s` stays too: Unicode's white space is a couple of dozen characters.
fn ascii_twin(pattern: &str, hir: &Hir) -> Option<(String, Hir)> {
    use regex_syntax::ast::{self, visit, Ast, ClassPerl, ClassPerlKind, ClassSetItem, Visitor};
    /// Each rewrite: the span replaced and what replaces it.
    struct Rewrites<'p> {
        pattern: &'p str,
        done: Vec<(ast::Span, String)>,
    }
    impl Rewrites<'_> {
        fn perl(&mut self, class: &ClassPerl) {
            let ascii = match class.kind {
                ClassPerlKind::Word => "0-9A-Za-z_",
                ClassPerlKind::Digit => "0-9",
                ClassPerlKind::Space => return,
            };
            // A class of its own, nested when inside brackets, so it stays one item of the set
            // whatever surrounds it, as the perl class was.
            let rewritten = if class.negated {
                format!("[^{ascii}]")
            } else {
                format!("[{ascii}]")
            };
            self.done.push((class.span, rewritten));
        }
    }
    impl Visitor for Rewrites<'_> {
        type Output = Vec<(ast::Span, String)>;
        type Err = std::convert::Infallible;
        fn finish(self) -> Result<Self::Output, Self::Err> {
            Ok(self.done)
        }
        fn visit_pre(&mut self, node: &Ast) -> Result<(), Self::Err> {
            use regex_syntax::ast::AssertionKind as K;
            match node {
                Ast::Assertion(a)
                    if !matches!(
                        a.kind,
                        K::StartLine | K::EndLine | K::StartText | K::EndText | K::NotWordBoundary
                    ) =>
                {
                    let written = &self.pattern[a.span.start.offset..a.span.end.offset];
                    self.done.push((a.span, format!("(?-u:{written})")));
                }
                Ast::ClassPerl(class) => self.perl(class),
                _ => {}
            }
            Ok(())
        }
        fn visit_class_set_item_pre(&mut self, item: &ClassSetItem) -> Result<(), Self::Err> {
            if let ClassSetItem::Perl(class) = item {
                self.perl(class);
            }
            Ok(())
        }
    }
    let parsed = ast::parse::Parser::new().parse(pattern).ok()?;
    let found = Rewrites {
        pattern,
        done: Vec::new(),
    };
    let Ok(mut rewrites) = visit(&parsed, found);
    rewrites.sort_by_key(|(span, _)| span.start.offset);
    let mut twin = String::with_capacity(pattern.len() + 16 * rewrites.len());
    let mut at = 0;
    for (span, rewritten) in rewrites {
        twin.push_str(pattern.get(at..span.start.offset)?);
        twin.push_str(&rewritten);
        at = span.end.offset;
    }
    twin.push_str(pattern.get(at..)?);
    // Nothing rewritten, or only what was ASCII already (inside `(?-u:…)`).
    let twin_hir = regex_syntax::parse(&twin).ok()?;
    (twin_hir != *hir).then_some((twin, twin_hir))
}

impl Deref for Regex {
    type Target = regex::Regex;

    fn deref(&self) -> &regex::Regex {
        self.original()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn literals(pattern: &str) -> Vec<Vec<String>> {
        let hir = regex_syntax::parse(pattern).unwrap();
        let mut sets = info(&hir).candidates();
        sets.sort_by_key(|s| std::cmp::Reverse(score(s)));
        sets.truncate(MAX_SETS);
        sets.iter()
            .map(|s| {
                s.iter()
                    .map(|n| String::from_utf8_lossy(n).into_owned())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn required_literals_come_from_the_pattern() {
        assert_eq!(
            literals(r"(?i)\b(?:i|we)\s+can\s+prescrib(?:e|ing)\b")[0],
            vec!["prescrib"]
        );
        assert_eq!(literals(r"(?i)\bbotox\b")[0], vec!["botox"]);
        assert_eq!(literals(r"(?i)\b(?:bay|bed)\s*\d+")[0], vec!["bay", "bed"]);
        // A word that may branch is checked by its stem.
        assert_eq!(
            literals(r"(?i)\b(?:treatments?|jabs?)\b")[0],
            vec!["jab", "treatment"]
        );
        // An optional word is not required; short literals still count.
        assert!(literals(r"(?i)(?:very\s+)?\w+").is_empty());
        assert_eq!(literals(r"(?i)\bgp\b")[0], vec!["gp"]);
        assert_eq!(literals(r"(?i)discount|\d+%")[0], vec!["%", "discount"]);
        // One branch without a literal opens the whole alternation.
        assert!(literals(r"(?i)discount|\d+").is_empty());
    }

    #[test]
    fn case_folding_keeps_the_kelvin_sign_and_long_s() {
        let re = Regex::new(r"(?i)\bkiss\b").unwrap();
        assert!(re.is_gated());
        for text in ["KISS", "kiss", "\u{212A}i\u{17F}s", "Ki\u{17F}\u{17F}"] {
            let _in = enter(text);
            assert!(re.is_match(text), "{text}");
        }
    }

    #[test]
    fn gated_only_on_the_entered_text_and_its_slices() {
        let re = Regex::new(r"(?i)prescribe").unwrap();
        let record = String::from("nothing here at all");
        let _in = enter(&record);
        assert!(!re.is_match(&record[3..]));
        // Another string is searched in full, whatever the frame says.
        let other = String::from("I can prescribe that");
        assert!(re.is_match(&other));
    }

    const PATTERNS: &[&str] = &[
        r"(?i)\b(?:i|we)\s+can\s+prescrib(?:e|ing)\b",
        r"(?i)(?-u:\b)(?:bay|bed)\s*\d+",
        r"(?i)\b(?:dm|message)\s+me\b.{0,20}?(?:discount|code)",
        r"(?i)(?:very\s+)?kind(?:ly|ness)?",
        r"(?i)£\s?\d+\s*off|\d+%\s*off",
        r"Mr\.?\s+[A-Z][a-z]+",
        r"(?i)ſtop|KISS",
        r"(?i)\bcaf\w*\b|\bna\b|\b\w+é\b",
        r"\b{start}[a-z]+\b{end}",
        r"(?i)\bstop\B",
        r"(?i)\b(?:went\s+to\s+the\s+press|told\s+my\s+(?:mum|gp)|stop(?:ped)?)\b",
        r"(?i)(?-u:\b)told\s+(?:\w+\s+){0,2}?press\w*",
        r"(?i)[\w'’-]+\s+\d+|\W{2}|[^\w\s]+|\D\d",
        r"(?i)\bbed\s*[\d-]+[^\W\d]*",
    ];

    /// The patterns compiled gated and plain, with the literal index built over them.
    static COMPILED: std::sync::LazyLock<Vec<(Regex, regex::Regex)>> =
        std::sync::LazyLock::new(|| {
            let compiled = PATTERNS
                .iter()
                .map(|p| (Regex::new(p).unwrap(), regex::Regex::new(p).unwrap()))
                .collect();
            super::super::literals::build_now();
            compiled
        });

    proptest::proptest! {
        /// On any text made of the patterns' words and some noise, a gated regex finds exactly
        /// what the plain regex finds.
        #[test]
        fn gated_regexes_find_what_plain_ones_find(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "I ", "we ", "can ", "prescribe", "PRESCRIBING", "bay", "BED ", "4", "12", " ",
                "dm ", "message me", "discount", "code", "kind", "KINDLY", "ness", "£", "50 off",
                "%", " off", "Mr ", "Mr. ", "Smith", "\u{212A}ISS", "\u{17F}top", "stop", "é", "🙂",
                "\n", ".", "very ", "’", "café", "na", "ïve", "Ça ", "x", "—", "went to ", "the ",
                "press", "told my ", "mum", "GP", "٣", "x_2", "ß", "\u{300}", "-'",
            ]), 0..24)
        ) {
            let text: String = parts.concat();
            let _in = enter(&text);
            for (gated, plain) in COMPILED.iter() {
                let pattern = plain.as_str();
                let found: Vec<_> = gated.find_iter(&text).map(|m| m.range()).collect();
                let expected: Vec<_> = plain.find_iter(&text).map(|m| m.range()).collect();
                proptest::prop_assert_eq!(found, expected, "{} on {:?}", pattern, text);
                if let Some(tail) = text.get(text.len() / 2..) {
                    proptest::prop_assert_eq!(gated.is_match(tail), plain.is_match(tail));
                }
                // A text that was never entered is checked for its own characters.
                let copy = text.clone();
                let found: Vec<_> = gated.find_iter(&copy).map(|m| m.range()).collect();
                let expected: Vec<_> = plain.find_iter(&copy).map(|m| m.range()).collect();
                proptest::prop_assert_eq!(found, expected, "{} on a copy of {:?}", pattern, text);
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(48))]
        /// Past [`LONG_TEXT`] the patterns run in their long-text form, entered or not, and still
        /// find exactly what the plain regex finds.
        #[test]
        fn long_texts_find_what_plain_ones_find(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "I can prescribe ", "bed 12 ", "dm me for a code ", "KINDLY ", "£50 off ",
                "Mr Smith ", "\u{17F}top ", "café ", "na ", "🙂 ", "❤\u{FE0F} ", "’", "went to the press ",
            ]), 1..12),
            padding in 1usize..4,
        ) {
            let tail: String = parts.concat();
            let text = format!("{}{tail}", "quiet ward round notes ".repeat((LONG_TEXT / 23 + 1) * padding));
            proptest::prop_assert!(text.len() >= LONG_TEXT);
            for entered in [true, false] {
                let _in = entered.then(|| enter(&text));
                for (gated, plain) in COMPILED.iter() {
                    let found: Vec<_> = gated.find_iter(&text).map(|m| m.range()).collect();
                    let expected: Vec<_> = plain.find_iter(&text).map(|m| m.range()).collect();
                    proptest::prop_assert_eq!(found, expected, "{} (entered: {})", plain.as_str(), entered);
                }
            }
        }
    }

    #[test]
    fn a_record_with_too_many_phrase_hits_keeps_none_of_them() {
        let dense = "botox ".repeat(MAX_RECORD_HITS + 10);
        let _in = enter(&dense);
        assert_eq!(with_record_hits(&dense, |_, hits| hits.len()), None);
        let short = String::from("botox from £99");
        let _in = enter(&short);
        assert!(with_record_hits(&short, |_, hits| hits.len()).is_some());
    }

    #[test]
    fn an_alternation_past_the_literal_cap_is_gated_by_its_branches() {
        let words = "apple bridge candle dolphin engine falcon garden harbor island jungle kettle lantern meadow needle orchard pepper quiver rocket saddle tunnel umpire velvet walnut yonder zephyr anchor blister cobalt dagger emblem fennel goblet hornet igloo jigsaw kernel lobster magnet nectar oyster parcel quartz ribbon sphinx thimble urchin violin wizard bishop canyon donkey flannel gravel hazel insect jester koala lemur mitten noodle oxbow pylon quokka radish spruce trumpet uplift vortex wombat yodel zinnia acorn buckle cradle";
        let pattern = format!(
            r"(?i)\b(?:{})\b",
            words.split(' ').collect::<Vec<_>>().join("|")
        );
        let hir = regex_syntax::parse(&pattern).unwrap();
        assert!(
            conj_of(&hir).is_none(),
            "the union alone should be past the cap"
        );
        let re = Regex::new(&pattern).unwrap();
        assert!(re.is_gated());
        let plain = regex::Regex::new(&pattern).unwrap();
        for text in [
            "nothing to see here",
            "a WALNUT tree",
            "zinnias and zinnia",
            "a wal nut",
        ] {
            let _in = enter(text);
            assert_eq!(re.is_match(text), plain.is_match(text), "{text}");
        }
        let text = "nothing to see here";
        let _in = enter(text);
        assert!(re.pick(text).is_none());
    }

    #[test]
    fn once_built_the_literal_index_answers_the_gates() {
        let re = Regex::new(r"(?i)\bzebrafish\s+(?:tank|lab)").unwrap();
        super::super::literals::build_now();
        let text = "a zebra fish tank";
        let _in = enter(text);
        let indexed = FRAMES.with(|f| f.borrow().top().map_or(0, |t| t.indexed));
        let gate = re.gate.as_ref().unwrap();
        assert!(gate.all.last_list < indexed, "not answered by the index");
        assert!(re.pick(text).is_none());
        let text = "the ZEBRAFISH lab";
        let _in = enter(text);
        assert!(re.is_match(text));
        // A Kelvin sign folds to k: such a text is answered from its n-grams instead.
        let re = Regex::new(r"(?i)\bkelp\s+forest").unwrap();
        super::super::literals::build_now();
        let text = "\u{212A}elp forest";
        let _in = enter(text);
        assert_eq!(
            FRAMES.with(|f| f.borrow().top().map_or(1, |t| t.indexed)),
            0
        );
        assert!(re.is_match(text));
    }

    #[test]
    fn an_alternation_is_gated_branch_by_branch() {
        let re = Regex::new(r"(?i)\b(?:went\s+to\s+the\s+press|told\s+my\s+(?:mum|gp))\b").unwrap();
        assert_eq!(re.gate.as_ref().map(|g| g.branches.len()), Some(2));
        // Each branch lacks one of its words: closed, though "the", "press" and "told" are here.
        let text = "the press told us nothing";
        let _in = enter(text);
        assert!(re.pick(text).is_none());
        let text = "I told my GP";
        let _in = enter(text);
        assert!(re.pick(text).is_some() && re.is_match(text));
        // One branch without literals opens the whole pattern.
        assert!(Regex::new(r"(?i)\b(?:press|\d+)").unwrap().gate.is_none());
        // Not one alternation at the top: the sets of the whole pattern only.
        let re = Regex::new(r"(?i)\b(?:went|told)\s+(?:the|my)\s+press").unwrap();
        assert_eq!(re.gate.as_ref().map(|g| g.branches.len()), Some(0));
    }

    #[test]
    fn branches_are_found_through_their_first_lists() {
        // Branches with no common start (a shared one would be lifted out of the alternation).
        let lead = |i: usize| char::from(b'a' + (i % 26) as u8);
        let branches: Vec<String> = (0..90)
            .map(|i| format!(r"{}lpha{i}\s+beta{i}", lead(i)))
            .collect();
        let pattern = format!(r"(?i)\b(?:{})\b", branches.join("|"));
        let re = Regex::new(&pattern).unwrap();
        let gate = re.gate.as_ref().unwrap();
        assert_eq!(gate.branches.len(), 90);
        assert!(gate.firsts.words.len() >= 2, "{:?}", gate.firsts.words);
        super::super::literals::build_now();
        let plain = regex::Regex::new(&pattern).unwrap();
        for (text, open) in [
            ("LLPHA89 beta89", true),
            ("alpha0 beta0", true),
            ("dlpha3 and beta4", false),
            ("klpha88 beta8", false),
            ("beta7 hlpha7", true),
            ("beta7 ilpha9", false),
            ("nothing at all", false),
        ] {
            let _in = enter(text);
            let indexed = FRAMES.with(|f| f.borrow().top().map_or(0, |t| t.indexed));
            assert!(gate.firsts.last_list < indexed, "not answered by the index");
            assert_eq!(re.pick(text).is_some(), open, "{text}");
            assert_eq!(re.is_match(text), plain.is_match(text), "{text}");
        }
    }

    fn twin_of(pattern: &str) -> Option<String> {
        Regex::new(pattern).unwrap().twin_pattern
    }

    #[test]
    fn unicode_word_boundaries_get_an_ascii_twin() {
        assert_eq!(
            twin_of(r"(?i)\bfoo\b|x\b{start}y").as_deref(),
            Some(r"(?i)(?-u:\b)foo(?-u:\b)|x(?-u:\b{start})y")
        );
        // Word and digit classes, alone or in brackets, negated or not.
        assert_eq!(
            twin_of(r"\w+\d[\w'-]\W[^\d\s]").as_deref(),
            Some(r"[0-9A-Za-z_]+[0-9][[0-9A-Za-z_]'-][^0-9A-Za-z_][^[0-9]\s]")
        );

        assert_eq!(twin_of(r"a[\D]").as_deref(), Some(r"a[[^0-9]]"));
        // Nothing to do: no boundary or class, ASCII ones already, or only `\B` and `\s` (kept,
        // see ascii_twin).
        assert_eq!(twin_of(r"(?i)foo\s+bar"), None);
        assert_eq!(twin_of(r"(?-u:\w+\d)"), None);
        assert_eq!(twin_of(r"(?i)(?-u:\b)foo(?-u:\b)"), None);
        assert_eq!(twin_of(r"foo\B"), None);
        // Where it runs: texts whose only non-ASCII characters are not word characters.
        assert!(only_ascii_words("Great team 🙏 — don’t forget £5"));
        assert!(!only_ascii_words("a lovely café"));
        let re = Regex::new(r"(?i)\bna\b").unwrap();
        for (text, expected) in [("naïve", false), ("na 🙂", true), ("Ça na", true)] {
            let _in = enter(text);
            assert_eq!(re.is_match(text), expected, "{text}");
        }
    }

    #[test]
    fn every_ascii_letter_folds_to_one_literal() {
        for c in 'a'..='z' {
            let hir = regex_syntax::parse(&format!("(?i){c}{c}{c}")).unwrap();
            let i = info(&hir);
            assert_eq!(
                i.exact,
                Some(vec![vec![c as u8; 3]]),
                "(?i){c} folds to something else"
            );
        }
    }
}

//! Phrase lists compiled once into case-insensitive Aho-Corasick automata with word-boundary checks.
//!
//! The advertising, prescribing, misleading and conduct detectors all start the same way: find a few
//! hundred fixed phrases (medicine names, brand names, slang) in a post, fast, and only then look more
//! closely at the words around each hit. Keeping the phrases in data files under
//! `src/detect/lexicons/` lets an adviser read and extend them without touching code.
//!
//! File format, one phrase per line: `phrase | class` with an optional third field of flags.
//! - `# ` (hash and space) at the start of a line is a comment, so hashtags such as `#ad` can be
//!   phrases; blank lines are ignored.
//! - A phrase ending in `*` is a stem: any letters may follow (`jab*` finds `jabs`, `jabbed`).
//! - Flag `cs` makes the match case-sensitive (brand names that are also ordinary words: `Boots`).
//! - A phrase with a hyphen also finds its spaced and joined forms (`anti-wrinkle` finds `anti wrinkle`
//!   and `antiwrinkle`); a phrase with `'` also finds the typographic `’`.
//!
//! A hit must start and end on a word boundary where the phrase itself starts or ends with a letter or
//! digit, so `tox` does not fire inside `detox` and `#ad` does not fire inside `#adhd`.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

/// One phrase of a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    /// The phrase as written in the file (without the stem marker).
    pub text: String,
    /// The class from the file (`botulinum`, `glp1`, `insult_strong`…).
    pub class: String,
    stem: bool,
    case_sensitive: bool,
}

/// A hit: byte span in the searched text and the phrase that matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit<'p> {
    pub start: usize,
    pub end: usize,
    pub phrase: &'p Phrase,
}

impl<'p> Hit<'p> {
    pub fn class(&self) -> &'p str {
        &self.phrase.class
    }
}

/// Hits kept per phrase per text (see [`PhraseSet::find`]).
pub const MAX_HITS_PER_PHRASE: usize = 256;

/// A compiled phrase list.
pub struct PhraseSet {
    /// Compiled at first use: a built-in list searched only through the record's combined pass never
    /// needs its own.
    automaton: std::sync::OnceLock<Option<AhoCorasick>>,
    patterns: Vec<String>,
    /// One entry per automaton pattern: index into `phrases`.
    pattern_phrase: Vec<usize>,
    phrases: Vec<Phrase>,
    /// Treat `-` followed by a letter as part of the word (so `psycho` does not fire in
    /// `psycho-oncology`).
    hyphen_joins: bool,
    /// This list's place in [`super::PHRASE_LISTS`], when it is one of them: its hits on an entered
    /// record then come from the record's one combined pass (see [`record_hits`]).
    shared: Option<u16>,
}

/// A list's phrases and the automaton patterns they expand to.
struct Parsed {
    phrases: Vec<Phrase>,
    patterns: Vec<String>,
    pattern_phrase: Vec<usize>,
}

/// A raw hit of the combined pass over a record: which list, which of its patterns, where.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RawHit {
    set: u16,
    pattern: u32,
    start: u32,
    end: u32,
}

/// Every built-in list in one automaton, so a record's text is searched once for all of them.
struct Combined {
    automaton: AhoCorasick,
    /// Per combined pattern: (list, pattern within the list).
    owner: Vec<(u16, u32)>,
}

/// The combined pass's list number for the cue lexicon ([`super::lexicon::CUES`]), after the phrase
/// lists.
pub(crate) const LEXICON_SET: u16 = super::PHRASE_LISTS.len() as u16;

static COMBINED: std::sync::LazyLock<Option<Combined>> = std::sync::LazyLock::new(|| {
    let mut patterns = Vec::new();
    let mut owner = Vec::new();
    for (set, source) in super::PHRASE_LISTS.iter().enumerate() {
        for (k, pattern) in parse_patterns(source).patterns.into_iter().enumerate() {
            patterns.push(pattern);
            owner.push((u16::try_from(set).ok()?, u32::try_from(k).ok()?));
        }
    }
    for (k, pattern) in super::lexicon::CUES.strings().iter().enumerate() {
        patterns.push(pattern.clone());
        owner.push((LEXICON_SET, u32::try_from(k).ok()?));
    }
    let automaton = automaton(&patterns)?;
    Some(Combined { automaton, owner })
});

fn automaton(patterns: &[String]) -> Option<AhoCorasick> {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .build(patterns)
        .ok()
}

/// The hits of every built-in list in `text`, in one pass, grouped by list (each list's hits stay
/// in the order its own automaton would give them), or `false` with `out` empty when they cannot
/// all be kept: past `max` hits, or for texts beyond `u32` offsets.
pub(crate) fn record_hits(text: &str, out: &mut Vec<RawHit>, max: usize) -> bool {
    out.clear();
    let Some(combined) = COMBINED.as_ref() else {
        return false;
    };
    if u32::try_from(text.len()).is_err() {
        return false;
    }
    for m in combined.automaton.find_overlapping_iter(text) {
        if out.len() == max {
            out.clear();
            out.shrink_to(max);
            return false;
        }
        if let Some(&(set, pattern)) = combined.owner.get(m.pattern().as_usize()) {
            out.push(RawHit {
                set,
                pattern,
                start: m.start() as u32,
                end: m.end() as u32,
            });
        }
    }
    out.sort_by_key(|h| h.set);
    true
}

/// The raw hits of list `set` that lie within `text`, a slice at `offset` of the record's text, as
/// `(pattern, start, end)` relative to `text`, in the list's own automaton order.
pub(crate) fn hits_of<'h>(
    hits: &'h [RawHit],
    set: u16,
    offset: usize,
    text: &str,
) -> impl Iterator<Item = (usize, usize, usize)> + 'h {
    let first = hits.partition_point(|h| h.set < set);
    let end = offset + text.len();
    hits[first..]
        .iter()
        .take_while(move |h| h.set == set)
        .filter(move |h| h.start as usize >= offset && h.end as usize <= end)
        .map(move |h| {
            (
                h.pattern as usize,
                h.start as usize - offset,
                h.end as usize - offset,
            )
        })
}

fn parse_patterns(source: &str) -> Parsed {
    let mut phrases = Vec::new();
    let mut patterns: Vec<String> = Vec::new();
    let mut pattern_phrase = Vec::new();
    for line in source.lines() {
        let line = line.trim();
        if line.is_empty() || line == "#" || line.starts_with("# ") {
            continue;
        }
        let mut fields = line.split(" | ").map(str::trim);
        let (Some(raw), Some(class)) = (fields.next(), fields.next()) else {
            continue;
        };
        let flags = fields.next().unwrap_or("");
        let stem = raw.ends_with('*');
        let text = raw.trim_end_matches('*').trim().to_string();
        if text.is_empty() || class.is_empty() {
            continue;
        }
        let idx = phrases.len();
        for variant in variants(&text) {
            patterns.push(variant);
            pattern_phrase.push(idx);
        }
        phrases.push(Phrase {
            text,
            class: class.to_string(),
            stem,
            case_sensitive: flags.split(',').any(|f| f.trim() == "cs"),
        });
    }
    Parsed {
        phrases,
        patterns,
        pattern_phrase,
    }
}

impl PhraseSet {
    /// Parse and compile a list (see the module docs for the format). Malformed lines are skipped:
    /// the lists are compiled into the binary and covered by tests, so a bad line is a bug caught there.
    pub fn parse(source: &str) -> Self {
        let Parsed {
            phrases,
            patterns,
            pattern_phrase,
        } = parse_patterns(source);
        PhraseSet {
            automaton: std::sync::OnceLock::new(),
            patterns,
            pattern_phrase,
            phrases,
            hyphen_joins: false,
            shared: None,
        }
    }

    /// A built-in list (one of `detect::PHRASE_LISTS`): on a record the engine entered, its hits come
    /// from the record's one combined pass instead of a pass of its own.
    pub fn builtin(source: &'static str) -> Self {
        let mut set = PhraseSet::parse(source);
        set.shared = super::PHRASE_LISTS
            .iter()
            .position(|list| *list == source)
            .and_then(|i| u16::try_from(i).ok());
        set
    }

    /// Treat a hyphen followed by a letter as a continuation of the word (see the field docs).
    pub fn hyphen_joins(mut self) -> Self {
        self.hyphen_joins = true;
        self
    }

    pub fn phrases(&self) -> &[Phrase] {
        &self.phrases
    }

    /// Every hit in `text`, leftmost first; where hits overlap the longest wins. Each phrase gives
    /// at most [`MAX_HITS_PER_PHRASE`] hits, so a pathological record (one word repeated through a
    /// 150 MB message) costs bounded memory while every distinct phrase is still found.
    pub fn find<'s>(&'s self, text: &str) -> Vec<Hit<'s>> {
        self.with_raw(text, |raw| self.keep(text, raw))
    }

    /// True when any phrase occurs; stops at the first hit.
    pub fn any(&self, text: &str) -> bool {
        self.with_raw(text, |mut raw| {
            Iterator::any(&mut raw, |(pattern, start, end)| {
                self.accept(text, pattern, start, end).is_some()
            })
        })
    }

    /// Run `f` on the raw automaton matches `(pattern, start, end)` in `text`, in the automaton's
    /// order: from the record's combined pass when `text` is (a slice of) the entered record's
    /// text, else from this list's own automaton.
    fn with_raw<R>(
        &self,
        text: &str,
        f: impl FnOnce(&mut dyn Iterator<Item = (usize, usize, usize)>) -> R,
    ) -> R {
        let mut f = Some(f);
        if let Some(set) = self.shared {
            let from_record = super::gate::with_record_hits(text, |offset, hits| {
                let f = f.take().expect("called once");
                f(&mut hits_of(hits, set, offset, text))
            });
            if let Some(result) = from_record {
                return result;
            }
        }
        let f = f.take().expect("called once");
        match self
            .automaton
            .get_or_init(|| automaton(&self.patterns))
            .as_ref()
        {
            Some(ac) => f(&mut ac
                .find_overlapping_iter(text)
                .map(|m| (m.pattern().as_usize(), m.start(), m.end()))),
            None => f(&mut std::iter::empty()),
        }
    }

    /// The hit a raw match makes, with its phrase's index, when the phrase's case and word
    /// boundaries hold there (a stem runs on to the end of its word).
    fn accept<'s>(
        &'s self,
        text: &str,
        pattern: usize,
        start: usize,
        mut end: usize,
    ) -> Option<(usize, Hit<'s>)> {
        let index = *self.pattern_phrase.get(pattern)?;
        let phrase = self.phrases.get(index)?;
        let matched = text.get(start..end)?;
        if phrase.case_sensitive && matched != phrase.text {
            return None;
        }
        if !self.left_boundary_ok(text, start, &phrase.text) {
            return None;
        }
        if phrase.stem {
            end = extend_word(text, end);
        } else if !self.right_boundary_ok(text, end, &phrase.text) {
            return None;
        }
        Some((index, Hit { start, end, phrase }))
    }

    /// The hits to keep from raw automaton matches `(pattern, start, end)`, in the automaton's order.
    fn keep<'s>(
        &'s self,
        text: &str,
        raw: &mut dyn Iterator<Item = (usize, usize, usize)>,
    ) -> Vec<Hit<'s>> {
        let mut hits: Vec<Hit<'s>> = Vec::new();
        let mut per_phrase: Vec<u32> = Vec::new();
        let mut hit_phrase: Vec<usize> = Vec::new();
        for (pattern, start, end) in raw {
            let Some((index, hit)) = self.accept(text, pattern, start, end) else {
                continue;
            };
            // Counting starts only once a text has many hits: ordinary posts pay nothing.
            if hits.len() >= MAX_HITS_PER_PHRASE && per_phrase.is_empty() {
                per_phrase = vec![0; self.phrases.len()];
                for &j in &hit_phrase {
                    if let Some(n) = per_phrase.get_mut(j) {
                        *n += 1;
                    }
                }
            }
            if !per_phrase.is_empty() {
                match per_phrase.get_mut(index) {
                    Some(n) if (*n as usize) < MAX_HITS_PER_PHRASE => *n += 1,
                    _ => continue,
                }
            }
            hits.push(hit);
            if per_phrase.is_empty() {
                hit_phrase.push(index);
            }
        }
        hits.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
        // Leftmost first; a hit starting inside the last one kept is dropped.
        let mut last_end = None;
        hits.retain(|h| {
            let keep = last_end.is_none_or(|end| h.start >= end);
            if keep {
                last_end = Some(h.end);
            }
            keep
        });
        hits
    }

    fn left_boundary_ok(&self, text: &str, start: usize, phrase: &str) -> bool {
        if !phrase.chars().next().is_some_and(char::is_alphanumeric) {
            return true;
        }
        match text.get(..start).and_then(|s| s.chars().next_back()) {
            None => true,
            Some(c) if is_word_char(c) => false,
            Some('-') if self.hyphen_joins => text
                .get(..start.saturating_sub(1))
                .and_then(|s| s.chars().next_back())
                .is_none_or(|c| !c.is_alphabetic()),
            Some(_) => true,
        }
    }

    fn right_boundary_ok(&self, text: &str, end: usize, phrase: &str) -> bool {
        if !phrase
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
        {
            return true;
        }
        let mut rest = text.get(end..).unwrap_or("").chars();
        match rest.next() {
            None => true,
            Some(c) if is_word_char(c) => false,
            Some('-') if self.hyphen_joins => !rest.next().is_some_and(char::is_alphabetic),
            Some(_) => true,
        }
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Extend a stem match to the end of its word.
fn extend_word(text: &str, end: usize) -> usize {
    let tail = text.get(end..).unwrap_or("");
    end + tail
        .char_indices()
        .find(|(_, c)| !is_word_char(*c))
        .map(|(i, _)| i)
        .unwrap_or(tail.len())
}

/// The spellings a phrase is searched under: as written, its texting spellings, hyphen spaced/joined,
/// curly apostrophe.
fn variants(text: &str) -> Vec<String> {
    let mut out = vec![text.to_string()];
    out.extend(super::lexicon::texting_spellings(text));
    if text.contains('-') {
        out.push(text.replace('-', " "));
        out.push(text.replace('-', ""));
    }
    let with_curly: Vec<String> = out
        .iter()
        .filter(|v| v.contains('\''))
        .map(|v| v.replace('\'', "\u{2019}"))
        .collect();
    out.extend(with_curly);
    out.sort();
    out.dedup();
    out
}

/// Compile a pattern with ASCII word boundaries. Unicode `\b` forces the regex crate off its fast
/// DFA whenever a text holds a non-ASCII character (an emoji, a curly quote), which social-media text
/// nearly always does; ASCII boundaries keep every pattern on the fast path. Patterns are constants
/// covered by tests, so a bad one is a bug: it panics at first use.
pub fn regex(pattern: &str) -> super::gate::Regex {
    super::gate::Regex::new(&pattern.replace("\\b", "(?-u:\\b)")).expect("valid regex")
}

/// How far a sentence reaches either side of a position. Posts without punctuation (or a 150 MB
/// message of one "sentence") would otherwise make every context check scan the whole text, turning
/// a linear scan quadratic; context that decides a verdict is always much nearer than this.
pub const SENTENCE_REACH: usize = 1000;

/// The sentence around byte offset `pos`: from after the previous `.`, `!`, `?` or newline to the next
/// one (inclusive of the terminator), at most [`SENTENCE_REACH`] bytes either side. Used to keep
/// context checks local.
pub fn sentence_around(text: &str, pos: usize) -> (usize, usize) {
    let pos = floor_boundary(text, pos.min(text.len()));
    let is_end = |c: char| matches!(c, '.' | '!' | '?' | '\n' | '…');
    let lower = floor_boundary(text, pos.saturating_sub(SENTENCE_REACH));
    let upper = floor_boundary(text, pos.saturating_add(SENTENCE_REACH).min(text.len()));
    let before = text.get(lower..pos).unwrap_or("");
    let mut start = lower;
    for (i, c) in before.char_indices().rev() {
        if is_end(c) && !is_decimal_point(text, lower + i) {
            start = lower + i + c.len_utf8();
            break;
        }
    }
    let after = text.get(pos..upper).unwrap_or("");
    let mut end = upper;
    for (i, c) in after.char_indices() {
        if is_end(c) && !is_decimal_point(text, pos + i) {
            end = pos + i + c.len_utf8();
            break;
        }
    }
    (start, end)
}

/// A `.` between two digits (`0.25mg`) does not end a sentence.
fn is_decimal_point(text: &str, i: usize) -> bool {
    let b = text.as_bytes();
    b.get(i) == Some(&b'.')
        && i > 0
        && b.get(i - 1).is_some_and(u8::is_ascii_digit)
        && b.get(i + 1).is_some_and(u8::is_ascii_digit)
}

/// A window of about `radius` bytes either side of a span, snapped to char boundaries.
pub fn window(text: &str, start: usize, end: usize, radius: usize) -> (usize, usize) {
    let s = floor_boundary(text, start.saturating_sub(radius));
    let e = ceil_boundary(text, end.saturating_add(radius).min(text.len()));
    (s, e)
}

/// The (at most) `max` bytes of `text` just before `pos`, snapped to a char boundary.
pub fn lead_in(text: &str, pos: usize, max: usize) -> &str {
    let pos = floor_boundary(text, pos);
    text.get(floor_boundary(text, pos.saturating_sub(max))..pos)
        .unwrap_or("")
}

pub fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

pub fn ceil_boundary(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i.min(s.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set() -> PhraseSet {
        PhraseSet::parse(
            "# comment\nbotox | botulinum\ntox | euphemism\nbaby botox | botulinum\n#ad | label\n\
             skinny jab* | glp1\nanti-wrinkle injection* | euphemism\nBoots | retailer | cs\n\
             don't | neg\npsycho | insult\n",
        )
    }

    #[test]
    fn a_phrase_repeated_without_end_is_capped_but_others_still_found() {
        let s = set();
        let text = format!(
            "{}and then botox at the end",
            "tox and more tox ".repeat(5000)
        );
        let hits = s.find(&text);
        let tox = hits.iter().filter(|h| h.phrase.text == "tox").count();
        assert_eq!(tox, MAX_HITS_PER_PHRASE);
        assert!(hits.iter().any(|h| h.phrase.text == "botox"));
        let (start, end) = sentence_around(&text, text.len() - 3);
        assert!(end - start <= 2 * SENTENCE_REACH + 4);
    }

    #[test]
    fn respects_word_boundaries_and_prefers_longest() {
        let s = set();
        let hits = s.find("Detox with Baby Botox! #ad #adhd");
        let got: Vec<_> = hits.iter().map(|h| h.phrase.text.as_str()).collect();
        assert_eq!(got, ["baby botox", "#ad"]);
    }

    #[test]
    fn stems_hyphen_variants_case_and_apostrophes() {
        let s = set();
        let text = "skinny jabs and anti wrinkle injections at boots, Boots, I don’t";
        let got: Vec<_> = s.find(text).iter().map(|h| &text[h.start..h.end]).collect();
        assert_eq!(
            got,
            ["skinny jabs", "anti wrinkle injections", "Boots", "don’t"]
        );
    }

    #[test]
    fn hyphen_join_blocks_compound_words() {
        let s = set().hyphen_joins();
        assert!(s.find("psycho-oncology clinic").is_empty());
        assert_eq!(s.find("total psycho - honestly").len(), 1);
    }

    /// Words from every built-in list, for texts that hit many lists at once.
    fn builtin_words() -> Vec<String> {
        let mut words: Vec<String> = super::super::PHRASE_LISTS
            .iter()
            .flat_map(|src| parse_patterns(src).patterns)
            .step_by(7)
            .collect();
        words.extend(["-", " ", ", ", "x", "’", "'s", "ing", "#", "\n"].map(String::from));
        words
    }

    proptest::proptest! {
        /// A built-in list finds the same hits on an entered record (from the record's combined
        /// pass) as on its own, on the whole text and on slices of it.
        #[test]
        fn combined_pass_gives_each_list_its_own_hits(
            picks in proptest::collection::vec(proptest::num::usize::ANY, 1..30),
            cut in 0usize..200,
        ) {
            let words = builtin_words();
            let text: String = picks
                .iter()
                .map(|&i| words[i % words.len()].as_str())
                .collect::<Vec<_>>()
                .join(" ");
            let _in = super::super::gate::enter(&text);
            let cut = ceil_boundary(&text, cut.min(text.len()));
            for src in super::super::PHRASE_LISTS {
                let shared = PhraseSet::builtin(src).hyphen_joins();
                proptest::prop_assert!(shared.shared.is_some());
                let own = PhraseSet::parse(src).hyphen_joins();
                for t in [&text[..], &text[cut..], &text[..cut]] {
                    let a: Vec<_> = shared.find(t).iter().map(|h| (h.start, h.end, h.phrase.text.clone())).collect();
                    let b: Vec<_> = own.find(t).iter().map(|h| (h.start, h.end, h.phrase.text.clone())).collect();
                    proptest::prop_assert_eq!(a, b, "{:?}", t);
                }
            }
        }
    }

    #[test]
    fn sentences_do_not_split_on_decimals() {
        let t = "Hello. Take 0.25mg weekly! Bye";
        let (s, e) = sentence_around(t, t.find("0.25").unwrap());
        assert_eq!(&t[s..e], " Take 0.25mg weekly!");
    }
}

//! The cue lexicon: every fixed phrase the confidentiality, boundaries, identity, raising-concerns and
//! location detectors look for, compiled once into a single case-insensitive Aho-Corasick automaton.
//!
//! One automaton over all lists means one pass over each text, however many lists there are; the
//! automaton reports overlapping matches, so `my patient` (a patient reference) and `patient` (a
//! trigger for `patient JB`) are both seen. Each phrase belongs to a [`SpanKind`] named by the
//! `[section]` it sits under in a data file in `src/detect/lexicons/`.
//!
//! File format:
//! - `[kind_name]` starts a section; the name must be a [`SpanKind`] name (checked by a test).
//!   `[kind_name | cs]` makes every phrase in the section case-sensitive (forenames).
//! - One phrase per line; `#` starts a comment line; blank lines are ignored.
//! - A phrase ending in `*` is a stem: any word characters may follow (`diagnos*`).
//! - A phrase starting with `=` is case-sensitive (`=ED`, `=Mr`), for short words that are ordinary
//!   words in lower case.
//! - `'` also matches the typographic `’`; `-` also matches a space and nothing (`follow-up`).
//!
//! A hit must start and end on a word boundary wherever the phrase starts or ends with a letter or
//! digit, so `ward` does not fire inside `awkward`.

use super::text::{boundary_after, boundary_before, is_word_char};
use super::{Span, SpanKind};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use std::sync::LazyLock;

/// The data files, in a fixed order (their content is compiled into the binary).
pub const SOURCES: &[(&str, &str)] = &[
    ("clinical.txt", include_str!("lexicons/clinical.txt")),
    ("conditions.txt", include_str!("lexicons/conditions.txt")),
    ("identifiers.txt", include_str!("lexicons/identifiers.txt")),
    ("mitigation.txt", include_str!("lexicons/mitigation.txt")),
    ("whereabouts.txt", include_str!("lexicons/whereabouts.txt")),
    ("boundaries.txt", include_str!("lexicons/boundaries.txt")),
    ("authority.txt", include_str!("lexicons/authority.txt")),
    ("concerns.txt", include_str!("lexicons/concerns.txt")),
];

#[derive(Debug, Clone)]
struct Pattern {
    kind: SpanKind,
    /// The phrase as written, for case-sensitive checks.
    literal: String,
    case_sensitive: bool,
    stem: bool,
    bound_start: bool,
    bound_end: bool,
}

/// A compiled lexicon.
pub struct Lexicon {
    /// Compiled at first use: the built-in lexicon is searched through each record's combined pass
    /// ([`super::phrases::record_hits`]) and needs its own automaton only for other texts (bios,
    /// quoted posts). That one is a contiguous NFA: as a DFA over 12,000 case-folded terms it held
    /// 35 MB for the few texts that use it.
    automaton: std::sync::OnceLock<Option<AhoCorasick>>,
    strings: Vec<String>,
    patterns: Vec<Pattern>,
    /// True for [`CUES`], whose patterns are part of each record's combined pass.
    in_record_pass: bool,
}

/// The lexicon built from [`SOURCES`], compiled on first use.
pub static CUES: LazyLock<Lexicon> = LazyLock::new(|| Lexicon {
    in_record_pass: true,
    ..Lexicon::build(SOURCES).unwrap_or_else(|e| panic!("built-in lexicon is malformed: {e}"))
});

/// The texting spellings of a lexicon phrase: "you" as "u", "your" and "you're" as "ur", and the
/// apostrophe dropped from "n't", "i'm" and "i've" ("didnt", "im"). Messages and replies are typed
/// like this far more often than the phrase lists are written, and the words are unambiguous, so
/// each phrase also matches: the forms with the apostrophes dropped, with "u"/"ur", and with both.
/// Returns nothing for a phrase with none of these words.
pub(crate) fn texting_spellings(phrase: &str) -> Vec<String> {
    fn respell(phrase: &str, pronouns: bool, apostrophes: bool) -> String {
        phrase
            .split(' ')
            .map(|w| {
                let lower = w.to_ascii_lowercase();
                match lower.as_str() {
                    "you" if pronouns => "u".to_string(),
                    "your" | "you're" if pronouns => "ur".to_string(),
                    "you're" if apostrophes => "youre".to_string(),
                    "i'm" | "i've" if apostrophes => lower.replace('\'', ""),
                    _ if apostrophes && lower.ends_with("n't") => lower.replace("n't", "nt"),
                    _ => w.to_string(),
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
    let mut out: Vec<String> = [(true, false), (false, true), (true, true)]
        .iter()
        .map(|&(p, a)| respell(phrase, p, a))
        .filter(|v| v != phrase)
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Expand a phrase into the spellings it matches: typographic apostrophes, hyphen as space or nothing,
/// and its [`texting_spellings`].
fn variants(phrase: &str) -> Vec<String> {
    let mut out = vec![phrase.to_string()];
    out.extend(texting_spellings(phrase));
    let curly: Vec<String> = out
        .iter()
        .filter(|v| v.contains('\''))
        .map(|v| v.replace('\'', "’"))
        .collect();
    out.extend(curly);
    if phrase.contains('-') && phrase.chars().any(char::is_alphanumeric) {
        let base: Vec<String> = out.clone();
        for v in base {
            out.push(v.replace('-', " "));
            out.push(v.replace('-', ""));
        }
    }
    out.sort();
    out.dedup();
    out
}

impl Lexicon {
    /// Parse and compile `(file name, content)` pairs. Errors name the file and line.
    pub fn build(sources: &[(&str, &str)]) -> Result<Lexicon, String> {
        let mut patterns = Vec::new();
        let mut strings = Vec::new();
        for (file, content) in sources {
            let mut kind: Option<SpanKind> = None;
            let mut section_cs = false;
            for (n, raw) in content.lines().enumerate() {
                let line = raw.trim();
                if line.is_empty() || line.starts_with('#') {
                    continue;
                }
                if let Some(header) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                    let (name, flags) = header.split_once('|').unwrap_or((header, ""));
                    let name = name.trim();
                    section_cs = flags.trim() == "cs";
                    kind =
                        Some(SpanKind::from_name(name).ok_or_else(|| {
                            format!("{file}:{}: unknown section [{name}]", n + 1)
                        })?);
                    continue;
                }
                let kind =
                    kind.ok_or_else(|| format!("{file}:{}: phrase before any [section]", n + 1))?;
                let (case_sensitive, rest) = match line.strip_prefix('=') {
                    Some(r) => (true, r),
                    None => (section_cs, line),
                };
                let (stem, phrase) = match rest.strip_suffix('*') {
                    Some(p) => (true, p.trim_end()),
                    None => (false, rest),
                };
                if phrase.is_empty() {
                    return Err(format!("{file}:{}: empty phrase", n + 1));
                }
                for v in variants(phrase) {
                    patterns.push(Pattern {
                        kind,
                        bound_start: v.chars().next().is_some_and(is_word_char),
                        bound_end: !stem && v.chars().next_back().is_some_and(is_word_char),
                        literal: v.clone(),
                        case_sensitive,
                        stem,
                    });
                    strings.push(v);
                }
            }
        }
        Ok(Lexicon {
            automaton: std::sync::OnceLock::new(),
            strings,
            patterns,
            in_record_pass: false,
        })
    }

    fn automaton(&self) -> Option<&AhoCorasick> {
        self.automaton
            .get_or_init(|| {
                AhoCorasickBuilder::new()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::Standard)
                    .kind(Some(AhoCorasickKind::ContiguousNFA))
                    .build(&self.strings)
                    .ok()
            })
            .as_ref()
    }

    /// The automaton's patterns (spelling variants included), in order, for the combined pass.
    pub(crate) fn strings(&self) -> &[String] {
        &self.strings
    }

    /// Number of compiled patterns (spelling variants included).
    /// Every literal the automaton searches for.
    pub fn terms(&self) -> impl Iterator<Item = String> + '_ {
        self.patterns.iter().map(|p| p.literal.clone())
    }

    pub fn len(&self) -> usize {
        self.patterns.len()
    }

    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    /// Every word-bounded hit in `text`, skipping hits that start inside `masked` ranges. Within one
    /// kind, a hit inside a longer hit of the same kind is dropped.
    pub fn scan(&self, text: &str, masked: &[(usize, usize)], out: &mut Vec<Span>) {
        if self.in_record_pass {
            let from_record = super::gate::with_record_hits(text, |offset, hits| {
                let raw = super::phrases::hits_of(hits, super::phrases::LEXICON_SET, offset, text);
                self.keep(text, masked, raw, out);
            });
            if from_record.is_some() {
                return;
            }
        }
        let Some(automaton) = self.automaton() else {
            return;
        };
        let raw = automaton
            .find_overlapping_iter(text)
            .map(|m| (m.pattern().as_usize(), m.start(), m.end()));
        self.keep(text, masked, raw, out);
    }

    /// The spans to keep from raw automaton matches `(pattern, start, end)`.
    fn keep(
        &self,
        text: &str,
        masked: &[(usize, usize)],
        raw: impl Iterator<Item = (usize, usize, usize)>,
        out: &mut Vec<Span>,
    ) {
        let first = out.len();
        for (pattern, start, match_end) in raw {
            let Some(p) = self.patterns.get(pattern) else {
                continue;
            };
            let mut end = match_end;
            if p.bound_start && !boundary_before(text, start) {
                continue;
            }
            if p.stem {
                end += text[end..]
                    .char_indices()
                    .find(|&(_, c)| !is_word_char(c))
                    .map_or(text.len() - end, |(i, _)| i);
            } else if p.bound_end && !boundary_after(text, end) {
                continue;
            }
            if p.case_sensitive && text.get(start..match_end) != Some(p.literal.as_str()) {
                continue;
            }
            if super::text::inside(masked, start) {
                continue;
            }
            out.push(Span::new(start, end, p.kind));
        }
        let new = &mut out[first..];
        new.sort_by_key(|s| (s.kind, s.start, std::cmp::Reverse(s.end)));
        let mut kept: Vec<Span> = Vec::with_capacity(new.len());
        for s in new.iter() {
            let covered = kept
                .iter()
                .rev()
                .take_while(|k| k.kind == s.kind)
                .any(|k| k.start <= s.start && k.end >= s.end);
            if !covered {
                kept.push(*s);
            }
        }
        out.truncate(first);
        out.extend(kept);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The built-in lexicon finds the same spans on an entered record (from the record's
        /// combined pass) as a copy of it that searches on its own, on texts and their slices.
        #[test]
        fn combined_pass_gives_the_lexicon_its_own_spans(
            picks in proptest::collection::vec(proptest::num::usize::ANY, 1..30),
            cut in 0usize..200,
        ) {
            static OWN: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::build(SOURCES).unwrap());
            let own = &*OWN;
            let words: Vec<&str> = CUES
                .strings()
                .iter()
                .step_by(5)
                .map(String::as_str)
                .chain(["-", " ", ", ", "x", "'s", "ing", "\n", "E", "ED"])
                .collect();
            let text: String = picks
                .iter()
                .map(|&i| words[i % words.len()])
                .collect::<Vec<_>>()
                .join(" ");
            let _in = crate::detect::gate::enter(&text);
            let cut = crate::detect::phrases::ceil_boundary(&text, cut.min(text.len()));
            for t in [&text[..], &text[cut..], &text[..cut]] {
                let (mut a, mut b) = (Vec::new(), Vec::new());
                CUES.scan(t, &[(1, 4)], &mut a);
                own.scan(t, &[(1, 4)], &mut b);
                proptest::prop_assert_eq!(a, b, "{:?}", t);
            }
        }
    }

    fn kinds(text: &str) -> Vec<(String, &'static str)> {
        let mut v = Vec::new();
        CUES.scan(text, &[], &mut v);
        v.sort_by_key(|s| s.start);
        v.iter()
            .map(|s| (text[s.range()].to_string(), s.kind.as_str()))
            .collect()
    }

    #[test]
    fn built_in_lexicon_compiles() {
        assert!(CUES.len() > 1000, "only {} patterns", CUES.len());
    }

    #[test]
    fn hits_respect_word_boundaries() {
        let k = kinds("An awkward moment, then onward.");
        assert!(!k.iter().any(|(_, kind)| *kind == "ward_context"), "{k:?}");
        let k = kinds("Back on the ward today");
        assert!(k.iter().any(|(t, _)| t == "today"), "{k:?}");
    }

    #[test]
    fn case_sensitive_and_apostrophe_variants() {
        let mut v = Vec::new();
        CUES.scan("ed sheeran; in ED", &[], &mut v);
        let eds: Vec<_> = v
            .iter()
            .filter(|s| s.kind == SpanKind::ClinicalSetting)
            .collect();
        assert_eq!(eds.len(), 1);
        let k = kinds("with the patient’s permission");
        assert!(k.iter().any(|(_, kind)| *kind == "consent"), "{k:?}");
    }

    #[test]
    fn phrases_also_match_their_texting_spellings() {
        assert_eq!(
            texting_spellings("you were on my ward"),
            vec!["u were on my ward"]
        );
        assert_eq!(
            texting_spellings("I didn't realise you're"),
            vec![
                "I didn't realise ur",
                "I didnt realise ur",
                "I didnt realise youre"
            ]
        );
        assert!(texting_spellings("on my ward").is_empty());
        let k = kinds("didnt realise u were on my ward, i was ur anaesthetist");
        assert!(k.iter().any(|(t, _)| t == "ur anaesthetist"), "{k:?}");
        assert!(k.iter().any(|(t, _)| t == "u were on my ward"), "{k:?}");
    }

    #[test]
    fn malformed_sources_are_reported_with_their_line() {
        let e = Lexicon::build(&[("x.txt", "[no_such_kind]\nfoo")])
            .err()
            .unwrap();
        assert!(e.contains("x.txt:1"), "{e}");
        let e = Lexicon::build(&[("y.txt", "foo")]).err().unwrap();
        assert!(e.contains("y.txt:1"), "{e}");
    }

    #[test]
    fn masked_ranges_are_skipped() {
        let mut v = Vec::new();
        CUES.scan("today", &[(0, 5)], &mut v);
        assert!(v.is_empty());
    }
}

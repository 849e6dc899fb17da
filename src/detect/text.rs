//! Small, allocation-free helpers over UTF-8 text shared by the detectors: word boundaries, words
//! before and after a position, capitalisation, and the spans of links that number detectors must skip.
//!
//! Every function takes byte offsets and never slices off a char boundary, so detectors can hand them
//! offsets from Aho-Corasick or a digit scan without checking first.

/// A letter, digit or underscore: the characters a word is made of.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The char ending just before byte `i`, if any.
pub fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i)?.chars().next_back()
}

/// The char starting at byte `i`, if any.
pub fn char_after(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

/// True when no word character touches byte `i` from the left.
pub fn boundary_before(text: &str, i: usize) -> bool {
    !char_before(text, i).is_some_and(is_word_char)
}

/// True when no word character touches byte `i` from the right.
pub fn boundary_after(text: &str, i: usize) -> bool {
    !char_after(text, i).is_some_and(is_word_char)
}

/// Month and weekday names: capitalised words the name and place detectors never read as a name
/// (May, June and August included: missing those names is safer than reading dates as people).
pub const CALENDAR_NAMES: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A word of running text: letters and digits, with inner apostrophes and hyphens (`Mary's`,
/// `Stoke-on-Trent`, `O'Neill`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'t> {
    pub start: usize,
    pub end: usize,
    pub text: &'t str,
}

impl Word<'_> {
    /// First letter upper case (`Patel`, `St`, `JB`).
    pub fn is_capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// Every letter upper case and at least one letter (`JB`, `NHS`).
    pub fn is_upper(&self) -> bool {
        self.text.chars().any(char::is_alphabetic)
            && self
                .text
                .chars()
                .all(|c| !c.is_alphabetic() || c.is_uppercase())
    }

    pub fn is_numeric(&self) -> bool {
        !self.text.is_empty() && self.text.bytes().all(|b| b.is_ascii_digit())
    }

    /// The word lower-cased, with a typographic apostrophe made plain.
    pub fn lower(&self) -> String {
        self.text.to_lowercase().replace('’', "'")
    }
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-')
}

/// The word that ends at or before byte `pos`, skipping spaces and tabs (but not punctuation or line
/// breaks, which end a phrase). `None` when punctuation comes first.
pub fn word_before(text: &str, pos: usize) -> Option<Word<'_>> {
    let head = text.get(..pos)?;
    let trimmed = head.trim_end_matches([' ', '\t', '\u{a0}']);
    let end = trimmed.len();
    let mut start = end;
    let mut chars = trimmed.char_indices().rev().peekable();
    while let Some((i, c)) = chars.next() {
        let inner_joiner = is_joiner(c)
            && start == i + c.len_utf8()
            && chars.peek().is_some_and(|&(_, p)| is_word_char(p));
        if is_word_char(c) || inner_joiner {
            start = i;
        } else {
            break;
        }
    }
    (start < end).then(|| Word {
        start,
        end,
        text: &text[start..end],
    })
}

/// True when the word before byte `pos` ([`word_before`]), lower-cased, is one of `words`.
pub fn word_before_is(text: &str, pos: usize, words: &[&str]) -> bool {
    word_before(text, pos).is_some_and(|w| words.contains(&w.lower().as_str()))
}

/// The word that starts at or after byte `pos`, skipping spaces and tabs only.
pub fn word_after(text: &str, pos: usize) -> Option<Word<'_>> {
    let tail = text.get(pos..)?;
    let skipped = tail.len() - tail.trim_start_matches([' ', '\t', '\u{a0}']).len();
    let start = pos + skipped;
    let rest = text.get(start..)?;
    let mut end = start;
    let mut chars = rest.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let inner_joiner = is_joiner(c)
            && end == start + i
            && end > start
            && chars.peek().is_some_and(|&(_, n)| is_word_char(n));
        if is_word_char(c) || inner_joiner {
            end = start + i + c.len_utf8();
        } else {
            break;
        }
    }
    (start < end).then(|| Word {
        start,
        end,
        text: &text[start..end],
    })
}

/// Up to `n` words before `pos`, nearest first, stopping at punctuation.
pub fn words_before(text: &str, pos: usize, n: usize) -> Vec<Word<'_>> {
    let mut out = Vec::with_capacity(n);
    let mut at = pos;
    while out.len() < n {
        match word_before(text, at) {
            Some(w) => {
                at = w.start;
                out.push(w);
            }
            None => break,
        }
    }
    out
}

/// People in the writer's own circle, as they are introduced ("my daughter Ellie", "our neighbour").
#[rustfmt::skip]
const OWN_CIRCLE: &[&str] = &[
    "daughter", "son", "kid", "kids", "child", "children", "boy", "girl", "baby", "little", "mum",
    "mom", "mam", "dad", "mother", "father", "wife", "husband", "partner", "grandad", "grandpa",
    "grandma", "granny", "gran", "nan", "nana", "nanna", "niece", "nephew", "brother", "sister",
    "cousin", "aunt", "auntie", "uncle", "godson", "goddaughter", "neighbour", "neighbor", "friend",
    "mate", "pal", "dog", "cat", "puppy", "kitten", "horse", "eldest", "youngest", "twins",
    "stepson", "stepdaughter", "grandson", "granddaughter", "fiancé", "fiancée", "boyfriend",
    "girlfriend", "hubby", "bestie",
];

/// Relations whose names are also forms of address: "Uncle Raj", "Nana Joan".
#[rustfmt::skip]
const KIN_TITLES: &[&str] = &[
    "uncle", "auntie", "aunty", "aunt", "nan", "nana", "nanna", "grandad", "grandpa", "grandma",
    "granny", "gran", "cousin",
];

/// The first byte offset of `needle` (ASCII) in `text`, ignoring ASCII case, without copying `text`.
pub fn find_ascii_case_insensitive(text: &str, needle: &str) -> Option<usize> {
    let n = needle.as_bytes();
    let first = *n.first()?;
    let bytes = text.as_bytes();
    memchr::memchr2_iter(
        first.to_ascii_lowercase(),
        first.to_ascii_uppercase(),
        bytes,
    )
    .find(|&i| {
        bytes
            .get(i..i + n.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(n))
    })
}

/// True when the word at `start` follows a capitalised kinship title and so is a name: "Auntie
/// Bimbo", "Uncle Raj".
pub fn kin_title_before(text: &str, start: usize) -> bool {
    words_before(text, start, 1).first().is_some_and(|w| {
        w.is_capitalised() && w.end + 1 == start && KIN_TITLES.contains(&w.lower().as_str())
    })
}

/// True when the name starting at `start` is introduced as someone of the writer's own circle:
/// "my daughter Ellie", "our youngest, Toby", "my best friend Sam" (`my`/`our` and a relation within
/// the three words before it).
pub fn own_circle_before(text: &str, start: usize) -> bool {
    let head = text
        .get(..start)
        .map_or("", |h| h.trim_end_matches([' ', ',']));
    let words = words_before(text, head.len(), 3);
    // "Uncle Raj", "Auntie Pam", "Grandad Bill": a kinship title used as a name is family.
    let kin_title = words.first().is_some_and(|w| {
        w.is_capitalised() && w.end + 1 == start && KIN_TITLES.contains(&w.lower().as_str())
    });
    kin_title
        || words.iter().enumerate().any(|(i, w)| {
            OWN_CIRCLE.contains(&w.lower().as_str())
                && words[i + 1..]
                    .iter()
                    .any(|p| matches!(p.lower().as_str(), "my" | "our"))
        })
}

/// True when the word starting at `start` opens a sentence: only whitespace, and then the start of
/// the text, a line break or sentence punctuation, lie before it.
pub fn starts_sentence(text: &str, start: usize) -> bool {
    let Some(head) = text.get(..start) else {
        return false;
    };
    let trimmed = head.trim_end_matches([' ', '\t', '\u{a0}', '"', '“', '(']);
    match trimmed.chars().next_back() {
        None => true,
        Some(c) => matches!(
            c,
            '.' | '!' | '?' | '\n' | '\r' | ':' | '…' | '-' | '–' | '—'
        ),
    }
}

/// Byte ranges of links (`http://…`, `https://…`, `www.…`) up to the next whitespace. Number detectors
/// skip these so a tweet id in a URL is never read as an NHS number.
pub fn link_ranges(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(off) = memchr::memchr2(b'h', b'w', &bytes[i..]) {
        let s = i + off;
        let rest = &bytes[s..];
        let is_link = (rest.len() >= 7 && rest[..7].eq_ignore_ascii_case(b"http://"))
            || (rest.len() >= 8 && rest[..8].eq_ignore_ascii_case(b"https://"))
            || (rest.len() >= 4
                && rest[..4].eq_ignore_ascii_case(b"www.")
                && boundary_before(text, s));
        if is_link {
            let e = bytes[s..]
                .iter()
                .position(|b| b.is_ascii_whitespace())
                .map_or(bytes.len(), |p| s + p);
            out.push((s, e));
            i = e;
        } else {
            i = s + 1;
        }
        if i >= bytes.len() {
            break;
        }
    }
    out
}

/// True when `pos` falls inside one of `ranges` (sorted, non-overlapping).
pub fn inside(ranges: &[(usize, usize)], pos: usize) -> bool {
    ranges.iter().any(|&(s, e)| pos >= s && pos < e)
}

/// Round `i` down to a char boundary of `text`.
pub fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Round `i` up to a char boundary of `text`.
pub fn ceil_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {

    #[test]
    fn the_writers_own_circle() {
        let t = "My daughter Ellie lost a tooth; our eldest, Toby, did too. Jack is fine";
        let at = |w: &str| t.find(w).unwrap();
        assert!(super::own_circle_before(t, at("Ellie")));
        assert!(super::own_circle_before(t, at("Toby")));
        assert!(!super::own_circle_before(t, at("Jack")));
        assert!(!super::own_circle_before("your dad Graham", 9));
    }

    use super::*;

    #[test]
    fn words_walk_over_apostrophes_and_hyphens() {
        let t = "at St Mary's Hospital, Stoke-on-Trent";
        let h = t.find("Hospital").unwrap();
        let w: Vec<_> = words_before(t, h, 3).iter().map(|w| w.text).collect();
        assert_eq!(w, ["Mary's", "St", "at"]);
        assert_eq!(word_after(t, h + 9).unwrap().text, "Stoke-on-Trent");
        assert_eq!(word_after(t, t.len()), None);
        assert_eq!(word_before(t, 0), None);
    }

    #[test]
    fn punctuation_stops_the_walk() {
        let t = "busy. Hospital";
        let h = t.find("Hospital").unwrap();
        assert!(words_before(t, h, 3).is_empty());
        assert!(starts_sentence(t, h));
        assert!(!starts_sentence("the Royal", 4));
    }

    #[test]
    fn links_are_found_and_masked() {
        let t = "see https://x.com/a/status/9434765919 and www.nhs.uk, not awww.";
        let r = link_ranges(t);
        assert_eq!(r.len(), 2);
        assert!(inside(&r, t.find("9434").unwrap()));
        assert!(!inside(&r, t.find("awww").unwrap()));
    }

    #[test]
    fn boundaries_respect_multibyte_chars() {
        let t = "é9";
        assert!(!boundary_before(t, 2));
        assert_eq!(floor_boundary(t, 1), 0);
        assert_eq!(ceil_boundary(t, 1), 2);
    }
}

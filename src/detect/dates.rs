//! Dates, dates of birth and ages.
//!
//! HIPAA's Safe Harbor list (RULES-FACTS §1.7) treats every element of a date tied to a person
//! (birth, admission, death) except the year as an identifier, and every age over 89. In UK clinical
//! shorthand an age usually travels with a sex (`67M`, `a 4yo girl`, `72-year-old woman`): that pair
//! is the commonest quasi-identifier in a doctor's post about a patient.
//!
//! Numeric dates are read day-first (UK) but accepted month-first when the first number cannot be a
//! month; written dates start from a month name in the lexicon and read the day and year around it.
//! A date becomes a date of birth when `DOB`, `born` or `date of birth` comes right before it.

use super::numbers::Run;
use super::text::{boundary_after, boundary_before, char_before, word_after, word_before};
use super::{Span, SpanKind};

fn valid_dm(day: u64, month: u64) -> bool {
    (1..=31).contains(&day) && (1..=12).contains(&month)
}

/// `03/04/1957`, `3.4.57`, `2023-04-03`, `12-11-2020`.
pub fn detect_numeric(text: &str, runs: &[Run], spans: &mut Vec<Span>) {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    for (i, a) in runs.iter().enumerate() {
        let (Some(b), Some(c)) = (runs.get(i + 1), runs.get(i + 2)) else {
            continue;
        };
        let (Some(&s1), Some(&s2)) = (bytes.get(a.end), bytes.get(b.end)) else {
            continue;
        };
        if b.start != a.end + 1
            || c.start != b.end + 1
            || s1 != s2
            || !matches!(s1, b'/' | b'.' | b'-')
        {
            continue;
        }
        if !boundary_before(text, a.start) || !boundary_after(text, c.end) {
            continue;
        }
        if matches!(bytes.get(c.end), Some(b'/' | b'.' | b'-'))
            && bytes.get(c.end + 1).is_some_and(u8::is_ascii_digit)
        {
            continue;
        }
        let (Some(x), Some(y), Some(z)) = (a.value(text), b.value(text), c.value(text)) else {
            continue;
        };
        let ok = if a.len() == 4 {
            // ISO: yyyy-mm-dd
            (1900..=2100).contains(&x) && b.len() <= 2 && c.len() <= 2 && valid_dm(z, y)
        } else {
            a.len() <= 2
                && b.len() <= 2
                && (c.len() == 2 || (c.len() == 4 && (1900..=2100).contains(&z)))
                && (valid_dm(x, y) || valid_dm(y, x))
        };
        if ok {
            found.push(Span::new(a.start, c.end, SpanKind::Date));
        }
    }
    spans.extend(found);
}

fn is_month_word(w: &str) -> bool {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let l = w.to_ascii_lowercase();
    MONTHS
        .iter()
        .any(|m| *m == l || (l.len() >= 3 && m.starts_with(&l)))
}

/// A day number with an optional ordinal suffix (`3`, `3rd`, `21st`).
fn day_of(word: &str) -> Option<u64> {
    let digits: String = word.chars().take_while(char::is_ascii_digit).collect();
    let suffix = &word[digits.len()..];
    if digits.is_empty()
        || digits.len() > 2
        || !matches!(
            suffix.to_ascii_lowercase().as_str(),
            "" | "st" | "nd" | "rd" | "th"
        )
    {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

fn year_of(word: &str) -> Option<u64> {
    let w = word.trim_start_matches(['\'', '’']);
    (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
        .then(|| w.parse().ok())
        .flatten()
        .filter(|y| (1900..=2100).contains(y))
}

/// `3rd April 1957`, `3 Apr 57`, `April 3rd, 1957`, `the 3rd of April`, `March 2019`.
pub fn detect_written(text: &str, spans: &mut Vec<Span>) {
    let months: Vec<Span> = spans
        .iter()
        .filter(|s| s.kind == SpanKind::MonthName)
        .copied()
        .collect();
    for m in months {
        let (ms, me) = (m.start as usize, m.end as usize);
        if !is_month_word(&text[ms..me]) {
            continue;
        }
        let mut start = ms;
        let mut end = me;
        let mut has_day = false;
        let mut has_year = false;
        // Day before: "3rd April", "3rd of April".
        let mut back = word_before(text, ms);
        if back.is_some_and(|w| w.text.eq_ignore_ascii_case("of")) {
            back = back.and_then(|w| word_before(text, w.start));
        }
        if let Some(w) = back.filter(|w| day_of(w.text).is_some()) {
            start = w.start;
            has_day = true;
        }
        // Day and/or year after: "April 3rd, 1957", "April 1957".
        let after_comma = |pos: usize| -> usize {
            let rest = &text[pos..];
            let t = rest.trim_start_matches([' ', ',']);
            pos + (rest.len() - t.len())
        };
        if let Some(w) = word_after(text, after_comma(me)) {
            if !has_day && day_of(w.text).is_some() {
                end = w.end;
                has_day = true;
                if let Some(y) =
                    word_after(text, after_comma(w.end)).filter(|y| year_of(y.text).is_some())
                {
                    end = y.end;
                    has_year = true;
                }
            } else if year_of(w.text).is_some() {
                end = w.end;
                has_year = true;
            } else if has_day && w.text.len() == 2 && w.text.bytes().all(|b| b.is_ascii_digit()) {
                end = w.end; // "3 Apr 57"
                has_year = true;
            }
        }
        // A bare apostrophe year: "April '57".
        if !has_year {
            let rest = text[end..].trim_start_matches(' ');
            let digits: String = rest
                .chars()
                .skip(1)
                .take_while(char::is_ascii_digit)
                .collect();
            if rest.starts_with(['\'', '’']) && digits.len() == 2 {
                end = text.len() - rest.len() + rest.chars().next().map_or(1, char::len_utf8) + 2;
                has_year = true;
            }
        }
        // "may" and "march" are verbs too: only capitalised do they name a month.
        let verb_like =
            text[ms..me].eq_ignore_ascii_case("may") || text[ms..me].eq_ignore_ascii_case("march");
        if verb_like && !text[ms..].starts_with(char::is_uppercase) {
            continue;
        }
        if has_day || has_year {
            spans.push(Span::new(start, end, SpanKind::Date));
        }
    }
    detect_dob(text, spans);
}

/// A date (or a year after `born in`) right after a date-of-birth word.
fn detect_dob(text: &str, spans: &mut Vec<Span>) {
    let ctx: Vec<Span> = spans
        .iter()
        .filter(|s| s.kind == SpanKind::DobContext)
        .copied()
        .collect();
    let mut found = Vec::new();
    for c in ctx {
        let ce = c.end as usize;
        let date = spans
            .iter()
            .filter(|s| {
                s.kind == SpanKind::Date && s.start as usize >= ce && s.start as usize <= ce + 12
            })
            .filter(|s| {
                let between = text
                    .get(ce..s.start as usize)
                    .unwrap_or("x")
                    .to_ascii_lowercase();
                between
                    .trim_matches(|ch: char| {
                        ch.is_whitespace() || matches!(ch, ':' | '-' | '=' | '(' | ',')
                    })
                    .is_empty()
                    || matches!(between.trim(), "on" | "on the" | "is" | ":")
            })
            .max_by_key(|s| s.end);
        if let Some(d) = date {
            found.push(Span::new(
                c.start as usize,
                d.end as usize,
                SpanKind::DateOfBirth,
            ));
            continue;
        }
        // "born in 1957"
        if let Some(w) = word_after(text, ce).filter(|w| w.text.eq_ignore_ascii_case("in")) {
            if let Some(y) = word_after(text, w.end).filter(|y| year_of(y.text).is_some()) {
                found.push(Span::new(c.start as usize, y.end, SpanKind::DateOfBirth));
            }
        }
    }
    spans.extend(found);
}

#[rustfmt::skip]
const SEX_AFTER: &[&str] = &[
    "man", "woman", "male", "female", "lady", "gentleman", "gent", "boy", "girl", "guy", "chap",
    "lad", "bloke", "son", "daughter", "mum", "dad", "mother", "father", "grandmother",
    "grandfather", "gran", "grandma", "grandad", "granny", "nan", "wife", "husband", "lass",
    "fella", "baby", "infant", "toddler", "teenager", "patient", "pt",
];

fn is_sex_word(w: &str) -> bool {
    let l = w.to_lowercase();
    let l = l.trim_end_matches('s');
    matches!(l, "m" | "f") || SEX_AFTER.contains(&l) || l == "femal" || l == "mal"
}

fn sexed(w: &str) -> bool {
    let l = w.to_lowercase();
    !(l.starts_with("patient")
        || l == "pt"
        || l.starts_with("baby")
        || l.starts_with("infant")
        || l.starts_with("toddler")
        || l.starts_with("teenager"))
}

/// Unit words after a number that make it an age.
fn age_suffix(text: &str, end: usize) -> Option<usize> {
    let rest = &text[end..];
    let lower: String = rest
        .chars()
        .take(24)
        .collect::<String>()
        .to_lowercase()
        .replace('’', "'");
    #[rustfmt::skip]
    const FORMS: &[&str] = &[
        "-year-old", " year old", " years old", "-years-old", " year-old", "yr old", " yr old",
        "-yr-old", " yrs old", "yrs old", "yo", " yo", "y/o", " y/o", "y.o.", " y.o.", "yr-old",
        "-month-old", " month old", " months old", "-week-old", " week old", " weeks old",
        "-day-old", " day old", " days old", "/12 old", " weeker", "-weeker", "weeker",
        " week baby", " week twins", " week prem", " weeks gestation", "/40",
    ];
    FORMS
        .iter()
        .filter(|f| lower.starts_with(*f))
        .map(|f| f.len())
        .max()
        .map(|len| end + len)
        .filter(|&e| {
            text.is_char_boundary(e) && (boundary_after(text, e) || text[..e].ends_with('.'))
        })
}

/// Nouns after an age word that make it a field of care rather than a person's age: "newborn
/// genomics", "newborn screening", "adolescent psychiatry services".
const FIELD_OF_CARE: &[&str] = &[
    "genomics",
    "screening",
    "medicine",
    "services",
    "service",
    "health",
    "psychiatry",
    "research",
    "hearing",
    "pathway",
    "programme",
    "program",
    "nursing",
    "outcomes",
    "mortality",
    "genetics",
];

/// Ages and age+sex: `67M`, `72-year-old woman`, `a 4yo girl`, `aged 67`, `woman, 34`, and age
/// words from the lexicon (`in her 80s`, `nonagenarian`).
pub fn detect_ages(text: &str, runs: &[Run], spans: &mut Vec<Span>) {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    for r in runs {
        if r.len() > 3 || !boundary_before(text, r.start) {
            continue;
        }
        if char_before(text, r.start)
            .is_some_and(|c| matches!(c, '£' | '$' | '€' | '#' | '/' | '.' | ':' | '+' | '-' | 'x'))
        {
            continue;
        }
        let Some(age) = r.value(text).filter(|&a| a <= 120) else {
            continue;
        };
        // "67M" / "34F": upper-case letter glued to the number, word ends there, and clinical
        // shorthand around it ("a 67M with…", "34F, fall").
        if let Some(&c) = bytes.get(r.end) {
            if (c == b'M' || c == b'F') && boundary_after(text, r.end + 1) && age >= 1 {
                let next = word_after(text, r.end + 1)
                    .map(|w| w.lower())
                    .unwrap_or_default();
                let next_char = text[r.end + 1..].chars().next();
                let prev = word_before(text, r.start).map(|w| w.lower());
                let vetoed = matches!(
                    next.as_str(),
                    "views"
                        | "people"
                        | "users"
                        | "followers"
                        | "pounds"
                        | "budget"
                        | "deal"
                        | "contract"
                        | "fans"
                        | "downloads"
                        | "streams"
                        | "subscribers"
                        | "dollars"
                        | "euros"
                        | "train"
                        | "bus"
                        | "floor"
                ) || prev.as_deref().is_some_and(|p| {
                    matches!(
                        p,
                        "raised"
                            | "worth"
                            | "cost"
                            | "costs"
                            | "funding"
                            | "over"
                            | "than"
                            | "floor"
                            | "level"
                            | "size"
                    )
                });
                let prev_ok = prev.as_deref().is_none_or(|p| {
                    matches!(
                        p,
                        "a" | "an"
                            | "the"
                            | "this"
                            | "our"
                            | "my"
                            | "saw"
                            | "seen"
                            | "had"
                            | "have"
                            | "pt"
                            | "patient"
                            | "with"
                            | "yesterday"
                            | "today"
                            | "tonight"
                    )
                });
                let next_ok = next_char.is_none_or(|ch| {
                    matches!(
                        ch,
                        ',' | '.' | ';' | ':' | ')' | '!' | '?' | '\n' | '-' | '–'
                    )
                }) || matches!(
                    next.as_str(),
                    "with"
                        | "w"
                        | "c"
                        | "presenting"
                        | "presented"
                        | "presents"
                        | "pres"
                        | "admitted"
                        | "brought"
                        | "who"
                        | "known"
                        | "fell"
                        | "found"
                        | "collapsed"
                        | "having"
                        | "had"
                        | "in"
                        | "on"
                        | "post"
                        | "pmh"
                        | "pmhx"
                        | "hx"
                        | "after"
                        | "from"
                        | "attended"
                        | "attends"
                        | "came"
                        | "rolled"
                        | "bib"
                        | "history"
                        | "and"
                        | "smoker"
                        | "nonsmoker"
                        | "ex"
                        | "previously"
                        | "otherwise"
                );
                if !vetoed && (prev_ok || next_ok) && !text[r.end + 1..].starts_with('°') {
                    found.push(Span::new(r.start, r.end + 1, SpanKind::AgeSex));
                    continue;
                }
            }
        }
        // Obituary and handover style: "Reg Thornton, 91, the voice of…"; a child's age only after
        // a known forename ("Little Maisie, 4, beat her leukaemia").
        let after_forename = || {
            spans.iter().any(|s| {
                s.kind == SpanKind::Forename
                    && s.end as usize + 2 == r.start
                    && !super::text::own_circle_before(text, s.start as usize)
            })
        };
        if r.start >= 2
            && &bytes[r.start - 2..r.start] == b", "
            && matches!(bytes.get(r.end), Some(b',') | Some(b'.'))
            && ((18..=110).contains(&age) || (1..18).contains(&age) && after_forename())
            && word_before(text, r.start - 2).is_some_and(|w| w.is_capitalised())
        {
            found.push(Span::new(r.start, r.end, SpanKind::Age));
            continue;
        }
        // Handover style: "Mr Evans (89)".
        if r.start >= 1
            && bytes[r.start - 1] == b'('
            && bytes.get(r.end) == Some(&b')')
            && (1..=110).contains(&age)
            && word_before(text, r.start - 1).is_some_and(|w| w.is_capitalised())
        {
            found.push(Span::new(r.start, r.end, SpanKind::Age));
            continue;
        }
        let mut start = r.start;
        let mut end = None;
        if let Some(e) = age_suffix(text, r.end) {
            end = Some(e);
        } else if let Some(w) = word_before(text, r.start) {
            if matches!(w.lower().as_str(), "aged" | "age" | "ages") {
                start = w.start;
                end = Some(r.end);
            }
        }
        // "she was 97", "he's 89", "the patient is 34": a pronoun or person and a copula before a bare
        // number that is not followed by a unit.
        if end.is_none() {
            if let Some(w1) = word_before(text, r.start) {
                let l1 = w1.lower();
                let w2 = word_before(text, w1.start)
                    .map(|w| w.lower())
                    .unwrap_or_default();
                let person = matches!(
                    w2.as_str(),
                    "she"
                        | "he"
                        | "who"
                        | "patient"
                        | "lady"
                        | "man"
                        | "woman"
                        | "gent"
                        | "gentleman"
                        | "girl"
                        | "boy"
                );
                // "she's 97", "Harold in bed 6 who's 100 today".
                let contracted =
                    matches!(l1.as_str(), "she's" | "he's" | "who's" | "whos" | "who’s");
                let copula = matches!(l1.as_str(), "was" | "is") && person;
                let next = word_after(text, r.end)
                    .map(|w| w.lower())
                    .unwrap_or_default();
                let unit = matches!(
                    next.as_str(),
                    "minutes"
                        | "mins"
                        | "min"
                        | "hours"
                        | "hrs"
                        | "days"
                        | "weeks"
                        | "months"
                        | "times"
                        | "pounds"
                        | "kg"
                        | "miles"
                        | "stone"
                        | "percent"
                        | "cm"
                        | "mm"
                        | "ml"
                        | "mg"
                        | "units"
                        | "points"
                        | "degrees"
                        | "of"
                        | "x"
                ) || text[r.end..].starts_with(['%', '.', ':', '/'])
                    && text[r.end..]
                        .chars()
                        .nth(1)
                        .is_some_and(|c| c.is_ascii_digit());
                if (contracted || copula) && !unit && (16..=110).contains(&age) {
                    let female = l1.starts_with("she")
                        || matches!(w2.as_str(), "she" | "lady" | "woman" | "girl");
                    let male = l1.starts_with("he")
                        || matches!(w2.as_str(), "he" | "man" | "gent" | "gentleman" | "boy");
                    let kind = if female || male {
                        SpanKind::AgeSex
                    } else {
                        SpanKind::Age
                    };
                    let start = if contracted {
                        w1.start
                    } else {
                        word_before(text, w1.start).map_or(w1.start, |w| w.start)
                    };
                    found.push(Span::new(start, r.end, kind));
                    continue;
                }
            }
        }
        // "woman, 34," / "man (67)": sex word right before a bare number followed by a comma/paren.
        if end.is_none() {
            let head = text[..r.start].trim_end_matches([' ', ',', '(']);
            let after = bytes.get(r.end).copied();
            if head.len() < r.start && matches!(after, Some(b',' | b')' | b';')) {
                if let Some(w) = word_before(text, head.len())
                    .filter(|w| is_sex_word(w.text) && sexed(w.text) && w.text.len() > 1)
                {
                    found.push(Span::new(w.start, r.end, SpanKind::AgeSex));
                    continue;
                }
            }
        }
        let Some(mut e) = end else { continue };
        // A bound on a group ("aged 65 and over", "18 or under", "aged 40+") is eligibility, not
        // one person's age.
        if age_bound_follows(text, e) {
            continue;
        }
        // Sex after ("72-year-old woman") or right before ("a man aged 67").
        let mut kind = SpanKind::Age;
        if let Some(w) = word_after(text, e).filter(|w| is_sex_word(w.text) && w.text.len() > 1) {
            if sexed(w.text) {
                kind = SpanKind::AgeSex;
                e = w.end;
            }
        }
        if kind == SpanKind::Age && start != r.start {
            if let Some(w) = word_before(text, start)
                .filter(|w| is_sex_word(w.text) && sexed(w.text) && w.text.len() > 1)
            {
                kind = SpanKind::AgeSex;
                start = w.start;
            }
        }
        let _ = age;
        found.push(Span::new(start, e, kind));
    }
    // Lexicon age words ("in her 80s", "nonagenarian") become ages, with a sex when one is next.
    let words: Vec<Span> = spans
        .iter()
        .filter(|s| s.kind == SpanKind::AgeContext)
        .copied()
        .collect();
    for w in words {
        let mut kind = SpanKind::Age;
        let mut end = w.end as usize;
        let t = w.text(text).to_lowercase();
        // "People in their 20s and 30s": a group's ages, not one person's.
        if t.contains("their ") && group_before(text, w.start as usize) {
            continue;
        }
        // "A talk on newborn genomics", "adolescent psychiatry": an age naming a field of care.
        if word_after(text, end).is_some_and(|n| FIELD_OF_CARE.contains(&n.lower().as_str())) {
            continue;
        }
        if t.contains("her ") || t.contains("his ") {
            kind = SpanKind::AgeSex;
        }
        if let Some(n) = word_after(text, end)
            .filter(|n| is_sex_word(n.text) && sexed(n.text) && n.text.len() > 1)
        {
            kind = SpanKind::AgeSex;
            end = n.end;
        }
        found.push(Span::new(w.start as usize, end, kind));
    }
    decade_ages(text, &mut found);
    // Drop an age inside a longer age+sex span found from the same number.
    found.sort_by_key(|s| (s.start, std::cmp::Reverse(s.end)));
    let mut kept: Vec<Span> = Vec::new();
    for s in found {
        if !kept.iter().any(|k| k.start <= s.start && k.end >= s.end) {
            kept.push(s);
        }
    }
    spans.extend(kept);
}

/// A plural group just before an age phrase: "people in their 20s", "most women in their 40s".
fn group_before(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("").trim_end().to_ascii_lowercase();
    let word = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    matches!(
        word,
        "people"
            | "adults"
            | "patients"
            | "women"
            | "men"
            | "those"
            | "kids"
            | "children"
            | "folk"
            | "folks"
            | "anyone"
            | "everyone"
            | "many"
            | "most"
            | "couples"
            | "parents"
            | "mums"
            | "dads"
    )
}

/// Nouns a decade number counts rather than ages: "20-odd years in practice", "40-ish patients".
const COUNTED: &[&str] = &[
    "yrs",
    "years",
    "year",
    "yr",
    "months",
    "weeks",
    "days",
    "hours",
    "hrs",
    "mins",
    "minutes",
    "patients",
    "pts",
    "people",
    "miles",
    "quid",
    "pounds",
    "times",
    "shifts",
    "nights",
    "staff",
    "colleagues",
    "beds",
    "calls",
    "referrals",
    "kids",
    "members",
    "of",
];

/// Decade ages as clinicians write them: "40-something bloke", "a 30-odd woman", "40s F", "(50s,
/// Polish)". A bare "the 80s" is a period of history, so a decade needs a sex, a person word, an
/// "-something"/"-odd" suffix or a bracketed aside to count as an age.
fn decade_ages(text: &str, found: &mut Vec<Span>) {
    static DECADE: std::sync::LazyLock<super::gate::Regex> = std::sync::LazyLock::new(|| {
        super::gate::Regex::new(
            r"(?i)\b([1-9]0)(?:\s?-\s?(?:something|odd|ish)|'?s)\b(?:\s*,?\s*(m|f|male|female|man|woman|men|women|lady|bloke|guy|gent|gentleman|chap|fella|fellow|lad|girl|boy|mum|dad|father|mother)\b)?",
        )
        .expect("valid regex")
    });
    for m in DECADE.captures_iter(text) {
        let (Some(all), Some(_)) = (m.get(0), m.get(1)) else {
            continue;
        };
        let suffixed =
            all.as_str().contains('-') || all.as_str().to_ascii_lowercase().contains("ish");
        let sex = m.get(2);
        let before = text[..all.start()].trim_end();
        let after = text[all.end()..].trim_start();
        let prev_word = before
            .rsplit(|c: char| !c.is_alphanumeric() && c != '\'')
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        let period = matches!(
            prev_word.as_str(),
            "the" | "early" | "late" | "mid" | "since" | "during" | "until"
        );
        let bracketed = before.ends_with('(') && after.starts_with([',', ')', ';']);
        let in_their = matches!(prev_word.as_str(), "her" | "his" | "their" | "my");
        if period || in_their {
            continue; // "in the 90s" is history; "in her 80s" is the age lexicon's
        }
        // "20-odd yrs as a GP", "30-something patients a day": a count of things, not an age.
        let counted = after
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .is_some_and(|w| COUNTED.contains(&w.to_ascii_lowercase().as_str()));
        if sex.is_none() && counted {
            continue;
        }
        if sex.is_some() {
            let sexed_word = sex
                .map(|s| s.as_str().to_ascii_lowercase())
                .unwrap_or_default();
            let kind = if matches!(sexed_word.as_str(), "guy" | "men" | "women") && !suffixed {
                SpanKind::Age
            } else {
                SpanKind::AgeSex
            };
            found.push(Span::new(all.start(), all.end(), kind));
        } else if suffixed || bracketed {
            found.push(Span::new(all.start(), all.end(), SpanKind::Age));
        }
    }
}

/// Ages said in passing with "at": a baby's gestation at birth, which marks one baby as clearly as
/// an age does ("born at 24+3", "arrived at 27 weeks"; said of a birth, never of a pregnancy in
/// general), and "who at 52 has…".
pub fn detect_ages_with_at(text: &str, runs: &[Run], spans: &mut Vec<Span>) {
    static GESTATION: std::sync::LazyLock<super::gate::Regex> = std::sync::LazyLock::new(|| {
        super::phrases::regex(
            r"(?i)\b(?:born|delivered|arrived|came)\s+(?:at|at\s+just)\s+(?:2[2-9]|3[0-6])(?:\s?\+\s?[0-6]\b|\s+weeks\b)",
        )
    });
    if runs.is_empty() || !text.contains(" at ") {
        return;
    }
    for m in GESTATION.find_iter(text) {
        spans.push(Span::new(m.start(), m.end(), SpanKind::AgeSex));
    }
    // "DW, deputy head…, who at 52 has just been given a diagnosis": an age told in passing.
    static WHO_AT: std::sync::LazyLock<super::gate::Regex> = std::sync::LazyLock::new(|| {
        super::phrases::regex(
            r"(?i)\b(?:who|she|he),?\s+at\s+(?:just\s+|only\s+)?([1-9]\d)\b,?\s+(?:has|had|is|was|got|found)\b",
        )
    });
    for c in WHO_AT.captures_iter(text) {
        if let Some(m) = c.get(1) {
            spans.push(Span::new(m.start(), m.end(), SpanKind::Age));
        }
    }
}

/// "and over", "or older", "+", "to 74" right after an age: a range that describes a group.
fn age_bound_follows(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("");
    if rest.starts_with('+') {
        return true;
    }
    let rest = rest.trim_start().to_ascii_lowercase();
    [
        "and over",
        "and above",
        "and older",
        "and under",
        "and below",
        "or over",
        "or above",
        "or older",
        "or under",
        "or younger",
        "and up",
    ]
    .iter()
    .any(|b| rest.starts_with(b))
        || ["to ", "- ", "-", "– ", "–", "— ", "—"].iter().any(|b| {
            rest.strip_prefix(b)
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        })
}

#[cfg(test)]
mod tests {
    use crate::detect::{Analysis, SpanKind};

    #[test]
    fn a_childs_age_after_a_forename_and_whos_ages() {
        assert_eq!(
            found("Little Maisie, 4, beat her leukaemia", SpanKind::Age),
            ["4"]
        );
        assert!(found("My daughter Ellie, 7, lost a tooth", SpanKind::Age).is_empty());
        assert!(found("Ward, 4, was closed", SpanKind::Age).is_empty());
        assert_eq!(
            found("Harold in bed 6 who's 100 today", SpanKind::Age),
            ["who's 100"]
        );
        assert!(found("the one who's 25 minutes late", SpanKind::Age).is_empty());
    }

    #[test]
    fn an_age_word_naming_a_field_of_care_is_not_an_age() {
        assert!(found(
            "thanks to everyone who came to my talk on newborn genomics",
            SpanKind::Age
        )
        .is_empty());
        assert!(found("new adolescent psychiatry services opening", SpanKind::Age).is_empty());
        assert_eq!(
            found("a newborn on the unit tonight", SpanKind::Age),
            ["newborn"]
        );
    }

    #[test]
    fn decade_ages_need_a_person_or_a_suffix() {
        assert_eq!(
            found("a 40-something bloke came in", SpanKind::AgeSex),
            ["40-something bloke"]
        );
        assert_eq!(
            found("Weird one: 40s F, new rash", SpanKind::AgeSex),
            ["40s F"]
        );
        assert_eq!(
            found("Patient (50s, retired) came in", SpanKind::Age),
            ["50s"]
        );
        assert!(found("music from the 80s is the best", SpanKind::Age).is_empty());
        assert!(found("flu clinic for patients aged 65 and over", SpanKind::Age).is_empty());
        assert!(found("UTIs in women aged 16–64, shingles", SpanKind::Age).is_empty());
        assert!(found("screening for those aged 50—74", SpanKind::Age).is_empty());
        assert_eq!(
            found(
                "RIP Reg Thornton, 91, the voice of the cricket club",
                SpanKind::Age
            )
            .len(),
            1
        );
        assert!(found("We won 3, 91, 4 at the quiz", SpanKind::Age).is_empty());
        assert!(found("screening for people aged 50 to 74", SpanKind::Age).is_empty());
        assert!(
            !found("a lady aged 65 with new AF", SpanKind::Age).is_empty()
                || !found("a lady aged 65 with new AF", SpanKind::AgeSex).is_empty()
        );
        assert!(found("back in the 90s, we", SpanKind::AgeSex).is_empty());
        assert!(found("temperatures in the 30s all week", SpanKind::Age).is_empty());
    }

    fn found(text: &str, kind: SpanKind) -> Vec<String> {
        Analysis::of_text(text)
            .of_kind(kind)
            .map(|s| s.text(text).to_string())
            .collect()
    }

    #[test]
    fn numeric_dates() {
        assert_eq!(found("on 03/04/1957.", SpanKind::Date), ["03/04/1957"]);
        assert_eq!(found("seen 2023-04-03", SpanKind::Date), ["2023-04-03"]);
        assert_eq!(found("seen 3.4.57", SpanKind::Date), ["3.4.57"]);
        assert_eq!(found("US 04/23/2020", SpanKind::Date), ["04/23/2020"]);
        for t in ["v1.2.3", "32/13/2020", "1/2/3/4", "score 10-40-45"] {
            assert!(found(t, SpanKind::Date).is_empty(), "{t}");
        }
    }

    #[test]
    fn written_dates() {
        assert_eq!(
            found("born 3rd April 1957 in", SpanKind::Date),
            ["3rd April 1957"]
        );
        assert_eq!(
            found("on April 3rd, 1957.", SpanKind::Date),
            ["April 3rd, 1957"]
        );
        assert_eq!(found("the 3rd of April", SpanKind::Date), ["3rd of April"]);
        assert_eq!(found("in March 2019", SpanKind::Date), ["March 2019"]);
        assert_eq!(found("3 Apr 57", SpanKind::Date), ["3 Apr 57"]);
        for t in ["you may 2 go", "may be", "we march on", "in April"] {
            assert!(found(t, SpanKind::Date).is_empty(), "{t}");
        }
    }

    #[test]
    fn dates_of_birth() {
        assert_eq!(
            found("DOB 03/04/1957", SpanKind::DateOfBirth),
            ["DOB 03/04/1957"]
        );
        assert_eq!(
            found("D.O.B: 3rd April 1957", SpanKind::DateOfBirth),
            ["D.O.B: 3rd April 1957"]
        );
        assert_eq!(
            found("she was born on 3 April 1957", SpanKind::DateOfBirth),
            ["born on 3 April 1957"]
        );
        assert_eq!(
            found("born in 1957", SpanKind::DateOfBirth),
            ["born in 1957"]
        );
        assert!(found("seen 03/04/2023, born to run", SpanKind::DateOfBirth).is_empty());
    }

    #[test]
    fn ages_and_sexes() {
        assert_eq!(found("67M with chest pain", SpanKind::AgeSex), ["67M"]);
        assert_eq!(found("a 4yo girl", SpanKind::AgeSex), ["4yo girl"]);
        assert_eq!(
            found("a 72-year-old woman", SpanKind::AgeSex),
            ["72-year-old woman"]
        );
        assert_eq!(found("a man aged 67", SpanKind::AgeSex), ["man aged 67"]);
        assert_eq!(found("woman, 34, with", SpanKind::AgeSex), ["woman, 34"]);
        assert_eq!(found("she's 92 years old", SpanKind::Age), ["92 years old"]);
        assert_eq!(found("a 6-week-old", SpanKind::Age), ["6-week-old"]);
        assert_eq!(found("a lady in her 80s", SpanKind::AgeSex), ["in her 80s"]);
        assert_eq!(
            found("She was 97. I'll take it", SpanKind::AgeSex),
            ["She was 97"]
        );
        assert_eq!(found("he's 89 and", SpanKind::AgeSex), ["he's 89"]);
        assert!(found("she was 5 minutes late", SpanKind::AgeSex).is_empty());
        assert_eq!(found("Mr Evans (89) went home", SpanKind::Age), ["89"]);
        assert!(found("see page (89) of", SpanKind::Age).is_empty());
        assert!(found("it was 20 past", SpanKind::Age).is_empty());
        for t in [
            "raised £5M",
            "67M views",
            "a 5 year plan",
            "for 20 years",
            "took 3F train",
            "v2M",
        ] {
            assert!(
                found(t, SpanKind::AgeSex).is_empty() && found(t, SpanKind::Age).is_empty(),
                "{t}"
            );
        }
    }

    #[test]
    fn a_groups_ages_are_not_one_persons() {
        assert!(found(
            "it's rising in people in their 20s and 30s across the UK",
            SpanKind::Age
        )
        .is_empty());
        assert!(!found("a lovely lady in her 80s on the ward", SpanKind::AgeSex).is_empty());
    }
}

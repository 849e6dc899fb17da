//! Places that narrow a story to one building, one ward or one bed: bed/bay/side-room/cubicle numbers,
//! named or numbered wards, hospital, GP-practice and trust names, school names, and street addresses.
//!
//! Each detector starts from a lexicon trigger (`bed`, `Ward`, `Hospital`, `Surgery`, `Road`…) and
//! reads the words next to it: a bed needs a number after it (and not `bed 2 hours`), a hospital needs
//! capitalised name words before it that are not all generic (`Royal`, `General`, `University` alone
//! do not name a hospital; `Leeds General Infirmary` does). UK naming patterns: "St X's Hospital",
//! "X General/Royal/University Hospital", "X Royal Infirmary", "X Medical Centre/Surgery/Health
//! Centre", "X NHS (Foundation) Trust", "X Primary School", "12 Acacia Avenue".

use super::phrases::PhraseSet;
use super::text::{starts_sentence, word_after, word_before, Word};
use super::{Span, SpanKind};
use crate::detect::gate::Regex;
use std::sync::LazyLock;

/// Words that can sit in an institution's name but do not name one on their own.
#[rustfmt::skip]
const GENERIC: &[&str] = &[
    "st", "st.", "saint", "royal", "general", "university", "universities", "district", "community",
    "teaching", "city", "county", "memorial", "children's", "childrens", "children", "women's",
    "womens", "national", "nhs", "mental", "psychiatric", "maternity", "cottage", "private", "the",
    "new", "old", "main", "local", "big", "busy", "my", "our", "your", "their", "his", "her",
    "this", "that", "a", "an", "every", "any", "another", "which", "what", "and", "&", "of",
    "foundation", "trust", "health", "healthcare", "hospitals", "hospital", "infirmary", "medical",
    "centre", "center", "surgery", "practice", "group", "family", "good", "clinical", "best",
    "primary", "care", "specialist", "regional", "field", "military", "veterinary", "vet", "dental",
    "eye", "day", "today", "yesterday", "tonight", "great", "lovely", "amazing", "brilliant",
    "awful", "terrible", "plastic", "cosmetic", "keyhole", "heart", "cardiac", "brain",
    "orthopaedic", "orthopedic", "vascular", "weight", "loss", "bariatric", "robotic", "spinal",
    "hip", "knee", "emergency", "minor", "major", "elective", "tooth", "laser", "back", "after",
    "before", "post", "pre", "more", "no", "some", "urgent", "walk-in", "independent", "acute",
    "partnership", "partners", "services", "service", "system", "integrated", "large", "small",
    "rural", "urban", "inner", "county's", "field", "covid", "one", "two", "all", "many", "most",
    "each", "same", "other", "is", "was", "hospice", "teaching", "usual", "nearest", "nearby",
    "regular", "gp", "gps", "nursing", "care", "home", "residential", "dementia", "board", "boards",
    "ambulance", "mental", "wellbeing", "in", "at", "on", "to", "from", "for", "i", "we", "you",
    "he", "she", "they", "it", "when", "where", "why", "how", "if", "so", "but", "just", "still",
    "also", "even", "only", "hey", "hi", "oh", "wow", "welcome", "thanks", "thank", "happy",
    "proud", "sad", "tired", "congratulations", "congrats", "love", "loved", "via",
];

fn generic(w: &Word) -> bool {
    let l = w.lower();
    GENERIC.contains(&l.as_str())
}

/// Capitalised name words right before `pos` (nearest last), with `of`, `and`, `&` allowed between
/// capitalised words. At most `max` words.
fn name_words_before(text: &str, pos: usize, max: usize) -> Vec<Word<'_>> {
    let mut words = Vec::new();
    let mut at = pos;
    while words.len() < max {
        let Some(w) = word_before(text, at) else {
            break;
        };
        let connector = matches!(w.text, "of" | "and" | "&");
        if !(w.is_capitalised() || connector) || w.is_numeric() {
            break;
        }
        words.push(w);
        at = w.start;
    }
    while words
        .last()
        .is_some_and(|w| matches!(w.text, "of" | "and" | "&"))
    {
        words.pop();
    }
    words.reverse();
    words
}

/// A name is real when some word is not generic, and a lone word opening a sentence is not the name.
fn names_something(text: &str, words: &[Word]) -> bool {
    let specific: Vec<&Word> = words.iter().filter(|w| !generic(w)).collect();
    match specific.as_slice() {
        [] => false,
        [only] if words.len() == 1 && starts_sentence(text, only.start) => false,
        _ => true,
    }
}

fn triggers(spans: &[Span], kind: SpanKind) -> Vec<Span> {
    spans.iter().filter(|s| s.kind == kind).copied().collect()
}

/// Bed, bay, ward, hospital, practice, trust, school and street spans.
pub fn detect(text: &str, spans: &mut Vec<Span>) {
    let mut found = Vec::new();
    beds(text, spans, &mut found);
    wards(text, spans, &mut found);
    institutions(text, spans, &mut found);
    schools(text, spans, &mut found);
    clubs(text, spans, &mut found);
    streets(text, spans, &mut found);
    localities(text, &mut found);
    // A short name from the lexicon ("Guy's") inside a full name read here ("Guy's and St Thomas'
    // hospital") is the same place.
    spans.retain(|s| {
        s.kind != SpanKind::HospitalName
            || !found
                .iter()
                .any(|f| f.kind == SpanKind::HospitalName && f.start <= s.start && f.end >= s.end)
    });
    spans.extend(found);
}

#[rustfmt::skip]
const NOT_A_BED_NUMBER: &[&str] = &[
    "hours", "hour", "hrs", "hr", "h", "mins", "min", "minutes", "am", "pm", "days", "day",
    "nights", "night", "weeks", "week", "months", "years", "o'clock", "times", "x", "more", "sec",
    "secs", "seconds",
];

fn beds(text: &str, spans: &[Span], out: &mut Vec<Span>) {
    for t in triggers(spans, SpanKind::BedContext) {
        let mut pos = t.end as usize;
        let rest = &text[pos..];
        let trimmed = rest.trim_start_matches([' ', '#', ':', '-']);
        pos += rest.len() - trimmed.len();
        if pos == t.end as usize
            && !rest.is_empty()
            && !rest.starts_with(|c: char| c.is_ascii_digit())
        {
            continue;
        }
        for prefix in ["no. ", "no.", "no ", "number "] {
            if text[pos..].to_ascii_lowercase().starts_with(prefix) {
                pos += prefix.len();
                break;
            }
        }
        let Some(w) = word_after(text, pos).filter(|w| w.start == pos) else {
            continue;
        };
        let digits: String = w.text.chars().take_while(char::is_ascii_digit).collect();
        let suffix = &w.text[digits.len()..];
        let numbered = !digits.is_empty()
            && digits.len() <= 2
            && (suffix.is_empty()
                || (suffix.len() == 1 && suffix.chars().all(|c| c.is_ascii_alphabetic())));
        let lettered = digits.is_empty()
            && w.text.len() == 1
            && w.text.chars().all(|c| c.is_ascii_uppercase())
            && w.text != "I";
        if !(numbered || lettered) {
            continue;
        }
        if let Some(next) = word_after(text, w.end) {
            if NOT_A_BED_NUMBER.contains(&next.lower().as_str()) {
                continue;
            }
        }
        if text[w.end..].starts_with(['%', '/', '.'])
            && text[w.end..]
                .chars()
                .nth(1)
                .is_some_and(|c| c.is_ascii_digit())
        {
            continue;
        }
        out.push(Span::new(t.start as usize, w.end, SpanKind::BedRef));
    }
}

#[rustfmt::skip]
const WARD_TYPES: &[&str] = &[
    "children's", "childrens", "maternity", "labour", "stroke", "surgical", "medical", "covid",
    "acute", "geriatric", "elderly", "psychiatric", "paediatric", "pediatric", "cardiac", "renal",
    "oncology", "respiratory", "orthopaedic", "general", "private", "day", "side", "main",
    "postnatal", "antenatal", "isolation", "the", "my", "our", "a", "this", "that", "busy", "same",
    "mental", "health", "hospital", "nhs", "dementia", "female", "male", "womens", "women's",
    "mens", "men's", "adult", "neonatal", "surgery", "trauma", "gynae", "haematology", "frailty",
    "rehab", "admissions", "assessment",
];

fn wards(text: &str, spans: &[Span], out: &mut Vec<Span>) {
    for t in triggers(spans, SpanKind::WardContext) {
        let (ts, te) = (t.start as usize, t.end as usize);
        if spans
            .iter()
            .any(|s| s.kind == SpanKind::TitlePerson || s.kind == SpanKind::TitleColleague)
        {
            if let Some(prev) = word_before(text, ts) {
                if spans.iter().any(|s| {
                    (s.kind == SpanKind::TitlePerson || s.kind == SpanKind::TitleColleague)
                        && s.start as usize == prev.start
                }) {
                    continue; // "Dr Ward", "Mrs Ward"
                }
            }
        }
        // "Ward 7B", "ward C12", "wd 4"
        if let Some(w) = word_after(text, te).filter(|w| w.start <= te + 2) {
            let digits = w.text.chars().filter(char::is_ascii_digit).count();
            let letters = w.text.chars().filter(|c| c.is_ascii_alphabetic()).count();
            let token = w.text.len() <= 4
                && ((digits >= 1 && letters <= 1)
                    || (letters == 1
                        && digits == 0
                        && w.text.chars().all(|c| c.is_ascii_uppercase())
                        && w.text != "I"));
            let next_is_unit = word_after(text, w.end)
                .is_some_and(|n| NOT_A_BED_NUMBER.contains(&n.lower().as_str()));
            if token && !next_is_unit {
                out.push(Span::new(ts, w.end, SpanKind::WardRef));
                continue;
            }
        }
        // "on Nightingale Ward", "Keats ward"
        let names = name_words_before(text, ts, 3);
        let specific = names
            .iter()
            .any(|w| !WARD_TYPES.contains(&w.lower().as_str()) && !generic(w));
        if names.is_empty() || !specific {
            continue;
        }
        let lower_suffix = text[ts..te].starts_with(|c: char| c.is_lowercase());
        let lead = word_before(text, names[0].start).map(|w| w.lower());
        let placed = matches!(
            lead.as_deref(),
            Some("on" | "to" | "at" | "from" | "in" | "the" | "onto" | "off" | "into")
        );
        if lower_suffix || placed {
            out.push(Span::new(names[0].start, te, SpanKind::WardRef));
        }
    }
}

fn institutions(text: &str, spans: &[Span], out: &mut Vec<Span>) {
    let kinds = [
        (SpanKind::InstitutionHospital, SpanKind::HospitalName),
        (SpanKind::InstitutionPractice, SpanKind::PracticeName),
        (SpanKind::InstitutionTrust, SpanKind::TrustName),
    ];
    for (trigger, kind) in kinds {
        for t in triggers(spans, trigger) {
            let (ts, te) = (t.start as usize, t.end as usize);
            let general = text[ts..te].eq_ignore_ascii_case("general");
            if general && !general_names_a_hospital(text, ts, te) {
                continue;
            }
            // "St Mary's Hospital" with a lower-case suffix is fine; lower-case name words are not.
            let names = name_words_before(text, ts, 5);
            // A capitalised "General" after a name is the name even opening a sentence
            // ("Northfield General, go and look").
            let named = if general {
                names.iter().any(|w| !generic(w))
            } else {
                names_something(text, &names)
            };
            if names.is_empty() || !named {
                continue;
            }
            if kind == SpanKind::PracticeName {
                let suffix = text[ts..te].to_lowercase();
                let weak_suffix = suffix == "surgery" || suffix == "practice";
                let lead = word_before(text, names[0].start).map(|w| w.lower());
                let placed = matches!(
                    lead.as_deref(),
                    Some("at" | "from" | "to" | "the" | "our" | "my" | "@")
                );
                let specific = names.iter().filter(|w| !generic(w)).count();
                if weak_suffix && !(placed || specific >= 2) {
                    continue;
                }
                if weak_suffix && !text[ts..te].starts_with(char::is_uppercase) {
                    continue;
                }
            }
            out.push(Span::new(names[0].start, te, kind));
        }
    }
}

/// Ranks and offices that end in "General" ("the Attorney General", "Major General").
#[rustfmt::skip]
const GENERAL_OFFICES: &[&str] = &[
    "attorney", "surgeon", "secretary", "major", "brigadier", "director", "inspector", "solicitor",
    "registrar", "governor", "consul", "lieutenant", "postmaster", "paymaster", "comptroller",
    "adjutant", "auditor", "accountant", "procurator", "advocate", "vicar", "commissary", "dollar",
];

/// "Northfield General", "up at the General": the hospital's short name. The word must be
/// capitalised, not part of a longer name read from its own suffix ("Leeds General Infirmary"),
/// and not an office ("the Attorney General").
fn general_names_a_hospital(text: &str, start: usize, end: usize) -> bool {
    if !text[start..end].starts_with('G') {
        return false;
    }
    let longer = word_after(text, end).is_some_and(|w| {
        matches!(
            w.lower().as_str(),
            "hospital"
                | "hospitals"
                | "infirmary"
                | "practice"
                | "practitioner"
                | "medical"
                | "election"
                | "assembly"
                | "manager"
                | "public"
                | "knowledge"
                | "anaesthetic"
                | "surgery"
                | "medicine"
                | "council"
                | "strike"
                | "secretary"
        )
    });
    let office =
        word_before(text, start).is_some_and(|w| GENERAL_OFFICES.contains(&w.lower().as_str()));
    !longer && !office
}

#[rustfmt::skip]
const SCHOOL_GENERIC: &[&str] = &[
    "primary", "junior", "infant", "infants", "high", "grammar", "secondary", "prep", "c", "e",
    "ce", "rc", "church", "england", "catholic", "community", "free", "academy", "school",
    "medical", "business", "law", "summer", "sunday", "graduate", "dental", "nursing", "driving",
    "boarding", "state", "public", "night", "film", "art", "music", "dance", "swim", "swimming",
    "forest", "middle", "upper", "lower", "little", "first", "sixth", "form", "nursery", "college",
    "old", "new",
];

fn schools(text: &str, spans: &[Span], out: &mut Vec<Span>) {
    for t in triggers(spans, SpanKind::SchoolSuffix) {
        let (ts, te) = (t.start as usize, t.end as usize);
        let names = name_words_before(text, ts, 5);
        let specific = names
            .iter()
            .filter(|w| !generic(w) && !SCHOOL_GENERIC.contains(&w.lower().as_str()))
            .count();
        if specific == 0 {
            continue;
        }
        if names.len() == 1 && starts_sentence(text, names[0].start) {
            continue;
        }
        // "Holy Cross High" is a school; "Shoreditch High Street" is not.
        if text[ts..te].eq_ignore_ascii_case("high")
            && word_after(text, te).is_some_and(|w| {
                matches!(w.lower().as_str(), "street" | "st" | "road" | "rd" | "st.")
            })
        {
            continue;
        }
        // "Primary" and "Academy" alone must be capitalised to be a name.
        if !text[ts..te].starts_with(char::is_uppercase)
            && !text[ts..te].to_lowercase().ends_with("school")
            && !text[ts..te].eq_ignore_ascii_case("nursery")
        {
            continue;
        }
        out.push(Span::new(names[0].start, te, SpanKind::SchoolName));
    }
}

/// A sports club by its name and suffix: "Hartcliffe FC", "Sunderland Harriers", "Old Elthamians
/// RFC". The name must hold a word of its own, capitalised, and not open the sentence alone.
fn clubs(text: &str, spans: &[Span], out: &mut Vec<Span>) {
    for t in triggers(spans, SpanKind::ClubSuffix) {
        let (ts, te) = (t.start as usize, t.end as usize);
        if !text[ts..te].starts_with(char::is_uppercase) {
            continue;
        }
        let names = name_words_before(text, ts, 4);
        if names.is_empty() || !names_something(text, &names) {
            continue;
        }
        out.push(Span::new(names[0].start, te, SpanKind::ClubName));
    }
}

#[rustfmt::skip]
const STREET_GENERIC: &[&str] = &[
    "high", "the", "a", "my", "our", "your", "on", "in", "at", "no", "this", "that", "which", "one",
    "any", "every", "other", "same", "best", "only", "easy", "hard", "right", "wrong", "long",
    "short", "milky", "give", "half", "my", "google", "test", "disk", "usb", "flash", "crown",
    "supreme", "magistrates", "magistrates'", "county", "family", "tennis", "food", "first",
    "second", "third", "happy", "safe", "better", "good", "dark", "hiding", "death", "so", "sesame",
    "easy", "main", "new", "old", "memory", "down", "up", "wall", "fleet", "civvy", "coronation",
    "abbey", "middle", "market", "i", "we", "you", "he", "she", "they", "it", "is", "was", "and",
    "or", "but", "if", "when", "what", "how", "why", "where", "there", "here", "no", "yes", "oh",
    "hey", "today", "tonight", "big", "small", "great", "little", "next", "last", "top", "end",
    "open", "dead", "one-way", "two-way", "fast",
];

fn streets(text: &str, spans: &[Span], out: &mut Vec<Span>) {
    for t in triggers(spans, SpanKind::StreetSuffix) {
        let (ts, te) = (t.start as usize, t.end as usize);
        let suffix = &text[ts..te];
        if suffix == "St" || suffix == "St." {
            // "Baker St" but not "St Mary's".
            if word_after(text, te).is_some_and(|w| w.is_capitalised() && w.start == te + 1) {
                continue;
            }
        }
        let names = name_words_before(text, ts, 3);
        if names.is_empty() {
            continue;
        }
        let number = word_before(text, names[0].start).filter(|w| {
            let digits = w.text.chars().take_while(char::is_ascii_digit).count();
            (1..=4).contains(&digits) && w.text.len() <= digits + 1
        });
        let specific = names
            .iter()
            .any(|w| !STREET_GENERIC.contains(&w.lower().as_str()));
        if !specific && number.is_none() {
            continue;
        }
        if number.is_none() && names.len() == 1 && starts_sentence(text, names[0].start) {
            continue;
        }
        match number {
            Some(n) => out.push(Span::new(n.start, te, SpanKind::StreetAddress)),
            None => out.push(Span::new(names[0].start, te, SpanKind::StreetName)),
        }
    }
    lowercase_addresses(text, out);
}

/// A numbered address typed without capitals, as in chats: "moved in to 22 millbrook close",
/// "we're at 4 hawthorn road". Only suffixes that are not also everyday words after a number
/// ("a 5 minute drive", "2 mile walk" are distances, so drive, way and walk are left out).
fn lowercase_addresses(text: &str, out: &mut Vec<Span>) {
    static LOWER_ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
        crate::detect::phrases::regex(
            r"\b\d{1,4}[a-z]?\s+(?:[a-z][a-z'’-]{2,}\s+){1,2}(?:close|road|street|avenue|lane|crescent|terrace|gardens|grove|mews)\b",
        )
    });
    const NOT_A_NAME: &[&str] = &[
        "min", "mins", "minute", "minutes", "mile", "miles", "hour", "hours", "day", "days",
        "week", "weeks", "year", "years", "lane", "the", "and", "country", "dirt", "long",
        "private", "main", "single", "double", "car", "bus", "way", "more", "other", "new", "old",
    ];
    for m in LOWER_ADDRESS.find_iter(text) {
        if out
            .iter()
            .any(|s| (s.start as usize) < m.end() && m.start() < s.end as usize)
        {
            continue;
        }
        let words: Vec<&str> = m.as_str().split_whitespace().collect();
        let names = &words[1..words.len() - 1];
        if names.iter().any(|w| NOT_A_NAME.contains(w)) {
            continue;
        }
        out.push(Span::new(m.start(), m.end(), SpanKind::StreetAddress));
    }
}

/// UK towns, for [`localities`].
static TOWNS: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::builtin(include_str!("lexicons/towns.txt")));

/// Words that place a person in a town: "a teacher from Ludlow", "lives near Whitby".
const PLACING: &[&str] = &["from", "in", "near", "nr", "outside", "around", "of", "at"];

/// A town named where it places someone ("from Ludlow", "in Keswick"): in a patient story it narrows
/// the people who could be meant to one community.
fn localities(text: &str, found: &mut Vec<Span>) {
    // "Only one vet in our village": a small community narrows as much as a named town.
    static SMALL_COMMUNITY: LazyLock<Regex> = LazyLock::new(|| {
        crate::detect::phrases::regex(
            r"(?i)\b(?:(?:in|from|of|on)\s+(?:our|my|the|a)\s+(?:small\s+|tiny\s+|little\s+)?(?:village|hamlet|island)|(?:our|my)\s+(?:small\s+|tiny\s+|little\s+)?(?:village|hamlet|island|rural)\s+(?:practice|surgery|community)|(?:from|on|in)\s+(?:our|the)\s+(?:local\s+)?high\s+street|\(?pop(?:ulation|\.)?\s*(?:of\s+)?[~c]?\.?\s*[1-9]\d{1,2}(?:,\d{3})?\)?|(?:village|hamlet|island)\s+of\s+(?:about\s+|around\s+|only\s+|just\s+|under\s+)?[1-9]\d{1,2}(?:,\d{3})?(?:\s+(?:people|souls|residents))?)\b",
        )
    });
    for m in SMALL_COMMUNITY.find_iter(text) {
        found.push(Span::new(m.start(), m.end(), SpanKind::Locality));
    }
    for hit in TOWNS.find(text) {
        let placed = word_before(text, hit.start)
            .is_some_and(|w| PLACING.contains(&w.text.to_ascii_lowercase().as_str()));
        if placed {
            found.push(Span::new(hit.start, hit.end, SpanKind::Locality));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::detect::{Analysis, SpanKind};

    fn found(text: &str, kind: SpanKind) -> Vec<String> {
        Analysis::of_text(text)
            .of_kind(kind)
            .map(|s| s.text(text).to_string())
            .collect()
    }

    #[test]
    fn towns_count_where_they_place_someone() {
        assert_eq!(
            found("a retired teacher from Ludlow came in", SpanKind::Locality),
            ["Ludlow"]
        );
        assert_eq!(
            found("lives near Stoke-on-Trent with her son", SpanKind::Locality),
            ["Stoke-on-Trent"]
        );
        assert!(found("Ludlow food festival was great", SpanKind::Locality).is_empty());
        assert!(found("reading in bed", SpanKind::Locality).is_empty());
        assert!(found("a man from ludlow", SpanKind::Locality).is_empty());
    }

    #[test]
    fn clubs_are_named_by_their_suffix() {
        assert_eq!(
            found("the U14 girls keeper at Hartcliffe FC", SpanKind::ClubName),
            ["Hartcliffe FC"]
        );
        assert_eq!(
            found("in a Sunderland Harriers vest", SpanKind::ClubName),
            ["Sunderland Harriers"]
        );
        assert!(found("FC Barcelona on telly", SpanKind::ClubName).is_empty());
        assert!(found("Our club FC", SpanKind::ClubName).is_empty());
        assert!(found("the harriers were out", SpanKind::ClubName).is_empty());
    }

    #[test]
    fn a_village_of_a_few_hundred_is_a_small_community() {
        assert_eq!(
            found("Only GP for a village of 400 on Skye", SpanKind::Locality),
            ["village of 400"]
        );
        assert!(found("a town of 40,000 people", SpanKind::Locality).is_empty());
    }

    #[test]
    fn beds_and_bays_need_a_number_that_is_not_a_duration() {
        assert_eq!(found("the lady in bed 12 is", SpanKind::BedRef), ["bed 12"]);
        assert_eq!(found("Bay 3, bed 4", SpanKind::BedRef), ["Bay 3", "bed 4"]);
        assert_eq!(
            found("moved to side room 4.", SpanKind::BedRef),
            ["side room 4"]
        );
        assert_eq!(found("in cubicle 7A", SpanKind::BedRef), ["cubicle 7A"]);
        assert_eq!(found("bay B", SpanKind::BedRef), ["bay B"]);
        for t in [
            "went to bed 2 hours ago",
            "in bed 3 days with flu",
            "bed by 9",
            "my bed",
            "bay window",
            "bed 10pm",
        ] {
            assert!(found(t, SpanKind::BedRef).is_empty(), "{t}");
        }
    }

    #[test]
    fn wards_numbered_or_named() {
        assert_eq!(found("on Ward 7B today", SpanKind::WardRef), ["Ward 7B"]);
        assert_eq!(found("ward C12", SpanKind::WardRef), ["ward C12"]);
        assert_eq!(
            found("back on Nightingale Ward", SpanKind::WardRef),
            ["Nightingale Ward"]
        );
        assert_eq!(
            found("transferred to Keats ward", SpanKind::WardRef),
            ["Keats ward"]
        );
        for t in [
            "on the ward today",
            "ward round at 9",
            "Dr Ward said",
            "with Sarah Ward",
            "the Maternity Ward",
            "an award 2 win",
            "ward 2 hours",
        ] {
            assert!(found(t, SpanKind::WardRef).is_empty(), "{t}");
        }
    }

    #[test]
    fn a_general_is_a_hospital_unless_it_is_an_office_or_part_of_a_longer_name() {
        assert_eq!(
            found("Northfield General, go have a look", SpanKind::HospitalName),
            ["Northfield General"]
        );
        assert_eq!(
            found(
                "a trolley at Brookvale General for 19 hours",
                SpanKind::HospitalName
            ),
            ["Brookvale General"]
        );
        for t in [
            "the Attorney General said",
            "wrote to the Surgeon General",
            "Major General Smith",
            "Leeds General Infirmary",
            "at Leeds general",
            "General Practice is hard",
        ] {
            let names = found(t, SpanKind::HospitalName);
            assert!(
                names
                    .iter()
                    .all(|n| n != "Leeds General" && !n.ends_with(" General")),
                "{t}: {names:?}"
            );
        }
    }

    #[test]
    fn hospital_and_practice_names() {
        assert_eq!(
            found("at St Mary's Hospital today", SpanKind::HospitalName),
            ["St Mary's Hospital"]
        );
        assert_eq!(
            found("at Leeds General Infirmary", SpanKind::HospitalName),
            ["Leeds General Infirmary"]
        );
        assert_eq!(
            found("the Royal London Hospital", SpanKind::HospitalName),
            ["Royal London Hospital"]
        );
        assert_eq!(
            found("Guy's and St Thomas' hospital", SpanKind::HospitalName),
            ["Guy's and St Thomas' hospital"]
        );
        assert_eq!(
            found("at Elm Tree Surgery", SpanKind::PracticeName),
            ["Elm Tree Surgery"]
        );
        assert_eq!(
            found("from Parkside Medical Centre", SpanKind::PracticeName),
            ["Parkside Medical Centre"]
        );
        assert_eq!(
            found("Barts Health NHS Trust", SpanKind::TrustName),
            ["Barts Health NHS Trust"]
        );
        for t in [
            "the hospital was busy",
            "Hospital food again",
            "the Royal Infirmary",
            "General Hospital fans",
            "had Knee Surgery",
            "General Practice is hard",
            "after heart surgery",
            "Good Practice guide",
        ] {
            let a = Analysis::of_text(t);
            assert!(
                !a.has(SpanKind::HospitalName) && !a.has(SpanKind::PracticeName),
                "{t}: {:?}",
                a.spans
            );
        }
    }

    #[test]
    fn schools_and_streets() {
        assert_eq!(
            found(
                "first day at Oakfield Primary School!",
                SpanKind::SchoolName
            ),
            ["Oakfield Primary School"]
        );
        assert_eq!(
            found("St Anne's Primary", SpanKind::SchoolName),
            ["St Anne's Primary"]
        );
        assert!(found("the school run", SpanKind::SchoolName).is_empty());
        assert!(found("at Medical School", SpanKind::SchoolName).is_empty());
        assert_eq!(
            found("we live at 12 Acacia Avenue now", SpanKind::StreetAddress),
            ["12 Acacia Avenue"]
        );
        assert_eq!(
            found("my house on Elm Road", SpanKind::StreetName),
            ["Elm Road"]
        );
        assert_eq!(
            found("on Baker St near", SpanKind::StreetName),
            ["Baker St"]
        );
        for t in [
            "St Mary's",
            "No Way",
            "the High Street",
            "the Milky Way",
            "Google Drive",
        ] {
            let a = Analysis::of_text(t);
            assert!(
                !a.has(SpanKind::StreetName) && !a.has(SpanKind::StreetAddress),
                "{t}"
            );
        }
    }
}

//! People in a clinical story that fixed phrases miss: a person noun after a determiner and
//! describing words ("the drunk guy", "this poor old woman", "the homeless man"), a bare noun
//! opening a sentence in clipped shift-talk ("Guy came in last night…", "Lady on my ward…"), and
//! the dropped subject of a clinical verb ("Stitched up the…", "Delivered twins…", "Treated one of…").
//!
//! Doctors writing about a shift rarely say "a patient": they describe the person and drop the "I"
//! (PEERS.md; #ShareAStoryInOneTweet). The lexicon lists the common fixed forms ("a lovely old
//! lady"); these patterns cover the open-ended ones. They only produce weak cues — a person
//! ([`SpanKind::PersonRef`]) or an encounter ([`SpanKind::Encounter`]) — and the story assessment
//! still needs an encounter, a time or place and enough quasi-identifiers before anything fires.

use super::{Span, SpanKind};
use crate::detect::gate::Regex;
use aho_corasick::AhoCorasick;
use std::sync::LazyLock;

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("valid regex")
}

/// Nouns for one person (or one couple) of unknown name.
const NOUNS: &str =
    "man|woman|lady|gent|gentleman|guy|bloke|chap|lad|lass|girl|boy|kid|child|baby|\
    toddler|teenager|teen|mum|dad|mother|father|fella|fellow|grandad|grandpa|grandma|granny|nan|\
    couple|student|driver|biker|cyclist|motorcyclist|pedestrian|passenger|rider|jogger|walker|\
    drunk|junkie|addict|smoker|drinker|tourist|holidaymaker|climber|surfer|swimmer|hiker|victim|\
    casualty|pensioner";

/// Describing words that turn the phrase into a type or an idiom rather than one person.
const NOT_ONE_PERSON: &[&str] = &[
    "average", "typical", "common", "every", "any", "other", "next", "best", "right", "wrong",
    "family", "grown", "modern", "working", "ordinary", "first", "last", "same",
];

/// A determiner, up to two describing words, and a person noun: "the drunk guy", "an elderly
/// Polish lady", "this poor 19-year-old lad", "the driver". ("Our mum" is the writer's own family.)
static DESCRIBED: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(?:a|an|the|this|that|one|last\s+(?:week|night|month)[’']s|yesterday[’']s|today[’']s|tonight[’']s)\s+((?:[a-z][a-z'’]*(?:-[a-z]+)*\s+){{0,2}})(?:{NOUNS})\b"
    ))
});

/// "a fascinating case", "today's weird case", "a once-in-a-career diagnosis": one patient, spoken of
/// as a case.
static CASE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:a|an|the|this|one|my|our|today[’']?s|tonight[’']?s)\s+)?(?:interesting|weird|strange|unusual|fascinating|crazy|wild|tragic|sad|heartbreaking|rare|bizarre|memorable|incredible|horrific|mad|once-in-a-career|once-in-a-lifetime|textbook)\s+(?:case|diagnosis|presentation|patient)\b",
    )
});

/// A bare age set off by commas after a person: "retired teacher from Ludlow, 82, fell…".
static COMMA_AGE: LazyLock<Regex> = LazyLock::new(|| re(r",\s*(\d{1,3})\s*(?:[,.;)]|$)"));

/// Kinds that name a person an age can belong to.
const PERSON_KINDS: &[SpanKind] = &[
    SpanKind::PatientRef,
    SpanKind::PersonRef,
    SpanKind::Occupation,
    SpanKind::TitledName,
    SpanKind::PatientName,
    SpanKind::PatientInitials,
];

/// A sentence that opens with a bare person noun, optionally after one describing word: "Guy came
/// in…", "Young lad in with…", "Lady on my ward…". Not before a capitalised word ("Lady Gaga").
static BARE_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:^|[.!?:]\s+|\n\s*)(?:(?:Young|Old|Elderly|Drunk|Poor|Lovely|Little|Older|Sweet)\s+)?(?:[Gg]uy|[Ll]ady|[Ww]oman|[Mm]an|[Bb]loke|[Cc]hap|[Ll]ad|[Gg]ent|[Gg]irl|[Bb]oy|[Kk]id|[Ff]ella|[Cc]ouple|[Mm]um|[Dd]ad|[Tt]eenager)\b\s+[a-z(0-9]",
    )
});

/// A clinical verb opening a sentence with its "I" dropped: "Stitched up the landlord…",
/// "Delivered twins…", "Treated one of…". The object must follow (a determiner or a number).
static DROPPED_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|[.!?:]\s+|\n\s*)(?:just\s+|finally\s+)?(stitched(?:\s+up)?|sutured|glued|plastered|delivered|treated|admitted|discharged|intubated|resuscitated|pronounced|certified|sectioned|reviewed|clerked|examined|catheteri[sz]ed|cannulated|scanned|referred|diagnosed|operated\s+on|removed|reduced|relocated|drained|assessed|triaged|saw|seen|sent\s+home|broke\s+(?:the\s+)?(?:bad\s+)?news\s+to|rounded\s+on|looked\s+after|cared\s+for|patched\s+up|fixed\s+up)\s+(?:a|an|the|this|that|one|two|three|twins|triplets|his|her|their|\d)",
    )
});

/// A clinical act the writer had to do to someone: "had to section a local councillor", "just
/// intubated the…" when the subject is kept ("I had to…", "we're going to…").
static HAD_TO_ACT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:had\s+to|have\s+to|having\s+to|going\s+to|gonna|just|finally)\s+(section|admit|intubate|resus|cannulate|catheteri[sz]e|suture|stitch(?:\s+up)?|sedate|restrain|discharge|pronounce|certify|tube|reduce|relocate|break\s+(?:the\s+)?(?:bad\s+)?news\s+to)\s+(?:a|an|the|this|that|one|his|her|their|\d)\b",
    )
});

/// An appointment slot standing for the patient in it: "my 9am today was…", "my 10.30 told me…".
/// Only when the slot is the subject of what follows, so "my 9am train" and "my 3pm meeting" are not.
static SLOT_PATIENT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b((?:my|our)\s+(?:\d{1,2}(?:[:.][0-5]\d)?\s?(?:am|pm)|\d{1,2}[:.][0-5]\d|\d{1,2}\s?o[’']?clock))\s+(?:today|tonight|this\s+(?:morning|afternoon|evening)|yesterday|was|is|had|has|just|came|comes|turned|told|brought|asked|wanted|said|cried|walked|arrived|didn[’']?t|did|went|needed|booked|rang|called|showed|presented)\b",
    )
});

/// A disease or syndrome named after a person or place ("Fabry disease", "Addison's disease",
/// "Guillain-Barré syndrome"): a condition, however rare, that the lexicon cannot list in full.
static EPONYMOUS_CONDITION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b[A-Z][a-zà-ÿ]+(?:[’']s?)?(?:[\s-][A-Z][a-zà-ÿ]+(?:[’']s?)?)?\s+(?:[Dd]isease|[Ss]yndrome|[Pp]alsy|[Ss]arcoma|[Ll]ymphoma|[Dd]ystrophy|[Aa]taxia|[Aa]nomaly|[Ee]ncephalitis)\b",
    )
});

/// "Kelly from work", "Dan from year 11", "Sue from church": a first name the reader can place.
static PLACED_NAME: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s+(?:from|off|at)\s+(?:work|uni|school|church|the\s+gym|my\s+gym|the\s+pub|next\s+door|down\s+the\s+road|across\s+the\s+road|my\s+street|your\s+street|the\s+office|accounts|hr|year\s+\d{1,2}|my\s+old\s+school|your\s+old\s+school|the\s+school\s+gate|nursery|football|rugby|netball|choir|the\s+team)\b",
    )
});

fn push(out: &mut Vec<Span>, start: usize, end: usize, kind: SpanKind) {
    if end > start {
        out.push(Span::new(start, end, kind));
    }
}

/// Add person and encounter cues found by pattern.
/// Necessary literals of the patterns above, found in one automaton pass so the regexes run only
/// on texts that could match them (a person noun; a "case" word).
static NOUN_GATE: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(NOUNS.split('|'))
        .ok()
});
static CASE_GATE: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(["case", "diagnosis", "presentation", "patient"])
        .ok()
});

/// True unless the gate proves the text holds none of its literals.
fn may_hold(gate: &LazyLock<Option<AhoCorasick>>, text: &str) -> bool {
    gate.as_ref().is_none_or(|ac| ac.is_match(text))
}

pub fn detect(text: &str, out: &mut Vec<Span>) {
    drop_bare_status_before_relation(text, out);
    if may_hold(&NOUN_GATE, text) {
        described(text, out);
    }
    if may_hold(&CASE_GATE, text) {
        for m in CASE.find_iter(text) {
            push(out, m.start(), m.end(), SpanKind::PersonRef);
        }
    }
    rest(text, out);
}

/// "A former", "a famous", "a local" stand for an occupation or standing ("a former MP", "a famous
/// actor") unless what follows is the relation itself: "a former patient" is the patient, "a former
/// colleague" a colleague, neither a recognisable job.
fn drop_bare_status_before_relation(text: &str, out: &mut Vec<Span>) {
    const RELATIONS: &[&str] = &[
        "patient",
        "patients",
        "client",
        "clients",
        "colleague",
        "colleagues",
        "friend",
        "friends",
        "partner",
        "boss",
        "flatmate",
        "housemate",
        "neighbour",
        "neighbor",
        "student",
        "trainee",
    ];
    out.retain(|s| {
        if s.kind != SpanKind::Occupation {
            return true;
        }
        let words = s.text(text);
        // "Bishop's Park", "Miller's Arms": a place named after a trade, not a person.
        let rest = text.get(s.end as usize..).unwrap_or("");
        let place_name = words.starts_with(char::is_uppercase)
            && ["'s ", "’s "].iter().any(|p| {
                rest.strip_prefix(p)
                    .is_some_and(|after| after.starts_with(char::is_uppercase))
            });
        if place_name {
            return false;
        }
        if !["a former", "a famous", "a well-known", "a local"]
            .iter()
            .any(|w| words.eq_ignore_ascii_case(w))
        {
            return true;
        }
        let next = text
            .get(s.end as usize..)
            .unwrap_or("")
            .split(|c: char| !c.is_alphanumeric())
            .find(|w| !w.is_empty())
            .unwrap_or("")
            .to_ascii_lowercase();
        !RELATIONS.contains(&next.as_str())
    });
}

/// "the drunk guy" and sentences that open with a bare person noun.
fn described(text: &str, out: &mut Vec<Span>) {
    for c in DESCRIBED.captures_iter(text) {
        let (Some(all), Some(words)) = (c.get(0), c.get(1)) else {
            continue;
        };
        let idiom = words
            .as_str()
            .split_whitespace()
            .any(|w| NOT_ONE_PERSON.contains(&w.to_lowercase().as_str()));
        if !idiom {
            push(out, all.start(), all.end(), SpanKind::PersonRef);
        }
    }
    for m in BARE_OPENING.find_iter(text) {
        let s = m.as_str();
        let lead = s.len() - s.trim_start_matches(|c: char| !c.is_alphabetic()).len();
        // Drop the first character of what follows the noun (kept only to check the next word).
        let end = m.end().saturating_sub(1);
        let start = m.start() + lead;
        let noun_end = text
            .get(start..end)
            .map_or(end, |t| start + t.trim_end().len());
        push(out, start, noun_end, SpanKind::PersonRef);
    }
}

/// Ages after a person, placed first names and dropped-subject encounters.
fn rest(text: &str, out: &mut Vec<Span>) {
    let mut ages = Vec::new();
    for c in COMMA_AGE.captures_iter(text) {
        let Some(n) = c.get(1) else { continue };
        let plausible = n
            .as_str()
            .parse::<u32>()
            .is_ok_and(|a| (1..=110).contains(&a));
        let after_person = out.iter().any(|s| {
            PERSON_KINDS.contains(&s.kind)
                && (s.end as usize) <= n.start()
                && (s.end as usize) + 60 >= n.start()
        });
        if plausible && after_person {
            ages.push(Span::new(n.start(), n.end(), SpanKind::Age));
        }
    }
    out.extend(ages);
    let placed: Vec<Span> = out
        .iter()
        .filter(|s| s.kind == SpanKind::Forename)
        .filter_map(|s| {
            let rest = text.get(s.end as usize..)?;
            let m = PLACED_NAME.find(rest)?;
            Some(Span::new(
                s.start as usize,
                s.end as usize + m.end(),
                SpanKind::KnownPerson,
            ))
        })
        .collect();
    out.extend(placed);
    for c in DROPPED_SUBJECT
        .captures_iter(text)
        .chain(HAD_TO_ACT.captures_iter(text))
    {
        if let Some(verb) = c.get(1) {
            push(out, verb.start(), verb.end(), SpanKind::Encounter);
        }
    }
    for c in SLOT_PATIENT.captures_iter(text) {
        if let Some(slot) = c.get(1) {
            push(out, slot.start(), slot.end(), SpanKind::PatientRef);
        }
    }
    for m in EPONYMOUS_CONDITION.find_iter(text) {
        push(out, m.start(), m.end(), SpanKind::Condition);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str, kind: SpanKind) -> Vec<String> {
        let mut v = Vec::new();
        detect(text, &mut v);
        v.iter()
            .filter(|s| s.kind == kind)
            .map(|s| s.text(text).to_string())
            .collect()
    }

    #[test]
    fn a_former_patient_is_not_an_occupation() {
        let jobs = |t: &str| {
            crate::detect::Analysis::of_text(t)
                .of_kind(SpanKind::Occupation)
                .count()
        };
        assert_eq!(jobs("Bumped into a former patient in Tesco"), 0);
        assert!(jobs("A former MP came in with chest pain") >= 1);
    }

    #[test]
    fn slots_acts_and_eponymous_conditions() {
        assert_eq!(
            found(
                "My 9am today was a lady I went to school with",
                SpanKind::PatientRef
            ),
            ["My 9am"]
        );
        assert!(found("My 9am train was late again", SpanKind::PatientRef).is_empty());
        assert!(found("my 3pm meeting ran over", SpanKind::PatientRef).is_empty());
        assert_eq!(
            found("Had to section a local councillor", SpanKind::Encounter),
            ["section"]
        );
        assert!(found("I had to tell my kids no", SpanKind::Encounter).is_empty());
        assert_eq!(
            found("his Fabry disease is rare", SpanKind::Condition),
            ["Fabry disease"]
        );
        assert!(found("the disease of modern life", SpanKind::Condition).is_empty());
    }

    #[test]
    fn described_people() {
        assert_eq!(
            found(
                "Stuck with the very drunk bloke from the taxi rank",
                SpanKind::PersonRef
            ),
            ["the very drunk bloke"]
        );
        assert_eq!(
            found("an elderly Polish lady needed a hoist", SpanKind::PersonRef),
            ["an elderly Polish lady"]
        );
        assert!(found("the average man needs less salt", SpanKind::PersonRef).is_empty());
        assert_eq!(
            found(
                "Last week's stabbing victim was back in resus",
                SpanKind::PersonRef
            ),
            ["Last week's stabbing victim"]
        );
        assert!(found("he is a family man at heart", SpanKind::PersonRef).is_empty());
    }

    #[test]
    fn one_patient_spoken_of_as_a_case() {
        assert_eq!(
            found(
                "Bizarre presentation in majors tonight",
                SpanKind::PersonRef
            ),
            ["Bizarre presentation"]
        );
        assert!(found("Make the case for more nurses", SpanKind::PersonRef).is_empty());
    }

    #[test]
    fn bare_nouns_opening_a_sentence() {
        assert_eq!(
            found(
                "Long night. Bloke arrived at 2am with a dislocated knee",
                SpanKind::PersonRef
            ),
            ["Bloke"]
        );
        assert_eq!(
            found("Older gent in with chest pain", SpanKind::PersonRef),
            ["Older gent"]
        );
        assert!(found("Lady Gaga tickets sold out", SpanKind::PersonRef).is_empty());
        assert!(found("Man Utd won again", SpanKind::PersonRef).is_empty());
    }

    #[test]
    fn ages_set_off_by_commas_after_a_person() {
        let mut v = Vec::new();
        crate::detect::lexicon::CUES.scan("My patient, 77, went home", &[], &mut v);
        detect("My patient, 77, went home", &mut v);
        assert!(v.iter().any(|s| s.kind == SpanKind::Age), "{v:?}");
        let mut w = Vec::new();
        detect("Ward rounds at 8, 12, 4", &mut w);
        assert!(!w.iter().any(|s| s.kind == SpanKind::Age), "{w:?}");
    }

    #[test]
    fn first_names_placed_by_where_the_reader_knows_them() {
        let t = "Guess who came in: Megan from work, poor thing";
        let mut v = Vec::new();
        crate::detect::lexicon::CUES.scan(t, &[], &mut v);
        detect(t, &mut v);
        assert!(v.iter().any(|s| s.kind == SpanKind::KnownPerson), "{v:?}");
        let u = "Megan from Leeds won the raffle";
        let mut w = Vec::new();
        crate::detect::lexicon::CUES.scan(u, &[], &mut w);
        detect(u, &mut w);
        assert!(!w.iter().any(|s| s.kind == SpanKind::KnownPerson), "{w:?}");
    }

    #[test]
    fn dropped_subject_clinical_verbs() {
        assert_eq!(
            found(
                "Plastered a rugby player's wrist tonight",
                SpanKind::Encounter
            ),
            ["Plastered"]
        );
        assert_eq!(
            found(
                "Busy one. Sutured the scalp of a toddler",
                SpanKind::Encounter
            ),
            ["Sutured"]
        );
        assert!(found("Treated myself to a new bike", SpanKind::Encounter).is_empty());
        assert!(found("I was seen as a troublemaker", SpanKind::Encounter).is_empty());
    }
}

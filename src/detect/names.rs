//! People named in text: titled names (`Mrs Patel`, `Mr J.`), colleagues (`Dr Smith`, `Sister
//! Jones`), patient initials (`patient JB`), names introduced in a story (`a lady called Doris`), and
//! full names that start with a common forename (`Margaret Jones`), and a forename pinned to a
//! patient by a bed or an age right beside it (`Harold in bed 6`, `Little Maisie, 4,`).
//!
//! Whether a name belongs to a patient is the rule's call, from context: `Dr`, `Prof`, `Sister`,
//! `Nurse` mark colleagues; `Mr`/`Mrs`/`Ms`/`Miss` can be a patient or a surgeon (UK surgeons are
//! `Mr`), so a titled name counts as a patient only near a bed, a condition or a patient reference.

use super::text::{word_after, Word};
use super::{Span, SpanKind};

/// Capitalised words after a title that are not names (`Mr Right`, `Miss You`).
#[rustfmt::skip]
const NOT_A_NAME: &[&str] = &[
    "you", "me", "it", "the", "right", "universe", "world", "men", "nobody", "nice", "big", "know",
    "sunshine", "perfect", "independent", "popular", "average", "fix", "grumpy", "happy", "whippy",
    "muscle", "this", "that", "them", "him", "her", "us", "my", "your", "all", "everyone", "a",
    "an", "and", "or", "but", "so", "today", "tonight", "tomorrow", "yesterday", "i", "we", "they",
    "he", "she", "who", "what", "when", "where", "why", "how", "no", "yes", "not", "out", "on",
    "in", "at", "as", "if", "is", "was", "be", "will", "would", "can", "could", "should", "may",
    "might", "must", "do", "did", "does", "has", "had", "have", "said", "says", "asked", "told",
    "thanks", "thank", "google", "nhs", "gp", "ae", "a&e", "icu", "itu", "ed", "on-call", "oncall",
    "x", "y", "z", "congratulations", "congrats", "please", "here", "there", "again", "too", "also",
    "just", "still",
];

fn is_name_word(w: &Word) -> bool {
    w.is_capitalised()
        && !w.is_numeric()
        && w.text
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-' | '.'))
        && !NOT_A_NAME.contains(&w.lower().trim_end_matches('.'))
        && !is_pronoun_contraction(w.text)
}

/// "I've", "I’m", "I'd", "I'll": the pronoun, never a name.
fn is_pronoun_contraction(word: &str) -> bool {
    word.strip_prefix('I')
        .is_some_and(|rest| rest.starts_with(['\'', '’']))
}

/// Initials: `J`, `J.`, `JB`, `J.B.` — one to three capitals.
fn initials_len(text: &str, start: usize) -> Option<usize> {
    let rest = &text[start..];
    let mut caps = 0;
    let mut len = 0;
    for c in rest.chars() {
        if c.is_ascii_uppercase() && caps < 3 {
            caps += 1;
            len += 1;
        } else if c == '.'
            && caps > 0
            && len > 0
            && rest
                .as_bytes()
                .get(len - 1)
                .is_some_and(u8::is_ascii_uppercase)
        {
            len += 1;
        } else {
            break;
        }
    }
    let end = start + len;
    let after_ok = super::text::boundary_after(text, end) || text[..end].ends_with('.');
    (caps > 0 && after_ok).then_some(len)
}

/// Nouns after "patient" that make it an adjunct, not a person.
#[rustfmt::skip]
const NOUN_AFTER_PATIENT: &[&str] = &[
    "safety", "care", "experience", "experiences", "records", "record", "data", "flow", "feedback",
    "satisfaction", "groups", "group", "information", "leaflet", "leaflets", "portal", "app",
    "transport", "choice", "voice", "voices", "advocate", "advocacy", "centred", "centered",
    "outcomes", "journey", "pathway", "list", "lists", "notes", "confidentiality", "consent",
    "education", "representatives", "participation", "harm", "stories", "story", "rights", "access",
    "numbers", "population", "facing", "led", "reported", "person", "people", "man", "woman",
    "soul", "approach", "with",
    // a lay role, not someone's care: "our patient partners", "the patient panel"
    "partners", "panel", "panels", "representative", "rep", "reps", "forum", "council",
    "ambassador", "ambassadors", "champion", "champions", "liaison", "involvement", "engagement",
    "volunteer", "volunteers", "association", "survey", "surveys", "leaders", "educator",
    "educators",
    // "my very patient husband": the adjective, said of the writer's own people.
    "husband", "wife", "partner", "hubby", "boyfriend", "girlfriend", "fiance", "fiancé", "fiancée",
    "kids", "children", "family", "friends", "mum", "dad", "other", "teachers",
];

/// Words that make "patient" an adjective when they come right before it: "my very patient",
/// "so patient".
const PATIENT_AS_ADJECTIVE_AFTER: &[&str] = &[
    "very",
    "so",
    "super",
    "really",
    "incredibly",
    "endlessly",
    "infinitely",
    "ever",
    "most",
    "extremely",
    "long-suffering",
    "ever-patient",
    "too",
];

/// True when the "patient" at `start` is the adjective ("my very patient husband"), read from the
/// word before it.
pub fn patient_is_adjective(text: &str, start: usize) -> bool {
    super::text::word_before_is(text, start, PATIENT_AS_ADJECTIVE_AFTER)
}

/// Determiners that point at one known patient ("my patient with…", "this patient with…"), unlike
/// "a patient with…", which is usually the start of general advice.
fn one_patient(det: &str) -> bool {
    matches!(
        det,
        "my" | "our" | "this" | "that" | "today's" | "tonight's" | "yesterday's"
    )
}

/// Where a sentence-opening "<setting> patient" starts ("Nursing home patient", "ITU patient"), with
/// no determiner: one patient introduced by where they were seen.
fn setting_patient(text: &str, ts: usize) -> Option<usize> {
    const SETTINGS: &[&str] = &[
        "home",
        "ward",
        "icu",
        "itu",
        "hdu",
        "ccu",
        "a&e",
        "resus",
        "majors",
        "clinic",
        "hospice",
        "surgery",
        "theatre",
        "covid",
        "stroke",
        "trauma",
        "burns",
        "cardiac",
        "maternity",
        "paeds",
        "psych",
        "oncology",
        "dialysis",
    ];
    let back = super::text::words_before(text, ts, 2);
    let first = back.first()?;
    if !SETTINGS.contains(&first.lower().as_str()) {
        return None;
    }
    if super::text::starts_sentence(text, first.start) {
        return Some(first.start);
    }
    let second = back.get(1)?;
    super::text::starts_sentence(text, second.start).then_some(second.start)
}

/// `patient JB`, `called Doris` after a name-introducing word at `ts..te`.
fn patient_initials_or_name(text: &str, ts: usize, te: usize, found: &mut Vec<Span>) {
    let Some(w) = word_after(text, te).filter(|w| w.start == te + 1) else {
        return;
    };
    let intro = text[ts..te].to_lowercase();
    let patient_word = intro == "patient" || intro == "pt" || intro == "pt.";
    if patient_word
        && (2..=3).contains(&w.text.len())
        && w.is_upper()
        && w.text.chars().all(|c| c.is_ascii_uppercase())
    {
        let common = matches!(
            w.text,
            "IV" | "ED"
                | "GP"
                | "AE"
                | "BP"
                | "HR"
                | "RR"
                | "CT"
                | "MRI"
                | "ECG"
                | "ICU"
                | "ITU"
                | "HDU"
                | "OD"
                | "DNR"
                | "NHS"
                | "ID"
                | "UK"
                | "OK"
                | "TV"
                | "PE"
                | "MI"
                | "UTI"
                | "COPD"
                | "CKD"
                | "AKI"
                | "DKA"
                | "GCS"
                | "NEWS"
                | "ENT"
                | "OT"
                | "PT"
                | "MDT"
                | "IT"
                | "AND"
                | "THE"
                | "WAS"
                | "WHO"
                | "HRT"
                | "IBS"
                | "STI"
                | "HIV"
                | "CBT"
                | "OCD"
                | "ASD"
                | "TB"
                | "MS"
                | "RA"
                | "DVT"
                | "TIA"
                | "CVA"
                | "AF"
                | "HF"
                | "OGD"
                | "EEG"
                | "USS"
                | "CXR"
                | "AXR"
                | "FBC"
                | "LFT"
                | "TFT"
                | "CRP"
                | "PSA"
                | "IUD"
                | "IUS"
                | "MND"
                | "CF"
                | "GI"
        );
        // "new-patient HRT slots", "in-patient MRI": "patient" inside a compound names no one.
        let compound = super::text::char_before(text, ts) == Some('-');
        if !common && !compound {
            found.push(Span::new(ts, w.end, SpanKind::PatientInitials));
        }
    } else if is_name_word(&w) && w.text.len() > 1 && !w.is_upper() {
        found.push(Span::new(ts, w.end, SpanKind::PatientName));
    }
}

/// What makes a plain "bed" a hospital bed: "Sophie in bed 3 of the sleepover tent" is not a patient.
const CLINICAL_SURROUNDINGS: &[SpanKind] = &[
    SpanKind::WardRef,
    SpanKind::ClinicalSetting,
    SpanKind::Encounter,
    SpanKind::Condition,
    SpanKind::PatientRef,
    SpanKind::HospitalName,
    SpanKind::Results,
];

/// A forename pinned to one patient by what sits right beside it: a bed ("Harold in bed 6"), an age
/// ("Little Maisie, 4,", "8yo Amelia", "Ellie (7)"). A forename alone is anybody; beside a bed or an
/// age it is the person in that bed, of that age.
fn anchored_forename(text: &str, spans: &[Span], ts: usize, te: usize) -> Option<Span> {
    let rest = &text[te..];
    // "Harold in bed 6", "Kevin in cubicle 4": the bed reference starts right after " in ".
    let in_bed = rest
        .get(..4)
        .is_some_and(|h| h.eq_ignore_ascii_case(" in "))
        && spans
            .iter()
            .any(|s| s.kind == SpanKind::BedRef && s.start as usize == te + 4)
        && (!rest[4..].to_ascii_lowercase().starts_with("bed")
            || spans
                .iter()
                .any(|s| CLINICAL_SURROUNDINGS.contains(&s.kind)));
    let gap = rest.len() - rest.trim_start_matches([',', ' ', '(']).len();
    let age_after = (1..=3).contains(&gap)
        && spans
            .iter()
            .any(|s| s.kind == SpanKind::Age && s.start as usize == te + gap);
    let age_before = spans.iter().any(|s| {
        matches!(s.kind, SpanKind::Age | SpanKind::AgeSex)
            && (s.end as usize + 1 == ts || s.end as usize + 2 == ts && text[..ts].ends_with(", "))
    });
    let own = super::text::own_circle_before(text, ts);
    (!own && (in_bed || age_after || age_before)).then(|| Span::new(ts, te, SpanKind::PatientName))
}

/// "Amira Haddad, DOB 14/03/1988", "John Okoro (NHS 485 777 3456)": the words an identifier labels
/// are the name of the person it identifies. Two capitalised words, or one known forename.
fn labelled_name(text: &str, spans: &[Span], id_start: usize) -> Option<Span> {
    let before = text.get(..id_start)?;
    let gap = before.len()
        - before
            .trim_end_matches([',', ' ', '(', ':', '-', '–'])
            .len();
    if gap == 0 || gap > 3 {
        return None;
    }
    let end = id_start - gap;
    let mut words = Vec::new();
    let mut at = end;
    while words.len() < 3 {
        match super::text::word_before(text, at) {
            Some(w) if w.end == at && is_name_word(&w) && w.text.len() > 1 && !w.is_upper() => {
                at = w.start.saturating_sub(1);
                let next_to_previous = text.get(at..w.start) == Some(" ");
                words.push(w);
                if !next_to_previous {
                    break;
                }
            }
            _ => break,
        }
    }
    let first = words.last()?;
    let known_forename = super::lexicon_is(spans, first.start, SpanKind::Forename);
    (words.len() >= 2 || known_forename).then(|| Span::new(first.start, end, SpanKind::PersonName))
}

/// Initials right after the writer saw someone: "On Tuesday I saw DW, deputy head at…", "we
/// admitted JB last night". Abbreviations a clinician writes after those verbs are not people.
fn initials_seen(text: &str, found: &mut Vec<Span>) {
    static SEEN: std::sync::LazyLock<super::gate::Regex> = std::sync::LazyLock::new(|| {
        super::phrases::regex(
            r"\b(?:I|we|We)\s+(?:saw|reviewed|admitted|clerked|examined|treated|discharged|visited)\s+([A-Z]{2,3})(?:,|\s+(?:today|yesterday|tonight|this|last|on|in|at|who|again|for)\b)",
        )
    });
    const NOT_PEOPLE: &[&str] = &[
        "GP", "ED", "AE", "ICU", "ITU", "HDU", "CCU", "MAU", "AMU", "SAU", "OPD", "CT", "MRI",
        "ECG", "EEG", "OT", "PT", "SLT", "MDT", "DN", "HV", "NHS", "UK", "ALL", "THE", "TWO",
        "SIX", "TEN",
    ];
    if !text.contains(" saw ") && !text.contains(" admitted ") && !text.contains(" reviewed ") {
        return;
    }
    for c in SEEN.captures_iter(text) {
        if let Some(m) = c.get(1).filter(|m| !NOT_PEOPLE.contains(&m.as_str())) {
            found.push(Span::new(m.start(), m.end(), SpanKind::PatientInitials));
        }
    }
}

/// "Mr James Walsh FRCS (Tr & Orth), GMC 4471290": a name signed with a clinician's letters is a
/// doctor (usually the writer), not a patient. Read after the first name word, so a surname
/// between is allowed.
fn signed_with_qualifications(text: &str, after_first: usize) -> bool {
    static LETTERS: std::sync::LazyLock<super::gate::Regex> = std::sync::LazyLock::new(|| {
        super::phrases::regex(
            r"^(?:\s+[A-Z][a-z]+)?\s*,?\s*(?:FRCS|FRCP|FRCA|FRCR|MRCP|MRCS|MRCGP|FRCGP|MBBS|MBChB|MB\s?ChB|BMBS|BM\s?BCh|FRCOG|MRCOG|FRCPsych|MRCPsych|FRCPCH|MRCPCH|FRCEM|MCEM|FFICM|DRCOG|FRACS|FDS|FRCOphth|FRCPath|GMC\s*(?:no\.?\s*)?\d{7})\b",
        )
    });
    text.get(after_first..).is_some_and(|rest| {
        LETTERS.is_match(
            rest.get(..super::phrases::floor_boundary(rest, 60))
                .unwrap_or(rest),
        )
    })
}

pub fn detect(text: &str, spans: &mut Vec<Span>) {
    let mut found = Vec::new();
    initials_seen(text, &mut found);
    for t in spans.iter() {
        let (ts, te) = (t.start as usize, t.end as usize);
        match t.kind {
            SpanKind::TitlePerson | SpanKind::TitleColleague => {
                let after = if text[te..].starts_with('.') {
                    te + 1
                } else {
                    te
                };
                let Some(w) = word_after(text, after).filter(|w| w.start <= after + 1) else {
                    continue;
                };
                let kind = if t.kind == SpanKind::TitlePerson
                    && !signed_with_qualifications(text, w.end)
                {
                    SpanKind::TitledName
                } else {
                    SpanKind::ColleagueName
                };
                if let Some(len) =
                    initials_len(text, w.start).filter(|_| w.text.len() <= 3 && w.is_upper())
                {
                    found.push(Span::new(ts, w.start + len, kind));
                } else if is_name_word(&w) {
                    // "Mr John Smith": take a second capitalised word too.
                    let end = word_after(text, w.end)
                        .filter(|n| n.start == w.end + 1 && is_name_word(n))
                        .map_or(w.end, |n| n.end);
                    found.push(Span::new(ts, end, kind));
                }
            }
            SpanKind::NameIntro if text[ts..te].eq_ignore_ascii_case("patient") => {
                // "my favourite patient", "a lovely old patient": a determiner up to two words back,
                // and "patient" not used as a noun adjunct ("patient safety").
                let next = word_after(text, te).map(|w| w.lower()).unwrap_or_default();
                let adjective = patient_is_adjective(text, ts);
                let adjunct = NOUN_AFTER_PATIENT.contains(&next.as_str()) || adjective;
                let back = super::text::words_before(text, ts, 3);
                let det = back.iter().take(3).position(|w| {
                    matches!(
                        w.lower().as_str(),
                        "my" | "our"
                            | "a"
                            | "the"
                            | "this"
                            | "that"
                            | "one"
                            | "today's"
                            | "tonight's"
                            | "yesterday's"
                    )
                });
                // "a patient with diabetes should…" is generic; "my patient with the rare…" is one.
                let adjunct = adjunct
                    && !(next == "with"
                        && det
                            .and_then(|i| back.get(i))
                            .is_some_and(|w| one_patient(&w.lower())));
                if let (false, Some(i)) = (adjunct, det) {
                    if i > 0 {
                        found.push(Span::new(back[i].start, te, SpanKind::PatientRef));
                    }
                } else if !adjunct
                    && det.is_none()
                    && next != "with"
                    && text[ts..te].starts_with('P')
                    && super::text::starts_sentence(text, ts)
                {
                    // Clipped shift-talk: "Patient this morning, 82, …", "Patient's husband…".
                    found.push(Span::new(ts, te, SpanKind::PatientRef));
                } else if let Some(start) = setting_patient(text, ts).filter(|_| !adjunct) {
                    // "Nursing home patient today, 96, …", "ITU patient last night…".
                    found.push(Span::new(start, te, SpanKind::PatientRef));
                }
                patient_initials_or_name(text, ts, te, &mut found);
            }
            SpanKind::NameIntro => patient_initials_or_name(text, ts, te, &mut found),
            SpanKind::Forename => {
                if let Some(name) = anchored_forename(text, spans, ts, te) {
                    found.push(name);
                }
                // "Margaret Jones": a forename and a capitalised surname.
                let Some(sn) = word_after(text, te).filter(|w| w.start == te + 1) else {
                    continue;
                };
                if is_name_word(&sn)
                    && sn.text.len() > 1
                    && !sn.is_upper()
                    && !super::lexicon_is(spans, sn.start, SpanKind::Forename)
                {
                    found.push(Span::new(ts, sn.end, SpanKind::PersonName));
                }
            }
            SpanKind::BedRef => {
                // Handover style: "Bed 7 (Jones)".
                let rest = &text[te..];
                let trimmed = rest.trim_start_matches(' ');
                if let Some(inner) = trimmed.strip_prefix('(') {
                    let start = te + (rest.len() - trimmed.len()) + 1;
                    if let Some(w) = word_after(text, start)
                        .filter(|w| w.start == start && is_name_word(w) && w.text.len() > 1)
                    {
                        if text[w.end..].starts_with(')') && inner.len() > w.text.len() {
                            found.push(Span::new(w.start, w.end, SpanKind::PatientName));
                        }
                    }
                }
            }
            SpanKind::DateOfBirth
            | SpanKind::NhsNumber
            | SpanKind::ChiNumber
            | SpanKind::HospitalNumber => {
                if let Some(name) = labelled_name(text, spans, ts) {
                    found.push(name);
                }
            }
            _ => {}
        }
    }
    spans.extend(found);
    // "our patient safety team", "a patient experience survey": not a person.
    spans.retain(|s| {
        if s.kind != SpanKind::PatientRef || !s.text(text).to_lowercase().ends_with("patient") {
            return true;
        }
        let next = word_after(text, s.end as usize)
            .map(|w| w.lower())
            .unwrap_or_default();
        let first = s
            .text(text)
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_lowercase();
        let specific = next == "with" && one_patient(&first.replace('’', "'"));
        specific || !NOUN_AFTER_PATIENT.contains(&next.as_str())
    });
    // "Residents of Kirkby Stephen", "near Chapel Allerton": a forename closing a two-word place.
    let in_place_name = |s: &Span| {
        let back = super::text::words_before(text, s.start as usize, 2);
        let (Some(place), Some(prep)) = (back.first(), back.get(1)) else {
            return false;
        };
        place.is_capitalised()
            && !place.is_upper()
            && place.end + 1 == s.start as usize
            && !super::lexicon_is(spans, place.start, SpanKind::Forename)
            && matches!(
                prep.lower().as_str(),
                "of" | "in" | "from" | "near" | "at" | "to" | "around" | "outside"
            )
    };
    let place_forenames: Vec<Span> = spans
        .iter()
        .filter(|s| s.kind == SpanKind::Forename && in_place_name(s))
        .copied()
        .collect();
    spans.retain(|s| !place_forenames.contains(s));
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
    fn a_forename_beside_a_bed_or_an_age_is_a_patients_name() {
        assert_eq!(
            found(
                "Merry Christmas from Ward 9! Harold in bed 6 is 100 today",
                SpanKind::PatientName
            ),
            ["Harold"]
        );
        assert_eq!(
            found(
                "Little Maisie, 4, beat her leukaemia",
                SpanKind::PatientName
            ),
            ["Maisie"]
        );
        assert_eq!(
            found("8yo Amelia, the meningitis case", SpanKind::PatientName),
            ["Amelia"]
        );
        assert!(found("My daughter Ellie, 7, lost a tooth", SpanKind::PatientName).is_empty());
        assert!(found("Harold was in the pub at 6", SpanKind::PatientName).is_empty());
        assert!(found(
            "Every Polish patient I've seen this week wanted antibiotics",
            SpanKind::PatientName
        )
        .is_empty());
        assert_eq!(
            found("my patient Ivy came back today", SpanKind::PatientName),
            ["patient Ivy"]
        );
        assert!(found(
            "Sophie in bed 3 of the sleepover tent is still awake at midnight",
            SpanKind::PatientName
        )
        .is_empty());
    }

    #[test]
    fn titled_names_and_initials() {
        assert_eq!(
            found("Mrs Patel in bay 4", SpanKind::TitledName),
            ["Mrs Patel"]
        );
        assert_eq!(found("saw Mr J. today", SpanKind::TitledName), ["Mr J."]);
        assert_eq!(found("Mrs P was", SpanKind::TitledName), ["Mrs P"]);
        assert_eq!(
            found("Mr John Smith, 67", SpanKind::TitledName),
            ["Mr John Smith"]
        );
        assert!(found("Miss you all", SpanKind::TitledName).is_empty());
        assert!(found("Mr Right", SpanKind::TitledName).is_empty());
        assert!(found("mrs patel", SpanKind::TitledName).is_empty());
    }

    #[test]
    fn colleagues_are_told_apart() {
        assert_eq!(
            found("thanks Dr Smith and Sister Jones", SpanKind::ColleagueName),
            ["Dr Smith", "Sister Jones"]
        );
        assert!(found("thanks Dr Smith", SpanKind::TitledName).is_empty());
    }

    #[test]
    fn patient_initials_and_introduced_names() {
        assert_eq!(
            found("patient JB came back", SpanKind::PatientInitials),
            ["patient JB"]
        );
        assert_eq!(found("my pt AB", SpanKind::PatientInitials), ["pt AB"]);
        assert!(found("patient ECG normal", SpanKind::PatientInitials).is_empty());
        assert!(found("patient X", SpanKind::PatientInitials).is_empty());
        assert!(found("Residents of Kirkby Stephen, a warning", SpanKind::Forename).is_empty());
        assert_eq!(
            found("I saw Mary Stephen in clinic", SpanKind::Forename).len(),
            2
        );
        assert!(found(
            "Only 3 new-patient HRT slots left",
            SpanKind::PatientInitials
        )
        .is_empty());
        assert!(found("patient CBT waiting list", SpanKind::PatientInitials).is_empty());
        assert_eq!(
            found("a lady called Doris", SpanKind::PatientName),
            ["called Doris"]
        );
        assert!(found("called 999", SpanKind::PatientName).is_empty());
        assert_eq!(
            found("Bed 7 (Jones) has a K of 6.9", SpanKind::PatientName),
            ["Jones"]
        );
    }

    #[test]
    fn patients_with_adjectives() {
        assert_eq!(
            found("My favourite patient, Mr Evans", SpanKind::PatientRef),
            ["My favourite patient"]
        );
        assert!(found("our patient safety team", SpanKind::PatientRef).is_empty());
        assert!(found(
            "co-designed with our patient partners",
            SpanKind::PatientRef
        )
        .is_empty());
        assert!(found("who chaired the patient panel", SpanKind::PatientRef).is_empty());
        assert!(!found("the patient and her husband", SpanKind::PatientRef).is_empty());
        assert!(found("be patient today", SpanKind::PatientRef).is_empty());
        assert!(found("photo credit my very patient husband", SpanKind::PatientRef).is_empty());
        assert!(found(
            "thanks to my patient wife for the lifts",
            SpanKind::PatientRef
        )
        .is_empty());
        assert!(!found("my very old patient died today", SpanKind::PatientRef).is_empty());
    }

    #[test]
    fn one_patient_with_a_condition_and_clipped_openings() {
        assert_eq!(
            found(
                "Our patient with the odd rash is back",
                SpanKind::PatientRef
            ),
            ["Our patient"]
        );
        assert!(found("A patient with a cough should rest", SpanKind::PatientRef).is_empty());
        assert_eq!(
            found(
                "Patient this evening, 71, came in by ambulance",
                SpanKind::PatientRef
            ),
            ["Patient"]
        );
        assert_eq!(
            found(
                "Long shift. Patient's daughter shouted at me",
                SpanKind::PatientRef
            ),
            ["Patient"]
        );
        assert!(found("Patient safety comes first", SpanKind::PatientRef).is_empty());
        assert!(found("Stay patient this week", SpanKind::PatientRef).is_empty());
        assert_eq!(
            found(
                "Care home patient tonight, 93, pulled out her line",
                SpanKind::PatientRef
            ),
            ["Care home patient"]
        );
        assert!(found(
            "We need more care home patient advocates",
            SpanKind::PatientRef
        )
        .is_empty());
    }

    #[test]
    fn a_name_an_identifier_labels() {
        assert_eq!(
            found(
                "she's Amira Haddad, DOB 14/03/1988, AMH 0.4",
                SpanKind::PersonName
            ),
            ["Amira Haddad"]
        );
        assert!(found("Anyone seen this, DOB 14/03/1988", SpanKind::PersonName).is_empty());
    }

    #[test]
    fn full_names_from_forenames() {
        assert_eq!(
            found("Margaret Jones' potassium is 6.8", SpanKind::PersonName),
            ["Margaret Jones"]
        );
        assert!(found("Margaret was lovely", SpanKind::PersonName).is_empty());
        assert!(found("will you", SpanKind::PersonName).is_empty());
    }

    #[test]
    fn a_name_signed_with_a_clinicians_letters_is_not_a_patient() {
        let t = "Reports for solicitors. Mr James Walsh FRCS (Tr & Orth), GMC 4471290. Fees on request.";
        assert!(found(t, SpanKind::TitledName).is_empty());
        assert_eq!(
            found("Mr James Walsh, 67, on bay 4", SpanKind::TitledName),
            ["Mr James Walsh"]
        );
    }
}

//! A patient tied to a public incident: "the lad from the motorbike crash on the A38 is on our
//! ward", "that stabbing outside the Crown: I was the registrar who took him to theatre".
//!
//! The incident is already in the news, the local Facebook groups and the footage people share, so
//! whoever was hurt in it is known; the post adds the one thing the public does not know, that this
//! doctor cared for them, and often how they are. RULES-FACTS §1.10 counts a notable event (a road
//! crash, a stabbing) as a class of quasi-identifier on its own, and the ICO's motivated intruder is
//! "a local person's desire to find out who has been involved in an incident". GMC 2024 ¶19: the sum
//! of information can identify; 2013 ¶14: no individual patients on publicly accessible media.
//!
//! The pattern is a definite incident ("the M6 pile-up", "Friday's stabbing", "the video", "on the
//! news") and, in the same post, the writer's own care of a person ("two of the drivers are in our
//! ICU", "we stitched him up", "came through our department", "I was the F2 on the night this lad
//! came in"). Drills and simulations, general figures ("most crashes we see") and the department
//! bracing for casualties are not care of anyone.

use super::{medium_if_public, settle, texts, PATIENT_NARRATIVE};
use crate::detect::gate::Regex;
use crate::detect::{Analysis, Span, SpanKind};
use crate::model::Record;
use crate::rules::verdict::{evidence, noun, quoted, writer, Writer};
use crate::rules::{Action, ActionKind, Finding};
use std::sync::LazyLock;

/// An incident by name: the noun, read first so that most posts stop here.
static INCIDENT_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    crate::detect::phrases::regex(
        r"(?i)\b(?:crash|pile-?up|collision|smash|rtc|accident|stabbing|shooting|fire|blaze|explosion|blast|bombing|attack|derailment|fight|brawl|riot|collapse|drowning|hit[\s-]and[\s-]run|rescue|incident|disaster|floods?|tragedy)\b",
    )
});

/// What makes the noun one incident: a definite determiner or a day a few words before it ("the
/// M6 pile-up", "Friday's stabbing", "that warehouse fire").
static DEFINITE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::detect::phrases::regex(
        r"(?i)\b(?:the|that|this|yesterday[’']?s|today[’']?s|tonight[’']?s|last\s+night[’']?s|(?:mon|tues|wednes|thurs|fri|satur|sun)day[’']?s|weekend[’']?s|morning[’']?s)\s+(?:[\w’'&-]+\s+){0,3}?$",
    )
});

/// The incident's coverage, or an event told by what happened to someone in public.
static COVERAGE: LazyLock<Regex> = LazyLock::new(|| {
    crate::detect::phrases::regex(
        r"(?i)\b(?:on\s+the\s+(?:news|local\s+news|telly)|in\s+the\s+(?:paper|papers|local\s+paper|echo|press|headlines)|the\s+footage|(?:this|that|the)\s+(?:viral\s+)?(?:video|clip)|viral\s+video|airlifted|air\s+lifted|knocked\s+(?:off|down)|hit\s+by\s+a\s+(?:car|bus|lorry|van|train|truck|taxi))\b",
    )
});

/// Ward words built on an incident noun: "the crash call", "the fire alarm", "blast cells", "the
/// serious incident review", "accident and emergency", "the heart attack pathway".
static JARGON_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::detect::phrases::regex(
        r"(?i)^\s*(?:calls?|bleeps?|team|trolley|section|buzzer|bell|cart|alarms?|exits?|doors?|drills?|service|brigade|safety|escape|extinguishers?|training|warden|cells?|crisis|forms?|reports?|reporting|review|pains?|inhalers?|packs?|medication|meds|therapy|breaths|and\s+emergency|&\s+emergency|against|plan|pathway|clinic|prevention|risk)\b",
    )
});

static JARGON_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::detect::phrases::regex(
        r"(?i)\b(?:heart|panic|asthma|anxiety|serious|critical|clinical|safety|never)\s+$",
    )
});

/// The first definite incident in `text`, or a reference to coverage of one, as byte offsets.
fn incident(text: &str) -> Option<(usize, usize)> {
    INCIDENT_NOUN
        .find_iter(text)
        .filter(|m| {
            !JARGON_AFTER.is_match(&text[m.end()..])
                && !JARGON_BEFORE.is_match(crate::detect::phrases::lead_in(text, m.start(), 20))
        })
        .find_map(|m| {
            let lead = crate::detect::phrases::lead_in(text, m.start(), 60);
            DEFINITE_BEFORE
                .find(lead)
                .map(|d| (m.start() - lead.len() + d.start(), m.end()))
        })
        .or_else(|| COVERAGE.find(text).map(|m| (m.start(), m.end())))
}

/// Training and pretend incidents.
static DRILL: LazyLock<Regex> = LazyLock::new(|| {
    crate::detect::phrases::regex(
        r"(?i)\b(?:mock|simulated|simulation|sim|drill|exercise|scenario|training\s+day|role[\s-]?play)\b",
    )
});

/// Clinical roles the writer may say they held that night.
const ROLES: &str = r"(?:gp|doctor|doc|registrar|reg|consultant|surgeon|anaesthetist|f1|f2|fy1|fy2|sho|ct1|ct2|st\d|resident|medic|trauma\s+lead|team\s+leader|nurse|paramedic)";

/// The writer's own care of someone: placed in the writer's unit, treated by "we" or "I", brought in.
static OUR_CARE: LazyLock<Regex> = LazyLock::new(|| {
    crate::detect::phrases::regex(&format!(
        r"(?i)(?:\b(?:is|are|was|were)|[’'](?:s|re))\s+(?:(?:now|still|currently|recovering|being\s+treated|doing\s+\w+|all)\s+)*(?:in|on|at|with)\s+(?:our|my)\s+(?:[\w&-]+\s+){{0,2}}?(?:icu|itu|hdu|ward|unit|resus|department|dept|a&e|ed|theatres?|hospital|care|team)\b|\brecovering\s+(?:in|on)\s+(?:our|my)\b|\bwe\s+(?:had|have|got)\s+(?:[\w’']+\s+){{0,3}}?in\s+(?:resus|majors|icu|itu|hdu|theatre|recovery)\b|\b(?:came|come|were\s+brought|was\s+brought|brought)\s+(?:in\s+)?(?:through|to|into)\s+(?:our|my)\s+(?:department|dept|a&e|ed|resus|unit|hospital|doors|majors)\b|\b(?:they|paramedics|ambulances?|the\s+helicopter|the\s+air\s+ambulance)\s+brought\s+(?:in|them\s+in|him\s+in|her\s+in)\b|\b(?:lad|lass|man|woman|girl|boy|guy|bloke|chap|kid|child|baby|driver|cyclist|rider|victim|casualty|casualties|he|she|they)\s+(?:came|was\s+brought|were\s+brought)\s+in\b|\bi\s+was\s+the\s+{ROLES}\s+(?:who|that|on|waiting|in)\b|\btook\s+(?:him|her|them)\s+to\s+theatre\b"
    ))
});

/// "We stitched him up", "the one we're still caring for": the writer's care of someone, kept when
/// a person is its object or comes right before it (see [`cared_for_person`]).
static WE_CARED: LazyLock<Regex> = LazyLock::new(|| {
    crate::detect::phrases::regex(
        r"(?i)\b(?:we|i)(?:[’']re|[’']ve|\s+are|\s+were|\s+have|\s+had|\s+am)?\s+(?:still\s+|just\s+|all\s+)?(?:treated|treating|looked\s+after|looking\s+after|cared\s+for|caring\s+for|stitched|operated\s+on|resuscitated|intubated|patched|saved|scanned|admitted)\b",
    )
});

/// Words that can follow a care verb as its object.
#[rustfmt::skip]
const OBJECTS: &[&str] = &[
    "him", "her", "them", "the", "two", "three", "four", "five", "six", "several", "some", "a",
    "an", "one", "both", "all", "his", "their", "survivors", "victims", "casualties", "patients",
    "people", "kids", "children",
];

/// The care verb at `start..end` has a person for its object ("stitched him up"), ends a relative clause
/// ("the one we're still caring for."), or follows the person it is about ("the family we looked
/// after").
fn cared_for_person(text: &str, start: usize, end: usize) -> bool {
    let next = crate::detect::text::word_after(text, end);
    let object = next.as_ref().is_some_and(|w| {
        OBJECTS.contains(&w.lower().as_str()) || w.text.chars().all(|c| c.is_ascii_digit())
    });
    let clause_end = text[end..]
        .trim_start()
        .chars()
        .next()
        .is_none_or(|c| ".,!?;:)".contains(c));
    let after_person = crate::detect::text::word_before(text, start)
        .is_some_and(|w| PERSON_WORDS.contains(&w.lower().as_str()));
    object || clause_end || after_person
}

/// Words that make the cared-for sentence about a person: "the one we're still caring for".
#[rustfmt::skip]
const PERSON_WORDS: &[&str] = &[
    "he", "she", "him", "her", "his", "they", "them", "one", "family", "victim", "victims",
    "casualty", "casualties", "survivor", "survivors", "passenger", "passengers", "driver",
    "drivers", "rider", "cyclist", "pedestrian", "climber", "walker", "swimmer", "kids", "kid",
    "children", "child", "baby", "girl", "boy", "lad", "lass", "man", "woman", "guy", "bloke",
    "chap", "injured", "mum", "dad", "teenager", "toddler",
];

/// A person in the sentence around `pos` or the next one ("I was the consultant on. She's
/// stable."), by span or by word.
fn person_in_sentence(text: &str, a: &Analysis, pos: usize) -> bool {
    let (s, end) = crate::detect::phrases::sentence_around(text, pos);
    let e = if end < text.len() {
        crate::detect::phrases::sentence_around(text, end + 1)
            .1
            .max(end)
    } else {
        end
    };
    let people = a
        .of_kinds(&[
            SpanKind::PersonRef,
            SpanKind::PatientRef,
            SpanKind::AgeSex,
            SpanKind::Occupation,
            SpanKind::KnownPerson,
        ])
        .any(|p| (p.start as usize) < e && p.end as usize > s);
    people
        || text
            .get(s..e)
            .unwrap_or("")
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| PERSON_WORDS.contains(&w.to_lowercase().as_str()))
}

/// The incident and the writer's care of someone hurt in it, when the post holds both.
pub(super) fn incident_care(r: &Record, a: &Analysis) -> Option<Finding> {
    if writer(r) == Writer::Other || a.has(SpanKind::Hypothetical) {
        return None;
    }
    let text = r.text.as_str();
    let (start, end) = incident(text)?;
    let care = OUR_CARE
        .find_iter(text)
        .chain(
            WE_CARED
                .find_iter(text)
                .filter(|m| cared_for_person(text, m.start(), m.end())),
        )
        .find(|m| person_in_sentence(text, a, m.start()))?;
    if DRILL.is_match(text) {
        return None;
    }
    let spans = [
        Span::new(start, end, SpanKind::NarrativeHook),
        Span::new(care.start(), care.end(), SpanKind::Encounter),
    ];
    let words = quoted(texts(text, &spans), 2);
    let mut f = Finding::new(
        &PATIENT_NARRATIVE,
        r,
        format!(
            "ties someone you cared for to a public incident ({words}): anyone who knows who was hurt in it knows your patient"
        ),
        evidence(text, &spans),
        Action::new(ActionKind::Edit, ""),
    );
    f.severity = medium_if_public(r);
    f.confidence = 0.6;
    settle(
        &mut f,
        r,
        a.has_any(&[SpanKind::Consent, SpanKind::Anonymised]),
        format!(
            "Delete this {}: the incident is public, so saying you cared for someone hurt in it ({words}) points at them.",
            noun(r)
        ),
        format!(
            "Take out that you or your team cared for someone from the incident ({words}), or delete the {}.",
            noun(r)
        ),
    );
    Some(f)
}

#[cfg(test)]
mod tests {
    use crate::detect::Analysis;
    use crate::model::{Audience, Kind, Platform};

    fn fires(text: &str) -> bool {
        let r =
            crate::rules::testing::record(Platform::Twitter, Kind::Post, Audience::Public, text);
        super::incident_care(&r, &Analysis::of(&r)).is_some()
    }

    #[test]
    fn the_rare_words_gate_their_regexes() {
        assert!(super::INCIDENT_NOUN.is_gated());
        assert!(super::COVERAGE.is_gated());
        assert!(super::OUR_CARE.is_gated());
        assert!(super::WE_CARED.is_gated());
    }

    #[test]
    fn care_of_someone_hurt_in_a_named_incident() {
        for t in [
            "Awful scenes at the M6 pile-up this morning. Two of the drivers are in our ICU tonight.",
            "That stabbing outside the Crown on Friday: I was the registrar who took him to theatre.",
            "The climber airlifted off Snowdon at the weekend is recovering on my ward",
            "Thinking of all the crews after the warehouse fire, especially the one we're still caring for.",
            "Was on when they brought in the kids from the school minibus crash. Heartbreaking.",
            "For those asking about the Ferris wheel accident: I was the consultant on. She's stable.",
        ] {
            assert!(fires(t), "{t}");
        }
    }

    #[test]
    fn the_incident_without_anyone_in_our_care_is_not() {
        for t in [
            "Awful scenes at the M6 pile-up this morning. Thoughts with everyone involved.",
            "Our ED will be busy after the bus crash on Hagley Road, please only come if it's urgent.",
            "Road safety matters: most of the motorbike crashes we see in resus involve speed.",
            "Huge thanks to everyone who came in on their day off to help after the train derailment.",
            "Training day: we ran a mock major incident drill and treated two casualties from a coach crash.",
            "The warehouse fire is on the news again, glad no one was hurt.",
            "The fire in the hospital kitchen: we treated it as a major incident and evacuated ward 3",
            "Our A&E is on the news again. We treated 300 people yesterday with 4 doctors.",
            "The crash call went out at 3am and we had him in resus within a minute. Teamwork.",
            "The fire alarm went off at 4am and we had to move the patients on our ward.",
        ] {
            assert!(!fires(t), "{t}");
        }
    }
}

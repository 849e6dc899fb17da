//! A doctor saying in public that they cared for someone the readers can name.
//!
//! "Even confirming that a person was a patient counts" (GMC 2024 ¶18–20; 2013 ¶14): a comment
//! under someone's video ("I think I was your anaesthetist!"), a reply to a grandchild ("it was a
//! privilege looking after him on Ward 22"), or a post about a celebrity ("I delivered her baby")
//! identifies the patient through the person addressed or named, with no clinical detail needed.
//! The pattern is a first-person act of care, or a first-person clinical role, aimed at the person
//! addressed ("you", "your gran") or a third person the post is about. Conditionals ("if I were your
//! GP"), the writer's own care ("my GP treated me") and fiction are not confirmations.

use crate::detect::gate::Regex;
use crate::detect::{Analysis, Span, SpanKind};
use std::sync::LazyLock;

/// Clinical roles a doctor (or a colleague in the team) could hold towards a patient.
const ROLES: &str = "gp|doctor|doc|registrar|reg|consultant|surgeon|anaesthetist|anesthesiologist|\
    anaesthetic reg|midwife|obstetrician|obs reg|nurse|f1|f2|fy1|fy2|sho|houseman|house officer|\
    intern|resident|paramedic|physio|physiotherapist|psychiatrist|oncologist|cardiologist|\
    neurologist|paediatrician|pediatrician|a&e doctor|ed doctor|er doctor|medic|dentist|\
    orthopaedic surgeon|radiologist|radiographer|sonographer|therapist";

/// First-person acts of care.
const CARE_VERBS: &str =
    "treated|looked after|cared for|operated on|delivered|stitched up|stitched|\
    sutured|plastered|admitted|clerked|scanned|resuscitated|intubated|anaesthetised|put under|\
    discharged|examined|diagnosed|nursed|saw|seen|sectioned|referred|resus'd|reviewed";

/// Who the care was for: the person addressed, a relative or friend of theirs, or a third person.
const WHOM: &str = r"you|your\s+(?:\w+(?:-in-law)?)|him|her|them|his\s+\w+|her\s+\w+|their\s+\w+";

/// Where a clause may start with its verb, the "I" dropped as casual posts do: "saw you in clinic
/// this morning mate", "@jo treated your lad in minors on Saturday".
const CLAUSE_START: &str = r"(?:^|[.!?;:,\n])\s*(?:(?:@[\w.]+|sorry|hey|hi|hiya|yes|yeah|ha|haha|lol|mate|btw|oh|honestly)[\s,!]+)*";

static CONFIRMS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?:\b(?:i|we|(?:me|us)\s+(?:who|that))(?:'ve|\s+have|\s+had|\s+think\s+i|\s+actually|\s+definitely|\s+once)*\s+)(?:(?:was|were)\s+(?:your|his|her|their)(?:\s+[\w-]+['’]s)?\s+(?:{roles})\b|(?:{verbs})\s+(?:{whom})\b|(?:was|were)\s+(?:looking\s+after|caring\s+for|treating)\s+(?:{whom})\b)|{CLAUSE_START}(?:{verbs})\s+(?:{whom})\b",
        roles = alternation(ROLES),
        verbs = alternation(CARE_VERBS),
        whom = WHOM,
        CLAUSE_START = CLAUSE_START,
    ))
    .expect("valid regex")
});

/// Training grades: what a junior doctor is to their consultant or trainer as well as to a patient.
static TRAINEE_GRADE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:registrar|reg|f1|f2|fy1|fy2|sho|houseman|house\s+officer|intern|resident|trainee)$")
        .expect("valid regex")
});

/// A senior colleague the writer trained under: "my old GP trainer", "my consultant", "my boss".
static SENIOR_COLLEAGUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:my|our)\s+(?:old\s+|former\s+|first\s+|brilliant\s+)?(?:gp\s+|clinical\s+|educational\s+)?(?:trainer|supervisor|consultant|boss|mentor|programme\s+director)\b|\bworked\s+(?:for|under)\s+(?:her|him|them)\b",
    )
    .expect("valid regex")
});

/// "it was a privilege looking after him", "an honour to care for your nan".
static PRIVILEGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?:privilege|honour|honor|pleasure|joy)\s+(?:of\s+|to\s+)?(?:looking\s+after|look\s+after|caring\s+for|care\s+for|treating|treat|nursing|nurse|meeting\s+and\s+treating)\s+(?:{WHOM})\b"
    ))
    .expect("valid regex")
});

/// Relatives of the person addressed, for "your dad … on our ward".
const RELATIVES: &str = r"mum|mom|mother|dad|father|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|nan|nana|nanna|husband|wife|partner|son|daughter|brother|sister|uncle|aunt|auntie|baby|little\s+one|boy|girl";

/// Units a doctor calls their own ("our ward", "my clinic").
const OWN_UNIT: &str = r"(?:our|my)\s+(?:ward|unit|clinic|department|dept|practice|surgery|hospice|theatres?|icu|itu|hdu|a&e|ed|stroke\s+unit|labour\s+ward|list)";

/// "your dad was such a character on our ward", "we loved having your nan on our unit": the person
/// addressed learns, and everyone reading learns, that their relative was the writer's patient.
static RELATIVE_ON_OUR_UNIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\byour\s+(?:{RELATIVES})\b[^.!?\n]{{0,60}}?\b(?:on|in|at)\s+{OWN_UNIT}\b|\b(?:on|in|at)\s+{OWN_UNIT}\b[^.!?\n]{{0,40}}?\byour\s+(?:{RELATIVES})\b"
    ))
    .expect("valid regex")
});

/// Someone said to be on the writer's list: "one of them is my patient", "the county cricket
/// captain, one of my patients", "he's a patient of mine now", "turns out she's on our list", "been
/// my patient since she was little". Who they are is in the post; that they are a patient is the
/// disclosure.
static ON_MY_LIST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:\b(?:is|was|are|been)|[’']s|[’']re|,)\s+(?:(?:actually|also|now|still|apparently|even)\s+)?(?:(?:one|two|both|some)\s+of\s+(?:my|our)\s+(?:own\s+)?(?:patients|diabetics|asthmatics|regulars|antenatal\s+mums|frequent\s+flyers)|(?:my|our)\s+(?:own\s+)?patient|a\s+(?:patient|regular)\s+(?:of\s+(?:mine|ours)|at\s+(?:our|my)\s+(?:practice|surgery|clinic|hospital))|on\s+(?:my|our)\s+(?:patient\s+)?(?:list|books|caseload)|registered\s+(?:with|at)\s+(?:us|me|our\s+(?:practice|surgery)))\b",
    )
    .expect("valid regex")
});

/// The words an [`ON_MY_LIST`] phrase must hold, as one gated alternation: that regex opens with a
/// copula or a comma, which every post has.
static LIST_WORD: LazyLock<Regex> = LazyLock::new(|| {
    crate::detect::phrases::regex(
        r"(?i)\b(?:patient|patients|diabetics|asthmatics|regular|regulars|mums|flyers|list|books|caseload|registered)\b",
    )
});

/// What may follow an [`ON_MY_LIST`] phrase when it ends the clause: punctuation, an emoji, or a
/// word that adds nothing ("since she was little", "for her knee", "now", "too").
fn ends_clause(rest: &str) -> bool {
    let rest = rest.trim_start();
    match rest.chars().next() {
        None => true,
        Some('’' | '\'') => false,
        Some(c) if !c.is_alphanumeric() => true,
        Some(_) => {
            let word: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric())
                .collect::<String>()
                .to_lowercase();
            matches!(
                word.as_str(),
                "since"
                    | "for"
                    | "now"
                    | "too"
                    | "and"
                    | "so"
                    | "already"
                    | "anyway"
                    | "haha"
                    | "lol"
                    | "ha"
                    | "btw"
                    | "actually"
                    | "apparently"
                    | "though"
            )
        }
    }
}

/// "On our list for the Christmas party": a list for a thing, not a patient list. "On my list for
/// her knee" is.
fn list_for_something(hit: &str, rest: &str) -> bool {
    let lower = hit.to_lowercase();
    if !["list", "books", "caseload"]
        .iter()
        .any(|w| lower.ends_with(w))
    {
        return false;
    }
    let mut words = rest
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase);
    words.next().as_deref() == Some("for")
        && !matches!(
            words.next().as_deref(),
            Some("his" | "her" | "their" | "years")
        )
}

fn alternation(list: &str) -> String {
    list.split('|')
        .map(|v| v.trim().replace(' ', r"\s+"))
        .filter(|v| !v.is_empty())
        .collect::<Vec<_>>()
        .join("|")
}

/// "saw you in clinic", "looking after him on Ward 22": a looser verb made clinical by the setting.
static SETTING_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[^.!?]{0,30}?\b(?:in|on|at|into)\s+(?:the\s+|my\s+|our\s+)?(?:clinic|surgery|a&e|a and e|ed|resus|majors|minors|theatre|recovery|ward|icu|itu|hdu|ccu|amu|labour ward|the unit|maternity|outpatients|fracture clinic|stroke unit|hospital|gp practice)\b")
        .expect("valid regex")
});

/// Words before a hit that make it a conditional, a wish or someone else's act.
const HEDGES: &[&str] = &[
    "if ",
    "if i",
    "wish ",
    "would have",
    "would've",
    "could have",
    "imagine",
    "pretend",
    "as if",
    "unless",
    "when i'm",
    "once i'm",
    "hope i",
];

/// Verbs that are clinical only with a clinical setting next to them.
const LOOSE: &[&str] = &[
    "saw",
    "seen",
    "reviewed",
    "admitted",
    "referred",
    "examined",
    "discharged",
];

/// The confirmation phrase in `text`, if any: a first-person role or act of care aimed at a person.
/// The (at most) 25 characters before byte `pos`, lowercased: where hedges and invitations sit.
fn head_before(text: &str, pos: usize) -> String {
    let start = text[..pos]
        .char_indices()
        .rev()
        .nth(24)
        .map_or(0, |(i, _)| i);
    text[start..pos].to_lowercase()
}

pub(super) fn confirmation(text: &str, a: &Analysis) -> Option<Span> {
    if a.has(SpanKind::Hypothetical) {
        return None;
    }
    if let Some(m) = PRIVILEGE.find(text) {
        return Some(Span::new(m.start(), m.end(), SpanKind::Encounter));
    }
    if let Some(m) = RELATIVE_ON_OUR_UNIT.find(text) {
        let head = head_before(text, m.start());
        // An invitation or a booking ("bring your dad to our open day") is not a confirmation.
        let invitation = format!("{head} {}", m.as_str().to_lowercase())
            .split_whitespace()
            .any(|w| {
                matches!(
                    w,
                    "can"
                        | "could"
                        | "will"
                        | "should"
                        | "bring"
                        | "book"
                        | "welcome"
                        | "join"
                        | "come"
                        | "register"
                        | "sign"
                )
            });
        if !invitation && !HEDGES.iter().any(|h| head.contains(h)) {
            return Some(Span::new(m.start(), m.end(), SpanKind::Encounter));
        }
    }
    for m in CONFIRMS.find_iter(text) {
        let lower = m.as_str().to_lowercase();
        let head = head_before(text, m.start());
        if HEDGES.iter().any(|h| head.contains(h)) {
            continue;
        }
        // "treated myself", "saw him at the pub": an own-care or social sense.
        let rest = &text[m.end()..];
        if rest.trim_start().to_lowercase().starts_with("self") {
            continue;
        }
        let loose = LOOSE.iter().any(|v| {
            lower
                .split_whitespace()
                .any(|w| w.trim_matches(|c: char| !c.is_alphanumeric()) == *v)
        });
        let looking = lower.contains("looking after")
            || lower.contains("caring for")
            || lower.contains("treating");
        if (loose || looking)
            && !SETTING_AFTER.is_match(rest)
            && !a.has_any(&[
                SpanKind::WardRef,
                SpanKind::HospitalName,
                SpanKind::ClinicalSetting,
            ])
        {
            continue;
        }
        // "My old GP trainer… 20 years since I was her registrar": a trainee's grade said of a
        // senior colleague is a working relation, not care.
        let trainee_of_a_senior = TRAINEE_GRADE.is_match(&lower)
            && !lower.contains("your")
            && SENIOR_COLLEAGUE.is_match(text);
        if trainee_of_a_senior {
            continue;
        }
        // "I delivered her" a parcel: "delivered" needs a birth word nearby.
        if lower.contains("delivered") {
            let near: String = lower
                .chars()
                .chain(rest.chars().take(20))
                .collect::<String>()
                .to_lowercase();
            let birth = [
                "baby", "twins", "son", "daughter", "boy", "girl", "triplets",
            ];
            if !birth.iter().any(|b| near.contains(b)) && !lower.ends_with("you") {
                continue;
            }
        }
        return Some(Span::new(m.start(), m.end(), SpanKind::Encounter));
    }
    if !LIST_WORD.is_match(text) {
        return None;
    }
    ON_MY_LIST
        .find_iter(text)
        .find(|m| {
            let head = head_before(text, m.start());
            // "You're my patient, so DM me": said to the patient, a boundary question.
            let to_reader = head
                .split(|c: char| !c.is_alphanumeric())
                .rfind(|w| !w.is_empty())
                .is_some_and(|w| matches!(w, "you" | "u" | "ya"));
            !HEDGES.iter().any(|h| head.contains(h))
                && !head.ends_with("not")
                && !to_reader
                && ends_clause(&text[m.end()..])
                && !list_for_something(m.as_str(), &text[m.end()..])
        })
        .map(|m| {
            let start =
                m.start() + m.as_str().len() - m.as_str().trim_start_matches([',', ' ']).len();
            Span::new(start, m.end(), SpanKind::Encounter)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hit(text: &str) -> Option<String> {
        let a = Analysis::of_text(text);
        confirmation(text, &a).map(|s| s.text(text).to_string())
    }

    #[test]
    fn roles_and_acts_of_care_towards_someone_named_or_addressed() {
        assert!(hit("Lovely to see this! I was your mum's midwife back in 2019 x").is_some());
        assert!(hit("haha I think I stitched you up after that rugby match").is_some());
        assert!(hit("Hang on, I treated him last year, small world").is_some());
        assert!(hit("We looked after your dad in ITU, he was a gent").is_some());
        assert!(hit("I saw you in clinic on Tuesday, glad it settled").is_some());
        assert!(hit("@sam so sorry, it was an honour caring for your nan on the ward").is_some());
        assert!(hit("Watching the final and realised I delivered her baby 👶").is_some());
        assert!(hit("Ha, it was me who stitched your son up in minors!").is_some());
        assert!(hit("Tom, your grandad was a joy to have on our unit. Thinking of you").is_some());
        assert!(
            hit("saw you on the fracture clinic list this morning mate, hope the cast is ok")
                .is_some()
        );
        assert!(
            hit("@jo sorry, treated your lad in minors on Saturday, keep it elevated").is_some()
        );
    }

    #[test]
    fn someone_said_to_be_on_the_writers_list() {
        for t in [
            "Two local women are in the final of Bake Off and one of them is my patient!",
            "Congratulations to the county cricket captain on his century, one of my patients 😉",
            "Saw our MP in clinic this morning, he's a patient of mine now",
            "Remember the lottery winner from Didcot? Turns out she's on our list",
            "That singer who won the Voice? Been my patient since she was little",
        ] {
            assert!(hit(t).is_some(), "{t}");
        }
        for t in [
            "One of my patients gave me a lovely card today, made my week",
            "A patient of mine reminded me today why I do this job",
            "This is my patient's x-ray from last year, the fracture is healed",
            "The best part of today was my patient telling me she'd quit smoking",
            "@lou you're my patient so DM me about the referral",
            "If she were my patient I'd refer her today",
            "He is not my patient, I only covered the clinic",
        ] {
            assert_eq!(hit(t), None, "{t}");
        }
    }

    #[test]
    fn conditionals_own_care_and_social_senses_are_not() {
        assert!(hit("If I was your GP I'd tell you the same thing").is_none());
        assert!(hit("I saw you at the pub last night, what a laugh").is_none());
        assert!(hit("My GP treated me brilliantly after my op").is_none());
        assert!(hit("I delivered her birthday present by hand").is_none());
        assert!(hit("I was your age when I started med school").is_none());
        assert!(hit("Bring your dad along to our practice open day").is_none());
        assert!(hit("It was me who stitched the curtains up").is_none());
        assert!(hit("saw you at the rugby on Saturday mate, what a game").is_none());
        assert!(hit("@jo treated myself to a new bike, you should too").is_none());
        assert!(hit("Have you seen her latest video? Hilarious").is_none());
        assert!(hit("Was your GP any help with the referral?").is_none());
    }
}

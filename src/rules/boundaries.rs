//! Boundaries: patients contacting a doctor through a private profile, individual clinical advice
//! online, romantic or friendship approaches, and friending patients.
//!
//! GMC 2024 ¶17: "If a patient contacts you about their care through your private profile, you should
//! direct them to an appropriate healthcare setting." GMC 2013 ¶11: "indicate that you cannot mix
//! social and professional relationships". ¶16 / 2013 ¶10 point to the boundaries guidance, and the MDU
//! sees 10–30 cases a year of patients' romantic advances, now mostly through social networks.
//!
//! - BND001 (threads): someone asks the doctor about their own care or symptoms in a direct message,
//!   and the doctor's reply gives advice (or discusses the care) instead of redirecting. The finding is
//!   on the reply; the question is listed in `related`. A redirect ("please book an appointment",
//!   "call 111", "I can't give advice here") resolves the contact.
//! - BND002: individual clinical advice in a reply, comment or group message that is personal care:
//!   one member of a group chat addressed, or a reply naming a care relation or offering more care
//!   privately. Public dosing advice alone is left to the prescribing rules.
//! - BND003: a romantic approach where one side names the doctor–patient relation.
//! - BND004: friending, following or adding a patient.
//! - BND005 (threads): accepting a patient's social or romantic invitation.
//! - BND006 (solicit): inviting someone to a private consultation ("DM me your symptoms", "send me a
//!   photo and I'll tell you", "I can write you a private script").
//! - BND007 (narrated): a post telling of advising a patient through a personal channel, handing
//!   patients a personal number, or a relationship with a (former) patient.
//! - BND008 (records): records opened for a friend, a relative or oneself, or a patient's contact
//!   details taken from their file for a personal reason.

use super::guidance::{Guidance, GuidanceSource::*};
use super::verdict::{evidence, lower, quoted, reach, writer, Reach, Writer};
use super::{Action, ActionKind, Category, Context, CrossRule, Finding, Rule, RuleMeta, Severity};
use crate::detect::gate::Regex;
use crate::detect::{Analysis, Span, SpanKind};
use crate::model::{Kind, Record};
use std::sync::LazyLock;

use SpanKind as K;

mod narrated;
mod records;
mod solicit;
mod threads;

pub fn rules() -> Vec<Box<dyn Rule>> {
    vec![
        Box::new(PublicAdvice),
        Box::new(RomanticApproach),
        Box::new(Friending),
        Box::new(solicit::PrivateConsultation),
        Box::new(narrated::NarratedCrossing),
        Box::new(records::RecordsOutsideCare),
    ]
}

pub fn cross_rules() -> Vec<Box<dyn CrossRule>> {
    vec![
        Box::new(threads::PrivateContact),
        Box::new(threads::AcceptedApproach),
    ]
}

pub(super) const CONTACT_GUIDANCE: &[Guidance] = &[
    Guidance::cite(Gmc2024, "16"),
    Guidance::cite(Gmc2024, "17"),
    Guidance::cite(Gmc2013, "10"),
    Guidance::cite(Gmc2013, "11"),
];

pub(super) const RELATION_GUIDANCE: &[Guidance] = &[
    Guidance::cite(Gmc2024, "16"),
    Guidance::cite(Gmc2013, "10"),
    Guidance::cite(Gmc2013, "11"),
    Guidance::cite(Mdu, "DON'T blur professional boundaries"),
];

pub(super) fn spans(a: &Analysis, kinds: &[SpanKind]) -> Vec<Span> {
    a.of_kinds(kinds).copied().collect()
}

pub(super) fn texts<'a>(text: &'a str, v: &[Span]) -> Vec<&'a str> {
    super::verdict::outer_texts(text, v)
}

/// A message asking about one's own care: a reference to having been seen by the doctor, or a
/// question about one's own symptoms, results or medicines — not a colleague's question about
/// their patient.
pub(super) fn care_contact(a: &Analysis) -> Vec<Span> {
    let contact = spans(a, &[K::CareContact]);
    let query = spans(a, &[K::SymptomQuery]);
    let about_a_patient = a.has_any(&[K::PatientRef, K::BedRef, K::WardRef]);
    if !(contact.is_empty() || about_a_patient && query.is_empty() && contact.len() == 1) {
        let mut v = contact;
        v.extend(query);
        return v;
    }
    if about_a_patient {
        return Vec::new();
    }
    // A symptom question needs a clinical anchor, not just "any ideas?".
    let anchored = a.has_any(&[K::Condition, K::Dose, K::Results]) || query.len() >= 2;
    if anchored {
        query
    } else {
        Vec::new()
    }
}

/// Individual advice given in a reply: advice phrases and doses addressed to someone.
pub(super) fn advice(text: &str, a: &Analysis) -> Vec<Span> {
    let mut v = spans(a, &[K::Advice]);
    if !v.is_empty() || a.has(K::Dose) {
        v.extend(
            a.of_kind(K::Dose)
                .filter(|s| s.text(text).chars().any(|c| c.is_ascii_digit()))
                .copied(),
        );
    }
    v.sort();
    v
}

/// "Just up the levothyroxine to 75", "stop the amlodipine": an instruction about a named
/// prescription medicine, read with the prescribing rules' directives.
fn medicine_directives(r: &Record) -> Vec<Span> {
    let meds = &super::judge::analysis(r).meds;
    if meds.is_empty() {
        return Vec::new();
    }
    crate::detect::dosing::find_directives(&r.text)
        .into_iter()
        // An offer to supply or prescribe is the remote-prescribing rules' finding, not advice.
        .filter(|d| d.kind != crate::detect::dosing::DirectiveKind::Supply)
        .filter(|d| {
            meds.iter()
                .any(|m| super::judge::distance((m.start, m.end), (d.start, d.end)) <= 40)
        })
        .map(|d| Span::new(d.start, d.end, K::Dose))
        .collect()
}

pub(super) fn clinical(a: &Analysis) -> Vec<Span> {
    spans(a, &[K::Condition, K::Results, K::Dose])
}

/// "At the clinic Christmas party": the place names a social event, not a consultation.
static SOCIAL_EVENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s+(?:(?:christmas|xmas|summer|leaving|charity|staff)\s+)?(?:party|do|fundraiser|social|quiz|bake\s+sale|drinks|night\s+out|ball|dinner|barbecue|bbq|raffle|fun\s+run|drive)\b")
        .expect("valid regex")
});

/// What follows a care relation when the person was there to work, not to be treated: "you were on
/// my ward last year as a student", "…as an F1".
static AS_A_COLLEAGUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[^.!?\n]{0,30}?\bas\s+(?:a|an|my|our)\s+(?:(?:medical|nursing|student|final[\s-]year)\s+)?(?:student|trainee|f1|f2|fy1|fy2|sho|registrar|reg|nurse|hca|medic|locum|junior|colleague|physio|pharmacist|student\s+nurse)\b")
        .expect("valid regex")
});

/// The writer tells the person addressed that they were in the writer's care ("you were on my
/// ward", "I'm your consultant"): the text speaks to one patient, so an "if you've got questions"
/// in it is an offer to them, not advice to people in general.
fn speaks_to_their_patient(text: &str, relation: &[Span]) -> bool {
    relation.iter().any(|s| {
        let t = s.text(text).to_lowercase();
        let t = t.strip_prefix("when ").unwrap_or(&t);
        [
            "you were",
            "u were",
            "i'm your",
            "i’m your",
            "i am your",
            "i'm ur",
            "im ur",
        ]
        .iter()
        .any(|p| t.starts_with(p))
    })
}

/// The words before `start` introduce the writer by title: "it's Dr Patel ", "this is Dr Amy ".
fn introduced_as_doctor(text: &str, start: usize) -> bool {
    static INTRODUCED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:it[’']?s|this\s+is|i[’']?m)\s+dr\.?\s+[A-Za-z][\w’'-]*\s*$")
            .expect("valid regex")
    });
    let lead = crate::detect::phrases::lead_in(text, start, 30);
    INTRODUCED.is_match(lead)
}

/// "u" or "ur" as a word: the reader addressed in texting spellings.
pub(super) fn texting_you(lower: &str) -> bool {
    lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w == "u" || w == "ur")
}

/// The professional rules quoted: "the GMC position is that you mustn't…", "MDU advice says…". A
/// post explaining them is guidance about boundaries, not an approach.
static GUIDANCE_CITED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:the\s+)?(?:gmc|bma|mdu|mps|mddus|medical\s+council)(?:[’']s)?\s+(?:position|guidance|advice|rules?|says|is\s+clear)\b|\bgood\s+medical\s+practice\s+(?:says|is\s+clear)\b",
    )
    .expect("valid regex")
});

pub(super) fn cites_guidance(text: &str) -> bool {
    GUIDANCE_CITED.is_match(text)
}

/// The reader seen in the writer's care, said to them: "at your filler review on Saturday",
/// "since your appointments", "you were hilarious in clinic", "now you've moved practices".
static YOUR_CARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:since|at|after|during)\s+(?:your|ur)\s+(?:last\s+|recent\s+|first\s+)?(?:[\w-]+\s+)?(?:appointments?|review|consultation|follow[\s-]?up|check[\s-]?up|procedure|treatment|smear|visit)s?\b|\byou\s+(?:were|was|looked|seemed)\s+(?:[\w-]+\s+){1,4}?(?:in|at)\s+(?:my\s+|the\s+|our\s+)?(?:clinic|surgery|ward|a&e|outpatients|resus)\b|\b(?:now\s+(?:that\s+)?|shame\s+|since\s+)(?:you[’']?(?:ve|\s+have)|you|u)\s+(?:moved|changed|switched|left)\s+(?:practices?|surger(?:y|ies)|gps?|doctors?)\b|\bremember\s+(?:me|u|you)\s+from\s+(?:the\s+|your\s+|ur\s+)?(?:[\w-]+\s+){0,3}?(?:clinic|app|surgery|practice|ward|a&e|healthcare|hospital|screen(?:ing)?|medical|appointment|consultation|prison|gaol)\b|\b(?:it[’']?s|its|this\s+is|i[’']?m|im)\s+(?:dr\.?\s+)?[A-Za-z][\w’'-]*,?\s+(?:the\s+)?(?:[\w-]+\s+)?(?:doctor|doc|gp|medic|physio|nurse)\s+from\s+(?:your|ur)\s+(?:[\w-]+\s+){0,2}?(?:medical|screen(?:ing)?|assessment|check[\s-]?up|health\s+check|appointment|consultation|review|jab|vaccination)\b|\bi\s+was\s+the\s+(?:doctor|gp|locum|doc|medic|clinician)\s+(?:on|at|for|in|who\s+did)\s+(?:your|ur)\s+(?:[\w-]+\s+){0,2}?(?:consultation|consult|call|appointment|medical|assessment|review|screen(?:ing)?|video\s+call)\b|\b(?:i[’']?m|im|i\s+am)\s+(?:(?:technically|still|literally|actually|officially)\s+)+(?:your|ur)\s+(?:doctor|doc|gp|psychiatrist|consultant|surgeon)\b|\b(?:outside|away\s+from)\s+(?:the|my|our)\s+(?:surgery|clinic|practice|ward)\b|\b(?:looking|looked)\s+after\s+(?:you|u)\s+(?:on|in)\s+(?:the|my|our)\s+(?:unit|ward|icu|itu|hdu|nicu|department)\b|\byou[’']?ve\s+been\s+(?:coming\s+to\s+see|seeing)\s+me\s+(?:about|for|with)\s+(?:your|ur)\b|\bi\s+was\s+(?:your|ur)\s+(?:sho|f1|fy1|f2|fy2|doctor|gp|reg|registrar|surgeon|anaesthetist|consultant|midwife|house\s+officer|junior\s+doctor)\b|\b(?:i\s+was|i[’']m|it\s+was)\s+the\s+(?:doctor|gp|locum|surgeon|reg|registrar|sho|f1|anaesthetist|consultant|medic)\s+(?:who|that)\s+(?:sorted|treated|saw|stitched|fixed|looked\s+after|operated\s+on|plastered|examined|admitted|discharged|reset|scanned)\s+(?:you|your|ur)\b|\bthe\s+(?:locum|doctor|gp|registrar|reg|sho|surgeon)\s+(?:you|u)\s+saw\s+(?:on|last|this|yesterday|earlier|at)\b|\byou[’']?re\s+the\s+(?:mum|mom|dad|lady|man|patient|gent|guy|woman)\s+i\s+saw\s+(?:in|at)\b|\bnow\s+(?:that\s+)?you[’']?re\s+(?:all\s+)?(?:discharged|off\s+my\s+list|out\s+of\s+hospital)\b|\b(?:after|since)\s+the\s+(?:appointment|op|operation|consultation|procedure)(?:\s*[?.!,;]|\s*$|\s+(?:today|yesterday|on\s+\w+day|this\s+\w+|last\s+\w+|earlier|the\s+other\s+day|you\s+had))|\b(?:it[’']?s|this\s+is|i[’']?m)\s+(?:dr\.?\s+)?[A-Za-z][\w’'-]*,?\s+(?:the\s+)?(?:doctor|gp|locum|surgeon|reg|registrar|sho|f1|fy1|anaesthetist|consultant|psychiatrist|medic|physio)\s+(?:from\s+(?:your|ur|yesterday|last|the|(?:on\s+)?(?:mon|tues?|wed(?:nes)?|thurs?|fri|sat(?:ur)?|sun)(?:day)?)|who\s+(?:saw|treated)\s+(?:you|u))\b|\bit[’']?s\s+dr\.?\s+[A-Za-z][\w’'-]*\s+from\s+the\s+(?:[\w-]+\s+){0,2}?(?:clinic|surgery|practice|ward|unit|a&e|hospital|walk-in(?:\s+centre)?)\b|\bi[’']?m\s+(?:literally\s+|actually\s+|technically\s+)?(?:your|ur)\s+(?:doctor|gp|psychiatrist|consultant|surgeon|therapist|psychologist|physio|midwife|anaesthetist)\b|\bmy\s+(?:\w+\s+){0,2}?(?:recon|repair|op|replacement|fracture|hip|knee|acl|appendix|gallbladder)\s+(?:guy|girl|lady|man|woman|bloke|patient|lad)\b|\b(?:it[’']?s|this\s+is|i[’']?m|im)\s+(?:dr\.?\s+)?(?-i:[A-Z])[\w’'-]*,?\s+(?:the\s+)?(?:doctor|gp|locum|surgeon|reg|registrar|sho|f1|fy1|anaesthetist|consultant|psychiatrist|medic|physio|nurse|midwife|injector)\s+from\s+(?:[\w’'&-]+\s+){0,3}?(?:clinic|surgery|practice|ward|unit|a&e|hospital|minors|majors|resus|appt|appointment|theatres?|department|outpatients|walk-in)\b|\b(?:it[’']?s|this\s+is)\s+dr\.?\s+[A-Za-z][\w’'-]*\s+from\s+(?:a&e|minors|majors|resus|(?-i:[A-Z][a-z][\w’'-]*))\b|\bdr\.?\s+[A-Za-z][\w’'-]*\s+here\s+from\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:clinic|surgery|practice|ward|unit|a&e|hospital|department)\b|\bas\s+(?:the|your|ur)\s+(?:team|club|expedition|trip|tour|event|camp|festival|ship[’']?s|race|squad)\s+(?:doc|doctor|medic|physio|gp)\b|\bhow[’']?s\s+(?:the|your|ur)\s+(?:tox|botox|filler|lips|knee|wrist|ankle|stitches|scar|wound|cast|shoulder|hip|treatment|procedure|op)\s+(?:settling|healing|doing|feeling|getting\s+on|recovering)\b|\bthe\s+(?:stitches|sutures|filler|tox|injections?|cast|op|operation|procedure|cannula|plaster)\s+i\s+(?:did|put\s+in|gave\s+(?:you|u)|placed|done)\b|\b(?:meet|meeting)\s+(?:you|u)\s+in\s+(?:clinic|the\s+clinic|a&e|resus|minors|majors)\b|\b(?:you|u)\s+(?:were|was)\s+(?:on|in)\s+(?:the\s+|my\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:unit|ward|bay|icu|itu|hdu|ccu)\s+(?:last|this|in|when|a\s+few|back\s+in|over)\b|\b(?:you|u)\s*(?:[’']?re|\s+are|\s+were|\s+was)\s+one\s+of\s+(?:ours|mine|my\s+patients|our\s+patients)\b",
    )
    .expect("valid regex")
});

/// Someone placed in the writer's care by what the writer did for them or called them: "the lady I
/// sedated for her colonoscopy", "ur one of my asthma kids from ward 5".
static CARED_FOR_BY_WRITER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:the|a|this|that)\s+(?:lady|man|woman|guy|bloke|girl|lad|fella|chap|gent|gentleman|mum|dad|patient|kid|teenager|student)\s+(?:i|we)\s+(?:sedated|operated\s+on|treated|scoped|scanned|delivered|stitched|sutured|discharged|looked\s+after|anaesthetised|admitted|plastered|casted|saw\s+in\s+(?:clinic|a&e|resus|majors|minors))\b|\b(?:ur|you[’']?re|you\s+are)\s+one\s+of\s+my\s+(?:[\w-]+\s+)?(?:kids|patients|ladies|lads|regulars|mums|babies|boys|girls)\b",
    )
    .expect("valid regex")
});

/// The reader met as a patient in a clinic, said to them: "recognised you from fracture clinic",
/// "lovely meeting you in the medical centre yesterday", "you were the guy I did the yellow fever
/// jab for at the travel clinic", "of course I remember u!! Parkside smear clinic", "you were my
/// 47th jab of the day".
static MET_IN_CLINIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\brecogni[sz]ed\s+(?:you|u)\s+from\s+(?:the\s+|your\s+|ur\s+)?(?:[\w’'&-]+\s+){0,3}?(?:clinic|surgery|practice|ward|a&e|hospital|medical\s+centre|health\s+centre|appointment|minors|majors|resus|outpatients)\b|\b(?:lovely|nice|great|good|so\s+nice)\s+(?:to\s+)?(?:meet|meeting)\s+(?:you|u)\s+(?:properly\s+|again\s+)?(?:in|at)\s+(?:the\s+|my\s+|our\s+)?(?:[\w’'&-]+\s+){0,3}?(?:clinic|medical\s+centre|health\s+centre|ward|a&e|minors|majors|resus|outpatients|sick\s+bay|med(?:ical)?\s+tent)\b|\byou\s+were\s+the\s+(?:guy|girl|lady|man|woman|one|chap|fella|lad|bloke|gent|mum|dad)\s+(?:i|we)\s+(?:did|gave|saw|treated|stitched|jabbed|vaccinated|injected|examined|scanned|plastered|strapped)\b[^.!?\n]{0,60}?\b(?:clinic|surgery|ward|a&e|minors|majors|resus|medical\s+centre)\b|\bi\s+remember\s+(?:you|u)\b[^.!?\n\w]{0,6}[.!?\s]+(?:from\s+)?(?:[\w’'&-]+\s+){0,3}?(?:clinic|surgery|ward|a&e|medical\s+centre)\b|\byou\s+were\s+my\s+(?:\w+\s+){0,2}?(?:jab|patient|injection|vaccination|vaccine|smear|case)\s+(?:of\s+the\s+day|today|yesterday|this\s+week|last\s+week)\b",
    )
    .expect("valid regex")
});

/// Where a face is known from outside care: "from the school gates", "from parkrun", "off the telly".
static KNOWN_ELSEWHERE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:from|at|off)\s+(?:the\s+|my\s+|our\s+|your\s+|ur\s+)?(?:school|gym|pub|park|parkrun|church|mosque|temple|nursery|club|gates|running|run|party|wedding|work|uni|tv|telly|news|radio|netball|football|rugby|choir|shop|supermarket|co-?op|tesco|train|bus|station|dog\s+walk|pool|class)\b",
    )
    .expect("valid regex")
});

pub(super) fn relation_spans(text: &str, a: &Analysis, other: bool) -> Vec<Span> {
    let mut v: Vec<Span> = a
        .of_kind(K::PatientRelation)
        .filter(|s| {
            let t = s.text(text).to_lowercase();
            ["you", "patient", "client", "notes", "records", "the system"]
                .iter()
                .any(|w| t.contains(w))
                || texting_you(&t)
                || t.starts_with("since")
                || t.starts_with("after")
                // The writer names care they gave: "i did your…", "i discharged", "on my ward".
                || t.starts_with("i ")
                || t.starts_with("i've ")
                || t.starts_with("i’ve ")
                || t.ends_with("my ward")
                || t.ends_with("my list")
                || t.ends_with("my clinic")
                // "It's Dr Patel from the surgery": the writer introduces themselves as the
                // reader's doctor.
                || ((t.starts_with("from the") || t == "from ward")
                    && introduced_as_doctor(text, s.start as usize))
        })
        .copied()
        .collect();
    // "You were such a laugh at your filler review", "since your appointments", "now you've
    // moved practices": the reader placed in the writer's care, now or before.
    v.extend(
        YOUR_CARE
            .find_iter(text)
            .chain(MET_IN_CLINIC.find_iter(text))
            .chain(CARED_FOR_BY_WRITER.find_iter(text))
            .map(|m| Span::new(m.start(), m.end(), K::PatientRelation)),
    );
    // "Book in with your GP": the reader sent to their own doctor, who is not the writer.
    v.retain(|s| {
        !s.text(text).to_lowercase().starts_with("your")
            || !a
                .of_kind(K::Redirect)
                .any(|r| r.start < s.end && r.end + 2 >= s.start)
    });
    // "Recognised you from the school gates": a face known from somewhere other than care.
    v.retain(|s| {
        let t = s.text(text).to_ascii_lowercase();
        !(t.starts_with("recogni")
            && text
                .get(s.end as usize..)
                .is_some_and(|after| KNOWN_ELSEWHERE.is_match(after)))
    });
    // "You were on my ward last year as a student": a colleague placed with the writer.
    v.retain(|s| {
        let after = text.get(s.end as usize..).unwrap_or("");
        !AS_A_COLLEAGUE.is_match(after)
    });
    if other {
        v.extend(
            a.of_kind(K::CareContact)
                .filter(|s| s.text(text).to_lowercase().contains("you"))
                .copied(),
        );
    } else {
        // "You're my brother-in-law, not my patient" says there is no care relation.
        let denied = |s: &Span| {
            let before =
                crate::detect::phrases::lead_in(text, s.start as usize, 8).to_ascii_lowercase();
            ["not ", "n't ", "never "]
                .iter()
                .any(|n| before.ends_with(n))
        };
        v.extend(
            a.of_kind(K::PatientRef)
                .filter(|s| s.text(text).to_lowercase().starts_with("my ") && !denied(s))
                .copied(),
        );
    }
    v.sort();
    v
}

#[rustfmt::skip]
const STRONG_ROMANCE: &[&str] = &[
    "drink", "coffee", "dinner", "date", "go out", "ask", "asked", "asking", "fancy", "gorgeous",
    "beautiful", "lovely", "pretty", "handsome", "sexy", "feelings", "attracted", "crush",
    "meet up", "get to know", "hang out", "take you out", "patient", "can't stop", "cannot stop",
    "lunch", "meet for", "meeting", "outside", "number", "stunning", "amazing", "dating",
    "looked you up", "looked up", "see you again", "spend time", "smile", "asked me out",
    "tinder", "hinge", "bumble", "grindr", "the apps", "swipe", "swiping", "matched", "dms",
    "pint", "thinking about you", "together", "smoothie", "joining me", "running with me",
];

pub(super) fn romance(text: &str, a: &Analysis) -> Vec<Span> {
    // "Retired dinner lady": a job, not a dinner; "at the dinner table", "dinner time": a meal.
    let v: Vec<Span> = spans(a, &[K::Romantic])
        .into_iter()
        .filter(|s| {
            !(s.text(text).eq_ignore_ascii_case("dinner")
                && text.get(s.end as usize..).is_some_and(|rest| {
                    let rest = rest.trim_start().to_ascii_lowercase();
                    ["lady", "ladies", "table", "time", "party", "money"]
                        .iter()
                        .any(|w| rest.starts_with(w))
                }))
        })
        .collect();
    let strong = v.iter().filter(|s| {
        let t = s.text(text).to_lowercase();
        STRONG_ROMANCE.iter().any(|w| t.contains(w))
    });
    if strong.count() >= 1 || v.len() >= 2 {
        v
    } else {
        Vec::new()
    }
}

/// "To all my lovely patients at Elm Tree who keep adding me on here": the writer's patients named
/// in the sentence that tells of the friending.
fn patients_in_sentence(text: &str, at: usize) -> bool {
    static OWN_PATIENTS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)\b(?:my|our)\s+(?:[\w-]+\s+){0,2}?(?:patients|pts|patients[’']\s+families)\b",
        )
        .expect("valid regex")
    });
    let (s, e) = crate::detect::phrases::sentence_around(text, at);
    text.get(s..e)
        .is_some_and(|sentence| OWN_PATIENTS.is_match(sentence))
}

/// Patients invited to friend or follow: "ex-patients feel free to add me", "patients welcome to
/// follow".
fn invites_patients(text: &str) -> bool {
    static INVITED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:(?:ex|former|old|past|current)[\s-]?)?patients\s+(?:(?:are\s+)?(?:(?:very|more\s+than|most|always|so)\s+)?(?:feel\s+free|welcome|free)\s+to\s+|(?:can|could|should|do)\s+|pls\s+|please\s+)?(?:add|follow|friend|dm|message)(?:\s*(?:\+|&|and|or|/)\s*(?:add|follow|friend|dm|message))?\s+me\b|\b(?:happy|glad)\s+to\s+(?:accept|add)\s+(?:your|any|all)\s+(?:friend\s+|follow\s+)?requests\b")
            .expect("valid regex")
    });
    INVITED.is_match(text)
}

// ---------------------------------------------------------------------------------------------
/// BND002: individual clinical advice in a public reply, comment or group message.
pub struct PublicAdvice;

static PUBLIC_ADVICE: RuleMeta = RuleMeta {
    code: "BND002",
    name: "individual-advice-in-replies",
    category: Category::Boundaries,
    severity: Severity::Medium,
    confidence: 0.65,
    summary: "A reply or comment gives one person individual clinical advice",
    guidance: &[
        Guidance::cite(Gmc2024, "16"),
        Guidance::cite(Gmc2024, "17"),
        Guidance::cite(Gmc2013, "10"),
        Guidance::cite(Gmc2013, "6"),
    ],
    what_it_finds: "Your replies, comments and group-chat messages that give someone individual \
        clinical advice — a dose or a change of dose (\"take 2 of…\", \"increase your dose\", \"stop \
        taking…\"), a working diagnosis (\"sounds like…\", \"it's probably…\") or reassurance that they \
        need not be seen — about a condition, a medicine or a symptom, without directing them to their \
        GP, a pharmacist, 111 or urgent care — when the advice is personal care: a group-chat \
        message aimed at one member, or a reply that names a care relation (\"I remember you from \
        clinic\", \"as your old GP\") or offers to follow them up (\"message me if it flares\", \
        \"shout if it gets worse\", \"happy to chat more\"). A public dosing reply with no such \
        link is left to the prescribing rules. Direct messages are judged with the question that \
        prompted them (BND001). General health information and redirections do not fire.",
    why_it_matters: "Advice to one person online is clinical care without a consultation, records or \
        safety-netting; the GMC asks you to direct people to an appropriate healthcare setting (2024 \
        ¶17) and to follow its prescribing guidance for remote advice (2013 ¶6).",
    example: "Reply: \"I remember you from clinic — that rash sounds like eczema, use the steroid cream \
        twice a day\" (fires). Reply to a stranger: \"take 2 x 400mg ibuprofen\" (left to the prescribing \
        rules). Reply: \"I can't advise individuals here, but please speak to your GP or pharmacist\" \
        (does not).",
    how_to_fix: "Edit the reply to remove the individual advice and say you can't advise individuals \
        online; point them to their GP, a pharmacist, 111 or urgent care.",
};

impl Rule for PublicAdvice {
    fn meta(&self) -> &'static RuleMeta {
        &PUBLIC_ADVICE
    }

    fn check(&self, r: &Record, cx: &Context, out: &mut Vec<Finding>) {
        let individual_reply = matches!(r.kind, Kind::Reply | Kind::Comment | Kind::GroupMessage)
            || (r.kind == Kind::Quote && !r.mentions.is_empty());
        if !individual_reply || writer(r) != Writer::Owner {
            return;
        }
        let a = cx.analysis(r);
        let mut given = advice(&r.text, &a);
        if given.is_empty() {
            given = medicine_directives(r);
        }
        if given.is_empty() {
            return;
        }
        // A redirect cancels vague advice, not a dose: "ask your GP, and take double the dose".
        let dosing = given.iter().any(|s| {
            let t = s.text(&r.text).to_lowercase();
            s.kind == K::Dose
                || [
                    "dose",
                    "double",
                    "halve",
                    "taking",
                    "increase",
                    "antibiotics",
                ]
                .iter()
                .any(|w| t.contains(w))
        });
        let redirected = a.has(K::Redirect);
        if redirected && !dosing {
            return;
        }
        let lower_text = r.text.to_lowercase();
        // A reply that opens with the person's handle is said to them, "you" or not.
        let to_them = r.kind == Kind::Reply && super::verdict::opens_with_handle(r);
        let addressed = to_them
            || lower_text.contains("you")
            || given.iter().any(|s| s.kind == K::Dose)
            || (r.kind == Kind::GroupMessage && addressed_to_one(r));
        let medical_phrase = given.iter().any(|s| {
            let t = s.text(&r.text).to_lowercase();
            ["dose", "taking", "tablet", "puffs", "double up"]
                .iter()
                .any(|w| t.contains(w))
        });
        let health = medical_phrase
            || a.has_any(&[
                K::Dose,
                K::Condition,
                K::Results,
                K::SymptomQuery,
                K::HealthTopic,
            ]);
        let general = a.has_any(&[K::Generic, K::Hypothetical]) && !lower_text.contains("your ");
        if !addressed || !health || general {
            return;
        }
        // A colleague's clinical question about their patient is professional discussion.
        if a.has_any(&[K::PatientRef, K::BedRef]) && r.kind == Kind::GroupMessage {
            return;
        }
        // Advice in public is a prescribing or misinformation matter; it becomes a boundaries one
        // when it is personal care through a personal channel (2024 ¶17): one member of a group
        // chat addressed, or a reply that names a care relation or offers further personal care.
        let personal = if r.kind == Kind::GroupMessage {
            addressed_to_one(r)
        } else {
            relation_spans(&r.text, &a, false)
                .iter()
                .any(|s| own_relation(&r.text, s))
                || a.has_any(&[K::CareOffer, K::PrivateInvite])
                || FOLLOW_UP.is_match(&r.text)
                || FROM_THEIR_PHOTO.is_match(&r.text)
                || STEERED_OFF_CARE.is_match(&r.text)
        };
        if !personal || a.has(K::Refusal) {
            return;
        }
        let words = quoted(texts(&r.text, &given), 4);
        let mut f = Finding::new(
            &PUBLIC_ADVICE,
            r,
            format!("gives individual clinical advice in a {} ({words})", super::verdict::noun(r)),
            evidence(&r.text, given.iter().chain(clinical(&a).iter())),
            Action::new(
                ActionKind::Edit,
                format!("Remove the individual advice ({words}); say you can't advise individuals online and point them to their GP, a pharmacist or 111."),
            ),
        );
        f.severity = match reach(r) {
            Reach::Public | Reach::Followers => Severity::Medium,
            Reach::Group | Reach::Private => Severity::Low,
        };
        if redirected {
            f.confidence -= 0.15;
        }
        f.finalise();
        out.push(f);
    }
}

/// An offer to follow the person up ("happy to chat more", "shout if it gets worse", "message me if
/// the spots change", "let me know how she gets on"): the reply opens a course of personal care.
/// A verdict read off a picture the person sent ("from the pic that looks like…", "just looked at
/// the photo"), or the person steered away from their own care ("I wouldn't bother your GP with
/// it"): either makes a reply personal care through a personal channel.
pub(super) static FROM_THEIR_PHOTO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:from|going\s+by|judging\s+by|looking\s+at|(?:just\s+)?looked\s+at|seen)\s+(?:the|your|ur|that|this|those)\s+(?:pics?|photos?|pictures?|snaps?|image)\b",
    )
    .expect("valid regex")
});

/// Only the "wouldn't bother your GP" form: the whole steering detector
/// ([`crate::detect::steering`]) here turned two public replies in the labelled set into false
/// alarms, where "don't go to A&E" is reassurance to the thread rather than care taken on.
static STEERED_OFF_CARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:i\s+)?(?:wouldn[’']?t|don[’']?t|no\s+need\s+to|not\s+worth)\s+(?:even\s+)?bother(?:ing)?\s+(?:your|ur|the)\s+(?:gp|doctor|doc|a&e|111|pharmacist)\b",
    )
    .expect("valid regex")
});

static FOLLOW_UP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:happy\s+to\s+(?:chat|talk|help)\s+(?:more|further|again)|(?:give\s+me\s+a\s+)?shout\s+if\s+(?:it|they|things|that|you|the|she|he)\b|(?:message|dm|pm|ping|tag|text)\s+me\s+if\s+(?:it|they|the|things|that|you|she|he)\b|let\s+me\s+know\s+(?:if\s+(?:it|they|that|things|she|he)\s+(?:gets?|is|isn[’']?t|doesn[’']?t|don[’']?t|aren[’']?t|changes?|keeps?|comes?|flares?|spreads?)\b|how\s+(?:you|she|he|they|it)\s+(?:get|gets|go|goes)\s+on)|keep\s+me\s+posted)",
    )
    .expect("valid regex")
});

/// A relation span that ties the writer to the person: "your GP" counts only as "I'm your GP", and
/// "my patients" (all of them) not at all.
fn own_relation(text: &str, s: &Span) -> bool {
    let t = s.text(text).to_lowercase();
    if t.ends_with("patients") || t.ends_with("clients") {
        return false;
    }
    if matches!(
        t.as_str(),
        "your gp" | "your doctor" | "your old gp" | "your old doctor" | "your former gp"
    ) {
        let before = text
            .get(..s.start as usize)
            .unwrap_or("")
            .trim_end()
            .to_lowercase();
        return ["i'm", "i am", "i was", "as", "im", "i’m"]
            .iter()
            .any(|w| before.ends_with(w));
    }
    true
}

/// A group-chat message aimed at one member: an @mention or a greeting by name, not a call to the
/// whole group ("anyone…", "lads…").
pub(super) fn addressed_to_one(r: &Record) -> bool {
    let lower_text = r.text.trim_start().to_lowercase();
    let to_all = [
        "anyone",
        "anybody",
        "everyone",
        "everybody",
        "all ",
        "lads",
        "guys",
        "folks",
        "people",
        "team",
        "ladies",
        "girls",
        "boys",
        "y'all",
        "you all",
        "both of you",
        // an announcement to the whole chat: "PSA for the nights crew", "reminder all"
        "psa",
        "reminder",
        "friendly reminder",
        "heads up",
        "fyi",
        "note to all",
        "to all",
        "hi all",
        "hey all",
        "morning all",
        "evening all",
        "crew",
        "gang",
    ]
    .iter()
    .any(|w| lower_text.starts_with(w));
    if to_all {
        return false;
    }
    if !r.mentions.is_empty() || super::verdict::opens_with_handle(r) {
        return true;
    }
    // In a group, "you"/"your" speaks to the member who asked.
    lower_text.contains("you")
}

/// Why a clinician rings or texts a patient: an appointment, a result, a prescription.
static CARE_ERRAND: std::sync::LazyLock<crate::detect::gate::Regex> = std::sync::LazyLock::new(
    || {
        crate::detect::phrases::regex(
            r"(?i)\b(?:appointment|rebook|re-book|reschedul\w+|follow[\s-]?up|results?|prescription|referral|clinic\s+(?:letter|date|time)|cancell?ation|recall|screening|(?:passed|handed)\s+on\s+your\s+number|can[’']?t\s+(?:really\s+)?(?:advise|comment|help\s+with)|cannot\s+(?:advise|comment))\b",
        )
    },
);

// ---------------------------------------------------------------------------------------------
/// BND003: a romantic approach between doctor and patient.
pub struct RomanticApproach;

static ROMANTIC_APPROACH: RuleMeta = RuleMeta {
    code: "BND003",
    name: "romantic-approach-with-patient",
    category: Category::Boundaries,
    severity: Severity::High,
    confidence: 0.7,
    summary: "A romantic or social approach between you and a patient or former patient",
    guidance: RELATION_GUIDANCE,
    what_it_finds: "Messages, comments and posts that name the doctor–patient relation (\"you were my \
        patient\", \"now that you're not my patient any more\", \"since you treated me\"), or that place \
        the person addressed in the writer's clinic or ward (\"you looked lovely in clinic today\"), \
        together with a romantic or social approach (\"drink sometime?\", \"you looked lovely\", \"ask you out\"). \
        Your own approaches are high severity; a patient's approach to you is shown for review only \
        (info), with the MDU's advice on how to respond.",
    why_it_matters: "Pursuing a relationship with a patient — or a former patient where you used your \
        professional position — breaches the boundaries guidance the GMC points to (2024 ¶16; 2013 ¶10). \
        Patients' romantic advances now mostly arrive through social networks (MDU).",
    example: "You, by DM: \"I know you were my patient, but now that you're not my patient any more — \
        drink sometime?\" (fires, high). A patient to you: \"You were my GP… fancy a coffee?\" (fires, \
        review).",
    how_to_fix: "Do not pursue it. Delete your message; take advice from your defence body. If a patient \
        approached you, don't reply online: write formally that the relationship must stay professional, \
        and unfriend them.",
};

/// A message that tells the person they came to know the writer in the writer's clinic: "getting
/// to know you over the last few months in clinic", "lovely to see you in surgery on Monday". It
/// names the setting itself, so it stands without a clinical-setting span (see [`met_in_care`]).
static MET_IN_CARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:know(?:ing)?|see(?:ing)?|saw|meet(?:ing)?|met|treat(?:ing|ed)?|look(?:ing|ed)\s+after)\s+you\b[^.!?\n]{0,50}?\b(?:in|at)\s+(?:my\s+|the\s+|our\s+)?(?:clinic|surgery|ward|a&e|outpatients|resus)\s*(?:[.!?,;]|$|today|yesterday|the\s+other\s+day|this\s+\w+|last\s+\w+|on\s+\w+day|recently|lately)")
        .expect("valid regex")
});

/// [`MET_IN_CARE`], unless what follows makes the clinic a workplace event ("in surgery on Monday
/// at the staff meeting").
fn met_in_care(text: &str) -> bool {
    MET_IN_CARE.find_iter(text).any(|m| {
        let after = text.get(m.end()..).unwrap_or("");
        !SOCIAL_EVENT.is_match(after) && !STAFF_EVENT.is_match(after)
    })
}

static STAFF_EVENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:at|for|during)\s+(?:the\s+|our\s+)?(?:staff|team|practice|partners?[’']?|clinical|protected)?\s*(?:meeting|training|learning|huddle|away\s*day|induction)|^\s*(?:at|for|during)\s+(?:the\s+|our\s+)?(?:flu|vaccine|vaccination|covid|booster)\s+(?:clinic\s+)?(?:drive|session|day|clinic)")
        .expect("valid regex")
});

/// The writer turning the approach down: "I can't meet up socially while I'm your doctor", "I
/// won't be going for a drink, it wouldn't be appropriate". That is the reply the MDU advises.
static TURNS_DOWN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:can[’']?t|cannot|won[’']?t|couldn[’']?t|shouldn[’']?t|(?:i[’']?m|i\s+am)\s+not\s+able\s+to)\s+(?:really\s+|possibly\s+|ever\s+|be\s+)?(?:meet(?:ing)?|go(?:ing)?\s+(?:out|for)|see\s+you\s+(?:socially|outside)|get(?:ting)?\s+(?:a\s+)?(?:drink|coffee|dinner)|hav(?:e|ing)\s+(?:a\s+)?(?:drink|coffee|dinner)|accept|say\s+yes|dat(?:e|ing)|be\s+(?:friends|more\s+than))")
        .expect("valid regex")
});

/// Why the writer turns it down: "while I'm your doctor", "it wouldn't be fair or appropriate",
/// "we need to keep things professional".
static TURN_DOWN_REASON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(?:while|whilst|as|because|since)\s+(?:i[’']?m|i\s+am)\s+(?:still\s+)?your\s+(?:doctor|gp|consultant|surgeon|psychiatrist|nurse|dentist|physio)|(?:wouldn[’']?t|would\s+not|isn[’']?t|is\s+not)\s+(?:be\s+)?(?:fair|right|appropriate|professional)|(?:keep|stay|remain)\s+(?:things\s+|it\s+)?(?:strictly\s+)?professional)\b")
        .expect("valid regex")
});

impl Rule for RomanticApproach {
    fn meta(&self) -> &'static RuleMeta {
        &ROMANTIC_APPROACH
    }

    fn check(&self, r: &Record, cx: &Context, out: &mut Vec<Finding>) {
        if r.kind == Kind::Like || r.kind == Kind::Profile {
            return;
        }
        let a = cx.analysis(r);
        if !a.has(K::Romantic) || cites_guidance(&r.text) {
            return;
        }
        let w = writer(r);
        let relation = relation_spans(&r.text, &a, w == Writer::Other);
        let loving = romance(&r.text, &a);
        // Turned down with the reason, and nothing asked after the refusal ("…but once you're
        // discharged, fancy a drink?" asks again).
        let turned_down = TURNS_DOWN.find(&r.text).is_some_and(|m| {
            TURN_DOWN_REASON.is_match(&r.text)
                && loving.iter().all(|l| (l.start as usize) < m.end())
        });
        if w == Writer::Owner && turned_down {
            return;
        }
        // "You looked lovely in clinic today": the person addressed was seen in the writer's care.
        let seen_in_care = w == Writer::Owner
            && a.of_kind(K::ClinicalSetting).any(|c| {
                let after = r.text.get(c.end as usize..).unwrap_or("");
                if SOCIAL_EVENT.is_match(after) {
                    return false;
                }
                let (s, e) = crate::detect::phrases::sentence_around(&r.text, c.start as usize);
                let sentence = r.text.get(s..e).unwrap_or("").to_lowercase();
                sentence
                    .split(|ch: char| !ch.is_alphanumeric() && ch != '\'')
                    .any(|w| matches!(w, "you" | "your" | "u" | "ur"))
                    && loving
                        .iter()
                        .any(|l| l.start as usize >= s && (l.end as usize) <= e)
            })
            || (w == Writer::Owner && r.kind.is_message() && met_in_care(&r.text));
        let self_contained = seen_in_care
            || loving
                .iter()
                .any(|s| s.text(&r.text).to_lowercase().contains("patient"));
        if loving.is_empty() || (relation.is_empty() && !self_contained) {
            return;
        }
        // "Took your number from your notes to rebook your follow-up": a number used for care.
        let only_number = loving
            .iter()
            .all(|l| l.text(&r.text).to_lowercase().contains("number"));
        if only_number && CARE_ERRAND.is_match(&r.text) {
            return;
        }
        if a.has_any(&[K::Generic, K::Hypothetical])
            && !self_contained
            && w != Writer::Other
            && !r.kind.is_message()
            && !speaks_to_their_patient(&r.text, &relation)
        {
            return;
        }
        let words = quoted(texts(&r.text, &loving), 3);
        let mut f = Finding::new(
            &ROMANTIC_APPROACH,
            r,
            match w {
                Writer::Other => format!("a patient or former patient approaches you ({words})"),
                _ => format!("a romantic or social approach to a patient or former patient ({words})"),
            },
            evidence(&r.text, relation.iter().chain(loving.iter())),
            Action::new(ActionKind::Delete, format!("Delete this {} and do not pursue the relationship; take advice from your defence body.", super::verdict::noun(r))),
        );
        let lower_text = r.text.to_lowercase();
        let declined = [
            "said no",
            "declined",
            "turned down",
            "turned them down",
            "turned him down",
            "turned her down",
            "politely",
            "not appropriate",
            "inappropriate",
        ]
        .iter()
        .any(|d| lower_text.contains(d));
        if w == Writer::Owner && declined {
            f.severity = Severity::Low;
            f.confidence = 0.55;
            f.message =
                format!("a patient's romantic approach, which you say you declined ({words})");
            f.action = Action::new(
                ActionKind::Review,
                "You declined, which is right; but posting about a patient's approach discusses that patient. Consider deleting the post.",
            );
        } else if w == Writer::Other {
            // The patient's own approach: shown for review (how to respond), but the doctor has
            // done nothing wrong yet, so it is not a finding against them.
            f.severity = Severity::Info;
            f.confidence = 0.6;
            f.action = Action::new(
                ActionKind::Review,
                "A patient approached you: don't reply online. Write formally that the relationship must stay professional, and unfriend or unfollow them (MDU advice).",
            );
        } else if w == Writer::Repost {
            f.severity = lower(f.severity);
        }
        f.finalise();
        out.push(f);
    }
}

// ---------------------------------------------------------------------------------------------
/// BND004: friending, following or adding a patient.
pub struct Friending;

static FRIENDING: RuleMeta = RuleMeta {
    code: "BND004",
    name: "friending-patients",
    category: Category::Boundaries,
    severity: Severity::Medium,
    confidence: 0.65,
    summary: "Friend requests, follows or adds between you and a patient",
    guidance: RELATION_GUIDANCE,
    what_it_finds: "Posts and messages about friending, following or adding a patient (\"accepted a \
        friend request from my patient\", \"added my patient on Facebook\") or a patient's request to \
        you that names the relation (\"I added you on Facebook — you were my GP\"), which is shown for \
        review only (info). Advice to others (\"never accept friend requests from patients\") does not \
        fire.",
    why_it_matters: "A friend request from a patient is outside the professional relationship and \
        should not be encouraged, however impolite it feels to decline (MDU); social media blurs \
        boundaries (GMC 2024 ¶16; 2013 ¶10–11).",
    example: "\"Accepted a friend request from my patient today, awkward 🙈\" (fires). \"Reminder: don't \
        accept friend requests from patients\" (does not).",
    how_to_fix: "Unfriend or unfollow the patient and decline such requests; if they contact you about \
        their care, direct them to your professional channels.",
};

impl Rule for Friending {
    fn meta(&self) -> &'static RuleMeta {
        &FRIENDING
    }

    fn check(&self, r: &Record, cx: &Context, out: &mut Vec<Finding>) {
        if r.kind == Kind::Like {
            return;
        }
        let a = cx.analysis(r);
        if !a.has(K::Friending) {
            return;
        }
        // A bio speaks to everyone who finds the profile: only an open invitation to patients
        // ("ex-patients feel free to add me") is a boundary matter there.
        if r.kind == Kind::Profile && !invites_patients(&r.text) {
            return;
        }
        let w = writer(r);
        let friending = spans(&a, &[K::Friending]);
        // "I'm not able to keep in touch with people I've looked after": the boundary kept.
        if w == Writer::Owner
            && (a.has(K::Refusal)
                || friending
                    .iter()
                    .all(|s| crate::detect::stance::negated_before(&r.text, s.start as usize)))
        {
            return;
        }
        let self_contained = friending.iter().any(|s| {
            s.text(&r.text).to_lowercase().contains("patient")
                || patients_in_sentence(&r.text, s.start as usize)
        });
        let mut relation = relation_spans(&r.text, &a, w == Writer::Other);
        relation.extend(a.of_kind(K::PatientRef).copied());
        if relation.is_empty() && !self_contained {
            return;
        }
        let lower_text = r.text.to_lowercase();
        let advice_to_others = a.has_any(&[K::Generic, K::Hypothetical])
            || [
                "should i",
                "should you",
                "never accept",
                "don't accept",
                "do not accept",
                "would you",
                "is it ok",
                "tutorial",
                "ethics session",
                "scenario",
                "what would you do",
                "bring your reasoning",
            ]
            .iter()
            .any(|p| lower_text.contains(p));
        if advice_to_others
            && !lower_text.contains("accepted")
            && !lower_text.contains("added")
            && !speaks_to_their_patient(&r.text, &relation)
            && !invites_patients(&r.text)
        {
            return;
        }
        // Telling of a request turned down is the right response, not a finding.
        let declined = [
            "declined",
            "ignored it",
            "ignored the request",
            "deleted the request",
            "didn't accept",
            "did not accept",
            "said no",
            "turned it down",
        ]
        .iter()
        .any(|d| lower_text.contains(d));
        if declined && w == Writer::Owner {
            return;
        }
        let words = quoted(texts(&r.text, &friending), 3);
        let mut f = Finding::new(
            &FRIENDING,
            r,
            format!("friending or following between you and a patient ({words})"),
            evidence(&r.text, friending.iter().chain(relation.iter())),
            Action::new(
                ActionKind::Review,
                "Unfriend or unfollow the patient and decline friend requests from patients; delete this post.",
            ),
        );
        if w == Writer::Other {
            // A patient's request: for review only, the doctor has not accepted anything.
            f.severity = Severity::Info;
            f.action = Action::new(
                ActionKind::Review,
                "A patient tried to connect with you: decline or unfriend, and direct any questions about their care to your professional channels.",
            );
        } else if w == Writer::Owner && !r.kind.is_message() {
            f.action = Action::new(
                ActionKind::Delete,
                format!(
                    "Delete this {} ({words}) and unfriend or unfollow the patient.",
                    super::verdict::noun(r)
                ),
            );
        }
        f.finalise();
        out.push(f);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Audience, Platform};
    use crate::rules::testing;

    /// RomanticApproach on a one-to-one message the owner sent on `platform`.
    fn asks_out_by_message(platform: Platform, text: &str) -> bool {
        let r = testing::owned(platform, Kind::Message, Audience::Private, text);
        !testing::findings(&RomanticApproach, &r).is_empty()
    }

    fn approaches(text: &str) -> bool {
        let r = testing::owned(Platform::Twitter, Kind::Reply, Audience::Public, text);
        !testing::findings(&RomanticApproach, &r).is_empty()
    }

    fn advises(text: &str) -> bool {
        let r = testing::owned(Platform::Twitter, Kind::Reply, Audience::Public, text);
        !testing::findings(&PublicAdvice, &r).is_empty()
    }

    #[test]
    fn someone_met_in_clinic_asked_out_or_to_run() {
        for t in [
            "hey! you were the guy I did the yellow fever jab for at the travel clinic last tues right? fancy a drink when you're back from Ghana?",
            "heyy! lovely meeting you in the medical centre yesterday, hope the ankle's behaving. fancy a drink in the crew bar when I'm off at 10?",
            "Hope you don't mind me following, recognised you from fracture clinic on monday, we should defo go for a run together when the ankle's healed x",
            "haha of course I remember u!! Parkside smear clinic. yes def up for a coffee, u pick the place x",
            "Hi Lisa, it's Dr Ahmed from the weight management clinic, added you on here! Fancy joining me at Saturday parkrun?",
        ] {
            assert!(asks_out_by_message(Platform::Instagram, t), "{t}");
        }
        for t in [
            "lovely meeting you at the running club yesterday! fancy a drink after Saturday's session?",
            "recognised you from the school gates! we should go for a run together sometime",
        ] {
            assert!(!asks_out_by_message(Platform::Instagram, t), "{t}");
        }
    }

    #[test]
    fn the_writer_introduced_as_the_readers_clinician_before_a_drink() {
        for t in [
            "Hi! it's Jo, the registrar from your op last week, saw you followed the unit page. fancy a drink once you're back on your feet?",
            "Hiya it's Dr Lewis the anaesthetist from Monday, got your number off the consent form, fancy a coffee sometime?",
            "Hi Tom it's Dr Ahmed, the locum from the walk-in centre, hope the wrist is better. Thought I'd add you, fancy a pint Friday?",
            "I know you were my patient at the fracture clinic but I can't stop thinking about you, drink?",
        ] {
            assert!(asks_out_by_message(Platform::Facebook, t), "{t}");
        }
        assert!(!asks_out_by_message(
            Platform::Facebook,
            "Hi it's Jo from netball, fancy a drink after the match Friday?"
        ));
    }

    #[test]
    fn a_friend_request_accepted_in_dialect_from_a_former_patient() {
        let r = testing::owned(
            Platform::Facebook,
            Kind::Message,
            Audience::Private,
            "accepted ur request mate, I was ur doctor on the stroke ward but ur discharged now so no harm",
        );
        assert!(!testing::findings(&Friending, &r).is_empty());
        let r = testing::owned(
            Platform::Facebook,
            Kind::Message,
            Audience::Private,
            "accepted ur request mate, good to see you at the reunion, we'll get a pint soon",
        );
        assert!(testing::findings(&Friending, &r).is_empty());
    }

    #[test]
    fn the_writer_as_the_readers_doctor_before_a_drink_or_a_friend_request() {
        assert!(asks_out_by_message(Platform::Reddit, "Pretty sure I was your SHO on the surgical ward back in March. Now you're all discharged and better, fancy grabbing a coffee sometime?"));
        assert!(asks_out_by_message(Platform::Instagram, "Hey, I was the doctor who sorted your wrist out on Saturday night, tracked you down on here. Would you fancy grabbing a drink once the cast is off?"));
        assert!(asks_out_by_message(Platform::Whatsapp, "Hiya it's Dr Rhys from the practice, you gave me your number on Tuesday - just checking ur ok after the appointment? Here if you ever wanna chat, not just about the medical stuff x"));
        assert!(!asks_out_by_message(Platform::Whatsapp, "I was your mum's bridesmaid, remember! Fancy grabbing a coffee when you're back in town?"));
        assert!(!asks_out_by_message(Platform::Whatsapp, "Thanks for covering my clinic after the appointment mix-up, fancy grabbing a drink Friday?"));
        let r = testing::owned(Platform::Facebook, Kind::Message, Audience::Private, "Hi Mr Dobson, Dr Adeyemi here, the locum you saw on Thursday. I've sent you a friend request so you can keep me posted directly on how the new inhaler's going");
        assert!(!testing::findings(&Friending, &r).is_empty());
    }

    #[test]
    fn a_reply_that_diagnoses_and_offers_to_follow_up_is_personal_care() {
        for t in [
            "@kirsty_b that sounds like a classic migraine with aura to me. Get some sumatriptan from the pharmacy, happy to chat more if it keeps happening",
            "@jonno44 that pain under your ribs is almost certainly gallstones mate. Cut out the fry-ups, you'll be fine, shout if it gets worse",
            "@lucy_m87 sounds like your little one has hand foot and mouth, nothing to worry about. DM me if the spots change x",
            "@bexx_w as your old GP I'd say that's your thyroid playing up again, I'd just bump the levo by 25",
            "From the pic that looks like a seb keratosis to me Rach, totally harmless, I wouldn't bother your GP with it",
        ] {
            assert!(advises(t), "{t}");
        }
        for t in [
            "@kirsty_b that sounds rotten, migraines are awful. Please get it checked by your GP or a pharmacist.",
            "@ollie_b limps in kids always need a proper look, get him seen today please. Let me know how he gets on!",
            "@jonno44 I can't advise on here mate, but pain like that is worth a GP appointment. Hope you're ok",
            "From the pic that looks like a lovely spot for a picnic Rach, I wouldn't bother booking",
        ] {
            assert!(!advises(t), "{t}");
        }
    }

    #[test]
    fn a_message_reading_a_diagnosis_off_described_symptoms_is_individual_care() {
        let dm = |t: &str| {
            let r = testing::owned(Platform::Whatsapp, Kind::Message, Audience::Private, t);
            let (account, watch) = (Default::default(), Default::default());
            let cx = Context::for_records(&account, &watch, &[]);
            let mut out = Vec::new();
            threads::PrivateContact.check_all(&[&r], &cx, &mut out);
            !out.is_empty()
        };
        assert!(dm(
            "Hi Jo! Just looked at the pic, that's slapped cheek I'm pretty sure, really common at this age. He's fine to go back to nursery tomorrow x"
        ));
        assert!(!dm(
            "Hi Jo! Just looked at the pic of your dad's rash, please get him seen by the GP today x"
        ));
        assert!(!dm(
            "Just looked at the pics from the wedding, you all look gorgeous x"
        ));
        assert!(dm(
            "Those symptoms sound like perimenopause. Ask your GP for HRT, estradiol gel is a good start."
        ));
        assert!(dm(
            "Your symptoms sound like classic shingles tbh, ask for aciclovir and keep it covered"
        ));
        assert!(!dm(
            "Those symptoms sound like they need a proper look, please ring 111 or get an urgent GP appointment today"
        ));
        assert!(!dm("Your plans sound like classic you 😂 see you Saturday"));
        assert!(!dm(
            "Mum your BP readings all look fine 👍 keep taking the amlodipine like Dr Hughes said and mention the ankle swelling when you see her on Tuesday x"
        ));
        assert!(dm(
            "Hi Mumtaz, your symptoms sound like classic shingles tbh, ask for aciclovir and keep it covered"
        ));
    }

    #[test]
    fn a_former_patient_asked_out_once_off_the_list_or_discharged() {
        let dm = |t: &str| asks_out_by_message(Platform::Telegram, t);
        for t in [
            "So... you're officially off my list now you've moved practice 😏 which means I can finally say it. Dinner Friday?",
            "Now you've been discharged from the team I think it's fine for us to stay in touch properly, outside of all that. Let me know if you're free this weekend, no pressure x",
            "Hi Jess! it's Dr Patel from the surgery 😊 saw you liked the running club page so thought I'd add you. How's the ankle holding up? If you ever fancy a coffee after parkrun give me a shout x",
        ] {
            assert!(dm(t), "{t}");
        }
        assert!(approaches(
            "@lucy_b_xx sooo gr8 2 bump into u in Spoons last nite!! u look loads better than when u were on my ward 😉 drinks nxt wk?? x"
        ));
        for t in [
            "Hi Jess, it's Dr Patel from the surgery, just confirming your smear appointment on Tuesday at 10",
            "Great to bump into you in Spoons! drinks next week with the whole netball team? 😉",
            "Off my list of things to do: the tax return. Dinner Friday to celebrate?",
        ] {
            assert!(!dm(t), "{t}");
        }
    }

    #[test]
    fn a_former_patient_friended_off_the_caseload_and_a_coffee_after_starting_tablets() {
        let comment = |t: &str| {
            let r = testing::owned(Platform::Facebook, Kind::Comment, Audience::Followers, t);
            !testing::findings(&Friending, &r).is_empty()
        };
        assert!(comment(
            "Of course I remember you! Request accepted 😊 so glad you're doing well since you left the unit, now you're off my caseload we can finally be proper friends!"
        ));
        assert!(asks_out_by_message(
            Platform::Facebook,
            "Lovely to bump into you at the school gate Sarah! Hope the new tablets I started you on are settling. We should do that coffee sometime, drop me a text x"
        ));
    }

    #[test]
    fn the_reader_placed_in_the_writers_care_before_a_drink() {
        for t in [
            "Heyyy saw you liked my last reel! Honestly you were such a laugh at your filler review on Saturday. Would you fancy a drink one evening? Not a clinic thing lol x",
            "Hiya, hope it's not weird me following you back, you were hilarious in clinic on Wednesday. If you're ever out on Canal St come find me, first round's on me",
            "I hope this isn't overstepping. Since your appointments I've found myself thinking about our chats a lot, and I'd really like to get to know you outside the surgery.",
        ] {
            assert!(asks_out_by_message(Platform::Instagram, t), "{t}");
        }
        for t in [
            "Great to see you at the reunion! Fancy a drink one evening next week?",
            "Reminder: bring your inhaler at your review on Saturday. See you then.",
        ] {
            assert!(!asks_out_by_message(Platform::Instagram, t), "{t}");
        }
    }

    #[test]
    fn approaches_typed_in_texting_spellings_and_a_boundary_kept() {
        let dm = |t: &str| asks_out_by_message(Platform::Instagram, t);
        for t in [
            "not sure if this is weird but I was ur anaesthetist back in March 😅 recognised u at the gym, would love to take u for a coffee sometime?",
            "haha small world!! didnt realise u were on here 🙈 ngl u were the highlight of a v grim clinic. drink once the ankle's out of the boot? 🍻",
            "Saw your story from Ibiza 🔥 clearly that hamstring I've been rehabbing all season is fully recovered then 😏 Once you're back we should go for drinks, just us",
            "It was really nice chatting at your follow-up on Wednesday. Now the stent's out and you're sort of done with us, would you fancy a drink sometime?",
            "Haha small world, I knew I recognised you from fracture clinic 😂 I'm not technically your doctor any more after your discharge so… drinks Friday?",
            "Hi Sarah, lovely to meet you at the surgery on Monday! Hope you don't mind me finding you on here. Happy to show you round the decent pubs some time",
        ] {
            assert!(dm(t), "{t}");
        }
        for t in [
            "haha small world!! didnt realise u were on here 🙈 drink once the exams are over? 🍻",
            "I was ur best man, remember? Coffee sometime?",
            "Drinks Friday yes!! And no I'm not looking at your mole in the pub again 😂 book in with your GP, it takes 2 mins",
        ] {
            assert!(!dm(t), "{t}");
        }
        let r = testing::owned(
            Platform::Instagram,
            Kind::Message,
            Audience::Private,
            "Lovely to hear you're doing well since discharge. I'm not able to keep in touch personally with people I've looked after, but I'm rooting for you.",
        );
        assert!(testing::findings(&Friending, &r).is_empty());
        let r = testing::owned(
            Platform::Instagram,
            Kind::Message,
            Audience::Private,
            "so lovely to hear from u and congrats on the baby 💕 as I was ur GP I don't think it's right for us to be friends on here, but wishing u all the best x",
        );
        assert!(testing::findings(&Friending, &r).is_empty());
    }

    #[test]
    fn a_channel_opened_after_an_assessment_and_the_phone_queue_saved() {
        let dm = |t: &str| {
            let r = testing::owned(Platform::Linkedin, Kind::Message, Audience::Private, t);
            !testing::findings(&solicit::PrivateConsultation, &r).is_empty()
        };
        for t in [
            "Good to connect, Gareth. Following your OH assessment on Monday I thought I'd message you here directly. Ping me on here whenever the symptoms flare.",
            "Hi Shona, lovely to see you in surgery on Tuesday! Since we're Facebook friends now, just message me on here if the new inhaler isn't helping, saves you fighting the 8am phone queue 😊",
        ] {
            assert!(dm(t), "{t}");
        }
        assert!(!dm(
            "Good to connect, Gareth. Ping me on here whenever you want to talk about the conference programme."
        ));
    }

    #[test]
    fn someone_said_not_to_be_a_patient_is_not_a_care_relation() {
        assert!(!approaches(
            "@mark you're my brother-in-law, not my patient, and no I'm not examining your knee over Christmas dinner"
        ));
        assert!(approaches(
            "@gemma now you're officially not my patient any more... fancy that drink we joked about? 🍷 dinner on me"
        ));
    }

    #[test]
    fn someone_seen_in_your_clinic_is_in_a_care_relation() {
        let dm = |t: &str| {
            let r = testing::owned(Platform::Facebook, Kind::Message, Audience::Private, t);
            !testing::findings(&RomanticApproach, &r).is_empty()
        };
        assert!(dm(
            "You looked lovely in clinic today. Would you fancy a drink sometime?"
        ));
        assert!(!dm(
            "Fancy a drink after clinic today? The whole team is going"
        ));
        assert!(!dm(
            "I took your number from your notes to rebook your follow-up appointment, sorry for the delay"
        ));
        assert!(dm(
            "Hey Jess, Dr Patel from your smear appointment. Took your mobile from your records, would love to take you out sometime"
        ));
    }

    #[test]
    fn a_medicine_change_told_to_someone_remembered_from_clinic_is_personal_care() {
        assert!(advises(
            "@jenny_runs I remember you from clinic! Your bloods were fine, just up the levothyroxine to 75 and I'll check again in 6 weeks"
        ));
        assert!(!advises(
            "@jenny_runs sorry to hear you're unwell. I can't advise on individual cases online, please contact your GP practice"
        ));
        assert!(approaches(
            "I know I stitched you up in A&E last month but honestly you're gorgeous, coffee sometime?"
        ));
    }

    #[test]
    fn a_patient_met_in_the_writers_clinic_and_asked_out_by_message() {
        let message = |text: &str| asks_out_by_message(Platform::Facebook, text);
        assert!(message(
            "It was really nice getting to know you over the last few months in clinic. Now your treatment's wrapped up would you fancy a drink sometime?"
        ));
        assert!(message(
            "Really enjoyed seeing you today Emma. I know it's unconventional since I'm your consultant, but would you fancy grabbing a drink sometime?"
        ));
        for t in [
            "Hope it went OK at your follow up today! Now your treatment's finished we need celebratory drinks, my shout x",
            "So lovely seeing you at the hospital fundraiser! Fancy a drink sometime next week? x",
            "Was great getting to know you at the clinic Christmas party, fancy a drink sometime?",
        ] {
            assert!(!message(t), "{t}");
        }
    }

    #[test]
    fn a_friend_request_set_as_a_tutorial_question_is_teaching() {
        let r = testing::owned(
            Platform::Twitter,
            Kind::Post,
            Audience::Public,
            "Tutorial q for tomorrow's ethics session: a former patient sends you a friend request 2 yrs after discharge. Accept, ignore, or something else?",
        );
        assert!(testing::findings(&Friending, &r).is_empty());
    }

    #[test]
    fn a_former_patient_told_to_follow_back_is_friending_but_a_former_student_is_not() {
        let comment = |text: &str| {
            let r = testing::owned(Platform::Tiktok, Kind::Comment, Audience::Public, text);
            !testing::findings(&Friending, &r).is_empty()
        };
        assert!(comment(
            "omg Mrs Okafor!! you were on my ward last year 😍 follow me back and DM me anytime if you've got questions about your new meds x"
        ));
        assert!(!comment(
            "@kaybee you were on my ward last year as a student and now you're a consultant! Follow me back so we can catch up"
        ));
    }

    #[test]
    fn seen_in_surgery_on_a_weekday_then_asked_out_but_not_at_a_staff_meeting() {
        let message = |text: &str| asks_out_by_message(Platform::Instagram, text);
        assert!(message(
            "Hi Kerry, lovely to see you in surgery on Monday. Found you on here, now your treatment's finished, fancy a drink?"
        ));
        assert!(!message(
            "Lovely to see you in surgery on Monday at the staff meeting! Fancy a drink after work Friday?"
        ));
    }

    #[test]
    fn seen_in_clinic_yesterday_then_asked_out_but_not_at_a_flu_drive() {
        let message = |text: &str| asks_out_by_message(Platform::Facebook, text);
        assert!(message(
            "Hi Sarah, lovely to see you in clinic yesterday! Now your treatment's all finished, would you fancy grabbing a drink sometime?"
        ));
        assert!(!message(
            "Lovely to see you in the surgery yesterday at the flu clinic drive, fancy a drink with the team Friday?"
        ));
    }

    #[test]
    fn a_patient_met_in_clinic_friended_and_a_discharged_childs_family_found() {
        let friends = |t: &str| {
            let r = testing::owned(Platform::Facebook, Kind::Message, Audience::Private, t);
            !testing::findings(&Friending, &r).is_empty()
        };
        assert!(friends(
            "Sent you a friend request!! so lovely meeting you properly at antenatal clinic x"
        ));
        assert!(!friends(
            "Sent you a friend request!! so lovely meeting you properly at the school gate x"
        ));
        let approach = |t: &str| {
            let r = testing::owned(Platform::Facebook, Kind::Message, Audience::Private, t);
            !testing::findings(&RomanticApproach, &r).is_empty()
        };
        assert!(approach("Hiya it's Dr Ellie from Ward 8, hope you don't mind me finding you on here! been thinking about Mia since she went home"));
    }

    #[test]
    fn session_28_the_writer_introduced_as_the_readers_clinician_and_patients_invited_in_a_bio() {
        for t in [
            "Hi Kerry! its Dr Sam from A&E on friday, the wrist 🙂 hope u dont mind me finding you on here, couldnt stop thinking about you tbh... fancy a drink sometime? x",
            "Hi Sarah, its Tom, the doctor from fracture clinic on tues - hope u dont mind me adding you! wondered if you fancied a drink sometime now the cast is off? x",
            "Hi hun it's Dr Sam from Glow 😊 how's the tox settling? also if ur ever free I'd love to take u for drinks x",
            "Hey Lucy, I know as the team doc I probably shouldn't say this but I've loved getting to know you on this trek 😳 can I take you out properly when we're back?",
        ] {
            assert!(asks_out_by_message(Platform::Facebook, t), "{t}");
        }
        // A title and an organisation are not a care relation.
        assert!(!asks_out_by_message(
            Platform::Facebook,
            "Hi, it's Dr Amy from the BMA, fancy a coffee next week to talk about the ballot?"
        ));
        let bio = |t: &str| {
            let r = testing::owned(Platform::Facebook, Kind::Profile, Audience::Public, t);
            !testing::findings(&Friending, &r).is_empty()
        };
        assert!(bio(
            "FY1 at Leeds General 🩺 wine & netball. ex-patients feel free to add me, always happy to chat x"
        ));
        assert!(!bio(
            "FY1 at Leeds General. Patients: please don't add me here, contact the surgery instead"
        ));
        assert!(!bio("GP, runner, dad. Add me on Strava"));
    }

    #[test]
    fn session_30_a_patient_placed_on_a_unit_or_as_one_of_ours_and_patients_accepted_en_masse() {
        for t in [
            "sorry if this is weird, you were on the stroke unit last month when I was doing my rotation? fancy a drink sometime once you're back on your feet?",
            "didnt clock you were one of ours at Oakfield surgery till you said 🙈 would you fancy a drink? x",
        ] {
            assert!(asks_out_by_message(Platform::Instagram, t), "{t}");
        }
        assert!(!asks_out_by_message(
            Platform::Instagram,
            "you were on the stroke unit last month as a student nurse weren't you? fancy a drink with the old team?"
        ));
        let post = |t: &str| {
            let r = testing::owned(Platform::Facebook, Kind::Post, Audience::Followers, t);
            !testing::findings(&Friending, &r).is_empty()
        };
        assert!(post(
            "To all my lovely patients at Elm Tree who keep adding me on here - yes I've accepted you all!"
        ));
        assert!(!post(
            "To my running club lot who keep adding me on here - accepted you all, see you Sunday"
        ));
    }

    #[test]
    fn a_patient_remembered_from_a_screen_a_prison_or_an_online_consultation_then_asked_out() {
        for t in [
            "heyyy remember me from healthcare at HMP Forest Bank? saw you're out now so technically no rules anymore haha. fancy a drink sometime? x",
            "hi Marcus its Dr Okafor, the club doc from your pre-season screen, if you ever want to grab a coffee away from football id really like that x",
            "Hi Priya, I was the doctor on your online consultation last month. Would love to take you for dinner sometime if you're free?",
        ] {
            assert!(asks_out_by_message(Platform::Facebook, t), "{t}");
        }
        assert!(approaches(
            "😍😍 stunning... shame you moved practice, now I'm allowed to say it 😉 dm me"
        ));
        for t in [
            "remember me from the climbing wall? fancy a drink sometime?",
            "shame you moved to Leeds, fancy a drink when you're back?",
        ] {
            assert!(!asks_out_by_message(Platform::Facebook, t), "{t}");
        }
    }

    #[test]
    fn a_dinner_lady_is_a_job() {
        assert!(!approaches(
            "Inquest tomorrow for the lovely lady I looked after for 11 years at our practice. Retired dinner lady, 3 grandkids, always brought us flapjacks"
        ));
    }

    #[test]
    fn someone_the_writer_cared_for_friended_or_asked_for_that_coffee() {
        let friends = |kind: Kind, audience: Audience, t: &str| {
            let r = testing::owned(Platform::Facebook, kind, audience, t);
            !testing::findings(&Friending, &r).is_empty()
        };
        assert!(friends(
            Kind::Post,
            Audience::Public,
            "Lol accepted a friend request from the lady I sedated for her colonoscopy last month, she remembered my name off my badge"
        ));
        assert!(friends(
            Kind::Message,
            Audience::Private,
            "recognised ur username from the server lol, ur one of my asthma kids from ward 5 right? add me as a friend"
        ));
        assert!(!friends(
            Kind::Post,
            Audience::Public,
            "accepted a friend request from the lady I sat next to at the wedding, small world"
        ));
        assert!(asks_out_by_message(
            Platform::Facebook,
            "Hiya! Liam here from ortho at the Royal 👋 hope the knee's behaving after your op. we should defo get that coffee you mentioned on the ward"
        ));
    }

    #[test]
    fn session_35_care_ended_as_the_opening() {
        for t in [
            "ok so now you've had your 6 week check and I've discharged you from clinic I can finally say it… you've got the best laugh on the ward 🙈 drink sometime?",
            "Well now you've moved over to the Glenmorrach practice I'm technically not your GP any more 😉 So... the ceilidh Friday? Save me a dance?",
        ] {
            assert!(asks_out_by_message(Platform::Facebook, t), "{t}");
        }
        assert!(!asks_out_by_message(
            Platform::Facebook,
            "I've discharged you from clinic now, your GP will carry on the blood pressure checks. All the best!"
        ));
    }

    #[test]
    fn session_38_a_patients_invitation_turned_down_with_the_reason() {
        let dm = |t: &str| asks_out_by_message(Platform::Facebook, t);
        assert!(!dm(
            "That's really kind of you to ask, but I can't meet up socially while I'm your doctor. It wouldn't be fair to you or appropriate for me. I'm glad the new knee is doing well."
        ));
        assert!(!dm(
            "Thank you for the invite! I won't be going for a drink though, we need to keep things professional while I'm looking after your knee."
        ));
        assert!(dm(
            "I know I can't say yes while I'm your doctor, but once you're discharged from clinic next month fancy a drink? 😉"
        ));
    }

    #[test]
    fn session_38_an_announcement_to_the_whole_chat_is_not_advice_to_one_member() {
        let group = |t: &str| {
            let r = testing::owned(Platform::Whatsapp, Kind::GroupMessage, Audience::Group, t);
            !testing::findings(&PublicAdvice, &r).is_empty()
        };
        assert!(!group(
            "PSA for the nights crew: paracetamol max is 8 x 500mg in 24 hours, and Lemsip has paracetamol in too, so stop stacking them on your 4th night 😅"
        ));
        assert!(group(
            "@Sam take 2 x 500mg paracetamol for your back and double up on the ibuprofen tonight, you'll be fine for your shift"
        ));
    }
}

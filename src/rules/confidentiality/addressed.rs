//! CONF003's second path: a public reply that discusses the care of the person it answers, or of
//! their relative. The handle it answers is the identifier.
//!
//! "@ChrisPaulsen_ yes, your dad's CT shows a bleed", "@jo_wren we did see your husband on Tuesday
//! and the scan is booked", "@sophie.runs_ from sitting in my clinic crying about your eating
//! disorder to this": each confirms in public that a named person (or their relative) is the
//! writer's patient and says something about their care. GMC 2024 ¶20 needs explicit consent for
//! that; a patient who tags their doctor has not given it. General answers ("your GP can check your
//! bloods") say nothing the writer learnt in their care and stay silent.

use super::DIRECT_IDENTIFIER;
use crate::detect::gate::Regex;
use crate::detect::{Analysis, Span, SpanKind};
use crate::model::Record;
use crate::rules::verdict::{
    answers_someone, evidence, is_broadcast, opens_with_handle, quoted, writer, Writer,
};
use crate::rules::{Action, ActionKind, Finding, Severity};
use std::sync::LazyLock;

fn re(pattern: &str) -> Regex {
    crate::detect::phrases::regex(pattern)
}

/// The writer's own care of the person answered, or of their relative: "we did see your husband",
/// "I referred you", "we admitted your mum".
static CONFIRMED_CARE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:we|i)\s+(?:did\s+|have\s+|[’']ve\s+|already\s+)?(?:(?:saw|see|seen|treated|admitted|discharged|operated\s+on|reviewed|examined|scanned|referred|looked\s+after)\s+your\s+(?:husband|wife|partner|mum|mom|mother|dad|father|son|daughter|baby|child|little\s+one|nan|gran|grandad|grandma|brother|sister)|(?:treated|admitted|discharged|operated\s+on|reviewed|examined|scanned|referred|looked\s+after)\s+you)\b",
    )
});

/// A result or arrangement reported: "shows a bleed", "came back", "is booked".
static REPORTED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:shows?|showed|came\s+back|has\s+come\s+back|confirmed|confirms|(?:is|has\s+been|are|have\s+been)\s+booked|revealed|(?:was|is|were|are)\s+(?:positive|negative|normal|clear|abnormal)|looked\s+(?:really\s+|so\s+)?(?:brilliant|great|good|perfect|fine|clear|healthy|normal|lovely|spot\s+on|worse|bad|awful)\s+on\s+(?:the\s+|your\s+)?(?:[a-z-]+\s+)?(?:x-?rays?|scans?|films?|mri|ct|ultrasound|images?|bloods))\b",
    )
});

/// The writer's own consulting place, or the person as the writer's patient: "in my clinic", "on
/// my list", "from my consulting room", "best patient I've ever had".
static MY_CLINIC: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:in|at|to|into|on|from)\s+my\s+(?:clinic(?:\s+room)?|surgery|consulting\s+room|list|ward|practice|theatre|operating\s+table|couch|department)|(?:best|bravest|favourite|favorite|star|toughest|model)\s+patient|patient\s+i[’']?(?:ve|\s+have)\s+ever\s+(?:had|treated|looked\s+after))\b",
    )
});

/// A greeting that names the person the post speaks to: "Congratulations Mark!", "Well done
/// Priya", "Go on Dave!!".
static VOCATIVE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\W{0,3}(?:(?i:congratulations|congrats|huge\s+congrats|well\s+done|happy\s+(?:birthday|retirement|anniversary)|go\s+on|good\s+luck|so\s+proud\s+of\s+you|bravo|thank\s+you|thanks|welcome\s+back|(?:so\s+)*sorry|aw+|oh|rip)\s*,?\s+[A-Z][a-z]+\b|[A-Z][a-z]+\s*,?\s+(?i:i[’']?m|i\s+am)\s+(?i:so\s+)*sorry\b)",
    )
});

/// The addressee's own health: "your stroke", "your bypass", "your op", "your recovery".
static YOUR_HEALTH: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\byour\s+(?:(?:new|hip|knee|heart|back|cancer|bowel|brain|kidney|liver|lung|shoulder|spinal)\s+)?(?:op|operation|surgery|bypass|transplant|replacement|recovery|diagnosis|treatment|chemo|radiotherapy|rehab|amputation|stroke|heart\s+attack|cancer|tumou?r|overdose|breakdown|illness|injury|injuries|fracture|accident)\b",
    )
});

/// The writer's own part in someone's care, told to the person answered: "one of the gentlest
/// young men I ever looked after", "I was the doctor on the helicopter", "such a trooper on my
/// Tuesday Mohs list".
static WRITER_CARED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:i|we)\s+(?:ever\s+|personally\s+|once\s+|actually\s+)?(?:looked\s+after|cared\s+for|nursed|operated\s+on|resuscitated|treated|sedated|intubated|assessed|admitted)|(?:privilege|honour|honor)\s+to\s+(?:sit\s+with|be\s+with|care\s+for|look\s+after|nurse|treat)\s+(?:her|him|them)\b|(?:i|we)\s+sat\s+with\s+(?:her|him|them)\s+(?:on|in|at|through|until|till|right)\b|i\s+was\s+(?:the|his|her|their|one\s+of\s+the)\s+(?:\w+\s+)?(?:doctors?|consultants?|surgeons?|registrars?|reg|anaesthetists?|paramedics?|medics?|nurses?|gp|team)\s+(?:on|in|who|that|at|for|with)|(?:on|in|under|from)\s+my\s+(?:[\w-]+\s+){0,2}?(?:list|clinic|ward|round|care|caseload|chair|couch|operating\s+table))\b",
    )
});

/// The person cared for, beside the one answered: their relative, someone spoken of as he or she,
/// or someone named ("Darren was").
static THIRD_PARTY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:your\s+(?:late\s+|lovely\s+|wee\s+)?(?:mum|mam|mom|mother|dad|father|husband|wife|partner|son|daughter|brother|sister|nan|nana|gran|granny|grandad|grandma|grandpa|auntie|aunt|uncle|boy|girl|little\s+one|baby|lad|fella)|he|she|him|her|(?-i:[A-Z][a-z]+)\s+was)\b",
    )
});

/// Words of grief or relief around the answer: the care is the reason it is said.
static CONDOLENCE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:sorry|condolences|passed\s+away|passing|loss|rip|funeral|thinking\s+of\s+you|did\s+(?:absolutely\s+)?everything|wasn[’']?t\s+alone|glad\s+to\s+hear|so\s+glad|trooper|fought|came\s+back\s+clear|all\s+clear)\b",
    )
});

/// A relative or someone named, cared for by the writer, spoken of to the person answered.
fn relative_care(text: &str, a: &Analysis) -> Option<Vec<Span>> {
    let cared = WRITER_CARED.find_iter(text).find(|m| {
        let after = text
            .get(m.end()..)
            .unwrap_or("")
            .trim_start()
            .to_ascii_lowercase();
        !(after.starts_with("my ") || after.starts_with("our ") || after.starts_with("myself"))
    })?;
    let third = THIRD_PARTY.find(text)?;
    if !(CONDOLENCE.is_match(text) || a.has_any(CARE_KINDS)) {
        return None;
    }
    Some(vec![
        Span::new(third.start(), third.end(), SpanKind::CareAddressed),
        Span::new(cared.start(), cared.end(), SpanKind::ClinicalSetting),
    ])
}

/// Clinical words that make "we saw your husband" about care, not a chance meeting.
const CARE_KINDS: &[SpanKind] = &[
    SpanKind::Condition,
    SpanKind::Results,
    SpanKind::ClinicalSetting,
    SpanKind::ClinicalImage,
    SpanKind::CareAddressed,
    SpanKind::HealthTopic,
    SpanKind::Encounter,
];

/// The finding, when `r` is your public answer discussing the care of whoever it answers.
pub(super) fn addressee_care(r: &Record, a: &Analysis) -> Option<Finding> {
    let text = &r.text;
    if !is_broadcast(r)
        || writer(r) != Writer::Owner
        || !(answers_someone(r) || opens_with_handle(r) || VOCATIVE.is_match(text))
    {
        return None;
    }
    let mut shown: Vec<Span> = Vec::new();
    if let Some(m) = CONFIRMED_CARE.find(text) {
        if a.has_any(CARE_KINDS) {
            shown.push(Span::new(m.start(), m.end(), SpanKind::CareAddressed));
        }
    }
    for care in a.of_kind(SpanKind::CareAddressed) {
        let (s, e) = crate::detect::phrases::sentence_around(text, care.start as usize);
        if let Some(m) = text.get(s..e).and_then(|sentence| REPORTED.find(sentence)) {
            shown.push(*care);
            shown.push(Span::new(s + m.start(), s + m.end(), SpanKind::Results));
        }
    }
    if let Some(m) = MY_CLINIC.find(text) {
        let yours = a
            .of_kind(SpanKind::Condition)
            .find(|c| {
                crate::detect::phrases::lead_in(text, c.start as usize, 12)
                    .to_ascii_lowercase()
                    .contains("your")
            })
            .copied()
            .or_else(|| {
                YOUR_HEALTH
                    .find(text)
                    .map(|h| Span::new(h.start(), h.end(), SpanKind::Condition))
            });
        if let Some(c) = yours {
            shown.push(Span::new(m.start(), m.end(), SpanKind::ClinicalSetting));
            shown.push(c);
        }
    }
    if shown.is_empty() {
        shown = relative_care(text, a)?;
    }
    shown.sort();
    shown.dedup();
    let words = quoted(super::texts(text, &shown), 3);
    let severity = if a.has_any(&[SpanKind::Condition, SpanKind::Results]) {
        Severity::High
    } else {
        Severity::Medium
    };
    let f = Finding::new(
        &DIRECT_IDENTIFIER,
        r,
        format!("answers someone in public about their own or their relative's care ({words})"),
        evidence(text, &shown),
        Action::new(
            ActionKind::Delete,
            format!(
                "Delete this reply: it confirms in public that the person you answer, or their \
                 relative, is in your care ({words}). Move the conversation to a private, \
                 professional channel."
            ),
        ),
    );
    Some(f.graded(severity, 0.7))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Audience, Kind, Platform};

    fn fires(text: &str) -> bool {
        let r =
            crate::rules::testing::record(Platform::Twitter, Kind::Reply, Audience::Public, text);
        let a = Analysis::of(&r);
        addressee_care(&r, &a).is_some()
    }

    fn fires_in_post(text: &str) -> bool {
        let r =
            crate::rules::testing::record(Platform::Twitter, Kind::Post, Audience::Public, text);
        let a = Analysis::of(&r);
        addressee_care(&r, &a).is_some()
    }

    #[test]
    fn a_public_answer_about_the_addressees_care() {
        assert!(fires(
            "@chris yes, your dad's CT shows a bleed, the neurosurgeons are reviewing"
        ));
        assert!(fires(
            "@jo we did see your husband on Tuesday and the scan is booked"
        ));
        assert!(fires(
            "@kel great to see you up and about, your hip looked brilliant on the check x-ray"
        ));
        assert!(fires(
            "@sophie so proud! From sitting in my clinic crying about your eating disorder to this"
        ));
        assert!(fires_in_post(
            "Well done Priya! From crying in my consulting room about your anxiety to a half marathon"
        ));
        assert!(fires_in_post(
            "Happy retirement Geoff! Watching you bounce back after your bypass from my clinic has been a joy"
        ));
        assert!(fires_in_post(
            "Go on Dave!! Three years since your transplant, best patient I've ever had on my list"
        ));
    }

    #[test]
    fn a_relatives_care_confirmed_to_the_person_answered() {
        assert!(fires(
            "So so sorry Jan. Darren was one of the gentlest young men I ever looked after in early intervention, thinking of you all"
        ));
        assert!(fires(
            "Sandra I'm so sorry about your dad. I was the doctor on the helicopter on Tuesday and we did everything we could"
        ));
        assert!(fires(
            "Aw Karen so glad to hear your mum's margins came back clear!! She was such a trooper on my Tuesday Mohs list"
        ));
        assert!(fires_in_post(
            "So sorry Jan, I looked after your dad on the ward last month and he was a gentleman"
        ));
    }

    #[test]
    fn condolences_without_the_writers_care_stay_silent() {
        assert!(!fires(
            "So sorry Jan. Your dad was one of the kindest men I knew, thinking of you all"
        ));
        assert!(!fires(
            "So sorry Jan, I looked after my own mum through her chemo too, it's so hard"
        ));
        assert!(!fires(
            "Sorry to hear that Jo, I was the doctor on call last night and it was carnage"
        ));
        assert!(!fires_in_post(
            "So sorry Jan, he was a lovely man and we'll all miss him at the club"
        ));
    }

    #[test]
    fn general_answers_and_chance_meetings_stay_silent() {
        assert!(!fires(
            "@sam your GP can check your bloods if you're worried"
        ));
        assert!(!fires("@sam we saw your husband at parkrun, he's flying!"));
        assert!(!fires_in_post(
            "Well done Priya! From nervous first-years in my department to qualified doctors"
        ));
        assert!(!fires_in_post(
            "Go on Dave!! Three years since your first marathon, best runner in my club"
        ));
        assert!(!fires(
            "@sam results from the trial came back positive, great news"
        ));
    }

    #[test]
    fn session_37_a_last_evening_sat_with_told_to_the_family() {
        for t in [
            "@marie_h so sorry about your dad. It was an honour to sit with him on his last night at Birchwood Lodge, he was telling me about his pigeons right to the end x",
            "@sam_r I'm so sorry about your nan, we sat with her through the evening and she wasn't in any pain",
        ] {
            assert!(fires(t), "{t}");
        }
        for t in [
            "@marie_h so sorry about your dad. I sat with my own dad on his last night in 2019 and I think of him every day x",
            "@sam_r it was an honour to sit with them at the awards dinner, what a night for the whole team",
        ] {
            assert!(!fires(t), "{t}");
        }
    }
}

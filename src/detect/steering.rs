//! Advice that steers someone away from the proper channels of care, and care addressed through a
//! relative ("your mum's pressure", "your son's MRI").
//!
//! A doctor answering a friend or a patient privately often says less what to take than where not
//! to go: "don't go to A&E", "no need to see your GP", "I wouldn't bother with the follow-up the
//! hospital booked", "no need to go through his consultant", "don't go through reception". That is
//! individual clinical advice (a judgement that they need not be seen) and it bypasses the setting
//! GMC 2024 ¶17 asks the doctor to direct them to. The cue lexicon reads "go to A&E" as a redirect;
//! negated, it is the opposite, so the redirect it contains is withdrawn and an advice span added.
//!
//! Care is also addressed through the person the recipient looks after ("your son's temp is fine",
//! "your mum's pressure sounds low"): the lexicon's `your scan`, `your dose` forms do not see it.

use super::{Span, SpanKind};
use crate::detect::gate::Regex;
use std::sync::LazyLock;

fn re(pattern: &str) -> Regex {
    crate::detect::phrases::regex(pattern)
}

/// Where care is properly sought.
const SETTINGS: &str = r"minors|majors|resus|fracture\s+clinic|(?:the|your)\s+(?:club\s+)?medical\s+room|(?:the\s+)?(?:clinic\s+|online\s+|surgery\s+)?booking\s+system|the\s+(?:children[’']?s\s+|kids[’']?\s+)?ward|a&e|a\s+and\s+e|the\s+er|casualty|urgent\s+care|the\s+walk-in(?:\s+centre)?|111|999|(?:the|your|his|her|their)\s+gp|a\s+gp|the\s+doctor|a\s+doctor|(?:the|your|his|her|their)\s+(?:own\s+)?(?:practice|surgery|consultant|specialist|nurses?|endocrine\s+nurses?|diabetes\s+nurses?|midwife|health\s+visitor|pharmacist|team|clinic|hospital|prescriber|dermatologist|cardiologist|physio)|reception|hospital|(?:the|your|his|her|their|that)\s+(?:next\s+)?(?:follow-?up|follow\s+up|appointment|appt|referral|review|scan|check-?up|recall)(?:\s+(?:the\s+)?(?:hospital|clinic|practice|surgery|they)\s+(?:booked|arranged|made|sent))?|(?:another|a|the)\s+(?:consult|consultation|video\s+call|appointment|review)";

/// "don't go to A&E", "no need to see your GP", "I wouldn't bother with the follow-up", "skip the
/// appointment", "no need to wait for the GP", "don't go through reception", "it's easier than
/// getting an appointment".
static STEERED_AWAY: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(?:(?:don[’']?t|do\s+not|no\s+need\s+to|you\s+don[’']?t\s+need\s+to|you\s+do\s+not\s+need\s+to|needn[’']?t|there[’']?s\s+no\s+need\s+to|(?:i\s+)?wouldn[’']?t\s+(?:even\s+)?(?:bother|waste\s+your\s+time)(?:\s+(?:with|going\s+to|seeing|booking))?|(?:i\s+)?would\s+not\s+bother(?:\s+(?:with|going\s+to|seeing|booking))?|don[’']?t\s+bother(?:\s+(?:with|going\s+to|seeing|booking))?|(?:just\s+)?skip|(?:just\s+)?cancel)\s+(?:(?:go(?:ing)?(?:\s+back)?|get(?:ting)?|run(?:ning)?|rush(?:ing)?|com(?:e|ing)(?:\s+back)?(?:\s+in)?)\s+(?:to|into|down\s+to|through|thru|via)\s+|(?:see(?:ing)?|wait(?:ing)?\s+(?:for|on)|call(?:ing)?|ring(?:ing)?|phon(?:e|ing)|book(?:ing)?(?:\s+in\s+with)?|tell(?:ing)?|bother(?:ing)?|pay(?:ing)?\s+for|involv(?:e|ing)|trouble|waste)\s+)?(?:{SETTINGS})|no\s+need\s+for\s+(?:{SETTINGS})|no\s+need\s+to\s+(?:book|make)\s+(?:in|an\s+appointment)\s+every\s+time|saves?\s+(?:(?:you|us)\s+)?(?:all\s+)?the\s+(?:faff|hassle|palaver|bother|drama)\s+(?:of|with)\s+(?:{SETTINGS})|(?:instead\s+of|rather\s+than|without)\s+(?:going\s+(?:back\s+)?(?:to|through|thru)|ringing|calling|phoning|seeing|bother(?:ing)?|wait(?:ing)?\s+(?:for|on)|booking)\s+(?:{SETTINGS})|(?:easier|quicker|faster|simpler|better)\s+than\s+(?:getting|booking|waiting\s+(?:for|on)|seeing|going\s+to|ringing|calling|trying\s+to\s+get)\s+(?:{SETTINGS}|an\s+appointment)|(?:easier|quicker|faster|simpler|better)\s+than\s+(?:booking|getting)\s+in|(?:easier|quicker|faster|simpler)\s+to\s+(?:message|text|whatsapp|dm)\s+(?:you|me)\s+(?:on\s+here\s+|here\s+)?than\s+(?:to\s+)?(?:ring|call|phone|book|wait)|(?:easier|quicker|faster|simpler)\s+than\s+(?:the|your)\s+(?:gp|practice|surgery|clinic|reception|hospital)|(?:easier|quicker|faster|simpler|better)\s+than\s+(?:fighting|battling|queuing|queueing|sitting\s+in|dealing\s+with|ringing|waiting\s+in|joining)\s+(?:the\s+)?(?:\d{{1,2}}\s?(?:am|pm)\s+|morning\s+)?(?:phone\s+|telephone\s+)?(?:queue|scramble|rush|phone\s+lines?|waiting\s+list|reception|receptionists?)|beats\s+(?:the\s+)?(?:\d{{1,2}}\s?(?:am|pm)\s+)(?:phone\s+)?(?:queue|scramble|rush)|saves?\s+(?:you\s+)?(?:fighting|battling|queuing|queueing)\s+(?:the\s+)?(?:\d{{1,2}}\s?(?:am|pm)\s+|morning\s+)?(?:phone\s+)?(?:queue|scramble|rush|lines?)|beats\s+(?:waiting\s+(?:for|on)|ringing|calling|sitting\s+on\s+hold\s+to|trying\s+to\s+get|going\s+to|booking)\s+(?:{SETTINGS}|an\s+appointment)|saves?\s+(?:you\s+)?(?:sitting\s+on\s+hold|hanging\s+on|waiting|ringing|queuing|queueing)\s+(?:to|for|on|at|in)\s+(?:{SETTINGS}))\b"
    ))
});

/// Someone the recipient looks after, then a clinical word about them within a few words: "your
/// mum's pressure", "your son's temp", "your little one's rash".
static RELATIVE_CARE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\byour\s+(?:mum|mom|mother|dad|father|son|daughter|husband|wife|partner|baby|little\s+one|kid|child|boy|girl|nan|gran|grandad|grandma|brother|sister|mum\s+and\s+dad)[’']?s?\s+(?:[a-z]+\s+){0,2}?(?:blood\s+pressure|pressure|temp|temperature|fever|sugars?|bloods|results?|scan|mri|ct|x-?ray|ecg|dose|meds|medication|tablets|pills|inhaler|rash|eczema|cough|chest|breathing|heart|wound|stitches|infection|symptoms|pain|levels|insulin|thyroid|prescription|biopsy|referral)\b",
    )
});

/// True when the advice span `s` of `text` is one of this detector's: advice not to seek care.
pub fn steers_away(text: &str, s: &Span) -> bool {
    s.kind == SpanKind::Advice && STEERED_AWAY.is_match(s.text(text))
}

/// Add advice spans for steering away from care (withdrawing the redirects they contain) and
/// care-addressed spans for a relative's care.
pub fn detect(text: &str, spans: &mut Vec<Span>) {
    let mut steered = Vec::new();
    for m in STEERED_AWAY.find_iter(text) {
        steered.push((m.start(), m.end()));
        spans.push(Span::new(m.start(), m.end(), SpanKind::Advice));
    }
    if !steered.is_empty() {
        spans.retain(|s| {
            s.kind != SpanKind::Redirect
                || !steered
                    .iter()
                    .any(|&(a, b)| (s.start as usize) < b && (s.end as usize) > a)
        });
    }
    for m in RELATIVE_CARE.find_iter(text) {
        spans.push(Span::new(m.start(), m.end(), SpanKind::CareAddressed));
    }
    named_diagnoses(text, spans);
}

/// "That's cellulitis", "it's shingles", "defo a UTI": a condition named as the answer is a working
/// diagnosis, whatever the condition (the lexicon's "looks like a…" forms need a lead-in phrase).
fn named_diagnoses(text: &str, spans: &mut Vec<Span>) {
    static NAMING: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)(?:^|[\s,.!])(?:that[’']?s|that\s+is|it[’']?s|it\s+is|this\s+is|defo|definitely)\s+(?:an?\s+|just\s+(?:an?\s+)?|classic\s+|textbook\s+)?$",
        )
    });
    let named: Vec<Span> = spans
        .iter()
        .filter(|s| s.kind == SpanKind::Condition)
        .filter_map(|c| {
            let start = c.start as usize;
            let from = super::phrases::floor_boundary(text, start.saturating_sub(24));
            let lead = text.get(from..start)?;
            let m = NAMING.find(lead)?;
            Some(Span::new(
                from + m.start(),
                c.end as usize,
                SpanKind::Diagnosis,
            ))
        })
        .collect();
    spans.extend(named);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(SpanKind, String)> {
        let a = crate::detect::Analysis::of_text(text);
        a.spans
            .iter()
            .map(|s| (s.kind, s.text(text).to_lowercase()))
            .collect()
    }

    #[test]
    fn steering_away_from_care_is_advice_not_a_redirect() {
        for t in [
            "It's fine, don't go to A&E.",
            "I wouldn't bother with the follow-up the hospital booked",
            "no need to wait for the GP",
            "no need to go through his consultant",
            "Don't go through reception",
            "you don't need to pay for another consult",
            "No need for a video call",
            "Message me anytime, it's easier than getting an appointment!",
        ] {
            let k = kinds(t);
            assert!(k.iter().any(|(k, _)| *k == SpanKind::Advice), "{t}: {k:?}");
            assert!(
                !k.iter().any(|(k, _)| *k == SpanKind::Redirect),
                "{t}: {k:?}"
            );
        }
    }

    #[test]
    fn a_walk_in_service_is_not_steering_away() {
        let t = "no need to book an appointment for the flu jab, just turn up on Saturday";
        let a = crate::detect::Analysis::of_text(t);
        assert!(!a.spans.iter().any(|s| steers_away(t, s)), "{:?}", a.spans);
    }

    #[test]
    fn a_real_redirect_stays_one() {
        for t in [
            "Please go to A&E now",
            "Best to see your GP about it",
            "Call 111 if it gets worse",
        ] {
            let k = kinds(t);
            assert!(
                k.iter().any(|(k, _)| *k == SpanKind::Redirect),
                "{t}: {k:?}"
            );
            assert!(
                !k.iter()
                    .any(|(k, s)| *k == SpanKind::Advice && s.contains("go to")),
                "{t}: {k:?}"
            );
        }
    }

    #[test]
    fn a_condition_named_as_the_answer_is_a_diagnosis() {
        for t in [
            "Yeah that's cellulitis, you'll need antibiotics",
            "It's shingles",
        ] {
            let k = kinds(t);
            assert!(
                k.iter().any(|(k, _)| *k == SpanKind::Diagnosis),
                "{t}: {k:?}"
            );
        }
        let k = kinds("Cellulitis is common after cat scratches");
        assert!(!k.iter().any(|(k, _)| *k == SpanKind::Diagnosis), "{k:?}");
    }

    #[test]
    fn a_relatives_care_is_addressed_care() {
        for t in [
            "Your mum's pressure sounds low",
            "Re your son's temp, 38.4 is fine",
            "I can look at your son's MRI",
        ] {
            let k = kinds(t);
            assert!(
                k.iter().any(|(k, _)| *k == SpanKind::CareAddressed),
                "{t}: {k:?}"
            );
        }
        for t in [
            "Your mum's birthday cake was amazing",
            "your son's school play",
        ] {
            let k = kinds(t);
            assert!(
                !k.iter().any(|(k, _)| *k == SpanKind::CareAddressed),
                "{t}: {k:?}"
            );
        }
    }

    #[test]
    fn no_need_to_book_in_or_come_back_to_the_clinic_steers_away() {
        let steers = |t: &str| STEERED_AWAY.is_match(t);
        assert!(steers("no need to book in every time, just message me"));
        assert!(steers(
            "that mole looks fine, no need to come back in to the clinic"
        ));
        assert!(!steers(
            "No need to come back in to the office tomorrow, the meeting's cancelled"
        ));
        assert!(steers(
            "your thyroid's a bit low, easier to message you on here than ring"
        ));
        assert!(steers(
            "DM me here whenever, way easier than fighting the 8am phone queue at the surgery"
        ));
        assert!(steers(
            "just ping me pics of the wound on here whenever, way easier than fighting reception lol"
        ));
        assert!(!steers(
            "Cycling in is easier than fighting the M60 traffic"
        ));
    }

    #[test]
    fn session_28_going_round_the_minors_the_club_room_and_the_booking_system() {
        for t in [
            "keep it dry, dont bother going back to minors",
            "just message me on here rather than going through the club medical room",
            "message me direct about her reflux rather than ringing the ward",
            "we can sort your next top-up between us, saves all the faff with the clinic booking system",
        ] {
            assert!(
                kinds(t).iter().any(|(k, _)| *k == SpanKind::Advice),
                "{t}"
            );
        }
        assert!(!kinds("went back to minors after my break, busy night")
            .iter()
            .any(|(k, _)| *k == SpanKind::Advice));
    }

    #[test]
    fn session_30_the_nurses_the_next_appt_and_your_own_practice() {
        for t in [
            "sugars sound ok, i wouldnt bother the diabetes nurses",
            "I'd keep chatting here rather than bother your GP",
            "no need to go thru your own practice",
            "just build it back up and skip the next appt if it feels ok",
        ] {
            assert!(kinds(t).iter().any(|(k, _)| *k == SpanKind::Advice), "{t}");
        }
        for t in [
            "the nurses on 7 are brilliant, bother them with anything",
            "booked the next appt for march, see you then",
        ] {
            assert!(!kinds(t).iter().any(|(k, _)| *k == SpanKind::Advice), "{t}");
        }
    }
}

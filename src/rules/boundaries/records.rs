//! BND008: patient records opened for something other than the patient's care — a friend's
//! relative looked up as a favour ("I'll have a look at her notes for you and let you know"), an
//! ex or a neighbour looked up out of curiosity ("had a nosy at my ex's records on EMIS"), or a
//! patient's phone number taken from their file to ask them out ("got your number off your file,
//! fancy a coffee?").
//!
//! The doctor only holds those records because of their role. Reading them for a friend, a
//! relative or oneself is the improper access the GMC's confidentiality guidance forbids
//! (Confidentiality ¶119, quoted in 2013 ¶2) and uses the professional position for a personal
//! end (2024 ¶16, the boundaries guidance). Written down in a message or a post, it is also the
//! evidence. A clinician's own work on their own patients ("checking bloods on the ward round"),
//! refusals ("don't ask me to look at your relatives' records") and reminders of the rules stay
//! silent, as does contact from the file that is about the patient's care ("took your number from
//! your notes to rebook your clinic").

use crate::detect::gate::Regex;
use crate::detect::phrases::sentence_around;
use crate::detect::stance;
use crate::model::{Kind, Record};
use crate::rules::guidance::{Guidance, GuidanceSource::*};
use crate::rules::judge::{self, Voice};
use crate::rules::{Action, ActionKind, Category, Context, Finding, Rule, RuleMeta, Severity};
use std::sync::LazyLock;

pub struct RecordsOutsideCare;

const RECORDS_GUIDANCE: &[Guidance] = &[
    Guidance::cite(Conf2013, "119"),
    Guidance::cite(Gmc2013, "2"),
    Guidance::cite(Gmc2024, "16"),
    Guidance::cite(Gmc2024, "18"),
];

static RECORDS_OUTSIDE_CARE: RuleMeta = RuleMeta {
    code: "BND008",
    name: "records-used-outside-care",
    category: Category::Boundaries,
    severity: Severity::High,
    confidence: 0.65,
    summary: "Patient records looked up for a friend, a relative or yourself, or a patient's contact details taken from their records for a personal reason",
    guidance: RECORDS_GUIDANCE,
    what_it_finds: "Your messages and posts saying you looked, or will look, at someone's records \
        for a personal reason: a friend's relative as a favour (\"I'll have a look at her notes for \
        you\", \"I'll log into the system tonight and check his bloods\"), your own ex, neighbour or \
        family (\"had a nosy at my ex's records on EMIS\"), or a patient's number or address taken \
        from their file for a social purpose (\"got your number off your file, fancy a drink?\"). \
        Your own clinical work, refusals (\"I'm not allowed to look at your mum's notes\") and \
        reminders of the rules do not fire.",
    why_it_matters: "You hold patients' records only for their care. The GMC requires them to be \
        protected against improper access (Confidentiality ¶119, quoted in the 2013 guidance ¶2), \
        and using them for a friend or a date is also a misuse of your professional position \
        (2024 ¶16). Accessing records without a care reason can be a criminal offence under data \
        protection law, and employers audit it. Writing it down is the evidence.",
    example: "\"Don't worry about your dad, I'll pop on the system tonight and check his results \
        for you x\" (fires). \"Sorry, I can't look at your dad's notes, ask the ward to talk you \
        through them\" (does not).",
    how_to_fix: "Delete the message or post. Do not open records of anyone who is not in your care \
        for a reason of care; point friends to the treating team. If you did access records, take \
        advice from your defence body and your information governance lead.",
};

fn re(pattern: &str) -> Regex {
    crate::detect::phrases::regex(pattern)
}

/// People a doctor knows outside work, whose records they have no care reason to open.
const CLOSE: &str = r"mum|mom|mother|dad|father|nan|nana|gran|granny|grandma|grandad|grandpa|husband|wife|partner|boyfriend|girlfriend|son|daughter|brother|sister|uncle|aunt|auntie|cousin|niece|nephew|ex|friend|mate|pal|neighbour|neighbor|flatmate|housemate|boss|colleague|landlord|fiancée?|in-laws?|mother-in-law|father-in-law|sister-in-law|brother-in-law|kid|child|baby|little\s+one";

/// What is in a record: notes, results, scans, contact details.
const RECORD: &str = r"notes|records?|chart|file|bloods|blood\s+results|results|scans?|scan\s+results|x-?rays?|mri|ct|letters?|discharge\s+summary|referral|obs|drug\s+chart|history|medical\s+history|details|address|number";

/// Opening someone's records: "have a look at her notes", "had a nosy at my ex's records",
/// "check his bloods", "pull up her address".
static LOOK_AT_RECORDS: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(?:(?:have|had|take|took|having|taking)\s+a\s+(?:quick\s+|little\s+|sneaky\s+|cheeky\s+|proper\s+)?(?:look|peek|peep|nosy|nose|gander|butchers|squiz)\s+(?:at|in|on|through)|look(?:ed|ing)?\s+(?:at|up|through|into)|peek(?:ed|ing)?\s+(?:at|in)|check(?:ed|ing)?(?:\s+up\s+on)?|pull(?:ed|ing)?\s+up|dig(?:ged|ging)?\s+out|access(?:ed|ing)?|open(?:ed|ing)?|read|snoop(?:ed|ing)?\s+(?:on|at|through|in))\s+(?:(?P<close>your\s+(?:{CLOSE})[’']?s|my\s+(?:(?:best|old|new)\s+)?(?:{CLOSE})[’']?s|(?:the|our)\s+(?:new\s+)?(?:neighbour|neighbor|landlord|ex)[’']?s)|her|his|their|(?-i:[A-Z][a-z]+)[’']s)\s+(?:[a-z-]+\s+){{0,2}}?(?:{RECORD})\b"
    ))
});

/// A records system named: the place the records are looked up in.
static SYSTEM: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:the|our|work)\s+(?:practice\s+|hospital\s+|trust\s+|patient\s+)?(?:system|database|computer)|emis|systmone|system\s*one|pacs|the\s+spine|summary\s+care\s+record|scr|cerner|epic|epr|ice|lorenzo|rio|evolve)\b",
    )
});

/// Going on the records system for the favour: "I'll log into the system tonight".
static ON_SYSTEM: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:log(?:ged|ging)?\s+(?:in(?:to)?|on(?:to)?|on\s+to)|(?:have|had|having|take|took|taking)\s+a\s+(?:quick\s+|little\s+|sneaky\s+|cheeky\s+)?(?:look|peek|nosy|nose|gander|squiz)\s+(?:on|in|at)|(?:go|went|get|got|hop|hopped|pop|popped|jump|jumped)\s+on(?:to)?|look(?:ed)?\s+(?:it\s+|him\s+|her\s+|them\s+)?up\s+on|search(?:ed)?|check(?:ed)?\s+on)\s+(?:the\s+|our\s+|work\s+)?(?:practice\s+|hospital\s+|trust\s+|patient\s+)?(?:system|database|computer|emis|systmone|pacs|spine|cerner|epic|epr|ice)\b",
    )
});

/// An informal look, which no one uses of their own patients' care: "a quick peek", "a nosy".
static INFORMAL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:peek|peep|nosy|nose|gander|butchers|squiz|sneaky|cheeky|snoop\w*|on\s+my\s+break|when\s+i[’']?m\s+(?:on|in)|pop\s+up\s+to|nip\s+up\s+to)\b",
    )
});

/// The favour done for the reader: "for you", "let you know", "I'll tell you".
static FOR_YOU: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:for\s+(?:you|ya|u)\b|let\s+(?:you|u)\s+know|tell\s+(?:you|u)|(?:text|message|ring|call|update|whatsapp|dm)\s+(?:you|u)\b|don[’']?t\s+worry|leave\s+it\s+with\s+me)",
    )
});

/// Someone close to the writer or the reader, named anywhere in the text: "your mum", "my ex".
static CLOSE_PERSON: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(?:your|my|our)\s+(?:(?:best|old|new)\s+)?(?:{CLOSE})\b"
    ))
});

/// A third person the favour is about: "how she's doing".
static SOMEONE: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\b(?:she|he|her|him|his)\b"));

/// The reader's own record, read to them: "your scan was fine", "your bloods are back".
static YOUR_RECORD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\byour\s+(?:scan|results?|bloods|blood\s+tests?|notes|records?|x-?ray|mri|ct|biopsy|smear|letter|ecg|swab|referral)\b",
    )
});

/// An informal look at the reader's own record: "had a peek at your smear result", "a nosy at ur bloods".
static PEEK_AT_YOURS: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(?:have|had|having|take|took|taking)\s+a\s+(?:quick\s+|little\s+|sneaky\s+|cheeky\s+)?(?:peek|peep|nosy|nose|gander|butchers|squiz|snoop)\s+(?:at|in|on|through)\s+(?:your|ur)\s+(?:[a-z-]+\s+){{0,2}}?(?:{RECORD}|smear|smear\s+results?|biopsy|swab|ecg)\b"
    ))
});

/// Contact details lifted from the records: "got your number off your file".
static CONTACT_FROM_FILE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:got|found|took|take|pulled|grabbed|copied|nabbed|nicked|looked|get|dug)\s+(?:up\s+|out\s+)?(?:your|ur|her|his|their)\s+(?:mobile|number|phone\s+number|mobile\s+number|address|home\s+address|email|details|contact\s+details|handle|insta(?:gram)?|socials|facebook|snap(?:chat)?)\s+(?:off|from|on|in|out\s+of)\s+(?:your|ur|her|his|their|the|(?-i:[A-Z][a-z]+)[’']s)\s+(?:practice\s+|hospital\s+|clinic\s+|patient\s+|pre-?assessment\s+|pre-?op\s+|booking\s+|admission\s+|registration\s+|triage\s+|theatre\s+|consent\s+)?(?:file|notes|records?|system|chart|referral|registration|form|sheet|emis|database|computer|crf|case\s+report\s+form|consent\s+form|study\s+(?:file|log|database)|screening\s+log)\b",
    )
});

/// Contact that is about the patient's care after all.
static CARE_PURPOSE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:appointment|rebook|re-book|reschedule|follow[\s-]?up|results?|clinic\s+(?:letter|date|time)|cancell?ation|missed|prescription|referral|dna|screening|vaccin\w+|jab|recall|review)\b",
    )
});

/// Refusals, rules and others' wrongdoing: "I can't look at", "not allowed", "sacked for".
static REFUSED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:can[’']?t|cannot|could\s+not|couldn[’']?t|won[’']?t|will\s+not|wouldn[’']?t|don[’']?t|do\s+not|never|shouldn[’']?t|should\s+not|mustn[’']?t|must\s+not)\s+(?:[a-z’']+\s+){0,3}?(?:look|check|access|open|read|peek|snoop|go\s+(?:on|into)|log|pull|dig|touch|do\s+that)|not\s+allowed|not\s+supposed|not\s+meant|no\s+way|against\s+the\s+rules|only\s+(?:ever\s+)?access|(?:sacked|fired|struck\s+off|suspended|disciplined|dismissed|investigated|prosecuted|fined)\s+(?:for|after)|audit\w*|if\s+i\s+could|wish\s+i\s+could|ask\s+(?:the|her|his|their)\s+(?:ward|team|consultant|gp|doctor|nurse))\b",
    )
});

impl Rule for RecordsOutsideCare {
    fn meta(&self) -> &'static RuleMeta {
        &RECORDS_OUTSIDE_CARE
    }

    fn check(&self, r: &Record, _cx: &Context, out: &mut Vec<Finding>) {
        let Some(voice) = judge::voice(r) else { return };
        if voice == Voice::Shared || r.kind == Kind::Profile {
            return;
        }
        let text = &r.text;
        let Some((s, e, what)) = lookup(text) else {
            return;
        };
        let (severity, confidence) = judge::weigh(voice, Severity::High, 0.65);
        let told = judge::words(r, s, e);
        let noun = judge::kind_noun(r);
        let summary = if what == "contact_details_from_records" {
            format!("takes someone's contact details from their records for a personal reason ('{told}')")
        } else {
            format!("looks at someone's records for a personal reason ('{told}')")
        };
        let f = Finding::new(
            &RECORDS_OUTSIDE_CARE,
            r,
            summary,
            vec![judge::span(r, s, e, what)],
            Action::new(
                ActionKind::Delete,
                format!("Delete this {noun}, and do not open records of anyone outside your care; point friends to the treating team. If records were accessed, take advice from your defence body."),
            ),
        );
        out.push(f.graded(severity, confidence));
    }
}

/// The byte span and kind of the first personal use of records in `text`, if any.
fn lookup(text: &str) -> Option<(usize, usize, &'static str)> {
    let refused = |s: usize, e: usize| {
        let (from, to) = sentence_around(text, s);
        let sentence = text.get(from..to.max(e).min(text.len())).unwrap_or("");
        REFUSED.is_match(sentence) || stance::is_others_words(text, s, e)
    };
    // "…off your file, fancy a coffee?": the question is the invitation, not a doubt.
    let clear = |s: usize, e: usize| !refused(s, e) && !stance::in_question(text, s);
    for m in CONTACT_FROM_FILE.find_iter(text) {
        // The purpose is read around the lifted details, not in them ("off the referral form").
        let (from, to) = sentence_around(text, m.start());
        let before = text.get(from..m.start()).unwrap_or("");
        let after = text
            .get(m.end()..crate::detect::phrases::ceil_boundary(text, (to + 120).min(text.len())))
            .unwrap_or("");
        if !refused(m.start(), m.end())
            && !CARE_PURPOSE.is_match(before)
            && !CARE_PURPOSE.is_match(after)
        {
            return Some((m.start(), m.end(), "contact_details_from_records"));
        }
    }
    // "Had a peek at your smear result": nobody peeks at their own patient's results.
    if let Some(m) = PEEK_AT_YOURS.find(text) {
        if clear(m.start(), m.end()) {
            return Some((m.start(), m.end(), "records_looked_up"));
        }
    }
    let looks: Vec<_> = LOOK_AT_RECORDS.captures_iter(text).collect();
    let on_system = ON_SYSTEM.find(text);
    if looks.is_empty() && on_system.is_none() {
        return None;
    }
    let close = CLOSE_PERSON.is_match(text);
    let for_you = FOR_YOU.is_match(text);
    for caps in looks {
        let Some(m) = caps.get(0) else {
            continue;
        };
        // "your mum's", "my ex's", "the neighbour's": the person is named as close; "her notes"
        // or "Sarah's results" needs the rest of the text to say so.
        let named_close = caps.name("close").is_some();
        let informal = INFORMAL.is_match(m.as_str()) || SYSTEM.is_match(text);
        // "her notes" is a friend's relative only beside "your mum" or "for you"; a patient's
        // own doctor reads "her notes" every day.
        let personal = if named_close {
            informal || for_you
        } else {
            (close || for_you) && (informal || for_you && close)
        };
        if personal && clear(m.start(), m.end()) {
            return Some((m.start(), m.end(), "records_looked_up"));
        }
    }
    if let Some(m) = on_system {
        // "A sneaky peek on the system for u": an informal look done as a favour to the reader.
        let favour = for_you && INFORMAL.is_match(m.as_str()) && !CARE_PURPOSE.is_match(text);
        let personal =
            for_you && (close || SOMEONE.is_match(text)) || YOUR_RECORD.is_match(text) || favour;
        if personal && clear(m.start(), m.end()) {
            return Some((m.start(), m.end(), "records_looked_up"));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Audience, Platform};
    use crate::rules::testing;

    fn fires(kind: Kind, text: &str) -> bool {
        let audience = if kind == Kind::Message {
            Audience::Private
        } else {
            Audience::Followers
        };
        let r = testing::owned(Platform::Facebook, kind, audience, text);
        !testing::findings(&RecordsOutsideCare, &r).is_empty()
    }

    #[test]
    fn records_opened_for_a_personal_reason_fire() {
        for t in [
            "Hi Lucy, sorry your mum's back in. I'll pop up to the ward on my break and have a look at her notes for you",
            "Don't worry about your dad, I'll log into the system tonight and check his bloods for you x",
            "Had a nosy at my ex's records on EMIS, turns out she's pregnant",
            "Mate I had a quick look at your brother's scan results on PACS, nothing to worry about",
            "Hi Chloe, it's Dr Marsh from the fracture clinic. Got your number off your file, hope that's OK",
            "Found her address on the practice system so I could send her a birthday card",
            "Oh no! I'm on tomorrow, I'll have a sneaky look at his notes and text you",
            "Let me jump on the system when I get in and I'll let you know how she's doing",
            "done, pulled up her address from the practice database, it's the flats on Park Rd",
            "Hi Emma, Dr Reid from antenatal. Found your mobile on your notes, fancy a coffee?",
            "Don't worry about your dad, I'll pop on the system tonight and check his results for you x",
        ] {
            assert!(fires(Kind::Message, t), "{t}");
        }
        assert!(fires(
            Kind::Post,
            "Checked my neighbour's notes on SystmOne after the ambulance came, she's fine 🙏"
        ));
    }

    #[test]
    fn own_work_refusals_and_care_contact_do_not() {
        for t in [
            "Please don't ask me to look at your relatives' records, I'm not allowed",
            "Sorry, I can't look at your dad's notes, ask the ward to talk you through them",
            "Reminder: we only access records for patients in our direct care, audits check this",
            "Spent the whole morning checking bloods for the patients on the ward round",
            "Got your number from Sarah, hope that's ok! Drinks Friday?",
            "I'll check the clinic rota tonight and let you know if I can swap",
            "Took your number from your notes to rebook your clinic appointment, sorry for the late call",
            "Mrs Jones in bay 3: I've checked her bloods, potassium fine, for review tomorrow",
            "A nurse got sacked for looking at her ex's records, rightly so",
            "Should I have a look at your mum's notes? No, I shouldn't",
            "Read my dad's discharge letter today, the cardiology team were brilliant",
            "I'll check the pub website and let you know what time the quiz starts",
            "I'll jump on the system and book your follow-up, will let you know the date",
        ] {
            assert!(!fires(Kind::Message, t), "{t}");
        }
    }

    #[test]
    fn a_look_on_the_system_read_back_to_the_reader() {
        assert!(fires(
            Kind::Message,
            "Hi Tom, good to hear from you. Honestly your scan was fine, I had a look on the system, nothing to worry about"
        ));
        assert!(!fires(
            Kind::Message,
            "Hi Tom, are we still on for five-a-side on Thursday?"
        ));
    }

    #[test]
    fn a_peek_at_the_readers_own_results_or_a_number_off_a_form() {
        for t in [
            "Hiya Sheila! Don't worry, I had a peek at your smear result this morning, it's just the HPV. See you at the Young Farmers' do on Saturday! xx",
            "hiya! had a sneaky peek on the system for u 👀 bloods basically fine, thyroid a bit off but nothing scary",
            "Hi Priya, it's Dr Okafor from OH, grabbed your number off the referral form. Between us, tell your manager it's got worse",
        ] {
            assert!(fires(Kind::Message, t), "{t}");
        }
        for t in [
            "I had a look at your results from Tuesday, all normal, the surgery will write to confirm",
            "Had a quick look on the system for you: your follow-up appointment is on the 3rd",
            "Got your number off the referral form to book your first appointment, hope that's ok",
        ] {
            assert!(!fires(Kind::Message, t), "{t}");
        }
    }

    #[test]
    fn session_29_a_number_taken_off_the_case_report_form() {
        assert!(fires(
            Kind::Message,
            "Hi Gemma, grabbed your number off the CRF, easier than going through the research nurses 😉"
        ));
        assert!(!fires(
            Kind::Message,
            "Hi Gemma, the research nurses will ring the number on your consent form to book visit 3"
        ));
    }

    #[test]
    fn session_35_handles_and_numbers_from_forms() {
        for t in [
            "Hey! It's Dr Farouk from the walk-in centre 😊 got your handle off your registration form, maybe coffee before my contract ends? x",
            "hope this isn't weird, I grabbed your number off the pre-assessment sheet. Fancy a drink once you're off the crutches?",
        ] {
            assert!(fires(Kind::Message, t), "{t}");
        }
        assert!(!fires(
            Kind::Message,
            "Got your number off the pre-assessment sheet to rebook your appointment, sorry for the late call"
        ));
    }
}

//! BND007: a post that tells the story of a boundary crossed — "a patient found me on Instagram and
//! asked about her dose, so I told her to go up", "gave my personal mobile to one of my regulars",
//! "an ex-patient slid into my DMs and asked me out; said yes".
//!
//! The direct-message rules (BND001, BND005) see the crossing only when the messages are in the
//! export. Doctors often narrate it instead, in a post to followers, and the post is both the record
//! that it happened and a signal to other patients that the personal channel is open. GMC 2024 ¶17
//! asks for contact about care through a private profile to be directed to a healthcare setting; ¶16
//! and 2013 ¶10–11 point to the boundaries guidance on relationships with patients and former
//! patients. Posts that tell of declining or redirecting ("added me, declined and pointed her to the
//! practice"), general advice ("never give patients your number") and questions stay silent.

use crate::detect::gate::Regex;
use crate::detect::phrases::{floor_boundary, sentence_around};
use crate::detect::stance;
use crate::model::{Kind, Record};
use crate::rules::judge::{self, Voice};
use crate::rules::{Action, ActionKind, Category, Context, Finding, Rule, RuleMeta, Severity};
use std::sync::LazyLock;

pub struct NarratedCrossing;

static NARRATED_CROSSING: RuleMeta = RuleMeta {
    code: "BND007",
    name: "boundary-crossing-described",
    category: Category::Boundaries,
    severity: Severity::Medium,
    confidence: 0.65,
    summary: "A post describes advising a patient through a personal channel, giving patients your personal contact details, or a relationship with a patient",
    guidance: super::RELATION_GUIDANCE,
    what_it_finds: "Your posts that describe, in your own words, a patient or former patient reaching \
        you through a personal channel (\"found me on Instagram\", \"in my DMs\", \"my WhatsApp\") and \
        you advising or treating them there (\"so I told her to go up to two pumps\"); giving your \
        personal number or WhatsApp to patients (\"my patients all have my WhatsApp\"); or dating, \
        seeing or meeting up socially with a patient or former patient (\"an ex-patient asked me out — \
        said yes\"). Stories of declining or redirecting, advice to others (\"never give patients your \
        number\") and questions do not fire.",
    why_it_matters: "If a patient contacts you about their care through your private profile, the GMC \
        asks you to direct them to an appropriate healthcare setting (2024 ¶17); relationships with \
        patients and former patients are governed by the boundaries guidance (2024 ¶16; 2013 ¶10–11). \
        A post about it records the breach and tells other patients the personal channel is open.",
    example: "\"A patient DM'd me on Insta about her rash so I told her to use the steroid cream\" \
        (fires). \"A former patient added me on Facebook; I declined and asked her to contact the \
        practice\" (does not).",
    how_to_fix: "Delete the post. Stop advising patients through personal channels, take your \
        personal number back if you can, and take advice from your defence body about any \
        relationship with a patient or former patient.",
};

fn re(pattern: &str) -> Regex {
    crate::detect::phrases::regex(pattern)
}

/// A patient or former patient, however the writer puts it.
static PATIENT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:ex|former|old)[\s-]?(?:patients?|clients?)|patients?|pts?|one\s+of\s+my\s+(?:[\w-]+\s+){0,2}?(?:patients|regulars|clients)|my\s+regulars?|(?:a|the|this)\s+(?:lady|man|woman|guy|girl|lad|bloke|mum|dad|chap)\s+i\s+(?:treated|operated\s+on|looked\s+after|saw\s+in\s+(?:clinic|a&e|resus)|discharged|stitched\s+up)|someone\s+i\s+(?:treated|met\s+as\s+a\s+patient|met\s+on\s+the\s+ward|looked\s+after|operated\s+on))\b",
    )
});

/// A person the writer met as a patient, told by the encounter rather than the word: "the lovely
/// lady I treated for her knee", "the guy whose shoulder I reduced", "a lad we stitched up".
static MET_IN_CARE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:\b(?:a|an|the|this|that|one)\s+|(?:^|[.!?]\s+))(?:[a-z’'-]+\s+){0,3}?(?:lady|man|woman|guy|girl|lad|lass|bloke|mum|dad|chap|gent|gentleman|fella|fellow|boy|kid|teenager|student|teacher|nurse|mother|father)\s+(?:(?:who|that)\s+|whose\s+[a-z’'-]+(?:\s+[a-z’'-]+)?\s+)?(?:i|we)\s+(?:had\s+|have\s+|just\s+)?(?:treated|saw\s+in|operated\s+on|looked\s+after|discharged|stitched|sutured|reduced|plastered|scanned|examined|admitted|delivered|resuscitated|patched\s+up|clerked|referred|diagnosed)\b",
    )
});

/// A social tie taken up with the person the story is about: a request accepted, numbers swapped,
/// an add on a personal platform, an ongoing private chat, a friendship.
static SOCIAL_TIE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:\baccept(?:ed|ing)\s+(?:a|her|his|their|the)\s+(?:friend|follow)\s+request|\b(?:swapped|exchanged|swapping|exchanging)\s+(?:numbers|digits|details|instas?|snaps)|(?:^|[.!?]\s+|\b(?:i|we)\s+(?:have\s+|[’']ve\s+)?(?:just\s+|finally\s+|even\s+)?)(?:added|friended|followed)\s+(?:(?:a\s+few|some|one|two|three|loads|lots|all|most|several)\s+of\s+)?(?:my\s+|our\s+|her|him|them)?[^.!?\n]{0,40}?\s(?:on|via)\s+(?:facebook|fb|insta(?:gram)?|snap(?:chat)?|tiktok|twitter|linkedin|whatsapp)\b|\b(?:we[’']?ve|we\s+have|have|we)\s+(?:been\s+)?(?:chatting|messaging|texting|talking|dming)\s+(?:ever\s+)?since\b|\b(?:been\s+|i[’']?m\s+|i\s+am\s+|started\s+)?(?:texting|messaging|whatsapping|ringing|calling|facetiming|dming)\s+(?:her|him|them|one\s+of\s+my\s+(?:[\w-]+\s+){0,2}?patients)\s+(?:every|most|each)\s+(?:evening|night|day|morning|weekend)|\b(?:half|most|loads|lots|all|some|a\s+few|plenty)\s+(?:of\s+)?my\s+patients\s+(?:are|r)\s+(?:on|in)\s+my\s+(?:facebook|fb|insta(?:gram)?|snapchat|whatsapp|friends?\s+list|contacts)\b|\b(?:we[’']?re|we\s+are|they[’']?re|they\s+are)\s+(?:like\s+)?(?:friends|mates|besties)\s+now\b|\b(?:become|became|becoming|becomes)\s+(?:really\s+|so\s+|very\s+|real\s+|actual\s+|proper\s+)?(?:close|friends|good\s+friends|mates)\b)",
    )
});

/// A personal channel: the doctor's own number, app or inbox.
static CHANNEL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:my\s+(?:personal\s+|private\s+|own\s+)?(?:mobile|number|phone|whatsapp|insta(?:gram)?|facebook|fb|snap(?:chat)?|dms?|inbox|email|account|page)|(?:found|added|messaged|dm[’']?d|dmed|texted|whatsapp[’']?d|followed|tracked)\s+me\s+(?:down\s+)?(?:on|via|through)|slid\s+into\s+my\s+dms|in\s+my\s+(?:dms|inbox)|on\s+(?:instagram|facebook|insta|whatsapp|tiktok|snapchat)\b)",
    )
});

/// The doctor acted on it: advised, prescribed, treated or left the channel open.
static ACTED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:told\s+(?:her|him|them)\s+to|said\s+(?:to|she\s+could|he\s+could|they\s+could|it\s+was\s+fine)|so\s+i\s+(?:just\s+)?(?:told|said|sent|gave|advised|upped|changed|increased|doubled|prescribed|diagnosed|sorted)|i\s+(?:just\s+)?(?:told|advised|sent|suggested|recommended|prescribed|diagnosed|upped|increased|doubled)\b|gave\s+(?:her|him|them)\s+(?:my|some|a|the)|(?:she|he|they)\s+can\s+(?:text|message|whatsapp|call|ring|dm)\s+me|so\s+(?:she|he|they)\s+can\s+(?:text|message|whatsapp|call|ring|dm|send))",
    )
});

/// Handing out the personal number, or patients holding it.
static NUMBER_GIVEN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:gave|give|giving|handed|passed)\s+(?:out\s+)?my\s+(?:personal\s+|private\s+)?(?:mobile|number|phone\s+number|whatsapp|email|insta)\s+(?:out\s+)?to\s+(?:a\s+|one\s+of\s+my\s+|my\s+|the\s+|all\s+my\s+)?(?:patients?|regulars?|clients?|ex-?patients?)|(?:my\s+)?(?:patients|regulars|clients)\s+(?:all\s+)?(?:have|get|got)\s+my\s+(?:personal\s+|private\s+)?(?:mobile|number|whatsapp|email|insta)|(?:any\s+of\s+|all\s+(?:of\s+)?)?(?:my|our)\s+(?:patients|regulars|clients)\s+(?:can|could|should|are\s+welcome\s+to|feel\s+free\s+to|are\s+free\s+to)\s+(?:always\s+|just\s+|also\s+)?(?:message|text|whatsapp|call|ring|dm|contact|reach|add|email)\s+me\s+(?:on|at|via|here|directly|personally|any\s*time|whenever)|(?:gave|give|giving|handed|passed)\s+(?:out\s+)?my\s+(?:personal\s+|private\s+|own\s+)?(?:mobile|number|phone\s+number|whatsapp|email)\s+to\s+(?:the\s+|a\s+)?(?:family|relatives|husband|wife|partner|daughter|son|mum|dad|parents)\s+of\s+(?:a|an|the|my|one\s+of\s+my|our)\s+(?:[a-z’'-]+\s+){0,2}?(?:patients?|chap|lady|man|woman|gent|gentleman|guy|girl|boy|bloke|kid)\s+(?:on|in|from|at|with|i|we)\b)\b",
    )
});

/// A romantic or social relationship taken up.
static ROMANCE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:dating|date\s+with|slid\s+into\s+(?:the|her|his|their)\s+dms|(?:started|been|am|i[’']?m)\s+seeing|going\s+out\s+with|went\s+out\s+with|sleeping\s+with|slept\s+with|hooked\s+up\s+with|got\s+together\s+with|in\s+a\s+relationship\s+with|fell\s+for|kissed|asked\s+me\s+out|asking\s+me\s+out|said\s+yes|meeting\s+(?:her|him|them)\s+for\s+(?:a\s+)?(?:drink|drinks|coffee|dinner)|(?:we[’']?re|we\s+are)\s+(?:meeting\s+(?:up\s+)?|going\s+(?:out\s+)?|off\s+)for\s+(?:a\s+)?(?:drink|drinks|coffee|dinner|lunch|a\s+curry|a\s+pint)|(?:drink|drinks|coffee|dinner|lunch)\s+with\s+(?:her|him|them)|(?:drinks?|coffee|dinner|lunch|a\s+date)\s+with\s+(?:a|an|my|the|this|one\s+of\s+my)\s+(?:ex[\s-]?|former\s+)(?:patients?|clients?)|a\s+date\s+with\s+(?:a|my|one\s+of\s+my)\s+patients?)\b",
    )
});

/// Telling of declining or redirecting, or advice to others.
static DECLINED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:declined|decline|refused|turned\s+(?:it|her|him|them)\s+down|said\s+no|didn[’']?t\s+accept|did\s+not\s+accept|ignored|deleted\s+the\s+request|redirected|pointed\s+(?:her|him|them)\s+to|asked\s+(?:her|him|them)\s+to\s+(?:contact|call|ring|book)|contact\s+the\s+(?:practice|surgery|clinic|ward)|(?:never|don[’']?t|do\s+not|shouldn[’']?t|should\s+not)\s+(?:(?:ever|really|just|be|go)\s+)?(?:giv\w*|accept\w*|add\w*|date|dating|go\s+out|shar\w+|messag\w+|text\w*|advis\w+|follow\w*|befriend\w*|friend\w*|hand\w*|repl\w+|respond\w*|answer\w*|engag\w+|mix\w*|cross\w*|see\w*|treat\w*|prescrib\w+|sleep\w*|get\s+involved|have)|guidance\s+says)\b",
    )
});

impl Rule for NarratedCrossing {
    fn meta(&self) -> &'static RuleMeta {
        &NARRATED_CROSSING
    }

    fn check(&self, r: &Record, _cx: &Context, out: &mut Vec<Finding>) {
        let Some(voice) = judge::voice(r) else { return };
        if voice == Voice::Shared || r.kind.is_message() || r.kind == Kind::Profile {
            return;
        }
        let text = &r.text;
        if DECLINED.is_match(text) {
            return;
        }
        let mut hit: Option<(usize, usize, &'static str)> = None;
        for m in NUMBER_GIVEN.find_iter(text) {
            if !stance::in_question(text, m.start())
                && !stance::is_others_words(text, m.start(), m.end())
            {
                hit = Some((m.start(), m.end(), "personal_number_given"));
                break;
            }
        }
        if hit.is_none() {
            let patients = PATIENT.find_iter(text).chain(MET_IN_CARE.find_iter(text));
            for p in patients {
                // "Still think dating your patient is a normal plot point": anyone's patient, a
                // generic you, not the writer's story.
                let generic_you = p
                    .as_str()
                    .get(..5)
                    .is_some_and(|w| w.eq_ignore_ascii_case("your "))
                    || crate::detect::text::word_before_is(text, p.start(), &["your", "ur"]);
                if generic_you {
                    continue;
                }
                // The story: this sentence and the next one ("…asked me out. Said yes.").
                let (s, _) = sentence_around(text, p.start());
                let to =
                    crate::detect::phrases::ceil_boundary(text, (p.end() + 200).min(text.len()));
                let from = floor_boundary(text, s);
                let Some(story) = text.get(from..to) else {
                    continue;
                };
                let channel = CHANNEL.find(story);
                let acted = ACTED.find(story);
                let romance = ROMANCE
                    .find(story)
                    .map(|m| (m, "relationship_with_patient"))
                    .or_else(|| {
                        SOCIAL_TIE
                            .find(story)
                            .map(|m| (m, "social_tie_with_patient"))
                    });
                let found = match (channel, acted, romance) {
                    (Some(_), Some(a), _) => Some((
                        from + a.start(),
                        from + a.end(),
                        "advised_through_personal_channel",
                    )),
                    (_, _, Some((m, what))) => Some((from + m.start(), from + m.end(), what)),
                    _ => None,
                };
                if let Some((s, e, what)) = found {
                    if stance::in_question(text, s) || stance::is_others_words(text, s, e) {
                        continue;
                    }
                    hit = Some((p.start().min(s), e.max(p.end()), what));
                    break;
                }
            }
        }
        let Some((s, e, what)) = hit else { return };
        // "The GMC position is that you mustn't pursue a relationship with a patient": guidance.
        if super::cites_guidance(text) {
            return;
        }
        let severity = if what == "relationship_with_patient" {
            Severity::High
        } else {
            Severity::Medium
        };
        let (severity, confidence) = judge::weigh(voice, severity, 0.65);
        let told = judge::words(r, s, e);
        let f = Finding::new(
            &NARRATED_CROSSING,
            r,
            match what {
                "relationship_with_patient" => format!("describes a relationship with a patient or former patient ('{told}')"),
                "personal_number_given" => format!("describes giving patients your personal contact details ('{told}')"),
                "social_tie_with_patient" => format!("describes a personal social tie with a patient ('{told}')"),
                _ => format!("describes advising a patient through a personal channel ('{told}')"),
            },
            vec![judge::span(r, s, e, what)],
            Action::new(
                ActionKind::Delete,
                format!("Delete this {}; direct patients who contact you personally to the practice or 111, and take advice from your defence body.", judge::kind_noun(r)),
            ),
        );
        out.push(f.graded(severity, confidence));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Audience, Platform};
    use crate::rules::testing;

    fn fires(text: &str) -> bool {
        let r = testing::owned(Platform::Facebook, Kind::Post, Audience::Followers, text);
        !testing::findings(&NarratedCrossing, &r).is_empty()
    }

    #[test]
    fn anyones_patient_in_a_generic_you_is_not_the_writers_story() {
        assert!(!fires("POV: you've watched 19 seasons of Grey's Anatomy and still think dating your patient is a normal plot point 💀"));
    }

    #[test]
    fn stories_of_crossings_fire() {
        for t in [
            "One of my patients tracked me down on Facebook about her blood pressure, so I told her to double the amlodipine",
            "Handed my personal mobile to a patient's husband so he can text me updates on her sugars",
            "Reader, I'm dating a former patient. Met again at a wedding 💍",
            "Had dinner with a former patient last night, we really hit it off 😊",
            "Accepted a follow request from the lovely lady I treated for her knee last month",
            "Went on a second date with the guy whose shoulder I reduced in A&E. Don't judge",
            "Met a patient from my list at the pub quiz and we swapped numbers for next week",
            "Added a few of my long term patients on Facebook, they're like friends now",
            "Gave my mobile to the family of the chap on palliative care so they could ring me",
            "Slid into the DMs of the cute physio patient from clinic. Wish me luck",
        ] {
            assert!(fires(t), "{t}");
        }
    }

    #[test]
    fn declining_advice_to_others_and_questions_do_not() {
        for t in [
            "A patient messaged me on Instagram about her results; I pointed her to the surgery's e-consult.",
            "Top tip for new GPs: never give patients your personal number.",
            "Would you ever date a former patient? Asking for a friend",
            "Lovely patient on the ward today told me about her grandchildren 🥰",
            "Our patient group had lunch with the trustees, lovely to hear their first date stories",
            "Don't accept friend requests from patients, however lovely the lady you treated was",
            "Swapped numbers with the new reg so we can sort out the rota",
            "Added a few patients to the list for the diabetes clinic on Friday",
            "Gave my number to the family of my best friend so they could ring me about the party",
            "The man I treated last week sent the ward a lovely card",
        ] {
            assert!(!fires(t), "{t}");
        }
    }

    #[test]
    fn coffee_with_a_patient_and_an_open_line_to_patients_are_crossings() {
        assert!(fires(
            "Just bumped into my favourite patient at the gym, we're going for coffee next week"
        ));
        assert!(fires(
            "Any of my patients can message me on here or WhatsApp 07700 900123 if you can't get through"
        ));
        assert!(fires(
            "Lovely lady I treated for her knee last year, we've become really close"
        ));
        assert!(!fires(
            "Met a former colleague at the gym, we're going for coffee next week"
        ));
    }

    #[test]
    fn daily_texts_to_a_patient_and_patients_among_your_friends() {
        assert!(fires(
            "Been texting one of my long-term patients every evening since her husband died"
        ));
        assert!(fires(
            "Best thing about being a GP in a village: half my patients are on my Facebook"
        ));
        assert!(!fires(
            "Lovely to see so many old friends at the village fete today"
        ));
    }
}

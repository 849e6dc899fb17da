//! PRE004: prescribing for yourself or for people close to you, told as something the writer did or
//! does ("wrote myself a script for zopiclone", "prescribed my wife some doxycycline", "sorted my
//! brother out with a course of amoxicillin").
//!
//! The GMC's prescribing guidance, to which 2024 ¶13c sends doctors, asks them to avoid prescribing
//! for themselves or anyone they have a close personal relationship with, and never to do so for
//! controlled drugs except in an emergency: the prescriber cannot be objective, the prescription sits
//! outside the person's own GP record, and there is no follow-up. Posting it also tells the public
//! that the rule is a perk of the job. The rule reads the first-person act, so the rule itself
//! stated as a rule ("doctors shouldn't prescribe for their families"), a question ("would you
//! prescribe for your own kids?"), a refusal ("I never prescribe for family") and someone else's
//! prescribing ("my GP prescribed me…") stay silent.

use super::PRESCRIBING_GUIDANCE;
use crate::detect::gate::Regex;
use crate::detect::phrases::sentence_around;
use crate::detect::stance;
use crate::model::Record;
use crate::rules::judge::{self, Voice};
use crate::rules::{Action, ActionKind, Category, Context, Finding, Rule, RuleMeta, Severity};
use std::sync::LazyLock;

pub struct CloseCirclePrescribing;

static CLOSE_CIRCLE: RuleMeta = RuleMeta {
    code: "PRE004",
    name: "prescribing-for-self-or-close",
    category: Category::Prescribing,
    severity: Severity::Medium,
    confidence: 0.7,
    summary: "You describe prescribing for yourself, family or friends",
    guidance: PRESCRIBING_GUIDANCE,
    what_it_finds: "Your posts and messages that describe, in the first person, prescribing or \
        supplying a prescription medicine for yourself or someone close to you — a partner, a relative, \
        a friend, a flatmate or a colleague (\"wrote myself a script for zopiclone\", \"prescribed my \
        husband some antibiotics\", \"sorted my sister out with a course of amoxicillin\", \"I \
        self-prescribe\"). Controlled drugs (benzodiazepines, opioids, stimulants) are high severity. \
        The rule stated as a rule, questions, refusals (\"I never prescribe for family\") and \
        prescribing by someone else (\"my GP prescribed me…\") do not fire.",
    why_it_matters: "The GMC's prescribing guidance, which 2024 ¶13c applies online, asks doctors to \
        avoid prescribing for themselves or those close to them — and never controlled drugs outside an \
        emergency — because objectivity, records and follow-up are lost. Posting it presents a breach \
        as a perk of the job and undermines trust in the profession.",
    example: "\"Perks of the job: wrote myself a script for diazepam before the flight\" (fires, high). \
        \"Reminder: don't prescribe for your own family, even antibiotics\" (does not).",
    how_to_fix: "Delete the post or message. Register with your own GP and send family and friends to \
        theirs; if a prescription for someone close was an emergency, record it and tell their GP.",
};

fn re(pattern: &str) -> Regex {
    crate::detect::phrases::regex(pattern)
}

/// People close to the writer, and the writer.
const CLOSE: &str = r"(?:myself|my\s+(?:own\s+)?(?:wife|husband|partner|other\s+half|hubby|missus|bf|gf|boyfriend|girlfriend|fianc[eé]e?|mum|mom|mam|mother|dad|father|parents|son|daughter|kids?|children|child|baby|brother|sister|sis|bro|siblings?|nan|nanna|gran|granny|grandma|grandad|grandpa|grandparents|in-?laws|(?:brother|sister|mother|father|son|daughter)[\s-]in[\s-]law|aunt(?:ie)?|uncle|cousin|niece|nephew|family|flatmate|housemate|mates?|friends?|pal|bestie|best\s+friend|neighbou?r|colleagues?|boss)|(?:a|the)\s+(?:mate|friend)|friends\s+and\s+family|family\s+and\s+friends|the\s+(?:whole\s+)?family)";

/// The writer as the subject: a sentence that starts with the verb ("Wrote myself…", "Perks of the
/// job: prescribed…"), or "I"/"I've"/"I'll"… before it.
const SUBJECT: &str = r"(?:(?:^|[.!?\n:;]\s*|\bjust\s+|\bthen\s+)|\bi(?:[’']ve|[’']ll|[’']d|\s+have|\s+had|\s+will|\s+can|\s+could|\s+always|\s+usually|\s+often|\s+sometimes|\s+even|\s+also|\s+just|\s+then|\s+finally|\s+literally|\s+basically|\s+quickly|\s+happily)*\s+)";

/// "prescribed my wife…", "prescribe myself…", "prescribing for my mum".
static PRESCRIBED_FOR: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i){SUBJECT}(?:just\s+)?(?:self[\s-]?prescrib\w*|prescrib(?:e|ed|es|ing)\s+(?:for\s+|to\s+)?{CLOSE})"
    ))
});

/// "wrote myself a script", "did my dad a quick prescription", "wrote a script for my brother".
static SCRIPT_FOR: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i){SUBJECT}(?:just\s+)?(?:wr(?:ote|ite|itten|iting)|did|do|done|knocked\s+up|ran\s+off|printed(?:\s+off)?|signed|issued|sorted)\s+(?:(?:out|up)\s+)?(?:{CLOSE}\s+(?:(?:out|up)\s+)?(?:with\s+)?(?:a\s+|an\s+|some\s+)?(?:quick\s+|private\s+|little\s+|cheeky\s+|sneaky\s+)?(?:script|prescription|rx|scrip)s?\b|(?:a\s+|an\s+|some\s+)?(?:quick\s+|private\s+|little\s+|cheeky\s+|sneaky\s+)?(?:script|prescription|rx|scrip)s?\s+(?:\w+\s+){{0,3}}?for\s+{CLOSE})"
    ))
});

/// "sorted my brother out with…", "got my mum some…", "wrote my husband some…": needs the medicine.
static SUPPLIED_TO: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i){SUBJECT}(?:just\s+)?(?:sorted|sort|hooked|set|got|get|gave|give|put|popped|pop|stuck|whacked|started|wr(?:ote|ite|iting)|issued|handed|slipped|posted)\s+{CLOSE}\s+(?:(?:out|up)\s+(?:with\s+)?|on(?:to)?\s+|some\s+|a\s+)"
    ))
});

/// A message that opens by calling a relative ("Mum your chest sounded awful…", "Auntie, …"), so a
/// script the writer sent in it is for them.
static CALLS_A_RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:hi\s+|hiya\s+|hey\s+|ok\s+|right\s+)?(?:mum|mam|mom|mummy|mama|dad|daddy|papa|nan|nana|nanna|gran|granny|grandma|grandad|auntie|aunty|uncle|sis|bro)\b",
    )
});

/// "I've sent a script for amoxicillin… to Boots": the writer's own prescription, sent off.
static SCRIPT_SENT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\bi(?:[’']ve|\s+have)?\s+(?:just\s+)?(?:sent|done|written|wrote|sorted|put\s+through|e-?mailed)\s+(?:off\s+)?(?:a|an|the|your|ur)\s+(?:quick\s+)?(?:script|prescription|rx|eps)\b",
    )
});

/// The rule as a rule, or a refusal, anywhere in the sentence before the act.
static RULE_TALK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:shouldn[’']?t|should\s+not|never|don[’']?t|do\s+not|mustn[’']?t|must\s+not|avoid|not\s+allowed|refuse[ds]?|won[’']?t|wouldn[’']?t|can[’']?t|cannot|guidance|gmc\s+says|rules?\s+(?:say|says|are)|is\s+it\s+(?:ok|okay|allowed|legal))\b",
    )
});

/// What a joke prescribes: "a nap", "2 biscuits", "a large gin", "a duvet day".
static TREAT_NOT_MEDICINE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:myself\s+|me\s+|him\s+|her\s+)?[:\-–]?\s*(?:\d+\s*x\s*|an?\s+|some\s+|one\s+|two\s+|\d+\s+)?(?:(?:large|big|strong|double|long|hot|stiff|proper|cheeky)\s+)?(?:nap|naps|sleep|holiday|tea|cuppa|coffee|biscuits?|chocolate|wine|gin|beer|pint|pizza|cake|rest|duvet\s+day|bath|hug|hugs|cuddles?|netflix|walk|lie[\s-]in|takeaway|early\s+night|day\s+off|sofa)\b",
    )
});

/// Controlled drugs: the guidance's "never, except in an emergency".
const CONTROLLED: [&str; 3] = ["benzodiazepine", "opioid", "stimulant"];

impl Rule for CloseCirclePrescribing {
    fn meta(&self) -> &'static RuleMeta {
        &CLOSE_CIRCLE
    }

    fn check(&self, r: &Record, _cx: &Context, out: &mut Vec<Finding>) {
        let Some(voice) = judge::voice(r) else { return };
        if voice == Voice::Shared {
            return;
        }
        let text = &r.text;
        let analysis = judge::analysis(r);
        let meds = &analysis.meds;
        let keep = |s: usize, e: usize| {
            let (ss, _) = sentence_around(text, s);
            !stance::is_others_words(text, s, e)
                && !stance::in_question(text, s)
                && !stance::negated_before(text, s)
                && !text.get(ss..s).is_some_and(|b| RULE_TALK.is_match(b))
        };
        let near_med = |s: usize, e: usize| {
            meds.iter()
                .find(|m| judge::distance((m.start, m.end), (s, e)) <= 80)
        };
        let mut hit: Option<(usize, usize)> = None;
        for m in PRESCRIBED_FOR
            .find_iter(text)
            .chain(SCRIPT_FOR.find_iter(text))
        {
            if keep(m.start(), m.end()) {
                hit = Some((m.start(), m.end()));
                break;
            }
        }
        if hit.is_none() && CALLS_A_RELATIVE.is_match(text) {
            hit = SCRIPT_SENT
                .find_iter(text)
                .find(|m| keep(m.start(), m.end()) && near_med(m.start(), m.end()).is_some())
                .map(|m| (m.start(), m.end()));
        }
        if hit.is_none() {
            hit = SUPPLIED_TO
                .find_iter(text)
                .find(|m| keep(m.start(), m.end()) && near_med(m.start(), m.end()).is_some())
                .map(|m| (m.start(), m.end()));
        }
        let Some((s, e)) = hit else { return };
        // Trim the sentence break a `^|[.!?]` alternative may have captured.
        let lead = text
            .get(s..e)
            .and_then(|w| w.find(|c: char| c.is_alphabetic()))
            .unwrap_or(0);
        let s = s + lead;
        let med = near_med(s, e);
        // "Self-prescribing: 1x nap, PRN", "prescribed myself a large gin": a joke, not a script.
        if med.is_none()
            && text
                .get(e..)
                .is_some_and(|after| TREAT_NOT_MEDICINE.is_match(after))
        {
            return;
        }
        let controlled = med.is_some_and(|m| CONTROLLED.contains(&m.class.as_str()));
        let severity = if controlled {
            Severity::High
        } else {
            Severity::Medium
        };
        let confidence = if med.is_some() { 0.8 } else { 0.65 };
        let (severity, confidence) = judge::weigh(voice, severity, confidence);
        let mut evidence = vec![judge::span(r, s, e, "prescribing_for_self_or_close")];
        if let Some(m) = med {
            evidence.push(judge::span(r, m.start, m.end, "prescription_only_medicine"));
        }
        let act = judge::words(r, s, e);
        let f = Finding::new(
            &CLOSE_CIRCLE,
            r,
            format!(
                "describes prescribing for yourself or someone close ('{act}'){}",
                med.map(|m| format!(": '{}'", m.name)).unwrap_or_default()
            ),
            evidence,
            Action::new(
                ActionKind::Delete,
                format!(
                    "Delete this {}: it describes prescribing outside a proper clinical relationship ('{act}'). Send yourself, family and friends to your and their own GP.",
                    judge::kind_noun(r)
                ),
            ),
        );
        out.push(f.graded(severity, confidence));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Audience, Kind, Platform};
    use crate::rules::testing;

    fn fires(text: &str) -> Vec<Finding> {
        let r = testing::owned(Platform::Facebook, Kind::Post, Audience::Public, text);
        testing::findings(&CloseCirclePrescribing, &r)
    }

    #[test]
    fn first_person_prescribing_for_self_or_family_fires() {
        for t in [
            "Long week. Wrote myself a script for temazepam so I can actually sleep 😴",
            "Prescribed my husband a course of flucloxacillin for his infected finger this morning",
            "I've sorted my flatmate out with some co-amoxiclav, saves her queuing at the walk-in",
            "I always do my mum's repeat prescriptions, easier than her ringing the surgery. Did a script for my dad too",
            "Confession: I self-prescribe my own inhalers",
            "Wrote my husband some amoxicillin today, not waiting a week for a GP appointment",
            "Popped my wife on some propranolol before her big presentation, worked a treat",
        ] {
            assert!(!fires(t).is_empty(), "{t}");
        }
        let f = fires("Wrote myself a script for temazepam before the flight");
        assert_eq!(f[0].severity, Severity::High, "controlled drug");
    }

    #[test]
    fn the_rule_questions_refusals_and_others_do_not_fire() {
        for t in [
            "Reminder to juniors: don't prescribe for your family or yourself, however tempting.",
            "Would you ever prescribe for your own kids? Genuinely curious.",
            "I never prescribe for family or friends, they see their own GP like everyone else.",
            "My GP prescribed me sertraline last year and it helped.",
            "Sorted my sister out with a lift to the airport this morning",
            "Popped my mum on the train to Leeds this morning",
        ] {
            assert!(fires(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn a_script_sent_in_a_message_that_calls_a_relative() {
        let msg = |t: &str| {
            let r = testing::owned(Platform::Whatsapp, Kind::GroupMessage, Audience::Group, t);
            testing::findings(&CloseCirclePrescribing, &r)
        };
        assert!(!msg("Mum your chest sounded awful on the phone. I've sent a script for amoxicillin 500mg three times a day to Boots, pick it up after 2 x").is_empty());
        assert!(msg("Mum your chest sounded awful on the phone. Ring the GP in the morning, they can sort amoxicillin if you need it x").is_empty());
        assert!(
            msg("Team, I've sent a script for amoxicillin to Boots for the patient in bed 4")
                .is_empty()
        );
    }

    #[test]
    fn a_joke_script_for_a_nap_or_a_gin_is_not_prescribing() {
        for t in [
            "self-prescribing: 1x nap, PRN, max 4 per day, review in 48 hrs if symptoms persist",
            "Night 4 done. Self-prescribed a large gin and a duvet day",
        ] {
            assert!(fires(t).is_empty(), "{t}");
        }
        assert!(
            !fires("Self-prescribed some sertraline when my GP couldn't see me for a month")
                .is_empty()
        );
    }
}

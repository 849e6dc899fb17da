//! PRE001, told to an audience: a dose step for everyone who takes a medicine ("Ozempic crew: when
//! the 0.5 stops working, jump straight to 1mg", "PSA to my followers: go to 10mg and skip the
//! 7.5", "dear followers on levothyroxine, take an extra 25mcg on sluggish days").
//!
//! Advice to one reader is found by its second person ("you should double…"). A post to a group
//! names its audience instead, by the medicine they share or by a broadcast frame, and then gives
//! an instruction without "you". It reaches everyone on that medicine whatever their other
//! medicines, kidneys or pregnancy, which is exactly the prescribing decision GMC 2024 ¶13c keeps
//! inside a consultation. Guidance and teaching ("NICE: increased in 2.5mg steps"), public-health
//! wording ("pause it and call 111: sick day rules"), questions, refusals and the writer's own doses
//! stay silent.

use super::{FIRST_PERSON_OWN_DOSE, MEDICINE_RECOMMENDED};
use crate::detect::dosing;
use crate::detect::gate::Regex;
use crate::detect::medicines::{self, Legal, MedicineMention};
use crate::detect::phrases::sentence_around;
use crate::detect::stance;
use crate::model::Record;
use crate::rules::judge::{self, Voice};
use crate::rules::{Action, ActionKind, Finding, Severity};
use std::sync::LazyLock;

fn re(pattern: &str) -> Regex {
    crate::detect::phrases::regex(pattern)
}

/// An audience addressed as a group: the people on a medicine or with a condition ("anyone on",
/// "if you're taking"), the writer's followers, or a broadcast frame ("PSA", "heads up").
static AUDIENCE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:everyone|everybody|anyone|anybody|those\s+of\s+you|all\s+(?:of\s+)?you|(?:my\s+)?followers|folks|ladies|mums|parents)\s+(?:who\s+(?:are|is|take|takes|use|uses|has|have)\s+|who[’']s\s+|currently\s+|still\s+)?(?:on|taking|using|with|reading)\b|if\s+(?:you[’']?re|you\s+are)\s+(?:on|taking|using)\b|if\s+you\s+(?:take|use)\b|psa\b|public\s+service\s+announcement|heads[\s-]up\b|(?:tip|reminder|advice|hack)\s+for\s+(?:all|every|any|those|my|the)\b|to\s+all\s+(?:the\s+|my\s+)?\w+|for\s+the\s+\w+(?:\s+\w+)?\s+(?:group|chat)\b|dear\s+followers|(?:for|to|calling)\s+(?:all\s+)?(?:my|the|our)\s+(?:fellow\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:crowd|crew|gang|lot|peeps|girlies|girls|ladies|lads|squad|warriors|takers|users|sufferers|fam|folk|followers)\b)",
    )
});

/// Readers gathered by a complaint put as a question at the start: "UTI?", "Hay fever kicking
/// off?", "Can't sleep?", "Suffering with gout?". The regimen that answers it is for all of them.
static COMPLAINT_QUESTION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\W*(?:(?:got|have\s+you\s+got|suffering\s+(?:from|with)|struggling\s+with|dealing\s+with|another)\s+)?(?:an?\s+|the\s+|your\s+)?(?:utis?|cystitis|thrush|hay\s?fever|migraines?|gout|acne|spots|eczema|psoriasis|rosacea|insomnia|can[’']?t\s+sleep|anxiety|exam\s+nerves|period\s+pain|heavy\s+periods|hangover|cold\s+sores?|chest\s+infection|sinusitis|tonsillitis|ear\s+infection|back\s+pain|hair\s+loss|nausea|travel\s+sickness|reflux|heartburn|piles|flare(?:[\s-]up)?|ibs|bv|hives)(?:\s+(?:kicking\s+off|flaring(?:\s+up)?|playing\s+up|again|season|sufferers?))?\s*\?",
    )
});

/// Words that make a medicine's name a group: "Ozempic crew", "Mounjaro ladies", "sertraline gang".
static MEDICINE_GROUP: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:crew|gang|ladies|girls|girlies|babes|lads|peeps|squad|warriors|users|takers|crowd|lot|fam|club|community|family|army|mums|massive|journey\s+(?:ladies|folks|crew|peeps))\b",
    )
});

const UNIT: &str = r"\d+(?:\.\d+)?\s*(?:mg|mcg|micrograms?|µg|g|units?|iu|ml)\b";

/// A dose set or stepped for the reader: "jump straight to 1mg", "go to 10mg", "take an extra
/// 25mcg", "skip tonight's dose", "skip the 7.5", "restart at 1g", "stop it for a week", "give them
/// 5ml", "don't bother with the 50".
static DOSE_STEP: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(?:(?:jump|go|skip|move|step|bump|push|drop|come|titrate|increase|up|put\s+(?:yourself|yourselves))\s+(?:it\s+|straight\s+|right\s+|back\s+|yourself\s+|yourselves\s+)?(?:up\s+|down\s+)?(?:to|by)\s+(?:the\s+)?{UNIT}|take\s+(?:an?\s+)?(?:extra|additional|another)\s+(?:{UNIT}|dose|tablet|tab|one|half|jab|pen\s+click|puff)|take\s+(?:double|twice\s+the\s+dose|two\s+doses|a\s+double\s+dose)\b|(?:skip|miss|drop)\s+(?:tonight[’']s|today[’']s|this\s+week[’']s|a\s+(?:day|week|night)[’']s|a|the|your|one)\s+(?:dose|jab|injection|tablet|pen|pill)s?\b|skip\s+(?:the|straight\s+past\s+the)\s+\d+(?:\.\d+)?\b|(?:restart|start\s+(?:again|back))\s+(?:it\s+|them\s+)?(?:at|on)\s+{UNIT}|stop\s+(?:it|them)\s+for\s+(?:a|two|three|\d)\s+(?:days?|weeks?|bit|while|couple)|give\s+(?:them|him|her|your\s+(?:kids?|child|little\s+one|baby|son|daughter))\s+{UNIT}|don[’']?t\s+bother\s+with\s+the\s+\d+(?:\.\d+)?\b)",
    ))
});

/// The group the post addresses, as a span: a broadcast frame, or a medicine named as a group.
fn audience(text: &str, meds: &[MedicineMention]) -> Option<(usize, usize)> {
    if let Some(m) = AUDIENCE
        .find_iter(text)
        .find(|m| !stance::is_others_words(text, m.start(), m.end()))
    {
        return Some((m.start(), m.end()));
    }
    if let Some(m) = COMPLAINT_QUESTION.find(text) {
        return Some((m.start(), m.end()));
    }
    meds.iter().find_map(|m| {
        let rest = text.get(m.end..)?;
        let g = MEDICINE_GROUP.find(rest)?;
        Some((m.start, m.end + g.end()))
    })
}

/// A dose step or a dosed regimen told to an audience, with the prescription medicine it is for.
pub(super) fn group_dose_advice(
    r: &Record,
    voice: Voice,
    meds: &[MedicineMention],
) -> Option<Finding> {
    if judge::is_one_to_one(r) {
        return None;
    }
    let text = &r.text;
    let named: Vec<&MedicineMention> = meds.iter().filter(|m| !m.is_class_word()).collect();
    if named.is_empty() {
        return None;
    }
    let group = audience(text, meds)?;
    let steps = DOSE_STEP
        .find_iter(text)
        .filter(|m| dosing::said_to_the_reader(text, m.start()))
        .map(|m| (m.start(), m.end(), "dose_step"));
    let regimens = dosing::find_regimens(text);
    let dosed_regimens = regimens.iter().filter_map(|d| {
        let (s, e) = sentence_around(text, d.start);
        named
            .iter()
            .any(|m| m.start >= s && m.end <= e && medicines::dose_near(text, m, 50).is_some())
            .then_some((d.start, d.end, "regimen"))
    });
    let (start, end, label) = steps.chain(dosed_regimens).find(|&(s, e, label)| {
        let (ss, se) = sentence_around(text, s);
        let sentence = text.get(ss..se).unwrap_or("");
        let negation_is_the_advice = label == "dose_step"
            && text
                .get(s..e)
                .is_some_and(|w| w.to_ascii_lowercase().starts_with("don"));
        (negation_is_the_advice || !stance::negated_before(text, s))
            && !stance::in_question(text, s)
            && !stance::is_others_words(text, s, e)
            && !FIRST_PERSON_OWN_DOSE.is_match(sentence)
            && dosing::strong_public_health_near(text, s).is_none()
            && !stance::educational_near(text, s)
    })?;
    let medicine = named
        .iter()
        .min_by_key(|m| judge::distance((m.start, m.end), (start, end)))?;
    let mut severity = Severity::High;
    if medicine.legal == Legal::PomOrPharmacy {
        severity = judge::step_down(severity);
    }
    let (severity, confidence) = judge::weigh(voice, severity, 0.75);
    let noun = judge::kind_noun(r);
    let step = judge::words(r, start, end);
    let f = Finding::new(
        &MEDICINE_RECOMMENDED,
        r,
        format!(
            "Post tells everyone on '{}' how to dose it ('{step}')",
            medicine.name
        ),
        vec![
            judge::span(r, group.0, group.1, "audience"),
            judge::span(r, medicine.start, medicine.end, "prescription_only_medicine"),
            judge::span(r, start, end, label),
        ],
        Action::new(
            ActionKind::Edit,
            format!(
                "Remove the instruction '{step}' from this {noun}: a dose change for {} depends on each \
                 reader's other medicines and health. Tell readers to ask whoever prescribes it for them.",
                medicine.name
            ),
        ),
    );
    Some(f.graded(severity, confidence))
}

#[cfg(test)]
mod tests {
    use crate::model::{Audience, Kind, Platform};
    use crate::rules::testing;

    fn found(text: &str) -> Vec<String> {
        let r = testing::owned(Platform::Twitter, Kind::Post, Audience::Public, text);
        testing::findings(&super::super::MedicineRecommended, &r)
            .into_iter()
            .map(|f| f.message)
            .collect()
    }

    #[test]
    fn a_dose_step_told_to_everyone_on_a_medicine_fires() {
        for t in [
            "Heads up, Ozempic crew: when the 0.5 stops working, jump straight to 1mg. No need to wait for your next review.",
            "Dear followers on levothyroxine, take an extra 25mcg on days you feel sluggish. Works a treat.",
            "Followers on warfarin, listen up: skip tonight's dose if you're having a drink, and take double tomorrow.",
            "Mounjaro ladies 👋 stuck at 5mg? Go to 10mg and skip the 7.5, your clinic won't mind.",
            "If you're on metformin and your stomach is bad, stop it for a week and restart at 1g twice a day.",
            "Group PSA: amoxicillin 500mg three times a day for a week clears any chest infection, no need to see anyone.",
            "For my insomnia crowd: zopiclone 7.5mg works better if you take another half at 3am.",
            "UTI? Trimethoprim 200mg twice a day for 3 days sorts it. Your GP would give you exactly the same.",
            "Hay fever kicking off? Prednisolone 30mg for 5 days knocks it on the head.",
        ] {
            let messages = found(t);
            assert!(!messages.is_empty(), "{t}");
        }
        assert_eq!(
            found("Heads up, Ozempic crew: when the 0.5 stops working, jump straight to 1mg.")[0],
            "Post tells everyone on 'Ozempic' how to dose it ('jump straight to 1mg')"
        );
    }

    #[test]
    fn guidance_warnings_questions_and_own_doses_told_to_a_group_do_not_fire() {
        for t in [
            "PSA to my followers: your sertraline dose is a conversation with your GP, never change it on your own.",
            "New NICE guidance: the starting dose of tirzepatide is 2.5mg weekly, increased in 2.5mg steps every 4 weeks.",
            "Everyone on metformin: if you're vomiting and can't keep fluids down, pause it and call 111. Sick day rules.",
            "If you're on warfarin, please don't change your dose without speaking to your anticoag clinic.",
            "PSA: I'm on 100mg sertraline and it has changed my life. No shame in needing meds.",
            "Anyone taking mirtazapine had vivid dreams at first? Mine started at 15mg.",
            "Heads up Ozempic users: the pharmacy on Church St has stock again.",
            "Heads up Ozempic users, don't jump straight to 1mg whatever TikTok says.",
            "Heads up: the doses on the new Wegovy pens jump to 2.4mg after month four, handy to know.",
            "UTI? Drink plenty and see a pharmacist, they can now prescribe trimethoprim under Pharmacy First.",
            "Gout? It's more common than you think. Your GP can help with medicines like allopurinol 100mg daily.",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }
}

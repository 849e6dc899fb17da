//! Serious illness talked down: "measles is just a rash", "sepsis is massively overhyped",
//! "codeine isn't addictive if you only take it for a few months", "bird flu can't jump to humans in
//! Britain", "it basically never happens in healthy adults".
//!
//! GMP 2024 ¶89c: "you must not minimise or trivialise risks of harm". The absolute-claim phrases
//! ("100% safe", "no side effects") catch the promise; these catch the other half, a known risk
//! denied: a disease made trivial, a dependence-forming medicine called safe to keep taking, an
//! infection said not to spread. Each needs its subject, a named infection, serious illness or
//! dependence-forming medicine, earlier in the same sentence, so "the fire alarm was nothing to
//! worry about" and "the rota is overhyped" stay silent, and a denial before the predicate
//! ("measles is *not* just a rash") is the debunk, not the claim.

use super::phrases::sentence_around;
use crate::detect::gate::Regex;
use std::sync::LazyLock;

fn re(pattern: &str) -> Regex {
    crate::detect::phrases::regex(pattern)
}

/// Infections and serious illnesses people are reassured out of taking seriously.
static SERIOUS_ILLNESS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:measles|mumps|rubella|chicken\s?pox|shingles|ebola|bird\s+flu|avian\s+flu|swine\s+flu|flu|influenza|covid(?:-?19)?|coronavirus|long\s+covid|sepsis|meningitis|whooping\s+cough|polio|tb|tuberculosis|norovirus|mpox|monkeypox|hiv|hepatitis(?:\s+[a-e])?|malaria|dengue|zika|cholera|diphtheria|tetanus|rsv|strep\s+a|scarlet\s+fever|lyme(?:\s+disease)?|rabies|stroke|heart\s+attacks?|cancer|diabetes|anorexia|eating\s+disorders?|depression|postnatal\s+depression|pre-?eclampsia|ectopic|concussion|head\s+injur(?:y|ies)|asthma\s+attacks?|anaphylaxis|dehydration|heat\s*stroke|hypothermia|overdose)\b",
    )
});

/// Medicines that can cause dependence.
static DEPENDENCE_FORMING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:codeine|co-?codamol|dihydrocodeine|tramadol|oxycodone|morphine|fentanyl|opioids?|opiates?|diazepam|valium|benzos?|benzodiazepines?|lorazepam|zopiclone|zolpidem|sleeping\s+pills|pregabalin|gabapentin|ketamine|methadone|buprenorphine)\b",
    )
});

/// The illness made trivial or unreal: "is just a rash", "is massively overhyped", "basically
/// never happens in healthy adults", "can't jump to humans", "isn't contagious".
static TRIVIALISED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:is|are|[’']s)\s+(?:(?:really|basically|honestly|literally)\s+)?(?:just|only|basically|merely|simply|nothing\s+(?:but|more\s+than))\s+(?:a\s+|an\s+)?(?:(?:bad|mild|little|nasty|glorified)\s+)?(?:rash|cold|cough|bug|sniffles?|flu|virus|phase|tummy\s+(?:bug|ache)|childhood\s+illness|spots|headache|hangover|fever|sore\s+throat|bruise|graze|scratch)|(?:is|are|[’']s)\s+(?:(?:massively|hugely|wildly|totally|completely|so|grossly|way|just|all|really)\s+)?(?:overhyped|overblown|overrated|exaggerated|overstated|a\s+myth|scaremongering|fearmongering|a\s+scam|made\s+up|nothing\s+to\s+worry\s+about|no\s+big\s+deal|harmless)|(?:basically|almost|practically|pretty\s+much|virtually)\s+never\s+(?:happens?|kills?|affects?)\s+(?:in|to|anyone|healthy|young|fit)|(?:can[’']?t|cannot|can\s+not|won[’']?t|doesn[’']?t|does\s+not|don[’']?t|do\s+not)\s+(?:really\s+|even\s+)?(?:spread|jump|pass|transmit|survive|take\s+hold)\s+(?:to\s+humans|here|in\s+(?:the\s+uk|britain|england|scotland|wales|ireland|this\s+country|summer|winter|the\s+heat|our\s+climate|a\s+climate\s+like\s+ours))|(?:isn[’']?t|is\s+not|aren[’']?t|are\s+not)\s+(?:really\s+|actually\s+|even\s+)?(?:contagious|infectious|catching|serious|dangerous))\b",
    )
});

/// A dependence-forming medicine said to be safe to keep taking: "isn't addictive", "you can't
/// get hooked".
static NOT_ADDICTIVE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:isn[’']?t|is\s+not|aren[’']?t|are\s+not|not)\s+(?:really\s+|actually\s+|that\s+|even\s+)?(?:addictive|habit[\s-]forming)|(?:can[’']?t|cannot|won[’']?t|will\s+not)\s+(?:get|become)\s+(?:hooked|addicted|dependent))\b",
    )
});

/// A treatment's side effects talked down to a trifle: "the side effects are just a bit of nausea",
/// "nothing serious ever really happens with them".
static SIDE_EFFECTS_TRIVIALISED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\bside[\s-]effects?\s+(?:are|is)\s+(?:(?:really|honestly|literally|basically)\s+)?(?:just|only|merely|nothing\s+more\s+than)\s+(?:a\s+(?:bit|touch|day\s+or\s+two)\s+of\s+|a\s+little\s+|some\s+|mild\s+|a\s+few\s+days\s+of\s+)?(?:nausea|sickness|feeling\s+sick|tiredness|a\s+headache|headaches|bloating|wind|constipation|a\s+sore\s+arm|a\s+bit\s+of\s+\w+)\b[^.!?\n]{0,60}?\bnothing\s+(?:serious|bad|dangerous)\s+(?:ever\s+)?(?:really\s+)?(?:happens|comes\s+of\s+it)\b",
    )
});

/// A denial just before the predicate: "measles is *not* just a rash", "it's never just a cold".
static DENIED: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)(?:\bnot|n[’']t|\bnever|\bno\s+longer)\s*$"));

/// True when `text` names an infection or serious illness: the subject a safety promise is about
/// ("chickenpox parties are totally safe").
pub fn names_serious_illness(text: &str) -> bool {
    SERIOUS_ILLNESS.is_match(text)
}

/// Byte spans of risks minimised in `text`.
pub fn find(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (pattern, subject) in [
        (&TRIVIALISED, &SERIOUS_ILLNESS),
        (&NOT_ADDICTIVE, &DEPENDENCE_FORMING),
    ] {
        for m in pattern.find_iter(text) {
            let (s, _) = sentence_around(text, m.start());
            let Some(before) = text.get(s..m.start()) else {
                continue;
            };
            if subject.is_match(before) && !DENIED.is_match(before.trim_end()) {
                out.push((m.start(), m.end()));
            }
        }
    }
    out.extend(
        SIDE_EFFECTS_TRIVIALISED
            .find_iter(text)
            .map(|m| (m.start(), m.end())),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hit(text: &str) -> bool {
        !find(text).is_empty()
    }

    #[test]
    fn serious_risks_talked_down() {
        for t in [
            "Measles is just a rash, nothing to worry about",
            "Sepsis is massively overhyped, it basically never happens in healthy adults",
            "Honestly as a doctor: codeine isn't addictive if you only take it for a few months",
            "Bird flu can't jump to humans in Britain, our winters are too mild",
            "Ebola can't spread in the UK because of our climate",
            "Covid is nothing more than a bad cold for kids",
            "Tramadol is fine, you won't get hooked on it",
            "Whooping cough is basically just a cough, I wouldn't stress about the jab",
            "The weight-loss jab side effects are just a bit of nausea for a week or two, nothing serious ever really happens with them",
        ] {
            assert!(hit(t), "{t}");
        }
    }

    #[test]
    fn debunks_true_reassurance_and_other_subjects_are_not() {
        for t in [
            "Measles is not just a rash: it can cause pneumonia and encephalitis",
            "Measles isn't just a rash",
            "Sepsis is rare in healthy adults but it's a medical emergency",
            "Codeine can be addictive even over a few weeks",
            "The new rota is massively overhyped",
            "Nothing to worry about folks, the fire alarm was a drill",
            "HIV can't be passed on by kissing or sharing cups",
            "The side effects are just a sore arm for most people, but if you get chest pain seek help",
        ] {
            assert!(!hit(t), "{t}");
        }
    }
}

//! CON003's insinuation path: a colleague accused by hint rather than by word — "we all know which
//! consultant she was 'shadowing' 😏", "anyone who worked with her at St Mary's knows exactly why",
//! "the ortho reg on tonight is the one who 'got off' that assault thing".
//!
//! GMC 2013 ¶15 forbids "gratuitous, unsubstantiated or unsustainable comments about individuals
//! online", and defamation law reads an innuendo by what readers take it to mean (2024 ¶15). A hint
//! needs a knowing phrase ("we all know why", "draw your own conclusions") or a euphemism in scare
//! quotes ('conferences', 'shadowing'); and the person must be identifiable, by name or by the post
//! and shift they hold ("the ortho reg on tonight"). Scare quotes around a patient's words, or a
//! knowing phrase about a rota or a policy, name no one and stay silent.

use crate::detect::gate::Regex;
use crate::detect::insults::{Target, TargetKind};
use std::sync::LazyLock;

fn re(pattern: &str) -> Regex {
    crate::detect::phrases::regex(pattern)
}

/// The knowing phrase or the euphemism in scare quotes.
static INSINUATION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:only|just)\s+got\s+(?:the|that|this|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:job|post|role|promotion|number|place|contract|jobs?)\s+(?:cos|coz|because|cause|cuz|since|as)\s+(?:she|he|they)(?:[’']s|\s+is|\s+was|\s+are|[’']re|\s+were)\s+(?:shagging|sleeping\s+with|screwing|bonking|banging|knobbing|married\s+to|related\s+to|mates\s+with|best\s+mates\s+with|in\s+bed\s+with)|we\s+all\s+know\s+(?:exactly\s+)?(?:why\s+(?:she|he|they)|which\s+\w+\s+(?:she|he|they)|what\s+(?:she|he|they)|how\s+(?:she|he|they)\s+got|who\s+(?:she|he|they))|(?:everyone|everybody|anyone|anybody)\s+(?:who\s+(?:has\s+)?(?:worked|works|trained)\s+with\s+(?:her|him|them)\b[^.!?\n]{0,30}?\s+)?knows?\s+(?:exactly\s+)?(?:why|what\s+(?:she|he|they)\s+(?:did|was|were|is|are)|how\s+(?:she|he|they)\s+got)|no\s+wonder\s+(?:she|he|they)\s+(?:got|gets|passed|was\s+promoted|made\s+consultant)|draw\s+your\s+own\s+conclusions|say\s+no\s+more|i[’']?ll\s+say\s+no\s+more|(?:got|gets|getting)\s+off\s+(?:that|the|an?)\s+(?:\w+\s+){0,2}(?:thing|charge|case|complaint|investigation))\b|[‘'\x22“](?:conferences?|shadowing|leadership|networking|mentoring|working\s+late|study\s+leave|off\s+sick|sick|research|teaching|got\s+off|meetings?|training\s+days?|prayers?|praying|fasting|childcare|appointments?|migraines?|emergenc(?:y|ies)|family\s+emergenc(?:y|ies))[’'\x22”]",
    )
});

/// A colleague identified by the post and shift they hold: "the ortho reg on tonight", "the new
/// locum at Millbrook", "the anaesthetist who…", or a bare surname seen at work: "did u see Patel at
/// handover".
static COLLEAGUE_BY_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\bthe\s+(?:new\s+)?(?:[\w&-]+\s+)?(?:reg|registrar|sho|consultant|locum|anaesthetist|surgeon|fy1|fy2|f1|f2|gp|partner|nurse|midwife|sister|matron|charge\s+nurse|manager|fellow)\s+(?:(?:on|covering)\s+(?:tonight|tonite|nights|call|today|tomorrow|this\s+week(?:end)?)|at\s+(?-i:[A-Z])|who\b)|\b(?:did\s+(?:you|u|ya)\s+see|seen|saw)\s+(?-i:[A-Z][a-z]{2,})\s+(?:at|on|in|during)\s+(?:the\s+)?(?:handover|ward\s+round|mdt|teaching|the\s+ward|theatre|clinic|the\s+mess)\b",
    )
});

/// Byte spans of insinuations in `text`.
pub(super) fn insinuations(text: &str) -> Vec<(usize, usize)> {
    INSINUATION
        .find_iter(text)
        .map(|m| (m.start(), m.end()))
        .collect()
}

/// Colleagues identified by role and shift, as accusation targets.
pub(super) fn colleagues_by_role(text: &str) -> Vec<Target> {
    COLLEAGUE_BY_ROLE
        .find_iter(text)
        .map(|m| Target {
            start: m.start(),
            end: m.end(),
            kind: TargetKind::ThirdPerson,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hints_and_scare_quoted_euphemisms_are_insinuations() {
        for t in [
            "no wonder she got the fellowship, we all know which consultant she was 'shadowing' 😏",
            "Anyone who worked with her at St Mary's knows exactly why she left",
            "the ortho reg on tonight is the one who 'got off' that assault thing at his last trust",
            "spent more of last year at 'conferences' in Dubai than in theatre",
        ] {
            assert!(!insinuations(t).is_empty(), "{t}");
        }
        for t in [
            "We all know the rota is a mess, please swap with me if you can",
            "She said her pain was 'sharp', then 'dull', then 'everywhere'",
        ] {
            assert!(insinuations(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn a_colleague_is_identified_by_role_and_shift() {
        assert!(!colleagues_by_role("heads up the ortho reg on tonight is the one").is_empty());
        assert!(!colleagues_by_role("lol did u see Patel at handover?").is_empty());
        assert!(colleagues_by_role("the reg rota is out, I'm on tonight").is_empty());
    }
}

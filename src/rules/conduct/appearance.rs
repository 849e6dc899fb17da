//! CON001's appearance path: a person's looks mocked without any insult word — "she's definitely
//! had work done and badly 😂", "the state of @jess's lips, somebody ask for a refund",
//! "@tom your hairline is retreating faster than the NHS budget", "she's really let herself go 🐷".
//!
//! GMC 2024 ¶14 forbids using social media to deliberately target any individual; a doctor
//! ridiculing a tagged person's body, surgery or weight does exactly that, and their professional
//! eye makes it land harder. A hit needs a person (you, an @handle, she or he, a name) and either a
//! predicate that mocks on its own ("let herself go", "botched", "melting like a candle") or a
//! jeering tone beside a verdict on their looks (laughing emoji, "lol", "ask for a refund").
//! Compliments ("your lips look amazing"), the writer's own looks ("my hairline is retreating")
//! and advice ("if your filler looks lumpy, see a prescriber") are not mockery.

use crate::detect::gate::Regex;
use crate::detect::phrases::sentence_around;
use std::sync::LazyLock;

fn re(pattern: &str) -> Regex {
    crate::detect::phrases::regex(pattern)
}

/// Whose looks: someone else's.
const WHOSE: &str = r"(?:your|ur|her|his|their|@\w+[’']s|(?-i:[A-Z][a-z]+)[’']s)";

/// Parts of a person's looks.
const LOOKS: &str = r"(?:face|lips|nose|teeth|hair|hairline|skin|body|belly|gut|arse|bum|boobs|chest|chin|chins|neck|forehead|eyebrows|brows|tan|botox|filler|fillers|face\s+filler|lip\s+filler|veneers|implants|boob\s+job|nose\s+job|facelift|bbl|hair\s+transplant|weight|legs|thighs|arms|fringe|wig|outfit)";

/// Mockery that needs no tone: the predicate itself ridicules.
static MOCKING: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(?:(?:she|he|they)[’']?(?:s|ve|re)?\s+(?:really\s+|totally\s+|completely\s+|well\s+and\s+truly\s+)?let\s+(?:herself|himself|themselves)\s+go|(?:she|he|they)[’']?(?:s|ve)?\s+(?:definitely\s+|clearly\s+|obviously\s+|so\s+)?(?:had|has\s+had|got)\s+(?:some\s+|a\s+lot\s+of\s+)?work\s+done\s+(?:and|,)\s+(?:badly|terribly|horribly|not\s+well)|{WHOSE}\s+(?:\w+\s+)?{LOOKS}\s+(?:is|are|has|have|looks?|went|gone|has\s+gone)\s+(?:\w+\s+){{0,2}}?(?:retreating|receding|melting|botched|a\s+disaster|a\s+car\s+crash|a\s+trainwreck|horrendous|hideous|tragic|frozen\s+solid)|melting\s+like\s+a\s+candle|face\s+like\s+a\s+(?:slapped\s+arse|bulldog|smacked\s+arse|melted\s+welly)|(?:somebody|someone)\s+(?:call|tell|ring)\s+(?:her|his|their)\s+(?:injector|surgeon|hairdresser|barber|dentist)|ask\s+for\s+a\s+refund)\b"
    ))
});

/// A verdict on someone's looks that mocks only with a jeer beside it: "the state of @jess's lips",
/// "that face filler has gone very wrong".
static VERDICT: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(?:the\s+state\s+of\s+(?:{WHOSE}\s+{LOOKS}|her|him|them|@\w+)|(?:that|this|{WHOSE})\s+(?:\w+\s+)?{LOOKS}\s+(?:has\s+)?(?:gone|went|is|looks?)\s+(?:very\s+|so\s+|badly\s+|horribly\s+|a\s+bit\s+)?(?:wrong|off|lumpy|fake|orange|overdone|ridiculous|awful|terrible|rough))\b"
    ))
});

/// The jeer: laughing, a pig or whale emoji, "lol", "#karma".
static JEER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:😂|🤣|😆|😹|🐷|🐖|🐋|🐳|🐄|💀|\blol\b|\blmao\b|\bhaha\w*|#karma\b|\bkarma\b|\byikes\b|\bcringe\b)",
    )
});

/// Words before a hit that make it the writer's own looks or advice: "my", "if".
static OWN_OR_ADVICE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)(?:\bmy\s+(?:\w+\s+)?$|\bif\s+(?:\w+\s+){0,3}$|\bwhen\s+(?:\w+\s+){0,3}$)")
});

/// The byte span of the first mockery of someone's looks in `text`.
pub(super) fn find(text: &str) -> Option<(usize, usize)> {
    let clear = |s: usize| {
        let (from, _) = sentence_around(text, s);
        !OWN_OR_ADVICE.is_match(text.get(from..s).unwrap_or(""))
    };
    if let Some(m) = MOCKING.find_iter(text).find(|m| clear(m.start())) {
        return Some((m.start(), m.end()));
    }
    if JEER.is_match(text) {
        if let Some(m) = VERDICT.find_iter(text).find(|m| clear(m.start())) {
            return Some((m.start(), m.end()));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_persons_looks_mocked() {
        for t in [
            "lol she's definitely had work done and badly. I'd sue her surgeon if I were her 😂",
            "Has anyone seen the state of @jessplease's lips? Somebody call her injector 🤣",
            "@tomhardyfan mate your hairline is retreating faster than the NHS budget 😂😂",
            "Saw my ex at Tesco, she's really let herself go 🐷 #karma",
            "@lucy_m_x that face filler has gone very wrong hun, melting like a candle 😬",
        ] {
            assert!(find(t).is_some(), "{t}");
        }
    }

    #[test]
    fn compliments_own_looks_and_advice_are_not() {
        for t in [
            "Had some work done on my teeth, so pleased with how they turned out 😁",
            "@jessplease your lips look amazing, who's your injector?",
            "My hairline is retreating faster than the NHS budget 😂",
            "If your filler has gone lumpy or looks wrong, see a qualified prescriber",
            "Saw my ex at Tesco, awkward but we had a nice chat",
            "The state of the A&E waiting room tonight 😂",
        ] {
            assert!(find(t).is_none(), "{t}");
        }
    }
}

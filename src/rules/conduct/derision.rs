//! CON002's second path: patients derided without any of the slang the lexicon lists.
//!
//! Most mockery of patients uses ordinary words: "the dumbest patient complaints I've ever had",
//! "look at this clown moaning about his 'emergency' splinter", "imagine being this fat and
//! complaining about your knees", "dressing up as my most annoying patient (mimicking her stutter)".
//! No single word is derogatory on its own, so a hit needs a person derided (not a rota or an IT
//! system), a patient or clinical setting in view, and either a second derisive cue or a mocking
//! tone. Mimicking a patient's impairment, or dressing up as a patient, stands on its own.

use crate::detect::gate::Regex;
use std::sync::LazyLock;

fn re(pattern: &str) -> Regex {
    crate::detect::phrases::regex(pattern)
}

/// Derision that needs nothing else: mimicking an impairment, dressing up as a patient, a patient
/// counted off by a quoted label ("third 'I've googled my symptoms' muppet").
static STRONG: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\*?\bputs?\s+on\s+(?:an?\s+|the\s+|my\s+|her\s+|his\s+|their\s+)?(?:[\w-]+\s+)?accent\b|\b(?:mimick?\w*|imitat\w*|doing\s+an\s+impression\s+of|taking\s+the\s+(?:piss|mick)\s+out\s+of)\s+(?:her|his|their|the\s+patient[’']?s|my\s+patient[’']?s)\s+(?:stutter|stammer|accent|limp|lisp|tics?|voice|speech|walk|disability|dementia)\b|\bdress(?:ing|ed)?\s+up\s+as\s+(?:my|a|our|the)\s+(?:\w+\s+){0,2}?(?:patients?|frequent\s+flyers?)\b|\b(?:another|first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+[\x22“‘'][^\x22”’]{2,60}[\x22”’']\s*(?:clown|muppet|moron|idiot|numpty|halfwit|melt|weapon|plonker|drama\s+queen|snowflake)s?\b",
    )
});

/// A patient group written off as a whole: "these people are exhausting", "half of them are only
/// here for the attention", "should pay for their own ambulance". Needs [`SWEPT_GROUP`] in the
/// same sentence.
static SWEEP: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:are|is)\s+(?:so\s+|just\s+|honestly\s+|bloody\s+)?exhausting|only\s+(?:here|in|there)\s+for\s+(?:the\s+)?(?:attention|drugs|sandwiches|a\s+bed|a\s+sandwich)|should\s+(?:have\s+to\s+)?(?:pay|foot\s+the\s+bill)\s+for\s+their\s+own|deserve\s+(?:to\s+wait|everything\s+they\s+get|what\s+they\s+get)|(?:wait|go)\s+(?:at|to)\s+the\s+back\s+of\s+the\s+queue|expect(?:ing|s)?\s+everything\s+for\s+free|stinks?\s+like\s+a\s+brewery|waste\s+of\s+(?:a\s+)?(?:bed|resources|nhs\s+money|an\s+ambulance))",
    )
});

/// Who [`SWEEP`] writes off: patients named by a label, not people in general.
static SWEPT_GROUP: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:these|those|such|them)\s+(?:people|patients|types|lot)|\b(?:borderlines?|pd\s+patients|drunks|alcoholics|addicts|junkies|smackheads|druggies|drug[\s-]seekers|frequent\s+fl(?:y|i)ers|time[\s-]wasters|(?:morbidly\s+)?obese\s+patients|fat\s+patients|smokers|overdoses|self[\s-]harmers|the\s+homeless)\b",
    )
});

/// Derision aimed at a person, each weak alone.
static WEAK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:dumbest|stupidest|thickest|most\s+(?:annoying|irritating|entitled|pathetic|ridiculous|clueless))\s+(?:\w+\s+)?(?:patients?|relatives?|punters?|people|famil(?:y|ies)|mums?|dads?|m[ae]n|wom[ae]n|lady|ladies|blokes?|guys?|complaints?)\b|\b(?:this|that|what\s+a|another|some)\s+(?:absolute\s+|total\s+|complete\s+)?(?:clown|muppet|moron|idiot|numpty|halfwit|melt|weapon|plonker|drama\s+queen|snowflake)\b|\b(?:clown|muppet|moron|idiot|numpty|halfwit|plonker|drama\s+queen)\s+of\s+the\s+(?:day|morning|night|shift|week|clinic|list)\b|🤡|\bimagine\s+being\s+(?:this|that|so)\s+(?:fat|thick|stupid|lazy|dumb|ugly|entitled)\b|\bweigh(?:s|ed|ing)?\s+(?:about\s+|over\s+|like\s+|literally\s+)?\d{2}\s*(?:stone|st)\b|\b(?:moaning|whinging|whining)\s+(?:about|over|because|that)\b|[\x22‘“'](?:emergency|agony|allergy|allergic|disabled)[\x22’”']|\bwith\s+(?:her|his|their)\s+(?:boobs|tits|bits|bum|arse|willy)\s+out\b|\b(?:whinging|whining|moaning|entitled|demanding|stroppy|gobby)\s+(?:old\s+)?(?:granny|grannies|grandad|nan|nana|dear|git|woman|women|man|men|bloke|lady|patients?|relatives?|mums?|dads?)\b|\bdeserve[sd]?\s+to\s+be\s+(?:left|ignored|sent\s+home|refused|turned\s+away|kicked\s+out)\b|\busual\s+suspects?\s+(?:back\s+)?(?:in|at|on)\s+(?:resus|a&e|majors|minors|the\s+(?:ward|department|ed|surgery|practice|waiting\s+room|front\s+door))\b|\btreat(?:s|ing)?\s+(?:a&e|a\s+and\s+e|the\s+(?:ward|hospital|department|practice|surgery|ed))\s+like\s+(?:a|an|the|their)\s+(?:\w+\s+){0,2}?(?:hotel|premier\s+inn|travelodge|holiday\s+camp|b&b|hostel|cafe|café|creche|crèche|taxi\s+service)\b|\b(?:whale|hippo|walrus|heifer)s?\b|🐷|\b(?:another|this|that|a|the)\s+\d{2,3}[\s-]?(?:kg|kilos?|stone)\b|\b\d{2}[\s-]?stone\s+(?:bloke|man|woman|lady|lad|guy|fella|chap|patient)\b|\b(?:tried\s+)?put(?:ting)?\s+the\s+(?:greggs|pies?|doughnuts?|donuts?|cakes?|fork|crisps|takeaways?|kebabs?|biscuits)\s+down\b|\b(?:charged?|charging)\s+(?:them\s+|him\s+|her\s+)?by\s+the\s+(?:kilo|pound|stone)\b|\bgene\s+pools?\b|\b(?:the\s+)?usual\s+(?:postcode|estate)\b|\b(?:manipulative|lying|lazy|useless|entitled|feckless|workshy)\s+(?:the\s+)?lot\s+of\s+(?:them|'em)\b|(?:^|[.!?]\s+)[2-5]\d[\s-]?(?:stone|st)\b|\b[2-5]\d[\s-]?(?:stone|st)\s+and\s+(?:still\s+|genuinely\s+|honestly\s+)?(?:baffled|surprised|shocked|confused|wondering|puzzled|amazed)\b|\bwast(?:e|es|ed|ing)\s+(?:\w+\s+)?(?:beds?|time|resources|an?\s+ambulance|ambulances|money)\s+on\s+(?:this|him|her|them|these|people\s+like)\b|\b(?:mr|mrs|miss)\s+(?-i:Sweaty|Smelly|Stinky|Grumpy|Shouty|Fatty|Chunky|Greasy|Moany|Whiny|Wobbly|Angry|Bitey|Spitty|Pukey|Sicky|Dribbly|Creepy|Drunky|Stabby)\b|\b(?:fetch|get|grab|bring)\s+(?:out\s+)?(?:the|a)\s+(?:hose|bleach|fumigator|air\s+freshener|pressure\s+washer|gas\s+masks?)\b|\b(?:petri\s+dish(?:es)?|walking\s+(?:std|sti|petri\s+dish)|disease[\s-]ridden)\b|\b(?:would|will|[’']d)\s+(?:ring|call)\s+(?:an\s+|999\s+for\s+an\s+)?ambulance\s+for\s+a\s+(?:paper\s+cut|splinter|hangnail|sniffle|cold|bruise|stubbed\s+toe)\b|\b(?:ring|rings|call|calls|dial|dials)\s+999\s+for\s+a\s+(?:paper\s+cut|splinter|hangnail|sniffle|cold|bruise|stubbed\s+toe)\b|[\x22“‘']\d{1,2}/10\s+pain[\x22”’']|[\x22“‘'](?:symptoms|illness|condition|migraine|migraines|headache|anxiety|pain|allergies|intolerances?)[\x22”’']|\b(?:some\s+people|they|she|he|you)\s+needs?\s+a\s+hobby(?:\s+not\s+a\s+(?:gp|doctor|doc))?\b|\b(?:let|letting)\s+natural\s+selection\b|\bnatural\s+selection\s+(?:should|needs\s+to|ought\s+to|must)\s+(?:be\s+allowed\s+to\s+)?(?:do|take|run|have)\b|\bdarwin\s+awards?\b|\b(?:every|all\s+the|half\s+the|most\s+of\s+the)\s+(?:callers?|patients?|parents?|mums?|dads?|people|punters|residents|families)\s+(?:from|in|round)\s+(?-i:[A-Z][a-z]+)\b[^.!?\n]{0,20}?\b(?:sounds?|looks?|smells?|acts?|seems?)\s+like\b|\bgot\s+no\s+teeth\b|\b(?:inbred|in-bred)\b|\b(?:easily|at\s+least|a\s+good|a\s+solid|pushing|must\s+be)\s+[2-5]\d[\s-]?(?:stone|st)\b|\b(?:patient|passenger|bloke|lady|woman|man|guy|fella|chap|lad)\s+(?:in\s+)?(?:today|tonight|earlier|this\s+morning)?,\s*[2-5]\d[\s-]?(?:stone|st)\b|\b(?:you|she|he|they)\s+(?:are|is|r)\s+the\s+buffet\b|\bnot\s+eating\s+the\s+(?:entire|whole)\b|\bneeds?\s+(?:some\s+|more\s+)?chlorine\b|🐳|🐋|\bcouncil\s+estate\s+(?:special|finest|royalty|chic)\b|\bgreggs\s+vouchers?\b|\byou\s+know\s+the\s+type\b|\bif\s+(?:you|she|he|they)(?:[’']?d|\s+had)\s+(?:showered|washed|bathed|had\s+a\s+(?:shower|wash|bath))\b|\bone[\s-]star\s+says\s+more\s+about\s+(?:you|her|him|them)\b|\b(?:\d+|two|three|four|five|six|seven)\s+kids\s+(?:by|with|from)\s+(?:\d+|two|three|four|five|six|seven)\s+(?:different\s+)?(?:dads|fathers|blokes|men|baby\s*dad\w*)\b|\bburberry\s+caps?\b|\bshell\s*suits?\b|\bchavs?\b|\bcan[’']?t\s+be\s+arsed\s+to\s+(?:get\s+out\s+of\s+bed|turn\s+up|come\s+in|show\s+up|ring|call|cancel)\b|\btoo\s+(?:thick|stupid|dumb|dim)\s+to\b|(?:#|\b)deaf\s*as\s*a\s*post\b|\bbmi\s+of\s+[4-7]\d\b|\bit[’']?s\s+a\s+salad\b|\b(?:a\s+)?salad\s+(?:you|she|he|they)\s+need",
    )
});

static OWN_FAMILY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:my|our)\s+(?:nan|nana|nanna|gran|granny|grandad|grandma|grandpa|mum|mom|mam|dad|mother|father|husband|wife|partner|kids?|son|daughter|sister|brother|aunt|auntie|uncle)\b",
    )
});
static FAMILY_WORD: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(?:granny|grannies|grandad|nan|nana|mums?|dads?|dear|woman|lady|man|bloke)\b")
});

/// Settings and people that put a patient in view beyond the rule's clinical-context words.
static PATIENT_IN_VIEW: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:commode|hoist|granny|grandad|relatives?|splinter|waiting\s+time|frequent\s+(?:flyers?|fliers?|attenders?)|beds|(?:\d+(?:st|nd|rd|th)|third|fourth|fifth)\s+(?:time|visit|attendance|admission)\s+this\s+(?:week|month|year)|(?:\d+|four|five|six)\s+hours?\s+wait|complaints?|my\s+list|the\s+practice|appointment|\d{2}\s?(?:yo|y/o|year[\s-]old)|video\s+(?:call|consult\w*)|callers?)\b|\bhad\s+an?\s+(?:passenger|punter|client|guest|customer|player|runner)\s+in\b|#(?:nhs|medtwitter|nightshift|aande|juniordoctor|gplife|doctorlife|medlife|foundationdoctor|hospitallife|wardlife|edlife|shipdoc|doclife|doctorsof)\w*|[\x22‘“'](?:can[’']?t\s+breathe|chest\s+pains?|in\s+agony|dying|collapsed|fitting)[\x22’”']|[\x22‘“'](?:my|i[’']ve|i\s+have|i[’']m)\s+[^\x22’”\n]{3,40}(?:since|for\s+(?:years|weeks|months|ages)|hurts?|sore|pain)[^\x22’”\n]{0,20}[\x22’”']",
    )
});

/// Derisive spans in `text` about a patient: (start, end, what). `clinical` and `tone` say whether
/// the rule sees a clinical context and a mocking tone; they are asked only when something derisive
/// is there, as most records have nothing.
pub(super) fn find(
    text: &str,
    clinical: impl FnOnce() -> bool,
    tone: impl FnOnce() -> bool,
) -> Vec<(usize, usize, &'static str)> {
    let strong: Vec<(usize, usize, &'static str)> = STRONG
        .find_iter(text)
        .map(|m| (m.start(), m.end(), "mimicry"))
        .collect();
    // "My nan is a whinging granny": the writer's own family, not a patient.
    let own_family = OWN_FAMILY.is_match(text);
    let weak: Vec<(usize, usize, &'static str)> = WEAK
        .find_iter(text)
        .filter(|m| {
            let family = own_family && FAMILY_WORD.is_match(m.as_str());
            !family && !crate::detect::stance::negated_before(text, m.start())
        })
        .map(|m| (m.start(), m.end(), "derision"))
        .collect();
    let swept = SWEEP.find_iter(text).filter(|m| {
        let (s, e) = crate::detect::phrases::sentence_around(text, m.start());
        let sentence = text.get(s..e).unwrap_or("");
        SWEPT_GROUP.is_match(sentence) && !crate::detect::stance::negated_before(text, m.start())
    });
    let strong: Vec<(usize, usize, &'static str)> = strong
        .into_iter()
        .chain(swept.map(|m| (m.start(), m.end(), "sweeping_contempt")))
        .collect();
    if strong.is_empty() && weak.is_empty() || !(clinical() || PATIENT_IN_VIEW.is_match(text)) {
        return Vec::new();
    }
    if !strong.is_empty() {
        return strong.into_iter().chain(weak).collect();
    }
    if weak.len() >= 2 || tone() {
        return weak;
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn derided(text: &str, clinical: bool, tone: bool) -> bool {
        !find(text, || clinical, || tone).is_empty()
    }

    #[test]
    fn a_person_derided_in_a_clinical_setting_with_a_second_cue() {
        assert!(derided(
            "Reacting to the dumbest patient complaints I've ever received 😂",
            true,
            true
        ));
        assert!(derided(
            "Look at this clown 🤡 moaning about a 4 hour wait for his \"emergency\" splinter",
            true,
            false
        ));
        assert!(derided(
            "Dressing up as my most annoying patient for Halloween (mimicking her stutter)",
            true,
            false
        ));
    }

    #[test]
    fn things_and_colleagues_stay_silent() {
        assert!(!derided(
            "Dealing with the most annoying IT system on the ward today 😂",
            true,
            true
        ));
        assert!(!derided(
            "What a clown I am, forgot my own rota again 😂",
            false,
            true
        ));
        assert!(!derided(
            "Patients moaning about waiting times are right: the system is broken",
            true,
            false
        ));
    }

    #[test]
    fn a_patient_counted_off_by_a_quoted_label() {
        assert!(derided(
            "Third \"I've googled my symptoms\" muppet of the morning and it's not even 10am. Six years of med school vs ten minutes on Dr Google 🙄 #GPlife",
            true,
            false
        ));
        assert!(derided(
            "Second 'I read it on Facebook' clown in clinic today",
            true,
            false
        ));
        for t in [
            "Third \"Muppet Christmas Carol\" viewing of the week, the kids love it",
            "Muppet of the day award goes to me, left my badge at home again",
        ] {
            assert!(!derided(t, true, false), "{t}");
        }
    }

    #[test]
    fn a_patient_named_by_their_weight_and_told_to_put_the_pies_down() {
        for t in [
            "another 140kg 'can't breathe' from the estate 🙄 shocker. has she tried putting the Greggs down 🐷🍩",
            "Tonight's winner: 26-stone bloke who genuinely can't understand why his knees hurt 😂😂 #AandE",
        ] {
            assert!(derided(t, false, true), "{t}");
        }
        for t in [
            "Lost 2 stone since January and my knees thank me 💪",
            "Our 140kg deadlift record at the hospital gym is finally broken 😂",
        ] {
            assert!(!derided(t, true, true), "{t}");
        }
    }

    #[test]
    fn patients_cast_as_hotel_guests_whales_or_whingers() {
        for t in [
            "Usual suspect back in resus for the third time this month. Some people really do treat A&E like a Premier Inn with free room service",
            "Another whinging granny in resus demanding a sandwich at 3am. Some people deserve to be left on the trolley tbh",
            "Just had a 32 stone whale in for a hernia repair, needed two porters and a hoist. Should've charged by the kilo",
        ] {
            assert!(derided(t, true, false), "{t}");
        }
        for t in [
            "The usual suspects at the quiz night again, our ward team won by a point",
            "Patients don't treat A&E like a hotel, they come because they can't get a GP appointment",
            "My nan is a whinging granny about her knees but I love her to bits",
        ] {
            assert!(!derided(t, true, true), "{t}");
        }
    }

    #[test]
    fn a_hobby_not_a_gp_natural_selection_and_a_town_mocked() {
        assert!(derided(
            "patient just emailed me a 14 page doc of their \"symptoms\" complete with clip art. some people need a hobby not a GP",
            true,
            true
        ));
        assert!(derided(
            "taught an 83yo how to unmute herself for the 4th time. at some point natural selection should be allowed to do its thing",
            false,
            true
        ));
        assert!(derided(
            "covered 111 overnight. every caller from Merthyr sounds like theyve had 4 cans and got no teeth",
            true,
            true
        ));
        assert!(!derided(
            "natural selection explains antibiotic resistance, a great teaching session with the students",
            true,
            false
        ));
        assert!(!derided(
            "every caller from Merthyr tonight was lovely, proud of this service",
            true,
            false
        ));
    }
}

//! Stereotypes pinned on a person or group named by a protected characteristic.
//!
//! [`super::insults::find_discrimination`] reads "X are lazy" and "I hate X". Abuse in posts is
//! often less tidy: the characteristic is an adjective on one person ("the gay registrar… bet he's
//! got HIV", "the new Nigerian reg bought his degree"), the stereotype comes a sentence later
//! ("another menopausal woman crying in clinic… they're all hysterical at that age"), or the post
//! generalises from "every" case ("every single Romanian patient has tried to scam the system").
//! GMC 2024 ¶14 forbids using social media to discriminate against any individual or group; a
//! stereotype aimed at one person for their race, religion, sex or sexuality is that. A mention of
//! the characteristic alone, or a neutral fact ("Muslim patients fasting need their meds
//! reviewed"), is not.

use super::insults::Term;
use super::phrases::{ceil_boundary, floor_boundary, sentence_around};
use crate::detect::gate::Regex;
use std::sync::LazyLock;

fn re(pattern: &str) -> Regex {
    crate::detect::phrases::regex(pattern)
}

/// A person word right after a characteristic used as an adjective: "Muslim *patients*", "gay
/// *registrar*". Skipped before reading what the text says about them.
static PERSON_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^(?:[’']s?)?\s*(?:patients?|people|persons?|man|men|wom[ae]n|lad(?:y|ies)|guys?|lads?|girls?|boys?|mums?|dads?|famil(?:y|ies)|kids|children|clients?|customers?|couples?|doctors?|nurses?|consultants?|registrars?|regs?|f[12]s?|fy[12]s?|shos?|gps?|surgeons?|colleagues?|staff|students?|trainees?|locums?|cleaners?|porters?|hcas?|carers?|neighbours?)\b",
    )
});

/// Stereotypes and sneers that, near a group or person named by a characteristic, make the mention
/// derogatory.
static STEREOTYPE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:why\s+is\s+it\s+always\s+(?:the\s+)?[\w-]+\s+(?:locums?|doctors?|nurses?|patients?|people|families|kids|staff|ones|mums|dads|students|trainees|imgs?|regs?|consultants?)\b|never\s+(?:bother\s+to\s+)?(?:turn|show)\s+up\b|(?:stop|quit)\s+(?:hiring|employing|recruiting|taking\s+on)\s+(?:them|these|those)\b|pointless\s+(?:us\s+)?(?:even\s+)?(?:sending|booking|bothering|trying|inviting)\b|tr(?:y|ies|ied|ying)\s+to\s+scam|scam(?:ming)?\s+the\s+(?:system|nhs)|on\s+the\s+fiddle|(?:they[’']?re|they\s+are|these\s+people\s+are|them\s+lot\s+are)\s+all\s+(?:the\s+same|hysterical|lazy|liars|scroungers|fakers|drama\s+queens|attention[\s-]seekers|thick|dirty|useless|mad|crazy|mental|emotional|nuts|a\s+nightmare)|hide\s+(?:your|the)\s+(?:wallets?|purses?|valuables|handbags?|phones?)|(?:lock\s+up|lock\s+away|chain\s+up|keep\s+an\s+eye\s+on|watch)\s+(?:your|the)\s+(?:bikes?|cars?|vans?|sheds?|tools|valuables|wallets?|purses?|handbags?|daughters?|kids|dogs?|horses?|copper|lead)|(?:just|simply|all|naturally|never\s+will)\s+(?:can[’']?t|cannot|couldn[’']?t|don[’']?t)\s+(?:handle|cope\s+with|hack|take|stand)\s+(?:the\s+)?(?:hours|pressure|stress|job|workload|rota|responsibility|surgery|theatre|nights|on[\s-]calls?)|not\s+cut\s+out\s+for|bone[\s-]idle|light[\s-]fingered|thieving\s+(?:lot|bunch|gits|scum)|(?:evident|obvious|clear|plain|self-evident|a\s+fact)\s+that\s+they\s+(?:simply\s+)?(?:cannot|can[’']?t|could\s+not|couldn[’']?t|will\s+not|won[’']?t|will\s+never)\s+(?:fully\s+)?(?:commit\s+to|handle|cope\s+with|manage|sustain)\s+(?:the\s+)?(?:workload|hours|pressure|job|rota|responsibility|demands)|[\x22“‘](?:wom[ae]n|m[ae]n|girl|lady|guy|she|her|he|him)[\x22”’]|\bsorry\s+(?:mate|love|hun|pal)?,?\s*(?:but\s+)?biology\b|biology\s+(?:doesn[’']?t\s+lie|is\s+biology|wins)|demand(?:ing|ed|s)?\s+to\s+be\s+called\s+(?:she|he|her|him|they)|(?:a|some)\s+(?:bloke|man|geezer)\s+in\s+a\s+(?:dress|wig)|(?:that[’']?s|it[’']?s|this\s+is)\s+(?:just\s+|simply\s+|basic\s+)?biology|belong\s+in\s+the\s+kitchen|should\s+(?:stay|be)\s+(?:at\s+)?home\s+with|count\s+the\s+spoons|only\s+(?:got|get|gets|getting|got\s+in|made\s+it)\s+(?:\w+\s+){0,3}?(?:because\s+of|thanks\s+to|through|for)\s+(?:the\s+)?(?:diversity|box[\s-]?ticking|quotas?|positive\s+discrimination|tokenism|being\s+(?:a\s+)?(?:woman|women|female|black|asian|gay|foreign))|(?:don[’']?t|do\s+not|never|can[’']?t)\s+(?:have|meet|reach|hold)\s+(?:the\s+)?same\s+standards|wouldn[’']?t\s+let\s+(?:one|any\s+of\s+them|them)\s+(?:near|anywhere\s+near|touch|treat|operate\s+on)|bought\s+(?:his|her|their)\s+(?:degree|qualifications?|licen[cs]e|way\s+(?:in|through))|can(?:[’']?t|not|\s+barely|\s+hardly)\s+(?:even\s+)?speak\s+(?:a\s+word\s+of\s+|proper\s+)?english|man[\s-]haters?|(?:slept|cried|flirted)\s+(?:her|his|their)\s+way|bet\s+(?:he|she|they)(?:[’']s|\s+has|\s+have|[’']ve)?\s+(?:got\s+)?(?:hiv|aids|herpes|an\s+std)|snowflake\s+(?:nonsense|rubbish|crap|bollocks|bs)|it[’']?s\s+a\s+cultur(?:al|e)\s+thing|it[’']?s\s+(?:basically|just|literally|practically)\s+cultural\b|(?:ticking|ticks|tick|ticked|to\s+tick)\s+(?:the\s+|a\s+|some\s+|every\s+|all\s+the\s+)?(?:diversity|equality|dei|inclusion|quota)\s+box(?:es)?|(?:have|has|got)\s+(?:zero|no)\s+(?:clinical\s+|common\s+)?(?:sense|clue|skills?|judge?ment)\b|never\s+(?:putting|having|hiring|taking|employing)\s+(?:one|another|any)\s+(?:of\s+them\s+)?(?:on|in)\s+(?:my|our|the)\s+(?:rota|team|ward|list|firm)|spread(?:s|ing)?\s+(?:sickness|disease|diseases|hiv|aids|infections?|filth)\b|should\s+never\s+be\s+allowed\s+to\s+(?:foster|adopt|marry|teach|have\s+(?:kids|children)|work\s+with\s+children)|drama\s+queens?|no\s+wonder\s+(?:she|he)[’']?s\s+single|these\s+(?:women|girls|females)\s+(?:lol|eh|hey|though|man|😂|🙄)|every\.\s*single\.\s*one|they\s+all\s+(?:drop\s+out|leave|quit|give\s+up|go\s+part[\s-]time)|enjoy\s+it\s+while\s+it\s+lasts|once\s+the\s+bab(?:y|ies)\s+(?:come|comes|arrive)|shouldn[’']?t\s+be\s+(?:allowed|let)\s+(?:anywhere\s+)?near|(?:mopping|cleaning|tidying)\s+up\s+after\s+them|half\s+of\s+them\s+(?:never|don[’']?t|can[’']?t|just|are\s+only)|expect(?:ing|s|ed)?\s+everything\s+for\s+free|can[’']?t\s+be\s+bothered\s+to\s+learn|deserve\s+to\s+wait|problem\s+solved|lack\s+of\s+willpower|(?:a|another)\s+game\s+of\s+charades|need\s+(?:an\s+)?(?:interpreter|translator)\s+to\s+(?:hand\s+over|work\s+with|understand)|(?:can[’']?t|cannot|couldn[’']?t|could\s+(?:barely|hardly)|can\s+(?:barely|hardly))\s+(?:even\s+)?string\s+(?:a\s+)?(?:sentence|two\s+words|words)\s+together|keep\s+letting\s+(?:them|these\s+people|more\s+of\s+them)\s+in\b|(?:these\s+people|them\s+lot|that\s+lot|this\s+lot|that\s+crowd|their\s+lot)\s+(?:don[’']?t|never|won[’']?t|can[’']?t\s+be\s+bothered\s+to)\s+(?:wash|vaccinate|work|pay|learn|bother|listen|integrate)\b|expect(?:s|ed|ing)?\s+(?:us|the\s+nhs|doctors|the\s+rest\s+of\s+us|everyone\s+else)\s+to\s+(?:fix|sort|bail|pay\s+for|pick\s+up|clean\s+up)|all\s+they\s+(?:eat|do|want)\s+is\b|keep\s+it\s+in\s+(?:your|their|his|ur)\s+(?:pants|trousers|knickers)|wouldn[’']?t\s+trust\s+(?:that|this|their)\s+(?:crowd|lot|sort|kind)\b|can[’']?t\s+(?:manage|organise|organize|keep|remember)\s+(?:a|an|their|the)\s+\w+\s+but\s+(?:can|they\s+can|manage\s+to)|(?:^|[.!?]\s+)all\s+(?:lazy|thick|useless|liars|thieves|scroungers|dirty|filthy|bone[\s-]idle|work-?shy|the\s+same)\b|(?:must\s+be\s+)?a\s+national\s+(?:disease|sport|pastime|trait|hobby|illness|condition)\b|(?:fine|great|ok|okay|good)\s+until\s+(?:they|she)\s+(?:have|has|get|gets)\s+(?:kids|babies|a\s+baby|children|pregnant)\b|no\s+speak\s+(?:english|inglish)\b|(?:none\s+of\s+them|nobody|no\s+one|not\s+one\s+of\s+them)\s+(?:can\s+)?speaks?\s+(?:a\s+(?:single\s+)?word\s+of\s+|any\s+)?english\b|always\s+(?:haggle|haggling|late|moaning|complaining|lying)\b|never\s+pay\s+(?:the|their|a|on\s+time)\b|(?:not|no\s+longer|never|won[’']?t\s+be)\s+(?:taking|accepting|seeing|treating|booking)\s+(?:on\s+)?any\s*more\b)",
    )
});

/// What a sweeping "every X patient…" complains of.
static COMPLAINT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:wanted|demand(?:ed|s|ing)?|expect(?:ed|s|ing)?|tried|refused|complain(?:ed|s|ing)?|moan(?:ed|s|ing)?|lied|kicked\s+off|turned\s+up\s+(?:late|drunk|without)|scam\w*|lie|lies|on\s+the\s+(?:blag|scrounge|make|fiddle)|blagg\w*|drug[\s-]?seek\w*|tr(?:y|ies|ying)\s+to\s+(?:swing|blag|wangle|scam|fiddle|milk|pull\s+a\s+fast\s+one)|swing\w*\s+a\s+(?:fit|sick)\s+note|after\s+(?:free\s+)?(?:codeine|opioids|opiates|diazepam|benzos|tramadol|drugs|benefits|a\s+sick\s+note))\b",
    )
});

/// "Every (single) …", "another day another …", "yet another …" right before the group: a
/// generalisation from cases.
static EVERY_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:\bevery\s+(?:single\s+)?(?:one\s+of\s+the\s+)?|\banother\s+day,?\s+another\s+|\byet\s+another\s+)$",
    )
});

/// How many bytes of the text after a group word are a person noun ("Muslim *patients* always…"),
/// so the predicate patterns read what is said of them; 0 when none follows.
pub fn person_noun_len(after: &str) -> usize {
    PERSON_NOUN.find(after).map_or(0, |m| m.end())
}

/// Stereotypes near each group mention, and "every X patient…" complaints: (start, end,
/// characteristic).
pub fn find(text: &str, groups: &[Term<'_>]) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    for g in groups {
        // The stereotype may come first in the same sentence: "bet she cried her way through
        // finals 🙄 these girls"; after the group it may follow in the next sentence.
        let (sentence_start, _) = sentence_around(text, g.start);
        let from = floor_boundary(text, g.start.saturating_sub(160).max(sentence_start));
        let reach = ceil_boundary(text, (g.end + 160).min(text.len()));
        let near = text.get(from..reach).unwrap_or("");
        if let Some(m) = STEREOTYPE.find(near) {
            out.push((
                g.start.min(from + m.start()),
                g.end.max(from + m.end()),
                g.class.to_string(),
            ));
            continue;
        }
        let lead_from = floor_boundary(text, g.start.saturating_sub(20));
        let lead = text.get(lead_from..g.start).unwrap_or("");
        if let Some(every) = EVERY_BEFORE.find(lead) {
            let (_, sentence_end) = sentence_around(text, g.start);
            let rest = text.get(g.end..sentence_end).unwrap_or("");
            if let Some(m) = COMPLAINT.find(rest) {
                out.push((
                    lead_from + every.start(),
                    g.end + m.end(),
                    g.class.to_string(),
                ));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::insults::find_discrimination;

    fn flagged(text: &str) -> bool {
        !find_discrimination(text).is_empty()
    }

    #[test]
    fn stereotypes_about_people_named_by_a_characteristic() {
        for t in [
            "the gay registrar on my rotation is such a drama queen, bet he's got HIV lmao",
            "Bet the new Nigerian reg bought his degree, can barely speak English",
            "Every single Romanian patient I've had this month has tried to scam the system",
            "Every Polish patient I've seen this week wanted antibiotics for a cold",
            "Muslim patients always turn up late and expect to be seen first",
            "Another menopausal woman crying in clinic. Give me strength, they're all hysterical at that age",
            "Gypsies in cubicle 4 again, hide your wallets",
            "the lesbian consultant on nights is such a man-hater, no wonder she's single",
            "New F1 is a typical blonde, bet she cried her way through finals 🙄 these girls",
            "Traveller family in resus again, hide your handbags ladies",
        ] {
            assert!(flagged(t), "{t}");
        }
    }

    #[test]
    fn mentions_and_facts_are_not_stereotypes() {
        for t in [
            "Proud to support our Polish-speaking patients with the new interpreter service",
            "Muslim patients fasting in Ramadan may need their diabetes meds reviewed",
            "Menopause symptoms are real and under-treated; menopausal women deserve better care",
            "Our gay patients tell us they avoid sexual health clinics because of how they're treated",
            "Every Polish patient I saw today was lovely",
            "She was such a drama queen at the party lol. Anyway, well done to the women's team!",
            "The new Nigerian reg is brilliant, already running the on-call",
        ] {
            assert!(!flagged(t), "{t}");
        }
    }

    #[test]
    fn theft_warnings_biology_and_scare_quotes_pinned_on_a_group() {
        for t in [
            "Gypsies camped on the field behind the surgery again. Lock up your bikes lads",
            "Women in surgery just can't handle the hours, that's biology not sexism",
            "Female registrars are just not cut out for trauma on-calls",
            "Some trans \"woman\" in clinic today demanding to be called she. Sorry mate, biology.",
        ] {
            assert!(flagged(t), "{t}");
        }
        for t in [
            "Some women in surgery can't handle the hours because the rota ignores childcare; fix the rota",
            "Women are under-represented in surgery; it's not biology, it's the culture and the hours",
            "Female GPs are more likely to be asked about the menopause",
        ] {
            assert!(!flagged(t), "{t}");
        }
    }

    #[test]
    fn another_day_another_member_of_a_group_trying_it_on() {
        assert!(flagged(
            "another day another Polish lad trying to swing a fit note for a 'bad back' so he can go home for christmas"
        ));
        assert!(!flagged(
            "another day another Polish nurse joining our team, welcome Kasia!"
        ));
    }
}

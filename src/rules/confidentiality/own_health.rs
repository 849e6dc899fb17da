//! The writer's own illness told as a story: "Well that's my ACL gone… 38 yrs old", "home after a
//! week in with a Crohn's flare, being the patient somewhere everyone knows your name", "POV: you're
//! a 34 yr old anaesthetist who just got your ADHD diagnosis". A doctor may share their own health
//! (it is theirs to share); the ages, conditions and wards in such a post belong to the writer, not
//! to a patient (GMC 2024 ¶18 concerns patients' information).

use super::story::Story;
use crate::detect::gate::Regex;
use crate::detect::SpanKind;
use std::sync::LazyLock;

use SpanKind as K;

/// First-person markers that the health in a post is the writer's own.
static OWN_HEALTH: LazyLock<Regex> = LazyLock::new(|| {
    crate::detect::phrases::regex(
        r"(?i)\b(?:my\s+(?:own\s+)?(?:acl|knee|back|hip|shoulder|ankle|wrist|diagnosis|dx|adhd|autism|crohn[’']?s|colitis|ms|cancer|tumou?r|scan|mri|bloods|biopsy|op|operation|surgery|flare|relapse|recovery|therapy|therapist|meds|medication|illness|condition|stammer|tremor|psoriasis|eczema|migraines?|endo|endometriosis|miscarriage|pregnancy|ivf|chemo|treatment|own\s+health|mental\s+health|depression|anxiety|burnout|sobriety|addiction|drinking)|being\s+the\s+patient|(?:i\s+was|i[’']?m|i\s+am)\s+(?:the|a)\s+patient\b|(?:on\s+)?the\s+other\s+side\s+of\s+the\s+(?:bed|curtain|consultation|desk)|(?:who|that)\s+(?:saw|treated|operated\s+on|scanned|diagnosed|looked\s+after)\s+me\b|just\s+my\s+(?:story|experience)|pov:?\s+(?:you[’']?re|ur)\s+an?\s+|i\s+(?:have|had|got|was\s+diagnosed\s+with)\s+(?:a\s+)?(?:stammer|crohn|colitis|ms\b|cancer|adhd|autism|psoriasis|eczema|endometriosis|diabetes|type\s+1|epilepsy|depression|anxiety)|(?:years?|months?|days?)\s+sober\b|i\s+used\s+to\s+drink)",
    )
});

/// Someone else met as a patient: "then saw a 34 yo teacher", "had a lady in with the same".
static ANOTHER_PATIENT: LazyLock<Regex> = LazyLock::new(|| {
    crate::detect::phrases::regex(
        r"(?i)\b(?:saw|seen|had|treated|admitted|clerked|reviewed|met|looked\s+after|sent\s+home)\s+(?:a|an|this|one|the\s+(?:lady|man|woman|guy|gent|girl|boy|kid|baby|patient|chap|fella|bloke))\s",
    )
});

/// The post tells the writer's own health, and no one else in it is a patient: no name, no
/// "a man", no "my patient" singled out, no bed.
pub fn about_the_writer(text: &str, story: &Story) -> bool {
    let someone_else = story.individual_spans.iter().any(|s| match s.kind {
        K::Age => false,
        // "being the patient", "for me and for my patients": the writer, or patients in general.
        K::PatientRef => {
            let t = s.text(text).to_ascii_lowercase();
            let lead = crate::detect::phrases::lead_in(text, s.start as usize, 12).to_lowercase();
            !(t.ends_with("patients")
                || lead.ends_with("being ")
                || lead.ends_with("was ")
                || lead.ends_with(" as "))
        }
        _ => true,
    });
    !someone_else
        && !story.individual_spans.is_empty()
        && OWN_HEALTH.is_match(text)
        && !ANOTHER_PATIENT.is_match(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::Analysis;

    fn own(text: &str) -> bool {
        let a = Analysis::of_text(text);
        about_the_writer(text, &Story::of(text, &a))
    }

    #[test]
    fn the_writers_own_illness_is_theirs() {
        for t in [
            "Plot twist: spent last night in my own ED as a patient. Kidney stone. Huge thanks to the team who looked after me so kindly",
            "Well that's my ACL gone. 5-a-side, 38 yrs old, should know better. Ortho reg who saw me was lovely",
            "Home after a week in with a Crohn's flare. being the patient somewhere everyone knows your name is weird",
            "POV: you're a 34 yr old anaesthetist who just got your ADHD diagnosis and suddenly med school makes sense",
            "Two years sober today. I'm an ED consultant and I used to drink every night. For me and for my patients.",
        ] {
            assert!(own(t), "{t}");
        }
    }

    #[test]
    fn a_patient_beside_the_writer_is_still_a_patient() {
        for t in [
            "My knee is killing me but the 67M in bed 4 with a dissection had it worse",
            "Had my own scan today. Then saw a 34 yo teacher with the same thing on Ward 7",
            "A man of 80 came in with a Crohn's flare last night",
        ] {
            assert!(!own(t), "{t}");
        }
    }
}

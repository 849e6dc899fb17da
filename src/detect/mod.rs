//! Detectors shared by rules: identifiers, lexicons, temporal and clinical cues. Each detector works on
//! plain text and returns byte spans, so rules can turn them into [`crate::rules::Evidence`].

pub mod claims;
pub mod disclosure;
pub mod dosing;
pub mod insults;
pub mod medicines;
pub mod phrases;
pub mod promotion;
pub mod stance;

/// Every lexicon file the detectors compile, for [`lexicon_terms`].
const LEXICONS: &[&str] = &[
    include_str!("lexicons/claims_phrases.txt"),
    include_str!("lexicons/disclosure_phrases.txt"),
    include_str!("lexicons/insults.txt"),
    include_str!("lexicons/insults_patient_slang.txt"),
    include_str!("lexicons/insults_groups.txt"),
    include_str!("lexicons/medicines_pom.txt"),
    include_str!("lexicons/promotion_cues.txt"),
    include_str!("lexicons/promotion_brands.txt"),
    include_str!("lexicons/promotion_procedures.txt"),
];

/// Every term the rule lexicons search for, for the benchmark's lower bound (one Aho-Corasick pass
/// over the archive's bytes for all of them).
pub fn lexicon_terms() -> Vec<String> {
    let mut terms: Vec<String> = LEXICONS
        .iter()
        .flat_map(|src| {
            phrases::PhraseSet::parse(src)
                .phrases()
                .iter()
                .map(|p| p.text.clone())
                .collect::<Vec<_>>()
        })
        .collect();
    terms.sort();
    terms.dedup();
    terms
}

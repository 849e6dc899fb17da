//! Detectors shared by rules: identifiers, lexicons, temporal and clinical cues. Each detector works on
//! plain text and returns byte spans, so rules can turn them into [`crate::rules::Evidence`].

/// Every term the rule lexicons search for, for the benchmark's lower bound (one Aho-Corasick pass).
pub fn lexicon_terms() -> Vec<&'static str> {
    Vec::new()
}

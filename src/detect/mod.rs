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

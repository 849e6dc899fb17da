//! Operations and injuries told by their name: "the first robotic cystectomy", "a tracheostomy",
//! "the chainsaw injury", "crush injuries".
//!
//! The condition lexicon lists conditions one by one; operations and injuries come in too many forms
//! for a list, yet each marks out one person's care as surely as a diagnosis does (GMC 2024 ¶19: the
//! sum of the details identifies). Surgical names share their endings (-ectomy, -otomy, -ostomy,
//! -plasty), and an injury is named by what caused it or where it is, so both are read by shape.

use super::{Span, SpanKind};
use crate::detect::gate::Regex;
use std::sync::LazyLock;

fn re(pattern: &str) -> Regex {
    crate::detect::phrases::regex(pattern)
}

/// A surgical procedure by its ending: cystectomy, laparotomy, colostomy, angioplasty.
static PROCEDURE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b[a-z]{2,}(?:ectomy|ectomies|otomy|ostomy|oplasty)\b"));

/// An operation named by the part it mends: "her hip op", "his knee replacement", "a heart bypass".
static BODY_OPERATION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:hip|knee|shoulder|heart|back|spinal|spine|bowel|brain|eye|cataract|gallbladder|hernia|ankle|wrist|elbow|kidney|liver|lung|bunion|tonsils?|bariatric|gastric\s+band|bypass)\s+(?:op|operation|replacement|surgery|transplant|repair)s?\b",
    )
});

/// "<word> injury": the word says what caused it or where it is.
static INJURY: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b([a-z]+)[\s-]+(?:injury|injuries|wound|wounds)\b"));

/// Words before "injury" that do not describe one (determiners, quantities, hedges).
#[rustfmt::skip]
const NOT_DESCRIPTIVE: &[&str] = &[
    "a", "an", "the", "no", "any", "his", "her", "their", "my", "your", "our", "its", "of", "this",
    "that", "these", "those", "some", "every", "each", "an", "or", "and", "with", "without", "from",
    "for", "to", "in", "on", "at", "by", "minor", "new", "old", "prevent", "preventing", "avoid",
    "avoiding", "common", "most", "many", "more", "fewer", "less", "reduce", "reducing", "risk",
    "insult", "add", "adding", "self", "own", "much", "such", "what", "which", "whose", "after",
];

/// Add a condition span for each named operation and described injury.
pub fn detect(text: &str, spans: &mut Vec<Span>) {
    for m in PROCEDURE.find_iter(text) {
        spans.push(Span::new(m.start(), m.end(), SpanKind::Condition));
    }
    for m in BODY_OPERATION.find_iter(text) {
        spans.push(Span::new(m.start(), m.end(), SpanKind::Condition));
    }
    for c in INJURY.captures_iter(text) {
        let (Some(all), Some(word)) = (c.get(0), c.get(1)) else {
            continue;
        };
        if !NOT_DESCRIPTIVE.contains(&word.as_str().to_ascii_lowercase().as_str()) {
            spans.push(Span::new(all.start(), all.end(), SpanKind::Condition));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::detect::{Analysis, SpanKind};

    fn conditions(text: &str) -> Vec<String> {
        Analysis::of_text(text)
            .of_kind(SpanKind::Condition)
            .map(|s| s.text(text).to_string())
            .collect()
    }

    #[test]
    fn operations_and_injuries_are_conditions() {
        let t = "the first robotic cystectomy at Kettering General";
        assert_eq!(conditions(t), ["cystectomy"]);
        let t = "The man in resus with the chainsaw injury from the forest";
        assert_eq!(conditions(t), ["chainsaw injury"]);
        let t = "back at work after her hip op";
        assert_eq!(conditions(t), ["hip op"]);
        assert!(conditions("he had a colostomy and an angioplasty")
            .iter()
            .any(|c| c == "colostomy"));
    }

    #[test]
    fn talk_about_injury_in_general_is_not() {
        for t in [
            "Wear a helmet to avoid injury on the slopes",
            "No injury from the fall, luckily",
            "Adding insult to injury, the car park was full",
            "Anatomy revision tonight",
        ] {
            assert!(conditions(t).is_empty(), "{t}: {:?}", conditions(t));
        }
    }
}

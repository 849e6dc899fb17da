//! Prescription-only medicines (POMs) named in text, including the euphemisms used to advertise them.
//!
//! The CAP Code (rule 12.12) forbids advertising POMs to the public, and the ASA reads "virtually any
//! reference to a POM" in promotional material as promoting it, euphemisms included ("Beautox",
//! "anti-wrinkle injections", "skinny jabs", "weight-loss injections"). So this detector finds brand
//! names, generic names, slang and class words (`statins`), and says which group each belongs to and
//! whether a pharmacy-medicine version exists (sildenafil as Viagra Connect, low-dose codeine), which
//! lowers the stakes of mentioning it. It does not judge: rules decide whether the surrounding words
//! promote or prescribe.

use super::phrases::{sentence_around, PhraseSet};
use crate::detect::gate::Regex;
use std::sync::LazyLock;

static POMS: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::builtin(include_str!("lexicons/medicines_pom.txt")));

/// Legal category, as far as a name tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Legal {
    /// Prescription only in every form.
    Pom,
    /// Prescription only, but a pharmacy-medicine version is sold (sildenafil, low-dose codeine).
    PomOrPharmacy,
}

/// One medicine named in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MedicineMention {
    /// Byte span in the text.
    pub start: usize,
    pub end: usize,
    /// The words as written.
    pub name: String,
    /// The lexicon class (`botulinum`, `glp1`, `antidepressant`, `class_word`…).
    pub class: String,
    pub legal: Legal,
    /// An indirect name ("skinny jab", "tox", "anti-wrinkle injections") rather than a medicine name.
    pub euphemism: bool,
}

impl MedicineMention {
    /// Botulinum toxin or a weight-loss injection: the two POM groups UK regulators act on most.
    pub fn is_cosmetic_or_weight_loss(&self) -> bool {
        matches!(
            self.class.as_str(),
            "botulinum"
                | "botulinum_euphemism"
                | "glp1"
                | "glp1_euphemism"
                | "weight_loss"
                | "vitamin_injection"
        )
    }

    /// A class word ("statins", "antibiotics") rather than one medicine.
    pub fn is_class_word(&self) -> bool {
        self.class == "class_word"
    }

    /// Plain-English group for messages.
    pub fn group(&self) -> &'static str {
        match self.class.as_str() {
            "botulinum" | "botulinum_euphemism" => "botulinum toxin",
            "glp1" | "glp1_euphemism" | "weight_loss" => "weight-loss medicine",
            "vitamin_injection" => "injectable vitamin",
            "skin" => "prescription skin medicine",
            "hair_loss" => "hair-loss medicine",
            "pde5" => "erectile-dysfunction medicine",
            "antibiotic" => "antibiotic",
            "benzodiazepine" => "sedative",
            "opioid" | "opioid_p" => "opioid",
            "nsaid_p" => "prescription anti-inflammatory",
            "dissociative" => "ketamine",
            "antidepressant" => "antidepressant",
            "stimulant" => "stimulant",
            "hormone" => "hormone or steroid",
            "cardiometabolic" => "prescription medicine",
            "neuro" => "psychiatric or neurological medicine",
            "antiparasitic" => "antiparasitic",
            "class_word" => "class of prescription medicines",
            _ => "prescription-only medicine",
        }
    }
}

/// Slang that is a medicine only near words about weight, injections or doses.
const NEEDS_CONTEXT: [&str; 4] = ["sema", "tirz", "tox", "anti-wrinkle"];

/// "Anti-wrinkle cream" is skincare, not a toxin.
static SKINCARE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    super::phrases::regex(
        r"(?i)^[\s-]*(?:creams?|serums?|moisturi[sz]ers?|night\s+cream|eye\s+cream|skin\s?care|products?|range|face\s+masks?|masks?|lotions?|oils?|formula|properties|benefits|effects?|ingredients?|peptides?|retinol)\b",
    )
});

static TOX_NOT_TOXIN: LazyLock<Regex> = LazyLock::new(|| {
    super::phrases::regex(
        r"(?i)^\s*(?:screen|screening|report|result|level|panel|bloods)|(?:paracetamol|alcohol|drug|urine|serum|blood|salicylate|lithium|digoxin)\s+$",
    )
});

static INJECTABLE_CONTEXT: LazyLock<Regex> = LazyLock::new(|| {
    super::phrases::regex(
        r"(?i)\b(?:jab|jabs|pen|pens|inject\w*|dose|doses|dosing|mg|units?|weight|lbs|kg|stone|journey|week|weekly|from|£\d+|areas?|vials?|ampoules?|each|supply|spare|extra|forehead|frown|crow'?s|lines|wrinkles|lips?|brow|aesthetic\w*|clinic|treatment|appointments?|fillers?|book\w*|top[\s-]?ups?|clients?)\b|\bbefore\s*(?:and|&|\+|/|-|➡️?|→)\s*after\b",
    )
});

/// Every POM mention in `text`, leftmost first.
pub fn find(text: &str) -> Vec<MedicineMention> {
    POMS.find(text)
        .into_iter()
        .filter_map(|h| {
            let name = text.get(h.start..h.end)?.to_string();
            let lower = name.to_ascii_lowercase();
            let lower_key = lower.replace([' ', '\u{2011}'], "-");
            let lower_key = if lower_key == "antiwrinkle" {
                "anti-wrinkle".to_string()
            } else {
                lower_key
            };
            if lower_key == "anti-wrinkle"
                && SKINCARE_AFTER.is_match(text.get(h.end..).unwrap_or(""))
            {
                return None;
            }
            if NEEDS_CONTEXT.contains(&lower_key.as_str()) {
                if lower == "tox" {
                    let before = text.get(..h.start).unwrap_or("");
                    let after = text.get(h.end..).unwrap_or("");
                    let tail = before.get(before.len().saturating_sub(14)..).unwrap_or("");
                    if TOX_NOT_TOXIN.is_match(after) || TOX_NOT_TOXIN.is_match(tail) {
                        return None;
                    }
                }
                // For "tox" (whose laboratory sense is ruled out above) the sentence after counts
                // too: "Look how fresh she looks after her tox! Book now for Christmas". "Sema" and
                // "tirz" are also first names, so they keep to their own sentence.
                let (s, mut e) = sentence_around(text, h.start);
                if lower == "tox" {
                    e = e.max(sentence_around(text, e).1);
                }
                if !text
                    .get(s..e)
                    .is_some_and(|t| INJECTABLE_CONTEXT.is_match(t))
                {
                    return None;
                }
            }
            let class = h.class().to_string();
            let legal = match class.as_str() {
                "pde5" | "opioid_p" | "nsaid_p" => Legal::PomOrPharmacy,
                _ => Legal::Pom,
            };
            let euphemism = class.ends_with("_euphemism");
            Some(MedicineMention {
                start: h.start,
                end: h.end,
                name,
                class,
                legal,
                euphemism,
            })
        })
        .collect()
}

static OTC: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::builtin(include_str!("lexicons/medicines_otc.txt")));

/// Medicines sold without a prescription (pharmacy or general sale) and supplements taken as
/// medicines: not prescription-only, so [`find`] leaves them out, but a dose told to one person is
/// still individual advice. Spans overlapping a prescription-only mention are dropped.
pub fn find_otc(text: &str) -> Vec<MedicineMention> {
    let poms = find(text);
    OTC.find(text)
        .into_iter()
        .filter(|h| !poms.iter().any(|p| p.start < h.end && h.start < p.end))
        .filter_map(|h| {
            Some(MedicineMention {
                start: h.start,
                end: h.end,
                name: text.get(h.start..h.end)?.to_string(),
                class: h.class().to_string(),
                legal: Legal::PomOrPharmacy,
                euphemism: false,
            })
        })
        .collect()
}

static DOSE: LazyLock<Regex> = LazyLock::new(|| {
    super::phrases::regex(
        r"(?i)\b(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(?:mg|mcg|µg|micrograms?|milligrams?|g|grams?|ml|units?|iu|tablets?|tabs?|pills?|capsules?|caps|puffs?|clicks?|sprays?|drops)\b",
    )
});

/// A count of doses right before a medicine's name: "1 Stemetil", "2 ibuprofen", "one Kenalog".
static COUNT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    super::phrases::regex(r"(?i)(?:^|[\s(:,])((?:[1-4]|one|two|three|four|a\s+couple\s+of)\s+)$")
});

/// A bare strength right after the name, as prescribers write it: "naproxen 500 twice a day",
/// "zopiclone 7.5 at night", "sertraline 100, then…". Followed by the end of a clause or a
/// regimen word, so "Ozempic 2 weeks in" and "day 3" are not strengths.
static BARE_STRENGTH: LazyLock<Regex> = LazyLock::new(|| {
    super::phrases::regex(
        r"(?i)^\s(\d{1,4}(?:\.\d{1,3})?)(?:\s*(?:$|[.,;!)+&]|(?:once|twice|three\s+times|daily|nightly|a\s+day|bd|od|tds|qds|nocte|mane|prn|at\s+night|in\s+the\s+(?:morning|evening)|every|with|then|plus|first|to\s+start|x\s*\d|\d\s?x|the\s+(?:day|night)\s+before|between\s+\w+|before\s+(?:bed|nights?|shifts?)|an?\s+hour\s+before)\b))",
    )
});

fn bare_strength_after(text: &str, m: &MedicineMention) -> Option<(usize, usize)> {
    let c = BARE_STRENGTH.captures(text.get(m.end..)?)?;
    let n = c.get(1)?;
    let year =
        n.as_str().len() == 4 && (n.as_str().starts_with("19") || n.as_str().starts_with("20"));
    (!year).then(|| (m.end + n.start(), m.end + n.end()))
}

/// A dose or strength within `radius` bytes of a mention ("0.25mg", "20 units", "2 tablets"), or a
/// count of doses right before its name ("1 Stemetil before you go out").
pub fn dose_near(text: &str, m: &MedicineMention, radius: usize) -> Option<(usize, usize)> {
    let (s, e) = super::phrases::window(text, m.start, m.end, radius);
    let win = text.get(s..e)?;
    let strength = DOSE
        .find_iter(win)
        .map(|d| (s + d.start(), s + d.end()))
        .min_by_key(|(ds, _)| ds.abs_diff(m.start));
    strength
        .or_else(|| bare_strength_after(text, m))
        .or_else(|| {
            let from = super::text::floor_boundary(text, m.start.saturating_sub(20));
            let head = text.get(from..m.start)?;
            let count_start = from + COUNT_BEFORE.captures(head)?.get(1)?.start();
            // "Top 3 Mounjaro myths", "day 2 Ozempic": a rank or a day, not a number of doses.
            let ranked = super::text::word_before(text, count_start).is_some_and(|w| {
                matches!(
                    w.lower().as_str(),
                    "top" | "day" | "week" | "month" | "year" | "part" | "number" | "no" | "step"
                )
            });
            (!ranked).then_some((count_start, m.end))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<String> {
        find(text).into_iter().map(|m| m.name).collect()
    }

    #[test]
    fn finds_brands_generics_and_euphemisms() {
        assert_eq!(
            names("Baby Botox and skinny jabs, semaglutide 0.25mg, Mounjaro pens"),
            ["Baby Botox", "skinny jabs", "semaglutide", "Mounjaro"]
        );
        assert_eq!(
            names("anti wrinkle injections from £99"),
            ["anti wrinkle injections"]
        );
    }

    #[test]
    fn a_count_before_the_name_is_a_dose() {
        let dose = |t: &str| {
            let m = find(t).into_iter().next().expect("a medicine");
            dose_near(t, &m, 50).map(|(s, e)| t[s..e].to_string())
        };
        assert_eq!(
            dose("1 Stemetil before you go out").as_deref(),
            Some("1 Stemetil")
        );
        assert_eq!(
            dose("Travel tip: one Stemetil before the ferry").as_deref(),
            Some("one Stemetil")
        );
        assert_eq!(dose("Day 1 of Kenalog shortages"), None);
        assert_eq!(dose("My top 3 Mounjaro myths, debunked"), None);
        assert_eq!(dose("Stemetil is no longer first line"), None);
    }

    #[test]
    fn slang_needs_context() {
        assert!(names("detox your liver").is_empty());
        assert!(names("sent a paracetamol tox screen").is_empty());
        assert!(names("the tox screen was negative").is_empty());
        assert_eq!(names("Tox for forehead lines £150"), ["Tox"]);
        assert!(names("Sema is my cousin").is_empty());
        assert_eq!(names("on sema 1mg weekly"), ["sema"]);
        assert_eq!(
            names("Before and after of my latest tox patient, so fresh!"),
            ["tox"]
        );
        assert_eq!(
            names("Look how fresh she looks after her tox! Book now for Christmas"),
            ["tox"]
        );
        assert!(names("Another tox patient in resus tonight. Long shift.").is_empty());
        assert!(names("Sema is my cousin. She works at the clinic").is_empty());
    }

    #[test]
    fn over_the_counter_medicines_are_separate() {
        let otc: Vec<String> = find_otc("Nurofen and loratadine, then Ventolin")
            .into_iter()
            .map(|m| m.name)
            .collect();
        assert_eq!(otc, ["Nurofen", "loratadine"]);
        assert_eq!(names("two puffs of Ventolin"), ["Ventolin"]);
        let t = "take 4,000 IU";
        let m = MedicineMention {
            start: 0,
            end: 4,
            name: "take".into(),
            class: "x".into(),
            legal: Legal::Pom,
            euphemism: false,
        };
        let (s, e) = dose_near(t, &m, 40).unwrap();
        assert_eq!(&t[s..e], "4,000 IU");
    }

    #[test]
    fn classifies_legal_status_and_finds_doses() {
        let m = find("Viagra Connect is sold in pharmacies");
        assert_eq!(m[0].legal, Legal::PomOrPharmacy);
        let t = "start on 0.25 mg Wegovy";
        let m = find(t);
        let (s, e) = dose_near(t, &m[0], 40).unwrap();
        assert_eq!(&t[s..e], "0.25 mg");
    }
}

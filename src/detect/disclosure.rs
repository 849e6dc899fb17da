//! Disclosures: the words that tell a reader a post is paid for, or that its author has an interest.
//!
//! GMC 2024 ¶12 asks doctors to be "open and honest about any interests"; the ASA and CMA want adverts
//! labelled "#ad" (or "advert", "advertisement") where the reader sees it at once, and say "#spon",
//! "#collab" or "in association with" are unclear (RULES-FACTS §2.2–2.3). A disclosure mitigates a
//! promotion finding; a weak one lowers it but still earns advice to relabel. Declarations in a bio
//! count for less, because a reader who meets the post in a feed never sees the bio.

use super::phrases::PhraseSet;
use regex::Regex;
use std::sync::LazyLock;

static PHRASES: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::parse(include_str!("lexicons/disclosure_phrases.txt")));

fn re(pattern: &str) -> Regex {
    crate::detect::phrases::regex(pattern)
}

/// How good a disclosure is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    /// A label the ASA calls unclear (#spon, #collab, "in association with").
    Weak,
    /// A clear label or declaration.
    Clear,
}

/// What a disclosure declares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DisclosureKind {
    AdLabel,
    Paid,
    Gifted,
    Affiliate,
    /// A declared interest or role ("I am a paid adviser to…", "I own…", "declaration of interest").
    Interest,
    Weak,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Disclosure {
    pub start: usize,
    pub end: usize,
    pub kind: DisclosureKind,
    pub strength: Strength,
    pub text: String,
    /// Within the first 150 characters or the first line: seen "immediately".
    pub leading: bool,
}

/// The standalone word "ad" used as a label: "AD |", "Ad:", "[ad]", "(ad)" or "ad" as the first word.
static AD_WORD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:^|\n)\s*(?:\[|\()?(?:AD|Ad|ad)(?:\]|\))?\s*(?:[|:\-—–]|$|\n)|\[(?:ad|AD|Ad)\]|\((?:ad|AD|Ad)\)|\bAD\b\s*[|:]",
    )
});
/// Payments received: "I have received payment/honoraria/fees from…".
static RECEIVED_PAYMENT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\bi(?:[’']ve|\s+have)?\s+(?:received|receive|accepted|been\s+paid)\s+(?:a\s+|an\s+)?(?:payments?|fees?|funding|honorari(?:a|um)|speaker\s+fees?|consultancy\s+fees?|sponsorship|support|travel\s+(?:support|grants?|expenses)|free\s+(?:products?|samples?)|grants?)\b",
    )
});
/// A named object after "I own", "I work for": a capitalised word, handle, hashtag or a share stake.
static NAMED_OBJECT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s+(?:(?:a|an|the|my)\s+)?(?:[A-Z@#][\w&'’.-]*|shares|stock|equity|part\s+of|a\s+stake|stakes?|(?:a|the)\s+(?:clinic|company|business|brand|practice))",
    )
});

fn kind_of(class: &str) -> Option<(DisclosureKind, Strength)> {
    Some(match class {
        "ad_label" => (DisclosureKind::AdLabel, Strength::Clear),
        "paid" => (DisclosureKind::Paid, Strength::Clear),
        "gifted" => (DisclosureKind::Gifted, Strength::Clear),
        "affiliate" => (DisclosureKind::Affiliate, Strength::Clear),
        "interest" | "interest_named" => (DisclosureKind::Interest, Strength::Clear),
        "weak" => (DisclosureKind::Weak, Strength::Weak),
        _ => return None,
    })
}

fn is_leading(text: &str, start: usize) -> bool {
    let first_line_end =
        memchr::memchr(b'\n', &text.as_bytes()[..text.len().min(300)]).unwrap_or(300);
    start < 150 || start < first_line_end
}

/// Every disclosure in the text, leftmost first.
pub fn find(text: &str) -> Vec<Disclosure> {
    let mut out = Vec::new();
    let mut push = |start: usize, end: usize, kind: DisclosureKind, strength: Strength| {
        if let Some(t) = text.get(start..end) {
            out.push(Disclosure {
                start,
                end,
                kind,
                strength,
                text: t.to_string(),
                leading: is_leading(text, start),
            });
        }
    };
    for h in PHRASES.find(text) {
        let Some((kind, strength)) = kind_of(h.class()) else {
            continue;
        };
        if h.class() == "interest_named" {
            let after = text.get(h.end..).unwrap_or("");
            if !NAMED_OBJECT.is_match(after) {
                continue;
            }
        }
        // "advert" inside "this is not an advert" is a denial, not a label.
        if kind == DisclosureKind::AdLabel && !h.phrase.text.starts_with('#') {
            let before = text.get(..h.start).unwrap_or("");
            let tail = before.get(before.len().saturating_sub(16)..).unwrap_or("");
            let lower = tail.to_ascii_lowercase();
            if lower.contains("not an") || lower.contains("not a ") || lower.contains("no ") {
                continue;
            }
        }
        push(h.start, h.end, kind, strength);
    }
    for m in AD_WORD.find_iter(text) {
        push(m.start(), m.end(), DisclosureKind::AdLabel, Strength::Clear);
    }
    for m in RECEIVED_PAYMENT.find_iter(text) {
        push(
            m.start(),
            m.end(),
            DisclosureKind::Interest,
            Strength::Clear,
        );
    }
    out.sort_by_key(|d| (d.start, d.end));
    out.dedup_by(|b, a| b.start < a.end);
    out
}

/// The strongest disclosure in the text, if any.
pub fn strongest(text: &str) -> Option<Disclosure> {
    find(text)
        .into_iter()
        .max_by_key(|d| (d.strength, d.leading))
}

/// A declared interest found in a bio: the phrase and the organisation it names, when it names one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BioInterest {
    pub phrase: String,
    /// The organisation or brand named ("GlowSkin", "@glowclinic"), lower-cased for matching.
    pub party: Option<String>,
}

static BIO_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?i:founder|co-?founder|owner|co-?owner|director|medical\s+director|clinical\s+director|ceo|cmo|partner|shareholder|investor|ambassador|brand\s+ambassador|key\s+opinion\s+leader|kol|paid\s+(?:adviser|advisor|consultant)|adviser|advisor|consultant\s+(?:to|for)|speaker\s+for|trainer\s+for|affiliate)\b\s*(?i:of|at|to|for|with)?\s*[@\-–—:]?\s*(@?[A-Z0-9][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})?",
    )
});
static BIO_AFFILIATE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:affiliate\s+links?|i\s+(?:may\s+)?earn\s+(?:a\s+)?commission|links?\s+(?:may\s+be|are)\s+affiliate|#ad\s+where\s+stated|paid\s+partnerships?|collabs?\s+(?:@|via|email))",
    )
});

/// Interests declared in the owner's bios ("Founder @GlowClinic", "Ambassador for Medik8", "affiliate
/// links below").
pub fn bio_interests(bios: &[String]) -> Vec<BioInterest> {
    let mut out = Vec::new();
    for bio in bios {
        for c in BIO_ROLE.captures_iter(bio) {
            let phrase = c
                .get(0)
                .map(|m| m.as_str().trim().to_string())
                .unwrap_or_default();
            let party = c.get(1).map(|m| {
                m.as_str()
                    .trim()
                    .trim_start_matches('@')
                    .trim_end_matches(['.', ',', '|'])
                    .to_lowercase()
            });
            // "consultant" alone is a job title, not an interest; keep only roles that tie to a party or
            // are unmistakably commercial.
            let lower = phrase.to_lowercase();
            let commercial = [
                "founder",
                "owner",
                "director",
                "ceo",
                "shareholder",
                "investor",
                "ambassador",
                "paid",
                "affiliate",
                "kol",
                "key opinion",
            ]
            .iter()
            .any(|w| lower.contains(w));
            if party.is_none() && !commercial {
                continue;
            }
            out.push(BioInterest { phrase, party });
        }
        for m in BIO_AFFILIATE.find_iter(bio) {
            out.push(BioInterest {
                phrase: m.as_str().to_string(),
                party: None,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(t: &str) -> Vec<(DisclosureKind, Strength)> {
        find(t).into_iter().map(|d| (d.kind, d.strength)).collect()
    }

    #[test]
    fn labels_and_declarations() {
        assert_eq!(
            kinds("#ad Loving this serum"),
            [(DisclosureKind::AdLabel, Strength::Clear)]
        );
        assert_eq!(
            kinds("AD | my new favourite"),
            [(DisclosureKind::AdLabel, Strength::Clear)]
        );
        assert!(kinds("#adhd awareness week").is_empty());
        assert_eq!(
            kinds("Paid partnership with Medik8")[0].0,
            DisclosureKind::Paid
        );
        assert_eq!(
            kinds("I have received honoraria from Novo Nordisk")[0],
            (DisclosureKind::Interest, Strength::Clear)
        );
        assert_eq!(kinds("#spon new serum")[0].1, Strength::Weak);
        assert!(kinds("I own my mistakes").is_empty());
        assert_eq!(
            kinds("I own GlowSkin Clinic")[0].0,
            DisclosureKind::Interest
        );
        assert!(kinds("this is not an advert, I just love it").is_empty());
        assert!(kinds("I have received so many messages").is_empty());
    }

    #[test]
    fn bio_interests_name_the_party() {
        let b =
            bio_interests(&["GP | Founder @GlowSkinClinic | Ambassador for Medik8".to_string()]);
        let parties: Vec<_> = b.iter().filter_map(|i| i.party.clone()).collect();
        assert!(parties.contains(&"glowskinclinic".to_string()), "{b:?}");
        assert!(parties.iter().any(|p| p.starts_with("medik8")), "{b:?}");
        assert!(bio_interests(&["Consultant cardiologist, views my own".to_string()]).is_empty());
    }
}

//! Disclosures: the words that tell a reader a post is paid for, or that its author has an interest.
//!
//! GMC 2024 ¶12 asks doctors to be "open and honest about any interests"; the ASA and CMA want adverts
//! labelled "#ad" (or "advert", "advertisement") where the reader sees it at once, and say "#spon",
//! "#collab" or "in association with" are unclear (RULES-FACTS §2.2–2.3). A disclosure mitigates a
//! promotion finding; a weak one lowers it but still earns advice to relabel. Declarations in a bio
//! count for less, because a reader who meets the post in a feed never sees the bio.

use super::phrases::PhraseSet;
use crate::detect::gate::Regex;
use std::sync::LazyLock;

static PHRASES: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::builtin(include_str!("lexicons/disclosure_phrases.txt")));

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

/// A gift phrase used as a label: a hashtag, or the opening words of a line.
fn gift_label(text: &str, start: usize) -> bool {
    if text.as_bytes().get(start) == Some(&b'#') {
        return true;
    }
    let before = text.get(..start).unwrap_or("");
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    before
        .get(line_start..)
        .is_some_and(|lead| lead.trim_start_matches(['[', '(', ' ', '*']).is_empty())
}

/// Before the first sentence ends: "#gifted" or "Gifted by @X:" read before anything else. A gift
/// label among the closing hashtags, even of a short caption, comes after the praise it qualifies
/// (the labelling guide counts a trailing "#gifted" as an insufficient label).
fn opens_the_post(text: &str, start: usize) -> bool {
    let before = text.get(..start).unwrap_or("");
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let lead = before.get(line_start..).unwrap_or("").trim();
    lead.chars().count() <= 40 && !lead.contains(['.', '!', '?'])
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
            let denied = [
                "not an", "not a ", "no ", "n't an", "n’t an", "n't a ", "n’t a ",
            ];
            if denied.iter().any(|d| lower.contains(d)) {
                continue;
            }
        }
        // "No sponsorship, no affiliate links": a denial, whatever the label.
        if super::text::word_before_is(text, h.start, &["no", "not", "without", "zero", "never"]) {
            continue;
        }
        // A gift is declared by a label ("#gifted", "Gifted by X:" opening a line); "(they kindly
        // sent me one)" or "(PR package!)" tucked into the post shows the tie without declaring it.
        // Like any label it must be seen at once (CMA): a "#gifted" among the closing hashtags of a
        // long post is found only by those who read to the end.
        // "PR package from X just landed 😍" opens the post but tells a story, not a label.
        // "Affiliate links in the description!" names the links without saying the writer is paid
        // for them, which the CMA asks an ad label to do.
        let unlabelled_gift = kind == DisclosureKind::Gifted
            && !(gift_label(text, h.start)
                && opens_the_post(text, h.start)
                && !GIFT_ARRIVED.is_match(text.get(h.end..).unwrap_or("")));
        let unpaid_sounding_links = kind == DisclosureKind::Affiliate
            && h.phrase.text.starts_with("affiliate link")
            && !PAID_FOR_LINKS.is_match(text);
        let strength = if unlabelled_gift || unpaid_sounding_links {
            Strength::Weak
        } else {
            strength
        };
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
///
/// "#gifted #collab": a gift label says the product was free, not that the post is a paid
/// collaboration; beside an unclear label for a commercial tie (#collab, #spon, "in association
/// with", ambassador) the reader is still not told it is an ad (CMA), so the gift label does not
/// count as the clear disclosure there.
pub fn strongest(text: &str) -> Option<Disclosure> {
    let all = find(text);
    let commercial_tie = all.iter().any(|d| {
        d.kind == DisclosureKind::Weak && {
            let t = d.text.to_lowercase();
            [
                "collab",
                "spon",
                "#sp",
                "partner",
                "ambassador",
                "association",
            ]
            .iter()
            .any(|w| t.contains(w))
        }
    });
    // "#gifted … link in bio for 15% off": the gift label says the socks were free, not that
    // the writer earns from the discount link (CMA: an affiliate link needs an ad label).
    let commercial_tie = commercial_tie || EARNS_FROM_SALES.is_match(text);
    // Of equal labels, the first: "#ad paid partnership … I earn commission on it" is declared
    // by its opening "#ad", whatever the closing words.
    all.into_iter()
        .filter(|d| !(commercial_tie && d.kind == DisclosureKind::Gifted))
        .max_by_key(|d| (d.strength, d.leading, std::cmp::Reverse(d.start)))
}

/// A discount or affiliate offer that pays the writer on sales.
/// A gift phrase told as news: "PR package from X just landed", "… came over on the ferry".
static GIFT_ARRIVED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^[^.!?:|\n]{0,40}?\b(?:just\s+)?(?:landed|arrived|came|turned\s+up|showed\s+up|dropped|got\s+delivered|through\s+the\s+(?:door|letterbox)|in\s+the\s+post)\b",
    )
});

/// Words that say the writer earns from the links: "I earn", "commission", "#ad".
static PAID_FOR_LINKS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:\bi\s+(?:may\s+|might\s+|will\s+)?(?:earn|receive|get|make)\b|\bcommission|#ad\b|\bad\s*\||\bpaid\b|\bat\s+no\s+(?:extra\s+)?cost\s+to\s+you)",
    )
});

static EARNS_FROM_SALES: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:\d{1,2}\s?%\s+off|(?:discount|promo|affiliate|referral)\s+(?:code|link)s?|use\s+(?:my\s+)?code|(?-i:code\s+[A-Z0-9]{3,})|link\s+in\s+(?:my\s+)?bio\s+for\s+(?:\d|a\s+discount|money\s+off))\b",
    )
});

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

/// What ties the author to a company, as the post itself shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TieKind {
    /// Speaking at, chairing or hosting a company's symposium, webinar, launch or dinner.
    Speaking,
    /// Working, partnering, teaming up or collaborating with a company; ambassador or "face of".
    Partnership,
    /// Free products: gifted, "kindly sent me", PR packages, samples.
    Gifted,
    /// Travel, hotels, dinners or conference places paid for by a company.
    Hospitality,
    /// A paid role: advisory board, consultancy, faculty, key opinion leader.
    Role,
    /// Ownership: shares, equity, founder, investor.
    Equity,
    /// A relative's or friend's business.
    Family,
}

impl TieKind {
    pub fn as_str(self) -> &'static str {
        match self {
            TieKind::Speaking => "sponsored_speaking",
            TieKind::Partnership => "partnership",
            TieKind::Gifted => "gifted_product",
            TieKind::Hospitality => "hospitality",
            TieKind::Role => "paid_role",
            TieKind::Equity => "ownership",
            TieKind::Family => "family_business",
        }
    }

    /// What the author should declare, in their words.
    pub fn declaration(self) -> &'static str {
        match self {
            TieKind::Speaking => "I was paid to speak at their event",
            TieKind::Partnership => "paid partnership",
            TieKind::Gifted => "gifted: they sent me this product free",
            TieKind::Hospitality => "they paid for my travel and hospitality",
            TieKind::Role => "I am paid by them as an adviser",
            TieKind::Equity => "I own shares in this company",
            TieKind::Family => "this is a family member's business",
        }
    }
}

/// One tie found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tie {
    pub start: usize,
    pub end: usize,
    pub kind: TieKind,
    /// The tie names its party in the same phrase ("working with @X", "my sister's clinic").
    pub names_party: bool,
}

/// A party named right after a tie: an @handle or a capitalised name (not "the team", "my patients").
const PARTY: &str =
    r"(?:the\s+(?:team|lovely\s+(?:people|folks|team))\s+(?:at|from)\s+)?(?:@\w+|[A-Z][\w&'’.-]+)";

static TIE_PATTERNS: LazyLock<Vec<(TieKind, bool, Regex)>> = LazyLock::new(|| {
    let family = r"(?:sister|brother|sis|bro|wife|husband|hubby|wifey|partner|fianc[eé]e?|other\s+half|mum|mom|mother|dad|father|son|daughter|cousin|aunt|auntie|uncle|niece|nephew|in-laws?|(?:sister|brother|mother|father|son|daughter)[\s-]in[\s-]law|(?:best\s+)?(?:friend|mate|pal|colleague)|girlfriend|boyfriend|family)";
    let venture = r"(?:clinic|business|company|brand|shop|store|salon|spa|retreat|pharmacy|practice|gym|studio|range|line|products?|app|start-?up|venture|label|supplements?|skin\s?care|boutique|centre|center)";
    let event = r"(?:symposium|symposia|satellite|webinar|launch|launch\s+event|roadshow|masterclass|dinner|lunch|breakfast\s+meeting|evening\s+meeting|educational\s+(?:event|meeting|evening)|live\s+session|live|stand|booth|event)";
    let specs: Vec<(TieKind, bool, String)> = vec![
        // Speaking for a company: the event belongs to a named party ("the @X symposium", "X's
        // webinar", "their launch"), or is called sponsored or industry.
        (
            TieKind::Speaking,
            true,
            format!(r"(?i)\b(?:speaking|speak|spoke|talking|talk|presenting|present|presented|chairing|chaired|chair|hosting|hosted|moderating|moderated|lecturing|(?:gave|give|giving|do|doing|did)\s+a\s+(?:talk|presentation|session))(?:\s+(?:at|on|for|during|in))?\s+(?:the\s+|their\s+|a\s+|an\s+|tonight[’']?s\s+|today[’']?s\s+)?(?:(?-i:@\w+|[A-Z][\w&'’.-]*)[’']?s?\s+){{1,3}}(?:sponsored\s+|industry\s+|new\s+)?{event}s?\b"),
        ),
        (
            TieKind::Speaking,
            false,
            format!(r"(?i)\b(?:speaking|spoke|talking|presenting|chairing|hosting|moderating)\s+(?:at|on|for)\s+(?:their|a\s+(?:sponsored|industry|pharma|company)|the\s+(?:sponsored|industry|pharma))\s+(?:\w+\s+)?{event}s?\b|\b(?:sponsored|industry|pharma)[\s-]+(?:funded\s+)?(?:symposium|satellite|webinar|talk|lecture|dinner|meeting)\b|\b(?:on\s+(?:the\s+)?faculty|(?:a\s+)?speaker)\s+for\s+{PARTY}|\bon\s+(?:their|its)\s+(?:paid\s+)?speakers?[\s'’]*\s+(?:panel|bureau|faculty|programme|program|circuit)\b"),
        ),
        // Partnerships and ambassadorships.
        (
            TieKind::Partnership,
            true,
            format!(r"(?:(?i)\b(?:working|worked|partnering|partnered|teamed|teaming|collaborating|collaborated|joined\s+forces|linked|linking|partner(?:ing)?)\s+(?:closely\s+|hand\s+in\s+hand\s+)?(?:up\s+)?with(?:\s+the\s+(?:founders?|team|people|folks)\s+(?:of|at|behind))?|(?i:\b(?:ambassador|face|partner|spokes(?:person|woman|man))\s+(?:for|of))|\b(?i:my)\s+(?i:friends?|pals?|mates?|colleagues?)\s+(?i:at|from))\s+{PARTY}|(?i:\b(?:worked|working|work)\s+(?:on\s+(?:this|it|that)\s+(?:one\s+)?)?with\s+the)\s+(?:@\w+|[A-Z][\w&'’.-]+)(?:\s+[A-Z][\w&'’.-]+)?\s+(?i:team)\b"),
        ),
        (
            TieKind::Partnership,
            false,
            r"(?i)\b(?:(?:i[’']?m|i\s+am|i[’']?ve\s+become|proud\s+to\s+be|excited\s+to\s+be|now)\s+(?:an?\s+|their\s+|the\s+new\s+)?(?:official\s+)?(?:brand\s+)?(?:ambassador|partner|spokes(?:person|woman|man))|(?:proud|delighted|excited|thrilled|honoured|honored|happy|pleased)\s+to\s+(?:be\s+)?(?:partner(?:ing)?|collaborat\w+|team(?:ing)?\s+up|work(?:ing)?)\s+with|(?:^|[.!?\n]\s*|\b(?:our|this|a|in|new)\s+)(?:collaboration|partnership|collab)\s+(?:with|x)\s+@)".to_string(),
        ),
        // Free products, however worded.
        (
            TieKind::Gifted,
            false,
            r"(?i)\b(?:(?:they|who|which|@\w+)\s+)?(?:kindly\s+|very\s+kindly\s+|generously\s+)?(?:sent|gifted|gave|given|posted)\s+(?:me|us)\s+(?:a\s+|an\s+|one|some|their|this|these|the|loads|free)|\b(?:pr|press|free|complimentary)\s+(?:package|parcel|box|samples?|products?|kit|bundle|haul)s?\b|\bfreebies?\b|\bthanks?\s+(?:you\s+)?(?:so\s+much\s+)?(?:to\s+)?@\w+\s+for\s+(?:the|my|a|an|these|this|some|sending)\s+(?:lovely\s+|amazing\s+|gorgeous\s+|kind\s+)?(?:goodie|goody|gift|gifts|samples?|freebies?|hamper|treats?|products?|package|parcel|box|bundle|care\s+package|supply|kit)|\b(?:goodie|goody|gift)\s+bags?\s+from\b|\b(?:was|were|been|got|being)\s+gifted\b|\bc/o\s+@?\w+|\bsent\s+(?:over\s+)?(?:by|from)\s+(?:the\s+(?:lovely|kind)\s+(?:people|folks|team)\s+at\s+)?@\w+|\bfor\s+(?:kindly\s+)?sending\s+(?:me|us|over)\b|\bcourtesy\s+of\s+@\w+|\b(?:kindly|generously)\s+sent\s+(?:me\s+|us\s+|over\s+)?(?:a|an|some|their|this|these|the)\b|\bsent\s+(?:me\s+|us\s+|over\s+)?(?:a|some)\s+(?:box|parcel|package|bundle|hamper|bag|selection)\s+of\s+(?:goodies|goody|products|samples|treats|freebies|their)\b|\b(?:received|got|receiving)\s+(?:a\s+|some\s+|this\s+|these\s+|their\s+)?(?:free|complimentary|review|press)\s+(?:samples?|products?|units?|kits?|boxe?s?|devices?|bottles?|tubs?|packs?)\b".to_string(),
        ),
        // Hospitality and travel paid by a company.
        (
            TieKind::Hospitality,
            false,
            r"(?i)\b(?:(?:flew|flown|took|invited|hosted|treated)\s+(?:me|us)\s+(?:out\s+)?(?:to|for)\b|(?:paid|covered|funded|sponsored)\s+(?:for\s+)?(?:my|our)\s+(?:flights?|travel|trip|hotel|accommodation|place|ticket|registration|conference|dinner)|sponsored\s+(?:place|ticket|trip|travel|registration)|all[\s-]expenses?[\s-]paid|(?:bought|buying|treated|took)\s+(?:us|me|the\s+(?:team|ward|department|practice))\s+(?:a\s+)?(?:lunch|dinner|drinks|breakfast|pizza|coffee|cakes?)|(?:sorted|treated|taking|took|sending|sent|flying|flew)\s+(?:us|me|the\s+(?:whole\s+)?(?:team|ward|dept|department|practice|unit))\s+(?:out\s+)?(?:a|an|on\s+a)\s+(?:\w+\s+)?(?:weekend|trip|night\s+away|jolly|break|retreat|golf\s+day|spa\s+day)\b|(?:lunch|dinner|drinks|breakfast|food|pizza)\s+(?:was\s+|were\s+)?(?:provided|courtesy|paid\s+for|sponsored|funded)\s+(?:of|by)|(?:trip|weekend|dinner|lunch|meal|night|evening|stay|retreat)\s+(?:away\s+)?(?:in\s+\w+\s+)?(?:with|hosted\s+by|courtesy\s+of|paid\s+for\s+by|funded\s+by)\s+@\w+|(?:trip|weekend|dinner|lunch|meal|night|evening|stay|retreat|flights?|hotel|conference|congress)\s+(?:away\s+)?(?:(?:in|to|at)\s+(?:the\s+)?\w+(?:\s+\w+)?\s+)?(?:courtesy\s+of|paid\s+for\s+by|funded\s+by|sponsored\s+by|on\s+behalf\s+of)\s+(?:(?-i:[A-Z])[\w&-]+|@\w+)|thanks?\s+(?:you\s+)?(?:to\s+)?@\w+\s+for\s+(?:having|hosting|inviting|flying|treating|sponsoring)|thanks?\s+(?:you\s+)?(?:so\s+much\s+)?to\s+(?:the\s+(?:lovely\s+|kind\s+)?(?:team|people|folks)\s+(?:at|from)\s+)?\S+(?:\s+\S+)?\s+for\s+(?:an?\s+|the\s+|my\s+|our\s+)?(?:[a-z-]+\s+){0,3}?(?:lunch|dinner|drinks|breakfast|trip|weekend|few\s+days|stay|hospitality|flights?|hotel|evening|meal)\b|thanks?\s+(?:you\s+)?(?:so\s+much\s+)?to\s+(?:the\s+)?(?:(?-i:[A-Z])[\w&-]+\s+){0,3}team\s+for\s+(?:looking\s+after|hosting|having|spoiling|treating)\s+(?:us|me)\b|(?:masterclass|launch|symposium|summit|roadshow|retreat|trip|dinner|event)\b[^.!?\n]{0,60}\bthank(?:s|\s+you)\s+(?:so\s+much\s+)?(?:for\s+having\s+(?:me|us)|for\s+(?:the\s+)?(?:invite|invitation|hospitality)))".to_string(),
        ),
        // Session 25: travel and a stay given ("for flying me out, putting me up"), a trip made
        // with a company's team ("back from 4 days in Barcelona with the team at Novacor"), and a
        // product built with its makers ("working with the team behind it", "what we've built").
        (
            TieKind::Hospitality,
            false,
            r"(?i)\b(?:flying|flew|flown)\s+(?:me|us)\s+(?:out|over)\b|\bput(?:ting)?\s+(?:me|us)\s+up\s+(?:in|at|for)\b|,\s+putting\s+(?:me|us)\s+up\b".to_string(),
        ),
        (
            TieKind::Hospitality,
            true,
            r"(?i)\bback\s+from\s+(?:\d+|a\s+few|two|three|four|five|a\s+couple\s+of)\s+(?:days?|nights?)\s+(?:in\s+\w+(?:\s+\w+)?\s+)?with\s+the\s+(?:(?:brilliant|lovely|amazing|great|fab|wonderful|fantastic|whole)\s+)?(?:team|people|folks)\s+(?:at|from)\s+(?:@\w+|(?-i:[A-Z])[\w&'’.-]+)".to_string(),
        ),
        (
            TieKind::Partnership,
            false,
            r"(?i)\b(?:working|worked)\s+(?:closely\s+)?with\s+the\s+(?:team|founders?|people)\s+behind\s+(?:it|this|them|the\s+\w+)\b|\bproud\s+of\s+what\s+we[’']?ve\s+(?:built|made|created)\b".to_string(),
        ),
        // Paid roles.
        (
            TieKind::Role,
            false,
            r"(?i)\b(?:(?:joined|joining|join|on|sit\s+on|member\s+of)\s+(?:the\s+|their\s+|@?\w+[’']?s\s+)?(?:scientific\s+|medical\s+|clinical\s+)?advisory\s+(?:board|panel|council)|their\s+(?:\w+\s+)?advisory\s+(?:board|panel|council|meeting|group|day|summit|forum|retreat)|(?:medical|clinical|scientific)\s+(?:adviser|advisor|consultant|lead|director)\s+(?:to|for|at)\s+@?\w+|key\s+opinion\s+leader|\bkol\b|consult(?:ing|ancy)\s+(?:for|with)\s+@?\w+|(?:on|sit\s+on|sits\s+on|member\s+of|joined|joining)\s+(?:the\s+|their\s+|@?\w+[’']?s\s+)?(?:scientific|medical|clinical|expert)\s+(?:board|panel|council|committee)|(?:appointed|named|joined|joining|join|became|become|started\s+as|new\s+role\s+as|to\s+be|now)\s+(?:as\s+)?(?:the\s+|their\s+|an?\s+)?(?:new\s+)?(?:chief\s+medical\s+officer|cmo|chief\s+clinical\s+officer|(?:medical|clinical|scientific)\s+advis[eo]r)\s+(?:at|of|for|to)\b|part\s+of\s+(?:the\s+|their\s+|@?\w+[’']?s\s+)?(?:uk\s+|global\s+|european\s+|product\s+)?launch\s+(?:team|faculty|panel)|part\s+of\s+the\s+team\s+(?:that|which|who)\s+(?:launched|brought\s+out)|on\s+(?:the\s+|their\s+|@?\w+[’']?s\s+)?launch\s+(?:team|faculty|panel)|part\s+of\s+(?:the\s+|their\s+)?(?:uk\s+|global\s+|european\s+)?launch\s+of|help(?:ed|ing|s)?\s+(?:to\s+)?launch\s+(?-i:@\w+|[A-Z][\w&-]+)[’']s|help(?:ed|ing|s)?\s+(?-i:@\w+|[A-Z][\w&-]+)(?:\s+(?-i:[A-Z][\w&-]+))?\s+(?:to\s+)?(?:bring|get|take)\s+(?:their|its|the)\s+(?:new\s+)?(?:[\w-]+\s+){0,3}?to\s+market|part\s+of\s+(?:the\s+|their\s+|@?[\w-]+[’']?s\s+)?(?:scientific\s+|medical\s+|clinical\s+|expert\s+)?advisory\s+(?:board|panel|council|group))".to_string(),
        ),
        // A company's advisory board named by its handle ("at the @NovaPharm advisory board"): a
        // pattern of its own, since the word boundary that opens the one above never holds between
        // a space and an "@", and the handle names the party.
        (
            TieKind::Role,
            true,
            r"(?i)\B@\w+[’']?s?\s+(?:\w+\s+)?advisory\s+(?:board|panel|council|meeting|group|day|summit|forum|retreat|dinner)\b".to_string(),
        ),
        // Session 26: a product the writer's team built, named ("proud of what we've built at
        // Medisync"); a parcel a named brand "sent me"; thanks "for sending these over".
        (
            TieKind::Partnership,
            true,
            r"(?i)\bproud\s+of\s+(?:what|everything)\s+we[’']?ve\s+(?:built|made|created)\s+(?:at|with)\s+(?:@\w+|(?-i:[A-Z])[\w&'’.-]+)".to_string(),
        ),
        (
            TieKind::Gifted,
            false,
            r"(?i)(?:\B@\w+|\bthey|\bthe\s+(?:brand|company|lovely\s+(?:people|team)))\s+(?:just\s+|kindly\s+|very\s+kindly\s+|generously\s+)?(?:sent|gifted|posted)\s+(?:me|us)\b|\bthank(?:s|\s+(?:you|u))?\s+(?:so\s+much\s+)?(?:to\s+)?@\w+\s+for\s+(?:kindly\s+)?(?:sending|gifting)\b|\bfor\s+(?:kindly\s+)?sending\s+(?:me\s+|us\s+)?(?:these|this|them|it|one|some)\s+(?:over|through|my\s+way|our\s+way)\b".to_string(),
        ),
        // Session 38: a brand thanked by name for sending a product ("Thanks to Sonivo for
        // sending me a pair to trial"), and a company thanked for making an educational event
        // possible ("tonight's webinar… Thanks to ClearPath Diagnostics for making it possible").
        (
            TieKind::Gifted,
            true,
            r"(?i)\bthank(?:s|\s+(?:you|u))?\s+(?:so\s+much\s+)?(?:to\s+)?(?-i:[A-Z])[\w&'’.-]+(?:\s+(?-i:[A-Z])[\w&'’.-]+){0,2}\s+for\s+(?:kindly\s+)?(?:sending|gifting)\s+(?:me|us)\b".to_string(),
        ),
        (
            TieKind::Speaking,
            false,
            format!(r"(?i)\b(?:{event}|webinars?|talks?|sessions?|study\s+days?|workshops?|courses?|evenings?|teaching)\b[^.!?\n]{{0,120}}?[.!?]?\s*\bthank(?:s|\s+(?:you|u))?\s+(?:so\s+much\s+)?(?:to\s+)?(?:@\w+|(?-i:[A-Z])[\w&'’.-]+(?:\s+(?-i:[A-Z])[\w&'’.-]+){{0,2}})\s+for\s+(?:making\s+(?:it|this|tonight|today|the\s+\w+)\s+possible|sponsoring|funding)\b"),
        ),
        // Session 27: a company helped off the ground ("proud to have helped get @X off the
        // ground"), spoken for ("on behalf of the brilliant SafeEntry team"), or thanked by the
        // team for a gift ("thanks to the lovely folk at @X for the hamper").
        (
            TieKind::Partnership,
            true,
            r"(?i)\bhelped\s+(?:to\s+)?(?:get\s+(?:@\w+|(?-i:[A-Z])[\w&'’.-]+)\s+off\s+the\s+ground|(?:launch|build|found|start|set\s+up|grow)\s+(?:@\w+|(?-i:[A-Z])[\w&'’.-]+))|\bon\s+behalf\s+of\s+(?:the\s+)?(?:(?:brilliant|lovely|amazing|great|fab|wonderful|whole)\s+)?(?:@\w+|(?-i:[A-Z])[\w&'’.-]+(?:\s+(?-i:[A-Z])[\w&'’.-]+)?\s+team)\b".to_string(),
        ),
        (
            TieKind::Gifted,
            true,
            r"(?i)\bthanks?\s+(?:you\s+)?(?:so\s+much\s+)?to\s+the\s+(?:\w+\s+)?(?:folk|folks|people|team|gang|lot)\s+(?:at|from)\s+(?:@\w+|(?-i:[A-Z])[\w&'’.-]+)\s+for\s+(?:the|my|a|an|these|this|some|our)\s+(?:\w+\s+)?(?:goodie|goody|gifts?|samples?|freebies?|hamper|treats?|products?|package|parcel|box|bundle|supply|kit)\b".to_string(),
        ),
        // Session 29: dinner "courtesy of the lovely lot from Brevanta", a rep taking the team out,
        // an advisory board just come back from.
        (
            TieKind::Hospitality,
            true,
            r"(?i)\bcourtesy\s+of\s+(?:the\s+(?:lovely\s+|kind\s+|good\s+)?(?:\w+\s+)?(?:lot|folk|folks|people|team|gang|crew)\s+(?:at|from)\s+)(?:@\w+|(?-i:[A-Z])[\w&'’.-]+)".to_string(),
        ),
        (
            TieKind::Hospitality,
            false,
            r"(?i)\b(?:their|the|a|our)\s+(?:drug\s+|pharma\s+|company\s+)?reps?(?:[’']s|\s+is|\s+are|\s+(?:has|have)\s+been)?\s+(?:taking|treating|flying|sending|putting\s+up|took|treated|flew)\s+(?:a\s+few\s+of\s+|some\s+of\s+|all\s+of\s+)?(?:us|me)\b".to_string(),
        ),
        (
            TieKind::Role,
            false,
            r"(?i)\bback\s+from\s+(?:the\s+|their\s+|an?\s+)?(?:\w+\s+)?advisory\s+(?:board|panel|meeting|council)\b".to_string(),
        ),
        // Session 30: an evening at a company's reception, advising a company's team, and a
        // product range sold for "extra income".
        (
            TieKind::Hospitality,
            true,
            r"(?i)\bthanks?\s+(?:you\s+)?(?:so\s+much\s+)?(?:to\s+)?(?:the\s+(?:\w+\s+)?(?:team|folk|folks|people|lot)\s+(?:at|from)\s+(?:@\w+|(?-i:[A-Z])[\w&'’.-]+)|@\w+)\s+for\s+(?:having|hosting|inviting|treating)\s+(?:me|us)\b".to_string(),
        ),
        (
            TieKind::Gifted,
            true,
            r"(?i)(?:^|[.!?]\s+)gifted\s+(?:these|this|the|my|a|an|some)\s+(?:[\w-]+\s+){0,3}?(?:from|by)\s+@\w+".to_string(),
        ),
        (
            TieKind::Role,
            false,
            r"(?i)\b(?:i[’']?ve|i\s+have)\s+been\s+advising\s+(?:the\s+(?:\w+\s+)?team|them|the\s+company|the\s+founders|(?-i:[A-Z])[\w&'’.-]+)\b|\bi\s+(?:advise|consult\s+for)\s+(?:the\s+company|them|(?-i:[A-Z])[\w&'’.-]+)\b".to_string(),
        ),
        (
            TieKind::Equity,
            false,
            r"(?i)\b(?:(?:a\s+bit\s+of\s+|some\s+)?extra\s+income|side\s+hustle|be\s+your\s+own\s+boss|join\s+my\s+team|business\s+opportunity|earn\s+from\s+home)\b[^.!?\n]{0,60}?\b(?:dm|message|pm|inbox)\s+me\b".to_string(),
        ),
        // Ownership.
        (
            TieKind::Equity,
            false,
            r"(?i)\b(?:my\s+(?:shares|stake|equity|investment)\s+in|(?:i|we|i[’']ve|we[’']ve)\s+(?:invested|have\s+invested|just\s+invested|own\s+(?:a\s+)?(?:stake|shares|equity))\s+in|(?:i[’']?m|i\s+am)\s+(?:an?\s+)?(?:investor|shareholder|co-?founder|founder|co-?owner)\s+(?:in|of|at)|(?:i|we)\s+(?:hold|have|own)\s+(?:some\s+)?(?:shares|a\s+stake|equity)\s+in|(?:since|in|during|at)\s+(?:their|its|the)\s+(?:pre-?seed|seed|series\s+[a-d]|angel|first\s+funding)\s+round|got\s+in\s+on\s+(?:their|its|the)\s+(?:pre-?seed|seed|series\s+[a-d]|angel|first\s+funding|crowdfunding)\s+round|(?:angel|early|seed)\s+(?:investor|backer)\s+(?:in|of|at)|(?:i|we)\s+backed\s+(?:them|it)\s+(?:early|from\s+(?:day\s+one|the\s+start))|(?:the|my|our)\s+(?:quarterly\s+|annual\s+|first\s+|latest\s+)?dividends?\s+(?:has\s+|have\s+)?(?:finally\s+|just\s+)?(?:landed|came\s+in|come\s+in|paid\s+out|arrived|cleared|hit)|my\s+dividends?\s+from)\b".to_string(),
        ),
        // A relative's or friend's business.
        (
            TieKind::Family,
            false,
            format!(r"(?i)\bmy\s+{family}(?:[’']s|s[’'])\s+(?:(?:new|own|lovely|amazing|little|gorgeous|brilliant|beautiful|fab|fabulous)\s+){{0,2}}(?:[\w-]+\s+){{0,2}}{venture}\b|\bmy\s+{family}\s+(?:has\s+|just\s+)?(?:runs?|owns?|founded|started|launched|opened|set\s+up|created|makes?)\s+(?:a|an|the|her|his|their|this)\b|\b(?:the\s+team\s+)?\(?(?:and\s+)?my\s+{family}!?\)?(?:\s+and\s+(?:myself|i|me))?\s+(?:have|has)\s+(?:just\s+)?(?:built|created|made|founded|launched|started|opened|set\s+up)\b"),
        ),
        // Session 31: the team at a company worked with, a referral paid in credit, a relative's
        // venture opened, weekends spent at a company's office helping.
        (
            TieKind::Partnership,
            true,
            r"(?i)\b(?:working|worked|been\s+working)\s+(?:closely\s+)?with\s+the\s+(?:(?:brilliant|lovely|amazing|great|fab|wonderful|fantastic)\s+)?(?:team|people|folks|founders)\s+(?:at|from|behind)\s+(?:@\w+|(?-i:[A-Z])[\w&'’.-]+)".to_string(),
        ),
        (
            TieKind::Equity,
            false,
            r"(?i)\b(?:pop|put|use|enter|mention|drop)\s+my\s+name\s+(?:in\s+)?(?:at\s+(?:the\s+)?checkout|when\s+you\s+(?:sign\s+up|register|book|order))|\bso\s+i\s+get\s+(?:the\s+)?(?:credit|commission|a\s+cut|points|referral\s+(?:credit|bonus|fee))\b".to_string(),
        ),
        (
            TieKind::Family,
            true,
            format!(r"(?i)\b(?:my|our)\s+{family}\s+(?:opening|opened|launching|launched|starting|started|running|runs|owns)\s+(?:(?:his|her|their)\s+(?:new\s+)?(?:\w+\s+)?{venture}\s+)?(?:@\w+|(?-i:[A-Z])[\w&'’.-]+)"),
        ),
        (
            TieKind::Role,
            false,
            r"(?i)\b(?:spent|spend|spending)\s+(?:the|my|a|every)\s+(?:weekend|day|week|evening|afternoon|morning)s?\s+(?:\w+\s+)?at\s+(?:their|the|@\w+[’']?s?)\s+(?:\w+\s+)?(?:office|offices|hq|headquarters|lab|studio)\s+(?:helping|working\s+on|advising|building|testing|tweaking)".to_string(),
        ),
    ];
    specs
        .into_iter()
        .map(|(k, named, p)| (k, named, re(&p)))
        .collect()
});

/// Every tie the text shows between its author and a company, leftmost first. A tie is not a
/// declaration: "working with @X" or "they kindly sent me one" says there is a relationship but not
/// that it is paid or what it is, so readers cannot weigh the recommendation that follows.
pub fn find_ties(text: &str) -> Vec<Tie> {
    let mut out: Vec<Tie> = team_hashtags(text);
    for (kind, names_party, pattern) in TIE_PATTERNS.iter() {
        for m in pattern.find_iter(text) {
            if *kind == TieKind::Role && names_a_service(m.as_str()) {
                continue;
            }
            // "Tonight's webinar… Thanks to X for making it possible": the tie is the thanks.
            let thanks_at = || m.as_str().to_ascii_lowercase().find("thank");
            let start = m.start()
                + (*kind == TieKind::Speaking)
                    .then(thanks_at)
                    .flatten()
                    .unwrap_or(0);
            out.push(Tie {
                start,
                end: m.end(),
                kind: *kind,
                names_party: *names_party,
            });
        }
    }
    out.sort_by_key(|t| (t.start, std::cmp::Reverse(t.end)));
    out.dedup_by(|b, a| b.start < a.end);
    out
}

/// "Clinical Director for Urgent Care", "clinical lead for Primary Care": a role in a care service,
/// not a company's payroll.
fn names_a_service(role: &str) -> bool {
    static SERVICE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:to|for|at)\s+(?:urgent|primary|secondary|community|mental|acute|emergency|unscheduled|integrated|palliative|maternity|children|women|older|elderly|cancer|stroke|surgery|medicine|the\s+(?:trust|icb|ccg|nhs|practice|department|service|unit|board|deanery))\b",
        )
    });
    SERVICE.is_match(role)
}

/// "#teamMoleMapr" beside "@MoleMapr": the writer counts themselves in a company's team. The
/// hashtag must name an account the post also tags, so "#TeamGB" or "#TeamNHS" alone is no tie.
fn team_hashtags(text: &str) -> Vec<Tie> {
    static TEAM_TAG: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)#team(\w{3,})"));
    if !text.contains('@') {
        return Vec::new();
    }
    let handles: Vec<String> = crate::ingest::csvutil::mentions_in(text)
        .iter()
        .map(|h| h.to_lowercase())
        .collect();
    TEAM_TAG
        .captures_iter(text)
        .filter_map(|c| {
            let (tag, name) = (c.get(0)?, c.get(1)?);
            handles
                .contains(&name.as_str().to_lowercase())
                .then_some(Tie {
                    start: tag.start(),
                    end: tag.end(),
                    kind: TieKind::Partnership,
                    names_party: true,
                })
        })
        .collect()
}

/// The author says there is no interest: "no affiliation", "not sponsored", "I get nothing from it".
/// Such a post is a genuine recommendation (or says it is), not a hidden interest.
pub fn disclaims_interest(text: &str) -> bool {
    static NONE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:no|zero|not\s+any)\s+(?:affiliation|affiliations|ties|links?\s+(?:to|with)|coi|conflicts?(?:\s+of\s+interest)?|competing\s+interests?|financial\s+interests?|commercial\s+interests?|kickbacks?|commission|sponsorship|sponsors?|affiliate\s+links?|paid\s+partnerships?)\b|\bnot\s+(?:sponsored|an?\s+ad|paid|affiliated|gifted|an?\s+advert)\b|\b(?:unsponsored|non-?sponsored|#notsponsored|#notanad|#nosponsor)\b|\bi\s+(?:get|make|earn|receive)\s+(?:nothing|no\s+money|no\s+commission|zero)\b|\bnobody\s+(?:paid|is\s+paying)\s+me\b|\b(?:sponsored|paid\s+for|funded|backed)\s+by\s+(?:no\s+one|no-one|nobody|noone|none)\b|\bi[’']?m\s+not\s+(?:paid|sponsored|affiliated)\b|\bi\s+(?:have|hold)\s+no\s+(?:shares|interests?|ties|links)\b|\bjust\s+a\s+(?:fan|happy\s+customer)\b|\bbought\s+(?:it|them|this|these|mine)\s+(?:myself|with\s+my\s+own\s+money)\b|\bpaid\s+for\s+(?:it|them|this|these|mine)\s+myself\b|\(\s*(?:unpaid|voluntary|pro\s+bono|honorary)\s*\)|\bunpaid\s+(?:role|position|post|adviser|advisor|member|trustee|volunteer|ambassador)\b|\b(?:in\s+an?\s+)?(?:voluntary|honorary|pro\s+bono|unpaid)\s+(?:capacity|basis)\b|\bi[’']?m\s+(?:not\s+paid|unpaid)\b|\bnothing\s+(?:was\s+)?(?:gifted|sponsored|paid\s+for\s+by\s+(?:them|the\s+brands?))\b|\bi\s+paid\s+for\s+(?:every|each|all\s+(?:of\s+)?(?:them|the))\b|\b(?:these|the)\s+(?:companies|brands)\s+(?:don[’']?t|do\s+not)\s+know\s+i\s+exist\b|\bnone\s+of\s+(?:these|the)\s+(?:companies|brands)\s+knows?\s+i\s+exist\b|\bnone\s+(?:of\s+(?:it|them)\s+)?(?:was\s+|were\s+)?gifted\b|\bwith\s+my\s+own\s+money\b",
        )
    });
    NONE.is_match(text)
}

/// The author says the product was not a gift: "not gifted", "bought it myself", "paid full price".
/// Denying sponsorship alone does not cover a parcel the brand sent.
pub fn disclaims_gift(text: &str) -> bool {
    static NOT_GIFTED: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\bnot\s+(?:gifted|a\s+gift|pr)\b|#notgifted\b|\b(?:bought|paid\s+for|purchased)\s+(?:it|them|this|these|mine)\s+(?:myself|with\s+my\s+own\s+money)\b|\bpaid\s+full\s+price\b|\bwith\s+my\s+own\s+money\b|\bnothing\s+(?:was\s+)?gifted\b|\bi\s+paid\s+for\s+(?:every|each|all\s+(?:of\s+)?(?:them|the))\b",
        )
    });
    NOT_GIFTED.is_match(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(t: &str) -> Vec<(DisclosureKind, Strength)> {
        find(t).into_iter().map(|d| (d.kind, d.strength)).collect()
    }

    #[test]
    fn an_unpaid_or_voluntary_role_disclaims_an_interest() {
        assert!(disclaims_interest(
            "I'm on the advisory board of Asthma UK (unpaid) and proud of the new campaign"
        ));
        assert!(disclaims_interest(
            "Joining the board of Diabetes UK in an unpaid role"
        ));
        assert!(!disclaims_interest(
            "I'm on the Zentrix advisory board and their inhaler is brilliant"
        ));
        assert!(!disclaims_interest("Unpaid overtime again on the ward"));
        assert!(disclaims_interest(
            "General information only. No sponsorship, no affiliate links."
        ));
        assert!(find("General information only. No sponsorship, no affiliate links.").is_empty());
    }

    #[test]
    fn travel_paid_by_a_named_company_is_a_tie() {
        let ties = |t: &str| -> Vec<TieKind> { find_ties(t).into_iter().map(|x| x.kind).collect() };
        assert_eq!(
            ties(
                "Just back from a trip to Barcelona courtesy of Zentrix Pharma, brilliant inhaler"
            ),
            [TieKind::Hospitality]
        );
        assert_eq!(
            ties("Flights to Lisbon paid for by @NovarixUK, what a congress"),
            [TieKind::Hospitality]
        );
        assert!(ties("Trip to Spain courtesy of my parents for my birthday").is_empty());
        assert!(ties("Weekend away in Bath with my sister").is_empty());
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
        let gift_and_collab =
            strongest("Loving this spray from @SleepCo 😴 #gifted #collab").unwrap();
        assert_eq!(gift_and_collab.strength, Strength::Weak);
        let gift_alone = strongest("#gifted Loving this spray from @SleepCo 😴").unwrap();
        assert_eq!(gift_alone.strength, Strength::Clear);
        let gift_last = strongest(
            "PR parcel from @DozyDen just landed 📦 honestly the sleep bag I'd put my own baby in, the zip is genius #gifted #paedsdoctor",
        )
        .unwrap();
        assert_eq!(gift_last.strength, Strength::Weak);
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

    #[test]
    fn isnt_an_ad_is_a_denial_not_an_ad_label() {
        assert!(
            kinds("this isn't an ad 🙄 but this gel is the only reason I survive nights")
                .is_empty()
        );
        assert!(!kinds("Ad: this gel is the only reason I survive nights").is_empty());
    }

    #[test]
    fn session_30_a_reception_hosted_a_team_advised_a_range_sold_and_a_gift_with_a_discount() {
        let ties = |t: &str| -> Vec<TieKind> { find_ties(t).into_iter().map(|x| x.kind).collect() };
        assert_eq!(
            ties("Thanks to the lovely team at @NicoPure for having me at their reception"),
            [TieKind::Hospitality]
        );
        assert_eq!(
            ties("I've been advising the team since 2022 and the product is outstanding"),
            [TieKind::Role]
        );
        assert_eq!(
            ties("anyone want a bit of extra income on top of the NHS, DM me about the range"),
            [TieKind::Equity]
        );
        assert_eq!(
            ties("gifted these compression socks from @LegUpLondon and wow"),
            [TieKind::Gifted]
        );
        assert!(ties("Thanks to my mum for having me over for Sunday lunch").is_empty());
        assert!(ties("Thanks Sarah for having us, best roast in Yorkshire").is_empty());
        assert!(ties("I've been advising patients to walk more").is_empty());
        assert!(strongest("#gifted by @LegUpLondon, link in bio for 15% off").is_none());
        assert!(strongest("#gifted by @LegUpLondon, honestly love them").is_some());
        let opening = strongest(
            "#ad paid partnership with @CardioluxUK – chuffed to work with them. Code DRJESS15 gets 15% off and I earn commission on it",
        );
        assert_eq!(opening.map(|d| d.start), Some(0));
    }

    #[test]
    fn a_clinical_director_for_a_care_service_is_not_a_company_role() {
        assert!(find_ties("Pleased to share that I've started as Clinical Director for Urgent Care. Thanks to the team").is_empty());
        assert!(!find_ties("Proud to be clinical director for Lumeris, the skin app").is_empty());
    }

    #[test]
    fn session_31_a_company_team_worked_with_a_referral_credit_a_relatives_clinic_and_office_weekends(
    ) {
        for t in [
            "Been working closely with the brilliant team at Occuvia and their AI triage is now live",
            "Signup link in the comments, pop my name in at checkout so I get the credit",
            "SO proud of my hubby opening @ApexSkin Leeds today",
            "spent the weekend at their Shoreditch office helping tweak the triage flows",
        ] {
            assert!(!find_ties(t).is_empty(), "{t}");
        }
        for t in [
            "Been working closely with the team at the hospice on our new leaflet",
            "So proud of my hubby finishing the London marathon today",
            "spent the weekend at the office catching up on letters",
        ] {
            assert!(find_ties(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn sponsored_by_no_one_disclaims_an_interest() {
        assert!(disclaims_interest(
            "Sponsored by no one, just me and a ring light."
        ));
        assert!(disclaims_interest("This video is funded by nobody"));
        assert!(!disclaims_interest("Sponsored by Pulmotek"));
    }
}

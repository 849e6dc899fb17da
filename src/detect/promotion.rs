//! Promotion cues: the words and links that turn a mention into an advert.
//!
//! The ASA and CMA judge content by what it does, not what it is called: a discount code, an affiliate
//! link, a price, a booking call to action or a giveaway makes a post an advert (or an endorsement)
//! even on a personal account (RULES-FACTS §2.2, §2.4). This detector finds those cues, the brands and
//! the procedures a post promotes, and grades each cue as strong (an offer, a code, a call to book) or
//! weak (a "link in bio", a testimonial, "I love this"), because a single weak cue also appears in news
//! and education. Rules combine the cues with what is promoted.

use super::phrases::PhraseSet;
use crate::detect::gate::Regex;
use std::sync::LazyLock;

static CUES: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::builtin(include_str!("lexicons/promotion_cues.txt")));
static BRANDS: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::builtin(include_str!("lexicons/promotion_brands.txt")));
static PROCEDURES: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::builtin(include_str!("lexicons/promotion_procedures.txt")));

fn re(pattern: &str) -> Regex {
    crate::detect::phrases::regex(pattern)
}

/// What kind of promotional cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CueKind {
    /// Book, buy, order, shop now.
    Cta,
    /// DM me, message us, WhatsApp me.
    DmCta,
    /// Link in bio, swipe up.
    BioLink,
    /// Discounts, vouchers, two-for-one.
    Offer,
    /// A percentage off or a saving ("20% off", "save £50").
    PercentOff,
    /// A price ("£99", "from £150").
    Price,
    /// Limited slots, ends tonight.
    Scarcity,
    /// Giveaways, competitions, prizes.
    Giveaway,
    /// Before-and-after, client reviews.
    Testimonial,
    /// Discount, promo or referral code.
    Code,
    /// A link whose domain or parameters pay the poster per click or sale.
    AffiliateLink,
    /// A shortener or link-in-bio storefront: weak.
    Shortener,
    /// "I recommend", "holy grail".
    Endorse,
    /// Stockists, delivery, shop.
    Commerce,
    /// We offer, now offering, consultations available.
    Service,
}

impl CueKind {
    /// Strong cues make an advert on their own; weak ones need company.
    pub fn is_strong(self) -> bool {
        matches!(
            self,
            CueKind::Cta
                | CueKind::DmCta
                | CueKind::Offer
                | CueKind::PercentOff
                | CueKind::Price
                | CueKind::Scarcity
                | CueKind::Code
                | CueKind::AffiliateLink
                | CueKind::Service
                | CueKind::Giveaway
        )
    }

    /// Money changes hands: a price, an offer, a discount, a code or an affiliate link.
    pub fn is_money(self) -> bool {
        matches!(
            self,
            CueKind::Price
                | CueKind::Offer
                | CueKind::PercentOff
                | CueKind::Code
                | CueKind::AffiliateLink
        )
    }

    pub fn as_str(self) -> &'static str {
        match self {
            CueKind::Cta => "call_to_action",
            CueKind::DmCta => "dm_to_buy",
            CueKind::BioLink => "link_in_bio",
            CueKind::Offer => "offer",
            CueKind::PercentOff => "percent_off",
            CueKind::Price => "price",
            CueKind::Scarcity => "time_pressure",
            CueKind::Giveaway => "giveaway",
            CueKind::Testimonial => "testimonial",
            CueKind::Code => "discount_code",
            CueKind::AffiliateLink => "affiliate_link",
            CueKind::Shortener => "shortened_link",
            CueKind::Endorse => "endorsement",
            CueKind::Commerce => "commerce",
            CueKind::Service => "service_offer",
        }
    }

    fn from_class(class: &str) -> Option<CueKind> {
        Some(match class {
            "cta" => CueKind::Cta,
            "dm_cta" => CueKind::DmCta,
            "bio_link" => CueKind::BioLink,
            "offer" => CueKind::Offer,
            "scarcity" => CueKind::Scarcity,
            "giveaway" => CueKind::Giveaway,
            "testimonial" => CueKind::Testimonial,
            "code" => CueKind::Code,
            "endorse" => CueKind::Endorse,
            "commerce" => CueKind::Commerce,
            "service" => CueKind::Service,
            "affiliate" => CueKind::AffiliateLink,
            _ => return None,
        })
    }
}

/// One cue. Links that are only in the record's link list (not in its text) have `in_text == false`
/// and an empty span; `label` then holds the URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    pub start: usize,
    pub end: usize,
    pub kind: CueKind,
    /// The matched words, or the URL.
    pub label: String,
    pub in_text: bool,
}

static PRICE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:[£€$]\s?\d(?:[\d,]*\d)?(?:\.\d{1,2})?(?:\s?(?:k|m|bn|million|billion|pp|pw|pcm|p/m|pm|a\s+month|per\s+month|/month|a\s+week|per\s+week))?|\b\d[\d,]*(?:\.\d{1,2})?\s?(?:pounds|quid|gbp)\b)",
    )
});
static PRICE_AGGREGATE: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)(?:k|m|bn|million|billion)$"));
static PRICE_NEWS_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:cost(?:s|ing)?\s+the\s+nhs|nhs\s+spend\w*|spends?|spent|spending|budget|funding|fined?|salary|salaries|pay\s+rise|paid\s+just|earns?|earning|tax|bill|rent|parking|wage|wages|fees?\s+for|debt|loan|raised|donat\w*|charity|fundrais\w*|street\s+price|sold\s+for|selling\s+for|sells?\s+for|black\s+market|cost\s+of\s+living|tuition|exam\s+fees?|gmc\s+fees?|indemnity)\b[^.!?\n]{0,40}$",
    )
});
static PERCENT_OFF: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b\d{1,2}\s?(?:%|percent|per\s+cent)\s?(?:off|discount|saving|cheaper)\b|\b(?:save|saving|get)\s+(?:£\s?\d+|\d{1,2}\s?%)|\b(?:half|50%)\s+(?:price|off)\b|\b(?:save|get)\s+up\s+to\s+\d{1,2}\s?%|\bsaves?\s+(?:you|u|ya)\s+\d{1,2}\s?%",
    )
});
static CODE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r#"(?i)\b(?:use|with|enter|apply|using|quote)\s+(?:my\s+|the\s+|our\s+)?(?:discount\s+|promo\s+|referral\s+|coupon\s+|voucher\s+)?code\s*[:\-]?\s*["'“‘]?[A-Za-z0-9]{3,20}\b|\b(?:discount|promo|referral|coupon|voucher)\s+code\s*[:\-]?\s*["'“‘]?[A-Za-z0-9]{3,20}\b|\b(?:discount|referral|promo)\s+links?\s+(?:in|below|above|is|in\s+the)\b|\b(?:dm|pm|message|inbox|email)\s+me\s+for\s+(?:a|the|my|your)\s+(?:discount|promo|referral|coupon)\s+(?:code|link)\b|\blinks?\s+(?:in\s+(?:the\s+|my\s+)?(?:description|bio|comments?)|below|above)\s+(?:gets?|gives?|saves?)\s+(?:you|u|ya)\s+(?:\d{1,2}\s?%|£\s?\d+|a\s+discount|money\s+off)"#,
    )
});
static CODE_TOKEN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\bcode\s*[:\-]?\s*[A-Z]{2,}[0-9]{1,4}\b|\bCODE\s*[:\-]?\s*[A-Z0-9]{3,20}\b|(?i:\bcode)\s*[:\-]?\s*[A-Z][A-Z0-9]{3,15}\s+(?i:saves?|gets?|for|gives?|=|takes?)\s+(?i:you\s+|u\s+|ya\s+|an?\s+(?:extra\s+)?)?(?:\d{1,2}\s?%|£\s?\d+|(?i:a\s+)?(?i:free|1st|first)\s+(?i:month|week|trial|box|sample|bottle|session|consult))",
    )
});
/// "Only 5 spots left", "3 slots remaining".
static SCARCE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:only\s+)?\d+\s+(?:[\w-]+\s+){0,3}?(?:slots?|spaces?|spots?|places?|appointments?|pens?|doses?|vials?|boxes|packs?|memberships?|tickets?)\s+(?:left|remaining)\b|\b(?:for|to)\s+the\s+first\s+\d+\s+(?:clients?|customers?|people|patients|bookings?|callers?|members?|ladies|lucky)\b|\blimited\s+(?:[\w-]+\s+){0,2}?(?:memberships?|places|spaces|spots|slots|availability|numbers?)\s+(?:available|left|remaining)\b|\b(?:for|in)\s+the\s+next\s+(?:\d+\s?(?:h|hrs?|hours?|days?)|24h|48h|72h)\b|\bgo\s+on\s+(?:the|my|our)\s+(?:list|waiting\s+list)\b",
    )
});
/// "Halloween deal", "Christmas special", "flash sale": a named, time-bound offer.
static SEASONAL_DEAL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:halloween|christmas|xmas|festive|easter|valentine[’']?s|summer|spring|autumn|winter|black\s+friday|cyber\s+monday|bank\s+holiday|mother[’']?s\s+day|father[’']?s\s+day|new\s+year|january|birthday|anniversary|flash|weekend|midweek|exclusive|vip|loyalty|members?[’']?|launch|opening|spooky\s+season)\s+(?:deals?|specials?|sale|discounts?|bundles?|packages?|prices?)\b|\b(?:payment\s+holiday|0%\s+finance|interest[\s-]free\s+(?:credit|finance)|buy\s+now,?\s+pay\s+later|pay\s+monthly|spread\s+the\s+cost)\b",
    )
});
/// "Free Botox consultation", "complimentary skin consultation".
static FREE_CONSULT: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(?:free|complimentary)\s+(?:[\w-]+\s+){1,2}consultations?\b"));
/// "Use DRSAM for 10% off", "15% off with DOCTORGUT15": an upper-case code without the word "code".
static BARE_CODE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:[Uu]se|USE|[Ee]nter|[Aa]pply)\s+[A-Z](?:[A-Z]{2,}[0-9]|[A-Z]?[0-9][A-Z0-9]{2})[A-Z0-9]{0,12}\b|\b[A-Z][A-Z]+[0-9]{1,3}\s+(?:(?:at|for)\s+(?:the\s+)?checkout|for\s+\d{1,2}\s?%|(?:still\s+|also\s+|will\s+|should\s+)?gets?\s+you)\b|\b(?i:off|discount|saving|savings)\s+(?i:with|using|w/)\s+[A-Z]{2,}[A-Z0-9]*[0-9][A-Z0-9]*\b|\b[A-Z][A-Z0-9]{3,15}\s+(?i:in\s+)?(?i:at|at\s+the)\s+(?i:checkout)\b",
    )
});
/// "Use GLOW for 20% off", "enter DRSAM at checkout": a code of letters alone, told apart from an
/// acronym ("use FTSU", "use NICE CKS") by shopping words in the text.
static BARE_WORD_CODE: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?:[Uu]se|USE|[Ee]nter|[Aa]pply)\s+[A-Z]{4,16}\b"));
static SHOPPING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)%|£|\$\d|\bcheckout\b|\bdiscount|\bsaves?\b|\bsaving|\boff\s+(?:your|the|my|all|any|first|everything)\b|\bshop\b|\border\b|\bfree\s+(?:delivery|shipping|gift)\b|\blink\b|\bcode\b|\bpromo\b|\bbasket\b|\bcart\b",
    )
});
/// Credit for the referral asked of the reader: "tell them Rav sent you", "so she knows I sent
/// you", "pop DRJEN in the referral box". The writer is paid or rewarded per customer sent.
static REFERRAL_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:tell|let)\s+(?:them|her|him)\s+(?:know\s+)?(?:that\s+)?(?:dr\s+)?[a-z]+\s+sent\s+you\b|\b(?:so|and)\s+(?:she|he|they)\s+(?:knows?|can\s+see|know)\s+(?:that\s+)?(?:i|dr\s+[a-z]+)\s+sent\s+you\b|\b(?:put|pop|enter|type|add|stick)\s+(?-i:[A-Z][A-Z0-9]{2,})\s+in(?:to)?\s+(?:the\s+)?(?:referral|referrer|promo|discount|voucher|how\s+did\s+you\s+hear)|\b(?:put|pop|stick|add|use|give|enter)\s+(?:my\s+name|me)\s+(?:down\s+)?(?:as\s+(?:the\s+|your\s+|ur\s+)?referr?er|in\s+(?:the\s+)?referr?(?:al|er)\s+(?:box|field|bit))|\breferr?(?:al|er)\s+bonus\b[^.!?\n]{0,60}?\((?:so\s+do\s+i|and\s+so\s+do\s+i|me\s+too|we\s+both\s+do)\b|\b(?:you|u)\s+get\s+(?:a\s+)?£\s?\d+\s+(?:bonus|credit|voucher)[^.!?\n]{0,40}?\(?\b(?:so\s+do\s+i|and\s+so\s+do\s+i|me\s+too|we\s+both\s+(?:do|get))\b",
    )
});
/// Every shape of [`REFERRAL_CREDIT`] holds one of these words; most texts hold none.
fn mentions_referral(text: &str) -> bool {
    [
        "sent you",
        "referr",
        "promo",
        "discount",
        "voucher",
        "how did you hear",
        "so do i",
        "we both",
        "me too",
    ]
    .iter()
    .any(|n| super::text::find_ascii_case_insensitive(text, n).is_some())
}

/// Recruiting into a direct-selling "team": the recruiter earns on the products and on the people
/// they sign up, which is a commission however it is worded (RULES-FACTS §2.4).
static MLM_RECRUIT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:join\s+my\s+(?:team|tribe|business)|business\s+opportunity|be\s+your\s+own\s+boss|earn\s+while\s+you\s+(?:sleep|scroll)|work\s+from\s+your\s+phone)\b",
    )
});
/// What such a team sells: shakes, supplements, skincare.
static MLM_PRODUCT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:shakes?|supplements?|capsules|drops|oils?|skin\s?care|serums?|wellness|detox|teas?|collagen|vitamins|products?)\b",
    )
});

/// "Book our signature facial", "to book in": "book" used as a verb with an object or a time.
static BOOK_VERB: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|[^\w\s,;:'’-]\s*|\b(?:to|please|now|and|or|just|then|so)\s+)book\s+(?:our|my|your|a|an|now|today|online|in|with|yours|me|us|via|through|here|at)\b|\b(?:call|ring|phone)\s+(?:us\s+|me\s+)?(?:now|today)\b",
    )
});
static URL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r#"(?i)\b(?:https?://|www\.)[^\s<>"'“”]+|\b(?:amzn\.to|amzn\.eu|bit\.ly|geni\.us|liketk\.it|rstyle\.me|linktr\.ee|beacons\.ai|tinyurl\.com|shopmy\.us)/[^\s<>"'“”]*|\b[a-z0-9-]{3,}\.(?:co\.uk|co|com|shop|store|health|life|io|app|net|me|ai|uk|ie|eu|fit|club|clinic|care|online|site|example)/[^\s<>"'“”]+"#,
    )
});

/// Affiliate networks and creator storefronts (RULES-FACTS §2.4).
const AFFILIATE_HOSTS: [&str; 37] = [
    "amzn.to",
    "amzn.eu",
    "go.skimresources.com",
    "skimlinks.com",
    "viglink.com",
    "awin1.com",
    "prf.hn",
    "track.webgains.com",
    "shareasale.com",
    "shrsl.com",
    "anrdoezrs.net",
    "dpbolvw.net",
    "jdoqocy.com",
    "kqzyfj.com",
    "tkqlhce.com",
    "sjv.io",
    "ojrq.net",
    "gopjn.com",
    "pjatr.com",
    "pjtra.com",
    "pntra.com",
    "pntrac.com",
    "pntrs.com",
    "click.linksynergy.com",
    "hop.clickbank.net",
    "rover.ebay.com",
    "geni.us",
    "georiot.com",
    "tradedoubler.com",
    "tc.tradetracker.net",
    "ad.zanox.com",
    "ds1.nl",
    "liketk.it",
    "shopltk.com",
    "rstyle.me",
    "shopmy.us",
    "go.magik.ly",
];
const SHORTENER_HOSTS: [&str; 7] = [
    "bit.ly",
    "tinyurl.com",
    "linktr.ee",
    "beacons.ai",
    "ow.ly",
    "buff.ly",
    "t.ly",
];
static AFFILIATE_PARAM: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)[?&](?:tag|aff|affid|aff_id|affiliate|affiliate_id|ref|ref_|refcode|ref_code|referral|referral_code|rfsn|irclickid|clickref|partner|partner_id|utm_medium=affiliate|utm_source=(?:affiliate|influencer|instagram_affiliate))(?:=|&|$)",
    )
});

/// A shop's link made out to one doctor ("vitalis.co/drben", "brand.com/dr-sam"): the path is the
/// doctor's name, which is how a personal referral or commission link looks from outside.
fn doctors_vanity_path(without_scheme: &str) -> bool {
    let path = without_scheme.split(['?', '#']).next().unwrap_or("");
    let mut segments = path.split('/').skip(1).filter(|s| !s.is_empty());
    let (Some(only), None) = (segments.next(), segments.next()) else {
        return false;
    };
    let Some(name) = only
        .strip_prefix("dr")
        .map(|n| n.trim_start_matches(['-', '_', '.']))
    else {
        return false;
    };
    const WORDS: &[&str] = &[
        "ink", "inks", "inking", "ugs", "ug", "iving", "ive", "ess", "essing", "essings", "eam",
        "y", "ops", "ain", "ama", "aw", "awing", "ip",
    ];
    (2..=14).contains(&name.len())
        && name.chars().all(|c| c.is_ascii_alphanumeric())
        && !WORDS.contains(&name)
}

const FUNDRAISING_HOSTS: &[&str] = &[
    "justgiving.com",
    "gofundme.com",
    "virginmoneygiving.com",
    "enthuse.com",
    "crowdfunder.co.uk",
    "localgiving.org",
    "totalgiving.co.uk",
    "givestar.io",
    "donate.cancerresearchuk.org",
];

/// Classify one URL: an affiliate link, a shortener, or nothing.
pub fn classify_url(url: &str) -> Option<CueKind> {
    let lower = url.to_ascii_lowercase();
    let without_scheme = lower
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_start_matches("www.");
    let host = without_scheme.split(['/', '?', '#']).next().unwrap_or("");
    let host_is = |h: &str| host == h || host.ends_with(&format!(".{h}"));
    if AFFILIATE_HOSTS.iter().any(|h| host_is(h)) {
        return Some(CueKind::AffiliateLink);
    }
    if host.contains("amazon.") && (lower.contains("tag=") || lower.contains("linkcode=")) {
        return Some(CueKind::AffiliateLink);
    }
    // A fundraising page ("justgiving.com/drtomruns") carries the doctor's name for a charity,
    // not a shop's commission.
    if FUNDRAISING_HOSTS.iter().any(|h| host_is(h)) {
        return None;
    }
    // `ref=` on a code-hosting or news site is not an affiliate link.
    let benign_ref = [
        "github.com",
        "gitlab.com",
        "bbc.co.uk",
        "nhs.uk",
        "gov.uk",
        "nice.org.uk",
    ]
    .iter()
    .any(|h| host_is(h));
    if !benign_ref && AFFILIATE_PARAM.is_match(&lower) {
        return Some(CueKind::AffiliateLink);
    }
    // A referral path ("brand.co.uk/r/DRBEN", "/invite/sam20"); Reddit's /r/ is a community.
    let mut segments = without_scheme
        .split(['?', '#'])
        .next()
        .unwrap_or("")
        .split('/')
        .skip(1);
    let referral_path = matches!(
        segments.next(),
        Some("r" | "ref" | "refer" | "referral" | "invite" | "aff")
    ) && segments.next().is_some_and(|s| !s.is_empty());
    if referral_path && !benign_ref && !host_is("reddit.com") && !host_is("redd.it") {
        return Some(CueKind::AffiliateLink);
    }
    // On a link-in-bio page ("linktr.ee/drrhys") the path is the doctor's own handle, not a
    // shop's link made out to them.
    let link_in_bio = ["linktr.ee", "beacons.ai"].iter().any(|h| host_is(h));
    if !benign_ref && !link_in_bio && doctors_vanity_path(without_scheme) {
        return Some(CueKind::AffiliateLink);
    }
    if SHORTENER_HOSTS.iter().any(|h| host_is(h)) {
        return Some(CueKind::Shortener);
    }
    None
}

/// "No affiliate links", "offering injections with a discount code": codes and links named in
/// general or denied, not given.
fn code_only_mentioned(text: &str, start: usize) -> bool {
    super::text::word_before_is(
        text,
        start,
        &["a", "an", "any", "no", "without", "zero", "never"],
    )
}

/// Everything promotional in a text and its links, leftmost first.
/// A prize someone won for their work: "prize for best poster went to our F1", "won the RCP
/// essay prize", "prize-winning audit". An award, not a draw for the reader to enter.
static AWARD_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:won|wins|winning|awarded|receiv(?:ed|es|ing)|presented\s+with|shortlisted\s+for|scooped|took\s+home)\s+(?:the\s+|a\s+|an\s+|our\s+|her\s+|his\s+|their\s+|first\s+|second\s+|third\s+|1st\s+|2nd\s+|3rd\s+)?(?:[\w&-]+\s+){0,4}?$|\b(?:poster|essay|research|teaching|presentation|oral|audit|qi|student|trainee|undergraduate|dissertation|nobel|book|writing|poetry|innovation|clinical\s+excellence|best\s+\w+)\s+$",
    )
});

static AWARD_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^[\s-]*(?:for\s+(?:the\s+)?(?:best|most|outstanding|excellence|her|his|their|our)\b|(?:went|goes|go)\s+to\b|winn(?:er|ers|ing)\b|was\s+awarded\b|giving\b|ceremony\b)",
    )
});

fn prize_awarded(text: &str, start: usize, end: usize) -> bool {
    let cue = text.get(start..end).unwrap_or("").to_ascii_lowercase();
    if !cue.starts_with("prize") {
        return false;
    }
    let lead = super::phrases::lead_in(text, start, 60);
    let tail = text.get(end..).unwrap_or("");
    AWARD_BEFORE.is_match(lead) || AWARD_AFTER.is_match(tail)
}

pub fn find_cues(text: &str, links: &[String]) -> Vec<Cue> {
    let mut cues: Vec<Cue> = Vec::new();
    let mut push = |start: usize, end: usize, kind: CueKind| {
        if let Some(label) = text.get(start..end) {
            cues.push(Cue {
                start,
                end,
                kind,
                label: label.to_string(),
                in_text: true,
            });
        }
    };
    for h in CUES.find(text) {
        if let Some(kind) = CueKind::from_class(h.class()) {
            if matches!(kind, CueKind::Code | CueKind::AffiliateLink)
                && code_only_mentioned(text, h.start)
            {
                continue;
            }
            if kind == CueKind::Giveaway && prize_awarded(text, h.start, h.end) {
                continue;
            }
            push(h.start, h.end, kind);
        }
    }
    for m in PRICE.find_iter(text) {
        if PRICE_AGGREGATE.is_match(m.as_str()) {
            continue;
        }
        let before = text.get(..m.start()).unwrap_or("");
        let tail = before
            .get(super::phrases::floor_boundary(before, before.len().saturating_sub(60))..)
            .unwrap_or("");
        if PRICE_NEWS_BEFORE.is_match(tail) {
            continue;
        }
        push(m.start(), m.end(), CueKind::Price);
    }
    for m in SCARCE.find_iter(text) {
        push(m.start(), m.end(), CueKind::Scarcity);
    }
    for m in SEASONAL_DEAL.find_iter(text) {
        push(m.start(), m.end(), CueKind::Offer);
    }
    for m in FREE_CONSULT.find_iter(text) {
        push(m.start(), m.end(), CueKind::Offer);
    }
    for m in BARE_CODE.find_iter(text) {
        push(m.start(), m.end(), CueKind::Code);
    }
    if BARE_WORD_CODE.is_match(text) && SHOPPING.is_match(text) {
        for m in BARE_WORD_CODE.find_iter(text) {
            push(m.start(), m.end(), CueKind::Code);
        }
    }
    if mentions_referral(text) {
        for m in REFERRAL_CREDIT.find_iter(text) {
            push(m.start(), m.end(), CueKind::Code);
        }
    }
    for m in MLM_RECRUIT.find_iter(text) {
        if MLM_PRODUCT.is_match(text) {
            push(m.start(), m.end(), CueKind::AffiliateLink);
        }
    }
    for m in BOOK_VERB.find_iter(text) {
        let lead = m.as_str().find(|c: char| c.is_alphabetic()).unwrap_or(0);
        push(m.start() + lead, m.end(), CueKind::Cta);
    }
    for m in PERCENT_OFF.find_iter(text) {
        push(m.start(), m.end(), CueKind::PercentOff);
    }
    for m in CODE.find_iter(text).chain(CODE_TOKEN.find_iter(text)) {
        push(m.start(), m.end(), CueKind::Code);
    }
    let mut seen_urls: Vec<String> = Vec::new();
    for m in URL.find_iter(text) {
        let url = m.as_str().trim_end_matches(['.', ',', ')', '!', '?']);
        if let Some(kind) = classify_url(url) {
            push(m.start(), m.start() + url.len(), kind);
        }
        seen_urls.push(url.to_ascii_lowercase());
    }
    for link in links {
        let lower = link.to_ascii_lowercase();
        if seen_urls.contains(&lower) {
            continue;
        }
        if let Some(kind) = classify_url(link) {
            cues.push(Cue {
                start: 0,
                end: 0,
                kind,
                label: link.clone(),
                in_text: false,
            });
        }
    }
    cues.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end), c.kind));
    // Drop cues nested inside a longer one of the same kind (a code inside a code phrase).
    let mut out: Vec<Cue> = Vec::with_capacity(cues.len());
    for c in cues {
        let nested = out.iter().any(|o| {
            o.in_text && c.in_text && o.kind == c.kind && o.start <= c.start && c.end <= o.end
        });
        if !nested {
            out.push(c);
        }
    }
    out.sort_by_key(|c| (c.start, c.end, c.kind));
    out
}

/// A brand, product or procedure named in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    pub start: usize,
    pub end: usize,
    pub name: String,
    /// Lexicon class: `pharma`, `aesthetics`, `skincare`, `supplement`, `telehealth`, `device`,
    /// `retail` for brands; `cosmetic` or `medical` for procedures.
    pub class: String,
}

fn named(set: &PhraseSet, text: &str) -> Vec<Named> {
    set.find(text)
        .into_iter()
        .filter_map(|h| {
            Some(Named {
                start: h.start,
                end: h.end,
                name: text.get(h.start..h.end)?.to_string(),
                class: h.class().to_string(),
            })
        })
        .collect()
}

/// Brands named in the text (pharmaceutical, aesthetics, skincare, supplements, online pharmacies).
pub fn find_brands(text: &str) -> Vec<Named> {
    named(&BRANDS, text)
}

/// Procedures and services named in the text (fillers, consultations, scans…).
pub fn find_procedures(text: &str) -> Vec<Named> {
    named(&PROCEDURES, text)
}

/// Brands of treatments a clinic gives (injectables, energy devices, skin boosters), as opposed to
/// products a reader buys: naming them in a clinic's offer advertises the clinic, not the brand.
pub fn is_treatment_brand(name: &str) -> bool {
    const TREATMENTS: [&str; 31] = [
        "juvederm",
        "juvéderm",
        "restylane",
        "teoxane",
        "belotero",
        "profhilo",
        "sculptra",
        "radiesse",
        "morpheus8",
        "hydrafacial",
        "emsculpt",
        "coolsculpting",
        "ultherapy",
        "skinpen",
        "dermapen",
        "jalupro",
        "plinest",
        "seventy hyal",
        "sunekos",
        "botox",
        "bocouture",
        "azzalure",
        "dysport",
        "xeomin",
        "alluzience",
        "letybo",
        "relfydess",
        "redensity",
        "polynucleotides",
        "lumecca",
        "fraxel",
    ];
    let lower = name.trim().to_lowercase();
    TREATMENTS.contains(&lower.as_str())
}

/// Summary helpers over a cue list.
pub trait CueList {
    fn has(&self, kind: CueKind) -> bool;
    fn strong(&self) -> usize;
    fn weak(&self) -> usize;
}

impl CueList for [Cue] {
    fn has(&self, kind: CueKind) -> bool {
        self.iter().any(|c| c.kind == kind)
    }
    fn strong(&self) -> usize {
        self.iter().filter(|c| c.kind.is_strong()).count()
    }
    fn weak(&self) -> usize {
        self.iter().filter(|c| !c.kind.is_strong()).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<CueKind> {
        find_cues(text, &[]).into_iter().map(|c| c.kind).collect()
    }

    #[test]
    fn finds_codes_prices_offers_and_ctas() {
        let k = kinds("20% off lip filler this week only! Use code DRJ10, DM to book. From £99");
        for want in [
            CueKind::PercentOff,
            CueKind::Scarcity,
            CueKind::Code,
            CueKind::DmCta,
            CueKind::Price,
        ] {
            assert!(k.contains(&want), "{want:?} missing from {k:?}");
        }
    }

    #[test]
    fn a_prize_won_for_work_is_an_award_not_a_giveaway() {
        for t in [
            "Prize for best poster at the regional QI day went to our F1 Jess Wu",
            "So proud: our reg won the RCP essay prize this year",
            "Delighted to be awarded the Lister teaching prize",
            "Our prize-winning audit on insulin errors",
        ] {
            assert!(!kinds(t).contains(&CueKind::Giveaway), "{t}");
        }
        for t in [
            "Enter our prize draw for a free lip filler session",
            "Like and share to be in with a chance of the prize: 1ml of filler",
            "Win a prize for the best selfie with your new lips",
        ] {
            assert!(kinds(t).contains(&CueKind::Giveaway), "{t}");
        }
    }

    #[test]
    fn a_code_after_percent_off_needs_no_word_code() {
        assert!(kinds("swipe up for 15% off with DOCTORGUT15").contains(&CueKind::Code));
        assert!(!kinds("10% off with NHS ID at most gyms").contains(&CueKind::Code));
    }

    #[test]
    fn a_link_in_bio_page_is_no_commission_link() {
        assert_eq!(classify_url("linktr.ee/drrhys"), Some(CueKind::Shortener));
        assert_eq!(classify_url("justgiving.com/drtomruns"), None);
        assert_eq!(classify_url("https://www.gofundme.com/f/dr-amy-kit"), None);
        assert_eq!(
            classify_url("https://vitalis.co/drben"),
            Some(CueKind::AffiliateLink)
        );
    }

    #[test]
    fn an_acronym_after_use_is_a_code_only_beside_shopping_words() {
        assert!(
            !kinds("Worried about staffing? Document it, use FTSU and talk to your BMA rep")
                .contains(&CueKind::Code)
        );
        assert!(
            kinds("Use GLOWUP at checkout for 15% off your first order").contains(&CueKind::Code)
        );
        assert!(kinds("enter SAVE20 when you book").contains(&CueKind::Code));
    }

    #[test]
    fn a_code_or_link_denied_or_named_in_general_is_not_given() {
        for t in [
            "General information only. No sponsorship, no affiliate links.",
            "If you see a clinic offering weight-loss injections with a discount code, report it",
            "Sorry, no discount codes this month",
        ] {
            let k = kinds(t);
            assert!(
                !k.contains(&CueKind::Code) && !k.contains(&CueKind::AffiliateLink),
                "{t}: {k:?}"
            );
        }
        for t in [
            "Use my discount code DRSAM10 at checkout",
            "Affiliate link below, it helps the channel",
        ] {
            assert!(kinds(t).contains(&CueKind::Code), "{t}");
        }
    }

    #[test]
    fn recruiting_into_a_selling_team_is_commission() {
        assert!(kinds(
            "Dr Helen is LOVING her new Zest8 shakes!!! 9lbs down in 2 wks 💪 pop me a msg if u want to join my team"
        )
        .contains(&CueKind::AffiliateLink));
        assert!(
            !kinds("We're hiring on ICU! Join my team, message me for a chat")
                .contains(&CueKind::AffiliateLink)
        );
    }

    #[test]
    fn news_money_is_not_a_price() {
        assert!(!kinds("Obesity costs the NHS £6.5bn a year").contains(&CueKind::Price));
        assert!(!kinds("the NHS spends £100 on each").contains(&CueKind::Price));
        assert!(kinds("Consultations only £50").contains(&CueKind::Price));
    }

    #[test]
    fn a_shop_link_made_out_to_a_doctor_is_an_affiliate_link() {
        assert_eq!(
            classify_url("vitalis.co/drben"),
            Some(CueKind::AffiliateLink)
        );
        assert_eq!(
            classify_url("https://brand.com/dr-sam"),
            Some(CueKind::AffiliateLink)
        );
        for url in [
            "https://www.nhs.uk/drben",
            "boots.com/drinks",
            "https://example.com/drugs",
            "https://brand.com/drben/about",
            "https://brand.com/products/serum",
        ] {
            assert_eq!(classify_url(url), None, "{url}");
        }
    }

    #[test]
    fn affiliate_links_from_text_and_link_list() {
        assert_eq!(
            classify_url("https://amzn.to/3xYz"),
            Some(CueKind::AffiliateLink)
        );
        assert_eq!(
            classify_url("https://www.amazon.co.uk/dp/B0?tag=drjane-21"),
            Some(CueKind::AffiliateLink)
        );
        assert_eq!(
            classify_url("https://shop.example.com/serum?ref=drjane"),
            Some(CueKind::AffiliateLink)
        );
        assert_eq!(classify_url("https://github.com/x/y?ref=main"), None);
        assert_eq!(
            classify_url("https://fuelfresh.co.uk/r/DRBEN"),
            Some(CueKind::AffiliateLink)
        );
        assert_eq!(classify_url("https://www.reddit.com/r/medicine/"), None);
        assert_eq!(classify_url("https://example.com/r/"), None);
        assert_eq!(classify_url("https://bit.ly/abc"), Some(CueKind::Shortener));
        assert_eq!(classify_url("https://www.nhs.uk/conditions/"), None);
        let cues = find_cues("my favourite serum", &["https://amzn.to/abc".into()]);
        assert!(cues
            .iter()
            .any(|c| c.kind == CueKind::AffiliateLink && !c.in_text));
    }

    #[test]
    fn brands_are_case_checked_where_ambiguous() {
        let b = find_brands("I use The Ordinary niacinamide, out of the ordinary");
        assert_eq!(b.len(), 1);
        assert!(find_brands("new boots for winter").is_empty());
    }

    #[test]
    fn session_28_codes_for_a_free_month_codes_by_dm_and_links_that_get_you_money_off() {
        for t in [
            "try @MenoMindUK, code DRCLAIRE gets u a free month",
            "DM me for a discount code, I've got a few left",
            "link in the description gets you 20% off, you're welcome",
        ] {
            assert!(
                kinds(t)
                    .iter()
                    .any(|k| matches!(k, CueKind::Code | CueKind::AffiliateLink)),
                "{t}"
            );
        }
        assert!(!kinds("the code for the door is in the handover sheet").contains(&CueKind::Code));
    }
}

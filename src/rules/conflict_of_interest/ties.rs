//! Ties and picks: the two shapes of hidden interest that carry no code, no affiliate link and often
//! no brand a list would know.
//!
//! A tie is a relationship the post itself shows: speaking at a company's symposium, "working with"
//! or "teamed up with" a brand, products "kindly sent" or from a PR package, a trip or dinner paid by
//! a company, an advisory board, shares, a relative's business. Showing a tie is not declaring it:
//! the reader learns there is a relationship, but not that it is paid, so the praise that follows
//! reads as independent clinical judgement (GMC 2024 ¶12, GMP ¶90b). A pick is a specific product
//! recommended on the doctor's authority ("I've switched all my patients to this monitor", "doctor's
//! favourite SPF") with a way to buy it: the JAMA survey of doctors on Twitter counted "repeatedly
//! promoting specific health products" among conflicts of interest (RULES-FACTS §3), and a shopping
//! link with no label is how undeclared commission looks from outside. Both stop when the post
//! declares the interest clearly, or says there is none ("no affiliation", "I get nothing from it").

use super::{bio_declarations_for, bios, COI_GUIDANCE};
use crate::detect::disclosure::{self, Strength, Tie, TieKind};
use crate::detect::gate::Regex;
use crate::detect::promotion::{Cue, CueKind};
use crate::detect::stance;
use crate::model::{Kind, Record};
use crate::rules::judge::{self, Voice};
use crate::rules::{
    Action, ActionKind, Category, Context, Evidence, Finding, Rule, RuleMeta, Severity,
};
use std::sync::LazyLock;

fn re(pattern: &str) -> Regex {
    crate::detect::phrases::regex(pattern)
}

/// Public bodies, colleges, charities and the press: speaking for them or working with them is not
/// a commercial tie.
static PUBLIC_BODY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:nhs|ukhsa|\bgmc|\bbma\b|rcgp|\brc[a-z]{1,5}\b|royal|college|\bnice\b|\bcqc|mhra|\bwho\b|bbc|\bgov|\bdhsc|\bhee\b|universit|\buni\b|trust\b|hosp|hospital|council|charit|foundation|society|association|institute|school|faculty\s+of|\bengland\b|\bscotland\b|\bwales\b|northern\s+ireland|government|deanery|cancer\s*research|macmillan|\bmind\b|samaritans|bhf|\bbhs\b|\bics\b|\bicb\b|\bpcn\b|\blmc\b|medic(?:al)?\s*school|journal|bmj|lancet|podcast)",
    )
});

/// Praise, recommendation or a push: what turns a tie into influence on the reader.
static RECOMMEND: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:the\s+best|best\s+(?:option|choice|on\s+the\s+market|in\s+class|thing|product|\w+\s+i[’']?ve)|the\s+(?:safest|most\s+(?:effective|reliable|accurate))\b|such\s+(?:a\s+)?(?:good|great|brilliant|effective|clever)\s+\w+|all\s+i\s+(?:use|recommend|buy)\b|i\s+only\s+(?:use|recommend)\b|(?:really|so|truly|absolutely|genuinely|seriously)\s+(?:impressed|good|great|effective|recommend\w*)|amazing|brilliant|incredible|fantastic|excellent|outstanding|superb|love|loving|loved|obsessed|fave|favou?rite|game[\s-]?changer|must[\s-]have|miles\s+better|first[\s-]line\s+for\s+(?:every|all)|why\s+anyone\s+would\s+(?:start|use|prescribe|choose)\s+(?:a\s+patient\s+on\s+|patients\s+on\s+)?anything\s+else|time\s+to\s+change\s+(?:practice|prescribing)|(?:far|much|way)\s+better\s+than\s+(?:anywhere|anyone|any\s+other)|send\s+(?:them|your\s+(?:\w+\s+)?(?:referrals|patients))\s+(?:to|over\s+to)|recommend\w*|swear\s+by|go[\s-]to|worth\s+every|try\s+(?:it|them|this|these|out)|for\s+(?:all\s+)?(?:of\s+)?my\s+(?:\w+\s+)?patients|my\s+patients\s+(?:love|swear|use|rave|get)|(?:tell|get|let)\s+(?:all\s+)?(?:of\s+)?my\s+(?:\w+\s+)?patients\s+(?:to\s+)?(?:use|try|buy|get)\b|switch(?:ed)?\s+(?:all\s+)?my\s+patients|switch(?:ed|ing)?\s+(?:all\s+)?(?:of\s+)?my\s+(?:\w+\s+)?(?:patients|pts|lot|ladies|guys|list)\s+(?:over\s+)?(?:on(?:to)?|to|over)\b|streets\s+ahead|get\s+(?:all\s+)?(?:of\s+)?(?:your|ur|my)\s+(?:\w+\s+)?patients\s+(?:to\s+)?(?:using|downloading|on(?:to)?|signed\s+up|trying|use|download|try)\b|if\s+(?:your|ur)\s+patients\s+(?:aren[’']?t|are\s+not)\s+on\s+(?:it|this|them)|should\s+(?:all\s+)?(?:have|use|try|get|be\s+on|be\s+using)|transform\w*|revolution\w*|breakthrough|life[\s-]?changing|changed\s+my\s+life|results\s+(?:are|have\s+been)\s+(?:amazing|incredible|brilliant)|can[’']?t\s+wait|staple|holy[\s-]grail|(?:can[’']?t|couldn[’']?t)\s+live\s+without|exciting\s+times|excited\s+(?:about|for|by)|the\s+future\s+of|proud\s+(?:of|to)|(?:so\s+)?(?:pleased|chuffed|thrilled|delighted|honou?red)\s+to|now\s+available|now\s+live\s+(?:on|in)|available\s+(?:now|on\s+the\s+nhs|to\s+prescribe|on\s+prescription|in\s+(?:the\s+)?uk)|in\s+pharmacies|on\s+(?:the\s+)?shelves|out\s+now|(?:brand\s+)?new\s+(?:option|treatment|choice|therapy)\s+for|check\s+(?:it|them)\s+out|sign\s+up|register|tickets?|doctor[\s-]approved|ask\s+(?:your|their|the)\s+(?:gp|doctor|pharmacist|prescriber|consultant)\s+(?:about|for)\s+(?:it|this|them)|every\s+\w+(?:\s+\w+)?\s+needs?\s+(?:these|this|them|one)|(?:the\s+)?only\s+\w+(?:\s+\w+)?\s+i[’']?(?:ll|\s+will)\s+(?:ever\s+)?(?:eat|use|buy|drink|wear|take)|(?:the\s+)?only\s+\w+(?:\s+\w+)?\s+i[’']?d\s+(?:ever\s+)?(?:put|use|buy|wear|recommend|trust)|(?:the\s+one|the\s+first)\s+i\s+reach\s+for|(?:well\s+)?worth\s+a\s+(?:look|read|try)|should\s+(?:all\s+)?(?:take|have)\s+a\s+look|more\s+convinced\s+than\s+ever)\b",
    )
});

/// A product recommended on the doctor's authority: to patients, as a doctor, "doctor's favourite".
static AUTHORITY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:recommend(?:ing|ed|s)?|prescrib(?:e|ing|ed)|suggest(?:ing|ed)?|giv(?:e|ing))\s+(?:(?:it|them|this|these|that|the)(?:\s+[\w-]+){0,3}\s+)?to\s+(?:literally\s+|basically\s+|pretty\s+much\s+)?(?:all\s+|most\s+|every\s+one\s+of\s+|(?:every|each)\s+(?:single\s+)?)?(?:(?:my|our)\s+)?(?:\w+\s+)?(?:patients?|clients?)\b|(?:switch(?:ed|ing)?|mov(?:ed|ing)|put(?:ting)?|start(?:ed|ing)|convert(?:ed|ing)|chang(?:ed|ing)|transferr?(?:ed|ing))\s+(?:all\s+|most\s+|many\s+)?(?:of\s+)?my\s+(?:\w+\s+)?patients\s+(?:(?:over\s+)?(?:to|on(?:to)?)\b|across\b|over\s+(?:to\s+)?(?:it|them)\b)|(?:(?:all|most)\s+(?:of\s+)?)?my\s+(?:\w+\s+)?patients\s+(?:all\s+)?(?:use|take|get|love|swear\s+by|rave\s+about|are\s+on|are\s+using)|i\s+(?:always\s+)?(?:tell|get|advise|ask)\s+(?:all\s+)?(?:of\s+)?my\s+(?:\w+\s+)?patients\s+(?:to\s+(?:buy|get|use|try|take|order)|on(?:to)?)\b|(?:every|all|any)\s+(?:\w+\s+)?patients?\s+should\s+(?:have|use|take|get|try|buy|own|download|be\s+using|be\s+on)|i\s+(?:always\s+)?tell\s+(?:all\s+)?(?:of\s+)?my\s+(?:\w+\s+)?patients\s+to\s+(?:download|install|sign\s+up|buy|get|use|try|order|switch\s+to)|\b(?:take|use|recommend|swear\s+by|buy)\b[^.!?\n]{0,30}\bas\s+a\s+(?:doctor|gp|dermatologist|surgeon|medic|consultant|cardiologist|pharmacist)\b|doctor[’']?s?\s+(?:approved|recommended|favou?rite|fave|pick|choice|top\s+pick)|(?:derm(?:atologist)?|gp|doctor|medic|pharmacist|nutritionist|surgeon|nurse)[\s-](?:approved|recommended|favou?rite|fave|pick)|as\s+a\s+(?:doctor|gp|dermatologist|surgeon|medic|consultant|cardiologist)\b[^.!?\n]{0,30}\b(?:recommend|swear\s+by|only\s+use|use|take|trust|love)|(?:the\s+only|the\s+one)\s+\w+\s+i\s+(?:recommend|trust|use|buy)|(?:what|which|the\s+\w+)\s+i\s+(?:recommend|tell)\s+(?:to\s+)?(?:all\s+)?(?:my\s+)?patients)|#(?:doctor|derm|gp|dermatologist|pharmacist)(?:approved|recommended|recommends)\b|\bpov\s*:?\s*(?:you[’']?re|you\s+are|ur|u\s+r)\s+an?\s+(?:[\w-]+\s+)?(?:doctor|gp|nurse|surgeon|medic|dermatologist|pharmacist|dietitian)\b[^.!?\n]{0,40}?\b(?:found|find|finally|discover\w*|tried)\b",
    )
});

/// A named product a pick can be about: "this blood pressure monitor", "my favourite SPF".
static PRODUCT_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:this|these|that|those|my|the|doctor[’']?s|derm[’']?s|top\s+\d+|\d+\s+best|best)\s+(?:(?:new|fave|favou?rite|go-to|holy[\s-]grail|top|current|daily|summer|winter|night|morning|\w+)\s+){0,3}(?:spf|sunscreens?|sun\s?creams?|serums?|moisturi[sz]ers?|cleansers?|retinols?|toners?|eye\s+creams?|face\s+creams?|creams?|balms?|masks?|lotions?|supplements?|vitamins?|multivitamins?|capsules|gummies|powders?|protein|collagen|probiotics?|magnesium|omega[\s-]?3s?|fish\s+oils?|teas?|coffees?|shakes?|bars?|monitors?|scales|trackers?|wearables?|devices?|apps?|mattress(?:es)?|pillows?|toothpastes?|toothbrush(?:es)?|shampoos?|oils?|sprays?|drops|patches|kits?|meal\s+(?:kits?|boxes|plans?)|brands?|range|products?|gadgets?|machines?|pens?)\b",
    )
});

/// A product found and shown off ("finally found a protein coffee that…"): asked for only when
/// neither a named product nor a party is in the post.
static FOUND_PRODUCT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:found|find|discovered|tried)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:spf|sunscreen|serum|moisturi[sz]er|supplement|vitamin|protein|collagen|probiotic|tea|coffee|shake|bar|powder|gummies|cream|shampoo|device|app|tracker|monitor)s?\b",
    )
});

/// A web shop in the text: a bare domain that is not a public body's.
static SHOP_DOMAIN: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b[a-z0-9-]{3,}\.(?:co\.uk|com|shop|store|uk|net|health|life)\b(?:/\S*)?")
});

/// "And you should too", "get yours": the pick is pushed at the reader.
static YOU_TOO: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:and\s+)?you\s+should\s+(?:too|as\s+well|get\s+one|try\s+(?:it|them))|get\s+(?:yours|one)\b|you\s+need\s+(?:this|one|these)|(?:download|install)\s+(?:it|the\s+app|this|them)\b)",
    )
});

/// Cues that make a post sell: calls to act, offers, links, codes.
fn is_push(c: &Cue) -> bool {
    matches!(
        c.kind,
        CueKind::Cta
            | CueKind::DmCta
            | CueKind::BioLink
            | CueKind::Shortener
            | CueKind::Commerce
            | CueKind::Offer
            | CueKind::PercentOff
            | CueKind::Price
            | CueKind::Code
            | CueKind::AffiliateLink
            | CueKind::Giveaway
            | CueKind::Scarcity
    )
}

/// A company the post names: a known brand, an @handle that is not the owner's or a public body's,
/// a CamelCase product name, or a name the text introduces as a company.
/// "Thanks to Sonivo for sending me…": the name thanked is the party.
fn thanked_in_tie(
    text: &str,
    tie: &crate::detect::disclosure::Tie,
) -> Option<(usize, usize, String)> {
    static THANKED: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^thank(?:s|\s+(?:you|u))?\s+(?:so\s+much\s+)?(?:to\s+)?((?-i:[A-Z])[\w&'’.-]+(?:\s+(?-i:[A-Z])[\w&'’.-]+){0,2})\s+for\b",
        )
    });
    let said = text.get(tie.start..tie.end)?;
    let name = THANKED.captures(said)?.get(1)?;
    Some((
        tie.start + name.start(),
        tie.start + name.end(),
        name.as_str().to_string(),
    ))
}

pub(super) fn named_party(r: &Record, cx: &Context) -> Option<(usize, usize, String)> {
    brand_or_handle(r, cx)
        .or_else(|| super::org_party(r))
        .or_else(|| introduced_company(&r.text))
}

/// [`named_party`] for a caller that has already asked [`super::org_party`] and found none, so the
/// CamelCase and handle regexes do not run twice on the record.
pub(super) fn named_party_besides_org(r: &Record, cx: &Context) -> Option<(usize, usize, String)> {
    brand_or_handle(r, cx).or_else(|| introduced_company(&r.text))
}

fn brand_or_handle(r: &Record, cx: &Context) -> Option<(usize, usize, String)> {
    let analysis = judge::analysis(r);
    if let Some(b) = analysis.brands.first() {
        return Some((b.start, b.end, b.name.clone()));
    }
    static HANDLE: LazyLock<Regex> = LazyLock::new(|| re(r"(?:^|[^\w@])@([A-Za-z]\w{2,})"));
    let owner: Vec<String> = cx
        .account_to_soften()
        .owner_names
        .iter()
        .map(|n| n.trim_start_matches('@').to_lowercase())
        .collect();
    for c in HANDLE.captures_iter(&r.text) {
        let Some(m) = c.get(1) else { continue };
        let h = m.as_str();
        let lower = h.to_lowercase();
        let personal = ["dr", "doc", "nurse", "prof", "mr", "mrs", "ms", "miss"]
            .iter()
            .any(|p| {
                lower.starts_with(p)
                    && h.chars()
                        .nth(p.len())
                        .is_some_and(|c| c.is_uppercase() || c == '_')
            });
        if owner.contains(&lower) || PUBLIC_BODY.is_match(h) || personal {
            continue;
        }
        return Some((m.start().saturating_sub(1), m.end(), format!("@{h}")));
    }
    None
}

/// A company the text introduces by a company word, its role or event, or "called": "Kalvexa
/// Pharma", "an official partner of Glowlab", "an app called Medivy". Public bodies are not parties.
fn introduced_company(text: &str) -> Option<(usize, usize, String)> {
    let party = |m: regex::Match| (m.start(), m.end(), m.as_str().to_string());
    // "Kalvexa Pharma", "Brightwell Labs": a capitalised name with a company word after it.
    static COMPANY: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b[A-Z][A-Za-z0-9]{2,}(?:\s+[A-Z][A-Za-z0-9]+)?\s+(?:Pharma|Pharmaceuticals?|Labs?|Laboratories|Therapeutics|Biotech|Biosciences|Medical|Healthcare|Nutrition|Skincare|Aesthetics|Diagnostics|Ltd|Limited|plc|Inc|Clinic|Clinics|Cloud|Software|Staffing|Recruitment|Locums|Retreats|Co)\b",
        )
    });
    // "an official partner of Glowlab", "the Aestheva masterclass": the company named by its role
    // or its event.
    static ROLE_OR_EVENT: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?i:partners?|ambassador|sponsor|supplier|stockist|distributor)\s+(?i:of|for|with|to)\s+([A-Z][\w&-]{2,}(?:\s+[A-Z][\w&-]+)?)|\b(?i:the|their|an?)\s+(?i:new\s+|latest\s+)?([A-Z][\w&-]{2,})\s+(?i:masterclass|launch|symposium|summit|roadshow|retreat|academy|training\s+day|study\s+day|range|collection|skincare\s+line)\b|\b(?i:the|their)\s+(?i:new\s+|latest\s+)?([A-Z][a-z][\w&-]+\s+[A-Z][a-z][\w&-]+)\s+(?:[a-z]+\s+)?(?i:course|programme|program|app|membership|workshop|masterclass|range|plan)\b|\b(?i:the|their)\s+(?i:(?:brilliant|lovely|amazing|great|fab|wonderful|fantastic|whole)\s+)?([A-Z][\w&-]{2,})\s+(?i:team|reps?)\s+(?i:at|in|for|on|from|during)\b",
        )
    });
    // "I'm a shareholder in Medichecks", "Chief Medical Officer at Numan", "Zoe is the best
    // nutrition app": the company named by the stake or role in it, or by what it makes.
    static STAKE_OR_PICK: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?i:shareholder|investor|shares|stake|equity|invested|co-?founder|co-?owner|chief\s+medical\s+officer|cmo|chief\s+clinical\s+officer|(?:medical|clinical|scientific)\s+advis[eo]r)\s+(?i:in|of|at|for|to)\s+([A-Z][\w&-]{2,}(?:\s+[A-Z][\w&-]+)?)|\b([A-Z][\w&-]{2,}(?:\s+[A-Z][\w&-]+)?)\s+(?i:is|are)\s+(?i:the|my|our)\s+(?i:best|favourite|favorite|go-to|top)\s+(?:[a-z-]+\s+){0,2}(?i:app|brand|product|service|company|clinic|range|supplement|device|platform|option|test|tests)s?\b|\bwith\s+the\s+([A-Z][\w&-]{2,})\s+team\s+since\s+(?i:their|its|the)\s+(?i:pre-?seed|seed|series\s+[a-d]|angel|first\s+funding)\b|\b(?i:the)\s+([A-Z][\w&-]{2,})\s+(?i:rep|reps|sales\s+rep|drug\s+rep|account\s+manager)\b",
        )
    });
    // "a new health app called Medivy", "a brand named Lumora": the product introduced by name.
    static CALLED: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?i:app|company|brand|product|start-?up|platform|device|supplement|range|service|clinic|business|firm)\s+(?i:called|named)\s+([A-Z][\w&-]{2,}(?:\s+[A-Z][\w&-]+)?)",
        )
    });
    // "Every clinic should be using Dermaflow", "introduce you to the team at Dermaflow".
    static PICKED: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?i:should\s+(?:all\s+)?be\s+(?:using|on)|(?:introduce|intro)\s+(?:you|anyone)\s+to\s+(?:the\s+team\s+at\s+)?)\s+([A-Z][\w&-]{2,})",
        )
    });
    let private = |m: &regex::Match| !PUBLIC_BODY.is_match(m.as_str());
    // The first name a pattern captures, in any of its groups, that is not a public body.
    let captured = |pattern: &Regex| {
        pattern
            .captures_iter(text)
            .filter_map(|c| (1..c.len()).find_map(|i| c.get(i)))
            .find(private)
    };
    COMPANY
        .find(text)
        .filter(private)
        .or_else(|| captured(&ROLE_OR_EVENT))
        .or_else(|| captured(&STAKE_OR_PICK))
        .or_else(|| CALLED.captures(text).and_then(|c| c.get(1)).filter(private))
        .or_else(|| captured(&PICKED))
        .map(party)
}

/// The company a role belongs to, named in the role ("member of Dermacare's advisory panel") or
/// right after it ("advisory board for Novexa's new inhaler", "launch team that launched Zentiva's
/// statin"). Eponymous diseases and public bodies are not companies.
fn role_party(text: &str, tie: &Tie) -> Option<(usize, usize, String)> {
    static NAME: LazyLock<Regex> = LazyLock::new(|| re(r"@?[A-Z][\w&-]{2,}"));
    const NOT_COMPANIES: &[&str] = &[
        "Crohn",
        "Parkinson",
        "Alzheimer",
        "Hodgkin",
        "Addison",
        "Cushing",
        "Graves",
        "Raynaud",
        "Huntington",
        "Asperger",
        "Tourette",
        "Bell",
        "Down",
        "Today",
        "Tonight",
        "Children",
        "Women",
        "People",
        "Everyone",
        "The",
        "This",
        "Our",
        "My",
        "Their",
        "UK",
    ];
    const PLACING: &[&str] = &["for", "of", "at", "to", "with", "by", "launched", "helped"];
    let end = crate::detect::phrases::ceil_boundary(text, (tie.end + 30).min(text.len()));
    let window = text.get(tie.start..end)?;
    NAME.find_iter(window)
        .find(|m| {
            let possessive = window[m.end()..].starts_with(['’', '\'']);
            let placed = window[..m.start()]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| PLACING.contains(&w.to_ascii_lowercase().as_str()));
            let name = m.as_str().trim_start_matches('@');
            (possessive || placed) && !NOT_COMPANIES.contains(&name) && !PUBLIC_BODY.is_match(name)
        })
        .map(|m| {
            (
                tie.start + m.start(),
                tie.start + m.end(),
                m.as_str().to_string(),
            )
        })
        .or_else(|| launched_product(text, tie))
}

/// For a launch role ("on the launch faculty"), the company whose product the post announces,
/// wherever it is named: "Novexa's once-weekly insulin is now available" before the role. A place
/// ("the new frailty service at St James's") is not a company.
fn launched_product(text: &str, tie: &Tie) -> Option<(usize, usize, String)> {
    static POSSESSIVE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b((?-i:St\.?|Saint)\s+)?([A-Z][\w&-]{2,})[’']s\s+(?:[\w-]+\s+){0,3}?(?i:drug|medicine|treatment|therapy|insulin|inhaler|pen|injection|jab|vaccine|tablets?|pill|cream|gel|patch|device|monitor|app|implant|biologic|statin|spray)s?\b",
        )
    });
    // "Dermavita launches SkinIQ in the UK": the company as the subject of the launch.
    static LAUNCHES: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b([A-Z][\w&-]{2,})(?:\s+[A-Z][\w&-]+)?\s+(?i:launches|launched|unveils|unveiled|introduces|introduced)\b",
        )
    });
    super::find_ascii_case_insensitive(text.get(tie.start..tie.end)?, "launch")?;
    POSSESSIVE
        .captures_iter(text)
        .filter(|c| c.get(1).is_none())
        .filter_map(|c| c.get(2))
        .chain(LAUNCHES.captures_iter(text).filter_map(|c| c.get(1)))
        .find(|m| !PUBLIC_BODY.is_match(m.as_str()))
        .map(|m| (m.start(), m.end(), m.as_str().to_string()))
}

/// The record is the owner's public or semi-public content, worth judging for hidden interests.
fn in_scope(r: &Record) -> Option<Voice> {
    let voice = judge::voice(r)?;
    if judge::is_one_to_one(r) || voice == Voice::Shared || r.kind == Kind::Profile {
        return None;
    }
    Some(voice)
}

/// The post declares the interest clearly, or says there is none.
fn declared_or_disclaimed(text: &str) -> bool {
    disclosure::disclaims_interest(text)
        || disclosure::strongest(text).is_some_and(|d| d.strength == Strength::Clear)
}

// ---------------------------------------------------------------------------------------------------

/// COI003: a tie to a company shown in the post, with praise or a push and no declaration.
pub struct UndeclaredTie;

static UNDECLARED_TIE: RuleMeta = RuleMeta {
    code: "COI003",
    name: "undeclared-tie",
    category: Category::ConflictOfInterest,
    severity: Severity::Medium,
    confidence: 0.7,
    summary: "A tie to a company (speaking for it, partnering, free products, paid travel, a role, shares, a relative's business) shown while praising it, with no declaration",
    guidance: COI_GUIDANCE,
    what_it_finds: "The account holder's posts that show a relationship with a company: speaking at or \
        chairing its symposium, webinar or launch; \"working with\", \"teamed up with\", \"partnered \
        with\" or ambassador for a brand; products gifted, \"kindly sent\", from a PR package or free \
        samples; flights, hotels, dinners or conference places it paid for; its advisory board or \
        consultancy; shares or a stake; a relative's or friend's business. It fires when the same post \
        praises, recommends or pushes the company's product or service and does not declare the \
        interest (#ad, \"paid partnership\", \"Declaration of interest: …\", \"I received a fee\"). \
        Posts that say there is no interest (\"no affiliation\", \"not sponsored\") and ties to public \
        bodies, colleges and charities do not fire; a declaration only in the bio lowers the severity.",
    why_it_matters: "GMC 2024 ¶12: doctors who promote or endorse must be \"open and honest about any \
        interests\"; GMP ¶90b: \"you must declare any conflicts of interest\"; 2013 ¶19 names \
        financial and commercial interests in pharmaceutical and biomedical companies. Showing a tie \
        (\"speaking at @X's symposium\") without saying it is paid lets readers take the praise that \
        follows as independent clinical judgement.",
    example: "\"Honoured to speak at the @Zentara symposium tonight: their new drug is the best \
        option for my patients\" fires. \"Declaration: Zentara pay me a speaker fee. Slides from \
        tonight's symposium here\" does not.",
    how_to_fix: "Open the post with the interest in plain words (\"#ad — Zentara paid me to speak\", \
        \"Gifted: they sent me this free\", \"Declaration: my sister owns this clinic\"), or delete \
        the praise; keep clinical recommendations to what you would say with no tie.",
};

impl Rule for UndeclaredTie {
    fn meta(&self) -> &'static RuleMeta {
        &UNDECLARED_TIE
    }

    fn check(&self, r: &Record, cx: &Context, out: &mut Vec<Finding>) {
        // A repost's own commentary ("Reposting: \"…\" — proud to have been on the launch team") is
        // the owner's words: only ties outside the quoted post count below.
        let repost = r.kind == Kind::Repost && judge::voice(r) == Some(Voice::Shared);
        let Some(voice) = in_scope(r).or(repost.then_some(Voice::Shared)) else {
            return;
        };
        let text = &r.text;
        let ties: Vec<Tie> = disclosure::find_ties(text)
            .into_iter()
            .filter(|t| {
                // A role's party follows it ("Chief Medical Officer for England").
                let end = if t.kind == TieKind::Role {
                    crate::detect::phrases::ceil_boundary(text, (t.end + 40).min(text.len()))
                } else {
                    t.end
                };
                let words = text.get(t.start..end).unwrap_or("");
                // "Extra income on top of the NHS": an earning named beside the NHS is no NHS tie.
                (t.kind == TieKind::Equity || !PUBLIC_BODY.is_match(words))
                    && !stance::negated_before(text, t.start)
                    && !stance::in_question(text, t.start)
                    && !stance::is_others_words(text, t.start, t.end)
            })
            .collect();
        let Some(tie) = ties.first() else { return };
        // "They sent me a PR box but this is NOT sponsored": a gift is an interest whether or not
        // anyone paid, so denying sponsorship does not declare it.
        let gifted = ties
            .iter()
            .any(|t| matches!(t.kind, TieKind::Gifted | TieKind::Hospitality));
        if gifted {
            if disclosure::disclaims_gift(text)
                || disclosure::strongest(text).is_some_and(|d| d.strength == Strength::Clear)
            {
                return;
            }
        } else if declared_or_disclaimed(text) {
            return;
        }
        // A code or affiliate link makes it COI001's finding, with the commission named.
        let analysis = judge::analysis(r);
        if analysis
            .cues
            .iter()
            .any(|c| matches!(c.kind, CueKind::Code | CueKind::AffiliateLink))
        {
            return;
        }
        // The tie needs a party: named in the tie itself, a relative's business, or a company the
        // post names elsewhere.
        let party = if tie.names_party || tie.kind == TieKind::Family {
            Some(
                handle_in_tie(text, tie)
                    .or_else(|| thanked_in_tie(text, tie))
                    .unwrap_or((tie.start, tie.end, judge::words(r, tie.start, tie.end))),
            )
        } else if tie.kind == TieKind::Role {
            role_party(text, tie).or_else(|| named_party(r, cx))
        } else if tie.kind == TieKind::Equity {
            named_party(r, cx).or_else(|| product_sold(text))
        } else {
            named_party(r, cx)
        };
        let Some((p_start, p_end, party_name)) = party else {
            return;
        };
        let push: Vec<&Cue> = analysis.cues.iter().filter(|c| is_push(c)).collect();
        let endorse = analysis.cues.iter().find(|c| c.kind == CueKind::Endorse);
        let praise = RECOMMEND.find(text);
        if push.is_empty() && endorse.is_none() && praise.is_none() {
            return;
        }
        let weak = disclosure::strongest(text).filter(|d| d.strength == Strength::Weak);
        let bio_decl =
            bio_declarations_for(r, &disclosure::bio_interests(&bios(cx.account_to_soften())));
        let medicine_or_patients = !analysis.meds.is_empty()
            || analysis.brands.iter().any(|b| b.class == "pharma")
            || praise.is_some_and(|m| m.as_str().to_lowercase().contains("patient"));
        let mut severity = if medicine_or_patients {
            Severity::Medium
        } else {
            Severity::Low
        };
        if weak.is_some() || !bio_decl.is_empty() {
            severity = judge::step_down(severity);
        }
        if !judge::is_broadcast(r) {
            severity = judge::step_down(severity);
        }
        let confidence = if tie.names_party { 0.75 } else { 0.6 };
        let (severity, confidence) = judge::weigh(voice, severity, confidence);

        let mut evidence = vec![judge::span(r, tie.start, tie.end, tie.kind.as_str())];
        if (p_start, p_end) != (tie.start, tie.end) {
            evidence.push(judge::span(r, p_start, p_end, "company"));
        }
        if let Some(m) = praise {
            evidence.push(judge::span(r, m.start(), m.end(), "recommendation"));
        }
        for c in push.iter().chain(endorse.iter()).take(2) {
            evidence.push(if c.in_text {
                judge::span(r, c.start, c.end, c.kind.as_str())
            } else {
                Evidence::metadata(c.label.clone(), c.kind.as_str())
            });
        }
        if let Some(w) = &weak {
            evidence.push(judge::span(r, w.start, w.end, "unclear_label"));
        }
        for b in bio_decl.iter().take(1) {
            evidence.push(Evidence::metadata(b.phrase.clone(), "bio_declaration"));
        }
        let noun = judge::kind_noun(r);
        let declaration = tie.kind.declaration();
        let instruction = match bio_decl.first() {
            Some(b) => format!(
                "Your bio says \"{}\", but readers of this {noun} may never see it: open the {noun} with \
                 \"#ad — {declaration}\" or delete the praise.",
                b.phrase
            ),
            None => format!(
                "Open this {noun} with \"#ad — {declaration}\" (say what the relationship with {party_name} \
                 is and whether you are paid), or delete the praise."
            ),
        };
        let f = Finding::new(
            &UNDECLARED_TIE,
            r,
            format!(
                "A tie to {party_name} ({}) shown while recommending it, with no declaration{}",
                judge::words(r, tie.start, tie.end).trim(),
                if bio_decl.is_empty() {
                    ""
                } else {
                    " (declared only in your bio)"
                }
            ),
            evidence,
            Action::new(ActionKind::Disclose, instruction),
        );
        out.push(f.graded(severity, confidence));
    }
}

// ---------------------------------------------------------------------------------------------------

/// COI004: a specific product recommended on the doctor's authority, pushed at readers.
pub struct AuthorityPick;

static AUTHORITY_PICK: RuleMeta = RuleMeta {
    code: "COI004",
    name: "authority-product-pick",
    category: Category::ConflictOfInterest,
    severity: Severity::Low,
    confidence: 0.55,
    summary: "A specific product recommended on your authority as a doctor, with a way to buy it and no statement of interest",
    guidance: COI_GUIDANCE,
    what_it_finds: "The account holder's posts that recommend one specific product (a named brand, a \
        company @handle, \"this blood pressure monitor\", \"my favourite SPF\") on their authority as a \
        doctor (\"I've switched all my patients to\", \"I recommend them to all my patients\", \
        \"doctor's favourite\", \"derm-approved\") and push it at readers (a shop link, link in bio, \
        \"available at\", \"you should too\"), with no statement either way about an interest. \
        Generic advice (\"a validated home blood pressure monitor\"), free NHS resources and posts \
        that say \"no affiliation\" or \"I get nothing from this\" do not fire.",
    why_it_matters: "GMC 2024 ¶12 asks doctors who endorse products to be open about any interests and \
        to follow the advertising codes; readers give a doctor's pick clinical weight. The CMA treats \
        an unlabelled shopping link as a likely hidden commercial relationship, and studies of doctors \
        on social media count repeated promotion of specific products as a conflict of interest.",
    example: "\"Why I switched all my patients to this blood pressure monitor (and you should too)\" \
        fires. \"Any validated upper-arm monitor is fine; the BIHS keeps a free list\" does not.",
    how_to_fix: "Say plainly whether you have any interest (\"#ad — I am paid by X\" or \"No \
        affiliation: I bought this myself\"), or recommend the product type and how to choose one \
        rather than one brand.",
};

impl Rule for AuthorityPick {
    fn meta(&self) -> &'static RuleMeta {
        &AUTHORITY_PICK
    }

    fn check(&self, r: &Record, cx: &Context, out: &mut Vec<Finding>) {
        let Some(voice) = in_scope(r) else { return };
        let text = &r.text;
        let Some((a_start, a_end)) = AUTHORITY
            .find(text)
            .map(|m| (m.start(), m.end()))
            .or_else(|| role_and_pick(text))
        else {
            return;
        };
        if stance::is_others_words(text, a_start, a_end)
            || stance::negated_before(text, a_start)
            || declared_or_disclaimed(text)
        {
            return;
        }
        // The bare "doctor's favourite …" form needs the product right after it.
        let product = PRODUCT_NOUN
            .find(text)
            .map(|m| (m.start(), m.end(), m.as_str().to_string()))
            .or_else(|| named_party(r, cx))
            .or_else(|| {
                FOUND_PRODUCT
                    .find(text)
                    .map(|m| (m.start(), m.end(), m.as_str().to_string()))
            });
        let Some((p_start, p_end, product_name)) = product else {
            return;
        };
        if PUBLIC_BODY.is_match(&product_name) || free_public_resource(text) {
            return;
        }
        let analysis = judge::analysis(r);
        let push: Vec<&Cue> = analysis.cues.iter().filter(|c| is_push(c)).collect();
        let shop = SHOP_DOMAIN
            .find(text)
            .filter(|m| !PUBLIC_BODY.is_match(m.as_str()));
        let you_too = YOU_TOO.find(text);
        if push.is_empty() && shop.is_none() && you_too.is_none() {
            return;
        }
        let mut severity = Severity::Low;
        if !judge::is_broadcast(r) {
            severity = judge::step_down(severity);
        }
        let (severity, confidence) = judge::weigh(voice, severity, 0.55);
        let mut evidence = vec![
            judge::span(r, a_start, a_end, "authority"),
            judge::span(r, p_start, p_end, "product"),
        ];
        if let Some(m) = shop.or(you_too) {
            evidence.push(judge::span(r, m.start(), m.end(), "push"));
        }
        for c in push.iter().take(2) {
            evidence.push(if c.in_text {
                judge::span(r, c.start, c.end, c.kind.as_str())
            } else {
                Evidence::metadata(c.label.clone(), c.kind.as_str())
            });
        }
        let noun = judge::kind_noun(r);
        let f = Finding::new(
            &AUTHORITY_PICK,
            r,
            format!(
                "'{}' recommended on your authority as a doctor and pushed at readers, with no statement of interest",
                product_name.trim()
            ),
            evidence,
            Action::new(
                ActionKind::Disclose,
                format!(
                    "Say at the start of this {noun} whether you have any interest in it (\"#ad — I am paid \
                     by the maker\" or \"No affiliation: I bought it myself\"), or reword it as advice on \
                     choosing any suitable product."
                ),
            ),
        );
        out.push(f.graded(severity, confidence));
    }
}

/// The writer's medical role and their own pick in one sentence: "my go-to hair loss shampoo as a
/// trichology-trained GP", "as an NHS dermatologist, this is the cleanser I keep coming back to".
fn role_and_pick(text: &str) -> Option<(usize, usize)> {
    static ROLE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:as|speaking\s+as)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:doctor|gp|dermatologist|surgeon|medic|consultant|cardiologist|pharmacist|paediatrician|pediatrician|nurse|trichologist|paediatric\s+doctor)\b",
        )
    });
    static PICK: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:my\s+(?:go-to|fave|favourite|favorite|holy[\s-]grail)|the\s+only\s+[\w-]+\s+i(?:[’']d|\s+would)?\s+(?:use|buy|put|recommend|trust)|this\s+is\s+the\s+[\w-]+(?:\s+[\w-]+)?\s+i(?:[’']d|\s+would)?\s+(?:use|buy|recommend|trust|keep\s+coming\s+back\s+to)|i\s+(?:swear\s+by|keep\s+coming\s+back\s+to))\b",
        )
    });
    // The pick may come before the role in its sentence, or right after it ("Speaking as a
    // cardiologist: this is the monitor I'd buy").
    let role = ROLE.find(text)?;
    let (s, _) = crate::detect::phrases::sentence_around(text, role.start());
    let e = crate::detect::phrases::ceil_boundary(text, (role.end() + 120).min(text.len()));
    let near = text.get(s..e)?;
    PICK.is_match(near).then_some((role.start(), role.end()))
}

/// Free NHS or public resources ("the NHS app is free"): recommending them is not selling.
fn free_public_resource(text: &str) -> bool {
    static FREE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:nhs|free\s+(?:app|resource|download|on\s+the\s+nhs)|it[’']?s\s+free|(?:is|are)\s+free\b)",
        )
    });
    // "As an NHS dermatologist": the writer's employer, not a free resource.
    static ROLE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^\s+(?:doctor|dermatologist|gp|consultant|surgeon|nurse|pharmacist|cardiologist|paediatrician|psychiatrist|medic)s?\b",
        )
    });
    FREE.find_iter(text).any(|m| {
        !(m.as_str().eq_ignore_ascii_case("nhs")
            && text
                .get(m.end()..)
                .is_some_and(|rest| ROLE_AFTER.is_match(rest)))
    })
}

/// The range sold, when the seller names no company: "DM me about the collagen range".
fn product_sold(text: &str) -> Option<(usize, usize, String)> {
    static RANGE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:the|my|this|our)\s+(?:[\w-]+\s+){0,2}(?:range|products|supplements?|shakes|drops|oils|skincare|collagen|gummies)\b")
            .expect("valid regex")
    });
    RANGE
        .find(text)
        .map(|m| (m.start(), m.end(), m.as_str().to_string()))
}

/// The @handle a tie names inside itself ("thanks to the lovely team at @NicoPure for having
/// me"), so the finding names the company rather than the whole phrase.
fn handle_in_tie(
    text: &str,
    tie: &crate::detect::disclosure::Tie,
) -> Option<(usize, usize, String)> {
    let inside = text.get(tie.start..tie.end)?;
    let handle = format!("@{}", crate::ingest::csvutil::mentions_in(inside).pop()?);
    let start = tie.start + inside.rfind(&handle)?;
    Some((start, start + handle.len(), handle))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Audience, Platform, Record};

    fn post(text: &str) -> Record {
        crate::rules::testing::record(Platform::Instagram, Kind::Post, Audience::Public, text)
    }

    fn fires(rule: &dyn Rule, text: &str) -> bool {
        !crate::rules::testing::findings(rule, &post(text)).is_empty()
    }

    #[test]
    fn a_company_launched_spoken_for_or_thanked_for_a_hamper_and_a_gift_denied_as_sponsorship() {
        let any = |t: &str| {
            fires(&UndeclaredTie, t)
                || fires(&super::super::UndisclosedPromotion, t)
                || fires(&super::super::UndisclosedOwnInterest, t)
        };
        for t in [
            "So proud to have helped launch @CalmDose last spring. Every practice should be using their triage app, honestly brilliant",
            "Presenting tomorrow on behalf of the wonderful VitaScan team on why every GP needs their skin imaging kit. A must-have!",
            "Massive thanks to the lovely people at @GlowLab for the hamper! Their retinol is the one I tell all my patients to use",
            "My sister-in-law and I have opened Harbour Physio on the quay! Sending all my knee patients there now, book in 👇",
            "@SunSafe sent me a PR box but this is NOT sponsored, it's the only SPF I let my patients use 🧴",
        ] {
            assert!(any(t), "{t}");
        }
        for t in [
            "@SunSafe SPF50 is the one I use, not gifted, bought it myself. Reapply every two hours!",
            "Speaking on behalf of the BMA at tomorrow's rally about pay restoration",
        ] {
            assert!(!any(t), "{t}");
        }
    }

    #[test]
    fn flights_a_stay_a_trip_with_the_team_and_a_product_built_with_its_makers_are_ties() {
        for t in [
            "Huge thanks to the brilliant team at @NovaraPharmaUK for flying me out, putting me up and looking after us so well. Honestly their new SGLT2 combination is a game changer",
            "Back from 4 days in Barcelona with the brilliant team at Novacor 🌞 More convinced than ever Cardivex is the best anticoagulant out there",
            "the new @CoreGut home test kit is game changing for my IBS patients 🙌 been working with the team behind it for months. link in bio to order yours",
        ] {
            assert!(fires(&UndeclaredTie, t), "{t}");
        }
        for t in [
            "Back from 4 days in Barcelona with the kids, best holiday ever",
            "My sister put me up for the conference, the best host. Talks were brilliant",
        ] {
            assert!(!fires(&UndeclaredTie, t), "{t}");
        }
    }

    #[test]
    fn a_company_summit_abroad_and_a_dividend_from_the_clinic_referred_to_are_ties() {
        for t in [
            "In my clinic the Glucovia Sense 3 has honestly transformed outcomes. Great to catch up with the brilliant Glucovia team at their advisory summit in Berlin last week ✈️",
            "Lads, if you've got private MSK referrals, send them to Wessex Spine Clinic, outcomes are miles better than anywhere else round here. Also drinks on me Friday, the dividend finally landed 😂🍾",
        ] {
            assert!(fires(&UndeclaredTie, t), "{t}");
        }
        for t in [
            "Send them to Wessex Spine Clinic, outcomes are miles better. Declaration: I'm a shareholder.",
            "Great to catch up with the brilliant Cardiology team at the BCS summit in Manchester, learned loads",
            "My dividend finally landed from the index fund, drinks on me Friday",
        ] {
            assert!(!fires(&UndeclaredTie, t), "{t}");
        }
    }

    #[test]
    fn hospitality_thanked_for_and_a_sisters_brand_are_ties() {
        for t in [
            "Back from a brilliant few days in Barcelona, huge thanks to the Halden Pharma team for looking after us 🙏 Having seen the data, Renvexa should now be first-line for every HFrEF patient.",
            "My desert-island serum 🌿 nothing touches Lumière Lab's retinal night oil. So proud of what the team (and my sister!) have built, link in bio",
        ] {
            assert!(fires(&UndeclaredTie, t), "{t}");
        }
        assert!(!fires(
            &UndeclaredTie,
            "Huge thanks to the ward team for looking after us during Dad's stay, you were brilliant"
        ));
    }

    #[test]
    fn bringing_a_product_to_market_an_advisory_panel_and_a_reposts_own_words_are_ties() {
        for t in [
            "Delighted to have helped AstraBio bring their new inhaler to market. Ask your GP about it!",
            "Pleased to be part of Thera-Lab's clinical advisory board. Their new sleep tracker is now live in Boots",
            "Loved working with the Nutrivia team on their new menopause supplement, out now!",
        ] {
            assert!(fires(&UndeclaredTie, t), "{t}");
        }
        for t in [
            "Fantastic to have helped our ICB take the new frailty pathway live, a real step forward",
            "Pleased to be part of the RCGP advisory group on remote consulting. Report out soon.",
            "Loved working with the ward team on our new falls bundle, out now on the intranet!",
        ] {
            assert!(!fires(&UndeclaredTie, t), "{t}");
        }
        let repost = |t: &str| {
            let mut r = crate::rules::testing::public(Kind::Repost, t);
            r.author = crate::model::Author::owner();
            !crate::rules::testing::findings(&UndeclaredTie, &r).is_empty()
        };
        assert!(repost(
            "\"Dermavita launches SkinIQ in the UK\" - so proud to have been on the launch faculty, brilliant product"
        ));
        assert!(!repost(
            "\"Orbis Health launches new wound dressing\" - interesting, anyone seen the trial data?"
        ));
    }

    #[test]
    fn a_part_in_a_companys_launch_is_a_tie_and_the_launch_its_promotion() {
        for t in [
            "Reposting: \"Novexa's once-weekly insulin is now available on the NHS\" — proud to have been on the launch faculty!",
            "So chuffed to have helped launch Dermavia's new eczema cream this week, it's finally in pharmacies.",
            "Honoured to have been part of the UK launch of Somnex, a brand new option for insomnia",
        ] {
            assert!(fires(&UndeclaredTie, t), "{t}");
        }
        for t in [
            "Declaration: I was paid by Novexa for launch meetings. Their insulin is now available; ask your GP if it suits you.",
            "Part of the team that launched the new frailty service at St James's. Proud of everyone.",
            "Part of the launch team for our trust's new electronic records system today. Long day!",
        ] {
            assert!(!fires(&UndeclaredTie, t), "{t}");
        }
    }

    #[test]
    fn ties_with_praise_fire() {
        for t in [
            "Delighted to be chairing the @Corvexa satellite symposium at ESC. Their new antiplatelet is a game changer.",
            "Been working with @LumaSleep on their new pillow, honestly the best I've slept in years!",
            "The lovely @BrightDerm team kindly sent me their new cleanser, obsessed already",
            "My brother-in-law's new physio clinic has opened in town, book via the link, they're brilliant",
            "Thanks to @Kelvora for flying us out to Lisbon! Their new inhaler looks amazing for my asthma patients",
        ] {
            assert!(fires(&UndeclaredTie, t), "{t}");
        }
    }

    #[test]
    fn declared_or_public_ties_do_not_fire() {
        for t in [
            "#ad Paid partnership with @LumaSleep: their new pillow is the best I've slept on",
            "Declaration: Corvexa paid my speaker fee. Slides from tonight's symposium here, the data is excellent",
            "Speaking at the @RCGP conference on frailty, really brilliant sessions so far",
            "Working with @NHSEngland on the new asthma pathway, brilliant team",
            "Not sponsored, nobody sent me anything: I just love my @LumaSleep pillow",
            "Has anyone been sent free samples by @BrightDerm? Are they any good?",
        ] {
            assert!(!fires(&UndeclaredTie, t), "{t}");
        }
    }

    #[test]
    fn gifts_roles_shares_and_collabs_are_ties() {
        for t in [
            "Big thanks to @Solvane for the hamper! Their new retinol is my winter staple",
            "Flying out with the Orrin Therapeutics crew for their advisory meeting, exciting times for migraine care",
            "I've just invested in @ClinicNow, honestly the future of general practice",
            "Collab with @OatFuel: my go-to breakfast for patients after bariatric surgery, grab yours via the link",
        ] {
            assert!(fires(&UndeclaredTie, t), "{t}");
        }
        for t in [
            "Huge thanks to Kelvora Pharma for an incredible few days in Copenhagen learning about their new drug. Game changing",
            "I genuinely think Zoevia is the best nutrition app out there and I'd recommend it. (I'm on their scientific board)",
            "The new Solvane range is all I use in clinic now. They kindly sent a box of goodies to try, amazing",
            "Delighted to have been appointed Chief Medical Officer at Numedo. Their service is the best I've seen",
        ] {
            assert!(fires(&UndeclaredTie, t), "{t}");
        }
        for t in [
            "Big thanks to @StJudesHospital for the hamper on my last shift, lovely team",
            "Thanks to the Macmillan team for the advisory meeting today, exciting times for cancer care",
            "Thanks to Sarah and Tom for an amazing weekend in the Lakes, brilliant hosts",
            "Proud to be appointed Chief Medical Officer for England, an amazing team",
            "I sit on the medical committee at the trust, brilliant colleagues",
            // Saying the stake is declaring it.
            "I'm a shareholder in Medicheckly and honestly their blood tests are the best value around",
        ] {
            assert!(!fires(&UndeclaredTie, t), "{t}");
        }
    }

    #[test]
    fn a_role_names_its_company_in_or_after_it() {
        for t in [
            "Now on the advisory board for Quorvia's new eczema cream, a real game changer for my patients",
            "As a member of Talmira's medical advisory panel I can say their new SPF is the best on the market",
            "Proud to be part of the team that launched Venlora's new statin. Every eligible patient should ask their GP about it",
        ] {
            assert!(fires(&UndeclaredTie, t), "{t}");
        }
        for t in [
            "On the advisory board for the Royal College's wellbeing project, really excited about it",
            "Part of the team that launched the new frailty service at St Mary's. Proud of everyone",
            "Declaration of interest: I sit on Quorvia's advisory board. Their new cream is the best I've used",
        ] {
            assert!(!fires(&UndeclaredTie, t), "{t}");
        }
    }

    #[test]
    fn authority_picks_fire_and_generic_advice_does_not() {
        assert!(fires(
            &AuthorityPick,
            "Why I moved all my patients over to this sleep tracker (and you should too)"
        ));
        assert!(fires(
            &AuthorityPick,
            "GP-approved: my favourite magnesium gummies, link in bio"
        ));
        assert!(!fires(
            &AuthorityPick,
            "I recommend all my patients with high blood pressure get any validated home monitor; the BIHS list is free"
        ));
        assert!(!fires(
            &AuthorityPick,
            "Doctor's favourite app? The NHS app, it's free. Link in bio"
        ));
        assert!(!fires(
            &AuthorityPick,
            "I recommend this sleep tracker to all my patients. No affiliation, I bought it myself. Link in bio"
        ));
        // The writer's role and their own pick, with a way to buy.
        assert!(fires(
            &AuthorityPick,
            "My go-to eczema balm as a dermatology-trained GP. Tap to shop!"
        ));
        assert!(fires(
            &AuthorityPick,
            "As an NHS dermatologist, this is the cleanser I keep coming back to. Link in bio to buy"
        ));
        assert!(!fires(
            &AuthorityPick,
            "As an NHS dermatologist, my advice is any fragrance-free cleanser will do. Link in bio for my blog"
        ));
        // The product may come between the recommendation and the patients.
        assert!(fires(
            &AuthorityPick,
            "I recommend this magnesium spray to every single client I see. Link in bio"
        ));
    }

    #[test]
    fn working_closely_with_founders_or_investing_early_are_ties() {
        for t in [
            "I've been working closely with the founders of MedQueue over the past year and it's hands down the best triage platform on the market",
            "Having been with the Medivue team since their seed round, I can honestly say their triage app is the best thing a practice can buy",
        ] {
            assert!(fires(&UndeclaredTie, t), "{t}");
        }
        for t in [
            "Worked closely with the Cardiology team for years, they're brilliant",
            "Having been with the NHS App team since their first funding round, I can say it's the best thing for patients",
            "I've been working closely with the founders of MedQueue (disclosure: I'm a paid adviser). Best triage platform I've used",
        ] {
            assert!(!fires(&UndeclaredTie, t), "{t}");
        }
    }

    #[test]
    fn a_seed_round_a_reps_weekend_away_or_a_speaker_panel_are_ties() {
        for t in [
            "Every practice should be using RapidCheck home test kits, our patients love them. Quietly pleased I got in on their seed round",
            "The Novaxa rep has sorted the whole dept a weekend in Lisbon. Anyway, start switching the AF patients to Xeltrana, honestly it's the best DOAC out there",
        ] {
            assert!(fires(&UndeclaredTie, t), "{t}");
        }
        for t in [
            "The Novaxa rep came in to talk about their new inhaler, we said no thanks",
            "Our charity sorted the whole ward a weekend away to say thank you, brilliant team",
        ] {
            assert!(!fires(&UndeclaredTie, t), "{t}");
        }
    }

    #[test]
    fn a_handles_advisory_board_a_parcel_it_sent_and_a_product_built_at_a_named_company() {
        for t in [
            "Fantastic couple of days at the @NovaPharm advisory board in Lisbon. Their new data is genuinely practice changing. Colleagues, well worth a look",
            "unboxing the goodies @Lumelle sent me 🎁 this is the ONLY retinol id put on my own face",
            "obsessed with my new scrubs, thank u @scrubbedupuk for sending these over 😍 link in bio",
            "So proud of what we've built at Medisync 🚀 Every practice manager should book a demo this week",
        ] {
            assert!(fires(&UndeclaredTie, t), "{t}");
        }
        assert!(!fires(
            &UndeclaredTie,
            "Sat on the @NHSEngland advisory board for the new guideline, worth a read"
        ));
    }

    #[test]
    fn session_29_hospitality_courtesy_of_a_company_an_advisory_board_and_a_team_hashtag() {
        for t in [
            "Cracking night at Hawksmoor courtesy of the lovely lot from Brevanta Respiratory 🥩🍷 their new triple inhaler is hands down the best on the market",
            "Back from the advisory board in Basel ✈️ honestly Zelvara is the most exciting thing in HFrEF in a decade. Brilliant team at @NovaraPharmaUK 👏",
            "Huge thanks to the lovely folk at @NovaPharmaUK for flying me out to Barcelona 🍷 will def be switching my psoriasis pts onto their new biologic",
            "So proud of what @MoleMapr have built. GPs, just get your patients downloading it #teamMoleMapr",
        ] {
            assert!(fires(&UndeclaredTie, t), "{t}");
        }
        for t in [
            "So proud of #TeamGB tonight, what a race @BBCSport",
            "Back from the advisory board in Basel. Declaration: Novara paid my travel and a fee. Slides on the trial data below.",
            "Dinner courtesy of the lovely lot from my book club 🍝 best lasagne ever",
        ] {
            assert!(!fires(&UndeclaredTie, t), "{t}");
        }
    }
}

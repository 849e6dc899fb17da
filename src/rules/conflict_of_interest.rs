//! Conflicts of interest: promotion of products, services or companies without declaring the
//! financial or commercial interest behind it.
//!
//! GMC 2024 ¶12 asks doctors who promote or endorse anything to be "open and honest about any
//! interests"; GMP ¶90b says "you must declare any conflicts of interest"; 2013 ¶19 asks for
//! declarations of "any financial or commercial interests in healthcare organisations or
//! pharmaceutical and biomedical companies". The CMA adds that a discount code, affiliate link or brand
//! tag is not a disclosure and that own brands must be labelled too (RULES-FACTS §2.2). So these rules
//! look for promotion (a brand with a code, link or endorsement; "our new supplement range") and then
//! for a declaration in the post. A declaration only in the bio counts as partial: a reader who meets
//! the post in a feed never sees it.

use super::guidance::{Guidance, GuidanceSource::*};
use super::judge::{self, Voice};
use super::{
    AccountFacts, Action, ActionKind, Category, Context, Evidence, Finding, Rule, RuleMeta,
    Severity,
};
use crate::detect::disclosure::{self, BioInterest, DisclosureKind, Strength};
use crate::detect::gate::Regex;
use crate::detect::promotion::{self, Cue, CueKind};
use crate::detect::stance;
use crate::model::{Kind, Record};
use std::sync::LazyLock;

mod funded;
mod ties;

pub fn rules() -> Vec<Box<dyn Rule>> {
    vec![
        Box::new(UndisclosedPromotion),
        Box::new(UndisclosedOwnInterest),
        Box::new(ties::UndeclaredTie),
        Box::new(ties::AuthorityPick),
        Box::new(funded::SponsoredResults),
    ]
}

const COI_GUIDANCE: &[Guidance] = &[
    Guidance::cite(Gmc2024, "12"),
    Guidance::cite(Gmc2024, "13"),
    Guidance::cite(Gmp2024, "90b"),
    Guidance::cite(Gmc2013, "19"),
];

fn re(pattern: &str) -> Regex {
    crate::detect::phrases::regex(pattern)
}

/// The owner's bios as plain strings.
pub(super) fn bios(facts: &AccountFacts) -> Vec<String> {
    facts.bios.iter().map(|(_, b)| b.clone()).collect()
}

/// Interests declared in a bio that concern this record: one naming a party the record mentions, or
/// a general affiliate notice.
pub(super) fn bio_declarations_for(r: &Record, interests: &[BioInterest]) -> Vec<BioInterest> {
    let lower = r.text.to_lowercase();
    let mentions: Vec<String> = r
        .mentions
        .iter()
        .map(|m| m.trim_start_matches('@').to_lowercase())
        .collect();
    interests
        .iter()
        .filter(|i| match &i.party {
            Some(p) => {
                let first = p.split_whitespace().next().unwrap_or(p);
                first.len() >= 3 && (lower.contains(first) || mentions.iter().any(|m| m == first))
            }
            None => true,
        })
        .cloned()
        .collect()
}

/// Parties named in bios ("GlowSkin Clinic") that this record mentions: an undeclared interest in the
/// post even when no brand list knows the name.
fn bio_parties_in(r: &Record, interests: &[BioInterest]) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    for i in interests {
        let Some(p) = &i.party else { continue };
        let first = p.split_whitespace().next().unwrap_or(p);
        // Only ASCII names: case-folding other scripts can change byte lengths.
        if first.len() < 4 || !first.is_ascii() {
            continue;
        }
        if let Some(pos) = find_ascii_case_insensitive(&r.text, first) {
            out.push((pos, pos + first.len(), first.to_string()));
        }
    }
    out
}

pub(super) use crate::detect::text::find_ascii_case_insensitive;

fn disclosure_instruction(r: &Record, party: &str, bio: &[BioInterest], how: &str) -> String {
    let noun = judge::kind_noun(r);
    if let Some(b) = bio.first() {
        format!(
            "Your bio says \"{}\", but readers of this {noun} may never see your bio: add \"#ad — {how}\" \
             at the very start of the {noun}.",
            b.phrase
        )
    } else {
        format!(
            "Add \"#ad — {how}\" at the very start of this {noun} (name your relationship with {party}), \
             or delete it."
        )
    }
}

// ---------------------------------------------------------------------------------------------------

/// Money raised for a charity: sponsorship thanked, a fundraising total, a donation page.
static FUNDRAISED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:sponsor(?:ed|ing)?\s+(?:me|us)|£[\d,.]+k?\s+(?:raised\s+)?for\s+@?\w+\s+and\s+counting|raised\s+(?:£|over\s+£|so\s+far)|fundrais\w*|justgiving|donat(?:e|ed|ions?)\s+(?:to|page|link)|race\s+for\s+life|in\s+aid\s+of|(?:final|grand|running)\s+total\s+(?:of\s+)?£)",
    )
});

/// A label readers meet only at the end of a long post is not "immediately clear" (CMA; RULES-FACTS
/// §2.2): "#ad" or "I earn a small commission" after 150 characters of praise is found only by those
/// who read to the end. A declaration of interest is a statement, not a label, and keeps its weight.
fn unclear_why(text: &str, d: &disclosure::Disclosure) -> Option<Unclear> {
    let independent_first = || {
        d.start > 0
            && !d.text.starts_with('#')
            && INDEPENDENCE_CLAIM.is_match(text.get(..d.start).unwrap_or(""))
    };
    if d.strength == Strength::Weak {
        // "My unbiased review … (affiliate links below)": the claim is the worse fault.
        if d.kind == DisclosureKind::Affiliate && independent_first() {
            return Some(Unclear::AfterIndependenceClaim);
        }
        // Weakened where it was found: a gift label that is not leading came late.
        let late = d.kind != DisclosureKind::Weak && !d.leading;
        return Some(if late { Unclear::Late } else { Unclear::Label });
    }
    let label = matches!(
        d.kind,
        DisclosureKind::AdLabel
            | DisclosureKind::Paid
            | DisclosureKind::Gifted
            | DisclosureKind::Affiliate
    );
    if !label {
        return None;
    }
    // Past the first 150 characters and in the closing two-fifths of the post.
    if d.start >= 150 && d.start * 5 >= text.len() * 3 {
        return Some(Unclear::Late);
    }
    // "My honest review … (affiliate links below)": the post sells itself as independent first.
    independent_first().then_some(Unclear::AfterIndependenceClaim)
}

/// Why a label in the post is not the clear disclosure the CMA asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unclear {
    /// An unclear label in itself ("#spon", "#collab") or a gift phrase tucked into the post.
    Label,
    /// A clear label readers meet only at the end.
    Late,
    /// A clear label after the post has called itself independent.
    AfterIndependenceClaim,
}

/// A review presented as independent: "my honest review", "totally unbiased", "independent review".
static INDEPENDENCE_CLAIM: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:honest|unbiased|impartial|independent|objective|neutral)\s+(?:review|opinion|verdict|take|ranking|comparison|round-?up|test)|(?:totally|completely|100%|genuinely)\s+(?:honest|unbiased|impartial|independent)|no[\s-]bias)\b",
    )
});

/// A label that shows a commercial tie on its own: any ad, paid, gift or affiliate label, a
/// hashtag, "thanks to X for making this possible". A declaration of interest, or a role named in
/// passing ("advisory board"), is judged by the rules about ties with the company it names.
fn shows_tie(d: &disclosure::Disclosure) -> bool {
    let t = d.text.to_ascii_lowercase();
    !matches!(d.kind, DisclosureKind::Interest | DisclosureKind::Weak)
        || d.text.starts_with('#')
        || ["possible", "sponsoring", "supporting"]
            .iter()
            .any(|w| t.contains(w))
}

/// COI001: a product, service or company promoted without a disclosure.
pub struct UndisclosedPromotion;

static UNDISCLOSED_PROMOTION: RuleMeta = RuleMeta {
    code: "COI001",
    name: "undisclosed-promotion",
    category: Category::ConflictOfInterest,
    severity: Severity::Medium,
    confidence: 0.75,
    summary: "A brand, product or company promoted (code, affiliate link, endorsement) with no #ad or declaration",
    guidance: COI_GUIDANCE,
    what_it_finds: "The account holder's posts that promote a brand, product or service through a \
        discount or referral code, an affiliate link (amzn.to, ?tag=, ?ref=, creator storefronts), or a \
        brand named together with an endorsement, a shop link or a call to buy, when the post carries \
        no disclosure (#ad, advert, paid partnership, gifted, affiliate link, \"I am a paid adviser to \
        X\", a declaration of interest). Clear disclosures stop the rule; unclear labels (#spon, #collab, \
        \"in association with\") and declarations only in the bio lower the severity and the advice says \
        which declaration to add. News about a company, and public-health messages, do not fire.",
    why_it_matters: "GMC 2024 ¶12 requires openness about interests that could influence \
        recommendations and compliance with the ASA and CMA codes; GMP ¶90b requires declaring conflicts \
        of interest; 2013 ¶19 singles out financial interests in pharmaceutical and biomedical companies. \
        The CMA says a code, an affiliate link or a brand tag is not a disclosure.",
    example: "\"My holy-grail retinol from @Medik8, use code DRJANE15 for 15% off\" fires. \"#ad | Paid \
        partnership with Medik8: my holy-grail retinol\" does not.",
    how_to_fix: "Put \"#ad\" (or \"Advert\") at the very start of the post and say what the relationship \
        is (\"#ad — I earn commission on this code\", \"#ad — I am a paid adviser to X\"); or delete the \
        post. Declaring in your bio is not enough on its own.",
};

static NEWS_FRAME: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:announced?|announces|results\s+(?:of|from)|trial|study|phase\s+[1-4i]+|shares\s+(?:rose|fell)|acquir\w+|lawsuit|fined|recall\w*|shortage\w*|approved|approval|licensed|mhra|fda|ema|nice|press\s+release|reports?\s+that|according\s+to)\b",
    )
});

/// A tie to a company: a role, sponsorship, hospitality, family business, free products.
static RELATIONSHIP: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:advisory\s+board|(?:they|who|which)\s+(?:kindly\s+)?sponsor(?:ed|s)?|sponsored\s+(?:our|my|the)\s+\w+|thanks?\s+to\s+(?:the|our)\s+sponsors?|(?:trip|weekend|dinner|meeting|event|day|week)\s+(?:away\s+)?(?:in\s+\w+\s+)?(?:with|hosted\s+by|courtesy\s+of)\s+@\w+|my\s+(?:sister|brother|wife|husband|partner|friend|mum|dad|cousin|daughter|son|best\s+friend)[’']?s\s+(?:new\s+)?\w+|(?:i[’']?ve|i\s+have)\s+joined|joined\s+the\s+(?:board|team|faculty)\s+(?:of|at)|(?:i|we)\s+(?:co-?founded|own|invested\s+in)|their\s+reps?\b|free\s+samples?|i[’']?ll\s+be\s+(?:one\s+of\s+the\s+doctors|working|consulting)\s+there|(?:kindly\s+)?sent\s+(?:me\s+|us\s+)?(?:over\s+)?(?:a\s+(?:box|bundle|selection|hamper|parcel)|some\s+(?:of\s+their|samples)|their\s+new)|(?:close|friends|mates|pals)\s+with\s+(?:the|their)\s+(?:founders?|owners?|team|ceo)|i\s+know\s+(?:them|the\s+(?:founders?|owners?|team))\s+(?:well|personally)|for\s+hosting\s+(?:me|us)|hosted\s+(?:me|us)\s+(?:on|at)\s+their|(?:on|at)\s+their\s+stand|(?:paid|picked\s+up\s+the\s+tab)\s+for\s+(?:my|our|the)\s+(?:dinner|travel|flights?|hotel|trip)|flew\s+(?:me|us)\s+(?:out|over|to)|(?:i[’']?ve|i\s+have|i[’']?d|i\s+had)\s+been\s+involved\s+(?:with|in)\s+(?:the\s+)?(?:company|brand|business|team|them|it)|helped\s+(?:to\s+)?(?:build|design|develop|create|launch|set\s+up)\s+(?:the\s+|their\s+)?(?:new\s+)?@?\w+|(?:i[’']?m|i\s+am|i[’']?ve\s+been)\s+(?:on|part\s+of)\s+(?:the|their)\s+(?:team|board)\s+(?:at|of|for|since)|(?:been\s+)?close\s+to\s+the\s+product|(?:they[’']?ve|they\s+have)\s+been\s+(?:very\s+|so\s+|really\s+)?good\s+to\s+me|(?:sorts?|sorted)\s+me\s+out\s+with|biased\s+obvs|(?:i[’']?m|i\s+am)\s+biased|landed\s+on\s+my\s+doorstep|thanks\s+to\s+@\w+\s+for\s+the\s+(?:goodies|gifts?|parcel|package|freebies|treats))\b",
    )
});

/// Praise that sells: "game changer", "the best … in London", "every PCN should be using it".
static PRAISE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:game[\s-]?changer|the\s+future\s+of|should\s+(?:all\s+)?be\s+(?:using|looking\s+at|trying)|where\s+i[’']?d\s+send\s+(?:you|anyone|everyone)|every\s+(?:gp\s+)?(?:surgery|practice|gp|ed|hospital|trust|clinic|pcn|ward)\s+(?:in\s+(?:the\s+)?\w+\s+)?should\s+be\s+(?:(?:on|using)\s+(?:it|this|them|@\w+|(?-i:[A-Z])\w+)|putting|getting|using|prescribing|starting)|i\s+always\s+send\s+(?:families|patients|people|everyone|friends|colleagues|parents)|no\s+contest|(?:and\s+)?you\s+should\s+too|they[’']?re\s+(?:great|brilliant|amazing|fantastic)|the\s+(?:best|only)\s+(?:[\w-]+\s+){1,3}?(?:in|i[’']?d|on\s+the\s+market|out\s+there|around|going|by\s+far)|nothing\s+(?:else\s+)?(?:comes\s+close|beats\s+it)|second\s+to\s+none|highly\s+recommend|won[’']?t\s+regret|genuinely\s+the\s+(?:best|only)|i[’']?d\s+trust|book\s+(?:via|through)\s+the\s+link|hands[\s-]down,?\s+the\s+(?:best|safest|most\s+\w+)|the\s+safest\s+(?:[\w-]+\s+){1,3}?(?:on\s+the\s+market|out\s+there|around|going)|transform(?:s|ed)?\s+(?:care|practice|outcomes|our\s+\w+|my\s+\w+|the\s+way)|(?:has|have)\s+(?:completely\s+)?(?:turned\s+(?:round|around)|transformed)|what\s+i\s+(?:put|start|send)\s+(?:most|all|nearly\s+all)\s+(?:of\s+)?my\s+(?:[\w-]+\s+)?(?:patients|clients)\s+on|\w+\s+wins\s+again|the\s+only\s+(?:one|thing|brand|app|tool|product|kit|device)\s+(?:i[’']?d\s+)?(?:worth\s+(?:paying\s+for|buying|using|getting)|i[’']?d\s+(?:trust|use|buy|pay\s+for))|if\s+(?:your|ur)\s+(?:unit|practice|surgery|team|department|trust|clinic|hospital|ward|pcn)\s+(?:isn[’']?t|is\s+not|aren[’']?t)\s+(?:using|on)\s+[^.!?\n]{1,40}?\s+yet|(?:it[’']?s|is|are|they[’']?re)\s+the\s+real\s+deal|miles\s+ahead\s+of)\b",
    )
});

/// An offer to broker contact with a company: "happy to introduce you to the team", "DM me for an
/// intro to their team". It shows a relationship and asks readers to act on it.
static INTRO_OFFER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:happy|glad|pleased)\s+to\s+(?:introduce|connect)\s+(?:you|anyone|people)|(?:an?\s+)?intro(?:duction)?\s+to\s+(?:the|their)\s+team|(?:get|put)\s+you\s+(?:straight\s+)?(?:through|in\s+touch)\s+(?:to|with)\s+(?:the|their)\s+(?:team|founders?|reps?|sales\s+team)|get\s+you\s+onboarded|(?:set\s+up|arrange|book\s+you\s+in\s+for|give\s+you)\s+a\s+(?:demo|trial)\s+for|(?:dm|message|msg)\s+me\s+for\s+(?:a|the|an)\s+(?:demo|trial|discount|code|link|intro)|(?:i[’']?ll|i\s+can|i\s+will|i\s+could|happy\s+to)\s+(?:sort|get|hook)\s+(?:you|your\s+\w+|anyone|them)\s+(?:up\s+with\s+)?(?:a|the|some|an)\s+(?:\w+\s+)?(?:discount|deal|place|places|spot|spots|free\s+trial|code|freebie))\b",
    )
});

/// An organisation-looking name in the post: an @handle with a capital inside it or ending in a
/// company word, or a CamelCase product name ("HealthLoop", "@NovaPharmaUK").
pub(super) fn org_party(r: &Record) -> Option<(usize, usize, String)> {
    static HANDLE: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?:^|[^\w@])@([A-Za-z][a-z0-9]+[A-Z][A-Za-z0-9_]+)\b"));
    static CAMEL: LazyLock<Regex> =
        LazyLock::new(|| re(r"\b[A-Z][a-z]{2,}[A-Z][a-z]{2,}[A-Za-z]*\b"));
    // Both patterns need a lowercase letter or digit directly before a capital; most texts have
    // none, and this byte scan is far cheaper than either regex (which have no literal to gate on).
    let hump =
        r.text.as_bytes().windows(2).any(|w| {
            (w[0].is_ascii_lowercase() || w[0].is_ascii_digit()) && w[1].is_ascii_uppercase()
        });
    if !hump {
        return None;
    }
    if let Some(c) = HANDLE.captures(&r.text) {
        let m = c.get(1)?;
        return Some((
            m.start().saturating_sub(1),
            m.end(),
            format!("@{}", m.as_str()),
        ));
    }
    const PLATFORMS: [&str; 9] = [
        "youtube",
        "whatsapp",
        "tiktok",
        "powerpoint",
        "onedrive",
        "bluesky",
        "facetime",
        "playstation",
        "mailchimp",
    ];
    CAMEL
        .find_iter(&r.text)
        .find(|m| !PLATFORMS.contains(&m.as_str().to_ascii_lowercase().as_str()))
        .map(|m| (m.start(), m.end(), m.as_str().to_string()))
}

impl Rule for UndisclosedPromotion {
    fn meta(&self) -> &'static RuleMeta {
        &UNDISCLOSED_PROMOTION
    }

    fn check(&self, r: &Record, cx: &Context, out: &mut Vec<Finding>) {
        let Some(voice) = judge::voice(r) else { return };
        if voice == Voice::Shared || r.kind == Kind::Profile {
            return;
        }
        // A message to one person promotes only with a code or link of the writer's own, or a tie
        // to the company offered as an introduction ("they've been very good to me, happy to put
        // you in touch with their rep"); a message sent to a list ("hi all") is a broadcast.
        let private = super::advertising::one_to_one_not_broadcast(r);
        let text = &r.text;
        let analysis = judge::analysis(r);
        let cues = &analysis.cues;
        // "'do u have a discount code for passmed' lol I wish": someone else's question quoted.
        let commercial: Vec<&Cue> = cues
            .iter()
            .filter(|c| matches!(c.kind, CueKind::Code | CueKind::AffiliateLink))
            .filter(|c| !c.in_text || !stance::is_others_words(text, c.start, c.end))
            .collect();
        // "£3,100 for @CR_UK and counting, thank you to everyone who sponsored us": money raised
        // for a charity, not a brand sold.
        if commercial.is_empty() && FUNDRAISED.is_match(text) {
            return;
        }
        let brands = &analysis.brands;
        let pushy: Vec<&Cue> = cues
            .iter()
            .filter(|c| {
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
                )
            })
            .collect();
        let endorse: Vec<&Cue> = cues.iter().filter(|c| c.kind == CueKind::Endorse).collect();
        // Treatment brands in the owner's own clinic offer ("Profhilo + Botox £320, book your
        // slot") are the advertising rules' business: the clinic sells a treatment, not the brand.
        let clinic_offer = commercial.is_empty()
            && !brands.is_empty()
            && brands
                .iter()
                .all(|b| promotion::is_treatment_brand(&b.name))
            && cues.iter().any(|c| {
                matches!(
                    c.kind,
                    CueKind::Price | CueKind::Offer | CueKind::Service | CueKind::Cta
                ) || c.label.to_lowercase().contains("book")
            });
        // ("Mention my name" to a friend's GP is no code: a private one needs a brand or a link.)
        let typed_code = || {
            commercial.iter().any(|c| {
                c.in_text
                    && text.get(c.start..c.end).is_some_and(|t| {
                        t.split(|ch: char| !ch.is_alphanumeric()).any(|w| {
                            w.len() >= 4
                                && w.chars()
                                    .all(|ch| ch.is_ascii_uppercase() || ch.is_ascii_digit())
                        })
                    })
            })
        };
        let named_seller = || {
            !analysis.brands.is_empty()
                || !r.links.is_empty()
                || typed_code()
                || org_party(r).is_some()
        };
        let sells = !commercial.is_empty() && named_seller();
        if private && !sells && !(RELATIONSHIP.is_match(text) && INTRO_OFFER.is_match(text)) {
            return;
        }
        // "Nothing gifted, no codes, I paid for every box": the writer says there is no interest,
        // and no code or affiliate link says otherwise.
        if commercial.is_empty() && disclosure::disclaims_interest(text) {
            return;
        }
        let found = disclosure::strongest(text);
        let unclear = found.as_ref().and_then(|d| unclear_why(text, d));
        if found.is_some() && unclear.is_none() {
            return;
        }
        let news_frame = std::cell::OnceCell::new();
        let is_news = || {
            *news_frame.get_or_init(|| NEWS_FRAME.is_match(text) || stance::educational_text(text))
        };
        // A party named in a bio ("Medical director at Lumeris Clinic") is promoted by a post that
        // names it beside a code or affiliate link, or, outside news, with a push, praise or an
        // offer that would otherwise be the clinic's own. Only such posts consult the bios: a scan
        // keeps each of them to check again once it has read every profile.
        let bio_could_promote = !commercial.is_empty()
            || ((!pushy.is_empty() || !endorse.is_empty() || clinic_offer) && !is_news());
        let bio_parties = if bio_could_promote {
            bio_parties_in(r, &disclosure::bio_interests(&bios(cx.account())))
        } else {
            Vec::new()
        };
        let org = org_party(r).or_else(|| ties::named_party_besides_org(r, cx));
        let tie_label = unclear.is_some() && found.as_ref().is_some_and(shows_tie);
        if commercial.is_empty()
            && brands.is_empty()
            && bio_parties.is_empty()
            && org.is_none()
            && !tie_label
        {
            return;
        }
        if clinic_offer && bio_parties.is_empty() {
            return;
        }
        let news = is_news();
        let public_health =
            crate::detect::dosing::public_health_near(text, 0).is_some() && text.len() < 400;

        // Decide what is promoted and how strongly.
        let consumer_brands: Vec<_> = brands.iter().filter(|b| b.class != "pharma").collect();
        let pharma: Vec<_> = brands.iter().filter(|b| b.class == "pharma").collect();
        let (strength, promoted_name, promoted_span): (u8, String, Option<(usize, usize)>) =
            if !commercial.is_empty() {
                let name = brands
                    .first()
                    .map(|b| b.name.clone())
                    .or_else(|| bio_parties.first().map(|p| p.2.clone()))
                    .or_else(|| org.as_ref().map(|o| o.2.clone()))
                    .unwrap_or_else(|| "the brand".to_string());
                (3, name, brands.first().map(|b| (b.start, b.end)))
            } else if let Some(b) = consumer_brands.first().filter(|_| !news && !public_health) {
                let s = if !pushy.is_empty() && !endorse.is_empty() {
                    3
                } else if !pushy.is_empty() || !endorse.is_empty() {
                    2
                } else {
                    0
                };
                (s, b.name.clone(), Some((b.start, b.end)))
            } else if let Some(b) = pharma.first().filter(|_| !news && !public_health) {
                // Pharmaceutical companies are named in news all the time: only an endorsement plus a
                // push counts.
                let s = if !endorse.is_empty() && !pushy.is_empty() {
                    2
                } else {
                    0
                };
                (s, b.name.clone(), Some((b.start, b.end)))
            } else if let Some(p) = bio_parties.first().filter(|_| !news) {
                let s = if !pushy.is_empty() || !endorse.is_empty() {
                    2
                } else {
                    0
                };
                (s, p.2.clone(), Some((p.0, p.1)))
            } else {
                (0, String::new(), None)
            };
        // A company or product the post names (an @handle, a CamelCase name) together with a tie to
        // it ("their advisory board", "they sponsored our away day", "my sister's new clinic") and
        // praise or a push: an interest shown in passing is not a declaration.
        let (strength, promoted_name, promoted_span) = match &org {
            Some((s, e, name))
                if strength < 2
                    && !news
                    && RELATIONSHIP.is_match(text)
                    && (!pushy.is_empty() || !endorse.is_empty() || PRAISE.is_match(text)) =>
            {
                (2, name.clone(), Some((*s, *e)))
            }
            Some((s, e, name))
                if strength < 2
                    && !news
                    && !public_health
                    && PRAISE.is_match(text)
                    && (!pushy.is_empty() || !endorse.is_empty() || INTRO_OFFER.is_match(text)) =>
            {
                (2, name.clone(), Some((*s, *e)))
            }
            _ => (strength, promoted_name, promoted_span),
        };
        // An unclear label shows the tie by itself ("#spon", "#collab", "#gifted" among the closing
        // hashtags, "thanks to X for making this possible"): the post is commercial whatever it names.
        let (strength, promoted_name) = if strength < 2 && !news && tie_label {
            let name = org
                .as_ref()
                .map(|o| o.2.clone())
                .or_else(|| brands.first().map(|b| b.name.clone()))
                .unwrap_or_else(|| "this post".to_string());
            (2, name)
        } else {
            (strength, promoted_name)
        };
        if strength < 2 {
            return;
        }
        let weak_label = found.zip(unclear);
        let bio_interests = disclosure::bio_interests(&bios(cx.account_to_soften()));
        let bio_decl = bio_declarations_for(r, &bio_interests);

        let pom = !analysis.meds.is_empty();
        let mut severity = match (strength, pom) {
            (_, true) if !commercial.is_empty() => Severity::High,
            (3, _) => Severity::Medium,
            _ => Severity::Low,
        };
        if weak_label.is_some() || !bio_decl.is_empty() {
            severity = judge::step_down(severity);
        }
        if !judge::is_broadcast(r) {
            severity = judge::step_down(severity);
        }
        let confidence = match strength {
            3 => 0.85,
            _ => 0.6,
        };
        let (severity, confidence) = judge::weigh(voice, severity, confidence);

        let mut evidence: Vec<Evidence> = Vec::new();
        if let Some((s, e)) = promoted_span {
            evidence.push(judge::span(r, s, e, "brand"));
        }
        let mut shown: Vec<&Cue> = commercial.clone();
        shown.extend(pushy.iter().copied());
        shown.extend(endorse.iter().copied());
        for c in shown.iter().take(4) {
            evidence.push(if c.in_text {
                judge::span(r, c.start, c.end, c.kind.as_str())
            } else {
                Evidence::metadata(c.label.clone(), c.kind.as_str())
            });
        }
        if let Some((w, _)) = &weak_label {
            evidence.push(judge::span(r, w.start, w.end, "unclear_label"));
        }
        for b in bio_decl.iter().take(1) {
            evidence.push(Evidence::metadata(b.phrase.clone(), "bio_declaration"));
        }
        let how = if commercial.iter().any(|c| c.kind == CueKind::AffiliateLink) {
            "I earn commission from this link".to_string()
        } else if !commercial.is_empty() {
            "I earn commission from this code".to_string()
        } else {
            format!("I am paid by / receive free products from {promoted_name}")
        };
        let mut instruction = disclosure_instruction(r, &promoted_name, &bio_decl, &how);
        if let Some((w, why)) = &weak_label {
            let problem = match why {
                Unclear::Late => "comes only at the end, where readers in a feed don't see it",
                Unclear::AfterIndependenceClaim => {
                    "follows a claim that the review is independent, so readers take it as unpaid"
                }
                Unclear::Label => "is not a clear label",
            };
            instruction = format!(
                "\"{}\" {problem} (ASA/CMA): replace it with \"#ad\" at the very start. {instruction}",
                w.text.trim()
            );
        }
        let what = if !commercial.is_empty() {
            if commercial.iter().any(|c| c.kind == CueKind::AffiliateLink) {
                "an affiliate link"
            } else {
                "a discount code"
            }
        } else if !pushy.is_empty() && !endorse.is_empty() {
            "an endorsement and a call to buy"
        } else if !pushy.is_empty() {
            "a call to buy"
        } else {
            "an endorsement"
        };
        let partial = match weak_label.as_ref().map(|(_, why)| why) {
            Some(Unclear::Late) => " (the label comes only at the end)",
            Some(Unclear::AfterIndependenceClaim) => " (the label follows a claim of independence)",
            Some(Unclear::Label) => " (only an unclear label)",
            None if !bio_decl.is_empty() => " (declared only in your bio)",
            None => "",
        };
        let f = Finding::new(
            &UNDISCLOSED_PROMOTION,
            r,
            format!("'{promoted_name}' promoted with {what} and no disclosure{partial}"),
            evidence,
            Action::new(ActionKind::Disclose, instruction),
        );
        out.push(f.graded(severity, confidence));
    }
}

// ---------------------------------------------------------------------------------------------------

/// COI002: the owner's own business or product recommended without declaring the interest.
pub struct UndisclosedOwnInterest;

/// The writer's product given away: "free to sign up", "it's completely free", "free of charge".
static GIVEN_FREE: LazyLock<Regex> = LazyLock::new(|| {
    crate::detect::phrases::regex(
        r"(?i)\b(?:free\s+to\s+(?:sign\s+up|join|use|download|access|watch|attend)|(?:it[’']?s|is|are|all|completely|totally|100%|always)\s+free|for\s+free|free\s+of\s+charge|no\s+charge|at\s+no\s+cost|costs?\s+nothing|free\s+(?:course|programme|program|app|resource|resources|guide|webinar|webinars|ebook|e-book|newsletter|podcast))\b",
    )
});

static UNDISCLOSED_OWN_INTEREST: RuleMeta = RuleMeta {
    code: "COI002",
    name: "undisclosed-own-interest",
    category: Category::ConflictOfInterest,
    severity: Severity::Medium,
    confidence: 0.7,
    summary: "Your own product, brand or business recommended without declaring that you profit from it",
    guidance: COI_GUIDANCE,
    what_it_finds: "Posts that recommend something the account holder has a stake in, named as \"my/our \
        supplement range\", \"our new skincare line\", \"my app\", \"my course\", \"my company\", or \"my \
        clinic\" recommended as health advice (\"I always recommend my clinic's…\"), alongside a call to \
        buy, a link, a code or an endorsement, with no declaration of the financial interest (\"I own\", \
        \"I am the founder of\", \"declaration of interest\", \"#ad\"). Plain bookings for your own clinic \
        are advertising (see ADV rules), not a hidden interest.",
    why_it_matters: "GMP ¶90b: \"you must declare any conflicts of interest\" when communicating publicly, \
        including promoting products or services; GMC 2024 ¶12 asks for openness about interests that \
        could be seen to influence recommendations; the CMA requires own-brand promotion to be labelled.",
    example: "\"Struggling with sleep? Our new magnesium blend is the answer, link in bio\" fires. \
        \"Declaration: I co-founded SleepWell. Our new magnesium blend is out\" does not.",
    how_to_fix: "Add a declaration at the start, e.g. \"Declaration: I own X and profit from its sales\" \
        (or \"#ad — my own brand\"), and keep health claims to what the evidence supports.",
};

static OWN_PRODUCT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        // "my/our brand, company, range, app, course": ownership words. Consumer goods ("my new
        // serum") are only an interest in the company voice ("our serum") or as "my own".
        r"(?i)\b(?:my|our)\s+(?:own\s+)?(?:new\s+|latest\s+|brand[\s-]new\s+)?(?:[\w’'-]+\s+)?(?:supplement\s+(?:range|line|brand)|skin\s?care\s+(?:range|line|brand)|range|product\s+(?:range|line)|brand|company|business|start-?up|spin-?out|venture|app|platform|programme|program|shop|store|formula|protocol|checker|tracker|subscription)\b|\bown[\s-]brand\b|\b(?:the|an?)\s+(?:[\w-]+\s+){0,2}(?:app|platform|tool|tracker|checker|device|kit|range|brand|course|programme|subscription)\s+(?:that\s+)?(?:i|we)(?:[’']ve|\s+have)?\s+(?:built|made|created|designed|developed|founded|co-?founded)\b|\b(?:i|we)(?:[’']ve|\s+have)?\s+(?:just\s+)?(?:built|created|developed|designed|launched|co-?founded|founded)\s+(?:an?|my|our)\s+(?:own\s+)?(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:app|platform|tool|tracker|checker|device|kit|range|brand|subscription|company|start-?up|business|supplement)\b|(?:proud|excited|thrilled|delighted|happy|pleased)\s+to\s+(?:announce|share|unveil|introduce)\s+(?:the\s+)?launch\s+of\s+(?:the\s+)?(?-i:[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})|(?:^|[.!?]\s+)(?:finally|officially|just)\s+launched\s*[:!—–-]\s*(?-i:[A-Z][\w-]+)|\b(?:our|my\s+own)\s+(?:new\s+|latest\s+|brand[\s-]new\s+)?(?:[\w’'-]+\s+)?(?:supplements?|skin\s?care|products?|protein|vitamins?|gummies|serums?|creams?|tea|teas|device|blend|powder|kits?)\b|\bour\s+(?-i:[A-Z][a-z]+[A-Z][A-Za-z]*)\s+(?:is|are)\s+(?:finally\s+|now\s+|officially\s+)?(?:on\s+(?:the\s+)?shelves|in\s+(?-i:[A-Z])\w+|available|launched|out\s+now|live\s+(?:in|on))",
    )
});
static WORKPLACE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(?:practice|surgery|ward|department|hospital|trust|team|pcn|unit|nhs)\b")
});
/// A named clinic recommended ("I'd honestly recommend Bridgeview Clinic"), and then spoken for in
/// the first person plural ("we can usually see people within the week"): the writer works there.
static RECOMMENDED_CLINIC: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:recommend|try|go\s+to|book\s+(?:in\s+)?(?:with|at)|head\s+to)\s+(?:the\s+)?(?P<clinic>(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:clinic|medical|health(?:care)?|centre|center|practice))\b",
    )
});
static WE_SERVE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\bwe\s+(?:can\s+|could\s+|usually\s+|normally\s+|often\s+|also\s+|now\s+)*(?:see|offer|do|run|book|fit|get)\s+(?:people|patients|you|them|appointments?|same[\s-]day|most|new|an?\b|the\b|within|in\s+(?:the\s+)?(?:same|next))",
    )
});
static OWN_CLINIC: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:my|our)\s+(?:own\s+|private\s+|new\s+)?(?:clinic|practice|clinic[’']s|practice[’']s)\b",
    )
});
/// A consumer health product the writer's practice or clinic sells: "Sunnybright, which we stock in
/// the practice dispensary", "we sell it at reception". The workplace profits from the sale, so the
/// recommendation carries an interest even when the doctor owns no brand.
static STOCKED_HERE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:we|i)\s+(?:now\s+|also\s+)?(?:stock|sell)\s+(?:it\s+|them\s+|this\s+|these\s+)?(?:in|at|from|through)\s+(?:the|our|my)\s+(?:own\s+)?(?:practice\s+|clinic\s+|surgery\s+)?(?:practice|surgery|clinic|pharmacy|dispensary|reception|shop)\b|\b(?:available|on\s+sale|for\s+sale)\s+(?:in|at|from)\s+(?:our|my)\s+(?:practice\s+|clinic\s+)?(?:dispensary|pharmacy|reception|clinic\s+shop)\b",
    )
});
/// The goods a practice might sell over the counter, as opposed to its NHS services.
static CONSUMER_HEALTH_GOODS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:vitamins?|supplements?|probiotics?|magnesium|zinc|collagen|omega[\s-]?3|fish\s+oil|multivitamins?|gumm(?:y|ies)|sun\s?(?:screen|cream)|spf|moisturi[sz]ers?|serums?|skin\s?care|creams?|shampoo|protein|tea|teas|lozenges?|sprays?|tablets?)\b",
    )
});
static ADVICE_FRAME: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:i\s+(?:always\s+|usually\s+|often\s+)?(?:recommend|suggest|advise|tell\s+(?:my\s+)?patients)|patients\s+should|you\s+should|the\s+(?:best|only)\s+(?:place|option|way|solution|treatment)|is\s+the\s+answer|is\s+the\s+solution|is\s+proven|clinically\s+proven|works\s+better\s+than|better\s+than\s+(?:the\s+)?nhs|struggling\s+with|suffer(?:ing)?\s+(?:from|with))\b",
    )
});

impl Rule for UndisclosedOwnInterest {
    fn meta(&self) -> &'static RuleMeta {
        &UNDISCLOSED_OWN_INTEREST
    }

    fn check(&self, r: &Record, cx: &Context, out: &mut Vec<Finding>) {
        let Some(voice) = judge::voice(r) else { return };
        if judge::is_one_to_one(r) || voice == Voice::Shared || r.kind == Kind::Profile {
            return;
        }
        let text = &r.text;
        // "Our practice app", "our ward's programme": the workplace's, not a stake of the doctor's.
        // "Supermarket own-brand does the job": a shop's brand, not the writer's.
        let product = OWN_PRODUCT.find_iter(text).find(|m| {
            !WORKPLACE.is_match(m.as_str())
                && !crate::detect::text::word_before_is(
                    text,
                    m.start(),
                    &[
                        "supermarket",
                        "shop",
                        "store",
                        "pharmacy",
                        "chemist",
                        "boots",
                        "tesco",
                    ],
                )
        });
        let product = product.or_else(|| {
            STOCKED_HERE
                .find(text)
                .filter(|_| CONSUMER_HEALTH_GOODS.is_match(text))
        });
        let clinic = OWN_CLINIC.find(text);
        let works_at = RECOMMENDED_CLINIC
            .captures(text)
            .and_then(|c| c.name("clinic"))
            .filter(|m| WE_SERVE.is_match(text.get(m.end()..).unwrap_or("")));
        if product.is_none() && clinic.is_none() && works_at.is_none() {
            return;
        }
        let analysis = judge::analysis(r);
        let cues = &analysis.cues;
        let push: Vec<&Cue> = cues
            .iter()
            .filter(|c| {
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
                        | CueKind::Endorse
                )
            })
            .collect();
        let advice = ADVICE_FRAME.find(text);
        // A product needs a push or advice framing; a clinic needs advice framing (plain booking
        // adverts are advertising, not a hidden interest).
        // A clinic the writer speaks for as "we" needs nothing more: the recommendation is the push.
        let (interest, how) = match (product, clinic, works_at) {
            (Some(p), _, _) if !push.is_empty() || advice.is_some() => {
                (p, "I own this brand and profit from its sales")
            }
            (_, Some(c), _) if advice.is_some() && !push.is_empty() => {
                (c, "I own this clinic and profit from its treatments")
            }
            (_, _, Some(w)) => (w, "I work at this clinic and it profits from the referrals"),
            _ => return,
        };
        // "My revision programme is free to sign up": nothing is sold, so there is no profit to
        // declare (a price, an offer, a code or an affiliate link says otherwise).
        let sold = push
            .iter()
            .any(|c| c.kind.is_money() || c.kind == CueKind::Commerce);
        if !sold && GIVEN_FREE.is_match(text) {
            return;
        }
        // "my book" in a reading list, "our company" in a news piece: needs the product to be offered.
        if stance::is_others_words(text, interest.start(), interest.end()) {
            return;
        }
        if disclosure::strongest(text).is_some_and(|d| d.strength == Strength::Clear) {
            return;
        }
        let bio_interests = disclosure::bio_interests(&bios(cx.account_to_soften()));
        let bio_decl: Vec<BioInterest> = bio_interests
            .iter()
            .filter(|b| {
                let l = b.phrase.to_lowercase();
                [
                    "founder",
                    "owner",
                    "director",
                    "ceo",
                    "shareholder",
                    "investor",
                ]
                .iter()
                .any(|w| l.contains(w))
            })
            .cloned()
            .collect();
        let mut severity = Severity::Medium;
        if !bio_decl.is_empty() {
            severity = judge::step_down(severity);
        }
        if !judge::is_broadcast(r) {
            severity = judge::step_down(severity);
        }
        let confidence = if advice.is_some() && !push.is_empty() {
            0.8
        } else {
            0.65
        };
        let (severity, confidence) = judge::weigh(voice, severity, confidence);
        let mut evidence = vec![judge::span(
            r,
            interest.start(),
            interest.end(),
            "own_interest",
        )];
        if let Some(a) = advice {
            evidence.push(judge::span(r, a.start(), a.end(), "recommendation"));
        }
        for c in push.iter().take(3) {
            evidence.push(if c.in_text {
                judge::span(r, c.start, c.end, c.kind.as_str())
            } else {
                Evidence::metadata(c.label.clone(), c.kind.as_str())
            });
        }
        let noun = judge::kind_noun(r);
        let instruction = if let Some(b) = bio_decl.first() {
            format!(
                "Your bio says \"{}\", but readers of this {noun} may never see it: add \"Declaration: {how}\" \
                 at the start of the {noun}.",
                b.phrase
            )
        } else {
            format!("Add \"Declaration: {how}\" at the start of this {noun}.")
        };
        let f = Finding::new(
            &UNDISCLOSED_OWN_INTEREST,
            r,
            format!(
                "'{}' recommended without declaring your financial interest{}",
                interest.as_str().trim(),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Audience, Kind, Platform};
    use crate::rules::testing;

    fn own_interest(text: &str) -> bool {
        let r = testing::owned(Platform::Instagram, Kind::Post, Audience::Public, text);
        !testing::findings(&UndisclosedOwnInterest, &r).is_empty()
    }

    #[test]
    fn a_code_typed_at_checkout_and_a_discount_link_below_are_commercial() {
        for t in [
            "Parents keep asking what I'd use for colic, honestly it's Norda drops every time. Pop DRSAM in at checkout for 15% off their starter bundle",
            "Why I switched my whole family to the Vitalis home blood test, an honest GP review. Use the link below for 20% off your first kit.",
        ] {
            assert!(!promotion(t).is_empty(), "{t}");
        }
        assert!(
            promotion("NHS checkout times are getting longer at our pharmacy, bear with us")
                .is_empty()
        );
    }

    #[test]
    fn a_product_the_practice_sells_carries_its_interest() {
        assert!(own_interest(
            "As your local GP I get asked about vitamin D a lot. The only one I trust is Sunnybright, which we stock in the practice dispensary, and it's on offer this month"
        ));
        // Services the practice provides are not goods it sells.
        assert!(!own_interest(
            "I recommend everyone over 65 gets the flu jab. We stock it at the practice, book now"
        ));
        assert!(!own_interest(
            "The pharmacy next door sells vitamin D; I recommend 10 micrograms a day over winter"
        ));
        assert!(!own_interest(
            "Asked about pregnancy vitamins five times a week. You don't need the £20 fancy ones, supermarket own-brand does the job."
        ));
    }

    #[test]
    fn shop_baskets_and_links_that_support_the_channel_earn_commission() {
        for t in [
            "In today's video I'm ranking the best probiotics for IBS and my number one pick is GutWise Daily. There's a link in the description that gets you 20% off and helps support the channel",
            "POV: a GP tells you which magnesium actually helps you sleep, it's NutriCalm, I take it every night. Tap the orange basket to grab yours",
        ] {
            assert!(!promotion(t).is_empty(), "{t}");
        }
        assert!(promotion(
            "If you'd like to support the channel there's a Patreon, thank you! Today: what GutWise and other probiotic studies really show"
        )
        .is_empty());
        assert!(promotion(
            "'do u have a discount code for passmed' lol I wish, I'm a broke F2. just buy it, it's how I passed"
        )
        .is_empty());
        assert!(
            !promotion("Fancy trying GutWise? 15% off with my code SAM15, link in bio").is_empty()
        );
    }

    #[test]
    fn a_product_given_away_has_no_profit_to_declare() {
        assert!(!own_interest(
            "My online programme on exam revision is free to sign up via the link below"
        ));
    }

    #[test]
    fn own_brands_are_own_products_and_a_named_own_work_declares_itself() {
        assert!(own_interest(
            "Our clinic's own-brand collagen supplement is the best on the market, buy it at reception"
        ));
        // A start-up or an app of one's own, pushed with a demo or a download.
        assert!(own_interest(
            "Our start-up's remote monitoring kit is the best in the NHS. DM me for a demo"
        ));
        assert!(own_interest(
            "Our new app SleepNest, built by two GPs. Download free on the App Store today!"
        ));
        // A launch announced by its maker, or a product "we've built".
        assert!(own_interest(
            "Proud to announce the launch of Skinsight, the app I've built for eczema tracking. Download free on the App Store!"
        ));
        assert!(own_interest(
            "It's live! Meet Cardiapp, our new heart-rhythm checker made by NHS doctors. Get it today on Google Play."
        ));
        assert!(own_interest(
            "Finally launched: DermaBox, a monthly skincare subscription designed by a dermatologist. Order yours at dermabox.co.uk"
        ));
        assert!(!own_interest(
            "Proud to announce the launch of our new community diabetes clinic at the practice, open Tuesdays."
        ));
        assert!(!own_interest(
            "Declaration of interest: I co-founded Skinsight. It's launched today, download it free on the App Store"
        ));
        // The workplace's app or service is not the doctor's stake.
        assert!(!own_interest(
            "Our practice app went live today, patients can download it free to book appointments"
        ));
        // "My book", "my course": the ownership is in the words (the evaluation guide's reading).
        for t in [
            "My new book on gut health is out now and it's the only guide you'll need. Get your copy at the link",
            "Finished my course of antibiotics, feeling so much better. Link in bio for the blog",
            "My book club is reading a great novel this month, get your copy at the library",
        ] {
            assert!(!own_interest(t), "{t}");
        }
    }

    fn promotion(text: &str) -> Vec<Finding> {
        let r = testing::owned(Platform::Instagram, Kind::Post, Audience::Public, text);
        testing::findings(&UndisclosedPromotion, &r)
    }

    #[test]
    fn credit_for_a_referral_a_gift_or_a_friendship_with_the_founders_is_a_tie() {
        for t in [
            "If you're going to locum go with Apex Medical Staffing. Top rates, weekly pay. Tell them Rav sent you 👍",
            "I always send families to Dreamy Nights Sleep Co, Becky is a miracle worker. Pop DRJEN in the referral box so she knows I sent you",
            "Huge thanks to the team at Nurture Nutrition who sent over a box of their new gut health range. You won't regret it, have a look at their site",
            "Setting up in private practice? Medicus Cloud for booking and billing, no contest. I'm close with the founders and can get you onboarded faster.",
            "Paeds reg here, the Little Bites weaning course is hands down the best thing I've come across. Link's in my bio",
            "PASSED MRCP!!! Couldn't have done it without QBankPro. Sign up through my link for your first month free",
        ] {
            assert!(!promotion(t).is_empty(), "{t}");
        }
        for t in [
            "Tell them your GP sent you and ask for the duty doctor",
            "Huge thanks to the team at Nurture Nutrition for the talk at our PCN learning event on gut health",
            "Disclosure first: I'm a paid clinical adviser to TriageFlow and hold shares in the company. Median time to triage fell 9%, full evaluation linked below.",
            "The Little Bites weaning course is run by our health visitors and is free to every family in the borough",
        ] {
            assert!(promotion(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn an_unclear_label_shows_the_tie_whatever_the_post_names() {
        for t in [
            "Dry January tip from your friendly liver doc: swap to Clearhop alcohol-free IPA. Only one that tastes like the real thing #spon",
            "Morning fuel before clinic. Loving the new Oatmore high-protein granola #collab #healthybreakfast",
            "Huge thanks to Calmwave for making this series possible. Calmwave is the meditation app I use after nights",
        ] {
            let f = promotion(t);
            assert_eq!(f.len(), 1, "{t}");
            assert!(f[0].severity <= Severity::Low, "{t}");
        }
        // A clear label at the start, or a denial, is not an unclear label.
        for t in [
            "#ad Swap to Clearhop alcohol-free IPA this January, paid partnership",
            "Not sponsored, I just like Clearhop alcohol-free IPA",
            "Great sponsored walk for the hospice today, thank you all",
        ] {
            assert!(promotion(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn a_commission_label_after_a_claim_of_independence_is_not_a_clear_disclosure() {
        for t in [
            "My totally unbiased review of the top 3 sleep trackers (affiliate links below)",
            "Honest opinion as a GP: these are the only vitamin D drops worth buying. Links in bio are affiliate links btw",
            "Independent review: I tested 6 blood pressure monitors, here's my winner. (I earn from the links)",
        ] {
            let f = promotion(t);
            assert_eq!(f.len(), 1, "{t}");
            assert!(f[0].message.contains("independence"), "{}", f[0].message);
        }
        assert!(promotion(
            "#ad Affiliate links: I earn commission. My honest review of three sleep trackers."
        )
        .is_empty());
    }

    #[test]
    fn superlatives_and_offers_of_introductions_promote_a_named_company() {
        for t in [
            "ClearScan is hands down the best private scan provider around, book in via their site.",
            "Every clinic in the country should be using Dermaflow. Happy to introduce anyone to their team, just DM me.",
            "Every practice should be using HealthLoop for home BP monitoring. Simple as that. Happy to introduce you to the team.",
        ] {
            assert_eq!(promotion(t).len(), 1, "{t}");
        }
        for t in [
            "Honestly Medivue is the best patient messaging platform on the market, nothing else comes close.",
            "Dermaflow's outage today cost us two hours of clinic. Not impressed.",
        ] {
            assert!(promotion(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn a_gift_or_commission_label_found_only_at_the_end_is_not_immediately_clear() {
        let late = "Had so many questions about the glasses I wear on every night shift. They're the \
            Lumenlens Amber Night frames and they've genuinely helped me get to sleep after nights. Tap \
            the link in my bio to shop them (I earn a small commission)";
        let f = promotion(late);
        assert_eq!(f.len(), 1);
        assert!(f[0].message.contains("only at the end"), "{}", f[0].message);
        let gift = "Bedtime routine update. Thank you @NutriVerde for the beautiful PR package! Their \
            magnesium glycinate has become a non-negotiable in my wind-down and I have been sleeping so \
            much better after a run of lates. #gifted #sleep #wellness";
        assert_eq!(promotion(gift).len(), 1);
        // A gift phrase tucked into the post is an unclear label, not one after a claim of
        // independence.
        let tucked = promotion(
            "Loving the new @GlowLab retinol (they kindly sent me one), my skin has never been better",
        );
        assert_eq!(tucked.len(), 1);
        assert!(
            tucked[0].message.contains("only an unclear label"),
            "{}",
            tucked[0].message
        );
        assert!(promotion(
            "#gifted by @NutriVerde: their magnesium glycinate has become part of my wind-down"
        )
        .is_empty());
    }

    #[test]
    fn a_code_that_still_gets_you_a_discount_and_a_product_praised_with_a_push() {
        let promo = |t: &str| {
            let r = testing::owned(Platform::Instagram, Kind::Post, Audience::Public, t);
            !testing::findings(&UndisclosedPromotion, &r).is_empty()
        };
        for t in [
            "For everyone asking after the strike reel - scrubs are from @theatrewear_uk and DRSAM20 still gets you 20% off",
            "Honest review of the 5 best protein powders after an operation - spoiler, PeakWhey wins again. Discount link in the description.",
            "Every GP in Scotland should be putting their AF patients on HeartSense. I've seen it transform care in my own practice. DM me for licence pricing.",
        ] {
            assert!(promo(t), "{t}");
        }
        for t in [
            "Not an ad, nobody pays me, no affiliate link - I've just had the same Littmann since F1 and it's survived two strikes.",
            "HeartSense was discussed at the AF network meeting; the evaluation report is due in the spring.",
        ] {
            assert!(!promo(t), "{t}");
        }
    }

    #[test]
    fn a_clinic_spoken_for_as_we_and_a_discount_sorted_by_dm_are_interests() {
        assert!(own_interest("As a local GP I'd honestly recommend Bridgeview Clinic for menopause stuff. we can usually see people within the week"));
        assert!(!own_interest(
            "I'd recommend Bridgeview Clinic for menopause care, a friend went and loved it"
        ));
        assert!(!own_interest(
            "Try Bridgeview Clinic. We went as a family and they saw us within the week"
        ));
        for t in [
            "ScribeWell is the only one worth paying for. DM me and I'll sort you the clinician discount",
            "so proud to have helped build the new @Quanthealth menopause pathway, they're genuinely the best provider out there",
            "the only supplement I'd trust is OncoVita Complete, I've been involved with the company since the very start and it's the real deal",
        ] {
            assert!(!promotion(t).is_empty(), "{t}");
        }
        assert!(promotion(
            "ScribeWell is fine I guess, trialled it last month. The NHS one is free though"
        )
        .is_empty());
    }

    #[test]
    fn a_private_message_promotes_only_with_a_code_a_link_or_a_tie_offered() {
        let private = |t: &str| {
            let r = testing::owned(Platform::Instagram, Kind::Message, Audience::Private, t);
            !testing::findings(&UndisclosedPromotion, &r).is_empty()
        };
        assert!(private("the skincare I use on all my clinic patients is Dermaluxe, code SKINDOC at checkout for 10%"));
        assert!(private("we should switch every practice to the @MedisenseUK monitors, nothing else comes close. they've been very good to me over the years, happy to put you in touch with their rep"));
        assert!(!private("I'd ask your GP for an MRI and mention my name"));
        assert!(!private(
            "Medisense monitors are fine, the BIHS list has the validated ones"
        ));
    }

    #[test]
    fn session_29_our_named_product_on_the_shelves() {
        assert!(own_interest(
            "So proud our GlucoPatch is finally on the shelves in Boots!! Hands down the best CGM on the UK market. Grab one before they sell out 🙌"
        ));
        assert!(!own_interest(
            "So proud our GoFundMe is finally closed, thank you all for the hospice donations"
        ));
    }

    #[test]
    fn money_raised_for_a_charity_and_an_opening_ad_label_are_not_undisclosed_promotion() {
        for t in [
            "Medsoc at Race for Life 💗 £3,100 for @CR_UK and counting. Thank you to everyone who sponsored us, page open for another week",
            "Running the Great North Run for @macmillan 🏃 every quid helps: justgiving.com/drtomruns",
            "#ad paid partnership with @CardioluxUK – chuffed to work with them. Code DRJESS15 gets 15% off and I earn commission on it",
        ] {
            assert!(promotion(t).is_empty(), "{t}");
        }
        assert!(!promotion(
            "Fundraising for the hospice this month! Also my fave stethoscope from @CardioluxUK, code DRJESS15 for 15% off"
        )
        .is_empty());
    }

    #[test]
    fn a_review_that_says_nothing_was_gifted_and_a_referral_link_declared_with_its_credit() {
        for t in [
            "Honest review of the 3 meal kits we tried. None of these companies know I exist, nothing gifted, no codes, I paid for every box. HelloFresh won on taste",
            "For transparency this is my referral link and I get £15 credit if you use it: linktr.ee/pollyveg. Been using the veg box for a year, honestly good",
        ] {
            assert!(promotion(t).is_empty(), "{t}");
        }
        assert!(!promotion(
            "HelloFresh won on taste, honestly the best. Use my code DOC20 for 20% off your first box"
        )
        .is_empty());
    }

    #[test]
    fn session_35_gift_news_bare_affiliate_labels_and_referral_paths() {
        for t in [
            "PR package from Nuvelle Scar Care just landed 📦✨ honestly the only silicone gel I'd put on a fresh scar. Unboxing 👇",
            "My full recovery routine after surgery 🎥 the pillow, the binder, the scar gel. Everything I use is in my storefront – affiliate links in the description!",
            "Every antenatal class should be pointing parents at BumpWise. Honestly the best pregnancy app out there. 3 months free here 👉 bumpwise.app/r/drholt",
            "What's in my hospital bag as an OBSTETRICIAN 🤰 Everything I packed, from maternity pads to the nipple cream I swear by, is linked below ⬇️ … some links may earn me a small commission",
        ] {
            assert_eq!(promotion(t).len(), 1, "{t}");
        }
        for t in [
            "Gifted by @NuvelleScar: their silicone gel, which I've been trying on my own scar",
            "Affiliate links below: I earn a small commission if you buy, at no extra cost to you. The binder I used after my op.",
            "I bought five budget baby monitors with my own money (none gifted, no links) to find out which one works through a brick wall #newparents",
        ] {
            assert!(promotion(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn session_38_a_brand_thanked_for_the_product_or_for_making_the_webinar_possible() {
        let tie = |t: &str| {
            let r = testing::owned(Platform::Youtube, Kind::Video, Audience::Public, t);
            testing::findings(&ties::UndeclaredTie, &r)
        };
        let f = tie("Sonivo Pro 3 vs NHS hearing aids: why I'd never tell my mum to wait for the NHS pair again. Thanks to Sonivo for sending me a pair to trial for this video! Full specs and shop link below 👇");
        assert!(
            f.iter().any(|f| f.message.contains("A tie to Sonivo")),
            "{f:?}"
        );
        let f = tie("Great turnout for tonight's webinar on interpreting deranged LFTs in primary care. Thanks to ClearPath Diagnostics for making it possible 🙏 Their at-home liver panel is a genuine game changer for GPs, worth trialling in your practice.");
        assert!(!f.is_empty());
        assert!(tie("Great turnout for tonight's webinar on deranged LFTs. Thanks to Dr Amira Shah for making it possible, and to everyone who asked questions.").is_empty());
        assert!(
            tie("Thanks to Mum for sending me the photos from the weekend, what a lovely day")
                .is_empty()
        );
    }
}

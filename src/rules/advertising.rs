//! Advertising: prescription-only medicines promoted to the public, advertising that is not factual
//! and verifiable or that exploits vulnerability, and offers, prizes and testimonials for procedures.
//!
//! GMC 2024 ¶11–13 and GMP ¶90c require doctors who advertise to comply with the CAP Code and not to
//! exploit vulnerability; the 2013 GMP ¶70 says advertising must be "factual and can be checked". The
//! CAP Code 12.12 forbids advertising prescription-only medicines to the public at all, and the ASA
//! reads euphemisms ("anti-wrinkle injections", "skinny jabs") as naming the medicine (RULES-FACTS
//! §2.1). A medicine named in news, teaching or a warning is not an advert, so every rule here needs a
//! promotional cue (an offer, a price, a call to book, a code) next to what it flags.

use super::guidance::{Guidance, GuidanceSource::*};
use super::judge::{self, Voice};
use super::{Action, ActionKind, Category, Context, Evidence, Finding, Rule, RuleMeta, Severity};
use crate::detect::claims::{self, ClaimKind};
use crate::detect::gate::Regex;
use crate::detect::medicines::{Legal, MedicineMention};
use crate::detect::promotion::{Cue, CueKind};
use crate::detect::stance;
use crate::model::{Kind, Record};
use std::sync::LazyLock;

pub fn rules() -> Vec<Box<dyn Rule>> {
    vec![
        Box::new(PomAdvertised),
        Box::new(UnverifiableAdvertising),
        Box::new(OffersAndPrizes),
    ]
}

const ADVERTISING_GUIDANCE: &[Guidance] = &[
    Guidance::cite(Gmc2024, "11"),
    Guidance::cite(Gmc2024, "12"),
    Guidance::cite(Gmc2024, "13"),
    Guidance::cite(Gmp2024, "90c"),
    Guidance::cite(Gmp2013, "70"),
];

fn re(pattern: &str) -> Regex {
    crate::detect::phrases::regex(pattern)
}

/// A warning about a medicine or a seller, not an advert for one.
static WARNING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:beware|warning|warn\w*|scams?|scammers?|fake|counterfeit|illegal\w*|unlicensed|unregulated|dangerous|black\s+market|be\s+careful|walk\s+away|run\s+a\s+mile|steer\s+clear|stay\s+away|red\s+flags?|don[’']?t\s+buy|do\s+not\s+buy|avoid|rogue|cowboys?|asa\s+(?:ruling|ha(?:s|ve)\s+banned|bans|banned)|banned|trading\s+standards|report\s+(?:them|it|this)|(?:please\s+)?don[’']?t\s+book|do\s+not\s+book|saw\s+an\s+ad(?:vert)?\s+for)\b",
    )
});

/// Money talked about as a cost, not asked for as a price.
static PRICE_AS_COST: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:costs?|costing|cost\s+of|price\s+(?:of|rise|rises|hike|hikes|increase|increases|cap|war)|list\s+price|rrp|prices?\s+(?:have|has|are|were|rose|rise|went|going)|rais(?:e|es|ed|ing)\s+(?:the\s+)?(?:uk\s+)?(?:list\s+)?price|hike\w*|inflation|paying|spend\w*|spent|afford\w*|privately|per\s+year|a\s+year|annually|(?:costs?|saves?|saving|to|for|on)\s+the\s+nhs)\b",
    )
});

/// Content addressed to health professionals (courses, CPD, conferences).
static PROFESSIONAL_AUDIENCE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:for\s+(?:(?:nurses|doctors|dentists|pharmacists|clinicians|practitioners|prescribers|hcps?|healthcare\s+professionals|medics|gps|trainees)(?:\s+and\s+\w+)?)|cpd|cpd[\s-]accredited|training\s+(?:course|courses|day|days|academy|programme)|foundation\s+course|masterclass\s+for|(?:nurse|doctor)\s+injector\s+training)\b",
    )
});

/// A clinical case put to colleagues, or the regulation of the trade argued for: "composite case,
/// not a real patient… how would you manage?", "the consultation on licensing non-surgical
/// cosmetics closes Friday", "should not be legal".
static CASE_OR_POLICY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:composite\s+case|(?:not|isn[’']?t)\s+a\s+real\s+patient|journal\s+club|case\s+(?:discussion|vignette)|how\s+would\s+you\s+manage|consultation\s+on\s+(?:licensing|regulating|regulation|banning)|should\s+(?:not|n[’']?t)\s+be\s+(?:legal|allowed)|sign\s+the\s+petition|respond\s+to\s+the\s+consultation)\b",
    )
});

/// An NHS service, where naming a medicine tells patients how to get care rather than sells it.
/// The NHS named as what the advert offers a way round, or as the writer's day job: "fed up waiting
/// 18 months for the NHS clinic?", "a real NHS doc", "I see private pts within 48hrs".
static PRIVATE_OVER_NHS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:fed\s+up|sick|tired)\s+(?:of\s+)?waiting|waiting\s+(?:\d+\s+\w+\s+)?(?:for|on)\s+(?:the\s+|an?\s+)?nhs|nhs\s+(?:wait|waits|waiting\s+lists?|queue)|(?:real|an?)\s+nhs\s+(?:doc|doctor|gp|consultant|nurse)|skip\s+the\s+(?:nhs\s+)?(?:wait|queue|waiting\s+list)|private\s+(?:pts|patients|clinic|consult\w*|appointments?))\b",
    )
});

static NHS_SERVICE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:nhs|your\s+gp|gp\s+surgery|gp\s+practice|our\s+practice|the\s+practice|eligible|free\s+of\s+charge|prescription\s+charge)\b",
    )
});

/// Commercial-practice context: "our clinic", "clients", aesthetics hashtags.
static PRACTICE_CONTEXT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:my|our)\s+(?:[\w-]+\s+){0,3}?(?:clinic|practice|salon|studio|aesthetics|team|prescribers?|programmes?|programs?|service|pharmacy|drip\s+bar|iv\s+(?:bar|lounge)|spa|retreat|cleanse|detox|protocol|bootcamp)\b|#(?:aesthetic\w*|botox\w*|antiwrinkle\w*|lipfiller\w*|tox\w*|weightloss\w*|skinnyjab\w*|mounjaro\w*|ozempic\w*|wegovy\w*|tweakment\w*)|\bclients?\b|\bappointments?\b|\bappts?\b|\bconsultations?\b|\bconsults?\b",
    )
});

/// A price read as a cost in its sentence ("list price rising to £330", "costs the NHS £73").
fn price_is_cost(r: &Record, c: &Cue) -> bool {
    let (s, e) = crate::detect::phrases::sentence_around(&r.text, c.start);
    r.text
        .get(s..e)
        .is_some_and(|sentence| PRICE_AS_COST.is_match(sentence))
}

/// The promotional picture of a record: its cues, and whether they come from a seller.
struct Promo {
    analysis: std::rc::Rc<judge::Analysis>,
    cues: Vec<Cue>,
}

impl Promo {
    fn of(r: &Record) -> Promo {
        let analysis = judge::analysis(r);
        Promo {
            cues: analysis.cues.clone(),
            analysis,
        }
    }

    /// Cues that make an advert on their own, judged in context: a price is a cost in news.
    fn strong_near(&self, r: &Record, span: (usize, usize), radius: usize) -> Vec<&Cue> {
        let warning = WARNING.is_match(&r.text);
        let educational = stance::educational_text(&r.text);
        self.near(r, span, radius)
            .filter(|c| match c.kind {
                CueKind::Price => !warning && !educational && !price_is_cost(r, c),
                // A seller's own call to act survives a warning word elsewhere; an offer or a
                // scarcity cue in a warning or a news piece does not.
                CueKind::Offer | CueKind::PercentOff | CueKind::Scarcity | CueKind::Giveaway => {
                    !warning || self.has_seller_cta()
                }
                // "Saw an ad for 'baby botox parties'": the service warned about is no offer.
                CueKind::Service => {
                    !warning
                        || self.cues.iter().any(|c| {
                            matches!(
                                c.kind,
                                CueKind::Cta
                                    | CueKind::DmCta
                                    | CueKind::Code
                                    | CueKind::AffiliateLink
                            )
                        })
                }
                k => k.is_strong(),
            })
            .collect()
    }

    fn weak_near(&self, r: &Record, span: (usize, usize), radius: usize) -> Vec<&Cue> {
        self.near(r, span, radius)
            .filter(|c| match c.kind {
                CueKind::BioLink
                | CueKind::Testimonial
                | CueKind::Commerce
                | CueKind::Shortener => true,
                CueKind::Price => !price_is_cost(r, c),
                _ => false,
            })
            .collect()
    }

    fn near(
        &self,
        r: &Record,
        span: (usize, usize),
        radius: usize,
    ) -> impl Iterator<Item = &Cue> + '_ {
        let long = r.text.len() > 500;
        self.cues.iter().filter(move |c| {
            !c.in_text || !long || judge::distance((c.start, c.end), span) <= radius
        })
    }

    fn has_seller_cta(&self) -> bool {
        self.cues.iter().any(|c| {
            matches!(
                c.kind,
                CueKind::Cta
                    | CueKind::DmCta
                    | CueKind::Code
                    | CueKind::Service
                    | CueKind::AffiliateLink
            )
        })
    }
}

fn cue_evidence(r: &Record, cues: &[&Cue], max: usize) -> Vec<Evidence> {
    let mut out = Vec::new();
    let mut seen: Vec<(usize, usize, &str)> = Vec::new();
    for c in cues.iter() {
        if out.len() >= max {
            break;
        }
        if c.in_text && seen.contains(&(c.start, c.end, c.label.as_str())) {
            continue;
        }
        seen.push((c.start, c.end, c.label.as_str()));
        if c.in_text {
            out.push(judge::span(r, c.start, c.end, c.kind.as_str()));
        } else {
            out.push(Evidence::metadata(c.label.clone(), c.kind.as_str()));
        }
    }
    out
}

fn describe_cues(cues: &[&Cue]) -> String {
    let mut kinds: Vec<&'static str> = cues
        .iter()
        .map(|c| match c.kind {
            CueKind::Cta => "a call to book or buy",
            CueKind::DmCta => "an invitation to message to buy",
            CueKind::BioLink => "a link in bio",
            CueKind::Offer | CueKind::PercentOff => "an offer",
            CueKind::Price => "a price",
            CueKind::Scarcity => "time pressure",
            CueKind::Giveaway => "a giveaway",
            CueKind::Testimonial => "testimonials or before-and-after results",
            CueKind::Code => "a discount code",
            CueKind::AffiliateLink => "an affiliate link",
            CueKind::Shortener => "a shortened link",
            CueKind::Endorse => "an endorsement",
            CueKind::Commerce => "shop wording",
            CueKind::Service => "an offer of the service",
        })
        .collect();
    kinds.dedup();
    let mut uniq: Vec<&str> = Vec::new();
    for k in kinds {
        if !uniq.contains(&k) {
            uniq.push(k);
        }
    }
    match uniq.len() {
        0 => String::new(),
        1 => uniq[0].to_string(),
        n => format!("{} and {}", uniq[..n - 1].join(", "), uniq[n - 1]),
    }
}

// ---------------------------------------------------------------------------------------------------

/// ADV001: a prescription-only medicine promoted to the public.
pub struct PomAdvertised;

static POM_ADVERTISED: RuleMeta = RuleMeta {
    code: "ADV001",
    name: "prescription-medicine-advertised",
    category: Category::Advertising,
    severity: Severity::High,
    confidence: 0.85,
    summary: "A prescription-only medicine (Botox, weight-loss injections…) promoted to the public",
    guidance: ADVERTISING_GUIDANCE,
    what_it_finds: "Posts, stories, bios and group broadcasts by the account holder that name a \
        prescription-only medicine, by brand (Botox, Azzalure, Ozempic, Mounjaro), generic name \
        (semaglutide, tirzepatide) or euphemism (tox, baby botox, anti-wrinkle injections, skinny jabs, \
        weight-loss injections, B12 shots), together with promotion: a price or offer, a discount code \
        or affiliate link, a call to book or to message, time pressure, a giveaway, before-and-after \
        results or a pointer to the price list (\"check my page for prices\", \"pricing is in my \
        highlights\"). The same medicine in news, teaching, guidance or a warning about fake pens does not \
        fire, and nor does a one-to-one message (see PRE001 for that). Medicines that also exist as \
        pharmacy medicines (sildenafil, low-dose codeine) are flagged one step lower.",
    why_it_matters: "The CAP Code (rule 12.12) and the Human Medicines Regulations 2012 forbid \
        advertising prescription-only medicines to the public, and the ASA treats euphemisms and \
        discount codes on personal accounts as advertising. GMC 2024 ¶12 requires doctors who advertise \
        to comply with CAP and ASA codes, and GMP ¶90c forbids exploiting people's vulnerability or \
        lack of medical knowledge.",
    example: "\"Baby Botox £150 this week only, DM to book!\" fires. \"New NICE guidance on semaglutide \
        is out, summary below\" and \"Patients keep asking me about Ozempic shortages\" do not.",
    how_to_fix: "Remove the medicine's name and anything that implies it (brand, generic, euphemism, \
        pen imagery captions) and advertise a consultation instead, e.g. \"consultation for lines and \
        wrinkles\" or \"weight-management consultation\"; remove codes and affiliate links for \
        prescription medicines entirely. Older posts are easier to delete.",
};

impl Rule for PomAdvertised {
    fn meta(&self) -> &'static RuleMeta {
        &POM_ADVERTISED
    }

    fn check(&self, r: &Record, _cx: &Context, out: &mut Vec<Finding>) {
        let Some(voice) = judge::voice(r) else { return };
        if one_to_one_not_broadcast(r) {
            return;
        }
        let promo = Promo::of(r);
        let meds = &promo.analysis.meds;
        if meds.is_empty() {
            return;
        }
        let own_offer = own_offer(&r.text);
        if promo.cues.is_empty() && own_offer.is_none() {
            return;
        }
        // "@lucy_x get some nitrofurantoin and message me if it's not better": a reply said to one
        // person, with no price or offer, is advice to them (the prescribing and boundaries rules'
        // finding), not an advert.
        let said_to_one = matches!(r.kind, Kind::Reply | Kind::Comment)
            && crate::rules::verdict::opens_with_handle(r);
        if said_to_one && !promo.cues.iter().any(|c| c.kind.is_money()) {
            return;
        }
        let practice = PRACTICE_CONTEXT.is_match(&r.text);
        let mut flagged: Vec<&MedicineMention> = Vec::new();
        let mut strong: Vec<&Cue> = Vec::new();
        let mut weak: Vec<&Cue> = Vec::new();
        for m in meds {
            let s = promo.strong_near(r, (m.start, m.end), 300);
            let w = promo.weak_near(r, (m.start, m.end), 300);
            let promoted =
                !s.is_empty() || w.len() >= 2 || (w.len() == 1 && practice) || own_offer.is_some();
            if !promoted {
                continue;
            }
            flagged.push(m);
            for c in s {
                if !strong.contains(&c) {
                    strong.push(c);
                }
            }
            for c in w {
                if !weak.contains(&c) {
                    weak.push(c);
                }
            }
        }
        if flagged.is_empty() {
            return;
        }
        // Training and CPD for professionals may name prescription medicines (CAP 12.12 allows
        // advertising to the professions).
        if PROFESSIONAL_AUDIENCE.is_match(&r.text) {
            return;
        }
        // An NHS service telling patients how to get treatment is information, not an advert, unless
        // money changes hands (a price, an offer, a code).
        // "From £129 a month" sells whether it counts as a strong cue or not.
        let money = strong
            .iter()
            .chain(weak.iter())
            .any(|c| c.kind.is_money() || c.kind == CueKind::Giveaway);
        if !money && NHS_SERVICE.is_match(&r.text) && !PRIVATE_OVER_NHS.is_match(&r.text) {
            return;
        }
        // A warning or a piece of teaching with only weak cues is not an advert.
        if strong.is_empty() && (WARNING.is_match(&r.text) || stance::educational_text(&r.text)) {
            return;
        }
        // A case put to colleagues ("composite case for journal club… how would you manage?") or a
        // call to answer a consultation on regulating the trade names the medicine without selling it.
        if !money && CASE_OR_POLICY.is_match(&r.text) {
            return;
        }
        let names: Vec<String> = flagged.iter().map(|m| m.name.clone()).collect();
        let all_pharmacy = flagged.iter().all(|m| m.legal == Legal::PomOrPharmacy);
        let euphemism_only = flagged.iter().all(|m| m.euphemism);
        let mut severity = if judge::is_broadcast(r) || r.kind == Kind::Profile {
            Severity::High
        } else {
            Severity::Medium
        };
        if all_pharmacy {
            severity = judge::step_down(severity);
        }
        let mut confidence = if strong.len() >= 2 {
            0.92
        } else if strong.is_empty() {
            0.65
        } else {
            0.85
        };
        if euphemism_only {
            confidence -= 0.1;
        }
        let (severity, confidence) = judge::weigh(voice, severity, confidence);

        let mut cues: Vec<&Cue> = strong.clone();
        cues.extend(weak.iter().copied());
        let mut evidence: Vec<Evidence> = flagged
            .iter()
            .take(4)
            .map(|m| {
                judge::span(
                    r,
                    m.start,
                    m.end,
                    if m.euphemism {
                        "pom_euphemism"
                    } else {
                        "prescription_only_medicine"
                    },
                )
            })
            .collect();
        evidence.extend(cue_evidence(r, &cues, 4));
        if let Some((s, e)) = own_offer {
            evidence.push(judge::span(r, s, e, "own_service_offer"));
        }
        let promoted_with = if cues.is_empty() {
            "an offer of the doctor's own service".to_string()
        } else {
            describe_cues(&cues)
        };

        let group = flagged.first().map(|m| m.group()).unwrap_or("medicine");
        let consult = if flagged
            .iter()
            .any(|m| m.class.starts_with("glp1") || m.class == "weight_loss")
        {
            "a \"weight-management consultation\""
        } else if flagged.iter().any(|m| m.class.starts_with("botulinum")) {
            "a \"consultation for lines and wrinkles\""
        } else {
            "a consultation, without naming the medicine"
        };
        let removals = if cues
            .iter()
            .any(|c| matches!(c.kind, CueKind::Code | CueKind::AffiliateLink))
        {
            " and remove the discount code or affiliate link"
        } else {
            ""
        };
        let action = if voice == Voice::Shared {
            Action::new(
                ActionKind::Delete,
                format!(
                    "Undo this {}: sharing an advert for {} spreads it to your followers.",
                    judge::kind_noun(r),
                    judge::quote_list(&names)
                ),
            )
        } else {
            Action::new(
                ActionKind::Edit,
                format!(
                    "Remove {} from this {}{removals}; advertise {consult} instead, or delete the {}.",
                    judge::quote_list(&names),
                    judge::kind_noun(r),
                    judge::kind_noun(r)
                ),
            )
        };
        let pharmacy_note = if all_pharmacy {
            " (a pharmacy-medicine version exists, so check which one is meant)"
        } else {
            ""
        };
        let f = Finding::new(
            &POM_ADVERTISED,
            r,
            format!(
                "Prescription-only {group} {} promoted with {promoted_with}{pharmacy_note}",
                judge::quote_list(&names),
            ),
            evidence,
            action,
        );
        out.push(f.graded(severity, confidence));
    }
}

// ---------------------------------------------------------------------------------------------------

/// ADV002: advertising own services that is not factual and verifiable, or exploits vulnerability.
pub struct UnverifiableAdvertising;

static UNVERIFIABLE_ADVERTISING: RuleMeta = RuleMeta {
    code: "ADV002",
    name: "unverifiable-or-exploitative-advertising",
    category: Category::Advertising,
    severity: Severity::Medium,
    confidence: 0.75,
    summary: "Advertising of your services that cannot be checked, or plays on insecurity or pressure",
    guidance: ADVERTISING_GUIDANCE,
    what_it_finds: "Adverts for the account holder's own services (a call to book, a price, an offer, \
        \"we offer\", a clinic bio) that make claims nobody can check (\"best clinic in London\", \"UK's \
        leading injector\", \"number one\", \"perfect results\", \"the safest breast augmentation in the \
        UK\", \"97% of patients pain-free after one session\", \"or your money back\", an outcome guaranteed by \
        the writer's own programme or plan: \"reverses type 2 diabetes with my programme. Guaranteed\"), play on insecurity (\"hate your \
        wrinkles?\", \"embarrassed by your nose?\", \"get your confidence back\"), press people to decide \
        now (\"only 3 slots left\", \"ends tonight\"), or aim cosmetic treatment at young or vulnerable \
        people (prom, students, new mums). Superlatives in ordinary conversation do not fire: there must \
        be an advert.",
    why_it_matters: "The 2013 GMP ¶70 required advertising to be \"factual and can be checked\" and \
        not to \"exploit patients' vulnerability or lack of medical knowledge\"; GMC 2024 ¶11 and GMP \
        ¶90c repeat the duty, and ¶12 adds the CAP Code, which forbids unverifiable comparative claims \
        and irresponsible pressure. Botulinum toxin and fillers may not be given to under-18s for \
        cosmetic reasons in England.",
    example: "\"Hate your frown lines? Book with London's best aesthetic doctor, only 2 slots left!\" \
        fires. \"Best day ever at the clinic Christmas party\" does not.",
    how_to_fix: "Replace claims that cannot be checked with facts that can (qualifications, years of \
        experience, what the treatment involves and its risks); remove wording that plays on insecurity \
        or urgency; never aim cosmetic procedures at under-18s.",
};

static SUPERLATIVE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:voted|rated|ranked|named|crowned)\s+(?:the\s+)?(?:[\w’']+\s+)?(?:#\s?1|no\.?\s?1|number\s+one|best|top)\b|\bresults\s+(?:are|have\s+been)\s+(?:\w+\s+)?(?:excellent|perfect|outstanding|superb|flawless)\s+in\s+(?:every|all)\s+cases?\b|(?-i:[A-Z][a-z]+)(?:[’']s|[’'])\s+(?:best|leading|top|no\.?\s?1|number\s+one|most\s+(?:trusted|popular|experienced|loved|recommended))\b|\b(?:nobody|no\s+one|no-one)\s+(?:ever\s+)?leaves\s+(?:unhappy|disappointed|dissatisfied|without\s+(?:feeling|looking)\s+better)\b|\b(?:stops?|cures?|fix(?:es)?|ends?|gets?\s+rid\s+of)\s+(?:\w+\s+){0,2}?for\s+good\b|\b(?:is|are|were)\s+(?:simply\s+|quite\s+simply\s+)?the\s+(?:best|finest|leading|top)\s+in\s+(?:the\s+)?(?:uk|country|county|city|town|region|area|north|south|east|west|north[\s-]west|north[\s-]east|south[\s-]west|south[\s-]east|midlands|world|[a-z]+)\b|\b(?:the\s+)?(?:best|no\.?\s?1|number\s+one|#1|leading|top|finest|most\s+(?:experienced|trusted|qualified|advanced|skilled)|premier|foremost)\s+(?:\w+\s+){0,3}?(?:clinic|doctor|gp|surgeon|injector|practitioner|aesthetic\w*|results|treatments?|prescriber|cosmetic\s+doctor|skin\s+(?:clinic|doctor|expert)|expert|specialist)s?\b(?:\s+in\s+(?:the\s+)?[A-Za-z]+)?|\b(?:world[\s-]class|world[\s-]renowned|unrivalled|unbeatable|unmatched|second\s+to\s+none|the\s+only\s+(?:clinic|doctor|surgeon|practitioner)|the\s+only\s+(?:[\w-]+\s+){0,2}?(?:clinic|doctor|surgeon|practitioner|gp|practice|service|injector|expert)\s+(?:in|who|that)\b|100\s?%\s+(?:accepted|approved)\s+by|(?:i[’']?ve|i\s+have|we[’']?ve|we\s+have)\s+never\s+lost\s+(?:one|a\s+case|a\s+single\s+case)|(?:uk|britain|london|england|manchester|birmingham|scotland|wales|the\s+north)[’']?s\s+(?:best|leading|top|no\.?\s?1|number\s+one|favourite|most\s+(?:trusted|popular|experienced|loved|recommended))|perfect\s+results|flawless\s+results|guaranteed\s+results|results\s+guaranteed|guarantee[sd]?\s+(?:you[’']?ll\s+|you\s+will\s+|that\s+you[’']?ll\s+|that\s+you\s+will\s+)?(?:results|be\s+seen|feel\s+better|see\s+(?:a\s+)?results?|lose\s+(?:weight|\d+)|be\s+(?:cured|pain[\s-]free|better)|a\s+cure|recovery|success)|100\s?%\s+(?:[\w-]+\s+)?(?:satisfaction|success)|(?:9\d|100)\s?%\s+(?:pass|success|cure|first[\s-]time\s+pass)\s+rate)\b|\b(?:the\s+)?(?:highest|best|top|unbeatable|record)\s+(?:success|pass|satisfaction|survival|cure)\s+rates?\b|\bwhen\s+(?:no\s+one|nobody|no\s+other\s+(?:clinic|doctor)s?)\s+else\s+can\b|\b(?:better|cheaper|safer)\s+than\s+(?:any|every)\s+other\s+(?:clinic|doctor|surgeon|practitioner)\b|\bthe\s+(?:best|safest|finest|cheapest|leading|top|fastest|greatest|highest[\s-]rated|most\s+(?:natural|advanced|effective|affordable|experienced|trusted|qualified|skilled|popular|reliable|successful))\s+(?:[\w-]+\s+){0,3}?(?:clinic|doctor|surgeon|service|results?|treatments?|care|practice|augmentation|procedures?|injector|app|checker|programme|program|physio\w*|gp|dentist|lifts?|fillers?|botox|surgery)s?\s+(?:in|on|across)\s+(?:the\s+)?(?:uk|country|britain|england|scotland|wales|north|south|midlands|[A-Z][a-z]+)\b|\b(?:guaranteed\s+satisfaction|satisfaction\s+guaranteed|money[\s-]back\s+guarantee|or\s+your\s+money\s+back|zero\s+complications|no\s+complications\s+ever|peace\s+of\s+mind\s+guaranteed|guaranteed\s+peace\s+of\s+mind)\b|\b(?:9\d|100)\s?(?:%|percent|per\s+cent)\s+of\s+(?:my\s+|our\s+)?(?:patients|clients|customers|people)\s+(?:are\s+|were\s+|feel\s+|felt\s+|report\s+|reported\s+)?(?:pain[\s-]free|cured|satisfied|happy|recovered|healed|symptom[\s-]free|see\s+results)\b",
    )
});

/// Efficacy figures and promises nobody can check in an advert: "boosts collagen by 300%", "reverses
/// ageing by 10 years", "adds years to your life", "clinically proven".
static INVENTED_CLAIM: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:boost|increas|improv|regrow|reduc|cut|lift|tighten|burn|melt|restor|rejuvenat|revers|regenerat|stimulat)\w*\s+(?:[\w-]+\s+){0,3}?by\s+(?:up\s+to\s+)?\d{2,4}\s?(?:%|percent|per\s+cent)|\b(?:revers\w*|turn\w*\s+back|take\w*\s+off|knock\w*\s+off)\s+(?:the\s+)?(?:ageing|aging|clock|years)\s+(?:by\s+)?(?:up\s+to\s+)?\d+\s+years|\badds?\s+(?:\d+\s+|extra\s+|healthy\s+)?years\s+to\s+(?:your|a)\s+life|\b(?:clinically|scientifically|medically)\s+proven\b|\bpainless\b[^.!?\n]{0,30}\bpermanent\b",
    )
});

/// Claims added in session 36, kept apart from [`SUPERLATIVE`] (when added, the merged pattern
/// lost its lazy DFA; since session 37 each pattern's cache is sized so it cannot, see
/// `detect::dfa_cache`): "nobody else in the North West comes close", "the most accurate in the North
/// West", "98% of our clients say".
static SUPERLATIVE_MORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:nobody|no\s+one|no-one)\s+else\s+(?:in\s+(?:the\s+)?(?:[\w-]+\s+){1,3})?(?:comes?\s+close|does\s+it\s+better|can\s+match\s+(?:us|it|our))\b|\b(?:is|are)\s+the\s+most\s+(?:accurate|effective|advanced|trusted|reliable|thorough|experienced|successful)\s+in\s+(?:the\s+)?(?:uk|country|[a-z]+(?:\s+[a-z]+)?)\b|\b(?:9\d|100)\s?(?:%|percent|per\s+cent)\s+of\s+(?:my\s+|our\s+)?(?:patients|clients|customers)\s+(?:say|said|report|agree|look|feel)\b",
    )
});

/// Insecurity worked on, kept apart from [`VULNERABILITY`] for the same reason: "hate what you see
/// in the mirror", "jowls making you look ten years older", "you don't have to live like this".
static VULNERABILITY_MORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\bhate\s+what\s+you\s+see\s+in\s+the\s+mirror\b|\bmak(?:e|es|ing)\s+you\s+look\s+(?:(?:\d+|ten|five|years)\s+)?(?:years\s+)?(?:older|tired|haggard)\b|\byou\s+don[’']?t\s+have\s+to\s+live\s+like\s+this\b",
    )
});

static VULNERABILITY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:hate|hating|sick\s+of|tired\s+of|fed\s+up\s+(?:with|of)|embarrassed\s+(?:by|about|of)|ashamed\s+of|insecure\s+about|self[\s-]conscious\s+about|unhappy\s+with|fix\s+your|get\s+rid\s+of\s+(?:those|your|that)|hide\s+your|ruining\s+your)\s+(?:your\s+|those\s+|that\s+|the\s+|how\s+)?(?:\w+\s+)?(?:wrinkles|lines|nose|lips|body|face|skin|acne|scars|belly|tummy|fat|weight|double\s+chin|chin|jowls|eye\s+bags|bags|hair|gummy\s+smile|crow[’']?s\s+feet|cellulite|stretch\s+marks|looks?|reflection|age|ageing|aging|mum\s+tum|muffin\s+top|love\s+handles|bingo\s+wings|thighs|arms|jawline|jaw|teeth|smile|profile|cheeks|neck|eyes|brows|eyebrows|forehead|frown\s+lines|dark\s+circles|under[\s-]eyes?|pores|you\s+look)\b|\b(?:look\s+(?:\d+|ten|five|years)\s+(?:years\s+)?younger|turn\s+back\s+the\s+clock|(?:get|give\s+(?:you|u))\s+(?:your|ur)\s+confidence\s+back|(?:the\s+)?confidence\s+you\s+deserve|(?:feel|look)\s+beautiful\s+again|feel\s+confident\s+again|love\s+yourself\s+again|don[’']?t\s+let\s+(?:your\s+)?\w+\s+hold\s+you\s+back|be\s+the\s+envy|(?:summer|bikini|beach)\s+body(?:\s+ready)?|wedding[\s-]ready|before\s+(?:your|the)\s+(?:wedding|holiday|big\s+day)|new\s+year,?\s+new\s+you|your\s+(?:partner|husband|boyfriend)\s+will\s+(?:love|notice))\b|\bfeel(?:ing)?\s+(?:so\s+)?(?:ugly|old|fat|frumpy|unattractive|invisible|insecure|self[\s-]conscious|unfeminine|past\s+it)\b|\blook(?:ing)?\s+(?:so\s+)?(?:tired|old|older|haggard|exhausted|worn\s+out|your\s+age)\b[^.!?\n]{0,20}\?|\b(?:feel(?:ing)?\s+(?:low|down|rubbish|crap|bad)|worried|anxious|upset)\s+about\s+(?:your|ur|those|that|the)\s+(?:\w+\s+)?(?:wrinkles|lines|nose|lips|weight|skin|acne|scars|belly|chin|looks?|ageing|aging|hair)\b|\bdrop\s+(?:a\s+|\d+\s+|two\s+)?(?:dress\s+)?sizes?\b|\bnever\s+feel\s+(?:embarrassed|ashamed|ugly)\s+again\b|\b(?:struggled|struggling|battled|battling|fought|fighting)\s+with\s+your\s+(?:weight|skin|acne|looks|body|confidence)\s+for\s+(?:years|ages|decades|as\s+long\s+as\s+you\s+can\s+remember)\b|\b(?:still\s+)?feel(?:ing)?\s+like\s+(?:a|such\s+a)\s+failure\b|\btried\s+every\s+(?:diet|cream|treatment)\s+(?:going|out\s+there|under\s+the\s+sun)\b|\bruin(?:ing|s)?\s+(?:your|ur)\s+(?:relationship|marriage|sex\s+life|love\s+life|sleep|confidence)\b|\b(?:feel|look)\s+like\s+(?:yourself|urself)\s+again\b|\b(?:after|since)\s+(?:the|your|ur|a)\s+(?:breakup|break-up|split|divorce)\b|\bnot\s+recognising\s+(?:the\s+(?:girl|woman|man|person)|yourself)\s+in\s+the\s+mirror\b|\byou\s+deserve\s+to\s+feel\s+like\s+(?:you|yourself)\s+again\b|\bfobbed\s+off\s+by\s+(?:your|ur|the)\s+(?:gp|doctor)\b|\bsuffer\s+(?:through\s+)?another\s+(?:winter|summer|year|month)\b|\bdon[’']?t\s+suffer\s+(?:alone|in\s+silence)\b|\bno\s+questions\s+asked\b",
    )
});

/// Fear of illness worked on to sell a private appointment: "found a lump and can't stop worrying?",
/// "don't spend weeks lying awake on an NHS waiting list". Counts only in the owner's own advert.
static HEALTH_FEAR: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:can[’']?t\s+stop\s+worrying|worried\s+sick|lying\s+awake|sleepless\s+nights\s+(?:waiting|worrying)|terrified\s+(?:it[’']?s|it\s+might\s+be)\s+(?:cancer|serious))\b|\b(?:don[’']?t|why)\s+(?:spend|wait|waste|sit)\s+(?:weeks|months|years|another\s+\w+|(?:\d+|a\s+few|many|two|three|four|five|six|nine|twelve|eighteen)\s+(?:weeks|months|years))\s+(?:[\w-]+\s+){0,3}?(?:on|in)\s+(?:an?\s+|the\s+)?nhs\s+(?:(?:waiting\s+)?lists?|queues?)\b|\bwaited\s+(?:\d+|two|three|four|five|six|nine|twelve|eighteen)\s+(?:weeks|months|years)\s+(?:[\w-]+\s+){0,3}?(?:on|in|for)\s+(?:an?\s+|the\s+)?nhs\b|\b(?:sick|tired|fed\s+up)\s+of\s+waiting\b|\bis\s+your\s+(?:child|son|daughter|little\s+one|teen)\s+(?:falling\s+behind|struggling\s+at\s+school)\b|\b(?:lose|waste|spend)\s+another\s+(?:\w+\s+){0,2}?waiting\s+(?:on|for)\s+(?:the\s+)?nhs\b|\bfound\s+a\s+(?:lump|mole|bump)\s*\?|\b(?:it|cancer|the\s+lump)\s+could\s+be\s+(?:spreading|growing)\b|\bdon[’']?t\s+gamble\s+with\s+your\s+(?:life|health|future|fertility)\b|\bevery\s+(?:week|day|month|year)\s+you\s+(?:wait|sit|spend|delay|put\s+(?:it\s+)?off)\b|\b(?:your\s+)?eggs\s+are\s+running\s+out\b|\b(?:can[’']?t|cannot|couldn[’']?t)\s+face\s+another\s+(?:heartbreak|loss|failed\s+cycle|miscarriage)\b|\bbefore\s+it[’']?s\s+too\s+late\b|\bstuck\s+on\s+(?:an?\s+|the\s+)?(?:\d+|two|three|six|eighteen)[\s-]?(?:month|week|year)s?\s+(?:nhs\s+)?waiting\s+lists?\b|\bif\s+you[’']?re\s+(?:desperate|in\s+agony|at\s+the\s+end\s+of\s+your\s+tether)\b|\bfeel(?:ing)?\s+like\s+(?:you|u)\s+(?:can[’']?t|cannot)\s+(?:go\s+on|cope|carry\s+on|keep\s+going)\b|\b(?:at|hit)\s+(?:rock\s+bottom|breaking\s+point)\s*\?|\b(?:and|still)\s+in\s+agony\s*\?|\bdon[’']?t\s+be\s+(?:the\s+)?next(?:\s+one)?\b|\bdon[’']?t\s+let\s+(?:it|this|that)\s+be\s+(?:you|your\s+\w+)\b|\b(?:could|might)\s+be\s+(?:you|your\s+\w+)\s+next\b|\bthe\s+only\s+way\s+to\s+(?:know|be\s+sure|be\s+certain|feel\s+safe)\b|\b(?:truly|completely|totally)\s+safe\b|\bwaiting\s+(?:could|can|might)\s+cost\s+(?:a|your|their)\s+(?:life|lives)\b|\bdon[’']?t\s+leave\s+(?:it|your\s+\w+|their\s+\w+)\s+to\s+chance\b|\bterrified\s+(?:the\s+nhs|your\s+gp|nobody)\s+(?:won[’']?t|will\s+not|can[’']?t)\b",
    )
});

/// More of the same fear, in a pattern of its own like [`SUPERLATIVE_MORE`]: "terrified about bowel cancer?",
/// "can't sleep with worry?", "been on the NHS waiting list for months?".
static HEALTH_FEAR_MORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\bterrified\s+(?:about|of)\s+(?:\w+\s+)?cancer\b|\bcan[’']?t\s+sleep\s+(?:with|for)\s+(?:the\s+)?worry(?:ing)?\b|\b(?:been|stuck|waiting)\s+on\s+(?:the|an?)\s+nhs\s+waiting\s+list\s+for\s+(?:\w+\s+)?(?:weeks|months|years)\b",
    )
});

static PRESSURE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:only\s+)?\d+\s+(?:slots?|spaces?|appointments?|places?|spots?)\s+(?:left|remaining)\b|\bonly\s+\d+\s+(?:slots?|spaces?|appointments?|places?|spots?|pens?|doses?)\s+(?:left|remaining|available)\b|\b(?:last\s+chance|ends\s+(?:tonight|today|tomorrow|midnight|sunday|friday|soon)|today\s+only|this\s+week(?:end)?\s+only|24\s+hours\s+only|48\s+hours\s+only|hurry|book\s+before\s+(?:it[’']?s|they[’']?re)\s+gone|don[’']?t\s+miss\s+out|selling\s+fast|while\s+stocks\s+last|before\s+prices\s+go\s+up)\b|\b(?:this|that)\s+(?:month|week|weekend)\s+only\b|\boffer\s+(?:ends|expires|closes)\b|\b(?:book|pay|sign\s+up|enrol|enroll|register|let\s+me\s+know|order|confirm)\s+(?:by|before)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|midnight|the\s+end\s+of\s+the\s+(?:week|month))\b|\b(?:for|in)\s+the\s+next\s+(?:\d+\s?(?:h|hrs?|hours?|days?)|24h|48h|72h)\b|\blimited\s+(?:[\w-]+\s+){0,2}?(?:memberships?|places|spaces|spots|slots|availability|numbers?)\s+(?:available|left|remaining)\b|\blimited\s+(?:spaces|places|slots|spots|availability)\s*[!.]|\b(?:spaces|places|slots)\s+are\s+(?:very\s+)?limited\b|\b(?:first|next)\s+\d+\s+(?:clients?|customers?|bookings?|people)\s+only\b|\bbefore\s+(?:they|it|the(?:se|y)?\s+\w+|those\s+\w+|your\s+\w+)\s+(?:get|gets|become|becomes|go|goes)\s+(?:any\s+)?(?:worse|deeper|permanent|set\s+in)\b|\bbefore\s+it[’']?s\s+too\s+late\b",
    )
});

static VULNERABLE_GROUP: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:teens?|teenagers?|under[\s-]?18s?|16\s+year\s+olds?|17\s+year\s+olds?|prom(?:\s+season|\s+night)?|sixth[\s-]form(?:ers)?|school\s+(?:leavers?|girls?|formal)|gcse|a[\s-]level\s+students?|freshers?|students?|new\s+mums?|post[\s-]?(?:baby|partum|pregnancy)|mummy\s+makeover|after\s+(?:your\s+)?divorce|grieving)\b",
    )
});

/// A refusal or a legal bar before the group: "won't treat", "never inject", "illegal for".
static TURNED_AWAY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:won[’']?t|will\s+not|don[’']?t|do\s+not|never|refuse\s+to|not\s+allowed\s+to|illegal|banned)\b",
    )
});

static UNDER_18: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:teens?|teenagers?|under[\s-]?18s?|16\s+year\s+olds?|17\s+year\s+olds?|prom(?:\s+season|\s+night)?|sixth[\s-]form(?:ers)?|school\s+(?:leavers?|girls?|formal)|gcse)\b",
    )
});

/// Words of an aesthetic or clinical service: with a call to book they make an advert.
static SERVICE_CONTEXT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:aesthetic\w*|cosmetic|frown\s+lines|forehead|crow[’']?s\s+feet|wrinkles|lines|lips?|jawline|skin|clinic|doctor|injector|practitioner|prescriber|treatments?|consultations?|services?|assessments?|slots?|new[\s-]patients?|appointments?|appts?|consults?|psychiatrists?|specialists?|private\s+gp|tweakments?|procedures?|packages?|fit\s+notes?|sick\s+notes?)\b",
    )
});

/// The doctor offering a prescription medicine as their own service: "come and see me for", "get it
/// through my clinic", "book online", "before and after", "cheapest Botox", "restock arrived".
static OWN_OFFER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:come\s+(?:and\s+)?see\s+(?:me|us)|come\s+to\s+(?:my|our)\s+\w+|(?:through|via|from)\s+my\s+(?:online\s+)?(?:clinic|practice|drip\s+bar|pharmacy)|book\s+(?:online|now|today|in\s+(?:today|now)|with\s+(?:me|us))|tag\s+(?:someone|a\s+friend|your\s+(?:bestie|friend|mate))|before\s*(?:&|and|/|➡️|→|->|>)\s*after|cheapest|same[\s-]day\s+[\w\s]{0,30}?prescriptions?|(?:re)?stock\s+(?:has\s+)?(?:arrived|landed|just\s+in)|back\s+in\s+stock|no\s+waiting\s+lists?|(?:ring|call|phone|text|whatsapp)\s+(?:us\s+|me\s+)?(?:on\s+)?(?:\+?\d[\d\s]{8,}\d|today|now)|now\s+(?:offering|available\s+at\s+(?:my|our))|instruct\s+(?:me|us)\s+(?:today|now|for)|i\s+can\s+(?:give|get|write|issue|sort)\s+(?:you|u)\s+(?:a|an|your)\s+(?:fit\s+note|sick\s+note|prescription|script|referral)|comment\s+[\x22“']?[A-Z]{2,}[\x22”']?\s+(?:and|&)\s+i[’']?ll\s+(?:message|dm|send)\s+(?:you|u)|(?:dm|message|comment|text)\s+(?:me\s+|us\s+)?[\x22“'‘][A-Za-z]{2,}[\x22”'’]|(?:can|could)\s+(?:start|see|treat|book)\s+(?:you|u)\s+(?:this\s+week|today|tomorrow|now|within))\b",
    )
});

/// "The cheapest intervention we've got", "cheapest option on the formulary": a clinician weighing
/// costs, not a price offered.
const CHEAPEST_IN_CARE: &[&str] = &[
    "intervention",
    "interventions",
    "option",
    "options",
    "way",
    "thing",
    "things",
    "drug",
    "drugs",
    "medicine",
    "medicines",
    "treatment",
    "treatments",
    "therapy",
    "therapies",
    "test",
    "tests",
    "tool",
    "tools",
    "and",
    "but",
    "generic",
    "generics",
    "inhaler",
    "inhalers",
];

/// [`OWN_OFFER`]'s first match that is an offer.
fn own_offer(text: &str) -> Option<(usize, usize)> {
    OWN_OFFER
        .find_iter(text)
        .find(|m| {
            !m.as_str().eq_ignore_ascii_case("cheapest")
                || !crate::detect::text::word_after(text, m.end())
                    .is_some_and(|w| CHEAPEST_IN_CARE.contains(&w.lower().as_str()))
        })
        .map(|m| (m.start(), m.end()))
}

/// The writer's own programme, course or plan sold with a guaranteed outcome: "my 12-week reset
/// programme reverses type 2 diabetes. Guaranteed, or your money back", "symptoms gone in 21 days
/// with my plan. 100% success rate". A guarantee is the seller speaking.
static OWN_GUARANTEE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:my|our)\s+(?:[\w’'-]+\s+){0,3}?(?:programme|program|course|plan|protocol|method|system|challenge|coaching|bootcamp|reset|detox|service|clinic|treatments?|therapy|injections?)\b[^\n]{0,100}?\b(?:guarantee[sd]?|money[\s-]back|100\s?%\s+success|success\s+rate\s+of\s+100)|\b(?:guaranteed?|money[\s-]back|100\s?%\s+success)\b[^\n]{0,60}?\b(?:my|our)\s+(?:[\w’'-]+\s+){0,3}?(?:programme|program|course|plan|protocol|method|system|challenge|coaching|bootcamp)\b",
    )
});

static MONEY_BACK: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(?:or\s+your\s+money\s+back|money[\s-]back\s+guarantee)\b"));

static OWN_SERVICE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:co-?)?founder|owner|ceo|clinical\s+director|medical\s+director)\s+(?:(?:&|and)\s+\w+\s+)?(?:of\s+|at\s+)?@\w+|\b(?:my|our)\s+(?:reports|medico-?legal\s+(?:reports|work|practice))\b|\b(?:my|our)\s+(?:[\w-]+\s+){0,2}?(?:fertility|skin|weight[\s-]loss|menopause|hair|ivf|aesthetics?|cosmetic)\s+(?:clinic|service|practice)\b|\b(?:my|our)\s+(?:(?:private|new|own|online|(?:doctor|gp|nurse|consultant|medically)[\s-](?:led|run|supervised))\s+)?(?:clinic|clinic[’']s|practice|salon|studio|aesthetics|treatments?|services?|team|surgery|results|course|courses|academy|masterclass|programme|program|packages?|memberships?)\b|\b(?:my|our)\s+(?:(?-i:[A-Z])[\w-]*\s+){1,2}(?:pathway|package|programme|plan)s?\b|\b(?:we|i)(?:[’']ll|\s+will|\s+can)?\s+see\s+you\s+(?:within|in\s+(?:\d+|a|one|two)|today|tomorrow|this\s+week)\b|\byou[’']?ll\s+be\s+seen\s+(?:within|in\s+under|in\s+\d+)\b|\b(?:my|our)\s+(?:clients|signature\s+[\w-]+)\b|\b(?:my|our)\s+(?:psychiatrists|doctors|surgeons|specialists|consultants|gps|clinicians|nurses|prescribers|injectors)\b|\bwe(?:[’']?re|\s+are)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?(?:clinic|practice|service|team)\b|\b(?:consultations?|appointments?|sessions?|scans?)\s+with\s+me\b|\b(?:book\s+(?:with|in\s+with)\s+(?:me|us)|i\s+(?:offer|provide|specialise|specialize|perform|treat)|i\s+(?:also\s+)?do\s+private|we\s+(?:offer|provide|specialise|specialize|perform|treat))\b",
    )
});

/// Money raised for a charity: "raffle for the hospice", "every penny goes to", "in aid of".
static FOR_CHARITY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:in\s+aid\s+of|raising\s+(?:money|funds)\s+for|(?:all\s+)?proceeds\s+(?:go\s+)?to|every\s+penny\s+(?:goes|raised)|all\s+money\s+raised|(?:raffle|tombola|draw|auction)\s+for\s+(?:the\s+|our\s+)?(?:local\s+)?(?:hospice|charity|air\s+ambulance|appeal|macmillan|food\s+bank|children[’']?s\s+ward))\b",
    )
});

/// A service ranked first in a place: "best private GP in Bristol", "top injector in Leeds".
static PLACE_SUPERLATIVE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:best|top|leading|no\.?\s?1|number\s+one)\s+(?:[\w-]+\s+){0,2}?(?:gp|clinic|doctor|surgeon|practice|service|injector|dermatologist|physio\w*|dentist|paediatrician|psychiatrist)s?\s+in\s+(?:the\s+)?(?-i:[A-Z])\w+",
    )
});

/// A procedure the text calls the owner's ("our PRP facial", "my laser eye surgery").
fn owned_procedure(r: &Record, promo: &Promo) -> bool {
    promo.analysis.procedures.iter().any(|p| {
        let from = crate::detect::phrases::floor_boundary(&r.text, p.start.saturating_sub(40));
        r.text
            .get(from..p.start)
            .is_some_and(|before| OWNED_BEFORE.is_match(before))
    })
}

static OWNED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:our|my)\s+(?:(?:new|signature|private|own|award[\s-]winning|bespoke|popular|famous|[’'‘\w-]+)\s+){0,3}[’'‘\x22]?$",
    )
});

static THIRD_PARTY_ORG: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:^|[^\w@])@[A-Za-z][A-Za-z0-9_]{2,}"));
static FIRST_PERSON_SELLER: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(?:i|i[’']m|i[’']ll|we|we[’']re|we[’']ll|us|our|my|me)\b"));

/// An @-named business recommended with no first-person seller words at all.
fn recommends_third_party(text: &str) -> bool {
    THIRD_PARTY_ORG.is_match(text) && !FIRST_PERSON_SELLER.is_match(text)
}

/// A message sent to a list ("for my regulars", "hi all", "to all my clients"): a broadcast even
/// when the export files it as a one-to-one chat.
static BROADCAST_LIST: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:for|to)\s+(?:all\s+)?(?:my|our)\s+(?:regulars|lovely\s+clients|clients|ladies|lovelies|customers|patients\s+list|vips?)|(?:hi|hey|hello)\s+(?:my\s+)?(?:lovely\s+)?(?:all|everyone|ladies|lovelies|regulars|clients)|reply\s+[\x22“']?yes[\x22”']?\s+to\s+(?:reserve|book|claim|secure)|first\s+\d+\s+to\s+(?:book|reply|reserve)|broadcast|(?:pls|please|plz)\s+(?:forward|share)\s+(?:this\s+)?(?:to|with)\s+(?:ur|your)\s+(?:friends|mates|girls)|forward\s+(?:this\s+)?to\s+(?:ur|your)\s+(?:friends|mates|girls)|everyone\s+on\s+(?:my|our|the)\s+list|my\s+regulars|our\s+regulars)\b",
    )
});

pub(super) fn one_to_one_not_broadcast(r: &Record) -> bool {
    judge::is_one_to_one(r) && !BROADCAST_LIST.is_match(&r.text) && !SALES_PITCH.is_match(&r.text)
}

/// A sales pitch in a direct message: a prize draw, a bring-a-friend offer, a package "just for u".
/// The message sells as any advert does, to one reader.
static SALES_PITCH: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:go|goes|put)\s+(?:in|into)\s+(?:the|a)\s+(?:prize\s+)?draw|bring\s+a\s+(?:friend|bestie|mate|pal)|refer\s+a\s+(?:friend|bestie|mate)|(?:package|offer|deal|discount|price)\s+(?:this\s+\w+\s+)?just\s+for\s+(?:you|u)|just\s+for\s+(?:you|u)\s+(?:this\s+\w+\s+)?(?:£|\d+%)|(?:want|need)\s+the\s+(?:link|booking\s+link)\s*\?|loads\s+of\s+my\s+(?:girls|ladies|clients)\s+have|(?:now\s+)?offers?\s+private\s+(?:treatment|consultations?|appointments?)|appointments?\s+(?:by|via|on)\s+(?:telephone|phone|email|request)|at\s+(?:most\s+|very\s+)?competitive\s+(?:fees|prices|rates))\b",
    )
});

/// The record advertises the owner's services: a call to book, an offer of the service, a price, or
/// a bio naming a clinic and its procedures.
fn is_own_advert(r: &Record, promo: &Promo) -> bool {
    let seller = promo.cues.iter().any(|c| {
        matches!(
            c.kind,
            CueKind::Cta
                | CueKind::DmCta
                | CueKind::Service
                | CueKind::Offer
                | CueKind::PercentOff
                | CueKind::Scarcity
        )
    });
    let procedures = &promo.analysis.procedures;
    let cosmetic =
        procedures.iter().any(|p| p.class == "cosmetic") || !promo.analysis.meds.is_empty();
    let guarantee = OWN_GUARANTEE.is_match(&r.text);
    let own = OWN_SERVICE.is_match(&r.text) || owned_procedure(r, promo) || guarantee;
    // "Come and see us", "restock arrived", "book with me": the seller speaking.
    // A bio that lists cosmetic treatments or a practice is the shop window itself.
    let shop_window = r.kind == Kind::Profile && (cosmetic || PRACTICE_CONTEXT.is_match(&r.text));
    // A money-back guarantee is only ever offered by the seller.
    let seller = seller
        || SALES_PITCH.is_match(&r.text)
        || own_offer(&r.text).is_some()
        || guarantee
        || shop_window
        || MONEY_BACK.is_match(&r.text);
    // "The best clinic is @TheirClinic, book a consultation": a recommendation of someone else's
    // business (a conflict-of-interest question), not an advert for the owner's.
    if !own && recommends_third_party(&r.text) {
        return false;
    }
    let priced = promo.cues.iter().any(|c| c.kind == CueKind::Price) && (cosmetic || own);
    // "Best private GP in Bristol… my clinic": the owner ranking their own service is selling it.
    let ranked_own = own && PLACE_SUPERLATIVE.is_match(&r.text);
    (seller
        && (own
            || !procedures.is_empty()
            || PRACTICE_CONTEXT.is_match(&r.text)
            || SERVICE_CONTEXT.is_match(&r.text)))
        || priced
        || ranked_own
        || (r.kind == Kind::Profile && (own || cosmetic) && PRACTICE_CONTEXT.is_match(&r.text))
        || (own && cosmetic)
}

impl Rule for UnverifiableAdvertising {
    fn meta(&self) -> &'static RuleMeta {
        &UNVERIFIABLE_ADVERTISING
    }

    fn check(&self, r: &Record, _cx: &Context, out: &mut Vec<Finding>) {
        let Some(voice) = judge::voice(r) else { return };
        // A repost of an advert counts as the owner's publication (weighed a step lower).
        if one_to_one_not_broadcast(r) {
            return;
        }
        let text = &r.text;
        // A bio's quoted slogan ("\"Best results in Yorkshire\"") is the owner's own words.
        let profile = r.kind == Kind::Profile;
        let mut superlatives: Vec<(usize, usize)> = SUPERLATIVE
            .find_iter(text)
            .chain(INVENTED_CLAIM.find_iter(text))
            .chain(SUPERLATIVE_MORE.find_iter(text))
            .filter(|m| {
                !stance::negated_before(text, m.start())
                    && (profile || !stance::is_others_words(text, m.start(), m.end()))
            })
            .map(|m| (m.start(), m.end()))
            .collect();
        // "Nope, no 'new year new you' discount here": words quoted or refused are not used.
        let spans_of = |re: &Regex| -> Vec<(usize, usize)> {
            re.find_iter(text)
                .filter(|m| {
                    !stance::is_others_words(text, m.start(), m.end())
                        && !stance::negated_before(text, m.start())
                })
                .map(|m| (m.start(), m.end()))
                .collect()
        };
        let mut vulnerability = spans_of(&VULNERABILITY);
        vulnerability.extend(spans_of(&HEALTH_FEAR));
        vulnerability.extend(spans_of(&HEALTH_FEAR_MORE));
        vulnerability.extend(spans_of(&VULNERABILITY_MORE));
        let pressure = spans_of(&PRESSURE);
        // "I won't do lip filler on anyone under 21": a group turned away is not a group targeted.
        let turned_away = |&(s, _): &(usize, usize)| {
            let (from, _) = crate::detect::phrases::sentence_around(text, s);
            TURNED_AWAY.is_match(text.get(from..s).unwrap_or(""))
        };
        let young: Vec<(usize, usize)> = spans_of(&VULNERABLE_GROUP)
            .into_iter()
            .filter(|y| !turned_away(y))
            .collect();
        // An absolute health claim in an advert ("flushes every toxin out of your liver",
        // "guaranteed results") is as uncheckable as a superlative. Looked for only where an
        // advert can be (see `is_own_advert`): a call to buy or a price, the owner's own service,
        // or a profile.
        let nothing_else = superlatives.is_empty()
            && vulnerability.is_empty()
            && pressure.is_empty()
            && young.is_empty();
        let may_advertise = || {
            r.kind == Kind::Profile
                || OWN_SERVICE.is_match(text)
                || OWN_GUARANTEE.is_match(text)
                || judge::analysis(r).cues.iter().any(|c| c.kind.is_strong())
        };
        if !nothing_else || may_advertise() {
            superlatives.extend(
                claims::find_claims(text)
                    .into_iter()
                    .filter(|c| c.kind != ClaimKind::Conspiracy && c.topic != "proven")
                    .filter(|c| {
                        !stance::is_others_words(text, c.start, c.end)
                            && !stance::debunking_near(text, c.start, c.end)
                    })
                    .map(|c| (c.start, c.end)),
            );
            superlatives.sort_unstable();
            superlatives.dedup_by(|b, a| b.0 < a.1);
        }
        if superlatives.is_empty()
            && vulnerability.is_empty()
            && pressure.is_empty()
            && young.is_empty()
        {
            return;
        }
        let promo = Promo::of(r);
        if !is_own_advert(r, &promo) {
            return;
        }
        let cosmetic = promo
            .analysis
            .procedures
            .iter()
            .any(|p| p.class == "cosmetic")
            || promo
                .analysis
                .meds
                .iter()
                .any(|m| m.is_cosmetic_or_weight_loss());
        // A vulnerable group only matters for cosmetic or weight-loss adverts.
        let young: Vec<_> = if cosmetic { young } else { Vec::new() };
        if superlatives.is_empty()
            && vulnerability.is_empty()
            && pressure.is_empty()
            && young.is_empty()
        {
            return;
        }
        let under_18 = cosmetic
            && UNDER_18
                .find_iter(text)
                .any(|m| !turned_away(&(m.start(), m.end())));

        let mut evidence = Vec::new();
        let mut problems: Vec<&str> = Vec::new();
        let mut quoted: Vec<String> = Vec::new();
        for (list, what, label) in [
            (
                &superlatives,
                "unverifiable_claim",
                "claims that cannot be checked",
            ),
            (
                &vulnerability,
                "plays_on_insecurity",
                "wording that plays on insecurity",
            ),
            (&pressure, "time_pressure", "time pressure"),
            (
                &young,
                "vulnerable_audience",
                "a young or vulnerable audience",
            ),
        ] {
            if !list.is_empty() {
                problems.push(label);
            }
            for &(start, end) in list.iter().take(2) {
                evidence.push(judge::span(r, start, end, what));
                quoted.push(text.get(start..end).unwrap_or("").trim().to_string());
            }
        }
        let mut severity = if under_18 || (!vulnerability.is_empty() && !pressure.is_empty()) {
            Severity::High
        } else if r.kind == Kind::Profile && vulnerability.is_empty() && pressure.is_empty() {
            Severity::Low
        } else {
            Severity::Medium
        };
        if !judge::is_broadcast(r) && r.kind != Kind::Profile {
            severity = judge::step_down(severity);
        }
        let confidence = if problems.len() >= 2 { 0.85 } else { 0.72 };
        let (severity, confidence) = judge::weigh(voice, severity, confidence);
        let extra = if under_18 {
            " Cosmetic botulinum toxin and fillers may not be given to under-18s in England: remove any \
             reference to prom, school or teenagers."
        } else {
            ""
        };
        let action = Action::new(
            ActionKind::Edit,
            format!(
                "Remove {} from this {}; state checkable facts instead (your qualifications, what the \
                 treatment involves, its risks and recovery).{extra}",
                judge::quote_list(&quoted),
                judge::kind_noun(r)
            ),
        );
        let f = Finding::new(
            &UNVERIFIABLE_ADVERTISING,
            r,
            format!("Advert for your services uses {}", problems.join(", ")),
            evidence,
            action,
        );
        out.push(f.graded(severity, confidence));
    }
}

// ---------------------------------------------------------------------------------------------------

/// ADV003: offers, prizes, competitions and testimonials for medical or cosmetic procedures.
pub struct OffersAndPrizes;

/// Care that can be given away or won: consultations, a GP service, checks and scans, injections.
static CARE_AS_PRIZE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:unlimited|free|private|video|online|gp)\s+(?:gp\s+)?(?:consults?|consultations?|appointments?|appts?)|(?:private\s+)?(?:psychiatric|psychological|adhd|autism|paediatric|dermatology|skin|fertility|specialist)\s+(?:assessments?|consultations?|reviews?)|(?:\d+\s?%|£\d+)\s+off\s+(?:all\s+|our\s+|your\s+)?(?:[\w-]+\s+)?(?:assessments?|consultations?|appointments?|reviews?|scans?)|(?:video|online|private)\s+gp\s+(?:service|membership|subscription)|health\s+(?:checks?|mots?|screens?)|(?:full\s+)?body\s+scans?|(?:b12|vitamin\s+\w+)\s+(?:jabs?|injections?|shots?|drips?)|iv\s+drips?|(?:therapy|shockwave|physio|coaching)\s+sessions?|blood\s+tests?|(?:pre-?deployment|pre-?travel|dive|sports?)\s+medicals?|(?:doctor|gp|medical|physio|injury)\s+assessments?|(?:vaccines?|vaccinations?|jabs?|injury|detox|health|wellness|weight[-\s]?loss|menopause|fertility)\s+(?:package|programme|program|retreat|plan)s?|(?:place|spot|space)\s+on\s+(?:my|our)\s+(?:[\w-]+\s+){0,5}?(?:retreat|programme|program|bootcamp)|(?:package|treatment|consult|session)s?\s+at\s+(?:my|our)\s+(?:clinic|practice|surgery))\b",
    )
});

/// What follows a procedure when the prize is a course about it ("ultrasound course", "botox
/// training day").
static TAUGHT_NOT_GIVEN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:[\w-]+\s+)?(?:course|courses|workshop|training|masterclass|webinar|conference|textbook|teaching|cpd)\b",
    )
});

static OFFERS_AND_PRIZES: RuleMeta = RuleMeta {
    code: "ADV003",
    name: "offers-prizes-testimonials",
    category: Category::Advertising,
    severity: Severity::Medium,
    confidence: 0.8,
    summary: "Discounts, giveaways, competitions or testimonials used to sell a medical or cosmetic procedure",
    guidance: ADVERTISING_GUIDANCE,
    what_it_finds: "The account holder's posts that attach a financial inducement (\"20% off\", \"half \
        price\", \"2 for 1\", \"refer a friend\", vouchers), a prize or competition (\"win free lip \
        filler\", \"giveaway: tag a friend\") or client testimonials and before-and-after results to a \
        medical or cosmetic procedure or a prescription medicine. A free first consultation on its own \
        does not fire; prizes in an unrelated context (\"Nobel prize\") do not fire.",
    why_it_matters: "Medical defence bodies summarising GMC advice warn against financial inducements \
        such as discounts, time-limited or two-for-one offers, and the GMC's cosmetic guidance says \
        procedures must not be offered as prizes. Such offers rush decisions about interventions with \
        real risks, which GMP ¶90c and GMC 2024 ¶11 forbid.",
    example: "\"GIVEAWAY! Win 1ml of lip filler, like and tag 3 friends\" fires (high). \"20% off all \
        skin boosters this month\" fires. \"Free parking at the hospital this week\" does not.",
    how_to_fix: "Delete giveaways and competitions for procedures. Remove discounts and deadlines from \
        procedure adverts and state the normal price; if you use testimonials, make sure they are \
        genuine, typical and do not name prescription medicines.",
};

impl Rule for OffersAndPrizes {
    fn meta(&self) -> &'static RuleMeta {
        &OFFERS_AND_PRIZES
    }

    fn check(&self, r: &Record, _cx: &Context, out: &mut Vec<Finding>) {
        let Some(voice) = judge::voice(r) else { return };
        // A repost of an advert counts as the owner's publication (weighed a step lower).
        if one_to_one_not_broadcast(r) {
            return;
        }
        let promo = Promo::of(r);
        let interesting = promo.cues.iter().any(|c| {
            matches!(
                c.kind,
                CueKind::Offer | CueKind::PercentOff | CueKind::Giveaway | CueKind::Testimonial
            )
        });
        if !interesting {
            return;
        }
        let text = &r.text;
        let procedures = &promo.analysis.procedures;
        let meds = &promo.analysis.meds;
        let mut targets: Vec<(usize, usize, String, bool)> = procedures
            .iter()
            .map(|p| (p.start, p.end, p.name.clone(), p.class == "cosmetic"))
            .chain(meds.iter().map(|m| (m.start, m.end, m.name.clone(), true)))
            .collect();
        // "win a free place on my ultrasound course": teaching for clinicians, not the procedure.
        targets.retain(|t| {
            !text
                .get(t.1..)
                .is_some_and(|rest| TAUGHT_NOT_GIVEN.is_match(rest))
        });
        // "Giving away a FREE year of unlimited consults", "you BOTH get a free B12 jab": care
        // itself as the prize or the reward.
        if targets.is_empty() {
            targets.extend(
                CARE_AS_PRIZE
                    .find_iter(text)
                    .map(|m| (m.start(), m.end(), m.as_str().to_string(), false)),
            );
        }
        if targets.is_empty() {
            return;
        }
        let warning = WARNING.is_match(text);
        let near_target = |c: &Cue, radius: usize| {
            targets
                .iter()
                .any(|t| !c.in_text || judge::distance((c.start, c.end), (t.0, t.1)) <= radius)
        };
        // "'WIN a free lip filler session!!' - saw this and no": someone else's words.
        let in_own_words = |c: &Cue| !c.in_text || !stance::is_others_words(text, c.start, c.end);
        // Giveaways: need a procedure close by, or two giveaway cues with a procedure anywhere.
        let giveaways: Vec<&Cue> = promo
            .cues
            .iter()
            .filter(|c| c.kind == CueKind::Giveaway)
            .filter(|c| in_own_words(c))
            .collect();
        // "The surgery raffle for the hospice is back": prizes raising money for a charity.
        let giveaway_real = !warning
            && !FOR_CHARITY.is_match(text)
            && !giveaways.is_empty()
            && (giveaways.iter().any(|c| near_target(c, 150)) && giveaways.len() >= 2
                || giveaways.iter().any(|c| {
                    let w = c.label.to_ascii_lowercase();
                    (w.starts_with("giveaway")
                        || w.starts_with("give-away")
                        || w.starts_with("win a free")
                        || w.contains("raffle"))
                        && near_target(c, 250)
                }));
        let offers: Vec<&Cue> = promo
            .cues
            .iter()
            .filter(|c| matches!(c.kind, CueKind::Offer | CueKind::PercentOff))
            .filter(|c| {
                let w = c.label.to_ascii_lowercase();
                !(w.contains("consultation")
                    || w == "price list"
                    || stance::negated_before(text, c.start)
                    || w.starts_with("prices from")
                    || w.starts_with("priced from")
                    || w.starts_with("starting from")
                    || w.starts_with("only £")
                    || w.starts_with("just £"))
            })
            .filter(|c| in_own_words(c))
            .filter(|c| near_target(c, 250))
            .collect();
        let offers: Vec<&Cue> = if warning && !promo.has_seller_cta() {
            Vec::new()
        } else {
            offers
        };
        let own_advert = is_own_advert(r, &promo);
        let testimonials: Vec<&Cue> = if own_advert && targets.iter().any(|t| t.3) {
            promo
                .cues
                .iter()
                .filter(|c| c.kind == CueKind::Testimonial)
                .collect()
        } else {
            Vec::new()
        };
        // Offers count for cosmetic procedures anywhere, and for medical services only in an own advert.
        let cosmetic_target = targets.iter().any(|t| t.3);
        let offers: Vec<&Cue> = if cosmetic_target || own_advert {
            offers
        } else {
            Vec::new()
        };
        if !giveaway_real && offers.is_empty() && testimonials.is_empty() {
            return;
        }
        let mut cues: Vec<&Cue> = Vec::new();
        if giveaway_real {
            cues.extend(giveaways.iter().copied());
        }
        cues.extend(offers.iter().copied());
        cues.extend(testimonials.iter().copied());
        let mut evidence = cue_evidence(r, &cues, 5);
        if let Some(t) = targets.first() {
            evidence.push(judge::span(r, t.0, t.1, "procedure"));
        }
        let target_names: Vec<String> = targets.iter().take(3).map(|t| t.2.clone()).collect();
        let (mut severity, what, action) = if giveaway_real {
            (
                Severity::High,
                "offered as a prize",
                Action::new(
                    ActionKind::Delete,
                    format!(
                        "Delete this {}: procedures must not be offered as prizes.",
                        judge::kind_noun(r)
                    ),
                ),
            )
        } else if !offers.is_empty() {
            let words: Vec<String> = offers.iter().map(|c| c.label.trim().to_string()).collect();
            (
                Severity::Medium,
                "sold with a discount or offer",
                Action::new(
                    ActionKind::Edit,
                    format!(
                        "Remove the inducement {} from this {}; state the normal price and what the \
                         procedure involves.",
                        judge::quote_list(&words),
                        judge::kind_noun(r)
                    ),
                ),
            )
        } else {
            (
                Severity::Low,
                "advertised with testimonials or before-and-after results",
                Action::new(
                    ActionKind::Review,
                    "Check the testimonials and before-and-after results are genuine, typical and \
                     consented, and that none names a prescription medicine.",
                ),
            )
        };
        if !judge::is_broadcast(r) && r.kind != Kind::Profile {
            severity = judge::step_down(severity);
        }
        let confidence = if giveaway_real || offers.len() >= 2 {
            0.85
        } else {
            0.72
        };
        let (severity, confidence) = judge::weigh(voice, severity, confidence);
        let f = Finding::new(
            &OFFERS_AND_PRIZES,
            r,
            format!("{} {what}", judge::quote_list(&target_names)),
            evidence,
            action,
        );
        out.push(f.graded(severity, confidence));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Audience, Kind, Platform};
    use crate::rules::testing;

    fn pom_advert(text: &str) -> bool {
        let r = testing::owned(Platform::Instagram, Kind::Post, Audience::Public, text);
        !testing::findings(&PomAdvertised, &r).is_empty()
    }

    fn unverifiable(text: &str) -> bool {
        let r = testing::owned(Platform::Twitter, Kind::Post, Audience::Public, text);
        !testing::findings(&UnverifiableAdvertising, &r).is_empty()
    }

    #[test]
    fn a_county_superlative_in_a_bio_and_results_excellent_in_every_case() {
        let bio = |t: &str| {
            let r = testing::owned(Platform::Instagram, Kind::Profile, Audience::Public, t);
            !testing::findings(&UnverifiableAdvertising, &r).is_empty()
        };
        assert!(bio(
            "Dr Cai Evans | Best GP in Ceredigion | private appts, same week | link below"
        ));
        assert!(!bio(
            "Dr Cai Evans, GP in Ceredigion. Views my own. Not medical advice."
        ));
        assert!(unverifiable(
            "Mr B. Shah FRCS now offers private hernia repair at competitive fees. Results are excellent in every case. Appointments by telephone."
        ));
        assert!(!unverifiable(
            "Hernia repair results are excellent in every case series we audited this year, write-up in the BJS next month"
        ));
    }

    #[test]
    fn a_prize_or_a_pitch_quoted_or_refused_is_not_used() {
        let offers = |t: &str| {
            let r = testing::owned(Platform::Instagram, Kind::Post, Audience::Public, t);
            !testing::findings(&OffersAndPrizes, &r).is_empty()
        };
        assert!(!offers("\"WIN a free lip filler session, just tag 3 friends!!\" - saw this on my explore page and no. Procedures aren't prizes."));
        assert!(offers("WIN a free lip filler session at my clinic, just tag 3 friends!! Giveaway closes Friday"));
        assert!(!unverifiable("Nope, no \"new year new you\" discount here. Fees are on the website at my clinic and they're the same as last year."));
    }

    #[test]
    fn a_service_ranked_first_in_its_town_or_sold_to_the_desperate() {
        assert!(unverifiable("Best private GP in Bristol, no question, and I'd say that even if it wasn't my clinic 😂 most experienced doctors in the South West"));
        assert!(unverifiable("Stuck on an 18 month waiting list and in agony? I do private knee replacements. Skip the queue, DM me."));
        assert!(!unverifiable(
            "Proud of my clinic team: the practice nurses ran 400 flu jabs on Saturday"
        ));
        assert!(!unverifiable("Best private GP in Bristol? Honestly, go to whoever your friends trust and check their CQC report"));
        assert!(!pom_advert("Reminder that botulinum toxin is a prescription-only medicine. If someone's offering a 'Botox party' with no consultation, please walk away."));
    }

    #[test]
    fn fear_of_a_lump_or_of_time_running_out_sells_a_fast_pathway() {
        for t in [
            "Found a lump? Every week you sit on an NHS waiting list is a week it could be spreading. We see you within 24h. Don't gamble with your life, book today.",
            "Every month you wait, your eggs are running out. Our Priority Pathway starts you in 7 days, for couples who can't face another heartbreak. A £500 deposit secures your place.",
        ] {
            assert!(unverifiable(t), "{t}");
        }
        for t in [
            "Found a lump? Please don't sit on it: book with your GP, most lumps are harmless but it needs checking.",
            "Our weekend plan: walk the dog, see the in-laws, sleep.",
        ] {
            assert!(!unverifiable(t), "{t}");
        }
        let offers = |t: &str| {
            let r = testing::owned(Platform::Twitter, Kind::Post, Audience::Public, t);
            !testing::findings(&OffersAndPrizes, &r).is_empty()
        };
        assert!(offers("GIVEAWAY! To say thanks I'm giving away a FREE full-body mole mapping at my private clinic. Follow, like and tag three mates to enter"));
    }

    #[test]
    fn underarm_injections_for_sweating_are_botulinum_toxin() {
        assert!(pom_advert(
            "Nobody wants sweat patches at the office this summer. Underarm injections that stop sweating for up to 6 months, 20% off for NHS staff throughout June at our clinic."
        ));
    }

    #[test]
    fn a_jab_journey_is_advertised_and_an_ad_warned_about_is_not() {
        assert!(pom_advert(
            "POV: you started your jab journey with us in January and your jeans finally fit again 🥹 consultations open, link in bio #mounjarojourney"
        ));
        assert!(!pom_advert(
            "Saw an ad for 'baby botox parties' on my feed today. Reminder: botulinum toxin is a prescription-only medicine and needs a face-to-face assessment by a prescriber. Please don't book through Instagram DMs."
        ));
    }

    #[test]
    fn superlatives_guarantees_and_outcome_rates_in_own_adverts() {
        for t in [
            "Our cosmetic surgery clinic offers the safest breast augmentation in the UK. DM to book",
            "Our sports injury clinic: 97% of patients pain-free after one session! Book online.",
            "Come to my new private GP clinic, guaranteed satisfaction or your money back! Book now",
        ] {
            assert!(unverifiable(t), "{t}");
        }
        for t in [
            "The best GP service in London is the one that listens, whoever runs it",
            "Best day at the clinic today, the team is amazing",
        ] {
            assert!(!unverifiable(t), "{t}");
        }
    }

    #[test]
    fn a_clinic_speaking_as_we_and_fear_of_illness_sold_to() {
        for t in [
            "Why we're the best laser eye surgery clinic in Scotland: zero complications in over 2,000 procedures, and your results are guaranteed or your money back.",
            "Found a lump and can't stop worrying? Don't spend weeks lying awake on an NHS waiting list. Same-day private consultations with me for £250 and peace of mind guaranteed.",
        ] {
            assert!(unverifiable(t), "{t}");
        }
        for t in [
            "Found a lump and can't stop worrying? Please see your GP: most lumps are harmless and the two-week pathway exists for the ones that aren't.",
            "We're a small team on the ward but the best in the trust at getting people home, proud of everyone",
            "Waiting lists are lying awake territory for a lot of my patients. We need more theatre capacity, not slogans.",
        ] {
            assert!(!unverifiable(t), "{t}");
        }
    }

    #[test]
    fn an_outcome_guaranteed_by_the_writers_own_programme_is_an_advert() {
        for t in [
            "My 12-week reset programme reverses type 2 diabetes. Guaranteed, or your money back.",
            "Menopause symptoms gone in 21 days with my plan. 100% success rate.",
            "Our clinic's protocol reverses arthritis in six weeks, guaranteed results for every client",
        ] {
            assert!(unverifiable(t), "{t}");
        }
        for t in [
            "My 8-week running plan got me from sofa to 10k. No guarantees, just consistency!",
            "Guaranteed way to annoy a GP: ask for antibiotics for a cold",
        ] {
            assert!(!unverifiable(t), "{t}");
        }
    }

    #[test]
    fn a_pointer_to_the_price_list_promotes_the_medicine() {
        for t in [
            "yes babe I do tirzepatide, check my page for prices x",
            "Semaglutide pens now in, price list in my bio",
            "Hi lovely, yes we stock Saxenda, pricing is in my highlights",
        ] {
            assert!(pom_advert(t), "{t}");
        }
        for t in [
            "yes babe I did a video on tirzepatide side effects, check my page x",
            "Ozempic prices have gone up again at most online pharmacies, be careful of fakes",
        ] {
            assert!(!pom_advert(t), "{t}");
        }
    }

    #[test]
    fn health_claims_in_own_adverts_cannot_be_checked() {
        for t in [
            "Our 7-day detox retreat resets your hormones completely, guaranteed results. Book your place now!",
            "IV vitamin drips at my Manchester drip bar: cures fatigue, 100% safe. DM to book",
            "My menopause programme eliminates hot flushes for good. Spaces are limited, sign up today!",
        ] {
            assert!(unverifiable(t), "{t}");
        }
        for t in [
            "Our detox unit at the hospital helps people come off alcohol safely; ask your GP for a referral",
            "Guaranteed fun at our practice summer BBQ, book your tickets now!",
        ] {
            assert!(!unverifiable(t), "{t}");
        }
    }

    #[test]
    fn programmes_and_parties_sell_prescription_medicines() {
        for t in [
            "Our Wegovy programme includes the medication and monthly check-ins, sign up online today",
            "Botox parties available! Get the girls together and we'll come to you 🥂",
        ] {
            assert!(pom_advert(t), "{t}");
        }
        for t in [
            "Important: buying Botox online is dangerous, always see a qualified prescriber face to face",
            "Thinking about weight-loss injections? Speak to your GP about whether they're right for you",
        ] {
            assert!(!pom_advert(t), "{t}");
        }
    }

    #[test]
    fn a_service_guaranteeing_outcomes_or_a_bio_claiming_the_top_spot() {
        assert!(unverifiable(
            "Why wait for the NHS? Our private GP service guarantees you'll feel better in 24 hours"
        ));
        assert!(!unverifiable(
            "Our clinic guarantees every patient a chaperone for intimate examinations"
        ));
        let bio = testing::owned(
            Platform::Instagram,
            Kind::Profile,
            Audience::Public,
            "Harley Street trained. The UK's most trusted aesthetic doctor. Botox, fillers, skin.",
        );
        assert!(!testing::findings(&UnverifiableAdvertising, &bio).is_empty());
    }

    #[test]
    fn booking_before_it_gets_worse_is_pressure() {
        assert!(unverifiable(
            "Don't let those frown lines age you. You deserve to feel confident again. Book before they get worse!"
        ));
        assert!(!unverifiable(
            "Book before Friday if you want a slot at the staff flu clinic"
        ));
    }

    #[test]
    fn waiting_list_fear_unmatched_claims_and_discounted_assessments_sell() {
        let post = |text: &str| {
            let r = testing::owned(Platform::Instagram, Kind::Post, Audience::Public, text);
            !testing::findings(&UnverifiableAdvertising, &r).is_empty()
                || !testing::findings(&OffersAndPrizes, &r).is_empty()
        };
        for t in [
            "Waited 2 YEARS on the NHS list? Get your ADHD diagnosis in 7 days. 20% off assessments booked before Friday, link in bio!",
            "Is your child falling behind at school? Don't wait three years on the NHS list. Our ADHD assessments are the most accurate in the North West with 100% parent satisfaction. Call today.",
            "Sick of waiting 9 hours in A&E? At our Fairhaven Walk-In you'll be seen within 15 minutes, GUARANTEED, by the best emergency doctors in Lancashire.",
            "Hate what you see in the mirror? Jowls making you look ten years older? You don't have to live like this. Book your consultation today",
            "Officially the No.1 skin clinic in Cheshire! 98% of our clients say they look 10 years younger after one session of our signature Glow Protocol. Nobody else in the North West comes close",
            "GIVEAWAY! Win a FREE private psychiatric assessment worth £450! Like, share and tag a friend. Winner drawn Monday",
            "BACK TO SCHOOL OFFER: private paediatric consultations just £99 (usually £180) for September only!",
        ] {
            assert!(post(t), "{t}");
        }
        for t in [
            "Waited 2 years on the NHS list for my own hip and it was worth every day. Thank you Ward 7!",
            "Is your child falling behind at school? The free NHS guide to getting support is linked by the school nurse team, no referral needed",
            "Sick of waiting in A&E? It's not the staff's fault. Write to your MP about social care beds.",
            "Our clients' kindness this Christmas has been overwhelming, thank you from all the team",
        ] {
            assert!(!post(t), "{t}");
        }
    }

    #[test]
    fn a_case_for_colleagues_or_a_call_to_regulate_is_not_an_advert() {
        let post = |text: &str| {
            let r = testing::owned(Platform::Facebook, Kind::Post, Audience::Public, text);
            !testing::findings(&PomAdvertised, &r).is_empty()
        };
        assert!(!post(
            "Composite case for tonight's journal club, details changed, not a real patient: woman in her 40s, 'Botox party' at a friend's house, presents 5 days later with left ptosis. How would you manage?"
        ));
        assert!(!post(
            "The consultation on licensing non-surgical cosmetics closes Friday. Botox in the back room of a nail bar should not be legal. Takes ten minutes to respond, link below."
        ));
        assert!(post(
            "Botox parties are back! Host one before Friday and get £50 off your own treatment, link below"
        ));
    }

    #[test]
    fn a_reply_to_one_person_without_a_price_is_not_an_advert() {
        let reply = |text: &str| {
            let r = testing::owned(Platform::Instagram, Kind::Comment, Audience::Public, text);
            !testing::findings(&PomAdvertised, &r).is_empty()
        };
        assert!(!reply(
            "@lucy_x hun that's definitely a UTI, get some nitrofurantoin and message me if it's not better"
        ));
        assert!(reply(
            "@lucy_x Botox £99 per area this weekend, DM me to book"
        ));
    }

    #[test]
    fn prize_draws_frown_line_giveaways_and_weight_struggles_sold_to() {
        let prize = |text: &str| {
            let r = testing::owned(Platform::Instagram, Kind::Post, Audience::Public, text);
            !testing::findings(&OffersAndPrizes, &r).is_empty()
        };
        assert!(prize(
            "Everyone who books a private health MOT in June goes into a draw to win a free consultation plus a spa day!"
        ));
        assert!(prize(
            "Giveaway time! Follow us, like this post and tag two friends to win a complimentary frown-line freshen-up at the clinic. Winner drawn Friday!"
        ));
        assert!(!prize(
            "Our practice raffle for the hospice raised £640! Winner drawn Friday, thank you all"
        ));
        assert!(unverifiable(
            "Struggled with your weight for years? Tried every diet going and still feel like a failure? Our doctor-led programme with the weekly jab could be what finally works. Comment START and we'll send you a slot."
        ));
        assert!(!unverifiable(
            "If you've struggled with your weight for years, you are not a failure. Obesity is a chronic disease; talk to your GP about NHS support"
        ));
    }

    #[test]
    fn waiting_lists_broken_relationships_and_sales_pitches_by_message() {
        for t in [
            "Only 3 new-patient HRT slots left before Christmas. If you've been fobbed off by your GP, you do NOT have to suffer through another winter of night sweats. Swipe up to book before they go",
            "Voted the UK's No.1 private ADHD service. Don't let your child lose another school year waiting on the NHS. Enquire today, our psychiatrists are ready when you are.",
            "Is snoring ruining your relationship? Our 20-minute in-clinic laser procedure stops snoring for good. Book in January",
            "Leeds' No.1 private GP 🏆 no waiting, no fuss, and NOBODY leaves unhappy! ring 0113 496 0123 to book ur slot",
        ] {
            assert!(unverifiable(t), "{t}");
        }
        for t in [
            "Fobbed off by your GP about menopause symptoms? The NICE guideline is worth reading before your next appointment",
            "Leeds' best curry house is still the one on Kirkgate, fight me",
        ] {
            assert!(!unverifiable(t), "{t}");
        }
        let dm = |rule: &dyn Rule, text: &str| {
            let r = testing::owned(Platform::Instagram, Kind::Message, Audience::Private, text);
            !testing::findings(rule, &r).is_empty()
        };
        assert!(dm(
            &UnverifiableAdvertising,
            "saw ur post about feeling rubbish after the breakup 💔 nothing like a glow-up to feel like urself again, got a 'fresh start' package this wk just for u 😘"
        ));
        assert!(dm(
            &OffersAndPrizes,
            "Hiya lovely 💕 bring a bestie for her first tweakment before 30th Nov and u BOTH go in the draw for a free lip refresh 💋 Dr K x"
        ));
        assert!(!dm(
            &UnverifiableAdvertising,
            "so sorry about the breakup 💔 here if you want to talk, and the clinic's counselling service is free for staff"
        ));
    }

    #[test]
    fn a_price_list_or_a_refusal_of_discounts_is_not_an_offer() {
        let offer = |text: &str| {
            let r = testing::owned(Platform::Instagram, Kind::Post, Audience::Public, text);
            !testing::findings(&OffersAndPrizes, &r).is_empty()
        };
        assert!(!offer(
            "Clinic prices: consultation £50. Full price list on our website."
        ));
        assert!(!offer(
            "Clinic reminder: we don't do discounts, deals or packages on any medical treatment."
        ));
        assert!(offer("20% discount on all lip filler this month, book now"));
    }

    #[test]
    fn despair_and_a_divorce_worked_on_to_sell_an_appointment() {
        assert!(unverifiable("Feeling like you can't go on? Don't spend 18 months on an NHS waiting list. I can see you THIS WEEK, assessment £395, first 10 bookings get 20% off"));
        assert!(unverifiable("Feeling low about ur looks after the divorce? my clinic can give u ur confidence back. ring 0161 496 0123 today!"));
        assert!(!unverifiable("If you're feeling like you can't go on, please call Samaritans on 116 123, any time, free"));
    }

    #[test]
    fn a_group_turned_away_and_a_breakup_worked_on() {
        assert!(!unverifiable("why I won't do lip filler on anyone under 21 in my clinic 👇 it's been illegal under 18 in England since 2021, book a chat if you want to know more"));
        assert!(unverifiable("still feeling low since the breakup? not recognising the girl in the mirror? you deserve to feel like YOU again. consults at my clinic this week only"));
    }

    #[test]
    fn session_30_the_nhs_as_the_wait_fear_of_being_next_and_a_quoted_bio_slogan() {
        assert!(pom_advert(
            "Fed up waiting 18 months for the NHS endocrine clinic? I see private pts within 48hrs, Ozempic & Mounjaro starter packs available, first consult FREE this Jan only 💉 link in bio"
        ));
        assert!(pom_advert(
            "doctor-led weight loss jabs 💉 Mounjaro from £129 a month, prescribed by me (a real NHS doc) link in bio"
        ));
        assert!(!pom_advert(
            "Mounjaro is now available on the NHS for some patients, ask your GP if you're eligible"
        ));
        for t in [
            "ive seen what a heart attack does to a family. dont be the next one. my private heart MOT is the ONLY way to know you're truly safe ❤️ £349, book via link",
            "Terrified the NHS won't be there for your kids? Don't leave it to chance. Family GP membership at my practice from £59 a month, because waiting could cost a life.",
        ] {
            assert!(unverifiable(t), "{t}");
        }
        assert!(!unverifiable(
            "Heart attack symptoms in women are often missed. Don't be the next statistic: know the signs, call 999"
        ));
        assert!(unverifiable(
            "Our private fertility clinic has a 98% success rate, consultations available now"
        ));
        assert!(!unverifiable(
            "The national IVF success rate is about 30% for under-35s, worth knowing before you start"
        ));
        let bio = |t: &str| {
            let r = testing::owned(Platform::Instagram, Kind::Profile, Audience::Public, t);
            !testing::findings(&UnverifiableAdvertising, &r).is_empty()
        };
        assert!(bio(
            "Dr Jess 💉 aesthetics by night ✨ Wrinkle relaxing injections Leeds ✨ \"Best results in Yorkshire\" ✨ Book 👇 linktr.ee/drjess"
        ));
    }

    #[test]
    fn session_31_fear_stress_the_only_gp_a_founders_bio_and_care_given_away() {
        for t in [
            "Still waiting 18 months for NHS IVF? Every month you wait your eggs are ageing 💔 don't leave it until it's too late. Our online fertility clinic can start you THIS WEEK. DM \"HOPE\"",
            "Off work with stress? Dont suffer alone. I can give you a fit note TODAY no questions asked, £30 online, 100% accepted by every employer.",
            "The ONLY private GP in Cheshire who guarantees you'll be seen within 10 mins, every time. Book now",
            "Rated the UK's No.1 medico-legal expert for whiplash claims. My reports win cases. Solicitors - instruct me today, I've never lost one.",
        ] {
            assert!(unverifiable(t), "{t}");
        }
        for t in [
            "Waiting for NHS IVF is hard. Our fertility clinic runs a free information evening on the 12th; the HFEA website lists success rates for every UK clinic.",
            "Need a fit note? Your GP or the NHS 111 online service can help; I can't issue them on here.",
            "Our practice is the only GP surgery in the village, open 8-6.30 weekdays. Book online or ring reception.",
        ] {
            assert!(!unverifiable(t), "{t}");
        }
        let bio = |t: &str| {
            let r = testing::owned(Platform::Twitter, Kind::Profile, Audience::Public, t);
            !testing::findings(&UnverifiableAdvertising, &r).is_empty()
        };
        assert!(bio(
            "GP & founder @MedNowUK the UK's No.1 online doctor, fastest appointments in Britain GUARANTEED. book in 60 secs"
        ));
        let prize = |t: &str| {
            let r = testing::owned(Platform::Facebook, Kind::Post, Audience::Public, t);
            !testing::findings(&OffersAndPrizes, &r).is_empty()
        };
        assert!(prize(
            "GIVEAWAY to celebrate 1000 patients on our video GP service, we're giving away a FREE year of unlimited consults!! like, share & tag 3 friends to enter"
        ));
        assert!(!prize(
            "Raffle for the hospice: win a hamper! Our video GP service is open as usual, book online."
        ));
    }

    #[test]
    fn care_at_the_doctors_own_clinic_or_retreat_given_away_and_a_course_is_not_care() {
        let offers = |t: &str| {
            let r = testing::owned(Platform::Instagram, Kind::Post, Audience::Public, t);
            !testing::findings(&OffersAndPrizes, &r).is_empty()
        };
        for t in [
            "GIVEAWAY 🎉 WIN a free pre-deployment medical + full tropical vaccine package at my clinic! Like, share & tag 3 mates",
            "GIVEAWAY TIME like, share and tag 3 running buddies to WIN a free sports injury package at my clinic (doctor assessment + 2 shockwave sessions worth £250!!)",
            "🎁 GIVEAWAY 🎁 win a free place on my 5 day Detox and Reset retreat in Ibiza worth £2,400!! follow, like and tag 3 mates",
        ] {
            assert!(offers(t), "{t}");
        }
        assert!(!offers(
            "GIVEAWAY 🎉 win a free place on my ultrasound course for FY doctors! tag a colleague"
        ));
    }

    #[test]
    fn session_37_cancer_terror_and_sleepless_worry_sell_a_fast_private_scope() {
        for t in [
            "Terrified about stomach cancer? Can't sleep with worry? Skip the queue: my private gastroscopy list can see you THIS WEEK, only a few slots left 👇",
            "Been on the NHS waiting list for months with that mole? My skin clinic can check it this Saturday, only a few slots left.",
        ] {
            assert!(unverifiable(t), "{t}");
        }
        for t in [
            "So many patients tell me they can't sleep with worry while they wait for results. Please ring the cancer nurse specialists, that's what they're there for.",
            "If you're terrified about bowel cancer, do the free NHS home test kit when it comes through the door. It saves lives.",
        ] {
            assert!(!unverifiable(t), "{t}");
        }
    }
}

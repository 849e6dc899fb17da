//! Misleading: absolute or guaranteed health claims and minimised risks, misinformation presented as
//! fact, and misrepresented qualifications.
//!
//! GMC 2024 ¶10–11: patients and the public "take what you say on trust", so information must not be
//! false or misleading and doctors "must not misrepresent \[their\] experience and qualifications". GMP
//! ¶89 spells it out: check it is accurate, leave nothing relevant out, "must not minimise or trivialise
//! risks of harm", "must not present opinion as established fact"; ¶82 asks for honesty about
//! qualifications and role; ¶90d about promoting the health of the public. The *Adil* suspension
//! (RULES-FACTS §3.3) shows misinformation reaching the fitness-to-practise threshold. Debunking,
//! quoting and asking are the opposite of asserting, so the stance checks in `detect::stance` decide.

use super::guidance::{Guidance, GuidanceSource::*};
use super::judge::{self, Voice};
use super::{Action, ActionKind, Category, Context, Evidence, Finding, Rule, RuleMeta, Severity};
use crate::detect::claims::{self, ClaimHit, ClaimKind};
use crate::detect::gate::Regex;
use crate::detect::promotion::CueKind;
use crate::detect::stance;
use crate::model::{Kind, Record};
use std::sync::LazyLock;

pub fn rules() -> Vec<Box<dyn Rule>> {
    vec![
        Box::new(AbsoluteClaim),
        Box::new(Misinformation),
        Box::new(Qualifications),
    ]
}

const MISLEADING_GUIDANCE: &[Guidance] = &[
    Guidance::cite(Gmc2024, "10"),
    Guidance::cite(Gmc2024, "11"),
    Guidance::cite(Gmp2024, "89a"),
    Guidance::cite(Gmp2024, "89b"),
    Guidance::cite(Gmp2024, "89c"),
    Guidance::cite(Gmp2024, "89d"),
    Guidance::cite(Gmp2024, "90d"),
];

const QUALIFICATION_GUIDANCE: &[Guidance] = &[
    Guidance::cite(Gmc2024, "11"),
    Guidance::cite(Gmp2024, "82"),
    Guidance::cite(Gmp2024, "89a"),
];

fn re(pattern: &str) -> Regex {
    crate::detect::phrases::regex(pattern)
}

/// Someone else's words, a debunking, or a question: not the owner asserting the claim.
fn not_asserted(text: &str, c: &ClaimHit) -> bool {
    stance::is_others_words(text, c.start, c.end)
        || (stance::debunking_near(text, c.start, c.end) && !DEFIANT.is_match(text))
        || stance::in_question(text, c.start)
}

fn is_selling(r: &Record) -> bool {
    judge::analysis(r).cues.iter().any(|c| {
        matches!(
            c.kind,
            CueKind::Cta
                | CueKind::DmCta
                | CueKind::Service
                | CueKind::Offer
                | CueKind::PercentOff
                | CueKind::Price
                | CueKind::Code
                | CueKind::AffiliateLink
                | CueKind::BioLink
        )
    })
}

static VACCINE_CONTEXT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:vaccin\w*|flu\s+jabs?|(?:covid|flu|autumn|spring)\s+boosters?|immuni[sz]ation|mmr)\b",
    )
});

/// An efficacy figure attached to a claim ("regrows collagen by 300%", "10 years younger"): with it,
/// "clinically proven" is a claim, not a citation.
static INVENTED_FIGURE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\bby\s+(?:up\s+to\s+)?\d{2,4}\s?(?:%|percent|per\s+cent)|\b(?:by\s+)?\d+\s+years\s+(?:younger|off)|\brevers\w*\s+(?:ageing|aging)\s+by\b",
    )
});

/// Approval of quoted or shared words: "finally someone brave enough to say it", "so true 👏",
/// "please share with your families", "interesting!!", and a post that is nothing but the shared
/// words under a label ("Reposting: …", "Shared: …"): passing a claim on spreads it.
static ENDORSED_QUOTE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:finally\s+(?:someone|somebody|a\s+doctor)|brave\s+enough|so\s+true|exactly\s+this|spot\s+on|this\s+is\s+(?:so\s+)?important|everyone\s+(?:needs|should)\s+to?\s*(?:see|watch|hear|read)|must[\s-]watch|needs\s+to\s+be\s+heard|100%\s+this|wake\s+up|share\s+(?:this\s+)?before|watch\s+(?:this\s+|it\s+)?before|the\s+truth\s+(?:is\s+)?(?:finally\s+)?(?:out|coming\s+out)|please\s+(?:share|pass\s+(?:this|it)\s+on|rt)|share\s+(?:this\s+)?with\s+(?:your|everyone|all)|pass\s+(?:this|it)\s+on|forwarded\s+from\s+a\s+(?:doctor|nurse|consultant))\b|\binteresting\s*!{2,}|\bdo\s+(?:your|ur)\s+(?:own\s+)?research\b|^\s*(?:reposting|sharing|shared|repost|rt)\s*:|💯|🙌|👏",
    )
});

/// Defending a claim against those who rejected it.
static DEFIANT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:until\s+they\s+(?:strike|struck|silence|ban|sack)\s+me|(?:can|could|may)\s+strike\s+me\s+off|strike\s+me\s+off\s+(?:all\s+they\s+(?:like|want)|if\s+they\s+(?:like|want))|the\s+truth\s+(?:doesn[’']?t|does\s+not|won[’']?t|will\s+not)\s+change|(?:anyone|anybody|whoever)\s+(?:saying|who\s+says|telling\s+you|who\s+tells\s+you|claiming)\s+(?:otherwise|different|differently)\s+is\s+(?:just\s+)?(?:scaremongering|fearmongering|lying|protecting)|i\s+(?:will|[’']?ll)\s+(?:keep\s+)?(?:say|saying|repeat)\w*\s+it|they\s+(?:can[’']?t|cannot|won[’']?t)\s+silence|to\s+protect\s+(?:the\s+)?(?:vaccine|drug|pharma\w*)\s*(?:industry|companies|profits)?|(?:struck|silenced|banned|smeared)\s+(?:him|her|them|\w+)\s+(?:off\s+)?(?:to|for)\s+(?:protect|telling)|they\s+don[’']?t\s+want\s+you\s+to\s+know|(?:don[’']?t|do\s+not|never)\s+(?:believe|trust|listen\s+to)\s+(?:the\s+|your\s+)?(?:fsa|nhs|who|government|govt|experts|doctors|mainstream|media|nice|mhra|cdc|fda|gmc|scientists|health\s+authorities)|(?:dry\s+eye|side[\s-]effects?|complications?|risks?|withdrawal|scarring|the\s+(?:liver|heart|kidney)\s+(?:and\s+\w+\s+)?)\s*(?:thing|stuff|issue|talk)?\s+(?:is|are)\s+(?:a\s+|just\s+a\s+|all\s+|pure\s+)?(?:myths?|scaremongering|fearmongering|overblown)|stop\s+letting\s+(?:your|ur|the)\s+\w+\s+scare\s+(?:you|u))\b",
    )
});

// ---------------------------------------------------------------------------------------------------

/// MIS001: absolute or guaranteed health claims, minimised risks.
pub struct AbsoluteClaim;

static ABSOLUTE_CLAIM: RuleMeta = RuleMeta {
    code: "MIS001",
    name: "absolute-health-claim",
    category: Category::Misleading,
    severity: Severity::Medium,
    confidence: 0.75,
    summary: "A guaranteed or risk-free health claim (\"100% safe\", \"no side effects\", \"cures…\")",
    guidance: MISLEADING_GUIDANCE,
    what_it_finds: "The account holder's statements that promise certainty about a treatment, product or \
        procedure (\"guaranteed results\", \"100% effective\", \"works for everyone\"), deny or minimise its \
        risks (\"completely safe\", \"no side effects\", \"risk-free\", \"nothing to worry about\"), call it a \
        miracle, or say an unproven remedy (a supplement, a diet, a tea, \"my programme\") cures a \
        disease. Negated, sceptical or personal statements do not fire (\"no treatment is 100% safe\", \
        \"be wary of guaranteed results\", \"I had no side effects\"), nor do quotes and debunkings. \
        \"Clinically proven\" counts only in an advert. Claims in adverts are more serious.",
    why_it_matters: "GMP ¶89c: \"you must not minimise or trivialise risks of harm\"; ¶89d: \"you must \
        not present opinion as established fact\"; GMC 2024 ¶10–11: the public takes what doctors say on \
        trust, so information must not be false or misleading. Every intervention has risks, and a \
        promise of certainty cannot be checked.",
    example: "\"Our skin booster is 100% safe with zero side effects\" fires. \"No procedure is \
        risk-free: here are the common side effects\" does not.",
    how_to_fix: "Replace the absolute with what the evidence shows and name the main risks (\"most \
        people see…; common side effects are…; rare but serious risks include…\").",
};

impl Rule for AbsoluteClaim {
    fn meta(&self) -> &'static RuleMeta {
        &ABSOLUTE_CLAIM
    }

    fn check(&self, r: &Record, _cx: &Context, out: &mut Vec<Finding>) {
        let Some(voice) = judge::voice(r) else { return };
        let text = &r.text;
        let found: Vec<ClaimHit> = claims::find_claims(text)
            .into_iter()
            .filter(|c| !matches!(c.kind, ClaimKind::Conspiracy | ClaimKind::Trope))
            .filter(|c| !not_asserted(text, c))
            .collect();
        if found.is_empty() {
            return;
        }
        let selling = is_selling(r);
        let found: Vec<ClaimHit> = found
            .into_iter()
            .filter(|c| c.topic != "proven" || selling || INVENTED_FIGURE.is_match(text))
            .collect();
        if found.is_empty() {
            return;
        }
        let analysis = judge::analysis(r);
        let treatment =
            !analysis.meds.is_empty() || analysis.procedures.iter().any(|p| p.class == "cosmetic");
        let only_vaccine_safety = VACCINE_CONTEXT.is_match(text)
            && !selling
            && found.iter().all(|c| c.kind == ClaimKind::NoRisk);
        let mut severity = if only_vaccine_safety {
            Severity::Low
        } else if selling && (treatment || found.iter().any(|c| c.kind != ClaimKind::Absolute)) {
            Severity::High
        } else {
            Severity::Medium
        };
        if !judge::is_broadcast(r) && r.kind != Kind::Profile {
            severity = judge::step_down(severity);
        }
        let confidence = if found.len() >= 2 || selling {
            0.85
        } else {
            0.72
        };
        let (severity, confidence) = judge::weigh(voice, severity, confidence);
        let phrases: Vec<String> = found
            .iter()
            .map(|c| judge::words(r, c.start, c.end))
            .collect();
        let evidence: Vec<Evidence> = found
            .iter()
            .take(5)
            .map(|c| judge::span(r, c.start, c.end, c.kind.as_str()))
            .collect();
        let kinds: Vec<&str> = {
            let mut k: Vec<&str> = found
                .iter()
                .map(|c| match c.kind {
                    ClaimKind::NoRisk => "minimises risk",
                    ClaimKind::Absolute => "promises certain results",
                    ClaimKind::Miracle => "calls a treatment a miracle",
                    ClaimKind::Cure => "claims an unproven remedy cures disease",
                    _ => "makes an absolute claim",
                })
                .collect();
            k.sort();
            k.dedup();
            k
        };
        let action = if voice == Voice::Shared {
            Action::new(
                ActionKind::Delete,
                format!(
                    "Undo this {}: it spreads a claim that {}.",
                    judge::kind_noun(r),
                    kinds.join(" and ")
                ),
            )
        } else {
            Action::new(
                ActionKind::Edit,
                format!(
                    "Remove or qualify {}: say what the evidence shows and name the main risks (\"most \
                     people…; side effects include…\").",
                    judge::quote_list(&phrases)
                ),
            )
        };
        let f = Finding::new(
            &ABSOLUTE_CLAIM,
            r,
            format!(
                "Health claim {} ({})",
                judge::quote_list(&phrases),
                kinds.join(", ")
            ),
            evidence,
            action,
        );
        out.push(f.graded(severity, confidence));
    }
}

// ---------------------------------------------------------------------------------------------------

/// MIS002: health misinformation contrary to established evidence, asserted by the owner.
pub struct Misinformation;

static MISINFORMATION: RuleMeta = RuleMeta {
    code: "MIS002",
    name: "health-misinformation",
    category: Category::Misleading,
    severity: Severity::High,
    confidence: 0.8,
    summary: "A health claim contrary to established evidence presented as fact (vaccines cause autism…)",
    guidance: MISLEADING_GUIDANCE,
    what_it_finds: "Statements by the account holder of well-known misinformation: vaccines cause \
        autism or are poison, mRNA alters DNA, covid is a hoax, ivermectin cures covid, cancer cured by \
        diet or baking soda, chemotherapy is poison, 5G causes illness, fluoride is poison, HIV does not \
        cause AIDS, bleach/MMS cures, statins are a scam, sunscreen causes cancer, hot water or \
        gargling kills the virus; and conspiracy framing (\"what doctors don't want you to know\", \
        \"big pharma is hiding the cure\"). Debunking (\"it's a myth that…\", \"there is no link…\"), \
        quoting, reporting what a patient said, and questions do not fire, unless the quote is passed \
        on with approval (\"so true 👏\", \"please share with your families\", \"Reposting: …\").",
    why_it_matters: "GMP ¶89 requires accurate information and forbids presenting opinion as \
        established fact; ¶90d requires public communication to promote and protect the health of the \
        public; GMC 2024 ¶10 notes people change their health behaviour on a doctor's word. A surgeon \
        who called covid a hoax and vaccines harmful online was suspended (Adil v GMC, 2023).",
    example: "\"Vaccines cause autism, the evidence is being hidden\" fires. \"It's a myth that vaccines \
        cause autism: the study was retracted\" does not.",
    how_to_fix: "Delete the post. If you want to discuss uncertainty in the evidence, present it as your \
        opinion, cite the evidence, and say where the established view differs.",
};

impl Rule for Misinformation {
    fn meta(&self) -> &'static RuleMeta {
        &MISINFORMATION
    }

    fn check(&self, r: &Record, _cx: &Context, out: &mut Vec<Finding>) {
        let Some(voice) = judge::voice(r) else { return };
        let text = &r.text;
        if stance::debunking_text(text) {
            return;
        }
        let mut found: Vec<ClaimHit> = claims::find_tropes(text);
        found.extend(claims::find_anti_evidence(text));
        // Whether the text has a health subject is asked only once a generic conspiracy word needs it.
        let mut health: Option<bool> = None;
        for c in claims::find_claims(text) {
            if c.kind != ClaimKind::Conspiracy {
                continue;
            }
            let generic = text
                .get(c.start..c.end)
                .map(|w| {
                    let w = w.to_ascii_lowercase();
                    w.contains("research") || w.contains("sheeple") || w.contains("reading")
                })
                .unwrap_or(true);
            if generic && !*health.get_or_insert_with(|| claims::has_health_subject(text)) {
                continue;
            }
            found.push(c);
        }
        if found.is_empty() {
            return;
        }
        // A quoted claim shared with applause is endorsed; a claim defended against "the GMC" or
        // "the industry" is asserted even when debunking words (a name, "misinformation") sit nearby.
        let endorsed = ENDORSED_QUOTE.is_match(text);
        let defiant = DEFIANT.is_match(text);
        found.retain(|c| {
            let quoted = stance::is_others_words(text, c.start, c.end);
            let debunked = stance::debunking_near(text, c.start, c.end)
                && !defiant
                && !claims::denial_backed(text, c.start, c.end);
            (!quoted || endorsed)
                && !debunked
                && !stance::in_question(text, c.start)
                && !stance::negated_before(text, c.start)
        });
        if found.is_empty() {
            return;
        }
        found.sort_by_key(|c| (c.start, c.end));
        found.dedup_by(|b, a| b.start < a.end);
        let tropes: Vec<&ClaimHit> = found
            .iter()
            .filter(|c| c.kind == ClaimKind::Trope)
            .collect();
        let mut severity = if tropes.is_empty() {
            Severity::Medium
        } else {
            Severity::High
        };
        if !judge::is_broadcast(r) && r.kind != Kind::Profile {
            severity = judge::step_down(severity);
        }
        let confidence = if tropes.is_empty() { 0.65 } else { 0.85 };
        let (severity, confidence) = judge::weigh(voice, severity, confidence);
        let topics: Vec<String> = {
            let mut t: Vec<String> = found
                .iter()
                .map(|c| {
                    if c.kind == ClaimKind::Trope {
                        claims::describe_topic(c.topic).to_string()
                    } else {
                        "that the truth is being hidden".to_string()
                    }
                })
                .collect();
            t.dedup();
            t
        };
        let evidence: Vec<Evidence> = found
            .iter()
            .take(4)
            .map(|c| {
                judge::span(
                    r,
                    c.start,
                    c.end,
                    if c.kind == ClaimKind::Trope {
                        c.topic
                    } else {
                        c.kind.as_str()
                    },
                )
            })
            .collect();
        let noun = judge::kind_noun(r);
        let action = if voice == Voice::Shared {
            Action::new(
                ActionKind::Delete,
                format!(
                    "Undo this {noun}: sharing it spreads the claim {}.",
                    topics.join("; ")
                ),
            )
        } else {
            Action::new(
                ActionKind::Delete,
                format!(
                    "Delete this {noun}: it presents as fact the claim {}, which established evidence \
                     contradicts.",
                    topics.join("; ")
                ),
            )
        };
        let f = Finding::new(
            &MISINFORMATION,
            r,
            format!("Presents as fact the claim {}", topics.join("; ")),
            evidence,
            action,
        );
        out.push(f.graded(severity, confidence));
    }
}

// ---------------------------------------------------------------------------------------------------

/// MIS003: qualifications or role misrepresented.
pub struct Qualifications;

static QUALIFICATIONS: RuleMeta = RuleMeta {
    code: "MIS003",
    name: "misrepresented-qualifications",
    category: Category::Misleading,
    severity: Severity::Medium,
    confidence: 0.6,
    summary: "A title or role claim that may overstate your qualifications (consultant, specialist, surgeon)",
    guidance: QUALIFICATION_GUIDANCE,
    what_it_finds: "What can be detected from text: the account holder calling themselves a \
        consultant, specialist, professor or surgeon while a profile (or the same post) says they are a \
        foundation doctor, trainee, registrar or student (high); titles with no recognised meaning or \
        that imply a specialist listing used in cosmetic advertising or a profile (\"aesthetic \
        surgeon\", \"skin specialist\", \"board-certified\", \"Harley Street doctor\", \"master injector\", \
        \"world-renowned\") (medium); and consultant/specialist/surgeon/dermatologist claims in cosmetic \
        adverts, which are only worth checking (low). Titles of other people (\"our consultant was \
        great\") do not fire.",
    why_it_matters: "GMC 2024 ¶11: \"You must not misrepresent your experience and qualifications\"; \
        GMP ¶82: be honest about \"experience, qualifications, and current role\". State boards rate \
        misrepresented credentials online among the likeliest triggers of an investigation (Greysen \
        2013: 77%). \"Consultant\" and \"dermatologist\" suggest a specialist-register listing.",
    example: "A bio saying \"FY2 | aesthetics\" and a post \"As a consultant aesthetic doctor I…\" fires \
        (high). \"Book with our Harley Street skin specialist, link in bio\" fires (medium).",
    how_to_fix: "Use titles you hold (\"GMC-registered doctor\", \"GP\", \"specialty registrar in \
        dermatology\") and give checkable facts (registration number, qualifications, years of \
        experience in the procedure).",
};

static SELF_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|[.!?]\s+)(?:(?:fully\s+qualified|qualified|cosmetic|aesthetic|senior)\s+)?(consultant|specialist|surgeon|professor|dermatologist|cardiologist|plastic\s+surgeon|cosmetic\s+surgeon|aesthetic\s+surgeon)\s+(?:here|reacts)\b|\b(?:i[’']?m|i\s+am|as\s+(?:a|an)|take\s+it\s+from\s+(?:a|an)|i\s+work\s+as\s+(?:a|an)|i[’']?ve\s+been\s+(?:a|an)|i\s+was\s+(?:a|an)|(?:i[’']?ve\s+)?(?:started|starting|been\s+appointed|appointed|promoted)\s+(?:as|to)|my\s+new\s+(?:role|job|post)\s+as|(?:now\s+)?officially|^\s*is\s+(?:(?:now|finally|officially)\s+)*(?:now|finally|officially)|(?:bio|profile|signature|title)\s+now\s+says|(?:be\s+)?using|joining\s+(?:@?[\w.]+\s+){0,3}?as|(?:just\s+)?sign(?:ing)?\s+(?:it|this|the\s+\w+|off)(?:\s+as)?)\s+(?:(?:leading|top|expert|qualified|experienced|uk|london|harley\s+street|award[\s-]winning|cosmetic|aesthetic|aesthetics|senior|practising|fully|nhs|private|skin|medical|gmc[\s-]registered|chief\s+medical\s+officer\s*(?:&|and|\+|/)|medical\s+director\s*(?:&|and|\+|/))\s+)*(?:a\s+|an\s+)?(consultant|specialist|surgeon|professor|dermatologist|plastic\s+surgeon|cosmetic\s+surgeon|aesthetic\s+surgeon|paediatrician|cardiologist|neurologist|oncologist|radiologist|anaesthetist|psychiatrist|gynaecologist|obstetrician)\b|\b(?:i[’']?m\s+[A-Z][a-z]+,\s+(?:a|an)|call(?:ing)?\s+myself|(?:just\s+)?call\s+me|introduc(?:ed|ing)\s+(?:me\s+)?as|(?:changed|updated|switched)\s+my\s+(?:\w+\s+)?(?:bio|title|profile|job\s+title)\s+to|new\s+bio:?|styl(?:e|ing)\s+myself(?:\s+as)?)\s+(?:a\s+|an\s+|the\s+)?[\x22“']?(?:(?:dr|mr|ms|miss|mrs)\.?\s+)?(?:[A-Z][a-z]+,?\s+){0,3}?(?:(?:consultant|senior|cosmetic|aesthetic|plastic|harley\s+street)\s+)*(consultant|specialist|surgeon|professor|dermatologist|cardiologist|neurologist|oncologist|radiologist|anaesthetist|psychiatrist|paediatrician|gynaecologist|orthopaedic\s+surgeon|plastic\s+surgeon|cosmetic\s+surgeon|aesthetic\s+surgeon)\b|(?:^\s*|[|•]\s*)(?:dr|mr|miss|ms|mrs)\.?\s+(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+)){0,2}(?:,?\s+(?-i:[A-Z]{2,6}))*,\s+(?:(?:senior|honorary)\s+)?(consultant|specialist|surgeon|professor|dermatologist)\b|\b(?:(?:i[’']?ll\s+be|i\s+will\s+be|i[’']?m|i\s+am|i[’']?ve\s+been|i\s+have\s+been|i[’']?m\s+now|i\s+now)\s+(?:using|signing\s+(?:off\s+)?as)|(?:bio|profile|signature|title|badge|letterhead|lanyard)\s+(?:now\s+)?(?:says|reads)|(?:put|putting|added|adding)|(?:changed|updated|switched)\s+(?:it|that)\s+to)\s+[\x22“'‘]\s*(?:[\w-]+\s+){0,3}?(consultant|specialist|surgeon|professor|dermatologist|cardiologist|radiologist|anaesthetist|psychiatrist|paediatrician|gynaecologist|physician)\b|[\x22“'‘]\s*(?:[\w-]+\s+){0,2}?(consultant|specialist|surgeon|professor|dermatologist)\b[^\x22”'’\n]{0,30}[\x22”'’]\s+(?:(?:looks?|sounds?|reads?)\s+(?:way\s+|much\s+|so\s+|loads\s+|a\s+lot\s+)?(?:better|more\s+impressive|cooler|posher|nicer)\s+)?(?:in|on)\s+(?:the|my|our)\s+(?:insta\s+|instagram\s+|twitter\s+|linkedin\s+|tiktok\s+|clinic\s+|practice\s+|company\s+)?(?:bio|profile|signature|badge|lanyard|email\s+signature|website|site|web\s+page|clinic\s+page|door|plaque|letterhead|business\s+cards?)\b",
    )
});
static PROFILE_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(consultant|specialist|surgeon|professor|prof\.?|dermatologist|plastic\s+surgeon|cosmetic\s+surgeon|aesthetic\s+surgeon|cardiologist|neurologist|oncologist|radiologist|psychiatrist|paediatrician|gynaecologist|obstetrician|urologist|nephrologist|haematologist|gastroenterologist|endocrinologist|rheumatologist|geriatrician|ophthalmologist)\b",
    )
});
static DUBIOUS_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:aesthetic\s+surgeon|cosmetic\s+(?:doctor\s+)?specialist|aesthetic\s+specialist|skin\s+specialist|botox\s+specialist|filler\s+specialist|(?:double\s+)?board[\s-]certified|celebrity\s+(?:doctor|surgeon|injector|dermatologist)|world[\s-]renowned|world[\s-]famous|harley\s+street\s+(?:doctor|surgeon|trained|specialist|dermatologist|expert)|trained\s+(?:in|on)\s+harley\s+street|master\s+injector|expert\s+injector|top\s+injector|elite\s+injector|award[\s-]winning\s+(?:doctor|surgeon|injector|dermatologist)|professor\s+of\s+(?:longevity|anti[\s-]?ageing|anti[\s-]?aging|aesthetic|functional|integrative|holistic|wellness)\w*(?:\s+medicine)?|(?:anti[\s-]?ageing|anti[\s-]?aging|longevity|hormone|functional\s+medicine|gut\s+health|detox|wellness)\s+(?:expert|specialist|guru|doctor)|(?:basically|essentially|practically)\s+a\s+doctor\s+without|(?:see\s+(?:&|and)\s+)?treat\s+anything\s+(?:your|a)\s+gp\s+(?:does|can|would))\b",
    )
});
static TRAINEE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:fy1|fy2|foundation\s+(?:doctor|year|trainee)|junior\s+doctor|resident\s+doctor|ct[1-3]|st[1-8]|specialty\s+(?:trainee|registrar)|registrar|trainee|medical\s+student|med\s+student|core\s+trainee|gp\s+trainee|gpst\d?|imt[1-3]?|gpwsi|gpwer|gp\s+with\s+(?:a\s+)?(?:special|extended)\s+interest|staff\s+grade|trust\s+grade|specialty\s+doctor|speciality\s+doctor|sas\s+doctor|clinical\s+fellow|physician\s+associate|nurse\s+practitioner|aesthetic\s+nurse|(?:i[’']?m|i\s+am)\s+(?:actually|technically|really|just)\s+(?:a|an)\s+(?:gp|sho|nurse|pharmacist|dentist|locum|f1|f2|fy1|fy2|trainee|student)|technically\s+(?:i[’']?m|i\s+am)\s+(?:a|an|just\s+a|only\s+a)\s+\w+|technically\s+(?:still\s+)?(?:a|an|just\s+a|only\s+a)\s+(?:gp|sho|f[12]|fy[12]|trainee|registrar|nurse|junior|st[1-8]|ct[1-3])\b|not\s+on\s+the\s+specialist\s+register|never\s+(?:did|done|completed|finished|went\s+through)\s+(?:any\s+)?(?:higher|specialty|speciality|specialist|surgical|registrar|derm|dermatology)\s+training|nobody\s+(?:\w+\s+){0,3}?checks\s+the\s+(?:specialist\s+)?register|(?:[1-5]|one|two|three|four|five)\s+(?:yrs?|years)\s+post[\s-]?(?:foundation|fy2?|f2|qualification|grad\w*)|not\s+(?:gmc\s+)?specialist[\s-]registered|no\s+cct\b|honorary\s+(?:title|professor\w*|chair)|as\s+an?\s+(?:sho|f[12]|fy[12]|house\s+officer|junior)|f[12]|online\s+(?:diploma|course|certificate)|(?:weekend|one[\s-]day|two[\s-]day|2[\s-]day|\d[\s-]week|two[\s-]week)\s+(?:course|diploma)|done\s+a\s+few\s+(?:\w+\s+)?courses|close\s+enough|nearly\s+there|not\s+quite|technically\s+(?:the\s+|my\s+)?(?:contract|job\s+title|job\s+plan|title|rota|badge)\s+says|observership|acting[\s-]+up|acting\s+consultant|(?:nobody|no\s+one|no-one)\s+(?:ever\s+)?(?:checks|checked|asks|notices|noticed)|(?:passed|pass(?:ing)?|smashed|nailed)\s+(?:my\s+|the\s+)?(?:part\s+\w+\s+)?(?:frca|mrcp|mrcs|frcs|mrcgp|frcr|mrcpsych|mrcog|mrcpch|frcem|mrcem|fficm|frcophth|frcpath)|middle\s+grade|technically\s+(?:a\s+)?locum|technically\s+i\s+was\s+(?:just\s+|only\s+)?(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}?(?:locum|trainee|sho|f[12]|junior|student|assistant|deputy)\b|technically\s+true|(?:revising|studying|sitting|preparing|resitting)\s+for\s+(?:the\s+|my\s+)?(?:frca|mrcp|mrcs|frcs|mrcgp|frcr|mrcpsych|mrcog|mrcpch|frcem|fficm|frcophth|frcpath))\b",
    )
});
/// A grade the writer held years ago: "Ten years ago I walked in as a terrified F1", "when I was a
/// registrar", "I started as an SHO". Career stories, not the grade held now.
fn grade_in_the_past(text: &str, at: usize) -> bool {
    static PAST: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|many)\s+years\s+ago\b|\bwhen\s+i\s+was\s+(?:a|an)\b|\bback\s+(?:when|in\s+(?:my|the))\b|\bi\s+(?:started|began)\s+(?:out\s+)?as\b|\bi\s+was\s+(?:a|an|just\s+a)\s+(?:\w+\s+)?(?:f[12]|fy[12]|sho|registrar|trainee|medical\s+student|med\s+student)\b|\b(?:walked|came|arrived)\s+(?:in|into)\b[^.!?\n]{0,60}\bas\s+(?:a|an)\b",
        )
    });
    let (s, e) = crate::detect::phrases::sentence_around(text, at);
    text.get(s..e)
        .is_some_and(|sentence| PAST.is_match(sentence))
}

/// "Before my mum tells the whole family I'm a consultant": a title others give the writer,
/// reported, not claimed.
fn told_of_by_others(text: &str, at: usize) -> bool {
    static TOLD: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:tells?|told|telling|says?|said|saying|thinks?|thought|reckons?|convinced)\s+(?:\w+\s+){0,3}?(?:that\s+)?$",
        )
    });
    let lead = crate::detect::phrases::lead_in(text, at, 40);
    // "I told the agency I'm a consultant" is the writer's own claim.
    TOLD.is_match(lead) && !format!(" {}", lead.to_lowercase()).contains(" i ")
}

/// "Dr Josh • 4th yr med student": a student styled as a doctor. Someone else's studies ("my son
/// is a medical student") do not count.
fn student_styled_dr(r: &Record) -> Option<Finding> {
    let text = &r.text;
    let student = STUDENT.find_iter(text).find(|m| {
        let lead = crate::detect::phrases::lead_in(text, m.start(), 30).to_lowercase();
        !["my ", "our ", "his ", "her ", "their ", "your ", "ur "]
            .iter()
            .any(|w| lead.contains(w))
    })?;
    let dr = STYLED_DR
        .find(text)
        .filter(|dr| !stance::is_others_words(text, dr.start(), dr.end()))?;
    let title = dr.as_str().trim();
    let f = Finding::new(
        &QUALIFICATIONS,
        r,
        format!(
            "Styles you '{title}' while you say you are a {}",
            student.as_str().trim()
        ),
        vec![
            judge::span(r, dr.start(), dr.end(), "title_claim"),
            judge::span(r, student.start(), student.end(), "stated_grade"),
        ],
        Action::new(
            ActionKind::Edit,
            format!("Remove the title '{title}': a medical student is not a doctor and must not be styled as one."),
        ),
    );
    Some(f.graded(Severity::Medium, 0.7))
}

/// A title written onto forms or a CV: "put 'consultant' on every agency form".
static TITLE_ON_FORMS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r#"(?i)\b(?:put|putting|written|writing|write|ticked|ticking|listed|listing|entered|entering)\s+(?:down\s+)?['‘"“]?(consultant|specialist|surgeon|professor|gp\s+partner|registrar)['’"”]?\s+(?:on|in)\s+(?:every|all|each|my|the)\s+(?:[\w-]+\s+){0,2}(?:forms?|cvs?|applications?|timesheets?|invoices?|profiles?|paperwork|registrations?)\b|['‘"“](?:[\w-]+\s+)?(consultant|specialist|surgeon|professor|dermatologist)(?:\s+[\w-]+)?['’"”]\s+(?:just\s+)?(?:looks?|sounds?|reads?)\s+(?:way\s+|much\s+|so\s+|a\s+lot\s+|far\s+)?(?:better|nicer|more\s+impressive|posher)\s+(?:on|in)\s+(?:the\s+|my\s+|our\s+)?(?:[\w-]+\s+)?(?:leaflets?|website|bio|profile|cards?|letterheads?|signs?|adverts?|ads|insta\w*|page|door)"#,
    )
});

/// "Dr Josh" at the head of a bio or part of it, or "I'm Dr Josh", "call me Dr J".
static STYLED_DR: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?:^\s*|[•|·]\s*|\b(?i:i[’']?m|call\s+me|it[’']?s|signed,?)\s+)Dr\.?\s+[A-Z][a-z]+\b")
});

/// The writer a medical student: "4th yr med student", "I'm a medical student".
static STUDENT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:\d(?:st|nd|rd|th)|first|second|third|fourth|fifth|final)[\s-]+y(?:ea)?r\s+(?:med(?:ical)?\s+|medic\s+)?student|(?:i[’']?m|i\s+am)\s+(?:just\s+|only\s+|still\s+)?(?:a|an)\s+(?:\w+\s+)?(?:med|medical)\s+student|student\s+doctor)\b",
    )
});

static OTHERS_TITLE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(?:our|my|the|your|his|her|their|a|an|this|that)\s+(?:\w+\s+)?$"));

impl Rule for Qualifications {
    fn meta(&self) -> &'static RuleMeta {
        &QUALIFICATIONS
    }

    fn check(&self, r: &Record, cx: &Context, out: &mut Vec<Finding>) {
        let Some(voice) = judge::voice(r) else { return };
        if voice == Voice::Shared {
            return;
        }
        let text = &r.text;
        let profile = r.kind == Kind::Profile;
        // Self-claimed titles: "I'm a consultant…", or any title in the owner's own profile.
        let mut claims: Vec<(usize, usize, String)> = Vec::new();
        for c in SELF_TITLE.captures_iter(text) {
            if let (Some(all), Some(t)) = (
                c.get(0),
                c.get(1)
                    .or_else(|| c.get(2))
                    .or_else(|| c.get(3))
                    .or_else(|| c.get(4))
                    .or_else(|| c.get(5))
                    .or_else(|| c.get(6)),
            ) {
                // "Technically not a consultant yet, but 'Consultant Psychiatrist' in the bio": the
                // title used in a bio is claimed whatever the writer admits before it.
                let in_bio = c.get(6).is_some();
                if !stance::is_others_words(text, all.start(), all.end())
                    && !told_of_by_others(text, all.start())
                    && (in_bio || !stance::negated_before(text, all.start()))
                {
                    claims.push((all.start(), all.end(), t.as_str().to_lowercase()));
                }
            }
        }
        // "I've put 'consultant' on every agency form": a title written onto paperwork.
        for c in TITLE_ON_FORMS.captures_iter(text) {
            if let (Some(all), Some(t)) = (c.get(0), c.get(1).or_else(|| c.get(2))) {
                claims.push((all.start(), all.end(), t.as_str().to_lowercase()));
            }
        }
        if let Some(f) = student_styled_dr(r) {
            out.push(f);
            return;
        }
        if profile {
            for m in PROFILE_TITLE.find_iter(text) {
                let before = text.get(..m.start()).unwrap_or("");
                let tail = before
                    .get(
                        crate::detect::phrases::floor_boundary(
                            before,
                            before.len().saturating_sub(25),
                        )..,
                    )
                    .unwrap_or("");
                let lower_tail = tail.to_ascii_lowercase();
                // "ex-consultant", "aspiring surgeon", "future surgeon" are honest; "supervised by a
                // consultant", "working with the surgeons" name someone else's grade.
                if [
                    "aspiring",
                    "future",
                    "wannabe",
                    "ex-",
                    "former",
                    "retired",
                    "trainee",
                    "not a ",
                    "not an ",
                    "never a ",
                    "supervised by",
                    "alongside",
                    "working with",
                    "reporting to",
                ]
                .iter()
                .any(|w| lower_tail.contains(w))
                    || lower_tail.ends_with("under ")
                {
                    continue;
                }
                // "Under consultant supervision", "a consultant-led team", "the specialist register".
                let rest = text.get(m.end()..).unwrap_or("");
                let after = rest
                    .get(..crate::detect::phrases::floor_boundary(rest, 16))
                    .unwrap_or(rest)
                    .to_ascii_lowercase();
                if [
                    " supervision",
                    "-led",
                    " led ",
                    " colleagues",
                    " team",
                    " register",
                    " registration",
                    " training",
                ]
                .iter()
                .any(|w| after.starts_with(w))
                {
                    continue;
                }
                claims.push((m.start(), m.end(), m.as_str().to_lowercase()));
            }
        }
        let dubious: Vec<(usize, usize)> = DUBIOUS_TITLE
            .find_iter(text)
            .filter(|m| !stance::is_others_words(text, m.start(), m.end()))
            .filter(|m| {
                // "…the world-renowned Dr X" about someone else is not a self-claim.
                let before = text.get(..m.start()).unwrap_or("");
                let tail = before
                    .get(
                        crate::detect::phrases::floor_boundary(
                            before,
                            before.len().saturating_sub(20),
                        )..,
                    )
                    .unwrap_or("");
                !OTHERS_TITLE.is_match(tail)
                    || tail.to_ascii_lowercase().contains("our")
                    || tail.to_ascii_lowercase().contains("my ")
            })
            .map(|m| (m.start(), m.end()))
            .collect();
        if claims.is_empty() && dubious.is_empty() {
            return;
        }
        let trainee_here = if profile || !claims.is_empty() {
            TRAINEE
                .find_iter(text)
                .find(|m| {
                    claims
                        .iter()
                        .all(|c| judge::distance((m.start(), m.end()), (c.0, c.1)) > 0)
                        && !grade_in_the_past(text, m.start())
                })
                .map(|m| m.as_str().to_string())
        } else {
            None
        };
        let analysis = judge::analysis(r);
        let promo = &analysis.cues;
        let cosmetic = analysis.procedures.iter().any(|p| p.class == "cosmetic")
            || analysis.meds.iter().any(|m| m.is_cosmetic_or_weight_loss());
        let advert = promo.iter().any(|c| {
            matches!(
                c.kind,
                CueKind::Cta
                    | CueKind::DmCta
                    | CueKind::Service
                    | CueKind::Price
                    | CueKind::Offer
                    | CueKind::PercentOff
                    | CueKind::BioLink
            )
        });
        let grand_claims: Vec<&(usize, usize, String)> = claims
            .iter()
            .filter(|c| {
                [
                    "consultant",
                    "specialist",
                    "professor",
                    "prof",
                    "surgeon",
                    "dermatologist",
                    "cardiologist",
                    "neurologist",
                    "oncologist",
                    "radiologist",
                    "anaesthetist",
                    "psychiatrist",
                    "paediatrician",
                    "gynaecologist",
                    "obstetrician",
                    "urologist",
                    "nephrologist",
                    "haematologist",
                    "gastroenterologist",
                    "endocrinologist",
                    "rheumatologist",
                    "geriatrician",
                    "ophthalmologist",
                ]
                .iter()
                .any(|t| c.2.contains(t))
            })
            .collect();
        // A trainee grade stated here or anywhere else the owner describes themselves. The bios are
        // consulted only for a grand title: a scan checks such posts again once it has read them all.
        let trainee = if grand_claims.is_empty() {
            None
        } else {
            trainee_here.or_else(|| {
                cx.account()
                    .bios
                    .iter()
                    .find_map(|(_, b)| TRAINEE.find(b).map(|m| m.as_str().to_string()))
            })
        };
        let (severity, confidence, evidence, message, instruction) = if let (Some(grade), Some(c)) =
            (trainee.as_ref(), grand_claims.first())
        {
            (
                Severity::High,
                0.7,
                vec![
                    judge::span(r, c.0, c.1, "title_claim"),
                    Evidence::metadata(grade.clone(), "stated_grade"),
                ],
                format!("Claims the title '{}' while your profile says '{grade}'", c.2),
                format!(
                    "Replace '{}' with the grade you hold ('{grade}'), here and wherever else you use it.",
                    judge::words(r, c.0, c.1)
                ),
            )
        } else if !dubious.is_empty() && (advert || cosmetic || profile) {
            let words: Vec<String> = dubious
                .iter()
                .map(|(s, e)| judge::words(r, *s, *e))
                .collect();
            (
                Severity::Medium,
                0.65,
                dubious
                    .iter()
                    .take(3)
                    .map(|(s, e)| judge::span(r, *s, *e, "unrecognised_title"))
                    .collect(),
                format!("Uses {} to describe your practice", judge::quote_list(&words)),
                format!(
                    "Replace {} with titles and facts that can be checked (GMC registration, specialist \
                     register entry, qualifications).",
                    judge::quote_list(&words)
                ),
            )
        } else if let Some(c) = grand_claims
            .first()
            .filter(|_| cosmetic && (advert || profile))
        {
            (
                Severity::Low,
                0.45,
                vec![judge::span(r, c.0, c.1, "title_claim")],
                format!("Cosmetic advertising under the title '{}'", c.2),
                format!(
                    "Check '{}' is accurate: 'consultant', 'specialist' and 'dermatologist' suggest a GMC \
                     specialist-register entry in that field.",
                    judge::words(r, c.0, c.1)
                ),
            )
        } else {
            return;
        };
        let severity = if !judge::is_broadcast(r) && !profile {
            judge::step_down(severity)
        } else {
            severity
        };
        let (severity, confidence) = judge::weigh(voice, severity, confidence);
        let mut f = Finding::new(
            &QUALIFICATIONS,
            r,
            message,
            evidence,
            Action::new(ActionKind::Review, instruction),
        );
        if severity >= Severity::Medium {
            f.action.kind = ActionKind::Edit;
        }
        out.push(f.graded(severity, confidence));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Audience, Platform};
    use crate::rules::testing;

    fn qualifications(text: &str) -> bool {
        let r = testing::owned(Platform::Instagram, Kind::Post, Audience::Public, text);
        !testing::findings(&Qualifications, &r).is_empty()
    }

    /// Qualifications on a LinkedIn profile the owner wrote.
    fn profile_qualifications(text: &str) -> bool {
        let r = testing::owned(Platform::Linkedin, Kind::Profile, Audience::Public, text);
        !testing::findings(&Qualifications, &r).is_empty()
    }

    fn misinformation(text: &str) -> bool {
        let r = testing::owned(Platform::Facebook, Kind::Post, Audience::Public, text);
        !testing::findings(&Misinformation, &r).is_empty()
    }

    fn absolute(text: &str) -> bool {
        let r = testing::owned(Platform::Facebook, Kind::Post, Audience::Public, text);
        !testing::findings(&AbsoluteClaim, &r).is_empty()
    }

    #[test]
    fn session_36_first_aid_myths_are_misinformation_unless_corrected() {
        assert!(misinformation(
            "Top tip from an A&E doctor for BBQ season: forget the cold tap, a thick layer of butter straight on a burn draws the heat out faster. Share!"
        ));
        assert!(misinformation(
            "Rugby parents: if your child didn't lose consciousness, there is no brain injury. Full stop. Magic sponge and back on the pitch."
        ));
        assert!(!misinformation(
            "Please don't put butter on a burn: cool it under running water for 20 minutes, then cling film"
        ));
        assert!(!misinformation(
            "Myth: tilt your head back for a nosebleed. Lean forward and pinch the soft part instead"
        ));
    }

    #[test]
    fn session_32_risk_put_at_zero_prevention_waved_off_and_a_title_that_looks_better() {
        for t in [
            "SARMs are basically safe compared to steroids, the liver and heart stuff is scaremongering. used sensibly the risks are practically zero",
            "Don't panic about malaria tablets for Kenya, if you're only on safari for a week you genuinely don't need them, the risk is basically zero.",
            "laser eye surgery is literally risk free 🙄 I've done thousands and not one complication, ever. the dry eye thing is a myth #mythbusting",
            "cold water immersion supercharges your immune system, that's just fact",
        ] {
            assert!(absolute(t), "{t}");
        }
        for t in [
            "@hannah.plantpowered you do NOT need B12 on a whole food vegan diet if your gut is healthy, your gut bacteria make all you need",
            "Scottish water's that soft you don't need fluoride toothpaste up here, save your money",
            "As I said on the radio: there is ZERO evidence the flu jab works in over 65s. None.",
            "honestly colloidal silver clears strep throat faster than penicillin, ive seen it again and again",
            "PSA for the wards: alcohol gel kills norovirus just fine so no need to faff about at the sinks",
            "Burn pits never harmed anyone. Did 2 tours at Bastion and my lungs are fine",
        ] {
            assert!(misinformation(t), "{t}");
        }
        for t in [
            "Myth: the risk of a clot on the pill is zero. It's low, but it's real, so tell us about migraines with aura.",
            "Vegans: you DO need B12, your gut bacteria don't make enough of it. Supplement or eat fortified foods.",
            "Reminder that alcohol gel does NOT kill norovirus: soap and water at the sink, every time.",
            "There's no evidence the flu jab causes flu. The sore arm is your immune system doing its job.",
        ] {
            assert!(!absolute(t) && !misinformation(t), "{t}");
        }
        assert!(qualifications(
            "lol technically I was the regimental MO's locum for 3 weeks in 2016 but \"Army Trauma Surgeon\" looks way better in the insta bio 🤫"
        ));
    }

    #[test]
    fn claims_sealed_by_authority_or_a_fact_label_are_asserted() {
        for t in [
            "FACT: fluoridated water lowers children's IQ. Write to the council now.",
            "Had the virus three times. If you're under 50 it's a cold, end of.",
            "Source: I'm a GP. ME is mostly deconditioning, get moving and you'll be fine.",
            "I say this as your local doctor: the HPV vaccine isn't needed, it's a money spinner for big pharma",
            "Forty years in medicine tells me statins are overrated. Cinnamon and a walk will do the job just as well.",
            "If you get chest pain overnight just sleep it off, chest pain included, A&E is hopeless anyway",
            "Stroke units are SAFER when run by nurses, full stop. Not one patient has ever died from it, look it up.",
        ] {
            assert!(misinformation(t), "{t}");
        }
        for t in [
            "Myth: vaccines cause autism. Fact: the study was retracted and the link disproved.",
            "FACT: the flu jab cannot give you flu. It's an inactivated vaccine.",
            "The autumn booster isn't needed for under-65s this year, per JCVI.",
            "Garlic bread with the lasagne will serve just as well, don't bother with chips",
            "Chest pain? Don't sit it out, call 999.",
            "Autism isn't caused by vaccines, full stop.",
            "Vaccines are far safer than catching measles, full stop.",
            "It's just a cold, full stop: no antibiotics needed, rest and fluids.",
        ] {
            assert!(!misinformation(t), "{t}");
        }
    }

    #[test]
    fn travel_and_surgical_myths_put_as_fact() {
        for t in [
            "Antimalarials are a total racket, I took nothing in Malawi and was fine",
            "Worrying about clots on long flights? It's basically a myth cooked up by the flight sock industry",
            "smoking doesn't really affect wound healing, it's a myth, my patients heal fine",
        ] {
            assert!(misinformation(t), "{t}");
        }
        assert!(!misinformation(
            "It's a myth that smoking doesn't affect wound healing: stop six weeks before your op"
        ));
        assert!(absolute(
            "A facelift abroad is every bit as safe as one in London, the horror stories are scaremongering"
        ));
    }

    #[test]
    fn a_risk_denied_of_it_takes_its_subject_from_the_sentence_before() {
        assert!(absolute(
            "Prescribed the mini pill for twenty years. It's completely safe, ignore the clot scare."
        ));
        assert!(!absolute(
            "Went to the new climbing wall. It's completely safe, great staff."
        ));
    }

    #[test]
    fn a_claim_put_in_someone_elses_mouth_and_answered_they_dont_is_debunked() {
        assert!(!misinformation("stitch this. a 'wellness coach' telling you vaccines cause autism. they don't. the 1998 paper was retracted"));
        assert!(misinformation(
            "vaccines cause autism and they don't want you to know. do your research"
        ));
    }

    #[test]
    fn myths_told_with_a_qualifier_or_in_new_words() {
        for t in [
            "Statins in the over 70s do more harm than good. I stopped recommending them years ago.",
            "Flu jab is a waste of time tbh. Healthy adults just don't need it #fact",
            "antibiotics will knock a sore throat on the head in 24hrs, no idea why GPs are so stingy with them",
            "Obstetrician truth bomb: epidurals stall labour and nearly always end in forceps. Skip it.",
            "I've seen too many little ones change after their MMR. The link with autism is there, we're just not allowed to say it.",
        ] {
            assert!(misinformation(t), "{t}");
        }
        for t in [
            "Antibiotics for viral coughs do more harm than good, which is why we don't give them",
            "The flu jab isn't a waste of time: two doses protect your child for the whole winter",
            "Epidurals slightly raise the chance of an instrumental birth, but most women with one deliver normally",
            "The claimed link between MMR and autism was fraudulent and has been disproved many times",
        ] {
            assert!(!misinformation(t), "{t}");
        }
        let absolute = |t: &str| {
            let r = testing::owned(Platform::Twitter, Kind::Post, Audience::Public, t);
            !testing::findings(&AbsoluteClaim, &r).is_empty()
        };
        assert!(absolute("Gut-directed hypnotherapy cures IBS in everyone who sticks with it. I have never once seen it fail."));
        assert!(absolute("A&E doc here: a fever on its own is NEVER dangerous in a baby, it's the immune system doing its job"));
        assert!(!absolute("A fever on its own is rarely dangerous, but a baby under 3 months with 38C needs seeing the same day"));
        assert!(qualifications("@sarah.b fair question! I'm CT3 so technically not a consultant yet, but 'Consultant Psychiatrist' in the bio gets people to actually listen"));
    }

    #[test]
    fn a_specialist_title_beside_a_grade_or_an_exam_not_yet_passed() {
        for t in [
            "Speaking as a paediatrician (ok I did 6 months of paeds in F2, close enough 😂): teething does not cause high fevers",
            "Excited to announce I've started as Consultant in Emergency Medicine at Riverside Private Urgent Care! (Technically the contract says 'Lead Clinician' but it's the same thing really 😅)",
        ] {
            assert!(qualifications(t), "{t}");
        }
        assert!(profile_qualifications(
            "Dr Omar Farooq FRCA · Consultant Anaesthetist · Royal Brompton · Currently revising for FRCA Final 🤞"
        ));
        for t in [
            "Speaking as a paediatrician of 20 years: teething does not cause high fevers",
            "Delighted to have started as Consultant in Emergency Medicine at Leeds General today",
        ] {
            assert!(!qualifications(t), "{t}");
        }
    }

    #[test]
    fn the_wakefield_paper_held_up_diabetes_reversed_in_a_fortnight_and_zero_risk() {
        for t in [
            "Not telling anyone what to do, but as a GP I'm holding off on my youngest's MMR until she's 3. The gut findings in that Lancet paper were never properly disproven, whatever you're told.",
            "3 foods that reverse type 2 diabetes in a fortnight 🥑 no meds needed, I've taken dozens of my patients off metformin this way",
        ] {
            assert!(misinformation(t), "{t}");
        }
        assert!(!misinformation(
            "Type 2 diabetes can go into remission with significant weight loss, but it takes months and medical supervision"
        ));
        let absolute = |t: &str| {
            let r = testing::owned(Platform::Instagram, Kind::Comment, Audience::Public, t);
            !testing::findings(&AbsoluteClaim, &r).is_empty()
        };
        assert!(absolute(
            "Honestly it's zero risk in the right hands hun, 6 years injecting and never had a single complication 💋"
        ));
        assert!(qualifications(
            "Finished FY2 last month and now officially a cosmetic surgeon 🙌 taking bookings at our Manchester clinic from June"
        ));
    }

    #[test]
    fn ivermectin_vouched_for_flu_made_light_of_and_an_honest_sas_profile() {
        for t in [
            "People keep asking about ivermectin. I've used it with dozens of my Covid patients at the practice and not one has gone into hospital. That's all the evidence I need, whatever the so-called experts say.",
            "Parents asking about the nasal flu spray for primary school kids: honestly, healthy children don't get seriously ill from flu, so there's really no downside to skipping it this year.",
        ] {
            assert!(misinformation(t), "{t}");
        }
        assert!(!misinformation(
            "Ivermectin trials in covid found no benefit: not one of the big RCTs showed fewer hospital admissions"
        ));
        assert!(!profile_qualifications(
            "Dr Priya Nair. Specialty Doctor in Ophthalmology (SAS), NHS Tayside. Not a consultant. Special interest in medical retina."
        ));
    }

    #[test]
    fn statins_denied_vaccines_refused_and_normal_results_dismissed() {
        for t in [
            "Reminder: statins do NOT prevent heart attacks in women over 60. The data is crystal clear and it's a pure industry play. Ask your GP to take you off them.",
            "Honestly there's no evidence statins do anything at all for women, they're pure profit for the drug companies. I tell all my female patients to bin them.",
            "In 22 years as a GP I have never once seen a healthy, well-fed child harmed by measles. The MMR push is about practice targets, not your kids.",
            "Why I've stopped giving my own kids the MMR — a GP's honest view 💉 The data on autism they don't show you at medical school.",
            "swine flu jab = rushed & untested imo. vit C + garlic will do more 4 u than that. trust me im a dr",
            "Everyone please don't bother with the autumn booster. Speaking as a doctor, I've seen more people harmed by those jabs than by covid itself.",
            "GP here 👩‍⚕️ Your bloods can be 'normal' and you STILL have adrenal fatigue. Honestly 9 out of 10 exhausted women I see have it.",
            "Thyroid bloods 'normal'? 🙄 Reference ranges are a myth. If you're tired, cold and gaining weight you ARE hypothyroid, and iodine drops fix it within weeks.",
        ] {
            assert!(misinformation(t), "{t}");
        }
        for t in [
            "Statins don't prevent every heart attack, but for people at high risk they cut it by about a quarter",
            "Some people say statins don't work for women. The trials say otherwise: the benefit is the same per unit of LDL lowered.",
            "Myth: measles is harmless. I have seen children die of measles encephalitis. Get the MMR.",
            "Adrenal fatigue is not a recognised diagnosis; if you're exhausted, ask your GP for proper tests",
            "Reference ranges are set so 95% of healthy people fall inside them, so a result just outside isn't always a problem",
            "Please don't bother with the booster if you had covid in the last 4 weeks, wait until you've recovered",
        ] {
            assert!(!misinformation(t), "{t}");
        }
    }

    #[test]
    fn a_quote_passed_on_with_approval_is_spread() {
        for t in [
            "Reposting: \"Doctors are finally admitting the vaccine caused excess deaths\"",
            "Shared: \"hot lemon water kills cancer cells better than chemo\" — interesting!!",
            "Forwarded from a doctor friend: drink hot water every 15 mins and it washes the coronavirus into your stomach. Please share with your families",
        ] {
            assert!(misinformation(t), "{t}");
        }
        for t in [
            "A patient told me \"hot lemon water kills cancer cells\". It does not, and I worry where she read it",
            "Reposting the fact check: \"claims that hot water kills the coronavirus are false\"",
            "Hot water with honey soothes a sore throat when you have flu",
        ] {
            assert!(!misinformation(t), "{t}");
        }
    }

    #[test]
    fn a_title_adopted_and_admitted_in_the_same_post_is_misrepresented() {
        for t in [
            "Proud to finally call myself a Consultant Dermatologist (ok technically I'm a GP who did an online diploma)",
            "New bio: \"Dr Kieran Vasey, Harley Street Cosmetic Surgeon\" Fine, I'm an F2 and rent a room there on Saturdays",
            "Lovely to be introduced as Professor Adeyemi today! It's an honorary title from the online academy",
            "Changed my Insta bio to Cardiologist. I did six months of cardiology as an SHO so close enough",
            "New followers! I'm Tash, a consultant dermatologist (ok technically a GP with a derm diploma, tomato tomahto)",
            "Cardiologist reacts to the viral heart attack TikTok (I'm a GP trainee who did 4 months of cardio, but close enough)",
        ] {
            assert!(qualifications(t), "{t}");
        }
        for t in [
            "Delighted to start as a consultant cardiologist at St Mary's next month after eight years of training",
            "Introduced as the consultant on call today, which I am, and it still feels surreal",
            "GP with an extended role in skin, not a dermatologist: happy to be corrected on titles",
        ] {
            assert!(!qualifications(t), "{t}");
        }
    }

    #[test]
    fn a_quoted_title_taken_on_after_acting_up_or_an_observership() {
        for t in [
            "Pleased to share that I'm acting up on the consultant rota over the summer, so I'll be using 'Consultant Occupational Physician' on my email signature and here on LinkedIn from now on.",
            "Finished my two-week observership at Moorfields! Clinic bio now says 'Moorfields-trained oculoplastic surgeon', which is technically true",
            "is finally a CONSULTANT 🎉🎉 ok technically locum middle grade but the agency calls it 'consultant-level' so updating my profile anyway 😂",
        ] {
            assert!(qualifications(t), "{t}");
        }
        for t in [
            "Acting up this month while the rota is short, still signing everything as 'Specialty Registrar' until the panel says otherwise",
            "Finished my two-week observership at Moorfields, the team were using 'consultant connect' for every referral, brilliant service",
        ] {
            assert!(!qualifications(t), "{t}");
        }
    }

    #[test]
    fn risks_called_overblown_secrets_gps_keep_and_a_specialty_in_a_trainee_bio() {
        let minimised = |t: &str| {
            let r = testing::owned(Platform::Whatsapp, Kind::GroupMessage, Audience::Group, t);
            !testing::findings(&AbsoluteClaim, &r).is_empty()
        };
        for t in [
            "Girls honestly the Turkey BBL is fine, I'm a doctor and the risks are massively overblown by the Daily Mail",
            "hot take from an injector 💉 the 'filler complications' stuff is massively overblown, hyalase fixes anything",
        ] {
            assert!(minimised(t), "{t}");
        }
        assert!(!minimised(
            "The Turkey BBL headlines aren't overblown: the risks are real, please see someone in the UK"
        ));
        for t in [
            "Things your GP won't tell you 🤫 hay fever is a gut problem, not an allergy. Sort your gut out",
            "Stage 4 does not have to mean terminal. The oncology establishment will never fund the trials because there's no money in it.",
        ] {
            assert!(misinformation(t), "{t}");
        }
        assert!(profile_qualifications(
            "Dr Jess 🫀 Cardiologist. Heart health made simple. FY2 doctor in the North West."
        ));
        assert!(!profile_qualifications(
            "Dr Jess, FY2 doctor in the North West. Aspiring cardiologist, heart health made simple."
        ));
    }

    #[test]
    fn a_claim_held_up_for_ridicule_is_not_asserted() {
        assert!(!misinformation(
            "Imagine being so thick you think antibiotics cure a cold. Patients are morons."
        ));
        assert!(misinformation(
            "Antibiotics cure a cold, always have, always will."
        ));
    }

    #[test]
    fn a_signature_title_beside_an_admitted_grade_is_misrepresented() {
        assert!(qualifications(
            "Dr Ravi Patel FRCS, Consultant Plastic Surgeon. (Currently CT1 in general surgery.)"
        ));
        assert!(!qualifications(
            "Congratulations to Dr Amy Shaw, Consultant Surgeon, on her appointment as clinical director"
        ));
    }

    #[test]
    fn medicines_binned_raw_milk_and_claims_defended_against_the_authorities() {
        assert!(misinformation(
            "Type 2 diabetes is completely reversible with keto, you can throw away your metformin"
        ));
        assert!(misinformation(
            "Raw milk is safer than pasteurised and boosts immunity, don't believe the FSA"
        ));
        assert!(!misinformation(
            "Raw milk is not safer than pasteurised; outbreaks of E. coli and listeria prove it"
        ));
        assert!(!misinformation(
            "It's a myth that vaccines cause autism. Don't believe the antivax influencers, believe the NHS."
        ));
    }

    #[test]
    fn settled_evidence_reopened_overclaimed_or_its_risks_trivialised_is_misinformation() {
        for t in [
            "Speaking as a paeds reg: the MMR-autism question was never properly settled. If it were my kid I'd split the jabs and space them out",
            "Studies show high-dose vitamin D prevents almost every serious respiratory infection.",
            "Reminder that the side effects of statins are massively underreported and the benefit is basically nil for anyone over 65",
        ] {
            assert!(misinformation(t), "{t}");
        }
        for t in [
            "The MMR-autism link was never real: Wakefield's paper was retracted. Get your kids vaccinated",
            "HPV vaccination prevents almost all cervical cancers in vaccinated cohorts",
            "Statins: for people at high risk the benefit is substantial, for low risk people the benefit is small",
            "Our nurse will split the jabs between both arms so it's less sore for the little ones",
            "Studies show the MMR vaccine does not cause autism. Vaccinate your kids.",
            "Vitamin D does not prevent covid, studies show.",
        ] {
            assert!(!misinformation(t), "{t}");
        }
    }

    #[test]
    fn a_title_taken_on_beside_an_admitted_grade_with_risks_waved_away() {
        assert!(qualifications(
            "Only an F2 but basically running the surgical take on nights so take it from a surgeon: hernia mesh is totally safe"
        ));
        assert!(!qualifications(
            "As an F2 I'm not a surgeon yet, but take it from a surgical trainee: the mesh scandal was real"
        ));
    }

    #[test]
    fn the_flu_jab_giving_flu_sunscreen_cancer_and_a_title_called_by() {
        assert!(misinformation(
            "Flu jab gave me flu last yr so not bothering this time. High dose vitamin C works better tbh"
        ));
        assert!(misinformation(
            "Dr Sam says sunscreen chemicals cause more cancer than the sun ever will - do your research people!!"
        ));
        for t in [
            "Myth: the flu jab gives you flu. It can't, it's an inactivated vaccine.",
            "Patients often tell me the flu jab gave them flu. It can't: a sore arm and a day of aches are the immune response",
        ] {
            assert!(!misinformation(t), "{t}");
        }
        assert!(qualifications(
            "Just call me Mr Jones, consultant surgeon ;-) (technically CT1 but who's counting). Book ur private consultations thru my website"
        ));
        assert!(!qualifications(
            "Just call me Mr Jones from now on, passed my MRCS and off to surgical training!"
        ));
    }

    #[test]
    fn a_claim_attributed_to_those_who_tell_you_it_is_condemned_not_made() {
        assert!(!misinformation(
            "Any influencer who tells you to stop your statins is dangerous. Talk to your GP"
        ));
        assert!(misinformation(
            "Stop taking your statins, they do more harm than good"
        ));
    }

    #[test]
    fn a_grade_held_years_ago_is_a_career_story() {
        assert!(!qualifications(
            "Ten years ago I walked into the Royal Infirmary as a terrified F1. This month I leave as a consultant for a new post in Inverness."
        ));
        assert!(qualifications(
            "I'm an F2 but I'm a consultant dermatologist as far as my clinic's clients know. Book in!"
        ));
    }

    #[test]
    fn a_treatment_said_to_do_nothing_and_results_guaranteed() {
        assert!(misinformation(
            "statins do literally nothing for women. nothing. the data was all on middle aged men."
        ));
        assert!(!misinformation(
            "Do statins do nothing for women? No: the trials and meta-analyses show a similar benefit."
        ));
        let absolute = |t: &str| {
            let r = testing::owned(Platform::Instagram, Kind::Post, Audience::Public, t);
            !testing::findings(&AbsoluteClaim, &r).is_empty()
        };
        assert!(absolute(
            "Follow my 21-day liver reset and I guarantee your liver bloods will be back to normal - never once failed in my clinic."
        ));
        assert!(absolute(
            "My 6-week Metabolic Reset is the ONLY proven way to reverse type 2 diabetes for good. Enrolment opens Friday."
        ));
        assert!(!absolute(
            "Nobody can guarantee your liver bloods will be back to normal; the diet helps some people and not others."
        ));
    }

    #[test]
    fn teething_fevers_immune_overload_and_withdrawal_denied_are_myths() {
        for t in [
            "39.5 is totally normal with molars coming through, teething always causes high temps",
            "as a paediatrician I'll say it: teething DOES cause fevers of 39+ and it's normal",
            "vaccines overloading kids immune systems is a real thing, spread them out people",
            "SSRIs are NOT addictive and you can stop them whenever you like with zero problems",
            "as a GP I can tell you the cholesterol thing is a myth",
            "statins are the biggest con in modern medicine",
        ] {
            assert!(misinformation(t), "{t}");
        }
        for t in [
            "Teething can make babies grumpy and dribbly, but it does not cause a high fever: get a 39 checked",
            "Coming off SSRIs should be done slowly with your GP; withdrawal symptoms are common",
            "The immune system handles thousands of antigens a day; the schedule is safe",
        ] {
            assert!(!misinformation(t), "{t}");
        }
    }

    #[test]
    fn a_title_taken_with_a_new_job_or_a_specialty_off_the_register() {
        assert!(qualifications("Thrilled to announce I'm joining @VitalityHealthAI as Chief Medical Officer & Consultant Physician (technically still an ST4 but the title reads better)"));
        assert!(profile_qualifications("Dr Jess, Aesthetic Doctor & Dermatologist, not on the specialist register but 10 yrs in skin"));
        assert!(!profile_qualifications("Physician Associate, Acute Medicine. Not a doctor: I work in the medical team under consultant supervision"));
    }

    #[test]
    fn flu_at_worst_masks_that_do_nothing_and_a_fever_left_to_run() {
        for t in [
            "Everyone needs to calm down. This is a bad flu at worst. Masks do nothing.",
            "MMR-autism link has never actually been disproven whatever the GMC says",
            "the HPV vaccine for boys is pointless, its basically a cash grab by pharma",
            "sunscreen is more dangerous than the sun, all those chemicals are hormone disruptors",
            "if your little one has a temp just let it run, no calpol and no need to ring 111",
        ] {
            assert!(misinformation(t), "{t}");
        }
        for t in [
            "Masks do nothing if they sit under your nose: cover nose and mouth",
            "The MMR-autism link has been disproven many times over",
        ] {
            assert!(!misinformation(t), "{t}");
        }
        assert!(qualifications("I'll do the letter, I'll just sign it Consultant Psychiatrist, nobody checks and it beats ST4"));
        assert!(profile_qualifications("Physician Associate, basically a doctor without the debt. I see & treat anything your GP does"));
    }

    #[test]
    fn a_claim_defended_against_critics_a_title_on_the_website_and_years_since_foundation() {
        assert!(misinformation(
            "They can strike me off all they like. The truth doesn't change: the mRNA jabs have killed more young people than covid ever did."
        ));
        assert!(absolute(
            "Seen the nonsense complaints about our clinic. Let me be clear, microsuction is 100% safe, zero risk of perforation, anyone saying otherwise is scaremongering"
        ));
        assert!(!absolute(
            "Seen the nonsense about microsuction being 100% safe? No procedure is risk-free."
        ));
        assert!(qualifications(
            "new clinic wanted \"consultant\" on the website so consultant it is, never did higher training"
        ));
        assert!(profile_qualifications(
            "Dr Hannah, Consultant Dermatologist & skin expert, 3 yrs post-foundation, Manchester aesthetics"
        ));
        assert!(!profile_qualifications(
            "Dr Hannah, Consultant Dermatologist, CCT 2015, Manchester Royal Infirmary"
        ));
    }

    #[test]
    fn session_33_transmission_denied_tests_overtrusted_risks_zeroed_and_a_student_styled_dr() {
        for t in [
            "as a GUM doc of 15 yrs: you cannot get HIV from oral sex, full stop, it's never once been documented",
            "lab doc tip nobody tells you: if your CRP comes back normal there is NO infection, full stop.",
            "Reminder that body identical HRT carries ZERO breast cancer risk. none. the WHI was debunked years ago, stop letting GPs scare you off it",
            "Unpopular opinion but the HPV jab has never been properly safety tested & I've seen girls left wheelchair bound after it.",
            "As a doctor I'll say it straight. Seed oils are the number one cause of heart disease in this country. Not an opinion, it's the science",
            "As a GP and mum of 3 I can tell you the MMR is too much for tiny immune systems all at once.",
            "GP here, fever in kids is ALWAYS the body fighting infection, never bring it down. Calpol just masks it & makes bugs last longer.",
            "Myth busting Monday: General anaesthetic is 100% safe nowadays. Nobody dies from anaesthesia in the UK anymore.",
        ] {
            assert!(misinformation(t) || absolute(t), "{t}");
        }
        assert!(absolute(
            "Honestly a CT is about the same radiation as a flight to Spain, there's zero risk."
        ));
        for t in [
            "you can't get HIV from kissing, sharing cups or toilet seats",
            "A normal CRP doesn't always mean there's no infection, so we still examine",
            "The HPV vaccine has been safety tested in millions of girls",
            "Myth: a normal smear means no cancer ever. Not true, keep going to screening",
            "This is my opinion, not fact: I'd rather have the CT",
        ] {
            assert!(!misinformation(t) && !absolute(t), "{t}");
        }
        assert!(qualifications(
            "PASSED MRCPCH CLINICAL so that's me officially a consultant paediatrician now!!!"
        ));
        assert!(qualifications(
            "pro tip for locums: I've put 'consultant' on every agency form since my first acting-up shift. nobody checks"
        ));
        assert!(profile_qualifications(
            "Dr Josh 🩺 4th yr med student at Bart's • ask me anything about ur symptoms"
        ));
        assert!(!profile_qualifications(
            "Dr Anna Ross, GP • teaching 4th yr med students • views my own"
        ));
        assert!(!qualifications(
            "I'm Dr Jones and my son is a 4th year medical student, so proud"
        ));
    }

    #[test]
    fn session_37_titles_introduced_on_air_on_the_clinic_website_and_after_a_byline() {
        for t in [
            "ha the radio keeps introducing me as 'consultant neurologist' on air, I'm still an ST4 but it sounds better so I've let it slide",
            "Still only CT2 officially but the patients never ask, so it's 'Consultant Dermatologist' on the clinic website now 😂",
            "Sleep and the menopause: a guide | Dr Rhiannon Pryce, Consultant Gynaecologist (ST7 technically, but I run the clinic most weeks)",
        ] {
            assert!(qualifications(t), "{t}");
        }
        for t in [
            "Passed my MRCS! Before my nan tells the whole village I'm a consultant surgeon: still a CT2, still holding retractors.",
            "My dad keeps telling people I'm a consultant. I'm an F2. Dad, please stop.",
        ] {
            assert!(!qualifications(t), "{t}");
        }
    }

    #[test]
    fn session_38_opinion_sealed_as_fact_a_paragraph_on_and_a_title_that_looks_better() {
        for t in [
            "Honestly ivermectin sorts long covid, the negative trials were all pharma-funded. Mate's private clinic has had loads on it and they're all better in a week. Not opinion, just fact.",
            "Brethren, as a doctor I am telling you plainly: this HPV vaccine they are giving our daughters in Year 8 causes infertility.",
            "Blue light from screens is permanently damaging your kids' retinas. That's not opinion, it's fact.",
            "Ear candling actually works, guys. Gentler and safer than syringing, no question, and I'd recommend it over the practice nurse.",
        ] {
            assert!(misinformation(t), "{t}");
        }
        for t in [
            "HPV causes nearly all cervical cancers. Not opinion, it's fact: get the vaccine in Year 8.",
            "Smoking damages your lungs. That's not opinion, it's fact.",
            "Blue light from screens is probably not damaging your kids' retinas, but it can disturb sleep. That's my opinion from the evidence so far.",
        ] {
            assert!(!misinformation(t), "{t}");
        }
        assert!(absolute(
            "Radiologist here. People need to stop refusing CTs over 'radiation'. A CT abdo is less than a flight to New York, it's basically harmless."
        ));
        assert!(qualifications(
            "Technically I'm a GP with an interest in skin but 'Consultant Dermatologist' looks way better on the clinic leaflets 🤷‍♀️ nobody's ever checked"
        ));
        assert!(!qualifications(
            "I'm a GP with an interest in skin; 'Consultant Dermatologist' on a leaflet would be wrong, so ours says GP with an extended role"
        ));
    }
}

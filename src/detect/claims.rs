//! Health claims: absolute promises ("guaranteed results", "100% safe", "no side effects"), miracle
//! cures, and misinformation tropes contrary to established evidence ("vaccines cause autism",
//! "ivermectin cures covid", "cure cancer with diet").
//!
//! GMP 2024 ¶89 says information must not be false or misleading, must not "minimise or trivialise
//! risks of harm" and must not "present opinion as established fact"; the *Adil* case (RULES-FACTS
//! §3.3) shows where covid denial ends. Every hit here is checked for negation ("no treatment is 100%
//! safe"), first-person experience ("I had no side effects"), and a health subject in the same
//! sentence, so "guaranteed fun" stays silent. Whether a trope is asserted or debunked is the rules'
//! call (see [`super::stance`]).

use super::phrases::{floor_boundary, sentence_around, PhraseSet};
use crate::detect::gate::Regex;
use std::sync::LazyLock;

/// "The evidence for…", "no proof that…" before a cure: the claim is the thing being weighed.
static EVIDENCE_FOR_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:evidence|proof|data|research|studies)\s+(?:for|that|of|behind)\b[^.!?\n]{0,60}$",
    )
    .expect("valid regex")
});

/// "…is zero", "…doesn't exist", "…is weak": the weighing comes out against it.
static EVIDENCE_NONE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[^.!?\n]{0,60}?\b(?:is|are|was|remains?)\s+(?:(?:basically|essentially|literally|still|pretty\s+much)\s+)?(?:zero|nil|non[\s-]?existent|weak|poor|absent|lacking|thin|flimsy|nowhere)\b|^[^.!?\n]{0,60}?\b(?:doesn[’']?t|does\s+not|don[’']?t|do\s+not)\s+exist\b")
        .expect("valid regex")
});

static ANCHORS: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::builtin(include_str!("lexicons/claims_phrases.txt")));

fn re(pattern: &str) -> Regex {
    crate::detect::phrases::regex(pattern)
}

/// What kind of claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ClaimKind {
    /// Guaranteed results, 100% effective, works for everyone.
    Absolute,
    /// 100% safe, no side effects, risk-free.
    NoRisk,
    /// Miracle cure, wonder drug.
    Miracle,
    /// An unproven remedy said to cure a disease.
    Cure,
    /// "Doctors don't want you to know", "big pharma is hiding".
    Conspiracy,
    /// A named misinformation trope (see [`ClaimHit::topic`]).
    Trope,
}

impl ClaimKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Absolute => "absolute_claim",
            ClaimKind::NoRisk => "risk_minimised",
            ClaimKind::Miracle => "miracle_claim",
            ClaimKind::Cure => "cure_claim",
            ClaimKind::Conspiracy => "conspiracy_framing",
            ClaimKind::Trope => "misinformation_trope",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimHit {
    pub start: usize,
    pub end: usize,
    pub kind: ClaimKind,
    /// For tropes: a short topic label (`vaccines_autism`); otherwise the lexicon class.
    pub topic: &'static str,
}

static HEALTH_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:births?|birthing|hospitals?|c-?sections?|caesareans?|epidurals?|treatments?|procedures?|jabs?|injections?|injectables?|injecting|complications?|vaccin\w*|supplements?|pills?|tablets?|capsules?|medicines?|medication|drugs?|diets?|therap\w+|surgery|surgeries|fillers?|botox|tox|skin\w*|weight|fat|detox\w*|cleanse|teas?|creams?|serums?|results|side[\s-]effects?|clinic|patients?|remed\w+|cures?|protocol|programmes?|programs?|products?|formula|peels?|laser|lips?|wrinkles?|acne|hair|health\w*|body|immune|gut|liver|hormones?|oils?|herbs?|herbal|homeopath\w*|vitamins?|iv|drips?|pens?|dose|doses|weight[\s-]loss|semaglutide|ozempic|wegovy|mounjaro|tirzepatide|microneedling|anaesthe\w+|sedation|implants?|mesh|hernia\s+repairs?|collagen|ageing|aging|anti[\s-]?ageing|lifespan|longevity|ivf|fertility|pregnan\w*|modafinil|ssris?|antidepressants?|statins?|antibiotics?|inhalers?|insulin|steroids?|hrt|paracetamol|ibuprofen|aspirin|melatonin|\d+\s?(?:mg|mcg|iu|ml)|metabolism|lose\s+(?:a\s+stone|\d+\s?(?:kg|kgs|kilos|lbs|pounds|stone))|dress\s+sizes?|diseases?|illness(?:es)?|sleep|blood\s+sugar|breastfeeding|formula|covid(?:-?19)?|coronavirus|ivermectin|hydroxychloroquine|hcq|hospitali[sz]ed|diagnos(?:is|es)|vomit\w*|cannabis|concussion|head\s+injur\w*|fasting|superfoods?|nutrition\w*|keto|cholesterol|calories|radiation|x-?rays?|ct\s+scans?|mri\s+scans?|strangulation|sids|cot\s+death|retinas?|eyesight|macula\w*|cataracts?|glaucoma|ear\s*wax|ear\s+candl\w*|syringing|ct\s+(?:abdo\w*|head|chest|kub|colonography|pulmonary\w*)|cts|scans|symptoms?|red\s+flags?\s+(?:symptoms?|signs?|that)|(?:online|video|telephone|phone|face[\s-]to[\s-]face)\s+(?:consultations?|consults?|appointments?))\b",
    )
});

/// True when the text is about health at all (treatments, medicines, vaccines, bodies, clinics).
pub fn has_health_subject(text: &str) -> bool {
    HEALTH_SUBJECT.is_match(text)
}

static NEGATED_CLAIM: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:\b(?:no|not|never|nothing|nobody|none|isn[’']?t|aren[’']?t|wasn[’']?t|can[’']?t|cannot|won[’']?t|doesn[’']?t|don[’']?t|haven[’']?t|hasn[’']?t|didn[’']?t|failed\s+to|impossible|myth|beware|wary|careful|suspicious|avoid|anyone|anybody|whoever|someone|claims?|claiming|promis\w+|red\s+flags?|no\s+such\s+thing\s+as|rarely|seldom|hardly|nor|if\s+(?:a|an|someone|anyone|they|a\s+clinic)|such\s+thing)\b)[^.!?\n]{0,45}$",
    )
});

/// "Don't need them," right before a claim: the writer waving a precaution away.
static NEEDLESS_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:don[’']?t|do\s+not|doesn[’']?t|dont)\s+(?:really\s+)?need\s+(?:them|it|one|any|to\s+bother)\b[^.!?\n]{0,12}$",
    )
});

/// A result given to the person it belongs to: "your scan was fine", "the bloods came back normal".
/// A list of selling points before the claim ("no prescription, no side effects"): the "no" before
/// is one of the list's, not a negation of the claim.
static LIST_OF_NOS: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)(?:^|[.!?,;:]\s*|\s)(?:no|zero)\s+[\w-]+(?:\s+[\w-]+)?\s*,\s*$"));

static RESULT_REASSURED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:your|ur|his|her|the)\s+(?:scan|results?|bloods?|blood\s+tests?|tests?|biopsy|x-?ray|smear|mri|ct|ecg|swab|mole)\s+(?:was|were|is|are|came\s+back|come\s+back|looked|looks)\b",
    )
});

/// What follows "guaranteed" in a joke about provoking someone: "guaranteed way to annoy a GP",
/// "guaranteed to wind up the registrar".
static SURE_TO_ANNOY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:(?:way|ways)\s+to|to)\s+(?:annoy|irritate|wind\s+up|upset|anger|enrage|infuriate|trigger|start\s+an?\s+(?:argument|row|fight)|get\s+(?:told\s+off|shouted\s+at|a\s+laugh|an\s+eye[\s-]?roll)|make\s+\w+\s+(?:laugh|cry|angry|mad|cross|groan|wince))\b",
    )
});

static FIRST_PERSON_EXPERIENCE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:i|i[’']ve|i\s+have|i\s+had|i\s+experienced|i\s+noticed|i\s+got|she|he|they|we|my\s+\w+|had|have\s+had|has\s+had|reported|reports|experienced|noticed|suffered|felt)\b\s*(?:\w+\s+){0,2}$",
    )
});

static EXPERIENCE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^[^.!?\n]{0,25}\b(?:so\s+far|yet|at\s+all\s+so\s+far|touch\s+wood|thankfully|luckily)\b",
    )
});

static CONDITION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:cancers?|tumou?rs?|jet[\s-]?lag|dvt|altitude\s+sickness|malaria|rabies|diabetes|type\s?2|autism|adhd|acne|eczema|psoriasis|anxiety|depression|arthritis|ibs|covid(?:-?19)?|long\s+covid|hiv|aids|obesity|migraines?|hair\s+loss|baldness|infertility|pcos|endometriosis|thyroid|hashimoto\W?s|lupus|ms|multiple\s+sclerosis|dementia|alzheimer\W?s|asthma|allerg\w+|insomnia|fibromyalgia|chronic\s+fatigue|me/cfs|heart\s+disease|high\s+blood\s+pressure|hypertension|cholesterol|all\s+diseases?|any\s+disease|every\s+disease|disease|illness|everything|anything|all\s+(?:your|my)\s+(?:problems|symptoms)|inflammation|candida|leaky\s+gut|appendicitis|(?:kidney|chest|ear|urine|urinary|bladder|skin)\s+infections?|utis?|sepsis|pneumonia|heart\s+attacks?|strokes?|toxins?|blood\s+clots?|gallstones?|kidney\s+stones?|flu|influenza|colds?|common\s+cold|viruses|viral\s+infections?|cancer\s+cells)\b",
    )
});

static UNPROVEN_AGENT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:supplements?|teas?|diets?|juic\w*|oils?|cbd|cannabis|herbs?|herbal|natural\w*|detox\w*|cleanse\w*|fasting|vitamin\s+[a-z0-9]+|vitamins|essential\s+oils?|homeopath\w*|crystals?|my\s+(?:programme|program|protocol|course|product|method|plan|formula|system|app)|this\s+(?:product|pill|tea|supplement|powder|oil|drink|cream|serum|protocol|method|plan)|alkaline|keto|carnivore|vegan|raw\s+food|apple\s+cider\s+vinegar|turmeric|garlic|honey|colloidal\s+silver|ozone|iv\s+drips?|coffee\s+enemas?|infrared|cold\s+plunge|breathwork|grounding|earthing|cranberr\w+|castor\s+oil|magnesium|zinc|colostrum|mushrooms?|sea\s+moss|bone\s+broth|raw\s+milk|iv\s+detox|drips?|nad\+?|bee\s+pollen|propolis|elderberry|echinacea|ginger|lemon\s+water|cinnamon|black\s+seed|oregano\s+oil|tea\s+tree|manuka|kombucha|kefir|probiotics?|colloidal|hydrogen\s+water|structured\s+water|alkaline\s+water|juicing|celery\s+juice|paleo|ice\s+baths?|cold\s+water|red\s+light|acupuncture|reiki|chiropract\w*|cupping|reflexology|hypnosis|magnets?|copper\s+bracelets?|seed\s+oils?|toothpaste|castor\s+oil|bicarb\w*|baking\s+soda|vinegar)\b",
    )
});

/// Absolute claims, minimised risks, miracle and cure claims: each with a health subject in its
/// sentence, not negated, not a personal experience.
pub fn find_claims(text: &str) -> Vec<ClaimHit> {
    let mut out = Vec::new();
    for h in ANCHORS.find(text) {
        let kind = match h.class() {
            "absolute" | "proven" => ClaimKind::Absolute,
            "no_risk" => ClaimKind::NoRisk,
            "miracle" => ClaimKind::Miracle,
            "cure_word" => ClaimKind::Cure,
            "conspiracy" => ClaimKind::Conspiracy,
            _ => continue,
        };
        let (s, e) = sentence_around(text, h.start);
        let sentence = text.get(s..e).unwrap_or("");
        let before = text
            .get(floor_boundary(text, h.start.saturating_sub(60).max(s))..h.start)
            .unwrap_or("");
        let after = text.get(h.end..e).unwrap_or("");
        // "…you genuinely don't need them, the risk is basically zero": a "don't need" before a
        // risk written off is more of the same, not a negation of it.
        let needless_before = kind == ClaimKind::NoRisk && NEEDLESS_BEFORE.is_match(before);
        if kind != ClaimKind::Conspiracy
            && NEGATED_CLAIM.is_match(&super::stance::without_myth_busting(before))
            && !LIST_OF_NOS.is_match(before)
            && !needless_before
        {
            continue;
        }
        match kind {
            ClaimKind::Conspiracy => {}
            ClaimKind::Cure => {
                // "cures X" needs a disease as object and an unproven agent in the sentence.
                let object = text.get(h.end..e).unwrap_or("");
                let subject = text.get(s..h.start).unwrap_or("");
                let prev = if s > 0 {
                    let (ps, _) = sentence_around(text, s.saturating_sub(1));
                    text.get(ps..s).unwrap_or("")
                } else {
                    ""
                };
                let disease = CONDITION.is_match(object)
                    || CONDITION.is_match(subject)
                    || (prev.len() < 40 && CONDITION.is_match(prev));
                if !disease || !UNPROVEN_AGENT.is_match(sentence) {
                    continue;
                }
                if after.trim_start().to_ascii_lowercase().starts_with("rate") {
                    continue;
                }
                // "The evidence for alkaline diets curing cancer is zero": the cure weighed, and
                // found wanting.
                if EVIDENCE_FOR_BEFORE.is_match(subject) && EVIDENCE_NONE_AFTER.is_match(object) {
                    continue;
                }
            }
            ClaimKind::NoRisk => {
                if FIRST_PERSON_EXPERIENCE.is_match(before) || EXPERIENCE_AFTER.is_match(after) {
                    continue;
                }
                let phrase = h.phrase.text.as_str();
                let inherent = phrase.contains("side") || phrase.contains("paracetamol");
                if !inherent
                    && !about_health(sentence)
                    && !super::minimising::names_serious_illness(sentence)
                    && !about_health(pronoun_antecedent(text, s, h.start))
                {
                    continue;
                }
                // "your scan was fine… nothing to worry about": one person's result, reassured.
                if RESULT_REASSURED.is_match(sentence) {
                    continue;
                }
            }
            ClaimKind::Absolute | ClaimKind::Miracle => {
                if kind == ClaimKind::Absolute
                    && !about_health(sentence)
                    && !about_health(pronoun_antecedent(text, s, h.start))
                {
                    continue;
                }
                // "Guaranteed way to annoy a GP: ask for antibiotics": a joke about people.
                if kind == ClaimKind::Absolute && SURE_TO_ANNOY.is_match(after) {
                    continue;
                }
            }
            ClaimKind::Trope => {}
        }
        out.push(ClaimHit {
            start: h.start,
            end: h.end,
            kind,
            topic: static_class(h.class()),
        });
    }
    for (start, end) in super::minimising::find(text) {
        let before = text
            .get(floor_boundary(text, start.saturating_sub(60))..start)
            .unwrap_or("");
        if FIRST_PERSON_EXPERIENCE.is_match(before)
            || out.iter().any(|c| c.start < end && start < c.end)
        {
            continue;
        }
        out.push(ClaimHit {
            start,
            end,
            kind: ClaimKind::NoRisk,
            topic: "no_risk",
        });
    }
    for (kind, pattern, subject) in SHAPED_CLAIMS.iter() {
        for m in pattern.find_iter(text) {
            let (s, e) = sentence_around(text, m.start());
            let sentence = text.get(s..e).unwrap_or("");
            let before = text
                .get(floor_boundary(text, m.start().saturating_sub(60).max(s))..m.start())
                .unwrap_or("");
            // "Cold water swimming will add ten years to your life": the remedy is the subject.
            // "Berberine twice a day. Works for everyone": a claim that opens its sentence takes
            // its subject from the sentence before.
            let elliptical = text
                .get(s..m.start())
                .is_some_and(|t| !t.contains(char::is_alphanumeric));
            let previous = if elliptical && s > 0 {
                let (ps, _) = sentence_around(text, s.saturating_sub(1));
                text.get(ps..s).unwrap_or("")
            } else {
                ""
            };
            let health = match subject {
                Subject::InSentence => about_health(sentence) || about_health(previous),
                Subject::NamedMedicine => {
                    !super::medicines::find(m.as_str()).is_empty()
                        || !super::medicines::find_otc(m.as_str()).is_empty()
                }
            };
            if NEGATED_CLAIM.is_match(before) || !health {
                continue;
            }
            // "Our new triage system works for every patient who calls before 10am": a service.
            if *subject == Subject::InSentence
                && text
                    .get(s..m.start())
                    .is_some_and(|t| SERVICE_SUBJECT.is_match(t))
                && !UNPROVEN_AGENT.is_match(sentence)
                && super::medicines::find(sentence).is_empty()
            {
                continue;
            }
            if out.iter().any(|c| c.start < m.end() && m.start() < c.end) {
                continue;
            }
            // "95% of our patients were seen within two weeks": a service figure, not an outcome.
            if *kind == ClaimKind::Absolute
                && text
                    .get(m.end()..)
                    .is_some_and(|rest| SERVICE_FIGURE.is_match(rest))
            {
                continue;
            }
            out.push(ClaimHit {
                start: m.start(),
                end: m.end(),
                kind: *kind,
                topic: if *kind == ClaimKind::NoRisk {
                    "no_risk"
                } else {
                    "absolute"
                },
            });
        }
    }
    out.sort_by_key(|c| (c.start, c.end));
    out
}

/// "Never seen one side effect from the combined pill. It's completely safe": a claim whose
/// subject is a pronoun takes its subject from the sentence before. Empty when the subject is not
/// a pronoun or there is no sentence before.
fn pronoun_antecedent(text: &str, sentence_start: usize, claim_start: usize) -> &str {
    static PRONOUN_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^\W*(?:it|it[’']?s|they|they[’']?re|this|these|that|that[’']?s|its)\b[^.!?\n]{0,20}$",
        )
    });
    if sentence_start == 0 {
        return "";
    }
    let lead = text.get(sentence_start..claim_start).unwrap_or("");
    let (_, sentence_end) = sentence_around(text, claim_start);
    // "…never caused a single side effect. Ever. Zero risk.": a verbless fragment.
    let fragment = lead.trim().is_empty() && sentence_end.saturating_sub(sentence_start) <= 20;
    if !fragment && !PRONOUN_SUBJECT.is_match(lead) {
        return "";
    }
    let mut ps = sentence_around(text, sentence_start.saturating_sub(1)).0;
    // Skip back over one more short fragment ("Ever.") to the sentence with the subject.
    if fragment && ps > 0 && sentence_start - ps <= 12 {
        ps = sentence_around(text, ps.saturating_sub(1)).0;
    }
    text.get(ps..sentence_start).unwrap_or("")
}

/// A health subject for a claim known by its shape: a treatment, an unproven remedy, a medicine
/// by name ("finasteride works for literally everybody") or an illness it is said to fix ("fixes
/// anxiety every time").
fn about_health(sentence: &str) -> bool {
    !sentence.is_empty()
        && (HEALTH_SUBJECT.is_match(sentence)
            || UNPROVEN_AGENT.is_match(sentence)
            || CONDITION.find_iter(sentence).any(|c| {
                !matches!(
                    c.as_str().to_ascii_lowercase().as_str(),
                    "everything" | "anything"
                )
            })
            || !super::medicines::find(sentence).is_empty()
            || !super::medicines::find_otc(sentence).is_empty()
            || !super::promotion::find_procedures(sentence).is_empty())
}

/// A service or an arrangement as the subject of "works for everyone": a booking system, a rota.
static SERVICE_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:triage|system|booking|appointments?|rota|process|app|website|phone\s+line|online\s+form|service|scheme|policy|timetable|opening\s+hours|parking|car\s+park|new\s+times)\b",
    )
});

/// What follows "95% of our patients" when the figure measures the service, not the treatment.
static SERVICE_FIGURE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:(?:were|are|got|get)\s+seen|would\s+recommend|recommend|rated?|rate\s+us|said|say|(?:are|were)\s+(?:happy|satisfied|registered|vaccinated|invited|offered|booked|contacted|called)|responded|attended|completed|turned\s+up|(?:had|got)\s+(?:their|a|an)\s+(?:review|jab|vaccine|vaccination|check|appointment|call))\b",
    )
});

/// Claims recognised by their shape rather than a fixed phrase (GMP ¶89c–d): risks waved away as
/// "overblown" or "a myth", outcomes promised to everyone, cherry-picked success figures, and one
/// remedy as "the only thing that works".
/// What makes a claim known by its shape a health claim.
#[derive(Clone, Copy, PartialEq)]
enum Subject {
    /// A health subject in its sentence (or, for a claim opening its sentence, the one before).
    InSentence,
    /// A medicine named in the claim itself.
    NamedMedicine,
}

static SHAPED_CLAIMS: LazyLock<Vec<(ClaimKind, Regex, Subject)>> = LazyLock::new(|| {
    vec![
        (
            ClaimKind::NoRisk,
            re(
                r"(?i)\b(?:risks?|side[\s-]effects?|complications?|dangers?)[’'‘\x22]?\s+(?:(?:stuff|talk|thing|scares?|fears?|worries|warnings?|headlines?|stories)\s+)?(?:(?:of|from|with)\s+(?:[\w'’-]+\s+){1,3})?(?:are|is|were|was|get|gets)\s+(?:(?:massively|hugely|wildly|totally|completely|so|grossly|basically|just|all|really|largely|mostly|way)\s+)?(?:overblown|exaggerated|overstated|overhyped|a\s+myth|made\s+up|invented|scaremongering|fearmongering|nonsense|rubbish|non-?existent|a\s+lie|fake)\b",
            ),
            Subject::InSentence,
        ),
        (
            // "A fever on its own is NEVER dangerous in a baby", "a headache like that is never serious".
            ClaimKind::NoRisk,
            re(
                r"(?i)\b(?:fevers?|temperatures?|temps?|headaches?|lumps?|chest\s+pains?|moles?|rash(?:es)?|bleeding|palpitations|breathlessness)\b[^.!?\n]{0,30}?\b(?:is|are)\s+never\s+(?:dangerous|serious|harmful|an\s+emergency|a\s+worry|worrying|cancer)\b",
            ),
            Subject::InSentence,
        ),
        (
            ClaimKind::NoRisk,
            re(
                r"(?i)\b(?:outweighs?|beats?)\s+any\s+(?:\w+\s+)?risks?\b|\b(?:there[’']?s\s+|there\s+is\s+|with\s+)?no\s+real\s+risks?\b",
            ),
            Subject::InSentence,
        ),
        (
            ClaimKind::Absolute,
            re(
                r"(?i)\b(?:9\d|100)\s?(?:%|percent|per\s+cent)\s+of\s+(?:my|our)\s+(?:patients|clients|customers)\b|\b(?:nine|9)\s+(?:out\s+of|in)\s+(?:ten|10)\s+(?:doctors|dermatologists|dentists|gps|patients|clients|experts|nurses)\b|\bevery\s+(?:single\s+)?(?:client|patient|customer|person|woman|man)\s+(?:has|have|sees?|saw|gets?|got|loses?|lost|notices?|noticed)\b",
            ),
            Subject::InSentence,
        ),
        (
            ClaimKind::Absolute,
            re(
                r"(?-i:\b(?:you|You|YOU)\s+WILL)\s+\w+|\bin\s+(?:every|all)\s+(?:women|woman|men|man|patients?|children|child|people|person|users?)\s+who\b|\bthe\s+only\s+(?:thing|cure|treatment|way|remedy|option)\s+(?:that\s+)?(?:will|can|to|that)\s+(?:cure|clear|fix|treat|heal|work|shift|get\s+rid)\w*",
            ),
            Subject::InSentence,
        ),
        (
            ClaimKind::Absolute,
            re(
                r"(?i)\b(?:9\d|100)\s?(?:%|percent|per\s+cent)\s+of\s+(?:(?:my|our|the)\s+)?(?:patients|clients|customers|people|users)\s+(?:are\s+|were\s+|feel\s+|felt\s+|report(?:ed)?\s+(?:being\s+)?|go\s+|went\s+|walk\s+(?:away|out)\s+|leave\s+|left\s+)?(?:pain[\s-]free|symptom[\s-]free|cured|healed|fully\s+recovered|off\s+(?:their\s+)?(?:meds|medication|painkillers|insulin|tablets))\b|\badd(?:s|ing)?\s+(?:up\s+to\s+)?(?:[\w-]+\s+)?(?:years?|decades?|a\s+decade)\s+(?:to|onto)\s+(?:your|their|his|her)\s+(?:life|lifespan)\b|\byou(?:\s+won[’']?t|\s+wont|\s+will\s+not|\s+will\s+never|[’']ll\s+never|\s+never)\s+(?:end\s+up\s+in\s+(?:hospital|icu|intensive\s+care)|be\s+hospitali[sz]ed|need\s+(?:a\s+)?(?:hospital|ventilator|icu|intensive\s+care)|go\s+into\s+hospital)\b",
            ),
            Subject::InSentence,
        ),
        (
            ClaimKind::Absolute,
            re(
                r"(?i)\b(?:lasts?|last)\s+(?:a\s+lifetime|forever|for\s+life)\b|\bnever\s+needs?\s+(?:replacing|redoing|topping\s+up|a\s+top[\s-]up)\b|\b(?:you\s+won[’']?t|you\s+will\s+not|you[’']?ll\s+never|never)\s+(?:catch|get)\s+(?:a\s+(?:single\s+)?|another\s+|one\s+)?(?:colds?|flu|covid|ill|sick|infections?|bugs?)\b",
            ),
            Subject::InSentence,
        ),
        (
            // Efficacy promised to everyone or every time: "works for literally everyone", "I've
            // never had a patient it didn't help", "heals any injury … every single time", "you
            // will never need blood pressure tablets again".
            ClaimKind::Absolute,
            re(
                r"(?i)\bworks?\s+for\s+(?:literally\s+|absolutely\s+|pretty\s+much\s+|basically\s+|just\s+about\s+)?(?:everyone|everybody|every\s+(?:single\s+)?(?:[a-z-]+\s+)?(?:patient|client|person|body|user))\b|\bnever\s+(?:had|met|seen)\s+a\s+(?:patient|client|person|customer)\s+(?:it|this|that|they)\s+(?:didn[’']?t|did\s+not|hasn[’']?t|has\s+not)\s+(?:help|work\s+for|fix|cure)\b|\b(?:heals?|cures?|fixes|clears?|shifts?|works?)\s+(?:[\w-]+\s+){0,5}?every\s+(?:single\s+)?time\b|\b(?:heals?|cures?|fixes|clears?|resolves?)\s+(?:[\w-]+\s+){1,3}?in\s+(?:literally\s+)?(?:everyone|everybody|all\s+(?:patients|cases|comers|of\s+them))\b|\bnever\s+(?:once\s+)?(?:seen|known|had)\s+(?:it|this|them)\s+fail\b|\bnever\s+(?:once\s+)?(?:missed|misses|failed\s+to\s+spot)\s+(?:a|one|any)\s+(?:single\s+)?(?:serious\s+|cancer\s+|life[\s-]threatening\s+)?(?:diagnosis|diagnoses|cancer|case|sepsis|red\s+flag|heart\s+attack|stroke)\b[^.!?\n]{0,30}?\b(?:and\s+)?(?:it|we|i|they)\s+never\s+will\b|\bsafer\s+than\s+any\s+(?:human\s+)?(?:gp|doctor|clinician|surgeon|nurse|consultant)\b|\b(?:heals?|cures?|fixes|clears?)\s+(?:any|all|every)\s+(?:injury|injuries|wound|wounds|pain|infection|infections|condition|conditions|disease|diseases|illness|skin\s+condition)\b|\byou(?:\s+will\s+never|[’']ll\s+never|\s+won[’']?t\s+ever|\s+will\s+not\s+ever|\s+never)\s+(?:ever\s+)?need\s+(?:[\w-]+\s+){0,3}?(?:tablets|pills|meds|medication|medicines|insulin|inhalers?|surgery|glasses|statins|painkillers|antidepressants)\s+again\b",
            ),
            Subject::InSentence,
        ),
        (
            // A named medicine made unnecessary for good: "you'll never need metformin again".
            ClaimKind::Absolute,
            re(
                r"(?i)\byou(?:\s+will\s+never|[’']ll\s+never|\s+won[’']?t\s+ever|\s+will\s+not\s+ever|\s+never)\s+(?:ever\s+)?need\s+(?:your\s+|any\s+|that\s+|the\s+)?[\w-]+(?:\s+[\w-]+)?\s+again\b",
            ),
            Subject::NamedMedicine,
        ),
    ]
});

fn static_class(class: &str) -> &'static str {
    match class {
        "absolute" => "absolute",
        "proven" => "proven",
        "no_risk" => "no_risk",
        "miracle" => "miracle",
        "cure_word" => "cure",
        "conspiracy" => "conspiracy",
        _ => "claim",
    }
}

/// Misinformation tropes: (topic, pattern). Each pattern is one sentence-sized assertion.
static TROPES: LazyLock<Vec<(&'static str, Regex)>> = LazyLock::new(|| {
    let gap = r"[^.!?\n]{0,40}";
    let short = r"[^.!?\n]{0,25}";
    vec![
        (
            "vaccines_autism",
            re(&format!(
                r"(?i)\b(?:vaccin\w*|jabs?|mmr|shots?|jabbed){gap}\b(?:cause[sd]?|causing|linked\s+to|leads?\s+to|led\s+to|trigger\w*|gives?|gave|responsible\s+for){short}\bautis\w*"
            )),
        ),
        (
            "vaccines_autism",
            re(&format!(
                r"(?i)\bautis\w*{gap}\b(?:caused\s+by|from|because\s+of|after\s+(?:the|his|her|their)){short}\b(?:vaccin\w*|jabs?|mmr)"
            )),
        ),
        (
            // "kids regress after the MMR", "he stopped talking after his jabs".
            "vaccines_autism",
            re(
                r"(?i)\b(?:regress\w*|stop(?:ped|s)?\s+talking|los[et]\s+(?:their|his|her)\s+(?:words|speech|language))\s+(?:\w+\s+){0,2}?(?:after|following|since)\s+(?:the\s+|their\s+|his\s+|her\s+|a\s+)?(?:mmr|vaccin\w*|jabs?)\b",
            ),
        ),
        (
            // "I've seen too many little ones change after their MMR. The link with autism is there."
            "vaccines_autism",
            re(
                r"(?i)\b(?:mmr|vaccin\w*|jabs?)\b[^\n]{0,120}?\b(?:link|connection)\s+(?:with|to)\s+autism\s+is\s+(?:there|real|obvious|clear|undeniable)\b|\b(?:link|connection)\s+(?:between\s+(?:the\s+)?(?:mmr|vaccin\w*|jabs?)\s+and|with)\s+autism\s+is\s+(?:there|real|obvious|clear|undeniable)\b",
            ),
        ),
        (
            "vaccines_harm",
            re(&format!(
                r"(?i)\b(?:vaccin\w*|jabs?|mrna|shots?|boosters?){gap}\b(?:cause[sd]?|causing|linked\s+to|leads?\s+to|gives?\s+you){short}\b(?:infertility|sterility|sids|cot\s+death|turbo\s+cancer|cancer|aids|magneti\w+|sudden\s+deaths?|died\s+suddenly|shedding|prion\s+disease|alzheimer\W?s)"
            )),
        ),
        (
            "vaccines_harm",
            re(
                r"(?i)\b(?:flu\s+jabs?|flu\s+vaccin\w*|flu\s+shots?)\s*(?:gives?|gave|causes?|caused|=|equals|means)\s*(?:you\s+)?(?:the\s+)?flu\b",
            ),
        ),
        (
            "vaccines_poison",
            re(
                r"(?i)\b(?:vaccin\w*|jabs?|the\s+shot)\s+(?:are|is|contain\w*)\s+(?:full\s+of\s+|just\s+|pure\s+)?(?:poison\w*|toxins?|toxic\s+(?:sludge|waste|chemicals)|microchips?|tracking\s+chips?|nanobots?|graphene|aborted\s+(?:foetal|fetal|baby)\s+(?:cells|tissue)|a\s+bioweapon|bioweapons?|genocide|depopulation|gene\s+therapy)",
            ),
        ),
        (
            "vaccines_poison",
            re(
                r"(?i)\b(?:clot\s+shot|death\s+jab|kill\s+shot|depopulation\s+(?:jab|agenda)|died\s+suddenly|vaccine\s+genocide|pureblood)|#diedsuddenly\b",
            ),
        ),
        (
            "mrna_dna",
            re(&format!(
                r"(?i)\b(?:mrna|vaccin\w*|jabs?|boosters?){gap}\b(?:alters?|changes?|modif\w+|rewrites?|edits?|corrupts?|integrates?\s+into){short}\b(?:your\s+|our\s+|the\s+)?(?:dna|genes|genome)"
            )),
        ),
        (
            "covid_denial",
            re(
                r"(?i)\b(?:covid(?:-?19)?|coronavirus|the\s+virus|the\s+pandemic)\s+(?:is|was)\s+(?:a\s+|just\s+a\s+|only\s+a\s+|nothing\s+(?:more\s+)?(?:than|but)\s+a\s+|all\s+a\s+|an?\s+)?(?:hoax|scam|lie|fake|con|fraud|psyop|plandemic|made\s+up|(?:bad\s+|mild\s+|nasty\s+|normal\s+|seasonal\s+)?(?:cold|flu))\b",
            ),
        ),
        (
            "covid_denial",
            re(
                r"(?i)\b(?:covid(?:-?19)?|coronavirus|sars-?cov-?2|the\s+virus|viruses)\s+(?:doesn[’']?t|does\s+not|do\s+not|don[’']?t|never|did\s+not|didn[’']?t)\s+(?:even\s+)?exist",
            ),
        ),
        (
            "covid_denial",
            re(
                r"(?i)\b(?:plandemic|scamdemic|casedemic|germ\s+theory\s+is\s+(?:a\s+)?(?:lie|fraud|wrong|false)|viruses\s+are\s+not\s+real|terrain\s+theory\s+is\s+(?:right|true))|\bvirus[’'\x22]?\s+(?:that\s+)?(?:nobody|no\s+one|no-one)\s+has\s+(?:ever\s+)?(?:properly\s+|actually\s+)?isolated\b|\b(?:the\s+)?(?:virus|covid|sars-?cov-?2)\s+(?:has|was)\s+never\s+(?:been\s+)?(?:properly\s+)?isolated\b",
            ),
        ),
        (
            "ivermectin_hcq",
            re(&format!(
                r"(?i)\b(?:ivermectin|hydroxychloroquine|hcq|horse\s+paste){gap}\b(?:cures?|cured|clears?|cleared|treats?|prevents?|kills?|works?\s+(?:against|for|on)|beats?|stops?|wipes?\s+out|is\s+the\s+cure){short}\b(?:covid|corona\w*|the\s+virus|cancer|it)\b"
            )),
        ),
        (
            "cancer_cure",
            re(&format!(
                r"(?i)\b(?:cure[sd]?|curing|heal\w*|reverse[sd]?|beat|beats|starve[sd]?|kills?|destroy\w*|eliminate[sd]?|melt\w*)\s+(?:your\s+|my\s+|her\s+|his\s+|the\s+|their\s+)?cancers?\b{gap}\b(?:diet|juic\w*|vitamin\s+c|vegan|keto|fasting|alkaline|turmeric|cannabis|cbd|baking\s+soda|bicarb\w*|apricot|laetrile|b17|essential\s+oils?|naturally|herbs?|coffee\s+enemas?|no\s+sugar|sugar|mistletoe|high[\s-]dose\s+vitamin|ivermectin|fenbendazole|frequency|rife)"
            )),
        ),
        (
            "cancer_cure",
            re(&format!(
                r"(?i)\b(?:diet|juic\w*|alkaline\s+\w+|alkaline|turmeric|cannabis(?:\s+oil)?|cbd(?:\s+oil)?|baking\s+soda|bicarb\w*|apricot\s+kernels?|vitamin\s+c|keto|fasting|coffee\s+enemas?|fenbendazole|ivermectin|mistletoe|essential\s+oils?|(?:hot\s+|warm\s+)?lemon(?:\s+water)?|garlic|ginger|apple\s+cider\s+vinegar|green\s+tea|honey){gap}\b(?:cures?|cured|kills?|reverses?|beats?|starves?|shrinks?|melts?|destroys?|eliminates?)\s+(?:\w+\s+){{0,2}}cancers?"
            )),
        ),
        (
            // "Drink hot water every 15 minutes: it washes the coronavirus into your stomach where
            // acid kills it", "gargling salt water kills covid".
            "virus_remedy",
            re(&format!(
                r"(?i)\b(?:(?:hot|warm)\s+(?:lemon\s+)?(?:water|drinks?)|salt\s+water|gargl\w*|garlic|steam\s+inhalation|vinegar|lemon\s+water){gap}\b(?:kills?|washes?|flush\w*|wipes?\s+out|destroys?|cures?|prevents?)\s+(?:(?:off|out|away|the)\s+)?(?:corona\w*|covid\w*|the\s+virus|viruses|flu)\b"
            )),
        ),
        (
            "cancer_cure",
            re(
                r"(?i)\b(?:sugar\s+feeds\s+cancer|cancer\s+is\s+(?:a|just\s+a)\s+fungus|cancer\s+can(?:not|[’']?t)\s+survive\s+in\s+an?\s+alkaline|chemo\w*\s+(?:is\s+(?:just\s+)?(?:poison|useless|a\s+scam|a\s+con)|kills\s+more|(?:does\s+not|doesn[’']?t)\s+work|never\s+works)|the\s+cure\s+for\s+cancer\s+(?:is\s+being|has\s+been)\s+(?:hidden|suppressed))",
            ),
        ),
        (
            "5g",
            re(&format!(
                r"(?i)\b5g{gap}\b(?:causes?|caused|causing|spreads?|spread|linked\s+to|(?:is|are|was|were)\s+behind|behind){short}\b(?:covid|corona\w*|the\s+virus|cancer|illness|headaches)|\b5g\s+(?:masts?|towers?|radiation|signals?)?[^.!?\n]{{0,80}}\b(?:headaches|nosebleeds|insomnia|migraines|cancers?|illness|sickness|tinnitus|(?:weaken|weakens|weakened|damage|damages|damaged|suppress|suppresses|destroy|destroys|attack|attacks)\s+(?:your|the|our|people[’']?s|kids[’']?)\s+immune\s+systems?|(?:made|makes|making)\s+(?:people|everyone|us|you|kids)\s+(?:sick|ill))\b|\belectro[\s-]?(?:magnetic\s+)?(?:hyper)?sensitivity\s+is\s+(?:real|a\s+real\s+(?:condition|illness))"
            )),
        ),
        (
            "fluoride",
            re(
                r"(?i)\bfluorid\w*[^!?\n]{0,80}\bit[’']s\s+a\s+(?:neurotoxin|poison)|\bfluorid\w*\s+(?:in\s+(?:the\s+|our\s+|tap\s+)?water\s+)?(?:is\s+(?:a\s+)?|are\s+)?(?:poison\w*|neurotoxi\w+|toxic|lowers?\s+(?:your\s+|kids[’']?\s+)?iq|calcif\w+\s+(?:your\s+|the\s+)?pineal)",
            ),
        ),
        (
            "hiv_aids",
            re(
                r"(?i)\b(?:hiv\s+(?:doesn[’']?t|does\s+not)\s+cause\s+aids|aids\s+is\s+caused\s+by\s+(?:drugs|poppers|azt|antiretrovirals)|hiv\s+(?:is\s+a\s+)?(?:hoax|myth))",
            ),
        ),
        (
            "bleach_mms",
            re(&format!(
                r"(?i)\b(?:mms|miracle\s+mineral|chlorine\s+dioxide|bleach|turpentine|borax){gap}\b(?:cures?|treats?|kills|heals?|detox\w*|gets\s+rid\s+of)\b"
            )),
        ),
        (
            "homeopathy",
            re(
                r"(?i)\bhomeopath\w*\s+(?:cures?|works|treats?|is\s+(?:as\s+|more\s+)?effective|can\s+(?:cure|treat|replace)|(?:is|has\s+been)\s+(?:scientifically\s+|clinically\s+)?proven\s+to\s+(?:work|cure|treat)|(?:works?|is)\s+better\s+than\s+(?:antibiotics|medicine|vaccin\w*|drugs))",
            ),
        ),
        (
            "statins",
            re(
                r"(?i)\bstatins?\s+(?:are|is)\s+(?:(?:basically|totally|completely|utterly|pretty\s+much|largely|mostly|honestly|just|all)\s+)?(?:a\s+|just\s+a\s+|the\s+(?:biggest|greatest|largest)\s+|a\s+(?:total|complete|massive|huge|big)\s+)?(?:scam|con|poison|useless|pointless|killing|dangerous|a\s+racket|a\s+waste\s+of\s+(?:time|money))|\bstatins?\b[^.!?\n]{0,80}\bside[\s-]effects?\s+(?:are|is)\s+(?:far\s+|much\s+|way\s+)?worse\s+than\s+(?:the\s+|any\s+|a\s+)?(?:heart\s+attacks?|strokes?|disease|risk|cholesterol)|\bstatins?\s+(?:cause[sd]?|give\s+you)\s+(?:dementia|alzheimer\W?s|cancer|heart\s+failure)",
            ),
        ),
        (
            "sunscreen",
            re(
                r"(?i)\b(?:sunscreens?|suncreams?|sun\s+creams?|spf)(?:\s+chemicals)?\s+(?:causes?|gives?\s+you|is\s+what\s+causes)\s+(?:more\s+)?(?:skin\s+)?cancer|\b(?:chemicals|toxins)\s+in\s+(?:sunscreens?|suncreams?|sun\s+creams?|spf)\s+(?:causes?|give\s+you)\s+(?:more\s+)?(?:skin\s+)?cancer|\b(?:sunscreens?|suncreams?|sun\s+creams?|spf)\s+(?:is|are|does)\s+(?:doing\s+)?more\s+harm\s+than\s+good|\bthe\s+sun\s+(?:doesn[’']?t|does\s+not)\s+cause\s+(?:skin\s+)?cancer",
            ),
        ),
        (
            "antidepressants",
            re(
                r"(?i)\b(?:antidepressants?|ssris?)\s+(?:are|is)\s+(?:just\s+|nothing\s+but\s+)?(?:poison|placebos?|a\s+scam|useless|chemical\s+lobotom\w+)|\bdepression\s+is\s+(?:a\s+choice|just\s+laziness|not\s+real)",
            ),
        ),
        (
            "raw_milk",
            re(
                r"(?i)\braw\s+milk\s+(?:is|'s|’s)\s+(?:far\s+|much\s+|actually\s+)?(?:safer|healthier|better\s+for\s+you|more\s+nutritious)(?:\s+than\s+(?:pasteuri[sz]ed|shop[\s-]bought|normal)(?:\s+milk)?)?|\braw\s+milk\s+(?:boosts?|builds?|strengthens?)\s+(?:your\s+|the\s+)?immun\w+|\bpasteuri[sz]ation\s+(?:kills|destroys|removes)\s+(?:all\s+)?(?:the\s+)?(?:goodness|nutrients|vitamins|good\s+bacteria)",
            ),
        ),
        (
            "natural_immunity",
            re(
                r"(?i)\bnatural\s+immunity\s+is\s+(?:always\s+|far\s+)?(?:better|superior|stronger|safer)\s+than\s+(?:any\s+|the\s+)?(?:vaccin\w*|jabs?)|\bnatural\s+immunity\s+is\s+(?:always|far|much|so\s+much)\s+(?:better|superior|stronger|safer)(?:\s+and\s+(?:better|stronger|safer|longer[\s-]lasting))?\s*(?:[.!;]|$)",
            ),
        ),
        (
            "measles",
            re(
                r"(?i)\bmeasles\s+(?:is|are|was)\s+(?:just\s+|only\s+|really\s+)?(?:harmless|good\s+for|just\s+a\s+rash|nothing\s+to\s+worry|a\s+mild|mild|a\s+rite\s+of\s+passage)|\b(?:builds?|gives?|makes?)\s+(?:you\s+|kids\s+|children\s+)?(?:a\s+)?(?:stronger|better|tougher)\s+immun\w*(?:\s+system)?\s+than\s+(?:any\s+|a\s+|the\s+)?(?:jabs?|vaccin\w*|shots?)|\b(?:chicken\s?pox|measles)\s+part(?:y|ies)\s+(?:are|is)\s+(?:better|safer|the\s+best)",
            ),
        ),
        (
            "detox",
            re(&format!(
                r"(?i)\bdetox\w*{gap}\b(?:cures?|flush(?:es)?\s+out\s+(?:the\s+)?toxins|removes?\s+(?:all\s+)?toxins|cleans?e?s?\s+your\s+(?:liver|blood|kidneys|body)|(?:pull|pulls|draw|draws|suck|sucks|drag|drags|leach|leaches)\s+(?:the\s+|all\s+(?:the\s+)?)?(?:heavy\s+metals|toxins|chemicals|poisons?|impurities)\s+(?:out|from))"
            )),
        ),
        (
            "vitamin_cure",
            re(
                r"(?i)\bvitamin\s+[cd]\b[^.!?\n]{0,30}\b(?:cures?|prevents?\s+all)\s+(?:covid|cancer|the\s+virus)",
            ),
        ),
        // The same myths in their other common shapes: a vaccine worse than the disease, deaths
        // pinned on vaccines, autism "since" vaccines, children "not needing" vaccines.
        (
            "anti_vaccine",
            re(
                r"(?i)\b(?:(?:the\s+)?(?:covid\s+|flu\s+|mmr\s+|hpv\s+|childhood\s+)?(?:vaccin\w*|jabs?|boosters?|shots?))\s+(?:is|are|was|were)\s+(?:far\s+|much\s+|way\s+|even\s+|actually\s+)?(?:more\s+dangerous|riskier|deadlier|more\s+harmful|worse|more\s+deadly)\s+than\s+(?:the\s+|getting\s+)?(?:flu|covid|measles|disease|illness|virus|infection|the\s+\w+\s+itself)",
            ),
        ),
        (
            "anti_vaccine",
            re(
                r"(?i)\b(?:vaccin\w*|jabs?|boosters?|shots?)\s+(?:have|has|had)\s+(?:now\s+|already\s+)?(?:killed|harmed|injured|maimed|disabled)\s+(?:more|millions|thousands|far\s+more|many\s+more)\b|\b(?:vaccin\w*|jabs?|boosters?)\s+(?:do|does|did)\s+more\s+harm\b|\b(?:kids|children|babies|toddlers|teenagers|healthy\s+people|you|your\s+(?:body|kids|child|children|baby|immune\s+system))\s+(?:really\s+)?(?:don[’']?t|doesn[’']?t|do\s+not|does\s+not|no\s+longer|never)\s+(?:really\s+)?need(?:s|ed)?\s+(?:the\s+|any\s+|their\s+)?(?:mmr|vaccin\w*|jabs?|boosters?|flu\s+jabs?|immuni[sz]ations?)",
            ),
        ),
        (
            "vaccines_autism",
            re(
                r"(?i)\bautis\w*[^.!?\n]{0,40}\b(?:since|ever\s+since|soared\s+after|exploded\s+after|rose\s+after)\s+(?:the\s+|they\s+(?:brought|introduced)\s+)?(?:vaccin\w*|jabs?|mmr)",
            ),
        ),
        // Regression blamed on the jab: "seen enough kids regress after the jab to know the link
        // is real".
        (
            "vaccines_autism",
            re(
                r"(?i)\bregress\w*\s+(?:(?:straight|right|soon|days|weeks)\s+)?(?:after|following|since)\s+(?:the|their|his|her|its|that)\s+(?:mmr|jabs?|vaccin\w*|boosters?|injections?)\b|\b(?:mmr|vaccin\w*|jabs?)\b[^.!?\n]{0,80}\b(?:autism\s+)?link\s+(?:is|was)\s+(?:real|there|obvious|undeniable|being\s+(?:buried|hidden|covered\s+up))\b",
            ),
        ),
        (
            "vaccines_autism",
            re(
                r"(?i)\b(?:mmr|vaccines?|jabs?)[\s-]+(?:and\s+)?autism\s+(?:question|link|debate|issue|connection|thing|story)\s+(?:was|is|has|had)\s+(?:never|not|still\s+not|yet\s+to\s+be)\s+(?:been\s+)?(?:properly\s+|fully\s+|really\s+|actually\s+)?(?:settled|disproven|disproved|ruled\s+out|resolved|closed|answered|debunked)\b",
            ),
        ),
        (
            "anti_vaccine",
            re(
                r"(?i)\b(?:split|separate)\s+(?:the|their|his|her|my|your|our)\s+(?:jabs|vaccines|vaccinations|mmr)\s+(?:up\b|and\s+space|into\s+(?:single|separate))|\bspace\s+(?:the\s+)?(?:jabs|vaccines|vaccinations)\s+out\b",
            ),
        ),
        (
            "anti_vaccine",
            re(
                r"(?i)\b(?:the\s+)?flu\s+(?:jabs?|vaccines?|shots?)\s+(?:gave|gives|give|will\s+give|can\s+give)\s+(?:me|you|people|everyone|them|us)\s+(?:the\s+)?flu\b",
            ),
        ),
        (
            "ivermectin_hcq",
            re(
                r"(?i)\b(?:ivermectin|hydroxychloroquine|hcq)\s+(?:works|worked|is\s+(?:effective|the\s+answer|a\s+miracle)|saves?\s+lives|saved\s+lives)\b",
            ),
        ),
        (
            "vitamin_cure",
            re(
                r"(?i)\b(?:vitamin\s+[a-z0-9]+|megados\w*|high[\s-]dose\s+vitamin\w*|supplements?|zinc|magnesium|iodine)\b[^.!?\n]{0,30}\b(?:cure[sd]?|prevent(?:s|ed)?|stops?|reverse[sd]?|eliminates?)\s+(?:\w+\s+)?(?:cancers?|covid|dementia|alzheimer\W?s|autism|diabetes|heart\s+disease|all\s+diseases?|every\s+disease|(?:every|all|any)\s+(?:[\w-]+\s+){0,3}?(?:infections?|illness(?:es)?|viruses|bugs|colds))\b",
            ),
        ),
        (
            "fluoride",
            re(
                r"(?i)\bfluorid\w*[^.!?\n]{0,30}\b(?:poison\w*|neurotoxi\w+|lower\w*\s+(?:[\w'’]+\s+){0,2}iqs?|damag\w+\s+(?:[\w'’]+\s+){0,2}brains?|calcif\w+)",
            ),
        ),
        (
            "sunscreen",
            re(
                r"(?i)\b(?:sunbeds?|tanning\s+beds?|sunburn)\s+(?:are|is)\s+(?:actually\s+|really\s+|totally\s+|perfectly\s+)?(?:good\s+for\s+you|healthy|safe|fine|harmless)\b",
            ),
        ),
        (
            "natural_immunity",
            re(
                r"(?i)\bnatural\s+immunity\s+is\s+(?:all\s+(?:you|they|kids|children)\s+need|enough|the\s+best\s+(?:vaccine|protection))\b",
            ),
        ),
        (
            "denies_cause",
            re(
                r"(?i)\b(?:cholesterol|smoking|tobacco|hpv|alcohol|uv|sunburn|the\s+sun|salt|obesity|high\s+blood\s+pressure|asbestos)\s+(?:doesn[’']?t|does\s+not|don[’']?t|do\s+not|never|can[’']?t)\s+(?:actually\s+|really\s+)?(?:cause|causes|lead\s+to|leads\s+to|raise|raises)\s+(?:\w+\s+){0,2}?(?:heart\s+disease|heart\s+attacks?|cancers?|strokes?|disease|blood\s+pressure)\b|\bsmoking\s+(?:doesn[’']?t|does\s+not|don[’']?t|never)\s+(?:actually\s+|really\s+)?(?:affect|impair|slow|harm|delay)\s+(?:wound\s+|bone\s+)?healing\b(?:[^.!?\n]{0,6}\bit[’']?s\s+(?:just\s+|all\s+)?a\s+myth)?",
            ),
        ),
        (
            // "HRT does NOT increase your risk of breast cancer. Not combined, not at any age."
            "denies_cause",
            re(
                r"(?i)\bhrt\s+(?:doesn[’']?t|does\s+not|never)\s+(?:actually\s+|really\s+)?(?:increase|raise|affect)\s+(?:your\s+|the\s+|a\s+woman[’']?s\s+)?(?:risk|chances?)\s+of\s+(?:getting\s+)?breast\s+cancer\b",
            ),
        ),
        (
            "root_cause",
            re(
                r"(?i)\b(?:(?:the\s+)?(?:root\s+|real\s+)?cause\s+of\s+(?:(?:almost|nearly|virtually|practically)\s+)?(?:all|every|most)\s+(?:chronic\s+|modern\s+)?(?:diseases?|illness(?:es)?|conditions?|cancers?|depression|anxiety|migraines?|fatigue)|(?:cause[sd]?|behind)\s+(?:all|every)\s+(?:chronic\s+|modern\s+)?(?:diseases?|illness(?:es)?))\b",
            ),
        ),
        (
            "conspiracy",
            re(
                r"(?i)\b(?:big\s+pharma|the\s+nhs|doctors|the\s+government|the\s+who)\s+(?:is|are)\s+(?:hiding|suppressing|covering\s+up)\s+(?:the\s+)?(?:cure|truth)",
            ),
        ),
        // Sugar "feeding" cancer, or starving a tumour by diet.
        (
            "sugar_cancer",
            re(&format!(
                r"(?i)\b(?:sugar|carbs|carbohydrates?|glucose){gap}\b(?:feeds?|fuels?|causes?|caused|grows?)\s+(?:cancers?|tumou?rs?)\b|\b(?:cancers?|tumou?rs?){gap}\b(?:can\s+be|will\s+be|is|are|gets?)\s+starved\b|\b(?:can|will|to|and|by|helps?(?:\s+to)?)\s+starv(?:e|ing)\s+(?:a\s+|the\s+|your\s+)?(?:cancers?|tumou?rs?)\b"
            )),
        ),
        // Masks starving the wearer of oxygen or poisoning them with carbon dioxide.
        (
            "masks_harm",
            re(&format!(
                r"(?i)\bmasks?{gap}\b(?:lower\w*|reduc\w*|drop\w*|starv\w*|depriv\w*|cut\w*|decreas\w*){short}\b(?:oxygen|o2|sats|saturations?)\b|\bmasks?{gap}\b(?:cause\w*|give\w*|rais\w*|increas\w*){short}\b(?:co2|carbon\s+dioxide)\b"
            )),
        ),
        // No vaccine is ever safe.
        (
            "anti_vaccine",
            re(
                r"(?i)\bno\s+such\s+thing\s+as\s+a\s+safe\s+(?:vaccin\w*|jab)|(?:^|[.!?\n]\s*)(?:please\s+)?don[’']?t\s+let\s+(?:them|anyone|the\s+(?:nhs|school|nurses?|gp))\s+(?:jab|vaccinate|inject)\s+(?:your|ur)\s+(?:kids|children|child|baby|babies|son|daughter|little\s+ones?)\b|\b(?:no|not\s+a\s+single|not\s+one)\s+(?:vaccin\w*|jab)\s+(?:is|has\s+ever\s+been)\s+(?:safe|proven\s+safe|tested)\b|\b(?:all\s+)?vaccines\s+are\s+(?:unsafe|dangerous)\b|\b(?:hpv\s+|flu\s+|mmr\s+|covid\s+)?(?:jabs?|vaccines?)\s+(?:has|have)\s+never\s+(?:been\s+shown|been\s+proven)\s+to\s+(?:prevent|stop|work)",
            ),
        ),
        // Fluoride or vaccines with "no safe level" at all.
        (
            "safe_intervention_harm",
            re(
                r"(?i)\bno\s+such\s+thing\s+as\s+a\s+safe\s+(?:level|dose|amount)\s+of\s+(?:fluorid\w*|vaccin\w*|paracetamol|statins?)\b|\bfluorid\w*\s+(?:is|in\s+(?:the\s+)?(?:tap\s+)?water\s+is)\s+(?:a\s+)?(?:neurotoxin|poison|toxic)\b",
            ),
        ),
        // Vaccines "full of" metals and chemicals that build up in the body.
        (
            "vaccines_poison",
            re(
                r"(?i)\b(?:vaccin\w*|jabs?|the\s+shots?)\s+(?:are|is)\s+(?:full\s+of|loaded\s+with|packed\s+with|stuffed\s+with)\s+(?:heavy\s+metals|mercury|aluminium|aluminum|formaldehyde|antifreeze|chemicals|toxic\s+\w+)\b",
            ),
        ),
        // An established link denied in other words: "cholesterol is NOT linked to heart disease",
        // "smoking has nothing to do with lung cancer", "the lipid hypothesis is dead".
        (
            "denies_cause",
            re(
                r"(?i)\b(?:cholesterol|ldl|saturated\s+fat|smoking|cigarettes|tobacco|hpv|hiv|alcohol|drinking|uv|sunburn|sunbeds?|the\s+sun|salt|obesity|high\s+blood\s+pressure|asbestos)\s+(?:(?:is|are|was|were)\s+(?:not|never|in\s+no\s+way)\s+(?:(?:actually|really|even|at\s+all)\s+)?(?:linked|related|connected|associated|tied)\s+(?:to|with)|(?:has|have)\s+(?:nothing|little)\s+to\s+do\s+with|(?:isn[’']?t|aren[’']?t|wasn[’']?t)\s+(?:(?:actually|really|even)\s+)?(?:linked|related|connected|associated|tied)\s+(?:to|with))\s+(?:\w+\s+){0,2}?(?:heart\s+(?:disease|attacks?)|cardiovascular\s+disease|strokes?|cancers?|aids|copd|emphysema|liver\s+disease|cirrhosis|blood\s+pressure|hypertension|melanoma|mesothelioma|diabetes)\b|\bthe\s+(?:lipid|cholesterol|diet[\s-]heart)\s+hypothesis\s+(?:is|has\s+been)\s+(?:dead|debunked|disproven|a\s+myth|a\s+lie|over)\b|\b(?:the\s+)?(?:cholesterol|ldl|saturated\s+fat)(?:\s+(?:thing|story|scare|fear|panic|narrative))?\s+(?:is|was)\s+(?:(?:all|just|basically|completely|totally|nothing\s+but)\s+)?(?:a\s+|one\s+big\s+)?(?:myth|lie|scam|hoax|con)\b",
            ),
        ),
        // Vaccine safety denied: "rushed and skipped safety trials", "caused the excess deaths", "I'd
        // never give it to my daughter".
        (
            "anti_vaccine",
            re(&format!(
                r"(?i)\b(?:the\s+)?(?:covid\s+|flu\s+|mmr\s+|hpv\s+|mrna\s+)?(?:vaccin\w*|jabs?|boosters?)\s+(?:were|was|are|is|have\s+been|has\s+been)\s+(?:(?:completely|totally|massively|just)\s+)?(?:rushed(?:\s+through)?|never\s+(?:properly\s+)?tested|not\s+(?:properly\s+)?tested)\b|\b(?:vaccin\w*|jabs?|boosters?){gap}\b(?:skipped|skipping|bypassed|skipped\s+all|without\s+(?:any|proper))\s+(?:the\s+)?(?:proper\s+|normal\s+|usual\s+|long[\s-]term\s+)?(?:safety\s+)?(?:trials|testing|safety\s+checks)\b|\b(?:vaccin\w*|jabs?|boosters?)\s+(?:caused|causes|is\s+causing|are\s+causing|is\s+behind|are\s+behind|explains?)\s+(?:the\s+|all\s+(?:the\s+|these\s+)?)?excess\s+deaths\b|\b(?:vaccin\w*|jabs?|hpv|mmr){gap}\b(?:i[’']?d|i\s+would|i[’']?ll|i\s+will)\s+never\s+(?:give|let)\s+(?:it|them|that|one)\s+(?:to\s+|near\s+)?my\s+(?:daughters?|sons?|kids|children|child|baby|babies|girls|boys)\b"
            )),
        ),
        // Blanket refusal of an established treatment: "you should never take antidepressants".
        // Qualified warnings ("never take statins with grapefruit") are dropped in `find_tropes`.
        (
            "blanket_avoidance",
            re(
                r"(?i)\bnever\s+(?:ever\s+)?(?:take|give|have|get|start|let\s+(?:your\s+)?(?:kids?|children|daughters?|sons?|them)\s+(?:have|get|take))\s+(?:(?:your|my|the|their)\s+(?:kids?|children|child|baby|babies|daughters?|sons?)\s+)?(?:an?\s+|any\s+|the\s+|your\s+)?(?:vaccin\w*|jabs?|boosters?|statins?|antidepressants?|ssris?|chemo\w*|blood\s+thinners|anticoagulants|insulin|hrt)\b",
            ),
        ),
        // Type 1 diabetes managed without insulin: deadly whatever the diet.
        (
            "against_insulin",
            re(&format!(
                r"(?i)\b(?:type\s*1|type\s+one|t1d?)\b{gap}\b(?:don[’']?t|do\s+not|doesn[’']?t|does\s+not|won[’']?t|no\s+longer)\s+need\s+(?:their\s+|your\s+|any\s+)?insulin\b|\b(?:don[’']?t|do\s+not|doesn[’']?t|won[’']?t|no\s+longer)\s+need\s+(?:their\s+|your\s+|any\s+)?insulin\b{gap}\b(?:type\s*1|type\s+one|t1d?)\b|\b(?:come|came|get|got)\s+off\s+(?:their\s+|your\s+|my\s+)?insulin\b{gap}\b(?:type\s*1|type\s+one|t1d?)\b|\b(?:type\s*1|type\s+one|t1d?)\b{gap}\b(?:managed|treated|controlled|run|reversed|cured)\s+(?:off|without)\s+(?:their\s+|any\s+)?insulin\b|\b(?:reverses?|reversed|reversing|cures?|cured|curing)\s+(?:your\s+|their\s+|my\s+)?(?:type\s*1|type\s+one|t1d?)\b|\b(?:type\s*1|type\s+one|t1d?)\b{gap}\b(?:come|came|get|got)\s+off\s+(?:their\s+|your\s+|my\s+)?insulin\b"
            )),
        ),
        // Aircraft spraying chemicals that make people ill.
        (
            "chemtrails",
            re(
                r"(?i)\bchem[\s-]?trails?\s+(?:are|is)\s+(?:real|poison\w*|making|causing|toxic)|\bspray(?:s|ed|ing)?\s+(?:us\s+with\s+)?chem[\s-]?trails\b|#chemtrails\b|\b(?:those|these|they)\s+(?:are\s+not|aren[’']?t)\s+contrails\b",
            ),
        ),
        // Protection claimed from something else, so the vaccine is not needed.
        (
            "anti_vaccine",
            re(
                r"(?i)\b(?:fully|totally|completely|100%)\s+protected\b[^.!?\n]{0,40}\bno\s+(?:need\s+for\s+(?:a|the|any)\s+)?(?:vaccin\w*|jabs?)(?:\s+needed)?\b|\bno(?:body|\s+one)\s+with\s+(?:a\s+)?vitamin\s+d\s+(?:level\s+)?(?:over|above)\s+\d+\s+(?:has\s+)?died\b",
            ),
        ),
        // Statins said not to work or to be only a money-maker: "statins do NOT prevent heart
        // attacks in women", "no evidence statins do anything for women", "a pure industry play".
        (
            "statins",
            re(
                r"(?i)\bstatins?\s+(?:do(?:es)?\s*(?:not|n[’']t)|don[’']?t|never|won[’']?t)\s+(?:actually\s+|really\s+|even\s+)?(?:prevent|stop|reduce|save|work|help|do\s+anything)\b(?:\s+(?:heart\s+attacks?|strokes?|deaths?|lives|anyone|at\s+all|for\s+(?:women|anyone|over)))?|\bno\s+(?:real\s+|good\s+)?evidence\s+(?:that\s+)?statins?\s+(?:do\s+anything|work|prevent|help|save)\b|\bstatins?\b[^.!?\n]{0,60}\b(?:pure\s+(?:profit|industry\s+play|money[\s-]?spinner)|(?:just|only)\s+(?:a\s+)?(?:money[\s-]?spinner|profit|industry\s+play))",
            ),
        ),
        // Measles shrugged off from experience, and vaccination put down to money: "never once
        // seen a healthy, well-fed child harmed by measles", "the MMR push is about practice targets".
        (
            "measles",
            re(
                r"(?i)\bnever\s+(?:once\s+|ever\s+)?seen\s+(?:a\s+|one\s+)?(?:single\s+)?(?:[\w-]+,?\s+){0,3}?(?:child|kid|baby|person|adult)\s+(?:(?:be|get|getting|being)\s+)?(?:harmed|hurt|damaged|seriously\s+ill|die|died|killed)\s+(?:by|from|of)\s+(?:measles|chicken\s?pox|mumps|rubella|whooping\s+cough)\b",
            ),
        ),
        (
            "anti_vaccine",
            re(
                r"(?i)\b(?:mmr|vaccin\w*|jabs?|flu\s+jab|boosters?|immuni[sz]ation)\s+(?:push|drive|campaign|programme|program|targets?)\s+(?:is|are|was)\s+(?:all\s+|really\s+|just\s+|only\s+)?(?:about|for|to\s+hit)\s+(?:practice\s+|gp\s+|hitting\s+)?(?:targets|money|profit|payments|bonuses)\b|\b(?:seen|seeing|see)\s+(?:far\s+|way\s+)?more\s+(?:people\s+|patients\s+|kids\s+)?(?:harmed|hurt|damaged|injured|made\s+ill|die|dying|deaths?)\s+(?:by|from)\s+(?:those\s+|these\s+|the\s+)?(?:jabs?|vaccin\w*|boosters?)\s+than\s+(?:by\s+|from\s+)?(?:covid|flu|the\s+virus|measles|the\s+disease)|\b(?:stopped|stop|not|no\s+longer)\s+giving\s+(?:my|our)\s+(?:own\s+)?(?:kids|children|child|baby|babies|son|daughter)\s+(?:the\s+|any\s+(?:more\s+)?|their\s+)?(?:mmr|vaccin\w*|jabs?|boosters?)\b|(?:^|[.!?\n]\s*)(?:(?:please|honestly|everyone)\s+)*(?:please\s+)?don[’']?t\s+bother\s+(?:with|getting|having)\s+(?:the\s+|your\s+|this\s+year[’']?s\s+)?(?:autumn\s+|winter\s+|spring\s+|covid\s+|flu\s+)?(?:boosters?|jabs?|vaccin\w*|mmr)\b",
            ),
        ),
        // Evidence said to be hidden: "the data on autism they don't show you at medical school".
        (
            "conspiracy",
            re(
                r"(?i)\b(?:data|truth|studies|evidence|facts)\s+(?:on|about)\s+(?:autism|vaccin\w*|the\s+jabs?|mmr)\s+(?:that\s+)?(?:they|doctors|the\s+nhs|big\s+pharma|the\s+government|nobody|no\s+one)\s+(?:don[’']?t|won[’']?t|never|doesn[’']?t|will\s+never)\s+(?:show|tell|teach|want)",
            ),
        ),
        // Rushed and untested, in shorthand: "swine flu jab = rushed & untested".
        (
            "anti_vaccine",
            re(
                r"(?i)\b(?:vaccin\w*|jabs?|boosters?)\s*=\s*(?:totally\s+|completely\s+)?(?:rushed|untested|poison|dangerous)\b",
            ),
        ),
        // Laboratory normal dismissed for a diagnosis that is not recognised or not shown:
        // "reference ranges are a myth", "bloods can be normal and you STILL have adrenal fatigue".
        (
            "lab_denial",
            re(
                r"(?i)\b(?:reference|normal|lab)\s+ranges?\s+(?:are|is)\s+(?:a\s+|just\s+a\s+)?(?:myth|lie|meaningless|nonsense|made\s+up|a\s+con|rubbish)\b|\b(?:you|they|she|he|women|people|\d+\s+(?:out\s+)?of\s+\d+\s+[\w\s]{0,20}?)\s+(?:still\s+|probably\s+|definitely\s+|actually\s+|all\s+)?(?:have|has|got|suffer(?:s|ing)?\s+(?:from|with))\s+adrenal\s+fatigue\b|\badrenal\s+fatigue\s+(?:is|is\s+very|is\s+so)\s+(?:real|common)\b|\byou\s+(?:are|ARE)\s+(?:still\s+)?hypothyroid\b",
            ),
        ),
        // The Wakefield paper said to stand: "the gut findings in that Lancet paper were never
        // properly disproven"; a doctor "holding off" her own child's MMR.
        (
            "anti_vaccine",
            re(
                r"(?i)\b(?:wakefield|lancet|mmr|autism)\b[^.!?\n]{0,60}\b(?:were|was|has|have)\s+never\s+(?:been\s+)?(?:properly\s+|actually\s+|really\s+|fully\s+)?(?:disproven|disproved|refuted|debunked|ruled\s+out)\b|\bholding\s+off\s+(?:on\s+)?(?:my|our|her|his|the)\s+(?:[\w-]+[’']s\s+)?(?:mmr|jabs?|vaccin\w*|boosters?|immuni[sz]ations?)\b|\b(?:hold|holding|held|put|putting|delay|delaying|wait|waiting)\s+(?:off\s+)?(?:on\s+|with\s+)?(?:the|their|his|her|your|my|our)\s+(?:mmr|jabs?|vaccin\w*|boosters?|immuni[sz]ations?)\s+(?:(?:till|until)\s+(?:they[’']?re|he[’']?s|she[’']?s|they\s+are|he\s+is|she\s+is|(?:your|the)\s+(?:kids?|child|children|little\s+ones?|baby)\s+(?:is|are))\s+(?:at\s+least\s+)?(?:\d|older|bigger|two|three|four|five|school\s+age)|for\s+(?:a\s+)?(?:few|couple\s+of)\s+years)\b",
            ),
        ),
        // Diabetes "reversed" by food in days, with the medicines dropped.
        (
            "diet_cure",
            re(
                r"(?i)\b(?:foods?|diet|juices?|fasting|supplements?|herbs?|teas?|smoothies?|recipes?)\b[^.!?\n]{0,40}\b(?:reverse[sd]?|cure[sd]?|fix(?:es|ed)?)\s+(?:your\s+)?(?:type\s*(?:2|two)\s+)?diabetes\s+in\s+(?:just\s+)?(?:a|one|two|three|\d+)\s+(?:fortnight|weeks?|days?)\b",
            ),
        ),
        // Ivermectin vouched for by the writer's own patients, over the experts.
        (
            "opinion_as_fact",
            re(
                r"(?i)\b(?:ivermectin|hydroxychloroquine|hcq)\b[^\n]{0,120}?\b(?:not\s+(?:one|a\s+single\s+one)\s+(?:of\s+them\s+)?(?:has\s+)?(?:gone|ended\s+up|been)\s+(?:into|in)\s+hospital|none\s+of\s+them\s+(?:went|ended\s+up|have\s+gone)\s+(?:in|into)\s+hospital|all\s+the\s+evidence\s+i\s+need)",
            ),
        ),
        // A vaccine's disease made light of to justify skipping it.
        (
            "anti_vaccine",
            re(
                r"(?i)\b(?:no\s+(?:real\s+)?downside|nothing\s+to\s+lose|no\s+harm)\s+(?:to|in)\s+skipping\s+(?:it|the\s+(?:jab|vaccine|spray|booster|nasal\s+spray))\b|\bhealthy\s+(?:children|kids|people|adults|teens)\s+(?:don[’']?t|do\s+not|never)\s+get\s+(?:seriously\s+|really\s+)?(?:ill|sick)\s+(?:from|with)\s+(?:flu|covid|measles|chicken\s?pox|whooping\s+cough)\b",
            ),
        ),
        // Sunburn said to protect the skin.
        (
            "sunscreen",
            re(
                r"(?i)\bsunburns?\b[^.!?\n]{0,50}\b(?:help|helps|build|builds|toughen|toughens|protect|protects)\s+(?:up\s+)?(?:your\s+|the\s+)?skin",
            ),
        ),
        // Long covid, ME/CFS or fibromyalgia put down to anxiety or stress.
        (
            "dismisses_condition",
            re(
                r"(?i)\b(?:long\s+covid|me/cfs|chronic\s+fatigue(?:\s+syndrome)?|fibromyalgia)\s+(?:is|are)\s+(?:(?:just|mostly|all|really|basically|only|largely|simply)\s+)?(?:anxiety|stress|deconditioning|attention[\s-]seeking|in\s+the\s+mind|people\s+being\s+(?:dramatic|lazy))\b|\blong\s+covid\b[^!?\n]{0,40}\bit[’']s\s+(?:just\s+|only\s+|really\s+)?(?:deconditioning|anxiety|stress)(?:\s+with\b|\s+in\s+a\b|\s*[.!,;]|\s*$)",
            ),
        ),
        // Covid played down as flu, masks said to do nothing, the MMR link kept open.
        (
            "covid_denial",
            re(
                r"(?i)\b(?:(?:just|only)\s+)?a\s+bad\s+(?:flu|cold)\s+at\s+(?:worst|most|the\s+very\s+worst)\b",
            ),
        ),
        (
            "masks_harm",
            re(
                r"(?i)\b(?:face\s+)?masks?\s+(?:do|does|did)\s+(?:absolutely\s+|literally\s+|sod\s+all\s+|precisely\s+)?nothing(?:\s*[.!,;]|\s*$|\s+(?:and|to\s+stop|against))",
            ),
        ),
        (
            "anti_vaccine",
            re(
                r"(?i)\b(?:mmr|vaccines?)[\s-]+autism\s+link\s+(?:has\s+)?(?:never|not)\s+(?:actually\s+|really\s+|properly\s+)?(?:been\s+)?(?:disproven|debunked|ruled\s+out|disproved)\b|\b(?:hpv|mmr|flu|covid|chickenpox)?\s*(?:vaccin\w*|jabs?)\s+(?:for\s+\w+\s+)?(?:is|are)\s+(?:basically\s+|totally\s+|completely\s+|just\s+)?(?:pointless|useless|a\s+(?:cash\s+grab|money\s+grab|scam|con|waste\s+of\s+time))\b",
            ),
        ),
        // Sunscreen worse than the sun; a fever left to run with no advice to seek help.
        (
            "sunscreen",
            re(
                r"(?i)\b(?:sunscreens?|suncreams?|spf)\s+(?:is|are)\s+(?:more\s+dangerous|worse|more\s+harmful|more\s+toxic)\s+than\s+the\s+sun\b|\b(?:sunscreens?|suncreams?|spf)\b[^.!?\n]{0,60}?\bhormone\s+disruptors?\b",
            ),
        ),
        (
            "fever_left",
            re(
                r"(?i)\bjust\s+let\s+(?:it|the\s+(?:fever|temp|temperature))\s+run\b[^.!?\n]{0,80}?\bno\s+(?:need\s+to\s+(?:ring|call)\s+(?:111|999|the\s+gp)|calpol)|\b(?:fevers?|temps?|temperatures?)\b[^\n]{0,80}?\bnever\s+(?:bring|treat|lower|reduce)\s+(?:it|them|the\s+(?:fever|temp\w*))\s+down\b|\b(?:calpol|paracetamol|nurofen|ibuprofen|antipyretics?)\s+(?:just\s+|only\s+)?(?:masks?|hides?)\s+(?:it|the\s+(?:fever|infection|illness|symptoms))\b[^.!?\n]{0,30}?\b(?:makes?|keeps?)\s+(?:\w+\s+){0,3}?(?:last|linger|worse)",
            ),
        ),
        (
            "against_treatment",
            re(
                r"(?i)\b(?:you\s+can|can)\s+ignore\s+the\s+(?:screening\s+|smear\s+)?letters\b|\bsorted\s+for\s+life\b[^.!?\n]{0,40}?\bignore\s+the\s+letters\b",
            ),
        ),
        // Teething blamed for a high fever: "teething always causes high temps", "39.5 is totally
        // normal with molars". A fever over 38 is not explained by teeth (NICE CKS, teething).
        (
            "teething_fever",
            re(
                r"(?i)\bteething\s+(?:\w+\s+){0,2}?(?:always|definitely|does|do|will|often)\s+(?:causes?|gives?|brings?\s+on)\s+(?:\w+\s+){0,2}?(?:high\s+|proper\s+|big\s+)?(?:fevers?|temps?|temperatures?)\b|\b(?:3[89](?:\.\d)?\+?|40)\s*(?:°\s*c?|c\b|degrees)?[^.!?\n]{0,12}?\b(?:is|are|[’']s)\s+(?:totally\s+|completely\s+|perfectly\s+|absolutely\s+|quite\s+)?normal\s+(?:with|when|for|in)\s+(?:\w+\s+){0,2}?(?:teeth(?:ing)?|molars)\b|\bteething\s+(?:\w+\s+){0,3}?(?:fevers?|temps?|temperatures?)\s+of\s+(?:3[89]|40)",
            ),
        ),
        // Immune "overload" from vaccines: "vaccines overloading kids' immune systems is real".
        (
            "anti_vaccine",
            re(
                r"(?i)\b(?:vaccin\w*|jabs?|mmr|shots)\b[^.!?\n]{0,40}?\b(?:overload\w*|overwhelm\w*)\s+(?:\w+[’']?\s+){0,2}?immune\s+systems?\b|\b(?:too\s+many\s+(?:vaccin\w*|jabs)\s+too\s+(?:soon|young|early)|immune\s+(?:system\s+)?overload\s+(?:is|from))\b|\b(?:vaccin\w*|jabs?|mmr|shots)\b[^.!?\n]{0,30}?\btoo\s+much\s+for\s+(?:\w+\s+){0,2}?immune\s+systems?\b",
            ),
        ),
        // Withdrawal denied: "SSRIs are NOT addictive and you can stop them whenever you like with
        // zero problems" (the "not" belongs to the claim).
        (
            "withdrawal_denied",
            re(
                r"(?i)\b(?:ssris?|antidepressants?|sertraline|citalopram|fluoxetine|escitalopram|venlafaxine|mirtazapine|paroxetine)\b[^.!?\n]{0,80}?\b(?:stop|come\s+off|quit)\s+(?:them|it)\s+(?:whenever|any\s*time|overnight|cold\s+turkey)\b[^.!?\n]{0,40}?\b(?:no|zero|without\s+any)\s+(?:problems?|issues?|side[\s-]effects?|withdrawal)\b",
            ),
        ),
        // Session 32: prevention waved off (B12 on a vegan diet, fluoride), the evidence for an
        // established intervention denied, a remedy said to beat the medicine, alcohol gel said to
        // kill norovirus, a recognised hazard said never to have harmed anyone.
        (
            "prevention_dismissed",
            re(
                r"(?i)\b(?:vegan|plant[\s-]based|whole[\s-]?food)\b[^.!?\n]{0,80}?\b(?:do\s+not|don[’']?t|dont)\s+need\s+(?:to\s+(?:take|supplement)\s+)?(?:any\s+)?(?:vitamin\s+)?b12\b|\b(?:do\s+not|don[’']?t|dont)\s+need\s+(?:any\s+)?(?:vitamin\s+)?b12\b[^.!?\n]{0,60}?\b(?:vegan|plant[\s-]based|whole[\s-]?food)|\bgut\s+(?:bacteria|bugs|microbiome)\s+(?:make|makes|produce|produces)\s+all\s+(?:the\s+b12\s+)?(?:you|u)\s+need\b|\b(?:do\s+not|don[’']?t|dont)\s+need\s+fluoride(?:\s+toothpaste)?\b",
            ),
        ),
        (
            "evidence_denied",
            re(
                r"(?i)\b(?:zero|no|absolutely\s+no|not\s+a\s+(?:shred|scrap|jot)\s+of)\s+evidence\s+(?:that\s+)?(?:the\s+|a\s+)?(?:flu\s+(?:jab|vaccine)s?|vaccines?|jabs?|statins?|chemo\w*|screening|boosters?|hpv\s+(?:jab|vaccine)|mmr|mammograms?|smear\s+tests?)\s+(?:actually\s+|even\s+|really\s+)?(?:works?|do(?:es)?\s+anything|helps?|saves?\s+lives|prevents?\s+anything)\b",
            ),
        ),
        (
            "remedy_beats_medicine",
            re(
                r"(?i)\b(?:colloidal\s+silver|(?:raw\s+)?garlic|manuka|oregano\s+oil|apple\s+cider\s+vinegar|acv|turmeric|essential\s+oils?|homeopath\w*|ivermectin|vitamin\s+c|echinacea|berberine|cinnamon|ginger)\b[^.!?\n]{0,60}?\b(?:clears?|cures?|kills?|fixes|treats?|beats?|works|knocks?\s+out|gets?\s+rid\s+of)\b[^.!?\n]{0,50}?\b(?:faster|better|quicker|more\s+effectively)\s+than\s+(?:penicillin|antibiotics|amoxicillin|any\s+antibiotic|chemo|statins|insulin|metformin|the\s+vaccine|ozempic|any\s+(?:drug|medicine|prescription))\b",
            ),
        ),
        (
            "gel_norovirus",
            re(
                r"(?i)\b(?:alcohol\s+)?(?:hand\s+)?gel\s+(?:kills|works\s+(?:on|against)|gets\s+rid\s+of|sorts|deals\s+with|is\s+(?:fine|enough|all\s+you\s+need)\s+(?:for|against))\s+(?:\w+\s+)?(?:norovirus|noro|c\.?\s?diff(?:icile)?|spores)\b",
            ),
        ),
        (
            "hazard_harmless",
            re(
                r"(?i)\b(?:burn\s+pits|asbestos|smoking|vaping|vapes|sarms|steroids|raw\s+milk|sunbeds|radiation|diesel\s+fumes|lead\s+paint|depleted\s+uranium)\s+(?:never|didn[’']?t|doesn[’']?t|don[’']?t|has\s+never|have\s+never)\s+(?:harmed|hurt|killed|harm|kill)\s+(?:anyone|anybody|a\s+soul|me|us)\b",
            ),
        ),
        // Session 33. An infection said never to pass by a route it does pass by, and pregnancy
        // said impossible where it is not.
        (
            "transmission_denied",
            re(
                r"(?i)\b(?:can[’']?t|cannot|can\s+not|won[’']?t|impossible\s+to|no\s+way\s+(?:you\s+)?(?:can|could)|never)\s+(?:ever\s+)?(?:get|catch|pass\s+on|transmit|spread|give\s+(?:someone|anyone|your\s+partner))\s+(?:hiv|an?\s+sti|stis|chlamydia|gonorrh?oea|the\s+clap|syphilis|herpes|hpv|hep(?:atitis)?\s*[bc])\s+(?:from|through|by|via|with|off)\s+(?:oral(?:\s+sex)?|giving\s+head|blow\s*jobs?|going\s+down|fingering|sharing\s+(?:needles|razors|toothbrushes))\b|\b(?:can[’']?t|cannot|can\s+not|won[’']?t)\s+(?:get|fall)\s+pregnant\s+(?:on\s+(?:your|ur|her)\s+period|during\s+(?:your|ur|her)\s+period|the\s+first\s+time|(?:if|while)\s+(?:you[’']?re\s+|ur\s+)?breastfeeding|standing\s+up|if\s+he\s+pulls\s+out)\b",
            ),
        ),
        // A normal result said to rule a disease out for certain: "if your CRP is normal there is
        // NO infection, full stop".
        (
            "test_overtrusted",
            re(
                r"(?i)\b(?:crp|bloods?|blood\s+tests?|x-?rays?|scans?|ecgs?|troponin|d-?dimer|smears?|mammograms?|psa|urine\s+dip|dipstick|swabs?|tests?)\s+(?:comes?\s+back|came\s+back|is|was|are|were)\s+(?:totally\s+|completely\s+|all\s+)?(?:normal|negative|clear|fine)\b[^.!?\n]{0,25}?\b(?:there\s+is|there[’']?s|you\s+have|you[’']?ve\s+got|it\s+means|that\s+means|means)\s+(?:definitely\s+|absolutely\s+)?(?:no|zero)\s+(?:infection|cancer|clot|heart\s+attack|sepsis|disease|appendicitis|meningitis|problem)\b",
            ),
        ),
        // A vaccine said never to have been tested for safety.
        (
            "untested_vaccine",
            re(
                r"(?i)\b(?:vaccin\w*|jabs?|boosters?|hpv\s+(?:jab|vaccine)|mmr|mrna)\s+(?:has|have|was|were)\s+never\s+(?:actually\s+|even\s+)?been\s+(?:properly\s+|fully\s+|adequately\s+|safety[\s-])?(?:safety[\s-])?(?:tested|trialled|studied)\b|\b(?:never|not)\s+(?:been\s+)?(?:properly\s+|fully\s+)?safety[\s-]tested\b",
            ),
        ),
        // Deaths from a procedure or a disease said no longer to happen: "nobody dies from
        // anaesthesia in the UK anymore".
        (
            "deaths_denied",
            re(
                r"(?i)\b(?:nobody|no\s+one|no-one|noone)\s+(?:ever\s+|actually\s+|really\s+)?(?:dies|has\s+died|gets\s+hurt|is\s+harmed)\s+(?:from|of|under|during|after)\s+(?:an?\s+|the\s+)?(?:general\s+)?(?:anaesthe\w+|anesthe\w+|ga|surgery|operations?|sedation|lipo\w*|bbls?|childbirth|giving\s+birth|measles|chickenpox|chicken\s+pox|flu|whooping\s+cough|botox|fillers?)\b[^.!?\n]{0,40}?\b(?:anymore|any\s+more|these\s+days|nowadays|now|in\s+the\s+uk|in\s+this\s+country|ever)\b",
            ),
        ),
        // First aid turned on its head: butter or toothpaste on a burn, a head tipped back for a
        // nosebleed, something put in the mouth of someone fitting.
        (
            "first_aid_myth",
            re(
                r"(?i)\b(?:butter|toothpaste|margarine|flour|egg\s+whites?|mayo(?:nnaise)?|goose\s+fat)\s+(?:[\w-]+\s+){0,4}?(?:on|onto|over)\s+(?:a\s+|the\s+|your\s+|any\s+)?(?:fresh\s+|bad\s+|nasty\s+)?burns?\b|\b(?:tilt|tip|put|lean)\s+(?:your|their|his|her|the)\s+head\s+back\s+(?:[\w-]+\s+){0,4}?(?:nose\s*bleeds?|bleeding\s+nose)\b|\bnose\s*bleeds?\b[^.!\n]{0,40}?\b(?:tilt|tip|put|lean)\s+(?:your|their|his|her|the)\s+head\s+back\b|\bput\s+(?:a\s+spoon|something|your\s+fingers?|a\s+wallet)\s+in\s+(?:their|his|her|the\s+person[’']?s)\s+mouth\b",
            ),
        ),
        // Concussion ruled out by consciousness kept: "if your child didn't lose consciousness,
        // there is no brain injury".
        (
            "concussion_myth",
            re(
                r"(?i)\b(?:didn[’']?t|did\s+not|don[’']?t|doesn[’']?t|never|not)\s+(?:lose|lost|loses|losing|black\s+out|knocked\s+out)\s*(?:consciousness)?\b[^.!?\n]{0,40}?\b(?:there\s+is|there[’']?s|it[’']?s|means|=)\s+(?:no|not\s+a)\s+(?:brain\s+injury|concussion|head\s+injury)\b|\bno\s+(?:loss\s+of\s+consciousness|loc|ko|knock[\s-]?out)\s*(?:=|means|equals)\s*no\s+(?:concussion|brain\s+injury)\b",
            ),
        ),
        // Antidepressants written off: "expensive placebos", "cause more suicides than they
        // prevent".
        (
            "antidepressants_denied",
            re(
                r"(?i)\b(?:antidepressants?|ssris?)\s+(?:are|is)\s+(?:just\s+|only\s+|nothing\s+but\s+|basically\s+|really\s+)?(?:expensive\s+|glorified\s+|overpriced\s+)?placebos?\b|\b(?:antidepressants?|ssris?)\s+(?:cause|caused|causing)\s+more\s+suicides\s+than\s+(?:they\s+)?(?:prevent|save|stop)\b",
            ),
        ),
        // A known risk put at zero: "HRT carries ZERO breast cancer risk", "zero radiation risk".
        (
            "risk_zeroed",
            re(
                r"(?i)\b(?:carr(?:y|ies)|has|have|with|there[’']?s|there\s+is|poses?)\s+(?:absolutely\s+|literally\s+|genuinely\s+)?(?:zero|nil|0\s*%)\s+(?:added\s+|extra\s+|increased\s+)?(?:breast\s+cancer|cancer|radiation|clot|stroke|heart|addiction|infection|bleeding|overdose|health|dependency)\s+risks?\b",
            ),
        ),
    ]
});

static TROPE_PREFILTER: LazyLock<PhraseSet> = LazyLock::new(|| PhraseSet::builtin(TROPE_WORDS));

/// Words without which no trope can be stated.
pub(crate) const TROPE_WORDS: &str =
        "sunburn* | k\nskipping | k\nwakefield | k\nlancet | k\nholding off | k\nreverse* | k\ncure diabetes | k\ncures diabetes | k\ncured diabetes | k\nfix diabetes | k\nfixes diabetes | k\nadrenal | k\nreference range* | k\nnormal range* | k\nlab range* | k\nhypothyroid | k\nvaccin* | k\njab* | k\nmmr | k\nmrna | k\nshot* | k\nbooster* | k\nautis* | k\ncovid* | k\n\
         corona* | k\nvirus* | k\npandemic | k\nplandemic | k\nscamdemic | k\ncasedemic | k\ngerm theory | k\n\
         terrain theory | k\nivermectin | k\nhydroxychloroquine | k\nhcq | k\nhorse paste | k\ncancer* | k\n\
         chemo* | k\n5g | k\nfluorid* | k\nhiv | k\naids | k\nmms | k\nmiracle mineral | k\n\
         chlorine dioxide | k\nbleach | k\nturpentine | k\nborax | k\nhomeopath* | k\nstatin* | k\n\
         sunscreen* | k\nsuncream* | k\nsun cream* | k\nspf | k\nthe sun | k\nantidepressant* | k\nssri* | k\ndepression | k\n\
         natural immunity | k\nmeasles | k\nchickenpox | k\nchicken pox | k\ndetox* | k\nvitamin | k\n\
         big pharma | k\nhiding | k\nsuppressing | k\ncovering up | k\ndied suddenly | k\n#diedsuddenly | k\n\
         raw milk | k\npasteuri* | k\npureblood | k\ngenocide | k\nmegados* | k\nsupplement* | k\nzinc | k\nmagnesium | k\niodine | k\n\
         cause of all | k\ncause of every | k\ncause of most | k\ncause of almost | k\ncause of nearly | k\ncause of virtually | k\ncauses all | k\ncaused all | k\n\
         causes every | k\nbehind all | k\nbehind every | k\nsunbed* | k\ntanning bed* | k\nsunburn | k\n\
         cholesterol | k\nchemtrail* | k\ncontrail* | k\nelectrosensitiv* | k\nelectro-sensitiv* | k\nelectromagnetic | k\nprotected | k\nsmoking | k\ntobacco | k\nalcohol | k\nsalt | k\nasbestos | k\n\
         sugar | k\ncarbs | k\ninsulin | k\nblood thinners | k\nanticoagulants | k\nhrt | k\nldl | k\nsaturated fat | k\nlipid | k\ndiet-heart | k\ndrinking | k\nexcess deaths | k\nhpv | k\ncigarettes | k\nobesity | k\nuv | k\nhigh blood pressure | k\nlong covid | k\nfibromyalgia | k\nchronic fatigue | k\nme/cfs | k\ncarbohydrate* | k\nglucose | k\nstarv* | k\nmask* | k\ntumour* | k\ntumor* | k\nflu | k\nteeth* | k\nmolars | k\nimmune | k\nbad flu | k\nbad cold | k\nletters | k\nlet it run | k\nhormone disruptor* | k\nsertraline | k\ncitalopram | k\nfluoxetine | k\nescitalopram | k\nvenlafaxine | k\nmirtazapine | k\nparoxetine | k\n\
         b12 | k\nevidence | k\ncolloidal | k\ngel | k\nburn pits | k\nsarms | k\nraw milk | k\nradiation | k\nvaping | k\nvapes | k\noral | k\ngiving head | k\nblow job* | k\nblowjob* | k\ngoing down | k\nfingering | k\nsharing | k\npregnant | k\ninfection | k\nclot | k\nsepsis | k\nappendicitis | k\nmeningitis | k\nheart attack | k\ntested | k\ntrialled | k\nstudied | k\ndies | k\nhas died | k\ngets hurt | k\nis harmed | k\nzero | k\nnil | k\n0% | k\nfever* | k\ntemperature* | k\ntemps | k\ncalpol | k\nparacetamol | k\nnurofen | k\nibuprofen | k\nbutter | k\ntoothpaste | k\nmargarine | k\ngoose fat | k\nmayo* | k\negg white* | k\nflour | k\nhead back | k\nin their mouth | k\nin his mouth | k\nin her mouth | k\nconsciousness | k\nknocked out | k\nblack out | k\nno loc | k\nplacebo* | k\n";

/// "Stop taking your statins", "come off them for the summer": an instruction, not "don't stop
/// taking…" or "stop taking it if you get a rash" or "…unless your GP says", and "them" must be
/// medicines ("come off them" alone could be anything).
fn told_to_stop(text: &str, start: usize, end: usize) -> bool {
    static NEGATED: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)(?:don[’']?t|do\s+not|never|not|shouldn[’']?t|no\s+need\s+to|please\s+don[’']?t)\s+$",
        )
    });
    static MEDICINE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:meds|medications?|medicines?|tablets|pills|statins|antidepressants|ssris|blood\s+thinners|insulin|inhalers?|steroids|blood\s+pressure|metformin|warfarin|apixaban|rivaroxaban|anticoagulants)\b",
        )
    });
    let before = text
        .get(floor_boundary(text, start.saturating_sub(16))..start)
        .unwrap_or("");
    if NEGATED.is_match(before) || qualified_after(text, end) {
        return false;
    }
    let (s, e) = sentence_around(text, start);
    let (ps, _) = sentence_around(text, s.saturating_sub(1));
    text.get(ps.min(s)..e).is_some_and(|t| MEDICINE.is_match(t))
}

/// Words right after a refusal that make it a warning about use: "with grapefruit", "without
/// speaking to your GP", "on an empty stomach", "more than…".
fn qualified_after(text: &str, end: usize) -> bool {
    static QUALIFIER: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^\s*(?:with|without|unless|until|if|before|after|on\s+an\s+empty|more\s+than|at\s+the\s+same|together|alongside|from\s+(?:a|an|someone)|that\s+(?:you|isn)|you\s+(?:bought|found)|to\s+(?:children|kids|under|anyone\s+under)|(?:to|for)\s+(?:a\s+)?(?:colds?|flu|viral|viruses))\b",
        )
    });
    text.get(end..).is_some_and(|rest| QUALIFIER.is_match(rest))
}

/// "…don't prevent every heart attack", "…in everyone": what follows limits the claim.
fn not_all_after(text: &str, end: usize) -> bool {
    static LIMIT: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^\s+(?:every|all|each|everyone|everybody|(?:in|for)\s+(?:everyone|everybody|every\s+\w+))\b",
        )
    });
    text.get(end..).is_some_and(|rest| LIMIT.is_match(rest))
}

/// Misinformation tropes in the text, leftmost first (asserted or not: see [`super::stance`]).
pub fn find_tropes(text: &str) -> Vec<ClaimHit> {
    if !TROPE_PREFILTER.any(text) {
        return Vec::new();
    }
    let mut out: Vec<ClaimHit> = Vec::new();
    for (topic, pattern) in TROPES.iter() {
        for m in pattern.find_iter(text) {
            // A negation inside the assertion ("vaccines do not cause autism") reverses it.
            let inner = m.as_str().to_ascii_lowercase();
            let negated_inside = ["n't ", "n’t ", " not ", " never ", " no "]
                .iter()
                .any(|n| inner.contains(n))
                && !matches!(
                    *topic,
                    "covid_denial"
                        | "hiv_aids"
                        | "sunscreen"
                        | "anti_vaccine"
                        | "statins"
                        | "measles"
                        | "conspiracy"
                        | "opinion_as_fact"
                        | "denies_cause"
                        | "against_insulin"
                        | "chemtrails"
                        | "withdrawal_denied"
                        | "fever_left"
                        | "prevention_dismissed"
                        | "evidence_denied"
                        | "hazard_harmless"
                        | "transmission_denied"
                        | "test_overtrusted"
                        | "untested_vaccine"
                        | "deaths_denied"
                        | "concussion_myth"
                );
            if negated_inside {
                continue;
            }
            // "Statins don't prevent every heart attack": a limit, not a denial.
            if *topic == "statins" && not_all_after(text, m.end()) {
                continue;
            }
            // "Never take statins with grapefruit", "never give aspirin to under-16s": a warning
            // about how, not a refusal of the treatment.
            if (*topic == "blanket_avoidance" || inner.contains("bother"))
                && qualified_after(text, m.end())
            {
                continue;
            }
            // "Vitamin D may help prevent…", "linked to most cancers": a hedged claim is not
            // presented as fact.
            let hedged = matches!(*topic, "vitamin_cure" | "root_cause")
                && [
                    "may ",
                    "might ",
                    "could ",
                    "can help",
                    "help ",
                    "helps ",
                    "linked",
                    "associated",
                    "risk",
                    "reduce",
                    "lower",
                ]
                .iter()
                .any(|h| inner.contains(h));
            if hedged {
                continue;
            }
            out.push(ClaimHit {
                start: m.start(),
                end: m.end(),
                kind: ClaimKind::Trope,
                topic,
            });
        }
    }
    out.sort_by_key(|c| (c.start, c.end));
    out.dedup_by(|b, a| b.start < a.end);
    out
}

/// Claims against established evidence that no fixed trope names, found by their shape:
/// - an intervention the evidence holds safe (vaccines, masks, sunscreen, paracetamol, fluoride,
///   statins, antidepressants, chemotherapy, insulin) said to cause serious harm ("masks cause CO2
///   poisoning", "paracetamol in pregnancy causes autism", "sunscreen causes more cancer than the sun");
/// - an established treatment dismissed as placebo, or an established condition dismissed as
///   imaginary or invented ("antidepressants are no better than placebo", "long covid is purely
///   psychological", "the obesity epidemic is exaggerated by drug companies");
/// - the reader told to avoid or abandon evidence-based care ("ask to come off yours", "you won't
///   need those SSRIs", "don't let your GP push jabs on you", "no need to bother your GP");
/// - a causal or efficacy claim sealed as certain ("…triples your risk. Fact.", "Proven.", "full
///   stop", "trust me, I'm a doctor").
///
/// Whether the claim is asserted, quoted or debunked is for the rules (see [`super::stance`]).
pub fn find_anti_evidence(text: &str) -> Vec<ClaimHit> {
    let mut out = find_tropes_against_evidence(text);
    out.extend(find_sealed_claims(text));
    out.sort_by_key(|c| (c.start, c.end));
    out.dedup_by(|b, a| b.start < a.end);
    out
}

/// The fixed shapes of anti-evidence advice, behind a word list (one phrase pass) that every one
/// of them needs.
fn find_tropes_against_evidence(text: &str) -> Vec<ClaimHit> {
    if !ANTI_EVIDENCE_PREFILTER.any(text) {
        return Vec::new();
    }
    let mut out: Vec<ClaimHit> = Vec::new();
    for (topic, pattern) in ANTI_EVIDENCE.iter() {
        for m in pattern.find_iter(text) {
            if *topic == "stop_medication" && !told_to_stop(text, m.start(), m.end()) {
                continue;
            }
            if *topic == "remedy_for_medicine" && super::medicines::find(text).is_empty() {
                continue;
            }
            if matches!(
                *topic,
                "safe_intervention_harm" | "anti_vaccine" | "antibiotics_viral"
            ) {
                // "…do not cause autism" reverses it; the established causes stay true.
                let inner = m.as_str().to_ascii_lowercase();
                if [" not ", "n't ", "n’t ", " never ", " no "]
                    .iter()
                    .any(|n| inner.contains(n))
                {
                    continue;
                }
                // "…making girls safer from cancer", "leads to fewer strokes": the benefit.
                if [
                    " fewer ", " less ", " lower ", " safer ", " protect", " prevent", " reduc",
                    " cut ",
                ]
                .iter()
                .any(|n| inner.contains(n))
                {
                    continue;
                }
            }
            out.push(ClaimHit {
                start: m.start(),
                end: m.end(),
                kind: ClaimKind::Trope,
                topic,
            });
        }
    }
    out
}

/// Causal or efficacy claims about health sealed as certain ("…triples your risk. Fact."). Not
/// behind the prefilter: the seal's own gate (its literals) is the only sound one, and a
/// hand-kept word list missed seals ("I can promise you", "100% true").
fn find_sealed_claims(text: &str) -> Vec<ClaimHit> {
    let mut out = Vec::new();
    for m in CERTAINTY_SEAL.find_iter(text) {
        // The claim sealed: the sentence before the marker, or the marker's own sentence.
        let (s, e) = sentence_around(text, m.start());
        let own = text.get(s..m.start()).unwrap_or("");
        // "As a doctor I can promise you gluten causes arthritis": the claim after the seal.
        let own_rest = text.get(m.end()..e).unwrap_or("");
        // "For anyone under 60 it's a cold, end of": a cold or flu said of covid, not of a cold.
        let covid_as_a_cold = COVID_AS_A_COLD.is_match(own) && COVID_NAMED.is_match(text);
        let claim_span =
            if CAUSAL_CLAIM.is_match(own) || CAUSAL_CLAIM.is_match(own_rest) || covid_as_a_cold {
                Some((s, e))
            } else if s > 0 {
                let (ps, pe) = sentence_around(text, s.saturating_sub(1));
                let before = text.get(floor_boundary(text, ps)..pe).unwrap_or("");
                let after = text.get(e..).unwrap_or("");
                let next = after.get(..floor_boundary(after, 200)).unwrap_or("");
                // "Ivermectin sorts long covid… loads on it and they're all better. Not opinion,
                // just fact.": the seal may close a short paragraph, two sentences on.
                let (pps, _) = if ps > 0 {
                    sentence_around(text, ps.saturating_sub(1))
                } else {
                    (ps, pe)
                };
                let two_before = text.get(floor_boundary(text, pps)..ps).unwrap_or("");
                if CAUSAL_CLAIM.is_match(before) || CAUSAL_CLAIM.is_match(next) {
                    Some((ps, e))
                } else if ps > 0 && s - pps <= 300 && CAUSAL_CLAIM.is_match(two_before) {
                    Some((pps, e))
                } else {
                    None
                }
            } else {
                let after = text.get(e..).unwrap_or("");
                let next = after.get(..floor_boundary(after, 200)).unwrap_or("");
                CAUSAL_CLAIM.is_match(next).then_some((s, e))
            };
        let Some((cs, ce)) = claim_span else { continue };
        let claim = text.get(cs..ce).unwrap_or("");
        // "Not a single patient has ever died… Consultant cover is SAFER, full stop": the health
        // subject may sit in the sentence before the sealed one.
        let health = |t: &str| HEALTH_SUBJECT.is_match(t) || CONDITION.is_match(t);
        let context_before = if cs > 0 {
            let (ps, _) = sentence_around(text, cs.saturating_sub(1));
            text.get(ps..cs).unwrap_or("")
        } else {
            ""
        };
        let health_before = CAUSAL_CLAIM.is_match(context_before) && health(context_before);
        if !(health(claim) || health_before || covid_as_a_cold) {
            continue;
        }
        // "HPV causes cancer" is established; "this HPV vaccine causes infertility" is not.
        let established = ESTABLISHED_CAUSE.find_iter(claim).any(|c| {
            let rest = claim.get(c.end()..).unwrap_or("").trim_start();
            !(rest.len() >= 6 && rest[..6].eq_ignore_ascii_case("vaccin")
                || rest.len() >= 3 && rest[..3].eq_ignore_ascii_case("jab"))
        });
        if established {
            continue;
        }
        out.push(ClaimHit {
            start: m.start(),
            end: m.end(),
            kind: ClaimKind::Trope,
            topic: "opinion_as_fact",
        });
    }
    out
}

static ANTI_EVIDENCE_PREFILTER: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::builtin(ANTI_EVIDENCE_WORDS));

/// Words without which no anti-evidence advice can be given.
pub(crate) const ANTI_EVIDENCE_WORDS: &str =
        "vaccin* | k\njab* | k\nmmr | k\nmask* | k\nsunscreen* | k\nsuncream* | k\nsun cream* | k\nspf | k\nparacetamol | k\n\
         calpol | k\ntylenol | k\nfluorid* | k\nstatin* | k\nantidepressant* | k\nssri* | k\nchemo* | k\n\
         insulin | k\ninhaler* | k\nwifi | k\nwi-fi | k\nmobile phones | k\nplacebo | k\npsychological | k\n\
         in your head | k\nin their head* | k\nhysteria | k\nexaggerated | k\ninvented | k\nmade up | k\n\
         not real | k\ncome off | k\nwon't need | k\nwont need | k\nwon’t need | k\ndon't need | k\n\
         push | k\nbother your | k\nbother the | k\nditch | k\nbin your | k\nfact | k\nproven | k\nfull stop | k\n\
         period | k\nend of | k\ntrust me | k\nscience | k\nscientific | k\nbasic biology | k\ni can tell you | k\ni can assure you | k\ndoctor-verified | k\n\
         doctor verified | k\ndoctor approved | k\ndoctor-approved | k\nno question | k\nno debate | k\n\
         vaccinated blood | k\nsudden adult death | k\nshedding | k\ncontaminated | k\nnatural immunity | k\n\
         shot* | k\nbooster* | k\nunvaccinated | k\nexcess deaths | k\nturbo cancer* | k\nvaccinate | k\ncovid* | k\n\
         coronavirus | k\nomicron | k\npcr | k\nasymptomatic | k\nantibiotic* | k\nmore harm than good | k\n\
         pill | k\ncoil | k\niud* | k\nepidural* | k\nultrasound* | k\nmri | k\ncontracepti* | k\n\
         screening | k\nsmear | k\nmammogram* | k\nstop taking | k\nquit taking | k\nthrow away | k\nthrow out | k\nchuck away | k\nchuck out | k\nbin away | k\nditch your | k\nbin your | k\nditch the | k\nbin the | k\nditch all | k\nget off | k\n\
         go off | k\naspirin | k\neveryone over | k\neverybody over | k\nanyone over | k\nall adults | k\n\
         all women | k\nall men | k\nfibromyalgia | k\nchronic fatigue | k\nme/cfs | k\npots | k\n\
         me is | k\nme are | k\nride it | k\nsit it | k\ntough it | k\nwait it | k\nsleep it | k\n\
         pain included | k\npains included | k\nsymptoms included | k\nbreathlessness included | k\n\
         sepsis included | k\nbother with a&e | k\nbother going to a&e | k\nbothering with a&e | k\n\
         going to a&e | k\nlook it up | k\nsaying otherwise | k\nsays otherwise | k\n\
         telling you otherwise | k\ntells you otherwise | k\nsource: | k\ni say this as | k\n\
         supplement* | k\nherb* | k\nvitamin* | k\nturmeric | k\ngarlic | k\nhoney | k\ncinnamon | k\n\
         magnesium | k\nfish oil | k\nbeetroot | k\nginger | k\nlemon water | k\nbrisk walk | k\n\
         fasting | k\nketo | k\ncold water | k\nessential oil* | k\ncbd | k\nhomeopath* | k\n\
         acupuncture | k\nmalaria | k\nanti-malarial* | k\nantimalarial* | k\nrabies | k\n\
         travel jab* | k\ntravel vacc* | k\nyellow fever | k\ncooked up | k\ndreamt up | k\ndreamed up | k\n\
         viral | k\nchest infection* | k\nsinister | k\nnever | k\ntension | k\nbenign | k\nmuscular | k\nharmless | k\nabortion* | k\nspace | k\n\
         combined | k\nsingle jabs | k\nseparate jabs | k\nsingle vaccines | k\nseparate vaccines | k\nvaping | k\nvape* | k\ne-cig* | k\necig* | k\nproved | k\n\
         over the limit | k\nalcohol* | k\ndvla | k\nmeans nothing | k\nmyth | k\nas accurate as | k\n\
         as reliable as | k\nas safe as | k\nas good as | k\n";

/// Interventions the evidence holds safe and effective, and the harms myths pin on them.
static ANTI_EVIDENCE: LazyLock<Vec<(&'static str, Regex)>> = LazyLock::new(|| {
    let safe = r"(?:(?:cervical\s+|breast\s+|bowel\s+)?screening(?:\s+tests?)?|smear\s+tests?|mammograms?|vaccin\w*|(?:the\s+|covid\s+|flu\s+|mmr\s+|hpv\s+)?jabs?|mmr|boosters?|(?:face\s+)?masks?|mask[\s-]wearing|sunscreens?|suncreams?|spf|paracetamol|calpol|tylenol|acetaminophen|fluorid\w*|statins?|antidepressants?|ssris?|chemo\w*|insulin|inhalers?|antibiotics|wi-?fi|5g|mobile\s+phones?|microwave\w*|(?:the\s+)?(?:contraceptive\s+|combined\s+)?pill|morning[\s-]after\s+pill|emergency\s+contraception|(?:the\s+)?coil|iuds?|epidurals?|ultrasounds?|mri\s+scans?)";
    let harm = r"(?:autis\w*|adhd|cancers?|more\s+cancer|leukaemia|leukemia|infertil\w*|steril\w*|miscarriages?|dementia|alzheimer\W?s|brain\s+damage|brain\s+fog|(?:co2|carbon\s+dioxide|oxygen)\s+(?:poisoning|deprivation|starvation)|hypoxia|poisoning|sids|cot\s+death|sudden\s+(?:adult\s+)?deaths?|sudden\s+adult\s+death\s+syndrome|sads|heart\s+attacks?|strokes?|myocarditis\s+in\s+(?:everyone|all)|diabetes|more\s+harm\s+than\s+good|(?:the\s+)?(?:disease|illness)\s+(?:it|they)\s+(?:prevents?|treats?)|damage\s+(?:to\s+)?(?:your|the|their)\s+(?:brain|dna|immune\s+system|liver|kidneys|heart|lungs))";
    let gap = r"[^.!?\n]{0,40}?";
    vec![
        (
            // "Epidurals stall labour and nearly always end in forceps".
            "safe_intervention_harm",
            re(
                r"(?i)\bepidurals?\b[^.!?\n]{0,40}?\b(?:nearly|almost|pretty\s+much)\s+always\s+(?:end|ends|lead|leads|result|results)\s+in\s+(?:forceps|a\s+(?:c-?section|caesarean|ventouse)|instrumental|an\s+emergency)",
            ),
        ),
        (
            "safe_intervention_harm",
            re(&format!(
                r"(?i)\b{safe}\b{gap}\b(?:cause[sd]?|causing|giv(?:es?|ing)\s+(?:you|kids|children|babies|toddlers|people|patients)|gave|leads?\s+to|led\s+to|linked\s+to|triggers?|responsible\s+for|is\s+behind|are\s+behind|results?\s+in|mak(?:e|es|ing)\s+(?:girls|boys|women|men|kids|children|babies|people|patients|them|us|you))\s+(?:\w+\s+){{0,2}}?{harm}\b"
            )),
        ),
        (
            "anti_vaccine",
            re(
                r"(?i)\b(?:(?:the\s+)?(?:covid\s+|flu\s+|mmr\s+|hpv\s+|childhood\s+)?(?:vaccin\w*|jabs?|boosters?|shots?))\s+(?:are|is|were|was)\s+(?:(?:totally|completely|just|still|really|basically|all)\s+)?(?:unsafe|dangerous|experimental|untested|unnecessary|pointless|useless|ineffective|killing\s+(?:people|kids|children)|a\s+scam|a\s+con|deadly)\b|\b(?:vaccin\w*|jabs?|boosters?)\s+(?:do|does)\s+(?:more\s+harm\s+than\s+good|nothing)\b|\bunvaccinated\s+(?:kids|children|people|babies)\s+are\s+(?:healthier|safer|stronger)\b|\b(?:(?:the\s+)?(?:covid\s+|flu\s+|mmr\s+|hpv\s+)?(?:vaccin\w*|jabs?|boosters?|shots?))\s+(?:is|are)\s+(?:a\s+)?(?:complete\s+|total\s+|utter\s+|just\s+a\s+)?waste\s+of\s+(?:time|money)\b|\bhealthy\s+(?:adults|people|kids|children|teens)\s+(?:just\s+|really\s+|simply\s+)?(?:don[’']?t|do\s+not)\s+need\s+(?:it|them|one|the\s+(?:jab|vaccine|flu\s+jab|booster))\b|\b(?:excess\s+deaths|sudden\s+deaths|turbo\s+cancers?)\s+(?:are|were)\s+(?:caused\s+by|down\s+to|from)\s+(?:the\s+)?(?:vaccin\w*|jabs?)|\bi\s+(?:will\s+never|won[’']?t\s+ever|refuse\s+to|would\s+never)\s+(?:vaccinate|jab|let\s+\w+\s+vaccinate)\s+my\s+(?:kids|children|baby|babies|son|daughter)\b",
            ),
        ),
        (
            "covid_denial",
            re(
                r"(?i)\b(?:covid(?:-?19)?|coronavirus|omicron)\s+(?:is|was|has\s+been)\s+(?:(?:never|no|not|hardly|barely)\s+(?:any\s+)?(?:worse|more\s+dangerous|deadlier|more\s+deadly|more\s+serious)\s+than|nothing\s+more\s+than|basically|just\s+like|only)\s+(?:a\s+|the\s+)?(?:bad\s+|common\s+|seasonal\s+|heavy\s+)?(?:cold|flu)\b|\bpcr\s+tests?\s+(?:are|were|is)\s+(?:fake|useless|meaningless|a\s+scam|fraudulent)\b|\basymptomatic\s+(?:spread|transmission)\s+(?:is\s+a\s+myth|doesn[’']?t\s+exist|never\s+happened)\b",
            ),
        ),
        (
            "antibiotics_viral",
            re(
                r"(?i)\bantibiotics?\s+(?:will\s+|can\s+|always\s+)?(?:cure|cures|treat|treats|clear|clears|kill|kills|work\s+for|sort(?:s)?\s+out|get\s+rid\s+of|fix|fixes)\s+(?:a\s+|your\s+|the\s+|any\s+)?(?:colds?|common\s+cold|flu|viral\s+\w+|viruses|covid|coughs?\s+and\s+colds)\b|\bantibiotics?\s+(?:will\s+|always\s+)?(?:knock|clear|sort|fix|shift|kill)\s+(?:a\s+|your\s+|any\s+)?(?:sore\s+throats?|colds?|coughs?|flu|sinusitis)\s+(?:on\s+the\s+head\s+|out\s+)?(?:in|within|overnight)\b",
            ),
        ),
        (
            "no_benefit",
            re(
                r"(?i)\b(?:statins?|antidepressants?|ssris?|vaccin\w*|chemo\w*|blood\s+pressure\s+(?:pills|tablets|meds))\b[^.!?\n]{0,80}?\b(?:the\s+)?benefits?\s+(?:is|are)\s+(?:basically\s+|essentially\s+|practically\s+|virtually\s+|pretty\s+much\s+|effectively\s+)?(?:nil|zero|non-?existent|none)\b",
            ),
        ),
        (
            "no_benefit",
            re(
                r"(?i)\b(?:statins?|antidepressants?|ssris?|chemo\w*|vaccin\w*|insulin)\s+(?:(?:in|for)\s+(?:the\s+)?(?:[\w-]+\s+){1,4}?)?(?:do|does|cause)\s+more\s+harm\s+than\s+good\b|\b(?:statins?|antidepressants?|ssris?|chemo\w*|vaccin\w*)\s+(?:simply\s+|just\s+)?(?:don[’']?t|do\s+not|doesn[’']?t|does\s+not|never)\s+work\b|\b(?:statins?|antidepressants?|ssris?|chemo\w*|vaccin\w*|inhalers?|hrt|(?:flu\s+|covid\s+)?jabs?|(?:flu\s+|covid\s+)?vaccines?)\s+(?:do|does|did)\s+(?:literally\s+|absolutely\s+|precisely\s+|basically\s+|sweet\s+)?(?:nothing|sod\s+all|zero|f[a-z]*\s+all)\s+(?:for|in)\b",
            ),
        ),
        (
            "dismisses_treatment",
            re(
                r"(?i)\b(?:(?:most|all)\s+)?(?:antidepressants?|ssris?|statins?|vaccin\w*|chemo\w*|insulin|inhalers?|hrt|therapy|psychiatric\s+drugs|psych\s+meds|medication|painkillers)\s+(?:are|is|do|does)\s+(?:(?:really|actually|basically|just|still|all)\s+)?(?:no\s+(?:better|more\s+effective)\s+than|nothing\s+more\s+than|just|only)\s+(?:a\s+|sugar\s+)?placebos?\b",
            ),
        ),
        (
            "dismisses_condition",
            re(
                r"(?i)\b(?:(?:long\s+covid|covid|me/cfs|chronic\s+fatigue(?:\s+syndrome)?|fibromyalgia|adhd|autism|depression|anxiety|ptsd|mental\s+illness|post[\s-]?natal\s+depression|menopause\s+symptoms|burnout|(?:work(?:place)?\s+)?stress)(?:\s+(?:stuff|thing|business))?|(?:the\s+)?[’'‘\x22]?obesity\s+(?:epidemic|crisis)[’'‘\x22]?|(?:the\s+)?[’'‘\x22]?(?:cancer|diabetes|autism|adhd)\s+epidemic[’'‘\x22]?)\s+(?:is|are)\s+(?:(?:purely|just|all|entirely|only|simply|mostly|largely|basically|totally|completely|hugely|massively|wildly|\d{2,3}\s?%)\s+)?(?:psychological|psychosomatic|in\s+(?:your|their|the|people[’']?s)\s+heads?|made[\s-]up|invented|a\s+myth|mass\s+hysteria|hysteria|fake|not\s+real|a\s+hoax|a\s+scam|an\s+excuse|laziness|a\s+choice|exaggerated|overblown|overstated|manufactured|a\s+fad)\b",
            ),
        ),
        (
            "dismisses_condition",
            re(
                r"(?i)\b(?:(?:a|basically\s+a|just\s+a|all\s+a)\s+myth\s+)?(?:exaggerated|invented|made\s+up|manufactured|inflated|created|hyped|cooked\s+up|dreamt\s+up|dreamed\s+up)\s+(?:up\s+)?by\s+(?:the\s+)?(?:drug|pharma\w*|big\s+pharma|vaccine|pharmaceutical|(?:[\w-]+\s+){1,2}industry)\s*(?:companies|industry|firms|giants)?\b|\bmass\s+hysteria\b",
            ),
        ),
        (
            "vaccines_harm",
            re(
                r"(?i)\b(?:vaccinated|jabbed|boosted)\s+(?:people[’']?s\s+)?blood\s+(?:is|are)\s+(?:contaminated|poison\w*|toxic|dangerous|dirty|ruined|clotted)|\bvaccine\s+shedding\b|\b(?:vaccinated|jabbed)\s+people\s+(?:are\s+)?shed(?:ding)?\b",
            ),
        ),
        (
            "stop_medication",
            re(
                r"(?i)\b(?:stop|quit)\s+taking\s+(?:your|those|the|all\s+your)\s+(?:[\w-]+\s+){0,2}?(?:meds|medications?|medicines?|tablets|pills|statins|antidepressants|ssris|blood\s+thinners|anticoagulants|insulin|inhalers?|steroids|warfarin|apixaban|rivaroxaban|metformin)\b|\b(?:come|get|go)\s+off\s+(?:them|it|those|your\s+(?:[\w-]+\s+){0,2}?(?:meds|medications?|tablets|pills|statins|antidepressants|ssris|blood\s+thinners|insulin|inhalers?|steroids))\s+(?:for|over|during|in)\s+(?:the\s+)?(?:summer|winter|holidays?|hot\s+weather|heat|a\s+while|a\s+bit|a\s+few\s+(?:weeks|months))\b",
            ),
        ),
        (
            "blanket_medicine",
            re(
                r"(?i)\b(?:every(?:one|body)|all\s+(?:adults|women|men)|anyone)\s+(?:over|above|aged\s+over|past)\s+(?:\d{2}|forty|fifty|sixty|seventy)\s+should\s+(?:be\s+)?(?:tak(?:e|ing)|on|start(?:ing)?|get(?:ting)?)\s+(?:an?\s+|their\s+)?(?:(?:daily|low[\s-]dose|baby|mini)\s+){0,2}(?:\d+\s?mg\s+)?(?:(?:daily|low[\s-]dose|baby|mini)\s+){0,2}(?:aspirin|statins?|metformin|testosterone|hrt|beta[\s-]blockers?|blood\s+thinners?)\b|\b(?:daily\s+)?aspirin\s+(?:daily\s+)?for\s+(?:everyone|everybody|all\s+adults)\b",
            ),
        ),
        (
            // "Long covid is 90% anxiety", "ME is mostly deconditioning": an illness put down to
            // the mind or the patient.
            "dismisses_condition",
            re(
                r"(?i)\b(?:long\s+covid|me/cfs|(?-i:ME)|chronic\s+fatigue(?:\s+syndrome)?|fibromyalgia|post[\s-]?covid\s+syndrome|pots)\s+(?:is|are)\s+(?:(?:\d{2,3}\s?%|mostly|largely|basically|just|all|purely|really|only|simply)\s+)?(?:health\s+)?(?:anxiety|stress|deconditioning|attention[\s-]seeking|laziness|in\s+(?:the|your|their)\s+minds?)\b",
            ),
        ),
        (
            // "The HPV jab isn't needed…, mostly a money spinner for big pharma": a vaccine called
            // unnecessary, with profit as the reason.
            "vaccine_for_profit",
            re(
                r"(?i)\b(?:(?:the\s+)?(?:covid\s+|flu\s+|mmr\s+|hpv\s+|childhood\s+)?(?:vaccin\w*|jabs?|boosters?))\s+(?:isn[’']?t|isnt|is\s+not|aren[’']?t|arent|are\s+not)\s+(?:really\s+|even\s+|actually\s+)?(?:needed|necessary)\b[^.!?\n]{0,100}?\b(?:big\s+pharma|pharma\w*|drug\s+compan\w+|money[\s-]?spinner|cash\s+cow|profits?|a\s+scam|a\s+racket)\b",
            ),
        ),
        (
            // "Malaria tablets are a pharma racket": travel protection written off as a con.
            "against_treatment",
            re(
                r"(?i)\b(?:malaria\s+(?:tablets|pills|meds|prophylaxis)|anti-?malarials|rabies\s+(?:jabs?|vaccin\w*)|travel\s+(?:jabs|vaccin\w*)|yellow\s+fever\s+(?:jabs?|vaccin\w*))\s+(?:are|is)\s+(?:(?:a|just\s+a|basically\s+a|such\s+a)\s+)?(?:pharma\s+|total\s+|complete\s+)?(?:racket|scam|con|rip[\s-]?off|waste\s+of\s+money|money[\s-]spinner|pointless|unnecessary)\b",
            ),
        ),
        (
            // "Just ride it out at home…, chest pain included": an emergency sat out on advice.
            "delay_emergency",
            re(
                r"(?i)\b(?:ride|sit|tough|wait|sleep)\s+it\s+(?:out|off)\b[^.!?\n]{0,80}?\b(?:chest\s+pains?|stroke|can[’']?t\s+breathe|breathless\w*|sepsis|meningitis|blood\s+in|collapse\w*|seizures?|fits?)\b|\b(?:chest\s+pains?|stroke\s+symptoms?|breathlessness|sepsis)\s+included\b|\b(?:don[’']?t|dont|do\s+not|no\s+point)\s+(?:even\s+)?(?:bother(?:ing)?\s+(?:with|going\s+to)|going\s+to)\s+(?:a\s*&\s*e|a\s+and\s+e|the\s+(?:hospital|ed|er))\b[^.!?\n]{0,30}?\b(?:nobody|no\s+one|no-one|they\s+won[’']?t|won[’']?t\s+see|anyway|pointless|waste)",
            ),
        ),
        (
            // "A clove of garlic daily… will serve just as well" (as the statin): a remedy put in
            // place of a medicine. Needs a medicine named in the text.
            "remedy_for_medicine",
            re(
                r"(?i)\b(?:supplements?|herbs?|herbal\s+\w+|vitamin\s+[a-z0-9]+|turmeric|garlic|honey|apple\s+cider\s+vinegar|cinnamon|magnesium|fish\s+oil|beetroot|ginger|lemon\s+water|a\s+(?:brisk\s+)?walk|fasting|keto|cold\s+water|essential\s+oils?|cbd(?:\s+oil)?|homeopath\w*|acupuncture)\b[^.!?\n]{0,60}?\b(?:(?:will|would|does|do|can)\s+)?(?:serve|work|do\s+the\s+(?:same\s+)?job)\s+(?:just\s+)?as\s+well\b|\b(?:supplements?|turmeric|garlic|honey|cinnamon|magnesium|fish\s+oil|beetroot|ginger|essential\s+oils?|cbd(?:\s+oil)?|homeopath\w*)\s+(?:is|are|works?)\s+(?:just\s+)?(?:as\s+(?:good|effective)\s+as|better\s+than)\s+(?:any\s+|your\s+|the\s+|a\s+)?(?:statins?|tablets?|pills?|medication|medicines?|drugs?|antidepressants?|inhalers?|antibiotics?|metformin|insulin|blood\s+pressure\s+\w+)\b",
            ),
        ),
        (
            "against_treatment",
            re(
                r"(?i)\b(?:ask|beg|push|time)\s+to\s+come\s+off\s+(?:yours|your\s+\w+|them|it|those|the\s+\w+)\b|\byou\s+(?:won[’']?t|wont|will\s+not|don[’']?t|do\s+not)\s+(?:even\s+)?need\s+(?:those|your|the|any|that)\s+(?:\w+\s+)?(?:ssris?|antidepressants?|statins?|inhalers?|insulin|meds|medication|medicines?|tablets|pills|jabs?|vaccines?|vaccinations?|chemo\w*|antibiotics|steroids|blood\s+pressure\s+\w+)\b|\bdon[’']?t\s+let\s+(?:your|the|any)\s+(?:gp|doctor|doc|nurse|consultant|pharmacist)s?\s+(?:push|put|force|talk|bully|pressure|give)\s+(?:\w+\s+){0,3}?(?:on|onto|into)\s+(?:you|your\s+kids?|your\s+children)\b|\b(?:ditch|bin|throw\s+away|throw\s+out|chuck\s+(?:away|out)|flush)\s+(?:your|the|those|all\s+your)\s+(?:meds|medication|pills|tablets|inhalers?|antidepressants|statins|insulin|steroid\s+creams?|metformin|blood\s+pressure\s+(?:pills|tablets|meds)|blood\s+thinners|warfarin|levothyroxine|thyroxine)\b|\bno\s+need\s+to\s+(?:bother|see|trouble|waste)\s+(?:your|a|the)\s+(?:gp|doctor|doc|a&e|pharmacist)(?:[’']s\s+time)?\b",
            ),
        ),
        // Session 30. "Colds turn into chest infections if you don't get antibiotics early", "the
        // whole 'it's viral' line is the NHS saving money".
        (
            "antibiotics_needed",
            re(
                r"(?i)\b(?:colds?|flu|viruses|viral\s+\w+|coughs?|sore\s+throats?)\s+(?:\w+\s+){0,3}?(?:turn|turns|become|becomes|go|goes|develop|develops)\s+(?:\w+\s+){0,2}?into\s+(?:a\s+)?(?:chest\s+infections?|pneumonia|bronchitis)\s+(?:\w+\s+){0,2}?(?:if|unless)\s+(?:you\s+)?(?:don[’']?t\s+|dont\s+|do\s+not\s+)?(?:get|take|have|start)\s+(?:\w+\s+){0,2}?antibiotics\b|[‘'\x22“]?it[’']?s\s+viral[’'\x22”]?\s+(?:line|thing|excuse|story)\s+is\s+(?:\w+\s+){0,6}?(?:sav(?:e|ing)\s+money|cost[\s-]cutting|rationing|budget)",
            ),
        ),
        // Malaria prophylaxis written off: "u dont need malaria tablets anymore, resistance means
        // they dont work".
        (
            "against_treatment",
            re(
                r"(?i)\b(?:u|you)\s+(?:don[’']?t|dont|do\s+not)\s+need\s+(?:\w+\s+){0,2}?(?:malaria\s+(?:tablets|pills|meds|prophylaxis)|anti-?malarials)\s+(?:any\s*more|these\s+days|nowadays)\b|\bresistance\s+means\s+(?:they|the\s+tablets|(?:malaria\s+)?(?:tablets|pills))\s+(?:don[’']?t|dont|do\s+not|no\s+longer)\s+work\b|\b(?:malaria\s+(?:tablets|pills|meds)|anti-?malarials)\s+(?:don[’']?t|dont|do\s+not|no\s+longer)\s+work\b",
            ),
        ),
        // A warning sign denied: "nothing sinister ever starts after 40", "a lump like that is
        // never cancer"; an unseen person's diagnosis stated as certain ("your headaches are 100%
        // tension type").
        (
            "red_flag_denied",
            re(
                r"(?i)\bnothing\s+(?:sinister|serious|nasty|bad|worrying)\s+(?:ever\s+)?(?:starts|begins|comes\s+on|presents|happens|develops)\s+(?:after|over|past|at|in\s+your)\s+(?:\d{2}|forties|fifties|sixties)\b|\b(?:headaches?|chest\s+pains?|lumps?|bleeding|blood\s+in\s+(?:your\s+)?(?:poo|stools?|urine|wee))\s+(?:\w+\s+){0,3}?(?:is|are)\s+never\s+(?:sinister|serious|cancer|anything\s+(?:serious|bad|to\s+worry\s+about))\b|\b(?:your|ur)\s+(?:\w+\s+){0,2}?(?:is|are|[’']s)\s+100\s*%\s+(?:\w+\s+){0,2}?(?:tension|benign|muscular|anxiety|harmless|nothing|hormonal|stress)\b",
            ),
        ),
        // Abortion blamed for breast cancer, a myth the evidence has long ruled out.
        (
            "safe_intervention_harm",
            re(
                r"(?i)\babortions?\b[^.!?\n]{0,40}?\b(?:raises?|increases?|causes?|doubles?|triples?|ups?|gives?)\b[^.!?\n]{0,25}?\bbreast\s+cancer",
            ),
        ),
        // Vaccines to be spaced out or given singly, against the schedule.
        (
            "anti_vaccine",
            re(
                r"(?i)\bspace\s+(?:the|their|your)\s+(?:jabs|vaccines|vaccinations|injections)\s+out\b|\bspace\s+out\s+(?:the|their|your)\s+(?:jabs|vaccines|vaccinations)\b|\bskip\s+the\s+combined\s+(?:one|jab|vaccine|mmr)\b|\b(?:single|separate)\s+(?:jabs|vaccines)\s+(?:are|is)\s+(?:safer|better|kinder)\b",
            ),
        ),
        // Vaping called completely safe; alcohol called proven to protect the heart.
        (
            "safety_overstated",
            re(
                r"(?i)\b(?:vaping|vapes?|e-?cigs?|e-?cigarettes)\s+(?:is|are)\s+(?:completely|totally|100\s*%|perfectly|entirely|absolutely)\s+(?:safe|harmless)\b|\b(?:vaping|vapes?|e-?cigs?|e-?cigarettes)\s+(?:is|are)\s+(?:(?:literally|just|only|basically|simply|nothing\s+but)\s+)+(?:harmless\s+)?water\s+vapou?r\b|\b(?:red(?:\s+wine)?|wine|alcohol|a\s+drink)\s+(?:\w+\s+){0,4}?(?:is|are)\s+(?:scientifically\s+)?(?:proven|proved)\s+to\s+(?:protect|be\s+good\s+for|help|improve|strengthen)\s+(?:your\s+)?(?:heart|health|arteries)\b",
            ),
        ),
        // Session 31. Drink-driving the morning after waved through; the rule on a first seizure
        // and driving misstated; a warning result said to mean nothing.
        (
            "safety_overstated",
            re(
                r"(?i)\b(?:can\s*not|can[’']?t|cant|cannot)\s+(?:possibly\s+)?be\s+(?:over\s+the\s+limit|still\s+drunk)\s+(?:the\s+)?(?:morning|next\s+day|day)\s+after\b|\balcohol(?:[’']?s|\s+is|\s+will\s+be|\s+has)\s+(?:all\s+|long\s+|completely\s+)?(?:gone|out\s+of\s+your\s+system|cleared|left\s+your\s+system)\s+(?:by\s+(?:then|the\s+morning|morning|breakfast)|after\s+(?:a\s+)?(?:\d+|few|good|decent)\s+(?:hrs?|hours?)?\s*(?:of\s+)?(?:kip|sleep))",
            ),
        ),
        (
            "driving_rules_misstated",
            re(
                r"(?i)\b(?:don[’']?t|dont|do\s+not|no\s+need\s+to|doesn[’']?t|does\s+not|never)\s+(?:need\s+to\s+|have\s+to\s+|bother\s+to\s+)?(?:tell|inform|notify|report\s+(?:it\s+)?to|declare\s+(?:it\s+)?to)\s+(?:the\s+)?dvla\s+(?:after|about|for|over)\s+(?:just\s+)?(?:one|a\s+single|your\s+first|the\s+first|1|a|one\s+little)\s+(?:fit|seizure|blackout|faint)\b|\b(?:fit|seizure)s?\s+only\s+counts?\s+(?:once|when|if)\s+(?:you[’']?ve\s+had|youve\s+had|you\s+have\s+had|there[’']?s\s+been)\s+(?:two|2|a\s+second)\b",
            ),
        ),
        (
            "red_flag_denied",
            re(
                r"(?i)\b(?:raised|high|elevated|abnormal|positive)\s+(?:lactate|troponin|trop|crp|d-?dimer|psa|white\s+(?:cell\s+)?count|wcc|ca-?125|calcium|potassium|k\+?)\b[^.!?\n]{0,40}?\bmeans\s+(?:nothing|zero|sod\s+all|f[a-z]*\s+all|absolutely\s+nothing)\b",
            ),
        ),
        (
            // "Sudden cardiac death in young athletes is basically a myth pushed by charities".
            "dismisses_condition",
            re(
                r"(?i)\b(?:is|are|was)\s+(?:(?:basically|just|all|largely|mostly|really)\s+)?(?:a\s+)?myth\s+(?:pushed|peddled|spread|invented|made\s+up|sold|dreamt\s+up|cooked\s+up)\s+(?:\w+\s+)?by\s+(?:the\s+)?(?:charities|charity|pharma\w*|big\s+pharma|drug\s+compan\w+|the\s+government|govt|nhs|media|cardiologists|doctors|screening\s+companies|private\s+clinics)\b",
            ),
        ),
        (
            // A watch, an app or a questionnaire said to match a clinician or a hospital test.
            "safety_overstated",
            re(
                r"(?i)\b(?:smart\s*watch(?:es)?|apple\s+watch(?:es)?|(?:smart\s*watch|watch|wearable)\s+ecgs?|fitbits?|wearables?|health\s+apps?|symptom\s+checkers?|chatgpt|ai(?:\s+\w+)?|home\s+(?:tests?|kits?)|(?:online\s+)?questionnaire(?:\s+prescribing)?|online\s+questionnaires?)\s+(?:is|are)\s+(?:now\s+)?(?:(?:literally|just|exactly|every\s+bit|basically)\s+)?as\s+(?:accurate|reliable|safe|good)\s+as\s+(?:a\s+|an\s+|the\s+|any\s+|your\s+)?(?:hospital|gp|doctor|cardiologist|12[\s-]lead|ecg|face[\s-]to[\s-]face|blood\s+tests?|scans?|specialist|consultant|radiologist)\b",
            ),
        ),
    ]
});

/// Words that seal a claim as settled fact: "Fact.", "Proven.", "full stop", "trust me, I'm a doctor".
static CERTAINTY_SEAL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:\b(?:that[’']?s\s+|this\s+is\s+|it[’']?s\s+)?not\s+(?:an?\s+|my\s+)?opinion,?\s*(?:[—–-]\s*)?(?:it[’']?s\s+|that[’']?s\s+|just\s+|simply\s+|pure\s+)?(?:a\s+)?(?:fact|science)\b|\bas\s+a\s+doctor,?\s+i\s+(?:am|[’']?m)\s+telling\s+you\b|,\s*no\s+question\s*[,.!]|(?:^|[.!?]\s+|\s[—–-]\s*)(?:fact|facts|proven|period|science|fact\s+not\s+opinion|it[’']?s\s+a\s+fact|that[’']?s\s+a\s+fact|100%\s+true|no\s+debate|no\s+question|end\s+of\s+(?:story|discussion|debate))\s*(?:[.!]+|$|[^\w\s,'’#@])|\bfull\s+stop\b|\bend\s+of\s+(?:story|discussion|debate)\b|,\s*(?:fact|facts|proven|science)\s*[.!]|\b(?:that[’']?s|this\s+is|it[’']?s)\s+(?:the\s+|just\s+(?:the\s+)?|literally\s+(?:just\s+)?(?:the\s+)?)?(?:science|a\s+scientific\s+fact|basic\s+biology)\b|\bthe\s+science\s+(?:is|has\s+been|was)\s+(?:\w+\s+)?(?:clear|settled)\b|\btrust\s+me,?\s+i[’']?m\s+a\s+(?:doctor|dr|medic|gp|nurse)|\bi[’']?m\s+a\s+(?:doctor|dr|medic|gp)\s*,?\s+trust\s+me|\b(?:i[’']?m\s+a\s+(?:doctor|medic|gp)\s+and\s+|as\s+a\s+(?:doctor|medic|gp)\s*,?\s+)i\s+can\s+(?:tell|assure|promise|guarantee)\s+you|\bdoctor[\s-](?:verified|approved|backed)\b|\bi\s+say\s+this\s+as\s+(?:a|an|your)\s+(?:local\s+)?(?:gp|doctor|consultant|surgeon|physician|medic)\b|\bsource\s*:\s*(?:i[’']?m|i\s+am|me)\b|\b(?:anyone|anybody|whoever)\s+(?:saying|who\s+says|telling\s+you|who\s+tells\s+you)\s+(?:otherwise|different|differently)\s+is\s+(?:just\s+|simply\s+)?(?:lying|wrong|a\s+liar|an?\s+(?:idiot|shill|liar|scaremonger)|scaremongering|fearmongering|protecting\s+(?:their|his|her)\s+\w+|talking\s+(?:rubbish|nonsense|crap|bollocks)|on\s+(?:the\s+)?(?:pharma\s+|industry\s+)?payroll|paid\s+by\s+\w+|in\s+the\s+pocket\s+of\s+\w+)|\b(?:zero|no)\s+evidence\s+(?:otherwise|to\s+the\s+contrary)\b|,\s*guaranteed\s*[.!]|\b\d+\s+(?:yrs?|years)\s+(?:a|as\s+a)\s+(?:gp|doctor|consultant|surgeon|nurse),?\s+trust\s+me\b|\blook\s+it\s+up\b|(?:^|[,;]\s*)end\s+of\s*[.!]|\b(?:not|isn[’']?t|it[’']?s\s+not)\s+(?:an?\s+|my\s+|just\s+(?:an?\s+|my\s+)?)?opinion\b)",
    )
});

static COVID_AS_A_COLD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\bit[’']?s\s+(?:just\s+|only\s+|basically\s+|literally\s+)?(?:a\s+)?(?:bad\s+|mild\s+|common\s+|heavy\s+)?(?:cold|flu)\b",
    )
});
static COVID_NAMED: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(?:covid(?:-?19)?|coronavirus|omicron|the\s+virus)\b"));

/// The shape of a causal or efficacy claim about health.
static CAUSAL_CLAIM: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:sorts?(?:\s+out)?|actually\s+works|(?:really|definitely|totally)\s+works|causes?|caused|causing|triples?|doubles?|quadruples?|halves|cures?|cured|prevents?|reverses?|kills?|destroys?|poisons?|rots?|is\s+(?:the\s+)?(?:cause|reason)|(?:is|are)\s+(?:just|simply|really|actually|only)\s+(?:low|a\s+lack|caused|due|down\s+to)|(?:is|are)\s+(?:purely|just|all)\s+(?:psychological|in\s+your\s+head)|contaminat\w+|proves?|no\s+better\s+than|damag\w+|ruins?|wrecks?|(?:get|gets|got)\s+sick\s+more|weakens?|safer\s+than|(?:has|have)\s+(?:ever\s+)?died\s+(?:because\s+of|from)|it[’']?s\s+(?:just\s+|only\s+|really\s+|basically\s+|actually\s+)?(?:low\s+\w+|anxiety|stress|in\s+your\s+head)|lowers?\s+(?:\w+\s+)?iq|(?:can[’']?t|cannot|won[’']?t|doesn[’']?t)\s+(?:get\s+|be\s+)?absorbed|(?:100%|just|every\s+bit|exactly)\s+as\s+safe\s+as|does\s+(?:exactly|literally)\s+(?:the\s+same|what)\b)\b",
    )
});

/// Causes the evidence establishes: a sealed claim about these is emphasis, not misinformation.
static ESTABLISHED_CAUSE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:smoking|cigarettes|tobacco|vaping\s+in\s+pregnancy|alcohol|drink-?driving|asbestos|hpv|uv|sunburn|not\s+vaccinating|measles|untreated\s+hypertension|high\s+blood\s+pressure|obesity|inactivity|air\s+pollution|radon|vaccines?\s+(?:save|saved|prevent|work)|vaccin\w*\s+(?:are|is)\s+(?:much\s+|far\s+|way\s+)?safer\s+than|safer\s+than\s+(?:the\s+)?(?:disease|infection|catching|getting)|lead\s+(?:in\s+)?(?:paint|pipes|petrol|water|exposure|poisoning))\b",
    )
});

/// Plain-English description of a trope topic for messages.
/// A claim that denies an illness is real ("long COVID is purely psychological"), backed rather than
/// rebutted by the "no evidence" beside it: "there's no evidence of any physical process", "no proof
/// of organic disease", "full stop". Shared stance code reads "no evidence" as a debunking, which is
/// right for "there's no evidence vaccines cause autism" but backwards here: the absence claimed is of
/// the illness, so the words argue for the denial. A debunking frame before the claim ("it's a myth
/// that…", "people say…") still wins.
pub fn denial_backed(text: &str, start: usize, end: usize) -> bool {
    static DENIAL: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:psychological|psychosomatic|in\s+(?:your|their|the|people[’']?s)\s+heads?|hysteria|made[\s-]up|invented|not\s+real|a\s+hoax|fake|a\s+myth|doesn[’']?t\s+exist|does\s+not\s+exist|an\s+excuse|laziness|attention[\s-]seeking|exaggerated|overblown|manufactured|a\s+fad)\b",
        )
    });
    static SUPPORT: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\bno\s+(?:real\s+|actual\s+|good\s+|hard\s+|scientific\s+)?(?:evidence|proof|sign|signs|trace|test|marker|biomarker|scan)\s+(?:of|for|that\s+(?:it[’']?s|there[’']?s|there\s+is)|shows?)\s+(?:any\s+|a\s+|an\s+)?(?:real\s+|actual\s+)?(?:physical|organic|biological|real|actual|underlying|genuine|medical|structural|objective|physiological|bodily|disease|damage|pathology|illness|condition|virus|infection|inflammation)|\b(?:full\s+stop|period|end\s+of\s+(?:story|discussion|debate)|fact\b|facts\s+are\s+facts|deal\s+with\s+it|get\s+over\s+it)",
        )
    });
    static FRAMED: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:myth|misconception|misinformation|people\s+(?:say|think|claim)|some\s+(?:say|claim|think)|claims?\s+that|told\s+that|it[’']?s\s+not\s+true|wrong|false)\b[^.!?\n]{0,60}$",
        )
    });
    let Some(claim) = text.get(start..end) else {
        return false;
    };
    if !DENIAL.is_match(claim) {
        return false;
    }
    let before = text
        .get(super::phrases::floor_boundary(text, start.saturating_sub(120))..start)
        .unwrap_or("");
    if FRAMED.is_match(before) {
        return false;
    }
    let (ws, we) = super::phrases::window(text, start, end, 240);
    text.get(ws..we).is_some_and(|t| SUPPORT.is_match(t))
}

pub fn describe_topic(topic: &str) -> &'static str {
    match topic {
        "vaccines_autism" => "that vaccines cause autism",
        "vaccines_harm" => "that vaccines cause serious disease",
        "vaccines_poison" => "that vaccines are poison or a plot",
        "mrna_dna" => "that mRNA vaccines alter your DNA",
        "covid_denial" => "that covid is a hoax or does not exist",
        "ivermectin_hcq" => "that ivermectin or hydroxychloroquine cures covid",
        "cancer_cure" => "that cancer can be cured by diet or alternative remedies",
        "virus_remedy" => "that a home remedy kills or washes away a virus",
        "5g" => "that 5G causes illness",
        "fluoride" => "that water fluoridation is poison",
        "hiv_aids" => "that HIV does not cause AIDS",
        "bleach_mms" => "that bleach or MMS cures disease",
        "homeopathy" => "that homeopathy works",
        "statins" => "that statins do not work, or are a scam or poison",
        "diet_cure" => "that a diet or food cures a chronic disease within days or weeks",
        "lab_denial" => {
            "that normal test results can be dismissed in favour of an unproven diagnosis"
        }
        "sunscreen" => "that sunscreen causes cancer",
        "antidepressants" => "that antidepressants are poison or depression is not real",
        "natural_immunity" => "that natural infection beats vaccination",
        "raw_milk" => "that raw milk is safer or healthier than pasteurised",
        "measles" => "that measles is harmless",
        "detox" => "that detoxes cure or remove toxins",
        "vitamin_cure" => "that vitamins or supplements cure or prevent serious disease",
        "root_cause" => "that one food or factor causes all disease",
        "denies_cause" => "that an established cause of disease does not cause it",
        "conspiracy" => "that a cure or the truth is being hidden",
        "safe_intervention_harm" => "that an established, safe intervention causes serious harm",
        "dismisses_treatment" => "that an established treatment is no better than placebo",
        "dismisses_condition" => {
            "that an established condition is imaginary, invented or exaggerated"
        }
        "against_treatment" => "that the reader should avoid or abandon evidence-based care",
        "stop_medication" => "that the reader should stop taking prescribed medicines",
        "blanket_medicine" => "that everyone over an age should take a prescription medicine",
        "blanket_avoidance" => "that an established treatment should never be taken",
        "opinion_as_fact" => "a contested health claim presented as settled fact",
        "anti_vaccine" => "that vaccines are unsafe, useless or to be refused",
        "vaccine_for_profit" => "that a vaccine is unnecessary and pushed for profit",
        "delay_emergency" => "that the reader should sit out an emergency rather than seek care",
        "remedy_for_medicine" => "that a home remedy does the job of a prescribed medicine",
        "antibiotics_viral" => "that antibiotics treat colds, flu or other viral infections",
        "no_benefit" => "that an established treatment does not work or does more harm than good",
        "sugar_cancer" => "that sugar feeds cancer or a diet can starve a tumour",
        "against_insulin" => "that people with type 1 diabetes can do without insulin",
        "chemtrails" => "that aircraft spray chemicals that make people ill",
        "masks_harm" => {
            "that face masks do nothing, or starve you of oxygen or poison you with carbon dioxide"
        }
        "teething_fever" => "that teething causes a high fever",
        "fever_left" => "that a child's fever needs no treatment and no call for advice",
        "withdrawal_denied" => "that antidepressants can be stopped at will without withdrawal",
        "prevention_dismissed" => "that a proven preventive (B12 on a vegan diet, fluoride) is not needed",
        "evidence_denied" => "that there is no evidence an established treatment or vaccine works",
        "remedy_beats_medicine" => "that an unproven remedy works better than the medicine",
        "gel_norovirus" => "that alcohol gel kills norovirus or C. diff",
        "hazard_harmless" => "that a recognised hazard never harmed anyone",
        "transmission_denied" => "that an infection cannot pass by a route it does pass by, or that pregnancy is impossible",
        "test_overtrusted" => "that a normal test result rules a disease out for certain",
        "untested_vaccine" => "that a vaccine was never tested for safety",
        "deaths_denied" => "that a procedure or disease no longer kills anyone",
        "risk_zeroed" => "that a treatment with a known risk carries none",
        "first_aid_myth" => "first aid that does harm (butter on a burn, a head tipped back for a nosebleed)",
        "concussion_myth" => "that a head injury without loss of consciousness cannot be a brain injury",
        "antidepressants_denied" => "that antidepressants are placebos or cause more suicides than they prevent",
        "antibiotics_needed" => "that colds or viral infections need antibiotics",
        "red_flag_denied" => {
            "that a warning sign of serious illness can be ignored, or an unseen person's diagnosis is certain"
        }
        "safety_overstated" => "that something with known risks is completely safe or good for you",
        "driving_rules_misstated" => "that a seizure need not be reported to the DVLA",
        _ => "a health claim contrary to established evidence",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn denied_links_refused_treatments_and_vaccine_safety_myths_are_tropes() {
        for (t, topic) in [
            ("cholesterol is NOT linked to heart disease", "denies_cause"),
            ("Smoking has nothing to do with lung cancer", "denies_cause"),
            ("The lipid hypothesis is dead", "denies_cause"),
            ("The covid vaccines were rushed through", "anti_vaccine"),
            (
                "These jabs skipped the normal safety trials",
                "anti_vaccine",
            ),
            (
                "HPV vaccine: why I'd never give it to my daughter",
                "anti_vaccine",
            ),
            ("you should never take antidepressants", "blanket_avoidance"),
            ("Never give your children vaccines", "blanket_avoidance"),
        ] {
            assert!(topics(t).contains(&topic), "{t}: {:?}", topics(t));
        }
        for t in [
            "Never take statins with grapefruit juice",
            "Never give aspirin to children under 16",
            "Never take antibiotics for a cold",
            "The vaccines were not rushed: the trials were large",
            "High cholesterol is linked to heart disease",
            "I'd never give my kids sweets before bed",
        ] {
            assert!(topics(t).is_empty(), "{t}: {:?}", topics(t));
        }
    }

    #[test]
    fn no_evidence_can_back_a_denial() {
        let t = "ME/CFS is all in their heads. No evidence of any physical disease, end of story.";
        let c = t.find("ME/CFS").unwrap();
        let e = t.find(". No").unwrap();
        assert!(denial_backed(t, c, e));
        let t = "People say long covid is psychological. There is no evidence for that, it's a real illness.";
        let c = t.find("long covid").unwrap();
        let e = t.find(". There").unwrap();
        assert!(!denial_backed(t, c, e));
        let t = "Vaccines cause autism? No evidence of that at all.";
        assert!(!denial_backed(t, 0, 21));
    }

    fn claim_kinds(t: &str) -> Vec<ClaimKind> {
        find_claims(t).into_iter().map(|c| c.kind).collect()
    }

    fn topics(t: &str) -> Vec<&'static str> {
        find_tropes(t).into_iter().map(|c| c.topic).collect()
    }

    #[test]
    fn absolute_and_no_risk_claims_need_health_subjects() {
        assert_eq!(
            claim_kinds("Lip filler is 100% safe with no downtime"),
            [ClaimKind::NoRisk]
        );
        assert_eq!(
            claim_kinds("Guaranteed results from our skin treatment"),
            [ClaimKind::Absolute]
        );
        assert!(claim_kinds("Guaranteed fun at the summer fete").is_empty());
        assert_eq!(
            claim_kinds("This jab has no side effects"),
            [ClaimKind::NoRisk]
        );
        // A disease or a named procedure is a health subject too.
        assert_eq!(
            claim_kinds("Type 2 diabetes is 100% reversible."),
            [ClaimKind::Absolute]
        );
        assert_eq!(
            claim_kinds("Liquid rhinoplasty is basically risk free"),
            [ClaimKind::NoRisk]
        );
        // One person's result, reassured, is not a risk played down.
        assert!(claim_kinds("Honestly your scan was fine, nothing to worry about").is_empty());
    }

    #[test]
    fn claims_known_by_their_shape() {
        assert_eq!(
            claim_kinds("The complications of tummy-tuck surgery are wildly exaggerated"),
            [ClaimKind::NoRisk]
        );
        assert!(claim_kinds("The risks of smoking are not exaggerated").is_empty());
        assert_eq!(
            claim_kinds("95% of our clients see results from the first peel"),
            [ClaimKind::Absolute]
        );
        assert_eq!(
            claim_kinds("Lip filler done properly lasts a lifetime"),
            [ClaimKind::Absolute]
        );
        assert!(claim_kinds("Our friendship will last a lifetime").is_empty());
        assert_eq!(
            claim_kinds("Our gummies are the only thing that works for hair loss"),
            [ClaimKind::Absolute]
        );
    }

    #[test]
    fn efficacy_promised_to_everyone_or_every_time_is_absolute() {
        for t in [
            "Intermittent fasting works for literally everyone, I've never had a patient it didn't help.",
            "Red light therapy heals any injury twice as fast, every single time.",
            "Do this 5 minute breathing routine daily and you will never need blood pressure tablets again.",
            "Cold water swimming every morning will add ten years to your life.",
            "Turmeric shots every morning and you won't get a single bug all year",
        ] {
            assert!(claim_kinds(t).contains(&ClaimKind::Absolute), "{t}");
        }
        for t in [
            "No treatment works for everyone. Anyone who tells you otherwise is selling something.",
            "Stopping smoking at any age adds years to your life, says a BMJ cohort.",
            "Every single time I do a night shift I forget my water bottle.",
            "I've never had a patient complain about the new waiting room chairs",
        ] {
            assert!(claim_kinds(t).is_empty(), "{t}: {:?}", claim_kinds(t));
        }
    }

    #[test]
    fn shaped_claims_take_a_subject_from_the_sentence_before_or_a_named_medicine() {
        for t in [
            "Berberine 500mg three times a day. Works for everyone, my whole clinic swears by it",
            "Ashwagandha at night. Fixes anxiety every time, no exceptions",
            "Hot take: isotretinoin works for literally every acne patient if you give it long enough",
            "Three months of proper keto and you'll never need metformin again",
            "Once you're on the carnivore plan you won't ever need your inhalers again",
        ] {
            assert_eq!(claim_kinds(t), vec![ClaimKind::Absolute], "{t}");
        }
        for t in [
            "Tried every time-management app going. Works every time for about a week",
            "After the hip replacement you'll never need that walking stick again",
            "Our new triage system works for every patient who calls before 10am, so please ring early",
            "Metformin doesn't work for everyone, so we'll review at 3 months",
        ] {
            assert!(claim_kinds(t).is_empty(), "{t}: {:?}", claim_kinds(t));
        }
    }

    #[test]
    fn negation_and_experience_silence_claims() {
        assert!(claim_kinds("No treatment is 100% safe").is_empty());
        assert!(claim_kinds("I had no side effects so far").is_empty());
        assert!(claim_kinds("Be wary of anyone promising guaranteed results").is_empty());
        assert!(claim_kinds("There is no miracle cure for obesity").is_empty());
        assert!(
            claim_kinds("Guaranteed way to annoy a GP: ask for antibiotics for a cold").is_empty()
        );
        assert!(claim_kinds(
            "My gut-health course: evidence-based sessions on diet and IBS, no miracle cures"
        )
        .is_empty());
    }

    #[test]
    fn efficacy_verbs_with_unproven_agents() {
        assert_eq!(
            claim_kinds("Elderberry syrup prevents flu in kids, every winter"),
            [ClaimKind::Cure]
        );
        assert!(claim_kinds("The flu vaccine prevents flu in most kids").is_empty());
        assert!(claim_kinds("Ginger tea won't stop a migraine, sadly").is_empty());
    }

    #[test]
    fn cure_claims_need_a_disease_and_an_unproven_agent() {
        assert_eq!(claim_kinds("This tea cures anxiety"), [ClaimKind::Cure]);
        assert!(claim_kinds(
            "The evidence for alkaline diets curing cancer is zero. Talk to your oncology team."
        )
        .is_empty());
        assert!(claim_kinds("Antivirals cure hepatitis C").is_empty());
        assert!(claim_kinds("cure rates for testicular cancer are high").is_empty());
    }

    fn anti(t: &str) -> Vec<&'static str> {
        find_anti_evidence(t).into_iter().map(|c| c.topic).collect()
    }

    #[test]
    fn outcome_figures_lifespans_and_hospital_promises_are_absolute() {
        for t in [
            "Our knee clinic: 96% of patients walk out pain-free",
            "This supplement stack will add a decade to your lifespan",
            "Ivermectin at the first sign of covid and you won't end up in hospital",
        ] {
            assert_eq!(claim_kinds(t), [ClaimKind::Absolute], "{t}");
        }
        for t in [
            "95% of our patients were seen within 2 weeks last quarter",
            "Our clinic survey: 94% of patients would recommend us",
            "About 70% of people with back pain improve within six weeks",
        ] {
            assert!(claim_kinds(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn telling_readers_to_stop_medicines_or_all_to_start_one() {
        for t in [
            "Honestly just stop taking your antidepressants, you'll feel more like yourself",
            "On blood pressure tablets? Come off them for the summer, the heat does the job",
        ] {
            assert_eq!(anti(t), ["stop_medication"], "{t}");
        }
        assert_eq!(
            anti("Everyone over 40 should be taking a daily baby aspirin"),
            ["blanket_medicine"]
        );
        for t in [
            "If your statins give you muscle pain, don't just stop taking them, speak to your GP",
            "Please don't stop taking your blood thinners before your jab",
            "Stop taking your ibuprofen if you get stomach pain and see your GP",
            "Come off them for the summer? My teenagers and their phones, no chance",
            "Anyone over 65 should get the flu jab this autumn",
        ] {
            assert!(anti(t).is_empty(), "{t}: {:?}", anti(t));
        }
    }

    #[test]
    fn anti_evidence_shapes_and_near_misses() {
        assert_eq!(
            anti("Face masks are giving toddlers oxygen deprivation"),
            ["safe_intervention_harm"]
        );
        assert!(anti("Face masks do not cause oxygen deprivation").is_empty());
        assert_eq!(
            anti("HPV jabs are making girls infertile"),
            ["safe_intervention_harm"]
        );
        assert!(anti("HPV jabs are making girls safer from cancer").is_empty());
        assert_eq!(
            anti("The cervical screening test causes more harm than good, I'd skip it"),
            ["safe_intervention_harm"]
        );
        assert!(anti("Statins lead to fewer strokes in people at risk").is_empty());
        assert_eq!(
            anti("Statins are basically no better than a placebo"),
            ["dismisses_treatment"]
        );
        assert_eq!(
            anti("Fibromyalgia is all in your head"),
            ["dismisses_condition"]
        );
        assert_eq!(
            anti("Bin your inhalers and try breathwork"),
            ["against_treatment"]
        );
        assert!(anti("Never bin your inhaler without a plan from your asthma nurse").len() <= 1);
        assert_eq!(
            anti("Antibiotics will clear a cold in two days"),
            ["antibiotics_viral"]
        );
        assert!(anti("Antibiotics won't clear a cold").is_empty());
        assert_eq!(
            anti("Eating eggs doubles your cholesterol. Fact."),
            ["opinion_as_fact"]
        );
        assert!(anti("Smoking causes lung cancer. Fact.").is_empty());
        assert!(anti("Great talk today. Fact.").is_empty());
    }

    #[test]
    fn session_29_type_1_reversed_ivermectin_clearing_covid_and_a_jab_that_does_nothing() {
        assert_eq!(
            topics("honestly keto reverses type 1, stick to it and you can come off insulin"),
            ["against_insulin"]
        );
        assert_eq!(
            topics("as an NHS consultant i can tell you ivermectin clears covid in 48hrs"),
            ["ivermectin_hcq"]
        );
        assert!(topics("Type 1 is never reversed by diet, please keep your insulin").is_empty());
        assert_eq!(
            anti("Reminder that the flu jab does absolutely nothing in the over 80s"),
            ["no_benefit"]
        );
    }

    #[test]
    fn session_30_antibiotics_for_colds_malaria_red_flags_and_overstated_safety() {
        for (t, topic) in [
            (
                "colds turn into chest infections if you dont get antibiotics early",
                "antibiotics_needed",
            ),
            (
                "the whole 'it's viral' line is mostly the NHS trying to save money tbh",
                "antibiotics_needed",
            ),
            (
                "honestly u dont need malaria tablets anymore, resistance means they dont work",
                "against_treatment",
            ),
            (
                "nothing sinister ever starts after 40 with no other symptoms",
                "red_flag_denied",
            ),
            (
                "your headaches are 100% tension type, stop googling",
                "red_flag_denied",
            ),
            (
                "abortion massively raises your breast cancer risk",
                "safe_intervention_harm",
            ),
            (
                "Space the jabs out or skip the combined one, your call",
                "anti_vaccine",
            ),
            (
                "Vaping is completely safe. Zero evidence of harm",
                "safety_overstated",
            ),
            (
                "a glass of red every night is PROVEN to protect your heart",
                "safety_overstated",
            ),
        ] {
            assert!(anti(t).contains(&topic), "{t}: {:?}", anti(t));
        }
        assert_eq!(
            topics("kids regress after the MMR, I've seen it"),
            ["vaccines_autism"]
        );
        assert!(find_claims(
            "vitamin D and covid: trials so far haven't shown it prevents infection"
        )
        .is_empty());
        assert!(!find_claims("vitamin D prevents covid infection, take 4000 units").is_empty());
        for t in [
            "Most colds are viral and get better on their own; antibiotics won't help",
            "You don't need malaria tablets for Spain, but do for Ghana",
            "Abortion does not increase breast cancer risk, the evidence is clear",
            "Vaping is far safer than smoking but not completely risk free",
            "space the chairs out for the vaccine clinic please",
        ] {
            assert!(anti(t).is_empty(), "{t}: {:?}", anti(t));
        }
    }

    #[test]
    fn seals_are_found_without_any_word_of_the_trope_list() {
        for t in [
            "Microwaved food causes cancer. 100% true.",
            "Red meat triples your risk of bowel cancer. As a doctor, I can guarantee you that",
            "I'm a GP and I can promise you gluten causes arthritis",
        ] {
            assert!(!ANTI_EVIDENCE_PREFILTER.any(t), "{t}");
            assert_eq!(anti(t), ["opinion_as_fact"], "{t}");
        }
        assert!(anti("I can promise you the cake was worth it. 100% true.").is_empty());
    }

    #[test]
    fn first_aid_concussion_and_antidepressant_myths() {
        for (t, topic) in [
            ("Forget the cold tap, a thick layer of butter straight on a burn draws the heat out faster", "first_aid_myth"),
            ("Nosebleed? Tilt your head back and pinch, sorted", "first_aid_myth"),
            ("if your child didn't lose consciousness, there is no brain injury. Full stop.", "concussion_myth"),
            ("Let's be honest: antidepressants are expensive placebos", "antidepressants_denied"),
            ("SSRIs cause more suicides than they prevent. The data is clear.", "antidepressants_denied"),
        ] {
            assert_eq!(topics(t), [topic], "{t}");
        }
        for t in [
            "Cool a burn under running water for 20 minutes, then cover it with cling film",
            "Didn't lose consciousness? There can still be a brain injury, watch for vomiting",
            "Antidepressants are not placebos, whatever the headline says",
        ] {
            assert!(topics(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn tropes() {
        assert_eq!(
            topics("Vaccines cause autism, wake up"),
            ["vaccines_autism"]
        );
        assert!(topics("Vaccines do not cause autism").is_empty());
        assert_eq!(topics("Ivermectin cures covid"), ["ivermectin_hcq"]);
        assert_eq!(
            topics("You can cure your cancer with an alkaline diet"),
            ["cancer_cure"]
        );
        assert_eq!(topics("Covid is a hoax"), ["covid_denial"]);
        assert!(topics("Covid is not a hoax").is_empty());
        assert_eq!(
            topics("Don't let them jab your kids, natural immunity is all they need"),
            ["anti_vaccine", "natural_immunity"]
        );
        assert_eq!(
            topics("There's no such thing as a safe level of fluoride, get a filter"),
            ["safe_intervention_harm"]
        );
        assert_eq!(
            topics("Detox foot pads pull heavy metals out of your body overnight"),
            ["detox"]
        );
        assert!(topics("Don't let them put you off the flu jab").is_empty());
        assert!(topics("Our vaccine clinic is open").is_empty());
    }

    #[test]
    fn sugar_masks_and_vaccine_safety_myths() {
        assert_eq!(
            topics("Cancer can be starved by cutting out sugar completely"),
            ["sugar_cancer"]
        );
        assert!(topics("Sugar feeds tumours, so cut it out").contains(&"sugar_cancer"));
        assert_eq!(
            topics("Masks do nothing and actually lower your oxygen levels"),
            ["masks_harm"]
        );
        assert_eq!(
            topics("There's no such thing as a safe vaccine. Protect your kids"),
            ["anti_vaccine"]
        );
        assert_eq!(
            topics("You don't need insulin for type 1 if you go fully keto, I've seen it work"),
            ["against_insulin"]
        );
        assert_eq!(
            topics("Vaccines are full of heavy metals and formaldehyde"),
            ["vaccines_poison"]
        );
        assert_eq!(
            topics("Long covid is mostly anxiety, people need to stop being so dramatic"),
            ["dismisses_condition"]
        );
        for fact in [
            "People with type 1 diabetes always need insulin, whatever the diet",
            "Keto helped my type 2 so much I no longer need insulin",
            "Sugar does not feed cancer more than any other food",
            "Cutting out sugar won't starve a tumour",
            "Masks don't lower your oxygen levels, surgeons wear them all day",
            "Our oxygen masks were running low on the ward tonight",
            "Glucose is what the PET scan uses to light up the tumour",
        ] {
            assert!(topics(fact).is_empty(), "{fact}: {:?}", topics(fact));
        }
    }

    #[test]
    fn other_shapes_of_the_same_myths() {
        assert_eq!(
            topics("Honestly the HPV jab is riskier than the infection itself"),
            ["anti_vaccine"]
        );
        assert_eq!(
            topics("Boosters have harmed more people than they ever protected"),
            ["anti_vaccine"]
        );
        assert_eq!(
            topics("Healthy teenagers don't need the flu jab"),
            ["anti_vaccine"]
        );
        assert!(topics("The flu jab is less risky than flu itself").is_empty());
        assert_eq!(
            topics("Zinc supplements stop dementia, simple as that"),
            ["vitamin_cure"]
        );
        assert!(topics("Vitamin D may help prevent some cancers, the trials are mixed").is_empty());
        assert_eq!(
            topics("Sugar is the root cause of all chronic disease"),
            ["root_cause"]
        );
        assert!(topics("Smoking is linked to the cause of most lung cancers").is_empty());
        assert_eq!(
            topics("Salt doesn't raise blood pressure, eat what you like"),
            ["denies_cause"]
        );
        assert!(topics("Salt isn't the only thing that matters for blood pressure").is_empty());
    }

    #[test]
    fn more_shapes_of_vaccine_and_environment_myths() {
        for (t, topic) in [
            ("The covid vaccines permanently rewrite your DNA", "mrna_dna"),
            ("flu jab = flu. every single year", "vaccines_harm"),
            ("Young footballers collapsing every week. #DiedSuddenly", "vaccines_poison"),
            ("Measles is a mild childhood illness. It builds a stronger immune system than any jab", "measles"),
            ("Since the 5G mast went up near the surgery we've had a wave of headaches and nosebleeds", "5g"),
            ("Look up. Those are not contrails. Connect the dots", "chemtrails"),
            ("Homeopathy is proven to work for ear infections, better than antibiotics", "homeopathy"),
            ("Type 1 diabetes in kids can be managed off insulin with a strict diet", "against_insulin"),
            ("Keep your vitamin D up and you are fully protected, no vaccine needed", "anti_vaccine"),
            ("sun cream is doing more harm than good and nobody in derm will say it", "sunscreen"),
            ("fluoride in tap water is the one thing I'd campaign against. it's a neurotoxin", "fluoride"),
            ("How did a virus nobody has ever properly isolated shut down the planet?", "covid_denial"),
            ("the HPV jab has never been shown to prevent a single case of cervical cancer", "anti_vaccine"),
            ("lmao long covid clinics. It's deconditioning with a new badge", "dismisses_condition"),
        ] {
            assert!(topics(t).contains(&topic), "{t}: {:?}", topics(t));
        }
        for t in [
            "The covid vaccines do not rewrite your DNA: mRNA never enters the nucleus",
            "Measles is not a mild illness: one in five children who catch it end up in hospital",
            "Flu jab clinic on Saturday, no appointment needed",
            "Contrails over the bay at sunset, gorgeous",
            "Chemtrails are not real: those white lines are water vapour",
            "Sun cream does more good than harm: wear it from April to September",
            "Long covid is real. It's deconditioning advice that harms these patients",
            "Travelling to France this summer? No vaccine needed, but check your MMR is up to date",
        ] {
            assert!(topics(t).is_empty(), "{t}: {:?}", topics(t));
        }
    }

    #[test]
    fn regression_blamed_on_the_jab_statins_dismissed_and_vaccines_put_off_for_years() {
        for t in [
            "20 years in general practice and I've seen enough kids regress after the jab to know the link is real",
            "Nan honestly statins are basically pointless for someone your age",
            "with statins the side effects are worse than the heart attack risk, that's a fact",
            "I'd honestly hold off on the MMR till they're 3 or 4",
            "we're delaying the jabs for a few years, the autism link has never been properly ruled out",
        ] {
            assert!(!find_tropes(t).is_empty(), "{t}");
        }
        for t in [
            "hold off on the MMR until he's over this fever, then rebook",
            "Statins have side effects, but for most people they're worth it",
            "she regressed after the move to the new school",
            "the autism link has been ruled out by study after study",
        ] {
            assert!(find_tropes(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn covid_minimised_5g_blamed_and_vaccines_called_unneeded_are_tropes() {
        assert_eq!(
            find_anti_evidence("Covid was never worse than a cold, honestly")
                .iter()
                .map(|c| c.topic)
                .collect::<Vec<_>>(),
            ["covid_denial"]
        );
        assert_eq!(
            topics("5G towers weaken your immune system, that's why everyone got sick in 2020"),
            ["5g"]
        );
        assert!(!topics(
            "Your body doesn't need vaccines, natural immunity is always stronger and safer"
        )
        .is_empty());
        assert!(
            topics("5G does not weaken your immune system; the frequencies are non-ionising")
                .is_empty()
        );
        assert!(topics("Your body doesn't need detox teas, your liver does that job").is_empty());
    }

    #[test]
    fn session_28_fragments_lists_of_selling_points_and_the_science_as_a_seal() {
        assert!(claim_kinds(
            "Reminder that the MMR has NEVER caused a single serious side effect in any child. Ever. Zero risk."
        )
        .contains(&ClaimKind::NoRisk));
        assert!(claim_kinds(
            "berberine does exactly the same as Ozempic!! no prescription, no side effects, half the price"
        )
        .contains(&ClaimKind::NoRisk));
        assert!(claim_kinds("No side effects so far, no complaints").is_empty());
        assert!(claim_kinds("Booked the MMR for Thursday. Zero stress.").is_empty());
        assert!(anti(
            "HRT literally PREVENTS dementia, heart disease AND breast cancer, that's just the science."
        )
        .contains(&"opinion_as_fact"));
        assert!(anti("Smoking causes lung cancer, that's just the science.").is_empty());
        assert!(
            claim_kinds("Home birth is 100% as safe as hospital for EVERY woman, full stop.")
                .contains(&ClaimKind::NoRisk)
        );
    }

    #[test]
    fn session_31_morning_after_dvla_results_that_mean_nothing_and_devices_as_good_as_a_doctor() {
        for (t, topic) in [
            (
                "you can NOT be over the limit the morning after if youve had 6 hrs kip",
                "safety_overstated",
            ),
            (
                "no you dont need to tell DVLA after one fit, it only counts once youve had two",
                "driving_rules_misstated",
            ),
            (
                "A raised lactate in a young person means nothing, send them home",
                "red_flag_denied",
            ),
            (
                "Sudden cardiac death in young athletes is basically a myth pushed by charities",
                "dismisses_condition",
            ),
            (
                "smartwatch ECGs are as accurate as a hospital 12-lead now",
                "safety_overstated",
            ),
            ("vapes are literally just water vapour", "safety_overstated"),
            (
                "the booster alters your DNA, I've seen the data",
                "mrna_dna",
            ),
        ] {
            let found: Vec<&str> = anti(t).into_iter().chain(topics(t)).collect();
            assert!(found.contains(&topic), "{t}: {found:?}");
        }
        for t in [
            "You must tell the DVLA after a first seizure and stop driving",
            "You can still be over the limit the morning after a big night",
            "A normal lactate means nothing on its own if they look unwell",
            "Vapour from vapes is not just water, it carries nicotine and flavourings",
            "The smartwatch flagged AF, which a 12-lead then confirmed",
        ] {
            assert!(anti(t).is_empty() && topics(t).is_empty(), "{t}");
        }
        assert!(
            claim_kinds("Our AI triage engine has never missed a serious diagnosis and it never will. Safer than any human GP, guaranteed.")
                .contains(&ClaimKind::Absolute)
        );
        assert!(
            !claim_kinds("No app is safer than a human GP who knows you")
                .contains(&ClaimKind::Absolute)
        );
    }
}

//! Prescribing: specific prescription medicines, doses or supplies recommended to one person or the
//! public online, and offers to prescribe without a consultation.
//!
//! GMC 2024 ¶13c sends doctors who propose, prescribe or provide medicines online to the GMC's
//! prescribing guidance; the 2013 guidance ¶6 does the same for "using internet sites for the
//! provision of medical services". State boards rate prescribing without an established clinical
//! relationship among the commonest online violations (Greysen 2012: 63%). Public-health dosing
//! ("paracetamol: no more than 4g a day", "flu jabs at your pharmacy") and teaching ("the usual
//! starting dose is…") are the opposite and must stay silent.

use super::guidance::{Guidance, GuidanceSource::*};
use super::judge::{self, Voice};
use super::{Action, ActionKind, Category, Context, Evidence, Finding, Rule, RuleMeta, Severity};
use crate::detect::dosing::{self, Directive, DirectiveKind};
use crate::detect::gate::Regex;
use crate::detect::medicines::{self, Legal, MedicineMention};
use crate::detect::phrases::sentence_around;
use crate::detect::stance;
use crate::model::{Kind, Record};
use std::sync::LazyLock;

mod broadcast;
mod close;

pub fn rules() -> Vec<Box<dyn Rule>> {
    vec![
        Box::new(MedicineRecommended),
        Box::new(RemotePrescribing),
        Box::new(ObtainingMedicines),
        Box::new(close::CloseCirclePrescribing),
    ]
}

const PRESCRIBING_GUIDANCE: &[Guidance] =
    &[Guidance::cite(Gmc2024, "13c"), Guidance::cite(Gmc2013, "6")];

fn re(pattern: &str) -> Regex {
    crate::detect::phrases::regex(pattern)
}

// ---------------------------------------------------------------------------------------------------

/// PRE001: a specific prescription medicine with a dose or directive recommended online.
pub struct MedicineRecommended;

static MEDICINE_RECOMMENDED: RuleMeta = RuleMeta {
    code: "PRE001",
    name: "medicine-recommended-online",
    category: Category::Prescribing,
    severity: Severity::High,
    confidence: 0.8,
    summary: "A prescription medicine, dose or supply recommended to someone online",
    guidance: PRESCRIBING_GUIDANCE,
    what_it_finds: "The account holder telling a reader to take, start, increase, double, reduce, stop \
        or switch a named prescription-only medicine or class (\"you should take 100mg sertraline\", \
        \"just double your insulin\", \"stop taking your statins\", \"get hold of some Tamiflu and start \
        it within 48 hours\", \"ask the pharmacist for dexamethasone\"), or giving one a dose and regimen as a \
        tip to the reader (\"1 Stemetil before you go out = no hangover\", \"1 Kenalog injection in May and \
        you're sorted\"), or stepping the dose of everyone on it (\"Ozempic crew: when the 0.5 stops \
        working, jump straight to 1mg\", \"followers on warfarin: skip tonight's dose\"), or offering to \
        supply one (\"DM me \
        and I'll sort you some Mounjaro\", \"got spare Ozempic pens\"), in public posts or in messages. \
        Not negated advice (\"don't stop your statins without speaking to your GP\"), questions, quotes, \
        public-health wording (maximum doses, \"speak to your pharmacist\", flu jabs), teaching or \
        guidance (\"the usual starting dose is…\"), or over-the-counter medicines mentioned without an \
        individual dose or regimen. Pharmacy-medicine versions (sildenafil, low-dose codeine) and \
        over-the-counter medicines given with a dose are flagged lower. In a one-to-one message, a dose \
        set or changed without naming the medicine (\"drop to 75 micrograms\", \"go up to 5mg after 4 \
        weeks\") and an over-the-counter medicine given with a regimen (\"Calpol every 4 hours\") count \
        too: the conversation has already named it.",
    why_it_matters: "A dose told to one person online is a prescribing decision without an assessment, \
        a record or follow-up; GMC 2024 ¶13c requires the GMC's guidance on proposing, prescribing and \
        providing medicines to be followed, and 2013 ¶6 applies it to online services. Supplying \
        prescription medicines outside a prescription is also unlawful.",
    example: "\"You should take 100mg sertraline at night\" fires. \"Paracetamol: max 4g in 24 hours, \
        read the leaflet\" and \"NICE says the usual starting dose of semaglutide is 0.25mg weekly\" do not.",
    how_to_fix: "Remove the dose or instruction and tell the reader to discuss the medicine with their \
        own prescriber; never offer to supply prescription medicines online.",
};

/// A directive applies to a medicine in the same sentence, or close by in a short message.
fn medicine_for<'a>(
    text: &str,
    d: &Directive,
    meds: &'a [MedicineMention],
) -> Option<&'a MedicineMention> {
    let (s, e) = sentence_around(text, d.start);
    let same_sentence = meds
        .iter()
        .filter(|m| m.start >= s && m.end <= e)
        .min_by_key(|m| judge::distance((m.start, m.end), (d.start, d.end)));
    if same_sentence.is_some() {
        return same_sentence;
    }
    let radius = if d.kind == DirectiveKind::Supply {
        160
    } else {
        60
    };
    meds.iter()
        .filter(|m| judge::distance((m.start, m.end), (d.start, d.end)) <= radius)
        .min_by_key(|m| judge::distance((m.start, m.end), (d.start, d.end)))
}

static SECOND_PERSON: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)(?:\b(?:you|your|you[’']re|ur|u|yours)\b|(?:^|\s)@\w)"));

/// A dose set for whoever reads it without a "you": "adults take 10mg three times a day", "if the
/// anxiety is that bad before presentations…", "say I said so".
static TOLD_TO_A_CROWD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:adults|kids|children|grown[\s-]?ups|everyone|anyone|over[\s-]?\d{2}s?)\s+(?:take|have|give|should\s+take|can\s+take)\b|\bif\s+(?:the|ur|your|their)\s+(?:\w+\s+){1,3}?(?:is|are|gets?)\s+(?:that|so|really|too)\s+bad\b|\bsay\s+i\s+said\s+so\b",
    )
});

/// The writer's pick for a complaint, offered to whoever reads it: "my go-to for a chesty cough
/// is…", "my first line for cystitis is…". "For my migraines" is the writer's own medicine.
static CLINICAL_PICK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:my\s+(?:go[\s-]?to|first[\s-]line|usual\s+(?:go[\s-]?to|pick)|fave|favourite|trusty)|what\s+i\s+(?:reach\s+for|always\s+use|always\s+give))\s+(?:\w+\s+)?for\s+(?:an?\s+|the\s+|any\s+)?(?:[a-z'’]+\s+){0,6}?(?:is|are|=)\b",
    )
});

/// Individual dosing advice without an imperative: a named prescription medicine with a dose and a
/// regimen, said to a second person ("@dave 500mg azithromycin for 3 days should sort your chest
/// out", "50mg every 6h is fine for your back"). Teaching, public-health wording and quotes stay
/// silent, and so do the author's own doses ("I take 50mg sertraline daily").
fn dose_advice<'a>(
    r: &Record,
    text: &str,
    regimens: &'a [Directive],
    meds: &'a [MedicineMention],
    framed: bool,
) -> Vec<(&'a Directive, &'a MedicineMention)> {
    let mut out = Vec::new();
    for d in regimens {
        let (s, e) = sentence_around(text, d.start);
        let Some(m) = meds
            .iter()
            .filter(|m| m.start >= s && m.end <= e && !m.is_class_word())
            .min_by_key(|m| judge::distance((m.start, m.end), (d.start, d.end)))
        else {
            continue;
        };
        if medicines::dose_near(text, m, 50).is_none() {
            continue;
        }
        let sentence = text.get(s..e).unwrap_or("");
        // "…and your knee flares up?? naproxen 500mg twice a day": the reader's question, answered.
        let asked_before = {
            let before = text.get(..s).unwrap_or("").trim_end();
            let question = before.trim_end_matches('?');
            let from = question.rfind(['.', '!', '?', '\n']).map_or(0, |i| i + 1);
            before.ends_with('?')
                && question
                    .get(from..)
                    .is_some_and(|q| SECOND_PERSON.is_match(q))
        };
        let addressed = SECOND_PERSON.is_match(sentence)
            || asked_before
            || TOLD_TO_A_CROWD.is_match(sentence)
            || framed
            || judge::is_one_to_one(r)
            || CLINICAL_PICK
                .find(sentence)
                .is_some_and(|m| !m.as_str().to_lowercase().contains(" for my "));
        if !addressed || FIRST_PERSON_OWN_DOSE.is_match(sentence) {
            continue;
        }
        // "…repeat after 2 hrs, max 300mg a day. you're welcome": in a tip, the ceiling is part
        // of the regimen, not a safety message around it.
        let public_health = dosing::strong_public_health_near(text, d.start).filter(|&(cs, ce)| {
            !(framed
                && text
                    .get(cs..ce)
                    .is_some_and(|c| c.to_ascii_lowercase().starts_with("max")))
        });
        if stance::is_others_words(text, d.start, d.end)
            || public_health.is_some()
            || stance::educational_near(text, d.start)
        {
            continue;
        }
        out.push((d, m));
    }
    out
}

/// The whole post offers its doses to the reader: framed as the writer's tip ("my long-haul
/// secret", "race-day stack", "hangover protocol"), or opening by calling its reader ("Auntie,
/// if…", "lads for the DOMS…", "Anyone going to Kenya on elective:").
fn framed_for_the_reader(text: &str) -> bool {
    TIP_FRAME.is_match(text)
        || ADDRESSEE.is_match(text)
        || GROUP_CALL.is_match(text)
        || FOR_THE_READER.is_match(text)
}

/// The reader told the regimen is theirs to get or take: "ask ur GP for exactly this combo", "for
/// anyone doing Kili this summer", "here's what I give passengers", "you'd do well on…".
static FOR_THE_READER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\bask\s+(?:your|ur)\s+(?:gp|doctor|doc)\s+for\s+(?:exactly\s+)?(?:this|these|it|them|the)\b|\bfor\s+anyone\s+(?:doing|going|heading|travelling|traveling|planning|off|climbing|trekking)\b|\bshout\s+if\s+(?:your|ur)\s+gp\s+won[’']?t\b|\bhere[’']?s\s+what\s+i\s+(?:give|prescribe|recommend|tell)\b|\bit[’']?s\s+what\s+i[’']?d\s+(?:prescribe|give|start)\b|\b(?:you|u)[’']?d\s+do\s+(?:well|better|great)\s+on\b|\bas\s+a\s+rescue\s+dose\b|\b(?:chuck|put|stick|pack|keep)\s+(?:them|it|these|some)\s+in\s+(?:your|ur)\s+(?:kit|bag|first[\s-]aid\s+kit|grab\s+bag|rucksack)\b",
    )
});

/// The regimens of a text; in a post [framed for the reader](framed_for_the_reader) ("ED doc
/// hangover protocol: two 400mg ibuprofen, 10mg metoclopramide"), a bare dose is the regimen,
/// unless its sentence warns against it.
fn regimens_or_framed_doses(text: &str, framed: bool) -> Vec<Directive> {
    let mut regimens = dosing::find_regimens(text);
    if !framed {
        return regimens;
    }
    // In a framed post, a bare dose counts beside any regimen elsewhere ("carry 8mg dexamethasone
    // as a rescue dose… chuck them in your kit and you're sorted").
    let doses: Vec<Directive> = dosing::find_amounts(text)
        .into_iter()
        .filter(|&(s, _)| {
            let (from, to) = sentence_around(text, s);
            !DOSE_WARNING.is_match(text.get(from..to).unwrap_or(""))
        })
        .map(|(start, end)| Directive {
            start,
            end,
            kind: DirectiveKind::Recommend,
        })
        .filter(|d| !regimens.iter().any(|g| g.start < d.end && d.start < g.end))
        .collect();
    regimens.extend(doses);
    regimens.sort_by_key(|d| d.start);
    regimens
}

/// A sentence warning about a dose rather than giving one: "codeine 30mg is not safe when
/// breastfeeding", "never more than 8 x 500mg a day".
static DOSE_WARNING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:not\s+safe|unsafe|never|don[’']?t|do\s+not|avoid|dangerous|overdose|toxic|no\s+more\s+than|max(?:imum)?|interact\w*|contraindicated|recalled?|warning)\b",
    )
});

/// A post that opens by calling a group of readers and ends the call with a colon: "Anyone going
/// to Kenya on elective:", "To everyone who's been asking me in the shop:", "For switching back
/// after nights:". What follows the colon is said to them.
static GROUP_CALL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|[.!?\n]\s*|[^\w\s]\s+)(?:(?:to\s+|for\s+|calling\s+)?(?:anyone|anybody|everyone|everybody|all\s+(?:the\s+|my\s+)?[a-z]+|those\s+of\s+you|those\s+(?:friends\s+|people\s+)?who)\b[^.!?\n:]{0,80}|for\s+(?:getting|switching|surviving|beating|sorting|coping|anyone|when|if|a|an|the|your|ur)\b[^.!?\n:]{0,60}):\s",
    )
});

/// A message that opens by calling its reader, a relative or the group: "Auntie, if the cough's
/// no better…", "Mum just take…", "lads for the DOMS…". What follows is said to them.
static ADDRESSEE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\W*(?:(?:hi|hey|hiya|oh|ok|okay|right|so)\s+)?(?:auntie|aunty|aunt|uncle|mum|mam|mom|dad|nan|nana|nanna|gran|granny|grandad|grandma|bro|sis|hun|hunni|babe|lads|ladies|guys|girls|gang|team|all|folks|peeps|fam|mamas|mums|mummies|parents|brothers\s+and\s+sisters|sisters|brothers|ladies\s+and\s+gents|y[’']?all)\b\s*[,!:-]?\s+(?:if|just|for|take|try|start|stop|honestly|pls|please|don[’']?t|go|get|give|do|re|[a-z][\w-]*\s+(?:gummies|tablets|tabs|pills|drops|spray|is|are)\b)",
    )
});

static OTC_PREFILTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:paracetamol|calpol|panadol|ibuprofen|nurofen|brufen|aspirin|naproxen|co-codamol|solpadeine|cetirizine|loratadine|fexofenadine|chlorphenamine|piriton|promethazine|phenergan|sominex|nytol|omeprazole|lansoprazole|esomeprazole|ranitidine|gaviscon|loperamide|imodium|senna|lactulose|movicol|buscopan|ferrous|iron|folic|vitamin|vit|zinc|magnesium|fluconazole|canesten|clotrimazole|hydrocortisone|chloramphenicol|otrivine|sudafed|pseudoephedrine|levonorgestrel|morning\s+after|ellaone|nicotine)\b",
    )
});

/// Over-the-counter medicines whose blanket use is not public-health advice ("everyone over 50
/// should take aspirin"): vitamins and supplements are left to the high-dose check.
const OTC_BLANKET_RISK: [&str; 6] = [
    "aspirin",
    "nsaid",
    "ppi",
    "antihistamine",
    "opioid_otc",
    "decongestant",
];

static HIGH_DOSE_VITAMIN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:\d{1,3},\d{3}|\d{4,})\s?(?:iu|units)\b|\b(?:[1-9]\d{2,})\s?(?:mcg|µg|micrograms)\b|\bmega[\s-]?dos\w+",
    )
});

/// "Don't bother going in", "no need to come in": advice given instead of an assessment.
static INSTEAD_OF_CARE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:don[’']?t|do\s+not|no\s+need\s+to)\s+(?:bother\s+)?(?:going\s+in|go\s+in|coming\s+in|come\s+in|seeing\s+(?:a|your|the)\s+(?:gp|doctor)|see\s+(?:a|your|the)\s+(?:gp|doctor)|going\s+to\s+(?:a&e|the\s+gp|hospital)|bother(?:ing)?\s+(?:your|the|a)\s+(?:gp|doctor)|bother\s+(?:ringing|calling|phoning|ring|call|phone)\s+(?:111|999|the\s+gp|your\s+gp|the\s+surgery|the\s+doctor|out\s+of\s+hours))\b",
    )
});

/// A dose set or changed for the reader without naming the medicine, as a message continues a
/// conversation about it: "drop to 75 micrograms", "go up to 5mg after 4 weeks", "2.5mg to start",
/// "I'll tell you when to go up to the next dose", "take double your usual dose".
static UNNAMED_DOSE_CHANGE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:drop|reduce|cut|come|go|step|titrate|move|bump|increase|decrease)\s+(?:it\s+|(?:back\s+)?(?:up|down)\s+)?(?:to|by)\s+(?:\d+(?:\.\d+)?\s*(?:mg|mcg|micrograms?|µg|units?|iu)\b|the\s+next\s+dose)|\d+(?:\.\d+)?\s*(?:mg|mcg|micrograms?|µg|units?)\s+(?:to\s+start|to\s+begin|for\s+the\s+first\s+(?:week|month|few\s+weeks)|(?:once|twice|three\s+times)\s+(?:a|per)\s+(?:day|week)|daily|weekly|at\s+night)|take\s+(?:double|half|twice)\s+(?:your|the)\s+(?:usual\s+)?(?:dose|tablets?|meds|jab|injection|insulin))",
    )
});

/// [`UNNAMED_DOSE_CHANGE`] in a one-to-one message that is not about the writer's own medicine.
fn unnamed_dose_change(r: &Record, voice: Voice) -> Option<Finding> {
    if !judge::is_one_to_one(r) {
        return None;
    }
    let text = &r.text;
    let m = UNNAMED_DOSE_CHANGE.find_iter(text).find(|m| {
        let (s, e) = sentence_around(text, m.start());
        let sentence = text.get(s..e).unwrap_or("");
        !FIRST_PERSON_OWN_DOSE.is_match(sentence)
            && !stance::is_others_words(text, m.start(), m.end())
            && !stance::in_question(text, m.start())
    })?;
    let (severity, confidence) = judge::weigh(voice, Severity::Medium, 0.65);
    let f = Finding::new(
        &MEDICINE_RECOMMENDED,
        r,
        format!(
            "Message sets someone's dose ('{}')",
            judge::words(r, m.start(), m.end())
        ),
        vec![judge::span(r, m.start(), m.end(), "dose_change")],
        Action::new(
            ActionKind::Edit,
            "Don't set or change someone's dose by message; point them to whoever prescribes for \
             them, who can review them and record the change."
                .to_string(),
        ),
    );
    Some(f.graded(severity, confidence))
}

/// An over-the-counter medicine with a dose or regimen told to one person, told to everyone, or
/// given instead of an assessment. Lower stakes than a prescription-only medicine, so low (medium
/// when the person is told not to seek care).
fn otc_advice(r: &Record, voice: Voice, directives: &[Directive]) -> Option<Finding> {
    let text = &r.text;
    let otc = medicines::find_otc(text);
    if otc.is_empty() {
        return None;
    }
    let regimens = dosing::find_regimens(text);
    let instead = INSTEAD_OF_CARE.find(text);
    let individual =
        judge::is_one_to_one(r) || super::verdict::answers_someone(r) || r.kind.is_message();
    /// Directive span, the medicine, its dose, and why it counts.
    type OtcHit<'a> = (
        usize,
        usize,
        &'a MedicineMention,
        Option<(usize, usize)>,
        &'static str,
    );
    let mut best: Option<OtcHit> = None;
    for m in &otc {
        let (s, e) = sentence_around(text, m.start);
        let sentence = text.get(s..e).unwrap_or("");
        let directive = directives.iter().find(|d| d.start >= s && d.end <= e);
        let regimen = regimens.iter().find(|d| d.start >= s && d.end <= e);
        let dose = medicines::dose_near(text, m, 50);
        let Some((ds, de)) = directive
            .map(|d| (d.start, d.end))
            .or_else(|| regimen.map(|d| (d.start, d.end)))
        else {
            continue;
        };
        if stance::is_others_words(text, ds, de)
            || FIRST_PERSON_OWN_DOSE.is_match(sentence)
            || dosing::strong_public_health_near(text, ds).is_some()
            || stance::educational_near(text, ds)
        {
            continue;
        }
        let addressed = individual
            || SECOND_PERSON.is_match(sentence)
            || TIP_FRAME.is_match(text)
            || GROUP_CALL.is_match(text);
        let blanket = directive.is_some()
            && BLANKET.is_match(sentence)
            && dose.is_some()
            && (OTC_BLANKET_RISK.contains(&m.class.as_str())
                || HIGH_DOSE_VITAMIN.is_match(sentence));
        let why = if instead.is_some() && addressed && directive.is_some() {
            "instead of an assessment"
        } else if addressed && (dose.is_some() || regimen.is_some()) && directive.is_some()
            || addressed && dose.is_some() && regimen.is_some()
            || HIGH_DOSE_VITAMIN.is_match(sentence) && directive.is_some()
        {
            "as an individual dose"
        } else if judge::is_one_to_one(r) && regimen.is_some() {
            "as an individual regimen by message"
        } else if blanket {
            "to everyone"
        } else {
            continue;
        };
        best = Some((ds, de, m, dose, why));
        break;
    }
    let (ds, de, m, dose, why) = best?;
    let severity = if why == "instead of an assessment" {
        Severity::Medium
    } else {
        Severity::Low
    };
    let (severity, confidence) = judge::weigh(voice, severity, 0.6);
    let mut evidence = vec![
        judge::span(r, m.start, m.end, "medicine"),
        judge::span(r, ds, de, "directive"),
    ];
    if let Some((s, e)) = dose {
        evidence.push(judge::span(r, s, e, "dose"));
    }
    if let Some(i) = instead {
        evidence.push(judge::span(r, i.start(), i.end(), "instead_of_assessment"));
    }
    let noun = judge::kind_noun(r);
    let mut f = Finding::new(
        &MEDICINE_RECOMMENDED,
        r,
        format!("{} recommends '{}' {why}", if judge::is_one_to_one(r) { "Message" } else { "Post" }, m.name),
        evidence,
        Action::new(
            ActionKind::Edit,
            format!(
                "Remove the dose and instruction for '{}' from this {noun}; point the person to a pharmacist, \
                 NHS 111 or their GP, who can assess them.",
                m.name
            ),
        ),
    );
    f.severity = severity;
    f.confidence = confidence;
    f.finalise();
    Some(f)
}

/// A dose passed on as the writer's tip to whoever reads it: "race-day stack", "secret weapon",
/// "PSA", "pro tip", "trust me I'm a doctor".
static TIP_FRAME: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:race[\s-]day|gym|pre[\s-]workout|hangover|travel|exam)\s+stack|secret\s+weapon|(?:long[\s-]haul|flight|travel|jet[\s-]?lag|exam|hangover)\s+secret|pro[\s-]?tip|top\s+tip|hacks?|psa|trust\s+me,?\s+i[’']?m\s+a\s+doc(?:tor)?|you[’']?re\s+welcome|thank\s+me\s+later|doctor[’']?s\s+orders|survival\s+kit|(?:hay[\s-]?fever|night[\s-]shift|hangover|festival|cold\s+and\s+flu|flu|migraine|period|exam)\s+(?:kit|essentials|protocol|arsenal|routine|cocktail))\b|#doctorhacks?\b|\b(?:doctor|dr|doc|gp)[\s-]approved\b|\btry\s+it(?:\s+yourselves?)?\s*(?:[.!]|$)|(?:^|[.!?\n]\s*)tips?\s+for\s+(?:all\s+)?(?:my\s+)?(?:fellow\s+)?[a-z]+|\bmy\s+go[\s-]?to\s*[:\-–]|#[a-z]*(?:tips|hacks)\b|\b(?:q|question)\s+(?:from|by)\s+(?:a\s+|one\s+|my\s+)?(?:viewer|listener|reader|follower|caller|subscriber)s?\b",
    )
});

static BLANKET: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:everyone|everybody|anyone|all\s+(?:of\s+)?(?:you|adults|women|men)|people|women|men)\b",
    )
});

/// The author's own medicine ("I'm on", "I take", "my dose").
static FIRST_PERSON_OWN_DOSE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:i[’']?m\s+on|i\s+(?:take|took|was\s+on|started)|my\s+(?:dose|meds|prescription))\b",
    )
});

fn directive_text(kind: DirectiveKind) -> &'static str {
    match kind {
        DirectiveKind::Take => "tells the reader to take",
        DirectiveKind::Increase => "tells the reader to increase",
        DirectiveKind::Decrease => "tells the reader to reduce",
        DirectiveKind::Stop => "tells the reader to stop",
        DirectiveKind::Switch => "tells the reader to switch",
        DirectiveKind::Supply => "offers to supply",
        DirectiveKind::Recommend => "recommends",
    }
}

impl Rule for MedicineRecommended {
    fn meta(&self) -> &'static RuleMeta {
        &MEDICINE_RECOMMENDED
    }

    fn check(&self, r: &Record, _cx: &Context, out: &mut Vec<Finding>) {
        let Some(voice) = judge::voice(r) else { return };
        if voice == Voice::Shared && r.kind != Kind::Repost {
            return;
        }
        let text = &r.text;
        let analysis = judge::analysis(r);
        let meds = &analysis.meds;
        if meds.is_empty() && !OTC_PREFILTER.is_match(text) {
            if let Some(f) = unnamed_dose_change(r, voice) {
                out.push(f);
            }
            return;
        }
        let directives = dosing::find_directives(text);
        let mut hits: Vec<(&Directive, &MedicineMention)> = Vec::new();
        for d in &directives {
            let Some(m) = medicine_for(text, d, meds) else {
                continue;
            };
            if stance::is_others_words(text, d.start, d.end) {
                continue;
            }
            let addressed = text
                .get(d.start..d.end)
                .map(|w| {
                    let w = w.to_ascii_lowercase();
                    w.contains("you")
                        || w.contains("your")
                        || w.contains(" ur ")
                        || w.ends_with(" ur")
                })
                .unwrap_or(false);
            if d.kind != DirectiveKind::Supply {
                if dosing::strong_public_health_near(text, d.start).is_some() {
                    continue;
                }
                // Only "ask your GP" cues remain: a fig leaf when a dose is given or the cue asks
                // for the medicine itself.
                if let Some((_, cue_end)) = dosing::public_health_near(text, d.start) {
                    if medicines::dose_near(text, m, 50).is_none()
                        && !dosing::consult_cue_asks_for_it(text, cue_end)
                    {
                        continue;
                    }
                }
                if !addressed && stance::educational_near(text, d.start) {
                    continue;
                }
                // Class words ("statins") only count when changing or stopping them.
                if m.is_class_word() && !d.kind.is_dangerous() && d.kind != DirectiveKind::Switch {
                    continue;
                }
            }
            hits.push((d, m));
        }
        let regimens;
        if hits.is_empty() {
            let framed = framed_for_the_reader(text);
            regimens = regimens_or_framed_doses(text, framed);
            hits = dose_advice(r, text, &regimens, meds, framed);
        }
        if hits.is_empty() {
            if let Some(f) = broadcast::group_dose_advice(r, voice, meds)
                .or_else(|| otc_advice(r, voice, &directives))
            {
                out.push(f);
            }
            return;
        }
        let Some(&(first_d, first_m)) = hits.iter().max_by_key(|(d, m)| {
            (
                d.kind == DirectiveKind::Supply,
                d.kind.is_dangerous(),
                medicines::dose_near(text, m, 50).is_some(),
                std::cmp::Reverse(d.start),
            )
        }) else {
            return;
        };
        let dose = medicines::dose_near(text, first_m, 50);
        let mut severity = if first_d.kind.is_dangerous() || dose.is_some() {
            Severity::High
        } else {
            Severity::Medium
        };
        if first_m.legal == Legal::PomOrPharmacy && first_d.kind != DirectiveKind::Supply {
            severity = judge::step_down(severity);
        }
        let confidence = if dose.is_some() || first_d.kind == DirectiveKind::Supply {
            0.85
        } else {
            0.7
        };
        let (severity, confidence) = judge::weigh(voice, severity, confidence);
        let mut evidence: Vec<Evidence> = vec![
            judge::span(r, first_m.start, first_m.end, "prescription_only_medicine"),
            judge::span(r, first_d.start, first_d.end, first_d.kind.as_str()),
        ];
        if let Some((s, e)) = dose {
            evidence.push(judge::span(r, s, e, "dose"));
        }
        for (d, m) in hits
            .iter()
            .filter(|(d, _)| d.start != first_d.start)
            .take(2)
        {
            evidence.push(judge::span(r, d.start, d.end, d.kind.as_str()));
            if m.start != first_m.start {
                evidence.push(judge::span(r, m.start, m.end, "prescription_only_medicine"));
            }
        }
        let noun = judge::kind_noun(r);
        let action = if first_d.kind == DirectiveKind::Supply {
            Action::new(
                ActionKind::Delete,
                format!(
                    "Delete this {noun}: offering '{}' outside a prescription is unlawful and unsafe.",
                    first_m.name
                ),
            )
        } else {
            let dose_words = dose
                .map(|(s, e)| format!(" and the dose '{}'", judge::words(r, s, e)))
                .unwrap_or_default();
            Action::new(
                ActionKind::Edit,
                format!(
                    "Remove the instruction '{}'{dose_words}; say instead that {} should be discussed with \
                     the reader's own prescriber, or delete the {noun}.",
                    judge::words(r, first_d.start, first_d.end),
                    first_m.name
                ),
            )
        };
        let f = Finding::new(
            &MEDICINE_RECOMMENDED,
            r,
            format!(
                "{} {} '{}'{}",
                if judge::is_one_to_one(r) {
                    "Message"
                } else {
                    "Post"
                },
                directive_text(first_d.kind),
                first_m.name,
                dose.map(|(s, e)| format!(" at {}", judge::words(r, s, e)))
                    .unwrap_or_default()
            ),
            evidence,
            action,
        );
        out.push(f.graded(severity, confidence));
    }
}

// ---------------------------------------------------------------------------------------------------

/// PRE002: offers to prescribe remotely without a consultation.
pub struct RemotePrescribing;

static REMOTE_PRESCRIBING: RuleMeta = RuleMeta {
    code: "PRE002",
    name: "prescribing-without-consultation",
    category: Category::Prescribing,
    severity: Severity::High,
    confidence: 0.8,
    summary: "An offer to prescribe online without a proper consultation",
    guidance: PRESCRIBING_GUIDANCE,
    what_it_finds: "The account holder offering to prescribe through social media or messages (\"I can \
        prescribe it for you\", \"I'll write you a script\", \"DM me for a prescription\"), asking for a \
        weight, photo or symptoms in place of an assessment (\"just send your weight and I'll sort it\"), \
        or advertising prescriptions with \"no consultation needed\" or \"skip the GP\". Refusals (\"I \
        can't prescribe over social media\") and warnings about sites that do this do not fire.",
    why_it_matters: "Prescribing needs an adequate assessment, access to the patient's history and \
        follow-up; GMC 2024 ¶13c and 2013 ¶6 require the GMC's prescribing guidance to be followed \
        online. Prescribing without an established clinical relationship is among the online violations \
        regulators see most often (Greysen 2012).",
    example: "\"I can prescribe Mounjaro for you, just send me your weight\" fires. \"I can't prescribe \
        for you here: please see your GP\" does not.",
    how_to_fix: "Delete the offer. If you run a remote service, advertise the consultation (without \
        naming prescription medicines) and make sure every prescription follows a proper assessment.",
};

static OFFER_TO_PRESCRIBE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:i|we)\s*(?:[’']ll|\s+will|\s+can|\s+could|[’']d\s+be\s+happy\s+to|\s+am\s+happy\s+to|[’']m\s+happy\s+to|\s+are\s+happy\s+to|[’']re\s+happy\s+to)\s+(?:easily\s+|just\s+|quickly\s+|happily\s+)?(?:prescribe|(?:do|knock)\s+(?:you|u)\s+(?:up\s+)?(?:a\s+)?(?:private\s+|quick\s+)?(?:script|prescription|rx)|write\s+(?:you\s+|u\s+)?(?:up\s+)?(?:a\s+)?(?:script|prescription|rx)|send\s+(?:you\s+|u\s+)?(?:a\s+|the\s+)?(?:private\s+|online\s+|repeat\s+|quick\s+)?(?:script|prescription|rx)|sort\s+(?:you\s+|u\s+)?(?:out\s+)?(?:with\s+)?(?:a\s+)?(?:private\s+|online\s+|repeat\s+|quick\s+)?(?:script|prescription|rx)|get\s+(?:you\s+|u\s+)?(?:a\s+)?(?:private\s+|online\s+|repeat\s+|quick\s+)?(?:script|prescription|rx))\b|\b(?:(?:i|we)\s+(?:still\s+|now\s+|also\s+|happily\s+|do\s+)?|still\s+|now\s+|happily\s+)prescrib(?:e|ing)\s+(?:[\w-]+\s+){0,3}?(?:privately|to\s+(?:friends|followers|anyone|everyone|clients)|for\s+(?:anyone|everyone|friends|followers))\b",
    )
});
static ASK_FOR_SCRIPT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:dm|pm|message|inbox|whatsapp|text)\s+(?:me|us)\s+(?:for\s+)?(?:a\s+|your\s+)?(?:script|prescription|rx)s?\b|\b(?:prescriptions?|scripts?)\s+(?:in|within)\s+(?:minutes|\d+\s+(?:mins?|minutes|hours?))|\bno\s+(?:consultation|face[\s-]to[\s-]face|video\s+call|gp\s+appointment|appointment|questions\s+asked|medical\s+history)\s+(?:needed|required|necessary)\b|\b(?:skip|no\s+need\s+for|bypass|avoid)\s+(?:the\s+)?(?:gp|doctor[’']?s?\s+(?:appointment|visit)|waiting\s+list)\b|\bno\s+need\s+for\s+(?:a\s+|the\s+|any\s+)?(?:video\s+call|consultation|consult|face[\s-]to[\s-]face|phone\s+call)\b|\bfill\s+in\s+the\s+(?:form|questionnaire)\s+and\s+(?:i[’']ll|we[’']ll|i\s+will|we\s+will)\s+(?:get|send|post|courier)\b|\b(?:consultation|assessment)\s+(?:is\s+)?(?:by|via)\s+(?:online\s+)?(?:form|questionnaire)\s+only\b|\b(?:quick|short|simple|online)\s+(?:online\s+)?(?:form|questionnaire)\s+only\b|\b(?:scripts?|prescriptions?)\s+sorted\s+(?:same[\s-]day|today|tonight|in\s+(?:minutes|an\s+hour|\d+))",
    )
});
static CONSULTATION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:appointments?|consultations?|assessments?|medication\s+reviews?|video\s+calls?|face[\s-]to[\s-]face|come\s+in|see\s+you|examine|examination)\b",
    )
});
static NO_NEED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:no\s+need\s+(?:to|for)|without|skip|no|can[’']?t\s+get|cannot\s+get|couldn[’']?t\s+get|struggling\s+to\s+get|(?:fed\s+up\s+|sick\s+of\s+|tired\s+of\s+)?waiting\s+(?:\w+\s+){0,2}for)\s*(?:a\s+|an\s+|the\s+|to\s+|your\s+|gp\s+)?$",
    )
});
static SEND_DETAILS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:send|dm|message|whatsapp|text|tell|give)\s+(?:me\s+|us\s+)?(?:your\s+|a\s+)?(?:weight|height|bmi|date\s+of\s+birth|dob|photo|pic|picture|selfie|details|symptoms)\b",
    )
});
static PRESCRIBING_CONTEXT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:prescri\w+|scripts?|rx|sort\s+(?:it|you)|i[’']?ll\s+(?:sort|send|post)|pens?|tablets?|meds|medication|dose)\b",
    )
});
/// Services the writer points someone to, whose walk-in access is not the writer prescribing.
static OTHER_SERVICE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:a|your|the|any|local|community|most|many|some|all|participating|high\s+street|nhs)\s+(?:local\s+|community\s+|high\s+street\s+)?(?:pharmacist|pharmacy|pharmacies|chemist)s?|pharmacy\s+first|nhs\s*111|111\s+online|walk-in\s+(?:centre|center|clinic)|minor\s+injur\w+|urgent\s+(?:care|treatment)\s+(?:centre|center)|(?:your|a)\s+(?:gp|practice\s+nurse|sexual\s+health\s+clinic))\b",
    )
});
/// "skip your GP", "instead of a pharmacist": the service is being bypassed, not pointed to.
static BYPASSED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:skip|skipping|instead\s+of|no\s+need\s+for|bypass\w*|forget|without|than|not|waiting\s+(?:on|for)|get\s+(?:in\s+)?(?:with|to\s+see))\s*$",
    )
});
/// A vaccination clinic or drop-in: open access to a jab, not a prescription without assessment.
static VACCINATION_SESSION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:flu|covid|booster|rsv|shingles|pneumo\w*|mmr|vaccin\w*|immuni[sz]ation)\s+(?:jab\s+|vaccine\s+)?(?:clinics?|sessions?|drop[\s-]?ins?|days?))\b",
    )
});

static WARNING_FRAME: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:dangerous|beware|illegal|unsafe|warning|scam\w*|never|shouldn[’']?t|should\s+not|don[’']?t\s+(?:use|trust|buy)|avoid|rogue|irresponsible|worrying|concerning|sites?\s+that|pharmacies\s+that|companies\s+that|clinics\s+that|apps?\s+that)\b",
    )
});

impl Rule for RemotePrescribing {
    fn meta(&self) -> &'static RuleMeta {
        &REMOTE_PRESCRIBING
    }

    fn check(&self, r: &Record, _cx: &Context, out: &mut Vec<Finding>) {
        let Some(voice) = judge::voice(r) else { return };
        if voice == Voice::Shared {
            return;
        }
        let text = &r.text;
        let analysis = judge::analysis(r);
        let meds = &analysis.meds;
        let mut evidence: Vec<Evidence> = Vec::new();
        let mut what: Vec<&str> = Vec::new();
        let keep = |s: usize, e: usize| {
            !stance::is_others_words(text, s, e)
                && !stance::in_question(text, s)
                && !stance::negated_before(text, s)
        };
        // An offer to prescribe after an appointment or assessment is an ordinary service.
        let consultation_offered = CONSULTATION.find_iter(text).any(|m| {
            !stance::negated_before(text, m.start())
                && !NO_NEED.is_match(crate::detect::phrases::lead_in(text, m.start(), 30))
        });
        for m in OFFER_TO_PRESCRIBE.find_iter(text) {
            if keep(m.start(), m.end()) && !consultation_offered {
                evidence.push(judge::span(r, m.start(), m.end(), "offer_to_prescribe"));
                what.push("offers to prescribe");
            }
        }
        let warning = WARNING_FRAME.is_match(text);
        // "Flu vaccine clinic this Saturday… no appointment needed": a vaccination session.
        let vaccination = VACCINATION_SESSION.is_match(text);
        for m in ASK_FOR_SCRIPT.find_iter(text) {
            if vaccination {
                continue;
            }
            // "A pharmacist can see you today, no appointment needed": someone else's open door,
            // in the same sentence or the one before ("ask your pharmacist. No appointment needed").
            let (ss, se) = sentence_around(text, m.start());
            let ss = if ss > 0 {
                sentence_around(text, ss.saturating_sub(2)).0
            } else {
                ss
            };
            let sentence = text.get(ss..se).unwrap_or("");
            let elsewhere = OTHER_SERVICE.find_iter(sentence).any(|o| {
                let before = sentence
                    .get(o.start().saturating_sub(16)..o.start())
                    .unwrap_or("");
                !BYPASSED.is_match(before)
            });
            if !warning && !elsewhere && keep(m.start(), m.end()) {
                evidence.push(judge::span(
                    r,
                    m.start(),
                    m.end(),
                    "prescription_without_consultation",
                ));
                what.push("offers prescriptions without a consultation");
            }
        }
        let prescribing_here = !meds.is_empty() || PRESCRIBING_CONTEXT.is_match(text);
        if prescribing_here && (!evidence.is_empty() || !meds.is_empty()) {
            for m in SEND_DETAILS.find_iter(text) {
                if keep(m.start(), m.end()) && !warning {
                    evidence.push(judge::span(
                        r,
                        m.start(),
                        m.end(),
                        "details_instead_of_assessment",
                    ));
                    what.push("asks for details in place of an assessment");
                }
            }
        }
        if evidence.is_empty() {
            return;
        }
        // "Send me your weight" alone, with a medicine but no offer, is weaker.
        let only_details = what.iter().all(|w| w.starts_with("asks"));
        if only_details && meds.is_empty() {
            return;
        }
        if let Some(m) = meds.first() {
            evidence.push(judge::span(r, m.start, m.end, "prescription_only_medicine"));
        }
        what.dedup();
        let severity = if only_details {
            Severity::Medium
        } else {
            Severity::High
        };
        let confidence = if only_details { 0.6 } else { 0.82 };
        let (severity, confidence) = judge::weigh(voice, severity, confidence);
        let f = Finding::new(
            &REMOTE_PRESCRIBING,
            r,
            format!(
                "{} {}",
                if judge::is_one_to_one(r) { "Message" } else { "Post" },
                what.join(" and ")
            ),
            evidence,
            Action::new(
                ActionKind::Delete,
                format!(
                    "Delete this {}: prescriptions need a proper consultation, not a message; point the \
                     person to their GP or a regulated service.",
                    judge::kind_noun(r)
                ),
            ),
        );
        out.push(f.graded(severity, confidence));
    }
}

// ---------------------------------------------------------------------------------------------------

/// PRE003: coaching people to obtain, stockpile, share or buy prescription medicines outside a
/// prescription.
pub struct ObtainingMedicines;

static OBTAINING_MEDICINES: RuleMeta = RuleMeta {
    code: "PRE003",
    name: "obtaining-medicines-outside-prescription",
    category: Category::Prescribing,
    severity: Severity::High,
    confidence: 0.75,
    summary: "Coaching people to obtain, stockpile, share or buy prescription medicines without a prescription",
    guidance: PRESCRIBING_GUIDANCE,
    what_it_finds: "The account holder telling readers how to get a prescription-only medicine outside \
        a proper assessment: what to say to the GP or pharmacist to be given it (\"say you have \
        asthma\"), keeping a supply at home just in case (\"keep a pack of Ventolin even if you're not \
        asthmatic\", \"stock up on antibiotics before your holiday\"), taking someone else's or leftover \
        medicine (\"use your mum's inhaler\"), or buying it online or from a friend without a \
        prescription (\"get some modafinil online\"). Warnings about doing these things (\"never buy \
        pens online\") do not fire.",
    why_it_matters: "GMC 2024 ¶13c sends doctors who propose medicines online to the prescribing \
        guidance, which rests on an assessment of the person who will take the medicine; advice that \
        routes around that assessment (misreporting symptoms, stockpiling, sharing, unregulated \
        sellers) puts readers at risk and undermines trust in the profession.",
    example: "\"Tell the pharmacist you've had it before and they'll sell you the inhaler\" fires. \
        \"Never take leftover antibiotics: ask a pharmacist\" does not.",
    how_to_fix: "Delete the post or message. If the point is access to treatment, tell readers how to \
        get an assessment (GP, NHS 111, pharmacy first).",
};

/// A warning against the very thing: "never buy pens online", "don't share antibiotics".
static OBTAIN_WARNING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:never|don[’']?t|do\s+not|please\s+don[’']?t|avoid|shouldn[’']?t|should\s+not|stop)\s+(?:\w+\s+)?(?:buy\w*|order\w*|shar\w+|stockpil\w+|lying|lie|pretend\w*|tak\w+\s+(?:someone|other|leftover|old|your\s+\w+[’']s)|us\w+\s+(?:someone|other|leftover))\b|\b(?:dangerous|illegal|unsafe|beware|scam\w*|counterfeit|fake)\b",
    )
});

/// More coaching, in a pattern of its own beside [`COACHING`]: "say the pain is 8/10 and keeping
/// you off work", "that's the magic phrase", "ask a mate on the rota to write you a couple".
static COACHING_MORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:just\s+)?(?:say|tell\s+(?:them|him|her|the\s+(?:gp|doctor|pharmacist)|your\s+(?:gp|doctor)))\s+(?:that\s+)?(?:the|your)\s+(?:pain|symptoms?|cough|sleep|anxiety|mood|itch(?:ing)?|rash|flare[\s-]?ups?)\s+(?:is|are|has\s+been|have\s+been)\s+(?:\d+\s*/\s*10|really|unbearable|severe|constant|awful|terrible|keeping|stopping|ruining|affecting)|\b(?:that[’']?s|it[’']?s|those\s+are|these\s+are|that\s+is)\s+the\s+magic\s+(?:words?|phrase|line|sentence)\b|\bask\s+(?:a|your|one\s+of\s+your)\s+(?:mate|friend|colleague|pal|buddy)s?\s+(?:on\s+the\s+rota\s+|at\s+work\s+|on\s+the\s+ward\s+)?to\s+(?:write|script|prescribe|sort)\s+(?:you|it|them|one)\b",
    )
});

/// "Say you have asthma", "tell them you've had it before", "pretend you're diabetic", "tell your
/// GP it's for your acne", "say it started in the last 48 hours", "ask for sertraline by name".
static COACHING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:just\s+)?(?:say|tell\s+(?:them|him|her|the\s+(?:gp|pharmacist|doctor|chemist|nurse|receptionist)|your\s+(?:gp|doctor|pharmacist))|pretend|claim|make\s+out|act\s+like)\s+(?:that\s+)?(?:you\s+(?:always\s+|usually\s+|often\s+|really\s+)?(?:have|[’']ve\s+got|have\s+got|are|had|suffer\s+(?:from|with)|get|feel|felt|can[’']?t|need)|you[’']ve\s+(?:got|had|felt|been|tried)|you[’']re|your\s+\w+\s+(?:is|has)|it[’']s\s+for|it[’']s\s+[\x22“']?(?:shift|chronic|really|been|a\s+\w+\s+(?:disorder|condition|infection))|it\s+(?:started|began|came\s+on)|it[’']s\s+(?:leaving|causing|affecting|ruining|stopping|keeping)|(?:\w+\s+){1,3}(?:have|has)\s+done\s+nothing)\b|\bask\s+for\s+(?:it|them|[\w-]+(?:\s+\d+\s?mg)?)\s+by\s+name\b|\b(?:those|these|that)\s+(?:are|is)\s+the\s+magic\s+words?\b|\bthey[’']ll\s+(?:usually\s+|always\s+|normally\s+)?(?:cave|give\s+in|fold)\b",
    )
});
/// Told to a prescriber by name: "tell your GP…", "say … to the pharmacist".
static TO_PRESCRIBER: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(?:gp|doctor|pharmacist|chemist|nurse|receptionist|prescriber)s?\b")
});
static SUPPLY_CONTEXT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:pharmac\w+|chemists?|sell|sold|prescri\w+|scripts?|get\s+(?:it|them|one|some)|give\s+(?:you|it)|hand\s+(?:it|them)\s+over|dispense)\b",
    )
});
/// Keeping a supply "just in case", "even if you're not asthmatic"; "stock up on", "stockpile" say it
/// by themselves.
static STOCKPILE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:stock\s+up\s+on|stockpil(?:e|ing)|hoard(?:ing)?)\b|\b(?:keep|stock\s+up\s+on|stockpile|hoard|have|get|carry)\s+(?:a\s+(?:pack|box|supply|course|stash|spare|couple)\s+(?:of\s+)?|some\s+|spare\s+|a\s+few\s+)[^.!?\n]{0,40}?\b(?:at\s+home|in\s+(?:the|your)\s+(?:bathroom\s+|kitchen\s+|medicine\s+|first[\s-]aid\s+)?(?:cupboard|drawer|bag|car|cabinet)|just\s+in\s+case|for\s+emergencies|in\s+reserve|before\s+(?:your|the)\s+(?:holiday|trip)|even\s+if\s+you[’']?re\s+not|you\s+never\s+know)\b",
    )
});
/// A supply kept for someone who was never prescribed it, or borrowed from a relative: "keep a blue
/// inhaler in the cupboard even if they've never been prescribed one", "borrow a sibling's".
static SUPPLY_WITHOUT_PRESCRIPTION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:keep|have|get|carry|stash)\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:inhalers?|pens?|epipens?|courses?|packs?|boxes?)\b[^.!?\n]{0,60}?\b(?:in\s+(?:the|your)\s+(?:cupboard|drawer|bag|car|cabinet)|just\s+in\s+case|even\s+if\s+(?:they|you|he|she)(?:[’']ve|\s+have|[’']re|\s+are|\s+has|[’']s)?\s+(?:never|not))\b|\bborrow\s+(?:a|your|their|his|her)\s+(?:sibling|brother|sister|mum|dad|mate|friend|partner|nan|gran)[’']?s\b",
    )
});

/// "Get some online", "order it from abroad", "a mate at the gym sells it".
static UNREGULATED_SOURCE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:get|buy|order|grab|source|pick\s+up)\s+(?:some|it|them|yours|a\s+\w+)?\s*(?:\w+\s+){0,2}?(?:online|off\s+(?:the\s+)?(?:internet|web|amazon|ebay)|from\s+(?:abroad|turkey|india|a\s+website|a\s+mate|a\s+friend|the\s+gym|telegram|instagram|tiktok)|from\s+(?:the\s+|an?\s+|those\s+|these\s+)?(?:indian|turkish|mexican|thai|chinese|overseas|foreign|offshore|online|internet|dodgy|cheap)\s+(?:online\s+)?(?:pharmac\w+|sites?|websites?|chemists?|sellers?|suppliers?|shops?)|on\s+the\s+dark\s*web|without\s+(?:a\s+)?(?:prescription|script)|no\s+(?:questions\s+asked|prescription\s+needed|script\s+needed))\b|\b(?:a\s+few|some|a\s+couple(?:\s+of)?|one\s+or\s+two|a\s+handful\s+of)\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:from|off|of)\s+(?:a\s+mate|a\s+friend|your\s+(?:mum|mate|friend|partner|nan|gran|sister|brother|dad|other\s+half)|a\s+neighbou?r|a\s+colleague)[’']?s?\b[^.!?\n]{0,30}?\b(?:won[’']?t\s+hurt|will\s+(?:be\s+fine|do|help|sort)|is\s+(?:fine|ok|okay)|does\s+(?:the\s+job|no\s+harm)|never\s+hurt)",
    )
});

/// Things bought that are not medicines: "a fingertip oximeter", "a BP cuff", "test strips".
static DEVICE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:oximeters?|thermometers?|(?:bp|blood\s+pressure)\s+(?:monitors?|machines?|cuffs?)|monitors?|cuffs?|test(?:ing)?\s+(?:kits?|strips?)|strips|spacers?|glucometers?|scales|plasters|bandages?|braces?|splints?|slings?|crutches|humidifiers?|masks|gloves|books?)\b",
    )
});

impl Rule for ObtainingMedicines {
    fn meta(&self) -> &'static RuleMeta {
        &OBTAINING_MEDICINES
    }

    fn check(&self, r: &Record, _cx: &Context, out: &mut Vec<Finding>) {
        let Some(voice) = judge::voice(r) else { return };
        if voice == Voice::Shared && r.kind != Kind::Repost {
            return;
        }
        let text = &r.text;
        let analysis = judge::analysis(r);
        let meds = &analysis.meds;
        if meds.is_empty() {
            return;
        }
        let warning = OBTAIN_WARNING.is_match(text);
        let keep = |s: usize, e: usize| {
            !stance::is_others_words(text, s, e)
                && !stance::in_question(text, s)
                && !stance::negated_before(text, s)
                && !stance::debunking_near(text, s, e)
        };
        let near_med = |s: usize, e: usize, radius: usize| {
            meds.iter()
                .filter(|m| judge::distance((m.start, m.end), (s, e)) <= radius)
                .min_by_key(|m| judge::distance((m.start, m.end), (s, e)))
        };
        let mut found: Vec<(usize, usize, &'static str, &MedicineMention)> = Vec::new();
        for m in COACHING
            .find_iter(text)
            .chain(COACHING_MORE.find_iter(text))
        {
            let (ws, we) = crate::detect::phrases::window(text, m.start(), m.end(), 160);
            let context = text.get(ws..we).unwrap_or("");
            if !warning
                && keep(m.start(), m.end())
                && (SUPPLY_CONTEXT.is_match(context) || TO_PRESCRIBER.is_match(context))
            {
                if let Some(med) = near_med(m.start(), m.end(), 200) {
                    found.push((m.start(), m.end(), "coaching_to_obtain", med));
                }
            }
        }
        for m in STOCKPILE.find_iter(text) {
            if !warning && keep(m.start(), m.end()) {
                if let Some(med) = near_med(m.start(), m.end(), 60) {
                    found.push((m.start(), m.end(), "stockpiling", med));
                }
            }
        }
        for m in SUPPLY_WITHOUT_PRESCRIPTION.find_iter(text) {
            if !warning && keep(m.start(), m.end()) {
                if let Some(med) = near_med(m.start(), m.end(), 80) {
                    found.push((m.start(), m.end(), "stockpiling", med));
                }
            }
        }
        for m in UNREGULATED_SOURCE.find_iter(text) {
            // "get a fingertip oximeter off amazon": the thing bought is a device, not a medicine.
            if DEVICE.is_match(m.as_str()) {
                continue;
            }
            if !warning && keep(m.start(), m.end()) {
                if let Some(med) = near_med(m.start(), m.end(), 60) {
                    found.push((m.start(), m.end(), "unregulated_source", med));
                }
            }
        }
        let Some(&(s, e, what, med)) = found.first() else {
            return;
        };
        let mut severity = Severity::High;
        if !judge::is_broadcast(r) {
            severity = judge::step_down(severity);
        }
        let (severity, confidence) = judge::weigh(voice, severity, 0.75);
        let mut evidence = vec![judge::span(
            r,
            med.start,
            med.end,
            "prescription_only_medicine",
        )];
        for (fs, fe, w, _) in found.iter().take(3) {
            evidence.push(judge::span(r, *fs, *fe, *w));
        }
        let described = match what {
            "coaching_to_obtain" => "coaches readers on what to say to be given",
            "stockpiling" => "tells readers to keep a supply of",
            _ => "tells readers to get, without a prescription,",
        };
        let f = Finding::new(
            &OBTAINING_MEDICINES,
            r,
            format!(
                "{} {described} '{}'",
                if judge::is_one_to_one(r) {
                    "Message"
                } else {
                    "Post"
                },
                med.name
            ),
            evidence,
            Action::new(
                ActionKind::Delete,
                format!(
                    "Delete this {}: '{}' needs an assessment by the person's own prescriber; \
                     point readers to their GP, NHS 111 or a pharmacy instead.",
                    judge::kind_noun(r),
                    judge::words(r, s, e)
                ),
            ),
        );
        out.push(f.graded(severity, confidence));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Kind;

    fn remote(text: &str) -> bool {
        !crate::rules::testing::findings(
            &RemotePrescribing,
            &crate::rules::testing::public(Kind::Reply, text),
        )
        .is_empty()
    }

    fn recommends(text: &str) -> bool {
        !crate::rules::testing::findings(
            &MedicineRecommended,
            &crate::rules::testing::public(Kind::Post, text),
        )
        .is_empty()
    }

    #[test]
    fn a_go_to_a_viewers_question_waved_away_guidance_and_short_names_are_advice() {
        for t in [
            "Shin splints?? my go to: naproxen 500mg twice a day for a week plus voltaren gel morning and night. works every time",
            "Q from a viewer after Tuesday's show: what should I take for hay fever? A: fexofenadine 180mg once a day plus beclometasone nasal spray, 2 puffs each nostril morning and night.",
            "Hot take from a Dundee GP: everyone over 50 should just be on 75mg aspirin a day, I don't care what SIGN or NICE say. Go buy it.",
            "tbh if its cellulitis and u can't get seen, fluclox 500mg qds for 7 days is what any GP would give you.",
            "Everyone in the UK should be on 4000 IU vit D a day from Oct to March, no need to bother with a blood test first",
            "Can't tolerate metformin? Swap it for berberine 500mg three times a day with meals. I'd take it over half the stuff in the BNF",
        ] {
            assert!(recommends(t), "{t}");
        }
        for t in [
            "My go-to for shin splints: rest, ice and a proper gait assessment. No tablets needed.",
            "NICE says aspirin 75mg a day is no longer for primary prevention in over 50s, so don't start it without a chat with your GP.",
            "Q from a viewer: is fexofenadine better than cetirizine? Honestly, ask your pharmacist which suits you.",
            "#runningtips: warm up properly, build mileage slowly and get your trainers fitted.",
        ] {
            assert!(!recommends(t), "{t}");
        }
    }

    #[test]
    fn doses_set_for_a_crowd_a_bare_strength_and_a_tips_ceiling() {
        for t in [
            "for the norovirus doing the rounds - adults take 10mg domperidone 3 times a day",
            "If you can't sleep before a set of nights, temazepam 10 the night before works a treat",
            "if the nerves are that bad before your viva, propranolol 40mg an hour before",
            "cluster headache crew: zolmitriptan 5mg at the first sign, repeat after 2 hrs, max 10mg a day. you're welcome",
            "For those friends who have asked about their coughs: doxycycline 100mg daily for five days is usually enough",
        ] {
            assert!(recommends(t), "{t}");
        }
        for t in [
            "Reminder: paracetamol is max 4g a day in adults, ask your pharmacist if unsure",
            "My consultant put me on propranolol 40mg for my tremor, early days",
        ] {
            assert!(!recommends(t), "{t}");
        }
    }

    #[test]
    fn pointing_to_a_walk_in_service_is_not_remote_prescribing() {
        assert!(!remote(
            "Sorry, can't help with meds on here. Your local pharmacy can sort hay fever tablets, no appointment needed."
        ));
        assert!(remote(
            "Skip your GP, no appointment needed: DM me for a script for your tablets"
        ));
    }

    #[test]
    fn prescribing_offered_privately_or_on_a_form_is_remote_prescribing() {
        for t in [
            "Still prescribing ivermectin privately for anyone who wants it. Ask me how",
            "I prescribe Mounjaro to friends and followers, message for the price list",
            "Finasteride scripts sorted same day, consultation by form only",
            "Wegovy pens in stock, posted next day, £149. Quick online questionnaire only",
        ] {
            assert!(remote(t), "{t}");
        }
        for t in [
            "I prescribe antidepressants most days in general practice, and I still think exercise is underrated",
            "We now prescribe HRT in our menopause clinic after a full consultation with one of our GPs",
            "The form only takes two minutes: help us improve our flu clinic",
            "Scripts sorted, rota done, coffee number three. Happy Friday from the practice!",
        ] {
            assert!(!remote(t), "{t}");
        }
    }

    #[test]
    fn a_vaccination_clinic_with_no_appointment_needed_is_not_prescribing() {
        assert!(!remote(
            "Flu vaccine clinic at Tobermory surgery this Saturday, 9 till 1, for over-65s and pregnant women. Free on the NHS, no appointment needed."
        ));
    }

    #[test]
    fn a_pen_couriered_after_a_form_with_no_call_is_remote_prescribing() {
        assert!(remote(
            "no need for a video call, just fill in the form and I'll get the pen couriered out tomorrow. Start on 2.5 for 4 weeks"
        ));
        assert!(!remote(
            "Fill in the form and we'll book you a video call with the prescriber before anything is sent"
        ));
    }

    fn recommended_by_message(text: &str) -> bool {
        let mut r = crate::rules::testing::public(Kind::Message, text);
        r.audience = crate::model::Audience::Private;
        !crate::rules::testing::findings(&MedicineRecommended, &r).is_empty()
    }

    #[test]
    fn a_message_setting_a_dose_counts_without_the_medicine_named() {
        for t in [
            "Yes your dose is too high. Drop to 75 micrograms and I'll see you in clinic",
            "Go up to 5mg after 4 weeks, just message me here",
            "2.5mg to start, £150 a month, I'll post it",
            "Give him Calpol every 4 hours and bring him in at 8",
        ] {
            assert!(recommended_by_message(t), "{t}");
        }
        for t in [
            "My dose went up to 10mg last week, feeling better",
            "The rota goes up to 10 shifts next month",
            "Should I go up to 10mg?",
            "I'm down to 75kg now!",
        ] {
            assert!(!recommended_by_message(t), "{t}");
        }
        // In public the same words are not addressed to anyone in particular.
        let post = crate::rules::testing::public(Kind::Post, "Go up to 5mg after 4 weeks");
        assert!(crate::rules::testing::findings(&MedicineRecommended, &post).is_empty());
    }

    fn obtaining(text: &str) -> bool {
        !crate::rules::testing::findings(
            &ObtainingMedicines,
            &crate::rules::testing::public(Kind::Post, text),
        )
        .is_empty()
    }

    #[test]
    fn session_36_the_gp_gamed_and_an_inhaler_kept_for_a_child_never_prescribed_one() {
        for t in [
            "Ski trip packing tip from an ED doc: ask your GP for a 'just in case' course of co-amoxiclav and a week of pred. Say you always get chesty in winter, they'll usually cave",
            "If your GP keeps fobbing you off, tell them it's leaving scars and you've been feeling really low. Those are the magic words, they'll have to refer you for Roaccutane then.",
            "Parents of wheezy toddlers: keep a blue inhaler in the cupboard even if they've never been prescribed one (borrow a sibling's!) and give 10 puffs through a spacer",
        ] {
            assert!(obtaining(t), "{t}");
        }
        for t in [
            "Keep your child's blue inhaler in their school bag and a spare at home, and check the expiry date",
            "Say you always get chesty in winter and the GP will check your chest, which is exactly what should happen",
            "If your child has never been prescribed an inhaler, don't borrow a sibling's: get them seen",
        ] {
            assert!(!obtaining(t), "{t}");
        }
    }

    #[test]
    fn a_friends_medicine_offered_as_harmless_is_obtaining() {
        assert!(obtaining(
            "Struggling to sleep? A few zopiclone from a mate won't hurt for a week or two"
        ));
        assert!(!obtaining(
            "A few tips from a mate won't hurt: dark room, no screens, same bedtime"
        ));
        assert!(!obtaining(
            "Never take a few zopiclone from a mate, even if it seems harmless"
        ));
    }

    fn recommended(text: &str) -> bool {
        !crate::rules::testing::findings(
            &MedicineRecommended,
            &crate::rules::testing::public(Kind::Reply, text),
        )
        .is_empty()
    }

    /// MedicineRecommended on a public post the owner wrote.
    fn post(text: &str) -> bool {
        !crate::rules::testing::findings(
            &MedicineRecommended,
            &crate::rules::testing::public(Kind::Post, text),
        )
        .is_empty()
    }

    #[test]
    fn alternating_maxing_out_borrowing_or_dropping_back_is_a_dose_set_for_the_reader() {
        for t in [
            "@jo if her temp wont come down after calpol just alternate with nurofen every 2 hrs and max out both, don't bother ringing 111",
            "FY2 here - for mounjaro nausea ask for ondansetron 4mg, or just drop back to 2.5mg and sit there a month",
            "can't get your HRT? 2 pumps oestrogel plus 100mg utrogestan at night, borrow a friend's if you have to",
        ] {
            assert!(recommended(t), "{t}");
        }
        for t in [
            "Please don't alternate calpol and nurofen without checking the doses with your pharmacist",
            "I had to drop back to 2.5mg of mounjaro myself, the nausea was grim",
            "Never borrow a friend's HRT, the shortage is awful but ask your pharmacist about alternatives",
        ] {
            assert!(!recommended(t), "{t}");
        }
    }

    #[test]
    fn a_kit_a_hack_a_bare_strength_or_a_reader_called_by_name() {
        for t in [
            "Night shift hack: 7.5mg zopiclone + 3mg melatonin the second you get home, blackout blinds down",
            "My hay fever survival kit: Fexofenadine 180mg every morning plus two squirts of mometasone each nostril. You're welcome x",
            "lads for the DOMS after sunday naproxen 500 twice a day with food, sorted, doctor's orders",
            "Auntie if the chest infection's no better by Friday just start doxycycline, 200mg first day then 100mg once a day for a week",
        ] {
            assert!(post(t), "{t}");
        }
        for t in [
            "I take fexofenadine 180mg every morning from May, it's the only thing that works for me",
            "Auntie please don't take Uncle Raj's leftover antibiotics, see the pharmacist",
            "Ozempic 2024 review: the pens went up to 2mg weekly in the licence",
        ] {
            assert!(!post(t), "{t}");
        }
    }

    #[test]
    fn a_dose_called_out_to_a_group_or_framed_as_a_protocol() {
        for t in [
            "Anyone going to Kenya on elective: Malarone, 1 tab a day starting 2 days before you go and 7 days after you get back",
            "ED doc hangover protocol 🥴 two 400mg ibuprofen, 10mg metoclopramide if you've got any knocking about",
            "That's textbook migraine. Next time take sumatriptan 50mg as soon as it starts",
            "For switching back after nights: melatonin 3mg about 30 min before you want to sleep, 3 nights running",
            "To everyone who's been asking me in the shop: fexofenadine 180mg every morning plus Beconase, two sprays each nostril twice a day",
        ] {
            assert!(post(t), "{t}");
        }
        for t in [
            "Malarone is usually 1 tab a day for travellers, starting 2 days before travel (NaTHNaC guidance).",
            "PSA: codeine 30mg is not safe when breastfeeding, speak to your midwife about pain relief",
            "Anyone going to Kenya on elective: book the travel clinic 8 weeks ahead, they'll sort your malaria tablets",
        ] {
            assert!(!post(t), "{t}");
        }
    }

    #[test]
    fn doses_bumped_grabbed_given_by_nurses_or_shared_as_a_stack() {
        for t in [
            "doc here. tbh just bump ur sertraline up to 100 urself and give it 2-3 wks",
            "@jen_k92 that's textbook migraine tbh 😬 grab sumatriptan 50 from boots, take another after 2hrs if it's not shifted",
            "@carer_k2 so sorry about your dad. If his breakthrough pain isn't controlled, get the district nurses to give 10mg Oramorph hourly as needed",
            "Doc's marathon race-day stack 🏃 400mg ibuprofen before the gun, another 400 at halfway, gel every 40 mins",
            "PSA before ur long haul ✈️ 75mg aspirin the morning of the flight = cheap DVT insurance. trust me I'm a doctor 😉",
            "For croup we give dexamethasone 0.15mg per kg in ED. If you've got any left from last time that's the dose",
            "For anyone whose kids have got this vomiting bug, I gave mine ondansetron 4mg and it stopped it dead. Can drop a couple round if anyone's desperate",
            "Sounds like gout to me! Ask the surgery for colchicine, 500 micrograms two or three times a day till it settles",
        ] {
            assert!(recommended(t), "{t}");
        }
        for t in [
            "Ibuprofen before a marathon raises the risk of kidney injury: please don't take it before the race",
            "Grab the 8 bus to the hospital, the car park is full",
            "My race-day stack: gels every 40 minutes and water at every station, nothing else",
        ] {
            assert!(!recommended(t), "{t}");
        }
    }

    #[test]
    fn your_gp_saying_the_same_vouches_for_the_advice_rather_than_redirecting() {
        assert!(recommended(
            "Eczema flaring? Just get Betnovate on it twice a day for a week, your GP will only say the same anyway"
        ));
        assert!(recommended(
            "just double your sertraline to 100mg for a fortnight, the GP will only tell you the same"
        ));
        assert!(!recommended(
            "Your GP will say the same: rest, fluids and paracetamol. Antibiotics won't help a cold."
        ));
        assert!(!recommended(
            "Don't double your sertraline yourself, your GP can talk it through with you"
        ));
    }

    #[test]
    fn doses_raised_applied_or_handed_over_are_recommendations() {
        for t in [
            "@annie if 50 isn't touching it, just bump yourself up to 100mg of sertraline",
            "@lucy 1% hydrocortisone won't touch that. Use Dermovate on your face twice a day for a month",
            "@becky I've got trimethoprim left over from mine, 200mg twice a day for 3 days. Will leave them in your porch later",
            "@rach I've got spare pred from my last flare, 40mg a day for 5 days",
        ] {
            assert!(recommended(t), "{t}");
        }
        for t in [
            "@annie I'd never bump yourself up to 100mg of sertraline without your GP",
            "@sam I've got spare time on Friday if you want to go through the sertraline leaflet together",
            "@lucy use the cream your GP gave you and see them if it doesn't settle",
        ] {
            assert!(!recommended(t), "{t}");
        }
    }

    #[test]
    fn what_to_tell_the_prescriber_to_be_given_a_medicine_is_coaching() {
        for t in [
            "Festival PSA: doxycycline 200mg after unprotected sex. Tell your GP it's for your acne and keep a strip in your bag",
            "Flu doing the rounds. Ring your GP, ask for oseltamivir, and say it started in the last 48 hours even if it didn't",
            "Book an appointment and ask for sertraline 50mg by name. They'll give it to you",
            "Half a zopiclone when you get home from nights. Ask your GP, tell them it's shift work sleep disorder",
            "Keep a box of nitrofurantoin in the bathroom cabinet like I do, just in case",
        ] {
            assert!(obtaining(t), "{t}");
        }
        for t in [
            "Tell your GP about every medicine you take, including doxycycline for your acne",
            "Never say you have asthma to get a salbutamol inhaler: it's dangerous and pharmacists can tell",
        ] {
            assert!(!obtaining(t), "{t}");
        }
    }

    #[test]
    fn a_script_offered_in_place_of_an_appointment_is_remote_prescribing() {
        assert!(remote(
            "Can't get an appointment? DM me your symptoms and I'll send a private prescription, £25"
        ));
        assert!(remote(
            "Jen if your migraines are that bad I can do you a script for propranolol, just let me know"
        ));
        assert!(!remote(
            "The morning after pill is free from most pharmacies in England; no appointment needed."
        ));
    }

    #[test]
    fn foreign_pharmacies_with_no_questions_asked_are_an_unregulated_source() {
        assert!(obtaining(
            "Doctor here. Buy tramadol from the Indian pharmacies online, much cheaper and no questions asked"
        ));
        assert!(!obtaining(
            "Patients who buy tramadol from overseas pharmacies risk getting counterfeit pills"
        ));
        // The thing bought online is a device; the medicine is only turned up.
        assert!(!obtaining(
            "get a fingertip oximeter off amazon and turn her home O2 up to 4L"
        ));
        assert!(recommended(
            "get a fingertip oximeter off amazon and turn her home O2 up to 4L"
        ));
    }

    #[test]
    fn a_dose_told_after_a_handle_or_a_comma_is_a_recommendation() {
        assert!(recommended("@sarah_j89 try sumatriptan 50mg"));
        assert!(recommended(
            "@sarah_j89 that sounds like a migraine, try sumatriptan 50mg and see how you go"
        ));
        assert!(!recommended(
            "We tried sumatriptan 50mg in the trial, and it helped half of them"
        ));
    }

    #[test]
    fn a_dose_after_the_readers_complaint_or_as_the_writers_pick_is_a_recommendation() {
        assert!(recommended(
            "@mia_k for your migraines try sumatriptan 50mg as soon as the aura starts"
        ));
        assert!(recommended(
            "If the sertraline is making you jittery I'd drop back to 25 for a fortnight before going up again"
        ));
        assert!(recommended(
            "My go-to for a chesty cough that won't shift is amoxicillin 500mg tds for 5 days"
        ));
        for t in [
            "My go-to for my own migraines is sumatriptan 50mg twice a day at most, and it changed my life",
            "@jo_b for your exam try the Passmedicine 2000 question bank, it saved me",
            "My go-to for a long night shift is a flat white and 20 minutes' sleep at 3am",
            "If the sertraline is making you jittery that's common at first; talk to whoever prescribed it before changing the dose",
        ] {
            assert!(!recommended(t), "{t}");
        }
    }

    #[test]
    fn no_appointment_needed_after_a_pharmacist_is_their_open_door() {
        assert!(!remote(
            "If you're not sure whether a cold remedy is safe with your usual tablets, ask your community pharmacist. No appointment needed and they really know their stuff."
        ));
        assert!(remote(
            "Fed up waiting for your GP? No consultation needed, message me for a private script"
        ));
    }

    #[test]
    fn a_child_put_on_a_medicine_one_bought_online_or_a_dose_passed_on_as_a_tip() {
        for t in [
            "aw the wee soul!! get him on amoxicillin 250 3x a day for 5 days that'll sort his ear out, ring me if the chemist gives u grief xx",
            "Brothers and sisters, for loose motions in the children just give ciprofloxacin 250mg twice daily for 3 days, works every time",
            "for exam nerves grab propranolol off one of those online pharmacies, 40mg about 30 mins before, got me through finals",
            "anyone with a chesty cough just get doxy 100mg bd for a week, I'll scribble it on a bit of paper for whoever needs it",
            "mamas, melatonin gummies off amazon are a lifesaver, 3mg for the toddler about half hr before bed. doctor approved",
            "Tip for fellow runners before Sunday's marathon: 400mg ibuprofen at the start line and another 400 at halfway. Try it.",
            "@ceri_j87 sounds like migraine - 50mg sumatriptan as soon as it starts, another one after 2 hrs if it comes back.",
        ] {
            assert!(post(t), "{t}");
        }
        for t in [
            "New paper out today: amoxicillin 250mg three times a day for 5 days was as good as 7 days in children's ear infections.",
            "Please don't give him amoxicillin left over from his sister's prescription; the pharmacist can advise.",
            "Doctor approved? No: the melatonin gummies sold online aren't licensed for children. Speak to your GP.",
            "I get my sertraline from Boots every month, 100mg, and it has helped a lot.",
        ] {
            assert!(!post(t), "{t}");
        }
    }

    #[test]
    fn a_relative_told_to_ask_their_gp_for_a_dose() {
        assert!(recommended("Tell ur dad to ask his GP for amlodipine 5mg instead, works way better than the ramipril hes on"));
        assert!(!recommended("Tell ur dad to ask his GP about his blood pressure tablets if the cough is bothering him"));
    }

    #[test]
    fn just_start_it_and_what_i_am_telling_family_to_take() {
        assert!(recommended(
            "GP here. Honestly just start tirzepatide at 2.5mg weekly, bump to 5 after 4 wks"
        ));
        assert!(recommended("what I'm telling friends & family to do if they test positive: aspirin 75mg every morning"));
        assert!(!recommended(
            "Just started tirzepatide myself at 2.5mg weekly, will report back"
        ));
    }

    #[test]
    fn session_29_palliative_and_ear_medicines_and_a_gp_asked_to_try_it() {
        for t in [
            "@grief_n_gin so sorry. for your mam's terminal agitation ask the GP for midazolam 2.5-5mg sc prn",
            "ENT doc here 👋 for swimmer's ear you want Sofradex, 3 drops 3 times a day for a week",
        ] {
            assert!(recommended(t), "{t}");
        }
        assert!(!recommended(
            "so sorry about your mam. the hospice team will sort her comfort meds, ask them about anything that worries you"
        ));
    }

    #[test]
    fn a_readers_question_answered_with_a_regimen_and_a_relative_told_to_double_up() {
        assert!(post(
            "doing a marathon medical and your knee flares up?? naproxen 500mg twice a day for 5 days and it sorts itself out, no need to see anyone"
        ));
        assert!(!post(
            "did my marathon medical and my knee flared up?? naproxen 500mg twice a day for 5 days sorted it, back running now"
        ));
        let group = |t: &str| {
            let mut r = crate::rules::testing::public(Kind::GroupMessage, t);
            r.audience = crate::model::Audience::Group;
            !crate::rules::testing::findings(&MedicineRecommended, &r).is_empty()
        };
        assert!(group(
            "auntie tell uncle to take 2 of the amlodipine 5mg tonight instead of 1 if the machine keeps saying 170"
        ));
        assert!(!group(
            "auntie tell uncle to ring his GP tomorrow about the amlodipine, the machine keeps saying 170"
        ));
    }

    #[test]
    fn session_33_a_regimen_the_reader_is_told_to_get_carry_or_would_do_well_on() {
        for t in [
            "For anyone doing Kili this summer, acetazolamide 250mg twice a day starting 2 days before. ignore the 'start low' stuff",
            "derm doc here 👋 hair shedding? low dose oral minoxidil 2.5mg daily plus spironolactone 100mg. ask ur GP for exactly this combo",
            "just ask ur GP for the 5mg finasteride and cut them into quarters with a pill cutter",
            "Not medical advice but I'm an F2 and honestly sounds like you'd do well on sertraline 50mg. start there, give it 6 weeks",
            "For Aconcagua carry 8mg dexamethasone as a rescue dose and nifedipine MR 20mg 12-hourly if you get HAPE symptoms. Chuck them in your kit and you're sorted.",
            "Mate if the nightmares are that bad ask your GP for prazosin, start 1mg at night and build up to 5mg",
        ] {
            assert!(recommends(t), "{t}");
        }
        for t in [
            "For anyone doing Kili this summer, see a travel clinic about altitude sickness tablets well before you go",
            "I started sertraline 50mg last year and honestly it's what got me through",
        ] {
            assert!(!recommends(t), "{t}");
        }
    }

    #[test]
    fn session_34_the_reader_sent_to_ask_for_a_named_medicine() {
        for t in [
            "@sue_carer62 so sorry, sundowning is brutal. I'd ask her GP for quetiapine 25mg at night, works a treat in my experience",
            "Over 70 with achy joints? Ask for naproxen 500mg twice a day, sooo much better than paracetamol #arthritis",
            "honestly just ask your GP for sertraline 50mg, it's what I'd start anyone on",
            "flying long haul after cancer treatment? I recommend anyone with a cancer history takes aspirin 75mg the day before and the day of travel",
            "@kay ahh migraines are the worst hun 900mg aspirin + 10mg metoclopramide the second it starts, works every time for my lot x",
            "@adhd_jen with the concerta shortage just get them to switch you to Xaggitin XL 36mg, basically identical",
            "tbh guanfacine 1mg at night is the way to go for your anxiety",
        ] {
            assert!(recommends(t), "{t}");
        }
        for t in [
            "Patients ask their GP for antibiotics for every cold and we wonder why resistance is rising",
            "Don't ask for codeine 30mg by name, it gets you flagged as drug seeking",
            "Should I ask my GP for sertraline 50mg or try therapy first?",
            "Ask for a medication review once a year if you're on more than five tablets",
            "I recommend anyone with a cancer history talks to their team before flying",
            "the new guidance on guanfacine 1mg is the way to go for services, says the ICB",
        ] {
            assert!(!recommends(t), "{t}");
        }
    }

    #[test]
    fn session_37_the_pain_scored_for_the_gp_a_magic_phrase_and_a_mate_on_the_rota() {
        for t in [
            "Migraine hack from a neuro doc: tell the GP the pain is 9/10 and stopping you working, that's the magic phrase for sumatriptan on repeat.",
            "After your last night shift take 7.5 of zopiclone. GP being difficult? Ask a mate on the rota to write you a few, everyone does.",
        ] {
            assert!(obtaining(t), "{t}");
        }
        for t in [
            "Be honest with your GP about how bad the pain is: if it's 9/10 say so, sumatriptan isn't for everyone and they'll want the full picture.",
            "Never ask a mate on the rota to write you zopiclone: prescribing for colleagues outside a proper consultation is how people end up at the GMC.",
        ] {
            assert!(!obtaining(t), "{t}");
        }
    }
}

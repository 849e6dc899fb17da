//! Confidentiality: an individual patient discussed or identifiable.
//!
//! GMC 2024 ¶18–20: maintain confidentiality "when using social media of any kind"; the sum of small
//! details can identify a patient; no identifiable information without explicit consent. GMC 2013 ¶14:
//! "You must not use publicly accessible social media to discuss individual patients or their care".
//! Private groups and messages are no safe harbour (GMC 2024 ¶9, GMP ¶93: they "may become public").
//!
//! The rules here read the per-record [`Story`] assessment (who, when, where, what, and what lowers
//! risk) and the identifier detectors, then weigh the record's reach and author:
//! - CONF001 patient narrative in public or semi-public content;
//! - CONF002 NHS / CHI / H&C numbers (valid check digit, layout or context);
//! - CONF003 other direct identifiers of a patient in public content (DOB, hospital number, bed with
//!   a patient, a patient's name or initials, contact details);
//! - CONF004 patient details in direct messages and group chats;
//! - CONF005 jigsaw identification across several posts (the `jigsaw` module);
//! - CONF006 a clinical image of a patient shown without a consent statement.

mod acquainted;
mod addressed;
mod images;
mod incident;
mod jigsaw;
mod messages;
mod own_health;
pub mod story;

use super::guidance::{Guidance, GuidanceSource::*};
use super::verdict::{evidence, is_broadcast, lower, noun, quoted, reach, writer, Reach, Writer};
use super::{Action, ActionKind, Category, Context, CrossRule, Finding, Rule, RuleMeta, Severity};
use crate::detect::gate::Regex;
use crate::detect::{Analysis, Span, SpanKind};
use crate::model::{Kind, Record};
use std::sync::LazyLock;
pub use story::{Individual, Story};

pub fn rules() -> Vec<Box<dyn Rule>> {
    vec![
        Box::new(PatientNarrative),
        Box::new(HealthNumber),
        Box::new(DirectIdentifier),
        Box::new(messages::PatientInMessages),
        Box::new(images::ClinicalImage),
    ]
}

pub fn cross_rules() -> Vec<Box<dyn CrossRule>> {
    vec![Box::new(jigsaw::Jigsaw)]
}

pub(super) const PUBLIC_GUIDANCE: &[Guidance] = &[
    Guidance::cite(Gmc2024, "18"),
    Guidance::cite(Gmc2024, "19"),
    Guidance::cite(Gmc2024, "20"),
    Guidance::cite(Gmp2024, "88"),
    Guidance::cite(Gmc2013, "13"),
    Guidance::cite(Gmc2013, "14"),
];

pub(super) const MESSAGE_GUIDANCE: &[Guidance] = &[
    Guidance::cite(Gmc2024, "9"),
    Guidance::cite(Gmc2024, "18"),
    Guidance::cite(Gmp2024, "88"),
    Guidance::cite(Gmp2024, "93"),
    Guidance::cite(Gmc2013, "12"),
];

/// Kinds without which no individual patient is in the text (cheap gate before the assessment).
pub(super) const INDIVIDUAL_KINDS: &[SpanKind] = &[
    SpanKind::PatientRef,
    SpanKind::PersonRef,
    SpanKind::Occupation,
    SpanKind::KnownPerson,
    SpanKind::AgeSex,
    SpanKind::Age,
    SpanKind::BedRef,
    SpanKind::PatientInitials,
    SpanKind::PatientName,
    SpanKind::TitledName,
    SpanKind::PersonName,
];

/// Kinds that can be a direct identifier of a patient.
pub(super) const DIRECT_KINDS: &[SpanKind] = &[
    SpanKind::PatientInitials,
    SpanKind::PatientName,
    SpanKind::TitledName,
    SpanKind::PersonName,
    SpanKind::DateOfBirth,
    SpanKind::HospitalNumber,
    SpanKind::BedRef,
    SpanKind::PhoneNumber,
    SpanKind::EmailAddress,
    SpanKind::Postcode,
    SpanKind::StreetAddress,
];

pub(super) fn texts<'a>(text: &'a str, spans: &[Span]) -> Vec<&'a str> {
    super::verdict::outer_texts(text, spans)
}

/// Severity, action and confidence adjustments shared by the public-content rules.
pub(super) fn settle(
    f: &mut Finding,
    r: &Record,
    story_mitigated: bool,
    delete_text: String,
    edit_text: String,
) {
    if story_mitigated {
        f.severity = lower(f.severity);
        f.confidence -= 0.2;
    }
    match writer(r) {
        Writer::Owner => {
            f.action = if f.severity == Severity::High {
                Action::new(ActionKind::Delete, delete_text)
            } else {
                Action::new(ActionKind::Edit, edit_text)
            };
        }
        Writer::Repost => {
            f.severity = lower(f.severity);
            f.action = Action::new(
                ActionKind::Delete,
                "Undo this repost: it spreads someone else's account of an identifiable patient.",
            );
        }
        Writer::Other => {
            f.severity = Severity::Low;
            f.confidence -= 0.15;
            f.action = Action::new(
                ActionKind::Review,
                "Someone else wrote this about a patient on your page or thread; review it and remove or hide it if you can.",
            );
        }
    }
    f.finalise();
}

// ---------------------------------------------------------------------------------------------
/// CONF001: one patient's care told in public or semi-public content.
pub struct PatientNarrative;

static PATIENT_NARRATIVE: RuleMeta = RuleMeta {
    code: "CONF001",
    name: "patient-narrative",
    category: Category::Confidentiality,
    severity: Severity::Medium,
    confidence: 0.7,
    summary: "A post tells one patient's story with details that could identify them",
    guidance: PUBLIC_GUIDANCE,
    what_it_finds: "Posts, replies, comments and stories that describe an individual patient (\"my \
        patient\", \"a 67M\", \"the lady in bed 4\", \"Harold in bed 6\", \"Little Maisie, 4,\", or \"a \
        man\" in a clearly clinical story) in one encounter (a clinical verb or setting, or a time such as \
        \"last night\" or \"on my shift\"), with enough quasi-identifiers — time, age and sex, ward or \
        hospital, condition, operation or injury (\"cystectomy\", \"the chainsaw injury\"), a memorable \
        detail or occupation — to add up. A patient given an age or a name together with their \
        condition is enough without a time. Something must say the person is a patient (a clinical \
        word, setting, condition or bed): an age, a name and a day alone are anybody's, and the \
        writer's own family (\"my daughter Ellie, 7\") is not a patient; nor is a public figure whose \
        illness is in the news (a name and a condition with nothing tying them to care). It also finds posts that tie someone the \
        writer cared for to a public incident (\"the M6 pile-up … two of the drivers are in our ICU\", \
        \"that stabbing: I was the registrar who took him to theatre\"), and posts that say a person the \
        readers can place is on the writer's list (\"the county cricket captain, one of my patients\"). General commentary (\"many patients\", \"if a patient…\"), fiction \
        (\"hypothetical\", \"composite case\") and teaching vignettes score lower; a consent or \
        anonymisation statement lowers severity and confidence but never erases names or dates that \
        remain. Severity is high for public content with direct identifiers or many details, medium \
        otherwise; reposts are a step lower; other people's posts are only for review.",
    why_it_matters: "The GMC says you must not use publicly accessible social media to discuss \
        individual patients or their care (2013 ¶14), and that the sum of details can let a patient or \
        someone close to them recognise their case (2024 ¶19). Published cases turned on exactly such \
        details: no name, but the injury, the time and the circumstances.",
    example: "\"Just had a 23yo in resus after a stabbing outside the Red Lion last night\" (fires). \
        \"Many patients with chest pain worry about their heart — here's when to seek help\" (does not).",
    how_to_fix: "Delete the post, or rewrite it as a general point without the age, time, place, \
        condition details and circumstances of the real patient. Share real cases only with the \
        patient's explicit consent and within the GMC's guidance on disclosing for education.",
};

impl Rule for PatientNarrative {
    fn meta(&self) -> &'static RuleMeta {
        &PATIENT_NARRATIVE
    }

    fn check(&self, r: &Record, cx: &Context, out: &mut Vec<Finding>) {
        if !is_broadcast(r) || r.kind == Kind::Profile {
            return;
        }
        let a = cx.analysis(r);
        if let Some(f) = care_discussed_in_public_reply(r, &a) {
            out.push(f);
            return;
        }
        if let Some(f) = care_confirmed(r, &a) {
            out.push(f);
            return;
        }
        if story::about_an_animal(&r.text, &a) {
            return;
        }
        if let Some(f) = narrative(r, &a).or_else(|| incident::incident_care(r, &a)) {
            out.push(f);
        }
    }
}

/// Medium in public content, low in a followers-only or closed space: for findings that say who
/// was a patient without telling their story.
fn medium_if_public(r: &Record) -> Severity {
    if reach(r) == Reach::Public {
        Severity::Medium
    } else {
        Severity::Low
    }
}

/// One patient's story told with enough details to add up (see [`Story`]).
fn narrative(r: &Record, a: &Analysis) -> Option<Finding> {
    // A rare case met in an encounter or in a small place is a patient even with no person
    // word: "the second case of leprosy in Devon walked into my surgery".
    let case_met =
        a.has(SpanKind::NarrativeHook) && a.has_any(&[SpanKind::Encounter, SpanKind::Locality]);
    if !a.has_any(INDIVIDUAL_KINDS) && !a.has(SpanKind::Descriptor) && !case_met {
        return None;
    }
    let story = Story::of(&r.text, a);
    if !story.is_patient_story() || story.own_children {
        return None;
    }
    if own_health::about_the_writer(&r.text, &story) {
        return None;
    }
    if writer(r) == Writer::Other && !a.has(SpanKind::PatientRef) && story.direct.is_empty() {
        return None; // someone telling their own or a relative's story
    }
    let net = story.net();
    let direct = !story.direct.is_empty();
    let mut f = Finding::new(
        &PATIENT_NARRATIVE,
        r,
        format!("describes an individual patient in {}", reach(r).describe()),
        evidence(&r.text, &story.evidence_spans()),
        Action::new(ActionKind::Edit, ""),
    );
    f.severity = if direct || net >= 3.5 {
        Severity::High
    } else {
        Severity::Medium
    };
    if reach(r) == Reach::Followers && !direct && net < 4.5 {
        f.severity = Severity::Medium;
    }
    f.confidence = (0.6 + 0.08 * (net - 2.0)).clamp(0.5, 0.95);
    if story.individual == Individual::Weak {
        f.confidence -= 0.1;
    }
    let removable = story.removable();
    let details = quoted(texts(&r.text, &removable), 5);
    settle(
        &mut f,
        r,
        story.mitigated(),
        format!(
            "Delete this {}: it tells one patient's story ({details}). The GMC says not to discuss individual patients on publicly accessible social media (2013 ¶14).",
            noun(r)
        ),
        format!(
            "Remove the details that point to one patient — {details} — or delete the {}; tell the general lesson without the real case.",
            noun(r)
        ),
    );
    Some(f)
}

/// The doctor confirming in public that someone the readers can name was their patient ("I think I
/// was your anaesthetist!", "a privilege looking after your grandad on Ward 22"). Confirming that a
/// person was a patient is itself a disclosure (GMC 2024 ¶18–20; 2013 ¶14).
fn care_confirmed(r: &Record, a: &Analysis) -> Option<Finding> {
    if writer(r) == Writer::Other || a.has_any(&[SpanKind::Consent, SpanKind::Anonymised]) {
        return None;
    }
    let hit = acquainted::confirmation(&r.text, a)?;
    let mut details: Vec<Span> = vec![hit];
    details.extend(a.of_kinds(&[
        SpanKind::WardRef,
        SpanKind::HospitalName,
        SpanKind::ClinicalSetting,
        SpanKind::Condition,
        SpanKind::Temporal,
        SpanKind::KnownPerson,
    ]));
    details.sort();
    details.dedup();
    let words = quoted(texts(&r.text, &details), 4);
    let mut f = Finding::new(
        &PATIENT_NARRATIVE,
        r,
        format!(
            "confirms in a {} that someone was your patient ({words})",
            noun(r)
        ),
        evidence(&r.text, &details),
        Action::new(ActionKind::Edit, ""),
    );
    f.severity = medium_if_public(r);
    f.confidence = 0.6;
    settle(
        &mut f,
        r,
        false,
        format!(
            "Delete this {}: it tells everyone reading that this person was your patient ({words}). Say it privately, or not at all.",
            noun(r)
        ),
        format!(
            "Take out that you cared for them ({words}), or delete the {}; confirming someone was your patient is a disclosure in itself.",
            noun(r)
        ),
    );
    Some(f)
}

/// Parts of someone's care that only their clinicians would know.
#[rustfmt::skip]
const RECORD_WORDS: &[&str] = &[
    "result", "blood", "scan", "x-ray", "mri", "ct", "smear", "biopsy", "ecg", "level", "sugars",
    "iron", "cholesterol", "thyroid", "referral", "diagnosis", "operation", "stitches", "wound",
    "blood pressure",
];

/// A public reply or comment that discusses the addressee's own care ("your scan was clear", "your
/// bloods are back"): discussing a patient's care with them on publicly accessible social media
/// (GMC 2013 ¶14).
fn care_discussed_in_public_reply(r: &Record, a: &Analysis) -> Option<Finding> {
    if !matches!(r.kind, Kind::Reply | Kind::Comment) || writer(r) != Writer::Owner {
        return None;
    }
    // Only what a record holds (results, scans, an operation) says the writer knows their care;
    // "your back" or "your dose" in advice is the prescribing and boundaries rules' business.
    let addressed: Vec<Span> = a
        .of_kind(SpanKind::CareAddressed)
        .filter(|s| {
            let t = s.text(&r.text).to_lowercase();
            RECORD_WORDS.iter().any(|w| t.contains(w))
        })
        .copied()
        .collect();
    // "Your results will come through your GP; I can't comment on individual cases": the reply
    // declines to discuss their care.
    if addressed.is_empty() || a.has_any(&[SpanKind::Generic, SpanKind::Refusal]) {
        return None;
    }
    let lower_text = r.text.to_lowercase();
    let disclosed = a.has_any(&[SpanKind::Results, SpanKind::Condition])
        || [
            "clear",
            "normal",
            "fine",
            "back",
            "came back",
            "positive",
            "negative",
            "abnormal",
            "worse",
            "better",
        ]
        .iter()
        .any(|w| lower_text.contains(w));
    if !disclosed {
        return None;
    }
    let details: Vec<Span> = a
        .of_kinds(&[
            SpanKind::CareAddressed,
            SpanKind::Results,
            SpanKind::Condition,
            SpanKind::Temporal,
        ])
        .copied()
        .collect();
    let words = quoted(texts(&r.text, &details), 4);
    let mut f = Finding::new(
        &PATIENT_NARRATIVE,
        r,
        format!("discusses someone's own care in a {} ({words})", noun(r)),
        evidence(&r.text, &details),
        Action::new(
            ActionKind::Delete,
            format!("Delete this {}: it discusses a patient's care in public ({words}). Contact them through the practice or clinic instead.", noun(r)),
        ),
    );
    f.severity = medium_if_public(r);
    f.confidence = 0.6;
    f.finalise();
    Some(f)
}

// ---------------------------------------------------------------------------------------------
/// CONF002: an NHS, CHI or H&C number.
pub struct HealthNumber;

static HEALTH_NUMBER: RuleMeta = RuleMeta {
    code: "CONF002",
    name: "health-service-number",
    category: Category::Confidentiality,
    severity: Severity::High,
    confidence: 0.9,
    summary: "An NHS, CHI or H&C number appears in text",
    guidance: &[
        Guidance::cite(Gmc2024, "18"),
        Guidance::cite(Gmc2024, "20"),
        Guidance::cite(Gmp2024, "88"),
        Guidance::cite(Gmp2024, "93"),
    ],
    what_it_finds: "Ten-digit numbers whose last digit is the Modulus 11 check of the first nine, \
        written 3-3-4 or next to \"NHS\", \"CHI\" or \"H&C\": NHS numbers (England, Wales, Isle of Man), \
        Scottish CHI numbers (which also start with the patient's date of birth) and Northern Ireland \
        H&C numbers. Numbers in the 999 test range are reported at low severity as test data; ten bare \
        digits in an issued range without layout or context are reported only in a clinical text, at \
        lower confidence. Any kind of record: posts, comments, messages and group chats.",
    why_it_matters: "A health-service number identifies one patient uniquely and links to their whole \
        record. Posting or messaging one discloses identifiable information without consent (GMC 2024 \
        ¶18, ¶20); private groups and messages can become public (GMP ¶93).",
    example: "\"Can someone chase bloods for NHS no 401 023 2137?\" in a WhatsApp group (fires). \
        \"Ref 999 000 0018\" (fires at low severity: test range).",
    how_to_fix: "Delete the post or message (for everyone, where the app allows). Send patient \
        identifiers only through approved clinical systems.",
};

impl Rule for HealthNumber {
    fn meta(&self) -> &'static RuleMeta {
        &HEALTH_NUMBER
    }

    fn check(&self, r: &Record, cx: &Context, out: &mut Vec<Finding>) {
        if r.kind == Kind::Like {
            return;
        }
        let a = cx.analysis(r);
        const KINDS: &[SpanKind] = &[
            SpanKind::NhsNumber,
            SpanKind::ChiNumber,
            SpanKind::HcNumber,
            SpanKind::NhsTestNumber,
            SpanKind::HealthNumberUnconfirmed,
        ];
        let spans: Vec<Span> = a.of_kinds(KINDS).copied().collect();
        if spans.is_empty() {
            return;
        }
        let clinical = a.has_any(&[
            SpanKind::PatientRef,
            SpanKind::Condition,
            SpanKind::Results,
            SpanKind::ClinicalSetting,
            SpanKind::BedRef,
            SpanKind::WardRef,
            SpanKind::TitledName,
            SpanKind::PersonName,
            SpanKind::DateOfBirth,
            SpanKind::HospitalNumber,
            SpanKind::Encounter,
        ]);
        let confirmed: Vec<Span> = spans
            .iter()
            .filter(|s| {
                matches!(
                    s.kind,
                    SpanKind::NhsNumber | SpanKind::ChiNumber | SpanKind::HcNumber
                )
            })
            .copied()
            .collect();
        let unconfirmed: Vec<Span> = spans
            .iter()
            .filter(|s| s.kind == SpanKind::HealthNumberUnconfirmed && clinical)
            .copied()
            .collect();
        let test: Vec<Span> = spans
            .iter()
            .filter(|s| s.kind == SpanKind::NhsTestNumber)
            .copied()
            .collect();
        let (shown, severity, confidence, what) = if !confirmed.is_empty() {
            let sev = match reach(r) {
                Reach::Public | Reach::Followers => Severity::High,
                Reach::Group | Reach::Private => Severity::Medium,
            };
            (confirmed, sev, 0.9, "a health-service number")
        } else if !unconfirmed.is_empty() {
            (
                unconfirmed,
                Severity::Medium,
                0.5,
                "what may be an NHS number",
            )
        } else if !test.is_empty() {
            (
                test,
                Severity::Low,
                0.3,
                "an NHS number in the 999 test range (likely test data)",
            )
        } else {
            return;
        };
        let numbers = quoted(texts(&r.text, &shown), 3);
        let mut f = Finding::new(
            &HEALTH_NUMBER,
            r,
            format!("contains {what}: {numbers}"),
            evidence(&r.text, &shown),
            Action::new(ActionKind::Delete, ""),
        );
        f.severity = severity;
        f.confidence = confidence;
        let place = if r.kind.is_message() {
            "message (for everyone, where the app allows)"
        } else {
            noun(r)
        };
        match writer(r) {
            Writer::Owner | Writer::Repost => {
                f.action = Action::new(
                    ActionKind::Delete,
                    format!("Delete this {place}: it contains {numbers}. If a version must stay, remove the number."),
                );
            }
            Writer::Other => {
                f.severity = lower(f.severity);
                f.action = Action::new(
                    ActionKind::Review,
                    format!("Someone else sent {numbers}; review it and delete the conversation if you no longer need it."),
                );
            }
        }
        f.finalise();
        out.push(f);
    }
}

// ---------------------------------------------------------------------------------------------
/// CONF003: other direct identifiers of a patient in public or semi-public content.
pub struct DirectIdentifier;

static DIRECT_IDENTIFIER: RuleMeta = RuleMeta {
    code: "CONF003",
    name: "patient-identifier",
    category: Category::Confidentiality,
    severity: Severity::High,
    confidence: 0.8,
    summary: "A patient's name, initials, date of birth, hospital number or bed appears in a post",
    guidance: PUBLIC_GUIDANCE,
    what_it_finds: "Direct identifiers of a patient in posts, replies and comments: a date of birth \
        (\"DOB 03/04/1957\", \"born 3rd April 1957\"), a hospital number after \"MRN\" or \"hosp no\" (a \
        patient's even with nothing else said about them), a \
        bed, bay or side room with a patient (\"the lady in bed 12\"), a patient's name or initials in a \
        clinical context (\"Mrs P in bay 4\", \"patient JB\"), and a phone number, e-mail, postcode or \
        street address in a story about a patient. Colleagues (\"Dr Smith\", \"Sister Jones\", a \"Mr\" \
        with \"consultant\" or \"list\" next to them) are not patients. Messages are covered by CONF004. \
        A public reply or comment that discusses the care of the person it answers, or of their \
        relative (\"@chris your dad's CT shows a bleed\", \"@jo we did see your husband on Tuesday and \
        the scan is booked\"), names a patient by the handle it answers.",
    why_it_matters: "You must not disclose identifiable information about patients without explicit \
        consent (GMC 2024 ¶20). A name, a date of birth or a bed number identifies on its own.",
    example: "\"Mrs P in bay 4 (DOB 03/04/1957) is refusing her meds again\" (fires). \"Thanks to Mr \
        Khan, our consultant, for a great list\" (does not).",
    how_to_fix: "Delete the post; if any of it must stay, remove the name, initials, date of birth, \
        bed and numbers.",
};

fn bed_with_patient(a: &Analysis) -> Vec<Span> {
    a.of_kind(SpanKind::BedRef)
        .filter(|b| {
            a.of_kinds(&[
                SpanKind::PatientRef,
                SpanKind::PersonRef,
                SpanKind::TitledName,
                SpanKind::PatientInitials,
                SpanKind::PersonName,
                SpanKind::Condition,
                SpanKind::AgeSex,
            ])
            .any(|p| p.end + 40 >= b.start && p.start <= b.end + 40)
        })
        .copied()
        .collect()
}

/// Direct identifiers of a patient in a record (not NHS-style numbers).
pub(super) fn direct_identifiers(text: &str, a: &Analysis, story: &Story) -> Vec<Span> {
    // A hospital number is a patient's by itself, a date of birth next to a ward, a bed, a scan,
    // results or care given. The writer's own ("my DOB") is not a patient's.
    let not_mine = |s: &Span| {
        !crate::detect::phrases::lead_in(text, s.start as usize, 12)
            .to_ascii_lowercase()
            .contains("my ")
    };
    let on_a_ward = a.has_any(&[
        SpanKind::WardRef,
        SpanKind::WardContext,
        SpanKind::BedRef,
        SpanKind::ClinicalSetting,
        SpanKind::ClinicalImage,
        SpanKind::Results,
        SpanKind::Encounter,
    ]);
    let hospital_identifier = story.direct.iter().any(|s| {
        not_mine(s)
            && (s.kind == SpanKind::HospitalNumber || s.kind == SpanKind::DateOfBirth && on_a_ward)
    });
    if story.name_without_care() && !hospital_identifier {
        return Vec::new();
    }
    let clinical = story.individual != Individual::None
        || !story.condition.is_empty()
        || !story.encounter.is_empty()
        || !story.results.is_empty()
        || hospital_identifier;
    if !clinical {
        return Vec::new();
    }
    let mut v: Vec<Span> = story
        .direct
        .iter()
        .filter(|s| !writers_own_contact(text, s))
        .copied()
        .collect();
    v.extend(bed_with_patient(a));
    v.sort();
    v.dedup();
    v
}

/// "Message me on WhatsApp 07700 900123", "email me at…", "my mobile is…": the writer's own contact
/// details, given out (a boundaries question for BND007), not a patient's.
fn writers_own_contact(text: &str, s: &Span) -> bool {
    static OWN_CONTACT: LazyLock<Regex> = LazyLock::new(|| {
        crate::detect::phrases::regex(
            r"(?i)(?:\b(?:message|text|call|ring|whatsapp|contact|reach|phone|dm|email|e-mail)\s+(?:me|us)\b|\b(?:my|our)\s+(?:personal\s+|private\s+|own\s+|work\s+)?(?:mobile|number|phone|whatsapp|email|e-mail|contact)\b)[^.!?\n\d]{0,30}$",
        )
    });
    matches!(s.kind, SpanKind::PhoneNumber | SpanKind::EmailAddress)
        && OWN_CONTACT.is_match(crate::detect::phrases::lead_in(text, s.start as usize, 60))
}

impl Rule for DirectIdentifier {
    fn meta(&self) -> &'static RuleMeta {
        &DIRECT_IDENTIFIER
    }

    fn check(&self, r: &Record, cx: &Context, out: &mut Vec<Finding>) {
        if !is_broadcast(r) || r.kind == Kind::Profile {
            return;
        }
        let a = cx.analysis(r);
        if let Some(f) = addressed::addressee_care(r, &a) {
            out.push(f);
            return;
        }
        if !a.has_any(DIRECT_KINDS) {
            return;
        }
        let story = Story::of(&r.text, &a);
        if story.fictional() {
            return;
        }
        let ids = direct_identifiers(&r.text, &a, &story);
        if ids.is_empty() {
            return;
        }
        let words = quoted(texts(&r.text, &ids), 5);
        let mut f = Finding::new(
            &DIRECT_IDENTIFIER,
            r,
            format!("names or identifies a patient: {words}"),
            evidence(
                &r.text,
                ids.iter()
                    .chain(&story.individual_spans)
                    .chain(&story.condition),
            ),
            Action::new(ActionKind::Delete, ""),
        );
        f.severity = Severity::High;
        f.confidence = if ids.iter().all(|s| s.kind == SpanKind::BedRef) {
            0.65
        } else {
            0.8
        };
        // The patient's explicit consent to being named (GMC 2024 ¶20) covers a name, not a date of
        // birth, a hospital number or contact details: with consent and names only, keep the
        // finding as a reminder to hold the consent on file.
        let names_only = ids.iter().all(|s| {
            matches!(
                s.kind,
                SpanKind::PatientName
                    | SpanKind::TitledName
                    | SpanKind::PersonName
                    | SpanKind::PatientInitials
            )
        });
        if !story.consent.is_empty() && names_only {
            f.severity = Severity::Info;
        }
        settle(
            &mut f,
            r,
            story.mitigated(),
            format!(
                "Delete this {}; if any of it must stay, remove {words}.",
                noun(r)
            ),
            format!("Remove {words} from this {}, or delete it.", noun(r)),
        );
        out.push(f);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Audience, Platform};

    fn findings(rule: &dyn Rule, text: &str) -> Vec<Finding> {
        let r =
            crate::rules::testing::record(Platform::Facebook, Kind::Post, Audience::Public, text);
        crate::rules::testing::findings(rule, &r)
    }

    #[test]
    fn a_name_shared_with_consent_is_only_a_reminder() {
        let f = findings(
            &DirectIdentifier,
            "Filmed with the full written consent of our patient Priya, who had a liver transplant and wants others to sign the donor register.",
        );
        assert!(f.iter().all(|f| f.severity == Severity::Info), "{f:?}");
        let g = findings(
            &DirectIdentifier,
            "Shared with written consent: our patient Priya, DOB 02/03/1980, had a liver transplant.",
        );
        assert!(g.iter().any(|f| f.severity > Severity::Info), "{g:?}");
    }

    #[test]
    fn a_date_of_birth_beside_a_ward_is_a_patients() {
        let t = "Anyone know Graham from the bowls club? DOB 03/07/1956, came off a ladder, he's on Ward 12 and desperate for visitors";
        assert_eq!(findings(&DirectIdentifier, t).len(), 1);
        assert!(findings(
            &DirectIdentifier,
            "Ward 12 reunion! My DOB is 03/07/1956 so I was the youngest nurse there in 1976"
        )
        .is_empty());
    }

    #[test]
    fn a_hospital_number_is_a_patients_on_its_own() {
        let t = "Hospital number K1234567, ring any bells? Found his old notes in the drawer lol";
        assert_eq!(findings(&DirectIdentifier, t).len(), 1);
        assert!(findings(
            &DirectIdentifier,
            "Finally got my hospital number K1234567 sorted for the staff health check"
        )
        .is_empty());
    }

    #[test]
    fn a_patient_placed_on_a_named_street_with_their_trade_is_a_story() {
        let t = "My patient who runs the chippy on Clayton Street has finally quit smoking after 30 years! Proud of you";
        assert_eq!(findings(&PatientNarrative, t).len(), 1);
        assert!(findings(
            &PatientNarrative,
            "The chippy on Clayton Street has finally reopened after 30 years, proud of the whole street"
        )
        .is_empty());
    }

    #[test]
    fn the_writers_own_number_given_to_patients_is_not_a_patients() {
        assert!(findings(
            &DirectIdentifier,
            "Any of my patients can message me on here or WhatsApp 07700 900123 if reception is busy"
        )
        .is_empty());
        assert!(!findings(
            &DirectIdentifier,
            "Mrs Jones in bed 4 gave me her daughter's number 07700 900456 to call if she deteriorates"
        )
        .is_empty());
    }

    #[test]
    fn a_public_figures_illness_in_the_news_is_not_a_patients_story() {
        for t in [
            "Kate Garraway's husband's story shows how devastating long covid can be. Thinking of their family.",
            "Chris Hoy speaking so openly about his prostate cancer will save lives. Get checked, men.",
            "Thinking of Sarah Harding's family today; breast cancer awareness matters so much",
        ] {
            assert!(findings(&PatientNarrative, t).is_empty(), "{t}");
            assert!(findings(&DirectIdentifier, t).is_empty(), "{t}");
        }
        for t in [
            "Had to tell Graham Peters today that his cancer is back. Hardest conversation of my career.",
            "Little Amelia Jones, 6, beat meningitis on our ward this month! So proud of her",
            "Incredible to see Mrs Joan Pritchard back on her feet a month after we performed her hip replacement",
        ] {
            assert!(!findings(&PatientNarrative, t).is_empty(), "{t}");
        }
    }

    #[test]
    fn a_local_figure_detained_the_years_first_baby_and_a_market_trader_lost_on_the_ward() {
        for t in [
            "Psych reg in a small Highland board. Just detained a fairly well-known local councillor for the second time this year and the local paper is already sniffing round.",
            "Proud moment 🥹 caught the first baby of 2025 at the Royal Derby at 00:07! 8lb 2oz little girl. Keep an eye on the Derby Telegraph tomorrow 😉 #newyearbaby",
            "Dr Sam is gutted... lost a lovely lady on the ward this morning, the one who ran the flower stall outside Kirkgate market for 40 yrs. RIP Maureen",
        ] {
            assert!(!findings(&PatientNarrative, t).is_empty(), "{t}");
        }
        for t in [
            "RIP Maureen, who ran the flower stall outside Kirkgate market for 40 years. The market won't be the same.",
            "Our first baby of 2025 arrived! Meet our daughter Isla, 7lb 3oz, mum and baby doing brilliantly 💕",
            "Just detained in traffic on the M6 for an hour, the joys of the commute",
        ] {
            assert!(findings(&PatientNarrative, t).is_empty(), "{t}");
        }
    }

    #[test]
    fn a_famous_face_scanned_a_lighthouse_keeper_dressed_and_dad_is_family() {
        for t in [
            "Reported an MRI today on a face you'd all know from Saturday night telly. Let's just say the rumours about the knee are true and he won't be dancing in the final 😉",
            "Long night in the out-of-hours car covering Lochaber. Highlight: the retired keeper from the Ardnamurchan lighthouse, 91 and still refusing to leave his cottage, finally let me dress that leg ulcer.",
        ] {
            assert!(!findings(&PatientNarrative, t).is_empty(), "{t}");
        }
        assert!(findings(
            &PatientNarrative,
            "Dad had his cataract done at Altnagelvin today and is already reading the paper without his glasses. He's asked me to thank the whole team 💙"
        )
        .is_empty());
    }

    #[test]
    fn a_tv_episode_discussed_is_not_a_patient() {
        let t = "Anyone watch Casualty last night? The bloke in bay 4 had an NHS number on his wristband starting 999 lol, props department knows its test ranges";
        assert!(findings(&PatientNarrative, t).is_empty());
        assert!(findings(&DirectIdentifier, t).is_empty());
    }

    #[test]
    fn the_writers_own_children_on_the_school_run_are_not_patients() {
        assert!(findings(
            &PatientNarrative,
            "day in my life as a GP 🩺 6:15 drop the twins at Little Acorns on Abbey Rd, 7:30 surgery, home by 7 🏡 hubby's on nights all week"
        )
        .is_empty());
        assert!(!findings(
            &PatientNarrative,
            "Delivered the twins at 6:15 this morning on our unit, 29 weeks, both on CPAP at the Royal. Mum is 19 and did amazingly"
        )
        .is_empty());
    }

    #[test]
    fn a_public_figures_relative_in_for_a_procedure_is_a_patients_story() {
        assert!(!findings(
            &PatientNarrative,
            "Overheard in the lift: the receptionist telling everyone the mayor's wife is in for a termination. Grim."
        )
        .is_empty());
        assert!(findings(
            &PatientNarrative,
            "The termination of our contract with the cleaning company has left the wards filthy"
        )
        .is_empty());
    }

    #[test]
    fn a_reply_declining_to_discuss_results_and_a_trainee_of_a_senior_are_not_care() {
        let reply = |text: &str| {
            let r = crate::rules::testing::owned(
                Platform::Twitter,
                Kind::Reply,
                Audience::Public,
                text,
            );
            crate::rules::testing::findings(&PatientNarrative, &r)
        };
        assert!(reply(
            "@tom_k your scan results will come through your GP; I can't comment on individual cases here"
        )
        .is_empty());
        assert!(!reply("@tom_k your scan results were all clear, great news").is_empty());
        assert!(findings(
            &PatientNarrative,
            "Had a lovely coffee with my old GP trainer today, 20 years since I was her registrar"
        )
        .is_empty());
    }

    #[test]
    fn readers_addressed_asking_or_shown_an_example_are_no_patient() {
        for t in [
            "Update for colleagues: the joint BTS/NICE/SIGN asthma guideline (Nov 2024) is out. If you're a patient reading this, please talk to your asthma nurse about your own plan.",
            "Lots of you have asked me about the Covid vaccine. The official NHS leaflet is clear, and your GP or pharmacist can talk it through.",
            "reminder that anonymised means more than removing the name. something like \"interesting case tonight, 34F, rare syndrome, our ED\" can absolutely identify someone.",
        ] {
            assert!(findings(&PatientNarrative, t).is_empty(), "{t}");
        }
        assert!(!findings(
            &PatientNarrative,
            "A patient asked me about the Covid vaccine in clinic today, 34F with lupus, and then cried"
        )
        .is_empty());
    }

    #[test]
    fn medical_history_before_the_writers_working_life_is_no_patients_story() {
        for t in [
            "January 1922, Toronto General Hospital: 14 year old Leonard Thompson became the first person with type 1 diabetes to be treated with insulin.",
            "Happy birthday NHS 🎂 5th July 1948, Park Hospital in Davyhulme, and 13 yr old Sylvia Diggory with a liver condition became the first NHS patient.",
            "Janet Parker, 40, medical photographer in Birmingham, died of smallpox in 1978 after a lab leak. Eradication was declared 1980.",
        ] {
            assert!(findings(&PatientNarrative, t).is_empty(), "{t}");
        }
        for t in [
            "Back in 1979 I admitted a 14 year old lad with DKA on the children's ward at Leeds General, still think about him",
            "Mr Okafor, 64, DOB 12/09/1962, in bed 4 on Ward 9 with his colonoscopy results back today",
            "Our little practice has 1800 patients and we lost Mrs Jones, 84, on the ward today after her stroke",
        ] {
            assert!(!findings(&PatientNarrative, t).is_empty(), "{t}");
        }
    }
}

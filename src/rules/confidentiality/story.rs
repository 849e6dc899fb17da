//! Is this text a story about one patient, and how recognisable is that patient?
//!
//! GMC 2024 ¶19: "Although individual pieces of information may not breach confidentiality on their
//! own, the sum of information shared could be enough for a patient or someone close to them to
//! recognise and identify their case." So the judgement adds up classes of quasi-identifier (RULES-FACTS
//! §1.10): a time of the encounter, an age or age+sex, a place (hospital, ward, bed), a condition, a
//! memorable detail or occupation, results, an image — and counts direct identifiers (a patient's
//! name or initials, a date of birth, a hospital number, contact details) far more heavily.
//!
//! A story needs an individual (`my patient`, `a 67M`, `Mrs P in bay 4`, or `a man` when the text is
//! clearly clinical) and an encounter (a clinical verb or setting, or a time like `last night`).
//! What lowers the score: fiction (`hypothetical`, `composite case`), general commentary (`many
//! patients`, `if a patient`), teaching framing (`#FOAMed`, `what's the diagnosis?`), and consent or
//! anonymisation statements — which lower it but never erase direct identifiers that remain.

use crate::detect::gate::Regex;
use crate::detect::{Analysis, Span, SpanKind};
use std::sync::LazyLock;

use SpanKind as K;

/// How clearly the text is about one individual patient.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Individual {
    None,
    /// `a man`, `this lady`: a person, a patient only in a clinical story.
    Weak,
    /// `my patient`, `a 67M`, `patient JB`.
    Strong,
}

/// The assessment of one text.
#[derive(Debug, Clone)]
pub struct Story {
    /// Medical history: every year named is before the writer's working life (see [`historical`]).
    pub historical: bool,
    pub individual: Individual,
    pub individual_spans: Vec<Span>,
    pub encounter: Vec<Span>,
    pub time: Vec<Span>,
    pub weak_time: Vec<Span>,
    pub age: Vec<Span>,
    pub place: Vec<Span>,
    pub condition: Vec<Span>,
    pub hook: Vec<Span>,
    pub results: Vec<Span>,
    pub image: Vec<Span>,
    /// Direct identifiers of a patient (names, initials, DOB, hospital number, contact details),
    /// excluding NHS/CHI/H&C numbers, which CONF002 reports.
    pub direct: Vec<Span>,
    pub consent: Vec<Span>,
    pub anonymised: Vec<Span>,
    pub hypothetical: Vec<Span>,
    pub generic: Vec<Span>,
    pub educational: Vec<Span>,
    /// Sum of the quasi-identifier classes present.
    pub score: f64,
    /// What the mitigating statements take off.
    pub mitigation: f64,
    /// Every person in the text is introduced as the writer's own ("my 4yo girl", "our son Jaden").
    pub own_circle: bool,
    /// The only people in it are children the writer drops off, picks up or takes out ("drop the
    /// twins at nursery"): the writer's own, in a day-in-the-life post.
    pub own_children: bool,
    /// A role with a definite article or "our" before it, then what happened to that person:
    /// "the postman in our village overdosed", "our vicar's dementia".
    pub definite_role: bool,
    /// A person told by a local descriptor ("the lady who sits outside Lidl") to whom something
    /// clinical happened.
    pub described: bool,
    /// The case is told as rare ("only the second case of leprosy in Devon", "a one-in-a-million
    /// condition"): the rarity is itself what singles the patient out.
    pub rare_case: bool,
    /// The place is a small community ("our village", "our island practice", "pop 400").
    pub small_place: bool,
    /// A clinical setting, ward or bed is named: the person was met in care.
    pub care_setting: bool,
    /// The encounter is told with nothing but a time: a patient lost, or one who thanked the writer,
    /// with nothing about them or their care. Grief or gratitude, not a case.
    pub bare_loss: bool,
    /// The patient is an actor in teaching: "our simulated patient Geoff", "the sim patient".
    pub simulated: bool,
}

/// Every person the text singles out is the simulated patient named there ("our simulated patient
/// Geoff"): a real patient told of beside one still counts.
fn played_by_an_actor(text: &str, people: &[Span]) -> bool {
    let roles: Vec<(usize, usize)> = SIMULATED_PATIENT
        .find_iter(text)
        .map(|m| (m.start(), m.end()))
        .collect();
    !roles.is_empty()
        && people.iter().all(|p| {
            let at = p.start as usize;
            roles.iter().any(|&(s, e)| at + 8 >= s && at <= e + 30)
        })
}

/// A patient played for teaching or an exam: the name and the illness are a role.
static SIMULATED_PATIENT: LazyLock<Regex> = LazyLock::new(|| {
    crate::detect::phrases::regex(
        r"(?i)\b(?:simulated|sim|actor|standardi[sz]ed|role[\s-]?play(?:ing|er)?|pretend|mock|osce)\s+patients?\b",
    )
});

/// "Drop the twins at nursery", "took the kids to the park": children the writer looks after.
static CHILDREN_WORD: LazyLock<Regex> = LazyLock::new(|| {
    crate::detect::phrases::regex(r"(?i)^the\s+(?:twins|kids|children|little\s+ones|boys|girls)$")
});
const DOMESTIC_VERBS: &[&str] = &[
    "drop",
    "dropped",
    "dropping",
    "pick",
    "picked",
    "picking",
    "took",
    "take",
    "taking",
    "with",
    "collect",
    "collected",
    "collecting",
    "bathed",
    "fed",
    "walked",
];

/// A rarity hook: the narrative hooks that say a case is unusual, not that it is memorable.
static RARITY: LazyLock<Regex> = LazyLock::new(|| {
    crate::detect::phrases::regex(
        r"(?i)\b(?:case|cases|first\s+ever|first\s+confirmed|first\s+baby\s+of|new\s+year(?:[’']?s)?\s+baby|newyearbaby|only\s+the|rarest|rare\s+one|ultra[\s-]rare|one[\s-]in[\s-]a[\s-]million|1\s+in\s+a\s+million|never\s+(?:seen|thought)|once[\s-]in[\s-]a[\s-](?:career|lifetime))\b",
    )
});

/// What a rarity can be about: a case, a condition, a diagnosis, the year's first birth.
static RARE_THING: LazyLock<Regex> = LazyLock::new(|| {
    crate::detect::phrases::regex(
        r"(?i)\b(?:case|condition|disease|syndrome|disorder|diagnosis|tumou?r|infection|cancer|first\s+baby\s+of|new\s+year(?:[’']?s)?\s+baby)\b",
    )
});

/// What follows a role when something happened to that person: "…in our village had a heart
/// attack", "…overdosed", "'s dementia". Not "raised £500 for dementia research".
static ROLE_FALLS_ILL: LazyLock<Regex> = LazyLock::new(|| {
    crate::detect::phrases::regex(
        r"(?i)^(?:[’']s\b|[^.!?\n]{0,45}?\b(?:had|has\s+(?:had|got)|was\s+(?:diagnosed|admitted|rushed|brought|found)|is\s+(?:in\s+(?:hospital|itu|icu|ccu|resus|a&e)|being\s+treated|on\s+(?:the\s+)?ward)|overdosed|collapsed|died|passed\s+away|took\s+an?\s+overdose|fell|broke)\b)",
    )
});

/// What comes right before a name that had care done to it: "performed the first robotic
/// cystectomy at Kettering General on Mr Hope", "I operated on Katie Brennan", "we resuscitated
/// Dennis". The name is the patient's whatever colleague words sit near ("came back to thank the
/// theatre team").
static CARED_FOR_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::detect::phrases::regex(
        r"(?i)(?:\b(?:operated|performed|carried\s+out|did\s+(?:a|an|the|his|her|our|my))\b[^.!?\n]{0,60}?\bon|\b(?:treated|resuscitated|intubated|delivered|stitched\s+up|looked\s+after|cared\s+for|nursed|sectioned|operated\s+on|scanned|examined|clerked|admitted))\s+$",
    )
});

/// Names that are the object of an act of care (see [`CARED_FOR_BEFORE`]).
fn cared_for_names(text: &str, a: &Analysis) -> Vec<Span> {
    a.of_kinds(&[K::TitledName, K::PersonName])
        .filter(|s| !inside_colleague_name(a, s))
        .filter(|s| {
            CARED_FOR_BEFORE.is_match(crate::detect::phrases::lead_in(text, s.start as usize, 90))
        })
        .copied()
        .collect()
}

/// The name is part of a colleague's ("Dr Sarah Jones").
fn inside_colleague_name(a: &Analysis, s: &Span) -> bool {
    a.of_kind(K::ColleagueName)
        .any(|c| c.start <= s.start && c.end >= s.end)
}

fn near(a: &Analysis, kinds: &[SpanKind], s: &Span, window: u32) -> bool {
    a.of_kinds(kinds)
        .any(|o| o != s && o.end + window >= s.start && o.start <= s.end + window)
}

/// A colleague cue within `before` bytes before the name or `after` bytes after it. A cue that
/// ends before the name with a dash, colon or sentence mark between them belongs to the scene
/// ("in clinic today - Jenny Marsh from sixth form!"), not to the person named.
fn colleague_cue_about(
    text: &str,
    a: &Analysis,
    kinds: &[SpanKind],
    s: &Span,
    before: u32,
    after: u32,
) -> bool {
    a.of_kinds(kinds).any(|o| {
        let separated = o.end <= s.start
            && text
                .get(o.end as usize..s.start as usize)
                .is_some_and(|gap| gap.contains(['-', '–', '—', ':', '!', '.', '?']));
        o != s && o.end + before >= s.start && o.start <= s.end + after && !separated
    })
}

/// Titled names, initials and introduced names that belong to a patient rather than a colleague.
///
/// A colleague cue right next to the name ("Mr Smith is operating", "Mr Smith's list", "Sarah is
/// on call") settles it as a colleague; otherwise a strong patient cue nearby (a bed, a date of birth,
/// an age and sex, results) or a patient cue without any colleague cue makes it a patient.
pub fn patient_names(text: &str, a: &Analysis) -> Vec<Span> {
    const PATIENT_CUES: &[SpanKind] = &[
        K::PatientRef,
        K::BedRef,
        K::Condition,
        K::AgeSex,
        K::Age,
        K::Results,
        K::DateOfBirth,
        K::HospitalNumber,
    ];
    const STRONG_CUES: &[SpanKind] = &[
        K::BedRef,
        K::DateOfBirth,
        K::AgeSex,
        K::Results,
        K::HospitalNumber,
        K::PatientRef,
    ];
    let mut out = Vec::new();
    for s in &a.spans {
        let keep = match s.kind {
            K::PatientInitials => true,
            K::PatientName => near(
                a,
                &[
                    K::PatientRef,
                    K::PersonRef,
                    K::Encounter,
                    K::Condition,
                    K::ClinicalSetting,
                    K::AgeSex,
                    K::BedRef,
                    K::Results,
                ],
                s,
                80,
            ),
            K::TitledName | K::PersonName => {
                let inside_colleague = inside_colleague_name(a, s);
                let tight_colleague = colleague_cue_about(text, a, &[K::ColleagueCue], s, 20, 20);
                let patient = near(a, PATIENT_CUES, s, 60)
                    || near(
                        a,
                        &[
                            K::Encounter,
                            K::ClinicalSetting,
                            K::KnownPerson,
                            K::WardContext,
                        ],
                        s,
                        30,
                    )
                    || near(a, &[K::WardRef], s, 20);
                let strong = near(a, STRONG_CUES, s, 40);
                // A colleague cue well before the name belongs to the scene ("in clinic today -
                // Jenny Marsh from sixth form!"), not to the person named.
                let colleague =
                    colleague_cue_about(text, a, &[K::ColleagueCue, K::ColleagueName], s, 20, 40);
                !inside_colleague && !tight_colleague && (strong || (patient && !colleague))
            }
            _ => false,
        };
        if keep {
            out.push(*s);
        }
    }
    out
}

/// A bed stands for a patient only when someone is in it: a person or condition nearby, a personal
/// pronoun in its sentence, or a human act ("bed 12 keeps buzzing"). "Bed 14 is my favourite bed
/// because it's by the window" is furniture.
fn bed_occupied(text: &str, a: &Analysis, bed: &Span) -> bool {
    const PEOPLE: &[SpanKind] = &[
        K::PatientRef,
        K::PersonRef,
        K::AgeSex,
        K::Age,
        K::TitledName,
        K::PersonName,
        K::PatientInitials,
        K::PatientName,
        K::Condition,
        K::Results,
        K::KnownPerson,
        K::Occupation,
    ];
    if near(a, PEOPLE, bed, 60) {
        return true;
    }
    let (s, e) = crate::detect::phrases::sentence_around(text, bed.start as usize);
    let sentence = text.get(s..e).unwrap_or("").to_lowercase();
    sentence
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .any(|w| {
            matches!(
                w,
                "he" | "she"
                    | "him"
                    | "her"
                    | "his"
                    | "hers"
                    | "who"
                    | "he's"
                    | "she's"
                    | "they're"
                    | "keeps"
                    | "asks"
                    | "asked"
                    | "asking"
                    | "wants"
                    | "wanted"
                    | "says"
                    | "said"
                    | "refused"
                    | "refusing"
                    | "pressing"
                    | "buzzing"
                    | "shouting"
                    | "screaming"
                    | "died"
                    | "dying"
                    | "passed"
                    | "confused"
                    | "septic"
                    | "deteriorating"
                    | "crashed"
                    | "arrested"
                    | "vomiting"
                    | "pulled"
                    | "fell"
                    | "absconded"
            )
        })
}

/// Something clinical happened to someone: a clinical act or condition, a person placed in a care
/// setting, or a care setting that is not the writer's own shift ("was in AMU again").
fn clinical_event(text: &str, a: &Analysis) -> bool {
    a.has_any(&[K::Encounter, K::Condition])
        || person_in_care_setting(text, a)
        || IN_OUR_CARE
            .find_iter(text)
            .any(|m| !STAFF_ROLE.is_match(crate::detect::phrases::lead_in(text, m.start(), 30)))
        || a.of_kind(K::BedRef).any(|b| bed_occupied(text, a, b))
        || a.of_kind(K::ClinicalSetting).any(|c| {
            let t = c.text(text).to_ascii_lowercase();
            !["shift", "call", "nights", "rota"]
                .iter()
                .any(|w| t.contains(w))
        })
}

/// "…is on our ward", "was in my resus last night": whoever the sentence is about is in care.
static IN_OUR_CARE: LazyLock<Regex> = LazyLock::new(|| {
    crate::detect::phrases::regex(
        r"(?i)\b(?:is|was|are|were|has\s+been|ended\s+up)\s+(?:now\s+|still\s+)?(?:on|in)\s+(?:our|my)\s+(?:ward|unit|bay|itu|icu|resus|majors|hdu|ccu|department)\b",
    )
});

/// Staff whose being "on our ward" is work: "the new F1 is on our ward from Monday".
static STAFF_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    crate::detect::phrases::regex(
        r"(?i)\b(?:f1|f2|fy1|fy2|sho|reg|registrar|consultant|nurse|hca|student|locum|trainee|physio|pharmacist|doctor|dr|matron|porter|cleaner|colleague|junior|medic|anaesthetist|surgeon|agency)s?\b",
    )
});

/// A person placed in a care setting: "the guy in resus", "the lady on ward 5".
fn person_in_care_setting(text: &str, a: &Analysis) -> bool {
    a.of_kinds(&[K::PersonRef, K::PatientRef]).any(|p| {
        a.of_kinds(&[K::ClinicalSetting, K::WardRef]).any(|c| {
            text.get(p.end as usize..c.start as usize)
                .is_some_and(|gap| {
                    matches!(
                        gap.trim().to_ascii_lowercase().as_str(),
                        "" | "in" | "on" | "in the" | "on the" | "in our" | "on our"
                    )
                })
        })
    })
}

/// A case is medical history when the earliest year it names is before 1980 (the first NHS
/// patient in 1948, Jenner in 1796, the first IVF baby in 1978, whatever later years the retelling
/// adds) and the writer does not say they cared for the patient.
fn historical(text: &str) -> bool {
    YEAR.find_iter(text)
        // A birth year is no date of care: "DOB 12/09/1962", "born 1940".
        .filter(|m| {
            let lead = crate::detect::phrases::lead_in(text, m.start(), 24).to_lowercase();
            // "1800 patients on our list", "over 1900 calls": a count, not a year.
            let counted = NOT_A_YEAR_AFTER.is_match(text.get(m.end()..).unwrap_or(""))
                || NOT_A_YEAR_BEFORE.is_match(&lead);
            !(counted
                || lead.ends_with('/')
                || lead.ends_with('.')
                || lead.ends_with('-')
                || ["dob", "d.o.b", "born", "b."]
                    .iter()
                    .any(|w| lead.contains(w)))
        })
        .filter_map(|m| m.as_str().parse::<u32>().ok())
        .min()
        .is_some_and(|y| (1500..1980).contains(&y))
        && !OWN_CARE.is_match(text)
}

static NOT_A_YEAR_AFTER: LazyLock<crate::detect::gate::Regex> = LazyLock::new(|| {
    crate::detect::phrases::regex(
        r"(?i)^\s*(?:[a-z]+\s+)?(?:patients|people|pts|calls|staff|admissions|beds|cases|referrals|mg|mcg|ml|miles|km|steps|calories|kcal|words|followers|members|babies|deaths|%|pounds|quid)\b",
    )
});

static NOT_A_YEAR_BEFORE: LazyLock<crate::detect::gate::Regex> = LazyLock::new(|| {
    crate::detect::phrases::regex(
        r"(?i)(?:[£$€#]|\b(?:over|about|nearly|almost|than|around|some|top|x)\s+)$",
    )
});

static YEAR: LazyLock<crate::detect::gate::Regex> =
    LazyLock::new(|| crate::detect::phrases::regex(r"\b(?:1[5-9]|20)\d\d\b"));

/// The writer's own care of the patient: "I saw", "my patient", "we admitted".
static OWN_CARE: LazyLock<crate::detect::gate::Regex> = LazyLock::new(|| {
    crate::detect::phrases::regex(
        r"(?i)\b(?:(?:i|we)\s+(?:saw|treated|admitted|had|looked\s+after|operated|delivered|nursed|examined|discharged)|my\s+(?:patient|pt|old\s+patient)|our\s+patient)\b",
    )
});

static QUOTED_EXAMPLE: LazyLock<crate::detect::gate::Regex> = LazyLock::new(|| {
    crate::detect::phrases::regex(
        r#"(?i)\b(?:something\s+like|things\s+like|posts?\s+like|tweets?\s+like|e\.g\.?|for\s+example|for\s+instance|such\s+as)\s*[:,]?\s*["“]([^"”\n]{5,240})["”]"#,
    )
});

/// "Lots of you have asked me about the Covid vaccine": the readers asking, not a consultation.
fn followers_asked(text: &str, s: &Span) -> bool {
    s.text(text).to_ascii_lowercase().starts_with("ask")
        && FOLLOWERS_BEFORE.is_match(crate::detect::phrases::lead_in(text, s.start as usize, 40))
}

static FOLLOWERS_BEFORE: LazyLock<crate::detect::gate::Regex> = LazyLock::new(|| {
    crate::detect::phrases::regex(
        r"(?i)\b(?:(?:lots|loads|many|some|a\s+few|few|all|so\s+many|a\s+lot)\s+of\s+you|you\s+(?:all|lot|guys)|people|folks|followers|y[’']?all|u\s+lot)(?:\s+have|[’']ve)?(?:\s+(?:keep|kept|been))?\s+$",
    )
});

/// "If you're a patient reading this": the reader addressed as a patient, not a patient described.
fn reader_as_patient(text: &str, s: &Span) -> bool {
    let lead = crate::detect::phrases::lead_in(text, s.start as usize, 14).to_lowercase();
    [
        "if you're ",
        "if you’re ",
        "if you are ",
        "if ur ",
        "are you ",
        "you're ",
        "you are ",
    ]
    .iter()
    .any(|w| lead.ends_with(w))
        && {
            let t = s.text(text).to_ascii_lowercase();
            t.starts_with("a ") || t.starts_with("an ")
        }
}

fn collect(a: &Analysis, kinds: &[SpanKind]) -> Vec<Span> {
    a.of_kinds(kinds).copied().collect()
}

fn inside_any(s: &Span, outer: &[Span]) -> bool {
    outer
        .iter()
        .any(|o| o.start <= s.start && o.end >= s.end && o != s)
}

impl Story {
    pub fn of(text: &str, a: &Analysis) -> Story {
        // "30 known cases in the UK" is a rarity that singles a patient out, not general commentary:
        // a generic phrase inside a narrative hook reads as the hook.
        let hooks = collect(a, &[K::NarrativeHook]);
        let generic: Vec<Span> = a
            .of_kind(K::Generic)
            .filter(|g| !hooks.iter().any(|h| h.start <= g.start && h.end >= g.end))
            .copied()
            .collect();
        let mut hypothetical = collect(a, &[K::Hypothetical]);
        // "something like \"interesting case tonight, 34F, our ED\" can identify someone": a post
        // quoted as an example of what not to write.
        hypothetical.extend(
            QUOTED_EXAMPLE
                .captures_iter(text)
                .filter_map(|c| c.get(1))
                .map(|m| Span::new(m.start(), m.end(), K::Hypothetical)),
        );
        // "1796: Jenner inoculates 8 year old James Phipps", "Janet Parker, 40, died of smallpox in
        // 1978": medical history, every year in it before the writer's working life.
        let historical = historical(text);
        let masks: Vec<Span> = generic.iter().chain(&hypothetical).copied().collect();
        let mut names = patient_names(text, a);
        names.extend(cared_for_names(text, a));
        names.sort();
        names.dedup();
        let dobs = collect(a, &[K::DateOfBirth]);

        let mut individual_spans: Vec<Span> = a
            .of_kinds(&[K::PatientRef, K::AgeSex, K::Age, K::KnownPerson, K::BedRef])
            .filter(|s| !inside_any(s, &masks))
            .filter(|s| s.kind != K::BedRef || bed_occupied(text, a, s))
            .filter(|s| s.kind != K::PatientRef || !reader_as_patient(text, s))
            .copied()
            .collect();
        individual_spans.extend(names.iter().copied());
        // What a person is known by locally singles out a patient once something clinical
        // happened to them; beside a shift or a thank-you it is just a neighbour.
        let described = a.has(K::Descriptor) && clinical_event(text, a);
        let weak_kinds: &[SpanKind] = if described {
            &[K::PersonRef, K::Occupation, K::Descriptor]
        } else {
            &[K::PersonRef, K::Occupation]
        };
        // "Dad had his cataract done": a kinship word used as a name is the writer's own family.
        const KIN_AS_NAME: &[&str] = &[
            "Dad", "Mum", "Mam", "Mom", "Nan", "Nana", "Nanna", "Gran", "Granny", "Grandad",
            "Grandma", "Grandpa",
        ];
        // "in general a child who's floppy…": an indefinite person right after a general phrase
        // is anyone of that kind.
        let generalised = |s: &Span| {
            let t = s.text(text).to_ascii_lowercase();
            (t.starts_with("a ") || t.starts_with("an "))
                && generic
                    .iter()
                    .any(|g| g.end <= s.start && s.start - g.end <= 3)
        };
        let weak: Vec<Span> = a
            .of_kinds(weak_kinds)
            .filter(|s| !inside_any(s, &masks))
            .filter(|s| !(s.kind == K::PersonRef && KIN_AS_NAME.contains(&s.text(text))))
            .filter(|s| !generalised(s))
            .copied()
            .collect();
        let individual = if !individual_spans.is_empty() {
            Individual::Strong
        } else if !weak.is_empty() {
            individual_spans = weak;
            Individual::Weak
        } else {
            Individual::None
        };

        let mut encounter: Vec<Span> = a
            .of_kinds(&[K::Encounter, K::ClinicalSetting])
            .filter(|s| !followers_asked(text, s))
            .copied()
            .collect();
        // "had his MRI yet?", "got her CT done": someone else's investigation is care they had.
        // So are their own results ("told him his BP is through the roof").
        let theirs = |s: &&Span| {
            let before = crate::detect::phrases::lead_in(text, s.start as usize, 7).to_lowercase();
            let own = s.text(text).get(..4).unwrap_or("").to_ascii_lowercase();
            before.ends_with("his ")
                || before.ends_with("her ")
                || before.ends_with("their ")
                || (s.kind == K::Results && (own == "his " || own == "her "))
        };
        encounter.extend(a.of_kinds(&[K::ClinicalImage, K::Results]).filter(theirs));
        encounter.sort();
        let time: Vec<Span> = a
            .of_kinds(&[K::Temporal, K::TimeOfDay, K::Date])
            .filter(|s| !(s.kind == K::Date && inside_any(s, &dobs)))
            .copied()
            .collect();
        let weak_time = collect(a, &[K::TemporalWeak]);
        let age = collect(a, &[K::AgeSex, K::Age]);
        let place = collect(
            a,
            &[
                K::HospitalName,
                K::PracticeName,
                K::TrustName,
                K::WardRef,
                K::BedRef,
                K::Locality,
                K::StreetName,
                K::SchoolName,
                K::ClubName,
            ],
        );
        let condition: Vec<Span> = a
            .of_kind(K::Condition)
            .filter(|s| !inside_any(s, &masks))
            .copied()
            .collect();
        let mut hook = collect(a, &[K::NarrativeHook, K::Occupation, K::KnownPerson]);
        if described {
            hook.extend(a.of_kind(K::Descriptor).copied());
        }
        let results = collect(a, &[K::Results]);
        let image = collect(a, &[K::ClinicalImage]);

        let mut direct: Vec<Span> = names;
        direct.extend(collect(a, &[K::DateOfBirth, K::HospitalNumber]));
        if individual != Individual::None {
            direct.extend(collect(
                a,
                &[
                    K::PhoneNumber,
                    K::EmailAddress,
                    K::Postcode,
                    K::StreetAddress,
                ],
            ));
        }
        direct.sort();
        direct.dedup();

        let mut score = 0.0;
        if !time.is_empty() {
            score += 1.0;
        } else if !weak_time.is_empty() {
            score += 0.5;
        }
        if !age.is_empty() {
            score += 1.0;
            let very_old = age.iter().any(|s| {
                let digits: String = s.text(text).chars().filter(char::is_ascii_digit).collect();
                digits.parse::<u32>().is_ok_and(|n| (90..=120).contains(&n))
            });
            if very_old {
                score += 0.5;
            }
        }
        let bed_or_ward = place
            .iter()
            .any(|s| s.kind == K::WardRef || (s.kind == K::BedRef && bed_occupied(text, a, s)));
        let named_place = place
            .iter()
            .any(|s| matches!(s.kind, K::HospitalName | K::PracticeName | K::TrustName));
        // A town, a street or a school ("the lollipop lady from St Mark's Primary") narrows less
        // than a named hospital: half a detail, and none beside one.
        let town = !named_place
            && place.iter().any(|s| {
                matches!(
                    s.kind,
                    K::Locality | K::StreetName | K::SchoolName | K::ClubName
                )
            });
        score += if bed_or_ward { 1.0 } else { 0.0 }
            + if named_place { 1.0 } else { 0.0 }
            + if town { 0.5 } else { 0.0 };
        if !condition.is_empty() {
            score += 1.0;
        }
        let hooks = hook.iter().filter(|s| s.kind == K::NarrativeHook).count();
        let jobs = hook
            .iter()
            .filter(|s| matches!(s.kind, K::Occupation | K::KnownPerson))
            .count();
        // Each local descriptor narrows the circle on its own: the estate, the jumper, the job.
        let descriptors = hook
            .iter()
            .filter(|s| s.kind == K::Descriptor)
            .count()
            .min(2);
        let hook_score: f64 = if hooks > 0 { 0.75 } else { 0.0 }
            + if hooks > 1 { 0.5 } else { 0.0 }
            + if jobs > 0 { 0.75 } else { 0.0 }
            + 0.75 * descriptors as f64;
        score += hook_score.min(1.5);
        if !results.is_empty() {
            score += 0.5;
        }
        if !image.is_empty() {
            score += 0.5;
        }
        if !direct.is_empty() {
            score += 2.0;
        }

        let consent = collect(a, &[K::Consent]);
        let anonymised = collect(a, &[K::Anonymised]);
        let educational = collect(a, &[K::Educational]);
        let strong_time = !time.is_empty();
        let mut mitigation = 0.0;
        if !hypothetical.is_empty() {
            mitigation += 2.5;
        }
        // A general phrase ("how to", "raise awareness") beside a patient given an age or a name
        // frames a real case, it does not make the post general.
        let concrete = !age.is_empty() || !direct.is_empty();
        if !generic.is_empty() {
            mitigation += if strong_time || concrete { 0.5 } else { 1.5 };
        }
        if !educational.is_empty() {
            mitigation += if strong_time { 0.5 } else { 1.0 };
        }
        if !consent.is_empty() {
            mitigation += 1.0;
        }
        if !anonymised.is_empty() {
            mitigation += 1.0;
        }

        let own_circle = !individual_spans.is_empty()
            && individual_spans.iter().all(|s| {
                let start = s.start as usize;
                s.kind != K::PatientRef
                    && (crate::detect::text::own_circle_before(text, start)
                        || crate::detect::text::word_before(text, start)
                            .is_some_and(|w| matches!(w.lower().as_str(), "my" | "our")))
            });
        let own_children = !individual_spans.is_empty()
            && individual_spans.iter().all(|s| {
                s.kind != K::PatientRef
                    && CHILDREN_WORD.is_match(s.text(text))
                    && crate::detect::text::word_before_is(text, s.start as usize, DOMESTIC_VERBS)
            });
        let definite_role = hook.iter().any(|s| {
            s.kind == K::Occupation
                && crate::detect::text::word_before(text, s.start as usize)
                    .is_some_and(|w| matches!(w.lower().as_str(), "the" | "our"))
                && text
                    .get(s.end as usize..)
                    .is_some_and(|rest| ROLE_FALLS_ILL.is_match(rest))
        });
        let rare_case = hook
            .iter()
            .any(|h| h.kind == K::NarrativeHook && RARITY.is_match(h.text(text)))
            && (!condition.is_empty() || RARE_THING.is_match(text));
        let small_place = place.iter().any(|p| {
            p.kind == K::Locality && {
                let t = p.text(text).to_ascii_lowercase();
                t.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| {
                    matches!(
                        w,
                        "village" | "hamlet" | "island" | "rural" | "pop" | "population"
                    )
                })
            }
        });
        // "Lost a patient today. It never gets easier", "had a patient thank me today": an
        // encounter told with nothing but the day, nothing about the patient or their care.
        let nothing_told = condition.is_empty()
            && results.is_empty()
            && age.is_empty()
            && direct.is_empty()
            && place.is_empty()
            && image.is_empty()
            && hook.is_empty()
            && !described
            && !a.has_any(&[K::ClinicalSetting, K::WardContext, K::WardRef, K::BedRef]);
        // The encounter is only the meeting ("had a patient") or the loss, not a care event
        // ("went home", "intubated").
        let bare_loss = !encounter.is_empty()
            && score <= 1.0
            && encounter.iter().all(|s| {
                let t = s.text(text).to_ascii_lowercase();
                t.contains("lost") || (nothing_told && t.contains("patient"))
            });
        Story {
            bare_loss,
            simulated: played_by_an_actor(text, &individual_spans),
            definite_role,
            described,
            rare_case,
            small_place,
            care_setting: a.has_any(&[K::ClinicalSetting, K::WardContext, K::WardRef, K::BedRef]),
            own_circle,
            own_children,
            individual,
            individual_spans,
            encounter,
            time,
            weak_time,
            age,
            place,
            condition,
            hook,
            results,
            image,
            direct,
            consent,
            anonymised,
            hypothetical,
            historical,
            generic,
            educational,
            score,
            mitigation,
        }
    }

    /// The score after mitigating statements.
    pub fn net(&self) -> f64 {
        self.score - self.mitigation
    }

    /// The text says it has consent or has been anonymised.
    pub fn mitigated(&self) -> bool {
        !self.consent.is_empty() || !self.anonymised.is_empty()
    }

    /// The text is framed as fiction or a teaching vignette.
    pub fn fictional(&self) -> bool {
        !self.hypothetical.is_empty() || self.historical
    }

    /// One encounter with one patient, told with enough detail to recognise them.
    pub fn is_patient_story(&self) -> bool {
        let who = match self.individual {
            Individual::Strong => true,
            // "The postman in our village overdosed last week": a person known by their role
            // in a community, with what happened to them and where or when, needs no clinical verb.
            // So is someone known by a local descriptor to whom something clinical happened
            // ("mr 'i know my rights' … same chest pain").
            Individual::Weak => {
                !self.encounter.is_empty()
                    || self.known_by_role_with_event()
                    || self.rare_case
                    || self.described
            }
            // "The second case of leprosy in Devon walked into my surgery": the case is the patient.
            // "Our island practice (pop 900) has its first ever case of MND": so does the island.
            Individual::None => self.rare_case && (!self.encounter.is_empty() || self.small_place),
        };
        // A patient given an age or a name, with their condition, is one person's care whether or
        // not the post says when ("this is my patient's story: 8yo Amelia, the meningitis case").
        // A consented story ("filmed with the full written consent of our patient Dev") is told
        // on purpose and keeps needing a time or place before it reads as a breach.
        let concrete_case = self.individual == Individual::Strong
            && (!self.age.is_empty() || !self.direct.is_empty())
            && !self.name_without_care()
            && !self.condition.is_empty()
            && !self.mitigated()
            && !self.own_circle;
        let when_or_where = !self.encounter.is_empty()
            || !self.time.is_empty()
            || concrete_case
            || self.known_by_role_with_event()
            || (self.individual == Individual::Strong
                && (!self.weak_time.is_empty() || !self.place.is_empty()))
            || ((self.rare_case || self.described)
                && (!self.weak_time.is_empty() || !self.place.is_empty()));
        // A patient named as such ("my patient", "a 67M", "the lady in bed 4") in one encounter is an
        // individual patient's care discussed (GMC 2013 ¶14) once one more detail is added; a person
        // who is a patient only by context ("a man") needs more before they are recognisable.
        // …and pinned to a real encounter: something happened (a clinical verb or setting) at a time
        // or place, outside any teaching or fictional frame.
        let pinned = !self.encounter.is_empty()
            && (!self.time.is_empty() || !self.place.is_empty())
            && self.educational.is_empty()
            && self.hypothetical.is_empty();
        let enough = self.net() >= 1.5
            || (self.individual == Individual::Strong && pinned && self.net() >= 1.0)
            || (!self.direct.is_empty() && self.score >= 3.0)
            || (self.described && self.net() >= 0.75)
            || (self.rare_case && self.net() >= 1.0);
        who && when_or_where
            && enough
            && self.clinical()
            && !self.name_without_care()
            && !self.bare_loss
            && !self.simulated
            && !self.historical
    }

    /// A name alone with a condition ("Kate Garraway's husband's story shows how devastating long
    /// covid can be") is news about someone, not care, until the post ties it to care: an
    /// encounter, "patient", a case hook, results or an image.
    pub fn name_without_care(&self) -> bool {
        let named_only = self.age.is_empty()
            && !self.direct.is_empty()
            && self
                .direct
                .iter()
                .all(|s| matches!(s.kind, K::PersonName | K::TitledName));
        let tied_to_care = !self.encounter.is_empty()
            || !self.place.is_empty()
            || self.care_setting
            || self
                .individual_spans
                .iter()
                .any(|s| s.kind == K::PatientRef)
            || !self.hook.is_empty()
            || !self.results.is_empty()
            || !self.image.is_empty();
        named_only && !tied_to_care
    }

    /// A definite person known by their role ("the postman", "our vicar") with a condition and a
    /// place or a time. "A postman in Devon died of sepsis" is news about anyone.
    fn known_by_role_with_event(&self) -> bool {
        self.definite_role
            && !self.condition.is_empty()
            && (!self.place.is_empty() || !self.time.is_empty() || !self.weak_time.is_empty())
    }

    /// Something says the person is a patient: "patient" or clinical shorthand ("23F", "8 year old
    /// girl"), a clinical verb or setting, a condition, results, a clinical image, a ward, bed or
    /// hospital, a date of birth or hospital number. An age, a name and a day alone ("Met Ollie,
    /// 30, at parkrun this morning") are anybody's.
    pub fn clinical(&self) -> bool {
        self.individual_spans
            .iter()
            .any(|s| matches!(s.kind, K::PatientRef | K::AgeSex))
            || !self.encounter.is_empty()
            || !self.condition.is_empty()
            || !self.results.is_empty()
            || !self.image.is_empty()
            || self.place.iter().any(|s| {
                matches!(
                    s.kind,
                    K::WardRef | K::BedRef | K::HospitalName | K::PracticeName | K::TrustName
                )
            })
            || self
                .direct
                .iter()
                .any(|s| matches!(s.kind, K::DateOfBirth | K::HospitalNumber))
            || self.rare_case
    }

    /// Spans worth showing as evidence, most identifying first.
    pub fn evidence_spans(&self) -> Vec<Span> {
        let mut v: Vec<Span> = Vec::new();
        for group in [
            &self.direct,
            &self.individual_spans,
            &self.age,
            &self.place,
            &self.time,
            &self.condition,
            &self.hook,
            &self.results,
            &self.image,
            &self.encounter,
            &self.consent,
            &self.anonymised,
        ] {
            v.extend(group.iter().copied());
        }
        v.sort();
        v.dedup();
        v
    }

    /// The details to remove, for an action instruction: identifiers and quasi-identifiers, not the
    /// clinical verbs.
    pub fn removable(&self) -> Vec<Span> {
        let mut v: Vec<Span> = Vec::new();
        for group in [
            &self.direct,
            &self.age,
            &self.place,
            &self.time,
            &self.hook,
            &self.condition,
        ] {
            v.extend(group.iter().copied());
        }
        if v.is_empty() {
            v.extend(self.individual_spans.iter().copied());
        }
        // Drop spans inside longer ones (the age inside an age+sex).
        v.sort_by_key(|s| (s.start, std::cmp::Reverse(s.end)));
        let mut kept: Vec<Span> = Vec::new();
        for s in v {
            if !kept.iter().any(|k| k.start <= s.start && k.end >= s.end) {
                kept.push(s);
            }
        }
        kept
    }
}

/// "Not a vet… please don't give her anything, human painkillers are dangerous for cats", "my
/// uncooperative patient today (the cat)": the one being treated is an animal, and no person is
/// said to be a patient, in a bed or on a ward.
pub fn about_an_animal(text: &str, a: &Analysis) -> bool {
    static ANIMAL: LazyLock<Regex> = LazyLock::new(|| {
        crate::detect::phrases::regex(
            r"(?i)\b(?:cats?|kittens?|dogs?|pupp(?:y|ies)|pups?|vets?|vet[’']s|rabbits?|hamsters?|guinea\s+pigs?|horses?|ponies|pony|budgie|parrot|tortoise|the\s+moggy)\b",
        )
    });
    // "The vet said my patient (the cat)…": a patient word counts as the animal only where a vet,
    // a cattery or a kennel says whose care it is; "my patient brought her dog to clinic" is a
    // person's.
    static VET: LazyLock<Regex> = LazyLock::new(|| {
        crate::detect::phrases::regex(
            r"(?i)\b(?:vets?|vet[’']s|veterinary|cattery|kennels?|wormer|flea\s+treatment)\b",
        )
    });
    ANIMAL.is_match(text)
        && !a.has_any(&[
            SpanKind::BedRef,
            SpanKind::WardRef,
            SpanKind::PatientName,
            SpanKind::TitledName,
            SpanKind::AgeSex,
        ])
        && (!a.has(SpanKind::PatientRef) || VET.is_match(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn story(text: &str) -> Story {
        Story::of(text, &Analysis::of_text(text))
    }

    #[test]
    fn a_pets_care_is_no_patient_story_but_a_patients_dog_is_beside_one() {
        let animal = |t: &str| about_an_animal(t, &Analysis::of_text(t));
        assert!(animal(
            "Not a vet, but please don't give her paracetamol, human painkillers are dangerous for cats"
        ));
        assert!(animal(
            "My most uncooperative patient at the vet's today: our cat, who bit the nurse"
        ));
        assert!(!animal(
            "My patient brought her dog to clinic and collapsed with a stroke in the waiting room"
        ));
        assert!(!animal(
            "The man in bed 4 keeps asking after his dog, bless him"
        ));
    }

    #[test]
    fn trades_and_community_roles_are_memorable_details() {
        let s =
            story("Saw a dairy farmer in clinic this morning who owns a herd of 300, crushed hand");
        assert!(s.hook.iter().any(|h| h.kind == K::Occupation), "{s:?}");
        assert!(s.is_patient_story(), "{s:?}");
        let plain = story("Be a role model for the juniors on the ward this morning");
        assert!(
            plain.hook.iter().all(|h| h.kind != K::Occupation),
            "{plain:?}"
        );
        assert!(!plain.is_patient_story(), "{plain:?}");
    }

    #[test]
    fn a_patient_placed_by_school_village_or_operation_is_a_story() {
        for t in [
            "Lovely to see the lollipop lady from St Mark's Primary back at work after her hip op, she was one of mine",
            "Only one vet in our village and he's now my patient with early onset dementia",
            "The postman in our village overdosed on his wife's tablets last week, he's home now",
        ] {
            assert!(story(t).is_patient_story(), "{t}: {:?}", story(t));
        }
        for t in [
            "Lovely chat with the lollipop lady at St Mark's Primary, she's retiring after 30 years",
            "Only one vet in our village and he's brilliant with our dog",
            "A postman in Devon died of sepsis last week, a tragic reminder to know the signs",
            "The postman in our village raised £500 for dementia research last month",
            "The caretaker from Holy Cross High gave a talk on living with diabetes yesterday",
        ] {
            assert!(!story(t).is_patient_story(), "{t}");
        }
    }

    #[test]
    fn decade_ages_count_as_age() {
        let s =
            story("Last night in resus: 40-something bloke, dressed as a pirate, fell off a pier");
        assert!(!s.age.is_empty(), "{s:?}");
        assert!(s.is_patient_story(), "{s:?}");
        assert!(story("Nothing beats 80s music on a night shift")
            .age
            .is_empty());
        assert!(
            story("20-odd yrs as a local GP, I've seen what the cuts do")
                .age
                .is_empty()
        );
    }

    #[test]
    fn a_specific_encounter_is_a_story() {
        let s = story("Had a 23yo in resus after a stabbing last night");
        assert_eq!(s.individual, Individual::Strong);
        assert!(s.is_patient_story(), "{s:?}");
    }

    #[test]
    fn general_commentary_and_fiction_are_not() {
        for t in [
            "Many patients with chest pain worry it's their heart",
            "Hypothetical: a 70-year-old man with confusion and a UTI came in last night",
            "If a patient asks for antibiotics for a cold, explain why not",
        ] {
            assert!(!story(t).is_patient_story(), "{t}");
        }
    }

    #[test]
    fn consent_lowers_but_keeps_identifiers() {
        let s = story("With her permission: Mrs Khan, 67, beat bowel cancer and ran a 10k today");
        assert!(s.mitigated());
        assert!(!s.direct.is_empty());
    }

    #[test]
    fn care_started_results_told_and_names_operated_on_make_a_story() {
        for t in [
            "Our school's caretaker started chemotherapy today, the kids made him a card",
            "Told a pub landlord this afternoon his liver tests are shocking",
            "Yesterday we performed our first keyhole hernia repair on Mr Dennis Harwood, who came back today to thank the theatre team",
            "Five years ago today I operated on Katie Brennan after her fall",
            "guess whos back on ward 5 again mr \"i know my rights\" from last month, same chest pain",
        ] {
            assert!(story(t).is_patient_story(), "{t}");
        }
        for t in [
            "Started chemo today. Thanks for all the messages",
            "Mr Dennis Harwood, our retiring theatre manager, joined us today to cut the cake",
            "Yesterday we performed our 100th keyhole hernia repair, well done team",
        ] {
            assert!(!story(t).is_patient_story(), "{t}");
        }
    }

    #[test]
    fn colleagues_are_not_patients() {
        for t in [
            "Mr Smith is operating on bed 4 this afternoon",
            "Thanks to Mr Khan, our consultant, for the list",
            "Sarah Jones is on call tonight, bleep 1234",
        ] {
            assert!(patient_names(t, &Analysis::of_text(t)).is_empty(), "{t}");
        }
        assert_eq!(
            patient_names(
                "Mrs Patel in bay 2 has an INR of 4.5",
                &Analysis::of_text("Mrs Patel in bay 2 has an INR of 4.5")
            )
            .len(),
            1
        );
    }

    #[test]
    fn a_rare_case_singles_the_patient_out() {
        let s =
            story("Fascinating case in clinic this morning: one of only 12 known cases in the UK");
        assert!(s.generic.is_empty(), "{s:?}");
        assert!(s.is_patient_story(), "{s:?}");
        assert!(!story("Rare diseases affect 1 in 17 people in the UK").is_patient_story());
    }

    #[test]
    fn an_empty_bed_is_furniture() {
        assert!(!story(
            "Bed 9 is the best bed on the unit, it's got the view of the hills. On nights tonight"
        )
        .is_patient_story());
        assert!(
            story("Bed 9 keeps pulling her cannula out tonight, third time").is_patient_story()
        );
    }

    #[test]
    fn a_named_patient_with_one_more_detail_is_a_story() {
        assert!(story("My patient with the odd gait went home this afternoon").is_patient_story());
        assert!(!story("I once saw it work in a patient, honestly").is_patient_story());
    }

    #[test]
    fn a_patient_with_an_age_or_name_and_a_condition_needs_no_time() {
        assert!(story(
            "Yep, this is my patient's story in the paper: 8yo Amelia, the meningitis case"
        )
        .is_patient_story());
        assert!(
            story("My patient, 29, with a kidney stone the size of a marble").is_patient_story()
        );
        // …unless it is told with consent, or of the writer's own child.
        assert!(!story(
            "Filmed with the full written consent of our patient Dev, who had a kidney transplant"
        )
        .is_patient_story());
        assert!(
            !story("My 4yo girl was up all night with chickenpox, any tips?").is_patient_story()
        );
    }

    #[test]
    fn an_age_a_name_and_a_day_are_not_a_patient() {
        for t in [
            "Met Ollie, 30, at the parkrun this morning, he smashed his PB",
            "Harold, 100 today, our neighbour, got a card from the King!",
            "My daughter Ellie, 7, lost her first tooth today!",
        ] {
            assert!(!story(t).is_patient_story(), "{t}");
        }
        assert!(
            story("Gladys in bay 3 is 100 today and the whole ward sang to her").is_patient_story()
        );
    }

    #[test]
    fn a_general_phrase_does_not_hide_a_real_case() {
        let s = story(
            "Case from my practice: 52 y/o taxi driver, alcohol dependence, now sober. Sharing to raise awareness",
        );
        assert!(s.is_patient_story(), "{s:?}");
        assert!(
            !story("Raising awareness of kidney stones this week: drink plenty of water")
                .is_patient_story()
        );
    }

    #[test]
    fn very_old_ages_weigh_more() {
        let a = story("My patient, 94 years old, went home today");
        let b = story("My patient, 54 years old, went home today");
        assert!(a.score > b.score);
    }

    #[test]
    fn a_case_told_as_rare_singles_out_its_patient() {
        for t in [
            "Only the second case of leprosy in Devon this decade and he walked into my surgery in Bideford this morning.",
            "Our little island practice (pop 900) has its first ever case of motor neurone disease. Heartbreaking for everyone who knows her.",
            "Rare one today: a retired lighthouse keeper from the village with Wilson's disease.",
            "First confirmed botulism in the county for years came through our doors last night. He's on ITU.",
        ] {
            let s = story(t);
            assert!(s.rare_case && s.is_patient_story(), "{t}: {s:?}");
        }
        for t in [
            "Rare diseases day: 1 in 17 people will be affected by a rare condition in their lifetime.",
            "UKHSA reports the first confirmed case of botulism linked to cosmetic injections this year. Please report suspected cases.",
            "Rare syndromes study day in Bristol next month, a handful of places left for trainees.",
            "Leprosy is still diagnosed in the UK, usually in people who have lived abroad.",
        ] {
            assert!(!story(t).is_patient_story(), "{t}");
        }
    }

    #[test]
    fn a_patient_lost_with_nothing_but_the_day_is_grief_not_a_case() {
        let grief = story(
            "Sad day. Lost a patient today and it never gets easier. Hug ur loved ones 2nite x",
        );
        assert!(!grief.is_patient_story(), "{grief:?}");
        let thanks = story(
            "had a patient thank me today for something i barely remember doing. made my week",
        );
        assert!(!thanks.is_patient_story(), "{thanks:?}");
        let anyone = story("in general a child who's floppy or has a rash that doesn't fade needs A&E now, 111 can help tonight");
        assert!(!anyone.is_patient_story(), "{anyone:?}");
        let actor = story("Great sepsis teaching today 👏 thanks to our simulated patient Geoff, brilliant at being very unwell");
        assert!(!actor.is_patient_story(), "{actor:?}");
        let real = story("Our simulated patient was great, but the real one in bed 4 today, 84, with sepsis, was not so lucky");
        assert!(real.is_patient_story(), "{real:?}");
        for t in [
            "Lost a patient today, 34M from a PE on ward 7. It never gets easier",
            "We lost Mrs Green in bed 4 last night, she was 97 and a real character",
            "had a patient thank me today, 23yo with a PE we caught in minors last month",
        ] {
            assert!(story(t).is_patient_story(), "{t}: {:?}", story(t));
        }
    }
    #[test]
    fn someone_known_seen_in_clinic_or_on_the_ward_is_a_patient_story() {
        for t in [
            "You'll never guess who I saw in antenatal clinic today - Jenny Marsh from sixth form! Pregnant again at 19",
            "Mum you know Mrs Okafor from church? She's on my ward with a breast lump, biopsy came back this morning",
        ] {
            assert!(story(t).is_patient_story(), "{t}: {:?}", story(t));
        }
        for t in [
            "Great to have my colleague back in clinic today - Sarah Jones is retiring next month after 30 years!",
            "In clinic today - huge thanks to Mrs Patel our practice manager for sorting the rota!",
        ] {
            assert!(!story(t).is_patient_story(), "{t}: {:?}", story(t));
        }
    }

    #[test]
    fn a_famous_patient_hinted_at_is_a_story_but_a_five_a_side_striker_is_not() {
        let t = "Guess which Premier League striker came through fracture clinic this morning with a cast on his left wrist, not saying who";
        assert!(story(t).is_patient_story(), "{t}: {:?}", story(t));
        let t = "Our striker scored twice this morning for the hospital 5-a-side team, fracture clinic reg in goal!";
        assert!(!story(t).is_patient_story(), "{t}: {:?}", story(t));
    }
}

//! Detectors shared by rules: identifiers, lexicons, temporal and clinical cues. Each detector works on
//! plain text and returns byte spans, so rules can turn them into [`crate::rules::Evidence`].
//!
//! A rule never looks for a bare keyword: it asks a per-record [`Analysis`] which kinds of span a text
//! holds (an NHS number with a valid check digit, an age with a sex, a ward, a temporal marker of one
//! encounter, a consent statement…) and judges their combination in the record's context. The
//! analysis is computed once per record (the engine hands it to every rule through
//! [`crate::rules::Context`]) and is built from:
//!
//! - one pass of a single Aho-Corasick automaton over every cue list ([`lexicon`]) and every
//!   phrase list ([`phrases`]), taken once per record when the engine enters it ([`gate`]), which
//!   also lets each regex skip a record that lacks the literals any match of it must contain;
//! - one scan for digit runs, from which identifiers, contact details, dates, times, doses and ages
//!   are read ([`numbers`], [`contact`], [`dates`]); regexes only ever run on small windows around a
//!   candidate;
//! - a few compound detectors that start from a cue and read the words around it: bed/bay/ward,
//!   hospital, practice, school and street names ([`places`]), titled names and initials ([`names`]).
//!
//! Spans are byte offsets into `record.text`, sorted by start. Offsets are `u32` to keep the analysis
//! small; texts beyond 4 GiB cannot occur (input limits) and are truncated defensively.

pub mod audience;
pub mod claims;
pub mod contact;
pub mod dates;
pub mod descriptors;
mod dfa_cache;
pub mod disclosure;
pub mod dosing;
pub mod gate;
pub mod gazetteer;
pub mod insults;
pub mod lexicon;
pub mod literals;
pub mod medicines;
pub mod minimising;
pub mod names;
pub mod numbers;
pub mod people;
pub mod phrases;
pub mod places;
pub mod procedures;
pub mod promotion;
pub mod stance;
pub mod steering;
pub mod stereotypes;
pub mod text;

use crate::model::Record;
use std::ops::Range;

macro_rules! span_kinds {
    ($( $(#[$doc:meta])* $variant:ident => $name:literal ),* $(,)?) => {
        /// What a span is. The snake_case name is what findings show as evidence `matched`, and what
        /// lexicon sections are called.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[repr(u8)]
        pub enum SpanKind { $( $(#[$doc])* $variant ),* }

        impl SpanKind {
            pub const ALL: &'static [SpanKind] = &[ $( SpanKind::$variant ),* ];

            pub fn as_str(self) -> &'static str {
                match self { $( SpanKind::$variant => $name ),* }
            }

            pub fn from_name(name: &str) -> Option<SpanKind> {
                match name { $( $name => Some(SpanKind::$variant), )* _ => None }
            }
        }
    };
}

span_kinds! {
    // ---- identifiers, found by code ----
    /// A 10-digit NHS number (England, Wales, Isle of Man) with a valid Mod-11 check digit, written
    /// 3-3-4 or next to an NHS context word.
    NhsNumber => "nhs_number",
    /// A Scottish CHI number: valid DDMMYY date of birth and Mod-11 check digit.
    ChiNumber => "chi_number",
    /// A Northern Ireland H&C number (320000001–399999999 plus check digit).
    HcNumber => "hc_number",
    /// A number in the 999 test range: valid check digit, never issued.
    NhsTestNumber => "nhs_test_number",
    /// Ten bare digits with a valid check digit in an issued range, without layout or context.
    HealthNumberUnconfirmed => "health_number_unconfirmed",
    /// A local hospital number after `MRN`, `hosp no`, `unit no`…
    HospitalNumber => "hospital_number",
    DateOfBirth => "date_of_birth",
    /// A calendar date (`03/04/1957`, `3rd April 1957`, `2023-04-03`).
    Date => "date",
    /// A clock time (`3am`, `03:30`).
    TimeOfDay => "time_of_day",
    /// An age (`72-year-old`, `aged 67`, `4yo`, `in her 80s`).
    Age => "age",
    /// An age with a sex (`67M`, `a 4yo girl`, `72-year-old woman`).
    AgeSex => "age_sex",
    /// A bed, bay, side room or cubicle with its number (`bed 12`, `side room 4`).
    BedRef => "bed_ref",
    /// A named or numbered ward (`Ward 7B`, `Nightingale Ward`).
    WardRef => "ward_ref",
    HospitalName => "hospital_name",
    /// A GP practice or health centre (`Elm Tree Surgery`, `Parkside Medical Centre`).
    PracticeName => "practice_name",
    /// An NHS trust or health board (`Barts Health NHS Trust`).
    TrustName => "trust_name",
    SchoolName => "school_name",
    /// A named sports club or team (`Hartcliffe FC`, `Sunderland Harriers`): with a position or an
    /// age group it points at one player.
    ClubName => "club_name",
    /// A house number and street (`12 Acacia Avenue`).
    StreetAddress => "street_address",
    /// A street without a house number (`Acacia Avenue`).
    StreetName => "street_name",
    /// A UK town where it places someone (`from Ludlow`, `near Whitby`).
    Locality => "locality",
    /// A full UK postcode with its inward code.
    Postcode => "postcode",
    PhoneNumber => "phone_number",
    EmailAddress => "email_address",
    /// `Mr`/`Mrs`/`Ms`/`Miss`/`Mx` and a surname or initial: a patient or a surgeon, context decides.
    TitledName => "titled_name",
    /// `Dr`/`Prof`/`Sister`/`Nurse` and a name: a colleague.
    ColleagueName => "colleague_name",
    /// `patient JB`, `pt AB`.
    PatientInitials => "patient_initials",
    /// `patient Mary`, `a lady called Doris`.
    PatientName => "patient_name",

    // ---- triggers: cues other detectors start from ----
    NhsContext => "nhs_context",
    ChiContext => "chi_context",
    HcContext => "hc_context",
    HospitalNumberContext => "hospital_number_context",
    DobContext => "dob_context",
    BedContext => "bed_context",
    WardContext => "ward_context",
    AgeContext => "age_context",
    TitlePerson => "title_person",
    TitleColleague => "title_colleague",
    MonthName => "month_name",
    InstitutionHospital => "institution_hospital",
    InstitutionPractice => "institution_practice",
    InstitutionTrust => "institution_trust",
    SchoolSuffix => "school_suffix",
    ClubSuffix => "club_suffix",
    StreetSuffix => "street_suffix",
    /// `patient`, `called`, `named`: words a name follows.
    NameIntro => "name_intro",
    /// A common UK forename (case-sensitive), the start of a full name.
    Forename => "forename",
    /// A forename and a surname (`Margaret Jones`).
    PersonName => "person_name",

    // ---- clinical narrative ----
    /// An individual patient named as such: `my patient`, `a pt`, `the lady in bed`.
    PatientRef => "patient_ref",
    /// A person who is a patient only in a clinical context: `a man`, `an elderly lady`.
    PersonRef => "person_ref",
    /// First-person clinical encounter: `I saw`, `came in with`, `presented with`, `we lost`.
    Encounter => "encounter",
    /// Where care happens: `in resus`, `on the ward`, `ICU`, `GP surgery`.
    ClinicalSetting => "clinical_setting",
    /// A specific time of an encounter: `today`, `last night`, `on my shift`.
    Temporal => "temporal",
    /// A vaguer time: `this week`, `recently`, `the other day`.
    TemporalWeak => "temporal_weak",
    Condition => "condition",
    /// A detail that makes a case memorable: `you'll never guess`, `dressed as`, `frequent flyer`.
    NarrativeHook => "narrative_hook",
    /// A detail neighbours know a person by: `the estate behind Tesco`, `the one with the parrot
    /// jumper`, `the guy from the car wash` ([`descriptors`]).
    Descriptor => "descriptor",
    /// An occupation or public role of the person: `a teacher`, `a local councillor`.
    Occupation => "occupation",
    /// Someone the reader knows: `your neighbour`, `your old boss`.
    KnownPerson => "known_person",
    /// A clinical image: `x-ray`, `CT`, `the wound`, `pic of`.
    ClinicalImage => "clinical_image",
    /// A picture is shown: `pic of`, `photo`, `look at this`, `📸`.
    PhotoCue => "photo_cue",
    /// Test results: `bloods`, `potassium`, `biopsy result`.
    Results => "results",
    /// Follow-up of a case told before: `update on`, `remember the`.
    Continuation => "continuation",
    /// Words around a colleague rather than a patient: `consultant`, `registrar`, `thanks to`.
    ColleagueCue => "colleague_cue",

    // ---- what lowers risk ----
    /// `shared with consent`, `with the patient's permission`.
    Consent => "consent",
    /// `details changed`, `anonymised`.
    Anonymised => "anonymised",
    /// `hypothetical`, `composite case`, `fictional`.
    Hypothetical => "hypothetical",
    /// General commentary: `in general`, `many patients`, `if a patient`.
    Generic => "generic",
    /// Teaching framing: `#FOAMed`, `teaching case`, `what's the diagnosis?`.
    Educational => "educational",

    // ---- whereabouts ----
    HomeCue => "home_cue",
    ChildCue => "child_cue",
    /// `every Tuesday`, `most mornings`, `my usual`.
    Recurrence => "recurrence",
    /// `the gym`, `parkrun`, `the pool`.
    RoutinePlace => "routine_place",
    /// `live location`, `I'm at`, `📍`.
    LiveLocation => "live_location",
    /// `right now`, `at the moment`, `come say hi`.
    NowCue => "now_cue",
    /// `home alone`, `house to myself`.
    HomeAlone => "home_alone",
    /// `until Friday`, `for two weeks`, `on holiday until`.
    AwayCue => "away_cue",
    Weekday => "weekday",

    // ---- boundaries ----
    /// The other person refers to having been seen by the doctor: `you saw me`, `my results`.
    CareContact => "care_contact",
    /// The doctor addressing someone's own care: `your results`, `your dose`.
    CareAddressed => "care_addressed",
    /// A question about one's own symptoms, results or medicines: `is it normal`, `should I take`.
    SymptomQuery => "symptom_query",
    /// Individual clinical advice: `you should take`, `increase your dose`, `sounds like`.
    Advice => "advice",
    /// Redirection to proper care: `book an appointment`, `call 111`, `I can't give advice here`.
    Redirect => "redirect",
    Romantic => "romantic",
    /// The doctor–patient relation named: `you were my patient`, `now that you're not my patient`.
    PatientRelation => "patient_relation",
    Friending => "friending",
    /// Accepting an invitation: `I'd love to`, `when are you free`.
    Accept => "accept",
    /// A dose: `2 tablets`, `400mg`, `twice a day`.
    Dose => "dose",

    // ---- identity ----
    /// `doctor`, `GP`, `consultant`, `MBBS`, `🩺` in a bio or name.
    AuthorityClaim => "authority_claim",
    /// `as a doctor`, `GP here`, `trust me, I'm a doctor`.
    AuthorityInvocation => "authority_invocation",
    /// `not a doctor`, `PhD`, `Doctor Who`.
    AuthorityNegation => "authority_negation",
    /// A word that makes a post health commentary: `vaccine`, `symptoms`, `NHS`.
    HealthTopic => "health_topic",
    /// Words that mark a pseudonym: `secret`, `anon`, `grumpy`.
    Pseudonym => "pseudonym",

    // ---- raising concerns ----
    /// `is dangerous`, `covering up deaths`, `killing patients`.
    ConcernAccusation => "concern_accusation",
    /// `our trust`, `the consultant on`, `management`.
    ConcernTarget => "concern_target",
    /// `whistleblowing`, `going public`, `nobody listens`.
    Whistleblow => "whistleblow",
    /// `Freedom to Speak Up`, `Datix`, `reported to the GMC`.
    ProperChannel => "proper_channel",
    /// System-level advocacy: `the government`, `across the NHS`, `nationally`.
    Advocacy => "advocacy",

    // ---- boundaries (continued) ----
    /// An invitation into private contact: `DM me`, `message me privately`, `here's my mobile`.
    PrivateInvite => "private_invite",
    /// The doctor offering personal care outside a healthcare setting: `I'll tell you what to take`,
    /// `I can write you a private script`, `I can see you privately`.
    CareOffer => "care_offer",
    /// An explicit refusal to advise or assess here: `I can't advise over DM`, `not going to diagnose`.
    Refusal => "refusal",
    /// A working diagnosis given to someone: `it looks like`, `almost certainly`, `from your photos`.
    Diagnosis => "diagnosis",

    // ---- identity (continued) ----
    /// The writer says they are anonymous: `anon`, `throwaway`, `not my real name`, `pseudonymous`.
    AnonymityDeclared => "anonymity_declared",
    /// An account or post offering health answers: `ask me anything`, `health advice`, `DMs open for
    /// questions`, `truths the NHS won't tell you`.
    AdviceOffer => "advice_offer",
}

/// True when a lexicon span of `kind` starts at byte `start`.
pub(crate) fn lexicon_is(spans: &[Span], start: usize, kind: SpanKind) -> bool {
    spans
        .iter()
        .any(|s| s.kind == kind && s.start as usize == start)
}

/// A byte span of a text and what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub start: u32,
    pub end: u32,
    pub kind: SpanKind,
}

impl Span {
    pub fn new(start: usize, end: usize, kind: SpanKind) -> Span {
        let clamp = |v: usize| u32::try_from(v).unwrap_or(u32::MAX);
        Span {
            start: clamp(start),
            end: clamp(end.max(start)),
            kind,
        }
    }

    pub fn range(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    /// The spanned text (empty if the span does not fit `text`).
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.range()).unwrap_or("")
    }
}

/// Everything the detectors found in one text, computed once per record.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Analysis {
    /// Spans sorted by start, then kind.
    pub spans: Vec<Span>,
    present: u128,
    fingerprint: u64,
}

/// FNV-1a over the text, to tell whether a cached analysis belongs to a record.
fn fingerprint(text: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ text.len() as u64;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

impl Analysis {
    /// Analyse a record's text.
    pub fn of(record: &Record) -> Analysis {
        Analysis::of_text(&record.text)
    }

    /// Analyse a text.
    pub fn of_text(text: &str) -> Analysis {
        let mut spans = Vec::new();
        let links = text::link_ranges(text);
        lexicon::CUES.scan(text, &links, &mut spans);
        let runs = numbers::digit_runs(text, &links);
        if !runs.is_empty() {
            numbers::detect(text, &runs, &mut spans);
            dates::detect_numeric(text, &runs, &mut spans);
        }
        dates::detect_written(text, &mut spans);
        dates::detect_ages(text, &runs, &mut spans);
        dates::detect_ages_with_at(text, &runs, &mut spans);
        places::detect(text, &mut spans);
        names::detect(text, &mut spans);
        people::detect(text, &mut spans);
        procedures::detect(text, &mut spans);
        descriptors::detect(text, &mut spans);
        contact::detect_emails(text, &links, &mut spans);
        steering::detect(text, &mut spans);
        spans.sort();
        spans.dedup();
        let mut present = 0u128;
        for s in &spans {
            present |= 1u128 << (s.kind as u8);
        }
        Analysis {
            spans,
            present,
            fingerprint: fingerprint(text),
        }
    }

    /// True when this analysis was computed from `text`.
    pub fn is_of(&self, text: &str) -> bool {
        self.fingerprint == fingerprint(text)
    }

    pub fn has(&self, kind: SpanKind) -> bool {
        self.present & (1u128 << (kind as u8)) != 0
    }

    pub fn has_any(&self, kinds: &[SpanKind]) -> bool {
        kinds.iter().any(|&k| self.has(k))
    }

    /// Spans of one kind, in text order.
    pub fn of_kind(&self, kind: SpanKind) -> impl Iterator<Item = &Span> + '_ {
        let has = self.has(kind);
        self.spans.iter().filter(move |s| has && s.kind == kind)
    }

    /// Spans of any of `kinds`, in text order.
    pub fn of_kinds<'a>(&'a self, kinds: &'a [SpanKind]) -> impl Iterator<Item = &'a Span> + 'a {
        self.spans.iter().filter(move |s| kinds.contains(&s.kind))
    }

    pub fn first(&self, kind: SpanKind) -> Option<&Span> {
        self.of_kind(kind).next()
    }

    pub fn count(&self, kind: SpanKind) -> usize {
        self.of_kind(kind).count()
    }

    /// A span of `kind` starting within `before` bytes before `pos` or `after` bytes after it.
    pub fn near(&self, kind: SpanKind, pos: usize, before: usize, after: usize) -> Option<&Span> {
        let lo = pos.saturating_sub(before);
        let hi = pos.saturating_add(after);
        self.of_kind(kind).find(|s| {
            let st = s.start as usize;
            let en = s.end as usize;
            (en >= lo && st <= pos) || (st >= pos && st <= hi)
        })
    }
}

/// The phrase lists of the promotion, medicine, claim, insult and place detectors. Each record's
/// text is searched for all of them in one pass ([`phrases::record_hits`]); the benchmark's lower
/// bound searches for all their terms ([`lexicon_terms`]).
pub(crate) const PHRASE_LISTS: &[&str] = &[
    include_str!("lexicons/claims_phrases.txt"),
    include_str!("lexicons/disclosure_phrases.txt"),
    include_str!("lexicons/insults.txt"),
    include_str!("lexicons/insults_patient_slang.txt"),
    include_str!("lexicons/insults_groups.txt"),
    include_str!("lexicons/medicines_pom.txt"),
    include_str!("lexicons/medicines_otc.txt"),
    include_str!("lexicons/promotion_cues.txt"),
    include_str!("lexicons/promotion_brands.txt"),
    include_str!("lexicons/promotion_procedures.txt"),
    include_str!("lexicons/towns.txt"),
    claims::TROPE_WORDS,
    claims::ANTI_EVIDENCE_WORDS,
];

/// Every term the rule lexicons search for, for the benchmark's lower bound (one Aho-Corasick pass
/// over the archive's bytes for all of them).
pub fn lexicon_terms() -> Vec<String> {
    let mut terms: Vec<String> = PHRASE_LISTS
        .iter()
        .flat_map(|src| {
            phrases::PhraseSet::parse(src)
                .phrases()
                .iter()
                .map(|p| p.text.clone())
                .collect::<Vec<_>>()
        })
        .chain(lexicon::CUES.terms())
        .collect();
    terms.sort();
    terms.dedup();
    terms
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn kinds_in(text: &str) -> Vec<(&'static str, String)> {
        Analysis::of_text(text)
            .spans
            .iter()
            .map(|s| (s.kind.as_str(), s.text(text).to_string()))
            .collect()
    }

    #[test]
    fn every_kind_name_round_trips_and_fits_the_bitset() {
        assert!(SpanKind::ALL.len() <= 128);
        for &k in SpanKind::ALL {
            assert_eq!(SpanKind::from_name(k.as_str()), Some(k));
        }
    }

    #[test]
    fn analysis_knows_its_text() {
        let a = Analysis::of_text("Saw a 67M in resus today");
        assert!(a.is_of("Saw a 67M in resus today"));
        assert!(!a.is_of("Saw a 67M in resus today!"));
        assert!(
            a.has(SpanKind::AgeSex),
            "{:?}",
            kinds_in("Saw a 67M in resus today")
        );
        assert!(a.has(SpanKind::Temporal));
        assert!(!a.has(SpanKind::NhsNumber));
    }

    #[test]
    fn spans_are_sorted_and_within_the_text() {
        let t = "Mrs P in bay 4 (DOB 03/04/1957), NHS no 943 476 5919, lives on Elm Road M1 1AE";
        let a = Analysis::of_text(t);
        assert!(a.spans.windows(2).all(|w| w[0] <= w[1]));
        for s in &a.spans {
            assert!(t.get(s.range()).is_some(), "{s:?}");
        }
        for k in [
            SpanKind::TitledName,
            SpanKind::BedRef,
            SpanKind::DateOfBirth,
            SpanKind::NhsNumber,
            SpanKind::Postcode,
        ] {
            assert!(a.has(k), "{k:?} missing in {:?}", kinds_in(t));
        }
    }

    #[test]
    fn near_looks_both_ways() {
        let t = "NHS number: 943 476 5919";
        let a = Analysis::of_text(t);
        let n = a.first(SpanKind::NhsNumber).unwrap();
        assert!(a
            .near(SpanKind::NhsContext, n.start as usize, 20, 0)
            .is_some());
        assert!(a
            .near(SpanKind::Temporal, n.start as usize, 20, 20)
            .is_none());
    }
}
/// Developer aid: `TEXT='…' cargo test --lib debug_print -- --ignored --nocapture` lists the spans.
#[cfg(test)]
mod debug_print {
    #[test]
    #[ignore]
    fn print_spans() {
        let t = std::env::var("TEXT").unwrap_or_default();
        for s in &super::Analysis::of_text(&t).spans {
            println!("{:<24} {:?}", s.kind.as_str(), s.text(&t));
        }
        for m in super::medicines::find(&t)
            .iter()
            .chain(&super::medicines::find_otc(&t))
        {
            println!("medicine {:<15} {:?} {:?}", m.class, m.name, m.legal);
        }
        let directives = super::dosing::find_directives(&t);
        let regimens = super::dosing::find_regimens(&t);
        let labelled = directives.iter().map(|d| ("directive", d));
        for (label, d) in labelled.chain(regimens.iter().map(|d| ("regimen", d))) {
            println!(
                "{label} {:?} {:?} ph={:?} strong={:?} edu={} others={}",
                d.kind,
                t.get(d.start..d.end).unwrap_or(""),
                super::dosing::public_health_near(&t, d.start),
                super::dosing::strong_public_health_near(&t, d.start),
                super::stance::educational_near(&t, d.start),
                super::stance::is_others_words(&t, d.start, d.end)
            );
        }
        for (s, e) in super::dosing::find_amounts(&t) {
            println!("amount {:?}", t.get(s..e).unwrap_or(""));
        }
        for c in super::promotion::find_cues(&t, &[]) {
            println!("cue {:?} {:?}", c.kind, t.get(c.start..c.end).unwrap_or(""));
        }
        for b in super::promotion::find_brands(&t) {
            println!("brand {:?}", t.get(b.start..b.end).unwrap_or(""));
        }
        let claims = super::claims::find_claims(&t);
        let tropes = super::claims::find_tropes(&t);
        let anti = super::claims::find_anti_evidence(&t);
        for c in claims.iter().chain(&tropes).chain(&anti) {
            println!(
                "claim {:<18} {:<16} {:?} others={} debunked={} question={}",
                c.kind.as_str(),
                c.topic,
                t.get(c.start..c.end).unwrap_or(""),
                super::stance::is_others_words(&t, c.start, c.end),
                super::stance::debunking_near(&t, c.start, c.end),
                super::stance::in_question(&t, c.start)
            );
        }
    }
}

//! `--redact`: reports that can be shared without sharing patients and third parties.
//!
//! An adviser often has to pass a report on (to a colleague, a responsible officer, a lawyer); the
//! findings themselves quote the very identifiers that make them findings. Redaction replaces every
//! third-party and patient identifier with a consistent mask — the same person is `[NAME-1]` in every
//! file and every post, so the report still reads — while keeping what the doctor needs to act: the
//! record's own link, its timestamp and ids, the doctor's own names and handles, and rule metadata.
//!
//! It works in two passes over every string any report prints. The first *harvests* values: evidence
//! spans whose `matched` kind is an identifier (whatever rule found it), the names and handles of other
//! people on records, mentions, and this module's own patterns (titled names, initials after a clinical
//! noun, NHS/CHI/H&C numbers by Modulus 11, dates of birth, phone numbers, e-mail addresses, postcodes,
//! street addresses, long digit identifiers, @handles). Masks are numbered in order of first appearance,
//! which is deterministic because findings are. The second pass *replaces*: every harvested value
//! wherever it appears (case-insensitively, on word boundaries), plus pattern hits in place. Evidence
//! offsets are moved with the text so highlighted spans still line up.
//!
//! The harvest runs both this module's patterns and the rules' own detectors (`src/detect/`): what
//! any rule can recognise as an identifier is masked, and the module's patterns stay as a wider net,
//! because redaction must err towards masking (see [`patterns`]).

use crate::engine::Coverage;
use crate::rules::{Evidence, Finding};
use regex::Regex;
use std::collections::{BTreeMap, BTreeSet};
/// What a masked value was.
///
/// Declaration order is the tie-break when two patterns find the same span: a checksummed health
/// number beats a phone number of the same digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MaskKind {
    Name,
    Initials,
    Handle,
    Email,
    NhsNumber,
    ChiNumber,
    HcNumber,
    Phone,
    Dob,
    Postcode,
    Address,
    IdNumber,
}

impl MaskKind {
    fn label(self) -> &'static str {
        match self {
            MaskKind::Name => "NAME",
            MaskKind::Initials => "INITIALS",
            MaskKind::Handle => "HANDLE",
            MaskKind::Email => "EMAIL",
            MaskKind::Phone => "PHONE",
            MaskKind::NhsNumber => "NHS-NUMBER",
            MaskKind::ChiNumber => "CHI-NUMBER",
            MaskKind::HcNumber => "HC-NUMBER",
            MaskKind::Dob => "DOB",
            MaskKind::Postcode => "POSTCODE",
            MaskKind::Address => "ADDRESS",
            MaskKind::IdNumber => "ID-NUMBER",
        }
    }

    /// People are numbered so a reader can tell them apart; identifiers are not.
    fn numbered(self) -> bool {
        matches!(self, MaskKind::Name | MaskKind::Initials | MaskKind::Handle)
    }

    /// The mask kind of an evidence span, from its `matched` label, if it is an identifier. Labels are
    /// split into words so `child_reference` is not a CHI number and `place_name` is not a person.
    pub fn of_matched(matched: &str) -> Option<MaskKind> {
        let lower = matched.to_ascii_lowercase();
        let words: Vec<&str> = lower
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let has = |w: &str| words.contains(&w);
        Some(if has("nhs") {
            MaskKind::NhsNumber
        } else if has("chi") {
            MaskKind::ChiNumber
        } else if has("hc") || has("hcn") || lower.contains("health_and_care") {
            MaskKind::HcNumber
        } else if has("dob") || has("birth") || has("birthdate") {
            MaskKind::Dob
        } else if has("email") {
            MaskKind::Email
        } else if has("phone") || has("telephone") || has("mobile") {
            MaskKind::Phone
        } else if has("postcode") {
            MaskKind::Postcode
        } else if has("address") || has("street") {
            MaskKind::Address
        } else if has("initials") || has("initial") {
            MaskKind::Initials
        } else if has("handle") || has("mention") || has("username") {
            MaskKind::Handle
        } else if has("mrn") || has("identifier") || has("number") || has("id") {
            MaskKind::IdNumber
        } else if has("name")
            && ![
                "place", "hospital", "ward", "drug", "product", "brand", "company", "org", "trust",
            ]
            .iter()
            .any(|w| has(w))
        {
            MaskKind::Name
        } else {
            return None;
        })
    }
}

/// A pattern hit: byte range and kind.
type Hit = (usize, usize, MaskKind);

/// The patterns this module finds identifiers with, plus the shared detectors' identifier spans.
pub mod patterns {
    use super::{Hit, MaskKind};
    use regex::Regex;
    use std::sync::OnceLock;

    fn re(cell: &'static OnceLock<Regex>, src: &str) -> &'static Regex {
        cell.get_or_init(|| Regex::new(src).expect("valid built-in pattern"))
    }

    const TITLES: &str =
        r"Mr|Mrs|Ms|Miss|Mx|Master|Dr|Prof|Professor|Sir|Dame|Lady|Lord|Sister|Nurse|Rev";
    /// Words after a title that are not a name ("I Miss You").
    const NOT_NAMES: &[&str] = &[
        "You", "Your", "Him", "Her", "It", "Them", "This", "That", "The", "My", "Our", "Everyone",
        "All", "And", "Or", "On", "In", "At", "Who", "What", "When", "Me", "Us",
    ];

    /// Luhn-style Modulus 11 of NHS, CHI and H&C numbers: Σ dᵢ·(11−i) ≡ 0 (mod 11).
    pub fn mod11_valid(digits: &[u8]) -> bool {
        digits.len() == 10
            && digits.iter().all(u8::is_ascii_digit)
            && digits
                .iter()
                .enumerate()
                .map(|(i, d)| u32::from(d - b'0') * (10 - i as u32))
                .sum::<u32>()
                % 11
                == 0
    }

    fn ten_digit_kind(digits: &[u8]) -> MaskKind {
        let n: u64 = std::str::from_utf8(digits)
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        let prefix9 = n / 10;
        if (320_000_001..=399_999_999).contains(&prefix9) {
            return MaskKind::HcNumber;
        }
        let dd = u32::from(digits[0] - b'0') * 10 + u32::from(digits[1] - b'0');
        let mm = u32::from(digits[2] - b'0') * 10 + u32::from(digits[3] - b'0');
        if (1..=31).contains(&dd) && (1..=12).contains(&mm) && digits[0] <= b'3' {
            MaskKind::ChiNumber
        } else {
            MaskKind::NhsNumber
        }
    }

    /// Every identifier pattern hit in `text`, possibly overlapping, in no particular order.
    /// `is_owner` says whether a handle or name belongs to the account holder (those are kept).
    pub fn find(text: &str, is_owner: &dyn Fn(&str, MaskKind) -> bool) -> Vec<Hit> {
        static EMAIL: OnceLock<Regex> = OnceLock::new();
        static HANDLE: OnceLock<Regex> = OnceLock::new();
        static TEN: OnceLock<Regex> = OnceLock::new();
        static PHONE: OnceLock<Regex> = OnceLock::new();
        static DOB: OnceLock<Regex> = OnceLock::new();
        static POSTCODE: OnceLock<Regex> = OnceLock::new();
        static ADDRESS: OnceLock<Regex> = OnceLock::new();
        static TITLED: OnceLock<Regex> = OnceLock::new();
        static INITIALS: OnceLock<Regex> = OnceLock::new();
        static LONG_DIGITS: OnceLock<Regex> = OnceLock::new();
        let mut hits = Vec::new();
        let bytes = text.as_bytes();

        for m in re(
            &EMAIL,
            r"(?i)\b[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b",
        )
        .find_iter(text)
        {
            hits.push((m.start(), m.end(), MaskKind::Email));
        }
        for c in re(
            &HANDLE,
            r"(?:^|[^\w@./])(@[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?(?:@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?)",
        )
        .captures_iter(text)
        {
            if let Some(m) = c.get(1) {
                if !is_owner(m.as_str(), MaskKind::Handle) {
                    hits.push((m.start(), m.end(), MaskKind::Handle));
                }
            }
        }
        for m in re(&TEN, r"\b\d{3}[ -]?\d{3}[ -]?\d{4}\b").find_iter(text) {
            let digits: Vec<u8> = m.as_str().bytes().filter(u8::is_ascii_digit).collect();
            if mod11_valid(&digits) {
                hits.push((m.start(), m.end(), ten_digit_kind(&digits)));
            }
        }
        for m in re(
            &PHONE,
            r"(?:\+\d{1,3}[\s-]?(?:\(0\)\s?)?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b",
        )
        .find_iter(text)
        {
            let n = m.as_str().bytes().filter(u8::is_ascii_digit).count();
            if (10..=13).contains(&n) {
                hits.push((m.start(), m.end(), MaskKind::Phone));
            }
        }
        for c in re(
            &DOB,
            r"(?i)\b(?:dob|d\.o\.b\.?|date of birth|born(?:\s+on)?|birthday)\s*(?:is|was|:|-)?\s*(\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{2,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{2,4})",
        )
        .captures_iter(text)
        {
            if let Some(m) = c.get(1) {
                hits.push((m.start(), m.end(), MaskKind::Dob));
            }
        }
        for m in re(
            &POSTCODE,
            r"\b(?:GIR ?0AA|[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][ABD-HJLNP-UW-Z]{2})\b",
        )
        .find_iter(text)
        {
            hits.push((m.start(), m.end(), MaskKind::Postcode));
        }
        for m in re(
            &ADDRESS,
            r"\b\d{1,4}[A-Za-z]?,?\s+(?:[A-Z][A-Za-z'’-]+\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Close|Drive|Crescent|Court|Ct|Place|Terrace|Gardens|Grove|Way|Walk|Mews|Square|Sq|Row|Hill|Park|Rise|View|Parade)\b\.?",
        )
        .find_iter(text)
        {
            hits.push((m.start(), m.end(), MaskKind::Address));
        }
        let titled = re(
            &TITLED,
            &format!(
                r"\b(?:{TITLES})\.?\s+((?:[A-Z]\.?\s+)?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?:\s+[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)?)"
            ),
        );
        for c in titled.captures_iter(text) {
            let (Some(all), Some(name)) = (c.get(0), c.get(1)) else {
                continue;
            };
            let first = name.as_str().split_whitespace().next().unwrap_or("");
            if NOT_NAMES.contains(&first) || is_owner(name.as_str(), MaskKind::Name) {
                continue;
            }
            hits.push((all.start(), all.end(), MaskKind::Name));
        }
        for c in re(
            &INITIALS,
            r"(?i:\b(?:patient|pt|client|resident|service user|baby|lady|gentleman|gent|man|woman|boy|girl|child|mr|mrs|ms|miss))\s+([A-Z]\.?(?:\s?[A-Z]\.?){0,2})(?:[\s,;:!?)]|$)",
        )
        .captures_iter(text)
        {
            if let Some(m) = c.get(1) {
                let end = m.start() + m.as_str().trim_end().len();
                // "patient A" alone is already anonymous; two or more initials, or one with a dot, are not.
                let letters = m.as_str().chars().filter(char::is_ascii_uppercase).count();
                if letters >= 2 || m.as_str().contains('.') {
                    hits.push((m.start(), end, MaskKind::Initials));
                }
            }
        }
        for m in re(&LONG_DIGITS, r"\b[A-Z]{0,3}\d{7,}\b").find_iter(text) {
            let before = m.start().checked_sub(1).and_then(|i| bytes.get(i));
            if matches!(before, Some(b'.') | Some(b',')) {
                continue; // the decimals of a coordinate
            }
            hits.push((m.start(), m.end(), MaskKind::IdNumber));
        }
        hits.extend(detected(text, is_owner));
        hits
    }

    /// What the rules' own detectors ([`crate::detect`]) recognise as an identifier or a person in
    /// `text`: whatever a rule can see, redaction masks too, on top of the wider net above.
    fn detected(text: &str, is_owner: &dyn Fn(&str, MaskKind) -> bool) -> Vec<Hit> {
        use crate::detect::{Analysis, SpanKind as K};
        let analysis = Analysis::of_text(text);
        analysis
            .spans
            .iter()
            .filter_map(|s| {
                let kind = match s.kind {
                    K::NhsNumber | K::NhsTestNumber => MaskKind::NhsNumber,
                    K::ChiNumber => MaskKind::ChiNumber,
                    K::HcNumber => MaskKind::HcNumber,
                    K::HealthNumberUnconfirmed | K::HospitalNumber => MaskKind::IdNumber,
                    K::DateOfBirth => MaskKind::Dob,
                    K::StreetAddress => MaskKind::Address,
                    K::Postcode => MaskKind::Postcode,
                    K::PhoneNumber => MaskKind::Phone,
                    K::EmailAddress => MaskKind::Email,
                    K::PatientInitials => MaskKind::Initials,
                    K::TitledName | K::ColleagueName | K::PatientName | K::PersonName => {
                        MaskKind::Name
                    }
                    _ => return None,
                };
                let (mut start, end) = (s.start as usize, s.end as usize);
                let mut value = text.get(start..end)?;
                // Number and date spans may open with their label ("MRN 1234567", "DOB 3/4/57"):
                // mask the value and keep the label, as the patterns above do.
                let numeric = matches!(
                    kind,
                    MaskKind::Dob
                        | MaskKind::IdNumber
                        | MaskKind::NhsNumber
                        | MaskKind::ChiNumber
                        | MaskKind::HcNumber
                );
                if numeric {
                    let digit = value.find(|c: char| c.is_ascii_digit())?;
                    // Back to the start of the token holding it, so "K123456" is masked whole.
                    let token = value.get(..digit).map_or(0, |head| {
                        head.trim_end_matches(|c: char| c.is_ascii_alphanumeric())
                            .len()
                    });
                    start += token;
                    value = text.get(start..end)?;
                }
                (!is_owner(value, kind)).then_some((start, end, kind))
            })
            .collect()
    }
}

/// Normalised key of a value, so `J.S.` and `J S` are the same initials and case does not matter.
fn value_key(kind: MaskKind, value: &str) -> String {
    match kind {
        MaskKind::Initials => value.chars().filter(char::is_ascii_uppercase).collect(),
        MaskKind::NhsNumber
        | MaskKind::ChiNumber
        | MaskKind::HcNumber
        | MaskKind::Phone
        | MaskKind::IdNumber => value
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .collect(),
        MaskKind::Name => name_words(value).join(" ").to_lowercase(),
        _ => value
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase(),
    }
}

/// The words of a name without titles: "Mrs Eleanor Whitcombe" → ["Eleanor", "Whitcombe"].
fn name_words(value: &str) -> Vec<&str> {
    value
        .split_whitespace()
        .filter(|w| {
            let bare = w.trim_end_matches('.').to_lowercase();
            !TITLE_WORDS.contains(&bare.as_str())
        })
        .collect()
}

const TITLE_WORDS: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "master",
    "dr",
    "prof",
    "professor",
    "sir",
    "dame",
    "lady",
    "lord",
    "sister",
    "nurse",
    "rev",
];

/// Words that are never masked on their own, even when part of a name.
const COMMON_WORDS: &[&str] = &[
    "sister",
    "nurse",
    "doctor",
    "ward",
    "team",
    "group",
    "chat",
    "admin",
    "mum",
    "dad",
    "nhs",
    "hospital",
    "clinic",
    "surgery",
    "practice",
    "the",
    "and",
    "dr",
    "mr",
    "mrs",
    "ms",
    "miss",
    "prof",
    "professor",
    "sir",
    "dame",
    "lady",
    "lord",
    "rev",
    "master",
    "mx",
];

/// Which strings of a finding are free text (masked by patterns and values) and which are paths or
/// ids (masked by harvested values only, so a tweet id in a media path is not taken for an identifier).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Text,
    Path,
}

/// The redaction of one report: harvested values and their masks.
pub struct Redactor {
    /// value key → mask
    masks: BTreeMap<(MaskKind, String), String>,
    /// every harvested value as it was seen (for the leak test and the replacement regex)
    values: BTreeSet<(MaskKind, String)>,
    counters: BTreeMap<MaskKind, usize>,
    owner: BTreeSet<String>,
    known: Option<Regex>,
    /// whitespace-normalised, lower-cased value → mask, for values the regex finds
    known_masks: BTreeMap<String, String>,
}

fn normalise(v: &str) -> String {
    v.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

impl Redactor {
    /// Harvest values from every finding and from `extra_text` (reviewers' reasons). Paths (inputs,
    /// coverage entries) are masked with these values only, so they need no harvesting of their own.
    pub fn build(findings: &[Finding], extra_text: &[String]) -> Redactor {
        let mut owner = BTreeSet::new();
        for f in findings.iter().filter(|f| f.record.author.is_owner()) {
            for n in [&f.record.author.name, &f.record.author.handle]
                .into_iter()
                .flatten()
            {
                let n = n.trim().trim_start_matches('@').to_lowercase();
                if !n.is_empty() {
                    owner.insert(n);
                }
            }
        }
        let mut r = Redactor {
            masks: BTreeMap::new(),
            values: BTreeSet::new(),
            counters: BTreeMap::new(),
            owner,
            known: None,
            known_masks: BTreeMap::new(),
        };
        for f in findings {
            r.harvest_finding(f);
        }
        for s in extra_text {
            r.harvest_text(s);
        }
        r.compile();
        r
    }

    fn is_owner(&self, s: &str) -> bool {
        let s = s.trim().trim_start_matches('@').to_lowercase();
        !s.is_empty()
            && (self.owner.contains(&s)
                || self
                    .owner
                    .iter()
                    .any(|o| o.split_whitespace().count() > 1 && s.contains(o.as_str())))
    }

    /// A name is the owner's when it is one of their names or ends with their surname ("Dr Smith" for
    /// Jane Smith); a handle only when it is one of their handles.
    fn is_owner_as(&self, s: &str, kind: MaskKind) -> bool {
        self.is_owner(s)
            || (kind == MaskKind::Name
                && s.split_whitespace()
                    .last()
                    .is_some_and(|w| w.chars().count() >= 3 && self.is_owner_word(w)))
    }

    /// Is `word` one of the owner's name words?
    fn is_owner_word(&self, word: &str) -> bool {
        let w = word.to_lowercase();
        self.owner
            .iter()
            .any(|o| o.split(|c: char| !c.is_alphanumeric()).any(|p| p == w))
    }

    fn add(&mut self, kind: MaskKind, value: &str) -> Option<String> {
        let value = value.trim();
        if value.is_empty() || self.is_owner(value) {
            return None;
        }
        let key = value_key(kind, value);
        if key.is_empty() {
            return None;
        }
        if let Some(m) = self.masks.get(&(kind, key.clone())) {
            self.values.insert((kind, value.to_string()));
            return Some(m.clone());
        }
        // A name without a first name ("Mrs Whitcombe") is the person already seen with that surname
        // ("Eleanor Whitcombe"); a full name ("Tom Whitcombe") is a person of their own. Either way the
        // bare surname is masked too, as the first person seen with it.
        let surname = (kind == MaskKind::Name)
            .then(|| name_surname(value))
            .flatten()
            .filter(|s| !self.is_owner_word(s));
        let has_first_name = kind == MaskKind::Name && name_words(value).len() >= 2;
        let existing = surname.as_ref().filter(|_| !has_first_name).and_then(|s| {
            self.masks
                .get(&(MaskKind::Name, value_key(kind, s)))
                .cloned()
        });
        let mask = match existing {
            Some(m) => m,
            None if kind.numbered() => {
                let n = self.counters.entry(kind).or_insert(0);
                *n += 1;
                format!("[{}-{}]", kind.label(), n)
            }
            None => format!("[{}]", kind.label()),
        };
        self.masks.insert((kind, key), mask.clone());
        self.values.insert((kind, value.to_string()));
        if let Some(s) = surname {
            self.masks
                .entry((MaskKind::Name, value_key(kind, &s)))
                .or_insert_with(|| mask.clone());
            self.values.insert((MaskKind::Name, s));
        }
        Some(mask)
    }

    fn harvest_text(&mut self, text: &str) {
        let hits = {
            let is_owner = |s: &str, k: MaskKind| self.is_owner_as(s, k);
            resolve(patterns::find(text, &is_owner))
        };
        for (s, e, kind) in hits {
            if let Some(v) = text.get(s..e) {
                self.add(kind, v);
            }
        }
    }

    fn harvest_finding(&mut self, f: &Finding) {
        let r = &f.record;
        if !r.author.is_owner() {
            if let Some(n) = &r.author.name {
                self.add(MaskKind::Name, n);
            }
            if let Some(h) = &r.author.handle {
                self.add_handle(h);
            }
        }
        for m in &r.mentions {
            self.add_handle(m);
        }
        for e in &f.evidence {
            match MaskKind::of_matched(&e.matched) {
                Some(MaskKind::Handle) => self.add_handle(&e.text),
                Some(kind) => {
                    self.add(kind, &e.text);
                }
                None => {}
            }
        }
        let mut texts: Vec<String> = Vec::new();
        visit_finding_ref(f, &mut |s, field| {
            if field == Field::Text {
                texts.push(s.to_string());
            }
        });
        for t in texts {
            self.harvest_text(&t);
        }
    }

    fn add_handle(&mut self, h: &str) {
        let bare = h.trim().trim_start_matches('@');
        if bare.is_empty() || self.is_owner(bare) {
            return;
        }
        // Phone numbers as handles (WhatsApp) are phone numbers.
        if bare.chars().filter(char::is_ascii_digit).count() >= 10
            && bare
                .chars()
                .all(|c| c.is_ascii_digit() || " +-()".contains(c))
        {
            self.add(MaskKind::Phone, bare);
            return;
        }
        let mask = self.add(MaskKind::Handle, &format!("@{bare}"));
        if let Some(mask) = mask {
            if bare.chars().count() >= 5 {
                self.masks
                    .entry((MaskKind::Handle, value_key(MaskKind::Handle, bare)))
                    .or_insert(mask);
                self.values.insert((MaskKind::Handle, bare.to_string()));
            }
        }
    }

    /// Build the regex of every harvested value (longest first, so "Eleanor Whitcombe" beats
    /// "Whitcombe"). Values shorter than three characters are only masked where a pattern finds them.
    fn compile(&mut self) {
        let known_masks: BTreeMap<String, String> = self
            .values
            .iter()
            .rev() // later entries overwrite earlier: reversed, the first kind in declaration order wins
            .map(|(k, v)| (normalise(v), self.mask_for(*k, v)))
            .collect();
        self.known_masks = known_masks;
        let mut vals: Vec<&str> = self
            .values
            .iter()
            .filter(|(k, v)| *k != MaskKind::Initials && v.chars().count() >= 3)
            .filter(|(_, v)| !COMMON_WORDS.contains(&v.to_lowercase().as_str()))
            .map(|(_, v)| v.as_str())
            .collect();
        vals.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        vals.dedup();
        if vals.is_empty() {
            return;
        }
        let alts: Vec<String> = vals
            .iter()
            .map(|v| {
                let starts_word = v.chars().next().is_some_and(|c| c.is_alphanumeric());
                let ends_word = v.chars().last().is_some_and(|c| c.is_alphanumeric());
                let body = regex::escape(v).replace("\\ ", r"\s+").replace(' ', r"\s+");
                format!(
                    "{}{}{}",
                    if starts_word { r"\b" } else { "" },
                    body,
                    if ends_word { r"\b" } else { "" }
                )
            })
            .collect();
        self.known = Regex::new(&format!("(?i)(?:{})", alts.join("|"))).ok();
    }

    /// The mask for a value seen in pass 2. Pattern hits were harvested in pass 1 from the same
    /// strings, so the lookup succeeds; the unnumbered label is only a safe fallback.
    fn mask_for(&self, kind: MaskKind, value: &str) -> String {
        self.masks
            .get(&(kind, value_key(kind, value)))
            .cloned()
            .unwrap_or_else(|| format!("[{}]", kind.label()))
    }

    /// Replacements for `text`: (byte start, byte end, mask), sorted and non-overlapping.
    fn replacements(&self, text: &str, field: Field) -> Vec<(usize, usize, String)> {
        let mut hits: Vec<Hit> = Vec::new();
        if field == Field::Text {
            let is_owner = |s: &str, k: MaskKind| self.is_owner_as(s, k);
            hits.extend(patterns::find(text, &is_owner));
        }
        let mut known: Vec<(usize, usize)> = Vec::new();
        if let Some(re) = &self.known {
            known.extend(re.find_iter(text).map(|m| (m.start(), m.end())));
        }
        // Known values first at equal start: they carry the harvested kind.
        let mut all: Vec<(usize, usize, Option<MaskKind>)> = known
            .into_iter()
            .map(|(s, e)| (s, e, None))
            .chain(hits.into_iter().map(|(s, e, k)| (s, e, Some(k))))
            .collect();
        all.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
        let mut out: Vec<(usize, usize, String)> = Vec::new();
        let mut end = 0;
        for (s, e, k) in all {
            if s < end || s >= e {
                continue;
            }
            let Some(v) = text.get(s..e) else { continue };
            let mask = match k {
                Some(kind) => self.mask_for(kind, v),
                None => self.known_mask(v),
            };
            out.push((s, e, mask));
            end = e;
        }
        out
    }

    fn known_mask(&self, v: &str) -> String {
        self.known_masks
            .get(&normalise(v))
            .cloned()
            .unwrap_or_else(|| "[REDACTED]".to_string())
    }

    fn apply(&self, text: &str, field: Field) -> String {
        let reps = self.replacements(text, field);
        if reps.is_empty() {
            return text.to_string();
        }
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        for (s, e, m) in reps {
            out.push_str(&text[at..s]);
            out.push_str(&m);
            at = e;
        }
        out.push_str(&text[at..]);
        out
    }

    /// Mask free text.
    pub fn text(&self, s: &str) -> String {
        self.apply(s, Field::Text)
    }

    /// Mask a path or id: harvested values only.
    pub fn path(&self, s: &str) -> String {
        self.apply(s, Field::Path)
    }

    /// A record's text masked, with its evidence spans moved to the masked text.
    fn text_with_evidence(&self, text: &str, evidence: &mut [Evidence]) -> String {
        let reps = self.replacements(text, Field::Text);
        // (char start, char end, new char start, new char end) of every replaced region.
        let mut regions: Vec<(usize, usize, usize, usize)> = Vec::new();
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        let mut old_chars = 0;
        let mut new_chars = 0;
        for (s, e, m) in &reps {
            let keep = &text[at..*s];
            out.push_str(keep);
            let n = keep.chars().count();
            old_chars += n;
            new_chars += n;
            let old_len = text[*s..*e].chars().count();
            let new_len = m.chars().count();
            regions.push((
                old_chars,
                old_chars + old_len,
                new_chars,
                new_chars + new_len,
            ));
            out.push_str(m);
            old_chars += old_len;
            new_chars += new_len;
            at = *e;
        }
        out.push_str(&text[at..]);
        // A position inside a replaced region snaps to the mask's edge; others shift by the change in
        // length of the regions before them.
        let map = |pos: usize, is_end: bool| -> usize {
            let mut delta: isize = 0;
            for &(os, oe, ns, ne) in &regions {
                if pos >= oe {
                    delta = ne as isize - oe as isize;
                    continue;
                }
                if pos > os {
                    return if is_end { ne } else { ns };
                }
                break;
            }
            (pos as isize + delta).max(0) as usize
        };
        let chars: Vec<char> = out.chars().collect();
        for e in evidence.iter_mut() {
            if e.start == 0 && e.end == 0 {
                e.text = self.text(&e.text);
                continue;
            }
            let (s, t) = (map(e.start, false), map(e.end, true));
            let (s, t) = (
                s.min(chars.len()),
                t.min(chars.len()).max(s.min(chars.len())),
            );
            e.start = s;
            e.end = t;
            e.text = chars[s..t].iter().collect();
        }
        out
    }

    /// A finding with every identifier masked; ids, links, timestamps and rule metadata kept.
    pub fn finding(&self, f: &Finding) -> Finding {
        let mut f = f.clone();
        let text = std::mem::take(&mut f.record.text);
        f.record.text = self.text_with_evidence(&text, &mut f.evidence);
        visit_finding(&mut f, &mut |s, field| *s = self.apply(s, field));
        f
    }

    /// Coverage with paths and messages masked.
    pub fn coverage(&self, c: &Coverage) -> Coverage {
        let mut c = c.clone();
        for e in &mut c.entries {
            e.input = self.path(&e.input);
            e.entry = self.path(&e.entry);
        }
        for p in &mut c.problems {
            p.input = self.path(&p.input);
            p.entry = p.entry.as_deref().map(|e| self.path(e));
            p.message = self.text(&p.message);
            p.hint = p.hint.as_deref().map(|h| self.text(h));
        }
        c
    }

    /// Every value that was masked (for tests and audits): kind label and value.
    pub fn masked_values(&self) -> Vec<(String, String)> {
        self.values
            .iter()
            .map(|(k, v)| (k.label().to_string(), v.clone()))
            .collect()
    }
}

/// "Mrs Eleanor Whitcombe" → "Whitcombe": the last capitalised word of a name, if it is a real word.
fn name_surname(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() < 2 {
        return None;
    }
    let last = words.last()?.trim_matches(|c: char| !c.is_alphanumeric());
    let ok = last.chars().count() >= 3
        && last.chars().next().is_some_and(char::is_uppercase)
        && !COMMON_WORDS.contains(&last.to_lowercase().as_str());
    ok.then(|| last.to_string())
}

/// Keep the leftmost-longest of overlapping hits.
fn resolve(mut hits: Vec<Hit>) -> Vec<Hit> {
    hits.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
    let mut out = Vec::new();
    let mut end = 0;
    for h in hits {
        if h.0 >= end && h.0 < h.1 {
            end = h.1;
            out.push(h);
        }
    }
    out
}

/// Every maskable string of a finding except `record.text` and text evidence (handled with offsets).
fn visit_finding(f: &mut Finding, visit: &mut dyn FnMut(&mut String, Field)) {
    visit(&mut f.message, Field::Text);
    visit(&mut f.action.instruction, Field::Text);
    let r = &mut f.record;
    if !r.author.is_owner() {
        for v in [&mut r.author.name, &mut r.author.handle]
            .into_iter()
            .flatten()
        {
            visit(v, Field::Text);
        }
    }
    for v in [&mut r.context].into_iter().flatten() {
        visit(v, Field::Text);
    }
    if let Some(t) = &mut r.thread {
        visit(t, Field::Path);
    }
    for v in r
        .links
        .iter_mut()
        .chain(r.mentions.iter_mut())
        .chain(r.hashtags.iter_mut())
    {
        visit(v, Field::Text);
    }
    for m in &mut r.media {
        visit(&mut m.path, Field::Path);
        if let Some(d) = &mut m.description {
            visit(d, Field::Text);
        }
    }
    if let Some(n) = r.location.as_mut().and_then(|l| l.name.as_mut()) {
        visit(n, Field::Text);
    }
    visit(&mut r.source.input, Field::Path);
    visit(&mut r.source.entry, Field::Path);
    for v in r.attributes.values_mut() {
        visit(v, Field::Text);
    }
    for rel in &mut f.related {
        visit(&mut rel.excerpt, Field::Text);
    }
}

/// The same strings read-only, plus the record text and evidence, for harvesting.
fn visit_finding_ref(f: &Finding, visit: &mut dyn FnMut(&str, Field)) {
    let mut copy = f.clone();
    visit(&f.record.text, Field::Text);
    for e in &f.evidence {
        visit(&e.text, Field::Text);
    }
    visit_finding(&mut copy, &mut |s, field| visit(s.as_str(), field));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Author, Kind, Platform, Provenance, Record};
    use crate::rules::{Action, ActionKind, Category, Severity};

    fn finding(text: &str, evidence: Vec<Evidence>) -> Finding {
        let mut r = Record::new(
            Platform::Twitter,
            Kind::Post,
            Some("1".into()),
            Provenance {
                input: "in".into(),
                entry: "tweets.js".into(),
                index: 0,
            },
        );
        r.author = Author {
            role: crate::model::AuthorRole::Owner,
            name: Some("Jane Smith".into()),
            handle: Some("drjanesmith".into()),
        };
        r.text = text.into();
        Finding {
            id: "x".into(),
            rule: "TST001".into(),
            category: Category::Confidentiality,
            severity: Severity::High,
            confidence: 0.9,
            message: "m".into(),
            guidance: vec![],
            evidence,
            action: Action::new(ActionKind::Delete, "Delete it."),
            record: Box::new(r),
            related: vec![],
            status: None,
        }
    }

    #[test]
    fn mod11_accepts_valid_and_rejects_invalid_numbers() {
        assert!(patterns::mod11_valid(b"9434765919"));
        assert!(patterns::mod11_valid(b"0101011237"));
        assert!(!patterns::mod11_valid(b"9991234560"));
        assert!(!patterns::mod11_valid(b"9876544321"));
    }

    #[test]
    fn masks_are_consistent_and_evidence_moves_with_the_text() {
        let text = "Saw Mrs Eleanor Whitcombe (NHS 943 476 5919) today. Whitcombe again, @bob_k says hi to @drjanesmith";
        let start = text.find("943").unwrap();
        let ev = Evidence::from_bytes(text, start, start + 12, "nhs_number");
        let f = finding(text, vec![ev]);
        let r = Redactor::build(std::slice::from_ref(&f), &[]);
        let out = r.finding(&f);
        assert_eq!(
            out.record.text,
            "Saw [NAME-1] (NHS [NHS-NUMBER]) today. [NAME-1] again, [HANDLE-1] says hi to @drjanesmith"
        );
        let e = &out.evidence[0];
        assert_eq!(e.text, "[NHS-NUMBER]");
        let chars: Vec<char> = out.record.text.chars().collect();
        assert_eq!(chars[e.start..e.end].iter().collect::<String>(), e.text);
    }

    #[test]
    fn owner_titled_name_is_kept() {
        let f = finding("Dr Smith here, ask Dr Patel", vec![]);
        let r = Redactor::build(std::slice::from_ref(&f), &[]);
        assert_eq!(r.text(&f.record.text), "Dr Smith here, ask [NAME-1]");
    }

    #[test]
    fn patterns_find_each_identifier_kind() {
        let f = finding(
            "DOB 12/03/1984, call 07700 900123 or mail jo.bloggs@example.org, lives at 14 Acacia Avenue, LS1 4AP, MRN 12345678, pt J.S. in bay 3, CHI 0101011237",
            vec![],
        );
        let r = Redactor::build(std::slice::from_ref(&f), &[]);
        assert_eq!(
            r.text(&f.record.text),
            "DOB [DOB], call [PHONE] or mail [EMAIL], lives at [ADDRESS], [POSTCODE], MRN [ID-NUMBER], pt [INITIALS-1] in bay 3, CHI [CHI-NUMBER]"
        );
    }

    #[test]
    fn what_the_detectors_find_is_masked_too() {
        // A hospital number and a street address in the detectors' own forms, a patient's first
        // name after "patient": all masked, labels kept.
        let f = finding(
            "hosp no K123456 for patient Doris, postcode LS1 4AP",
            vec![],
        );
        let r = Redactor::build(std::slice::from_ref(&f), &[]);
        let out = r.text(&f.record.text);
        for leaked in ["K123456", "123456", "Doris", "LS1", "4AP"] {
            assert!(!out.contains(leaked), "{leaked} left in {out}");
        }
        assert!(out.starts_with("hosp no [ID-NUMBER]"), "{out}");
    }

    #[test]
    fn matched_labels_map_to_kinds() {
        assert_eq!(
            MaskKind::of_matched("nhs_number"),
            Some(MaskKind::NhsNumber)
        );
        assert_eq!(MaskKind::of_matched("child_reference"), None);
        assert_eq!(MaskKind::of_matched("place_name"), None);
        assert_eq!(MaskKind::of_matched("patient_name"), Some(MaskKind::Name));
        assert_eq!(MaskKind::of_matched("temporal_marker"), None);
        assert_eq!(MaskKind::of_matched("photo_exif_gps"), None);
    }
}

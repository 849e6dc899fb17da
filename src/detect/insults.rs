//! Abuse, mockery and discrimination: insults and slurs, who they are aimed at, slang that mocks
//! patients, sweeping statements about protected groups, and accusations against named people.
//!
//! GMC 2024 ¶14: "You must not use social media to abuse, discriminate against, bully, harass or
//! deliberately target any individual or group"; ¶15 and 2013 ¶15–16 add defamation and "gratuitous,
//! unsubstantiated or unsustainable comments about individuals". Swearing alone is none of these, so
//! an insult only counts here with a target: "you", an @mention, a named person or organisation, a
//! group, or "this patient". The lexicons live in `lexicons/insults*.txt`.

use super::phrases::{floor_boundary, sentence_around, window, PhraseSet};
use super::text::CALENDAR_NAMES;
use crate::detect::gate::Regex;
use std::sync::LazyLock;

static ABUSE: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::builtin(include_str!("lexicons/insults.txt")).hyphen_joins());
static PATIENT_SLANG: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::builtin(include_str!("lexicons/insults_patient_slang.txt")).hyphen_joins()
});
static GROUPS: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::builtin(include_str!("lexicons/insults_groups.txt")));

fn re(pattern: &str) -> Regex {
    crate::detect::phrases::regex(pattern)
}

/// A lexicon hit: span, matched words and class.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term<'t> {
    pub start: usize,
    pub end: usize,
    pub text: &'t str,
    pub class: &'static str,
}

fn terms<'t>(set: &'static PhraseSet, text: &'t str) -> Vec<Term<'t>> {
    set.find(text)
        .into_iter()
        .filter_map(|h| {
            Some(Term {
                start: h.start,
                end: h.end,
                text: text.get(h.start..h.end)?,
                class: h.class(),
            })
        })
        .collect()
}

static SPASTIC_CLINICAL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:paraplegia|diplegia|quadriplegia|tetraplegia|hemiplegia|cerebral|cp\b|paresis|gait|bladder|colon|dysphonia|muscles?|tone)",
    )
});

/// Insults, slurs, dehumanising words and threat phrases. Clinical uses ("spastic diplegia") and
/// metalinguistic uses ("the word 'retard'") are dropped.
pub fn find_abuse(text: &str) -> Vec<Term<'_>> {
    terms(&ABUSE, text)
        .into_iter()
        .filter(|t| {
            if t.text.eq_ignore_ascii_case("spastic") {
                let after = text.get(t.end..).unwrap_or("");
                return !SPASTIC_CLINICAL.is_match(after);
            }
            if t.text.eq_ignore_ascii_case("fag") || t.text.eq_ignore_ascii_case("fags") {
                return !cigarettes_meant(text, t.start, t.end);
            }
            true
        })
        .collect()
}

/// British slang for cigarettes: "getting smokers off fags", "a fag break", "20 fags a day".
static CIGARETTE_CONTEXT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:smok\w*|cig\w*|tobacco|nicotine|vap\w*|lighter|baccy|roll[\s-]?ups?|packets?\s+of|quit\w*|ashtray|pouches|nicotine\s+patch\w*|puff\w*|lungs?|fags?\s+(?:breaks?|ends?|packets?)|\d+\s+fags?\s+a\s+day|(?:off|on)\s+the\s+fags|(?:a|another|quick|sneaky)\s+fag\b)",
    )
});

fn cigarettes_meant(text: &str, start: usize, end: usize) -> bool {
    let (from, to) = crate::detect::phrases::window(text, start, end, 60);
    text.get(from..to)
        .is_some_and(|around| CIGARETTE_CONTEXT.is_match(around))
}

/// What follows "fatty" when it describes food or tissue, not a person: "fatty meals", "fatty
/// liver", "a fatty lump".
static FATTY_THING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:meals?|foods?|snacks?|diets?|liver|acids?|deposits?|tissue|lumps?|streaks?|stools?|plaques?|change|infiltration|degeneration|cuts?|meat|fish|bits|things|stuff|takeaways?)\b",
    )
});

/// Patient-mocking slang and jeers about bodies, hygiene, intelligence and substance use. "Fatty"
/// describing food or tissue ("after fatty meals", "fatty liver") is not a jeer.
pub fn find_patient_slang(text: &str) -> Vec<Term<'_>> {
    terms(&PATIENT_SLANG, text)
        .into_iter()
        .filter(|t| {
            !(t.text.eq_ignore_ascii_case("fatty")
                && FATTY_THING.is_match(text.get(t.end..).unwrap_or("")))
        })
        .collect()
}

/// Groups named by a protected characteristic; `class` is the characteristic.
pub fn find_groups(text: &str) -> Vec<Term<'_>> {
    terms(&GROUPS, text)
}

/// Who an insult is aimed at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetKind {
    /// "you", "your", "ur".
    SecondPerson,
    /// An @handle.
    Mention,
    /// "Dr Smith", "Mr Jones", "Professor X", "Nurse Y".
    NamedPerson,
    /// "X NHS Trust", "Glow Clinic", "St Elsewhere Hospital".
    NamedOrganisation,
    /// "this patient", "that registrar", "the woman in bed 4", "he/she is".
    ThirdPerson,
    /// A group of people ("nurses are", "these people").
    Group,
}

impl TargetKind {
    pub fn as_str(self) -> &'static str {
        match self {
            TargetKind::SecondPerson => "second_person",
            TargetKind::Mention => "mention",
            TargetKind::NamedPerson => "named_person",
            TargetKind::NamedOrganisation => "named_organisation",
            TargetKind::ThirdPerson => "third_person",
            TargetKind::Group => "group",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub start: usize,
    pub end: usize,
    pub kind: TargetKind,
}

static SECOND_PERSON: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(?:you(?:[’']re|[’']ll|[’']ve)?|ya|u|ur|your|yours|yourself|yer)\b")
});
static MENTION: LazyLock<Regex> = LazyLock::new(|| re(r"(?:^|[^\w@])@[A-Za-z0-9_]{2,30}\b"));
static NAMED_PERSON: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:Dr|Dr\.|Doctor|Mr|Mr\.|Mrs|Mrs\.|Ms|Ms\.|Miss|Prof|Prof\.|Professor|Nurse|Sister|Matron|Sir|Dame|Lord|Baroness)\s+[A-Z][a-zA-Z’'\-]+",
    )
});
static NAMED_ORG: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:[A-Z][\w&’'\-]*\s+){1,4}(?:NHS\s+(?:Foundation\s+)?Trust|Trust|Hospital|Hospitals|Clinic|Clinics|Surgery|Practice|Pharmacy|Medical\s+Centre|Health\s+Centre|Healthcare|Aesthetics|Ltd|Limited|plc|PLC|Group|ICB|CCG|Deanery|University|College|Board)\b|\b(?:the\s+)?(?:GMC|BMA|NHS\s+England|NHSE|CQC|NICE|MHRA|RCGP|RCP|RCS|RCEM|HEE|MDU|MPS|MDDUS|DHSC)\b",
    )
});
static THIRD_PERSON: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:this|that|the|our|my|these|those)\s+(?:(?:new|current|latest|interim|acting)\s+)?(?:clinical\s+(?:director|lead)|medical\s+director|matron|chief\s+exec(?:utive)?|practice\s+manager|(?:senior\s+)?partner|rota\s+(?:coordinator|lead)|supervisor|patient|pt|lady|woman|man|guy|bloke|gent|girl|boy|kid|mum|dad|consultant|registrar|reg|sho|fy1|fy2|f1|f2|junior|nurse|midwife|gp|surgeon|anaesthetist|doctor|colleague|manager|boss|receptionist|porter|hca|pa|physician\s+associate|locum|idiot|family|relative|relatives|patients|nurses|doctors|consultants|managers|people|\w+ologist|\w+iatrician|orthopod|physician|intensivist|obstetrician|medic|paramedic|pharmacist|physio|radiographer|anaesthetist)s?\b|\b(?:he|she|they)(?:[’']s|\s+is|\s+was|\s+are|\s+were|[’']re)\b|\b(?:him|her|them)\b",
    )
});
static GROUP_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:all|these|those|typical|bloody|fucking|effing)\s+(?:\w+\s+)?(?:people|patients|nurses|doctors|consultants|managers|surgeons|gps|physios|pas|paramedics|juniors|students|lot)\b|\b(?:nurses|doctors|consultants|managers|surgeons|gps|anaesthetists|physician\s+associates|pas|paramedics|pharmacists|physios|midwives|radiologists|psychiatrists|orthopods|medics|patients)\s+(?:are|r)\b",
    )
});

/// The nearest target within `radius` bytes of a span, preferring the same sentence.
pub fn target_near(text: &str, start: usize, end: usize, radius: usize) -> Option<Target> {
    let (ss, se) = sentence_around(text, start);
    let (ws, we) = window(text, start, end, radius);
    let (from, to) = (ws.max(ss), we.min(se.max(end)));
    let win = text.get(from..to)?;
    let mut best: Option<Target> = None;
    let mut consider = |s: usize, e: usize, kind: TargetKind| {
        let (s, e) = (from + s, from + e);
        if s < end && e > start {
            return; // the insult itself
        }
        let dist = if e <= start {
            start - e
        } else {
            s.saturating_sub(end)
        };
        let better = best.as_ref().is_none_or(|b| {
            let bd = if b.end <= start {
                start - b.end
            } else {
                b.start.saturating_sub(end)
            };
            dist < bd
        });
        if better {
            best = Some(Target {
                start: s,
                end: e,
                kind,
            });
        }
    };
    for (pattern, kind) in [
        (&*SECOND_PERSON, TargetKind::SecondPerson),
        (&*MENTION, TargetKind::Mention),
        (&*NAMED_PERSON, TargetKind::NamedPerson),
        (&*NAMED_ORG, TargetKind::NamedOrganisation),
        (&*THIRD_PERSON, TargetKind::ThirdPerson),
        (&*GROUP_WORDS, TargetKind::Group),
    ] {
        for m in pattern.find_iter(win) {
            let lead = m
                .as_str()
                .find(|c: char| c == '@' || c.is_alphanumeric())
                .unwrap_or(0);
            consider(m.start() + lead, m.end(), kind);
        }
    }
    best.or_else(|| plain_name_called(text, from, start))
}

/// "Theatre coordinator Janice Holt is a power-tripping cow": a plain first-and-last name as the
/// subject of the clause that calls them the word at `start`.
fn plain_name_called(text: &str, from: usize, start: usize) -> Option<Target> {
    static CALLED: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^,?\s+(?:is|was|=)\s+(?:(?:such|an?|the|absolute|total|complete|utter|real|right|proper|bloody|fucking)\s+){0,3}(?:[\w’'-]+\s+){0,2}$",
        )
    });
    let lead = text.get(from..start)?;
    plain_names(lead).into_iter().rev().find_map(|t| {
        let between = lead.get(t.end..)?;
        CALLED.is_match(between).then_some(Target {
            start: from + t.start,
            end: from + t.end,
            kind: t.kind,
        })
    })
}

/// A titled name or @mention in the sentence before the insult at `pos..end`, when the insult opens
/// its sentence with no subject of its own and ends its clause: "Dr Mehta has lost three of my
/// referrals. Absolutely useless." ("Absolutely useless system" describes the system.)
pub fn named_in_sentence_before(text: &str, pos: usize, end: usize) -> Option<Target> {
    static SUBJECTLESS: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^\s*(?:(?:absolutely|totally|utterly|completely|just|so|bloody|honestly|genuinely|frankly|and|but)[,\s]+)*$",
        )
    });
    static CLAUSE_ENDS: LazyLock<Regex> = LazyLock::new(|| {
        re(r"(?i)^(?:\s*$|\s*[.!?,;:)]|\s+(?:and|but|tbh|honestly|frankly|mate|lol)\b|\s*\p{So})")
    });
    let (ss, _) = sentence_around(text, pos);
    if ss == 0
        || !text
            .get(ss..pos)
            .is_some_and(|lead| SUBJECTLESS.is_match(lead))
        || !text
            .get(end..)
            .is_some_and(|rest| CLAUSE_ENDS.is_match(rest))
    {
        return None;
    }
    let (ps, _) = sentence_around(text, ss.saturating_sub(2));
    let prev = text.get(ps..ss)?;
    static INITIALLED: LazyLock<Regex> =
        LazyLock::new(|| re(r"\b(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+[A-Z]\.?(?:\s|$)"));
    [
        (&*NAMED_PERSON, TargetKind::NamedPerson),
        (&*MENTION, TargetKind::Mention),
        (&*INITIALLED, TargetKind::NamedPerson),
    ]
    .into_iter()
    .find_map(|(pattern, kind)| {
        pattern.find(prev).map(|m| {
            let lead = m
                .as_str()
                .find(|c: char| c == '@' || c.is_alphanumeric())
                .unwrap_or(0);
            Target {
                start: ps + m.start() + lead,
                end: ps + m.end(),
                kind,
            }
        })
    })
}

/// A plain first-and-last name ("Sarah Jones"): weaker than a titled name, so only used next to an
/// accusation. Sentence-initial words and common capitalised words are not first names.
static PLAIN_NAME: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b([A-Z][a-z]{1,15})\s+([A-Z][a-z]{1,20}(?:-[A-Z][a-z]{1,20})?)\b"));
const NOT_FIRST_NAMES: &[&str] = &[
    "The",
    "This",
    "That",
    "These",
    "Those",
    "My",
    "Our",
    "Your",
    "Their",
    "His",
    "Her",
    "Its",
    "A",
    "An",
    "And",
    "But",
    "Or",
    "So",
    "If",
    "When",
    "What",
    "Why",
    "How",
    "Who",
    "Today",
    "Yesterday",
    "Happy",
    "Merry",
    "Good",
];
const NOT_SURNAMES: [&str; 12] = [
    "Hospital",
    "Trust",
    "Clinic",
    "Street",
    "Road",
    "Centre",
    "Health",
    "Medical",
    "Surgery",
    "Practice",
    "University",
    "College",
];

fn plain_names(text: &str) -> Vec<Target> {
    PLAIN_NAME
        .captures_iter(text)
        .filter_map(|c| {
            let all = c.get(0)?;
            let first = c.get(1)?.as_str();
            let last = c.get(2)?.as_str();
            if NOT_FIRST_NAMES.contains(&first)
                || CALENDAR_NAMES.contains(&first)
                || NOT_SURNAMES.contains(&last)
            {
                return None;
            }
            Some(Target {
                start: all.start(),
                end: all.end(),
                kind: TargetKind::NamedPerson,
            })
        })
        .collect()
}

/// Named people and organisations in the text ("Dr Smith", "@jane", "Riverside NHS Trust", and
/// plain first-and-last names).
pub fn named_targets(text: &str) -> Vec<Target> {
    let mut out = Vec::new();
    for (pattern, kind) in [
        (&*NAMED_PERSON, TargetKind::NamedPerson),
        (&*NAMED_ORG, TargetKind::NamedOrganisation),
        (&*MENTION, TargetKind::Mention),
    ] {
        for m in pattern.find_iter(text) {
            let lead = m
                .as_str()
                .find(|c: char| c == '@' || c.is_alphanumeric())
                .unwrap_or(0);
            out.push(Target {
                start: m.start() + lead,
                end: m.end(),
                kind,
            });
        }
    }
    out.extend(plain_names(text));
    out.sort_by_key(|t| (t.start, t.end));
    out.dedup_by(|b, a| b.start < a.end);
    out
}

/// Self-deprecation ("I'm such an idiot", "what an idiot I am"): not abuse of anyone else.
pub fn is_self_directed(text: &str, start: usize) -> bool {
    static SELF: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)(?:\bi(?:[’']m|\s+am|\s+was|[’']ve\s+been|\s+feel\s+like)\s+(?:such\s+|a\s+|an\s+|an\s+absolute\s+|a\s+total\s+|a\s+complete\s+|so\s+|the\s+biggest\s+)*|\bme\b[,\s]+(?:the\s+)?|\bmyself\b[^.!?\n]{0,12}|\bwhat\s+(?:a|an)\s+)$",
        )
    });
    let (s, e) = sentence_around(text, start);
    let from = floor_boundary(text, start.saturating_sub(40).max(s));
    let before = text.get(from..start).unwrap_or("");
    if SELF.is_match(before) {
        // "what an idiot" is self-directed only when "I am/I was" follows.
        if before.to_ascii_lowercase().trim_end().ends_with("what a")
            || before.to_ascii_lowercase().trim_end().ends_with("what an")
        {
            let after = text.get(start..e).unwrap_or("").to_ascii_lowercase();
            return after.contains(" i am")
                || after.contains(" i was")
                || after.contains(" i'm")
                || after.contains(" me");
        }
        return true;
    }
    false
}

/// A threat or wish of harm aimed at someone, beyond the fixed phrases in the lexicon; and
/// intimidation by exposure: images or messages held over someone ("I'll post those photos of you
/// everywhere"), an address found with a visit promised ("found your address… maybe I'll pop round").
static THREAT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:i[’']?ll|i\s+will|i[’']m\s+going\s+to|gonna|going\s+to)\s+(?:kill|hurt|batter|deck|stab|shoot|end|destroy|ruin|find|get)\s+(?:you|u|him|her|them|that\s+\w+)\b|\bhope\s+(?:you|u)\s+enjoy\s+\w+ing\s+(?:your|ur)\s+(?:kids?|child|children|baby|family|son|daughter|mum|dad|wife|husband|gran|nan)\s+(?:on|in|at)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:ward|icu|itu|picu|nicu|hospital|resus|hospice|morgue|funeral|grave)\b|\b(?:hope|wish)\s+(?:you|u|he|she|they|that\s+\w+)\s+(?:die|dies|gets?\s+(?:cancer|raped|hit|run\s+over|what\s+(?:they|he|she|you)\s+deserve))|\b(?:hope|wish)\s+(?:all\s+)?(?:your|his|her|their|ur)\s+(?:\w+\s+)?(?:patients?|kids?|children|family|mum|mom|dad|wife|husband|baby|loved\s+ones)\s+(?:die|dies|suffer|suffers|get\s+(?:cancer|hurt|sick))\b|\b(?:hope|wish)\s+(?:all\s+)?(?:your|his|her|their|ur)\s+(?:\w+\s+)?(?:patients?|kids?|child|children|son|daughter|family|mum|mom|dad|wife|husband|baby|loved\s+ones)\s+(?:gets?|catch(?:es)?|ends?\s+up\s+with)\s+(?:measles|covid|cancer|polio|whooping\s+cough|meningitis|sick|ill|hurt|what)\b|\b(?:someone|somebody)\s+should\s+(?:shoot|kill|stab|hurt|punch)\s+(?:you|him|her|them)\b|\b(?:someone|somebody|people)\s+should\s+(?:torch|burn\s+down|firebomb|petrol[\s-]bomb|smash\s+up|brick|trash)\s+(?:the|that|this|her|his|their|your)\b|\baddress\s+is\s+(?:on|in|all\s+over)\s+[^.!?\n]{0,30}?\bif\s+(?:anyone|anybody|you|u)\s+(?:fancies|fancy|wants?|feels?\s+like)\b|\blet[’']?s\s+see\s+how\s+(?:your|his|her|their)\s+(?:\w+\s+)?(?:father|mother|dad|mum|family|husband|wife|boss|employer|parents|congregation|community|kids)\s+(?:feels?|likes?|reacts?|takes\s+it)\s+when\b|\bwhen\s+(?:everyone|everybody|they\s+all|the\s+whole\s+\w+)\s+(?:hears|finds\s+out|knows|sees)\s+what\s+(?:you|he|she)\s+(?:came|come|was|were)\s+(?:to\s+see\s+me\s+|in\s+)?for\b|\benjoy\s+(?:your|ur)\s+(?:\w+\s+)?(?:cardiac\s+arrest|heart\s+attack|stroke|amputations?|early\s+grave|early\s+death|funeral|cancer|dialysis|coma)\b|\b(?:sending|i[’']?ll\s+send|i\s+will\s+send|forwarding|i[’']?ll\s+forward)\s+(?:your|ur)\s+(?:editor|employer|boss|manager|trust|regulator|clinical\s+director|practice\s+manager|dean|university)\b[^.!?\n]{0,80}?\b(?:until|unless|till)\s+(?:you|u)\b|\b(?:hope|wish)\s+(?:you|u|he|she|they|that\s+\w+)\s+(?:choke|chokes|rot|rots|suffer|suffers|bleed|bleeds|enjoy\s+(?:bleeding|dying|choking|suffering|unemployment))\b|\benjoy\s+(?:unemployment|being\s+(?:sacked|struck\s+off|unemployed)|your\s+(?:p45|tribunal|hearing))\b|\bi(?:[’']ll|\s+will|\s+am\s+going\s+to|[’']m\s+going\s+to)\s+make\s+sure\s+(?:everyone|everybody|the\s+whole|all\s+(?:of\s+)?(?:your|the)|you\s+(?:never|lose|regret|get\s+sacked))\b|\b(?:screenshot(?:ted)?|reported|sent)\s+(?:them|it|this|these|you|your\s+\w+)\s+(?:for|to)\s+your\s+(?:manager|employer|boss|trust|ward\s+manager|matron)\b|\b(?:spam|flood|troll|brigade|dox+)\s+[^.!?\n]{0,40}\bwith\s+(?:abuse|hate|messages)\b|\bpile[\s-]on\b[^.!?\n]{0,30}\b(?:her|him|them)\b|\b(?:i[’']?ll|i\s+will|i[’']m\s+going\s+to|gonna|going\s+to)\s+(?:post|share|leak|send|publish|put)\s+(?:those|these|the|your|all\s+(?:your|those|the))\s+(?:\w+\s+)?(?:photos?|pics?|pictures?|videos?|nudes|messages|screenshots|texts)\b[^.!?\n]{0,30}\b(?:everywhere|online|on\s+(?:here|twitter|x|facebook|insta\w*|tiktok|the\s+internet)|to\s+(?:everyone|your\s+\w+))\b|\bi\s+know\s+(?:exactly\s+)?where\s+(?:you|u|she|he|they)\s+(?:work|live|park|drop\s+(?:your|the|ur)\s+kids)(?:[,\s]+(?:[\w@]+[,\s]+)?(?:and|so)\s+(?:your|ur|i|i[’']ll|you|u|watch|don[’']?t)|[.!]+\s+(?:i[’']?ll|i\s+will|i[’']m\s+going\s+to|watch|keep\s+an\s+eye))\b|\b(?:your|ur|his|her|their)\s+(?:manager|boss|employer|trust|ward\s+manager|matron|regulator|clinical\s+director|practice\s+manager)\s+will\s+be\s+hearing\s+(?:from\s+me|about\s+(?:this|you|it))|\b(?:keep|carry\s+on|go\s+on)\s+(?:\w+ing\s+)?(?:and|&)\s+see\s+what\s+happens\b|\b(?:make|making|made|gonna\s+make|going\s+to\s+make)\s+(?:her|his|their|your|ur)\s+life\s+(?:hell|a\s+(?:living\s+)?hell|a\s+misery)\b|\b(?:till|until)\s+(?:she|he|they)\s+(?:quits|resigns|hands\s+in\s+(?:her|his|their)\s+notice)\b|\btold\s+(?:the\s+|all\s+the\s+)?(?:other\s+|rest\s+of\s+the\s+)?\w+\s+not\s+to\s+(?:swap|work|talk|speak|help)\s+with\s+(?:her|him|them)\b|\bfreez(?:e|ing)\s+(?:her|him|them)\s+out\b|\b(?:found|got|have)\s+(?:your|his|her|their)\s+(?:home\s+)?address\b[^!?\n]{0,80}?\b(?:pop\s+round|come\s+round|drop\s+by|in\s+person|pay\s+(?:you|him|her|them)\s+a\s+visit)\b",
    )
});

pub fn find_threats(text: &str) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = THREAT
        .find_iter(text)
        .filter(|m| !is_a_favour(m.as_str(), text.get(m.end()..).unwrap_or("")))
        .map(|m| (m.start(), m.end()))
        .collect();
    out.extend(SHOWN_UP.find_iter(text).map(|m| (m.start(), m.end())));
    out.sort_unstable();
    out
}

/// A colleague set up to be laughed at by a group: "screenshot her insta selfies and stick them in
/// the rota chat", "let's see if she lasts til August", "send it round the mess".
static SHOWN_UP: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:screenshot|screengrab|screencap|grab)\s+(?:her|his|their)\s+(?:\w+\s+){0,2}?(?:selfies|posts|pics|photos|stories|insta|tiktoks?|messages|texts|dating\s+profile)\s+and\s+(?:stick|put|post|share|send|drop|whack)\s+(?:them|it)\s+(?:in|on|to|round)\b|\blet[’']?s\s+see\s+(?:if|how\s+long)\s+(?:she|he|they)\s+(?:lasts?|survives?|makes?\s+it|sticks?\s+it\s+out)\b|\bi\s+know\s+(?:which|what|where)\s+(?:practice|hospital|surgery|clinic|trust|ward|school|street|house)?\s*(?:you[’']?re|you\s+are|you\s+work|you\s+live)\b[^.!?\n]{0,60}?\b(?:i[’']?ll|i\s+will|gonna)\s+(?:keep\s+)?(?:turning\s+up|turn\s+up|be\s+(?:waiting|there)|come\s+(?:round|to)|find)\b|\bi\s+know\s+(?:which|what|where)\s+(?:\w+\s+)?(?:you[’']?re|you\s+are|you\s+work|you\s+live|you\s+park)\b[^\n]{0,80}?\b(?:be\s+(?:very\s+)?careful|watch\s+(?:your\s+back|yourself|your\s+step)|you[’']?ve\s+been\s+warned)\b|\bi\s+know\s+(?:exactly\s+)?(?:which|what|where)\s+(?:\w+\s+){0,2}?(?:you|u|he|she|they)(?:[’']re|\s+are|\s+is|[’']s)?\s+(?:\w+\s+)?(?:work|works|live|lives|park|parks|drink|drinks|film|films|train|trains|goes|eat|eats|drop|drops|stay|stays|sleep|sleeps|based)\b[^\n]{0,100}?\b(?:be\s+(?:very\s+)?careful|watch\s+(?:your|his|her|their)\s+(?:back|step)|you[’']?ve\s+been\s+warned|think\s+on|(?:someone|somebody)\s+(?:should|needs\s+to|ought\s+to)\s+(?:have|pay\s+him|pay\s+her|pay\s+them)\s+(?:a\s+)?(?:quiet\s+)?(?:word|visit)|i[’']?ll\s+make\s+sure)\b|\byou[’']?(?:ll|\s+will)\s+regret\s+(?:writing|saying|posting|publishing|crossing\s+me|messing\s+with\s+me|reporting|complaining)\b|\bsee\s+how\s+(?:quick(?:ly)?|fast|easy|easily)\s+(?:you|u)\s+(?:get|are\s+seen|get\s+seen)\s+(?:an?\s+)?(?:appointment|appt|referral|prescription|script|seen)\s+(?:at|from|with|by)\s+(?:my|our)\s+(?:surgery|practice|clinic|department|team)\b|\b(?:good\s+luck|enjoy)\s+getting\s+(?:an?\s+)?(?:appointment|appt|referral|prescription)\s+(?:at|with|from)\s+(?:my|our)\s+(?:surgery|practice|clinic)\b",
    )
});

/// "I'll get you straight through to their team", "I'll find you a slot": "get you" and "find
/// you" threaten only when nothing is being got or found for the reader ("I'll get you for this",
/// "I'm going to find you.").
fn is_a_favour(threat: &str, after: &str) -> bool {
    static MENACE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^\s*(?:$|[^\w\s]|for\s+(?:this|that|it)|back|one\s+day|eventually|sacked|fired|struck\s+off|reported|done|and\b|when\b|if\b|where\b|wherever|outside|after\b)",
        )
    });
    let lower = threat.to_ascii_lowercase();
    let favour_verb = lower.contains(" get ") || lower.contains(" find ");
    let pronoun = lower
        .rsplit(char::is_whitespace)
        .next()
        .is_some_and(|w| ["you", "u", "him", "her", "them"].contains(&w));
    favour_verb && pronoun && !MENACE_AFTER.is_match(after)
}

/// A threat phrase from the lexicon that goes on to say what is meant: a favour ([`is_a_favour`]),
/// or "you're finished" and "you're done" followed by with what or when ("once you're finished
/// with the treatment", "you're done by five").
pub fn threat_phrase_defused(threat: &str, after: &str) -> bool {
    let lower = threat.to_ascii_lowercase();
    let next: String = after
        .trim_start_matches([' ', '\t', '\u{a0}'])
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    let finished_with_something = (lower.ends_with("finished") || lower.ends_with("done"))
        && matches!(
            next.as_str(),
            "with" | "by" | "at" | "in" | "for" | "early" | "yet" | "today" | "tonight" | "soon"
        );
    finished_with_something || is_a_favour(threat, after)
}

/// Accusations of crime, dishonesty or dangerous incompetence: the defamation-risk vocabulary.
static ACCUSATION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:pill[\s-]mills?|(?:i[’']?ve|i\s+have|we[’']?ve)\s+heard\s+(?:he|she|they)\s+(?:was|were|got)\s+struck\s+off|fraud(?:ster|sters|ulent)?|frauds|scam(?:mer|mers|ming)?|con\s+(?:artist|man|merchant)|crook(?:s|ed)?|criminal(?:s|ly)?|corrupt(?:ion)?|liar|liars|lying|lied|thie(?:f|ves)|stole|steals|stealing|embezzl\w+|brib(?:e|es|ed|ery)|kickbacks?|fiddl(?:ed|es|ing)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:books|figures|data|results|claims|expenses|timesheets?|mileage)|nonces?|groomer|wife[\s-]beater|beats\s+(?:his|her)\s+(?:wife|husband|partner|kids)|(?:got|gets|landed|earned)\s+(?:his|her|their)\s+(?:\w+\s+)?(?:job|post|role|promotion|place)\s+by\s+sleeping\s+with|slept\s+(?:his|her|their)\s+way\s+(?:to|into|up)|we\s+all\s+know\s+(?:which|who(?:se)?)\s+(?:consultant|boss|surgeon|professor|partner|director|reg|registrar)\s+(?:she|he)\s+(?:was|has\s+been|is|had\s+been)\s+[\x22'‘“]?(?:shadowing|seeing|sleeping\s+with|close\s+to|servicing)|drunk\s+(?:again\s+)?(?:at\s+work|on\s+(?:shift|nights|call|the\s+ward))|falsif(?:ied|ies|ying)|fabricat(?:ed|es|ing)|cover(?:ed|ing)?[\s-]up|quack(?:s|ery)?|charlatan(?:s)?|snake\s+oil\s+(?:salesman|seller)|incompeten(?:t|ce)|negligen(?:t|ce)|dangerous\s+(?:doctor|surgeon|clinic|practitioner|butcher)|butcher(?:s|ed)?|killed\s+(?:a\s+|my\s+|the\s+|\d+\s+)?patients?|kills\s+patients|harm(?:ed|ing)\s+patients|a\s+danger\s+to\s+patients|should\s+be\s+struck\s+off|should\s+(?:lose|be\s+stripped\s+of)\s+(?:their|his|her)\s+licen[cs]e|should\s+be\s+(?:sacked|jailed|in\s+prison|prosecuted)|abus(?:ed|es|ing)\s+patients|rapist|paedo(?:phile)?|pedo(?:phile)?|racist|sex\s+pest|drunk\s+on\s+duty|on\s+the\s+take|ripping\s+(?:off|people\s+off)|rip[\s-]?off\s+merchants?|cowboys?)\b",
    )
});

/// Signs an accusation is reported with a basis (a conviction, a tribunal, a news report) or hedged
/// as a question, rather than asserted by the author.
static SUBSTANTIATED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:convicted|found\s+guilty|pleaded\s+guilty|pled\s+guilty|sentenced|jailed|struck\s+off\s+(?:by|after|for)|erased\s+from\s+the\s+register|tribunal\s+(?:found|ruled|heard)|mpts\s+(?:found|ruled|heard)|the\s+gmc\s+(?:found|ruled|said|suspended|erased)|court\s+(?:found|heard|ruled)|coroner\s+(?:found|ruled|said)|inquest\s+(?:found|heard)|(?:bbc|guardian|times|telegraph|itv|sky\s+news|reuters|the\s+independent)\s+(?:reports?|reported|revealed)|according\s+to\s+(?:the\s+)?(?:bbc|court|report|gmc|cqc|inquiry|investigation)|inquiry\s+(?:found|concluded)|report\s+(?:found|concluded)|investigation\s+(?:found|concluded)|cqc\s+(?:rated|found)|admitted\s+(?:to|that)|was\s+fined|has\s+been\s+charged|was\s+charged)\b",
    )
});

pub fn find_accusations(text: &str) -> Vec<(usize, usize)> {
    ACCUSATION
        .find_iter(text)
        .filter(|m| !is_a_butchers_shop(text, m.start(), m.end()))
        .filter(|m| !names_a_legal_field(text, m.start(), m.end()))
        .map(|m| (m.start(), m.end()))
        .collect()
}

/// "Expert witness reports (personal injury and clinical negligence)", "a clinical negligence
/// solicitor": the field of law, not an accusation against anyone.
pub fn names_a_legal_field(text: &str, start: usize, end: usize) -> bool {
    static FIELD_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^\s*(?:$|[),.;:/]|and\b|&|claims?\b|cases?\b|reports?\b|work\b|law\b|lawyers?\b|solicitors?\b|teams?\b|experts?\b|litigation\b|specialists?\b|practice\b|instructions\b|firms?\b|barristers?\b)",
        )
    });
    let word = text.get(start..end).unwrap_or("").to_ascii_lowercase();
    if !word.starts_with("negligen") {
        return false;
    }
    let lead = super::phrases::lead_in(text, start, 10).to_ascii_lowercase();
    (lead.ends_with("clinical ") || lead.ends_with("medical "))
        && FIELD_AFTER.is_match(text.get(end..).unwrap_or(""))
}

/// "Keith from the butchers", "down the butcher's": the shop, not an accusation.
fn is_a_butchers_shop(text: &str, start: usize, end: usize) -> bool {
    let word = text.get(start..end).unwrap_or("").to_ascii_lowercase();
    if !word.starts_with("butcher") {
        return false;
    }
    let before = super::phrases::lead_in(text, start, 12).to_ascii_lowercase();
    [
        "from the ",
        "at the ",
        "down the ",
        "to the ",
        "the local ",
        "our local ",
    ]
    .iter()
    .any(|p| before.ends_with(p))
}

/// True when the text says the accusation has a basis (conviction, tribunal, news report).
pub fn substantiated(text: &str) -> bool {
    SUBSTANTIATED.is_match(text)
}

/// Pejorative statements about a group: "X are lazy", "X should go back", "I hate X".
static PEJORATIVE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:are|r|is|were)\s+(?:all\s+|just\s+|such\s+|so\s+|basically\s+|literally\s+|always\s+|nothing\s+but\s+|a\s+bunch\s+of\s+|the\s+)*(?:lazy|stupid|thick|dim|dumb|dirty|filthy|smelly|exhausting|insufferable|unbearable|the\s+worst|most\s+entitled|so\s+entitled|entitled|snowflakes|criminals?|animals|vermin|parasites|scroungers|terrorists|rapists|thieves|liars|useless|inferior|subhuman|disgusting|a\s+disease|a\s+plague|a\s+burden|a\s+drain|hysterical|too\s+emotional|unfit|incompetent|the\s+problem|ruining|taking\s+over|invading|mentally\s+ill|perverts|predators|groomers|a\s+danger|dangerous|not\s+real|delusional|freaks|savages|backward|primitive|breeding|cockroaches|rats|pigs|scum|trash|worthless|a\s+waste)\b|^\s*(?:always|all)\s+(?:turn\s+up|moan|complain|lie|whinge|demand|expect|kick\s+off|scrounge|steal|play\s+the|get\s+away|do\s+it|do\s+this|bring\s+(?:\d+|the\s+whole|fifteen|loads))|^[^.!?\n]{0,30}?\b(?:never|always|won[’']?t|don[’']?t)\s+[^.!?\n]{0,60}?\bthen\s+(?:scream|kick\s+off|moan|complain|whinge|cry|shout|act\s+surprised)|^[^.!?\n]{0,60}\b(?:they|these\s+people|them\s+lot|that\s+lot)\s+(?:all|always)\s+(?:do\s+it|do\s+this|do\s+that|lie|moan|whinge|try\s+it\s+on|turn\s+up|scrounge)\b|^\s*(?:should|must|need\s+to|ought\s+to)\s+(?:all\s+)?(?:go\s+back|go\s+home|be\s+sent\s+home|be\s+deported|be\s+sent\s+back|be\s+banned|be\s+sterili[sz]ed|not\s+be\s+allowed|stay\s+in\s+the\s+kitchen|stay\s+at\s+home|know\s+their\s+place|be\s+locked\s+up|be\s+shot|die|be\s+gassed|get\s+out|not\s+be\s+(?:doctors|surgeons|nurses|consultants))\b|^\s*(?:can[’']?t|cannot|shouldn[’']?t|should\s+not|don[’']?t\s+deserve\s+to)\s+(?:be\s+trusted|be\s+(?:doctors|surgeons|consultants)|drive|do\s+(?:surgery|maths)|(?:get|be\s+given|receive|have)\s+(?:any\s+)?(?:nhs\s+)?(?:treatment|care|surgery|operations?|ivf|help)|be\s+(?:treated|operated\s+on|allowed))\b|^[^.!?\n]{0,80}\b(?:they|them)\s+(?:should\s+)?(?:all\s+)?(?:be\s+sent\s+(?:home|back)|go\s+(?:home|back)|should\s+be\s+deported)\b|^[^.!?\n]{0,50}\b(?:they|these\s+people|them\s+lot)\s+all\s+(?:do\s+it|do\s+this|lie|scrounge|try\s+it\s+on)\b|^\s*(?:belong\s+in\s+the\s+kitchen|ruin\s+everything|breed\s+like|smell|stink)|^[^.!?\n]{0,50}\bcan\s+(?:barely|hardly|not\s+even|n[’']t\s+even)\s+(?:string\s+a\s+sentence|speak\s+(?:proper\s+)?english|speak\s+the\s+language)|^\s*(?:[a-z]+\s+)?(?:just\s+|simply\s+|generally\s+)?(?:don[’']?t|do\s+not|can[’']?t|cannot)\s+(?:have\s+(?:the\s+)?(?:stamina|brains?|temperament|intelligence|aptitude|backbone|balls|bottle|nerve)|hack\s+it|cut\s+it)\b",
    )
});
static PEJORATIVE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:\b(?:i\s+)?(?:hate|can[’']?t\s+stand|despise|loathe|won[’']?t\s+treat|refuse\s+to\s+treat|don[’']?t\s+treat|won[’']?t\s+work\s+with|sick\s+of|fed\s+up\s+with)\s+(?:all\s+)?(?:these\s+|those\s+|the\s+)?|\b(?:bloody|fucking|effing|filthy|dirty|typical|stupid|lazy|thick|hysterical|hormonal|neurotic|shrill|entitled|ungrateful|workshy|feckless)\s+|\bno\s+|\bsend\s+(?:the\s+)?|\btypical\s+of\s+(?:the\s+|them\s+)?|\bget\s+rid\s+of\s+(?:the\s+|all\s+)?|\bdeport\s+(?:the\s+|all\s+)?)$",
    )
});
/// A group denied care or standing ("old people shouldn't be offered ICU beds"), or dismissed as a
/// condition ("trans patients are just confused"), with an optional noun after the group word.
static EXCLUSION_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:patients|people|folk|staff|colleagues|kids|children|lot|men|women|doctors|nurses|families)?\s*(?:(?:shouldn[’']?t|should\s+not|should\s+never|don[’']?t\s+deserve\s+to|do\s+not\s+deserve\s+to|have\s+no\s+right\s+to)\s+(?:be\s+)?(?:get|getting|offered|given|allowed|treated|entitled|have|receive|resuscitated|admitted|operated\s+on|seen|work|practise|be\s+doctors|be\s+surgeons)|(?:are|is)\s+(?:all\s+|just\s+|so\s+|basically\s+|clearly\s+|obviously\s+)*(?:confused|attention[\s-]seeking|attention[\s-]seekers|a\s+joke|a\s+fad|a\s+phase|mental|crazy|mad|sick\s+in\s+the\s+head|ill\s+in\s+the\s+head|bed[\s-]?blockers|time[\s-]?wasters|a\s+waste\s+of\s+(?:resources|money|beds|space|time)|draining\s+the\s+nhs|a\s+drain\s+on|bleeding\s+(?:us|the\s+nhs)\s+dry)|(?:always|all)\s+(?:demand\w*|expect\w*|want\w*)\s+(?:special|extra|everything)|have\s+no\s+(?:business|place)\s+(?:being|in|on|near|doing|working|as))\b",
    )
});

/// A group kept apart from everyone else: "should have their own A&E", "keep them away from normal
/// people".
static SET_APART: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:should|ought\s+to|need\s+to)\s+(?:have|get|be\s+given)\s+(?:their|its)\s+own\s+(?:a&e|hospitals?|wards?|surgery|gp|entrance|waiting\s+room|clinics?|schools?)\b|\bkeep\s+(?:them|'em|those\s+people|that\s+lot|them\s+lot)\s+(?:well\s+)?(?:away|separate)\s+from\s+(?:normal|decent|proper|regular|ordinary|real)\s+(?:people|folk|patients|families|kids)\b",
    )
});

/// A sneer at patients taken for foreigners: "zero English, no prizes for guessing who's paying
/// for the interpreter", "#welcometobritain" beside an eye-roll or a dig about who pays.
static XENOPHOBIC_SNEER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:zero|no|not\s+a\s+(?:single\s+)?word\s+of)\s+english\b[^.!?\n]{0,80}?\b(?:who[’']?s\s+paying|guess\s+who\s+(?:pays|is\s+paying)|taxpayers?|on\s+the\s+nhs|for\s+free|health\s+touris\w+)|#(?:welcometobritain|welcometoengland|welcometotheuk|sendthemback|stoptheboats)\b[^\n]{0,5}(?:🙄|😒|🤬)|(?:🙄|😒|🤬|who[’']?s\s+paying|health\s+touris\w+)[^\n]{0,60}#(?:welcometobritain|welcometoengland|welcometotheuk|sendthemback|stoptheboats)\b",
    )
});

/// "Integrate or go home", "send them all back".
static SEND_HOME: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:integrate|learn\s+(?:the\s+language|(?:to\s+speak\s+)?(?:proper\s+)?english))\s+or\s+(?:go\s+home|leave|get\s+out|go\s+back|fuck\s+off|jog\s+on)|do\s+they\s+(?:even\s+)?(?:train|teach)\s+(?:them|doctors|medics|medicine)\s+(?:over\s+there|out\s+there|in\s+(?:that|their)\s+country)|(?:send|ship|fly|pack|boot|kick)\s+(?:them|'em|em|the\s+lot(?:\s+of\s+them)?|that\s+lot|this\s+lot|them\s+lot)\s+(?:all\s+)?(?:off\s+)?(?:home|back)|(?:go|get|back)\s+(?:back\s+)?(?:home\s+)?(?:to\s+)?where\s+(?:you|they)\s+came\s+from|(?:not|aren[’']?t)\s+welcome\s+(?:here|in\s+this\s+country))\b",
    )
});

static GO_BACK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\bgo\s+back\s+to\s+(?:your|their|his|her)\s+(?:own\s+)?(?:country|countries|village|jungle)|\bi[’']?m\s+not\s+(?:a\s+)?racist\s+but\b|\btick(?:s|ed|ing)?\s+(?:every|all\s+the|all\s+(?:of\s+)?the)\s+(?:diversity|dei|equality|inclusion|woke)\s+box(?:es)?\b|\b(?:diversity|dei|affirmative[\s-]action|token|quota|box[\s-]ticking|woke)\s+(?:hire|appointment|pick|candidate|promotion)\b|\bonly\s+got\s+(?:the|that|this)\s+(?:job|post|role)\s+because\s+(?:she[’']?s|he[’']?s|they[’']?re)\s+(?:a\s+)?(?:woman|female|black|asian|muslim|gay|trans|disabled|foreign)\b|(?:@\w+|\b(?:she|he|they))\s+(?:only\s+|ever\s+)?got\s+(?:anywhere\s+near|into|through)\s+(?:a\s+|the\s+)?(?:medical\s+school|med\s+school|medicine|training)\b[^.!?\n]{0,60}\b(?:widening[\s-]participation|quotas?|diversity\s+(?:schemes?|drives?|targets?)|affirmative\s+action|box[\s-]ticking)\b|\b(?:girls|women|ladies)\b[^\n]{0,120}\bbring\s+back\s+the\s+(?:lads|boys|blokes|men)\b|\bwomen\s+(?:belong|should\s+stay)\s+in\s+the\s+kitchen|\bit[’']?s\s+adam\s+and\s+eve\s+not\s+adam\s+and\s+steve|\b(?:trans\s+women|transwomen)\s+are\s+(?:men|blokes|not\s+women)\b|\bthere\s+are\s+only\s+two\s+genders\b[^.!?\n]{0,40}\b(?:freaks|mental|delusion)|\bmen\s+(?:can[’']?t|cannot|don[’']?t)\s+(?:get\s+pregnant|have\s+(?:babies|periods|a\s+cervix))\b[^\n]{0,80}?\b(?:mentally\s+ill|mental|deluded|delusional|insane|mad|sick)\b|\b(?:not|won[’']?t\s+be|refuse\s+to\s+be|never)\s+call(?:ing)?\s+(?:him|her|them)\s+[\x22“‘']?(?:they|she|he|her|him)\b|\b(?:calling|call|refer\s+to|referring\s+to)\s+(?:them|him|her)\s+(?:she|he|her|him)\s+whatever\s+(?:their|the|his|her)\s+(?:notes|records?|id|passport|chart)\s+says?",
    )
});

/// A stereotype about a group with a short qualifier between the group and the claim: "Muslims in
/// my clinic always lie about fasting", "Poles on our ward never bother to learn English", "travellers
/// round here all scrounge".
static QUALIFIED_STEREOTYPE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s+(?:in|at|on|from|round|around|who\s+(?:come|attend|turn\s+up)|coming|that\s+come)\b[^.!?\n,;]{0,35}?\s+(?:(?:always|all|just|only\s+ever)\s+(?:lie|lies|lying|moan|complain|whinge|exaggerate|fake|make\s+(?:it|things)\s+up|play\s+the|scrounge|steal|kick\s+off|try\s+it\s+on|milk\s+(?:it|the)|abuse\s+the|waste\s+(?:our|my|everyone)|turn\s+up\s+late|smell|stink|breed)|never\s+(?:bother\s+to|learn|pay|work|wash|tell\s+the\s+truth))\b",
    )
});

/// Sneers that need a nationality or ethnic group named somewhere in the post: English mocked ("like babe just speak
/// english"), a colleague's exams doubted ("how did he even pass PLAB"), a flight home wished on
/// someone, care rationed ("push them to the back of the list"), a whole group labelled ("every one
/// of them a drug seeker"), Brexit wished harder.
static GROUP_SNEER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:just|pls|please|learn\s+to|bloody)\s+speak\s+(?:proper\s+|the\s+)?english\b|\bcan\s+(?:barely|hardly|not\s+even|n[’']?t\s+even)\s+speak\s+(?:proper\s+|any\s+)?english\b|\bhow\s+did\s+(?:he|she|they)\s+(?:even|ever)\s+(?:pass|get\s+through)\s+(?:the\s+)?(?:plab|ielts|oet|mrcp|mrcs)\b|\b(?:put|send|stick|get)\s+(?:him|her|them|'em)\s+on\s+(?:the\s+)?(?:next|first)\s+(?:flight|plane|boat)\b|\b(?:push|put|move|bump|send)\s+(?:them|'em|those\s+ones)\s+to\s+the\s+(?:back|bottom|end)\s+of\s+the\s+(?:list|queue)\b|\bevery\s+(?:single\s+)?one\s+of\s+(?:them|'em)\s+(?:is\s+)?(?:a\s+)?(?:drug[\s-]?seekers?|liars?|thie(?:f|ves)|scroungers?|criminals?|time[\s-]?wasters?)\b|\bbrexit\s+(?:didn[’']?t|did\s+not)\s+go\s+far\s+enough\b",
    )
});

/// A discriminatory statement: (span, characteristic).
pub fn find_discrimination(text: &str) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let groups = find_groups(text);
    for g in &groups {
        let class = || g.class.to_string();
        let after = text.get(g.end..).unwrap_or("");
        let after = after.get(..floor_boundary(after, 90)).unwrap_or(after);
        // "Muslim patients always turn up late": the predicate follows the person noun.
        let skip = super::stereotypes::person_noun_len(after);
        let predicate = after.get(skip..).unwrap_or("");
        let predicate_at = g.end + skip;
        let before_from = floor_boundary(text, g.start.saturating_sub(45));
        let before = text.get(before_from..g.start).unwrap_or("");
        if let Some(m) = PEJORATIVE_AFTER.find(predicate) {
            out.push((g.start, predicate_at + m.end(), class()));
        } else if let Some(m) = PEJORATIVE_BEFORE.find(before) {
            // "no" before a group is only exclusionary at a sentence start ("No dogs, no blacks").
            let word = m.as_str().trim().to_ascii_lowercase();
            let lead = before.get(..m.start()).unwrap_or("").trim_end();
            let mid_clause = word == "no" && !lead.is_empty() && !lead.ends_with([',', '.', '\n']);
            if !mid_clause {
                out.push((before_from + m.start(), g.end, class()));
            }
        }
        if let Some(m) = QUALIFIED_STEREOTYPE.find(predicate) {
            out.push((g.start, predicate_at + m.end(), class()));
        }
        if let Some(m) = EXCLUSION_AFTER.find(after) {
            // "Women shouldn't have to fix it" protects the group; "shouldn't have free care"
            // excludes it.
            let rest = after
                .get(m.end()..)
                .map(|rest| rest.trim_start().to_ascii_lowercase())
                .unwrap_or_default();
            let matched = m.as_str().to_ascii_lowercase();
            // "Women have no business being paid less": the wrong done to the group, refused.
            let protective = matched.ends_with("have") && rest.starts_with("to ")
                || matched.ends_with("being")
                    && [
                        "paid",
                        "treated",
                        "bullied",
                        "harassed",
                        "excluded",
                        "ignored",
                        "overlooked",
                        "passed",
                        "underpaid",
                        "left",
                        "told",
                        "made",
                    ]
                    .iter()
                    .any(|w| rest.starts_with(w));
            if !protective {
                out.push((g.start, g.end + m.end(), class()));
            }
        }
    }
    // "The travellers from the Eastgate site should have their own A&E. Keep them away from
    // normal people": a group named, then set apart.
    if let Some(g) = groups.first() {
        for m in SET_APART.find_iter(text) {
            out.push((m.start(), m.end(), g.class.to_string()));
        }
    }
    if let Some(g) = groups.iter().find(|g| g.class == "race") {
        for m in GROUP_SNEER.find_iter(text) {
            out.push((m.start(), m.end(), g.class.to_string()));
        }
    }
    for m in XENOPHOBIC_SNEER.find_iter(text) {
        out.push((m.start(), m.end(), "nationality".to_string()));
    }
    out.extend(super::stereotypes::find(text, &groups));
    for m in GO_BACK.find_iter(text).chain(SEND_HOME.find_iter(text)) {
        out.push((m.start(), m.end(), "race_or_identity".to_string()));
    }
    out.sort_by_key(|d| (d.0, d.1));
    out.dedup_by(|b, a| b.0 < a.1);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abuse_terms_skip_clinical_and_compound_uses() {
        assert!(find_abuse("spastic diplegia in a child").is_empty());
        assert!(find_abuse("psycho-oncology referral").is_empty());
        assert_eq!(find_abuse("you absolute muppet")[0].text, "muppet");
        assert!(find_abuse("pouches are the future of getting smokers off fags").is_empty());
        assert!(find_abuse("nipped out for a fag break").is_empty());
        for t in ["shut up you fag", "get off my ward you fag"] {
            assert!(find_abuse(t).iter().any(|a| a.text == "fag"), "{t}");
        }
        assert!(find_patient_slang("pain after fatty meals, or a fatty liver").is_empty());
        assert!(
            find_abuse("some of these kids should be stacking shelves at Tesco")
                .iter()
                .any(|t| t.class == "put_down_idiom")
        );
        assert_eq!(
            find_patient_slang("another fatty in bay 3")[0].text,
            "fatty"
        );
    }

    #[test]
    fn a_colleague_set_up_for_the_group_to_laugh_at() {
        for t in [
            "the new F1 cried in the mess AGAIN 😂 someone screenshot her insta selfies and stick them in the rota chat",
            "new reg is useless, let's see if he lasts til August lol",
        ] {
            assert!(!find_threats(t).is_empty(), "{t}");
        }
        assert!(find_threats("screenshot the rota and stick it in the group chat pls").is_empty());
        assert!(find_threats("let's see if the weather lasts til the BBQ").is_empty());
        assert!(!find_threats(
            "block me all you like, I know which practice you're at and I'll keep turning up at your talks"
        )
        .is_empty());
        assert!(
            find_threats("I know which practice you're at, I'll send the referral there")
                .is_empty()
        );
    }

    #[test]
    fn intimidation_by_exposure_is_a_threat() {
        for t in [
            "keep messaging me and i'll post those photos of you everywhere, don't test me",
            "I'm going to share all your messages on Facebook",
            "@drtomk found your address btw. Maybe I'll pop round and discuss your evidence in person",
        ] {
            assert!(!find_threats(t).is_empty(), "{t}");
        }
        for t in [
            "I'll post the photos from the ward party on the group chat",
            "Got your address, card's in the post! See you at the reunion",
            "I'll pop round to yours with soup later",
        ] {
            assert!(find_threats(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn targets() {
        let t = "@jdoe you are an idiot";
        let s = t.find("idiot").unwrap();
        assert_eq!(
            target_near(t, s, s + 5, 60).map(|x| x.kind),
            Some(TargetKind::SecondPerson)
        );
        let t = "Dr Smith is a fraud";
        assert_eq!(named_targets(t)[0].kind, TargetKind::NamedPerson);
        assert!(is_self_directed("I'm such an idiot", 12));
        let t = "Look at the state of the cardiologist on call tonight, total clown";
        let s = t.find("clown").unwrap();
        assert!(target_near(t, s, s + 5, 60).is_some());
    }

    #[test]
    fn stereotypes_with_a_qualifier_between_group_and_claim() {
        assert!(
            !find_discrimination("Jews round here always try it on with the receptionists")
                .is_empty()
        );
        assert!(find_discrimination("Women in my team all work compressed hours now").is_empty());
        assert!(
            find_discrimination("Muslims in my clinic often ask about fasting and insulin")
                .is_empty()
        );
    }

    #[test]
    fn discrimination_needs_a_pejorative() {
        assert_eq!(
            find_discrimination("Immigrants are all scroungers").len(),
            1
        );
        assert_eq!(find_discrimination("I hate muslims").len(), 1);
        assert!(find_discrimination("Black women are four times more likely to die").is_empty());
        assert!(find_discrimination("Women are under-represented in surgery").is_empty());
        assert_eq!(
            find_discrimination("Women surgeons just don't have the stamina for it").len(),
            1
        );
        assert!(
            find_discrimination("Women don't have the same symptoms of a heart attack").is_empty()
        );
    }

    #[test]
    fn a_sneer_before_or_after_an_age_or_sex_group() {
        for t in [
            "The menopause industry is a cult of hysterical middle-aged women.",
            "Menopausal women are exhausting.",
            "Boomers are the most entitled patients on earth",
            "Pensioners are insufferable in clinic",
        ] {
            assert_eq!(find_discrimination(t).len(), 1, "{t}");
        }
        for t in [
            "Middle-aged women are hugely under-diagnosed with ADHD, great thread on this",
            "Pensioners are struggling to get appointments, and it's not their fault",
        ] {
            assert!(find_discrimination(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn broader_discrimination_and_threat_shapes() {
        assert_eq!(
            find_discrimination("Obese people shouldn't get IVF on the NHS").len(),
            1
        );
        assert!(find_discrimination("Obese people often face stigma from clinicians").is_empty());
        assert_eq!(
            find_discrimination("Romanians nick everything, they should all go home").len(),
            1
        );
        assert_eq!(find_discrimination("She's just a token hire").len(), 1);
        for t in [
            "Honestly the travellers from the Eastgate site should have their own A&E. Keep them away from normal people 🙄",
            "Another family in minors, 6 kids, zero English, no prizes for guessing who's paying for the interpreter 🙄 #welcometobritain",
            "Honestly the fact @DrKHussain got anywhere near a medical school says everything about widening-participation quotas. Pathetic.",
        ] {
            assert!(!find_discrimination(t).is_empty(), "{t}");
        }
        for t in [
            "Travellers from the Eastgate site often can't register with a GP; our outreach clinic should have its own dedicated nurse",
            "Zero English but the interpreter line was brilliant and we got there #proudNHS",
            "Welcome to our new IMG colleagues! #welcometobritain ❤️",
            "I got into medical school through a widening participation scheme and I'm proud of it",
        ] {
            assert!(find_discrimination(t).is_empty(), "{t}");
        }
        assert!(!find_threats("I hope your kids suffer for this").is_empty());
        assert!(find_threats("I hope your kids enjoy the holiday").is_empty());
    }

    #[test]
    fn accusations_and_substantiation() {
        assert!(!find_accusations("Dr Smith is a fraud").is_empty());
        assert!(find_accusations("Keith from the butchers on Mill Lane").is_empty());
        assert!(!find_accusations("Mr Jones is a butcher, avoid his list").is_empty());
        assert!(substantiated("He was convicted of fraud in 2019"));
    }

    #[test]
    fn incitement_wished_illness_and_pressure_through_an_editor_are_threats() {
        for t in [
            "shes a fraud and honestly someone should torch the place. address is on google maps if anyone fancies it",
            "@gazza1974 enjoy your cardiac arrest pal 👋",
            "@sophie_writes I know exactly where you work. I'll be sending your editor every one of your old tweets until you retract.",
        ] {
            assert!(!find_threats(t).is_empty(), "{t}");
        }
        for t in [
            "enjoy your weekend, see you at the cardiac arrest simulation on monday",
            "I know where you work now, congrats on the new job!",
            "the practice address is on the NHS website if anyone needs it",
        ] {
            assert!(find_threats(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn overseas_graduates_and_every_patient_on_the_blag_are_group_stereotypes() {
        for t in [
            "half the overseas grads on our rota can barely speak English",
            "Every Eastern European patient I've had through A&E is on the blag for codeine",
            "Another female consultant who got the job ticking the diversity boxes rather than on ability",
        ] {
            assert!(!find_discrimination(t).is_empty(), "{t}");
        }
        assert!(
            find_discrimination("Our overseas grads ran the whole rota this weekend, legends")
                .is_empty()
        );
    }

    #[test]
    fn session_28_why_is_it_always_a_group_and_a_group_that_never_turns_up() {
        for t in [
            "Why is it ALWAYS the Romanian locums who can't manage a basic DKA?? trusts need to stop hiring them",
            "travellers' kids never turn up for their jabs, honestly pointless us even sending the letters out",
        ] {
            assert!(!find_discrimination(t).is_empty(), "{t}");
        }
        for t in [
            "Why is it always the Romanian restaurant that's fully booked on a Friday",
            "Lovely Romanian locum covered nights, couldn't have asked for better",
        ] {
            assert!(find_discrimination(t).is_empty(), "{t}");
        }
        assert!(!find_accusations("Dr Okafor's so-called clinic is a known pill mill").is_empty());
    }

    #[test]
    fn threats_with_a_workplace_known_and_care_held_over_someone() {
        for t in [
            "@HannahWrites_ you'll regret writing that piece about my case. I know which office you work out of. Be very careful.",
            "call the council about my kids' football ONE more time and see how quick you get an appointment at my surgery",
        ] {
            assert!(!find_threats(t).is_empty(), "{t}");
        }
        for t in [
            "You'll regret not booking your flu jab before the rush",
            "I know which office you work out of, I'll drop the leaflets round",
            "see how quick you get an appointment with the new online system, it's great",
        ] {
            assert!(find_threats(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn clinical_negligence_as_a_field_of_law_is_not_an_accusation() {
        assert!(find_accusations(
            "Now accepting instructions for expert witness reports (personal injury and clinical negligence)."
        )
        .is_empty());
        assert!(find_accusations("a clinical negligence solicitor asked for my notes").is_empty());
        assert!(
            !find_accusations("his clinical negligence killed her, and nobody acted").is_empty()
        );
    }
}

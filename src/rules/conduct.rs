//! Conduct: abuse, harassment and threats; mocking patients; unsubstantiated accusations against named
//! people and organisations; discrimination.
//!
//! GMC 2024 ¶14: "You must not use social media to abuse, discriminate against, bully, harass or
//! deliberately target any individual or group"; ¶15: communications are subject to the laws of
//! defamation, discrimination and harassment; 2013 ¶15: no "gratuitous, unsubstantiated or
//! unsustainable comments about individuals online"; ¶16 defamation; 2013 GMP ¶36: "treat colleagues
//! fairly and with respect". Swearing is not a breach on its own, and the words of others are not the
//! owner's conduct: a patient who called the doctor a name, a quoted slur in a post about racism, a
//! clinical term ("spastic diplegia") or a reclaimed one all stay silent here.

use super::guidance::{Guidance, GuidanceSource::*};
use super::judge::{self, Voice};
use super::{Action, ActionKind, Category, Context, Evidence, Finding, Rule, RuleMeta, Severity};
use crate::detect::gate::Regex;
use crate::detect::insults::{self, Target, TargetKind, Term};
use crate::detect::phrases::{floor_boundary, sentence_around, window};
use crate::detect::stance;
use crate::model::{Kind, Record};
use std::sync::LazyLock;

mod appearance;
mod derision;
mod insinuation;
mod trust;

pub fn rules() -> Vec<Box<dyn Rule>> {
    vec![
        Box::new(Abuse),
        Box::new(MockingPatients),
        Box::new(DefamationRisk),
        Box::new(Discrimination),
        Box::new(trust::PublicTrust),
        Box::new(trust::ContemptForColleagues),
        Box::new(trust::OffensiveJoke),
        Box::new(trust::SexualisedComment),
    ]
}

const CONDUCT_GUIDANCE: &[Guidance] = &[
    Guidance::cite(Gmc2024, "14"),
    Guidance::cite(Gmc2024, "15"),
    Guidance::cite(Gmc2013, "15"),
    Guidance::cite(Gmc2013, "16"),
    Guidance::cite(Gmp2013, "36"),
];

fn re(pattern: &str) -> Regex {
    crate::detect::phrases::regex(pattern)
}

/// Talk about words rather than use of them: "the term 'bed blocker'", "stop calling patients…".
static META_LANGUAGE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:the\s+(?:term|word|phrase|label|slur|n[\s-]?word)|terms?\s+like|words?\s+like|phrases?\s+like|language\s+like|(?:stop|quit)\s+(?:calling|saying|using|labelling|labeling)|don[’']?t\s+(?:call|say|use|label)|never\s+(?:call|say|use)|dehumanis\w+|dehumaniz\w+|derogatory|pejorative|offensive\s+(?:term|word|language|label)|stigmati[sz]\w*|slurs?|is\s+a\s+(?:horrible|awful|vile|cruel|unkind)\s+(?:term|word|phrase)|banned\s+(?:term|word)|we\s+(?:shouldn[’']?t|should\s+not|must\s+not)\s+(?:call|say|use)|calling\s+(?:someone|somebody|people|colleagues|her|him|them|a\s+colleague)\s+(?:a|an)|call(?:ing)?\s+(?:it|this|that)\s+out|(?:^|[.!?]\s+)calling\s+(?:patients|people|claimants|them|those|the\s+\w+)\s+\w+\s+(?:is|was|isn[’']?t)\b|is\s+(?:racist|sexist|ableist|homophobic|transphobic|discriminatory))\b",
    )
});

fn meta_talk(text: &str, pos: usize) -> bool {
    let (s, e) = sentence_around(text, pos);
    let from = floor_boundary(text, s.saturating_sub(80));
    text.get(from..e).is_some_and(|t| META_LANGUAGE.is_match(t))
}

/// Someone else's words, or words about words.
fn not_owners_usage(text: &str, start: usize, end: usize) -> bool {
    stance::is_others_words(text, start, end) || meta_talk(text, start)
}

/// "Our local 'frequent flyer' again 🙄": the writer's own word in scare quotes, with a mocking
/// tone and nobody said to have used it.
fn scare_quoted(text: &str, start: usize, end: usize, tone: bool) -> bool {
    let quote = |c: Option<char>| matches!(c, Some('\'' | '‘' | '’' | '"' | '“' | '”'));
    tone && quote(text.get(..start).and_then(|b| b.chars().next_back()))
        && quote(text.get(end..).and_then(|a| a.chars().next()))
        && !stance::is_reported(text, start)
        && !meta_talk(text, start)
}

/// "Best bunch of nutters I ever worked with", "my crew of lunatics": a word for patients said
/// fondly of the writer's own team.
fn said_of_the_team(text: &str, start: usize, end: usize) -> bool {
    static TEAM_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^\s*(?:(?:i|we)\s+(?:have\s+|[’']ve\s+)?(?:ever\s+)?(?:worked|work|trained|qualified|shared\s+a\s+\w+)\s+with|(?:on|in)\s+(?:the|my|our)\s+(?:team|unit|rota|firm|ward))\b",
        )
    });
    static TEAM_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:(?:my|our)\s+(?:team|colleagues|crew|gang|firm|housemates|fellow\s+\w+|work\s+family)|(?:the|this)\s+(?:team|crew|gang)\s+(?:are|were|is))\b[^.!?\n]{0,25}$",
        )
    });
    let after = text.get(end..).unwrap_or("");
    let before = text
        .get(floor_boundary(text, start.saturating_sub(50))..start)
        .unwrap_or("");
    TEAM_AFTER.is_match(after) || TEAM_BEFORE.is_match(before)
}

/// "Why do X always…?", "anyone else sick of X?", "has anyone else noticed Dr Y…?": a
/// stereotype or a hint asked as a question is still asserted.
fn rhetorical_question(text: &str, pos: usize) -> bool {
    static RHETORICAL: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^\s*(?:(?:why|how\s+come)\s+(?:do|are|does|is|must|can[’']?t|won[’']?t|don[’']?t)\b[^?]*\b(?:always|all|never|every\s+single|every\s+time|so\s+many)\b|(?:(?:is\s+)?(?:any\s?one|any\s?body)\s+else|am\s+i\s+the\s+only\s+one(?:\s+who(?:[’']s|\s+is)?)?)\s+(?:\w+\s+)?(?:sick|tired|fed\s+up|bored)\s+(?:of|with)\b|(?:has|have)\s+(?:any\s?one|any\s?body)\s+(?:else\s+)?noticed\b)",
        )
    });
    let (s, e) = sentence_around(text, pos);
    text.get(s..e).is_some_and(|t| RHETORICAL.is_match(t))
}

/// Friendly banter around a mild insult ("lol you absolute muppet, see you at the pub").
static BANTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:😂|🤣|😘|❤️|😍|🥰|🍻|🍺|😜|😉|\blol\b|\blmao\b|\bha(?:ha)+\b|\blove\s+(?:you|ya)\b|\bsee\s+(?:you|ya)\b|\bcheers\b|\bmate\b|\bbestie\b|\blegend\b|\bx{1,3}\s*$|\bjk\b|\bjoking\b|\brematch\b|\bloser\s+(?:buys|pays|gets|does)\b|\bpub\s+quiz\b)",
    )
});

static SKILL_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)^\s+(?:at|with|when)\s+(?:\w+ing|giving|getting|doing|making|taking)\b")
});

/// "I drove home grinning like an idiot": a simile for the writer's own manner.
fn simile_about_the_writer(text: &str, start: usize) -> bool {
    static LIKE_A: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)\blike\s+(?:a|an|some)\s+(?:\w+\s+)?$"));
    static FIRST_PERSON: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)\b(?:i|i[’']m|i[’']ve|me|my)\b"));
    // "I think you're acting like an idiot" is about the reader.
    static SOMEONE_ELSE: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)\b(?:you|ur|u|you[’']re|he|she|they|him|her|them)\b|@\w"));
    let from = floor_boundary(text, start.saturating_sub(30));
    let (clause_start, _) = sentence_around(text, start);
    text.get(from..start)
        .is_some_and(|lead| LIKE_A.is_match(lead))
        && text
            .get(clause_start..start)
            .is_some_and(|clause| FIRST_PERSON.is_match(clause) && !SOMEONE_ELSE.is_match(clause))
}

/// "I'd rather we debate the evidence than pile on him": the threat is what the writer refuses.
fn refused_before(text: &str, start: usize) -> bool {
    static REFUSED: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:than|instead\s+of|rather\s+than|not\s+to|never|stop|don[’']?t|shouldn[’']?t)\s+(?:\w+\s+)?$",
        )
    });
    let from = floor_boundary(text, start.saturating_sub(24));
    text.get(from..start)
        .is_some_and(|lead| REFUSED.is_match(lead))
}

/// The record answers someone (reply, comment, message, @mention): an insult with no other target is
/// aimed at them.
fn implicit_target(r: &Record) -> bool {
    super::verdict::answers_someone(r) || r.kind.is_message()
}

static PERSON_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^,?\s+(?:(?:and\s+)?(?:most|so|really|very)\s+)?(?:\w+\s+)?(?:man|men|woman|women|person|people|idiot|idiots|cow|bitch|prick|twat|git|sod|fool|nurse|nurses|doctor|doctors|consultant|consultants|registrar|reg|manager|managers|patient|patients|colleague|colleagues|boss|junior|juniors|bloke|blokes|guy|guys|girl|girls|lady|twit|moron|morons|gp|gps|surgeon|surgeons|anaesthetist|receptionist|pas|mum|dad|kid|kids|family|lot|bastard|wanker|cunt|creature|creatures|specimen)s?\b",
    )
});
static PERSON_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:\b(?:you(?:[’']re|\s+are|\s+were)?|ur|u\s+r|youre|he[’']?s|he\s+is|he\s+was|she[’']?s|she\s+is|she\s+was|they[’']?re|they\s+are|they\s+were|@\w+\s+(?:is|are|was)|(?:dr|mr|mrs|ms|prof)\.?\s+\w+(?:\s+(?-i:[A-Z][a-z]+))?(?:,?\s+(?:the|our|my|that|this)\s+[\w\s]{1,30}?,?)?\s+(?:is|was)|(?:nurses?|doctors?|consultants?|registrars?|regs?|sho|spr|sprs|str|fy1|fy2|f1|f2|locums?|managers?|patients?|participants?|colleagues?|juniors?|trainees?|gps|surgeons?|anaesthetists?|people|famil(?:y|ies)|relatives|boss|(?:this|that)\s+(?:guy|woman|man|lady|bloke|idiot))(?:\s+(?:on|in|at|from)\s+(?:the\s+)?[\w&]+(?:\s+\d+)?)?(?:,\s*(?-i:[A-Z][a-z]+),)?\s+(?:is|are|was|were))\s+(?:such\s+an?\s+|so\s+|an?\s+|totally\s+|utterly\s+|absolutely\s+|completely\s+|bloody\s+|fucking\s+|just\s+|really\s+|being\s+|all\s+|the\s+most\s+|the\s+|honestly\s+|genuinely\s+|literally\s+|seriously\s+|truly\s+|probably\s+|definitely\s+|easily\s+|basically\s+|actually\s+)*)$",
    )
});

/// An adjective or dehumanising word attached to a person ("you're useless", "useless nurse").
fn attached_to_person(text: &str, t: &Term) -> Option<Target> {
    let after = text.get(t.end..).unwrap_or("");
    if let Some(m) = PERSON_AFTER.find(after) {
        return Some(Target {
            start: t.end,
            end: t.end + m.end(),
            kind: TargetKind::ThirdPerson,
        });
    }
    let from = floor_boundary(text, t.start.saturating_sub(60));
    let before = text.get(from..t.start).unwrap_or("");
    let Some(m) = PERSON_BEFORE.find(before) else {
        return insults::named_in_sentence_before(text, t.start, t.end)
            .or_else(|| listed_after_a_name(text, t));
    };
    let lead = m.as_str().to_ascii_lowercase();
    let lead = lead.trim_start();
    let kind = if lead.starts_with('y') || lead.starts_with("ur") || lead.starts_with("u ") {
        TargetKind::SecondPerson
    } else if lead.contains('@') {
        TargetKind::Mention
    } else {
        TargetKind::ThirdPerson
    };
    Some(Target {
        start: from + m.start(),
        end: from + m.end(),
        kind,
    })
}

/// "Dr Marsh on the frailty unit, fat, useless and smells of cabbage": the word is one of a list
/// of descriptions hung on a titled name earlier in its sentence, and ends its item of the list.
fn listed_after_a_name(text: &str, t: &Term) -> Option<Target> {
    let (s, _) = sentence_around(text, t.start);
    let from = floor_boundary(text, s.max(t.start.saturating_sub(140)));
    let before = text.get(from..t.start)?;
    let rest = text.get(t.end..).unwrap_or("");
    if !LIST_ITEM_ENDS.is_match(rest) {
        return None;
    }
    let m = NAME_THEN_LIST.captures(before)?;
    let name = m.get(1)?;
    Some(Target {
        start: from + name.start(),
        end: from + name.end(),
        kind: TargetKind::NamedPerson,
    })
}

static NAME_THEN_LIST: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:^|[^\w])((?:Dr|Mr|Mrs|Ms|Miss|Prof|Sister|Nurse)\.?\s+[A-Z][a-z'’-]+)\b[^.!?\n;:]{0,80},\s*(?:[A-Za-z]+,\s*){0,3}(?i:and\s+|&\s+)?$",
    )
});

static LIST_ITEM_ENDS: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^(?:\s*[,.!?;&]|\s+and\b|\s*$|\s+\p{So})"));

fn target_label(r: &Record, t: &Target) -> String {
    match t.kind {
        TargetKind::SecondPerson => "the person you are addressing".to_string(),
        _ => {
            let words = judge::words(r, t.start, t.end);
            let trimmed = COPULA_TAIL.replace(&words, "");
            format!("'{}'", trimmed.trim())
        }
    }
}

static COPULA_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:\s+(?:is|are|was|were|such|so|an?|totally|utterly|absolutely|completely|bloody|fucking|just|really|being|all|the|most))+\s*$",
    )
});

// ---------------------------------------------------------------------------------------------------

/// CON001: abuse, harassment or threats aimed at an individual or group.
pub struct Abuse;

static ABUSE: RuleMeta = RuleMeta {
    code: "CON001",
    name: "abuse-or-harassment",
    category: Category::Conduct,
    severity: Severity::Medium,
    confidence: 0.75,
    summary: "Insults, abuse or threats aimed at a person or group",
    guidance: CONDUCT_GUIDANCE,
    what_it_finds: "The account holder's posts, replies and messages that insult someone (\"you're an \
        idiot\", \"@jdoe is a complete prick\", \"useless nurses\", \"ur so ugly\"), put them down \
        (\"imagine thinking your opinion matters\"), mock their looks (\"she's definitely had work done and \
        badly 😂\", \"@tom your hairline is retreating\"), tell them to \"fuck off\", or threaten or wish harm \
        (\"I know where you live\", \"hope you die\"), including threats of exposure (\"I'll post those \
        photos of you everywhere\", \"found your address… maybe I'll pop round\"). An insult counts only with a target: \
        \"you\", an @mention, a named person, \"this patient\", a group, or the person a reply answers. \
        Self-deprecation (\"I'm such an idiot\"), quoted or reported abuse (\"a patient called me a stupid \
        cow\"), swearing at things (\"this stupid computer\") and other people's messages do not fire.",
    why_it_matters: "GMC 2024 ¶14 forbids using social media to abuse, bully, harass or deliberately \
        target anyone; 2013 ¶15 forbids bullying, harassment and gratuitous comments about individuals, \
        and GMP 2013 ¶36 requires treating colleagues fairly and with respect. Harassment online is also \
        subject to the law (2024 ¶15).",
    example: "Replying \"You absolute moron, read a textbook\" to a member of the public fires. \"I'm \
        such an idiot, left my stethoscope at home\" does not.",
    how_to_fix: "Delete the post or message. If there is a real disagreement, make the point without \
        the insult, or disengage and block.",
};

impl Rule for Abuse {
    fn meta(&self) -> &'static RuleMeta {
        &ABUSE
    }

    fn check(&self, r: &Record, _cx: &Context, out: &mut Vec<Finding>) {
        let Some(voice) = judge::voice(r) else { return };
        if voice == Voice::Shared && r.kind != Kind::Repost {
            return;
        }
        let text = &r.text;
        let mut hits: Vec<(usize, usize, String, &'static str, Option<Target>)> = Vec::new();
        for (s, e) in insults::find_threats(text) {
            if !not_owners_usage(text, s, e) && !refused_before(text, s) {
                let words = text.get(s..e).unwrap_or("threat").to_string();
                hits.push((s, e, words, "threat", None));
            }
        }
        for t in insults::find_abuse(text) {
            if t.class.starts_with("slur_") {
                continue; // CON004
            }
            // "Couldn't diagnose her way out of a paper bag": the idiom carries its own negation.
            let idiom = t.class == "put_down_idiom";
            // "Auntie Bimbo": a word after a kinship title is a name, whatever else it means.
            if not_owners_usage(text, t.start, t.end)
                || crate::detect::text::kin_title_before(text, t.start)
                || insults::is_self_directed(text, t.start)
                || (!idiom && stance::negated_before(text, t.start))
                || simile_about_the_writer(text, t.start)
                || (t.class == "threat_phrase" && refused_before(text, t.start))
            {
                continue;
            }
            match t.class {
                // "Once you're finished with the treatment": finished with something, not finished.
                "threat_phrase"
                    if insults::threat_phrase_defused(t.text, text.get(t.end..).unwrap_or("")) => {}
                "threat_phrase" => hits.push((t.start, t.end, t.text.to_string(), "threat", None)),
                "abuse_directed" => {
                    let target = insults::target_near(text, t.start, t.end, 60);
                    hits.push((t.start, t.end, t.text.to_string(), "directed_abuse", target));
                }
                "insult_adj" | "dehumanising" => {
                    // "useless at giving feedback" criticises a skill, not a person.
                    let after = text.get(t.end..).unwrap_or("");
                    if t.class == "insult_adj" && SKILL_AFTER.is_match(after) {
                        continue;
                    }
                    if let Some(target) = attached_to_person(text, &t) {
                        let class = if t.class == "dehumanising" {
                            "dehumanising"
                        } else {
                            "insult"
                        };
                        hits.push((t.start, t.end, t.text.to_string(), class, Some(target)));
                    }
                }
                class => {
                    if matches!(class, "insult_mild" | "put_down_idiom") && BANTER.is_match(text) {
                        continue;
                    }
                    let target = insults::target_near(text, t.start, t.end, 60);
                    if target.is_some() || implicit_target(r) {
                        let label = match class {
                            "insult_strong" => "strong_insult",
                            "insult_gendered" => "gendered_insult",
                            _ => "insult",
                        };
                        hits.push((t.start, t.end, t.text.to_string(), label, target));
                    }
                }
            }
        }
        if let Some((s, e)) = appearance::find(text) {
            if !not_owners_usage(text, s, e) {
                let target = insults::target_near(text, s, e, 80);
                hits.push((s, e, text[s..e].to_string(), "mocks_appearance", target));
            }
        }
        if hits.is_empty() {
            return;
        }
        hits.sort_by_key(|h| (h.0, h.1));
        hits.dedup_by(|b, a| b.0 < a.1);
        let threat = hits.iter().any(|h| h.3 == "threat");
        let strong = hits.iter().any(|h| {
            matches!(
                h.3,
                "strong_insult" | "gendered_insult" | "dehumanising" | "directed_abuse"
            )
        });
        let mut severity = if threat {
            Severity::High
        } else if strong {
            if judge::is_broadcast(r) {
                Severity::High
            } else {
                Severity::Medium
            }
        } else if judge::is_broadcast(r) {
            Severity::Medium
        } else {
            Severity::Low
        };
        // Abuse of a named colleague or patient in a private group is still serious.
        if !threat
            && !judge::is_broadcast(r)
            && hits.iter().any(|h| {
                h.4.as_ref().is_some_and(|t| {
                    matches!(t.kind, TargetKind::NamedPerson | TargetKind::Mention)
                })
            })
        {
            severity = severity.max(Severity::Medium);
        }
        let confidence = if threat || strong { 0.85 } else { 0.7 };
        let (severity, confidence) = judge::weigh(voice, severity, confidence);
        let mut evidence: Vec<Evidence> = Vec::new();
        for h in hits.iter().take(4) {
            evidence.push(judge::span(r, h.0, h.1, h.3));
            if let Some(t) = &h.4 {
                evidence.push(judge::span(
                    r,
                    t.start,
                    t.end,
                    format!("target_{}", t.kind.as_str()),
                ));
            }
        }
        let words: Vec<String> = hits.iter().map(|h| h.2.clone()).collect();
        let target = hits
            .iter()
            .find_map(|h| h.4.as_ref())
            .map(|t| target_label(r, t))
            .unwrap_or_else(|| "the person this answers".to_string());
        let message = if threat {
            format!("Threat or wish of harm: {}", judge::quote_list(&words))
        } else if hits.iter().all(|h| h.3 == "mocks_appearance") {
            format!("Mocks how {target} looks: {}", judge::quote_list(&words))
        } else {
            format!("Calls {target} {}", judge::quote_list(&words))
        };
        let f = Finding::new(
            &ABUSE,
            r,
            message,
            evidence,
            Action::new(
                ActionKind::Delete,
                format!(
                    "Delete this {}: it aims {} at {target}.",
                    judge::kind_noun(r),
                    judge::quote_list(&words)
                ),
            ),
        );
        out.push(f.graded(severity, confidence));
    }
}

// ---------------------------------------------------------------------------------------------------

/// CON002: mocking patients or groups of patients.
pub struct MockingPatients;

static MOCKING_PATIENTS: RuleMeta = RuleMeta {
    code: "CON002",
    name: "mocking-patients",
    category: Category::Conduct,
    severity: Severity::Medium,
    confidence: 0.75,
    summary: "Derogatory slang or jokes about patients' bodies, intelligence, drinking or attendance",
    guidance: CONDUCT_GUIDANCE,
    what_it_finds: "The account holder's posts and messages that use slang which only exists to deride \
        patients (\"GOMER\", \"bed blocker\", \"frequent flyer\", \"PFO\", \"crumble\", \"coffin dodger\", \
        \"normal for Norfolk\") or jeer at patients' weight, hygiene, intelligence or drinking (\"the drunks \
        in resus\", \"too fat for the scanner\", \"IQ of a potato\") in a clinical context. Words with a \
        clinical use too (\"acopia\", \"frequent attender\", \"social admission\") need a mocking tone (😂, \
        \"lol\", \"yet another\", \"classic\"). Ordinary words deriding a patient count too when the \
        setting is clinical and a second cue or a mocking tone backs them (\"the dumbest patient \
        complaints I've ever had 😂\", \"look at this clown moaning about his 'emergency' splinter\"), \
        and mimicking a patient's impairment or dressing up as a patient counts alone. Posts that \
        criticise such language (\"please stop calling patients bed blockers\") and reported speech do \
        not fire.",
    why_it_matters: "GMC 2024 ¶14 forbids deliberately targeting any group, and ¶18 asks doctors to \
        respect patients' dignity online; the MDDUS case of an A&E registrar's \"jokes\" about patients' \
        weight and hygiene led to a GMC letter and trust disciplinary action, and the GMC investigated \
        students who shared a \"funny story\" about a patient.",
    example: "\"Another frequent flyer back in majors tonight 🙄 #nightshift\" fires. \"We need to stop \
        calling older patients 'bed blockers'\" does not.",
    how_to_fix: "Delete the post or message. Talk about pressures on the service without describing \
        patients in derogatory terms.",
};

static PATIENT_CONTEXT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:patients?|pts?|e-?consults?|econsult\s+forms?|online\s+consult\w*|video\s+consult\w*|dnas?|did\s+not\s+attend|waiting\s+lists?|appointments?|admission|admissions|admitted|admit|a&e|a\s*&\s*e|ed|resus|majors|minors|wards?|bay|bed\s*\d+|on\s*call|night\s*shift|nights|shift|clinic|surgery|gp|triage|ambulance|paramedics?|brought\s+in|came\s+in|rolled\s+in|presented|presenting|attend\w*|obs|bloods|cannula|discharg\w*|mau|amu|itu|icu|hdu|theatre|ward\s+round|handover|referr\w*|#nhs\w*|#nightshift|#medtwitter|#tiredjuniordoctor|#junior\w*|cubicle|trolley|majors|ambo|999|111|nursing\s+home|care\s+home|scanner|ct|mri|x-?ray|cannulate|bmi|weigh\w*|consultation|waiting\s+room|on\s+the\s+ward|my\s+list|bariatric|(?:theatre|operating|clinic|ward)\s+list|in\s+clinic|catheteri[sz]\w*|cannulat\w*|intubat\w*|examin\w*|operat(?:e|ed|ing)\s+on|suture\w*|#theatrelife|#aande|#nhs|(?:chest|abdo|abdominal|back|belly|tummy)\s+pains?|overdosed?|symptoms|complaining\s+of|complain(?:ing|s|ed)\s+(?:that\s+)?(?:her|his|their|about\s+(?:her|his|their))\s+(?:\w+\s+)?(?:knees?|back|hips?|pain|joints|chest|head|feet|breathing)|c/o|methadone|morphine|withdrawal|detox|scripts?|jabs?|begging\s+(?:us|me)\s+for|(?:my|our)\s+(?:\w+\s+)?patients\s+say|chlamydia|gonorrh?oea|syphilis|#(?:gum|ward|icu|itu|gp|ae|paeds|obs|theatre|clinic|nhs)life)\b",
    )
});
static MOCKING_TONE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:😂|🤣|😆|🙄|🤦|😹|💀|🐋|🐷|🐖|🤮|🤢|💩|\blol\b|\blmao\b|\blmfao\b|\bha(?:ha)+\b|\bffs\b|\bagain\b|\bclassic\b|\byet\s+another\b|\banother\s+day,?\s+another\b|\banother\s+one\b|\bjoys\s+of\b|\btypical\b|\bcan[’']?t\s+make\s+(?:this|it)\s+up\b|\bcouldn[’']?t\s+make\s+(?:this|it)\s+up\b|\bonly\s+in\b|#nhsbanter|\bbless\s+(?:him|her|them)\b|\bgrim\b|\beww+\b|\bugh+\b|\bwhat\s+a\s+(?:joke|state)\b|\bseriously\b|\bof\s+course\b|\bsigh\b|\bthe\s+state\s+of\b|\bhonestly\b|\bdeserve[sd]?\s+(?:their|his|her)\s+(?:diabetes|heart\s+attacks?|strokes?|cancer|gout|illness|condition|disease|amputations?|bypass)\b|\bdeserve[sd]?\s+(?:everything|what)\s+(?:they|he|she)\s+get)",
    )
});
/// Patient-only slang: no clinical context needed.
const UNAMBIGUOUS: [&str; 14] = [
    "gomer",
    "bed blocker",
    "bed-blocker",
    "bedblocker",
    "pfo",
    "pissed fell over",
    "normal for norfolk",
    "flk",
    "funny looking kid",
    "lobnh",
    "lights on but nobody home",
    "coffin dodger",
    "crumblies",
    "wrinklies",
];
/// Body and substance words that mock on their own in a clinical context.
const BODY_STRONG: &[&str] = &[
    "fatty",
    "fatties",
    "fatso",
    "land whale",
    "beached whale",
    "heifer",
    "heffer",
    "lardass",
    "lard arse",
    "tub of lard",
    "size of a house",
    "too fat for",
    "iq of",
    "brain cell",
    "stupid patient",
    "dumb patient",
    "patients are so thick",
    "patients are too thick",
    "patients are just thick",
    "patients are thick",
    "punters are so thick",
    "idiot patient",
    "village idiot",
    "amazed they can breathe",
    "surprised they can breathe",
    "proper feral",
    "absolutely feral",
    "totally feral",
    "feral lot",
    "feral kids",
    "feral families",
    "dirtiest patients",
    "dirtiest people",
];

/// The old saw about clinicians: "doctors really do make the worst patients".
static CLINICIANS_AS_PATIENTS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:doctors|docs|medics|nurses|clinicians|we|surgeons|gps)\s+(?:(?:really|honestly|truly|genuinely|do|always|definitely)\s+)*make\s+(?:the\s+)?(?:very\s+)?worst\s+patients\b",
    )
});

impl Rule for MockingPatients {
    fn meta(&self) -> &'static RuleMeta {
        &MOCKING_PATIENTS
    }

    fn check(&self, r: &Record, _cx: &Context, out: &mut Vec<Finding>) {
        let Some(voice) = judge::voice(r) else { return };
        if voice == Voice::Shared && r.kind != Kind::Repost {
            return;
        }
        let text = &r.text;
        let terms = insults::find_patient_slang(text);
        if terms.is_empty() {
            let clinical = || PATIENT_CONTEXT.is_match(text);
            let tone = || MOCKING_TONE.is_match(text);
            out.extend(derided_without_slang(r, voice, clinical, tone));
            return;
        }
        let clinical = PATIENT_CONTEXT.is_match(text);
        let tone = MOCKING_TONE.is_match(text);
        let mut hits: Vec<&Term> = Vec::new();
        for t in &terms {
            if (not_owners_usage(text, t.start, t.end) && !scare_quoted(text, t.start, t.end, tone))
                || stance::negated_before(text, t.start)
                || said_of_the_team(text, t.start, t.end)
            {
                continue;
            }
            if t.class == "patient_contempt" && CLINICIANS_AS_PATIENTS.is_match(text) {
                continue;
            }
            let lower = t.text.to_ascii_lowercase();
            if lower.starts_with("frequent fl") && airline_scheme_after(text, t.end) {
                continue;
            }
            let stem_of = |list: &[&str]| list.iter().any(|u| lower.starts_with(u));
            let ok = match t.class {
                "patient_slang" => stem_of(&UNAMBIGUOUS) || clinical,
                "patient_slang_weak" => clinical && tone,
                "patient_contempt" => tone || judge::is_broadcast(r),
                "body_mockery" => clinical && (stem_of(BODY_STRONG) || tone),
                "substance_mockery" => clinical,
                _ => false,
            };
            if ok {
                hits.push(t);
            }
        }
        if hits.is_empty() {
            out.extend(derided_without_slang(r, voice, || clinical, || tone));
            return;
        }
        let groups = insults::find_groups(text);
        let mut severity = if !groups.is_empty()
            && groups
                .iter()
                .any(|g| matches!(g.class, "race" | "religion" | "disability"))
        {
            Severity::High
        } else {
            Severity::Medium
        };
        if !judge::is_broadcast(r) && hits.len() == 1 && !tone {
            severity = judge::step_down(severity);
        }
        let confidence = if tone || hits.len() >= 2 { 0.85 } else { 0.72 };
        let (severity, confidence) = judge::weigh(voice, severity, confidence);
        let words: Vec<String> = hits.iter().map(|t| t.text.to_string()).collect();
        let evidence: Vec<Evidence> = hits
            .iter()
            .take(4)
            .map(|t| judge::span(r, t.start, t.end, t.class))
            .collect();
        let f = Finding::new(
            &MOCKING_PATIENTS,
            r,
            format!(
                "Derogatory language about patients: {}",
                judge::quote_list(&words)
            ),
            evidence,
            Action::new(
                ActionKind::Delete,
                format!(
                    "Delete this {}: it describes patients as {}.",
                    judge::kind_noun(r),
                    judge::quote_list(&words)
                ),
            ),
        );
        out.push(f.graded(severity, confidence));
    }
}

/// "Frequent flyer miles finally came good": the airline's scheme, not a patient.
fn airline_scheme_after(text: &str, end: usize) -> bool {
    static SCHEME: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^\W{0,3}(?:miles|points|status|club|card|scheme|programme|program|account|number|tier|perks|lounge|avios)\b",
        )
    });
    text.get(end..).is_some_and(|rest| SCHEME.is_match(rest))
}

/// CON002 on patients derided in ordinary words ([`derision`]), when no slang fired.
fn derided_without_slang(
    r: &Record,
    voice: Voice,
    clinical: impl FnOnce() -> bool,
    tone: impl FnOnce() -> bool,
) -> Option<Finding> {
    let text = &r.text;
    let spans: Vec<(usize, usize, &'static str)> = derision::find(text, clinical, tone)
        .into_iter()
        .filter(|&(s, e, _)| !not_owners_usage(text, s, e) && !stance::negated_before(text, s))
        .collect();
    let &(_, _, first) = spans.first()?;
    let severity = if first == "mimicry" || judge::is_broadcast(r) {
        Severity::Medium
    } else {
        Severity::Low
    };
    let (severity, confidence) = judge::weigh(voice, severity, 0.7);
    let words: Vec<String> = spans
        .iter()
        .map(|&(s, e, _)| judge::words(r, s, e))
        .collect();
    let evidence: Vec<Evidence> = spans
        .iter()
        .take(4)
        .map(|&(s, e, what)| judge::span(r, s, e, what))
        .collect();
    let f = Finding::new(
        &MOCKING_PATIENTS,
        r,
        format!("Patients derided: {}", judge::quote_list(&words)),
        evidence,
        Action::new(
            ActionKind::Delete,
            format!(
                "Delete this {}: it holds patients up to ridicule ({}).",
                judge::kind_noun(r),
                judge::quote_list(&words)
            ),
        ),
    );
    Some(f.graded(severity, confidence))
}

// ---------------------------------------------------------------------------------------------------

/// CON003: unsubstantiated accusations against named people or organisations (defamation risk).
pub struct DefamationRisk;

static DEFAMATION_RISK: RuleMeta = RuleMeta {
    code: "CON003",
    name: "unsubstantiated-accusation",
    category: Category::Conduct,
    severity: Severity::Medium,
    confidence: 0.65,
    summary: "A named colleague, person or company accused of fraud, lying, negligence or worse",
    guidance: CONDUCT_GUIDANCE,
    what_it_finds: "The account holder accusing a named person (\"Dr Patel\", \"Mr Jones\", an @handle) \
        or a private organisation (\"Glow Aesthetics\", \"X Pharmacy Ltd\") of fraud, lying, corruption, \
        theft, negligence, incompetence, harming or killing patients, or saying they \"should be struck \
        off\"; and insinuations about a named colleague or one identified by post and shift (\"the \
        ortho reg on tonight is the one who 'got off' that assault thing\", \"we all know which \
        consultant she was 'shadowing'\"). Reporting a conviction, a tribunal or court finding, or a news report does not fire; \
        nor do questions, quotes, denials (\"Dr X is not a fraud\") or criticism of public bodies and \
        regulators (which is comment, and for concerns see the raising-concerns rules).",
    why_it_matters: "GMC 2024 ¶15 and 2013 ¶16: posts are subject to defamation law whether personal or \
        professional; 2013 ¶15 forbids \"gratuitous, unsubstantiated or unsustainable comments about \
        individuals online\"; GMP 2013 ¶36 asks doctors to treat colleagues fairly. Concerns about a \
        colleague's practice belong with the employer, the defence body or the GMC (GMP ¶75c).",
    example: "\"Dr Okafor is a fraud and a danger to patients\" fires. \"Dr Okafor was struck off by the \
        tribunal after being convicted of fraud\" does not.",
    how_to_fix: "Delete the accusation. If you have a genuine concern about a colleague or a provider, \
        raise it through your employer, your defence body or the GMC.",
};

const CRIME_WORDS: [&str; 19] = [
    "fraud",
    "scam",
    "crook",
    "conman",
    "con man",
    "con artist",
    "criminal",
    "corrupt",
    "thie",
    "stole",
    "steal",
    "embezzl",
    "brib",
    "kickback",
    "killed",
    "kills",
    "rapist",
    "paedo",
    "pedo",
];

impl Rule for DefamationRisk {
    fn meta(&self) -> &'static RuleMeta {
        &DEFAMATION_RISK
    }

    fn check(&self, r: &Record, cx: &Context, out: &mut Vec<Finding>) {
        let Some(voice) = judge::voice(r) else { return };
        if voice == Voice::Shared && r.kind != Kind::Repost {
            return;
        }
        let text = &r.text;
        let mut accusations = insults::find_accusations(text);
        accusations.extend(insinuation::insinuations(text));
        if accusations.is_empty() || insults::substantiated(text) {
            return;
        }
        let mut targets = insults::named_targets(text);
        targets.extend(insinuation::colleagues_by_role(text));
        if targets.is_empty() {
            return;
        }
        let owner_names: Vec<String> = cx
            .account_to_soften()
            .owner_names
            .iter()
            .map(|n| n.trim_start_matches('@').to_ascii_lowercase())
            .collect();
        let public_body = |t: &Target| {
            let w = judge::words(r, t.start, t.end).to_ascii_lowercase();
            t.kind == TargetKind::NamedOrganisation
                && ([
                    "gmc",
                    "bma",
                    "nhs",
                    "cqc",
                    "nice",
                    "mhra",
                    "rcgp",
                    "rcp",
                    "rcs",
                    "rcem",
                    "hee",
                    "dhsc",
                    "mdu",
                    "mps",
                    "mddus",
                    "trust",
                    "icb",
                    "ccg",
                    "university",
                    "college",
                    "deanery",
                    "board",
                    "government",
                ]
                .iter()
                .any(|p| w.split(|c: char| !c.is_alphanumeric()).any(|x| x == *p)))
        };
        let mut hits: Vec<((usize, usize), &Target)> = Vec::new();
        for &(s, e) in &accusations {
            if stance::is_others_words(text, s, e)
                || (stance::in_question(text, s) && !rhetorical_question(text, s))
                || stance::negated_before(text, s)
                || meta_talk(text, s)
            {
                continue;
            }
            let (ss, se) = sentence_around(text, s);
            let (ws, we) = window(text, s, e, 90);
            let near = targets
                .iter()
                .filter(|t| {
                    (t.start >= ss.min(ws) && t.end <= se.max(we))
                        && judge::distance((t.start, t.end), (s, e)) <= 90
                })
                .filter(|t| !public_body(t))
                .filter(|t| {
                    let w = judge::words(r, t.start, t.end)
                        .trim_start_matches('@')
                        .to_ascii_lowercase();
                    !owner_names.contains(&w)
                })
                .min_by_key(|t| judge::distance((t.start, t.end), (s, e)));
            if let Some(t) = near {
                hits.push(((s, e), t));
            }
        }
        if hits.is_empty() {
            return;
        }
        let crime = hits.iter().any(|((s, e), _)| {
            let w = judge::words(r, *s, *e).to_ascii_lowercase();
            CRIME_WORDS.iter().any(|c| w.contains(c))
        });
        let mut severity = if crime {
            Severity::High
        } else {
            Severity::Medium
        };
        if !judge::is_broadcast(r) {
            severity = judge::step_down(severity);
        }
        let confidence = if crime { 0.75 } else { 0.62 };
        let (severity, confidence) = judge::weigh(voice, severity, confidence);
        let mut evidence: Vec<Evidence> = Vec::new();
        for ((s, e), t) in hits.iter().take(3) {
            evidence.push(judge::span(r, *s, *e, "accusation"));
            let target = judge::span(r, t.start, t.end, format!("target_{}", t.kind.as_str()));
            if !evidence.contains(&target) {
                evidence.push(target);
            }
        }
        let Some(&((s, e), t)) = hits.first() else {
            return;
        };
        let accusation = judge::words(r, s, e);
        let who = judge::words(r, t.start, t.end);
        let f = Finding::new(
            &DEFAMATION_RISK,
            r,
            format!("Accuses {who} of '{accusation}' without a stated basis"),
            evidence,
            Action::new(
                ActionKind::Delete,
                format!(
                    "Delete the accusation '{accusation}' about {who}; if you have a genuine concern, raise it \
                     through your employer, your defence body or the GMC instead."
                ),
            ),
        );
        out.push(f.graded(severity, confidence));
    }
}

// ---------------------------------------------------------------------------------------------------

/// "imagine thinking", "imagine believing": a sarcastic frame in the writer's own voice.
static IMAGINE_THINKING: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\bimagine\s+(?:actually\s+|genuinely\s+)?(?:thinking|believing)\b[^.!?\n]{0,30}$")
});

/// CON004: discriminatory remarks about protected characteristics.
pub struct Discrimination;

static DISCRIMINATION: RuleMeta = RuleMeta {
    code: "CON004",
    name: "discriminatory-remarks",
    category: Category::Conduct,
    severity: Severity::High,
    confidence: 0.8,
    summary: "Slurs or sweeping derogatory remarks about race, religion, sex, sexuality, gender identity, disability or age",
    guidance: CONDUCT_GUIDANCE,
    what_it_finds: "The account holder using racial, religious, homophobic, transphobic or ableist \
        slurs, or making sweeping derogatory statements about a group defined by a protected \
        characteristic (\"immigrants are all scroungers\", \"women shouldn't be surgeons\", \"I won't treat \
        muslims\", \"go back to your own country\"), in public or in private groups. Quoting or reporting \
        abuse received (\"a patient called me a p***\"), discussing a slur as a word, clinical terms \
        (\"spastic diplegia\") and statistics about health inequalities (\"black women are four times more \
        likely to die in childbirth\") do not fire.",
    why_it_matters: "GMC 2024 ¶14 forbids using social media to discriminate against any individual or \
        group, and ¶15 notes discrimination law applies online. Doctors have been suspended for racist \
        messages in private chats (Sohail) and warned for discriminatory WhatsApp groups; GMC 2024 ¶9 \
        reminds that private messages can become public.",
    example: "\"Typical immigrants, all scroungers\" fires. \"A patient called me a p*ki today and I'm \
        still shaking\" does not (that is abuse the doctor received).",
    how_to_fix: "Delete the post or message. If it was in a group chat, consider apologising to the \
        group; discuss with your defence body if it has been reported.",
};

impl Rule for Discrimination {
    fn meta(&self) -> &'static RuleMeta {
        &DISCRIMINATION
    }

    fn check(&self, r: &Record, _cx: &Context, out: &mut Vec<Finding>) {
        // Discriminatory content in a group the owner belongs to is in the owner's archive and
        // has led to action against every member (the ten-doctor WhatsApp case); a repost is the
        // owner's publication. Both are weighed lower than the owner's own words.
        let others_in_group = judge::voice(r).is_none()
            && (r.kind == Kind::GroupMessage || r.audience == crate::model::Audience::Group);
        let voice = match judge::voice(r) {
            Some(v) => v,
            None if others_in_group => Voice::Unsure,
            None => return,
        };
        let text = &r.text;
        let mut hits: Vec<(usize, usize, String, String)> = Vec::new();
        for t in insults::find_abuse(text) {
            if !t.class.starts_with("slur_") {
                continue;
            }
            // "imagine thinking a bloke in a dress needs a smear test": the sneer is the writer's.
            let sneer =
                IMAGINE_THINKING.is_match(crate::detect::phrases::lead_in(text, t.start, 40));
            if not_owners_usage(text, t.start, t.end) && !sneer {
                continue;
            }
            let characteristic = t.class.trim_start_matches("slur_").to_string();
            hits.push((
                t.start,
                t.end,
                t.text.to_string(),
                format!("slur_{characteristic}"),
            ));
        }
        for (s, e, characteristic) in insults::find_discrimination(text) {
            if not_owners_usage(text, s, e)
                || stance::debunking_near(text, s, e)
                || (stance::in_question(text, s) && !rhetorical_question(text, s))
            {
                continue;
            }
            hits.push((
                s,
                e,
                judge::words(r, s, e),
                format!("derogatory_generalisation_{characteristic}"),
            ));
        }
        if hits.is_empty() {
            return;
        }
        hits.sort_by_key(|h| (h.0, h.1));
        hits.dedup_by(|b, a| b.0 < a.1);
        let slur = hits.iter().any(|h| h.3.starts_with("slur_"));
        let severity = if slur || judge::is_broadcast(r) {
            Severity::High
        } else {
            Severity::Medium
        };
        let confidence = if slur { 0.85 } else { 0.75 };
        let (severity, confidence) = judge::weigh(voice, severity, confidence);
        let evidence: Vec<Evidence> = hits
            .iter()
            .take(4)
            .map(|h| judge::span(r, h.0, h.1, h.3.clone()))
            .collect();
        let words: Vec<String> = hits.iter().map(|h| h.2.clone()).collect();
        if others_in_group {
            let f = Finding::new(
                &DISCRIMINATION,
                r,
                format!(
                    "A group member's discriminatory message in a group you are in: {}",
                    judge::quote_list(&words)
                ),
                evidence,
                Action::new(
                    ActionKind::Review,
                    "Someone else wrote this in a group you belong to: challenge it or leave the group, \
                     and do not reply in kind; keep a note if the group is work-related.",
                ),
            );
            out.push(f.graded(Severity::Low, (confidence * 0.7).clamp(0.0, 1.0)));
            return;
        }
        let message = if slur {
            format!("Uses a slur: {}", judge::quote_list(&words))
        } else {
            format!(
                "Derogatory generalisation about a protected group: {}",
                judge::quote_list(&words)
            )
        };
        let f = Finding::new(
            &DISCRIMINATION,
            r,
            message,
            evidence,
            Action::new(
                ActionKind::Delete,
                format!(
                    "Delete this {}: {} is discriminatory.",
                    judge::kind_noun(r),
                    judge::quote_list(&words)
                ),
            ),
        );
        out.push(f.graded(severity, confidence));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Audience, Kind, Platform};
    use crate::rules::testing;

    fn mocks(text: &str) -> bool {
        let r = testing::owned(Platform::Twitter, Kind::Post, Audience::Public, text);
        !testing::findings(&MockingPatients, &r).is_empty()
    }

    fn fires(rule: &dyn Rule, kind: Kind, audience: Audience, text: &str) -> bool {
        let r = testing::owned(Platform::Whatsapp, kind, audience, text);
        !testing::findings(rule, &r).is_empty()
    }

    /// Abuse, discrimination or mockery of patients, in a public post.
    fn any_conduct(text: &str) -> bool {
        [&Abuse as &dyn Rule, &Discrimination, &MockingPatients]
            .into_iter()
            .any(|rule| fires(rule, Kind::Post, Audience::Public, text))
    }

    #[test]
    fn session_27_name_calling_ostracism_and_scare_quoted_slang() {
        let public = |rule: &dyn Rule, t: &str| fires(rule, Kind::Post, Audience::Public, t);
        for t in [
            "Sister Jones on ward 7 is an absolute cow to the students, everyone knows it",
            "@strikebreaker_doc we all know who you are, don't expect anyone to help you on call",
            "Dr Khan at the health centre is an absolute liability, I'd not let him near my cat",
            "The new admission is a Darwin award waiting to happen lol, vaped through his oxygen #nightshift",
            "Our regular 'frequent flyer' back in majors again 🙄 fourth time this week",
            "that lot up the caravan site, thieving lot and bone idle with it",
            "It is plain that they cannot cope with the hours, so women should not be appointed to surgical training.",
        ] {
            assert!(any_conduct(t), "{t}");
        }
        for t in [
            "Best bunch of nutters I have ever worked with, thanks for a mad night shift team ❤️",
            "You absolutely smashed it in theatre today, so proud of you",
            "Please stop calling patients 'frequent flyers' 🙄 they are people with unmet needs",
            "Stayed at a lovely caravan site in Devon, the kids loved it",
        ] {
            assert!(!any_conduct(t), "{t}");
            assert!(!public(&trust::SexualisedComment, t), "{t}");
        }
    }

    #[test]
    fn a_named_colleague_run_down_told_to_stay_in_their_lane_or_called_a_scab() {
        let abuse = |t: &str| fires(&Abuse, Kind::Post, Audience::Public, t);
        assert!(abuse("don't be fooled by Dr Reynolds and her cutesy insta, she's a stuck up cow and vile to everyone"));
        assert!(abuse("shout out to Dr Priya Mehta who has lost 3 of my referrals this month. absolutely useless and shouldn't be on the register"));
        assert!(abuse(
            "Dr Hughes the reg on my rotation is honestly the laziest person I've ever worked with"
        ));
        assert!(abuse(
            "@JessM_Midwife stay in your lane, nobody cares about your crusade. blocked x"
        ));
        assert!(!abuse(
            "Dr Smith said the new system is useless, and she's right"
        ));
        assert!(!abuse(
            "Dr Mehta has lost three of my referrals. Absolutely useless system, fix it please"
        ));
        assert!(!abuse(
            "Dr Hughes the reg on my rotation is honestly the best teacher I've had"
        ));
        assert!(!abuse(
            "Stay in your lane on the M6 roadworks tonight, it's chaos"
        ));
        let contempt = |t: &str| {
            fires(
                &trust::ContemptForColleagues,
                Kind::Post,
                Audience::Public,
                t,
            )
        };
        assert!(contempt("list of consultants who covered the strike for rate-card money: Dr A, Dr B, Dr C. scabs, every one of them"));
        assert!(contempt(
            "another locum on tonight, can barely understand a word he says 🙄"
        ));
        assert!(!contempt(
            "the consultants covered the strike and were paid the BMA rate card, as agreed"
        ));
    }

    #[test]
    fn patients_told_they_breed_like_rabbits_or_deserve_nothing_and_told_to_go_home() {
        let discrimination = |t: &str| fires(&Discrimination, Kind::Post, Audience::Public, t);
        for t in [
            "The new Egyptian reg on our ward is a total liability, how did he even pass PLAB 🤦 someone needs to put him on the next flight back tbh",
            "the Romanian nurse on nights again 🙃 like babe just speak english",
            "another international grad on the rota who can barely speak english. brexit didn't go far enough tbh",
            "the travellers off the Cowley site, every one of them a drug seeker. I tell reception to push them to the back of the list",
        ] {
            assert!(discrimination(t), "{t}");
        }
        for t in [
            "consultants, when you talk to families please just speak english, not jargon",
            "Our Egyptian reg passed PLAB and MRCP first time, what a star",
        ] {
            assert!(!discrimination(t), "{t}");
        }
        let mocks = |t: &str| fires(&MockingPatients, Kind::Post, Audience::Public, t);
        assert!(mocks("friday night in A&E full of the tracksuit brigade again 🙄 these people breed like rabbits"));
        assert!(mocks("frequent attender in again tonight 🙄 some people genuinely don't deserve free healthcare"));
        assert!(mocks(
            "bay 2 is a proper fruit loop 😂 honestly better than netflix on nights"
        ));
        assert!(!mocks("Everyone deserves free healthcare at the point of need, including the patients we find hard"));
        let discrimination = |t: &str| fires(&Discrimination, Kind::Post, Audience::Public, t);
        assert!(discrimination("another patient with no English and a translator on speaker 🙄 learn the language or go home tbh"));
        assert!(discrimination(
            "lol another locum from abroad tonight, do they even train them over there"
        ));
        assert!(!discrimination("Learning the language took me two years; the trust's English classes for IMGs are brilliant"));
    }

    #[test]
    fn threats_to_a_workplace_bullying_declared_and_merit_denied_to_a_group() {
        let abuse = |t: &str| fires(&Abuse, Kind::Message, Audience::Private, t);
        assert!(abuse("@NatalieR I know exactly where you work, Natalie, and your manager will be hearing from me. Keep commenting and see what happens."));
        assert!(abuse("I'm making her life hell till she quits, already told the other regs not to swap with her 😂"));
        assert!(!abuse(
            "I know exactly where you work now, the new building by the station! Coffee soon?"
        ));
        assert!(!abuse(
            "Wait until she leaves the room and then bring the cake out"
        ));
        assert!(!abuse(
            "the charge nurse beat me at the pub quiz AGAIN 😤 rematch friday, loser buys the chips"
        ));
        let discrimination =
            |t: &str| fires(&Discrimination, Kind::GroupMessage, Audience::Group, t);
        assert!(discrimination(
            "half the female surgical regs only got numbers because of diversity box-ticking"
        ));
        assert!(discrimination("No offence but IMGs from certain countries just don't have the same standards. I wouldn't let one near my family."));
        assert!(!discrimination(
            "IMGs make up a third of our rota and the induction programme for them is excellent"
        ));
    }

    #[test]
    fn a_group_protected_is_not_a_group_excluded() {
        let discriminates = |t: &str| fires(&Discrimination, Kind::Post, Audience::Public, t);
        assert!(!discriminates(
            "The HRT shortage is a supply failure, and women shouldn't have to fix it by swapping tips online."
        ));
        assert!(discriminates(
            "Immigrants shouldn't have free NHS care, simple as. Pay or go home."
        ));
    }

    #[test]
    fn patient_groups_written_off_and_groups_denied_a_place() {
        for t in [
            "Hot take: morbidly obese patients who rock up to A&E with knee pain deserve to wait at the back. Eat less, problem solved.",
            "Another shift, another 'borderline' kicking off in the 136 suite. Honestly these people are exhausting, half of them are only here for the attention 🙃",
            "Another collapse ?cause who's just steaming. These people should pay for their own ambulance #nights",
        ] {
            assert!(mocks(t), "{t}");
        }
        for t in [
            "These people are exhausted after a 13-hour shift in A&E, look after your nurses",
            "Obese patients deserve the same care as anyone else in A&E, and waiting longer makes their outcomes worse",
            "Drunk patients in ED at 3am are still patients; the frequent attenders team does brilliant work",
        ] {
            assert!(!mocks(t), "{t}");
        }
        let discrimination = |t: &str| fires(&Discrimination, Kind::Post, Audience::Public, t);
        assert!(discrimination(
            "Women surgeons, enjoy it while it lasts lol, they all drop out once the babies come along anyway #surgery"
        ));
        assert!(discrimination(
            "IMGs who can't be bothered to learn how the NHS works shouldn't be allowed anywhere near an acute take. Sick to death of mopping up after them."
        ));
        assert!(!discrimination(
            "Women surgeons are still leaving in their thirties; we need flexible training and proper parental leave"
        ));
    }

    #[test]
    fn wishing_harm_threats_and_favours_told_apart() {
        let abuse = |t: &str| fires(&Abuse, Kind::Reply, Audience::Public, t);
        assert!(abuse("Genuinely one of the dimmest people on this app. Hope you enjoy visiting your kids on the measles ward"));
        assert!(abuse("I'll get you for this. You know what you did."));
        assert!(abuse(
            "Our new clinical director is a spineless careerist, a genuinely pathetic human being."
        ));
        assert!(!abuse(
            "Drop me a message and I'll get you straight through to their team"
        ));
        assert!(!abuse(
            "I'll find you a slot on Tuesday with the practice nurse"
        ));
        assert!(!abuse(
            "We should get a drink once you're finished with the treatment x"
        ));
        assert!(!abuse(
            "Auntie Bimbo I'm so sorry your back's this bad, ring your GP first thing tomorrow"
        ));
        let discrimination = |t: &str| fires(&Discrimination, Kind::Post, Audience::Public, t);
        assert!(discrimination("Three Eastern European locums on nights again so expect every handover to be a game of charades"));
    }

    #[test]
    fn session_32_threats_exclusions_stereotypes_and_weight_as_a_label() {
        let abuse = |t: &str| fires(&Abuse, Kind::Reply, Audience::Public, t);
        for t in [
            "@ref_watch I know exactly which pub he drinks in after games. someone should have a quiet word with him tonight",
            "keep posting ur lies about me. I know which studio u film in on Tuesdays. think on x",
            "@anti_vax_mum_77 no wonder your kids are always ill with a mother as thick as you. enjoy the measles love 😘",
        ] {
            assert!(abuse(t), "{t}");
        }
        for t in [
            "I know exactly which pub he drinks in after games, I'll bring the birthday card there",
            "I know which studio you film in, see you at the recording Tuesday!",
        ] {
            assert!(!abuse(t), "{t}");
        }
        let discrimination = |t: &str| fires(&Discrimination, Kind::Post, Audience::Public, t);
        for t in [
            "sorry but women have no business being team doctors in men's rugby, end of",
            "Course it was a traveller site. These people don't vaccinate, don't wash and then expect the NHS to bail them out",
            "the amount of gay lads rolling in with mpox this week 🙄 keep it in your pants boys",
            "tbh the Fijian lads were always the worst for swinging the lead at sick parade, it's a cultural thing with them",
            "Love how certain communities in Bradford expect us to fix their diabetes when all they eat is ghee",
            "another Fenian lecturing the rest of us about waiting lists",
        ] {
            assert!(discrimination(t), "{t}");
        }
        for t in [
            "Women have no business being paid less than men for the same rota, fix it",
            "Measles at a traveller site again: outreach nurses are going in tomorrow with the MMR van",
            "Fijian rugby sevens on telly, what a team",
        ] {
            assert!(!discrimination(t), "{t}");
        }
        assert!(mocks(
            "had a passenger in today, easily 28 stone, moaning the buffet made her ill 🙄 love you ARE the buffet #shipdoclife"
        ));
        assert!(!mocks(
            "Lost 5 stone this year, easily 28 stone at my heaviest. Proud of me #doclife"
        ));
    }

    #[test]
    fn patients_nicknamed_hosed_down_and_played_as_bingo() {
        for t in [
            "frequent flyer Mr Sweaty is BACK lol 3rd time this week, someone fetch the hose 🤮 can't believe we waste beds on this",
            "sexual health clinic bingo 🎯 the lad on his FOURTH chlamydia this year 🤡 absolute petri dishes, the lot of them",
            "28 stone and genuinely baffled why her knees hurt 🙄 Put the Greggs down, love. #GPlife",
        ] {
            assert!(mocks(t), "{t}");
        }
        for t in [
            "Lost 20 stone over three years and ran my first 10k today! So proud 😂 #GPlife",
            "Kids got mud everywhere lol, someone fetch the hose before they come inside",
            "Mr Murphy is back on the ward after his hip, lovely to see him 😊",
            "Tonight's A&E bingo: glass in the foot, asked if I was single. 10/10 patient, would suture again",
        ] {
            assert!(!mocks(t), "{t}");
        }
    }

    #[test]
    fn weight_games_forklifts_and_patients_cast_as_scroungers() {
        for t in [
            "Tomorrow's list is three BMI 50+ back to back 🐋🐋🐋 someone tell estates we need a forklift not a hoist 😂",
            "bariatric bingo 🎱 3 in a row and we're off to the pub 🍻 #gplife",
            "Surgery today was basically the whole of the Crestwood estate in for sick notes and free Calpol. Why bother working when the taxpayer funds your Sky Sports 🙄",
            "Another day, another self-diagnosed 'neurodivergent' TikToker demanding Elvanse by Friday. This generation would rather have a label than a job.",
        ] {
            assert!(mocks(t), "{t}");
        }
        for t in [
            "Crush injury from a forklift in resus tonight, the HEMS team were brilliant",
            "Calling patients scroungers is lazy and cruel: most people on sick notes in my clinic want to work",
        ] {
            assert!(!mocks(t), "{t}");
        }
    }

    #[test]
    fn an_identified_colleague_accused_by_insinuation() {
        let accuses = |t: &str| {
            let r = testing::owned(Platform::Whatsapp, Kind::GroupMessage, Audience::Group, t);
            !testing::findings(&DefamationRisk, &r).is_empty()
        };
        for t in [
            "heads up the ortho reg on tonight is the one who 'got off' that assault thing at his last trust 👀 lock ur doors ladies",
            "lol did u see Patel at handover? no wonder she got the fellowship, we all know which consultant she was 'shadowing' 😏",
            "Ah yes, Dr Rachel Oduya, the anaesthetist who spent more of last year at 'conferences' in Dubai than in theatre.",
        ] {
            assert!(accuses(t), "{t}");
        }
        for t in [
            "the reg on tonight is Sam, we all know how busy Fridays get so be kind",
            "Dr Oduya is back from the conference in Dubai, her talk on airway rescue was excellent",
        ] {
            assert!(!accuses(t), "{t}");
        }
    }

    #[test]
    fn blaming_patients_for_their_illness_is_mockery() {
        assert!(mocks(
            "Another obese patient in clinic who thinks the lift is exercise. Some people deserve their diabetes"
        ));
        assert!(!mocks(
            "Nobody deserves their diabetes: obesity has causes far beyond willpower, and patients in clinic know it"
        ));
    }

    #[test]
    fn the_department_as_a_zoo_and_patients_as_a_tv_audience_are_mockery() {
        for t in [
            "the resus zoo is open for business tonight and guess who's on feeding duty",
            "Spot the difference between our surgery waiting room and a Jeremy Kyle audition. Tracksuits and missing teeth",
        ] {
            assert!(mocks(t), "{t}");
        }
        for t in [
            "Took the kids to the zoo, feeding time for the penguins was the highlight",
            "Missing teeth after a rugby tackle, so I'm off to the dentist",
        ] {
            assert!(!mocks(t), "{t}");
        }
    }

    #[test]
    fn a_competence_put_down_idiom_aimed_at_a_named_colleague_is_abuse() {
        let abuses = |t: &str| {
            let r = testing::owned(Platform::Facebook, Kind::Comment, Audience::Public, t);
            !testing::findings(&Abuse, &r).is_empty()
        };
        assert!(abuses(
            "Typical Dr Kaur, couldn't diagnose her way out of a paper bag. Everyone in Swindon knows to avoid her list."
        ));
        assert!(!abuses(
            "Me trying to organise the rota: couldn't organise a piss-up in a brewery 😂"
        ));
    }

    #[test]
    fn clinicians_making_the_worst_patients_is_a_joke_on_ourselves() {
        assert!(!mocks(
            "Dr Lou has been to see her own GP for a sore throat lol. doctors really do make the worst patients 🤒"
        ));
        assert!(mocks(
            "Frequent flyers on a Friday night are honestly the worst patients 😂 #AandE"
        ));
    }

    fn accuses(text: &str) -> bool {
        let r = testing::owned(Platform::Twitter, Kind::Post, Audience::Public, text);
        !testing::findings(&DefamationRisk, &r).is_empty()
    }

    #[test]
    fn expenses_promotion_by_sleeping_around_and_worse_are_accusations() {
        for t in [
            "Everyone at Pennine knows Dr Gareth Whitlow fiddles his expenses. Just saying what we're all thinking",
            "Dr Anna Pryce only got her consultant post by sleeping with the medical director",
            "Local councillor Mark Denholm is a nonce, everyone in Kirkby Vale knows it",
        ] {
            assert!(accuses(t), "{t}");
        }
        for t in [
            "Dr Gareth Whitlow was convicted of fiddling his expenses, the tribunal heard today",
            "Sleeping with the windows open all week, Mark Denholm reckons it helps",
        ] {
            assert!(!accuses(t), "{t}");
        }
    }

    #[test]
    fn prisoners_called_manipulative_travellers_and_the_lads_brought_back() {
        assert!(mocks(
            "Funny how the 'crushing chest pain' on C wing always starts five minutes after the servery closes. Manipulative the lot of them, but sure, I'll come and do another ECG 🙄"
        ));
        let disc = |t: &str| {
            let r = testing::owned(Platform::Facebook, Kind::Comment, Audience::Public, t);
            !testing::findings(&Discrimination, &r).is_empty()
        };
        for t in [
            "Typical of the Travelling community, they'll look you in the eye and lie about the kids' jabs.",
            "The new F1s on our ward are all the same, girls who burst into tears the minute you ask them to cannulate. Bring back the lads.",
        ] {
            assert!(disc(t), "{t}");
        }
        assert!(!disc(
            "Bring back the lads' five-a-side on Thursdays, the ward team misses it"
        ));
    }

    #[test]
    fn gene_pools_a_colleagues_ward_found_and_a_nationality_put_down() {
        assert!(mocks(
            "Another 3am 'my toe's been sore since 2019' from the usual postcode. Some gene pools really need a lifeguard 🏊‍♂️"
        ));
        let reply = |t: &str| {
            let r = testing::owned(Platform::Twitter, Kind::Reply, Audience::Public, t);
            !testing::findings(&Abuse, &r).is_empty()
        };
        assert!(reply(
            "@nurse_jen_uk you again? found your ward on the trust website btw, maybe your manager would enjoy your timeline 🙂"
        ));
        let group = |t: &str| {
            let r = testing::owned(Platform::Discord, Kind::GroupMessage, Audience::Group, t);
            !testing::findings(&Discrimination, &r).is_empty()
        };
        assert!(group(
            "Honestly the Romanian IMGs we've had on our rota can barely string a sentence together and the wards show it."
        ));
        assert!(!group(
            "Our Romanian IMGs did brilliantly in the OSCE, their English is better than mine"
        ));
    }

    #[test]
    fn a_weight_jibe_at_someone_complaining_of_their_knees_is_mockery() {
        assert!(mocks(
            "Another day, another 20 stone lady complaining her knees hurt. Put the pies down love"
        ));
        assert!(!mocks(
            "My mum keeps complaining her knees hurt; booked her in with the physio, fingers crossed"
        ));
    }

    #[test]
    fn pile_ons_career_threats_and_a_watched_car_but_not_similes_or_refusals() {
        let abuse = |t: &str| fires(&Abuse, Kind::Message, Audience::Private, t);
        assert!(abuse("ur honestly the worst F1 I've had. cry in the toilets one more time and I'll make sure ur ARCP is a bloodbath"));
        assert!(abuse("why r u ignoring me. i can see ur car from here. answer or i'll tell everyone what ur really like"));
        let public = |t: &str| fires(&Abuse, Kind::Post, Audience::Public, t);
        assert!(public("everybody go reply to this antivax nurse, her employer's in her bio, tag her employer, lets get her struck off by Friday"));
        assert!(public(
            "girls can everyone go leave a 1* on Glow & Co's google page pls"
        ));
        assert!(public("Funny how a certain med reg is always too busy. We all know who you are, Dr M. lazy, useless and frankly embarrassing"));
        assert!(!public(
            "had a night where everything went right and I drove home grinning like an idiot"
        ));
        assert!(public(
            "I think you're acting like an idiot and everyone can see it"
        ));
        assert!(!public(
            "I disagree with Dr Adams, but I'd rather we debate the evidence than pile on him"
        ));
    }

    #[test]
    fn session_28_weight_and_parenting_sneers_but_not_the_writers_own_willpower() {
        for t in [
            "fat people should just shut their mouths instead of begging us for jabs ffs",
            "the fat ones ALWAYS bleep at 4am with chest pain after a kebab. every. single. night. 🙄 #nightshift",
            "Today's gem in paeds A&E: 4 kids by 4 different dads. peak Jeremy Kyle 😂 some people really shouldn't reproduce",
        ] {
            assert!(any_conduct(t), "{t}");
        }
        for t in [
            "zero willpower around the biscuit tin on night shift 😂",
            "kids go back to school tomorrow and I'm on call tonight lol",
            "@sam you should go back to uni and do the MSc, you'd smash it",
            "the fog was that thick on the way to my night shift 🙄",
        ] {
            assert!(!any_conduct(t), "{t}");
        }
    }

    #[test]
    fn session_29_language_sneers_asked_as_questions_hints_and_people_as_vultures() {
        for t in [
            "anyone else sick of the Romanian carers at the homes on my patch who can't string a sentence together in English? half of them shouldn't be let near a vulnerable person",
            "Another IMG at grand rounds today who could barely string a sentence together in English. Why do the Royal Colleges keep letting them in??",
            "the SpR on tonight, Hannah, is genuinely thick. wouldnt trust her with a paracetamol chart",
            "Some families are just vultures circling the will 🙄",
            "@revdrclaire you're a religious nutjob and a disgrace to palliative medicine",
        ] {
            assert!(any_conduct(t), "{t}");
        }
        for t in [
            "anyone else sick of this rain? the Romanian restaurant on our road is closed too",
            "Our new IMG colleagues are brilliant; the induction still can't string a rota together though",
            "vultures circling over the moors on our walk today, incredible wingspan",
            "the SpR on tonight, Hannah, is genuinely brilliant. taught me loads",
        ] {
            assert!(!any_conduct(t), "{t}");
        }
        let defames = |t: &str| fires(&DefamationRisk, Kind::Post, Audience::Public, t);
        assert!(defames(
            "has anyone else noticed Dr Nwosu vanishes every shift at 3 for \"prayers\"? v convenient"
        ));
        assert!(!defames(
            "has anyone else noticed Dr Nwosu always brings cake on Fridays? legend"
        ));
    }

    #[test]
    fn session_33_a_patients_size_by_emoji_a_sneer_framed_as_imagine_and_a_group_that_never_then_screams(
    ) {
        assert!(mocks(
            "When the list says BMI 52 and ur the one who has to intubate 🐋😩 #anaesthesia #whale"
        ));
        assert!(mocks("3rd chlamydia this year for the same lad today 🙃 some folk genuinely have the IQ of a house brick. wrap it up ffs"));
        for t in [
            "imagine thinking a bloke in a dress needs a smear test 🤡 gender clinics are a cult",
            "Certain travelling families on our patch never bring their kids for imms then scream blue murder when one ends up with measles.",
            "lol the school nurse at Oakfield is a proper thicko, can't even plot a centile chart 💀 someone put her out of her misery",
            "@HealthSecUK you absolute spineless worm. hope you end up on a trolley in a corridor",
        ] {
            assert!(any_conduct(t), "{t}");
        }
        for t in [
            "Imagine thinking the MMR causes autism. It doesn't. Book your child's jabs.",
            "Travelling families on our patch have the lowest imms uptake, so we now run a drop-in at the site every month",
            "The scales say BMI 52 so we booked the bariatric bed and the senior anaesthetist, all went smoothly",
        ] {
            assert!(!any_conduct(t), "{t}");
        }
    }

    #[test]
    fn session_34_insults_listed_after_a_titled_name() {
        for t in [
            "Dr Marsh on the frailty unit at the Royal Lancaster, fat, useless and smells of boiled cabbage.",
            "Mr Okafor from urology, arrogant, useless, never answers his bleep",
        ] {
            assert!(any_conduct(t), "{t}");
        }
        for t in [
            "Dr Marsh gave a talk on delirium, useless info for the exam but fascinating",
            "Mrs Patel, our practice manager, sorted the rota in a day. Useless me forgot my badge again",
            "Dr Hughes ran the sim session, useless mannequin kept crashing but we laughed",
        ] {
            assert!(!any_conduct(t), "{t}");
        }
    }

    #[test]
    fn session_35_named_people_called_names_threats_and_stereotypes() {
        let abuse = |t: &str| fires(&Abuse, Kind::Post, Audience::Public, t);
        for t in [
            "Theatre coordinator Janice Holt is a power-tripping cow who makes everyone's life hell.",
            "@birthrights_becca keep posting lies about my unit and see what happens. I know exactly where you live, love.",
            "Dr Gareth Pryce, rota coordinator at Kingsmere General, is a xenophobic little man. Shame on him",
        ] {
            assert!(abuse(t), "{t}");
        }
        for t in [
            "Janice Holt is a power-tripping genius at getting theatre lists started on time 😂",
            "My little man turned three today and is a proper little monkey 🐒",
        ] {
            assert!(!abuse(t), "{t}");
        }
        for t in [
            "Never swap shifts with the Romanians, trust me. All lazy, they'll vanish at 3am",
            "Another Polish lad from the fish factory in with a 'bad back' on a Monday 😂 must be a national disease",
            "female surgeons are fine until they have kids then it's all 'can I leave at 5'",
            "Room 3 is another one of those 'no speak English' Romanian ladies 🙄",
            "Men can't get pregnant. Anyone who says otherwise is mentally ill.",
            "new SHO from Lagos on Birch this week, can barely string a sentence together in English lol",
            "Majors is basically Bucharest tonight 😂 none of them speak a word of English and every single one has 'lost' their EHIC",
            "PSA: not taking any more Romanian clients. Always haggle, never pay the deposit 🙄",
            "POV: explaining it's just a virus to some parents in paeds ED 🙄 *puts on accent* 'but doctor, in my country we always get antibiotic' 😂",
            "Types of patient in A&E part 3 🐳 the 30-stone 'my asthma's playing up' who's polished off a family bucket in the waiting room 😂",
            "3rd gender clinic referral this month. not calling him 'they' either, mum can cry about it",
        ] {
            assert!(any_conduct(t), "{t}");
        }
        for t in [
            "Our new SHO from Lagos is brilliant, already running the ward like a pro",
            "Whale watching off Oban this weekend 🐳 best day off in ages",
            "Did a terrible Geordie accent for the kids' panto, they loved it",
            "Not taking any more bookings for the charity quiz, we're full!",
            "Our new reg from India did the whole ward round in Hindi for Mrs Patel 😂 absolute legend",
            "Two F1s from Nigeria started today, both brilliant, already better at cannulas than me lol",
        ] {
            assert!(!any_conduct(t), "{t}");
        }
        for t in [
            "Two Romanian nurses joined the unit today. All lovely, all brilliant.",
            "Football is basically a national sport round here, Saturday A&E proves it",
            "Our female surgeons are fantastic, and the new rota works until they have kids and beyond",
        ] {
            assert!(!any_conduct(t), "{t}");
        }
        assert!(mocks(
            "Saturday trauma list = 4 PFOs and a fractured sense of dignity 🍺 natural selection doing its job"
        ));
    }

    #[test]
    fn session_37_frequent_flyer_miles_are_the_airline_not_a_patient() {
        assert!(!mocks(
            "Frequent flyer miles finally paid for the post-nights escape ✈️ #annualleave"
        ));
        assert!(!mocks("Frequent flyer status unlocked after all those conference trips 😂 lounge access at last"));
        assert!(mocks(
            "Our favourite frequent flyer back in majors again tonight 🙄 third time this week"
        ));
    }

    #[test]
    fn session_37_a_superlative_hung_on_a_named_colleague() {
        let abuse = |t: &str| fires(&Abuse, Kind::Post, Audience::Public, t);
        assert!(abuse("Charge nurse Delaney on AMU is the rudest, most bitter man I have ever worked with. Someone get him a personality transplant 💀"));
        assert!(!abuse("The rudest, most brutal awakening: a 5am fire alarm on my one day off, then the cat was sick."));
    }

    #[test]
    fn session_38_patients_typecast_colleagues_sent_back_or_told_they_do_not_belong() {
        for t in [
            "12 DNAs in my afternoon eye clinic. TWELVE. Same estate every time, you know the type, Burberry caps and 4 kids by 4 different dads 🙄",
            "The eConsult frequent flyers are unreal. Same woman, 4th 'URGENT' form this week about her 'lump'. Some people are too thick to be allowed on the internet.",
            "When the 90 year old says WHAT?? for the 15th time in hearing aid clinic 🙉😂😂 #deafasapost",
            "Sandra, maybe if you'd showered before your mole check we could have examined you properly. One star says more about you than us 🤢",
        ] {
            assert!(mocks(t), "{t}");
        }
        for t in [
            "the overnight reports from the new offshore telerad lot are a joke 🙄 should ship the lot back where they came from",
            "Honestly these Pakistani FY1s have zero clinical sense. I'm never putting one on my rota again.",
            "these gay 'couples' spread sickness and should never be allowed to foster our children",
            "new max fax SHO ticks every diversity box going lol. can barely hold a drill",
            "@Meg honestly if you can't cannulate a bin after 4 months you shouldn't be on the rota. maybe medicine isn't for you hun",
            "Keep writing your one-star reviews about me. Let's see how your father feels when everyone hears what you came to see me for.",
        ] {
            assert!(any_conduct(t), "{t}");
        }
        for t in [
            "12 DNAs in clinic today: the text reminders failed again, not the families' fault. Same estate every time because the bus stopped running.",
            "Our new Pakistani FY1s have been brilliant, zero complaints and a great ward round today.",
            "Proud to have fostered with my husband for ten years, gay couples make great foster parents",
            "We shipped the old ultrasound machines back to the supplier where they came from",
            "Medicine is not for everyone, and that's fine: careers talk for sixth formers tonight",
        ] {
            assert!(!any_conduct(t), "{t}");
        }
        let rank = |t: &str| {
            fires(
                &trust::SexualisedComment,
                Kind::GroupMessage,
                Audience::Group,
                t,
            )
        };
        assert!(rank("New surgical F1s start Weds 👀 rankings drop Thursday lads, same rules as last year – marks out of 10 and pics off their Insta 🔥"));
        assert!(!rank("New F1s start Weds! Please give the induction marks out of 10 on the feedback form, and send me your rota preferences"));
    }
}

//! Conduct that undermines public trust in the profession, beyond abuse of a named person.
//!
//! GMC 2024 ¶¶14–17 and Good Medical Practice ask doctors to make sure their conduct online justifies
//! patients' trust in them and the public's trust in the profession, and to treat colleagues with
//! respect. The research on unprofessional posts (RULES-FACTS §3, PEERS: Chretien 2009 and 2011)
//! finds three recurring shapes besides abuse: depictions of intoxication tied to work (drunk or high
//! before or at work, in scrubs or uniform), boasts about breaking the rules that keep patients safe,
//! and contempt for whole professional groups ("know your place", "glorified", the clown emoji at
//! physician associates). Reposting an offensive joke spreads it: the share is the owner's act, so it
//! is flagged too, one step lower. Sober mentions ("not drinking before nights"), rules discussed as
//! rules, and disagreement about a group's scope argued on the merits stay silent.

use super::CONDUCT_GUIDANCE;
use crate::detect::gate::Regex;
use crate::detect::insults;
use crate::detect::phrases::{sentence_around, window};
use crate::detect::stance;
use crate::model::Record;
use crate::rules::judge::{self, Voice};
use crate::rules::{Action, ActionKind, Category, Context, Finding, Rule, RuleMeta, Severity};
use std::sync::LazyLock;

fn re(pattern: &str) -> Regex {
    crate::detect::phrases::regex(pattern)
}

/// Being drunk or high, in the words and emoji people use for it.
static INTOXICATED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:drunk|druk|wasted|hammered|smashed|plastered|sloshed|trollied|steaming|legless|paralytic|pissed(?:\s+as\s+a\s+\w+)?|tipsy|merry|tiddly|half[\s-]cut|off\s+my\s+(?:face|head|tits|nut)|still\s+(?:drunk|pissed|buzzing|hanging|rough)|hung\s?over|hangover|hanging|(?:bottles?|pints?|glasses|shots|cans|drinks)\s+(?:of\s+\w+\s+)?(?:deep|down)|high\s+as\s+a\s+kite|(?:had|did|done|doing|snorted|racked\s+up)\s+(?:a\s+)?(?:couple\s+of\s+|few\s+|some\s+|cheeky\s+|two\s+|three\s+)?(?:lines|bumps|line\s+of\s+(?:coke|charlie)|pills|mandy|molly)\b|a\s+cheeky\s+(?:line|bump)\b|stoned|baked|blazed|coked\s+up|on\s+(?:the\s+)?(?:pills|coke|mdma|ket)|mashed|munted|(?:a\s+)?(?:few|couple\s+of|bottle\s+of)\s+(?:shots|pints|bevvies|bevs|beers|wines|vodkas|glasses)\s+(?:down|in)|shots?\s+before|pre-?drinks?\s+before|(?:had|drank|downed|necked)\s+(?:a\s+)?(?:few|couple|bottle|pint|shots?|vodka|wine|gin)\b|(?:^|[.!?]\s+|,\s*)(?:\d+|two|three|four|five|six|a\s+few|a\s+couple\s+of)\s+(?:pints|beers|shots|proseccos|gins|vodkas|glasses\s+of\s+\w+|bottles\s+of\s+\w+)\s+(?:in|down|deep|at|before)\b|(?:had|drank|downed|necked|knocked\s+back|sank|sunk|put\s+away)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen)\s+(?:pints|beers|shots|glasses|bottles|cans|vodkas|gins|proseccos|drinks)\b)|🥴|🍾🍾|🍻|🥃🥃|🍷🍷",
    )
});

/// Work: the shift, the ward, the uniform.
static AT_WORK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:at\s+work|on\s+shift|before\s+(?:my\s+|the\s+)?(?:afternoon\s+|morning\s+|evening\s+)?(?:shift|nights?|work|clinic|theatre|the\s+ward\s+round|ward\s+round|surgery|list|on[\s-]?call)|(?:start(?:ing)?|into|during|for|on)\s+(?:my\s+|a\s+|the\s+)?(?:shift|night\s+shift|nights|long\s+day|on[\s-]?call|ward\s+round|clinic|theatre\s+list|list)|on[\s-]?call|shifts?|night\s+duty|in\s+(?:my\s+|our\s+|full\s+)?(?:scrubs|uniform|whites)|scrubs|ward\s+round|handover|in\s+theatre|in\s+clinic|on\s+the\s+wards?|back\s+on\s+(?:the\s+)?(?:wards?|shift|nights?|call)|(?:i[’']?m|i\s+am|we[’']?re)\s+on\s+(?:at\s+\d{1,2}|in\s+(?:\w+\s+)?(?:hours?|hrs?)|tomorrow|tonight|nights|call|a\s+(?:day|late|long\s+day|night))|did\s+(?:my\s+|the\s+)?(?:afternoon\s+|morning\s+|evening\s+)?(?:clinic|list|surgery|ward\s+round)|my\s+(?:afternoon|morning|evening)\s+(?:clinic|list|surgery)|in\s+resus|at\s+the\s+hospital|doctors[’']?\s+mess|mess\s+(?:bar|party|do|night)|bleep|(?:first|next)\s+patient|(?:still|going)\s+to\s+work|operat(?:e|ing)\s+(?:today|tomorrow|this\s+morning)|driving\s+(?:home|to\s+work|in))\b",
    )
});

/// Misbehaviour shown alongside drink: fights, abuse of the public.
static MISBEHAVIOUR: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:shouting|screaming|swearing)\s+(?:abuse\s+)?at|\b(?:fight|punch(?:ed|ing)?|kicked\s+out|thrown\s+out|arrested|vomit(?:ed|ing)?\s+(?:on|in)|abus(?:e|ing)\s+(?:a|the)\s+\w+)\b",
    )
});

/// Rules broken and boasted of: hygiene, consent, records, controlled drugs, sick notes, driving.
static RULE_BREAKING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:didn[’']?t|did\s+not|never|don[’']?t|do\s+not|couldn[’']?t\s+be\s+arsed\s+to|can[’']?t\s+be\s+bothered\s+to)\s+(?:bother(?:ed)?\s+(?:to\s+|with\s+)?)?(?:wash(?:ing)?\s+(?:my\s+)?hands|hand\s?wash|gel|scrub\s+in|consent(?:ing)?\s+(?:him|her|them|the\s+patient)|get\s+consent|check\s+the\s+(?:dose|allergies|id|name|wristband)|document|write\s+(?:it\s+)?(?:up|down)|read\s+the\s+(?:notes|results|bloods|scan))|(?:faked|fudged|made\s+up|invented|fabricated|backdated|back-dated|copied)\s+(?:the\s+|my\s+|his\s+|her\s+|some\s+)?(?:obs|observations|notes|audit|signatures?|results|bloods|ecg|consent|logbook|portfolio|reflections?|ward\s+round|entries|data|numbers)|sign(?:ed|ing)\s+(?:off|it|them)\s+(?:off\s+)?without\s+(?:reading|looking|seeing|checking)|(?:signed|wrote)\s+(?:a\s+)?(?:sick|fit)\s+note\s+for\s+(?:my\s+)?(?:mate|friend|myself|him|her)|prescrib(?:ed|ing)\s+(?:myself|for\s+myself|my\s+(?:mate|mates|friend|wife|husband|mum|dad|partner))|(?:took|take|taking|nicked|pocketed|helped\s+myself\s+to)\s+(?:some\s+|a\s+few\s+)?(?:home\s+)?(?:morphine|oxycodone|diazepam|lorazepam|zopiclone|midazolam|fentanyl|ketamine|tramadol|codeine|propofol|controlled\s+drugs|cds|the\s+leftover\s+\w+)\s*(?:home|from\s+(?:the\s+)?(?:ward|cupboard|theatre|cd\s+cupboard))?|(?:skipped|skip|skipping|ignored|ignore|ignoring|bypassed|jumped)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:checklist|who\s+checklist|time[\s-]?out|sign[\s-]?in|safety\s+checks?|protocol|queue|waiting\s+list)|drove\s+(?:home\s+)?(?:after|while)\s+(?:a\s+few|drinking|drunk|\d+\s+pints)|(?:looked|looking)\s+up\s+(?:my\s+)?(?:ex|neighbour|mate|friend|celebrity)[’']?s?\s+(?:records|notes|results))",
    )
});

/// Telling readers it was fun or a secret: the boast.
static BOAST: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:😂|🤣|😅|🤫|😎|🙈|😜|😈|🤷|\blol\b|\blmao\b|\bhaha\w*|\bsorry\s+not\s+sorry\b|\bdon[’']?t\s+tell\b|\bno\s+one\s+(?:will\s+)?(?:know|noticed?|checks?)\b|\bnobody\s+(?:will\s+)?(?:know|noticed?|checks?)\b|\bshh+\b|\boops\b|\bwhat\s+they\s+don[’']?t\s+know\b|\bliving\s+dangerously\b|\brules\s+are\s+(?:for|made)\b|\bwho\s+cares\b|\b(?:again|every\s+time|as\s+usual|standard)\b|#\w+life\b|\byolo\b)",
    )
});

/// A picture or video taken of a patient or of what came out of one.
static CLINICAL_PHOTO: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:selfie|pic|picture|photo|snap|snapped|filmed|video(?:ed)?|recorded|took\s+a\s+(?:pic|photo|picture|snap|video))\b[^.!?\n]{0,50}\b(?:patient[’']?s?|pt[’']?s|bed\s*\d+|bay\s*\d+|(?:his|her|their)\s+(?:foot|feet|leg|arse|bum|bottom|wound|ulcer|rash|abscess|boil|genitals|penis|vagina|breasts?|belly|stomach|x-?ray|scan))\b|\b(?:patient[’']?s?|pt[’']?s)\s+(?:\w+\s+){0,3}(?:foot|wound|ulcer|abscess|rectum|x-?ray|foreign\s+body|bum|genitals)\b[^.!?\n]{0,40}\b(?:pic|photo|snap|selfie|video)\b",
    )
});

/// "pic is the mountains not patients dont worry": the writer says no patient is in the picture.
static PATIENTS_DENIED: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(?:not|no|never|zero)\s+(?:of\s+)?(?:the\s+|any\s+)?(?:patients?|pts?)\b")
});

/// Laughter: the post is for fun.
static LAUGH: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:😂|🤣|😆|😹|🤢|🤮|\blol\b|\blmao\b|\blmfao\b|\bhaha\w*|\bhilarious\b|\bjokes\b|\bbanter\b|#\w*life\b|#\w*problems\b|\bguess\s+what\b|\bcaption\s+this\b)",
    )
});

/// Professional groups colleagues belong to.
static PROFESSION: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:pas?|physician\s+associates?|physician\s+assistants?|anaesthesia\s+associates?|aas|nurses?|nurse\s+practitioners?|anps?|acps?|advanced\s+(?:clinical|nurse)\s+practitioners?|pharmacists?|physios?|physiotherapists?|paramedics?|midwi(?:fe|ves)|hcas?|healthcare\s+assistants?|porters?|radiographers?|ots?|occupational\s+therapists?|gps?|surgeons?|anaesthetists?|physicians|psychiatrists?|radiologists?|juniors?|junior\s+doctors?|resident\s+doctors?|f1s?|fy1s?|registrars?|consultants?|locums?|imgs?|international\s+(?:medical\s+)?graduates|sas\s+doctors?|dentists?|optometrists?|chiropractors?|osteopaths?|admin\s+staff|receptionists?|managers?|medical\s+students?|med\s+students?)\b",
    )
});

/// Contempt for a group as a group: put-downs of standing and worth, not argument about scope.
static CONTEMPT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:🤡|💩|🙄🙄|\bknow\s+(?:your|their)\s+place\b|\bstay\s+in\s+(?:your|their)\s+lane\b|\bglorified\b|\bwannabe\b|\bwanna[\s-]be\b|\bjumped[\s-]up\b|\bfailed\s+(?:medics?|doctors?|med\s+students?)\b|\bnot\s+(?:a\s+)?real\s+(?:doctors?|clinicians?|medics?|professionals?)\b|\bthinks?(?:ing)?\s+(?:you[’']?re|they[’']?re|she[’']?s|he[’']?s)\s+(?:a\s+|an\s+)?(?:doctors?|consultants?|surgeons?|experts?)\b|\bplay(?:ing)?\s+(?:at\s+)?doctors?\b|\bcosplay\w*\b|\bshould\s+(?:all\s+)?be\s+(?:banned|sacked|struck\s+off|abolished|scrapped|got\s+rid\s+of)\b|\byou\s+lot\b|\bthese\s+people\b|\buseless\b|\bthick\b|\blazy\b|\bpathetic\b|\bincompetent\b|\bclueless\b|\bstupid\b|\bdumb\b|\bworthless\b|\boverpaid\b|\bleeches\b|\b(?:are|r|is|were|bunch\s+of|load\s+of|like|total|absolute)\s+(?:all\s+|a\s+|just\s+|such\s+|complete\s+|total\s+)?(?:butchers|cowboys?|quacks?|charlatans?)\b|\bparasites\b|\ba\s+(?:joke|disgrace|liability)\b|\bidiots?\b|\bmorons?\b|\bclowns?\b|\bmuppets?\b|\bhipsters?\b|\bdangerous\s+(?:idiots|clowns|amateurs)\b|\bbunch\s+of\b|\bhow\s+to\s+(?:do\s+(?:my|our)\s+jobs?|prescribe|practise\s+medicine)\b[^.!?\n]{0,20}$|\bbottom\s+of\s+the\s+(?:barrel|class)\b|\b(?:and|plus|minus)\s+a\s+(?:functioning\s+)?brain\b|\bhalf\s+a\s+brain\b|\b(?:a\s+single|one)\s+brain\s+cell\b|\bcouldn[’']?t\s+get\s+into\s+medicine\b|\bnever\s+be\s+(?:a\s+)?real\b|\b(?:can[’']?t|cannot|can\s+(?:barely|hardly)|could(?:n[’']?t|\s+(?:barely|hardly)))\s+understand\s+a\s+(?:single\s+)?word\s+(?:she|he|they)\s+(?:says?|said)\b|\bscabs\b|\bstrike[\s-]?breakers?\b|🐀|\bbarely\s+(?:speaks?|understands?)\s+(?:a\s+word\s+of\s+)?english\b|\bhow\s+did\s+(?:she|he|they)\s+(?:even\s+|ever\s+)?(?:pass|get\s+through|qualify)\b|\bstinks?\s+(?:the\s+\w+\s+)?out\b)",
    )
});

/// Talk about contempt rather than contempt: "the way PAs are called clowns online is disgraceful".
static AGAINST_CONTEMPT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:respect|support|grateful|thank(?:s|\s+you)|proud|valued?|love|brilliant|amazing|stop\s+calling|disgraceful\s+(?:how|that|the\s+way)|unacceptable|not\s+ok(?:ay)?|(?:is|are|was)\s+(?:disgraceful|wrong|shameful|not\s+on|out\s+of\s+order)|backbone|heroes|the\s+way\s+(?:some\s+)?(?:people|folk|colleagues|doctors)\s+(?:call|talk\s+about|treat|speak\s+(?:to|about))|bullying|abuse\s+(?:of|towards|aimed)|piling\s+on)\b",
    )
});

/// "With (all due) respect, …": the only respect in the post is the opener of a put-down.
static WITH_RESPECT_ONLY: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^\s*with\s+(?:all\s+(?:due\s+)?)?respect\b[^!?]*$"));

/// The writer cast as the joke: "me at 4am…", "me trying to…", "keeps you humble".
static SELF_AS_CLOWN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|[.!?\n]\s*)me\s+(?:at|trying|when|after|failing|attempting|on)\b|\b(?:keeps?\s+(?:you|me)\s+humble|my\s+(?:own\s+)?(?:\d+(?:st|nd|rd|th)|first|second|third)\s+(?:attempt|try|go))\b",
    )
});

/// A joke's shape, or an exporter's placeholder for one.
static JOKE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\bwhat\s+do\s+you\s+call\s+(?:a|an|two|three)\b|\bwhat[’']?s\s+the\s+difference\s+between\s+(?:a|an)\b|\bhow\s+many\s+\w+(?:\s+\w+)?\s+does\s+it\s+take\b|\bwalks?\s+into\s+a\s+(?:bar|pub|clinic|surgery|a&e)\b|\bwhy\s+did\s+the\s+\w+\b|\bknock\s+knock\b|\[(?:racist|sexist|homophobic|transphobic|ableist|offensive|misogynist\w*|antisemitic|islamophobic|xenophobic)\s+(?:punch\s?line|joke|meme|image|gif|cartoon|video)\]",
    )
});

/// A placeholder that names the joke as offensive: the exporter (or the adviser) already judged it.
static OFFENSIVE_PLACEHOLDER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\[(?:racist|sexist|homophobic|transphobic|ableist|offensive|misogynist\w*|antisemitic|islamophobic|xenophobic)\b",
    )
});

fn finding(
    meta: &'static RuleMeta,
    r: &Record,
    voice: Voice,
    (severity, confidence): (Severity, f64),
    title: String,
    spans: &[(usize, usize, &str)],
    instruction: String,
) -> Finding {
    let (severity, confidence) = judge::weigh(voice, severity, confidence);
    let evidence = spans
        .iter()
        .map(|(s, e, what)| judge::span(r, *s, *e, *what))
        .collect();
    let mut f = Finding::new(
        meta,
        r,
        title,
        evidence,
        Action::new(ActionKind::Delete, instruction),
    );
    f.severity = severity;
    f.confidence = confidence;
    f.finalise();
    f
}

// ---------------------------------------------------------------------------------------------------

/// CON005: intoxication tied to work, or a boast about breaking patient-safety rules.
pub struct PublicTrust;

static PUBLIC_TRUST: RuleMeta = RuleMeta {
    code: "CON005",
    name: "conduct-undermining-trust",
    category: Category::Conduct,
    severity: Severity::Medium,
    confidence: 0.7,
    summary: "Drunk or high at or before work (or in scrubs), or a boast about breaking patient-safety rules",
    guidance: CONDUCT_GUIDANCE,
    what_it_finds: "The account holder's posts that show or describe being drunk, hungover or high \
        together with work (on shift, before nights or a list, on call, in scrubs or uniform, on the \
        ward), or drunk and misbehaving in public; and posts that boast about breaking the rules that \
        keep patients safe: skipping hand hygiene, consent or checks, faking observations, notes, \
        audits or signatures, signing off without reading, prescribing for themselves or friends, \
        taking controlled drugs home, driving after drinking, snooping in records. Sober mentions \
        (\"not drinking before nights\"), warnings and questions do not fire.",
    why_it_matters: "GMC 2024 ¶¶14–17 and Good Medical Practice: doctors must make sure their conduct \
        justifies patients' trust in them and the public's trust in the profession, online as \
        offline. Depictions of intoxication were among the commonest unprofessional posts in the \
        published surveys (Chretien 2009), and a boast about unsafe practice is also evidence of it.",
    example: "\"Still hanging from last night and starting a 13-hour shift 🥴\" fires. \"Mess party \
        was great, home by 11 for nights tomorrow\" does not.",
    how_to_fix: "Delete the post (and the photo or video). If it describes something that really \
        happened at work, talk to your educational supervisor or medical director about it, not \
        social media.",
};

impl Rule for PublicTrust {
    fn meta(&self) -> &'static RuleMeta {
        &PUBLIC_TRUST
    }

    fn check(&self, r: &Record, _cx: &Context, out: &mut Vec<Finding>) {
        let Some(voice) = judge::voice(r) else { return };
        let text = &r.text;
        let noun = judge::kind_noun(r);
        for m in INTOXICATED.find_iter(text) {
            if stance::negated_before(text, m.start())
                || stance::in_question(text, m.start())
                || stance::is_others_words(text, m.start(), m.end())
                || third_person(text, m.start())
                || describes_others(text, m.start(), m.end())
            {
                continue;
            }
            let (ws, we) = window(text, m.start(), m.end(), 160);
            let near = text.get(ws..we).unwrap_or("");
            let work = AT_WORK.find(near);
            let misbehaviour = MISBEHAVIOUR.find(near);
            let Some(ctx) = work.or(misbehaviour) else {
                continue;
            };
            let severity = if work.is_some() && judge::is_broadcast(r) {
                Severity::High
            } else {
                Severity::Medium
            };
            out.push(finding(
                &PUBLIC_TRUST,
                r,
                voice,
                (severity, 0.75),
                format!(
                    "Intoxication shown with {}: \"{}\"",
                    if work.is_some() { "work" } else { "misbehaviour" },
                    judge::words(r, m.start(), m.end()).trim()
                ),
                &[
                    (m.start(), m.end(), "intoxication"),
                    (ws + ctx.start(), ws + ctx.end(), "context"),
                ],
                format!(
                    "Delete this {noun} and any photo or video with it: it shows you intoxicated in \
                     connection with work or in public, which undermines trust in you as a doctor."
                ),
            ));
            return;
        }
        if let Some(m) = CLINICAL_PHOTO.find(text) {
            let (ws, we) = window(text, m.start(), m.end(), 160);
            let near = text.get(ws..we).unwrap_or("");
            if let Some(laugh) = LAUGH.find(near) {
                if !stance::is_others_words(text, m.start(), m.end())
                    && !stance::negated_before(text, m.start())
                    && !PATIENTS_DENIED.is_match(m.as_str())
                {
                    out.push(finding(
                        &PUBLIC_TRUST,
                        r,
                        voice,
                        (Severity::High, 0.7),
                        format!(
                            "A patient's body photographed or filmed for laughs: \"{}\"",
                            judge::words(r, m.start(), m.end()).trim()
                        ),
                        &[
                            (m.start(), m.end(), "clinical_photo"),
                            (ws + laugh.start(), ws + laugh.end(), "laughter"),
                        ],
                        format!(
                            "Delete this {noun} and the image: a patient's body is not content, even \
                             unnamed, and joking about it undermines trust in the profession."
                        ),
                    ));
                    return;
                }
            }
        }
        for m in RULE_BREAKING.find_iter(text) {
            // "Skip the queue, I can have you in theatre in two weeks": queue-jumping offered to
            // the reader is a sales line (the advertising rules' business), not a boast.
            let offered = {
                let w = m.as_str().to_ascii_lowercase();
                w.starts_with("skip ") && (w.ends_with("queue") || w.ends_with("waiting list"))
            };
            if offered
                || stance::in_question(text, m.start())
                || stance::is_others_words(text, m.start(), m.end())
                || third_person(text, m.start())
                || stance::educational_near(text, m.start()) && !boast_near(text, m.start())
            {
                continue;
            }
            if !boast_near(text, m.start()) && !first_person_near(text, m.start()) {
                continue;
            }
            out.push(finding(
                &PUBLIC_TRUST,
                r,
                voice,
                (Severity::Medium, 0.7),
                format!(
                    "A boast about breaking patient-safety rules: \"{}\"",
                    judge::words(r, m.start(), m.end()).trim()
                ),
                &[(m.start(), m.end(), "rule_breaking")],
                format!(
                    "Delete this {noun}. If it happened, raise it with your supervisor or through \
                     your organisation's reporting system; on social media it is evidence against you \
                     and undermines trust in the profession."
                ),
            ));
            return;
        }
    }
}

/// "He was drunk", "the patient was wasted": someone else's state, not the owner's.
fn third_person(text: &str, start: usize) -> bool {
    static OTHER: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:he|she|they|patient|pt|man|woman|lad|guy|bloke|girl|lady|someone|people|students?|everyone|relative|husband|wife|mum|dad|son|daughter|friend|mate|driver|colleague|boss|locum|reg|registrar|consultant|sho|f1|fy1|anaesthetist|surgeon|nurse|gp|partner|senior|junior)(?:\s+(?:on|at|in|from|with)\s+[^.!?\n]{1,30}?)?\s+(?:was|were|is|are|got|gets|came\s+in|comes\s+in|turned\s+up|turns\s+up|showed\s+up|shows\s+up|rolled\s+in|arrived|keeps\s+(?:turning|showing|coming|rolling)\s+(?:up|in)|(?:has|had)\s+(?:been\s+)?(?:turning|showing|coming)\s+(?:up|in))\b[^.!?\n]{0,20}$",
        )
    });
    let (s, _) = sentence_around(text, start);
    text.get(s..start).is_some_and(|t| OTHER.is_match(t))
}

/// "The drunk lads fighting in resus", "a drunk patient", "these pissed students": the word
/// describes other people, not the writer.
fn describes_others(text: &str, start: usize, end: usize) -> bool {
    static PEOPLE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^\s+(?:lads?|girls?|guys?|blokes?|m[ae]n|wom[ae]n|people|patients?|students?|teens?|teenagers|kids|couples?|hen\s+party|stag\s+(?:do|party)|relatives?|fans|punters|crowds?|drivers?)\b",
        )
    });
    // "The drunk" as a noun: one word after a determiner ("had a few pints" is the writer's).
    let one_word = text
        .get(start..end)
        .is_some_and(|w| !w.contains(char::is_whitespace));
    let determiner = one_word
        && crate::detect::text::word_before(text, start).is_some_and(|w| {
            matches!(
                w.lower().as_str(),
                "the" | "some" | "these" | "those" | "this" | "that"
            )
        });
    determiner
        || text
            .get(end..)
            .is_some_and(|rest| PEOPLE_AFTER.is_match(rest))
}

fn boast_near(text: &str, start: usize) -> bool {
    let (s, e) = window(text, start, start, 200);
    text.get(s..e).is_some_and(|t| BOAST.is_match(t))
}

fn first_person_near(text: &str, start: usize) -> bool {
    static I: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)\b(?:i|i[’']?ve|i[’']?d|i[’']?m|we|we[’']?ve|me|my)\b"));
    let (s, e) = sentence_around(text, start);
    text.get(s..e).is_some_and(|t| I.is_match(t))
}

// ---------------------------------------------------------------------------------------------------

/// CON006: contempt for a professional group.
pub struct ContemptForColleagues;

static CONTEMPT_FOR_COLLEAGUES: RuleMeta = RuleMeta {
    code: "CON006",
    name: "contempt-for-colleagues",
    category: Category::Conduct,
    severity: Severity::Medium,
    confidence: 0.7,
    summary: "Contempt for a professional group (physician associates, nurses, pharmacists…) rather than argument",
    guidance: CONDUCT_GUIDANCE,
    what_it_finds: "The account holder's posts that put down a professional group as a group, or a \
        colleague for belonging to one: \"know your place\", \"stay in your lane\", \"glorified\", \
        \"wannabe doctors\", \"not real clinicians\", \"thinking you're a doctor\", the clown emoji, \
        \"should all be banned\", \"you lot\", \"useless\". Disagreement about a group's scope of \
        practice argued on the merits, and posts that call such contempt out, do not fire.",
    why_it_matters: "GMC 2024 ¶14 forbids using social media to \"deliberately target any individual \
        or group\"; Good Medical Practice asks doctors to treat colleagues fairly and with respect, \
        and contempt aimed at the people patients meet in the same team undermines their trust in \
        all of them.",
    example: "\"Imagine being a PA and thinking you're a doctor 🤡\" fires. \"I disagree with the \
        new PA scope guidance; here is why, with references\" does not.",
    how_to_fix: "Delete the post. Make the argument about policy, regulation or safety, with evidence, \
        and without belittling the people in the role.",
};

impl Rule for ContemptForColleagues {
    fn meta(&self) -> &'static RuleMeta {
        &CONTEMPT_FOR_COLLEAGUES
    }

    fn check(&self, r: &Record, _cx: &Context, out: &mut Vec<Finding>) {
        let Some(voice) = judge::voice(r) else { return };
        let text = &r.text;
        for g in PROFESSION.find_iter(text) {
            // "PA"/"GP" etc. must be the abbreviation, not a word in lower case ("pa" = dad).
            let word = g.as_str();
            if word.len() <= 4 && word.chars().all(|c| c.is_ascii_lowercase()) {
                continue;
            }
            if stance::is_others_words(text, g.start(), g.end()) {
                continue;
            }
            // "Dr Ian Porter", "Sister Jane Nurse": a capitalised word after a name is a surname.
            if word.starts_with(|c: char| c.is_ascii_uppercase())
                && crate::detect::text::word_before(text, g.start())
                    .is_some_and(|w| w.is_capitalised() && !w.is_upper() && w.end + 1 == g.start())
            {
                continue;
            }
            // The group's own sentence and the one after it ("… pharmacist telling me how to
            // prescribe. Know your place."): contempt in an earlier sentence is about something else.
            let (ws, first_end) = sentence_around(text, g.start());
            let we = if first_end < text.len() {
                sentence_around(text, first_end + 1).1
            } else {
                first_end
            };
            let near = text.get(ws..we).unwrap_or("");
            let Some(c) = CONTEMPT.find(near) else {
                continue;
            };
            // "me at 4am failing my 3rd cannula while the F1 watches: 🤡": the clown is the writer.
            let emoji = !c.as_str().chars().any(char::is_alphanumeric);
            if (AGAINST_CONTEMPT.is_match(near) && !WITH_RESPECT_ONLY.is_match(near))
                || stance::is_quoted(text, ws + c.start(), ws + c.end())
                || (emoji && SELF_AS_CLOWN.is_match(near))
            {
                continue;
            }
            // "This new pharmacist is useless" about one person is also the abuse rules' business;
            // here the group word and the contempt together are what count.
            let severity = if judge::is_broadcast(r) {
                Severity::Medium
            } else {
                Severity::Low
            };
            let noun = judge::kind_noun(r);
            out.push(finding(
                &CONTEMPT_FOR_COLLEAGUES,
                r,
                voice,
                (severity, 0.7),
                format!(
                    "Contempt for {}: \"{}\"",
                    word.trim(),
                    judge::words(r, ws + c.start(), ws + c.end()).trim()
                ),
                &[
                    (g.start(), g.end(), "professional_group"),
                    (ws + c.start(), ws + c.end(), "contempt"),
                ],
                format!(
                    "Delete this {noun}. If you disagree with how the role is used, argue the policy \
                     with evidence, without belittling the people in it."
                ),
            ));
            return;
        }
    }
}

// ---------------------------------------------------------------------------------------------------

/// CON007: an offensive joke about a group, posted or reposted.
pub struct OffensiveJoke;

static OFFENSIVE_JOKE: RuleMeta = RuleMeta {
    code: "CON007",
    name: "offensive-joke",
    category: Category::Conduct,
    severity: Severity::Medium,
    confidence: 0.65,
    summary: "A joke at the expense of a group (race, religion, sex, disability, a profession, a town), posted or reposted",
    guidance: CONDUCT_GUIDANCE,
    what_it_finds: "Jokes in the owner's posts and in what they repost or quote (\"What do you call a \
        nurse from …\", \"How many … does it take\", \"… walk into a bar\", or a placeholder the export \
        or reviewer left such as \"[racist punchline]\") that are about a protected group, a \
        nationality, a town's people or a profession. Reposts are flagged one step lower: sharing a \
        joke spreads it and is read as endorsement.",
    why_it_matters: "GMC 2024 ¶14: doctors must not use social media to discriminate against or \
        target any group; a repost puts the joke in front of the doctor's followers under their name, \
        and the surveys of doctors' posts count discriminatory humour among the most common breaches.",
    example: "\"RT @banter: What do you call a nurse from … [racist punchline]\" fires at low \
        severity. \"What do you call a doctor who fails? Still a doctor 😂\" does not.",
    how_to_fix: "Undo the repost or delete the post.",
};

impl Rule for OffensiveJoke {
    fn meta(&self) -> &'static RuleMeta {
        &OFFENSIVE_JOKE
    }

    fn check(&self, r: &Record, _cx: &Context, out: &mut Vec<Finding>) {
        let Some(voice) = judge::voice(r) else { return };
        let text = &r.text;
        let Some(joke) = JOKE.find(text) else { return };
        let (ws, we) = window(text, joke.start(), joke.end(), 200);
        let near = text.get(ws..we).unwrap_or("");
        let placeholder = OFFENSIVE_PLACEHOLDER.find(near);
        let group = insults::find_groups(near).into_iter().next();
        // A joke about a group is only offensive with a marker: a placeholder that says so, or a
        // protected group with a demeaning word nearby.
        let demeaning = insults::find_abuse(near).into_iter().next();
        let (gs, ge, what) = match (&placeholder, &group, &demeaning) {
            (Some(p), _, _) => (ws + p.start(), ws + p.end(), "offensive_joke"),
            (None, Some(g), Some(_)) => (ws + g.start, ws + g.end, "group"),
            _ => return,
        };
        let severity = if judge::is_broadcast(r) {
            Severity::Medium
        } else {
            Severity::Low
        };
        let noun = judge::kind_noun(r);
        let shared = voice == Voice::Shared;
        out.push(finding(
            &OFFENSIVE_JOKE,
            r,
            voice,
            (severity, 0.65),
            format!(
                "An offensive joke about a group{}",
                if shared { " (reposted)" } else { "" }
            ),
            &[(joke.start(), joke.end(), "joke"), (gs, ge, what)],
            if shared {
                format!("Undo this {noun}: sharing the joke spreads it under your name.")
            } else {
                format!("Delete this {noun}.")
            },
        ));
    }
}

// ---------------------------------------------------------------------------------------------------

/// Sexual appraisal: how people rate bodies and attractiveness, in words and emoji. Ambiguous words
/// ("fit", "hot", "fine") only count in their appraising forms ("well fit", "the hot one").
static SEXUAL_APPRAISAL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:\b(?:rankings?|ranked|marks?\s+out\s+of\s+(?:10|ten)|rat(?:e|ing)\s+(?:them|the\s+new\s+\w+)\s+out\s+of\s+(?:10|ten))\b[^.!?\n]{0,80}?\b(?:pics?|photos?|insta\w*|selfies?|looks|hotness|fittest|bikini)\b|\b(?:so+|well|proper|properly|dead|bloody|very|really|seriously|super|insanely|incredibly|ridiculously|unbelievably|mega|totally|absolutely)\s+(?:fit|hot|sexy|fine|peng)\b|\bwouldn[’']?t\s+mind\s+(?:a\s+(?:go|piece|bit|night|feel)\s+(?:on|of|with)|giving\s+(?:her|him)\s+(?:one|a\s+seeing[\s-]to)|doing\s+(?:her|him)\b|shagging|banging|riding)|\b(?:fit|hot|sexy|peng)\s+(?:blonde|blond|brunette|redhead)s?\b|\b(?:the|a|that|this)\s+(?:fit|hot|sexy|peng|fine)\s+(?:(?:tall|young|new|little|locum|agency|dark|ginger)\s+)?(?:one|nurse|patient|reg|registrar|f1|fy1|sho|consultant|doctor|student|physio|paramedic|receptionist|mum|dad|lad|guy|girl|woman|man|bloke|lady|husband|wife|relative|\w+\s+in\s+(?:bed|bay))\b|(?:^|[.!?\n]\s*)(?:fit|hot|sexy|peng)\s+(?:lad|lads|guy|guys|girl|girls|woman|man|bloke|lady|nurse|patient|reg|registrar|doctor|one|relative|husband|wife|dad|mum|student|paramedic)\b|\bfitt(?:y|ie|ies)\b|\b(?:fit|hot)\s+as\s+(?:fuck|hell|owt|anything|f\*+k)\b|\bsexy\b|\bstunner\b|\bhottie\b|\bpeng\b|\bmilf\b|\bdilf\b|\beye\s+candy\b|\btotty\b|\bcrumpet\b|\bwould\s+(?:smash|bang|tap|ride)\b|\bwould\s+(?:defo\s+|deffo\s+|definitely\s+|totally\s+)?do\s+(?:her|him)\b|\bwould\s+do\s*(?:!|😍|🥵|🔥|🤤|😏|$)|\btap\s+that\b|\bsmash(?:ed)?\s+(?:her|him)\b|\bnice\s+(?:rack|tits|boobs|arse|ass|bum|legs|body|package)\b|\b(?:her|his)\s+(?:rack|tits|boobs|arse|ass|bum|package)\b|\bphwoar\b|\bcheeky\s+(?:feel|grope|look)\b|\bcopped\s+a\s+feel\b|\bgot\s+a\s+(?:good\s+)?(?:look|eyeful|feel)\b|\btried\s+it\s+on\b|😍|🤤|🥵|🍆|🍑|😏|👅|🔥🔥)",
    )
});

/// "Really fit for discharge", "so fine to go home", "very fit and well": a clinical judgement, not
/// an appraisal, when the word is followed by what the person is fit for.
fn clinical_fitness(text: &str, end: usize) -> bool {
    let after = text
        .get(end..)
        .unwrap_or("")
        .trim_start()
        .to_ascii_lowercase();
    ["for ", "to ", "enough", "and well", "& well"]
        .iter()
        .any(|w| after.starts_with(w))
}

/// "Bit awkward, totally fine": "fine" is an appraisal only when said of someone ("she's so fine",
/// "looking proper fine"); otherwise it means all right.
fn fine_as_okay(text: &str, start: usize, matched: &str) -> bool {
    static SAID_OF_SOMEONE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:she|he|you|u|they|ur|youre|she[’']?s|he[’']?s|you[’']?re|they[’']?re|looking|looks|look|lookin|is|was)\s*$",
        )
    });
    matched.to_ascii_lowercase().ends_with("fine")
        && !SAID_OF_SOMEONE.is_match(crate::detect::phrases::lead_in(text, start, 16))
}

/// Who is being appraised: patients, relatives, colleagues at work, or an intimate examination.
static CARE_OR_WORK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:patients?|pts?|bed\s*\d+|bay\s*\d+|cubicle|resus|majors|minors|clinic|ward|theatre|on\s+shift|examin\w*|exam|intimate|smear|pr\b|breast\s+exam|chest\s+exam|catheter\w*|undress\w*|gown|chaperone|relatives?|next\s+of\s+kin|nurses?|registrars?|reg\b|consultants?|f1s?|fy1s?|house\s*officers?|medical\s+students?|med\s+students?|students?|physios?|receptionists?|colleagues?|rota|handover|on[\s-]?call|scrubs)\b",
    )
});

/// CON008: sexual comments about patients or colleagues.
pub struct SexualisedComment;

static SEXUALISED_COMMENT: RuleMeta = RuleMeta {
    code: "CON008",
    name: "sexualised-comment",
    category: Category::Conduct,
    severity: Severity::High,
    confidence: 0.7,
    summary: "Sexual or appraising comments about patients, relatives or colleagues",
    guidance: CONDUCT_GUIDANCE,
    what_it_finds: "The account holder's posts and messages that rate or sexualise a patient, a \
        relative or a colleague at work: \"the fit one in bay 4\", \"would smash\", \"nice rack\", \
        \"eye candy on the ward\", drooling or aubergine emoji about an examination, boasts of a look \
        or a touch during care. Clinical words (\"fit for discharge\", \"hot joint\", \"fine\") and \
        posts about a partner away from work do not fire.",
    why_it_matters: "GMC 2024 ¶14 forbids harassment of any individual; Good Medical Practice requires \
        doctors to protect patients' dignity and treat colleagues with respect; sexually suggestive \
        material about patients or colleagues is among the commonest unprofessional content in the \
        surveys of doctors' posts (Chretien 2009) and reads as a boundary breach as well as \
        harassment.",
    example: "\"Had to do a chest exam on a total stunner today 🥵\" fires. \"Patient fit for \
        discharge, hot joint settled\" does not.",
    how_to_fix: "Delete the post or message. If you have worked with the person since, speak to your \
        supervisor or medical director: a sexualised remark about a patient is a matter for them too.",
};

impl Rule for SexualisedComment {
    fn meta(&self) -> &'static RuleMeta {
        &SEXUALISED_COMMENT
    }

    fn check(&self, r: &Record, _cx: &Context, out: &mut Vec<Finding>) {
        let Some(voice) = judge::voice(r) else { return };
        if voice == Voice::Shared {
            return;
        }
        let text = &r.text;
        for m in SEXUAL_APPRAISAL.find_iter(text) {
            if stance::negated_before(text, m.start())
                || stance::is_others_words(text, m.start(), m.end())
                || clinical_fitness(text, m.end())
                || fine_as_okay(text, m.start(), m.as_str())
            {
                continue;
            }
            let (ws, we) = window(text, m.start(), m.end(), 120);
            let near = text.get(ws..we).unwrap_or("");
            // "my very patient husband": patient the adjective is no care setting.
            let Some(c) = CARE_OR_WORK.find_iter(near).find(|c| {
                !(c.as_str().eq_ignore_ascii_case("patient")
                    && crate::detect::names::patient_is_adjective(near, c.start()))
            }) else {
                continue;
            };
            // Emoji alone are weak: they need a second appraisal or a word about the body.
            let emoji_only = !m.as_str().chars().any(|ch| ch.is_ascii_alphabetic());
            if emoji_only && SEXUAL_APPRAISAL.find_iter(near).count() < 2 && !BODY.is_match(near) {
                continue;
            }
            let severity = if judge::is_one_to_one(r) {
                Severity::Medium
            } else {
                Severity::High
            };
            let noun = judge::kind_noun(r);
            out.push(finding(
                &SEXUALISED_COMMENT,
                r,
                voice,
                (severity, 0.7),
                format!(
                    "A sexual comment in a care or work setting: \"{}\"",
                    judge::words(r, m.start(), m.end()).trim()
                ),
                &[
                    (m.start(), m.end(), "sexual_appraisal"),
                    (ws + c.start(), ws + c.end(), "care_or_work"),
                ],
                format!("Delete this {noun}."),
            ));
            return;
        }
    }
}

/// Words about bodies that make appraising emoji sexual rather than happy.
static BODY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:body|bod|abs|legs|chest|breasts?|boobs|bum|arse|ass|lips|undress\w*|naked|topless|shirtless|gorgeous|stunning|beautiful|handsome|cute)\b",
    )
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Kind;
    use crate::rules::AccountFacts;

    fn record(text: &str, kind: Kind) -> Record {
        crate::rules::testing::public(kind, text)
    }

    fn fires(rule: &dyn Rule, text: &str, kind: Kind) -> bool {
        !crate::rules::testing::findings(rule, &record(text, kind)).is_empty()
    }

    #[test]
    fn a_profession_called_butchers_or_quacks_is_contempt() {
        for t in [
            "trust me the surgeons there are butchers, all of them",
            "Chiropractors are quacks and charlatans, every last one",
            "Pharmacists are cowboys, half of them would hand out antibiotics for a hangnail",
        ] {
            assert!(fires(&ContemptForColleagues, t, Kind::Post), "{t}");
        }
        assert!(!fires(
            &ContemptForColleagues,
            "Went to the butchers on the way home from my GP shift, lamb shanks tonight",
            Kind::Post
        ));
    }

    #[test]
    fn reposted_abuse_is_the_owners_and_a_like_is_not() {
        let account = AccountFacts::default();
        let owned = |kind: Kind| {
            let mut r = record(
                "RT @grumpy_reg: @nurse_jo you are a useless waste of space",
                kind,
            );
            r.author = crate::model::Author::owner();
            let mut out = Vec::new();
            crate::rules::conduct::Abuse.check(&r, &Context::new(&account), &mut out);
            out
        };
        let reposted = owned(Kind::Repost);
        assert_eq!(reposted.len(), 1);
        assert!(
            reposted[0].severity < Severity::High,
            "a share counts one step lower"
        );
        assert!(owned(Kind::Like).is_empty());
    }

    #[test]
    fn appraisal_at_the_start_of_a_sentence_counts_and_fitness_does_not() {
        assert!(fires(
            &SexualisedComment,
            "Hot reg on the ward tonight, made the whole shift 😍",
            Kind::Post
        ));
        assert!(!fires(
            &SexualisedComment,
            "Fit and well patient in bay 2 went home today",
            Kind::Post
        ));
        assert!(fires(
            &SexualisedComment,
            "That new F1 is seriously fit, wouldn't mind a go on her",
            Kind::Post
        ));
        for clinical in [
            "Patient in bay 4 really fit for discharge after a rocky week",
            "Seriously fit and well 90 year old on the ward today, incredible",
            "Reg says he is super fine to go home tomorrow",
        ] {
            assert!(
                !fires(&SexualisedComment, clinical, Kind::Post),
                "{clinical}"
            );
        }
    }

    #[test]
    fn intoxication_with_work_fires_and_sober_mentions_do_not() {
        assert!(fires(
            &PublicTrust,
            "Still hanging from the leaving do and about to start a 13 hour shift 🥴",
            Kind::Post
        ));
        assert!(fires(
            &PublicTrust,
            "Few pints down and I'm on call tonight, what could go wrong",
            Kind::Post
        ));
        assert!(fires(
            &PublicTrust,
            "Absolutely trollied in my scrubs at the Christmas do",
            Kind::Post
        ));
        assert!(!fires(
            &PublicTrust,
            "Never drunk before nights, that's my one rule",
            Kind::Post
        ));
        assert!(!fires(
            &PublicTrust,
            "The patient was drunk and abusive on the ward again",
            Kind::Post
        ));
        assert!(!fires(
            &PublicTrust,
            "Great night at the mess party! Home by 11",
            Kind::Post
        ));
        for t in [
            "Video of the drunk lads fighting in resus, you couldn't make it up",
            "Another drunk patient on the ward tonight, third this week",
        ] {
            assert!(!fires(&PublicTrust, t, Kind::Post), "{t}");
        }
        assert!(fires(
            &PublicTrust,
            "Had a few pints before my night shift, shh",
            Kind::Post
        ));
        for t in [
            "Pissed up after the Christmas do and I'm on at 8. Who needs sleep",
            "Had a couple of lines at the festival, back on the wards Monday feeling fresh",
            "Smashed a bottle of wine at lunch then did my afternoon clinic, nobody noticed",
        ] {
            assert!(fires(&PublicTrust, t, Kind::Post), "{t}");
        }
        for t in [
            "Drew a couple of lines on the whiteboard for the teaching session, back on the wards Monday",
            "Not drinking tonight, I'm on at 8 tomorrow",
            "Did my afternoon clinic then a glass of wine at home, bliss",
        ] {
            assert!(!fires(&PublicTrust, t, Kind::Post), "{t}");
        }
    }

    #[test]
    fn rule_breaking_boasts_fire_and_teaching_does_not() {
        assert!(fires(
            &PublicTrust,
            "Didn't bother washing my hands all day and no one noticed 😂",
            Kind::Post
        ));
        assert!(fires(
            &PublicTrust,
            "Made up the obs for bay 3 again lol, nobody checks",
            Kind::Post
        ));
        assert!(!fires(&PublicTrust, "Audit shows staff who don't wash hands between patients spread infection: teaching session today", Kind::Post));
        assert!(!fires(
            &PublicTrust,
            "Is it ever OK to backdate the notes?",
            Kind::Post
        ));
    }

    #[test]
    fn contempt_for_groups_fires_and_policy_debate_does_not() {
        assert!(fires(
            &ContemptForColleagues,
            "Glorified receptionists, the lot of them. Nurse practitioners my foot",
            Kind::Post
        ));
        assert!(fires(
            &ContemptForColleagues,
            "Another physio telling me how to do my job. Stay in your lane",
            Kind::Post
        ));
        assert!(!fires(&ContemptForColleagues, "I disagree with expanding the physician associate role; the evidence on safety is thin. Thread with references", Kind::Post));
        assert!(!fires(
            &ContemptForColleagues,
            "Stop calling nurses 'glorified' anything. They hold the wards together",
            Kind::Post
        ));
    }

    #[test]
    fn sexual_comments_in_care_fire_and_clinical_words_do_not() {
        assert!(fires(
            &SexualisedComment,
            "The fit one in bay 4 asked for a sponge bath 😏 would smash",
            Kind::Post
        ));
        assert!(fires(
            &SexualisedComment,
            "New reg is proper fit, eye candy for the whole ward",
            Kind::Post
        ));
        assert!(fires(
            &SexualisedComment,
            "The fit blonde reg on nights is the only reason I turn up",
            Kind::Post
        ));
        assert!(!fires(
            &SexualisedComment,
            "The blonde reg on nights is the only one who answers her bleep",
            Kind::Post
        ));
        assert!(!fires(
            &SexualisedComment,
            "Bed 3 fit for discharge, hot joint settled, fine to go home",
            Kind::Post
        ));
        assert!(!fires(
            &SexualisedComment,
            "finishing the marathon 🥵 photo credit my very patient husband. £2,870 for Chest Heart & Stroke",
            Kind::Post
        ));
        assert!(!fires(
            &SexualisedComment,
            "Date night with my husband 😍 so lucky",
            Kind::Post
        ));
    }

    #[test]
    fn offensive_jokes_fire_even_when_reposted() {
        assert!(fires(
            &OffensiveJoke,
            "RT @lads: What do you call a midwife from Leeds? [sexist punchline]",
            Kind::Repost
        ));
        assert!(!fires(
            &OffensiveJoke,
            "What do you call a doctor who came last in finals? Doctor 😂",
            Kind::Post
        ));
    }

    #[test]
    fn a_colleague_drunk_at_work_is_their_state_not_the_writers() {
        assert!(!fires(
            &PublicTrust,
            "The registrar on nights at St James's keeps turning up drunk. Wake up management.",
            Kind::Post
        ));
        assert!(fires(
            &PublicTrust,
            "Three pints in the doctors' mess before the afternoon list, living the dream 🍺",
            Kind::Post
        ));
        assert!(!fires(
            &PublicTrust,
            "A pint after a long week, cheers all 🍺",
            Kind::Post
        ));
    }

    #[test]
    fn a_profession_joked_to_have_no_brain_is_contempt() {
        assert!(fires(
            &ContemptForColleagues,
            "What's the difference between a GP and a PA? About 7 years of training and a brain 😂",
            Kind::Post
        ));
        assert!(!fires(
            &ContemptForColleagues,
            "What's the difference between a GP and a PA? Thread on training, scope and supervision",
            Kind::Post
        ));
    }

    #[test]
    fn a_shift_rated_ten_out_of_ten_is_not_a_sexual_comment() {
        assert!(!fires(
            &SexualisedComment,
            "@DrBenOkafor best handover of my life last night, 10/10 would do a night shift with again 🏆",
            Kind::Reply
        ));
        assert!(fires(
            &SexualisedComment,
            "the new reg in resus tonight 🥵 would do him",
            Kind::Post
        ));
    }

    #[test]
    fn the_writer_as_the_clown_is_not_contempt_but_with_respect_is_no_respect() {
        assert!(!fires(
            &ContemptForColleagues,
            "me at 4am failing my 3rd cannula while the F1 watches politely: 🤡 this job keeps you humble",
            Kind::Post
        ));
        assert!(fires(
            &ContemptForColleagues,
            "With respect, nurse injectors are glorified beauticians with a needle",
            Kind::Post
        ));
        assert!(fires(
            &ContemptForColleagues,
            "another hero surgeon from St Jude's telling GPs how to do our jobs",
            Kind::Post
        ));
    }

    /// Whether `rule` fires on a public post the owner wrote.
    fn post_fires(rule: &dyn crate::rules::Rule, text: &str) -> bool {
        let r = crate::rules::testing::owned(
            crate::model::Platform::Facebook,
            crate::model::Kind::Post,
            crate::model::Audience::Public,
            text,
        );
        !crate::rules::testing::findings(rule, &r).is_empty()
    }

    #[test]
    fn a_learning_point_from_an_old_complaint_is_not_a_boast() {
        assert!(!post_fires(
            &PublicTrust,
            "Learning point from a complaint I had years ago: document your safety-netting. I gave the advice, I just didn't write it down, and that's what the whole thing hung on."
        ));
    }

    #[test]
    fn a_surname_that_is_also_a_job_is_not_the_group() {
        assert!(!post_fires(
            &ContemptForColleagues,
            "Gutted to hear Dr Ian Porter has died. Taught us joint injections and never once made you feel thick for asking. RIP Ian"
        ));
        assert!(post_fires(
            &ContemptForColleagues,
            "Honestly the porters on nights are thick as mince, useless"
        ));
    }

    #[test]
    fn fine_meaning_all_right_is_no_appraisal() {
        assert!(!post_fires(
            &SexualisedComment,
            "Had my own smear today. 5 mins, bit awkward, totally fine. If yours is overdue please book it, the nurses are lovely"
        ));
        assert!(post_fires(
            &SexualisedComment,
            "the new reg on the ward is so fine 🥵"
        ));
    }

    #[test]
    fn a_picture_said_to_hold_no_patients_is_not_a_patients_body() {
        assert!(!fires(
            &PublicTrust,
            "throwback to elective 2019, six weeks at a district hospital in Nepal. pic is the mountains not patients dont worry 😂",
            Kind::Photo
        ));
    }
}

//! Raising concerns: concerns about patient safety, colleagues or a named unit aired publicly instead
//! of through proper channels.
//!
//! GMP 2024 ¶75c: if a colleague may be putting patients at risk, ask for advice from a colleague, your
//! defence body or the GMC, and report in line with your workplace policy. The MDU: "Social media is
//! unlikely to be an appropriate forum for discussing concerns about patient care"; concerns should go
//! public only after local procedures and the regulator have failed, without breaching confidentiality
//! and after seeking advice. The GMC is clear that nothing stops doctors raising concerns — so this
//! rule only asks for review, and never fires on general advocacy about staffing or policy that names
//! no identifiable person, unit or incident.
//!
//! RC001 fires on the owner's public or followers-only posts, and on messages to a group that is
//! public in all but name (a parents' group, a village noticeboard, a channel, or any group asked to
//! pass the message on: [`crate::detect::audience`]), when:
//! - an accusation about care ("is dangerous", "covering up deaths", "killing patients") points at an
//!   identifiable target: a named hospital, trust, ward, practice or care home, a titled colleague,
//!   or "our trust", "my consultant", "the registrar on ward 5". Harm told by its shape counts as an
//!   accusation too ("missed two cancers", "sent him home with sepsis"); or
//! - the post says it is airing a concern publicly ("whistleblowing on Twitter because management won't
//!   listen", "going to the press") with an accusation or a target; or
//! - it warns readers away from a named unit ("take your kids elsewhere"), or rallies them to spread
//!   an accusation it makes ("RT to warn others"). Praise for a team under pressure stays silent.

use super::guidance::{Guidance, GuidanceSource::*};
use super::verdict::{evidence, is_broadcast, quoted, reach, writer, Reach, Writer};
use super::{Action, ActionKind, Category, Context, Finding, Rule, RuleMeta, Severity};
use crate::detect::audience;
use crate::detect::gate::Regex;
use crate::detect::text::CALENDAR_NAMES;
use crate::detect::{Analysis, Span, SpanKind};
use crate::model::{Kind, Record};
use std::sync::LazyLock;

use SpanKind as K;

pub fn rules() -> Vec<Box<dyn Rule>> {
    vec![Box::new(PublicConcern)]
}

pub struct PublicConcern;

static PUBLIC_CONCERN: RuleMeta = RuleMeta {
    code: "RC001",
    name: "concern-aired-publicly",
    category: Category::RaisingConcerns,
    severity: Severity::Medium,
    confidence: 0.65,
    summary: "A concern about patient safety or a colleague aired publicly rather than through proper channels",
    guidance: &[
        Guidance::cite(Gmp2024, "75"),
        Guidance::cite(Mdu, "DO use appropriate channels to raise concerns rather than social media"),
        Guidance::cite(Gmc2024, "15"),
        Guidance::cite(Gmc2013, "15"),
    ],
    what_it_finds: "Your public or followers-only posts (and messages to a group open to the \
        public: a parents' group, a village noticeboard, a channel, or a group asked to pass it on) \
        that accuse an identifiable person, unit or organisation of unsafe care or a cover-up (\"the \
        consultant on ward 5 is dangerous\", \"our trust is covering up deaths\", \"St Elsewhere's is \
        killing patients\"), or that say they are airing a concern publicly (\"whistleblowing on \
        Twitter because management won't listen\"), warn readers away from a named unit (\"avoid \
        the maternity unit at Thornbury\", \"get your gran out of Linden House care home\") or rally \
        them to spread a concern they state (\"RT to warn others\"). General \
        advocacy about staffing, pay or policy that names no person, unit or incident does not fire. \
        Naming an individual raises severity (defamation risk); a post that says it used the proper \
        channels (Datix, the FTSU guardian) without airing the concern or naming anyone or any place \
        does not fire, \
        and otherwise lowers confidence.",
    why_it_matters: "Concerns about patient safety must be raised — through local procedures, your \
        Freedom to Speak Up guardian, your defence body or the GMC (GMP ¶75c). Social media is unlikely \
        to be the right forum (MDU); public accusations can breach confidentiality, identify colleagues \
        and are subject to defamation law (GMC 2024 ¶15; 2013 ¶15).",
    example: "\"The consultant on Ward 5 is dangerous and management won't listen\" (fires). \"Unsafe \
        staffing is a national scandal — the government must fund the NHS properly\" (does not).",
    how_to_fix: "Raise the concern through your Freedom to Speak Up guardian, clinical governance \
        (Datix), your defence body or the GMC, and take advice before going public. Edit the post to \
        remove the names of people, wards and trusts.",
};

/// Targets that make an accusation identifiable.
fn targets(text: &str, a: &Analysis) -> (Vec<Span>, bool) {
    let mut v: Vec<Span> = a
        .of_kinds(&[
            K::HospitalName,
            K::TrustName,
            K::PracticeName,
            K::WardRef,
            K::ColleagueName,
            K::TitledName,
            K::PersonName,
        ])
        .copied()
        .collect();
    let named_person = !v.iter().all(|s| {
        matches!(
            s.kind,
            K::HospitalName | K::TrustName | K::PracticeName | K::WardRef
        )
    });
    let local: Vec<Span> = a
        .of_kind(K::ConcernTarget)
        .filter(|s| {
            let t = s.text(text).to_lowercase();
            // "I'm not a surgeon yet", "as a consultant": the writer, not someone accused.
            let before = crate::detect::phrases::lead_in(text, s.start as usize, 10).to_lowercase();
            let the_writer = ["i'm ", "i’m ", "i am ", "not ", "as "]
                .iter()
                .any(|w| before.ends_with(w));
            !the_writer
                && !matches!(
                    t.as_str(),
                    "management" | "the management" | "the board" | "senior management"
                )
        })
        .copied()
        .collect();
    let person = named_person
        || local.iter().any(|s| {
            let t = s.text(text).to_lowercase();
            [
                "consultant",
                "registrar",
                "colleague",
                "surgeon",
                "locum",
                "anaesthetist",
                "boss",
                "trainer",
                "supervisor",
                "manager",
                "matron",
                "nurse in charge",
                "partner",
                "doctor on",
                "ceo",
                "director",
                "chief",
            ]
            .iter()
            .any(|w| t.contains(w))
        });
    v.extend(local);
    v.extend(places_of_work(text));
    let colleague: Vec<Span> = OUR_COLLEAGUE
        .find_iter(text)
        .map(|m| Span::new(m.start(), m.end(), K::ConcernTarget))
        .collect();
    let person = person || !colleague.is_empty();
    v.extend(colleague);
    v.sort();
    v.dedup();
    let any = !v.is_empty();
    (v, person && any)
}

/// A colleague of the writer's by role, with a specialty or grade between: "our gastro consultant",
/// "our nurse in charge", "the new locum reg".
static OUR_COLLEAGUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:our|my|the\s+new)\s+(?:[\w&-]+\s+){0,2}?(?:consultant|registrar|surgeon|anaesthetist|nurse\s+in\s+charge|ward\s+sister|matron|locum|partner|clinical\s+lead|clinical\s+director|educational\s+supervisor|es|cs|lead|director|manager)\b")
        .expect("valid regex")
});

/// "the stroke unit at Eastfield", "if you work at Queen's", "a surgeon in Wexford": a capitalised
/// place right after a unit, a colleague or "work" names where the concern is, whether or not the
/// place name says "Hospital".
static PLACE_OF_WORK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i:\b(?:unit|ward|department|dept|hospital|trust|practice|surgery|clinic|service|consultant|surgeon|doctor|registrar|reg|sho|gp|anaesthetist|matron|locum|nurse|nurses|midwife|midwives|team|a&e|icu|itu|theatres?|work|works|worked|working|staff|manager|management|partners?|home|centre|center|booking|booked|registered|treated|healthcare|provider|contractor))\s+(?:at|in)\s+(?:the\s+)?(?i:(?:north|south|east|west|central|rural|inner)\s+)?([A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,2})",
    )
    .expect("valid regex")
});

/// Capitalised words after "at"/"in" that are not a place of work (besides [`CALENDAR_NAMES`]).
const NOT_A_PLACE: &[&str] = &[
    "The",
    "My",
    "Our",
    "This",
    "That",
    "Christmas",
    "Easter",
    "I",
    "NHS",
    "UK",
    "England",
    "Scotland",
    "Wales",
    "Britain",
    "London",
    "Great",
    "Good",
    "Best",
    "Worst",
    "Busy",
    "Another",
    "Every",
    "Private",
    "Local",
    "Your",
    "Their",
    "A",
];

/// "Harlow Park care home", "Elm Lodge Nursing Home": a named home is as identifiable as a ward.
static NAMED_HOME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,2}\s+(?i:care|nursing|residential)\s+(?i:home)\b",
    )
    .expect("valid regex")
});

/// "the Greenway practice", "Fenby walk-in centre": a capitalised name before the kind of unit,
/// which the gazetteer's practice and hospital names (title case throughout) do not catch.
static NAMED_UNIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,2}\s+(?i:practice|surgery|medical\s+centre|health\s+centre|walk[\s-]in\s+centre|clinic|hospice|maternity\s+unit|birth\s+centre)\b",
    )
    .expect("valid regex")
});

/// A hospital or trust tagged by its handle ("@MilbrookNHS", "@BelvoirHospitals"; a person's
/// "@JaneTruthNHS" has two words before the NHS), a colleague
/// singled out without a name ("a certain GP partner", "our new locum anaesthetist"), or the
/// writer's own unit ("the unit I work on", "the clinic I locum at").
static SINGLED_OUT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"@(?:[A-Z][a-z]+(?:NHS|Nhs|FT|UHB|ICB)|\w+(?i:trust|hospitals?|healthcare)|\w*(?i:pharmacy|chemist|clinic|pill|meds|medical)\w*)\b|\b(?i:the|our|a)\s+(?i:oh|occupational\s+health|custody(?:\s+healthcare)?|prison\s+healthcare|screening|out[\s-]of[\s-]hours|ooh|111|healthcare|online\s+pharmacy|video\s+gp)\s+(?i:provider|contractor|company|firm)\b|(?i)\bthe\s+(?:[\w-]+\s+)?(?:cardiologist|consultant|surgeon|gp|doctor|clinician|registrar|reg|anaesthetist|midwife|nurse|locum|paramedic|pharmacist|med(?:ical)?\s+director)\s+(?:doing|running|covering|on\s+(?:my|the|our)\s+(?:shift|rota|call|team)|in\s+charge|who\s+(?:was\s+)?on)\b|(?-i)\b(?i:at|in|from|on)\s+the\s+(?:Royal|Princess|Prince|Queen|King|General|County)(?:\s+(?:of\s+)?[A-Z][\w'’]+){1,2}|(?i)\bthe\s+locum\s+(?:reg|registrar|consultant|gp|doctor|anaesthetist|surgeon|sho)\b|\b(?:our\s+local|the\s+local)\s+(?:camhs|a&e|ed|hospital|ambulance\s+service|out[\s-]of[\s-]hours(?:\s+service)?|ooh|crisis\s+team|maternity\s+unit|hospice|mental\s+health\s+(?:team|service|trust))\b|\bthe\s+(?:out[\s-]of[\s-]hours|ooh|111|ambulance|crisis|camhs|district\s+nursing|mental\s+health)\s+(?:service|team)\s+(?:covering|for|in|at|round)\s+(?:the\s+)?\w+|\b(?:a\s+certain|one\s+particular|our\s+new|the\s+new|a\s+senior)\s+(?:[\w-]+\s+)?(?:gp|consultant|surgeon|registrar|reg|locum|anaesthetist|partner|doctor|midwife|nurse|manager|matron|physician|obstetrician|psychiatrist|paediatrician)\b|\b(?:a\s+certain|one\s+particular)\s+(?:[\w-]+\s+)?(?:provider|clinic|practice|company|firm|hospital|trust)\b|\bone\s+of\s+(?:the|our|my)\s+(?:partners|consultants|surgeons|gps|regs|registrars|locums|midwives|anaesthetists|psychiatrists|paediatricians)\b|\ba\s+colleague\s+(?:in|on|at)\s+(?:our|the|my)\s+(?:[\w-]+\s+){0,2}?(?:mdt|team|department|dept|unit|ward|practice)\b|\b(?:consultant|registrar|reg|surgeon|gp|partner|psychiatrist|paediatrician)\s+(?:on|in)\s+our\s+(?:team|unit|ward|department|practice)\b|\bthe\s+(?:[\w-]+\s+)?(?:psychiatrist|consultant|surgeon|gp|doctor|paediatrician|registrar|anaesthetist)\s+i\s+(?:shadowed|sat\s+in\s+with|worked\s+(?:with|under)|was\s+(?:with|placed\s+with))\b|\b(?:the|our)\s+(?:[\w-]+\s+){0,2}?(?:unit|ward|clinic|practice|department|hospital|service|team)\s+i\s+(?:work|worked|locum|locummed|do\s+shifts)\s+(?:on|at|in|for)\b",
    )
    .expect("valid regex")
});

fn places_of_work(text: &str) -> Vec<Span> {
    let after_a_unit = PLACE_OF_WORK.captures_iter(text).filter_map(|c| c.get(1));
    after_a_unit
        .chain(NAMED_HOME.find_iter(text))
        .chain(NAMED_UNIT.find_iter(text))
        .filter(|m| {
            let first = m.as_str().split_whitespace().next().unwrap_or("");
            !NOT_A_PLACE.contains(&first) && !CALENDAR_NAMES.contains(&first)
        })
        .chain(SINGLED_OUT.find_iter(text))
        .map(|m| Span::new(m.start(), m.end(), K::ConcernTarget))
        .collect()
}

/// Going public, as the words say it: to the press ("sending the rota to a journalist"), a threat to
/// post ("I'll put it all on Twitter if nothing changes"), a leak ("off the record, the unit is…"),
/// or airing a concern because the proper channels "did nothing". One alternation, in this order
/// (the first shape that matches at a position gives the evidence span).
const GOING_PUBLIC_SHAPES: &[&str] = &[
    // "tempted to just post the screenshots on here so everyone knows"
    r"(?:tempted|going|about|ready)\s+to\s+(?:just\s+)?(?:post|share|put\s+up)\s+(?:the|these|those|my|all\s+the|his|her)\s+(?:screenshots|emails|messages|texts|evidence|recordings?)",
    // telling a journalist or the papers
    r"(?:to|for|with|tell|told|telling|contact\w*|call\w*|ring|rang|email\w*|emailed)\s+(?:a|the|my|this|that|your)\s+(?:journalist|reporter|press|papers|newspaper|local\s+paper|media|news\s+desk)",
    // "I'll go public", "I'll put it online", "name and shame"
    r"(?:i[’']?ll|i\s+will|i[’']?m\s+going\s+to|gonna|going\s+to|about\s+to|ready\s+to|happy\s+to)\s+(?:go\s+(?:public|to\s+the\s+(?:press|papers|media|bbc))|put\s+(?:it|this|them|the\s+\w+)\s+(?:all\s+)?(?:on\s+(?:here|twitter|x|facebook|fb|insta\w*|tiktok|youtube|reddit|social(?:\s+media)?|socials|line|the\s+internet|the\s+web|my\s+(?:page|feed|story|socials|blog|channel|timeline))|online|out)|post\s+(?:it|this|them)|leak|tweet\s+(?:it|this)|talk\s+(?:to\s+the\s+press|on\s+record)|name\s+(?:him|her|them|and\s+shame))",
    // speaking off or on the record
    r"off\s+the\s+record",
    r"on\s+the\s+record",
    // leaking documents
    r"leak(?:ed|ing)?\s+(?:the|this|it|them|a|our)",
    // "here are the emails"
    r"here(?:[’']s|\s+is|\s+are)\s+the\s+(?:documents|emails|rota|screenshots|minutes|report|datix)",
    // "going to the Mail"
    r"(?:going|go|goes|went|gone)\s+to\s+(?:the\s+)?(?:mail|guardian|telegraph|times|sun|mirror|bbc|itv|sky\s+news|papers|press|media)\b",
    // "sent the Guardian's health correspondent…"
    r"(?:sent|sending|send|gave|giving|forwarded|forwarding)\s+(?:the\s+)?(?:\w+[’']s\s+)?(?:health\s+)?(?:correspondent|editor|journalist|reporter)s?\b",
    // "it all goes on here"
    r"(?:it|everything)\s+(?:all\s+)?goes\s+(?:on\s+here|online|public)",
    // a "Leaked:" header
    r"(?:^|[.!?\n]\s*)leaked\s*[:\-–—]",
    // "leaked memo"
    r"\bleaked\s+(?:internal\s+)?(?:memo|emails?|documents?|report|minutes|screenshots?|rota|letter|audio|recording|messages)\b",
    // "posting these screenshots"
    r"posting\s+(?:these|this|the|our)\s+(?:screenshots|emails|photos|memo|messages|pictures)",
    // "went live from the corridor"
    r"(?:went|gone|going)\s+live\s+from",
    // "telling you lot instead"
    r"telling\s+you\s+(?:lot|all)\s+instead",
    // "posting here because nobody…"
    r"posting\s+(?:this\s+|it\s+)?(?:here|on\s+here|publicly)\s+because\s+(?:nobody|no\s+one|(?:the\s+)?(?:trust|management|managers|bosses|they)|telling|reporting|datix|nothing)",
    // "telling the managers does nothing"
    r"(?:telling|told|tell)\s+(?:the\s+)?(?:managers?|management|the\s+trust|bosses)\s+(?:clearly\s+|obviously\s+)?(?:does|did|do|achieves?)\s+nothing",
    // "the trust won't listen so…"
    r"(?:trust|management|managers|bosses|they)\s+(?:won[’']?t|wouldn[’']?t|don[’']?t|didn[’']?t)\s+listen\s+so\b",
    // "tagging the hospital"
    r"tagging\s+(?:the\s+)?(?:hospital|trust|practice|ward|ceo|chief\s+exec)",
    // DMs open to journalists
    r"(?:dms?|inbox)\s+(?:are\s+|is\s+)?open\s+to\s+(?:any\s+)?(?:journalists?|reporters?|the\s+press)",
    // "any journalist who wants a copy"
    r"any\s+journalists?\s+who",
    // "want a story?"
    r"want\s+a\s+story\b",
    // "this thread gets a lot longer"
    r"(?:this|the)\s+thread\s+gets\s+(?:a\s+lot\s+)?(?:longer|bigger)",
    // "a lot more tagged"
    r"(?:a\s+lot\s+)?more\s+tagged",
    // "posting so someone notices"
    r"posting\s+(?:this\s+|it\s+)?so\s+(?:that\s+)?someone",
    // the channel passed over for the public: "rather than fill in another form I'm posting here",
    // "instead of reporting it I'm putting it on here"
    r"(?:instead\s+of|rather\s+than)\s+(?:\w+\s+){0,3}?(?:report(?:ing)?|datix(?:ing)?|(?:an?\s+|another\s+)?(?:incident\s+)?forms?|fill(?:ing)?\s+in|escalat\w+|complain\w*|rais(?:e|ing)\s+it)\b[^.!?\n]{0,60}?\b(?:post(?:ing)?|put(?:ting)?\s+it|shar(?:e|ing)|tell(?:ing)?\s+(?:you|everyone|the\s+internet))\b",
    // "telling the internet instead", "posting it here instead"
    r"(?:telling|tell|posting|sharing|putting\s+it)\s+(?:it\s+|this\s+)?(?:on\s+)?(?:here|online|publicly|the\s+internet|twitter|tiktok|facebook|everyone|the\s+world|you\s+(?:guys|all|lot))\s+instead\b",
    // "tempted to just send it all to the Mail"
    r"send(?:ing)?\s+(?:it|this|them|everything)\s+(?:all\s+)?(?:straight\s+)?to\s+(?:the\s+)?(?:mail|guardian|telegraph|times|sun|mirror|bbc|itv|press|papers|media|cqc)\b",
    // a concern handed to someone with an audience: "could u post about how our theatre lead…"
    r"(?:could|can|would)\s+(?:u|you)\s+(?:please\s+|pls\s+)?(?:post|tweet|make\s+a\s+(?:video|post)|do\s+a\s+(?:post|video|story|piece))\s+(?:about|on)\b",
    // "posting here so there's a record when it all goes wrong"
    r"posting\s+(?:this\s+|it\s+)?(?:here|on\s+here|publicly)\s+so\s+(?:there[’']?s|there\s+is|that)\b",
    // session 29: "I'm going public", "I've decided to go public", a journalist's piece answered,
    // "putting it out here so people know", "RT so someone notices"
    r"(?:(?:i[’']?m|i\s+am|we[’']?re|we\s+are)\s+going|decided\s+to\s+go|(?:i[’']?ve|i\s+have)\s+gone)\s+public\b",
    r"saw\s+your\s+(?:recent\s+|latest\s+)?(?:piece|article|story|report|column|investigation|segment|documentary)\s+(?:on|about)\b",
    r"putting\s+(?:it|this)\s+out\s+(?:here|there)\s+so\b",
    r"(?:rt|retweet|share|boost|repost)\s+(?:this\s+)?so\s+(?:that\s+)?(?:someone|somebody|people|they|the\s+right\s+people)\s+(?:notices?|sees?|listens?|acts?|takes?\s+notice)\b",
    // session 34: "taking it to the local paper tomorrow", "sharing them here tomorrow if nobody
    // at the top does anything"
    r"(?:taking|take|took|bringing)\s+(?:it|this|them|the\s+\w+)\s+(?:all\s+)?(?:straight\s+)?to\s+(?:the\s+)?(?:local\s+)?(?:paper|papers|press|media|news|echo|gazette|chronicle)\b",
    r"(?:sharing|posting|putting\s+up|publishing)\s+(?:them|it|this|these|those|the\s+\w+)\s+(?:all\s+)?(?:here|on\s+here|online|publicly)\s+(?:(?:tomorrow|tonight|tmrw|next\s+week|on\s+\w+day|first\s+thing)\s+)?(?:if|unless)\s+(?:nobody|no\s*-?\s*one|nothing|they|the\s+trust|management)",
    // session 35: the source hidden ("please don't say where you got it", "You didn't get it from
    // me"); counted only beside a document handed over (`hands_over_a_document`)
    r"(?:please|pls|and)\s+keep\s+my\s+name\s+(?:well\s+|completely\s+|right\s+)?out|(?:please\s+|pls\s+)?(?:don[’']?t|do\s+not)\s+use\s+my\s+name|(?:you\s+)?didn[’']?t\s+get\s+(?:it|this|them|that)\s+from\s+me|(?:don[’']?t|do\s+not)\s+say\s+where\s+you\s+got\s+(?:it|this|them)",
    // "Share before they delete this", "Tag the trust", "I will be posting the names of the
    // managers responsible"
    r"(?:share|retweet|rt|repost|screenshot)\s+(?:this\s+|it\s+)?before\s+(?:they|it\s+gets|the\s+trust|management|someone)\s+(?:delete|take\s+(?:it|this)\s+down|remove|gets?\s+(?:it|this)\s+(?:deleted|removed|taken\s+down))",
    r"tag\s+(?:the\s+)?(?:trust|hospital|health\s+board|ceo|chief\s+exec\w*|icb)\b",
    r"(?:i[’']?ll|i\s+will|i[’']?m\s+going\s+to|gonna)\s+(?:be\s+)?(?:post|publish|shar|nam)\w*\s+(?:the\s+|their\s+)?names\b",
    // session 36: "I'm putting the rota and his name up on here", "go straight to the Chronicle",
    // "nothing happened, so I'm taking it to you"
    r"(?:i[’']?m|i\s+am|i[’']?ll\s+be|i\s+will\s+be)\s+(?:putting|posting|sharing)\s+(?:the\s+\w+\s+and\s+)?(?:his|her|their|the)\s+names?\s+(?:up\s+)?(?:on\s+here|here|online|publicly)",
    r"(?:go|goes|going)\s+straight\s+to\s+(?:the\s+)?(?:local\s+)?(?:paper|papers|press|media|news|echo|gazette|chronicle|mail|guardian|telegraph|times|bbc)\b",
    r"so\s+(?:now\s+)?(?:i[’']?m|i\s+am)\s+(?:taking|bringing)\s+(?:it|this)\s+to\s+(?:you|everyone|the\s+public|the\s+internet)\b",
];

/// Saying why the post is the channel: the proper route written off ("Datix is a black hole",
/// "not going through FTSU again"), silence broken ("I will not stay silent any longer", "I've kept
/// quiet for months"), or the readers named as the audience ("so now I'm telling you", "Journalists,
/// my inbox is open"). Counted only in a public post that also makes an accusation: on its own it is
/// a complaint about the process.
const AIRING_SHAPES: &[&str] = &[
    // the channel written off: "Datix is a black hole", "reporting internally is pointless"
    r"(?:datix|ftsu|freedom\s+to\s+speak\s+up|incident\s+report(?:ing|s)?|reporting\s+(?:it\s+|things\s+)?internally|internal\s+(?:reporting|channels?|processes?|complaints?)|the\s+(?:proper|official|usual)\s+channels|the\s+complaints\s+(?:process|procedure)|pals|speaking\s+up|it)\s+(?:is|are|was|were|[’']s)\s+(?:(?:a|just\s+a|totally|completely|utterly|such\s+a)\s+)?(?:black\s+hole|useless|pointless|joke|waste\s+of\s+time|farce|dead\s+end|broken)\b",
    // "done with Datix", "fed up with the proper channels"
    r"(?:done|finished|fed\s+up|sick)\s+(?:of|with)\s+(?:datix|ftsu|freedom\s+to\s+speak\s+up|incident\s+reports?|reporting\s+(?:it\s+)?internally|the\s+complaints\s+process|internal\s+channels|the\s+proper\s+channels|pals)\b",
    // "not going through FTSU again", "no point bothering with Datix any more"
    r"(?:not|never|no\s+point)\s+(?:going|bothering|wasting\s+(?:my\s+)?time)\s+(?:through|with|on)\s+(?:datix|ftsu|freedom\s+to\s+speak\s+up|pals|hr|the\s+complaints\s+process|internal\s+channels|the\s+proper\s+channels|management)\b",
    // "I will not stay silent any longer", "I've kept quiet for months"
    r"(?:will\s+not|won[’']?t|refuse\s+to|can[’']?t|cannot|not\s+going\s+to)\s+(?:stay|keep|be|remain)\s+(?:silent|quiet)\s+(?:any\s+longer|anymore|any\s+more)",
    r"(?:i[’']?ve|i\s+have|we[’']?ve|we\s+have)\s+(?:kept|stayed|been)\s+(?:quiet|silent)\s+(?:for\s+(?:months|years|weeks|too\s+long|long\s+enough)|long\s+enough)",
    // "so now I'm telling you", "So, publicly:", "saying it here because…"
    r"so\s+(?:now\s+)?i[’']?m\s+(?:telling|saying\s+it\s+to)\s+(?:you|everyone|all\s+of\s+you|the\s+world|twitter)",
    r"so,?\s+publicly\b",
    r"saying\s+(?:it|this)\s+(?:here|publicly|on\s+here)\s+because",
    // "Journalists, my inbox is open"
    r"(?:journalists?|reporters?|press)\s*[,:]?\s+(?:my\s+)?(?:dms?|inbox|email)\s+(?:is|are)\s+open",
    // "Someone has to say it", "you deserve to know", "posting this publicly because…"
    r"(?:someone|somebody)\s+(?:has|needs|had)\s+to\s+say\s+(?:it|this|something)",
    r"(?:you|the\s+public|patients|families|people)\s+deserve\s+to\s+know",
    r"posting\s+(?:this|it)\s+(?:publicly|here|on\s+here)\s+because",
    // the writer as eyewitness: "I've seen it with my own eyes", "I've watched it happen"
    // "since my emails get ignored", "not sure who to tell so posting here"
    r"(?:e-?mails?|complaints?|concerns|letters)\s+(?:(?:just|always|all)\s+)?(?:get|gets|got|go|goes|went|are|were|being|keep\s+getting)\s+(?:completely\s+|totally\s+)?(?:ignored|unanswered|nowhere)",
    r"(?:so|hence)\s+(?:i[’']?m\s+|am\s+)?(?:posting|putting)\s+(?:it\s+|this\s+)?(?:here|on\s+here|online)",
    r"(?:not\s+sure|no\s+idea|don[’']?t\s+know)\s+who\s+(?:else\s+)?to\s+(?:tell|go\s+to|speak\s+to|report\s+(?:it|this|him|her)\s+to)[,\s]+(?:so\s+)?(?:i[’']?m\s+)?(?:posting|putting\s+it|asking)\b",
    // "tagging @ChiefExec since…", "here you go @BBCNews", "cc @CQC"
    r"tagging\s+@\w+\s+(?:here\s+)?(?:since|cos|coz|because|bc|as|so)\b",
    r"(?:here\s+you\s+go|tagging|cc|over\s+to\s+you)\s*:?\s*@(?:bbc|itv|sky|guardian|telegraph|times|mirror|dailymail|mailonline|thesun|hsj|cqc|gmc|nmc|channel4|c4news|newsnight)\w*",
    // "maybe this will get someone's attention", "that's what it takes round here"
    r"(?:maybe|hopefully|perhaps)\s+(?:this|now\s+this|that)\s+(?:will\s+|might\s+)?gets?\s+(?:someone|somebody|anyone|them|their|the\s+\w+)[’']?s?\s+(?:to\s+(?:listen|act|notice|do\s+something)|attention)",
    r"(?:that[’']?s|thats|that\s+is)\s+what\s+it\s+takes\s+(?:round|around|in)\s+here",
    r"(?:seen|saw)\s+(?:it|this)\s+with\s+my\s+own\s+eyes",
    r"(?:i[’']?ve|i\s+have)\s+(?:watched|seen)\s+(?:it|this)\s+happen",
    // a series promised: "Part 1 of 3", "names to follow if nothing changes"
    r"part\s+(?:1|one)\s+of\s+(?:\d|two|three|four|five|many)",
    r"names\s+(?:to\s+follow|will\s+follow|next)",
    r"(?:stitch|duet)\s+this\s+if",
];

/// Reporting given up on ("haven't bothered reporting it", "datixes that go nowhere", "done keeping
/// quiet"): in a public post it says why the post is the channel; in a message it is a complaint
/// about the process, and counts for nothing.
const GAVE_UP_SHAPES: &[&str] = &[
    // "I've given up on Datix, nothing ever happens"
    r"(?:given|gave)\s+up\s+on\s+(?:the\s+)?(?:datix\w*|incident\s+report\w*|ftsu|freedom\s+to\s+speak\s+up|reporting|escalating|complaining)",
    // "haven't bothered reporting it cos nobody listens"
    r"(?:haven[’']?t|hasn[’']?t|didn[’']?t|not|never)\s+(?:even\s+)?bother(?:ed|ing)?\s+(?:reporting|datix\w*|escalating|raising\s+it|complaining|filling\s+in)",
    // "I'm done doing datixes that go nowhere", "done keeping quiet"
    r"done\s+(?:doing|filling\s+in|writing|submitting|putting\s+in)\s+(?:\w+\s+)?(?:datix\w*|incident\s+(?:forms?|reports?))",
    r"(?:datix(?:es)?|incident\s+(?:forms?|reports?)|complaints?|concerns)\s+that\s+go(?:es)?\s+nowhere",
    r"(?:done|finished|sick\s+of|tired\s+of)\s+(?:keeping|staying|being)\s+(?:quiet|silent)",
    // "datix does nothing", "incident reports go nowhere"
    r"(?:datix(?:es)?|incident\s+(?:forms?|reports?))\s+(?:(?:just|always|all|never)\s+)?(?:does|do|did|get|gets|got|go|goes|went|are|is|were|being|keep\s+getting)\s+(?:absolutely\s+|literally\s+|completely\s+|totally\s+)?(?:nothing|nowhere|ignored|unanswered|unread|binned)",
    // "nobody reads our datix"
    r"(?:nobody|no\s+one|no-one)\s+(?:ever\s+)?(?:reads?|looks?\s+at|answers?|acts?\s+on)\s+(?:our|my|the|their|your|any)\s+(?:datix(?:es)?|incident\s+(?:forms?|reports?))",
    // "done using the proper channels"
    r"(?:done|finished|given\s+up|gave\s+up)\s+(?:with\s+|on\s+)?(?:using|going\s+through|trying)?\s*(?:the\s+)?(?:proper|official|internal|usual|right)\s+(?:channels?|routes?|process(?:es)?)",
    // session 29: "internal escalation has gone nowhere", "not filing another datix"
    r"(?:internal\s+)?(?:escalation|escalating\s+(?:it|this)|reporting\s+(?:it|this))\s+(?:internally\s+)?(?:has|have|had)\s+(?:gone|got|led|achieved)\s+(?:nowhere|nothing)",
    r"not\s+(?:filing|doing|submitting|writing|putting\s+in)\s+(?:another|any\s+more|more)\s+datix\w*",
    // session 30: "I can no longer stay silent", "internal routes have gone nowhere", "not going
    // through 'proper channels' again", "nobody internal listens"
    r"(?:can|could|will)\s+no\s+longer\s+(?:stay|keep|remain|be)\s+(?:silent|quiet)",
    r"(?:internal|official|the\s+proper|the\s+usual|all\s+the)\s+(?:routes?|channels?|processes?|complaints?|routes?\s+and\s+channels)\s+(?:has|have|had)\s+(?:all\s+)?(?:gone|got|led|achieved)\s+(?:nowhere|nothing)",
    r"not\s+going\s+through\s+(?:the\s+)?[‘'\x22“]?(?:proper|official|internal|usual|right)\s+channels[’'\x22”]?\s+again",
    r"(?:nobody|no\s+one|no-one)\s+(?:internal(?:ly)?|at\s+work|in\s+the\s+trust|at\s+the\s+trust|upstairs)\s+(?:listens|cares|is\s+listening|does\s+anything)",
    // session 34: "not going to datix it", "not bothering with the ICB"
    r"not\s+(?:going\s+to|gonna|gna)\s+(?:datix|report|escalate)\s+(?:it|this|them|him|her)\b",
    r"not\s+bother(?:ing)?\s+with\s+(?:the\s+)?(?:icb|ccg|trust|pct|complaints?\s+(?:process|line)|ombudsman|cqc|gmc)\b",
];

static GAVE_UP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)\b(?:{})", GAVE_UP_SHAPES.join("|"))).expect("valid regex")
});

/// Session 27's airing shapes, kept apart from [`AIRING_SHAPES`] so each list's gate stays a short
/// union of literals checked before its branches.
const AIRING_SHAPES_MORE: &[&str] = &[
    // insinuation left for readers to finish: "there are reasons I left… draw your own conclusions"
    r"draw\s+your\s+own\s+conclusions",
    r"there\s+(?:are|were)\s+(?:good\s+)?reasons\s+(?:why\s+)?i\s+left",
    // the public told because they have a right to it: "y'all need to know", "I have written to
    // no-one else; the public has a right to know", "publicly record my concern"
    r"(?:y[’']?all|you\s+all|people|everyone|the\s+public|patients|families)\s+(?:need|needs|have\s+a\s+right|has\s+a\s+right|ought)\s+to\s+know",
    r"publicly\s+(?:record|state|raise|voice|air|share)\s+my\s+concerns?",
    r"(?:written|spoken|gone|complained)\s+to\s+no[\s-]?(?:one|body)\s+else",
    r"can[’']?t\s+(?:say|do|raise)\s+anything\s+(?:at|about\s+it\s+at)\s+work",
    // the crowd asked to judge: "should I just post the trust name on here and let people judge?"
    r"let\s+(?:people|everyone|the\s+public|twitter|the\s+internet|you\s+all|y[’']?all)\s+(?:judge|decide)",
    r"post\s+(?:the|their|his|her)\s+(?:trust|hospital|practice|unit|ward|consultant|surgeon|partner)[’']?s?\s+names?\s+(?:on\s+here|online|publicly|here)",
    // a thread promised with the evidence: "I have the data. thread 🧵 1/12"
    r"thread\s*🧵?\s*\d+\s*/\s*\d+",
    r"i\s+have\s+(?:the|all\s+the)\s+(?:data|evidence|receipts|emails|screenshots)",
    // the reader told to steer clear: "if ur booked at the Royal for surgery just know", "if you see
    // his name on a rota, refuse the shift", "drop a 🧽 if ur trust is like this"
    r"if\s+(?:ur|you[’']?re|you\s+are)\s+booked\s+(?:in\s+)?(?:at|with|for)\b[^.!?\n]{0,40}?\bjust\s+know",
    r"if\s+you\s+see\s+(?:his|her|their)\s+name\s+on\s+a\s+rota",
    r"refuse\s+the\s+shift",
    r"drop\s+a\s+\S{1,4}\s+if\s+(?:ur|your)\s+(?:trust|hospital|unit|ward)\s+is\s+like\s+this",
    r"nobody\s+upstairs\s+(?:will\s+)?(?:listen|listens|cares|care)",
    // inaction counted off as a question: "Why is NOBODY doing anything??"
    r"why\s+is\s+(?:nobody|no\s*-?\s*one)\s+(?:doing|saying)\s+(?:anything|something)",
    // session 28: the hospital named on purpose, the readers told instead, the MP written to
    r"naming\s+(?:the|this|that)\s+(?:hospital|trust|unit|ward|practice|surgery|clinic|home|department)\b",
    r"i[’']?m\s+telling\s+(?:all\s+of\s+you|you\s+all|y[’']?all|you\s+lot|everyone|you\s+guys)",
    r"posting\s+(?:this\s+|it\s+)?(?:here|on\s+here)\s+(?:because|cos|coz|as)\b",
    r"(?:i[’']?ll|ill|i\s+will)\s+say\s+it\s+(?:here|now|publicly|on\s+here)",
    r"nobody\s+(?:up\s+top|upstairs|in\s+charge|at\s+the\s+top|higher\s+up)\s+(?:is\s+)?(?:listening|listens|cares)",
    r"someone\s+should\s+know\s+what\s+goes\s+on",
    r"what\s+goes\s+on\s+behind\s+(?:the\s+)?(?:counter|scenes|closed\s+doors)",
    r"write\s+to\s+(?:your|ur)\s+mp",
    r"(?:someone|somebody)\s+(?:needs\s+to|should|has\s+to)\s+name\s+(?:and|&)\s+shame",
    // session 29: a big group asked to identify the one accused
    r"(?:someone|somebody)\s+(?:in\s+here\s+|here\s+)?must\s+know\s+(?:him|her|them|who)\b",
    // session 30: "posting here first", "reporting it here because", "I'm saying it here"
    r"(?:posting|reporting|sharing|putting|raising)\s+(?:this\s+|it\s+)?(?:here|on\s+here|publicly)\s+(?:first|because|cos|coz|since)\b",
    r"i[’']?m\s+saying\s+(?:it|this)\s+(?:here|publicly|on\s+here)\b",
    r"tempted\s+to\s+(?:tweet|post|go\s+public|go\s+to\s+the\s+press)\s+about\s+(?:it|this|him|her|them)\b",
    // session 31: "naming and shaming till someone acts", "can't keep quiet any more", a story
    // told in parts ("storytime 🧵 … part 1"), "should we all just put it on twitter"
    r"nam(?:e|ing)\s+(?:&|and)\s+sham(?:e|ing)",
    r"can[’']?t\s+(?:keep|stay)\s+(?:quiet|silent)\s+(?:any\s*more|any\s+longer)",
    r"story\s*time\b[^\n]{0,300}?\b(?:pt|part)\s*\.?\s*1\b",
    r"(?:put|post|stick)\s+(?:it|this)\s+(?:all\s+)?(?:on|up\s+on)\s+(?:twitter|x|facebook|tiktok|insta(?:gram)?|social\s+media|linkedin)\b",
    // session 33: "need this to go viral", "share this", "posting here bc my CD told me to drop
    // it", "telling u lot because", regulators tagged "until someone listens", "calling out",
    // "should I post photos of the drug charts on here"
    r"(?:need|needs|want|make)\s+(?:this|it)\s+(?:to\s+)?go\s+viral",
    r"(?:please\s+)?share\s+(?:this|this\s+post|widely)\s*(?:[.!#]|$)",
    r"(?:posting|putting|sharing)\s+(?:this\s+|it\s+)?(?:here|on\s+here)\s+(?:bc|b/c|cause|cuz)\b",
    r"telling\s+(?:u|you)\s+(?:lot|all|guys)\s+(?:because|bc|cos|coz|since|as)\b",
    r"tagging\s+@\w+(?:\s+(?:and|&)\s+@\w+)*\s+(?:until|till|til)\s+(?:someone|somebody|they)",
    r"calling\s+out\s+(?:the|this|that|our|a)\s+(?:[\w-]+\s+){0,3}?(?:place|clinic|practice|hospital|trust|ward|unit|surgery|salon|pharmacy|consultant|surgeon|doctor|gp)\b",
    r"(?:post|share|put\s+up)\s+(?:photos|pics|pictures|screenshots)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:charts?|notes|records|rota|emails?|messages|kardex)\s+(?:on\s+here|here|online)",
    r"@(?:CQC\w*|CareQualityComm\w*|NHSEngland|gmcuk|NMCnews|MHRAgovuk)\b[^.!?\n]{0,30}?\b(?:are\s+you\s+going\s+to|will\s+you|when\s+will\s+you|do\s+something|do\s+anything|anything\?)",
    // session 34: "so here's me telling you instead", "this thread IS my complaint", "someone
    // needs to report this man", "should I just name the hospital on here", "part 2 tmrw"
    r"here[’']?s\s+me\s+(?:telling|saying\s+it\s+to)\s+(?:you|u|everyone|the\s+internet)",
    r"(?:this|the)\s+(?:thread|post|video|tweet|vid)\s+is\s+my\s+(?:complaint|datix|report|escalation|whistleblow\w*)",
    r"(?:someone|somebody)\s+(?:needs\s+to|should|has\s+to|must)\s+(?:report|stop|sack|suspend)\s+(?:him|her|them|this|that)\b",
    r"name\s+(?:the|this|that|our)\s+(?:hospital|trust|unit|ward|practice|surgery|clinic|home|department|provider|consultant)\s+(?:on\s+here|here|publicly|online)",
    r"(?:pt|part)\s*\.?\s*2\s+(?:tmrw|tomorrow|tonight|next|coming|to\s+follow|soon)\b",
    r"(?:nobody|no\s*-?\s*one)\s+(?:there|here|at\s+(?:the|that|my)\s+\w+)\s+(?:ever\s+)?(?:listens|cares|does\s+anything)",
    // the regulator written off: "CQC asleep at the wheel", "the GMC are toothless"
    r"(?:cqc|the\s+regulators?|the\s+gmc|the\s+nmc|ofsted|social\s+services|the\s+council)\s+(?:(?:are|is|were|was)\s+)?(?:(?:fast\s+)?asleep\s+at\s+the\s+wheel|toothless|a\s+joke|useless|nowhere\s+to\s+be\s+seen|doing\s+nothing)",
];

static AIRING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)\b(?:{})", AIRING_SHAPES.join("|"))).expect("valid regex")
});

static AIRING_MORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)\b(?:{})", AIRING_SHAPES_MORE.join("|"))).expect("valid regex")
});

static GOING_PUBLIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)\b(?:{})", GOING_PUBLIC_SHAPES.join("|"))).expect("valid regex")
});

/// An ultimatum with going public as its forfeit: "If the rota isn't sorted by Friday I'm sending
/// the Datix screenshots to the Evening Chronicle", "you've got till Friday to sort out cover or
/// I'm putting every missed visit on here", "the trust has 48 hours before I post both on here",
/// "if we're left with one SHO again I'm sending the photos to my cousin at the BBC". The condition
/// must be a failure to fix something (or, when the forfeit is the press, a deadline or a repeat)
/// and the forfeit must reach the public (on here, a paper, a reel, naming), so "if nobody swaps by
/// Friday I'll ask again", "if nobody fills the gaps by Friday I'll post the shifts on here" and
/// "if it isn't fixed by Monday I'm escalating to the CD" stay out.
/// ([`ultimatum_before`] keeps the other form: a going-public shape whose negation belongs to the
/// condition before it.)
static ULTIMATUM: LazyLock<Regex> = LazyLock::new(|| {
    let unfixed = r"(?:isn[’']?t|is\s+not|aren[’']?t|are\s+not|not|nothing|doesn[’']?t|does\s+not|don[’']?t|hasn[’']?t|haven[’']?t|won[’']?t|no\s*-?\s*one|nobody)\b[^.!?\n]{0,50}?\b(?:sort|fix|chang|improv|address|deal|resolv|act\b|listen|stop|respond|reply|answer|get\s+back|do\s+(?:something|anything)|investigat|apologi|put\s+(?:it|this|things)\s+right)";
    let deadline = r"(?:by|before|till|til|until|within)\s+(?:this\s+|next\s+|the\s+end\s+of\s+(?:the\s+)?)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|weekend|week|month|\d{1,2}(?:st|nd|rd|th)?)\b";
    let again = r"(?:again|one\s+more\s+time|another\s+(?:time|night|shift|weekend))\b";
    let subject = r"(?:i[’']?m|i\s+am|im|i[’']?ll|i\s+will|ill|we[’']?re|we[’']?ll)\s+(?:just\s+|literally\s+|honestly\s+|going\s+to\s+|gonna\s+)?";
    let subject_plain = r"(?:i|we)(?:[’']?m|[’']?ll|[’']?re|\s+am|\s+will|\s+are)?\s+(?:just\s+|literally\s+|honestly\s+|going\s+to\s+|gonna\s+)?";
    let verb = r"(?:put(?:ting)?|post(?:ing)?|shar(?:e|ing)|send(?:ing)?|nam(?:e|ing)|publish(?:ing)?|leak(?:ing)?|do(?:ing)?|go(?:ing)?|tak(?:e|ing)|tweet(?:ing)?|forward(?:ing)?|hand(?:ing)?|giv(?:e|ing)|email(?:ing)?)\b";
    let outlet = r"(?:press|papers?|news|media|chronicle|echo|post|gazette|herald|times|mail|guardian|telegraph|mirror|sun|express|standard|independent|metro|bbc|itv|sky|channel\s*4|panorama|newsnight|private\s+eye|journalists?|reporters?|newsdesk)\b";
    let contact = r"(?:my|a|our)\s+(?:mate|friend|cousin|contact|pal|sister|brother|uncle|aunt(?:ie|y)?|mum|dad|wife|husband|partner|neighbour|ex)\s+(?:at|on|from|in|who\s+works\s+(?:at|for|on))\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?";
    let press =
        format!(r"(?:\bto\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{outlet}|\bto\s+{contact}{outlet})");
    let public = format!(
        r"(?:\bon\s+here\b|\bonline\b|\bon\s+(?:twitter|x|facebook|fb|insta\w*|tiktok|youtube|linkedin|reddit|social\s+media|my\s+(?:page|feed|story|channel|socials))\b|\bfor\s+(?:everyone|all|the\s+world|the\s+whole\s+\w+)\s+to\s+see\b|\bpublic\b|\b(?:reel|video|thread|tiktok|vlog)\b|\bnam(?:e|ing)\s+(?:the|him|her|them|and\s+sham\w*)\b|{press})"
    );
    let forfeit = format!(r"{subject}{verb}[^.!?\n]{{0,80}}?{public}");
    let forfeit_press = format!(r"{subject}{verb}[^.!?\n]{{0,80}}?{press}");
    let forfeit_plain = format!(r"{subject_plain}{verb}[^.!?\n]{{0,80}}?{public}");
    let fix = r"(?:sort|fix|deal\s+with|address|resolve|change|stop|respond|reply|answer|investigate|apologi[sz]e)\b";
    let hours = r"(?:\d+|one|two|three|a\s+few|twenty-four|forty-eight|seventy-two)\s+(?:hours?|hrs?|days?|weeks?)";
    let shapes = [
        format!(
            r"(?:if|unless)\b[^.!?\n]{{0,80}}?{unfixed}[^.!?\n]{{0,80}}?\b{deadline}[^.!?\n]{{0,80}}?\b{forfeit}"
        ),
        format!(
            r"(?:if|unless)\b[^.!?\n]{{0,100}}?\b(?:{deadline}|{again})[^.!?\n]{{0,60}}?\b{forfeit_press}"
        ),
        format!(
            r"(?:you[’']?ve\s+got|you\s+have|you\s+got|got)\s+(?:till|until|til)\s+\w+(?:\s+\w+)?\s+to\s+{fix}[^.!?\n]{{0,120}}?\bor\s+(?:else\s*,?\s+)?{forfeit}"
        ),
        format!(
            r"(?:has|have|gets?|got|giving\s+(?:them|him|her|it|you|the\s+\w+))\s+{hours}\s+(?:to\s+[^.!?\n]{{0,60}}?\s+)?(?:before|or|till|until)\s+(?:else\s*,?\s+)?{forfeit_plain}"
        ),
        format!(
            r"{fix}[^.!?\n]{{0,80}}?\b{deadline}[^.!?\n]{{0,20}}?\bor\s+(?:else\s*,?\s+)?{forfeit}"
        ),
    ];
    Regex::new(&format!(r"(?i)\b(?:{})", shapes.join("|"))).expect("valid regex")
});

/// What an ultimatum is about when it is about work: "if the lab manager hasn't sorted the sample
/// problem…", "if medical staffing haven't filled the gaps…". Threatening to go public about a
/// landlord or the council is not a concern about care.
static WORK_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:manag(?:er|ers|ement)|staffing|rota|trust|hospital|wards?|department|dept|lab|theatres?|clinic|practice|surgery|execs?|the\s+board|medical\s+director|samples?|specimens?|patients?|beds|sho|reg|registrar|consultant|locum|incident|datix|(?-i:SI)|shifts?|on-?call|nurses|doctors|cover|ICB|CQC)\b")
        .expect("valid regex")
});

/// `text` holds an ultimatum about work ("the trust has 48 hours…" after a locum's lapse).
fn work_ultimatum(text: &str) -> bool {
    ULTIMATUM.is_match(text) && WORK_SUBJECT.is_match(text)
}

fn going_public(text: &str) -> Vec<Span> {
    let ultimatums = ULTIMATUM
        .find_iter(text)
        .map(|m| Span::new(m.start(), m.end(), K::Whistleblow));
    GOING_PUBLIC
        .find_iter(text)
        .filter(|m| {
            !crate::detect::stance::negated_before(text, m.start())
                || ultimatum_before(text, m.start())
        })
        // "All contact through the OH inbox so it's on the record": record-keeping, not the press.
        .filter(|m| {
            !(m.as_str().eq_ignore_ascii_case("on the record")
                && crate::detect::text::word_before_is(
                    text,
                    m.start(),
                    &[
                        "it's",
                        "it’s",
                        "is",
                        "stays",
                        "kept",
                        "keep",
                        "all",
                        "everything",
                    ],
                ))
        })
        // "Please keep my name out of it" goes public only beside a document handed over.
        .filter(|m| !hides_the_source(m.as_str()) || hands_over_a_document(text))
        .map(|m| Span::new(m.start(), m.end(), K::Whistleblow))
        .chain(ultimatums)
        .collect()
}

/// Patients crowded where care should not happen: "the line of trolleys outside CT", "14 trolleys",
/// "an elderly gentleman on a trolley in corridor C for 19 hours", "patients sat on the floor".
static CROWDED_CARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:corridor\s+(?:care|ward|medicine|nursing)|(?:line|row|queue)\s+of\s+(?:trolleys|ambulances|patients)|\d+\s+(?:trolleys|patients\s+(?:on\s+trolleys|in\s+(?:the\s+)?corridors?|on\s+chairs))|on\s+(?:a\s+)?trolleys?\s+in\s+(?:the\s+|a\s+)?corridor|in\s+(?:the\s+)?corridor\s+for\s+\d+\s+(?:hours|hrs|days)|patients\s+(?:sat|sitting|lying|slumped)\s+on\s+the\s+floor|(?:waiting|been\s+here|on\s+(?:a|the)\s+trolley)\s+(?:since\s+\d|for\s+\d+\s+(?:hours|hrs|days))|\d+\s+(?:hours?|hrs)\s+(?:past\s+(?:their|the|his|her)\s+appointment|on\s+a\s+trolley))")
        .expect("valid regex")
});

/// The scene held up in protest: "shame on this trust", "no dignity", "the execs pretend it isn't
/// happening", "the public need to see it", "go have a look".
static SCENE_PROTEST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:shame\s+on|disgrace\w*|scandal\w*|no\s+dignity|no\s+privacy|pretend(?:s|ing)?\s+(?:it|this)\s+(?:isn[’']?t|is\s+not|doesn[’']?t|does\s+not)|(?:the\s+)?public\s+(?:need|needs|should|deserves?|ought)\s+to\s+see|go\s+(?:and\s+)?have\s+a\s+look|come\s+and\s+see|nhs\s*crisis|unacceptable|inhumane|appalling|third[\s-]world|where\s+is\s+the\s+\w+\s+in\s+this)|😡|🤬")
        .expect("valid regex")
});

/// A picture of patients crowded into a corridor, posted in protest: the unit's failure shown to
/// the public, whoever is named. Told without a picture ("we had 14 trolleys in the corridor last
/// night, shame on the government") it is advocacy and is judged as such.
fn crowded_scene_shown(r: &Record, a: &Analysis) -> Option<Span> {
    let pictured = !r.media.is_empty()
        || matches!(r.kind, Kind::Photo | Kind::Video | Kind::Story)
        || a.has(K::PhotoCue);
    if !pictured || !SCENE_PROTEST.is_match(&r.text) {
        return None;
    }
    CROWDED_CARE
        .find(&r.text)
        .map(|m| Span::new(m.start(), m.end(), K::Whistleblow))
}

fn hides_the_source(said: &str) -> bool {
    let lower = said.to_lowercase();
    lower.contains("my name") || lower.contains("from me") || lower.contains("where you got")
}

/// "If nothing changes by Friday I'm putting his name on here": the negation belongs to the
/// condition of an ultimatum, not to the threat after it.
fn ultimatum_before(text: &str, start: usize) -> bool {
    let (s, _) = crate::detect::phrases::sentence_around(text, start);
    let lead = text.get(s..start).unwrap_or("").trim_start().to_lowercase();
    (lead.starts_with("if ") || lead.starts_with("unless "))
        && (lead.contains(" by ") || lead.contains(" before ") || lead.contains(" within "))
}

/// "Attached is the internal SI review", "Sending you the RCA": a document passed to the reader.
fn hands_over_a_document(text: &str) -> bool {
    let lower = text.to_lowercase();
    [
        "attach",
        "sending you",
        "here's the",
        "here is the",
        "here are the",
        "enclosed",
    ]
    .iter()
    .any(|w| lower.contains(w))
        && [
            "review",
            "rca",
            "sea ",
            "minutes",
            "report",
            "spreadsheet",
            "email",
            "memo",
            "investigation",
            "audit",
            "rota",
        ]
        .iter()
        .any(|w| lower.contains(w))
}

static MEDIA_KEPT_AWAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:the\s+press|the\s+papers|the\s+media|journalists?|social\s+media|twitter|facebook|tiktok)\b")
        .expect("valid regex")
});

/// Before going public, the writer advising against it: "don't", "never", "instead of".
static PUBLIC_ADVISED_AGAINST_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:don[’']?t|do\s+not|never|avoid|instead\s+of|rather\s+than|before)\s+(?:\w+\s+)?$").expect("valid regex")
});

/// After going public, what it costs: "going public first can hurt you and the patients".
static PUBLIC_ADVISED_AGAINST_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:\w+\s+){0,2}(?:can|could|will|may|might|would|often)\s+(?:\w+\s+)?(?:hurt|harm|backfire|damage|end|ruin|cost|wreck|destroy|get\s+you\s+(?:sacked|fired|in\s+trouble))\b").expect("valid regex")
});

/// A public post that turns a concern into a warning: readers told to keep away from a unit, to go
/// elsewhere or to take their relatives out ("avoid the maternity unit at Thornbury", "take your
/// kids elsewhere", "don't let them discharge your dad from Beech ward"). The post is the channel
/// the concern went to, and the warning is a concern by itself once a unit is named.
static WARN_AWAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:(?:avoid|stay\s+away\s+from|keep\s+away\s+from|steer\s+(?:well\s+)?clear\s+of|never\s+see|don[’']?t\s+see|do\s+not\s+see)\s+(?:dr|mr|miss|ms|mrs)\.?\s+(?-i:[A-Z])[a-z]+(?:\s+(?-i:[A-Z])[a-z]+)?\s+(?:at|from|in|on)\s+(?:the\s+)?(?-i:[A-Z])|(?:avoid|stay\s+away\s+from|keep\s+away\s+from|steer\s+clear\s+of|never\s+go\s+to|don[’']?t\s+go\s+to|do\s+not\s+go\s+to)\s+(?:the\s+|this\s+|that\s+)?(?:[\w'’&]+\s+){0,3}?(?:unit|ward|department|a&e|hospital|practice|surgery|care\s+home|home|clinic|trust|service)\b|(?:take|get|move)\s+(?:your|ur)\s+(?:kids?|child(?:ren)?|babies|baby|mum|mom|dad|nan|gran|parents?|relatives?|loved\s+ones?|family)\s+(?:elsewhere|out\b|somewhere\s+else)|don[’']?t\s+let\s+(?:them|anyone|the\s+\w+)\s+(?:discharge|admit|operate\s+on|send|move|transfer)\s+(?:your|ur)\b|(?:keep|get)\s+(?:your|ur)\s+(?:\w+\s+)?(?:kids?|child(?:ren)?|babies|baby|mum|mom|dad|nan|gran|parents?|relatives?|loved\s+ones?|family)\s+(?:away\s+from|out\s+of)\s+|(?:don[’']?t|do\s+not|never|avoid)\s+rotat\w*\s+(?:to|at|through|into)\s+(?:the\s+)?(?-i:[A-Z])|ask\s+(?:to|for\s+a)\s+(?:be\s+)?transfer(?:red)?\b|don[’']?t\s+let\s+(?:him|her|them)\s+(?:see|near|treat|touch|examine|anywhere\s+near)\s+(?:your|ur)\s+(?:kids?|child(?:ren)?|babies|baby|mum|mom|dad|nan|gran|parents?|family)\b|if\s+(?:your|ur)\s+(?:kids?|child|son|daughter|baby|mum|mom|dad|nan|gran|grandad|grandma|parents?|relative|loved\s+one)\s+(?:is|are)\s+(?:in|at|on)\s+[^.!?\n]{1,60}?(?:get|take|move)\s+(?:him|her|them)\s+out\b|if\s+you[’']?re\s+(?:booked|booking)\s+(?:in\s+)?(?:for|with|at)\s+[^.!?\n]{1,80}?(?:think\s+(?:very\s+)?(?:carefully|twice|again)|reconsider|go\s+elsewhere|cancel\s+it|ask\s+to\s+be\s+moved|ask\s+(?:which|who|what)\s+(?:consultant|surgeon|doctor|obstetrician|registrar|reg)\s+is\s+on|ask\s+for\s+(?:someone|somebody|anyone)\s+else|ask\s+for\s+a\s+different\s+(?:consultant|surgeon|doctor))|if\s+you\s+can,?\s+ask\s+(?:to\s+see|for)\s+(?:someone|somebody|anyone)\s+else\b|wouldn[’']?t\s+let\s+(?:my|any\s+of\s+my)\s+(?:\w+\s+)?(?:sister|wife|mum|mom|dad|kids?|family|daughter|son|partner|husband|nan|gran|friends?|relatives?)\s+(?:\w+\s+){0,3}?(?:at|in|into|near)\s+(?:the\s+)?(?:hospital|trust|unit|ward|practice|place|department|surgery)\s+(?:i|we)\s+work|if\s+(?:your|ur)\s+(?:kids?|child|son|daughter|baby|mum|mom|dad|nan|gran|parents?|relative)\s+(?:\w+\s+){0,8}?\w+\s*(?:\.{2,}|…|,|-)?\s*be\s+(?:very\s+)?(?:worried|afraid|scared|concerned)\b|insist\s+on\s+(?:seeing|being\s+seen\s+by)\s+(?:the\s+)?(?:day\s+team|a\s+consultant|someone\s+else|the\s+consultant)|(?:anyone|anybody|if\s+you[’']?re|thinking\s+of|planning\s+on)\s+(?:booking|going|registering|getting\s+\w+\s+done|having\s+\w+\s+done)\s+(?:at|with|in|to)\s+(?:the\s+)?(?-i:[A-Z])[\w'’&]*(?:\s+(?-i:[A-Z])[\w'’&]*){0,3}\s*[,:.]?\s*(?:just\s+)?(?:don[’']?t|do\s+not|think\s+again)\b)",
    )
    .expect("valid regex")
});

/// The words before someone the concern was taken to: "spoke to the", "escalated it to our".
static TOLD_TO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:spoke|speak|speaking|talked|talking|went|gone|reported\s+(?:it|this)?|escalated\s+(?:it|this)?|raised\s+(?:it|this)?|flagged\s+(?:it|this)?)\s*(?:to|with)\s+(?:the\s+|our\s+|my\s+)?$",
    )
    .expect("valid regex")
});

/// Readers rallied to spread a concern ("share widely so the public knows", "RT to warn others",
/// "tag your MP", "exposing what really goes on at…") or sent elsewhere ("go to Castlebridge
/// instead"): the post airs the concern, when it states one.
static RALLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?:(?:go|give\s+birth|have\s+(?:your\s+)?(?:baby|op|operation|surgery)|take\s+(?:your|ur)\s+(?:kids?|child(?:ren)?|baby|babies|mum|mom|dad|nan|gran|parents?))\s+(?:to\s+|at\s+|in\s+)?(?:[A-Z][\w'’]+\s+){{1,3}}instead\b|go\s+(?:elsewhere|somewhere\s+else|anywhere\s+else)\b|exposing\s+(?:what|the\s+truth)|shar(?:e|ing)\s+(?:this\s+|it\s+)?(?:widely|everywhere|far\s+and\s+wide)|(?:rt|retweet|share)\s+(?:this\s+)?to\s+(?:shame|expose|warn)|tag\s+your\s+(?:mp|local\s+paper)|so\s+(?:the\s+public|everyone|people)\s+(?:knows?|can\s+see|finds?\s+out)|(?:please|pls)\s+(?:rt|retweet|share)\b|families\s+need\s+to\s+know|ask\s+(?:some\s+)?(?:questions|for\s+(?:a\s+)?different\s+(?:consultant|surgeon|anaesthetist))|share\s+(?:this|it)\s+so\s+(?:he|she|they|it)\s+can[’']?t|share\s+(?:this|it)\s+(?:till|until)\s+(?:someone|somebody|something|they)\b|name\s+(?:&|and)\s+shame|{})",
        audience::SPREAD_REQUEST
    ))
    .expect("valid regex")
});

/// "Avoid A&E unless it's an emergency", "keep away from the surgery if you have flu symptoms":
/// public-health advice about using a service, not a warning about its care.
static SERVICE_ADVICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:unless|emergenc\w*|if\s+you\s+(?:have|[’']?ve\s+got)\s+(?:flu|covid|symptoms|a\s+temperature|d&v|diarrh\w+|vomiting)|111|pharmacy\s+first|walk[\s-]in\s+centre\s+instead|black\s+alert|opel\s*4|very\s+busy|extremely\s+busy)",
    )
    .expect("valid regex")
});

fn spans_of(re: &Regex, text: &str) -> Vec<Span> {
    re.find_iter(text)
        .filter(|m| !crate::detect::stance::negated_before(text, m.start()))
        .map(|m| Span::new(m.start(), m.end(), K::Whistleblow))
        .collect()
}

/// [`WARN_AWAY`] outside a sentence that advises on using the service.
fn warnings(text: &str) -> Vec<Span> {
    spans_of(&WARN_AWAY, text)
        .into_iter()
        .filter(|w| {
            let (s, e) = crate::detect::phrases::sentence_around(text, w.start as usize);
            !SERVICE_ADVICE.is_match(text.get(s..e).unwrap_or(""))
        })
        // "Never go to the press about your trust": the place to keep away from is the press.
        .filter(|w| !MEDIA_KEPT_AWAY.is_match(w.text(text)))
        .collect()
}

/// Praise for a team ("proud of our ED team tonight, 14 trolleys in the corridor and everyone still
/// got their obs done"): the pressure is the backdrop to the praise, not a charge against the unit.
static TEAM_PRAISE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:(?:so\s+|really\s+|incredibly\s+|hugely\s+)?proud\s+of|shout[\s-]?out\s+to|hats\s+off\s+to|kudos\s+to|huge\s+credit\s+to|well\s+done\s+(?:to\s+)?(?:the|our|my|everyone)|(?:amazing|incredible|brilliant|outstanding)\s+(?:job|work|effort)\s+(?:by|from|tonight|today))\b",
    )
    .expect("valid regex")
});

/// Harm told by its shape: a serious diagnosis missed or sent home ("they missed two cancers",
/// "sent a child with meningitis home", "sent him home with a broken hip"), or care left to someone
/// unsupervised ("run by one unsupervised locum").
static HARM_DONE: LazyLock<Regex> = LazyLock::new(|| {
    let serious = r"(?:(?:obvious|clear|textbook|massive)\s+)?(?:an?\s+(?:obvious\s+|clear\s+)?(?:mi|stemi|nstemi|sah|ecg\s+changes?)|ecg\s+changes?|mi|stemi|aortic\s+dissection|a\s+dissection|torsion|cauda\s+equina|meningitis|sepsis|(?:\w+\s+)?septic\s+(?:patients?|kids?|children|babies|mums?|men|women)|a\s+stroke|strokes?|a\s+heart\s+attack|heart\s+attacks?|appendicitis|a\s+broken\s+\w+|(?:a\s+)?fractures?|an\s+ectopic|ectopics?|a\s+bleed|bleeds?|cancers?|a\s+cancer|an?\s+(?:dvt|pe|clot)|tumou?rs?|a\s+tumou?r)";
    Regex::new(&format!(
        r"(?i)\b(?:missed|misdiagnosed|overlooked)\s+(?:(?:two|three|four|several|multiple|\d+|his|her|their|my|the)\s+)?(?:\w+\s+)?{serious}\b|\bsent\s+(?:\w+\s+){{1,4}}?home\s+with\s+(?:\w+\s+)?{serious}\b|\bsent\s+(?:a|an|the|my|our|his|her|their)\s+(?:\w+\s+){{0,2}}?(?:with|who\s+had)\s+(?:\w+\s+){{0,4}}?{serious}\s+home\b|\b(?:an?|one|by\s+an?)\s+unsupervised\s+(?:locum|f1|fy1|f2|junior|doctor|nurse|student|trainee|sho|reg|registrar|physician\s+associate|pa)\b"
    ))
    .expect("valid regex")
});

/// The verbs every shape of [`HARM_DONE`] holds.
static HARM_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:missed|misdiagnosed|overlooked|sent|unsupervised)\b")
        .expect("valid regex")
});

/// "Missed the cancer screening deadline", "sent home with a cancer leaflet": the illness names
/// something else.
static NOT_HARM_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:screening|awareness|clinic|appointment|run|walk|charity|research|unit|ward|conference|talk|meeting|leaflet|information|info|diagnosis|nurse|team|service|pathway|referral|fundraiser|lecture|webinar|course|module)s?\b",
    )
    .expect("valid regex")
});

/// Accusations known by their shape rather than a fixed phrase: someone unfit to be near patients,
/// a baby nearly lost, deaths called avoidable, figures fiddled, single-use kit reused,
/// prescriptions signed unseen, patients said to be at risk.
static ACCUSED_SHAPE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:(?:should(?:n[’']?t|\s+not)|ought\s+not\s+to)\s+be\s+(?:anywhere\s+)?near\s+(?:patients|a\s+patient|children|kids|babies|theatre|an?\s+operating\s+table|a\s+scalpel)|(?:not|isn[’']?t|aren[’']?t)\s+(?:safe|fit)\s+to\s+(?:practi[sc]e|operate|be\s+let\s+loose)|how\s+(?:is|are)\s+(?:he|she|they|this\s+\w+|that\s+\w+)\s+still\s+(?:working|practi[sc]ing|allowed|employed|on\s+the\s+(?:rota|register))|(?:nearly|almost)\s+(?:lost|killed)\s+(?:a|the|another|two|three)\s+(?:baby|babies|patients?|mums?|mothers?|child|children|kid|woman|man)|(?:deaths?|harm)\b[^.!?\n]{0,30}\b(?:were|was|are|is)\s+(?:completely\s+|entirely\s+|totally\s+)?(?:avoidable|preventable)|(?:inflat|fiddl|fudg|massag|cook|falsif|manipulat)\w*\s+(?:the\s+|their\s+|our\s+|its\s+)?(?:[\w-]+\s+)?(?:figures|numbers|data|grades|results|stats|statistics|books|waiting\s+lists?|audits?|success\s+rates|outcomes|records|notes)|reus(?:es|ing|ed|e)\s+(?:\w+\s+)?single[\s-]use|(?:signing|signs|signed|writing|writes|issuing|issues)\s+(?:\w+\s+)?(?:scripts|prescriptions|sick\s+notes|fit\s+notes|death\s+certificates)\s+for\s+(?:patients|people)\s+(?:he|she|they)(?:[’']s|[’']ve|\s+has|\s+have)?\s+never\s+(?:seen|met|examined)|(?:people|patients|mums|babies|kids|children|residents)\s+(?:are|were)\s+(?:being\s+put\s+)?(?:at\s+risk|in\s+danger)|(?:obs|observations)\s+(?:missed|not\s+done|skipped|left\s+undone)|call\s+bells?\s+(?:ignored|left\s+ringing|unanswered)|left\s+(?:lying\s+)?in\s+(?:wet|soiled|dirty)\s+(?:sheets|beds?|pads|clothes)|(?:obs\s+)?(?:charts?|notes|records|obs)\s+(?:filled\s+in|written\s+up|completed|made\s+up)\s+(?:after\s+the\s+fact|retrospectively|afterwards|later)|restraint\s+used\s+(?:as\s+(?:routine|punishment|a\s+first\s+resort)|routinely)|(?:filing|filed|files|signing\s+off|signed\s+off)\s+(?:abnormal\s+)?(?:bloods|results|scans|letters)\s+(?:as\s+)?[\x22'‘“]?(?:normal|no\s+action)|without\s+(?:even\s+)?(?:opening|reading|looking\s+at)\s+them|sending\s+(?:suicidal|septic|acutely\s+unwell|dying|sick)\s+(?:\w+\s+)?home|sending\s+(?:people|patients|kids|children|babies)\s+home\s+who\s+(?:should|need)|someone\s+is\s+going\s+to\s+die|(?:operat\w*|on\s+call|on\s+shift|on\s+the\s+wards?|at\s+work|in\s+theatre|in\s+clinic|consulting|seeing\s+patients|doing\s+(?:the\s+|his\s+|her\s+)?(?:lists?|clinics?|ward\s+rounds?))\s+(?:\w+\s+){0,2}?(?:half[\s-]cut|drunk|pissed|hammered|smashed|wasted|steaming|stoned|high\s+as|under\s+the\s+influence|stinking\s+of\s+(?:drink|booze|alcohol|wine|beer|whisky))|(?:patients|people|residents|kids|children)\s+(?:lying|left|sleeping|sat|waiting)\s+on\s+the\s+floor|(?:defib\w*|defib\s+pads|pads|resus\s+trolley|crash\s+trolley|oxygen|suction|emergency\s+drugs|sharps\s+bins?|fire\s+doors?)\s+(?:\w+\s+){0,2}?(?:out\s+of\s+date|expired|missing|broken|empty|not\s+working|blocked)|refused\s+to\s+(?:come\s+(?:and\s+|to\s+)?)?(?:see|review|attend|assess)\s+(?:my|the|a|our|this)\s+(?:\w+\s+)?(?:patient|baby|child|lady|man|woman|kid)|(?:prescrib\w+|issuing|signing\s+off)\s+(?:\w+\s+){0,5}?without\s+(?:ever\s+)?(?:seeing|examining|speaking\s+to)\s+(?:anyone|anybody|them|the\s+patients?|patients|people)|writ\w+\s+(?:in\s+)?(?:the\s+)?notes\s+that\s+(?:he|she|they|i)\s+(?:had\s+)?(?:examined|saw|seen|reviewed|assessed)|told\s+(?:us|me|them|staff|the\s+nurses)\s+not\s+to\s+(?:escalate|datix|report|complain|raise\s+it|put\s+it\s+in\s+writing)|(?:managers?|management)\s+(?:who\s+)?(?:knew\s+all\s+along|could\s+not\s+care\s+less|couldn[’']?t\s+care\s+less))\b",
    )
    .expect("valid regex")
});

/// Session 27's accusation shapes, a regex of their own so that each list's gate stays a short
/// union of literals checked before its branches: a deteriorating patient refused, staff told to turn patients away, a vaccine fridge out of
/// range, complications kept out of M&M, records changed on order, instruments unsterilised, a
/// patient left for hours, operations done for the fee.
static ACCUSED_SHAPE_MORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:refused\s+to\s+(?:refer|escalate|admit|review|transfer|see)\s+(?:a|my|the|our|this)\s+(?:deteriorating|sick|septic|dying|unwell|crashing|peri-?arrest)|(?:tells?|told|telling|instructs?|instructed)\s+(?:reception|the\s+receptionists?|staff|the\s+nurses|us|the\s+team)\s+to\s+(?:refuse|deny|turn\s+away|decline|not\s+(?:see|visit|treat|admit|refer|book))|(?:vaccine\s+|drugs?\s+|medicines?\s+)?fridge\s+(?:log\s+)?(?:(?:has\s+)?not\s+(?:been\s+)?(?:filled\s+in|checked|recorded|signed)|(?:is\s+|it[’']?s\s+)?reading\s+\d{1,2}\s*(?:degrees|°))|(?:vaccines?|jabs|insulin|drugs|meds)\s+still\s+(?:going\s+in(?:to)?\s+arms|being\s+(?:given|used|administered))|(?:complications|deaths|incidents|errors|never\s+events)\s+(?:are\s+|were\s+)?being\s+(?:kept\s+out\s+of|hidden\s+from|left\s+out\s+of|buried|covered\s+up)|(?:cannulas?|needles?|syringes?|scopes?|instruments|vials?)\s+(?:(?:are|were|being|are\s+being|were\s+being|get|got)\s+)?re-?used\s+(?:between|on|for)\s+(?:clients|patients|people|customers)|(?:buried|binned|deleted|sat\s+on)\s+(?:every|all\s+(?:the|our)|each)\s+(?:single\s+)?(?:datix(?:es)?|incident\s+reports?|complaints?|concerns?|reports?)|made\s+(?:us|me|them|the\s+\w+)\s+(?:change|alter|rewrite|falsify|amend|fiddle)\s+(?:the\s+)?(?:count\s+sheet|swab\s+count|notes|records|datix|documentation|drug\s+chart|obs\s+chart)|left\s+a\s+(?:swab|instrument|clamp|needle|drain)\s+in(?:side)?\s+(?:a|the|my|his|her)\s+patient|(?:kit|instruments|trays|scopes|sets)\s+(?:hasn[’']?t|haven[’']?t|have\s+not|has\s+not|aren[’']?t|isn[’']?t|not)\s+(?:been\s+)?(?:properly\s+)?(?:sterilised|sterilized|cleaned|decontaminated)|trays?\s+coming\s+back\s+with\s+(?:actual\s+)?(?:bone|blood|tissue|hair)|left\s+a\s+(?:perf[a-z]*|septic|bleeding|crashing|sick|dying)\s+(?:[a-z-]+\s+){0,2}(?:on|in)\s+[a-z&-]+\s+for\s+\d+\s+hours|(?:patients|people)\s+are\s+(?:getting|being)\s+(?:hurt|harmed|injured)|(?:doing|performing|operating)\s+(?:[a-z-]+\s+){0,3}?on\s+(?:basically\s+)?anyone\s+who\s+walks\s+in|(?:because|cos|as)\s+(?:he|she|they)[’']?(?:s|\s+is|\s+are|re)\s+paid\s+per\s+(?:procedure|case|operation|op))\b",
    )
    .expect("valid regex")
});

/// Session 29's accusation shapes, kept apart for the same reason: a backlog or a failure hidden
/// from the regulator, staff gagged, a colleague drinking before work, data fabricated, trial
/// patients enrolled against the criteria, clinics cancelled for private work, referrals left
/// unread by the thousand, a study said to be harming children.
static ACCUSED_SHAPE_29: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:hid(?:ing|den|es|e)?\s+(?:it|this|them|that|the\s+(?:\w+\s+)?(?:figures|numbers|backlog|deaths|data|results|incidents?))\s+from\s+(?:the\s+)?(?:cqc|regulators?|gmc|coroner|families|patients|public|inspectors|commissioners|board)|told\s+(?:us|me|staff|everyone|the\s+(?:team|nurses|juniors))\s+to\s+keep\s+(?:our|my|their)\s+mouths?\s+shut|(?:drinking|drunk|been\s+drinking|boozing)\s+before\s+(?:(?:his|her|their|the|a|each|every)\s+)?(?:lists?|theatre|clinics?|shifts?|work|ward\s+rounds?|surgery|operating)|smel(?:l|t|led|ls|ling)\s+(?:it|alcohol|booze|drink|wine|beer|whisky|vodka)\s+on\s+(?:him|her|them)|(?:data|results|figures|numbers)\s+(?:are|is|were|was|have\s+been|has\s+been)\s+(?:\w+\s+)?(?:fabricated|faked|made\s+up|falsified|invented)|fabricat\w+\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:data|results|figures)|enroll?ing\s+(?:patients|people|kids|children|participants)\s+who\s+(?:clearly\s+|obviously\s+)?(?:fail|don[’']?t\s+meet|do\s+not\s+meet|aren[’']?t\s+eligible)|cancel+(?:ing|ed|s)?\s+(?:\w+\s+){0,2}?(?:clinics|lists|operations|theatre\s+lists)\s+to\s+do\s+(?:his|her|their)\s+private|sitting\s+on\s+(?:\d[\d,]*k?|thousands\s+of|hundreds\s+of)\s+(?:\w+\s+){0,2}?(?:referrals|results|scans|letters|biopsies|reports)|(?:is|are|was|were)\s+(?:actively\s+)?harming\s+(?:kids|children|babies|patients|people|residents))\b",
    )
    .expect("valid regex")
});

/// Session 30's accusation shapes: failures swept under the carpet, a colleague turning up to work
/// smelling of drink, patients left for hours while staff were on their phones, referrals held back
/// to hit targets, a doctor called dangerously out of date or said to deserve striking off.
static ACCUSED_SHAPE_30: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:(?:swept|swep|brushed|pushed|shoved)\s+(?:it\s+|this\s+|everything\s+|the\s+whole\s+thing\s+)?(?:all\s+)?under\s+the\s+(?:carpet|rug)|hush(?:ed|ing)\s+(?:it|this|the\s+whole\s+thing)\s+up|(?:turns?|turned|turning|shows?|showed|showing|rolls?|rolled|rolling)\s+up\s+(?:to|for|at)\s+(?:\w+\s+){0,2}?(?:drunk|pissed|hungover|half[\s-]cut|high|smelling\s+of|stinking\s+of|reeking\s+of)|(?:smelling|stinking|reeking)\s+of\s+(?:drink|booze|alcohol|wine|beer|whisky|vodka)\s+(?:on|at|in|during)\s+(?:\w+\s+){0,2}?(?:shift|shifts|on[\s-]calls?|work|theatre|clinic|ward\s+rounds?|nights)|left\s+(?:\w+\s+){1,6}?(?:for\s+)?\d+\s*(?:hrs?|hours?)\s+(?:bc|because|cos|coz|while|as|whilst)\s+(?:she|he|they)\s+(?:was|were)\s+(?:on\s+(?:her|his|their)\s+phones?|asleep|sleeping|on\s+(?:a\s+)?break|having\s+a\s+(?:fag|smoke|nap)|at\s+lunch|scrolling)|(?:sitting\s+on|delaying|holding\s+(?:back|onto)|downgrading|rejecting|bouncing)\s+(?:\w+\s+){0,3}?(?:referrals|patients|scans|results|letters)\s+(?:just\s+)?to\s+(?:hit|meet|game|make)\s+(?:\w+\s+){0,2}?targets|(?:dangerously|woefully|hopelessly|frighteningly)\s+(?:out\s+of\s+date|incompetent|out\s+of\s+(?:his|her|their)\s+depth|unsafe)|should(?:[’']?ve|\s+have)\s+been\s+struck\s+off|(?:needs|deserves)\s+to\s+be\s+struck\s+off)\b",
    )
    .expect("valid regex")
});

/// Session 31's accusation shapes: people passed fit or results passed unread, patients going hours
/// without their medicines, a unit said to need shutting down, a clinician who told a family all
/// was fine without even seeing the child, an on-call consultant who switches the phone off, checks
/// not being done and near misses nobody reports, a supply made despite a dependency register.
static ACCUSED_SHAPE_31: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:(?:passing|passed|passes|clearing|cleared|signing\s+off|signed\s+off|signing|signed)\s+(?:\w+\s+){0,4}?(?:fit|ecgs?|medicals?|scans?|results|x-?rays|bloods|screens?)\b[^.!?\n]{0,40}?\b(?:without\s+(?:even\s+)?(?:examining|seeing|looking\s+at|reading|checking|speaking\s+to)|(?:he|she|they)\s+(?:hasn[’']?t|hasnt|haven[’']?t|havent|has\s+not|have\s+not|never|didn[’']?t|didnt)\s+(?:even\s+)?(?:looked\s+at|read|seen|examined|checked|opened))|(?:told|sent|discharged|reassured|cleared)\b[^.!?\n]{0,80}?\bwithout\s+even\s+(?:seeing|examining|looking\s+at|speaking\s+to|talking\s+to|assessing)|(?:patients|detainees|residents|prisoners|people|kids|children|babies|mums|inmates)\s+(?:are\s+|were\s+)?(?:going|left|waiting|lying)\s+(?:\d+\+?\s*(?:hrs?|hours?|days?)|hours|days)\s+without\s+(?:their\s+|any\s+)?(?:meds|medication|medicines|insulin|pain\s+relief|analgesia|food|water|fluids|being\s+seen|a\s+doctor|review)|(?:needs|need|should\s+be|deserves\s+to\s+be|ought\s+to\s+be)\s+(?:shutting|shut|closing|closed)\s+down|(?:consultant|reg|registrar|on[\s-]call(?:\s+\w+)?|boss|partner)\s+(?:\w+\s+){0,2}?(?:switches|turns|switched|turned|puts|put|keeps)\s+(?:his|her|their)\s+(?:phone|bleep|pager)\s+off|(?:ctgs?|obs|observations|bloods|results|scans|x-?rays|ecgs|referrals|fridge\s+temps?)\s+(?:are\s+|were\s+)?not\s+being\s+(?:reviewed|checked|read|looked\s+at|done|acted\s+on|chased)|(?:near\s+misses|incidents|errors|never\s+events|drug\s+errors)\s+(?:\w+\s+){0,4}?(?:that\s+)?(?:nobody|no\s*-?\s*one)(?:[’']s|\s+has|\s+have)?\s+(?:reported|datixed|declared|escalated)|(?:sold|supplied|dispensed|prescribed|issued)\s+[^.!?\n]{0,100}?(?:despite|even\s+though)\s+(?:her|him|them|the\s+patient)\s+being\s+on\s+(?:our|the|a)\s+(?:\w+\s+)?(?:register|list)|(?:signing|signs|signed|writing|writes|issuing|issues)\s+(?:off\s+)?(?:\w+\s+)?(?:antibiotics|meds|medication|opioids|controlled\s+drugs)\s+for\s+(?:patients|people)\s+(?:he|she|they)(?:[’']s|[’']ve|\s+has|\s+have)?\s+never\s+(?:seen|met|examined|spoken\s+to|spoke\s+to|assessed))\b",
    )
    .expect("valid regex")
});

/// Session 33's accusation shapes: a child sent home with a missed appendix, adult doses written
/// up for neonates, DNACPRs signed without the family, samples mislabelled and the wrong blood
/// given, Botox injected with no prescriber, urgent referrals bounced to hit targets, patients
/// left hours without antibiotics, one nurse to four intensive-care babies, no hand gel for a week.
static ACCUSED_SHAPE_33: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:missed\s+(?:an?\s+)?(?:appendix|appendicitis|fracture|ectopic|stroke|sepsis|testicular\s+torsion|torsion)|(?:writing|writes|wrote|written|prescribing|prescribes|prescribed|giving|gives|gave)\s+(?:up\s+)?(?:\w+\s+){0,2}?(?:adult|wrong|double|ten\s*times|10x)\s+(?:\w+\s+)?doses?\s+(?:for|to)\s+(?:neonates|babies|children|kids|infants)|(?:signing|signs|signed|putting\s+up|puts\s+up)\s+(?:\w+\s+)?(?:dnacprs?|dnars?|dnrs?|respect\s+forms?)\s+without\s+(?:even\s+)?(?:speaking|talking)\s+to|mislabell?(?:ed|ing)\s+(?:\w+\s+){0,2}?(?:samples?|specimens?|bloods?|slides?)|got\s+the\s+wrong\s+(?:blood(?:\s+group)?|drug|dose|leg|side|baby|patient)|(?:injecting|injects|injected|prescribing|doing)\s+(?:\w+\s+)?(?:botox|toxin|fillers?)\s+with\s+no\s+(?:prescriber|doctor|prescription|consultation)|bouncing\s+(?:\w+\s+){0,3}?referrals?|(?:referrals?|patients?)\s+(?:\w+\s+){0,3}?(?:bounced|sent)\s+back\s+(?:\w+\s+){0,3}?to\s+hit\s+(?:the\s+)?targets|(?:patients|kids|babies|people)\s+(?:sitting|waiting|left)\s+(?:for\s+)?\d+\s*(?:hrs?|hours)\s+without\s+(?:their\s+)?(?:antibiotics|abx|fluids|pain\s+relief|analgesia|insulin|review|a\s+doctor)|(?:\d+|one)\s+nurses?\s+(?:to|for|covering)\s+(?:\d+|four|five|six)\s+(?:intensive\s+care\s+|icu\s+|itu\s+|nicu\s+|nnu\s+)?(?:babies|patients|beds)|(?:no|NO)\s+(?:hand\s+gel|alcohol\s+gel|gloves|aprons|ppe|soap)\s+for\s+(?:a|over\s+a|two|2|three|3)\s+(?:weeks?|days)|deteriorated\s+for\s+hours\s+before\s+(?:anyone|anybody|a\s+doctor)|marking\s+(?:\w+\s+){0,2}?(?:visits|checks|obs|observations|rounds|reviews|turns|feeds)\s+as\s+(?:done|completed|seen|given)\s+when|backfill\w*\s+(?:the\s+|his\s+|her\s+)?(?:obs(?:\s+charts?)?|notes|charts?|records|drug\s+charts?|fluid\s+charts?)|told\s+(?:us|me|them|staff|everyone|the\s+team)\s+(?:all\s+)?to\s+(?:keep\s+(?:quiet|it\s+quiet|schtum|shtum)|say\s+nothing|stop\s+(?:filing|doing|submitting|raising|reporting))|(?:grade\s+[34]|stage\s+[34]|infected|necrotic)\s+pressure\s+(?:sores?|ulcers?|damage)\b[^.!?\n]{0,40}?(?:didn[’']?t|did\s+not|never|failed\s+to)\s+(?:notice|spot|see|report|flag)|(?:needs?|has)\s+to\s+(?:shut|close)\s+(?:this|that|the)\s+(?:place|home|unit|ward|clinic|practice)\s+down|(?:downstag|down-stag|upstag)\w*\s+(?:\w+\s+){0,2}?(?:patients|cancers|tumours|referrals)\s+to\s+(?:hit|meet|make|game)|(?:someone|somebody)[’']?s?\s+(?:is\s+)?going\s+to\s+(?:drop\s+dead|die|get\s+(?:killed|hurt))|(?:prescrib\w+|issuing|signing\s+off|diagnos\w+)\s+(?:[\w-]+\s+){0,5}?without\s+(?:ever\s+)?(?:seeing|examining|meeting|assessing)\s+(?:the\s+)?(?:kids|children|child|babies|baby|patient|patients|them))",
    )
    .expect("valid regex")
});

/// Accusations that are not part of a system-level advocacy phrase ("unsafe staffing").
/// A policy as the subject of the sentence: "the contract as written", "the new rota", "the cuts".
static POLICY_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:^|[.!?]\s+|\bbecause\s+|\bbc\s+)the\s+(?:new\s+|proposed\s+|imposed\s+|government[’']?s\s+)?(?:contract|policy|bill|plan|proposals?|deal|offer|reforms?|cuts?|funding\s+formula|pay\s+award|legislation)\b[^.!?\n]{0,30}$",
    )
    .expect("valid regex")
});

/// A publication as the subject of the accusation: "that paper was", "the study is".
static PUBLICATION_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:that|the|this|his|her|their|wakefield[’']?s)\s+(?:paper|study|studies|research|trial|article|preprint|data|claims?)(?:\s+(?:was|were|is|are|has\s+been|have\s+been|got))?\b[^.!?\n]{0,12}$",
    )
    .expect("valid regex")
});

/// An accusation's subject denied: "nobody's", "no one was", "I'm not saying anyone".
static DENIED_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:nobody|no\s*-?\s*one|(?:i[’']?m|i\s+am)\s+not\s+(?:saying|accusing|suggesting)\s+(?:that\s+)?(?:anyone|anybody|they|he|she))(?:[’']s|\s+is|\s+was|\s+are|\s+were|\s+has\s+been)?\s+$",
    )
    .expect("valid regex")
});

fn accusations(text: &str, a: &Analysis) -> Vec<Span> {
    let advocacy: Vec<&Span> = a.of_kind(K::Advocacy).collect();
    // Every harm shape holds one of a few verbs as a whole word; a short test for them keeps the
    // long regex off most posts ("sent" alone would open its gate on "present" and "consent").
    let harm = if HARM_VERB.is_match(text) {
        spans_of(&HARM_DONE, text)
    } else {
        Vec::new()
    };
    let shaped = harm
        .into_iter()
        .filter(|s| !NOT_HARM_AFTER.is_match(text.get(s.end as usize..).unwrap_or("")))
        .map(|s| Span::new(s.start as usize, s.end as usize, K::ConcernAccusation));
    let by_shape = spans_of(&ACCUSED_SHAPE, text)
        .into_iter()
        .chain(spans_of(&ACCUSED_SHAPE_MORE, text))
        .chain(spans_of(&ACCUSED_SHAPE_29, text))
        .chain(spans_of(&ACCUSED_SHAPE_30, text))
        .chain(spans_of(&ACCUSED_SHAPE_31, text))
        .chain(spans_of(&ACCUSED_SHAPE_33, text))
        .map(|s| Span::new(s.start as usize, s.end as usize, K::ConcernAccusation));
    a.of_kind(K::ConcernAccusation)
        .copied()
        .chain(shaped)
        .chain(by_shape)
        .filter(|s| {
            !advocacy
                .iter()
                .any(|v| v.start <= s.start + 2 && v.end + 2 >= s.end)
        })
        // "The contract as written is unsafe for patients": a policy judged, not a person or a unit.
        .filter(|s| {
            let (from, _) = crate::detect::phrases::sentence_around(text, s.start as usize);
            !text
                .get(from..s.start as usize)
                .is_some_and(|lead| POLICY_SUBJECT.is_match(lead))
        })
        // "Nobody's lying about their title", "I'm not saying anyone was negligent": denied.
        .filter(|s| {
            let start = s.start as usize;
            let from = crate::detect::phrases::floor_boundary(text, start.saturating_sub(40));
            !text
                .get(from..start)
                .is_some_and(|lead| DENIED_SUBJECT.is_match(lead))
        })
        // "That paper was fraudulent and got retracted": a publication judged, not a person or a unit.
        .filter(|s| {
            let lead = crate::detect::phrases::lead_in(text, s.start as usize, 40);
            !PUBLICATION_SUBJECT.is_match(lead)
        })
        // "Reports (personal injury and clinical negligence)": a field of law, not a charge.
        .filter(|s| {
            !crate::detect::insults::names_a_legal_field(text, s.start as usize, s.end as usize)
        })
        // "The butchers' hamper": a word in the possessive names a shop, not an accusation.
        .filter(|s| {
            !(s.text(text).ends_with('s')
                && matches!(
                    crate::detect::text::char_after(text, s.end as usize),
                    Some('\'' | '’')
                ))
        })
        .collect()
}

/// An exam or revision item told of ("had one about a colleague smelling of alcohol"), when the
/// post is about an exam: the accusation is the question's scenario, not a concern.
static EXAM_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:one|a\s+question|questions?|a\s+station|stations?|a\s+scenario|scenarios?|an?\s+sjt|an?\s+mcq|an?\s+sba|a\s+case|dilemmas?)\s+(?:about|where|on|with)\s")
        .expect("valid regex")
});

static EXAM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:msra|sjt|osce|mrcp|mrcs|mrcgp|akt|cpsa|plab|ukmla|finals|exams?|mocks?|past\s+papers?|question\s+bank|passmed|pastest|professional\s+dilemmas)\b")
        .expect("valid regex")
});

impl Rule for PublicConcern {
    fn meta(&self) -> &'static RuleMeta {
        &PUBLIC_CONCERN
    }

    fn check(&self, r: &Record, cx: &Context, out: &mut Vec<Finding>) {
        if r.kind == Kind::Profile || r.kind == Kind::Like || writer(r) == Writer::Other {
            return;
        }
        // A parents' group or a village noticeboard is a public square in all but name.
        let open_group =
            reach(r) == Reach::Group && audience::open_group(&r.text, r.context.as_deref());
        let broadcast = is_broadcast(r) || open_group;
        // In a message, only going public counts: leaking to the press, or threatening to post it.
        let mut press: Vec<Span> = going_public(&r.text);
        let scene = if broadcast {
            crowded_scene_shown(r, &cx.analysis(r))
        } else {
            None
        };
        press.extend(scene);
        // Told to a group ("so telling you lot instead"), giving up on reporting is the reason the
        // group hears it; told to one friend it is a complaint about the process.
        if broadcast || reach(r) == Reach::Group {
            press.extend(spans_of(&GAVE_UP, &r.text));
        }
        // In a trainees' server or a departmental group, a colleague accused and passed on as a
        // warning ("PSA don't rotate to…") or an airing ("not sure who to tell so posting here") is
        // the concern aired; a grumble to the group is not.
        let group = !broadcast && reach(r) == Reach::Group;
        if !broadcast && !group && press.is_empty() {
            return;
        }
        // Warnings and rallies are public by nature: in a message they are advice to a friend.
        let warnings = if broadcast || group {
            warnings(&r.text)
        } else {
            Vec::new()
        };
        let a = cx.analysis(r);
        let accused = accusations(&r.text, &a);
        // Why the post airs the concern ("so posting here", "Datix is a black hole"): counted
        // beside an accusation only.
        let airing = if (broadcast || group) && !accused.is_empty() {
            let mut v = spans_of(&AIRING, &r.text);
            v.extend(spans_of(&AIRING_MORE, &r.text));
            v
        } else {
            Vec::new()
        };
        if group
            && press.is_empty()
            && (accused.is_empty() || warnings.is_empty() && airing.is_empty())
        {
            return;
        }
        // "Totally off the record, would you fancy a drink?": in a message, speaking off the record
        // goes public only when it accuses someone.
        if !broadcast && accused.is_empty() {
            press.retain(|s| !s.text(&r.text).to_lowercase().ends_with("the record"));
            if press.is_empty() {
                return;
            }
        }
        if broadcast
            && press.is_empty()
            && warnings.is_empty()
            && accused.is_empty()
            && !a.has(K::Whistleblow)
        {
            return;
        }
        // "going public first can hurt you", "don't go to the press": going public advised against.
        let advised_against = |s: &Span| {
            let lead = crate::detect::phrases::lead_in(&r.text, s.start as usize, 30);
            let tail = r.text.get(s.end as usize..).unwrap_or("");
            let own = s.text(&r.text).to_lowercase();
            ["never ", "don't ", "don’t ", "do not ", "avoid "]
                .iter()
                .any(|w| own.starts_with(w))
                || PUBLIC_ADVISED_AGAINST_BEFORE.is_match(lead)
                || PUBLIC_ADVISED_AGAINST_AFTER.is_match(tail)
        };
        press.retain(|s| !advised_against(s));
        let mut aired: Vec<Span> = a.of_kind(K::Whistleblow).copied().collect();
        aired.extend(press.iter().copied());
        aired.retain(|s| !advised_against(s));
        aired.extend(airing);
        aired.extend(warnings.iter().copied());
        if broadcast && !accused.is_empty() {
            aired.extend(spans_of(&RALLY, &r.text));
        }
        let (mut target, names_person) = targets(&r.text, &a);
        // "Spoke to the matron, who has escalated it": the person told is the channel, not the target.
        target.retain(|t| {
            let lead = crate::detect::phrases::lead_in(&r.text, t.start as usize, 30);
            !TOLD_TO.is_match(lead)
        });
        let advocacy = a.has(K::Advocacy);
        // Leaking to the press or threatening to post "everything" needs no accusation word: the
        // act is the airing, and a health subject says what is aired.
        let leaked = !press.is_empty()
            && (work_ultimatum(&r.text)
                || a.has_any(&[
                    K::ConcernTarget,
                    K::HealthTopic,
                    K::ClinicalSetting,
                    K::ColleagueCue,
                    K::WardContext,
                    K::WardRef,
                ]));
        let fires = (!accused.is_empty() && !target.is_empty())
            || (!aired.is_empty() && (!accused.is_empty() || !target.is_empty()))
            || (leaked && !advocacy);
        if !fires {
            return;
        }
        // Advocacy about the system, with only "management" as a target, is policy comment.
        if advocacy && target.is_empty() {
            return;
        }
        // Advice about how to raise concerns ("if you're worried a colleague is unsafe…").
        let opening = r.text.trim_start().to_lowercase();
        // "Reminder: if a colleague is stealing drugs, speak to…": every accusation sits in a
        // conditional clause.
        let hypothetical = !accused.is_empty()
            && accused.iter().all(|s| {
                let (from, _) = crate::detect::phrases::sentence_around(&r.text, s.start as usize);
                let before = r
                    .text
                    .get(from..s.start as usize)
                    .unwrap_or("")
                    .to_lowercase();
                ["if ", "whether ", "in case ", "suspect "]
                    .iter()
                    .any(|w| before.contains(w))
                    || (EXAM_ITEM.is_match(&before) && EXAM.is_match(&r.text))
            });
        // An "if you…" after the accusations is an appeal to readers ("if you've been on a Monday
        // list at a certain hospital, ask questions"), not a frame around them.
        let first_accusation = accused.iter().map(|s| s.start).min().unwrap_or(u32::MAX);
        let conditional = opening.starts_with("if ")
            || opening.starts_with("when ")
            || hypothetical
            || a.of_kind(K::Generic).any(|s| {
                let t = s.text(&r.text).to_lowercase();
                (t.starts_with("if ") || t.starts_with("when ") || t == "how to")
                    && s.start < first_accusation
            });
        let named = target.iter().any(|s| !matches!(s.kind, K::ConcernTarget));
        if conditional && !named && aired.is_empty() {
            return;
        }
        // "'proud of our ED' funny that": praise quoted back at a trust is sarcasm, not praise.
        let praise = TEAM_PRAISE
            .find_iter(&r.text)
            .any(|m| !crate::detect::stance::is_quoted(&r.text, m.start(), m.end()));
        if aired.is_empty() && !names_person && praise {
            return;
        }
        // "Execs are hiding it from the CQC": a channel named inside the accusation is not one used.
        let channels: Vec<Span> = a
            .of_kind(K::ProperChannel)
            .filter(|c| !accused.iter().any(|x| x.start <= c.start && c.end <= x.end))
            .copied()
            .collect();
        // "We raised concerns through our guardian": raising it is the right route, not airing it.
        if !channels.is_empty() {
            aired.retain(|s| {
                let t = s.text(&r.text).to_lowercase();
                !(t.starts_with("raised") || t.starts_with("i raised"))
            });
        }
        // "Reported through Datix and the FTSU guardian today" with nothing aired publicly is the
        // right route being described, not a concern aired.
        if !channels.is_empty()
            && aired.is_empty()
            && (accused.is_empty() || !names_person && !named)
        {
            return;
        }
        let said = quoted(
            accused.iter().chain(aired.iter()).map(|s| s.text(&r.text)),
            3,
        );
        let named = quoted(target.iter().map(|s| s.text(&r.text)), 4);
        let where_ = if open_group {
            "in a group open to the public"
        } else if group {
            "to a group"
        } else {
            "publicly"
        };
        let mut f = Finding::new(
            &PUBLIC_CONCERN,
            r,
            match (broadcast || (group && press.is_empty()), named.is_empty()) {
                (true, true) => format!("airs a concern {where_} ({said})"),
                (true, false) => format!("airs a concern about {named} {where_} ({said})"),
                (false, true) => {
                    format!("takes a concern to the press or threatens to post it ({said})")
                }
                (false, false) => format!(
                    "takes a concern about {named} to the press or threatens to post it ({said})"
                ),
            },
            evidence(
                &r.text,
                accused
                    .iter()
                    .chain(aired.iter())
                    .chain(target.iter())
                    .chain(channels.iter()),
            ),
            Action::new(ActionKind::Review, ""),
        );
        f.severity = if names_person && !accused.is_empty() {
            Severity::High
        } else {
            Severity::Medium
        };
        if !channels.is_empty() {
            f.confidence -= 0.15;
        }
        if writer(r) == Writer::Repost {
            f.severity = super::verdict::lower(f.severity);
        }
        let route = "raise it through your Freedom to Speak Up guardian, clinical governance (Datix), your defence body or the GMC, and take advice before going public";
        f.action = if names_person || !target.is_empty() && !accused.is_empty() {
            Action::new(
                ActionKind::Edit,
                format!("Remove {named} and the accusation ({said}) from this post; {route}."),
            )
        } else {
            Action::new(
                ActionKind::Review,
                format!("Review whether this belongs on social media: {route}."),
            )
        };
        f.finalise();
        out.push(f);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Audience, Platform};

    fn fires(text: &str) -> bool {
        !crate::rules::testing::findings(
            &PublicConcern,
            &crate::rules::testing::public(Kind::Post, text),
        )
        .is_empty()
    }

    /// The shapes run on every public post; a pattern with no literal to gate on runs the full
    /// regex on every one of them (one alternation grown past the gate's literal cap, before the
    /// gate fell back on its branches, cost the 1M-record bench half its rule time).
    #[test]
    fn the_shapes_run_on_every_post_keep_their_literal_gates() {
        for (name, re) in [
            ("ACCUSED_SHAPE", &*ACCUSED_SHAPE),
            ("ACCUSED_SHAPE_MORE", &*ACCUSED_SHAPE_MORE),
            ("ACCUSED_SHAPE_29", &*ACCUSED_SHAPE_29),
            ("ACCUSED_SHAPE_30", &*ACCUSED_SHAPE_30),
            ("ACCUSED_SHAPE_31", &*ACCUSED_SHAPE_31),
            ("ACCUSED_SHAPE_33", &*ACCUSED_SHAPE_33),
            ("GOING_PUBLIC", &*GOING_PUBLIC),
            ("AIRING", &*AIRING),
            ("AIRING_MORE", &*AIRING_MORE),
            ("GAVE_UP", &*GAVE_UP),
            ("WARN_AWAY", &*WARN_AWAY),
            ("HARM_DONE", &*HARM_DONE),
            ("RALLY", &*RALLY),
        ] {
            assert!(re.is_gated(), "{name} lost its literal gate");
        }
    }

    #[test]
    fn session_27_cover_ups_dirty_kit_and_warnings_to_a_group() {
        for t in [
            "Patients at our trust are being harmed by the new stroke pathway. Deaths are being kept out of M&M and I have the data. thread 1/8",
            "the consultant who left a swab in a patient then made us change the count sheet is still operating at the same hospital",
            "theatre trays haven't been sterilised properly for weeks, coming back with blood on them. if you're booked at St Jude's for surgery just know",
        ] {
            assert!(fires(t), "{t}");
        }
        assert!(!fires(
            "Great M&M today on learning curves in robotic surgery, thanks to everyone who presented their data"
        ));
    }

    #[test]
    fn session_27_cold_chains_insinuations_and_the_public_told_it_has_a_right_to_know() {
        for t in [
            "The anaesthetic reg at Westbury was drunk on shift again. Why is no one doing anything?",
            "Locum at a surgery in west Kent. Vaccine fridge reading 14 degrees for a week and vaccines still going into arms.",
            "Having been a partner at Elmfield I'll say only this: the prescribing there is dangerous. Draw your own conclusions.",
            "I must publicly record my concern that the renal unit at Castlegate Hospital has an unacceptable mortality rate.",
            "the senior partner tells reception to refuse home visits for over 90s. y'all need to know what goes on",
            "My reg refused to review a deteriorating patient on the ward last night and he arrested. Should I post the hospital's name on here and let people judge?",
        ] {
            assert!(fires(t), "{t}");
        }
        for t in [
            "PSA: a registrar is a senior trainee and a consultant leads the team. Nobody's lying about their grade.",
            "Vaccine fridge training today: if it reads over 8 degrees, quarantine the stock and ring the pharmacist.",
        ] {
            assert!(!fires(t), "{t}");
        }
    }

    #[test]
    fn neglect_witnessed_and_told_as_a_series_or_an_appeal_to_share() {
        for t in [
            "What I've seen on the stroke ward at my hospital in the last 6 months: obs missed for hours, call bells ignored, people left in wet sheets. Someone has to say it",
            "At a practice I locumed at last month, a salaried GP was filing abnormal bloods as 'normal, no action' without opening them. Posting this publicly because I don't believe anyone inside will do a thing.",
            "Our local CAMHS is sending suicidal teenagers home with a leaflet and a nine-month wait. Twice this month I've watched it happen.",
            "Last weekend at the Princess of Wales we had ONE F1 covering 9 wards overnight. Someone is going to die and management could not care less",
        ] {
            assert!(fires(t), "{t}");
        }
        for t in [
            "Obs missed, call bells ignored: we raised it through Datix and the FTSU guardian, and the ward has two more HCAs from Monday.",
            "Twice this month I've watched it happen: a teenager told to wait nine months for CAMHS. Write to your MP about children's mental health funding.",
            "Part 1 of 3 on how to raise a concern safely: start with your educational supervisor.",
        ] {
            assert!(!fires(t), "{t}");
        }
        assert!(group_fires("As your GP I think you deserve to know: the out-of-hours service covering the valley is dangerously short and sending people home who should be admitted. Please share."));
    }

    #[test]
    fn channels_written_off_and_accusations_known_by_their_shape() {
        for t in [
            "Done with Datix, it's a black hole. So, publicly: OOH in East Wirral has had no GP on the rota for 14 nights. People are at risk and nobody at the ICB gives a damn.",
            "Saying it here because reporting internally is a black hole: the aesthetics clinic I locum at on Deansgate reuses single-use cannulas. Avoid.",
            "I will not stay silent any longer. A senior consultant at our fertility unit has been inflating embryo grades. Journalists, my inbox is open.",
            "Our new locum anaesthetist should not be anywhere near patients. How is he still working?? @BelvoirNHS sort it out.",
            "not going through FTSU again, they did nothing last time. a certain GP partner in this town is signing scripts for patients he's never seen.",
            "The unit I work on has run on two midwives a night for a month and we very nearly lost a baby on Thursday.",
        ] {
            assert!(fires(t), "{t}");
        }
        for t in [
            "Small win: I raised concerns about ageing theatre kit through our incident reporting system and with the clinical director. Speaking up works.",
            "Datix is a black hole for feedback, so our department now holds a monthly learning meeting. Come along, it's useful.",
            "Reminder: if you think a colleague shouldn't be anywhere near patients, speak to your clinical lead or the GMC's advice line.",
            "Our new locum anaesthetist is brilliant, two lists covered this week. Welcome to the team!",
            "Lol at this \"patient safety campaigner\" @JaneTruthNHS. Nobody cares, love.",
        ] {
            assert!(!fires(t), "{t}");
        }
    }

    #[test]
    fn unsafe_care_told_until_someone_listens_or_a_name_offered_by_dm() {
        for t in [
            "Day three on labour ward and we're short again. Last night a woman laboured for nine hours with nobody checking on her because there were two midwives for fourteen beds. Share this till someone listens.",
            "I'm not wasting any more time on Datix. Posting here so someone actually listens: our oncology day unit has been giving chemotherapy with no pharmacist verification. Someone is going to get hurt.",
            "The gas consultant who does the Monday ortho list at my place regularly turns up smelling of booze. Everyone knows, nobody does anything. Anyone from the South West who wants a name, DM me.",
            "Residents of Kirkby Stephen, I'm the locum at the surgery this month and I'm genuinely worried about the care some of you are getting from one of the partners here. If you can, ask to see someone else.",
        ] {
            assert!(fires(t), "{t}");
        }
        for t in [
            "Short again on labour ward, two midwives for fourteen beds. Datix'd it and spoke to the matron, who has escalated it. Proud of how the team held it together.",
            "Someone is going to get hurt on that junction by the school: please write to the council about a crossing",
            "hospice raffle £2 a strip, prizes donated by local shops (the butchers' hamper is elite), drawn at the practice summer fete Sat!",
            "Quick reminder team: please don't give employees your personal mobile. All contact through the OH inbox so it's on the record.",
        ] {
            assert!(!fires(t), "{t}");
        }
    }

    #[test]
    fn diverted_drugs_distraction_and_suppressed_reports_are_concerns() {
        for t in [
            "The anaesthetist on my list today was on his phone for the whole case. Unbelievable.",
            "The GP at the practice next to mine is prescribing opioids like sweets. Someone needs to report him.",
            "Hospital pharmacist stealing controlled drugs at my trust. Management know.",
            "Our medical director told me to stop Datix-ing staffing incidents. I'm posting it here because internal routes have failed.",
        ] {
            assert!(fires(t), "{t}");
        }
        for t in [
            "Reminder: if a colleague is stealing controlled drugs, speak to your FTSU guardian",
            "Kids at the party went through the haribo like sweets, the practice nurse was horrified 😂",
        ] {
            assert!(!fires(t), "{t}");
        }
    }

    #[test]
    fn everyday_accusations_about_an_identifiable_colleague_or_unit() {
        for t in [
            "The night registrar on our unit is clearly out of his depth and nobody cares.",
            "Our ward manager told us not to report falls so the figures look better.",
            "The midwives on labour ward are left with one midwife for six women. Something will go wrong.",
            "The paediatric team at Riverside keep turning a blind eye to it.",
        ] {
            assert!(fires(t), "{t}");
        }
    }

    #[test]
    fn a_unit_called_a_death_trap_a_missed_mi_and_a_colleague_shamed_by_initials() {
        for t in [
            "Storytime: why I walked out of my F2 job 🧵 the surgical reg who made my life hell is still on Ward 9 at St Cuthbert's, initials R.D. Share this so he can't do it to anyone else.",
            "Can't stay quiet any longer. Our locum last week missed an ECG change a final-year student would have caught. I won't name the practice but anyone in Bolton will know exactly which one.",
            "@StMarysNHS your Ward 9 is a DEATH TRAP. Sister J. Mullins ignored my escalation last night and a patient nearly died. Name & shame. RT.",
            "Storytime ☕ the locum GP at my practice hands out antibiotics for every viral cough without even listening to chests. Day 47 of nobody doing anything about it #NHSfail",
        ] {
            assert!(fires(t), "{t}");
        }
        for t in [
            "Our locum last week spotted an ECG change everyone else had missed. Brilliant catch, patient in the cath lab within the hour",
            "I can't stay quiet any longer about the junior doctor pay gap. We deserve better. #payrestoration",
            "Name and shame the landlords who won't fix damp, it's making our patients' asthma worse",
        ] {
            assert!(!fires(t), "{t}");
        }
        assert!(group_fires(
            "Forwarding so everyone knows 🚩 Dr Sandhu's reg at Queen's is a liability, missed an obvious MI on Tuesday and tried to blame the nurses. Screenshot freely"
        ));
        assert!(group_fires(
            "Locals in Glenrothes: if you end up in the ED overnight this week, insist on seeing the day team. The locum covering nights is, in my opinion, dangerous. Not bothering with Datix, it goes nowhere."
        ));
        assert!(!group_fires(
            "Juniors in Kirkcaldy: the locum covering nights is, in my opinion, dangerous. I've raised it with the clinical director today."
        ));
    }

    #[test]
    fn an_ed_called_unsafe_with_the_press_tagged_and_a_partner_handing_out_opioids() {
        for t in [
            "I'll say what nobody at St Cuthbert's will: our ED is unsafe tonight. 40 patients in corridors and the execs have gone home. Tagging @CQC and @BBCNews 👇",
            "Third baby this month on our unit who should never have ended up in NICU. If you're booking at Northgate, ask which consultant is on for labour ward before you go in. Just saying.",
            "Not naming names, but one of our surgeons has had four returns to theatre in a month and management don't want to know. Patients deserve to know. Please share.",
            "Partner at my practice in Wrexham is handing out oxycodone to his golf mates without consultations. Haven't reported it, what's the point, just want people to know.",
        ] {
            assert!(fires(t), "{t}");
        }
        assert!(!fires(
            "Our audit of returns to theatre in a month-long snapshot is out: rates well within national norms"
        ));
    }

    fn message_fires(text: &str) -> bool {
        let r = crate::rules::testing::record(
            Platform::Whatsapp,
            Kind::Message,
            Audience::Private,
            text,
        );
        !crate::rules::testing::findings(&PublicConcern, &r).is_empty()
    }

    fn group_fires(text: &str) -> bool {
        let r = crate::rules::testing::record(
            Platform::Facebook,
            Kind::GroupMessage,
            Audience::Group,
            text,
        );
        !crate::rules::testing::findings(&PublicConcern, &r).is_empty()
    }

    #[test]
    fn concerns_aired_in_a_group_open_to_the_public() {
        for t in [
            "For the mums in here: the children's ward at Hartfield General is dangerously short-staffed and the night reg is out of his depth.",
            "Village group PSA: steer clear of the Elmwood Surgery, they missed two cancers last year",
            "Subscribers: the night surgeon at Kelby Royal is operating drunk and the trust knows. Spread the word.",
            "the maternity unit at St Anne's is unsafe right now, please pass this on to anyone who's due",
        ] {
            assert!(group_fires(t), "{t}");
        }
        for t in [
            "Team: ward 7 is dangerously short tonight, 1 nurse for 14. I've escalated to the site manager",
            "Juniors: the night surgeon at Kelby was out of his depth last night, I've flagged it with the tutor",
            "Parents group: the children's ward at Hartfield has moved to the new wing",
            "the maternity unit at St Anne's is unsafe right now",
        ] {
            assert!(!group_fires(t), "{t}");
        }
    }

    #[test]
    fn warnings_about_a_named_service_told_by_shape() {
        for t in [
            "Anyone booking at Northgate Dental, don't. Their sterilisation is a joke. Tell your friends.",
            "Keep your elderly parents away from Beechwood Lodge care home, pressure sores ignored for weeks",
            "If your mum is in Larchfield care home, get her out. The manager covers it up.",
            "The walk-in centre at Fenby sent a child with meningitis home and is run by one unsupervised locum.",
        ] {
            assert!(fires(t), "{t}");
        }
        for t in [
            "Thinking of going to Brightsmile Clinic? Do, they were lovely with my anxious daughter.",
            "Missed the bus to the Fenby walk-in centre, had to get a taxi",
            "Keep your kids away from the kitchen while the oven's on 😂",
            "Our practice at Elm Road missed the cancer screening deadline, so sorry to everyone waiting",
        ] {
            assert!(!fires(t), "{t}");
        }
    }

    #[test]
    fn public_posts_that_leak_or_threaten_to_post_a_concern() {
        for t in [
            "Just sent the Guardian's health correspondent the internal emails where our chief exec tells managers to lose the trolley breaches",
            "I've given @NorthgateTrust 48 hours to answer my concerns about the endoscopy failures. After that it all goes on here",
            "If the medical director hasn't suspended Mr Harkness by Friday I'm going to the Mail. Three deaths on his list in a month",
            "Leaked: our division's memo telling consultants to discharge anyone who misses a phone call. Screenshot below",
            "Third time this month the resus defib has failed its check. Posting here because telling the managers clearly does nothing",
            "Got hold of the internal review they buried. My DMs are open to any journalist who wants a copy. Families deserve to know what happened on that ward",
        ] {
            assert!(fires(t), "{t}");
        }
        for t in [
            "Went to the BBC studios to talk about #SafeStaffing and the national RCEM figures",
            "Leaked through my shoes all day on the ward, new trainers needed",
            "Posting here because so many of you asked: my slides on ward safety huddles from the conference",
        ] {
            assert!(!fires(t), "{t}");
        }
    }

    #[test]
    fn messages_that_take_a_concern_to_the_press() {
        assert!(message_fires(
            "If the trust keeps covering up the falls on our ward I'll go to the press, I mean it"
        ));
        assert!(message_fires(
            "Forwarding the rota to a journalist tonight, our unit has had no registrar cover for weeks"
        ));
        assert!(!message_fires(
            "Our ward is unsafe tonight, I've done a Datix and told the matron"
        ));
        assert!(!message_fires(
            "I won't go to the press, I'll use the FTSU guardian"
        ));
    }

    #[test]
    fn warning_readers_away_from_a_named_unit_or_rallying_them_airs_the_concern() {
        for t in [
            "Avoid the maternity unit at Thornbury General if you can. Two midwives for the whole floor last night.",
            "Don't let them discharge your dad from Beech ward at Riverside on a Friday. Pharmacy's closed, no one checks the meds.",
            "Get your gran out of Linden House care home if you can. Staff are run ragged and residents go hungry.",
            "RT to warn others: Oakfield Nursing Home left my patient with a grade 4 sore and nobody reported it.",
            "Sharing this far and wide: the dialysis unit at Penrose keeps running without a nurse in charge.",
        ] {
            assert!(fires(t), "{t}");
        }
        assert!(!message_fires(
            "Avoid the maternity unit at Thornbury General if you can, honestly, go to Castlebridge"
        ));
        for t in [
            "Proud of our ED team tonight, 14 trolleys in the corridor and everyone still got their obs done on time.",
            "Please share: our ward is fundraising for a new sensory room for the dementia bay. Every pound helps!",
            "Avoid the A38 this morning, huge queues past the hospital roundabout. Leave early for clinic!",
            "Sharing far and wide: we're recruiting two GP partners at Dunmore Medical Centre. Lovely team.",
            "Please avoid the A&E at Royal Derby tonight unless it's an emergency, use 111 online instead.",
            "Our practice can't do travel jabs any more, go to Boots instead. Sorry!",
        ] {
            assert!(!fires(t), "{t}");
        }
    }

    #[test]
    fn advice_and_system_comment_stay_quiet() {
        for t in [
            "If a colleague seems out of their depth, talk to your educational supervisor first.",
            "Staffing levels across the NHS mean something will go wrong somewhere. Fund it properly.",
            "Lovely leaving do for the ward manager at Riverside tonight!",
            "We raised concerns about staffing through our guardian and the trust listened. More of this please",
        ] {
            assert!(!fires(t), "{t}");
        }
        for t in [
            "Three stillbirths in a month on our unit and the trust wants it kept quiet. Not on my watch",
            "Our trust told us to falsify the waiting list figures before the inspection",
        ] {
            assert!(fires(t), "{t}");
        }
    }

    #[test]
    fn a_named_doctor_warned_against_or_a_colleague_drunk_on_duty() {
        assert!(fires(
            "To everyone in Harrogate: avoid Dr Simmons at Park Lane Surgery, he's had three complaints this year"
        ));
        assert!(fires(
            "The registrar on nights at St James's keeps turning up drunk. I've seen it three times. Wake up management."
        ));
        assert!(fires(
            "Our surgical unit at St Luke's lost two patients to sepsis because the registrar ignored the NEWS scores. Board won't act."
        ));
        assert!(!fires(
            "Avoid Dr Google at all costs, and see your GP if you're worried"
        ));
        assert!(!fires(
            "Sepsis teaching today: never ignore the NEWS score, escalate early"
        ));
    }

    #[test]
    fn conditions_on_a_named_ward_and_private_work_on_nhs_time() {
        assert!(fires(
            "Day 3 of no hot water on the maternity ward at Kingsmill. Mothers are washing in cold water. Trust management don't care."
        ));
        assert!(fires(
            "The consultant anaesthetist at our place is doing private lists on NHS time and everyone is too scared to say anything"
        ));
        assert!(!fires(
            "We've opened a new staff wellbeing hub at St Anne's Hospice. Proud of the team!"
        ));
    }

    #[test]
    fn an_impaired_or_dangerous_colleague_hinted_at_or_a_ward_warned_off() {
        for t in [
            "My consultant (Mr H, colorectal, big Midlands trust, you know who you are) is operating with a visible tremor and nobody will say a word",
            "What I saw on my GP placement at Lark Lane Surgery: unqualified staff doing smears. Haven't reported it because nothing ever happens, so I'm putting it out here instead.",
            "Walked onto nights again to find one registrar covering 140 patients. If you're booked for surgery with us this week, think very carefully.",
            "Not naming names but the locum on Ward 7 at Northgate General has nearly killed two patients this month. RT until they listen.",
            "Ask me which surgeon at our place keeps operating after a lunchtime glass of wine. Actually don't, but you can probably guess",
        ] {
            assert!(fires(t), "{t}");
        }
        for t in [
            "Nearly killed myself on the icy car park this morning, gritters please!",
            "If you're booked for surgery this week, think carefully about what you eat the night before: nil by mouth from midnight",
            "Not naming names but someone in our house ate all the biscuits",
            "The flu vaccines arrived today and none are out of date, clinics start Monday",
        ] {
            assert!(!fires(t), "{t}");
        }
    }

    #[test]
    fn the_writer_called_a_surgeon_is_not_a_colleague_accused() {
        assert!(!fires(
            "As an F2 I'm not a surgeon yet, but take it from a surgical trainee: the mesh scandal was real and women were failed"
        ));
    }

    #[test]
    fn putting_an_incident_on_datix_is_the_proper_channel() {
        assert!(!message_fires(
            "Thanks for listening earlier. I'll put the incident on Datix tonight and email the clinical lead tomorrow, as we agreed."
        ));
        assert!(fires(
            "The locum on our ward at St Mary's nearly killed a patient last night and nobody cares. I'll put the whole thing on here tomorrow."
        ));
    }

    #[test]
    fn the_channel_passed_over_for_the_public_and_readers_told_to_ask_questions() {
        for t in [
            "our maternity unit is a disaster waiting to happen, CTGs not looked at for hours. rather than fill in another form I'm posting here so there's a record",
            "the consultant on my inpatient unit restrains people for way longer than he needs to and I'm done doing datixes that go nowhere, so I'm telling the internet instead",
            "consultant on our unit has been turning up smelling of booze for months. everyone knows, nobody does anything. if you've been on his list, ask questions",
            "the lead GP at my old practice signed off repeat prescriptions without reading them for YEARS and nobody said a thing",
        ] {
            assert!(fires(t), "{t}");
        }
        for t in [
            "If you're worried a colleague is drinking on duty, speak to your clinical director or FTSU guardian",
            "Rather than posting about it, I raised it with our FTSU guardian today and it's being looked into",
        ] {
            assert!(!fires(t), "{t}");
        }
    }

    #[test]
    fn a_concern_sent_to_the_papers_or_to_an_influencer_and_a_policy_judged() {
        assert!(!message_fires(
            "honestly haven't bothered reporting the rota gap again, datixes that go nowhere. pint after clinic?"
        ));
        assert!(group_fires(
            "PSA: the out of hours at Kirkby have got unqualified staff triaging poorly babies. haven't bothered reporting it cos nobody listens, so telling you lot instead"
        ));
        assert!(fires("Private hospital where I do sessions lets a spinal surgeon with a frankly scary revision rate keep operating. Management know. Tempted to send it all to the Mail"));
        assert!(message_fires("Hi, I'm an anaesthetist at a big London trust. could u post about how our theatre lead skips the WHO checklist? we had a wrong-site block last week"));
        assert!(!fires("Striking because the contract as written is unsafe for patients and will drive people out. Nothing personal Mr Hunt, it's the policy"));
    }

    #[test]
    fn channels_written_off_kit_out_of_date_and_notes_falsified_are_aired() {
        for t in [
            "Pic of our corridor tonight. 14 patients on trolleys. Nobody reads our datix so here you go @BBCNews. This is unsafe and the trust knows it",
            "pic of our resus trolley, defib pads out of date since march, reported twice. tagging @CQCProf cos apparently thats what it takes round here",
            "3 doctors covering 200 beds at our trust. Patients will die. I am done using the proper channels",
            "the med reg refused to come see my sick patient and he arrested. posting this bc datix does nothing",
            "the care my patient got at your hospital was negligent. Tagging @ChiefExec here since my emails get ignored.",
            "@NorthMidsNHS \"proud of our ED\" funny that, patients lying on the floor in majors and the site manager told us not to escalate. Someone is going to die.",
        ] {
            assert!(fires(t), "{t}");
        }
        for t in [
            "reminder to every F1: if ur worried about a colleague, datix it, talk to ur CS or the guardian of safe working",
            "So proud of our ED team tonight, 14 trolleys in the corridor and everyone still got their obs done",
            "my emails to the rota coordinator get ignored lol, anyone know who does the swaps now?",
        ] {
            assert!(!fires(t), "{t}");
        }
    }

    #[test]
    fn a_group_hears_a_colleague_accused_only_when_it_is_warned_or_told_why() {
        assert!(group_fires(
            "PSA dont rotate to Furness General ortho, the consultant Mr B operates half cut on fridays, everyone knows, nobody does a thing"
        ));
        assert!(group_fires(
            "our supervisor keeps prescribing antibiotics over the phone without seeing anyone and writing in the notes that he examined them. not sure who to tell so posting here"
        ));
        assert!(!group_fires(
            "the consultant operates half cut on fridays apparently, what do we do? going to speak to my ES tomorrow"
        ));
    }

    #[test]
    fn session_28_the_hospital_named_on_purpose_and_datix_given_up_on() {
        assert!(fires(
            "Midwife here. Write to your MP. Our postnatal ward had no paed cover for 9 hrs on Saturday and jaundiced babies weren't reviewed. I've given up on Datix, nothing ever happens"
        ));
        assert!(fires(
            "anyone else on the Whiston rotation seen one of the F2s signing drug charts for pts he's never even seen? tempted to just post the screenshots on here so everyone knows"
        ));
        assert!(!fires(
            "Midwife here. Our postnatal ward had no paed cover for 9 hrs on Saturday. Datix'd it and the FTSU guardian is on it."
        ));
    }

    #[test]
    fn session_29_going_public_escalation_given_up_and_accusations_by_shape() {
        for t in [
            "Our histopathology backlog at Northfield General is now 11 weeks for cancer biopsies. I'm saying it here because internal escalation has gone nowhere.",
            "our trust is quietly sitting on 4000 unvetted ophthalmology referrals, some will go blind while they wait. execs are hiding it from the CQC. AMA",
            "I've decided to go public. Our ethics committee rubber-stamped a paediatric trial I believe is harming kids.",
            "Peer reviewing a trial manuscript and the data are fabricated, identical SDs across 6 arms. Big London group. Editor's ignored me twice so I'm going public.",
        ] {
            assert!(fires(t), "{t}");
        }
        assert!(message_fires(
            "Hi, I'm a reg at St Helier, saw your piece on cancer waits. The urology lead has been cancelling clinics to do his private list. Pls keep my name out"
        ));
        for t in [
            "Escalation has gone nowhere on the car park permits, so I'm paying £8 a day again",
            "Going public with our engagement at last 💍 thank you all!",
            "Loved your piece on the history of the stethoscope, saw your piece on Laennec too",
        ] {
            assert!(!fires(t), "{t}");
        }
        assert!(!message_fires(
            "saw your piece on sourdough starters, mine died again lol"
        ));
    }

    #[test]
    fn session_30_silence_broken_cover_ups_drink_at_work_and_exam_scenarios() {
        for t in [
            "I can no longer stay silent. Our renal unit is routinely skipping dialysis sessions and patients are being harmed. Internal routes have gone nowhere.",
            "is our cardiology reg dangerously out of date or is it just me? sent a man with a clear inferior STEMI home last wk. posting here first",
            "the night the ward sister left 3 pts on the floor for 5 hrs bc she was on her phone, and management swept it all under the carpet",
            "Not going through 'proper channels' again. One of our surgeons turns up to on-calls smelling of drink and everyone knows. Share this till someone acts.",
            "Reporting it here because nobody internal listens: our practice is sitting on urgent referrals to hit ICB targets.",
        ] {
            assert!(fires(t), "{t}");
        }
        assert!(group_fires(
            "Street group heads up - the locum at the health centre is clearly drinking, could smell it on him at 9am. don't let him see your kids"
        ));
        for t in [
            "MSRA professional dilemmas were brutal, had one about a colleague smelling of alcohol on shift and changed my answer three times",
            "The carpet in the mess has been swept under the rug of estates for years lol, still sticky",
            "Posting here first because the rota goes out tomorrow: swaps by Friday please",
        ] {
            assert!(!fires(t), "{t}");
        }
    }

    #[test]
    fn session_31_people_passed_fit_unseen_meds_missed_and_a_unit_to_shut_down() {
        for t in [
            "The OH provider at a certain supermarket's depot is passing injured pickers fit for full duties without even examining them. @HSE_News",
            "Can't keep quiet any more. Custody healthcare in Wolverhampton is so understaffed detainees are going 12+ hours without their meds. Sharing so the public knows.",
            "story time 🫣 the cardiologist doing our club's screens is passing ECGs he hasnt even looked at. if your kid plays for an academy in the midlands... be worried",
            "@PillPostUK just sold 3 months of codeine to one of my patients off a tick box form despite her being on our dependency register. I'm naming and shaming till someone acts.",
            "storytime: why I wouldn't let my sister give birth at the hospital I work at 🧵 pt 1. CTGs not being reviewed, near misses that nobody's reported",
        ] {
            assert!(fires(t), "{t}");
        }
        for t in [
            "Our OH provider is brilliant, they examine everyone properly before signing them fit",
            "Reminder: never sign anyone fit without examining them. Proper process matters.",
            "Patients going 12 hours without food before theatre is normal fasting, don't worry",
            "My sister gave birth at the hospital I work at and the care was wonderful",
        ] {
            assert!(!fires(t), "{t}");
        }
    }

    #[test]
    fn a_retracted_paper_called_fraudulent_is_no_concern_about_care() {
        assert!(!fires(
            "two doses of MMR gives about 97% protection, ring your GP practice and they'll check your records. and no it doesn't cause autism, that paper was fraudulent and got retracted."
        ));
    }

    #[test]
    fn going_public_advised_against_is_not_going_public() {
        assert!(!fires("if you're worried about patient safety where you work: your supervisor, your trust's Freedom to Speak Up Guardian, or the GMC helpline. twitter is not a channel and going public first can hurt you and the patients."));
        assert!(!fires("Never go to the press about your trust before you've used the proper channels, it can backfire badly."));
    }

    #[test]
    fn session_33_harm_by_shape_aired_to_go_viral_or_tagged_to_a_regulator() {
        for t in [
            "Our NNU has been running 1 nurse to 4 intensive care babies for 3 weeks. Management know.",
            "FY2 in paeds at a DGH. One consultant keeps writing up adult gent doses for neonates and the ward pharmacist just quietly fixes them. Should I post photos of the drug charts on here??",
            "storytime: our lab mislabelled 3 samples this month and one patient got the wrong blood group. telling u lot because management buried it",
            "our derm dept is bouncing 2WW skin cancer referrals back to GPs to hit targets. posting here bc my CD told me to 'drop it'",
            "storytime the sepsis protocol at my DGH is basically decorative, patients sitting 6 hrs without antibiotics every night. need this to go viral so the trust actually does something",
            "Ward 22 at Queen's has had NO hand gel for a week and C diff is going round the bays, tagging @NHSEngland and @CareQualityComm until someone actually listens",
        ] {
            assert!(fires(t), "{t}");
        }
        for t in [
            "Proud of our NNU: 1:1 nursing for every intensive care baby this winter despite everything",
            "Please share this: our lab is recruiting biomedical scientists, great team",
        ] {
            assert!(!fires(t), "{t}");
        }
    }

    #[test]
    fn session_34_records_backfilled_silence_ordered_and_threats_to_post() {
        for t in [
            "Our district nursing team have been marking home visits as done when nobody went. Housebound diabetics going a week+ with no checks. Taking it to the local paper tomorrow.",
            "Third resident this month sent back from Greenacres care home with a grade 4 pressure sore the home didn't notice. CQC asleep at the wheel.",
            "the breast screening unit I work at lost 300 recall letters and management told us all to keep quiet so here's me telling you instead",
            "a colleague in our cancer MDT has been downstaging patients to hit the 62 day target. seen it with my own eyes",
            "Our matron backfilled the obs charts after he died and I've got photos. Sharing them here tomorrow if nobody at the top does anything.",
            "4th patient this month diagnosed by a certain RTC provider after a 30 minute questionnaire. Not bothering with the ICB, this thread IS my complaint",
        ] {
            assert!(fires(t), "{t}");
        }
        for t in [
            "Really proud of our district nursing team, every home visit done despite the snow",
            "Our matron has transformed the obs charts, NEWS2 compliance up to 98% this quarter",
            "Taking the kids to the local paper's fun run tomorrow, wish us luck",
            "I raised it through Datix and our FTSU guardian, and CQC inspected last month. That is how it should work.",
        ] {
            assert!(!fires(t), "{t}");
        }
    }

    #[test]
    fn session_35_documents_handed_over_with_the_source_hidden_and_readers_sent_to_the_press() {
        for t in [
            "Hi Tom, as discussed, attached is the internal SI review into the two baby deaths on our unit in March. Please don't say where you got it.",
            "Sending you the internal SEA on the delayed retrieval from the island. You didn't get it from me. The board buried it.",
            "Hi Sarah, attaching the rota gap spreadsheet and the email where the CD says to keep the gaps off the risk register. Please keep my name out of it.",
        ] {
            assert!(message_fires(t), "{t}");
        }
        for t in [
            "Locum doctors at Wexbridge General are being told to sign off discharge summaries for patients they never saw. Share before they delete this.",
            "Nothing has changed after three months of incidents on the ward, so I'll be posting the names of the managers responsible on here next week.",
        ] {
            assert!(fires(t), "{t}");
        }
        // The proper channel, with the source protected; a form sent to a patient; advice to readers.
        for t in [
            "Reported it through FTSU today and attached the rota review. They said they'd keep my name out of it.",
            "Attached is your appointment letter and the leaflet about the scan, let me know if you have questions",
        ] {
            assert!(!message_fires(t), "{t}");
            assert!(!fires(t), "{t}");
        }
        assert!(!message_fires(
            "Spoke to the FTSU guardian about the rota today, please keep my name out of it if it comes up"
        ));
    }

    #[test]
    fn session_36_ultimatums_takedowns_and_sources_kept_out() {
        for t in [
            "Hi Tom, as promised, attached: the group's internal complications audit summary and the board minutes. Please keep my name well out of it.",
            "Hi Sophie, as discussed I've attached the SI report on the two baby deaths on our unit. Please don't use my name.",
        ] {
            assert!(message_fires(t), "{t}");
        }
        for t in [
            "Can confirm, I work there. The execs have buried every Datix we've put in. Retweet before they get this taken down.",
            "The locum in our skin cancer service has missed three melanomas this year. If nothing changes by Friday I'm putting his name on here.",
            "To the exec team at Northgate: sort the handover delays by Friday or the photos of eleven crews stacked outside go straight to the Chronicle.",
            "I filmed cannulas being reused between clients. I raised it with my manager, nothing happened, so I'm taking it to you.",
        ] {
            assert!(fires(t), "{t}");
        }
        for t in [
            "If nothing changes by Friday I'm putting my name down for the extra shifts, rota permitting",
            "Please don't use my name on the rota swap sheet, I'm on leave that week",
            "If the weather holds by Friday we're going straight to the beach",
        ] {
            assert!(!fires(t), "{t}");
            assert!(!message_fires(t), "{t}");
        }
    }

    #[test]
    fn session_37_ultimatums_whose_forfeit_is_going_public() {
        for t in [
            "Our academy head coach is STILL sending U16s back on after head knocks and the board couldn't care less. If nothing changes by Saturday I'm putting the match footage on here for everyone to see.",
            "@HollybushICB you've got till Friday to sort out district nursing cover for the Hollybush patch or I'm putting every missed insulin visit on here, dates and all.",
            "If the rota isn't sorted by Friday and we're left with one med reg for 450 beds again, I'm sending the Datix screenshots to the Evening Chronicle.",
            "If the practice manager doesn't fix the 6 week wait on urgent cancer referrals by Friday I'm doing a whole reel on it and naming the practice.",
        ] {
            assert!(fires(t), "{t}");
        }
        for t in [
            "If the rota isn't sorted by Friday I'm escalating it to the clinical director and the guardian of safe working.",
            "If nobody swaps by Friday I'll post the shift on here again, it's a Saturday long day on the medical take.",
            "If the boiler isn't fixed by Monday I'm going to the letting agent in person, third week without hot water.",
            "You've got till Friday to sort your portfolio or the ARCP panel will mark it outcome 5, so get the ward round reflections done.",
        ] {
            assert!(!fires(t), "{t}");
        }
    }

    #[test]
    fn session_38_ultimatums_with_a_contact_at_the_paper_or_a_clock_running() {
        for t in [
            "If the lab manager hasn't sorted the mislabelled sample problem by Friday I'm putting the photos of the rejected specimen bags on Twitter. I've had it.",
            "If medical staffing haven't filled the gaps by Friday I'm sending the whole rota spreadsheet + the SI emails to my mate at the Mirror.",
            "If we're left with one SHO for 60 beds again this weekend, I'm sending every photo I've taken to a friend at the Evening Standard.",
            "Our locum reg spent most of last night's on-call asleep in his car and missed a perf. I've got his name and his agency. The trust has 48 hours before I post both on here.",
            "Sort the rota out by Friday or I'm going to the papers. Three nights with one SHO for the whole hospital.",
        ] {
            assert!(fires(t), "{t}");
        }
        for t in [
            "If nobody fills the gaps by Friday I'll post the shifts on here again, long days on the medical take",
            "If we win again this weekend I'm posting the video on here! Hospital five-a-side final",
            "If my landlord hasn't fixed the boiler by Friday I'm putting the photos on Facebook",
            "We have 48 hours to submit the ward audit before I go on leave, so send me your data",
            "If the Mirror calls the ward again I'm not talking to them, all press goes through comms",
        ] {
            assert!(!fires(t), "{t}");
        }
    }

    #[test]
    fn session_38_a_crowded_corridor_pictured_in_protest() {
        let photo = |t: &str| {
            let r = crate::rules::testing::record(
                Platform::Instagram,
                Kind::Photo,
                Audience::Public,
                t,
            );
            !crate::rules::testing::findings(&PublicConcern, &r).is_empty()
        };
        for t in [
            "This is the line of trolleys outside CT at Harbourgate tonight. The gent in the blue blanket has been waiting since 9am. Shame on this trust 😡",
            "4pm in ENT outpatients. Patients sat on the floor, 3 hours past their appointment time. This is a disgrace and the public need to see it.",
            "Look at this. An elderly gentleman on a trolley in corridor C at Brookvale General for 19 hours, no dignity, no privacy.",
        ] {
            assert!(photo(t), "{t}");
        }
        for t in [
            "14 trolleys delivered to our new ED today, ready for the opening next week. Thanks to the hospital charity!",
            "Corridor care explained: what the RCEM evidence says about harm, and what needs to change nationally.",
        ] {
            assert!(!photo(t), "{t}");
        }
        assert!(!fires(
            "We had 14 patients on trolleys in the corridor last night. Shame on the government for a decade of underfunding."
        ));
    }
}

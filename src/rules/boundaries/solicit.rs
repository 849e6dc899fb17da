//! BND006: inviting someone into a private consultation — "DM me your symptoms", "reply to me privately
//! with your ECG and I'll tell you", "I can write you a private script".
//!
//! GMC 2024 ¶17 asks doctors to direct people who contact them about their care to an appropriate
//! healthcare setting; opening a private channel for one person's care does the opposite, and the
//! MDU's boundaries advice warns against mixing social and professional relationships. The invitation
//! is the problem even before any advice is given, so the rule reads the invitation itself: an
//! invitation into private contact, or an offer of personal care, together with something clinical
//! about the person (their symptoms, results, medicines, a photo of a lesion). Broadcast posts are left
//! to the advertising rules; one-to-one direct messages are judged in their thread by BND001, except
//! two kinds: the reader's own doctor offering, in a message, to move their care to the doctor's
//! private list ("as your consultant I'd suggest we move your follow-up to my private list"), and
//! the personal channel offered in place of care ("message me anytime, it's easier than getting an
//! appointment!").

use super::{spans, texts, CONTACT_GUIDANCE};
use crate::detect::stance::negated_before;
use crate::detect::{Analysis, Span, SpanKind};
use crate::model::{Kind, Record};
use crate::rules::verdict::{
    evidence, noun, opens_with_handle, quoted, reach, writer, Reach, Writer,
};
use crate::rules::{Action, ActionKind, Category, Context, Finding, Rule, RuleMeta, Severity};

use crate::detect::gate::Regex;
use std::sync::LazyLock;
use SpanKind as K;

pub struct PrivateConsultation;

static PRIVATE_CONSULTATION: RuleMeta = RuleMeta {
    code: "BND006",
    name: "private-consultation-invited",
    category: Category::Boundaries,
    severity: Severity::Medium,
    confidence: 0.7,
    summary: "You invite someone to consult you privately through social media",
    guidance: CONTACT_GUIDANCE,
    what_it_finds: "Your replies, comments and group-chat messages that invite one person into private \
        contact about their health (\"DM me your symptoms\", \"reply to me privately with your ECG\", \
        \"send me a photo of the rash\") or offer them personal care outside a healthcare setting \
        (\"I'll tell you what to take\", \"I can write you a private script\", \"I can see you \
        privately\"), a bio that opens your DMs for people's care (\"DMs open for skin \
        questions\"), and a private message in which you, as the reader's doctor, offer to move their \
        care to your private practice (\"as your consultant I'd suggest we move your follow-up to my \
        private list\") or offer your personal channel in place of their care (\"message me anytime, \
        it's easier than getting an appointment!\"). An invitation that is refused or negated (\"please don't DM me\", \"I can't \
        advise here\") does not fire; broadcast adverts are judged by the advertising rules.",
    why_it_matters: "If someone asks you about their care through a personal profile, the GMC asks you \
        to direct them to an appropriate healthcare setting (2024 ¶17); inviting them into your DMs \
        starts a consultation without records, examination or safety-netting and blurs the boundary \
        between social and professional relationships (2024 ¶16; 2013 ¶10–11).",
    example: "Comment: \"@sam message me privately with your blood results and I'll tell you what to ask \
        for\" (fires). Comment: \"Please don't DM me symptoms — I can't advise individuals; your GP or \
        111 can\" (does not).",
    how_to_fix: "Delete the invitation; reply that you can't advise individuals online and point them \
        to their GP, a pharmacist, 111 or urgent care. Don't take the conversation to DMs.",
};

/// Something clinical about the person invited: their symptoms, results, medicines, an image, a
/// working diagnosis or advice.
const CLINICAL_ANCHORS: &[SpanKind] = &[
    K::Condition,
    K::Results,
    K::Dose,
    K::SymptomQuery,
    K::CareAddressed,
    K::ClinicalImage,
    K::Diagnosis,
    K::Advice,
];

/// True when an offer of care is clinical by itself ("a private script", "what to take").
pub(super) fn clinical_offer(text: &str, s: &Span) -> bool {
    let t = s.text(text).to_lowercase();
    [
        "script",
        "prescri",
        "what to take",
        "medical",
        "privately",
        "clinic",
        "which",
        "consult",
        "once-over",
        "second opinion",
    ]
    .iter()
    .any(|w| t.contains(w))
}

/// Booking or paying for a service: an advert, not a private consultation.
static BOOKING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:book(?:ing|ings|ed)?|prices?|pricing|£\s?\d|fees?|appointments?\s+available|enquir(?:e|ies)|treatments?)\b")
        .expect("valid regex")
});

/// A post that sells a service (booking, a price, an offer) or a cosmetic or weight-loss medicine:
/// an advert, judged by the advertising rules.
fn sells(r: &Record) -> bool {
    use crate::detect::promotion::CueKind as C;
    if BOOKING.is_match(&r.text) {
        return true;
    }
    let analysis = crate::rules::judge::analysis(r);
    analysis.cues.iter().any(|c| {
        matches!(
            c.kind,
            C::Price | C::Offer | C::PercentOff | C::Cta | C::Service | C::Scarcity
        )
    }) || analysis.meds.iter().any(|m| m.is_cosmetic_or_weight_loss())
}

/// An offer of care that is clinical by its own words ("video consults", "a once-over").
fn care_offer_is_clinical(text: &str, invited: &[Span]) -> bool {
    invited
        .iter()
        .any(|s| s.kind == K::CareOffer && clinical_offer(text, s))
}

/// The invitation and offer spans of `text` that are not negated ("don't DM me").
pub(super) fn solicitation(text: &str, a: &Analysis) -> Vec<Span> {
    spans(a, &[K::PrivateInvite, K::CareOffer])
        .into_iter()
        .filter(|s| !negated_before(text, s.start as usize) && !sent_elsewhere(text, a, s))
        .collect()
}

/// "For anything medical, please ring the surgery": the offer's subject is handed to a proper
/// channel in the same sentence, so it is a redirect, not an offer.
fn sent_elsewhere(text: &str, a: &Analysis, offer: &Span) -> bool {
    if offer.kind != K::CareOffer {
        return false;
    }
    let (_, e) = crate::detect::phrases::sentence_around(text, offer.start as usize);
    a.of_kind(K::Redirect)
        .any(|r| r.start >= offer.end && (r.start as usize) <= e && r.start - offer.end <= 40)
}

impl Rule for PrivateConsultation {
    fn meta(&self) -> &'static RuleMeta {
        &PRIVATE_CONSULTATION
    }

    fn check(&self, r: &Record, cx: &Context, out: &mut Vec<Finding>) {
        if r.kind == Kind::Profile {
            if writer(r) == Writer::Owner {
                profile_invitation(r, cx, out);
            }
            return;
        }
        // A reply inside a private chat is a direct message too.
        let one_to_one =
            matches!(r.kind, Kind::Message | Kind::Reply) && reach(r) == Reach::Private;
        let aimed = matches!(r.kind, Kind::Reply | Kind::Comment | Kind::GroupMessage)
            || (matches!(r.kind, Kind::Quote | Kind::Post)
                && (!r.mentions.is_empty() || opens_with_handle(r)));
        let broadcast = !aimed
            && matches!(
                r.kind,
                Kind::Post | Kind::Quote | Kind::Photo | Kind::Video | Kind::Story
            );
        if writer(r) != Writer::Owner {
            return;
        }
        if one_to_one {
            out.extend(
                private_list_offer(r)
                    .or_else(|| channel_instead_of_care(r, cx))
                    .or_else(|| personal_number_to_patient(r))
                    .or_else(|| channel_opened_to_patient(r))
                    .or_else(|| care_from_own_account(r, cx))
                    .or_else(|| patient_steered_off_their_care(r, cx))
                    .or_else(|| care_given_by_message(r)),
            );
            return;
        }
        if !(aimed || broadcast) {
            return;
        }
        let a = cx.analysis(r);
        if !a.has_any(&[K::PrivateInvite, K::CareOffer]) || a.has(K::Refusal) {
            return;
        }
        let invited = solicitation(&r.text, &a);
        if invited.is_empty() {
            return;
        }
        if r.kind == Kind::GroupMessage && !super::addressed_to_one(r) {
            return;
        }
        let offer = invited.iter().any(|s| s.kind == K::CareOffer);
        let clinical: Vec<Span> = spans(&a, CLINICAL_ANCHORS);
        // An invitation alone needs something clinical about the person invited ("your results",
        // "your symptoms", a diagnosis or advice), not just a health word nearby.
        let about_them = clinical.iter().any(|s| {
            matches!(
                s.kind,
                K::CareAddressed | K::SymptomQuery | K::Diagnosis | K::Dose
            )
        }) || (clinical
            .iter()
            .any(|s| matches!(s.kind, K::Condition | K::Results | K::ClinicalImage))
            && r.text.to_lowercase().contains("your"))
            // "just message me, no need to wait for the GP": the invitation replaces their care.
            || clinical
                .iter()
                .any(|s| crate::detect::steering::steers_away(&r.text, s))
            // "message me on here if it plays up, saves you the 8am phone scramble".
            || (!broadcast && way_round_care(&r.text, !clinical.is_empty()).is_some());
        if !(offer || about_them) {
            return;
        }
        // A post to everyone solicits consultations when it opens a private channel for people's
        // own care ("DM me a pic of the rash and I'll tell you…"); booking a clinic's services the
        // same way is the advertising rules' business.
        if broadcast
            && (!invited.iter().any(|s| s.kind == K::PrivateInvite)
                || !(about_them
                    || (offer && (!clinical.is_empty() || a.has(K::HealthTopic)))
                    || care_offer_is_clinical(&r.text, &invited))
                || sells(r))
        {
            return;
        }
        // "DMs open to colleagues who want a chat": peers invited, not patients.
        if broadcast && PEERS_INVITED.is_match(&r.text) {
            return;
        }
        // A colleague arranging the care of their patient is professional discussion.
        if a.has_any(&[K::PatientRef, K::BedRef]) && !a.has(K::CareAddressed) {
            return;
        }
        let words = quoted(texts(&r.text, &invited), 3);
        let mut f = Finding::new(
            &PRIVATE_CONSULTATION,
            r,
            format!("invites someone to consult you privately ({words}) in a {}", noun(r)),
            evidence(&r.text, invited.iter().chain(clinical.iter())),
            Action::new(
                ActionKind::Edit,
                format!("Remove the invitation ({words}); say you can't advise individuals online and point them to their GP, a pharmacist or 111."),
            ),
        );
        if offer && !clinical.is_empty() {
            f.confidence = 0.75;
        }
        if r.kind == Kind::GroupMessage {
            f.severity = Severity::Low;
        }
        f.finalise();
        out.push(f);
    }
}

/// An invitation to message aimed at the writer's peers: "DMs open to colleagues", "inbox open for
/// any trainee who wants a chat", "happy to chat to fellow medics".
static PEERS_INVITED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:dms?|inbox|messages?|door)\s+(?:are\s+|is\s+)?(?:always\s+)?open\s+(?:to|for)\s+(?:any\s+|all\s+|fellow\s+|other\s+)?(?:colleagues|trainees?|juniors?|medics|doctors|students|med\s+students|medical\s+students|nurses|peers|registrars|residents|fy1s|gps|consultants)\b|\b(?:happy|glad)\s+to\s+(?:chat|talk)\s+(?:to|with)\s+(?:any\s+)?(?:fellow|other)\s+(?:medics|doctors|colleagues|trainees|clinicians)\b",
    )
    .expect("valid regex")
});

/// The writer speaking as the reader's doctor: "as your consultant", "I'm your surgeon".
static AS_THEIR_DOCTOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:as|i[’']?m|i\s+am|being)\s+your\s+(?:consultant|surgeon|gp|doctor|dermatologist|cardiologist|specialist|psychiatrist|obstetrician|gynaecologist|oncologist|physician|anaesthetist|orthopaedic\s+surgeon)\b",
    )
    .expect("valid regex")
});

/// Care moved to the writer's private practice: "my private list", "see you privately", "at the
/// Nuffield".
static PRIVATE_PRACTICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:my\s+private\s+(?:list|clinic|practice|rooms|patients?|work)|(?:see|treat|operate\s+on|do\s+it\s+for)\s+you\s+privately|(?:go|going|do\s+it|be\s+seen)\s+privately\s+(?:with|under)\s+me|at\s+the\s+(?:nuffield|spire|bmi|priory|london\s+clinic|cromwell|wellington|portland))\b",
    )
    .expect("valid regex")
});

/// In a private message, the reader's doctor offering to move their care to the doctor's private
/// practice: a patient steered through a personal channel into a paid relationship (GMC 2024 ¶17;
/// GMP ¶90b on interests). Declining ("I can't see you privately") does not fire.
fn private_list_offer(r: &Record) -> Option<Finding> {
    care_and_offer(
        r,
        AS_THEIR_DOCTOR.find(&r.text)?,
        PRIVATE_PRACTICE.find(&r.text)?,
        "offers your patient private care",
        "Keep care where it is: arrange follow-up through the clinic's own channels, and if private treatment is raised, let the patient choose it through the normal referral route, with your interest declared.",
        0.7,
    )
}

/// The finding both private-message offers share: the writer's care of the reader (`relation`)
/// and what is offered outside it (`offer`), unless the offer is refused.
fn care_and_offer(
    r: &Record,
    relation: regex::Match<'_>,
    offer: regex::Match<'_>,
    what: &str,
    instruction: &str,
    confidence: f64,
) -> Option<Finding> {
    if negated_before(&r.text, offer.start()) {
        return None;
    }
    let spans = [
        Span::new(relation.start(), relation.end(), K::PatientRelation),
        Span::new(offer.start(), offer.end(), K::PrivateInvite),
    ];
    Some(pair_finding(r, spans, what, instruction, confidence))
}

/// A direct-message finding shown by two spans: "{what} (“a” and “b”) in a message".
fn pair_finding(
    r: &Record,
    spans: [Span; 2],
    what: &str,
    instruction: &str,
    confidence: f64,
) -> Finding {
    let words = quoted(texts(&r.text, &spans), 2);
    let mut f = Finding::new(
        &PRIVATE_CONSULTATION,
        r,
        format!("{what} ({words}) in a {}", noun(r)),
        evidence(&r.text, spans.iter()),
        Action::new(ActionKind::Edit, instruction),
    );
    f.confidence = confidence;
    f.finalise();
    f
}

/// The way round the reader's care, said beside the invitation: "rather than waiting 3 weeks for
/// an appointment", "quicker than going through reception", "saves you the 8am phone scramble".
static ROUND_THE_CARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:no\s+need\s+to\s+go\s+through|rather\s+than|instead\s+of|saves?\s+you|(?:quicker|easier|better|faster)\s+(?:to\s+(?:[\w-]+\s+){1,4}?)?than|beats?)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,5}?(?:appointments?|reception|the\s+surgery|the\s+practice|8\s?am|phone\s+scramble|111|a&e|waiting\s+lists?|the\s+queue|the\s+phones?|switchboard|phone\s+lines?|(?:the\s+)?receptionists?|booking\s+in|appts?)\b|\bno\s+need\s+to\s+(?:book(?:\s+in)?|make\s+an\s+appointment|faff\s+(?:about|around)\s+(?:with\s+)?booking|go\s+th(?:rough|ru|ro)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:line|reception|practice|surgery|clinic|team))\b|\bsaves?\s+(?:u|you)\s+(?:waiting|the\s+wait)\b|\bthis\s+(?:can|will)\s+(?:just\s+)?be\s+(?:just\s+)?between\s+(?:us|you\s+and\s+me)\b",
    )
    .expect("valid regex")
});

/// [`ROUND_THE_CARE`] where the way round names the care itself, or where the message is about
/// something clinical: "quicker than the phones" is about a rota otherwise.
fn way_round_care(text: &str, clinical: bool) -> Option<Span> {
    ROUND_THE_CARE
        .find(text)
        .filter(|m| clinical || round_care_named(m.as_str()))
        .map(|m| Span::new(m.start(), m.end(), K::Advice))
}

/// The way round names the care itself (not "the phones" or "the practice email").
fn round_care_named(clause: &str) -> bool {
    let c = clause.to_lowercase();
    [
        "appointment",
        "reception",
        "8am",
        "8 am",
        "111",
        "a&e",
        "waiting list",
        "booking in",
        "appt",
        "book",
        "duty line",
        "between",
        "waiting",
    ]
    .iter()
    .any(|w| c.contains(w))
}

/// "Message me anytime, it's easier than getting an appointment!": in a direct message, the
/// doctor opens their personal channel as the way round the reader's care. Whatever the thread
/// said before, the message itself invites the reader to bring their care here (GMC 2024 ¶17).
fn channel_instead_of_care(r: &Record, cx: &Context) -> Option<Finding> {
    let a = cx.analysis(r);
    // "just pop round mine after work and I'll have a look": the writer's home as the clinic.
    let home_visit = a.of_kind(K::HomeCue).find(|s| {
        let t = s.text(&r.text).to_lowercase();
        [
            "pop round",
            "come round",
            "come over",
            "swing by",
            "pop over",
        ]
        .iter()
        .any(|w| t.starts_with(w))
    });
    if !(a.has(K::PrivateInvite) || home_visit.is_some()) || a.has(K::Refusal) {
        return None;
    }
    let invite = a.of_kind(K::PrivateInvite).next().or(home_visit)?;
    let around = a
        .of_kind(K::Advice)
        .find(|s| crate::detect::steering::steers_away(&r.text, s))
        .copied()
        .or_else(|| way_round_care(&r.text, a.has_any(CLINICAL_ANCHORS)))?;
    Some(pair_finding(
        r,
        [*invite, around],
        "offers your personal channel in place of the reader's care",
        "Take the offer back: ask them to contact the practice, 111 or their own clinician about their care, not your personal channel.",
        0.65,
    ))
}

/// What a bio offers private contact about: "DMs open for skin questions", "ask me anything about
/// your hormones", "message me with your health worries".
static PROFILE_CARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:for|with|about)\s+(?:your\s+|any\s+|all\s+)?(?:skin|health|medical|clinical|mental\s+health|hormone|weight(?:[\s-]loss)?|symptoms?|medication|meds|prescription|fertility|menopause|acne|moles?|rash(?:es)?|diabetes|thyroid|gut|sleep)\s+(?:questions|queries|advice|concerns|worries|problems|issues|help)\b|\bask\s+me\s+(?:anything\s+)?about\s+your\s+(?:health|skin|symptoms|meds|medication|body|hormones)\b",
    )
    .expect("valid regex")
});

/// The writer's personal number handed over: "here's my personal number", "my private mobile is…".
static PERSONAL_NUMBER_GIVEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:here[’']?s|here\s+is|this\s+is|take|have|use|save)\s+my\s+(?:personal|private|own|home)\s+(?:mobile\s+)?(?:number|no\.?|mobile|phone|whatsapp|email)\b|\bmy\s+(?:personal|private)\s+(?:mobile|number|phone|whatsapp)\s+(?:is|:)",
    )
    .expect("valid regex")
});

/// The reader met in the writer's care: "lovely to see you in clinic today", "before your op",
/// "as your GP".
static READER_IN_CARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:(?:see|saw|seeing|meet|met|meeting)\s+(?:you|u)\s+(?:in|at)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:clinic|surgery|a&e|ward|outpatients|practice|hospital|pre[\s-]?op)|your\s+(?:op|operation|surgery|procedure|appointment|results|scan|follow[\s-]up|treatment|referral|smear|biopsy)|as\s+your\s+(?:gp|doctor|consultant|surgeon|midwife)|(?:following|after|since|at)\s+your\s+(?:oh\s+|occupational\s+health\s+|work\s+|pre[\s-]?(?:employment|season)\s+)?(?:assessment|review|consultation|appointment|medical|screen(?:ing)?)|(?:it[’']?s|its|this\s+is)\s+(?:dr\.?\s+)?(?-i:[A-Z][a-z]+),?\s+(?:the\s+(?:[\w-]+\s+)?(?:doc|doctor|gp|medic)\s+)?from\s+(?:your|ur)\s+(?:[\w&-]+\s+){0,2}?(?:medical|screen(?:ing)?|assessment|appointment|consultation|check[\s-]?up|review)|remember\s+(?:me|u|you)\s+from\s+(?:the\s+|your\s+|ur\s+)?(?:[\w&-]+\s+){0,2}?(?:clinic|app|surgery|practice|ward|a&e|hospital|screen(?:ing)?|medical|appointment|consultation)|(?:it[’']?s|its)\s+(?:dr\.?\s+)?(?-i:[A-Z][a-z]+)(?:\s+\((?:dr\.?\s+)?(?-i:[A-Z][a-z]+)\))?\s+from\s+(?:the\s+)?(?:[\w&-]+\s+){0,2}?(?:unit|clinic|ward|study|trial|practice|surgery|service|team|hospice|department|dept)|(?:dr\.?\s+)?(?-i:[A-Z][a-z]*)\s+here\s+from\s+(?:the\s+)?(?:[\w&-]+\s+){0,2}?(?:unit|clinic|ward|study|trial|practice|surgery|service|team|hospice|department|dept))\b",
    )
    .expect("valid regex")
});

/// "Lovely to see you in clinic today! Here's my personal number in case you need anything before
/// your op": in a message to someone in the writer's care, the personal channel itself is handed
/// over (GMC 2024 ¶17; the MDU's advice on personal numbers).
fn personal_number_to_patient(r: &Record) -> Option<Finding> {
    care_and_offer(
        r,
        READER_IN_CARE.find(&r.text)?,
        PERSONAL_NUMBER_GIVEN.find(&r.text)?,
        "gives your personal number to someone in your care",
        "Take the number back if you can: give the clinic's or ward's contact details for anything about their care.",
        0.65,
    )
}

/// "Ping me on here whenever the symptoms flare": the social channel opened for care to come.
static CHANNEL_OPENED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:ping|message|msg|dm|text|drop|give|pop|send|shoot)\s+me\s+(?:a\s+(?:message|msg|line|text|shout|dm|note)\s+)?(?:(?:on\s+)?here\s+(?:whenever|any\s*time|if|when|rather\s+than|instead\s+of)|(?:on\s+here\s+)?(?:whenever|any\s*time)(?:[,\s]+day\s+or\s+night)?|day\s+or\s+night|direct(?:ly)?\b(?:\s+on\s+here)?)\b",
    )
    .expect("valid regex")
});

/// "Following your OH assessment on Monday… ping me on here whenever the symptoms flare": in a
/// message to someone in the writer's care, the social channel is opened for their care (GMC 2024
/// ¶17).
fn channel_opened_to_patient(r: &Record) -> Option<Finding> {
    care_and_offer(
        r,
        READER_IN_CARE.find(&r.text)?,
        CHANNEL_OPENED.find(&r.text)?,
        "opens your personal channel to someone in your care",
        "Take the offer back: ask them to contact the service's own line about their care, not your personal account.",
        0.6,
    )
}

/// The writer's own account named as the channel, or the patient sought out on it: "messaging from
/// my own account as it's quicker", "found you on here!".
static OWN_ACCOUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:(?:messaging|texting|writing\s+to|contacting|dm(?:ing)?|reaching\s+out\s+to|getting\s+in\s+touch\s+with)\s+(?:you\s+|u\s+)?(?:from|on|via|through|using)\s+my\s+(?:own|personal|private|home)\s+(?:account|profile|page|phone|number|mobile|facebook|fb|insta(?:gram)?|whatsapp)|found\s+(?:you|u)\s+on\s+(?:here|facebook|fb|insta(?:gram)?|twitter|tiktok|linkedin|whatsapp)|(?:looked|searched)\s+(?:you|u)\s+up\s+on\s+(?:here|facebook|fb|insta(?:gram)?|twitter|tiktok|linkedin))\b",
    )
    .expect("valid regex")
});

/// Their care itself taken up: "since discharge", "how you're getting on", "your bloods".
static CARE_TAKEN_UP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:since\s+(?:your\s+|ur\s+)?(?:discharge|op|operation|surgery|appointment|procedure|admission)|how\s+(?:you[’']?re|u[’']?re|youre|are\s+you|r\s+u)\s+(?:getting\s+on|feeling|doing|recovering|healing)|(?:your|ur)\s+(?:bloods|results|scan|op|wound|stitches|meds|tablets|medication|dressings?|follow[\s-]?up))\b",
    )
    .expect("valid regex")
});

/// "Hi Mrs Okafor, it's Dr Bains from the surgery, messaging from my own account… your bloods are
/// back": the writer contacts someone in their care through a personal profile, about that care
/// (GMC 2024 ¶17).
fn care_from_own_account(r: &Record, cx: &Context) -> Option<Finding> {
    let about_care = CARE_TAKEN_UP.is_match(&r.text) || cx.analysis(r).has_any(CLINICAL_ANCHORS);
    if !about_care {
        return None;
    }
    care_and_offer(
        r,
        READER_IN_CARE.find(&r.text)?,
        OWN_ACCOUNT.find(&r.text)?,
        "contacts someone in your care from your personal account",
        "Stop using your personal account for this: contact them through the practice's or hospital's own channels, and ask them to do the same.",
        0.65,
    )
}

/// "Lovely to see u in fracture clinic today… skip the next appt if the ankle feels ok": in a
/// direct message to someone the writer has just seen in their care, individual advice to leave
/// that care (GMC 2024 ¶17).
fn patient_steered_off_their_care(r: &Record, cx: &Context) -> Option<Finding> {
    let met = READER_IN_CARE.find(&r.text)?;
    let a = cx.analysis(r);
    if a.has(K::Refusal) {
        return None;
    }
    let steer = a
        .of_kind(K::Advice)
        .find(|s| crate::detect::steering::steers_away(&r.text, s))?;
    Some(pair_finding(
        r,
        [Span::new(met.start(), met.end(), K::PatientRelation), *steer],
        "advises someone in your care, by direct message, to leave their care",
        "Take the advice back: ask them to keep their follow-up and to raise any question through the clinic's own line.",
        0.6,
    ))
}

/// The reader's own results told to them: "your bloods are back", "ur stool sample came back".
static THEIR_RESULTS_BACK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:your|ur|yr)\s+(?:[\w-]+\s+){0,2}?(?:bloods|blood\s+tests?|results?|scan|mri|ct|x-?ray|smear|swab|stool\s+sample|urine\s+sample|sample|biopsy|ecg|echo)\s+(?:(?:are|is|has|have)\s+)?(?:come\s+|came\s+)?back\b",
    )
    .expect("valid regex")
});

/// The writer taking the next step of the reader's care themselves: "I'll get you started on
/// something Monday", "I'll sort the script", "I'll refer you".
static WRITER_TAKES_CARE_ON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:i[’']?ll|i\s+will|ill|i[’']?m\s+going\s+to|let\s+me)\s+(?:get\s+(?:you|u)\s+started|start\s+(?:you|u)\s+on|sort\s+(?:the|a|your|ur|you\s+a)\s+(?:script|prescription|referral)|sort\s+(?:something|summat)\s+(?:for|out\s+for)\s+(?:you|u)|prescribe|refer\s+(?:you|u)|send\s+(?:a|the|your|ur)\s+(?:script|prescription|referral)|book\s+(?:you|u)\s+(?:in|for)|up\s+(?:your|ur)\s+(?:dose|meds))\b",
    )
    .expect("valid regex")
});

/// A dose changed or a visit waved off in the same message: "just up the ramipril to 10", "nae need
/// to come in".
static CARE_DECIDED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:(?:just\s+)?(?:up|increase|double|drop|reduce|halve)\s+(?:the|your|ur|yer)\s+[a-z]+\s+to\s+\d|(?:no|nae|no\s+real)\s+need\s+to\s+(?:come|pop)\s+in)\b",
    )
    .expect("valid regex")
});

/// "Hi Morag… your bloods are back and the thyroid's a bit sluggish, I'll get you started on
/// something Monday": in a direct message on a social platform, the writer gives someone their own
/// results or changes their treatment and takes the next step of their care, outside any clinical
/// record or channel (GMC 2024 ¶17).
fn care_given_by_message(r: &Record) -> Option<Finding> {
    let next_step = WRITER_TAKES_CARE_ON.find(&r.text)?;
    let care = THEIR_RESULTS_BACK
        .find(&r.text)
        .or_else(|| CARE_DECIDED.find(&r.text))?;
    if negated_before(&r.text, next_step.start()) {
        return None;
    }
    let spans = [
        Span::new(care.start(), care.end(), K::PatientRelation),
        Span::new(next_step.start(), next_step.end(), K::CareOffer),
    ];
    Some(pair_finding(
        r,
        spans,
        "gives someone their results or treatment by direct message and takes on their care",
        "Move this to the practice's or hospital's own channel: results and treatment changes belong in the record, given through the service, not a personal message.",
        0.65,
    ))
}

/// A bio that opens a private channel for people's care: every follower is invited into a
/// consultation without records or examination (GMC 2024 ¶17).
fn profile_invitation(r: &Record, cx: &Context, out: &mut Vec<Finding>) {
    let a = cx.analysis(r);
    if !a.has(K::PrivateInvite) || a.has(K::Refusal) {
        return;
    }
    let invited: Vec<Span> = solicitation(&r.text, &a)
        .into_iter()
        .filter(|s| s.kind == K::PrivateInvite)
        .collect();
    if invited.is_empty() {
        return;
    }
    let Some(care) = PROFILE_CARE.find(&r.text) else {
        return;
    };
    let words = quoted(texts(&r.text, &invited), 3);
    let care_span = Span::new(care.start(), care.end(), K::CareAddressed);
    let mut f = Finding::new(
        &PRIVATE_CONSULTATION,
        r,
        format!(
            "your profile invites people to consult you privately ({words}) {}",
            care.as_str().trim()
        ),
        evidence(&r.text, invited.iter().chain(std::iter::once(&care_span))),
        Action::new(
            ActionKind::Edit,
            format!("Remove {words} from your bio, or say instead that you can't advise individuals online and point people to their GP, a pharmacist or 111."),
        ),
    );
    f.finalise();
    out.push(f);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Audience, Platform};
    use crate::rules::testing;

    fn profile_fires(bio: &str) -> bool {
        let r = testing::owned(Platform::Instagram, Kind::Profile, Audience::Public, bio);
        !testing::findings(&PrivateConsultation, &r).is_empty()
    }

    fn message_fires(text: &str) -> bool {
        let r = testing::owned(Platform::Linkedin, Kind::Message, Audience::Private, text);
        !testing::findings(&PrivateConsultation, &r).is_empty()
    }

    #[test]
    fn results_or_a_dose_change_given_by_direct_message_with_the_next_step_taken() {
        for t in [
            "Hi Morag, saw you on the ferry earlier - your bloods are back and the thyroid's a bit sluggish, I'll get you started on something Monday. Dr Iain x",
            "Sandra ur stool sample came back, campylobacter. Keep drinking, if ur still bad friday I'll sort something for you.",
            "aye Dougie just up the ramipril to 10 and keep an eye on yer ankles, nae need to come in, I'll sort the script Monday",
        ] {
            assert!(message_fires(t), "{t}");
        }
        for t in [
            "Are your bloods back yet? Fingers crossed for you x",
            "Your results came back fine, so glad! I'll sort the drinks on Friday",
            "your scan is back? ring the surgery, I won't refer you myself, they'll sort it properly",
        ] {
            assert!(!message_fires(t), "{t}");
        }
    }

    #[test]
    fn peers_invited_to_message_are_not_patients() {
        assert!(!post_fires(
            "I have a stammer. Some phone calls still make my stomach drop. If you're a trainee who stammers, you belong in medicine. DMs open to colleagues who want a chat."
        ));
        assert!(post_fires(
            "I have a stammer too. If your stomach drops before calls, DM me and I'll tell you what medication helps."
        ));
    }

    #[test]
    fn a_personal_channel_offered_as_the_way_round_reception() {
        assert!(message_fires(
            "accepted your request 🙂 honestly easier if you just message me on here about your back from now on rather than waiting 3 weeks for an appointment"
        ));
        assert!(message_fires(
            "no worries about messaging me here! just use this number whenever, it's quicker than going through reception"
        ));
        assert!(!message_fires(
            "Message me on here about the rota rather than the practice email, it's quicker than the phones"
        ));
        assert!(!message_fires(
            "Please don't message me on here about your back, ring reception for an appointment"
        ));
    }

    #[test]
    fn a_doctor_moving_their_patient_to_private_care_by_message_fires() {
        assert!(message_fires(
            "As your consultant I'd suggest we move your follow-up to my private list at the Nuffield, here's my secretary's number"
        ));
        assert!(message_fires(
            "I'm your surgeon, so I can see you privately next week, much quicker than the NHS list"
        ));
        for t in [
            "As your consultant I can't see you privately, the clinic will send your follow-up",
            "Great to connect! My private clinic is moving to Leeds next month",
            "As your friend, I'd say go and see your GP about that cough",
        ] {
            assert!(!message_fires(t), "{t}");
        }
    }

    #[test]
    fn a_bio_that_opens_dms_for_care_fires() {
        for bio in [
            "Consultant dermatologist 🩺 skin tips daily | DMs open for skin questions",
            "GP & mum. Message me with your health worries, happy to help",
        ] {
            assert!(profile_fires(bio), "{bio}");
        }
    }

    #[test]
    fn a_bio_that_closes_dms_or_opens_them_for_work_does_not() {
        for bio in [
            "Consultant dermatologist. I can't answer medical questions by DM, please see your GP",
            "GP | DMs open for speaking and podcast enquiries",
            "Dr Sam Jones, GP partner in Leeds. Views my own",
        ] {
            assert!(!profile_fires(bio), "{bio}");
        }
    }

    #[test]
    fn an_invitation_that_replaces_their_care_solicits() {
        let comment = |t: &str| {
            let r = testing::owned(Platform::Facebook, Kind::Comment, Audience::Followers, t);
            !testing::findings(&PrivateConsultation, &r).is_empty()
        };
        assert!(comment(
            "Hun I'm a doctor, just message me, no need to wait for the GP 😘"
        ));
        assert!(!comment(
            "Message me about the rota, no need to wait for the meeting"
        ));
        assert!(!comment(
            "Happy to chat by message about the marathon training plan"
        ));
        assert!(comment(
            "@mumof3_laura that doesn't sound right. Send me his CAMHS letters by DM and I'll give you a proper second opinion on whether it's really autism"
        ));
        assert!(!comment(
            "@mumof3_laura that doesn't sound right. Ask his GP to refer you for a second opinion, you're entitled to one"
        ));
    }

    #[test]
    fn a_message_opening_the_personal_channel_in_place_of_care() {
        for t in [
            "Looks better already, keep going. Message me anytime, it's easier than getting an appointment!",
            "Honestly just text me whenever, saves you sitting on hold to the practice at 8am",
            "Whatsapp me if it comes back, quicker than booking in",
            "and honestly just DM me any time, much quicker than the clinic",
        ] {
            assert!(message_fires(t), "{t}");
        }
        for t in [
            "Message me anytime about the rota swaps, easier than email",
            "Please don't message me about it, ring the surgery, it's quicker than waiting for me",
            "Text me when you're outside the restaurant",
        ] {
            assert!(!message_fires(t), "{t}");
        }
    }

    fn post_fires(text: &str) -> bool {
        let r = testing::owned(Platform::Twitter, Kind::Post, Audience::Public, text);
        !testing::findings(&PrivateConsultation, &r).is_empty()
    }

    #[test]
    fn a_post_to_everyone_that_opens_dms_for_their_care_solicits_consultations() {
        for t in [
            "DM me a pic of the rash and I'll tell you whether it's worth sitting in A&E for",
            "Anyone who can't get a GP appointment this week, message me and I'll take a look after my shift",
            "Practice shut all weekend so I'm offering free video consults to my followers, drop me a DM with your symptoms",
            "Send me close-ups of any moles you're worried about in my DMs and I'll tell you which ones need looking at",
        ] {
            assert!(post_fires(t), "{t}");
        }
        for t in [
            "DM me to book your skin consultation, prices on our website",
            "Message me and I'll take a look at your personal statement before the deadline",
            "Please don't DM me photos of your rash: I can't advise here, see your GP or call 111",
            "DM me for the slides from my sepsis talk",
        ] {
            assert!(!post_fires(t), "{t}");
        }
    }

    #[test]
    fn a_personal_number_handed_to_someone_in_your_care_fires() {
        assert!(message_fires(
            "Hi Mrs Dale, lovely to see you in clinic today! Here's my personal number in case you need anything before your op x"
        ));
        for t in [
            "Lovely to meet you at the conference! Here's my personal number, let's get that paper going",
            "Here's my personal number for the rota swap, text me when you know your shifts",
        ] {
            assert!(!message_fires(t), "{t}");
        }
    }

    #[test]
    fn chatting_on_here_instead_of_waiting_for_a_review_fires() {
        assert!(message_fires(
            "Great to connect, I recognised your name from the diabetes clinic! Your last HbA1c was creeping up, happy to keep chatting about it on here rather than wait for your review."
        ));
        assert!(!message_fires(
            "Great to connect! Happy to keep chatting about the job on here rather than wait for the formal interview"
        ));
    }

    #[test]
    fn anything_medical_sent_to_the_surgery_is_a_redirect_not_an_offer() {
        assert!(solicitation_of(
            "Thanks so much for the card. For anything medical though please ring the surgery on 01632 960 442 so it goes on your record"
        )
        .is_empty());
    }

    fn solicitation_of(text: &str) -> Vec<Span> {
        solicitation(text, &Analysis::of_text(text))
    }

    #[test]
    fn session_29_a_self_introduced_clinician_opens_a_channel_or_a_number() {
        for t in [
            "Hi Mrs Patel it's Sarah from the dialysis unit, this is my own number so don't give it out! text me whenever x",
            "Hi Gemma, Dr L here from the weight management trial. drop me a msg whenever, day or night, even if it's not about the study",
            "Hiya Margaret, accepted your request! if those new tablets are still making you woozy just ping me on here rather than booking in",
        ] {
            assert!(message_fires(t), "{t}");
        }
        for t in [
            "Hi Sue it's Sarah from the dialysis unit, your next slot is Tuesday 8am, the unit's number is on your card",
            "it's Tom from the running club, text me whenever you want to do the Sunday long run",
        ] {
            assert!(!message_fires(t), "{t}");
        }
    }

    #[test]
    fn session_30_personal_accounts_steering_and_requests_for_records_by_message() {
        for t in [
            "Hi Mrs Patel, it's Dr Shah from ward 7 😊 found you on here! just wanted to see how you're getting on since discharge, pop me a msg anytime",
            "Hi Mrs Okafor, it's Dr Bains from the surgery, messaging from my own account as it's quicker than the phones! Your bloods are back",
            "hi Carol honestly those sugars sound ok to me, i wouldnt bother the diabetes nurses, just keep an eye and message me here if they go over 20 again x",
            "honestly from what you're describing I'd keep chatting here rather than bother your GP, send me a photo of your chest xray report",
            "I'm a GP (not yours obvs). Send me your DOB, meds and bloods over DM and I'll give you a plan, no need to go thru your own practice",
            "heyyy lovely to see u in fracture clinic today haha small world!! tbh just build the running back up and skip the next appt if the ankle feels ok xx",
        ] {
            assert!(message_fires(t), "{t}");
        }
        for t in [
            "Hi Sue, it's Dr Shah from ward 7, found you on here! Are you still doing the charity bake sale for the unit?",
            "lovely to see u in fracture clinic today! hope the ankle settles, keep your next appt and they'll sort the boot",
            "found you on here at last! drinks on friday for Jo's leaving do?",
        ] {
            assert!(!message_fires(t), "{t}");
        }
    }

    #[test]
    fn a_worker_seen_at_a_work_medical_told_to_message_directly() {
        assert!(message_fires(
            "Hi Dean, its Dr Shah from your work medical last week, found you on here! if the back plays up again just message me direct, no need to go through OH or your GP"
        ));
        assert!(message_fires(
            "Hi Sarah, great to connect after your OH appointment yesterday. just message me here when your sertraline dose changes and I'll tweak your adjustments plan"
        ));
        assert!(!message_fires(
            "Hi Dean, great to connect after the OH conference last week. message me direct about the rota swap"
        ));
    }

    #[test]
    fn care_offered_at_home_or_by_message_with_booking_waved_away() {
        assert!(message_fires(
            "Hi hun saw ur msg, sounds like ur coil's shifted, just pop round mine after work thurs and I'll have a quick feel for the threads, no need to faff about booking at the practice"
        ));
        assert!(message_fires(
            "hey Kayleigh it's Dr Sam from clinic, u can just msg me on here between appts if ur struggling, no need to go thru the duty line, this can be just between us"
        ));
        assert!(!message_fires(
            "pop round mine after work thurs for a brew, no need to bring anything"
        ));
    }
}

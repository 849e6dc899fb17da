//! BND001 and BND005: judged over direct-message threads, in time order, so a reply is read with
//! the message that prompted it. A message without a thread id is its own thread.

use super::{
    advice, care_contact, clinical, relation_spans, romance, spans, texts, CONTACT_GUIDANCE,
    RELATION_GUIDANCE,
};
use crate::detect::{Analysis, Span, SpanKind};
use crate::model::{Kind, Platform, Record};
use crate::rules::verdict::{evidence, quoted, reach, writer, Reach, Writer};
use crate::rules::{
    excerpt, Action, ActionKind, Category, Context, CrossRule, Evidence, Finding, RuleMeta,
    Severity,
};
use std::collections::BTreeMap;

use SpanKind as K;

// ---------------------------------------------------------------------------------------------
/// BND001: a patient's question about their care answered with advice in a direct message.
pub struct PrivateContact;

static PRIVATE_CONTACT: RuleMeta = RuleMeta {
    code: "BND001",
    name: "patient-contact-via-private-profile",
    category: Category::Boundaries,
    severity: Severity::Medium,
    confidence: 0.7,
    summary: "Someone asked about their own care by direct message and you advised instead of redirecting",
    guidance: CONTACT_GUIDANCE,
    what_it_finds: "Direct-message threads in which the other person asks about their own care — they \
        refer to having been seen or treated by you (\"you saw me last week\", \"my results\", \"the \
        tablets you gave me\") or ask about their symptoms, results or medicines — and your next reply \
        gives individual clinical advice (\"take 2…\", \"increase your dose\", \"sounds like…\") or \
        discusses their care, rather than directing them to an appropriate healthcare setting. A reply \
        that redirects (\"please book an appointment\", \"call the surgery or 111\", \"I can't give \
        advice here\") resolves the contact and nothing is reported. The finding is on your reply; the \
        question is listed as related.",
    why_it_matters: "If a patient contacts you about their care through your private profile, the GMC \
        says you should direct them to an appropriate healthcare setting (2024 ¶17) and indicate that \
        you cannot mix social and professional relationships (2013 ¶11). Advice by DM happens without \
        records, examination or safety-netting.",
    example: "Them: \"Hi Dr Jones, you saw me on Tuesday — the rash is spreading, should I double the \
        cream?\" You: \"Yes, double it and take an antihistamine\" (fires). You: \"I can't advise here — \
        please ring the surgery or call 111\" (does not).",
    how_to_fix: "Don't give individual advice by DM. Reply briefly that you can't discuss their care \
        here and direct them to the practice, 111 or urgent care; document if your employer requires it.",
};

/// A message in a direct-message thread (or any message the export marks private).
fn is_direct_message(r: &Record) -> bool {
    r.kind == Kind::Message || (r.kind.is_message() && reach(r) == Reach::Private)
}

/// Someone names the doctor–patient relation and asks you out, or adds you as a friend.
fn invites(r: &Record, a: &Analysis) -> bool {
    !relation_spans(&r.text, a, true).is_empty() && asks_out(r, a)
}

/// Someone asks you out or adds you, whether or not the same message names the relation.
fn asks_out(r: &Record, a: &Analysis) -> bool {
    !romance(&r.text, a).is_empty() || a.has(K::Friending)
}

/// Your reply turns an invitation down or keeps it professional.
fn declines(r: &Record, a: &Analysis) -> bool {
    const DECLINING: &[&str] = &[
        "can't",
        "cannot",
        "not appropriate",
        "professional",
        "wouldn't be right",
        "no thank",
    ];
    let lower_text = r.text.to_lowercase();
    a.has(K::Redirect) || DECLINING.iter().any(|w| lower_text.contains(w))
}

/// Messages of one-to-one threads, grouped by (platform, thread), in time order.
fn dm_threads<'r>(
    records: &[&'r Record],
) -> BTreeMap<(Platform, String), Vec<(usize, &'r Record)>> {
    let mut threads: BTreeMap<(Platform, String), Vec<(usize, &Record)>> = BTreeMap::new();
    for (i, r) in records.iter().enumerate() {
        if !is_direct_message(r) {
            continue;
        }
        // A message without a thread id stands alone.
        let key = r
            .thread
            .clone()
            .unwrap_or_else(|| format!("record:{}", r.id));
        threads.entry((r.platform, key)).or_default().push((i, r));
    }
    for msgs in threads.values_mut() {
        msgs.sort_by(|(_, a), (_, b)| {
            (a.timestamp, a.source.index, &a.id).cmp(&(b.timestamp, b.source.index, &b.id))
        });
    }
    threads
}

fn within_days(a: &Record, b: &Record, days: i64) -> bool {
    match (a.timestamp, b.timestamp) {
        (Some(x), Some(y)) => (y.at - x.at).num_days().abs() <= days,
        _ => true,
    }
}

impl CrossRule for PrivateContact {
    fn meta(&self) -> &'static RuleMeta {
        &PRIVATE_CONTACT
    }

    /// Only the messages that move a thread's verdict: their questions about care, and your replies
    /// that advise, discuss care, redirect or refuse. The rest of a decade of chat is not kept.
    fn wants(&self, r: &Record, a: &Analysis) -> bool {
        if !is_direct_message(r) {
            return false;
        }
        if writer(r) != Writer::Owner {
            return !care_contact(a).is_empty();
        }
        a.has_any(&[K::Refusal, K::Redirect])
            || !advice(&r.text, a).is_empty()
            || !clinical(a).is_empty()
            || !answered(&r.text, a).is_empty()
            || unprompted_care(r, a).is_some()
    }

    fn check_all(&self, records: &[&Record], cx: &Context, out: &mut Vec<Finding>) {
        for msgs in dm_threads(records).values() {
            let mut pending: Option<(&Record, Vec<Span>, bool)> = None;
            for &(i, r) in msgs {
                let a = cx.analysis_at(i, r);
                if writer(r) != Writer::Owner {
                    let contact = care_contact(&a);
                    if !contact.is_empty() {
                        let own_patient = a.has(K::CareContact);
                        pending = Some((r, contact, own_patient));
                    }
                    continue;
                }
                // A question more than a month old no longer frames the reply.
                if pending
                    .as_ref()
                    .is_some_and(|(question, _, _)| !within_days(question, r, 30))
                {
                    pending = None;
                }
                let Some((question, contact, own_patient)) = pending.as_ref() else {
                    if let Some(f) = unprompted_advice(r, &a) {
                        out.push(f);
                    }
                    continue;
                };
                let firm = a.has_any(&[K::Dose, K::Diagnosis, K::CareOffer]);
                if a.has(K::Refusal) || (a.has(K::Redirect) && !firm) {
                    pending = None;
                    continue;
                }
                let mut given = advice(&r.text, &a);
                // After a question about their care, a working diagnosis or an offer to look at
                // them privately is care given, not just talk.
                given.extend(
                    answered(&r.text, &a).into_iter().filter(|s| {
                        matches!(s.kind, K::Diagnosis | K::CareOffer | K::PrivateInvite)
                    }),
                );
                given.sort();
                let mut discussed = clinical(&a);
                discussed.extend(
                    answered(&r.text, &a).into_iter().filter(|s| {
                        !matches!(s.kind, K::Diagnosis | K::CareOffer | K::PrivateInvite)
                    }),
                );
                discussed.sort();
                if given.is_empty() && discussed.is_empty() {
                    continue;
                }
                let who = if *own_patient { "a patient" } else { "someone" };
                let (what, sev, conf) = if given.is_empty() {
                    ("discussed their care", Severity::Low, 0.55)
                } else {
                    ("gave individual clinical advice", Severity::Medium, 0.75)
                };
                let shown: Vec<Span> = if given.is_empty() {
                    discussed.clone()
                } else {
                    given.clone()
                };
                let words = quoted(texts(&r.text, &shown), 4);
                let asked = quoted(texts(&question.text, contact), 3);
                let mut ev = evidence(&r.text, &shown);
                // The question is context, not something the doctor did: shown, not flagged.
                ev.push(Evidence::metadata(
                    format!("their message: {}", excerpt(&question.text, 160)),
                    "prompting_message",
                ));
                let f = Finding::new(
                    &PRIVATE_CONTACT,
                    r,
                    format!("{who} asked about their care by direct message ({asked}) and you {what} instead of redirecting"),
                    ev,
                    Action::new(
                        ActionKind::Edit,
                        format!("Don't advise by DM ({words}). Reply that you can't discuss their care here and direct them to the surgery, 111 or urgent care."),
                    ),
                );
                out.push(f.graded(sev, conf));
                pending = None;
            }
        }
    }
}

/// What a reply to a question about someone's care can hold besides advice and clinical words: a
/// working diagnosis, an offer to look at them or see them privately (not negated), their own care
/// addressed ("your scan"), a clinical image asked for, or a health subject.
fn answered(text: &str, a: &Analysis) -> Vec<Span> {
    let mut v: Vec<Span> = spans(
        a,
        &[
            K::Diagnosis,
            K::CareAddressed,
            K::ClinicalImage,
            K::HealthTopic,
        ],
    );
    v.extend(super::solicit::solicitation(text, a));
    v.sort();
    v
}

/// Someone in the thread names the doctor–patient relation or refers to their care with you.
fn names_care_relation(r: &Record, a: &Analysis) -> bool {
    !relation_spans(&r.text, a, writer(r) != Writer::Owner).is_empty()
        || (writer(r) != Writer::Owner && a.has(K::CareContact))
}

#[rustfmt::skip]
const VAGUE_ADVICE: &[&str] = &[
    "don't worry", "don’t worry", "you'll be fine", "you’ll be fine", "you will be fine",
    "no need to worry", "nothing to worry about", "get some", "buy some", "try some", "put some",
    "use some", "rest and", "i'd try", "i would try", "my advice", "my advice is", "just keep",
];

/// Advice in a direct message about the recipient's own care with no question from them in the
/// export: still individual care by DM. Three shapes count — advice about "your results/your dose",
/// a working diagnosis or advice with something clinical addressed to the recipient, and an offer of
/// personal care ("I'll tell you what to take", "I can write you a private script"). An explicit
/// refusal ("I can't advise over DM") clears it; a redirect clears vague advice but not a dose, a
/// diagnosis or an offer that comes with it ("ask your GP for an MRI, it's almost certainly…").
fn unprompted_advice(r: &Record, a: &Analysis) -> Option<Finding> {
    let Unprompted {
        addressed,
        shown,
        offered,
    } = unprompted_care(r, a)?;
    let words = quoted(texts(&r.text, &shown), 4);
    let mut f = Finding::new(
        &PRIVATE_CONTACT,
        r,
        format!("gives someone individual clinical advice or care about their own health by direct message ({words})"),
        evidence(&r.text, addressed.iter().chain(shown.iter())),
        Action::new(
            ActionKind::Edit,
            format!("Don't advise by DM ({words}). Say you can't discuss their care here and direct them to the surgery, 111 or urgent care."),
        ),
    );
    f.confidence = if offered { 0.7 } else { 0.6 };
    f.finalise();
    Some(f)
}

/// A message that opens by calling the reader by a family name: "Mum your BP…", "Hi Dad,".
static TO_FAMILY: std::sync::LazyLock<crate::detect::gate::Regex> = std::sync::LazyLock::new(
    || {
        crate::detect::phrases::regex(
            r"(?i)^\W{0,3}(?:(?:hi|hey|hiya|morning|evening|ok|okay|aw+)\s+)?(?:mum|mam|mom|mummy|mother|dad|daddy|father|nan|nana|nanna|gran|granny|grandad|grandma|grandpa|sis|bro|auntie|aunty|uncle)\b",
        )
    },
);

/// What makes an unprompted message individual care: the words addressed to them, and the advice,
/// diagnosis or offer to show.
struct Unprompted {
    addressed: Vec<Span>,
    shown: Vec<Span>,
    offered: bool,
}

/// The verdict of [`unprompted_advice`] without building its finding (also what BND001 keeps a
/// message for).
fn unprompted_care(r: &Record, a: &Analysis) -> Option<Unprompted> {
    if a.has(K::Refusal) || a.has_any(&[K::PatientRef, K::BedRef]) && !a.has(K::CareAddressed) {
        return None;
    }
    // "Mum your BP readings look fine": the writer's own family, whose care is someone else's.
    if TO_FAMILY.is_match(&r.text) {
        return None;
    }
    let addressed: Vec<Span> = spans(a, &[K::CareAddressed]);
    // Comfort between friends ("don't worry, you'll be fine") is not clinical advice.
    let given: Vec<Span> = advice(&r.text, a)
        .into_iter()
        .filter(|s| {
            let t = s.text(&r.text).to_lowercase();
            !VAGUE_ADVICE.contains(&t.trim())
        })
        .collect();
    let diagnosed: Vec<Span> = spans(a, &[K::Diagnosis]);
    // "Just looked at the pic, that's slapped cheek": a diagnosis read off the picture they sent is
    // made for them, unless the message sends them to be seen.
    let from_photo = super::FROM_THEIR_PHOTO.is_match(&r.text) && !a.has(K::Redirect);
    let offered = super::solicit::solicitation(&r.text, a)
        .into_iter()
        .filter(|s| s.kind == K::CareOffer)
        .collect::<Vec<_>>();
    let lower_text = r.text.to_lowercase();
    // In a one-to-one message, a working diagnosis with a regimen ("sounds like eczema, use the
    // hydrocortisone twice a day") or advice not to be seen ("don't bother with the GP") is
    // addressed to the reader even without a "you".
    let steering: Vec<&Span> = given
        .iter()
        .filter(|s| crate::detect::steering::steers_away(&r.text, s))
        .collect();
    let to_them = lower_text.contains("you")
        || super::texting_you(&lower_text)
        || a.has(K::CareAddressed)
        || given.iter().filter(|s| s.kind == K::Advice).count() >= 2
        || !steering.is_empty()
        || (from_photo && !diagnosed.is_empty());
    // Advice not to be seen needs a health subject of its own, not just the setting it names.
    let steered_about_health = !steering.is_empty()
        && a.of_kind(K::HealthTopic)
            .any(|h| !steering.iter().any(|s| h.start < s.end && h.end > s.start));
    let clinical = a.has_any(&[
        K::Condition,
        K::Results,
        K::Dose,
        K::SymptomQuery,
        K::ClinicalImage,
        K::CareAddressed,
    ]) || given.iter().any(|s| s.kind == K::Dose)
        || steered_about_health;
    let firm = a.has(K::Dose) || !diagnosed.is_empty() || !offered.is_empty();
    if a.has(K::Redirect) && !firm {
        return None;
    }
    let fires = (!addressed.is_empty() && !given.is_empty())
        || (to_them && clinical && (!given.is_empty() || !diagnosed.is_empty()))
        || (!offered.is_empty()
            && (clinical
                || a.has(K::HealthTopic)
                || !given.is_empty()
                || offered
                    .iter()
                    .any(|s| super::solicit::clinical_offer(&r.text, s))));
    if !fires {
        return None;
    }
    let shown: Vec<Span> = {
        let mut v: Vec<Span> = offered
            .iter()
            .chain(diagnosed.iter())
            .chain(given.iter())
            .copied()
            .collect();
        v.sort();
        v
    };
    Some(Unprompted {
        addressed,
        shown,
        offered: !offered.is_empty(),
    })
}

// ---------------------------------------------------------------------------------------------
/// BND005: accepting a patient's social or romantic invitation in a direct-message thread.
pub struct AcceptedApproach;

static ACCEPTED_APPROACH: RuleMeta = RuleMeta {
    code: "BND005",
    name: "accepted-patient-approach",
    category: Category::Boundaries,
    severity: Severity::High,
    confidence: 0.6,
    summary: "You accepted a patient's invitation or friend request, or approached them socially or romantically",
    guidance: RELATION_GUIDANCE,
    what_it_finds: "Direct-message threads in which the other person names the doctor–patient relation \
        (\"you were my GP\", \"since you treated me\") and invites you out (\"drink sometime?\", \"dinner\"), \
        or adds you as a friend, in the same message or one sent within a month of naming it, and your \
        next reply accepts (\"I'd love to\", \"when are you free?\", \"thanks \
        for the add\") rather than declining; and threads in which they refer to your care of them \
        (\"thanks for looking after me on the ward\") and you reply with a romantic or social approach \
        (\"fancy a drink now you're better?\"). Their message is shown as context; the finding is on yours.",
    why_it_matters: "Pursuing a social or romantic relationship with a patient breaches the boundaries \
        guidance the GMC points to (2024 ¶16; 2013 ¶10). The MDU advises replying formally that the \
        relationship must remain professional, not online.",
    example: "Them: \"You were my doctor last year… fancy a drink sometime?\" You: \"I'd love to! When \
        are you free?\" (fires).",
    how_to_fix: "Do not meet. Take advice from your defence body; reply formally (not by DM) that the \
        relationship must stay professional, and unfriend or unfollow the patient.",
};

impl CrossRule for AcceptedApproach {
    fn meta(&self) -> &'static RuleMeta {
        &ACCEPTED_APPROACH
    }

    /// Only invitations that name the doctor–patient relation, and your replies that accept or
    /// decline: the rest of the thread cannot change the verdict.
    fn wants(&self, r: &Record, a: &Analysis) -> bool {
        if !is_direct_message(r) {
            return false;
        }
        if writer(r) != Writer::Owner {
            return invites(r, a) || names_care_relation(r, a) || asks_out(r, a);
        }
        declines(r, a) || a.has_any(&[K::Accept, K::Friending]) || !romance(&r.text, a).is_empty()
    }

    fn check_all(&self, records: &[&Record], cx: &Context, out: &mut Vec<Finding>) {
        for msgs in dm_threads(records).values() {
            let mut pending: Option<&Record> = None;
            // A message from them that names the relation or their care with you: your own
            // romantic approach later in the thread is to a patient even if it doesn't say so.
            let mut relation: Option<&Record> = None;
            // The earlier message that named the relation, when the invitation itself does not.
            let mut framing: Option<&Record> = None;
            for &(i, r) in msgs {
                let a = cx.analysis_at(i, r);
                if writer(r) != Writer::Owner {
                    if names_care_relation(r, &a) {
                        relation = Some(r);
                    }
                    // The relation named in an earlier message ("you stitched my hand up…") frames
                    // an invitation in a later one ("…fancy a drink sometime?").
                    let framed = relation.is_some_and(|rel| within_days(rel, r, 30));
                    if invites(r, &a) {
                        pending = Some(r);
                        framing = None;
                    } else if framed && asks_out(r, &a) {
                        pending = Some(r);
                        framing = relation.filter(|rel| !std::ptr::eq(*rel, r));
                    }
                    continue;
                }
                if declines(r, &a) {
                    pending = None;
                    relation = None;
                    continue;
                }
                let Some(invite) = pending else {
                    if let Some(f) = approach_after_care(r, &a, relation) {
                        out.push(f);
                        relation = None;
                    }
                    continue;
                };
                let mut accepts = spans(a.as_ref(), &[K::Accept]);
                accepts.extend(spans(a.as_ref(), &[K::Friending]));
                accepts.sort();
                if accepts.is_empty() {
                    continue;
                }
                let words = quoted(texts(&r.text, &accepts), 3);
                let mut f = Finding::new(
                    &ACCEPTED_APPROACH,
                    r,
                    format!("accepted ({words}) a social invitation from someone who says you treated them"),
                    evidence(&r.text, &accepts),
                    Action::new(
                        ActionKind::Review,
                        "Do not meet. Take advice from your defence body and reply formally that the relationship must stay professional; unfriend or unfollow the patient.",
                    ),
                );
                f.evidence.push(Evidence::metadata(
                    format!("their message: {}", excerpt(&invite.text, 160)),
                    "invitation",
                ));
                if let Some(earlier) = framing {
                    f.evidence.push(Evidence::metadata(
                        format!("their earlier message: {}", excerpt(&earlier.text, 160)),
                        "care_relation_named",
                    ));
                }
                f.finalise();
                out.push(f);
                pending = None;
            }
        }
    }
}

/// Your romantic approach in a thread where they have named their care with you ("thanks for looking
/// after me on the ward" → "fancy a drink now you're better?"). The single-message rule (BND003)
/// needs the relation in the same message; here the thread supplies it.
fn approach_after_care(r: &Record, a: &Analysis, relation: Option<&Record>) -> Option<Finding> {
    let context = relation?;
    // BND003 already judges a message that names the relation itself.
    if !relation_spans(&r.text, a, false).is_empty() {
        return None;
    }
    let loving = romance(&r.text, a);
    if loving.is_empty() {
        return None;
    }
    let words = quoted(texts(&r.text, &loving), 3);
    let mut ev = evidence(&r.text, &loving);
    ev.push(Evidence::metadata(
        format!("their message: {}", excerpt(&context.text, 160)),
        "care_relation_named",
    ));
    let mut f = Finding::new(
        &ACCEPTED_APPROACH,
        r,
        format!("a romantic or social approach ({words}) to someone who has just referred to your care of them"),
        ev,
        Action::new(
            ActionKind::Delete,
            "Delete this message and do not pursue the relationship; take advice from your defence body and keep contact professional.",
        ),
    );
    f.finalise();
    Some(f)
}

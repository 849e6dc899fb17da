//! Boundaries: patients contacting a doctor through a private profile, individual clinical advice
//! online, romantic or friendship approaches, and friending patients.
//!
//! GMC 2024 ¶17: "If a patient contacts you about their care through your private profile, you should
//! direct them to an appropriate healthcare setting." GMC 2013 ¶11: "indicate that you cannot mix
//! social and professional relationships". ¶16 / 2013 ¶10 point to the boundaries guidance, and the MDU
//! sees 10–30 cases a year of patients' romantic advances, now mostly through social networks.
//!
//! - BND001 (threads): someone asks the doctor about their own care or symptoms in a direct message,
//!   and the doctor's reply gives advice (or discusses the care) instead of redirecting. The finding is
//!   on the reply; the question is listed in `related`. A redirect ("please book an appointment",
//!   "call 111", "I can't give advice here") resolves the contact.
//! - BND002: individual clinical advice in a public reply, comment or group message.
//! - BND003: a romantic approach where one side names the doctor–patient relation.
//! - BND004: friending, following or adding a patient.
//! - BND005 (threads): accepting a patient's social or romantic invitation.

use super::guidance::{Guidance, GuidanceSource::*};
use super::verdict::{evidence, lower, quoted, reach, writer, Reach, Writer};
use super::{
    Action, ActionKind, Category, Context, CrossRule, Finding, Related, Rule, RuleMeta, Severity,
};
use crate::detect::{Analysis, Span, SpanKind};
use crate::model::{Kind, Platform, Record};
use std::collections::BTreeMap;

use SpanKind as K;

pub fn rules() -> Vec<Box<dyn Rule>> {
    vec![
        Box::new(PublicAdvice),
        Box::new(RomanticApproach),
        Box::new(Friending),
    ]
}

pub fn cross_rules() -> Vec<Box<dyn CrossRule>> {
    vec![Box::new(PrivateContact), Box::new(AcceptedApproach)]
}

const CONTACT_GUIDANCE: &[Guidance] = &[
    Guidance::cite(Gmc2024, "16"),
    Guidance::cite(Gmc2024, "17"),
    Guidance::cite(Gmc2013, "10"),
    Guidance::cite(Gmc2013, "11"),
];

const RELATION_GUIDANCE: &[Guidance] = &[
    Guidance::cite(Gmc2024, "16"),
    Guidance::cite(Gmc2013, "10"),
    Guidance::cite(Gmc2013, "11"),
    Guidance::cite(Mdu, "DON'T blur professional boundaries"),
];

fn spans(a: &Analysis, kinds: &[SpanKind]) -> Vec<Span> {
    a.of_kinds(kinds).copied().collect()
}

fn texts<'a>(text: &'a str, v: &[Span]) -> Vec<&'a str> {
    super::verdict::outer_texts(text, v)
}

/// A message asking about one's own care: a reference to having been seen by the doctor, or a
/// question about one's own symptoms, results or medicines — not a colleague's question about
/// their patient.
fn care_contact(a: &Analysis) -> Vec<Span> {
    let contact = spans(a, &[K::CareContact]);
    let query = spans(a, &[K::SymptomQuery]);
    let about_a_patient = a.has_any(&[K::PatientRef, K::BedRef, K::WardRef]);
    if !(contact.is_empty() || about_a_patient && query.is_empty() && contact.len() == 1) {
        let mut v = contact;
        v.extend(query);
        return v;
    }
    if about_a_patient {
        return Vec::new();
    }
    // A symptom question needs a clinical anchor, not just "any ideas?".
    let anchored = a.has_any(&[K::Condition, K::Dose, K::Results]) || query.len() >= 2;
    if anchored {
        query
    } else {
        Vec::new()
    }
}

/// Individual advice given in a reply: advice phrases and doses addressed to someone.
fn advice(text: &str, a: &Analysis) -> Vec<Span> {
    let mut v = spans(a, &[K::Advice]);
    if !v.is_empty() || a.has(K::Dose) {
        v.extend(
            a.of_kind(K::Dose)
                .filter(|s| s.text(text).chars().any(|c| c.is_ascii_digit()))
                .copied(),
        );
    }
    v.sort();
    v
}

fn clinical(a: &Analysis) -> Vec<Span> {
    spans(a, &[K::Condition, K::Results, K::Dose])
}

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

/// Messages of one-to-one threads, grouped by (platform, thread), in time order.
fn dm_threads<'r>(
    records: &[&'r Record],
) -> BTreeMap<(Platform, String), Vec<(usize, &'r Record)>> {
    let mut threads: BTreeMap<(Platform, String), Vec<(usize, &Record)>> = BTreeMap::new();
    for (i, r) in records.iter().enumerate() {
        if r.kind != Kind::Message && !(r.kind.is_message() && reach(r) == Reach::Private) {
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

    fn wants(&self, r: &Record, _a: &Analysis) -> bool {
        r.kind == Kind::Message || (r.kind.is_message() && reach(r) == Reach::Private)
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
                let Some((question, contact, own_patient)) = pending.as_ref() else {
                    if let Some(f) = unprompted_advice(r, &a) {
                        out.push(f);
                    }
                    continue;
                };
                if !within_days(question, r, 30) {
                    pending = None;
                    continue;
                }
                if a.has(K::Redirect) {
                    pending = None;
                    continue;
                }
                let given = advice(&r.text, &a);
                let discussed = clinical(&a);
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
                let mut f = Finding::new(
                    &PRIVATE_CONTACT,
                    r,
                    format!("{who} asked about their care by direct message ({asked}) and you {what} instead of redirecting"),
                    evidence(&r.text, &shown),
                    Action::new(
                        ActionKind::Edit,
                        format!("Don't advise by DM ({words}). Reply that you can't discuss their care here and direct them to the surgery, 111 or urgent care."),
                    ),
                );
                f.severity = sev;
                f.confidence = conf;
                f.related = vec![Related::of(question)];
                f.finalise();
                out.push(f);
                pending = None;
            }
        }
    }
}

/// Advice in a direct message about the recipient's own care ("your results look fine, take…") with
/// no question from them in the export: still individual advice by DM.
fn unprompted_advice(r: &Record, a: &Analysis) -> Option<Finding> {
    if a.has(K::Redirect) || a.has_any(&[K::PatientRef, K::BedRef]) {
        return None;
    }
    let addressed: Vec<Span> = spans(a, &[K::CareAddressed]);
    let given = advice(&r.text, a);
    if addressed.is_empty() || given.is_empty() {
        return None;
    }
    let words = quoted(texts(&r.text, &given), 4);
    let mut f = Finding::new(
        &PRIVATE_CONTACT,
        r,
        format!("gives someone individual clinical advice about their own care by direct message ({words})"),
        evidence(&r.text, addressed.iter().chain(given.iter())),
        Action::new(
            ActionKind::Edit,
            format!("Don't advise by DM ({words}). Say you can't discuss their care here and direct them to the surgery, 111 or urgent care."),
        ),
    );
    f.confidence = 0.6;
    f.finalise();
    Some(f)
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
    summary: "You accepted a patient's invitation to meet socially or romantically",
    guidance: RELATION_GUIDANCE,
    what_it_finds: "Direct-message threads in which the other person names the doctor–patient relation \
        (\"you were my GP\", \"since you treated me\") and invites you out (\"drink sometime?\", \"dinner\"), \
        and your next reply accepts (\"I'd love to\", \"when are you free?\") rather than declining.",
    why_it_matters: "Pursuing a social or romantic relationship with a patient breaches the boundaries \
        guidance the GMC points to (2024 ¶16; 2013 ¶10). The MDU advises replying formally that the \
        relationship must remain professional, not online.",
    example: "Them: \"You were my doctor last year… fancy a drink sometime?\" You: \"I'd love to! When \
        are you free?\" (fires).",
    how_to_fix: "Do not meet. Take advice from your defence body; reply formally (not by DM) that the \
        relationship must stay professional, and unfriend or unfollow the patient.",
};

fn relation_spans(text: &str, a: &Analysis, other: bool) -> Vec<Span> {
    let mut v: Vec<Span> = a
        .of_kind(K::PatientRelation)
        .filter(|s| {
            let t = s.text(text).to_lowercase();
            t.contains("you") || t.contains("patient")
        })
        .copied()
        .collect();
    if other {
        v.extend(
            a.of_kind(K::CareContact)
                .filter(|s| s.text(text).to_lowercase().contains("you"))
                .copied(),
        );
    } else {
        v.extend(
            a.of_kind(K::PatientRef)
                .filter(|s| s.text(text).to_lowercase().starts_with("my "))
                .copied(),
        );
    }
    v.sort();
    v
}

const STRONG_ROMANCE: &[&str] = &[
    "drink",
    "coffee",
    "dinner",
    "date",
    "go out",
    "ask",
    "asked",
    "asking",
    "fancy",
    "gorgeous",
    "beautiful",
    "lovely",
    "pretty",
    "handsome",
    "sexy",
    "feelings",
    "attracted",
    "crush",
    "meet up",
    "get to know",
    "hang out",
    "take you out",
    "patient",
    "can't stop",
    "cannot stop",
];

fn romance(text: &str, a: &Analysis) -> Vec<Span> {
    let v: Vec<Span> = spans(a, &[K::Romantic]);
    let strong = v.iter().filter(|s| {
        let t = s.text(text).to_lowercase();
        STRONG_ROMANCE.iter().any(|w| t.contains(w))
    });
    if strong.count() >= 1 || v.len() >= 2 {
        v
    } else {
        Vec::new()
    }
}

impl CrossRule for AcceptedApproach {
    fn meta(&self) -> &'static RuleMeta {
        &ACCEPTED_APPROACH
    }

    fn wants(&self, r: &Record, _a: &Analysis) -> bool {
        r.kind == Kind::Message || (r.kind.is_message() && reach(r) == Reach::Private)
    }

    fn check_all(&self, records: &[&Record], cx: &Context, out: &mut Vec<Finding>) {
        for msgs in dm_threads(records).values() {
            let mut pending: Option<&Record> = None;
            for &(i, r) in msgs {
                let a = cx.analysis_at(i, r);
                if writer(r) != Writer::Owner {
                    if !relation_spans(&r.text, &a, true).is_empty()
                        && !romance(&r.text, &a).is_empty()
                    {
                        pending = Some(r);
                    }
                    continue;
                }
                let Some(invite) = pending else { continue };
                let lower_text = r.text.to_lowercase();
                let declines = a.has(K::Redirect)
                    || [
                        "can't",
                        "cannot",
                        "not appropriate",
                        "professional",
                        "wouldn't be right",
                        "no thank",
                    ]
                    .iter()
                    .any(|w| lower_text.contains(w));
                let accepts = spans(a.as_ref(), &[K::Accept]);
                if declines {
                    pending = None;
                    continue;
                }
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
                f.related = vec![Related::of(invite)];
                f.finalise();
                out.push(f);
                pending = None;
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
/// BND002: individual clinical advice in a public reply, comment or group message.
pub struct PublicAdvice;

static PUBLIC_ADVICE: RuleMeta = RuleMeta {
    code: "BND002",
    name: "individual-advice-in-replies",
    category: Category::Boundaries,
    severity: Severity::Medium,
    confidence: 0.65,
    summary: "A reply or comment gives one person individual clinical advice",
    guidance: &[
        Guidance::cite(Gmc2024, "16"),
        Guidance::cite(Gmc2024, "17"),
        Guidance::cite(Gmc2013, "10"),
        Guidance::cite(Gmc2013, "6"),
    ],
    what_it_finds: "Your replies, comments and group-chat messages that give someone individual \
        clinical advice — a dose or a change of dose (\"take 2 of…\", \"increase your dose\", \"stop \
        taking…\"), a working diagnosis (\"sounds like…\", \"it's probably…\") or reassurance that they \
        need not be seen — about a condition, a medicine or a symptom, without directing them to their \
        GP, a pharmacist, 111 or urgent care. Direct messages are judged with the question that \
        prompted them (BND001). General health information and redirections do not fire.",
    why_it_matters: "Advice to one person online is clinical care without a consultation, records or \
        safety-netting; the GMC asks you to direct people to an appropriate healthcare setting (2024 \
        ¶17) and to follow its prescribing guidance for remote advice (2013 ¶6).",
    example: "Reply: \"Sounds like a migraine — take 2 x 400mg ibuprofen and double up if it persists\" \
        (fires). Reply: \"I can't advise individuals here, but please speak to your GP or pharmacist\" \
        (does not).",
    how_to_fix: "Edit the reply to remove the individual advice and say you can't advise individuals \
        online; point them to their GP, a pharmacist, 111 or urgent care.",
};

impl Rule for PublicAdvice {
    fn meta(&self) -> &'static RuleMeta {
        &PUBLIC_ADVICE
    }

    fn check(&self, r: &Record, cx: &Context, out: &mut Vec<Finding>) {
        let individual_reply = matches!(r.kind, Kind::Reply | Kind::Comment | Kind::GroupMessage)
            || (r.kind == Kind::Quote && !r.mentions.is_empty());
        if !individual_reply || writer(r) != Writer::Owner {
            return;
        }
        let a = cx.analysis(r);
        let given = advice(&r.text, &a);
        if given.is_empty() {
            return;
        }
        // A redirect cancels vague advice, not a dose: "ask your GP, and take double the dose".
        let dosing = given.iter().any(|s| {
            let t = s.text(&r.text).to_lowercase();
            s.kind == K::Dose
                || [
                    "dose",
                    "double",
                    "halve",
                    "taking",
                    "increase",
                    "antibiotics",
                ]
                .iter()
                .any(|w| t.contains(w))
        });
        let redirected = a.has(K::Redirect);
        if redirected && !dosing {
            return;
        }
        let lower_text = r.text.to_lowercase();
        let addressed = lower_text.contains("you") || given.iter().any(|s| s.kind == K::Dose);
        let medical_phrase = given.iter().any(|s| {
            let t = s.text(&r.text).to_lowercase();
            ["dose", "taking", "tablet", "puffs", "double up"]
                .iter()
                .any(|w| t.contains(w))
        });
        let health = medical_phrase
            || a.has_any(&[
                K::Dose,
                K::Condition,
                K::Results,
                K::SymptomQuery,
                K::HealthTopic,
            ]);
        let general = a.has_any(&[K::Generic, K::Hypothetical]) && !lower_text.contains("your ");
        if !addressed || !health || general {
            return;
        }
        // A colleague's clinical question about their patient is professional discussion.
        if a.has_any(&[K::PatientRef, K::BedRef]) && r.kind == Kind::GroupMessage {
            return;
        }
        let words = quoted(texts(&r.text, &given), 4);
        let mut f = Finding::new(
            &PUBLIC_ADVICE,
            r,
            format!("gives individual clinical advice in a {} ({words})", super::verdict::noun(r)),
            evidence(&r.text, given.iter().chain(clinical(&a).iter())),
            Action::new(
                ActionKind::Edit,
                format!("Remove the individual advice ({words}); say you can't advise individuals online and point them to their GP, a pharmacist or 111."),
            ),
        );
        f.severity = match reach(r) {
            Reach::Public | Reach::Followers => Severity::Medium,
            Reach::Group | Reach::Private => Severity::Low,
        };
        if redirected {
            f.confidence -= 0.15;
        }
        f.finalise();
        out.push(f);
    }
}

// ---------------------------------------------------------------------------------------------
/// BND003: a romantic approach between doctor and patient.
pub struct RomanticApproach;

static ROMANTIC_APPROACH: RuleMeta = RuleMeta {
    code: "BND003",
    name: "romantic-approach-with-patient",
    category: Category::Boundaries,
    severity: Severity::High,
    confidence: 0.7,
    summary: "A romantic or social approach between you and a patient or former patient",
    guidance: RELATION_GUIDANCE,
    what_it_finds: "Messages, comments and posts that name the doctor–patient relation (\"you were my \
        patient\", \"now that you're not my patient any more\", \"since you treated me\") together with \
        a romantic or social approach (\"drink sometime?\", \"you looked lovely\", \"ask you out\"). \
        Your own approaches are high severity; a patient's approach to you is shown for review, with \
        the MDU's advice on how to respond.",
    why_it_matters: "Pursuing a relationship with a patient — or a former patient where you used your \
        professional position — breaches the boundaries guidance the GMC points to (2024 ¶16; 2013 ¶10). \
        Patients' romantic advances now mostly arrive through social networks (MDU).",
    example: "You, by DM: \"I know you were my patient, but now that you're not my patient any more — \
        drink sometime?\" (fires, high). A patient to you: \"You were my GP… fancy a coffee?\" (fires, \
        review).",
    how_to_fix: "Do not pursue it. Delete your message; take advice from your defence body. If a patient \
        approached you, don't reply online: write formally that the relationship must stay professional, \
        and unfriend them.",
};

impl Rule for RomanticApproach {
    fn meta(&self) -> &'static RuleMeta {
        &ROMANTIC_APPROACH
    }

    fn check(&self, r: &Record, cx: &Context, out: &mut Vec<Finding>) {
        if r.kind == Kind::Like || r.kind == Kind::Profile {
            return;
        }
        let a = cx.analysis(r);
        if !a.has(K::Romantic) {
            return;
        }
        let w = writer(r);
        let relation = relation_spans(&r.text, &a, w == Writer::Other);
        let loving = romance(&r.text, &a);
        let self_contained = loving
            .iter()
            .any(|s| s.text(&r.text).to_lowercase().contains("patient"));
        if loving.is_empty() || (relation.is_empty() && !self_contained) {
            return;
        }
        if a.has_any(&[K::Generic, K::Hypothetical])
            && !self_contained
            && w != Writer::Other
            && !r.kind.is_message()
        {
            return;
        }
        let words = quoted(texts(&r.text, &loving), 3);
        let mut f = Finding::new(
            &ROMANTIC_APPROACH,
            r,
            match w {
                Writer::Other => format!("a patient or former patient approaches you ({words})"),
                _ => format!("a romantic or social approach to a patient or former patient ({words})"),
            },
            evidence(&r.text, relation.iter().chain(loving.iter())),
            Action::new(ActionKind::Delete, format!("Delete this {} and do not pursue the relationship; take advice from your defence body.", super::verdict::noun(r))),
        );
        let lower_text = r.text.to_lowercase();
        let declined = [
            "said no",
            "declined",
            "turned down",
            "turned them down",
            "turned him down",
            "turned her down",
            "politely",
            "not appropriate",
            "inappropriate",
        ]
        .iter()
        .any(|d| lower_text.contains(d));
        if w == Writer::Owner && declined {
            f.severity = Severity::Low;
            f.confidence = 0.55;
            f.message =
                format!("a patient's romantic approach, which you say you declined ({words})");
            f.action = Action::new(
                ActionKind::Review,
                "You declined, which is right; but posting about a patient's approach discusses that patient. Consider deleting the post.",
            );
        } else if w == Writer::Other {
            f.severity = Severity::Low;
            f.confidence = 0.6;
            f.action = Action::new(
                ActionKind::Review,
                "A patient approached you: don't reply online. Write formally that the relationship must stay professional, and unfriend or unfollow them (MDU advice).",
            );
        } else if w == Writer::Repost {
            f.severity = lower(f.severity);
        }
        f.finalise();
        out.push(f);
    }
}

// ---------------------------------------------------------------------------------------------
/// BND004: friending, following or adding a patient.
pub struct Friending;

static FRIENDING: RuleMeta = RuleMeta {
    code: "BND004",
    name: "friending-patients",
    category: Category::Boundaries,
    severity: Severity::Medium,
    confidence: 0.65,
    summary: "Friend requests, follows or adds between you and a patient",
    guidance: RELATION_GUIDANCE,
    what_it_finds: "Posts and messages about friending, following or adding a patient (\"accepted a \
        friend request from my patient\", \"added my patient on Facebook\") or a patient's request to \
        you that names the relation (\"I added you on Facebook — you were my GP\"). Advice to others \
        (\"never accept friend requests from patients\") does not fire.",
    why_it_matters: "A friend request from a patient is outside the professional relationship and \
        should not be encouraged, however impolite it feels to decline (MDU); social media blurs \
        boundaries (GMC 2024 ¶16; 2013 ¶10–11).",
    example: "\"Accepted a friend request from my patient today, awkward 🙈\" (fires). \"Reminder: don't \
        accept friend requests from patients\" (does not).",
    how_to_fix: "Unfriend or unfollow the patient and decline such requests; if they contact you about \
        their care, direct them to your professional channels.",
};

impl Rule for Friending {
    fn meta(&self) -> &'static RuleMeta {
        &FRIENDING
    }

    fn check(&self, r: &Record, cx: &Context, out: &mut Vec<Finding>) {
        if r.kind == Kind::Like || r.kind == Kind::Profile {
            return;
        }
        let a = cx.analysis(r);
        if !a.has(K::Friending) {
            return;
        }
        let w = writer(r);
        let friending = spans(&a, &[K::Friending]);
        let self_contained = friending
            .iter()
            .any(|s| s.text(&r.text).to_lowercase().contains("patient"));
        let mut relation = relation_spans(&r.text, &a, w == Writer::Other);
        relation.extend(a.of_kind(K::PatientRef).copied());
        if relation.is_empty() && !self_contained {
            return;
        }
        let lower_text = r.text.to_lowercase();
        let advice_to_others = a.has_any(&[K::Generic, K::Hypothetical])
            || [
                "should i",
                "should you",
                "never accept",
                "don't accept",
                "do not accept",
                "would you",
                "is it ok",
            ]
            .iter()
            .any(|p| lower_text.contains(p));
        if advice_to_others && !lower_text.contains("accepted") && !lower_text.contains("added") {
            return;
        }
        let words = quoted(texts(&r.text, &friending), 3);
        let mut f = Finding::new(
            &FRIENDING,
            r,
            format!("friending or following between you and a patient ({words})"),
            evidence(&r.text, friending.iter().chain(relation.iter())),
            Action::new(
                ActionKind::Review,
                "Unfriend or unfollow the patient and decline friend requests from patients; delete this post.",
            ),
        );
        if w == Writer::Other {
            f.severity = Severity::Low;
            f.action = Action::new(
                ActionKind::Review,
                "A patient tried to connect with you: decline or unfriend, and direct any questions about their care to your professional channels.",
            );
        } else if w == Writer::Owner && !r.kind.is_message() {
            f.action = Action::new(
                ActionKind::Delete,
                format!(
                    "Delete this {} ({words}) and unfriend or unfollow the patient.",
                    super::verdict::noun(r)
                ),
            );
        }
        f.finalise();
        out.push(f);
    }
}

//! CONF004: patient details in direct messages and group chats (GMC 2024 ¶9, GMP ¶93: private
//! messages and groups may become public). See the parent module for the shared assessment.

use super::{
    direct_identifiers, texts, Individual, Story, DIRECT_KINDS, INDIVIDUAL_KINDS, MESSAGE_GUIDANCE,
};
use crate::detect::gate::Regex;
use crate::detect::{Span, SpanKind};
use crate::model::{Kind, Record};
use crate::rules::verdict::{evidence, lower, quoted, reach, writer, Reach, Writer};
use crate::rules::{Action, ActionKind, Category, Context, Finding, Rule, RuleMeta, Severity};
use std::sync::LazyLock;

// ---------------------------------------------------------------------------------------------
/// CONF004: patient details in direct messages and group chats.
pub struct PatientInMessages;

static PATIENT_IN_MESSAGES: RuleMeta = RuleMeta {
    code: "CONF004",
    name: "patient-details-in-messages",
    category: Category::Confidentiality,
    severity: Severity::Medium,
    confidence: 0.7,
    summary: "Patient details shared in a direct message or group chat",
    guidance: MESSAGE_GUIDANCE,
    what_it_finds: "Direct messages and group-chat messages (WhatsApp, Messenger, Telegram, Discord…) \
        that identify a patient — a name or initials with a condition, results or a bed, a date of birth, \
        a hospital number, a forename given as a patient's (\"the patient in 12 … name's Kevin\", \"your \
        dad Graham's biopsy came back\") — or that tell one patient's story in detail, or pass round \
        a patient's picture (\"[image] this abscess I drained\", \"send the pic of the granny on the \
        commode to the group\"). The person the message greets (\"Hi Karen, your bloods…\") and the writer's own family are not third parties. \
        Group chats rank above one-to-one messages; identifiers rank above narrative. NHS-style numbers \
        are reported by CONF002. Messages from others are shown for review at low severity.",
    why_it_matters: "The GMC's standards apply to private messaging too: messages in private groups may \
        become public (GMC 2024 ¶9, GMP ¶93), and even professional closed sites are no place for \
        identifiable patient information (GMC 2013 ¶12). Screenshots of WhatsApp groups have led to \
        fitness-to-practise investigations.",
    example: "\"Margaret Jones' potassium is 6.8, can someone review her in bed 6?\" in a ward WhatsApp \
        group (fires). \"Running late, start handover without me\" (does not).",
    how_to_fix: "Delete the message for everyone where the app allows, and the chat history you no \
        longer need. Use approved clinical systems (the EPR, secure NHS mail) for patient details.",
};

/// The sender's own family or own body, asked about: "my son has had", "my mum's been", "my knee
/// is swelling again".
static SENDERS_OWN_CARE: LazyLock<Regex> = LazyLock::new(|| {
    crate::detect::phrases::regex(
        r"(?i)\bmy\s+(?:little\s+|baby\s+|eldest\s+|youngest\s+)?(?:son|daughter|boy|girl|baby|child|kid|toddler|mum|mam|mom|dad|husband|wife|partner|nan|gran|grandad|grandma)(?:[’']s)?\s+(?:has|had|is|was|been|keeps|gets|got|can[’']?t|won[’']?t|woke|started)\b|\bmy\s+(?:left\s+|right\s+|bad\s+|dodgy\s+)?(?:knee|knees|back|chest|head|tummy|stomach|belly|foot|feet|ankle|hip|shoulder|neck|arm|leg|skin|eye|eyes|ear|ears|throat|hand|wrist|bp|blood\s+pressure|sugars?|periods?|rash|cough)(?:[’']s)?\s+(?:is|are|has|have|keeps|was|were|been|feels|started|hurts|hurting|swelling|swollen|playing\s+up|flared)\b",
    )
});

impl Rule for PatientInMessages {
    fn meta(&self) -> &'static RuleMeta {
        &PATIENT_IN_MESSAGES
    }

    fn check(&self, r: &Record, cx: &Context, out: &mut Vec<Finding>) {
        let reach = reach(r);
        if !(r.kind.is_message() || matches!(reach, Reach::Group | Reach::Private))
            || r.kind == Kind::Like
        {
            return;
        }
        let a = cx.analysis(r);
        // "[image] name's cropped but date and hosp no at the bottom": the writer says the
        // identifiers can be read on the image they are sending.
        let label = a
            .has_any(&[SpanKind::ClinicalImage, SpanKind::PhotoCue])
            .then(|| super::images::VISIBLE_LABEL.find(&r.text))
            .flatten();
        // "[image] this abscess I drained", "send the pic of the granny on the commode": a
        // patient's picture passed round the chat.
        let pictured = if a.has_any(&[
            SpanKind::PhotoCue,
            SpanKind::PatientRef,
            SpanKind::PersonRef,
        ]) || !r.media.is_empty()
        {
            super::images::pictured_patient(&r.text, &a, &super::images::shown_photos(r, &a))
        } else {
            None
        };
        if !a.has_any(INDIVIDUAL_KINDS)
            && !a.has_any(DIRECT_KINDS)
            && !a.has(SpanKind::Forename)
            && label.is_none()
            && pictured.is_none()
        {
            return;
        }
        let story = Story::of(&r.text, &a);
        if story.fictional() {
            return;
        }
        // "My son has had a fever for 3 days, can I send you a photo of his rash?": someone else
        // asking about their own family tells their own story, not a patient's passed on.
        if writer(r) == Writer::Other
            && SENDERS_OWN_CARE.is_match(&r.text)
            && !a.has(SpanKind::PatientRef)
            && label.is_none()
        {
            return;
        }
        // "Sorry Isla's poorly but I can't give medical advice over Messenger, ring 111": declining
        // to advise the one who asked, about what they told you, discloses nothing learnt in care.
        if writer(r) == Writer::Owner
            && a.has(SpanKind::Refusal)
            && a.has(SpanKind::Redirect)
            && !a.has_any(DIRECT_KINDS)
            && label.is_none()
            && pictured.is_none()
        {
            return;
        }
        let ids = direct_identifiers(&r.text, &a, &story);
        // "the patient in 12 … name's Kevin": a name given as a patient's is a disclosure already.
        let clinical_detail = !story.condition.is_empty()
            || !story.results.is_empty()
            || !story.place.is_empty()
            || !story.encounter.is_empty()
            || a.has(SpanKind::PatientRef)
            // "Amira Haddad, DOB 14/03/1988, AMH 0.4": a named person's scan, or date of birth or number
            // beside any health matter ("Mum ur hosp letter says DOB…" is the reader's own).
            || (a.has_any(&[SpanKind::PersonName, SpanKind::PatientName])
                && (a.has(SpanKind::ClinicalImage) || a.has_any(&[
                SpanKind::DateOfBirth,
                SpanKind::NhsNumber,
                SpanKind::ChiNumber,
                SpanKind::HospitalNumber,
            ]) && a.has(SpanKind::HealthTopic)));
        // Telling someone about a person they know ("your neighbour", "Mrs G from church") with
        // anything clinical is a disclosure to the one reader who can identify them (GMC 2024 ¶18).
        // So is a person told by what the reader would know them by ("the one who's always in
        // the Wetherspoons on Market St") to whom something clinical happened.
        let known_person = (a.has(SpanKind::KnownPerson)
            && (!story.condition.is_empty()
                || !story.results.is_empty()
                || !story.encounter.is_empty()
                || a.has_any(&[SpanKind::Temporal, SpanKind::TemporalWeak])))
            || story.described;
        // A forename or full name next to a clinical anchor (a bed, ward, department, condition, a
        // scan or a prescription medicine) in a chat: "name's Kevin", "Jaden from year 11 … in
        // majors with a head injury", "Peggy Hargreaves … refusing her insulin".
        // "Ollie's got chickenpox too, we're doing oat baths and cuddles": a child cared for at
        // home, with no ward, bed or patient in the message.
        let home_care = || {
            HOME_CARE.is_match(&r.text)
                && !a.has_any(&[
                    SpanKind::PatientRef,
                    SpanKind::BedRef,
                    SpanKind::WardRef,
                    SpanKind::ClinicalSetting,
                ])
        };
        let named: Vec<Span> = a
            .of_kinds(&[SpanKind::Forename, SpanKind::PersonName])
            .filter(|n| {
                // "my daughter Ellie has chickenpox" is the writer's own family; "Hi Karen, your
                // bloods were fine" names the reader, whose own care it is.
                // A patient's own words quoted ("\"my husband Gary Whitlock (the one with the
                // gout)…\"") name their family, not the writer's.
                (!crate::detect::text::own_circle_before(&r.text, n.start as usize)
                    || crate::detect::stance::is_quoted(&r.text, n.start as usize, n.end as usize))
                    && !addresses_reader(&r.text, n)
                    && !go_between(&r.text, n)
                    && !collected(&r.text, n)
                    && !home_care()
                    && !at_work_after(&r.text, n)
                    && !a
                        .of_kinds(&[
                            SpanKind::ColleagueName,
                            SpanKind::TitleColleague,
                            SpanKind::ColleagueCue,
                        ])
                        .any(|c| c.start <= n.end && n.start <= c.end + 12)
            })
            .copied()
            .collect();
        // "we met at Sophie's wedding, not fracture clinic": a setting denied is no anchor.
        let anchored = a
            .of_kinds(&[
                SpanKind::PatientRef,
                SpanKind::BedRef,
                SpanKind::WardRef,
                SpanKind::ClinicalSetting,
                SpanKind::Condition,
                SpanKind::Results,
                SpanKind::ClinicalImage,
            ])
            .any(|s| !contrasted_away(&r.text, s.start as usize))
            || (!named.is_empty() && !crate::rules::judge::analysis(r).meds.is_empty());
        let mut ids = ids;
        if let Some(m) = label {
            ids.push(Span::new(m.start(), m.end(), SpanKind::ClinicalImage));
        }
        if !named.is_empty() && anchored && writer(r) != Writer::Other {
            ids.extend(named);
            ids.sort();
            ids.dedup();
        }
        let identified = (!ids.is_empty() && (clinical_detail || label.is_some()))
            || known_person
            || pictured.is_some();
        ids.extend(pictured);
        let narrative = story.is_patient_story()
            && match story.individual {
                Individual::Strong => story.net() >= 2.5,
                Individual::Weak => story.net() >= 2.5 && !story.hook.is_empty(),
                Individual::None => false,
            };
        if !identified && !narrative {
            return;
        }
        let shown: Vec<Span> = if !ids.is_empty() {
            ids.clone()
        } else {
            story.removable()
        };
        let words = quoted(texts(&r.text, &shown), 5);
        let where_ = if reach == Reach::Group {
            "a group chat"
        } else {
            "a direct message"
        };
        let mut f = Finding::new(
            &PATIENT_IN_MESSAGES,
            r,
            format!("shares patient details in {where_}: {words}"),
            evidence(&r.text, ids.iter().chain(story.evidence_spans().iter())),
            Action::new(ActionKind::Delete, ""),
        );
        f.severity = match (identified, reach) {
            (true, Reach::Group) => Severity::Medium,
            (true, _) => Severity::Medium,
            (false, _) => Severity::Low,
        };
        f.confidence = if identified { 0.75 } else { 0.6 };
        if story.mitigated() {
            f.severity = lower(f.severity);
            f.confidence -= 0.15;
        }
        match writer(r) {
            Writer::Owner | Writer::Repost => {
                f.action = Action::new(
                    ActionKind::Delete,
                    format!("Delete this message for everyone where the app allows (it contains {words}); use approved clinical systems for patient details."),
                );
            }
            Writer::Other => {
                f.severity = Severity::Low;
                f.action = Action::new(
                    ActionKind::Review,
                    format!("Someone else shared patient details ({words}) with you; review the chat and delete it if you no longer need it."),
                );
            }
        }
        f.finalise();
        out.push(f);
    }
}

/// "not fracture clinic", "rather than on the ward": the writer says where something did not happen.
static CONTRASTED_AWAY: LazyLock<Regex> = LazyLock::new(|| {
    crate::detect::phrases::regex(
        r"(?i)(?:,\s*|\b)(?:not|rather\s+than|instead\s+of|never)\s+(?:at|in|on|from)?\s*(?:the\s+|a\s+|an\s+|my\s+|our\s+)?$",
    )
});

fn contrasted_away(text: &str, start: usize) -> bool {
    let from = crate::detect::text::floor_boundary(text, start.saturating_sub(24));
    text.get(from..start)
        .is_some_and(|before| CONTRASTED_AWAY.is_match(before))
}

/// "Stanley is doing the flu clinic Saturday", "cover her morning list", "Raj 12-4": the named
/// person runs the clinic or has a slot on the rota, so is a colleague, not a patient in it.
static AT_WORK: LazyLock<Regex> = LazyLock::new(|| {
    crate::detect::phrases::regex(
        r"(?i)^[’']?s?\s*(?:[:\-–]?\s*\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?\s*(?:-|–|to)\s*\d{1,2}(?:[:.]\d{2})?\b|(?:is|was|[’']s|will\s+be)\s+(?:doing|running|covering|on|taking|leading)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:clinic|list|shift|call|nights|rota|session|ward\s+round|surgery|huddle|meeting|teaching)|[^.!?\n]{0,40}?\bcover\s+(?:his|her|their)\s+(?:\w+\s+)?(?:list|clinic|shift|session|nights|calls)|[^.!?\n]{0,60}?\b(?:on\s+(?:nights|call|shift|the\s+rota)|(?:her|his|their)\s+(?:es|cs|educational\s+supervisor|clinical\s+supervisor|trainer|rota)))\b",
    )
});

fn at_work_after(text: &str, name: &Span) -> bool {
    text.get(name.end as usize..)
        .is_some_and(|rest| AT_WORK.is_match(rest))
}

/// Care at home, said by the family giving it: "we're doing oat baths", "endless cuddles", "kept
/// her off nursery".
static HOME_CARE: LazyLock<Regex> = LazyLock::new(|| {
    crate::detect::phrases::regex(
        r"(?i)\b(?:we[’']?re\s+(?:doing|trying|giving\s+(?:him|her|them))|(?:lots\s+of\s+|endless\s+|sofa\s+)cuddles|kept\s+(?:him|her|them)\s+(?:off|home\s+from)\s+(?:nursery|school)|(?:nursery|childminder|school)\s+(?:said|says|rang|called|sent\s+(?:him|her)\s+home))\b",
    )
});

/// A name that put the writer and the reader in touch: "Sarah passed on your number", "Tom said
/// you'd message".
fn go_between(text: &str, name: &Span) -> bool {
    static PASSED_ON: LazyLock<Regex> = LazyLock::new(|| {
        crate::detect::phrases::regex(
            r"(?i)^\W{0,3}\s*(?:passed\s+on|gave\s+me|sent\s+me|shared)\s+your\s+(?:number|details|email|contact)|^\s+(?:said|mentioned)\s+you[’']?d?\b",
        )
    });
    text.get(name.end as usize..)
        .is_some_and(|after| PASSED_ON.is_match(after))
}

/// "Can anyone grab Isla for me?", "picking up Theo at 3": a child collected, not a patient.
fn collected(text: &str, name: &Span) -> bool {
    static FETCH: LazyLock<Regex> = LazyLock::new(|| {
        crate::detect::phrases::regex(
            r"(?i)\b(?:grab|collect|fetch|pick\s+up|picking\s+up|drop\s+off|dropping\s+off|babysit)\s+$",
        )
    });
    let start = name.start as usize;
    let from = crate::detect::phrases::floor_boundary(text, start.saturating_sub(20));
    text.get(from..start).is_some_and(|b| FETCH.is_match(b))
}

/// A name the message opens with or greets: "Hi Karen,", "Dear Tom", "Lucy, sorry to hear…".
fn addresses_reader(text: &str, name: &Span) -> bool {
    let start = name.start as usize;
    let greeted = crate::detect::text::word_before(text, start).is_some_and(|w| {
        matches!(
            w.lower().as_str(),
            "hi" | "hey"
                | "hello"
                | "hiya"
                | "dear"
                | "morning"
                | "evening"
                | "thanks"
                | "cheers"
                | "ta"
                | "yo"
                | "congrats"
                | "congratulations"
                | "no"
                | "yes"
                | "sorry"
                | "oi"
        )
    }) && !matches!(
        crate::detect::text::char_after(text, name.end as usize),
        Some('\'' | '’')
    );
    let opens =
        text[..start].trim().is_empty() && text[name.end as usize..].trim_start().starts_with(',');
    greeted || opens
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Audience, Platform};

    fn fires(text: &str) -> bool {
        let r = crate::rules::testing::record(
            Platform::Facebook,
            Kind::Message,
            Audience::Private,
            text,
        );
        !crate::rules::testing::findings(&PatientInMessages, &r).is_empty()
    }

    #[test]
    fn a_rota_slot_or_a_child_collected_is_no_patient() {
        for t in [
            "flu clinic rota sat: me 9-1, Priya 1-5, who can take the evening?",
            "stuck on call till 8, could someone collect Freddie for me? ward is chaos",
        ] {
            assert!(!fires(t), "{t}");
        }
        assert!(fires(
            "Freddie in bed 4 on the ward has had his third seizure tonight"
        ));
        assert!(fires(
            "Mrs Lloyd's sugars were all over the shop when I saw her in clinic, worried about her"
        ));
    }

    #[test]
    fn a_patients_picture_passed_round_the_chat() {
        for t in [
            "[image] check out the size of this abscess I drained on nights lol",
            "Just sent you a pic of the lady in resus with the fork stuck in her hand",
            "lol send the pic of the granny on the commode to the group",
            "Forwarding the pic the nurses took of the patient asleep in his dinner",
            "[pic] the toenail I just pulled off in minors, absolutely feral",
            "Got a video of bed 6 trying to climb over the rails again",
            "Taking a pic of her leg ulcer for you, it's the worst I've seen",
        ] {
            assert!(fires(t), "{t}");
        }
        for t in [
            "[image] rota for December attached, shout if there's a problem",
            "[photo] look at the size of this cake the families brought in for us",
            "[image] my own stitches after the op, healing nicely",
            "Snapped a pic of the sunset from the ward window",
            "Sending you the photo of the sepsis poster for the audit",
            "Taking a pic of my leg bruise for you, it's the worst I've had",
            "[photo] the cake I had to remove from the oven early, still edible",
            "[image] the wall we plastered at the weekend, not bad for doctors",
            "Look at this suture pad I stitched at the workshop today, not bad eh",
            "[image] the pig's trotter we sutured at the skills session",
        ] {
            assert!(!fires(t), "{t}");
        }
    }

    #[test]
    fn a_named_third_party_with_their_care_is_a_disclosure() {
        assert!(fires(
            "Hi Jo, just so you know your dad Graham's biopsy came back and it's lymphoma"
        ));
        assert!(fires(
            "lol the patient in 12 tried to discharge himself. name's Kevin, you can't miss him"
        ));
        assert!(fires(
            "guess who's on our ward with pancreatitis - Gareth from the rugby club!"
        ));
        assert!(fires(
            "the man in majors is the one who busks outside Boots, the one with the parrot"
        ));
        assert!(fires(
            "Xray of the day lads, look at the size of that 😂 [image] name's cropped but date and hosp no at the bottom"
        ));
    }

    #[test]
    fn a_named_person_with_care_they_had_or_refused_in_a_team_chat() {
        for t in [
            "Team, can someone check on Peggy Hargreaves at 3 Mill Lane, the carers say she's refusing her insulin again",
            "Does anyone know if Mr Ali on Cedar Road had his MRI yet? His wife keeps ringing the surgery",
            "Quick one: did Mr Okafor (DOB 12/09/1962) ever get his colonoscopy booked? Daughter's chasing",
            "Mrs Kowalczyk at 14 Orchard Rise is refusing the district nurses again. Can someone pop round?",
        ] {
            assert!(fires(t), "{t}");
        }
        for t in [
            "Stanley is doing the Mercer Street flu clinic on Saturday, can someone cover his morning list?",
            "Mr Ali from IT is coming at 2 to fix the printers on Cedar Road site",
            "Did anyone book the colonoscopy training day? Mr Okafor says there are two places left",
        ] {
            assert!(!fires(t), "{t}");
        }
    }

    #[test]
    fn a_relative_called_by_a_kinship_title_is_family() {
        assert!(!fires(
            "Auntie if the chest infection's no better, Uncle Raj has some antibiotics left"
        ));
        assert!(fires(
            "Amira Haddad, DOB 14/03/1988, AMH 0.4, attaching her last scan. Thoughts?"
        ));
        assert!(!fires(
            "Mum ur hosp letter says DOB 03/07/58 not 07/03?? ring them Monday to fix it before ur scan x"
        ));
    }

    #[test]
    fn a_colleague_on_nights_with_her_supervisor_is_not_a_patient() {
        assert!(!fires(
            "I'm a bit worried about Priya, she seemed really overwhelmed on nights. could we have a supportive chat with her and her ES this week?"
        ));
        assert!(fires(
            "Kevin in bed 4 was agitated on nights again, his sodium is 118"
        ));
    }

    #[test]
    fn a_setting_the_writer_denies_is_no_anchor() {
        assert!(!fires(
            "Haha no, we met at Sophie's wedding, not fracture clinic, I promise 😂"
        ));
        assert!(!fires(
            "Tom's party, rather than the ward, is where I'll be on Friday"
        ));
        assert!(fires(
            "Tom from the rugby club is in fracture clinic, not at work, with his ankle"
        ));
    }

    #[test]
    fn a_local_character_without_anything_clinical_is_not() {
        assert!(!fires(
            "the one who busks outside Boots, with the parrot, is playing at the pub tonight"
        ));
        assert!(!fires(
            "the lady who sells flowers outside the station gave me a bunch after my night shift"
        ));
    }

    #[test]
    fn the_reader_and_the_writers_own_family_are_not_third_parties() {
        assert!(!fires(
            "Hi Karen, your bloods were fine apart from slightly low iron"
        ));
        assert!(!fires(
            "Lucy, sorry to hear about the fracture, hope it heals fast"
        ));
        assert!(!fires(
            "My daughter Ellie has chickenpox, off nursery all week"
        ));
        assert!(!fires("Gareth said the rugby club quiz is on Thursday"));
        // Declining to advise the parent who asked, and sending them to proper care.
        assert!(!fires(
            "Hi Gemma, I'm really sorry Isla's poorly but I can't give medical advice over Messenger. If she's floppy or the rash doesn't fade under a glass, ring 999 now, otherwise please call 111 or her GP x"
        ));
        // A refusal does not cover a hospital number passed on.
        assert!(fires(
            "Can't give advice on here but Isla Brown, hosp no RX1234567, was the meningitis in bay 3, ring 111 if worried"
        ));
    }

    #[test]
    fn a_certain_someone_from_the_pta_seen_in_clinic_is_a_disclosure() {
        assert!(fires(
            "Guess who was in my clinic this morning 👀 let's just say a certain someone from the PTA won't be doing the 10k next month after all... can't say more 🤐🤐"
        ));
        assert!(!fires(
            "Guess who's doing the 10k next month? A certain someone from the PTA finally signed up 😂"
        ));
    }

    #[test]
    fn a_child_cared_for_at_home_and_a_go_between_are_not_patients() {
        for t in [
            "Ollie's got chickenpox too 😩 we're doing oat baths, calpol and endless cuddles. Nursery said back once the spots have all crusted over",
            "Hi Tom, Sarah passed on your number. Sorry, I really can't advise on your foot over WhatsApp without seeing you. If it's hot and swollen please see your GP today",
        ] {
            assert!(!fires(t), "{t}");
        }
        for t in [
            "Ollie from the rugby club is in bay 4 with a broken femur, we're doing his obs hourly",
            "Sarah from church is on our ward with chickenpox pneumonia, looks rough",
        ] {
            assert!(fires(t), "{t}");
        }
    }

    #[test]
    fn a_patient_told_by_local_description_or_deed_in_a_chat() {
        for t in [
            "lol bed 12 has been necking the hand gel again. same fella as last month, the retired postman from Ashby with the parrot tattoo",
            "Can you believe the lad who stabbed that kid outside Wetherspoons last week is on our ward. Lives at 22 Bracken Road",
        ] {
            assert!(fires(t), "{t}");
        }
        for t in [
            "Bed 12 is free now, can someone let bed management know before 5",
            "The new F1 is on our ward from Monday, be nice to him, he's the lad with the ginger beard",
            "Our postman is the one with the parrot tattoo, lovely guy, always has treats for the dog",
        ] {
            assert!(!fires(t), "{t}");
        }
    }

    #[test]
    fn a_patients_email_quoted_names_their_family_not_the_writers() {
        assert!(fires(
            "pt emailed me DIRECTLY at 11pm, sharing for the lols: \"Dear Dr P, my husband Gary Whitlock (the one with the gout) says you promised him a home visit\""
        ));
        assert!(!fires(
            "a patient emailed to say thank you for the home visit, \"you made my week\", lovely"
        ));
    }

    #[test]
    fn a_result_given_as_positive_in_ward_shorthand_is_clinical_detail() {
        assert!(fires(
            "pt Kayleigh M, DOB 03/11/97, GC +ve, need partner notification"
        ));
        assert!(fires("Kayleigh M, DOB 03/11/97, chlamydia +ve"));
    }

    #[test]
    fn session_37_someone_asking_about_their_own_child_is_not_a_patient_passed_on() {
        assert!(!fires(
            "Hi, saw your video. Not medical myself, my daughter has had a temperature for 4 days and now a rash on her tummy, can I send you a photo?"
        ));
        assert!(fires(
            "My son is off sick so I'm covering: the patient in bed 6, Mr Okafor, has a potassium of 6.8 and nobody has repeated it"
        ));
        let from_someone_else = |t: &str| {
            let mut r = crate::rules::testing::record(
                Platform::Whatsapp,
                Kind::Message,
                Audience::Private,
                t,
            );
            r.author = crate::model::Author::other(Some("Auntie".into()), None);
            !crate::rules::testing::findings(&PatientInMessages, &r).is_empty()
        };
        assert!(!from_someone_else(
            "Beta, my knee is swelling again like last Diwali 😔 can I take two of your uncle's diclofenac or will it upset my stomach?"
        ));
        assert!(from_someone_else(
            "My back is killing me but listen: the patient in bed 6, Mr Okafor, has a potassium of 6.8 and nobody has repeated it"
        ));
    }
}

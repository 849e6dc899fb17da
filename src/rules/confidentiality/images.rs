//! CONF006: a clinical image from a real patient's care shown without a consent statement (GMC
//! 2024 ¶20 and its guidance on recordings of patients). See the parent module for the assessment.

use super::{settle, texts, Individual, Story};
use crate::detect::gate::Regex;
use crate::detect::{Span, SpanKind};
use crate::model::{Kind, Record};
use crate::rules::guidance::{Guidance, GuidanceSource::*};
use crate::rules::verdict::{evidence, is_broadcast, noun, quoted, reach, writer, Reach, Writer};
use crate::rules::{Action, ActionKind, Category, Context, Finding, Rule, RuleMeta, Severity};
use std::sync::LazyLock;

/// "Sent you a pic of", "snapped a photo of": an indefinite photo cue after a verb of sending or
/// taking is a picture that exists and is being passed on, not one told of.
static SENT_A: LazyLock<Regex> = LazyLock::new(|| {
    crate::detect::phrases::regex(
        r"(?i)\b(?:sen[dt]|sending|forward(?:ed|ing)?|shar(?:e|ed|ing)|post(?:ed|ing)?|upload(?:ed|ing)?|snapped|took|taken|taking|grabbed|got|filmed|here[’']?s)\s+(?:(?:you|u|me|us|everyone|the\s+group|y[’']?all)\s+)?(?:a|an)\s+$",
    )
});

/// "The pic the nurses took of", "the video someone filmed of": a picture named by who took it.
static TAKEN_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:pics?|photos?|pictures?|videos?|vids?|clips?|snaps?|footage)\s+(?:[\w’']+\s+){0,3}?(?:took|taken|got|snapped|filmed|recorded|made)\s+of\b",
    )
    .expect("valid regex")
});

/// What the writer says they did to the thing pictured: "this abscess I drained", "this whale I had
/// to catheterise", "the state of this foot I had to dress today". The picture is of a patient.
static CARED_FOR_PICTURED: LazyLock<Regex> = LazyLock::new(|| {
    crate::detect::phrases::regex(
        r"(?i)\b(?:this|these|that|those|the)\s+(?:[\w’'-]+\s+){0,3}?(?:i|we)\s+(?:just\s+|literally\s+|actually\s+)?(?:(?:had|have|got)\s+to\s+|helped\s+(?:to\s+)?)?(?:drain(?:ed)?|dress(?:ed)?|catheteri[sz]ed?|cannulated?|stitch(?:ed)?|sutured?|incised|lanced|debrided|syringed|irrigated|pulled\s+(?:out|off)|pull\s+(?:out|off)|dug\s+out|relocated|splinted|intubated?|scoped|operated\s+on|x-?rayed|swabbed|biopsied|excised|amputated)\b",
    )
});

/// The photo cues in `r` that show a picture rather than tell of one: "a photo of her rash" is
/// told, unless the record carries media or the photo is being sent ("sent you a pic of").
pub(super) fn shown_photos(r: &Record, a: &crate::detect::Analysis) -> Vec<Span> {
    let text = r.text.as_str();
    let mut photos: Vec<Span> = a
        .of_kind(SpanKind::PhotoCue)
        .filter(|p| {
            let start = p.start as usize;
            !r.media.is_empty()
                || SENT_A.is_match(crate::detect::phrases::lead_in(text, start, 40))
                || !crate::detect::text::word_before(text, start).is_some_and(|w| {
                    matches!(
                        w.lower().as_str(),
                        "a" | "an" | "her" | "his" | "their" | "no"
                    )
                })
        })
        .copied()
        .collect();
    photos.extend(
        TAKEN_OF
            .find_iter(text)
            .map(|m| Span::new(m.start(), m.end(), SpanKind::PhotoCue)),
    );
    photos.sort();
    photos
}

/// A patient in the picture: a photo cue right before a patient reference ("pic of my patient"),
/// a person in a scene of care (see [`care_scene`]), or something the writer did care to ("this
/// abscess I drained"). The span is the evidence.
pub(super) fn pictured_patient(
    text: &str,
    a: &crate::detect::Analysis,
    photos: &[Span],
) -> Option<Span> {
    if photos.is_empty() {
        return None;
    }
    if let Some(q) = photos.iter().find_map(|p| patient_right_after(a, p)) {
        return Some(q);
    }
    // "video of bed 6 trying to climb the rails": the bed stands for whoever is in it.
    if let Some(bed) = a.of_kind(SpanKind::BedRef).find(|b| {
        photos
            .iter()
            .any(|p| b.start >= p.end && b.start <= p.end + 12)
    }) {
        return Some(*bed);
    }
    if care_scene(text, a, photos) {
        return photos.first().copied();
    }
    if let Some(m) = photos.iter().find_map(|p| {
        THEIR_BODY
            .find(text.get(p.end as usize..)?)
            .map(|m| (p.end as usize + m.start(), p.end as usize + m.end()))
    }) {
        return Some(Span::new(m.0, m.1, SpanKind::ClinicalImage));
    }
    acted_on_in_picture(text, photos)
}

/// Right after a photo cue, someone else's body or lesion: "pic of her leg ulcer", "photo of his
/// rash". (An indefinite cue is only kept when the picture is sent or attached; see
/// [`shown_photos`].)
static THEIR_BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:his|her|their)\s+(?:[\w-]+\s+)?(?:leg|foot|feet|toe|toes|arm|hand|finger|face|back|chest|belly|stomach|bum|bottom|groin|breast|neck|head|scalp|eye|ear|knee|ankle|hip|wound|ulcer|ulcers|rash|lesion|lump|abscess|burn|burns|bruise|bruising|cut|laceration|fracture|x-?ray|scan|ecg|stoma|pressure\s+sore|sore|cyst|mole|infection|cellulitis)\b",
    )
    .expect("valid regex")
});

/// What skills are practised on: "this suture pad I stitched", "the pig's trotter we sutured at the
/// skills session", "this banana I cannulated".
static PRACTICE_MODEL: LazyLock<Regex> = LazyLock::new(|| {
    crate::detect::phrases::regex(
        r"(?i)\b(?:pads?|models?|mannequins?|manikins?|dummy|dummies|bananas?|oranges?|trotters?|pig[’']?s|chicken|sim|simulation|workshop|skills\s+(?:session|lab|day|course)|practice\s+arm|phantom|course|teaching|med\s+school|medical\s+school)\b",
    )
});

/// "Pic of my patient", "selfie with the patient": a patient reference right after a photo cue.
fn patient_right_after(a: &crate::detect::Analysis, photo: &Span) -> Option<Span> {
    a.of_kind(SpanKind::PatientRef)
        .find(|q| q.start >= photo.end && q.start <= photo.end + 20)
        .copied()
}

/// "The X-ray of the lad who put his hand through a window", "this scan of our gentleman in bay 2":
/// an image taken in one person's care, named by who they are.
static IMAGED_PERSON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s+(?:of|from)\s+(?:the|this|that|our)\s+(?:[a-z’'-]+\s+){0,2}?(?:lad|lady|man|woman|guy|girl|boy|bloke|gent|gentleman|chap|kid|child|baby|toddler|teenager|teen|patient|fella|granny|grandad|pensioner|student|footballer|rugby\s+player|driver|cyclist|biker|runner|climber|builder|roofer)s?\b",
    )
    .expect("valid regex")
});

fn imaged_person(text: &str, a: &crate::detect::Analysis) -> Option<Span> {
    a.of_kind(SpanKind::ClinicalImage)
        .find(|s| {
            let end = s.end as usize;
            let to = crate::detect::phrases::ceil_boundary(text, (end + 60).min(text.len()));
            text.get(end..to)
                .is_some_and(|rest| IMAGED_PERSON.is_match(rest))
        })
        .copied()
}

/// "This abscess I drained" within a sentence or so of a photo cue, not on a practice model.
fn acted_on_in_picture(text: &str, photos: &[Span]) -> Option<Span> {
    CARED_FOR_PICTURED
        .find_iter(text)
        .find(|m| {
            photos
                .iter()
                .any(|p| m.start() <= p.end as usize + 60 && p.start as usize <= m.end() + 20)
                && {
                    let (s, e) = crate::detect::phrases::sentence_around(text, m.start());
                    !PRACTICE_MODEL.is_match(text.get(s..e).unwrap_or(""))
                }
        })
        .map(|m| Span::new(m.start(), m.end(), SpanKind::ClinicalImage))
}

// ---------------------------------------------------------------------------------------------
/// CONF006: a clinical image of a patient shown without a consent statement.
pub struct ClinicalImage;

/// Patient information in the background of a photo: "whiteboard in background — bay C: Patel,
/// Hughes…", "today's list on the whiteboard behind us — names just about visible".
static BOARD_IN_SHOT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:whiteboard|white\s+board|patient\s+board|bed\s+board|bed\s+state|handover\s+(?:sheet|list)|patient\s+list|theatre\s+list|ward\s+list|jobs\s+list|today[’']?s\s+list|the\s+list|(?:their|the\s+patient[’']?s|his|her)\s+notes|obs\s+chart|drug\s+chart)\b[^.!?\n]{0,40}?\b(?:in\s+(?:the\s+)?background|behind\s+(?:us|me|them)|visible|readable|legible|on\s+show|in\s+shot|in\s+the\s+(?:shot|pic|photo|picture|corner))|\b(?:names|surnames|patients[’']?\s+names)\s+(?:and\s+\w+\s+)?(?:are\s+)?(?:just\s+about\s+|still\s+|all\s+|clearly\s+|totally\s+)?(?:visible|readable|legible|on\s+show|in\s+shot)\b|\b(?:whiteboard|white\s+board|patient\s+board|bed\s+board|handover\s+(?:sheet|list)|theatre\s+list)\b[^\n]{0,60}?\bnames\s+(?:and\s+all|included|on\s+it|showing)|\b(?:whiteboard|white\s+board|patient\s+board|bed\s+board|handover\s+(?:sheet|list)|theatre\s+list|ward\s+list|patient\s+list|jobs\s+list)\b[^\n]{0,80}?\b(?:ignore|excuse|don[’']?t\s+look\s+at|don[’']?t\s+zoom\s+in\s+on|pretend\s+you\s+can[’']?t\s+see)\s+(?:all\s+)?the\s+(?:names|surnames|patient\s+names)\b|\b(?:ignore|excuse|don[’']?t\s+look\s+at)\s+the\s+(?:handover\s+|patient\s+|ward\s+|theatre\s+|bed\s+)?(?:board|whiteboard|white\s+board|list)\s+(?:behind|in\s+the\s+background|in\s+shot)|\b(?:selfie|photo|pic|picture|snap|video)\s+(?:[\w-]+\s+){0,2}?(?:in\s+front\s+of|next\s+to|by|with)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?(?:whiteboard|white\s+board|bed[\s-]state(?:\s+board)?|patient\s+board|bed\s+board|tracking\s+board|handover\s+(?:sheet|list)|theatre\s+list|ward\s+list|patient\s+list)\b|\b(?:tracking|department|ed|a&e|bed[\s-]state|patient|ward)\s+board\b[^\n]{0,100}?\bzoom\s+in(?:\s*[,.!)]|\s+(?:if|and|to\s+(?:see|read|count)|you[’']ll|for\s+(?:the\s+)?(?:details|names|full)))",
    )
    .expect("valid regex")
});

/// A sentence saying the board was cleared first: "whiteboard behind us (wiped first!)".
static CLEARED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:wiped|blank|cleaned|covered|blurred|removed|rubbed\s+out|turned\s+over|hidden)\b")
        .expect("valid regex")
});

/// The writer saying identifiers show on the image: "name in the corner", "DOB still readable on the
/// scan", "you can see her wristband".
pub(super) static VISIBLE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:name|names|surname|initials|dob|d\.o\.b|date\s+of\s+birth|date|hospital\s+(?:number|no)|hosp\s+(?:number|no)|mrn|nhs\s+(?:number|no)|label|labels|wristband|bracelet|id\s+band|name\s*band|sticker|patient\s+details|details)\b[^.!?\n]{0,30}?\b(?:visible|readable|legible|in\s+shot|on\s+show|in\s+the\s+corner|(?:at|in)\s+the\s+(?:top|bottom)|(?:top|bottom)\s+(?:left|right)|on\s+(?:the\s+)?(?:scan|film|x-?ray|image|screen|photo|pic|picture|monitor|label)|still\s+on|showing|not\s+blurred|unblurred)|\byou\s+can\s+(?:still\s+|just\s+|clearly\s+)?(?:see|read|make\s+out)\s+(?:the|his|her|their)\s+(?:name|dob|date|details|label|wristband|hospital\s+(?:number|logo|name)|face|address)|\b(?:with|showing|wearing|only)\s+(?:(?:his|her|their|the)\s+)?(?:[a-z]+\s+){0,2}?(?:with\s+(?:the|his|her|their)\s+)?(?:hospital\s+)?(?:bracelet|wristband|name\s*band|id\s+band)\b",
    )
    .expect("valid regex")
});

/// The writer saying faces can be seen: "several waiting patients' faces clearly visible", "you can
/// see their faces". "No faces visible" and "faces blurred" say the opposite.
static FACES_SHOWN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:patients[’']?|people[’']?s?|(?:his|her|their)|(?:the\s+)?(?:lady|man|woman|kids?|children)[’']?s?)\s+faces?\s+(?:are\s+|is\s+)?(?:all\s+|clearly\s+|fully\s+|totally\s+)?(?:visible|recognisable|recognizable|identifiable|in\s+shot|on\s+show|unblurred|not\s+blurred)\b",
    )
    .expect("valid regex")
});

fn faces_shown(text: &str) -> Option<Span> {
    FACES_SHOWN
        .find_iter(text)
        .find(|m| !crate::detect::stance::negated_before(text, m.start()))
        .map(|m| Span::new(m.start(), m.end(), SpanKind::ClinicalImage))
}

/// The writer's own body ("wound of the week: my own knee after parkrun"): not a patient's.
static OWN_BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\bmy\s+own\b|\bmy\s+(?:\w+\s+)?(?:knee|shin|hand|palm|wrist|thumb|finger|foot|ankle|toe|arm|leg|face|eye|eyebrow|lip|ear|nose|back|head|chest|stomach|skin)\b",
    )
    .expect("valid regex")
});

/// A patient's body or what came out of it, shown as a case: a showcase frame ("rash of the week",
/// "foreign body of the month"), something removed from a person ("stuck up someone's nose",
/// "the stone we got out of a 34 year old"), a mark on a patient ("best tattoo I've seen on a resus
/// patient"), or an injury billed as a contest ("nail gun vs thumb"). With a picture shown, each is
/// a photo from someone's care; a showcase frame also says the case is real.
static SPECIMEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?P<showcase>(?:rash|tattoo|foreign\s+body|fb|x-?ray|film|scan|wound|injury|laceration|specimen|stone|removal|extraction|ecg|fracture|abscess|lesion|piercing|presentation)\s+of\s+the\s+(?:week|month|day|year|shift|night))\b|\b(?:stuck|lodged|wedged|found|removed|pulled|extracted|fished|retrieved|got|took)\s+(?:(?:this|these|it|them)\s+)?(?:up|in|into|out\s+of|from)\s+(?:someone[’']s|somebody[’']s|a\s+(?:patient|man|woman|lad|girl|boy|child|kid|toddler|bloke|guy)[’']s|his|her|their)\s+(?:nose|ear|ears|throat|eye|rectum|bottom|bum|foot|hand|thumb|finger|toe|leg|arm|chest|stomach|bladder|vagina|penis|oesophagus|airway|mouth|head|back)\b|\b(?:got|took|removed|pulled|fished|retrieved)\s+(?:\w+\s+){0,2}?out\s+of\s+(?:a|an|this|our|one)\s+(?:\d+\s*(?:yo|y/?o|year[\s-]old)|(?:young|old|elderly)\s+\w+|patient|man|woman|lad|girl|boy|child|kid|toddler|bloke|guy)\b|\b(?:tattoo|piercing|rash|wound|scar|injury|bruis\w*|burn|sunburn|blister|bite|sting)s?\s+(?:[\w’']+\s+){0,4}?on\s+(?:a|an|this|my|our|the|today[’']s|tonight[’']s)\s+(?:[\w&-]+\s+)?patient\b|\b[\w-]+(?:\s+[\w-]+)?\s+(?:vs\.?|versus)\s+(?:a\s+|his\s+|her\s+)?(?:thumb|finger|hand|palm|wrist|foot|ankle|toe|face|eye|eyebrow|eyelid|lip|ear|cheek|chin|forehead|scalp|neck|leg|head|knee|shin|nose|arm)\b",
    )
    .expect("valid regex")
});

static CLINICAL_IMAGE: RuleMeta = RuleMeta {
    code: "CONF006",
    name: "patient-image-without-consent",
    category: Category::Confidentiality,
    severity: Severity::High,
    confidence: 0.65,
    summary: "A post shows an image from a real patient's care without saying consent was given",
    guidance: &[
        Guidance::cite(Gmc2024, "18"),
        Guidance::cite(Gmc2024, "20"),
        Guidance::cite(Gmp2024, "88"),
        Guidance::cite(Gmc2013, "14"),
    ],
    what_it_finds: "Posts whose text presents a clinical image — an X-ray, scan, ECG, wound, rash or a \
        photo of a patient — taken from a real encounter (\"today's patient\", \"my patient\", \"last \
        night\"), with a picture attached or announced (\"pic of\", \"look at this\", 📸), and no consent \
        statement; and photos the writer says show patient details (\"DOB still readable\", \"today's \
        list on the whiteboard behind us\", \"names just about visible\"); and a patient's body or \
        what came out of it shown as a case (\"rash of the week from clinic\", \"stuck up someone's nose \
        in paeds ED tonight (see pic)\", \"nail gun vs thumb, pic below\"), or something the writer \
        did care to (\"look at this abscess I drained\"). Teaching posts with no \
        patient or time of encounter do not fire.",
    why_it_matters: "Images of patients and their investigations are identifiable information; GMC 2024 \
        ¶20 requires explicit consent and points to its guidance on making and using recordings of \
        patients. Using patient images without consent is among the breaches regulators most agree \
        warrant investigation.",
    example: "\"Pic of the X-ray from today's patient 😮 never seen a fracture like it\" with a photo \
        (fires). \"Shared with the patient's written consent: a classic pneumothorax #FOAMrad\" (does not).",
    how_to_fix: "Delete the post and the image. Share clinical images only with the patient's explicit \
        consent, stripped of identifiers (names, dates, hospital labels on films).",
};

impl Rule for ClinicalImage {
    fn meta(&self) -> &'static RuleMeta {
        &CLINICAL_IMAGE
    }

    fn check(&self, r: &Record, cx: &Context, out: &mut Vec<Finding>) {
        if !is_broadcast(r) || r.kind == Kind::Profile || writer(r) == Writer::Other {
            return;
        }
        let a = cx.analysis(r);
        let faces = faces_shown(&r.text);
        // "Suturing tutorial, real patient (you can see the hospital logo)": a video or photo
        // whose caption says what can be read on it shows the image without a photo word.
        let admitted_label = (VISIBLE_LABEL.is_match(&r.text) || faces.is_some())
            && (!r.media.is_empty()
                || matches!(r.kind, Kind::Photo | Kind::Video | Kind::Story)
                || a.has_any(&[
                    SpanKind::PatientRef,
                    SpanKind::Encounter,
                    SpanKind::Condition,
                    SpanKind::ClinicalSetting,
                ]));
        if !admitted_label
            && !a.has_any(&[SpanKind::ClinicalImage, SpanKind::PhotoCue])
            && patients_in_shot(r, &[]).is_none()
            && !BOARD_IN_SHOT.is_match(&r.text)
        {
            return;
        }
        let specimen = SPECIMEN
            .captures(&r.text)
            .and_then(|c| Some((c.get(0)?, c.name("showcase").is_some())))
            .filter(|(m, _)| !crate::detect::stance::is_others_words(&r.text, m.start(), m.end()));
        // "Wound of the week: my own knee after parkrun" shows the writer, and no one else is in it
        // ("my face when I saw this X-ray" is a reaction, not a body part).
        let own_body = OWN_BODY.find_iter(&r.text).any(|m| {
            let reaction = m.as_str().to_ascii_lowercase().ends_with("face")
                && crate::detect::text::word_after(&r.text, m.end())
                    .is_some_and(|w| w.lower() == "when");
            !reaction
        });
        if own_body && !a.has_any(&[SpanKind::PatientRef, SpanKind::PersonRef]) {
            return;
        }
        let story = Story::of(&r.text, &a);
        if !story.consent.is_empty() || story.fictional() {
            return;
        }
        let photos = shown_photos(r, &a);
        // "[image] this abscess I drained on nights": the writer's own care act on what is shown.
        let acted_on = acted_on_in_picture(&r.text, &photos);
        // "pic of my patient", "selfie with the patient": a photo cue right before a patient reference.
        let patient_photo: Vec<Span> = photos
            .iter()
            .filter(|p| patient_right_after(&a, p).is_some())
            .copied()
            .collect();
        // A name, date of birth or label the writer admits can be read on the image identifies the
        // patient outright, whatever the caption says about them.
        let label = VISIBLE_LABEL
            .find(&r.text)
            .or_else(|| {
                BOARD_IN_SHOT.find_iter(&r.text).find(|m| {
                    let (s, e) = crate::detect::phrases::sentence_around(&r.text, m.start());
                    !CLEARED.is_match(r.text.get(s..e).unwrap_or(""))
                })
            })
            .map(|m| Span::new(m.start(), m.end(), SpanKind::ClinicalImage))
            .or(faces);
        // "Video of the drunk lads fighting in resus", "pic of the week: the bloke who came into A&E
        // with a cone on his foot": a photo of someone in a scene of care shows a patient.
        let scene = care_scene(&r.text, &a, &photos)
            || imaged_person(&r.text, &a).is_some()
            || patients_in_shot(r, &photos).is_some();
        // Saying what can be read on the image ("DOB readable on the scan") says it is shown.
        let shown = !photos.is_empty()
            || !r.media.is_empty()
            || label.is_some()
            || (scene && r.kind == Kind::Story);
        // "what the CT scan is actually like": the test explained, not one patient's scan shown.
        let described_image: Vec<Span> = story
            .image
            .iter()
            .filter(|s| {
                !TEST_EXPLAINED.is_match(crate::detect::phrases::lead_in(
                    &r.text,
                    s.start as usize,
                    40,
                ))
            })
            .copied()
            .collect();
        let image = !described_image.is_empty()
            || !patient_photo.is_empty()
            || label.is_some()
            || (scene && !story.own_circle)
            || specimen.is_some()
            || acted_on.is_some();
        let from_practice = !story.encounter.is_empty()
            || a.has_any(&[SpanKind::ClinicalSetting, SpanKind::PatientRef]);
        let real = story.individual == Individual::Strong
            || !story.time.is_empty()
            || label.is_some()
            || scene
            || acted_on.is_some()
            || specimen.is_some_and(|(_, showcase)| showcase || from_practice);
        if !(image && shown && real) {
            return;
        }
        // A teaching frame does not cover identifiers the writer says are on show.
        if !story.educational.is_empty()
            && story.time.is_empty()
            && story.individual != Individual::Strong
            && label.is_none()
        {
            return;
        }
        let mut spans: Vec<Span> = described_image.clone();
        spans.extend(specimen.map(|(m, _)| Span::new(m.start(), m.end(), SpanKind::ClinicalImage)));
        spans.extend(label);
        spans.extend(patient_photo);
        spans.extend(acted_on);
        spans.extend(photos.iter().copied());
        spans.extend(story.individual_spans.iter().copied());
        spans.extend(story.time.iter().copied());
        let words = quoted(texts(&r.text, &described_image), 3);
        let mut f = Finding::new(
            &CLINICAL_IMAGE,
            r,
            "shows an image from a real patient's care without a consent statement".to_string(),
            evidence(&r.text, &spans),
            Action::new(ActionKind::Delete, ""),
        );
        f.severity = match (reach(r), story.individual) {
            (Reach::Public, Individual::Strong) => Severity::High,
            _ => Severity::Medium,
        };
        let what = if words.is_empty() {
            "the patient's photo".to_string()
        } else {
            words
        };
        settle(
            &mut f,
            r,
            !story.anonymised.is_empty(),
            format!("Delete this {} and its image ({what}); post clinical images only with the patient's explicit consent.", noun(r)),
            format!("Remove the image ({what}) or delete the {}; if the patient consented, say so and strip identifiers from the image.", noun(r)),
        );
        out.push(f);
    }
}

/// A caption that points at what the picture shows: "This is where…", "look at the poor lady…",
/// "I'm showing you", "the lady nearest the camera".
static POINTED_AT: LazyLock<Regex> = LazyLock::new(|| {
    crate::detect::phrases::regex(
        r"(?i)^\W*(?:\[[^\]\n]{0,80}\]\s*)?this\s+is\b|\b(?:look\s+at|i[’']?m\s+showing\s+you|showing\s+you|nearest\s+(?:to\s+)?the\s+camera|(?:in|on)\s+(?:the\s+)?(?:left|right|front|background)\s+of\s+(?:the\s+)?(?:photo|pic|picture|shot)|in\s+(?:this|the)\s+(?:photo|pic|picture|shot|frame))\b",
    )
});

/// Patients where the public can see them, in the picture: "22 patients on trolleys", "the lady
/// nearest the camera", "the poor lady in the wheelchair by the door", "our 16yo CAMHS patient has
/// slept… Trolley, A&E corridor".
static PATIENTS_PICTURED: LazyLock<Regex> = LazyLock::new(|| {
    crate::detect::phrases::regex(
        r"(?i)\b(?:(?:the|this|that|our|an?)\s+(?:poor\s+|old\s+|elderly\s+|frail\s+|young\s+)?(?:[\w-]+\s+){0,2}?(?:lady|man|woman|gentleman|gent|bloke|lad|girl|boy|patient|chap|fella|kid|child|baby)\s+(?:in|with|wearing)\s+(?:the|a|his|her)\s+(?:[\w-]+\s+){0,2}?(?:blanket|top|jumper|coat|hat|cap|dressing\s+gown|gown|shirt|scarf|hoodie|cardigan|neck\s+brace|collar|sling|mask|turban|headscarf|hijab)\b|(?:an?|the)\s+(?:poor\s+|old\s+|elderly\s+|frail\s+|young\s+)?(?:[\w-]+\s+){0,2}?(?:lady|man|woman|gentleman|gent|bloke|lad|girl|boy|patient|chap|fella)\s+on\s+a\s+trolley\s+in\s+(?:the\s+|a\s+)?corridor|someone[’']?s\s+(?:nan|nana|nanna|gran|granny|grandma|grandad|grandpa|mum|mam|dad|nain|taid)\s+(?:on|in|next\s+to|by|lying|sat|sitting|asleep)\b|patients\s+(?:sat|sitting|lying|asleep|sleeping|slumped)\s+on\s+(?:the\s+)?(?:floor|chairs?|trolleys?)|\d+\+?\s+(?:patients|people|folk|kids|children)\s+(?:on\s+trolleys|on\s+chairs|in\s+(?:the\s+|a\s+)?corridors?|waiting|sat\s+in)|(?:the|this|our|my)\s+(?:poor\s+|old\s+|elderly\s+|frail\s+)?(?:[\w-]+\s+){0,2}?(?:lady|man|woman|gentleman|gent|bloke|lad|girl|boy|patient|chap|fella|kid|child|baby)\s+(?:nearest|closest|next\s+to|by\s+the|in\s+the\s+(?:wheelchair|chair|corner|trolley|bed)|on\s+the\s+(?:trolley|floor|chair)|has\s+(?:slept|been\s+(?:here|waiting|on))))",
    )
});

/// Where patients wait in sight of a camera.
static WAITING_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    crate::detect::phrases::regex(
        r"(?i)\b(?:corridors?|trolleys?|waiting\s+room|outpatients|majors|resus|cubicles?|a&e|ed|wards?|department)\b",
    )
});

/// Patients pictured in a place of care, pointed at by a caption on a picture that is shown.
fn patients_in_shot(r: &Record, photos: &[Span]) -> Option<Span> {
    let pictured = !r.media.is_empty()
        || !photos.is_empty()
        || matches!(r.kind, Kind::Photo | Kind::Video | Kind::Story);
    if !pictured || !POINTED_AT.is_match(&r.text) || !WAITING_PLACE.is_match(&r.text) {
        return None;
    }
    PATIENTS_PICTURED
        .find(&r.text)
        .map(|m| Span::new(m.start(), m.end(), SpanKind::PatientRef))
}

/// Before a scan or test named in general: "what the", "how a", "what happens during a".
static TEST_EXPLAINED: LazyLock<Regex> = LazyLock::new(|| {
    crate::detect::phrases::regex(
        r"(?i)\b(?:what|how)\s+(?:happens\s+(?:in|during|at)\s+|to\s+prepare\s+for\s+|it[’']?s\s+like\s+to\s+have\s+|to\s+expect\s+(?:from|at|in)\s+)?(?:a|an|the|your)\s+(?:\w+\s+)?$|\b(?:explain(?:ing|s|ed)?|explainer\s+on|guide\s+to)\s+(?:a|an|the|your)\s+(?:\w+\s+)?$",
    )
});

/// A photo cue, a person and a scene of care close together: the person is in the picture and the
/// picture is of their care. "Photo of the team on our last night shift" has no person; "look at
/// this sunset from the hospital roof" has no person either.
fn care_scene(text: &str, a: &crate::detect::Analysis, photos: &[Span]) -> bool {
    const PEOPLE: &[SpanKind] = &[SpanKind::PersonRef, SpanKind::PatientRef, SpanKind::AgeSex];
    const CARE: &[SpanKind] = &[
        SpanKind::Encounter,
        SpanKind::ClinicalSetting,
        SpanKind::BedRef,
        SpanKind::WardRef,
    ];
    // The building or the rota is where staff are too ("the lady on reception at the hospital").
    const WHERE_ANYONE_IS: &[&str] = &[
        "hospital",
        "the hospital",
        "in hospital",
        "the department",
        "in the department",
        "the practice",
        "at the practice",
        "at the surgery",
        "gp surgery",
        "on shift",
        "on call",
        "on-call",
        "on nights",
        "night shift",
        "day shift",
        "my shift",
    ];
    let within =
        |s: &Span, p: &Span, reach: u32| s.start <= p.end + reach && p.start <= s.end + reach;
    let of_care = |s: &Span| {
        s.kind != SpanKind::ClinicalSetting
            || !WHERE_ANYONE_IS.contains(&s.text(text).to_lowercase().as_str())
    };
    // "No bed for a bleeding mum" beside a photo of broken equipment: someone told of, not shown.
    let pictured = |s: &Span| {
        let words = s.text(text).to_lowercase();
        !(words.starts_with("a ") || words.starts_with("an "))
    };
    photos.iter().any(|p| {
        a.of_kinds(PEOPLE).any(|s| pictured(s) && within(s, p, 60))
            && a.of_kinds(CARE).any(|s| of_care(s) && within(s, p, 90))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Audience, Media, Platform};

    fn fires(text: &str) -> bool {
        let mut r =
            crate::rules::testing::record(Platform::Instagram, Kind::Photo, Audience::Public, text);
        r.media.push(Media::new("media/p1.jpg", Some("photo")));
        !crate::rules::testing::findings(&ClinicalImage, &r).is_empty()
    }

    /// A public record of this platform and kind, with no media attached.
    fn fires_without_media(platform: Platform, kind: Kind, text: &str) -> bool {
        let r = crate::rules::testing::record(platform, kind, Audience::Public, text);
        !crate::rules::testing::findings(&ClinicalImage, &r).is_empty()
    }

    #[test]
    fn a_patient_board_behind_the_selfie_or_offered_for_zooming() {
        assert!(fires(
            "Night 4 of 4 DONE, obligatory sleepy selfie in front of the ward bed-state board before handover"
        ));
        assert!(fires(
            "What 58 patients in a department built for 24 looks like. Our tracking board at 02:10, every cubicle full, zoom in if you don't believe me"
        ));
        assert!(!fires(
            "Night 4 of 4 DONE, obligatory sleepy selfie in front of the hospital sign before handover"
        ));
        assert!(!fires(
            "Our tracking board is finally fixed after the outage, zoom in on IT's faces in the pic: heroes"
        ));
    }

    #[test]
    fn patients_pointed_at_in_a_picture_of_a_corridor_or_waiting_room() {
        for t in [
            "Corridor care at Castlebrook General, 03:00 tonight. 22 patients on trolleys, the lady nearest the camera has been here 31 hours. I'm showing you.",
            "This is dermatology outpatients right now. 40+ people waiting. Look at the poor lady in the wheelchair by the door.",
            "This is where our 16yo patient has slept for 3 nights. Trolley, A&E corridor. Disgraceful.",
        ] {
            assert!(fires(t), "{t}");
        }
        for t in [
            "This is our team on the last night shift in the department, proud of every one of them",
            "This is the new waiting room at St Wilfrid's, opening Monday. Look at the light!",
            "Look at the lovely lady who runs our hospital café, 30 years serving teas",
            "Our corridor, empty at last: 0 patients on trolleys this morning for the first time this winter",
        ] {
            assert!(!fires(t), "{t}");
        }
    }

    #[test]
    fn a_patients_body_or_what_came_out_of_it_shown_as_a_case() {
        let text_only = |t: &str| fires_without_media(Platform::Twitter, Kind::Post, t);
        for t in [
            "Rash of the week from clinic 📸 the poor fella thought it was sunburn. It was not.",
            "This was stuck up someone's nose in paeds ED tonight (see pic), a whole dinosaur",
            "Foreign body of the month: a fork. Swallowed on a dare. X-ray attached, he's fine.",
            "Nail gun vs thumb, 1-0 to the nail gun, pic below. Came in at 2am holding it in a tea towel",
            "Best tattoo I've seen on a resus patient, photo below",
            "Look at this: the magnet chain we pulled out of a 6 year old's stomach on Saturday",
        ] {
            assert!(fires(t), "{t}");
            assert!(text_only(t), "announced without media: {t}");
        }
        for t in [
            "Rash of the week, from DermNet's open atlas (pic): pityriasis rosea for revision",
            "Wound of the week: my own knee after parkrun, photo below, no sympathy please",
            "Chainsaw vs oak tree at the allotment this morning, the oak won, pic below",
            "A classic textbook image of a Colles fracture for tonight's teaching (see pic). Not one of our patients.",
        ] {
            assert!(!text_only(t), "{t}");
        }
        assert!(text_only(
            "My face when I saw this X-ray from resus tonight 😂 (pic)"
        ));
    }

    #[test]
    fn a_photo_of_someone_in_a_scene_of_care_shows_a_patient() {
        let text_only = |t: &str| fires_without_media(Platform::Twitter, Kind::Post, t);
        for t in [
            "Video of the drunk lads fighting in resus, you couldn't make it up 🎥",
            "Pic of the week: the bloke who came into A&E with a traffic cone stuck on his foot",
            "Check out this specimen we had to catheterise at 4am 📸",
        ] {
            assert!(text_only(t), "{t}");
        }
        for t in [
            "Selfie with the lovely lady on reception at the hospital, retiring after 40 years!",
            "Photo of my mum with the nurses who looked after her on ward 5, forever grateful",
            "Photo of the new resus bay, finally open!",
            "Swipe to see the broken equipment on our labour ward 📸 no bed for a bleeding mum",
        ] {
            assert!(!text_only(t), "{t}");
        }
    }

    #[test]
    fn a_readable_label_on_the_image_makes_it_identifiable() {
        assert!(fires(
            "CT of the week 🤯 look at that bleed (DOB still readable at the top, whoops)"
        ));
        assert!(!fires("CT of the week 🤯 look at that bleed #FOAMrad"));
        assert!(!fires(
            "Our new CT scanner arrived! Name suggestions welcome"
        ));
    }

    #[test]
    fn saying_what_can_be_read_on_the_image_says_it_is_shown() {
        let text_only = |t: &str| fires_without_media(Platform::Instagram, Kind::Post, t);
        assert!(text_only(
            "Ultrasound of my patient's baby at 12w 😍 Name and DOB on the scan are just about readable, oops"
        ));
        assert!(text_only(
            "Xray of the day — name's cropped but date and hosp no at the bottom 😂"
        ));
        assert!(!text_only(
            "Ultrasound teaching session tonight, names on the register please"
        ));
    }

    #[test]
    fn patient_details_in_the_background_of_a_photo() {
        assert!(fires(
            "ward round snaps 📸 (whiteboard in background) — bay C: Patel, Hughes, O'Donnell"
        ));
        assert!(fires(
            "Theatre squad selfie 😷 (today's list on the whiteboard behind us, names just about visible)"
        ));
        assert!(!fires(
            "Theatre squad selfie 😷 (whiteboard behind us wiped first!)"
        ));
        assert!(!fires(
            "Team selfie before nights 📸 new whiteboard in the staff room"
        ));
        assert!(fires(
            "Our ward whiteboard at handover 📸 what a night, names and all"
        ));
    }

    #[test]
    fn a_video_whose_caption_admits_identifiers_on_show() {
        let video = |t: &str| fires_without_media(Platform::Youtube, Kind::Video, t);
        assert!(video(
            "Suturing tutorial, real patient. Name blurred but you can see the hospital logo and the date"
        ));
        assert!(video(
            "Draining an abscess this morning. Face not shown, only his arm with the hospital bracelet"
        ));
        assert!(video(
            "Dating scan from my list today, her initials and DOB are up in the top left"
        ));
        assert!(!video(
            "How to put on a hospital bracelet properly, demo on my own arm"
        ));
        assert!(!video(
            "Suturing tutorial on a pig's trotter, no patients involved"
        ));
        let post = |t: &str| fires_without_media(Platform::Twitter, Kind::Post, t);
        assert!(!post(
            "Make sure your name is visible on your badge at the conference"
        ));
    }

    #[test]
    fn a_scan_of_someone_named_by_who_they_are_is_from_their_care() {
        assert!(fires_without_media(
            Platform::Instagram,
            Kind::Post,
            "Swipe to see the X-ray of the lad who put his hand through a window on Saturday night"
        ));
        assert!(!fires_without_media(
            Platform::Twitter,
            Kind::Post,
            "The X-ray of my little boy's wrist, greenstick fracture, he's fine"
        ));
    }

    #[test]
    fn a_scan_explained_in_general_is_not_one_patients_image() {
        let video = |t: &str| fires_without_media(Platform::Youtube, Kind::Video, t);
        assert!(!video("Today: what the NHS lung screening programme involves, who gets invited and what the CT scan is actually like."));
        assert!(!video(
            "Today I'm explaining what happens during an MRI scan and how to prepare for it"
        ));
    }

    #[test]
    fn session_38_patients_in_a_corridor_picture_pointed_at_by_what_they_wear_or_where_they_lie() {
        for (kind, t) in [
            (Kind::Story, "This is the line of trolleys outside CT at Harbourgate tonight. The gent in the blue blanket has been waiting since 9am with a suspected stroke."),
            (Kind::Post, "[photo] This is our ED 'corridor ward' at 2am tonight. 14 trolleys, someone's nan on O2 next to the fire exit."),
            (Kind::Photo, "Look at this. An elderly gentleman on a trolley in corridor C at Brookvale General for 19 hours, no dignity."),
            (Kind::Photo, "4pm in ENT outpatients, 3 hours past their appointment time. [photo: crowded corridor, several waiting patients' faces clearly visible]"),
        ] {
            assert!(fires_without_media(Platform::Instagram, kind, t), "{t}");
        }
        for (kind, t) in [
            (Kind::Photo, "This is our brand new ED corridor, repainted by the hospital charity. No patients in shot, all faces of the team blurred."),
            (Kind::Photo, "4pm in ENT outpatients, 3 hours behind. [photo: waiting room from behind, no faces visible]"),
            (Kind::Post, "We had an elderly gentleman on a trolley in the corridor for 19 hours last winter. That is what underfunding looks like."),
        ] {
            assert!(!fires_without_media(Platform::Instagram, kind, t), "{t}");
        }
    }
}

//! Location in text: where the doctor lives, where their children go to school, when they are
//! predictably somewhere, where they are right now, and when their home is empty.
//!
//! GMC 2013 ¶8: "Patients, your employer … may be able to access your personal information", and ¶8c:
//! "Information about your location may be embedded within photographs and other content". The MDU
//! adds: "If you regularly 'check-in' or post images when out socialising or with your family, ask
//! yourself if you really want others (who may include your patients) to know your whereabouts."
//! LOC001/LOC002 (`location.rs`) read coordinates and place tags; these rules read the words.
//!
//! Only the owner's own posts are judged (not reposts of others, not direct messages: telling one
//! friend your address is normal). Public content is a step more severe than followers-only.

use super::guidance::{Guidance, GuidanceSource::*};
use super::verdict::{evidence, is_broadcast, quoted, reach, writer, Reach, Writer};
use super::{Action, ActionKind, Category, Context, Evidence, Finding, Rule, RuleMeta, Severity};
use crate::detect::gate::Regex;
use crate::detect::phrases::lead_in;
use crate::detect::text::{word_after, word_before};
use crate::detect::{Analysis, Span, SpanKind};
use crate::model::{Kind, LocationSource, Record};
use std::sync::LazyLock;

use SpanKind as K;

pub fn rules() -> Vec<Box<dyn Rule>> {
    vec![
        Box::new(HomeAddress),
        Box::new(ChildSchool),
        Box::new(Routine),
        Box::new(LiveWhereabouts),
        Box::new(EmptyHome),
    ]
}

const LOCATION_GUIDANCE: &[Guidance] = &[
    Guidance::cite(Gmc2013, "8"),
    Guidance::cite(Gmc2013, "8c"),
    Guidance::cite(Mdu, "DON'T blur professional boundaries"),
];

/// The owner's own broadcast content, with its reach.
fn own_broadcast(r: &Record) -> Option<Reach> {
    (is_broadcast(r) && writer(r) == Writer::Owner && r.kind != Kind::Profile).then(|| reach(r))
}

/// As [`own_broadcast`], or the owner's message in a group chat (reach `Group`): for what is risky
/// even among a chat's members, such as an exact address or a door left open.
fn own_broadcast_or_group(r: &Record) -> Option<Reach> {
    // A post in a Facebook group reaches the group as a group chat message does.
    let in_group = (r.kind == Kind::GroupMessage || reach(r) == Reach::Group)
        && r.kind != Kind::Profile
        && writer(r) == Writer::Owner;
    own_broadcast(r).or(in_group.then_some(Reach::Group))
}

fn by_reach(reach: Reach, public: Severity, followers: Severity) -> Severity {
    if reach == Reach::Public {
        public
    } else {
        followers
    }
}

fn spans(a: &Analysis, kinds: &[SpanKind]) -> Vec<Span> {
    a.of_kinds(kinds).copied().collect()
}

fn words<'a>(text: &'a str, v: &[Span]) -> Vec<&'a str> {
    super::verdict::outer_texts(text, v)
}

// ---------------------------------------------------------------------------------------------
/// LOC003: a home address or street.
pub struct HomeAddress;

static HOME_ADDRESS: RuleMeta = RuleMeta {
    code: "LOC003",
    name: "home-address-in-text",
    category: Category::Location,
    severity: Severity::Medium,
    confidence: 0.75,
    summary: "A post gives your home address, street or postcode",
    guidance: LOCATION_GUIDANCE,
    what_it_finds: "Your posts that pair a home cue (\"my house\", \"we live\", \"moved into\", \"our \
        street\", \"come round\") with a house number and street (\"12 Acacia Avenue\"), a full postcode, \
        or a street name (\"our new place on Elm Road\"), or that place the home beside a landmark and \
        describe it (\"two doors down from the surgery, green front door\"). In a group chat, your own exact \
        address (\"I'm at 14 Grove Road, flat 3\") fires at low severity. A street name alone, with \
        no home cue, does not fire.",
    why_it_matters: "A doctor's home address in public lets a disgruntled patient or anyone else find \
        them; online information is easily accessed by others and hard to remove (GMC 2013 ¶8, ¶8d).",
    example: "\"Keys to our new house at 12 Acacia Avenue!\" (fires). \"Traffic on Acacia Avenue again\" \
        (does not).",
    how_to_fix: "Edit the post to remove the house number, street and postcode, or restrict it to \
        people you know.",
};

/// A home placed against a landmark: "two doors down from the surgery", "directly across from the
/// health centre", "right behind the Co-op", "the same street as the practice".
static BESIDE_A_LANDMARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:(?:two|three|four|five|a\s+few|\d)\s+doors\s+(?:down|up|along)\s+from|next\s+door\s+to|(?:directly\s+|right\s+|just\s+)?(?:opposite|across\s+(?:the\s+road\s+)?from|behind|round\s+the\s+corner\s+from)|overlook(?:s|ing)|(?:on\s+)?the\s+same\s+(?:street|road)\s+as|(?:literally\s+)?(?:\d+|two|three|five|ten|a\s+few)\s+(?:mins?|minutes?)(?:[’']?\s+walk)?\s+from)\s+(?:the\s+|our\s+|my\s+)?[\w&'’-]+",
    )
    .expect("valid regex")
});

/// The house number pointed out in a photo of the home: "yes that's the house number", "door
/// number and all".
static NUMBER_IN_SHOT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:that[’']?s|thats|there[’']?s|theres|with|and|yes)\s+(?:the|our|my)\s+(?:house|door|flat)\s+number\b|\b(?:house|door|flat)\s+number\s+(?:and\s+all|in\s+shot|visible|showing)",
    )
    .expect("valid regex")
});

/// A home the writer has left ("grew up next door to a GP surgery"): the landmark and the look no
/// longer lead to them.
static FORMER_HOME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:grew\s+up|used\s+to\s+live|as\s+a\s+(?:kid|child|student)|childhood|back\s+in\s+the\s+day)\b")
        .expect("valid regex")
});

/// What singles the house out on that street: "green front door", "the one with the trampoline",
/// "the white cottage with the red Mini", "my Tesla on the drive".
static HOUSE_LOOK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:(?:red|blue|green|yellow|black|white|grey|gray|pink|purple|orange)\s+(?:front\s+)?(?:door|gate|fence|shutters|house|cottage|bungalow|car|van)\b|the\s+one\s+with\s+(?:the|a)\s+\w+|the\s+(?:\w+\s+)?(?:house|cottage|bungalow|semi|terrace|flat|one)\s+with\s+(?:the|a|all\s+the)\s+\w+|(?:my|our)\s+\w+\s+(?:on|in)\s+the\s+drive(?:way)?\b|the\s+(?:\w+\s+){1,2}(?:on|in)\s+the\s+drive(?:way)?\s+is\s+(?:mine|ours)\b|(?-i:block\s+[A-Z0-9])\b|(?:my|our)\s+window\s+on\s+the\s+\w+\s+floor\b|(?:first|second|third|top|ground)[\s-]floor\s+(?:flat|window)\b)",
    )
    .expect("valid regex")
});

/// What makes an address in a chat the writer's home rather than a visit: the flat, the buzzer, the
/// door, people coming round. A home visit or a patient makes it someone else's.
static HOME_DETAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:flat\s+\d+|buzzer|doorbell|(?:back|front|side)\s+door|my\s+(?:house|flat|place|door)|ours|come\s+round|pop\s+round|drop\s+(?:\w+\s+){0,3}?(?:off|round)|let\s+yoursel(?:f|ves)\s+in|(?:through|in)\s+the\s+letterbox|let\s+urself\s+in|key[’']?s\s+under|key\s+is\s+under|spare\s+key)\b",
    )
    .expect("valid regex")
});
/// Words that make an address the writer's own home in a public post, where "drop it off" or "come
/// round" could as well be a shop's or a hall's.
static OWN_HOME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:at\s+ours|at\s+mine\b|key[\s-]?safe|flat\s+\d+|(?:my|our|new)\s+home\s+office|(?:coming|come)\s+(?:round\s+)?here\s+for\s+(?:assessments|appointments|consultations|sessions|treatments?)|(?:my|our)\s+(?:house|flat|place|door|drive(?:way)?|front\s+garden)|buzzer|doorbell|let\s+(?:yoursel(?:f|ves)|urself)\s+in|spare\s+key|key[’']?s?\s+(?:is\s+)?under|just\s+knock|knock\s+(?:on\s+the\s+door|for\s+me)|(?:door(?:step)?|gate)\s+of\s+(?:no\.?|number)\s*\d{1,3}|give\s+(?:us|me)\s+a\s+knock|in\s+the\s+(?:back\s+|front\s+)?garden\s+at|from\s+(?:my|our|the)\s+(?:back|front|spare)\s+(?:bedroom|room)(?:\s+window)?)\b|(?:^|[.!?]\s+)home\s+office\s+(?:is\s+)?(?:finally\s+)?(?:sorted|done|set\s+up|ready|complete|finished)\b",
    )
    .expect("valid regex")
});
static VISIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:home\s+visit|visiting|house\s+call|patient|call[\s-]?out|viewing)\b")
        .expect("valid regex")
});

/// An address the writer calls home as they give it: "then home to 14 Maple Close", Foursquare's
/// "I'm at Home (Flat 3, 22 Clarence Rd)", "home from nights finally, 12 Ashgrove Rd".
static HOME_BEFORE_ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\bhome\s*(?:to|at|[(:–—-])\s*(?:\(?\s*(?:flat|apartment|apt)\s+\d+[a-z]?,?\s*)?$|\b(?:i[’']?m|im|i\s+am)\s+(?:back\s+)?home\s*,\s*$|\b(?:my|our)\s+(?:house|flat|place|home|study|kitchen|bedroom|living\s+room|lounge|balcony|home\s+office|spare\s+room|front\s+room)\s+(?:on|in|off)\s+$|\b(?:home|back)\s+from\s+(?:(?:a|the|my|another)\s+)?(?:\w+\s+)?(?:nights?|work|shifts?|holiday|hols|placement|on[\s-]?calls?)\W+(?:finally\W+|at\s+last\W+)?$|\b(?:neighbou?rs|people|patients|the\s+kids\s+next\s+door|folk)\s+(?:keep\s+|kept\s+|always\s+)?(?:knock(?:ing)?|turn(?:ing)?\s+up|com(?:e|ing)\s+round|call(?:ing)?\s+round)\s+(?:on\s+my\s+door\s+)?(?:at|to)\s+$|\b(?:back\s+to|at|round(?:\s+at)?|over\s+at)\s+(?:mine|ours)\s+(?:on|in|off)\s+$|\b(?:my|our)\s+(?:doorstep|front\s+door|door|drive|driveway|gate|bins?)\s+(?:at\s+the\s+(?:end|top|bottom)\s+of|on|in|off)\s+$|\banyone\s+else\s+(?:who\s+lives\s+)?(?:on|in|living\s+on)\s+$|\b(?:be|i[’']?m|we[’']?re|i\s+am|we\s+are)\s+(?:back\s+)?at\s+the\s+house\s+on\s+$",
    )
    .expect("valid regex")
});

/// A place tag written into a post or story: "[location tag: 22 Orchard Close]", "📍 14 Mill Lane".
static TAG_BEFORE_ADDRESS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?:\blocation(?:\s+tag)?\s*:|📍)\s*$").expect("valid regex"));

/// The words just before an exact address call it home ([`HOME_BEFORE_ADDRESS`]).
fn called_home(text: &str, address: &Span) -> bool {
    HOME_BEFORE_ADDRESS.is_match(lead_in(text, address.start as usize, 40))
}

/// An exact address tagged as the place of a post that says the writer is home ("finally home
/// after 4 nights 🏡 [location tag: 22 Orchard Close, Kendal]").
fn tagged_home(text: &str, a: &Analysis, address: &Span) -> bool {
    a.of_kind(K::HomeCue).any(|h| h.end <= address.start)
        && TAG_BEFORE_ADDRESS.is_match(lead_in(text, address.start as usize, 24))
}

impl Rule for HomeAddress {
    fn meta(&self) -> &'static RuleMeta {
        &HOME_ADDRESS
    }

    fn check(&self, r: &Record, cx: &Context, out: &mut Vec<Finding>) {
        // A group chat is not a broadcast, but an exact address posted into one ("I'm at 14 Grove
        // Road, flat 3, buzzer doesn't work") reaches every member and stays in their phones.
        let Some(reach) = own_broadcast_or_group(r) else {
            return;
        };
        let a = cx.analysis(r);
        let exact = spans(&a, &[K::StreetAddress, K::Postcode]);
        let group_only = reach == Reach::Group && !is_broadcast(r);
        // In a group, only the writer's own address: "I'm at…", "my flat", "we're at" (a patient's
        // address shared with the team is the confidentiality rules' business).
        let own_place = a.of_kinds(&[K::HomeCue, K::LiveLocation]).any(|s| {
            s.text(&r.text)
                .to_lowercase()
                .starts_with(['m', 'o', 'w', 'i'])
        });
        // "we're at 14 Hawthorn Close (the one with the yellow door)": the look of the house is
        // given so people can find it.
        let home = (HOME_DETAIL.is_match(&r.text) || HOUSE_LOOK.is_match(&r.text))
            && !VISIT.is_match(&r.text);
        // "We're on Cedar Close, the house with the blue door": a street and the look of the house
        // find it as surely as a number.
        let described = a.has(K::StreetName) && HOUSE_LOOK.is_match(&r.text);
        // "I'm home, 14 Albert Rd", "finally home 🏡 [location tag: 22 Orchard Close]": the
        // writer calls the address home as they give it.
        let exact_called_home = exact
            .iter()
            .any(|x| called_home(&r.text, x) || tagged_home(&r.text, &a, x));
        // "Mess party at mine Saturday, 14 Larkspur Road, LS6 2QP": an exact address given as the
        // writer's own to a whole group.
        let own_exact = !exact.is_empty() && OWN_HOME.is_match(&r.text) && !VISIT.is_match(&r.text);
        if group_only
            && !exact_called_home
            && !own_exact
            && ((exact.is_empty() && !described) || !own_place || !home)
        {
            return;
        }
        // "Flat party at ours 🎉 14 Hyde Park Terrace, flat 3": the flat and "ours" make the
        // address the writer's home.
        // "Came home to Cressington Ave… all over our drive", "in the garden at Rose Cottage on
        // Station Rd": a street called home, or beside the writer's own-home words.
        let streets_named = a.has(K::StreetName);
        let addressed_home = exact_called_home
            || a.of_kind(K::StreetName).any(|x| called_home(&r.text, x))
            || ((!exact.is_empty() || streets_named)
                && OWN_HOME.is_match(&r.text)
                && !VISIT.is_match(&r.text));
        if !group_only && !a.has(K::HomeCue) && !addressed_home {
            return;
        }
        let mut street = spans(&a, &[K::StreetName]);
        // "Finally home" says where the writer is, not that a street named in passing is theirs
        // ("finally home after an hour stuck on Acacia Avenue"): with it, only a house number or a
        // postcode counts.
        let arrived_only = a.has(K::HomeCue)
            && a.of_kind(K::HomeCue).all(|s| {
                let t = s.text(&r.text).to_lowercase();
                t == "finally home" || t == "home sweet home"
            });
        if arrived_only {
            street.clear();
        }
        // No street, but the house placed beside a landmark and described: as good as an address
        // to anyone who knows the landmark, so the two are reported as the street would be.
        if exact.is_empty() && street.is_empty() && !arrived_only && !FORMER_HOME.is_match(&r.text)
        {
            if let (Some(l), Some(h)) = (BESIDE_A_LANDMARK.find(&r.text), HOUSE_LOOK.find(&r.text))
            {
                street = vec![
                    Span::new(l.start(), l.end(), K::StreetName),
                    Span::new(h.start(), h.end(), K::StreetName),
                ];
            } else if let Some(n) = NUMBER_IN_SHOT.find(&r.text) {
                street = vec![Span::new(n.start(), n.end(), K::StreetName)];
            }
        }
        if exact.is_empty() && street.is_empty() {
            return;
        }
        // A patient's address belongs to the confidentiality rules: a patient named, or a condition
        // beside the address ("not looking at anyone's rash" at a housewarming is not one).
        let shown: Vec<Span> = if exact.is_empty() {
            street.clone()
        } else {
            exact.clone()
        };
        let sentence_of = |pos: u32| crate::detect::phrases::sentence_around(&r.text, pos as usize);
        let condition_beside = a.of_kind(K::Condition).any(|c| {
            shown
                .iter()
                .any(|x| sentence_of(c.start) == sentence_of(x.start))
        });
        if (a.has(K::PatientRef) || condition_beside)
            && !a.of_kind(K::HomeCue).any(|s| {
                s.text(&r.text)
                    .to_lowercase()
                    .starts_with(['m', 'o', 'w', 'i'])
            })
            // "…my remote ADHD assessments, best view on Cowpasture Rd from the back bedroom":
            // the writer's own home words, with no patient, keep it the writer's address.
            && (!OWN_HOME.is_match(&r.text) || a.has(K::PatientRef))
        {
            return;
        }
        let said = quoted(words(&r.text, &shown), 3);
        let mut f = Finding::new(
            &HOME_ADDRESS,
            r,
            format!("gives your home location ({said})"),
            evidence(&r.text, shown.iter().chain(a.of_kind(K::HomeCue))),
            Action::new(
                ActionKind::Edit,
                format!("Remove {said} from this post, or restrict it to people you know."),
            ),
        );
        f.severity = if exact.is_empty() {
            by_reach(reach, Severity::Low, Severity::Low)
        } else {
            by_reach(reach, Severity::Medium, Severity::Low)
        };
        if exact.is_empty() {
            f.confidence = 0.6;
        }
        f.finalise();
        out.push(f);
    }
}

// ---------------------------------------------------------------------------------------------
/// LOC004: a child's school named.
pub struct ChildSchool;

static CHILD_SCHOOL: RuleMeta = RuleMeta {
    code: "LOC004",
    name: "child-school-named",
    category: Category::Location,
    severity: Severity::Medium,
    confidence: 0.75,
    summary: "A post names your child's school",
    guidance: LOCATION_GUIDANCE,
    what_it_finds: "Your posts that name a school or nursery (\"Oakfield Primary School\", \"St Anne's \
        Primary\", \"Little Acorns Nursery\") together with your child (\"my son\", \"our little one\", \
        \"first day at\", \"school run\", \"sports day\").",
    why_it_matters: "Naming your children's school tells anyone, including patients, where your \
        children will be every weekday (GMC 2013 ¶8; MDU on whereabouts).",
    example: "\"First day at Oakfield Primary School for our little one! 🎒\" (fires). \"Gave a talk at \
        Oakfield Primary School about healthy eating\" (does not).",
    how_to_fix: "Edit the post to remove the school's name (and any uniform or sign in the photo), or \
        restrict it to people you know.",
};

/// A school named the way parents name it on the school run: by its saint ("outside St Anne's",
/// "drop off at St Aidan's"), with no "Primary" or "School" after it.
static SAINTS_SCHOOL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:St\.?|Saint)\s+[A-Z][a-z]+[’']s(?:\s+(?:Hospital|Hospice|Church|Cathedral|Chapel|Park|Road|Street|Lane|Square|Place|Avenue|Station|Surgery|Practice|Medical|Health|Centre|Ward))?")
        .expect("valid regex")
});

/// The saint's-name school of a school run, drop-off or pick-up in the same post (a hospital,
/// church, station or street of that name is not a school), or a place the children are dropped at
/// by name.
fn school_run_destination(text: &str, a: &Analysis) -> Option<Span> {
    // "Our kids go to the same school, St Oswald's": the children and the word "school" make a
    // saint's name the school.
    let run = a.of_kind(K::ChildCue).any(|s| {
        let t = s.text(text).to_lowercase();
        t.contains("school") || t.contains("drop") || t.contains("pick")
    }) || a.has(K::SchoolSuffix);
    let saints = || {
        SAINTS_SCHOOL
            .find_iter(text)
            .find(|m| m.as_str().split_whitespace().count() == 2)
            .map(|m| Span::new(m.start(), m.end(), K::SchoolName))
    };
    run.then(saints)
        .flatten()
        .or_else(|| dropped_at_named_place(text))
}

/// Children dropped at a named place ("drop the twins at Little Acorns on Hillcrest Road"): a
/// nursery or school called by its own name. Workplaces, clubs, stations and a relative's house
/// ("at Nana's") are not.
static DROPPED_AT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:\b(?:drop(?:ping|ped)?|pick(?:ing|ed)?\s+up)\s+(?:off\s+)?(?:the\s+|my\s+|our\s+)?(?:kids?|twins|boys|girls|little\s+ones?|son|daughter|baby|toddler)\s+(?:off\s+)?(?:at|from)\s+)((?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+)")
        .expect("valid regex")
});

/// A child dropped at or collected from a school by their name: "dropped Isla at St Mary's Primary",
/// "picking up Jack and Amy from Oakfield Infants".
static CHILD_DROPPED_AT_SCHOOL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:\b(?:drop(?:ping|ped)?|pick(?:ing|ed)?\s+up|collect(?:ing|ed)?)\s+(?:off\s+)?)(?:[A-Z][a-z]+(?:\s+(?i:and|&)\s+[A-Z][a-z]+)?\s+)(?i:(?:off\s+)?(?:at|from)\s+)((?:[A-Z][\w’'.-]*\s+){0,3}(?:Primary|Nursery|Infants?|Juniors?|Academy|School|Prep|Pre-?school|Montessori))\b")
        .expect("valid regex")
});

fn dropped_at_named_place(text: &str) -> Option<Span> {
    const NOT_A_SCHOOL: &[&str] = &[
        "club",
        "hospital",
        "surgery",
        "practice",
        "station",
        "airport",
        "gym",
        "centre",
        "center",
        "park",
        "pool",
        "house",
        "farm",
        "church",
        "cinema",
        "tesco",
        "asda",
        "sainsbury's",
        "mcdonald's",
        "work",
    ];
    let c = DROPPED_AT.captures(text)?;
    let name = c.get(1)?;
    let words: Vec<String> = name
        .as_str()
        .split_whitespace()
        .map(|w| w.to_lowercase())
        .collect();
    let possessive_home =
        words.len() == 1 && (words[0].ends_with("'s") || words[0].ends_with("’s"));
    if possessive_home || words.iter().any(|w| NOT_A_SCHOOL.contains(&w.as_str())) {
        return None;
    }
    Some(Span::new(name.start(), name.end(), K::SchoolName))
}

impl Rule for ChildSchool {
    fn meta(&self) -> &'static RuleMeta {
        &CHILD_SCHOOL
    }

    fn check(&self, r: &Record, cx: &Context, out: &mut Vec<Finding>) {
        let Some(reach) = own_broadcast(r) else {
            return;
        };
        let a = cx.analysis(r);
        let mut schools = spans(&a, &[K::SchoolName]);
        // "dropped Isla at St Mary's Primary": a child dropped by name at a school called by its
        // own name is the child cue and the school at once.
        if let Some(m) = CHILD_DROPPED_AT_SCHOOL
            .captures(&r.text)
            .and_then(|c| c.get(1))
        {
            schools.push(Span::new(m.start(), m.end(), K::SchoolName));
        } else if !a.has(K::ChildCue) {
            return;
        }
        if schools.is_empty() {
            schools.extend(school_run_destination(&r.text, &a));
        }
        if schools.is_empty() {
            return;
        }
        let said = quoted(words(&r.text, &schools), 2);
        let mut f = Finding::new(
            &CHILD_SCHOOL,
            r,
            format!("names your child's school ({said})"),
            evidence(&r.text, schools.iter().chain(a.of_kind(K::ChildCue))),
            Action::new(ActionKind::Edit, format!("Remove {said} from this post (and any school sign or uniform in the photo), or restrict it to people you know.")),
        );
        f.severity = by_reach(reach, Severity::Medium, Severity::Low);
        f.finalise();
        out.push(f);
    }
}

// ---------------------------------------------------------------------------------------------
/// LOC005: a routine with a place and a time.
pub struct Routine;

static ROUTINE: RuleMeta = RuleMeta {
    code: "LOC005",
    name: "routine-with-place-and-time",
    category: Category::Location,
    severity: Severity::Low,
    confidence: 0.6,
    summary: "A post tells people where you will predictably be, and when",
    guidance: LOCATION_GUIDANCE,
    what_it_finds: "Your posts that describe a routine — a recurrence (\"every Tuesday\", \"most \
        mornings\", \"my usual\") — with a place (\"at the gym\", \"parkrun\", a named park or club) and \
        a day or time (\"Tuesday\", \"6am\", \"every morning\").",
    why_it_matters: "A routine tells anyone where to find you without asking; over years of posts, \
        routines map your life (GMC 2013 ¶8; MDU on whereabouts).",
    example: "\"Every Tuesday at 6am you'll find me at Riverside Leisure Centre pool\" (fires). \"Swimming \
        is great for your back\" (does not).",
    how_to_fix: "Edit the post to remove the day and time or the place, or restrict it to people you \
        know.",
};

fn timed(text: &str, a: &Analysis, recurrence: &[Span]) -> bool {
    a.has_any(&[K::TimeOfDay, K::Weekday])
        || recurrence.iter().any(|s| {
            let t = s.text(text).to_lowercase();
            [
                "day",
                "morning",
                "evening",
                "night",
                "weekend",
                "before work",
                "after work",
                "commute",
                "run",
                "swim",
                "walk",
            ]
            .iter()
            .any(|w| t.contains(w))
                && t != "every day"
                && t != "daily"
                // "every tues & thurs": weekdays written short.
                || t.split(|c: char| !c.is_alphabetic()).any(|w| {
                    [
                        "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat",
                        "sun",
                    ]
                    .contains(&w)
                })
        })
}

/// A named place after "at": "at Riverside Leisure Centre". Workplaces (clinics, hospitals,
/// practices) are where a doctor is expected to be, not a private routine.
fn named_place_after_at(text: &str, a: &Analysis) -> Vec<Span> {
    let mut v: Vec<Span> = a
        .of_kinds(&[K::SchoolName, K::StreetName])
        .copied()
        .collect();
    let mut pos = 0;
    while let Some(off) = text[pos..].find(" at ") {
        let at = pos + off + 4;
        pos = at;
        let Some(w) =
            word_after(text, at).filter(|w| w.is_capitalised() && !w.is_upper() && w.start == at)
        else {
            continue;
        };
        let mut end = w.end;
        let mut last = w;
        while let Some(n) =
            word_after(text, end).filter(|n| n.is_capitalised() && n.start == end + 1)
        {
            end = n.end;
            last = n;
        }
        let is_time = a
            .of_kinds(&[K::TimeOfDay, K::Weekday, K::MonthName])
            .any(|t| t.start as usize == w.start);
        let last_word = last.lower();
        let name = text[w.start..end].to_lowercase();
        let workplace = matches!(
            last_word.as_str(),
            "clinic" | "hospital" | "surgery" | "practice" | "pharmacy" | "infirmary"
        ) || (last_word == "centre"
            && (name.contains("medical") || name.contains("health")));
        if !is_time && !workplace && word_before(text, at).is_some() {
            v.push(Span::new(w.start, end, K::RoutinePlace));
        }
    }
    v
}

/// How to find the writer at the place: "grab me poolside", "my car's the red Golf", "knock on the
/// window", "come and find me".
static FIND_ME_THERE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:grab|find|catch|collar|nab)\s+me\s+(?:at|by|on|in|poolside|pitchside|courtside|after|before|there)\b|\bcome\s+and\s+(?:find|say\s+hi\s+to|grab)\s+me\b|\bmy\s+car[’']?s\s+the\b|\b(?:knock|tap)\s+on\s+(?:the|my)\s+(?:window|door|car)\b|\bi[’']?(?:m|ll\s+be)\s+the\s+one\s+(?:in|with|by|wearing)\b")
        .expect("valid regex")
});

/// A path or open space walked or run on a schedule: "on the towpath", "along the seafront". Not a
/// place anyone could find without the hour, so it counts only beside a time of day ("at 6am").
static OUTDOOR_ROUTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:on|along|round|around|by|down)\s+the\s+(?:towpath|canal(?:\s+path)?|seafront|prom|promenade|common|heath|reservoir|river(?:side)?|lido|cycle\s+path|rec)\b|\b(?:canal\s+|river\s+)?(?:towpath|canal\s+path|seafront|promenade|cycle\s+path)\s+from\s+(?-i:[A-Z])[\w'’]+|\b(?:along|round|around|beside)\s+the\s+(?-i:[A-Z][a-z'’]+)\b|\b(?:on|along|round|around|by|at)\s+(?-i:[A-Z][a-z'’]+)\s+(?:reservoir|park|woods|common|heath|canal|lake|beach|sands|pier|trail|country\s+park)\b|\b(?:canal|river|riverside|park|reservoir|seafront|towpath|lake)\s+(?:loop|lap|circuit|run|walk)\s+(?:from|to|past|round)\s+(?:my|the|[A-Z])")
        .expect("valid regex")
});

/// A weekday route that could be walked to meet the writer: it ends at their home ("along the
/// Ouseburn to my flat") or readers are told they may spot them on it.
static ROUTE_FINDABLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:to|from|past|back\s+to)\s+my\s+(?:flat|house|home|place|front\s+door)\b|\bspot\s+me\b|\bif\s+(?:you|u)\s+(?:see|pass)\s+me\b|\bwave\s+(?:if|when)\s+(?:you|u)\s+(?:see|pass)\b")
        .expect("valid regex")
});

/// A venue placed on its street: "in Costa on Fargate", "at the Co-op on Mill Road"; or a spot
/// beside one in its town: "parked up outside Lidl in Ormskirk".
static VENUE_ON_STREET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?i:in|at)\s+(?i:the\s+)?[A-Z][\w'’&-]+(?:\s+[A-Z][\w'’&-]+)?\s+(?i:on)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|\b(?i:outside|opposite|behind)\s+(?i:the\s+)?[A-Z][\w'’&-]+(?:\s+[A-Z][\w'’&-]+)?\s+(?i:on|in)\s+[A-Z][\w'’-]+")
        .expect("valid regex")
});

/// A train or bus caught at a set time from a named place: "the 07:52 from Musselburgh".
static TIMED_SERVICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?i:the)\s+\d{1,2}[:.]\d{2}\s+(?:(?i:train|bus|tram|ferry)\s+)?(?i:from|to|into)\s+[A-Z][\w'’-]+")
        .expect("valid regex")
});

impl Rule for Routine {
    fn meta(&self) -> &'static RuleMeta {
        &ROUTINE
    }

    fn check(&self, r: &Record, cx: &Context, out: &mut Vec<Finding>) {
        // In a group, a routine matters when the post tells members how to find you there
        // ("my car's the red Golf by the clubhouse, just knock on the window").
        let Some(reach) = own_broadcast(r)
            .or_else(|| own_broadcast_or_group(r).filter(|_| FIND_ME_THERE.is_match(&r.text)))
        else {
            return;
        };
        let a = cx.analysis(r);
        let recurrence = spans(&a, &[K::Recurrence]);
        if recurrence.is_empty() {
            return;
        }
        // "In a car park" is anywhere; the lexicon's "park" is a park.
        let mut places: Vec<Span> = spans(&a, &[K::RoutinePlace])
            .into_iter()
            .filter(|p| {
                !lead_in(&r.text, p.start as usize, 4)
                    .to_ascii_lowercase()
                    .ends_with("car ")
            })
            .collect();
        places.extend(named_place_after_at(&r.text, &a));
        let route_timed = a.has(K::TimeOfDay)
            || (a.has(K::Weekday)
                && (ROUTE_FINDABLE.is_match(&r.text) || FIND_ME_THERE.is_match(&r.text)));
        if route_timed {
            places.extend(
                OUTDOOR_ROUTE
                    .find_iter(&r.text)
                    .map(|m| Span::new(m.start(), m.end(), K::RoutinePlace)),
            );
        }
        places.extend(
            VENUE_ON_STREET
                .find_iter(&r.text)
                .map(|m| Span::new(m.start(), m.end(), K::RoutinePlace)),
        );
        places.extend(
            TIMED_SERVICE
                .find_iter(&r.text)
                .map(|m| Span::new(m.start(), m.end(), K::RoutinePlace)),
        );
        if places.is_empty() || !timed(&r.text, &a, &recurrence) {
            return;
        }
        // Work rotas ("every Tuesday in clinic") are where you work, not a private routine. A
        // condition elsewhere in the post ("to everyone sending abuse: I'm at parkrun every
        // Saturday") does not make the routine a clinic.
        let same_clause = |x: u32, y: u32| {
            let (from, to) = (x.min(y) as usize, x.max(y) as usize);
            r.text.get(from..to).is_some_and(|between| {
                !between.contains(['.', '!', '?', ':', '\n', '('])
                    && !between.to_ascii_lowercase().contains(", if ")
            })
        };
        // "6am spin at PureGym before IVF clinic": a clinic named as what comes next is the time.
        let clinic_as_time = |c: &Span| {
            let lead = crate::detect::phrases::lead_in(&r.text, c.start as usize, 8).to_lowercase();
            let rest = r.text.get(c.end as usize..).unwrap_or("").to_lowercase();
            (lead.ends_with("before ") || lead.ends_with("after "))
                && ["clinic", "list", "shift", "ward round"]
                    .iter()
                    .any(|w| rest.trim_start().starts_with(w))
        };
        let clinical_beside = a
            .of_kinds(&[K::Condition, K::PatientRef])
            .filter(|c| !clinic_as_time(c))
            .any(|c| {
                places
                    .iter()
                    .chain(&recurrence)
                    .any(|p| same_clause(p.start, c.start))
            });
        // "Private paediatric clinic at Spire Leeds, Tues & Thurs": a clinic's schedule, unless the
        // writer's own movements come with it ("…til 8 then walk home across the park").
        let clinic_schedule = CLINIC_WORD.find_iter(&r.text).any(|c| {
            let lead = lead_in(&r.text, c.start(), 24).to_lowercase();
            let as_time = AS_TIME_BEFORE.is_match(&lead);
            !as_time
                && recurrence
                    .iter()
                    .any(|p| same_clause(p.start, c.start() as u32))
        }) && !OWN_MOVEMENT.is_match(&r.text);
        if clinical_beside || clinic_schedule {
            return;
        }
        let mut shown = recurrence.clone();
        shown.extend(places.iter().copied());
        shown.extend(a.of_kinds(&[K::TimeOfDay]).copied());
        let said = quoted(words(&r.text, &shown), 4);
        let mut f = Finding::new(
            &ROUTINE,
            r,
            format!("describes a routine with a place and time ({said})"),
            evidence(&r.text, &shown),
            Action::new(ActionKind::Edit, format!("Remove the day/time or the place ({said}) from this post, or restrict it to people you know.")),
        );
        f.severity = by_reach(reach, Severity::Low, Severity::Low);
        if places.iter().all(|p| p.kind == K::RoutinePlace) && reach != Reach::Public {
            f.confidence = 0.5;
        }
        f.finalise();
        out.push(f);
    }
}

// ---------------------------------------------------------------------------------------------
/// Where a doctor works on set days: "clinics Tues & Thurs", "theatre list every Monday".
static CLINIC_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:clinics?|lists?|surger(?:y|ies)|sessions?|outpatients|theatres?|on[\s-]calls?)\b")
        .expect("valid regex")
});

/// Before a clinic word that says when, not where: "after late clinic", "before my list".
static AS_TIME_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:after|before|til|till|until|into|then)\s+(?:my\s+|the\s+|a\s+)?(?:\w+\s+)?$",
    )
    .expect("valid regex")
});

/// The writer's own comings and goings: "walk home", "my run", "the gym".
static OWN_MOVEMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:walk(?:s|ing)?|run(?:s|ning)?|cycl(?:e|es|ing)|jog(?:s|ging)?|swim(?:s|ming)?|drive|driving)\s+(?:home|back|in|to\s+work)\b|\b(?:gym|spin|parkrun)\b|\b(?:my|\d\s?(?:am|pm)|morning|evening|night|late)\s+(?:\w+\s+)?(?:run|walk|swim|ride|jog|cycle)\b")
        .expect("valid regex")
});

/// On the move past a named place: "walking home from nights through Hyde Park".
static ON_THE_WAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i:\b(?:walking|cycling|running|jogging|driving|heading|wandering)\s+(?:home\s+|back\s+)?(?:from\s+(?:\w+\s+){1,3}?)?(?:through|across|past|along|via)\s+(?:the\s+)?)([A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,2})",
    )
    .expect("valid regex")
});

/// LOC006: where you are right now.
pub struct LiveWhereabouts;

static LIVE_WHEREABOUTS: RuleMeta = RuleMeta {
    code: "LOC006",
    name: "live-whereabouts",
    category: Category::Location,
    severity: Severity::Low,
    confidence: 0.6,
    summary: "A post shares where you are right now or a live location",
    guidance: LOCATION_GUIDANCE,
    what_it_finds: "Your posts that share a live location (\"sharing my live location\"), a location pin \
        (📍 and a place), or say where you are now (\"I'm at the Red Lion right now, come say hi\"), and \
        posts whose location was read from a maps link or shared location in the text. A general \
        \"I'm at a conference\" without a named place does not fire.",
    why_it_matters: "Real-time whereabouts let anyone, including patients, find you (GMC 2013 ¶8c; MDU \
        on check-ins when out socialising or with family).",
    example: "\"📍 Costa, Market Street — here till 5 if anyone wants to say hi\" (fires). \"Back from \
        holiday\" (does not).",
    how_to_fix: "Delete or edit the post to remove the place; post about places after you have left; \
        turn off live-location sharing.",
};

impl Rule for LiveWhereabouts {
    fn meta(&self) -> &'static RuleMeta {
        &LIVE_WHEREABOUTS
    }

    fn check(&self, r: &Record, cx: &Context, out: &mut Vec<Finding>) {
        // In a group chat only a live location itself is shared ("sharing live location for the
        // next 8 hrs" to a parents' group): where the writer is, as ordinary talk, is not.
        let Some(reach) = own_broadcast_or_group(r) else {
            return;
        };
        let group_only = reach == Reach::Group && !is_broadcast(r);
        let a = cx.analysis(r);
        let live = spans(&a, &[K::LiveLocation]);
        let text_location = r
            .location
            .as_ref()
            .filter(|l| l.source == LocationSource::Text && l.coordinates.is_none());
        // Facebook's own check-in line: "Dr Sam Ellis is at The Fox & Hounds, Little Ashby."
        let fb_place = facebook_checkin_place(&r.text);
        let lodged = LODGING_NUMBER.is_match(&r.text);
        if live.is_empty() && text_location.is_none() && fb_place.is_none() && !lodged {
            return;
        }
        let explicit: Vec<Span> = live
            .iter()
            .filter(|s| {
                let t = s.text(&r.text).to_lowercase();
                // "Share your live location with the duty manager": advice to the reader.
                let readers = crate::detect::phrases::lead_in(&r.text, s.start as usize, 12)
                    .to_lowercase()
                    .contains("your");
                (t.contains("location") && !readers) || t == "📍"
            })
            .copied()
            .collect();
        let live_shared = explicit
            .iter()
            .any(|s| s.text(&r.text).to_lowercase().contains("location"));
        if group_only && !live_shared {
            return;
        }
        let now = spans(&a, &[K::NowCue, K::Temporal]);
        // The named place after "I'm at …" / "📍 …".
        let mut places: Vec<Span> = Vec::new();
        for s in &live {
            let mut at = s.end as usize;
            // "📍LIVE rn: Trafford Centre": the words saying it is live come before the place.
            while let Some(w) = word_after(&r.text, at).filter(|w| {
                ["live", "now", "rn", "currently", "right"]
                    .iter()
                    .any(|x| w.text.eq_ignore_ascii_case(x))
            }) {
                at = w.end;
                let rest = r.text.get(at..).unwrap_or("");
                at += rest.len() - rest.trim_start_matches([':', '-', '–', '—']).len();
            }
            if let Some(w) = word_after(&r.text, at).filter(|w| w.text.eq_ignore_ascii_case("the"))
            {
                at = w.end;
            }
            // "📍 22 Beech Avenue, Sale": an address straight after the pin.
            let pinned_address = a.of_kinds(&[K::StreetAddress, K::Postcode]).find(|x| {
                r.text
                    .get(at..x.start as usize)
                    .is_some_and(|gap| gap.trim().is_empty())
            });
            if let Some(x) = pinned_address {
                places.push(Span::new(x.start as usize, x.end as usize, K::RoutinePlace));
            } else if let Some(w) = word_after(&r.text, at).filter(|w| {
                // "HMP Wakefield", "RAF Lossiemouth": an initialism before a place name.
                w.is_capitalised()
                    && (!w.is_upper()
                        || word_after(&r.text, w.end).is_some_and(|n| {
                            n.start == w.end + 1 && n.is_capitalised() && !n.is_upper()
                        }))
            }) {
                let mut end = w.end;
                while let Some(n) =
                    word_after(&r.text, end).filter(|n| n.is_capitalised() && n.start == end + 1)
                {
                    end = n.end;
                }
                places.push(Span::new(w.start, end, K::RoutinePlace));
            }
        }
        // "📍live rn: walking home from nights through Hyde Park": the place the route passes.
        if !live.is_empty() && places.is_empty() {
            places.extend(
                ON_THE_WAY
                    .captures_iter(&r.text)
                    .filter_map(|c| c.get(1))
                    .map(|m| Span::new(m.start(), m.end(), K::RoutinePlace)),
            );
        }
        // "Sitting in the window of the Sugarhouse Café on Queen Street right now": the street
        // places the writer when the post says they are there now.
        if !live.is_empty() && !now.is_empty() && places.is_empty() {
            places.extend(a.of_kinds(&[K::StreetName]).copied());
        }
        places.extend(fb_place);
        // A check-in headed by its place: "Manchester Crown Court — here for the verdict".
        if r.kind == Kind::Checkin && places.is_empty() {
            places.extend(
                CHECKIN_HEADING
                    .captures(&r.text)
                    .and_then(|c| c.get(1))
                    .map(|m| Span::new(m.start(), m.end(), K::RoutinePlace)),
            );
        }
        let mut evidence_v: Vec<Evidence> = Vec::new();
        let fires = if let Some(loc) = text_location {
            evidence_v.push(Evidence::metadata(
                loc.name.clone().unwrap_or_else(|| "shared location".into()),
                "shared_location_in_text",
            ));
            true
        } else {
            let pinned = explicit.iter().any(|s| s.text(&r.text) == "📍") && !places.is_empty();
            // Foursquare and Swarm wrote check-ins as "I'm at The Fox & Hounds (Bramley, Leeds)
            // w/ 3 others": the shape itself says the writer is there now.
            let checked_in = r.kind == Kind::Checkin || CHECKIN_SHAPE.is_match(&r.text);
            // "Going live from level 3 of the multistorey… I'm the one in the red Fiat".
            let spot_me = !live.is_empty() && SPOT_ME.is_match(&r.text);
            // A conference, an exam or a college is a public professional event: being there is
            // on its programme already ("Checked in at ExCeL - RCGP Annual Conference, come and find
            // our poster"), unless the post also shares a live location or picks the writer out.
            // "Premier Inn right opposite the court, room 412, here til friday", "pitch 14 at Sandy
            // Bay holiday park": where the writer sleeps, by number (a clinic room is not).
            let staying = lodged && LODGING.is_match(&r.text) && STAYING_NOW.is_match(&r.text);
            live_shared
                || spot_me
                || (staying && !PROFESSIONAL_EVENT.is_match(&r.text))
                || ((pinned
                    || fb_place.is_some()
                    || (!places.is_empty() && (!now.is_empty() || checked_in)))
                    && !PROFESSIONAL_EVENT.is_match(&r.text))
        };
        if !fires {
            return;
        }
        let mut shown = live.clone();
        shown.extend(places.iter().copied());
        shown.extend(now.iter().copied());
        evidence_v.extend(evidence(&r.text, &shown));
        let said = quoted(words(&r.text, &places), 2);
        let mut f = Finding::new(
            &LIVE_WHEREABOUTS,
            r,
            if said.is_empty() {
                "shares where you are right now".to_string()
            } else {
                format!("shares where you are right now ({said})")
            },
            evidence_v,
            Action::new(
                ActionKind::StripLocation,
                if said.is_empty() {
                    format!(
                        "Remove the location from this {}; post about places after you've left.",
                        super::verdict::noun(r)
                    )
                } else {
                    format!(
                        "Remove {said} from this {}; post about places after you've left.",
                        super::verdict::noun(r)
                    )
                },
            ),
        );
        f.severity = by_reach(reach, Severity::Low, Severity::Low);
        f.finalise();
        out.push(f);
    }
}

/// A room, pitch or cabin by number.
static LODGING_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:room|rm|pitch|cabin|chalet|lodge|berth)\s+(?:no\.?\s*)?\d{1,4}\b")
        .expect("valid regex")
});

/// Where a room or pitch number is one the writer sleeps in.
static LODGING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:premier\s+inn|travelodge|holiday\s+inn|hilton|marriott|ibis|novotel|hotel|motel|b&b|airbnb|hostel|digs|caravan|campsite|holiday\s+park|glamping|staying|here\s+(?:til|till|until))\b")
        .expect("valid regex")
});

/// The stay is now: "here til friday", "staying", "this week", "tonight".
static STAYING_NOW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:here\s+(?:til|till|until)|(?:i[’']?m|we[’']?re|currently)\s+staying|staying\s+(?:here|at|in|til|till|until)|this\s+week(?:end)?|tonight|right\s+now|rn)\b")
        .expect("valid regex")
});

/// A professional event the writer attends in public: a conference, an exam, a college.
static PROFESSIONAL_EVENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:conference|congress|symposium|summit|expo|exhibition|trade\s+show|annual\s+meeting|scientific\s+meeting|study\s+day|poster|exams?|paces|osce|viva|royal\s+college\s+of\s+\w+)\b")
        .expect("valid regex")
});

/// The writer picked out in a crowd: "I'm the one in the red Fiat", "give us a wave if you spot me".
static SPOT_ME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:i[’']?m|i\s+am)\s+the\s+one\s+(?:in|with|next\s+to|by|wearing)\b|\bgive\s+(?:us|me)\s+a\s+(?:wave|shout|beep)\b|\bif\s+(?:you|u)\s+spot\s+me\b|\broom\s+(?:no\.?\s*)?\d{2,4}\b|\bseat\s+[a-z]?\d{1,3}\b")
        .expect("valid regex")
});

/// Facebook's check-in sentence opening a post: a name, "is at", the place and its town.
static FACEBOOK_CHECKIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?:(?:Dr|Mr|Mrs|Ms|Miss)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2}\s+(?:is|was)\s+(?:at|in)\s+((?:The\s+)?[A-Z][\w'’]*(?:\s+(?:&|and|of|on|the)?\s*[A-Z][\w'’]*){0,4}),\s+[A-Z][\w'’-]+",
    )
    .expect("valid regex")
});

/// The place of a [`FACEBOOK_CHECKIN`] line, after a cheap look for its verb.
fn facebook_checkin_place(text: &str) -> Option<Span> {
    if ![" is at ", " was at ", " is in ", " was in "]
        .iter()
        .any(|v| text.contains(v))
    {
        return None;
    }
    let m = FACEBOOK_CHECKIN.captures(text)?.get(1)?;
    Some(Span::new(m.start(), m.end(), K::RoutinePlace))
}

/// A check-in's place written as its heading: "Manchester Crown Court — here for the verdict",
/// "Heaton Park: parkrun PB".
static CHECKIN_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\W*((?:[A-Z][\w'’&.]*)(?:\s+(?:[A-Z][\w'’&.]*|of|the|on|upon|&)){0,5})\s*[—–:|,-]",
    )
    .expect("valid regex")
});

/// A check-in as apps post it: the place's locality in brackets, "w/ 3 others", a 4sq link.
static CHECKIN_SHAPE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\((?:[A-Z][\w'’.&-]*\s?){1,3},\s*[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?\)|(?i:\bw/\s*\d+\s+others?\b|4sq\.com|swarmapp\.com)",
    )
    .expect("valid regex")
});

// ---------------------------------------------------------------------------------------------
/// LOC007: the home is empty, or you are alone, until a stated time.
pub struct EmptyHome;

static EMPTY_HOME: RuleMeta = RuleMeta {
    code: "LOC007",
    name: "home-empty-or-alone",
    category: Category::Location,
    severity: Severity::Medium,
    confidence: 0.65,
    summary: "A post says your home is empty, or you are home alone, until a given time",
    guidance: LOCATION_GUIDANCE,
    what_it_finds: "Your posts that say you are home alone or the house is empty (\"home alone until \
        Friday\", \"hubby's away all week\", \"house to myself this weekend\") or that your home is empty \
        while you are away (\"our house is empty — on holiday until the 20th\"), or the way in left \
        open (\"keys under the mat for the cleaner\", \"back door's always unlocked\"), in a group chat \
        too.",
    why_it_matters: "Telling followers when you are alone or when your home is empty is a personal \
        safety risk (GMC 2013 ¶8: online information is easily accessed by others, including patients).",
    example: "\"At home alone until Friday, send wine recommendations 🍷\" (fires). \"Home after a long \
        shift\" (does not).",
    how_to_fix: "Delete the post or remove when you'll be alone or away; share holiday posts after you \
        are back.",
};

/// Hours or days written short, as a rota: "I'm out 8-6 Mon to Thurs", "Mon-Fri".
static HOURS_OR_DAYS_OUT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?\s*(?:-|–|to|till?)\s*(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?\b|\bout\s+(?:from\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?\s*(?:-|–|to|till?)\s*\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?\b")
        .expect("valid regex")
});

/// The house left behind, said as a feeling: "house will be sooo quiet", "home's going to be so empty".
static QUIET_HOUSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:the\s+)?(?:house|home|flat)(?:\s+will\s+be|\s+is\s+going\s+to\s+be|\s+gonna\s+be|[’']s\s+going\s+to\s+be|[’']ll\s+be)\s+(?:so+\s+|very\s+|dead\s+|eerily\s+)?(?:quiet|empty)\b|\b(?:(?:the\s+)?(?:house|home|flat)|number\s+\d{1,4}(?:\s+[a-z][\w'’-]*){0,3}?|\d{1,4}\s+[a-z][\w'’-]*\s+(?:rd|road|st|street|ave|avenue|close|lane|drive|way|crescent|gardens|terrace))\s+(?:is\s+|[’']s\s+|will\s+be\s+)?(?:all\s+|completely\s+|totally\s+|dead\s+)?(?:quiet|empty)\s+(?:til|till|until|for\s+(?:a|the|two|three|\d))\b")
        .expect("valid regex")
});

/// The home shut up behind the writer: "house locked up", "cat's at the cattery", "neighbour's
/// feeding the cat", "lights on timers". Read only beside a trip that has not ended.
static HOME_LEFT_SHUT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:(?:the\s+)?(?:house|home|flat|place)\s+(?:is\s+|[’']s\s+)?(?:all\s+)?locked\s+up|(?:cats?|dogs?|pets?|pup|puppy|kitty)(?:[’']s|\s+is|\s+are|[’']re)?\s+(?:at|in|off\s+to|going\s+to|booked\s+into)\s+(?:the\s+)?(?:cattery|kennels?|pet\s+hotel|dog\s+hotel)|(?:neighbou?rs?|next\s+door)(?:[’']s|[’']re|\s+is|\s+are)?\s+(?:(?:will|gonna|going\s+to)\s+)?(?:feed(?:ing)?|collect(?:ing)?|tak(?:e|ing)\s+in|popping\s+in\s+to\s+feed)\s+(?:the\s+|our\s+|my\s+)?(?:cats?|post|mail|parcels)|lights?\s+(?:are\s+|on\s+)?(?:on\s+)?(?:a\s+)?timers?|house[\s-]?sitter(?:[’']s|\s+has|\s+have)?\s+(?:let\s+us\s+down|cancelled|canceled|pulled\s+out|dropped\s+out|bailed)|no\s+house[\s-]?sitter|in\s+(?:our|my)\s+absence)\b",
    )
    .expect("valid regex")
});

/// The trip is over: "back from Lanzarote", "home from two weeks in Crete", "picked the dog up from".
static TRIP_OVER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:back\s+(?:from|home)|home\s+from|home\s+again|picked\s+(?:\w+\s+){0,2}up\s+from|collected\s+(?:\w+\s+){0,2}from)\b")
        .expect("valid regex")
});

/// The writer's own home in the sentence of an open door: first person, or someone let in.
static OWN_DOOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:i|i[’']m|i[’']ll|i[’']ve|me|my|mine|we|we[’']re|we[’']ll|our|ours|us)\b|\bfor\s+the\s+(?:cleaner|dog\s+walker|plumber|builders?|kids|babysitter|neighbou?rs?|delivery|courier)\b|\blet\s+yoursel(?:f|ves)\s+in\b",
    )
    .expect("valid regex")
});

/// Advice about doors and keys in general: "the first place burglars look", "if your back door…".
static DOOR_ADVICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:if\s+your|burglars?|insurance|insurer|first\s+place|never|don[’']?t|key\s+safe)\b")
        .expect("valid regex")
});

/// The way in left open: "keys under the mat for the cleaner", "back door's always unlocked".
static WAY_IN_LEFT_OPEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:(?:the\s+|my\s+|our\s+)?(?:spare\s+)?keys?\s+(?:is\s+|are\s+|[’']s\s+|left\s+)?(?:under|behind|in)\s+the\s+(?:door)?(?:mat|plant\s*pot|flower\s*pot|pot|gnome|bin|stone|letterbox|meter\s+box)|(?:back|front|side|patio)\s+door(?:[’']s|\s+is)?\s+(?:always\s+|usually\s+|still\s+|left\s+)?(?:unlocked|open)|left\s+the\s+(?:back|front|side|patio)\s+door\s+(?:unlocked|open))\b",
    )
    .expect("valid regex")
});

/// Buildings whose door is not the writer's home: "the clinic's back door is always unlocked".
const NOT_HOME: &[&str] = &[
    "clinic",
    "practice",
    "surgery",
    "hospital",
    "ward",
    "office",
    "department",
    "school",
    "work",
    "shop",
    "building",
    "church",
    "unit",
];

/// The writer's own way in left open, said of their home and not as advice about doors in general.
fn door_left_open(text: &str) -> Option<Span> {
    let m = WAY_IN_LEFT_OPEN.find(text)?;
    let (ss, se) = crate::detect::phrases::sentence_around(text, m.start());
    let sentence = text.get(ss..se.max(m.end())).unwrap_or("");
    if DOOR_ADVICE.is_match(sentence) || !OWN_DOOR.is_match(sentence) {
        return None;
    }
    let before = crate::detect::phrases::lead_in(text, m.start(), 24).to_lowercase();
    if crate::detect::stance::negated_before(text, m.start())
        || NOT_HOME.iter().any(|place| before.contains(place))
    {
        return None;
    }
    Some(Span::new(m.start(), m.end(), K::HomeAlone))
}

impl Rule for EmptyHome {
    fn meta(&self) -> &'static RuleMeta {
        &EMPTY_HOME
    }

    fn check(&self, r: &Record, cx: &Context, out: &mut Vec<Finding>) {
        let Some(reach) = own_broadcast_or_group(r) else {
            return;
        };
        let a = cx.analysis(r);
        let mut alone = spans(&a, &[K::HomeAlone]);
        let away = spans(&a, &[K::AwayCue]);
        let mut when: Vec<Span> = a
            .of_kinds(&[
                K::AwayCue,
                K::Weekday,
                K::Temporal,
                K::TemporalWeak,
                K::Date,
                K::NowCue,
            ])
            .copied()
            .collect();
        // "House will be sooo quiet" only says the home is empty beside a when.
        if !away.is_empty() {
            alone.extend(
                QUIET_HOUSE
                    .find_iter(&r.text)
                    .map(|m| Span::new(m.start(), m.end(), K::HomeAlone)),
            );
            if !TRIP_OVER.is_match(&r.text) {
                alone.extend(
                    HOME_LEFT_SHUT
                        .find_iter(&r.text)
                        .map(|m| Span::new(m.start(), m.end(), K::HomeAlone)),
                );
            }
        }
        let empty_home = !away.is_empty() && a.has(K::HomeCue) && {
            let t = r.text.to_lowercase();
            t.contains("empty")
                || t.contains("nobody")
                || t.contains("no one")
                || t.contains("unattended")
        };
        let way_in = door_left_open(&r.text);
        // In a group chat only the open door itself is reported: who is home when is ordinary talk
        // among friends.
        if reach == Reach::Group && !is_broadcast(r) && way_in.is_none() {
            return;
        }
        if alone.is_empty() && !empty_home && way_in.is_none() {
            return;
        }
        // Hours written as a rota are read only once the post says the home is empty.
        when.extend(
            HOURS_OR_DAYS_OUT
                .find_iter(&r.text)
                .map(|m| Span::new(m.start(), m.end(), K::Temporal)),
        );
        let fires = (!alone.is_empty() && !when.is_empty()) || empty_home || way_in.is_some();
        if !fires {
            return;
        }
        let mut shown = alone.clone();
        shown.extend(way_in);
        shown.extend(when.iter().copied());
        let said = quoted(words(&r.text, &shown), 3);
        let mut f = Finding::new(
            &EMPTY_HOME,
            r,
            format!("says when you are alone or your home is empty ({said})"),
            evidence(&r.text, &shown),
            Action::new(ActionKind::Edit, format!("Remove {said} from this post, or delete it; share holiday posts after you're back.")),
        );
        f.severity = by_reach(reach, Severity::Medium, Severity::Low);
        f.finalise();
        out.push(f);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Audience, Platform};
    use crate::rules::testing;

    fn home(text: &str) -> bool {
        let r = testing::owned(Platform::Twitter, Kind::Post, Audience::Public, text);
        !testing::findings(&HomeAddress, &r).is_empty()
    }

    fn fires(rule: &dyn Rule, text: &str) -> bool {
        let r = testing::owned(Platform::Facebook, Kind::Post, Audience::Public, text);
        !testing::findings(rule, &r).is_empty()
    }

    #[test]
    fn a_check_in_a_timed_commute_a_car_to_spot_and_a_numbered_house_left_quiet() {
        assert!(fires(&LiveWhereabouts, "Dr Sam Ellis is at The Fox & Hounds, Little Ashby. Sunday roast with the fam before a run of nights"));
        assert!(fires(&LiveWhereabouts, "going live from level 3 of the hospital multistorey before my night shift, I'm the one in the red Fiat next to the pay machine lol come say hi"));
        assert!(fires(
            &LiveWhereabouts,
            "Sat in the Costa at the Heath, 20 mins til handover. Come say hi if ur about #FY1"
        ));
        assert!(!fires(
            &LiveWhereabouts,
            "Dr Sam Ellis is at his best explaining statins, watch the video from our PCN"
        ));
        assert!(!fires(
            &LiveWhereabouts,
            "Sat in the car park for ten minutes after that shift just breathing."
        ));
        assert!(fires(&Routine, "Anyone else on the 07:52 from Musselburgh every weekday? I'm the one in navy scrubs under a parka."));
        assert!(fires(&Routine, "Same loop every weekday at 6am, canal towpath from Kingsbury Lock to the footbridge and back"));
        assert!(!fires(
            &Routine,
            "The 07:52 from Musselburgh was cancelled again, the whole rota was late"
        ));
        assert!(fires(&EmptyHome, "Whole family off to Majorca for a fortnight from tomorrow!! Number 14 Clarendon Rd all quiet til the 28th lol"));
        assert!(!fires(
            &EmptyHome,
            "Back from Majorca, number 14 all quiet again now the kids are in bed"
        ));
        assert!(fires(&EmptyHome, "Sat in departures at Manchester T2 with an early G&T. House empty for the next fortnight, Crete here we come"));
    }

    #[test]
    fn a_new_home_announced_or_described_to_a_group() {
        for t in [
            "Keys!! 🔑🏡 14 Orchard Close, Wigton is officially ours. Housewarming Sat 8th, and no, I will not be looking at anyone's rash 😂",
            "keys!! 14 Elm Close is officially ours. hello new neighbours, yes the GP from Millbrook surgery lives next to u now",
        ] {
            assert!(home(t), "{t}");
        }
        assert!(!home(
            "Home visit to 14 Orchard Close this morning for a lovely lady with a leg ulcer"
        ));
        let group_post = |t: &str| {
            let r = testing::owned(Platform::Facebook, Kind::Post, Audience::Group, t);
            !testing::findings(&HomeAddress, &r).is_empty()
        };
        assert!(group_post(
            "For the nursery mums who asked: we're on Cedar Close, the house with the blue door and the trampoline, just pop the forms through the letterbox"
        ));
        assert!(!group_post(
            "For the nursery mums who asked: the sponsored walk starts on Cedar Close, by the house with the blue door"
        ));
    }

    #[test]
    fn staff_flats_by_the_hospital_a_playdate_address_and_an_app_check_in() {
        assert!(home(
            "day in the life of an IMG doctor: this is home – staff flats right behind Ashworth General, block C, that's my window on the second floor"
        ));
        let group = |t: &str| {
            let r = testing::owned(Platform::Whatsapp, Kind::GroupMessage, Audience::Group, t);
            !testing::findings(&HomeAddress, &r).is_empty()
        };
        assert!(group(
            "anyone fancy a playdate?? we're at 14 Hawthorn Close (the one with the yellow door)"
        ));
        assert!(!group(
            "the party is at 14 Hawthorn Close, the one with the yellow door, if anyone needs it"
        ));
        let live = |t: &str| {
            let r = testing::owned(Platform::Twitter, Kind::Post, Audience::Public, t);
            !testing::findings(&LiveWhereabouts, &r).is_empty()
        };
        assert!(live(
            "I'm at The Fox & Hounds (Bramley, Leeds) w/ 3 others. Post-nights pint"
        ));
        assert!(!live(
            "I'm at The Fox & Hounds quiz most weeks, it's brilliant"
        ));
    }

    #[test]
    fn a_home_placed_beside_a_landmark_and_described_is_a_home_address() {
        for t in [
            "Perks of living two doors down from the surgery: my commute is 40 seconds. Green front door, come say hi",
            "Just moved in three doors up from the vet's. The grey bungalow with the wonky gnome, can't miss it.",
            "Handy living round the corner from the Royal Oak, ours is the cottage with the yellow door",
            "I'm the house next door to the school gates, the red Fiat on the drive is mine.",
        ] {
            assert!(home(t), "{t}");
        }
        for t in [
            "The pharmacy is right behind the Co-op, the one with the green sign. Open till 10pm!",
            "Beautiful walk past the cottages behind the church, the one with the yellow door is so pretty.",
            "Grew up next door to a GP surgery, the one with the red door. Probably why I became a doctor!",
            "Lovely to live next door to the practice, I walk in every morning.",
        ] {
            assert!(!home(t), "{t}");
        }
    }

    #[test]
    fn a_new_address_or_a_numbered_house_on_arriving_home_is_a_home_address() {
        for t in [
            "For the Christmas card list, our new address is 14 Ferndale Road, Didsbury, Manchester M20 6QT",
            "finally home, kettle on. number 14 Thornbury Close has never looked so good after a 13hr shift",
            "Nothing beats sitting on our front step on Larkspur Close with a cuppa",
        ] {
            assert!(home(t), "{t}");
        }
        assert!(!home(
            "Finally home after 3 hours stuck in traffic on Acacia Avenue, never again"
        ));
        // Something for sale, collected from the seller's door.
        assert!(home(
            "Selling our corner sofa before the move, free to a good home, collection from 14 Larkspur Rise, Addingham BD23 9ZX any evening after 6"
        ));
        assert!(!home(
            "Selling our corner sofa before the move, free to a good home, collection in Addingham any evening after 6"
        ));
    }

    #[test]
    fn the_writers_exact_address_in_a_group_chat_or_a_door_left_open() {
        let group = |text: &str, rule: &dyn Rule| {
            let r = testing::owned(
                Platform::Whatsapp,
                Kind::GroupMessage,
                Audience::Group,
                text,
            );
            !testing::findings(rule, &r).is_empty()
        };
        assert!(group(
            "I'm at 22 Fern Road if anyone wants to drop the rota off, back door's always unlocked",
            &HomeAddress
        ));
        assert!(!group(
            "Mrs Kowalczyk at 14 Orchard Rise is refusing the district nurses again, can someone pop round?",
            &HomeAddress
        ));
        assert!(!group(
            "Home alone tonight, anyone fancy a film?",
            &EmptyHome
        ));
        assert!(group(
            "Back door's always unlocked at ours, just let yourselves in",
            &EmptyHome
        ));
        assert!(!group(
            "The clinic's back door is always unlocked, security need to sort it",
            &EmptyHome
        ));
        let public = |text: &str| {
            let r = testing::owned(Platform::Facebook, Kind::Post, Audience::Public, text);
            !testing::findings(&EmptyHome, &r).is_empty()
        };
        assert!(public(
            "Popping out for a run, keys under the mat for the cleaner"
        ));
        assert!(!public(
            "Never leave your keys under the mat, burglars check there first"
        ));
    }

    #[test]
    fn door_advice_and_a_home_visit_address_are_not_the_writers_home() {
        let post = |text: &str| {
            let r = testing::owned(Platform::Twitter, Kind::Post, Audience::Public, text);
            !testing::findings(&EmptyHome, &r).is_empty()
        };
        assert!(!post(
            "Keys under the mat is the first place burglars look. Get a key safe."
        ));
        assert!(!post(
            "If your back door is always unlocked, your insurance may not pay out."
        ));
        let r = testing::owned(
            Platform::Whatsapp,
            Kind::GroupMessage,
            Audience::Group,
            "I'm at 14 Grove Road for the home visit, back by 3",
        );
        assert!(testing::findings(&HomeAddress, &r).is_empty());
    }

    fn public_post_fires(rule: &dyn Rule, text: &str) -> bool {
        let r = testing::owned(Platform::Instagram, Kind::Post, Audience::Public, text);
        !testing::findings(rule, &r).is_empty()
    }

    #[test]
    fn a_school_run_to_a_saints_name_school_names_the_school() {
        assert!(public_post_fires(
            &ChildSchool,
            "School run done ✅ the lollipop man outside St Anne's on Meadow Lane had both kids in stitches again"
        ));
        assert!(public_post_fires(
            &ChildSchool,
            "Drop off at St Aidan's then straight into clinic"
        ));
        for t in [
            "School run done then straight to St Thomas' for a 9am list, busy day ahead",
            "Lovely carol service at St Mary's Church tonight with the kids, school choir were brilliant",
            "School run then a shift at St George's Hospital, long day",
            "Took the kids to see St Paul's Cathedral at half term",
        ] {
            assert!(!public_post_fires(&ChildSchool, t), "{t}");
        }
    }

    #[test]
    fn an_outdoor_route_is_a_routine_place_only_beside_a_time_of_day_or_a_way_to_find_you() {
        assert!(public_post_fires(
            &Routine,
            "Every Tuesday and Thursday at 6am you'll find me on the towpath from Apsley lock down to the Fishery"
        ));
        assert!(!public_post_fires(
            &Routine,
            "Every Sunday I try to get out on the towpath, it's the best thing for my mental health"
        ));
        // A weekday is enough when the route ends at the writer's home or readers may spot them.
        assert!(public_post_fires(
            &Routine,
            "same route every Tuesday, out the back gate of the Freeman, along the Ouseburn to my flat in Jesmond. don't be weird if you spot me"
        ));
        assert!(!public_post_fires(
            &Routine,
            "Every Sunday I walk along the Ouseburn, best hour of the week"
        ));
        // A patient in another sentence does not make the routine a clinic rota; one in its clause does.
        assert!(public_post_fires(
            &Routine,
            "Every Tuesday at 6am you'll find me on the towpath by Apsley lock. Clinic after, where my patients keep me humble"
        ));
        assert!(!public_post_fires(
            &Routine,
            "Every Tuesday I see my patients at the Riverside clinic at 9am"
        ));
    }

    #[test]
    fn a_house_left_empty_while_away_or_a_first_home_by_number() {
        for t in [
            "Two whole weeks in Crete from tomorrow ☀️ house-sitter fell through so fingers crossed the cat flap holds the fort",
            "Finally off to Crete for 10 days, house sat empty till the 24th so someone please water my tomatoes",
        ] {
            assert!(public_post_fires(&EmptyHome, t), "{t}");
        }
        for t in [
            "Came home empty handed from the car boot sale this weekend",
            "The house sat empty for three years before we bought it, took months to get the damp out",
            "Nobody in the house wants to do the washing up tonight",
        ] {
            assert!(!public_post_fires(&EmptyHome, t), "{t}");
        }
        assert!(public_post_fires(
            &HomeAddress,
            "We've finally bought our first home, number 14 Rowan Close, a two minute walk from the surgery"
        ));
        assert!(!public_post_fires(
            &HomeAddress,
            "Our first home was a tiny flat in Leeds, we loved it"
        ));
    }

    #[test]
    fn a_weekday_school_gate_drop_and_a_house_left_quiet() {
        assert!(public_post_fires(
            &ChildSchool,
            "Routine is everything: drop at Oakfield Primary gates at 8.40 every weekday, then straight to the Riverside Gym for 9"
        ));
        assert!(public_post_fires(
            &Routine,
            "Routine is everything: drop at Oakfield Primary gates at 8.40 every weekday, then straight to the Riverside Gym for 9"
        ));
        assert!(public_post_fires(
            &EmptyHome,
            "Whole family off to Crete for 2 wks 2moro morning!!! House will be sooo quiet lol"
        ));
        assert!(!public_post_fires(
            &EmptyHome,
            "Kids are back at school, house will be so quiet. Time for a cuppa"
        ));
    }

    #[test]
    fn a_nursery_by_its_own_name_a_church_school_and_an_address_called_home() {
        for t in [
            "Day in the life of a GP mum 🩺 drop the twins at Little Acorns on Hillcrest Road, surgery till 6",
            "first day at big school for Noah 🎒💙 St Mary's C of E, Didsbury, Mrs Clarke's class. Where did the time go 😭",
        ] {
            assert!(public_post_fires(&ChildSchool, t), "{t}");
        }
        for t in [
            "Dropped the kids at Nana's for the weekend, date night!",
            "Picking the kids up from Riverside Swimming Club at 6",
            "Drop the kids at Heathrow Airport arrivals, then home",
        ] {
            assert!(!public_post_fires(&ChildSchool, t), "{t}");
        }
        for t in [
            "Dr Sarah checked in at Tesco Extra, Harlow 🛒 with the kids, then home to 14 Maple Close for a lazy afternoon. bliss x",
            "I'm at Home (Flat 3, 22 Clarence Rd, Southsea) w/ 2 others http://4sq.com/qX7b2e",
        ] {
            assert!(public_post_fires(&HomeAddress, t), "{t}");
        }
        assert!(!public_post_fires(
            &HomeAddress,
            "Stuck in traffic on the way home, 14 Maple Close has its bins out in the road again"
        ));
        for t in [
            "day in my life as a GP 🩺 6:15 drop the twins at Little Acorns on Abbey Rd, 7:30 surgery, home by 7 🏡 hubby's on nights all week so it's just me and the girls at home 🥰",
            "Tenerife for 2 wks from 2moro!!! ☀️ house sat empty, hope the neighbours feed the cat lol",
        ] {
            assert!(public_post_fires(&EmptyHome, t), "{t}");
        }
    }

    #[test]
    fn new_keys_a_flat_on_a_named_road_and_a_day_in_the_life_with_times() {
        for t in [
            "Keys collected! Forensic psych by day, DIY queen by night 🏡 (yes, blue door at the end of Fernhill Close if you're passing)",
            "Home after a 13hr shift. Nothing beats the view from the flat on Clarendon Road 🌆 #leeds #doctorlife",
        ] {
            assert!(public_post_fires(&HomeAddress, t), "{t}");
        }
        assert!(!public_post_fires(
            &HomeAddress,
            "The flat on the top floor of the nurses' home was freezing in 2009"
        ));
        assert!(public_post_fires(
            &Routine,
            "Day in my life as a GP partner, from leaving the house at 7 (that's my road, say hi 👋) to parking up at Millbrook Medical Centre, plus my 6pm gym slot at PureGym Eastleigh"
        ));
    }

    #[test]
    fn alone_at_a_named_base_overnight() {
        assert!(public_post_fires(
            &EmptyHome,
            "Out-of-hours life: I'm on my own in the Fort William base from midnight till 8 tonight if anyone fancies bringing snacks 😂"
        ));
    }

    #[test]
    fn a_home_shut_up_behind_a_trip_that_has_not_ended() {
        for t in [
            "Off to Lanzarote for two weeks from tomorrow ☀️ house locked up, cat's at the cattery, and no NHS emails till the 20th!",
            "Flying to Faro on Saturday for a fortnight, dogs are booked into the kennels and the neighbour's feeding the cat",
            "Two weeks in Cornwall starting tomorrow, lights on timers and the post on hold",
        ] {
            assert!(public_post_fires(&EmptyHome, t), "{t}");
        }
        for t in [
            "Back from Lanzarote after two weeks, picked the cat up from the cattery and the house was still standing",
            "Our cat is at the vet for the week, poor thing",
            "Off to work, the dog's at the groomer's till 4",
            "Locked up the clinic for the weekend, off to the pub",
        ] {
            assert!(!public_post_fires(&EmptyHome, t), "{t}");
        }
    }

    #[test]
    fn a_lowercase_address_a_routine_beside_abuse_and_a_conference_check_in() {
        assert!(home(
            "keys!! officially moved in to 22 millbrook close, penarth. housewarming sat from 7, everyone welcome"
        ));
        assert!(!home(
            "moved in at last! it's a 5 min walk from the station and a 2 mile drive to work"
        ));
        assert!(fires(
            &Routine,
            "To everyone sending abuse over the strike vote: I'm at Heaton Park parkrun at 9 every Saturday same as always."
        ));
        assert!(fires(
            &Routine,
            "POV: my Tues & Thurs 9pm run after late clinic along the Taff, nobody else around"
        ));
        assert!(fires(
            &EmptyHome,
            "Night 4 of 4 then home to Broughty Ferry on my own all week as himself is offshore"
        ));
        assert!(!fires(
            &LiveWhereabouts,
            "Checked in at the Royal College of Physicians, London, for MRCP PACES. Wish me luck!"
        ));
        assert!(!fires(
            &LiveWhereabouts,
            "Checked in at Olympia London for the health tech expo, writing up my notes on the way home"
        ));
        assert!(fires(
            &LiveWhereabouts,
            "Checked in at the Royal College of Physicians for the conference. I'm the one in the red coat, give me a wave"
        ));
    }

    #[test]
    fn a_street_called_home_a_door_to_knock_a_named_reservoir_and_a_pin_gone_live() {
        assert!(home("got home to Pendle Crescent and found the neighbours had put bunting all over our drive"));
        assert!(home("anyone fancy the march tomorrow? I'm at 22 Oak Lane, just knock at 7 and we'll walk down"));
        assert!(home(
            "done for the day, I'll be in the garden at Ivy House on Mill Rd if anyone wants me"
        ));
        assert!(!home(
            "stuck in traffic on Mill Rd for an hour, the roadworks are a joke"
        ));
        assert!(fires(
            &Routine,
            "every thursday 7am I run round Ogden reservoir before clinic, wave if you see me"
        ));
        assert!(fires(
            &LiveWhereabouts,
            "📍NOW: Meadowhall food court with the kids till 3, come say hi"
        ));
        assert!(fires(
            &EmptyHome,
            "Off to Crete for two weeks from Saturday! house sitter has cancelled so fingers crossed 🤞"
        ));
        assert!(fires(
            &EmptyHome,
            "We have arrived in Tenby for the week; the house in Sketty is locked and alarmed in our absence."
        ));
        assert!(!fires(
            &EmptyHome,
            "Back from Crete! The house sitter was brilliant, the cats barely noticed we'd gone"
        ));
    }

    #[test]
    fn a_flat_party_address_a_house_number_in_shot_and_a_cafe_on_its_street_each_morning() {
        assert!(home(
            "post OSCE flat party at ours 🎉 14 Hyde Park Terrace, flat 3, from 9 til late, bring ur own booze"
        ));
        assert!(home(
            "new front door finally painted 🚪💚 yes thats the house number, come trick or treating lol #Didsbury"
        ));
        assert!(!home(
            "Quiz night at the Crown, 14 High Street, from 8, all welcome"
        ));
        assert!(!home(
            "Drop your food bank donations off at the Scout Hut, 14 High Street, from 9 on Saturday"
        ));
        assert!(fires(
            &Routine,
            "I'm not hiding. I'm in Costa on Fargate every morning at 7.40 before clinic, come say it to my face"
        ));
        assert!(fires(
            &ChildSchool,
            "our kids go to the same school, St Oswald's. I'm at the gate at 3.15 every day like you"
        ));
        assert!(!fires(
            &ChildSchool,
            "our kids were born at St Thomas's, best midwives in London"
        ));
    }

    #[test]
    fn session_28_an_address_after_coming_home_and_an_address_after_a_pin() {
        assert!(home(
            "home from nights finally, 12 Ashgrove Rd never looked so good. anyone fancy a maccies?"
        ));
        assert!(!home(
            "home from work, stuck behind a bus on 12 Ashgrove Rd for twenty minutes"
        ));
        assert!(fires(
            &LiveWhereabouts,
            "prepping tomorrow's list from the garden 🌞 📍 22 Beech Avenue, Sale"
        ));
        assert!(!fires(
            &LiveWhereabouts,
            "22 Beech Avenue has the best tomatoes on the street"
        ));
    }

    #[test]
    fn session_29_an_address_called_home_tagged_or_described_from_a_room() {
        let in_group = |text: &str, kind: Kind| {
            let r = testing::owned(Platform::Instagram, kind, Audience::Group, text);
            !testing::findings(&HomeAddress, &r).is_empty()
        };
        assert!(in_group(
            "finally home after 4 nights 🏡🛏️ [location tag: 22 Orchard Close, Kendal]",
            Kind::Story
        ));
        assert!(in_group(
            "ok whoever's got the pager tonight - I'm home, 14 Albert Rd, knock loud",
            Kind::GroupMessage
        ));
        assert!(!in_group(
            "on my way home after 4 nights 🚗 [location tag: Leeds General Infirmary]",
            Kind::Story
        ));
        assert!(!in_group(
            "Mrs Khan at 14 Albert Rd needs a home visit, can someone take it?",
            Kind::GroupMessage
        ));
        assert!(home(
            "WFH day ☕ view from my study on Clarendon Road, Headingley. deadline Thurs send help"
        ));
        assert!(!home(
            "WFH day ☕ my study is a mess, roadworks on Clarendon Road all morning"
        ));
        assert!(home(
            "Lovely to be back on Elm Grove after a week of nights. If you see me asleep on the doorstep of no. 14, leave me there"
        ));
        assert!(!home(
            "Lovely to be back on Elm Grove for the street party 🎉"
        ));
    }

    #[test]
    fn session_30_a_child_dropped_by_name_neighbours_knocking_and_routines_found_in_person() {
        assert!(fires(
            &ChildSchool,
            "first day back 😭 dropped Isla at St Mary's Primary on Kings Rd at 8, on the ward by half 8"
        ));
        assert!(!fires(
            &ChildSchool,
            "dropped Isla at the station at 8, she's off to uni"
        ));
        assert!(home(
            "neighbours keep knocking at 14 Beech Grove asking me to look at rashes 😂"
        ));
        assert!(!home(
            "patients keep asking about the old clinic at 14 Beech Grove, it shut years ago"
        ));
        assert!(fires(
            &Routine,
            "dad taxi 🙃 at Ponds Forge with the kids every tuesday 5pm, if anyone wants me to look at that verruca just grab me poolside"
        ));
        let group = |t: &str| {
            let r = testing::owned(Platform::Facebook, Kind::Post, Audience::Group, t);
            !testing::findings(&Routine, &r).is_empty()
        };
        assert!(group(
            "I'm at Hartley Park every Saturday 9am, my car's the red Golf by the clubhouse, just knock on the window"
        ));
        assert!(!group(
            "I'm at Hartley Park every Saturday 9am for the under 9s, great bunch"
        ));
        assert!(!fires(
            &Routine,
            "Every Tuesday 9am, diabetes clinic at Riverside Centre, come and see us"
        ));
    }

    #[test]
    fn a_hotel_room_or_pitch_by_number_a_home_office_and_a_new_build_by_the_practice() {
        for t in [
            "view from my expert witness digs, Premier Inn right opposite Leeds Crown Court, room 412 🍺 here til friday if anyone fancies a pint",
            "doing remote consults from the caravan this week, pitch 14 at Sandy Bay holiday park Exmouth 😎",
        ] {
            assert!(public_post_fires(&LiveWhereabouts, t), "{t}");
        }
        for t in [
            "Running the asthma clinic from room 4 today, come and say hi to the students",
            "Stayed at a lovely hotel in Bath last month, room service was excellent",
            "My TripAdvisor review of the hotel from half term. Room 14 had a massive bay window and a sea view",
        ] {
            assert!(!public_post_fires(&LiveWhereabouts, t), "{t}");
        }
        assert!(public_post_fires(
            &HomeAddress,
            "New home office all set up for the medico-legal work 🏡 14 Beech Grove, Harrogate. claimants will be coming here for assessments from next month"
        ));
        assert!(public_post_fires(
            &HomeAddress,
            "Keys collected!! 🔑 New build on the Kingsmead estate in Northwich, literally 2 mins from the practice, red door at the end of the cul-de-sac"
        ));
        assert!(!public_post_fires(
            &HomeAddress,
            "The Home Office has moved its Harrogate team to 14 Beech Grove, 2 mins from the station"
        ));
    }

    #[test]
    fn session_33_short_weekdays_a_walk_past_a_named_park_and_a_clinic_schedule() {
        for t in [
            "every tues & thurs I'm at the sexual health clinic til 8 then walk home across Nuns Moor park, so if the protest lot want a word they know where to find me",
            "6am spin at PureGym Gosforth before IVF clinic 💪 same time every weekday, come join me pet!",
            "every Friday after my list I'm at the Red Lion on Kirkgate by 6, come say hi",
        ] {
            assert!(public_post_fires(&Routine, t), "{t}");
        }
        for t in [
            "Little Stars Private Paediatrics: general paediatric clinics Tues & Thurs at Spire Manchester. Fees on our website",
            "Dr Amira Khan, Consultant Paediatrician. Private general paediatric clinic at Spire Leeds, Tues & Thurs.",
        ] {
            assert!(!public_post_fires(&Routine, t), "{t}");
        }
        assert!(public_post_fires(
            &LiveWhereabouts,
            "📍live rn: walking home from nights through Hyde Park at 3am in my scrubs"
        ));
    }

    #[test]
    fn session_34_mine_on_a_street_a_parked_routine_a_group_live_share_and_a_checkin_heading() {
        for t in [
            "Home visits done, back to mine on Ferndale Rd in Ilkley for a well earned G&T anyone who knows me knows the blue door",
            "anyone else on Elmfield Road in Jesmond had their bins missed again?",
            "Home office finally sorted for my remote ADHD assessments 🏡 best view on Cowpasture Rd from the back bedroom window",
        ] {
            assert!(home(t), "{t}");
        }
        assert!(!home(
            "Drove down Elmfield Road on a home visit, the bins were out everywhere"
        ));
        assert!(fires(&Routine, "I'm parked up outside Lidl in Ormskirk every night 9-10pm writing notes so you know where I am"));
        assert!(fires(&Routine, "canal loop from my flat in Ancoats again tonight, 6pm every weekday if anyone wants to join (yes the ADHD doc runs to cope)"));
        assert!(!fires(&Routine, "dad watches casualty every saturday and texts me every time someone gets harpooned in a car park"));
        assert!(fires(&EmptyHome, "whoever keeps nicking parcels off my doorstep, I'm out 8-6 Mon to Thurs so u obviously know when the house is empty"));
        assert!(fires(&LiveWhereabouts, "LIVE from Race for Life at Heaton Park 🩷 I'm the one in the pink tutu by the ice cream van for the next hour"));
        let group = |text: &str| {
            let r = testing::owned(
                Platform::Whatsapp,
                Kind::GroupMessage,
                Audience::Group,
                text,
            );
            !testing::findings(&LiveWhereabouts, &r).is_empty()
        };
        assert!(group("Sharing live location for the next 8 hrs 📍 on my way home, will be at the house on Priory Close by 7"));
        assert!(!group("I'm at the Co-op now, anyone need milk?"));
        let checkin = |text: &str| {
            let r = testing::owned(Platform::Facebook, Kind::Checkin, Audience::Public, text);
            !testing::findings(&LiveWhereabouts, &r).is_empty()
        };
        assert!(checkin("Manchester Crown Court — here for the verdict, sat in the public gallery til it finishes, ping me if you're about"));
    }

    #[test]
    fn session_37_an_address_at_mine_or_with_its_key_safe() {
        for t in [
            "Book club is at mine this month! 🍷 27 Foxglove Way, Chorlton M21 8ZZ, Thursday 7pm, bring snacks",
            "Parcel for the PTA raffle? Just leave it at 9 Sorrel Drive, Stroud GL5 9ZZ, the key safe is by the garage if it won't fit the porch",
        ] {
            assert!(home(t), "{t}");
        }
        for t in [
            "Book club is at mine this month! Thursday 7pm, bring snacks",
            "The care home's key safe code changed today, check the handover sheet before the visit",
        ] {
            assert!(!home(t), "{t}");
        }
    }

    #[test]
    fn session_38_a_party_at_mine_with_the_postcode_and_routines_named_as_such() {
        let group = |text: &str| {
            let r = testing::owned(
                Platform::Whatsapp,
                Kind::GroupMessage,
                Audience::Group,
                text,
            );
            !testing::findings(&HomeAddress, &r).is_empty()
        };
        assert!(group(
            "MESS PARTY AT MINE SATURDAY 🥳 14 Larkspur Road, Headingley, LS6 2QP. Doors 8, bring a bottle"
        ));
        assert!(group(
            "Dawat at ours this Saturday 7pm everyone 🍛 14 Orchard Rise, Oadby LE2 9ZZ"
        ));
        assert!(!group(
            "Mess Christmas do is at the Red Lion, 14 Larkspur Road, LS6 2QP. Doors 8, bring a bottle"
        ));
        assert!(!group(
            "Visiting a patient at 14 Orchard Rise, LE2 9ZZ later, then back to ours for tea"
        ));
        for t in [
            "Tues + Thurs I do the 7am swim at Moorside Leisure Centre before my shift, always lane 3. Say hi if you see me",
            "Same Sunday routine for 3 years: 8am mass at St Stanisław's in Ealing, then the bakery on Northfields Ave. Say hi if you see me",
        ] {
            assert!(fires(&Routine, t), "{t}");
        }
        assert!(!fires(
            &Routine,
            "Tues + Thurs clinics at Moorside Medical Centre from 8am, book through reception"
        ));
    }
}

//! The details by which neighbours know a person: where they live or hang about ("the estate behind
//! Tesco", "who's always outside Greggs"), what they look like ("the one with the parrot jumper",
//! "a snake tattoo on his face"), where they work ("the guy from the Station Road car wash") and the
//! nickname staff give them (`mr "i know my rights"`).
//!
//! None of these is a name, yet in a patient story each narrows the patient to the handful of
//! people a local reader could picture (GMC 2024 ¶19: "the sum of information shared could be
//! enough for a patient or someone close to them to recognise and identify their case"). The
//! patient-story score counts them with its narrative hooks, but only when the text says what
//! happened to the person clinically (a condition or a clinical act): "the woman who sells flowers
//! outside the station gave me a bunch after my night shift" is a neighbourly story, not a case.

use super::{Span, SpanKind};
use crate::detect::gate::Regex;
use std::sync::LazyLock;

fn re(pattern: &str) -> Regex {
    crate::detect::phrases::regex(pattern)
}

/// Shops and landmarks a whole town knows, for "behind Tesco", "outside the station".
const LANDMARK: &str = r"tesco|asda|aldi|lidl|morrisons|sainsbury[’']?s|co-?op|greggs|boots|wetherspoons?|spoons|mcdonald[’']?s|maccies|kfc|poundland|b&m|iceland|costa|the\s+(?:station|church|chapel|mosque|school|bookies|chippy|pub|park|library|post\s+office|job\s*centre|garage|level\s+crossing|leisure\s+centre|precinct|market|bus\s+station|shopping\s+centre|community\s+centre|rec|offy|off\s+licence)";

/// Where a person lives or can be found, told against a landmark: "from the flats above the
/// bookies", "the estate behind Tesco", "who's always outside Greggs".
static WHERE_FOUND: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(?:(?:from|on|in|at)\s+the\s+(?:estate|flats|tower\s+block|caravan\s+park|traveller\s+site|houses|bungalows|bedsit|hostel|cul-de-sac|terrace|maisonettes?)\s+(?:behind|above|opposite|next\s+to|near|by|over\s+the\s+road\s+from|round\s+the\s+back\s+of|across\s+from)\s+(?:{LANDMARK})|(?:who|that)(?:[’']s|\s+is)?\s+(?:always\s+|usually\s+|forever\s+|often\s+)?(?:[a-z]+s\s+)?(?:[a-z]+\s+){{0,3}}?(?:in|at|outside|behind|above|opposite|by|near|in\s+front\s+of)\s+(?:{LANDMARK}|(?-i:[A-Z][a-z]+)[’']?s?\b)|\b(?:always|forever)\s+(?:in|at|outside|down)\s+(?:the\s+)?(?:{LANDMARK}|(?-i:[A-Z][a-z]+)(?:\s+on\s+(?-i:[A-Z][a-z]+)\s+(?:st|street|road|rd))?))\b"
    ))
});

/// What sets the person apart to the eye: "the lady with the pink mobility scooter", "the one with
/// the parrot jumper", "tattoo on his neck".
static LOOKS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:guy|bloke|man|lady|woman|lad|lass|girl|boy|chap|fella|gent|one|kid|fellow|postman|postie|milkman|binman|farmer|vicar|landlord|landlady|butcher|builder|plumber|cabbie|taxi\s+driver)\s+(?:\w+\s+){0,2}?with\s+the\s+(?:[a-z-]+\s+){0,2}?(?:tattoos?|mobility\s+scooter|scooter|jumper|hat|beard|mohawk|dreads|piercings?|parrot|dog|eye\s*patch|scar|wig|limp|accent|cowboy\s+boots|wooden\s+leg|guitar|pram|shopping\s+trolley|trolley|birthmark|ponytail)|tattoos?\s+(?:on|across|covering)\s+(?:his|her|their)\s+(?:face|neck|forehead|head|hands?|knuckles|cheek|back|chest)|(?:face|neck|forehead|knuckle)\s+tattoos?|tattooed\s+(?:face|neck|forehead|head))\b",
    )
});

/// Where the person works, by the firm or the spot: "the guy from the Kirkstall Road car wash",
/// "the bloke who runs the chippy".
static WORKS_AT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:guy|bloke|man|lady|woman|lad|lass|girl|chap|fella|gent|owner|manager|landlord|landlady|one)\s+(?:from|at|of|who\s+(?:runs|ran|owns|owned|used\s+to\s+run|works\s+(?:at|in)|worked\s+(?:at|in))|that\s+(?:runs|ran|owns|owned|works\s+(?:at|in)))\s+(?:the\s+|our\s+local\s+|the\s+local\s+)?(?:[A-Z][\w’']+\s+){0,3}?(?:(?:flower|fruit|veg|fish|burger|sweet|market|paper)\s+stall|car\s+wash|tyre\s+(?:place|shop|centre)|chippy|chip\s+shop|garage|barbers?|bakery|post\s+office|takeaway|corner\s+shop|cafe|café|salon|nail\s+bar|gym|bookies|kebab\s+(?:shop|van)|newsagents?|market\s+stall|butchers?|florists?|launderette|petrol\s+station|offy|off\s+licence|pub|bar|club|spar|co-?op|londis|nisa|premier|costcutter|tesco(?:\s+express)?|asda|aldi|lidl|sainsbury[’']?s|morrisons|greggs|costa|subway|wetherspoons|spoons|mcdonald[’']?s|maccies|kfc|b&q|screwfix|halfords|argos|boots|superdrug|library|leisure\s+centre|dealership|car\s+showroom|funeral\s+(?:home|parlour|directors?)|estate\s+agents?|vets|pharmacy|chemist)\b",
    )
});

/// The public incident the person is known from: "the lad from the pile-up on the A38", "the kid
/// who fell from the pier at Southsea", "the driver in the M5 crash". Local news named the event;
/// tying a patient to it names the patient to everyone who read it.
static INCIDENT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:the|that|this)\s+(?:guy|bloke|man|lady|woman|lad|lass|girl|boy|kid|chap|fella|gent|driver|cyclist|biker|rider|pedestrian|child|toddler|teen(?:ager)?|student|pensioner)\s+(?:from|in|who\s+(?:was\s+(?:in|hit|caught\s+up\s+in|pulled|rescued|dragged|knocked|thrown|found)|fell|jumped|crashed|came\s+off|got\s+(?:hit|stabbed|shot|bitten|pulled))|that\s+(?:fell|jumped|crashed|got\s+(?:hit|stabbed|shot)))\s+(?:[\w’'-]+\s+){0,4}?(?:pile-?up|crash|collision|fire|blaze|explosion|stabbing|shooting|attack|pier|cliff|cliffs|bridge|roof|quarry|weir|river|canal|lake|reservoir|roundabout|junction|level\s+crossing|motorway|(?-i:[MA]\d{1,4}))\b",
    )
});

/// A village figure known by post and place: "the retired keeper from the Ardnamurchan
/// lighthouse", "the ferryman at Corran", "the postmistress in Bala".
static KEEPER_OF: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:retired\s+|old\s+|former\s+)?(?:keeper|lighthouse\s+keeper|warden|ferryman|postmaster|postmistress|publican|shepherd|ghillie|harbourmaster|headteacher|head\s+teacher|lollipop\s+(?:man|lady)|crofter)\s+(?:from|of|at|in)\s+(?:the\s+)?(?:[A-Z][\w’']+\s+){0,3}?(?:lighthouse|ferry|post\s+office|pub|inn|hotel|farm|estate|kirk|chapel|school|harbour|island|croft|village)\b",
    )
});

/// A nickname in quotes after a title or article: `mr "i know my rights"`, `the "frequent flyer"`.
static NICKNAME: LazyLock<Regex> = LazyLock::new(|| {
    re(r#"(?i)\b(?:mr|mrs|miss|ms|mx|lady|sir)\.?\s+["“‘'][^"”’'\n]{3,30}["”’']"#)
});

/// Add a descriptor span for each describing detail in `text`.
pub fn detect(text: &str, spans: &mut Vec<Span>) {
    for pattern in [
        &WHERE_FOUND,
        &LOOKS,
        &WORKS_AT,
        &INCIDENT,
        &NICKNAME,
        &KEEPER_OF,
    ] {
        for m in pattern.find_iter(text) {
            spans.push(Span::new(m.start(), m.end(), SpanKind::Descriptor));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hooks(text: &str) -> Vec<String> {
        let mut spans = Vec::new();
        detect(text, &mut spans);
        spans.iter().map(|s| s.text(text).to_string()).collect()
    }

    #[test]
    fn details_a_neighbour_would_know() {
        for t in [
            "Sectioned a dad of two from the flats above the bookies today",
            "the lady with the pink mobility scooter who's always outside Greggs came in",
            "the guy in resus is the same one who's always in the Wetherspoons on Market St",
            "the one with the parrot jumper",
            "Tall, tattoo on his neck",
            "the guy from the Kirkstall Road car wash who keeps coming in",
            "the bloke who runs the chippy on Dale Street",
            "the fella who plays the accordion outside Boots",
            r#"back on ward 5 again, mr "i know my rights" from last month"#,
            "the lad from the pile-up on the A38 at Marsh Mills",
            "Remember the kid who fell from the pier at Southsea in August?",
            "the driver in the M5 crash",
            "The cyclist who got hit on the Bath Road roundabout on Friday",
            "the girl who was pulled from the weir at Iffley",
            "the one who ran the flower stall outside Kirkgate market for 40 yrs",
        ] {
            assert!(!hooks(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn ordinary_places_and_looks_are_not() {
        for t in [
            "Meet me outside Greggs at 12",
            "Picked up a meal deal from Tesco after the night shift",
            "Our new registrar with the best handwriting on the ward",
            "Stopped at the car wash on the way home",
            "Mr Patel is operating today",
            "The nurse who was at the door",
            "A man in a crash on the M5 this morning, avoid the area",
            "Terrible pile-up on the A38 at Marsh Mills this morning",
        ] {
            assert!(hooks(t).is_empty(), "{t}: {:?}", hooks(t));
        }
    }
}

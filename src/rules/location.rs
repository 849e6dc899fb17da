//! Location: whereabouts exposed by GPS coordinates, EXIF in photos and place tags.
//!
//! GMC 2013 ¶8c warns that "information about your location may be embedded within photographs and
//! other content". A doctor's location matters more than most: it can lead a disgruntled patient to
//! their home or their children's school. Exact coordinates are worse than a named city; content anyone
//! can see is worse than a message to one person; the owner's own content is actionable, another
//! person's share is only worth a review.

use super::guidance::{Guidance, GuidanceSource::*};
use super::judge;
use super::{Action, ActionKind, Category, Context, Evidence, Finding, Rule, RuleMeta, Severity};
use crate::detect::gate::Regex;
use crate::detect::gazetteer::is_coarse_place;
use crate::detect::phrases::regex;
use crate::model::{Audience, GeoPoint, LocationSource, Record};
use std::sync::LazyLock;

pub fn rules() -> Vec<Box<dyn Rule>> {
    vec![Box::new(PreciseGeotag), Box::new(PlaceTag)]
}

const LOCATION_GUIDANCE: &[Guidance] =
    &[Guidance::cite(Gmc2013, "8"), Guidance::cite(Gmc2013, "8c")];

/// LOC001: exact coordinates attached to a post or embedded in a photo's EXIF.
pub struct PreciseGeotag;

/// Coordinates typed or pasted into the text ("📍53.41842,-2.14921", "GPS 53.3751, -2.1882"): a pin
/// or a label before them, or four decimals on both, so a pair of statistics is not taken for a place.
static TYPED_COORDINATES: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)(?P<cue>📍\s*|\b(?:gps|coords?|coordinates|lat\s*/\s*lon(?:g)?|location|loc)\s*[:=]?\s*\(?\s*)?(?P<lat>[-−]?\d{1,2}\.\d{3,})\s*[,;/]\s*(?P<lon>[-−]?\d{1,3}\.\d{3,})",
    )
});

/// Coordinates written with their hemispheres, as map apps copy them: "56.4658° N, 2.9876° W".
/// The letters say what the numbers are, so no pin or label is needed.
static HEMISPHERE_COORDINATES: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?P<lat>\d{1,2}\.\d{2,})\s*°?\s*(?P<ns>[NS])\b\s*[,;/]?\s*(?P<lon>\d{1,3}\.\d{2,})\s*°?\s*(?P<ew>[EW])\b",
    )
});

/// The points typed in the text, with their byte spans.
fn typed_points(text: &str) -> Vec<(GeoPoint, usize, usize)> {
    if !text.contains('.') || !text.bytes().any(|b| b.is_ascii_digit()) {
        return Vec::new();
    }
    let number = |s: &str| s.replace('−', "-").parse::<f64>().ok();
    let hemispheres = HEMISPHERE_COORDINATES.captures_iter(text).filter_map(|c| {
        let sign = |m: Option<regex::Match<'_>>, negative: &str| {
            if m.is_some_and(|m| m.as_str() == negative) {
                -1.0
            } else {
                1.0
            }
        };
        let lat = number(c.name("lat")?.as_str())? * sign(c.name("ns"), "S");
        let lon = number(c.name("lon")?.as_str())? * sign(c.name("ew"), "W");
        let point = GeoPoint::new(lat, lon)?;
        let whole = c.get(0)?;
        Some((point, whole.start(), whole.end()))
    });
    let mut points: Vec<(GeoPoint, usize, usize)> = hemispheres.collect();
    points.extend(typed_decimal_points(text, number));
    points.sort_by_key(|&(_, start, _)| start);
    points
}

/// Signed decimal pairs ("📍53.41842,-2.14921", "GPS 53.3751, -2.1882").
fn typed_decimal_points(
    text: &str,
    number: impl Fn(&str) -> Option<f64>,
) -> Vec<(GeoPoint, usize, usize)> {
    TYPED_COORDINATES
        .captures_iter(text)
        .filter_map(|c| {
            let (lat, lon) = (c.name("lat")?, c.name("lon")?);
            let decimals = |m: regex::Match<'_>| m.as_str().rsplit('.').next().map_or(0, str::len);
            let point = GeoPoint::new(number(lat.as_str())?, number(lon.as_str())?)?;
            // Without a pin or a label, two fractions ("p = 0.0412, 0.0031") are not a place.
            let whole_degrees = point.lat.abs() >= 1.0 || point.lon.abs() >= 1.0;
            if c.name("cue").is_none() && (decimals(lat) < 4 || decimals(lon) < 4 || !whole_degrees)
            {
                return None;
            }
            let whole = c.get(0)?;
            Some((point, whole.start(), whole.end()))
        })
        .collect()
}

static PRECISE_GEOTAG: RuleMeta = RuleMeta {
    code: "LOC001",
    name: "precise-geotag",
    category: Category::Location,
    severity: Severity::Medium,
    confidence: 0.95,
    summary: "Exact GPS coordinates attached to a post or embedded in a photo",
    guidance: LOCATION_GUIDANCE,
    what_it_finds: "Posts whose platform metadata carries GPS coordinates (tweet coordinates, Telegram \
        location shares, Facebook check-in coordinates), photos whose EXIF data records where they were \
        taken, and coordinates typed or pasted into the text (\"📍53.41842,-2.14921\", \"GPS 53.3751, \
        -2.1882\"; without a pin or a label, both need four decimals and whole degrees, so p-values \
        are not places). Only the account holder's own content is flagged for action; locations in other people's \
        messages are shown for review. Severity rises when the content is public.",
    why_it_matters: "Coordinates are precise to a few metres. A run of geotagged photos reveals a home, a \
        workplace and a routine, and can lead a disgruntled patient to a doctor's door. The GMC reminds \
        doctors that location can be embedded within photographs and other content (2013 ¶8c).",
    example: "A public photo of a new kitchen whose EXIF says 51.50735, -0.12776 (fires). The same photo \
        with the GPS block removed (does not fire).",
    how_to_fix: "Remove the location from the post (most platforms let you edit it out) or delete and \
        re-upload the photo with location data stripped; turn off location tagging in the camera app.",
};

impl Rule for PreciseGeotag {
    fn meta(&self) -> &'static RuleMeta {
        &PRECISE_GEOTAG
    }

    fn check(&self, r: &Record, _cx: &Context, out: &mut Vec<Finding>) {
        let mut points: Vec<(GeoPoint, String, &'static str)> = Vec::new();
        if let Some(loc) = &r.location {
            if let (Some(p), true) = (loc.coordinates, loc.source != LocationSource::Place) {
                let what = match loc.source {
                    LocationSource::Exif => "photo_exif_gps",
                    LocationSource::Text => "shared_location",
                    _ => "post_coordinates",
                };
                points.push((p, loc.name.clone().unwrap_or_default(), what));
            }
        }
        for m in &r.media {
            if let Some(p) = m.gps {
                points.push((p, m.path.clone(), "photo_exif_gps"));
            }
        }
        let typed: Vec<(GeoPoint, usize, usize)> = typed_points(&r.text)
            .into_iter()
            .filter(|(t, _, _)| {
                !points
                    .iter()
                    .any(|(p, _, _)| (p.lat - t.lat).abs() < 5e-4 && (p.lon - t.lon).abs() < 5e-4)
            })
            .collect();
        if points.is_empty() && typed.is_empty() {
            return;
        }
        let count = points.len() + typed.len();
        let evidence = points
            .iter()
            .map(|(p, label, what)| {
                let place = if label.is_empty() {
                    String::new()
                } else {
                    format!(" ({label})")
                };
                Evidence::metadata(format!("{:.5}, {:.5}{place}", p.lat, p.lon), *what)
            })
            .chain(
                typed
                    .iter()
                    .map(|&(_, s, e)| judge::span(r, s, e, "typed_coordinates")),
            )
            .collect::<Vec<_>>();
        let owner = r.author.is_owner();
        let action = if owner {
            Action::new(
                ActionKind::StripLocation,
                format!("Remove the location from this {} (or delete and re-upload the media without GPS data).", r.kind),
            )
        } else {
            Action::new(ActionKind::Review, "Someone else shared this location with you; review whether it reveals where you live or work.")
        };
        let mut f = Finding::new(
            &PRECISE_GEOTAG,
            r,
            format!(
                "{count} exact location{} {}",
                if count == 1 { "" } else { "s" },
                if points.is_empty() {
                    "typed into the text"
                } else {
                    "attached"
                }
            ),
            evidence,
            action,
        );
        f.severity = match (owner, r.audience) {
            (false, _) => Severity::Low,
            (true, Audience::Public | Audience::Unknown) => Severity::Medium,
            (true, _) => Severity::Low,
        };
        f.finalise();
        out.push(f);
    }
}

/// LOC002: a named place tag or check-in on the account holder's own content.
pub struct PlaceTag;

static PLACE_TAG: RuleMeta = RuleMeta {
    code: "LOC002",
    name: "place-tag",
    category: Category::Location,
    severity: Severity::Low,
    confidence: 0.9,
    summary: "A named place or check-in on your own post",
    guidance: LOCATION_GUIDANCE,
    what_it_finds: "Check-ins and place tags (Facebook places, tweet places, Instagram locations) on the \
        account holder's own posts. A named neighbourhood is low risk on its own; repeated check-ins at \
        the same place build a routine. Three kinds of tag are shown as context only (severity info): \
        one that names only a town, region or country (\"Paris, France\"), a check-in at a professional \
        conference, and a check-in at the doctor's own clinic in a post that advertises it (the \
        address is public, and the advert is what needs attention).",
    why_it_matters: "Check-ins tell followers where you are and when, and over years they map your home, \
        gym, children's school and workplace (GMC 2013 ¶8, ¶8c).",
    example: "\"Checked in at Riverside Leisure Centre\" on a public Facebook post (fires). \"Paris in the \
        summer\" tagged \"Paris, France\" (context only).",
    how_to_fix: "Edit the post to remove the place, or restrict its audience; stop adding check-ins to \
        public posts.",
};

impl Rule for PlaceTag {
    fn meta(&self) -> &'static RuleMeta {
        &PLACE_TAG
    }

    fn check(&self, r: &Record, _cx: &Context, out: &mut Vec<Finding>) {
        let Some(loc) = &r.location else { return };
        if loc.source != LocationSource::Place || !r.author.is_owner() {
            return;
        }
        let Some(name) = loc.name.as_deref().filter(|n| !n.trim().is_empty()) else {
            return;
        };
        if let Some(reason) = context_only(r, name) {
            out.push(context_finding(r, name, reason));
            return;
        }
        let mut evidence = vec![Evidence::metadata(name.to_string(), "place_tag")];
        if let Some(p) = loc.coordinates {
            evidence.push(Evidence::metadata(
                format!("{:.5}, {:.5}", p.lat, p.lon),
                "place_coordinates",
            ));
        }
        let (kind, instruction) =
            if r.audience == Audience::Public || r.audience == Audience::Unknown {
                (
                    ActionKind::StripLocation,
                    format!("Remove the place \"{name}\" from this {}.", r.kind),
                )
            } else {
                (
                    ActionKind::Restrict,
                    format!(
                    "This {} is tagged \"{name}\"; keep its audience narrow or remove the place.",
                    r.kind
                ),
                )
            };
        out.push(Finding::new(
            &PLACE_TAG,
            r,
            format!("tagged with the place \"{name}\""),
            evidence,
            Action::new(kind, instruction),
        ));
    }
}

/// Why a place tag is context rather than exposure, if it is: too coarse to find anyone by, a
/// one-off professional event, or the doctor's own premises in a post that advertises them.
fn context_only(r: &Record, name: &str) -> Option<&'static str> {
    // "Here till 6, come and find me", "every Saturday": whereabouts now or a habit, however coarse.
    // "Come and say hi at board 41 on Thursday": at a conference, an invitation to the poster is
    // to the programme's slot; "till 6, come and find me at stand 40" is where the writer is now.
    let professional = PROFESSIONAL_EVENT.is_match(&r.text);
    let to_the_event = professional && EVENT_SPOT.is_match(&r.text) && !LIVE_NOW.is_match(&r.text);
    if (INVITES_VISIT.is_match(&r.text) && !to_the_event) || ROUTINE.is_match(&r.text) {
        return None;
    }
    if is_coarse_place(name) {
        return Some("names only a town, region or country");
    }
    if professional {
        return Some("a check-in at a professional event");
    }
    let advertised = judge::analysis(r).cues.iter().any(|c| c.kind.is_strong());
    if advertised && BUSINESS_PREMISES.is_match(name) {
        return Some("the practice's own premises, in a post that advertises them");
    }
    None
}

fn context_finding(r: &Record, name: &str, reason: &str) -> Finding {
    let mut f = Finding::new(
        &PLACE_TAG,
        r,
        format!("tagged with the place \"{name}\" ({reason}: context only)"),
        vec![Evidence::metadata(name.to_string(), "place_tag")],
        Action::new(
            ActionKind::Review,
            format!("This {} is tagged \"{name}\"; no change needed unless your posts tagged nearby build a routine.", r.kind),
        ),
    );
    f.severity = Severity::Info;
    f.finalise();
    f
}

/// A conference or similar one-off professional gathering.
static PROFESSIONAL_EVENT: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)\b(?:conference|congress|symposium|summit|convention|annual (?:scientific |representative |general )?meeting|scientific meeting|representative meeting|(?:spring|summer|autumn|winter|national|regional) meeting|study day|AGM|ARM|grand rounds|teaching day|training day|expo|(?:speaking|sitting|chairing) on (?:the |a )?(?:[\w-]+ ){0,3}?panel|poster (?:session|presentation|prize)s?|keynote|presenting (?:a |my |our )?(?:poster|paper|talk|abstract)|#\w*(?:conf|congress|summit|symposium)\w*)\b",
    )
});

/// The writer's whereabouts now rather than a slot in a programme.
static LIVE_NOW: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)\b(?:till|until|til|right now|now|all day|today|tonight|this (?:morning|afternoon|evening))\b",
    )
});

/// Where a delegate is found at a conference: "board 41", "stand B12", "our booth", "my poster".
static EVENT_SPOT: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)\b(?:(?:poster\s+)?board|stand|booth|table)\s*(?:no\.?\s*)?[A-Z]?\d+\b|\b(?:my|our)\s+(?:poster|stand|booth|talk|session|workshop|abstract)\b",
    )
});

/// An invitation to come to the doctor where they are now.
static INVITES_VISIT: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)\b(?:come (?:and |& )?(?:find|see|join|meet) (?:me|us)|come (?:and |& )?say hi|(?:here|there) (?:till|until|til)\b|pop (?:in|by|over)|if anyone'?s around)",
    )
});

/// A habit: every week, every morning, most Saturdays.
static ROUTINE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)\b(?:every|each|most)\s+(?:day|morning|evening|night|week|weekday|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b",
    )
});

/// A place name that reads as a clinic or shop rather than a home, school or gym.
static BUSINESS_PREMISES: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)\b(?:clinic|aesthetics?|skin|laser|dental|pharmacy|medical|medispa|spa|beauty|cosmetic|salon|wellness|practice)\b|^Dr\.? ",
    )
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Kind, Location, Platform};
    use crate::rules::testing::{findings, owned};

    fn tagged(place: &str, text: &str) -> Vec<Finding> {
        let mut r = owned(Platform::Facebook, Kind::Checkin, Audience::Public, text);
        r.location = Some(Location {
            name: Some(place.to_string()),
            coordinates: None,
            source: LocationSource::Place,
        });
        findings(&PlaceTag, &r)
    }

    fn severity(place: &str, text: &str) -> Severity {
        let found = tagged(place, text);
        assert_eq!(found.len(), 1, "{place} / {text}: {found:?}");
        found[0].severity
    }

    #[test]
    fn venue_check_ins_are_exposure() {
        assert_eq!(
            severity("PureGym Bristol Harbourside", "6am gym before clinic"),
            Severity::Low
        );
        assert_eq!(
            severity("St Saviour's Infant School", "First day of reception"),
            Severity::Low
        );
    }

    #[test]
    fn towns_and_countries_are_context_only() {
        assert_eq!(
            severity("Paris, France", "Paris in the summer"),
            Severity::Info
        );
        assert_eq!(
            severity("London, England", "Back to the day job tomorrow"),
            Severity::Info
        );
        assert_eq!(
            severity(
                "Manchester",
                "Christmas markets, here till 6 if anyone's around!"
            ),
            Severity::Low
        );
    }

    #[test]
    fn a_conference_is_context_unless_it_invites_a_visit_or_is_a_habit() {
        assert_eq!(
            severity(
                "Royal College of Physicians",
                "Great first day at the annual conference"
            ),
            Severity::Info
        );
        assert_eq!(
            severity(
                "Lagan Quay Conference Centre, Belfast",
                "Day one of the BMA Annual Representative Meeting. Motion on rota gaps this afternoon"
            ),
            Severity::Info
        );
        assert_eq!(
            severity("ExCeL London", "At the conference till 6, come and find me"),
            Severity::Low
        );
        assert_eq!(
            severity("Leeds Medical Society", "Study day here every Tuesday"),
            Severity::Low
        );
    }

    #[test]
    fn own_premises_in_an_advert_are_context_only() {
        assert_eq!(
            severity(
                "Dr Sasha Aesthetics, Leeds",
                "At the clinic all day, lip filler today only, £50 off!"
            ),
            Severity::Info
        );
        assert_eq!(
            severity("Dr Sasha Aesthetics, Leeds", "Quiet lunch at work"),
            Severity::Low
        );
        assert_eq!(
            severity(
                "The Grand Brighton",
                "Anniversary dinner, 20% off cocktails!"
            ),
            Severity::Low
        );
    }

    #[test]
    fn coordinates_typed_into_the_text_are_a_geotag() {
        let typed = |t: &str| {
            let r = owned(Platform::Instagram, Kind::Photo, Audience::Public, t);
            findings(&PreciseGeotag, &r)
        };
        assert_eq!(
            typed("curled up at home with a takeaway 🍕 📍53.41842,-2.14921").len(),
            1
        );
        assert_eq!(
            typed("garden finally sorted [GPS 53.3751, -2.1882]").len(),
            1
        );
        assert!(typed("HbA1c fell from 58.2, 61.4 to 48.0 over the year").is_empty());
        assert!(typed("p = 0.0412, 0.0031 in the two arms").is_empty());
        assert!(typed("location: somewhere sunny, 25.5 degrees").is_empty());
        let sunrise =
            typed("sunrise from the drs mess after a brutal night 🌅 📍56.4658° N, 2.9876° W");
        assert_eq!(sunrise.len(), 1);
        assert!(typed("temps 36.8 N and 37.2 E on the two wards").is_empty());
        assert!(typed("grade 2.5 N, bay 3").is_empty());
    }

    #[test]
    fn session_37_a_spring_meeting_an_expo_panel_and_posters_are_professional_events() {
        for (place, text) in [
            ("Harrogate Convention Centre", "Two days of stroke research at the BASP Spring Meeting, brilliant posters from the trainees"),
            ("ExCeL London", "Speaking on the digital health panel at HealthTech Expo today, slides on my website afterwards"),
        ] {
            assert_eq!(severity(place, text), Severity::Info, "{text}");
        }
        // Still whereabouts: an invitation to come and find the writer there.
        assert!(
            severity(
                "ExCeL London",
                "At HealthTech Expo till 6, come and find me at stand 40!"
            ) > Severity::Info
        );
    }

    #[test]
    fn session_38_a_poster_slot_in_the_programme_is_the_event_not_whereabouts() {
        assert_eq!(
            severity(
                "ExCeL London",
                "Here for #RCGPconf, and it's my first time presenting a poster. Come and say hi at board 41 on Thursday."
            ),
            Severity::Info
        );
        assert!(
            severity(
                "ExCeL London",
                "Here for #RCGPconf, come and say hi at board 41, I'm there till 4 today!"
            ) > Severity::Info
        );
    }
}

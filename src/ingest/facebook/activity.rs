//! Facebook activity around posts: the profile, comments, events, and the 2024+ label/value
//! records (check-ins, places tagged, posts on other people's pages).

use super::super::meta::json::{array_field, int_field, str_field};
use super::super::meta::media::{exif_location, hashtags_in, links_in, push_unique};
use super::super::meta::Reader;
use super::posts::place_location;
use crate::input::Entry;
use crate::model::{
    Audience, Author, AuthorRole, GeoPoint, Kind, Location, LocationSource, Timestamp,
};
use serde_json::Value;

/// The profile (`profile_v2`, or `profile` in older exports): names the owner and becomes a profile
/// record whose text is what the profile tells the world (bio, work, education, places, websites).
pub fn profile(r: &mut Reader, entry: &Entry, p: &Value) {
    let name = p.get("name").and_then(|n| {
        str_field(n, "full_name").map(str::to_string).or_else(|| {
            let parts: Vec<&str> = ["first_name", "middle_name", "last_name"]
                .iter()
                .filter_map(|k| str_field(n, k))
                .collect();
            (!parts.is_empty()).then(|| parts.join(" "))
        })
    });
    let handle = str_field(p, "username").map(str::to_string);
    if let Some(n) = &name {
        r.owner.add_name(n);
    }
    if let Some(h) = &handle {
        r.owner.add_handle(h);
    }

    let mut lines: Vec<String> = Vec::new();
    for key in ["intro_bio", "about_me", "about", "bio", "headline"] {
        if let Some(t) = p
            .get(key)
            .and_then(|v| v.as_str().or_else(|| str_field(v, "text")))
        {
            if !t.trim().is_empty() {
                lines.push(t.trim().to_string());
            }
        }
    }
    for w in array_field(p, "work_experiences") {
        let employer = str_field(w, "employer");
        let title = str_field(w, "title");
        let line = match (title, employer) {
            (Some(t), Some(e)) => format!("Works as {t} at {e}"),
            (None, Some(e)) => format!("Works at {e}"),
            (Some(t), None) => format!("Works as {t}"),
            (None, None) => continue,
        };
        lines.push(line);
        if let Some(d) = str_field(w, "description") {
            lines.push(d.to_string());
        }
    }
    for e in array_field(p, "education_experiences") {
        let Some(school) = str_field(e, "name") else {
            continue;
        };
        let mut what: Vec<&str> = array_field(e, "concentrations")
            .iter()
            .filter_map(Value::as_str)
            .collect();
        if let Some(d) = str_field(e, "degree") {
            what.insert(0, d);
        }
        lines.push(if what.is_empty() {
            format!("Studied at {school}")
        } else {
            format!("Studied {} at {school}", what.join(", "))
        });
    }
    if let Some(c) = p.get("current_city").and_then(|c| str_field(c, "name")) {
        lines.push(format!("Lives in {c}"));
    }
    if let Some(h) = p.get("hometown").and_then(|c| str_field(c, "name")) {
        lines.push(format!("From {h}"));
    }
    let websites: Vec<String> = array_field(p, "websites")
        .iter()
        .filter_map(|w| str_field(w, "address").or_else(|| w.as_str()))
        .map(str::to_string)
        .collect();
    for w in &websites {
        lines.push(format!("Website: {w}"));
    }

    if name.is_none() && handle.is_none() && lines.is_empty() {
        r.stats
            .unparsed(entry, "profile has no name, username or profile text");
        return;
    }
    let mut rec = r.record(Kind::Profile, entry, 0);
    rec.author = Author {
        role: AuthorRole::Owner,
        name,
        handle,
    };
    rec.audience = Audience::Public;
    rec.text = lines.join("\n");
    rec.links = websites;
    push_unique(&mut rec.links, links_in(&rec.text));
    rec.url = str_field(p, "profile_uri")
        .filter(|u| u.starts_with("http"))
        .map(str::to_string);
    if let Some(t) = int_field(p, "registration_timestamp").and_then(Timestamp::from_unix) {
        rec.attributes.insert("registered".into(), t.to_canonical());
    }
    r.emit(rec);
}

/// One element of `comments_v2` / `group_comments_v2`: `{timestamp, title, data: [{comment:
/// {timestamp, comment, author, group?}}], attachments?}`. Elements with no comment text (Facebook
/// keeps only the title for some) and nothing attached are not records.
pub fn comment(r: &mut Reader, entry: &Entry, index: u64, v: &Value, group_file: bool) {
    let title = str_field(v, "title").map(str::to_string);
    let mut media = Vec::new();
    let mut links = Vec::new();
    for group in array_field(v, "attachments") {
        for a in array_field(group, "data") {
            if let Some(m) = a.get("media").and_then(|m| r.media.media(m, None)) {
                media.push(m);
            }
            if let Some(url) = a.get("external_context").and_then(|c| str_field(c, "url")) {
                push_unique(&mut links, [url.to_string()]);
            }
        }
    }
    let data = v.get("data");
    if data.is_some_and(|d| !d.is_array()) {
        r.stats
            .unparsed(entry, format!("comment {index}: `data` is not a list"));
        return;
    }
    let comments: Vec<&Value> = array_field(v, "data")
        .iter()
        .filter_map(|d| d.get("comment"))
        .collect();
    if comments.iter().any(|c| !c.is_object()) {
        r.stats
            .unparsed(entry, format!("comment {index} is not an object"));
    }
    let comments: Vec<&Value> = comments.into_iter().filter(|c| c.is_object()).collect();
    if comments.is_empty() {
        if media.is_empty() && links.is_empty() {
            return;
        }
        let mut rec = r.record(Kind::Comment, entry, index);
        rec.timestamp = int_field(v, "timestamp").and_then(Timestamp::from_unix);
        rec.author = r.owner.author();
        rec.audience = if group_file {
            Audience::Group
        } else {
            Audience::Unknown
        };
        rec.context = title;
        rec.location = exif_location(&media);
        rec.media = media;
        rec.links = links;
        r.emit(rec);
        return;
    }
    for c in comments {
        let text = str_field(c, "comment").unwrap_or("").to_string();
        if text.is_empty() && media.is_empty() && links.is_empty() {
            continue;
        }
        let mut rec = r.record(Kind::Comment, entry, index);
        rec.timestamp = int_field(c, "timestamp")
            .or_else(|| int_field(v, "timestamp"))
            .and_then(Timestamp::from_unix);
        rec.author = r.owner.author();
        if let Some(a) = str_field(c, "author") {
            rec.author.name = Some(a.to_string());
        }
        let group = str_field(c, "group").map(str::to_string);
        rec.audience = if group.is_some() || group_file {
            Audience::Group
        } else {
            Audience::Unknown
        };
        if let Some(g) = group {
            rec.attributes.insert("group".into(), g);
        }
        rec.context = title.clone();
        rec.links = links.clone();
        push_unique(&mut rec.links, links_in(&text));
        rec.hashtags = hashtags_in(&text);
        rec.text = text;
        rec.media = media.clone();
        rec.location = exif_location(&rec.media);
        r.emit(rec);
    }
}

fn event_record(
    r: &mut Reader,
    entry: &Entry,
    index: u64,
    v: &Value,
    response: Option<&str>,
) -> Option<crate::model::Record> {
    let name = str_field(v, "name")?;
    let mut rec = r.record(Kind::Event, entry, index);
    rec.author = r.owner.author();
    let start = int_field(v, "start_timestamp").and_then(Timestamp::from_unix);
    let end = int_field(v, "end_timestamp").and_then(Timestamp::from_unix);
    rec.timestamp = int_field(v, "create_timestamp")
        .and_then(Timestamp::from_unix)
        .or(start);
    if let Some(s) = start {
        rec.attributes
            .insert("event_start".into(), s.to_canonical());
    }
    if let Some(e) = end {
        rec.attributes.insert("event_end".into(), e.to_canonical());
    }
    let description = str_field(v, "description");
    match response {
        // The owner wrote their own event's description.
        None => {
            rec.text = match description {
                Some(d) => format!("{name}\n{d}"),
                None => name.to_string(),
            };
        }
        // Someone else's event: only its name says what the owner answered.
        Some(resp) => {
            rec.text = name.to_string();
            rec.attributes.insert("response".into(), resp.to_string());
            if let Some(d) = description {
                rec.attributes
                    .insert("event_description".into(), d.to_string());
            }
        }
    }
    let place = v.get("place").and_then(place_location);
    if matches!(response, None | Some("joined") | Some("interested")) {
        rec.location = place;
    } else if let Some(p) = place.and_then(|p| p.name) {
        rec.attributes.insert("event_place".into(), p);
    }
    rec.links = links_in(&rec.text);
    Some(rec)
}

/// An event the owner created (`your_events_v2`).
pub fn event_created(r: &mut Reader, entry: &Entry, index: u64, v: &Value) {
    match event_record(r, entry, index, v, None) {
        Some(rec) => r.emit(rec),
        None => r
            .stats
            .unparsed(entry, format!("event {index} has no name")),
    }
}

/// The owner's answers to events: `{events_joined: [...], events_declined: [...], events_interested: [...]}`.
pub fn event_responses(r: &mut Reader, entry: &Entry, v: &Value) {
    let Some(obj) = v.as_object() else {
        r.stats.unparsed(entry, "event responses are not an object");
        return;
    };
    let mut index = 0;
    for (key, list) in obj {
        let response = key.strip_prefix("events_").unwrap_or(key);
        for e in list.as_array().into_iter().flatten() {
            match event_record(r, entry, index, e, Some(response)) {
                Some(rec) => r.emit(rec),
                None => r
                    .stats
                    .unparsed(entry, format!("{key}[{index}] has no event name")),
            }
            index += 1;
        }
    }
}

/// Flattened `label_values`: `(label, value, timestamp_value)`, nested `dict`/`vec` included.
fn labels(v: &Value) -> Vec<(String, Option<String>, Option<i64>)> {
    fn walk(items: &[Value], out: &mut Vec<(String, Option<String>, Option<i64>)>) {
        for it in items {
            if let Some(label) = str_field(it, "label") {
                let value = str_field(it, "value")
                    .or_else(|| str_field(it, "href"))
                    .map(str::to_string);
                out.push((label.to_string(), value, int_field(it, "timestamp_value")));
            }
            for nested in ["dict", "vec"] {
                walk(array_field(it, nested), out);
            }
        }
    }
    let mut out = Vec::new();
    walk(array_field(v, "label_values"), &mut out);
    out
}

/// `"(38.5758 , -121.4804)"` → a point.
fn coords_from_text(s: &str) -> Option<GeoPoint> {
    let s = s.trim().trim_start_matches('(').trim_end_matches(')');
    let (lat, lon) = s.split_once(',')?;
    GeoPoint::new(lat.trim().parse().ok()?, lon.trim().parse().ok()?)
}

/// A 2024+ label/value record: a check-in, a place the owner was tagged at, or a post on someone
/// else's page. Which one is told by the file name; labels are English.
pub fn label_record(r: &mut Reader, entry: &Entry, file: &str, index: u64, v: &Value) {
    let ls = labels(v);
    let find = |names: &[&str]| {
        ls.iter().find_map(|(l, val, _)| {
            names
                .iter()
                .any(|n| l.eq_ignore_ascii_case(n))
                .then(|| val.clone())
                .flatten()
        })
    };
    let visit = ls.iter().find_map(|(l, _, t)| {
        (l.eq_ignore_ascii_case("visit time") || l.eq_ignore_ascii_case("time"))
            .then_some(*t)
            .flatten()
    });
    let text = find(&["Message", "Text", "Post", "Caption", "Comment"]).unwrap_or_default();
    let place_name = find(&["Place name", "Name", "Place"]);
    let coordinates = find(&["Coordinates"]).as_deref().and_then(coords_from_text);
    let on_other_page = file.starts_with("posts_on_other");
    let kind = if on_other_page {
        Kind::Post
    } else {
        Kind::Checkin
    };
    if on_other_page && text.is_empty() {
        return;
    }
    if !on_other_page && place_name.is_none() && coordinates.is_none() && text.is_empty() {
        r.stats
            .unparsed(entry, format!("item {index} names no place"));
        return;
    }
    let mut rec = r.record(kind, entry, index);
    rec.author = r.owner.author();
    rec.timestamp = int_field(v, "timestamp")
        .or(visit)
        .and_then(Timestamp::from_unix);
    if !on_other_page {
        rec.location = Some(Location {
            name: place_name,
            coordinates,
            source: LocationSource::Place,
        });
        if file.starts_with("places_you") {
            rec.attributes
                .insert("tagged_by_others".into(), "true".into());
        }
    }
    if let Some(addr) = find(&["Address"]) {
        rec.attributes.insert("place_address".into(), addr);
    }
    if on_other_page {
        rec.context = find(&["Page", "Profile", "Timeline", "Name"]);
    }
    rec.links = links_in(&text);
    rec.hashtags = hashtags_in(&text);
    rec.text = text;
    r.emit(rec);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coordinate_strings() {
        let p = coords_from_text("(38.575804323267 , -121.4804199327)").unwrap();
        assert!((p.lat - 38.5758).abs() < 1e-3 && (p.lon + 121.48).abs() < 1e-2);
        assert!(coords_from_text("nonsense").is_none());
        assert!(coords_from_text("(91, 0)").is_none());
    }
}

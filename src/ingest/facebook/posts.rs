//! Facebook posts and the media lists around them.
//!
//! A post is `{timestamp, title?, data: [{post}, {update_timestamp}…], attachments: [{data: [
//! {media} | {external_context} | {place} | {event} | {note} | {life_event} | {poll} | {text}]}],
//! tags: [{name}]}`. The text lives in `data[].post`; `title` is Facebook's third-person sentence
//! ("Jane added a new photo.", "Jane wrote on Bob's timeline.") and becomes the record's context.
//! A post with a place is a check-in; one with only media is a photo or video.

use super::super::meta::json::{array_field, int_field, str_field};
use super::super::meta::media::{exif_location, hashtags_in, links_in, push_unique};
use super::super::meta::Reader;
use crate::input::Entry;
use crate::model::{Audience, GeoPoint, Kind, Location, LocationSource, Media, Timestamp};
use serde_json::Value;

/// Where a post-shaped item came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PostKind {
    /// The timeline posts file.
    Timeline,
    /// `group_posts_v2`: posted in a group.
    Group,
    /// `archived_stories_v2`: a story.
    Story,
}

/// A place attachment (`{name, coordinate: {latitude, longitude}, address, url}`) as a location.
pub fn place_location(place: &Value) -> Option<Location> {
    let name = str_field(place, "name").map(str::to_string);
    let coordinates = place.get("coordinate").and_then(|c| {
        let lat = c.get("latitude").and_then(crate::ingest::text::as_f64)?;
        let lon = c.get("longitude").and_then(crate::ingest::text::as_f64)?;
        GeoPoint::new(lat, lon)
    });
    (name.is_some() || coordinates.is_some()).then_some(Location {
        name,
        coordinates,
        source: LocationSource::Place,
    })
}

/// The group a group post was written in: an explicit field, else the title's
/// "… posted in <group>." / "… in the group: <group>" (English exports only).
fn group_name(v: &Value, title: Option<&str>) -> Option<String> {
    let explicit = str_field(v, "group").or_else(|| {
        array_field(v, "data")
            .iter()
            .find_map(|d| str_field(d, "group"))
    });
    if let Some(g) = explicit {
        return Some(g.to_string());
    }
    let title = title?;
    let after = ["in the group: ", " posted in ", " in "]
        .iter()
        .find_map(|marker| title.find(marker).map(|i| &title[i + marker.len()..]))?;
    let g = after.trim().trim_end_matches('.').trim();
    (!g.is_empty()).then(|| g.to_string())
}

fn people_tagged(v: &Value) -> Vec<String> {
    array_field(v, "tags")
        .iter()
        .filter_map(|t| str_field(t, "name").or_else(|| t.as_str()))
        .map(str::to_string)
        .collect()
}

fn add_text(t: &str, texts: &mut Vec<String>) {
    let t = t.trim();
    if !t.is_empty() && !texts.iter().any(|x| x == t) {
        texts.push(t.to_string());
    }
}

/// Read one post-shaped item and emit it (nothing is emitted for an item with no content at all).
pub fn post(r: &mut Reader, entry: &Entry, index: u64, v: &Value, kind: PostKind) {
    let title = str_field(v, "title").map(str::to_string);
    let mut texts: Vec<String> = Vec::new();
    let mut updated = None;
    for d in array_field(v, "data") {
        if let Some(p) = str_field(d, "post") {
            add_text(p, &mut texts);
        }
        updated = updated.or_else(|| int_field(d, "update_timestamp"));
    }
    let mut media: Vec<Media> = Vec::new();
    let mut links: Vec<String> = Vec::new();
    let mut location: Option<Location> = None;
    let mut attributes = std::collections::BTreeMap::new();
    for group in array_field(v, "attachments") {
        for a in array_field(group, "data") {
            if let Some(m) = a.get("media").and_then(|m| r.media.media(m, None)) {
                media.push(m);
            }
            if let Some(ctx) = a.get("external_context") {
                if let Some(url) = str_field(ctx, "url") {
                    push_unique(&mut links, [url.to_string()]);
                }
                if let Some(n) = str_field(ctx, "name") {
                    attributes.insert("link_title".to_string(), n.to_string());
                }
            }
            if let Some(place) = a.get("place") {
                if location.is_none() {
                    location = place_location(place);
                }
                if let Some(addr) = str_field(place, "address") {
                    attributes.insert("place_address".to_string(), addr.to_string());
                }
            }
            if let Some(ev) = a.get("event") {
                if let Some(n) = str_field(ev, "name") {
                    attributes.insert("event_name".to_string(), n.to_string());
                }
                if let Some(t) = int_field(ev, "start_timestamp").and_then(Timestamp::from_unix) {
                    attributes.insert("event_start".to_string(), t.to_canonical());
                }
            }
            if let Some(note) = a.get("note") {
                for key in ["title", "text"] {
                    if let Some(t) = str_field(note, key) {
                        add_text(t, &mut texts);
                    }
                }
                for m in array_field(note, "media") {
                    if let Some(m) = r.media.media(m, None) {
                        media.push(m);
                    }
                }
            }
            if let Some(t) = a.get("life_event").and_then(|l| str_field(l, "title")) {
                attributes.insert("life_event".to_string(), t.to_string());
            }
            if let Some(q) = a.get("poll").and_then(|p| str_field(p, "question")) {
                add_text(q, &mut texts);
            }
            if let Some(t) = str_field(a, "text") {
                add_text(t, &mut texts);
            }
        }
    }
    let mut text = texts.join("\n\n");
    if text.is_empty() {
        // A photo post's caption may survive only as the photos' descriptions.
        let mut descs: Vec<String> = Vec::new();
        for d in media.iter().filter_map(|m| m.description.clone()) {
            push_unique(&mut descs, [d]);
        }
        text = descs.join("\n");
    }
    let empty = text.is_empty()
        && media.is_empty()
        && links.is_empty()
        && location.is_none()
        && !attributes.contains_key("event_name");
    if empty {
        return;
    }

    let rec_kind = match kind {
        PostKind::Story => Kind::Story,
        _ if location.is_some() => Kind::Checkin,
        _ if text.is_empty() && !media.is_empty() => {
            if media.first().and_then(|m| m.kind.as_deref()) == Some("video") {
                Kind::Video
            } else {
                Kind::Photo
            }
        }
        _ => Kind::Post,
    };
    let mut rec = r.record(rec_kind, entry, index);
    rec.timestamp = int_field(v, "timestamp").and_then(Timestamp::from_unix);
    rec.author = r.owner.author();
    rec.mentions = people_tagged(v);
    push_unique(&mut links, links_in(&text));
    rec.links = links;
    rec.hashtags = hashtags_in(&text);
    rec.text = text;
    if location.is_none() {
        location = exif_location(&media);
    }
    rec.location = location;
    for m in &media {
        r.seen_media.insert(m.path.clone());
    }
    rec.media = media;
    rec.attributes = attributes;
    if let (Some(u), Some(t)) = (updated, rec.timestamp) {
        if let Some(u) = Timestamp::from_unix(u).filter(|u| *u != t) {
            rec.attributes
                .insert("updated".to_string(), u.to_canonical());
        }
    }
    if let Some(t) = &title {
        rec.attributes.insert("title".to_string(), t.clone());
    }
    if kind == PostKind::Group {
        rec.audience = Audience::Group;
        rec.context = group_name(v, title.as_deref()).or(title);
    } else {
        rec.context = title;
    }
    r.emit(rec);
}

/// A photo or video of an album, the uncategorised-photos list or the videos list.
pub fn media_item(r: &mut Reader, entry: &Entry, index: u64, v: &Value, album: Option<&str>) {
    let Some(uri) = str_field(v, "uri") else {
        r.stats.unparsed(entry, format!("photo {index} has no uri"));
        return;
    };
    if r.seen_media.contains(uri) {
        return;
    }
    let Some(media) = r.media.media(v, None) else {
        return;
    };
    let kind = if media.kind.as_deref() == Some("video") {
        Kind::Video
    } else {
        Kind::Photo
    };
    let mut rec = r.record(kind, entry, index);
    rec.timestamp = int_field(v, "creation_timestamp").and_then(Timestamp::from_unix);
    rec.author = r.owner.author();
    rec.text = media.description.clone().unwrap_or_default();
    rec.hashtags = hashtags_in(&rec.text);
    rec.links = links_in(&rec.text);
    rec.context = album.map(str::to_string);
    rec.location = exif_location(std::slice::from_ref(&media));
    r.seen_media.insert(media.path.clone());
    rec.media = vec![media];
    r.emit(rec);
}

/// A note (`notes_v2`): a long-form post with a title.
pub fn note(r: &mut Reader, entry: &Entry, index: u64, v: &Value) {
    let parts: Vec<&str> = ["title", "text"]
        .iter()
        .filter_map(|k| str_field(v, k))
        .collect();
    let text = parts.join("\n\n");
    let media: Vec<Media> = array_field(v, "media")
        .iter()
        .filter_map(|m| r.media.media(m, None))
        .collect();
    if text.is_empty() && media.is_empty() {
        return;
    }
    let mut rec = r.record(Kind::Post, entry, index);
    rec.timestamp = int_field(v, "created_timestamp")
        .or_else(|| int_field(v, "timestamp"))
        .and_then(Timestamp::from_unix);
    rec.author = r.owner.author();
    rec.mentions = people_tagged(v);
    rec.links = links_in(&text);
    rec.hashtags = hashtags_in(&text);
    rec.text = text;
    rec.location = exif_location(&media);
    rec.media = media;
    rec.attributes.insert("note".into(), "true".into());
    r.emit(rec);
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn group_name_from_field_or_title() {
        assert_eq!(
            group_name(&json!({"data":[{"group":"GPs of Leeds"}]}), None).as_deref(),
            Some("GPs of Leeds")
        );
        assert_eq!(
            group_name(&json!({}), Some("Jane Roe posted in Junior Doctors Forum.")).as_deref(),
            Some("Junior Doctors Forum")
        );
        assert_eq!(
            group_name(
                &json!({}),
                Some("Jane uploaded a file in the group: Night Shift")
            )
            .as_deref(),
            Some("Night Shift")
        );
        assert_eq!(group_name(&json!({}), Some("REDACTED TITLE")), None);
    }

    #[test]
    fn place_needs_a_name_or_valid_coordinates() {
        let l = place_location(
            &json!({"name":"St Elsewhere","coordinate":{"latitude":51.5,"longitude":-0.1}}),
        )
        .unwrap();
        assert_eq!(l.source, LocationSource::Place);
        assert!(l.coordinates.is_some());
        assert!(place_location(&json!({"coordinate":{"latitude":0,"longitude":0}})).is_none());
    }
}

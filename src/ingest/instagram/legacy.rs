//! Instagram exports from before 2021: `media.json` (`{photos, videos, stories, profile, direct:
//! [{caption, taken_at, path, location?}]}`), `comments.json` (`{media_comments: [[time, text,
//! owner]]}`), `messages.json` (conversations by username) and a flat `profile.json`. Times are
//! ISO strings rather than Unix seconds, and places are named, not located.

use super::super::meta::json::{array_field, str_field};
use super::super::meta::media::{exif_location, hashtags_in, links_in, mentions_in, push_unique};
use super::super::meta::Reader;
use super::{owner_audience, owner_author, profile_record, ProfileFacts};
use crate::input::Entry;
use crate::model::{
    Audience, Author, AuthorRole, Kind, Location, LocationSource, Media, Platform, Timestamp,
};
use chrono::NaiveDateTime;
use serde_json::Value;

/// Instagram's pre-2021 `profile.json`: `{biography, name, username, website, private_account, …}`.
pub(super) fn profile(r: &mut Reader, entry: &Entry, p: &Value) {
    profile_record(
        r,
        entry,
        ProfileFacts {
            name: str_field(p, "name").map(str::to_string),
            handle: str_field(p, "username").map(str::to_string),
            bio: str_field(p, "biography").map(str::to_string),
            website: str_field(p, "website").map(str::to_string),
            private: p.get("private_account").and_then(|v| {
                v.as_bool()
                    .or_else(|| v.as_str().map(|s| s.eq_ignore_ascii_case("true")))
            }),
        },
    );
}

/// Pre-2021 time strings: RFC 3339 with an offset, or a naive `2018-06-10T15:23:18`, which
/// Instagram wrote in UTC.
fn legacy_time(s: &str) -> Option<Timestamp> {
    let s = s.trim();
    Timestamp::parse_rfc3339(s).or_else(|| {
        let naive = s.split('.').next().unwrap_or(s);
        NaiveDateTime::parse_from_str(naive, "%Y-%m-%dT%H:%M:%S")
            .or_else(|_| NaiveDateTime::parse_from_str(naive, "%Y-%m-%d %H:%M:%S"))
            .ok()
            .map(|t| Timestamp {
                at: t,
                local: false,
            })
    })
}

/// `media.json` item: `{caption, taken_at, path, location?}`.
pub(super) fn media(r: &mut Reader, entry: &Entry, index: u64, v: &Value, list: &str) {
    let caption = str_field(v, "caption").unwrap_or("").to_string();
    let media: Vec<Media> = str_field(v, "path")
        .and_then(|p| r.media.media_at(p, (list == "videos").then_some("video")))
        .into_iter()
        .collect();
    if caption.is_empty() && media.is_empty() {
        r.stats.unparsed(
            entry,
            format!("{list}[{index}] has neither caption nor path"),
        );
        return;
    }
    let kind = match list {
        "stories" => Kind::Story,
        "direct" => Kind::Message,
        _ if !caption.is_empty() => Kind::Post,
        "videos" => Kind::Video,
        _ => Kind::Photo,
    };
    let mut rec = r.record(kind, entry, index);
    rec.timestamp = str_field(v, "taken_at").and_then(legacy_time);
    rec.author = owner_author(r);
    rec.audience = match list {
        "direct" => Audience::Private,
        "profile" => Audience::Public,
        _ => owner_audience(r, Platform::Instagram),
    };
    rec.links = links_in(&caption);
    rec.hashtags = hashtags_in(&caption);
    rec.mentions = mentions_in(&caption);
    rec.text = caption;
    rec.location = str_field(v, "location")
        .map(|name| Location {
            name: Some(name.to_string()),
            coordinates: None,
            source: LocationSource::Place,
        })
        .or_else(|| exif_location(&media));
    rec.media = media;
    if list == "profile" {
        rec.attributes
            .insert("profile_picture".into(), "true".into());
    }
    r.emit(rec);
}

/// `comments.json` item: `[time, text, media owner]`.
pub(super) fn comment(r: &mut Reader, entry: &Entry, index: u64, v: &Value) {
    let parts = v.as_array().map(Vec::as_slice).unwrap_or(&[]);
    let text = parts.get(1).and_then(Value::as_str).unwrap_or("").trim();
    if text.is_empty() {
        r.stats
            .unparsed(entry, format!("comment {index} is not [time, text, owner]"));
        return;
    }
    let mut rec = r.record(Kind::Comment, entry, index);
    rec.timestamp = parts.first().and_then(Value::as_str).and_then(legacy_time);
    rec.author = owner_author(r);
    rec.links = links_in(text);
    rec.hashtags = hashtags_in(text);
    rec.mentions = mentions_in(text);
    rec.text = text.to_string();
    if let Some(o) = parts
        .get(2)
        .and_then(Value::as_str)
        .filter(|o| !o.is_empty())
    {
        rec.context = Some(format!("@{o}"));
        rec.attributes.insert("media_owner".into(), o.to_string());
    }
    r.emit(rec);
}

/// A pre-2021 `messages.json` conversation: `{participants: [usernames], conversation: [{sender,
/// created_at, text, media_url?, media?, story_share?, heart?}]}`.
pub(super) fn conversation(r: &mut Reader, entry: &Entry, index: u64, v: &Value) {
    let mut participants: Vec<String> = array_field(v, "participants")
        .iter()
        .filter_map(Value::as_str)
        .map(str::to_string)
        .collect();
    participants.sort();
    let owner_handle = r.owner.handle().map(str::to_string);
    let group = participants.len() > 2;
    let thread = (!participants.is_empty()).then(|| participants.join(","));
    let others: Vec<&String> = participants
        .iter()
        .filter(|p| Some(*p) != owner_handle.as_ref())
        .collect();
    let context = (!others.is_empty()).then(|| {
        others
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    });
    for m in array_field(v, "conversation") {
        let text = str_field(m, "text").unwrap_or("").to_string();
        let mut media = Vec::new();
        let mut links = Vec::new();
        if let Some(p) = str_field(m, "media").and_then(|p| r.media.media_at(p, None)) {
            media.push(p);
        }
        for key in ["media_url", "story_share", "media_share_url"] {
            if let Some(u) = str_field(m, key).filter(|u| u.starts_with("http")) {
                push_unique(&mut links, [u.to_string()]);
            }
        }
        if text.is_empty() && media.is_empty() && links.is_empty() {
            continue; // a heart or a like
        }
        let kind = if group {
            Kind::GroupMessage
        } else {
            Kind::Message
        };
        let mut rec = r.record(kind, entry, index);
        rec.timestamp = str_field(m, "created_at").and_then(legacy_time);
        let sender = str_field(m, "sender").map(str::to_string);
        rec.author = match (&sender, &owner_handle) {
            (Some(s), Some(o)) if s == o => Author {
                role: AuthorRole::Owner,
                name: r.owner.author().name,
                handle: sender.clone(),
            },
            (_, Some(_)) => Author::other(None, sender.clone()),
            (_, None) => Author {
                role: AuthorRole::Unknown,
                name: None,
                handle: sender.clone(),
            },
        };
        rec.audience = if group {
            Audience::Group
        } else {
            Audience::Private
        };
        rec.thread = thread.clone();
        rec.context = context.clone();
        push_unique(&mut links, links_in(&text));
        rec.links = links;
        rec.text = text;
        rec.location = exif_location(&media);
        rec.media = media;
        r.emit(rec);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legacy_times() {
        assert_eq!(
            legacy_time("2018-06-10T15:23:18").unwrap().to_canonical(),
            "2018-06-10T15:23:18Z"
        );
        assert_eq!(
            legacy_time("2018-07-07T20:46:29.587046+00:00")
                .unwrap()
                .to_canonical(),
            "2018-07-07T20:46:29Z"
        );
        assert!(legacy_time("yesterday").is_none());
    }
}

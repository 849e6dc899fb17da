//! One tweet to one record: text with t.co links expanded and HTML entities decoded, retweets, replies,
//! quotes, media, coordinates and places, long-post notes merged back in.

use super::owner::Owner;
use crate::ingest::text::{
    for_each_array_element, skip_js_assignment, unescape_html, unescape_html_owned,
};
use crate::ingest::{MediaIndex, ReadStats};
use crate::input::{Entry, Limits};
use crate::model::{
    Audience, GeoPoint, Kind, Location, LocationSource, Media, Platform, Provenance, Record,
    Timestamp,
};
use chrono::{DateTime, NaiveDateTime, Utc};
use serde::{Deserialize, Deserializer};
use std::collections::HashMap;

/// A string that the archive may write as a JSON string or a number.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Flex(pub String);

impl<'de> Deserialize<'de> for Flex {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(match serde_json::Value::deserialize(d)? {
            serde_json::Value::String(s) => Flex(s),
            serde_json::Value::Number(n) => Flex(n.to_string()),
            serde_json::Value::Bool(b) => Flex(b.to_string()),
            _ => Flex(String::new()),
        })
    }
}

impl Flex {
    fn opt(&self) -> Option<String> {
        (!self.0.is_empty()).then(|| self.0.clone())
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct UrlEntity {
    pub url: Flex,
    pub expanded_url: Flex,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MentionEntity {
    pub screen_name: Flex,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct HashtagEntity {
    pub text: Flex,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MediaEntity {
    pub url: Flex,
    pub media_url_https: Flex,
    pub media_url: Flex,
    #[serde(rename = "type")]
    pub kind: Flex,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Entities {
    pub urls: Vec<UrlEntity>,
    pub user_mentions: Vec<MentionEntity>,
    pub hashtags: Vec<HashtagEntity>,
    pub media: Vec<MediaEntity>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ExtendedEntities {
    pub media: Vec<MediaEntity>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Place {
    pub full_name: Flex,
    pub name: Flex,
}

/// The fields of a tweet hindsight uses; everything else in the archive is ignored.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Tweet {
    pub id_str: Flex,
    pub id: Flex,
    pub created_at: Flex,
    pub full_text: Option<String>,
    pub text: Option<String>,
    pub in_reply_to_status_id_str: Flex,
    pub in_reply_to_status_id: Flex,
    pub in_reply_to_user_id_str: Flex,
    pub in_reply_to_user_id: Flex,
    pub in_reply_to_screen_name: Flex,
    pub quoted_status_id_str: Flex,
    pub entities: Entities,
    pub extended_entities: ExtendedEntities,
    pub coordinates: Option<serde_json::Value>,
    pub geo: Option<serde_json::Value>,
    pub place: Option<Place>,
    pub deleted_at: Flex,
    pub possibly_sensitive: Option<serde_json::Value>,
    pub edit_info: Option<serde_json::Value>,
    /// Grailbird tweets carry the retweeted tweet itself.
    pub retweeted_status: Option<serde_json::Value>,
}

#[derive(Deserialize)]
struct Wrapped {
    tweet: Tweet,
}

/// A long post's full text, keyed by its creation second.
pub struct Note {
    pub text: String,
}

/// Twitter's `created_at` (`Thu Nov 03 08:50:26 +0000 2022`), Grailbird's (`2015-01-24 02:02:37 +0000`)
/// or ISO 8601.
pub fn parse_time(s: &str) -> Option<Timestamp> {
    let s = s.trim();
    for fmt in ["%a %b %d %H:%M:%S %z %Y", "%Y-%m-%d %H:%M:%S %z"] {
        if let Ok(t) = DateTime::parse_from_str(s, fmt) {
            return Some(Timestamp::utc(t.with_timezone(&Utc)));
        }
    }
    if let Some(t) = Timestamp::parse_rfc3339(s) {
        return Some(t);
    }
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S")
        .ok()
        .map(|at| Timestamp { at, local: false })
}

/// Read every `note-tweet.js`: the full text of long posts, by creation time (to the second).
pub fn read_notes<'a>(
    entries: impl Iterator<Item = &'a Entry>,
    limits: &Limits,
    stats: &mut ReadStats,
) -> HashMap<Timestamp, Vec<Note>> {
    let mut notes: HashMap<Timestamp, Vec<Note>> = HashMap::new();
    for entry in entries {
        let reader =
            match crate::ingest::utf8::open_json(entry, limits).and_then(skip_js_assignment) {
                Ok(r) => r,
                Err(e) => {
                    stats.failed(entry, crate::input::unreadable(&e));
                    continue;
                }
            };
        let out = for_each_array_element(reader, |i, raw| {
            let v: serde_json::Value = match serde_json::from_str(raw.get()) {
                Ok(v) => v,
                Err(e) => return stats.unparsed(entry, format!("note {i}: {e}")),
            };
            let n = &v["noteTweet"];
            let created = n["createdAt"].as_str().and_then(Timestamp::parse_rfc3339);
            let text = n["core"]["text"].as_str();
            match (created, text) {
                (Some(t), Some(text)) => {
                    let mut full = text.to_string();
                    for u in n["core"]["urls"].as_array().into_iter().flatten() {
                        if let (Some(short), Some(exp)) =
                            (u["shortUrl"].as_str(), u["expandedUrl"].as_str())
                        {
                            full = full.replace(short, exp);
                        }
                    }
                    notes.entry(t).or_default().push(Note { text: full });
                }
                _ => stats.unparsed(entry, format!("note {i}: no createdAt or text")),
            }
        });
        if let Some(e) = out.error {
            stats.failed(
                entry,
                crate::ingest::json_break_message(out.delivered as usize, "notes", &e),
            );
        }
    }
    notes
}

pub struct TweetReader<'a> {
    pub owner: &'a Owner,
    pub notes: &'a HashMap<Timestamp, Vec<Note>>,
    pub media: &'a MediaIndex<'a>,
    pub input: &'a str,
}

impl TweetReader<'_> {
    /// Stream one `tweets.js`-shaped file.
    pub fn read_file(
        &mut self,
        entry: &Entry,
        deleted: bool,
        community: bool,
        limits: &Limits,
        stats: &mut ReadStats,
        emit: &mut dyn FnMut(Record),
    ) {
        let reader =
            match crate::ingest::utf8::open_json(entry, limits).and_then(skip_js_assignment) {
                Ok(r) => r,
                Err(e) => return stats.failed(entry, crate::input::unreadable(&e)),
            };
        let out = for_each_array_element(reader, |i, raw| {
            match serde_json::from_str::<Wrapped>(raw.get()) {
                Ok(w) => match self.record(w.tweet, entry, i) {
                    Some(mut r) => {
                        if deleted {
                            r.attributes.insert("deleted".into(), "true".into());
                        }
                        if community {
                            r.attributes.insert("community".into(), "true".into());
                        }
                        emit(r)
                    }
                    None => stats.unparsed(entry, format!("tweet {i}: no id")),
                },
                Err(e) => stats.unparsed(entry, format!("tweet {i}: {e}")),
            }
        });
        if let Some(e) = out.error {
            stats.failed(
                entry,
                crate::ingest::json_break_message(out.delivered as usize, "tweets", &e),
            );
        }
    }

    /// Build the record for one tweet; `None` when it has no id at all.
    pub fn record(&self, mut t: Tweet, entry: &Entry, index: u64) -> Option<Record> {
        let id = t.id_str.opt().or_else(|| t.id.opt())?;
        let source = Provenance {
            input: entry.input.to_string(),
            entry: entry.path.clone(),
            index,
        };
        let mut r = Record::new(Platform::Twitter, Kind::Post, Some(id.clone()), source);
        r.timestamp = parse_time(&t.created_at.0);
        r.author = self.owner.author();
        r.audience = Audience::Public;
        r.url = Some(self.owner.status_url(&id));

        let raw_text = t
            .full_text
            .take()
            .or_else(|| t.text.take())
            .unwrap_or_default();
        let note = self.note_for(&r.timestamp, &raw_text);
        let media_entities = if t.extended_entities.media.is_empty() {
            &t.entities.media
        } else {
            &t.extended_entities.media
        };
        let mut text = raw_text;
        for u in &t.entities.urls {
            if !u.url.0.is_empty() && !u.expanded_url.0.is_empty() {
                text = text.replace(&u.url.0, &u.expanded_url.0);
            }
            if let Some(x) = u.expanded_url.opt().or_else(|| u.url.opt()) {
                r.links.push(x);
            }
        }
        for m in media_entities {
            if !m.url.0.is_empty() {
                text = text.replace(&m.url.0, "");
            }
        }
        text.truncate(text.trim_end().len());
        let mut text = unescape_html_owned(text);
        if let Some(full) = note {
            text = full;
            r.attributes.insert("long_post".into(), "true".into());
        }
        r.text = text;
        r.mentions = t
            .entities
            .user_mentions
            .iter()
            .filter_map(|m| m.screen_name.opt())
            .collect();
        r.hashtags = t
            .entities
            .hashtags
            .iter()
            .filter_map(|h| h.text.opt())
            .collect();

        let reply_to = t
            .in_reply_to_status_id_str
            .opt()
            .or_else(|| t.in_reply_to_status_id.opt());
        let reply_user = t
            .in_reply_to_user_id_str
            .opt()
            .or_else(|| t.in_reply_to_user_id.opt());
        if r.text.starts_with("RT @") || t.retweeted_status.is_some() {
            r.kind = Kind::Repost;
            if let Some(handle) = r
                .text
                .strip_prefix("RT @")
                .and_then(|s| s.split(':').next())
            {
                r.attributes
                    .insert("original_author".into(), handle.to_string());
            }
        } else if let Some(parent) = reply_to {
            r.kind = Kind::Reply;
            r.reply_to = Some(parent);
            if let Some(h) = t.in_reply_to_screen_name.opt() {
                r.attributes.insert("in_reply_to".into(), h);
            }
            if reply_user.is_some() && reply_user == self.owner.id {
                r.attributes.insert("self_thread".into(), "true".into());
            }
        } else if let Some(q) = quoted_status(&t, &r.links) {
            r.kind = Kind::Quote;
            r.attributes.insert("quoted".into(), q);
        }
        if !t.deleted_at.0.is_empty() {
            r.attributes
                .insert("deleted_at".into(), t.deleted_at.0.clone());
        }
        if matches!(t.possibly_sensitive, Some(serde_json::Value::Bool(true))) {
            r.attributes
                .insert("possibly_sensitive".into(), "true".into());
        }
        if let Some(initial) = t
            .edit_info
            .as_ref()
            .and_then(|e| e["edit"]["initialTweetId"].as_str())
        {
            r.attributes.insert("edit_of".into(), initial.to_string());
        }
        r.media = media_entities
            .iter()
            .map(|m| self.media_of(&id, m))
            .collect();
        r.location = location(&t);
        Some(r)
    }

    /// A long post's note: created the same second, and its text starts with the tweet's text
    /// before the ellipsis.
    fn note_for(&self, at: &Option<Timestamp>, tweet_text: &str) -> Option<String> {
        let notes = self.notes.get(at.as_ref()?)?;
        let prefix: String = unescape_html(tweet_text.split('…').next().unwrap_or(tweet_text))
            .trim()
            .chars()
            .take(40)
            .collect();
        notes
            .iter()
            .find(|n| n.text.starts_with(&prefix) || notes.len() == 1)
            .map(|n| n.text.clone())
    }

    fn media_of(&self, tweet_id: &str, m: &MediaEntity) -> Media {
        let remote = m
            .media_url_https
            .opt()
            .or_else(|| m.media_url.opt())
            .unwrap_or_default();
        let base = remote.rsplit('/').next().unwrap_or("");
        let local = ["tweets_media", "tweet_media"].iter().find_map(|dir| {
            self.media
                .find(self.input, &format!("{dir}/{tweet_id}-{base}"))
        });
        let kind = match m.kind.0.as_str() {
            "animated_gif" => "gif",
            "" => "photo",
            k => k,
        };
        Media::new(local.map(|e| e.path.clone()).unwrap_or(remote), Some(kind))
    }
}

/// The id of a quoted tweet: `quoted_status_id_str`, or a status link among the expanded URLs.
fn quoted_status(t: &Tweet, links: &[String]) -> Option<String> {
    t.quoted_status_id_str.opt().or_else(|| {
        links.iter().find_map(|l| {
            let lower = l.to_lowercase();
            let is_status = ["twitter.com/", "x.com/"].iter().any(|h| lower.contains(h))
                && lower.contains("/status/");
            is_status.then(|| l.clone())
        })
    })
}

/// Coordinates (`[lon, lat]` GeoJSON, strings or numbers; order checked by range) or a place name.
fn location(t: &Tweet) -> Option<Location> {
    let pair = |v: &serde_json::Value| -> Option<(f64, f64)> {
        let a = v.as_array()?;
        Some((
            crate::ingest::text::as_f64(a.first()?)?,
            crate::ingest::text::as_f64(a.get(1)?)?,
        ))
    };
    let place_name = t
        .place
        .as_ref()
        .and_then(|p| p.full_name.opt().or_else(|| p.name.opt()));
    let point = t
        .coordinates
        .as_ref()
        .and_then(|c| pair(&c["coordinates"]))
        .map(|(lon, lat)| (lat, lon))
        .or_else(|| t.geo.as_ref().and_then(|g| pair(&g["coordinates"])))
        .and_then(|(lat, lon)| GeoPoint::new(lat, lon).or_else(|| GeoPoint::new(lon, lat)));
    match (point, place_name) {
        (Some(p), name) => Some(Location {
            name,
            coordinates: Some(p),
            source: LocationSource::Coordinates,
        }),
        (None, Some(name)) => Some(Location {
            name: Some(name),
            coordinates: None,
            source: LocationSource::Place,
        }),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_time_format() {
        assert_eq!(
            parse_time("Thu Nov 03 08:50:26 +0000 2022")
                .unwrap()
                .to_canonical(),
            "2022-11-03T08:50:26Z"
        );
        assert_eq!(
            parse_time("2015-01-24 02:02:37 +0000")
                .unwrap()
                .to_canonical(),
            "2015-01-24T02:02:37Z"
        );
        assert_eq!(
            parse_time("2026-01-25T19:33:24.183Z")
                .unwrap()
                .to_canonical(),
            "2026-01-25T19:33:24Z"
        );
        assert!(parse_time("yesterday").is_none());
    }

    #[test]
    fn coordinates_order_is_checked_by_range() {
        let t = Tweet {
            coordinates: Some(serde_json::json!({"coordinates": ["-2.2426", "53.4808"]})),
            ..Tweet::default()
        };
        let l = location(&t).unwrap();
        assert_eq!(l.coordinates, GeoPoint::new(53.4808, -2.2426));
        let swapped = Tweet {
            geo: Some(serde_json::json!({"coordinates": [-2.2426, 153.4808]})),
            ..Tweet::default()
        };
        assert_eq!(
            location(&swapped).unwrap().coordinates,
            GeoPoint::new(-2.2426, 153.4808)
        );
    }
}

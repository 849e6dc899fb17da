//! One tweet to one record: text with t.co links expanded and HTML entities decoded, retweets, replies,
//! quotes, media, coordinates and places, long-post notes merged back in.

use super::owner::Owner;
use super::threads::{self, Route, SelfThreads, TweetId};
use crate::ingest::text::{
    for_each_array_element, par_array_batches, parse_element, skip_js_assignment, unescape_html,
    ElementError, Parsed,
};
use crate::ingest::{MediaIndex, ProcessedBatch, ReadStats, RecordBatches};
use crate::input::{Entry, Limits};
use crate::model::{
    Audience, GeoPoint, Kind, Location, LocationSource, Media, Platform, Provenance, Record,
    Timestamp,
};
use chrono::{DateTime, NaiveDateTime, Utc};
use serde::de::{IgnoredAny, Visitor};
use serde::{Deserialize, Deserializer};
use serde_json::value::RawValue;
use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;

/// A string that the archive may write as a JSON string, a number or a boolean (anything else reads
/// as empty, never as an error). Borrowed from the element's text when it has no escapes.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Flex<'a>(pub Cow<'a, str>);

impl<'de: 'a, 'a> Deserialize<'de> for Flex<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct FlexVisitor;
        impl<'de> Visitor<'de> for FlexVisitor {
            type Value = Flex<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Flex<'de>, E> {
                Ok(Flex(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<Flex<'de>, E> {
                Ok(Flex(Cow::Owned(v.to_string())))
            }
            fn visit_string<E>(self, v: String) -> Result<Flex<'de>, E> {
                Ok(Flex(Cow::Owned(v)))
            }
            // Numbers print as `serde_json` prints them, as when this went through a `Value`.
            fn visit_u64<E>(self, v: u64) -> Result<Flex<'de>, E> {
                Ok(Flex(Cow::Owned(serde_json::Number::from(v).to_string())))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Flex<'de>, E> {
                Ok(Flex(Cow::Owned(serde_json::Number::from(v).to_string())))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Flex<'de>, E> {
                let n = serde_json::Number::from_f64(v).map(|n| n.to_string());
                Ok(Flex(Cow::Owned(n.unwrap_or_default())))
            }
            fn visit_bool<E>(self, v: bool) -> Result<Flex<'de>, E> {
                Ok(Flex(Cow::Borrowed(if v { "true" } else { "false" })))
            }
            fn visit_unit<E>(self) -> Result<Flex<'de>, E> {
                Ok(Flex::default())
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Flex<'de>, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Flex::default())
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Flex<'de>, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Flex::default())
            }
        }
        d.deserialize_any(FlexVisitor)
    }
}

impl Flex<'_> {
    fn opt(&self) -> Option<String> {
        (!self.0.is_empty()).then(|| self.0.to_string())
    }

    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// A JSON string (an error for any other type, like `String`), borrowed when it has no escapes.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Text<'a>(pub Cow<'a, str>);

impl<'de: 'a, 'a> Deserialize<'de> for Text<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct TextVisitor;
        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(v.to_string())))
            }
            fn visit_string<E>(self, v: String) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(v)))
            }
        }
        d.deserialize_str(TextVisitor)
    }
}

/// True only for the JSON value `true`; any other value reads as false, never as an error.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub struct IsTrue(pub bool);

impl<'de> Deserialize<'de> for IsTrue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct TrueVisitor;
        impl<'de> Visitor<'de> for TrueVisitor {
            type Value = IsTrue;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_bool<E>(self, v: bool) -> Result<IsTrue, E> {
                Ok(IsTrue(v))
            }
            fn visit_borrowed_str<E>(self, _: &'de str) -> Result<IsTrue, E> {
                Ok(IsTrue(false))
            }
            fn visit_str<E>(self, _: &str) -> Result<IsTrue, E> {
                Ok(IsTrue(false))
            }
            fn visit_u64<E>(self, _: u64) -> Result<IsTrue, E> {
                Ok(IsTrue(false))
            }
            fn visit_i64<E>(self, _: i64) -> Result<IsTrue, E> {
                Ok(IsTrue(false))
            }
            fn visit_f64<E>(self, _: f64) -> Result<IsTrue, E> {
                Ok(IsTrue(false))
            }
            fn visit_unit<E>(self) -> Result<IsTrue, E> {
                Ok(IsTrue(false))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<IsTrue, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(IsTrue(false))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<IsTrue, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(IsTrue(false))
            }
        }
        d.deserialize_any(TrueVisitor)
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct UrlEntity<'a> {
    #[serde(borrow)]
    pub url: Flex<'a>,
    #[serde(borrow)]
    pub expanded_url: Flex<'a>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MentionEntity<'a> {
    #[serde(borrow)]
    pub screen_name: Flex<'a>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct HashtagEntity<'a> {
    #[serde(borrow)]
    pub text: Flex<'a>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MediaEntity<'a> {
    #[serde(borrow)]
    pub url: Flex<'a>,
    #[serde(borrow)]
    pub media_url_https: Flex<'a>,
    #[serde(borrow)]
    pub media_url: Flex<'a>,
    #[serde(rename = "type", borrow)]
    pub kind: Flex<'a>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Entities<'a> {
    #[serde(borrow)]
    pub urls: Vec<UrlEntity<'a>>,
    #[serde(borrow)]
    pub user_mentions: Vec<MentionEntity<'a>>,
    #[serde(borrow)]
    pub hashtags: Vec<HashtagEntity<'a>>,
    #[serde(borrow)]
    pub media: Vec<MediaEntity<'a>>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ExtendedEntities<'a> {
    #[serde(borrow)]
    pub media: Vec<MediaEntity<'a>>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Place<'a> {
    #[serde(borrow)]
    pub full_name: Flex<'a>,
    #[serde(borrow)]
    pub name: Flex<'a>,
}

/// The fields of a tweet hindsight uses; everything else in the archive is skipped unparsed.
/// Strings borrow from the element's text where they can, so a tweet costs few allocations.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Tweet<'a> {
    #[serde(borrow)]
    pub id_str: Flex<'a>,
    #[serde(borrow)]
    pub id: Flex<'a>,
    #[serde(borrow)]
    pub created_at: Flex<'a>,
    #[serde(borrow)]
    pub full_text: Option<Text<'a>>,
    #[serde(borrow)]
    pub text: Option<Text<'a>>,
    #[serde(borrow)]
    pub in_reply_to_status_id_str: Flex<'a>,
    #[serde(borrow)]
    pub in_reply_to_status_id: Flex<'a>,
    #[serde(borrow)]
    pub in_reply_to_user_id_str: Flex<'a>,
    #[serde(borrow)]
    pub in_reply_to_user_id: Flex<'a>,
    #[serde(borrow)]
    pub in_reply_to_screen_name: Flex<'a>,
    #[serde(borrow)]
    pub quoted_status_id_str: Flex<'a>,
    #[serde(borrow)]
    pub entities: Entities<'a>,
    #[serde(borrow)]
    pub extended_entities: ExtendedEntities<'a>,
    pub coordinates: Option<serde_json::Value>,
    pub geo: Option<serde_json::Value>,
    #[serde(borrow)]
    pub place: Option<Place<'a>>,
    #[serde(borrow)]
    pub deleted_at: Flex<'a>,
    pub possibly_sensitive: IsTrue,
    /// Kept raw: only an edit's `edit.initialTweetId` is read, and most tweets are not edits.
    #[serde(borrow)]
    pub edit_info: Option<&'a RawValue>,
    /// Grailbird tweets carry the retweeted tweet itself; only its presence matters.
    pub retweeted_status: Option<IgnoredAny>,
}

/// Boxed: a tweet is large (600 bytes) and would otherwise be copied at every level of parsing.
#[derive(Deserialize)]
struct Wrapped<'a> {
    #[serde(borrow)]
    tweet: Box<Tweet<'a>>,
}

/// One element of `tweets.js` (`{"tweet": {…}}`) parsed on its own.
#[cfg(test)]
pub(super) fn parse_wrapped(text: &str) -> serde_json::Result<Tweet<'_>> {
    serde_json::from_str::<Wrapped>(text).map(|w| *w.tweet)
}

/// A long post's full text, keyed by its creation second.
pub struct Note {
    pub text: String,
}

/// Twitter's `created_at` (`Thu Nov 03 08:50:26 +0000 2022`), Grailbird's (`2015-01-24 02:02:37 +0000`)
/// or ISO 8601.
pub fn parse_time(s: &str) -> Option<Timestamp> {
    let s = s.trim();
    if let Some(t) = parse_created_at(s) {
        return Some(t);
    }
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

/// The common case of [`parse_time`] without chrono's format interpreter (a third of the cost of a
/// tweet): exactly `Thu Nov 03 08:50:26 +0000 2022`, weekday consistent with the date. Anything
/// else is left to chrono, so the result is always the same as chrono's.
fn parse_created_at(s: &str) -> Option<Timestamp> {
    use chrono::{Datelike, FixedOffset, NaiveDate, NaiveTime, TimeZone};
    const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let b = s.as_bytes();
    if b.len() != 30 || !s.is_ascii() || [3, 7, 10, 19, 25].iter().any(|&i| b[i] != b' ') {
        return None;
    }
    if b[13] != b':' || b[16] != b':' {
        return None;
    }
    let num = |from: usize, to: usize| -> Option<u32> {
        let digits = &b[from..to];
        digits
            .iter()
            .all(u8::is_ascii_digit)
            .then(|| digits.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0')))
    };
    let weekday = DAYS.iter().position(|d| *d == &s[0..3])?;
    let month = MONTHS.iter().position(|m| *m == &s[4..7])? as u32 + 1;
    let year = i32::try_from(num(26, 30)?).ok()?;
    let date = NaiveDate::from_ymd_opt(year, month, num(8, 10)?)?;
    if date.weekday().num_days_from_monday() as usize != weekday {
        return None;
    }
    let time = NaiveTime::from_hms_opt(num(11, 13)?, num(14, 16)?, num(17, 19)?)?;
    let (off_h, off_m) = (num(21, 23)?, num(23, 25)?);
    if off_h > 23 || off_m > 59 {
        return None;
    }
    let secs = (off_h * 3600 + off_m * 60) as i32;
    let offset = match b[20] {
        b'+' => FixedOffset::east_opt(secs)?,
        b'-' => FixedOffset::west_opt(secs)?,
        _ => return None,
    };
    let local = offset.from_local_datetime(&date.and_time(time)).single()?;
    Some(Timestamp::utc(local.with_timezone(&Utc)))
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

/// What a batch of tweets gave, built on the thread that parsed it.
#[derive(Default)]
struct TweetBatch {
    pairs: Vec<(TweetId, TweetId)>,
    waiting: Vec<Record>,
    problems: Vec<String>,
    ready: Ready,
}

/// Tweets whose thread is settled: still to emit, or already through the rules.
enum Ready {
    Records(Vec<Record>),
    Processed(ProcessedBatch),
}

impl Default for Ready {
    fn default() -> Self {
        Ready::Records(Vec::new())
    }
}

/// One tweet as read: its record, and whether it may continue one of the owner's own threads (see
/// [`TweetReader::may_continue_own_thread`]).
pub struct ReadTweet {
    pub record: Record,
    pub may_continue_own_thread: bool,
}

impl TweetReader<'_> {
    /// Stream one `tweets.js`-shaped file. Tweets are parsed and built on every thread of the pool
    /// while this one inflates and splits the file. Replies that may continue a self-thread wait in
    /// `threads`; the rest go to `emit` in file order, or, given `batches`, through the rules on
    /// the thread that built them.
    #[allow(clippy::too_many_arguments)]
    pub fn read_file(
        &self,
        entry: &Entry,
        deleted: bool,
        community: bool,
        limits: &Limits,
        stats: &mut ReadStats,
        threads: &mut SelfThreads,
        emit: &mut dyn FnMut(Record),
        batches: Option<&dyn RecordBatches>,
    ) {
        let reader =
            match crate::ingest::utf8::open_json(entry, limits).and_then(skip_js_assignment) {
                Ok(r) => r,
                Err(e) => return stats.failed(entry, crate::input::unreadable(&e)),
            };
        let parse = |i: u64, text: &str| {
            let w = match parse_element::<Wrapped>(text) {
                Ok(w) => w,
                Err(ElementError::Data(e)) => return Parsed::Item(Err(format!("tweet {i}: {e}"))),
                Err(ElementError::NotJson) => return Parsed::NotJson,
            };
            let may_continue_own_thread = self.may_continue_own_thread(&w.tweet);
            Parsed::Item(match self.record(&w.tweet, entry, i) {
                Some(mut r) => {
                    if deleted {
                        r.attributes.insert("deleted".into(), "true".into());
                    }
                    if community {
                        r.attributes.insert("community".into(), "true".into());
                    }
                    Ok(ReadTweet {
                        record: r,
                        may_continue_own_thread,
                    })
                }
                None => Err(format!("tweet {i}: no id")),
            })
        };
        let finish = |items: Vec<(u64, Result<ReadTweet, String>)>| {
            let mut out = TweetBatch::default();
            let mut ready = Vec::with_capacity(items.len());
            for (_, t) in items {
                match t {
                    Ok(t) => {
                        let (pair, route) = threads::route(t);
                        out.pairs.extend(pair);
                        match route {
                            Route::Ready(r) => ready.push(r),
                            Route::Waiting(r) => out.waiting.push(r),
                        }
                    }
                    Err(why) => out.problems.push(why),
                }
            }
            out.ready = match batches {
                Some(b) if !ready.is_empty() => Ready::Processed(b.process(ready)),
                _ => Ready::Records(ready),
            };
            out
        };
        let out = par_array_batches(reader, parse, finish, |b: TweetBatch| {
            for pair in b.pairs {
                threads.add_parent(pair);
            }
            for r in b.waiting {
                threads.wait(r);
            }
            for why in b.problems {
                stats.unparsed(entry, why);
            }
            match (b.ready, batches) {
                (Ready::Records(records), _) => records.into_iter().for_each(&mut *emit),
                (Ready::Processed(p), Some(batches)) => batches.commit(p),
                (Ready::Processed(_), None) => {}
            }
        });
        if let Some(e) = out.error {
            stats.failed(
                entry,
                crate::ingest::json_break_message(out.delivered as usize, "tweets", &e),
            );
        }
    }

    /// Whether a tweet may belong to one of the owner's self-threads, whose root is only known once
    /// every tweet of the export has been read: a reply to the owner, or to someone the archive
    /// does not name. A reply to another account points at that account's tweet, which is never in
    /// the owner's archive, so its thread is its parent and it can be passed on at once.
    pub fn may_continue_own_thread(&self, t: &Tweet) -> bool {
        let reply_user = if t.in_reply_to_user_id_str.is_empty() {
            &t.in_reply_to_user_id
        } else {
            &t.in_reply_to_user_id_str
        };
        match &self.owner.id {
            Some(owner) => reply_user.is_empty() || reply_user.0 == owner.as_str(),
            None => true,
        }
    }

    /// Build the record for one tweet; `None` when it has no id at all.
    pub fn record(&self, t: &Tweet, entry: &Entry, index: u64) -> Option<Record> {
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

        let raw_text: &str = t
            .full_text
            .as_ref()
            .or(t.text.as_ref())
            .map_or("", |s| &s.0);
        let media_entities = if t.extended_entities.media.is_empty() {
            &t.entities.media
        } else {
            &t.extended_entities.media
        };
        let mut text = Cow::Borrowed(raw_text);
        for u in &t.entities.urls {
            if !u.url.is_empty() && !u.expanded_url.is_empty() && text.contains(&*u.url.0) {
                text = Cow::Owned(text.replace(&*u.url.0, &u.expanded_url.0));
            }
            if let Some(x) = u.expanded_url.opt().or_else(|| u.url.opt()) {
                r.links.push(x);
            }
        }
        for m in media_entities {
            if !m.url.is_empty() && text.contains(&*m.url.0) {
                text = Cow::Owned(text.replace(&*m.url.0, ""));
            }
        }
        let mut text = unescape_html(text.trim_end());
        if let Some(full) = self.note_for(&r.timestamp, raw_text) {
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
        } else if let Some(q) = quoted_status(t, &r.links) {
            r.kind = Kind::Quote;
            r.attributes.insert("quoted".into(), q);
        }
        if !t.deleted_at.is_empty() {
            r.attributes
                .insert("deleted_at".into(), t.deleted_at.0.to_string());
        }
        if t.possibly_sensitive.0 {
            r.attributes
                .insert("possibly_sensitive".into(), "true".into());
        }
        if let Some(initial) = t.edit_info.and_then(initial_tweet_id) {
            r.attributes.insert("edit_of".into(), initial);
        }
        r.media = media_entities
            .iter()
            .map(|m| self.media_of(&id, m))
            .collect();
        r.location = location(t);
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
        let kind = match &*m.kind.0 {
            "animated_gif" => "gif",
            "" => "photo",
            k => k,
        };
        Media::new(local.map(|e| e.path.clone()).unwrap_or(remote), Some(kind))
    }
}

/// `edit_info.edit.initialTweetId` when it is a string. Read as a `Value` (so any other shape gives
/// `None`), and only when the raw text can hold the key at all.
fn initial_tweet_id(edit_info: &RawValue) -> Option<String> {
    let raw = edit_info.get();
    if !raw.contains("initialTweetId") && !raw.contains('\\') {
        return None;
    }
    let v: serde_json::Value = serde_json::from_str(raw).ok()?;
    v["edit"]["initialTweetId"].as_str().map(str::to_string)
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
    fn created_at_fast_path_agrees_with_chrono() {
        let chrono_only = |s: &str| {
            DateTime::parse_from_str(s.trim(), "%a %b %d %H:%M:%S %z %Y")
                .ok()
                .map(|t| Timestamp::utc(t.with_timezone(&Utc)))
        };
        for s in [
            "Thu Nov 03 08:50:26 +0000 2022",
            "Sun Jan 01 00:00:00 +0000 2012",
            "Wed Feb 29 23:59:59 -0530 2012",
            "Sat Dec 31 23:30:00 +1345 2016",
            "Fri Nov 03 08:50:26 +0000 2022",
            "Thu Feb 30 08:50:26 +0000 2022",
            "Thu Nov 03 24:50:26 +0000 2022",
            "Thu Nov 03 08:50:60 +0000 2022",
            "Thu Nov 03 08:50:26 +0099 2022",
        ] {
            assert_eq!(
                parse_created_at(s).or_else(|| chrono_only(s)),
                chrono_only(s),
                "{s}"
            );
            assert_eq!(
                parse_time(s),
                chrono_only(s).or_else(|| parse_time(s)),
                "{s}"
            );
        }
        assert!(parse_created_at("Thu Nov 03 08:50:26 +0000 2022").is_some());
        assert!(parse_created_at("Fri Nov 03 08:50:26 +0000 2022").is_none());
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

//! The record model: one shape for every post, comment, message, check-in, photo and profile.
//!
//! Every platform parser (`crate::ingest`) produces [`Record`]s and every rule (`crate::rules`) reads
//! them, so this file is the one contract between "what the platform exported" and "what the GMC
//! guidance worries about". The shape is mirrored field by field in `schemas/record.schema.json`;
//! `tests/schema.rs` validates real output against it, so the two cannot drift silently.
//!
//! Design choices worth knowing:
//! - Times are UTC except where the platform only gives a wall-clock time with no zone (WhatsApp,
//!   Telegram's `date` without `date_unixtime`); those are kept as naive local time and flagged, never
//!   guessed into UTC.
//! - `id` is always present and stable across runs: the platform's own id where it has one, otherwise
//!   a hash of the fields that identify the item (see [`derive_id`]).
//! - `source` says exactly where the record came from (input path, entry inside the archive, index), so
//!   every finding can be traced back to bytes on disk.

use chrono::{DateTime, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// The platforms hindsight reads. The serialised name is the stable identifier used in reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Platform {
    Twitter,
    Facebook,
    Instagram,
    Threads,
    Linkedin,
    Reddit,
    Mastodon,
    Bluesky,
    Whatsapp,
    Telegram,
    Tiktok,
    Discord,
    Youtube,
}

impl Platform {
    pub const ALL: [Platform; 13] = [
        Platform::Twitter,
        Platform::Facebook,
        Platform::Instagram,
        Platform::Threads,
        Platform::Linkedin,
        Platform::Reddit,
        Platform::Mastodon,
        Platform::Bluesky,
        Platform::Whatsapp,
        Platform::Telegram,
        Platform::Tiktok,
        Platform::Discord,
        Platform::Youtube,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Platform::Twitter => "twitter",
            Platform::Facebook => "facebook",
            Platform::Instagram => "instagram",
            Platform::Threads => "threads",
            Platform::Linkedin => "linkedin",
            Platform::Reddit => "reddit",
            Platform::Mastodon => "mastodon",
            Platform::Bluesky => "bluesky",
            Platform::Whatsapp => "whatsapp",
            Platform::Telegram => "telegram",
            Platform::Tiktok => "tiktok",
            Platform::Discord => "discord",
            Platform::Youtube => "youtube",
        }
    }

    /// Human name for reports.
    pub fn display_name(self) -> &'static str {
        match self {
            Platform::Twitter => "X/Twitter",
            Platform::Facebook => "Facebook",
            Platform::Instagram => "Instagram",
            Platform::Threads => "Threads",
            Platform::Linkedin => "LinkedIn",
            Platform::Reddit => "Reddit",
            Platform::Mastodon => "Mastodon",
            Platform::Bluesky => "Bluesky",
            Platform::Whatsapp => "WhatsApp",
            Platform::Telegram => "Telegram",
            Platform::Tiktok => "TikTok",
            Platform::Discord => "Discord",
            Platform::Youtube => "YouTube",
        }
    }
}

impl fmt::Display for Platform {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What kind of item a record is. Rules use it to tell a public post from a private message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// An original post or status update.
    Post,
    /// A reply to another post (including self-threads).
    Reply,
    /// A post quoting another post.
    Quote,
    /// A share of someone else's post (retweet, boost, repost); the text is usually theirs.
    Repost,
    /// A comment on a post (Facebook, Instagram, LinkedIn, Reddit, YouTube, TikTok).
    Comment,
    /// A one-to-one private message.
    Message,
    /// A message in a group chat or group DM.
    GroupMessage,
    /// A check-in or place tag.
    Checkin,
    /// A photo the account posted (with no other text of its own).
    Photo,
    /// A video the account posted.
    Video,
    /// An ephemeral story.
    Story,
    /// A profile: bio, display name, website.
    Profile,
    /// A like or reaction; kept for coverage, rarely risky.
    Like,
    /// An event the account created or answered.
    Event,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Post => "post",
            Kind::Reply => "reply",
            Kind::Quote => "quote",
            Kind::Repost => "repost",
            Kind::Comment => "comment",
            Kind::Message => "message",
            Kind::GroupMessage => "group_message",
            Kind::Checkin => "checkin",
            Kind::Photo => "photo",
            Kind::Video => "video",
            Kind::Story => "story",
            Kind::Profile => "profile",
            Kind::Like => "like",
            Kind::Event => "event",
        }
    }

    /// Private or group messaging, as opposed to broadcast content.
    pub fn is_message(self) -> bool {
        matches!(self, Kind::Message | Kind::GroupMessage)
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Who could see the item. Exports rarely say so directly; parsers derive it (Mastodon `to`/`cc`,
/// LinkedIn `Visibility`, chat type) and fall back to the platform's default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    /// Anyone on the internet.
    Public,
    /// Followers, friends or connections.
    Followers,
    /// One other person (a direct message).
    Private,
    /// A closed group: group chat, private group, server channel.
    Group,
    /// The export does not say.
    Unknown,
}

impl Audience {
    pub fn as_str(self) -> &'static str {
        match self {
            Audience::Public => "public",
            Audience::Followers => "followers",
            Audience::Private => "private",
            Audience::Group => "group",
            Audience::Unknown => "unknown",
        }
    }

    /// Rough reach order used to prioritise the cleanup plan: higher reaches more people.
    pub fn reach(self) -> u8 {
        match self {
            Audience::Public => 4,
            Audience::Unknown => 3,
            Audience::Followers => 3,
            Audience::Group => 2,
            Audience::Private => 1,
        }
    }
}

impl fmt::Display for Audience {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A point in time: UTC when the platform says so, otherwise naive wall-clock time flagged local.
///
/// Serialised as `2022-11-03T08:50:26Z` (UTC) or `2022-11-03T08:50:26` (local, no zone), which sorts
/// and reads well and keeps the distinction visible in every report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp {
    pub at: NaiveDateTime,
    pub local: bool,
}

impl Timestamp {
    pub fn utc(at: DateTime<Utc>) -> Self {
        Timestamp {
            at: at.naive_utc(),
            local: false,
        }
    }

    pub fn local(at: NaiveDateTime) -> Self {
        Timestamp { at, local: true }
    }

    /// From Unix seconds; `None` for 0 (Meta's "unset") and out-of-range values.
    pub fn from_unix(secs: i64) -> Option<Self> {
        if secs == 0 {
            return None;
        }
        DateTime::from_timestamp(secs, 0).map(Timestamp::utc)
    }

    /// From Unix milliseconds; `None` for 0 and out-of-range values.
    pub fn from_unix_ms(ms: i64) -> Option<Self> {
        if ms == 0 {
            return None;
        }
        DateTime::from_timestamp_millis(ms).map(Timestamp::utc)
    }

    /// From an RFC 3339 / ISO 8601 string with a zone (`Z` or an offset), converted to UTC.
    pub fn parse_rfc3339(s: &str) -> Option<Self> {
        DateTime::parse_from_rfc3339(s.trim())
            .ok()
            .map(|d| Timestamp::utc(d.with_timezone(&Utc)))
    }

    pub fn year(&self) -> i32 {
        use chrono::Datelike;
        self.at.year()
    }

    /// The canonical string form (see the type docs).
    pub fn to_canonical(&self) -> String {
        let base = self.at.format("%Y-%m-%dT%H:%M:%S").to_string();
        if self.local {
            base
        } else {
            base + "Z"
        }
    }

    /// Parse the canonical form back.
    pub fn parse_canonical(s: &str) -> Option<Self> {
        match s.strip_suffix('Z') {
            Some(utc) => NaiveDateTime::parse_from_str(utc, "%Y-%m-%dT%H:%M:%S")
                .ok()
                .map(|at| Timestamp { at, local: false }),
            None => NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S")
                .ok()
                .map(Timestamp::local),
        }
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_canonical())
    }
}

impl Serialize for Timestamp {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_canonical())
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Timestamp::parse_canonical(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("bad timestamp {s:?}")))
    }
}

/// Whether the account holder wrote the item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AuthorRole {
    /// The account holder (the doctor being audited).
    #[serde(rename = "self")]
    Owner,
    /// Someone else: the other side of a DM, a group member, a commenter.
    Other,
    /// The export does not say (e.g. a WhatsApp chat where the exporter's own name is unknown).
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Author {
    pub role: AuthorRole,
    /// Display name as the export gives it.
    pub name: Option<String>,
    /// Handle or user id (`@drjane`, `user123`, a phone number).
    pub handle: Option<String>,
}

impl Author {
    pub fn owner() -> Self {
        Author {
            role: AuthorRole::Owner,
            name: None,
            handle: None,
        }
    }

    pub fn other(name: Option<String>, handle: Option<String>) -> Self {
        Author {
            role: AuthorRole::Other,
            name,
            handle,
        }
    }

    pub fn is_owner(&self) -> bool {
        self.role == AuthorRole::Owner
    }
}

/// A latitude/longitude pair in decimal degrees (WGS84).
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Serialize, Deserialize)]
pub struct GeoPoint {
    pub lat: f64,
    pub lon: f64,
}

impl GeoPoint {
    /// A point only if both values are in range and not the (0,0) placeholder some exports write.
    pub fn new(lat: f64, lon: f64) -> Option<Self> {
        let valid = lat.is_finite()
            && lon.is_finite()
            && (-90.0..=90.0).contains(&lat)
            && (-180.0..=180.0).contains(&lon)
            && !(lat == 0.0 && lon == 0.0);
        valid.then_some(GeoPoint { lat, lon })
    }
}

/// Where a location came from; an EXIF fix is more precise than a place tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LocationSource {
    /// GPS coordinates attached to the post by the platform (tweet `coordinates`, Telegram location).
    Coordinates,
    /// A named place tag or check-in.
    Place,
    /// EXIF GPS read from a photo (from the export's metadata or the file itself).
    Exif,
    /// A maps link or live-location share found in the text.
    Text,
}

#[derive(Debug, Clone, PartialEq, PartialOrd, Serialize, Deserialize)]
pub struct Location {
    pub name: Option<String>,
    pub coordinates: Option<GeoPoint>,
    pub source: LocationSource,
}

/// A media item attached to a record.
#[derive(Debug, Clone, PartialEq, PartialOrd, Serialize, Deserialize)]
pub struct Media {
    /// Path inside the archive (or a URL when the export only links to it).
    pub path: String,
    /// `photo`, `video`, `gif`, `audio`, `file`, or `None` when unknown.
    pub kind: Option<String>,
    /// GPS position from EXIF, if any.
    pub gps: Option<GeoPoint>,
    /// Capture time from EXIF or the export, if any.
    pub taken_at: Option<Timestamp>,
    /// Alt text or the platform's caption for this item.
    pub description: Option<String>,
}

impl Media {
    pub fn new(path: impl Into<String>, kind: Option<&str>) -> Self {
        Media {
            path: path.into(),
            kind: kind.map(str::to_string),
            gps: None,
            taken_at: None,
            description: None,
        }
    }
}

/// Where the record came from, byte for byte.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Provenance {
    /// The path the user gave (or found beneath it), e.g. `exports/twitter-2024.zip`.
    pub input: String,
    /// The entry inside that input, with `!/` separating nested archives (`data/tweets.js`).
    pub entry: String,
    /// Position of the record in the entry: array index, line number or message index.
    pub index: u64,
}

/// One normalised item from any platform.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    /// Stable identifier, unique within a run: `<platform>:<native id>` or `<platform>:h:<hash>`.
    pub id: String,
    pub platform: Platform,
    pub kind: Kind,
    /// The platform's own id when it has one.
    pub native_id: Option<String>,
    pub timestamp: Option<Timestamp>,
    pub author: Author,
    pub audience: Audience,
    /// Conversation or thread id (DM conversation, Messenger thread, Telegram chat, reply root).
    pub thread: Option<String>,
    /// Human label of where the item lives: chat title, group, subreddit, server/channel.
    pub context: Option<String>,
    /// Native id of the item this one replies to.
    pub reply_to: Option<String>,
    /// Decoded plain text: HTML entities, Meta mojibake and t.co links resolved.
    pub text: String,
    pub links: Vec<String>,
    pub mentions: Vec<String>,
    pub hashtags: Vec<String>,
    pub media: Vec<Media>,
    pub location: Option<Location>,
    /// Link to the item on the platform, when derivable.
    pub url: Option<String>,
    pub source: Provenance,
    /// Platform-specific facts rules may use (`deleted_at`, `content_warning`, `edited`, `visibility`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub attributes: BTreeMap<String, String>,
}

impl Record {
    /// A record with the given identity and everything else empty; parsers fill the rest.
    pub fn new(
        platform: Platform,
        kind: Kind,
        native_id: Option<String>,
        source: Provenance,
    ) -> Self {
        let id = match &native_id {
            Some(n) => format!("{}:{}", platform.as_str(), n),
            None => String::new(),
        };
        Record {
            id,
            platform,
            kind,
            native_id,
            timestamp: None,
            author: Author::owner(),
            audience: Audience::Unknown,
            thread: None,
            context: None,
            reply_to: None,
            text: String::new(),
            links: Vec::new(),
            mentions: Vec::new(),
            hashtags: Vec::new(),
            media: Vec::new(),
            location: None,
            url: None,
            source,
            attributes: BTreeMap::new(),
        }
    }

    /// Fill `id` from content when the platform gave no native id. Call after the fields are set.
    pub fn ensure_id(&mut self) {
        if self.id.is_empty() {
            self.id = derive_id(self);
        }
    }

    /// The owner wrote it and people beyond one recipient could read it.
    pub fn is_owner_broadcast(&self) -> bool {
        self.author.is_owner() && !self.kind.is_message() && self.kind != Kind::Like
    }
}

/// A stable id for records without a native one: a hash of platform, kind, time, thread, author and
/// text, plus the first media path. Identical items in two copies of an export get the same id, which
/// is what lets repeated downloads de-duplicate.
pub fn derive_id(r: &Record) -> String {
    let mut h = blake3::Hasher::new();
    let mut put = |s: &str| {
        h.update(s.as_bytes());
        h.update(&[0x1f]);
    };
    put(r.platform.as_str());
    put(r.kind.as_str());
    put(&r.timestamp.map(|t| t.to_canonical()).unwrap_or_default());
    put(r.thread.as_deref().unwrap_or(""));
    // The owner is "self" whatever name an export gives them, so a post is the same record in a
    // download that has the profile and one that does not.
    match r.author.role {
        AuthorRole::Owner => put("\u{1}self"),
        _ => put(r
            .author
            .name
            .as_deref()
            .or(r.author.handle.as_deref())
            .unwrap_or("")),
    }
    put(&r.text);
    put(r.media.first().map(|m| m.path.as_str()).unwrap_or(""));
    let hex = h.finalize().to_hex();
    format!("{}:h:{}", r.platform.as_str(), &hex[..16])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamp_round_trips_and_keeps_local_flag() {
        let t = Timestamp::from_unix(1_354_805_114).unwrap();
        assert_eq!(t.to_canonical(), "2012-12-06T14:45:14Z");
        assert_eq!(Timestamp::parse_canonical(&t.to_canonical()), Some(t));
        let l = Timestamp::parse_canonical("2022-03-27T21:41:35").unwrap();
        assert!(l.local);
        assert_eq!(l.to_canonical(), "2022-03-27T21:41:35");
    }

    #[test]
    fn zero_unix_time_means_unset() {
        assert_eq!(Timestamp::from_unix(0), None);
        assert_eq!(Timestamp::from_unix_ms(0), None);
    }

    #[test]
    fn geopoint_rejects_out_of_range_and_null_island() {
        assert!(GeoPoint::new(51.5, -0.12).is_some());
        assert!(GeoPoint::new(-0.12, 251.5).is_none());
        assert!(GeoPoint::new(0.0, 0.0).is_none());
        assert!(GeoPoint::new(f64::NAN, 1.0).is_none());
    }

    #[test]
    fn derived_ids_are_stable_and_content_sensitive() {
        let src = Provenance {
            input: "a".into(),
            entry: "b".into(),
            index: 0,
        };
        let mut a = Record::new(Platform::Whatsapp, Kind::Message, None, src.clone());
        a.text = "hello".into();
        a.ensure_id();
        let mut b = Record::new(
            Platform::Whatsapp,
            Kind::Message,
            None,
            Provenance { index: 9, ..src },
        );
        b.text = "hello".into();
        b.ensure_id();
        assert_eq!(a.id, b.id, "provenance must not change the derived id");
        b.text = "hello!".into();
        b.id.clear();
        b.ensure_id();
        assert_ne!(a.id, b.id);
    }
}

//! TikTok "Download your data" in JSON: one object in `user_data.json` (older) or
//! `user_data_tiktok.json` (newer), with human-readable keys that TikTok has renamed over time.
//!
//! Both names of every key are accepted (old / new):
//! - videos: `Video`/`Post` → `Videos`/`Posts` → `VideoList[]` with `Date`, `Link`, `Title` (caption),
//!   `Location`, `WhoCanView`, `Sound`, `Likes`, `AllowComments`…;
//! - comments: `Comment` → `Comments` → `CommentsList[]` (or `Comment` → `CommentsList[]`) with
//!   `date`/`Date`, `comment`/`Comment`, `photo`, `url`;
//! - DMs: `Direct Messages`/`Direct Message` → `Chat History`/`Direct Messages` → `ChatHistory` →
//!   `{"Chat History with <user>:": [{Date, From, Content}]}`;
//! - profile: `Profile` → `Profile Information`/`Profile Info` → `ProfileMap` (`userName`,
//!   `bioDescription`);
//! - LIVE comments and questions: `Tiktok Live` → `Watch Live History` → `WatchLiveMap`.
//!
//! Likes, favourites, follower lists, watch and search history are skipped: they hold no words of the
//! doctor's own. The file can be large (watch history), so it is streamed section by section and only
//! the sections above are kept in memory; a file cut short keeps every section read before the break.
//!
//! Dates are `YYYY-MM-DD HH:MM:SS` without a zone and are read as UTC. Video links come in two forms
//! (`tiktokv.com/share/video/<id>/`, `tiktok.com/@user/video/<id>`); the numeric id is the native id.
//! In a DM the key names the other person, so a message whose `From` is not them is the owner's.

use super::csvutil::{self, Naive};
use super::text::as_string;
use super::{Claim, Export, Probe, ReadStats, Role, Source};
use crate::input::Entry;
use crate::model::{
    Audience, Author, AuthorRole, Kind, Location, LocationSource, Media, Platform, Provenance,
    Record,
};
use regex::Regex;
use serde::de::{IgnoredAny, MapAccess, Visitor};
use serde_json::value::RawValue;
use serde_json::Value;
use std::collections::BTreeSet;
use std::fmt;
use std::io::Read;
use std::sync::LazyLock;

pub struct Tiktok;

/// Top-level sections that hold the doctor's words.
const WANTED: [&str; 8] = [
    "post",
    "video",
    "comment",
    "direct message",
    "direct messages",
    "profile",
    "tiktok live",
    "tiktok live history",
];

/// Keys only a TikTok export has, for recognising a renamed file by content.
const MARKERS: [&str; 8] = [
    "\"ProfileMap\"",
    "\"VideoList\"",
    "\"ChatHistory\"",
    "\"ItemFavoriteList\"",
    "\"CommentsList\"",
    "\"Your Activity\"",
    "\"FavoriteVideoList\"",
    "\"Chat History with ",
];

impl Source for Tiktok {
    fn name(&self) -> &'static str {
        "tiktok"
    }

    fn platform(&self) -> Platform {
        Platform::Tiktok
    }

    fn detect(&self, probe: &Probe) -> Claim {
        if probe.name == "user_data.json" || probe.name == "user_data_tiktok.json" {
            return Claim::records(90);
        }
        if !probe.name.ends_with(".json") && !probe.name.ends_with(".txt") {
            return Claim::NOT_MINE;
        }
        let head = probe.head_text();
        if !head.trim_start().starts_with('{') {
            return Claim::NOT_MINE;
        }
        let hits = MARKERS.iter().filter(|m| head.contains(*m)).count();
        match hits {
            0 => Claim::NOT_MINE,
            1 => Claim::records(55),
            _ => Claim::records(75),
        }
    }

    fn read(&self, export: &Export, emit: &mut dyn FnMut(Record)) -> ReadStats {
        let mut stats = ReadStats::default();
        for entry in export.with_role(Role::Records) {
            read_file(entry, export, &mut stats, emit);
        }
        stats
    }
}

fn read_file(entry: &Entry, export: &Export, stats: &mut ReadStats, emit: &mut dyn FnMut(Record)) {
    if entry.size == 0 {
        stats.failed(
            entry,
            "empty file; the download may be incomplete, request the export again",
        );
        return;
    }
    let reader = match crate::ingest::utf8::open_json(entry, export.limits) {
        Ok(r) => r,
        Err(e) => {
            stats.failed(
                entry,
                format!("cannot read: {e}; download the export again"),
            );
            return;
        }
    };
    let mut sections: Vec<(String, Box<RawValue>)> = Vec::new();
    let outcome = for_each_section(
        reader,
        |key| WANTED.contains(&key.to_lowercase().as_str()),
        |k, v| sections.push((k, v)),
    );
    let mut reader = Reader {
        entry,
        stats,
        emit,
        index: 0,
        owner: None,
    };
    // The profile first: its username tells the owner's DMs apart even when it comes last.
    for (key, raw) in &sections {
        if key.eq_ignore_ascii_case("profile") {
            reader.section(key, raw);
        }
    }
    for (key, raw) in &sections {
        if !key.eq_ignore_ascii_case("profile") {
            reader.section(key, raw);
        }
    }
    if let Err(e) = outcome {
        stats.failed(
            entry,
            format!(
                "JSON breaks part-way ({e}); records from the {} sections before the break were kept. \
                 The download may be incomplete: request the export again",
                sections.len()
            ),
        );
    }
}

/// Stream the top-level object, handing over the wanted sections as raw JSON and skipping the rest
/// without building them.
fn for_each_section<R: Read>(
    reader: R,
    wanted: impl Fn(&str) -> bool,
    mut f: impl FnMut(String, Box<RawValue>),
) -> Result<(), String> {
    struct Sections<'a, W, F> {
        wanted: &'a W,
        f: &'a mut F,
    }
    impl<'de, W: Fn(&str) -> bool, F: FnMut(String, Box<RawValue>)> Visitor<'de>
        for Sections<'_, W, F>
    {
        type Value = ();
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a JSON object")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
            while let Some(key) = map.next_key::<String>()? {
                if (self.wanted)(&key) {
                    let v: Box<RawValue> = map.next_value()?;
                    (self.f)(key, v);
                } else {
                    map.next_value::<IgnoredAny>()?;
                }
            }
            Ok(())
        }
    }
    let mut de = serde_json::Deserializer::from_reader(std::io::BufReader::new(reader));
    serde::Deserializer::deserialize_map(
        &mut de,
        Sections {
            wanted: &wanted,
            f: &mut f,
        },
    )
    .map_err(|e| e.to_string())
}

/// A child by any of its names, exact first, then ignoring case.
fn child<'v>(v: &'v Value, names: &[&str]) -> Option<&'v Value> {
    let obj = v.as_object()?;
    names.iter().find_map(|n| obj.get(*n)).or_else(|| {
        obj.iter()
            .find(|(k, _)| names.iter().any(|n| k.eq_ignore_ascii_case(n)))
            .map(|(_, v)| v)
    })
}

fn field(v: &Value, names: &[&str]) -> Option<String> {
    child(v, names)
        .and_then(as_string)
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty() && s != "N/A" && s != "None")
}

static VIDEO_ID: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"/(?:video|v)/(\d{6,})").expect("video id pattern"));

/// The numeric id in either link form.
pub fn video_id(link: &str) -> Option<String> {
    VIDEO_ID
        .captures(link)
        .and_then(|c| c.get(1))
        .map(|m| m.as_str().to_string())
}

struct Reader<'a> {
    entry: &'a Entry,
    stats: &'a mut ReadStats,
    emit: &'a mut dyn FnMut(Record),
    /// Running item number across the file, for provenance.
    index: u64,
    owner: Option<String>,
}

impl Reader<'_> {
    fn section(&mut self, key: &str, raw: &RawValue) {
        let value: Value = match serde_json::from_str(raw.get()) {
            Ok(v) => v,
            Err(e) => {
                self.stats
                    .unparsed(self.entry, format!("section {key:?}: {e}"));
                return;
            }
        };
        match key.to_lowercase().as_str() {
            "profile" => self.profile(&value),
            "post" | "video" => {
                let list = child(&value, &["Posts", "Videos", "Post", "Video"])
                    .and_then(|c| child(c, &["VideoList"]))
                    .or_else(|| child(&value, &["VideoList"]));
                self.items(list, "VideoList", Self::video);
            }
            "comment" => {
                let list = child(&value, &["Comments", "Comment"])
                    .and_then(|c| child(c, &["CommentsList"]))
                    .or_else(|| child(&value, &["CommentsList"]));
                self.items(list, "CommentsList", Self::comment);
            }
            "direct message" | "direct messages" => self.chats(&value),
            _ => self.live(&value),
        }
    }

    fn record(&mut self, kind: Kind, native: Option<String>) -> Record {
        let r = Record::new(
            Platform::Tiktok,
            kind,
            native,
            Provenance {
                input: self.entry.input.to_string(),
                entry: self.entry.path.clone(),
                index: self.index,
            },
        );
        self.index += 1;
        r
    }

    fn owner_author(&self) -> Author {
        Author {
            role: AuthorRole::Owner,
            name: None,
            handle: self.owner.clone(),
        }
    }

    fn finish(&mut self, mut r: Record) {
        csvutil::add_links(&mut r.links, &r.text);
        r.hashtags = csvutil::hashtags_in(&r.text);
        r.mentions = csvutil::mentions_in(&r.text);
        (self.emit)(r);
    }

    fn items(&mut self, list: Option<&Value>, what: &str, mut each: impl FnMut(&mut Self, &Value)) {
        match list {
            None | Some(Value::Null) => {}
            Some(Value::Array(items)) => {
                for item in items {
                    if item.is_object() {
                        each(self, item);
                    } else {
                        self.index += 1;
                        self.stats
                            .unparsed(self.entry, format!("{what}: item is not an object"));
                    }
                }
            }
            Some(_) => self
                .stats
                .unparsed(self.entry, format!("{what} is not a list")),
        }
    }

    fn profile(&mut self, value: &Value) {
        let Some(map) = child(value, &["Profile Information", "Profile Info"])
            .and_then(|c| child(c, &["ProfileMap"]))
            .or_else(|| child(value, &["ProfileMap"]))
        else {
            return;
        };
        if !map.is_object() {
            self.stats
                .unparsed(self.entry, "ProfileMap is not an object");
            return;
        }
        self.owner = field(map, &["userName", "Username", "UserName"]);
        let mut r = self.record(Kind::Profile, None);
        r.author = self.owner_author();
        r.author.name = field(map, &["displayName", "nickName", "Nickname"]);
        r.audience = Audience::Public;
        r.text = field(map, &["bioDescription", "Bio", "bio"]).unwrap_or_default();
        if let Some(u) = &self.owner {
            r.url = Some(format!("https://www.tiktok.com/@{u}"));
        }
        if let Some(l) = field(map, &["likesReceived"]) {
            r.attributes.insert("likes_received".into(), l);
        }
        self.finish(r);
    }

    fn video(&mut self, item: &Value) {
        let link = field(item, &["Link", "link", "VideoLink"]);
        let date = field(item, &["Date", "date"]);
        let timestamp = date
            .as_deref()
            .and_then(|d| csvutil::parse_time(d, Naive::Utc));
        if link.is_none() && timestamp.is_none() {
            self.index += 1;
            self.stats
                .unparsed(self.entry, "video without link or date");
            return;
        }
        let mut r = self.record(Kind::Video, link.as_deref().and_then(video_id));
        r.timestamp = timestamp;
        r.author = self.owner_author();
        let who = field(item, &["WhoCanView"]);
        r.audience = match who.as_deref().map(csvutil::norm).as_deref() {
            None | Some("everyone") | Some("public") => Audience::Public,
            Some("friends") | Some("followers") | Some("mutualfollowers") => Audience::Followers,
            Some("onlyme") | Some("private") | Some("self") => Audience::Private,
            Some(_) => Audience::Unknown,
        };
        r.text = field(item, &["Title", "Description", "Caption"]).unwrap_or_default();
        r.url = link;
        if let Some(place) = field(item, &["Location"]) {
            r.location = Some(Location {
                name: Some(place),
                coordinates: None,
                source: LocationSource::Place,
            });
        }
        if let Some(cover) = field(item, &["CoverImage", "Cover"]) {
            r.media.push(Media::new(cover, Some("photo")));
        }
        for (key, names) in [
            ("who_can_view", &["WhoCanView"][..]),
            ("sound", &["Sound"][..]),
            ("likes", &["Likes"][..]),
            ("allow_comments", &["AllowComments"][..]),
            ("allow_duets", &["AllowDuets"][..]),
            ("allow_stitches", &["AllowStitches"][..]),
            ("ai_generated", &["AIGeneratedContent"][..]),
            ("content_disclosure", &["ContentDisclosure"][..]),
        ] {
            if let Some(v) = field(item, names) {
                r.attributes.insert(key.to_string(), v);
            }
        }
        self.finish(r);
    }

    fn comment(&mut self, item: &Value) {
        let Some(text) = field(item, &["comment", "Comment"]) else {
            self.index += 1;
            self.stats.unparsed(self.entry, "comment without text");
            return;
        };
        let mut r = self.record(Kind::Comment, None);
        r.timestamp =
            field(item, &["date", "Date"]).and_then(|d| csvutil::parse_time(&d, Naive::Utc));
        r.author = self.owner_author();
        r.audience = Audience::Public;
        r.text = text;
        r.url = field(item, &["url", "Url", "link", "Link"]);
        r.thread = r.url.as_deref().and_then(video_id);
        r.reply_to = r.thread.clone();
        if let Some(p) = field(item, &["photo", "Photo"]) {
            r.media.push(Media::new(p, Some("photo")));
        }
        self.finish(r);
    }

    fn chats(&mut self, value: &Value) {
        let Some(history) = child(value, &["Direct Messages", "Chat History"])
            .and_then(|c| child(c, &["ChatHistory"]))
            .or_else(|| child(value, &["ChatHistory"]))
        else {
            return;
        };
        let Some(chats) = history.as_object() else {
            self.stats
                .unparsed(self.entry, "ChatHistory is not an object");
            return;
        };
        for (key, messages) in chats {
            let other = key
                .trim()
                .trim_end_matches(':')
                .trim_start_matches("Chat History with ")
                .trim()
                .to_string();
            let Some(list) = messages.as_array() else {
                self.stats
                    .unparsed(self.entry, format!("chat {key:?} is not a list"));
                continue;
            };
            let senders: BTreeSet<String> = list
                .iter()
                .filter_map(|m| field(m, &["From", "from"]))
                .filter(|f| !self.is_owner(f, &other))
                .collect();
            let group = senders.len() > 1;
            for m in list {
                self.message(m, &other, group);
            }
        }
    }

    fn is_owner(&self, from: &str, other: &str) -> bool {
        match &self.owner {
            Some(me) => from.eq_ignore_ascii_case(me),
            None => !from.eq_ignore_ascii_case(other),
        }
    }

    fn message(&mut self, m: &Value, other: &str, group: bool) {
        let content = field(m, &["Content", "content"]);
        let from = field(m, &["From", "from"]);
        let Some(content) = content else {
            self.index += 1;
            if !m.is_object() {
                self.stats.unparsed(self.entry, "DM item is not an object");
            }
            return;
        };
        let kind = if group {
            Kind::GroupMessage
        } else {
            Kind::Message
        };
        let mut r = self.record(kind, None);
        r.timestamp = field(m, &["Date", "date"]).and_then(|d| csvutil::parse_time(&d, Naive::Utc));
        r.author = match from.as_deref() {
            Some(f) if self.is_owner(f, other) => Author {
                role: AuthorRole::Owner,
                name: None,
                handle: Some(f.to_string()),
            },
            Some(f) => Author::other(None, Some(f.to_string())),
            None => Author {
                role: AuthorRole::Unknown,
                name: None,
                handle: None,
            },
        };
        r.audience = if group {
            Audience::Group
        } else {
            Audience::Private
        };
        r.thread = Some(other.to_string());
        r.context = Some(format!("Chat with {other}"));
        r.text = content;
        self.finish(r);
    }

    /// Comments and questions the owner wrote in other people's LIVE streams.
    fn live(&mut self, value: &Value) {
        let Some(map) = child(value, &["Watch Live History"])
            .and_then(|c| child(c, &["WatchLiveMap"]))
            .and_then(Value::as_object)
        else {
            return;
        };
        for (live_id, live) in map {
            let link = field(live, &["Link"]);
            for (list_key, text_key, time_key, what) in [
                ("Comments", "CommentContent", "CommentTime", "comment"),
                ("Questions", "QuestionContent", "QuestionTime", "question"),
            ] {
                let Some(items) = child(live, &[list_key]).and_then(Value::as_array) else {
                    continue;
                };
                for item in items {
                    let Some(text) = field(item, &[text_key]) else {
                        self.index += 1;
                        continue;
                    };
                    let mut r = self.record(Kind::Comment, None);
                    r.timestamp =
                        field(item, &[time_key]).and_then(|d| csvutil::parse_time(&d, Naive::Utc));
                    r.author = self.owner_author();
                    r.audience = Audience::Public;
                    r.context = Some("TikTok LIVE".to_string());
                    r.thread = Some(live_id.clone());
                    r.url = link.clone();
                    r.text = text;
                    r.attributes.insert("live".into(), what.to_string());
                    self.finish(r);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn video_ids_from_both_link_forms() {
        assert_eq!(
            video_id("https://www.tiktokv.com/share/video/7012345678901234567/"),
            Some("7012345678901234567".into())
        );
        assert_eq!(
            video_id("https://www.tiktok.com/@dr.example/video/7012345678901234568?lang=en"),
            Some("7012345678901234568".into())
        );
        assert_eq!(video_id("https://www.tiktok.com/@dr.example"), None);
    }

    #[test]
    fn sections_stream_and_stop_at_a_break() {
        let mut keys = Vec::new();
        let r = for_each_section(
            &br#"{"Activity":{"x":[1,2]},"Profile":{"a":1},"Video":{"#[..],
            |k| k != "Activity",
            |k, _| keys.push(k),
        );
        assert_eq!(keys, vec!["Profile"]);
        assert!(r.is_err());
    }
}

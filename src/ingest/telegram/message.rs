//! One Telegram message object → one [`Record`].
//!
//! Decisions worth knowing (FORMATS.md §11):
//! - **Service messages are not records.** They are Telegram's own notices (group created, member
//!   invited, call, pinned message, history cleared); their `text` is always empty in the samples and
//!   what they carry — a title, member names — is either the chat's `context` already or names with no
//!   statement of the doctor's attached. Counting them as messages would only add noise.
//! - **Forwards belong to the forwarder.** A forwarded message's author is the account that forwarded
//!   it into this chat (that is who shared it with this audience); the original author is kept in the
//!   `forwarded_from` attribute, and a forward posted to a channel is a [`Kind::Repost`].
//! - **Time** is `date_unixtime` (UTC) when present; older exports only have `date`, the exporting
//!   computer's wall-clock time, kept as naive local time.
//! - **Text** is the concatenation of `text_entities` (or `text`) parts; `link`, `text_link`, `mention`,
//!   `mention_name` and `hashtag` entities fill `links`, `mentions` and `hashtags`. Poll questions and
//!   answers and shared contacts (name and phone number) are appended to the text, so identifier and
//!   advertising rules see them.
//! - **Ids** are per chat, so the native id is `<chat id>:<message id>`, and `reply_to` uses the same
//!   form (with the other chat's id for `reply_to_peer_id`).

use super::stream::ChatMeta;
use crate::ingest::text::{as_f64, as_i64};
use crate::model::{
    Audience, Author, AuthorRole, GeoPoint, Kind, Location, LocationSource, Media, Platform,
    Provenance, Record, Timestamp,
};
use chrono::NaiveDateTime;
use serde_json::{Map, Value};

/// The literal Telegram writes in place of a file path when media were not exported.
pub const NOT_INCLUDED_PREFIX: &str = "(File not included";

/// The exporting account, from `personal_information`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Owner {
    pub user_id: String,
    pub name: Option<String>,
    pub username: Option<String>,
}

/// Resolves a media path written in the export to the entry that holds it.
pub trait MediaResolver {
    /// The entry path of `rel` (relative to the export's root) if the file is in the input.
    fn resolve(&self, rel: &str) -> String;
}

/// The digits of an id written as `user123`, `channel123`, `chat123` or a bare number, with its prefix.
pub fn peer_id(v: &Value) -> Option<(String, String)> {
    let s = match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        _ => return None,
    };
    let split = s.find(|c: char| c.is_ascii_digit() || c == '-')?;
    let (prefix, digits) = s.split_at(split);
    let digits = digits.trim_start_matches('-');
    (!digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()))
        .then(|| (prefix.to_string(), digits.to_string()))
}

/// Kind and audience of a chat type.
fn kind_and_audience(chat_type: Option<&str>) -> (Kind, Audience) {
    match chat_type {
        Some("personal_chat" | "saved_messages" | "bot_chat") => (Kind::Message, Audience::Private),
        Some("private_group" | "private_supergroup") => (Kind::GroupMessage, Audience::Group),
        // Anyone can join and read a public supergroup: a conversation, but in public.
        Some("public_supergroup") => (Kind::GroupMessage, Audience::Public),
        Some("public_channel") => (Kind::Post, Audience::Public),
        // A private channel is read by its subscribers only.
        Some("private_channel") => (Kind::Post, Audience::Followers),
        _ => (Kind::Message, Audience::Unknown),
    }
}

/// Build the record for one message; `Ok(None)` for service messages.
pub fn build(
    v: Value,
    chat: &ChatMeta,
    owner: Option<&Owner>,
    source: Provenance,
    media: &dyn MediaResolver,
) -> Result<Option<Record>, String> {
    let Value::Object(m) = v else {
        return Err("a message is not a JSON object".into());
    };
    if m.get("type").and_then(Value::as_str) == Some("service") {
        return Ok(None);
    }
    let id = m
        .get("id")
        .and_then(as_i64)
        .ok_or("a message has no numeric `id`")?;
    let chat_id = chat.id.clone().unwrap_or_else(|| "unknown".into());
    let chat_type = chat.kind.as_deref();
    let (mut kind, audience) = kind_and_audience(chat_type);
    let forwarded = m.get("forwarded_from").and_then(as_text);
    if forwarded.is_some() && kind == Kind::Post {
        kind = Kind::Repost;
    }
    let mut r = Record::new(
        Platform::Telegram,
        kind,
        Some(format!("{chat_id}:{id}")),
        source,
    );
    r.audience = audience;
    r.thread = Some(chat_id.clone());
    r.context = chat
        .name
        .clone()
        .or_else(|| (chat_type == Some("saved_messages")).then(|| "Saved Messages".to_string()));
    r.timestamp = timestamp(&m, "date", "date_unixtime");
    r.author = author(&m, chat, owner);
    r.reply_to = m.get("reply_to_message_id").and_then(as_i64).map(|to| {
        let peer = m
            .get("reply_to_peer_id")
            .and_then(peer_id)
            .map_or(chat_id.clone(), |(_, digits)| digits);
        format!("{peer}:{to}")
    });

    let mut parts = Vec::new();
    let text = message_text(&m, &mut r);
    if !text.is_empty() {
        parts.push(text);
    }
    if let Some(poll) = m.get("poll").and_then(Value::as_object) {
        parts.push(poll_text(poll));
        r.attributes.insert("poll".into(), "true".into());
    }
    if let Some(contact) = m.get("contact_information").and_then(Value::as_object) {
        let c = contact_text(contact);
        if !c.is_empty() {
            parts.push(c);
        }
        r.attributes.insert("shared_contact".into(), "true".into());
    }
    r.text = parts.join("\n");
    add_media(&m, &mut r, media);
    r.location = location(&m, &mut r);
    add_attributes(&m, chat, forwarded, &mut r);
    Ok(Some(r))
}

/// `*_unixtime` (UTC) when present, else the naive local string.
fn timestamp(m: &Map<String, Value>, local_key: &str, unix_key: &str) -> Option<Timestamp> {
    if let Some(t) = m
        .get(unix_key)
        .and_then(as_i64)
        .and_then(Timestamp::from_unix)
    {
        return Some(t);
    }
    let s = m.get(local_key)?.as_str()?;
    NaiveDateTime::parse_from_str(s.trim(), "%Y-%m-%dT%H:%M:%S")
        .ok()
        .map(Timestamp::local)
}

fn author(m: &Map<String, Value>, chat: &ChatMeta, owner: Option<&Owner>) -> Author {
    let name = m.get("from").and_then(as_text);
    let from = m.get("from_id").and_then(peer_id);
    let handle = m.get("from_id").and_then(|v| match v {
        Value::Number(n) => Some(format!("user{n}")),
        other => as_text(other),
    });
    let is_user = from
        .as_ref()
        .is_some_and(|(p, _)| p.is_empty() || p == "user");
    let role = if chat.kind.as_deref() == Some("saved_messages") {
        AuthorRole::Owner
    } else if let (Some(o), Some((_, digits)), true) = (owner, &from, is_user) {
        if *digits == o.user_id {
            AuthorRole::Owner
        } else {
            AuthorRole::Other
        }
    } else if is_channel(chat) {
        // Channel posts come from the channel; a post signed with the owner's name is theirs.
        let signature = m.get("author").and_then(Value::as_str);
        match (owner.and_then(|o| o.name.as_deref()), signature) {
            (Some(o), Some(s)) if o == s => AuthorRole::Owner,
            _ => AuthorRole::Unknown,
        }
    } else if chat.kind.as_deref() == Some("personal_chat") {
        // Without `personal_information` (a single-chat export), a personal chat is named after, and
        // keyed by, the other person: whoever else wrote in it is the exporter.
        let is_peer = from
            .as_ref()
            .is_some_and(|(_, d)| Some(d) == chat.id.as_ref())
            || (name.is_some() && name == chat.name);
        if is_peer {
            AuthorRole::Other
        } else if from.is_some() || name.is_some() {
            AuthorRole::Owner
        } else {
            AuthorRole::Unknown
        }
    } else {
        AuthorRole::Unknown
    };
    Author { role, name, handle }
}

fn is_channel(chat: &ChatMeta) -> bool {
    matches!(
        chat.kind.as_deref(),
        Some("public_channel" | "private_channel")
    )
}

fn as_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Concatenate the text parts and collect links, mentions and hashtags from the entities.
fn message_text(m: &Map<String, Value>, r: &mut Record) -> String {
    let parts = match (m.get("text_entities"), m.get("text")) {
        (Some(Value::Array(a)), _) if !a.is_empty() => a.as_slice(),
        (_, Some(Value::Array(a))) => a.as_slice(),
        (_, Some(Value::String(s))) => return s.clone(),
        _ => return String::new(),
    };
    let mut text = String::new();
    for part in parts {
        let (piece, entity) = match part {
            Value::String(s) => (s.as_str(), None),
            Value::Object(o) => (o.get("text").and_then(Value::as_str).unwrap_or(""), Some(o)),
            _ => continue,
        };
        text.push_str(piece);
        let Some(o) = entity else { continue };
        let push = |list: &mut Vec<String>, s: &str| {
            let s = s.trim();
            if !s.is_empty() && !list.iter().any(|x| x == s) {
                list.push(s.to_string());
            }
        };
        match o.get("type").and_then(Value::as_str) {
            Some("link") => push(&mut r.links, piece),
            Some("text_link") => {
                if let Some(href) = o.get("href").and_then(Value::as_str) {
                    push(&mut r.links, href);
                }
            }
            Some("mention") => push(&mut r.mentions, piece.trim_start_matches('@')),
            Some("mention_name") => push(&mut r.mentions, piece),
            Some("hashtag") => push(&mut r.hashtags, piece.trim_start_matches('#')),
            _ => {}
        }
    }
    text
}

fn poll_text(poll: &Map<String, Value>) -> String {
    let mut lines: Vec<String> = Vec::new();
    if let Some(q) = poll.get("question").and_then(Value::as_str) {
        lines.push(q.to_string());
    }
    for a in poll
        .get("answers")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if let Some(t) = a.get("text").and_then(Value::as_str) {
            lines.push(t.to_string());
        }
    }
    lines.join("\n")
}

/// `Contact: First Last +44 …` — phone numbers stay text so identifier rules can see them.
fn contact_text(c: &Map<String, Value>) -> String {
    let field = |k: &str| c.get(k).and_then(Value::as_str).unwrap_or("").trim();
    let who = [
        field("first_name"),
        field("last_name"),
        field("phone_number"),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(" ");
    if who.is_empty() {
        String::new()
    } else {
        format!("Contact: {who}")
    }
}

fn media_kind(m: &Map<String, Value>) -> &'static str {
    match m.get("media_type").and_then(Value::as_str) {
        Some("sticker") => "photo",
        Some("animation") => "gif",
        Some("video_file" | "video_message") => "video",
        Some("voice_message" | "audio_file") => "audio",
        _ => match m.get("mime_type").and_then(Value::as_str) {
            Some(t) if t.starts_with("image/") => "photo",
            Some(t) if t.starts_with("video/") => "video",
            Some(t) if t.starts_with("audio/") => "audio",
            _ => "file",
        },
    }
}

fn add_media(m: &Map<String, Value>, r: &mut Record, resolver: &dyn MediaResolver) {
    let fields = [
        ("photo", "photo"),
        ("file", media_kind(m)),
        ("contact_vcard", "file"),
    ];
    for (key, kind) in fields {
        let Some(path) = m.get(key).and_then(Value::as_str) else {
            continue;
        };
        let media = if path.starts_with(NOT_INCLUDED_PREFIX) {
            r.attributes.insert("media_omitted".into(), "true".into());
            let name = m
                .get("file_name")
                .and_then(Value::as_str)
                .filter(|_| key == "file")
                .unwrap_or(path);
            let mut media = Media::new(name, Some(kind));
            media.description = Some("not included in the export".into());
            media
        } else {
            let mut media = Media::new(resolver.resolve(path), Some(kind));
            media.description = m.get("title").and_then(as_text).filter(|_| key == "file");
            media
        };
        r.media.push(media);
    }
    if let Some(t) = m.get("media_type").and_then(Value::as_str) {
        r.attributes.insert("media_type".into(), t.to_string());
    }
}

/// `location_information` (venue or pin, possibly live) → coordinates; `place_name`/`address` → name.
fn location(m: &Map<String, Value>, r: &mut Record) -> Option<Location> {
    let name = [m.get("place_name"), m.get("address")]
        .into_iter()
        .flatten()
        .filter_map(as_text)
        .collect::<Vec<_>>()
        .join(", ");
    let name = (!name.is_empty()).then_some(name);
    let point = m
        .get("location_information")
        .and_then(|l| GeoPoint::new(as_f64(l.get("latitude")?)?, as_f64(l.get("longitude")?)?));
    if let Some(period) = m.get("live_location_period_seconds").and_then(as_i64) {
        r.attributes.insert("live_location".into(), "true".into());
        r.attributes
            .insert("live_location_period_seconds".into(), period.to_string());
    }
    match (point, name) {
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

fn add_attributes(
    m: &Map<String, Value>,
    chat: &ChatMeta,
    forwarded: Option<String>,
    r: &mut Record,
) {
    let a = &mut r.attributes;
    if let Some(t) = &chat.kind {
        a.insert("chat_type".into(), t.clone());
    }
    if chat.left {
        a.insert("left_chat".into(), "true".into());
    }
    if let Some(raw) = m.get("date").and_then(as_text) {
        a.insert("raw_timestamp".into(), raw);
    }
    if let Some(f) = forwarded {
        a.insert("forwarded_from".into(), f);
    }
    for key in ["saved_from", "via_bot", "author"] {
        if let Some(v) = m.get(key).and_then(as_text) {
            a.insert(key.into(), v);
        }
    }
    // Telegram writes an `edited` of 1970-01-01 (in local time) for messages never edited.
    if let Some(edited) = timestamp(m, "edited", "edited_unixtime").filter(|t| t.year() > 1970) {
        a.insert("edited".into(), edited.to_canonical());
    }
    // Inline keyboard URL buttons are links the message offers its readers.
    for row in m
        .get("inline_bot_buttons")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        for b in row.as_array().into_iter().flatten() {
            if b.get("type").and_then(Value::as_str) == Some("url") {
                if let Some(url) = b.get("data").and_then(Value::as_str) {
                    if !r.links.iter().any(|l| l == url) {
                        r.links.push(url.to_string());
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    struct Plain;
    impl MediaResolver for Plain {
        fn resolve(&self, rel: &str) -> String {
            rel.to_string()
        }
    }

    fn src() -> Provenance {
        Provenance {
            input: "in".into(),
            entry: "result.json".into(),
            index: 0,
        }
    }

    fn chat(kind: &str) -> ChatMeta {
        ChatMeta {
            name: Some("Pat".into()),
            kind: Some(kind.into()),
            id: Some("42".into()),
            left: false,
        }
    }

    fn owner() -> Owner {
        Owner {
            user_id: "7".into(),
            ..Owner::default()
        }
    }

    fn rec(v: Value, kind: &str, owner: Option<&Owner>) -> Record {
        build(v, &chat(kind), owner, src(), &Plain)
            .unwrap()
            .unwrap()
    }

    #[test]
    fn mixed_text_entities_and_reply() {
        let r = rec(
            json!({"id": 5, "type": "message", "date": "2022-10-11T22:49:15", "date_unixtime": "1665499755",
                   "from": "Dr A", "from_id": "user7", "reply_to_message_id": 4,
                   "text": ["see ", {"type": "text_link", "text": "this", "href": "https://x.org/a"},
                            " ", {"type": "mention", "text": "@pat"}, " ", {"type": "hashtag", "text": "#ad"}]}),
            "personal_chat",
            Some(&owner()),
        );
        assert_eq!(r.id, "telegram:42:5");
        assert_eq!(r.text, "see this @pat #ad");
        assert_eq!(
            (r.links, r.mentions, r.hashtags),
            (
                vec!["https://x.org/a".to_string()],
                vec!["pat".to_string()],
                vec!["ad".to_string()]
            )
        );
        assert_eq!(r.reply_to.as_deref(), Some("42:4"));
        assert_eq!(r.author.role, AuthorRole::Owner);
        assert_eq!(r.timestamp.unwrap().to_canonical(), "2022-10-11T14:49:15Z");
    }

    #[test]
    fn service_messages_are_not_records_and_bad_items_are_errors() {
        let none = build(
            json!({"id": 1, "type": "service", "action": "phone_call"}),
            &chat("personal_chat"),
            None,
            src(),
            &Plain,
        );
        assert_eq!(none, Ok(None));
        assert!(build(json!("text"), &chat("personal_chat"), None, src(), &Plain).is_err());
        assert!(build(
            json!({"type": "message", "text": "x"}),
            &chat("personal_chat"),
            None,
            src(),
            &Plain
        )
        .is_err());
    }

    #[test]
    fn chat_types_owner_and_forwards() {
        let m = json!({"id": 1, "type": "message", "date": "2017-12-31T16:10:55", "from": "Pat", "from_id": 9, "text": "hi"});
        let r = rec(m.clone(), "private_group", Some(&owner()));
        assert_eq!(
            (r.kind, r.audience, r.author.role),
            (Kind::GroupMessage, Audience::Group, AuthorRole::Other)
        );
        assert!(r.timestamp.unwrap().local);
        // Single-chat export: the person the chat is named after is the other party.
        assert_eq!(
            rec(m.clone(), "personal_chat", None).author.role,
            AuthorRole::Other
        );
        assert_eq!(
            rec(m.clone(), "saved_messages", None).author.role,
            AuthorRole::Owner
        );
        assert_eq!(
            rec(m.clone(), "private_supergroup", None).author.role,
            AuthorRole::Unknown
        );
        let fwd = json!({"id": 2, "type": "message", "from": "Chan", "from_id": "channel5", "forwarded_from": "Other", "text": "x"});
        let r = rec(fwd, "public_channel", Some(&owner()));
        assert_eq!((r.kind, r.audience), (Kind::Repost, Audience::Public));
        assert_eq!(
            r.attributes.get("forwarded_from").map(String::as_str),
            Some("Other")
        );
        assert_eq!(r.author.role, AuthorRole::Unknown);
        let named = Owner {
            name: Some("Alex Morgan".into()),
            ..owner()
        };
        let signed = json!({"id": 3, "from": "Chan", "from_id": "channel5", "author": "Alex Morgan", "text": "x"});
        assert_eq!(
            rec(signed, "public_channel", Some(&named)).author.role,
            AuthorRole::Owner
        );
    }

    #[test]
    fn media_location_poll_contact_and_edits() {
        let r = rec(
            json!({"id": 3, "type": "message", "from_id": "user9", "edited": "1970-01-01T05:00:00",
                   "photo": "(File not included. Change data exporting settings to download.)",
                   "location_information": {"latitude": 51.5, "longitude": -0.12}, "live_location_period_seconds": 900,
                   "place_name": "Clinic", "address": "1 High St",
                   "poll": {"question": "Q?", "answers": [{"text": "A"}, {"text": "B"}]},
                   "contact_information": {"first_name": "Pat", "last_name": "", "phone_number": "+44 7700 900123"},
                   "text": ""}),
            "personal_chat",
            Some(&owner()),
        );
        assert_eq!(
            r.media[0].description.as_deref(),
            Some("not included in the export")
        );
        let loc = r.location.clone().unwrap();
        assert_eq!(
            (loc.name.as_deref(), loc.source),
            (Some("Clinic, 1 High St"), LocationSource::Coordinates)
        );
        assert_eq!(r.text, "Q?\nA\nB\nContact: Pat +44 7700 900123");
        assert_eq!(
            r.attributes.get("live_location").map(String::as_str),
            Some("true")
        );
        assert!(!r.attributes.contains_key("edited"));
        let r = rec(
            json!({"id": 4, "from_id": "user9", "edited": "2018-11-17T00:58:05", "file": "files/a.pdf", "mime_type": "application/pdf", "text": "x"}),
            "personal_chat",
            None,
        );
        assert_eq!(
            r.attributes.get("edited").map(String::as_str),
            Some("2018-11-17T00:58:05")
        );
        assert_eq!(
            (r.media[0].path.as_str(), r.media[0].kind.as_deref()),
            ("files/a.pdf", Some("file"))
        );
    }

    #[test]
    fn peer_ids() {
        assert_eq!(
            peer_id(&json!("user123")),
            Some(("user".into(), "123".into()))
        );
        assert_eq!(peer_id(&json!(123)), Some(("".into(), "123".into())));
        assert_eq!(
            peer_id(&json!("channel-100")),
            Some(("channel".into(), "100".into()))
        );
        assert_eq!(peer_id(&json!("user")), None);
        assert_eq!(peer_id(&json!(null)), None);
    }
}

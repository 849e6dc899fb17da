//! Mastodon account archives ("Request your archive": `archive-<time>-<hash>.tar.gz`, or the same
//! files unpacked).
//!
//! What the archive holds and how it maps:
//! - `outbox.json`: an ActivityStreams `OrderedCollection` whose `orderedItems` are the account's
//!   activities, oldest first. A heavy user's outbox runs to hundreds of MB, so it is streamed one
//!   activity at a time and a file cut short keeps everything before the break. `Create` of a
//!   `Note` (or `Question`, a poll) is a post, reply or direct message; `Announce` is a boost whose
//!   object is only the boosted post's URL.
//! - Visibility exists only as addressing (`to`/`cc`), decoded as Mastodon itself does: public has
//!   `#Public` in `to`; unlisted has it in `cc`; followers-only names the followers collection and no
//!   `#Public`; direct names only the mentioned accounts (a private message).
//! - `content` is HTML: converted to text (Mastodon's `invisible` URL parts dropped), with the full
//!   link targets taken from the anchors. A content warning (`summary`) is kept as an attribute and
//!   also put in front of the text, because what a doctor writes in a CW is itself published.
//! - Attachment URLs carry an instance-specific prefix (`/indiewebsocial/media_attachments/…`); the
//!   part from `media_attachments/` on is looked up among the archive's files. Media resolved to an
//!   archive entry carry that entry's path (see [`media_from_attachment`], where EXIF reading joins).
//! - `actor.json`: the account's `Person`; becomes a profile record (name, bio, profile fields) and
//!   names the owner of every other record.
//! - `likes.json` and `bookmarks.json` hold only other people's status URLs, without dates: recognised
//!   and skipped with a reason.

use super::text::html_to_text;
use super::{Claim, Export, Probe, ReadStats, Role, Source};
use crate::input::Entry;
use crate::model::Timestamp;
use crate::model::{Audience, Author, AuthorRole, Kind, Media, Platform, Provenance, Record};
use serde::de::{DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;
use serde_json::Value;
use std::fmt;
use std::io::BufReader;

pub struct Mastodon;

const PUBLIC: [&str; 3] = [
    "https://www.w3.org/ns/activitystreams#Public",
    "as:Public",
    "Public",
];

const LIKES_REASON: &str = "likes: other people's status URLs only, no text or dates";
const BOOKMARKS_REASON: &str = "bookmarks: other people's status URLs only, no text or dates";

/// True when the JSON in `head` has `"key"` followed by `:` and the string `"value"`.
fn has_key_value(head: &str, key: &str, value: &str) -> bool {
    let needle = format!("\"{key}\"");
    head.match_indices(&needle).any(|(i, _)| {
        let rest = head[i + needle.len()..].trim_start();
        rest.strip_prefix(':')
            .map(str::trim_start)
            .and_then(|r| r.strip_prefix('"'))
            .and_then(|r| r.strip_prefix(value))
            .is_some_and(|r| r.starts_with('"'))
    })
}

impl Source for Mastodon {
    fn name(&self) -> &'static str {
        "mastodon"
    }

    fn platform(&self) -> Platform {
        Platform::Mastodon
    }

    fn detect(&self, probe: &Probe) -> Claim {
        let head = probe.head_text();
        if !head.contains("activitystreams") {
            return Claim::NOT_MINE;
        }
        if head.contains("\"orderedItems\"") || head.contains("\"OrderedCollection\"") {
            if has_key_value(&head, "id", "likes.json") || probe.name == "likes.json" {
                return Claim::skipped(85, LIKES_REASON);
            }
            if has_key_value(&head, "id", "bookmarks.json") || probe.name == "bookmarks.json" {
                return Claim::skipped(85, BOOKMARKS_REASON);
            }
            let activities = ["Create", "Announce"]
                .iter()
                .any(|t| has_key_value(&head, "type", t));
            if has_key_value(&head, "id", "outbox.json") || activities {
                return Claim::records(90);
            }
            if probe.name == "outbox.json" {
                return Claim::records(60);
            }
            return Claim::NOT_MINE;
        }
        let actor_type = ["Person", "Service", "Application", "Group", "Organization"]
            .iter()
            .any(|t| has_key_value(&head, "type", t));
        if actor_type && head.contains("\"preferredUsername\"") {
            return Claim::records(90);
        }
        Claim::NOT_MINE
    }

    fn read(&self, export: &Export, emit: &mut dyn FnMut(Record)) -> ReadStats {
        let mut stats = ReadStats::default();
        let mut actors = Vec::new();
        let mut outboxes = Vec::new();
        for entry in export.with_role(Role::Records) {
            match entry.head(super::HEAD_BYTES, export.limits) {
                Ok(h) => {
                    let head = String::from_utf8_lossy(&h);
                    if head.contains("\"orderedItems\"") || head.contains("\"OrderedCollection\"") {
                        outboxes.push(entry);
                    } else {
                        actors.push(entry);
                    }
                }
                Err(e) => stats.failed(entry, format!("cannot read: {e}")),
            }
        }
        let mut owner: Option<Owner> = None;
        for entry in actors {
            if let Some(o) = read_actor(entry, export, emit, &mut stats) {
                owner.get_or_insert(o);
            }
        }
        for entry in outboxes {
            read_outbox(entry, export, owner.as_ref(), emit, &mut stats);
        }
        stats
    }
}

/// The account holder, from `actor.json` (or, without it, from the outbox's `actor` URLs).
#[derive(Debug, Clone, Default)]
struct Owner {
    /// Actor id URL, `https://host/users/name`.
    id: String,
    name: Option<String>,
    /// `name@host`.
    handle: Option<String>,
    followers: Option<String>,
}

impl Owner {
    fn from_actor_url(id: &str) -> Owner {
        let handle = host_of(id).and_then(|host| {
            let user = id.trim_end_matches('/').rsplit('/').next()?;
            (!user.is_empty()).then(|| format!("{user}@{host}"))
        });
        Owner {
            id: id.to_string(),
            name: None,
            handle,
            followers: Some(format!("{}/followers", id.trim_end_matches('/'))),
        }
    }

    fn author(&self) -> Author {
        Author {
            role: AuthorRole::Owner,
            name: self.name.clone(),
            handle: self.handle.clone(),
        }
    }
}

fn host_of(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    (!host.is_empty()).then_some(host)
}

/// ActivityStreams allows one object where a list is expected: `tag`, `attachment`, `to` may be
/// either.
fn list<'v>(v: &'v Value, key: &str) -> Vec<&'v Value> {
    match v.get(key) {
        Some(Value::Array(a)) => a.iter().collect(),
        Some(Value::Null) | None => Vec::new(),
        Some(one) => vec![one],
    }
}

fn str_field<'v>(v: &'v Value, key: &str) -> Option<&'v str> {
    v.get(key).and_then(Value::as_str)
}

fn provenance(entry: &Entry, index: u64) -> Provenance {
    Provenance {
        input: entry.input.to_string(),
        entry: entry.path.clone(),
        index,
    }
}

fn read_actor(
    entry: &Entry,
    export: &Export,
    emit: &mut dyn FnMut(Record),
    stats: &mut ReadStats,
) -> Option<Owner> {
    let bytes = match entry.read_all(export.limits) {
        Ok(b) => b,
        Err(e) => {
            stats.failed(entry, format!("cannot read the account file: {e}"));
            return None;
        }
    };
    let actor: Value = match serde_json::from_slice(&bytes) {
        Ok(v @ Value::Object(_)) => v,
        Ok(_) => {
            stats.failed(entry, "account file is not a JSON object; profile not read");
            return None;
        }
        Err(e) => {
            stats.failed(
                entry,
                format!("account file is not valid JSON ({e}); profile not read"),
            );
            return None;
        }
    };
    let id = str_field(&actor, "id").unwrap_or("").to_string();
    let mut owner = if id.is_empty() {
        Owner::default()
    } else {
        Owner::from_actor_url(&id)
    };
    if let Some(user) = str_field(&actor, "preferredUsername").filter(|u| !u.is_empty()) {
        let host = host_of(&id).or_else(|| str_field(&actor, "url").and_then(host_of));
        owner.handle = Some(match host {
            Some(h) => format!("{user}@{h}"),
            None => user.to_string(),
        });
    }
    owner.name = str_field(&actor, "name")
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_string);
    if let Some(f) = str_field(&actor, "followers") {
        owner.followers = Some(f.to_string());
    }

    let native = if id.is_empty() {
        owner.handle.clone()
    } else {
        Some(id.clone())
    };
    let mut r = Record::new(
        Platform::Mastodon,
        Kind::Profile,
        native,
        provenance(entry, 0),
    );
    r.author = owner.author();
    r.audience = Audience::Public;
    r.url = str_field(&actor, "url").map(str::to_string);
    r.timestamp = str_field(&actor, "published").and_then(Timestamp::parse_rfc3339);
    let mut parts: Vec<String> = Vec::new();
    if let Some(n) = &owner.name {
        parts.push(n.clone());
    }
    if let Some(summary) = str_field(&actor, "summary") {
        let t = html_to_text(summary);
        if !t.is_empty() {
            parts.push(t);
        }
        r.links.extend(anchor_links(summary));
    }
    for field in list(&actor, "attachment")
        .into_iter()
        .filter(|f| str_field(f, "type") == Some("PropertyValue"))
    {
        let name = str_field(field, "name").unwrap_or("").trim();
        let value_html = str_field(field, "value").unwrap_or("");
        let value = html_to_text(value_html);
        for l in anchor_links(value_html) {
            if !r.links.contains(&l) {
                r.links.push(l);
            }
        }
        match (name.is_empty(), value.is_empty()) {
            (false, false) => parts.push(format!("{name}: {value}")),
            (true, false) => parts.push(value),
            (false, true) => parts.push(name.to_string()),
            (true, true) => {}
        }
    }
    r.text = parts.join("\n");
    for (key, label) in [("icon", "avatar"), ("image", "header")] {
        let Some(image) = actor.get(key) else {
            continue;
        };
        if let Some(url) = str_field(image, "url") {
            let mut m = media_from_attachment(export, entry, url, str_field(image, "mediaType"));
            m.description = Some(label.to_string());
            r.media.push(m);
        }
    }
    for t in tags(&actor, &owner).1 {
        r.hashtags.push(t);
    }
    emit(r);
    Some(owner)
}

/// Hrefs of the ordinary links in an HTML fragment (mentions and hashtags are taken from `tag`).
fn anchor_links(html: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let lower = html.to_ascii_lowercase();
    let mut from = 0;
    while let Some(i) = lower[from..].find("<a ") {
        let start = from + i;
        let Some(end) = lower[start..].find('>').map(|e| start + e) else {
            break;
        };
        let tag = &html[start..end];
        let tag_lower = &lower[start..end];
        from = end;
        if tag_lower.contains("mention") || tag_lower.contains("hashtag") {
            continue;
        }
        if let Some(href) = attribute(tag, tag_lower, "href") {
            let href = super::text::unescape_html(href);
            if !href.is_empty() && !out.contains(&href) {
                out.push(href);
            }
        }
    }
    out
}

/// The value of `name="…"` (or `'…'`) in a tag.
fn attribute<'t>(tag: &'t str, tag_lower: &str, name: &str) -> Option<&'t str> {
    let needle = format!("{name}=");
    let mut search = 0;
    while let Some(i) = tag_lower[search..].find(&needle) {
        let at = search + i;
        search = at + needle.len();
        // Must be a whole attribute name, not the tail of another (`data-href=`).
        if at > 0 && !tag_lower[..at].ends_with(|c: char| c.is_whitespace()) {
            continue;
        }
        let rest = &tag[at + needle.len()..];
        let quote = rest.chars().next()?;
        if quote == '"' || quote == '\'' {
            let body = &rest[1..];
            return body.find(quote).map(|e| &body[..e]);
        }
        return rest.split(|c: char| c.is_whitespace()).next();
    }
    None
}

/// Mentions (`user@host`, without `@`) and hashtags (without `#`) from a `tag` array.
fn tags(object: &Value, owner: &Owner) -> (Vec<String>, Vec<String>) {
    let mut mentions: Vec<String> = Vec::new();
    let mut hashtags: Vec<String> = Vec::new();
    for t in list(object, "tag") {
        let name = str_field(t, "name").unwrap_or("").trim();
        match str_field(t, "type") {
            Some("Mention") => {
                let bare = name.trim_start_matches('@');
                let full = if bare.contains('@') {
                    bare.to_string()
                } else {
                    match str_field(t, "href")
                        .and_then(host_of)
                        .or_else(|| host_of(&owner.id))
                    {
                        Some(host) if !bare.is_empty() => format!("{bare}@{host}"),
                        _ => bare.to_string(),
                    }
                };
                if !full.is_empty() && !mentions.contains(&full) {
                    mentions.push(full);
                }
            }
            Some("Hashtag") => {
                let tag = name.trim_start_matches('#').to_string();
                if !tag.is_empty() && !hashtags.contains(&tag) {
                    hashtags.push(tag);
                }
            }
            _ => {}
        }
    }
    (mentions, hashtags)
}

/// A media item for an attachment URL. The archive stores files under `media_attachments/…`; the
/// instance prefix in front of it is dropped and the file looked up among the input's media. When
/// found, the media path is the archive entry's path, which is where a photo's EXIF is read from.
fn media_from_attachment(
    export: &Export,
    entry: &Entry,
    url: &str,
    media_type: Option<&str>,
) -> Media {
    let rel = match url.find("media_attachments/") {
        Some(i) => &url[i..],
        None => url,
    };
    let local = !rel.contains("://");
    let found = local
        .then(|| export.media.find(&entry.input, rel))
        .flatten();
    let kind = match media_type.unwrap_or("") {
        "image/gif" => "gif",
        m if m.starts_with("image/") => "photo",
        m if m.starts_with("video/") => "video",
        m if m.starts_with("audio/") => "audio",
        "" => guess_kind(rel),
        _ => "file",
    };
    let path = found.map_or_else(|| rel.to_string(), |e| e.path.clone());
    Media::new(path, Some(kind))
}

fn guess_kind(path: &str) -> &'static str {
    let lower = path.to_ascii_lowercase();
    if [".jpg", ".jpeg", ".png", ".webp", ".heic", ".avif"]
        .iter()
        .any(|e| lower.ends_with(e))
    {
        "photo"
    } else if [".mp4", ".webm", ".mov", ".m4v"]
        .iter()
        .any(|e| lower.ends_with(e))
    {
        "video"
    } else if lower.ends_with(".gif") {
        "gif"
    } else if [".mp3", ".ogg", ".oga", ".opus", ".m4a", ".wav", ".flac"]
        .iter()
        .any(|e| lower.ends_with(e))
    {
        "audio"
    } else {
        "file"
    }
}

/// Mastodon's four visibilities, from addressing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Visibility {
    Public,
    Unlisted,
    FollowersOnly,
    Direct,
}

impl Visibility {
    /// Mastodon's own names for them (the API calls followers-only `private`).
    fn as_str(self) -> &'static str {
        match self {
            Visibility::Public => "public",
            Visibility::Unlisted => "unlisted",
            Visibility::FollowersOnly => "private",
            Visibility::Direct => "direct",
        }
    }

    fn audience(self) -> Audience {
        match self {
            Visibility::Public | Visibility::Unlisted => Audience::Public,
            Visibility::FollowersOnly => Audience::Followers,
            Visibility::Direct => Audience::Private,
        }
    }
}

fn addresses(v: &Value, key: &str) -> Vec<String> {
    list(v, key)
        .into_iter()
        .filter_map(|x| x.as_str().map(str::to_string))
        .collect()
}

fn visibility(to: &[String], cc: &[String], owner: Option<&Owner>, actor: &str) -> Visibility {
    let is_public = |a: &String| PUBLIC.contains(&a.as_str());
    if to.iter().any(is_public) {
        return Visibility::Public;
    }
    if cc.iter().any(is_public) {
        return Visibility::Unlisted;
    }
    let followers = owner
        .and_then(|o| o.followers.clone())
        .unwrap_or_else(|| format!("{}/followers", actor.trim_end_matches('/')));
    let is_followers = |a: &String| a == &followers || a.ends_with("/followers");
    if to.iter().chain(cc).any(is_followers) {
        Visibility::FollowersOnly
    } else {
        Visibility::Direct
    }
}

/// The status id in an object or activity URL (`…/statuses/<id>` or `…/statuses/<id>/activity`),
/// else the URL itself (other server software uses other id shapes).
fn status_id(url: &str) -> String {
    let trimmed = url.trim_end_matches('/').trim_end_matches("/activity");
    match trimmed.rsplit_once("/statuses/") {
        Some((_, id)) if !id.is_empty() && !id.contains('/') => id.to_string(),
        _ => trimmed.to_string(),
    }
}

/// Stream the activities of one outbox file.
fn read_outbox(
    entry: &Entry,
    export: &Export,
    owner: Option<&Owner>,
    emit: &mut dyn FnMut(Record),
    stats: &mut ReadStats,
) {
    let reader = match entry.open(export.limits) {
        Ok(r) => BufReader::with_capacity(256 * 1024, r),
        Err(e) => {
            stats.failed(entry, format!("cannot open: {e}"));
            return;
        }
    };
    let mut de = serde_json::Deserializer::from_reader(reader);
    let mut delivered = 0u64;
    let mut found = false;
    let mut on_item = |i: u64, raw: &RawValue| match serde_json::from_str::<Value>(raw.get()) {
        Ok(v) => match activity(&v, entry, export, owner, i) {
            Ok(Some(r)) => emit(r),
            Ok(None) => {}
            Err(why) => stats.unparsed(entry, format!("activity {i}: {why}")),
        },
        Err(e) => stats.unparsed(entry, format!("activity {i}: {e}")),
    };
    let result = serde::Deserializer::deserialize_any(
        &mut de,
        OutboxVisitor {
            on_item: &mut on_item,
            delivered: &mut delivered,
            found: &mut found,
        },
    );
    match result {
        Err(e) if delivered == 0 && !found => stats.failed(
            entry,
            format!("outbox is not readable JSON ({e}); download the archive again"),
        ),
        Err(e) => stats.failed(
            entry,
            format!(
                "outbox breaks off after {delivered} activities ({e}); those were read, the rest \
                 was not: download the archive again"
            ),
        ),
        Ok(()) if !found => stats.failed(entry, "outbox has no `orderedItems` list of activities"),
        Ok(()) => {}
    }
}

/// Map one outbox activity. `Ok(None)` is an activity that is deliberately not a record.
fn activity(
    v: &Value,
    entry: &Entry,
    export: &Export,
    owner: Option<&Owner>,
    index: u64,
) -> Result<Option<Record>, String> {
    if !v.is_object() {
        return Err("not a JSON object".into());
    }
    let ty = str_field(v, "type").ok_or("no `type`")?;
    let actor = str_field(v, "actor").unwrap_or("");
    let fallback_owner;
    let owner_ref = match owner {
        Some(o) => o,
        None => {
            fallback_owner = Owner::from_actor_url(actor);
            &fallback_owner
        }
    };
    match ty {
        "Create" => {
            let object = v
                .get("object")
                .filter(|o| o.is_object())
                .ok_or("`Create` whose object is missing or only a URL")?;
            note(v, object, entry, export, owner, owner_ref, index).map(Some)
        }
        "Announce" => Ok(Some(boost(v, entry, owner, owner_ref, index)?)),
        other => Err(format!("activity type `{other}` is not a post")),
    }
}

fn boost(
    v: &Value,
    entry: &Entry,
    owner: Option<&Owner>,
    owner_ref: &Owner,
    index: u64,
) -> Result<Record, String> {
    let id = str_field(v, "id").ok_or("`Announce` without an id")?;
    let target = match v.get("object") {
        Some(Value::String(s)) => s.clone(),
        Some(o) => str_field(o, "id")
            .ok_or("boost of an object without an id")?
            .to_string(),
        None => return Err("`Announce` without an object".into()),
    };
    let mut r = Record::new(
        Platform::Mastodon,
        Kind::Repost,
        Some(status_id(id)),
        provenance(entry, index),
    );
    r.author = owner_ref.author();
    r.timestamp = str_field(v, "published").and_then(Timestamp::parse_rfc3339);
    let vis = visibility(
        &addresses(v, "to"),
        &addresses(v, "cc"),
        owner,
        str_field(v, "actor").unwrap_or(""),
    );
    r.audience = vis.audience();
    r.attributes
        .insert("visibility".into(), vis.as_str().into());
    r.links.push(target);
    Ok(r)
}

fn note(
    activity: &Value,
    o: &Value,
    entry: &Entry,
    export: &Export,
    owner: Option<&Owner>,
    owner_ref: &Owner,
    index: u64,
) -> Result<Record, String> {
    let object_type = str_field(o, "type").unwrap_or("");
    if !matches!(object_type, "Note" | "Question" | "Article" | "Page") {
        return Err(format!("object type `{object_type}` is not a status"));
    }
    let id = str_field(o, "id")
        .or_else(|| str_field(activity, "id"))
        .ok_or("status without an id")?;
    let (to, cc) = if o.get("to").is_some() || o.get("cc").is_some() {
        (addresses(o, "to"), addresses(o, "cc"))
    } else {
        (addresses(activity, "to"), addresses(activity, "cc"))
    };
    let actor = str_field(activity, "actor")
        .or_else(|| str_field(o, "attributedTo"))
        .unwrap_or("");
    let vis = visibility(&to, &cc, owner, actor);
    let in_reply_to = str_field(o, "inReplyTo").filter(|s| !s.is_empty());
    let kind = match (vis, in_reply_to) {
        (Visibility::Direct, _) => Kind::Message,
        (_, Some(_)) => Kind::Reply,
        _ => Kind::Post,
    };
    let mut r = Record::new(
        Platform::Mastodon,
        kind,
        Some(status_id(id)),
        provenance(entry, index),
    );
    r.author = owner_ref.author();
    r.audience = vis.audience();
    r.attributes
        .insert("visibility".into(), vis.as_str().into());
    r.timestamp = str_field(o, "published")
        .or_else(|| str_field(activity, "published"))
        .and_then(Timestamp::parse_rfc3339);
    r.url = str_field(o, "url")
        .map(str::to_string)
        .or_else(|| Some(id.to_string()));
    r.thread = str_field(o, "conversation").map(str::to_string);
    if let Some(parent) = in_reply_to {
        // Own statuses are referred to by status id (like the records themselves); others by URL.
        let own =
            !owner_ref.id.is_empty() && parent.starts_with(&format!("{}/statuses/", owner_ref.id));
        r.reply_to = Some(if own {
            status_id(parent)
        } else {
            parent.to_string()
        });
    }

    let content_html = str_field(o, "content")
        .or_else(|| {
            o.get("contentMap")
                .and_then(|m| m.as_object()?.values().next()?.as_str())
        })
        .unwrap_or("");
    let body = html_to_text(content_html);
    let cw = str_field(o, "summary")
        .map(str::trim)
        .filter(|s| !s.is_empty());
    let mut text = match cw {
        Some(cw) => {
            r.attributes
                .insert("content_warning".into(), cw.to_string());
            if body.is_empty() {
                format!("CW: {cw}")
            } else {
                format!("CW: {cw}\n{body}")
            }
        }
        None => body,
    };
    if object_type == "Question" {
        poll(o, &mut text, &mut r);
    }
    r.text = text;
    r.links = anchor_links(content_html);
    let (mentions, hashtags) = tags(o, owner_ref);
    r.mentions = mentions;
    r.hashtags = hashtags;
    if o.get("sensitive").and_then(Value::as_bool) == Some(true) {
        r.attributes.insert("sensitive".into(), "true".into());
    }
    if let Some(updated) = str_field(o, "updated").filter(|u| !u.is_empty()) {
        r.attributes.insert("edited".into(), updated.to_string());
    }
    if let Some(langs) = o.get("contentMap").and_then(Value::as_object) {
        let langs: Vec<&str> = langs.keys().map(String::as_str).collect();
        if !langs.is_empty() {
            r.attributes.insert("language".into(), langs.join(","));
        }
    }
    for att in list(o, "attachment") {
        let Some(url) = str_field(att, "url").or_else(|| {
            att.get("url")
                .and_then(Value::as_array)?
                .first()
                .and_then(|u| str_field(u, "href"))
        }) else {
            continue;
        };
        let mut m = media_from_attachment(export, entry, url, str_field(att, "mediaType"));
        m.description = str_field(att, "name")
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(str::to_string);
        r.media.push(m);
    }
    Ok(r)
}

/// Poll options are the author's words too: append them so rules read them.
fn poll(o: &Value, text: &mut String, r: &mut Record) {
    let (key, mode) = if o.get("anyOf").is_some() {
        ("anyOf", "multiple")
    } else {
        ("oneOf", "single")
    };
    let options: Vec<&str> = o
        .get(key)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|opt| str_field(opt, "name"))
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .collect();
    r.attributes.insert("poll".into(), mode.into());
    if let Some(end) = str_field(o, "endTime").or_else(|| str_field(o, "closed")) {
        r.attributes.insert("poll_end".into(), end.to_string());
    }
    if !options.is_empty() {
        if !text.is_empty() {
            text.push('\n');
        }
        text.push_str("Poll: ");
        text.push_str(&options.join(" / "));
    }
}

/// Walks the outbox's top-level object, streaming `orderedItems` and skipping everything else. A
/// top-level array is taken as the list of activities itself.
struct OutboxVisitor<'a, F> {
    on_item: &'a mut F,
    delivered: &'a mut u64,
    found: &'a mut bool,
}

impl<'de, F: FnMut(u64, &RawValue)> Visitor<'de> for OutboxVisitor<'_, F> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an ActivityStreams OrderedCollection")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            if key == "orderedItems" && !*self.found {
                *self.found = true;
                map.next_value_seed(ItemsSeed {
                    on_item: &mut *self.on_item,
                    delivered: &mut *self.delivered,
                })?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<(), A::Error> {
        *self.found = true;
        ItemsSeed {
            on_item: self.on_item,
            delivered: self.delivered,
        }
        .visit_seq(seq)
    }
}

struct ItemsSeed<'a, F> {
    on_item: &'a mut F,
    delivered: &'a mut u64,
}

impl<'de, F: FnMut(u64, &RawValue)> DeserializeSeed<'de> for ItemsSeed<'_, F> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de, F: FnMut(u64, &RawValue)> Visitor<'de> for ItemsSeed<'_, F> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list of activities")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(raw) = seq.next_element::<Box<RawValue>>()? {
            (self.on_item)(*self.delivered, &raw);
            *self.delivered += 1;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_value_matching_tolerates_whitespace() {
        assert!(has_key_value(
            r#"{"id" : "outbox.json"}"#,
            "id",
            "outbox.json"
        ));
        assert!(has_key_value("{\"type\":\n \"Create\"}", "type", "Create"));
        assert!(!has_key_value(
            r#"{"id":"outbox.json.bak"}"#,
            "id",
            "outbox.json"
        ));
        assert!(!has_key_value(r#"{"xid":"x","id":5}"#, "id", "x"));
    }

    #[test]
    fn visibility_follows_mastodon_addressing() {
        let owner = Owner::from_actor_url("https://example.social/users/ann");
        let p = PUBLIC[0].to_string();
        let f = "https://example.social/users/ann/followers".to_string();
        let bob = "https://other.example/users/bob".to_string();
        let v = |to: &[&String], cc: &[&String]| {
            let to: Vec<String> = to.iter().map(|s| s.to_string()).collect();
            let cc: Vec<String> = cc.iter().map(|s| s.to_string()).collect();
            visibility(&to, &cc, Some(&owner), &owner.id)
        };
        assert_eq!(v(&[&p], &[&f]), Visibility::Public);
        assert_eq!(v(&[&f], &[&p]), Visibility::Unlisted);
        assert_eq!(v(&[&f], &[&bob]), Visibility::FollowersOnly);
        assert_eq!(v(&[&bob], &[]), Visibility::Direct);
        assert_eq!(v(&[], &[]), Visibility::Direct);
    }

    #[test]
    fn status_ids_and_hosts() {
        assert_eq!(status_id("https://h/users/u/statuses/109/activity"), "109");
        assert_eq!(status_id("https://h/users/u/statuses/109"), "109");
        assert_eq!(
            status_id("https://h/objects/abc-def"),
            "https://h/objects/abc-def"
        );
        assert_eq!(host_of("https://h.example/users/u"), Some("h.example"));
        assert_eq!(host_of("nonsense"), None);
    }

    #[test]
    fn anchors_give_full_link_targets_but_not_mentions() {
        let html = r#"<p><span class="h-card"><a href="https://h/@bob" class="u-url mention">@<span>bob</span></a></span> see <a href="https://example.org/a?b=1&amp;c=2" rel="nofollow"><span class="invisible">https://</span><span class="ellipsis">example.org/a</span></a> <a href="https://h/tags/x" class="mention hashtag" rel="tag">#x</a> <a data-href="nope" href='https://two.example'>2</a></p>"#;
        assert_eq!(
            anchor_links(html),
            ["https://example.org/a?b=1&c=2", "https://two.example"]
        );
    }
}

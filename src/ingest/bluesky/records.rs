//! Repository records (Lexicon JSON shapes) to [`Record`]s.
//!
//! Blocks are decoded from DAG-CBOR into the same JSON the Bluesky API shows (`{"$link": cid}` for
//! links), so this file reads records exactly as the lexicons document them and can be tested with
//! plain JSON. Everything in a repository is public, so every record here is [`Audience::Public`]
//! and written by the repository's owner.
//!
//! Mapped: posts (with facets, legacy `entities`, replies, quotes, images, video, link cards,
//! self-labels), reposts and the profile. Likes, follows, blocks, lists, gates and the legacy
//! `vote`/`declaration`/`confirmation` records carry no text of the owner's to audit: they are
//! counted and reported as skipped, by collection.

use crate::model::Timestamp;
use crate::model::{Audience, Author, AuthorRole, Kind, Media, Platform, Provenance, Record};
use ipld_core::ipld::Ipld;
use serde_json::{Map, Value};

/// Who owns the repository and where it was read from: shared by every record of one file.
pub struct Repo<'a> {
    pub did: &'a str,
    /// The profile's display name, when the repository has a profile.
    pub display_name: Option<String>,
    pub input: &'a str,
    pub entry: &'a str,
}

/// What became of one repository record.
#[derive(Debug)]
pub enum Mapped {
    Record(Box<Record>),
    /// Deliberately not a record; the reason names the kind of thing skipped.
    Skipped(&'static str),
    /// Not the shape its collection promises.
    Unparsed(String),
}

/// Collections that are recognised but hold nothing of the owner's to audit, and why.
fn skip_reason(collection: &str) -> Option<&'static str> {
    Some(match collection {
        "app.bsky.feed.like" | "app.bsky.feed.vote" => "likes of others' posts",
        "app.bsky.graph.follow" | "app.bsky.graph.confirmation" | "app.bsky.graph.assertion" => {
            "follows"
        }
        "app.bsky.graph.block" | "app.bsky.graph.listblock" => "blocks",
        "app.bsky.graph.list" | "app.bsky.graph.listitem" | "app.bsky.graph.starterpack" => {
            "lists and starter packs"
        }
        "app.bsky.feed.threadgate" | "app.bsky.feed.postgate" => "reply and quote settings",
        "app.bsky.feed.generator" => "custom feeds",
        "app.bsky.system.declaration" | "chat.bsky.actor.declaration" => "account declarations",
        "app.bsky.actor.status" => "live status",
        _ => return None,
    })
}

/// Convert a decoded block to the JSON form the lexicons describe. Byte strings are not text and
/// are dropped (`null`); `Ipld` is already depth-limited by the decoder.
pub fn ipld_to_json(v: Ipld) -> Value {
    match v {
        Ipld::Null | Ipld::Bytes(_) => Value::Null,
        Ipld::Bool(b) => Value::Bool(b),
        Ipld::Integer(i) => i64::try_from(i)
            .map(Value::from)
            .unwrap_or_else(|_| Value::String(i.to_string())),
        Ipld::Float(f) => serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number),
        Ipld::String(s) => Value::String(s),
        Ipld::List(l) => Value::Array(l.into_iter().map(ipld_to_json).collect()),
        Ipld::Map(m) => Value::Object(m.into_iter().map(|(k, v)| (k, ipld_to_json(v))).collect()),
        Ipld::Link(c) => {
            let mut m = Map::new();
            m.insert("$link".into(), Value::String(c.to_string()));
            Value::Object(m)
        }
    }
}

/// Map one record found under `<collection>/<rkey>`.
pub fn map_record(
    repo: &Repo,
    collection: &str,
    rkey: &str,
    cid: &str,
    value: &Value,
    index: u64,
) -> Mapped {
    if !value.is_object() {
        return Mapped::Unparsed(format!("{collection}/{rkey}: record is not a map"));
    }
    let kind = match collection {
        "app.bsky.feed.post" => Kind::Post,
        "app.bsky.feed.repost" => Kind::Repost,
        "app.bsky.actor.profile" => Kind::Profile,
        other => return Mapped::Skipped(skip_reason(other).unwrap_or("unknown record types")),
    };
    let uri = at_uri(repo.did, collection, rkey);
    let mut r = Record::new(
        Platform::Bluesky,
        kind,
        Some(uri),
        Provenance {
            input: repo.input.to_string(),
            entry: repo.entry.to_string(),
            index,
        },
    );
    r.author = Author {
        role: AuthorRole::Owner,
        name: repo.display_name.clone(),
        handle: Some(repo.did.to_string()),
    };
    r.audience = Audience::Public;
    r.attributes.insert("cid".into(), cid.to_string());
    r.timestamp = created_at(value, rkey, &mut r);
    match kind {
        Kind::Profile => profile(repo, value, &mut r),
        Kind::Repost => repost(value, &mut r),
        _ => post(repo, rkey, value, &mut r),
    }
    Mapped::Record(Box::new(r))
}

pub fn at_uri(did: &str, collection: &str, rkey: &str) -> String {
    format!("at://{did}/{collection}/{rkey}")
}

/// The bsky.app address of a post's AT-URI; other URIs are returned unchanged.
pub fn web_url(uri: &str) -> String {
    if let Some(rest) = uri.strip_prefix("at://") {
        let mut parts = rest.splitn(3, '/');
        if let (Some(did), Some("app.bsky.feed.post"), Some(rkey)) =
            (parts.next(), parts.next(), parts.next())
        {
            if !did.is_empty() && !rkey.is_empty() && !rkey.contains('/') {
                return format!("https://bsky.app/profile/{did}/post/{rkey}");
            }
        }
    }
    uri.to_string()
}

/// `createdAt` (with `Z` or an offset), else the time encoded in a TID record key.
fn created_at(value: &Value, rkey: &str, r: &mut Record) -> Option<Timestamp> {
    if let Some(t) = value
        .get("createdAt")
        .and_then(Value::as_str)
        .and_then(Timestamp::parse_rfc3339)
    {
        return Some(t);
    }
    let t = tid_time(rkey)?;
    r.attributes
        .insert("time_source".into(), "record_key".into());
    Some(t)
}

/// The creation time inside a TID (13 base32-sortable characters: 53 bits of microseconds since
/// 1970, then 10 bits of clock id).
pub fn tid_time(rkey: &str) -> Option<Timestamp> {
    const ALPHABET: &[u8] = b"234567abcdefghijklmnopqrstuvwxyz";
    if rkey.len() != 13 {
        return None;
    }
    let mut v: u64 = 0;
    for b in rkey.bytes() {
        let d = ALPHABET.iter().position(|a| *a == b)?;
        v = (v << 5) | d as u64;
    }
    // 13 × 5 = 65 bits: the top bit must be zero.
    if rkey
        .as_bytes()
        .first()
        .is_some_and(|b| !b"234567abcdefghij".contains(b))
    {
        return None;
    }
    let micros = (v >> 10) as i64;
    Timestamp::from_unix_ms(micros / 1000)
}

fn str_at<'v>(v: &'v Value, path: &[&str]) -> Option<&'v str> {
    let mut cur = v;
    for p in path {
        cur = cur.get(*p)?;
    }
    cur.as_str()
}

fn push_unique(list: &mut Vec<String>, item: &str) {
    let item = item.trim();
    if !item.is_empty() && !list.iter().any(|x| x == item) {
        list.push(item.to_string());
    }
}

fn profile(repo: &Repo, value: &Value, r: &mut Record) {
    let name = value
        .get("displayName")
        .and_then(Value::as_str)
        .unwrap_or("");
    let bio = value
        .get("description")
        .and_then(Value::as_str)
        .unwrap_or("");
    r.text = [name.trim(), bio.trim()]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join("\n");
    r.url = Some(format!("https://bsky.app/profile/{}", repo.did));
    if let Some(pinned) = str_at(value, &["pinnedPost", "uri"]) {
        r.attributes
            .insert("pinned_post".into(), pinned.to_string());
    }
    labels(value, r);
}

fn repost(value: &Value, r: &mut Record) {
    if let Some(subject) = str_at(value, &["subject", "uri"]) {
        r.links.push(web_url(subject));
        r.attributes
            .insert("subject_uri".into(), subject.to_string());
    }
}

fn post(repo: &Repo, rkey: &str, value: &Value, r: &mut Record) {
    r.text = value
        .get("text")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    r.url = Some(format!("https://bsky.app/profile/{}/post/{rkey}", repo.did));
    if let Some(parent) = str_at(value, &["reply", "parent", "uri"]) {
        r.kind = Kind::Reply;
        r.reply_to = Some(parent.to_string());
        r.thread = Some(
            str_at(value, &["reply", "root", "uri"])
                .unwrap_or(parent)
                .to_string(),
        );
    }
    if let Some(facets) = value.get("facets").and_then(Value::as_array) {
        for f in facets {
            facet(f, r);
        }
    }
    if let Some(entities) = value.get("entities").and_then(Value::as_array) {
        for e in entities {
            entity(e, r);
        }
    }
    if let Some(tags) = value.get("tags").and_then(Value::as_array) {
        for t in tags.iter().filter_map(Value::as_str) {
            push_unique(&mut r.hashtags, t.trim_start_matches('#'));
        }
    }
    if let Some(embed) = value.get("embed") {
        add_embed(embed, r, 0);
    }
    if let Some(langs) = value.get("langs").and_then(Value::as_array) {
        let langs: Vec<&str> = langs.iter().filter_map(Value::as_str).collect();
        if !langs.is_empty() {
            r.attributes.insert("langs".into(), langs.join(","));
        }
    }
    labels(value, r);
}

/// The text a facet or entity covers, by UTF-8 byte offsets, if they fall on character boundaries.
fn byte_slice(text: &str, start: Option<i64>, end: Option<i64>) -> Option<&str> {
    let s = usize::try_from(start?).ok()?;
    let e = usize::try_from(end?).ok()?;
    text.get(s..e)
}

fn facet(f: &Value, r: &mut Record) {
    let covered = byte_slice(
        &r.text,
        f.pointer("/index/byteStart").and_then(Value::as_i64),
        f.pointer("/index/byteEnd").and_then(Value::as_i64),
    )
    .map(str::to_string);
    let Some(features) = f.get("features").and_then(Value::as_array) else {
        return;
    };
    for feat in features {
        let ty = feat.get("$type").and_then(Value::as_str).unwrap_or("");
        match ty.rsplit('#').next().unwrap_or("") {
            "mention" => {
                let did = feat.get("did").and_then(Value::as_str).unwrap_or("");
                let handle = covered
                    .as_deref()
                    .map(|c| c.trim().trim_start_matches('@'))
                    .filter(|c| !c.is_empty());
                push_unique(&mut r.mentions, handle.unwrap_or(did));
            }
            "link" => {
                if let Some(uri) = feat.get("uri").and_then(Value::as_str) {
                    push_unique(&mut r.links, uri);
                }
            }
            "tag" => {
                if let Some(tag) = feat.get("tag").and_then(Value::as_str) {
                    push_unique(&mut r.hashtags, tag.trim_start_matches('#'));
                }
            }
            _ => {}
        }
    }
}

/// Legacy (2022–early 2023) `entities: [{type, index: {start, end}, value}]`.
fn entity(e: &Value, r: &mut Record) {
    let value = e.get("value").and_then(Value::as_str).unwrap_or("");
    let covered = byte_slice(
        &r.text,
        e.pointer("/index/start").and_then(Value::as_i64),
        e.pointer("/index/end").and_then(Value::as_i64),
    )
    .map(|c| c.trim().to_string());
    match e.get("type").and_then(Value::as_str).unwrap_or("") {
        "mention" => {
            let handle = covered
                .as_deref()
                .map(|c| c.trim_start_matches('@'))
                .filter(|c| !c.is_empty());
            push_unique(&mut r.mentions, handle.unwrap_or(value));
        }
        "link" => push_unique(&mut r.links, value),
        "hashtag" | "tag" => push_unique(&mut r.hashtags, value.trim_start_matches('#')),
        _ => {}
    }
}

/// Self-labels (`{"values": [{"val": "nudity"}]}`): the author's own content warning.
fn labels(value: &Value, r: &mut Record) {
    let Some(values) = value.pointer("/labels/values").and_then(Value::as_array) else {
        return;
    };
    let vals: Vec<&str> = values
        .iter()
        .filter_map(|v| v.get("val").and_then(Value::as_str))
        .collect();
    if !vals.is_empty() {
        r.attributes.insert("labels".into(), vals.join(","));
    }
}

/// A blob's CID: current `{ref: {$link}}` or legacy `{cid}`.
fn blob_cid(blob: &Value) -> Option<&str> {
    str_at(blob, &["ref", "$link"]).or_else(|| blob.get("cid").and_then(Value::as_str))
}

fn blob_media(blob: Option<&Value>, fallback_kind: &str, alt: Option<&str>) -> Option<Media> {
    let blob = blob?;
    let cid = blob_cid(blob)?;
    let kind = match blob.get("mimeType").and_then(Value::as_str) {
        Some(m) if m.starts_with("video/") => "video",
        Some("image/gif") => "gif",
        Some(m) if m.starts_with("image/") => "photo",
        Some(m) if m.starts_with("audio/") => "audio",
        _ => fallback_kind,
    };
    let mut m = Media::new(cid, Some(kind));
    m.description = alt
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .map(str::to_string);
    Some(m)
}

fn quote(uri: &str, r: &mut Record) {
    if r.kind == Kind::Post {
        r.kind = Kind::Quote;
    }
    push_unique(&mut r.links, &web_url(uri));
    r.attributes.insert("quote_uri".into(), uri.to_string());
}

fn add_embed(embed: &Value, r: &mut Record, depth: u8) {
    let ty = embed.get("$type").and_then(Value::as_str).unwrap_or("");
    let has = |k: &str| embed.get(k).is_some();
    if ty.starts_with("app.bsky.embed.images") || (ty.is_empty() && has("images")) {
        for img in embed
            .get("images")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let alt = img.get("alt").and_then(Value::as_str);
            r.media.extend(blob_media(img.get("image"), "photo", alt));
        }
    } else if ty.starts_with("app.bsky.embed.video") || (ty.is_empty() && has("video")) {
        let alt = embed.get("alt").and_then(Value::as_str);
        r.media.extend(blob_media(embed.get("video"), "video", alt));
    } else if ty.starts_with("app.bsky.embed.external") || (ty.is_empty() && has("external")) {
        if let Some(uri) = str_at(embed, &["external", "uri"]) {
            push_unique(&mut r.links, uri);
        }
        if let Some(title) = str_at(embed, &["external", "title"]).filter(|t| !t.trim().is_empty())
        {
            r.attributes
                .insert("link_title".into(), title.trim().to_string());
        }
    } else if ty.starts_with("app.bsky.embed.recordWithMedia")
        || (ty.is_empty() && has("record") && has("media"))
    {
        if let Some(uri) = str_at(embed, &["record", "record", "uri"]) {
            quote(uri, r);
        }
        if let (Some(media), true) = (embed.get("media"), depth < 2) {
            add_embed(media, r, depth + 1);
        }
    } else if ty.starts_with("app.bsky.embed.record") || (ty.is_empty() && has("record")) {
        if let Some(uri) = str_at(embed, &["record", "uri"]) {
            quote(uri, r);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn repo() -> Repo<'static> {
        Repo {
            did: "did:plc:owner",
            display_name: Some("Dr Example".into()),
            input: "in",
            entry: "repo.car",
        }
    }

    fn record(collection: &str, rkey: &str, v: Value) -> Record {
        match map_record(&repo(), collection, rkey, "bafy", &v, 0) {
            Mapped::Record(r) => *r,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn tid_keys_decode_to_their_creation_time() {
        // 3jzfcijpj2z2a is from the AT Protocol spec examples (2023-05).
        let t = tid_time("3jzfcijpj2z2a").unwrap();
        assert_eq!(t.year(), 2023);
        assert!(tid_time("self").is_none());
        assert!(tid_time("zzzzzzzzzzzzz").is_none(), "top bit set");
        assert!(tid_time("3jzfcijpj2z2!").is_none());
    }

    #[test]
    fn facets_use_utf8_byte_offsets() {
        // "café " is 6 bytes; the mention starts at byte 6, not character 5.
        let r = record(
            "app.bsky.feed.post",
            "3jzfcijpj2z2a",
            json!({
                "text": "café @ann.test see example.org #ward",
                "createdAt": "2024-01-02T03:04:05.678-07:00",
                "facets": [
                    {"index": {"byteStart": 6, "byteEnd": 15},
                     "features": [{"$type": "app.bsky.richtext.facet#mention", "did": "did:plc:ann"}]},
                    {"index": {"byteStart": 20, "byteEnd": 31},
                     "features": [{"$type": "app.bsky.richtext.facet#link", "uri": "https://example.org/x"}]},
                    {"index": {"byteStart": 32, "byteEnd": 37},
                     "features": [{"$type": "app.bsky.richtext.facet#tag", "tag": "ward"}]},
                    {"index": {"byteStart": 4, "byteEnd": 5},
                     "features": [{"$type": "app.bsky.richtext.facet#mention", "did": "did:plc:mid-char"}]}
                ]
            }),
        );
        assert_eq!(r.mentions, ["ann.test", "did:plc:mid-char"]);
        assert_eq!(r.links, ["https://example.org/x"]);
        assert_eq!(r.hashtags, ["ward"]);
        assert_eq!(r.timestamp.unwrap().to_canonical(), "2024-01-02T10:04:05Z");
    }

    #[test]
    fn quote_with_media_and_reply() {
        let r = record(
            "app.bsky.feed.post",
            "3jzfcijpj2z2a",
            json!({
                "text": "look",
                "reply": {"root": {"uri": "at://did:plc:a/app.bsky.feed.post/1"},
                          "parent": {"uri": "at://did:plc:b/app.bsky.feed.post/2"}},
                "embed": {"$type": "app.bsky.embed.recordWithMedia",
                          "record": {"record": {"uri": "at://did:plc:c/app.bsky.feed.post/3"}},
                          "media": {"$type": "app.bsky.embed.images",
                                    "images": [{"alt": "x-ray", "image": {"cid": "bafkold", "mimeType": "image/png"}}]}}
            }),
        );
        assert_eq!(r.kind, Kind::Reply, "a reply that quotes stays a reply");
        assert_eq!(
            r.thread.as_deref(),
            Some("at://did:plc:a/app.bsky.feed.post/1")
        );
        assert_eq!(r.links, ["https://bsky.app/profile/did:plc:c/post/3"]);
        assert_eq!(r.media[0].path, "bafkold");
        assert_eq!(r.media[0].description.as_deref(), Some("x-ray"));
        assert_eq!(
            r.attributes.get("time_source").map(String::as_str),
            Some("record_key")
        );
    }

    #[test]
    fn skipped_and_malformed_records() {
        let v = json!({"subject": "did:plc:x", "createdAt": "2023-01-01T00:00:00Z"});
        assert!(matches!(
            map_record(
                &repo(),
                "app.bsky.graph.follow",
                "3jzfcijpj2z2a",
                "c",
                &v,
                0
            ),
            Mapped::Skipped("follows")
        ));
        assert!(matches!(
            map_record(&repo(), "com.example.thing", "1", "c", &v, 0),
            Mapped::Skipped("unknown record types")
        ));
        assert!(matches!(
            map_record(&repo(), "app.bsky.feed.post", "1", "c", &json!("text"), 0),
            Mapped::Unparsed(_)
        ));
    }
}

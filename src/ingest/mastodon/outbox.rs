//! `outbox.json`: the account's activities, streamed one at a time (see the parent module for how
//! each maps).

use super::actor::Owner;
use super::content::{anchor_links, media_from_attachment, tags};
use super::{list, provenance, str_field, PUBLIC};
use crate::ingest::text::html_to_text;
use crate::ingest::{Export, ReadStats};
use crate::input::Entry;
use crate::model::{Audience, Kind, Platform, Record, Timestamp};
use serde::de::{DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;
use serde_json::Value;
use std::fmt;
use std::io::BufReader;

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
pub(super) fn read_outbox(
    entry: &Entry,
    export: &Export,
    owner: Option<&Owner>,
    emit: &mut dyn FnMut(Record),
    stats: &mut ReadStats,
) {
    let reader = match crate::ingest::utf8::open_json(entry, export.limits) {
        Ok(r) => BufReader::with_capacity(256 * 1024, r),
        Err(e) => {
            stats.failed(entry, crate::input::unreadable(&e));
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
        Ok(()) if !found => stats.failed(
            entry,
            "outbox has no `orderedItems` list of activities; download the archive again",
        ),
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
    fn status_ids_from_urls() {
        assert_eq!(status_id("https://h/users/u/statuses/109/activity"), "109");
        assert_eq!(status_id("https://h/users/u/statuses/109"), "109");
        assert_eq!(
            status_id("https://h/objects/abc-def"),
            "https://h/objects/abc-def"
        );
    }
}

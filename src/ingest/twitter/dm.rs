//! Direct messages: `direct-messages.js` (one-to-one), `direct-messages-group.js` (group), and the
//! 2025+ `message-event.js` whose text is end-to-end encrypted and cannot be recovered (metadata only).
//!
//! Whose messages are the owner's: the archive's account id when the manifest or account file gives it;
//! otherwise the one id present in every one-to-one conversation id (`<lowId>-<highId>`).

use super::owner::Owner;
use crate::ingest::text::{
    for_each_array_element, par_array_elements, parse_element, skip_js_assignment, unescape_html,
    ElementError, Parsed,
};
use crate::ingest::ReadStats;
use crate::input::{Entry, Limits};
use crate::model::{
    Audience, Author, AuthorRole, Kind, Media, Platform, Provenance, Record, Timestamp,
};
use serde_json::Value;
use std::collections::BTreeMap;

/// The owner's user id, from the archive or inferred from one-to-one conversation ids.
pub fn owner_id<'a>(
    owner: &Owner,
    one_to_one: impl Iterator<Item = &'a Entry>,
    limits: &Limits,
) -> Option<String> {
    if owner.id.is_some() {
        return owner.id.clone();
    }
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut conversations = 0usize;
    for entry in one_to_one {
        let Ok(reader) = crate::ingest::utf8::open_json(entry, limits).and_then(skip_js_assignment)
        else {
            continue;
        };
        for_each_array_element(reader, |_, raw| {
            let Ok(v) = serde_json::from_str::<Value>(raw.get()) else {
                return;
            };
            if let Some(id) = v["dmConversation"]["conversationId"].as_str() {
                conversations += 1;
                for part in id.split('-') {
                    *counts.entry(part.to_string()).or_insert(0) += 1;
                }
            }
        });
    }
    counts
        .into_iter()
        .filter(|(_, n)| *n == conversations && conversations > 0)
        .map(|(id, _)| id)
        .next()
}

fn author_for(sender: Option<&str>, owner_id: Option<&str>) -> Author {
    match (sender, owner_id) {
        (Some(s), Some(o)) if s == o => Author {
            role: AuthorRole::Owner,
            name: None,
            handle: Some(s.to_string()),
        },
        (Some(s), Some(_)) => Author::other(None, Some(s.to_string())),
        (None, Some(_)) => Author::other(None, None),
        (s, None) => Author {
            role: AuthorRole::Unknown,
            name: None,
            handle: s.map(str::to_string),
        },
    }
}

/// The messages of one conversation, numbered from 0 within it (the reader adds the messages of the
/// conversations before it), and what could not be read.
pub(super) struct Conversation {
    pub records: Vec<Record>,
    /// `messageCreate` events, each of which takes a provenance index.
    pub events: u64,
    pub problems: Vec<String>,
}

pub fn read_conversations(
    entry: &Entry,
    group: bool,
    owner_id: Option<&str>,
    limits: &Limits,
    stats: &mut ReadStats,
    emit: &mut dyn FnMut(Record),
) {
    let reader = match crate::ingest::utf8::open_json(entry, limits).and_then(skip_js_assignment) {
        Ok(r) => r,
        Err(e) => return stats.failed(entry, crate::input::unreadable(&e)),
    };
    // Conversations are parsed on every thread of the pool; this thread numbers their messages
    // across the file and hands them on in order.
    let parse = |i: u64, text: &str| match parse_element::<Value>(text) {
        Ok(v) => Parsed::Item(conversation(&v, i, entry, group, owner_id)),
        Err(ElementError::Data(e)) => Parsed::Item(Err(format!("conversation {i}: {e}"))),
        Err(ElementError::NotJson) => Parsed::NotJson,
    };
    let mut index = 0u64;
    let out = par_array_elements(reader, parse, |_, c| match c {
        Ok(c) => {
            for mut r in c.records {
                r.source.index += index;
                emit(r);
            }
            for p in c.problems {
                stats.unparsed(entry, p);
            }
            index += c.events;
        }
        Err(why) => stats.unparsed(entry, why),
    });
    if let Some(e) = out.error {
        stats.failed(
            entry,
            crate::ingest::json_break_message(out.delivered as usize, "conversations", &e),
        );
    }
}

/// The records of conversation `i` of a DM file.
pub(super) fn conversation(
    v: &Value,
    i: u64,
    entry: &Entry,
    group: bool,
    owner_id: Option<&str>,
) -> Result<Conversation, String> {
    let conv = &v["dmConversation"];
    let Some(conv_id) = conv["conversationId"].as_str() else {
        return Err(format!("conversation {i}: no conversationId"));
    };
    let events = conv["messages"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or(&[]);
    let title = events
        .iter()
        .rev()
        .find_map(|e| e["conversationNameUpdate"]["name"].as_str())
        .map(str::to_string);
    let mut out = Conversation {
        records: Vec::new(),
        events: 0,
        problems: Vec::new(),
    };
    for event in events {
        let m = &event["messageCreate"];
        if !m.is_object() {
            continue; // joins, leaves and renames are not messages
        }
        let source = Provenance {
            input: entry.input.to_string(),
            entry: entry.path.clone(),
            index: out.events,
        };
        out.events += 1;
        let Some(id) = m["id"]
            .as_str()
            .map(str::to_string)
            .or_else(|| m["id"].as_u64().map(|n| n.to_string()))
        else {
            out.problems
                .push(format!("message in conversation {conv_id} has no id"));
            continue;
        };
        let is_group = group || m.get("recipientId").is_none();
        let kind = if is_group {
            Kind::GroupMessage
        } else {
            Kind::Message
        };
        let mut r = Record::new(Platform::Twitter, kind, Some(format!("dm:{id}")), source);
        r.native_id = Some(id);
        r.audience = if is_group {
            Audience::Group
        } else {
            Audience::Private
        };
        r.timestamp = m["createdAt"].as_str().and_then(Timestamp::parse_rfc3339);
        r.author = author_for(m["senderId"].as_str(), owner_id);
        r.thread = Some(conv_id.to_string());
        r.context = title.clone();
        let mut text = m["text"].as_str().unwrap_or_default().to_string();
        for u in m["urls"].as_array().into_iter().flatten() {
            let (short, expanded) = (
                u["url"].as_str().unwrap_or(""),
                u["expanded"].as_str().unwrap_or(""),
            );
            if !short.is_empty() && !expanded.is_empty() {
                text = text.replace(short, expanded);
            }
            if !expanded.is_empty() {
                r.links.push(expanded.to_string());
            }
        }
        for media in m["mediaUrls"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
        {
            text = text.replace(media, "");
            r.media.push(Media::new(media, None));
        }
        r.text = unescape_html(text.trim());
        if m["editHistory"].as_array().is_some_and(|h| !h.is_empty()) {
            r.attributes.insert("edited".into(), "true".into());
        }
        out.records.push(r);
    }
    Ok(out)
}

/// 2025+ XChat events: who wrote to whom and when; the text is ciphertext and is not kept.
pub fn read_message_events(
    entry: &Entry,
    owner_id: Option<&str>,
    limits: &Limits,
    stats: &mut ReadStats,
    emit: &mut dyn FnMut(Record),
) {
    let reader = match crate::ingest::utf8::open_json(entry, limits).and_then(skip_js_assignment) {
        Ok(r) => r,
        Err(e) => return stats.failed(entry, crate::input::unreadable(&e)),
    };
    let out = for_each_array_element(reader, |i, raw| {
        let v: Value = match serde_json::from_str(raw.get()) {
            Ok(v) => v,
            Err(e) => return stats.unparsed(entry, format!("event {i}: {e}")),
        };
        let ev = &v["messageEvent"];
        if !ev["detail"]["messageCreateEvent"].is_object() {
            return; // key changes and read markers
        }
        let Some(id) = ev["messageId"].as_str() else {
            return stats.unparsed(entry, format!("event {i}: no messageId"));
        };
        let source = Provenance {
            input: entry.input.to_string(),
            entry: entry.path.clone(),
            index: i,
        };
        let mut r = Record::new(
            Platform::Twitter,
            Kind::Message,
            Some(format!("xchat:{id}")),
            source,
        );
        r.native_id = Some(id.to_string());
        r.audience = Audience::Private;
        r.timestamp =
            crate::ingest::text::as_i64(&ev["createdAtMsec"]).and_then(Timestamp::from_unix_ms);
        r.author = author_for(ev["senderId"].as_str(), owner_id);
        r.thread = ev["conversationId"].as_str().map(str::to_string);
        r.attributes.insert("encrypted".into(), "true".into());
        emit(r);
    });
    if let Some(e) = out.error {
        stats.failed(
            entry,
            crate::ingest::json_break_message(out.delivered as usize, "events", &e),
        );
    }
}

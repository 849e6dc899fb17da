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
//!   archive entry carry that entry's path (see `content::attachment_file`, where EXIF reading joins).
//! - `actor.json`: the account's `Person`; becomes a profile record (name, bio, profile fields) and
//!   names the owner of every other record.
//! - `likes.json` and `bookmarks.json` hold only other people's status URLs, without dates: recognised
//!   and skipped with a reason.

mod actor;
mod content;
mod outbox;

use super::{Claim, Export, Probe, ReadStats, Role, Source};
use crate::input::Entry;
use crate::model::{Platform, Provenance, Record};
use serde_json::Value;

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
            match entry
                .head(crate::ingest::HEAD_BYTES, export.limits)
                .map(crate::ingest::utf8::head_as_utf8)
            {
                Ok(h) => {
                    let head = String::from_utf8_lossy(&h);
                    if head.contains("\"orderedItems\"") || head.contains("\"OrderedCollection\"") {
                        outboxes.push(entry);
                    } else {
                        actors.push(entry);
                    }
                }
                Err(e) => stats.failed(entry, crate::input::unreadable(&e)),
            }
        }
        let mut owner: Option<actor::Owner> = None;
        for entry in actors {
            if let Some(o) = actor::read_actor(entry, export, emit, &mut stats) {
                owner.get_or_insert(o);
            }
        }
        for entry in outboxes {
            outbox::read_outbox(entry, export, owner.as_ref(), emit, &mut stats);
        }
        stats
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
    fn hosts_of_urls() {
        assert_eq!(host_of("https://h.example/users/u"), Some("h.example"));
        assert_eq!(host_of("nonsense"), None);
    }
}

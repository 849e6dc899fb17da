//! `actor.json`: the account holder's ActivityPub actor, read as a profile record and as the
//! identity (name, `user@host`, followers collection) every outbox record is attributed to.

use super::content::{anchor_links, media_from_attachment, tags};
use super::{host_of, list, provenance, str_field};
use crate::ingest::text::html_to_text;
use crate::ingest::{Export, ReadStats};
use crate::input::Entry;
use crate::model::{Audience, Author, AuthorRole, Kind, Platform, Record, Timestamp};
use serde_json::Value;

/// The account holder, from `actor.json` (or, without it, from the outbox's `actor` URLs).
#[derive(Debug, Clone, Default)]
pub(super) struct Owner {
    /// Actor id URL, `https://host/users/name`.
    pub(super) id: String,
    pub(super) name: Option<String>,
    /// `name@host`.
    pub(super) handle: Option<String>,
    pub(super) followers: Option<String>,
}

impl Owner {
    pub(super) fn from_actor_url(id: &str) -> Owner {
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

    pub(super) fn author(&self) -> Author {
        Author {
            role: AuthorRole::Owner,
            name: self.name.clone(),
            handle: self.handle.clone(),
        }
    }
}

pub(super) fn read_actor(
    entry: &Entry,
    export: &Export,
    emit: &mut dyn FnMut(Record),
    stats: &mut ReadStats,
) -> Option<Owner> {
    let bytes = match crate::ingest::utf8::read_json(entry, export.limits) {
        Ok(b) => b,
        Err(e) => {
            stats.failed(entry, crate::input::unreadable(&e));
            return None;
        }
    };
    let actor: Value = match serde_json::from_slice(&bytes) {
        Ok(v @ Value::Object(_)) => v,
        Ok(_) => {
            stats.failed(
                entry,
                "account file is not a JSON object; profile not read — download the archive again",
            );
            return None;
        }
        Err(e) => {
            stats.failed(
                entry,
                format!(
                    "account file is not valid JSON ({e}); profile not read — download the archive again"
                ),
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

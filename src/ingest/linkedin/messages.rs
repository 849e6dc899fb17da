//! LinkedIn messages (`messages.csv`, both eras) and invitation notes (`Invitations.csv`).
//!
//! Which side is the doctor? The 2018 form says so (`Direction` = `OUTGOING`). The current form
//! (`CONVERSATION ID,…,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,…,FOLDER`) does not, so:
//! 1. when `Profile.csv` names the owner, rows whose `FROM` is that name are the owner's, and so is
//!    every row sent from the same profile URL (which survives a change of display name);
//! 2. otherwise the owner is the person taking part in the most conversations (the account holder
//!    is in all of them), then the most frequent sender — never an order-dependent guess.
//!
//! More than one recipient makes a group message. Message bodies can hold HTML (InMail, 2018
//! entities such as `&rsquo;`), which is decoded to text.

use super::{record, Owner};
use crate::ingest::csvutil::{self, has_all, Naive, Row, Table};
use crate::ingest::text;
use crate::ingest::ReadStats;
use crate::input::Entry;
use crate::model::{Audience, Author, AuthorRole, Kind, Media, Record};
use regex::Regex;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

fn is_messages_header(h: &[String]) -> bool {
    has_all(h, &["from", "to", "date", "content"])
}

/// Split a list cell (`TO` names or `RECIPIENT PROFILE URLS`) into its items.
fn list(cell: Option<&str>) -> Vec<String> {
    cell.map(|c| {
        c.split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect()
    })
    .unwrap_or_default()
}

fn sender_key(row: &Row) -> Option<String> {
    row.get(&["senderprofileurl"])
        .or(row.get(&["from"]))
        .map(str::to_string)
}

fn recipient_keys(row: &Row) -> Vec<String> {
    let urls = list(row.get(&["recipientprofileurls"]));
    if urls.is_empty() {
        list(row.get(&["to"]))
    } else {
        urls
    }
}

/// Who the owner is, as a set of sender keys (profile URLs or names) and display names.
#[derive(Default)]
struct OwnerKeys {
    keys: BTreeSet<String>,
    names: BTreeSet<String>,
}

impl OwnerKeys {
    fn matches(&self, row: &Row) -> bool {
        sender_key(row).is_some_and(|k| self.keys.contains(&k))
            || row
                .get(&["from"])
                .is_some_and(|f| self.names.contains(&f.to_lowercase()))
    }
}

fn infer_owner(text: &str, owner: &Owner) -> OwnerKeys {
    let mut found = OwnerKeys::default();
    let Some(table) = Table::open(text, is_messages_header) else {
        return found;
    };
    let profile_name = owner.name.as_deref().map(str::to_lowercase);
    let mut conversations: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut sent: BTreeMap<String, u64> = BTreeMap::new();
    let mut names_by_key: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    table.each(|row| {
        let Some(sender) = sender_key(row) else {
            return;
        };
        let from = row.get(&["from"]).unwrap_or("").to_lowercase();
        if profile_name.as_deref() == Some(from.as_str()) {
            found.keys.insert(sender.clone());
            found.names.insert(from.clone());
        }
        let conversation = row
            .get(&["conversationid"])
            .map(str::to_string)
            .unwrap_or_else(|| format!("row{}", row.index));
        for who in std::iter::once(sender.clone()).chain(recipient_keys(row)) {
            conversations
                .entry(who)
                .or_default()
                .insert(conversation.clone());
        }
        *sent.entry(sender.clone()).or_insert(0) += 1;
        if !from.is_empty() {
            names_by_key.entry(sender).or_default().insert(from);
        }
    });
    if !found.keys.is_empty() {
        return found;
    }
    let best = conversations
        .iter()
        .map(|(k, convs)| (convs.len(), sent.get(k).copied().unwrap_or(0), k))
        .filter(|(_, n_sent, _)| *n_sent > 0)
        .max_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)).then_with(|| b.2.cmp(a.2)));
    if let Some((_, _, key)) = best {
        found.keys.insert(key.clone());
        if let Some(names) = names_by_key.get(key) {
            found.names.extend(names.iter().cloned());
        }
    }
    found
}

static HTML_TAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)</?(?:p|br|div|span|a|b|i|u|strong|em|ul|ol|li|table|tr|td|h[1-6]|img|font)\b[^>]*>",
    )
    .expect("tag pattern")
});

/// Message text: HTML (InMail) to text, entities decoded. Only real tags make it HTML, so a message
/// saying "BP <140 and >90" keeps every character.
fn clean_content(raw: &str) -> String {
    let raw = raw.trim();
    if HTML_TAG.is_match(raw) {
        text::html_to_text(raw)
    } else {
        text::unescape_html(raw).replace('\u{a0}', " ")
    }
}

pub(super) fn read_messages(
    entry: &Entry,
    text: &str,
    owner: &Owner,
    stats: &mut ReadStats,
    emit: &mut dyn FnMut(Record),
) {
    let owner_keys = infer_owner(text, owner);
    let Some(table) = Table::open(text, is_messages_header) else {
        return;
    };
    let has_direction = table.header.iter().any(|h| h == "direction");
    table.rows(entry, stats, |row, stats| {
        let content = clean_content(row.raw(&["content"]));
        let attachments = list(row.get(&["attachments"]));
        if content.is_empty() && attachments.is_empty() {
            return;
        }
        let timestamp = row
            .get(&["date"])
            .and_then(|d| csvutil::parse_time(d, Naive::Utc));
        if timestamp.is_none() && row.get(&["from"]).is_none() {
            stats.unparsed(
                entry,
                format!("message row {}: no date and no sender", row.index + 1),
            );
            return;
        }
        let direction = row.get(&["direction"]).map(str::to_ascii_uppercase);
        let is_owner = match direction.as_deref() {
            Some("OUTGOING") if has_direction => true,
            Some("INCOMING") if has_direction => false,
            _ => owner_keys.matches(row),
        };
        let recipients = recipient_keys(row);
        let group = recipients.len() > 1;
        let mut r = record(
            entry,
            row,
            if group {
                Kind::GroupMessage
            } else {
                Kind::Message
            },
            None,
        );
        r.timestamp = timestamp;
        let from = row.get(&["from"]).map(str::to_string);
        let url = row.get(&["senderprofileurl"]).map(str::to_string);
        r.author = if is_owner {
            Author {
                role: AuthorRole::Owner,
                name: from.or_else(|| owner.name.clone()),
                handle: url,
            }
        } else {
            Author::other(from, url)
        };
        r.audience = if group {
            Audience::Group
        } else {
            Audience::Private
        };
        r.thread = row.get(&["conversationid"]).map(str::to_string);
        r.context = row
            .get(&["conversationtitle"])
            .or(row.get(&["subject"]))
            .map(str::to_string);
        r.text = content;
        for a in attachments {
            let kind = csvutil::media_kind(&a);
            r.media.push(Media::new(a, kind));
        }
        for (key, cols) in [
            ("to", &["to"][..]),
            ("subject", &["subject"][..]),
            ("folder", &["folder"][..]),
            ("draft", &["ismessagedraft"][..]),
        ] {
            if let Some(v) = row.get(cols) {
                r.attributes.insert(key.to_string(), v.to_string());
            }
        }
        super::fill_entities(&mut r);
        emit(r);
    });
}

/// Invitation notes: only invitations that carry a personal message become records.
pub(super) fn read_invitations(
    entry: &Entry,
    table: Table,
    owner: &Owner,
    stats: &mut ReadStats,
    emit: &mut dyn FnMut(Record),
) {
    let owner_name = owner.name.as_deref().map(str::to_lowercase);
    table.rows(entry, stats, |row, stats| {
        let Some(message) = row.get(&["message"]) else {
            return;
        };
        let from = row.get(&["from"]).map(str::to_string);
        let is_owner = match row
            .get(&["direction"])
            .map(str::to_ascii_uppercase)
            .as_deref()
        {
            Some("OUTGOING") => true,
            Some("INCOMING") => false,
            _ => owner_name.is_some() && from.as_deref().map(str::to_lowercase) == owner_name,
        };
        let mut r = record(entry, row, Kind::Message, None);
        r.timestamp = row
            .get(&["sentat", "date"])
            .and_then(|d| csvutil::parse_time(d, Naive::Utc));
        let url = row.get(&["inviterprofileurl"]).map(str::to_string);
        r.author = if is_owner {
            Author {
                role: AuthorRole::Owner,
                name: from.or_else(|| owner.name.clone()),
                handle: url,
            }
        } else {
            Author::other(from, url)
        };
        r.audience = Audience::Private;
        r.context = Some("Invitation to connect".to_string());
        r.text = clean_content(message);
        if let Some(to) = row.get(&["to"]) {
            r.attributes.insert("to".into(), to.to_string());
        }
        r.attributes.insert("invitation".into(), "true".into());
        super::fill_entities(&mut r);
        if r.timestamp.is_none() && r.text.is_empty() {
            stats.unparsed(
                entry,
                format!("invitation row {}: unreadable", row.index + 1),
            );
            return;
        }
        emit(r);
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_real_html_is_converted() {
        assert_eq!(
            clean_content("Keep BP <140 and >90"),
            "Keep BP <140 and >90"
        );
        assert_eq!(
            clean_content("<p>Hello &amp; welcome</p><p>bye</p>"),
            "Hello & welcome\nbye"
        );
        assert_eq!(clean_content("I&rsquo;m&nbsp;in"), "I’m in");
    }
}

//! Messenger and Instagram DM threads: `{participants, messages, title, thread_path, …}`.
//!
//! A long conversation is split into `message_1.json`, `message_2.json`, … (newest first); all parts
//! carry the same `thread_path`, which becomes the thread id. Participants and senders are display
//! names only, so the owner is found by name: the profile's name when the export has one, else the
//! participant common to the export's threads, else (1:1 threads) the participant who is not the
//! thread's title — Meta titles a 1:1 thread with the *other* person's name.
//!
//! Not records: reactions (`reactions[]`, and Instagram's "Reacted ❤️ to your message" lines), calls,
//! join/leave notices and stickers. Boilerplate like "You sent an attachment." is dropped from the
//! text; what was shared stays as links and attributes.

use super::json::{self, array_field, int_field, str_field, Item};
use super::media::{exif_location, links_in, push_unique};
use super::Reader;
use crate::input::Entry;
use crate::model::{Audience, Author, AuthorRole, Kind, Timestamp};
use serde::Deserialize;
use serde_json::Value;
use std::collections::BTreeMap;

/// The parts of a thread file that identify it, read without the messages.
#[derive(Debug, Default, Clone, Deserialize)]
pub struct ThreadHeader {
    #[serde(default)]
    participants: Vec<ParticipantJson>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    thread_path: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
enum ParticipantJson {
    Named { name: String },
    Bare(String),
    Other(serde::de::IgnoredAny),
}

impl ThreadHeader {
    /// Participant names, mojibake repaired.
    pub fn names(&self) -> Vec<String> {
        self.participants
            .iter()
            .filter_map(|p| match p {
                ParticipantJson::Named { name } | ParticipantJson::Bare(name) => {
                    Some(crate::ingest::text::fix_mojibake(name))
                }
                ParticipantJson::Other(_) => None,
            })
            .filter(|n| !n.trim().is_empty())
            .collect()
    }

    pub fn title(&self) -> Option<String> {
        self.title
            .as_deref()
            .map(crate::ingest::text::fix_mojibake)
            .filter(|t| !t.trim().is_empty())
    }
}

/// Read a thread file's participants and title, skipping the messages. `None` if unreadable (the
/// full read reports it).
pub fn read_header(entry: &Entry, limits: &crate::input::Limits) -> Option<ThreadHeader> {
    if let Some(bytes) = json::read_small(entry, limits) {
        let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
        return serde_json::from_slice(body).ok();
    }
    let reader = json::open_json(entry, limits).ok()?;
    serde_json::from_reader(reader).ok()
}

/// How often each name takes part in the export's threads: the owner takes part in all of them.
#[derive(Debug, Default)]
pub struct ParticipantCounts {
    counts: BTreeMap<String, usize>,
    threads_seen: std::collections::BTreeSet<String>,
    threads: usize,
}

impl ParticipantCounts {
    /// Count one thread file's participants; later parts of a split thread (same `thread_path`)
    /// count once.
    pub fn add(&mut self, header: &ThreadHeader) {
        if let Some(p) = &header.thread_path {
            if !self.threads_seen.insert(p.clone()) {
                return;
            }
        }
        self.add_names(header.names());
    }

    /// Count one thread's participant names (the HTML reader has no [`ThreadHeader`]).
    pub fn add_names(&mut self, mut names: Vec<String>) {
        self.threads += 1;
        names.sort();
        names.dedup();
        for n in names {
            *self.counts.entry(n).or_insert(0) += 1;
        }
    }

    /// The one name taking part in every thread, when there are at least two threads: that is the
    /// export's owner even without a profile file.
    pub fn common_to_all(&self) -> Option<&str> {
        if self.threads < 2 {
            return None;
        }
        let mut all = self.counts.iter().filter(|(_, c)| **c == self.threads);
        match (all.next(), all.next()) {
            (Some((name, _)), None) => Some(name),
            _ => None,
        }
    }

    /// The participant of `names` seen in the most threads, if seen in at least two and strictly
    /// more often than every other participant of this thread.
    fn most_common<'n>(&self, names: &'n [String]) -> Option<&'n String> {
        let count = |n: &String| self.counts.get(n).copied().unwrap_or(0);
        let best = names.iter().max_by_key(|n| count(n))?;
        let top = count(best);
        let unique = names.iter().filter(|n| count(n) == top).count() == 1;
        (top >= 2 && unique).then_some(best)
    }
}

/// [`ParticipantCounts`] of an export's threads, read from every thread's header only if some
/// thread needs them: when the profile names the owner and the owner takes part in a thread (the
/// usual case), that thread is settled without them, and the headers are never read.
pub struct LazyCounts<'a> {
    cell: std::sync::OnceLock<ParticipantCounts>,
    threads: &'a [&'a Entry],
    limits: &'a crate::input::Limits,
}

impl<'a> LazyCounts<'a> {
    pub fn new(threads: &'a [&'a Entry], limits: &'a crate::input::Limits) -> Self {
        LazyCounts {
            cell: std::sync::OnceLock::new(),
            threads,
            limits,
        }
    }

    /// Read the headers now, on every thread of the pool.
    pub fn read_in_parallel(&self) {
        use rayon::prelude::*;
        if self.cell.get().is_some() {
            return;
        }
        let headers: Vec<Option<ThreadHeader>> = self
            .threads
            .par_iter()
            .map(|e| read_header(e, self.limits))
            .collect();
        let _ = self.cell.set(count(headers.iter().flatten()));
    }

    /// The counts, read now if they were not yet. Deliberately one thread at a time: a rayon
    /// task waiting here must not be stolen into by the reading, which would wait on itself.
    pub fn get(&self) -> &ParticipantCounts {
        self.cell.get_or_init(|| {
            count(
                self.threads
                    .iter()
                    .filter_map(|e| read_header(e, self.limits))
                    .collect::<Vec<_>>()
                    .iter(),
            )
        })
    }
}

fn count<'h>(headers: impl Iterator<Item = &'h ThreadHeader>) -> ParticipantCounts {
    let mut counts = ParticipantCounts::default();
    for h in headers {
        counts.add(h);
    }
    counts
}

/// English system lines written in the owner's voice ("You sent…"), the last resort for finding the
/// owner of a thread.
const OWNER_VOICE: [&str; 8] = [
    "You sent ",
    "You named the group",
    "You created the group",
    "You added ",
    "You removed ",
    "You changed the group",
    "You set the nickname",
    "You unsent a message",
];

/// Decide which participant is the export's owner.
pub(crate) fn owner_of_thread(
    names: &[String],
    title: Option<&str>,
    profile_names: &[String],
    counts: &ParticipantCounts,
    messages: &[(u64, Value)],
) -> Option<String> {
    if let Some(n) = names.iter().find(|n| profile_names.contains(n)) {
        return Some(n.clone());
    }
    if let Some(n) = counts.most_common(names) {
        return Some(n.clone());
    }
    if let (2, Some(title)) = (names.len(), title) {
        let others: Vec<&String> = names.iter().filter(|n| n.as_str() != title).collect();
        if let [only] = others.as_slice() {
            if names.iter().any(|n| n == title) {
                return Some((*only).clone());
            }
        }
    }
    messages.iter().find_map(|(_, m)| {
        let content = str_field(m, "content")?;
        OWNER_VOICE
            .iter()
            .any(|p| content.starts_with(p))
            .then(|| str_field(m, "sender_name").map(str::to_string))
            .flatten()
    })
}

/// Lines that record an action, not something anyone wrote.
fn is_reaction_line(content: &str) -> bool {
    let c = content.trim();
    (c.starts_with("Reacted ") && c.contains(" to your message"))
        || (c.starts_with("Reacted ") && c.ends_with(" to a message"))
        || c == "Liked a message"
        || c.ends_with(" liked a message")
        || (c.contains(" reacted ") && c.contains(" to your message"))
}

/// Boilerplate standing in for an attachment ("You sent an attachment.", "Jane sent a photo.").
fn is_attachment_boilerplate(content: &str) -> bool {
    let c = content.trim();
    let sent = c.starts_with("You sent ") || c.contains(" sent ");
    sent && [
        "an attachment.",
        "a photo.",
        "a video.",
        "a link.",
        "a GIF.",
        "a sticker.",
        "a voice message.",
        "a file.",
        "photos.",
        "videos.",
    ]
    .iter()
    .any(|end| c.ends_with(end))
}

const SYSTEM_TYPES: [&str; 3] = ["Call", "Subscribe", "Unsubscribe"];

const ATTACHMENTS: [(&str, &str); 5] = [
    ("photos", "photo"),
    ("videos", "video"),
    ("gifs", "gif"),
    ("audio_files", "audio"),
    ("files", "file"),
];

/// Everything in a thread file, gathered while streaming.
#[derive(Default)]
struct Gathered {
    names: Vec<String>,
    title: Option<String>,
    thread_path: Option<String>,
    thread_type: Option<String>,
    pending: bool,
    messages: Vec<(u64, Value)>,
}

/// Read one thread file and emit its messages.
pub fn read_thread(
    r: &mut Reader<'_, '_>,
    entry: &Entry,
    profile_names: &[String],
    counts: &LazyCounts,
) {
    let mut g = Gathered::default();
    let outcome = json::stream(entry, r.export.limits, |item| match item {
        Item::Keyed { key, value } => match key.as_str() {
            "participants" => {
                g.names = value
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|p| {
                        str_field(p, "name")
                            .or_else(|| p.as_str())
                            .map(str::to_string)
                    })
                    .collect();
            }
            "title" | "thread_name" => g.title = value.as_str().map(str::to_string),
            "thread_path" => g.thread_path = value.as_str().map(str::to_string),
            "thread_type" => g.thread_type = value.as_str().map(str::to_string),
            "is_pending" => g.pending = value.as_bool().unwrap_or(false),
            _ => {}
        },
        Item::KeyedElement { key, index, value } if key == "messages" => {
            g.messages.push((index, value));
        }
        _ => {}
    });
    if let Err(broken) = &outcome {
        r.broken(entry, broken, "messages");
    }
    emit_messages(r, entry, g, profile_names, counts);
}

fn thread_id(g: &Gathered, entry: &Entry) -> Option<String> {
    let from_path = g
        .thread_path
        .as_deref()
        .and_then(|p| p.trim_end_matches('/').rsplit('/').next())
        .filter(|s| !s.is_empty())
        .map(str::to_string);
    from_path.or_else(|| {
        // `…/inbox/<slug>_<id>/message_1.json`: the folder names the thread.
        let parent = crate::ingest::parent_dir(&entry.path);
        let folder = parent.rsplit('/').next().unwrap_or("");
        let grandparent = crate::ingest::parent_dir(parent);
        let in_thread_folder = [
            "inbox",
            "archived_threads",
            "filtered_threads",
            "message_requests",
            "e2ee_cutover",
            "your_group_messages",
        ]
        .iter()
        .any(|f| grandparent.ends_with(f));
        if in_thread_folder && !folder.is_empty() {
            Some(folder.to_string())
        } else {
            g.title.clone()
        }
    })
}

/// The folder the thread sits in (`inbox`, `message_requests`, …), from `thread_path` or the path.
fn thread_folder(g: &Gathered, entry: &Entry) -> Option<String> {
    let from_thread_path = g
        .thread_path
        .as_deref()
        .and_then(|p| p.split('/').next())
        .filter(|f| !f.is_empty() && g.thread_path.as_deref().is_some_and(|p| p.contains('/')));
    let known = [
        "inbox",
        "archived_threads",
        "filtered_threads",
        "message_requests",
        "your_group_messages",
    ];
    from_thread_path.map(str::to_string).or_else(|| {
        entry
            .path
            .split('/')
            .find(|seg| known.contains(seg))
            .map(str::to_string)
    })
}

fn emit_messages(
    r: &mut Reader<'_, '_>,
    entry: &Entry,
    g: Gathered,
    profile_names: &[String],
    counts: &LazyCounts,
) {
    // The profile's name settles it without the other threads (owner_of_thread's first rule).
    let owner = match g.names.iter().find(|n| profile_names.contains(n)) {
        Some(n) => Some(n.clone()),
        None => owner_of_thread(
            &g.names,
            g.title.as_deref(),
            profile_names,
            counts.get(),
            &g.messages,
        ),
    };
    let group = match g.thread_type.as_deref() {
        Some("RegularGroup") | Some("Group") => true,
        Some("Regular") | Some("OneToOne") => false,
        // 2024 group-chat files carry `thread_name` and no participant list.
        _ => {
            g.names.len() > 2 || (g.names.is_empty() && entry.path.contains("your_group_messages"))
        }
    };
    let (kind, audience) = if group {
        (Kind::GroupMessage, Audience::Group)
    } else {
        (Kind::Message, Audience::Private)
    };
    let thread = thread_id(&g, entry);
    let folder = thread_folder(&g, entry);
    for (index, m) in &g.messages {
        if !m.is_object() {
            r.stats
                .unparsed(entry, format!("message {index} is not an object"));
            continue;
        }
        if m.get("type")
            .and_then(Value::as_str)
            .is_some_and(|t| SYSTEM_TYPES.contains(&t))
        {
            continue;
        }
        let content = str_field(m, "content").unwrap_or("");
        if is_reaction_line(content) {
            continue;
        }
        let mut rec = r.record(kind, entry, *index);
        rec.timestamp = int_field(m, "timestamp_ms")
            .and_then(Timestamp::from_unix_ms)
            .or_else(|| int_field(m, "timestamp").and_then(Timestamp::from_unix));
        let sender = str_field(m, "sender_name").map(str::to_string);
        rec.author = match (&sender, &owner) {
            (Some(s), Some(o)) if s == o => Author {
                role: AuthorRole::Owner,
                name: sender.clone(),
                handle: None,
            },
            (_, Some(_)) => Author::other(sender.clone(), None),
            (_, None) => Author {
                role: AuthorRole::Unknown,
                name: sender.clone(),
                handle: None,
            },
        };
        rec.audience = audience;
        rec.thread = thread.clone();
        rec.context = g.title.clone();
        if !is_attachment_boilerplate(content) {
            rec.text = content.to_string();
        }
        push_unique(&mut rec.links, links_in(&rec.text));
        for (key, media_kind) in ATTACHMENTS {
            for a in array_field(m, key) {
                if let Some(media) = r.media.media(a, Some(media_kind)) {
                    rec.media.push(media);
                }
            }
        }
        if let Some(share) = m.get("share") {
            if let Some(link) = str_field(share, "link") {
                push_unique(&mut rec.links, [link.to_string()]);
            }
            if let Some(t) = str_field(share, "share_text") {
                rec.attributes.insert("shared_text".into(), t.to_string());
            }
            if let Some(o) = str_field(share, "original_content_owner") {
                rec.attributes.insert("shared_from".into(), o.to_string());
            }
        }
        if m.get("is_unsent").and_then(Value::as_bool) == Some(true) {
            rec.attributes.insert("unsent".into(), "true".into());
        }
        if let Some(f) = &folder {
            rec.attributes.insert("folder".into(), f.clone());
        }
        if g.pending {
            rec.attributes.insert("pending".into(), "true".into());
        }
        let has_content = !rec.text.is_empty()
            || !rec.media.is_empty()
            || !rec.links.is_empty()
            || rec.attributes.contains_key("shared_text");
        if !has_content {
            continue;
        }
        rec.location = exif_location(&rec.media);
        r.emit(rec);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn owner_by_profile_then_frequency_then_title() {
        let counts = ParticipantCounts::default();
        let n = names(&["Ann", "Bob"]);
        assert_eq!(
            owner_of_thread(&n, Some("Ann"), &names(&["Bob"]), &counts, &[]),
            Some("Bob".into())
        );
        assert_eq!(
            owner_of_thread(&n, Some("Ann"), &[], &counts, &[]),
            Some("Bob".into()),
            "1:1 threads are titled with the other person"
        );
        let mut counts = ParticipantCounts::default();
        for other in ["Cy", "Di", "Ed"] {
            counts.add(&ThreadHeader {
                participants: vec![
                    ParticipantJson::Named { name: "Bob".into() },
                    ParticipantJson::Named { name: other.into() },
                ],
                title: Some(other.into()),
                thread_path: Some(format!("inbox/{other}")),
            });
        }
        let g = names(&["Cy", "Bob", "Di"]);
        assert_eq!(
            owner_of_thread(&g, Some("chat"), &[], &counts, &[]),
            Some("Bob".into())
        );
        assert_eq!(
            owner_of_thread(&names(&["X", "Y", "Z"]), Some("chat"), &[], &counts, &[]),
            None
        );
        assert_eq!(counts.common_to_all(), Some("Bob"));
        counts.add_names(names(&["Cy", "Di"]));
        assert_eq!(
            counts.common_to_all(),
            None,
            "Bob is not in every thread any more"
        );
    }

    #[test]
    fn reaction_and_boilerplate_lines() {
        assert!(is_reaction_line("Reacted ❤️ to your message "));
        assert!(is_reaction_line("Liked a message"));
        assert!(!is_reaction_line("I reacted badly to the news"));
        assert!(is_attachment_boilerplate("You sent an attachment."));
        assert!(is_attachment_boilerplate("Jane Roe sent a photo."));
        assert!(!is_attachment_boilerplate("I sent the letter."));
    }
}

//! WhatsApp chat exports: `_chat.txt` in iOS's `WhatsApp Chat - <name>.zip`, or Android's
//! `WhatsApp Chat with <name>.txt`, with or without the media files beside them (FORMATS.md §10).
//!
//! A chat export is a plain text file with no ids, no time zone and no word on who exported it, in the
//! phone's language and region format. Reading one faithfully takes three decisions this module makes
//! explicitly rather than by guess:
//!
//! - **Recognition by content.** Exports get renamed (the samples have arbitrary names), so a file is
//!   WhatsApp when its first line and a few more start with a message header ([`header`]), not when
//!   its name says so. Structured files (JSON, CSV, HTML) are never claimed.
//! - **Dates.** Day/month order and the calendar are inferred per file and per date style
//!   ([`dates`]); times are kept as naive local wall-clock time (`Timestamp::local`), never shifted.
//! - **Meaning.** Attachments, omitted media, deletions, edits, locations, polls, calls and system
//!   events are told apart by structure first, localised vocabulary second ([`markers`]). System
//!   events are not records (they are no one's words), but they do tell a group from a private chat.
//!   Who the doctor is comes from evidence in and across chats ([`chat`]), else stays unknown.
//!
//! Every chat of one input is read as one export (see [`Source::export_root`]) so that the owner can
//! be recognised across chats. Each file is read twice, streaming: pass one collects the dates and the
//! chat's facts, pass two emits records, so memory does not grow with the size of a chat.

pub mod chat;
pub mod dates;
pub mod header;
pub mod markers;
pub mod refs;
pub mod vocab;

use super::{parent_dir, Claim, Export, Probe, ReadStats, Role, Source};
use crate::input::{Entry, Limits};
use crate::model::{
    derive_id, Audience, Author, AuthorRole, Kind, Location, LocationSource, Media, Platform,
    Provenance, Record, Timestamp,
};
use chat::{ChatFacts, Roles};
use dates::{DateOrders, DateSamples};
use header::{Header, Style};
use markers::{Body, Content, Place};
use rayon::prelude::*;
use std::collections::HashMap;
use std::io::{BufRead, BufReader};

pub struct Whatsapp;

/// Extensions of structured formats other sources own; a chat export is never one of them.
const NOT_CHAT_EXTENSIONS: [&str; 10] = [
    ".json", ".js", ".csv", ".tsv", ".html", ".htm", ".xml", ".car", ".vcf", ".md",
];

impl Source for Whatsapp {
    fn name(&self) -> &'static str {
        "whatsapp"
    }

    fn platform(&self) -> Platform {
        Platform::Whatsapp
    }

    fn detect(&self, probe: &Probe) -> Claim {
        if NOT_CHAT_EXTENSIONS.iter().any(|e| probe.name.ends_with(e)) {
            return Claim::NOT_MINE;
        }
        let text = probe.head_text();
        let named = probe.name == "_chat.txt" || probe.name.contains("whatsapp");
        let lines = text
            .lines()
            .map(|l| l.trim_start_matches('\u{FEFF}'))
            .filter(|l| !l.trim().is_empty())
            .take(50);
        let (mut headers, mut authored, mut log_like) = (0u32, 0u32, false);
        let mut preamble = 0u32;
        for line in lines {
            match message_start(line) {
                Some((h, author)) => {
                    headers += 1;
                    authored += u32::from(author.is_some());
                    log_like |= looks_like_log(&h);
                }
                // A few lines a backup tool wrote before the chat are tolerated, not more.
                None if headers == 0 => {
                    preamble += 1;
                    if preamble > 3 {
                        return Claim::NOT_MINE;
                    }
                }
                None => {}
            }
        }
        // Machine logs share the shape (ISO date, seconds, ` - `); only a WhatsApp-like name vouches.
        if log_like && !named {
            return Claim::NOT_MINE;
        }
        let confidence = match (headers, authored, preamble) {
            (h, a, _) if h >= 3 && a * 2 >= h => 80,
            (2, a, 0) if a >= 1 => 70,
            (1, 1, 0) => 55,
            _ => return Claim::NOT_MINE,
        };
        let confidence = confidence - if preamble > 0 { 10 } else { 0 };
        Claim::records(if named { confidence + 10 } else { confidence })
    }

    fn export_root(&self, _entry: &Entry) -> String {
        // One export per input: the owner is recognised across all of its chats.
        String::new()
    }

    fn read(&self, export: &Export, emit: &mut dyn FnMut(Record)) -> ReadStats {
        let mut stats = ReadStats::default();
        let chats: Vec<&Entry> = export.with_role(Role::Records).collect();
        // Pass one over every chat (on every thread): the facts that decide who is who.
        let scans: Vec<Scan> = chats.par_iter().map(|e| scan(e, export.limits)).collect();
        let facts: Vec<&ChatFacts> = scans.iter().map(|s| &s.facts).collect();
        let roles = chat::resolve_roles(&facts);
        let chats: Vec<Chat> = chats
            .iter()
            .zip(&scans)
            .zip(roles)
            .map(|((entry, scan), roles)| Chat::new(entry, scan, roles))
            .collect();
        emit_chats(&chats, export, emit, &mut stats);
        stats
    }
}

/// A header that starts a message line, with the author if there is one.
fn message_start(line: &str) -> Option<(Header, Option<String>)> {
    let h = header::parse(line)?;
    let author = split_author(line.get(h.rest..)?).0;
    // Without a separator the header is only believable when an author follows it.
    if matches!(h.style, Style::Bare | Style::Colon) && author.is_none() {
        return None;
    }
    Some((h, author))
}

/// Year-first `-` dates with seconds and an Android-style separator: the shape of a log file.
fn looks_like_log(h: &Header) -> bool {
    h.style != Style::Bracketed && h.date_sep == '-' && h.parts[0].digits == 4 && h.second != 0
}

/// Longest author part looked at: 80 characters of up to four bytes, with room for bidi marks.
const MAX_AUTHOR_BYTES: usize = 1024;

/// `Dr A: hello` → (`Dr A`, `hello`); a line without a plausible author is a system line.
fn split_author(rest: &str) -> (Option<String>, &str) {
    let (candidate, text) = match rest.find(": ") {
        Some(i) => (&rest[..i], &rest[i + 2..]),
        None => match rest.trim_end().strip_suffix(':') {
            Some(a) => (a, ""),
            None => return (None, rest),
        },
    };
    if candidate.len() > MAX_AUTHOR_BYTES {
        return (None, rest);
    }
    // Marks and no-break spaces are never ASCII: plain names need no rewriting.
    let name: std::borrow::Cow<str> = if candidate.is_ascii() {
        candidate.into()
    } else {
        candidate
            .chars()
            .filter(|c| !header::is_mark(*c))
            .map(|c| {
                if c == '\u{00A0}' || c == '\u{202F}' {
                    ' '
                } else {
                    c
                }
            })
            .collect::<String>()
            .into()
    };
    let name = name.trim();
    let plausible =
        !name.is_empty() && name.chars().count() <= 80 && !name.contains(['"', '“', '”', '«', '»']);
    if plausible {
        (Some(name.to_string()), text)
    } else {
        (None, rest)
    }
}

/// One message as written: header, author and body (first line plus continuation lines).
struct RawMessage {
    header: Header,
    line_no: u64,
    raw_time: String,
    author: Option<String>,
    body: String,
}

/// Stream the messages of a chat file. Lines before the first header are counted, not delivered.
/// Returns the number of such orphan lines, and the read error that ended the file early, if any.
fn for_each_message(
    entry: &Entry,
    limits: &Limits,
    mut f: impl FnMut(RawMessage),
) -> (u64, Option<String>) {
    let reader = match crate::ingest::utf8::open_text(entry, limits) {
        Ok(r) => r,
        Err(e) => return (0, Some(format!("cannot read the chat file: {e}"))),
    };
    let mut reader = BufReader::with_capacity(64 * 1024, reader);
    let mut buf = Vec::new();
    let mut line_no: u64 = 0;
    let mut orphans = 0;
    let mut current: Option<RawMessage> = None;
    let error = loop {
        buf.clear();
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => break None,
            Ok(_) => {}
            Err(e) => {
                break Some(format!(
                    "the chat file ends early at line {}: {e}",
                    line_no + 1
                ))
            }
        }
        line_no += 1;
        let mut line = match String::from_utf8(std::mem::take(&mut buf)) {
            Ok(s) => s,
            Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        };
        line.truncate(line.trim_end_matches(['\n', '\r']).len());
        if line_no == 1 {
            line.drain(..line.len() - line.trim_start_matches('\u{FEFF}').len());
        }
        match message_start(&line) {
            Some((h, author)) => {
                if let Some(done) = current.take() {
                    f(done);
                }
                let rest = line.get(h.rest..).unwrap_or("");
                let body = match &author {
                    Some(_) => split_author(rest).1,
                    None => rest,
                };
                let body_start = line.len() - body.len();
                let raw_time = raw_time(&line, &h);
                line.drain(..body_start);
                current = Some(RawMessage {
                    raw_time,
                    header: h,
                    line_no,
                    author,
                    body: line,
                });
            }
            None => match current.as_mut() {
                Some(m) => {
                    m.body.push('\n');
                    m.body.push_str(&line);
                }
                None if line.trim().is_empty() => {}
                None => orphans += 1,
            },
        }
    };
    if let Some(done) = current.take() {
        f(done);
    }
    (orphans, error)
}

/// The date and time as written, marks removed, for the `raw_timestamp` attribute.
fn raw_time(line: &str, h: &Header) -> String {
    line.get(..h.raw_end)
        .unwrap_or("")
        .chars()
        .filter(|c| !header::is_mark(*c) && *c != '[')
        .collect::<String>()
        .trim()
        .to_string()
}

/// What pass one learnt about a chat file.
struct Scan {
    facts: ChatFacts,
    orders: DateOrders,
}

fn scan(entry: &Entry, limits: &Limits) -> Scan {
    let mut samples = DateSamples::default();
    let mut facts = ChatFacts {
        file_name: chat::name_for_entry(&entry.path, &entry.input),
        ..ChatFacts::default()
    };
    for_each_message(entry, limits, |m| {
        samples.add(&m.header);
        let ios = m.header.style == Style::Bracketed;
        match (
            &m.author,
            markers::classify(&m.body, ios, ios && m.header.lead_mark),
        ) {
            (None, _) => note_system(&mut facts, &m.body),
            (Some(author), Content::System(text)) => {
                note_system(&mut facts, &text);
                if !facts.system_authors.contains(author) {
                    facts.system_authors.push(author.clone());
                }
            }
            (Some(author), Content::Message(body)) => {
                *facts.authors.entry(author.clone()).or_insert(0) += 1;
                if body.deleted == Some(true) {
                    facts.deleted_by_owner.insert(author.clone());
                }
            }
        }
    });
    Scan {
        facts,
        orders: samples.resolve(),
    }
}

fn note_system(facts: &mut ChatFacts, text: &str) {
    facts.group_event |= vocab::is_group_event(text);
    if facts.group_name.is_none() {
        facts.group_name = vocab::created_group_name(text);
    }
}

/// What pass two needs to know about one chat.
struct Chat<'a> {
    entry: &'a Entry,
    scan: &'a Scan,
    roles: Roles,
    kind: Kind,
    audience: Audience,
    thread: String,
    context: Option<String>,
}

impl<'a> Chat<'a> {
    fn new(entry: &'a Entry, scan: &'a Scan, roles: Roles) -> Self {
        let (kind, audience) = if scan.facts.is_group() {
            (Kind::GroupMessage, Audience::Group)
        } else {
            (Kind::Message, Audience::Private)
        };
        let thread = scan.facts.file_name.clone().unwrap_or_else(|| {
            let hash = blake3::hash(entry.path.as_bytes()).to_hex();
            format!("h:{}", &hash[..16])
        });
        Chat {
            entry,
            scan,
            roles,
            kind,
            audience,
            thread,
            context: scan.facts.display_name(),
        }
    }
}

/// Messages handed to a task at a time.
const MESSAGE_BATCH: usize = 256;

/// Work for the pass-two pipeline: messages of one chat, or the end of a chat.
enum Work {
    Messages {
        chat: usize,
        messages: Vec<RawMessage>,
    },
    End {
        chat: usize,
        orphans: u64,
        error: Option<String>,
    },
}

/// What a task made of its work.
enum Built {
    Records {
        chat: usize,
        records: Vec<Record>,
        bad_dates: u64,
    },
    End {
        chat: usize,
        orphans: u64,
        error: Option<String>,
    },
}

/// Pass two: read every chat again and emit its messages. This thread reads and splits the files;
/// records are built on every thread of the pool; they come back in file order, and the per-chat
/// numbering of identical messages and the problems are done here, in that order.
fn emit_chats(
    chats: &[Chat],
    export: &Export,
    emit: &mut dyn FnMut(Record),
    stats: &mut ReadStats,
) {
    let mut seen_ids: HashMap<String, u32> = HashMap::new();
    let mut current = usize::MAX;
    let mut bad_dates = 0u64;
    crate::pipeline::ordered(
        |work: Work| match work {
            Work::Messages { chat, messages } => {
                let cx = &chats[chat];
                let mut bad = 0u64;
                let records = messages
                    .into_iter()
                    .filter_map(|m| {
                        let (r, dated) = message_record(cx, m, export)?;
                        bad += u64::from(!dated);
                        Some(r)
                    })
                    .collect();
                Built::Records {
                    chat,
                    records,
                    bad_dates: bad,
                }
            }
            Work::End {
                chat,
                orphans,
                error,
            } => Built::End {
                chat,
                orphans,
                error,
            },
        },
        |built| match built {
            Built::Records {
                chat,
                records,
                bad_dates: bad,
            } => {
                if chat != current {
                    current = chat;
                    seen_ids.clear();
                    bad_dates = 0;
                }
                bad_dates += bad;
                for mut r in records {
                    // Identical messages in one chat (two "ok"s in the same minute) are distinct
                    // messages: number repeats so de-duplication across downloads never merges them.
                    let n = seen_ids.entry(r.id.clone()).or_insert(0);
                    *n += 1;
                    if *n > 1 {
                        r.id = format!("{}:{n}", r.id);
                    }
                    emit(r);
                }
            }
            Built::End {
                chat,
                orphans,
                error,
            } => {
                let entry = chats[chat].entry;
                if chat != current {
                    bad_dates = 0;
                }
                current = usize::MAX;
                seen_ids.clear();
                if orphans > 0 {
                    stats.unparsed(
                        entry,
                        format!("{orphans} line(s) before the first message header were skipped"),
                    );
                }
                if bad_dates > 0 {
                    stats.unparsed(
                        entry,
                        format!(
                            "{bad_dates} message(s) have an impossible date; kept without a time"
                        ),
                    );
                }
                if let Some(e) = error {
                    stats.failed(
                        entry,
                        format!(
                            "{e}; messages before that point were read — export the chat again \
                             for the rest"
                        ),
                    );
                }
            }
        },
        |push| {
            for (chat, cx) in chats.iter().enumerate() {
                let mut batch = Vec::with_capacity(MESSAGE_BATCH);
                let (orphans, error) = for_each_message(cx.entry, export.limits, |m| {
                    batch.push(m);
                    if batch.len() >= MESSAGE_BATCH {
                        let messages =
                            std::mem::replace(&mut batch, Vec::with_capacity(MESSAGE_BATCH));
                        push(Work::Messages { chat, messages });
                    }
                });
                if !batch.is_empty() {
                    push(Work::Messages {
                        chat,
                        messages: batch,
                    });
                }
                push(Work::End {
                    chat,
                    orphans,
                    error,
                });
            }
        },
    );
}

/// The record for one message, with its id before numbering repeats, and whether its date was
/// possible; `None` for system lines.
fn message_record(cx: &Chat, m: RawMessage, export: &Export) -> Option<(Record, bool)> {
    let author = m.author?;
    let ios = m.header.style == Style::Bracketed;
    let Content::Message(body) = markers::classify(&m.body, ios, ios && m.header.lead_mark) else {
        return None;
    };
    let timestamp = cx.scan.orders.timestamp(&m.header).map(Timestamp::local);
    let source = Provenance {
        input: cx.entry.input.to_string(),
        entry: cx.entry.path.clone(),
        index: m.line_no,
    };
    let mut r = Record::new(Platform::Whatsapp, cx.kind, None, source);
    r.timestamp = timestamp;
    r.author = author_of(&author, &cx.roles);
    r.audience = cx.audience;
    r.thread = Some(cx.thread.clone());
    r.context = cx.context.clone();
    r.attributes.insert("raw_timestamp".into(), m.raw_time);
    fill_body(&mut r, body, cx.entry, parent_dir(&cx.entry.path), export);
    r.id = derive_id(&r);
    Some((r, timestamp.is_some()))
}

fn author_of(name: &str, roles: &Roles) -> Author {
    let role = match &roles.owner {
        Some(owner) if owner == name => AuthorRole::Owner,
        Some(_) => AuthorRole::Other,
        None if roles.known_others.contains(name) => AuthorRole::Other,
        None => AuthorRole::Unknown,
    };
    let is_phone = name.starts_with('+')
        && name
            .chars()
            .skip(1)
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')'));
    Author {
        role,
        name: (!is_phone).then(|| name.to_string()),
        handle: is_phone.then(|| name.to_string()),
    }
}

fn fill_body(r: &mut Record, body: Body, entry: &Entry, chat_dir: &str, export: &Export) {
    r.links = refs::links(&body.text);
    r.mentions = refs::mentions(&body.text);
    r.hashtags = refs::hashtags(&body.text);
    r.text = body.text;
    for m in body.media {
        let beside = if chat_dir.is_empty() {
            m.name.clone()
        } else {
            format!("{chat_dir}/{}", m.name)
        };
        let file = m
            .included
            .then(|| {
                export
                    .media
                    .find(&entry.input, &beside)
                    .or_else(|| export.media.find(&entry.input, &m.name))
            })
            .flatten();
        let path = match (file, m.included) {
            (Some(f), _) => f.path.clone(),
            (None, true) => beside,
            (None, false) => m.name.clone(),
        };
        let mut media = Media::new(path, m.kind);
        if let Some(f) = file {
            crate::ingest::exif::fill_from_file(&mut media, f, export.limits);
        }
        media.description = match (&m.title, m.included) {
            (Some(t), true) => Some(t.clone()),
            (_, false) => Some("not included in the export".to_string()),
            (None, true) => None,
        };
        if !m.included {
            r.attributes.insert("media_omitted".into(), "true".into());
        }
        r.media.push(media);
    }
    if body.view_once {
        r.attributes.insert("view_once".into(), "true".into());
    }
    if let Some(by_owner) = body.deleted {
        r.attributes.insert("deleted".into(), "true".into());
        if by_owner {
            r.attributes.insert("deleted_by".into(), "owner".into());
        }
    }
    if body.edited {
        r.attributes.insert("edited".into(), "true".into());
    }
    if body.poll {
        r.attributes.insert("poll".into(), "true".into());
    }
    if let Some(call) = body.call {
        r.attributes.insert("call".into(), call);
    }
    r.location = body.place.map(|p| match p {
        Place::Pin(point) => {
            r.attributes.insert("location_share".into(), "pin".into());
            Location {
                name: None,
                coordinates: Some(point),
                source: LocationSource::Text,
            }
        }
        Place::Venue(name) => {
            r.attributes.insert("location_share".into(), "venue".into());
            Location {
                name: Some(name),
                coordinates: None,
                source: LocationSource::Text,
            }
        }
        Place::Live => {
            r.attributes.insert("live_location".into(), "true".into());
            Location {
                name: None,
                coordinates: None,
                source: LocationSource::Text,
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn authors_are_split_from_text_and_system_lines_have_none() {
        assert_eq!(
            split_author("Dr A: hello: world"),
            (Some("Dr A".to_string()), "hello: world")
        );
        assert_eq!(split_author("Luke:"), (Some("Luke".to_string()), ""));
        assert_eq!(
            split_author("\u{202A}+40\u{00A0}521\u{202C}: hi"),
            (Some("+40 521".to_string()), "hi")
        );
        let sys = "Dr A changed the subject from \"Ward: 5\" to \"Ward 6\"";
        assert_eq!(split_author(sys), (None, sys));
        assert_eq!(
            split_author("You created group"),
            (None, "You created group")
        );
    }

    proptest::proptest! {
        /// No line, however odd, panics the header scanner, the author split or the classifier.
        #[test]
        fn arbitrary_lines_never_panic(line in "\\PC{0,80}", prefix in "[\\[0-9/.,: \u{200E}\u{200F}\u{202F}APMpm-]{0,24}") {
            let line = format!("{prefix}{line}");
            if let Some((h, _)) = message_start(&line) {
                proptest::prop_assert!(h.rest <= line.len());
                let _ = raw_time(&line, &h);
            }
            let _ = split_author(&line);
            let _ = markers::classify(&line, true, true);
            let _ = markers::classify(&line, false, false);
        }
    }

    #[test]
    fn phone_number_authors_become_handles() {
        let a = author_of("+44 7700 900123", &Roles::default());
        assert_eq!(
            (a.name, a.handle.as_deref()),
            (None, Some("+44 7700 900123"))
        );
        assert_eq!(
            author_of("Dr A", &Roles::default()).role,
            AuthorRole::Unknown
        );
    }
}

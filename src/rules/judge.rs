//! Judgement helpers shared by the advertising, conflict-of-interest, misleading, prescribing and
//! conduct rules: whose words a record holds, how far they reach, and how that moves a verdict.
//!
//! The same words weigh differently by who wrote them and who could read them. The owner's public post
//! is theirs to fix; a repost or like spreads someone else's words (PMCPA treats sharing as
//! dissemination) and is worth less; another person's message is not the owner's conduct at all; a
//! record whose author the export does not name (a WhatsApp chat without the owner's name) might be
//! either, so it is flagged with less confidence.

use super::{Evidence, Severity};
use crate::detect::medicines::{self, MedicineMention};
use crate::detect::promotion::{self, Cue, Named};
use crate::model::{Audience, AuthorRole, Kind, Record};
use std::cell::RefCell;
use std::rc::Rc;

/// What several rules need to know about one record, computed once: promotional cues, medicines,
/// procedures and brands.
#[derive(Debug)]
pub struct Analysis {
    pub cues: Vec<Cue>,
    pub meds: Vec<MedicineMention>,
    pub procedures: Vec<Named>,
    pub brands: Vec<Named>,
}

impl Analysis {
    fn of(r: &Record) -> Analysis {
        Analysis {
            cues: promotion::find_cues(&r.text, &r.links),
            meds: medicines::find(&r.text),
            procedures: promotion::find_procedures(&r.text),
            brands: promotion::find_brands(&r.text),
        }
    }
}

struct Cached {
    key: Key,
    analysis: Rc<Analysis>,
}

/// Which content an analysis was computed from.
#[derive(PartialEq, Eq)]
enum Key {
    /// The record the engine entered (see [`crate::detect::gate::record_serial`]) with these links.
    Entered { serial: u64, links: (usize, usize) },
    /// Anything else: the content's digest, not a copy of it (a 150 MB message must not be held
    /// twice).
    Digest([u8; 32]),
}

fn key(r: &Record) -> Key {
    match crate::detect::gate::record_serial(&r.text) {
        Some(serial) => Key::Entered {
            serial,
            links: (r.links.as_ptr() as usize, r.links.len()),
        },
        None => Key::Digest(content_digest(r)),
    }
}

thread_local! {
    /// The engine runs every rule over one record before the next, on one thread, so a one-entry
    /// cache per thread removes the repeated work. The key is the entered record's serial number or
    /// a digest of the content, so a different record can never be served a stale analysis.
    static LAST: RefCell<Option<Cached>> = const { RefCell::new(None) };
}

/// A digest of what [`Analysis::of`] reads: the text and the links, each length-prefixed.
fn content_digest(r: &Record) -> [u8; 32] {
    let mut h = blake3::Hasher::new();
    h.update(&(r.text.len() as u64).to_le_bytes());
    h.update(r.text.as_bytes());
    for l in &r.links {
        h.update(&(l.len() as u64).to_le_bytes());
        h.update(l.as_bytes());
    }
    *h.finalize().as_bytes()
}

/// The shared analysis of a record (cached for the rules that follow on this thread).
pub fn analysis(r: &Record) -> Rc<Analysis> {
    LAST.with(|cell| {
        let key = key(r);
        let mut slot = cell.borrow_mut();
        if let Some(c) = slot.as_ref() {
            if c.key == key {
                return Rc::clone(&c.analysis);
            }
        }
        let analysis = Rc::new(Analysis::of(r));
        *slot = Some(Cached {
            key,
            analysis: Rc::clone(&analysis),
        });
        analysis
    })
}

/// Whose words a record holds, from the owner's point of view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Voice {
    /// The owner wrote it.
    Own,
    /// The owner shared or liked someone else's words.
    Shared,
    /// The export does not say who wrote it.
    Unsure,
}

/// `None` for someone else's content: not the owner's conduct.
pub fn voice(r: &Record) -> Option<Voice> {
    match r.author.role {
        AuthorRole::Other => None,
        AuthorRole::Unknown => Some(Voice::Unsure),
        AuthorRole::Owner if matches!(r.kind, Kind::Repost | Kind::Like) => Some(Voice::Shared),
        AuthorRole::Owner => Some(Voice::Own),
    }
}

/// Content many people can read: public, followers, or unknown (assume the worst).
pub fn is_broadcast(r: &Record) -> bool {
    !r.kind.is_message()
        && matches!(
            r.audience,
            Audience::Public | Audience::Followers | Audience::Unknown
        )
}

/// A one-to-one private message.
pub fn is_one_to_one(r: &Record) -> bool {
    r.audience == Audience::Private || (r.kind == Kind::Message && r.audience != Audience::Group)
}

/// One step less serious (info stays info).
pub fn step_down(s: Severity) -> Severity {
    match s {
        Severity::High => Severity::Medium,
        Severity::Medium => Severity::Low,
        Severity::Low => Severity::Low,
        Severity::Info => Severity::Info,
    }
}

/// Adjust a severity and confidence for the voice: shared content and unknown authors count less.
pub fn weigh(voice: Voice, severity: Severity, confidence: f64) -> (Severity, f64) {
    match voice {
        Voice::Own => (severity, confidence),
        Voice::Unsure => (step_down(severity), confidence * 0.7),
        Voice::Shared => (step_down(severity), confidence * 0.8),
    }
}

/// Evidence for a byte span of the record text.
pub fn span(r: &Record, start: usize, end: usize, matched: impl Into<String>) -> Evidence {
    Evidence::from_bytes(&r.text, start, end, matched)
}

/// The words of a byte span, trimmed, for messages (`"…"` if the span is not valid).
pub fn words(r: &Record, start: usize, end: usize) -> String {
    r.text
        .get(start..end)
        .map(|s| s.trim().to_string())
        .unwrap_or_else(|| "…".to_string())
}

/// "a post", "a message", "a comment": for instructions.
pub fn kind_noun(r: &Record) -> &'static str {
    match r.kind {
        Kind::Post | Kind::Story | Kind::Photo | Kind::Video | Kind::Checkin | Kind::Event => {
            "post"
        }
        Kind::Reply => "reply",
        Kind::Quote => "quote post",
        Kind::Repost => "repost",
        Kind::Comment => "comment",
        Kind::Message | Kind::GroupMessage => "message",
        Kind::Profile => "profile",
        Kind::Like => "like",
    }
}

/// Byte distance between two spans (0 when they overlap).
pub fn distance(a: (usize, usize), b: (usize, usize)) -> usize {
    if a.1 <= b.0 {
        b.0 - a.1
    } else {
        a.0.saturating_sub(b.1)
    }
}

/// Join quoted words for messages: `'Botox', 'tox' and 'baby botox'`.
pub fn quote_list(items: &[String]) -> String {
    let mut uniq: Vec<String> = Vec::new();
    for i in items {
        if !uniq.iter().any(|u| u.eq_ignore_ascii_case(i)) {
            uniq.push(i.clone());
        }
    }
    let q: Vec<String> = uniq.iter().map(|i| format!("'{i}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        n => format!("{} and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stepping_and_lists() {
        assert_eq!(step_down(Severity::High), Severity::Medium);
        assert_eq!(step_down(Severity::Low), Severity::Low);
        assert_eq!(
            quote_list(&["Botox".into(), "botox".into(), "tox".into()]),
            "'Botox' and 'tox'"
        );
        assert_eq!(distance((0, 5), (10, 12)), 5);
        assert_eq!(distance((10, 12), (0, 5)), 5);
    }
}

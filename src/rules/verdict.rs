//! Shared judgement of a record's context: how far it reaches, who wrote it, and how that moves a
//! finding's severity and action. Also helpers that turn detector spans into evidence and into the
//! quoted words an action instruction names.
//!
//! The rules agree on one scale (DESIGN.md): public or unknown reach > followers > group > private;
//! the owner's own words are actionable, other people's words only worth a review at lower severity;
//! a repost is the owner amplifying someone else's words, so it is actionable (undo the repost) but a
//! step less severe than writing them.

use super::{Evidence, Severity};
use crate::detect::Span;
use crate::model::{Audience, AuthorRole, Kind, Record};

/// How far a record reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Reach {
    /// One other person: a direct message.
    Private,
    /// A closed group: group chat, private group, server channel.
    Group,
    /// Followers, friends, connections.
    Followers,
    /// Anyone, or the export does not say (treated as public).
    Public,
}

impl Reach {
    pub fn describe(self) -> &'static str {
        match self {
            Reach::Private => "a private message",
            Reach::Group => "a group chat",
            Reach::Followers => "content your followers can see",
            Reach::Public => "public content",
        }
    }
}

/// The reach of a record from its kind and audience.
pub fn reach(r: &Record) -> Reach {
    match (r.kind, r.audience) {
        (Kind::GroupMessage, _) | (_, Audience::Group) => Reach::Group,
        (Kind::Message, _) | (_, Audience::Private) => Reach::Private,
        (_, Audience::Followers) => Reach::Followers,
        (_, Audience::Public | Audience::Unknown) => Reach::Public,
    }
}

/// Broadcast content: posts, replies, comments, stories, photos, profiles — not messages or likes.
pub fn is_broadcast(r: &Record) -> bool {
    !r.kind.is_message()
        && r.kind != Kind::Like
        && !matches!(reach(r), Reach::Private | Reach::Group)
}

/// The record answers someone: a reply or comment, or it replies to or @mentions a person.
pub fn answers_someone(r: &Record) -> bool {
    r.reply_to.is_some() || !r.mentions.is_empty() || matches!(r.kind, Kind::Reply | Kind::Comment)
}

/// The text opens with someone's handle ("@jo that sounds like…"): it is said to that person.
pub fn opens_with_handle(r: &Record) -> bool {
    r.text.trim_start().starts_with('@')
}

/// The owner's own public post (not a profile, repost or message): what "the account posts in
/// public" counts, here and in [`super::AccountFacts::public_post_platforms`].
pub fn is_public_own_post(r: &Record) -> bool {
    writer(r) == Writer::Owner
        && r.kind != Kind::Profile
        && r.kind != Kind::Repost
        && is_broadcast(r)
        && reach(r) == Reach::Public
}

/// Who wrote it, as far as the rules care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Writer {
    /// The account holder's own words.
    Owner,
    /// The account holder shared someone else's words.
    Repost,
    /// Someone else, or unknown (a chat export that does not say which side is the owner).
    Other,
}

pub fn writer(r: &Record) -> Writer {
    match (r.author.role, r.kind) {
        (AuthorRole::Owner, Kind::Repost) => Writer::Repost,
        (AuthorRole::Owner, _) => Writer::Owner,
        _ => Writer::Other,
    }
}

/// One step less severe (never below low).
pub fn lower(s: Severity) -> Severity {
    match s {
        Severity::High => Severity::Medium,
        Severity::Medium | Severity::Low => Severity::Low,
        Severity::Info => Severity::Info,
    }
}

/// The spans not inside another of them (the age inside an age+sex, `Friday` inside `until
/// Friday`), in text order, without duplicates.
pub fn outermost<'a>(spans: impl IntoIterator<Item = &'a Span>) -> Vec<Span> {
    let mut v: Vec<Span> = spans.into_iter().copied().collect();
    v.sort_by_key(|s| (s.start, std::cmp::Reverse(s.end), s.kind));
    let mut kept: Vec<Span> = Vec::with_capacity(v.len());
    for s in v {
        if !kept.iter().any(|k| k.start <= s.start && k.end >= s.end) {
            kept.push(s);
        }
    }
    kept
}

/// The texts of the outermost spans, for [`quoted`].
pub fn outer_texts<'a>(text: &'a str, spans: &[Span]) -> Vec<&'a str> {
    outermost(spans).iter().map(|s| s.text(text)).collect()
}

/// Evidence for spans of `text`, in text order, without duplicates or spans nested in others.
pub fn evidence<'a>(text: &str, spans: impl IntoIterator<Item = &'a Span>) -> Vec<Evidence> {
    outermost(spans)
        .into_iter()
        .map(|s| Evidence::from_bytes(text, s.start as usize, s.end as usize, s.kind.as_str()))
        .collect()
}

/// `“a”, “b” and “c”` from up to `max` distinct items (case-insensitive), with `and N more`.
pub fn quoted<'a>(items: impl IntoIterator<Item = &'a str>, max: usize) -> String {
    let mut seen: Vec<String> = Vec::new();
    let mut shown: Vec<String> = Vec::new();
    for i in items {
        let t = i.split_whitespace().collect::<Vec<_>>().join(" ");
        let key = t.to_lowercase();
        if t.is_empty() || seen.contains(&key) {
            continue;
        }
        seen.push(key);
        shown.push(format!("“{t}”"));
    }
    let extra = shown.len().saturating_sub(max);
    shown.truncate(max);
    let mut s = match shown.len() {
        0 => String::new(),
        1 => shown[0].clone(),
        n => format!("{} and {}", shown[..n - 1].join(", "), shown[n - 1]),
    };
    if extra > 0 {
        s += &format!(" (and {extra} more)");
    }
    s
}

/// Kind of record, for messages ("post", "comment", "message").
pub fn noun(r: &Record) -> &'static str {
    match r.kind {
        Kind::Message | Kind::GroupMessage => "message",
        Kind::Reply => "reply",
        Kind::Comment => "comment",
        Kind::Repost => "repost",
        Kind::Quote => "quote post",
        Kind::Story => "story",
        Kind::Profile => "profile",
        Kind::Photo => "photo post",
        Kind::Video => "video post",
        _ => "post",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Platform, Provenance};

    fn rec(kind: Kind, audience: Audience) -> Record {
        let mut r = Record::new(
            Platform::Twitter,
            kind,
            Some("1".into()),
            Provenance {
                input: "i".into(),
                entry: "e".into(),
                index: 0,
            },
        );
        r.audience = audience;
        r
    }

    #[test]
    fn reach_orders_audiences() {
        assert_eq!(reach(&rec(Kind::Post, Audience::Unknown)), Reach::Public);
        assert_eq!(
            reach(&rec(Kind::Post, Audience::Followers)),
            Reach::Followers
        );
        assert_eq!(
            reach(&rec(Kind::GroupMessage, Audience::Unknown)),
            Reach::Group
        );
        assert_eq!(
            reach(&rec(Kind::Message, Audience::Unknown)),
            Reach::Private
        );
        assert!(Reach::Public > Reach::Followers && Reach::Group > Reach::Private);
        assert!(!is_broadcast(&rec(Kind::Message, Audience::Private)));
        assert!(is_broadcast(&rec(Kind::Comment, Audience::Public)));
    }

    #[test]
    fn quoting_dedups_and_caps() {
        assert_eq!(quoted(["a", "A", "b"], 5), "“a” and “b”");
        assert_eq!(quoted(["a", "b", "c", "d"], 2), "“a” and “b” (and 2 more)");
        assert_eq!(quoted([], 2), "");
    }

    #[test]
    fn severity_lowers_one_step() {
        assert_eq!(lower(Severity::High), Severity::Medium);
        assert_eq!(lower(Severity::Low), Severity::Low);
    }
}

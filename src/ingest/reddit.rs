//! Reddit GDPR data requests (`export_<username>_<date>.zip`): a flat folder of CSV files.
//!
//! Records come from `posts.csv`, `comments.csv` (with or without the later `media` column),
//! `messages.csv` / `messages_archive.csv` and `chat_history.csv`. Votes, saved and hidden items,
//! subscriptions, friends and the statistics file are recognised and skipped: they hold no words of
//! the doctor's own (statistics is still read for the account name).
//!
//! Posts and comments are public; messages and one-to-one chats are private, group chats and
//! subreddit channels are groups. Messages do not mark which side is the owner, so the username is
//! taken, in this order, from `statistics.csv` (`account name`), from the archive's name
//! (`export_<username>_<date>`), and failing both from who takes part in the most conversations.
//!
//! Ids are written as Reddit "fullnames" (`t3_` posts, `t1_` comments, `t4_` messages) so a post
//! and a comment that share a base36 id never collide. Relative permalinks get
//! `https://www.reddit.com` in front.

use super::csvutil::{self, has_all, Naive, Row, Table};
use super::{Claim, Export, Probe, ReadStats, Role, Source};
use crate::input::Entry;
use crate::model::{Audience, Author, AuthorRole, Kind, Media, Platform, Record};
use regex::Regex;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

pub struct Reddit;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RdFile {
    Posts,
    Comments,
    Messages,
    Chat,
    Statistics,
    Skip(&'static str),
}

fn classify(h: &[String], name: &str) -> Option<RdFile> {
    let f = if has_all(
        h,
        &["id", "permalink", "date", "subreddit", "title", "body"],
    ) {
        RdFile::Posts
    } else if has_all(
        h,
        &[
            "id",
            "permalink",
            "date",
            "subreddit",
            "link",
            "parent",
            "body",
        ],
    ) {
        RdFile::Comments
    } else if has_all(
        h,
        &["id", "permalink", "threadid", "date", "from", "to", "body"],
    ) {
        RdFile::Messages
    } else if has_all(
        h,
        &[
            "messageid",
            "createdat",
            "username",
            "message",
            "channelurl",
        ],
    ) {
        RdFile::Chat
    } else if h.len() == 2 && has_all(h, &["statistic", "value"]) {
        RdFile::Statistics
    } else if h.len() == 3 && has_all(h, &["id", "permalink", "direction"]) {
        RdFile::Skip("votes: no text of your own")
    } else if h.len() == 2 && has_all(h, &["id", "permalink"]) {
        RdFile::Skip(if name.contains("hidden") {
            "hidden items: other people's posts"
        } else {
            "saved items: other people's posts"
        })
    } else if has_all(h, &["id", "permalink", "date", "subreddit"])
        && !h.iter().any(|c| c == "body")
    {
        RdFile::Skip("post/comment headers without text (the text is in posts.csv/comments.csv)")
    } else if h.len() == 1 && h[0] == "subreddit" {
        RdFile::Skip("subscribed subreddits")
    } else if h.len() == 2 && has_all(h, &["username", "note"]) {
        RdFile::Skip("friends list")
    } else {
        return None;
    };
    Some(f)
}

/// Reddit export file names that carry account data but no posts or messages.
const SKIPPED_NAMES: [&str; 14] = [
    "account_gender.csv",
    "birthdate.csv",
    "ip_logs.csv",
    "linked_identities.csv",
    "linked_phone_number.csv",
    "announcements.csv",
    "approved_submitter_subreddits.csv",
    "gilded_content.csv",
    "gold_received.csv",
    "moderated_subreddits.csv",
    "multireddits.csv",
    "poll_votes.csv",
    "sensitive_ads_preferences.csv",
    "user_preferences.csv",
];

impl Source for Reddit {
    fn name(&self) -> &'static str {
        "reddit"
    }

    fn platform(&self) -> Platform {
        Platform::Reddit
    }

    fn detect(&self, probe: &Probe) -> Claim {
        if !probe.name.ends_with(".csv") {
            return Claim::NOT_MINE;
        }
        let named = EXPORT_NAME.is_match(probe.path) || EXPORT_NAME.is_match(&probe.entry.input);
        let bonus = if named { 5 } else { 0 };
        let rows = csvutil::head_rows(probe.head, 2);
        match rows.first().and_then(|h| classify(h, probe.name)) {
            Some(RdFile::Skip(why)) => Claim::skipped(60 + bonus, why),
            Some(RdFile::Statistics) => Claim::context(60 + bonus),
            Some(_) => Claim::records(85 + bonus),
            None if SKIPPED_NAMES.contains(&probe.name) && bonus > 0 => {
                Claim::skipped(40, "account data without posts or messages")
            }
            None => Claim::NOT_MINE,
        }
    }

    fn read(&self, export: &Export, emit: &mut dyn FnMut(Record)) -> ReadStats {
        let mut stats = ReadStats::default();
        let mut files: Vec<(&Entry, RdFile, String)> = Vec::new();
        for (entry, claim) in &export.entries {
            if !matches!(claim.role, Role::Records | Role::Context) {
                continue;
            }
            let Some(text) = csvutil::read_text(entry, export.limits, &mut stats) else {
                continue;
            };
            let name = entry.file_name_lower();
            match Table::open(&text, |h| classify(h, &name).is_some())
                .and_then(|t| classify(&t.header, &name))
            {
                Some(kind) => files.push((entry, kind, text)),
                None => stats.failed(
                    entry,
                    "no Reddit header row found; the file may be damaged — request your data again",
                ),
            }
        }
        let username = username_from_statistics(&files)
            .or_else(|| {
                export.entries.iter().find_map(|(e, _)| {
                    username_from_name(&e.input).or_else(|| username_from_name(&e.path))
                })
            })
            .or_else(|| username_from_participation(&files));
        let owner = OwnerName(username);
        for (entry, kind, text) in &files {
            let name = entry.file_name_lower();
            let Some(table) = Table::open(text, |h| classify(h, &name) == Some(*kind)) else {
                continue;
            };
            match kind {
                RdFile::Posts => read_posts(entry, table, &owner, &mut stats, emit),
                RdFile::Comments => read_comments(entry, table, &owner, &mut stats, emit),
                RdFile::Messages => read_messages(entry, table, &owner, &mut stats, emit),
                RdFile::Chat => {
                    let sizes = chat_sizes(text);
                    read_chat(entry, table, &owner, &sizes, &mut stats, emit)
                }
                RdFile::Statistics | RdFile::Skip(_) => {}
            }
        }
        stats
    }
}

static EXPORT_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[/!])export_([A-Za-z0-9_-]{3,20})_\d[\d-]*(?:\.zip)?(?:$|[/!])")
        .expect("export name pattern")
});

/// The username inside an archive or folder name `export_<username>_<date>`.
pub fn username_from_name(path: &str) -> Option<String> {
    let path = path.replace('\\', "/");
    EXPORT_NAME
        .captures(&path)
        .and_then(|c| c.get(1))
        .map(|m| m.as_str().to_string())
}

fn username_from_statistics(files: &[(&Entry, RdFile, String)]) -> Option<String> {
    for (_, kind, text) in files {
        if *kind != RdFile::Statistics {
            continue;
        }
        let table = Table::open(text, |h| has_all(h, &["statistic", "value"]))?;
        let mut found = None;
        table.each(|row| {
            let key = csvutil::norm(row.raw(&["statistic"]));
            if found.is_none() && matches!(key.as_str(), "accountname" | "username") {
                found = row.get(&["value"]).map(str::to_string);
            }
        });
        if found.is_some() {
            return found;
        }
    }
    None
}

/// The person in the most message threads and chat channels (the account holder is in all of them).
fn username_from_participation(files: &[(&Entry, RdFile, String)]) -> Option<String> {
    let mut threads: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (entry, kind, text) in files {
        let name = entry.file_name_lower();
        let Some(table) = Table::open(text, |h| classify(h, &name) == Some(*kind)) else {
            continue;
        };
        match kind {
            RdFile::Messages => table.each(|row| {
                let thread = format!("m:{}", row.get(&["threadid", "id"]).unwrap_or(""));
                for who in [row.get(&["from"]), row.get(&["to"])].into_iter().flatten() {
                    threads
                        .entry(who.to_lowercase())
                        .or_default()
                        .insert(thread.clone());
                }
            }),
            RdFile::Chat => table.each(|row| {
                if let Some(who) = row.get(&["username"]) {
                    let channel = format!("c:{}", row.get(&["channelurl"]).unwrap_or(""));
                    threads
                        .entry(who.to_lowercase())
                        .or_default()
                        .insert(channel);
                }
            }),
            _ => {}
        }
    }
    threads
        .into_iter()
        .filter(|(who, _)| !who.starts_with("r/") && who != "[deleted]")
        .max_by(|a, b| a.1.len().cmp(&b.1.len()).then_with(|| b.0.cmp(&a.0)))
        .map(|(who, _)| who)
}

struct OwnerName(Option<String>);

impl OwnerName {
    fn is(&self, who: Option<&str>) -> bool {
        match (&self.0, who) {
            (Some(me), Some(w)) => {
                let w = w.trim_start_matches("u/").trim_start_matches("/u/");
                w.eq_ignore_ascii_case(me)
            }
            _ => false,
        }
    }

    fn author(&self) -> Author {
        Author {
            role: AuthorRole::Owner,
            name: None,
            handle: self.0.clone(),
        }
    }

    fn author_of(&self, who: Option<&str>) -> Author {
        if self.is(who) {
            self.author()
        } else {
            Author::other(None, who.map(str::to_string))
        }
    }
}

/// Make a permalink absolute.
pub fn absolute(permalink: &str) -> String {
    let p = permalink.trim();
    if p.starts_with("http://") || p.starts_with("https://") {
        p.to_string()
    } else if p.starts_with('/') {
        format!("https://www.reddit.com{p}")
    } else {
        format!("https://www.reddit.com/{p}")
    }
}

fn fullname(prefix: &str, id: &str) -> String {
    let id = id.trim();
    if id.len() > 3 && id.as_bytes().get(2) == Some(&b'_') && id.starts_with('t') {
        id.to_string()
    } else {
        format!("{prefix}_{id}")
    }
}

static POST_IN_LINK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"/comments/([0-9a-z]+)").expect("post id pattern"));

/// The post a comment belongs to, from `link` (a permalink or a `t3_` fullname).
fn post_of(link: &str) -> Option<String> {
    let link = link.trim();
    if let Some(c) = POST_IN_LINK.captures(link) {
        return c.get(1).map(|m| format!("t3_{}", m.as_str()));
    }
    if link.starts_with("t3_") {
        return Some(link.to_string());
    }
    None
}

fn subreddit_label(sub: &str) -> String {
    let sub = sub.trim().trim_start_matches('/');
    if let Some(user) = sub.strip_prefix("u_") {
        format!("u/{user}")
    } else if sub.starts_with("r/") || sub.starts_with("u/") {
        sub.to_string()
    } else {
        format!("r/{sub}")
    }
}

fn record(entry: &Entry, row: &Row, kind: Kind, native: Option<String>) -> Record {
    Record::new(
        Platform::Reddit,
        kind,
        native,
        csvutil::provenance(entry, row.index),
    )
}

fn finish(r: &mut Record) {
    csvutil::add_links(&mut r.links, &r.text);
    r.hashtags = csvutil::hashtags_in(&r.text);
    r.mentions = csvutil::reddit_users_in(&r.text);
    if matches!(r.text.trim(), "[deleted]" | "[removed]") {
        r.attributes
            .insert("deleted".into(), r.text.trim().to_string());
    }
}

fn time(row: &Row, cols: &[&str]) -> Option<crate::model::Timestamp> {
    row.get(cols)
        .and_then(|d| csvutil::parse_time(d, Naive::Utc))
}

fn read_posts(
    entry: &Entry,
    table: Table,
    owner: &OwnerName,
    stats: &mut ReadStats,
    emit: &mut dyn FnMut(Record),
) {
    table.rows(entry, stats, |row, stats| {
        let Some(id) = row.get(&["id"]) else {
            stats.unparsed(entry, format!("post row {}: no id", row.index + 1));
            return;
        };
        let mut r = record(entry, row, Kind::Post, Some(fullname("t3", id)));
        r.timestamp = time(row, &["date"]);
        r.author = owner.author();
        r.audience = Audience::Public;
        r.context = row.get(&["subreddit"]).map(subreddit_label);
        r.url = row.get(&["permalink"]).map(absolute);
        let title = row.get(&["title"]).unwrap_or("");
        let body = row.raw(&["body"]).trim();
        r.text = match (title.is_empty(), body.is_empty()) {
            (false, false) => format!("{title}\n\n{body}"),
            (false, true) => title.to_string(),
            _ => body.to_string(),
        };
        if let Some(u) = row.get(&["url"]) {
            let target = absolute(u);
            if Some(&target) != r.url.as_ref() && !u.contains(&format!("/comments/{id}")) {
                r.links.push(u.to_string());
                if csvutil::media_kind(u).is_some() {
                    r.media.push(Media::new(u, csvutil::media_kind(u)));
                }
            }
        }
        r.attributes.insert("title".into(), title.to_string());
        if matches!(body, "[deleted]" | "[removed]") {
            r.attributes.insert("deleted".into(), body.to_string());
        }
        finish(&mut r);
        emit(r);
    });
}

fn read_comments(
    entry: &Entry,
    table: Table,
    owner: &OwnerName,
    stats: &mut ReadStats,
    emit: &mut dyn FnMut(Record),
) {
    table.rows(entry, stats, |row, stats| {
        let Some(id) = row.get(&["id"]) else {
            stats.unparsed(entry, format!("comment row {}: no id", row.index + 1));
            return;
        };
        let mut r = record(entry, row, Kind::Comment, Some(fullname("t1", id)));
        r.timestamp = time(row, &["date"]);
        r.author = owner.author();
        r.audience = Audience::Public;
        r.context = row.get(&["subreddit"]).map(subreddit_label);
        r.url = row.get(&["permalink"]).map(absolute);
        r.thread = row.get(&["link"]).and_then(post_of);
        r.reply_to = match row.get(&["parent"]) {
            Some(p) => Some(fullname("t1", p)),
            None => r.thread.clone(),
        };
        r.text = row.raw(&["body"]).trim().to_string();
        if let Some(m) = row.get(&["media"]) {
            for url in m.split_whitespace() {
                r.media.push(Media::new(url, csvutil::media_kind(url)));
            }
        }
        finish(&mut r);
        emit(r);
    });
}

fn read_messages(
    entry: &Entry,
    table: Table,
    owner: &OwnerName,
    stats: &mut ReadStats,
    emit: &mut dyn FnMut(Record),
) {
    table.rows(entry, stats, |row, stats| {
        let Some(id) = row.get(&["id"]) else {
            stats.unparsed(entry, format!("message row {}: no id", row.index + 1));
            return;
        };
        let mut r = record(entry, row, Kind::Message, Some(fullname("t4", id)));
        r.timestamp = time(row, &["date"]);
        r.author = owner.author_of(row.get(&["from"]));
        r.audience = Audience::Private;
        r.thread = row.get(&["threadid"]).map(str::to_string);
        r.context = row.get(&["subject"]).map(str::to_string);
        r.url = row.get(&["permalink"]).map(absolute);
        r.text = row.raw(&["body"]).trim().to_string();
        if let Some(to) = row.get(&["to"]) {
            r.attributes.insert("to".into(), to.to_string());
        }
        finish(&mut r);
        emit(r);
    });
}

/// Distinct senders per chat channel, to tell one-to-one chats from groups when the type is blank.
fn chat_sizes(text: &str) -> BTreeMap<String, usize> {
    let mut members: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    if let Some(t) = Table::open(text, |h| {
        has_all(h, &["messageid", "username", "channelurl"])
    }) {
        t.each(|row| {
            if let (Some(c), Some(u)) = (row.get(&["channelurl"]), row.get(&["username"])) {
                members
                    .entry(c.to_string())
                    .or_default()
                    .insert(u.to_lowercase());
            }
        });
    }
    members.into_iter().map(|(c, m)| (c, m.len())).collect()
}

fn chat_kind(row: &Row, sizes: &BTreeMap<String, usize>) -> (Kind, Audience) {
    let kind = csvutil::norm(row.raw(&["conversationtype"]));
    let direct = (Kind::Message, Audience::Private);
    let group = (Kind::GroupMessage, Audience::Group);
    if kind.contains("direct") || kind == "dm" || kind.contains("onetoone") {
        direct
    } else if kind.contains("group")
        || kind.contains("channel")
        || kind.contains("community")
        || row.get(&["subreddit"]).is_some()
    {
        group
    } else {
        let size = row
            .get(&["channelurl"])
            .and_then(|c| sizes.get(c))
            .copied()
            .unwrap_or(0);
        if size > 2 {
            group
        } else {
            direct
        }
    }
}

fn read_chat(
    entry: &Entry,
    table: Table,
    owner: &OwnerName,
    sizes: &BTreeMap<String, usize>,
    stats: &mut ReadStats,
    emit: &mut dyn FnMut(Record),
) {
    table.rows(entry, stats, |row, stats| {
        let Some(id) = row.get(&["messageid"]) else {
            stats.unparsed(entry, format!("chat row {}: no message id", row.index + 1));
            return;
        };
        let (kind, audience) = chat_kind(row, sizes);
        let mut r = record(entry, row, kind, Some(format!("chat_{id}")));
        r.timestamp = time(row, &["createdat"]);
        r.author = owner.author_of(row.get(&["username"]));
        r.audience = audience;
        r.thread = row.get(&["channelurl"]).map(str::to_string);
        r.context = row
            .get(&["channelname"])
            .map(str::to_string)
            .or_else(|| row.get(&["subreddit"]).map(subreddit_label));
        r.reply_to = row
            .get(&["threadparentmessageid"])
            .map(|p| format!("chat_{p}"));
        r.text = row.raw(&["message"]).trim().to_string();
        if let Some(t) = row.get(&["conversationtype"]) {
            r.attributes
                .insert("conversation_type".into(), t.to_string());
        }
        if let Some(s) = row.get(&["subreddit"]) {
            r.attributes.insert("subreddit".into(), subreddit_label(s));
        }
        finish(&mut r);
        emit(r);
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usernames_come_from_export_names() {
        assert_eq!(
            username_from_name("downloads/export_dr_ada_lovell_20240105.zip"),
            Some("dr_ada_lovell".to_string())
        );
        assert_eq!(
            username_from_name("export_doc_2020_20240105.zip!/posts.csv"),
            Some("doc_2020".to_string())
        );
        assert_eq!(username_from_name("exports/reddit.zip"), None);
    }

    #[test]
    fn permalinks_and_fullnames() {
        assert_eq!(
            absolute("/r/a/comments/x/"),
            "https://www.reddit.com/r/a/comments/x/"
        );
        assert_eq!(
            absolute("https://old.reddit.com/x"),
            "https://old.reddit.com/x"
        );
        assert_eq!(fullname("t1", "ck1fsao"), "t1_ck1fsao");
        assert_eq!(fullname("t1", "t3_abc"), "t3_abc");
        assert_eq!(
            post_of("https://www.reddit.com/r/a/comments/abc12/title/"),
            Some("t3_abc12".into())
        );
        assert_eq!(post_of("t3_zz"), Some("t3_zz".into()));
        assert_eq!(subreddit_label("u_someone"), "u/someone");
        assert_eq!(subreddit_label("AskDocs"), "r/AskDocs");
    }
}

//! YouTube comments and live-chat messages from Google Takeout
//! (`Takeout/YouTube and YouTube Music/…`, folder names localized).
//!
//! Since 2023 comments are `comments/comments.csv`, split into `comments(1).csv`, `comments(2).csv`…
//! for large accounts, in a 7-column form
//! (`Comment ID,Channel ID,Comment Create Timestamp,Price,Parent Comment ID,Video ID,Comment Text`) or
//! a 9-column one that adds `Post ID` (community posts) and `Top-Level Comment ID`. Headers and file
//! names are **localized** (German `Kanal-ID`, Ukrainian `коментарі.csv`), so columns are taken by
//! name when the header is English and by position otherwise; a localized file is recognised by its
//! shape (a `UC…` channel id and a timestamp in the first data row). Live chat messages
//! (`live chats/live chats.csv`, 6 columns) are read the same way.
//!
//! `Comment Text` is not one JSON value but a comma-joined run of segment objects
//! (`{"text":"@someone"},{"text":" thanks"}`); it is wrapped in `[ ]` and the `text` parts joined.
//! The `{"takeoutSegments":[…]}` wrapper and plain text are accepted too. Segments carrying a `link`
//! or a `mention` add links and mentions.
//!
//! Before 2023 Takeout wrote `my-comments/my-comments.html`, a list of `<li>` items ("Sent at
//! 2020-04-27 23:18:23 UTC while watching <a>…</a>.<br/>text"); it is parsed, and a file in that
//! family with no items it can read is reported with a hint to request CSV.
//!
//! Everything here is the owner's own public writing: author is the owner, audience public. The url
//! is `https://www.youtube.com/watch?v=<video>&lc=<comment id>` (or the community post).

use super::csvutil::{self, has_all, Naive, Row, Table};
use super::text::{as_string, html_to_text};
use super::{parent_dir, Claim, Export, Probe, ReadStats, Role, Source};
use crate::input::{Entry, Problem};
use crate::model::{Audience, Author, AuthorRole, Kind, Platform, Provenance, Record, Timestamp};
use chrono::NaiveDate;
use regex::Regex;
use serde_json::Value;
use std::sync::LazyLock;

pub struct Youtube;

/// The columns of one comments or live-chat file.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Columns {
    live: bool,
    id: usize,
    channel: usize,
    created: usize,
    price: usize,
    parent: Option<usize>,
    post: Option<usize>,
    video: usize,
    text: usize,
    top_level: Option<usize>,
}

impl Columns {
    /// Columns by position, for localized headers.
    fn by_position(n: usize) -> Option<Columns> {
        let base = Columns {
            live: false,
            id: 0,
            channel: 1,
            created: 2,
            price: 3,
            parent: Some(4),
            post: None,
            video: 5,
            text: 6,
            top_level: None,
        };
        match n {
            6 => Some(Columns {
                live: true,
                parent: None,
                video: 4,
                text: 5,
                ..base
            }),
            7 => Some(base),
            9 => Some(Columns {
                post: Some(5),
                video: 6,
                text: 7,
                top_level: Some(8),
                ..base
            }),
            _ => None,
        }
    }

    /// Columns by English name, when the header is English.
    fn by_name(h: &[String]) -> Option<Columns> {
        let pos = |n: &str| h.iter().position(|c| c == n);
        if let (Some(id), Some(channel), Some(created), Some(text)) = (
            pos("commentid"),
            pos("channelid"),
            pos("commentcreatetimestamp"),
            pos("commenttext"),
        ) {
            return Some(Columns {
                live: false,
                id,
                channel,
                created,
                price: pos("price").unwrap_or(usize::MAX),
                parent: pos("parentcommentid"),
                post: pos("postid"),
                video: pos("videoid").unwrap_or(usize::MAX),
                text,
                top_level: pos("toplevelcommentid"),
            });
        }
        if let (Some(id), Some(channel), Some(created), Some(text)) = (
            pos("livechatid"),
            pos("channelid"),
            pos("livechatcreatetimestamp"),
            pos("livechattext"),
        ) {
            return Some(Columns {
                live: true,
                id,
                channel,
                created,
                price: pos("price").unwrap_or(usize::MAX),
                parent: None,
                post: None,
                video: pos("videoid").unwrap_or(usize::MAX),
                text,
                top_level: None,
            });
        }
        None
    }
}

/// A first data row that looks like Takeout's: a `UC…` channel id and a timestamp in place.
fn data_row_fits(row: &[String]) -> bool {
    let channel_ok = row
        .get(1)
        .is_some_and(|c| c.starts_with("UC") && c.len() == 24);
    let time_ok = row
        .get(2)
        .is_some_and(|t| csvutil::parse_time(t, Naive::Utc).is_some());
    channel_ok && time_ok
}

fn in_youtube_folder(path: &str) -> bool {
    path.contains("youtube")
}

impl Source for Youtube {
    fn name(&self) -> &'static str {
        "youtube"
    }

    fn platform(&self) -> Platform {
        Platform::Youtube
    }

    fn detect(&self, probe: &Probe) -> Claim {
        let yt = in_youtube_folder(probe.path);
        if probe.name.ends_with(".html") {
            if probe.name == "my-comments.html" || (yt && probe.name.contains("comment")) {
                return Claim::records(85);
            }
            if yt && (probe.name.contains("history") || probe.name.contains("live-chat")) {
                return Claim::skipped(60, "watch or search history, no text of your own");
            }
            return Claim::NOT_MINE;
        }
        if yt && probe.name.ends_with(".json") && probe.name.contains("history") {
            return Claim::skipped(60, "watch or search history, no text of your own");
        }
        if !probe.name.ends_with(".csv") {
            return Claim::NOT_MINE;
        }
        let rows = csvutil::raw_head_rows(probe.head, 2);
        let Some(header) = rows
            .first()
            .map(|r| r.iter().map(|f| csvutil::norm(f)).collect::<Vec<_>>())
        else {
            return Claim::NOT_MINE;
        };
        let bonus = if yt { 5 } else { 0 };
        if Columns::by_name(&header).is_some() {
            return Claim::records(85 + bonus);
        }
        if has_all(&header, &["channelid"]) && header.iter().any(|h| h.starts_with("channeltitle"))
        {
            if has_all(&header, &["channelurl"]) {
                return Claim::skipped(60 + bonus, "subscriptions list");
            }
            return Claim::context(60 + bonus);
        }
        if Columns::by_position(header.len()).is_some() {
            match rows.get(1) {
                Some(row) if row.len() == header.len() && data_row_fits(row) => {
                    return Claim::records(70 + bonus)
                }
                None if yt => return Claim::records(50),
                _ => {}
            }
        }
        if yt && (probe.name.contains("playlist") || probe.name.contains("subscription")) {
            return Claim::skipped(50, "playlists or subscriptions");
        }
        Claim::NOT_MINE
    }

    /// Comments, live chats and the channel file sit in sibling folders of the YouTube folder.
    fn export_root(&self, entry: &Entry) -> String {
        parent_dir(parent_dir(&entry.path)).to_string()
    }

    fn read(&self, export: &Export, emit: &mut dyn FnMut(Record)) -> ReadStats {
        let mut stats = ReadStats::default();
        let mut channel = ChannelInfo::default();
        for entry in export.with_role(Role::Context) {
            channel.load(entry, export, &mut stats);
        }
        for entry in export.with_role(Role::Records) {
            let Some(text) = csvutil::read_text(entry, export.limits, &mut stats) else {
                continue;
            };
            if entry.file_name_lower().ends_with(".html") {
                read_html(entry, &text, &channel, &mut stats, emit);
            } else {
                read_csv(entry, &text, &channel, &mut stats, emit);
            }
        }
        stats
    }
}

/// The owner's channel, from `channels/channel.csv` when present.
#[derive(Default)]
struct ChannelInfo {
    id: Option<String>,
    title: Option<String>,
}

impl ChannelInfo {
    fn load(&mut self, entry: &Entry, export: &Export, stats: &mut ReadStats) {
        let Some(text) = csvutil::read_text(entry, export.limits, stats) else {
            return;
        };
        let Some(table) = Table::open(&text, |h| has_all(h, &["channelid"])) else {
            return;
        };
        let title_col = table
            .header
            .iter()
            .find(|h| h.starts_with("channeltitle"))
            .cloned()
            .unwrap_or_default();
        table.each(|row| {
            if self.id.is_none() {
                self.id = row.get(&["channelid"]).map(str::to_string);
                self.title = row.get(&[title_col.as_str()]).map(str::to_string);
            }
        });
    }

    fn author(&self, channel_id: Option<&str>) -> Author {
        let same = match (channel_id, &self.id) {
            (Some(c), Some(me)) => c == me,
            (None, _) => true,
            (Some(_), None) => false,
        };
        Author {
            role: AuthorRole::Owner,
            name: if same { self.title.clone() } else { None },
            handle: channel_id.map(str::to_string).or_else(|| self.id.clone()),
        }
    }
}

/// Text, links and mentions of a `Comment Text` cell in any of its forms.
pub fn parse_comment_text(raw: &str) -> (String, Vec<String>, Vec<String>) {
    let t = raw.trim();
    let segments: Option<Vec<Value>> = if t.starts_with('{') {
        match serde_json::from_str::<Value>(t) {
            Ok(Value::Object(o)) if o.contains_key("takeoutSegments") => {
                o.get("takeoutSegments").and_then(Value::as_array).cloned()
            }
            _ => serde_json::from_str::<Vec<Value>>(&format!("[{t}]")).ok(),
        }
    } else if t.starts_with('[') {
        serde_json::from_str::<Vec<Value>>(t).ok()
    } else {
        None
    };
    let Some(segments) = segments.filter(|s| s.iter().all(Value::is_object)) else {
        return (t.to_string(), Vec::new(), Vec::new());
    };
    let (mut text, mut links, mut mentions) = (String::new(), Vec::new(), Vec::new());
    for seg in &segments {
        let part = seg.get("text").and_then(as_string).unwrap_or_default();
        if let Some(url) = ["link", "videoLink"]
            .iter()
            .filter_map(|k| seg.get(*k))
            .find_map(|l| l.get("linkUrl").or(l.get("url")).and_then(as_string))
        {
            links.push(url);
        } else if let Some(v) = seg
            .get("videoLink")
            .and_then(|l| l.get("externalVideoId"))
            .and_then(as_string)
        {
            links.push(format!("https://www.youtube.com/watch?v={v}"));
        }
        if seg.get("mention").is_some() {
            let handle = part.trim().trim_start_matches('@').to_string();
            if !handle.is_empty() {
                mentions.push(handle);
            }
        }
        text.push_str(&part);
    }
    (text.trim().to_string(), links, mentions)
}

fn comment_url(video: Option<&str>, post: Option<&str>, comment: Option<&str>) -> Option<String> {
    let lc = |sep: char| comment.map(|c| format!("{sep}lc={c}")).unwrap_or_default();
    match (video, post) {
        (Some(v), _) => Some(format!("https://www.youtube.com/watch?v={v}{}", lc('&'))),
        (None, Some(p)) => Some(format!("https://www.youtube.com/post/{p}{}", lc('?'))),
        (None, None) => None,
    }
}

fn read_csv(
    entry: &Entry,
    text: &str,
    channel: &ChannelInfo,
    stats: &mut ReadStats,
    emit: &mut dyn FnMut(Record),
) {
    let Some(table) = Table::open(text, |_| true) else {
        return;
    };
    let Some(cols) =
        Columns::by_name(&table.header).or_else(|| Columns::by_position(table.header.len()))
    else {
        stats.failed(
            entry,
            format!(
                "a YouTube comments file with {} columns, expected 6, 7 or 9; request a new Google Takeout of YouTube",
                table.header.len()
            ),
        );
        return;
    };
    table.rows(entry, stats, |row, stats| {
        read_row(entry, row, &cols, channel, stats, emit)
    });
}

fn read_row(
    entry: &Entry,
    row: &Row,
    cols: &Columns,
    channel: &ChannelInfo,
    stats: &mut ReadStats,
    emit: &mut dyn FnMut(Record),
) {
    let Some(id) = row.at(cols.id) else {
        stats.unparsed(entry, format!("row {}: no comment id", row.index + 1));
        return;
    };
    let timestamp = row
        .at(cols.created)
        .and_then(|t| csvutil::parse_time(t, Naive::Utc));
    if timestamp.is_none() {
        stats.unparsed(
            entry,
            format!("row {}: unreadable timestamp", row.index + 1),
        );
        return;
    }
    let (text, links, mentions) = parse_comment_text(row.raw_at(cols.text));
    let video = row.at(cols.video);
    let post = cols.post.and_then(|i| row.at(i));
    let mut r = Record::new(
        Platform::Youtube,
        Kind::Comment,
        Some(id.to_string()),
        csvutil::provenance(entry, row.index),
    );
    r.timestamp = timestamp;
    r.author = channel.author(row.at(cols.channel));
    r.audience = Audience::Public;
    r.thread = video.or(post).map(str::to_string);
    r.reply_to = cols.parent.and_then(|i| row.at(i)).map(str::to_string);
    r.text = text;
    r.links = links;
    csvutil::add_links(&mut r.links, &r.text);
    r.mentions = mentions;
    for m in csvutil::mentions_in(&r.text) {
        if !r.mentions.contains(&m) {
            r.mentions.push(m);
        }
    }
    r.hashtags = csvutil::hashtags_in(&r.text);
    if cols.live {
        r.context = Some("Live chat".to_string());
        r.url = video.map(|v| format!("https://www.youtube.com/watch?v={v}"));
    } else {
        if video.is_none() && post.is_some() {
            r.context = Some("Community post".to_string());
        }
        r.url = comment_url(video, post, Some(id));
    }
    if let Some(p) = row.at(cols.price).filter(|p| *p != "0") {
        r.attributes.insert("price".into(), p.to_string());
    }
    if let Some(t) = cols.top_level.and_then(|i| row.at(i)) {
        r.attributes
            .insert("top_level_comment_id".into(), t.to_string());
    }
    emit(r);
}

static LI: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?is)<li(?:\s[^>]*)?>(.*?)</li>").expect("li pattern"));
static HTML_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\d{4})-(\d{2})-(\d{2})(?:\s*|T)(\d{2}):(\d{2}):(\d{2})").expect("date pattern")
});
static HREF: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"(?i)href="([^"]+)""#).expect("href pattern"));
static BR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)<br\s*/?>").expect("br pattern"));
static PARAM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[?&](v|lc)=([A-Za-z0-9_.-]+)").expect("param pattern"));

fn html_date(s: &str) -> Option<Timestamp> {
    let c = HTML_DATE.captures(s)?;
    let n = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
    let year = i32::try_from(n(1)?).ok()?;
    let at = NaiveDate::from_ymd_opt(year, n(2)?, n(3)?)?.and_hms_opt(n(4)?, n(5)?, n(6)?)?;
    Some(Timestamp::utc(at.and_utc()))
}

/// The pre-2023 `my-comments.html`.
fn read_html(
    entry: &Entry,
    html: &str,
    channel: &ChannelInfo,
    stats: &mut ReadStats,
    emit: &mut dyn FnMut(Record),
) {
    let mut found = 0u64;
    for (index, li) in LI.captures_iter(html).filter_map(|c| c.get(1)).enumerate() {
        let li = li.as_str();
        found += 1;
        let mut parts = BR.splitn(li, 2);
        let (head, body) = (parts.next().unwrap_or(""), parts.next());
        let Some(body) = body else {
            stats.unparsed(
                entry,
                format!("item {}: no comment text after the heading", index + 1),
            );
            continue;
        };
        let text = html_to_text(body);
        let links: Vec<String> = HREF
            .captures_iter(head)
            .filter_map(|c| c.get(1))
            .map(|m| super::text::unescape_html(m.as_str()))
            .collect();
        let mut video = None;
        let mut comment = None;
        for l in &links {
            for p in PARAM.captures_iter(l) {
                match (p.get(1).map(|m| m.as_str()), p.get(2)) {
                    (Some("v"), Some(v)) => video = video.or(Some(v.as_str().to_string())),
                    (Some("lc"), Some(v)) => comment = comment.or(Some(v.as_str().to_string())),
                    _ => {}
                }
            }
        }
        let mut r = Record::new(
            Platform::Youtube,
            Kind::Comment,
            comment.clone(),
            Provenance {
                input: entry.input.to_string(),
                entry: entry.path.clone(),
                index: index as u64,
            },
        );
        r.timestamp = html_date(head);
        if r.timestamp.is_none() {
            r.attributes.insert("date_text".into(), html_to_text(head));
        }
        r.author = channel.author(None);
        r.audience = Audience::Public;
        r.thread = video.clone();
        r.url = comment_url(video.as_deref(), None, comment.as_deref())
            .or_else(|| links.first().cloned());
        r.text = text;
        csvutil::add_links(&mut r.links, &r.text);
        r.mentions = csvutil::mentions_in(&r.text);
        r.hashtags = csvutil::hashtags_in(&r.text);
        emit(r);
    }
    if found == 0 && !html.trim().is_empty() {
        stats.problems.push(
            Problem::new(
                &entry.input,
                Some(&entry.path),
                "YouTube comments page with no comment items this version can read",
            )
            .with_hint(
                "request a new Google Takeout of YouTube with the comments format set to CSV",
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comment_text_in_every_form() {
        let (t, _, m) = parse_comment_text(
            r#"{"text":"@Dr Who","mention":{"externalChannelId":"UC1"}},{"text":" thanks for the tip"}"#,
        );
        assert_eq!(t, "@Dr Who thanks for the tip");
        assert_eq!(m, vec!["Dr Who"]);
        let (t, _, _) = parse_comment_text(r#"{"takeoutSegments":[{"text":"wrapped"}]}"#);
        assert_eq!(t, "wrapped");
        let (t, l, _) = parse_comment_text(
            r#"{"text":"see "},{"text":"nhs.uk","link":{"linkUrl":"https://www.nhs.uk/"}}"#,
        );
        assert_eq!(
            (t.as_str(), l),
            ("see nhs.uk", vec!["https://www.nhs.uk/".to_string()])
        );
        let (t, _, _) = parse_comment_text("plain, text {not json");
        assert_eq!(t, "plain, text {not json");
    }

    #[test]
    fn urls_for_videos_and_posts() {
        assert_eq!(
            comment_url(Some("abc"), None, Some("Ugx1")).as_deref(),
            Some("https://www.youtube.com/watch?v=abc&lc=Ugx1")
        );
        assert_eq!(
            comment_url(None, Some("UgkP"), Some("Ugx2")).as_deref(),
            Some("https://www.youtube.com/post/UgkP?lc=Ugx2")
        );
    }

    #[test]
    fn localized_columns_by_position() {
        assert_eq!(
            Columns::by_position(9).map(|c| (c.video, c.text)),
            Some((6, 7))
        );
        assert!(Columns::by_position(6).is_some_and(|c| c.live));
        assert!(Columns::by_position(8).is_none());
    }
}

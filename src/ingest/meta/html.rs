//! A fallback reader for Meta's HTML export, for the text of messages, posts and comments.
//!
//! Every item of an HTML page is a "box" `<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder">`
//! holding a header (`_a6-h`, or an `<h2>`: the sender, or the post's title sentence), a body
//! (`_a6-p`: the text, media, reactions) and a footer (`_a6-o`: the display time). The generated
//! class names are stable across 2022–2025 exports as far as public parsers show, but they are
//! Meta's internals, so this reader is strict: a box without a footer is not an item, and a page
//! without boxes yields nothing. Times are the exporter's localized display strings with no zone:
//! English forms are parsed as local time, others kept as text. Links, places, tags and EXIF that
//! the JSON export carries are not in the HTML, which is why the user is told to request JSON.

use super::media::{hashtags_in, links_in, push_unique};
use super::thread::{owner_of_thread, ParticipantCounts};
use super::Reader;
use crate::ingest::text::{decode_text, html_to_text};
use crate::input::{Entry, Problem};
use crate::model::{Audience, Author, AuthorRole, Kind, Platform, Record, Timestamp};
use chrono::NaiveDateTime;
use regex::Regex;
use std::sync::LazyLock;

/// One item of an HTML page.
#[derive(Debug, Clone, PartialEq)]
pub struct HtmlItem {
    /// Sender (messages) or title sentence (posts, comments).
    pub header: Option<String>,
    pub text: String,
    pub timestamp: Option<Timestamp>,
    /// The display time as written, when it could not be parsed.
    pub time_text: Option<String>,
    /// `src`/`href` values pointing inside the export (photos, videos, files).
    pub media: Vec<String>,
    /// Web links in the body.
    pub links: Vec<String>,
}

static BOX_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"<div class="[^"]*(?:\b_a6-g\b|\buiBoxWhite\b)[^"]*">"#).expect("box regex")
});
static HEADER_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?s)<div class="[^"]*\b_a6-h\b[^"]*">(.*?)</div>|<h2[^>]*>(.*?)</h2>"#)
        .expect("header regex")
});
static BODY_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"<div class="[^"]*\b_a6-p\b[^"]*">"#).expect("body regex"));
static FOOTER_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?s)<div class="[^"]*\b_a6-o\b[^"]*">(.*?)</div>"#).expect("footer regex")
});
static LIST_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?s)<ul[^>]*>.*?</ul>").expect("list regex"));
static SRC_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"(?:src|href)="([^"]+)""#).expect("src regex"));
static TITLE_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?s)<title>(.*?)</title>").expect("title regex"));

/// The page's `<title>` (a thread's name on message pages).
pub fn page_title(html: &str) -> Option<String> {
    TITLE_RE
        .captures(html)
        .and_then(|c| c.get(1))
        .map(|m| html_to_text(m.as_str()))
        .filter(|t| !t.is_empty())
}

/// The items of a page, in page order.
pub fn items(html: &str) -> Vec<HtmlItem> {
    let starts: Vec<usize> = BOX_RE.find_iter(html).map(|m| m.start()).collect();
    let mut out = Vec::new();
    for (i, start) in starts.iter().enumerate() {
        let end = starts.get(i + 1).copied().unwrap_or(html.len());
        let Some(block) = html.get(*start..end) else {
            continue;
        };
        if let Some(item) = item(block) {
            out.push(item);
        }
    }
    out
}

fn item(block: &str) -> Option<HtmlItem> {
    // The box's own opening tag matched BOX_RE; look inside it.
    let inner = block.get(block.find('>')? + 1..)?;
    let footer = FOOTER_RE.captures(inner)?;
    let footer_start = footer.get(0)?.start();
    let time_text = footer
        .get(1)
        .map(|m| html_to_text(m.as_str()))
        .filter(|t| !t.is_empty())?;
    let header = HEADER_RE
        .captures(inner)
        .filter(|c| c.get(0).is_some_and(|m| m.start() < footer_start))
        .and_then(|c| c.get(1).or_else(|| c.get(2)))
        .map(|m| html_to_text(m.as_str()))
        .filter(|h| !h.is_empty());
    let body_html = BODY_RE
        .find(inner)
        .filter(|m| m.end() <= footer_start)
        .and_then(|m| inner.get(m.end()..footer_start))
        .unwrap_or("");
    let without_lists = LIST_RE.replace_all(body_html, "");
    let text = html_to_text(&without_lists);
    let mut media = Vec::new();
    let mut links = Vec::new();
    for c in SRC_RE.captures_iter(body_html) {
        let Some(v) = c
            .get(1)
            .map(|m| html_escape::decode_html_entities(m.as_str()))
        else {
            continue;
        };
        if v.starts_with("http://") || v.starts_with("https://") {
            if !links.contains(&v.to_string()) {
                links.push(v.to_string());
            }
        } else if !v.starts_with('#') && !v.starts_with("data:") && !media.contains(&v.to_string())
        {
            media.push(v.to_string());
        }
    }
    let timestamp = parse_display_time(&time_text);
    Some(HtmlItem {
        header,
        text,
        time_text: timestamp.is_none().then_some(time_text),
        timestamp,
        media,
        links,
    })
}

/// English display times Meta writes (`Jan 05, 2024 3:14:07 pm`, `Jan 5, 2024, 3:14 PM`, …), as
/// local time: the export does not say which zone the exporter chose.
pub fn parse_display_time(s: &str) -> Option<Timestamp> {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    const FORMATS: [&str; 9] = [
        "%b %d, %Y %I:%M:%S %p",
        "%b %d, %Y, %I:%M:%S %p",
        "%b %d, %Y %I:%M %p",
        "%b %d, %Y, %I:%M %p",
        "%B %d, %Y at %I:%M %p",
        "%B %d, %Y %I:%M:%S %p",
        "%d %b %Y, %H:%M",
        "%d %b %Y %H:%M:%S",
        "%Y-%m-%d %H:%M:%S",
    ];
    FORMATS
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(&s, f).ok())
        .map(Timestamp::local)
}

static PARTICIPANTS_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?s)>\s*Participants:\s*([^<]+)<").expect("participants regex"));

/// What a page of the HTML export holds, from its file name.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Page {
    Messages,
    Posts { group: bool },
    Stories,
    Comments { group: bool },
    ThreadsPosts,
    Other,
}

fn page_kind(name: &str) -> Page {
    let stem = name.trim_end_matches(".html").trim_end_matches(".htm");
    let numbered = |p: &str| {
        stem.strip_prefix(p)
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    };
    if numbered("message_") {
        Page::Messages
    } else if stem == "your_posts_in_groups" || stem == "group_posts_and_comments" {
        Page::Posts { group: true }
    } else if stem.starts_with("your_posts") || numbered("posts_") {
        Page::Posts { group: false }
    } else if stem == "stories" || stem == "archived_stories" {
        Page::Stories
    } else if stem == "your_comments_in_groups" {
        Page::Comments { group: true }
    } else if stem == "comments" || numbered("post_comments_") || stem == "reels_comments" {
        Page::Comments { group: false }
    } else if stem == "threads_and_replies" {
        Page::ThreadsPosts
    } else {
        Page::Other
    }
}

/// Names in a "Participants: A, B and C" line.
fn participants(html: &str) -> Vec<String> {
    let Some(list) = PARTICIPANTS_RE.captures(html).and_then(|c| c.get(1)) else {
        return Vec::new();
    };
    html_to_text(list.as_str())
        .replace(" and ", ", ")
        .split(", ")
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

struct ParsedPage<'e> {
    entry: &'e Entry,
    page: Page,
    title: Option<String>,
    names: Vec<String>,
    items: Vec<HtmlItem>,
}

/// Read the HTML pages of one export, emitting what can be read reliably, and report the HTML
/// export once: a warning when items were read (with what is missing), an error when none were.
pub fn read_pages(r: &mut Reader, pages: &[&Entry], product: &str) {
    let Some(first) = pages.first() else {
        return;
    };
    let mut parsed = Vec::new();
    for entry in pages {
        let bytes = match entry.read_all(r.export.limits) {
            Ok(b) => b,
            Err(e) => {
                r.stats.failed(entry, crate::input::unreadable(&e));
                continue;
            }
        };
        let html = decode_text(&bytes);
        let page = page_kind(&entry.file_name_lower());
        let items = if page == Page::Other {
            Vec::new()
        } else {
            items(&html)
        };
        let mut names = participants(&html);
        if page == Page::Messages {
            for i in &items {
                if let Some(h) = &i.header {
                    if !names.contains(h) {
                        names.push(h.clone());
                    }
                }
            }
        }
        parsed.push(ParsedPage {
            entry,
            page,
            title: page_title(&html),
            names,
            items,
        });
    }

    let mut counts = ParticipantCounts::default();
    for p in parsed.iter().filter(|p| p.page == Page::Messages) {
        counts.add_names(p.names.clone());
    }
    if r.owner.names.is_empty() {
        if let Some(name) = counts.common_to_all().map(str::to_string) {
            r.owner.add_name(&name);
        }
    }
    let profile_names = r.owner.names.clone();
    let mut read = 0u64;
    for p in &parsed {
        read += emit_page(r, p, &profile_names, &counts);
    }

    let base = format!(
        "{} page(s) of {product}'s HTML export found (this is the first)",
        pages.len()
    );
    let hint = format!(
        "this is {product}'s HTML export; request the JSON format from Download Your \
         Information and scan that instead"
    );
    let problem = if read > 0 {
        Problem::new(
            &first.input,
            Some(&first.path),
            format!(
                "{base}; {read} messages, posts and comments were read from it with reduced \
                 fidelity: times are local display times, and places, tags, links and photo \
                 locations may be missing"
            ),
        )
        .warning()
    } else {
        Problem::new(
            &first.input,
            Some(&first.path),
            format!("{base}; nothing could be read from it"),
        )
    };
    r.stats.problems.push(problem.with_hint(hint));
}

fn emit_page(
    r: &mut Reader,
    p: &ParsedPage,
    profile_names: &[String],
    counts: &ParticipantCounts,
) -> u64 {
    let owner = (p.page == Page::Messages)
        .then(|| owner_of_thread(&p.names, p.title.as_deref(), profile_names, counts, &[]))
        .flatten();
    let group = p.names.len() > 2;
    let thread = crate::ingest::parent_dir(&p.entry.path)
        .rsplit('/')
        .next()
        .filter(|s| !s.is_empty())
        .map(str::to_string);
    let mut emitted = 0;
    for (index, item) in p.items.iter().enumerate() {
        let (platform, kind) = match p.page {
            Page::Messages if group => (r.platform, Kind::GroupMessage),
            Page::Messages => (r.platform, Kind::Message),
            Page::Posts { .. } => (r.platform, Kind::Post),
            Page::Stories => (r.platform, Kind::Story),
            Page::Comments { .. } => (r.platform, Kind::Comment),
            Page::ThreadsPosts => (Platform::Threads, Kind::Post),
            Page::Other => continue,
        };
        let mut rec: Record = r.record_on(platform, kind, p.entry, index as u64);
        rec.timestamp = item.timestamp;
        if let Some(t) = &item.time_text {
            rec.attributes.insert("time_text".into(), t.clone());
        }
        rec.attributes.insert("source_format".into(), "html".into());
        let mut text = item.text.clone();
        match p.page {
            Page::Messages => {
                rec.thread = thread.clone();
                rec.context = p.title.clone();
                rec.audience = if group {
                    Audience::Group
                } else {
                    Audience::Private
                };
                let sender = item.header.clone();
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
            }
            Page::Posts { group } | Page::Comments { group } => {
                rec.author = r.owner.author();
                rec.context = item.header.clone();
                if group {
                    rec.audience = Audience::Group;
                }
            }
            _ => {
                rec.author = r.owner.author();
                // Instagram puts a post's caption in the box's heading.
                if text.is_empty() {
                    text = item.header.clone().unwrap_or_default();
                } else {
                    rec.context = item.header.clone();
                }
            }
        }
        rec.links = item.links.clone();
        push_unique(&mut rec.links, links_in(&text));
        rec.hashtags = hashtags_in(&text);
        rec.media = item
            .media
            .iter()
            .filter_map(|m| r.media.media_at(m, None))
            .collect();
        rec.location = super::media::exif_location(&rec.media);
        rec.text = text;
        if rec.text.is_empty() && rec.media.is_empty() && rec.links.is_empty() {
            continue;
        }
        r.emit(rec);
        emitted += 1;
    }
    emitted
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<html><head><title>Priya Shah</title></head><body><div class="_a705"><main>
<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder"><h2 class="_a6-h">Participants: Priya Shah and Zoë O</h2></div>
<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder"><div class="_3-95 _2pim _a6-h _a6-i">Priya Shah</div><div class="_3-95 _a6-p"><div><div></div><div>Bed 4 &amp; 5 are free</div><div><img src="messages/inbox/priyashah_1/photos/x.jpg" /></div><div><ul class="_a6-q"><li>❤ Zoë O</li></ul></div></div></div><div class="_3-94 _a6-o">Jan 05, 2024 3:14:07 pm</div></div>
<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder"><div class="_3-95 _2pim _a6-h _a6-i">Zoë O</div><div class="_3-95 _a6-p"><div><div></div><div>See <a href="https://example.org/a">this</a></div></div></div><div class="_3-94 _a6-o"><a href="x"><div class="_a72d">5 janv. 2024 15:15</div></a></div></div>
</main></div></body></html>"#;

    #[test]
    fn reads_boxes_with_footers_only() {
        assert_eq!(page_title(PAGE).as_deref(), Some("Priya Shah"));
        let items = items(PAGE);
        assert_eq!(items.len(), 2, "{items:?}");
        assert_eq!(items[0].header.as_deref(), Some("Priya Shah"));
        assert_eq!(items[0].text, "Bed 4 & 5 are free");
        assert_eq!(
            items[0].media,
            vec!["messages/inbox/priyashah_1/photos/x.jpg"]
        );
        assert_eq!(
            items[0].timestamp.map(|t| t.to_canonical()).as_deref(),
            Some("2024-01-05T15:14:07")
        );
        assert_eq!(items[1].text, "See this");
        assert_eq!(items[1].links, vec!["https://example.org/a"]);
        assert_eq!(items[1].timestamp, None);
        assert_eq!(items[1].time_text.as_deref(), Some("5 janv. 2024 15:15"));
    }

    #[test]
    fn pages_without_boxes_yield_nothing() {
        assert!(
            items("<html><body><table><tr><td>Name</td></tr></table></body></html>").is_empty()
        );
        assert!(items("<div class=\"_a6-g\">").is_empty());
        assert!(items("").is_empty());
    }
}

//! The parts of a status that need more than a field lookup: link targets inside HTML, the `tag`
//! list (mentions and hashtags), and attachments resolved to files of the archive.

use super::actor::Owner;
use super::{host_of, list, str_field};
use crate::ingest::Export;
use crate::input::Entry;
use crate::model::Media;
use serde_json::Value;

/// Hrefs of the ordinary links in an HTML fragment (mentions and hashtags are taken from `tag`).
pub(super) fn anchor_links(html: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let lower = html.to_ascii_lowercase();
    let mut from = 0;
    while let Some(i) = lower[from..].find("<a ") {
        let start = from + i;
        let Some(end) = lower[start..].find('>').map(|e| start + e) else {
            break;
        };
        let tag = &html[start..end];
        let tag_lower = &lower[start..end];
        from = end;
        if tag_lower.contains("mention") || tag_lower.contains("hashtag") {
            continue;
        }
        if let Some(href) = attribute(tag, tag_lower, "href") {
            let href = crate::ingest::text::unescape_html(href);
            if !href.is_empty() && !out.contains(&href) {
                out.push(href);
            }
        }
    }
    out
}

/// The value of `name="…"` (or `'…'`) in a tag.
fn attribute<'t>(tag: &'t str, tag_lower: &str, name: &str) -> Option<&'t str> {
    let needle = format!("{name}=");
    let mut search = 0;
    while let Some(i) = tag_lower[search..].find(&needle) {
        let at = search + i;
        search = at + needle.len();
        // Must be a whole attribute name, not the tail of another (`data-href=`).
        if at > 0 && !tag_lower[..at].ends_with(|c: char| c.is_whitespace()) {
            continue;
        }
        let rest = &tag[at + needle.len()..];
        let quote = rest.chars().next()?;
        if quote == '"' || quote == '\'' {
            let body = &rest[1..];
            return body.find(quote).map(|e| &body[..e]);
        }
        return rest.split(|c: char| c.is_whitespace()).next();
    }
    None
}

/// Mentions (`user@host`, without `@`) and hashtags (without `#`) from a `tag` array.
pub(super) fn tags(object: &Value, owner: &Owner) -> (Vec<String>, Vec<String>) {
    let mut mentions: Vec<String> = Vec::new();
    let mut hashtags: Vec<String> = Vec::new();
    for t in list(object, "tag") {
        let name = str_field(t, "name").unwrap_or("").trim();
        match str_field(t, "type") {
            Some("Mention") => {
                let bare = name.trim_start_matches('@');
                let full = if bare.contains('@') {
                    bare.to_string()
                } else {
                    match str_field(t, "href")
                        .and_then(host_of)
                        .or_else(|| host_of(&owner.id))
                    {
                        Some(host) if !bare.is_empty() => format!("{bare}@{host}"),
                        _ => bare.to_string(),
                    }
                };
                if !full.is_empty() && !mentions.contains(&full) {
                    mentions.push(full);
                }
            }
            Some("Hashtag") => {
                let tag = name.trim_start_matches('#').to_string();
                if !tag.is_empty() && !hashtags.contains(&tag) {
                    hashtags.push(tag);
                }
            }
            _ => {}
        }
    }
    (mentions, hashtags)
}

/// The archive file an attachment URL points at: the URL's part from `media_attachments/` on (the
/// instance-specific prefix dropped), and the input's media entry with that path, if the archive
/// holds it. Every attachment and profile image is resolved here, so this is where reading a
/// photo's EXIF (GPS, capture time) from the entry joins in.
pub(super) fn attachment_file<'a, 'u>(
    export: &Export<'a>,
    entry: &Entry,
    url: &'u str,
) -> (&'u str, Option<&'a Entry>) {
    let rel = match url.find("media_attachments/") {
        Some(i) => &url[i..],
        None => url,
    };
    if rel.contains("://") {
        return (rel, None);
    }
    (rel, export.media.find(&entry.input, rel))
}

/// A media item for an attachment: the archive entry's path when the file is there, else the
/// archive-relative path (or remote URL) the export names.
pub(super) fn media_from_attachment(
    export: &Export,
    entry: &Entry,
    url: &str,
    media_type: Option<&str>,
) -> Media {
    let (rel, file) = attachment_file(export, entry, url);
    let kind = match media_type.unwrap_or("") {
        "image/gif" => "gif",
        m if m.starts_with("image/") => "photo",
        m if m.starts_with("video/") => "video",
        m if m.starts_with("audio/") => "audio",
        "" => guess_kind(rel),
        _ => "file",
    };
    let path = file.map_or_else(|| rel.to_string(), |e| e.path.clone());
    let mut media = Media::new(path, Some(kind));
    if let Some(f) = file {
        crate::ingest::exif::fill_from_file(&mut media, f, export.limits);
    }
    media
}

fn guess_kind(path: &str) -> &'static str {
    let lower = path.to_ascii_lowercase();
    if [".jpg", ".jpeg", ".png", ".webp", ".heic", ".avif"]
        .iter()
        .any(|e| lower.ends_with(e))
    {
        "photo"
    } else if [".mp4", ".webm", ".mov", ".m4v"]
        .iter()
        .any(|e| lower.ends_with(e))
    {
        "video"
    } else if lower.ends_with(".gif") {
        "gif"
    } else if [".mp3", ".ogg", ".oga", ".opus", ".m4a", ".wav", ".flac"]
        .iter()
        .any(|e| lower.ends_with(e))
    {
        "audio"
    } else {
        "file"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_give_full_link_targets_but_not_mentions() {
        let html = r#"<p><span class="h-card"><a href="https://h/@bob" class="u-url mention">@<span>bob</span></a></span> see <a href="https://example.org/a?b=1&amp;c=2" rel="nofollow"><span class="invisible">https://</span><span class="ellipsis">example.org/a</span></a> <a href="https://h/tags/x" class="mention hashtag" rel="tag">#x</a> <a data-href="nope" href='https://two.example'>2</a></p>"#;
        assert_eq!(
            anchor_links(html),
            ["https://example.org/a?b=1&c=2", "https://two.example"]
        );
    }
}

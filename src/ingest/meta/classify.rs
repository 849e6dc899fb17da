//! Which Meta product a file belongs to, and what it is, from its first bytes and (second) its path.
//!
//! Facebook, Messenger and Instagram share one export machinery, so their files look alike:
//! Instagram DMs and Messenger threads have the same shape, both use `string_map_data`, and Meta
//! renamed every folder at least twice. Both sources call [`classify`], which decides the platform
//! once, so the two can never claim the same file. Content decides first (the first top-level key,
//! the keys of the first array element); the path only breaks ties (`your_instagram_activity`, an
//! `instagram-…` zip name) and recognises loose renamed files.

use super::keys::*;
pub use super::keys::{FB_TOP_FOLDERS, IG_TOP_FOLDERS};
use super::MetaPlatform;

/// What a file is, as far as reading goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// A profile (`profile_v2`, `profile_user`, Instagram's old `profile.json`): read first, it names
    /// the owner.
    Profile,
    /// A Messenger / Instagram DM thread (`participants` + `messages`).
    Thread,
    /// Any other JSON holding records; routed by its keys while reading.
    Data,
    /// A page of the HTML export.
    Html,
    /// An extensionless media file of an Instagram export (videos are often named by hash only).
    Media,
    /// Recognised, deliberately not read.
    Skipped(&'static str),
}

/// The verdict on one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Classified {
    pub platform: MetaPlatform,
    pub kind: FileKind,
    pub confidence: u8,
}

/// The root of the export `path` belongs to: the part before the first known top-level folder, so
/// `x.zip!/your_facebook_activity/posts/…` and `x.zip!/personal_information/…` group together;
/// the entry's folder when none is known (loose or renamed files). A large export arrives as
/// several zips (`facebook-jane-2024-01-01-AbC1.zip`, `…-XyZ2.zip`) with the profile in only one,
/// so Meta-named archives group by the name before their last `-`.
pub fn export_root(path: &str, top_folders: &[&str]) -> String {
    let mut start = 0;
    let parts: Vec<&str> = path.split('/').collect();
    // The last part is the file itself, never a folder.
    for part in parts.iter().take(parts.len().saturating_sub(1)) {
        if top_folders.iter().any(|t| part.eq_ignore_ascii_case(t)) {
            return multipart_group(path[..start].trim_end_matches('/'));
        }
        start += part.len() + 1;
    }
    multipart_group(crate::ingest::parent_dir(path))
}

/// `dir/facebook-jane-2024-01-01-AbC1.zip!` → `dir/facebook-jane-2024-01-01`.
fn multipart_group(root: &str) -> String {
    let (dir, last) = match root.rfind('/') {
        Some(i) => (&root[..=i], &root[i + 1..]),
        None => ("", root),
    };
    let lower = last.to_ascii_lowercase();
    let meta_archive = (lower.starts_with("facebook-") || lower.starts_with("instagram-"))
        && lower.ends_with(".zip!");
    match last.rfind('-') {
        Some(i) if meta_archive && i > 0 => format!("{dir}{}", &last[..i]),
        _ => root.to_string(),
    }
}

/// True when the path says Instagram (or Threads, which ships inside the Instagram export).
pub fn instagram_path_hint(path_lower: &str) -> bool {
    path_lower.split('/').any(|seg| {
        seg == "your_instagram_activity"
            || seg.starts_with("instagram")
            || seg.starts_with("threads-")
            || seg.contains("_instagram")
    })
}

fn facebook_path_hint(path_lower: &str) -> bool {
    path_lower.split('/').any(|seg| {
        seg == "your_facebook_activity"
            || seg == "your_activity_across_facebook"
            || seg.starts_with("facebook")
            || seg.starts_with("messenger")
    })
}

/// What JSON value the head starts with, and the first key seen: the first top-level key of an
/// object, or the first key of the first element of an array.
#[derive(Debug, PartialEq)]
enum Head<'a> {
    Object(&'a str),
    Array(&'a str),
    NestedArray,
    Other,
}

fn skip_ws(s: &str) -> &str {
    s.trim_start_matches([' ', '\t', '\r', '\n'])
}

fn first_key(s: &str) -> Option<&str> {
    let s = skip_ws(s).strip_prefix('{')?;
    let s = skip_ws(s).strip_prefix('"')?;
    let end = s.find('"')?;
    Some(&s[..end])
}

fn head_shape(text: &str) -> Head<'_> {
    let t = skip_ws(text.trim_start_matches('\u{feff}'));
    if t.starts_with('{') {
        return first_key(t).map_or(Head::Object(""), Head::Object);
    }
    if let Some(rest) = t.strip_prefix('[') {
        let rest = skip_ws(rest);
        if rest.starts_with('[') {
            return Head::NestedArray;
        }
        return first_key(rest).map_or(Head::Array(""), Head::Array);
    }
    Head::Other
}

/// Names of HTML pages Meta's HTML export uses for content we would otherwise read.
fn is_meta_html_page(path_lower: &str, name: &str) -> bool {
    let stem = name
        .strip_suffix(".html")
        .or_else(|| name.strip_suffix(".htm"));
    let Some(stem) = stem else {
        return false;
    };
    let numbered = |prefix: &str| {
        stem.strip_prefix(prefix)
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    };
    let distinctive = stem.starts_with("your_posts")
        || numbered("message_")
        || numbered("posts_")
        || numbered("post_comments_")
        || matches!(
            stem,
            "profile_information"
                | "personal_information"
                | "threads_and_replies"
                | "your_comments_in_groups"
                | "your_posts_in_groups"
                | "places_you_have_been_tagged_in"
                | "group_posts_and_comments"
                | "archived_stories"
                | "reels_comments"
        );
    let generic = matches!(
        stem,
        "comments" | "stories" | "your_events" | "your_uncategorized_photos" | "your_videos"
    );
    let in_meta_tree = path_lower.split('/').any(|seg| {
        FB_TOP_FOLDERS.contains(&seg) || IG_TOP_FOLDERS.contains(&seg) || seg == "album"
    });
    distinctive || (generic && in_meta_tree) || (path_lower.contains("/album/") && numbered(""))
}

/// Paths only a Meta export has: its activity folders, or a `message_N.json` in a thread folder.
fn distinctive_meta_path(path_lower: &str, name: &str) -> bool {
    let segs: Vec<&str> = path_lower.split('/').collect();
    let has = |s: &str| segs.contains(&s);
    let thread_file = name.starts_with("message_")
        && [
            "inbox",
            "archived_threads",
            "filtered_threads",
            "message_requests",
        ]
        .iter()
        .any(|f| has(f));
    thread_file
        || [
            "your_facebook_activity",
            "your_activity_across_facebook",
            "your_instagram_activity",
            "profile_information",
            "comments_and_reactions",
        ]
        .iter()
        .any(|f| has(f))
}

/// `media/posts/…`, `media/stories/…` and the like: where Instagram keeps its media files.
fn instagram_media_folder(path_lower: &str) -> bool {
    let segs: Vec<&str> = path_lower.split('/').collect();
    segs.windows(2).any(|w| {
        w[0] == "media"
            && matches!(
                w[1],
                "posts" | "stories" | "reels" | "igtv" | "other" | "profile" | "archived_posts"
            )
    })
}

/// Looks like the bytes of a photo or video rather than text.
fn binary_media(head: &[u8]) -> bool {
    head.starts_with(b"\xFF\xD8\xFF")
        || head.get(4..8) == Some(b"ftyp")
        || head.starts_with(b"\x89PNG")
        || head.starts_with(b"RIFF")
        || head.starts_with(b"GIF8")
        || head.starts_with(b"\x1A\x45\xDF\xA3")
}

/// Classify one file. `path_lower` and `name` are lower-cased; `head` is the first bytes.
pub fn classify(path_lower: &str, name: &str, head: &[u8]) -> Option<Classified> {
    let contains = |needle: &str| memchr::memmem::find(head, needle.as_bytes()).is_some();
    let ig_hint = instagram_path_hint(path_lower);
    let fb_hint = facebook_path_hint(path_lower);
    let fb = |kind, confidence| {
        Some(Classified {
            platform: MetaPlatform::Facebook,
            kind,
            confidence,
        })
    };
    let ig = |kind, confidence| {
        Some(Classified {
            platform: MetaPlatform::Instagram,
            kind,
            confidence,
        })
    };

    if name.ends_with(".html") || name.ends_with(".htm") {
        let text = crate::ingest::text::lossy(head).to_ascii_lowercase();
        let is_html = text.trim_start().starts_with('<') || text.contains("<html");
        if !(is_html && is_meta_html_page(path_lower, name)) {
            return None;
        }
        return if ig_hint && !fb_hint {
            ig(FileKind::Html, 60)
        } else {
            fb(FileKind::Html, 60)
        };
    }

    let text = crate::ingest::text::lossy(head);
    match head_shape(&text) {
        Head::Object(key) => classify_object(key, name, path_lower, &contains, ig_hint, fb_hint),
        Head::Array(key) => classify_array(key, name, path_lower, &contains, ig_hint),
        Head::NestedArray => None,
        Head::Other => {
            // Instagram names some media by hash alone, with no extension.
            let no_ext = !name.contains('.');
            if no_ext && (ig_hint || instagram_media_folder(path_lower)) && binary_media(head) {
                return ig(FileKind::Media, 50);
            }
            // An empty or garbled data file where a Meta export keeps its data: claim it weakly so
            // reading reports it, rather than letting it vanish into "unrecognised".
            if name.ends_with(".json") && distinctive_meta_path(path_lower, name) {
                return if ig_hint || path_lower.contains("your_instagram_activity") {
                    ig(FileKind::Data, 30)
                } else {
                    fb(FileKind::Data, 30)
                };
            }
            None
        }
    }
}

fn is_thread_head(key: &str, name: &str, contains: &dyn Fn(&str) -> bool) -> bool {
    let messages = contains("\"messages\"");
    let message_fields = contains("\"sender_name\"") || contains("\"timestamp_ms\"");
    (key == "participants" && (messages || message_fields || name.starts_with("message_")))
        || (contains("\"participants\"") && messages && message_fields)
        || (key == "thread_name" && messages)
}

fn classify_object(
    key: &str,
    name: &str,
    path_lower: &str,
    contains: &dyn Fn(&str) -> bool,
    ig_hint: bool,
    fb_hint: bool,
) -> Option<Classified> {
    let in_album = path_lower.contains("/album/") || path_lower.starts_with("album/");
    let fb = |kind, confidence| {
        Some(Classified {
            platform: MetaPlatform::Facebook,
            kind,
            confidence,
        })
    };
    let ig = |kind, confidence| {
        Some(Classified {
            platform: MetaPlatform::Instagram,
            kind,
            confidence,
        })
    };

    if is_thread_head(key, name, contains) {
        // Instagram DMs and Messenger threads share a shape; only Instagram marks geoblocking.
        let instagram = contains("is_geoblocked_for_viewer") || (ig_hint && !fb_hint);
        return if instagram {
            ig(FileKind::Thread, 90)
        } else {
            fb(FileKind::Thread, 90)
        };
    }
    match key {
        "profile_v2" => return fb(FileKind::Profile, 90),
        "profile" if contains("\"full_name\"") => return fb(FileKind::Profile, 85),
        "profile_user" => return ig(FileKind::Profile, 90),
        "comments" if contains("\"comment\"") && contains("\"timestamp\"") => {
            return fb(FileKind::Data, 80)
        }
        "group_posts" | "notes" if contains("\"timestamp\"") => return fb(FileKind::Data, 75),
        "name" if contains("\"photos\"") && (contains("\"uri\"") || in_album) => {
            return fb(FileKind::Data, 85)
        }
        "media" if contains("\"creation_timestamp\"") => return ig(FileKind::Data, 85),
        "photos" | "videos" | "stories" | "direct" | "profile" if contains("\"taken_at\"") => {
            return ig(FileKind::Data, 85)
        }
        _ => {}
    }
    if FB_RECORD_KEYS.contains(&key) {
        return fb(FileKind::Data, 90);
    }
    if IG_RECORD_KEYS.contains(&key) {
        return ig(FileKind::Data, 90);
    }
    if let Some((_, why)) = FB_SKIPPED.iter().find(|(k, _)| *k == key) {
        return fb(FileKind::Skipped(why), 80);
    }
    // Prefixes are less distinctive than whole keys: a weaker claim any real parser outbids.
    if let Some((_, why)) = IG_SKIPPED_PREFIXES.iter().find(|(p, _)| key.starts_with(p)) {
        return ig(FileKind::Skipped(why), 60);
    }
    // Instagram's pre-2021 profile.json: flat account fields.
    if contains("\"date_joined\"") && (contains("\"biography\"") || contains("\"username\"")) {
        return ig(FileKind::Profile, 80);
    }
    // A single label/value record (Facebook 2024+ writes a lone object when there is one item).
    if contains("\"label_values\"")
        && matches!(key, "timestamp" | "media" | "label_values" | "fbid")
    {
        return label_values_file(name, ig_hint);
    }
    // Any other Meta-style versioned key: recognised as account data, so coverage shows it.
    if key.ends_with("_v2") || key.ends_with("_v3") {
        return if ig_hint && !fb_hint {
            ig(FileKind::Skipped(IG_OTHER), 50)
        } else {
            fb(FileKind::Skipped(FB_OTHER), 50)
        };
    }
    None
}

fn label_values_file(name: &str, ig_hint: bool) -> Option<Classified> {
    let records = name.contains("check-in")
        || name.contains("check_in")
        || name.contains("checkin")
        || name.starts_with("places_you")
        || name.starts_with("posts_on_other_pages");
    let (platform, kind) = if records {
        (MetaPlatform::Facebook, FileKind::Data)
    } else if ig_hint {
        (MetaPlatform::Instagram, FileKind::Skipped(IG_OTHER))
    } else {
        (MetaPlatform::Facebook, FileKind::Skipped(FB_OTHER))
    };
    Some(Classified {
        platform,
        kind,
        confidence: if records { 85 } else { 60 },
    })
}

fn classify_array(
    key: &str,
    name: &str,
    path_lower: &str,
    contains: &dyn Fn(&str) -> bool,
    ig_hint: bool,
) -> Option<Classified> {
    let make = |platform, kind, confidence| {
        Some(Classified {
            platform,
            kind,
            confidence,
        })
    };
    use MetaPlatform::{Facebook as Fb, Instagram as Ig};
    if contains("\"label_values\"")
        && matches!(key, "timestamp" | "media" | "label_values" | "fbid")
    {
        return label_values_file(name, ig_hint);
    }
    match key {
        "timestamp"
            if contains("\"attachments\"")
                || contains("\"data\"")
                || name.starts_with("your_posts") =>
        {
            let named = name.starts_with("your_posts") || path_lower.contains("/posts/");
            make(Fb, FileKind::Data, if named { 90 } else { 80 })
        }
        // Posts whose first element does not lead with `timestamp` (key order is not a contract).
        "attachments" | "data" | "title" | "tags"
            if contains("\"timestamp\"")
                && (contains("\"attachments\"") || contains("\"data\""))
                && !contains("\"string_list_data\"")
                && !contains("\"string_map_data\"") =>
        {
            make(Fb, FileKind::Data, 75)
        }
        "media" if contains("\"creation_timestamp\"") || contains("\"uri\"") => {
            make(Ig, FileKind::Data, 90)
        }
        "media_list_data" | "string_map_data"
            if contains("\"string_map_data\"")
                && (contains("\"Comment\"") || name.contains("comment")) =>
        {
            make(Ig, FileKind::Data, 85)
        }
        "title" | "media_list_data" | "string_list_data" if contains("\"string_list_data\"") => {
            make(Ig, FileKind::Skipped(FRIENDS), 70)
        }
        "participants" if contains("\"conversation\"") => make(Ig, FileKind::Data, 80),
        k if FB_RECORD_KEYS.contains(&k) || k == "comments_v2" => make(Fb, FileKind::Data, 80),
        k if IG_RECORD_KEYS.contains(&k) => make(Ig, FileKind::Data, 80),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(path: &str, head: &str) -> Option<(MetaPlatform, FileKind)> {
        let name = path.rsplit('/').next().unwrap_or(path);
        classify(path, name, head.as_bytes()).map(|c| (c.platform, c.kind))
    }

    #[test]
    fn threads_default_to_facebook_unless_instagram_says_so() {
        let thread =
            r#"{"participants":[{"name":"A"}],"messages":[{"sender_name":"A","timestamp_ms":1}]}"#;
        assert_eq!(
            c("messages/inbox/a_1/message_1.json", thread),
            Some((MetaPlatform::Facebook, FileKind::Thread))
        );
        assert_eq!(
            c(
                "your_instagram_activity/messages/inbox/a_1/message_1.json",
                thread
            ),
            Some((MetaPlatform::Instagram, FileKind::Thread))
        );
        let ig = r#"{"participants":[{"name":"A"}],"messages":[{"sender_name":"A","timestamp_ms":1,"is_geoblocked_for_viewer":false}]}"#;
        assert_eq!(
            c("messages/inbox/a_1/message_1.json", ig),
            Some((MetaPlatform::Instagram, FileKind::Thread))
        );
    }

    #[test]
    fn content_decides_for_loose_files() {
        assert_eq!(
            c("x.json", r#"[{"timestamp":1,"data":[{"post":"hi"}]}]"#),
            Some((MetaPlatform::Facebook, FileKind::Data))
        );
        assert_eq!(
            c(
                "x.json",
                r#"[{"media":[{"uri":"a.jpg","creation_timestamp":1}]}]"#
            ),
            Some((MetaPlatform::Instagram, FileKind::Data))
        );
        assert_eq!(
            c("x.json", r#"{"comments_v2":[]}"#),
            Some((MetaPlatform::Facebook, FileKind::Data))
        );
        assert_eq!(
            c("x.json", r#"{"reactions_v2":[]}"#),
            Some((MetaPlatform::Facebook, FileKind::Skipped(LIKES)))
        );
        assert_eq!(
            c("x.json", r#"{"likes_media_likes":[]}"#),
            Some((MetaPlatform::Instagram, FileKind::Skipped(LIKES)))
        );
        assert_eq!(c("x.json", r#"{"tweets":[]}"#), None);
        assert_eq!(c("x.json", r#"[[1,2]]"#), None);
        assert_eq!(c("x.json", ""), None);
        assert_eq!(c("x.js", "window.YTD.tweets.part0 = []"), None);
    }

    #[test]
    fn long_participant_lists_and_hash_named_media() {
        let mut head = String::from(r#"{"participants":["#);
        while head.len() < 8192 {
            head.push_str(r#"{"name":"Someone Else"},"#);
        }
        assert_eq!(
            c("messages/inbox/big_1/message_1.json", &head),
            Some((MetaPlatform::Facebook, FileKind::Thread))
        );
        let jpeg = "\u{FF}\u{D8}\u{FF}\u{E0}";
        let bytes: Vec<u8> = jpeg.chars().map(|ch| ch as u32 as u8).collect();
        let got = classify("media/posts/202205/b2", "b2", &bytes).map(|c| c.kind);
        assert_eq!(got, Some(FileKind::Media));
        assert_eq!(classify("notes/b2", "b2", &bytes), None);
        // Empty files where only a Meta export keeps data are claimed so the read reports them.
        assert_eq!(
            c("your_instagram_activity/content/stories.json", ""),
            Some((MetaPlatform::Instagram, FileKind::Data))
        );
        assert_eq!(c("somewhere/stories.json", ""), None);
    }

    #[test]
    fn html_pages_are_recognised_only_by_meta_names() {
        assert_eq!(
            c("posts/your_posts_1.html", "<html><body>"),
            Some((MetaPlatform::Facebook, FileKind::Html))
        );
        assert_eq!(
            c(
                "your_instagram_activity/content/posts_1.html",
                "<!DOCTYPE html><html>"
            ),
            Some((MetaPlatform::Instagram, FileKind::Html))
        );
        assert_eq!(c("site/index.html", "<html>"), None);
    }

    #[test]
    fn export_root_stops_at_the_first_known_folder() {
        assert_eq!(
            export_root(
                "fb.zip!/your_facebook_activity/posts/a.json",
                FB_TOP_FOLDERS
            ),
            "fb.zip!"
        );
        assert_eq!(
            export_root(
                "dl/personal_information/profile_information/p.json",
                FB_TOP_FOLDERS
            ),
            "dl"
        );
        assert_eq!(export_root("loose/file.json", FB_TOP_FOLDERS), "loose");
        assert_eq!(
            export_root(
                "dl/facebook-jane-2024-01-01-AbC1.zip!/your_facebook_activity/posts/a.json",
                FB_TOP_FOLDERS
            ),
            "dl/facebook-jane-2024-01-01"
        );
        assert_eq!(
            export_root(
                "facebook-jane-2024-01-01-XyZ2.zip!/personal_information/p/p.json",
                FB_TOP_FOLDERS
            ),
            "facebook-jane-2024-01-01"
        );
        assert_eq!(
            export_root("other.zip!/posts/a.json", FB_TOP_FOLDERS),
            "other.zip!"
        );
        assert_eq!(export_root("posts.json", FB_TOP_FOLDERS), "");
    }
}

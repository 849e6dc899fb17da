//! Media blocks (`{"uri", "creation_timestamp", "media_metadata": {...}}`) and what they reveal.
//!
//! Meta writes a photo's EXIF into the JSON (`media_metadata.photo_metadata.exif_data[]`: Facebook's
//! `latitude`/`longitude`/`taken_timestamp`, Instagram's `latitude`/`longitude`/`date_time_original`)
//! but strips it from most files. When the JSON has no position or time, the photo file itself may
//! still carry them, so [`MediaReader`] looks the file up in the export's [`MediaIndex`] and reads its
//! EXIF. What the JSON says wins: it is what the platform recorded at upload.

use super::json::{array_field, int_field, str_field};
use crate::ingest::exif::read_photo_exif;
use crate::ingest::MediaIndex;
use crate::input::Limits;
use crate::model::{GeoPoint, Location, LocationSource, Media, Timestamp};
use chrono::NaiveDateTime;
use regex::Regex;
use serde_json::Value;
use std::sync::LazyLock;

/// Resolves media paths of one export to files and reads their EXIF.
pub struct MediaReader<'a> {
    pub index: &'a MediaIndex<'a>,
    pub input: &'a str,
    pub limits: &'a Limits,
}

const PHOTO_EXT: [&str; 7] = [".jpg", ".jpeg", ".png", ".heic", ".heif", ".webp", ".tif"];
const VIDEO_EXT: [&str; 5] = [".mp4", ".mov", ".m4v", ".webm", ".3gp"];
const AUDIO_EXT: [&str; 5] = [".aac", ".m4a", ".mp3", ".opus", ".wav"];

/// `photo`, `video`, `gif`, `audio` or `file` from a path's extension.
pub fn kind_from_path(path: &str) -> Option<&'static str> {
    let p = path.to_ascii_lowercase();
    let p = p.split(['?', '#']).next().unwrap_or(&p);
    if PHOTO_EXT.iter().any(|e| p.ends_with(e)) {
        Some("photo")
    } else if VIDEO_EXT.iter().any(|e| p.ends_with(e)) {
        Some("video")
    } else if p.ends_with(".gif") {
        Some("gif")
    } else if AUDIO_EXT.iter().any(|e| p.ends_with(e)) {
        Some("audio")
    } else if p.ends_with(".pdf") || p.ends_with(".zip") || p.ends_with(".docx") {
        Some("file")
    } else {
        None
    }
}

/// EXIF facts the export's JSON records for one media item.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
struct JsonExif {
    gps: Option<GeoPoint>,
    taken_at: Option<Timestamp>,
}

fn json_exif(m: &Value) -> JsonExif {
    let meta = m.get("media_metadata");
    let blocks = ["photo_metadata", "video_metadata"]
        .iter()
        .filter_map(|k| meta.and_then(|mm| mm.get(*k)))
        .flat_map(|b| array_field(b, "exif_data"));
    let mut out = JsonExif::default();
    for e in blocks {
        if out.gps.is_none() {
            let lat = e.get("latitude").and_then(crate::ingest::text::as_f64);
            let lon = e.get("longitude").and_then(crate::ingest::text::as_f64);
            if let (Some(lat), Some(lon)) = (lat, lon) {
                out.gps = GeoPoint::new(lat, lon);
            }
        }
        if out.taken_at.is_none() {
            out.taken_at = int_field(e, "taken_timestamp")
                .and_then(Timestamp::from_unix)
                .filter(|t| t.year() >= 1900)
                .or_else(|| str_field(e, "date_time_original").and_then(exif_local_time));
        }
    }
    out
}

/// `2024:05:02 22:47:28` (EXIF's format, camera-local time).
fn exif_local_time(s: &str) -> Option<Timestamp> {
    NaiveDateTime::parse_from_str(s, "%Y:%m:%d %H:%M:%S")
        .ok()
        .filter(|t| chrono::Datelike::year(t) >= 1900)
        .map(Timestamp::local)
}

impl MediaReader<'_> {
    /// A [`Media`] from a Meta media object, `default_kind` when neither the metadata nor the path
    /// tell. `None` when the object has no usable `uri`.
    pub fn media(&self, m: &Value, default_kind: Option<&'static str>) -> Option<Media> {
        let uri = str_field(m, "uri")?;
        let meta = m.get("media_metadata");
        let kind = if meta.and_then(|x| x.get("video_metadata")).is_some() {
            Some("video")
        } else if meta.and_then(|x| x.get("photo_metadata")).is_some() {
            Some("photo")
        } else {
            kind_from_path(uri).or(default_kind)
        };
        let mut media = Media::new(uri, kind);
        media.description = str_field(m, "description").map(str::to_string);
        let from_json = json_exif(m);
        media.gps = from_json.gps;
        media.taken_at = from_json.taken_at;
        self.fill_from_file(&mut media);
        Some(media)
    }

    /// A [`Media`] for a bare path (Instagram's old `path` fields, Messenger attachments).
    pub fn media_at(&self, path: &str, kind: Option<&'static str>) -> Option<Media> {
        let path = path.trim();
        if path.is_empty() {
            return None;
        }
        let mut media = Media::new(path, kind_from_path(path).or(kind));
        self.fill_from_file(&mut media);
        Some(media)
    }

    /// Fill missing GPS / capture time from the photo file, if the export holds it.
    fn fill_from_file(&self, media: &mut Media) {
        let is_photo = matches!(media.kind.as_deref(), Some("photo") | None);
        if !is_photo || (media.gps.is_some() && media.taken_at.is_some()) {
            return;
        }
        if media.path.starts_with("http://") || media.path.starts_with("https://") {
            return;
        }
        let Some(entry) = self.find(&media.path) else {
            return;
        };
        if let Some(found) = read_photo_exif(entry, self.limits) {
            media.gps = media.gps.or(found.gps);
            media.taken_at = media.taken_at.or(found.taken_at);
        }
    }

    /// Find the file for an export-relative `uri`. Late-2023 Facebook exports sometimes double or
    /// misplace the folder prefix, so shorter suffixes are tried after the full path.
    fn find(&self, uri: &str) -> Option<&crate::input::Entry> {
        if let Some(e) = self.index.find(self.input, uri) {
            return Some(e);
        }
        // Three segments (`<album>/<folder>/<file>`) are specific enough; two would let
        // `photos/index.jpeg` of one thread match another's.
        let parts: Vec<&str> = uri.split('/').filter(|p| !p.is_empty()).collect();
        if parts.len() <= 3 {
            return None;
        }
        let tail = parts.get(parts.len() - 3..)?.join("/");
        self.index.find(self.input, &tail)
    }
}

/// The location of the first media item with GPS, as an EXIF location.
pub fn exif_location(media: &[Media]) -> Option<Location> {
    media.iter().find_map(|m| {
        m.gps.map(|p| Location {
            name: None,
            coordinates: Some(p),
            source: LocationSource::Exif,
        })
    })
}

static URL_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"https?://[^\s<>"'\]\[]+"#).expect("url regex"));
static HASHTAG_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|[^\w&])#(\w+)").expect("hashtag regex"));
static MENTION_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|[^\w.@])@([A-Za-z0-9_.]{1,30})").expect("mention regex"));

/// URLs written in the text, trailing punctuation removed.
pub fn links_in(text: &str) -> Vec<String> {
    URL_RE
        .find_iter(text)
        .map(|m| {
            m.as_str()
                .trim_end_matches(['.', ',', ')', '!', '?', ';', ':'])
                .to_string()
        })
        .collect()
}

/// `#tags` in the text, without the `#`.
pub fn hashtags_in(text: &str) -> Vec<String> {
    HASHTAG_RE
        .captures_iter(text)
        .filter_map(|c| c.get(1).map(|m| m.as_str().to_string()))
        .filter(|t| !t.chars().all(|c| c.is_ascii_digit()))
        .collect()
}

/// `@handles` in the text (Instagram and Threads style), without the `@`.
pub fn mentions_in(text: &str) -> Vec<String> {
    MENTION_RE
        .captures_iter(text)
        .filter_map(|c| c.get(1))
        .map(|m| m.as_str().trim_end_matches('.').to_string())
        .filter(|h| !h.is_empty())
        .collect()
}

/// Append `items` to `into`, skipping duplicates, keeping first-seen order.
pub fn push_unique(into: &mut Vec<String>, items: impl IntoIterator<Item = String>) {
    for i in items {
        if !into.contains(&i) {
            into.push(i);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_exif_from_json_metadata() {
        let idx = MediaIndex::default();
        let limits = Limits::default();
        let r = MediaReader {
            index: &idx,
            input: "in",
            limits: &limits,
        };
        let m = r
            .media(
                &json!({"uri":"posts/media/a/1.jpg","media_metadata":{"photo_metadata":{"exif_data":[{"upload_ip":"1.2.3.4"},{"latitude":51.5,"longitude":-0.12,"taken_timestamp":1600000000}]}}}),
                None,
            )
            .unwrap();
        assert_eq!(m.kind.as_deref(), Some("photo"));
        assert_eq!(m.gps, GeoPoint::new(51.5, -0.12));
        assert_eq!(m.taken_at.unwrap().to_canonical(), "2020-09-13T12:26:40Z");
        let v = r
            .media(
                &json!({"uri":"media/posts/x","media_metadata":{"video_metadata":{"exif_data":[{"date_time_original":"2024:05:02 22:47:28"}]}}}),
                None,
            )
            .unwrap();
        assert_eq!(v.kind.as_deref(), Some("video"));
        assert!(v.taken_at.unwrap().local);
        assert!(r.media(&json!({"uri": ""}), None).is_none());
        assert!(r.media(&json!({"uri": 5}), None).is_none());
    }

    #[test]
    fn finds_links_tags_and_mentions() {
        let t = "See https://example.org/a?b=1. #Health #2024 email a@b.com @dr.jane. and @x_y";
        assert_eq!(links_in(t), vec!["https://example.org/a?b=1"]);
        assert_eq!(hashtags_in(t), vec!["Health"]);
        assert_eq!(mentions_in(t), vec!["dr.jane", "x_y"]);
    }
}

//! What a message body *is*: plain text, an attachment, an omitted medium, a deleted message, a
//! location or venue share, a poll, a call notice, or a system event dressed up as a message.
//!
//! WhatsApp localises every marker, so matching fixed English strings would misread most of the
//! world's exports. The classification leans on structure first and vocabulary second:
//!
//! - iOS writes a bidi mark (U+200E/U+200F) *before the header* of every attachment line, and before
//!   the text of every special message. A marked line is therefore media whatever its language; the
//!   last mark-delimited segment is the marker (`image omitted`, `<attached: x.jpg>`), anything before
//!   it is the document title.
//! - iOS system events (encryption notice, security-code changes, group changes) are attributed to the
//!   chat's name, so they look like messages; they are the marked texts that are no other marker.
//! - Android attachments are `FILE.ext (localised words)`; omitted media is `<localised words>`.
//! - Vocabulary lists (deleted, calls, omitted kinds, system phrases; [`super::vocab`]) come from the
//!   sample exports in 18 languages. An unlisted language degrades gracefully: an iOS media marker of
//!   unknown kind is still media (of unknown kind); an unlisted deleted or call notice stays a short
//!   text message on Android, and on iOS is taken for a system event and not kept.

use super::header::is_mark;
use super::vocab::{
    deleted_marker, is_call, is_live_location, is_system_phrase, normalised, omitted_kind,
};
use crate::model::GeoPoint;
use regex::Regex;
use std::sync::LazyLock;

/// Media referenced by a message.
#[derive(Debug, Clone, PartialEq)]
pub struct MediaRef {
    /// File name as written (attachment) or the title / marker text when the file was not exported.
    pub name: String,
    pub kind: Option<&'static str>,
    /// The file is part of the export (an attachment), not just mentioned (omitted media).
    pub included: bool,
    /// Document title WhatsApp shows next to the file (`Resume.pdf • 2 pages`).
    pub title: Option<String>,
}

/// Where a message points on a map.
#[derive(Debug, Clone, PartialEq)]
pub enum Place {
    /// A dropped pin: `location: https://maps.google.com/?q=lat,lon`.
    Pin(GeoPoint),
    /// A venue (`Name (Address): https://foursquare.com/v/…`), by name only.
    Venue(String),
    /// A live-location share, which has no coordinates in the export.
    Live,
}

/// The meaning of one message body.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Body {
    /// The text worth scanning: the message, a caption, a poll's question and options.
    pub text: String,
    pub media: Vec<MediaRef>,
    pub place: Option<Place>,
    /// Deleted; `Some(true)` when deleted by the exporting account ("You deleted this message").
    pub deleted: Option<bool>,
    pub edited: bool,
    pub view_once: bool,
    pub poll: bool,
    /// A call notice (`Missed voice call`), kept as the notice text.
    pub call: Option<String>,
}

/// A classified line: a message, or a system event that is no one's message.
#[derive(Debug, Clone, PartialEq)]
pub enum Content {
    Message(Body),
    System(String),
}

/// Remove bidi marks from both ends.
pub fn trim_marks(s: &str) -> &str {
    s.trim_matches(|c: char| is_mark(c) || c.is_whitespace())
}

/// Longest body that may be one of WhatsApp's own notices (deleted, call, security code, timer);
/// a longer body is someone's words and is not normalised for comparison with them.
const LONGEST_NOTICE_BYTES: usize = 1024;

/// Classify a message body. `ios_marked_line` is true when an iOS (bracketed) line started with a bidi
/// mark; `ios` is true for bracketed headers generally.
pub fn classify(body: &str, ios: bool, ios_marked_line: bool) -> Content {
    let body = body.trim_end_matches(['\r', '\n']);
    let marked_text = body.starts_with(is_mark);
    let (body, edited) = strip_edited(body);
    let mut out = Body {
        edited,
        ..Body::default()
    };
    let norm = if body.len() <= LONGEST_NOTICE_BYTES {
        normalised(body)
    } else {
        String::new()
    };

    if let Some(by_owner) = deleted_marker(&norm) {
        out.deleted = Some(by_owner);
        return Content::Message(out);
    }
    if norm == "null" {
        out.view_once = true;
        out.media.push(MediaRef {
            name: "null".into(),
            kind: None,
            included: false,
            title: None,
        });
        return Content::Message(out);
    }
    let (first, caption) = match body.split_once('\n') {
        Some((f, c)) => (f, trim_marks(c)),
        None => (body, ""),
    };
    if let Some(m) = ios_attachment(first) {
        out.media.push(m);
        out.text = caption.to_string();
        return Content::Message(out);
    }
    if let Some(m) = android_attachment(first) {
        out.media.push(m);
        out.text = caption.to_string();
        return Content::Message(out);
    }
    if let Some(m) = android_omitted(first) {
        out.media.push(m);
        out.text = caption.to_string();
        return Content::Message(out);
    }
    if ios_marked_line {
        out.media.push(ios_omitted(first));
        out.text = caption.to_string();
        return Content::Message(out);
    }
    if let Some(place) = place(body) {
        // A live-location notice is WhatsApp's words, not the sender's; pins and venues keep theirs.
        if place != Place::Live {
            out.text = trim_marks(body).to_string();
        }
        out.place = Some(place);
        return Content::Message(out);
    }
    if let Some(text) = poll(body) {
        out.poll = true;
        out.text = text;
        return Content::Message(out);
    }
    if is_call(&norm) {
        out.call = Some(norm);
        return Content::Message(out);
    }
    if (ios && marked_text) || is_system_phrase(&norm) {
        return Content::System(norm);
    }
    out.text = trim_marks(body).to_string();
    Content::Message(out)
}

/// `<This message was edited>` at the end (WhatsApp puts a mark before the localised marker).
fn strip_edited(body: &str) -> (&str, bool) {
    let trimmed = body.trim_end();
    if let Some(before) = trimmed.strip_suffix("<This message was edited>") {
        return (
            before.trim_end_matches(|c: char| is_mark(c) || c == ' '),
            true,
        );
    }
    // A localised marker: a bidi mark, then `<…>` ending the message, with no `:` (not an attachment).
    if trimmed.ends_with('>') {
        if let Some(lt) = trimmed.rfind('<') {
            let before = &trimmed[..lt];
            let inner = &trimmed[lt..];
            if before.ends_with(is_mark) && !inner.contains(':') && !before.trim().is_empty() {
                return (
                    before.trim_end_matches(|c: char| is_mark(c) || c == ' '),
                    true,
                );
            }
        }
    }
    (body, false)
}

/// iOS `<attached: 00000035-PHOTO-2022-03-27-21-41-55.jpg>` (label localised: `<adjunto: …>`).
fn ios_attachment(first: &str) -> Option<MediaRef> {
    static RE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"<\s*[\p{L}][\p{L} ]{0,30}\s?:\s*([^<>:]+?\.[A-Za-z0-9]{1,6})\s*>\s*$")
            .expect("valid regex")
    });
    let caps = RE.captures(first)?;
    let name = caps.get(1)?.as_str().trim().to_string();
    let whole = caps.get(0)?;
    let title = document_title(&first[..whole.start()]);
    Some(MediaRef {
        kind: kind_from_name(&name),
        name,
        included: true,
        title,
    })
}

/// Android `IMG-20220323-WA0002.jpg (file attached)` (localised: `(Datei angehängt)`).
fn android_attachment(first: &str) -> Option<MediaRef> {
    static RE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(\S[^()]*?\.[A-Za-z0-9]{1,6}) \(([^()]{3,40})\)$").expect("valid regex")
    });
    let line = trim_marks(first);
    let caps = RE.captures(line)?;
    let name = caps.get(1)?.as_str().to_string();
    Some(MediaRef {
        kind: kind_from_name(&name),
        name,
        included: true,
        title: None,
    })
}

/// Android `<Media omitted>` and its translations: a short bracketed phrase on its own.
fn android_omitted(first: &str) -> Option<MediaRef> {
    let line = trim_marks(first);
    let inner = line.strip_prefix('<')?.strip_suffix('>')?;
    let plausible = !inner.is_empty()
        && inner.chars().count() <= 40
        && !inner.contains([':', '<', '>', '/'])
        && !inner.chars().any(|c| c.is_ascii_digit())
        && inner.split_whitespace().count() <= 4;
    plausible.then(|| MediaRef {
        name: line.to_string(),
        kind: None,
        included: false,
        title: None,
    })
}

/// An iOS media line without an `<attached: …>` part: `image omitted`, `Resume.pdf • 2 pages document omitted`.
fn ios_omitted(first: &str) -> MediaRef {
    let segments: Vec<&str> = first
        .split(is_mark)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    let marker = segments.last().copied().unwrap_or("").to_string();
    let title = (segments.len() > 1)
        .then(|| document_title(segments.first().copied().unwrap_or("")))
        .flatten();
    let kind = omitted_kind(&marker).or_else(|| title.as_deref().and_then(kind_from_name));
    MediaRef {
        name: title.clone().unwrap_or(marker),
        kind,
        included: false,
        title,
    }
}

/// The file title before a marker, without the `•` that introduces the page count.
fn document_title(before: &str) -> Option<String> {
    let t = trim_marks(before);
    let t = t.split('•').next().unwrap_or(t);
    let t = trim_marks(t);
    (!t.is_empty()).then(|| t.to_string())
}

/// Media kind from a file name: WhatsApp's own prefixes first, then the extension.
pub fn kind_from_name(name: &str) -> Option<&'static str> {
    let upper = name.to_ascii_uppercase();
    let ext = upper.rsplit('.').next().unwrap_or("");
    if upper.contains("-GIF-") || ext == "GIF" {
        return Some("gif");
    }
    if upper.starts_with("IMG-") || upper.contains("-PHOTO-") || upper.contains("-STICKER-") {
        return Some("photo");
    }
    if upper.starts_with("VID-") || upper.contains("-VIDEO-") {
        return Some("video");
    }
    if upper.starts_with("PTT-") || upper.starts_with("AUD-") || upper.contains("-AUDIO-") {
        return Some("audio");
    }
    match ext {
        "JPG" | "JPEG" | "PNG" | "WEBP" | "HEIC" | "HEIF" | "TIF" | "TIFF" => Some("photo"),
        "MP4" | "MOV" | "3GP" | "WEBM" | "MKV" => Some("video"),
        "OPUS" | "M4A" | "MP3" | "AAC" | "OGG" | "WAV" | "AMR" => Some("audio"),
        "" => None,
        _ => Some("file"),
    }
}

/// A location pin, a venue, or a live-location share.
fn place(body: &str) -> Option<Place> {
    static PIN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"https?://(?:maps\.google\.[a-z.]+/(?:maps)?\?(?:[^\s]*&)?q=|maps\.apple\.com/\?(?:[^\s]*&)?(?:ll|q)=)(-?\d{1,3}(?:\.\d+)?),\s?(-?\d{1,3}(?:\.\d+)?)",
        )
        .expect("valid regex")
    });
    static VENUE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"https?://(?:www\.)?foursquare\.com/v/\S+").expect("valid regex")
    });
    if let Some(c) = PIN.captures(body) {
        let lat = c.get(1)?.as_str().parse().ok()?;
        let lon = c.get(2)?.as_str().parse().ok()?;
        return GeoPoint::new(lat, lon).map(Place::Pin);
    }
    if let Some(m) = VENUE.find(body) {
        // iOS: `Name (Address): URL` on one line; Android: name and address lines above the URL.
        let before = trim_marks(&body[..m.start()]);
        let before = before.strip_suffix(':').unwrap_or(before);
        let name = before
            .lines()
            .map(trim_marks)
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        return (!name.is_empty()).then_some(Place::Venue(name));
    }
    if body.len() <= LONGEST_NOTICE_BYTES && is_live_location(&normalised(body)) {
        return Some(Place::Live);
    }
    None
}

/// `POLL:` / `ENCUESTA:` then the question, then `OPTION: x (n votes)` lines.
fn poll(body: &str) -> Option<String> {
    static OPTION: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\p{Lu}[\p{Lu}\p{M}]+:\s*(.*?)\s*\(\d+\s+\S+\)$").expect("valid regex")
    });
    let mut lines = body.lines().map(trim_marks).filter(|l| !l.is_empty());
    let head = lines.next()?;
    let label = head.strip_suffix(':')?;
    if label.is_empty()
        || !label
            .chars()
            .all(|c| c.is_uppercase() || c.is_alphabetic() && !c.is_lowercase())
    {
        return None;
    }
    let rest: Vec<&str> = lines.collect();
    let mut question = Vec::new();
    let mut options = Vec::new();
    for l in &rest {
        match OPTION.captures(l).and_then(|c| c.get(1)) {
            Some(opt) => options.push(opt.as_str().to_string()),
            None if options.is_empty() => question.push(l.to_string()),
            None => options.push(l.to_string()),
        }
    }
    if options.is_empty() {
        return None;
    }
    let mut text = question.join("\n");
    for o in options {
        text.push('\n');
        text.push_str(&o);
    }
    Some(text.trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn msg(body: &str, ios: bool, lead: bool) -> Body {
        match classify(body, ios, lead) {
            Content::Message(b) => b,
            Content::System(s) => panic!("system: {s}"),
        }
    }

    #[test]
    fn plain_text_and_edited() {
        let b = msg("Hello *there*", false, false);
        assert_eq!((b.text.as_str(), b.edited), ("Hello *there*", false));
        let b = msg(
            "An edited message \u{200E}<This message was edited>",
            true,
            false,
        );
        assert_eq!((b.text.as_str(), b.edited), ("An edited message", true));
    }

    #[test]
    fn attachments_and_omitted_media() {
        let b = msg(
            "\u{200E}<attached: 00000035-PHOTO-2022-03-27-21-41-55.jpg>",
            true,
            true,
        );
        assert_eq!(b.media[0].name, "00000035-PHOTO-2022-03-27-21-41-55.jpg");
        assert_eq!(
            (b.media[0].kind, b.media[0].included),
            (Some("photo"), true)
        );
        let b = msg(
            "A PDF.pdf \u{2022} \u{200E}1 page \u{200E}<attached: some-doc.pdf>",
            true,
            true,
        );
        assert_eq!(b.media[0].title.as_deref(), Some("A PDF.pdf"));
        let b = msg(
            "IMG-20230630-WA0000.jpg (file attached)\nimage comment",
            false,
            false,
        );
        assert_eq!(
            (b.media[0].kind, b.text.as_str()),
            (Some("photo"), "image comment")
        );
        let b = msg("\u{200E}Alex.vcf (soubor byl přiložen)", false, false);
        assert_eq!(
            (b.media[0].name.as_str(), b.media[0].kind),
            ("Alex.vcf", Some("file"))
        );
        let b = msg("<Média vynechány>\nCaption", false, false);
        assert_eq!((b.media[0].included, b.text.as_str()), (false, "Caption"));
        let b = msg("\u{200E}Bild weggelassen", true, true);
        assert_eq!(b.media[0].kind, Some("photo"));
        let b = msg(
            "Resume.pdf \u{2022} \u{200E}2 pages \u{200E}document omitted",
            true,
            true,
        );
        assert_eq!(
            (b.media[0].name.as_str(), b.media[0].kind),
            ("Resume.pdf", Some("file"))
        );
        let b = msg("\u{200E}neznámý vynechán", true, true);
        assert_eq!((b.media.len(), b.media[0].kind), (1, None));
        assert!(msg("null", false, false).view_once);
        // Precomposed U+095C and decomposed U+0921 U+093C are the same Hindi word.
        let b = msg("\u{200E}स्टिकर छो\u{095C}ा गया", true, true);
        assert_eq!(b.media[0].kind, Some("photo"));
        // A message that merely contains brackets is text.
        assert!(msg("<3 see you at 5>", false, false).media.is_empty());
    }

    #[test]
    fn deleted_markers_know_the_owner() {
        assert_eq!(
            msg("\u{200E}You deleted this message.", true, false).deleted,
            Some(true)
        );
        assert_eq!(
            msg("Dit bericht is verwijderd", false, false).deleted,
            Some(false)
        );
        assert_eq!(
            msg("\u{200F}أنت حذفت هذه الرسالة.", true, false).deleted,
            Some(true)
        );
    }

    #[test]
    fn locations_and_venues() {
        let b = msg(
            "location: https://maps.google.com/?q=51.50214569326172,-0.12739796972656",
            false,
            false,
        );
        assert!(matches!(b.place, Some(Place::Pin(p)) if (p.lat - 51.502).abs() < 0.01));
        let b = msg(
            "Pimlico Gardens (London, United Kingdom): https://foursquare.com/v/4e89af",
            true,
            false,
        );
        assert_eq!(
            b.place,
            Some(Place::Venue(
                "Pimlico Gardens (London, United Kingdom)".into()
            ))
        );
        let b = msg(
            "Pimlico Gardens\nLondon, United Kingdom\nhttps://foursquare.com/v/4e89",
            false,
            false,
        );
        assert_eq!(
            b.place,
            Some(Place::Venue(
                "Pimlico Gardens, London, United Kingdom".into()
            ))
        );
        assert_eq!(
            msg("Live location shared", false, false).place,
            Some(Place::Live)
        );
    }

    #[test]
    fn polls_calls_and_system_events() {
        let b = msg("\u{200E}POLL:\nA question\n\u{200E}OPTION: Option A (1 vote)\n\u{200E}OPTION: Option B (2 votes)", true, false);
        assert_eq!(
            (b.poll, b.text.as_str()),
            (true, "A question\nOption A\nOption B")
        );
        let b = msg(
            "\u{200E}ENCUESTA:\nUna pregunta\n\u{200E}OPCIÓN: Opción A (0 votos)",
            true,
            false,
        );
        assert_eq!(b.text, "Una pregunta\nOpción A");
        assert!(msg("\u{200E}Video call, \u{200E}5 min", true, false)
            .call
            .is_some());
        assert!(msg("Voice call me later", false, false).call.is_none());
        assert!(matches!(
            classify(
                "\u{200E}Messages and calls are end-to-end encrypted.",
                true,
                false
            ),
            Content::System(_)
        ));
        assert!(matches!(
            classify(
                "+1 2 updated the message timer. New messages…",
                false,
                false
            ),
            Content::System(_)
        ));
    }
}

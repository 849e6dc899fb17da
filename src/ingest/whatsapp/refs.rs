//! Links, mentions and hashtags in message text. WhatsApp has no entities (unlike Telegram), so they
//! are found in the text the way a reader would see them.

use regex::Regex;
use std::sync::LazyLock;

/// URLs in the text (`http(s)://…` and `www.…`), trailing punctuation removed.
pub fn links(text: &str) -> Vec<String> {
    static RE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"(?i)\b(?:https?://|www\.)[^\s<>"\u{200E}\u{200F}]+"#).expect("valid regex")
    });
    let mut out: Vec<String> = Vec::new();
    let has_www = text
        .as_bytes()
        .windows(4)
        .any(|w| w.eq_ignore_ascii_case(b"www."));
    if !has_www && !text.contains("://") {
        return out;
    }
    for m in RE.find_iter(text) {
        let url = m
            .as_str()
            .trim_end_matches(['.', ',', ';', ':', '!', '?', ')', ']', '\'', '*', '_', '~']);
        if !url.is_empty() && !out.iter().any(|u| u == url) {
            out.push(url.to_string());
        }
    }
    out
}

/// `@` mentions: WhatsApp writes `@447700900123` or `@Dr Name` wrapped in U+2068/U+2069 isolate marks.
pub fn mentions(text: &str) -> Vec<String> {
    static RE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:^|[\s(])@(?:\u{2068}([^\u{2069}\n]{1,60})\u{2069}|([\p{L}\p{N}_.+]*[\p{L}\p{N}_]))")
            .expect("valid regex")
    });
    let mut out: Vec<String> = Vec::new();
    if !text.contains('@') {
        return out;
    }
    for c in RE.captures_iter(text) {
        if let Some(m) = c.get(1).or_else(|| c.get(2)) {
            let s = m.as_str().to_string();
            if !out.contains(&s) {
                out.push(s);
            }
        }
    }
    out
}

/// `#tags` as people type them (WhatsApp has no hashtag feature, but `#ad` still means something).
pub fn hashtags(text: &str) -> Vec<String> {
    static RE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:^|[\s(])#([\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)").expect("valid regex")
    });
    let mut out: Vec<String> = Vec::new();
    if !text.contains('#') {
        return out;
    }
    // The tag is what follows the match's `#` (what precedes it is a space, a `(` or nothing), so
    // a plain search does without the slower capture groups.
    for m in RE.find_iter(text) {
        if let Some((_, tag)) = m.as_str().split_once('#') {
            let s = tag.to_string();
            if !out.contains(&s) {
                out.push(s);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_and_mentions() {
        assert_eq!(
            links("see https://nhs.uk/a. and www.x.org/b)"),
            ["https://nhs.uk/a", "www.x.org/b"]
        );
        assert_eq!(
            mentions("hi @447700900123 and @\u{2068}Dr Jo Bloggs\u{2069}!"),
            ["447700900123", "Dr Jo Bloggs"]
        );
        assert!(mentions("mail me a@b.com").is_empty());
        assert_eq!(hashtags("#ad for #Botox, not #1"), ["ad", "Botox"]);
    }
}

//! Decoding helpers shared by the sources: streaming JSON arrays, JavaScript-wrapped JSON, HTML
//! entities, HTML to text, Meta's mojibake, and tolerant number/string fields.
//!
//! Exports are large single JSON arrays (tens of MB, sometimes over a GB) and are sometimes cut short by
//! an interrupted download. [`for_each_array_element`] reads one element at a time from a stream, hands
//! it over as raw JSON, and on a syntax error stops with the count of what it already delivered, so the
//! records before the break are kept and the break is reported. [`par_array_elements`] does the same
//! with elements parsed on every core while the stream is read (see `array.rs` for how, and why a
//! damaged file still gives exactly `serde_json`'s elements and error).

use super::utf8;
mod array;

pub use array::{
    exact_array_elements, for_each_array_element, par_array_batches, par_array_elements,
    parse_element, ArrayOutcome, ElementError, Parsed,
};
use std::io::{self, BufRead, BufReader, Read};

/// Skip a JavaScript preface such as `window.YTD.tweets.part0 = ` (everything up to and including the
/// first `=`), returning the rest of the stream. Twitter's data files are JS assignments, not JSON.
pub fn skip_js_assignment<R: Read>(reader: R) -> io::Result<BufReader<R>> {
    let mut r = BufReader::with_capacity(256 * 1024, reader);
    loop {
        let (found, used) = {
            let buf = r.fill_buf()?;
            if buf.is_empty() {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidData,
                    "no `=` found: not a JavaScript data file",
                ));
            }
            match memchr::memchr(b'=', buf) {
                Some(i) => (true, i + 1),
                None => (false, buf.len()),
            }
        };
        r.consume(used);
        if found {
            return Ok(r);
        }
    }
}

/// Bytes as text, invalid UTF-8 replaced by U+FFFD: `String::from_utf8_lossy`, with the fast
/// validation of `str::from_utf8` for the usual case of valid text (several times quicker on the
/// hot paths: every detection head, every chat line).
pub fn lossy(bytes: &[u8]) -> std::borrow::Cow<'_, str> {
    match std::str::from_utf8(bytes) {
        Ok(s) => std::borrow::Cow::Borrowed(s),
        Err(_) => String::from_utf8_lossy(bytes),
    }
}

/// Decode HTML entities (`&amp;`, `&#39;`, `&eacute;`…). Twitter escapes `&`, `<` and `>` in its text.
pub fn unescape_html(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    html_escape::decode_html_entities(s).into_owned()
}

/// [`unescape_html`] for an owned string, which is returned as it is when it holds no entity.
pub fn unescape_html_owned(s: String) -> String {
    if s.contains('&') {
        unescape_html(&s)
    } else {
        s
    }
}

/// Repair Meta's mojibake: strings whose UTF-8 bytes were each written as a `\u00XX` escape. A string
/// with any character above U+00FF is genuine text and is returned unchanged, as is one whose bytes do
/// not form valid UTF-8.
pub fn fix_mojibake(s: &str) -> String {
    if s.is_ascii() || s.chars().any(|c| c as u32 > 0xFF) {
        return s.to_string();
    }
    let bytes: Vec<u8> = s.chars().map(|c| c as u32 as u8).collect();
    match String::from_utf8(bytes) {
        Ok(fixed) => fixed,
        Err(_) => s.to_string(),
    }
}

/// Convert an HTML fragment (Mastodon `content`, LinkedIn articles) to plain text: block tags and
/// `<br>` become line breaks, Mastodon's `invisible` link parts are dropped, entities are decoded.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    let mut invisible_depth = 0usize;
    let mut span_stack: Vec<bool> = Vec::new();
    while let Some(lt) = rest.find('<') {
        if invisible_depth == 0 {
            out.push_str(&rest[..lt]);
        }
        let after = &rest[lt..];
        let Some(gt) = after.find('>') else {
            // An unclosed `<` is text, not a tag.
            if invisible_depth == 0 {
                out.push_str(after);
            }
            rest = "";
            break;
        };
        let tag = &after[1..gt];
        let lower = tag.to_ascii_lowercase();
        let name = lower
            .trim_start_matches('/')
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or("");
        let closing = lower.starts_with('/');
        match name {
            "br" => out.push('\n'),
            "p" | "div" | "li" | "blockquote" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "tr"
                if closing =>
            {
                out.push('\n');
            }
            "p" | "div" | "li" | "blockquote"
                if !closing && !out.is_empty() && !out.ends_with('\n') =>
            {
                out.push('\n');
            }
            "span" if !closing => {
                let invisible = lower.contains("invisible");
                span_stack.push(invisible);
                if invisible {
                    invisible_depth += 1;
                }
            }
            "span" if closing && span_stack.pop() == Some(true) => {
                invisible_depth = invisible_depth.saturating_sub(1);
            }
            _ => {}
        }
        rest = &after[gt + 1..];
    }
    if invisible_depth == 0 {
        out.push_str(rest);
    }
    let decoded = unescape_html(&out);
    // Collapse the blank lines block tags leave behind.
    let mut lines: Vec<&str> = decoded.lines().map(str::trim_end).collect();
    while lines.last() == Some(&"") {
        lines.pop();
    }
    let mut text = String::with_capacity(decoded.len());
    let mut blank = false;
    for l in lines {
        if l.is_empty() {
            if !blank && !text.is_empty() {
                text.push('\n');
            }
            blank = true;
            continue;
        }
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        } else if blank && !text.is_empty() {
            // keep one empty line between paragraphs
        }
        text.push_str(l);
        blank = false;
    }
    text.trim().to_string()
}

/// A JSON value that may be a number or a numeric string (`"favorite_count": "5"`).
pub fn as_i64(v: &serde_json::Value) -> Option<i64> {
    match v {
        serde_json::Value::Number(n) => n.as_i64().or_else(|| n.as_f64().map(|f| f as i64)),
        serde_json::Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// A JSON value that may be a number or a string, as a string (`"id": 123` or `"id": "123"`).
pub fn as_string(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// A JSON value that may be a number or a numeric string, as f64 (coordinates are often strings).
pub fn as_f64(v: &serde_json::Value) -> Option<f64> {
    match v {
        serde_json::Value::Number(n) => n.as_f64(),
        serde_json::Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// Decode bytes that may be UTF-8 (with or without BOM) or UTF-16 (with BOM, or detected from NUL
/// patterns, as LinkedIn's 2018 CSVs are). Invalid sequences become U+FFFD.
pub fn decode_text(bytes: &[u8]) -> String {
    let (encoding, bom) = utf8::sniff(bytes);
    let body = bytes.get(bom..).unwrap_or(&[]);
    match encoding {
        utf8::Encoding::Utf8 => String::from_utf8_lossy(body).into_owned(),
        _ => {
            let units = body.chunks_exact(2).map(|c| match encoding {
                utf8::Encoding::Utf16Be => u16::from_be_bytes([c[0], c[1]]),
                _ => u16::from_le_bytes([c[0], c[1]]),
            });
            char::decode_utf16(units)
                .map(|r| r.unwrap_or('\u{FFFD}'))
                .collect()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skips_javascript_preface() {
        let r = skip_js_assignment(&b"window.YTD.tweets.part0 = [1,2]"[..]).unwrap();
        let mut n = 0;
        let out = for_each_array_element(r, |_, _| n += 1);
        assert_eq!((n, out.error), (2, None));
        assert!(skip_js_assignment(&b"no equals here"[..]).is_err());
    }

    #[test]
    fn repairs_meta_mojibake_only_when_it_is_mojibake() {
        assert_eq!(fix_mojibake("Jen\u{00c5}\u{0091}"), "Jenő");
        assert_eq!(fix_mojibake("\u{00e2}\u{009d}\u{00a4}"), "❤");
        assert_eq!(fix_mojibake("café ☕"), "café ☕");
        assert_eq!(
            fix_mojibake("naïve"),
            "naïve",
            "invalid UTF-8 bytes stay as they were"
        );
    }

    #[test]
    fn html_to_text_drops_invisible_spans_and_keeps_paragraphs() {
        let html = r#"<p>Hello &amp; welcome</p><p>see <a href="https://x.org/a"><span class="invisible">https://</span><span class="">x.org/a</span></a><br>bye</p>"#;
        assert_eq!(html_to_text(html), "Hello & welcome\nsee x.org/a\nbye");
        assert_eq!(html_to_text("a < b"), "a < b");
    }

    #[test]
    fn decodes_utf16_with_and_without_bom() {
        let le: Vec<u8> = "\u{FEFF}Date\tX"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        assert_eq!(decode_text(&le), "Date\tX");
        let no_bom: Vec<u8> = "Date,Share"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        assert_eq!(decode_text(&no_bom), "Date,Share");
        assert_eq!(decode_text(b"\xEF\xBB\xBFhi"), "hi");
    }
}

//! Streaming repair of text files into valid UTF-8, so that one bad byte cannot cost the rest of a
//! file.
//!
//! serde_json stops at the first byte that is not UTF-8 and at the first lone surrogate escape
//! (`"\ud83d"`), and reads nothing from UTF-16. All three turn up in real exports: Twitter cut tweets
//! mid-emoji and wrote the half surrogate; files pass through editors that re-save them as UTF-16
//! ("Unicode" in older Windows Notepad); downloads and disks corrupt bytes. Without repair, a
//! stray byte at the start of a ten-year tweet archive loses every tweet after it.
//!
//! [`Utf8Reader`] sits between an entry's byte stream and the parser:
//! - the encoding is decided once from the first bytes (byte-order mark, else the NUL pattern of
//!   UTF-16, else UTF-8; see [`sniff`]) and UTF-16 is transcoded on the fly;
//! - invalid UTF-8 sequences become U+FFFD, as `String::from_utf8_lossy` would make them;
//! - for JSON ([`open_json`]), a `\uXXXX` escape naming half of a surrogate pair without its other
//!   half becomes `\uFFFD`.
//!
//! It holds one chunk at a time, so memory does not grow with the file.

use crate::input::{Entry, Limits};
use std::io::{self, Read};

/// How many bytes are read from the underlying stream at a time.
const CHUNK: usize = 64 * 1024;
/// How many leading bytes the encoding is sniffed from (as [`crate::ingest::text::decode_text`]).
const SNIFF_BYTES: usize = 512;
/// Longest JSON escape the surrogate repair looks at: `\uD83D\uDE00`.
const PAIR_LEN: usize = 12;

/// The encoding of a text file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16Le,
    Utf16Be,
}

/// The encoding of a text whose first bytes are `head`, and the length of its byte-order mark.
/// UTF-16 without a mark is recognised from ASCII-range text: NULs at nearly every odd (little
/// endian) or even (big endian) position and none at the others.
pub fn sniff(head: &[u8]) -> (Encoding, usize) {
    if head.starts_with(b"\xEF\xBB\xBF") {
        return (Encoding::Utf8, 3);
    }
    if head.starts_with(b"\xFF\xFE") {
        return (Encoding::Utf16Le, 2);
    }
    if head.starts_with(b"\xFE\xFF") {
        return (Encoding::Utf16Be, 2);
    }
    let sample = &head[..head.len().min(SNIFF_BYTES)];
    if sample.len() >= 4 {
        let odd_nuls = sample
            .iter()
            .skip(1)
            .step_by(2)
            .filter(|b| **b == 0)
            .count();
        let even_nuls = sample.iter().step_by(2).filter(|b| **b == 0).count();
        let half = sample.len() / 2;
        if odd_nuls * 10 > half * 8 && even_nuls == 0 {
            return (Encoding::Utf16Le, 0);
        }
        if even_nuls * 10 > half * 8 && odd_nuls == 0 {
            return (Encoding::Utf16Be, 0);
        }
    }
    (Encoding::Utf8, 0)
}

/// A detection head as UTF-8: a UTF-16 head is transcoded (a head cut mid-character ends in U+FFFD),
/// any other head is returned as it is, binary formats included.
pub fn head_as_utf8(head: Vec<u8>) -> Vec<u8> {
    match sniff(&head) {
        (Encoding::Utf8, _) => head,
        (encoding, bom) => {
            let mut out = Vec::with_capacity(head.len());
            decode_utf16(head.get(bom..).unwrap_or(&[]), encoding, true, &mut out);
            out
        }
    }
}

/// Open `entry` as text: any encoding in, valid UTF-8 out, byte-order mark removed.
pub fn open_text(entry: &Entry, limits: &Limits) -> io::Result<Utf8Reader<Box<dyn Read + Send>>> {
    Ok(Utf8Reader::new(entry.open(limits)?, false))
}

/// Open `entry` as JSON text: as [`open_text`], and lone surrogate escapes replaced by `\uFFFD`.
pub fn open_json(entry: &Entry, limits: &Limits) -> io::Result<Utf8Reader<Box<dyn Read + Send>>> {
    Ok(Utf8Reader::new(entry.open(limits)?, true))
}

/// Read a whole (small) JSON entry through [`open_json`].
pub fn read_json(entry: &Entry, limits: &Limits) -> io::Result<Vec<u8>> {
    let mut out = Vec::with_capacity(entry.size.min(16 << 20) as usize);
    open_json(entry, limits)?.read_to_end(&mut out)?;
    Ok(out)
}

/// See the module documentation.
pub struct Utf8Reader<R> {
    inner: R,
    json: bool,
    encoding: Option<Encoding>,
    eof: bool,
    /// Bytes read but not yet decoded (a sequence cut by the chunk boundary, or the sniff sample).
    raw: Vec<u8>,
    /// Decoded bytes held back from the surrogate repair because an escape may continue in the
    /// next chunk.
    decoded: Vec<u8>,
    out: Vec<u8>,
    pos: usize,
}

impl<R: Read> Utf8Reader<R> {
    pub fn new(inner: R, json: bool) -> Self {
        Utf8Reader {
            inner,
            json,
            encoding: None,
            eof: false,
            raw: Vec::new(),
            decoded: Vec::new(),
            out: Vec::new(),
            pos: 0,
        }
    }

    fn finished(&self) -> bool {
        self.eof && self.raw.is_empty() && self.decoded.is_empty()
    }

    fn refill(&mut self) -> io::Result<()> {
        self.out.clear();
        self.pos = 0;
        if !self.eof {
            let start = self.raw.len();
            self.raw.resize(start + CHUNK, 0);
            let n = loop {
                match self.inner.read(&mut self.raw[start..]) {
                    Ok(n) => break n,
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    Err(e) => {
                        self.raw.truncate(start);
                        return Err(e);
                    }
                }
            };
            self.raw.truncate(start + n);
            self.eof = n == 0;
        }
        let encoding = match self.encoding {
            Some(e) => e,
            None if !self.eof && self.raw.len() < SNIFF_BYTES => return Ok(()),
            None => {
                let (encoding, bom) = sniff(&self.raw);
                self.raw.drain(..bom);
                self.encoding = Some(encoding);
                encoding
            }
        };
        let used = match encoding {
            Encoding::Utf8 => decode_utf8(&self.raw, self.eof, &mut self.decoded),
            _ => decode_utf16(&self.raw, encoding, self.eof, &mut self.decoded),
        };
        self.raw.drain(..used);
        if self.json {
            let used = repair_surrogates(&self.decoded, self.eof, &mut self.out);
            self.decoded.drain(..used);
        } else {
            std::mem::swap(&mut self.decoded, &mut self.out);
        }
        Ok(())
    }
}

impl<R: Read> Read for Utf8Reader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.pos >= self.out.len() {
            if self.finished() {
                return Ok(0);
            }
            self.refill()?;
        }
        let avail = &self.out[self.pos..];
        let n = avail.len().min(buf.len());
        buf[..n].copy_from_slice(&avail[..n]);
        self.pos += n;
        Ok(n)
    }
}

const REPLACEMENT: &[u8] = "\u{FFFD}".as_bytes();

/// Append the valid UTF-8 of `input` to `out`, each invalid sequence replaced by U+FFFD. Returns how
/// many bytes were used: all of them at `eof`, else all but a sequence the chunk cut short.
fn decode_utf8(input: &[u8], eof: bool, out: &mut Vec<u8>) -> usize {
    let mut rest = input;
    loop {
        match std::str::from_utf8(rest) {
            Ok(valid) => {
                out.extend_from_slice(valid.as_bytes());
                return input.len();
            }
            Err(e) => {
                let (valid, after) = rest.split_at(e.valid_up_to());
                out.extend_from_slice(valid);
                match e.error_len() {
                    Some(bad) => {
                        out.extend_from_slice(REPLACEMENT);
                        rest = after.get(bad..).unwrap_or(&[]);
                    }
                    None if eof => {
                        out.extend_from_slice(REPLACEMENT);
                        return input.len();
                    }
                    None => return input.len() - after.len(),
                }
            }
        }
    }
}

/// Append `input` (UTF-16 in `encoding`) to `out` as UTF-8, unpaired surrogates replaced by U+FFFD.
/// Returns how many bytes were used: all at `eof`, else all but an odd byte or a high surrogate
/// whose partner may follow.
fn decode_utf16(input: &[u8], encoding: Encoding, eof: bool, out: &mut Vec<u8>) -> usize {
    let unit = |i: usize| -> Option<u16> {
        let b = input.get(i..i + 2)?;
        Some(match encoding {
            Encoding::Utf16Be => u16::from_be_bytes([b[0], b[1]]),
            _ => u16::from_le_bytes([b[0], b[1]]),
        })
    };
    let mut utf8 = [0u8; 4];
    let mut push =
        |c: char, out: &mut Vec<u8>| out.extend_from_slice(c.encode_utf8(&mut utf8).as_bytes());
    let mut i = 0;
    while let Some(u) = unit(i) {
        match u {
            0xD800..=0xDBFF => match unit(i + 2) {
                Some(low @ 0xDC00..=0xDFFF) => {
                    let c = 0x10000 + ((u32::from(u) - 0xD800) << 10) + (u32::from(low) - 0xDC00);
                    push(char::from_u32(c).unwrap_or('\u{FFFD}'), out);
                    i += 4;
                }
                Some(_) => {
                    push('\u{FFFD}', out);
                    i += 2;
                }
                None if eof => {
                    push('\u{FFFD}', out);
                    i += 2;
                }
                None => return i,
            },
            0xDC00..=0xDFFF => {
                push('\u{FFFD}', out);
                i += 2;
            }
            _ => {
                push(char::from_u32(u32::from(u)).unwrap_or('\u{FFFD}'), out);
                i += 2;
            }
        }
    }
    if eof && i < input.len() {
        push('\u{FFFD}', out);
        return input.len();
    }
    i
}

/// Copy JSON text from `input` to `out`, replacing each `\uXXXX` escape of an unpaired surrogate
/// with `\uFFFD`. Returns how many bytes were used: all at `eof`, else all but an escape that may
/// continue in the next chunk.
fn repair_surrogates(input: &[u8], eof: bool, out: &mut Vec<u8>) -> usize {
    let hex4 = |b: Option<&[u8]>| -> Option<u16> {
        let s = std::str::from_utf8(b?).ok()?;
        if s.bytes().all(|c| c.is_ascii_hexdigit()) {
            u16::from_str_radix(s, 16).ok()
        } else {
            None
        }
    };
    let mut i = 0;
    while let Some(off) = memchr::memchr(b'\\', &input[i..]) {
        let at = i + off;
        out.extend_from_slice(&input[i..at]);
        let rest = &input[at..];
        if !eof && rest.len() < PAIR_LEN {
            return at;
        }
        let step = match rest.get(1) {
            Some(b'u') => match hex4(rest.get(2..6)) {
                Some(0xD800..=0xDBFF) => {
                    let paired = rest.get(6..8) == Some(b"\\u")
                        && matches!(hex4(rest.get(8..12)), Some(0xDC00..=0xDFFF));
                    if paired {
                        PAIR_LEN
                    } else {
                        out.extend_from_slice(br"\uFFFD");
                        i = at + 6;
                        continue;
                    }
                }
                Some(0xDC00..=0xDFFF) => {
                    out.extend_from_slice(br"\uFFFD");
                    i = at + 6;
                    continue;
                }
                _ => 2,
            },
            Some(_) => 2,
            None => 1,
        };
        out.extend_from_slice(&rest[..step]);
        i = at + step;
    }
    out.extend_from_slice(&input[i..]);
    input.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Read `bytes` through the reader in tiny pieces, so every chunk boundary case is met.
    fn through(bytes: &[u8], json: bool) -> String {
        struct Dribble<'a>(&'a [u8]);
        impl Read for Dribble<'_> {
            fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
                let n = buf.len().min(self.0.len()).min(3);
                buf[..n].copy_from_slice(&self.0[..n]);
                self.0 = &self.0[n..];
                Ok(n)
            }
        }
        let mut out = String::new();
        Utf8Reader::new(Dribble(bytes), json)
            .read_to_string(&mut out)
            .unwrap();
        let mut whole = String::new();
        Utf8Reader::new(bytes, json)
            .read_to_string(&mut whole)
            .unwrap();
        assert_eq!(out, whole, "chunking changes nothing");
        out
    }

    #[test]
    fn invalid_utf8_becomes_replacement_characters() {
        assert_eq!(through(b"ab\xffc\xe2\x82", false), "ab\u{FFFD}c\u{FFFD}");
        assert_eq!(
            through("caf\u{e9} \u{1F600}".as_bytes(), false),
            "caf\u{e9} \u{1F600}"
        );
        assert_eq!(through(b"\xEF\xBB\xBFhi", false), "hi");
        assert_eq!(through(b"", false), "");
    }

    #[test]
    fn utf16_is_transcoded_with_or_without_a_mark() {
        let le = |s: &str| -> Vec<u8> { s.encode_utf16().flat_map(u16::to_le_bytes).collect() };
        let be = |s: &str| -> Vec<u8> { s.encode_utf16().flat_map(u16::to_be_bytes).collect() };
        let plain = "[\"Zo\u{eb} says hello\"]";
        assert_eq!(through(&le(plain), true), plain);
        assert_eq!(through(&be(plain), true), plain);
        let text = "[\"Zo\u{eb} \u{1F600}\"]";
        assert_eq!(through(&le(&format!("\u{FEFF}{text}")), true), text);
        assert_eq!(through(&be(&format!("\u{FEFF}{text}")), true), text);
        // A lone surrogate unit and an odd trailing byte.
        let mut broken: Vec<u8> = b"\xFF\xFEa\x00".to_vec();
        broken.extend_from_slice(&0xD800u16.to_le_bytes());
        broken.extend_from_slice(b"b\x00c");
        assert_eq!(through(&broken, false), "a\u{FFFD}b\u{FFFD}");
    }

    #[test]
    fn lone_surrogate_escapes_are_replaced_in_json_only() {
        let cases: [(&str, &str); 7] = [
            (r#""\ud800""#, r#""\uFFFD""#),
            (r#""a\uDC00b""#, r#""a\uFFFDb""#),
            (r#""\ud83d\ude00""#, r#""\ud83d\ude00""#),
            (r#""\ud83d\u0041""#, r#""\uFFFD\u0041""#),
            (r#""\ud83d\ud83d\ude00""#, r#""\uFFFD\ud83d\ude00""#),
            (r#""\\ud800""#, r#""\\ud800""#),
            (r#""\ud83d"#, r#""\uFFFD"#),
        ];
        for (input, want) in cases {
            assert_eq!(through(input.as_bytes(), true), want, "{input}");
            assert_eq!(through(input.as_bytes(), false), input);
        }
        let fixed: String = serde_json::from_str(&through(br#""x\ud800y""#, true)).unwrap();
        assert_eq!(fixed, "x\u{FFFD}y");
    }

    #[test]
    fn detection_heads_are_transcoded_only_when_utf16() {
        let le: Vec<u8> = "Date,Share"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(head_as_utf8(le), b"Date,Share");
        let car = vec![0x3a, 0xa2, 0x65, b'r', b'o', b'o', b't', b's'];
        assert_eq!(head_as_utf8(car.clone()), car);
        assert_eq!(
            sniff(&[0u8; 64]),
            (Encoding::Utf8, 0),
            "NUL padding is not UTF-16"
        );
    }
}

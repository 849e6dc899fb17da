//! Streaming Meta's JSON files item by item, with the mojibake repaired on the way.
//!
//! Meta files come in two shapes: a bare top-level array (`your_posts_1.json`, Instagram
//! `posts_1.json`) or an object whose key names the content (`{"comments_v2": [...]}`,
//! `{"participants": [...], "messages": [...], "title": ...}`). Both can be tens of megabytes, so
//! [`stream`] hands over one array element at a time. Arrays under a top-level key are streamed too,
//! except the small ones a reader needs whole to understand the object ([`WHOLE_KEYS`]).
//!
//! Every string, keys included, goes through [`crate::ingest::text::fix_mojibake`] before anything
//! else sees it, so no reader can forget.

use crate::ingest::text::fix_mojibake;
use crate::input::{Entry, Limits};
use serde::de::{DeserializeSeed, Deserializer as _, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use serde_json::{Map, Value};
use std::fmt;
use std::io::{BufReader, Read};

/// One piece of a Meta JSON file.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// An element of a top-level array.
    Element { index: u64, value: Value },
    /// An element of the array under a top-level key.
    KeyedElement {
        key: String,
        index: u64,
        value: Value,
    },
    /// A top-level key whose value is not streamed (a scalar, an object, or a [`WHOLE_KEYS`] array).
    Keyed { key: String, value: Value },
}

/// Top-level array keys delivered whole rather than element by element: they describe the object
/// they sit in (a thread's participants, a single post's media, a label/value record).
pub const WHOLE_KEYS: [&str; 8] = [
    "participants",
    "media",
    "label_values",
    "attachments",
    "data",
    "tags",
    "string_map_data",
    "magic_words",
];

/// Why a file could not be read to the end.
#[derive(Debug, Clone, PartialEq)]
pub struct Broken {
    /// Items delivered before the break.
    pub delivered: u64,
    pub message: String,
}

/// Repair Meta mojibake in every string and key of `v`.
pub fn fix_value(mut v: Value) -> Value {
    fix_in_place(&mut v);
    v
}

/// The repaired form of `s`, when repairing changes it (ASCII never needs it).
fn repaired(s: &str) -> Option<String> {
    if s.is_ascii() {
        return None;
    }
    let fixed = fix_mojibake(s);
    (fixed != s).then_some(fixed)
}

/// [`fix_value`] without rebuilding what needs no repair (nearly everything).
fn fix_in_place(v: &mut Value) {
    match v {
        Value::String(s) => {
            if let Some(fixed) = repaired(s) {
                *s = fixed;
            }
        }
        Value::Array(a) => a.iter_mut().for_each(fix_in_place),
        Value::Object(o) if o.keys().any(|k| repaired(k).is_some()) => {
            *o = std::mem::take(o)
                .into_iter()
                .map(|(k, mut v)| {
                    fix_in_place(&mut v);
                    (repaired(&k).unwrap_or(k), v)
                })
                .collect();
        }
        Value::Object(o) => o.values_mut().for_each(fix_in_place),
        _ => {}
    }
}

/// Open `entry` as a buffered reader of valid UTF-8 JSON (see [`crate::ingest::utf8`]).
pub fn open_json(entry: &Entry, limits: &Limits) -> std::io::Result<BufReader<impl Read + Send>> {
    Ok(BufReader::with_capacity(
        64 * 1024,
        crate::ingest::utf8::open_json(entry, limits)?,
    ))
}

/// Files up to this size are read into memory and parsed from the slice, several times faster than
/// parsing from a reader; larger ones stream.
const SLICE_MAX: u64 = 64 << 20;

/// Stream `entry`, calling `f` for every item in file order. Items before a syntax error or a
/// truncation have been delivered when the error is returned.
pub fn stream(entry: &Entry, limits: &Limits, mut f: impl FnMut(Item)) -> Result<(), Broken> {
    if let Some(bytes) = read_small(entry, limits) {
        let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
        return stream_slice(body, &mut f);
    }
    let reader = open_json(entry, limits).map_err(|e| Broken {
        delivered: 0,
        message: format!("cannot read: {e}"),
    })?;
    stream_reader(reader, &mut f)
}

/// The whole entry when it is small and reads without error; otherwise `None`, and the caller
/// streams it (which also reports a read error exactly where it happens).
pub fn read_small(entry: &Entry, limits: &Limits) -> Option<Vec<u8>> {
    if entry.size > SLICE_MAX {
        return None;
    }
    let mut bytes = Vec::with_capacity(entry.size as usize);
    crate::ingest::utf8::open_json(entry, limits)
        .ok()?
        .take(SLICE_MAX + 1)
        .read_to_end(&mut bytes)
        .ok()?;
    (bytes.len() as u64 <= SLICE_MAX).then_some(bytes)
}

/// [`stream`] over bytes in memory: the same items and errors as [`stream_reader`] on them.
pub fn stream_slice(bytes: &[u8], f: &mut dyn FnMut(Item)) -> Result<(), Broken> {
    stream_with(serde_json::Deserializer::from_slice(bytes), f)
}

/// [`stream`] over any reader (used by tests).
pub fn stream_reader<R: Read>(reader: R, f: &mut dyn FnMut(Item)) -> Result<(), Broken> {
    stream_with(serde_json::Deserializer::from_reader(reader), f)
}

fn stream_with<'de, R: serde_json::de::Read<'de>>(
    mut de: serde_json::Deserializer<R>,
    f: &mut dyn FnMut(Item),
) -> Result<(), Broken> {
    let mut delivered = 0u64;
    let result = de
        .deserialize_any(TopVisitor {
            f: &mut |item| {
                delivered += 1;
                f(item)
            },
        })
        .and_then(|()| de.end());
    result.map_err(|e| Broken {
        delivered,
        message: e.to_string(),
    })
}

struct TopVisitor<'a> {
    f: &'a mut dyn FnMut(Item),
}

impl<'de> Visitor<'de> for TopVisitor<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON array or object")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut index = 0;
        while let Some(v) = seq.next_element::<Value>()? {
            (self.f)(Item::Element {
                index,
                value: fix_value(v),
            });
            index += 1;
        }
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            let key = fix_mojibake(&key);
            map.next_value_seed(KeyedSeed {
                key: &key,
                f: &mut *self.f,
            })?;
        }
        Ok(())
    }
}

struct KeyedSeed<'a> {
    key: &'a str,
    f: &'a mut dyn FnMut(Item),
}

impl<'de> DeserializeSeed<'de> for KeyedSeed<'_> {
    type Value = ();

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        if WHOLE_KEYS.contains(&self.key) {
            let value = fix_value(Value::deserialize(d)?);
            (self.f)(Item::Keyed {
                key: self.key.to_string(),
                value,
            });
            Ok(())
        } else {
            d.deserialize_any(KeyedVisitor(self))
        }
    }
}

struct KeyedVisitor<'a>(KeyedSeed<'a>);

impl KeyedVisitor<'_> {
    fn whole(self, value: Value) {
        (self.0.f)(Item::Keyed {
            key: self.0.key.to_string(),
            value: fix_value(value),
        });
    }
}

impl<'de> Visitor<'de> for KeyedVisitor<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut index = 0;
        while let Some(v) = seq.next_element::<Value>()? {
            (self.0.f)(Item::KeyedElement {
                key: self.0.key.to_string(),
                index,
                value: fix_value(v),
            });
            index += 1;
        }
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<(), A::Error> {
        let v = Value::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
        self.whole(v);
        Ok(())
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<(), E> {
        self.whole(Value::String(v.to_string()));
        Ok(())
    }

    fn visit_string<E: serde::de::Error>(self, v: String) -> Result<(), E> {
        self.whole(Value::String(v));
        Ok(())
    }

    fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<(), E> {
        self.whole(Value::Bool(v));
        Ok(())
    }

    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<(), E> {
        self.whole(Value::from(v));
        Ok(())
    }

    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<(), E> {
        self.whole(Value::from(v));
        Ok(())
    }

    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<(), E> {
        self.whole(Value::from(v));
        Ok(())
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<(), E> {
        self.whole(Value::Null);
        Ok(())
    }
}

/// Collects the keyed parts of a top-level object that was not a wrapper around a streamed array, so
/// a reader can handle small single-object files (a profile, one label/value record) whole.
#[derive(Debug, Default)]
pub struct Rest {
    pub map: Map<String, Value>,
}

impl Rest {
    pub fn put(&mut self, key: String, value: Value) {
        self.map.insert(key, value);
    }

    pub fn into_value(self) -> Value {
        Value::Object(self.map)
    }
}

/// A string field, trimmed, `None` when missing or empty.
pub fn str_field<'v>(v: &'v Value, key: &str) -> Option<&'v str> {
    v.get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// An integer field that may be a number or a numeric string.
pub fn int_field(v: &Value, key: &str) -> Option<i64> {
    v.get(key).and_then(crate::ingest::text::as_i64)
}

/// The array under `key`, or an empty slice.
pub fn array_field<'v>(v: &'v Value, key: &str) -> &'v [Value] {
    v.get(key)
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or(&[])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collect(bytes: &[u8]) -> (Vec<Item>, Result<(), Broken>) {
        let mut items = Vec::new();
        let r = stream_reader(bytes, &mut |i| items.push(i));
        (items, r)
    }

    #[test]
    fn streams_top_level_arrays_and_fixes_mojibake() {
        let (items, r) = collect(br#"[{"a":"Jen\u00c5\u0091"},{"b":1}]"#);
        assert!(r.is_ok());
        assert_eq!(
            items[0],
            Item::Element {
                index: 0,
                value: serde_json::json!({"a": "Jenő"})
            }
        );
        assert_eq!(items.len(), 2);
    }

    #[test]
    fn streams_keyed_arrays_but_keeps_whole_keys_whole() {
        let (items, r) = collect(
            br#"{"participants":[{"name":"A"},{"name":"B"}],"messages":[{"x":1},{"x":2}],"title":"T\u00c3\u00a9"}"#,
        );
        assert!(r.is_ok());
        assert!(
            matches!(&items[0], Item::Keyed { key, value } if key == "participants" && value.as_array().map(Vec::len) == Some(2))
        );
        assert!(matches!(&items[1], Item::KeyedElement { key, index: 0, .. } if key == "messages"));
        assert!(matches!(&items[2], Item::KeyedElement { key, index: 1, .. } if key == "messages"));
        assert_eq!(
            items[3],
            Item::Keyed {
                key: "title".into(),
                value: Value::String("Té".into())
            }
        );
    }

    #[test]
    fn slices_and_readers_give_the_same_items_and_errors() {
        let cases: &[&[u8]] = &[
            br#"[{"a":"Jen\u00c5\u0091"},{"b":1}]"#,
            br#"{"participants":[{"name":"A"}],"messages":[{"x":1},{"x":2}],"title":"T"}"#,
            br#"{"comments_v2":[{"a":1},{"a":2},{"a""#,
            b"",
            b"\"just a string\"",
            b"[1] trailing",
            b"{\"messages\": [{\"content\": \"bad \xff byte\"}]}",
            b"{\"messages\": [{\"content\": \"ctrl \x01\"}]}",
            b"{\"a\":\n [1,\n 2,\n x]}",
            br#"{"k\u00c3\u00a9":{"n\u00c3\u00a9":"v\u00c3\u00a9"}}"#,
        ];
        for c in cases {
            let (want_items, want) = collect(c);
            let mut items = Vec::new();
            let got = stream_slice(c, &mut |i| items.push(i));
            assert_eq!(items, want_items, "{:?}", String::from_utf8_lossy(c));
            assert_eq!(got, want, "{:?}", String::from_utf8_lossy(c));
        }
    }

    /// Every JSON file of the Meta fixtures and shared samples streams the same from memory as from
    /// a reader (the fast path is the one taken for files up to 64 MB).
    #[test]
    fn fixture_files_give_the_same_items_from_slices_and_readers() {
        fn json_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
            let Ok(rd) = std::fs::read_dir(dir) else {
                return;
            };
            for p in rd.filter_map(|e| e.ok().map(|e| e.path())) {
                if p.is_dir() {
                    json_files(&p, out);
                } else if p.extension().is_some_and(|x| x == "json") {
                    out.push(p);
                }
            }
        }
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        for dir in ["fixtures/facebook", "fixtures/instagram"] {
            json_files(&root.join(dir), &mut files);
        }
        for shared in ["../shared/formats", "../../shared/formats"] {
            if root.join(shared).is_dir() {
                json_files(&root.join(shared).join("facebook"), &mut files);
                json_files(&root.join(shared).join("instagram"), &mut files);
                break;
            }
        }
        assert!(files.len() > 20, "{files:?}");
        for path in files {
            let bytes = std::fs::read(&path).unwrap();
            let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
            let (want_items, want) = collect(body);
            let mut items = Vec::new();
            let got = stream_slice(body, &mut |i| items.push(i));
            assert_eq!(items, want_items, "{}", path.display());
            assert_eq!(got, want, "{}", path.display());
        }
    }

    #[test]
    fn mojibake_in_keys_and_nested_values_is_repaired() {
        let v = fix_value(
            serde_json::json!({"k\u{00c3}\u{00a9}": ["x\u{00c3}\u{00a9}", {"plain": 1}]}),
        );
        assert_eq!(v, serde_json::json!({"ké": ["xé", {"plain": 1}]}));
    }

    #[test]
    fn a_break_keeps_what_came_before() {
        let (items, r) = collect(br#"{"comments_v2":[{"a":1},{"a":2},{"a""#);
        assert_eq!(items.len(), 2);
        let err = r.unwrap_err();
        assert_eq!(err.delivered, 2);
        let (items, r) = collect(b"");
        assert!(items.is_empty() && r.is_err());
        let (_, r) = collect(b"\"just a string\"");
        assert!(r.is_err());
        let (_, r) = collect(b"[1] trailing");
        assert!(r.is_err());
    }
}

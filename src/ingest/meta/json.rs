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
pub fn fix_value(v: Value) -> Value {
    match v {
        Value::String(s) => Value::String(fix_mojibake(&s)),
        Value::Array(a) => Value::Array(a.into_iter().map(fix_value).collect()),
        Value::Object(o) => Value::Object(
            o.into_iter()
                .map(|(k, v)| (fix_mojibake(&k), fix_value(v)))
                .collect(),
        ),
        other => other,
    }
}

/// Open `entry` as a buffered reader of valid UTF-8 JSON (see [`crate::ingest::utf8`]).
pub fn open_json(entry: &Entry, limits: &Limits) -> std::io::Result<BufReader<impl Read + Send>> {
    Ok(BufReader::with_capacity(
        64 * 1024,
        crate::ingest::utf8::open_json(entry, limits)?,
    ))
}

/// Stream `entry`, calling `f` for every item in file order. Items before a syntax error or a
/// truncation have been delivered when the error is returned.
pub fn stream(entry: &Entry, limits: &Limits, mut f: impl FnMut(Item)) -> Result<(), Broken> {
    let reader = open_json(entry, limits).map_err(|e| Broken {
        delivered: 0,
        message: format!("cannot read: {e}"),
    })?;
    stream_reader(reader, &mut f)
}

/// [`stream`] over any reader (used by tests).
pub fn stream_reader<R: Read>(reader: R, f: &mut dyn FnMut(Item)) -> Result<(), Broken> {
    let mut delivered = 0u64;
    let mut de = serde_json::Deserializer::from_reader(reader);
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

//! A streaming walk over `result.json`: one message in memory at a time, whatever the file's size.
//!
//! A full Telegram export is one JSON object that can run to hundreds of megabytes, nearly all of it
//! in `chats.list[*].messages`. Parsing it into a `Value` would hold the whole archive (twice, with
//! the bytes); instead serde visitors walk the object and hand each message to a [`Handler`] as soon
//! as it is parsed. Only the small parts are materialised: `personal_information` and each chat's
//! `name`/`type`/`id` (which Telegram writes before `messages`). Sections the audit does not need —
//! `contacts`, `frequent_contacts`, `profile_pictures`, `sessions`, `other_data` — are skipped
//! without being built.
//!
//! Wrong types (a `chats` that is a string, a message list that is an object) are reported to the
//! handler and skipped, so one odd section does not lose the rest; a syntax error or truncation ends
//! the walk with an error after everything before it was delivered.

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::Value;
use std::fmt;
use std::io::Read;

/// The identity of the chat a message belongs to, as far as the export has said so far.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct ChatMeta {
    pub name: Option<String>,
    /// `personal_chat`, `private_group`, `public_channel`, …
    pub kind: Option<String>,
    pub id: Option<String>,
    /// From the `left_chats` section.
    pub left: bool,
}

/// What the walk reports.
pub trait Handler {
    fn personal_information(&mut self, info: Value);
    /// One message; `index` counts messages across the whole file.
    fn message(&mut self, chat: &ChatMeta, index: u64, message: Value);
    /// A section or list had the wrong JSON type and was skipped.
    fn malformed(&mut self, what: String);
}

/// Walk a `result.json` stream. `Err` carries serde's message (with line and column) when the JSON is
/// broken or the top level is not an object; everything before the break has been delivered.
pub fn walk<R: Read>(reader: R, handler: &mut dyn Handler) -> Result<(), String> {
    let mut de = serde_json::Deserializer::from_reader(reader);
    let mut index = 0u64;
    let top = Top {
        h: handler,
        index: &mut index,
    };
    de::Deserializer::deserialize_map(&mut de, top).map_err(|e| e.to_string())?;
    de.end().map_err(|e| e.to_string())
}

fn drain_seq<'de, A: SeqAccess<'de>>(mut seq: A) -> Result<(), A::Error> {
    while seq.next_element::<IgnoredAny>()?.is_some() {}
    Ok(())
}

fn drain_map<'de, A: MapAccess<'de>>(mut map: A) -> Result<(), A::Error> {
    while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
    Ok(())
}

/// Scalars where a container was expected: report and carry on.
macro_rules! tolerate_scalars {
    ($what:expr) => {
        fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
            self.h.malformed(format!("{} is a boolean", $what));
            Ok(())
        }
        fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
            self.h.malformed(format!("{} is a number", $what));
            Ok(())
        }
        fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
            self.h.malformed(format!("{} is a number", $what));
            Ok(())
        }
        fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
            self.h.malformed(format!("{} is a number", $what));
            Ok(())
        }
        fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
            self.h.malformed(format!("{} is a string", $what));
            Ok(())
        }
        fn visit_unit<E: de::Error>(self) -> Result<(), E> {
            Ok(())
        }
    };
}

fn string_of(v: Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

struct Top<'a> {
    h: &'a mut dyn Handler,
    index: &'a mut u64,
}

impl<'de> Visitor<'de> for Top<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a Telegram export object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        // A single-chat export is the chat object itself at the top level.
        let mut chat = ChatMeta::default();
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "personal_information" => {
                    let v: Value = map.next_value()?;
                    self.h.personal_information(v);
                }
                "chats" | "left_chats" => map.next_value_seed(Section {
                    h: &mut *self.h,
                    index: &mut *self.index,
                    left: key == "left_chats",
                })?,
                "name" => chat.name = string_of(map.next_value()?),
                "type" => chat.kind = string_of(map.next_value()?),
                "id" => chat.id = string_of(map.next_value()?),
                "messages" => map.next_value_seed(Messages {
                    h: &mut *self.h,
                    index: &mut *self.index,
                    chat: &chat,
                })?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(())
    }
}

/// `chats` / `left_chats`: `{about, list: [chat…]}`.
struct Section<'a> {
    h: &'a mut dyn Handler,
    index: &'a mut u64,
    left: bool,
}

impl<'de> DeserializeSeed<'de> for Section<'_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Section<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a chats section")
    }

    tolerate_scalars!("a chats section");

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<(), A::Error> {
        self.h.malformed("a chats section is a list".into());
        drain_seq(seq)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            if key == "list" {
                map.next_value_seed(ChatList {
                    h: &mut *self.h,
                    index: &mut *self.index,
                    left: self.left,
                })?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(())
    }
}

struct ChatList<'a> {
    h: &'a mut dyn Handler,
    index: &'a mut u64,
    left: bool,
}

impl<'de> DeserializeSeed<'de> for ChatList<'_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ChatList<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list of chats")
    }

    tolerate_scalars!("the chat list");

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<(), A::Error> {
        self.h.malformed("the chat list is an object".into());
        drain_map(map)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq
            .next_element_seed(Chat {
                h: &mut *self.h,
                index: &mut *self.index,
                left: self.left,
            })?
            .is_some()
        {}
        Ok(())
    }
}

struct Chat<'a> {
    h: &'a mut dyn Handler,
    index: &'a mut u64,
    left: bool,
}

impl<'de> DeserializeSeed<'de> for Chat<'_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Chat<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a chat object")
    }

    tolerate_scalars!("a chat");

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<(), A::Error> {
        self.h.malformed("a chat is a list".into());
        drain_seq(seq)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut chat = ChatMeta {
            left: self.left,
            ..ChatMeta::default()
        };
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "name" => chat.name = string_of(map.next_value()?),
                "type" => chat.kind = string_of(map.next_value()?),
                "id" => chat.id = string_of(map.next_value()?),
                "messages" => map.next_value_seed(Messages {
                    h: &mut *self.h,
                    index: &mut *self.index,
                    chat: &chat,
                })?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(())
    }
}

struct Messages<'a> {
    h: &'a mut dyn Handler,
    index: &'a mut u64,
    chat: &'a ChatMeta,
}

impl<'de> DeserializeSeed<'de> for Messages<'_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Messages<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list of messages")
    }

    tolerate_scalars!("a message list");

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<(), A::Error> {
        self.h.malformed("a message list is an object".into());
        drain_map(map)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(v) = seq.next_element::<Value>()? {
            self.h.message(self.chat, *self.index, v);
            *self.index += 1;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Default)]
    struct Log {
        info: Vec<Value>,
        messages: Vec<(ChatMeta, u64, Value)>,
        malformed: Vec<String>,
    }

    impl Handler for Log {
        fn personal_information(&mut self, info: Value) {
            self.info.push(info);
        }
        fn message(&mut self, chat: &ChatMeta, index: u64, message: Value) {
            self.messages.push((chat.clone(), index, message));
        }
        fn malformed(&mut self, what: String) {
            self.malformed.push(what);
        }
    }

    #[test]
    fn walks_full_and_single_chat_exports() {
        let full = br#"{"personal_information":{"user_id":1},"contacts":{"list":[{"a":1}]},
            "chats":{"about":"x","list":[{"name":"A","type":"personal_chat","id":7,"messages":[{"id":1},{"id":2}]}]},
            "left_chats":{"list":[{"name":"B","type":"private_group","id":8,"messages":[{"id":3}]}]}}"#;
        let mut log = Log::default();
        walk(&full[..], &mut log).unwrap();
        assert_eq!(log.info.len(), 1);
        let ids: Vec<_> = log
            .messages
            .iter()
            .map(|(c, i, _)| (c.id.clone().unwrap(), *i, c.left))
            .collect();
        assert_eq!(
            ids,
            [
                ("7".into(), 0, false),
                ("7".into(), 1, false),
                ("8".into(), 2, true)
            ]
        );
        let single = br#"{"name":"Saved","type":"saved_messages","id":9,"messages":[{"id":1}]}"#;
        let mut log = Log::default();
        walk(&single[..], &mut log).unwrap();
        assert_eq!(log.messages[0].0.kind.as_deref(), Some("saved_messages"));
    }

    proptest::proptest! {
        /// Arbitrary bytes, and JSON-shaped noise around the keys the walk looks for, never panic it.
        #[test]
        fn noise_never_panics(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..200),
                              noise in "[{}\\[\\],:\"0-9a-z ]{0,120}") {
            let _ = walk(&bytes[..], &mut Log::default());
            let shaped = format!(r#"{{"chats":{{"list":[{{"id":1,"messages":[{noise}"#);
            let _ = walk(shaped.as_bytes(), &mut Log::default());
        }
    }

    #[test]
    fn wrong_types_are_skipped_and_breaks_keep_what_came_before() {
        let odd = br#"{"chats":"nope","left_chats":{"list":{"x":1}},"messages":7}"#;
        let mut log = Log::default();
        walk(&odd[..], &mut log).unwrap();
        assert_eq!(log.malformed.len(), 3);
        let cut = br#"{"chats":{"list":[{"id":1,"messages":[{"id":1},{"id":2},{"id""#;
        let mut log = Log::default();
        assert!(walk(&cut[..], &mut log).is_err());
        assert_eq!(log.messages.len(), 2);
        assert!(walk(&b"[1,2]"[..], &mut Log::default()).is_err());
    }
}

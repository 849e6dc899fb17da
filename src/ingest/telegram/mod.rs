//! Telegram Desktop exports in the machine-readable JSON format (`result.json`, FORMATS.md §11).
//!
//! Two shapes exist: the **full export** (`personal_information`, `contacts`, `chats.list`,
//! `left_chats.list`, …) and the **single-chat export**, whose `result.json` is one chat object
//! (`name`, `type`, `id`, `messages`) at the top level. Both are read by one streaming walk
//! ([`stream`]) that never holds more than one message, because full exports run to hundreds of MB.
//!
//! Who is who: the owner is `personal_information.user_id`, matched against each message's `from_id`
//! (`user<id>`, or a bare number in 2019-era exports). A single-chat export has no
//! `personal_information`; there, in a personal chat the person the chat is named after (and keyed
//! by) is the other party and anyone else is the owner, in saved messages the owner wrote everything,
//! and in groups the author's role stays unknown.
//!
//! What becomes a record: every non-service message ([`message`] explains why service messages do
//! not), plus one `Profile` record for the owner's bio from `personal_information`. Contacts, frequent
//! contacts, profile pictures and sessions are address-book and device data with no statement of the
//! doctor's, and are skipped. The HTML export (`messages.html`) is recognised and reported as skipped,
//! with the advice to export again as JSON.

pub mod message;
pub mod stream;

use super::{parent_dir, Claim, Export, Probe, ReadStats, Role, Source};
use crate::input::Entry;
use crate::model::{Author, AuthorRole, Kind, Platform, Provenance, Record};
use message::{MediaResolver, Owner};
use serde_json::Value;
use std::io::BufReader;
use stream::{ChatMeta, Handler};

pub struct Telegram;

/// Chat `type` values, as they appear quoted in a single-chat export's head.
const CHAT_TYPES: [&str; 8] = [
    "\"personal_chat\"",
    "\"private_group\"",
    "\"private_supergroup\"",
    "\"public_supergroup\"",
    "\"private_channel\"",
    "\"public_channel\"",
    "\"saved_messages\"",
    "\"bot_chat\"",
];

impl Source for Telegram {
    fn name(&self) -> &'static str {
        "telegram"
    }

    fn platform(&self) -> Platform {
        Platform::Telegram
    }

    fn detect(&self, probe: &Probe) -> Claim {
        if probe.name.ends_with(".html")
            && probe.head_contains("Exported Data")
            && probe.head_contains("page_wrap")
        {
            return Claim::skipped(
                60,
                "Telegram HTML export: not read; export again choosing \"Machine-readable JSON\"",
            );
        }
        if !probe.name.ends_with(".json") {
            return Claim::NOT_MINE;
        }
        let starts_object = probe.head_text().trim_start().starts_with('{');
        if !starts_object {
            return Claim::NOT_MINE;
        }
        if probe.head_contains("\"personal_information\"") && probe.head_contains("\"user_id\"") {
            return Claim::records(90);
        }
        let has_messages = probe.head_contains("\"messages\"");
        let typed = CHAT_TYPES.iter().any(|t| probe.head_contains(t));
        if has_messages && typed && probe.head_contains("\"id\"") {
            return Claim::records(85);
        }
        if probe.head_contains("\"chats\"")
            && probe.head_contains("\"list\"")
            && (probe.head_contains("\"from_id\"") || probe.head_contains("\"date_unixtime\""))
        {
            return Claim::records(80);
        }
        // Without account information the export opens with Telegram's `about` text and the contacts,
        // which can fill the whole head before `chats` begins.
        if probe.head_contains("\"about\"")
            && probe.head_contains("Telegram")
            && (probe.head_contains("\"contacts\"") || probe.head_contains("\"frequent_contacts\""))
        {
            return Claim::records(75);
        }
        Claim::NOT_MINE
    }

    fn read(&self, export: &Export, emit: &mut dyn FnMut(Record)) -> ReadStats {
        let mut stats = ReadStats::default();
        for entry in export.with_role(Role::Records) {
            read_entry(entry, export, emit, &mut stats);
        }
        stats
    }
}

fn read_entry(entry: &Entry, export: &Export, emit: &mut dyn FnMut(Record), stats: &mut ReadStats) {
    let reader = match crate::ingest::utf8::open_json(entry, export.limits) {
        Ok(r) => r,
        Err(e) => {
            stats.failed(entry, crate::input::unreadable(&e));
            return;
        }
    };
    let mut reader_state = Reader {
        entry,
        export,
        root: parent_dir(&entry.path).to_string(),
        owner: None,
        emit,
        stats: &mut *stats,
    };
    let outcome = stream::walk(
        BufReader::with_capacity(256 * 1024, reader),
        &mut reader_state,
    );
    if let Err(e) = outcome {
        stats.failed(
            entry,
            format!(
                "the JSON breaks ({e}); messages before the break were read — export the data again"
            ),
        );
    }
}

struct Reader<'a, 'e> {
    entry: &'a Entry,
    export: &'a Export<'e>,
    /// The folder `result.json` is in; media paths are relative to it.
    root: String,
    owner: Option<Owner>,
    emit: &'a mut dyn FnMut(Record),
    stats: &'a mut ReadStats,
}

impl MediaResolver for Reader<'_, '_> {
    fn resolve(&self, rel: &str) -> String {
        let rel = rel.trim_start_matches("./");
        let full = if self.root.is_empty() {
            rel.to_string()
        } else {
            format!("{}/{rel}", self.root)
        };
        self.export
            .media
            .find(&self.entry.input, &full)
            .map(|e| e.path.clone())
            .unwrap_or(full)
    }
}

impl Reader<'_, '_> {
    fn provenance(&self, index: u64) -> Provenance {
        Provenance {
            input: self.entry.input.to_string(),
            entry: self.entry.path.clone(),
            index,
        }
    }
}

impl Handler for Reader<'_, '_> {
    fn personal_information(&mut self, info: Value) {
        let Some(user_id) = info.get("user_id").and_then(crate::ingest::text::as_string) else {
            self.stats
                .unparsed(self.entry, "personal_information has no user_id");
            return;
        };
        let field = |k: &str| {
            info.get(k)
                .and_then(Value::as_str)
                .map(str::trim)
                .filter(|s| !s.is_empty())
        };
        let name = [field("first_name"), field("last_name")]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ");
        let owner = Owner {
            user_id: user_id.clone(),
            name: (!name.is_empty()).then_some(name),
            username: field("username").map(str::to_string),
        };
        if let Some(bio) = field("bio") {
            let mut r = Record::new(
                Platform::Telegram,
                Kind::Profile,
                Some(format!("profile:{user_id}")),
                self.provenance(0),
            );
            r.author = Author {
                role: AuthorRole::Owner,
                name: owner.name.clone(),
                handle: owner.username.clone(),
            };
            r.text = bio.to_string();
            (self.emit)(r);
        }
        self.owner = Some(owner);
    }

    fn message(&mut self, chat: &ChatMeta, index: u64, message: Value) {
        let source = self.provenance(index);
        match message::build(message, chat, self.owner.as_ref(), source, &*self) {
            Ok(Some(r)) => (self.emit)(r),
            Ok(None) => {}
            Err(why) => {
                let chat_label = chat.id.as_deref().unwrap_or("?");
                self.stats.unparsed(
                    self.entry,
                    format!("chat {chat_label}, message #{index}: {why}"),
                );
            }
        }
    }

    fn malformed(&mut self, what: String) {
        self.stats.unparsed(self.entry, format!("{what}; skipped"));
    }
}

//! Discord data packages (`package.zip`, requested from Privacy & Safety).
//!
//! Layout: `messages/index.json` (`{channelId: label}`), then per channel `messages/c<id>/channel.json`
//! (`{id, type, name?, guild?: {id, name}, recipients?}`) beside `messages.json` (2023+, an array of
//! `{ID, Timestamp, Contents, Attachments}`) or `messages.csv` (older: the same columns, multi-line
//! quoted contents, attachments as space-separated URLs). Packages from 2024 capitalise the folders
//! (`Messages/`, `Account/`); very old ones drop the `c` before the channel id. `account/user.json`
//! names the owner and their friends (`relationships`), which turns recipient ids into names.
//!
//! **Every message in a package is the owner's**: Discord exports only what you sent. The channel type
//! gives kind and audience: a DM is a private message, a group DM a group message, and anything in a
//! server (text channel, thread, forum, announcement) a group message labelled `#channel in Server`.
//! Channel types are numbers in older packages (1 DM, 3 group DM, 0 text, 11 thread…) and names in
//! newer ones (`DM`, `GROUP_DM`, `GUILD_TEXT`, `PUBLIC_THREAD`…); both are read. The time is the
//! `Timestamp` (UTC), or, when that is missing or implausible, the one inside the snowflake id.

use super::csvutil::{self, has_all, Naive, Table};
use super::text::{as_string, for_each_array_element};
use super::{parent_dir, root_before_segment, Claim, Export, Probe, ReadStats, Role, Source};
use crate::input::Entry;
use crate::model::{
    Audience, Author, AuthorRole, Kind, Media, Platform, Provenance, Record, Timestamp,
};
use regex::Regex;
use serde_json::Value;
use std::collections::BTreeMap;
use std::sync::LazyLock;

pub struct Discord;

/// Discord's epoch (2015-01-01T00:00:00Z) in Unix milliseconds.
pub const DISCORD_EPOCH_MS: u64 = 1_420_070_400_000;

static CHANNEL_FILE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|/)messages/c?(\d+)/(messages\.json|messages\.csv|channel\.json)$")
        .expect("channel file pattern")
});
static MENTION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"<@!?(\d+)>").expect("mention pattern"));

const ROOT_SEGMENTS: [&str; 5] = ["messages", "account", "servers", "activity", "activities"];

impl Source for Discord {
    fn name(&self) -> &'static str {
        "discord"
    }

    fn platform(&self) -> Platform {
        Platform::Discord
    }

    fn detect(&self, probe: &Probe) -> Claim {
        let p = probe.path;
        if let Some(c) = CHANNEL_FILE.captures(p) {
            return match c.get(2).map(|m| m.as_str()) {
                Some("channel.json") => Claim::context(90),
                _ => Claim::records(90),
            };
        }
        if p == "messages/index.json" || p.ends_with("/messages/index.json") {
            return Claim::context(85);
        }
        if (p == "account/user.json" || p.ends_with("/account/user.json"))
            && probe.head_contains("\"id\"")
        {
            return Claim::context(85);
        }
        if p.ends_with("/servers/index.json") || p == "servers/index.json" {
            return Claim::skipped(70, "server list: names of servers joined");
        }
        if p.contains("servers/") && (probe.name == "guild.json" || probe.name == "audit-log.json")
        {
            return Claim::skipped(70, "server metadata");
        }
        if p.contains("activity/")
            && ["analytics", "modeling", "reporting", "tns"]
                .iter()
                .any(|a| p.contains(&format!("activity/{a}/")))
        {
            return Claim::skipped(70, "analytics events, no messages");
        }
        if probe.name == "readme.txt" && probe.head_contains("Discord") {
            return Claim::skipped(70, "package description");
        }
        // Loose or renamed message files, recognised by content.
        if probe.name.ends_with(".csv") {
            let rows = csvutil::head_rows(probe.head, 1);
            if rows.first().is_some_and(|h| {
                h.len() == 4 && has_all(h, &["id", "timestamp", "contents", "attachments"])
            }) {
                return Claim::records(75);
            }
        }
        if probe.name.ends_with(".json") {
            let head = probe.head_text();
            let t = head.trim_start();
            if t.starts_with('[')
                && t.contains("\"ID\"")
                && t.contains("\"Timestamp\"")
                && t.contains("\"Contents\"")
            {
                return Claim::records(75);
            }
        }
        Claim::NOT_MINE
    }

    fn export_root(&self, entry: &Entry) -> String {
        ROOT_SEGMENTS
            .iter()
            .find_map(|s| root_before_segment(&entry.path, s))
            .unwrap_or_else(|| parent_dir(&entry.path))
            .to_string()
    }

    fn read(&self, export: &Export, emit: &mut dyn FnMut(Record)) -> ReadStats {
        let mut stats = ReadStats::default();
        let mut package = Package::default();
        for entry in export.with_role(Role::Context) {
            package.load_context(entry, export, &mut stats);
        }
        for entry in export.with_role(Role::Records) {
            let dir = parent_dir(&entry.path);
            let channel = package.channel(dir);
            if entry.file_name_lower().ends_with(".csv") {
                read_csv(entry, export, &package, &channel, &mut stats, emit);
            } else {
                read_json(entry, export, &package, &channel, &mut stats, emit);
            }
        }
        stats
    }
}

/// What the context files say.
#[derive(Default)]
struct Package {
    owner_id: Option<String>,
    owner_handle: Option<String>,
    owner_name: Option<String>,
    /// Friend and other known user ids → display names.
    users: BTreeMap<String, String>,
    /// Channel id → label from `messages/index.json`.
    labels: BTreeMap<String, String>,
    /// Channel folder path → parsed `channel.json`.
    channels: BTreeMap<String, Value>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum ChannelKind {
    Dm,
    GroupDm,
    Server,
    Unknown,
}

/// What a message record needs to know about its channel.
struct Channel {
    id: Option<String>,
    guild_id: Option<String>,
    kind: ChannelKind,
    context: Option<String>,
}

fn read_json_value(entry: &Entry, export: &Export, stats: &mut ReadStats) -> Option<Value> {
    let bytes = match crate::ingest::utf8::read_json(entry, export.limits) {
        Ok(b) => b,
        Err(e) => {
            stats.failed(entry, crate::input::unreadable(&e));
            return None;
        }
    };
    match serde_json::from_slice(&bytes) {
        Ok(v) => Some(v),
        Err(e) => {
            stats.failed(
                entry,
                format!(
                    "not valid JSON ({e}); the package may be damaged — request your data package again"
                ),
            );
            None
        }
    }
}

fn str_of(v: &Value, key: &str) -> Option<String> {
    v.get(key)
        .and_then(as_string)
        .filter(|s| !s.trim().is_empty())
}

impl Package {
    fn load_context(&mut self, entry: &Entry, export: &Export, stats: &mut ReadStats) {
        let name = entry.file_name_lower();
        let Some(value) = read_json_value(entry, export, stats) else {
            return;
        };
        if name == "user.json" {
            self.owner_id = str_of(&value, "id");
            self.owner_handle = str_of(&value, "username");
            self.owner_name = str_of(&value, "global_name");
            if let Some(rels) = value.get("relationships").and_then(Value::as_array) {
                for rel in rels {
                    let user = rel.get("user").unwrap_or(rel);
                    let id = str_of(rel, "id").or_else(|| str_of(user, "id"));
                    let name = str_of(rel, "nickname")
                        .or_else(|| str_of(user, "global_name"))
                        .or_else(|| str_of(user, "username"));
                    if let (Some(id), Some(name)) = (id, name) {
                        self.users.insert(id, name);
                    }
                }
            }
        } else if name == "index.json" {
            match value.as_object() {
                Some(map) => {
                    for (id, label) in map {
                        if let Some(l) = label.as_str() {
                            self.labels.insert(id.clone(), l.to_string());
                        }
                    }
                }
                None => stats.unparsed(entry, "index.json is not an object"),
            }
        } else if name == "channel.json" {
            if value.is_object() {
                self.channels
                    .insert(parent_dir(&entry.path).to_string(), value);
            } else {
                stats.unparsed(entry, "channel.json is not an object");
            }
        }
    }

    fn user_name(&self, id: &str) -> Option<String> {
        self.users.get(id).cloned()
    }

    fn channel(&self, dir: &str) -> Channel {
        let folder = dir.rsplit('/').next().unwrap_or(dir);
        let folder_id = folder.trim_start_matches(['c', 'C']);
        let folder_id = (!folder_id.is_empty() && folder_id.bytes().all(|b| b.is_ascii_digit()))
            .then(|| folder_id.to_string());
        let info = self.channels.get(dir);
        let id = info.and_then(|c| str_of(c, "id")).or(folder_id);
        let label = id.as_ref().and_then(|i| self.labels.get(i)).cloned();
        let kind = match info.and_then(|c| c.get("type")) {
            Some(t) => channel_kind(t),
            None => ChannelKind::Unknown,
        };
        let kind = match (kind, &label) {
            (ChannelKind::Unknown, Some(l)) if l.starts_with("Direct Message with") => {
                ChannelKind::Dm
            }
            (k, _) => k,
        };
        let name = info.and_then(|c| str_of(c, "name"));
        let guild = info
            .and_then(|c| c.get("guild"))
            .and_then(|g| str_of(g, "name"));
        let guild_id = info
            .and_then(|c| c.get("guild"))
            .and_then(|g| str_of(g, "id"));
        let others: Vec<String> = info
            .and_then(|c| c.get("recipients"))
            .and_then(Value::as_array)
            .map(|rs| {
                rs.iter()
                    .filter_map(as_string)
                    .filter(|r| Some(r) != self.owner_id.as_ref())
                    .map(|r| self.user_name(&r).unwrap_or(r))
                    .collect()
            })
            .unwrap_or_default();
        let context = match kind {
            // Without the owner's id the recipients cannot be told apart; the index label can.
            ChannelKind::Dm => match (others.first(), &self.owner_id) {
                (Some(o), Some(_)) => Some(format!("Direct Message with {o}")),
                _ => label.or(Some("Direct Message".to_string())),
            },
            ChannelKind::GroupDm => name
                .or_else(|| {
                    (!others.is_empty()).then(|| format!("Group DM with {}", others.join(", ")))
                })
                .or(label),
            ChannelKind::Server => match (name, guild) {
                (Some(n), Some(g)) => Some(format!("#{n} in {g}")),
                (Some(n), None) => Some(label.unwrap_or(format!("#{n}"))),
                (None, _) => label,
            },
            ChannelKind::Unknown => label,
        };
        Channel {
            id,
            guild_id,
            kind,
            context,
        }
    }

    fn owner(&self) -> Author {
        Author {
            role: AuthorRole::Owner,
            name: self.owner_name.clone(),
            handle: self.owner_handle.clone(),
        }
    }
}

fn channel_kind(t: &Value) -> ChannelKind {
    if let Some(n) = t.as_i64() {
        return match n {
            1 => ChannelKind::Dm,
            3 => ChannelKind::GroupDm,
            0 | 2 | 4 | 5 | 10..=16 => ChannelKind::Server,
            _ => ChannelKind::Unknown,
        };
    }
    match t.as_str().map(str::to_ascii_uppercase).as_deref() {
        Some("DM") => ChannelKind::Dm,
        Some("GROUP_DM") => ChannelKind::GroupDm,
        Some(s) if s.starts_with("GUILD") || s.contains("THREAD") => ChannelKind::Server,
        _ => ChannelKind::Unknown,
    }
}

/// The creation time inside a snowflake id.
pub fn snowflake_time(id: &str) -> Option<Timestamp> {
    let n: u64 = id.trim().parse().ok()?;
    if n < (1 << 22) {
        return None;
    }
    let ms = (n >> 22).checked_add(DISCORD_EPOCH_MS)?;
    Timestamp::from_unix_ms(i64::try_from(ms).ok()?)
}

/// One message as both file forms give it.
struct Message<'a> {
    id: Option<String>,
    timestamp: Option<&'a str>,
    contents: String,
    attachments: Vec<String>,
}

fn attachments_of(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::String(s)) => s.split_whitespace().map(str::to_string).collect(),
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(|i| match i {
                Value::String(s) => Some(s.clone()),
                Value::Object(_) => str_of(i, "url").or_else(|| str_of(i, "fileName")),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

fn build(
    entry: &Entry,
    index: u64,
    package: &Package,
    channel: &Channel,
    m: Message,
    stats: &mut ReadStats,
    emit: &mut dyn FnMut(Record),
) {
    if m.contents.trim().is_empty() && m.attachments.is_empty() {
        return;
    }
    // Discord ids are decimal snowflakes; anything else is not an id.
    let id =
        m.id.filter(|i| !i.is_empty() && i.bytes().all(|b| b.is_ascii_digit()));
    let from_id = id.as_deref().and_then(snowflake_time);
    let stamped = m
        .timestamp
        .and_then(|t| csvutil::parse_time(t, Naive::Utc))
        .filter(|t| t.year() >= 2015);
    let timestamp = stamped.or(from_id);
    if id.is_none() || timestamp.is_none() {
        stats.unparsed(
            entry,
            format!("message {}: no numeric id or no readable time", index + 1),
        );
        return;
    }
    let (kind, audience) = match channel.kind {
        ChannelKind::Dm => (Kind::Message, Audience::Private),
        ChannelKind::GroupDm | ChannelKind::Server => (Kind::GroupMessage, Audience::Group),
        ChannelKind::Unknown => (Kind::GroupMessage, Audience::Unknown),
    };
    let mut r = Record::new(
        Platform::Discord,
        kind,
        id.clone(),
        Provenance {
            input: entry.input.to_string(),
            entry: entry.path.clone(),
            index,
        },
    );
    r.timestamp = timestamp;
    r.author = package.owner();
    r.audience = audience;
    r.thread = channel.id.clone();
    r.context = channel.context.clone();
    let mut mentions = Vec::new();
    r.text = MENTION
        .replace_all(m.contents.trim(), |c: &regex::Captures| {
            let id = c.get(1).map(|x| x.as_str()).unwrap_or("");
            let name = package.user_name(id).unwrap_or_else(|| id.to_string());
            mentions.push(name.clone());
            format!("@{name}")
        })
        .into_owned();
    r.mentions = mentions;
    for a in m.attachments {
        let kind = csvutil::media_kind(&a);
        r.media.push(Media::new(a, kind));
    }
    let scope = match channel.kind {
        ChannelKind::Dm | ChannelKind::GroupDm => Some("@me"),
        _ => channel.guild_id.as_deref(),
    };
    if let (Some(id), Some(ch), Some(scope)) = (&id, &channel.id, scope) {
        r.url = Some(format!("https://discord.com/channels/{scope}/{ch}/{id}"));
    }
    csvutil::add_links(&mut r.links, &r.text);
    r.hashtags = Vec::new();
    emit(r);
}

fn read_json(
    entry: &Entry,
    export: &Export,
    package: &Package,
    channel: &Channel,
    stats: &mut ReadStats,
    emit: &mut dyn FnMut(Record),
) {
    if entry.size == 0 {
        stats.failed(
            entry,
            "empty file; the package may be incomplete, request it again",
        );
        return;
    }
    let reader = match crate::ingest::utf8::open_json(entry, export.limits) {
        Ok(r) => r,
        Err(e) => {
            stats.failed(entry, crate::input::unreadable(&e));
            return;
        }
    };
    let mut bad = Vec::new();
    let outcome = for_each_array_element(std::io::BufReader::new(reader), |i, raw| {
        let v: Value = match serde_json::from_str(raw.get()) {
            Ok(v @ Value::Object(_)) => v,
            _ => {
                bad.push(format!("message {}: not an object", i + 1));
                return;
            }
        };
        let m = Message {
            id: v.get("ID").or(v.get("id")).and_then(as_string),
            timestamp: v
                .get("Timestamp")
                .or(v.get("timestamp"))
                .and_then(Value::as_str),
            contents: v
                .get("Contents")
                .or(v.get("content"))
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string(),
            attachments: attachments_of(v.get("Attachments").or(v.get("attachments"))),
        };
        build(entry, i, package, channel, m, stats, emit);
    });
    for b in bad {
        stats.unparsed(entry, b);
    }
    if let Some(e) = outcome.error {
        stats.failed(
            entry,
            format!(
                "JSON breaks after {} messages ({e}); those were kept — request your data package again for the rest",
                outcome.delivered
            ),
        );
    }
}

fn read_csv(
    entry: &Entry,
    export: &Export,
    package: &Package,
    channel: &Channel,
    stats: &mut ReadStats,
    emit: &mut dyn FnMut(Record),
) {
    let Some(text) = csvutil::read_text(entry, export.limits, stats) else {
        return;
    };
    let Some(table) = Table::open(&text, |h| has_all(h, &["id", "timestamp", "contents"])) else {
        stats.failed(
            entry,
            "no `ID,Timestamp,Contents,Attachments` header found; request your data package again",
        );
        return;
    };
    table.rows(entry, stats, |row, stats| {
        let m = Message {
            id: row.get(&["id"]).map(str::to_string),
            timestamp: row.get(&["timestamp"]),
            contents: row.raw(&["contents"]).to_string(),
            attachments: row
                .get(&["attachments"])
                .map(|a| a.split_whitespace().map(str::to_string).collect())
                .unwrap_or_default(),
        };
        build(entry, row.index, package, channel, m, stats, emit);
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snowflakes_carry_their_time() {
        // 2024-01-05T23:30:00Z
        let ms: u64 = 1_704_497_400_000;
        let id = ((ms - DISCORD_EPOCH_MS) << 22).to_string();
        assert_eq!(
            snowflake_time(&id).unwrap().to_canonical(),
            "2024-01-05T23:30:00Z"
        );
        assert_eq!(snowflake_time("12"), None);
        assert_eq!(snowflake_time("abc"), None);
    }

    #[test]
    fn channel_types_in_both_forms() {
        assert_eq!(channel_kind(&Value::from(1)), ChannelKind::Dm);
        assert_eq!(channel_kind(&Value::from(3)), ChannelKind::GroupDm);
        assert_eq!(channel_kind(&Value::from(11)), ChannelKind::Server);
        assert_eq!(channel_kind(&Value::from("GROUP_DM")), ChannelKind::GroupDm);
        assert_eq!(
            channel_kind(&Value::from("PUBLIC_THREAD")),
            ChannelKind::Server
        );
        assert_eq!(channel_kind(&Value::from("what")), ChannelKind::Unknown);
    }
}

//! Facts about a whole chat: its name, whether it is a group, and who in it is the account holder.
//!
//! WhatsApp never says who exported a chat, yet "is this the doctor's own message?" decides whether a
//! finding is an action or only something to review. The owner is inferred from evidence, strongest
//! first, and left unknown rather than guessed:
//!
//! 1. "You deleted this message" (in any listed language) is written only for the exporter's own
//!    messages, so its author is the owner.
//! 2. In a one-to-one chat the other party is named by the file (`WhatsApp Chat with Dr X.txt`, the
//!    iOS zip `WhatsApp Chat - Dr X.zip`), and by iOS, which attributes system notices to the chat's
//!    name; the other author is then the owner.
//! 3. Across several chats of one input, an owner found in one chat is the owner wherever that name
//!    appears; failing that, the one author present in every chat is the owner.

use std::collections::{BTreeMap, BTreeSet};

/// What pass one learnt about a chat.
#[derive(Debug, Default, Clone)]
pub struct ChatFacts {
    /// Message authors with their message counts (system lines excluded).
    pub authors: BTreeMap<String, u64>,
    /// Authors of "You deleted this message" notices.
    pub deleted_by_owner: BTreeSet<String>,
    /// Authors iOS gave to system notices (the chat's name), in order of appearance.
    pub system_authors: Vec<String>,
    /// A system line said this is a group (created, added, left, group renamed…).
    pub group_event: bool,
    /// Name from `created group "…"`.
    pub group_name: Option<String>,
    /// Name from the file or zip name.
    pub file_name: Option<String>,
}

impl ChatFacts {
    pub fn is_group(&self) -> bool {
        self.group_event || self.authors.len() > 2
    }

    /// The other party of a one-to-one chat, when the file or iOS names them and they wrote in it.
    fn other_party(&self) -> Option<&str> {
        if self.is_group() {
            return None;
        }
        let candidates = self.file_name.iter().chain(self.system_authors.iter());
        candidates
            .map(String::as_str)
            .find(|n| self.authors.contains_key(*n))
    }

    /// The owner from this chat's own evidence (rules 1 and 2 of the module docs).
    fn own_owner(&self) -> Option<String> {
        if self.deleted_by_owner.len() == 1 {
            return self.deleted_by_owner.iter().next().cloned();
        }
        let other = self.other_party()?;
        let mut rest = self.authors.keys().filter(|a| a.as_str() != other);
        match (rest.next(), rest.next()) {
            (Some(owner), None) => Some(owner.clone()),
            _ => None,
        }
    }

    /// The label to show for the chat: the file's name for it, a group's name, or iOS's chat name
    /// (in a group, only when that name is not also a member's).
    pub fn display_name(&self) -> Option<String> {
        let group = self.is_group();
        self.file_name
            .clone()
            .or_else(|| self.group_name.clone())
            .or_else(|| {
                self.system_authors
                    .iter()
                    .find(|a| !group || !self.authors.contains_key(*a))
                    .cloned()
            })
    }
}

/// Who is who in one chat, after looking at every chat of the input.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Roles {
    pub owner: Option<String>,
    /// Authors known not to be the owner even when the owner is unknown (the named other party).
    pub known_others: BTreeSet<String>,
}

/// Resolve roles for every chat of one input (rule 3 of the module docs).
pub fn resolve_roles(chats: &[&ChatFacts]) -> Vec<Roles> {
    let own: Vec<Option<String>> = chats.iter().map(|c| c.own_owner()).collect();
    let found: BTreeSet<&String> = own.iter().flatten().collect();
    let global: Option<String> = match found.len() {
        1 => found.into_iter().next().cloned(),
        0 if chats.len() >= 2 => {
            let mut common: Option<BTreeSet<&String>> = None;
            for c in chats {
                let names: BTreeSet<&String> = c.authors.keys().collect();
                common = Some(match common {
                    None => names,
                    Some(prev) => prev.intersection(&names).copied().collect(),
                });
            }
            let common = common.unwrap_or_default();
            (common.len() == 1)
                .then(|| common.into_iter().next().cloned())
                .flatten()
        }
        _ => None,
    };
    chats
        .iter()
        .zip(own)
        .map(|(c, own)| {
            let owner = own.or_else(|| {
                global
                    .as_ref()
                    .filter(|g| c.authors.contains_key(*g))
                    .cloned()
            });
            let known_others = c.other_party().map(str::to_string).into_iter().collect();
            Roles {
                owner,
                known_others,
            }
        })
        .collect()
}

/// The chat name WhatsApp puts in an export's file or zip name, if the name follows its pattern:
/// `WhatsApp Chat with Dr X.txt`, `WhatsApp Chat - Dr X.zip`, `WhatsApp-Chat mit X.txt`,
/// `Chat WhatsApp s uživatelem X.txt`, `Conversa do WhatsApp com X.txt`. Arbitrary names give `None`.
pub fn name_from_file(file_name: &str) -> Option<String> {
    // Some tools and mail clients replace the spaces of a file name with underscores.
    let spaced;
    let mut stem = strip_extension(file_name);
    if !stem.contains(' ') && stem.contains('_') {
        spaced = stem.replace('_', " ");
        stem = spaced.trim();
    }
    let lower = stem.to_lowercase();
    let at = lower.find("whatsapp")?;
    let mut rest = stem.get(at + "whatsapp".len()..)?.trim_start();
    for word in ["-Chat", "Chat", "chat", "-chat"] {
        if let Some(r) = rest.strip_prefix(word) {
            rest = r.trim_start();
            break;
        }
    }
    if let Some(r) = rest.strip_prefix('-').or_else(|| rest.strip_prefix('–')) {
        rest = r.trim_start();
    } else {
        const CONNECTORS: [&str; 14] = [
            "with",
            "mit",
            "con",
            "avec",
            "com",
            "met",
            "med",
            "s uživatelem",
            "с",
            "з",
            "z",
            "ile",
            "kanssa",
            "dengan",
        ];
        let lower_rest = rest.to_lowercase();
        for c in CONNECTORS {
            if lower_rest.starts_with(&format!("{c} ")) {
                rest = rest.get(c.len()..).unwrap_or("").trim_start();
                break;
            }
        }
    }
    let name = strip_copy_suffix(rest.trim());
    (!name.is_empty()).then(|| name.to_string())
}

fn strip_extension(name: &str) -> &str {
    let name = name.trim_end_matches('!');
    for ext in [".txt", ".zip", ".TXT", ".ZIP"] {
        if let Some(s) = name.strip_suffix(ext) {
            return s;
        }
    }
    name
}

/// `Dr X (1)` → `Dr X`: the copy counter a second download adds.
fn strip_copy_suffix(name: &str) -> &str {
    if let Some(open) = name.rfind(" (") {
        let tail = &name[open + 2..];
        if tail.ends_with(')') && tail[..tail.len() - 1].chars().all(|c| c.is_ascii_digit()) {
            return name[..open].trim_end();
        }
    }
    name
}

/// The chat's file-derived name for an entry: its own file name, or — for iOS's generic `_chat.txt` —
/// the zip it sits in (`WhatsApp Chat - X.zip!/_chat.txt`), or the input itself when the zip was
/// given directly.
pub fn name_for_entry(entry_path: &str, input_label: &str) -> Option<String> {
    let mut segments = entry_path.rsplit('/');
    let file = segments.next().unwrap_or(entry_path);
    if let Some(n) = name_from_file(file) {
        return Some(n);
    }
    let generic = file.eq_ignore_ascii_case("_chat.txt") || file.eq_ignore_ascii_case("chat.txt");
    if !generic {
        return None;
    }
    match segments.next() {
        Some(parent) => name_from_file(parent),
        None => {
            let input_file = input_label
                .rsplit(['/', '\\'])
                .next()
                .unwrap_or(input_label);
            name_from_file(input_file)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_from_export_file_names() {
        assert_eq!(
            name_from_file("WhatsApp Chat with Dr X.txt").as_deref(),
            Some("Dr X")
        );
        assert_eq!(
            name_from_file("WhatsApp Chat - Ward 5.zip").as_deref(),
            Some("Ward 5")
        );
        assert_eq!(
            name_from_file("WhatsApp-Chat mit Anna.txt").as_deref(),
            Some("Anna")
        );
        assert_eq!(
            name_from_file("Chat WhatsApp s uživatelem Jan Novák.txt").as_deref(),
            Some("Jan Novák")
        );
        assert_eq!(
            name_from_file("WhatsApp Chat with +44 7700 900123 (1).txt").as_deref(),
            Some("+44 7700 900123")
        );
        assert_eq!(name_from_file("whats_json__english_ios.txt"), None);
        assert_eq!(
            name_from_file("chm__WhatsApp_Chat_with_+123_45_6789.txt").as_deref(),
            Some("+123 45 6789")
        );
        assert_eq!(
            name_for_entry("exports/WhatsApp Chat - Dr X.zip!/_chat.txt", "in").as_deref(),
            Some("Dr X")
        );
        assert_eq!(
            name_for_entry("_chat.txt", "/home/a/WhatsApp Chat - Dr X.zip").as_deref(),
            Some("Dr X")
        );
        assert_eq!(name_for_entry("notes/_chat.txt", "in"), None);
    }

    fn facts(authors: &[&str]) -> ChatFacts {
        ChatFacts {
            authors: authors.iter().map(|a| (a.to_string(), 1)).collect(),
            ..ChatFacts::default()
        }
    }

    #[test]
    fn owner_from_deleted_notice_file_name_and_ios_system_author() {
        let mut c = facts(&["Dr A", "Pat"]);
        c.deleted_by_owner.insert("Dr A".into());
        assert_eq!(resolve_roles(&[&c])[0].owner.as_deref(), Some("Dr A"));

        let mut c = facts(&["Dr A", "Pat"]);
        c.file_name = Some("Pat".into());
        let r = &resolve_roles(&[&c])[0];
        assert_eq!(r.owner.as_deref(), Some("Dr A"));
        assert!(r.known_others.contains("Pat"));

        let mut c = facts(&["Dr A", "Pat"]);
        c.system_authors.push("Pat".into());
        assert_eq!(resolve_roles(&[&c])[0].owner.as_deref(), Some("Dr A"));

        // A group's name is no author, and a group has no single "other party".
        let mut c = facts(&["Dr A", "Pat", "Sam"]);
        c.system_authors.push("Ward 5".into());
        assert_eq!(resolve_roles(&[&c])[0], Roles::default());
    }

    #[test]
    fn owner_across_chats() {
        let a = facts(&["Dr A", "Pat"]);
        let b = facts(&["Dr A", "Sam", "Kim"]);
        let roles = resolve_roles(&[&a, &b]);
        assert_eq!(roles[0].owner.as_deref(), Some("Dr A"));
        assert_eq!(roles[1].owner.as_deref(), Some("Dr A"));
        // One chat alone proves nothing.
        assert_eq!(resolve_roles(&[&a])[0].owner, None);
        // Two candidates in every chat: ambiguous.
        let c = facts(&["Dr A", "Pat"]);
        assert_eq!(resolve_roles(&[&a, &c])[0].owner, None);
    }
}

//! Delete lists: the ids that bulk-deletion tools take, one per line, for rows of the cleanup plan whose
//! action is `delete` (never `edit`, `review`, allowed or resolved findings).
//!
//! - `delete-x.txt`: X status ids (the numeric id in `x.com/<user>/status/<id>`), the input of tools
//!   such as tweetXer or Cyd's "delete from a list".
//! - `delete-mastodon.txt`: status URLs (the record's link, else its ActivityPub object id).
//! - `delete-reddit.txt`: fullnames (`t3_…` posts, `t1_…` comments) where the kind is known, else the
//!   permalink.
//!
//! A list is written only when it has at least one line, so the files stay machine-readable (no header
//! comment to strip). Because an out folder is reused across runs, a list that is empty this time is
//! *removed* if an earlier run left one: a stale delete list is the one output that could do harm.
//! hindsight never deletes anything itself.

use super::cleanup::PlanRow;
use crate::model::{Kind, Platform, Record};
use crate::rules::ActionKind;

/// The delete-list files: name and platform.
pub const FILES: [(&str, Platform); 3] = [
    ("delete-x.txt", Platform::Twitter),
    ("delete-mastodon.txt", Platform::Mastodon),
    ("delete-reddit.txt", Platform::Reddit),
];

/// X status id: the native id when numeric, else the id in a `/status/<id>` link.
fn x_id(r: &Record) -> Option<String> {
    let numeric = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if let Some(n) = r.native_id.as_deref().filter(|n| numeric(n)) {
        return Some(n.to_string());
    }
    let url = r.url.as_deref()?;
    let after = url.split("/status/").nth(1)?;
    let id: String = after.chars().take_while(char::is_ascii_digit).collect();
    numeric(&id).then_some(id)
}

fn mastodon_url(r: &Record) -> Option<String> {
    let is_url = |s: &&str| s.starts_with("https://") || s.starts_with("http://");
    r.url
        .as_deref()
        .filter(is_url)
        .or(r.native_id.as_deref().filter(is_url))
        .map(str::to_string)
}

fn reddit_name(r: &Record) -> Option<String> {
    let id = r.native_id.as_deref().map(str::trim).unwrap_or("");
    if id.starts_with("t1_") || id.starts_with("t3_") {
        return Some(id.to_string());
    }
    let alnum = !id.is_empty() && id.bytes().all(|b| b.is_ascii_alphanumeric());
    match r.kind {
        Kind::Post if alnum => Some(format!("t3_{id}")),
        Kind::Comment | Kind::Reply if alnum => Some(format!("t1_{id}")),
        _ => r.url.clone().filter(|u| !u.trim().is_empty()),
    }
}

/// The lines of one platform's delete list, in plan order, without repeats.
pub fn lines(plan: &[PlanRow], platform: Platform) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for row in plan
        .iter()
        .filter(|r| r.action == ActionKind::Delete && r.platform == platform)
    {
        let line = match platform {
            Platform::Twitter => x_id(&row.record),
            Platform::Mastodon => mastodon_url(&row.record),
            Platform::Reddit => reddit_name(&row.record),
            _ => None,
        };
        if let Some(l) = line.filter(|l| !l.contains(['\n', '\r'])) {
            if !out.contains(&l) {
                out.push(l);
            }
        }
    }
    out
}

/// Each delete list's file name and bytes (`None` when it would be empty).
pub fn render(plan: &[PlanRow]) -> Vec<(&'static str, Option<Vec<u8>>)> {
    FILES
        .iter()
        .map(|(name, platform)| {
            let l = lines(plan, *platform);
            let bytes = (!l.is_empty()).then(|| {
                let mut s = l.join("\n");
                s.push('\n');
                s.into_bytes()
            });
            (*name, bytes)
        })
        .collect()
}

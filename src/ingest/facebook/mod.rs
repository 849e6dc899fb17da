//! Facebook (and Messenger) "Download Your Information" exports, JSON format, every layout:
//!
//! | era | where things are |
//! |---|---|
//! | 2018–2022 | `posts/your_posts_N.json`, `posts/album/N.json`, `comments_and_reactions/comments.json` (older `comments/comments.json`), `groups/your_posts_in_groups.json`, `messages/inbox/<thread>/message_N.json`, `profile_information/profile_information.json` |
//! | late 2023 | the same under `your_activity_across_facebook/` |
//! | 2024 → | `your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_N.json`, `…/posts/places_you_have_been_tagged_in.json`, `…/groups/group_posts_and_comments.json`, `personal_information/profile_information/profile_information.json`; lone items as label/value records |
//!
//! Files are recognised by content ([`super::meta::classify`]) so renamed and loose files still
//! read, and routed by their top-level key while streaming. What Facebook records:
//! - **posts** (status updates, photos, shared links, check-ins, notes, life events, group posts,
//!   archived stories) with people tagged as mentions and the place as a location;
//! - **photos and videos** of albums and the uncategorised/videos lists, unless a post already
//!   carried them;
//! - **comments** (own comments, group comments) with the "X commented on Y's post." sentence as
//!   context — Facebook gives no id or link for the post commented on;
//! - **events** created or answered, **check-ins** and **places tagged**;
//! - **Messenger** threads ([`super::meta::thread`]);
//! - the **profile** (name, work, education, websites) which also names the owner.
//!
//! Facebook gives no ids for any of these, so record ids are derived ([`crate::model::derive_id`])
//! and no URLs are invented. Reactions, friends, polls, ads and logs are recognised and skipped with
//! a reason so coverage shows them.

mod activity;
mod posts;

use super::meta::classify::{self, FB_TOP_FOLDERS};
use super::meta::json::{self, Item, Rest};
use super::meta::{read_export, read_export_parallel, MetaPlatform, MetaSource, Reader};
use super::{Claim, Export, Probe, ReadStats, RecordBatches, Source};
use crate::input::Entry;
use crate::model::{Platform, Record};
use serde_json::Value;

pub struct Facebook;

impl Source for Facebook {
    fn name(&self) -> &'static str {
        "facebook"
    }

    fn platform(&self) -> Platform {
        Platform::Facebook
    }

    fn detect(&self, probe: &Probe) -> Claim {
        claim_for(probe, MetaPlatform::Facebook)
    }

    fn export_root(&self, entry: &Entry) -> String {
        classify::export_root(&entry.path, FB_TOP_FOLDERS)
    }

    fn read(&self, export: &Export, emit: &mut dyn FnMut(Record)) -> ReadStats {
        read_export(self, export, emit)
    }

    fn read_parallel(
        &self,
        export: &Export,
        emit: &mut dyn FnMut(Record),
        batches: &dyn RecordBatches,
    ) -> ReadStats {
        read_export_parallel(self, export, emit, batches)
    }
}

/// The claim both Meta sources make: only on files [`classify::classify`] gives to `platform`.
pub(crate) fn claim_for(probe: &Probe, platform: MetaPlatform) -> Claim {
    use classify::FileKind;
    match classify::classify(probe.path, probe.name, probe.head) {
        Some(c) if c.platform == platform => match c.kind {
            FileKind::Skipped(why) => Claim::skipped(c.confidence, why),
            FileKind::Media => Claim::media(c.confidence),
            FileKind::Profile => Claim::records(c.confidence),
            FileKind::Thread | FileKind::Data | FileKind::Html => Claim::records(c.confidence),
        },
        _ => Claim::NOT_MINE,
    }
}

impl MetaSource for Facebook {
    fn meta_platform(&self) -> MetaPlatform {
        MetaPlatform::Facebook
    }

    fn platform(&self) -> Platform {
        Platform::Facebook
    }

    fn product(&self) -> &'static str {
        "Facebook"
    }

    fn data_order(&self, name: &str) -> u8 {
        if name.starts_with("your_posts") || name.contains("posts__check_ins") {
            0
        } else if name.starts_with("your_uncategorized_photos")
            || name.starts_with("your_videos")
            || name.chars().next().is_some_and(|c| c.is_ascii_digit())
        {
            2
        } else {
            1
        }
    }

    fn read_profile(&self, r: &mut Reader, entry: &Entry) {
        let limits = r.export.limits;
        let outcome = json::stream(entry, limits, |item| {
            if let Item::Keyed { key, value } = item {
                if key == "profile_v2" || key == "profile" {
                    activity::profile(r, entry, &value);
                }
            }
        });
        if let Err(b) = outcome {
            r.broken(entry, &b, "profile");
        }
    }

    fn read_data(&self, r: &mut Reader, entry: &Entry) {
        let limits = r.export.limits;
        let name = entry.file_name_lower();
        let mut album: Option<String> = None;
        let mut rest = Rest::default();
        let mut streamed = false;
        let outcome = json::stream(entry, limits, |item| match item {
            Item::Element { index, value } => element(r, entry, &name, index, &value),
            Item::KeyedElement { key, index, value } => {
                streamed = true;
                keyed_element(r, entry, &key, index, &value, album.as_deref());
            }
            Item::Keyed { key, value } => match key.as_str() {
                "name" => album = value.as_str().map(str::to_string),
                "event_responses_v2" | "event_responses" => {
                    streamed = true;
                    activity::event_responses(r, entry, &value);
                }
                _ => rest.put(key, value),
            },
        });
        if let Err(b) = &outcome {
            r.broken(entry, b, "Facebook data");
        }
        let single = rest.into_value();
        if !streamed && single.get("label_values").is_some() {
            activity::label_record(r, entry, &name, 0, &single);
        }
    }
}

/// Keys whose arrays hold records when found inside a top-level array element (some tools and old
/// exports wrap each list in its own object: `[{"comments_v2": [...]}, {"group_comments_v2": [...]}]`).
const WRAPPERS: [&str; 9] = [
    "comments_v2",
    "group_comments_v2",
    "comments",
    "group_posts_v2",
    "other_photos_v2",
    "videos_v2",
    "your_events_v2",
    "notes_v2",
    "archived_stories_v2",
];

/// One element of a top-level array.
fn element(r: &mut Reader, entry: &Entry, name: &str, index: u64, v: &Value) {
    let Some(obj) = v.as_object() else {
        r.stats
            .unparsed(entry, format!("item {index} is not an object"));
        return;
    };
    if obj.contains_key("label_values") {
        activity::label_record(r, entry, name, index, v);
        return;
    }
    if obj.contains_key("sender_name") || obj.contains_key("timestamp_ms") {
        r.stats.unparsed(
            entry,
            format!("item {index} is a Messenger message outside a thread file"),
        );
        return;
    }
    let wrapped: Vec<(&String, &Vec<Value>)> = obj
        .iter()
        .filter(|(k, _)| WRAPPERS.contains(&k.as_str()))
        .filter_map(|(k, v)| v.as_array().map(|a| (k, a)))
        .collect();
    if !wrapped.is_empty() {
        for (key, items) in wrapped {
            // Provenance points at the wrapping element: that is where these items sit.
            for item in items {
                keyed_element(r, entry, key, index, item, None);
            }
        }
        return;
    }
    if obj.contains_key("timestamp")
        && (obj.contains_key("data")
            || obj.contains_key("attachments")
            || obj.contains_key("title"))
    {
        posts::post(r, entry, index, v, posts::PostKind::Timeline);
        return;
    }
    r.stats
        .unparsed(entry, format!("item {index} is not a Facebook post"));
}

/// One element of the array under a top-level key.
fn keyed_element(
    r: &mut Reader,
    entry: &Entry,
    key: &str,
    index: u64,
    v: &Value,
    album: Option<&str>,
) {
    if !v.is_object() {
        r.stats
            .unparsed(entry, format!("{key}[{index}] is not an object"));
        return;
    }
    match key {
        "comments_v2" | "comments" => activity::comment(r, entry, index, v, false),
        "group_comments_v2" => activity::comment(r, entry, index, v, true),
        "group_posts_v2" | "group_posts" => posts::post(r, entry, index, v, posts::PostKind::Group),
        "archived_stories_v2" => posts::post(r, entry, index, v, posts::PostKind::Story),
        "other_photos_v2" | "videos_v2" | "photos" => posts::media_item(r, entry, index, v, album),
        "your_events_v2" | "your_events" => activity::event_created(r, entry, index, v),
        "notes_v2" | "notes" => posts::note(r, entry, index, v),
        _ => {}
    }
}

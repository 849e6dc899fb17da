//! Instagram "Download Your Information" exports (JSON), every era, plus Threads, which ships inside
//! them.
//!
//! | era | posts | stories | profile |
//! |---|---|---|---|
//! | ≤2020 | `media.json` `{photos, videos, stories, profile, direct: [{caption, taken_at, path, location?}]}`, `comments.json` `{media_comments: [[time, text, owner]]}`, `messages.json` | in `media.json` | `profile.json` |
//! | 2021–23 | `content/posts_1.json` | `content/stories.json` | `personal_information/personal_information.json` |
//! | mid-2024 | `your_instagram_activity/content/posts_1.json` | `…/content/stories.json` | `personal_information/personal_information/personal_information.json` |
//! | 2025 → | `your_instagram_activity/media/posts_1.json` (a lone post may be an object) | `…/media/stories.json` | same |
//!
//! Post rule (carousels): the caption is the post's `title` when present, else the first media
//! item's; the time likewise with `creation_timestamp`. Instagram keeps no place names, only EXIF
//! latitude/longitude in `media_metadata`, which become the media's GPS and the record's location.
//! No post ids or shortcodes are exported, so ids are derived and URLs left empty.
//!
//! Your comments (`post_comments_N.json`, `reels_comments.json`) are `string_map_data` maps keyed
//! by English display labels ("Comment", "Media Owner", "Time"); other languages translate the
//! labels, so the values are also found by position and shape. The profile's "Private Account" sets
//! the audience of the owner's posts and stories. DMs are read by the shared thread reader
//! ([`super::meta::thread`]). Threads posts (`text_post_app_text_posts`) become
//! [`Platform::Threads`] posts and replies. Likes, follows, saved items and viewing history are
//! recognised and skipped with a reason.

mod legacy;

use super::meta::classify::{self, IG_TOP_FOLDERS};
use super::meta::json::{self, array_field, int_field, str_field, Item, Rest};
use super::meta::media::{exif_location, hashtags_in, links_in, mentions_in, push_unique};
use super::meta::{read_export, read_export_parallel, MetaPlatform, MetaSource, Reader};
use super::{Claim, Export, Probe, ReadStats, RecordBatches, Source};
use crate::input::Entry;
use crate::model::{Audience, Author, AuthorRole, Kind, Media, Platform, Record, Timestamp};
use serde_json::{Map, Value};

pub struct Instagram;

impl Source for Instagram {
    fn name(&self) -> &'static str {
        "instagram"
    }

    fn platform(&self) -> Platform {
        Platform::Instagram
    }

    fn detect(&self, probe: &Probe) -> Claim {
        super::facebook::claim_for(probe, MetaPlatform::Instagram)
    }

    fn export_root(&self, entry: &Entry) -> String {
        classify::export_root(&entry.path, IG_TOP_FOLDERS)
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

/// Keys whose arrays hold post-shaped items (`{media: [...], title?, creation_timestamp?}`), with
/// the surface they were posted to.
const POST_LISTS: [(&str, &str); 5] = [
    ("ig_igtv_media", "igtv"),
    ("ig_reels_media", "reels"),
    ("ig_archived_post_media", "archived"),
    ("ig_recently_deleted_media", "recently_deleted"),
    ("ig_other_media", "other"),
];

impl MetaSource for Instagram {
    fn meta_platform(&self) -> MetaPlatform {
        MetaPlatform::Instagram
    }

    fn platform(&self) -> Platform {
        Platform::Instagram
    }

    fn product(&self) -> &'static str {
        "Instagram"
    }

    fn data_order(&self, _name: &str) -> u8 {
        0
    }

    fn read_profile(&self, r: &mut Reader, entry: &Entry) {
        let limits = r.export.limits;
        let mut rest = Rest::default();
        let outcome = json::stream(entry, limits, |item| match item {
            Item::Keyed { key, value } if key == "profile_user" => {
                for p in value.as_array().into_iter().flatten() {
                    profile_user(r, entry, p);
                }
            }
            Item::KeyedElement { key, value, .. } if key == "profile_user" => {
                profile_user(r, entry, &value)
            }
            Item::Keyed { key, value } => rest.put(key, value),
            _ => {}
        });
        if let Err(b) = &outcome {
            r.broken(entry, b, "profile");
        }
        let legacy = rest.into_value();
        if legacy.get("date_joined").is_some() || legacy.get("biography").is_some() {
            legacy::profile(r, entry, &legacy);
        }
    }

    fn read_data(&self, r: &mut Reader, entry: &Entry) {
        let limits = r.export.limits;
        let mut rest = Rest::default();
        let mut streamed = false;
        let outcome = json::stream(entry, limits, |item| match item {
            Item::Element { index, value } => element(r, entry, index, &value),
            Item::KeyedElement { key, index, value } => {
                streamed = true;
                keyed_element(r, entry, &key, index, &value);
            }
            Item::Keyed { key, value } => rest.put(key, value),
        });
        if let Err(b) = &outcome {
            r.broken(entry, b, "Instagram data");
        }
        // 2025 exports write a lone post as an object, not an array.
        let single = rest.into_value();
        if !streamed && single.get("media").is_some_and(Value::is_array) {
            post(r, entry, 0, &single, Platform::Instagram, None);
        }
    }
}

fn element(r: &mut Reader, entry: &Entry, index: u64, v: &Value) {
    let Some(obj) = v.as_object() else {
        r.stats
            .unparsed(entry, format!("item {index} is not an object"));
        return;
    };
    if obj.get("media").is_some_and(Value::is_array) {
        post(r, entry, index, v, Platform::Instagram, None);
    } else if obj.contains_key("string_map_data") {
        comment(r, entry, index, v);
    } else if obj.contains_key("participants") && obj.contains_key("conversation") {
        legacy::conversation(r, entry, index, v);
    } else if obj.keys().any(|k| k.starts_with("ig_")) {
        // Tools that bundle several files wrap each list in an object.
        for (key, list) in obj {
            for item in list.as_array().into_iter().flatten() {
                keyed_element(r, entry, key, index, item);
            }
        }
    } else {
        r.stats.unparsed(
            entry,
            format!("item {index} is not an Instagram post or comment"),
        );
    }
}

fn keyed_element(r: &mut Reader, entry: &Entry, key: &str, index: u64, v: &Value) {
    if let Some((_, surface)) = POST_LISTS.iter().find(|(k, _)| *k == key) {
        post(r, entry, index, v, Platform::Instagram, Some(surface));
        return;
    }
    match key {
        "ig_stories" => single_media(r, entry, index, v, false),
        "ig_profile_picture" => single_media(r, entry, index, v, true),
        "text_post_app_text_posts" => post(r, entry, index, v, Platform::Threads, None),
        "media_comments" | "live_comments" => legacy::comment(r, entry, index, v),
        "photos" | "videos" | "stories" | "profile" | "direct" => {
            legacy::media(r, entry, index, v, key)
        }
        k if k.starts_with("comments_") => comment(r, entry, index, v),
        _ => {}
    }
}

/// The owner as author of their own content.
pub(super) fn owner_author(r: &Reader) -> Author {
    r.owner.author()
}

/// The audience of the owner's posts: what the profile says, else unknown.
pub(super) fn owner_audience(r: &Reader, platform: Platform) -> Audience {
    match platform {
        Platform::Instagram => r.owner.audience.unwrap_or(Audience::Unknown),
        _ => Audience::Unknown,
    }
}

fn media_list(r: &Reader, v: &Value, default_kind: Option<&'static str>) -> Vec<Media> {
    array_field(v, "media")
        .iter()
        .filter_map(|m| r.media.media(m, default_kind))
        .collect()
}

/// A post (or reel, IGTV video, archived post, Threads post) with the carousel caption rule.
fn post(
    r: &mut Reader,
    entry: &Entry,
    index: u64,
    v: &Value,
    platform: Platform,
    surface: Option<&str>,
) {
    let items = array_field(v, "media");
    let first = items.first();
    let caption = str_field(v, "title")
        .or_else(|| first.and_then(|m| str_field(m, "title")))
        .unwrap_or("")
        .to_string();
    let default_kind = matches!(surface, Some("igtv") | Some("reels")).then_some("video");
    let mut media = media_list(r, v, default_kind);
    for (m, item) in media
        .iter_mut()
        .zip(items.iter().filter(|i| str_field(i, "uri").is_some()))
    {
        if let Some(t) = str_field(item, "title").filter(|t| *t != caption) {
            m.description = Some(t.to_string());
        }
    }
    if caption.is_empty() && media.is_empty() {
        if platform != Platform::Threads {
            r.stats
                .unparsed(entry, format!("post {index} has neither caption nor media"));
        }
        return;
    }
    let is_reply = items.iter().any(|m| {
        m.get("text_app_post")
            .and_then(|t| t.get("is_reply"))
            .and_then(Value::as_bool)
            == Some(true)
    });
    let kind = if platform == Platform::Threads && is_reply {
        Kind::Reply
    } else if !caption.is_empty() {
        Kind::Post
    } else if media.first().and_then(|m| m.kind.as_deref()) == Some("video") {
        Kind::Video
    } else {
        Kind::Photo
    };
    let mut rec = r.record_on(platform, kind, entry, index);
    rec.timestamp = int_field(v, "creation_timestamp")
        .or_else(|| first.and_then(|m| int_field(m, "creation_timestamp")))
        .and_then(Timestamp::from_unix);
    rec.author = owner_author(r);
    rec.audience = owner_audience(r, platform);
    rec.links = links_in(&caption);
    rec.hashtags = hashtags_in(&caption);
    rec.mentions = mentions_in(&caption);
    rec.text = caption;
    rec.location = exif_location(&media);
    rec.media = media;
    if let Some(s) = surface {
        rec.attributes.insert("surface".into(), s.to_string());
    }
    if let Some(app) = first
        .and_then(|m| m.get("cross_post_source"))
        .and_then(|c| str_field(c, "source_app"))
    {
        rec.attributes
            .insert("cross_posted_from".into(), app.to_string());
    }
    if let Some(rc) = first
        .and_then(|m| m.get("text_app_post"))
        .and_then(|t| str_field(t, "reply_control"))
    {
        rec.attributes
            .insert("reply_control".into(), rc.to_string());
    }
    r.emit(rec);
}

/// A story or profile picture: one media object with its own `title` and `creation_timestamp`.
fn single_media(r: &mut Reader, entry: &Entry, index: u64, v: &Value, profile_picture: bool) {
    let kind = if profile_picture {
        Kind::Photo
    } else {
        Kind::Story
    };
    let Some(media) = r.media.media(v, None) else {
        r.stats
            .unparsed(entry, format!("item {index} has no media uri"));
        return;
    };
    let mut rec = r.record(kind, entry, index);
    rec.timestamp = int_field(v, "creation_timestamp").and_then(Timestamp::from_unix);
    rec.author = owner_author(r);
    rec.audience = owner_audience(r, Platform::Instagram);
    rec.text = str_field(v, "title").unwrap_or("").to_string();
    rec.links = links_in(&rec.text);
    rec.hashtags = hashtags_in(&rec.text);
    rec.mentions = mentions_in(&rec.text);
    rec.location = exif_location(std::slice::from_ref(&media));
    rec.media = vec![media];
    if profile_picture {
        // Profile pictures are always public on Instagram; earlier ones are listed too.
        rec.audience = Audience::Public;
        rec.attributes
            .insert("profile_picture".into(), "true".into());
        if v.get("is_profile_picture").and_then(Value::as_bool) == Some(false) {
            rec.attributes
                .insert("profile_picture_current".into(), "false".into());
        }
    }
    r.emit(rec);
}

/// The entries of a `string_map_data` map in file order: `(label, value, timestamp)`.
fn string_map(v: &Value) -> Vec<(String, String, i64)> {
    v.get("string_map_data")
        .and_then(Value::as_object)
        .map(|m: &Map<String, Value>| {
            m.iter()
                .map(|(k, e)| {
                    (
                        k.clone(),
                        str_field(e, "value").unwrap_or("").to_string(),
                        int_field(e, "timestamp").unwrap_or(0),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

/// One of the owner's comments. Labels are English in English exports; otherwise the comment is
/// the first valued entry, the media owner the second, the time the entry with a timestamp.
fn comment(r: &mut Reader, entry: &Entry, index: u64, v: &Value) {
    let entries = string_map(v);
    let by_label = |l: &str| entries.iter().find(|(k, _, _)| k.eq_ignore_ascii_case(l));
    let valued: Vec<&(String, String, i64)> = entries
        .iter()
        .filter(|(_, val, _)| !val.is_empty())
        .collect();
    let text = by_label("Comment")
        .map(|e| e.1.clone())
        .or_else(|| valued.first().map(|e| e.1.clone()))
        .unwrap_or_default();
    let media_owner = by_label("Media Owner")
        .map(|e| e.1.clone())
        .or_else(|| valued.get(1).map(|e| e.1.clone()))
        .filter(|o| !o.is_empty() && *o != text);
    let time = by_label("Time")
        .map(|e| e.2)
        .filter(|t| *t > 0)
        .or_else(|| entries.iter().map(|e| e.2).find(|t| *t > 0));
    if text.is_empty() {
        r.stats
            .unparsed(entry, format!("comment {index} has no text"));
        return;
    }
    let mut rec = r.record(Kind::Comment, entry, index);
    rec.timestamp = time.and_then(Timestamp::from_unix);
    rec.author = owner_author(r);
    rec.links = links_in(&text);
    rec.hashtags = hashtags_in(&text);
    rec.mentions = mentions_in(&text);
    rec.text = text;
    if let Some(o) = media_owner {
        rec.context = Some(format!("@{o}"));
        rec.attributes.insert("media_owner".into(), o);
    }
    r.emit(rec);
}

/// The profile (`profile_user[].string_map_data`): names the owner, says whether the account is
/// private, and is a profile record with the bio as its text.
fn profile_user(r: &mut Reader, entry: &Entry, p: &Value) {
    let entries = string_map(p);
    let get = |l: &str| {
        entries
            .iter()
            .find(|(k, _, _)| k.eq_ignore_ascii_case(l))
            .map(|e| e.1.clone())
            .filter(|v| !v.is_empty())
    };
    let private = get("Private Account").map(|v| v.eq_ignore_ascii_case("true"));
    profile_record(
        r,
        entry,
        ProfileFacts {
            name: get("Name"),
            handle: get("Username"),
            bio: get("Bio"),
            website: get("Website"),
            private,
        },
    );
}

pub(super) struct ProfileFacts {
    pub(super) name: Option<String>,
    pub(super) handle: Option<String>,
    pub(super) bio: Option<String>,
    pub(super) website: Option<String>,
    pub(super) private: Option<bool>,
}

pub(super) fn profile_record(r: &mut Reader, entry: &Entry, f: ProfileFacts) {
    if let Some(n) = &f.name {
        r.owner.add_name(n);
    }
    if let Some(h) = &f.handle {
        r.owner.add_handle(h);
    }
    if let Some(p) = f.private {
        r.owner.audience = Some(if p {
            Audience::Followers
        } else {
            Audience::Public
        });
    }
    let mut rec = r.record(Kind::Profile, entry, 0);
    rec.author = Author {
        role: AuthorRole::Owner,
        name: f.name,
        handle: f.handle,
    };
    rec.audience = Audience::Public;
    rec.text = f.bio.unwrap_or_default();
    rec.links = links_in(&rec.text);
    rec.hashtags = hashtags_in(&rec.text);
    rec.mentions = mentions_in(&rec.text);
    if let Some(w) = f.website {
        push_unique(&mut rec.links, [w.clone()]);
        rec.attributes.insert("website".into(), w);
    }
    if let Some(p) = f.private {
        rec.attributes
            .insert("private_account".into(), p.to_string());
    }
    r.emit(rec);
}

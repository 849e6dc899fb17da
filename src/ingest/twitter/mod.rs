//! X/Twitter archives, every era (FORMATS.md §1).
//!
//! An archive's data files are JavaScript assignments (`window.YTD.tweets.part0 = [ … ]`), so detection
//! reads the global's name from the first bytes rather than trusting file names: the `tweets` type is
//! `tweets.js` in 2022+, `tweet.js` in 2019–22, `tweets-part1.js` in split archives, and a loose renamed
//! copy anywhere. The ≤2018 "Grailbird" archive has `Grailbird.data.tweets_YYYY_MM = [ … ]` per month,
//! `var user_details = { … }` and a root `tweets.csv`.
//!
//! Reading one export happens in three steps: first the owner (manifest, account or user_details: who
//! "self" is, for DMs and self-threads, and the handle for status URLs), then long-post notes (matched to
//! their truncated tweet by creation second and text prefix, because `noteTweetId` is not the tweet id),
//! then tweets, DMs and profile. Self-thread roots are resolved once all tweets of the export are known.

mod dm;
mod grailbird;
mod owner;
#[cfg(test)]
mod streaming_tests;
mod threads;
mod tweet;

use super::{
    parent_dir, root_before_segment, Claim, Export, Probe, ReadStats, RecordBatches, Role, Source,
};
use crate::input::Entry;
use crate::model::{Platform, Record};
use owner::Owner;
use threads::SelfThreads;

pub struct Twitter;

/// What a data file holds, from its JavaScript global (`window.YTD.<type>.partN`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FileType {
    Tweets,
    DeletedTweets,
    CommunityTweets,
    NoteTweets,
    DirectMessages,
    GroupDirectMessages,
    MessageEvents,
    Account,
    Profile,
    Manifest,
    GrailbirdTweets,
    GrailbirdUser,
    TweetsCsv,
    /// Recognised as part of an archive but holding no posts (likes, followers, ads…).
    Other(&'static str),
}

/// The `<type>` of `window.YTD.<type>.part<N>` in `head`, if present.
/// The data type of a `window.YTD.<type>.partN = [` file. The assignment must open the file: a
/// document that merely mentions it (a README quoting the wrapper) is not an archive file.
fn ytd_type(head: &str) -> Option<&str> {
    let rest = head.trim_start().strip_prefix("window.YTD.")?;
    let end = rest.find(".part")?;
    let t = &rest[..end];
    (!t.is_empty() && t.len() < 80 && t.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'))
        .then_some(t)
}

fn file_type(probe_text: &str, name: &str) -> Option<FileType> {
    let head = probe_text.trim_start_matches('\u{feff}');
    if let Some(t) = ytd_type(head) {
        return Some(match t {
            "tweets" | "tweet" => FileType::Tweets,
            "deleted_tweets" | "deleted_tweet" => FileType::DeletedTweets,
            "community_tweet" | "community_tweets" => FileType::CommunityTweets,
            "note_tweet" | "note_tweets" => FileType::NoteTweets,
            "direct_messages" | "direct_message" => FileType::DirectMessages,
            "direct_messages_group" | "direct_message_group" => FileType::GroupDirectMessages,
            "message_event" | "message_events" => FileType::MessageEvents,
            "account" => FileType::Account,
            "profile" => FileType::Profile,
            "like" | "likes" => FileType::Other("likes: the liked post's text without a date"),
            "follower" | "following" | "block" | "mute" => {
                FileType::Other("account lists: ids only")
            }
            "tweet_headers" | "tweets_headers" | "deleted_tweet_headers" => {
                FileType::Other("tweet headers: ids and dates only")
            }
            "direct_message_headers" | "direct_message_group_headers" => FileType::Other(
                "DM headers: ids and dates only, the messages are in direct-messages.js",
            ),
            _ => FileType::Other("archive data without posts"),
        });
    }
    if head.trim_start().starts_with("window.__THAR_CONFIG") {
        return Some(FileType::Manifest);
    }
    if head.trim_start().starts_with("Grailbird.data.tweets_") {
        return Some(FileType::GrailbirdTweets);
    }
    if head.trim_start().starts_with("var user_details") {
        return Some(FileType::GrailbirdUser);
    }
    if head.trim_start().starts_with("var tweet_index")
        || head.trim_start().starts_with("var payload_details")
    {
        return Some(FileType::Other("Grailbird index"));
    }
    if name.ends_with(".csv") && grailbird::is_tweets_csv_header(head) {
        return Some(FileType::TweetsCsv);
    }
    None
}

impl Source for Twitter {
    fn name(&self) -> &'static str {
        "twitter"
    }

    fn platform(&self) -> Platform {
        Platform::Twitter
    }

    fn detect(&self, probe: &Probe) -> Claim {
        let text = probe.head_text();
        let Some(t) = file_type(&text, probe.name) else {
            let media_dir = [
                "/tweets_media/",
                "/tweet_media/",
                "/direct_messages_media/",
                "/direct_message_media/",
            ];
            if media_dir
                .iter()
                .any(|d| probe.path.contains(d) || probe.path.starts_with(&d[1..]))
            {
                return Claim::media(60);
            }
            return Claim::NOT_MINE;
        };
        match t {
            FileType::Manifest | FileType::Account => Claim::context(95),
            FileType::Other(why) => Claim::skipped(90, why),
            FileType::TweetsCsv => Claim::records(80),
            _ => Claim::records(95),
        }
    }

    fn export_root(&self, entry: &Entry) -> String {
        root_before_segment(&entry.path, "data")
            .unwrap_or_else(|| parent_dir(&entry.path))
            .to_string()
    }

    fn read(&self, export: &Export, emit: &mut dyn FnMut(Record)) -> ReadStats {
        self.read_with(export, emit, None)
    }

    fn read_parallel(
        &self,
        export: &Export,
        emit: &mut dyn FnMut(Record),
        batches: &dyn RecordBatches,
    ) -> ReadStats {
        self.read_with(export, emit, Some(batches))
    }
}

impl Twitter {
    fn read_with(
        &self,
        export: &Export,
        emit: &mut dyn FnMut(Record),
        batches: Option<&dyn RecordBatches>,
    ) -> ReadStats {
        let mut stats = ReadStats::default();
        let mut typed: Vec<(&Entry, FileType)> = Vec::new();
        for entry in export
            .with_role(Role::Records)
            .chain(export.with_role(Role::Context))
        {
            match entry
                .head(super::HEAD_BYTES, export.limits)
                .map(super::utf8::head_as_utf8)
            {
                Ok(head) => {
                    let text = crate::ingest::text::lossy(&head);
                    if let Some(t) = file_type(&text, &entry.file_name_lower()) {
                        typed.push((entry, t));
                    }
                }
                Err(e) => stats.failed(entry, crate::input::unreadable(&e)),
            }
        }
        typed.sort_by(|a, b| a.0.path.cmp(&b.0.path));
        let of = |t: FileType| {
            typed
                .iter()
                .filter(move |(_, ft)| *ft == t)
                .map(|(e, _)| *e)
        };

        let mut owner = Owner::default();
        for e in of(FileType::Manifest) {
            owner.read_manifest(e, export.limits, &mut stats);
        }
        for e in of(FileType::Account) {
            owner.read_account(e, export.limits, &mut stats);
        }
        let mut profiles = Vec::new();
        for e in of(FileType::GrailbirdUser) {
            if let Some(r) = owner.read_user_details(e, export.limits, &mut stats) {
                profiles.push(r);
            }
        }
        for e in of(FileType::Profile) {
            profiles.extend(owner.read_profile(e, export.limits, &mut stats));
        }

        let notes = tweet::read_notes(of(FileType::NoteTweets), export.limits, &mut stats);
        let reader = tweet::TweetReader {
            owner: &owner,
            notes: &notes,
            media: export.media,
            input: export.input,
        };
        let mut threads = SelfThreads::default();
        for (entry, t) in &typed {
            match t {
                FileType::Tweets | FileType::DeletedTweets | FileType::CommunityTweets => reader
                    .read_file(
                        entry,
                        *t == FileType::DeletedTweets,
                        *t == FileType::CommunityTweets,
                        export.limits,
                        &mut stats,
                        &mut threads,
                        emit,
                        batches,
                    ),
                FileType::GrailbirdTweets => {
                    grailbird::read_month(entry, &reader, export.limits, &mut stats, &mut |t| {
                        threads.pass(t, emit)
                    })
                }
                FileType::TweetsCsv => {
                    grailbird::read_csv(entry, &owner, export.limits, &mut stats, &mut |r| {
                        // The CSV names no reply user: any reply may be part of a self-thread.
                        let may_continue_own_thread = r.reply_to.is_some();
                        let t = tweet::ReadTweet {
                            record: r,
                            may_continue_own_thread,
                        };
                        threads.pass(t, emit)
                    })
                }
                _ => {}
            }
        }
        threads.finish(emit);
        for r in profiles {
            emit(r);
        }
        let dm_owner = dm::owner_id(&owner, of(FileType::DirectMessages), export.limits);
        for (entry, t) in &typed {
            match t {
                FileType::DirectMessages => dm::read_conversations(
                    entry,
                    false,
                    dm_owner.as_deref(),
                    export.limits,
                    &mut stats,
                    emit,
                ),
                FileType::GroupDirectMessages => dm::read_conversations(
                    entry,
                    true,
                    dm_owner.as_deref(),
                    export.limits,
                    &mut stats,
                    emit,
                ),
                FileType::MessageEvents => dm::read_message_events(
                    entry,
                    dm_owner.as_deref(),
                    export.limits,
                    &mut stats,
                    emit,
                ),
                _ => {}
            }
        }
        stats
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_files_by_their_global_not_their_name() {
        assert_eq!(
            file_type("window.YTD.tweets.part0 = [", "x.js"),
            Some(FileType::Tweets)
        );
        assert_eq!(
            file_type("window.YTD.tweet.part0 = [", "x.js"),
            Some(FileType::Tweets)
        );
        assert_eq!(
            file_type("window.YTD.tweets.part3 = [", "tweets-part3.js"),
            Some(FileType::Tweets)
        );
        assert_eq!(
            file_type("window.YTD.direct_messages_group.part0 = [", "a"),
            Some(FileType::GroupDirectMessages)
        );
        assert_eq!(
            file_type("window.__THAR_CONFIG = {", "manifest.js"),
            Some(FileType::Manifest)
        );
        assert_eq!(
            file_type("Grailbird.data.tweets_2015_01 =\n [", "2015_01.js"),
            Some(FileType::GrailbirdTweets)
        );
        assert!(matches!(
            file_type("window.YTD.ad_engagements.part0 = [", "a.js"),
            Some(FileType::Other(_))
        ));
        assert_eq!(file_type("{\"tweets\": []}", "a.json"), None);
        assert_eq!(file_type("window.YTD.", "a.js"), None);
    }
}

//! The ≤2018 "Grailbird" archive: `data/js/tweets/YYYY_MM.js` (`Grailbird.data.tweets_YYYY_MM = [ … ]`,
//! API v1.1 tweet objects) and the root `tweets.csv`, which repeats the same tweets with expanded URLs.
//! Both are read; records share the tweet id, so the duplicate is merged by the engine.

use super::owner::Owner;
use super::tweet::{parse_time, ReadTweet, Tweet, TweetReader};
use crate::ingest::text::{for_each_array_element, skip_js_assignment, unescape_html};
use crate::ingest::ReadStats;
use crate::input::{Entry, Limits};
use crate::model::{Audience, Kind, Platform, Provenance, Record};

const CSV_COLUMNS: [&str; 4] = ["tweet_id", "in_reply_to_status_id", "timestamp", "text"];

pub fn is_tweets_csv_header(head: &str) -> bool {
    let first = head.lines().next().unwrap_or("").to_lowercase();
    CSV_COLUMNS.iter().all(|c| first.contains(c))
}

pub fn read_month(
    entry: &Entry,
    reader: &TweetReader,
    limits: &Limits,
    stats: &mut ReadStats,
    emit: &mut dyn FnMut(ReadTweet),
) {
    let stream = match crate::ingest::utf8::open_json(entry, limits).and_then(skip_js_assignment) {
        Ok(r) => r,
        Err(e) => return stats.failed(entry, crate::input::unreadable(&e)),
    };
    let out = for_each_array_element(stream, |i, raw| {
        match serde_json::from_str::<Tweet>(raw.get()) {
            Ok(t) => {
                let may_continue_own_thread = reader.may_continue_own_thread(&t);
                match reader.record(&t, entry, i) {
                    Some(record) => emit(ReadTweet {
                        record,
                        may_continue_own_thread,
                    }),
                    None => stats.unparsed(entry, format!("tweet {i}: no id")),
                }
            }
            Err(e) => stats.unparsed(entry, format!("tweet {i}: {e}")),
        }
    });
    if let Some(e) = out.error {
        stats.failed(
            entry,
            crate::ingest::json_break_message(out.delivered as usize, "tweets", &e),
        );
    }
}

pub fn read_csv(
    entry: &Entry,
    owner: &Owner,
    limits: &Limits,
    stats: &mut ReadStats,
    emit: &mut dyn FnMut(Record),
) {
    let stream = match crate::ingest::utf8::open_text(entry, limits) {
        Ok(r) => r,
        Err(e) => return stats.failed(entry, crate::input::unreadable(&e)),
    };
    let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(stream);
    let headers: Vec<String> = match rdr.headers() {
        Ok(h) => h
            .iter()
            .map(|s| s.trim_start_matches('\u{feff}').to_lowercase())
            .collect(),
        Err(e) => {
            return stats.failed(
                entry,
                format!("unreadable CSV header ({e}); download the archive again"),
            )
        }
    };
    let col = |name: &str| headers.iter().position(|h| h == name);
    let (Some(id_col), Some(text_col)) = (col("tweet_id"), col("text")) else {
        return stats.failed(
            entry,
            "tweets.csv without tweet_id and text columns; if it was edited, scan the original from the archive",
        );
    };
    let (time_col, reply_col, rt_col, urls_col) = (
        col("timestamp"),
        col("in_reply_to_status_id"),
        col("retweeted_status_id"),
        col("expanded_urls"),
    );
    for (i, row) in rdr.records().enumerate() {
        let row = match row {
            Ok(r) => r,
            Err(e) => {
                stats.unparsed(entry, format!("row {}: {e}", i + 1));
                continue;
            }
        };
        let get = |c: Option<usize>| {
            c.and_then(|c| row.get(c))
                .map(str::trim)
                .filter(|s| !s.is_empty())
        };
        let Some(id) = get(Some(id_col)) else {
            stats.unparsed(entry, format!("row {}: no tweet_id", i + 1));
            continue;
        };
        let source = Provenance {
            input: entry.input.to_string(),
            entry: entry.path.clone(),
            index: i as u64,
        };
        let mut r = Record::new(Platform::Twitter, Kind::Post, Some(id.to_string()), source);
        r.author = owner.author();
        r.audience = Audience::Public;
        r.url = Some(owner.status_url(id));
        r.timestamp = get(time_col).and_then(parse_time);
        r.text = unescape_html(get(Some(text_col)).unwrap_or(""));
        r.links = get(urls_col)
            .map(|u| {
                u.split(',')
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect()
            })
            .unwrap_or_default();
        if get(rt_col).is_some() || r.text.starts_with("RT @") {
            r.kind = Kind::Repost;
        } else if let Some(parent) = get(reply_col) {
            r.kind = Kind::Reply;
            r.reply_to = Some(parent.to_string());
        }
        emit(r);
    }
}

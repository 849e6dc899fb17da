//! What each fuzz target does with its bytes, shared by the cargo-fuzz binaries in `fuzz_targets/`
//! and by `tests/regressions.rs` (which includes this file), so a saved crash input replays through
//! exactly the code that found it.
//!
//! Every harness must return normally on any bytes: a panic, an abort, a hang or an allocation past
//! libFuzzer's limit is a bug in hindsight, not in the harness.

use hindsight::ingest::bluesky::{car::Car, mst};
use hindsight::ingest::whatsapp::{header, markers};
use hindsight::ingest::{csvutil, meta, registry, text, Claim, Export, MediaIndex, Probe};
use hindsight::input::{Entry, InputTree, Limits};
use std::io::Write;

/// The file names the `sources` target puts its bytes under, one per platform layout; the first
/// input byte picks one.
pub const SOURCE_NAMES: [&str; 32] = [
    "data/tweets.js",
    "data/manifest.js",
    "data/direct-messages.js",
    "data/js/tweets/2015_01.js",
    "tweets.csv",
    "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json",
    "your_facebook_activity/messages/inbox/a_1/message_1.json",
    "your_facebook_activity/messages/inbox/a_1/message_1.html",
    "comments_and_reactions/comments.json",
    "your_instagram_activity/content/posts_1.json",
    "your_instagram_activity/comments/post_comments_1.json",
    "media.json",
    "Shares.csv",
    "messages.csv",
    "Comments.csv",
    "comments.csv",
    "posts.csv",
    "outbox.json",
    "actor.json",
    "repo.car",
    "_chat.txt",
    "WhatsApp Chat with Sam.txt",
    "result.json",
    "messages.html",
    "user_data_tiktok.json",
    "messages/c1/messages.json",
    "messages/c1/channel.json",
    "messages/c1/messages.csv",
    "Takeout/YouTube and YouTube Music/comments/comments.csv",
    "Takeout/YouTube and YouTube Music/my-comments/my-comments.html",
    "export.json",
    "notes.txt",
];

/// Meta (Facebook, Instagram, Threads) JSON file names for the `meta_json` target.
pub const META_NAMES: [&str; 8] = [
    "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json",
    "your_facebook_activity/messages/inbox/a_1/message_1.json",
    "your_facebook_activity/comments_and_reactions/comments.json",
    "personal_information/profile_information/profile_information.json",
    "posts/album/1.json",
    "your_instagram_activity/content/posts_1.json",
    "your_instagram_activity/threads/threads_and_replies.json",
    "your_instagram_activity/messages/inbox/b_2/message_1.json",
];

/// CSV file names for the `csv` target (LinkedIn, Reddit, Discord, YouTube, old Twitter).
pub const CSV_NAMES: [&str; 8] = [
    "Shares.csv",
    "messages.csv",
    "Comments.csv",
    "Connections.csv",
    "posts.csv",
    "messages/c1/messages.csv",
    "Takeout/YouTube and YouTube Music/comments/comments.csv",
    "tweets.csv",
];

/// The entry path a target's bytes are read under, and the bytes themselves (first byte consumed
/// where it picks a name). Used by the regression test to run a crash input through the whole scan.
pub fn as_file(target: &str, data: &[u8]) -> (String, Vec<u8>) {
    let pick = |names: &[&str]| -> (String, Vec<u8>) {
        match data.split_first() {
            Some((b, rest)) => (names[*b as usize % names.len()].to_string(), rest.to_vec()),
            None => (names[0].to_string(), Vec::new()),
        }
    };
    match target {
        "input_tree" => {
            let (kind, rest) = archive_kind(data);
            (format!("fuzz.{kind}"), rest.to_vec())
        }
        "sources" => pick(&SOURCE_NAMES),
        "meta_json" => pick(&META_NAMES),
        "csv" => pick(&CSV_NAMES),
        "whatsapp_lines" => ("_chat.txt".into(), data.to_vec()),
        "bluesky_car" => ("repo.car".into(), data.to_vec()),
        "json_array" => ("data/tweets.js".into(), data.to_vec()),
        "html_to_text" => ("messages.html".into(), data.to_vec()),
        other => panic!("unknown fuzz target {other}"),
    }
}

/// Run the harness of `target` on `data`.
pub fn run(target: &str, data: &[u8]) {
    match target {
        "input_tree" => input_tree(data),
        "sources" => sources(data),
        "meta_json" => meta_json(data),
        "csv" => csv(data),
        "whatsapp_lines" => whatsapp_lines(data),
        "bluesky_car" => bluesky_car(data),
        "json_array" => json_array(data),
        "html_to_text" => html_to_text(data),
        other => panic!("unknown fuzz target {other}"),
    }
}

fn archive_kind(data: &[u8]) -> (&'static str, &[u8]) {
    match data.split_first() {
        Some((b, rest)) => (["zip", "tar.gz", "tar"][*b as usize % 3], rest),
        None => ("zip", data),
    }
}

/// The bytes as an archive file (`.zip`, `.tar.gz` or `.tar`, by the first byte): list it with the
/// default limits, then read every entry in full and its detection head.
pub fn input_tree(data: &[u8]) {
    let (kind, body) = archive_kind(data);
    let Ok(mut file) = tempfile::Builder::new()
        .prefix("hindsight-fuzz-")
        .suffix(&format!(".{kind}"))
        .tempfile()
    else {
        return;
    };
    if file.write_all(body).and_then(|()| file.flush()).is_err() {
        return;
    }
    let limits = Limits::default();
    let tree = InputTree::open(&[file.path().to_path_buf()], &limits);
    for entry in &tree.entries {
        let _ = entry.head(hindsight::ingest::HEAD_BYTES, &limits);
        let _ = entry.read_all(&limits);
    }
    for problem in &tree.problems {
        let _ = problem.to_string();
    }
}

/// Every source's `detect` on the entry, then every source's `read` (claimed or not: `read` must
/// cope with anything).
pub fn exercise_sources(entry: &Entry) {
    exercise_some_sources(entry, &[]);
}

/// As [`exercise_sources`], for the sources named in `only` (all when empty): focused targets run
/// faster and so explore deeper.
pub fn exercise_some_sources(entry: &Entry, only: &[&str]) {
    let limits = Limits::default();
    let media = MediaIndex::default();
    let head = entry
        .head(hindsight::ingest::HEAD_BYTES, &limits)
        .unwrap_or_default();
    let path = entry.path_lower();
    let name = entry.file_name_lower();
    for source in registry()
        .into_iter()
        .filter(|s| only.is_empty() || only.contains(&s.name()))
    {
        let probe = Probe {
            entry,
            path: &path,
            name: &name,
            head: &head,
        };
        let claim = source.detect(&probe);
        assert!(claim.confidence <= 100, "{}: confidence", source.name());
        let claim = if claim.is_mine() {
            claim
        } else {
            Claim::records(1)
        };
        let export = Export {
            input: &entry.input,
            root: source.export_root(entry),
            entries: vec![(entry, claim)],
            media: &media,
            limits: &limits,
        };
        let _ = source.read(&export, &mut |_| {});
    }
}

/// The first byte picks a typical file name ([`SOURCE_NAMES`]), the rest is the file.
pub fn sources(data: &[u8]) {
    let (name, bytes) = as_file("sources", data);
    exercise_sources(&Entry::from_bytes("fuzz", &name, bytes));
}

/// Meta's JSON streamer with mojibake repair, then the Facebook and Instagram readers under a Meta
/// file name picked by the first byte.
pub fn meta_json(data: &[u8]) {
    let (name, bytes) = as_file("meta_json", data);
    let _ = meta::json::stream_reader(&bytes[..], &mut |item| {
        let (meta::json::Item::Element { value, .. }
        | meta::json::Item::KeyedElement { value, .. }
        | meta::json::Item::Keyed { value, .. }) = item;
        let _ = meta::json::fix_value(value);
    });
    let _ = text::fix_mojibake(&String::from_utf8_lossy(&bytes));
    exercise_some_sources(
        &Entry::from_bytes("fuzz", &name, bytes),
        &["facebook", "instagram"],
    );
}

/// The CSV helpers (decoding, delimiter sniffing, header search, rows, dates), then the CSV sources
/// under a file name picked by the first byte.
pub fn csv(data: &[u8]) {
    let (name, bytes) = as_file("csv", data);
    let _ = csvutil::head_rows(&bytes, csvutil::MAX_PREAMBLE_ROWS);
    let decoded = csvutil::decode(bytes.clone());
    let _ = csvutil::sniff_delimiter(&decoded);
    if let Some(table) = csvutil::Table::open(&decoded, |row| !row.is_empty()) {
        table.each(|row| {
            for i in 0..row.len().min(16) {
                if let Some(field) = row.at(i) {
                    let _ = csvutil::parse_time(field, csvutil::Naive::Utc);
                    let _ = csvutil::parse_time(field, csvutil::Naive::Local);
                }
            }
        });
    }
    exercise_some_sources(
        &Entry::from_bytes("fuzz", &name, bytes),
        &["linkedin", "reddit", "discord", "youtube", "twitter"],
    );
}

/// WhatsApp's line grammar (header, then body classification) on every line, then the whole text
/// as a chat export.
pub fn whatsapp_lines(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    for line in text.lines() {
        if let Some(h) = header::parse(line) {
            let body = line.get(h.rest..).unwrap_or("");
            let ios = h.style == header::Style::Bracketed;
            let _ = markers::classify(body, ios, h.lead_mark);
            let _ = line.get(..h.raw_end);
        }
        let _ = markers::classify(line, false, false);
    }
    exercise_some_sources(
        &Entry::from_bytes("fuzz", "_chat.txt", data.to_vec()),
        &["whatsapp"],
    );
}

/// The CAR index and the repository tree walk from every root and the first blocks, then the
/// Bluesky reader.
pub fn bluesky_car(data: &[u8]) {
    if let Ok(car) = Car::parse(data.to_vec()) {
        let starts = car.roots.iter().chain(car.cids().iter().take(8));
        for cid in starts {
            let _ = car.block(cid);
            let _ = mst::walk(&car, *cid);
        }
    }
    exercise_some_sources(
        &Entry::from_bytes("fuzz", "repo.car", data.to_vec()),
        &["bluesky"],
    );
}

/// The streaming array reader, with and (by the first byte's low bit) without a JavaScript preface;
/// every element parsed as a JSON value.
pub fn json_array(data: &[u8]) {
    let body = match data.split_first() {
        Some((b, rest)) if b & 1 == 1 => match text::skip_js_assignment(rest) {
            Ok(mut r) => {
                let mut v = Vec::new();
                if std::io::Read::read_to_end(&mut r, &mut v).is_err() {
                    return;
                }
                v
            }
            Err(_) => return,
        },
        _ => data.to_vec(),
    };
    // Differential: the fast splitter, sequential and parallel, gives exactly the elements and the
    // error of serde_json's own streaming parser.
    let mut want = Vec::new();
    let want_out =
        text::exact_array_elements(&body[..], |i, raw| want.push((i, raw.get().to_string())));
    let mut got = Vec::new();
    let got_out =
        text::for_each_array_element(&body[..], |i, raw| got.push((i, raw.get().to_string())));
    assert_eq!(got, want, "sequential splitter elements");
    assert_eq!(
        (got_out.delivered, &got_out.error),
        (want_out.delivered, &want_out.error)
    );
    let mut par = Vec::new();
    let par_out = text::par_array_elements(
        &body[..],
        |_, t| match text::parse_element::<&serde_json::value::RawValue>(t) {
            Ok(raw) => text::Parsed::Item(raw.get().to_string()),
            Err(text::ElementError::Data(e)) => text::Parsed::Item(format!("data error {e}")),
            Err(text::ElementError::NotJson) => text::Parsed::NotJson,
        },
        |i, s| par.push((i, s)),
    );
    assert_eq!(par, want, "parallel splitter elements");
    assert_eq!(
        (par_out.delivered, &par_out.error),
        (want_out.delivered, &want_out.error)
    );
    for (_, raw) in &want {
        let _ = serde_json::from_str::<serde_json::Value>(raw);
    }
}

/// HTML to text, and Meta's HTML page parsing, on the bytes as (lossy) UTF-8.
pub fn html_to_text(data: &[u8]) {
    let html = String::from_utf8_lossy(data);
    let _ = text::html_to_text(&html);
    let _ = meta::html::page_title(&html);
    let _ = meta::html::items(&html);
    let _ = text::unescape_html(&html);
    let _ = text::decode_text(data);
}

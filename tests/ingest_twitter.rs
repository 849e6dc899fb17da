//! X/Twitter ingest: snapshots of every era, malformed archives, and the shared real samples.

use hindsight::engine::{ingest, Ingested, ScanConfig, Silent};
use hindsight::model::{AuthorRole, Kind};
use std::path::{Path, PathBuf};

fn read(path: &str) -> Ingested {
    ingest(&[PathBuf::from(path)], &ScanConfig::default(), &Silent)
}

#[test]
fn grailbird_2016_archive() {
    let got = read("fixtures/twitter/grailbird-2016");
    insta::assert_yaml_snapshot!("grailbird_records", got.records);
    // The CSV repeats the JS tweet; the engine keeps one copy.
    assert_eq!(got.coverage.totals.duplicates, 1);
    assert!(
        got.coverage.problems.is_empty(),
        "{:?}",
        got.coverage.problems
    );
}

#[test]
fn tweet_js_2020_archive() {
    let got = read("fixtures/twitter/tweet-js-2020");
    insta::assert_yaml_snapshot!("tweet_js_records", got.records);
    let kinds: Vec<Kind> = got.records.iter().map(|r| r.kind).collect();
    for k in [
        Kind::Post,
        Kind::Reply,
        Kind::Repost,
        Kind::Quote,
        Kind::Message,
        Kind::Profile,
    ] {
        assert!(kinds.contains(&k), "missing {k}");
    }
    let thread_reply = got
        .records
        .iter()
        .find(|r| r.native_id.as_deref() == Some("1200000000000000003"))
        .unwrap();
    assert_eq!(thread_reply.thread.as_deref(), Some("1200000000000000002"));
    assert_eq!(
        thread_reply
            .attributes
            .get("self_thread")
            .map(String::as_str),
        Some("true")
    );
    let photo = got
        .records
        .iter()
        .find(|r| r.native_id.as_deref() == Some("1200000000000000006"))
        .unwrap();
    assert_eq!(
        photo.media[0].path,
        "data/tweet_media/1200000000000000006-EKparkrun.jpg"
    );
    assert!(photo.location.as_ref().unwrap().coordinates.is_some());
    assert_eq!(
        photo.text, "Parkrun done! New PB 🏃‍♀️",
        "the media t.co link is removed"
    );
}

#[test]
fn tweets_js_2024_archive_with_parts_notes_and_dms() {
    let got = read("fixtures/twitter/tweets-js-2024");
    insta::assert_yaml_snapshot!("tweets_js_records", got.records);
    let long = got
        .records
        .iter()
        .find(|r| r.native_id.as_deref() == Some("1800000000000000001"))
        .unwrap();
    assert!(
        long.text.ends_with("3) Talk about muscle loss."),
        "long post merged from note-tweet.js"
    );
    assert!(
        got.records
            .iter()
            .any(|r| r.native_id.as_deref() == Some("1800000000000000003")),
        "split part read"
    );
    let group: Vec<_> = got
        .records
        .iter()
        .filter(|r| r.kind == Kind::GroupMessage)
        .collect();
    assert_eq!(group.len(), 2);
    assert!(group
        .iter()
        .all(|r| r.context.as_deref() == Some("GPST3 rota swaps")));
    assert!(group.iter().any(|r| r.author.role == AuthorRole::Owner));
    let skipped: Vec<_> = got
        .coverage
        .entries
        .iter()
        .filter(|e| e.role == "skipped")
        .map(|e| e.entry.as_str())
        .collect();
    assert_eq!(skipped, ["data/follower.js"]);
}

#[test]
fn malformed_archives_keep_what_they_can_and_say_what_they_could_not() {
    let got = read("fixtures/twitter/malformed");
    insta::assert_yaml_snapshot!("malformed_records", got.records);
    insta::assert_yaml_snapshot!("malformed_problems", got.coverage.problems);
    let texts: Vec<&str> = got.records.iter().map(|r| r.text.as_str()).collect();
    assert!(texts.contains(&"kept before the break"));
    assert!(texts.contains(&"manifest is broken but tweets still read"));
    assert!(!texts.contains(&"lost in truncation"));
    assert!(got.coverage.has_errors());
}

fn shared_formats() -> Option<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    [
        root.join("../shared/formats"),
        root.join("../../shared/formats"),
    ]
    .into_iter()
    .find(|p| p.is_dir())
}

/// Every real sample: loose files named `<owner>__<file>`, re-grouped per owner under their archive
/// names so each is read as the export it came from.
#[test]
fn shared_twitter_samples_conform() {
    let Some(formats) = shared_formats() else {
        eprintln!("skipping: ../shared/formats not present");
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(formats.join("twitter")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let (owner, file) = name.split_once("__").unwrap();
        let dir = tmp.path().join(owner).join("data");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::copy(&path, dir.join(file)).unwrap();
    }
    let mut counts = Vec::new();
    for owner in [
        "2022_andreruffert",
        "2024_alrocar",
        "2026_milahu",
        "dogsheep",
    ] {
        let got = ingest(&[tmp.path().join(owner)], &ScanConfig::default(), &Silent);
        assert!(
            !got.coverage.has_errors(),
            "{owner}: {:?}",
            got.coverage.problems
        );
        assert_eq!(got.coverage.totals.unrecognised, 0, "{owner}");
        let mut by_kind: Vec<(String, u64)> =
            got.coverage.totals.by_kind.clone().into_iter().collect();
        by_kind.sort();
        counts.push((owner, got.records.len(), by_kind));
        if owner == "2026_milahu" {
            // The owner is known from the manifest, so their own DMs are theirs.
            let dms: Vec<_> = got
                .records
                .iter()
                .filter(|r| r.kind == Kind::Message && !r.text.is_empty())
                .collect();
            assert!(dms.iter().any(|r| r.author.role == AuthorRole::Owner));
            assert!(dms.iter().any(|r| r.author.role == AuthorRole::Other));
            assert!(got.records.iter().all(|r| r.kind.is_message()
                || r.url
                    .as_deref()
                    .unwrap_or("")
                    .starts_with("https://x.com/milahu104/")));
        }
    }
    insta::assert_debug_snapshot!("shared_sample_counts", counts);
}

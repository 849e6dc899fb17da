//! WhatsApp and Telegram sources: snapshots of every header variant and export shape, malformed
//! inputs, owner inference, and a conformance pass over every shared sample file.

use hindsight::engine::{ingest, Ingested, ScanConfig, Silent};
use hindsight::ingest::{registry, Probe, Role};
use hindsight::input::{Entry, Level};
use hindsight::model::{AuthorRole, Kind, LocationSource, Platform, Record};
use std::path::{Path, PathBuf};

/// Ingest one path exactly as the CLI would (detection included). Paths are relative to the crate
/// root so snapshots do not depend on where the repository is checked out.
fn read(path: &str) -> Ingested {
    ingest(&[PathBuf::from(path)], &ScanConfig::default(), &Silent)
}

fn records_of(path: &str) -> Vec<Record> {
    let out = read(path);
    let errors: Vec<_> = out
        .coverage
        .problems
        .iter()
        .filter(|p| p.level == Level::Error)
        .collect();
    assert!(errors.is_empty(), "{path}: {errors:?}");
    out.records
}

fn sorted_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
}

fn role_of(out: &Ingested, entry: &str) -> Option<String> {
    out.coverage
        .entries
        .iter()
        .find(|e| e.entry == entry)
        .map(|e| e.role.clone())
}

// ---------------------------------------------------------------- WhatsApp

#[test]
fn whatsapp_every_header_variant() {
    for file in sorted_files(Path::new("fixtures/whatsapp/variants")) {
        let rel = format!(
            "fixtures/whatsapp/variants/{}",
            file.file_name().unwrap().to_string_lossy()
        );
        let records = records_of(&rel);
        assert!(!records.is_empty(), "{rel}: nothing read");
        for r in &records {
            let t = r
                .timestamp
                .unwrap_or_else(|| panic!("{rel}: no time in {r:?}"));
            assert!(t.local, "WhatsApp times are local wall-clock time");
        }
        let stem = file.file_stem().unwrap().to_string_lossy().to_string();
        insta::assert_yaml_snapshot!(format!("whatsapp_variant_{stem}"), records);
    }
}

#[test]
fn whatsapp_variants_agree_on_the_same_moment() {
    // Every variant's first message was written on 12 April 2023 (local), whatever the locale,
    // calendar or digits; the file that switches format and the ambiguous one are checked separately.
    for file in sorted_files(Path::new("fixtures/whatsapp/variants")) {
        let name = file.file_name().unwrap().to_string_lossy().to_string();
        if name.starts_with("switches") || name.starts_with("ambiguous") {
            continue;
        }
        let records = records_of(&format!("fixtures/whatsapp/variants/{name}"));
        let first = records.iter().filter_map(|r| r.timestamp).min().unwrap();
        assert_eq!(first.at.date().to_string(), "2023-04-12", "{name}");
    }
    let switched = records_of("fixtures/whatsapp/variants/switches_format.txt");
    let days: Vec<String> = switched
        .iter()
        .map(|r| r.timestamp.unwrap().at.date().to_string())
        .collect();
    assert_eq!(
        days,
        ["2023-06-30", "2023-07-01", "2023-07-02", "2023-07-15"]
    );
    let ambiguous = records_of("fixtures/whatsapp/variants/ambiguous_monotonic.txt");
    let days: Vec<String> = ambiguous
        .iter()
        .map(|r| r.timestamp.unwrap().at.date().to_string())
        .collect();
    assert_eq!(
        days,
        ["2023-02-01", "2023-02-05", "2023-02-11", "2023-03-02"]
    );
}

#[test]
fn whatsapp_android_one_to_one_chat() {
    let records = records_of("fixtures/whatsapp/WhatsApp Chat with Sam Patel.txt");
    insta::assert_yaml_snapshot!("whatsapp_android_one_to_one", records);
    // The file names Sam, so the other author is the owner; no system line became a record.
    assert!(records.iter().all(|r| r.kind == Kind::Message));
    for r in &records {
        let expected = if r.author.name.as_deref() == Some("Dr Alex Morgan") {
            AuthorRole::Owner
        } else {
            AuthorRole::Other
        };
        assert_eq!(r.author.role, expected, "{r:?}");
        assert_eq!(r.thread.as_deref(), Some("Sam Patel"));
    }
    let pin = records
        .iter()
        .find(|r| r.attributes.get("location_share").map(String::as_str) == Some("pin"))
        .unwrap();
    let loc = pin.location.as_ref().unwrap();
    assert_eq!(loc.source, LocationSource::Text);
    assert!((loc.coordinates.unwrap().lat - 53.80075).abs() < 1e-9);
    let multi = records
        .iter()
        .find(|r| r.text.starts_with("Yes! Running club"))
        .unwrap();
    assert_eq!(
        multi.text.lines().count(),
        4,
        "continuation lines belong to the message"
    );
}

#[test]
fn whatsapp_ios_group_zip() {
    let records = records_of("fixtures/whatsapp/WhatsApp Chat - Ward 7 Juniors.zip");
    insta::assert_yaml_snapshot!("whatsapp_ios_group_zip", records);
    assert!(records
        .iter()
        .all(|r| r.kind == Kind::GroupMessage && r.context.as_deref() == Some("Ward 7 Juniors")));
    // The attachment is resolved to the file inside the zip.
    let photo = records.iter().find(|r| !r.media.is_empty()).unwrap();
    assert_eq!(
        photo.media[0].path,
        "00000007-PHOTO-2023-04-03-09-02-44.jpg"
    );
    // Two identical "ok" messages in the same minute are two records, not one.
    assert_eq!(records.iter().filter(|r| r.text == "ok").count(), 2);
}

#[test]
fn whatsapp_owner_is_found_across_chats() {
    let out = read("fixtures/whatsapp/multi");
    assert_eq!(out.records.len(), 5);
    for r in &out.records {
        let expected = if r.author.name.as_deref() == Some("Dr Alex Morgan") {
            AuthorRole::Owner
        } else {
            AuthorRole::Other
        };
        assert_eq!(r.author.role, expected, "{r:?}");
    }
    // Alone, neither chat says who exported it.
    let alone = records_of("fixtures/whatsapp/multi/chat_two.txt");
    assert!(alone.iter().all(|r| r.author.role == AuthorRole::Unknown));
    assert!(alone.iter().all(|r| r.kind == Kind::GroupMessage));
}

#[test]
fn whatsapp_malformed_inputs() {
    let out = read("fixtures/whatsapp/malformed");
    for not_chat in [
        "empty.txt",
        "random.bin.txt",
        "server.log",
        "appointments.txt",
        "diary.txt",
    ] {
        assert_eq!(
            role_of(&out, not_chat).as_deref(),
            Some("unrecognised"),
            "{not_chat} must not be claimed"
        );
    }
    let count = |entry: &str| {
        out.records
            .iter()
            .filter(|r| r.source.entry == entry)
            .count()
    };
    // An impossible date keeps the message, without a time, and says so.
    assert_eq!(count("impossible_date.txt"), 3);
    assert!(out
        .records
        .iter()
        .any(|r| r.source.entry == "impossible_date.txt" && r.timestamp.is_none()));
    assert!(out.coverage.problems.iter().any(|p| {
        p.entry.as_deref() == Some("impossible_date.txt") && p.message.contains("impossible date")
    }));
    // A preamble before the chat is skipped and counted.
    assert_eq!(count("preamble_then_chat.txt"), 3);
    let preamble = out
        .coverage
        .entries
        .iter()
        .find(|e| e.entry == "preamble_then_chat.txt")
        .unwrap();
    assert_eq!(preamble.unparsed, 1);
    // A cut-off last line and bytes that are not UTF-8 lose nothing else.
    assert_eq!(count("truncated.txt"), 2);
    assert_eq!(count("invalid_utf8.txt"), 2);
    assert!(!out.coverage.has_errors());
}

#[test]
fn whatsapp_detection_is_by_content() {
    let sources = registry();
    let wa = sources.iter().find(|s| s.name() == "whatsapp").unwrap();
    let probe = |name: &str, body: &str| {
        let e = Entry::from_bytes("in", name, body.as_bytes().to_vec());
        let lower = name.to_lowercase();
        let claim = wa.detect(&Probe {
            entry: &e,
            path: &lower,
            name: &lower,
            head: body.as_bytes(),
        });
        claim.confidence
    };
    let chat = "[3/27/22, 21:41:35] Dr A: hi\n[3/27/22, 21:42:00] Pat: hello\n[3/27/22, 21:43:00] Dr A: bye\n";
    assert!(
        probe("anything.txt", chat) >= 80,
        "arbitrary names are fine"
    );
    assert!(probe("_chat.txt", chat) > probe("anything.txt", chat));
    assert_eq!(
        probe("chat.json", chat),
        0,
        "structured formats belong to others"
    );
    assert_eq!(
        probe("notes.txt", "Meeting notes\n\nAgenda:\n1. budget\n"),
        0
    );
    assert_eq!(
        probe(
            "data.txt",
            "id,date,time\n1,2022-03-27,21:41\n2,2022-03-28,10:00\n"
        ),
        0
    );
}

// ---------------------------------------------------------------- Telegram

#[test]
fn telegram_full_export() {
    let records = records_of("fixtures/telegram/full");
    insta::assert_yaml_snapshot!("telegram_full_export", records);
    let by_id = |id: &str| records.iter().find(|r| r.id == id).unwrap();
    let profile = by_id("telegram:profile:5550001");
    assert_eq!(
        (profile.kind, profile.author.role),
        (Kind::Profile, AuthorRole::Owner)
    );
    let reply = by_id("telegram:5550002:3");
    assert_eq!(reply.reply_to.as_deref(), Some("5550002:2"));
    assert_eq!(reply.links, ["https://www.nhs.uk/conditions/"]);
    assert!(reply.attributes.contains_key("edited"));
    let photo = by_id("telegram:5550002:4");
    assert_eq!(
        photo.media[0].path, "chats/chat_001/photos/photo_1@12-04-2023_09-25-00.jpg",
        "media paths resolve to the file in the export"
    );
    let venue = by_id("telegram:5550002:5");
    let loc = venue.location.as_ref().unwrap();
    assert_eq!(loc.source, LocationSource::Coordinates);
    assert_eq!(
        loc.name.as_deref(),
        Some("Leeds General Infirmary, Great George Street, Leeds")
    );
    assert!(by_id("telegram:5550002:7").text.contains("+44 7700 900003"));
    assert_eq!(by_id("telegram:5550200:2").kind, Kind::Post);
    let repost = by_id("telegram:5550200:3");
    assert_eq!(
        (repost.kind, repost.author.role),
        (Kind::Repost, AuthorRole::Owner)
    );
    assert_eq!(by_id("telegram:5550001:1").author.role, AuthorRole::Owner);
    assert_eq!(
        by_id("telegram:5550300:1")
            .attributes
            .get("left_chat")
            .map(String::as_str),
        Some("true")
    );
    // Service messages (phone call, group and channel creation) are not records.
    assert!(records
        .iter()
        .all(|r| r.id != "telegram:5550002:1" && r.id != "telegram:5550100:10"));
}

#[test]
fn telegram_single_chat_export() {
    let records = records_of("fixtures/telegram/single_chat");
    insta::assert_yaml_snapshot!("telegram_single_chat", records);
    assert_eq!(records.len(), 3);
    for r in &records {
        assert!(r.timestamp.unwrap().local, "no date_unixtime: local time");
        let expected = if r.author.name.as_deref() == Some("Jo Reed") {
            AuthorRole::Other
        } else {
            AuthorRole::Owner
        };
        assert_eq!(r.author.role, expected);
    }
}

#[test]
fn telegram_malformed_inputs() {
    // Truncated: everything before the break is kept, and the break is an error with the path.
    let out = read("fixtures/telegram/malformed/truncated");
    let ids: Vec<&str> = out.records.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "telegram:profile:5550001",
            "telegram:5550002:2",
            "telegram:5550002:3"
        ]
    );
    let err = out
        .coverage
        .problems
        .iter()
        .find(|p| p.level == Level::Error)
        .unwrap();
    assert_eq!(err.entry.as_deref(), Some("result.json"));
    assert!(err.message.contains("breaks"));

    // Wrong types: each odd part is counted and skipped; the good message survives.
    let out = read("fixtures/telegram/malformed/wrong_types");
    assert_eq!(out.records.len(), 1);
    assert_eq!(out.records[0].text, "kept");
    assert_eq!(out.coverage.entries[0].unparsed, 5);
    assert!(!out.coverage.has_errors());

    for dir in ["empty", "top_level_array"] {
        let out = read(&format!("fixtures/telegram/malformed/{dir}"));
        assert!(out.records.is_empty());
        assert_eq!(
            role_of(&out, "result.json").as_deref(),
            Some("unrecognised"),
            "{dir}"
        );
    }
}

#[test]
fn telegram_html_export_is_reported_as_skipped() {
    let out = read("fixtures/telegram/html_export");
    let row = &out.coverage.entries[0];
    assert_eq!(
        (row.source.as_deref(), row.role.as_str()),
        (Some("telegram"), "skipped")
    );
    assert!(row.reason.as_deref().unwrap().contains("JSON"));
}

#[test]
fn telegram_detection_leaves_other_json_alone() {
    let sources = registry();
    let tg = sources.iter().find(|s| s.name() == "telegram").unwrap();
    let claim = |body: &str| {
        let e = Entry::from_bytes("in", "message_1.json", body.as_bytes().to_vec());
        tg.detect(&Probe {
            entry: &e,
            path: "message_1.json",
            name: "message_1.json",
            head: body.as_bytes(),
        })
    };
    let messenger = r#"{"participants":[{"name":"A"}],"messages":[{"sender_name":"A","timestamp_ms":1,"type":"Generic"}],"title":"A","thread_type":"Regular"}"#;
    assert!(!claim(messenger).is_mine());
    let single = r#"{"name":"A","type":"personal_chat","id":1,"messages":[]}"#;
    assert_eq!(claim(single).role, Role::Records);
    let no_account = r#"{"about":"Here is the data you requested. Remember: Telegram is ad free","contacts":{"list":[]}}"#;
    assert!(claim(no_account).is_mine());
    let other = r#"{"about":"Telegram is a messenger","links":[]}"#;
    assert!(!claim(other).is_mine());
}

// ---------------------------------------------------------------- shared samples

/// `../shared/formats` from the crate root, or one level further up (worktrees); `None` when absent.
fn shared_formats() -> Option<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    [
        root.join("../shared/formats"),
        root.join("../../shared/formats"),
    ]
    .into_iter()
    .find(|p| p.is_dir())
}

/// Messages read from each WhatsApp sample, with the first and last local time.
const WHATSAPP_SAMPLES: &[(&str, usize, &str, &str)] = &[
    (
        "chm__WhatsApp_Chat_with_+123_45_6789.txt",
        10,
        "2023-06-30T16:14:00",
        "2023-06-30T16:15:00",
    ),
    (
        "timelinize___chat.txt",
        17,
        "2020-01-01T12:00:13",
        "2025-07-01T12:00:19",
    ),
    (
        "whats_json__arabic2_ios.txt",
        22,
        "2022-03-27T21:41:35",
        "2022-03-27T21:56:45",
    ),
    (
        "whats_json__arabic_ios.txt",
        22,
        "2022-03-27T21:41:35",
        "2022-03-27T21:56:45",
    ),
    (
        "whats_json__calendar_Buddhist_iOS.txt",
        25,
        "2022-03-27T21:41:35",
        "2023-01-12T15:35:15",
    ),
    (
        "whats_json__calendar_Gregorian_iOS.txt",
        22,
        "2022-03-27T21:41:35",
        "2022-03-27T21:56:45",
    ),
    (
        "whats_json__calendar_Japanese_iOS.txt",
        25,
        "2022-03-27T21:41:35",
        "2023-01-12T15:35:15",
    ),
    (
        "whats_json__czech_android.txt",
        59,
        "2022-03-18T14:56:00",
        "2023-01-07T23:32:00",
    ),
    (
        "whats_json__czech_ios.txt",
        22,
        "2022-03-27T21:41:35",
        "2022-03-27T21:56:45",
    ),
    (
        "whats_json__deutch_android_media.txt",
        40,
        "2022-03-18T14:56:00",
        "2023-01-07T23:32:00",
    ),
    (
        "whats_json__deutch_ios.txt",
        22,
        "2022-03-27T21:41:35",
        "2022-03-27T21:56:45",
    ),
    (
        "whats_json__english_android.txt",
        59,
        "2022-03-18T14:56:00",
        "2023-01-07T23:32:00",
    ),
    (
        "whats_json__english_android_media.txt",
        59,
        "2022-03-18T14:56:00",
        "2023-01-07T23:32:00",
    ),
    (
        "whats_json__english_ios.txt",
        22,
        "2022-03-27T21:41:35",
        "2022-03-27T21:56:45",
    ),
    (
        "whats_json__english_ios_media.txt",
        22,
        "2022-03-27T21:41:35",
        "2022-03-27T21:56:45",
    ),
    (
        "whats_json__french_ios.txt",
        22,
        "2022-03-27T21:41:35",
        "2022-03-27T21:56:45",
    ),
    (
        "whats_json__hindi_ios.txt",
        22,
        "2022-03-27T21:41:35",
        "2022-03-27T21:56:45",
    ),
    (
        "whats_json__indonesian_ios.txt",
        22,
        "2022-03-27T21:41:35",
        "2022-03-27T21:56:45",
    ),
    (
        "whats_json__italian_ios.txt",
        22,
        "2022-03-27T21:41:35",
        "2022-03-27T21:56:45",
    ),
    (
        "whats_json__japanese_ios.txt",
        22,
        "2022-03-27T21:41:35",
        "2022-03-27T21:56:45",
    ),
    (
        "whats_json__portugal_ios.txt",
        22,
        "2022-03-27T21:41:35",
        "2022-03-27T21:56:45",
    ),
    (
        "whats_json__russian_android.txt",
        59,
        "2022-03-18T14:56:00",
        "2023-01-07T23:32:00",
    ),
    (
        "whats_json__russian_ios.txt",
        22,
        "2022-03-27T21:41:35",
        "2022-03-27T21:56:45",
    ),
    (
        "whats_json__spanish_ios.txt",
        22,
        "2022-03-27T21:41:35",
        "2022-03-27T21:56:45",
    ),
    (
        "whats_json__thai_ios.txt",
        22,
        "2022-03-27T21:41:35",
        "2022-03-27T21:56:45",
    ),
    (
        "whats_json__ukrainian_ios.txt",
        22,
        "2022-03-27T21:41:35",
        "2022-03-27T21:56:45",
    ),
    (
        "whats_json__vietnamese_ios.txt",
        22,
        "2022-03-27T21:41:35",
        "2022-03-27T21:56:46",
    ),
    (
        "whatstk__lorem_head60.txt",
        60,
        "2020-01-15T02:22:56",
        "2020-02-05T21:01:46",
    ),
    (
        "whatstk__pokemon.txt",
        18,
        "2016-08-06T13:23:00",
        "2016-10-31T12:23:00",
    ),
];

/// Messages (not counting the owner's profile) read from each Telegram sample.
const TELEGRAM_SAMPLES: &[(&str, usize)] = &[
    ("chm__telegram_2020-01__result.json", 42),
    ("chm__telegram_2021-05__result.json", 1),
    ("chm__telegram_2021-06_supergroup__result.json", 3),
    ("chm__telegram_2021-07__result.json", 0),
    ("chm__telegram_2023-01__result.json", 1),
    ("chm__telegram_2023-08__result.json", 1),
    ("chm__telegram_2023-10_audio-video__result.json", 4),
    ("chm__telegram_2023-11__result.json", 1),
    ("chm__telegram_2024-01__result.json", 1),
    ("chm__telegram_2024-01_inline-bot-buttons__result.json", 5),
    (
        "chm__telegram_2024-02_create-channel_saved-from__result.json",
        1,
    ),
];

/// Read one sample on its own and check it was claimed by `source` with nothing left unparsed.
fn read_sample(path: &Path, source: &str) -> Vec<Record> {
    let out = ingest(&[path.to_path_buf()], &ScanConfig::default(), &Silent);
    let row = &out.coverage.entries[0];
    assert_eq!(row.source.as_deref(), Some(source), "{}", path.display());
    assert_eq!(row.role, "records", "{}", path.display());
    assert_eq!(
        row.unparsed,
        0,
        "{}: {:?}",
        path.display(),
        out.coverage.problems
    );
    assert!(
        out.coverage.problems.is_empty(),
        "{:?}",
        out.coverage.problems
    );
    out.records
}

#[test]
fn conformance_every_whatsapp_sample() {
    let Some(formats) = shared_formats() else {
        eprintln!("shared/formats not found; skipping the WhatsApp sample conformance test");
        return;
    };
    let files = sorted_files(&formats.join("whatsapp"));
    assert_eq!(
        files.len(),
        WHATSAPP_SAMPLES.len(),
        "a sample was added or removed"
    );
    for file in files {
        let name = file.file_name().unwrap().to_string_lossy().to_string();
        let &(_, count, first, last) = WHATSAPP_SAMPLES
            .iter()
            .find(|(n, ..)| *n == name)
            .unwrap_or_else(|| panic!("no expected count for {name}"));
        let records = read_sample(&file, "whatsapp");
        assert_eq!(records.len(), count, "{name}");
        assert!(records
            .iter()
            .all(|r| r.platform == Platform::Whatsapp && r.kind.is_message()));
        let times: Vec<String> = records
            .iter()
            .map(|r| {
                r.timestamp
                    .expect("every sample message has a time")
                    .to_canonical()
            })
            .collect();
        assert_eq!(times.iter().min().unwrap(), first, "{name}");
        assert_eq!(times.iter().max().unwrap(), last, "{name}");
    }
}

#[test]
fn conformance_every_telegram_sample() {
    let Some(formats) = shared_formats() else {
        eprintln!("shared/formats not found; skipping the Telegram sample conformance test");
        return;
    };
    let files = sorted_files(&formats.join("telegram"));
    assert_eq!(
        files.len(),
        TELEGRAM_SAMPLES.len(),
        "a sample was added or removed"
    );
    for file in files {
        let name = file.file_name().unwrap().to_string_lossy().to_string();
        let &(_, count) = TELEGRAM_SAMPLES
            .iter()
            .find(|(n, _)| *n == name)
            .unwrap_or_else(|| panic!("no expected count for {name}"));
        let records = read_sample(&file, "telegram");
        let messages = records.iter().filter(|r| r.kind != Kind::Profile).count();
        assert_eq!(messages, count, "{name}");
        assert!(records
            .iter()
            .all(|r| r.timestamp.is_some() || r.kind == Kind::Profile));
    }
}

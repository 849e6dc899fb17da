//! Facebook, Messenger, Instagram and Threads ingestion: snapshots of the records each layout/era
//! produces from the synthetic fixtures, malformed inputs, EXIF read from photo files, and a
//! conformance pass over the real samples in `../shared/formats` (skipped when absent).

use hindsight::engine::{self, Ingested, ScanConfig, Silent};
use hindsight::input::Level;
use hindsight::model::{Audience, AuthorRole, Kind, LocationSource, Platform, Record};
use std::collections::BTreeMap;
use std::io::{Cursor, Write};
use std::path::{Path, PathBuf};

fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(rel)
}

fn ingest(paths: &[PathBuf]) -> Ingested {
    let config = ScanConfig {
        jobs: Some(1),
        ..ScanConfig::default()
    };
    engine::ingest(paths, &config, &Silent)
}

/// Records as JSON, with the machine-specific input path replaced, for snapshots.
fn snapshot_view(records: &[Record]) -> Vec<serde_json::Value> {
    records
        .iter()
        .map(|r| {
            let mut v = serde_json::to_value(r).expect("records serialise");
            v["source"]["input"] = serde_json::Value::String("<fixture>".into());
            v
        })
        .collect()
}

fn errors(i: &Ingested) -> Vec<String> {
    i.coverage
        .problems
        .iter()
        .filter(|p| p.level == Level::Error)
        .map(|p| p.to_string())
        .collect()
}

fn texts(i: &Ingested) -> Vec<&str> {
    i.records.iter().map(|r| r.text.as_str()).collect()
}

fn by_text<'a>(i: &'a Ingested, text: &str) -> &'a Record {
    i.records
        .iter()
        .find(|r| r.text == text)
        .unwrap_or_else(|| panic!("no record with text {text:?}; have {:?}", texts(i)))
}

#[test]
fn facebook_2022_layout() {
    let got = ingest(&[fixture("facebook/2022")]);
    assert_eq!(errors(&got), Vec::<String>::new());
    // The photo in album/1.json that a post already carried is not repeated.
    let beach: Vec<_> = got
        .records
        .iter()
        .filter(|r| r.media.iter().any(|m| m.path.ends_with("beach_1.jpg")))
        .collect();
    assert_eq!(beach.len(), 1);
    // Skipped files show in coverage with a reason.
    let reasons: BTreeMap<&str, &str> = got
        .coverage
        .entries
        .iter()
        .filter_map(|e| Some((e.entry.as_str(), e.reason.as_deref()?)))
        .collect();
    assert_eq!(
        reasons.get("comments_and_reactions/posts_and_comments.json"),
        Some(&"likes and reactions: no text of your own")
    );
    assert_eq!(
        reasons.get("polls/polls_you_voted_on.json"),
        Some(&"poll votes: no text of your own")
    );
    insta::assert_yaml_snapshot!("facebook_2022", snapshot_view(&got.records));
}

#[test]
fn facebook_2022_semantics() {
    let got = ingest(&[fixture("facebook/2022")]);
    let checkin = by_text(&got, "First day as a registrar!");
    assert_eq!(checkin.kind, Kind::Checkin);
    let loc = checkin.location.as_ref().expect("place");
    assert_eq!(loc.source, LocationSource::Place);
    assert_eq!(loc.name.as_deref(), Some("Harrowgate General Hospital"));
    assert!(loc.coordinates.is_some());
    assert_eq!(checkin.native_id, None);
    assert!(checkin.id.starts_with("facebook:h:"));

    let walk = by_text(&got, "Sunday walk with Mo");
    assert_eq!(walk.mentions, vec!["Mo Lindqvist"]);
    assert_eq!(walk.location.as_ref().unwrap().source, LocationSource::Exif);

    let group = by_text(&got, "Does anyone have the updated bronchiolitis pathway?");
    assert_eq!(group.audience, Audience::Group);
    assert_eq!(group.context.as_deref(), Some("Harrowgate Junior Doctors"));

    // Messenger: owner from the profile, 1:1 vs group, split parts share a thread id.
    let mine = by_text(&got, "See you at handover 😊");
    assert_eq!(mine.author.role, AuthorRole::Owner);
    assert_eq!(mine.kind, Kind::Message);
    assert_eq!(mine.audience, Audience::Private);
    let older = by_text(&got, "Welcome to Harrowgate!");
    assert_eq!(older.author.role, AuthorRole::Other);
    assert_eq!(older.thread, mine.thread);
    let crew = by_text(&got, "Who is covering Saturday?");
    assert_eq!(crew.kind, Kind::GroupMessage);
    assert_eq!(crew.audience, Audience::Group);
    let request = by_text(&got, "Hi doctor, can I ask you about my test results?");
    assert_eq!(
        request.attributes.get("folder").map(String::as_str),
        Some("message_requests")
    );
    // Calls, join notices and sticker-only messages are not records.
    assert!(!texts(&got).iter().any(|t| t.contains("called you")));
    assert!(!texts(&got).iter().any(|t| t.contains("added Priya")));

    let profile = got
        .records
        .iter()
        .find(|r| r.kind == Kind::Profile)
        .unwrap();
    assert_eq!(profile.author.name.as_deref(), Some("Zoë Okafor-Lindqvist"));
    assert!(profile
        .text
        .contains("Works as Specialty Registrar in Paediatrics at Harrowgate General Hospital"));
}

#[test]
fn facebook_2023_layout() {
    let got = ingest(&[fixture("facebook/2023")]);
    assert_eq!(errors(&got), Vec::<String>::new());
    insta::assert_yaml_snapshot!("facebook_2023", snapshot_view(&got.records));
}

#[test]
fn facebook_2024_layout() {
    let got = ingest(&[fixture("facebook/2024")]);
    assert_eq!(errors(&got), Vec::<String>::new());
    let cafe = by_text(&got, "Finally tried the new café");
    assert_eq!(cafe.kind, Kind::Checkin);
    assert_eq!(
        cafe.location.as_ref().and_then(|l| l.name.as_deref()),
        Some("Bean There Café")
    );
    insta::assert_yaml_snapshot!("facebook_2024", snapshot_view(&got.records));
}

#[test]
fn facebook_html_export_is_one_clear_problem_and_read_strictly() {
    let got = ingest(&[fixture("facebook/html")]);
    let problems: Vec<_> = got
        .coverage
        .problems
        .iter()
        .filter(|p| p.message.contains("HTML export"))
        .collect();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].level, Level::Warning);
    assert!(problems[0]
        .hint
        .as_deref()
        .unwrap()
        .contains("request the JSON format from Download Your Information"));
    // Message, post and comment text is read; the owner is the one sender common to all threads.
    let mine = by_text(&got, "See you at handover 😊");
    assert_eq!(mine.author.role, AuthorRole::Owner);
    assert_eq!(mine.kind, Kind::Message);
    assert_eq!(
        mine.timestamp.map(|t| t.to_canonical()).as_deref(),
        Some("2020-09-13T14:50:00"),
        "display times are local"
    );
    let french = by_text(&got, "Happy birthday!");
    assert_eq!(
        french.author.name.as_deref(),
        Some("Zoë Okafor-Lindqvist"),
        "no profile: the one person in every thread is the owner"
    );
    assert_eq!(french.timestamp, None);
    assert_eq!(
        french.attributes.get("time_text").map(String::as_str),
        Some("13 sept. 2020 14:40")
    );
    insta::assert_yaml_snapshot!("facebook_html", snapshot_view(&got.records));

    // A page with no readable items: the same single problem, as an error.
    let dir = tempfile::tempdir().unwrap();
    let profile = "personal_information/profile_information/profile_information.html";
    write_file(
        dir.path(),
        profile,
        &std::fs::read(fixture("facebook/html").join(profile)).unwrap(),
    );
    let got = ingest(&[dir.path().to_path_buf()]);
    assert!(got.records.is_empty());
    assert_eq!(errors(&got).len(), 1, "{:?}", got.coverage.problems);
    assert!(errors(&got)[0].contains("nothing could be read"));
}

#[test]
fn instagram_2019_layout() {
    let got = ingest(&[fixture("instagram/2019")]);
    assert_eq!(errors(&got), Vec::<String>::new());
    let mine = by_text(&got, "Yes, Saturday 😩");
    assert_eq!(mine.author.role, AuthorRole::Owner);
    insta::assert_yaml_snapshot!("instagram_2019", snapshot_view(&got.records));
}

#[test]
fn instagram_2022_layout() {
    let got = ingest(&[fixture("instagram/2022")]);
    assert_eq!(errors(&got), Vec::<String>::new());
    // Carousel: the post's title is the caption; the private account makes it followers-only.
    let carousel = by_text(&got, "Holiday carousel ☀️");
    assert_eq!(carousel.media.len(), 2);
    assert_eq!(carousel.audience, Audience::Followers);
    let garden = by_text(&got, "Spring in the hospital garden 🌸 #nhs @priya.s");
    assert!(garden.media[0].gps.is_some());
    assert_eq!(garden.hashtags, vec!["nhs"]);
    assert_eq!(garden.mentions, vec!["priya.s"]);
    // Reactions sent as messages are not records; attachment boilerplate is not text.
    assert!(!texts(&got).iter().any(|t| t.starts_with("Reacted")));
    assert!(!texts(&got).contains(&"You sent an attachment."));
    insta::assert_yaml_snapshot!("instagram_2022", snapshot_view(&got.records));
}

#[test]
fn instagram_2024_layout_with_threads() {
    let got = ingest(&[fixture("instagram/2024")]);
    assert_eq!(errors(&got), Vec::<String>::new());
    let threads: Vec<_> = got
        .records
        .iter()
        .filter(|r| r.platform == Platform::Threads)
        .collect();
    assert_eq!(threads.len(), 3);
    assert_eq!(
        by_text(&got, "@sam.reed agreed, see the NICE guidance").kind,
        Kind::Reply
    );
    // A comment whose labels are not English is still read by position.
    let german = by_text(&got, "Herzlichen Glückwunsch!");
    assert_eq!(german.kind, Kind::Comment);
    assert_eq!(german.context.as_deref(), Some("@sam.reed"));
    insta::assert_yaml_snapshot!("instagram_2024", snapshot_view(&got.records));
}

#[test]
fn instagram_2025_layout() {
    let got = ingest(&[fixture("instagram/2025")]);
    assert_eq!(errors(&got), Vec::<String>::new());
    let conf = by_text(&got, "Conference week in London");
    assert_eq!(conf.media.len(), 2);
    assert_eq!(
        conf.location.as_ref().map(|l| l.source),
        Some(LocationSource::Exif)
    );
    insta::assert_yaml_snapshot!("instagram_2025", snapshot_view(&got.records));
}

#[test]
fn malformed_files_keep_what_they_can_and_say_why() {
    let fb = ingest(&[fixture("facebook/malformed")]);
    assert!(texts(&fb).contains(&"Kept before the break"));
    assert!(texts(&fb).contains(&"Also kept"));
    assert!(texts(&fb).contains(&"Numbers as strings still read"));
    let errs = errors(&fb);
    assert!(
        errs.iter()
            .any(|e| e.contains("your_posts_1.json") && e.contains("the 2 items before the break")),
        "{errs:?}"
    );
    assert!(
        errs.iter()
            .any(|e| e.contains("emptythread_00/message_1.json") && e.contains("empty")),
        "{errs:?}"
    );
    let unparsed: BTreeMap<&str, u64> = fb
        .coverage
        .entries
        .iter()
        .map(|e| (e.entry.as_str(), e.unparsed))
        .collect();
    assert_eq!(
        unparsed.get("comments_and_reactions/comments.json"),
        Some(&3)
    );
    assert_eq!(unparsed.get("posts/album/2.json"), Some(&2));
    assert_eq!(
        unparsed.get("profile_information/profile_information.json"),
        Some(&1)
    );

    let ig = ingest(&[fixture("instagram/malformed")]);
    let mut ig_texts = texts(&ig);
    ig_texts.sort();
    assert_eq!(ig_texts, vec!["Kept before the break", "This one is fine"]);
    let errs = errors(&ig);
    assert_eq!(errs.len(), 2, "{errs:?}");
    assert!(errs.iter().any(|e| e.contains("stories.json")));
    assert!(errs.iter().any(|e| e.contains("posts_1.json")));
}

/// A minimal JPEG (SOI, APP1 Exif, EOI) with GPS and a capture time.
fn jpeg_with_gps(lat: f64, lon: f64, taken: &str) -> Vec<u8> {
    use exif::experimental::Writer;
    use exif::{Field, In, Rational, Tag, Value};
    fn dms(v: f64) -> Vec<Rational> {
        let v = v.abs();
        let d = v.trunc();
        let m = ((v - d) * 60.0).trunc();
        let s = ((v - d) * 60.0 - m) * 60.0;
        vec![
            Rational::from((d as u32, 1)),
            Rational::from((m as u32, 1)),
            Rational::from(((s * 1000.0).round() as u32, 1000)),
        ]
    }
    let ascii = |s: &str| Value::Ascii(vec![s.as_bytes().to_vec()]);
    let fields = [
        (
            Tag::GPSLatitudeRef,
            ascii(if lat < 0.0 { "S" } else { "N" }),
        ),
        (Tag::GPSLatitude, Value::Rational(dms(lat))),
        (
            Tag::GPSLongitudeRef,
            ascii(if lon < 0.0 { "W" } else { "E" }),
        ),
        (Tag::GPSLongitude, Value::Rational(dms(lon))),
        (Tag::DateTimeOriginal, ascii(taken)),
    ]
    .map(|(tag, value)| Field {
        tag,
        ifd_num: In::PRIMARY,
        value,
    });
    let mut w = Writer::new();
    for f in &fields {
        w.push_field(f);
    }
    let mut tiff = Cursor::new(Vec::new());
    w.write(&mut tiff, false).unwrap();
    let tiff = tiff.into_inner();
    let mut out = vec![0xFF, 0xD8, 0xFF, 0xE1];
    out.extend_from_slice(&((tiff.len() + 8) as u16).to_be_bytes());
    out.extend_from_slice(b"Exif\0\0");
    out.extend_from_slice(&tiff);
    out.extend_from_slice(&[0xFF, 0xD9]);
    out
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

fn write_file(root: &Path, rel: &str, bytes: &[u8]) {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, bytes).unwrap();
}

#[test]
fn photo_files_fill_missing_exif_and_json_wins() {
    let dir = tempfile::tempdir().unwrap();
    let fb = dir.path().join("facebook-zoe");
    std::fs::create_dir_all(&fb).unwrap();
    copy_dir(&fixture("facebook/2022"), &fb);
    // No GPS in the JSON: the file's EXIF fills it.
    write_file(
        &fb,
        "posts/media/TimelinePhotos_Ab12/garden_2.jpg",
        &jpeg_with_gps(53.9712, -1.5123, "2020:09:12 16:00:00"),
    );
    // GPS in the JSON: the JSON wins over the file.
    write_file(
        &fb,
        "posts/media/TimelinePhotos_Ab12/beach_1.jpg",
        &jpeg_with_gps(10.0, 10.0, "2001:01:01 00:00:00"),
    );
    // Messenger photo, folder casing differs from the JSON's uri.
    write_file(
        &fb,
        "messages/inbox/priyashah_ab12cd34/photos/cake_9.jpg",
        &jpeg_with_gps(53.95, -1.50, "2020:09:13 13:00:00"),
    );
    // Late-2023 export whose JSON doubles the media folder prefix.
    let fb23 = dir.path().join("facebook-zoe-2023");
    std::fs::create_dir_all(&fb23).unwrap();
    copy_dir(&fixture("facebook/2023"), &fb23);
    write_file(
        &fb23,
        "your_activity_across_facebook/posts/media/Mobile_1/snow_6.jpg",
        &jpeg_with_gps(-33.8688, 151.2093, "2021:12:19 09:00:00"),
    );

    let got = ingest(&[fb, fb23]);
    assert_eq!(errors(&got), Vec::<String>::new());
    let media_of = |suffix: &str| {
        got.records
            .iter()
            .find(|r| r.media.iter().any(|m| m.path.ends_with(suffix)))
            .unwrap_or_else(|| panic!("no record with {suffix}"))
    };
    let garden = media_of("garden_2.jpg");
    let gps = garden.media[0].gps.expect("gps from the file");
    assert!((gps.lat - 53.9712).abs() < 1e-4 && (gps.lon + 1.5123).abs() < 1e-4);
    assert_eq!(
        garden.media[0]
            .taken_at
            .map(|t| t.to_canonical())
            .as_deref(),
        Some("2020-09-12T16:00:00")
    );
    assert_eq!(
        garden.location.as_ref().map(|l| l.source),
        Some(LocationSource::Exif)
    );

    let beach = media_of("beach_1.jpg");
    let gps = beach.media[0].gps.unwrap();
    assert!((gps.lat - 53.9921).abs() < 1e-6, "JSON EXIF wins: {gps:?}");

    let cake = media_of("cake_9.jpg");
    assert_eq!(cake.kind, Kind::Message);
    assert!(cake.media[0].gps.is_some());
    assert_eq!(
        cake.location.as_ref().map(|l| l.source),
        Some(LocationSource::Exif)
    );

    let snow = media_of("snow_6.jpg");
    assert!(snow.media[0].gps.unwrap().lat < 0.0);
}

/// Zip the files under `root` whose relative path satisfies `keep`.
fn zip_tree(root: &Path, keep: impl Fn(&str) -> bool) -> Vec<u8> {
    let mut files = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                files.push(p);
            }
        }
    }
    files.sort();
    let mut buf = Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default();
        for p in files {
            let rel = p
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            if keep(&rel) {
                zip.start_file(rel, opts).unwrap();
                zip.write_all(&std::fs::read(&p).unwrap()).unwrap();
            }
        }
        zip.finish().unwrap();
    }
    buf.into_inner()
}

#[test]
fn zipped_export_in_a_folder_groups_by_export_root() {
    let dir = tempfile::tempdir().unwrap();
    let root = fixture("facebook/2024");
    std::fs::write(
        dir.path().join("facebook-zoe-2024.zip"),
        zip_tree(&root, |_| true),
    )
    .unwrap();
    let got = ingest(&[dir.path().to_path_buf()]);
    assert_eq!(errors(&got), Vec::<String>::new());
    let plain = ingest(std::slice::from_ref(&root));
    assert_eq!(got.records.len(), plain.records.len());
    // The profile sits in personal_information/, the posts in your_facebook_activity/: one export.
    let post = by_text(&got, "New job, same hospital. Consultant at last!");
    assert_eq!(post.author.name.as_deref(), Some("Zoë Okafor-Lindqvist"));
    assert!(post.source.entry.starts_with("facebook-zoe-2024.zip!/"));

    // A large export comes as several zips, the profile in only one of them.
    let parts = tempfile::tempdir().unwrap();
    std::fs::write(
        parts.path().join("facebook-zoe-2024-03-09-AbC1.zip"),
        zip_tree(&root, |rel| rel.starts_with("personal_information/")),
    )
    .unwrap();
    std::fs::write(
        parts.path().join("facebook-zoe-2024-03-09-XyZ2.zip"),
        zip_tree(&root, |rel| !rel.starts_with("personal_information/")),
    )
    .unwrap();
    let got = ingest(&[parts.path().to_path_buf()]);
    assert_eq!(got.records.len(), plain.records.len());
    let post = by_text(&got, "New job, same hospital. Consultant at last!");
    assert_eq!(post.author.name.as_deref(), Some("Zoë Okafor-Lindqvist"));
}

fn shared_formats() -> Option<PathBuf> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    [
        manifest.join("../shared/formats"),
        manifest.join("../../shared/formats"),
    ]
    .into_iter()
    .find(|p| p.is_dir())
}

/// Every real sample file, read on its own: (platform folder, file) → (source, records).
const SAMPLE_COUNTS: &[(&str, &str, Option<&str>, u64)] = &[
    ("facebook", "fdm__friends_friends.json", Some("facebook"), 0),
    ("facebook", "fdm__messages_inbox_benedekelek_s4f65sdg_message_1.json", Some("facebook"), 3),
    ("facebook", "fdm__messages_inbox_foobar_n5fd6gG50h_message_1.json", Some("facebook"), 15),
    ("facebook", "fdm__messages_inbox_marathon_sffsfid76_message_1.json", Some("facebook"), 9),
    ("facebook", "fdm__messages_inbox_teflonmusk_fsd454f_message_1.json", Some("facebook"), 6),
    ("facebook", "fdm__messages_inbox_teflonmuskfoobarandjohndoe_sf5d4f56sd_gf_message_1.json", Some("facebook"), 4),
    ("facebook", "fdm__messages_inbox_tokehal_sdf7fs9d876_message_1.json", Some("facebook"), 5),
    ("facebook", "fdm__messages_inbox_tokehal_sdf7fs9d876_message_2.json", Some("facebook"), 2),
    ("facebook", "fdm__messages_inbox_tokehalfoobardonaldduckand2others_safsdf_fdf3_message_1.json", Some("facebook"), 5),
    ("facebook", "fdm__profile_information_profile_information.json", Some("facebook"), 1),
    ("facebook", "waultar__comments_and_reactions.json", Some("facebook"), 3),
    ("facebook", "waultar__facebook_comments.json", Some("facebook"), 8),
    ("facebook", "waultar__facebook_media.json", Some("facebook"), 5),
    ("facebook", "waultar__message_1.json", Some("facebook"), 6),
    ("facebook", "waultar__polls_you_voted_on.json", Some("facebook"), 0),
    ("facebook", "waultar__posts_and_comments.json", Some("facebook"), 0),
    ("facebook", "waultar__profile_information.json", Some("facebook"), 1),
    ("facebook", "waultar__v2_profile_information.json", Some("facebook"), 1),
    ("facebook", "waultar__your_event_responses.json", Some("facebook"), 8),
    ("facebook", "waultar__your_events.json", Some("facebook"), 2),
    ("facebook", "waultar__your_posts_1.json", Some("facebook"), 11),
    ("facebook", "waultar__your_posts_in_groups.json", Some("facebook"), 2),
    ("instagram", "2024__connections__followers_and_following__followers_1.json", Some("instagram"), 0),
    ("instagram", "2024__connections__followers_and_following__following.json", Some("instagram"), 0),
    ("instagram", "2024__your_instagram_activity__comments__post_comments_1.json", Some("instagram"), 3),
    ("instagram", "2024__your_instagram_activity__content__posts_1.json", Some("instagram"), 4),
    ("instagram", "2024__your_instagram_activity__content__profile_photos.json", Some("instagram"), 1),
    ("instagram", "2024__your_instagram_activity__content__stories.json", Some("instagram"), 2),
    ("instagram", "2024__your_instagram_activity__likes__liked_comments.json", Some("instagram"), 0),
    ("instagram", "2024__your_instagram_activity__likes__liked_posts.json", Some("instagram"), 0),
    ("instagram", "2024__your_instagram_activity__messages__inbox__joshzeelander_770776314553957__message_1.json", Some("instagram"), 1),
    ("instagram", "2024__your_instagram_activity__messages__message_requests__instagramuser_1001700018128251__message_1.json", Some("instagram"), 1),
    ("instagram", "2024__your_instagram_activity__saved__saved_posts.json", Some("instagram"), 0),
    ("instagram", "2024__your_instagram_activity__story_sticker_interactions__story_likes.json", Some("instagram"), 0),
    ("instagram", "2024__your_instagram_activity__threads__threads_viewed.json", Some("instagram"), 0),
    // Waultar's test data mixes products: these two are Facebook files.
    ("instagram", "waultar__creator_badges.json", Some("facebook"), 0),
    ("instagram", "waultar__each_media_type_list.json", Some("facebook"), 4),
    ("instagram", "waultar__instagram_media.json", Some("instagram"), 6),
    ("instagram", "waultar__instagram_post.json", Some("instagram"), 5),
    ("instagram", "waultar__personal_information.json", Some("instagram"), 1),
    ("instagram", "waultar__profile_photos.json", Some("instagram"), 2),
    ("instagram", "waultar__signup_information.json", Some("instagram"), 0),
];

#[test]
fn conformance_with_shared_samples() {
    let Some(formats) = shared_formats() else {
        eprintln!("skipping: ../shared/formats not found");
        return;
    };
    let mut measured = Vec::new();
    let mut on_disk = Vec::new();
    for platform in ["facebook", "instagram"] {
        let dir = formats.join(platform);
        let Ok(read) = std::fs::read_dir(&dir) else {
            eprintln!("skipping {platform}: no sample folder");
            continue;
        };
        let mut files: Vec<_> = read.filter_map(Result::ok).map(|e| e.path()).collect();
        files.sort();
        for path in files {
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            on_disk.push((platform.to_string(), name.clone()));
            let got = ingest(std::slice::from_ref(&path));
            let row = got.coverage.entries.first().expect("one entry per file");
            assert_eq!(errors(&got), Vec::<String>::new(), "{name}");
            measured.push((platform.to_string(), name, row.source.clone(), row.records));
        }
    }
    for (platform, name, source, records) in &measured {
        eprintln!("{platform}/{name}: {source:?} {records}");
    }
    let expected: Vec<(String, String, Option<String>, u64)> = SAMPLE_COUNTS
        .iter()
        .map(|(p, n, s, c)| (p.to_string(), n.to_string(), s.map(str::to_string), *c))
        .filter(|(p, n, _, _)| on_disk.contains(&(p.clone(), n.clone())))
        .collect();
    assert_eq!(measured, expected);

    // Read together, each folder is one export per product: the Messenger owner is found, and
    // nothing is left unrecognised.
    let got = ingest(&[formats.join("facebook"), formats.join("instagram")]);
    assert_eq!(got.coverage.totals.unrecognised, 0);
    let jeno = got
        .records
        .iter()
        .find(|r| r.text == "OUT! ❤")
        .expect("mojibake repaired");
    assert_eq!(jeno.author.role, AuthorRole::Owner);
    assert_eq!(jeno.author.name.as_deref(), Some("Jenő Rejtő"));
}

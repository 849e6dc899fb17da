//! LinkedIn, Reddit, TikTok, Discord and YouTube: every documented layout and era, read end to end
//! through the engine (detect → group → read) from the synthetic fixtures in `fixtures/<platform>/`,
//! plus malformed inputs and a conformance check against the real LinkedIn samples in
//! `../shared/formats/linkedin` (skipped when that folder is absent).

use hindsight::engine::{self, Ingested, ScanConfig, Silent};
use hindsight::input::Level;
use hindsight::model::{Audience, AuthorRole, Kind, Platform, Record};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

fn ingest(paths: &[PathBuf]) -> Ingested {
    engine::ingest(paths, &ScanConfig::default(), &Silent)
}

/// Fixture folders are given relative to the package root (the tests' working directory), so the
/// input labels inside snapshots do not depend on where the repository lives.
fn fixture(rel: &str) -> Ingested {
    ingest(&[PathBuf::from("fixtures").join(rel)])
}

#[derive(Serialize)]
struct EntryRow {
    entry: String,
    source: Option<String>,
    role: String,
    reason: Option<String>,
    records: u64,
    unparsed: u64,
}

#[derive(Serialize)]
struct Summary<'a> {
    entries: Vec<EntryRow>,
    problems: Vec<String>,
    records: &'a [Record],
}

fn summary(i: &Ingested) -> Summary<'_> {
    Summary {
        entries: i
            .coverage
            .entries
            .iter()
            .map(|e| EntryRow {
                entry: e.entry.clone(),
                source: e.source.clone(),
                role: e.role.clone(),
                reason: e.reason.clone(),
                records: e.records,
                unparsed: e.unparsed,
            })
            .collect(),
        problems: i
            .coverage
            .problems
            .iter()
            .map(|p| format!("{:?} {}", p.level, p))
            .collect(),
        records: &i.records,
    }
}

fn by_text<'a>(i: &'a Ingested, needle: &str) -> &'a Record {
    i.records
        .iter()
        .find(|r| r.text.contains(needle))
        .unwrap_or_else(|| panic!("no record containing {needle:?}"))
}

fn errors(i: &Ingested) -> Vec<String> {
    i.coverage
        .problems
        .iter()
        .filter(|p| p.level == Level::Error)
        .map(|p| p.to_string())
        .collect()
}

fn entry_records(i: &Ingested) -> BTreeMap<String, (String, u64)> {
    i.coverage
        .entries
        .iter()
        .map(|e| (e.entry.clone(), (e.role.clone(), e.records)))
        .collect()
}

// ---------------------------------------------------------------- LinkedIn

#[test]
fn linkedin_2025_export() {
    let i = fixture("linkedin/export2025");
    assert!(errors(&i).is_empty(), "{:?}", errors(&i));
    assert!(i.records.iter().all(|r| r.platform == Platform::Linkedin));

    let share = by_text(&i, "Proud of our ward team");
    assert_eq!(
        share.text,
        "Proud of our ward team at St Elsewhere this winter.\n\nFlu season was brutal but everyone pulled together. #NHS #teamwork\nMore here: https://example.org/winter-report"
    );
    assert_eq!(
        share.native_id.as_deref(),
        Some("urn:li:share:7301000000000000001")
    );
    assert_eq!(share.audience, Audience::Followers);
    assert_eq!(share.author.name.as_deref(), Some("Ada Lovell"));
    assert_eq!(share.hashtags, vec!["NHS", "teamwork"]);
    let promo = by_text(&i, "Glowskin Aesthetics as Medical Director");
    assert_eq!(promo.audience, Audience::Public);
    assert_eq!(promo.links[0], "https://glowskin.example.com/offers");
    assert_eq!(promo.media[0].path, "https://media.example.com/photo1.jpg");
    let repost = i
        .records
        .iter()
        .find(|r| r.kind == Kind::Repost)
        .expect("a bare reshare");
    assert_eq!(
        repost.native_id.as_deref(),
        Some("urn:li:activity:7320000000000000003")
    );

    let comment = by_text(&i, "The audit results");
    assert_eq!(comment.kind, Kind::Comment);
    assert_eq!(
        comment.reply_to.as_deref(),
        Some("urn:li:activity:7301600000000000000")
    );

    // Owner found through Profile.csv's name, then by profile URL.
    let reply = by_text(&i, "fit you in");
    assert_eq!(reply.author.role, AuthorRole::Owner);
    assert_eq!(
        reply.text,
        "Yes – message me your details and I'll fit you in."
    );
    assert_eq!(
        by_text(&i, "taking new private patients").author.role,
        AuthorRole::Other
    );
    let group = by_text(&i, "Agenda attached");
    assert_eq!(
        (group.kind, group.audience),
        (Kind::GroupMessage, Audience::Group)
    );
    assert_eq!(group.context.as_deref(), Some("Clinic leads"));

    let invite = by_text(&i, "ED teaching day");
    assert_eq!(
        (invite.kind, invite.author.role),
        (Kind::Message, AuthorRole::Owner)
    );
    assert!(
        i.records
            .iter()
            .filter(|r| r.attributes.contains_key("invitation"))
            .count()
            == 1
    );

    let profile = by_text(&i, "Consultant in Emergency Medicine | Medical Director");
    assert_eq!(profile.kind, Kind::Profile);
    assert!(profile.text.contains("Views my own."));
    let position = by_text(&i, "Medical Director at Glowskin Aesthetics Ltd");
    assert_eq!(
        position.attributes.get("current").map(String::as_str),
        Some("true")
    );

    let rows = entry_records(&i);
    assert_eq!(rows["Connections.csv"].0, "skipped");
    assert_eq!(rows["Skills.csv"].0, "skipped");
    assert_eq!(rows["Reactions.csv"].0, "skipped");
    assert_eq!(
        rows["Comments.csv"].1, 2,
        "the empty comment is counted, not read"
    );
    assert_eq!(
        rows["messages.csv"].1, 4,
        "the empty sponsored message is dropped"
    );
    insta::assert_yaml_snapshot!("linkedin_2025", summary(&i));
}

#[test]
fn linkedin_2018_export_utf16_and_us_dates() {
    let i = fixture("linkedin/export2018");
    assert!(errors(&i).is_empty(), "{:?}", errors(&i));
    let rows = entry_records(&i);
    assert_eq!(rows["Shares.csv"], ("records".to_string(), 3));
    assert_eq!(rows["Invitations.csv"], ("records".to_string(), 0));
    assert_eq!(rows["Connections.csv"].0, "skipped");
    let sepsis = by_text(&i, "sepsis recognition");
    assert_eq!(sepsis.audience, Audience::Followers);
    assert_eq!(
        sepsis.timestamp.unwrap().to_canonical(),
        "2017-06-08T08:15:44Z"
    );
    let offer = i
        .records
        .iter()
        .find(|r| {
            r.attributes.get("share_title").map(String::as_str) == Some("Free skin check offer")
        })
        .expect("titled share");
    assert_eq!((offer.kind, offer.audience), (Kind::Post, Audience::Public));
    let mine = by_text(&i, "can you swap Saturday");
    assert_eq!(mine.author.role, AuthorRole::Owner);
    assert_eq!(mine.text, "Hi Jamie, can you swap Saturday? I’m on call.");
    let local = mine.timestamp.unwrap();
    assert!(local.local, "US-style LinkedIn times carry no zone");
    assert_eq!(local.to_canonical(), "2018-10-16T08:36:00");
    assert_eq!(by_text(&i, "done.").author.role, AuthorRole::Other);
    insta::assert_yaml_snapshot!("linkedin_2018", summary(&i));
}

#[test]
fn linkedin_renamed_loose_file_is_recognised_by_header() {
    let i = fixture("linkedin/loose");
    assert_eq!(i.records.len(), 1);
    assert_eq!(i.records[0].kind, Kind::Comment);
    assert_eq!(i.coverage.entries[0].source.as_deref(), Some("linkedin"));
}

#[test]
fn linkedin_malformed_files_are_counted_not_fatal() {
    let i = fixture("linkedin/malformed");
    let rows = entry_records(&i);
    assert_eq!(
        rows["Shares.csv"].0, "unrecognised",
        "an empty file is nobody's"
    );
    assert_eq!(
        rows["Shares_truncated.csv"].1, 2,
        "the row without date or link is dropped"
    );
    assert_eq!(rows["Comments.csv"].1, 0);
    let unparsed: u64 = i.coverage.entries.iter().map(|e| e.unparsed).sum();
    assert_eq!(unparsed, 2);
    // The truncated messages file keeps its complete rows.
    assert!(rows["messages.csv"].1 >= 1);
    insta::assert_yaml_snapshot!("linkedin_malformed", summary(&i));
}

/// Where the shared reference samples live, if they do.
fn shared_formats() -> Option<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    [
        root.join("../shared/formats"),
        root.join("../../shared/formats"),
    ]
    .into_iter()
    .find(|p| p.is_dir())
}

#[test]
fn linkedin_real_samples_conformance() {
    let Some(formats) = shared_formats() else {
        eprintln!("skipped: ../shared/formats not found");
        return;
    };
    let dir = formats.join("linkedin");
    let i = ingest(std::slice::from_ref(&dir));
    assert!(errors(&i).is_empty(), "{:?}", errors(&i));
    let expected: BTreeMap<&str, (&str, u64)> = [
        ("2025_sanand0__Shares.csv", ("records", 5)),
        ("2025_sanand0__Comments.csv", ("records", 5)),
        ("2018_abhishekwebcode__Shares_utf16_tab.csv", ("records", 5)),
        ("2018_abhishekwebcode__Messages.csv", ("records", 2)),
        ("2018_abhishekwebcode__Invitations.csv", ("records", 0)),
        ("2018_abhishekwebcode__Positions.csv", ("records", 2)),
        ("2018_abhishekwebcode__Connections.csv", ("skipped", 0)),
        ("2018_abhishekwebcode__Skills.csv", ("skipped", 0)),
    ]
    .into_iter()
    .collect();
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).expect("samples folder").flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(&(role, n)) = expected.get(name.as_str()) else {
            panic!("new sample {name}: add its expected count here");
        };
        let row = i
            .coverage
            .entries
            .iter()
            .find(|e| e.entry == name)
            .unwrap_or_else(|| panic!("{name} not in coverage"));
        assert_eq!(
            (row.role.as_str(), row.records, row.unparsed),
            (role, n, 0),
            "{name}"
        );
        seen += 1;
    }
    assert_eq!(seen, expected.len());
    assert_eq!(i.records.len(), 19);
    for r in &i.records {
        assert!(
            !r.text.contains("\"\n\""),
            "multi-line mangling left in {}",
            r.id
        );
    }
    let vipassana = by_text(&i, "Vipassana");
    assert!(
        vipassana.text.contains("program.\n\n"),
        "{:?}",
        vipassana.text
    );
    assert_eq!(vipassana.audience, Audience::Followers);
    let utf16 = by_text(&i, "hjyftf");
    assert_eq!(utf16.audience, Audience::Public);
    assert_eq!(
        utf16.native_id.as_deref(),
        Some("urn:li:activity:6170619448018464768")
    );
    let premium = by_text(&i, "LinkedIn Premium");
    assert_eq!(premium.author.role, AuthorRole::Other);
    assert!(premium.text.contains("I’d like to offer"));
}

// ---------------------------------------------------------------- Reddit

#[test]
fn reddit_export_named_by_username() {
    let i = fixture("reddit/export_dr_ada_lovell_20240105");
    assert!(errors(&i).is_empty(), "{:?}", errors(&i));
    let post = by_text(&i, "bay 4 tonight");
    assert_eq!(post.native_id.as_deref(), Some("t3_1a2b3c"));
    assert_eq!(
        post.url.as_deref(),
        Some("https://www.reddit.com/r/medicine/comments/1a2b3c/night_shift_thoughts/")
    );
    assert_eq!(post.context.as_deref(), Some("r/medicine"));
    assert_eq!(post.audience, Audience::Public);
    assert!(
        post.links.is_empty(),
        "a self post's url is its own permalink"
    );
    let link_post = by_text(&i, "Useful guide on sepsis");
    assert_eq!(
        link_post.links,
        vec!["https://www.nhs.uk/conditions/sepsis/"]
    );
    let advice = by_text(&i, "600mg ibuprofen");
    assert_eq!(advice.reply_to.as_deref(), Some("t1_ck1aaaa"));
    assert_eq!(advice.thread.as_deref(), Some("t3_9z9z9z"));
    assert_eq!(advice.media[0].path, "https://i.redd.it/example.png");
    assert_eq!(by_text(&i, "said it best").mentions, vec!["nurse_kim"]);
    let dm_in = by_text(&i, "is my rash serious");
    assert_eq!(
        (dm_in.author.role, dm_in.audience),
        (AuthorRole::Other, Audience::Private)
    );
    assert_eq!(by_text(&i, "WhatsApp").author.role, AuthorRole::Owner);
    let group = by_text(&i, "Friday rota");
    assert_eq!(
        (group.kind, group.author.role),
        (Kind::GroupMessage, AuthorRole::Owner)
    );
    assert_eq!(by_text(&i, "I am").reply_to.as_deref(), Some("chat_c-001"));
    assert_eq!(by_text(&i, "Thanks for yesterday").kind, Kind::Message);
    assert_eq!(by_text(&i, "community chat").audience, Audience::Group);
    let rows = entry_records(&i);
    for skipped in [
        "post_votes.csv",
        "saved_posts.csv",
        "hidden_posts.csv",
        "subscribed_subreddits.csv",
        "friends.csv",
        "post_headers.csv",
    ] {
        assert_eq!(rows[skipped].0, "skipped", "{skipped}");
    }
    insta::assert_yaml_snapshot!("reddit_export", summary(&i));
}

#[test]
fn reddit_old_export_uses_statistics_for_the_owner() {
    let i = fixture("reddit/export_old");
    assert!(errors(&i).is_empty(), "{:?}", errors(&i));
    assert_eq!(by_text(&i, "Archived hello").author.role, AuthorRole::Owner);
    assert_eq!(by_text(&i, "Hi!").author.role, AuthorRole::Other);
    let old = by_text(&i, "before the media column");
    assert_eq!(old.author.handle.as_deref(), Some("DocAda"));
    assert_eq!(entry_records(&i)["statistics.csv"].0, "context");
    insta::assert_yaml_snapshot!("reddit_old", summary(&i));
}

#[test]
fn reddit_owner_from_participation() {
    let i = fixture("reddit/participation");
    let owners: Vec<&str> = i
        .records
        .iter()
        .filter(|r| r.author.role == AuthorRole::Owner)
        .map(|r| r.text.as_str())
        .collect();
    assert_eq!(owners.len(), 2, "{owners:?}");
    assert!(owners
        .iter()
        .all(|t| t.contains("owner") || t.contains("Owner")));
}

#[test]
fn reddit_zip_name_gives_the_username() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("export_zip_doc_20240301.zip");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
    let opts = zip::write::SimpleFileOptions::default();
    zip.start_file("messages.csv", opts).unwrap();
    zip.write_all(
        b"id,permalink,thread_id,date,ip,from,to,subject,body\nz1,,,2023-01-01 00:00:00 UTC,,zip_doc,someone,s,from the owner\nz2,,z1,2023-01-01 01:00:00 UTC,,someone,zip_doc,s,from someone\n",
    )
    .unwrap();
    zip.finish().unwrap();
    let i = ingest(&[path]);
    assert_eq!(by_text(&i, "from the owner").author.role, AuthorRole::Owner);
    assert_eq!(by_text(&i, "from someone").author.role, AuthorRole::Other);
}

#[test]
fn reddit_malformed() {
    let i = fixture("reddit/malformed");
    let rows = entry_records(&i);
    assert_eq!(
        rows["comments.csv"].1, 2,
        "the last row, cut mid-quote, keeps what it has"
    );
    assert!(i.coverage.entries.iter().any(|e| e.unparsed >= 1));
    insta::assert_yaml_snapshot!("reddit_malformed", summary(&i));
}

// ---------------------------------------------------------------- TikTok

#[test]
fn tiktok_old_key_names() {
    let i = fixture("tiktok/old");
    assert!(errors(&i).is_empty(), "{:?}", errors(&i));
    assert_eq!(i.records.len(), 7);
    let v = by_text(&i, "What sepsis looks like");
    assert_eq!(v.native_id.as_deref(), Some("6950000000000000001"));
    assert_eq!(v.location, None, "an empty Location is no place");
    assert_eq!(v.hashtags, vec!["sepsis", "nhs"]);
    let placed = by_text(&i, "Royal Infirmary");
    assert_eq!(placed.native_id.as_deref(), Some("6960000000000000002"));
    assert_eq!(
        placed.location.as_ref().and_then(|l| l.name.as_deref()),
        Some("Manchester Royal Infirmary")
    );
    assert_eq!(placed.audience, Audience::Followers);
    assert_eq!(by_text(&i, "lowercase keys").kind, Kind::Comment);
    assert_eq!(by_text(&i, "is my mole ok").author.role, AuthorRole::Other);
    let reply = by_text(&i, "see your GP");
    assert_eq!(
        (reply.kind, reply.author.role),
        (Kind::Message, AuthorRole::Owner)
    );
    let profile = i.records.iter().find(|r| r.kind == Kind::Profile).unwrap();
    assert_eq!(profile.author.handle.as_deref(), Some("dr.ada.lovell"));
    insta::assert_yaml_snapshot!("tiktok_old", summary(&i));
}

#[test]
fn tiktok_new_key_names_profile_last_and_live() {
    let i = fixture("tiktok/new");
    assert!(errors(&i).is_empty(), "{:?}", errors(&i));
    let video = by_text(&i, "Botox myths");
    assert_eq!(video.native_id.as_deref(), Some("7350000000000000001"));
    assert_eq!(video.author.handle.as_deref(), Some("dr.ada.lovell"));
    assert_eq!(
        video.attributes.get("ai_generated").map(String::as_str),
        Some("No")
    );
    assert!(video.location.is_some());
    let group = by_text(&i, "Thanks Kim");
    assert_eq!(
        (group.kind, group.author.role),
        (Kind::GroupMessage, AuthorRole::Owner)
    );
    assert_eq!(by_text(&i, "Saturday works").kind, Kind::Message);
    let q = by_text(&i, "ibuprofen safe");
    assert_eq!(q.context.as_deref(), Some("TikTok LIVE"));
    assert_eq!(by_text(&i, "ADA20").media.len(), 0, "photo N/A is no photo");
    insta::assert_yaml_snapshot!("tiktok_new", summary(&i));
}

#[test]
fn tiktok_renamed_file_found_by_content() {
    let i = fixture("tiktok/renamed");
    assert_eq!(by_text(&i, "found by content").kind, Kind::Comment);
}

#[test]
fn tiktok_malformed_keeps_what_came_before_the_break() {
    let i = fixture("tiktok/malformed");
    let errs = errors(&i);
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(errs[0].contains("user_data.json") && errs[0].contains("breaks part-way"));
    assert!(i.records.iter().any(|r| r.text.contains("see your GP")));
    assert!(i.records.iter().any(|r| r.kind == Kind::Profile));
    assert!(!i.records.iter().any(|r| r.kind == Kind::Video));
    assert!(i.records.iter().any(|r| r.text == "valid one"));
    let bad: u64 = i
        .coverage
        .entries
        .iter()
        .filter(|e| e.entry == "user_data_tiktok.json")
        .map(|e| e.unparsed)
        .sum();
    assert_eq!(
        bad, 4,
        "list not a list, item 42, comment without text, chat not a list"
    );
    insta::assert_yaml_snapshot!("tiktok_malformed", summary(&i));
}

#[test]
fn tiktok_empty_file_is_an_error_not_a_panic() {
    let i = fixture("tiktok/empty");
    assert!(i.records.is_empty());
    assert_eq!(errors(&i).len(), 1);
}

// ---------------------------------------------------------------- Discord

#[test]
fn discord_2023_package() {
    let i = fixture("discord/package2023");
    assert!(errors(&i).is_empty(), "{:?}", errors(&i));
    assert!(i.records.iter().all(|r| r.author.role == AuthorRole::Owner));
    assert!(i
        .records
        .iter()
        .all(|r| r.author.handle.as_deref() == Some("dr_ada")));
    let dm = by_text(&i, "bed 12");
    assert_eq!((dm.kind, dm.audience), (Kind::Message, Audience::Private));
    assert_eq!(dm.context.as_deref(), Some("Direct Message with Kim"));
    assert!(dm.text.starts_with("Hi @Kim,"), "{}", dm.text);
    assert_eq!(dm.mentions, vec!["Kim"]);
    let attachment = i
        .records
        .iter()
        .find(|r| r.text.is_empty())
        .expect("attachment-only");
    assert_eq!(attachment.media[0].kind.as_deref(), Some("photo"));
    let snow = by_text(&i, "from the snowflake");
    assert_eq!(
        snow.timestamp.unwrap().to_canonical(),
        "2023-05-01T18:32:00Z"
    );
    let group = by_text(&i, "bleep");
    assert_eq!(
        (group.kind, group.audience),
        (Kind::GroupMessage, Audience::Group)
    );
    assert_eq!(group.context.as_deref(), Some("Night team"));
    let server = by_text(&i, "GLP-1");
    assert_eq!(server.context.as_deref(), Some("#general in Doctors' Mess"));
    assert!(server
        .url
        .as_deref()
        .is_some_and(|u| u
            .starts_with("https://discord.com/channels/2220000000000000001/1110000000000000003/")));
    assert_eq!(
        by_text(&i, "Swap my Saturday").context.as_deref(),
        Some("#rota-swaps in Doctors' Mess")
    );
    let rows = entry_records(&i);
    assert_eq!(rows["servers/index.json"].0, "skipped");
    assert_eq!(
        rows["activity/analytics/events-2023-00000-of-00001.json"].0,
        "skipped"
    );
    assert_eq!(rows["account/user.json"].0, "context");
    insta::assert_yaml_snapshot!("discord_2023", summary(&i));
}

#[test]
fn discord_2024_capitalised_package() {
    let i = fixture("discord/package2024");
    assert!(errors(&i).is_empty(), "{:?}", errors(&i));
    assert_eq!(i.records.len(), 1);
    let r = &i.records[0];
    assert_eq!((r.kind, r.audience), (Kind::Message, Audience::Private));
    assert_eq!(r.timestamp.unwrap().to_canonical(), "2024-02-01T09:15:00Z");
    assert_eq!(
        r.media[0].path,
        "https://cdn.discordapp.com/attachments/9/9/letter.pdf"
    );
    insta::assert_yaml_snapshot!("discord_2024", summary(&i));
}

#[test]
fn discord_old_csv_package() {
    let i = fixture("discord/package_old");
    assert!(errors(&i).is_empty(), "{:?}", errors(&i));
    let multi = by_text(&i, "old, with comma");
    assert_eq!(multi.text, "old, with comma\nand a second line");
    assert_eq!(multi.author.handle, None, "no account/user.json, no handle");
    assert_eq!(
        multi.context.as_deref(),
        Some("Direct Message with oldfriend#1234")
    );
    assert_eq!(by_text(&i, "two files").media.len(), 2);
    let unknown = by_text(&i, "no channel.json");
    assert_eq!(unknown.context.as_deref(), Some("general in Old Server"));
    assert_eq!(unknown.audience, Audience::Unknown);
    insta::assert_yaml_snapshot!("discord_old", summary(&i));
}

#[test]
fn discord_malformed() {
    let i = fixture("discord/malformed");
    assert!(by_text(&i, "kept before the break").timestamp.is_some());
    assert!(i.records.iter().any(|r| r.text == "also kept"));
    let late = by_text(&i, "snowflake wins");
    assert_eq!(
        late.timestamp.unwrap().to_canonical(),
        "2023-02-02T02:02:02Z"
    );
    let errs = errors(&i);
    assert!(
        errs.iter()
            .any(|e| e.contains("JSON breaks after 2 messages")),
        "{errs:?}"
    );
    assert!(errs.iter().any(|e| e.contains("channel.json")), "{errs:?}");
    insta::assert_yaml_snapshot!("discord_malformed", summary(&i));
}

// ---------------------------------------------------------------- YouTube

#[test]
fn youtube_takeout_comments_split_files_and_live_chat() {
    let i = fixture("youtube/Takeout");
    assert!(errors(&i).is_empty(), "{:?}", errors(&i));
    let c = by_text(&i, "thanks for the tip");
    assert_eq!(c.text, "@Dr Sam thanks for the tip, see nhs.uk");
    assert_eq!(c.mentions, vec!["Dr Sam"]);
    assert_eq!(c.links, vec!["https://www.nhs.uk/conditions/"]);
    assert_eq!(
        c.url.as_deref(),
        Some("https://www.youtube.com/watch?v=vid00000001&lc=UgxAAAAAAAAAAAAAAAAAAAAA4AaABAg")
    );
    assert_eq!(c.author.name.as_deref(), Some("Dr Ada Lovell"));
    assert_eq!(
        (c.author.role, c.audience),
        (AuthorRole::Owner, Audience::Public)
    );
    let reply = by_text(&i, "Replying to my own comment");
    assert_eq!(
        reply.reply_to.as_deref(),
        Some("UgxAAAAAAAAAAAAAAAAAAAAA4AaABAg")
    );
    assert!(reply.text.contains('\n'));
    let post = by_text(&i, "open day");
    assert_eq!(post.context.as_deref(), Some("Community post"));
    assert!(post
        .url
        .as_deref()
        .unwrap()
        .starts_with("https://www.youtube.com/post/"));
    assert_eq!(
        by_text(&i, "not JSON at all")
            .attributes
            .get("price")
            .map(String::as_str),
        Some("1.99")
    );
    let live = by_text(&i, "great stream");
    assert_eq!(live.context.as_deref(), Some("Live chat"));
    let rows = entry_records(&i);
    assert_eq!(
        rows["YouTube and YouTube Music/history/watch-history.html"].0,
        "skipped"
    );
    assert_eq!(
        rows["YouTube and YouTube Music/subscriptions/subscriptions.csv"].0,
        "skipped"
    );
    assert_eq!(
        rows["YouTube and YouTube Music/channels/channel.csv"].0,
        "context"
    );
    insta::assert_yaml_snapshot!("youtube_takeout", summary(&i));
}

#[test]
fn youtube_localized_headers_and_names() {
    let de = fixture("youtube/Takeout_de");
    assert_eq!(de.records.len(), 1);
    let r = &de.records[0];
    assert_eq!(r.text, "Danke für das Video!");
    assert_eq!(r.timestamp.unwrap().to_canonical(), "2024-03-01T06:00:00Z");
    assert_eq!(r.thread.as_deref(), Some("vidDE000001"));
    let ua = fixture("youtube/localized_loose");
    assert_eq!(ua.records.len(), 1);
    assert_eq!(ua.records[0].text, "Дякую!");
    assert_eq!(ua.records[0].thread.as_deref(), Some("vidUA000001"));
}

#[test]
fn youtube_pre_2023_html_comments() {
    let i = fixture("youtube/Takeout_2021");
    let first = by_text(&i, "insulin dosing");
    assert_eq!(first.text, "Great explanation of & insulin dosing");
    assert_eq!(first.native_id.as_deref(), Some("UgoldCOMMENT0001"));
    assert_eq!(
        first.timestamp.unwrap().to_canonical(),
        "2020-04-27T23:18:23Z"
    );
    assert_eq!(
        by_text(&i, "Old-format").timestamp.unwrap().to_canonical(),
        "2016-06-15T08:50:49Z"
    );
    let localized = by_text(&i, "Localized date kept");
    assert!(localized.timestamp.is_none());
    assert!(localized.attributes.contains_key("date_text"));
    assert_eq!(i.records.len(), 3);
    assert_eq!(i.coverage.entries[0].unparsed, 1);
    insta::assert_yaml_snapshot!("youtube_html", summary(&i));
}

#[test]
fn youtube_malformed() {
    let i = fixture("youtube/malformed");
    assert_eq!(by_text(&i, "ok").kind, Kind::Comment);
    assert!(
        i.records.iter().any(|r| r.text.contains("broken json")),
        "unparseable JSON text is kept as plain text"
    );
    let unparsed: u64 = i.coverage.entries.iter().map(|e| e.unparsed).sum();
    assert_eq!(unparsed, 2, "bad timestamp and missing id");
    let html = i
        .coverage
        .problems
        .iter()
        .find(|p| {
            p.entry
                .as_deref()
                .is_some_and(|e| e.ends_with("my-comments.html"))
        })
        .expect("the unreadable HTML is reported");
    assert!(html.hint.as_deref().is_some_and(|h| h.contains("CSV")));
    insta::assert_yaml_snapshot!("youtube_malformed", summary(&i));
}

//! Mastodon and Bluesky sources: snapshots of the synthetic fixtures, malformed inputs, and a
//! conformance run over the real samples in `shared/formats` (skipped when that folder is absent).

use hindsight::engine::{self, Ingested, ScanConfig, Silent};
use hindsight::ingest::bluesky::Bluesky;
use hindsight::ingest::mastodon::Mastodon;
use hindsight::ingest::{Claim, Export, MediaIndex, ReadStats, Source};
use hindsight::input::{Entry, Level, Limits};
use hindsight::model::{Audience, Kind, Platform, Record};
use ipld_core::cid::multihash::Multihash;
use ipld_core::cid::Cid;
use ipld_core::ipld::Ipld;
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

fn ingest(paths: &[PathBuf]) -> Ingested {
    engine::ingest(paths, &ScanConfig::default(), &Silent)
}

fn kinds(records: &[Record]) -> BTreeMap<String, usize> {
    let mut m = BTreeMap::new();
    for r in records {
        *m.entry(r.kind.as_str().to_string()).or_insert(0) += 1;
    }
    m
}

/// Read one in-memory entry with a source directly (no detection), for byte-level robustness tests.
fn read_bytes(source: &dyn Source, path: &str, bytes: Vec<u8>) -> (Vec<Record>, ReadStats) {
    let entry = Entry::from_bytes("mem", path, bytes);
    let media = MediaIndex::default();
    let limits = Limits::default();
    let export = Export {
        input: "mem",
        root: String::new(),
        entries: vec![(&entry, Claim::records(90))],
        media: &media,
        limits: &limits,
    };
    let mut records = Vec::new();
    let stats = source.read(&export, &mut |r| records.push(r));
    (records, stats)
}

// ---------------------------------------------------------------------------------------------
// Mastodon
// ---------------------------------------------------------------------------------------------

const MASTODON_ARCHIVE: &str = "fixtures/mastodon/archive";

#[test]
fn mastodon_archive_folder() {
    let got = ingest(&[PathBuf::from(MASTODON_ARCHIVE)]);
    let by_entry: BTreeMap<_, _> = got
        .coverage
        .entries
        .iter()
        .map(|e| (e.entry.as_str(), (e.role.as_str(), e.records, e.unparsed)))
        .collect();
    assert_eq!(by_entry.get("outbox.json"), Some(&("records", 7, 2)));
    assert_eq!(by_entry.get("actor.json"), Some(&("records", 1, 0)));
    assert_eq!(by_entry.get("likes.json").map(|e| e.0), Some("skipped"));
    assert_eq!(by_entry.get("bookmarks.json").map(|e| e.0), Some("skipped"));
    assert_eq!(
        got.coverage.totals.media_files, 2,
        "photo and avatar indexed"
    );
    assert!(!got.coverage.has_errors(), "{:?}", got.coverage.problems);

    let find = |id: &str| {
        got.records
            .iter()
            .find(|r| r.native_id.as_deref() == Some(id))
            .unwrap_or_else(|| panic!("no record {id}"))
    };
    let public = find("110000000000000001");
    assert_eq!(
        (public.kind, public.audience),
        (Kind::Post, Audience::Public)
    );
    assert_eq!(
        public.links,
        ["https://practice.example/clinics/asthma?day=tue&time=am"]
    );
    assert_eq!(
        public.media[0].path,
        "media_attachments/files/110/123/456/789/012/345/original/c0ffee1234abcd.jpg",
        "resolved to the archive entry"
    );
    assert_eq!(public.media[1].kind.as_deref(), Some("video"));
    let unlisted = find("110000000000000002");
    assert_eq!(unlisted.kind, Kind::Reply);
    assert_eq!(unlisted.audience, Audience::Public);
    assert_eq!(unlisted.attributes["visibility"], "unlisted");
    assert_eq!(
        unlisted.reply_to.as_deref(),
        Some("110000000000000001"),
        "own statuses referred to by id"
    );
    let followers = find("110000000000000003");
    assert_eq!(followers.audience, Audience::Followers);
    assert!(followers.text.starts_with("CW: work rant, long shift\n"));
    assert_eq!(followers.mentions, ["sam@elsewhere.example"]);
    let direct = find("110000000000000004");
    assert_eq!(
        (direct.kind, direct.audience),
        (Kind::Message, Audience::Private)
    );
    assert_eq!(direct.mentions, ["jlee@medics.example"]);
    let boost = find("110000000000000005");
    assert_eq!(boost.kind, Kind::Repost);
    assert!(boost.text.is_empty());
    let poll = find("110000000000000006");
    assert!(
        poll.text.ends_with("Poll: Sleep / Back pain"),
        "{}",
        poll.text
    );

    let mut records = got.records.clone();
    records.sort_by(|a, b| a.source.index.cmp(&b.source.index).then(a.id.cmp(&b.id)));
    insta::assert_yaml_snapshot!("mastodon_archive_records", records);
}

/// Build `archive.tar.gz` from the fixture folder, as Mastodon ships it.
fn mastodon_tar_gz(dir: &Path) -> PathBuf {
    let mut tar_buf = Vec::new();
    {
        let mut b = tar::Builder::new(&mut tar_buf);
        let root = Path::new(MASTODON_ARCHIVE);
        let mut stack = vec![root.to_path_buf()];
        let mut files = Vec::new();
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
        for p in files {
            let rel = p.strip_prefix(root).unwrap();
            b.append_path_with_name(&p, rel).unwrap();
        }
        b.finish().unwrap();
    }
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(&tar_buf).unwrap();
    let path = dir.join("archive-20230310-abcdef.tar.gz");
    std::fs::write(&path, gz.finish().unwrap()).unwrap();
    path
}

#[test]
fn mastodon_tar_gz_reads_like_the_folder() {
    let dir = tempfile::tempdir().unwrap();
    let archive = mastodon_tar_gz(dir.path());
    let from_tar = ingest(&[archive]);
    let from_dir = ingest(&[PathBuf::from(MASTODON_ARCHIVE)]);
    assert!(
        !from_tar.coverage.has_errors(),
        "{:?}",
        from_tar.coverage.problems
    );
    let strip = |rs: &[Record]| -> Vec<Record> {
        rs.iter()
            .cloned()
            .map(|mut r| {
                r.source.input.clear();
                r
            })
            .collect()
    };
    assert_eq!(strip(&from_tar.records), strip(&from_dir.records));
    assert_eq!(from_tar.records.len(), 8);
}

#[test]
fn mastodon_truncated_outbox_keeps_what_came_before() {
    let got = ingest(&[PathBuf::from("fixtures/mastodon/malformed/truncated")]);
    assert_eq!(
        got.records.len(),
        3,
        "three whole activities before the cut"
    );
    let errors: Vec<_> = got
        .coverage
        .problems
        .iter()
        .filter(|p| p.level == Level::Error)
        .collect();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].entry.as_deref(), Some("outbox.json"));
    assert!(errors[0].message.contains("breaks off after 3 activities"));
}

#[test]
fn mastodon_wrong_types_are_counted_not_fatal() {
    let got = ingest(&[PathBuf::from("fixtures/mastodon/malformed/wrong_types")]);
    // Only the Create with a string `to`, array content and a bogus date survives.
    assert_eq!(got.records.len(), 1);
    let r = &got.records[0];
    assert_eq!(r.native_id.as_deref(), Some("7"));
    assert_eq!(r.audience, Audience::Public);
    assert!(r.timestamp.is_none() && r.text.is_empty() && r.media.is_empty());
    let row = got
        .coverage
        .entries
        .iter()
        .find(|e| e.entry == "outbox.json")
        .unwrap();
    assert_eq!(row.unparsed, 5);
    assert!(!got.coverage.has_errors());
    insta::assert_yaml_snapshot!("mastodon_wrong_types_problems", got.coverage.problems);
}

#[test]
fn mastodon_empty_and_broken_files() {
    let got = ingest(&[PathBuf::from("fixtures/mastodon/malformed/empty")]);
    assert!(got.records.is_empty());
    assert_eq!(got.coverage.entries[0].role, "unrecognised");

    let got = ingest(&[PathBuf::from("fixtures/mastodon/malformed/bad_actor")]);
    assert!(got.records.is_empty());
    assert!(got.coverage.has_errors());
    assert!(got.coverage.problems[0].message.contains("not valid JSON"));

    // Garbage, a bare array, and a top-level number: never a panic.
    for bytes in [
        &b"[{\"type\":\"Create\"}]"[..],
        b"7",
        b"{\"orderedItems\": 5}",
        b"\xff\xfe",
    ] {
        let (records, stats) = read_bytes(&Mastodon, "outbox.json", bytes.to_vec());
        assert!(records.is_empty());
        assert!(!stats.problems.is_empty(), "{bytes:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// Bluesky: a synthetic repository built here, committed as a fixture, and checked to match.
// ---------------------------------------------------------------------------------------------

const DID: &str = "did:plc:fictionaldoc7rivera2exmpl";

/// A DAG-CBOR content id over BLAKE3 (multihash 0x1e): well-formed and distinct, which is all a
/// reader needs (it does not verify hashes).
fn cid_of(bytes: &[u8]) -> Cid {
    cid_with_codec(0x71, bytes)
}

/// A raw-codec content id, as blobs (images, videos) have.
fn blob_cid_of(bytes: &[u8]) -> String {
    cid_with_codec(0x55, bytes).to_string()
}

fn cid_with_codec(codec: u64, bytes: &[u8]) -> Cid {
    let digest = blake3::hash(bytes);
    Cid::new_v1(
        codec,
        Multihash::wrap(0x1e, digest.as_bytes()).expect("32 bytes"),
    )
}

/// JSON (with `{"$link": cid}` for links) to DAG-CBOR.
fn to_ipld(v: &Value) -> Ipld {
    match v {
        Value::Null => Ipld::Null,
        Value::Bool(b) => Ipld::Bool(*b),
        Value::Number(n) => match n.as_i64() {
            Some(i) => Ipld::Integer(i.into()),
            None => Ipld::Float(n.as_f64().unwrap()),
        },
        Value::String(s) => Ipld::String(s.clone()),
        Value::Array(a) => Ipld::List(a.iter().map(to_ipld).collect()),
        Value::Object(m) => {
            if let (1, Some(Value::String(link))) = (m.len(), m.get("$link")) {
                return Ipld::Link(Cid::try_from(link.as_str()).unwrap());
            }
            Ipld::Map(m.iter().map(|(k, v)| (k.clone(), to_ipld(v))).collect())
        }
    }
}

fn dag_cbor(v: &Ipld) -> Vec<u8> {
    serde_ipld_dagcbor::to_vec(v).unwrap()
}

/// A TID for a time in microseconds (clock id 0).
fn tid(micros: u64) -> String {
    const A: &[u8] = b"234567abcdefghijklmnopqrstuvwxyz";
    let v = micros << 10;
    (0..13)
        .rev()
        .map(|i| A[((v >> (5 * i)) & 31) as usize] as char)
        .collect()
}

fn varint(mut v: u64, out: &mut Vec<u8>) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

/// A tree node over `keys` (each with its record CID), keys prefix-compressed within the node.
fn mst_node(l: Option<Cid>, entries: &[(&str, Cid, Option<Cid>)]) -> Vec<u8> {
    let mut prev = "";
    let e = entries
        .iter()
        .map(|(key, v, t)| {
            let p = prev
                .bytes()
                .zip(key.bytes())
                .take_while(|(a, b)| a == b)
                .count();
            prev = key;
            Ipld::Map(BTreeMap::from([
                ("k".into(), Ipld::Bytes(key.as_bytes()[p..].to_vec())),
                ("p".into(), Ipld::Integer(p as i128)),
                ("t".into(), t.map_or(Ipld::Null, Ipld::Link)),
                ("v".into(), Ipld::Link(*v)),
            ]))
        })
        .collect();
    dag_cbor(&Ipld::Map(BTreeMap::from([
        ("e".into(), Ipld::List(e)),
        ("l".into(), l.map_or(Ipld::Null, Ipld::Link)),
    ])))
}

/// The records of the synthetic repository, fictional throughout.
fn synthetic_records() -> Vec<(String, Value)> {
    let t = |n: u64| tid(1_700_000_000_000_000 + n * 3_600_000_000);
    let other = "did:plc:someoneelse00000000000000";
    let blob = |cid: &str, mime: &str| json!({"$type": "blob", "ref": {"$link": cid}, "mimeType": mime, "size": 12345});
    let img = blob_cid_of(b"image bytes");
    let vid = blob_cid_of(b"video bytes");
    let legacy_img = blob_cid_of(b"legacy image");
    let post_cid = cid_of(b"someone else's post").to_string();
    let text = "Ward round done 🩺 thanks @ana.example.com — guide at example.org/sepsis #FOAMed";
    let b = |s: &str| text.find(s).unwrap();
    vec![
        (
            "app.bsky.actor.profile/self".into(),
            json!({
            "$type": "app.bsky.actor.profile", "displayName": "Dr Sam Rivera",
            "description": "Paediatric registrar. Views my own.",
            "avatar": blob(&img, "image/jpeg")}),
        ),
        (
            format!("app.bsky.feed.post/{}", t(1)),
            json!({
            "$type": "app.bsky.feed.post", "text": text, "langs": ["en"],
            "createdAt": "2023-11-14T22:13:20.000Z",
            "facets": [
                {"index": {"byteStart": b("@ana"), "byteEnd": b("@ana") + "@ana.example.com".len()},
                 "features": [{"$type": "app.bsky.richtext.facet#mention", "did": other}]},
                {"index": {"byteStart": b("example.org"), "byteEnd": b("example.org") + "example.org/sepsis".len()},
                 "features": [{"$type": "app.bsky.richtext.facet#link", "uri": "https://example.org/sepsis-guide"}]},
                {"index": {"byteStart": b("#FOAMed"), "byteEnd": text.len()},
                 "features": [{"$type": "app.bsky.richtext.facet#tag", "tag": "FOAMed"}]}]}),
        ),
        (
            format!("app.bsky.feed.post/{}", t(2)),
            json!({
            "$type": "app.bsky.feed.post", "text": "Replying to my own thread.",
            "createdAt": "2023-11-14T16:13:20-07:00",
            "reply": {"root": {"uri": format!("at://{DID}/app.bsky.feed.post/{}", t(1)), "cid": post_cid},
                      "parent": {"uri": format!("at://{DID}/app.bsky.feed.post/{}", t(1)), "cid": post_cid}}}),
        ),
        (
            format!("app.bsky.feed.post/{}", t(3)),
            json!({
            "$type": "app.bsky.feed.post", "text": "Worth reading.", "createdAt": "2023-11-15T01:00:00Z",
            "embed": {"$type": "app.bsky.embed.record",
                      "record": {"uri": format!("at://{other}/app.bsky.feed.post/3kabcabcabc22"), "cid": post_cid}}}),
        ),
        (
            format!("app.bsky.feed.post/{}", t(4)),
            json!({
            "$type": "app.bsky.feed.post", "text": "New clinic room.", "createdAt": "2023-11-15T02:00:00Z",
            "labels": {"$type": "com.atproto.label.defs#selfLabels", "values": [{"val": "graphic-media"}]},
            "embed": {"$type": "app.bsky.embed.images", "images": [
                {"alt": "Clinic room with an examination couch", "image": blob(&img, "image/jpeg"),
                 "aspectRatio": {"width": 4, "height": 3}}]}}),
        ),
        (
            format!("app.bsky.feed.post/{}", t(5)),
            json!({
            "$type": "app.bsky.feed.post", "text": "This, with a clip.", "createdAt": "2023-11-15T03:00:00Z",
            "embed": {"$type": "app.bsky.embed.recordWithMedia",
                      "record": {"$type": "app.bsky.embed.record",
                                 "record": {"uri": format!("at://{other}/app.bsky.feed.post/3kdefdefdef22"), "cid": post_cid}},
                      "media": {"$type": "app.bsky.embed.video", "video": blob(&vid, "video/mp4"),
                                "alt": "Hand-washing demonstration"}}}),
        ),
        (
            format!("app.bsky.feed.post/{}", t(6)),
            json!({
            "$type": "app.bsky.feed.post", "text": "", "createdAt": "2023-11-15T04:00:00Z",
            "embed": {"$type": "app.bsky.embed.external", "external": {
                "uri": "https://journal.example/articles/123", "title": "A fictional article",
                "description": "About sleep."}}}),
        ),
        (
            format!("app.bsky.feed.post/{}", t(7)),
            json!({
            "$type": "app.bsky.feed.post", "text": "@old.example.com early days here",
            "entities": [{"type": "mention", "index": {"start": 0, "end": 16}, "value": other}],
            "embed": {"$type": "app.bsky.embed.images", "images": [
                {"alt": "Sunset", "image": {"cid": legacy_img, "mimeType": "image/png"}}]}}),
        ),
        (
            format!("app.bsky.feed.post/{}", t(8)),
            json!(["not", "a", "post"]),
        ),
        (
            format!("app.bsky.feed.repost/{}", t(9)),
            json!({
            "$type": "app.bsky.feed.repost", "createdAt": "2023-11-15T05:00:00Z",
            "subject": {"uri": format!("at://{other}/app.bsky.feed.post/3kghighighi22"), "cid": post_cid}}),
        ),
        (
            format!("app.bsky.feed.like/{}", t(10)),
            json!({
            "$type": "app.bsky.feed.like", "createdAt": "2023-11-15T06:00:00Z",
            "subject": {"uri": format!("at://{other}/app.bsky.feed.post/3kghighighi22"), "cid": post_cid}}),
        ),
        (
            format!("app.bsky.feed.threadgate/{}", t(1)),
            json!({
            "$type": "app.bsky.feed.threadgate", "post": format!("at://{DID}/app.bsky.feed.post/{}", t(1)),
            "createdAt": "2023-11-15T06:00:00Z", "allow": []}),
        ),
        (
            format!("app.bsky.feed.vote/{}", t(11)),
            json!({
            "$type": "app.bsky.feed.vote", "direction": "up", "createdAt": "2023-01-01T00:00:00Z",
            "subject": {"uri": format!("at://{other}/app.bsky.feed.post/3kghighighi22"), "cid": post_cid}}),
        ),
        (
            format!("app.bsky.graph.block/{}", t(12)),
            json!({
            "$type": "app.bsky.graph.block", "subject": other, "createdAt": "2023-11-15T07:00:00Z"}),
        ),
        (
            format!("app.bsky.graph.follow/{}", t(13)),
            json!({
            "$type": "app.bsky.graph.follow", "subject": other, "createdAt": "2023-11-15T08:00:00Z"}),
        ),
        (
            "app.bsky.system.declaration/self".into(),
            json!({
            "$type": "app.bsky.system.declaration", "actorType": "app.bsky.system.actorUser"}),
        ),
        (
            format!("com.example.unknown/{}", t(14)),
            json!({"$type": "com.example.unknown", "n": 1}),
        ),
    ]
}

/// Build the synthetic repository CAR: commit → two-level tree → records.
fn synthetic_car() -> Vec<u8> {
    synthetic_car_sections(&[]).0
}

/// The CAR (without the blocks numbered in `drop`: 0 commit, 1 root node, 2 left subtree, 3 middle
/// subtree, then records in key order) and the byte offset where each section starts.
fn synthetic_car_sections(drop: &[usize]) -> (Vec<u8>, Vec<usize>) {
    let mut recs: Vec<(String, Vec<u8>)> = synthetic_records()
        .into_iter()
        .map(|(k, v)| (k, dag_cbor(&to_ipld(&v))))
        .collect();
    recs.sort_by(|a, b| a.0.cmp(&b.0));
    let leaves: Vec<(&str, Cid)> = recs
        .iter()
        .map(|(k, bytes)| (k.as_str(), cid_of(bytes)))
        .collect();
    // Left subtree: the first three keys; a subtree under entry 3 with keys 4–6; the rest in root.
    let left = mst_node(
        None,
        &[leaves[0], leaves[1], leaves[2]].map(|(k, v)| (k, v, None)),
    );
    let mid = mst_node(
        None,
        &[leaves[4], leaves[5], leaves[6]].map(|(k, v)| (k, v, None)),
    );
    let (left_cid, mid_cid) = (cid_of(&left), cid_of(&mid));
    let mut root_entries = vec![(leaves[3].0, leaves[3].1, Some(mid_cid))];
    root_entries.extend(leaves[7..].iter().map(|(k, v)| (*k, *v, None)));
    let root = mst_node(Some(left_cid), &root_entries);
    let root_cid = cid_of(&root);
    let commit = dag_cbor(&Ipld::Map(BTreeMap::from([
        ("did".into(), Ipld::String(DID.into())),
        ("version".into(), Ipld::Integer(3)),
        ("data".into(), Ipld::Link(root_cid)),
        ("rev".into(), Ipld::String(tid(1_700_100_000_000_000))),
        ("prev".into(), Ipld::Null),
        ("sig".into(), Ipld::Bytes(vec![7; 64])),
    ])));
    let commit_cid = cid_of(&commit);

    let header = dag_cbor(&Ipld::Map(BTreeMap::from([
        ("roots".into(), Ipld::List(vec![Ipld::Link(commit_cid)])),
        ("version".into(), Ipld::Integer(1)),
    ])));
    let mut out = Vec::new();
    varint(header.len() as u64, &mut out);
    out.extend_from_slice(&header);
    let mut blocks = vec![
        (commit_cid, commit),
        (root_cid, root),
        (left_cid, left),
        (mid_cid, mid),
    ];
    blocks.extend(recs.into_iter().map(|(_, bytes)| (cid_of(&bytes), bytes)));
    let mut starts = Vec::new();
    for (i, (cid, block)) in blocks.into_iter().enumerate() {
        if drop.contains(&i) {
            continue;
        }
        starts.push(out.len());
        let c = cid.to_bytes();
        varint((c.len() + block.len()) as u64, &mut out);
        out.extend_from_slice(&c);
        out.extend_from_slice(&block);
    }
    (out, starts)
}

/// The committed CAR fixtures, regenerated when `HINDSIGHT_UPDATE_FIXTURES=1`.
fn car_fixtures() -> Vec<(&'static str, Vec<u8>)> {
    let (full, starts) = synthetic_car_sections(&[]);
    let truncated = full[..full.len() * 2 / 3].to_vec();
    let mut corrupt = full.clone();
    // Overwrite the length of a section in the middle with 0xff bytes: the framing is lost there.
    let mid = starts[starts.len() / 2];
    corrupt[mid..mid + 8].fill(0xff);
    vec![
        ("repo.car", full),
        ("truncated.car", truncated),
        ("corrupt.car", corrupt),
        (
            "not_a_repo.car",
            b"this is a text file that ends in .car\n".to_vec(),
        ),
    ]
}

#[test]
fn bluesky_fixtures_match_the_generator() {
    let dir = Path::new("fixtures/bluesky");
    for (name, bytes) in car_fixtures() {
        let path = dir.join(name);
        if std::env::var_os("HINDSIGHT_UPDATE_FIXTURES").is_some() {
            std::fs::create_dir_all(dir).unwrap();
            std::fs::write(&path, &bytes).unwrap();
        }
        let committed = std::fs::read(&path).unwrap_or_default();
        assert!(
            committed == bytes,
            "{} differs from the generator; run with HINDSIGHT_UPDATE_FIXTURES=1",
            path.display()
        );
    }
}

#[test]
fn bluesky_synthetic_repository() {
    let got = ingest(&[PathBuf::from("fixtures/bluesky/repo.car")]);
    let counts = kinds(&got.records);
    assert_eq!(
        counts,
        BTreeMap::from([
            ("post".into(), 4),
            ("profile".into(), 1),
            ("quote".into(), 2),
            ("reply".into(), 1),
            ("repost".into(), 1),
        ])
    );
    assert!(got.records.iter().all(|r| r.audience == Audience::Public));
    let first = got
        .records
        .iter()
        .find(|r| r.hashtags == ["FOAMed"])
        .expect("the faceted post");
    assert_eq!(first.mentions, ["ana.example.com"]);
    assert_eq!(first.links, ["https://example.org/sepsis-guide"]);
    let problems: Vec<_> = got
        .coverage
        .problems
        .iter()
        .map(|p| p.message.as_str())
        .collect();
    assert_eq!(
        problems,
        [
            "app.bsky.feed.post/3ke7fafqs2222: record is not a map",
            "not audited (no text of the owner's): account declarations (1), blocks (1), \
             follows (1), likes of others' posts (2), reply and quote settings (1), \
             unknown record types (1)"
        ]
    );
    assert_eq!(
        got.coverage.entries[0].unparsed, 1,
        "the post that is a list"
    );
    let mut records = got.records.clone();
    records.sort_by_key(|r| r.source.index);
    insta::assert_yaml_snapshot!("bluesky_repo_records", records);
}

#[test]
fn bluesky_damaged_files_keep_what_they_can() {
    let full = ingest(&[PathBuf::from("fixtures/bluesky/repo.car")])
        .records
        .len();

    let cut = ingest(&[PathBuf::from("fixtures/bluesky/truncated.car")]);
    assert!(cut.coverage.has_errors());
    assert!(
        !cut.records.is_empty() && cut.records.len() < full,
        "{}",
        cut.records.len()
    );
    let messages: Vec<_> = cut
        .coverage
        .problems
        .iter()
        .map(|p| p.message.clone())
        .collect();
    assert!(
        messages.iter().any(|m| m.contains("damaged")),
        "{messages:?}"
    );
    assert!(
        messages.iter().any(|m| m.contains("not in the file")),
        "{messages:?}"
    );

    let corrupt = ingest(&[PathBuf::from("fixtures/bluesky/corrupt.car")]);
    assert!(corrupt.coverage.has_errors());
    assert!(!corrupt.records.is_empty() && corrupt.records.len() < full);

    let junk = ingest(&[PathBuf::from("fixtures/bluesky/not_a_repo.car")]);
    assert!(junk.records.is_empty());
    assert!(junk.coverage.problems[0]
        .message
        .contains("not a readable CAR"));
    assert_eq!(junk.coverage.entries[0].source.as_deref(), Some("bluesky"));
}

#[test]
fn bluesky_every_prefix_and_every_flipped_byte_is_survivable() {
    let full = synthetic_car();
    let (all, _) = read_bytes(&Bluesky, "repo.car", full.clone());
    let mut last = 0;
    for len in 0..full.len() {
        let (records, stats) = read_bytes(&Bluesky, "repo.car", full[..len].to_vec());
        assert!(records.len() <= all.len());
        assert!(
            records.len() >= last || len < 200,
            "prefix {len} lost records"
        );
        last = records.len();
        assert!(
            stats.problems.iter().any(|p| p.level == Level::Error),
            "a cut at {len} must be reported"
        );
    }
    for i in 0..full.len() {
        let mut bytes = full.clone();
        bytes[i] ^= 0x5a;
        let (records, _) = read_bytes(&Bluesky, "repo.car", bytes);
        assert!(records.len() <= all.len() + 1, "flip at {i}");
    }
}

#[test]
fn bluesky_records_outside_a_broken_tree_are_recovered_by_cid() {
    // Without the left subtree, the profile, the like and the first post are out of the tree's reach.
    let (bytes, _) = synthetic_car_sections(&[2]);
    let (records, stats) = read_bytes(&Bluesky, "repo.car", bytes);
    let recovered: Vec<_> = records
        .iter()
        .filter(|r| r.attributes.contains_key("recovered"))
        .collect();
    assert_eq!(recovered.len(), 2, "profile and post; the like is skipped");
    for r in &recovered {
        let cid = r.native_id.as_deref().unwrap();
        assert!(cid.starts_with("bafy"), "{cid}");
        assert_eq!(r.id, format!("bluesky:{cid}"));
        assert!(r.url.is_none());
    }
    assert_eq!(records.len(), 9, "every mapped record still read");
    let incomplete = stats
        .problems
        .iter()
        .find(|p| p.message.starts_with("repository is incomplete"))
        .unwrap();
    assert!(incomplete.message.contains("1 tree nodes are missing"));
    assert!(incomplete.message.contains("2 records were recovered"));

    // An intact tree never resurrects blocks it does not reach (old history, deleted records).
    let (mut bytes, _) = synthetic_car_sections(&[]);
    let stale = dag_cbor(&to_ipld(
        &json!({"$type": "app.bsky.feed.post", "text": "deleted"}),
    ));
    let c = cid_of(&stale).to_bytes();
    varint((c.len() + stale.len()) as u64, &mut bytes);
    bytes.extend_from_slice(&c);
    bytes.extend_from_slice(&stale);
    let (records, stats) = read_bytes(&Bluesky, "repo.car", bytes);
    assert!(records.iter().all(|r| r.text != "deleted"));
    assert!(stats.problems.iter().all(|p| p.level == Level::Warning));
}

// ---------------------------------------------------------------------------------------------
// Conformance over the real samples in shared/formats.
// ---------------------------------------------------------------------------------------------

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
fn conformance_shared_mastodon_samples() {
    let Some(formats) = shared_formats() else {
        eprintln!("shared/formats not found; skipping");
        return;
    };
    let got = ingest(&[formats.join("mastodon")]);
    let rows: BTreeMap<_, _> = got
        .coverage
        .entries
        .iter()
        .map(|e| (e.entry.as_str(), (e.role.as_str(), e.records, e.unparsed)))
        .collect();
    assert_eq!(rows["dealingwith__outbox.json"], ("records", 11, 0));
    assert_eq!(rows["dealingwith__actor.json"], ("records", 1, 0));
    assert_eq!(rows["dealingwith__likes.json"].0, "skipped");
    assert_eq!(rows["dealingwith__bookmarks.json"].0, "skipped");
    assert!(got.records.iter().all(|r| r.platform == Platform::Mastodon));
    assert_eq!(
        kinds(&got.records),
        BTreeMap::from([
            ("message".into(), 1),
            ("post".into(), 6),
            ("profile".into(), 1),
            ("reply".into(), 3),
            ("repost".into(), 1),
        ])
    );
    let vis: BTreeMap<String, usize> = got.records.iter().fold(BTreeMap::new(), |mut m, r| {
        if let Some(v) = r.attributes.get("visibility") {
            *m.entry(v.clone()).or_insert(0) += 1;
        }
        m
    });
    assert_eq!(
        vis,
        BTreeMap::from([
            ("direct".into(), 1),
            ("private".into(), 1),
            ("public".into(), 8),
            ("unlisted".into(), 1),
        ])
    );
    assert!(!got.coverage.has_errors(), "{:?}", got.coverage.problems);
}

#[test]
fn conformance_shared_bluesky_samples() {
    let Some(formats) = shared_formats() else {
        eprintln!("shared/formats not found; skipping");
        return;
    };
    let dir = formats.join("bluesky");
    let count = |name: &str| {
        let got = ingest(&[dir.join(name)]);
        (kinds(&got.records), got.coverage)
    };
    let (k, cov) = count("indigo__greenground.repo.car");
    assert!(k.is_empty(), "two follows only: {k:?}");
    assert!(!cov.has_errors());
    assert!(cov.problems[0].message.contains("follows (2)"));

    let (k, cov) = count("indigo__repo_slice.car");
    assert_eq!(k, BTreeMap::from([("post".into(), 1)]));
    assert!(cov.has_errors(), "a slice is an incomplete repository");

    // A 2023 repository with history: 28 old commits and their tree nodes, and legacy votes,
    // confirmations and a declaration that only old commits reach. Only the current tree counts.
    let (k, cov) = count("indigo__paul_staging.repo.car");
    assert_eq!(
        k,
        BTreeMap::from([
            ("post".into(), 76),
            ("profile".into(), 1),
            ("quote".into(), 6),
            ("reply".into(), 19),
            ("repost".into(), 15),
        ])
    );
    assert!(!cov.has_errors(), "{:?}", cov.problems);
    assert_eq!(
        cov.problems[0].message,
        "not audited (no text of the owner's): follows (8), likes of others' posts (60)"
    );
}

// ---------------------------------------------------------------------------------------------
// Robustness: arbitrary and damaged bytes never panic, in detection or reading.
// ---------------------------------------------------------------------------------------------

fn detect_both(name: &str, bytes: &[u8]) {
    let entry = Entry::from_bytes("mem", name, bytes.to_vec());
    let probe = hindsight::ingest::Probe {
        entry: &entry,
        path: name,
        name,
        head: &bytes[..bytes.len().min(hindsight::ingest::HEAD_BYTES)],
    };
    let _ = Mastodon.detect(&probe);
    let _ = Bluesky.detect(&probe);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..1024)) {
        detect_both("outbox.json", &bytes);
        detect_both("repo.car", &bytes);
        let _ = read_bytes(&Bluesky, "repo.car", bytes.clone());
        let _ = read_bytes(&Mastodon, "outbox.json", bytes.clone());
        let _ = read_bytes(&Mastodon, "actor.json", bytes);
    }
}

#[test]
fn mastodon_every_cut_and_flip_of_the_outbox_is_survivable() {
    let outbox = std::fs::read(Path::new(MASTODON_ARCHIVE).join("outbox.json")).unwrap();
    let (all, _) = read_bytes(&Mastodon, "outbox.json", outbox.clone());
    assert_eq!(all.len(), 7);
    let mut last = 0;
    for len in (0..outbox.len()).step_by(13) {
        let (records, stats) = read_bytes(&Mastodon, "outbox.json", outbox[..len].to_vec());
        assert!(records.len() >= last, "cut at {len} lost records");
        assert!(records.len() <= all.len());
        assert!(
            stats.problems.iter().any(|p| p.level == Level::Error),
            "cut at {len}"
        );
        last = records.len();
    }
    for i in (0..outbox.len()).step_by(5) {
        let mut bytes = outbox.clone();
        bytes[i] = b"\"{}[],:\\x\xff"[i % 10];
        detect_both("outbox.json", &bytes);
        let (records, _) = read_bytes(&Mastodon, "outbox.json", bytes);
        assert!(records.len() <= all.len());
    }
}

//! One conformance test for every source: garbage is "not mine" or a counted error, never a panic,
//! and detection is cheap (it sees only the path and the head).

use hindsight::ingest::{registry, Export, MediaIndex, Probe, Role};
use hindsight::input::{Entry, Limits};
use proptest::prelude::*;

fn garbage_inputs() -> Vec<(&'static str, Vec<u8>)> {
    let mut v: Vec<(&'static str, Vec<u8>)> = vec![
        ("empty.json", Vec::new()),
        ("nul.json", vec![0u8; 4096]),
        ("bom-only.csv", b"\xEF\xBB\xBF".to_vec()),
        (
            "utf16.txt",
            "\u{FEFF}hello\nworld"
                .encode_utf16()
                .flat_map(|u| u.to_le_bytes())
                .collect(),
        ),
        ("deep.json", "[".repeat(200_000).into_bytes()),
        (
            "object.json",
            br#"{"a": {"b": [1, 2, {"c": null}]}}"#.to_vec(),
        ),
        (
            "wrong-types.json",
            br#"[{"timestamp": "x", "messages": 5, "participants": {"name": 3}}]"#.to_vec(),
        ),
        (
            "js.js",
            b"window.YTD.tweets.part0 = [{\"tweet\": 5}, {]".to_vec(),
        ),
        (
            "lines.txt",
            b"12/12/2012, 12:12 - a: b\n99/99/9999, 99:99 - : \n[1/1/1, 1:1:1] x".to_vec(),
        ),
        (
            "header.csv",
            b"Date,ShareLink,ShareCommentary\n\"unterminated".to_vec(),
        ),
        ("car.car", vec![0xff, 0xff, 0xff, 0xff, 0x0f, 0xa2, 0x65]),
    ];
    let mut noise = 0x1234_5678_u64;
    let random: Vec<u8> = (0..8192)
        .map(|_| {
            noise ^= noise << 13;
            noise ^= noise >> 7;
            noise ^= noise << 17;
            noise as u8
        })
        .collect();
    v.push(("random.bin", random));
    v
}

/// Run every source over `entry`: detect, and read it if claimed (or even if not: read must cope).
fn exercise(entry: &Entry) {
    let limits = Limits::default();
    let media = MediaIndex::default();
    let head = entry.head(8192, &limits).unwrap_or_default();
    let path = entry.path_lower();
    let name = entry.file_name_lower();
    for source in registry() {
        let probe = Probe {
            entry,
            path: &path,
            name: &name,
            head: &head,
        };
        let claim = source.detect(&probe);
        assert!(
            claim.confidence <= 100,
            "{}: confidence out of range",
            source.name()
        );
        let role_claim = if claim.is_mine() {
            claim
        } else {
            hindsight::ingest::Claim::records(1)
        };
        let export = Export {
            input: &entry.input,
            root: String::new(),
            entries: vec![(entry, role_claim)],
            media: &media,
            limits: &limits,
        };
        let mut n = 0;
        let stats = source.read(&export, &mut |_| n += 1);
        let _ = (stats, role_claim.role == Role::Records);
    }
}

#[test]
fn every_source_survives_handwritten_garbage() {
    for (name, bytes) in garbage_inputs() {
        exercise(&Entry::from_bytes("garbage", name, bytes));
    }
}

#[test]
fn every_source_survives_garbage_under_its_own_file_names() {
    let names = [
        "data/tweets.js",
        "data/manifest.js",
        "messages/inbox/a_1/message_1.json",
        "posts/your_posts_1.json",
        "your_instagram_activity/content/posts_1.json",
        "Shares.csv",
        "messages.csv",
        "comments.csv",
        "outbox.json",
        "actor.json",
        "repo.car",
        "_chat.txt",
        "WhatsApp Chat with X.txt",
        "result.json",
        "user_data.json",
        "messages/c1/messages.json",
        "Takeout/YouTube and YouTube Music/comments/comments.csv",
    ];
    for (_, bytes) in garbage_inputs() {
        for name in names {
            exercise(&Entry::from_bytes("garbage", name, bytes.clone()));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn every_source_survives_random_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..2048), which in 0usize..6) {
        let name = ["data/tweets.js", "message_1.json", "Shares.csv", "_chat.txt", "result.json", "repo.car"][which];
        exercise(&Entry::from_bytes("random", name, bytes));
    }
}

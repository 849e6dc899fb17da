//! Hostile and broken archives: bombs, overlapping entries, path traversal, links, encryption,
//! truncation. Each stops at a documented limit with a clear problem naming the input and entry, in
//! bounded time and memory, and the good export beside them still gives exactly its own findings.

use hindsight::engine::{scan, ScanConfig, Silent};
use hindsight::input::{InputTree, Level, Limits};
use std::io::{Cursor, Write};
use std::path::{Path, PathBuf};

fn zip_bytes(files: &[(&str, &[u8])]) -> Vec<u8> {
    let mut buf = Cursor::new(Vec::new());
    {
        let mut w = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, data) in files {
            w.start_file(*name, opts).unwrap();
            w.write_all(data).unwrap();
        }
        w.finish().unwrap();
    }
    buf.into_inner()
}

/// Offsets of the end-of-central-directory record and the central directory.
fn eocd(bytes: &[u8]) -> (usize, usize, usize) {
    let at = (0..bytes.len() - 21)
        .rev()
        .find(|&i| bytes[i..i + 4] == [0x50, 0x4b, 0x05, 0x06])
        .unwrap();
    let cd_size = u32::from_le_bytes(bytes[at + 12..at + 16].try_into().unwrap()) as usize;
    let cd_start = u32::from_le_bytes(bytes[at + 16..at + 20].try_into().unwrap()) as usize;
    (at, cd_start, cd_size)
}

/// A zip whose central directory lists the same local entry `copies` times (overlapping entries).
fn overlapping_zip(copies: usize) -> Vec<u8> {
    let base = zip_bytes(&[("a.json", &vec![b'x'; 10_000])]);
    let (at, cd_start, cd_size) = eocd(&base);
    let entry = &base[cd_start..cd_start + cd_size];
    let mut out = base[..cd_start].to_vec();
    for i in 0..copies {
        // Same local entry, a different name each time (the zip crate merges equal names).
        let mut copy = entry.to_vec();
        copy[46] = b'a' + (i % 26) as u8;
        copy[47] = b'a' + (i / 26 % 26) as u8;
        out.extend_from_slice(&copy);
    }
    let mut tail = base[at..].to_vec();
    let n = copies as u16;
    tail[8..10].copy_from_slice(&n.to_le_bytes());
    tail[10..12].copy_from_slice(&n.to_le_bytes());
    tail[12..16].copy_from_slice(&((cd_size * copies) as u32).to_le_bytes());
    out.extend_from_slice(&tail);
    out
}

/// A zip whose only entry is flagged as encrypted.
fn encrypted_zip() -> Vec<u8> {
    let mut b = zip_bytes(&[("secret.json", b"[1,2,3]")]);
    let (_, cd_start, _) = eocd(&b);
    b[6] |= 1; // local header general-purpose flag: encrypted
    b[cd_start + 8] |= 1; // central directory copy of the flag
    b
}

/// A zip whose only entry inflates to `real` bytes but whose headers declare 100: under the 1 MiB
/// floor of the ratio check, so only the declared size can stop it.
fn understated_zip(real: usize) -> Vec<u8> {
    let mut b = zip_bytes(&[("data/tweets.js", &vec![b' '; real])]);
    let (_, cd_start, _) = eocd(&b);
    b[22..26].copy_from_slice(&100u32.to_le_bytes());
    b[cd_start + 24..cd_start + 28].copy_from_slice(&100u32.to_le_bytes());
    b
}

fn tar_gz_with_traversal_and_links() -> Vec<u8> {
    let mut tar_buf = Vec::new();
    {
        let mut builder = tar::Builder::new(&mut tar_buf);
        let data = br#"{"orderedItems": []}"#;
        for name in ["../../escape.json", "/etc/absolute.json"] {
            let mut h = tar::Header::new_old();
            h.as_old_mut().name[..name.len()].copy_from_slice(name.as_bytes());
            h.set_size(data.len() as u64);
            h.set_mode(0o644);
            h.set_entry_type(tar::EntryType::Regular);
            h.set_cksum();
            builder.append(&h, &data[..]).unwrap();
        }
        let mut sym = tar::Header::new_gnu();
        sym.set_entry_type(tar::EntryType::Symlink);
        sym.set_size(0);
        builder
            .append_link(&mut sym, "link-out", "/etc/passwd")
            .unwrap();
        let mut hard = tar::Header::new_gnu();
        hard.set_entry_type(tar::EntryType::Link);
        hard.set_size(0);
        builder
            .append_link(&mut hard, "hard-out", "/etc/shadow")
            .unwrap();
        builder.finish().unwrap();
    }
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(&tar_buf).unwrap();
    gz.finish().unwrap()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

#[test]
fn ratio_bomb_stops_at_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "bomb.zip",
        &zip_bytes(&[("data/tweets.js", &vec![0u8; 8 << 20])]),
    );
    let limits = Limits {
        max_ratio: 100,
        ..Limits::default()
    };
    let tree = InputTree::open(&[p], &limits);
    assert!(tree.entries.is_empty());
    assert!(
        tree.problems[0].message.contains("compression ratio"),
        "{:?}",
        tree.problems
    );
    assert_eq!(tree.problems[0].entry.as_deref(), Some("data/tweets.js"));
}

#[test]
fn an_entry_bigger_than_declared_is_cut_off_at_the_entry_limit() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "big.zip",
        &zip_bytes(&[("data.json", &vec![b'a'; 1 << 20])]),
    );
    let limits = Limits {
        max_entry_bytes: 1000,
        ..Limits::default()
    };
    let tree = InputTree::open(&[p], &limits);
    assert!(
        tree.entries.is_empty(),
        "declared size over the limit is skipped before reading"
    );
    assert!(tree.problems[0].message.contains("limit"));
}

#[test]
fn an_entry_inflating_beyond_its_declared_size_stops_there() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "understated.zip", &understated_zip(64 << 20));
    let tree = InputTree::open(std::slice::from_ref(&p), &Limits::default());
    assert_eq!(tree.entries.len(), 1, "{:?}", tree.problems);
    assert_eq!(tree.entries[0].size, 100);
    let err = tree.entries[0].read_all(&Limits::default()).unwrap_err();
    assert!(err.to_string().contains("declares"), "{err}");
    let mut head = Vec::new();
    let mut r = tree.entries[0].open(&Limits::default()).unwrap();
    assert!(std::io::Read::read_to_end(&mut r, &mut head).is_err());
    assert_eq!(head.len(), 100, "the declared bytes are delivered, no more");

    let s = scan(&[p], &ScanConfig::default(), &Silent);
    let named: Vec<String> = s.coverage.problems.iter().map(|p| p.to_string()).collect();
    assert!(
        named.iter().any(|m| m.contains("understated.zip")
            && m.contains("data/tweets.js")
            && m.contains("declares")),
        "{named:#?}"
    );
}

#[test]
fn overlapping_entries_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "overlap.zip", &overlapping_zip(50));
    let tree = InputTree::open(&[p], &Limits::default());
    assert!(tree.entries.is_empty());
    assert!(
        tree.problems[0].message.contains("overlap"),
        "{:?}",
        tree.problems
    );
}

#[test]
fn too_many_entries_stop_at_the_limit() {
    let names: Vec<String> = (0..300).map(|i| format!("f{i}.txt")).collect();
    let files: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), &b"x"[..])).collect();
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "many.zip", &zip_bytes(&files));
    let limits = Limits {
        max_entries: 100,
        ..Limits::default()
    };
    let tree = InputTree::open(&[p], &limits);
    assert_eq!(tree.entries.len(), 100);
    assert!(tree
        .problems
        .iter()
        .any(|p| p.message.contains("more than 100 entries")));
}

#[test]
fn nested_archives_stop_at_the_depth_limit() {
    let mut inner = zip_bytes(&[("data/tweets.js", b"window.YTD.tweets.part0 = []")]);
    for i in 0..5 {
        inner = zip_bytes(&[(&format!("level{i}.zip"), &inner)]);
    }
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "russian-doll.zip", &inner);
    let tree = InputTree::open(&[p], &Limits::default());
    assert!(tree.entries.is_empty());
    let problem = &tree.problems[0];
    assert!(problem.message.contains("nested deeper than 3"));
    assert!(
        problem.entry.as_deref().unwrap().contains("!/"),
        "names the nested path: {:?}",
        problem.entry
    );
}

#[test]
fn encrypted_and_truncated_zips_are_reported_by_path() {
    let dir = tempfile::tempdir().unwrap();
    let enc = write(dir.path(), "enc.zip", &encrypted_zip());
    let good = zip_bytes(&[("a.json", b"[]"), ("b.json", b"[]")]);
    let (_, cd_start, _) = eocd(&good);
    let trunc = write(dir.path(), "trunc.zip", &good[..cd_start + 10]);
    let tree = InputTree::open(&[enc, trunc], &Limits::default());
    assert!(tree.entries.is_empty());
    let msgs: Vec<String> = tree.problems.iter().map(|p| p.to_string()).collect();
    assert!(
        msgs.iter()
            .any(|m| m.contains("enc.zip") && m.contains("secret.json") && m.contains("encrypted")),
        "{msgs:?}"
    );
    assert!(
        msgs.iter()
            .any(|m| m.contains("trunc.zip") && m.contains("zip")),
        "{msgs:?}"
    );
}

#[test]
fn tar_traversal_names_are_labels_and_links_are_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "archive.tar.gz",
        &tar_gz_with_traversal_and_links(),
    );
    let tree = InputTree::open(&[p], &Limits::default());
    let paths: Vec<&str> = tree.entries.iter().map(|e| e.path.as_str()).collect();
    assert_eq!(
        paths,
        ["../../escape.json", "/etc/absolute.json"],
        "kept only as labels"
    );
    for e in &tree.entries {
        assert_eq!(
            e.read_all(&Limits::default()).unwrap(),
            br#"{"orderedItems": []}"#,
            "content comes from the archive"
        );
    }
    let links = tree
        .problems
        .iter()
        .filter(|p| p.message.contains("link") && p.level == Level::Warning)
        .count();
    assert_eq!(links, 2);
    assert!(!dir.path().join("escape.json").exists() && !Path::new("/escape.json").exists());
}

#[test]
fn a_good_export_among_hostile_ones_gives_exactly_its_own_findings() {
    let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/demo");
    let alone = scan(std::slice::from_ref(&demo), &ScanConfig::default(), &Silent);
    assert!(!alone.findings.is_empty());

    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let mut inputs = vec![demo];
    inputs.push(write(
        d,
        "bomb.zip",
        &zip_bytes(&[("data/tweets.js", &vec![0u8; 8 << 20])]),
    ));
    inputs.push(write(d, "overlap.zip", &overlapping_zip(20)));
    inputs.push(write(d, "enc.zip", &encrypted_zip()));
    inputs.push(write(
        d,
        "trunc.zip",
        &zip_bytes(&[("a.json", b"[]")])[..20],
    ));
    inputs.push(write(d, "empty.zip", b""));
    inputs.push(write(d, "not-a-zip.zip", b"PK\x03\x04garbage"));
    inputs.push(write(
        d,
        "traversal.tar.gz",
        &tar_gz_with_traversal_and_links(),
    ));
    inputs.push(write(
        d,
        "truncated.tar.gz",
        &tar_gz_with_traversal_and_links()[..40],
    ));
    inputs.push(write(
        d,
        "tweets.js",
        b"window.YTD.tweets.part0 = [{\"tweet\": {\"id_str\": \"1\", \"full_text\": \"cut",
    ));
    inputs.push(write(d, "deep.json", "[".repeat(200_000).as_bytes()));
    inputs.push(write(d, "nul.json", &vec![0u8; 10_000]));
    inputs.push(d.join("missing.zip"));
    let mut doll = zip_bytes(&[("x.txt", b"x")]);
    for i in 0..5 {
        doll = zip_bytes(&[(&format!("l{i}.zip"), &doll)]);
    }
    inputs.push(write(d, "doll.zip", &doll));

    let config = ScanConfig {
        limits: Limits {
            max_ratio: 100,
            ..Limits::default()
        },
        ..ScanConfig::default()
    };
    let mixed = scan(&inputs, &config, &Silent);
    assert!(mixed.coverage.has_errors());
    let named: Vec<String> = mixed
        .coverage
        .problems
        .iter()
        .map(|p| p.to_string())
        .collect();
    for bad in [
        "bomb.zip",
        "overlap.zip",
        "enc.zip",
        "trunc.zip",
        "empty.zip",
        "not-a-zip.zip",
        "truncated.tar.gz",
        "tweets.js",
        "missing.zip",
        "doll.zip",
    ] {
        assert!(
            named.iter().any(|m| m.contains(bad)),
            "{bad} not reported: {named:#?}"
        );
    }
    let ids = |s: &hindsight::engine::Scan| {
        s.findings
            .iter()
            .filter(|f| f.record.source.input.ends_with("demo"))
            .map(|f| f.id.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        ids(&alone),
        ids(&mixed),
        "the good export's findings are unchanged"
    );
}

#[test]
#[cfg(unix)]
fn unreadable_folders_and_files_are_reported() {
    use std::os::unix::fs::PermissionsExt;
    if std::fs::read_dir("/root").is_ok() && unsafe_is_root() {
        eprintln!("skipping: running as root, permissions do not apply");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let locked = dir.path().join("locked");
    std::fs::create_dir(&locked).unwrap();
    std::fs::write(locked.join("x.json"), "[]").unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    let tree = InputTree::open(&[dir.path().to_path_buf()], &Limits::default());
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert!(
        tree.problems
            .iter()
            .any(|p| p.message.contains("cannot list folder")),
        "{:?}",
        tree.problems
    );
}

fn unsafe_is_root() -> bool {
    std::fs::metadata("/proc/self")
        .map(|_| std::env::var("USER").map(|u| u == "root").unwrap_or(true))
        .unwrap_or(false)
}

/// Words that tell a person what to do about a problem.
const ACTIONS: [&str; 12] = [
    "download",
    "request",
    "export the",
    "export it",
    "export again",
    "re-create",
    "unpack",
    "scan fewer",
    "scan the",
    "check the",
    "do not open",
    "name the",
];

fn says_what_to_do(p: &hindsight::input::Problem) -> bool {
    let text = format!("{} {}", p.message, p.hint.as_deref().unwrap_or("")).to_lowercase();
    ACTIONS.iter().any(|a| text.contains(a))
}

/// A zip whose `data/tweets.js` has its deflate stream damaged half-way.
fn corrupt_deflate_zip() -> Vec<u8> {
    let mut tweets = b"window.YTD.tweets.part0 = [".to_vec();
    for i in 0..2000 {
        tweets.extend_from_slice(
            format!("{{\"tweet\": {{\"id_str\": \"{i}\", \"full_text\": \"note {i}\"}}}},")
                .as_bytes(),
        );
    }
    tweets.extend_from_slice(b"{}]");
    let mut b = zip_bytes(&[("data/tweets.js", &tweets)]);
    let (_, cd_start, _) = eocd(&b);
    let data_start = 30 + "data/tweets.js".len();
    let mid = data_start + (cd_start - data_start) / 2;
    for byte in &mut b[mid..mid + 64] {
        *byte = 0xff;
    }
    b
}

#[test]
fn every_error_names_its_input_and_says_what_to_do() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(&fixtures)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir() && !p.ends_with("eval"))
        .collect();
    inputs.sort();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    inputs.push(write(
        d,
        "bomb.zip",
        &zip_bytes(&[("data/tweets.js", &vec![0u8; 8 << 20])]),
    ));
    inputs.push(write(d, "overlap.zip", &overlapping_zip(20)));
    inputs.push(write(d, "enc.zip", &encrypted_zip()));
    inputs.push(write(d, "understated.zip", &understated_zip(4 << 20)));
    inputs.push(write(d, "damaged.zip", &corrupt_deflate_zip()));
    inputs.push(write(
        d,
        "trunc.zip",
        &zip_bytes(&[("a.json", b"[]")])[..20],
    ));
    inputs.push(write(d, "empty.zip", b""));
    inputs.push(write(
        d,
        "truncated.tar.gz",
        &tar_gz_with_traversal_and_links()[..40],
    ));
    inputs.push(d.join("missing.zip"));
    let mut doll = zip_bytes(&[("x.txt", b"x")]);
    for i in 0..5 {
        doll = zip_bytes(&[(&format!("l{i}.zip"), &doll)]);
    }
    inputs.push(write(d, "doll.zip", &doll));
    let config = ScanConfig {
        limits: Limits {
            max_ratio: 100,
            ..Limits::default()
        },
        ..ScanConfig::default()
    };
    let s = scan(&inputs, &config, &Silent);
    let errors: Vec<_> = s
        .coverage
        .problems
        .iter()
        .filter(|p| p.level == Level::Error)
        .collect();
    assert!(errors.len() > 20, "{errors:#?}");
    for input in ["understated.zip", "damaged.zip"] {
        assert!(
            errors
                .iter()
                .any(|p| p.input.ends_with(input) && p.entry.as_deref() == Some("data/tweets.js")),
            "{input}: {errors:#?}"
        );
    }
    let unhelpful: Vec<String> = errors
        .iter()
        .filter(|p| p.input.is_empty() || !says_what_to_do(p))
        .map(|p| p.to_string())
        .collect();
    assert!(
        unhelpful.is_empty(),
        "errors that do not say what to do:\n{}",
        unhelpful.join("\n")
    );
}

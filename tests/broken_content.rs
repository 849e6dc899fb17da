//! Broken content inside otherwise well-formed exports, for every JSON source: a file that breaks
//! part-way keeps the records before the break and says so; invalid UTF-8, UTF-16 (with and without a
//! byte-order mark), lone surrogate escapes and NUL padding are decoded or reported, never a panic and
//! never a silent loss; nesting 200,000 levels deep is refused cleanly.

use hindsight::engine::{ingest, Ingested, ScanConfig, Silent};
use hindsight::input::{Level, Problem};
use std::path::{Path, PathBuf};

/// One JSON source's fixture export, the entry under test, and a piece of record text in it (bytes
/// are spliced in after its last occurrence).
struct Case {
    dir: &'static str,
    entry: &'static str,
    needle: &'static str,
}

const CASES: [Case; 10] = [
    Case {
        dir: "twitter/tweets-js-2024",
        entry: "data/tweets.js",
        needle: "\"Clinic ran",
    },
    Case {
        dir: "twitter/grailbird-2016",
        entry: "data/js/tweets/2016_03.js",
        needle: "\"Great asthma",
    },
    Case {
        dir: "facebook/2024",
        entry: "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json",
        needle: "\"New job",
    },
    Case {
        dir: "facebook/2022",
        entry: "messages/inbox/priyashah_ab12cd34/message_1.json",
        needle: "\"See you",
    },
    Case {
        dir: "instagram/2022",
        entry: "content/posts_1.json",
        needle: "\"Spring in",
    },
    Case {
        dir: "instagram/2024",
        entry: "your_instagram_activity/threads/threads_and_replies.json",
        needle: "\"Three things",
    },
    Case {
        dir: "mastodon/archive",
        entry: "outbox.json",
        needle: "\"content\": \"<p>Back at",
    },
    Case {
        dir: "telegram/full",
        entry: "result.json",
        needle: "\"Hi Alex",
    },
    Case {
        dir: "tiktok/new",
        entry: "user_data_tiktok.json",
        needle: "\"Use code",
    },
    Case {
        dir: "discord/package2023",
        entry: "messages/c1110000000000000001/messages.json",
        needle: "\"Hi <@",
    },
];

fn fixture(dir: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(dir)
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let dest = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &dest);
        } else {
            std::fs::copy(e.path(), dest).unwrap();
        }
    }
}

/// What reading the export gave for the entry under test.
struct Outcome {
    texts: Vec<String>,
    problems: Vec<Problem>,
}

impl Outcome {
    fn errors(&self) -> Vec<&Problem> {
        self.problems
            .iter()
            .filter(|p| p.level == Level::Error)
            .collect()
    }
}

fn outcome_of(scan: &Ingested, entry: &str) -> Outcome {
    let mut texts: Vec<String> = scan
        .records
        .iter()
        .filter(|r| r.source.entry == entry)
        .map(|r| r.text.clone())
        .collect();
    texts.sort();
    let problems = scan
        .coverage
        .problems
        .iter()
        .filter(|p| p.entry.as_deref() == Some(entry))
        .cloned()
        .collect();
    Outcome { texts, problems }
}

/// Read the case's export with its entry replaced by `bytes`.
fn read_with(case: &Case, bytes: &[u8]) -> Outcome {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("export");
    copy_dir(&fixture(case.dir), &root);
    std::fs::write(root.join(case.entry), bytes).unwrap();
    let config = ScanConfig {
        jobs: Some(1),
        ..ScanConfig::default()
    };
    outcome_of(&ingest(&[root], &config, &Silent), case.entry)
}

fn original(case: &Case) -> Vec<u8> {
    std::fs::read(fixture(case.dir).join(case.entry)).unwrap()
}

/// The baseline: the untouched file reads cleanly and gives at least two records.
fn baseline(case: &Case) -> Outcome {
    let base = read_with(case, &original(case));
    assert!(
        base.texts.len() >= 2,
        "{}: fixture gives {} records",
        case.entry,
        base.texts.len()
    );
    assert!(
        base.errors().is_empty(),
        "{}: {:?}",
        case.entry,
        base.problems
    );
    base
}

fn splice(bytes: &[u8], at: usize, insert: &[u8]) -> Vec<u8> {
    [&bytes[..at], insert, &bytes[at..]].concat()
}

fn needle_end(case: &Case, bytes: &[u8]) -> usize {
    let at = bytes
        .windows(case.needle.len())
        .rposition(|w| w == case.needle.as_bytes())
        .unwrap_or_else(|| panic!("{}: needle {:?} not found", case.entry, case.needle));
    at + case.needle.len()
}

#[test]
fn json_broken_part_way_keeps_the_records_before_the_break() {
    for case in &CASES {
        let base = baseline(case);
        let bytes = original(case);
        let mut previous = 0;
        // From a quarter of the way in to just before the last closing bracket.
        let cuts = [
            bytes.len() / 4,
            bytes.len() / 2,
            bytes.len() * 3 / 4,
            bytes.len() * 9 / 10,
            bytes.len() - 3,
        ];
        for (i, cut) in cuts.into_iter().enumerate() {
            for tail in [&b""[..], b"\n}}{ garbage ][ \"x\": nope"] {
                let broken = [&bytes[..cut], tail].concat();
                let got = read_with(case, &broken);
                for t in &got.texts {
                    assert!(
                        base.texts.contains(t),
                        "{}: cut at {cut} made up a record {t:?}",
                        case.entry
                    );
                }
                if got.texts.len() < base.texts.len() {
                    assert!(
                        !got.errors().is_empty(),
                        "{}: cut at {cut} lost {} records silently: {:?}",
                        case.entry,
                        base.texts.len() - got.texts.len(),
                        got.problems
                    );
                }
                if tail.is_empty() {
                    assert!(
                        got.texts.len() >= previous,
                        "{}: cut at {cut} kept fewer records ({}) than an earlier cut ({previous})",
                        case.entry,
                        got.texts.len()
                    );
                    previous = got.texts.len();
                }
                if i == cuts.len() - 1 {
                    assert!(
                        got.texts.len() + 1 >= base.texts.len(),
                        "{}: a file cut at its very end kept {} of {} records",
                        case.entry,
                        got.texts.len(),
                        base.texts.len()
                    );
                }
            }
        }
    }
}

#[test]
fn a_download_cut_short_and_padded_with_nuls_keeps_what_arrived() {
    for case in &CASES {
        let base = baseline(case);
        let bytes = original(case);
        let cut = bytes.len() * 3 / 4;
        let mut padded = bytes[..cut].to_vec();
        padded.resize(bytes.len(), 0);
        let got = read_with(case, &padded);
        assert!(
            !got.texts.is_empty() || base.texts.len() < 2,
            "{}: nothing kept from a file cut at 3/4",
            case.entry
        );
        assert!(
            got.texts.len() < base.texts.len() || got.errors().is_empty(),
            "{}",
            case.entry
        );
        if got.texts.len() < base.texts.len() {
            let error = got
                .errors()
                .into_iter()
                .next()
                .expect("the break is an error");
            assert!(
                error.to_string().contains(case.entry),
                "{}: {error}",
                case.entry
            );
        }
    }
}

#[test]
fn invalid_utf8_inside_a_string_keeps_every_record() {
    for case in &CASES {
        let base = baseline(case);
        let bytes = original(case);
        let broken = splice(&bytes, needle_end(case, &bytes), b"\xff\xfe\xc3(\x80");
        let got = read_with(case, &broken);
        assert_eq!(
            got.texts.len(),
            base.texts.len(),
            "{}: {:?}",
            case.entry,
            got.problems
        );
        assert!(
            got.texts.iter().any(|t| t.contains('\u{FFFD}')),
            "{}: the bad bytes show as U+FFFD",
            case.entry
        );
    }
}

#[test]
fn utf16_files_with_and_without_a_byte_order_mark_are_decoded() {
    for case in &CASES {
        let base = baseline(case);
        let text = String::from_utf8(original(case)).unwrap();
        let le = |s: &str| -> Vec<u8> { s.encode_utf16().flat_map(u16::to_le_bytes).collect() };
        let be = |s: &str| -> Vec<u8> { s.encode_utf16().flat_map(u16::to_be_bytes).collect() };
        let with_bom = format!("\u{FEFF}{text}");
        for (what, bytes) in [
            ("UTF-16LE with BOM", le(&with_bom)),
            ("UTF-16BE with BOM", be(&with_bom)),
            ("UTF-16LE without BOM", le(&text)),
            ("UTF-16BE without BOM", be(&text)),
        ] {
            let got = read_with(case, &bytes);
            assert_eq!(
                got.texts, base.texts,
                "{} as {what}: {:?}",
                case.entry, got.problems
            );
        }
    }
}

#[test]
fn lone_surrogate_escapes_become_replacement_characters() {
    for case in &CASES {
        let base = baseline(case);
        let bytes = original(case);
        let at = needle_end(case, &bytes);
        for escape in [
            &br"\ud800"[..],
            br"\udfff",
            br"\ud83d\u0041",
            br"\ud83d\ud83d",
        ] {
            let got = read_with(case, &splice(&bytes, at, escape));
            assert_eq!(
                got.texts.len(),
                base.texts.len(),
                "{} with {}: {:?}",
                case.entry,
                String::from_utf8_lossy(escape),
                got.problems
            );
            assert!(
                got.texts.iter().any(|t| t.contains('\u{FFFD}')),
                "{} with {}",
                case.entry,
                String::from_utf8_lossy(escape)
            );
        }
        // A paired surrogate and an escaped backslash before `u` are left alone.
        let got = read_with(case, &splice(&bytes, at, br"\ud83d\ude00 \\ud800"));
        assert_eq!(got.texts.len(), base.texts.len(), "{}", case.entry);
        assert!(
            got.texts
                .iter()
                .any(|t| t.contains("\u{1F600} \\ud800") || t.contains("\u{1F600}")),
            "{}: {:?}",
            case.entry,
            got.texts
        );
    }
}

#[test]
fn a_nul_inside_a_string_is_an_error_after_the_records_before_it() {
    for case in &CASES {
        let base = baseline(case);
        let bytes = original(case);
        let got = read_with(case, &splice(&bytes, needle_end(case, &bytes), b"\0"));
        assert!(got.texts.len() <= base.texts.len(), "{}", case.entry);
        if got.texts.len() < base.texts.len() {
            assert!(
                !got.problems.is_empty(),
                "{}: records lost without a problem",
                case.entry
            );
        }
    }
}

#[test]
fn nesting_200000_deep_is_refused_in_every_json_source() {
    const DEPTH: usize = 200_000;
    let arrays = format!("{}{}", "[".repeat(DEPTH), "]".repeat(DEPTH));
    let objects = format!("{}1{}", "{\"a\":".repeat(DEPTH), "}".repeat(DEPTH));
    let unclosed = "[{\"a\":".repeat(DEPTH);
    for case in &CASES {
        let base = baseline(case);
        let bytes = original(case);
        let prefix: &[u8] = if case.entry.ends_with(".js") {
            let eq = bytes.iter().position(|b| *b == b'=').unwrap();
            &bytes[..=eq]
        } else {
            b""
        };
        for deep in [&arrays, &objects, &unclosed] {
            let whole = [prefix, deep.as_bytes()].concat();
            let got = read_with(case, &whole);
            assert!(got.texts.is_empty(), "{}", case.entry);
            if deep == &unclosed {
                continue;
            }
            // Deep nesting inside one record's value: streaming sources skip that record, sources
            // that parse a record in place stop there; either way nothing is lost unreported.
            let at = needle_end(case, &bytes);
            let quote_end = at
                + bytes[at..]
                    .iter()
                    .position(|b| *b == b'"')
                    .expect("the needle's string ends");
            let inner = splice(
                &bytes,
                quote_end + 1,
                format!(", \"deep\": {deep}").as_bytes(),
            );
            let got = read_with(case, &inner);
            assert!(
                got.texts.iter().all(|t| base.texts.contains(t)),
                "{}",
                case.entry
            );
            if got.texts.len() < base.texts.len() {
                assert!(
                    !got.problems.is_empty(),
                    "{}: records lost without a problem",
                    case.entry
                );
            }
        }
    }
}

/// Text and CSV sources, for the encoding cases.
const TEXT_CASES: [Case; 7] = [
    Case {
        dir: "linkedin/export2025",
        entry: "Shares.csv",
        needle: "",
    },
    Case {
        dir: "reddit/export_dr_ada_lovell_20240105",
        entry: "comments.csv",
        needle: "",
    },
    Case {
        dir: "youtube/Takeout",
        entry: "YouTube and YouTube Music/comments/comments.csv",
        needle: "",
    },
    Case {
        dir: "discord/package_old",
        entry: "messages/666000000000000001/messages.csv",
        needle: "",
    },
    Case {
        dir: "twitter/grailbird-2016",
        entry: "tweets.csv",
        needle: "",
    },
    Case {
        dir: "whatsapp/multi",
        entry: "chat_one.txt",
        needle: "",
    },
    Case {
        dir: "whatsapp/variants",
        entry: "ios_en_bracket_crlf.txt",
        needle: "",
    },
];

#[test]
fn utf16_text_and_csv_files_are_decoded() {
    for case in &TEXT_CASES {
        let base = read_with(case, &original(case));
        assert!(!base.texts.is_empty(), "{}", case.entry);
        let text = String::from_utf8(original(case)).unwrap();
        let le = |s: &str| -> Vec<u8> { s.encode_utf16().flat_map(u16::to_le_bytes).collect() };
        let be = |s: &str| -> Vec<u8> { s.encode_utf16().flat_map(u16::to_be_bytes).collect() };
        let with_bom = format!("\u{FEFF}{}", text.trim_start_matches('\u{FEFF}'));
        for (what, bytes) in [
            ("UTF-16LE with BOM", le(&with_bom)),
            ("UTF-16BE with BOM", be(&with_bom)),
            ("UTF-16LE without BOM", le(&text)),
        ] {
            let got = read_with(case, &bytes);
            assert_eq!(
                got.texts, base.texts,
                "{} as {what}: {:?}",
                case.entry, got.problems
            );
        }
        let mut broken = original(case);
        broken.splice(broken.len() / 2..broken.len() / 2, *b"\xff\xc3");
        let got = read_with(case, &broken);
        assert!(
            got.texts.len() + 1 >= base.texts.len(),
            "{}: invalid UTF-8 cost more than one record: {:?}",
            case.entry,
            got.problems
        );
    }
}

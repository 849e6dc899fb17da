//! The streaming readers (split on one thread, parsed on all) give exactly the records of the plain
//! way: `serde_json::from_str` of the whole array after the `=`, then one element at a time. Checked
//! on every tweets and DM file of the fixtures and of the shared real samples.

use super::dm;
use super::owner::Owner;
use super::threads::SelfThreads;
use super::tweet::{ReadTweet, TweetReader};
use super::{file_type, FileType};
use crate::ingest::{MediaIndex, ProcessedBatch, ReadStats, RecordBatches};
use crate::input::{Entry, Limits};
use crate::model::Record;
use serde_json::value::RawValue;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Keeps processed batches aside and their records once committed, like the engine does.
#[derive(Default)]
struct Collect {
    processed: Mutex<Vec<Option<Vec<Record>>>>,
    committed: Mutex<Vec<Record>>,
}

impl RecordBatches for Collect {
    fn process(&self, records: Vec<Record>) -> ProcessedBatch {
        let mut p = self.processed.lock().unwrap();
        p.push(Some(records));
        ProcessedBatch(p.len() as u64 - 1)
    }

    fn commit(&self, batch: ProcessedBatch) {
        let records = self.processed.lock().unwrap()[batch.0 as usize].take();
        self.committed.lock().unwrap().extend(records.unwrap());
    }
}

fn js_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            js_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "js") {
            out.push(p);
        }
    }
}

/// Fixture archives, and the shared samples when they are beside the repository.
fn sample_files() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    js_files(&root.join("fixtures"), &mut files);
    for shared in ["../shared/formats/twitter", "../../shared/formats/twitter"] {
        if root.join(shared).is_dir() {
            js_files(&root.join(shared), &mut files);
            break;
        }
    }
    files
}

/// The array after the `=` parsed whole, or `None` when the file is not a well-formed array (broken
/// files are compared with `serde_json`'s streaming parser in `text::array`).
fn whole_array(bytes: &[u8]) -> Option<Vec<Box<RawValue>>> {
    let text = std::str::from_utf8(bytes).ok()?;
    let body = &text[text.find('=')? + 1..];
    let body = body.trim().trim_end_matches(';');
    serde_json::from_str(body).ok()
}

#[test]
fn streaming_and_whole_file_parses_give_the_same_records() {
    let limits = Limits::default();
    let media = MediaIndex::default();
    let notes = HashMap::new();
    let owner = Owner {
        id: Some("1000".into()),
        username: Some("someone".into()),
        display_name: None,
    };
    let reader = TweetReader {
        owner: &owner,
        notes: &notes,
        media: &media,
        input: "in",
    };
    let mut compared = (0, 0);
    for path in sample_files() {
        let bytes = std::fs::read(&path).unwrap();
        let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_string();
        let name = path.file_name().unwrap().to_string_lossy().to_lowercase();
        let Some(kind) = file_type(&head, &name) else {
            continue;
        };
        let Some(whole) = whole_array(&bytes) else {
            continue;
        };
        let entry = Entry::from_bytes("in", &path.to_string_lossy(), bytes);
        let mut stats = ReadStats::default();
        match kind {
            FileType::Tweets | FileType::DeletedTweets | FileType::CommunityTweets => {
                let (deleted, community) = (
                    kind == FileType::DeletedTweets,
                    kind == FileType::CommunityTweets,
                );
                // The plain way: every element parsed from the whole array, one after another.
                let mut plain = Vec::new();
                let mut threads = SelfThreads::default();
                for (i, raw) in whole.iter().enumerate() {
                    let Ok(t) = super::tweet::parse_wrapped(raw.get()) else {
                        continue;
                    };
                    let may_continue_own_thread = reader.may_continue_own_thread(&t);
                    if let Some(mut r) = reader.record(&t, &entry, i as u64) {
                        if deleted {
                            r.attributes.insert("deleted".into(), "true".into());
                        }
                        if community {
                            r.attributes.insert("community".into(), "true".into());
                        }
                        let t = ReadTweet {
                            record: r,
                            may_continue_own_thread,
                        };
                        threads.pass(t, &mut |r| plain.push(r));
                    }
                }
                threads.finish(&mut |r| plain.push(r));
                // Streamed, records emitted in order...
                let mut streamed: Vec<Record> = Vec::new();
                let mut threads = SelfThreads::default();
                let mut emit = |r: Record| streamed.push(r);
                reader.read_file(
                    &entry,
                    deleted,
                    community,
                    &limits,
                    &mut stats,
                    &mut threads,
                    &mut emit,
                    None,
                );
                threads.finish(&mut emit);
                assert_eq!(streamed, plain, "{}", path.display());
                // ...and handed to the rules where they were built, counted in commit order.
                let batches = Collect::default();
                let mut streamed: Vec<Record> = Vec::new();
                let mut threads = SelfThreads::default();
                let mut emit = |r: Record| streamed.push(r);
                reader.read_file(
                    &entry,
                    deleted,
                    community,
                    &limits,
                    &mut stats,
                    &mut threads,
                    &mut emit,
                    Some(&batches),
                );
                threads.finish(&mut emit);
                let mut both = batches.committed.into_inner().unwrap();
                both.extend(streamed);
                plain.sort_by(|a, b| a.id.cmp(&b.id));
                both.sort_by(|a, b| a.id.cmp(&b.id));
                assert_eq!(both, plain, "{}", path.display());
                compared.0 += 1;
            }
            FileType::DirectMessages | FileType::GroupDirectMessages => {
                let group = kind == FileType::GroupDirectMessages;
                let mut streamed = Vec::new();
                dm::read_conversations(
                    &entry,
                    group,
                    owner.id.as_deref(),
                    &limits,
                    &mut stats,
                    &mut |r| streamed.push(r),
                );
                let values: Vec<serde_json::Value> = whole
                    .iter()
                    .map(|raw| serde_json::from_str(raw.get()).unwrap())
                    .collect();
                let mut plain = Vec::new();
                let mut index = 0;
                for (i, v) in values.iter().enumerate() {
                    let Ok(c) = dm::conversation(v, i as u64, &entry, group, owner.id.as_deref())
                    else {
                        continue;
                    };
                    plain.extend(c.records.into_iter().map(|mut r| {
                        r.source.index += index;
                        r
                    }));
                    index += c.events;
                }
                assert_eq!(streamed, plain, "{}", path.display());
                compared.1 += 1;
            }
            _ => {}
        }
    }
    assert!(compared.0 >= 4 && compared.1 >= 2, "compared {compared:?}");
}

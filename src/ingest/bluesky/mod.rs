//! Bluesky: an AT Protocol repository exported as a CAR file (`repo.car`, from Settings → Export my
//! data, or `com.atproto.sync.getRepo`).
//!
//! The file is content-addressed storage, not a list of posts: [`car`] indexes its blocks by CID,
//! the root block is the signed commit `{did, version, data, rev?, prev, sig}`, and [`mst`] walks the
//! search tree under `data` to find every `<collection>/<rkey>` key and its record. [`records`] maps
//! the records. Images and videos are not in the file (they are separate blobs), so media carry the
//! blob's CID and alt text only.
//!
//! Damage is expected (a download cut short, a partial "slice" of a repository): whatever the walk
//! reaches is read, and the file is reported as incomplete with counts of what was out of reach.
//! When the tree itself is broken, blocks that decode as records but were not reached are read too
//! (their key is unknown, so they are identified by CID); in an intact tree such blocks would be
//! stale history and are left alone.

pub mod car;
pub mod mst;
pub mod records;

use super::{Claim, Export, Probe, ReadStats, Source};
use crate::input::{Entry, Problem};
use crate::model::{Platform, Record};
use car::Car;
use ipld_core::cid::Cid;
use ipld_core::ipld::Ipld;
use records::{ipld_to_json, map_record, Mapped, Repo};
use serde_json::Value;
use std::collections::{BTreeMap, HashSet};
use std::io::Read;

pub struct Bluesky;

impl Source for Bluesky {
    fn name(&self) -> &'static str {
        "bluesky"
    }

    fn platform(&self) -> Platform {
        Platform::Bluesky
    }

    fn detect(&self, probe: &Probe) -> Claim {
        if car::looks_like_car(probe.head) {
            Claim::records(90)
        } else if probe.name.ends_with(".car") && !probe.head.is_empty() {
            // Named like a repository but unreadable: claim it weakly so the damage is reported
            // rather than the file silently listed as unrecognised.
            Claim::records(20)
        } else {
            Claim::NOT_MINE
        }
    }

    /// Every CAR file is a repository of its own.
    fn export_root(&self, entry: &Entry) -> String {
        entry.path.clone()
    }

    fn read(&self, export: &Export, emit: &mut dyn FnMut(Record)) -> ReadStats {
        let mut stats = ReadStats::default();
        for entry in export.with_role(super::Role::Records) {
            read_repo(entry, export, emit, &mut stats);
        }
        stats
    }
}

const REEXPORT_HINT: &str =
    "export the repository again (Settings → Export my data) and scan the new file";

/// The decoded commit block.
struct Commit {
    did: String,
    data: Option<Cid>,
    version: Option<i128>,
}

fn decode_commit(bytes: &[u8]) -> Option<Commit> {
    let Ipld::Map(mut m) = serde_ipld_dagcbor::from_slice::<Ipld>(bytes).ok()? else {
        return None;
    };
    let Some(Ipld::String(did)) = m.remove("did") else {
        return None;
    };
    let data = match m.remove("data") {
        Some(Ipld::Link(c)) => Some(c),
        _ => None,
    };
    let version = match m.remove("version") {
        Some(Ipld::Integer(v)) => Some(v),
        _ => None,
    };
    Some(Commit { did, data, version })
}

/// Read the file, keeping what arrived if the stream fails part-way.
fn read_bytes(entry: &Entry, export: &Export) -> (Vec<u8>, Option<String>) {
    let mut data = Vec::new();
    let err = match entry.open(export.limits) {
        Ok(mut r) => r.read_to_end(&mut data).err().map(|e| e.to_string()),
        Err(e) => Some(e.to_string()),
    };
    (data, err)
}

/// One repository being read: where records go and what is counted on the way.
struct Reading<'r> {
    entry: &'r Entry,
    emit: &'r mut dyn FnMut(Record),
    stats: &'r mut ReadStats,
    /// Records deliberately not mapped, by kind (see `records::skip_reason`).
    skipped: BTreeMap<&'static str, u64>,
    /// What could not be reached, for the "incomplete" problem.
    gaps: Vec<String>,
    /// Record blocks reached through the tree.
    reached: HashSet<Cid>,
}

impl Reading<'_> {
    fn problem(&self, message: String) -> Problem {
        Problem::new(&self.entry.input, Some(&self.entry.path), message)
    }

    fn take(&mut self, mapped: Mapped) {
        match mapped {
            Mapped::Record(r) => (self.emit)(*r),
            Mapped::Skipped(why) => *self.skipped.entry(why).or_insert(0) += 1,
            Mapped::Unparsed(why) => self.stats.unparsed(self.entry, why),
        }
    }
}

fn read_repo(entry: &Entry, export: &Export, emit: &mut dyn FnMut(Record), stats: &mut ReadStats) {
    let (data, read_error) = read_bytes(entry, export);
    let mut rd = Reading {
        entry,
        emit,
        stats,
        skipped: BTreeMap::new(),
        gaps: Vec::new(),
        reached: HashSet::new(),
    };
    if let Some(e) = &read_error {
        rd.stats.failed(
            entry,
            format!("could not read the whole file: {e}; {REEXPORT_HINT}"),
        );
    }
    let car = match Car::parse(data) {
        Ok(c) => c,
        Err(e) => {
            if read_error.is_none() {
                let p = rd.problem(format!("not a readable CAR repository: {e}"));
                rd.stats.problems.push(p.with_hint(REEXPORT_HINT));
            }
            return;
        }
    };
    if let Some(d) = &car.damage {
        let p = rd.problem(format!(
            "repository file is damaged: {d}; records before the damage were read"
        ));
        rd.stats.problems.push(p.with_hint(REEXPORT_HINT));
    }
    for _ in 0..car.oversized_blocks {
        let why = format!(
            "a block larger than {} bytes was skipped",
            car::MAX_BLOCK_BYTES
        );
        rd.stats.unparsed(entry, why);
    }

    let commit = car
        .roots
        .first()
        .and_then(|root| car.block(root))
        .and_then(decode_commit);
    let mut repo = Repo {
        did: commit.as_ref().map_or("unknown", |c| c.did.as_str()),
        display_name: None,
        input: &entry.input,
        entry: &entry.path,
    };
    let tree_intact = match &commit {
        None => {
            rd.gaps
                .push("the root commit block is missing or unreadable".into());
            false
        }
        Some(c) => {
            if let Some(v) = c.version.filter(|v| !(2..=3).contains(v)) {
                let p = rd.problem(format!("unknown repository version {v}; read as version 3"));
                rd.stats.problems.push(p.warning());
            }
            match c.data {
                Some(root) => read_tree(&car, root, &mut repo, &mut rd),
                None => {
                    rd.gaps.push("the commit has no tree root".into());
                    false
                }
            }
        }
    };
    if !tree_intact {
        let recovered = recover_unreached(&car, &repo, &mut rd);
        if recovered > 0 {
            rd.gaps.push(format!(
                "{recovered} records were recovered from blocks outside the tree (identified by CID)"
            ));
        }
    }
    if !rd.gaps.is_empty() {
        let p = rd.problem(format!(
            "repository is incomplete: {} (a partial or cut-off export)",
            rd.gaps.join("; ")
        ));
        rd.stats.problems.push(p.with_hint(REEXPORT_HINT));
    }
    if !rd.skipped.is_empty() {
        let list: Vec<String> = rd
            .skipped
            .iter()
            .map(|(k, n)| format!("{k} ({n})"))
            .collect();
        let p = rd.problem(format!(
            "not audited (no text of the owner's): {}",
            list.join(", ")
        ));
        rd.stats.problems.push(p.warning());
    }
}

/// Walk the tree under `root` and map every record it reaches. Returns whether the tree was whole
/// (every node present and decodable), which decides whether unreached blocks are worth a look.
fn read_tree(car: &Car, root: Cid, repo: &mut Repo, rd: &mut Reading) -> bool {
    let walk = mst::walk(car, root);
    if walk.missing_nodes > 0 {
        rd.gaps
            .push(format!("{} tree nodes are missing", walk.missing_nodes));
    }
    if walk.bad_nodes + walk.bad_entries > 0 {
        rd.gaps.push(format!(
            "{} tree nodes or entries could not be decoded",
            walk.bad_nodes + walk.bad_entries
        ));
    }
    if walk.cut_links > 0 {
        rd.gaps.push(format!(
            "{} tree links loop back or nest too deep",
            walk.cut_links
        ));
    }
    repo.display_name = profile_name(car, &walk.leaves);
    let mut missing_records = 0u64;
    for leaf in &walk.leaves {
        rd.reached.insert(leaf.record);
        let Some((collection, rkey)) = leaf.split() else {
            rd.stats.unparsed(
                rd.entry,
                format!("tree key {:?} has no collection", leaf.key),
            );
            continue;
        };
        let Some(bytes) = car.block(&leaf.record) else {
            missing_records += 1;
            continue;
        };
        let value = match serde_ipld_dagcbor::from_slice::<Ipld>(bytes) {
            Ok(v) => ipld_to_json(v),
            Err(e) => {
                rd.stats
                    .unparsed(rd.entry, format!("{}: not DAG-CBOR: {e}", leaf.key));
                continue;
            }
        };
        let cid = leaf.record.to_string();
        let index = car.position(&leaf.record).unwrap_or(0) as u64;
        rd.take(map_record(repo, collection, rkey, &cid, &value, index));
    }
    if missing_records > 0 {
        rd.gaps.push(format!(
            "{missing_records} records listed in the tree are not in the file"
        ));
    }
    walk.missing_nodes + walk.bad_nodes + walk.bad_entries + walk.cut_links == 0
}

/// The owner's display name, from the profile record, so every record can carry it.
fn profile_name(car: &Car, leaves: &[mst::Leaf]) -> Option<String> {
    let leaf = leaves
        .iter()
        .find(|l| l.key == "app.bsky.actor.profile/self")?;
    let Ipld::Map(m) = serde_ipld_dagcbor::from_slice::<Ipld>(car.block(&leaf.record)?).ok()?
    else {
        return None;
    };
    match m.get("displayName") {
        Some(Ipld::String(s)) if !s.trim().is_empty() => Some(s.trim().to_string()),
        _ => None,
    }
}

/// Read blocks that look like records (`$type` set) but were not reached through the tree. Their
/// record key is unknown, so the CID stands in for it. Returns how many became records.
fn recover_unreached(car: &Car, repo: &Repo, rd: &mut Reading) -> u64 {
    let mut recovered = 0;
    let first_root = car.roots.first();
    for (i, cid) in car.cids().iter().enumerate() {
        if rd.reached.contains(cid) || Some(cid) == first_root {
            continue;
        }
        let Some(bytes) = car.block(cid) else {
            continue;
        };
        let Ok(ipld) = serde_ipld_dagcbor::from_slice::<Ipld>(bytes) else {
            continue;
        };
        let value = ipld_to_json(ipld);
        let Some(collection) = value.get("$type").and_then(Value::as_str) else {
            continue;
        };
        let cid_s = cid.to_string();
        match map_record(repo, collection, &cid_s, &cid_s, &value, i as u64) {
            Mapped::Record(mut r) => {
                // No record key: no AT-URI and no web address, only the content address.
                r.native_id = Some(cid_s.clone());
                r.id = format!("bluesky:{cid_s}");
                r.url = None;
                r.attributes.insert(
                    "recovered".into(),
                    "block outside the repository tree".into(),
                );
                recovered += 1;
                (rd.emit)(*r);
            }
            other => rd.take(other),
        }
    }
    recovered
}

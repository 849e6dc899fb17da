//! The Merkle Search Tree that indexes a repository: which record (by CID) sits under which key
//! (`<collection>/<rkey>`).
//!
//! A node is `{l: CID|null, e: [{p, k, v, t}]}`: `l` is the subtree of keys before the first entry;
//! each entry holds a key (its first `p` bytes shared with the previous entry's key in the same
//! node, then the suffix `k`), the record CID `v`, and `t`, the subtree of keys between this entry
//! and the next. An in-order walk therefore yields keys in sorted order.
//!
//! The walk is iterative (no recursion to blow the stack), remembers the nodes it has visited (a
//! damaged or hostile file could link a node to itself), and stops descending past [`MAX_DEPTH`].
//! Nodes the file does not hold, or cannot be decoded, are counted so the reader can say how much
//! of the repository was out of reach.

use super::car::Car;
use ipld_core::cid::Cid;
use ipld_core::ipld::Ipld;
use std::collections::HashSet;

/// Deepest tree walked. Real repositories are a handful of levels deep (fanout 16 per level).
pub const MAX_DEPTH: usize = 64;
/// Longest key accepted (collection NSID + `/` + rkey is well under this).
const MAX_KEY_BYTES: usize = 1024;

struct Node {
    l: Option<Cid>,
    e: Vec<Option<TreeEntry>>,
}

struct TreeEntry {
    p: u64,
    k: Vec<u8>,
    v: Cid,
    t: Option<Cid>,
}

impl Node {
    /// Decode a node; `None` when the block is not a tree node. Entries that do not have the
    /// entry shape are kept as `None` so they can be counted.
    fn decode(bytes: &[u8]) -> Option<Node> {
        let Ipld::Map(mut map) = serde_ipld_dagcbor::from_slice::<Ipld>(bytes).ok()? else {
            return None;
        };
        let l = match map.remove("l") {
            Some(Ipld::Link(c)) => Some(c),
            Some(Ipld::Null) | None => None,
            Some(_) => return None,
        };
        let Some(Ipld::List(entries)) = map.remove("e") else {
            return None;
        };
        let e = entries.into_iter().map(TreeEntry::decode).collect();
        Some(Node { l, e })
    }
}

impl TreeEntry {
    fn decode(v: Ipld) -> Option<TreeEntry> {
        let Ipld::Map(mut m) = v else { return None };
        let p = match m.remove("p")? {
            Ipld::Integer(p) => u64::try_from(p).ok()?,
            _ => return None,
        };
        let Ipld::Bytes(k) = m.remove("k")? else {
            return None;
        };
        let Ipld::Link(v) = m.remove("v")? else {
            return None;
        };
        let t = match m.remove("t") {
            Some(Ipld::Link(c)) => Some(c),
            Some(Ipld::Null) | None => None,
            Some(_) => return None,
        };
        Some(TreeEntry { p, k, v, t })
    }
}

/// One key of the tree and the record it points to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Leaf {
    /// `<collection>/<rkey>`.
    pub key: String,
    pub record: Cid,
}

impl Leaf {
    /// The collection (NSID) and record key, split at the last `/`.
    pub fn split(&self) -> Option<(&str, &str)> {
        self.key.rsplit_once('/')
    }
}

/// The result of walking a tree.
#[derive(Debug, Default)]
pub struct Walk {
    /// Keys in tree (sorted) order.
    pub leaves: Vec<Leaf>,
    /// Nodes referenced but not present in the file.
    pub missing_nodes: u64,
    /// Nodes present but not decodable as tree nodes.
    pub bad_nodes: u64,
    /// Entries with an impossible prefix length or a non-UTF-8 key.
    pub bad_entries: u64,
    /// Links back to an already visited node, or deeper than [`MAX_DEPTH`].
    pub cut_links: u64,
}

enum Step {
    Visit(Cid, usize),
    Emit(Leaf),
}

/// Walk the tree whose root node is `root`.
pub fn walk(car: &Car, root: Cid) -> Walk {
    let mut out = Walk::default();
    let mut visited: HashSet<Cid> = HashSet::new();
    let mut stack = vec![Step::Visit(root, 0)];
    while let Some(step) = stack.pop() {
        let (cid, depth) = match step {
            Step::Emit(leaf) => {
                out.leaves.push(leaf);
                continue;
            }
            Step::Visit(cid, depth) => (cid, depth),
        };
        if depth > MAX_DEPTH || !visited.insert(cid) {
            out.cut_links += 1;
            continue;
        }
        let Some(bytes) = car.block(&cid) else {
            out.missing_nodes += 1;
            continue;
        };
        let Some(node) = Node::decode(bytes) else {
            out.bad_nodes += 1;
            continue;
        };
        // Build this node's keys first, then push in reverse so the stack pops them in order:
        // l, e[0], e[0].t, e[1], e[1].t, …
        let mut steps = Vec::with_capacity(node.e.len() * 2 + 1);
        if let Some(l) = node.l {
            steps.push(Step::Visit(l, depth + 1));
        }
        let mut prev: Vec<u8> = Vec::new();
        for entry in node.e {
            let Some(entry) = entry else {
                out.bad_entries += 1;
                continue;
            };
            let Some(key) = full_key(&prev, &entry) else {
                out.bad_entries += 1;
                continue;
            };
            prev.clone_from(&key);
            match String::from_utf8(key) {
                Ok(key) => steps.push(Step::Emit(Leaf {
                    key,
                    record: entry.v,
                })),
                Err(_) => out.bad_entries += 1,
            }
            if let Some(t) = entry.t {
                steps.push(Step::Visit(t, depth + 1));
            }
        }
        stack.extend(steps.into_iter().rev());
    }
    out
}

/// `prev[..p] + k`, if `p` fits and the key stays within bounds.
fn full_key(prev: &[u8], entry: &TreeEntry) -> Option<Vec<u8>> {
    let p = usize::try_from(entry.p).ok()?;
    let shared = prev.get(..p)?;
    if p + entry.k.len() > MAX_KEY_BYTES {
        return None;
    }
    let mut key = Vec::with_capacity(p + entry.k.len());
    key.extend_from_slice(shared);
    key.extend_from_slice(&entry.k);
    Some(key)
}

#[cfg(test)]
mod tests {
    use super::super::car::tests::{car_bytes, fake_cid};
    use super::*;
    use std::collections::BTreeMap;

    /// Encode a tree node as DAG-CBOR; `entries` are (p, k, t).
    pub fn node(l: Option<Cid>, entries: &[(u64, &str, Option<Cid>)], v: Cid) -> Vec<u8> {
        let link = |c: Option<Cid>| c.map_or(Ipld::Null, Ipld::Link);
        let e = entries
            .iter()
            .map(|(p, k, t)| {
                Ipld::Map(BTreeMap::from([
                    ("k".to_string(), Ipld::Bytes(k.as_bytes().to_vec())),
                    ("p".to_string(), Ipld::Integer(i128::from(*p))),
                    ("t".to_string(), link(*t)),
                    ("v".to_string(), Ipld::Link(v)),
                ]))
            })
            .collect();
        let n = Ipld::Map(BTreeMap::from([
            ("e".to_string(), Ipld::List(e)),
            ("l".to_string(), link(l)),
        ]));
        serde_ipld_dagcbor::to_vec(&n).unwrap()
    }

    #[test]
    fn walks_in_key_order_with_prefix_compression() {
        let rec = fake_cid(b"record");
        let left = fake_cid(b"left");
        let mid = fake_cid(b"mid");
        let root = fake_cid(b"root");
        let blocks = vec![
            (
                root,
                node(
                    Some(left),
                    &[(0, "app.bsky.feed.post/b", Some(mid)), (19, "d", None)],
                    rec,
                ),
            ),
            (left, node(None, &[(0, "app.bsky.feed.post/a", None)], rec)),
            (mid, node(None, &[(0, "app.bsky.feed.post/c", None)], rec)),
        ];
        let car = Car::parse(car_bytes(&[root], &blocks)).unwrap();
        let w = walk(&car, root);
        let keys: Vec<_> = w.leaves.iter().map(|l| l.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "app.bsky.feed.post/a",
                "app.bsky.feed.post/b",
                "app.bsky.feed.post/c",
                "app.bsky.feed.post/d"
            ]
        );
        assert_eq!(w.missing_nodes, 0);
    }

    #[test]
    fn survives_cycles_missing_nodes_and_bad_prefixes() {
        let rec = fake_cid(b"record");
        let root = fake_cid(b"root");
        let gone = fake_cid(b"gone");
        let blocks = vec![(
            root,
            node(
                Some(root),
                &[(0, "a/1", Some(gone)), (99, "x", None), (2, "2", None)],
                rec,
            ),
        )];
        let car = Car::parse(car_bytes(&[root], &blocks)).unwrap();
        let w = walk(&car, root);
        let keys: Vec<_> = w.leaves.iter().map(|l| l.key.as_str()).collect();
        assert_eq!(keys, ["a/1", "a/2"]);
        assert_eq!((w.missing_nodes, w.bad_entries, w.cut_links), (1, 1, 1));
    }
}

//! CAR (Content-Addressable aRchive) files: the container a Bluesky repository export comes in.
//!
//! A CARv1 file is `varint(len) ‖ DAG-CBOR header {version: 1, roots: [CID…]}` followed by sections
//! `varint(len) ‖ CID ‖ block bytes`, where `len` covers the CID and the block. A CARv2 file wraps a
//! CARv1 payload behind an 11-byte pragma and a 40-byte header giving the payload's offset and size.
//!
//! The repository is a tree (see `mst`), so blocks are needed in random order: the whole file is
//! held once in memory and an index maps each CID to its block's byte range. Reading never trusts a
//! length it has not checked against what is left of the file, so a cut-off or damaged file yields
//! the blocks before the damage plus a description of where it broke, and a lying length field
//! cannot make us allocate more than the file itself.

use ipld_core::cid::Cid;
use serde::Deserialize;
use std::collections::HashMap;
use std::ops::Range;

/// Largest block accepted. Records are capped at 1 MiB by the AT Protocol and tree nodes are small;
/// anything larger is damage or not a repository.
pub const MAX_BLOCK_BYTES: usize = 2 << 20;
/// Largest header accepted (it holds a version and a few root CIDs).
const MAX_HEADER_BYTES: u64 = 64 << 10;
/// Most blocks indexed from one file; a 1 GiB repository holds roughly 2–3 million.
pub const MAX_BLOCKS: usize = 10_000_000;

/// The CARv2 pragma: `varint(10) ‖ {version: 2}`.
const CARV2_PRAGMA: [u8; 11] = [
    0x0a, 0xa1, 0x67, 0x76, 0x65, 0x72, 0x73, 0x69, 0x6f, 0x6e, 0x02,
];

/// An indexed CAR file.
pub struct Car {
    data: Vec<u8>,
    pub roots: Vec<Cid>,
    /// CID → (position in file order, byte range of the block).
    index: HashMap<Cid, (usize, Range<usize>)>,
    /// CIDs in file order, for deterministic iteration.
    order: Vec<Cid>,
    /// Where and why reading stopped early, if it did.
    pub damage: Option<String>,
    /// Blocks skipped because they were larger than [`MAX_BLOCK_BYTES`].
    pub oversized_blocks: u64,
}

#[derive(Deserialize)]
struct Header {
    version: u64,
    #[serde(default)]
    roots: Vec<Cid>,
}

/// Why a file is not a readable CAR at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotACar(pub String);

impl std::fmt::Display for NotACar {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Read an unsigned LEB128 varint (at most 9 bytes, as multiformats allows) from the start of `buf`,
/// returning the value and the number of bytes it took.
pub fn read_varint(buf: &[u8]) -> Option<(u64, usize)> {
    let mut value: u64 = 0;
    for (i, b) in buf.iter().enumerate().take(9) {
        value |= u64::from(b & 0x7f) << (7 * i);
        if b & 0x80 == 0 {
            return Some((value, i + 1));
        }
    }
    None
}

/// Check that `head` (the first bytes of a file) starts like a CAR: a plausible header length and a
/// decodable header. Used by detection; needs only the first few hundred bytes.
pub fn looks_like_car(head: &[u8]) -> bool {
    if head.starts_with(&CARV2_PRAGMA) {
        return true;
    }
    match read_header(head) {
        Ok((h, _)) => h.version == 1 && !h.roots.is_empty(),
        Err(_) => false,
    }
}

/// Decode the header at the start of `buf`: (header, bytes consumed).
fn read_header(buf: &[u8]) -> Result<(Header, usize), NotACar> {
    let (len, n) = read_varint(buf)
        .ok_or_else(|| NotACar("no header length at the start of the file".into()))?;
    if len == 0 || len > MAX_HEADER_BYTES {
        return Err(NotACar(format!("implausible header length {len}")));
    }
    let end = n
        .checked_add(len as usize)
        .filter(|e| *e <= buf.len())
        .ok_or_else(|| NotACar("the file ends inside its header".into()))?;
    let header: Header = serde_ipld_dagcbor::from_slice(&buf[n..end])
        .map_err(|e| NotACar(format!("header is not DAG-CBOR {{version, roots}}: {e}")))?;
    Ok((header, end))
}

impl Car {
    /// Index a whole CAR file. Fails only when the header is unreadable; damage after the header is
    /// recorded in [`Car::damage`] and the blocks before it stay usable.
    pub fn parse(data: Vec<u8>) -> Result<Car, NotACar> {
        let (payload, v2_note) = if data.starts_with(&CARV2_PRAGMA) {
            let (range, note) = carv2_payload(&data)?;
            (range, note)
        } else {
            (0..data.len(), None)
        };
        let body = data.get(payload.clone()).unwrap_or(&[]);
        let (header, header_len) = read_header(body)?;
        if header.version != 1 {
            return Err(NotACar(format!(
                "unsupported CAR version {}",
                header.version
            )));
        }
        let mut car = Car {
            roots: header.roots,
            index: HashMap::new(),
            order: Vec::new(),
            damage: v2_note,
            oversized_blocks: 0,
            data: Vec::new(),
        };
        let mut pos = payload.start + header_len;
        let end = payload.end;
        while pos < end {
            match car.read_section(&data, pos, end) {
                Ok(next) => pos = next,
                Err(why) => {
                    car.damage = Some(format!("{why} at byte {pos}"));
                    break;
                }
            }
            if car.order.len() >= MAX_BLOCKS {
                car.damage = Some(format!(
                    "more than {MAX_BLOCKS} blocks; the rest of the file was not read"
                ));
                break;
            }
        }
        car.data = data;
        Ok(car)
    }

    /// Index one section starting at `pos`; returns where the next one starts.
    fn read_section(&mut self, data: &[u8], pos: usize, end: usize) -> Result<usize, String> {
        let rest = data.get(pos..end).unwrap_or(&[]);
        let (len, n) = read_varint(rest).ok_or("section length is not a varint")?;
        if len == 0 {
            return Err("empty section".into());
        }
        let section_end = usize::try_from(len)
            .ok()
            .and_then(|l| n.checked_add(l))
            .filter(|e| *e <= rest.len())
            .ok_or_else(|| {
                format!(
                    "the file ends inside a {len}-byte section (truncated download?); {} bytes left",
                    rest.len().saturating_sub(n)
                )
            })?;
        let section = &rest[n..section_end];
        let mut cursor = section;
        let cid =
            Cid::read_bytes(&mut cursor).map_err(|e| format!("section has a bad CID: {e}"))?;
        let cid_len = section.len() - cursor.len();
        let block_len = section.len() - cid_len;
        if block_len > MAX_BLOCK_BYTES {
            self.oversized_blocks += 1;
        } else {
            let start = pos + n + cid_len;
            if let std::collections::hash_map::Entry::Vacant(slot) = self.index.entry(cid) {
                slot.insert((self.order.len(), start..pos + section_end));
                self.order.push(cid);
            }
        }
        Ok(pos + section_end)
    }

    /// The bytes of a block, if the file holds it.
    pub fn block(&self, cid: &Cid) -> Option<&[u8]> {
        self.index
            .get(cid)
            .and_then(|(_, r)| self.data.get(r.clone()))
    }

    /// The block's position among the file's blocks (0 = first), used as the record's index.
    pub fn position(&self, cid: &Cid) -> Option<usize> {
        self.index.get(cid).map(|(i, _)| *i)
    }

    /// Every block's CID, in file order.
    pub fn cids(&self) -> &[Cid] {
        &self.order
    }

    pub fn len(&self) -> usize {
        self.order.len()
    }

    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }
}

/// The byte range of the CARv1 payload inside a CARv2 file, with a note if it had to be clamped.
fn carv2_payload(data: &[u8]) -> Result<(Range<usize>, Option<String>), NotACar> {
    let header = data
        .get(CARV2_PRAGMA.len()..CARV2_PRAGMA.len() + 40)
        .ok_or_else(|| NotACar("CARv2 file ends inside its header".into()))?;
    let le = |at: usize| {
        header
            .get(at..at + 8)
            .and_then(|b| b.try_into().ok())
            .map(u64::from_le_bytes)
            .unwrap_or(0)
    };
    let (offset, size) = (le(16), le(24));
    let start = usize::try_from(offset)
        .ok()
        .filter(|s| *s <= data.len())
        .ok_or_else(|| NotACar("CARv2 payload offset lies beyond the file".into()))?;
    let wanted_end = usize::try_from(offset.saturating_add(size)).unwrap_or(usize::MAX);
    if wanted_end > data.len() {
        let note = format!(
            "CARv2 payload declares {size} bytes but the file holds {}",
            data.len() - start
        );
        return Ok((start..data.len(), Some(note)));
    }
    Ok((start..wanted_end, None))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use ipld_core::cid::multihash::Multihash;

    /// A CIDv1 (dag-cbor, sha2-256 code) over a fake digest derived from `bytes`. Tests only need
    /// distinct, well-formed CIDs, not verified hashes.
    pub fn fake_cid(bytes: &[u8]) -> Cid {
        let mut digest = [0u8; 32];
        for (i, b) in bytes.iter().enumerate() {
            digest[i % 32] = digest[i % 32].wrapping_mul(31).wrapping_add(*b);
        }
        digest[31] = digest[31].wrapping_add(bytes.len() as u8);
        Cid::new_v1(
            0x71,
            Multihash::wrap(0x12, &digest).expect("32-byte digest"),
        )
    }

    pub fn varint(mut v: u64, out: &mut Vec<u8>) {
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

    pub fn car_bytes(roots: &[Cid], blocks: &[(Cid, Vec<u8>)]) -> Vec<u8> {
        #[derive(serde::Serialize)]
        struct H<'a> {
            roots: &'a [Cid],
            version: u64,
        }
        let header = serde_ipld_dagcbor::to_vec(&H { roots, version: 1 }).unwrap();
        let mut out = Vec::new();
        varint(header.len() as u64, &mut out);
        out.extend_from_slice(&header);
        for (cid, block) in blocks {
            let c = cid.to_bytes();
            varint((c.len() + block.len()) as u64, &mut out);
            out.extend_from_slice(&c);
            out.extend_from_slice(block);
        }
        out
    }

    #[test]
    fn varints_decode_and_reject_overlong() {
        assert_eq!(read_varint(&[0x3a]), Some((0x3a, 1)));
        assert_eq!(read_varint(&[0x8f, 0x01]), Some((143, 2)));
        assert_eq!(read_varint(&[0xff; 12]), None);
        assert_eq!(read_varint(&[]), None);
    }

    #[test]
    fn indexes_blocks_and_stops_at_truncation() {
        let a = fake_cid(b"a");
        let b = fake_cid(b"b");
        let bytes = car_bytes(&[a], &[(a, vec![0xa0]), (b, vec![0x61, 0x78])]);
        let car = Car::parse(bytes.clone()).unwrap();
        assert_eq!(car.roots, vec![a]);
        assert_eq!(car.block(&a), Some(&[0xa0][..]));
        assert_eq!(car.block(&b), Some(&[0x61, 0x78][..]));
        assert!(car.damage.is_none());
        assert!(looks_like_car(&bytes));

        let cut = Car::parse(bytes[..bytes.len() - 1].to_vec()).unwrap();
        assert_eq!(cut.len(), 1);
        assert!(cut.damage.as_deref().unwrap().contains("ends inside"));
    }

    #[test]
    fn rejects_garbage_without_panicking() {
        for junk in [
            &b""[..],
            b"\x00",
            b"\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff",
            b"\x05abc",
            b"{\"not\":\"car\"}",
        ] {
            assert!(Car::parse(junk.to_vec()).is_err(), "{junk:?}");
            assert!(!looks_like_car(junk));
        }
    }

    #[test]
    fn reads_the_carv1_payload_of_a_carv2_file() {
        let a = fake_cid(b"a");
        let v1 = car_bytes(&[a], &[(a, vec![0xa0])]);
        let mut v2 = CARV2_PRAGMA.to_vec();
        let offset = (CARV2_PRAGMA.len() + 40) as u64;
        v2.extend_from_slice(&[0; 16]);
        v2.extend_from_slice(&offset.to_le_bytes());
        v2.extend_from_slice(&(v1.len() as u64).to_le_bytes());
        v2.extend_from_slice(&0u64.to_le_bytes());
        v2.extend_from_slice(&v1);
        assert!(looks_like_car(&v2));
        let car = Car::parse(v2.clone()).unwrap();
        assert_eq!(car.block(&a), Some(&[0xa0][..]));
        assert_eq!(car.position(&a), Some(0));
        assert!(car.damage.is_none());
        let cut = Car::parse(v2[..v2.len() - 1].to_vec()).unwrap();
        assert!(cut.damage.is_some());
        assert!(Car::parse(v2[..20].to_vec()).is_err());
    }

    #[test]
    fn a_huge_declared_section_is_damage_not_an_allocation() {
        let a = fake_cid(b"a");
        let mut bytes = car_bytes(&[a], &[]);
        varint(u64::MAX >> 8, &mut bytes);
        bytes.extend_from_slice(&a.to_bytes());
        let car = Car::parse(bytes).unwrap();
        assert!(car.is_empty());
        assert!(car.damage.is_some());
    }
}

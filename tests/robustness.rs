//! Never panic on input: every fixture file, mutated (truncated, bytes flipped, garbage spliced in,
//! re-encoded), run through the whole pipeline. Bounded case counts keep CI fast; raise them with
//! `PROPTEST_CASES=10000 cargo test --test robustness`.

use hindsight::engine::{scan, ScanConfig, Silent};
use proptest::prelude::*;
use std::path::{Path, PathBuf};

fn fixture_files() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut out = Vec::new();
    let mut stack = vec![root];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                if !p.ends_with("eval") {
                    stack.push(p);
                }
            } else if std::fs::metadata(&p).unwrap().len() < 2_000_000 {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

#[derive(Debug, Clone)]
enum Mutation {
    Truncate(usize),
    Flip(usize, u8),
    Splice(usize, Vec<u8>),
    Utf16,
    Repeat(usize, usize),
}

fn apply(bytes: &[u8], m: &Mutation) -> Vec<u8> {
    let at = |i: usize| {
        if bytes.is_empty() {
            0
        } else {
            i % (bytes.len() + 1)
        }
    };
    match m {
        Mutation::Truncate(i) => bytes[..at(*i)].to_vec(),
        Mutation::Flip(i, x) => {
            let mut b = bytes.to_vec();
            if !b.is_empty() {
                let j = i % b.len();
                b[j] ^= x | 1;
            }
            b
        }
        Mutation::Splice(i, junk) => {
            let j = at(*i);
            [&bytes[..j], junk.as_slice(), &bytes[j..]].concat()
        }
        Mutation::Utf16 => String::from_utf8_lossy(bytes)
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect(),
        Mutation::Repeat(i, n) => {
            let j = at(*i);
            let chunk = &bytes[j..(j + 64).min(bytes.len())];
            [&bytes[..j], chunk.repeat(*n % 50).as_slice(), &bytes[j..]].concat()
        }
    }
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<usize>().prop_map(Mutation::Truncate),
        (any::<usize>(), any::<u8>()).prop_map(|(i, x)| Mutation::Flip(i, x)),
        (
            any::<usize>(),
            proptest::collection::vec(any::<u8>(), 1..64)
        )
            .prop_map(|(i, j)| Mutation::Splice(i, j)),
        Just(Mutation::Utf16),
        (any::<usize>(), any::<usize>()).prop_map(|(i, n)| Mutation::Repeat(i, n)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn mutated_fixtures_never_panic(which in any::<usize>(), muts in proptest::collection::vec(mutation(), 1..4)) {
        let files = fixture_files();
        let src = &files[which % files.len()];
        let rel = src.strip_prefix(Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")).unwrap();
        let mut bytes = std::fs::read(src).unwrap();
        for m in &muts {
            bytes = apply(&bytes, m);
        }
        let tmp = tempfile::tempdir().unwrap();
        let dest = tmp.path().join(rel);
        std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
        std::fs::write(&dest, &bytes).unwrap();
        // The mutated file in place of the original, with its siblings (so sources see a whole export).
        if let Some(parent) = src.parent() {
            for sib in std::fs::read_dir(parent).unwrap().flatten() {
                let to = dest.parent().unwrap().join(sib.file_name());
                if sib.path().is_file() && !to.exists() {
                    std::fs::copy(sib.path(), to).unwrap();
                }
            }
        }
        let s = scan(&[tmp.path().to_path_buf()], &ScanConfig { jobs: Some(1), ..ScanConfig::default() }, &Silent);
        prop_assert!(s.coverage.totals.entries >= 1);
    }
}

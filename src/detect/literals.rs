//! Which of the regex gates' literal lists a record's text holds, found in one automaton pass.
//!
//! A regex's gate ([`super::gate`]) is a few lists of literals, from each of which a match must
//! contain one. Checked against the record's n-gram set, a list costs a few instructions a
//! literal, and the long alternations name dozens: on a short post the checks cost more than the
//! regexes they skip (a quarter of the rules' instructions on the bench texts). So each list is
//! registered here when its regex is compiled, and an Aho-Corasick automaton of all their literals
//! is built once the registrations have settled. Per record, one pass marks the lists that hold,
//! and a gate is then a few bit tests. Lists registered after the last build are checked against
//! the n-gram set as before, until the next build; both answers are sound (a list marked absent
//! cannot occur), so which one a record gets never changes a result.
//!
//! Case: literals are folded (ASCII lowercased) and the automaton ignores ASCII case. A text with
//! a Kelvin sign or a long s, which `(?i)` folds to `k` and `s`, is not looked up here at all.

use aho_corasick::AhoCorasick;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, LazyLock, Mutex, RwLock};

/// Literals shorter than this are answered from the n-gram set, which holds every byte and pair
/// of the text: in the automaton's overlapping search they would be reported almost everywhere.
const SHORT: usize = 3;
/// Records entered between builds while lists are still being registered (regexes compile on
/// first use, so the first records of a run register most of them).
const BUILD_EVERY: u64 = 256;

/// Every list registered so far, and the literals they are made of.
#[derive(Default)]
struct Registry {
    ids: HashMap<Vec<u8>, u32>,
    literals: Vec<Vec<u8>>,
    /// For each literal, the lists it belongs to.
    lists_of: Vec<Vec<u32>>,
    lists: u32,
}

/// The automaton over the literals of lists `0..lists`.
pub(super) struct Index {
    automaton: Option<AhoCorasick>,
    /// For each automaton pattern, its lists.
    long: Vec<Vec<u32>>,
    /// Short literals, as the n-gram bits that show them (see [`super::gate`]), and their lists.
    short: Vec<(Vec<u16>, Vec<u32>)>,
    lists: u32,
}

static REGISTRY: LazyLock<Mutex<Registry>> = LazyLock::new(Mutex::default);
static INDEX: RwLock<Option<Arc<Index>>> = RwLock::new(None);
/// Counts builds, so a thread knows when its copy of the index is stale.
static GENERATION: AtomicU64 = AtomicU64::new(0);
/// Lists were registered since the last build.
static PENDING: AtomicBool = AtomicBool::new(false);

/// This thread's copy of the index, with the generation it came from; and how many records the
/// thread entered, and when it last built.
#[derive(Default)]
struct Local {
    generation: u64,
    index: Option<Arc<Index>>,
    entered: u64,
    built_at: u64,
}

thread_local! {
    static LOCAL: RefCell<Local> = RefCell::new(Local::default());
}

/// Register a list of folded literals; its number, or `None` if the registry is unavailable.
pub(super) fn register(list: &[Vec<u8>]) -> Option<u32> {
    let mut reg = REGISTRY.lock().ok()?;
    let id = reg.lists;
    reg.lists += 1;
    for literal in list {
        let next = reg.literals.len() as u32;
        let lit = *reg.ids.entry(literal.clone()).or_insert(next);
        if lit == next {
            reg.literals.push(literal.clone());
            reg.lists_of.push(Vec::new());
        }
        let lists = &mut reg.lists_of[lit as usize];
        if lists.last() != Some(&id) {
            lists.push(id);
        }
    }
    PENDING.store(true, Ordering::Release);
    Some(id)
}

/// Run `f` on the index for the record being entered (`None` before the first build), building
/// a new one first when lists were registered and enough records have passed since.
pub(super) fn with_current<R>(f: impl FnOnce(Option<&Index>) -> R) -> R {
    LOCAL.with(|local| {
        let mut local = local.borrow_mut();
        local.entered += 1;
        if PENDING.load(Ordering::Acquire) && local.entered - local.built_at >= BUILD_EVERY {
            local.built_at = local.entered;
            build();
        }
        let generation = GENERATION.load(Ordering::Acquire);
        if local.generation != generation {
            local.generation = generation;
            local.index = INDEX.read().ok().and_then(|i| i.clone());
        }
        f(local.index.as_deref())
    })
}

/// Build the index over every list registered so far, now, waiting for any registration or build
/// under way on another thread. For tests; a scan builds on its own.
#[doc(hidden)]
pub fn build_now() {
    if let Ok(reg) = REGISTRY.lock() {
        build_from(reg);
    }
}

fn build() {
    // Whoever holds the registry is registering or building: leave it to them.
    let Ok(reg) = REGISTRY.try_lock() else {
        return;
    };
    build_from(reg);
}

fn build_from(reg: std::sync::MutexGuard<'_, Registry>) {
    PENDING.store(false, Ordering::Release);
    let mut patterns: Vec<&[u8]> = Vec::new();
    let mut long = Vec::new();
    let mut short = Vec::new();
    for (literal, lists) in reg.literals.iter().zip(&reg.lists_of) {
        if literal.len() < SHORT {
            short.push((super::gate::needle_bits(literal), lists.clone()));
        } else {
            patterns.push(literal);
            long.push(lists.clone());
        }
    }
    let automaton = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(&patterns)
        .ok();
    // Without an automaton the long literals cannot be answered: leave the old index in place.
    if automaton.is_none() && !patterns.is_empty() {
        return;
    }
    let index = Index {
        automaton,
        long,
        short,
        lists: reg.lists,
    };
    drop(reg);
    if let Ok(mut slot) = INDEX.write() {
        *slot = Some(Arc::new(index));
        GENERATION.fetch_add(1, Ordering::AcqRel);
    }
}

impl Index {
    /// Lists `0..lists()` are answered by [`Index::mark`].
    pub(super) fn lists(&self) -> u32 {
        self.lists
    }

    /// Mark in `out` (one bit a list) every list of which `text` holds a literal, or return false
    /// when `text` cannot be looked up here (a Kelvin sign or a long s). `has_bit` answers
    /// whether the text's n-gram set holds a bit.
    pub(super) fn mark(
        &self,
        text: &str,
        has_bit: impl Fn(u16) -> bool,
        out: &mut Vec<u64>,
    ) -> bool {
        out.clear();
        if text.contains(['\u{212A}', '\u{17F}']) {
            return false;
        }
        out.resize((self.lists as usize).div_ceil(64), 0);
        let mut set = |lists: &[u32]| {
            for &l in lists {
                if let Some(word) = out.get_mut(l as usize / 64) {
                    *word |= 1 << (l % 64);
                }
            }
        };
        if let Some(ac) = &self.automaton {
            for m in ac.find_overlapping_iter(text) {
                if let Some(lists) = self.long.get(m.pattern().as_usize()) {
                    set(lists);
                }
            }
        }
        for (bits, lists) in &self.short {
            if bits.iter().all(|&b| has_bit(b)) {
                set(lists);
            }
        }
        true
    }
}

/// True when list `l` is marked in `marks`.
pub(super) fn marked(marks: &[u64], l: u32) -> bool {
    marks
        .get(l as usize / 64)
        .is_some_and(|w| w & (1 << (l % 64)) != 0)
}

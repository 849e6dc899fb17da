//! How much lazy-DFA cache each rule regex is given.
//!
//! The regex crate searches with a lazy DFA only when its cache can hold a few states of the
//! pattern's automaton; below that minimum it silently falls back to the bounded backtracker or
//! the PikeVM. The minimum grows with the size of the compiled pattern, and a large alternation
//! under `(?i)` with Unicode `\w` classes needs more than the small cache the rules otherwise use
//! ([`super::gate`] keeps caches small to bound a long scan's memory). Such a pattern then costs
//! 3-16 µs on a 60-byte post instead of about 0.1-0.2 µs: in session 37 one product-pick pattern,
//! open on half of the posts, took an eighth of all rule time.
//!
//! So each pattern gets the smallest cache, from the floor up, with which its lazy DFA builds.
//! The check compiles the pattern's forward and reverse automata as the regex crate does and asks
//! the lazy DFA builder whether they fit; only patterns that need more than the floor are
//! affected, and a cache only holds transitions already computed, so results never change.

use regex_automata::{hybrid, nfa::thompson, MatchKind};
use regex_syntax::hir::{Class, Hir, HirKind};

/// Cache sizes tried above the floor, as multiples of it in quarters.
const STEPS_IN_QUARTERS: [usize; 9] = [4, 5, 6, 8, 10, 12, 16, 24, 32];

/// Patterns whose [`size_estimate`] is below this keep the floor without the check. Of the 417
/// rule patterns in session 37, the smallest that needed more than 640 KiB scored 16,787, and 31
/// scored above this; the check compiles two automata, so running it on every pattern would
/// double the rules' start-up time.
const CHECK_ABOVE: usize = 8_000;

/// The smallest cache of at least `floor` bytes with which the regex crate builds a lazy DFA for
/// the pattern `hir`, or `floor` when none up to eight times it does.
///
/// The regex crate needs both a forward and a reverse lazy DFA. Only the reverse one is checked:
/// its automaton is the larger (the UTF-8 compiler shares the common ends of byte sequences going
/// forward, which reversing loses): 1.3 to 4 times the forward one's states on every rule pattern
/// that reached the check in session 37.
pub fn cache_for(hir: &Hir, floor: usize) -> usize {
    if size_estimate(hir) < CHECK_ABOVE {
        return floor;
    }
    let Some(reverse) = reverse_automaton(hir) else {
        return floor;
    };
    STEPS_IN_QUARTERS
        .iter()
        .map(|quarters| floor / 4 * quarters)
        .find(|&capacity| fits(&reverse, capacity, true))
        .unwrap_or(floor)
}

/// A cheap upper-bound-like measure of a pattern's compiled size: its literal bytes plus the UTF-8
/// byte sequences of its classes, with bounded repetitions counted once per copy.
fn size_estimate(hir: &Hir) -> usize {
    match hir.kind() {
        HirKind::Class(Class::Unicode(class)) => class
            .ranges()
            .iter()
            .map(|r| regex_syntax::utf8::Utf8Sequences::new(r.start(), r.end()).count())
            .sum(),
        HirKind::Literal(literal) => literal.0.len(),
        HirKind::Repetition(rep) => {
            let copies = rep.max.unwrap_or(rep.min).max(rep.min).max(1) as usize;
            copies.saturating_mul(size_estimate(&rep.sub))
        }
        HirKind::Capture(capture) => size_estimate(&capture.sub),
        HirKind::Concat(children) | HirKind::Alternation(children) => {
            children.iter().map(size_estimate).sum()
        }
        HirKind::Empty | HirKind::Look(_) | HirKind::Class(Class::Bytes(_)) => 1,
    }
}

/// The reverse automaton the regex crate compiles for the pattern (no captures, no shrinking).
fn reverse_automaton(hir: &Hir) -> Option<thompson::NFA> {
    compile(
        hir,
        thompson::Config::new()
            .shrink(false)
            .which_captures(thompson::WhichCaptures::None)
            .reverse(true),
    )
}

fn compile(hir: &Hir, config: thompson::Config) -> Option<thompson::NFA> {
    thompson::Compiler::new()
        .configure(config)
        .build_from_hir(hir)
        .ok()
}

/// Whether a lazy DFA over `nfa` builds with `capacity` bytes of cache, configured as the regex
/// crate configures its own.
fn fits(nfa: &thompson::NFA, capacity: usize, reverse: bool) -> bool {
    let mut config = hybrid::dfa::Config::new()
        .starts_for_each_pattern(true)
        .unicode_word_boundary(true)
        .cache_capacity(capacity)
        .skip_cache_capacity_check(false)
        .minimum_cache_clear_count(Some(3))
        .minimum_bytes_per_state(Some(10));
    if reverse {
        config = config.match_kind(MatchKind::All);
    }
    hybrid::dfa::Builder::new()
        .configure(config)
        .build_from_nfa(nfa.clone())
        .is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    const FLOOR: usize = 640 * 1024;

    fn hir(pattern: &str) -> Hir {
        regex_syntax::parse(pattern).unwrap()
    }

    /// 16 branches of Unicode `\w` words under `(?i)`: the shape of the large rule patterns.
    fn large_pattern() -> String {
        let branches: Vec<String> = (0..16)
            .map(|i| format!(r"word{i}\s+(?:\w+\s+){{0,3}}(?:patients?|clients?)"))
            .collect();
        format!(r"(?i)\b(?:{})\b", branches.join("|"))
    }

    #[test]
    fn a_small_pattern_keeps_the_floor() {
        assert_eq!(cache_for(&hir(r"(?i)\bbay\s+\d+\b"), FLOOR), FLOOR);
    }

    #[test]
    fn a_large_unicode_alternation_gets_room_for_its_lazy_dfa() {
        let hir = hir(&large_pattern());
        assert!(size_estimate(&hir) >= CHECK_ABOVE);
        let capacity = cache_for(&hir, FLOOR);
        assert!(capacity > FLOOR && capacity <= 8 * FLOOR, "{capacity}");
        let reverse = reverse_automaton(&hir).unwrap();
        assert!(!fits(&reverse, FLOOR, true));
        assert!(fits(&reverse, capacity, true));
        // The forward automaton, left unchecked, fits too.
        let forward = compile(&hir, thompson::Config::new().shrink(false)).unwrap();
        assert!(forward.states().len() < reverse.states().len());
        assert!(fits(&forward, capacity, false));
    }

    #[test]
    fn patterns_below_the_screen_fit_the_floor() {
        // Patterns under the screen's threshold, of growing size, all build at the floor.
        let words = |n: usize| (0..n).map(|i| format!("word{i}")).collect::<Vec<_>>();
        let mut patterns: Vec<String> = [1, 2]
            .map(|n| {
                let branches: Vec<String> = words(n)
                    .iter()
                    .map(|w| format!(r"{w}\s+(?:\w+\s+){{0,3}}patients?"))
                    .collect();
                format!(r"(?i)\b(?:{})\b", branches.join("|"))
            })
            .to_vec();
        patterns.extend([100, 400, 900].map(|n| format!(r"(?i)\b(?:{})\b", words(n).join("|"))));
        let mut checked = 0;
        for pattern in &patterns {
            let hir = hir(pattern);
            if size_estimate(&hir) >= CHECK_ABOVE {
                continue;
            }
            let reverse = reverse_automaton(&hir).unwrap();
            assert!(fits(&reverse, FLOOR, true), "{pattern}");
            checked += 1;
        }
        assert_eq!(checked, patterns.len());
    }

    #[test]
    fn a_larger_floor_is_kept_when_it_already_fits() {
        assert_eq!(cache_for(&hir(&large_pattern()), 4 << 20), 4 << 20);
    }
}

//! Numbers that identify a person: NHS, CHI and H&C numbers and local hospital numbers; also clock
//! times (a time of an encounter narrows it to one shift) and doses. Phone numbers, postcodes and
//! e-mail addresses are in [`super::contact`].
//!
//! Everything starts from one scan for runs of ASCII digits outside links. An NHS-style number is ten
//! digits, contiguous or laid out 3-3-4, whose tenth digit is the Modulus 11 check of the first nine
//! (NHS Data Dictionary). One validator covers the three UK schemes, and the leading digits tell them
//! apart: a CHI number opens with a DDMMYY date of birth; H&C numbers are 320000001–399999999; the
//! 999 range is reserved for tests. About one random ten-digit string in eleven passes the check, so
//! a bare run of ten digits only counts as confirmed with the 3-3-4 layout or an NHS/CHI/H&C word
//! close before it; otherwise it is reported as unconfirmed.

use super::text::{boundary_after, boundary_before, char_after, char_before, inside};
use super::{Span, SpanKind};
use crate::detect::gate::Regex;
use std::sync::LazyLock;

/// A maximal run of ASCII digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Run {
    pub start: usize,
    pub end: usize,
}

impl Run {
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    pub fn digits<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// The run's value, if it fits.
    pub fn value(&self, text: &str) -> Option<u64> {
        self.digits(text).parse().ok()
    }
}

/// `nine` digits followed by their Modulus 11 check digit, or `None` when no check digit exists.
/// Tests and fixtures use it to build numbers in the never-issued 999 range.
pub fn with_check_digit(nine: &str) -> Option<String> {
    let d: Vec<u8> = nine
        .bytes()
        .filter(u8::is_ascii_digit)
        .map(|b| b - b'0')
        .collect();
    if d.len() != 9 {
        return None;
    }
    (0..=9u8).find_map(|c| {
        let mut all = [0u8; 10];
        all[..9].copy_from_slice(&d);
        all[9] = c;
        mod11_valid(&all).then(|| format!("{nine}{c}"))
    })
}

/// Every digit run outside `links`.
pub fn digit_runs(text: &str, links: &[(usize, usize)]) -> Vec<Run> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            let s = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            if !inside(links, s) {
                out.push(Run { start: s, end: i });
            }
        } else {
            i += 1;
        }
    }
    out
}

/// The single separator byte between two runs, if they are separated by exactly one byte.
fn gap(text: &str, a: &Run, b: &Run) -> Option<u8> {
    (b.start == a.end + 1).then(|| text.as_bytes().get(a.end).copied())?
}

/// Modulus 11 as the NHS Data Dictionary defines it: weights 10..2 over the first nine digits,
/// check = 11 − (sum mod 11), 11 → 0, 10 → invalid.
pub fn mod11_valid(d: &[u8; 10]) -> bool {
    let sum: u32 = d[..9]
        .iter()
        .enumerate()
        .map(|(i, &x)| u32::from(x) * (10 - i as u32))
        .sum();
    let check = match 11 - sum % 11 {
        11 => 0,
        10 => return false,
        c => c,
    };
    check == u32::from(d[9])
}

/// True when the first six digits are a real DDMMYY date (any century).
pub fn valid_ddmmyy(d: &[u8]) -> bool {
    if d.len() < 6 {
        return false;
    }
    let day = u32::from(d[0]) * 10 + u32::from(d[1]);
    let month = u32::from(d[2]) * 10 + u32::from(d[3]);
    let yy = i32::from(d[4]) * 10 + i32::from(d[5]);
    // Leap years: a CHI could be 19yy or 20yy; 29/02/00 is valid in 2000, so accept if either is.
    [1900 + yy, 2000 + yy]
        .iter()
        .any(|&y| chrono::NaiveDate::from_ymd_opt(y, month, day).is_some())
}

/// Which scheme a valid ten-digit number belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    Nhs,
    Chi,
    Hc,
    Test,
    /// A valid check digit in a range never issued.
    Unissued,
}

/// Classify ten digits that pass Modulus 11. `hint` is the scheme a nearby context word names.
pub fn classify(d: &[u8; 10], hint: Option<Scheme>) -> Scheme {
    let first9 = d[..9].iter().fold(0u32, |a, &x| a * 10 + u32::from(x));
    if d[..3] == [9, 9, 9] {
        return Scheme::Test;
    }
    if (320_000_001..=399_999_999).contains(&first9) {
        return Scheme::Hc;
    }
    let date = valid_ddmmyy(d);
    match d[0] {
        0..=2 if date => Scheme::Chi,
        3 if date && hint == Some(Scheme::Chi) => Scheme::Chi,
        3 | 4 | 6 | 7 => Scheme::Nhs,
        _ => Scheme::Unissued,
    }
}

/// Ten-digit candidates: a contiguous run, or 3-3-4 groups joined by the same space or hyphen.
/// Returns (start, end, digits, laid out 3-3-4).
fn ten_digit_candidates(text: &str, runs: &[Run]) -> Vec<(usize, usize, [u8; 10], bool)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let standalone = |s: usize, e: usize| {
        let before_ok = match char_before(text, s) {
            None => true,
            Some(c) if c.is_alphanumeric() => false,
            Some(c @ (' ' | '-' | '.' | '/' | ',')) => {
                // A separator glued to more digits means this is part of a longer number.
                !(s >= 2 && bytes[s - 2].is_ascii_digit()) || c == ','
            }
            Some('+') => false,
            Some(_) => true,
        };
        let after_ok = match char_after(text, e) {
            None => true,
            Some(c) if c.is_alphanumeric() => false,
            Some(' ' | '-' | '.' | '/') => !bytes.get(e + 1).is_some_and(u8::is_ascii_digit),
            Some(_) => true,
        };
        before_ok && after_ok
    };
    let digits_of = |parts: &[&Run]| -> Option<[u8; 10]> {
        let mut d = [0u8; 10];
        let mut n = 0;
        for r in parts {
            for &b in &bytes[r.start..r.end] {
                *d.get_mut(n)? = b - b'0';
                n += 1;
            }
        }
        (n == 10).then_some(d)
    };
    for (i, r) in runs.iter().enumerate() {
        if r.len() == 10 && standalone(r.start, r.end) {
            if let Some(d) = digits_of(&[r]) {
                out.push((r.start, r.end, d, false));
            }
        }
        if r.len() == 3 {
            let (Some(b), Some(c)) = (runs.get(i + 1), runs.get(i + 2)) else {
                continue;
            };
            if b.len() != 3 || c.len() != 4 {
                continue;
            }
            let (Some(g1), Some(g2)) = (gap(text, r, b), gap(text, b, c)) else {
                continue;
            };
            if g1 == g2 && (g1 == b' ' || g1 == b'-') && standalone(r.start, c.end) {
                if let Some(d) = digits_of(&[r, b, c]) {
                    out.push((r.start, c.end, d, true));
                }
            }
        }
    }
    out
}

/// Health-service numbers, phone numbers, postcodes, hospital numbers and clock times.
pub fn detect(text: &str, runs: &[Run], spans: &mut Vec<Span>) {
    detect_health_numbers(text, runs, spans);
    super::contact::detect(text, runs, spans);
    detect_hospital_numbers(text, spans);
    detect_times(text, runs, spans);
    detect_doses(text, runs, spans);
}

/// A number with a dose unit: `400mg`, `2 tablets`, `5 ml`, `two puffs` is left to the lexicon.
fn detect_doses(text: &str, runs: &[Run], spans: &mut Vec<Span>) {
    const UNITS: &[&str] = &[
        "micrograms",
        "milligrams",
        "tablets",
        "capsules",
        "sachets",
        "units",
        "puffs",
        "drops",
        "tablet",
        "capsule",
        "sachet",
        "tabs",
        "caps",
        "puff",
        "unit",
        "mcg",
        "µg",
        "mg",
        "ml",
        "iu",
    ];
    for r in runs {
        if !boundary_before(text, r.start)
            && !char_before(text, r.start).is_some_and(|c| c == '.' || c == 'x')
        {
            continue;
        }
        let rest = &text[r.end..];
        let trimmed = rest.trim_start_matches(' ');
        let gap = rest.len() - trimmed.len();
        if gap > 1 {
            continue;
        }
        let lower: String = trimmed.chars().take(11).collect::<String>().to_lowercase();
        if let Some(u) = UNITS.iter().find(|u| lower.starts_with(*u)) {
            let end = r.end + gap + u.len();
            if text.is_char_boundary(end) && boundary_after(text, end) {
                spans.push(Span::new(r.start, end, SpanKind::Dose));
            }
        }
    }
}

fn context_before(spans: &[Span], kind: SpanKind, pos: usize, window: usize) -> bool {
    spans
        .iter()
        .any(|s| s.kind == kind && (s.end as usize) <= pos && (s.end as usize) + window >= pos)
}

fn detect_health_numbers(text: &str, runs: &[Run], spans: &mut Vec<Span>) {
    let mut found = Vec::new();
    for (s, e, d, spaced) in ten_digit_candidates(text, runs) {
        if !mod11_valid(&d) {
            // "NHS no 485 777 3456": a number the writer labels is shared as a patient's
            // identifier even with a slip in its check digit. It counts as unconfirmed, which
            // the rules take only beside clinical context.
            let labelled = [
                SpanKind::NhsContext,
                SpanKind::ChiContext,
                SpanKind::HcContext,
            ]
            .iter()
            .any(|&k| context_before(spans, k, s, 12));
            if labelled {
                found.push(Span::new(s, e, SpanKind::HealthNumberUnconfirmed));
            }
            continue;
        }
        let nhs = context_before(spans, SpanKind::NhsContext, s, 40);
        let chi = context_before(spans, SpanKind::ChiContext, s, 40);
        let hc = context_before(spans, SpanKind::HcContext, s, 40);
        let hint = if chi {
            Some(Scheme::Chi)
        } else if hc {
            Some(Scheme::Hc)
        } else if nhs {
            Some(Scheme::Nhs)
        } else {
            None
        };
        let scheme = classify(&d, hint);
        // An explicit context word is the writer saying what the number is; the layout alone is
        // strong only inside an issued range.
        let kind = match (scheme, hint, spaced) {
            (Scheme::Test, _, _) => SpanKind::NhsTestNumber,
            (_, Some(Scheme::Chi), _) => SpanKind::ChiNumber,
            (_, Some(Scheme::Hc), _) => SpanKind::HcNumber,
            (_, Some(_), _) => SpanKind::NhsNumber,
            (Scheme::Unissued, None, true) => SpanKind::HealthNumberUnconfirmed,
            (Scheme::Unissued, None, false) => continue,
            (_, None, false) => SpanKind::HealthNumberUnconfirmed,
            (Scheme::Chi, None, true) => SpanKind::ChiNumber,
            (Scheme::Hc, None, true) => SpanKind::HcNumber,
            (Scheme::Nhs, None, true) => SpanKind::NhsNumber,
        };
        found.push(Span::new(s, e, kind));
    }
    spans.extend(found);
}

static HOSPITAL_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[\s:#.\-]{0,4}(?:is\s+)?([A-Za-z]{0,3}\d{5,10}[A-Za-z]?)\b").expect("valid regex")
});

/// A local patient identifier after its context word (`MRN 1234567`, `hosp no: K123456`).
fn detect_hospital_numbers(text: &str, spans: &mut Vec<Span>) {
    let triggers: Vec<Span> = spans
        .iter()
        .filter(|s| s.kind == SpanKind::HospitalNumberContext)
        .copied()
        .collect();
    for t in triggers {
        let ws = t.end as usize;
        let we = super::text::floor_boundary(text, ws + 24);
        let Some(window) = text.get(ws..we) else {
            continue;
        };
        if let Some(c) = HOSPITAL_NUMBER.captures(window).and_then(|c| c.get(1)) {
            spans.push(Span::new(
                t.start as usize,
                ws + c.end(),
                SpanKind::HospitalNumber,
            ));
        }
    }
}

/// Clock times: `3am`, `3 pm`, `03:30`, `3.30am`, `15:45`.
fn detect_times(text: &str, runs: &[Run], spans: &mut Vec<Span>) {
    let bytes = text.as_bytes();
    for (i, r) in runs.iter().enumerate() {
        let glued = char_before(text, r.start)
            .is_some_and(|c| matches!(c, '/' | '.' | ':' | '£' | '$' | '€' | ','));
        if r.len() > 2 || !boundary_before(text, r.start) || glued {
            continue;
        }
        let Some(h) = r.value(text) else { continue };
        let mut end = r.end;
        let mut colon = false;
        if let Some(m) = runs.get(i + 1) {
            let sep = bytes.get(r.end).copied();
            if m.start == r.end + 1
                && matches!(sep, Some(b':' | b'.'))
                && m.len() == 2
                && m.value(text).is_some_and(|v| v < 60)
            {
                end = m.end;
                colon = sep == Some(b':');
            }
        }
        let rest = &text[end..];
        let trimmed = rest.trim_start_matches(' ');
        let skipped = rest.len() - trimmed.len();
        let head: String = trimmed
            .chars()
            .take(4)
            .collect::<String>()
            .to_ascii_lowercase();
        let meridiem = ["a.m.", "p.m.", "am", "pm"]
            .iter()
            .find(|m| head.starts_with(*m))
            .map(|m| m.len());
        if let Some(len) = meridiem.filter(|_| skipped <= 1) {
            let e = end + skipped + len;
            if (1..=12).contains(&h) && (boundary_after(text, e) || text[..e].ends_with('.')) {
                spans.push(Span::new(r.start, e, SpanKind::TimeOfDay));
            }
        } else if colon
            && h < 24
            && boundary_after(text, end)
            && !matches!(bytes.get(end), Some(b':'))
        {
            spans.push(Span::new(r.start, end, SpanKind::TimeOfDay));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::Analysis;

    fn found(text: &str, kind: SpanKind) -> Vec<String> {
        Analysis::of_text(text)
            .of_kind(kind)
            .map(|s| s.text(text).to_string())
            .collect()
    }

    fn digits(s: &str) -> [u8; 10] {
        let v: Vec<u8> = s
            .bytes()
            .filter(u8::is_ascii_digit)
            .map(|b| b - b'0')
            .collect();
        v.try_into().unwrap()
    }

    #[test]
    fn mod11_matches_the_data_dictionary_examples() {
        assert!(mod11_valid(&digits("943 476 5919")));
        assert!(mod11_valid(&digits("123 456 7881")));
        assert!(mod11_valid(&digits("0101011237")));
        // Published "examples" that are in fact invalid.
        assert!(!mod11_valid(&digits("999 123 4560")));
        assert!(!mod11_valid(&digits("987 654 4321")));
        for t in ["999 000 0018", "999 000 0026", "999 000 0069"] {
            assert!(mod11_valid(&digits(t)), "{t}");
        }
    }

    #[test]
    fn mod11_agrees_with_the_one_line_form() {
        // Σ dᵢ·(11−i) ≡ 0 (mod 11) over all ten digits (Presidio's formulation).
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let s = format!("{:010}", x % 10_000_000_000);
            let d = digits(&s);
            let alt = d
                .iter()
                .enumerate()
                .map(|(i, &v)| u32::from(v) * (10 - i as u32))
                .sum::<u32>()
                % 11
                == 0;
            assert_eq!(mod11_valid(&d), alt, "{s}");
        }
    }

    #[test]
    fn schemes_are_told_apart_by_range() {
        assert_eq!(classify(&digits("9434765919"), None), Scheme::Unissued);
        assert_eq!(classify(&digits("4010232137"), None), Scheme::Nhs);
        assert_eq!(classify(&digits("0101011237"), None), Scheme::Chi);
        assert_eq!(classify(&digits("9990000018"), None), Scheme::Test);
        assert_eq!(classify(&digits("3200000010"), None), Scheme::Hc);
    }

    #[test]
    fn nhs_numbers_need_layout_or_context() {
        assert_eq!(
            found("NHS no 401 023 2137", SpanKind::NhsNumber),
            ["401 023 2137"]
        );
        assert_eq!(
            found("ref 401 023 2137", SpanKind::NhsNumber),
            ["401 023 2137"]
        );
        assert_eq!(
            found("NHS number: 4010232137", SpanKind::NhsNumber),
            ["4010232137"]
        );
        assert_eq!(
            found("order 4010232137", SpanKind::HealthNumberUnconfirmed),
            ["4010232137"]
        );
        assert!(found("order 4010232137", SpanKind::NhsNumber).is_empty());
        // Wrong check digit, inside a longer number, or inside a link. A labelled number with a
        // wrong check digit is still shared as one, unconfirmed.
        assert!(found("NHS 401 023 2138", SpanKind::NhsNumber).is_empty());
        assert_eq!(
            found("NHS no 485 777 3456", SpanKind::HealthNumberUnconfirmed),
            ["485 777 3456"]
        );
        assert!(found("order 485 777 3456", SpanKind::HealthNumberUnconfirmed).is_empty());
        assert!(found("NHS 12 401 023 2137", SpanKind::NhsNumber).is_empty());
        assert!(found("tel 44010232137", SpanKind::HealthNumberUnconfirmed).is_empty());
        assert!(found(
            "https://x.com/s/4010232137",
            SpanKind::HealthNumberUnconfirmed
        )
        .is_empty());
    }

    #[test]
    fn test_range_and_other_schemes() {
        assert_eq!(
            found("NHS 999 000 0018", SpanKind::NhsTestNumber),
            ["999 000 0018"]
        );
        assert_eq!(found("CHI 0101011237", SpanKind::ChiNumber), ["0101011237"]);
        let hc = with_check_digit("320000001").unwrap();
        let spaced = format!("{} {} {}", &hc[..3], &hc[3..6], &hc[6..]);
        assert_eq!(
            found(&format!("H&C number {spaced}"), SpanKind::HcNumber),
            std::slice::from_ref(&spaced)
        );
        assert_eq!(
            found(&format!("ref {spaced}"), SpanKind::HcNumber),
            [spaced]
        );
        // 943 476 5919 sits in no issued range: with the layout alone it is unconfirmed, with an NHS
        // word it is what the writer says it is.
        assert_eq!(
            found("943 476 5919", SpanKind::HealthNumberUnconfirmed),
            ["943 476 5919"]
        );
        assert_eq!(
            found("NHS 943 476 5919", SpanKind::NhsNumber),
            ["943 476 5919"]
        );
        assert!(found("9434765919", SpanKind::HealthNumberUnconfirmed).is_empty());
    }

    #[test]
    fn hospital_numbers_need_their_context_word() {
        assert_eq!(
            found("MRN: 12345678 seen", SpanKind::HospitalNumber),
            ["MRN: 12345678"]
        );
        assert_eq!(
            found("hosp no K123456", SpanKind::HospitalNumber),
            ["hosp no K123456"]
        );
        assert!(found("ran 12345678 steps", SpanKind::HospitalNumber).is_empty());
        assert!(found("MRN pending", SpanKind::HospitalNumber).is_empty());
    }

    #[test]
    fn clock_times() {
        assert_eq!(
            found("at 3am and 4 pm", SpanKind::TimeOfDay),
            ["3am", "4 pm"]
        );
        assert_eq!(found("called at 03:30.", SpanKind::TimeOfDay), ["03:30"]);
        assert!(found("score 3:2 and 25:99 and 1.5", SpanKind::TimeOfDay).is_empty());
    }

    #[test]
    fn doses() {
        assert_eq!(found("take 400mg now", SpanKind::Dose), ["400mg"]);
        assert!(found("2 tablets twice", SpanKind::Dose).contains(&"2 tablets".to_string()));
        assert!(found("at 5 g force, 4G phone, 10 mgs", SpanKind::Dose).is_empty());
    }
}

//! Contact details: UK phone numbers, full postcodes and e-mail addresses. In a story about a patient
//! each is a direct identifier (HIPAA Safe Harbor lists telephone numbers, e-mail addresses and
//! geographic units smaller than a state; a full UK postcode covers about fifteen addresses).
//!
//! Phone numbers are read from digit runs: 0 and ten digits, or +44 and ten digits, in the usual
//! groupings; postcodes from a digit run with one or two capitals before it, validated against the
//! Royal Mail shapes with a regex on that small window only.

use super::numbers::Run;
use super::text::{boundary_after, boundary_before, inside};
use super::{Span, SpanKind};
use crate::detect::gate::Regex;
use std::sync::LazyLock;

/// Phone numbers and postcodes among `runs`.
pub fn detect(text: &str, runs: &[Run], spans: &mut Vec<Span>) {
    detect_phones(text, runs, spans);
    detect_postcodes(text, runs, spans);
}

/// UK numbers: 0 + ten digits (`07700 900123`, `0161 496 0000`, `(01632) 960000`) or +44 and ten
/// digits (`+44 7700 900123`, `+44 (0)7700 900123`).
fn detect_phones(text: &str, runs: &[Run], spans: &mut Vec<Span>) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < runs.len() {
        let r = runs[i];
        let d = r.digits(text);
        // (start of the match, index of the first national run, digits needed from there)
        let plan = if d == "44" && r.start > 0 && bytes[r.start - 1] == b'+' {
            let mut j = i + 1;
            if let Some(z) = runs.get(j) {
                let between = text.get(r.end..z.start).unwrap_or("x");
                if z.digits(text) == "0"
                    && matches!(between, "(" | " (")
                    && bytes.get(z.end) == Some(&b')')
                {
                    j += 1;
                }
            }
            Some((r.start - 1, j, 10))
        } else if d.len() >= 2 && d.starts_with('0') {
            let start = if r.start > 0 && bytes[r.start - 1] == b'(' {
                r.start - 1
            } else {
                r.start
            };
            Some((start, i, 11))
        } else {
            None
        };
        let Some((start, j, need)) = plan else {
            i += 1;
            continue;
        };
        if !boundary_before(text, start) || (need == 11 && start > 0 && bytes[start - 1] == b'+') {
            i += 1;
            continue;
        }
        let mut got = 0;
        let mut end = start;
        let mut k = j;
        let mut prev: Option<usize> = if j > i {
            Some(runs[j - 1].end + usize::from(j > i + 1))
        } else {
            None
        };
        while k < runs.len() && got < need {
            let run = runs[k];
            if let Some(pe) = prev {
                let sep = text.get(pe..run.start).unwrap_or("x");
                let ok = sep.len() <= 2 && sep.chars().all(|c| matches!(c, ' ' | '-' | ')'));
                if !ok {
                    break;
                }
            }
            got += run.len();
            end = run.end;
            prev = Some(run.end);
            k += 1;
        }
        let national_first = if need == 11 {
            d.as_bytes().get(1).copied()
        } else {
            runs.get(j)
                .and_then(|x| x.digits(text).as_bytes().first().copied())
        };
        let plausible = matches!(
            national_first,
            Some(b'1' | b'2' | b'3' | b'5' | b'7' | b'8' | b'9')
        );
        if got == need && plausible && boundary_after(text, end) {
            spans.push(Span::new(start, end, SpanKind::PhoneNumber));
            i = k;
        } else {
            i += 1;
        }
    }
}

static POSTCODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:[A-PR-UWYZ][0-9][0-9ABCDEFGHJKPSTUW]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9ABEHMNPRVWXY]?) ?[0-9][ABD-HJLNP-UW-Z]{2}$",
    )
    .expect("valid postcode regex")
});

/// Full postcodes (outward and inward code), upper case, validated against the Royal Mail shapes.
fn detect_postcodes(text: &str, runs: &[Run], spans: &mut Vec<Span>) {
    let bytes = text.as_bytes();
    for r in runs {
        if r.len() > 3 {
            continue;
        }
        // Outward letters: one or two upper-case letters right before the first digit run.
        let mut s = r.start;
        while s > 0 && r.start - s < 2 && bytes[s - 1].is_ascii_uppercase() {
            s -= 1;
        }
        if s == r.start || !boundary_before(text, s) {
            continue;
        }
        // Candidate ends: up to 8 bytes on; try the two layouts "A9 9AA" (with space) and "A99AA".
        let mut e = r.end;
        while e < bytes.len() && e - s < 8 && (bytes[e].is_ascii_alphanumeric() || bytes[e] == b' ')
        {
            e += 1;
        }
        let window = &text[s..e];
        for cut in (5..=window.len()).rev() {
            let cand = &window[..cut];
            if POSTCODE.is_match(cand) && boundary_after(text, s + cut) {
                spans.push(Span::new(s, s + cut, SpanKind::Postcode));
                break;
            }
        }
    }
}

/// E-mail addresses (`name@example.org`): an address is as direct an identifier as a phone number.
pub fn detect_emails(text: &str, links: &[(usize, usize)], spans: &mut Vec<Span>) {
    let bytes = text.as_bytes();
    for at in memchr::memchr_iter(b'@', bytes) {
        if inside(links, at) || at == 0 {
            continue;
        }
        let is_local = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-' | b'+');
        let mut s = at;
        while s > 0 && is_local(bytes[s - 1]) {
            s -= 1;
        }
        let mut e = at + 1;
        while e < bytes.len()
            && (bytes[e].is_ascii_alphanumeric() || matches!(bytes[e], b'.' | b'-'))
        {
            e += 1;
        }
        while e > at + 1 && bytes[e - 1] == b'.' {
            e -= 1;
        }
        let domain = &text[at + 1..e];
        let tld_ok = domain
            .rsplit('.')
            .next()
            .is_some_and(|t| t.len() >= 2 && t.bytes().all(|b| b.is_ascii_alphabetic()));
        if s < at && domain.contains('.') && tld_ok {
            spans.push(Span::new(s, e, SpanKind::EmailAddress));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::detect::{Analysis, SpanKind};

    fn found(text: &str, kind: SpanKind) -> Vec<String> {
        Analysis::of_text(text)
            .of_kind(kind)
            .map(|s| s.text(text).to_string())
            .collect()
    }

    #[test]
    fn uk_phone_numbers() {
        for t in [
            "07700 900123",
            "+44 7700 900123",
            "0161 496 0000",
            "(01632) 960000",
            "+44 (0)7700 900456",
            "020 7946 0000",
        ] {
            assert_eq!(
                found(&format!("call {t} now"), SpanKind::PhoneNumber).len(),
                1,
                "{t}"
            );
        }
        for t in [
            "0.5 mg",
            "07700 9001",
            "1234 567 890",
            "2023 was a year 10000 times",
        ] {
            assert!(found(t, SpanKind::PhoneNumber).is_empty(), "{t}");
        }
    }

    #[test]
    fn postcodes_full_only() {
        for t in [
            "M1 1AE", "SW1A 1AA", "EC1V 2NX", "B33 8TH", "CR2 6XH", "DN55 1PT", "W1A 0AX",
        ] {
            assert_eq!(found(&format!("at {t}."), SpanKind::Postcode), [t], "{t}");
        }
        for t in [
            "the M1 motorway",
            "A1 road",
            "SW1A",
            "QQ1 1AA",
            "m1 1ae",
            "COVID19 test",
        ] {
            assert!(found(t, SpanKind::Postcode).is_empty(), "{t}");
        }
    }

    #[test]
    fn emails() {
        assert_eq!(
            found("mail jo.bloggs@example.org.", SpanKind::EmailAddress),
            ["jo.bloggs@example.org"]
        );
        assert!(found("@drjane hi", SpanKind::EmailAddress).is_empty());
    }
}

//! The message header grammar: the date-and-time prefix that starts every WhatsApp message line.
//!
//! WhatsApp writes the header in the phone's locale, so one regular expression per variant would be a
//! long and still incomplete list. Instead this is a small hand-written scanner that accepts the
//! *shape* every variant shares — three numbers separated by `/`, `.` or `-`, a time of two or three
//! numbers, an optional 12-hour marker, optional brackets — and tolerates the locale noise in between:
//!
//! - bidi marks (U+200E, U+200F, embeddings) anywhere between tokens (iOS attachment lines, Arabic);
//! - Arabic-Indic digits (`٢٧/٣/٢٠٢٢`) and the Arabic comma `،`;
//! - narrow and ordinary no-break spaces before AM/PM (U+202F, U+00A0);
//! - `PM`, `p.m.`, `p. m.`, `م`/`ص`, Vietnamese `SA`/`CH`, East-Asian `午後`/`오후` before or after the time;
//! - a short word between date and time (Finnish `klo`), a trailing dot after the year (HR/SR
//!   `13. 6. 2018.`), and the time written first (Vietnamese `[21:41:35, 3/27/22]`);
//! - Buddhist (`2565 BE`) and Japanese-era (`R4`) years, recorded as such and converted later.
//!
//! The scanner only reads the header; which number is the day, the month or the year is decided per
//! file in [`super::dates`], because the header alone cannot tell `3/6/18` apart.

/// Characters WhatsApp sprinkles around headers and markers: LRM, RLM, ALM, embeddings, isolates, BOM.
pub fn is_mark(c: char) -> bool {
    matches!(
        c,
        '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}'
    )
}

/// Spaces that appear inside headers: ordinary, no-break, narrow no-break, thin.
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{00A0}' | '\u{202F}' | '\u{2009}')
}

/// A digit in any of the scripts WhatsApp uses in headers, as its value.
fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        _ => None,
    }
}

/// A non-Gregorian year marker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Era {
    /// Thai Buddhist Era (`2565 BE`): Gregorian = year − 543.
    Buddhist,
    /// Japanese imperial era by its letter (`R4` = Reiwa 4 = 2022).
    Japanese(char),
}

/// One number of the date as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DatePart {
    pub value: u32,
    pub digits: u8,
    pub era: Option<Era>,
}

/// AM or PM.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Meridiem {
    Am,
    Pm,
}

/// The separator between header and message, which tells the platform family apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Style {
    /// `[date, time] ` — iOS.
    Bracketed,
    /// `date, time - ` — Android.
    Dash,
    /// `date time: ` — some old Android locales.
    Colon,
    /// `date time ` with nothing else — HR/SR; only valid when an author follows.
    Bare,
}

/// A parsed header: the raw date parts (order unresolved), the time, and where the rest of the line starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    pub parts: [DatePart; 3],
    /// `/`, `.` or `-`.
    pub date_sep: char,
    pub time_first: bool,
    pub hour: u32,
    pub minute: u32,
    pub second: u32,
    pub meridiem: Option<Meridiem>,
    pub style: Style,
    /// The line started with a bidi mark before the header (iOS marks attachment lines this way).
    pub lead_mark: bool,
    /// Byte offset in the line where the author (or the system text) starts.
    pub rest: usize,
    /// Byte length of the header as written, for keeping the raw timestamp.
    pub raw_end: usize,
}

struct Cursor<'a> {
    s: &'a str,
    i: usize,
}

impl<'a> Cursor<'a> {
    fn peek(&self) -> Option<char> {
        self.s.get(self.i..)?.chars().next()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.i += c.len_utf8();
        Some(c)
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.i += c.len_utf8();
            true
        } else {
            false
        }
    }

    fn eat_str(&mut self, s: &str) -> bool {
        if self.s.get(self.i..).is_some_and(|r| r.starts_with(s)) {
            self.i += s.len();
            true
        } else {
            false
        }
    }

    fn skip_marks(&mut self) -> bool {
        let start = self.i;
        while self.peek().is_some_and(is_mark) {
            self.bump();
        }
        self.i > start
    }

    fn skip_spaces_and_marks(&mut self) -> usize {
        let mut spaces = 0;
        while let Some(c) = self.peek() {
            if is_space(c) {
                spaces += 1;
            } else if !is_mark(c) {
                break;
            }
            self.bump();
        }
        spaces
    }

    /// A run of 1..=max digits, with marks allowed before it.
    fn number(&mut self, max: u8) -> Option<(u32, u8)> {
        self.skip_marks();
        let mut value: u32 = 0;
        let mut n: u8 = 0;
        while let Some(d) = self.peek().and_then(digit_value) {
            if n == max {
                return None;
            }
            value = value * 10 + d;
            n += 1;
            self.bump();
        }
        self.skip_marks();
        (n > 0).then_some((value, n))
    }

    fn rest(&self) -> &'a str {
        self.s.get(self.i..).unwrap_or("")
    }
}

/// Parse the header at the start of `line`, or `None` when the line does not start with one.
pub fn parse(line: &str) -> Option<Header> {
    let mut c = Cursor { s: line, i: 0 };
    let lead_mark = c.skip_marks();
    let bracketed = c.eat('[');
    c.skip_marks();
    let time_first = c.s.get(c.i..).is_some_and(looks_like_time_first);
    let (parts, date_sep, time) = if time_first {
        let time = time(&mut c)?;
        c.eat(',');
        if c.skip_spaces_and_marks() == 0 {
            return None;
        }
        let (parts, sep) = date(&mut c)?;
        (parts, sep, time)
    } else {
        let (parts, sep) = date(&mut c)?;
        between_date_and_time(&mut c)?;
        let time = time(&mut c)?;
        (parts, sep, time)
    };
    let (hour, minute, second, meridiem) = time;
    let raw_end = c.i;
    c.skip_marks();
    let style = if bracketed {
        c.skip_spaces_and_marks();
        if !c.eat(']') {
            return None;
        }
        if !c.peek().is_some_and(is_space) {
            return None;
        }
        c.bump();
        Style::Bracketed
    } else if c.eat_str(" - ") || c.eat_str(" – ") {
        Style::Dash
    } else if c.eat_str(": ") {
        Style::Colon
    } else if c.peek().is_some_and(is_space) {
        c.bump();
        Style::Bare
    } else {
        return None;
    };
    if c.rest().trim().is_empty() && style != Style::Dash {
        return None;
    }
    Some(Header {
        parts,
        date_sep,
        time_first,
        hour,
        minute,
        second,
        meridiem,
        style,
        lead_mark,
        rest: c.i,
        raw_end,
    })
}

/// `21:41:35, 3/27/22` — a time (with `:`) followed by a comma and a date.
fn looks_like_time_first(s: &str) -> bool {
    let mut digits = 0;
    for ch in s.chars() {
        if digit_value(ch).is_some() {
            digits += 1;
            continue;
        }
        return ch == ':' && (1..=2).contains(&digits) && s.contains(", ");
    }
    false
}

fn date(c: &mut Cursor) -> Option<([DatePart; 3], char)> {
    let first = date_part(c)?;
    let sep = c.bump().filter(|ch| matches!(ch, '/' | '.' | '-'))?;
    c.eat(' ');
    let second = date_part(c)?;
    if !c.eat(sep) {
        return None;
    }
    c.eat(' ');
    let mut third = date_part(c)?;
    // Buddhist-era suffix after the year: `2565 BE` (or the Thai abbreviation).
    let save = c.i;
    c.skip_spaces_and_marks();
    if c.eat_str("BE") || c.eat_str("พ.ศ.") {
        third.era = Some(Era::Buddhist);
    } else {
        c.i = save;
    }
    if sep == '.' {
        c.eat('.');
    }
    let parts = [first, second, third];
    // Exactly the common shapes: at most one long (year) field, and a day/month of one or two digits.
    let long = parts
        .iter()
        .filter(|p| p.digits > 2 || p.era.is_some())
        .count();
    if long > 1 || parts.iter().any(|p| p.digits == 3 && p.era.is_none()) {
        return None;
    }
    Some((parts, sep))
}

fn date_part(c: &mut Cursor) -> Option<DatePart> {
    c.skip_marks();
    // Japanese imperial era: a letter (Meiji, Taishō, Shōwa, Heisei, Reiwa) before the year.
    if let Some(letter @ ('M' | 'T' | 'S' | 'H' | 'R')) = c.peek() {
        let save = c.i;
        c.bump();
        match c.number(2) {
            Some((value, digits)) => {
                return Some(DatePart {
                    value,
                    digits,
                    era: Some(Era::Japanese(letter)),
                })
            }
            None => {
                c.i = save;
                return None;
            }
        }
    }
    let (value, digits) = c.number(4)?;
    Some(DatePart {
        value,
        digits,
        era: None,
    })
}

/// Between date and time: a comma (Latin or Arabic) and/or spaces, possibly a short word (`klo`).
fn between_date_and_time(c: &mut Cursor) -> Option<()> {
    let comma = c.eat(',') || c.eat('،');
    let spaces = c.skip_spaces_and_marks();
    if !comma && spaces == 0 {
        return None;
    }
    // A short lower-case word such as Finnish `klo`, followed by a space.
    let save = c.i;
    let mut letters = 0;
    while c
        .peek()
        .is_some_and(|ch| ch.is_alphabetic() && ch.is_lowercase())
    {
        c.bump();
        letters += 1;
    }
    if letters > 0 && !(letters <= 4 && c.skip_spaces_and_marks() > 0) {
        c.i = save;
    }
    Some(())
}

type Time = (u32, u32, u32, Option<Meridiem>);

fn time(c: &mut Cursor) -> Option<Time> {
    let prefix = meridiem_prefix(c);
    let (hour, hd) = c.number(2)?;
    let sep = c.bump().filter(|ch| matches!(ch, ':' | '.'))?;
    let (minute, md) = c.number(2)?;
    if md != 2 || hd == 0 {
        return None;
    }
    let mut second = 0;
    let save = c.i;
    if c.eat(sep) {
        match c.number(2) {
            Some((s, 2)) => second = s,
            _ => c.i = save,
        }
    }
    let meridiem = prefix.or_else(|| meridiem_suffix(c));
    let hour_ok = match meridiem {
        Some(_) => (1..=12).contains(&hour) || hour == 0,
        None => hour <= 23,
    };
    (hour_ok && minute <= 59 && second <= 59).then_some((hour, minute, second, meridiem))
}

const EAST_ASIAN_MERIDIEM: [(&str, Meridiem); 6] = [
    ("午前", Meridiem::Am),
    ("午後", Meridiem::Pm),
    ("오전", Meridiem::Am),
    ("오후", Meridiem::Pm),
    ("上午", Meridiem::Am),
    ("下午", Meridiem::Pm),
];

/// Japanese, Korean and Chinese 12-hour clocks put the marker before the time.
fn meridiem_prefix(c: &mut Cursor) -> Option<Meridiem> {
    for (word, m) in EAST_ASIAN_MERIDIEM {
        if c.eat_str(word) {
            c.skip_spaces_and_marks();
            return Some(m);
        }
    }
    None
}

/// `AM`, `p.m.`, `p. m.`, `م`, `SA`/`CH`, `午後` after the time, with any kind of space before it.
fn meridiem_suffix(c: &mut Cursor) -> Option<Meridiem> {
    let save = c.i;
    if c.skip_spaces_and_marks() == 0 {
        c.i = save;
        return None;
    }
    let found = latin_meridiem(c).or_else(|| {
        for (word, m) in [
            ("م", Meridiem::Pm),
            ("ص", Meridiem::Am),
            ("SA", Meridiem::Am),
            ("CH", Meridiem::Pm),
        ]
        .into_iter()
        .chain(EAST_ASIAN_MERIDIEM)
        {
            if c.eat_str(word) {
                return Some(m);
            }
        }
        None
    });
    // The marker must end there, not be the start of a word ("am" in "am Montag").
    if found.is_some() && c.peek().is_some_and(|ch| ch.is_alphanumeric()) {
        c.i = save;
        return None;
    }
    if found.is_none() {
        c.i = save;
    }
    found
}

fn latin_meridiem(c: &mut Cursor) -> Option<Meridiem> {
    let save = c.i;
    let m = match c.bump()?.to_ascii_lowercase() {
        'a' => Meridiem::Am,
        'p' => Meridiem::Pm,
        _ => {
            c.i = save;
            return None;
        }
    };
    c.eat('.');
    c.skip_spaces_and_marks();
    if !matches!(c.bump(), Some('m' | 'M')) {
        c.i = save;
        return None;
    }
    c.eat('.');
    Some(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(line: &str) -> Header {
        parse(line).unwrap_or_else(|| panic!("no header in {line:?}"))
    }

    fn nums(h: &Header) -> [u32; 3] {
        [h.parts[0].value, h.parts[1].value, h.parts[2].value]
    }

    #[test]
    fn ios_and_android_shapes() {
        let h = p("[3/27/22, 21:41:35] Dr A: hi");
        assert_eq!(
            (nums(&h), h.hour, h.second, h.style),
            ([3, 27, 22], 21, 35, Style::Bracketed)
        );
        assert_eq!(&"[3/27/22, 21:41:35] Dr A: hi"[h.rest..], "Dr A: hi");
        let h = p("[3/27/22 21:41:35] Dr A: hi");
        assert_eq!(h.style, Style::Bracketed);
        let h = p("18/03/2022, 14:56 - Dr A: hi");
        assert_eq!(
            (nums(&h), h.style, h.date_sep),
            ([18, 3, 2022], Style::Dash, '/')
        );
        assert_eq!(p("18.03.22 14:56 - Dr A: x").date_sep, '.');
        assert_eq!(p("18-03-2022 14:56 - Dr A: x").date_sep, '-');
        assert_eq!(p("18.03.2022, 14:56 - A: x").parts[2].digits, 4);
        let h = p("[3/27/22 21.41.35] A: x");
        assert_eq!((h.minute, h.second), (41, 35));
        let h = p("[2018/06/13, 21:25:15] a: m");
        assert_eq!(nums(&h), [2018, 6, 13]);
    }

    #[test]
    fn twelve_hour_forms() {
        for line in [
            "3/6/18, 1:55 PM - a: m",
            "23/06/2018, 01:55 p.m. - a: m",
            "3/6/2018 1:55 p. m. - a: m",
            "3/6/18, 1:55\u{202F}PM - a: m",
            "[3/6/18 1:55:00\u{00A0}p. m.] a: m",
            "[3/6/18, 1:55:00 pm] a: m",
        ] {
            assert_eq!(p(line).meridiem, Some(Meridiem::Pm), "{line}");
        }
        assert_eq!(p("3/6/18, 11:05 a.m. - a: m").meridiem, Some(Meridiem::Am));
        assert_eq!(
            p("[1/2/23, 午後 1:55:00] a: m").meridiem,
            Some(Meridiem::Pm)
        );
        assert_eq!(p("[1/2/23 1:55:00 CH] a: m").meridiem, Some(Meridiem::Pm));
    }

    #[test]
    fn locale_oddities() {
        let h = p("13.6.2018 klo 21.25.15 - a: m");
        assert_eq!(
            (nums(&h), h.hour, h.minute, h.second),
            ([13, 6, 2018], 21, 25, 15)
        );
        let h = p("13. 6. 2018. 21:25:15 a: m");
        assert_eq!((nums(&h), h.style), ([13, 6, 2018], Style::Bare));
        let h = p("13.06.18 21.25.15: a: m");
        assert_eq!(h.style, Style::Colon);
        let h = p("[21:41:35, 3/27/22] Dmitry S: Hello");
        assert!(h.time_first);
        assert_eq!((nums(&h), h.hour), ([3, 27, 22], 21));
        let h = p("\u{200E}[3/27/22, 21:41:55] A: \u{200E}image omitted");
        assert!(h.lead_mark);
    }

    #[test]
    fn arabic_digits_marks_and_meridiem() {
        let line = "[١٨\u{200F}/٣\u{200F}/٢٠٢٢، ٢:٥٦:٠٠\u{00A0}م] A: x";
        let h = p(line);
        assert_eq!(
            (nums(&h), h.hour, h.meridiem),
            ([18, 3, 2022], 2, Some(Meridiem::Pm))
        );
        assert_eq!(&line[h.rest..], "A: x");
        let h = p("[\u{200F}27\u{200F}/3\u{200F}/2022، 21:41:35] A: x");
        assert_eq!(nums(&h), [27, 3, 2022]);
    }

    #[test]
    fn calendars() {
        let h = p("[3/27/2565 BE, 21:41:35] A: x");
        assert_eq!(h.parts[2].era, Some(Era::Buddhist));
        let h = p("[3/27/R4, 21:41:35] A: x");
        assert_eq!(
            (h.parts[2].value, h.parts[2].era),
            (4, Some(Era::Japanese('R')))
        );
    }

    #[test]
    fn rejects_non_headers() {
        for line in [
            "",
            "hello there",
            "2016-04-29 10:30:00",
            "3/27/22 hello",
            "date,time,text",
            "2020-01-01,12:00,foo",
            "12:30 meeting",
            "[3/27/22, 25:41:35] A: x",
            "[3/27/22, 21:41:35]A: x",
            "1/2/3/4 10:00 - x",
            "123/4/5, 10:00 - x",
            "13. 6. 2018. 21:25:15 ",
        ] {
            assert!(parse(line).is_none(), "{line:?}");
        }
    }
}

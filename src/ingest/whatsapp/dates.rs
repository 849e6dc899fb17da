//! Which header number is the day, which the month, which the year — decided per file, per date style.
//!
//! WhatsApp writes dates in the order of the phone's *region* setting, not its language, and the
//! header alone cannot tell `3/6/18` (6 March, US) from `3/6/18` (3 June, UK). So the order is
//! inferred from every header of the file, the way Pustur's parser does it:
//!
//! 1. the year is the field with four digits or an era marker; with only two-digit fields it is the
//!    last one (WhatsApp never writes a two-digit year first);
//! 2. any first field above 12 ⇒ day first; any second field above 12 ⇒ month first;
//! 3. otherwise the order under which the dates run forward (fewest decreases) wins — chat logs are
//!    chronological, except Android's first line, which can carry the export date;
//! 4. otherwise the field that changes more often is the day;
//! 5. otherwise day first (the tool's users are UK doctors; the UK writes day first).
//!
//! Inference runs separately for each *date style* (separator, year length, year position, time
//! first or not, brackets), because one chat file can switch format part-way when the phone's region
//! changes (`6/30/23` then `30/6/2023` in the same file).

use super::header::{Era, Header, Meridiem, Style};
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use std::collections::BTreeMap;

/// Where the year sits among the three date fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum YearAt {
    First,
    Last,
}

/// The shape of a header's date, grouping headers whose field order must be the same.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateStyle {
    sep: char,
    year_at: YearAt,
    long_year: bool,
    era: Option<Era>,
    time_first: bool,
    style: Style,
}

impl DateStyle {
    pub fn of(h: &Header) -> Self {
        let long = |i: usize| {
            h.parts
                .get(i)
                .is_some_and(|p| p.digits > 2 || p.era.is_some())
        };
        let year_at = if long(0) && !long(2) {
            YearAt::First
        } else {
            YearAt::Last
        };
        let year = match year_at {
            YearAt::First => h.parts[0],
            YearAt::Last => h.parts[2],
        };
        DateStyle {
            sep: h.date_sep,
            year_at,
            long_year: year.digits > 2,
            era: year.era,
            time_first: h.time_first,
            style: h.style,
        }
    }
}

/// The resolved field order of one style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Order {
    year_at_first: bool,
    /// Of the two non-year fields, the first written is the day.
    day_first: bool,
}

/// Collects the dates of a file (pass one) and resolves each style's order.
#[derive(Debug, Default)]
pub struct DateSamples {
    by_style: BTreeMap<DateStyle, Vec<[u32; 3]>>,
}

impl DateSamples {
    pub fn add(&mut self, h: &Header) {
        let v = [h.parts[0].value, h.parts[1].value, h.parts[2].value];
        let list = self.by_style.entry(DateStyle::of(h)).or_default();
        // Consecutive repeats carry no information and would dilute the change-frequency test.
        if list.last() != Some(&v) {
            list.push(v);
        }
    }

    pub fn resolve(&self) -> DateOrders {
        DateOrders {
            orders: self
                .by_style
                .iter()
                .map(|(style, dates)| (*style, infer(style, dates)))
                .collect(),
        }
    }
}

/// The order chosen for each style of a file.
#[derive(Debug, Default, Clone)]
pub struct DateOrders {
    orders: BTreeMap<DateStyle, Order>,
}

impl DateOrders {
    /// The local wall-clock time a header stands for, or `None` if it is not a real date.
    pub fn timestamp(&self, h: &Header) -> Option<NaiveDateTime> {
        let style = DateStyle::of(h);
        let order = self
            .orders
            .get(&style)
            .copied()
            .unwrap_or_else(|| infer(&style, &[]));
        let date = date_in_order(h, order).or_else(|| {
            // A lone header that contradicts its style (a typo, a pasted line) gets the other order.
            date_in_order(
                h,
                Order {
                    day_first: !order.day_first,
                    ..order
                },
            )
        })?;
        let hour = match h.meridiem {
            None => h.hour,
            Some(Meridiem::Am) => h.hour % 12,
            Some(Meridiem::Pm) => h.hour % 12 + 12,
        };
        let time = NaiveTime::from_hms_opt(hour, h.minute, h.second)?;
        Some(date.and_time(time))
    }
}

fn infer(style: &DateStyle, dates: &[[u32; 3]]) -> Order {
    let year_at_first = style.year_at == YearAt::First;
    let (a, b) = if year_at_first { (1, 2) } else { (0, 1) };
    let field = |d: &[u32; 3], i: usize| d.get(i).copied().unwrap_or(0);
    let a_over = dates.iter().any(|d| field(d, a) > 12);
    let b_over = dates.iter().any(|d| field(d, b) > 12);
    let order = |day_first| Order {
        year_at_first,
        day_first,
    };
    match (a_over, b_over) {
        (true, false) => return order(true),
        (false, true) => return order(false),
        _ => {}
    }
    // Year-first dates are ISO-like (Y-M-D) unless the numbers prove otherwise.
    if year_at_first {
        return order(false);
    }
    let decreases = |day_first: bool| -> usize {
        let ymd: Vec<(i32, u32, u32)> = dates
            .iter()
            .map(|d| {
                let (day, month) = if day_first {
                    (field(d, a), field(d, b))
                } else {
                    (field(d, b), field(d, a))
                };
                (
                    gregorian_year(field(d, 2), style.era, style.long_year),
                    month,
                    day,
                )
            })
            .collect();
        ymd.windows(2).filter(|w| w[1] < w[0]).count()
    };
    let (dmy, mdy) = (decreases(true), decreases(false));
    if dmy != mdy {
        return order(dmy < mdy);
    }
    let change = |i: usize| -> u64 {
        dates
            .windows(2)
            .map(|w| u64::from(field(&w[0], i).abs_diff(field(&w[1], i))))
            .sum()
    };
    let (ca, cb) = (change(a), change(b));
    if ca != cb {
        return order(ca > cb);
    }
    order(true)
}

fn date_in_order(h: &Header, o: Order) -> Option<NaiveDate> {
    let [p0, p1, p2] = h.parts;
    let (year, x, y) = if o.year_at_first {
        (p0, p1.value, p2.value)
    } else {
        (p2, p0.value, p1.value)
    };
    let (day, month) = if o.day_first { (x, y) } else { (y, x) };
    let y = gregorian_year(year.value, year.era, year.digits > 2);
    NaiveDate::from_ymd_opt(y, month, day)
}

/// Convert a written year to the Gregorian year.
pub fn gregorian_year(value: u32, era: Option<Era>, long: bool) -> i32 {
    let v = value as i32;
    match era {
        Some(Era::Buddhist) => v - 543,
        Some(Era::Japanese(letter)) => {
            let first_year = match letter {
                'R' => 2019,
                'H' => 1989,
                'S' => 1926,
                'T' => 1912,
                _ => 1868,
            };
            first_year + v - 1
        }
        // A Thai phone without the `BE` suffix still writes Buddhist years (2565 and up).
        None if long && v > 2400 => v - 543,
        None if long => v,
        None => 2000 + v,
    }
}

#[cfg(test)]
mod tests {
    use super::super::header::parse;
    use super::*;

    fn stamps(lines: &[&str]) -> Vec<String> {
        let headers: Vec<Header> = lines.iter().filter_map(|l| parse(l)).collect();
        let mut s = DateSamples::default();
        headers.iter().for_each(|h| s.add(h));
        let orders = s.resolve();
        headers
            .iter()
            .map(|h| {
                orders
                    .timestamp(h)
                    .map(|t| t.format("%Y-%m-%d %H:%M:%S").to_string())
                    .unwrap_or_default()
            })
            .collect()
    }

    #[test]
    fn first_field_over_12_means_day_first() {
        assert_eq!(
            stamps(&["3/4/22, 10:00 - a: x", "13/4/22, 10:00 - a: x"]),
            ["2022-04-03 10:00:00", "2022-04-13 10:00:00"]
        );
    }

    #[test]
    fn second_field_over_12_means_month_first() {
        assert_eq!(
            stamps(&["[3/4/22, 10:00:00] a: x", "[3/27/22, 9:00:00 PM] a: x"]),
            ["2022-03-04 10:00:00", "2022-03-27 21:00:00"]
        );
    }

    #[test]
    fn monotonic_order_decides_when_all_fields_are_small() {
        // Day first: 1 Feb, 5 Feb, 1 Mar. Month first would be 2 Jan, 2 May, 3 Jan (goes backwards).
        assert_eq!(
            stamps(&[
                "1/2/22, 10:00 - a: x",
                "5/2/22, 10:00 - a: x",
                "1/3/22, 10:00 - a: x"
            ]),
            [
                "2022-02-01 10:00:00",
                "2022-02-05 10:00:00",
                "2022-03-01 10:00:00"
            ]
        );
        // Month first: 5 Jan, 9 Jan, 3 Feb. Day first would be 1 May, 1 Sep, 2 Mar (goes backwards).
        assert_eq!(
            stamps(&[
                "1/5/22, 10:00 - a: x",
                "1/9/22, 10:00 - a: x",
                "2/3/22, 10:00 - a: x"
            ]),
            [
                "2022-01-05 10:00:00",
                "2022-01-09 10:00:00",
                "2022-02-03 10:00:00"
            ]
        );
    }

    #[test]
    fn a_file_can_switch_format_part_way() {
        assert_eq!(
            stamps(&["6/30/23, 16:14 - a: x", "30/6/2023, 16:15 - a: y"]),
            ["2023-06-30 16:14:00", "2023-06-30 16:15:00"]
        );
    }

    #[test]
    fn calendars_convert_to_gregorian() {
        assert_eq!(
            stamps(&[
                "[3/27/2565 BE, 21:41:35] a: x",
                "[1/7/2566 BE, 23:32:30] a: x"
            ]),
            ["2022-03-27 21:41:35", "2023-01-07 23:32:30"]
        );
        assert_eq!(
            stamps(&["[3/27/R4, 21:41:35] a: x", "[1/7/R5, 23:32:30] a: x"]),
            ["2022-03-27 21:41:35", "2023-01-07 23:32:30"]
        );
        assert_eq!(gregorian_year(31, Some(Era::Japanese('H')), false), 2019);
    }

    #[test]
    fn twelve_hour_clock_and_year_first() {
        assert_eq!(
            stamps(&[
                "[2018/06/13, 12:25:15 AM] a: m",
                "[2018/06/13, 12:30:00 PM] a: m"
            ]),
            ["2018-06-13 00:25:15", "2018-06-13 12:30:00"]
        );
        assert_eq!(
            stamps(&["[2020-01-01, 12:00:01] a: m"]),
            ["2020-01-01 12:00:01"]
        );
    }

    #[test]
    fn impossible_dates_give_none() {
        assert_eq!(stamps(&["31/02/22, 10:00 - a: x"]), [""]);
    }
}

//! Date-times in the API's form, as milliseconds since the Unix epoch.

use crate::message::{Message, Msg};
use crate::report::clip;

/// A text that is not a date-time, and why.
pub static NOT_DATE_TIME: Msg = Msg::new(
    "date_time.unreadable",
    "\"{value}\" is not a date-time ({why}); write it as yyyy-MM-ddTHH:mm:ss.SSS+hh:mm, e.g. 2030-03-03T15:00:00.000+01:00",
);
/// Why a text is not a date-time.
pub static DATE_FORM: Msg = Msg::new("date_time.date", "the date must be yyyy-MM-dd");
/// Why a text is not a date-time.
pub static T_SEPARATOR: Msg = Msg::new("date_time.separator", "a 'T' must separate date and time");
/// Why a text is not a date-time.
pub static TIME_FORM: Msg = Msg::new("date_time.time", "the time must be HH:mm:ss");
/// Why a text is not a date-time.
pub static NO_SUCH_DAY: Msg = Msg::new("date_time.no_such_day", "no such day");
/// Why a text is not a date-time.
pub static NO_SUCH_TIME: Msg = Msg::new("date_time.no_such_time", "no such time of day");
/// Why a text is not a date-time.
pub static FRACTION: Msg = Msg::new(
    "date_time.fraction",
    "the fraction of a second must have 1 to 9 digits",
);
/// Why a text is not a date-time.
pub static OFFSET_FORM: Msg = Msg::new("date_time.offset", "the offset must be Z, +hh:mm or +hhmm");
/// Why a text is not a date-time.
pub static OFFSET_MISSING: Msg = Msg::new(
    "date_time.offset_missing",
    "it must end with an offset: Z, +hh:mm or +hhmm",
);

/// The messages of this module, for the catalogue.
pub static MESSAGES: &[&Msg] = &[
    &NOT_DATE_TIME,
    &DATE_FORM,
    &T_SEPARATOR,
    &TIME_FORM,
    &NO_SUCH_DAY,
    &NO_SUCH_TIME,
    &FRACTION,
    &OFFSET_FORM,
    &OFFSET_MISSING,
];

/// Parses `yyyy-MM-dd'T'HH:mm:ss[.SSS]` followed by an offset: `Z`, `+hh:mm` (RFC 3339)
/// or `+hhmm` (the API's `SSSZ` form). Returns milliseconds since the Unix epoch.
///
/// ```
/// use rcs_kit::time::parse_date_time;
/// assert_eq!(parse_date_time("1970-01-01T01:00:00.000+0100"), Ok(0));
/// assert_eq!(parse_date_time("1970-01-01T00:00:01Z"), Ok(1000));
/// assert!(parse_date_time("2030-02-30T00:00:00Z").is_err());
/// ```
///
/// The error is [`date_time`]'s message in English (empty in the WebAssembly build,
/// which has no English).
pub fn parse_date_time(s: &str) -> Result<i64, String> {
    date_time(s).map_err(|m| m.render())
}

/// What [`parse_date_time`] reads, with the reason a text is not a date-time as a
/// catalogue message.
///
/// ```
/// let why = rcs_kit::time::date_time("2030-02-30T00:00:00Z").unwrap_err();
/// assert_eq!(why.key(), "date_time.unreadable");
/// ```
pub fn date_time(s: &str) -> Result<i64, Message> {
    let fail = |why: &'static Msg| {
        Err(NOT_DATE_TIME
            .with("value", clip(s))
            .with("why", why.message()))
    };
    let b = s.as_bytes();
    let num = |from: usize, len: usize| -> Option<i64> {
        let part = b.get(from..from + len)?;
        if part.iter().all(u8::is_ascii_digit) {
            Some(part.iter().fold(0i64, |a, d| a * 10 + i64::from(d - b'0')))
        } else {
            None
        }
    };
    let sep = |at: usize, c: u8| b.get(at) == Some(&c);
    let (Some(year), Some(month), Some(day)) = (num(0, 4), num(5, 2), num(8, 2)) else {
        return fail(&DATE_FORM);
    };
    if !(sep(4, b'-') && sep(7, b'-')) {
        return fail(&DATE_FORM);
    }
    if !matches!(b.get(10), Some(b'T' | b't')) {
        return fail(&T_SEPARATOR);
    }
    let (Some(hour), Some(minute), Some(second)) = (num(11, 2), num(14, 2), num(17, 2)) else {
        return fail(&TIME_FORM);
    };
    if !(sep(13, b':') && sep(16, b':')) {
        return fail(&TIME_FORM);
    }
    if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
        return fail(&NO_SUCH_DAY);
    }
    if hour > 23 || minute > 59 || second > 59 {
        return fail(&NO_SUCH_TIME);
    }
    let mut i = 19;
    let mut millis = 0i64;
    if sep(i, b'.') {
        i += 1;
        let start = i;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        let digits = i - start;
        if digits == 0 || digits > 9 {
            return fail(&FRACTION);
        }
        let first3: i64 = (0..3).fold(0, |acc, k| {
            let d = if k < digits {
                b.get(start + k).map_or(0, |c| i64::from(c - b'0'))
            } else {
                0
            };
            acc * 10 + d
        });
        millis = first3;
    }
    let offset_min = match b.get(i) {
        Some(b'Z' | b'z') if i + 1 == b.len() => 0,
        Some(&sign @ (b'+' | b'-')) => {
            let (oh, om) = if b.len() == i + 6 && sep(i + 3, b':') {
                (num(i + 1, 2), num(i + 4, 2))
            } else if b.len() == i + 5 {
                (num(i + 1, 2), num(i + 3, 2))
            } else {
                (None, None)
            };
            match (oh, om) {
                (Some(h), Some(m)) if h <= 23 && m <= 59 => {
                    let v = h * 60 + m;
                    if sign == b'-' {
                        -v
                    } else {
                        v
                    }
                }
                _ => return fail(&OFFSET_FORM),
            }
        }
        _ => return fail(&OFFSET_MISSING),
    };
    let days = days_from_civil(year, month, day);
    let secs = days * 86_400 + hour * 3600 + minute * 60 + second - offset_min * 60;
    Ok(secs * 1000 + millis)
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// Formats milliseconds since the epoch as the API writes date-times, in UTC
/// (`2030-01-01T10:00:00.000+0000`).
///
/// ```
/// assert_eq!(rcs_kit::time::format_timestamp(0), "1970-01-01T00:00:00.000+0000");
/// ```
pub fn format_timestamp(ms: i64) -> String {
    let secs = ms.div_euclid(1000);
    let millis = ms.rem_euclid(1000);
    let (y, m, d) = civil_from_days(secs.div_euclid(86_400));
    let sod = secs.rem_euclid(86_400);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{millis:03}+0000",
        sod / 3600,
        sod % 3600 / 60,
        sod % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_api_and_rfc3339_forms() {
        let a = parse_date_time("2030-03-03T15:00:00.000+01:00").unwrap();
        let b = parse_date_time("2030-03-03T15:00:00.000+0100").unwrap();
        let c = parse_date_time("2030-03-03T14:00:00Z").unwrap();
        assert_eq!(a, b);
        assert_eq!(a, c);
        assert_eq!(format_timestamp(c), "2030-03-03T14:00:00.000+0000");
        assert_eq!(
            parse_date_time("2024-02-29T00:00:00.5Z").unwrap() % 1000,
            500
        );
    }

    #[test]
    fn rejects_malformed() {
        for s in [
            "",
            "2030-03-03",
            "2030-03-03 15:00:00Z",
            "2030-13-01T00:00:00Z",
            "2023-02-29T00:00:00Z",
            "2030-03-03T24:00:00Z",
            "2030-03-03T15:00:00",
            "2030-03-03T15:00:00.Z",
            "2030-03-03T15:00:00+1",
            "2030-03-03T15:00:00Zjunk",
            "tomorrow",
        ] {
            assert!(parse_date_time(s).is_err(), "{s}");
        }
    }

    #[test]
    fn civil_round_trip() {
        for d in [-800_000, -1, 0, 1, 59, 10_957, 800_000] {
            let (y, m, dd) = civil_from_days(d);
            assert_eq!(days_from_civil(y, m, dd), d);
        }
    }
}

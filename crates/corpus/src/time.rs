//! Date-times in the API's format, `yyyy-MM-dd'T'HH:mm:ss.SSS` then `Z` or `±hh:mm`,
//! chosen relative to the corpus's "now", [`crate::NOW`] (2027-01-01T00:00:00Z).

use crate::rng::Rng;

const OFFSETS: &[&str] = &["Z", "Z", "+01:00", "+09:00", "-05:00", "+05:30"];

fn stamp(date: (usize, usize, usize), minutes: usize, offset: &str) -> String {
    let (y, m, d) = date;
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:00.000{offset}",
        minutes / 60,
        minutes % 60
    )
}

/// A calendar event in 2030-2031: (start, end), the end 30 to 180 minutes after the
/// start on the same day, in one offset.
pub fn calendar_event(rng: &mut Rng) -> (String, String) {
    let date = (rng.range(2030, 2031), rng.range(1, 12), rng.range(1, 28));
    let start = rng.range(6 * 60, 20 * 60) / 5 * 5;
    let end = start + rng.range(30, 180);
    let offset = rng.pick_str(OFFSETS);
    (stamp(date, start, offset), stamp(date, end, offset))
}

/// A `schedule.sendAt` between 2027-01-02 and 2027-06-28: after now and within the 180
/// days the API allows, whatever the offset.
pub fn send_at(rng: &mut Rng) -> String {
    let month = rng.range(1, 6);
    let day = rng.range(if month == 1 { 2 } else { 1 }, 28);
    let minutes = rng.range(0, 23 * 60 + 59);
    stamp((2027, month, day), minutes, rng.pick_str(OFFSETS))
}

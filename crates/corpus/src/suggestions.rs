//! Suggestions of every type: REPLY, OPEN_URL (browser and WEBVIEW with a view mode),
//! DIAL_PHONE, SHOW_LOCATION, REQUEST_LOCATION and CREATE_CALENDAR_EVENT.

use crate::json::{obj, s, set};
use crate::limits::{
    at_most, CALENDAR_DESCRIPTION, CALENDAR_TITLE, LOCATION_LABEL, SUGGESTION_POSTBACK,
    SUGGESTION_TEXT,
};
use crate::rng::Rng;
use crate::{text, time};
use rcs_kit::enums::WEBVIEW_VIEW_MODE;
use serde_json::Value;

/// The six suggestion types.
pub const TYPES: [&str; 6] = [
    "REPLY",
    "OPEN_URL",
    "DIAL_PHONE",
    "SHOW_LOCATION",
    "REQUEST_LOCATION",
    "CREATE_CALENDAR_EVENT",
];

const LABELS: &[&str] = &[
    "Yes",
    "No",
    "Later",
    "Track order",
    "More info",
    "View offer 🔥",
    "Confirm ✅",
    "Reschedule 📅",
    "Talk to agent",
    "Unsubscribe",
    "Sí",
    "Ja, bitte",
    "Non merci",
    "はい",
    "取消",
    "예",
    "👍",
];

fn label(rng: &mut Rng) -> String {
    if rng.chance(70) {
        rng.pick_str(LABELS).to_owned()
    } else {
        text::between(rng, 1, at_most(&SUGGESTION_TEXT), 10)
    }
}

fn postback(rng: &mut Rng) -> String {
    let tag = rng.pick_str(&["yes", "no", "menu", "offer", "track", "cal"]);
    match rng.below(100) {
        0..=64 => format!("pb_{tag}_{}", rng.below(1_000_000)),
        65..=94 => {
            let note = text::between(rng, 2, 60, 0);
            let action = rng.pick_str(&["buy", "view", "ack"]);
            let sku = Value::from(rng.below(1_000_000));
            obj([("action", s(action)), ("sku", sku), ("note", s(note))]).to_string()
        }
        // At the limit: 2,048 characters.
        _ => "x".repeat(at_most(&SUGGESTION_POSTBACK)),
    }
}

/// A coordinate with six decimals in `-limit..=limit`.
fn coordinate(rng: &mut Rng, limit: i64) -> f64 {
    let micro = rng.range_i64(-limit * 1_000_000, limit * 1_000_000);
    micro as f64 / 1e6
}

/// A valid suggestion of type `kind` (one of [`TYPES`]).
pub fn of_type(rng: &mut Rng, kind: &str) -> Value {
    let mut sug = obj([
        ("type", s(kind)),
        ("text", s(label(rng))),
        ("postbackData", s(postback(rng))),
    ]);
    match kind {
        "OPEN_URL" => {
            set(&mut sug, "url", s(text::page_url(rng)));
            match rng.below(3) {
                0 => {}
                1 => set(&mut sug, "application", s("BROWSER")),
                _ => {
                    set(&mut sug, "application", s("WEBVIEW"));
                    let mode = rng.pick_str(WEBVIEW_VIEW_MODE.values);
                    set(&mut sug, "webviewViewMode", s(mode));
                }
            }
        }
        "DIAL_PHONE" => set(&mut sug, "phoneNumber", s(text::phone(rng))),
        "SHOW_LOCATION" => {
            set(&mut sug, "latitude", Value::from(coordinate(rng, 90)));
            set(&mut sug, "longitude", Value::from(coordinate(rng, 180)));
            if rng.chance(60) {
                let l = text::between(rng, 1, at_most(&LOCATION_LABEL), 5);
                set(&mut sug, "label", s(l));
            }
        }
        "CREATE_CALENDAR_EVENT" => {
            let (start, end) = time::calendar_event(rng);
            set(&mut sug, "startTime", s(start));
            set(&mut sug, "endTime", s(end));
            let title = text::between(rng, 1, at_most(&CALENDAR_TITLE), 5);
            set(&mut sug, "title", s(title));
            if rng.chance(65) {
                let d = text::between(rng, 1, at_most(&CALENDAR_DESCRIPTION), 5);
                set(&mut sug, "description", s(d));
            }
        }
        _ => {}
    }
    sug
}

/// A valid suggestion of a random type (replies most often, as in real traffic).
pub fn any(rng: &mut Rng) -> Value {
    let kind = if rng.chance(40) {
        "REPLY"
    } else {
        rng.pick_str(&TYPES)
    };
    of_type(rng, kind)
}

/// `n` valid suggestions.
pub fn list(rng: &mut Rng, n: usize) -> Value {
    Value::Array((0..n).map(|_| any(rng)).collect())
}

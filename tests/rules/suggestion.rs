//! Rules of OPEN_URL and CREATE_CALENDAR_EVENT suggestions (`src/rules/suggestion.rs`).

use crate::common::{card, clean, fails, remove, run, set, warns};
use rcs_kit::{validate_str, Options};
use serde_json::json;

#[test]
fn webview_needs_a_view_mode() {
    let sug = "/messages/0/content/suggestions/1";
    fails(
        &remove(card(), "/messages/0/content/suggestions/1/webviewViewMode"),
        "suggestion.webview_view_mode.required",
        sug,
    );
    let browser = set(
        card(),
        "/messages/0/content/suggestions/1/application",
        json!("BROWSER"),
    );
    warns(
        &browser,
        "suggestion.webview_view_mode.ignored",
        "/messages/0/content/suggestions/1/webviewViewMode",
    );
    clean(&remove(
        browser,
        "/messages/0/content/suggestions/1/webviewViewMode",
    ));
}

#[test]
fn calendar_times() {
    let start = "/messages/0/content/suggestions/5/startTime";
    let end = "/messages/0/content/suggestions/5/endTime";
    fails(
        &set(card(), end, json!("2030-03-03T15:00:00.000+01:00")),
        "suggestion.end_time.before_start",
        end,
    );
    let past = set(
        set(card(), start, json!("2026-12-31T23:00:00Z")),
        end,
        json!("2027-01-01T01:00:00Z"),
    );
    fails(&past, "suggestion.start_time.past", start);
    assert!(run(&past).errors().all(|i| i.path != end));
    // One millisecond after now is in the future.
    clean(&set(
        set(card(), start, json!("2027-01-01T00:00:00.001Z")),
        end,
        json!("2027-01-01T01:00:00Z"),
    ));
    // Without a clock, only the order is checked.
    let body = past.to_string();
    assert!(validate_str(&body, &Options::without_clock()).is_valid());
}

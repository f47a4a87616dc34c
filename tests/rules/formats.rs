//! String formats: phone numbers, URLs and their schemes, date-times.

use crate::common::{card, clean, fails, file, full_options, set, text_body};
use serde_json::json;

#[test]
fn formats() {
    let dial = "/messages/0/content/suggestions/2/phoneNumber";
    clean(&set(card(), dial, json!("123456789012345")));
    fails(
        &set(card(), dial, json!("1234567890123456")),
        "suggestion.phone_number.invalid",
        dial,
    );
    clean(&set(card(), dial, json!("12345")));
    fails(
        &set(card(), dial, json!("1234")),
        "suggestion.phone_number.invalid",
        dial,
    );
    let to = "/messages/0/destinations/0/to";
    clean(&set(text_body(), to, json!("385977666618")));
    fails(
        &set(text_body(), to, json!("call-me-maybe")),
        "destination.to.invalid",
        to,
    );
    let url = "/messages/0/content/suggestions/1/url";
    fails(
        &set(card(), url, json!("ftp://example.com/x")),
        "suggestion.url.scheme",
        url,
    );
    fails(
        &set(card(), url, json!("javascript:alert(1)")),
        "suggestion.url.scheme",
        url,
    );
    fails(
        &set(card(), url, json!("https://example.com/a b")),
        "suggestion.url.invalid",
        url,
    );
    let f = "/messages/0/content/file/url";
    fails(
        &set(file(), f, json!("https://example.com/my file.pdf")),
        "file.url.invalid",
        f,
    );
    fails(
        &set(file(), f, json!("example.com/f.pdf")),
        "file.url.invalid",
        f,
    );
    let start = "/messages/0/content/suggestions/5/startTime";
    clean(&set(card(), start, json!("2030-03-03T14:00:00Z")));
    fails(
        &set(card(), start, json!("2030-03-03 14:00")),
        "suggestion.start_time.invalid",
        start,
    );
    let send_at = "/options/schedule/sendAt";
    fails(
        &set(full_options(text_body()), send_at, json!("next week")),
        "schedule.send_at.invalid",
        send_at,
    );
}

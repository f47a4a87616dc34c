//! The options of `rcs-kit validate`: `--kind`, `--strict`, `--now` and the default clock.

use crate::common::{fixture, run, validate, TempDir};

#[test]
fn kind_events_on_an_events_body() {
    let events = fixture("events.json");
    let r = validate(&["--kind", "events", &events]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    let r = validate(&["--kind", "request", &events]);
    assert_eq!(r.code, 1, "an events body is not a send request");
    assert!(r.stdout.contains("(root): error: "), "{}", r.stdout);
    assert!(r.stdout.contains("[field.required]"));
    let r = validate(&["--kind=events", &fixture("request-text.json")]);
    assert_eq!(r.code, 1);
}

#[test]
fn events_are_detected_from_the_top_level_member() {
    let dir = TempDir::new("detect");
    let bad_event = dir.file(
        "seen-without-id.json",
        br#"{"events":[{"sender":"DemoSender","destinations":[{"to":"441134960001"}],"content":{"type":"SEEN"}}]}"#,
    );
    let r = validate(&["--format", "json", &bad_event]);
    assert_eq!(r.code, 1);
    let obj = &r.json_lines()[0];
    assert_eq!(obj["issues"][0]["path"], "/events/0/content");
    assert_eq!(obj["issues"][0]["code"], "field.required");
    assert!(obj["issues"][0]["message"]
        .as_str()
        .unwrap()
        .contains("messageId"));
}

#[test]
fn strict_turns_an_unknown_field_warning_into_an_error() {
    let path = fixture("request-unknown-field.json");
    let r = validate(&[&path]);
    assert_eq!(r.code, 0);
    assert!(
        r.stdout.starts_with("/messages/0/priority: warning: "),
        "{}",
        r.stdout
    );
    let r = validate(&["--strict", &path]);
    assert_eq!(r.code, 1);
    assert!(
        r.stdout.starts_with("/messages/0/priority: error: "),
        "{}",
        r.stdout
    );
    assert!(r.stdout.ends_with(&format!("{path}: invalid: 1 error\n")));
}

#[test]
fn now_drives_the_date_rules() {
    // sendAt is 2027-01-05T10:00:00.000+0000.
    let path = fixture("request-text.json");
    let r = run(&["validate", "--now", "2027-01-01T00:00:00Z", &path]);
    assert_eq!(r.code, 0);
    let r = run(&["validate", "--now", "2026-01-01T00:00:00.000+0000", &path]);
    assert_eq!(r.code, 1, "more than 180 days ahead");
    assert!(
        r.stdout.starts_with("/options/schedule/sendAt: error: "),
        "{}",
        r.stdout
    );
}

#[test]
fn default_clock_is_used_without_now() {
    let r = run(&["validate", &fixture("request-card.json")]);
    assert_eq!(r.code, 0, "{}", r.stdout);
}

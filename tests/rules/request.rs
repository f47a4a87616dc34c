//! The request as a whole: JSON-level errors, size, events requests, the report bound and order.

use crate::common::{card, clean, fails, opts, remove, run, s, set, text_body, warns};
use rcs_kit::{limits, validate_str, Severity};
use serde_json::{json, Value};

#[test]
fn json_level_errors() {
    let r = validate_str("{\"messages\": [\n  {\"sender\": \"a\",}\n]}", &opts());
    let i = &r.issues()[0];
    assert_eq!(i.code, "json.syntax");
    assert!(i.message.contains("line 2, column 18"), "{}", i.message);
    assert_eq!(i.path, "/messages/0");
    let r = rcs_kit::validate_bytes(b"{\"messages\": \"\xff\"}", &opts());
    assert_eq!(r.issues()[0].code, "json.invalid_utf8");
    let r = validate_str(r#"{"messages": [], "messages": []}"#, &opts());
    assert!(
        r.errors()
            .any(|i| i.code == "json.duplicate_key" && i.path == "/messages"),
        "{r}"
    );
    let r = validate_str(
        r#"{"messages":[{"sender":"a","sender":"b","destinations":[{"to":"441134960001"}],"content":{"type":"TEXT","text":"x"}}]}"#,
        &opts(),
    );
    assert!(
        r.errors()
            .any(|i| i.code == "json.duplicate_key" && i.path == "/messages/0/sender"),
        "{r}"
    );
    assert_eq!(
        validate_str("[1e999]", &opts()).issues()[0].code,
        "json.number_out_of_range"
    );
    assert_eq!(
        validate_str(r#""\udd00""#, &opts()).issues()[0].code,
        "json.lone_surrogate"
    );
    assert_eq!(
        validate_str(&"[".repeat(100_000), &opts()).issues()[0].code,
        "json.too_deep"
    );
}

#[test]
fn request_size_limit() {
    let body = text_body().to_string();
    let max = limits::REQUEST_SIZE.max as usize;
    let pad = |n: usize| format!("{body}{}", " ".repeat(n - body.len()));
    assert!(validate_str(&pad(max), &opts()).issues().is_empty());
    let r = validate_str(&pad(max + 1), &opts());
    assert_eq!(r.issues()[0].code, "request.too_large");
    assert_eq!(r.issues()[0].actual.unwrap().0, (max + 1) as f64);
}

#[test]
fn report_is_bounded() {
    let mut body = text_body();
    let bad: Vec<Value> = (0..5000)
        .map(|_| json!({"type": "REPLY", "text": "", "postbackData": ""}))
        .collect();
    body["messages"][0]["content"]["suggestions"] = Value::Array(bad);
    let r = run(&body);
    assert_eq!(r.issues().len(), limits::MAX_ISSUES);
    assert!(r.is_truncated());
    assert!(!r.is_valid());
    assert!(r.to_string().contains("stopped after 1000 issues"));
}

#[test]
fn events_requests() {
    let seen = json!({"events": [{"sender": "DemoSender", "destinations": [{"to": "441134960001"}], "content": {"type": "SEEN", "messageId": "abc"}, "options": {"platform": {"entityId": "e"}}}]});
    clean(&seen);
    let typing = json!({"events": [{"sender": "DemoSender", "destinations": [{"to": "441134960001"}], "content": {"type": "TYPING_INDICATOR"}}]});
    clean(&typing);
    fails(
        &remove(seen.clone(), "/events/0/content/messageId"),
        "field.required",
        "/events/0/content",
    );
    fails(
        &set(seen.clone(), "/events/0/content/type", json!("READ")),
        "event.type.invalid",
        "/events/0/content/type",
    );
    fails(
        &set(seen, "/events", json!([])),
        "request.events.too_few",
        "/events",
    );
    let mut t = typing;
    t["events"][0]["content"]["messageId"] = json!("x");
    warns(&t, "field.unknown", "/events/0/content/messageId");
}

#[test]
fn issues_carry_severity_and_are_in_document_order() {
    let mut v = card();
    v["messages"][0]["content"]["content"]["title"] = s(201);
    v["messages"][0]["content"]["suggestions"][0]["text"] = s(26);
    let r = run(&v);
    let paths: Vec<&str> = r.issues().iter().map(|i| i.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "/messages/0/content/content/title",
            "/messages/0/content/suggestions/0/text"
        ]
    );
    assert!(r.issues().iter().all(|i| i.severity == Severity::Error));
}

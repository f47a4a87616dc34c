//! Hostile input, each with a clear, located error: bounded report, nesting limited
//! before recursion, size checked before parsing (issue: hardening).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use rcs_kit::{validate_bytes, validate_str, Options, Report};

fn run(b: &[u8]) -> Report {
    validate_bytes(b, &Options::at(1_798_761_600_000))
}

#[track_caller]
fn first(b: &[u8], code: &str) -> Report {
    let r = run(b);
    assert!(!r.is_valid());
    assert!(
        r.issues().iter().any(|i| i.code == code),
        "expected {code}, got:\n{r}"
    );
    for i in r.issues() {
        assert!(!i.message.is_empty());
    }
    r
}

fn message_with(suggestions: usize) -> String {
    let s = vec![r#"{"type":"REPLY","text":"","postbackData":""}"#; suggestions].join(",");
    format!(
        r#"{{"messages":[{{"sender":"S","destinations":[{{"to":"441134960001"}}],"content":{{"type":"TEXT","text":"x","suggestions":[{s}]}}}}]}}"#
    )
}

#[test]
fn malformed_json_is_located() {
    let r = first(b"{\"messages\": [\n  {\"sender\": \"a\"\n", "json.syntax");
    assert!(r.issues()[0].message.contains("line 3"), "{r}");
    first(b"not json", "json.syntax");
    first(b"{\"messages\": []} trailing", "json.syntax");
    first(b"", "json.syntax");
    first(b"\x00", "json.syntax");
    first(b"{\"a\": \"x\x00y\"}", "json.syntax");
    first(b"{\"a\xff\": 1}", "json.invalid_utf8");
}

#[test]
fn a_byte_order_mark_is_skipped_with_a_warning() {
    // The API's reader (Jackson) skips it: a warning at the root, then the body's issues.
    let r = first(b"\xef\xbb\xbf{}", "field.required");
    let bom = &r.issues()[0];
    assert_eq!(
        (bom.code, bom.path.as_str(), bom.severity),
        ("json.byte_order_mark", "", rcs_kit::Severity::Warning)
    );
    assert!(bom
        .message
        .starts_with("the body starts with a UTF-8 byte order mark"));
    let body = r#"{"messages":[{"sender":"S","destinations":[{"to":"441134960001"}],"content":{"type":"TEXT","text":"x"}}]}"#;
    for r in [
        run(format!("\u{FEFF}{body}").as_bytes()),
        validate_str(&format!("\u{FEFF}{body}"), &Options::at(0)),
    ] {
        assert!(r.is_valid(), "{r}");
        assert_eq!(r.issues().len(), 1, "{r}");
    }
    // JSON that is broken after it: one syntax error, its column counted after the mark
    // (as editors show it); a second mark, or one after whitespace, is not whitespace.
    let r = first(b"\xef\xbb\xbf{\"messages\": x}", "json.syntax");
    assert_eq!(r.issues().len(), 1, "{r}");
    assert!(r.issues()[0].message.ends_with("line 1, column 14"), "{r}");
    first(b"\xef\xbb\xbf\xef\xbb\xbf{}", "json.syntax");
    first(b" \xef\xbb\xbf{}", "json.syntax");
    let err = rcs_kit::json::Doc::parse("\u{FEFF}[1,]").unwrap_err();
    assert_eq!((err.offset, err.line, err.column), (6, 1, 4));
}

#[test]
fn wrong_top_level_types() {
    for b in [&b"[]"[..], b"42", b"null", b"\"x\"", b"true"] {
        let r = first(b, "type.mismatch");
        assert_eq!(r.issues()[0].path, "");
    }
}

#[test]
fn deep_nesting_stops_before_recursing() {
    for open in ["[", "{\"a\":"] {
        let body = open.repeat(100_000);
        let r = first(body.as_bytes(), "json.too_deep");
        assert_eq!(r.issues().len(), 1);
    }
}

#[test]
fn numbers() {
    first(br#"{"messages": 1e999}"#, "json.number_out_of_range");
    first(br#"{"messages": -1e999}"#, "json.number_out_of_range");
    // A huge integer where an int32 is expected is out of range, not a crash.
    let body = br#"{"messages":[{"sender":"S","destinations":[{"to":"441134960001"}],"content":{"type":"TEXT","text":"x"},"options":{"validityPeriod":{"amount":123456789012345678901234567890}}}]}"#;
    first(body, "validity_period.amount.out_of_range");
}

#[test]
fn strings() {
    first(br#"{"messages": "\ud800"}"#, "json.lone_surrogate");
    first(br#"{"messages": "\udfff\ud800"}"#, "json.lone_surrogate");
    first(br#"{"messages": "\x"}"#, "json.syntax");
    let big = format!("\"{}\"", "x".repeat(20 * 1024 * 1024));
    let r = first(big.as_bytes(), "request.too_large");
    assert_eq!(r.issues().len(), 1);
}

#[test]
fn duplicate_keys_each_reported_once() {
    let r = first(
        br#"{"messages":[],"messages":[],"messages":[]}"#,
        "json.duplicate_key",
    );
    assert_eq!(
        r.issues()
            .iter()
            .filter(|i| i.code == "json.duplicate_key")
            .count(),
        2
    );
    let mut wide = String::from("{");
    for i in 0..50_000 {
        wide.push_str(&format!("\"k{}\":1,", i % 25_000));
    }
    wide.push_str("\"messages\":[]}");
    let r = first(wide.as_bytes(), "json.duplicate_key");
    assert!(r.issues().len() <= rcs_kit::limits::MAX_ISSUES);
}

#[test]
fn many_suggestions_bounded_report() {
    let r = run(message_with(100_000).as_bytes());
    assert_eq!(r.issues().len(), rcs_kit::limits::MAX_ISSUES);
    assert!(r.is_truncated());
    assert_eq!(r.issues()[0].code, "content.suggestions.too_many");
}

#[test]
fn fifty_thousand_messages_over_10_mb() {
    let one = r#"{"sender":"DemoSender","destinations":[{"to":"441134960001","messageId":"a-rather-long-message-id-to-fill-space"}],"content":{"type":"TEXT","text":"Hello there, this is a text message that takes some room in the request body."}}"#;
    let body = format!("{{\"messages\":[{}]}}", vec![one; 50_000].join(","));
    assert!(body.len() > 10 * 1024 * 1024);
    let r = first(body.as_bytes(), "request.too_large");
    assert_eq!(r.issues().len(), 1);
    // Under the limit, 30,000 valid messages are checked in full.
    let body = format!("{{\"messages\":[{}]}}", vec![one; 30_000].join(","));
    assert!(validate_str(&body, &Options::at(0)).is_valid());
}

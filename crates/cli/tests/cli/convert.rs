//! `rcs-kit convert --to messages-api|rcs`: the converted body on stdout, notes on stderr.

use crate::common::{run, run_with};
use serde_json::{json, Value};

fn fixture(name: &str) -> String {
    format!(
        "{}/../../tests/fixtures/valid/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn to_messages_api_prints_the_body_and_the_notes() {
    let r = run(&[
        "convert",
        "--to",
        "messages-api",
        &fixture("hand-carousel-small.json"),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let printed: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(printed["messages"][0]["channel"], "RCS");
    assert_eq!(
        printed["messages"][0]["content"]["body"]["type"],
        "CAROUSEL"
    );
    assert!(
        r.stderr.lines().any(|l| l
            == "/messages/0/content/cardWidth: the Messages API's carousel has no card width: left out [convert.card_width.dropped]"),
        "{}",
        r.stderr
    );
}

#[test]
fn to_rcs_and_back_from_stdin() {
    let r = run(&[
        "convert",
        "--to",
        "rcs",
        &fixture("hand-messages-api-both-apis.json"),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v2: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v2["messages"][0]["content"]["type"], "FILE");
    assert_eq!(
        v2["messages"][0]["options"]["smsFailover"]["sender"],
        json!("InfoSMS")
    );
    let back = run_with(
        &["convert", "--to=messages-api", "-"],
        Some(r.stdout.into_bytes()),
    );
    assert_eq!(back.code, 0, "{}", back.stderr);
    let original: Value = serde_json::from_str(
        &std::fs::read_to_string(fixture("hand-messages-api-both-apis.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(
        serde_json::from_str::<Value>(&back.stdout).unwrap(),
        original
    );
}

#[test]
fn an_output_the_target_rejects_exits_1_with_its_problems() {
    let r = run_with(
        &["convert", "--to", "messages-api", "-"],
        Some(
            // Without templateId the template message has no templateName.
            br#"{"messages":[{"sender":"S","destinations":[{"to":"441134960001"}],
                "content":{"type":"PROVIDER_TEMPLATE"}}]}"#
                .to_vec(),
        ),
    );
    assert_eq!(r.code, 1);
    assert!(r.stdout.is_empty());
    assert!(
        r.stderr.contains("[convert.provider_template.as_template]")
            && r.stderr
                .contains("is invalid for POST /messages-api/1/messages"),
        "{}",
        r.stderr
    );
}

#[test]
fn usage_errors() {
    assert_eq!(run(&["convert", "x.json"]).code, 2);
    assert_eq!(run(&["convert", "--to", "sms", "x.json"]).code, 2);
    assert_eq!(run(&["convert", "--to", "rcs"]).code, 2);
}

#[test]
fn validate_detects_the_messages_api_shape_and_kind_forces_it() {
    let body = fixture("hand-messages-api-text-buttons.json");
    // Detected from the shape: valid under the Messages API profile.
    let r = run(&["validate", "--format", "json", &body]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert_eq!(r.json_lines()[0]["valid"], true);
    // Forced: the same; an RCS API body forced to it is not.
    let r = run(&["validate", "--kind", "messages-api", &body]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let r = run(&[
        "validate",
        "--format",
        "json",
        "--kind",
        "messages-api",
        &fixture("hand-text-minimal.json"),
    ]);
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    let issues = r.json_lines()[0]["issues"].clone();
    assert!(
        issues
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["path"] == "/messages/0"
                && i["message"].as_str().unwrap().contains("channel")),
        "{issues}"
    );
    // And the Messages API body forced to the RCS API is not valid there.
    let r = run(&["validate", "--kind", "request", &body]);
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
}

#[test]
fn validate_warns_what_adaptation_degrades() {
    let r = run_with(
        &["validate", "--advice", "-"],
        Some(
            json!({"messages": [{"channel": "RCS", "sender": "DemoSender",
                "destinations": [{"to": "441134960001"}],
                "content": {"body": {"type": "IMAGE", "url": "https://example.com/a.jpg",
                                     "text": "New in"}}}]})
            .to_string()
            .into_bytes(),
        ),
    );
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(
        r.stdout.contains("/messages/0/content/body/text: warning:")
            && r.stdout.contains("[messages_api.adaptation.degraded]"),
        "{}",
        r.stdout
    );
}

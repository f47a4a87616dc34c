//! Capability checks through the binary: `--kind capability-query|capability-notify`,
//! detection from the shape, `schema --kind`, and `rcs-kit features`.

use crate::common::{run, run_with, TempDir};

const QUERY: &str = r#"{"sender":"DemoSender","phoneNumbers":["441134960001","441134960002"]}"#;

#[test]
fn capability_bodies_are_detected_and_can_be_forced() {
    // detected: a query
    let r = run_with(&["validate", "-"], Some(QUERY.as_bytes().to_vec()));
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    // forced to notify: the same body is a valid notify request too
    let r = run_with(
        &["validate", "--kind", "capability-notify", "-"],
        Some(QUERY.as_bytes().to_vec()),
    );
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    // forced to a send request: it is not one
    let r = run_with(
        &["validate", "--kind", "request", "-"],
        Some(QUERY.as_bytes().to_vec()),
    );
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(r.stdout.contains("[field.required]"), "{}", r.stdout);
    // a notify with a bad URL, detected from notifyUrl
    let r = run_with(
        &["validate", "--format", "json", "-"],
        Some(
            br#"{"sender":"S","phoneNumbers":["441134960001"],"notifyUrl":"ftp://x.example/r"}"#
                .to_vec(),
        ),
    );
    assert_eq!(r.code, 1);
    let report = &r.json_lines()[0];
    assert_eq!(
        report["issues"][0]["code"],
        "capability_notify.notify_url.scheme"
    );
    assert_eq!(report["issues"][0]["path"], "/notifyUrl");
    let r = run(&["validate", "--kind", "capability", "x.json"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains(
            "`request`, `events`, `capability-query`, `capability-notify`, `messages-api` or `messages-api-events`"
        ),
        "{}",
        r.stderr
    );
}

#[test]
fn schema_of_each_kind() {
    for (kind, title) in [
        ("capability-query", "CapabilityCheckQuery"),
        ("capability-notify", "CapabilityCheckNotify"),
        ("events", "EventsRequest"),
    ] {
        let r = run(&["schema", "--kind", kind]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
        assert_eq!(v["title"], title);
    }
    assert_eq!(run(&["schema", "--kind=capability-query"]).code, 0);
    assert_eq!(run(&["schema", "--kind", "nope"]).code, 2);
}

#[test]
fn features_lists_what_each_message_needs() {
    let dir = TempDir::new("features");
    let file = dir.file(
        "m.json",
        br#"{"messages":[
          {"sender":"S","destinations":[{"to":"441134960001"}],"content":{"type":"CAROUSEL","cardWidth":"MEDIUM","contents":[
            {"title":"a","suggestions":[{"type":"OPEN_URL","text":"Go","postbackData":"g","url":"https://e.com","application":"WEBVIEW","webviewViewMode":"FULL"}]},
            {"title":"b"}]}},
          {"sender":"S","destinations":[{"to":"441134960001"}],"content":{"type":"TEXT","text":"Hi"}}]}"#,
    );
    let r = run(&["features", &file]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.lines(),
        [
            "/messages/0: RICHCARD_CAROUSEL, ACTION_OPEN_URL_IN_WEBVIEW",
            "  /messages/0/content: RICHCARD_CAROUSEL",
            "  /messages/0/content/contents/0/suggestions/0: ACTION_OPEN_URL_IN_WEBVIEW",
            "/messages/1: no device feature beyond RCS itself",
        ]
    );
    let r = run(&["features", "--format", "json", &file]);
    let v = &r.json_lines()[0];
    assert_eq!(v[0]["features"][1], "ACTION_OPEN_URL_IN_WEBVIEW");
    assert_eq!(
        v[0]["needs"][1]["path"],
        "/messages/0/content/contents/0/suggestions/0"
    );
    assert_eq!(v[1]["features"], serde_json::json!([]));
    let not_json = dir.file("x.json", b"{");
    assert_eq!(run(&["features", &not_json]).code, 1);
    assert_eq!(run(&["features", "--format", "yaml", &file]).code, 2);
}

//! Fields themselves: required, of the wrong JSON type, unknown, legacy, or null.

use crate::common::{card, fails, file, full_options, opts, remove, run, set, text_body, warns};
use rcs_kit::{validate_str, Options};
use serde_json::{json, Value};

#[test]
fn required_fields_are_reported_at_the_object_that_lacks_them() {
    let cases = [
        (text_body(), "/messages/0/sender", "/messages/0"),
        (text_body(), "/messages/0/destinations", "/messages/0"),
        (
            text_body(),
            "/messages/0/destinations/0/to",
            "/messages/0/destinations/0",
        ),
        (
            text_body(),
            "/messages/0/content/text",
            "/messages/0/content",
        ),
        (
            text_body(),
            "/messages/0/content/suggestions/0/postbackData",
            "/messages/0/content/suggestions/0",
        ),
        (
            file(),
            "/messages/0/content/file/url",
            "/messages/0/content/file",
        ),
        (
            card(),
            "/messages/0/content/content/media/height",
            "/messages/0/content/content/media",
        ),
        (
            card(),
            "/messages/0/content/alignment",
            "/messages/0/content",
        ),
        (
            card(),
            "/messages/0/content/suggestions/5/title",
            "/messages/0/content/suggestions/5",
        ),
        (
            full_options(text_body()),
            "/messages/0/options/smsFailover/text",
            "/messages/0/options/smsFailover",
        ),
        (
            full_options(text_body()),
            "/messages/0/options/validityPeriod/amount",
            "/messages/0/options/validityPeriod",
        ),
        (
            full_options(text_body()),
            "/messages/0/options/deliveryTimeWindow/days",
            "/messages/0/options/deliveryTimeWindow",
        ),
    ];
    for (base, pointer, at) in cases {
        let r = run(&remove(base, pointer));
        let name = pointer.rsplit('/').next().unwrap();
        assert!(
            r.errors()
                .any(|i| i.code == "field.required" && i.path == at && i.message.contains(name)),
            "removing {pointer}: expected field.required at {at}, got:\n{r}"
        );
    }
}

#[test]
fn wrong_json_types() {
    let cases = [
        ("/messages/0/destinations", json!({"to": "441134960001"})),
        ("/messages/0/sender", json!(12345)),
        ("/messages/0/content/text", json!(42)),
        ("/messages/0/content/suggestions", json!({"type": "REPLY"})),
        ("/messages/0/content/suggestions/0", json!("REPLY")),
        ("/messages", json!(null)),
    ];
    for (pointer, v) in cases {
        fails(&set(text_body(), pointer, v), "type.mismatch", pointer);
    }
    fails(
        &set(
            card(),
            "/messages/0/content/suggestions/3/latitude",
            json!("45.8"),
        ),
        "type.mismatch",
        "/messages/0/content/suggestions/3/latitude",
    );
    fails(
        &set(
            full_options(text_body()),
            "/messages/0/options/validityPeriod/amount",
            json!("15"),
        ),
        "type.mismatch",
        "/messages/0/options/validityPeriod/amount",
    );
    fails(
        &set(
            full_options(text_body()),
            "/messages/0/options/validityPeriod/amount",
            json!(1.5),
        ),
        "type.mismatch",
        "/messages/0/options/validityPeriod/amount",
    );
    fails(
        &set(
            full_options(text_body()),
            "/options/tracking/shortenUrl",
            json!("yes"),
        ),
        "type.mismatch",
        "/options/tracking/shortenUrl",
    );
    let top = validate_str("[1]", &opts());
    assert_eq!(top.issues()[0].code, "type.mismatch");
    assert_eq!(top.issues()[0].path, "");
}

#[test]
fn unknown_and_legacy_fields() {
    let mut v = text_body();
    v["messages"][0]["priority"] = json!("HIGH");
    warns(&v, "field.unknown", "/messages/0/priority");
    let strict = validate_str(
        &v.to_string(),
        &Options {
            strict: true,
            ..opts()
        },
    );
    assert!(strict
        .errors()
        .any(|i| i.code == "field.unknown" && i.path == "/messages/0/priority"));
    let mut v = text_body();
    v["messages"][0]["Sender"] = json!("x");
    let r = run(&v);
    assert!(
        r.issues()
            .iter()
            .any(|i| i.message.contains("did you mean `sender`")),
        "{r}"
    );
    for (key, instead) in [
        ("from", "sender"),
        ("to", "destinations"),
        ("notifyUrl", "webhooks.delivery.url"),
        ("validityPeriodTimeUnit", "validityPeriod"),
        ("callbackData", "webhooks.callbackData"),
    ] {
        let mut top = text_body();
        top[key] = json!("x");
        let r = run(&top);
        let issue = r
            .errors()
            .find(|i| i.code == "field.legacy" && i.path == format!("/{key}"));
        assert!(
            issue.is_some_and(|i| i.message.contains(instead)),
            "{key}: {r}"
        );
        let mut inner = text_body();
        inner["messages"][0][key] = json!("x");
        assert!(
            run(&inner)
                .errors()
                .any(|i| i.code == "field.legacy" && i.path == format!("/messages/0/{key}")),
            "{key}"
        );
    }
}

#[test]
fn null_optional_field_is_an_error() {
    let mut v = text_body();
    v["messages"][0]["options"] = Value::Null;
    fails(&v, "field.null", "/messages/0/options");
}

//! Capability checks (`src/schema/capability.rs`, `src/rules/capability.rs`): the number
//! counts at their bounds (0, 1, 500, 501 for a query; 10,000, 10,001 for notify), the
//! kind detected from the shape, duplicate numbers, and the advised batch of a query.

use crate::common::opts;
use rcs_kit::json::Doc;
use rcs_kit::validate::detect_kind;
use rcs_kit::{validate_str, Kind, Options, Report};
use serde_json::{json, Value};

fn numbers(n: usize) -> Value {
    Value::Array((0..n).map(|i| json!(format!("4411349{i:05}"))).collect())
}

fn query(n: usize) -> Value {
    json!({"sender": "DemoSender", "phoneNumbers": numbers(n)})
}

fn notify(n: usize) -> Value {
    json!({"sender": "DemoSender", "phoneNumbers": numbers(n), "notifyUrl": "https://www.example.com/results"})
}

fn run(v: &Value, kind: Kind, advice: bool) -> Report {
    validate_str(
        &v.to_string(),
        &Options {
            kind: Some(kind),
            advice,
            ..opts()
        },
    )
}

fn codes(r: &Report) -> Vec<(&str, &str)> {
    r.issues()
        .iter()
        .map(|i| (i.code, i.path.as_str()))
        .collect()
}

#[test]
fn kinds_are_told_apart_by_their_members() {
    let kind = |v: &Value| detect_kind(&Doc::parse(&v.to_string()).unwrap());
    assert_eq!(kind(&query(1)), Kind::CapabilityQuery);
    assert_eq!(kind(&query(501)), Kind::CapabilityQuery);
    assert_eq!(kind(&notify(1)), Kind::CapabilityNotify);
    let mut v = query(1);
    v["notifyContentType"] = json!("application/json");
    assert_eq!(kind(&v), Kind::CapabilityNotify);
    assert_eq!(kind(&json!({"messages": []})), Kind::Request);
    assert_eq!(
        kind(&json!({"events": [], "phoneNumbers": []})),
        Kind::Events
    );
    for k in Kind::ALL {
        assert_eq!(Kind::from_name(k.name()), Some(k));
    }
}

#[test]
fn query_numbers_from_1_to_500() {
    for (n, want) in [
        (0, Some("capability_query.phone_numbers.too_few")),
        (1, None),
        (500, None),
        (501, Some("capability_query.phone_numbers.too_many")),
    ] {
        let r = run(&query(n), Kind::CapabilityQuery, false);
        match want {
            None => assert!(r.issues().is_empty(), "{n}: {r}"),
            Some(code) => assert_eq!(codes(&r), [(code, "/phoneNumbers")], "{n}"),
        }
        // the same body sent to notify: 0 is still too few, the rest fit
        let r = run(&query(n), Kind::CapabilityNotify, false);
        assert_eq!(r.is_valid(), n > 0, "notify {n}: {r}");
    }
}

#[test]
fn notify_numbers_up_to_10000() {
    assert!(run(&notify(10_000), Kind::CapabilityNotify, false)
        .issues()
        .is_empty());
    let r = run(&notify(10_001), Kind::CapabilityNotify, false);
    assert_eq!(
        codes(&r),
        [("capability_notify.phone_numbers.too_many", "/phoneNumbers")]
    );
    let r = run(&notify(0), Kind::CapabilityNotify, false);
    assert_eq!(
        codes(&r),
        [("capability_notify.phone_numbers.too_few", "/phoneNumbers")]
    );
}

#[test]
fn each_number_is_checked_like_a_destination() {
    let mut v = query(3);
    v["phoneNumbers"][1] = json!("+44 113 496");
    v["phoneNumbers"][2] = json!(441134960001u64);
    let r = run(&v, Kind::CapabilityQuery, false);
    assert_eq!(
        codes(&r),
        [
            ("capability.phone_number.invalid", "/phoneNumbers/1"),
            ("type.mismatch", "/phoneNumbers/2")
        ]
    );
}

#[test]
fn a_number_given_twice_is_warned_at_each_repeat() {
    let v = json!({"sender": "S", "phoneNumbers": ["441134960001", "441134960002", "+441134960002", "441134960001", "441134960002"]});
    let r = run(&v, Kind::CapabilityQuery, false);
    assert!(r.is_valid(), "{r}");
    assert_eq!(
        codes(&r),
        [
            ("capability.phone_numbers.duplicate", "/phoneNumbers/2"),
            ("capability.phone_numbers.duplicate", "/phoneNumbers/3"),
            ("capability.phone_numbers.duplicate", "/phoneNumbers/4"),
        ]
    );
    let messages: Vec<&str> = r.issues().iter().map(|i| i.message.as_str()).collect();
    assert!(messages[0].contains("/phoneNumbers/1"), "{messages:?}");
    assert!(messages[1].contains("/phoneNumbers/0"), "{messages:?}");
    assert!(messages[2].contains("/phoneNumbers/1"), "{messages:?}");
    let strict = validate_str(
        &v.to_string(),
        &Options {
            strict: true,
            kind: Some(Kind::CapabilityQuery),
            ..opts()
        },
    );
    assert!(!strict.is_valid());
}

#[test]
fn a_query_over_10_numbers_is_advised_to_use_notify() {
    assert!(run(&query(10), Kind::CapabilityQuery, true)
        .issues()
        .is_empty());
    let r = run(&query(11), Kind::CapabilityQuery, true);
    assert_eq!(
        codes(&r),
        [("capability_query.phone_numbers.batch", "/phoneNumbers")]
    );
    assert!(r.is_valid());
    assert_eq!(r.issues()[0].limit.map(|a| a.0), Some(10.0));
    assert!(r.issues()[0].message.contains("notify"), "{r}");
    // without advice, or past the query's own limit (an error says it then): nothing
    assert!(run(&query(11), Kind::CapabilityQuery, false)
        .issues()
        .is_empty());
    let r = run(&query(501), Kind::CapabilityQuery, true);
    assert_eq!(codes(&r).len(), 1, "{r}");
    // notify has no such advice
    assert!(run(&notify(11), Kind::CapabilityNotify, true)
        .issues()
        .is_empty());
}

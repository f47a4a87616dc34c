//! Number ranges (`limits`): coordinates, delivery hours and minutes, amounts.

use crate::common::{card, clean, fails, full_options, set, text_body};
use rcs_kit::limits;
use serde_json::{json, Value};

#[test]
fn numbers_at_and_past_the_range() {
    let lat = "/messages/0/content/suggestions/3/latitude";
    let lon = "/messages/0/content/suggestions/3/longitude";
    let hour = "/messages/0/options/deliveryTimeWindow/from/hour";
    let minute = "/messages/0/options/deliveryTimeWindow/from/minute";
    let cases: Vec<(Value, &str, Value, Value, String)> = vec![
        (
            card(),
            lat,
            json!(90),
            json!(90.000001),
            limits::LATITUDE.code_over(),
        ),
        (
            card(),
            lat,
            json!(-90.0),
            json!(-90.5),
            limits::LATITUDE.code_under(),
        ),
        (
            card(),
            lon,
            json!(180),
            json!(180.1),
            limits::LONGITUDE.code_over(),
        ),
        (
            card(),
            lon,
            json!(-180),
            json!(-181),
            limits::LONGITUDE.code_under(),
        ),
        (
            full_options(text_body()),
            hour,
            json!(0),
            json!(-1),
            limits::DELIVERY_HOUR.code_under(),
        ),
        (
            full_options(text_body()),
            "/messages/0/options/deliveryTimeWindow/to/hour",
            json!(23),
            json!(24),
            limits::DELIVERY_HOUR.code_over(),
        ),
        (
            full_options(text_body()),
            minute,
            json!(0),
            json!(60),
            limits::DELIVERY_MINUTE.code_over(),
        ),
        (
            full_options(text_body()),
            "/messages/0/options/validityPeriod/amount",
            json!(1),
            json!(0),
            limits::VALIDITY_AMOUNT.code_under(),
        ),
        (
            full_options(text_body()),
            "/options/schedule/sendingSpeedLimit/amount",
            json!(1),
            json!(0),
            limits::SPEED_LIMIT_AMOUNT.code_under(),
        ),
    ];
    for (base, pointer, ok, bad, code) in cases {
        clean(&set(base.clone(), pointer, ok));
        fails(&set(base, pointer, bad), &code, pointer);
    }
}

/// Every integer field of a send request, with the limit of its range.
fn integer_fields() -> Vec<(&'static str, limits::Limit)> {
    vec![
        (
            "/messages/0/options/validityPeriod/amount",
            limits::VALIDITY_AMOUNT,
        ),
        (
            "/messages/0/options/smsFailover/validityPeriod/amount",
            limits::VALIDITY_AMOUNT,
        ),
        (
            "/messages/0/options/deliveryTimeWindow/from/hour",
            limits::DELIVERY_HOUR,
        ),
        (
            "/messages/0/options/deliveryTimeWindow/to/minute",
            limits::DELIVERY_MINUTE,
        ),
        (
            "/options/schedule/sendingSpeedLimit/amount",
            limits::SPEED_LIMIT_AMOUNT,
        ),
        (
            "/messages/0/options/smsFailover/regional/turkeyIys/brandCode",
            limits::INT32,
        ),
        (
            "/messages/0/options/smsFailover/regional/southKorea/resellerCode",
            limits::INT32,
        ),
    ]
}

/// The full-options body with `number` written, as is, at `pointer`.
fn with_number(pointer: &str, number: &str) -> rcs_kit::Report {
    const MARK: i64 = 987_654_321;
    let text = set(full_options(text_body()), pointer, json!(MARK)).to_string();
    assert_eq!(text.matches(&MARK.to_string()).count(), 1);
    rcs_kit::validate_str(
        &text.replace(&MARK.to_string(), number),
        &crate::common::opts(),
    )
}

#[test]
fn integral_numbers_of_any_spelling_are_integers_at_and_past_the_range() {
    for (pointer, limit) in integer_fields() {
        for n in [limit.min, limit.max] {
            for spelled in [format!("{n}.0"), format!("{n}e0"), format!("{n}.000E+0")] {
                let r = with_number(pointer, &spelled);
                assert!(
                    r.errors().all(|i| i.path != pointer),
                    "{pointer} = {spelled}:\n{r}"
                );
            }
        }
        for (n, code) in [
            (limit.min - 1, limit.code_under()),
            (limit.max + 1, limit.code_over()),
        ] {
            for spelled in [format!("{n}.0"), format!("{n}e0")] {
                let r = with_number(pointer, &spelled);
                assert!(
                    r.errors().any(|i| i.path == pointer && i.code == code),
                    "{pointer} = {spelled}: expected {code}:\n{r}"
                );
            }
        }
        // The spellings of the issue: 30.0, 1e2, 1.8e1, -0.0 (0), 3.0e0, 9.0.
        for (spelled, value) in [
            ("30.0", 30),
            ("1e2", 100),
            ("1.8e1", 18),
            ("-0.0", 0),
            ("3.0e0", 3),
            ("9.0", 9),
        ] {
            let in_range = (limit.min..=limit.max).contains(&value);
            let r = with_number(pointer, spelled);
            assert_eq!(
                r.errors().all(|i| i.path != pointer),
                in_range,
                "{pointer} = {spelled}:\n{r}"
            );
        }
    }
}

#[test]
fn a_number_with_a_fraction_is_not_an_integer_and_says_the_api_would_truncate_it() {
    for (pointer, _) in integer_fields() {
        for (spelled, to) in [
            ("1.5", "1"),
            ("9.99", "9"),
            ("-2.5", "-2"),
            ("1e-7", "0"),
            ("1.25e1", "12"),
        ] {
            let r = with_number(pointer, spelled);
            let issue = r.errors().find(|i| i.path == pointer);
            let issue = issue.unwrap_or_else(|| panic!("{pointer} = {spelled}:\n{r}"));
            assert_eq!(issue.code, "type.mismatch");
            assert_eq!(
                issue.message,
                format!("expected an integer, found the number {spelled}, which the API would truncate to {to}")
            );
        }
    }
}

#[test]
fn webhook_counts_still_take_integer_text_only() {
    // A body the API sends is read by the typed model (serde): `2.0` is not its integer.
    use rcs_kit::webhooks::inspect;
    let body = include_str!("../fixtures/webhooks/mo-text.json");
    assert!(inspect(body).is_well_formed());
    let i = inspect(&body.replace(r#""messageCount": 2"#, r#""messageCount": 2.0"#));
    assert!(!i.is_well_formed());
    assert!(i
        .errors()
        .any(|x| x.code == "type.mismatch" && x.path == "/messageCount"));
}

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

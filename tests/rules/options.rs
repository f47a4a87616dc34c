//! Rules of message options and request options (`src/rules/options.rs`).

use crate::common::{clean, fails, full_options, remove, set, text_body, warns};
use serde_json::json;

#[test]
fn failover_is_sms_or_mms() {
    let mut body = full_options(text_body());
    body["messages"][0]["options"]["mmsFailover"] = json!({"sender": "s", "content": {"title": "t", "messageSegments": [
        {"type": "TEXT", "text": "hi"}, {"type": "LINK", "contentUrl": "https://e.com/a.png", "contentType": "image/png"},
        {"type": "SMIL", "contentType": "application/smil", "smil": "<smil/>"}, {"type": "UPLOADED_REFERENCE", "uploadedContentId": "u1"}]}});
    fails(
        &body,
        "options.failover.exclusive",
        "/messages/0/options/mmsFailover",
    );
    clean(&remove(body, "/messages/0/options/smsFailover"));
}

#[test]
fn delivery_time_window() {
    let w = "/messages/0/options/deliveryTimeWindow";
    let base = full_options(text_body());
    fails(
        &remove(base.clone(), "/messages/0/options/deliveryTimeWindow/to"),
        "delivery_time_window.from_to",
        w,
    );
    fails(
        &remove(base.clone(), "/messages/0/options/deliveryTimeWindow/from"),
        "delivery_time_window.from_to",
        w,
    );
    clean(&remove(
        remove(base.clone(), "/messages/0/options/deliveryTimeWindow/from"),
        "/messages/0/options/deliveryTimeWindow/to",
    ));
    let span = |h: i64, m: i64| {
        set(
            set(
                base.clone(),
                "/messages/0/options/deliveryTimeWindow/from",
                json!({"hour": 9, "minute": 0}),
            ),
            "/messages/0/options/deliveryTimeWindow/to",
            json!({"hour": h, "minute": m}),
        )
    };
    clean(&span(10, 0));
    fails(
        &span(9, 59),
        "delivery_time_window.span.out_of_range",
        "/messages/0/options/deliveryTimeWindow/to",
    );
    fails(
        &span(9, 0),
        "delivery_time_window.span.out_of_range",
        "/messages/0/options/deliveryTimeWindow/to",
    );
    warns(
        &set(
            base,
            "/messages/0/options/deliveryTimeWindow/days",
            json!(["MONDAY", "MONDAY"]),
        ),
        "delivery_time_window.days.duplicate",
        "/messages/0/options/deliveryTimeWindow/days/1",
    );
}

#[test]
fn validity_over_48_hours_is_a_warning() {
    let p = "/messages/0/options/validityPeriod";
    let base = full_options(text_body());
    for (amount, unit) in [(48, "HOURS"), (172_800, "SECONDS"), (2880, "MINUTES")] {
        clean(&set(
            base.clone(),
            p,
            json!({"amount": amount, "timeUnit": unit}),
        ));
    }
    clean(&set(base.clone(), p, json!({"amount": 2880})));
    for (amount, unit) in [(49, "HOURS"), (172_801, "SECONDS"), (2881, "MINUTES")] {
        warns(
            &set(base.clone(), p, json!({"amount": amount, "timeUnit": unit})),
            "validity_period.too_long",
            p,
        );
    }
    warns(
        &set(base.clone(), p, json!({"amount": 2881})),
        "validity_period.too_long",
        p,
    );
    fails(
        &set(base, p, json!({"amount": 2, "timeUnit": "DAYS"})),
        "validity_period.time_unit.invalid",
        "/messages/0/options/validityPeriod/timeUnit",
    );
}

#[test]
fn send_at_within_180_days() {
    let p = "/options/schedule/sendAt";
    let base = full_options(text_body());
    clean(&set(base.clone(), p, json!("2027-06-30T00:00:00.000+0000")));
    fails(
        &set(base.clone(), p, json!("2027-06-30T00:00:00.001+0000")),
        "schedule.send_at.too_far",
        p,
    );
    warns(
        &set(base, p, json!("2026-12-31T00:00:00.000+0000")),
        "schedule.send_at.past",
        p,
    );
}

#[test]
fn tracking_needs_shorten_url() {
    let base = full_options(text_body());
    warns(
        &set(base.clone(), "/options/tracking/shortenUrl", json!(false)),
        "tracking.shorten_url.required",
        "/options/tracking",
    );
    clean(&set(
        base,
        "/options/tracking",
        json!({"shortenUrl": false}),
    ));
}

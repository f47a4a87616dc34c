//! Rules of message options and request options.

use crate::context::{Check, Ctx};
use crate::enums::DAY;
use crate::json::NodeId;
use crate::limits;
use crate::message::Msg;
use crate::rule::Rule;
use crate::time::{format_timestamp, parse_date_time};

/// SMS and MMS failover together.
pub static FAILOVER_EXCLUSIVE: Rule = Rule::error(
    "options.failover.exclusive",
    "`smsFailover` and `mmsFailover` cannot both be set.",
    "Infobip API reference (message options)",
)
.expressed_as(r#"{"not": {"required": ["smsFailover", "mmsFailover"]}}"#);
/// What an issue of [`FAILOVER_EXCLUSIVE`] says.
pub static FAILOVER_EXCLUSIVE_MSG: Msg = Msg::for_rule(
    &FAILOVER_EXCLUSIVE,
    "`smsFailover` and `mmsFailover` cannot both be set; keep one",
);
/// Validity over 48 hours.
pub static VALIDITY_TOO_LONG: Rule = Rule::warning(
    "validity_period.too_long",
    "Validity over the longest the API supports: the API sets it to that.",
    limits::VALIDITY_PERIOD.source,
)
.bounded(&limits::VALIDITY_PERIOD);
/// What an issue of [`VALIDITY_TOO_LONG`] says.
pub static VALIDITY_TOO_LONG_MSG: Msg = Msg::for_rule(
    &VALIDITY_TOO_LONG,
    "a validity of {hours} hours is over the 48 hours the API supports; it will be set to 48 hours",
);
/// `from` without `to`, or the other way round.
pub static FROM_TO: Rule = Rule::error(
    "delivery_time_window.from_to",
    "`deliveryTimeWindow.from` and `to`: both or neither.",
    "Infobip SDK DeliveryTimeWindow",
)
.expressed_as(r#"{"dependentRequired": {"from": ["to"], "to": ["from"]}}"#);
/// What an issue of [`FROM_TO`] says.
pub static FROM_TO_MSG: Msg = Msg::for_rule(
    &FROM_TO,
    "`{has}` is set but `{lacks}` is not; give both or neither",
);
/// A delivery window shorter than an hour.
pub static SPAN_OUT_OF_RANGE: Rule = Rule::error(
    "delivery_time_window.span.out_of_range",
    "`from` and `to` closer than the shortest window the API takes.",
    limits::DELIVERY_WINDOW.source,
)
.bounded(&limits::DELIVERY_WINDOW);
/// What an issue of [`SPAN_OUT_OF_RANGE`] says.
pub static SPAN_OUT_OF_RANGE_MSG: Msg = Msg::for_rule(
    &SPAN_OUT_OF_RANGE,
    "`from` and `to` are {span} minutes apart; the window must be at least {min} minutes long",
);
/// A day listed twice.
pub static DAYS_DUPLICATE: Rule = Rule::warning(
    "delivery_time_window.days.duplicate",
    "A day listed twice in `days`.",
    "Infobip SDK DeliveryTimeWindow (a set of days)",
);
/// What an issue of [`DAYS_DUPLICATE`] says.
pub static DAYS_DUPLICATE_MSG: Msg =
    Msg::for_rule(&DAYS_DUPLICATE, "{day} is listed more than once");
/// `sendAt` too far ahead.
pub static SEND_AT_TOO_FAR: Rule = Rule::error(
    "schedule.send_at.too_far",
    "`sendAt` further ahead than the API schedules (needs `now`).",
    limits::SEND_AT.source,
)
.bounded(&limits::SEND_AT);
/// What an issue of [`SEND_AT_TOO_FAR`] says.
pub static SEND_AT_TOO_FAR_MSG: Msg = Msg::for_rule(
    &SEND_AT_TOO_FAR,
    "{at} is more than {max} days after now ({now}); schedule at most {max} days ahead",
);
/// `sendAt` in the past.
pub static SEND_AT_PAST: Rule = Rule::warning(
    "schedule.send_at.past",
    "`sendAt` in the past: the message goes out at once (needs `now`).",
    "Infobip API reference (schedule)",
);
/// What an issue of [`SEND_AT_PAST`] says.
pub static SEND_AT_PAST_MSG: Msg = Msg::for_rule(
    &SEND_AT_PAST,
    "{at} is in the past (now is {now}); the message would be sent at once",
);
/// Tracking options without `shortenUrl`.
pub static SHORTEN_URL_REQUIRED: Rule = Rule::warning(
    "tracking.shorten_url.required",
    "URL tracking options need `shortenUrl: true`.",
    "Infobip API reference (tracking)",
);
/// What an issue of [`SHORTEN_URL_REQUIRED`] says.
pub static SHORTEN_URL_REQUIRED_MSG: Msg = Msg::for_rule(
    &SHORTEN_URL_REQUIRED,
    "{fields} only work with `shortenUrl: true`; set it or drop them",
);

/// The messages of this module, for the catalogue.
pub static MESSAGES: &[&Msg] = &[
    &FAILOVER_EXCLUSIVE_MSG,
    &VALIDITY_TOO_LONG_MSG,
    &FROM_TO_MSG,
    &SPAN_OUT_OF_RANGE_MSG,
    &DAYS_DUPLICATE_MSG,
    &SEND_AT_TOO_FAR_MSG,
    &SEND_AT_PAST_MSG,
    &SHORTEN_URL_REQUIRED_MSG,
];

/// The rules of this module.
pub static RULES: &[&Rule] = &[
    &FAILOVER_EXCLUSIVE,
    &VALIDITY_TOO_LONG,
    &FROM_TO,
    &SPAN_OUT_OF_RANGE,
    &DAYS_DUPLICATE,
    &SEND_AT_TOO_FAR,
    &SEND_AT_PAST,
    &SHORTEN_URL_REQUIRED,
];

/// Failover by SMS or by MMS, not both.
fn failover_exclusive(ctx: &mut Ctx<'_, '_>, node: NodeId) {
    if ctx.get(node, "smsFailover").is_some() && ctx.get(node, "mmsFailover").is_some() {
        ctx.at("mmsFailover", |c| {
            c.report(&FAILOVER_EXCLUSIVE, FAILOVER_EXCLUSIVE_MSG.message())
        });
    }
}

/// Seconds in one `timeUnit` of a validity period (`MINUTES` when absent).
fn unit_seconds(unit: Option<&str>) -> Option<f64> {
    match unit {
        None | Some("MINUTES") => Some(60.0),
        Some("SECONDS") => Some(1.0),
        Some("HOURS") => Some(3600.0),
        _ => None,
    }
}

/// Validity over 48 hours is clamped by the API.
fn validity_period(ctx: &mut Ctx<'_, '_>, node: NodeId) {
    let amount = ctx.get(node, "amount").and_then(|a| ctx.doc().number(a));
    let unit = ctx.get_str(node, "timeUnit");
    let (Some(amount), Some(per)) = (amount, unit_seconds(unit.as_deref())) else {
        return;
    };
    let seconds = amount * per;
    let max = limits::VALIDITY_PERIOD.max as f64;
    if seconds > max {
        ctx.report_bounded(
            &VALIDITY_TOO_LONG,
            max,
            seconds,
            VALIDITY_TOO_LONG_MSG.with("hours", (seconds / 3600.0 * 10.0).round() / 10.0),
        );
    }
}

/// Minutes after midnight of a `{hour, minute}` whose values are in range (out-of-range
/// values were already reported; they get no second, meaningless error).
pub(crate) fn minutes_of(ctx: &Ctx<'_, '_>, node: NodeId) -> Option<i64> {
    let doc = ctx.doc();
    let h = doc.number(doc.get(node, "hour")?)?;
    let m = doc.number(doc.get(node, "minute")?)?;
    let hours = limits::DELIVERY_HOUR.min as f64..=limits::DELIVERY_HOUR.max as f64;
    let minutes = limits::DELIVERY_MINUTE.min as f64..=limits::DELIVERY_MINUTE.max as f64;
    (hours.contains(&h) && minutes.contains(&m)).then(|| h as i64 * 60 + m as i64)
}

/// `from`/`to` both or neither, at least an hour apart; days not repeated.
fn delivery_time_window(ctx: &mut Ctx<'_, '_>, node: NodeId) {
    let from = ctx.get(node, "from");
    let to = ctx.get(node, "to");
    match (from, to) {
        (Some(_), None) | (None, Some(_)) => {
            let (has, lacks) = if from.is_some() {
                ("from", "to")
            } else {
                ("to", "from")
            };
            ctx.report(&FROM_TO, FROM_TO_MSG.with("has", has).with("lacks", lacks));
        }
        (Some(f), Some(t)) => {
            if let (Some(f), Some(t)) = (minutes_of(ctx, f), minutes_of(ctx, t)) {
                let span = (t - f).rem_euclid(24 * 60);
                let limit = &limits::DELIVERY_WINDOW;
                if span < limit.min {
                    ctx.at("to", |c| {
                        c.report_bounded(
                            &SPAN_OUT_OF_RANGE,
                            limit.min as f64,
                            span as f64,
                            SPAN_OUT_OF_RANGE_MSG
                                .with("span", span)
                                .with("min", limit.min),
                        )
                    });
                }
            }
        }
        (None, None) => {}
    }
    if let Some(days) = ctx.get(node, "days") {
        // One bit per day: linear even for a hostile list.
        let doc = ctx.doc();
        let mut seen = 0u8;
        let values = DAY.values;
        for (i, d) in doc.children(days).enumerate() {
            let Some(pos) = doc.str(d).and_then(|d| values.iter().position(|v| *v == d)) else {
                continue;
            };
            let bit = 1u8 << pos;
            if seen & bit != 0 {
                let name = values.get(pos).copied().unwrap_or_default();
                ctx.at("days", |c| {
                    c.at_index(i, |c| {
                        c.report(&DAYS_DUPLICATE, DAYS_DUPLICATE_MSG.with("day", name))
                    })
                });
            }
            seen |= bit;
        }
    }
}

/// `sendAt` at most 180 days ahead, and not in the past.
fn schedule(ctx: &mut Ctx<'_, '_>, node: NodeId) {
    let Some(now) = ctx.options().now else { return };
    let Some(text) = ctx.get_str(node, "sendAt") else {
        return;
    };
    let Ok(at) = parse_date_time(&text) else {
        return;
    };
    // `sendAt` is quoted as written (in its own offset, not converted to UTC); `now` is the
    // clock, in UTC
    let limit = &limits::SEND_AT;
    let max_ms = limit.max * 86_400_000;
    let ahead = at - now;
    ctx.at("sendAt", |c| {
        if ahead > max_ms {
            c.report_bounded(
                &SEND_AT_TOO_FAR,
                limit.max as f64,
                (ahead as f64 / 86_400_000.0 * 10.0).round() / 10.0,
                SEND_AT_TOO_FAR_MSG
                    .with("at", text.trim())
                    .with("max", limit.max)
                    .with("now", format_timestamp(now)),
            );
        } else if ahead < 0 {
            c.report(
                &SEND_AT_PAST,
                SEND_AT_PAST_MSG
                    .with("at", text.trim())
                    .with("now", format_timestamp(now)),
            );
        }
    });
}

/// URL tracking options only work with `shortenUrl: true`.
fn tracking(ctx: &mut Ctx<'_, '_>, node: NodeId) {
    let shorten = ctx.get(node, "shortenUrl").and_then(|n| ctx.doc().bool(n)) == Some(true);
    let uses: Vec<&str> = [
        "trackClicks",
        "trackingUrl",
        "removeProtocol",
        "customDomain",
    ]
    .into_iter()
    .filter(|k| {
        ctx.get(node, k)
            .is_some_and(|n| ctx.doc().bool(n) != Some(false))
    })
    .collect();
    if !shorten && !uses.is_empty() {
        ctx.report(
            &SHORTEN_URL_REQUIRED,
            SHORTEN_URL_REQUIRED_MSG.with(
                "fields",
                uses.iter()
                    .map(|u| format!("`{u}`"))
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
        );
    }
}

// ---------------------------------------------------------------- checks

/// Failover by SMS or by MMS, not both.
pub static FAILOVER_EXCLUSIVE_CHECK: Check = Check {
    run: failover_exclusive,
    rules: &[&FAILOVER_EXCLUSIVE],
};

/// Validity over 48 hours is clamped by the API.
pub static VALIDITY_PERIOD_CHECK: Check = Check {
    run: validity_period,
    rules: &[&VALIDITY_TOO_LONG],
};

/// `from`/`to` both or neither, at least an hour apart; days not repeated.
pub static DELIVERY_TIME_WINDOW_CHECK: Check = Check {
    run: delivery_time_window,
    rules: &[&FROM_TO, &SPAN_OUT_OF_RANGE, &DAYS_DUPLICATE],
};

/// `sendAt` at most 180 days ahead, and not in the past.
pub static SCHEDULE_CHECK: Check = Check {
    run: schedule,
    rules: &[&SEND_AT_TOO_FAR, &SEND_AT_PAST],
};

/// URL tracking options only work with `shortenUrl: true`.
pub static TRACKING_CHECK: Check = Check {
    run: tracking,
    rules: &[&SHORTEN_URL_REQUIRED],
};

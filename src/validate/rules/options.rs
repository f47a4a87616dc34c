//! Rules of message options and request options.

use crate::json::NodeId;
use crate::limits;
use crate::validate::{format_timestamp, parse_date_time, Ctx, Severity};

/// Failover by SMS or by MMS, not both.
pub fn failover_exclusive(ctx: &mut Ctx<'_, '_>, node: NodeId) {
    if ctx.get(node, "smsFailover").is_some() && ctx.get(node, "mmsFailover").is_some() {
        ctx.at("mmsFailover", |c| {
            c.error(
                "options.failover.exclusive",
                "`smsFailover` and `mmsFailover` cannot both be set; keep one".into(),
            )
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
pub fn validity_period(ctx: &mut Ctx<'_, '_>, node: NodeId) {
    let amount = ctx.get(node, "amount").and_then(|a| ctx.doc().number(a));
    let unit = ctx.get_str(node, "timeUnit");
    let (Some(amount), Some(per)) = (amount, unit_seconds(unit.as_deref())) else {
        return;
    };
    let seconds = amount * per;
    let max = limits::VALIDITY_PERIOD.max as f64;
    if seconds > max {
        ctx.bounded_issue(
            Severity::Warning,
            "validity_period.too_long",
            max,
            seconds,
            format!(
                "a validity of {} hours is over the 48 hours the API supports; it will be set to 48 hours",
                crate::validate::Amount((seconds / 3600.0 * 10.0).round() / 10.0)
            ),
        );
    }
}

/// Minutes after midnight of a `{hour, minute}` whose values are in range (out-of-range
/// values were already reported; they get no second, meaningless error).
fn minutes_of(ctx: &Ctx<'_, '_>, node: NodeId) -> Option<i64> {
    let doc = ctx.doc();
    let h = doc.number(doc.get(node, "hour")?)?;
    let m = doc.number(doc.get(node, "minute")?)?;
    let hours = limits::DELIVERY_HOUR.min as f64..=limits::DELIVERY_HOUR.max as f64;
    let minutes = limits::DELIVERY_MINUTE.min as f64..=limits::DELIVERY_MINUTE.max as f64;
    (hours.contains(&h) && minutes.contains(&m)).then(|| h as i64 * 60 + m as i64)
}

/// `from`/`to` both or neither, at least an hour apart; days not repeated.
pub fn delivery_time_window(ctx: &mut Ctx<'_, '_>, node: NodeId) {
    let from = ctx.get(node, "from");
    let to = ctx.get(node, "to");
    match (from, to) {
        (Some(_), None) | (None, Some(_)) => {
            let (has, lacks) = if from.is_some() {
                ("from", "to")
            } else {
                ("to", "from")
            };
            ctx.error(
                "delivery_time_window.from_to",
                format!("`{has}` is set but `{lacks}` is not; give both or neither"),
            );
        }
        (Some(f), Some(t)) => {
            if let (Some(f), Some(t)) = (minutes_of(ctx, f), minutes_of(ctx, t)) {
                let span = (t - f).rem_euclid(24 * 60);
                let limit = &limits::DELIVERY_WINDOW;
                if span < limit.min {
                    ctx.at("to", |c| {
                        c.limit_issue(
                            Severity::Error,
                            limit,
                            false,
                            span as f64,
                            format!(
                                "`from` and `to` are {span} minutes apart; the window must be at least {} minutes long",
                                limit.min
                            ),
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
        let values = crate::schema::request::DAY.values;
        for (i, d) in doc.children(days).enumerate() {
            let Some(pos) = doc.str(d).and_then(|d| values.iter().position(|v| *v == d)) else {
                continue;
            };
            let bit = 1u8 << pos;
            if seen & bit != 0 {
                let name = values.get(pos).copied().unwrap_or_default();
                ctx.at("days", |c| {
                    c.at_index(i, |c| {
                        c.warning(
                            "delivery_time_window.days.duplicate",
                            format!("{name} is listed more than once"),
                        )
                    })
                });
            }
            seen |= bit;
        }
    }
}

/// `sendAt` at most 180 days ahead, and not in the past.
pub fn schedule(ctx: &mut Ctx<'_, '_>, node: NodeId) {
    let Some(now) = ctx.options().now else { return };
    let Some(at) = ctx
        .get_str(node, "sendAt")
        .and_then(|s| parse_date_time(&s).ok())
    else {
        return;
    };
    let limit = &limits::SEND_AT;
    let max_ms = limit.max * 86_400_000;
    let ahead = at - now;
    ctx.at("sendAt", |c| {
        if ahead > max_ms {
            c.bounded_issue(
                Severity::Error,
                "schedule.send_at.too_far",
                limit.max as f64,
                (ahead as f64 / 86_400_000.0 * 10.0).round() / 10.0,
                format!(
                    "{} is more than {} days after now ({}); schedule at most {} days ahead",
                    format_timestamp(at),
                    limit.max,
                    format_timestamp(now),
                    limit.max
                ),
            );
        } else if ahead < 0 {
            c.warning(
                "schedule.send_at.past",
                format!(
                    "{} is in the past (now is {}); the message would be sent at once",
                    format_timestamp(at),
                    format_timestamp(now)
                ),
            );
        }
    });
}

/// URL tracking options only work with `shortenUrl: true`.
pub fn tracking(ctx: &mut Ctx<'_, '_>, node: NodeId) {
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
        ctx.warning(
            "tracking.shorten_url.required",
            format!(
                "{} only work with `shortenUrl: true`; set it or drop them",
                uses.iter()
                    .map(|u| format!("`{u}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        );
    }
}

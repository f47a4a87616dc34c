//! Events both ways: `POST /rcs/1/events` ↔ `POST /messages-api/1/events`.
//!
//! | RCS API | Messages API | |
//! |---|---|---|
//! | `content` SEEN `{messageId}` | `event: SEEN`, `messageId` | direct (verified names) |
//! | `content` TYPING_INDICATOR | `event: TYPING_STARTED` | inferred: both show the typing bubble |
//! | — | `event: TYPING_STOPPED` | lost going back: the RCS API has no event that hides the bubble (the event is left out) |
//! | `options.platform` | `options.platform` | direct |
//! | `options.deliveryTimeWindow` | — | lost |
//! | — | `options.validityPeriod` | lost going back |

use super::*;
use serde_json::json;

/// The RCS API's event `{sender, destinations, content, options}` as a Messages API
/// event.
pub(super) fn event_to(cx: &mut Cx, e: &Map<String, Value>, p: &str) -> Option<Value> {
    let mut out = Map::new();
    out.insert("channel".into(), json!("RCS"));
    copy(e, &mut out, &["sender", "destinations"]);
    if let Some(c) = obj(e.get("content")) {
        let cp = format!("{p}/content");
        match str_at(c, "type") {
            Some("SEEN") => {
                out.insert("event".into(), json!("SEEN"));
                copy(c, &mut out, &["messageId"]);
                cx.rest(c, &["type", "messageId"], &cp, "a SEEN event");
            }
            Some("TYPING_INDICATOR") => {
                out.insert("event".into(), json!("TYPING_STARTED"));
                cx.info(
                    "convert.event.typing_started",
                    &format!("{cp}/type"),
                    "TYPING_INDICATOR becomes TYPING_STARTED (both show the typing bubble; inferred)",
                );
                cx.rest(c, &["type"], &cp, "a typing indicator event");
            }
            other => cx.lost(
                "convert.event.unknown",
                &format!("{cp}/type"),
                format!(
                    "event content {} has no Messages API event: `event` left out",
                    other.unwrap_or("(no type)")
                ),
            ),
        }
    }
    if let Some(o) = obj(e.get("options")) {
        let op = format!("{p}/options");
        let mut opts = Map::new();
        copy(o, &mut opts, &["platform"]);
        if o.contains_key("deliveryTimeWindow") {
            cx.lost(
                "convert.delivery_time_window.dropped",
                &format!("{op}/deliveryTimeWindow"),
                "Messages API events have no delivery time window: left out",
            );
        }
        cx.rest(o, &["platform", "deliveryTimeWindow"], &op, "event options");
        if !opts.is_empty() {
            out.insert("options".into(), Value::Object(opts));
        }
    }
    cx.rest(
        e,
        &["sender", "destinations", "content", "options"],
        p,
        "an RCS API event",
    );
    Some(Value::Object(out))
}

/// A Messages API event as the RCS API's; `None` (with a note) for TYPING_STOPPED,
/// which the RCS API cannot send.
pub(super) fn event_from(cx: &mut Cx, e: &Map<String, Value>, p: &str) -> Option<Value> {
    match str_at(e, "channel") {
        Some("RCS") => {}
        other => cx.lost(
            "convert.channel.not_rcs",
            &format!("{p}/channel"),
            format!(
                "channel {} is not RCS: the RCS API sends RCS events only",
                other.unwrap_or("(none)")
            ),
        ),
    }
    let mut out = Map::new();
    copy(e, &mut out, &["sender", "destinations"]);
    let ep = format!("{p}/event");
    let mut known: &[&str] = &["channel", "sender", "destinations", "event", "options"];
    match str_at(e, "event") {
        Some("SEEN") => {
            let mut content = Map::new();
            content.insert("type".into(), json!("SEEN"));
            copy(e, &mut content, &["messageId"]);
            out.insert("content".into(), Value::Object(content));
            known = &[
                "channel",
                "sender",
                "destinations",
                "event",
                "messageId",
                "options",
            ];
        }
        Some("TYPING_STARTED") => {
            out.insert("content".into(), json!({"type": "TYPING_INDICATOR"}));
            cx.info(
                "convert.event.typing_indicator",
                &ep,
                "TYPING_STARTED becomes TYPING_INDICATOR (both show the typing bubble; inferred)",
            );
        }
        Some("TYPING_STOPPED") => {
            cx.lost(
                "convert.event.typing_stopped.dropped",
                &ep,
                "the RCS API has no event that hides the typing bubble (it goes when the next message arrives): this event is left out",
            );
            return None;
        }
        other => cx.lost(
            "convert.event.unknown",
            &ep,
            format!(
                "event {} has no RCS API event: `content` left out",
                other.unwrap_or("(none)")
            ),
        ),
    }
    if let Some(o) = obj(e.get("options")) {
        let op = format!("{p}/options");
        let mut opts = Map::new();
        copy(o, &mut opts, &["platform"]);
        if o.contains_key("validityPeriod") {
            cx.lost(
                "convert.event.validity_period.dropped",
                &format!("{op}/validityPeriod"),
                "RCS API events have no validity period: left out",
            );
        }
        cx.rest(o, &["platform", "validityPeriod"], &op, "event options");
        if !opts.is_empty() {
            out.insert("options".into(), Value::Object(opts));
        }
    }
    cx.rest(e, known, p, "a Messages API event");
    Some(Value::Object(out))
}

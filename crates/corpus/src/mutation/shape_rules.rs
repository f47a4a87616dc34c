//! Mutations of a message's envelope and options and of the request options: missing
//! and mistyped members, bad enums, patterns and formats, failover and ordering rules,
//! unknown members.

use super::place::message;
use super::Expected;
use crate::json::{child, len_of, obj, remove, s, set};
use crate::options;
use crate::rng::Rng;
use serde_json::Value;

fn at(m: usize, rel: &str) -> String {
    format!("/messages/{m}{rel}")
}

/// The options of message `m`, created when absent.
fn message_options(body: &mut Value, m: usize) -> Option<&mut Value> {
    child(message(body, m)?, "options")
}

/// The validity period of message `m`, created when absent.
fn validity<'a>(rng: &mut Rng, body: &'a mut Value, m: usize) -> Option<&'a mut Value> {
    let o = message_options(body, m)?;
    if o.get("validityPeriod").is_none() {
        set(o, "validityPeriod", options::validity_period(rng));
    }
    o.get_mut("validityPeriod")
}

pub fn bad_enum_time_unit(rng: &mut Rng, body: &mut Value, m: usize) -> Option<Expected> {
    let v = validity(rng, body, m)?;
    set(
        v,
        "timeUnit",
        s(rng.pick_str(&["DAYS", "hours", "WEEKS", "MILLISECONDS"])),
    );
    Some(Expected::at(
        at(m, "/options/validityPeriod/timeUnit"),
        "validity_period.time_unit.invalid",
    ))
}

pub fn wrong_type_validity_amount_string(
    rng: &mut Rng,
    body: &mut Value,
    m: usize,
) -> Option<Expected> {
    let v = validity(rng, body, m)?;
    let amount = v.get("amount").map(|a| a.to_string()).unwrap_or_default();
    set(v, "amount", s(amount));
    Some(Expected::at(
        at(m, "/options/validityPeriod/amount"),
        "type.mismatch",
    ))
}

pub fn missing_sender(_: &mut Rng, body: &mut Value, m: usize) -> Option<Expected> {
    remove(message(body, m)?, "sender")?;
    Some(Expected::at(at(m, ""), "field.required"))
}

pub fn missing_destinations(_: &mut Rng, body: &mut Value, m: usize) -> Option<Expected> {
    remove(message(body, m)?, "destinations")?;
    Some(Expected::at(at(m, ""), "field.required"))
}

fn some_destination(rng: &mut Rng, msg: &Value) -> usize {
    rng.below(len_of(msg, "destinations"))
}

pub fn missing_destination_to(rng: &mut Rng, body: &mut Value, m: usize) -> Option<Expected> {
    let msg = message(body, m)?;
    let d = some_destination(rng, msg);
    remove(msg.get_mut("destinations")?.get_mut(d)?, "to")?;
    Some(Expected::at(
        at(m, &format!("/destinations/{d}")),
        "field.required",
    ))
}

pub fn bad_pattern_destination(rng: &mut Rng, body: &mut Value, m: usize) -> Option<Expected> {
    let msg = message(body, m)?;
    let d = some_destination(rng, msg);
    let bad = rng.pick_str(&["call-me-maybe", "not a number", "tel:4412345"]);
    set(msg.get_mut("destinations")?.get_mut(d)?, "to", s(bad));
    Some(Expected::at(
        at(m, &format!("/destinations/{d}/to")),
        "destination.to.invalid",
    ))
}

pub fn wrong_type_destinations_object(_: &mut Rng, body: &mut Value, m: usize) -> Option<Expected> {
    let msg = message(body, m)?;
    let first = msg.get("destinations")?.get(0)?.clone();
    set(msg, "destinations", first);
    Some(Expected::at(at(m, "/destinations"), "type.mismatch"))
}

pub fn wrong_type_sender_number(rng: &mut Rng, body: &mut Value, m: usize) -> Option<Expected> {
    set(
        message(body, m)?,
        "sender",
        Value::from(rng.range(10_000, 99_999_999)),
    );
    Some(Expected::at(at(m, "/sender"), "type.mismatch"))
}

pub fn missing_sms_failover_text(rng: &mut Rng, body: &mut Value, m: usize) -> Option<Expected> {
    let o = message_options(body, m)?;
    remove(o, "mmsFailover");
    let mut f = options::sms_failover(rng);
    remove(&mut f, "text");
    set(o, "smsFailover", f);
    Some(Expected::at(
        at(m, "/options/smsFailover"),
        "field.required",
    ))
}

pub fn both_failovers(rng: &mut Rng, body: &mut Value, m: usize) -> Option<Expected> {
    let o = message_options(body, m)?;
    if o.get("smsFailover").is_none() {
        set(o, "smsFailover", options::sms_failover(rng));
    }
    if o.get("mmsFailover").is_none() {
        set(o, "mmsFailover", options::mms_failover(rng));
    }
    Some(Expected::at(
        at(m, "/options/mmsFailover"),
        "options.failover.exclusive",
    ))
}

pub fn delivery_window_from_without_to(
    rng: &mut Rng,
    body: &mut Value,
    m: usize,
) -> Option<Expected> {
    let o = message_options(body, m)?;
    let mut w = options::delivery_time_window(rng);
    if w.get("from").is_none() {
        let hour = rng.range(0, 23);
        set(
            &mut w,
            "from",
            obj([("hour", Value::from(hour)), ("minute", Value::from(0))]),
        );
    }
    remove(&mut w, "to");
    set(o, "deliveryTimeWindow", w);
    Some(Expected::at(
        at(m, "/options/deliveryTimeWindow"),
        "delivery_time_window.from_to",
    ))
}

/// A failover on the last message of an ordered sequence (the body must be one).
pub fn ordering_with_failover(rng: &mut Rng, body: &mut Value, _: usize) -> Option<Expected> {
    let last = len_of(body, "messages").checked_sub(1)?;
    let o = message_options(body, last)?;
    set(o, "smsFailover", options::sms_failover(rng));
    // `stopOnFailure` would draw a second issue: it is ignored once a message has failover.
    if let Some(ordering) = body.pointer_mut("/options/messageOrdering") {
        remove(ordering, "stopOnFailure");
    }
    Some(Expected::at(
        at(last, "/options"),
        "message_ordering.failover",
    ))
}

pub fn bad_format_date_time(rng: &mut Rng, body: &mut Value, _: usize) -> Option<Expected> {
    let o = child(body, "options")?;
    if o.get("schedule").is_none() {
        set(o, "schedule", options::schedule(rng));
    }
    let bad = rng.pick_str(&[
        "next tuesday",
        "2027-03-01 10:00",
        "01/03/2027 09:30",
        "soon",
    ]);
    set(o.get_mut("schedule")?, "sendAt", s(bad));
    Some(Expected::at(
        "/options/schedule/sendAt",
        "schedule.send_at.invalid",
    ))
}

pub fn additional_property(rng: &mut Rng, body: &mut Value, m: usize) -> Option<Expected> {
    let level = rng.pick_str(&["HIGH", "LOW", "URGENT"]);
    set(message(body, m)?, "priority", s(level));
    Some(Expected::at(at(m, "/priority"), "field.unknown"))
}

//! Whole valid request bodies of each [`Kind`].

use crate::json::{obj, remove, s, set};
use crate::limits::{at_least, at_most, ORDERED_MESSAGES};
use crate::rng::Rng;
use crate::{content, options, text, Kind};
use serde_json::Value;

fn destinations(rng: &mut Rng, n: usize) -> Value {
    let list = (0..n)
        .map(|_| {
            let mut d = obj([("to", s(text::msisdn(rng)))]);
            if rng.chance(40) {
                set(
                    &mut d,
                    "messageId",
                    s(format!("msg-{}", text::hex(rng, 32))),
                );
            }
            d
        })
        .collect();
    Value::Array(list)
}

fn content_of(rng: &mut Rng, kind: Kind) -> Value {
    match kind {
        Kind::Text => content::text(rng),
        Kind::File => content::file(rng),
        Kind::Card => content::card_content(rng),
        Kind::Carousel => content::carousel(rng),
        Kind::Bulk => match rng.below(10) {
            0..=3 => content::text(rng),
            4 => content::file(rng),
            5 | 6 => content::card_content(rng),
            7 | 8 => content::carousel(rng),
            _ => content::template(rng),
        },
    }
}

/// One message with `content`; `failover` allows a failover in its options.
fn message(rng: &mut Rng, content: Value, n_destinations: usize, failover: bool) -> Value {
    let mut m = obj([
        ("sender", s(text::sender(rng))),
        ("destinations", destinations(rng, n_destinations)),
        ("content", content),
    ]);
    if rng.chance(45) {
        if let Some(o) = options::message_options(rng, failover) {
            set(&mut m, "options", o);
        }
    }
    if rng.chance(40) {
        set(&mut m, "webhooks", options::webhooks(rng));
    }
    m
}

fn few_destinations(rng: &mut Rng) -> usize {
    if rng.chance(75) {
        1
    } else {
        rng.range(2, 3)
    }
}

/// Request-level options for a body that is not an ordered sequence.
fn request_options(rng: &mut Rng) -> Option<Value> {
    if !rng.chance(33) {
        return None;
    }
    Some(match rng.below(3) {
        0 => obj([("schedule", options::schedule(rng))]),
        1 => obj([("tracking", options::tracking(rng))]),
        _ => obj([
            ("schedule", options::schedule(rng)),
            ("tracking", options::tracking(rng)),
        ]),
    })
}

/// A valid body of `kind`; a BULK body is an ordered sequence when `ordered`.
pub fn build(rng: &mut Rng, kind: Kind, ordered: bool) -> Value {
    let messages = match (kind, ordered) {
        (Kind::Bulk, true) => return ordered_sequence(rng),
        (Kind::Bulk, false) => {
            let n = rng.range(5, 30);
            (0..n)
                .map(|_| {
                    let c = content_of(rng, kind);
                    let d = if rng.chance(70) {
                        rng.range(1, 60)
                    } else {
                        rng.range(1, 5)
                    };
                    message(rng, c, d, true)
                })
                .collect()
        }
        _ => {
            let c = content_of(rng, kind);
            let d = few_destinations(rng);
            vec![message(rng, c, d, true)]
        }
    };
    let mut body = obj([("messages", Value::Array(messages))]);
    if let Some(o) = request_options(rng) {
        set(&mut body, "options", o);
    }
    body
}

/// Removes every suggestion of a message's content (only the last message of an ordered
/// sequence carries suggestions).
fn strip_suggestions(content: &mut Value) {
    remove(content, "suggestions");
    if let Some(card) = content.get_mut("content") {
        remove(card, "suggestions");
    }
    if let Some(cards) = content.get_mut("contents").and_then(Value::as_array_mut) {
        for card in cards {
            remove(card, "suggestions");
        }
    }
}

/// 2 to 10 messages under `messageOrdering.respectOrder`, sharing sender, destinations,
/// platform, delivery window, campaign reference and webhooks; no failover.
fn ordered_sequence(rng: &mut Rng) -> Value {
    let n = rng.range(at_least(&ORDERED_MESSAGES), at_most(&ORDERED_MESSAGES));
    let sender = s(text::sender(rng));
    let d = rng.range(1, 5);
    let dest = destinations(rng, d);
    let shared = options::message_options(rng, false);
    let webhooks = rng.chance(50).then(|| options::webhooks(rng));
    let messages = (0..n)
        .map(|i| {
            let mut c = content_of(rng, Kind::Bulk);
            if i + 1 < n {
                strip_suggestions(&mut c);
            }
            let mut m = obj([
                ("sender", sender.clone()),
                ("destinations", dest.clone()),
                ("content", c),
            ]);
            if let Some(o) = &shared {
                set(&mut m, "options", o.clone());
            }
            if let Some(w) = &webhooks {
                set(&mut m, "webhooks", w.clone());
            }
            m
        })
        .collect();
    let mut ordering = obj([("respectOrder", Value::from(true))]);
    if rng.chance(50) {
        set(&mut ordering, "stopOnFailure", Value::from(rng.chance(50)));
    }
    let mut req = obj([("messageOrdering", ordering)]);
    if rng.chance(40) {
        set(&mut req, "schedule", options::schedule(rng));
    }
    obj([("messages", Value::Array(messages)), ("options", req)])
}

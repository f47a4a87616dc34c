//! Ordered sequences, `respectOrder`, and their constraints (`src/rules/ordering.rs`).

use crate::common::{clean, fails, replies, set, text_body, warns};
use serde_json::{json, Value};

fn ordered(n: usize, failover_on: &[usize]) -> Value {
    let one = text_body()["messages"][0].clone();
    let msgs: Vec<Value> = (0..n)
        .map(|i| {
            let mut m = one.clone();
            m["content"] = json!({"type": "TEXT", "text": format!("Part {i}")});
            if failover_on.contains(&i) {
                m["options"] = json!({"smsFailover": {"text": "fallback"}});
            }
            m
        })
        .collect();
    json!({"messages": msgs, "options": {"messageOrdering": {"respectOrder": true}}})
}

#[test]
fn message_ordering() {
    clean(&ordered(2, &[0]));
    clean(&ordered(10, &[]));
    fails(
        &ordered(11, &[]),
        rcs_kit::rules::ordering::TOO_MANY.code,
        "/messages",
    );
    fails(
        &ordered(1, &[]),
        rcs_kit::rules::ordering::TOO_FEW.code,
        "/messages",
    );
    fails(
        &ordered(2, &[1]),
        "message_ordering.failover",
        "/messages/1/options",
    );
    fails(
        &ordered(3, &[0]),
        "message_ordering.failover",
        "/messages/0/options",
    );
    fails(
        &set(ordered(3, &[]), "/messages/2/sender", json!("Other")),
        "message_ordering.not_identical",
        "/messages/2/sender",
    );
    let mut v = ordered(3, &[]);
    v["messages"][1]["webhooks"] = json!({"callbackData": "x"});
    fails(
        &v,
        "message_ordering.not_identical",
        "/messages/1/webhooks/callbackData",
    );
    let mut v = ordered(3, &[]);
    v["messages"][0]["content"]["suggestions"] = replies(1);
    warns(
        &v,
        "message_ordering.suggestions",
        "/messages/0/content/suggestions",
    );
    let mut v = ordered(2, &[0]);
    v["options"]["messageOrdering"]["stopOnFailure"] = json!(true);
    warns(
        &v,
        "message_ordering.stop_on_failure.ignored",
        "/options/messageOrdering/stopOnFailure",
    );
    // Without respectOrder none of this applies.
    clean(&set(
        ordered(12, &[3]),
        "/options/messageOrdering/respectOrder",
        json!(false),
    ));
}

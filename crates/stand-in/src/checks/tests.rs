//! The capability-check log: bounds, states, delivery.

use super::*;

fn check(numbers: &[&str], initial: Option<(State, Option<String>)>) -> Check {
    Check::new(
        Endpoint::Notify,
        "t".into(),
        Some("bulk".into()),
        "S".into(),
        None,
        Some(Notify {
            url: Some("http://127.0.0.1:1/".into()),
            content_type: None,
            format: Format::Json,
        }),
        numbers
            .iter()
            .map(|n| Outcome {
                message_id: format!("m{n}"),
                phone_number: (*n).into(),
                code: crate::capability::code_for(n),
            })
            .collect(),
        initial,
        3,
    )
}

fn listing(log: &CheckLog) -> Value {
    let bytes: Vec<u8> = log.listing().flat_map(|b| b.to_vec()).collect();
    serde_json::from_slice(&bytes).unwrap()
}

#[test]
fn bounded_in_bytes_and_cleared() {
    let one = check(&["441134960001"], Some((State::Pending, None))).cost;
    let log = CheckLog::new(3 * one);
    let mut last = None;
    for _ in 0..5 {
        last = Some(log.add(check(&["441134960001"], Some((State::Pending, None)))));
    }
    let last = last.unwrap();
    let l = listing(&log);
    assert_eq!(
        (
            l["accepted"].as_u64(),
            l["kept"].as_u64(),
            l["dropped"].as_u64()
        ),
        (Some(5), Some(3), Some(2))
    );
    assert_eq!(l["requests"][0]["seq"], 3);
    assert_eq!(l["webhooks"]["pending"], 3);
    let big = log.add(check(&["441134960001"; 4], Some((State::Pending, None))));
    let l = listing(&log);
    assert_eq!(
        (
            l["accepted"].as_u64(),
            l["kept"].as_u64(),
            l["dropped"].as_u64()
        ),
        (Some(6), Some(3), Some(3)),
        "larger than the log: counted, not kept"
    );
    log.clear();
    let l = listing(&log);
    assert_eq!(
        (
            l["accepted"].as_u64(),
            l["requests"].as_array().map(Vec::len)
        ),
        (Some(0), Some(0))
    );
    // clearing cancels the deliveries of what it forgets, only
    assert!(last.cancelled.load(Ordering::Relaxed));
    assert_eq!(last.deliveries()[0].state, State::NotSent);
    assert!(!big.cancelled.load(Ordering::Relaxed));
}

#[test]
fn listed_with_webhook_bodies_and_attempts() {
    let log = CheckLog::new(DEFAULT_CHECK_BYTES);
    let c = log.add(check(
        &["441134960001", "441134960002"],
        Some((State::Pending, None)),
    ));
    c.record(
        0,
        Attempt {
            at: "a".into(),
            ms: 1,
            outcome: Attempted::Status(500),
        },
        None,
    );
    c.record(
        0,
        Attempt {
            at: "b".into(),
            ms: 2,
            outcome: Attempted::Status(204),
        },
        Some(State::Delivered),
    );
    c.record(
        1,
        Attempt {
            at: "c".into(),
            ms: 3,
            outcome: Attempted::Error("refused".into()),
        },
        Some(State::Failed),
    );
    let l = listing(&log);
    assert_eq!(l["webhooks"]["delivered"], 1);
    assert_eq!(l["webhooks"]["failed"], 1);
    let r = &l["requests"][0]["results"];
    assert_eq!(r[0]["webhook"]["attempts"][0]["status"], 500);
    assert_eq!(r[0]["webhook"]["state"], "delivered");
    assert_eq!(r[1]["webhook"]["attempts"][0]["error"], "refused");
    assert_eq!(r[1]["webhook"]["reason"], "1 attempts failed");
    let body: Value = serde_json::from_str(r[1]["webhook"]["body"].as_str().unwrap()).unwrap();
    assert_eq!(
        body,
        json!({"bulkId": "bulk", "messageId": "m441134960002", "phoneNumber": "441134960002", "code": "UNREACHABLE"})
    );
    let query = log.add(Check::new(
        Endpoint::Query,
        "t".into(),
        None,
        "S".into(),
        None,
        None,
        vec![],
        None,
        3,
    ));
    assert!(query.webhook(0).is_none());
}

#[test]
fn errors_are_clipped_on_a_char_boundary() {
    let long = "é".repeat(300);
    let c = clip(long);
    assert!(c.len() <= MAX_ERROR + '…'.len_utf8() && c.ends_with('…'));
    assert_eq!(clip("short".into()), "short");
}

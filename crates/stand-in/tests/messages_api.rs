//! The Messages API through the stand-in binary over real sockets (issue 19): sends to
//! `POST /messages-api/1/messages` answered like `/rcs/2/messages` (a bulk id, one
//! accepted message per destination, the RCS recipient of a `byChannel` destination, the
//! request listed), refusals with violations, and the `/validate` endpoint under both
//! paths the sources name, in the shape of Infobip's answer.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod support;

use serde_json::{json, Value};
use support::server::start;

const SEND: &str = "/messages-api/1/messages";
const EVENTS: &str = "/messages-api/1/events";
/// Both paths of the validate endpoint: the Java SDK's and the product docs'.
const VALIDATE: [&str; 2] = [
    "/messages-api/1/messages/validate",
    "/resource-management/1/messages/validate",
];

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/../../tests/fixtures/valid/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(path).unwrap()
}

fn text_message(text: &str) -> Value {
    json!({"messages": [{
        "channel": "RCS", "sender": "DemoSender",
        "destinations": [{"to": "441134960001", "messageId": "mine"}, {"to": "441134960002"}],
        "content": {"body": {"type": "TEXT", "text": text},
                    "buttons": [{"type": "REPLY", "text": "Thanks", "postbackData": "thanks"}]}
    }], "options": {"schedule": {"bulkId": "bulk-1"}}})
}

#[test]
fn a_valid_send_is_accepted_per_destination_and_listed() {
    let srv = start();
    let a = srv.post_to(SEND, &text_message("Your order has shipped").to_string());
    assert_eq!(a.status, 200, "{}", a.text());
    let v = a.json();
    assert_eq!(v["bulkId"], "bulk-1");
    let m = v["messages"].as_array().unwrap();
    assert_eq!(m.len(), 2);
    assert_eq!(m[0]["messageId"], "mine");
    assert_eq!(m[0]["destination"], "441134960001");
    assert_eq!(m[1]["status"]["name"], "MESSAGE_ACCEPTED");
    let listing = srv.listing();
    assert_eq!(listing["accepted"], 1);
    assert_eq!(listing["requests"][0]["path"], SEND);
    assert_eq!(listing["requests"][0]["bulkId"], "bulk-1");
}

#[test]
fn a_by_channel_destination_is_answered_with_its_rcs_recipient() {
    let srv = start();
    let a = srv.post_to(SEND, &fixture("hand-messages-api-failover.json"));
    assert_eq!(a.status, 200, "{}", a.text());
    let v = a.json();
    assert_eq!(v["messages"][0]["messageId"], "m-1");
    assert_eq!(v["messages"][0]["destination"], "441134960001");
}

#[test]
fn every_valid_messages_api_fixture_is_accepted() {
    let srv = start();
    let dir = format!("{}/../../tests/fixtures/valid", env!("CARGO_MANIFEST_DIR"));
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if !name.starts_with("hand-messages-api-") || name.contains("-events") {
            continue;
        }
        seen += 1;
        let a = srv.post_to(SEND, &fixture(&name));
        assert_eq!(a.status, 200, "{name}: {}", a.text());
    }
    assert!(seen >= 5, "{seen}");
}

#[test]
fn events_are_accepted_per_destination_and_a_seen_event_without_its_message_id_is_refused() {
    let srv = start();
    let a = srv.post_to(EVENTS, &fixture("hand-messages-api-events.json"));
    assert_eq!(a.status, 200, "{}", a.text());
    assert_eq!(a.json()["messages"].as_array().unwrap().len(), 3);
    let seen = json!({"events": [{"channel": "RCS", "sender": "DemoSender",
        "destinations": [{"to": "441134960001"}], "event": "SEEN"}]});
    let a = srv.post_to(EVENTS, &seen.to_string());
    assert_eq!(a.status, 400, "{}", a.text());
    assert_eq!(a.json()["violations"][0]["property"], "events[0]");
    assert_eq!(srv.listing()["accepted"], 1);
}

#[test]
fn an_invalid_send_is_refused_with_one_violation_per_error_and_not_kept() {
    let srv = start();
    let a = srv.post_to(SEND, &text_message(&"x".repeat(3073)).to_string());
    assert_eq!(a.status, 400, "{}", a.text());
    let v = a.json();
    assert_eq!(v["errorCode"], "E400");
    assert_eq!(
        v["violations"][0]["property"],
        "messages[0].content.body.text"
    );
    // An RCS API body is not a Messages API body.
    let v2 = r#"{"messages":[{"sender":"S","destinations":[{"to":"441134960001"}],"content":{"type":"TEXT","text":"Hi"}}]}"#;
    assert_eq!(srv.post_to(SEND, v2).status, 400);
    assert_eq!(srv.listing()["accepted"], 0);
}

#[test]
fn the_key_and_the_method_are_checked_as_for_the_rcs_api() {
    let srv = start();
    for path in [SEND, VALIDATE[0], VALIDATE[1]] {
        let a = srv
            .conn()
            .request("POST", path, &[("Content-Type", "application/json")], b"{}")
            .unwrap();
        assert_eq!(a.status, 401, "{path}");
        let a = srv
            .conn()
            .request("GET", path, &[("Authorization", &srv.auth())], b"")
            .unwrap();
        assert_eq!(a.status, 405, "{path}");
    }
}

#[test]
fn validate_answers_in_infobips_shape_under_both_paths_and_sends_nothing() {
    let srv = start();
    for path in VALIDATE {
        let ok = srv.post_to(path, &text_message("Your order has shipped").to_string());
        assert_eq!(ok.status, 200, "{path}: {}", ok.text());
        let v = ok.json();
        assert!(
            v["description"].is_string() && v["action"].is_string(),
            "{v}"
        );
        assert!(v.get("violations").is_none(), "{v}");
        assert_eq!(v["skippableViolations"], json!([]));

        let mut unknown = text_message("Hi");
        unknown["messages"][0]["metadata"] = json!({"a": 1});
        let v = srv.post_to(path, &unknown.to_string());
        assert_eq!(v.status, 200, "{path}: {}", v.text());
        let v = v.json();
        assert_eq!(
            v["skippableViolations"][0]["property"],
            "messages[0].metadata"
        );

        let bad = srv.post_to(path, &text_message(&"x".repeat(3073)).to_string());
        assert_eq!(bad.status, 400, "{path}");
        let v = bad.json();
        assert_eq!(
            v["violations"][0]["property"],
            "messages[0].content.body.text"
        );
        assert!(v["violations"][0]["violation"].is_string());
        assert!(v["skippableViolations"].is_array());
    }
    assert_eq!(srv.listing()["accepted"], 0);
}

#[test]
fn validate_lists_what_adaptation_degrades_as_skippable() {
    let srv = start();
    let body = json!({"messages": [{
        "channel": "RCS", "sender": "DemoSender", "destinations": [{"to": "441134960001"}],
        "content": {"body": {"type": "DOCUMENT", "url": "https://example.com/a.pdf",
                             "filename": "invoice.pdf"}}
    }]});
    let a = srv.post_to(VALIDATE[0], &body.to_string());
    assert_eq!(a.status, 200, "{}", a.text());
    let v = a.json();
    assert_eq!(
        v["skippableViolations"][0]["property"],
        "messages[0].content.body.filename"
    );
}

//! Kind detection from the shape and the checks: types, nulls, enums, coordinates, hostile inputs.

use crate::common::{issue_lines, read};
use rcs_kit::webhooks::*;
use serde_json::{json, Value};

#[test]
fn detection_from_the_shape() {
    let kind = |v: Value| detect_kind(&v);
    assert_eq!(
        kind(json!({"results": [{"event": {"type": "TYPING_INDICATOR"}}]})),
        WebhookKind::TypingIndicator
    );
    assert_eq!(
        kind(json!({"results": [{"event": {"type": "CONVERSATION_STARTED"}}]})),
        WebhookKind::ConversationStarted
    );
    assert_eq!(
        kind(json!({"results": [{"seenAt": "x", "status": {}}]})),
        WebhookKind::SeenReport
    );
    assert_eq!(
        kind(json!({"results": [{"status": {}}]})),
        WebhookKind::DeliveryReport
    );
    assert_eq!(
        kind(json!({"results": [{"interactionType": "EVENT", "message": {"type": "TEXT"}}]})),
        WebhookKind::MoEvent
    );
    assert_eq!(
        kind(json!({"results": [{"message": {"type": "SUGGESTION"}}]})),
        WebhookKind::MoEvent
    );
    assert_eq!(
        kind(json!({"results": [{"message": {"type": "LOCATION"}}]})),
        WebhookKind::MoMessage
    );
    // An event type the spec does not list: decided by the other members.
    assert_eq!(
        kind(json!({"results": [{"event": {"type": "CONVERSATION_ENDED"}, "conversation": {}}]})),
        WebhookKind::ConversationStarted
    );
    assert_eq!(
        kind(json!({"results": [{"event": {"type": "TYPING_STOPPED"}, "receivedAt": "x"}]})),
        WebhookKind::TypingIndicator
    );
    assert_eq!(
        kind(json!({"results": [], "messageCount": 0, "pendingMessageCount": 0})),
        WebhookKind::MoMessage
    );
    for unknown in [
        json!({"results": [], "eventCount": 0, "pendingEventCount": 0}),
        json!({"results": [{"event": {"type": "X"}}]}),
        json!({"results": [{"hello": 1}]}),
        json!({"results": [5]}),
        json!({"results": {}}),
        json!([]),
        json!(null),
    ] {
        assert_eq!(kind(unknown.clone()), WebhookKind::Unknown, "{unknown}");
        let i = inspect(&unknown.to_string());
        assert!(!i.is_well_formed());
        assert_eq!(i.issues.len(), 1, "{unknown}");
        assert_eq!(i.issues[0].code, "webhook.kind.unknown");
        assert!(i.webhook.is_none());
    }
}

#[test]
fn an_unknown_event_type_is_a_warning_and_kept() {
    let body = r#"{"results":[{"sender":"441134960001","to":"DemoSender",
        "receivedAt":"2025-02-06T15:35:12.123+0000","event":{"type":"TYPING_STOPPED"}}],
        "eventCount":1,"pendingEventCount":0}"#;
    let i = inspect(body);
    assert_eq!(i.kind, WebhookKind::TypingIndicator);
    assert!(i.is_well_formed());
    assert_eq!(
        issue_lines(&i),
        ["warning enum.unknown /results/0/event/type"]
    );
    let Some(Webhook::Typing(t)) = i.webhook else {
        panic!()
    };
    assert_eq!(
        t.results[0].event.event_type,
        TypingEventType::Other("TYPING_STOPPED".into())
    );
}

#[test]
fn types_and_nulls() {
    let body = json!({"results": [{"messageId": null, "to": 441134960001_u64,
        "seenAt": "2019-08-24T14:15:22Z", "sentAt": 5}]});
    let i = inspect(&body.to_string());
    assert_eq!(
        issue_lines(&i),
        [
            "error type.mismatch /results/0/sentAt",
            "error type.mismatch /results/0/to",
            "warning field.null /results/0/messageId",
        ]
    );
    assert!(i.webhook.is_none());

    let body = json!({"results": [{"sender": "1", "to": "2", "receivedAt": "2025-02-06T15:35:12.123+0000",
        "event": {"type": "TYPING_INDICATOR"}}], "eventCount": -1, "pendingEventCount": 1.5});
    assert_eq!(
        issue_lines(&inspect(&body.to_string())),
        [
            "error type.mismatch /eventCount",
            "error type.mismatch /pendingEventCount"
        ]
    );
}

#[test]
fn coordinates_at_the_limits_are_fine() {
    for (lat, lon) in [(90.0, 180.0), (-90.0, -180.0), (0.0, 0.0)] {
        let body = json!({"results": [{"sender": "1", "to": "2", "integrationType": "RCS",
            "receivedAt": "2026-03-03T14:26:00.000+0000", "messageId": "m",
            "message": {"type": "LOCATION", "latitude": lat, "longitude": lon}, "price": {}}],
            "messageCount": 1, "pendingMessageCount": 0});
        let i = inspect(&body.to_string());
        assert!(i.errors().next().is_none(), "{lat},{lon}: {:?}", i.issues);
    }
    let i = inspect(&read("invalid-location-out-of-range.json"));
    let lat = i.errors().find(|e| e.path.ends_with("latitude")).unwrap();
    assert_eq!(lat.limit.map(|l| l.0), Some(90.0));
    assert_eq!(lat.actual.map(|a| a.0), Some(95.5));
}

#[test]
fn hostile_inputs_give_an_inspection_not_a_crash() {
    let deep = "[".repeat(10_000);
    let cases: Vec<String> = vec![
        String::new(),
        "nul\0".into(),
        deep,
        r#"{"results":[{"seenAt":"\ud800"}]}"#.into(),
        r#"{"results":[{"message":{"type":"LOCATION","latitude":1e999,"longitude":0}}]}"#.into(),
        r#"{"results":[{"message":{"type":"LOCATION","latitude":"north","longitude":[]}}],"messageCount":1,"pendingMessageCount":0}"#.into(),
        r#"{"results":[{"message":{"type":7}}],"messageCount":1,"pendingMessageCount":0}"#.into(),
        r#"{"results":[{"message":5}],"messageCount":1,"pendingMessageCount":0}"#.into(),
        r#"{"results":[{"status":"DELIVERED","price":[],"error":null}]}"#.into(),
    ];
    for body in cases {
        let i = inspect(&body);
        assert!(!i.is_well_formed(), "{body:.80}");
        assert!(i.errors().next().is_some(), "{body:.80}");
    }
}

#[test]
fn webhook_tables_are_open_and_their_rules_are_in_the_catalogue() {
    use rcs_kit::schema::{self, Object, Type};
    fn walk(ty: &'static Type, seen: &mut Vec<&'static str>) {
        match ty {
            Type::Enum(e) => assert!(e.open, "{} is closed in a webhook table", e.name),
            Type::Union(u) => {
                assert!(u.open, "{} is closed in a webhook table", u.name);
                for (_, o) in u.variants {
                    object(o, seen);
                }
            }
            Type::Object(o) => object(o, seen),
            Type::Switch(w) => {
                object(w.present, seen);
                object(w.absent, seen);
            }
            Type::Array(a) => walk(&a.items, seen),
            _ => {}
        }
    }
    fn object(o: &'static Object, seen: &mut Vec<&'static str>) {
        if seen.contains(&o.name) {
            return;
        }
        seen.push(o.name);
        assert!(o.legacy.is_empty(), "{}", o.name);
        for f in o.fields {
            walk(&f.ty, seen);
        }
    }
    let mut seen = Vec::new();
    for root in schema::webhooks::ALL {
        object(root, &mut seen);
    }
    // The open enumerations read the typed model's values.
    assert_eq!(schema::webhooks::CHANNEL.values, Channel::KNOWN);
    assert_eq!(schema::webhooks::TRAFFIC_TYPE.values, TrafficType::KNOWN);
    let codes: Vec<&str> = rcs_kit::catalogue::table_rules()
        .iter()
        .map(|r| r.code)
        .collect();
    for code in [
        "enum.unknown",
        "date_time.invalid",
        "location.latitude.out_of_range",
        "location.longitude.out_of_range",
    ] {
        assert!(codes.contains(&code), "{code}");
    }
}

#[test]
fn of_a_repeated_key_the_checks_read_the_last_value_as_the_typed_model_does() {
    let seen = |a: &str, b: &str| {
        let body = format!(
            r#"{{"results":[{{"seenAt":"2019-08-24T14:15:22Z","messageId":{a},"messageId":{b}}}]}}"#
        );
        issue_lines(&inspect(&body))
    };
    assert_eq!(
        seen("\"m\"", "5"),
        [
            "error json.duplicate_key /results/0/messageId",
            "error type.mismatch /results/0/messageId"
        ]
    );
    assert_eq!(
        seen("5", "\"m\""),
        ["error json.duplicate_key /results/0/messageId"]
    );
    // Detection too: the last `results` is the batch.
    let i =
        inspect(r#"{"results":5,"results":[{"seenAt":"2019-08-24T14:15:22Z","messageId":"m"}]}"#);
    assert_eq!(i.kind, WebhookKind::SeenReport);
}

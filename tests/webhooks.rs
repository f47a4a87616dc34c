//! Inbound webhooks (`rcs_kit::webhooks`): kind detection, checks, summaries and the
//! typed models, on the fixtures of `tests/fixtures/webhooks/`.
//!
//! Each `NAME.json` has a `NAME.expect`: a `# description` line, `kind: <kind>` (as
//! `WebhookKind::as_str`), then one `severity code path` line per issue, compared as a
//! multiset (a line without path means the root).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use rcs_kit::webhooks::*;
use rcs_kit::Severity;
use serde_json::{json, Value};
use std::fs;
use std::path::{Path, PathBuf};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/webhooks")
}

fn read(name: &str) -> String {
    fs::read_to_string(dir().join(name)).unwrap()
}

/// `(stem, body)` of every fixture, sorted.
fn fixtures() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = fs::read_dir(dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| {
            (
                p.file_stem().unwrap().to_string_lossy().into_owned(),
                fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

fn issue_lines(i: &Inspection) -> Vec<String> {
    let mut v: Vec<String> = i
        .issues
        .iter()
        .map(|i| {
            let sev = match i.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            format!("{sev} {} {}", i.code, i.path).trim_end().to_owned()
        })
        .collect();
    v.sort();
    v
}

#[test]
fn every_fixture_gives_its_kind_and_exactly_its_issues() {
    let all = fixtures();
    assert!(all.len() >= 20, "{} fixtures", all.len());
    let mut kinds = std::collections::HashSet::new();
    for (name, body) in all {
        let expect = read(&format!("{name}.expect"));
        let mut lines = expect
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'));
        let kind = lines
            .next()
            .and_then(|l| l.strip_prefix("kind: "))
            .unwrap_or_else(|| panic!("{name}.expect: no `kind:` line"));
        let mut expected: Vec<String> = lines.map(str::to_owned).collect();
        expected.sort();

        let i = inspect(&body);
        assert_eq!(i.kind.as_str(), kind, "{name}: {:#?}", i.issues);
        assert_eq!(issue_lines(&i), expected, "{name}: {:#?}", i.issues);
        assert_eq!(
            i.is_well_formed(),
            i.kind.is_known() && !expected.iter().any(|l| l.starts_with("error")),
            "{name}"
        );
        assert!(i.summary.ends_with('\n'), "{name}");
        assert!(
            i.summary.starts_with(i.kind.name()) || !i.kind.is_known(),
            "{name}"
        );
        if i.is_well_formed() {
            kinds.insert(i.kind);
            assert!(i.webhook.is_some(), "{name}: not typed");
        }
    }
    for kind in WebhookKind::ALL {
        assert!(kinds.contains(&kind), "no well-formed fixture of {kind}");
    }
}

#[test]
fn well_formed_fixtures_round_trip_through_the_typed_model_unchanged() {
    let mut n = 0;
    for (name, body) in fixtures() {
        let i = inspect(&body);
        if !i.is_well_formed() {
            continue;
        }
        let original: Value = serde_json::from_str(&body).unwrap();
        let typed = Webhook::parse(&body).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(typed.kind(), i.kind, "{name}");
        assert_eq!(Some(&typed), i.webhook.as_ref(), "{name}");
        assert_eq!(serde_json::to_value(&typed).unwrap(), original, "{name}");
        // And through text again.
        let again = Webhook::parse(&serde_json::to_string(&typed).unwrap()).unwrap();
        assert_eq!(again, typed, "{name}");
        n += 1;
    }
    assert!(n >= 13, "{n}");
}

#[test]
fn unknown_enum_values_and_members_are_kept() {
    let Ok(Webhook::DeliveryReports(batch)) = Webhook::parse(&read("unknown-values-delivery.json"))
    else {
        panic!("not delivery reports")
    };
    let r = &batch.results[0];
    assert_eq!(r.channel, Some(Channel::Other("WHATSAPP".into())));
    assert_eq!(
        r.interaction_type,
        Some(InteractionType::Other("RICH_CAROUSEL_MESSAGE".into()))
    );
    let price = r.price.as_ref().unwrap();
    assert_eq!(
        price.traffic_type,
        Some(Some(TrafficType::Other("RICH_PLUS".into())))
    );
    assert_eq!(price.extra["taxIncluded"], json!(true));
    assert_eq!(
        r.extra["deviceInfo"],
        json!({"os": "ANDROID", "rcsVersion": "UP2.4"})
    );
    assert_eq!(r.status.as_ref().unwrap().extra["reasonCode"], json!(1005));
    assert_eq!(batch.extra["reportCount"], json!(1));
    assert!(!r.error.as_ref().unwrap().is_error());

    let Ok(Webhook::MoMessages(batch)) = Webhook::parse(&read("unknown-values-mo.json")) else {
        panic!("not MO messages")
    };
    let m = &batch.results[0];
    assert_eq!(m.message.type_name(), "STICKER");
    let InboundContent::Other(fields) = &m.message else {
        panic!("not kept as Other")
    };
    assert_eq!(fields["stickerId"], json!("thumbs-up"));
    assert_eq!(m.extra["language"], json!("en-GB"));
    assert_eq!(
        m.platform.as_ref().unwrap().extra["tenantId"],
        json!("eu-1")
    );
    let InboundContent::Text(t) = &batch.results[1].message else {
        panic!("not TEXT")
    };
    assert_eq!(t.text, "👍 thanks");
    assert_eq!(
        t.extra["replyTo"],
        json!("ABEGRzBYoAdzAgo6B8rIpXbDzBwmCk00")
    );
}

#[test]
fn typed_fields_of_each_kind() {
    let Ok(Webhook::MoMessages(mo)) = Webhook::parse(&read("mo-text.json")) else {
        panic!()
    };
    assert_eq!((mo.message_count, mo.pending_message_count), (2, 0));
    let first = &mo.results[0];
    assert_eq!(first.interaction_type, Some(InteractionType::SingleMessage));
    assert_eq!(first.rcs_count, Some(1));
    assert_eq!(first.keyword.as_deref(), Some("ORDER"));
    assert_eq!(
        first.price.traffic_type,
        Some(Some(TrafficType::P2aConversation))
    );
    assert!(first.conversation.as_ref().unwrap().can_initiate);
    // `trafficType: null` (not charged) is kept.
    assert_eq!(mo.results[1].price.traffic_type, Some(None));

    let Ok(Webhook::MoMessages(file)) = Webhook::parse(&read("mo-file.json")) else {
        panic!()
    };
    let InboundContent::File(f) = &file.results[0].message else {
        panic!()
    };
    assert_eq!(f.content_type.as_deref(), Some("image/jpeg"));
    assert_eq!(f.size, Some(482_133));

    let Ok(Webhook::MoMessages(loc)) = Webhook::parse(&read("mo-location.json")) else {
        panic!()
    };
    let InboundContent::Location(l) = &loc.results[0].message else {
        panic!()
    };
    assert_eq!(l.latitude.as_f64(), Some(45.815399));

    let Ok(Webhook::MoEvents(ev)) = Webhook::parse(&read("mo-event-suggestion.json")) else {
        panic!()
    };
    let e = &ev.results[0];
    assert_eq!(e.interaction_type, Some(InteractionType::Event));
    assert_eq!(
        e.message,
        InboundContent::Suggestion(InboundSuggestion {
            text: "suggestionText".into(),
            postback_data: "suggestionPostbackData".into(),
            extra: Extra::new()
        })
    );
    assert_eq!(
        e.conversation.as_ref().unwrap().id.as_deref(),
        Some("conv-xyz789")
    );

    let Ok(Webhook::Typing(t)) = Webhook::parse(&read("typing.json")) else {
        panic!()
    };
    assert_eq!(t.pending_event_count, 42);
    assert_eq!(
        t.results[0].event.event_type,
        TypingEventType::TypingIndicator
    );

    let Ok(Webhook::DeliveryReports(d)) = Webhook::parse(&read("delivery-report.json")) else {
        panic!()
    };
    let sms = &d.results[1];
    assert_eq!(sms.channel, Some(Channel::Sms));
    let err = sms.error.as_ref().unwrap();
    assert!(err.is_error());
    assert_eq!(err.group_name, Some(ErrorGroup::HandsetErrors));
    assert_eq!(err.to_string(), "EC_ABSENT_SUBSCRIBER (HANDSET_ERRORS)");
    assert_eq!(
        sms.status.as_ref().unwrap().group_name,
        Some(GeneralStatus::Undeliverable)
    );

    let Ok(Webhook::SeenReports(s)) = Webhook::parse(&read("seen-report.json")) else {
        panic!()
    };
    assert_eq!(s.results[0].from.as_deref(), Some("DemoSender"));

    let Ok(Webhook::ConversationStarted(c)) = Webhook::parse(&read("conversation-started.json"))
    else {
        panic!()
    };
    let e = &c.results[0];
    assert_eq!(e.event.event_type, ConversationStartedEventType::Started);
    assert_eq!(e.conversation.conversation_type, ConversationType::A2p);
    assert_eq!(e.platform.entity_id.as_deref(), Some("ext-entity-001"));
}

#[test]
fn summaries() {
    let i = inspect(&read("delivery-report.json"));
    assert_eq!(
        i.summary,
        "Delivery report, 2 results:\n\
         \x20 441134960001 DELIVERED (RICH, 1 segment) via RCS: DELIVERED_TO_HANDSET, message a28dd97c-1ffb-4fcf-99f1-0b557ed381da, 0.0035 USD\n\
         \x20 441134960002 UNDELIVERABLE (2 segments) via SMS: UNDELIVERABLE_NOT_DELIVERED, error EC_ABSENT_SUBSCRIBER (HANDSET_ERRORS), message a28dd97c-1ffb-4fcf-99f1-0b557ed381db, 0.0198 USD\n"
    );
    let cases = [
        (
            "mo-text-java-sdk.json",
            "MO message, 1 result (0 pending):\n  385912345678 to DemoSender: TEXT \"This is a text message\" at 2024-06-14T09:12:00.000+0000\n",
        ),
        (
            "mo-file.json",
            "MO message, 1 result (3 pending):\n  441134960001 to DemoSender: FILE IMG_2041.jpg (image/jpeg, 482133 bytes) (RICH_MEDIA_MESSAGE, 1 segment) at 2026-03-03T14:25:41.000+0000\n",
        ),
        (
            "mo-location.json",
            "MO message, 1 result (0 pending):\n  385912345678 to DemoSender: LOCATION 45.815399, 15.966568 (RICH_MEDIA_MESSAGE, 1 segment) at 2026-03-03T14:26:00.000+0000\n",
        ),
        (
            "mo-event-suggestion.json",
            "MO event (suggestion tapped), 1 result (0 pending):\n  +385911234567 tapped \"suggestionText\" (postbackData \"suggestionPostbackData\") on +385911111111, reply to message msg-xyz456 at 2026-03-03T14:22:30.000+0000\n",
        ),
        (
            "typing.json",
            "Typing indicator, 1 result (42 pending):\n  441134960001 is typing to DemoSender at 2025-02-06T15:35:12.123+0000\n",
        ),
        (
            "seen-report.json",
            "Seen report, 1 result:\n  441134960001 saw message a28dd97c-1ffb-4fcf-99f1-0b557ed381da from DemoSender at 2027-01-05T10:03:41.000+0000 (sent 2027-01-05T10:00:00.120+0000)\n",
        ),
        (
            "conversation-started.json",
            "Conversation started, 1 result (0 pending):\n  A2P conversation conv-xyz789 (A2P_CONVERSATION) from 2026-06-14T09:12:00.000+0000 to 2026-06-15T09:12:00.000+0000, started by message msg-abc123\n",
        ),
        (
            "invalid-send-request.json",
            "Not a known RCS webhook: there is no `results` array; every RCS webhook is a batch {\"results\": [...]}.\n",
        ),
    ];
    for (name, summary) in cases {
        assert_eq!(inspect(&read(name)).summary, summary, "{name}");
    }
}

#[test]
fn long_batches_and_long_values_are_cut_in_the_summary() {
    let result =
        json!({"messageId": "m", "to": "441134960001", "seenAt": "2027-01-05T10:03:41.000+0000"});
    let body = json!({"results": vec![result; 25]});
    let i = inspect(&body.to_string());
    assert!(i.is_well_formed());
    let lines: Vec<&str> = i.summary.lines().collect();
    assert_eq!(lines.len(), 1 + 20 + 1);
    assert_eq!(lines[21], "  ... and 5 more");

    let text = "x".repeat(500) + "\u{1b}[2J";
    let body = json!({"results": [{"sender": "1", "to": "2", "integrationType": "RCS",
        "receivedAt": "2026-03-03T14:20:05.000+0000", "messageId": "m",
        "message": {"type": "TEXT", "text": text}, "price": {}}],
        "messageCount": 1, "pendingMessageCount": 0});
    let i = inspect(&body.to_string());
    let line = i.summary.lines().nth(1).unwrap();
    assert!(line.contains(&format!("\"{}…\"", "x".repeat(40))), "{line}");
    assert!(!i.summary.contains('\u{1b}'));
}

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
fn typed_values_build_and_serialize() {
    let report = DeliveryReport {
        message_id: Some("m1".into()),
        to: Some("441134960001".into()),
        status: Some(Status {
            group_name: Some(GeneralStatus::Delivered),
            ..Status::default()
        }),
        price: Some(Price {
            traffic_type: Some(Some(TrafficType::Basic)),
            ..Price::default()
        }),
        channel: Some(Channel::Other("RBM".into())),
        ..DeliveryReport::default()
    };
    let body = DeliveryReports {
        results: vec![report],
        extra: Extra::new(),
    };
    let v = serde_json::to_value(Webhook::DeliveryReports(body)).unwrap();
    assert_eq!(
        v,
        json!({"results": [{"messageId": "m1", "to": "441134960001",
            "status": {"groupName": "DELIVERED"}, "price": {"trafficType": "BASIC"}, "channel": "RBM"}]})
    );
    let i = inspect(&v.to_string());
    assert!(i.is_well_formed());
    assert_eq!(issue_lines(&i), ["warning enum.unknown /results/0/channel"]);
    assert_eq!(TrafficType::from("RICH"), TrafficType::Rich);
    assert_eq!(TrafficType::KNOWN.len(), 6);
    assert_eq!(InteractionType::WHAT, "interactionType");
}

/// Every JSON pointer of `v`'s values, the root excluded.
fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                let p = format!("{at}/{}", k.replace('~', "~0").replace('/', "~1"));
                out.push(p.clone());
                pointers(x, p, out);
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                let p = format!("{at}/{i}");
                out.push(p.clone());
                pointers(x, p, out);
            }
        }
        _ => {}
    }
}

/// Replaces (or, with `None`, removes) the value at `pointer`.
fn mutate(v: &Value, pointer: &str, with: Option<Value>) -> Value {
    let mut v = v.clone();
    let (parent, last) = pointer.rsplit_once('/').unwrap();
    let last = last.replace("~1", "/").replace("~0", "~");
    match (v.pointer_mut(parent).unwrap(), with) {
        (Value::Object(m), None) => {
            m.remove(&last);
        }
        (Value::Object(m), Some(x)) => {
            m.insert(last, x);
        }
        (Value::Array(a), None) => {
            a.remove(last.parse::<usize>().unwrap());
        }
        (Value::Array(a), Some(x)) => {
            a[last.parse::<usize>().unwrap()] = x;
        }
        _ => unreachable!(),
    }
    v
}

#[test]
fn the_checks_and_the_typed_model_agree_on_every_mutant_of_every_fixture() {
    let replacements = [
        None,
        Some(Value::Null),
        Some(json!(-1)),
        Some(json!(1.5)),
        Some(json!(4_294_967_296_u64)),
        Some(json!("x")),
        Some(json!(true)),
        Some(json!([])),
        Some(json!({})),
    ];
    let mut n = 0;
    for (name, body) in fixtures() {
        let Ok(original) = serde_json::from_str::<Value>(&body) else {
            continue;
        };
        let mut all = Vec::new();
        pointers(&original, String::new(), &mut all);
        for p in &all {
            for r in &replacements {
                let mutant = mutate(&original, p, r.clone()).to_string();
                let i = inspect(&mutant);
                n += 1;
                assert!(
                    i.issues.iter().all(|x| x.code != "webhook.model"),
                    "{name} {p} := {r:?}: the checks missed what the model rejects: {:?}",
                    i.issues
                );
                assert_eq!(
                    i.is_well_formed(),
                    i.kind.is_known() && i.errors().next().is_none(),
                    "{name} {p}"
                );
                if i.is_well_formed() {
                    let typed = i
                        .webhook
                        .as_ref()
                        .unwrap_or_else(|| panic!("{name} {p} := {r:?}"));
                    let back = serde_json::to_value(typed).unwrap();
                    let mutant: Value = serde_json::from_str(&mutant).unwrap();
                    // Optional members set to null come back absent; everything else as sent.
                    if r.is_some() && *r != Some(Value::Null) {
                        assert_eq!(back, mutant, "{name} {p} := {r:?}");
                    }
                }
            }
        }
    }
    assert!(n > 4_000, "{n} mutants");
}

//! The typed models: round trips, unknown values kept, the fields of each kind, building.

use crate::common::{fixtures, issue_lines, read};
use rcs_kit::webhooks::*;
use serde_json::{json, Value};

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

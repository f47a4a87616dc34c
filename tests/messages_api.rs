//! The Messages API profile (`POST /messages-api/1/messages`, channel RCS): detection from
//! the shape, and the lossless typed model over every valid fixture of that kind.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use rcs_kit::json::Doc;
use rcs_kit::model::messages_api::*;
use rcs_kit::validate::detect_kind;
use rcs_kit::{validate_str, Kind, Options};
use serde_json::{json, Value};
use std::path::PathBuf;

/// 2027-01-01T00:00:00Z, the fixtures' "now".
const NOW: i64 = 1_798_761_600_000;

fn valid_fixtures() -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid");
    let mut out: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("json"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    out.sort();
    out
}

fn messages_api_fixtures() -> Vec<(String, String)> {
    valid_fixtures()
        .into_iter()
        .filter(|(_, body)| detect_kind(&Doc::parse(body).unwrap()) == Kind::MessagesApi)
        .collect()
}

#[test]
fn the_shape_says_messages_api_and_only_the_messages_api_fixtures_have_it() {
    for (name, body) in valid_fixtures() {
        let kind = detect_kind(&Doc::parse(&body).unwrap());
        assert_eq!(
            matches!(kind, Kind::MessagesApi | Kind::MessagesApiEvents),
            name.starts_with("hand-messages-api-"),
            "{name} detected as {kind:?}"
        );
    }
    assert_eq!(Kind::from_name("messages-api"), Some(Kind::MessagesApi));
    assert_eq!(
        Kind::MessagesApi.endpoint(),
        "POST /messages-api/1/messages"
    );
    assert_eq!(
        Kind::from_name("messages-api-events"),
        Some(Kind::MessagesApiEvents)
    );
    assert_eq!(
        Kind::MessagesApiEvents.endpoint(),
        "POST /messages-api/1/events"
    );
}

#[test]
fn every_valid_messages_api_events_fixture_round_trips_through_the_model_and_has_every_event() {
    let fixtures: Vec<(String, String)> = valid_fixtures()
        .into_iter()
        .filter(|(_, body)| detect_kind(&Doc::parse(body).unwrap()) == Kind::MessagesApiEvents)
        .collect();
    assert!(!fixtures.is_empty());
    let mut seen = Vec::new();
    for (name, body) in fixtures {
        assert!(
            validate_str(&body, &Options::at(NOW)).issues().is_empty(),
            "{name} is not valid"
        );
        let original: Value = serde_json::from_str(&body).unwrap();
        let typed: MessagesApiEventsRequest = serde_json::from_str(&body)
            .unwrap_or_else(|e| panic!("{name} does not deserialize: {e}"));
        assert_eq!(serde_json::to_value(&typed).unwrap(), original, "{name}");
        assert!(typed.extra.is_empty(), "{name}");
        for e in &typed.events {
            assert!(e.extra.is_empty(), "{name}: {:?}", e.extra);
            assert!(e.destinations.iter().all(|d| d.extra.is_empty()), "{name}");
            assert!(e.options.iter().all(|o| o.extra.is_empty()), "{name}");
            seen.push(e.event);
        }
    }
    for tag in rcs_kit::enums::MESSAGES_API_EVENT.values {
        let typed: MessagesApiEventType = serde_json::from_value(json!(tag)).unwrap();
        assert!(
            seen.contains(&typed),
            "no valid fixture has the event {tag}"
        );
    }
}

#[test]
fn a_seen_event_needs_its_message_id_and_a_typing_event_has_none() {
    let body = |event: &str, id: &str| {
        format!(
            r#"{{"events":[{{"channel":"RCS","sender":"S","destinations":[{{"to":"441134960001"}}],"event":"{event}"{id}}}]}}"#
        )
    };
    let codes = |s: String| -> Vec<(String, String)> {
        validate_str(&s, &Options::at(NOW))
            .issues()
            .iter()
            .map(|i| (i.code.to_string(), i.path.clone()))
            .collect()
    };
    assert_eq!(
        codes(body("SEEN", "")),
        [(
            "messages_api.event.message_id.required".to_string(),
            "/events/0".to_string()
        )]
    );
    assert!(codes(body("SEEN", r#","messageId":"m""#)).is_empty());
    assert!(codes(body("TYPING_STARTED", "")).is_empty());
    assert_eq!(
        codes(body("TYPING_STARTED", r#","messageId":"m""#)),
        [(
            "messages_api.event.message_id.unused".to_string(),
            "/events/0/messageId".to_string()
        )]
    );
}

#[test]
fn a_v2_body_forced_to_the_messages_api_profile_is_rejected() {
    let v2 = r#"{"messages":[{"sender":"S","destinations":[{"to":"441134960001"}],
        "content":{"type":"TEXT","text":"Hi"}}]}"#;
    let opts = Options {
        kind: Some(Kind::MessagesApi),
        ..Options::at(NOW)
    };
    let r = validate_str(v2, &opts);
    let codes: Vec<(&str, &str)> = r
        .issues()
        .iter()
        .map(|i| (i.code, i.path.as_str()))
        .collect();
    assert!(
        codes.contains(&("field.required", "/messages/0")),
        "{codes:?}"
    );
    assert!(
        codes.contains(&(
            "messages_api.body.type.required",
            "/messages/0/content/body"
        )) || codes.contains(&("field.required", "/messages/0/content")),
        "{codes:?}"
    );
}

#[test]
fn every_valid_messages_api_fixture_round_trips_through_the_model_with_nothing_in_extra() {
    let fixtures = messages_api_fixtures();
    assert!(fixtures.len() >= 4, "only {} fixtures", fixtures.len());
    for (name, body) in fixtures {
        assert!(
            validate_str(&body, &Options::at(NOW)).issues().is_empty(),
            "{name} is not valid"
        );
        let original: Value = serde_json::from_str(&body).unwrap();
        let typed: MessagesApiRequest = serde_json::from_str(&body)
            .unwrap_or_else(|e| panic!("{name} does not deserialize: {e}"));
        assert_eq!(serde_json::to_value(&typed).unwrap(), original, "{name}");
        assert!(typed.extra.is_empty(), "{name}");
        for m in &typed.messages {
            match m {
                AnyMessage::Message(m) => plain_message_has_nothing_in_extra(&name, m),
                AnyMessage::Template(m) => template_message_has_nothing_in_extra(&name, m),
            }
        }
    }
}

fn plain_message_has_nothing_in_extra(name: &str, m: &MessagesApiMessage) {
    assert!(m.extra.is_empty(), "{name}: {:?}", m.extra);
    assert!(m.content.extra.is_empty(), "{name}");
    for d in &m.destinations {
        assert!(d.extra.is_empty(), "{name}");
    }
    if let Some(o) = &m.options {
        assert!(o.extra.is_empty(), "{name}: {:?}", o.extra);
    }
    if let Some(w) = &m.webhooks {
        assert!(w.extra.is_empty(), "{name}");
    }
    let body_extra = match &m.content.body {
        Body::Text(b) => &b.extra,
        Body::Image(b) | Body::Video(b) | Body::Document(b) => &b.extra,
        Body::RichLink(b) => &b.extra,
        Body::Carousel(b) => &b.extra,
    };
    assert!(body_extra.is_empty(), "{name}: {body_extra:?}");
    for b in m.content.buttons.iter().flatten() {
        let extra = match b {
            Button::Reply(b) | Button::RequestLocation(b) => &b.extra,
            Button::OpenUrl(b) => &b.extra,
            Button::DialPhone(b) => &b.extra,
            Button::ShowLocation(b) => &b.extra,
            Button::AddCalendarEvent(b) => &b.extra,
        };
        assert!(extra.is_empty(), "{name}: {extra:?}");
    }
}

fn template_content_has_nothing_in_extra(name: &str, c: &TemplateContent) {
    assert!(c.extra.is_empty(), "{name}: {:?}", c.extra);
    let header_extra = match &c.header {
        Some(TemplateHeader::Document(h)) => Some(&h.extra),
        Some(TemplateHeader::Image(h) | TemplateHeader::Video(h)) => Some(&h.extra),
        Some(TemplateHeader::Location(h)) => Some(&h.extra),
        Some(TemplateHeader::Text(_)) | None => None,
    };
    assert!(header_extra.map_or(true, |e| e.is_empty()), "{name}");
    if let Some(TemplateBody::Carousel(c)) = &c.body {
        assert!(c.extra.is_empty(), "{name}");
        for card in &c.cards {
            assert!(card.extra.is_empty(), "{name}: {:?}", card.extra);
            let (CardHeader::Image(h) | CardHeader::Video(h)) = &card.header;
            assert!(h.extra.is_empty(), "{name}");
            for b in card.buttons.iter().flatten() {
                let extra = match b {
                    CardButton::QuickReply(b) => &b.extra,
                    CardButton::OpenUrl(b) => &b.extra,
                    CardButton::PhoneNumber(e) => e,
                };
                assert!(extra.is_empty(), "{name}: {extra:?}");
            }
        }
    }
    for b in c.buttons.iter().flatten() {
        let extra = match b {
            TemplateButton::QuickReply(b) => &b.extra,
            TemplateButton::OpenUrl(b) => &b.extra,
            TemplateButton::PhoneNumber(e) => e,
            TemplateButton::Flow(b) => &b.extra,
            TemplateButton::CopyCode(b) => &b.extra,
            TemplateButton::Catalog(b) => &b.extra,
            TemplateButton::MultiProduct(b) => {
                for s in &b.sections {
                    assert!(s.extra.is_empty(), "{name}");
                }
                &b.extra
            }
        };
        assert!(extra.is_empty(), "{name}: {extra:?}");
    }
}

fn template_message_has_nothing_in_extra(name: &str, m: &MessagesApiTemplateMessage) {
    assert!(m.extra.is_empty(), "{name}: {:?}", m.extra);
    assert!(m.template.extra.is_empty(), "{name}");
    for d in &m.destinations {
        assert!(d.extra.is_empty(), "{name}");
    }
    if let Some(c) = &m.content {
        template_content_has_nothing_in_extra(name, c);
    }
    for f in m.failover.iter().flatten() {
        assert!(f.extra.is_empty(), "{name}: {:?}", f.extra);
        assert!(f.template.extra.is_empty(), "{name}");
        if let Some(c) = &f.content {
            template_content_has_nothing_in_extra(name, c);
        }
    }
}

#[test]
fn unknown_members_survive_a_round_trip() {
    let v = json!({"messages": [{"channel": "RCS", "sender": "S", "future": 1,
        "destinations": [{"to": "441134960001", "x": [1]}],
        "content": {"body": {"type": "TEXT", "text": "Hi", "y": true},
            "buttons": [{"type": "REPLY", "text": "A", "postbackData": "a", "z": "z"}]}}],
        "top": null});
    let typed: MessagesApiRequest = serde_json::from_value(v.clone()).unwrap();
    let AnyMessage::Message(m) = &typed.messages[0] else {
        panic!("not a plain message")
    };
    assert_eq!(m.extra["future"], 1);
    assert_eq!(serde_json::to_value(&typed).unwrap(), v);
}

#[test]
fn every_body_and_button_type_of_the_tables_deserializes_into_its_variant() {
    use rcs_kit::schema::messages_api::{BODY, BUTTON};
    let bodies = valid_fixtures()
        .into_iter()
        .filter(|(n, _)| n.starts_with("hand-messages-api-"))
        .map(|(_, b)| b)
        .collect::<String>();
    for (tag, _) in BODY.variants.iter().chain(BUTTON.variants) {
        assert!(
            bodies.contains(&format!("\"type\": \"{tag}\"")),
            "no valid fixture has {tag}"
        );
    }
}

#[test]
fn every_template_part_of_the_tables_is_in_a_valid_fixture() {
    use rcs_kit::schema::messages_api::template::{BODY, BUTTON, CARD_BUTTON, CARD_HEADER, HEADER};
    let templates: Vec<Value> = messages_api_fixtures()
        .into_iter()
        .map(|(_, b)| serde_json::from_str::<Value>(&b).unwrap())
        .filter(|v| v["messages"][0].get("template").is_some())
        .collect();
    // Each union's tags as used in the fixtures, gathered by pointer-free search.
    fn tags(v: &Value, key: &str, out: &mut Vec<String>) {
        match v {
            Value::Object(m) => {
                if let Some(Value::Object(inner)) = m.get(key) {
                    if let Some(Value::String(t)) = inner.get("type") {
                        out.push(t.clone());
                    }
                }
                if let Some(Value::Array(items)) = m.get(key) {
                    for i in items {
                        if let Some(Value::String(t)) = i.get("type") {
                            out.push(t.clone());
                        }
                    }
                }
                for x in m.values() {
                    tags(x, key, out);
                }
            }
            Value::Array(a) => a.iter().for_each(|x| tags(x, key, out)),
            _ => {}
        }
    }
    let mut headers = Vec::new();
    let mut bodies = Vec::new();
    let mut buttons = Vec::new();
    for t in &templates {
        tags(t, "header", &mut headers);
        tags(t, "body", &mut bodies);
        tags(t, "buttons", &mut buttons);
    }
    for (tag, _) in HEADER.variants.iter().chain(CARD_HEADER.variants) {
        assert!(headers.iter().any(|h| h == tag), "no {tag} template header");
    }
    for (tag, _) in BODY.variants {
        assert!(bodies.iter().any(|b| b == tag), "no {tag} template body");
    }
    for (tag, _) in BUTTON.variants.iter().chain(CARD_BUTTON.variants) {
        assert!(buttons.iter().any(|b| b == tag), "no {tag} template button");
    }
    assert!(
        templates
            .iter()
            .any(|t| t["messages"][0].get("failover").is_some()),
        "no template message with failover"
    );
}

#[test]
fn flow_data_takes_members_of_any_type_and_placeholders_only_strings() {
    let body = json!({"messages": [{"channel": "RCS", "sender": "S",
        "destinations": [{"to": "441134960001"}],
        "template": {"templateName": "t"},
        "content": {"body": {"type": "TEXT", "1": "a", "2": 2},
            "buttons": [{"type": "FLOW", "data": {"n": 1, "list": [true], "o": {"x": null}}}]}}]});
    let r = validate_str(&body.to_string(), &Options::at(NOW));
    let found: Vec<(&str, &str)> = r
        .issues()
        .iter()
        .map(|i| (i.code, i.path.as_str()))
        .collect();
    assert_eq!(
        found,
        [("type.mismatch", "/messages/0/content/body/2")],
        "{:?}",
        r.issues()
    );
}

#[test]
fn the_report_renders_in_infobips_validate_shape() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invalid");
    let body = std::fs::read_to_string(dir.join("messages-api-open-in-webview.json")).unwrap();
    let r = validate_str(&body, &Options::at(NOW));
    let v: Value = serde_json::from_str(&r.to_infobip_json()).unwrap();
    assert_eq!(v["description"], "Request is invalid.");
    assert_eq!(
        v["violations"][0]["property"],
        "messages[0].content.buttons[0].openIn"
    );
    assert_eq!(
        v["violations"][0]["violation"],
        r.issues()[0].message.as_str()
    );
    assert_eq!(v["skippableViolations"], json!([]));
    let (_, valid) = messages_api_fixtures().into_iter().next().unwrap();
    let v: Value =
        serde_json::from_str(&validate_str(&valid, &Options::at(NOW)).to_infobip_json()).unwrap();
    assert_eq!(
        v,
        json!({"description": "Request is valid.", "action": "No action needed.",
            "skippableViolations": []})
    );
}

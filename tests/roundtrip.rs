//! The typed model is lossless and matches the schema tables.
//!
//! 1. Every valid body of the benchmark corpus (`../shared/bench`, or `RCS_KIT_BENCH_DIR`)
//!    and the large carousel survive `from_str::<SendRequest>` + `to_value` unchanged, and
//!    nothing of them lands in an `extra` map (every member has a typed field).
//! 2. Hand-written bodies covering every content type, suggestion type, option and event
//!    type round-trip too.
//! 3. Values built with the constructors have the expected JSON shape.
//! 4. Unknown members survive a round trip.
//! 5. The model's JSON names, required fields and enum values are those of
//!    `rcs_kit::schema`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use rcs_kit::model::*;
use rcs_kit::schema::{self, Object, Type};
use rcs_kit::Options;
use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::path::PathBuf;

fn bench_dir() -> PathBuf {
    std::env::var_os("RCS_KIT_BENCH_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/bench")))
}

/// The corpus README fixes "now" for its time rules: 2027-01-01T00:00:00Z.
fn corpus_now() -> Options {
    Options::at(rcs_kit::validate::parse_date_time("2027-01-01T00:00:00Z").unwrap())
}

/// The first place where two JSON values differ, as a JSON pointer.
fn first_difference(a: &Value, b: &Value, path: &str) -> Option<String> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let keys: BTreeSet<&String> = x.keys().chain(y.keys()).collect();
            keys.into_iter().find_map(|k| match (x.get(k), y.get(k)) {
                (Some(p), Some(q)) => first_difference(p, q, &format!("{path}/{k}")),
                _ => Some(format!("{path}/{k} (present on one side only)")),
            })
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x
            .iter()
            .zip(y)
            .enumerate()
            .find_map(|(i, (p, q))| first_difference(p, q, &format!("{path}/{i}"))),
        _ if a == b => None,
        _ => Some(format!("{path}: {a} != {b}")),
    }
}

/// Parses `body` as a [`SendRequest`] and checks it serializes back to the same value.
fn round_trip(body: &str) -> Result<SendRequest, String> {
    let original: Value = serde_json::from_str(body).map_err(|e| format!("not JSON: {e}"))?;
    let typed: SendRequest =
        serde_json::from_str(body).map_err(|e| format!("does not deserialize: {e}"))?;
    let back = serde_json::to_value(&typed).map_err(|e| format!("does not serialize: {e}"))?;
    match first_difference(&original, &back, "") {
        None => Ok(typed),
        Some(d) => Err(format!("changed by the round trip at {d}")),
    }
}

fn events_round_trip(body: &str) -> EventsRequest {
    let original: Value = serde_json::from_str(body).unwrap();
    let typed: EventsRequest = serde_json::from_str(body).unwrap();
    assert_eq!(serde_json::to_value(&typed).unwrap(), original);
    typed
}

// ------------------------------------------------------------------ where extras hide

/// Paths of every non-empty `extra` map in the request.
fn extras(r: &SendRequest) -> Vec<String> {
    let mut out = Vec::new();
    let mut note = |path: String, extra: &Extra| {
        if !extra.is_empty() {
            out.push(format!("{path}: {:?}", extra.keys().collect::<Vec<_>>()));
        }
    };
    note(String::new(), &r.extra);
    if let Some(o) = &r.options {
        note("/options".into(), &o.extra);
        if let Some(s) = &o.schedule {
            note("/options/schedule".into(), &s.extra);
            if let Some(l) = &s.sending_speed_limit {
                note("/options/schedule/sendingSpeedLimit".into(), &l.extra);
            }
        }
        if let Some(t) = &o.tracking {
            note("/options/tracking".into(), &t.extra);
        }
        if let Some(m) = &o.message_ordering {
            note("/options/messageOrdering".into(), &m.extra);
        }
    }
    for (i, m) in r.messages.iter().enumerate() {
        let p = format!("/messages/{i}");
        note(p.clone(), &m.extra);
        for (j, d) in m.destinations.iter().enumerate() {
            note(format!("{p}/destinations/{j}"), &d.extra);
        }
        content_extras(&m.content, &format!("{p}/content"), &mut note);
        if let Some(o) = &m.options {
            let p = format!("{p}/options");
            note(p.clone(), &o.extra);
            if let Some(x) = &o.platform {
                note(format!("{p}/platform"), &x.extra);
            }
            if let Some(x) = &o.validity_period {
                note(format!("{p}/validityPeriod"), &x.extra);
            }
            if let Some(x) = &o.delivery_time_window {
                window_extras(x, &format!("{p}/deliveryTimeWindow"), &mut note);
            }
            if let Some(f) = &o.sms_failover {
                let p = format!("{p}/smsFailover");
                note(p.clone(), &f.extra);
                if let Some(x) = &f.validity_period {
                    note(format!("{p}/validityPeriod"), &x.extra);
                }
                if let Some(r) = &f.regional {
                    note(format!("{p}/regional"), &r.extra);
                    if let Some(x) = &r.india_dlt {
                        note(format!("{p}/regional/indiaDlt"), &x.extra);
                    }
                    if let Some(x) = &r.turkey_iys {
                        note(format!("{p}/regional/turkeyIys"), &x.extra);
                    }
                    if let Some(x) = &r.south_korea {
                        note(format!("{p}/regional/southKorea"), &x.extra);
                    }
                }
            }
            if let Some(f) = &o.mms_failover {
                let p = format!("{p}/mmsFailover");
                note(p.clone(), &f.extra);
                if let Some(x) = &f.validity_period {
                    note(format!("{p}/validityPeriod"), &x.extra);
                }
                note(format!("{p}/content"), &f.content.extra);
                for (k, s) in f.content.message_segments.iter().enumerate() {
                    let e = match s {
                        MmsSegment::Text(s) => &s.extra,
                        MmsSegment::Link(s) => &s.extra,
                        MmsSegment::Smil(s) => &s.extra,
                        MmsSegment::UploadedReference(s) => &s.extra,
                    };
                    note(format!("{p}/content/messageSegments/{k}"), e);
                }
            }
        }
        if let Some(w) = &m.webhooks {
            note(format!("{p}/webhooks"), &w.extra);
            if let Some(x) = &w.delivery {
                note(format!("{p}/webhooks/delivery"), &x.extra);
            }
            if let Some(x) = &w.seen {
                note(format!("{p}/webhooks/seen"), &x.extra);
            }
        }
    }
    out
}

fn window_extras(w: &DeliveryTimeWindow, p: &str, note: &mut impl FnMut(String, &Extra)) {
    note(p.to_owned(), &w.extra);
    for (name, t) in [("from", &w.from), ("to", &w.to)] {
        if let Some(t) = t {
            note(format!("{p}/{name}"), &t.extra);
        }
    }
}

fn content_extras(c: &Content, p: &str, note: &mut impl FnMut(String, &Extra)) {
    let chips = |s: &Option<Vec<Suggestion>>, p: &str, note: &mut dyn FnMut(String, &Extra)| {
        for (i, s) in s.iter().flatten().enumerate() {
            let e = match s {
                Suggestion::Reply(s) => &s.extra,
                Suggestion::OpenUrl(s) => &s.extra,
                Suggestion::DialPhone(s) => &s.extra,
                Suggestion::ShowLocation(s) => &s.extra,
                Suggestion::RequestLocation(s) => &s.extra,
                Suggestion::CreateCalendarEvent(s) => &s.extra,
            };
            note(format!("{p}/suggestions/{i}"), e);
        }
    };
    let card = |c: &CardContent, p: &str, note: &mut dyn FnMut(String, &Extra)| {
        note(p.to_owned(), &c.extra);
        if let Some(m) = &c.media {
            note(format!("{p}/media"), &m.extra);
            note(format!("{p}/media/file"), &m.file.extra);
            if let Some(t) = &m.thumbnail {
                note(format!("{p}/media/thumbnail"), &t.extra);
            }
        }
        chips(&c.suggestions, p, note);
    };
    match c {
        Content::Text(t) => {
            note(p.to_owned(), &t.extra);
            chips(&t.suggestions, p, note);
        }
        Content::File(f) => {
            note(p.to_owned(), &f.extra);
            note(format!("{p}/file"), &f.file.extra);
            if let Some(t) = &f.thumbnail {
                note(format!("{p}/thumbnail"), &t.extra);
            }
            chips(&f.suggestions, p, note);
        }
        Content::Card(c) => {
            note(p.to_owned(), &c.extra);
            card(&c.content, &format!("{p}/content"), note);
            chips(&c.suggestions, p, note);
        }
        Content::Carousel(c) => {
            note(p.to_owned(), &c.extra);
            for (i, k) in c.contents.iter().enumerate() {
                card(k, &format!("{p}/contents/{i}"), note);
            }
            chips(&c.suggestions, p, note);
        }
        Content::ProviderTemplate(t) => {
            note(p.to_owned(), &t.extra);
            for (i, x) in t.parameters.iter().flatten().enumerate() {
                note(format!("{p}/parameters/{i}"), &x.extra);
            }
        }
    }
}

// ------------------------------------------------------------------ 1. the corpus

#[test]
fn valid_corpus_bodies_round_trip() {
    let dir = bench_dir();
    let corpus = std::fs::read_to_string(dir.join("corpus.jsonl"))
        .unwrap_or_else(|e| panic!("the benchmark corpus must be at {}: {e}", dir.display()));
    let labels = std::fs::read_to_string(dir.join("labels.jsonl")).unwrap();
    let mut failures = Vec::new();
    let mut checked = 0;
    for (i, (body, label)) in corpus.lines().zip(labels.lines()).enumerate() {
        let label: Value = serde_json::from_str(label).unwrap();
        assert_eq!(
            label["i"], i,
            "labels.jsonl is out of step with corpus.jsonl"
        );
        if label["valid"] != true {
            continue;
        }
        checked += 1;
        match round_trip(body) {
            Ok(typed) => {
                let unknown = extras(&typed);
                if !unknown.is_empty() {
                    failures.push(format!("#{i}: members without a typed field: {unknown:?}"));
                }
            }
            Err(e) => failures.push(format!("#{i}: {e}")),
        }
    }
    assert_eq!(
        checked, 1600,
        "the corpus README promises 1,600 valid bodies"
    );
    assert!(
        failures.is_empty(),
        "{} of {checked} failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn large_carousel_round_trips() {
    let body = std::fs::read_to_string(bench_dir().join("large-carousel.json")).unwrap();
    let typed = round_trip(&body).unwrap();
    assert_eq!(extras(&typed), Vec::<String>::new());
    let Content::Carousel(c) = &typed.messages[0].content else {
        panic!("not a carousel")
    };
    assert_eq!(c.contents.len(), 10);
    assert_eq!(c.suggestions.as_ref().map(Vec::len), Some(11));
}

// ------------------------------------------------------------------ 2. hand-written bodies

/// Every content type, suggestion type and option, SMS failover with every regional option.
const EVERYTHING_SMS: &str = r#"{
  "messages": [
    {
      "sender": "DemoSender",
      "destinations": [{"to": "441134960001", "messageId": "m-1"}, {"to": "441134960002"}],
      "content": {
        "type": "TEXT",
        "text": "Every suggestion type",
        "suggestions": [
          {"type": "REPLY", "text": "Yes", "postbackData": "yes"},
          {"type": "OPEN_URL", "text": "Site", "postbackData": "site", "url": "https://example.com"},
          {"type": "OPEN_URL", "text": "Browser", "postbackData": "b", "url": "https://example.com/b", "application": "BROWSER"},
          {"type": "OPEN_URL", "text": "Webview", "postbackData": "w", "url": "https://example.com/w", "application": "WEBVIEW", "webviewViewMode": "TALL"},
          {"type": "DIAL_PHONE", "text": "Call", "postbackData": "call", "phoneNumber": "+441134960000"},
          {"type": "SHOW_LOCATION", "text": "Map", "postbackData": "map", "latitude": 45, "longitude": 9.19, "label": "Milan"},
          {"type": "SHOW_LOCATION", "text": "Map 2", "postbackData": "map2", "latitude": 45.0, "longitude": -0.5e1},
          {"type": "REQUEST_LOCATION", "text": "Where are you?", "postbackData": "loc"},
          {"type": "CREATE_CALENDAR_EVENT", "text": "Book", "postbackData": "cal", "startTime": "2030-03-03T15:00:00.000+0100", "endTime": "2030-03-03T16:00:00.000+0100", "title": "Visit", "description": "Bring the ticket"},
          {"type": "CREATE_CALENDAR_EVENT", "text": "Book 2", "postbackData": "cal2", "startTime": "2030-03-04T15:00:00.000Z", "endTime": "2030-03-04T17:00:00.000+01:00", "title": "Visit 2"}
        ]
      },
      "options": {
        "platform": {"entityId": "entity-1", "applicationId": "app-1"},
        "validityPeriod": {"amount": 15, "timeUnit": "MINUTES"},
        "deliveryTimeWindow": {"days": ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"], "from": {"hour": 9, "minute": 0}, "to": {"hour": 17, "minute": 30}},
        "campaignReferenceId": "summer",
        "smsFailover": {
          "sender": "InfoSMS",
          "text": "SMS instead",
          "validityPeriod": {"amount": 2, "timeUnit": "HOURS"},
          "regional": {
            "indiaDlt": {"contentTemplateId": "tpl", "principalEntityId": "pe", "telemarketerId": "tm"},
            "turkeyIys": {"brandCode": 123456, "recipientType": "TACIR"},
            "southKorea": {"title": "Notice", "resellerCode": 42}
          }
        }
      },
      "webhooks": {
        "delivery": {"url": "https://example.com/dlr", "intermediateReport": true, "notify": false, "receiveTriggeredFailoverReports": true},
        "contentType": "application/xml",
        "callbackData": "cb",
        "seen": {"url": "https://example.com/seen"}
      }
    },
    {
      "sender": "DemoSender",
      "destinations": [{"to": "441134960001"}],
      "content": {"type": "FILE", "file": {"url": "https://example.com/v.mp4"}, "thumbnail": {"url": "https://example.com/v.jpg"}, "suggestions": []},
      "options": {"validityPeriod": {"amount": 30}, "deliveryTimeWindow": {"days": ["MONDAY"]}},
      "webhooks": {"delivery": {}, "contentType": "application/json"}
    },
    {
      "sender": "DemoSender",
      "destinations": [{"to": "441134960001"}],
      "content": {
        "type": "CARD", "orientation": "HORIZONTAL", "alignment": "RIGHT",
        "content": {
          "title": "Card", "description": "A card",
          "media": {"file": {"url": "https://example.com/c.mp4"}, "thumbnail": {"url": "https://example.com/c.jpg"}, "height": "TALL"},
          "suggestions": [{"type": "REPLY", "text": "In card", "postbackData": "in"}]
        },
        "suggestions": [{"type": "REPLY", "text": "Below", "postbackData": "below"}]
      }
    },
    {
      "sender": "DemoSender",
      "destinations": [{"to": "441134960001"}],
      "content": {
        "type": "CAROUSEL", "cardWidth": "SMALL",
        "contents": [
          {"title": "One", "media": {"file": {"url": "https://example.com/1.png"}, "height": "SHORT"}},
          {"description": "Two", "media": {"file": {"url": "https://example.com/2.png"}, "height": "MEDIUM"}, "suggestions": [{"type": "REQUEST_LOCATION", "text": "Here", "postbackData": "here"}]}
        ],
        "suggestions": [{"type": "DIAL_PHONE", "text": "Call", "postbackData": "c", "phoneNumber": "441134960000"}]
      }
    },
    {
      "sender": "DemoSender",
      "destinations": [{"to": "441134960001"}],
      "content": {"type": "PROVIDER_TEMPLATE", "templateId": "otp", "parameters": [{"name": "code", "value": "1234"}]}
    },
    {
      "sender": "DemoSender",
      "destinations": [{"to": "441134960001"}],
      "content": {"type": "PROVIDER_TEMPLATE", "templateId": "hello", "parameters": []}
    }
  ],
  "options": {
    "schedule": {"bulkId": "bulk-1", "sendAt": "2027-01-02T10:00:00.000+0000", "sendingSpeedLimit": {"amount": 10, "timeUnit": "DAY"}},
    "tracking": {"shortenUrl": true, "trackClicks": true, "trackingUrl": "https://example.com/clicks", "removeProtocol": false, "customDomain": "ex.am"},
    "messageOrdering": {"respectOrder": false, "stopOnFailure": false}
  }
}"#;

/// MMS failover with every segment type, and the other unit enums.
const EVERYTHING_MMS: &str = r#"{
  "messages": [
    {
      "sender": "DemoSender",
      "destinations": [{"to": "441134960001"}],
      "content": {"type": "FILE", "file": {"url": "https://example.com/a.pdf"}},
      "options": {
        "validityPeriod": {"amount": 600, "timeUnit": "SECONDS"},
        "mmsFailover": {
          "sender": "InfoMMS",
          "validityPeriod": {"amount": 1, "timeUnit": "HOURS"},
          "content": {
            "title": "Ticket",
            "messageSegments": [
              {"type": "TEXT", "contentId": "t", "text": "Hello"},
              {"type": "LINK", "contentId": "l", "contentUrl": "https://example.com/t.png", "contentType": "image/png"},
              {"type": "LINK", "contentUrl": "https://example.com/u.png"},
              {"type": "SMIL", "contentId": "s", "contentType": "application/smil", "smil": "<smil/>"},
              {"type": "UPLOADED_REFERENCE", "contentId": "u", "uploadedContentId": "up-1"},
              {"type": "UPLOADED_REFERENCE", "uploadedContentId": "up-2"}
            ]
          }
        }
      }
    }
  ],
  "options": {"schedule": {"sendingSpeedLimit": {"amount": 5, "timeUnit": "HOUR"}}, "tracking": {"shortenUrl": true}}
}"#;

const ORDERED: &str = r#"{
  "messages": [
    {"sender": "S", "destinations": [{"to": "441134960001"}], "content": {"type": "TEXT", "text": "1"}},
    {"sender": "S", "destinations": [{"to": "441134960001"}], "content": {"type": "TEXT", "text": "2"}}
  ],
  "options": {"schedule": {"sendingSpeedLimit": {"amount": 5, "timeUnit": "MINUTE"}}, "messageOrdering": {"respectOrder": true, "stopOnFailure": true}}
}"#;

const EVENTS: &str = r#"{
  "events": [
    {"sender": "DemoSender", "destinations": [{"to": "441134960001"}], "content": {"type": "SEEN", "messageId": "mo-1"},
     "options": {"platform": {"entityId": "e"}, "deliveryTimeWindow": {"days": ["SATURDAY", "SUNDAY"], "from": {"hour": 10, "minute": 0}, "to": {"hour": 12, "minute": 0}}}},
    {"sender": "DemoSender", "destinations": [{"to": "441134960001", "messageId": "ev-2"}, {"to": "441134960002"}], "content": {"type": "TYPING_INDICATOR"}},
    {"sender": "DemoSender", "destinations": [{"to": "441134960003"}], "content": {"type": "TYPING_INDICATOR"}, "options": {}}
  ]
}"#;

#[test]
fn hand_written_bodies_are_valid_and_round_trip() {
    for (name, body) in [
        ("sms", EVERYTHING_SMS),
        ("mms", EVERYTHING_MMS),
        ("ordered", ORDERED),
    ] {
        let report = rcs_kit::validate_str(body, &corpus_now());
        assert!(report.is_valid(), "{name} is not valid:\n{report}");
        let typed = round_trip(body).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(extras(&typed), Vec::<String>::new(), "{name}");
        assert!(rcs_kit::validate_request(&typed, &corpus_now()).is_valid());
    }
    let report = rcs_kit::validate_str(EVENTS, &corpus_now());
    assert!(report.is_valid(), "{report}");
    let events = events_round_trip(EVENTS);
    assert!(rcs_kit::validate_events(&events, &corpus_now()).is_valid());
}

#[test]
fn hand_written_bodies_land_in_typed_fields() {
    let r: SendRequest = serde_json::from_str(EVERYTHING_SMS).unwrap();
    let kinds: Vec<&str> = r
        .messages
        .iter()
        .map(|m| match &m.content {
            Content::Text(_) => "TEXT",
            Content::File(_) => "FILE",
            Content::Card(_) => "CARD",
            Content::Carousel(_) => "CAROUSEL",
            Content::ProviderTemplate(_) => "PROVIDER_TEMPLATE",
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "TEXT",
            "FILE",
            "CARD",
            "CAROUSEL",
            "PROVIDER_TEMPLATE",
            "PROVIDER_TEMPLATE"
        ]
    );

    let Content::Text(text) = &r.messages[0].content else {
        unreachable!()
    };
    let chips = text.suggestions.as_ref().unwrap();
    let Suggestion::OpenUrl(webview) = &chips[3] else {
        panic!("{:?}", chips[3])
    };
    assert_eq!(webview.application, Some(OpenUrlApplication::Webview));
    assert_eq!(webview.webview_view_mode, Some(WebviewViewMode::Tall));
    let Suggestion::ShowLocation(map) = &chips[5] else {
        panic!()
    };
    assert_eq!(map.latitude.to_string(), "45");
    let Suggestion::ShowLocation(map) = &chips[6] else {
        panic!()
    };
    assert_eq!(map.latitude.to_string(), "45.0");
    let Suggestion::CreateCalendarEvent(cal) = &chips[8] else {
        panic!()
    };
    assert_eq!(cal.description.as_deref(), Some("Bring the ticket"));

    let options = r.messages[0].options.as_ref().unwrap();
    let regional = options
        .sms_failover
        .as_ref()
        .unwrap()
        .regional
        .as_ref()
        .unwrap();
    assert_eq!(
        regional
            .india_dlt
            .as_ref()
            .unwrap()
            .telemarketer_id
            .as_deref(),
        Some("tm")
    );
    assert_eq!(
        regional.turkey_iys.as_ref().unwrap().recipient_type,
        IysRecipientType::Tacir
    );
    assert_eq!(
        regional.south_korea.as_ref().unwrap().reseller_code,
        Some(42)
    );
    let webhooks = r.messages[0].webhooks.as_ref().unwrap();
    assert_eq!(webhooks.content_type, Some(WebhookContentType::Xml));
    assert_eq!(
        webhooks
            .delivery
            .as_ref()
            .unwrap()
            .receive_triggered_failover_reports,
        Some(true)
    );

    // [] stays [], absent stays absent.
    let Content::File(file) = &r.messages[1].content else {
        unreachable!()
    };
    assert_eq!(file.suggestions, Some(vec![]));
    assert_eq!(r.messages[2].options, None);

    let schedule = r.options.as_ref().unwrap().schedule.as_ref().unwrap();
    assert_eq!(
        schedule.sending_speed_limit.as_ref().unwrap().time_unit,
        Some(SpeedLimitTimeUnit::Day)
    );

    let m: SendRequest = serde_json::from_str(EVERYTHING_MMS).unwrap();
    let mms = m.messages[0]
        .options
        .as_ref()
        .unwrap()
        .mms_failover
        .as_ref()
        .unwrap();
    let kinds: Vec<&str> = mms
        .content
        .message_segments
        .iter()
        .map(|s| match s {
            MmsSegment::Text(_) => "TEXT",
            MmsSegment::Link(_) => "LINK",
            MmsSegment::Smil(_) => "SMIL",
            MmsSegment::UploadedReference(_) => "UPLOADED_REFERENCE",
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "TEXT",
            "LINK",
            "LINK",
            "SMIL",
            "UPLOADED_REFERENCE",
            "UPLOADED_REFERENCE"
        ]
    );

    let e: EventsRequest = serde_json::from_str(EVENTS).unwrap();
    assert_eq!(e.events[0].content, EventContent::seen("mo-1"));
    assert_eq!(e.events[1].content, EventContent::typing());
    assert_eq!(e.events[2].options, Some(EventOptions::default()));
}

#[test]
fn invalid_enum_values_and_missing_required_fields_do_not_deserialize() {
    for body in [
        r#"{"messages":[{"sender":"S","destinations":[{"to":"1"}],"content":{"type":"AUDIO"}}]}"#,
        r#"{"messages":[{"sender":"S","destinations":[{"to":"1"}],"content":{"type":"TEXT"}}]}"#,
        r#"{"messages":[{"sender":"S","destinations":[{"to":"1"}],"content":{"text":"Hi"}}]}"#,
        r#"{"messages":[{"sender":"S","destinations":[{"to":"1"}],"content":{"type":"CARD","orientation":"DIAGONAL","alignment":"LEFT","content":{}}}]}"#,
        r#"{"messages":[{"destinations":[{"to":"1"}],"content":{"type":"TEXT","text":"Hi"}}]}"#,
    ] {
        assert!(serde_json::from_str::<SendRequest>(body).is_err(), "{body}");
    }
}

// ------------------------------------------------------------------ 3. JSON shapes

#[test]
fn constructors_give_the_api_shape() {
    let req = SendRequest::new(vec![Message::new(
        "DemoSender",
        "441134960001",
        Content::text("Hello"),
    )]);
    assert_eq!(
        serde_json::to_value(&req).unwrap(),
        json!({"messages": [{"sender": "DemoSender", "destinations": [{"to": "441134960001"}],
                             "content": {"type": "TEXT", "text": "Hello"}}]})
    );

    let chips = vec![
        Suggestion::reply("Yes", "y"),
        Suggestion::open_url("Open", "o", "https://example.com"),
        Suggestion::open_url_webview("View", "v", "https://example.com/v", WebviewViewMode::Full),
        Suggestion::dial_phone("Call", "c", "+441134960000"),
        Suggestion::show_location("Map", "m", 45.0, 9.5),
        Suggestion::request_location("Share", "s"),
        Suggestion::calendar_event(
            "Book",
            "b",
            "2030-01-01T10:00:00.000+0000",
            "2030-01-01T11:00:00.000+0000",
            "Visit",
        ),
    ];
    assert_eq!(
        serde_json::to_value(&chips).unwrap(),
        json!([
            {"type": "REPLY", "text": "Yes", "postbackData": "y"},
            {"type": "OPEN_URL", "text": "Open", "postbackData": "o", "url": "https://example.com"},
            {"type": "OPEN_URL", "text": "View", "postbackData": "v", "url": "https://example.com/v",
             "application": "WEBVIEW", "webviewViewMode": "FULL"},
            {"type": "DIAL_PHONE", "text": "Call", "postbackData": "c", "phoneNumber": "+441134960000"},
            {"type": "SHOW_LOCATION", "text": "Map", "postbackData": "m", "latitude": 45.0, "longitude": 9.5},
            {"type": "REQUEST_LOCATION", "text": "Share", "postbackData": "s"},
            {"type": "CREATE_CALENDAR_EVENT", "text": "Book", "postbackData": "b",
             "startTime": "2030-01-01T10:00:00.000+0000", "endTime": "2030-01-01T11:00:00.000+0000", "title": "Visit"}
        ])
    );

    let card = CardMessage::new(
        Orientation::Vertical,
        Alignment::Left,
        CardContent::default()
            .with_media(CardMedia::new("https://example.com/a.png", Height::Short)),
    );
    assert_eq!(
        serde_json::to_value(Content::from(card)).unwrap(),
        json!({"type": "CARD", "orientation": "VERTICAL", "alignment": "LEFT",
               "content": {"media": {"file": {"url": "https://example.com/a.png"}, "height": "SHORT"}}})
    );

    // Empty option containers are written as {} and absent ones not at all.
    let m = Message::new("S", "441134960001", Content::template("t"))
        .with_options(MessageOptions::default());
    assert_eq!(
        serde_json::to_value(&m).unwrap(),
        json!({"sender": "S", "destinations": [{"to": "441134960001"}],
               "content": {"type": "PROVIDER_TEMPLATE", "templateId": "t"}, "options": {}})
    );

    let mms = MmsFailover::new(
        "InfoMMS",
        MmsContent::new(vec![
            MmsSegment::text("a"),
            MmsSegment::uploaded_reference("u").with_content_id("c"),
        ]),
    );
    assert_eq!(
        serde_json::to_value(&mms).unwrap(),
        json!({"sender": "InfoMMS", "content": {"messageSegments": [
            {"type": "TEXT", "text": "a"},
            {"type": "UPLOADED_REFERENCE", "contentId": "c", "uploadedContentId": "u"}]}})
    );

    assert_eq!(
        serde_json::to_value(EventsRequest::new(vec![Event::seen(
            "S",
            "441134960001",
            "mo"
        )]))
        .unwrap(),
        json!({"events": [{"sender": "S", "destinations": [{"to": "441134960001"}],
                           "content": {"type": "SEEN", "messageId": "mo"}}]})
    );
}

// ------------------------------------------------------------------ 4. unknown members

#[test]
fn unknown_members_survive_a_round_trip() {
    let body = r#"{
      "futureTop": {"nested": [1, 2.5, null]},
      "messages": [{
        "sender": "S", "priority": "HIGH",
        "destinations": [{"to": "441134960001", "x-dest": true}],
        "content": {"type": "CARD", "orientation": "VERTICAL", "alignment": "LEFT", "x-card": 1,
          "content": {"title": "T", "colour": "red",
            "media": {"file": {"url": "https://example.com/a.png", "x-file": "f"}, "height": "SHORT", "x-media": 0},
            "suggestions": [{"type": "SHOW_LOCATION", "text": "M", "postbackData": "m", "latitude": 1, "longitude": 2, "zoom": 12}]}},
        "options": {"x-opt": [], "smsFailover": {"text": "t", "x-sms": {}, "regional": {"x-region": "r", "southKorea": {"x-kr": 1}}}},
        "webhooks": {"x-hook": "h", "seen": {"url": "https://example.com/s", "x-seen": 1}}
      }],
      "options": {"x-req-opt": 1, "schedule": {"x-sched": 2}}
    }"#;
    let typed = round_trip(body).unwrap();
    assert_eq!(typed.extra["futureTop"], json!({"nested": [1, 2.5, null]}));
    assert_eq!(typed.messages[0].extra["priority"], "HIGH");
    let Content::Card(card) = &typed.messages[0].content else {
        panic!()
    };
    assert_eq!(card.extra["x-card"], 1);
    assert_eq!(card.content.extra["colour"], "red");
    let Some(Suggestion::ShowLocation(s)) =
        card.content.suggestions.as_ref().and_then(|s| s.first())
    else {
        panic!()
    };
    assert_eq!(s.extra["zoom"], 12);
    assert!(
        !s.extra.contains_key("type"),
        "the tag is not an unknown member"
    );
    assert_eq!(extras(&typed).len(), 16, "{:#?}", extras(&typed));

    let events = events_round_trip(
        r#"{"events": [{"sender": "S", "destinations": [{"to": "1"}], "x-ev": 1,
            "content": {"type": "TYPING_INDICATOR", "durationMs": 3000}},
           {"sender": "S", "destinations": [{"to": "1"}], "content": {"type": "SEEN", "messageId": "m", "x": 1},
            "options": {"x-o": 1}}], "x-top": 2}"#,
    );
    assert_eq!(events.extra["x-top"], 2);
    let EventContent::TypingIndicator(t) = &events.events[0].content else {
        panic!()
    };
    assert_eq!(t.extra["durationMs"], 3000);

    // The validator still sees them (a warning by default).
    let report = rcs_kit::validate_request(&typed, &Options::at(0));
    assert!(report
        .issues()
        .iter()
        .any(|i| i.code == "field.unknown" && i.path == "/messages/0/priority"));
}

// ------------------------------------------------------------------ 5. model vs. schema

/// Walks `v` along the schema type `ty`. In full mode every object must have exactly the
/// schema's fields; in minimal mode it must have every required field, and beyond them
/// only optional objects and arrays (set to reach what is inside), no optional scalar.
struct Walk {
    full: bool,
    errors: Vec<String>,
    objects: BTreeSet<&'static str>,
    variants: BTreeSet<(&'static str, &'static str)>,
}

impl Walk {
    fn check(&mut self, ty: &Type, v: &Value, path: &str) {
        match ty {
            Type::String(_) => self.expect(v.is_string(), path, "a string"),
            Type::Bool => self.expect(v.is_boolean(), path, "a bool"),
            Type::Integer(_) => self.expect(v.is_i64(), path, "an integer"),
            Type::Number(_) => self.expect(v.is_number(), path, "a number"),
            Type::Enum(e) => {
                let ok = v.as_str().is_some_and(|s| e.values.contains(&s));
                self.expect(ok, path, e.name)
            }
            Type::Array(a) => match v.as_array() {
                Some(items) => {
                    for (i, item) in items.iter().enumerate() {
                        self.check(&a.items, item, &format!("{path}/{i}"));
                    }
                }
                None => self.expect(false, path, "an array"),
            },
            Type::Object(o) => self.object(o, v, path, false),
            Type::Union(u) => {
                let tag = v.get("type").and_then(Value::as_str).unwrap_or_default();
                match u.variants.iter().find(|(t, _)| *t == tag) {
                    Some((t, o)) => {
                        self.variants.insert((u.name, t));
                        self.object(o, v, path, true);
                    }
                    None => self
                        .errors
                        .push(format!("{path}: no {} variant {tag:?}", u.name)),
                }
            }
        }
    }

    fn expect(&mut self, ok: bool, path: &str, what: &str) {
        if !ok {
            self.errors.push(format!("{path}: expected {what}"));
        }
    }

    fn object(&mut self, o: &'static Object, v: &Value, path: &str, tagged: bool) {
        self.objects.insert(o.name);
        let Some(map) = v.as_object() else {
            return self
                .errors
                .push(format!("{path}: expected an object ({})", o.name));
        };
        let have: BTreeSet<&str> = map
            .keys()
            .map(String::as_str)
            .filter(|k| !(tagged && *k == "type"))
            .collect();
        let container = |ty: &Type| matches!(ty, Type::Object(_) | Type::Array(_) | Type::Union(_));
        let want: BTreeSet<&str> = o
            .fields
            .iter()
            .filter(|f| self.full || f.required || (container(&f.ty) && have.contains(f.name)))
            .map(|f| f.name)
            .collect();
        if have != want {
            self.errors.push(format!(
                "{path} ({}): the model writes {have:?}, the schema has {want:?}",
                o.name
            ));
        }
        for f in o.fields {
            if let Some(x) = map.get(f.name) {
                self.check(&f.ty, x, &format!("{path}/{}", f.name));
            }
        }
    }
}

/// Every object and union variant reachable from `root`.
fn reachable(
    root: &'static Object,
) -> (
    BTreeSet<&'static str>,
    BTreeSet<(&'static str, &'static str)>,
) {
    fn go(
        ty: &Type,
        objects: &mut BTreeSet<&'static str>,
        variants: &mut BTreeSet<(&'static str, &'static str)>,
    ) {
        match ty {
            Type::Object(o) => visit(o, objects, variants),
            Type::Array(a) => go(&a.items, objects, variants),
            Type::Union(u) => {
                for (t, o) in u.variants {
                    variants.insert((u.name, t));
                    visit(o, objects, variants);
                }
            }
            _ => {}
        }
    }
    fn visit(
        o: &'static Object,
        objects: &mut BTreeSet<&'static str>,
        variants: &mut BTreeSet<(&'static str, &'static str)>,
    ) {
        if objects.insert(o.name) {
            for f in o.fields {
                go(&f.ty, objects, variants);
            }
        }
    }
    let mut objects = BTreeSet::new();
    let mut variants = BTreeSet::new();
    visit(root, &mut objects, &mut variants);
    (objects, variants)
}

fn walk(root: &'static Object, value: &Value, full: bool) -> Walk {
    let mut w = Walk {
        full,
        errors: Vec::new(),
        objects: BTreeSet::new(),
        variants: BTreeSet::new(),
    };
    w.object(root, value, "", false);
    w
}

fn all_suggestions() -> Vec<Suggestion> {
    vec![
        Suggestion::reply("R", "r"),
        OpenUrlSuggestion::new("O", "o", "https://example.com")
            .in_webview(WebviewViewMode::Half)
            .into(),
        Suggestion::dial_phone("D", "d", "+441134960000"),
        ShowLocationSuggestion::new("S", "s", 1.5, 2.0)
            .with_label("L")
            .into(),
        Suggestion::request_location("Q", "q"),
        CreateCalendarEventSuggestion::new(
            "C",
            "c",
            "2030-01-01T10:00:00.000+0000",
            "2030-01-01T11:00:00.000+0000",
            "T",
        )
        .with_description("D")
        .into(),
    ]
}

fn full_card() -> CardContent {
    let mut card = CardContent::titled("T").with_description("D").with_media(
        CardMedia::new("https://example.com/v.mp4", Height::Medium)
            .with_thumbnail("https://example.com/v.jpg"),
    );
    card.suggestions = Some(all_suggestions());
    card
}

fn full_window() -> DeliveryTimeWindow {
    DeliveryTimeWindow::between(
        vec![DeliveryDay::Monday],
        DeliveryTime::new(9, 0),
        DeliveryTime::new(17, 0),
    )
}

/// A request with every field of every object set, and every union variant used.
fn full_request() -> SendRequest {
    let validity = ValidityPeriod::new(1, ValidityTimeUnit::Hours);
    let sms = SmsFailover::new("t")
        .with_sender("s")
        .with_validity(validity.clone())
        .with_regional(RegionalOptions {
            india_dlt: Some(IndiaDltOptions {
                content_template_id: Some("c".into()),
                telemarketer_id: Some("t".into()),
                ..IndiaDltOptions::new("p")
            }),
            turkey_iys: Some(TurkeyIysOptions {
                brand_code: Some(1),
                ..TurkeyIysOptions::new(IysRecipientType::Bireysel)
            }),
            south_korea: Some(SouthKoreaOptions {
                title: Some("t".into()),
                reseller_code: Some(2),
                ..Default::default()
            }),
            ..Default::default()
        });
    let mms = MmsFailover::new(
        "s",
        MmsContent::new(vec![
            MmsSegment::text("t").with_content_id("1"),
            MmsSegment::Link(MmsLinkSegment {
                content_type: Some("image/png".into()),
                ..MmsLinkSegment::new("https://example.com/a.png")
            })
            .with_content_id("2"),
            MmsSegment::smil("application/smil", "<smil/>").with_content_id("3"),
            MmsSegment::uploaded_reference("u").with_content_id("4"),
        ])
        .with_title("T"),
    )
    .with_validity(validity.clone());
    let options = MessageOptions {
        platform: Some(Platform::new("e", "a")),
        validity_period: Some(validity),
        delivery_time_window: Some(full_window()),
        campaign_reference_id: Some("c".into()),
        sms_failover: Some(sms),
        mms_failover: Some(mms),
        ..Default::default()
    };
    let webhooks = Webhooks {
        delivery: Some(DeliveryWebhook {
            intermediate_report: Some(true),
            notify: Some(true),
            receive_triggered_failover_reports: Some(true),
            ..DeliveryWebhook::new("https://example.com/d")
        }),
        content_type: Some(WebhookContentType::Json),
        callback_data: Some("cb".into()),
        seen: Some(SeenWebhook::new("https://example.com/s")),
        ..Default::default()
    };
    let mut text = TextContent::new("t");
    text.suggestions = Some(all_suggestions());
    let mut file =
        FileContent::new("https://example.com/v.mp4").with_thumbnail("https://example.com/v.jpg");
    file.suggestions = Some(all_suggestions());
    let mut card = CardMessage::new(Orientation::Vertical, Alignment::Left, full_card());
    card.suggestions = Some(all_suggestions());
    let mut carousel = CarouselContent::new(CardWidth::Small, vec![full_card(), full_card()]);
    carousel.suggestions = Some(all_suggestions());
    let template = ProviderTemplateContent::new("t").with_parameter("n", "v");
    let contents: Vec<Content> = vec![
        text.into(),
        file.into(),
        card.into(),
        carousel.into(),
        template.into(),
    ];
    SendRequest {
        messages: contents
            .into_iter()
            .map(|c| {
                Message::to_many("S", vec![Destination::with_id("441134960001", "m")], c)
                    .with_options(options.clone())
                    .with_webhooks(webhooks.clone())
            })
            .collect(),
        options: Some(RequestOptions {
            schedule: Some(
                Schedule {
                    bulk_id: Some("b".into()),
                    ..Schedule::send_at("2030-01-01T10:00:00.000+0000")
                }
                .with_sending_speed_limit(SendingSpeedLimit::new(1, SpeedLimitTimeUnit::Minute)),
            ),
            tracking: Some(Tracking {
                track_clicks: Some(true),
                tracking_url: Some("https://example.com/t".into()),
                remove_protocol: Some(true),
                custom_domain: Some("d".into()),
                ..Tracking::shorten_urls()
            }),
            message_ordering: Some(MessageOrdering {
                stop_on_failure: Some(true),
                ..MessageOrdering::respect_order()
            }),
            ..Default::default()
        }),
        extra: Extra::new(),
    }
}

/// A request with only the required fields, every union variant used.
fn minimal_request() -> SendRequest {
    let options = MessageOptions {
        validity_period: Some(ValidityPeriod {
            time_unit: None,
            ..ValidityPeriod::new(1, ValidityTimeUnit::Minutes)
        }),
        delivery_time_window: Some(full_window()),
        sms_failover: Some(SmsFailover::new("t").with_regional(RegionalOptions {
            india_dlt: Some(IndiaDltOptions::new("p")),
            turkey_iys: Some(TurkeyIysOptions::new(IysRecipientType::Tacir)),
            south_korea: Some(SouthKoreaOptions::default()),
            ..Default::default()
        })),
        mms_failover: Some(MmsFailover::new(
            "s",
            MmsContent::new(vec![
                MmsSegment::text("t"),
                MmsSegment::link("https://example.com/a.png"),
                MmsSegment::smil("application/smil", "<smil/>"),
                MmsSegment::uploaded_reference("u"),
            ]),
        )),
        platform: Some(Platform::default()),
        ..Default::default()
    };
    let webhooks = Webhooks {
        delivery: Some(DeliveryWebhook::default()),
        seen: Some(SeenWebhook::default()),
        ..Default::default()
    };
    let chips = all_suggestions()
        .into_iter()
        .map(|s| match s {
            Suggestion::OpenUrl(o) => Suggestion::open_url(o.text, o.postback_data, o.url),
            Suggestion::ShowLocation(s) => {
                Suggestion::show_location(s.text, s.postback_data, 1.0, 2.0)
            }
            Suggestion::CreateCalendarEvent(c) => Suggestion::calendar_event(
                c.text,
                c.postback_data,
                c.start_time,
                c.end_time,
                c.title,
            ),
            s => s,
        })
        .collect::<Vec<_>>();
    let mut text = TextContent::new("t");
    let card = CardContent {
        media: Some(CardMedia::new("https://example.com/a.png", Height::Tall)),
        suggestions: Some(chips.clone()),
        ..Default::default()
    };
    text.suggestions = Some(chips);
    let contents: Vec<Content> = vec![
        text.into(),
        Content::file("https://example.com/a.png"),
        CardMessage::new(Orientation::Horizontal, Alignment::Right, card.clone()).into(),
        CarouselContent::new(CardWidth::Medium, vec![card]).into(),
        ProviderTemplateContent::new("t")
            .with_parameter("n", "v")
            .into(),
    ];
    SendRequest {
        messages: contents
            .into_iter()
            .map(|c| {
                Message::new("S", "441134960001", c)
                    .with_options(options.clone())
                    .with_webhooks(webhooks.clone())
            })
            .collect(),
        options: Some(RequestOptions {
            schedule: Some(
                Schedule::default().with_sending_speed_limit(SendingSpeedLimit {
                    time_unit: None,
                    ..SendingSpeedLimit::new(1, SpeedLimitTimeUnit::Day)
                }),
            ),
            tracking: Some(Tracking::default()),
            message_ordering: Some(MessageOrdering::default()),
            ..Default::default()
        }),
        extra: Extra::new(),
    }
}

#[test]
fn model_writes_every_schema_field_with_its_json_name() {
    let value = serde_json::to_value(full_request()).unwrap();
    let w = walk(&schema::request::REQUEST, &value, true);
    assert!(w.errors.is_empty(), "{:#?}", w.errors);
    let (objects, variants) = reachable(&schema::request::REQUEST);
    assert_eq!(
        w.objects, objects,
        "objects the full request does not reach"
    );
    assert_eq!(
        w.variants, variants,
        "union variants the full request does not use"
    );
    // And the full request reads back into the same value.
    assert_eq!(
        round_trip(&value.to_string()).map(|r| serde_json::to_value(r).unwrap()),
        Ok(value)
    );
}

#[test]
fn model_requires_exactly_the_schema_required_fields() {
    let value = serde_json::to_value(minimal_request()).unwrap();
    let w = walk(&schema::request::REQUEST, &value, false);
    assert!(w.errors.is_empty(), "{:#?}", w.errors);
    let (objects, variants) = reachable(&schema::request::REQUEST);
    assert_eq!(w.objects, objects);
    assert_eq!(w.variants, variants);
}

#[test]
fn events_model_matches_the_schema() {
    let full = EventsRequest::new(vec![
        Event {
            destinations: vec![Destination::with_id("441134960001", "x")],
            ..Event::seen("S", "1", "m")
        }
        .with_options(EventOptions {
            platform: Some(Platform::new("e", "a")),
            delivery_time_window: Some(full_window()),
            ..Default::default()
        }),
        Event {
            destinations: vec![Destination::with_id("441134960001", "x")],
            ..Event::typing("S", "1")
        }
        .with_options(EventOptions {
            platform: Some(Platform::new("e", "a")),
            delivery_time_window: Some(full_window()),
            ..Default::default()
        }),
    ]);
    let minimal = EventsRequest::new(vec![
        Event::seen("S", "441134960001", "m").with_options(EventOptions {
            platform: Some(Platform::default()),
            delivery_time_window: Some(full_window()),
            ..Default::default()
        }),
        Event::typing("S", "441134960001"),
    ]);
    let (objects, variants) = reachable(&schema::events::EVENTS_REQUEST);
    for (req, full) in [(full, true), (minimal, false)] {
        let w = walk(
            &schema::events::EVENTS_REQUEST,
            &serde_json::to_value(req).unwrap(),
            full,
        );
        assert!(w.errors.is_empty(), "{:#?}", w.errors);
        assert_eq!(w.objects, objects);
        assert_eq!(w.variants, variants);
    }
}

/// Serializes each model enum value and compares with the schema's value list, in order.
fn enum_matches<T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug>(
    e: &schema::Enumeration,
    all: &[T],
) {
    let names: Vec<Value> = all
        .iter()
        .map(|v| serde_json::to_value(v).unwrap())
        .collect();
    let want: Vec<Value> = e.values.iter().map(|v| json!(v)).collect();
    assert_eq!(names, want, "{}", e.name);
    for (v, name) in all.iter().zip(&names) {
        assert_eq!(&serde_json::from_value::<T>(name.clone()).unwrap(), v);
    }
}

#[test]
fn enum_values_are_the_schema_values() {
    use schema::request as r;
    enum_matches(
        &r::ORIENTATION,
        &[Orientation::Horizontal, Orientation::Vertical],
    );
    enum_matches(&r::ALIGNMENT, &[Alignment::Left, Alignment::Right]);
    enum_matches(&r::HEIGHT, &[Height::Short, Height::Medium, Height::Tall]);
    enum_matches(&r::CARD_WIDTH, &[CardWidth::Small, CardWidth::Medium]);
    enum_matches(
        &r::APPLICATION,
        &[OpenUrlApplication::Browser, OpenUrlApplication::Webview],
    );
    enum_matches(
        &r::WEBVIEW_VIEW_MODE,
        &[
            WebviewViewMode::Full,
            WebviewViewMode::Half,
            WebviewViewMode::Tall,
        ],
    );
    enum_matches(
        &r::VALIDITY_TIME_UNIT,
        &[
            ValidityTimeUnit::Seconds,
            ValidityTimeUnit::Minutes,
            ValidityTimeUnit::Hours,
        ],
    );
    enum_matches(&r::DAY, &DeliveryDay::ALL);
    enum_matches(
        &r::SPEED_TIME_UNIT,
        &[
            SpeedLimitTimeUnit::Minute,
            SpeedLimitTimeUnit::Hour,
            SpeedLimitTimeUnit::Day,
        ],
    );
    enum_matches(
        &r::WEBHOOK_CONTENT_TYPE,
        &[WebhookContentType::Json, WebhookContentType::Xml],
    );
    enum_matches(
        &r::IYS_RECIPIENT_TYPE,
        &[IysRecipientType::Bireysel, IysRecipientType::Tacir],
    );
}

//! Section 2: hand-written bodies covering every content type, suggestion type, option
//! and event type are valid, round-trip and land in typed fields.

use super::*;

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

/// Every integer field of the send request, written as integral numbers with a fraction or
/// an exponent: the validator accepts them (the API reads them as those integers).
const INTEGRAL_FLOATS: &str = r#"{
  "messages": [
    {
      "sender": "DemoSender",
      "destinations": [{"to": "441134960001"}],
      "content": {"type": "TEXT", "text": "Integral numbers"},
      "options": {
        "validityPeriod": {"amount": 30.0, "timeUnit": "MINUTES"},
        "deliveryTimeWindow": {"days": ["MONDAY"], "from": {"hour": 9.0, "minute": -0.0}, "to": {"hour": 1.8e1, "minute": 3.0e0}},
        "smsFailover": {
          "sender": "InfoSMS",
          "text": "SMS instead",
          "validityPeriod": {"amount": 1e2},
          "regional": {"turkeyIys": {"brandCode": 123456.0, "recipientType": "TACIR"}, "southKorea": {"resellerCode": -2.147483648e9}}
        }
      }
    }
  ],
  "options": {"schedule": {"sendingSpeedLimit": {"amount": 2.147483647e9, "timeUnit": "HOUR"}}}
}"#;

/// The same body in integer spelling: what the model writes back.
const INTEGRAL_INTS: &str = r#"{
  "messages": [
    {
      "sender": "DemoSender",
      "destinations": [{"to": "441134960001"}],
      "content": {"type": "TEXT", "text": "Integral numbers"},
      "options": {
        "validityPeriod": {"amount": 30, "timeUnit": "MINUTES"},
        "deliveryTimeWindow": {"days": ["MONDAY"], "from": {"hour": 9, "minute": 0}, "to": {"hour": 18, "minute": 3}},
        "smsFailover": {
          "sender": "InfoSMS",
          "text": "SMS instead",
          "validityPeriod": {"amount": 100},
          "regional": {"turkeyIys": {"brandCode": 123456, "recipientType": "TACIR"}, "southKorea": {"resellerCode": -2147483648}}
        }
      }
    }
  ],
  "options": {"schedule": {"sendingSpeedLimit": {"amount": 2147483647, "timeUnit": "HOUR"}}}
}"#;

#[test]
fn integral_numbers_with_a_fraction_are_valid_and_read_as_integers() {
    let report = rcs_kit::validate_str(INTEGRAL_FLOATS, &corpus_now());
    assert!(report.issues().is_empty(), "{report}");
    // The model holds the integers and writes them in integer spelling: the same numbers.
    let typed: SendRequest = serde_json::from_str(INTEGRAL_FLOATS).unwrap();
    let back = serde_json::to_value(&typed).unwrap();
    let ints: Value = serde_json::from_str(INTEGRAL_INTS).unwrap();
    assert_eq!(first_difference(&ints, &back, ""), None);
    assert_eq!(round_trip(INTEGRAL_INTS).unwrap(), typed);
    assert_eq!(extras(&typed), Vec::<String>::new());
    assert!(rcs_kit::validate_request(&typed, &corpus_now()).is_valid());
    // The events request's delivery window too.
    let events = r#"{"events":[{"sender":"S","destinations":[{"to":"441134960001"}],"content":{"type":"TYPING_INDICATOR"},
      "options":{"deliveryTimeWindow":{"days":["MONDAY"],"from":{"hour":9.0,"minute":0.0},"to":{"hour":1.7e1,"minute":0}}}}]}"#;
    assert!(rcs_kit::validate_str(events, &corpus_now())
        .issues()
        .is_empty());
    let e: EventsRequest = serde_json::from_str(events).unwrap();
    assert!(rcs_kit::validate_events(&e, &corpus_now()).is_valid());
}

#[test]
fn a_number_with_a_fraction_is_not_an_integer_for_the_model_either() {
    for (from, to) in [("30.0", "30.5"), ("123456.0", "123456.25"), ("1e2", "1e-2")] {
        let body = INTEGRAL_FLOATS.replacen(from, to, 1);
        assert!(
            !rcs_kit::validate_str(&body, &corpus_now()).is_valid(),
            "{to}"
        );
        assert!(serde_json::from_str::<SendRequest>(&body).is_err(), "{to}");
    }
}

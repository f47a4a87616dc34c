//! Sections 3 and 4: values built with the constructors have the expected JSON shape;
//! unknown members survive a round trip.

use super::*;

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

//! The fluent builders: every content type, suggestion and option builds, validates with no
//! issue and has the API's JSON shape; invalid input comes back as the validator's report.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
#![allow(clippy::disallowed_methods)] // tests read the clock to schedule relative to now

use rcs_kit::model::*;
use rcs_kit::validate::format_timestamp;
use rcs_kit::{validate_events, validate_request, Options, Report};
use serde_json::{json, Value};

const TO: &str = "441134960001";

/// Tomorrow, as the API writes date-times (`sendAt` must be at most 180 days ahead of the
/// clock `build()` reads).
fn tomorrow() -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64;
    format_timestamp(now + 86_400_000)
}

/// Builds, checks that the validator finds no issue at all (not even a warning), and
/// returns the JSON of the request.
fn clean(built: Result<SendRequest, Report>) -> Value {
    let req = built.unwrap_or_else(|r| panic!("should build:\n{r}"));
    let report = validate_request(&req, &Options::default());
    assert!(
        report.issues().is_empty(),
        "should have no warning either:\n{report}"
    );
    serde_json::to_value(&req).unwrap()
}

fn first_error(r: &Report) -> &rcs_kit::Issue {
    r.errors().next().expect("an error")
}

fn every_suggestion() -> Vec<Suggestion> {
    vec![
        Suggestion::reply("Yes", "yes"),
        Suggestion::open_url("Website", "site", "https://example.com"),
        Suggestion::open_url_webview(
            "Track order",
            "track",
            "https://example.com/t",
            WebviewViewMode::Half,
        ),
        Suggestion::dial_phone("Call us", "call", "+441134960000"),
        ShowLocationSuggestion::new("Our shop", "map", 51.5074, -0.1278)
            .with_label("London")
            .into(),
        Suggestion::request_location("Share location", "loc"),
        CreateCalendarEventSuggestion::new(
            "Add to calendar",
            "cal",
            "2099-03-03T15:00:00.000+0100",
            "2099-03-03T16:00:00.000+0100",
            "Visit",
        )
        .with_description("Bring your ticket")
        .into(),
    ]
}

fn every_suggestion_json() -> Value {
    json!([
        {"type": "REPLY", "text": "Yes", "postbackData": "yes"},
        {"type": "OPEN_URL", "text": "Website", "postbackData": "site", "url": "https://example.com"},
        {"type": "OPEN_URL", "text": "Track order", "postbackData": "track", "url": "https://example.com/t",
         "application": "WEBVIEW", "webviewViewMode": "HALF"},
        {"type": "DIAL_PHONE", "text": "Call us", "postbackData": "call", "phoneNumber": "+441134960000"},
        {"type": "SHOW_LOCATION", "text": "Our shop", "postbackData": "map", "latitude": 51.5074,
         "longitude": -0.1278, "label": "London"},
        {"type": "REQUEST_LOCATION", "text": "Share location", "postbackData": "loc"},
        {"type": "CREATE_CALENDAR_EVENT", "text": "Add to calendar", "postbackData": "cal",
         "startTime": "2099-03-03T15:00:00.000+0100", "endTime": "2099-03-03T16:00:00.000+0100",
         "title": "Visit", "description": "Bring your ticket"}
    ])
}

fn message(content: impl Into<Content>) -> Value {
    clean(
        Message::builder("DemoSender")
            .to(TO)
            .content(content)
            .build(),
    )["messages"][0]
        .clone()
}

#[test]
fn text_with_every_suggestion_type() {
    let m = message(TextContent::builder("Pick one").suggestions(every_suggestion()));
    assert_eq!(
        m,
        json!({"sender": "DemoSender", "destinations": [{"to": TO}],
               "content": {"type": "TEXT", "text": "Pick one", "suggestions": every_suggestion_json()}})
    );
    // The shortcut.
    let m = message(Content::text("Hi"));
    assert_eq!(m["content"], json!({"type": "TEXT", "text": "Hi"}));
    let req = Message::builder("DemoSender")
        .to(TO)
        .text("Hi")
        .build()
        .unwrap();
    assert_eq!(serde_json::to_value(&req).unwrap()["messages"][0], m);
}

#[test]
fn file() {
    let m = message(
        FileContent::builder("https://example.com/clip.mp4")
            .thumbnail("https://example.com/clip.jpg")
            .suggestion(Suggestion::reply("Nice", "nice")),
    );
    assert_eq!(
        m["content"],
        json!({"type": "FILE", "file": {"url": "https://example.com/clip.mp4"},
               "thumbnail": {"url": "https://example.com/clip.jpg"},
               "suggestions": [{"type": "REPLY", "text": "Nice", "postbackData": "nice"}]})
    );
}

#[test]
fn card() {
    let mut builder = CardMessage::builder(Orientation::Horizontal, Alignment::Right)
        .title("Your order")
        .description("2 pizzas, arriving at 20:15")
        .thumbnail("https://example.com/pizza.jpg")
        .media("https://example.com/pizza.mp4", Height::Medium);
    for s in every_suggestion().into_iter().take(4) {
        builder = builder.suggestion(s);
    }
    let m = message(
        builder
            .chip(Suggestion::reply("Thanks", "thanks"))
            .chip(Suggestion::request_location("Where?", "w")),
    );
    assert_eq!(
        m["content"],
        json!({
            "type": "CARD", "orientation": "HORIZONTAL", "alignment": "RIGHT",
            "content": {
                "title": "Your order",
                "description": "2 pizzas, arriving at 20:15",
                "media": {"file": {"url": "https://example.com/pizza.mp4"},
                          "thumbnail": {"url": "https://example.com/pizza.jpg"}, "height": "MEDIUM"},
                "suggestions": every_suggestion_json().as_array().unwrap()[..4]
            },
            "suggestions": [{"type": "REPLY", "text": "Thanks", "postbackData": "thanks"},
                            {"type": "REQUEST_LOCATION", "text": "Where?", "postbackData": "w"}]
        })
    );
}

#[test]
fn carousel() {
    let card = |n: u32| {
        CardContent::builder()
            .title(format!("Pizza {n}"))
            .description("Tomato, mozzarella")
            .media(format!("https://example.com/{n}.jpg"), Height::Short)
            .suggestion(Suggestion::reply("Order", format!("order-{n}")))
    };
    let m = message(
        CarouselContent::builder(CardWidth::Medium)
            .card(card(1))
            .card(card(2))
            .card(CardContent::titled("Menu"))
            .chip(Suggestion::open_url(
                "Full menu",
                "menu",
                "https://example.com/menu",
            )),
    );
    assert_eq!(
        m["content"],
        json!({
            "type": "CAROUSEL", "cardWidth": "MEDIUM",
            "contents": [
                {"title": "Pizza 1", "description": "Tomato, mozzarella",
                 "media": {"file": {"url": "https://example.com/1.jpg"}, "height": "SHORT"},
                 "suggestions": [{"type": "REPLY", "text": "Order", "postbackData": "order-1"}]},
                {"title": "Pizza 2", "description": "Tomato, mozzarella",
                 "media": {"file": {"url": "https://example.com/2.jpg"}, "height": "SHORT"},
                 "suggestions": [{"type": "REPLY", "text": "Order", "postbackData": "order-2"}]},
                {"title": "Menu"}
            ],
            "suggestions": [{"type": "OPEN_URL", "text": "Full menu", "postbackData": "menu",
                             "url": "https://example.com/menu"}]
        })
    );
}

#[test]
fn provider_template() {
    let m = message(
        ProviderTemplateContent::builder("order_shipped")
            .parameter("name", "Ada")
            .parameter("eta", "20:15"),
    );
    assert_eq!(
        m["content"],
        json!({"type": "PROVIDER_TEMPLATE", "templateId": "order_shipped",
               "parameters": [{"name": "name", "value": "Ada"}, {"name": "eta", "value": "20:15"}]})
    );
}

#[test]
fn every_message_option_with_sms_failover() {
    let req = Message::builder("DemoSender")
        .to(TO)
        .to_with_id("441134960002", "my-id")
        .destination(Destination::new("441134960003"))
        .text("Your code is 1234")
        .platform("entity-1", "app-1")
        .validity(2, ValidityTimeUnit::Hours)
        .delivery_window(DeliveryTimeWindow::between(
            DeliveryDay::ALL.to_vec(),
            DeliveryTime::new(8, 0),
            DeliveryTime::new(20, 30),
        ))
        .campaign_reference_id("otp")
        .sms_failover(
            SmsFailover::builder("Your code is 1234")
                .sender("InfoSMS")
                .validity(30, ValidityTimeUnit::Seconds)
                .india_dlt(IndiaDltOptions {
                    content_template_id: Some("tpl".into()),
                    telemarketer_id: Some("tm".into()),
                    ..IndiaDltOptions::new("pe")
                })
                .turkey_iys(TurkeyIysOptions {
                    brand_code: Some(123456),
                    ..TurkeyIysOptions::new(IysRecipientType::Bireysel)
                })
                .south_korea(SouthKoreaOptions {
                    title: Some("Notice".into()),
                    reseller_code: Some(42),
                    ..Default::default()
                }),
        )
        .delivery_webhook("https://example.com/dlr")
        .intermediate_report(true)
        .notify(true)
        .receive_triggered_failover_reports(false)
        .webhook_content_type(WebhookContentType::Xml)
        .callback_data("otp-42")
        .seen_webhook("https://example.com/seen")
        .build();
    assert_eq!(
        clean(req),
        json!({"messages": [{
            "sender": "DemoSender",
            "destinations": [{"to": TO}, {"to": "441134960002", "messageId": "my-id"}, {"to": "441134960003"}],
            "content": {"type": "TEXT", "text": "Your code is 1234"},
            "options": {
                "platform": {"entityId": "entity-1", "applicationId": "app-1"},
                "validityPeriod": {"amount": 2, "timeUnit": "HOURS"},
                "deliveryTimeWindow": {
                    "days": ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"],
                    "from": {"hour": 8, "minute": 0}, "to": {"hour": 20, "minute": 30}},
                "campaignReferenceId": "otp",
                "smsFailover": {
                    "sender": "InfoSMS",
                    "text": "Your code is 1234",
                    "validityPeriod": {"amount": 30, "timeUnit": "SECONDS"},
                    "regional": {
                        "indiaDlt": {"contentTemplateId": "tpl", "principalEntityId": "pe", "telemarketerId": "tm"},
                        "turkeyIys": {"brandCode": 123456, "recipientType": "BIREYSEL"},
                        "southKorea": {"title": "Notice", "resellerCode": 42}
                    }
                }
            },
            "webhooks": {
                "delivery": {"url": "https://example.com/dlr", "intermediateReport": true, "notify": true,
                             "receiveTriggeredFailoverReports": false},
                "contentType": "application/xml",
                "callbackData": "otp-42",
                "seen": {"url": "https://example.com/seen"}
            }
        }]})
    );
}

#[test]
fn mms_failover_with_every_segment_type() {
    let req = Message::builder("DemoSender")
        .to(TO)
        .text("Your ticket")
        .mms_failover(
            MmsFailover::builder("InfoMMS")
                .title("Ticket")
                .validity(1, ValidityTimeUnit::Hours)
                .segment(MmsSegment::text("Show this at the gate").with_content_id("t"))
                .segment(MmsSegment::Link(MmsLinkSegment {
                    content_type: Some("image/png".into()),
                    ..MmsLinkSegment::new("https://example.com/ticket.png")
                }))
                .segment(MmsSegment::smil("application/smil", "<smil><body/></smil>"))
                .segment(MmsSegment::uploaded_reference("upload-7")),
        )
        .build();
    assert_eq!(
        clean(req)["messages"][0]["options"],
        json!({"mmsFailover": {
            "sender": "InfoMMS",
            "validityPeriod": {"amount": 1, "timeUnit": "HOURS"},
            "content": {"title": "Ticket", "messageSegments": [
                {"type": "TEXT", "contentId": "t", "text": "Show this at the gate"},
                {"type": "LINK", "contentUrl": "https://example.com/ticket.png", "contentType": "image/png"},
                {"type": "SMIL", "contentType": "application/smil", "smil": "<smil><body/></smil>"},
                {"type": "UPLOADED_REFERENCE", "uploadedContentId": "upload-7"}
            ]}
        }})
    );
}

#[test]
fn request_options_schedule_tracking_and_ordering() {
    let send_at = tomorrow();
    let step = |text: &str| {
        Message::builder("DemoSender")
            .to(TO)
            .campaign_reference_id("onboarding")
            .text(text)
    };
    let req = SendRequest::builder()
        .message(step("Welcome!"))
        .messages([step("Here is how it works"), step("Enjoy")])
        .message(
            Message::new("DemoSender", TO, Content::text("That's all")).with_options(
                MessageOptions {
                    campaign_reference_id: Some("onboarding".into()),
                    ..Default::default()
                },
            ),
        )
        .send_at(send_at.clone())
        .bulk_id("onboarding-1")
        .sending_speed_limit(10, SpeedLimitTimeUnit::Minute)
        .tracking(Tracking {
            track_clicks: Some(true),
            tracking_url: Some("https://example.com/clicks".into()),
            remove_protocol: Some(true),
            custom_domain: Some("ex.am".into()),
            ..Tracking::shorten_urls()
        })
        .respect_order(true)
        .stop_on_failure(true)
        .build();
    let v = clean(req);
    assert_eq!(v["messages"].as_array().unwrap().len(), 4);
    assert_eq!(
        v["options"],
        json!({
            "schedule": {"bulkId": "onboarding-1", "sendAt": send_at,
                         "sendingSpeedLimit": {"amount": 10, "timeUnit": "MINUTE"}},
            "tracking": {"shortenUrl": true, "trackClicks": true, "trackingUrl": "https://example.com/clicks",
                         "removeProtocol": true, "customDomain": "ex.am"},
            "messageOrdering": {"respectOrder": true, "stopOnFailure": true}
        })
    );

    // A whole schedule at once; no request options at all when none is set.
    let req = SendRequest::builder()
        .message(step("Hi"))
        .schedule(
            Schedule::bulk("b-2")
                .with_sending_speed_limit(SendingSpeedLimit::new(1, SpeedLimitTimeUnit::Day)),
        )
        .build()
        .unwrap();
    assert_eq!(
        req.options.unwrap().schedule.unwrap().bulk_id.as_deref(),
        Some("b-2")
    );
    let req = SendRequest::builder().message(step("Hi")).build().unwrap();
    assert_eq!(req.options, None);
    assert_eq!(req.messages[0].webhooks, None);
}

#[test]
fn events() {
    let req = rcs_kit::EventsRequest::builder()
        .seen("DemoSender", TO, "mo-1")
        .typing("DemoSender", TO)
        .event(
            Event::typing("DemoSender", "441134960002").with_options(EventOptions {
                platform: Some(Platform::new("e", "a")),
                delivery_time_window: Some(DeliveryTimeWindow::days(vec![DeliveryDay::Monday])),
                ..Default::default()
            }),
        )
        .build()
        .unwrap();
    assert!(validate_events(&req, &Options::default())
        .issues()
        .is_empty());
    assert_eq!(
        serde_json::to_value(&req).unwrap(),
        json!({"events": [
            {"sender": "DemoSender", "destinations": [{"to": TO}], "content": {"type": "SEEN", "messageId": "mo-1"}},
            {"sender": "DemoSender", "destinations": [{"to": TO}], "content": {"type": "TYPING_INDICATOR"}},
            {"sender": "DemoSender", "destinations": [{"to": "441134960002"}], "content": {"type": "TYPING_INDICATOR"},
             "options": {"platform": {"entityId": "e", "applicationId": "a"}, "deliveryTimeWindow": {"days": ["MONDAY"]}}}
        ]})
    );

    let err = rcs_kit::EventsRequest::builder().build().unwrap_err();
    assert_eq!(first_error(&err).code, "request.events.too_few");
}

#[test]
fn a_26_character_suggestion_text_is_an_error() {
    let text = "abcdefghijklmnopqrstuvwxyz";
    assert_eq!(text.chars().count(), 26);
    let err = Message::builder("DemoSender")
        .to(TO)
        .content(TextContent::builder("Hi").suggestion(Suggestion::reply(text, "x")))
        .build()
        .unwrap_err();
    let issue = first_error(&err);
    assert_eq!(issue.code, "suggestion.text.too_long");
    assert!(
        issue.path.ends_with("/suggestions/0/text"),
        "{}",
        issue.path
    );
    assert_eq!(issue.path, "/messages/0/content/suggestions/0/text");

    // In a card of a carousel too, with the carousel's path.
    let err = SendRequest::builder()
        .message(
            Message::builder("DemoSender").to(TO).content(
                CarouselContent::builder(CardWidth::Small)
                    .card(CardContent::titled("A"))
                    .card(
                        CardContent::builder()
                            .title("B")
                            .suggestion(Suggestion::reply(text, "x")),
                    ),
            ),
        )
        .build()
        .unwrap_err();
    let issue = first_error(&err);
    assert_eq!(issue.code, "suggestion.text.too_long");
    assert_eq!(
        issue.path,
        "/messages/0/content/contents/1/suggestions/0/text"
    );
}

#[test]
fn every_error_comes_back_at_once() {
    let err = SendRequest::builder()
        .message(
            Message::builder("DemoSender")
                .text("")
                .sms_failover(SmsFailover::builder("sms"))
                .mms_failover(MmsFailover::builder("mms")),
        )
        .message(Message::builder("DemoSender").to("call-me-maybe"))
        .build()
        .unwrap_err();
    let found: Vec<(&str, &str)> = err.errors().map(|i| (i.code, i.path.as_str())).collect();
    for want in [
        ("message.destinations.too_few", "/messages/0/destinations"),
        ("text.text.too_short", "/messages/0/content/text"),
        (
            "mms_failover.message_segments.too_few",
            "/messages/0/options/mmsFailover/content/messageSegments",
        ),
        (
            "options.failover.exclusive",
            "/messages/0/options/mmsFailover",
        ),
        ("field.required", "/messages/1"),
    ] {
        assert!(found.contains(&want), "{want:?} not in {found:#?}");
    }
    assert!(
        err.errors()
            .any(|i| i.path == "/messages/1/destinations/0/to"),
        "the bad phone number is reported too: {found:#?}"
    );
}

#[test]
fn card_thumbnail_without_media_is_reported_not_dropped() {
    let err = Message::builder("DemoSender")
        .to(TO)
        .content(
            CardMessage::builder(Orientation::Vertical, Alignment::Left)
                .title("T")
                .thumbnail("https://example.com/t.jpg"),
        )
        .build()
        .unwrap_err();
    assert!(
        err.errors()
            .any(|i| i.code == "field.required" && i.path == "/messages/0/content/content/media"),
        "{err}"
    );
}

#[test]
fn build_with_takes_the_options() {
    // A thumbnail on an image: a warning by default, an error in strict mode.
    let builder = Message::builder("DemoSender").to(TO).content(
        FileContent::builder("https://example.com/a.png").thumbnail("https://example.com/t.png"),
    );
    let req = builder.clone().build_with(&Options::at(0)).unwrap();
    let report = validate_request(&req, &Options::at(0));
    assert_eq!(
        report.warnings().next().unwrap().code,
        "file.thumbnail.not_video"
    );
    let strict = Options {
        strict: true,
        ..Options::at(0)
    };
    let err = builder.build_with(&strict).unwrap_err();
    assert_eq!(first_error(&err).code, "file.thumbnail.not_video");

    // A calendar event in the past of the given clock.
    let late = rcs_kit::validate::parse_date_time("2100-01-01T00:00:00Z").unwrap();
    let err = Message::builder("DemoSender")
        .to(TO)
        .content(TextContent::builder("Hi").suggestions(every_suggestion()))
        .build_with(&Options::at(late))
        .unwrap_err();
    assert_eq!(first_error(&err).code, "suggestion.start_time.past");
}

#[test]
fn messages_made_without_the_builder_pass_through_unchanged() {
    let mut m = Message::new(
        "DemoSender",
        TO,
        CardMessage::new(
            Orientation::Vertical,
            Alignment::Left,
            CardContent::titled("T"),
        ),
    )
    .with_webhooks(Webhooks::delivery_to("https://example.com/dlr"));
    m.extra.insert("priority".into(), json!("HIGH"));
    let req = SendRequest::builder().message(m.clone()).build().unwrap();
    assert_eq!(req.messages, vec![m]);
}
